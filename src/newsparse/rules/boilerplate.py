"""Page furniture: share rows, advertisements, newsletter sign-ups, footers, readers' comments."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator

import regex

from newsparse._patterns import Patterns
from newsparse._source import Block
from newsparse.model import Span
from newsparse.ruler import Claim, Document
from newsparse.rules._head import time_lines_end
from newsparse.rules._shape import (
    ENTRY_END,
    FIGURE,
    carries_on,
    closes_sentence,
    end_button,
    ends_full_stop,
    is_running_text,
    is_title_like,
    is_wrapped_paragraph,
)
from newsparse.rules.captions import is_bbc_label

# A line made only of rule marks: "___", "* * *", "-----".
_RULE_LINE = regex.compile(r"^[\s_*=~#•·\-–—]{3,}$")

# Counters and gallery controls in any language: "Image 1 of 9", "1 / 9", "84.1K",
# "New, 6 comments", "12 Comments", "108 2", and reading and listening times:
# "3 Min Read", "2 minutes to read", "5-minute read", "3-Minute Listen".
_COUNTER_LINE = regex.compile(
    r"""^(?:
        (?:image|photo|picture|slide|foto|bild)\s+\d+\s+(?:of|von|de|di|sur)[\s/]+\d+
      | \d+\s*/\s*\d+  # pages put no-break spaces round the slash: "1 \u00a0/\u00a0 9"
      | \d+(?:[.,]\d+)?[kKmM]
      | (?:new,\s+)?\d+\s+(?:comments?|shares?|replies)
      | \d{1,6}(?:[ ]+\d{1,6}){1,3}  # counts side by side: "108 2" (shares, comments)
      | 0  # an empty count: no story's paragraph is a bare zero
      | \d{1,3}(?:\s*|-)min(?:ute)?s?\.?\s+
        (?:to\s+)?(?:read|listen|de\s+lecture|de\s+lectura|de\s+leitura|di\s+lettura)
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
_TAGGED_TEASER = regex.compile(r"^[^.!?\n]{10,200}?[\s\u00a0]\[(?P<tag>\p{Lu}\p{L}{2,14})\]\|?$")


def _tagged_teaser(pats: Patterns, text: str) -> bool:
    """A teaser's title with its kind in brackets; an agency there is a caption's credit.

    ``Ferry fares to rise again [INSIGHT]`` is a teaser; ``Rescuers search the
    water [AFP]`` a caption, as Al Jazeera credits its photographs.
    """
    teaser = _TAGGED_TEASER.match(text)
    return teaser is not None and pats.agency_line.match(teaser.group("tag")) is None


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
        # perhaps with the story it leads to: "Next Post: The best pubs near a ferry pier"
        (?:[ ]*:[ ]+[^\n]{1,100})?
      | [ ]+Up[ ]+In[ ].{1,30}
    )?
    (?:[ ]*[\p{Pd}›»>→])?$
    """,
    regex.VERBOSE,
)

# A blog's category and tag lines under a post: "Posted in Walks", "Tagged ferries,
# islands, winter" (a sentence that opens so ends with a stop).
_FILED_LINE = regex.compile(r"^(?:Posted[ ]in|Tagged(?:[ ]with)?:?)[ ]\S")

# A press release's end mark ("ENDS", "- ENDS -", "-30-"; "###" is a rule line) and
# PR Newswire's line naming the issuer, "SOURCE Harbourline Ltd" (no colon: "SOURCE:
# News agencies" credits a story).
_RELEASE_MARK = regex.compile(
    r"^(?:(?:\p{Pd}[ ]*)?ENDS?(?:[ ]*\p{Pd})?|\p{Pd}30\p{Pd}|SOURCE[ ]+\p{Lu}[^:\n]{1,60})$"
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
    no teaser, nor a byline with a name in camel case ("By . Jane Roe for
    MailOnline . The council …").
    """
    if len(text) > _LONGEST_FURNITURE * 2 or not closes_sentence(text):
        return False  # the summary is a sentence, and ends the line
    if text[:2].casefold() == "by" and pats.byline_flat.match(text):
        return False  # "By . Jane Roe for MailOnline . The council …": a name, not a glue
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
    if short and (
        _PAGER_LINE.match(text)
        or _button_row(pats, text)
        or _comment_count(pats, text)
        or (_FILED_LINE.match(text) and not ends_full_stop(text))
        or _RELEASE_MARK.match(text)
    ):
        return True
    if text.endswith(("]", "]|")) and _tagged_teaser(pats, text):
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
        if FIGURE.search(text):
            return False
    else:
        return False
    return least <= len(steps) <= most and all(
        1 <= len(step.split()) <= words and not ENTRY_END.search(step) for step in steps
    )


def _footer(pats: Patterns, text: str) -> bool:
    """A publisher's copyright line; an agency's ("© Reuters 2024") is the agency credit."""
    return pats.footer.match(text) is not None and pats.agency_line.match(text) is None


def _passed_over(
    pats: Patterns, text: str, above: str, *, short: bool, gate: bool, last: bool
) -> bool:
    """A line that looks like furniture but is not, given the line ``above`` it.

    A read-more marker is the read_more rule's, and a BBC image label alone
    over a line of its block (``Image caption`` / ``Crews load …``) the caption
    rule's (``last`` tells that no line of the block is under ``text``). Wire
    copy wraps a sentence where the line is full, so its last line may be a
    word that a page prints alone as a button ("… 5.83 dlrs per" / "share.").
    """
    if gate and ((short and pats.read_more_alone.match(text)) or pats.read_more_inline.match(text)):
        return True
    if short and not last and is_bbc_label(text):
        return True  # the caption rule's: the label over its credit or its caption
    return (
        carries_on(above, text)
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
    if pats.boilerplate_tail.search(text, start) is None:
        return False
    # "© 2019 The Associated Press. All rights reserved." is the agency credit's
    return pats.agency_line.match(text) is None


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
    title, in a page copied with no blank lines. A read-more marker's list of
    links, each over its date, is no menu.
    """
    runs = [0] * (len(lines) + 1)
    if len(lines) < _MENU_LINES:
        return runs  # too few lines for a menu
    pats = doc.patterns
    over_byline = False
    for i in range(len(lines) - 1, -1, -1):
        text = doc.text(lines[i])
        if pats.read_more_alone.match(text):
            listed = _dated_links_end(doc, lines, i + 1)
            runs[i + 1 : listed] = [0] * (listed - i - 1)  # the marker's links, no menu
        if not over_byline and _menu_item(pats, text):
            runs[i] = runs[i + 1] + 1
        over_byline = pats.byline.match(text) is not None
    return runs


def _dated_links_end(doc: Document, lines: tuple[Span, ...], start: int) -> int:
    """Where a list of links, each over its date, that starts at line ``start`` ends.

    ``Ferries to run all winter`` / ``Published`` / ``1 February`` / ``Council
    keeps library open`` / …: the related stories a marker lists, not a menu.
    ``start`` itself when no such list starts there.
    """
    end = i = start
    for _ in range(_DATED_LINKS):  # bounded: markers set close together cost no more
        if i + 1 >= len(lines) or not is_title_like(doc.text(lines[i])):
            break
        dated = time_lines_end(doc, lines, i + 1, _DATE_LINES)
        if dated == i + 1:
            break  # a link with no date under it
        end = i = dated
    return end


# A marker lists at most this many dated links, each date on at most two lines.
_DATED_LINKS = 10
_DATE_LINES = 2


def _heading(pats: Patterns, text: str) -> regex.Match[str] | None:
    """The furniture heading ``text`` opens with, unless the line is a sentence.

    ``Follow us``, ``Most Read``, ``Our Standards: The Trust Principles.``; not
    ``Follow the money, campaigners say.``, which only opens with a heading's word.
    """
    head = pats.boilerplate_head.match(text)
    if head is None or not ends_full_stop(text) or text[head.end() :].lstrip().startswith(":"):
        return head
    return None


def _where_to_read(doc: Document, block: Block) -> tuple[int, list[int]]:
    """The index of the block's first line that may be furniture, and its menu runs.

    The lines of a paragraph wrapped at a fixed width are running text: only
    its last may be furniture (a copyright line under a two-line notice), and
    it holds no menu.
    """
    if is_wrapped_paragraph(doc, block):
        return len(block.lines) - 1, [0] * (len(block.lines) + 1)
    return 0, _menu_runs(doc, block.lines)


def boilerplate(doc: Document) -> Iterator[Claim]:
    """Claim page furniture: whole lines the lexicon lists, rule lines and footers.

    A heading such as ``Related Topics`` or ``Sign up for our newsletter``
    takes the short lines that follow it in its block (the topic tags, the
    sign-up blurb and button).
    """
    pats = doc.patterns
    for block in doc.blocks:
        lines = block.lines
        i, menus = _where_to_read(doc, block)
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
            if _passed_over(pats, text, above, short=short, gate=gate, last=i + 1 == len(lines)):
                i += 1
                continue
            # A heading is a short line, or opens a line with its list: "Tags: …".
            head = _heading(pats, text) if gate and (short or ":" in text[:40]) else None
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
