"""German: dpa, KNA and epd copy, and the web conventions of German publishers."""

from newsparse.lexicon import Lexicon

PACK = Lexicon(
    languages=("de",),
    agencies=("dpa", "AFP", "Reuters", "AP", "KNA", "epd", "APA", "SDA", "Keystone-SDA",
              "dts", "ddp", "sid", "dpa-AFX", "Agenturen"),
    credit_labels=("Foto", "Fotos", "Bild", "Bilder", "Bildquelle", "Quelle", "Grafik",
                   "Illustration", "Video"),
    read_more=("Mehr zum Thema", "Lesen Sie auch", "Lesen Sie mehr", "Auch interessant",
               "Weitere Artikel", "Mehr dazu", "Das könnte Sie auch interessieren", "Weiterlesen"),
    byline_words=("Von",),
    staff_bylines=("dpa", "Redaktion"),
    timestamp_words=("Veröffentlicht", "Aktualisiert", "Stand", "Zuletzt aktualisiert",
                     "Erstellt", "Veröffentlicht am", "Aktualisiert am"),
    contributor_leads=("Mitarbeit", "Mit Material von", "Mitarbeit von"),
    contributor_tails=(),
    boilerplate=("Teilen", "Artikel teilen", "Anzeige", "Werbung", "Drucken", "Kommentare",
                 "Merken", "Artikel merken", "Zum Inhalt springen", "Abonnieren"),
    boilerplate_heads=("Themen", "Schlagworte", "Newsletter", "Meistgelesen"),
    months=("Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember", "Jan", "Feb", "Mär", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez"),
    weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
              "Sonnabend", "Sonntag", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
)
