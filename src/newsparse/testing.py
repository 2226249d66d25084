"""Hypothesis strategies for newsparse, for its own tests and for yours.

:func:`articles` draws an :class:`ArticleSpec`: the structure of an article
(headline, standfirst, captions with credits, paragraphs, read-more markers
with and without links, an agency credit). :meth:`ArticleSpec.render` writes it
as plain text in a house style, and :meth:`ArticleSpec.matches` checks a parsed
:class:`~newsparse.Article` against it::

    from hypothesis import given
    from newsparse import parse
    from newsparse.testing import articles

    @given(articles())
    def test_my_pipeline_keeps_the_headline(spec):
        assert parse(spec.render()).headline.text == spec.headline

:func:`unusual_text` draws text that stresses a parser: every Unicode
category, line separators of every kind, and the markers the rules look for.

This module needs Hypothesis, which the ``test`` extra installs.
"""

from __future__ import annotations

from attrs import frozen
from hypothesis import strategies as st

from newsparse.model import Article

__all__ = [
    "STYLES",
    "ArticleSpec",
    "CaptionSpec",
    "ReadMoreSpec",
    "articles",
    "unusual_text",
]

STYLES: tuple[str, ...] = ("guardian",)
"""The house styles :meth:`ArticleSpec.render` can write."""

# Plain words that no default rule reacts to: no marker, credit, month or agency.
_WORDS = (
    "harbour",
    "council",
    "water",
    "village",
    "ferry",
    "trains",
    "station",
    "bridge",
    "school",
    "market",
    "river",
    "engineers",
    "residents",
    "officials",
    "plan",
    "budget",
    "storm",
    "report",
    "survey",
    "museum",
    "library",
    "road",
    "project",
    "teachers",
    "farmers",
    "workers",
    "scheme",
    "hospital",
    "island",
    "coast",
    "city",
    "plant",
    "factory",
    "price",
    "energy",
    "vote",
    "study",
    "shop",
    "garden",
    "team",
    "season",
    "night",
    "morning",
    "week",
    "evening",
)
_VERBS = (
    "opened",
    "closed",
    "said",
    "found",
    "raised",
    "cut",
    "built",
    "planned",
    "reviewed",
    "crossed",
    "visited",
    "checked",
    "expected",
    "approved",
    "delayed",
    "moved",
    "named",
    "warned",
    "promised",
    "measured",
    "counted",
)
_NAMES = (
    "Peter Byrne",
    "Alan Kearney",
    "Rui Santos",
    "Lina Park",
    "Jane Roe",
    "Tom Nash",
    "Maria Lopez",
    "Kenji Morimoto",
    "Aoife Brennan",
    "Sam Lee",
)
_AGENCY_SOURCES = ("AP", "PA", "AFP", "Reuters", "EPA", "Getty Images", "The Guardian")
_CREDIT_LABELS = ("Photograph", "Illustration", "Composite")
_CLOSING_AGENCIES = ("Agencies", "Reuters", "PA", "AFP", "Guardian")
_LINK_WORDS = _WORDS + _VERBS


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@st.composite
def _phrase(draw: st.DrawFn, min_words: int, max_words: int) -> str:
    n = draw(st.integers(min_words, max_words))
    words = draw(st.lists(st.sampled_from(_LINK_WORDS), min_size=n, max_size=n))
    return _cap(" ".join(words))


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    subject = draw(st.sampled_from(_WORDS))
    verb = draw(st.sampled_from(_VERBS))
    rest = draw(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=12))
    return _cap(f"the {subject} {verb} " + " ".join(rest)) + "."


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    sentences = draw(st.lists(_sentence(), min_size=2, max_size=4))
    return " ".join(sentences)


@frozen
class CaptionSpec:
    """A caption: its text, its credit's label and sources, and whether it is pasted twice."""

    text: str
    label: str
    sources: tuple[str, ...]
    pasted_twice: bool = False

    def render(self) -> str:
        """The caption line, credit included."""
        return f"{self.text} {self.label}: {'/'.join(self.sources)}"


@frozen
class ReadMoreSpec:
    """A read-more marker: the paragraphs before it and the related headlines under it."""

    index: int
    links: tuple[str, ...] = ()
    label: str = "READ MORE"


@frozen
class ArticleSpec:
    """The structure of an article, which renders to text and checks a parse."""

    headline: str
    standfirst: str | None
    captions: tuple[CaptionSpec, ...]
    paragraphs: tuple[str, ...]
    read_more: tuple[ReadMoreSpec, ...]
    agency: str | None
    style: str = "guardian"

    def render(self, newline: str = "\n") -> str:
        """The article as plain text in its house style, with ``newline`` between lines."""
        blank = newline * 2
        blocks: list[str] = [self.headline]
        if self.standfirst:
            blocks.append(self.standfirst)
        for caption in self.captions:
            line = caption.render()
            blocks.append(newline.join([line, line]) if caption.pasted_twice else line)
        markers = {m.index: m for m in self.read_more}
        for i, text in enumerate(self.paragraphs):
            if i in markers:
                blocks.append(_render_marker(markers[i], newline))
            last = i == len(self.paragraphs) - 1
            blocks.append(f"{text} – {self.agency}" if last and self.agency else text)
        if len(self.paragraphs) in markers:
            blocks.append(_render_marker(markers[len(self.paragraphs)], newline))
        return blank.join(blocks)

    def matches(self, article: Article) -> list[str]:
        """What differs between this structure and ``article``: an empty list when all matches."""
        problems: list[str] = []

        def check(what: str, expected: object, actual: object) -> None:
            if expected != actual:
                problems.append(f"{what}: expected {expected!r}, got {actual!r}")

        check("headline", self.headline, article.headline and article.headline.text)
        check("standfirst", self.standfirst, article.standfirst and article.standfirst.text)
        check("body", self.paragraphs, tuple(p.text for p in article.body))
        check(
            "captions",
            tuple((c.text, c.label, c.sources, 1 if c.pasted_twice else 0) for c in self.captions),
            tuple(
                (
                    c.text,
                    c.credit and c.credit.label,
                    c.credit.sources if c.credit else (),
                    len(c.repeats),
                )
                for c in article.captions
            ),
        )
        check(
            "read_more",
            tuple((m.label, m.index, m.links) for m in self.read_more),
            tuple((m.label, m.index, m.links) for m in article.read_more),
        )
        check("agency", self.agency, article.agency_credit and article.agency_credit.text)
        return problems


def _render_marker(marker: ReadMoreSpec, newline: str) -> str:
    return newline.join([marker.label, *marker.links])


@st.composite
def _caption(draw: st.DrawFn) -> CaptionSpec:
    text = _cap(draw(_phrase(5, 14)).lower()) + "."
    sources = draw(
        st.lists(st.sampled_from(_NAMES + _AGENCY_SOURCES), min_size=1, max_size=3, unique=True)
    )
    return CaptionSpec(
        text=text,
        label=draw(st.sampled_from(_CREDIT_LABELS)),
        sources=tuple(sources),
        pasted_twice=draw(st.booleans()),
    )


@st.composite
def articles(draw: st.DrawFn, styles: tuple[str, ...] = STYLES) -> ArticleSpec:
    """Draw an article structure in one of ``styles``.

    Headlines have five or more words, so that none reads as a section kicker;
    standfirsts have no final full stop, as in Guardian copy.
    """
    style = draw(st.sampled_from(styles))
    paragraphs = tuple(draw(st.lists(_paragraph(), min_size=1, max_size=6, unique=True)))
    indexes = draw(st.lists(st.integers(0, len(paragraphs)), max_size=2, unique=True))
    markers = tuple(
        ReadMoreSpec(
            index=i,
            links=tuple(draw(st.lists(_phrase(3, 9), max_size=3, unique=True))),
        )
        for i in sorted(indexes)
    )
    captions = draw(st.lists(_caption(), max_size=2, unique_by=lambda c: c.text))
    headline = draw(_phrase(5, 12))
    return ArticleSpec(
        headline=headline,
        standfirst=draw(st.none() | _phrase(8, 25).filter(lambda s: s != headline)),
        captions=tuple(captions),
        paragraphs=paragraphs,
        read_more=markers,
        agency=draw(st.none() | st.sampled_from(_CLOSING_AGENCIES)),
        style=style,
    )


_MARKERS = (
    "READ MORE",
    "Read more: ",
    "Photograph: ",
    " – Agencies",
    "(Reuters) - ",
    "By ",
    "By . ",
    "—",
    "–",
    "-",
    "\u00a0",
    "Image source, ",
    "Image caption, ",
    "© ",
    "(AP Photo/",
    ")",
    "Reporting by ",
    "contributed to this report.",
    "Published",
    "Reuter",
    "\t",
    "    ",
)
_BREAKS = ("\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\n", "\x0b", "\x0c")


def unusual_text() -> st.SearchStrategy[str]:
    """Text that stresses a parser.

    Any Unicode (surrogates and controls included), every line break, and
    fragments of the markers the rules look for.
    """
    anything = st.text(st.characters(exclude_categories=()), max_size=80)
    fragments = st.lists(
        st.one_of(
            st.sampled_from(_BREAKS),
            st.sampled_from(_MARKERS),
            st.text(max_size=12),
            _sentence(),
        ),
        max_size=30,
    ).map("".join)
    return st.one_of(st.just(""), anything, fragments)
