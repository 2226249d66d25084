"""The default rules, one module per family, in the order the parser runs them.

Order matters: each rule sees what the rules before it claimed. Furniture
(and the readers' comments under a story), captions and read-more markers
are recognised anywhere first; then, in a whole web page, the menus above
the story's head (``frame_top``); then the head of the article (headline
with its kickers, byline, timestamps); then the closing credits, and the
page below the story (``frame_bottom``), before the standfirst so that a
one-paragraph story's credit is not read as a standfirst's last words; then
the dateline of the first paragraph; and last the ``paragraph`` fallback,
which claims the running text that is left.
"""

from __future__ import annotations

from newsparse.ruler import Rule
from newsparse.rules.boilerplate import boilerplate, comments
from newsparse.rules.bylines import byline
from newsparse.rules.captions import caption, lead_caption
from newsparse.rules.credits import agency_credit, contributors
from newsparse.rules.dateline import dateline
from newsparse.rules.frame import frame_bottom, frame_top
from newsparse.rules.headline import headline
from newsparse.rules.link_lists import link_lists
from newsparse.rules.page_tail import page_tail
from newsparse.rules.paragraph import paragraph
from newsparse.rules.read_more import read_more
from newsparse.rules.standfirst import standfirst
from newsparse.rules.timestamps import timestamp

__all__ = [
    "DEFAULT_RULES",
    "agency_credit",
    "boilerplate",
    "byline",
    "caption",
    "comments",
    "contributors",
    "dateline",
    "frame_bottom",
    "frame_top",
    "headline",
    "lead_caption",
    "link_lists",
    "page_tail",
    "paragraph",
    "read_more",
    "standfirst",
    "timestamp",
]

DEFAULT_RULES: tuple[tuple[str, Rule], ...] = (
    ("boilerplate", boilerplate),
    ("comments", comments),
    ("caption", caption),
    ("read_more", read_more),
    ("frame_top", frame_top),
    ("headline", headline),
    ("byline", byline),
    ("timestamp", timestamp),
    ("contributors", contributors),
    ("agency_credit", agency_credit),
    ("frame_bottom", frame_bottom),
    ("standfirst", standfirst),
    ("lead_caption", lead_caption),
    ("link_lists", link_lists),
    ("page_tail", page_tail),
    ("dateline", dateline),
    ("paragraph", paragraph),
)
"""The default chain: ``(name, rule)`` pairs in the order they run."""
