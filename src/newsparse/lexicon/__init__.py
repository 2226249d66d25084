"""Word lists as data: the lexicon the default rules read.

A :class:`Lexicon` is a frozen bundle of word lists. One ships per language
(``en``, ``de``, ``fr``, ``es``, ``it``, ``pt``, ``ru``, ``id``,
``ja``, ``ko``); :func:`default_lexicon`
merges the packs named, and :meth:`Lexicon.extend` adds words without
touching code. Matching is case-insensitive, and a multi-word entry matches
with any run of spaces between its words.

Examples:
    >>> from newsparse.lexicon import default_lexicon
    >>> lexicon = default_lexicon(("en",)).extend(agencies=("Tanjug",))
    >>> "Tanjug" in lexicon.agencies
    True
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
from attrs import field, frozen

__all__ = ["LANGUAGES", "Lexicon", "default_lexicon"]


def _words(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError(f"a word list must be a sequence of strings, not the string {value!r}")
    seen: dict[str, None] = {}
    for item in value:
        if not isinstance(item, str):
            raise TypeError(f"a word list holds strings; got {type(item).__name__}: {item!r}")
        word = " ".join(item.split())
        if word:
            seen.setdefault(word, None)
    return tuple(seen)


def _list() -> tuple[str, ...]:
    # attrs' field() stands in for the value in a class body; typed as what it holds.
    result: tuple[str, ...] = field(default=(), converter=_words)
    return result


@frozen(cache_hash=True)  # hashed on every parse, to find its compiled patterns
class Lexicon:
    """The words the default rules look for.

    Attributes:
        languages: the language packs merged into this lexicon.
        agencies: wire services and sources that credit a story (``Reuters``,
            ``AP``, ``dpa``, ``Agencies``).
        credit_labels: words that open a photo credit (``Photograph``,
            ``Foto``, ``Image``).
        agency_leads: phrases that lead in to the agencies a story draws on
            (``With inputs from``, ``Mit Material von``): ``(With inputs
            from agencies)`` closing a story is its agency credit.
        source_words: words that open a closing line naming the story's
            sources (``Source: Al Jazeera and news agencies``).
        courtesy_words: phrases that open a credit naming who lent the
            picture (``Courtesy of``, ``Cortesía de``): ``Courtesy Google``.
        credit_name_words: words that join a credit label to the
            photographer's name in place of a colon (``di``: ``Foto di Marco
            Rossi``; ``von``: ``Foto von Jana Rohr``). Such words are common, so
            only a name after them, ending the line, makes a credit. (English
            ``by`` and ``via`` take any source: ``Photo by Jane Roe/AFP``.)
        read_more: markers that open a list of related links (``READ MORE``,
            ``Mehr zum Thema``).
        inline_read_more: markers that count only before their one link on
            the same line, after a colon (``MORE: Why the ferry stopped``):
            alone on a line, the word is a menu's or a button's.
        byline_words: words that open a byline (``By``, ``Von``, ``Par``).
        staff_bylines: bylines that name no person (``Staff and agencies``).
        role_words: the titles a byline gives its writer, last in the role
            (``correspondent``, ``editor``): ``Jane Roe Economics
            correspondent`` is a name and a role with nothing between them.
        desk_words: the desks a newsroom signs a story with, last in a
            byline naming no person (``sport``, ``Web Desk``): ``Guardian
            sport`` and ``ET Bureau`` are bylines.
        timestamp_words: words on a publication time line (``Published``).
        contributor_leads: phrases that open a contributor line
            (``Reporting by``).
        contributor_tails: phrases that close one (``contributed to this report``).
        boilerplate: whole lines of page furniture (``Share this article``).
        ad_breaks: whole lines that mark an advert inside the story
            (``Advertisement``, ``Story continues below``, ``Werbung``):
            furniture, with the story going on under them.
        boilerplate_heads: lines that open a block of furniture whose
            following lines go with it (``Related Topics``).
        boilerplate_starts: phrases that make a short line furniture
            (``Share this on``, ``Follow us on``).
        boilerplate_tails: phrases that end a promotional line
            (``Sign up here``).
        follow_words: words that ask the reader to follow someone
            (``Follow``, ``Folgen Sie``): a line that opens with one and names
            a social network (``Follow Jane Roe on Twitter``) is furniture.
        reader_words: the words a page speaks to its reader with (``you``,
            ``your``, ``our``).
        prompt_words: what a page's prompts offer that reader
            (``newsletter``, ``inbox``, ``subscribe``): a short line with
            a reader word and one of these is a sign-up prompt.
        about_heads: the words that head a press release's note about the
            company that issued it (``About``, ``Über``): ``About Harbourline``
            over a paragraph that opens ``Harbourline is …`` is furniture.
        comment_heads: headings that open the readers' comments under a story
            (``Leave a Reply``, ``12 thoughts on "…"``); with a count first,
            a title may follow.
        toggle_words: a page's show-more and show-less buttons, which its
            markup runs on to a caption (``… (AP Photo/Jane Roe) less``).
        caption_leads: words that open a caption with no credit
            (``Above:``, ``Pictured:``).
        caption_notes: bracketed notes that end a caption with no credit
            (``file photo``, ``foto d'archivio``).
        months: month names and their abbreviations.
        weekdays: weekday names and their abbreviations.
    """

    languages: tuple[str, ...] = _list()
    agencies: tuple[str, ...] = _list()
    credit_labels: tuple[str, ...] = _list()
    agency_leads: tuple[str, ...] = _list()
    source_words: tuple[str, ...] = _list()
    courtesy_words: tuple[str, ...] = _list()
    credit_name_words: tuple[str, ...] = _list()
    read_more: tuple[str, ...] = _list()
    inline_read_more: tuple[str, ...] = _list()
    byline_words: tuple[str, ...] = _list()
    staff_bylines: tuple[str, ...] = _list()
    role_words: tuple[str, ...] = _list()
    desk_words: tuple[str, ...] = _list()
    timestamp_words: tuple[str, ...] = _list()
    contributor_leads: tuple[str, ...] = _list()
    contributor_tails: tuple[str, ...] = _list()
    boilerplate: tuple[str, ...] = _list()
    ad_breaks: tuple[str, ...] = _list()
    boilerplate_heads: tuple[str, ...] = _list()
    boilerplate_starts: tuple[str, ...] = _list()
    boilerplate_tails: tuple[str, ...] = _list()
    follow_words: tuple[str, ...] = _list()
    reader_words: tuple[str, ...] = _list()
    prompt_words: tuple[str, ...] = _list()
    about_heads: tuple[str, ...] = _list()
    comment_heads: tuple[str, ...] = _list()
    toggle_words: tuple[str, ...] = _list()
    caption_leads: tuple[str, ...] = _list()
    caption_notes: tuple[str, ...] = _list()
    months: tuple[str, ...] = _list()
    weekdays: tuple[str, ...] = _list()

    def extend(self, **words: Iterable[str]) -> Lexicon:
        """Return a lexicon with ``words`` added to the lists named.

        Examples:
            >>> Lexicon(agencies=("AP",)).extend(agencies=("Kyodo",)).agencies
            ('AP', 'Kyodo')

        Raises:
            TypeError: a keyword names no word list.
        """
        known = {a.name for a in attrs.fields(Lexicon)}
        unknown = sorted(set(words) - known)
        if unknown:
            raise TypeError(
                f"unknown word list {unknown[0]!r}; known lists: {', '.join(sorted(known))}"
            )
        changes = {name: (*getattr(self, name), *_words(new)) for name, new in words.items()}
        return attrs.evolve(self, **changes)

    def merge(self, *others: Lexicon) -> Lexicon:
        """Return a lexicon holding the words of this one and ``others``."""
        merged = self
        for other in others:
            merged = merged.extend(
                **{a.name: getattr(other, a.name) for a in attrs.fields(Lexicon)}
            )
        return merged


def _packs() -> dict[str, Lexicon]:
    from newsparse.lexicon import de, en, es, fr, it, ja, ko, pt, ru
    from newsparse.lexicon import id as indonesian

    packs = (en, de, fr, es, it, pt, ru, indonesian, ja, ko)
    return {m.PACK.languages[0]: m.PACK for m in packs}


LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "ru", "id", "ja", "ko")
"""The language packs that ship, in the order ``default_lexicon`` merges them."""


def default_lexicon(languages: Iterable[str] | None = None) -> Lexicon:
    """Merge the language packs named (all of them by default).

    Raises:
        ValueError: a language has no pack.
    """
    if isinstance(languages, str):
        raise TypeError(f"languages must be a sequence of codes such as ('en',), not {languages!r}")
    packs = _packs()
    chosen = LANGUAGES if languages is None else tuple(languages)
    unknown = [code for code in chosen if code not in packs]
    if unknown:
        raise ValueError(
            f"no language pack {unknown[0]!r}; packs that ship: {', '.join(LANGUAGES)}"
        )
    if not chosen:
        return Lexicon()
    return packs[chosen[0]].merge(*(packs[code] for code in chosen[1:]))
