r"""newsparse: plain-text news articles in, typed structure out.

Examples:
    >>> import newsparse
    >>> article = newsparse.parse(
    ...     "Storm closes port\n\n"
    ...     "Hundreds spent the night aboard ferries\n\n"
    ...     "Waves break over the harbour wall. Photograph: Peter Byrne/PA\n\n"
    ...     "Ferries stayed in harbour on Sunday. – Agencies"
    ... )
    >>> article.headline.text
    'Storm closes port'
    >>> article.standfirst.text
    'Hundreds spent the night aboard ferries'
    >>> article.captions[0].credit.sources
    ('Peter Byrne', 'PA')
    >>> article.agency_credit.text
    'Agencies'
"""

from newsparse.batch import parse_many
from newsparse.errors import DuplicateRuleError, NewsparseError, RuleError, UnknownRuleError
from newsparse.lexicon import Lexicon, default_lexicon
from newsparse.model import (
    AgencyCredit,
    Article,
    Byline,
    Caption,
    Contributors,
    Credit,
    Dateline,
    Headline,
    Paragraph,
    Part,
    ReadMore,
    Span,
    Standfirst,
)
from newsparse.parser import Parser, parse
from newsparse.ruler import Claim, Document, Rule

__version__ = "0.1.0"

__all__ = [
    "AgencyCredit",
    "Article",
    "Byline",
    "Caption",
    "Claim",
    "Contributors",
    "Credit",
    "Dateline",
    "Document",
    "DuplicateRuleError",
    "Headline",
    "Lexicon",
    "NewsparseError",
    "Paragraph",
    "Parser",
    "Part",
    "ReadMore",
    "Rule",
    "RuleError",
    "Span",
    "Standfirst",
    "UnknownRuleError",
    "__version__",
    "default_lexicon",
    "parse",
    "parse_many",
]
