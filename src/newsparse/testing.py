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
    "MARKERS",
    "STYLES",
    "ArticleSpec",
    "CaptionSpec",
    "DatelineSpec",
    "ReadMoreSpec",
    "articles",
    "hard_wrap",
    "unusual_text",
]

STYLES: tuple[str, ...] = ("guardian", "reuters", "ap", "bbc", "wire", "page")
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
# Sources a web page prints alone under a figure's caption.
_BARE_SOURCES = ("Getty Images", "Harbour Trust", "Example Earth Observatory", "Reuters")
_CREDIT_LABELS = ("Photograph", "Illustration", "Composite")
_CLOSING_AGENCIES = ("Agencies", "Reuters", "PA", "AFP", "Guardian")
# A site's navigation, and the headings over its lists of other stories.
_MENU = (
    "Skip to main content",
    "Home",
    "News",
    "Local",
    "Weather",
    "Sport",
    "Business",
    "Opinion",
    "Culture",
    "Travel",
    "Podcasts",
    "Newsletters",
    "Search",
    "Puzzles",
    "Today's paper",
)
_RAILS = ("Most Popular", "Trending now", "Latest news", "Top stories")
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
    """A caption: its text, its credit's label and sources, and whether it is pasted twice.

    ``style`` picks how it is printed: ``labelled`` (``text Photograph: A/B``),
    ``reuters`` (``text. REUTERS/Name``, ``FILE PHOTO: text. REUTERS/Name/File Photo``),
    ``ap`` (``text (AP Photo/Name)``),
    ``ap_via`` (``text (Name via AP)``),
    ``bbc`` (``Image source, X`` over ``Image caption, text``, or the earlier
    ``Image copyright X Image caption text`` on one line), ``bbc_apart`` (each
    label alone over its value: ``Image copyright`` / ``X`` / ``Image caption`` /
    ``text``), ``courtesy``
    (``text Courtesy of A``), ``bracketed`` (``text (Reuters: Name)``,
    ``text (ABC News: Name)``, ``text (Supplied: Source)``), ``agency`` (an
    agency in brackets, a label perhaps after it, closing a caption with no
    stop: ``text (ANSA)``, ``text (PTI Photo)``), ``square`` (the name and
    agency, or the agency alone, in square brackets, as Al Jazeera prints
    them: ``text [Name/AFP]``, ``text [AFP]``), ``bare`` (a web page's
    figure: the text over its source's name alone, between two paragraphs)
    or ``credit_only`` (a web page's figure credited with no caption:
    ``Name/Outlet`` alone between two paragraphs).
    """

    text: str
    label: str | None
    sources: tuple[str, ...]
    pasted_twice: bool = False
    style: str = "labelled"

    def render(self, newline: str = "\n") -> str:
        """The caption as printed, credit included."""
        if self.style == "reuters":
            return f"{self.text} {'/'.join(self.sources)}"
        if self.style == "ap":
            return f"{self.text} (AP Photo/{self.sources[0]})"
        if self.style == "ap_via":
            return f"{self.text} ({self.sources[0]} via {self.sources[1]})"
        if self.style == "bbc":
            if self.label == "Image copyright":  # the labels of the BBC's earlier pages
                return f"Image copyright {self.sources[0]} Image caption {self.text}"
            return f"Image source, {self.sources[0]}{newline}Image caption, {self.text}"
        if self.style == "bbc_apart":
            lines = (self.label, self.sources[0], "Image caption", self.text)
            return newline.join(line for line in lines if line is not None)
        if self.style == "bare":
            return f"{self.text}{newline}{self.sources[0]}"
        if self.style == "credit_only":
            return "/".join(self.sources)
        if self.style == "agency":
            label = f" {self.label}" if self.label else ""
            return f"{self.text} ({self.sources[0]}{label})"
        if self.style == "bracketed":
            return f"{self.text} ({self.label or self.sources[0]}: {self.sources[-1]})"
        if self.style == "square":
            return f"{self.text} [{'/'.join(self.sources)}]"
        if self.style == "courtesy":
            return f"{self.text} {self.label} {'/'.join(self.sources)}"
        return f"{self.text} {self.label}: {'/'.join(self.sources)}"


@frozen
class ReadMoreSpec:
    """A read-more marker: the paragraphs before it and the related headlines under it.

    ``dates``, when given, holds one date per link, printed under it after a
    ``Published`` line as the BBC lists related stories (page furniture).
    ``brackets``, when given, prints the marker inline with its one link,
    inside them: ``""`` for ``READ MORE: link``, ``"[]"`` for ``[READ MORE: link]``.
    """

    index: int
    links: tuple[str, ...] = ()
    label: str = "READ MORE"
    dates: tuple[str, ...] = ()
    brackets: str | None = None


@frozen
class DatelineSpec:
    """A dateline: its text without the dash, its parts, and the dash it is printed with."""

    text: str
    place: str | None
    date: str | None
    agency: str | None
    dash: str = " - "


@frozen
class ArticleSpec:
    """The structure of an article, which renders to text in a house style and checks a parse.

    Styles: ``guardian`` (standfirst, labelled credits, READ MORE, ``– Agencies``
    or, with a ``source_label``, a closing ``Source: Agencies`` line, and an
    ``Advertisement`` line before each paragraph that ``adverts`` lists),
    ``reuters`` (byline, ``CITY, Mon D (Reuters) -``, ``REUTERS/Name``,
    ``Reporting by …``), ``ap`` (``CITY (AP) —``, ``(AP Photo/Name)``, a
    contributor line), ``bbc`` (``Published`` date, ``Image source`` /
    ``Image caption``, ``More on this story``), ``wire`` (1987 wire copy:
    capitals, hard wraps, indented paragraphs, ``Reuter``) and ``page`` (a
    story with a byline, copied with its whole web page: the site's ``menu``
    lines above it, and lists of other stories or a blog post's filing lines
    (``Posted in …``, ``Tagged …``, ``Next Post: …``) ``below``; its captions stand
    after the second paragraph: one short paragraph over a figure may be the
    standfirst over the lead image).
    """

    headline: str
    standfirst: str | None
    captions: tuple[CaptionSpec, ...]
    paragraphs: tuple[str, ...]
    read_more: tuple[ReadMoreSpec, ...]
    agency: str | None
    style: str = "guardian"
    byline: str | None = None
    authors: tuple[str, ...] = ()
    timestamp: str | None = None
    dateline: DatelineSpec | None = None
    contributors: str | None = None
    contributor_names: tuple[str, ...] = ()
    menu: tuple[str, ...] = ()
    below: tuple[str, ...] = ()
    source_label: str | None = None
    adverts: tuple[int, ...] = ()

    def render(self, newline: str = "\n") -> str:
        """The article as plain text in its house style, with ``newline`` between lines."""
        if self.style == "wire":
            return self._render_wire(newline)
        blank = newline * 2
        blocks: list[str] = [newline.join(self.menu)] if self.menu else []
        blocks.append(self.headline)
        if self.standfirst:
            blocks.append(self.standfirst)
        head = [line.replace("\n", newline) for line in (self.byline, self.timestamp) if line]
        if head:
            blocks.append(newline.join(head))
        figures = [
            newline.join([line, line]) if caption.pasted_twice else line
            for caption in self.captions
            for line in [caption.render(newline)]
        ]
        if self.style != "page":  # a page's figures stand between its paragraphs
            blocks.extend(figures)
        markers = {m.index: m for m in self.read_more}
        for i, paragraph in enumerate(self.paragraphs):
            if i == 2 and self.style == "page":
                blocks.extend(figures)
            if i in self.adverts:
                blocks.append("Advertisement")
            if i in markers:
                blocks.append(_render_marker(markers[i], newline))
            lead = self.dateline.text + self.dateline.dash if i == 0 and self.dateline else ""
            text = lead + paragraph
            last = i == len(self.paragraphs) - 1
            closing = last and self.agency and not self.source_label
            blocks.append(f"{text} – {self.agency}" if closing else text)
        if self.agency and self.source_label:
            blocks.append(f"{self.source_label}: {self.agency}")
        if len(self.paragraphs) in markers:
            blocks.append(_render_marker(markers[len(self.paragraphs)], newline))
        if self.contributors:
            blocks.append(self.contributors)
        if self.below:
            blocks.append(newline.join(self.below))
        return blank.join(blocks)

    def _render_wire(self, newline: str) -> str:
        assert self.dateline is not None
        first = f"{self.dateline.text}{self.dateline.dash}{self.paragraphs[0]}"
        body = [hard_wrap(first, 64)] + ["    " + hard_wrap(p, 60) for p in self.paragraphs[1:]]
        text = "\n".join([*body, f" {self.agency}"]) if self.agency else "\n".join(body)
        return (self.headline + "\n\n" + text + "\n").replace("\n", newline)

    def matches(self, article: Article) -> list[str]:
        """What differs between this structure and ``article``: an empty list when all matches."""
        problems: list[str] = []

        def check(what: str, expected: object, actual: object) -> None:
            if expected != actual:
                problems.append(f"{what}: expected {expected!r}, got {actual!r}")

        check("headline", self.headline, article.headline and article.headline.text)
        check("standfirst", self.standfirst, article.standfirst and article.standfirst.text)
        byline = article.byline
        check(
            "byline",
            (self.byline and " ".join(self.byline.split()), self.authors),
            (byline.text, byline.authors) if byline else (None, ()),
        )
        dl = article.dateline
        got_dateline = DatelineSpec(dl.text, dl.place, dl.date, dl.agency) if dl else None
        want_dateline = self.dateline and DatelineSpec(
            self.dateline.text, self.dateline.place, self.dateline.date, self.dateline.agency
        )
        check("dateline", want_dateline, got_dateline)
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
        people = article.contributors
        check(
            "contributors",
            (self.contributors, self.contributor_names),
            (people.text, people.names) if people else (None, ()),
        )
        return problems


# Dates a list of related stories prints under each of its links.
_LINK_DATES = ("1 February", "12 January", "3 March 2024", "28 November", "5 hours ago")


def _render_marker(marker: ReadMoreSpec, newline: str) -> str:
    if marker.brackets is not None:
        opening, closing = marker.brackets[:1], marker.brackets[1:]
        return f"{opening}{marker.label}: {newline.join(marker.links)}{closing}"
    if not marker.dates:
        return newline.join([marker.label, *marker.links])
    listed = (
        f"{link}{newline}Published{newline}{date}"
        for link, date in zip(marker.links, marker.dates, strict=True)
    )
    return newline.join([marker.label, *listed])


@st.composite
def _marker(draw: st.DrawFn, index: int) -> ReadMoreSpec:
    """A marker alone over its links, or inline with its one link, perhaps in brackets."""
    links = tuple(draw(st.lists(_phrase(3, 9), max_size=3, unique=True)))
    if len(links) != 1 or draw(st.booleans()):
        return ReadMoreSpec(index=index, links=links)
    return ReadMoreSpec(index=index, links=links, brackets=draw(st.sampled_from(("", "[]", "()"))))


def hard_wrap(text: str, width: int) -> str:
    """Wrap ``text`` at ``width`` columns, as old wire copy is (no word is split)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n".join(lines)


@st.composite
def _caption(draw: st.DrawFn, style: str = "labelled") -> CaptionSpec:
    text = _cap(draw(_phrase(5, 14)).lower()) + "."
    if style == "reuters":
        name = draw(st.sampled_from(_NAMES))
        if draw(st.booleans()):  # an archive picture: "FILE PHOTO: … REUTERS/Name/File Photo"
            archive = ("REUTERS", name, "File Photo")
            return CaptionSpec(f"FILE PHOTO: {text}", None, archive, style=style)
        return CaptionSpec(text, None, ("REUTERS", name), style=style)
    if style == "ap":
        name = draw(st.sampled_from(_NAMES))
        if draw(st.booleans()):  # a handout the agency passed on: "(Jane Roe via AP)"
            return CaptionSpec(text, None, (name, "AP"), style="ap_via")
        return CaptionSpec(text, "AP Photo", (name,), style=style)
    if style == "bare":
        if draw(st.integers(0, 3)) == 0:  # a figure's credit alone: "Jane Roe/Harbour Insider"
            name = draw(st.sampled_from(_NAMES))
            return CaptionSpec("", None, (name, "Harbour Insider"), style="credit_only")
        return CaptionSpec(
            text, None, (draw(st.sampled_from(_NAMES + _BARE_SOURCES)),), style=style
        )
    if style == "bbc":
        text = text.rstrip(".")
        source = draw(st.sampled_from(("Getty Images", "PA Media", "Reuters", "EPA")))
        label = draw(st.sampled_from(("Image source", "Image copyright")))
        apart = draw(st.booleans())  # some copies print each label on a line of its own
        return CaptionSpec(text, label, (source,), style="bbc_apart" if apart else style)
    sources = draw(
        st.lists(st.sampled_from(_NAMES + _AGENCY_SOURCES), min_size=1, max_size=3, unique=True)
    )
    pick = draw(st.integers(0, 7))
    if pick == 0:
        courtesy = draw(st.sampled_from(("Courtesy", "Courtesy of", "Photo courtesy of")))
        return CaptionSpec(text, courtesy, tuple(sources), style="courtesy")
    if pick == 1:  # a source and the photographer in brackets, as Australian papers print them
        source = draw(st.sampled_from(("Supplied", "Reuters", "AAP", "ABC News", "ABC Rural")))
        if source == "Supplied":
            return CaptionSpec(text, source, (sources[-1],), style="bracketed")
        return CaptionSpec(text, None, (source, sources[-1]), style="bracketed")
    if pick == 2:  # an agency in brackets closing a caption with no stop: "… (ANSA)"
        agency = draw(st.sampled_from(("ANSA", "AFP", "PTI", "EFE")))
        agency_label: str | None = draw(st.sampled_from((None, "Photo")))
        return CaptionSpec(text.rstrip("."), agency_label, (agency,), style="agency")
    if pick == 3:  # in square brackets, with no stop: "… [Jane Roe/AFP]", "… [AFP]"
        agency = draw(st.sampled_from(("AFP", "Reuters", "AP", "EPA")))
        named = (draw(st.sampled_from(_NAMES)), agency) if draw(st.booleans()) else (agency,)
        return CaptionSpec(text.rstrip("."), None, named, style="square")
    return CaptionSpec(
        text=text,
        label=draw(st.sampled_from(_CREDIT_LABELS)),
        sources=tuple(sources),
        pasted_twice=draw(st.booleans()),
    )


_CITIES = ("LONDON", "PARIS", "BERLIN", "TOKYO", "SEOUL", "NEW YORK", "RIO DE JANEIRO")
_DATES = ("Sept 17", "Oct 1", "March 5", "Jan 9", "July 31")


@st.composite
def articles(draw: st.DrawFn, styles: tuple[str, ...] = STYLES) -> ArticleSpec:
    """Draw an article structure in one of ``styles`` (all of :data:`STYLES` by default).

    Headlines have five or more words, so that none reads as a section kicker;
    standfirsts have no final full stop, as in Guardian copy.
    """
    style = draw(st.sampled_from(styles))
    paragraphs = tuple(draw(st.lists(_paragraph(), min_size=1, max_size=6, unique=True)))
    headline = draw(_phrase(5, 12))
    caption_style = {"reuters": "reuters", "ap": "ap", "bbc": "bbc"}.get(style, "labelled")
    captions = tuple(
        draw(st.lists(_caption(caption_style), max_size=2, unique_by=lambda c: c.text))
    )
    names = draw(st.lists(st.sampled_from(_NAMES), min_size=2, max_size=2, unique=True))
    city = draw(st.sampled_from(_CITIES))
    date = draw(st.sampled_from(_DATES))
    if style == "reuters":
        return ArticleSpec(
            headline,
            None,
            captions,
            paragraphs,
            (),
            None,
            style,
            byline=f"By {names[0]}",
            authors=(names[0],),
            timestamp="September 17, 2023 12:05 AM GMT+1 Updated 2 hours ago",
            # a U.S. company story gives the date alone: "Oct 26 (Reuters) -"
            dateline=draw(
                st.sampled_from(
                    (
                        DatelineSpec(f"{city}, {date} (Reuters)", city, date, "Reuters"),
                        DatelineSpec(f"{date} (Reuters)", None, date, "Reuters"),
                        # a desk of the agency: "(Reuters Health)"
                        DatelineSpec(f"{city} (Reuters Health)", city, None, "Reuters Health"),
                    )
                )
            ),
            contributors=f"Reporting by {names[0]}; Editing by {names[1]}",
            contributor_names=tuple(names),
        )
    if style == "ap":
        upper = names[0].upper()
        return ArticleSpec(
            headline,
            None,
            captions,
            paragraphs,
            (),
            None,
            style,
            byline=f"By {upper}",
            authors=(upper,),
            timestamp="Updated 4:12 PM EDT, March 5, 2024",
            dateline=DatelineSpec(f"{city} (AP)", city, None, "AP", " — "),
            contributors=f"Associated Press writer {names[1]} contributed to this report.",
            contributor_names=(names[1],),
        )
    if style == "bbc":
        links = tuple(draw(st.lists(_phrase(3, 9), min_size=1, max_size=3, unique=True)))
        dates = tuple(draw(st.sampled_from(_LINK_DATES)) for _ in links)
        marker = ReadMoreSpec(
            len(paragraphs), links, "More on this story", dates if draw(st.booleans()) else ()
        )
        return ArticleSpec(
            headline,
            None,
            captions,
            paragraphs,
            (marker,),
            None,
            style,
            byline=draw(
                st.sampled_from(
                    (f"By {names[0]}, BBC News", f"By {names[0]}\nBBC News, {city.title()}")
                )
            ),
            authors=(names[0],),
            timestamp="Published\n17 September 2023",
        )
    if style == "wire":
        month_date = draw(st.sampled_from(("March 3", "April 8", "June 2")))
        return ArticleSpec(
            headline.upper(),
            None,
            (),
            paragraphs,
            (),
            draw(st.sampled_from(("Reuter", "REUTER"))),
            style,
            dateline=DatelineSpec(f"{city}, {month_date}", city, month_date, None),
        )
    if style == "page":
        others = _phrase(4, 9).filter(lambda title: title != headline)
        teasers = draw(st.lists(others, min_size=6, max_size=10, unique=True))
        extra_menu = draw(
            st.lists(others, max_size=3, unique=True).filter(
                lambda lines: not set(lines) & set(teasers)
            )
        )
        figures = draw(st.lists(_caption("bare"), max_size=1)) if len(paragraphs) > 2 else []
        # A byline over its time line, or with the time on its own line after a bullet.
        head: tuple[str, str | None] = draw(
            st.sampled_from(
                (
                    (f"By {names[0]}", "Published 2 December 2024"),
                    (f"{names[0]} - Staff Writer", "Published 2 December 2024"),
                    (f"{names[0]} \u2022 2 December 2024 \u2022 4 min read", None),
                    (f"{names[0]} / 2:05 pm GMT \u2022 December 2, 2024", None),
                )
            )
        )
        return ArticleSpec(
            headline,
            None,
            tuple(figures),
            paragraphs,
            (),
            None,
            style,
            byline=head[0],
            authors=(names[0],),
            timestamp=head[1],
            menu=(*draw(st.permutations(_MENU)), *extra_menu),
            below=draw(
                st.sampled_from(
                    (
                        (draw(st.sampled_from(_RAILS)), *teasers),
                        # a blog post's filing lines and its link to the next post
                        (
                            f"Posted in {city.title()}",
                            f"Tagged {', '.join(teasers[0].lower().split()[:3])}",
                            "Post navigation",
                            f"Next Post: {teasers[1]}",
                        ),
                    )
                )
            ),
        )
    indexes = draw(st.lists(st.integers(0, len(paragraphs)), max_size=2, unique=True))
    markers = tuple(draw(_marker(i)) for i in sorted(indexes))
    # A Guardian byline: a name with a place or a role, or its agencies' desk.
    byline, authors = draw(
        st.sampled_from(
            (
                (None, ()),
                (f"{names[0]} in {city.title()}", (names[0],)),
                (f"{names[0]} Economics correspondent", (names[0],)),
                (f"Staff and agencies in {city.title()}", ()),
                (f"{city.title()} Herald sport", ()),
            )
        )
    )
    return ArticleSpec(
        headline=headline,
        standfirst=draw(st.none() | _phrase(8, 25).filter(lambda s: s != headline)),
        byline=byline,
        authors=authors,
        timestamp=byline and "Tue 19 Nov 2019 14.05 GMT",
        captions=captions,
        paragraphs=paragraphs,
        read_more=markers,
        agency=draw(st.none() | st.sampled_from(_CLOSING_AGENCIES)),
        style=style,
        source_label=draw(st.none() | st.sampled_from(("Source", "SOURCE", "Sources"))),
        # an advert between paragraphs, perhaps right under the lede
        adverts=tuple(draw(st.lists(st.integers(1, max(1, len(paragraphs) - 1)), max_size=1))),
    )


MARKERS: tuple[str, ...] = (
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
    "LONDON, Sept 17 ",
    "(AP) — ",
)
"""Fragments of the marks the default rules look for, to build hostile article-shaped text."""

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
            st.sampled_from(MARKERS),
            st.text(max_size=12),
            _sentence(),
        ),
        max_size=30,
    ).map("".join)
    return st.one_of(st.just(""), anything, fragments)
