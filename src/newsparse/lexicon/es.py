"""Spanish: EFE and Europa Press copy and Spanish-language web conventions."""

from newsparse.lexicon import Lexicon

PACK = Lexicon(
    languages=("es",),
    agencies=("EFE", "Europa Press", "AFP", "Reuters", "AP", "Notimex", "Télam", "Agencias"),
    credit_labels=("Foto", "Fotos", "Fotografía", "Imagen", "Crédito", "Ilustración", "Fuente",
                   "Vídeo"),
    read_more=("Leer más", "Lee también", "Lea también", "Te puede interesar", "Más información",
               "Noticias relacionadas", "Ver también", "Relacionado"),
    byline_words=("Por",),
    staff_bylines=("Redacción", "Agencias"),
    timestamp_words=("Publicado", "Actualizado", "Publicado el", "Actualizado el"),
    contributor_leads=("Con información de",),
    contributor_tails=(),
    boilerplate=("Compartir", "Publicidad", "Imprimir", "Comentarios", "Suscríbete",
                 "Guardar"),
    boilerplate_heads=("Newsletter", "Temas", "Etiquetas", "Lo más leído"),
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "feb", "mar",
            "abr", "may", "jun", "jul", "ago", "sep", "sept", "oct", "nov", "dic"),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
)
