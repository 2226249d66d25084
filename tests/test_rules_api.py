"""The public rule chain: immutable operations, errors, the claim contract, lexicons."""

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

import newsparse
from newsparse import (
    Article,
    Claim,
    Document,
    DuplicateRuleError,
    Lexicon,
    NewsparseError,
    Parser,
    RuleError,
    Span,
    UnknownRuleError,
)
from newsparse.testing import ArticleSpec, articles, unusual_text

DEFAULT = Parser.default()
DEFAULT_NAMES = DEFAULT.rules


def nothing(doc: Document) -> Iterator[Claim]:
    return iter(())


def test_every_operation_returns_a_new_parser_and_leaves_the_default_alone() -> None:
    changed = DEFAULT.with_rule(nothing).without("read_more").replace("caption", nothing)
    assert DEFAULT_NAMES == Parser.default().rules
    assert "nothing" in changed.rules
    assert "read_more" not in changed.rules
    assert nothing is changed.rule("caption")


def test_with_rule_places_the_rule_before_or_after_a_name_or_at_the_end() -> None:
    assert "nothing" == DEFAULT.with_rule(nothing).rules[-1]
    rules = DEFAULT.with_rule(nothing, before="caption").rules
    assert rules.index("nothing") + 1 == rules.index("caption")
    rules = DEFAULT.with_rule(nothing, after="caption").rules
    assert rules.index("nothing") - 1 == rules.index("caption")
    assert "mine" in DEFAULT.with_rule(nothing, name="mine").rules


def test_only_keeps_the_rules_named_in_chain_order() -> None:
    assert ("caption", "paragraph") == DEFAULT.only("paragraph", "caption").rules


def test_unknown_names_raise_a_key_error_that_lists_the_known_names() -> None:
    with pytest.raises(UnknownRuleError) as caught:
        DEFAULT.without("credits")
    assert isinstance(caught.value, KeyError)
    assert isinstance(caught.value, NewsparseError)
    assert "unknown rule 'credits'; known rules: boilerplate, comments, caption" in str(
        caught.value
    )
    for call in (
        lambda: DEFAULT.only("nope"),
        lambda: DEFAULT.replace("nope", nothing),
        lambda: DEFAULT.with_rule(nothing, before="nope"),
        lambda: DEFAULT.rule("nope"),
    ):
        with pytest.raises(UnknownRuleError):
            call()


def test_a_duplicate_name_raises_a_value_error() -> None:
    with pytest.raises(DuplicateRuleError) as caught:
        DEFAULT.with_rule(nothing, name="caption")
    assert isinstance(caught.value, ValueError)
    assert "duplicate rule 'caption'" in str(caught.value)


def test_a_lambda_needs_a_name() -> None:
    with pytest.raises(TypeError, match="name="):
        DEFAULT.with_rule(lambda doc: [])


def test_a_rule_that_returns_something_else_than_claims_is_refused() -> None:
    def bad(doc: Document) -> list[object]:
        return ["not a claim"]

    with pytest.raises(RuleError, match=r"rule 'bad'.*Claim"):
        DEFAULT.with_rule(bad).parse("Some text")  # type: ignore[arg-type]


def test_a_custom_kind_is_a_part_with_its_rule_and_round_trips() -> None:
    def correction(doc: Document) -> Iterator[Claim]:
        for block in doc.free_blocks():
            if block.text.startswith("Correction:"):
                yield Claim("correction", block.span, {"label": "Correction"})

    parser = DEFAULT.with_rule(correction, before="paragraph")
    article = parser.parse("A headline here\n\nBody text.\n\nCorrection: the date was wrong.")
    (part,) = article.parts_of("correction")
    assert ("correction", "correction", "Correction") == (part.kind, part.rule, part.get("label"))
    assert article == Article.from_dict(article.to_dict())


@given(unusual_text())
def test_adding_a_rule_that_claims_nothing_changes_nothing(text: str) -> None:
    assert DEFAULT.parse(text) == DEFAULT.with_rule(nothing, before="caption").parse(text)


@given(st.one_of(unusual_text(), articles().map(ArticleSpec.render)))
def test_only_paragraph_gives_only_paragraph_and_other_parts(text: str) -> None:
    kinds = {p.kind for p in DEFAULT.only("paragraph").parse(text).parts}
    assert kinds <= {"paragraph", "other"}


def _covered(article: Article) -> bool:
    owners = [0] * len(article.source)
    for part in article.parts:
        for i in range(part.span.start, part.span.end):
            owners[i] += 1
    return all(
        n == 1 or (n == 0 and c.isspace()) for n, c in zip(owners, article.source, strict=True)
    )


@given(
    articles().map(ArticleSpec.render),
    st.lists(st.tuples(st.integers(0, 3000), st.integers(0, 400)), max_size=6),
    st.sampled_from(["caption", "paragraph", "boilerplate"]),
)
def test_user_rules_with_random_claims_stay_lossless_or_raise_rule_error(
    text: str, claims: list[tuple[int, int]], position: str
) -> None:
    def random_claims(doc: Document) -> Iterator[Claim]:
        for start, length in claims:
            yield Claim("random", Span(start, start + length))

    parser = DEFAULT.with_rule(random_claims, before=position)
    try:
        article = parser.parse(text)
    except RuleError as exc:
        message = str(exc)
    else:
        message = ""
        assert _covered(article)
    assert not message or "random_claims" in message


class ChainMachine(RuleBasedStateMachine):
    """The parser's chain, changed step by step, against a plain list of names."""

    def __init__(self) -> None:
        super().__init__()
        self.parser = Parser.default()
        self.model = list(DEFAULT_NAMES)
        self.added = 0

    def _new_rule(self) -> newsparse.Rule:
        self.added += 1

        def extra(doc: Document) -> Iterator[Claim]:
            return iter(())

        extra.__name__ = f"extra_{self.added}"
        return extra

    @rule(data=st.data(), where=st.sampled_from(["before", "after", "end"]))
    def add(self, data: st.DataObject, where: str) -> None:
        new = self._new_rule()
        if where == "end" or not self.model:
            self.parser = self.parser.with_rule(new)
            self.model.append(new.__name__)
            return
        anchor = data.draw(st.sampled_from(self.model))
        self.parser = self.parser.with_rule(new, **{where: anchor})
        at = self.model.index(anchor) + (1 if where == "after" else 0)
        self.model.insert(at, new.__name__)

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(self.model))
        self.parser = self.parser.without(name)
        self.model.remove(name)

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def keep_some(self, data: st.DataObject) -> None:
        names = data.draw(st.lists(st.sampled_from(self.model), min_size=1, unique=True))
        self.parser = self.parser.only(*names)
        self.model = [n for n in self.model if n in names]

    @precondition(lambda self: bool(self.model))
    @rule(data=st.data())
    def swap(self, data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(self.model))
        self.parser = self.parser.replace(name, self._new_rule())

    @rule(name=st.text(min_size=1, max_size=8))
    def unknown_names_are_refused(self, name: str) -> None:
        if name not in self.model:
            with pytest.raises(UnknownRuleError):
                self.parser.without(name)

    @invariant()
    def names_match_the_model(self) -> None:
        assert self.model == list(self.parser.rules)

    @invariant()
    def the_default_parser_is_unchanged(self) -> None:
        assert DEFAULT_NAMES == Parser.default().rules

    @invariant()
    def it_still_parses_losslessly(self) -> None:
        assert _covered(self.parser.parse("Title line\n\nREAD MORE\n\nBody. – Agencies"))


TestChain = ChainMachine.TestCase
TestChain.settings = settings(max_examples=60, stateful_step_count=12, deadline=None)


def test_lexicon_extend_adds_words_and_refuses_unknown_lists() -> None:
    lexicon = Lexicon(agencies=("AP",)).extend(agencies=("Tanjug", "AP"))
    assert ("AP", "Tanjug") == lexicon.agencies
    with pytest.raises(TypeError, match="unknown word list 'agency'"):
        lexicon.extend(agency=("x",))
    with pytest.raises(TypeError, match="sequence of strings"):
        Lexicon(agencies="AP")  # type: ignore[arg-type]


def test_languages_narrow_the_default_lexicon() -> None:
    assert ("en", "de") == Parser.default(languages=("en", "de")).lexicon.languages
    assert ("en", "de", "fr", "es", "it", "pt", "ru", "id", "ja", "ko") == DEFAULT.lexicon.languages
    with pytest.raises(ValueError, match="no language pack 'xx'"):
        Parser.default(languages=("xx",))


def test_with_lexicon_adds_an_agency_without_code() -> None:
    text = "Floods close roads\n\nRoads were closed across the region on Monday. - Tanjug"
    assert DEFAULT.parse(text).agency_credit is None
    lexicon = newsparse.default_lexicon().extend(agencies=("Tanjug",))
    credit = DEFAULT.with_lexicon(lexicon).parse(text).agency_credit
    assert credit is not None
    assert ("Tanjug",) == credit.agencies


def test_a_new_caption_rule_and_agency_change_only_their_parts() -> None:
    from .examples_support import load_example

    example = load_example("custom_rule")
    default = DEFAULT.parse(example.TEXT)
    custom = (
        DEFAULT.with_rule(example.bracket_caption, after="caption")
        .with_lexicon(newsparse.default_lexicon().extend(agencies=("Tanjug",)))
        .parse(example.TEXT)
    )
    changed = {p.span for p in custom.parts} ^ {p.span for p in default.parts}
    touched = [p for p in custom.parts if p.span in changed]
    assert {"caption", "agency_credit", "paragraph"} >= {p.kind for p in touched}
    assert 1 == len(custom.captions)
    assert custom.agency_credit is not None
    assert default.headline == custom.headline
