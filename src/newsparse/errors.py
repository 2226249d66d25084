"""The exceptions newsparse raises.

Every exception derives from :class:`NewsparseError` and from the builtin that
matches its meaning, so ``except KeyError`` and ``except NewsparseError`` both
catch an unknown rule name.
"""

from __future__ import annotations

__all__ = ["DuplicateRuleError", "NewsparseError", "RuleError", "UnknownRuleError"]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class RuleError(NewsparseError, ValueError):
    """A rule returned a claim that breaks the claim contract.

    The claim left its block, overlapped an earlier claim, or covered no text.
    This is a bug in the rule, not in the text, so it is raised rather than
    hidden. The message names the rule.
    """

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(f"rule {rule!r}: {message}")
        self.rule = rule


class UnknownRuleError(NewsparseError, KeyError):
    """A rule name that the parser's chain does not hold."""

    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        super().__init__(name)
        self.name = name
        self.known = known

    def __str__(self) -> str:
        return f"unknown rule {self.name!r}; known rules: {', '.join(self.known) or '(none)'}"


class DuplicateRuleError(NewsparseError, ValueError):
    """A rule name that the parser's chain already holds."""

    def __init__(self, name: str, known: tuple[str, ...]) -> None:
        super().__init__(f"duplicate rule {name!r}; the chain already has: {', '.join(known)}")
        self.name = name
        self.known = known
