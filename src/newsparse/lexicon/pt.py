"""Portuguese: Lusa and Agência Brasil copy and Portuguese web conventions."""

from newsparse.lexicon import Lexicon

PACK = Lexicon(
    languages=("pt",),
    agencies=("Lusa", "Agência Brasil", "Estadão Conteúdo", "Folhapress", "AFP", "Reuters",
              "AP", "EFE", "Agências"),
    credit_labels=("Foto", "Fotos", "Fotografia", "Imagem", "Crédito", "Ilustração", "Fonte",
                   "Vídeo"),
    read_more=("Leia também", "Leia mais", "Veja também", "Saiba mais", "Ler mais",
               "Relacionadas", "Notícias relacionadas"),
    byline_words=("Por",),
    staff_bylines=("Redação",),
    timestamp_words=("Publicado", "Atualizado", "Publicado em", "Atualizado em"),
    contributor_leads=("Com informações de",),
    contributor_tails=(),
    boilerplate=("Compartilhar", "Partilhar", "Publicidade", "Imprimir", "Comentários",
                 "Assine"),
    boilerplate_heads=("Newsletter", "Tópicos", "Tags", "Mais lidas"),
    months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro", "jan", "fev", "mar", "abr", "mai",
            "jun", "jul", "ago", "set", "out", "nov", "dez"),
    weekdays=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
              "sábado", "domingo"),
)
