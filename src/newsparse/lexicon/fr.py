"""French: AFP copy and the web conventions of French-language publishers."""

from newsparse.lexicon import Lexicon

PACK = Lexicon(
    languages=("fr",),
    agencies=("AFP", "Reuters", "AP", "Belga", "ATS", "Keystone-ATS", "APS", "MAP", "Agences"),
    credit_labels=("Photo", "Photos", "Crédit", "Crédits", "Crédit photo", "Image", "Illustration",
                   "Source", "Vidéo"),
    read_more=("Lire aussi", "À lire aussi", "A lire aussi", "Lire la suite", "Voir aussi",
               "Sur le même sujet", "À lire également", "Lire également", "Pour aller plus loin"),
    byline_words=("Par",),
    staff_bylines=("La rédaction", "Avec AFP"),
    timestamp_words=("Publié", "Publié le", "Mis à jour", "Mis à jour le", "Modifié le"),
    contributor_leads=("Avec",),
    contributor_tails=(),
    boilerplate=("Partager", "Partager cet article", "Publicité", "Imprimer", "Commentaires",
                 "S'abonner", "Abonnez-vous", "Lire plus tard"),
    boilerplate_heads=("Newsletter", "Sujets", "Mots-clés", "Les plus lus"),
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre", "janv", "févr", "avr", "juil",
            "sept", "oct", "nov", "déc"),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
)
