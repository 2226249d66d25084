"""The pipeline's pieces: the line table, blocks, and the claim contract."""

from collections.abc import Iterator

import pytest

import newsparse
from newsparse import Claim, Document, Parser, RuleError, Span
from newsparse._source import blocks_of, line_spans


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085"], ids=repr)
def test_every_line_break_ends_a_line(newline: str) -> None:
    text = f"one{newline}two{newline}three"
    assert ["one", "two", "three"] == [text[s:e] for s, e in line_spans(text)]


def test_crlf_counts_as_one_break() -> None:
    assert [(0, 1), (3, 3), (5, 6)] == line_spans("a\r\n\r\nb")


def test_a_final_newline_adds_no_line_but_empty_text_has_one() -> None:
    assert [(0, 1)] == line_spans("a\n")[:1]
    assert [(0, 0)] == line_spans("")


def test_blank_lines_with_spaces_separate_blocks() -> None:
    text = "Title\n \t \nOne\ntwo\n\n\n   Three  "
    assert ["Title", "One\ntwo", "Three"] == [b.text for b in blocks_of(text)]


def test_block_lines_are_trimmed() -> None:
    block = blocks_of("  first line  \n\tsecond\n")[0]
    assert ["first line", "second"] == [block.line_text(i) for i in range(len(block.lines))]


def test_wire_copy_splits_before_each_indented_line() -> None:
    wire = (
        "TOKYO, April 8 - Japanese banks are expected to remain\n"
        "cautious about new lending.\n"
        "    Bankers said demand was weak.\n"
        "    Officials declined to comment on the\n"
        "figures.\n"
        " Reuter\n"
    )
    texts = [b.text for b in blocks_of(wire)]
    assert 3 == len(texts)
    assert texts[1] == "Bankers said demand was weak."
    assert texts[2].endswith("figures.\n Reuter")


def test_a_wrapped_sentence_ending_in_a_button_word_stays_in_its_paragraph() -> None:
    wire = (
        "HARBOUR FERRIES <HBF> 1ST QTR NET\n"
        "    Shr 12 cts vs nine cts\n"
        "    Net 1.2 mln vs 900,000\n"
        "    Note: Current qtr figures include a gain of 2.1 mln dlrs, or 29 cts per\n"
        "share.\n"
        " Reuter\n"
    )
    article = newsparse.parse(wire)
    assert "boilerplate" not in {p.kind for p in article.parts}
    assert article.body[-1].text.endswith("29 cts per share.")


def test_a_note_in_brackets_under_a_wrapped_paragraph_stays_with_it() -> None:
    wire = (
        "HARBOUR FERRIES ADDS SAILINGS\n"
        "    Harbour Ferries said it would add two sailings a day from\n"
        "January after islanders complained about the winter timetable\n"
        "on the route.\n"
        " (See FERRY for timetables)\n"
        " Reuter\n"
    )
    article = newsparse.parse(wire)
    assert article.body[-1].text.endswith("on the route. (See FERRY for timetables)")


def test_column_heads_printed_over_each_part_of_a_table_stay_in_the_story() -> None:
    wire = (
        "HARBOUR FARES FOR THE WINTER\n"
        "    Harbour Ferries set these fares in euros for the winter.\n"
        "               FERRY   BUS   TRAIN\n"
        " Lisbon        2.65   ---   3.01\n"
        " Porto         ---    2.10  ---\n"
        "               FERRY   BUS   TRAIN\n"
        " Faro          3.15   ---   ---\n"
        " Braga         ---    ---   2.95\n"
        " Reuter\n"
    )
    article = newsparse.parse(wire)
    assert {"boilerplate", "byline", "timestamp"}.isdisjoint(p.kind for p in article.parts)


def test_a_block_indented_throughout_is_not_split() -> None:
    quoted = "    A quoted paragraph that\n    wraps over two lines."
    assert 1 == len(blocks_of(quoted))


def test_hard_wrapped_block_is_one_paragraph() -> None:
    text = (
        "Headline of the day here\n\n"
        "The council approved the plan on Monday after a long debate\n"
        "in which several members raised concerns about traffic.\n"
    )
    article = newsparse.parse(text)
    expected = (
        "The council approved the plan on Monday after a long debate in which several "
        "members raised concerns about traffic."
    )
    assert [expected] == [p.text for p in article.body]


def test_one_line_per_paragraph_block_keeps_lines_apart() -> None:
    text = (
        "Headline of the day here\n\n"
        "The council approved the plan on Monday after a long debate in which several "
        "members raised concerns about traffic being displaced onto other streets.\n"
        "Short second paragraph.\n"
    )
    assert 2 == len(newsparse.parse(text).body)


def _rule(*claims: Claim) -> newsparse.Rule:
    def custom(doc: Document) -> Iterator[Claim]:
        yield from claims

    return custom


BARE = Parser.default().only("paragraph")


def test_a_claim_that_leaves_its_block_is_refused_naming_the_rule() -> None:
    parser = BARE.with_rule(_rule(Claim("note", Span(0, 16))), before="paragraph")
    with pytest.raises(RuleError, match=r"rule 'custom'.*leaves its block"):
        parser.parse("First block\n\nSecond block")


def test_overlapping_claims_are_refused() -> None:
    parser = BARE.with_rule(_rule(Claim("a", Span(0, 5)), Claim("b", Span(3, 8))))
    with pytest.raises(RuleError, match="overlaps"):
        parser.parse("First block of text")


def test_a_claim_over_earlier_claims_names_both_rules() -> None:
    parser = BARE.with_rule(_rule(Claim("late", Span(0, 5))), after="paragraph")
    with pytest.raises(RuleError, match="made by rule 'paragraph'"):
        parser.parse("First block of text")


def test_whitespace_only_claim_is_refused() -> None:
    parser = BARE.with_rule(_rule(Claim("gap", Span(5, 6))))
    with pytest.raises(RuleError, match="covers no text"):
        parser.parse("First block")


def test_claim_past_the_end_is_refused() -> None:
    parser = BARE.with_rule(_rule(Claim("far", Span(0, 99))))
    with pytest.raises(RuleError, match="past the end"):
        parser.parse("short")


def test_rule_error_is_a_value_error() -> None:
    assert issubclass(RuleError, ValueError)
    assert issubclass(RuleError, newsparse.NewsparseError)


def test_claims_are_trimmed_of_edge_whitespace() -> None:
    parser = Parser.default().only().with_rule(_rule(Claim("note", Span(0, 9))))
    article = parser.parse("  Note it  ")
    assert [("note", Span(2, 9))] == [(p.kind, p.span) for p in article.parts]


def test_unclaimed_text_becomes_other_parts() -> None:
    article = Parser.default().only().parse("One\n\nTwo three")
    assert [("other", "One"), ("other", "Two three")] == [(p.kind, p.text) for p in article.parts]
    assert all("other" == p.rule for p in article.parts)


def test_a_marker_line_inside_a_block_splits_its_paragraph() -> None:
    text = (
        "A headline for the test\n\n"
        "The first part of the paragraph runs on for a while and ends here.\n"
        "READ MORE\n"
        "The second part of the same block keeps running on after the marker line.\n"
    )
    article = newsparse.parse(text)
    assert 2 == len(article.body)
    assert 1 == article.read_more[0].index


def test_parse_refuses_bytes_and_suggests_decode() -> None:
    with pytest.raises(TypeError, match=r"bytes.*decode"):
        newsparse.parse(b"Headline")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, 3, 2.5, ["a"], object()])
def test_parse_refuses_other_types(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        newsparse.parse(value)  # type: ignore[arg-type]


def test_str_subclasses_are_accepted() -> None:
    class Text(str):
        pass

    assert "Title here" == newsparse.parse(Text("Title here")).headline.text  # type: ignore[union-attr]


def test_a_caption_and_its_credit_in_the_next_block_are_one_caption() -> None:
    text = (
        "A headline for the story here\n\n"
        "Above: A ferry leaves the harbour at dawn.\n\n"
        "Image Credit: Example Ferries\n\n"
        "The ferry company said on Monday that it would add two sailings a day from May."
    )
    article = newsparse.parse(text)
    assert 1 == len(article.captions)
    caption = article.captions[0]
    assert "Above: A ferry leaves the harbour at dawn." == caption.text
    assert caption.credit is not None
    assert ("Example Ferries",) == caption.credit.sources
    assert text.index("Above") == caption.span.start
    assert text.index("Example Ferries") + len("Example Ferries") == caption.span.end


def test_a_short_line_set_right_over_a_longer_title_is_its_kicker() -> None:
    article = newsparse.parse(
        "Kitchen tips\nTwenty ways to keep bread fresh for longer\n\n"
        "Bread goes stale because its starch crystallises, not because it dries out, bakers say."
    )
    assert "Twenty ways to keep bread fresh for longer" == article.headline.text  # type: ignore[union-attr]
    assert ["Kitchen tips"] == [p.text for p in article.parts_of("kicker")]


def test_a_section_in_lower_case_over_the_time_is_a_kicker() -> None:
    article = newsparse.parse(
        "mumbai\nUpdated: Nov 19, 2019 10:31 IST\n\n"
        "Ferry services to Elephanta suspended as cyclone nears\n\n"
        "Ferry services between the Gateway of India and Elephanta island were suspended "
        "on Tuesday as a cyclone approached the coast."
    )
    assert "Ferry services to Elephanta suspended as cyclone nears" == article.headline.text  # type: ignore[union-attr]
    assert ["mumbai"] == [p.text for p in article.parts_of("kicker")]


def test_a_short_headline_over_a_standfirst_block_stays_the_headline() -> None:
    article = newsparse.parse(
        "Storm closes port\n\nHundreds spent the night aboard ferries in the harbour\n\n"
        "Ferries stayed in harbour on Sunday as the wind rose. – Agencies"
    )
    assert "Storm closes port" == article.headline.text  # type: ignore[union-attr]
    assert () == article.parts_of("kicker")


def test_dates_under_a_dateline_are_the_story_not_its_time() -> None:
    # A dividend notice: the dateline opens the story, so "Pay May 1" under it
    # is a line of the story, and a date with no year or clock is no time stamp.
    wire = (
        "HARBOUR FERRIES <HFY> QTLY DIV\n\n"
        "PORTLAND, Maine, March 13 - Qtly div 22 cts vs 22 cts\n"
        "    Pay May 1\n"
        "    Record April 3\n"
        " Reuter\n"
    )
    article = newsparse.parse(wire)
    assert [] == [p.text for p in article.parts if p.kind == "timestamp"]
    assert ["Qtly div 22 cts vs 22 cts", "Pay May 1", "Record April 3"] == [
        p.text for p in article.body
    ]


def test_a_wrapped_paragraph_over_a_note_is_no_list_of_links() -> None:
    wire = (
        "HARBOUR FUTURES DRAW NEW TRADERS\n\n"
        "HONG KONG, April 8 - Traders welcomed the longer hours on Monday.\n"
        "    Futures contracts on the harbour freight index have become\n"
        "increasingly popular since they were introduced to the market\n"
        "in May 1986.\n"
        " (See page 4 for the index)\n"
        " Reuter\n"
    )
    article = newsparse.parse(wire)
    assert "boilerplate" not in [p.kind for p in article.parts]
    body = " ".join(p.text for p in article.body)
    assert "index have become increasingly popular since they were introduced" in body


def test_a_publishers_copyright_line_is_furniture_not_the_agency_credit() -> None:
    footer = "© 2024 Harbour Media. All rights reserved."
    text = f"Ferry strike halts crossings\n\nWorkers extended their strike on Tuesday.\n\n{footer}"
    article = newsparse.parse(text)
    assert article.agency_credit is None
    assert ("boilerplate", footer) == (article.parts[-1].kind, article.parts[-1].text)


@pytest.mark.parametrize(
    ("closing", "agencies"),
    [
        ("SOURCE: News agencies", ("News agencies",)),
        ("Source: Harbour Times and news agencies", ("Harbour Times", "news agencies")),
        ("Quelle: dpa", ("dpa",)),
        ("jro/dpa", ("dpa",)),
        ("mst/dpa/AFP", ("dpa", "AFP")),
        ("(bbr/dpa)", ("dpa",)),
        # the editors' initials before the agencies in brackets, as DW signs off
        ("jr/th (dpa, Reuters)", ("dpa", "Reuters")),
        ("ipj/rc (AFP, AP, dpa)", ("AFP", "AP", "dpa")),
        # the newsroom's word for the wires it used
        ("(With agency inputs)", ("agency inputs",)),
        ("— With wire services", ("wire services",)),
        # a wire's copyright line, with its notice
        ("© 2024 The Associated Press. All rights reserved.", ("Associated Press",)),
        (
            (
                "Copyright 2024 The Associated Press. All rights reserved. This material "
                "may not be published, broadcast, rewritten or redistributed."
            ),
            ("Associated Press",),
        ),
    ],
)
def test_a_closing_line_naming_the_sources_is_the_agency_credit(
    closing: str, agencies: tuple[str, ...]
) -> None:
    text = "Ferry strike halts crossings\n\nWorkers extended their strike on Tuesday.\n\n" + closing
    article = newsparse.parse(text)
    assert article.agency_credit is not None
    assert article.agency_credit.agencies == agencies
    assert [] == list(article.captions)


@pytest.mark.parametrize(
    ("closing", "agencies"),
    [
        ("Avec AFP", ("AFP",)),  # a lead that opens contributors too
        ("Con información de EFE", ("EFE",)),
        ("© Reuters 2024", ("Reuters",)),  # an agency's copyright is no publisher's footer
    ],
)
def test_a_closing_line_naming_only_agencies_is_the_agency_credit(
    closing: str, agencies: tuple[str, ...]
) -> None:
    story = [
        "Ferry strike halts crossings",
        "Workers extended their strike on Tuesday after talks with the operator failed.",
        "The union said on Wednesday that no new date had been set for talks with the operator.",
        "Islanders were told to expect more cancellations this week, and to check before travel.",
    ]
    article = newsparse.parse("\n\n".join([*story, closing]))
    assert article.contributors is None
    assert article.agency_credit is not None
    assert article.agency_credit.agencies == agencies


def test_a_source_line_under_a_chart_in_the_story_stays_its_credit() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday.\n\n"
        "Crossings a day since January.\nSource: Reuters\n\n"
        "The union said talks had broken down."
    )
    article = newsparse.parse(text)
    assert article.agency_credit is None
    assert ["Crossings a day since January."] == [c.text for c in article.captions]


@pytest.mark.parametrize(
    ("last", "agencies"),
    [
        (
            '"We will not go back," an official told reporters. (With inputs from agencies)',
            ("agencies",),
        ),
        ("Die Gewerkschaft will nicht nachgeben. (Mit Material von dpa)", ("dpa",)),
        ("The union said talks would resume next week. Source: AAP", ("AAP",)),
    ],
)
def test_agencies_led_in_to_after_the_last_sentence_are_its_credit(
    last: str, agencies: tuple[str, ...]
) -> None:
    text = f"Ferry strike halts crossings\n\nWorkers extended their strike on Tuesday.\n\n{last}"
    article = newsparse.parse(text)
    assert article.agency_credit is not None
    assert article.agency_credit.agencies == agencies
    assert article.captions == ()
    assert last.rsplit(" (", 1)[0].rsplit(" Source:", 1)[0] == article.body[-1].text


@pytest.mark.parametrize(
    ("last", "body_end", "agency"),
    [
        ("Lo sciopero continua, ha detto il sindacato (ANSA).", "ha detto il sindacato", "ANSA"),
        ("La grève continue, a précisé la préfecture (AFP)", "a précisé la préfecture", "AFP"),
        ("The strike goes on, the union said (AP)", "the union said", "AP"),
    ],
)
def test_an_agency_in_brackets_after_the_last_word_is_its_credit(
    last: str, body_end: str, agency: str
) -> None:
    text = f"Ferry strike halts crossings\n\nWorkers extended their strike on Tuesday.\n\n{last}"
    article = newsparse.parse(text)
    assert article.agency_credit is not None
    assert article.agency_credit.agencies == (agency,)
    assert article.body[-1].text.endswith(body_end)


@pytest.mark.parametrize(
    ("ending", "agencies"),
    [
        ("said.\n\nAssociated Press", ("Associated Press",)),
        ("said.\n\nWith inputs from PTI", ("PTI",)),
        ("said. — The Associated Press", ("Associated Press",)),
        ("said. — The Canadian Press", ("Canadian Press",)),
        ("said. (dpa/lni)", ("dpa",)),
    ],
)
def test_a_short_storys_closing_wire_is_its_credit_not_a_byline(
    ending: str, agencies: tuple[str, ...]
) -> None:
    # Three blocks: the head may run to the end of so short a story.
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday, stranding hundreds of travellers "
        f"on the islands.\n\nTalks will resume next week, the union {ending}"
    )
    article = newsparse.parse(text)
    assert article.byline is None
    assert article.agency_credit is not None
    assert article.agency_credit.agencies == agencies
    assert article.body[-1].text == "Talks will resume next week, the union said."


def test_a_wire_named_with_the_is_no_author() -> None:
    text = (
        "Hikers found safe\n\nBy The Associated Press\n\n"
        "Rescuers found two hikers who went missing in a national park on Monday, officials said."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (article.byline.text, article.byline.authors) == ("By The Associated Press", ())


@pytest.mark.parametrize(
    "last",
    [
        "The strike was first reported by Agence France-Presse (AFP).",
        "The ministry spoke to the Associated Press (AP)",
        "The union said it would talk to the ministry (FOO).",
    ],
)
def test_brackets_that_spell_out_a_name_close_the_story_as_its_text(last: str) -> None:
    text = f"Ferry strike halts crossings\n\nWorkers extended their strike on Tuesday.\n\n{last}"
    article = newsparse.parse(text)
    assert article.agency_credit is None
    assert article.body[-1].text == last


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe with AFP, AP \u2022 Updated: 19/11/2024 - 17:12",
        "Par Jeanne Roux avec AFP",
    ],
)
def test_a_byline_may_name_the_wires_the_author_wrote_with(line: str) -> None:
    text = (
        f"Ferry strike halts crossings\n\n{line}\n\n"
        "Workers extended their strike on Tuesday, stranding hundreds of travellers "
        "on the islands.\n\nThe union said talks had broken down."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (line, 1) == (article.byline.text, len(article.byline.authors))
    assert article.standfirst is None


@pytest.mark.parametrize("role", ["Opinion Columnist", "Transport correspondent"])
def test_a_writers_role_alone_in_the_block_under_the_byline_is_a_byline_part(role: str) -> None:
    text = (
        f"Ferry strike halts crossings\n\nBy Jane Roe\n\n{role}\n\n"
        "Workers extended their strike on Tuesday, stranding hundreds of travellers "
        "on the islands.\n\nThe union said talks had broken down."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert ("By Jane Roe", ("Jane Roe",)) == (article.byline.text, article.byline.authors)
    assert [("byline", "By Jane Roe"), ("byline", role)] == [
        (p.kind, p.text) for p in article.parts if p.kind == "byline"
    ]
    assert role not in [p.text for p in article.body]


@pytest.mark.parametrize(
    "byline", ["Le Journal du Port avec AFP", "The Harbour Times with AP", "Staff and agencies"]
)
def test_a_newsroom_with_its_agencies_is_a_byline_with_no_authors(byline: str) -> None:
    text = (
        "Grève des ferries sur les îles\n\n"
        "Les marins réclament une hausse des salaires.\n\n"
        f"{byline}\n"
        "Publié le 19 novembre 2019 à 14h05 - Mis à jour le 19 novembre 2019 à 16h20\n\n"
        "Les marins ont prolongé leur grève mardi."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (article.byline.text, article.byline.authors) == (byline, ())
    assert article.standfirst is not None
    assert [p.kind for p in article.parts] == [
        "headline",
        "standfirst",
        "byline",
        "timestamp",
        "paragraph",
    ]


def test_an_agency_in_capitals_after_a_short_line_in_the_story_is_a_credit() -> None:
    text = (
        "Los ferris dejan aisladas a las islas\n\n"
        "Los marineros prolongaron el martes su huelga.\n\n"
        "Un ferri atraca en el puerto de Palma. EFE\n\n"
        "El sindicato dijo que las conversaciones habían fracasado. EFE"
    )
    article = newsparse.parse(text)
    (caption,) = article.captions
    assert (caption.text, caption.credit and caption.credit.sources) == (
        "Un ferri atraca en el puerto de Palma.",
        ("EFE",),
    )
    # Closing the story, the same credit is the story's.
    assert article.agency_credit is not None
    assert article.agency_credit.agencies == ("EFE",)


def test_a_time_line_is_no_name_and_a_name_over_a_handle_is_the_byline() -> None:
    text = (
        "Ferry operator shares slump as strike goes on\n\n"
        "Published Tue, Nov 19 2019 2:05 PM EST\n"
        "Updated Tue, Nov 19 2019 4:20 PM EST\n\n"
        "Marta Quill\n@mquill\n\n"
        "Shares of the ferry operator fell 8% on Tuesday as the strike went on."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (article.byline.text, article.byline.authors) == ("Marta Quill", ("Marta Quill",))
    assert [p.kind for p in article.parts][:3] == ["headline", "timestamp", "byline"]


@pytest.mark.parametrize(
    "stamp",
    [
        "19/11/2019 14h05 Atualizado há 2 horas",
        "Aktualisiert vor 2 Stunden",
        "Publié il y a 3 heures",
        "Aggiornato 2 ore fa",
    ],
)
def test_times_before_now_in_every_language_are_time_stamps(stamp: str) -> None:
    text = (
        "Greve de balsas deixa ilhas isoladas\n\n"
        f"Por Joana Rocha\n\n{stamp}\n\n"
        "Os marítimos prolongaram a greve nesta terça-feira, deixando as ilhas sem ligação."
    )
    article = newsparse.parse(text)
    assert [stamp] == [p.text for p in article.parts if p.kind == "timestamp"]


def test_an_italian_agency_head_and_its_reserved_rights_line() -> None:
    text = (
        "Sciopero dei traghetti, isole isolate\n\n"
        "Redazione ANSA\nNAPOLI\n19 novembre 2019 14:05\n\n"
        "I marittimi hanno prolungato lo sciopero anche oggi, lasciando le isole isolate.\n\n"
        "© RIPRODUZIONE RISERVATA"
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.text == "Redazione ANSA NAPOLI"
    assert "boilerplate" == article.parts[-1].kind
    assert [] == list(article.captions)


def test_an_agency_after_the_datelines_dash_is_its_agency() -> None:
    text = (
        "Забастовка паромщиков оставила острова без связи\n\n"
        "МУРМАНСК, 19 ноя — РИА Новости. Работники паромной переправы продлили забастовку."
    )
    article = newsparse.parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (
        "МУРМАНСК",
        "19 ноя",
        "РИА Новости",
    )
    assert ["Работники паромной переправы продлили забастовку."] == [p.text for p in article.body]


@pytest.mark.parametrize(
    ("lead", "place", "date", "agency"),
    [
        (
            "PORTLAND, Maine, Nov. 19, 2019 /PRNewswire/ -- ",
            "PORTLAND, Maine",
            "Nov. 19, 2019",
            "PRNewswire",
        ),
        ("PORTLAND, Maine--(BUSINESS WIRE)--", "PORTLAND, Maine", None, "BUSINESS WIRE"),
        (
            "PORTLAND, Maine, Nov. 19, 2019 (GLOBE NEWSWIRE) -- ",
            "PORTLAND, Maine",
            "Nov. 19, 2019",
            "GLOBE NEWSWIRE",
        ),
    ],
)
def test_a_press_release_wire_dateline(
    lead: str, place: str, date: str | None, agency: str
) -> None:
    text = (
        "Harbour Ferries Announces Two New Winter Sailings\n\n"
        "News provided by\nHarbour Ferries Ltd.\n\n"
        f"{lead}Harbour Ferries Ltd. today announced two new winter sailings.\n\n"
        "Media contact:\nJohn Doe\npress@example.com\n+1 207 555 0100"
    )
    article = newsparse.parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (
        place,
        date,
        agency,
    )
    assert ["Harbour Ferries Ltd. today announced two new winter sailings."] == [
        p.text for p in article.body
    ]


def test_a_role_between_a_name_and_its_handle_goes_with_the_byline() -> None:
    text = (
        "Ferry strike: islanders stranded for a second day\n\n"
        "Marta Quill\nTransport Correspondent\n@mquill\nTuesday 19 November 2019 14:05\n\n"
        "Islanders were stranded for a second day on Tuesday as ferry workers struck."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (article.byline.text, article.byline.authors) == (
        "Marta Quill Transport Correspondent",
        ("Marta Quill",),
    )


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jane Roe, Reuters", ("Jane Roe",)),
        ("Sam Lee, Transport correspondent", ("Sam Lee",)),
        ("By Jane Roe (@janeroe)", ("Jane Roe",)),
        # a spaced dash sets the role apart, as a bar or a comma does
        ("Jane Roe - Staff Writer", ("Jane Roe",)),
        ("Sam Lee \u2013 Transport Correspondent", ("Sam Lee",)),
        ("Jane Roe \u2014 Reuters", ("Jane Roe",)),
    ],
)
@pytest.mark.parametrize("standfirst", ["", "Islanders face a third week without a crossing\n\n"])
def test_a_name_with_a_role_or_wire_under_the_headline_is_the_byline(
    line: str, authors: tuple[str, ...], standfirst: str
) -> None:
    text = (
        f"Ferry strike halts crossings\n\n{standfirst}{line}\n\n"
        "Workers extended their strike on Tuesday, stranding hundreds of travellers "
        "on the islands.\n\nThe union said talks had broken down."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (article.byline.text, article.byline.authors) == (line, authors)
    assert (article.standfirst is not None) == bool(standfirst)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe \u2022 5 March 2024 \u2022 4 min read",
        "Jane Roe \u00b7 March 5, 2024",
        "Jane Roe / March 5, 2024",
        # a social handle glued to the name, as some sites print it
        "Jane Roe@janeroe / 2:05 pm EST \u2022 March 5, 2024",
    ],
)
def test_a_name_and_its_time_split_by_a_dot_or_slash_are_the_byline(line: str) -> None:
    text = (
        f"Ferry strike halts crossings\n\n{line}\n\n"
        "Workers extended their strike on Tuesday, stranding hundreds of travellers "
        "on the islands.\n\nThe union said talks had broken down."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (line, ("Jane Roe",)) == (article.byline.text, article.byline.authors)


@pytest.mark.parametrize(
    "role", ["BBC Wales political reporter", "Business reporter, BBC News", "Economics editor"]
)
def test_a_bare_name_over_its_role_line_is_the_byline(role: str) -> None:
    text = (
        f"Ferry strike halts crossings\n\nLaura Pettigrew\n{role}\n\n"
        "Workers extended their strike on Tuesday, stranding hundreds of travellers "
        "on the islands.\n\nThe union said talks had broken down."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (f"Laura Pettigrew {role}", ("Laura Pettigrew",)) == (
        article.byline.text,
        article.byline.authors,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Storm Ciaran, explained",
        "Ferry Strike in Lisbon",
        "Kim Jong Un, Vladimir Putin",
        "Storm Ciaran - What We Know",
    ],
)
def test_a_title_case_line_under_the_headline_is_no_byline(line: str) -> None:
    text = (
        f"Ferry strike halts crossings\n\n{line}\n\n"
        "Workers extended their strike on Tuesday, stranding hundreds of travellers on the islands."
    )
    assert newsparse.parse(text).byline is None


def _with_marker(*lines: str, after: bool = True) -> str:
    """A two-paragraph story with ``lines`` (a marker, its links) between its paragraphs.

    With ``after`` false the lines close the story.
    """
    closing = ["The union said talks had failed and no new date was set."] if after else []
    return "\n\n".join(
        [
            "Ferry strike strands islanders",
            "Ferry workers extended their strike on Tuesday, leaving islanders without a crossing.",
            *lines,
            *closing,
        ]
    )


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("ALSO READ | Island residents call for a new ferry", "ALSO READ"),
        ("Read next: Island residents call for a new ferry", "Read next"),
        ("LEER MÁS: Formentera pide un nuevo puerto", "LEER MÁS"),
        ("Lire aussi : Belle-Île veut un nouveau port", "Lire aussi"),
        ("Mehr zum Thema: Helgoland bekommt neuen Hafen", "Mehr zum Thema"),
    ],
)
def test_an_inline_marker_and_its_link_in_any_pack(line: str, label: str) -> None:
    text = _with_marker(line)
    (marker,) = newsparse.parse(text).read_more
    assert (label, (line.split(label, 1)[1].lstrip(" :|"),)) == (marker.label, marker.links)


@pytest.mark.parametrize(
    ("line", "label", "link"),
    [
        ("[READ MORE: Island residents call for a new ferry]", "READ MORE", "Island residents"),
        ("(Related: Island residents call for a new ferry)", "Related", "Island residents"),
        ("(Leggi anche su: Capri, il traghetto torna in porto)", "Leggi anche su", "Capri, il"),
    ],
)
def test_an_inline_marker_in_brackets_keeps_its_closing_bracket(
    line: str, label: str, link: str
) -> None:
    text = _with_marker(line)
    article = newsparse.parse(text)
    (marker,) = article.read_more
    assert (marker.label, marker.links) == (label, (line[1:-1].split(": ", 1)[1],))
    assert marker.links[0].startswith(link)
    # The view runs from the opening bracket to the closing one: nothing is lost.
    assert article.source[marker.span.start : marker.span.end] == line
    assert len(article.body) == 2


def test_a_source_line_over_a_closing_inline_marker_is_the_agency_credit() -> None:
    text = _with_marker(
        "Source: Agencies", "READ MORE: Island residents call for a new ferry", after=False
    )
    article = newsparse.parse(text)
    assert (article.captions, article.agency_credit and article.agency_credit.text) == (
        (),
        "Agencies",
    )
    assert article.read_more[0].links == ("Island residents call for a new ferry",)


def test_a_sentence_in_brackets_after_a_marker_word_stays_body() -> None:
    line = "(Read more: the council will publish its full report on Friday.)"
    text = _with_marker(line, after=False)
    article = newsparse.parse(text)
    assert article.read_more == ()
    assert article.body[-1].text == line


def test_a_marker_trailing_off_lists_its_links() -> None:
    text = _with_marker(
        "RELATED...\nIsland residents call for a new ferry\nUnion sets date for new talks"
    )
    (marker,) = newsparse.parse(text).read_more
    assert (marker.label, marker.links) == (
        "RELATED",
        ("Island residents call for a new ferry", "Union sets date for new talks"),
    )


def test_go_deeper_is_a_read_more_marker() -> None:
    text = _with_marker("Go deeper: Island ferries keep failing", after=False)
    (marker,) = newsparse.parse(text).read_more
    assert (marker.label, marker.links) == ("Go deeper", ("Island ferries keep failing",))


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        ("Marta Quill\nReuters\nNovember 19, 2019, 2:05 PM", "Marta Quill Reuters"),
        ("Marta Quill\nNews reporter @mquill\nTuesday 19 November 2019 14:05", None),
    ],
)
def test_a_name_over_an_agency_or_a_role_and_handle_is_the_byline(
    head: str, byline: str | None
) -> None:
    text = (
        "Ferry strike strands islanders for a second day\n\n"
        f"{head}\n\n"
        "Islanders were stranded for a second day on Tuesday as ferry workers went on strike."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.text == (byline or " ".join(head.splitlines()[:2]))
    assert article.byline.authors == ("Marta Quill",)
    assert ["timestamp"] == [p.kind for p in article.parts if p.text == head.splitlines()[-1]]


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Halle/Saale (dpa) - ", "Halle/Saale"),
        ("Frankfurt am Main (dpa) - ", "Frankfurt am Main"),
        ("RIO DE JANEIRO (Reuters) - ", "RIO DE JANEIRO"),
        ("Newcastle upon Tyne (PA) - ", "Newcastle upon Tyne"),
        ("Potsdam (dpa/bb) - ", "Potsdam"),  # the agency's regional desk
        ("New Delhi [India], Nov 19 (ANI): ", "New Delhi [India]"),  # its country after it
    ],
)
def test_a_dateline_place_may_hold_a_slash_or_small_words(lead: str, place: str) -> None:
    text = f"Fährstreik legt Verkehr lahm\n\n{lead}Die Fährleute haben ihren Streik verlängert."
    article = newsparse.parse(text)
    assert article.dateline is not None
    agency = lead.split("(")[1].split(")", maxsplit=1)[0].split("/", maxsplit=1)[0]
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert ["Die Fährleute haben ihren Streik verlängert."] == [p.text for p in article.body]


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("(The Harbour Reporter) -- ", "The Harbour Reporter"),
        ("(Harbour.com) -- ", "Harbour.com"),
        ("(Sail + Leisure) -- ", "Sail + Leisure"),
    ],
)
def test_a_partner_site_in_brackets_before_a_dash_is_a_dateline(lead: str, agency: str) -> None:
    text = lead + "The ferry operator added two winter sailings on Tuesday, islanders said."
    article = newsparse.parse(text)
    assert article.dateline is not None
    assert article.dateline.agency == agency


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("LISBON (Reuters Health) - ", "Reuters Health"),
        ("Lisbon (CNN Business) ", "CNN Business"),
        ("Lisbon (CNN Business)", "CNN Business"),  # run on to the paragraph by a page
        ("Lisbon (AP Business) - ", "AP Business"),
    ],
)
def test_a_dateline_agency_may_name_its_desk(lead: str, agency: str) -> None:
    text = f"Ferry strike strands islanders\n\n{lead}Ferry workers extended their strike."
    article = newsparse.parse(text)
    assert article.dateline is not None
    place = lead.split(" (", maxsplit=1)[0]
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert ["Ferry workers extended their strike."] == [p.text for p in article.body]


def test_a_capitalised_word_after_an_unknown_source_is_no_dateline_desk() -> None:
    text = "Ferry strike strands islanders\n\nLisbon (Harbour Times) Ferry workers struck."
    assert newsparse.parse(text).dateline is None


@pytest.mark.parametrize("lead", ["Oct 26 (Reuters) - ", "26 Oct (Reuters) - "])
def test_a_dateline_may_give_a_date_and_no_place(lead: str) -> None:
    text = f"Toymaker cuts outlook\n\n{lead}A toymaker cut its sales forecast on Thursday."
    article = newsparse.parse(text)
    assert article.dateline is not None
    dateline = article.dateline
    assert (dateline.place, dateline.date, dateline.agency) == (None, lead[:6], "Reuters")
    assert ["A toymaker cut its sales forecast on Thursday."] == [p.text for p in article.body]


def test_a_date_and_a_dash_with_no_place_or_agency_is_no_dateline() -> None:
    text = "Toymaker cuts outlook\n\nOct 26 - A toymaker cut its sales forecast on Thursday."
    assert newsparse.parse(text).dateline is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Marta Quill Transport correspondent", ("Marta Quill",)),
        ("Marta Quill Chief political editor", ("Marta Quill",)),
        ("Staff and agencies in Lisbon", ()),
        ("Marta Quill in Lisbon and Jane Roe in Porto", ("Marta Quill", "Jane Roe")),
        ("Harbour Times sport", ()),
        ("Coast Herald Web Desk", ()),
        ("HT Bureau in Lisbon", ()),
        ("Reuters", ()),
        ("AFP and Reuters", ()),
    ],
)
def test_a_byline_beside_its_time_may_run_a_role_a_desk_or_a_place_on(
    byline: str, authors: tuple[str, ...]
) -> None:
    text = (
        "Ferry strike: islanders stranded for a second day\n\n"
        "Crossings are cancelled until the weekend\n\n"
        f"{byline}\nTue 19 Nov 2019 14.05 GMT\n\n"
        "Islanders were stranded for a second day on Tuesday as ferry workers struck."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (article.byline.text, article.byline.authors) == (byline, authors)
    assert [p.kind for p in article.parts] == [
        "headline",
        "standfirst",
        "byline",
        "timestamp",
        "paragraph",
    ]


@pytest.mark.parametrize(
    "below",
    [
        "BBC News, Cornwall",
        "Transport correspondent",
        "BBC News business reporter",
        "Reporting from Lisbon",
        "Business reporter, BBC News",
    ],
)
def test_a_newsroom_or_role_under_the_byline_goes_with_it(below: str) -> None:
    text = (
        "Ferry strike: islanders stranded for a second day\n\n"
        f"By Marta Quill\n{below}\n\n"
        "Islanders were stranded for a second day on Tuesday as ferry workers struck.\n\n"
        "The union said talks had failed."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.text == f"By Marta Quill {below}"
    assert article.byline.authors == ("Marta Quill",)
    assert len(article.body) == 2


def test_a_short_line_under_the_byline_that_is_a_time_stays_a_time() -> None:
    text = (
        "Ferry strike: islanders stranded for a second day\n\n"
        "By Marta Quill\nUpdated Tuesday\n\n"
        "Islanders were stranded for a second day on Tuesday as ferry workers struck."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.text == "By Marta Quill"
    assert "timestamp" in [p.kind for p in article.parts]


def test_a_video_caption_in_bbc_copy_is_a_caption() -> None:
    text = (
        "Ferry strike: islanders stranded for a second day\n\n"
        "Islanders were stranded for a second day on Tuesday as ferry workers struck.\n\n"
        "Crossings are cancelled until the weekend, the operator said.\n\n"
        "Media caption, Watch: queues at the harbour on Tuesday morning\n\n"
        "The union said talks had failed."
    )
    article = newsparse.parse(text)
    (caption,) = article.captions
    assert caption.text == "Watch: queues at the harbour on Tuesday morning"
    assert len(article.body) == 3


def test_a_handout_credit_passed_on_by_an_agency_is_a_credit() -> None:
    text = (
        "Volcano erupts again on remote island\n\n"
        "A volcano erupted again on Tuesday, forcing more evacuations.\n\n"
        "Thousands of residents left their homes overnight.\n\n"
        "Ash rises over the island, April 17, 2024, in this picture taken by a local agency. "
        "Harbour Foto/Jane Roe/ via REUTERS\n\n"
        "The airport was closed as a precaution."
    )
    article = newsparse.parse(text)
    (caption,) = article.captions
    assert caption.credit is not None
    assert caption.credit.text == "Harbour Foto/Jane Roe/ via REUTERS"
    assert len(article.body) == 3


@pytest.mark.parametrize(
    ("credit", "sources"),
    [
        ("(Harbour Zoo via AP)", ("Harbour Zoo", "AP")),
        ("(Family photo via Reuters)", ("Family photo", "Reuters")),
    ],
)
def test_a_bracketed_handout_via_an_agency_is_a_credit(
    credit: str, sources: tuple[str, ...]
) -> None:
    text = (
        "Zoo welcomes rare twin calves\n\n"
        "A zoo has welcomed twin calves, a birth its keepers called very rare.\n\n"
        "The calves are a male and a female.\n\n"
        f"The calves stand with their mother in their pen on Friday. {credit}\n\n"
        "They were born a few hours apart, the zoo said."
    )
    article = newsparse.parse(text)
    (caption,) = article.captions
    assert caption.credit is not None
    assert (caption.credit.text, caption.credit.sources) == (credit, sources)
    assert len(article.body) == 3


def test_via_in_a_closing_bracket_of_the_story_is_no_credit() -> None:
    text = (
        "Zoo welcomes rare twin calves\n\n"
        "A zoo has welcomed twin calves, a birth its keepers called very rare.\n\n"
        "The keepers watched the birth on a screen (via a camera in the stable)."
    )
    article = newsparse.parse(text)
    assert article.captions == ()
    assert len(article.body) == 2


def test_an_agency_before_the_place_and_date_is_one_dateline() -> None:
    text = (
        "Sciopero dei traghetti, isole isolate\n\n"
        "(ANSA) - NAPOLI, 19 NOV - I marittimi hanno prolungato lo sciopero anche oggi."
    )
    article = newsparse.parse(text)
    assert article.dateline is not None
    assert article.dateline.text == "(ANSA) - NAPOLI, 19 NOV"
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (
        "NAPOLI",
        "19 NOV",
        "ANSA",
    )
    assert ["I marittimi hanno prolungato lo sciopero anche oggi."] == [
        p.text for p in article.body
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_contributor_line_under_a_sentence_is_found_with_any_line_end(newline: str) -> None:
    text = newline.join(
        [
            "Ferry strike halts crossings",
            "",
            "Workers extended their strike on Tuesday.",
            "Jane Roe in Lisbon contributed to this report.",
        ]
    )
    article = newsparse.parse(text)
    assert article.contributors is not None
    assert article.contributors.text == "Jane Roe in Lisbon contributed to this report."
    assert ["Workers extended their strike on Tuesday."] == [p.text for p in article.body]


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press writer Jane Roe contributed from Lisbon.",
        "Jane Roe contributed reporting from Porto.",
    ],
)
def test_a_contributor_line_may_say_where_from(line: str) -> None:
    text = f"Ferry strike halts crossings\n\nWorkers extended their strike on Tuesday.\n\n{line}"
    article = newsparse.parse(text)
    assert article.contributors is not None
    assert article.contributors.text == line
    assert ["Workers extended their strike on Tuesday."] == [p.text for p in article.body]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Contributing: Jane Roe and Sam Lee", ("Jane Roe", "Sam Lee")),
        ("Information from The Associated Press was used in this report.", ()),
        ("— With assistance by Jane Roe and Sam Lee", ("Jane Roe", "Sam Lee")),
    ],
)
def test_a_closing_contributing_line_is_the_contributors(line: str, names: tuple[str, ...]) -> None:
    text = f"Ferry strike halts crossings\n\nWorkers extended their strike on Tuesday.\n\n{line}"
    article = newsparse.parse(text)
    assert article.contributors is not None
    assert (line, names) == (article.contributors.text, article.contributors.names)


@pytest.mark.parametrize(
    ("closing", "contributors", "credit"),
    [
        ("Reporting by Jane Roe; Editing by Sam Lee\n© Reuters 2024", 1, "Reuters"),
        ("Pewarta: Dewi Lestari\nEditor: Budi Santoso\nCOPYRIGHT © ANTARA 2024", 2, "ANTARA"),
    ],
)
def test_an_agency_line_under_the_contributors_in_their_block_is_the_agency_credit(
    closing: str, contributors: int, credit: str
) -> None:
    text = f"Ferry strike halts crossings\n\nWorkers extended their strike on Tuesday.\n\n{closing}"
    article = newsparse.parse(text)
    assert article.contributors is not None
    assert " ".join(closing.split("\n")[:contributors]) == article.contributors.text
    assert article.agency_credit is not None
    assert credit == article.agency_credit.text


def test_a_last_sentence_opening_with_contributing_is_the_storys() -> None:
    last = "Contributing to the delay, the union said it had not been consulted."
    text = f"Ferry strike halts crossings\n\nWorkers extended their strike on Tuesday.\n\n{last}"
    article = newsparse.parse(text)
    assert article.contributors is None
    assert last == article.body[-1].text


@pytest.mark.parametrize(
    "lede",
    [
        (
            "Islanders were stranded for a second day on Tuesday after ferry workers extended "
            "their strike over pay and the operator cancelled every crossing."
        ),
        (
            "Les liaisons vers les îles sont suspendues pour la deuxième journée, a annoncé "
            "mardi la compagnie."
        ),
    ],
)
def test_a_long_sentence_under_the_byline_over_a_photo_is_the_lede(lede: str) -> None:
    text = (
        "Ferry strike: islanders stranded for a second day\n\n"
        f"By Marta Quill\nTuesday 19 November 2019\n\n{lede}\n\n"
        "Photograph: Jane Roe/Reuters\n\n"
        "The union said talks had failed."
    )
    article = newsparse.parse(text)
    assert article.standfirst is None
    assert len(article.body) == 2
    assert len(article.captions) == 1


def test_a_summary_with_no_stop_under_the_byline_over_a_caption_is_the_standfirst() -> None:
    summary = "Crossings are cancelled until the weekend"
    text = (
        "Ferry strike: islanders stranded for a second day\n\n"
        "Marta Quill\nTue Nov 19 2019 - 14:05\n\n"
        f"{summary}\n\n"
        "The harbour at dawn. Photograph: Jane Roe/Reuters\n\n"
        "Islanders were stranded for a second day on Tuesday. The union said talks had failed."
    )
    article = newsparse.parse(text)
    assert article.standfirst is not None
    assert article.standfirst.text == summary
    assert len(article.captions) == 1


def test_a_line_with_no_stop_under_the_byline_over_the_story_is_a_caption() -> None:
    text = (
        "Ferry strike: islanders stranded for a second day\n\n"
        "Marta Quill\nTue Nov 19 2019 - 14:05\n\n"
        "The harbour at dawn on Tuesday\n\n"
        "Islanders were stranded for a second day on Tuesday. The union said talks had failed."
    )
    article = newsparse.parse(text)
    assert article.standfirst is None
    assert ["The harbour at dawn on Tuesday"] == [c.text for c in article.captions]


def test_a_short_sentence_under_the_byline_over_a_photo_is_the_standfirst() -> None:
    text = (
        "Ferry strike: islanders stranded for a second day\n\n"
        "By Marta Quill\nTuesday 19 November 2019\n\n"
        "The crossings look set to stay shut all week.\n\n"
        "Photograph: Jane Roe/Reuters\n\n"
        "Islanders were stranded for a second day on Tuesday. The union said talks had failed."
    )
    article = newsparse.parse(text)
    assert article.standfirst is not None
    assert article.standfirst.text == "The crossings look set to stay shut all week."


def test_a_marker_under_a_marker_alone_is_a_marker_not_its_link() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday.\n\n"
        "READ MORE\n\n"
        "Read more: Islanders stranded for a second day\n\n"
        "The union said talks had failed."
    )
    article = newsparse.parse(text)
    assert [m.label for m in article.read_more] == ["READ MORE", "Read more"]
    assert [link for m in article.read_more for link in m.links] == [
        "Islanders stranded for a second day"
    ]
    assert newsparse.parse("READ MORE\n\nREAD MORE–A").source == "READ MORE\n\nREAD MORE–A"


def test_a_short_caption_with_a_courtesy_credit_is_not_all_credit() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Harbour ferries at rest. Courtesy Jane Roe/AP\n\n"
        "Workers extended their strike on Tuesday. The union said talks had failed."
    )
    (caption,) = newsparse.parse(text).captions
    assert caption.text == "Harbour ferries at rest."
    assert caption.credit is not None
    assert (caption.credit.label, caption.credit.sources) == ("Courtesy", ("Jane Roe", "AP"))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mit Material von Jana Rohr", ("Jana Rohr",)),
        ("Mitarbeit: Jana Rohr und Timo Beck", ("Jana Rohr", "Timo Beck")),
        ("Additional reporting by Ann Park; Editing by Sam Lee", ("Ann Park", "Sam Lee")),
    ],
)
def test_a_contributor_lines_names_leave_out_its_leads(line: str, names: tuple[str, ...]) -> None:
    text = (
        "Fähre fährt im Winter öfter\n\n"
        "Die Fährgesellschaft will ab Januar zwei zusätzliche Fahrten am Tag anbieten.\n\n"
        f"{line}"
    )
    article = newsparse.parse(text)
    assert article.contributors is not None
    assert article.contributors.names == names


def test_a_bracketed_contributor_note_after_the_last_sentence_is_split_off() -> None:
    text = (
        "FERRY STRIKE HALTS CROSSINGS\n\n"
        "HARBOUR TOWN, Nov 19 (Reuters) - Workers extended their strike on Tuesday.\n\n"
        "The union said talks had failed. (Reporting by Jane Roe; Editing by John Doe)"
    )
    article = newsparse.parse(text)
    assert article.contributors is not None
    assert article.contributors.text == "(Reporting by Jane Roe; Editing by John Doe)"
    assert article.contributors.names == ("Jane Roe", "John Doe")
    assert article.body[-1].text == "The union said talks had failed."


def test_a_bracketed_aside_at_the_end_of_a_sentence_stays_in_the_story() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday.\n\n"
        "The union said talks had failed. (Reporting by local papers was thin.)"
    )
    article = newsparse.parse(text)
    assert article.contributors is None


@pytest.mark.parametrize("agency", ["ANSA", "Ansa"])
def test_a_label_and_an_agency_with_no_colon_is_a_credit(agency: str) -> None:
    text = (
        "Incendio in un deposito a Milano\n\n"
        "Il deposito dopo l'incendio, all'alba di oggi.\n\n"
        f"Vigili del fuoco al lavoro nella notte. Foto {agency}\n\n"
        "Un vasto incendio è divampato nella notte in un deposito alla periferia di Milano."
    )
    (caption,) = newsparse.parse(text).captions
    assert caption.text == "Vigili del fuoco al lavoro nella notte."
    assert caption.credit is not None
    assert (caption.credit.label, caption.credit.sources) == ("Foto", (agency,))


def _around(line: str) -> str:
    """A short story with ``line`` set between its two paragraphs."""
    return "\n\n".join(
        [
            "Ferry strike halts crossings",
            "Workers extended their strike on Tuesday, the union said.",
            line,
            "The union said talks had failed and no new date was set.",
        ]
    )


@pytest.mark.parametrize(
    ("caption_text", "credit", "sources"),
    [
        (
            "FILE PHOTO: Crews load the ferry in Lisbon, Portugal, March 1, 2024.",
            "REUTERS/Marta Quill/File Photo",
            ("REUTERS", "Marta Quill", "File Photo"),
        ),
        (
            "PHOTO: Crews load the ferry in Lisbon on Monday.",
            "(Marta Quill/AFP)",
            ("Marta Quill", "AFP"),
        ),
    ],
)
def test_a_label_opening_the_caption_is_not_its_credit(
    caption_text: str, credit: str, sources: tuple[str, ...]
) -> None:
    text = _around(f"{caption_text} {credit}")
    (caption,) = newsparse.parse(text).captions
    assert caption_text == caption.text
    assert caption.credit is not None
    assert sources == caption.credit.sources


@pytest.mark.parametrize(
    ("line", "sources"),
    [
        ("Crews load the ferry before dawn. Getty Images", ("Getty Images",)),
        ("Crews load the ferry before dawn. Getty", ("Getty",)),
        ("Crews load the ferry before dawn. iStock", ("iStock",)),
        ("Crews load the ferry before dawn. AFP via Getty Images", ("AFP", "Getty Images")),
        ("Crews load the ferry before dawn | GETTY IMAGES", ("GETTY IMAGES",)),
        ("Crews load the ferry before dawn. [Photo: Marta Quill]", ("Marta Quill",)),
        ("Crews load the ferry before dawn. (harbourferries.com)", ("harbourferries.com",)),
        ("Crews load the ferry before dawn. (www.harbour.gov.pt)", ("www.harbour.gov.pt",)),
    ],
)
def test_a_picture_agency_alone_after_the_caption_is_its_credit(
    line: str, sources: tuple[str, ...]
) -> None:
    text = _around(line)
    (caption,) = newsparse.parse(text).captions
    assert caption.text.rstrip(".") == "Crews load the ferry before dawn"
    assert caption.credit is not None
    assert caption.credit.sources == sources


@pytest.mark.parametrize(
    "credit",
    ["Photo: AFP", "ST PHOTO: JANE ROE", "Image Credits: Harbour Ferries", "(Marta Quill/AFP)"],
)
def test_a_caption_over_its_paragraph_with_one_line_break_is_a_caption(credit: str) -> None:
    # Pasted copy often breaks a caption from the next paragraph with one
    # line break; two long lines then look like one wrapped paragraph.
    caption_line = f"Commuters wait for the last ferry of the evening at Pier Road. {credit}"
    paragraph = "Work on the new terminal will start next month, the authority said."
    text = _around(f"{caption_line}\n{paragraph}")
    article = newsparse.parse(text)
    (caption,) = article.captions
    assert caption_line == text[caption.span.start : caption.span.end]
    assert paragraph in [p.text for p in article.body]


@pytest.mark.parametrize(
    ("credit", "label", "sources"),
    [
        ("(Reuters: Jane Roe)", None, ("Reuters", "Jane Roe")),
        ("(AAP: Jane Roe)", None, ("AAP", "Jane Roe")),
        ("(ABC News: Jane Roe)", None, ("ABC News", "Jane Roe")),
        ("(Supplied: Harbour Council)", "Supplied", ("Harbour Council",)),
        ("Picture: Supplied", "Picture", ("Supplied",)),
    ],
)
def test_a_source_and_photographer_in_brackets_is_a_credit(
    credit: str, label: str | None, sources: tuple[str, ...]
) -> None:
    text = _around(f"Photo: Volunteers fill sandbags on the foreshore. {credit}")
    (caption,) = newsparse.parse(text).captions
    assert caption.text == "Photo: Volunteers fill sandbags on the foreshore."
    assert caption.credit is not None
    assert (label, sources) == (caption.credit.label, caption.credit.sources)


@pytest.mark.parametrize(
    ("line", "label", "sources"),
    [
        ("Un traghetto fermo nel porto di Napoli (Ansa)", None, ("Ansa",)),
        ("Commuters board the ferry in Mumbai (PTI Photo)", "Photo", ("PTI",)),
        ("Commuters board the ferry in Mumbai. (AFP Photo)", "Photo", ("AFP",)),
        ("A ferry leaves the pier in Tokyo in October. | KYODO", None, ("KYODO",)),
        ("Ferries at the pier in Tokyo. | JANE ROE", None, ("JANE ROE",)),
        # Al Jazeera's square brackets
        (
            "Rescuers search the water near the capsized ferry [Jane Roe/Reuters]",
            None,
            ("Jane Roe", "Reuters"),
        ),
        (
            "Rescuers search the water near the capsized ferry [File: Jane Roe/AP]",
            None,
            ("Jane Roe", "AP"),
        ),
        ("Rescuers search the water near the capsized ferry [AFP]", None, ("AFP",)),
        # a Japanese paper's agency after an equals sign
        ("えい航されるフェリー（19日午後、長崎県沖）＝共同", None, ("共同",)),
        ("フェリーが港に戻る様子＝ロイター", None, ("ロイター",)),
        # Korean papers' square brackets
        ("여객선이 목포항으로 예인되고 있다. [로이터=연합뉴스]", None, ("로이터", "연합뉴스")),
        ("여객선이 목포항으로 예인되고 있다. [연합뉴스 자료사진]", None, ("연합뉴스",)),
        ("여객선이 목포항으로 예인되고 있다. [사진=연합뉴스]", "사진", ("연합뉴스",)),
        ("여객선이 목포항으로 예인되고 있다. [목포해경 제공]", "제공", ("목포해경",)),
        # a picture agency in brackets after the caption's sentence
        ("Ilustrasi kapal feri di pelabuhan. (SHUTTERSTOCK)", None, ("SHUTTERSTOCK",)),
        # a picture agency in brackets, as British pages print it
        ("Passengers wait on the quay for the delayed ferry (Getty)", None, ("Getty",)),
        (
            "Passengers wait on the quay. (Photo credit should read JANE ROE/AFP via Getty Images)",
            "Photo credit",
            ("JANE ROE", "AFP", "Getty Images"),
        ),
    ],
)
def test_an_agency_in_brackets_or_after_a_bar_closing_a_caption_is_its_credit(
    line: str, label: str | None, sources: tuple[str, ...]
) -> None:
    (caption,) = newsparse.parse(_around(line)).captions
    assert caption.credit is not None
    assert (label, sources) == (caption.credit.label, caption.credit.sources)


@pytest.mark.parametrize(
    "line",
    [
        # a note in brackets after a sentence, a capital after its colon or not
        "The figures were released on Monday. (Note: Figures are provisional)",
        "The vote was delayed again. (Update: the council meets on Friday)",
        # a sentence's agency, its stop after the bracket, as ANSA and EFE print it
        "Il ministro ha detto che i colloqui andranno avanti (ANSA).",
        # a page's title and its site; a row of links split by bars
        "Ferry strike strands thousands | Reuters",
        "Home | World | KYODO",
        "News | Sport | Getty Images",
        # an editor's words in square brackets; a teaser's kind
        "The minister said the plan [for the harbour] would go ahead.",
        "Residents of the island said [AP] they were happy",
        "Ferry fares to rise again as operators count the cost [INSIGHT]",
        # a news agency in brackets after a sentence credits the story, not a picture
        "The minister said the ferry would run all winter. (Reuters)",
    ],
)
def test_a_bracket_or_bar_that_holds_no_credit_makes_no_caption(line: str) -> None:
    assert () == newsparse.parse(_around(line)).captions


@pytest.mark.parametrize(
    "line",
    [
        "Ferries were cancelled as winds reached 100km/h (File image)",
        "The ferry service was suspended for the monsoon. (Representational image)",
    ],
)
def test_a_caption_with_a_note_in_brackets_is_a_caption(line: str) -> None:
    (caption,) = newsparse.parse(_around(line)).captions
    assert (line, None) == (caption.text, caption.credit)


@pytest.mark.parametrize(
    ("credit", "sources"),
    [
        ("Hollis Lane/Harbour Insider", ("Hollis Lane", "Harbour Insider")),
        ("Jane M. Roe/The Harbour Times", ("Jane M. Roe", "The Harbour Times")),
    ],
)
def test_a_name_and_outlet_alone_between_paragraphs_is_a_credit_only_caption(
    credit: str, sources: tuple[str, ...]
) -> None:
    paragraphs = [
        "Crews extended their strike on Tuesday and left many hundreds of travellers stranded.",
        "The operator said it had cancelled every crossing until the end of the week.",
        "The union said talks had broken down and that no new date had been set for them.",
    ]
    text = "\n\n".join(["Ferry strike halts crossings", *paragraphs[:2], credit, paragraphs[2]])
    article = newsparse.parse(text)
    (caption,) = article.captions
    assert caption.credit is not None
    assert ("", sources) == (caption.text, caption.credit.sources)
    assert paragraphs == [p.text for p in article.body]


def test_a_name_and_outlet_over_the_story_is_no_caption() -> None:
    # not between two paragraphs: a breadcrumb or a byline's shape, not a figure's credit
    text = (
        "Ferry strike halts crossings\n\nHarbour News/Transport\n\n"
        "Workers extended their strike on Tuesday, stranding hundreds of travellers on the "
        "islands for a second day."
    )
    assert () == newsparse.parse(text).captions


def test_a_sentence_ending_in_a_name_after_a_stop_is_no_credit() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday, the union said.\n\n"
        "The union said talks had failed. Marta\n\n"
        "No new date was set for talks."
    )
    assert () == newsparse.parse(text).captions


@pytest.mark.parametrize(
    "printed",
    [
        "Image copyright Harbour Photos Image caption Crews load the ferry before dawn",
        "Image copyright Harbour Photos\nImage caption Crews load the ferry before dawn",
        "Image copyright, Harbour Photos Image caption, Crews load the ferry before dawn",
        # each label alone on its line, over its value, as some copies print them
        "Image copyright\nHarbour Photos\nImage caption\nCrews load the ferry before dawn",
    ],
)
def test_the_bbcs_earlier_image_labels_make_one_caption(printed: str) -> None:
    text = _around(printed)
    (caption,) = newsparse.parse(text).captions
    assert caption.text == "Crews load the ferry before dawn"
    assert caption.credit is not None
    assert caption.credit.label == "Image copyright"
    assert caption.credit.sources == ("Harbour Photos",)


@pytest.mark.parametrize(
    ("credit", "sources"),
    [
        ("Image via Shutterstock", ("Shutterstock",)),
        ("[Image via Shutterstock]", ("Shutterstock",)),
        ("(Photo via Jane Roe)", ("Jane Roe",)),
        ("Handout via REUTERS", ("Handout", "REUTERS")),
    ],
)
def test_a_credit_may_name_its_source_with_via(credit: str, sources: tuple[str, ...]) -> None:
    text = _around(f"Crews load the ferry before dawn. {credit}")
    (caption,) = newsparse.parse(text).captions
    assert caption.credit is not None
    assert sources == caption.credit.sources


@pytest.mark.parametrize(
    ("caption_line", "sources"),
    [
        ("Il traghetto nel porto di Napoli. Foto di Marco Rossi", ("Marco Rossi",)),
        ("Le ferry dans le port de Lorient. Photo de Jean Dupont / AFP", ("Jean Dupont", "AFP")),
        ("Die Fähre im Hamburger Hafen. Foto von Jana Rohr", ("Jana Rohr",)),
        ("O ferry no terminal do Barreiro. Foto de Ana Prates", ("Ana Prates",)),
        ("El ferry en el puerto de Ibiza. (Foto de Ana Prates)", ("Ana Prates",)),
    ],
)
def test_a_credit_may_join_its_label_to_a_name_with_the_languages_by(
    caption_line: str, sources: tuple[str, ...]
) -> None:
    (caption,) = newsparse.parse(_around(caption_line)).captions
    assert caption.credit is not None
    assert sources == caption.credit.sources


@pytest.mark.parametrize(
    "sentence",
    [
        # German capitalises every noun: a name must end the line
        "Ein Foto von Jana Rohr zeigt die Fähre im Hafen.",
        "La foto di Marco Rossi è stata scattata all'alba.",
        "Foto de archivo del ferry en el puerto.",
    ],
)
def test_a_sentence_about_a_photo_by_someone_is_no_credit(sentence: str) -> None:
    assert () == newsparse.parse(_around(sentence)).captions


@pytest.mark.parametrize(
    "sentence",
    [
        "Photo by the coastguard shows the ferry stuck in the ice.",
        "Image via satellite shows the ferry stuck in the ice.",
    ],
)
def test_a_sentence_opening_with_a_label_and_by_or_via_is_no_credit(sentence: str) -> None:
    text = _around(sentence)
    assert () == newsparse.parse(text).captions


@pytest.mark.parametrize(
    "teaser",
    [
        "Photos: Island ferries through the years",
        "Video: Harbour wall repairs begin in 2024",
        "Videos: Crews load the last ferry of the winter",
    ],
)
def test_a_gallery_or_video_title_after_its_label_is_no_credit(teaser: str) -> None:
    text = _around(teaser)
    assert () == newsparse.parse(text).captions


@pytest.mark.parametrize(
    ("credit", "sources"),
    [
        ("Video: Jane Roe/Reuters", ("Jane Roe", "Reuters")),
        ("Photos: iStock, Getty Images", ("iStock", "Getty Images")),
        (
            "Photos: Jane Roe and Sam Lee for The Harbour Times",
            ("Jane Roe", "Sam Lee for The Harbour Times"),
        ),
    ],
)
def test_a_video_or_photos_label_over_names_is_a_credit(
    credit: str, sources: tuple[str, ...]
) -> None:
    text = _around(f"Crews load the ferry before dawn. {credit}")
    (caption,) = newsparse.parse(text).captions
    assert caption.credit is not None
    assert sources == caption.credit.sources


def test_a_bbc_caption_label_alone_over_its_text_is_a_caption_with_no_credit() -> None:
    text = _around("Image caption\nCrews load the ferry before dawn")
    (caption,) = newsparse.parse(text).captions
    assert ("Crews load the ferry before dawn", None) == (caption.text, caption.credit)


def test_a_bbc_label_with_nothing_under_it_is_furniture() -> None:
    text = _around("Image caption")
    article = newsparse.parse(text)
    assert () == article.captions
    assert "boilerplate" == article.parts[2].kind


def test_dpas_distribution_tag_is_furniture() -> None:
    text = (
        "Fährstreik legt Verkehr lahm\n\n"
        "Die Fährleute haben ihren Streik verlängert.\n\n"
        "Die Gewerkschaft will nicht nachgeben.\n\n"
        "© dpa-infocom, dpa:240514-99-031234/3"
    )
    article = newsparse.parse(text)
    assert [] == list(article.captions)
    assert article.parts[-1].kind == "boilerplate"


def test_additional_reporting_by_an_agency_after_the_last_sentence_is_its_credit() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday.\n\n"
        "The union said talks had failed. – Additional reporting: PA"
    )
    article = newsparse.parse(text)
    assert article.agency_credit is not None
    assert article.agency_credit.agencies == ("PA",)
    assert article.body[-1].text == "The union said talks had failed."


def test_a_contributor_sentence_with_an_initial_in_a_name_is_whole() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday.\n\n"
        "The union said talks had failed. "
        "Associated Press writer Jane Q. Roe contributed to this report from Lisbon."
    )
    article = newsparse.parse(text)
    assert article.contributors is not None
    assert article.contributors.text == (
        "Associated Press writer Jane Q. Roe contributed to this report from Lisbon."
    )
    assert article.body[-1].text == "The union said talks had failed."


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        ("Jane Roe", ("Jane Roe",)),
        ("Jane Roe and Sam Lee", ("Jane Roe", "Sam Lee")),
        ("Jane Roe . and Sam Lee", ("Jane Roe", "Sam Lee")),
        ("Jane Roe . and . Sam Lee", ("Jane Roe", "Sam Lee")),
        ("Jane Roe, Science Correspondent", ("Jane Roe",)),
        ("Jane Roe For Harbourmail", ("Jane Roe",)),
        ("Associated Press", ()),
        ("Daily Mail Reporter", ()),
    ],
)
def test_a_flattened_byline_names_its_authors_as_a_byline_line_does(
    names: str, authors: tuple[str, ...]
) -> None:
    text = (
        f"By . {names} . PUBLISHED: . 14:11 EST, 3 March 2014 . "
        "The ferry operator added two winter sailings on Tuesday, islanders said."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors


def test_a_flattened_byline_with_a_camel_case_outlet_over_a_short_story() -> None:
    # "MailOnline" reads like a teaser's title glued to its summary ("…Mail" + "Online")
    text = (
        "By . Jane Roe for MailOnline . "
        "A ferry operator has cancelled every crossing to the islands. "
        "The union said talks had failed."
    )
    article = newsparse.parse(text)
    assert [p.kind for p in article.parts] == ["byline", "paragraph"]
    assert article.byline is not None
    assert article.byline.authors == ("Jane Roe",)


def test_a_flattened_last_updated_line_is_a_timestamp() -> None:
    text = (
        "By . Jane Roe . Last updated at 9:12 AM on 3rd March 2014 . "
        "A ferry operator has cancelled every crossing to the islands. "
        "The union said talks had failed."
    )
    article = newsparse.parse(text)
    assert [p.kind for p in article.parts] == ["byline", "timestamp", "paragraph"]
    assert article.body[0].text.startswith("A ferry operator")


@pytest.mark.parametrize(
    "time_line",
    [
        "Mis en ligne le 14 novembre 2023 à 18h30",
        "Ultimo aggiornamento: 12 marzo 2024, 10:15",
        "Última actualización: 12 de marzo de 2024",
        "Última atualização: 12 de março de 2024",
        "sexta-feira, 22 de outubro de 2010 às 20:13",
        "12 de marzo de 2024",
        "12 de março de 2024, 10h24",
        # a day before now
        "Publié aujourd’hui à 10h31, mis à jour à 12h05",
        # the story's sources after the time, as Zeit prints them (no caption's credit)
        "19. November 2019, 10:31 Uhr Quelle: ZEIT ONLINE, dpa, AFP",
        "Published today at 10:31",
        "heute, 10:31 Uhr",
        "hoje às 10h31",
    ],
)
def test_publication_lines_in_every_language_are_timestamps(time_line: str) -> None:
    text = (
        "Grève des ferries\n\n"
        f"Jane Roe\n{time_line}\n\n"
        "Les marins ont prolongé leur grève mardi, a annoncé le syndicat."
    )
    article = newsparse.parse(text)
    assert [p.kind for p in article.parts] == ["headline", "byline", "timestamp", "paragraph"]


@pytest.mark.parametrize(
    "time_line",
    [
        "2024-03-05T10:12:00Z",
        "05/03/2024 10:12",
        "Tue 5 Mar 2024 10.12 GMT",
        "Last updated: March 5, 2024 10:12 a.m.",
        "March 5, 2024 / 10:12 AM / Updated 2 hours ago",
        "5th March 2024",
        "Tuesday, 5 March 2024, 10:12 GMT",
        "Mar. 5, 2024 10:12 a.m. ET",
        "Updated: 5:12 PM ET, Tue March 5, 2024",
        "Posted: Mar 5, 2024 / 10:12 AM EST",
        "Published 2 hours ago",
        "10:12 GMT 05/03/2024",
        "05.03.2024 | 10:12",
        "Tue, 05 Mar 2024 10:12:00 +0000",
        "Today at 10:12",
    ],
)
def test_a_time_line_under_the_byline_is_a_timestamp_in_any_common_form(time_line: str) -> None:
    text = (
        "Ferry firm fined over late sailings\n\n"
        f"By Marta Quill\n{time_line}\n\n"
        "The island ferry operator has been fined for running late, the regulator said."
    )
    article = newsparse.parse(text)
    assert ["headline", "byline", "timestamp", "paragraph"] == [p.kind for p in article.parts]
    assert time_line == article.parts[2].text


def test_a_sentence_opening_with_reporting_by_is_the_storys() -> None:
    text = (
        "Ferry strike enters second day\n\n"
        "Islanders were stranded for a second day on Tuesday, the union said.\n\n"
        "Reporting by local papers suggested the talks had collapsed.\n\n"
        "The union said talks had failed and no new meeting had been set."
    )
    article = newsparse.parse(text)
    assert article.contributors is None
    assert len(article.body) == 3


@pytest.mark.parametrize("line", ["The Team", "Match report", "Sport"])
def test_a_short_line_under_a_headline_is_not_a_desk_byline_without_a_desk(line: str) -> None:
    text = (
        "Ferry strike: islanders stranded for a second day\n\n"
        f"{line}\n\n"
        "Islanders were stranded for a second day on Tuesday as ferry workers struck."
    )
    assert newsparse.parse(text).byline is None


def test_an_agency_alone_under_the_headline_signs_the_story() -> None:
    text = "Ferry strike halts crossings\n\nReuters\n\nWorkers extended their strike on Tuesday."
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (article.byline.text, article.byline.authors) == ("Reuters", ())
    assert article.agency_credit is None


def test_an_agency_alone_after_the_story_is_its_credit_not_a_byline() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Ferry workers extended their strike on Tuesday in a long dispute over pay and "
        "conditions.\n\n"
        "Reuters\n\n"
        "The union said talks had failed and would not resume this week."
    )
    article = newsparse.parse(text)
    assert article.byline is None
    closing = "Ferry strike halts crossings\n\nWorkers extended their strike on Tuesday.\n\nReuters"
    closed = newsparse.parse(closing)
    assert closed.byline is None
    assert closed.agency_credit is not None


@pytest.mark.parametrize(
    ("line", "authors"),
    [("Von Jan Meier, dpa", ("Jan Meier",)), ("By April Hollis", ("April Hollis",))],
)
def test_a_name_that_is_also_a_month_opens_a_byline(line: str, authors: tuple[str, ...]) -> None:
    text = f"Fährstreik legt Verkehr lahm\n\n{line}\n\nDie Fährleute haben ihren Streik verlängert."
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Marta Quill, Sam Lee and Ann Park", ("Marta Quill", "Sam Lee", "Ann Park")),
        ("By Marta Quill, Transport Correspondent", ("Marta Quill",)),
        ("By Marta Quill, Harbour News, Lisbon", ("Marta Quill",)),
        ("By Marta Quill, Transport Editor and Columnist", ("Marta Quill",)),
        ("By Marta Quill For The Harbour Times", ("Marta Quill",)),
        ("By Marta Quill for Harbourmail.com", ("Marta Quill",)),
        ("By Marta Quill In Lisbon", ("Marta Quill",)),
        ("Author: Marta Quill", ("Marta Quill",)),
        ("Reporter: Marta Quill", ("Marta Quill",)),
        ("Autorin: Marta Quill", ("Marta Quill",)),
        ("By MARTA QUILL Associated Press", ("MARTA QUILL",)),
        ("By MARTA QUILL AP Business Writer", ("MARTA QUILL",)),
        ("By MARTA QUILL and SAM LEE Associated Press", ("MARTA QUILL", "SAM LEE")),
        ("By Michael Bloomberg", ("Michael Bloomberg",)),  # a surname, not the wire
        ("By Ana Ria Costa", ("Ana Ria Costa",)),  # a name, not RIA
    ],
)
def test_a_byline_names_its_authors_not_their_paper_or_place(
    line: str, authors: tuple[str, ...]
) -> None:
    text = f"Ferry strike halts crossings\n\n{line}\n\nWorkers extended their strike on Tuesday."
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors


def test_figures_past_59_after_a_point_are_no_times() -> None:
    text = (
        "Ferry fares for the winter\n"
        "The island ferry operator will run two extra sailings a day from January, after "
        "residents said the winter timetable left them unable to reach the hospital.\n"
        "PORT FERRY BUS TRAIN\n"
        "Lisbon 2.65 2.86 --- 3.91 ---\n"
        "Fares are in euros."
    )
    article = newsparse.parse(text)
    assert () == article.parts_of("timestamp")
    assert article.byline is None


@pytest.mark.parametrize("line", ["By Tuesday, Nov 19 2019", "By Nov 19, 2019"])
def test_a_date_after_by_is_no_byline(line: str) -> None:
    text = f"Ferry strike halts crossings\n\n{line}\n\nWorkers extended their strike on Tuesday."
    assert newsparse.parse(text).byline is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von dpa", ()),
        ("By Reuters", ()),
        ("Por EFE", ()),
        ("By Marta Quill and Reuters", ("Marta Quill",)),
        ("By Reuters Staff", ()),
    ],
)
def test_a_wire_in_a_byline_is_no_author(line: str, authors: tuple[str, ...]) -> None:
    text = f"Ferry strike halts crossings\n\n{line}\n\nWorkers extended their strike, a union said."
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (article.byline.text, article.byline.authors) == (line, authors)


@pytest.mark.parametrize(
    "marker",
    [
        "Potrebbe interessarti anche: ",
        "Ti potrebbe interessare: ",
        "Per approfondire: ",
        "Passend zum Thema: ",
        "À voir aussi : ",
        "También te puede interesar: ",
        "Leia ainda: ",
        "Read next: ",
        "RELATED STORY: ",
        "Related article: ",
        "MORE: ",
        "READ: ",
    ],
)
def test_read_more_markers_in_every_pack(marker: str) -> None:
    link = "Sciopero dei traghetti, le fasce di garanzia"
    text = (
        "Sciopero dei traghetti, isole isolate\n\n"
        "I marittimi hanno prolungato lo sciopero anche oggi.\n\n"
        f"{marker}{link}\n\n"
        "Il sindacato non cede."
    )
    (read_more,) = newsparse.parse(text).read_more
    assert read_more.links == (link,)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a button alone on its line is furniture
        ("More", "boilerplate"),
        ("MORE", "boilerplate"),
        ("More – and better – jobs, the union said.", "paragraph"),
    ],
)
def test_a_marker_that_needs_its_link_is_no_marker_without_one(line: str, kind: str) -> None:
    text = (
        f"Ferry strike halts crossings\n\nWorkers extended their strike.\n\n{line}\n\nTalks go on."
    )
    article = newsparse.parse(text)
    assert article.read_more == ()
    assert (line, kind) in [(p.text, p.kind) for p in article.parts]


@pytest.mark.parametrize("head", ["", "By Jane Roe\n\n", "By Jane Roe\n5 March 2024\n\n"])
def test_a_lede_over_a_subhead_in_capitals_is_no_standfirst(head: str) -> None:
    text = (
        f"Ferry strike halts crossings\n\n{head}"
        "Workers extended their strike on Tuesday, stranding hundreds of travellers "
        "on the islands, the union said.\n\nWHAT HAPPENS NEXT\n\n"
        "The union said talks had broken down again on Monday night."
    )
    article = newsparse.parse(text)
    assert article.standfirst is None
    assert 3 == len(article.body)


def test_a_press_releases_place_in_capitals_under_its_summary_keeps_the_standfirst() -> None:
    summary = "The harbour board will open a second ferry terminal in the spring of next year."
    text = (
        f"Harbour board plans second terminal\n\n{summary}\n\nBAAR, SWITZERLAND\n\n"
        "The Harbour Board announced on Tuesday that construction would start in March."
    )
    article = newsparse.parse(text)
    assert article.standfirst is not None
    assert summary == article.standfirst.text


@pytest.mark.parametrize(
    ("lead", "place", "date", "agency"),
    [
        ("МОСКВА, 5 марта. /ТАСС/. ", "МОСКВА", "5 марта", "ТАСС"),
        ("MOSCOW, March 5. /TASS/. ", "MOSCOW", "March 5", "TASS"),
        ("MADRID, 5 (EUROPA PRESS) ", "MADRID", "5", "EUROPA PRESS"),
    ],
)
def test_wire_datelines_with_the_agency_between_slashes_or_after_the_day(
    lead: str, place: str, date: str, agency: str
) -> None:
    text = (
        "Port opens at night\n\n"
        f"{lead}Lorries will use the port at night from April, the harbour board said.\n\n"
        "The board said the trial would last six months."
    )
    article = newsparse.parse(text)
    assert article.dateline is not None
    assert (place, date, agency) == (
        article.dateline.place,
        article.dateline.date,
        article.dateline.agency,
    )
    assert article.body[0].text.startswith("Lorries will use the port")


def test_a_japanese_story_reads_its_sentences_and_its_time() -> None:
    # Japanese puts no spaces between words and ends sentences with "。": the
    # last paragraph is running text, not a teaser under the story.
    paragraphs = [
        "離島を結ぶフェリーの乗組員が19日、賃上げを求めてストライキに入り、全便が欠航した。",
        "労働組合は24時間のストライキだとしている。",
        "運航会社は「ご迷惑をおかけして申し訳ない」とコメントした。",
    ]
    text = "\n\n".join(
        ["フェリー乗組員がストライキ　離島便が全便欠航", "2019年11月19日 17時12分", *paragraphs]
    )
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "フェリー乗組員がストライキ 離島便が全便欠航"
    assert ["timestamp"] == [p.kind for p in article.parts if p.text.startswith("2019年")]
    assert paragraphs == [p.text for p in article.body]


@pytest.mark.parametrize("line", ["입력 2019.11.19 17:12", "2019/11/19 17:12", "11月19日 17時12分"])
def test_asian_date_forms_are_time_lines(line: str) -> None:
    text = f"Ferry strike halts crossings\n\n{line}\n\nWorkers extended their strike on Tuesday."
    article = newsparse.parse(text)
    assert [line] == [p.text for p in article.parts if p.kind == "timestamp"]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("홍길동 기자", "홍길동"),
        ("홍길동 기자 hong@example.co.kr", "홍길동"),
        ("山田太郎記者", "山田太郎"),
    ],
)
def test_a_name_with_no_capitals_and_its_role_is_the_byline(line: str, author: str) -> None:
    # Korean and Japanese names have no capitals: the role word after the name tells
    text = "\n\n".join(
        [
            "섬 잇는 다리 개통…주민 숙원 풀려",
            line,
            "섬과 육지를 잇는 다리가 12일 개통해 주민들이 배를 타지 않고도 오갈 수 있게 됐다.",
        ]
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert (line, (author,)) == (article.byline.text, article.byline.authors)


@pytest.mark.parametrize(
    "paragraph",
    [
        # two wrapped lines alike, each carrying on the sentence above it
        (
            "LONDON, March 3 - The harbour opened new berths this week\n"
            "harbour. The harbour opened new berths on the quay today\n"
            "harbour. The harbour opened new berths on the quay today\n"
            "harbour."
        ),
        # a paragraph's indented first line, and the same words wrapped under it
        (
            "LONDON, March 3 - The harbour opened new berths this week.\n"
            "    The harbour opened new berths on the quay today, it said.\n"
            "The harbour opened new berths on the quay today, it said."
        ),
    ],
)
def test_wire_lines_that_read_alike_are_no_caption_pasted_twice(paragraph: str) -> None:
    text = f"HARBOUR OPENS NEW BERTHS\n\n{paragraph}\n Reuter\n"
    article = newsparse.parse(text)
    assert () == article.captions
    assert article.agency_credit is not None
