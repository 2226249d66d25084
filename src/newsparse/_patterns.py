r"""The default rules' patterns, compiled once per lexicon.

Each pattern is written with ``VERBOSE`` and one comment per alternative, and
takes its words from the lexicon through named lists (``\L<agencies>``).
Every repetition is bounded, and rules run the patterns on one line or on
the first few hundred characters of a block, so no input makes them slow.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, TypeAlias, cast

import regex
from attrs import field, frozen

from newsparse.lexicon import Lexicon

__all__ = ["Pattern", "Patterns", "patterns_for"]

Pattern: TypeAlias = "regex.Pattern[str]"

# VERSION0: the regex module's VERSION1 case folding backtracks exponentially on a long
# capitalised word before an alternation (found by atheris), and nothing here needs it.
_FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.VERSION0

# A capitalised word of a name or a place: "Jean-Luc", "O'Neill", "N.C.", "MARGARET".
_CAP_WORD = r"(?-i:\p{Lu})[\p{L}\p{M}.'’\-]*"
# One more author's name in a byline's list: two to four capitalised words, none
# of them a role ("Transport Correspondent" is a role).
_BYLINE_NAME = r"(?:(?!\L<roles>\b)" + _CAP_WORD + r"[ ]+){1,3}(?!\L<roles>\b)" + _CAP_WORD
# The small words inside places: "Rio de Janeiro", "Frankfurt am Main".
_PLACE_PARTICLES = r"(?:am|an|der|de|del|la|da|do|dos|das|di|sur|upon|on|en|im)"
# A run of one to six such words, with spaces, commas or a slash between
# ("GREENSBORO, N.C.", "Frankfurt/Main"), and perhaps small words ("Rio de Janeiro").
_PLACE = rf"{_CAP_WORD}(?:(?:[ ]+|,[ ]*|/)(?:{_PLACE_PARTICLES}[ ]+){{0,2}}{_CAP_WORD}){{0,5}}"
# A date in a dateline: "Sept 17", "March 3", "17 Sep", "12 mar", "5 gen".
_DAY_MONTH = r"(?:\L<months>\.?[ ]+\d{1,2}|\d{1,2}\.?[ ]+\L<months>\.?)"
# Up to two words in lower case before a role: "Chief political editor".
_LOWER_WORDS = r"(?:(?-i:\p{Ll})[\p{L}\-]*[ ]+){0,2}"
_DASH = r"(?:\p{Pd}{1,3}|\.\p{Pd})"
# The small words inside names: "Ursula von der Leyen", "Luiz Inácio da Silva".
_PARTICLES = r"(?:de|da|do|dos|van|von|der|den|del|di|du|la|le|bin|al|el|ten|ter)"
# Social networks by their names, the same in every language.
_SOCIAL_NETWORKS = (
    "Facebook",
    "Twitter",
    "X (formerly Twitter)",
    "Instagram",
    "LinkedIn",
    "YouTube",
    "TikTok",
    "Pinterest",
    "Snapchat",
    "Telegram",
    "WhatsApp",
    "Threads",
    "Bluesky",
    "Mastodon",
    "Flipboard",
    "Google News",
    "VK",
    "ВКонтакте",
    "Одноклассники",
)

# Words that end a photo agency's name: "Getty Images", "Example Photos".
_PHOTO_AGENCY_WORDS = (
    "Images",
    "Photos",
    "Pictures",
    "Photography",
    "Shutterstock",
    "Alamy",
    "iStock",
)
# Picture agencies that credit a photograph alone, in any case, after the
# caption's last sentence: "… on Tuesday. Getty Images", "… | GETTY IMAGES".
_PHOTO_AGENCIES = (
    "Getty Images",
    "Getty",
    "Shutterstock",
    "iStock",
    "iStockphoto",
    "Alamy",
    "Alamy Stock Photo",
)


def _words_pattern(words: tuple[str, ...]) -> list[str]:
    """Named-list entries for ``words``; the regex module matches them literally."""
    return sorted(words, key=len, reverse=True)


@frozen(eq=False)
class Openings:
    """Phrases a line may open with, told without a pattern.

    A pattern over hundreds of phrases, case-insensitive, costs several
    microseconds a line; here the line's head is case-folded once and one
    ``str.startswith`` tries the phrases that share its first character.

    Examples:
        >>> gate = Openings.of(("Share this", "Read more"), symbols="-*")
        >>> gate.opens("SHARE THIS article"), gate.opens("--- "), gate.opens("Shared")
        (True, True, False)
    """

    by_first: dict[str, tuple[str, ...]]
    longest: int
    symbols: frozenset[str]

    @classmethod
    def of(cls, phrases: Iterable[str], *, symbols: str = "") -> Openings:
        """The openings for ``phrases``, and for a line opening with one of ``symbols``."""
        by_first: dict[str, list[str]] = {}
        for phrase in {p.casefold() for p in phrases if p}:
            by_first.setdefault(phrase[0], []).append(phrase)
        longest = max((len(p) for group in by_first.values() for p in group), default=0)
        return cls({k: tuple(v) for k, v in by_first.items()}, longest, frozenset(symbols))

    def opens(self, text: str, pos: int = 0) -> bool:
        """Whether ``text`` opens at ``pos`` with a phrase (in any case), a symbol or a space."""
        first = text[pos : pos + 1]
        if first in self.symbols or first.isspace():
            return True
        head = text[pos : pos + self.longest].casefold()
        phrases = self.by_first.get(head[:1])
        return phrases is not None and head.startswith(phrases)


@frozen(eq=False)
class Gated:
    """A pattern that matches only where a line opens with, or holds, one of a few phrases.

    ``match`` asks the cheap :class:`Openings` (and looks for the ``inner``
    phrases, case-folded, as whole words) first, and runs the pattern only when they allow;
    the answer is the pattern's.
    """

    pattern: Pattern
    gate: Openings
    inner: tuple[str, ...] = ()
    # The inner phrases as one search over the case-folded line, each a whole
    # word or words (None: no phrases).
    _inner_search: Pattern | None = field(init=False, default=None)

    def __attrs_post_init__(self) -> None:
        if self.inner:
            search = regex.compile(r"(?<!\w)\L<inner>(?!\w)", inner=self.inner)
            object.__setattr__(self, "_inner_search", search)

    def match(self, text: str, pos: int = 0) -> regex.Match[str] | None:
        """The pattern's match at ``pos``, or None."""
        if self.gate.opens(text, pos):
            return self.pattern.match(text, pos)
        if self._inner_search is not None and self._inner_search.search(text[pos:].casefold()):
            return self.pattern.match(text, pos)
        return None


@frozen(eq=False)
class Patterns:
    """The compiled patterns for one lexicon."""

    lexicon: Lexicon
    time_words: frozenset[str]
    prompt_heads: frozenset[str]
    calendar_words: frozenset[str]
    lead_words: frozenset[str]
    credit: Pattern
    courtesy_cues: tuple[str, ...]
    credit_name_words: frozenset[str]
    label_ends: frozenset[str]
    credit_cue: Pattern
    courtesy_cue: Pattern
    credit_label_alone: Pattern
    credit_names: Pattern
    bbc_image_source: Pattern
    bbc_image_copyright: Pattern
    bbc_image_caption: Pattern
    collapsed: Pattern
    toggle_tails: tuple[str, ...]
    read_more_alone: Gated
    read_more_inline: Gated
    teaser_cut: Pattern
    marker_ends: frozenset[str]
    agency_tail: Pattern
    agency_line: Pattern
    source_line: Pattern
    source_named: Pattern
    source_tail: Pattern
    dateline: Pattern
    byline: Pattern
    byline_flat: Pattern
    staff_byline: Gated
    timestamp_date: Pattern
    timestamp_word: Pattern
    timestamp_flat: Pattern
    name_line: Pattern
    role_line: Pattern
    caseless_byline: Pattern
    contributor_lead: Pattern
    contributor_note: Pattern
    contributor_tail: Pattern
    boilerplate_line: Pattern
    boilerplate_head: Pattern
    ad_break: Pattern
    boilerplate_tail: Pattern
    tail_ends: frozenset[str]
    boilerplate_tail_reach: int
    boilerplate_start: Pattern
    follow: Pattern
    furniture_gate: Openings
    prompt: Pattern
    comment_head: Pattern
    about_head: Pattern
    caption_note: Pattern
    caption_lead: Pattern
    footer: Pattern

    def dateline_at(self, text: str, pos: int, end: int) -> regex.Match[str] | None:
        """The dateline opening ``text`` at ``pos``, within ``end``, if any.

        Every dateline holds a bracket, a slash or a dash before a space
        (``(Reuters)``, ``/PRNewswire/``, ``March 3 -``); most lines hold none
        of them, and a search for them costs a tenth of the pattern.
        """
        if _DATELINE_MARK.search(text, pos, end) is None:
            return None
        return self.dateline.match(text, pos, end)

    def dates_in(self, text: str) -> list[regex.Match[str]]:
        """The dates and times in ``text``, in order.

        Every date and time holds a digit (``March 5``, ``10.24``); most
        lines hold none, and a search for one costs a tenth of the pattern.
        """
        if _DIGIT.search(text) is None:
            return []
        return list(self.timestamp_date.finditer(text))


_DIGIT = regex.compile(r"\d")


# What "[ ]" stands for in the patterns: a space, a tab, or the no-break and
# thin spaces web pages put after a label ("READ MORE:\u00a0…").
_SPACE = r"[ \t\u00a0\u2009\u202f]"
# What every dateline holds: a bracket, a slash, or a dash before a space (a
# dash inside a word, "Jean-Luc", opens no dateline).
_DATELINE_MARK = regex.compile(rf"[(/]|\p{{Pd}}{_SPACE}")


def _compile(pattern: str, **lists: tuple[str, ...]) -> Pattern:
    pattern = pattern.replace("[ ]", _SPACE)
    for name, words in lists.items():
        if not words:  # an empty list matches nothing, rather than the empty string
            pattern = pattern.replace(rf"\L<{name}>", "(?!)")
    named = {k: _words_pattern(v) for k, v in lists.items() if v}
    # The named lists go in as keywords; typed loosely, as the regex stubs type them.
    return regex.compile(pattern, _FLAGS, **cast("dict[str, Any]", named))


@functools.lru_cache(maxsize=64)
def patterns_for(lexicon: Lexicon) -> Patterns:
    """Compile the default rules' patterns for ``lexicon`` (cached per lexicon)."""
    lx = lexicon
    agencies = (*lx.agencies, "CNN")
    return Patterns(
        lexicon=lx,
        # Words that may stand beside a date on a timestamp line, case-folded.
        # The words of the time words' phrases count one by one ("Mis à jour le").
        time_words=frozenset(
            word
            for phrase in (*lx.weekdays, *lx.months, *lx.timestamp_words)
            # each word of a phrase too, and each part of a hyphenated one ("sexta-feira")
            for word in (phrase.casefold(), *phrase.casefold().replace("-", " ").split())
        ),
        # The first word of each prompt word or phrase, case-folded: a line
        # holding none of them is no prompt, and a set lookup tells.
        prompt_heads=frozenset(w.casefold().split()[0] for w in lx.prompt_words if w.strip()),
        # Weekday and month names, case-folded: a byline never opens with one.
        calendar_words=frozenset(w.casefold() for w in (*lx.weekdays, *lx.months)),
        # The words of the contributor leads, case-folded: a name in a
        # contributor line never opens with one ("Mit Material von Jana Rohr").
        lead_words=frozenset(w.casefold() for lead in lx.contributor_leads for w in lead.split()),
        # A photo credit closing a caption line. The group "credit" is the
        # whole credit, "label" its label word and "sources" what follows.
        credit=_compile(
            r"""
            # Every credit opens with a bracket, ©, an equals sign or a capital (or the
            # odd "iStock"): saying so first lets the search skip the other
            # characters of a line fast.
            (?=(?-i:[(\[©（＝=\p{Lu}]|iS))
            (?P<credit>
                # "Photograph: A/B/AP", "Foto: Julian Stratmann/dpa", "Credit: iStock",
                # "Photograph by Robyn Beck/AFP", "Credit... Doug Mills/The New York Times",
                # "Image via Shutterstock"; a name after "by" or "via" has a capital (or
                # is iStock): "Photo by the coastguard shows …" is a sentence
                (?<=^|[\s.!?"”)\]])(?=(?-i:\p{Lu}))
                (?P<label>\L<labels>)(?:[ ]*(?::|\.{3}|…)[ ]*|[ ]+(?:by|via)[ ]+(?=(?-i:\p{Lu}|iS)))
                (?P<sources>[^:\n]{2,160}?)
              | # a label and the photographer's name after the language's word for "by":
                # "Foto di Marco Rossi", "Photo de Jean Dupont / AFP"; the words are
                # common, so only a name of two to four capitalised words counts
                (?<=^|[\s.!?"”)\]])(?=(?-i:\p{Lu}))
                (?P<label>\L<labels>)[ ]+(?:\L<name_words>)[ ]+
                (?P<sources>(?-i:\p{Lu}[\p{L}'’.\-]+(?:[ ]\p{Lu}[\p{L}'’.\-]+){1,3})
                    (?:[ ]*/[ ]*[^/\n]{2,60}){0,2})
              | # a label and an agency with no colon, as Italian papers print them: "Foto ANSA"
                (?<=^|[\s.!?"”)\]])(?=(?-i:\p{Lu}))
                (?P<label>\L<labels>)[ ]+(?=(?-i:\p{Lu}))
                (?P<sources>\L<agencies>(?:[ ]*/[ ]*[^/\n]{2,60}){0,2})
              | # "(AP Photo/Daniel Ortega)", "(Image: GETTY)", "(Photo by X/Getty Images)",
                # AFP's pictures as Getty files them, "(Photo credit should read X/AFP)";
                # "[Photo: Jane Roe]"
                \([ ]*(?P<label>(?:\L<agencies>[ ]+)?\L<labels>)
                (?:[ ]*[:/][ ]*|[ ]+(?:by|via|should[ ]+read|\L<name_words>)[ ]+(?=(?-i:\p{Lu}|iS)))
                (?P<sources>[^()\n]{2,160})\)
              | \[[ ]*(?P<label>\L<labels>)
                (?:[ ]*:[ ]*|[ ]+(?:by|via)[ ]+(?=(?-i:\p{Lu}|iS)))
                (?P<sources>[^\[\]\n]{2,160})\]
              | # "REUTERS/Hannah Lowe", "AFP/Getty Images", "JEAN MARTIN / AFP": an agency in
                # capitals and a name, either way round
                (?<=^|\s)(?P<sources>
                    (?=(?-i:[\p{Lu}\-]{2,})[ ]*/)\L<agencies>
                    [ ]*/[ ]*[^/\n]{2,80}(?:/[^/\n]{2,60}){0,3}
                  | (?-i:\p{Lu}[\p{Lu}\-]+(?:[ ]\p{Lu}[\p{Lu}\-]+){1,3})[ ]*/[ ]*
                    (?=(?-i:[\p{Lu}\-]{2,})(?:[ ]*$|[ ]*/))\L<agencies>(?:[ ]*/[ ]*[^/\n]{2,60})?
                )
              | # "© REUTERS / POOL", "© NASA/ESA"
                (?<=^|\s)(?P<label>©|\(c\))[ ]*(?P<sources>[^©\n]{2,120})
              | # a handout through an agency: "(Dallas Zoo via AP)", "(Family photo via Reuters)",
                # or after the caption's last sentence: "… on Monday. Handout via REUTERS"
                \((?P<sources>(?-i:\p{Lu})[^()\n]{1,60}?[ ]+via[ ]+\L<agencies>)\)
              | (?<=[.!?]["”]?[ ])(?P<sources>(?-i:\p{Lu})[^.!?()\n]{1,60}?[ ]+via[ ]+\L<agencies>)
              | # an agency or an outlet, a colon and the photographer, in brackets after
                # the caption's last sentence: "(Reuters: Jane Roe)", "(ABC News: Jane Roe)"
                (?<=[.!?"”’][ ])\((?P<sources>
                    (?:\L<agencies>|(?-i:\p{Lu}{2,}(?:[ ]\p{Lu}\p{Ll}+){1,2}))
                    [ ]*:[ ]*(?-i:\p{Lu})[^():\n]{1,60})\)
              | # a bracketed name and agency with no label: "(Joshua Roberts/Reuters)"
                \((?P<sources>(?-i:\p{Lu})[^()\n/]{1,60}(?:[ ]*/[ ]*[^()\n/]{2,60}){1,3})\)
              | # the same, or an agency alone, in square brackets, perhaps after "File:", as
                # Al Jazeera prints them: "[Jane Roe/Reuters]", "[File: Jane Roe/AP]", "[AFP]"
                \[(?:File[ ]*:[ ]*)?(?P<sources>
                    (?-i:\p{Lu})[^\[\]\n/]{1,60}(?:[ ]*/[ ]*[^\[\]\n/]{2,60}){1,3}
                  | \L<agencies>
                )\]
              | # Korean papers' credits in square brackets after the caption: an agency,
                # perhaps through another, or after a label and "=", perhaps with a note:
                # "[로이터=연합뉴스]", "[사진=연합뉴스]", "[연합뉴스 자료사진]"; or who lent
                # the picture, a label after it: "[목포해경 제공]"
                (?<=[.!?。][ ]|\w[ ])\[
                (?:(?P<label>\L<labels>)[ ]*=[ ]*)?
                (?P<sources>
                    (?:[^\[\]\n=]{1,20}=)?\L<agencies>
                  | [^\[\]\n=]{1,30}?(?=[ ]\L<labels>\])
                )
                (?:[ ]+(?:\L<notes>|(?P<label>\L<labels>)))?
                \]
              | # a courtesy credit: "Courtesy Google", "Photo courtesy of NASA",
                # "(Courtesy of the artist)", "Cortesía de la familia"
                (?:(?<=^|[.!?"”][ ]+)|\()(?=(?-i:\p{Lu}))
                (?P<label>(?:\L<labels>[ ]+)?\L<courtesy>)[ ]+
                (?P<sources>(?:the[ ]+)?(?=(?-i:\p{Lu}))[^:()\n]{1,80}?)\)?
              | # an agency run on to the caption's last word by a page's markup:
                # "… in New York.Reuters"; or an agency in capitals after it: "… Palma. EFE"
                (?<=\p{Ll}[.!?])(?P<sources>(?=(?-i:\p{Lu}))\L<agencies>)
              | (?<=\p{Ll}[.!?][ ])(?P<sources>(?=(?-i:\p{Lu}[\p{Lu}\-]+[ ]*\.?$))\L<agencies>)
              | # a website in brackets after the caption's last sentence:
                # "… campaign. (onmeth.com)"
                (?<=[.!?]["”’]?[ ])\((?P<sources>(?:www\.)?[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)*
                \.(?-i:[a-z]{2,6}))\)
              | # a picture agency alone after the caption's last sentence or a bar:
                # "… on Tuesday. Getty Images", "… Tuesday. AFP via Getty Images"
                (?<=\p{Ll}[.!?][ ]|[ ]\|[ ])
                (?P<sources>(?:\L<agencies>[ ]+via[ ]+)?\L<photo_agencies>)
              | # after a bar, an agency in capitals, or after the last sentence and a
                # bar, a name in capitals: "… in Tokyo | KYODO", "… in October. | JANE ROE"
                (?<=[ ]\|[ ])(?P<sources>(?=(?-i:[\p{Lu}\-]{2,}[ ]*$))\L<agencies>)
              | (?<=[.!?]["”’]?[ ]\|[ ])
                (?P<sources>(?-i:\p{Lu}[\p{Lu}\-'’.]+(?:[ ]\p{Lu}[\p{Lu}\-'’.]+){1,3}))
              | # an agency alone in brackets closing a caption with no stop, as Italian
                # and Indian pages print it: "… nel porto di Napoli (Ansa)", or a picture
                # agency, as British ones do: "… outside the harbour (Getty)"; or with a
                # label after it: "… in Mumbai. (PTI Photo)"
                (?<=[\p{L}\d][ ])\((?P<sources>\L<agencies>|\L<photo_agencies>)\)(?![ ]*\.)
              | (?<=[ ])\((?P<sources>\L<agencies>)[ ]+(?P<label>\L<labels>)\)
              | # in full-width brackets, as Japanese pages print it: "…乗客たち（共同）", or
                # after an equals sign: "…長崎県沖）＝共同"
                (?<=[\p{L}\d])（(?P<sources>\L<agencies>)）
              | (?<=[\p{L}\d)）])[＝=](?P<sources>\L<agencies>)
              | # a picture agency in brackets after the caption's last sentence:
                # "Ilustrasi kapal feri. (SHUTTERSTOCK)" (a news agency there is the story's)
                (?<=[.!?][ ])\((?P<sources>\L<photo_agencies>)\)
              | # a name and agency after the caption's last sentence:
                # "… near Delhi. Sanjeev Verma/Hindustan Times/Getty Images",
                # "… Antara Foto/Jane Roe/ via REUTERS"
                (?<=[.!?"”][ ])
                (?P<sources>
                    (?-i:\p{Lu})[^/.!?\n]{1,50}
                    (?:[ ]*/[ ]*(?:via[ ]+)?(?-i:\p{Lu})[^/.!?\n]{1,50}){1,3}
                )
            )
            # a gallery's show-less button may follow: "… (AP Photo/Jane Roe) less"
            [ ]*\.?(?:[ ]+(?P<toggle>\L<toggles>))?[ ]*$
            """,
            labels=lx.credit_labels,
            name_words=lx.credit_name_words,
            agencies=agencies,
            photo_agencies=_PHOTO_AGENCIES,
            courtesy=lx.courtesy_words,
            toggles=lx.toggle_words,
            notes=lx.caption_notes,
        ),
        # The words that join a label to a photographer's name ("di" in "Foto
        # di Marco Rossi"), and the last word of each label, case-folded: set
        # lookups over a line's last words tell whether such a credit may end it.
        credit_name_words=frozenset(w.casefold() for w in lx.credit_name_words),
        label_ends=frozenset(w.casefold().split()[-1] for w in lx.credit_labels if w.strip()),
        # The longest word of each courtesy phrase, case-folded: a line's tail
        # with none of these (nor another credit mark) holds no credit.
        courtesy_cues=tuple(
            sorted({max(w.casefold().split(), key=len) for w in lx.courtesy_words})
        ),
        # A credit label before a colon, an ellipsis or "by", as most credits
        # open ("Photograph:", "Credit...", "Photo by"). The search stops at
        # each of those marks only and looks back from it for a label, which
        # is many times faster than trying every label at every character.
        credit_cue=_compile(
            r"""
            (?::|\.{3}|…|[ ]by[ ])
            (?<=(?<!\p{L})\L<labels>(?:[ ]*(?::|\.{3}|…)|[ ]+by[ ]))
            """,
            labels=lx.credit_labels,
        ),
        # A courtesy phrase, which opens a credit with no label ("Courtesy Google").
        courtesy_cue=_compile(r"\L<courtesy>", courtesy=lx.courtesy_words),
        # A credit label alone on its line, its sources on the next: "Credit...", "Фото".
        credit_label_alone=_compile(
            r"^(?P<label>\L<labels>)[ ]*(?::|\.{3}|…)?$", labels=lx.credit_labels
        ),
        # A line of names and agencies split by slashes, the last one a photo
        # agency: "Sanjeev Verma/Hindustan Times/Getty Images".
        credit_names=_compile(
            r"""
            ^(?P<sources>
                (?-i:\p{Lu})[\p{L}\p{M}.'’&\- ]{1,50}?
                (?:[ ]*/[ ]*(?-i:\p{Lu})[\p{L}\p{M}.'’&\- ]{1,50}?)*
                [ ]*/[ ]*(?:\L<agencies>|(?-i:\p{Lu})[\p{L}\p{M}.'’&\- ]{0,40}?\L<photo>)
            )[ ]*$
            """,
            agencies=agencies,
            photo=_PHOTO_AGENCY_WORDS,
        ),
        bbc_image_source=_compile(
            r"^(?P<label>image[ ]source|source)[ ]*,[ ]*(?P<sources>.{1,120})$"
        ),
        # The BBC's earlier labels, with no comma, on one line or two: "Image copyright
        # Getty Images Image caption Crowds gathered …"
        bbc_image_copyright=_compile(
            r"""
            ^(?P<label>image[ ]copyright)[ ]*,?[ ]+
            (?:
                (?P<sources>.{1,120}?)[ ]+(?:image|media)[ ]caption[ ]*,?[ ]+(?P<text>\S.*)
              | (?P<sources>.{1,120})
            )$
            """
        ),
        bbc_image_caption=_compile(r"^(?:image|media)[ ]caption(?:[ ]*,[ ]*|[ ]+)(?P<text>\S.+)$"),
        # A text cut short over its show-more button: "… The Islanders ... more".
        collapsed=_compile(r"(?:\.\.\.|…)[ ]*\L<toggles>$", toggles=lx.toggle_words),
        # The buttons' words with a space before, case-folded, longest first: a
        # line ending in none of them is not cut short that way.
        toggle_tails=tuple(
            sorted((f" {w.casefold()}" for w in lx.toggle_words), key=len, reverse=True)
        ),
        # A read-more marker alone on its line: "READ MORE", "Mehr zum Thema:", "RELATED...".
        # Both read-more patterns open with a marker (or a site's "on example.com"),
        # which a gate tells before either runs.
        read_more_alone=Gated(
            _compile(r"^(?P<label>\L<markers>)[ ]*(?:[:|»›>]|\.\.\.|…)?$", markers=lx.read_more),
            Openings.of(lx.read_more),
        ),
        # An inline marker with its one link: "Read more: Why the Gulf Stream matters".
        read_more_inline=Gated(
            _compile(
                r"""
                ^(?:
                    (?P<label>\L<markers>)[ ]*(?:[:|»›>]|\p{Pd})
                  | # a marker that needs its link and colon: "MORE: Why the ferry stopped"
                    (?P<label>\L<inline>)[ ]*:
                  | # a teaser for the site's other pages: "On Example.com: Title",
                    # "Also on example.com Title"
                    (?P<label>(?:also[ ]+)?on[ ]+[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)*
                        \.(?:com|net|org|[a-z]{2}))
                    (?=[ ]*:|[ ]+(?-i:\p{Lu}))[ ]*:?
                )
                [ ]*(?P<link>\S.{0,300})$
                """,
                markers=lx.read_more,
                inline=lx.inline_read_more,
            ),
            Openings.of((*lx.read_more, *lx.inline_read_more, "on", "also")),
        ),
        # The end of a teaser the page cut short: "… users with Realtek Bluetooth...",
        # "… the number of players […]", "… unemployment is still ... Read More".
        teaser_cut=_compile(
            r"""
            (?:
                (?P<trails>[^\s.…](?:\.\.\.|…))  # cut at a length, as a story may trail off
              | [ ]\[(?:\.\.\.|…)\]  # an excerpt's mark
              | (?:[.!?…]|\.\.\.)[ ]+(?:\L<markers>)[ ]*[»›>→]?  # a link to the rest
            )$
            """,
            markers=lx.read_more,
        ),
        # The last word of each read-more marker, case-folded: a line ending in
        # none of them (or in a stop or a bracket) is no teaser cut short.
        marker_ends=frozenset(m.split()[-1].casefold() for m in lx.read_more if m.strip()),
        # A wire credit closing the last paragraph: "… relations. – Agencies".
        agency_tail=_compile(
            r"""
            (?:
                # a dash and the agencies: " – Agencies", " - Reuters/AP"
                (?<=\S)[ ]+(?P<dash>\p{Pd}{1,2})[ ]*
              | # a sentence end and a bracketed or bare agency: "… said. (AP)", "… said. PTI"
                (?<=[.!?"”’])[ ]+(?=\(|(?-i:\p{Lu}))
              | # one agency in brackets after a word in lower case, the stop perhaps after
                # it, as ANSA and EFE print it: "… ha detto l'assessore (ANSA)." (after a
                # name, "… said Agence France-Presse (AFP).", the brackets spell it out)
                (?=[ ]+\(\L<agencies>\)[ ]*\.?$)
                (?<=(?<![\p{L}\p{M}'’\-])(?-i:\p{Ll})[\p{L}\p{M}'’\-]*)[ ]+
            )
            # perhaps led in to: "(With inputs from agencies)", "(Mit Material von dpa)",
            # "Source: AAP"; perhaps with "the" ("— The Associated Press") or a wire's
            # regional desk after a slash ("(dpa/lni)")
            (?P<credit>\(?(?:\L<leads>[ ]+|(?=(?-i:\p{Lu}))(?:\L<sources>)[ ]*:[ ]*)?(?:the[ ]+)?
                (?P<agencies>\L<agencies>(?:[ ]*(?:,|/|and|&)[ ]*\L<agencies>){0,3})
                (?:/(?-i:\p{Ll}{2,5}))?\)?)
            [ ]*\.?$
            """,
            agencies=agencies,
            leads=lx.agency_leads,
            sources=lx.source_words,
        ),
        # A closing line that is only a credit: " Reuter", "(AP)", "© Reuters", "PTI".
        agency_line=_compile(
            r"""
            # a dash or a copyright (©, "Copyright", perhaps a year), and an editor's
            # initials before a slash: "jro/dpa", "(bbr/dpa)",
            # or the editors' initials before the agencies in brackets: "jr/th (dpa, AFP)"
            ^(?:\p{Pd}{1,2}[ ]*|(?:©|copyright(?:[ ]*©)?)[ ]*(?:\d{4}[ ]+)?)?
            (?:(?-i:\p{Ll}{2,4}(?:[ ]*/[ ]*\p{Ll}{2,4})+)[ ]+(?=\())?
            \(?(?:(?-i:\p{Ll}{2,4})[ ]*/[ ]*)?(?:\L<leads>[ ]+)?(?:the[ ]+)?
            (?P<agencies>\L<agencies>(?:[ ]*(?:,|/|and|&)[ ]*\L<agencies>){0,3})
            (?:/(?-i:\p{Ll}{2,5}))?\)?  # a regional desk: "(dpa/lni)"
            (?:[ ]+\d{4})?  # the year after a copyright's agency: "© Reuters 2024"
            # the wire's notice after its copyright: "© 2019 Associated Press. All Rights
            # Reserved. This material may not be published, broadcast, …"
            (?:[ ]*[.,]?[ ]*all[ ]rights[ ]reserved\b[^\n]{0,240})?
            [ ]*(?:\.{1,3})?$
            """,
            agencies=agencies,
            leads=lx.agency_leads,
        ),
        # A closing line naming the story's sources, one of them an agency:
        # "Source: Al Jazeera and news agencies", "SOURCE: News agencies".
        source_line=_compile(
            r"""
            ^(?:\L<sources>)[ ]*:[ ]*
            (?P<agencies>
                (?:(?-i:\p{Lu})[\p{L}.&'’\- ]{1,40}?[ ]*(?:,|/|and|&)[ ]*){0,3}
                \L<agencies>
                (?:[ ]*(?:,|/|and|&)[ ]*(?-i:\p{Lu})[\p{L}.&'’\- ]{1,40}?){0,3}
            )
            [ ]*\.?$
            """,
            sources=lx.source_words,
            agencies=agencies,
        ),
        # A line naming where a story came from, an agency or not: "Source: Harbourline".
        source_named=_compile(
            r"^(?:\L<sources>)[ ]*:[ ]*(?-i:\p{Lu})[^:\n]{1,60}$", sources=lx.source_words
        ),
        # The sources a time line names after the time: "… 10:31 Uhr Quelle: ZEIT ONLINE, dpa".
        source_tail=_compile(
            r"[ ]+(?:\L<sources>)[ ]*:[ ]*\S[^\n]{0,80}$", sources=lx.source_words
        ),
        # A dateline opening the first paragraph.
        dateline=_compile(
            rf"""
            (?P<lead>  # matched at a position, so no ^
                # The place (and date) is written once, before the alternatives;
                # a date alone goes before an agency: "Oct 26 (Reuters) -".
                # the country may follow in square brackets, as ANI prints it:
                # "New Delhi [India], Nov 19 (ANI):"
                (?:(?P<place>{_PLACE}(?:[ ]\[{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,2}}\])?)
                (?:[ ]*,[ ]*(?P<date>{_DAY_MONTH}(?:,?[ ]+\d{{4}})?
                      # the day alone before the agency, as Europa Press prints it:
                      # "MADRID, 5 (EUROPA PRESS)"
                      | \d{{1,2}}(?=[ ]*\()))?[ ]*
                  | (?P<date>{_DAY_MONTH})[ ]+(?=\()
                )?
                (?:
                    # a known agency: "LONDON, Sept 17 (Reuters)", "(CNN)", "Hannover (dpa)",
                    # perhaps its regional desk: "Potsdam (dpa/bb)"
                    # or its desk: "(CNN Business)", "(Reuters Health)"
                    \((?P<agency>\L<agencies>(?:[ ](?-i:\p{{Lu}}\p{{Ll}}{{2,15}}))?)
                    (?:/(?-i:\p{{Ll}}{{2,5}}))?\)
                    (?=[ ]*(?:{_DASH}|:)|[ ]*(?-i:\p{{Lu}})|\p{{Pi}}|["“‘])
                  | # another credit in brackets, when a dash follows: "(The Hollywood
                    # Reporter) --", "(Travel + Leisure) --", and a press-release
                    # wire's: "Maine--(BUSINESS WIRE)--"
                    (?:{_DASH})?\((?P<agency>(?-i:\p{{Lu}})[\p{{L}}.&+' ]{{1,40}}?)\)(?=[ ]*{_DASH})
                  | # a press-release wire between slashes: "Nov. 19, 2019 /PRNewswire/ --"
                    /(?P<agency>(?-i:\p{{Lu}})[\p{{L}}\- ]{{1,30}}?)/(?=[ ]*{_DASH})
                  | # TASS's: "МОСКВА, 5 марта. /ТАСС/.", "MOSCOW, March 5. /TASS/."
                    (?(date)\.[ ]*/(?P<agency>\L<agencies>)/\.(?=[ ]+(?-i:\p{{Lu}}))|(?!))
                  | # the old wire's place and date, no agency: "GREENSBORO, N.C., March 3 -"
                    (?(date)(?=[ ]*{_DASH}[ ])|(?!))
                )
            )
            (?P<dash>[ ]*(?:{_DASH}|:))?[ ]*
            (?(dash)(?:
                # the agency after the dash, as Russian wires print it: "МОСКВА, 19 ноя — РИА
                # Новости."
                (?P<agency>\L<agencies>)\.[ ]+(?=(?-i:\p{{Lu}}))
              | # the place and date after the agency, as ANSA prints them:
                # "(ANSA) - ROMA, 12 MAR -"
                (?(place)(?!))(?P<place>{_PLACE})[ ]*,[ ]*(?P<date>{_DAY_MONTH})
                (?P<dash>[ ]*{_DASH})[ ]*
            )?)
            """,
            agencies=agencies,
            months=lx.months,
        ),
        # A byline line: "By Jane Doe", "Von Jonas Keller, dpa", "By MARGARET HOLLIS".
        byline=_compile(
            rf"""
            ^(?P<word>\L<words>)[ ]+
            (?P<names>
                # a time word or month ends the names: "By Ravi Menon Updated Nov 13, …",
                # and so do "for" and "in" ("By Jane Roe For The Harbour Times") and a wire
                # as it spells itself, in capitals or in words ("By ANN PARK Associated
                # Press", "… AP Business Writer")
                {_CAP_WORD}
                (?:[ ]+(?!(?:\L<stamps>|\L<months>|for|in|(?-i:\L<wires>))\b)
                    (?:{_CAP_WORD}|{_PARTICLES})){{0,5}}
                # more authors after commas, when "and" names the last: "By Jane Roe,
                # Sam Lee and Ann Park" (else a comma opens the desk or role)
                (?:
                    (?=(?:,[ ]+{_BYLINE_NAME}){{1,4}}[ ]+(?:and|&|und|et|y|e)[ ])
                    (?:,[ ]+{_BYLINE_NAME}){{1,4}}
                )?
                # more authors after "and"
                (?:[ ]+(?:and|&|und|et|y|e)[ ]+{_CAP_WORD}
                    (?:[ ]+(?!(?-i:\L<wires>)\b){_CAP_WORD}){{0,4}}){{0,3}}
            )
            (?P<role>
                # a desk, a role or a place: ", BBC News", " | Fox News", " in Seoul",
                # " for The Harbour Times", or the author's handle: " (@janeroe)"
                [ ]*(?:,|\||\p{{Pd}}|·|•|\bin\b|\bfor\b|@|\((?=@))[ ]*.{{1,100}}
              | # the wires the author wrote with: " with AFP, AP • Updated: 19/11/2019"
                [ ]+(?:\L<leads>)[ ]+(?=(?-i:\L<wires>)\b).{{1,100}}
              | # a wire, as it spells itself: " Associated Press", " AP Business Writer"
                [ ]+(?=(?-i:\L<wires>)\b).{{1,100}}
              | # a time and section run on: " 2019-11-18T20:51:19Z Science", " Updated Nov. 19"
                [ ]+(?=\d|(?:\L<stamps>|\L<months>|on|at)\b).{{1,140}}
              | # the author's address and telephone: " jroe@example.com (555) 459-5382"
                [ ]+[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+.{{0,60}}
            )?$
            """,
            words=lx.byline_words,
            stamps=lx.timestamp_words,
            months=lx.months,
            roles=lx.role_words,
            leads=lx.agency_leads,
            # the wires a byline's names stop at: in capitals or of several words, as
            # no surname is ("By Michael Bloomberg" names him, not the wire)
            wires=tuple(a for a in agencies if a.isupper() or " " in a),
        ),
        # The Daily Mail's flattened header byline: "By . Jane Doe . PUBLISHED: …".
        byline_flat=_compile(
            r"""
            by[ ]+\.[ ]+  # matched at a position, so no ^
            # "and" may stand between stops of its own: "By . Jane Roe . and . Sam Lee ."
            (?P<names>[^.\n]{2,80}?(?:[ ]+\.[ ]+and[ ]+(?:\.[ ]+)?[^.\n]{2,60}?)?)
            [ ]+\.(?=[ ]|$)
            """
        ),
        # A byline naming no person: "Staff and agencies", or a newsroom with the
        # agencies it drew on, "Le Monde avec AFP", "The Harbour Times with AP".
        # It opens with a staff phrase or a byline word, or holds an agency's
        # lead-in or a desk: a gate tells before the pattern runs.
        staff_byline=Gated(
            _compile(
                rf"""
                ^(?P<names>
                    # "Redazione ANSA", "Staff and agencies in Athens"
                    \L<staff>(?:[ ]+\L<agencies>)?(?:[ ]+in[ ]+{_PLACE})?
                  | # a wire as a byline, as dpa writes itself: "Von dpa"
                    (?:\L<words>)[ ]+\L<agencies>(?:[ ]*(?:,|/|and|&)[ ]*\L<agencies>){{0,3}}
                  | (?-i:\p{{Lu}})[\p{{L}}\d.'’\-]{{0,30}}(?:[ ]+[\p{{L}}\d.'’\-]{{1,30}}){{0,3}}
                    [ ]+(?:\L<leads>)[ ]+\L<agencies>(?:[ ]*(?:,|/|and|&)[ ]*\L<agencies>){{0,3}}
                    # a newsroom's desk: "Guardian sport", "Express Web Desk", "ET Bureau"
                  | (?-i:\p{{Lu}}[\p{{L}}\d.'’&\-]{{0,30}}
                      (?:[ ]+\p{{Lu}}[\p{{L}}\d.'’&\-]{{0,30}}){{0,3}})
                    [ ]+\L<desks>(?:[ ]+in[ ]+{_PLACE})?
                )\.?$
                """,
                desks=lx.desk_words,
                staff=lx.staff_bylines,
                words=lx.byline_words,
                leads=lx.agency_leads,
                agencies=agencies,
            ),
            Openings.of((*lx.staff_bylines, *lx.byline_words)),
            tuple(sorted({w.casefold() for w in (*lx.agency_leads, *lx.desk_words)})),
        ),
        # A date or time in a timestamp line.
        timestamp_date=_compile(
            r"""
            (?:
                \b\d{1,2}(?:st|nd|rd|th)?\.?[ ]+\L<months>\.?(?:[ ]+\d{4})?\b  # 17 September 2023
              | \b\d{1,2}[ ]+de[ ]+\L<months>(?:[ ]+de[ ]+\d{4})?\b           # 5 de marzo de 2024
              | \b\L<months>\.?[ ]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]+\d{4})?\b  # March 5, 2024
              | \b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b                          # 05.01.2024
              | \b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z?)?\b           # 2019-11-18T20:51:19Z
              | \b\d{4}[./]\d{1,2}[./]\d{1,2}\b                              # 2019.11.19
              | (?:\b\d{4}年)?\d{1,2}月\d{1,2}日                                # 2019年11月19日
              | \b\d{1,2}時\d{1,2}分                                            # 17時12分
              | \b\d{1,2}[:.][0-5]\d(?:[ ]*[ap]\.?m\.?)?\b                   # 10.24, 4:12 PM
              | \b\d{1,2}h\d{2}\b                                             # 14h05
              | \b\d+[ ]+(?:minutes?|mins?|hours?|hrs?|days?)[ ]+ago\b         # 2 hours ago
            )
            """,
            months=lx.months,
        ),
        timestamp_word=_compile(r"^(?:\L<words>)\b[ ]*:?", words=lx.timestamp_words),
        # Flattened header times: "PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . …",
        # and a CNN Student News opening date, "March 10, 2015 .".
        timestamp_flat=_compile(
            r"""
            (?:  # matched at a position, so no ^
                (?:(?:\L<words>)[ ]*:[ ]*\.[ ]*[^.|\n]{3,60}?[ ]+\.[ ]*(?:\|[ ]*\.?[ ]*)?){1,3}
              | \L<months>[ ]+\d{1,2},[ ]+\d{4}[ ]+\.(?=[ ])
              | # "Last updated at 1:25 AM on 3rd August 2011 ."
                (?:\L<words>)[ ]+at[ ]+\d{1,2}:\d{2}[ ]*[ap]m
                [ ]+on[ ]+[^.|\n]{3,40}?\d{4}[ ]+\.(?=[ ])
            )
            """,
            words=lx.timestamp_words,
            months=lx.months,
        ),
        # A line that is only a person's name, perhaps with a role or a place:
        # "Aoife Brennan", "Helena Marsh in Lisbon", "Priya Natarajan, Consumer Tech Editor".
        name_line=_compile(
            rf"""
            ^(?P<names>{_CAP_WORD}(?:[ ]+{_CAP_WORD}){{1,3}}?  # the fewest words: a role may follow
               # each with a place: "Sam Roe in Madrid and Jane Doe in Athens"
               (?:[ ]+in[ ]+{_PLACE}(?=[ ]+(?:and|&)[ ]))?
               (?:[ ]+(?:and|&)[ ]+{_CAP_WORD}(?:[ ]+{_CAP_WORD}){{1,3}})?)
            (?:
                # a role or a wire after a comma, a bar or a spaced dash:
                # "Jane Roe, Reuters", "Jane Roe | Staff Writer", "Jane Roe - Staff Writer"
                (?:[ ]*(?:,|\|)[ ]*|[ ]+\p{{Pd}}[ ]+)(?P<role>[^,|\n]{{2,60}})
              | [ ]+in[ ]+(?P<place>{_PLACE})
              | # a role with nothing between: "Nadia Ferreira Economics correspondent"
                [ ]+(?P<role>(?:{_CAP_WORD}[ ]+){{0,3}}{_LOWER_WORDS}(?:\L<roles>)s?)
            )?$
            """,
            roles=lx.role_words,
        ),
        # A writer's role on a line of its own, under the name: "Economics correspondent",
        # "BBC News health correspondent", "Business reporter, BBC News".
        role_line=_compile(
            rf"^(?:{_CAP_WORD}[ ]+){{0,4}}{_LOWER_WORDS}(?:\L<roles>)s?(?:[ ]*,[ ]*{_PLACE})?$",
            roles=lx.role_words,
        ),
        # A byline in a script with no capitals, a name and the writer's role after it,
        # perhaps with an address: "홍길동 기자 hong@example.co.kr", "山田太郎記者".
        caseless_byline=_compile(
            r"""
            ^(?P<names>[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}]{2,5}
                (?:[ ][\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}]{2,5})?)
            [ ]?(?:\L<roles>)(?:[ ]+[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)?$
            """,
            roles=lx.role_words,
        ),
        # A closing line crediting people, a name after its lead: "Reporting by Jane Roe; …"
        # ("Reporting by local papers suggested …" is a sentence of the story).
        contributor_lead=_compile(
            r"^(?:\(|\p{Pd}{1,2}[ ]*)?(?:\L<leads>)[ ]*:?[ ]*(?-i:\p{Lu})",
            leads=lx.contributor_leads,
        ),
        # A bracketed note after the last sentence: "… failed. (Reporting by A; Editing by B)".
        contributor_note=_compile(
            r"(?<=[.!?\"”’][ ]+)\((?:\L<leads>)[ ]+(?-i:\p{Lu})[^()\n]{1,300}\)[ ]*$",
            leads=lx.contributor_leads,
        ),
        contributor_tail=_compile(
            r"\b(?:\L<tails>)\b[^.!?\n]{0,40}[.!?]?\)?$", tails=lx.contributor_tails
        ),
        boilerplate_line=_compile(
            r"^(?:\L<lines>|\L<ads>)[ ]*[:.!»›>]?$", lines=lx.boilerplate, ads=lx.ad_breaks
        ),
        ad_break=_compile(r"^(?:\L<ads>)[ ]*[:.!»›>]?$", ads=lx.ad_breaks),
        boilerplate_head=_compile(r"^(?:\L<heads>)\b", heads=lx.boilerplate_heads),
        # A short line that opens like furniture: "Share this on Facebook".
        # A "©" may come first: "© RIPRODUZIONE RISERVATA".
        boilerplate_start=_compile(r"^(?:©[ ]*)?(?:\L<starts>)\b", starts=lx.boilerplate_starts),
        # A promotional line's close: "… weekly newsletter. Sign up here."
        boilerplate_tail=_compile(
            r"(?:^|[.!?:][ ]+)(?:\L<tails>)[ ]*[.!]?$", tails=lx.boilerplate_tails
        ),
        # How far from a line's end such a close can begin: only that much is searched.
        boilerplate_tail_reach=max(map(len, lx.boilerplate_tails), default=0) + 16,
        # The last word of each such close, case-folded: a line ending in none of
        # them has none.
        tail_ends=frozenset(t.casefold().split()[-1] for t in lx.boilerplate_tails if t.strip()),
        # A line asking the reader to follow someone on a social network:
        # "Follow The Example Times Opinion section on Facebook and Instagram."
        follow=_compile(
            r"^(?:\L<follow>)\b[^\n]{0,200}?\b(?:\L<networks>)\b",
            follow=lx.follow_words,
            networks=_SOCIAL_NETWORKS,
        ),
        # Where a line of furniture can open: a line that matches none of these
        # is no read-more marker, heading, furniture line, footer, rule line or
        # opening of furniture, and one test tells (most lines are story text).
        furniture_gate=Openings.of(
            (
                *lx.read_more,
                *lx.boilerplate_heads,
                *lx.boilerplate,
                *lx.ad_breaks,
                *lx.boilerplate_starts,
                *lx.follow_words,
                "©",
                "ⓒ",
                "(c)",
                "copyright",
                "all rights reserved",
                "<저작권자",
                "[저작권자",
                "저작권자",
            ),
            symbols="_*=~#•·-–—",
        ),
        # A short line that speaks to the reader of what the page offers:
        # "Get the day's headlines in your inbox by subscribing to our newsletter."
        # A quotation is a story's, however it reads.
        prompt=_compile(
            r"""
            ^(?=.{1,250}$)(?![\"“‘'«„])
            (?=.*?\b(?:\L<reader>)\b)
            (?=.*?\b(?:\L<prompt>)\b)
            """,
            reader=lx.reader_words,
            prompt=lx.prompt_words,
        ),
        # The heading over readers' comments.
        comment_head=_compile(
            r"""
            ^(?:
                # a count first, perhaps a title after: "12 Comments", '10 thoughts on "…"'
                (?P<count>\d[\d,.]*)[ ]+(?:\L<heads>)(?:[ ]+\S.{0,200}?)?
              | # a count after: "Comments (12)"
                (?:\L<heads>)[ ]*\((?P<count>\d[\d,.]*)\)
              | # a heading of two words or more ("Comments" alone is a button)
                (?=\S+[ ]+\S)(?:\L<heads>)
            )[ ]*[:.…]*$
            """,
            heads=lx.comment_heads,
        ),
        # A press release's heading over its note on the issuer: "About Harbourline Ltd",
        # "Über Hafenwerk:"; a name of up to six words, the first with a capital.
        about_head=_compile(
            r"^(?:\L<heads>)[ ]+(?P<name>(?-i:\p{Lu})[^\s:]*(?:[ ]+[^\s:]+){0,5})[ ]*:?$",
            heads=lx.about_heads,
        ),
        # A caption with no credit that ends with a note: "(file photo)", "(foto d'archivio)".
        # Or a video's caption, with when it was published: "(Published Monday, Nov. 18, 2019)".
        caption_note=_compile(
            r"[ ]\((?:\L<notes>|(?:\L<stamps>)[ ]+[^()\n]{0,40}?\d{4})\)[ ]*\.?$",
            notes=lx.caption_notes,
            stamps=lx.timestamp_words,
        ),
        # A caption with no credit that opens with where the picture is: "Above: A coworking space".
        caption_lead=_compile(r"^(?:\L<leads>)[ ]*:[ ]+\S", leads=lx.caption_leads),
        # A publisher footer: "© 2024 Example Media", "Copyright 2019 Example Ltd."
        # A copyright line: "© 2024 Example Media", "Copyright © 2019, Example Times |
        # Terms of Service", "© Example Newspapers Ltd 2024", "© Example US, Inc. 11 West
        # 42nd Street", "All rights reserved © 2019 Example Media".
        footer=_compile(
            r"""
            # a Korean site's notice opens with its word for the holder, in brackets:
            # "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"
            ^[<\[]?(?:저작권자[ ]*)?
            (?:all[ ]rights[ ]reserved[ ]*[.,]?[ ]*)?(?:copyright[ ]*)?(?:©|ⓒ|\(c\)|copyright\b)[ ]*
            (?:copyright[ ]+)?  # "© Copyright 2019, Example Review"
            (?:
                \d{4}(?:[ ]?[-–][ ]?\d{2,4})?\b.{0,400}  # the year first: "© 2005 - 2019 …"
              | [^\n]{1,80}?[ ](?:19|20)\d{2}\.?  # the year last
              | [^\n]{1,60}?\b(?:inc|ltd|llc|plc|gmbh|corp|pty)\b.{10,200}  # a company's address
              | [^\n]{0,100}무단[ ]?전재[^\n]{0,60}  # "reproduction without leave forbidden"
            )$
            """
        ),
    )
