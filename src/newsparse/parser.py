"""The parser: an immutable, ordered chain of named rules over a lexicon."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import attrs
from attrs import field, frozen

from newsparse.errors import DuplicateRuleError, UnknownRuleError
from newsparse.lexicon import Lexicon, default_lexicon
from newsparse.model import Article, Part, collapse
from newsparse.ruler import Document, Rule

__all__ = ["Parser", "parse"]


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"parse() takes str, not {type(text).__name__}; "
            "decode the bytes first, e.g. data.decode('utf-8')"
        )
    raise TypeError(
        f"parse() takes the article text as str, not {type(text).__name__}; "
        "for bytes, call .decode() first"
    )


def _rule_name(rule: Rule, name: str | None) -> str:
    if name is not None:
        return name
    found = getattr(rule, "__name__", None)
    if not isinstance(found, str) or not found or found == "<lambda>":
        raise TypeError(f"rule {rule!r} has no usable __name__; pass name=...")
    return found


def _chain_tuple(chain: Iterable[tuple[str, Rule]]) -> tuple[tuple[str, Rule], ...]:
    return tuple(chain)


@frozen(repr=False)
class Parser:
    """An immutable chain of named rules and the lexicon they read.

    Every method that changes the chain returns a new parser; the default
    parser is never changed.

    Examples:
        >>> from newsparse import Parser
        >>> parser = Parser.default()
        >>> parser.rules[:3]
        ('boilerplate', 'comments', 'caption')
        >>> "read_more" in parser.without("read_more").rules
        False
        >>> "read_more" in parser.rules
        True
    """

    chain: tuple[tuple[str, Rule], ...] = field(converter=_chain_tuple)
    lexicon: Lexicon = field(factory=Lexicon)

    def __attrs_post_init__(self) -> None:
        seen: list[str] = []
        for name, _ in self.chain:
            if name in seen:
                raise DuplicateRuleError(name, tuple(seen))
            seen.append(name)

    @classmethod
    def default(cls, languages: Iterable[str] | None = None) -> Parser:
        """The default chain, with the language packs named (all of them by default).

        Raises:
            ValueError: a language has no pack.
        """
        from newsparse.rules import DEFAULT_RULES

        return cls(DEFAULT_RULES, default_lexicon(languages))

    @property
    def rules(self) -> tuple[str, ...]:
        """The rule names, in the order they run."""
        return tuple(name for name, _ in self.chain)

    def rule(self, name: str) -> Rule:
        """The rule called ``name``.

        Raises:
            UnknownRuleError: no rule has that name (a ``KeyError``).
        """
        for known, rule in self.chain:
            if known == name:
                return rule
        raise UnknownRuleError(name, self.rules)

    def _index(self, name: str) -> int:
        names = self.rules
        if name not in names:
            raise UnknownRuleError(name, names)
        return names.index(name)

    def with_rule(
        self,
        rule: Rule,
        *,
        name: str | None = None,
        before: str | None = None,
        after: str | None = None,
    ) -> Parser:
        """Return a parser with ``rule`` added before or after a named rule, else at the end.

        Raises:
            DuplicateRuleError: the chain already has a rule of that name (a ``ValueError``).
            UnknownRuleError: ``before`` or ``after`` names no rule (a ``KeyError``).
            TypeError: both ``before`` and ``after`` are given.
        """
        if before is not None and after is not None:
            raise TypeError("with_rule() takes before= or after=, not both")
        new_name = _rule_name(rule, name)
        if new_name in self.rules:
            raise DuplicateRuleError(new_name, self.rules)
        chain = list(self.chain)
        if before is not None:
            at = self._index(before)
        elif after is not None:
            at = self._index(after) + 1
        else:
            at = len(chain)
        chain.insert(at, (new_name, rule))
        return attrs.evolve(self, chain=tuple(chain))

    def replace(self, name: str, rule: Rule) -> Parser:
        """Return a parser with the rule called ``name`` swapped for ``rule`` (same name).

        Raises:
            UnknownRuleError: no rule has that name (a ``KeyError``).
        """
        at = self._index(name)
        chain = list(self.chain)
        chain[at] = (name, rule)
        return attrs.evolve(self, chain=tuple(chain))

    def without(self, *names: str) -> Parser:
        """Return a parser without the rules named.

        Raises:
            UnknownRuleError: a name is not in the chain (a ``KeyError``).
        """
        for name in names:
            self._index(name)
        return attrs.evolve(self, chain=tuple(p for p in self.chain if p[0] not in names))

    def only(self, *names: str) -> Parser:
        """Return a parser that keeps only the rules named, in their present order.

        Raises:
            UnknownRuleError: a name is not in the chain (a ``KeyError``).
        """
        for name in names:
            self._index(name)
        return attrs.evolve(self, chain=tuple(p for p in self.chain if p[0] in names))

    def with_lexicon(self, lexicon: Lexicon) -> Parser:
        """Return a parser whose rules read ``lexicon``."""
        if not isinstance(lexicon, Lexicon):
            raise TypeError(f"with_lexicon() takes a Lexicon, not {type(lexicon).__name__}")
        return attrs.evolve(self, lexicon=lexicon)

    def parse(self, text: str) -> Article:
        """Parse one article.

        Args:
            text: the article as plain text. Any ``str`` is accepted.

        Returns:
            The :class:`~newsparse.Article`; for empty or blank text, the
            empty article.

        Raises:
            TypeError: ``text`` is not a ``str`` (for bytes, decode them first).
            RuleError: a rule broke the claim contract (never with the default rules).
        """
        text = _check_text(text)
        if not text or text.isspace():
            return Article(text, ())
        doc = Document(text, self.lexicon)
        for name, rule in self.chain:
            doc._accept(rule(doc), name)
        parts = _parts(doc)
        del doc  # free the blocks before the views are built: a lower peak on long texts
        return Article(text, parts)

    def __repr__(self) -> str:
        langs = ",".join(self.lexicon.languages) or "none"
        return f"<Parser rules={len(self.chain)} languages={langs}: {' > '.join(self.rules)}>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Parser, (self.chain, self.lexicon))


def _parts(doc: Document) -> tuple[Part, ...]:
    """The accepted claims as parts, with ``other`` parts for what no rule claimed."""
    source = doc.source
    parts: list[Part] = []
    for block in doc.blocks:
        accepted = doc._accepted_in(block)
        free = iter(doc.free_spans(block))
        pending = next(free, None)
        for item in accepted:
            span = item.claim.span
            while pending is not None and pending.start < span.start:
                parts.append(Part("other", pending, collapse(pending.of(source)), "other"))
                pending = next(free, None)
            parts.append(
                Part(item.claim.kind, span, collapse(span.of(source)), item.rule, item.claim.data)
            )
        while pending is not None:
            parts.append(Part("other", pending, collapse(pending.of(source)), "other"))
            pending = next(free, None)
        # The block's claims are parts now: let them go, so that a long text
        # never holds both in memory at once.
        doc._release(block)
    return tuple(parts)


@functools.cache
def _default_parser() -> Parser:
    """The default parser, built once: it is immutable, so sharing it is safe."""
    return Parser.default()


def parse(text: str, *, parser: Parser | None = None) -> Article:
    r"""Parse one article with the default parser (or the one given).

    Examples:
        >>> import newsparse
        >>> article = newsparse.parse("Kim heads home\n\nThe train left on Sunday.")
        >>> article.headline.text
        'Kim heads home'

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    return (parser or _default_parser()).parse(text)
