"""Image captions and their photo credits."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from newsparse._patterns import Patterns
from newsparse._source import Block
from newsparse.model import DataValue, Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import is_timestamp
from newsparse.rules._shape import (
    carries_on,
    closes_sentence,
    end_button,
    ends_sentence,
    free_lines,
    has_blank_line_layout,
    is_running_text,
    is_title_like,
    is_wrapped_paragraph,
    word_count,
)
from newsparse.rules.read_more import is_marker_line

# Captions are short; longer lines are never searched for a credit.
_MAX_CAPTION = 700
# How far from the end of a line a credit can begin, and the marks that every
# credit shape holds: a slash, ©, "via", or a colon, an ellipsis or "by" after
# a credit label (or a courtesy word, from the lexicon).
_CREDIT_REACH = 240
_CREDIT_MARKS = ("/", "©", "(c)", " via ", " | ")
_LABEL_CUES = (":", "…", "...", " by ")
# How many credits, each starting further right, a line's tail is tried for.
_CREDIT_TRIES = 3
# Or an agency run on to the last word by a page's markup ("… in New York.Reuters"),
# or set after it in capitals ("… in Palma. EFE"), or after a label in any case
# ("… notte. Foto ANSA", "… a Roma. Foto Ansa").
_GLUED_CREDIT = regex.compile(
    r"""\p{Ll}[.!?](?:
        \p{Lu}[\p{L}\-]+                       # run on: "… York.Reuters"
      | [ ]\p{Lu}[\p{Lu}\-]+\.?                # in capitals: "… Palma. EFE"
      | [ ](?:\p{Lu}\p{Ll}+|iStock)            # a picture agency: "… Tuesday. Getty"
      | [ ]\p{Lu}\p{Ll}+[ ]\p{Lu}[\p{L}\-]+\.?  # a label and a name: "… Roma. Foto Ansa"
    )$""",
    regex.VERBOSE,
)
# A credit in brackets that holds no credit mark, ending the line: after the
# last sentence, a website ("… campaign. (onmeth.com)") or a source and the
# photographer ("(Reuters: Jane Roe)"); or a word or two, a capital first, an
# agency perhaps with a label after it ("… porto di Napoli (Ansa)", "… in
# Mumbai. (PTI Photo)").
_BRACKETED_CREDIT = regex.compile(
    r"(?:[.!?][\"”’]?[ ]\((?:(?:www\.)?[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,6}"
    r"|\p{Lu}[^():\n]{1,30}:[ ]*\p{Lu}[^():\n]{1,60})"
    r"|[ ]\(\p{Lu}[\p{L}\-]{1,25}(?:[ ]\p{L}{3,12})?)\)$"
)
# A name in square brackets closing the line after a word or a sentence, an
# agency's perhaps: "… the ferry capsized [AFP]", "… 있다. [연합뉴스 자료사진]"
# (the credit pattern tells).
_SQUARE_BRACKETED = regex.compile(r"(?:\w|[.!?。])[ ]\[[\p{Lu}\p{Lo}][^\[\]\n/]{1,30}\]$")
# The same in full-width brackets, as Japanese pages print it: "…乗客たち（共同）".
_FULL_WIDTH_WORDS = regex.compile(r"（[^（）\s]{1,12}）$")
# A line that opens with a dash signs the quote above it.
_DASH_OPENING = regex.compile(r"\p{Pd}")
# A caption has a word of two letters or more in it.
_HAS_WORD = regex.compile(r"\p{L}{2}")
# A line pasted twice is a caption only when it is caption-sized.
_MAX_REPEAT = 320
# Where a credit's sources split: "/", ",", ";", "=", " via ", " and ".
_SOURCE_SPLIT = regex.compile(r"\s*(?:/|,|;|:|=|\bvia\b|\band\b|\|)\s*", regex.IGNORECASE)
# A sentence break inside a would-be credit means it is running text instead.
# An initial ("Jeffrey T. Barnes") is not a sentence end; a word in capitals
# after a stop opens the next sentence or credit ("… 2024. REUTERS/Jane Roe"),
# and so does a bracket ("… on Monday. (Jane Roe/AFP)").
_SENTENCE_BREAK = regex.compile(r"(?<!\b\p{Lu})[.!?][\"”’]?\s+\(?\p{Lu}[\p{Ll}\p{Lu}]")


def split_sources(text: str) -> tuple[str, ...]:
    """Split a credit's sources on ``/``, ``,``, ``;``, `` via `` and `` and ``.

    Examples:
        >>> split_sources("Korean Central News Agency/Korea News Service/AP")
        ('Korean Central News Agency', 'Korea News Service', 'AP')
        >>> split_sources("Damian Dovarganes, AP")
        ('Damian Dovarganes', 'AP')
    """
    parts = (" ".join(p.split()).strip(" .()[]") for p in _SOURCE_SPLIT.split(text))
    return tuple(p for p in parts if p)


# A gallery's or a video's title after its label links to it; it credits no
# one ("Photos: Crossgates Mall through the years", "Video: Signing Day 2019").
# A credit names people and agencies: no figures, and no word in lower case
# but those that join names.
_MEDIA_LABELS = frozenset({"photos", "video", "videos"})
_NAME_JOINS = frozenset(
    {"and", "of", "the", "for", "by", "via", "from", "de", "da", "di", "del", "van", "von", "la"}
)
_TITLE_WORDS = 3


def _media_title(label: str | None, sources: str) -> bool:
    """Whether ``Photos:`` or ``Video:`` is followed by a title rather than its sources."""
    if label is None or label.casefold() not in _MEDIA_LABELS or "/" in sources:
        return False
    words = sources.split()
    # A word all in lower case; a name may open with one ("iStock").
    return len(words) >= _TITLE_WORDS and any(
        word[:1].isdigit() or (word.islower() and word not in _NAME_JOINS) for word in words
    )


def _credit_data(match: regex.Match[str], offset: int) -> dict[str, DataValue] | None:
    """The data of a caption whose credit ``match`` was found at ``offset``."""
    sources = match.group("sources") or ""
    if word_count(sources) > 14 or _SENTENCE_BREAK.search(sources):
        return None
    label = match.group("label")
    if _media_title(label, sources):
        return None
    if label in ("©", "(c)", "(C)"):
        label = None
    data: dict[str, DataValue] = {
        "credit_start": offset + match.start("credit"),
        "sources": split_sources(sources),
    }
    if label:
        data["label"] = " ".join(label.split())
    if match.group("toggle"):  # the button is no part of the credit
        data["credit_end"] = offset + match.end("credit")
    before = match.string[: match.start("credit")].rstrip()
    if _spelled_out(before, sources):
        return None  # "… spoke to the Associated Press (AP)": a name, not a credit
    if before.endswith("|"):  # a bar sets the credit apart: no part of the caption's text
        if "|" in before[:-1]:
            return None  # a row of items split by bars is a menu, not a caption
        data["text_end"] = offset + len(before) - 1
    return data


def _spelled_out(before: str, sources: str) -> bool:
    """Whether ``sources`` is made of the initials of the words before it.

    Examples:
        >>> _spelled_out("The ministry spoke to the Associated Press", "AP")
        True
        >>> _spelled_out("Un traghetto fermo nel porto di Napoli", "Ansa")
        False
    """
    if not 2 <= len(sources) <= 6 or not sources.isalpha():
        return False
    tail = _INITIAL_WORDS.split(before[-80:])
    initials = "".join(word[0] for word in tail if word[:1].isupper())
    return initials.endswith(sources.upper())


_INITIAL_WORDS = regex.compile(r"[\s\-]+")


def _unmarked_credit_end(text: str) -> bool:
    """Whether ``text`` may end with a credit that holds none of the credit marks.

    A glued agency ends the line with a letter or a stop after capitals (most
    lines end with a stop after a lower-case word); a website, a source and
    the photographer, or an agency, in brackets (full-width ones in Japanese,
    square ones at Al Jazeera) ends it with a bracket; a Japanese paper puts
    its agency after an equals sign.
    """
    if text.endswith("）"):
        return _FULL_WIDTH_WORDS.search(text[-16:]) is not None
    if "＝" in text[-12:] or "=" in text[-12:]:
        return True  # an agency after an equals sign: "…長崎県沖）＝共同"
    if text.endswith(")"):
        return _BRACKETED_CREDIT.search(text[-100:]) is not None
    if text.endswith("]"):
        return _SQUARE_BRACKETED.search(text[-40:]) is not None
    return bool((text[-1:].isalpha() or text[-2:-1].isupper()) and _GLUED_CREDIT.search(text[-40:]))


# A credit joined by a word for "by" ends its line within this many words: a
# label, the word, a name of up to four words and an agency after a slash.
_NAME_CREDIT_WORDS = 8


def _label_over_name(pats: Patterns, text: str) -> bool:
    """A label and its word for "by" among the line's last words: ``… Foto di Marco Rossi``."""
    # The name ends the line: most lines end with a word in lower case.
    last = text[text.rfind(" ") + 1 :].lstrip("(")
    if not pats.credit_name_words or not last[:1].isupper():
        return False
    words = text.rsplit(None, _NAME_CREDIT_WORDS)[-_NAME_CREDIT_WORDS:]
    return any(
        word.casefold() in pats.credit_name_words
        and words[k - 1].lstrip("([").casefold() in pats.label_ends
        for k, word in enumerate(words)
        if k
    )


def _credited(pats: Patterns, doc: Document, line: Span) -> Claim | None:
    """A caption claim for ``line`` when it ends with a photo credit."""
    text = doc.text(line)
    if len(text) > _MAX_CAPTION:
        return None
    # A credit is short and ends the line, so only the line's tail is searched,
    # and only when it holds one of the marks every credit shape has.
    tail_start = max(0, len(text) - _CREDIT_REACH)
    tail = text[tail_start:].lower()
    # A colon or "by" is common in running text: only one after a credit
    # label counts, which a small pattern tells before the large one runs.
    marked = (
        any(mark in tail for mark in _CREDIT_MARKS)
        or (
            any(cue in tail for cue in _LABEL_CUES)
            and pats.credit_cue.search(text, tail_start) is not None
        )
        or (
            any(cue in tail for cue in pats.courtesy_cues)
            and pats.courtesy_cue.search(text, tail_start) is not None
        )
        or _label_over_name(pats, text)
    )
    if not marked and not _unmarked_credit_end(text):
        return None
    # The leftmost credit may swallow a sentence ("Photo illustration by Slate.
    # Photo by Jane Roe."); then a credit starting further right is tried.
    # When the line opened with the credit that failed, the whole line is
    # credits, and it starts where the line does.
    pos = tail_start
    opens_with_credit = False
    for _ in range(_CREDIT_TRIES):
        match = pats.credit.search(text, pos)
        if match is None:
            return None
        data = _credit_data(match, line.start)
        if data is not None and is_timestamp(pats, text[: match.start("credit")].rstrip()):
            return None  # a time line with its sources: "… 10:31 Uhr Quelle: dpa"
        if data is not None:
            if opens_with_credit:
                data["credit_start"] = line.start
            return Claim("caption", line, data)
        opens_with_credit = (
            pos == 0
            and match.start("credit") == 0
            and bool(match.group("label"))
            and _names_first(match.group("sources") or "")
        )
        pos = match.start("credit") + 1
    return None


def _names_first(sources: str) -> bool:
    """Whether a would-be credit's sources name someone before their first sentence break.

    ``Slate. Photo by Jane Roe`` does (a line of two credits); ``A ferry
    leaves the harbour on Monday. (Jane Roe/AFP)`` is a caption's sentence
    after its label, with its credit after it.
    """
    first = _SENTENCE_BREAK.split(sources, maxsplit=1)[0]
    return sum(1 for word in first.split() if word[:1].islower()) <= 1


def _caption_above(
    doc: Document, block: Block, lines: list[Span], i: int, taken: set[int]
) -> Span | None:
    """The caption-sized free line right above line ``i`` in its block, if any."""
    if i == 0 or lines[i - 1].start in taken or len(lines[i - 1]) > _MAX_REPEAT:
        return None
    if not _HAS_WORD.search(doc.text(lines[i - 1])):
        return None  # a counter ("84.1K", "2") over a credit is no caption
    return lines[i - 1] if block.follows(lines[i - 1], lines[i]) else None


def _under_caption(
    doc: Document, block: Block, lines: list[Span], i: int, credit: Claim, *, taken: set[int]
) -> Claim:
    """A credit standing on its own line(s) from line ``i``, with the caption right above it.

    The caption and its credit are one caption, all their lines; with no
    caption above, the credit is a caption of its own.
    """
    above = _caption_above(doc, block, lines, i, taken)
    if above is None:
        return credit
    taken.add(above.start)
    return Claim("caption", Span(above.start, credit.span.end), credit.data)


def _credit_line_below(
    pats: Patterns, doc: Document, block: Block, lines: list[Span], i: int
) -> Claim | None:
    """The credit-only line right under line ``i`` in its block, as a caption claim."""
    if i + 1 >= len(lines) or not block.follows(lines[i], lines[i + 1]):
        return None
    below = _credited(pats, doc, lines[i + 1])
    if below is None or below.get_int("credit_start") != lines[i + 1].start:
        return None
    return below


# A credit printed apart from its caption is a short line, and a label
# alone on its line shorter still.
_MAX_CREDIT_LINE = 150
_MAX_LABEL = 40


def _credit_apart(
    pats: Patterns, doc: Document, block: Block, lines: list[Span], i: int
) -> tuple[Claim, int] | None:
    """A credit that stands on its own lines, and how many lines it takes.

    It is a slash-separated list of names ending with a photo agency
    (``Sanjeev Verma/Hindustan Times/Getty Images``), or a label alone on a
    line over its sources (``Credit...`` / ``Doug Mills/The New York Times``).
    """
    line = lines[i]
    if len(line) > _MAX_CREDIT_LINE:
        return None
    text = doc.text(line)
    names = pats.credit_names.match(text) if "/" in text else None
    if names is not None and not _SENTENCE_BREAK.search(names.group("sources")):
        found: dict[str, DataValue] = {
            "credit_start": line.start,
            "sources": split_sources(names.group("sources")),
        }
        return Claim("caption", line, found), 1
    label = pats.credit_label_alone.match(text) if len(text) <= _MAX_LABEL else None
    if label is None or i + 1 >= len(lines) or not block.follows(line, lines[i + 1]):
        return None
    below = doc.text(lines[i + 1])
    if len(below) > _MAX_CREDIT_LINE or ends_sentence(below) or word_count(below) > 12:
        return None
    data: dict[str, DataValue] = {
        "credit_start": line.start,
        "label": label.group("label"),
        "sources": split_sources(below),
    }
    return Claim("caption", Span(line.start, lines[i + 1].end), data), 2


# A caption over a bare credit is one sentence; the credit a name of a few words.
_MAX_BARE_CAPTION_WORDS = 30
_MAX_BARE_CREDIT = 40


def _bare_credit(doc: Document, block: Block) -> Claim | None:
    """A block of a one-sentence caption over a credit with no label.

    In a page laid out with blank lines, a block of two lines between
    paragraphs, a sentence and under it only a name (``Berkeley Earth``,
    ``Getty Images``), or a photographer and an outlet split by a bar
    (``Jane Roe | CNBC``), is a figure's caption and credit: a subhead would
    come before its paragraph, not close a block.
    """
    if len(block.lines) != 2 or not has_blank_line_layout(doc) or not doc.is_free(block):
        return None
    index = block.index
    if index == 0 or index + 1 >= len(doc.blocks):
        return None
    above, name = block.lines
    text, credit = doc.text(above), doc.text(name)
    if (
        len(credit) > _MAX_BARE_CREDIT
        or not closes_sentence(text)
        or word_count(text) > _MAX_BARE_CAPTION_WORDS
        or _SENTENCE_BREAK.search(text)
    ):
        return None
    pats = doc.patterns
    if " | " in credit:  # a photographer and the outlet: "Jane Roe | CNBC"
        sources = tuple(part.strip() for part in credit.split(" | "))
        if len(sources) != 2 or not _name_and_outlet(pats, *sources):
            return None
    elif _bare_name(pats, credit) or pats.agency_line.match(credit):
        sources = (credit,)
    else:
        return None
    if not _between_paragraphs(doc, block):
        return None  # a caption stands between paragraphs
    data: dict[str, DataValue] = {"credit_start": name.start, "sources": sources}
    return Claim("caption", block.span, data)


def _bare_name(pats: Patterns, text: str) -> bool:
    """A name alone, with no role or place: a photographer's, or an agency's."""
    named = pats.name_line.match(text)
    return named is not None and not (named.group("role") or named.group("place"))


def _name_and_outlet(pats: Patterns, name: str, outlet: str) -> bool:
    """A person's name (two words or more) and an outlet's, in capitals or Title Case."""
    return (
        len(name.split()) >= 2
        and _bare_name(pats, name)
        and (pats.agency_line.match(outlet) is not None or _OUTLET.fullmatch(outlet) is not None)
    )


# An outlet's name: one to four capitalised words ("CNBC", "The Harbour Times").
_OUTLET = regex.compile(r"\p{Lu}[\p{L}\d&.'’\-]*(?:[ ]\p{Lu}[\p{L}\d&.'’\-]*){0,3}")


def _credit_alone(doc: Document, block: Block) -> Claim | None:
    """A photographer's name and outlet alone between two paragraphs: a credit-only caption.

    ``Hollis Johnson/Business Insider``, as a page prints a figure's credit
    with no caption. A breadcrumb (``World News/Europe``) has the shape, but
    stands over the story, not between its paragraphs.
    """
    if len(block.lines) != 1 or not has_blank_line_layout(doc) or not doc.is_free(block):
        return None
    index = block.index
    if index == 0 or index + 1 >= len(doc.blocks) or len(block.span) > _MAX_BARE_CREDIT:
        return None
    text = doc.text(block.span)
    if "/" not in text or _NAME_OVER_OUTLET.fullmatch(text) is None:
        return None
    if not _between_paragraphs(doc, block):
        return None
    data: dict[str, DataValue] = {"credit_start": block.start, "sources": split_sources(text)}
    return Claim("caption", block.span, data)


def _between_paragraphs(doc: Document, block: Block) -> bool:
    """Whether running text ends the block above ``block`` and opens the one below.

    The caller has checked that ``block`` is neither the first nor the last.
    """
    before, after = doc.blocks[block.index - 1], doc.blocks[block.index + 1]
    return is_running_text(before.line_text(len(before.lines) - 1)) and is_running_text(
        after.line_text(0)
    )


# A person's name (two or three words in Title Case, perhaps an initial) and
# an outlet after a slash: "Hollis Johnson/Business Insider".
_NAME_OVER_OUTLET = regex.compile(
    r"\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ ]\p{Lu}\.)?(?:[ ]\p{Lu}\p{Ll}[\p{L}'’\-]*){1,2}"
    r"[ ]?/[ ]?\p{Lu}[\p{L}&.'’\-]*(?:[ ]\p{Lu}[\p{L}&.'’\-]*){0,4}"
)


def _noted(pats: Patterns, doc: Document, line: Span) -> Claim | None:
    """A caption with no credit.

    It ends with a note such as ``(file photo)``, or opens with where the
    picture is (``Above: …``).
    """
    if len(line) > _MAX_REPEAT:
        return None
    text = doc.text(line)
    # A note ends the line with ")" or ")."; a lead has a colon near the start.
    noted = text.rstrip(" .").endswith(")") and pats.caption_note.search(text) is not None
    if not noted and (":" not in text[:40] or pats.caption_lead.match(text) is None):
        return None
    return Claim("caption", line)


def _expanded(pats: Patterns, doc: Document, block: Block, line: Span) -> Claim | None:
    """A gallery's caption in full over its copy cut short, each with its button.

    ``… in Los Angeles. less`` over ``… unveil the car at ... more``: the full
    one is the caption, the cut copy is the page's furniture.
    """
    text = doc.text(line)
    button = end_button(pats, text) if len(text) <= _MAX_CAPTION else None
    if button is None:
        return None
    below = block.line_after(line)
    if below is None:
        return None
    cut = doc.text(below)
    if pats.collapsed.search(cut) is None or cut[:40] != text[:40]:
        return None
    return Claim("caption", line, {"text_end": line.end - len(button)})


# A BBC caption line opens "Image caption, …", or "Media caption, …" under a video.
_BBC_HEADS = ("image ", "media ")


def _bbc_pair(pats: Patterns, doc: Document, lines: list[Span], i: int) -> tuple[Claim, int] | None:
    """BBC copy: ``Image source, X`` and/or ``Image caption, Y`` lines as one caption.

    The BBC's earlier labels, ``Image copyright X Image caption Y``, on one line
    or two, are one caption too, and so is a video's ``Media caption, Y`` line.
    """
    text = doc.text(lines[i])
    head = text[:6].lower()
    if is_bbc_label(text):
        return _bbc_labels_apart(doc, lines, i)
    source = pats.bbc_image_source.match(text) if head in ("image ", "source") else None
    if source is not None and source.group("label").lower() != "image source":
        source = None
    if source is None and head == "image ":
        source = pats.bbc_image_copyright.match(text)
    if source is not None:
        credit: dict[str, DataValue] = {
            "credit_start": lines[i].start,
            "credit_end": lines[i].start + source.end("sources"),
            "label": source.group("label").capitalize(),
            "sources": split_sources(source.group("sources")),
        }
        if source.groupdict().get("text"):  # the caption on the credit's line
            text_start = lines[i].start + source.start("text")
            return Claim("caption", lines[i], {**credit, "text_start": text_start}), 1
        if i + 1 < len(lines):
            caption = pats.bbc_image_caption.match(doc.text(lines[i + 1]))
            if caption is not None:
                span = Span(lines[i].start, lines[i + 1].end)
                text_start = lines[i + 1].start + caption.start("text")
                return Claim("caption", span, {**credit, "text_start": text_start}), 2
        return Claim("caption", lines[i], {**credit, "text_start": lines[i].end}), 1
    caption = pats.bbc_image_caption.match(text) if text[:6].lower() in _BBC_HEADS else None
    if caption is not None:
        return Claim("caption", lines[i], {"text_start": lines[i].start + caption.start("text")}), 1
    return None


# The BBC's labels alone on their lines, each over its value, as some copies
# print them: "Image copyright" / "Getty Images" / "Image caption" / "Crowds …".
_BBC_CREDIT_ALONE = ("image copyright", "image source")
_BBC_CAPTION_ALONE = ("image caption", "media caption")
_BBC_LABELS_ALONE = frozenset((*_BBC_CREDIT_ALONE, *_BBC_CAPTION_ALONE))


def is_bbc_label(text: str) -> bool:
    """A BBC image label alone on its line, over its value (``Image caption``)."""
    return text.lower() in _BBC_LABELS_ALONE


def _bbc_labels_apart(doc: Document, lines: list[Span], i: int) -> tuple[Claim, int] | None:
    """A BBC credit label over its sources, a caption label over its text, or both.

    The label lines and their values make one caption; a label with no line
    under it is left alone.
    """
    used = 0
    data: dict[str, DataValue] = {}
    if doc.text(lines[i]).lower() in _BBC_CREDIT_ALONE:
        if i + 1 >= len(lines):
            return None
        sources = lines[i + 1]
        data = {
            "credit_start": lines[i].start,
            "credit_end": sources.end,
            "label": doc.text(lines[i]).capitalize(),
            "sources": split_sources(doc.text(sources)),
            "text_start": sources.end,
        }
        used = 2
    j = i + used
    if j + 1 < len(lines) and doc.text(lines[j]).lower() in _BBC_CAPTION_ALONE:
        data["text_start"] = lines[j + 1].start
        used += 2
    if not used:
        return None
    return Claim("caption", Span(lines[i].start, lines[i + used - 1].end), data), used


# How many lines under a title printed twice its time line may stand.
_TITLE_TO_TIME = 4


def _over_time_line(doc: Document, line: Span) -> bool:
    """A time line stands within a few lines below ``line``, with no running text between."""
    block = doc.block_at(line.start)
    if block is None:
        return False
    # Only the next few lines are read: long blocks are not copied for each title.
    after = block.line_index(line.start) + 1
    following = (s for b in doc.blocks[block.index + 1 : block.index + 3] for s in b.lines)
    below = itertools.chain(block.lines[after : after + _TITLE_TO_TIME], following)
    for span in itertools.islice(below, _TITLE_TO_TIME):
        text = doc.text(span)
        if is_timestamp(doc.patterns, text):
            return True
        if is_running_text(text):
            return False
    return False


def _repeats(doc: Document, blocks: tuple[Block, ...]) -> Iterator[tuple[Span, Span]]:
    """Pairs of adjacent identical lines: a caption pasted twice (alt text and caption).

    Only a pair counts: three or more copies in a row are repeated text, not a
    caption. Lines under a read-more marker are related links, never captions,
    and so is a pair with running text right under it in its block: a
    teaser's title printed twice over its summary.
    """
    read_more = doc.patterns.read_more_alone
    run: list[Span] = []

    def same(a: Span, b: Span) -> bool:
        # A copy pasted twice is laid out alike: a wire paragraph's indented first
        # line and the unindented line under it are no pair, however they read.
        return len(a) == len(b) and doc.text(a) == doc.text(b) and indent(a) == indent(b)

    def indent(line: Span) -> int:
        start = line.start
        while start > 0 and doc.source[start - 1] in " \t":
            start -= 1
        return line.start - start

    def pair(lines: list[Span]) -> Iterator[tuple[Span, Span]]:
        if len(lines) != 2 or len(lines[0]) > _MAX_REPEAT:
            return
        text = doc.text(lines[0])
        if word_count(text) >= 3 and "\t" not in text:  # a table's header is no caption
            yield lines[0], lines[1]

    for block in blocks:
        if len(block.lines) > 1 and read_more.match(block.line_text(0)):
            yield from pair(run)
            run = []
            continue
        for i, line in enumerate(block.lines):
            if i and carries_on(block.line_text(i - 1), block.line_text(i)):
                # A line carrying on the sentence above is wrapped prose, and so is
                # that line: two wrapped lines may read alike ("harbour. The
                # harbour opened …") without being a caption pasted twice.
                run = []
                continue
            if run and same(run[-1], line):
                run.append(line)
            else:
                if run and (run[-1].end < block.start or not is_running_text(doc.text(line))):
                    yield from pair(run)  # not a title over its summary
                run = [line]
        if len(block.lines) > 1:
            yield from pair(run)
            run = []
    yield from pair(run)


# How long a closing line naming the sources is, and how much of a last
# paragraph's end a wire credit is looked for in.
_CLOSING_SOURCES = 120


def _closing_sources(doc: Document) -> int | None:
    """Where the text's last line starts when it names the story's sources.

    ``Source: Al Jazeera and news agencies`` and ``… said. AFP`` read like
    credits, but closing the text they credit the story: they are left for
    the ``agency_credit`` rule (and a source that is no agency, ``Source:
    Harbourline`` under a blog's post, for the body).
    """
    pats = doc.patterns
    for block in reversed(doc.blocks):
        free = doc.free_spans(block)
        if not free or is_marker_line(pats, block.line_text(0)):
            continue  # claimed, or a marker and its links, which the read_more rule takes
        last = next(line for line in reversed(block.lines) if line.start < free[-1].end)
        text = doc.text(last)
        if len(text) <= _CLOSING_SOURCES and (
            pats.source_line.match(text)
            or pats.source_named.match(text)
            or pats.agency_line.match(text)
        ):
            return last.start
        tail = max(last.start, last.end - _CLOSING_SOURCES)
        return last.start if pats.agency_tail.search(doc.source, tail, last.end) else None
    return None


def caption(doc: Document) -> Iterator[Claim]:
    """Claim image captions.

    Lines that end with a photo credit, BBC image lines, credit-only lines,
    a sentence over a bare name between two paragraphs of a page, and lines
    pasted twice are captions. The credit's label and sources are attached
    for the :class:`~newsparse.Caption` view.
    """
    pats = doc.patterns
    taken: set[int] = set()
    sources = _closing_sources(doc)
    for block in doc.blocks:
        bare = _bare_credit(doc, block) or _credit_alone(doc, block)
        if bare is not None:
            yield bare
            continue
        lines = free_lines(doc, block)
        # A paragraph wrapped at a fixed width is running text: only its last
        # line may end with a credit. Two lines are as often a caption over
        # its paragraph, pasted with one line break, and both are read.
        i = len(lines) - 1 if len(lines) > 2 and is_wrapped_paragraph(doc, block) else 0
        while i < len(lines):
            if lines[i].start == sources:
                i += 1  # the story's sources, for the agency_credit rule
                continue
            pair = _bbc_pair(pats, doc, lines, i)
            if pair is not None:
                claim, used = pair
                taken.update(line.start for line in lines[i : i + used])
                yield claim
                i += used
                continue
            apart = _credit_apart(pats, doc, block, lines, i)
            if apart is not None:
                credit, used = apart
                taken.update(line.start for line in lines[i : i + used])
                yield _under_caption(doc, block, lines, i, credit, taken=taken)
                i += used
                continue
            claim_ = _credited(pats, doc, lines[i])
            if claim_ is None:
                claim_ = _noted(pats, doc, lines[i]) or _expanded(pats, doc, block, lines[i])
                below = _credit_line_below(pats, doc, block, lines, i) if claim_ else None
                if claim_ is not None and below is not None:
                    # A caption, then its credit alone on the next line: one caption.
                    taken.update((lines[i].start, lines[i + 1].start))
                    yield Claim("caption", Span(lines[i].start, lines[i + 1].end), below.data)
                    i += 2
                    continue
            if claim_ is not None:
                taken.add(lines[i].start)
                if claim_.get_int("credit_start") == lines[i].start:
                    claim_ = _under_caption(doc, block, lines, i, claim_, taken=taken)
                yield claim_
            i += 1
    for first, second in _repeats(doc, doc.blocks):
        if _over_time_line(doc, second):
            continue  # a page's title printed twice over its byline and time
        for line in (first, second):
            if line.start not in taken and not doc.is_claimed(line.start, line.end):
                taken.add(line.start)
                yield Claim("caption", line)


# Kinds that stand between a headline and a lead image's caption.
_BEFORE_LEAD_IMAGE = frozenset({"byline", "timestamp", "boilerplate", "caption"})


def lead_caption(doc: Document) -> Iterator[Claim]:
    """Claim the uncredited caption of the lead image.

    In web copy the lead image's caption often has no credit. It is the one
    short line with no final stop between the byline, timestamp or share row
    and the first paragraph of running text.
    """
    head = next((c for c in doc.claims() if c.kind == "headline"), None)
    if head is None:
        return
    blocks = doc.blocks
    start = doc.block_at(head.span.start)
    if start is None:
        return
    previous: str | None = None
    for block in blocks[start.index + 1 : start.index + 12]:
        kinds = doc.kinds(block)
        free = doc.free_spans(block)
        if not free:
            previous = kinds[-1] if kinds else previous
            continue
        text = doc.text(free[0])
        following = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
        if (
            previous in _BEFORE_LEAD_IMAGE
            and not kinds
            and len(block.lines) == 1
            and 4 <= word_count(text) <= 40
            and is_title_like(text, max_words=40)
            and not text.endswith(":")  # a lead-in to what follows, not a caption
            and not _DASH_OPENING.match(text)  # a quote's attribution: "— Jane Roe on …"
            and not closes_sentence(text)  # nor a question or an exclamation
            and following is not None
            and doc.is_free(following)
            and is_running_text(following.line_text(0))
        ):
            yield Claim("caption", block.span)
        return
