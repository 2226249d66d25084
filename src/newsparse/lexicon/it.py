"""Italian: ANSA and Adnkronos copy and Italian web conventions."""

from newsparse.lexicon import Lexicon

PACK = Lexicon(
    languages=("it",),
    agencies=("ANSA", "Adnkronos", "AGI", "LaPresse", "Dire", "AFP", "Reuters", "AP", "Agenzie"),
    credit_labels=("Foto", "Immagine", "Credito", "Crediti", "Illustrazione", "Fonte", "Video"),
    read_more=("Leggi anche", "Leggi di più", "Potrebbe interessarti", "Approfondimenti",
               "Vedi anche", "Articoli correlati"),
    byline_words=("Di",),
    staff_bylines=("Redazione",),
    timestamp_words=("Pubblicato", "Aggiornato", "Pubblicato il", "Aggiornato il"),
    contributor_leads=(),
    contributor_tails=(),
    boilerplate=("Condividi", "Pubblicità", "Stampa", "Commenti", "Abbonati"),
    boilerplate_heads=("Newsletter", "Argomenti", "Tag", "I più letti"),
    months=("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre", "gen", "feb", "mar", "apr", "mag",
            "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
)
