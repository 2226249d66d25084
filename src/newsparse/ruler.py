"""The rule protocol: what a rule sees, and what it returns.

A rule is any callable that takes a :class:`Document` and returns claims::

    def editor_note(doc: Document) -> Iterable[Claim]:
        for block in doc.free_blocks():
            if block.text.startswith("Editor's note:"):
                yield Claim("editor_note", block.span)

Its name, unless given, is its ``__name__``. The parser runs the rules in
order; each sees the claims of the rules before it, and every claim it
returns is checked before it is accepted: it must cover some text, stay
inside one block and overlap no earlier claim. A claim that does not is
refused with a :class:`~newsparse.errors.RuleError` naming the rule, so a rule
can never break losslessness.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, TypeAlias, TypeVar, cast

from attrs import field, frozen

from newsparse._source import Block, blocks_of
from newsparse.errors import RuleError
from newsparse.model import Data, DataValue, Span

if TYPE_CHECKING:
    from newsparse._patterns import Patterns
    from newsparse.lexicon import Lexicon

__all__ = ["Claim", "Document", "Rule"]

T = TypeVar("T")


def _to_data(value: Mapping[str, DataValue] | Iterable[tuple[str, DataValue]]) -> Data:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((str(k), v) for k, v in items)


@frozen
class Claim:
    """A rule's claim on a stretch of the source.

    Attributes:
        kind: the part kind, such as ``"caption"`` or a custom ``"editor_note"``.
        span: the stretch claimed; whitespace at its ends is trimmed.
        data: values for the typed views (see :mod:`newsparse.model`), given
            as a mapping or as ``(key, value)`` pairs.

    Examples:
        >>> Claim("editor_note", Span(0, 12), {"label": "Editor's note"})
        Claim(kind='editor_note', span=Span(0, 12), data=(('label', "Editor's note"),))
    """

    kind: str
    span: Span
    data: Data = field(default=(), converter=_to_data)

    def get_int(self, key: str) -> int | None:
        """The integer stored under ``key``, or None."""
        value = next((v for k, v in self.data if k == key), None)
        return value if isinstance(value, int) else None


Rule: TypeAlias = Callable[["Document"], Iterable[Claim]]
"""A rule: a callable from the :class:`Document` to the claims it makes."""


@frozen(repr=False)
class _Accepted:
    claim: Claim
    rule: str


class Document:
    """What a rule sees: the source, its blocks, and the claims made so far.

    A document is built by the parser for one text. Rules read it; only the
    parser adds claims, after checking them.
    """

    __slots__ = (
        "__dict__",
        "_block_starts",
        "_claims",
        "_memos",
        "_starts",
        "_versions",
        "blocks",
        "lexicon",
        "source",
    )

    def __init__(self, source: str, lexicon: Lexicon) -> None:
        self.source = source
        self.lexicon = lexicon
        self.blocks: tuple[Block, ...] = blocks_of(source)
        self._block_starts = [b.start for b in self.blocks]
        # Accepted claims per block, kept sorted by start, and their starts.
        # Only blocks with claims have entries: most of a long text's blocks
        # are claimed once, by the last rule, and need no empty lists before.
        self._claims: dict[int, list[_Accepted]] = {}
        self._starts: dict[int, list[int]] = {}
        # A block's version counts changes to its claims; memos are kept per version.
        self._versions: list[int] = [0] * len(self.blocks)
        # Memos by name, then by block: (the block's version, the answer).
        self._memos: dict[str, dict[int, tuple[int, object]]] = {}

    @cached_property
    def patterns(self) -> Patterns:
        """The lexicon's compiled patterns (compiled once per lexicon, then shared)."""
        from newsparse._patterns import patterns_for

        return patterns_for(self.lexicon)

    # Reading ------------------------------------------------------------

    def text(self, span: Span) -> str:
        """The source under ``span``."""
        return self.source[span.start : span.end]

    def claims(self, block: Block | None = None) -> tuple[Claim, ...]:
        """The claims accepted so far, in document order; of one block if given."""
        if block is not None:
            return tuple(a.claim for a in self._claims.get(block.index, ()))
        return tuple(a.claim for i in sorted(self._claims) for a in self._claims[i])

    def kinds(self, block: Block) -> tuple[str, ...]:
        """The kinds claimed in ``block`` so far, in order."""
        return tuple(a.claim.kind for a in self._claims.get(block.index, ()))

    def is_free(self, block: Block) -> bool:
        """True when no claim touches ``block``."""
        return not self._claims.get(block.index)

    def free_blocks(self) -> Iterator[Block]:
        """The blocks that no claim touches yet, in order."""
        return (b for b in self.blocks if not self._claims.get(b.index))

    def free_spans(self, block: Block) -> tuple[Span, ...]:
        """The unclaimed stretches of ``block``, trimmed of whitespace, in order."""
        if not self._claims.get(block.index):
            return (block.span,)  # a block is trimmed already: nothing to work out or keep
        return self.memo("free_spans", block, lambda: self._free_spans(block))

    def _free_spans(self, block: Block) -> tuple[Span, ...]:
        spans: list[Span] = []
        pos = block.start
        for accepted in self._claims.get(block.index, ()):
            self._add_trimmed(spans, pos, accepted.claim.span.start)
            pos = accepted.claim.span.end
        self._add_trimmed(spans, pos, block.end)
        return tuple(spans)

    def memo(self, name: str, block: Block, compute: Callable[[], T]) -> T:
        """``compute()`` for ``block``, kept until a claim changes the block.

        Rules ask the same questions of a block many times (its free
        stretches, whether it is hard-wrapped); the answer holds until the
        block's claims change, so it is worked out once per change.
        """
        memos = self._memos.get(name)
        if memos is None:
            memos = self._memos[name] = {}
        version = self._versions[block.index]
        hit = memos.get(block.index)
        if hit is not None and hit[0] == version:
            # One name always stores one type of value, so the stored value is a T.
            return cast("T", hit[1])
        value = compute()
        memos[block.index] = (version, value)
        return value

    def is_claimed(self, start: int, end: int) -> bool:
        """True when any claim overlaps ``[start, end)``."""
        block = self.block_at(start)
        if block is None:
            return False
        accepted = self._claims.get(block.index)
        if not accepted:
            return False
        # Claims are sorted and do not overlap: only the last one starting
        # before ``end`` can reach into the stretch.
        i = bisect.bisect_left(self._starts[block.index], end) - 1
        return i >= 0 and accepted[i].claim.span.end > start

    def block_at(self, offset: int) -> Block | None:
        """The block that holds ``offset``, if any."""
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    def _add_trimmed(self, spans: list[Span], start: int, end: int) -> None:
        trimmed = _trim(self.source, start, end)
        if trimmed is not None:
            spans.append(trimmed)

    # Claiming (parser only) ---------------------------------------------

    def _accept(self, claims: Iterable[Claim], rule: str) -> None:
        """Check a rule's claims against the contract and record them, or raise RuleError.

        A rule's claims are checked together, so a rule costs one merge per
        block it touches, however many claims it makes.
        """
        new: dict[int, list[_Accepted]] = {}
        for claim in claims:
            block, checked = self._checked(claim, rule)
            new.setdefault(block.index, []).append(_Accepted(checked, rule))
        for index, added in new.items():
            merged = sorted(
                [*self._claims.get(index, ()), *added], key=lambda a: a.claim.span.start
            )
            for left, right in itertools.pairwise(merged):
                if left.claim.span.end > right.claim.span.start:
                    mine, other = (right, left) if right.rule == rule else (left, right)
                    raise RuleError(
                        rule,
                        f"claim {mine.claim.kind!r} at {mine.claim.span} overlaps "
                        f"{other.claim.kind!r} at {other.claim.span} made by rule {other.rule!r}",
                    )
            self._claims[index] = merged
            self._starts[index] = [a.claim.span.start for a in merged]
            self._versions[index] += 1

    def _checked(self, claim: object, rule: str) -> tuple[Block, Claim]:
        """The claim trimmed of edge whitespace, with the block it lies in."""
        if not isinstance(claim, Claim):
            raise RuleError(rule, f"a rule must return Claim objects; got {type(claim).__name__}")
        span = claim.span
        if span.end > len(self.source):
            raise RuleError(rule, f"claim {claim.kind!r} at {span} runs past the end of the text")
        trimmed = _trim(self.source, span.start, span.end)
        if trimmed is None:
            raise RuleError(rule, f"claim {claim.kind!r} at {span} covers no text")
        block = self.block_at(trimmed.start)
        if block is None or trimmed.end > block.end:
            where = f" {block.span}" if block is not None else ""
            raise RuleError(rule, f"claim {claim.kind!r} at {span} leaves its block{where}")
        if trimmed != span:
            claim = Claim(claim.kind, trimmed, claim.data)
        return block, claim

    def _accepted_in(self, block: Block) -> list[_Accepted]:
        return self._claims.get(block.index, [])

    def _release(self, block: Block) -> None:
        self._claims.pop(block.index, None)
        self._starts.pop(block.index, None)
        for memos in self._memos.values():
            memos.pop(block.index, None)
        self._versions[block.index] += 1


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _trim(source: str, start: int, end: int) -> Span | None:
    """``[start, end)`` without whitespace at its ends; None if nothing is left."""
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None
