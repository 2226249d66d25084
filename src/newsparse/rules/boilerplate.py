"""Page furniture: share rows, advertisements, newsletter sign-ups, footers."""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable, Iterator

import regex
from attrs import frozen

from newsparse._patterns import Patterns
from newsparse._source import Block
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import is_timestamp
from newsparse.rules._shape import (
    BULLET,
    closes_sentence,
    end_button,
    free_lines,
    is_hard_wrapped,
    is_running_text,
    is_title_like,
    line_spans,
    word_count,
)

# A line made only of rule marks: "___", "* * *", "-----".
_RULE_LINE = regex.compile(r"^[\s_*=~#•·\-–—]{3,}$")
# Counters and gallery controls in any language: "Image 1 of 9", "1 / 9", "84.1K",
# "New, 6 comments", "12 Comments", "108 2", and reading times: "3 Min Read".
_COUNTER_LINE = regex.compile(
    r"""^(?:
        (?:image|photo|picture|slide|foto|bild)\s+\d+\s+(?:of|von|de|di|sur)[\s/]+\d+
      | \d+\s*/\s*\d+  # pages put no-break spaces round the slash: "1 \u00a0/\u00a0 9"
      | \d+(?:[.,]\d+)?[kKmM]
      | (?:new,\s+)?\d+\s+(?:comments?|shares?|replies)
      | \d{1,6}(?:[ ]+\d{1,6}){1,3}  # counts side by side: "108 2" (shares, comments)
      | 0  # an empty count: no story's paragraph is a bare zero
      | \d{1,3}\s*min(?:ute)?s?\.?\s+(?:read|de\s+lecture|de\s+lectura|de\s+leitura|di\s+lettura)
    )$""",
    regex.VERBOSE | regex.IGNORECASE,
)

# A label over nothing but web addresses: "More AP sport: https://… and https://…".
_LINK_LINE = regex.compile(
    r"^[^:\n]{1,40}:[ ]*https?://\S+(?:[ ]*(?:,|and|&|\|)?[ ]*https?://\S+)*[ ]*$"
)
# A teaser for another story that a site tags with its kind: "Ferry fares to
# rise again [INSIGHT]", "Harbour wall collapses [VIDEO]|", "… review [Video]".
# The title runs on to the tag; no sentence ends before it.
_TAGGED_TEASER = regex.compile(r"^[^.!?\n]{10,200}?[\s\u00a0]\[\p{Lu}\p{L}{2,14}\]\|?$")
# A blog's shortcode that its page left unrendered, with its attributes:
# '[button link="https://example.com/kit" type="big"] Send us your review'.
_SHORTCODE = regex.compile(
    r"""^\[[a-z_]{2,20}(?:[ ]+[a-z_]{2,20}=["”“'][^"”“'\]\n]*["”“'])+[ ]*\]"""
)
# A pager between stories: "Next Post", "- Next Harbour News", "Previous articles",
# "Previous Next", "NEXT PREV", "Next Up In Tech".
_PAGER_LINE = regex.compile(
    r"""
    ^(?:[\p{Pd}‹«<←][ ]*)?
    (?:Next|NEXT|Previous|PREVIOUS|Prev|PREV|Older|Newer)
    (?:
        [ ]+(?:Next|NEXT|Prev|PREV)
      | [ ]+(?:\w+[ ]+){0,2}(?i:articles?|stor(?:y|ies)|posts?|pages?|news|entr(?:y|ies)|items?)
      | [ ]+Up[ ]+In[ ].{1,30}
    )?
    (?:[ ]*[\p{Pd}›»>→])?$
    """,
    regex.VERBOSE,
)
# A heading's list on its own line: ": ferries, islands, winter".
_TAG_LIST = regex.compile(r"[ ]*:[ ]*[^,.!?\n]{1,60}(?:,[ ]*[^,.!?\n]{1,60}){2,}\.?$")

# A bare count, as counters print under each other.
_COUNT = regex.compile(r"\d{1,6}")

# No line of furniture is longer than this (a footer, a promo line).
_LONGEST_FURNITURE = 250
# Whole lines of furniture, counters, headings and lone markers are no longer.
_SHORT_LINE = 80
# A notice that opens like furniture ("This website uses cookies…") runs longer.
_LONGEST_NOTICE = 600
# Lines after a furniture heading that still belong to it are short.
_FOLLOWER_MAX = 120


# A navigation menu: at least this many short lines in a row.
_MENU_LINES = 6
_MENU_ITEM_CHARS = 40
_MENU_ITEM_WORDS = 5
# A question this long is a title, not a menu's link.
_QUESTION_TITLE_WORDS = 4


def _menu_item(pats: Patterns, text: str) -> bool:
    """A short line with no sentence end that is not a bracketed credit or a byline.

    A header block can run a photo credit and the byline straight into the
    share buttons; those lines are left for their own rules.
    """
    words = len(text.split())
    return (
        len(text) <= _MENU_ITEM_CHARS
        and words <= _MENU_ITEM_WORDS
        and not text.endswith((".", ":", ",", ";"))
        # "Got a Tip?" is a menu's; "Is Football Violence a Crime?" a title
        and not (words >= _QUESTION_TITLE_WORDS and text.endswith("?"))
        and not text.startswith("(")
        and pats.byline.match(text) is None
    )


# A teaser's title run straight into its summary, as a page's markup leaves
# them ("…Harbour Road After Crash" glued to "The road will stay shut…"). The
# join is a word of four characters or more (so "McDonald" and "iPhone" are
# no joins) whose last is a lower-case letter, a figure or a closing mark,
# with a plain capitalised word after it ("HawaiiNewsNow)" is a name).
_GLUE = regex.compile(r"(?<=[^\s]{3}[\p{Ll}\d)?!’'])\p{Lu}(?=\p{Ll}*[ ,;:])")
_TEASER_TITLE_WORDS = (3, 20)
_TEASER_SUMMARY_WORDS = 5


def _glued_teaser(pats: Patterns, text: str) -> bool:
    """A teaser: a Title Case headline glued to the sentence that sums it up.

    A dateline glued to its paragraph ("Seoul (CNN Business)A murky …") is
    no teaser.
    """
    if len(text) > _LONGEST_FURNITURE * 2 or not closes_sentence(text):
        return False  # the summary is a sentence, and ends the line
    for glue in _GLUE.finditer(text):
        if text[glue.start() - 1] == ")":
            dateline = pats.dateline_at(text, 0, len(text))
            if dateline is not None and dateline.end() == glue.start():
                return False
        title = text[: glue.start()].split()
        if len(title) > _TEASER_TITLE_WORDS[1]:
            return False
        if len(title) < _TEASER_TITLE_WORDS[0]:
            continue
        summary = text[glue.start() :].split()[1 : _TEASER_SUMMARY_WORDS * 2]
        if len(summary) < _TEASER_SUMMARY_WORDS - 1:
            return False
        capitalised = sum(1 for word in title if word[:1].isupper() or not word[:1].isalpha())
        running = sum(1 for word in summary if word[:1].islower())
        # A Title Case title, then a sentence in lower case.
        return capitalised * 10 >= len(title) * 8 and running * 2 >= len(summary)
    return False


def _run_end(lines: tuple[Span, ...], i: int, follows: Callable[[Span], bool]) -> int:
    """The index of the last line of the run from line ``i`` whose lines below ``follow``."""
    last = i
    while last + 1 < len(lines) and follows(lines[last + 1]):
        last += 1
    return last


def _furniture_line(pats: Patterns, text: str, *, short: bool, gate: bool) -> bool:
    """A line of furniture: listed, a rule, a footer, a promotion, a prompt, a cut text.

    A cut text is one a page cut short over its show-more button; a label over
    web addresses alone, a pager between stories and a row of buttons are
    furniture too.

    ``gate`` tells whether the line may open as furniture at all (the lines
    the lexicon lists, rule lines, footers and openings all do).
    """
    opens = gate and (
        (short and pats.boilerplate_line.match(text) is not None)
        or _RULE_LINE.match(text) is not None
        or _footer(pats, text)
        or pats.boilerplate_start.match(text) is not None
        or pats.follow.match(text) is not None
    )
    if opens or _collapsed(pats, text):
        return True
    if "://" in text and _LINK_LINE.match(text):
        return True
    if short and (_PAGER_LINE.match(text) or _button_row(pats, text) or _comment_count(pats, text)):
        return True
    if text.endswith(("]", "]|")) and _TAGGED_TEASER.match(text):
        return True
    if _shortcode(text):
        return True
    if short and _nav_line(text):
        return True
    return _promo_tail(pats, text) or _is_prompt(pats, text)


# A breadcrumb trail's steps, split by ">", "›" or "»" with space around, and a
# menu's entries on one line, split by "|", "•" or "·".
_CRUMB_SPLIT = regex.compile(r"\s+[>›»]\s+")
_MENU_SPLIT = regex.compile(r"\s+[|•·]\s+")
_CRUMB_STEPS = (2, 8)
_MENU_ENTRIES = (3, 12)
_CRUMB_WORDS = 4
_MENU_WORDS = 3


def _nav_line(text: str) -> bool:
    """A breadcrumb trail or a menu on one line, a few short entries and no sentence.

    ``Home > News > Transport``, ``Home » News``; ``News | Sport | Business``. A menu's
    entries hold no figure, so a byline with its date (``Jane Roe | March 3,
    2024 | 4 min read``) is none.
    """
    if ">" in text or "›" in text or "»" in text:
        steps, (least, most), words = _CRUMB_SPLIT.split(text), _CRUMB_STEPS, _CRUMB_WORDS
    elif "|" in text or "•" in text or "·" in text:
        steps, (least, most), words = _MENU_SPLIT.split(text), _MENU_ENTRIES, _MENU_WORDS
        if _FIGURE.search(text):
            return False
    else:
        return False
    return least <= len(steps) <= most and all(
        1 <= len(step.split()) <= words and not _SENTENCE_END.search(step) for step in steps
    )


def _footer(pats: Patterns, text: str) -> bool:
    """A publisher's copyright line; an agency's ("© Reuters 2024") is the agency credit."""
    return pats.footer.match(text) is not None and pats.agency_line.match(text) is None


def _passed_over(pats: Patterns, text: str, above: str, *, short: bool, gate: bool) -> bool:
    """A line that looks like furniture but is not, given the line ``above`` it.

    A read-more marker is the read_more rule's. Wire copy wraps a sentence
    where the line is full, so its last line may be a word that a page prints
    alone as a button ("… 5.83 dlrs per" / "share.").
    """
    if gate and ((short and pats.read_more_alone.match(text)) or pats.read_more_inline.match(text)):
        return True
    return (
        _carries_on(above, text)
        and (above[-1:].islower() or above.endswith(","))
        and text.endswith(".")
    )


def _promo_tail(pats: Patterns, text: str) -> bool:
    """A line closed by a promotion: "… weekly newsletter. Sign up here."."""
    # The close's last word ends the line (before a stop): a set lookup rules most lines out.
    words = text.rstrip(" .!").rsplit(None, 1)
    if not words or words[-1].casefold() not in pats.tail_ends:
        return False
    start = max(0, len(text) - pats.boilerplate_tail_reach)
    return pats.boilerplate_tail.search(text, start) is not None


def _comment_count(pats: Patterns, text: str) -> bool:
    """A count of readers' comments: ``Comments (12)``, ``12 Comments``."""
    if not (text[:1].isdigit() or text.endswith(")")):
        return False
    heading = pats.comment_head.match(text)
    return heading is not None and heading.group("count") is not None


def _shortcode(text: str) -> bool:
    """A line that opens with a blog's unrendered shortcode: ``[button link="…"] …``."""
    return text.startswith("[") and _SHORTCODE.match(text) is not None


# A row of buttons on one line: "Share  Tweet", "Facebook Twitter Email".
_ROW_BUTTONS = (2, 6)


def _button_row(pats: Patterns, text: str) -> bool:
    """A line of two to six words, each a furniture line of its own."""
    words = text.split()
    return _ROW_BUTTONS[0] <= len(words) <= _ROW_BUTTONS[1] and all(
        pats.boilerplate_line.match(word) for word in words
    )


def _collapsed(pats: Patterns, text: str) -> bool:
    """A text a page cut short over its show-more button: a gallery's caption."""
    return end_button(pats, text) is not None and bool(pats.collapsed.search(text))


def _is_prompt(pats: Patterns, text: str) -> bool:
    """A line that offers the reader a newsletter, an inbox, a subscription."""
    # Most lines hold no prompt word: set lookups of their words, stripped of
    # punctuation, rule them out cheaply.
    if pats.prompt_heads.isdisjoint(map(_STRIP_PUNCTUATION, text.casefold().split())):
        return False
    return pats.prompt.match(text) is not None


_STRIP_PUNCTUATION = operator.methodcaller("strip", ".,;:!?\"'()[]«»“”‘’…")


def _menu_runs(doc: Document, lines: tuple[Span, ...]) -> list[int]:
    """For each line, how many menu-item lines run from it (one pass, from the end).

    A menu ends above a byline: the short line right over it is the story's
    title, in a page copied with no blank lines.
    """
    runs = [0] * (len(lines) + 1)
    if len(lines) < _MENU_LINES:
        return runs  # too few lines for a menu
    byline = doc.patterns.byline
    over_byline = False
    for i in range(len(lines) - 1, -1, -1):
        text = doc.text(lines[i])
        if not over_byline and _menu_item(doc.patterns, text):
            runs[i] = runs[i + 1] + 1
        over_byline = byline.match(text) is not None
    return runs


def boilerplate(doc: Document) -> Iterator[Claim]:
    """Claim page furniture: whole lines the lexicon lists, rule lines and footers.

    A heading such as ``Related Topics`` or ``Sign up for our newsletter``
    takes the short lines that follow it in its block (the topic tags, the
    sign-up blurb and button).
    """
    pats = doc.patterns
    for block in doc.blocks:
        lines = block.lines
        menus = _menu_runs(doc, lines)
        i = 0
        while i < len(lines):
            line = lines[i]
            if len(line) > _LONGEST_FURNITURE:
                text = doc.text(line)
                if len(line) <= _LONGEST_NOTICE and (
                    pats.boilerplate_start.match(text)  # a cookie notice
                    or _footer(pats, text)  # a copyright line with a disclaimer
                    or _glued_teaser(pats, text)  # a teaser with a long summary
                    or _shortcode(text)  # a button with a long address
                ):
                    yield Claim("boilerplate", line)
                i += 1  # running text: no other furniture line is this long
                continue
            text = doc.text(line)
            short = len(text) <= _SHORT_LINE  # whole-line furniture and markers are short
            gate = pats.furniture_gate.opens(text)  # may open as furniture
            above = doc.text(lines[i - 1]) if i else ""
            if _passed_over(pats, text, above, short=short, gate=gate):
                i += 1
                continue
            # A heading is a short line, or opens a line with its list: "Tags: …".
            head = (
                pats.boilerplate_head.match(text) if gate and (short or ":" in text[:40]) else None
            )
            if head is not None and not short and _TAG_LIST.match(text, head.end()):
                yield Claim("boilerplate", line)  # "Tags: ferries, islands, winter, …"
                i += 1
                continue
            if short and head is not None:
                # Its short lines follow it, up to a read-more marker's list.
                last = _run_end(
                    lines,
                    i,
                    lambda below: (
                        len(below) <= _FOLLOWER_MAX
                        and not pats.read_more_alone.match(doc.text(below))
                    ),
                )
                yield Claim("boilerplate", Span(line.start, lines[last].end))
                i = last + 1
                continue
            if _glued_teaser(pats, text):
                yield Claim("boilerplate", line)
                i += 1
                continue
            if short and _COUNTER_LINE.match(text):
                # More counts may follow, one a line: "84.1K" / "108" / "2".
                last = _run_end(
                    lines, i, lambda below: _COUNT.fullmatch(doc.text(below)) is not None
                )
                yield Claim("boilerplate", Span(line.start, lines[last].end))
                i = last + 1
                continue
            if _furniture_line(pats, text, short=short, gate=gate):
                # A count may stand under it: "Shares" / "112".
                last = _run_end(
                    lines, i, lambda below: _COUNT.fullmatch(doc.text(below)) is not None
                )
                yield Claim("boilerplate", Span(line.start, lines[last].end))
                i = last + 1
                continue
            menu = menus[i] if menus[i] >= _MENU_LINES else 0
            if menu:
                yield Claim("boilerplate", Span(line.start, lines[i + menu - 1].end))
                i += menu
                continue
            i += 1


# Readers' comments open after this share of the text, and they and a
# copyright line end the story only after this many blocks of running text:
# a comment count beside the byline is not the comments.
_COMMENTS_FROM = 0.4
_COMMENTS_AFTER = 3
_LONGEST_COMMENT_HEAD = 250


def comments(doc: Document) -> Iterator[Claim]:
    """Claim the readers' comments under a story, and all that follows them, as furniture.

    A comment heading (``Leave a Reply``, ``Comments (12)``, ``10 thoughts on
    "…"``) in the later part of the text, after the story's running text,
    opens them; the comments, the form and the page's footer are not the
    story. A publisher's copyright line (``© 2024 Example Media. All rights
    reserved.``) there ends the story the same way: what a page prints under
    it is teasers and links.
    """
    start_at = int(len(doc.source) * _COMMENTS_FROM)
    running = 0
    head: int | None = None
    for block in doc.blocks:
        if head is None:
            if running >= _COMMENTS_AFTER:
                head = _comment_head(doc, block, late=block.end > start_at)
            if head is None:
                first = block.line_text(0)
                running += is_running_text(first)
                continue
        for span in doc.free_spans(block):
            if span.end > head:
                yield Claim("boilerplate", Span(max(span.start, head), span.end))


def _comment_head(doc: Document, block: Block, *, late: bool) -> int | None:
    """Where the block's first copyright line, or comment heading when ``late``, starts."""
    pats = doc.patterns
    for line in block.lines:
        if len(line) > _LONGEST_COMMENT_HEAD:
            continue
        text = doc.text(line)
        if _footer(pats, text) or (late and pats.comment_head.match(text)):
            return line.start
    return None


# A line of a link list or a menu: a few words and no sentence end.
_LIST_ITEM_WORDS = 10
_SENTENCE_END = regex.compile(r"[.!?:;\"”’»)]$")


_BULLET_OR_FIGURE = regex.compile(r"^[-–•*·▪][ ]|\d")
_FIGURE = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")


def _list_item(text: str) -> bool:
    """A menu or link-list entry.

    Bullet points, lines with figures (a results table, a wire table's
    rows) and a table's rows of cells are body lists, not furniture.
    """
    return (
        "\t" not in text
        and len(text.split()) <= _LIST_ITEM_WORDS
        and not _SENTENCE_END.search(text)
        and not _BULLET_OR_FIGURE.search(text)
    )


# A longer headline, or one with a figure ("5G", "2020"), is a link too when
# it stands among shorter ones.
_LONG_ITEM_WORDS = 16


def _long_item(text: str) -> bool:
    """A headline too long for :func:`_list_item`, or with one word that holds a figure.

    A table's row has more: figures, or dashes for the cells left empty.
    """
    words = text.split()
    return (
        "\t" not in text
        and len(words) <= _LONG_ITEM_WORDS
        and not _SENTENCE_END.search(text)
        and BULLET.match(text) is None
        and not words[0][:1].isdigit()
        and _cells(words) <= 1
    )


# A clock time or a year: a timetable's or a timeline's line, not a teaser's age.
_CLOCK_OR_YEAR = regex.compile(r"\d[:.h]\d|\d{4}")


def _time_ago(pats: Patterns, text: str) -> bool:
    """A teaser's age under its title in a list: ``2 hours ago``, ``vor 3 Stunden``.

    A clock time or a year (a timetable's, a timeline's) is the story's.
    """
    return is_timestamp(pats, text) and _CLOCK_OR_YEAR.search(text) is None


# A line this long, with the next one opening in lower case, is wrapped prose.
_WRAPPED_LINE = 40


def _runs_on(doc: Document, run: list[Span]) -> bool:
    """Lines of a wrapped sentence, each running on to the next: no list.

    A list's entries stand alone; wrapped copy breaks a sentence where the
    line is full, so a long line is followed by one that opens in lower case.
    """
    return any(
        _carries_on(doc.text(above), doc.text(below)) for above, below in itertools.pairwise(run)
    )


def _carries_on(above: str, below: str) -> bool:
    """``below`` carries on a sentence that the long line ``above`` broke where it was full."""
    return len(above) >= _WRAPPED_LINE and below[:1].islower()


# An author's handles or contact alone on a line: "@jroe", "@jroe @desk",
# "jroe@example.com @jroe", "twitter.com/jroe".
_HANDLES = regex.compile(
    r"""
    (?:
        [\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}  # jroe@example.com
      | @\w{2,30}  # @jroe
      | (?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook|linkedin)\.com/[\w.\-]{2,40}/?
    )
    (?:[ ]+@\w{2,30})*
    """,
    regex.VERBOSE,
)


# A link to another story that some sites set in capitals inside a story: a
# long line, every letter a capital, with no sentence end. (A subhead in
# capitals is a few words; a wire's headline in capitals is claimed before.)
_SHOUTED_WORDS = 8


def _shouted_teaser(text: str) -> bool:
    """A long line of words in capitals with no sentence end: a link to another story.

    A table row in capitals is mostly figures, and is no teaser.
    """
    if not text.isupper() or text.endswith((".", "!", "?", ":")):
        return False
    words = text.split()
    return (
        len(words) >= _SHOUTED_WORDS and sum(w[:1].isalpha() for w in words) * 5 >= len(words) * 4
    )


def link_lists(doc: Document) -> Iterator[Claim]:
    """Claim runs of short lines left in a block of running text as furniture.

    Web pages put paragraphs between blank lines; a block whose lines are
    single-spaced and short, with no sentence end, is a list of links, tags
    or menu entries, not body text; longer headlines may stand among the
    short entries, up to half of the list. A list the story leads in to with
    a colon is its own. A line of social handles alone (``@jroe``) is
    furniture too. A block of wrapped copy is left alone, and so is a short
    line that stands alone between paragraphs (a subhead).

    Lists of other stories' teasers go too: titles printed twice (with the
    summary under them), teasers the page cut short, and teasers that give a
    title, an author and a date over each summary.
    """
    taken: set[int] = set()
    # Each block's free line pieces, read once: the claims below are only
    # accepted when the rule is done, so they do not change while it runs.
    pieces_of = [line_spans(doc, block) for block in doc.blocks]
    for block, pieces in zip(doc.blocks, pieces_of, strict=True):
        for line in pieces:
            if _HANDLES.fullmatch(doc.source, line.start, line.end) or _shouted_teaser(
                doc.text(line)
            ):
                taken.add(line.start)
                yield Claim("boilerplate", line)
        if len(block.lines) < 3 or is_hard_wrapped(doc, block):
            continue
        run: list[Span] = []
        items = 0  # the run's short entries; the rest are long headlines among them
        # The line before the run ends with a colon: the story's own list. That
        # line may close the block above.
        above = doc.blocks[block.index - 1] if block.index else None
        lead_in = above is not None and doc.source[above.end - 1] == ":"
        for piece in [*pieces, None]:
            if piece is not None and piece.start in taken:
                continue  # a handle line, claimed above
            if piece is not None:
                text = doc.text(piece)
                if _list_item(text):
                    run.append(piece)
                    items += 1
                    continue
                if _long_item(text) or (run and _time_ago(doc.patterns, text)):
                    run.append(piece)
                    continue
            if items >= 2 and items * 2 >= len(run) and not lead_in and not _runs_on(doc, run):
                # One claim a line: claims by earlier rules may sit between them.
                taken.update(item.start for item in run)
                yield from (Claim("boilerplate", item) for item in run)
            run = []
            items = 0
            lead_in = piece is not None and doc.text(piece).endswith(":")
    for claim in _repeated_titles(doc, pieces_of, taken):
        taken.add(claim.span.start)
        yield claim
    yield from _truncated_teasers(doc, pieces_of, taken)
    yield from _dated_teasers(doc, pieces_of, taken)


# A page's list of teasers cut short holds this many at least; a story may
# trail off once or twice.
_TRUNCATED_TEASERS = 3
# How many title-like lines over a cut teaser go with it (a section, the
# title, the byline), and how far from its end a cut is looked for.
_TEASER_HEAD_LINES = 3
_CUT_REACH = 40
# Teasers in a list stand at most this many lines apart (other teasers,
# not cut, may stand between), and a page cuts them at one length, give or
# take this share of it.
_TEASER_GAP = 30
_CUT_LENGTH_SHARE = 10


def _truncated_teasers(
    doc: Document, pieces_of: list[list[Span]], taken: set[int]
) -> Iterator[Claim]:
    """Teasers cut short, and the title lines over each, when a page lists several.

    A page ends its teasers with an excerpt's mark ("… players […]") or a
    link ("… still ... Read More"), or cuts them at a fixed length ("… with
    Realtek Bluetooth..."), and lists them a few lines apart. A story's
    paragraph may trail off ("And then..."), but not three times at one
    length: lines that end with "..." count only when three or more of a
    list are of a length (within a tenth). The title-like lines right over a
    cut teaser (its section, title and byline) go with it.
    """
    pats, source = doc.patterns, doc.source
    cut: list[_Cut] = []
    over: list[Span] = []  # the last few free lines, across blocks
    seen = 0
    for pieces in pieces_of:
        for piece in pieces:
            found = _cut_short(pats, source, piece)
            if found is not None:
                cut.append(
                    _Cut(piece, seen, over[-_TEASER_HEAD_LINES:], found.group("trails") is None)
                )
            over.append(piece)
            seen += 1
            if len(over) > 2 * _TEASER_HEAD_LINES:
                del over[:_TEASER_HEAD_LINES]
    listed = _teaser_lists(cut)
    cut_starts = {item.line.start for item in listed}
    for item in listed:
        head: list[Span] = []
        for line in reversed(item.above):  # up from the cut line, while the lines are titles
            if line.start in taken:
                continue  # a line of the teaser that a list already took
            if line.start in cut_starts or not is_title_like(doc.text(line), 20):
                break
            head.append(line)
        for line in [*reversed(head), item.line]:
            if line.start not in taken:
                taken.add(line.start)
                yield Claim("boilerplate", line)


@frozen
class _Cut:
    """A line cut short: where it is, how many free lines come before it, the lines over it."""

    line: Span
    position: int
    above: list[Span]
    marked: bool  # ended by an excerpt's mark or a link, not only by "..."


def _teaser_lists(cut: list[_Cut]) -> list[_Cut]:
    """The cut lines that make lists: three or more, each near the last."""
    kept: list[_Cut] = []
    run: list[_Cut] = []
    for item in [*cut, None]:
        if item is not None and (not run or item.position - run[-1].position <= _TEASER_GAP):
            run.append(item)
            continue
        listed = _same_cut(run)
        if len(listed) >= _TRUNCATED_TEASERS:
            kept.extend(listed)
        run = [item] if item is not None else []
    return kept


def _same_cut(run: list[_Cut]) -> list[_Cut]:
    """The marked lines of a run, and those ended by "..." that share a length with two more."""
    lengths = sorted(len(item.line) for item in run if not item.marked)

    def of_a_length(size: int) -> bool:
        low = bisect.bisect_left(lengths, size - size // _CUT_LENGTH_SHARE)
        high = bisect.bisect_right(lengths, size + size // _CUT_LENGTH_SHARE)
        return high - low >= _TRUNCATED_TEASERS

    return [item for item in run if item.marked or of_a_length(len(item.line))]


def _cut_short(pats: Patterns, source: str, piece: Span) -> regex.Match[str] | None:
    """How ``piece`` ends, when it ends as a teaser the page cut short."""
    end = piece.end
    last = source[end - 1]
    # Cheap tests first: most lines end with one full stop, or a word that
    # closes no read-more marker.
    if last == ".":
        if not source.startswith("...", end - 3):
            return None
    elif last == "]":
        if not source.startswith("…]", end - 2) and not source.startswith("...]", end - 4):
            return None
    elif last not in "…»›>→":
        tail = source[max(piece.start, end - 16) : end].rsplit(None, 1)
        if not tail or tail[-1].casefold() not in pats.marker_ends:
            return None
    start = max(piece.start, end - _CUT_REACH)
    return pats.teaser_cut.search(source, start, end)


# A list of dated teasers holds this many at least: a title, its author and
# its date, then its summary. Blocks shorter than that are not looked at.
_DATED_TEASERS = 3
_DATED_ITEM_LINES = 4
_AUTHOR_WORDS = 6
# A teaser's date line is short and holds a figure.
_TIMESTAMP_CHARS = 60
_DIGIT = regex.compile(r"\d")


def _dated_teasers(doc: Document, pieces_of: list[list[Span]], taken: set[int]) -> Iterator[Claim]:
    """Teasers of other stories, each a title over its author and date, in one block.

    A page lists its other stories as title, author, date and summary, over
    and over; a story does not put an author and a date under its own lines
    three times in one block.
    """
    pats = doc.patterns
    for block, pieces in zip(doc.blocks, pieces_of, strict=True):
        if len(block.lines) < _DATED_TEASERS * _DATED_ITEM_LINES:
            continue
        dated = [
            i
            for i in range(2, len(pieces))
            if len(pieces[i]) <= _TIMESTAMP_CHARS
            and _DIGIT.search(doc.source, pieces[i].start, pieces[i].end)  # a date has figures
            and is_timestamp(pats, doc.text(pieces[i]))
            and _teaser_head(doc.text(pieces[i - 2]), doc.text(pieces[i - 1]))
        ]
        if len(dated) < _DATED_TEASERS:
            continue
        # From the first teaser's title to the last one's summary.
        last = min(dated[-1] + 1, len(pieces) - 1)
        for piece in pieces[dated[0] - 2 : last + 1]:
            if piece.start not in taken:  # lines of the list may be claimed above
                taken.add(piece.start)
                yield Claim("boilerplate", piece)


def _teaser_head(title: str, author: str) -> bool:
    """A title over an author's name: the head of a teaser."""
    return (
        _title_line(title)
        and word_count(author) <= _AUTHOR_WORDS
        and not closes_sentence(author)
        and not author.endswith(":")
    )


def _cells(words: list[str]) -> int:
    """How many of ``words`` are a table's cells: a figure, or no letter ("2.65", "---")."""
    return sum(1 for word in words if _FIGURE.search(word) or not _LETTER.search(word))


def _table_row(text: str) -> bool:
    """A row of a table: mostly cells of figures or dashes ("Denver 2.65 2.66 --- ---")."""
    words = text.split()
    cells = _cells(words)
    return cells >= 2 and cells * 2 >= len(words)


def _repeated_titles(
    doc: Document, pieces_of: list[list[Span]], taken: set[int]
) -> Iterator[Claim]:
    """Short title-like lines printed more than once.

    These are section labels and teaser headlines that a page repeats for each
    layout; a story does not repeat its subheads. A single word printed again
    and again may be the story's own label ("SUMMARY" over each section's
    recap): it is furniture only where it stands right by a repeated headline
    ("Business" over a teaser printed twice).
    """
    seen: dict[str, list[Span]] = {}
    neighbours: dict[int, list[str]] = {}
    under: dict[int, Span] = {}  # the line under each title line in its block
    for block, pieces in zip(doc.blocks, pieces_of, strict=True):
        if is_hard_wrapped(doc, block):
            continue
        texts = [doc.text(piece) for piece in pieces]
        for i, (piece, text) in enumerate(zip(pieces, texts, strict=True)):
            if piece.start not in taken and _title_line(text):
                seen.setdefault(text, []).append(piece)
                neighbours[piece.start] = texts[max(0, i - 1) : i] + texts[i + 1 : i + 2]
                if i + 1 < len(pieces):
                    under[piece.start] = pieces[i + 1]
    repeated = {text for text, spans in seen.items() if len(spans) >= 2 and " " in text}
    for text, spans in seen.items():
        if len(spans) < 2 or any(
            _table_row(doc.text(under[span.start])) for span in spans if span.start in under
        ):
            continue  # printed once, or a table's column heads printed over each part
        if " " in text:
            yield from (Claim("boilerplate", span) for span in spans)
            summary = _teaser_summary(doc, spans, under, taken)
            if summary is not None:
                yield Claim("boilerplate", summary)
        else:
            for span in spans:
                if any(near in repeated for near in neighbours[span.start]):
                    yield Claim("boilerplate", span)


# A teaser's summary is one short paragraph.
_SUMMARY_WORDS = 60


def _teaser_summary(
    doc: Document, copies: list[Span], under: dict[int, Span], taken: set[int]
) -> Span | None:
    """The summary right under a teaser's title printed twice, in the same block.

    A page prints a teaser's title twice (for two layouts), then the one
    sentence or two that sum the story up; a story repeats no line of its own.
    """
    first, last = copies[-2], copies[-1]
    summary = under.get(last.start)
    if (
        summary is None
        or summary.start in taken
        or doc.block_at(first.start) != doc.block_at(last.start)
    ):
        return None
    text = doc.text(summary)
    if not is_running_text(text) or word_count(text) > _SUMMARY_WORDS:
        return None
    taken.add(summary.start)
    return summary


def _title_line(text: str) -> bool:
    """A headline or label: a few words, no sentence end, no table cells."""
    return "\t" not in text and len(text.split()) <= _TAIL_LINE_WORDS and not closes_sentence(text)


def page_tail(doc: Document) -> Iterator[Claim]:
    """Claim the title-like lines after the article's last sentence as furniture.

    A story ends with a sentence. Short lines with no sentence end that come
    after it are what a page puts below a story: related headlines, section
    names, prompts to comment or share. It takes two or more such lines; one
    may be the story's own last line. Lines with figures (a wire table's rows)
    are left alone.

    A line among the last few that names the story's own author (from the
    byline) is about the author, not the story: a bio, a contact line, a plug
    for a book (``Write to Jane Roe at …``). It is furniture too, and so is a
    time line under furniture in its block (``Wordcount: 717`` / ``Published:
    Nov. 19, 2019``): the head's times are claimed already.
    """
    tail = _tail_lines(doc)
    # One short last line may be the story's own (a name), unless furniture
    # stands right over it in its block ("Next Up In Tech" / a teaser's title).
    if len(tail) >= 2 or (tail and _under_furniture(doc, tail[0])):
        yield from (Claim("boilerplate", span) for span in tail)
    else:
        tail = []
    notes = list(_author_notes(doc, {span.start for span in tail}))
    yield from notes
    yield from _times_under_furniture(doc, [*tail, *(note.span for note in notes)])


def _times_under_furniture(doc: Document, taken: list[Span]) -> Iterator[Claim]:
    """Time lines right under a furniture line in their block (none of ``taken``)."""
    # ``taken`` are one rule's claims, so they do not overlap: sorted, the one
    # that starts last before a line's end is the only one that may reach it.
    spans = sorted(taken, key=lambda span: span.start)
    starts = [span.start for span in spans]
    for block in doc.blocks:
        if "boilerplate" not in doc.kinds(block):
            continue
        for line in free_lines(doc, block):
            i = bisect.bisect_left(starts, line.end) - 1
            if (
                len(line) <= _TIME_LINE
                and not (i >= 0 and spans[i].end > line.start)
                and _YEAR.search(doc.text(line)) is not None  # not a table's row of figures
                and is_timestamp(doc.patterns, doc.text(line))
                and _under_furniture(doc, line)
            ):
                yield Claim("boilerplate", line)


# A time line is no longer than this, and gives the year.
_TIME_LINE = 120
_YEAR = regex.compile(r"\b(?:19|20)\d{2}\b")


def _under_furniture(doc: Document, line: Span) -> bool:
    """Furniture is claimed on the line right over ``line`` in its block."""
    block = doc.block_at(line.start)
    above = block.line_before(line) if block is not None else None
    return above is not None and any(
        claim.kind == "boilerplate" and claim.span.start <= above.start < claim.span.end
        for claim in doc.claims(block)
    )


# A sentence with a bracketed note after it: "… told reporters. (With inputs from agencies)".
_NOTED_SENTENCE = regex.compile(r"[.!?…][\"'”’]?[ ]+\([^()\n]{1,80}\)$")


def _tail_lines(doc: Document) -> list[Span]:
    """The title-like lines after the last sentence, last first (none if a list or no stop)."""
    tail: list[Span] = []
    for block in reversed(doc.blocks):
        for piece in reversed(line_spans(doc, block)):
            text = doc.text(piece)
            if text.endswith(":"):
                return []  # the lines below are a list the story leads in to
            if closes_sentence(text) or _NOTED_SENTENCE.search(text):
                return tail
            if _BULLET_OR_FIGURE.search(text):
                return tail
            if len(text.split()) > _TAIL_LINE_WORDS:
                return []  # running text with no stop: a story cut off, not furniture
            tail.append(piece)
    return []


# How many of the last lines may be about the story's author.
_AUTHOR_NOTE_LINES = 4
# A note about the author follows at least this many lines of the story.
_STORY_ABOVE_NOTES = 3


def _author_notes(doc: Document, skip: set[int]) -> Iterator[Claim]:
    """The last few lines that name an author of the byline in full, or open a bio."""
    bylines = [claim for claim in doc.claims() if claim.kind == "byline"]
    names = {
        name
        for claim in bylines
        for key, value in claim.data
        if key == "authors" and isinstance(value, tuple)
        for name in value
        if isinstance(name, str) and " " in name.strip()
    }
    if not names:
        return
    # The last lines, last first, and the story's lines above them.
    head_end = bylines[-1].span.end
    last: list[Span] = []
    for block in reversed(doc.blocks):
        if block.end <= head_end or len(last) >= _AUTHOR_NOTE_LINES + _STORY_ABOVE_NOTES:
            break
        last.extend(p for p in reversed(line_spans(doc, block)) if p.start not in skip)
    last = [piece for piece in last if piece.start >= head_end]
    # A bio may call the author by one name: "Julius is a reporter for …".
    words = {word for name in names for word in name.split() if len(word) > 2}
    for i, piece in enumerate(last[:_AUTHOR_NOTE_LINES]):
        if i + _STORY_ABOVE_NOTES >= len(last):
            break
        text = doc.text(piece)
        if any(name in text for name in names) or _opens_bio(text, words):
            yield Claim("boilerplate", piece)


def _opens_bio(text: str, names: set[str]) -> bool:
    """True when ``text`` opens with one of ``names`` and "is a", "is an" or "is the"."""
    head = text.split(maxsplit=3)
    return len(head) == 4 and head[0] in names and head[1] == "is" and head[2] in _BIO_ARTICLES


_BIO_ARTICLES = frozenset({"a", "an", "the"})


# A line below the story longer than this is not furniture.
_TAIL_LINE_WORDS = 20
