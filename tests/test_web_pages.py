"""Whole web pages: teasers, readers' comments and the page around the story.

Every text here is written for these tests.
"""

import pytest

import newsparse
from newsparse._patterns import patterns_for
from newsparse.lexicon import default_lexicon
from newsparse.rules.boilerplate import _glued_teaser

PATTERNS = patterns_for(default_lexicon())

STORY = [
    (
        "The island ferry operator will run two extra sailings a day from January, after "
        "residents said the winter timetable left them unable to reach hospital appointments "
        "on the mainland and get back on the same day."
    ),
    (
        "The company said the crossings would be paid for by a grant from the regional council, "
        "which agreed last month to cover the cost of fuel and crew for the first winter while "
        "it studies how many passengers use them."
    ),
    (
        "Residents welcomed the decision but asked for the early sailing to leave half an hour "
        "sooner, so that workers could catch the first train from the harbour station."
    ),
]


@pytest.mark.parametrize(
    "line",
    [
        (
            "Harbour Road Closed After Lorry Overturns Near QuayThe road will stay shut until "
            "the lorry has been moved, police said."
        ),
        (
            "Council Approves Budget For 2025The council voted to raise spending on roads by "
            "four per cent."
        ),
        (
            "Is The Night Bus Here To Stay?Passengers say the service has changed how they get "
            "home from work."
        ),
        (
            "Explore The Three Best Walks Along The Old HarbourWalking the harbour, or just "
            "looking to see more of it? From a path known for its views of the lighthouse to a "
            "trail that runs past the old boatyards and the fish market, and on through the "
            "dunes to the far end of the bay where the ferry turns, here is where to go this "
            "winter."
        ),
    ],
)
def test_a_title_glued_to_its_summary_is_a_teaser(line: str) -> None:
    assert _glued_teaser(PATTERNS, line)
    article = newsparse.parse("\n\n".join([STORY[0], line, STORY[1]]))
    assert ["paragraph", "boilerplate", "paragraph"] == [p.kind for p in article.parts]


@pytest.mark.parametrize(
    "line",
    [
        "Sony Launches New PlayStation Console In Tokyo Today",
        "The Ronald McDonald House opened a new wing on Tuesday.",
        "Apple shows the new iPhone with a bigger screen and a faster chip.",
        "Column: The Gannett/GateHouse merger sends a dismal signal about local news",
        # a dateline a page ran on to its paragraph
        "Lisbon (CNN Business)A ferry strike has stranded islanders for a second day.",
        "Porto (Reuters)Ferry workers agreed on Tuesday to end their strike.",
    ],
)
def test_camel_case_names_are_not_glued_teasers(line: str) -> None:
    assert not _glued_teaser(PATTERNS, line)


@pytest.mark.parametrize(
    "first",
    ["2 thoughts on \u201cFerry operator adds winter sailings\u201d", "TOP COMMENT"],
)
def test_readers_comments_after_the_story_are_furniture(first: str) -> None:
    comments = [
        first,
        "Great news for the islands. The morning sailing is the one we all need.",
        "Leave a Reply",
        "Your email address will not be published.",
    ]
    article = newsparse.parse(
        "\n\n".join(["Ferry operator adds winter sailings", *STORY, *comments])
    )
    assert STORY == [p.text for p in article.body]
    assert {"boilerplate"} == {p.kind for p in article.parts[-len(comments) :]}


def test_a_comment_count_by_the_byline_does_not_end_the_story() -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", "12 Comments", *STORY])
    assert STORY == [p.text for p in newsparse.parse(text).body]


def test_the_menus_above_and_the_lists_below_a_story_are_its_frame() -> None:
    menu = ["Home", "News", "Local", "Weather", "Sport", "Business", "Opinion", "Culture"]
    menu += ["Travel", "Podcasts", "Newsletters", "Search", "Log in to read more of our reporting"]
    menu += ["Today's paper", "Puzzles", "Crosswords"]
    teasers = ["More from News", "Harbour wall repairs to start in spring"]
    teasers += ["Council keeps library open on Sundays", "Bus drivers accept new pay offer"]
    teasers += ["Storm warning for the coast", "Contact us", "Terms of use"]
    head = ["Ferry operator adds winter sailings to the islands", "By Ines Carvalho"]
    text = "\n".join(menu) + "\n\n" + "\n".join(head) + "\n\n" + "\n\n".join(STORY)
    text += "\n\n" + "\n".join(teasers)
    article = newsparse.parse(text)
    assert article.headline is not None
    assert head[0] == article.headline.text
    assert STORY == [p.text for p in article.body]
    assert all(p.kind == "boilerplate" for p in article.parts if p.span.end <= text.index(head[0]))


@pytest.mark.parametrize(
    "byline", ["Ines Carvalho - Staff Writer", "Ines Carvalho, AP Sports Writer"]
)
def test_a_name_with_its_role_under_a_pages_title_is_no_title(byline: str) -> None:
    menu = ["Home", "News", "Local", "Weather", "Sport", "Business", "Opinion", "Culture"]
    menu += ["Travel", "Podcasts", "Newsletters", "Search", "Today's paper", "Puzzles"]
    title = "Ferry operator adds winter sailings to the islands"
    text = "\n".join(menu) + f"\n\n{title}\n\n{byline}\nPublished 2 December 2024\n\n"
    article = newsparse.parse(text + "\n\n".join(STORY))
    assert article.headline is not None
    assert article.byline is not None
    assert (title, byline) == (article.headline.text, article.byline.text)
    assert STORY == [p.text for p in article.body]


def test_a_list_the_story_leads_in_to_is_not_the_frame() -> None:
    items = ["Two extra sailings a day", "A later last ferry on Fridays", "Free travel for pupils"]
    items += ["Bikes carried at no charge", "A new waiting room", "Step-free boarding"]
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY])
    text += "\n\nThe new timetable offers:\n" + "\n".join(items)
    article = newsparse.parse(text)
    assert "boilerplate" not in {p.kind for p in article.parts}


def _kind_at(article: newsparse.Article, offset: int) -> str:
    return next(p.kind for p in article.parts if p.span.start <= offset < p.span.end)


def test_a_list_led_in_to_from_the_paragraph_above_is_not_furniture() -> None:
    items = ["Two extra sailings a day", "A later last ferry on Fridays", "Free travel for pupils"]
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2]])
    text += "\n\nFrom January the islanders get:\n\n" + "\n".join(items) + "\n\n" + STORY[2]
    article = newsparse.parse(text)
    assert "boilerplate" not in {p.kind for p in article.parts}


def test_long_headlines_and_figures_among_a_list_of_links_are_links_too() -> None:
    videos = [
        "Harbour wall repairs to start in spring",
        "Why the island ferry still runs on a timetable written in 1988",  # a figure, 12 words
        "Council keeps library open on Sundays",
        "Bus drivers accept new pay offer",
        "What a new 5G mast means for the villages on the far side of the bay",  # 15 words
        "Storm warning for the coast",
    ]
    head = ["Ferry operator adds winter sailings to the islands", "By Ines Carvalho"]
    text = "\n\n".join([*head, "\n".join(videos), *STORY])
    article = newsparse.parse(text)
    assert STORY == [p.text for p in article.body]
    assert all(_kind_at(article, text.index(video)) == "boilerplate" for video in videos)


def test_a_table_of_figures_is_not_a_list_of_links() -> None:
    # one figure a row, and a port's name wrapped on to a line of its own
    rows = ["PORT FERRY BUS TRAIN", "Lisbon --- 3.10 --- ---", "Vila Real/"]
    rows += ["Santo Antonio --- --- 4.05 ---"]
    text = "\n\n".join(["Fares for the winter", *STORY[:2], "\n".join(rows), STORY[2]])
    article = newsparse.parse(text)
    assert all(_kind_at(article, text.index(row)) == "paragraph" for row in rows[1:])


def test_in_a_page_with_blank_lines_a_block_is_one_paragraph() -> None:
    items = "You will sleep better.\nYou will save money.\nYour neighbours will thank you."
    text = "\n\n".join(["Ferry operator adds winter sailings", STORY[0], items, *STORY[1:]])
    body = [p.text for p in newsparse.parse(text).body]
    assert [STORY[0], " ".join(items.split("\n")), *STORY[1:]] == body


def test_copy_with_no_blank_lines_keeps_one_paragraph_a_line() -> None:
    text = "\n".join(["Ferry operator adds winter sailings", *STORY])
    assert STORY == [p.text for p in newsparse.parse(text).body]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"], ids=repr)
def test_a_marker_may_be_followed_by_a_no_break_space(space: str) -> None:
    marker = f"READ MORE:{space}Harbour wall repairs to start in spring"
    article = newsparse.parse(
        "\n\n".join(["Ferry operator adds winter sailings", STORY[0], marker])
    )
    assert [("Harbour wall repairs to start in spring",)] == [m.links for m in article.read_more]


def test_an_authors_handle_alone_on_a_line_is_furniture() -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, "@icarvalho"])
    article = newsparse.parse(text)
    assert STORY == [p.text for p in article.body]
    assert "boilerplate" == article.parts[-1].kind


def test_a_login_prompt_opens_the_comments() -> None:
    tail = ["You must be logged in to post a comment.", "Nice one, really glad to see this."]
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, *tail])
    assert STORY == [p.text for p in newsparse.parse(text).body]


def test_a_copyright_line_after_the_story_ends_it() -> None:
    tail = [
        "\u00a9 2024 Example Media Group. All rights reserved.",
        "Harbour wall repairs to start in spring",
        "Builders will close the promenade for six weeks while the sea wall is rebuilt.",
        "Council keeps the library open on Sundays",
        "The trial will run for a year and be reviewed next autumn.",
    ]
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, *tail])
    assert STORY == [p.text for p in newsparse.parse(text).body]


def test_a_copyright_line_under_a_notice_the_same_width_is_furniture() -> None:
    # Two lines of like width read as one wrapped paragraph; its last line is
    # still read for furniture.
    notice = (
        "The Harbour Times is published by Example Media Group, a family firm.\n"
        "All contents \u00a9 2024 Example Media Group. All rights reserved."
    )
    article = newsparse.parse("\n\n".join(["Ferry operator adds winter sailings", *STORY, notice]))
    assert ("boilerplate", "All contents") == (article.parts[-1].kind, article.parts[-1].text[:12])
    assert STORY == [p.text for p in article.body][: len(STORY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Follow the money, campaigners say.",
        "Trending upwards again, fares rose by a fifth.",
        "Newsletter costs were cut, the accounts show.",
    ],
)
def test_a_sentence_that_opens_with_a_headings_word_stays_body(sentence: str) -> None:
    story = [STORY[0], sentence, *STORY[1:]]
    text = "\n\n".join(["Ferry operator adds winter sailings", *story])
    assert story == [p.text for p in newsparse.parse(text).body]


def test_a_copyright_line_at_the_top_does_not_end_the_story() -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", "\u00a9 2024 Ines Carvalho", *STORY])
    assert STORY == [p.text for p in newsparse.parse(text).body]


@pytest.mark.parametrize(
    "notice",
    [
        (
            "This website uses cookies to improve your experience while you navigate through "
            "the website. Out of these cookies, the cookies that are categorised as necessary "
            "are stored in your browser as they are essential for the working of basic "
            "functions of the website. You can opt out of the others at any time."
        ),
        "Diese Website verwendet Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie zu.",
        "By choosing Agree, you consent to our use of cookies and other tracking tools.",
    ],
)
def test_a_cookie_notice_is_furniture(notice: str) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, notice])
    assert "boilerplate" == newsparse.parse(text).parts[-1].kind


def test_a_cookie_notice_above_the_story_does_not_hide_the_headline() -> None:
    notice = "By choosing Agree, you consent to our use of cookies and other tracking tools."
    menu = "News Travel Islands Weather & Tides Business Sport Culture Opinion Letters More"
    head = ["Ferry operator adds winter sailings", "By Marta Quill"]
    text = "\n\n".join([notice, menu, *head, *STORY])
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Ferry operator adds winter sailings"
    assert [*STORY] == [p.text for p in article.body]


def test_a_camel_case_name_in_a_dateline_is_no_teaser() -> None:
    lede = (
        "HONOLULU, Hawaii (HarbourNewsNow) - Scientists using a telescope on the island have "
        "found water vapour above the surface of a distant moon, the team said on Monday."
    )
    assert not _glued_teaser(PATTERNS, lede)


def test_a_counter_over_a_credit_is_not_its_caption() -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", "2\nPhoto: Ines Carvalho", *STORY])
    captions = newsparse.parse(text).captions
    expected = [("", ("Ines Carvalho",))]
    assert expected == [(c.text, c.credit.sources if c.credit else ()) for c in captions]


def test_a_subhead_after_a_sentence_in_a_block_starts_a_paragraph() -> None:
    block = (
        "In short: a new door seal paid for itself within a month, and the fridge now runs "
        "for half as long each day as it did before.\n2. Boil only what you need"
    )
    text = "\n\n".join(["Ferry operator adds winter sailings", STORY[0], block, *STORY[1:]])
    body = [p.text for p in newsparse.parse(text).body]
    assert [STORY[0], *block.split("\n"), *STORY[1:]] == body


def test_a_byline_may_end_with_its_time() -> None:
    byline = "By Ines Carvalho , Tom Berg on Monday, November 18th, 2024 at 11:08 a.m."
    text = "\n\n".join(["Ferry operator adds winter sailings", byline, *STORY])
    article = newsparse.parse(text)
    assert article.byline is not None
    assert byline == article.byline.text
    assert STORY == [p.text for p in article.body]


def test_a_credit_is_found_after_a_sentence_that_only_looks_like_one() -> None:
    line = "The pier in 1987. Picture library by Example. Photo by Jane Doe-Smith."
    text = "\n\n".join(["Ferry operator adds winter sailings", line, *STORY])
    captions = newsparse.parse(text).captions
    assert [("Jane Doe-Smith",)] == [c.credit.sources for c in captions if c.credit]


@pytest.mark.parametrize(
    "line",
    ["1 \u00a0/\u00a0 9", "Image 3 of 12", "84.1K", "Reach the reporter at jroe@example.com"],
)
def test_gallery_counters_and_contact_lines_are_furniture(line: str) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], line, STORY[2]])
    article = newsparse.parse(text)
    assert STORY == [p.text for p in article.body]


def test_a_lede_over_an_advert_under_the_byline_is_body() -> None:
    text = "\n\n".join(
        [
            "Ferry operator adds winter sailings",
            "By Ines Carvalho",
            STORY[0],
            "Advertisement",
            *STORY[1:],
        ]
    )
    article = newsparse.parse(text)
    assert article.standfirst is None
    assert STORY == [p.text for p in article.body]


def test_a_short_summary_over_a_share_row_under_the_byline_is_the_standfirst() -> None:
    summary = "Islanders will no longer have to stay the night on the mainland."
    text = "\n\n".join(
        ["Ferry operator adds winter sailings", "By Ines Carvalho", summary, "Share", *STORY]
    )
    article = newsparse.parse(text)
    assert article.standfirst is not None
    assert summary == article.standfirst.text


@pytest.mark.parametrize("advert", ["Advertisement", "Story continues below advertisement"])
def test_a_short_sentence_over_an_advert_under_the_byline_is_the_lede(advert: str) -> None:
    lede = "Islanders will no longer have to stay the night on the mainland."
    text = "\n\n".join(
        ["Ferry operator adds winter sailings", "By Ines Carvalho", lede, advert, *STORY]
    )
    article = newsparse.parse(text)
    assert article.standfirst is None
    assert [lede, *STORY] == [p.text for p in article.body]


def test_a_one_word_label_is_furniture_only_beside_a_repeated_headline() -> None:
    teaser = "Harbour wall repairs to start in spring"
    card = f"Business\n{teaser}\nBusiness\n{teaser}"
    recap = "SUMMARY\nThe extra sailings start in January."
    text = "\n\n".join(["Ferry operator adds winter sailings", STORY[0], card, recap])
    text += "\n\n" + "\n\n".join([*STORY[1:], recap.replace("January", "February")])
    article = newsparse.parse(text)
    body = [p.text for p in article.body]
    assert "Business" not in body
    assert "SUMMARY The extra sailings start in January." in body


def test_a_time_line_below_the_story_is_a_timestamp() -> None:
    stamp = "First published on December 2, 2024 / 8:16 AM"
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, stamp])
    article = newsparse.parse(text)
    assert STORY == [p.text for p in article.body]
    assert ("timestamp", stamp) == (article.parts[-1].kind, article.parts[-1].text)


def test_a_bare_figure_below_the_story_stays_body() -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, "78,000"])
    assert [*STORY, "78,000"] == [p.text for p in newsparse.parse(text).body]


@pytest.mark.parametrize(
    "line",
    [
        # The story may be about newsletters, and quote someone who speaks of them.
        "The paper said its weekly newsletter now reaches more readers than its print edition.",
        "“Our newsletter is how most of our readers find us now,” the editor said.",
        # nor is a story about a commission a disclosure of one
        "The European Commission told us it would rule on the ferry subsidy next month.",
        # sentences that open with the words of furniture lines
        "Like us on the island, they had no power for three days after the storm.",
        "Supported by the council, the ferry firm will add a winter sailing.",
        "Editorial staff at the island paper worked through the night.",
        "What are you looking for in a ferry, the survey asked islanders.",
        "Have a tip for young sailors, I asked the skipper.",
        "Except for the headline, the report was accurate, the regulator said.",
    ],
)
def test_a_story_sentence_that_reads_like_furniture_stays_body(line: str) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], line, STORY[2]])
    assert [*STORY[:2], line, STORY[2]] == [p.text for p in newsparse.parse(text).body]


def test_a_line_about_the_stories_author_below_it_is_furniture() -> None:
    notes = [
        "Marta Quill is the paper's transport correspondent and the author of a book on ferries.",
        "Write to Marta Quill at marta.quill@example.com",
    ]
    text = "\n\n".join(["Ferry operator adds winter sailings", "By Marta Quill", *STORY, *notes])
    article = newsparse.parse(text)
    assert [*STORY] == [p.text for p in article.body]
    assert notes == [p.text for p in article.parts if p.kind == "boilerplate"]


def test_an_author_named_early_in_the_story_stays_body() -> None:
    lede = "Marta Quill, who wrote this report, took the first winter sailing last week."
    text = "\n\n".join(["Ferry operator adds winter sailings", "By Marta Quill", lede, *STORY])
    assert [lede, *STORY] == [p.text for p in newsparse.parse(text).body]


@pytest.mark.parametrize(
    ("credit", "sources"),
    [
        ("Harbour Trust", ("Harbour Trust",)),
        # a photographer and the outlet, split by a bar, as CNBC prints them
        ("Jane Roe | CNBC", ("Jane Roe", "CNBC")),
    ],
)
def test_a_sentence_over_a_bare_name_between_paragraphs_is_a_caption(
    credit: str, sources: tuple[str, ...]
) -> None:
    caption = "The new ferry leaves the harbour on its first winter crossing."
    figure = f"{caption}\n{credit}"
    text = "\n\n".join(["Ferry operator adds winter sailings", STORY[0], figure, *STORY[1:]])
    article = newsparse.parse(text)
    assert [(caption, credit)] == [
        (c.text, c.credit.text if c.credit else "") for c in article.captions
    ]
    assert article.captions[0].credit is not None
    assert sources == article.captions[0].credit.sources
    assert STORY[1:] == [p.text for p in article.body][-2:]


@pytest.mark.parametrize("line", ["News | Sport", "Jane Roe | March 3, 2024"])
def test_a_sentence_over_a_menu_or_a_dated_name_is_no_caption(line: str) -> None:
    figure = f"The new ferry leaves the harbour on its first winter crossing.\n{line}"
    text = "\n\n".join(["Ferry operator adds winter sailings", STORY[0], figure, *STORY[1:]])
    assert () == newsparse.parse(text).captions


@pytest.mark.parametrize(
    "block",
    [
        # A letter's signature closes the story: no paragraph follows it.
        "Thank you to everyone who wrote to us about the timetable.\nMarta Quill",
        # A long paragraph over a name is no caption.
        STORY[0].replace("mainland", "mainland, a trip of more than forty minutes each way")
        + "\nHarbour Trust",
    ],
)
def test_a_name_under_a_paragraph_is_no_caption_where_a_caption_would_not_stand(
    block: str,
) -> None:
    pages = [
        "\n\n".join(["Ferry operator adds winter sailings", *STORY, block]),
        "\n\n".join(["Ferry operator adds winter sailings", STORY[1], block, STORY[2]]),
    ]
    assert () == newsparse.parse(pages[0]).captions
    if len(block.split("\n", maxsplit=1)[0].split()) > 30:
        assert () == newsparse.parse(pages[1]).captions


def test_a_teaser_title_printed_twice_over_its_summary_is_furniture() -> None:
    title = "Island council votes to keep the old ferry pier open for another winter"
    summary = (
        "The pier will stay open until a new one is built, the council said on Monday, and "
        "repairs to its deck will start in the spring."
    )
    teaser = "\n".join([title, title, summary])
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], teaser, STORY[2]])
    article = newsparse.parse(text)
    assert () == article.captions
    assert [title, title, summary] == [p.text for p in article.parts if p.kind == "boilerplate"]
    assert STORY[1:] == [p.text for p in article.body][-2:]


def test_a_table_in_a_page_is_a_paragraph_of_its_own() -> None:
    table = "Sailing\tLeaves\tArrives\nFirst\t06:10\t06:55\nLast\t21:40\t22:25"
    block = "Winter timetable\n" + table
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], block, STORY[2]])
    body = [p.text for p in newsparse.parse(text).body]
    assert ["Winter timetable", " ".join(table.split()), STORY[2]] == body[-3:]


def test_the_signature_of_an_embedded_post_stands_alone() -> None:
    post = (
        "The first winter sailing left on time this morning. pic.example.com/ab12\n"
        "— Island Ferries (@islandferries) November 15, 2024\n"
        "Passengers on that sailing said the crossing was calm, the boat was half full and the "
        "coffee bar was open."
    )
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], post, STORY[2]])
    body = [p.text for p in newsparse.parse(text).body]
    assert [*post.split("\n"), STORY[2]] == body[-4:]


@pytest.mark.parametrize(
    "furniture",
    [
        # Prompts to the reader, in any pack's language.
        "Get the morning's top stories in your inbox by signing up to our newsletter.",
        "Thanks, you have been subscribed!",
        "Join our reader forums to keep talking about the islands and their ferries.",
        "Erhalten Sie unseren Newsletter jeden Morgen in Ihr Postfach.",
        "Recevez notre newsletter chaque matin.",
        "Register now for FREE unlimited access to Example.com",
        (
            "The Associated Press ferries team receives support from a trust. "
            "The AP is solely responsible for all content."
        ),
        # Counters, tag lists, widgets and reading times.
        "Comments (12)",
        # A tabloid's teaser, tagged with its kind in capitals.
        "Ferry fares to rise again in spring [INSIGHT]",
        "Harbour wall collapses in storm\u00a0[VIDEO]|",
        "Ferry review: the quietest crossing of the year [Video]",
        # A link to another story set in capitals.
        "FERRY BOSS SAYS WINTER TIMETABLE WILL BE THE LAST FOR THE ISLANDS",
        # A blog's shortcode the page left unrendered.
        '[button link="https://example.com/photos" type="big"] Send us your ferry photos',
        "48 Comments",
        "Share by email",
        "84.1K\n108\n2",  # share and comment counts, one a line
        "Tags: ferries, islands, winter timetable, harbour council, regional grants, transport",
        "Please enable JavaScript to view the comments powered by Disqus.",
        "Like this: Like Loading...",
        "Reading time: 3 minutes",
        "Tempo de leitura: 1 minuto",
        "marta.quill@example.com @mquill",
        "twitter.com/martaquill",
        "Filed Under:ferries, islands, winter timetable, harbour council",
        "© Example Island Media Ltd, 2004–2024. All rights reserved.",
        "Copyright Beispiel Verlag 2024. Alle Rechte vorbehalten.",
        # a row of share buttons in capitals
        "CONNECT TWEET LINKEDIN COMMENT EMAIL MORE",
        # an affiliate disclosure and a magazine's tag line
        (
            "Now and then we link to online shops. If you buy something through one, "
            "we may receive a small commission. Find out more here."
        ),
        "This article is related to: Travel and tagged ferries, islands, winter",
        # a publishing group's note, a search box, a tabloid's footer, a prompt's buttons
        (
            "Harbour Daily is part of Example Media Group, an international publisher. "
            "Visit our corporate site."
        ),
        "What are you looking for? Go",
        # a Korean site's copyright notice: reproduction without leave forbidden
        "<저작권자(c) 하버뉴스, 무단 전재-재배포 금지>",
        "ⓒ 하버뉴스, 무단 전재 및 재배포 금지",
        "See today's front and back pages, download the newspaper and order back issues.",
        "No thanks",
        # a feed widget's error, a site's promotion, a sign-up's confirmation
        "An error has occurred; the feed is probably down. Try again later.",
        "Get breaking ferry news and the latest updates on timetables and more!",
        "An email with an activation link has just been sent to your email address.",
        "Clique na imagem acima e veja os horários das balsas.",
        # a sponsor's line, news sites' promotions and calls for tips, a form's error
        "Supported by",
        "Editorial",
        "Chat with us in Facebook Messenger. Find out what's happening in the world.",
        "Read the original article on Harbour Insider",
        "We pay for your stories! Email us at tips@example.com or call 0207 555 0100.",
        "Have a tip? Send it to tips@example.com",
        "Like us on Facebook",
        "Please enter a valid email address",
        "Opinions expressed by Harbour Insider contributors are their own.",
        "The views expressed in this commentary are solely those of the author.",
        "Feedback",
        "Veja mais notícias da região no G1 Rio",
        # an audio player's buttons and length
        "3-Minute Listen",
        "Playlist",
        "Embed",
        (
            "A version of this article appears in print on Nov. 20, 2019, Section B, Page 3 "
            "of the New York edition with the headline: Ferry Operators See Record Bookings."
        ),
        # a syndicated story's disclaimer
        (
            "(Except for the headline, this story has not been edited by Harbour Times "
            "staff and is published from a syndicated feed.)"
        ),
    ],
)
def test_page_furniture_between_paragraphs(furniture: str) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], furniture, STORY[2]])
    article = newsparse.parse(text)
    furniture_parts = [p.text for p in article.parts if p.kind == "boilerplate"]
    assert [" ".join(furniture.split())] == furniture_parts
    assert [*STORY] == [p.text for p in article.body]


def test_a_bio_may_call_the_author_by_one_name() -> None:
    bio = "Marta is the paper's transport correspondent."
    text = "\n\n".join(["Ferry operator adds winter sailings", "By Marta Quill", *STORY, bio])
    article = newsparse.parse(text)
    assert [bio] == [p.text for p in article.parts if p.kind == "boilerplate"]


def test_a_question_under_the_byline_is_no_lead_caption() -> None:
    question = "Have you ever heard the island's ferry choir sing on the early crossing?"
    text = "\n\n".join(["Ferry operator adds winter sailings", "By Marta Quill", question, *STORY])
    assert () == newsparse.parse(text).captions


def test_a_quotes_attribution_under_the_header_is_no_lead_caption() -> None:
    # the quote itself went with the page's menu above
    signed = "— Marta Quill on Monday, March 4th, 2024 in a post on the council's page"
    text = "\n\n".join(["Ferry operator adds winter sailings", "By Ines Carvalho", signed, *STORY])
    assert () == newsparse.parse(text).captions


@pytest.mark.parametrize(
    "furniture",
    [
        "Tell us what YOU think...",
        "Stay Connected:\nFacebook\nTwitter\nNewsletters",
        "RSS",
        "Scroll to top",
        "No spam, we promise. You can unsubscribe at any time.",
        "Comments are closed.",
        "Recommended by Outbrain",
        "You have reached your article limit for this month",
        "Load more",
        "Click to share on Twitter (Opens in new window)\nClick to email a link to a friend",
        "Jump to comments",
        "When you purchase through links on our site, we may earn an affiliate commission.",
        "As an Amazon Associate I earn from qualifying purchases.",
        "As you comment, please be respectful of other readers and keep to the topic.",
        "Comments are moderated and may take a while to appear.",
        "You have read 3 of your 5 free articles this month.",
        "Open gallery",
    ],
)
def test_prompts_to_comment_and_follow_are_furniture(furniture: str) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, furniture])
    article = newsparse.parse(text)
    assert STORY == [p.text for p in article.body]


@pytest.mark.parametrize(
    "trail",
    [
        "Home > News > Transport",
        "Inicio › Noticias › Transporte",
        "News | Sport | Business | Opinion | Culture",  # a menu on one line
        "News • Sport • Weather",
        "Home » News » Transport",
    ],
)
def test_a_breadcrumb_trail_over_the_headline_is_furniture(trail: str) -> None:
    text = "\n\n".join([trail, "Ferry operator adds winter sailings", *STORY])
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Ferry operator adds winter sailings"
    assert STORY == [p.text for p in article.body]
    assert article.parts[0].kind == "boilerplate"


def test_a_byline_with_its_date_between_bars_is_no_menu() -> None:
    head = ["Ferry operator adds winter sailings", "Marta Quill | March 4, 2024 | 4 min read"]
    article = newsparse.parse("\n\n".join([*head, *STORY]))
    assert "boilerplate" not in {p.kind for p in article.parts}


def test_a_comparison_with_a_greater_than_sign_is_no_breadcrumb() -> None:
    line = "Fares rose sharply > the council said this was the last rise for now."
    text = "\n\n".join(["Ferry operator adds winter sailings", STORY[0], line, *STORY[1:]])
    assert line in [p.text for p in newsparse.parse(text).body]


def test_a_name_alone_under_the_date_line_is_the_byline() -> None:
    head = ["Ferry operator adds winter sailings", "3 March 2024", "Ines Carvalho"]
    text = "\n\n".join([*head, *STORY])
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Ines Carvalho",)
    assert STORY == [p.text for p in article.body]


def test_a_time_line_among_the_furniture_after_the_story_is_furniture() -> None:
    meta = "Wordcount: 540\nPublished: Nov. 19, 2024, 6:18 p.m.\nTags: ferries, islands, winter"
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, meta])
    article = newsparse.parse(text)
    assert STORY == [p.text for p in article.body]


def test_a_table_row_under_a_claimed_heading_is_no_time_line() -> None:
    table = "Advertisement\nLisbon 2.65 2.66 --- 3.01 ---"
    text = "\n\n".join(["Ferry fares for the winter", *STORY[:2], table, STORY[2]])
    article = newsparse.parse(text)
    assert "Lisbon 2.65 2.66 --- 3.01 ---" in [p.text for p in article.body]


def test_a_prompt_to_subscribe_to_a_channel_is_furniture() -> None:
    prompt = "Subscribe to the Harbour Times YouTube channel for all of the latest ferry videos!"
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, prompt])
    assert STORY == [p.text for p in newsparse.parse(text).body]


@pytest.mark.parametrize(
    "row",
    [
        "Teilen\nTwittern\nE-Mail",
        "Partager\nTweeter",
        "Compartir en Facebook",
        "Compartilhe",
        "Condividi su Facebook",
        "Поделиться",
        "Zur Startseite",
        "Retour à l'accueil",
        "Volver a la portada",
        "Torna alla home",
        "Voltar ao topo",
    ],
)
def test_share_buttons_in_every_pack_are_furniture(row: str) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], row, STORY[2]])
    assert STORY == [p.text for p in newsparse.parse(text).body]


def test_the_head_under_a_menu_split_by_no_break_space_lines_is_found() -> None:
    sections = ["Tech", "Health", "Space", "Environment", "Humans", "Physics", "Nature"]
    sections += ["Politics & Society", "Comment & Opinion"]
    menu = "\n\u00a0\n".join([*sections, *sections])  # each entry a block of its own
    head = "SPACE\nFerry operator adds winter sailings to the islands\nINES CARVALHO\n18 NOV 2024"
    article = newsparse.parse("\n\n".join([menu, head, *STORY]))
    assert article.headline is not None
    assert article.headline.text == "Ferry operator adds winter sailings to the islands"
    assert article.byline is not None
    assert STORY == [p.text for p in article.body]


def test_a_privacy_notice_over_the_page_is_furniture_not_the_headline() -> None:
    notice = (
        "Your privacy is important to us. We have updated our privacy policy to better "
        "explain how we use data on this site. Read it here"
    )
    text = "\n\n".join([notice, "Ferry operator adds winter sailings", "By Ines Carvalho", *STORY])
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Ferry operator adds winter sailings"
    assert article.parts[0].kind == "boilerplate"


def test_a_title_printed_twice_over_its_time_line_is_the_headline_not_a_caption() -> None:
    menu = ["Home", "News", "Local", "Weather", "Sport", "Business", "Opinion", "Culture"]
    title = "Ferry operator adds winter sailings to the islands"
    head = [*menu, title, title, "Share", "By Ines Carvalho", "Nov 20 2024, 10:18am"]
    article = newsparse.parse("\n".join(head) + "\n\n" + "\n\n".join(STORY))
    assert article.captions == ()
    assert article.headline is not None
    assert article.headline.text == title
    assert STORY == [p.text for p in article.body]


def test_a_caption_pasted_twice_under_the_time_line_stays_a_caption() -> None:
    caption = "Crews load the ferry before dawn on the first winter sailing"
    head = ["Ferry operator adds winter sailings", "By Ines Carvalho", "Tue 5 Mar 2024 06.00 GMT"]
    text = "\n\n".join([*head, f"{caption}\n{caption}", *STORY])
    article = newsparse.parse(text)
    assert [caption] == [c.text for c in article.captions]


def test_teasers_cut_short_by_the_page_are_furniture() -> None:
    teasers = [
        "Council approves new timetable for the winter ferries",
        "The regional council voted on Tuesday to pay for two extra sailings a day, with...",
        "Harbour road to close for three nights of repairs",
        "Drivers heading for the quay will be sent round by the old mill road while crew…",
        "Island school opens its new science wing",
        "Pupils on the island will no longer have to cross to the mainland for chemistry...",
        "Lifeboat crew thanked",
        "The volunteers who brought the stranded yacht in on Sunday were given […]",
    ]
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, *teasers])
    article = newsparse.parse(text)
    assert [*STORY] == [p.text for p in article.body]
    assert teasers == [p.text for p in article.parts if p.kind == "boilerplate"]


def test_a_sentence_that_trails_off_stays_body() -> None:
    trail = "The crew waited for the fog to lift, and waited, and waited..."
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, trail])
    assert [*STORY, trail] == [p.text for p in newsparse.parse(text).body]


def test_a_list_of_dated_teasers_below_the_story_is_furniture() -> None:
    items = []
    for title, author, summary in [
        ("Harbour road to close for repairs", "Ines Carvalho", "The road shuts on Monday."),
        ("Island school opens science wing", "Tom Nash", "Pupils no longer cross for labs."),
        ("Lifeboat crew thanked by council", "Lina Park", "Volunteers were given an award."),
    ]:
        items += [title, author, "Wednesday November 20, 2024", summary]
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, "\n".join(items)])
    article = newsparse.parse(text)
    assert [*STORY] == [p.text for p in article.body]


def test_a_timeline_in_the_story_is_not_a_list_of_teasers() -> None:
    timeline = "\n".join(
        [
            "March 3, 2024",
            "The council first asks the operator for a winter timetable.",
            "June 12, 2024",
            "Residents hand in a petition with 2,000 names.",
            "September 30, 2024",
            "The regional grant is approved.",
        ]
    )
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], timeline, STORY[2]])
    body = " ".join(p.text for p in newsparse.parse(text).body)
    assert "The regional grant is approved." in body
    assert "Residents hand in a petition with 2,000 names." in body


@pytest.mark.parametrize(
    "first",
    [
        "Fox News",
        "WORLD",
        "SKIP TO SITE INDEX",
        "Home | News",
        "News Travel Islands Weather & Tides Business Sport Culture Opinion Letters More",
    ],
)
def test_the_headline_of_a_page_stands_over_its_byline_not_in_its_menu(first: str) -> None:
    text = "\n\n".join([first, "Ferry operator adds two winter sailings", "By Marta Quill", *STORY])
    assert "Ferry operator adds two winter sailings" == newsparse.parse(text).headline.text


def test_a_short_headline_over_its_byline_stays_the_headline() -> None:
    text = "\n\n".join(["Ferries return", "By Marta Quill", *STORY])
    assert "Ferries return" == newsparse.parse(text).headline.text


def test_teasers_that_end_with_a_read_more_link_go_with_their_titles() -> None:
    teasers = [
        "TRANSPORT",
        "Harbour road to close for three nights",
        "By INES CARVALHO",
        "Drivers heading for the quay will be sent round by the old mill road ... Read More",
        "EDUCATION",
        "Will the island school open its new wing?",
        "Pupils will no longer cross to the mainland for their chemistry lessons. Read More",
        "Lifeboat crew thanked by the council",
        "The volunteers who brought the stranded yacht in were given an award. Read More",
    ]
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, "\n".join(teasers)])
    assert [*STORY] == [p.text for p in newsparse.parse(text).body]


def test_a_line_of_two_credits_under_its_caption_is_one_caption() -> None:
    figure = (
        "The ferry at the old quay in 1987.\n"
        "Photo illustration by Harbour Times. Photo by Ines Carvalho."
    )
    text = "\n\n".join(["Ferry operator adds winter sailings", STORY[0], figure, *STORY[1:]])
    captions = newsparse.parse(text).captions
    assert [("The ferry at the old quay in 1987.", ("Ines Carvalho",))] == [
        (c.text, c.credit.sources if c.credit else ()) for c in captions
    ]


def test_paragraphs_that_trail_off_stay_body() -> None:
    # Three paragraphs a few lines apart end with "...", but they are not cut
    # at one length, as a page cuts its teasers.
    trailing = [f"{sentence} And then the fog came down again..." for sentence in STORY]
    filler = "Passengers said the boat left on time and arrived a few minutes early."
    text = "\n".join(
        [
            "Ferry operator adds winter sailings",
            "",
            *[line for paragraph in trailing for line in (paragraph, filler)],
        ]
    )
    body = " ".join(p.text for p in newsparse.parse(text).body)
    assert all(paragraph in body for paragraph in trailing)


@pytest.mark.parametrize(
    ("figure", "label", "sources"),
    [
        ("Courtesy Harbour Ferries", "Courtesy", ("Harbour Ferries",)),
        (
            "The ferry at the old quay in 1987. (Courtesy of the Island Museum)",
            "Courtesy of",
            ("the Island Museum",),
        ),
        ("The ferry at the old quay in 1987. Photo courtesy of Ines Carvalho", None, None),
    ],
)
def test_a_courtesy_credit_makes_a_caption(
    figure: str, label: str | None, sources: tuple[str, ...] | None
) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], figure, STORY[2]])
    article = newsparse.parse(text)
    (caption,) = article.captions
    assert caption.credit is not None
    assert caption.credit.label == (label or "Photo courtesy of")
    assert caption.credit.sources == (sources or ("Ines Carvalho",))
    assert [*STORY] == [p.text for p in article.body]


def test_courtesy_of_opening_a_sentence_is_not_a_credit() -> None:
    line = "Courtesy of the storm, the last sailing was cancelled."
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], line])
    assert [*STORY[:2], line] == [p.text for p in newsparse.parse(text).body]


def test_a_video_caption_ending_with_when_it_was_published_is_a_caption() -> None:
    video = (
        "Harbour master's video shows the new ferry on its first crossing. "
        "(Published Monday, Nov. 18, 2019)"
    )
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], video, STORY[2]])
    article = newsparse.parse(text)
    assert [video] == [c.text for c in article.captions]
    assert [*STORY] == [p.text for p in article.body]


def test_a_gallery_caption_and_its_cut_copy_with_their_buttons() -> None:
    full = (
        "Passengers board the new ferry at the harbour on Tuesday, Nov. 19, 2019, "
        "before its first winter crossing to the island."
    )
    cut = full[:70].rstrip()
    gallery = "\n".join(
        [
            f"{full} (AP Photo/Ines Carvalho) less",
            f"{cut} ... more",
            f"{full} less",
            f"{cut} ... more",
            "Photo: Ines Carvalho, AP",
            "Ferry operator adds winter sailings",
        ]
    )
    article = newsparse.parse("\n\n".join([gallery, *STORY]))
    assert article.headline is not None
    assert article.headline.text == "Ferry operator adds winter sailings"
    captions = [(c.text, c.credit.text if c.credit else None) for c in article.captions]
    # The second full copy is the first caption's repeat.
    assert [(full, "(AP Photo/Ines Carvalho)"), ("", "Photo: Ines Carvalho, AP")] == captions
    assert len(article.captions[0].repeats) == 1
    cut_copies = [p for p in article.parts if p.text.endswith("... more")]
    assert [("boilerplate", "boilerplate")] * 2 == [(p.kind, p.rule) for p in cut_copies]
    assert [*STORY] == [p.text for p in article.body]


@pytest.mark.parametrize(
    "line",
    [
        "Follow the Harbour Times opinion desk on Facebook, Twitter (@HTopinion) and Instagram.",
        "Follow Ines Carvalho on Twitter: @icarvalho",
        "Folgen Sie der Redaktion auf Instagram und YouTube",
    ],
)
def test_a_line_asking_to_follow_on_a_social_network_is_furniture(line: str) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, line])
    article = newsparse.parse(text)
    assert [*STORY] == [p.text for p in article.body]
    assert any(p.kind == "boilerplate" and p.text == line for p in article.parts)


def test_follow_in_a_sentence_with_no_network_stays_body() -> None:
    line = "Follow the money, the council's auditor told the committee, and the delays make sense."
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, line])
    assert [*STORY, line] == [p.text for p in newsparse.parse(text).body]


def test_a_furniture_heading_stops_at_a_read_more_marker_under_it() -> None:
    tail = "\n".join(
        [
            "Tags",
            "Ferries",
            "Islands",
            "Related Articles",
            "Harbour road to close for three nights",
            "Lifeboat crew thanked by the council",
        ]
    )
    article = newsparse.parse("\n\n".join(["Ferry operator adds winter sailings", *STORY, tail]))
    (marker,) = article.read_more
    assert marker.label == "Related Articles"
    assert list(marker.links) == [
        "Harbour road to close for three nights",
        "Lifeboat crew thanked by the council",
    ]
    assert [*STORY] == [p.text for p in article.body]


def test_an_agency_line_under_the_byline_is_part_of_it() -> None:
    head = "By INES CARVALHO and MARTA QUILL\nAssociated Press"
    article = newsparse.parse("\n\n".join(["Ferry operator adds winter sailings", head, *STORY]))
    assert article.byline is not None
    assert article.byline.text == "By INES CARVALHO and MARTA QUILL Associated Press"
    assert article.byline.authors == ("INES CARVALHO", "MARTA QUILL")
    assert [*STORY] == [p.text for p in article.body]


def test_a_count_under_a_furniture_line_goes_with_it() -> None:
    head = "Marta Quill in Lisbon\nTue 19 Nov 2019 14.05 GMT"
    article = newsparse.parse(
        "\n\n".join(["Ferry operator adds winter sailings", head, "Shares\n112", *STORY])
    )
    assert ["Shares 112"] == [p.text for p in article.parts if p.kind == "boilerplate"]
    assert [*STORY] == [p.text for p in article.body]


def test_a_marker_alone_takes_the_one_line_blocks_under_it_as_links() -> None:
    links = ["Why island ferries keep failing", "The council's budget leaves ferries short"]
    note = "Marta Quill is a reporter covering transport."
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, "Read more:", *links, note])
    article = newsparse.parse(text)
    (marker,) = article.read_more
    assert list(marker.links) == links  # the sentence under them is no link
    assert [*STORY, note] == [p.text for p in article.body]


@pytest.mark.parametrize(
    ("under_marker", "listed"),
    [
        # each link's date under it in its block, the links a block apart
        (
            "\n\n",
            (
                "Why island ferries keep failing\nPublished\n1 February\n\n"
                "The council's budget leaves ferries short\nPublished\n12 January"
            ),
        ),
        # each date in a block of its own
        (
            "\n\n",
            (
                "Why island ferries keep failing\n\nPublished\n1 February\n\n"
                "The council's budget leaves ferries short\n\nPublished\n12 January"
            ),
        ),
        # the links and their dates in the marker's own block
        (
            "\n",
            (
                "Why island ferries keep failing\nPublished\n1 February\n"
                "The council's budget leaves ferries short\nPublished\n12 January"
            ),
        ),
    ],
)
def test_a_related_links_date_is_furniture_not_a_link(under_marker: str, listed: str) -> None:
    links = ["Why island ferries keep failing", "The council's budget leaves ferries short"]
    story = "\n\n".join(["Ferry operator adds winter sailings", *STORY])
    article = newsparse.parse(f"{story}\n\nMore on this story{under_marker}{listed}")
    (marker,) = article.read_more
    assert links == list(marker.links)
    dates = [p.text for p in article.parts if p.kind == "boilerplate"]
    assert ["Published 1 February", "Published 12 January"] == dates
    assert [*STORY] == [p.text for p in article.body]


def test_short_dated_links_under_a_marker_are_no_menu() -> None:
    # Six short lines and more would read as a menu, but a menu's entries carry no dates.
    links = ["Ferries to run all winter", "Harbour wall repaired", "Library stays open"]
    listed = "\n".join(f"{link}\nPublished\n{day} March" for day, link in enumerate(links, 1))
    story = "\n\n".join(["Ferry operator adds winter sailings", *STORY])
    article = newsparse.parse(f"{story}\n\nMore on this story\n{listed}")
    (marker,) = article.read_more
    assert links == list(marker.links)
    assert [*STORY] == [p.text for p in article.body]


def test_a_marker_alone_takes_a_block_of_links_one_a_line() -> None:
    links = ["Why island ferries keep failing", "The council's budget leaves ferries short"]
    text = "\n\n".join(
        ["Ferry operator adds winter sailings", *STORY, "You may also be interested in:"]
    )
    article = newsparse.parse(text + "\n\n" + "\n".join(links))
    (marker,) = article.read_more
    assert links == list(marker.links)
    assert [*STORY] == [p.text for p in article.body]


def test_a_marker_alone_over_a_subhead_and_its_paragraph_keeps_the_paragraph() -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", STORY[0], "READ MORE", *STORY[1:]])
    article = newsparse.parse(text)
    assert [*STORY] == [p.text for p in article.body]


@pytest.mark.parametrize(
    "line", ["3 Min Read", "5 min read", "4 min de lecture", "2 minutes to read", "5-minute read"]
)
def test_a_reading_time_is_furniture(line: str) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", "By Marta Quill", line, *STORY])
    article = newsparse.parse(text)
    assert [line] == [p.text for p in article.parts if p.kind == "boilerplate"]
    assert [*STORY] == [p.text for p in article.body]


def test_a_wire_services_contact_lines_under_the_story_are_furniture() -> None:
    contacts = [
        "To contact the reporter on this story:\nMarta Quill in Lisbon at mquill@example.com",
        "To contact the editors responsible for this story:\nInes Carvalho at ic@example.com",
    ]
    text = "\n\n".join(["Ferry operator adds winter sailings", "By Marta Quill", *STORY, *contacts])
    article = newsparse.parse(text)
    assert [*STORY] == [p.text for p in article.body]


@pytest.mark.parametrize(
    "footer",
    [
        "© Harbour Newspapers Ltd 2024",
        "Copyright Harbour Media Group 2019.",
        "Copyright © 2019, Harbour Times | Terms of Service | Privacy Policy",
        "© Harbour US, Inc. 11 Quay Street, 15th Floor, Harbour Town, HT 10036.",
        "All rights reserved © 2019 Harbour Media is a registered trademark",
        "© Copyright 2019, The Harbour Review | Community Guidelines | Terms of Service",
        (  # a disclaimer run on, past the length of any other furniture line
            "© 2005 - 2024 Harbour Health Media. All rights reserved. Our website services, "
            "content, and products are for informational purposes only. Harbour Health Media "
            "does not provide medical advice, diagnosis, or treatment. See additional "
            "information."
        ),
    ],
)
def test_a_copyright_line_in_its_many_shapes_is_furniture(footer: str) -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday.\n\n"
        "The union said talks had failed.\n\n"
        f"{footer}"
    )
    article = newsparse.parse(text)
    assert [p.kind for p in article.parts][-1] == "boilerplate"
    assert [] == list(article.captions)
    assert len(article.body) == 2


def test_a_most_read_list_is_furniture_not_related_links() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday.\n\n"
        "The union said talks had failed.\n\n"
        "Advertisement\nContinue reading below\n\n"
        "Crossings will resume on Friday.\n\n"
        "Most Read\nMan charged after crash on bypass\nHeavy rain warning for the islands"
    )
    article = newsparse.parse(text)
    assert [] == list(article.read_more)
    assert [p.text for p in article.body] == [
        "Workers extended their strike on Tuesday.",
        "The union said talks had failed.",
        "Crossings will resume on Friday.",
    ]
    assert [p.kind for p in article.parts][-1] == "boilerplate"


@pytest.mark.parametrize(
    ("line", "label", "link"),
    [
        (
            "On HarbourChronicle.com: Ferry fares rise for third year",
            "On HarbourChronicle.com",
            "Ferry fares rise for third year",
        ),
        (
            "Also on harbour.co.uk Islanders protest over cancelled sailings",
            "Also on harbour.co.uk",
            "Islanders protest over cancelled sailings",
        ),
    ],
)
def test_a_teaser_for_another_page_of_the_site_is_a_read_more(
    line: str, label: str, link: str
) -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday, the union said.\n\n"
        f"{line}\n\n"
        "On harbour.com the timetable still listed every crossing.\n\n"
        "The union said talks had failed."
    )
    article = newsparse.parse(text)
    (marker,) = article.read_more
    assert (marker.text, marker.links) == (label, (link,))
    assert len(article.body) == 3


def test_a_label_over_web_addresses_alone_is_furniture() -> None:
    text = (
        "Islanders win the harbour cup\n\n"
        "The Islanders beat the Harbourmen 3-1 on Saturday.\n\n"
        "The winning goal came in the last minute.\n\n"
        "More harbour sport: https://example.com/sport and https://example.com/cup"
    )
    article = newsparse.parse(text)
    assert [p.kind for p in article.parts][-1] == "boilerplate"
    assert len(article.body) == 2


def test_a_byline_may_end_with_the_authors_address_and_telephone() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "By Jane Roe jroe@example.com(555) 459-5382\n\n"
        "Workers extended their strike on Tuesday.\n\n"
        "The union said talks had failed."
    )
    article = newsparse.parse(text)
    assert article.byline is not None
    assert article.byline.authors == ("Jane Roe",)
    assert len(article.body) == 2


_PAGE_MENU = "Home\nNews\nSport\nBusiness\nCulture\nTravel\nWeather\nPodcasts\n\n"
_STORY_BODY = (
    "Islanders were stranded for a second day on Tuesday as ferry workers extended "
    "their strike over pay, and the operator cancelled every crossing until Friday.\n\n"
    "The union said talks with the operator had failed and that no new meeting had "
    "been set, while the island council called for the government to step in."
)


@pytest.mark.parametrize(
    "byline",
    [
        "Jane Roe and John Doe, Associated Press",
        "5:45 AM PST 11/19/2019 by Jane Roe",
    ],
)
def test_a_byline_under_a_pages_menu_is_never_its_headline(byline: str) -> None:
    text = (
        f"{_PAGE_MENU}Islanders stranded as ferry strike enters second day\n\n"
        f"{byline}\nUpdated 12:24 am EST, Wednesday, November 20, 2019\n\n{_STORY_BODY}"
    )
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Islanders stranded as ferry strike enters second day"
    assert article.byline is not None
    assert article.byline.text == byline


def test_a_question_title_ends_the_menu_above_it() -> None:
    text = (
        f"{_PAGE_MENU.rstrip()}\nWill the Ferries Ever Run Again?\n\nBy Jane Roe\n\n{_STORY_BODY}"
    )
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Will the Ferries Ever Run Again?"


def test_a_pages_first_title_far_above_the_byline_is_the_pages_not_the_storys() -> None:
    text = (
        "Harbour Daily Newsletters and Alerts\n\n"
        "On This Day in Harbour History\n\nPuzzles!\n\nVideos\n\nPodcasts\n\nWeather\n\n"
        "Events calendar\n\n"
        "Islanders stranded as ferry strike enters second day\n"
        "By Jane Roe\nTuesday 19 November 2019\n\n"
        f"{_STORY_BODY}"
    )
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Islanders stranded as ferry strike enters second day"
    assert len(article.body) == 2
    above = [p for p in article.parts if p.span.end <= article.headline.span.start]
    assert {p.kind for p in above} <= {"boilerplate", "kicker"}


def test_a_bare_name_over_its_time_anchors_the_storys_title_under_a_pages_buttons() -> None:
    text = (
        "Click to Skip Ad\n\nClosing in...\n\n"
        f"{_PAGE_MENU}"
        "Harbour Week: All the Island News in One Place\n"
        "Islanders stranded as ferry strike enters second day\n\n"
        "Jane Roe\nNovember 19th, 2019 at 8:40 AM\n\n"
        f"{_STORY_BODY}"
    )
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Islanders stranded as ferry strike enters second day"
    assert len(article.body) == 2


def test_a_caption_between_the_title_and_the_byline_is_passed_over() -> None:
    text = (
        "Go to e-Edition Sign up for newsletters Customer service\n\n"
        f"{_PAGE_MENU}"
        "Islanders stranded as ferry strike enters second day\n\n"
        "Updated: Tue., Nov. 19, 2019\n\n"
        "A ferry waits at the quay on Tuesday. (harbourferries.com)\n"
        "Twitter\nFacebook\nEmail\n"
        "By Jane Roe\n\n"
        f"{_STORY_BODY}"
    )
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Islanders stranded as ferry strike enters second day"


def test_a_long_summary_with_no_stop_under_a_pages_title_is_its_standfirst() -> None:
    menu = "\n".join(["Subscribe", "Sign in", *_PAGE_MENU.split(), "Facebook", "Twitter"])
    text = (
        f"{menu}\nFerry operator to cut winter sailings\n\n"
        "“We have to make some necessary changes to the timetable,” the operator's chief "
        "executive said in an email to staff on Monday\n\n"
        "HARBOUR NEWS /\nNovember 18, 2019 12:02 PM\nBy Jane Roe\n\n"
        f"{_STORY_BODY}"
    )
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Ferry operator to cut winter sailings"
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("“We have to make")


def test_a_credit_alone_naming_a_photo_company_is_still_a_credit() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday.\n\n"
        "A ferry at rest in the harbour on Tuesday\n© Harbour Photos Ltd\n\n"
        "The union said talks had failed."
    )
    (caption,) = newsparse.parse(text).captions
    assert caption.credit is not None
    assert caption.credit.sources == ("Harbour Photos Ltd",)


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this article · 5 min",
        "Gift this article",
        "Advertisement - Scroll to continue",
        "This article is for subscribers only. Subscribe to continue reading.",
        "Artikel anhören",
        "Cet article est réservé aux abonnés.",
    ],
)
def test_audio_players_gift_buttons_and_paywall_notices_are_furniture(line: str) -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "By Jane Roe\n\n"
        "Workers extended their strike on Tuesday, the union said, as talks with the "
        "operator broke down for the second time in a week.\n\n"
        f"{line}\n\n"
        "The union said talks had failed and no new meeting had been set."
    )
    article = newsparse.parse(text)
    (part,) = [p for p in article.parts if text[p.span.start : p.span.end] == line]
    assert part.kind == "boilerplate"
    assert len(article.body) == 2


def test_bbc_external_links_and_their_disclaimer_are_furniture() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday, the union said, as talks with the "
        "operator broke down.\n\n"
        "The union said talks had failed.\n\n"
        "Related Internet Links\nHarbour Ferries\n\n"
        "The BBC is not responsible for the content of external sites. "
        "Read about our approach to external linking."
    )
    article = newsparse.parse(text)
    assert [p.kind for p in article.parts][-2:] == ["boilerplate", "boilerplate"]
    assert len(article.body) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Next Post",
        "- Next Harbour News",
        "Previous Harbour News -",
        "Previous articles",
        "Previous Next",
        "NEXT   PREV",
        "Next Up In Science",
        "You must be logged in to post a comment.",
        "Share  Tweet",
        "Facebook Twitter Email",
    ],
)
def test_pagers_and_comment_sign_ins_are_furniture(line: str) -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "By Jane Roe\n\n"
        "Workers extended their strike on Tuesday, the union said, as talks with the "
        "operator broke down for the second time in a week.\n\n"
        "The union said talks had failed and no new meeting had been set.\n\n"
        f"{line}"
    )
    article = newsparse.parse(text)
    assert article.parts[-1].kind == "boilerplate"
    assert len(article.body) == 2


def test_a_subhead_about_what_comes_next_stays_in_the_story() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday, the union said, as talks with the "
        "operator broke down for the second time in a week.\n\n"
        "Next steps\n\n"
        "The union said talks had failed and no new meeting had been set."
    )
    assert "Next steps" in [p.text for p in newsparse.parse(text).body]


def test_a_german_byline_with_its_publication_date_and_a_back_link_above() -> None:
    text = (
        "Zurück zur Übersicht\n\n"
        "Von Jana Becker publiziert am 30. Juli 2018\n\n"
        "Fährstreik: Inseln seit zwei Tagen ohne Verbindung\n\n"
        "Die Fährleute haben ihren Streik am Dienstag verlängert, nachdem die Gespräche mit "
        "der Reederei zum zweiten Mal in einer Woche gescheitert waren.\n\n"
        "Die Gewerkschaft will nicht nachgeben."
    )
    article = newsparse.parse(text)
    assert article.parts[0].kind == "boilerplate"
    assert article.byline is not None
    assert article.byline.authors == ("Jana Becker",)
    assert article.headline is not None
    assert article.headline.text == "Fährstreik: Inseln seit zwei Tagen ohne Verbindung"


def test_an_invitation_to_write_letters_to_the_editor_is_furniture() -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday, the union said.\n\n"
        "The union said talks had failed and no new meeting had been set.\n\n"
        "The Harbour Times publishes letters to the editor. We would like to hear what you "
        "think about this article. Here is our email: letters@example.com."
    )
    article = newsparse.parse(text)
    assert article.parts[-1].kind == "boilerplate"
    assert len(article.body) == 2


def test_a_teaser_title_under_a_pager_at_the_end_is_furniture() -> None:
    text = (
        "Ferry app launched\n\n"
        "The island's ferry operator launched a new app on Tuesday that lets passengers "
        "book crossings.\n\n"
        "The company said more features would follow next year.\n\n"
        "Next Up In Tech\nIsland broadband gets a boost"
    )
    article = newsparse.parse(text)
    assert [p.kind for p in article.parts][-2:] == ["boilerplate", "boilerplate"]
    assert len(article.body) == 2


def test_a_story_that_ends_with_a_short_name_keeps_it() -> None:
    text = (
        "Letters\n\n"
        "The ferry strike has gone on long enough, and the islanders deserve better.\n\n"
        "Jane Roe"
    )
    assert newsparse.parse(text).body[-1].text == "Jane Roe"


@pytest.mark.parametrize("heading", ["About the author", "ABOUT THE AUTHOR", "Über den Autor"])
def test_an_author_box_heading_takes_the_name_under_it(heading: str) -> None:
    text = (
        "Ferry strike halts crossings\n\n"
        "Workers extended their strike on Tuesday, the union said.\n\n"
        "The union said talks had failed and no new meeting had been set.\n\n"
        f"{heading}\nJane Roe"
    )
    article = newsparse.parse(text)
    assert article.parts[-1].kind == "boilerplate"
    assert article.parts[-1].span.end == len(text)
    assert len(article.body) == 2


def test_a_short_sentence_over_an_advert_under_the_headline_is_the_lede() -> None:
    lede = "The harbour reopened on Tuesday. Ferries sailed again."
    text = "\n\n".join(["Ferry operator adds winter sailings", lede, "Advertisement", *STORY])
    article = newsparse.parse(text)
    assert article.standfirst is None
    assert [lede, *STORY] == [p.text for p in article.body]


def test_a_bracketed_note_in_capitals_inside_a_sentence_stays_in_the_story() -> None:
    line = "The council said the report [PDF] would be published on Friday."
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], line, STORY[2]])
    assert line in [p.text for p in newsparse.parse(text).body]


def test_a_bracketed_word_opening_a_sentence_stays_in_the_story() -> None:
    line = "[Update] The ferry operator said on Friday that the extra sailings would start early."
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], line, STORY[2]])
    assert line in [p.text for p in newsparse.parse(text).body]


@pytest.mark.parametrize(
    "line",
    ["WHAT HAPPENS NEXT", "FARES 4/7 103.24 103.78 99.10 12.50 14.00 LOADS 300 400"],
)
def test_a_short_subhead_or_a_table_row_in_capitals_stays_in_the_story(line: str) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], line, STORY[2]])
    assert line in [p.text for p in newsparse.parse(text).body]


def test_a_wire_headline_in_capitals_stays_the_headline() -> None:
    title = "FERRY OPERATOR TO ADD WINTER SAILINGS TO THE OUTER ISLANDS"
    text = f"{title}\n\nLONDON, March 3 - The operator said it would add sailings.\n Reuter\n"
    headline = newsparse.parse(text).headline
    assert headline is not None
    assert headline.text == title


def test_a_menu_copied_with_no_blank_lines_ends_above_the_title_over_the_byline() -> None:
    menu = ["Skip to main content", "Home", "News", "Sport", "Business", "Opinion", "Travel"]
    head = ["Ferry operator adds winter sailings", "By Ines Carvalho"]
    article = newsparse.parse("\n".join([*menu, *head, *STORY]))
    assert article.headline is not None
    assert "Ferry operator adds winter sailings" == article.headline.text
    assert STORY == [p.text for p in article.body]


def test_teasers_under_a_closing_marker_are_its_links_and_their_summaries_furniture() -> None:
    teasers = [
        "Council approves new harbour wall\nThe wall will protect the quay from winter storms.",
        "School roll rises for third year\nThe island school has more pupils than at any time.",
    ]
    text = "\n\n".join(
        ["Ferry operator adds winter sailings", *STORY, "You may also like", *teasers, "© 2024 Ex"]
    )
    article = newsparse.parse(text)
    assert STORY == [p.text for p in article.body]
    (marker,) = article.read_more
    assert ("Council approves new harbour wall", "School roll rises for third year") == marker.links


def test_subheads_over_their_paragraphs_under_a_marker_stay_the_story() -> None:
    rest = [
        "What happens next\nThe council will vote on the plan in May.",
        "Who pays\nThe grant covers the first two winters.",
    ]
    text = "\n\n".join(
        ["Ferry operator adds winter sailings", *STORY, "READ MORE", *rest, STORY[0]]
    )
    article = newsparse.parse(text)
    assert [*STORY, *(r.replace("\n", " ") for r in rest), STORY[0]] == [
        p.text for p in article.body
    ]


def test_a_sidebar_of_teasers_with_their_ages_between_paragraphs_is_furniture() -> None:
    sidebar = "LATEST NEWS\nCouncil approves new harbour wall\n2 hours ago\n"
    sidebar += "School roll rises for third year\n3 hours ago\nBus drivers accept pay offer"
    text = "\n\n".join(["Ferry operator adds winter sailings", STORY[0], sidebar, *STORY[1:]])
    assert STORY == [p.text for p in newsparse.parse(text).body]


RELEASE = (
    (
        "Harbourline Ltd today announced a forecasting service that gives ferry operators "
        "the currents at every berth up to three days ahead."
    ),
    (
        "The service combines readings from seabed sensors with weather models, and "
        "operators in the UK and Ireland can use it from today."
    ),
)


@pytest.mark.parametrize(
    ("head", "note"),
    [
        (
            "About Harbourline",
            (
                "Harbourline Ltd is a maker of marine sensing systems for ports and ferry "
                "operators, based in Portsmouth."
            ),
        ),
        (
            "Über Hafenwerk:",
            (
                "Hafenwerk ist ein Hersteller von Sensoren für Häfen und Fährbetriebe mit Sitz "
                "in Kiel und 140 Beschäftigten."
            ),
        ),
    ],
)
def test_a_press_releases_note_on_its_issuer_is_furniture(head: str, note: str) -> None:
    contact = "Media contact:\nSam Lee\npress@harbourline.example"
    text = "\n\n".join(["Harbourline launches tide forecasts", *RELEASE, head, note, contact])
    article = newsparse.parse(text)
    assert [*RELEASE] == [p.text for p in article.body]
    assert {head, note} <= {p.text for p in article.parts if p.kind == "boilerplate"}


_SUBHEAD = "About Harbourline"
_NOTE = "Harbourline is a maker of marine sensing systems, based in Portsmouth."
_GOES_ON = "Ferry crews said the forecasts would make the crossing to the island safer in winter."


@pytest.mark.parametrize(
    "below",
    [
        # a note on the company, and the story goes on under it
        (_NOTE, _GOES_ON),
        # the paragraph under the heading is not about the company it names
        (_GOES_ON,),
    ],
)
def test_an_about_heading_the_story_goes_on_under_is_a_subhead(below: tuple[str, ...]) -> None:
    paragraphs = [*RELEASE, _SUBHEAD, *below]
    text = "\n\n".join(["Harbourline launches tide forecasts", *paragraphs])
    article = newsparse.parse(text)
    assert paragraphs == [p.text for p in article.body]


def test_a_blogs_closing_source_is_no_caption_and_its_tag_line_furniture() -> None:
    # the source heads the furniture under the story: no caption, no body
    tail = ["Source: Harbourline", "In this article: ferries, harbours, mobile, tide"]
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, *tail])
    article = newsparse.parse(text)
    assert () == article.captions
    assert STORY == [p.text for p in article.body]
    assert tail == [p.text for p in article.parts if p.kind == "boilerplate"]


def test_a_blog_posts_meta_line_and_its_filing_lines() -> None:
    head = ["Five island walks you can reach by ferry", "November 19, 2019 by Jane Roe 4 Comments"]
    tail = ["Posted in Walks", "Tagged ferries, islands, winter", "Post navigation"]
    tail += ["Previous Post: Ferry timetables change next month", "Search for:"]
    text = "\n\n".join(["\n".join(head), *STORY, "\n".join(tail)])
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.byline is not None
    assert (head[0], ("Jane Roe",)) == (article.headline.text, article.byline.authors)
    assert STORY == [p.text for p in article.body]
    assert tail == [p.text for p in article.parts if p.kind == "boilerplate"]


@pytest.mark.parametrize(
    "line",
    [
        "Posted in Kabul for two years, the officer said the ferry crews were the bravest he knew.",
        "Next: the council votes on the winter timetable on Friday",
    ],
)
def test_a_sentence_that_opens_like_a_filing_or_pager_line_stays_body(line: str) -> None:
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY[:2], line, STORY[2]])
    assert [*STORY[:2], line, STORY[2]] == [p.text for p in newsparse.parse(text).body]


_KIT = "A warm, waterproof coat\nA flask of something hot\nSeasickness tablets"


def test_a_list_under_a_subhead_inside_the_story_is_body() -> None:
    paragraphs = [STORY[0], "What you will need", _KIT, STORY[1], STORY[2]]
    text = "\n\n".join(["How to pack for a winter crossing", *paragraphs])
    article = newsparse.parse(text)
    assert [" ".join(p.split()) for p in paragraphs] == [p.text for p in article.body]


def test_a_list_under_a_heading_that_closes_the_story_is_furniture_with_its_heading() -> None:
    rail = "Ferry fares to rise again\nIsland residents call for a new ferry\nUnion sets a date"
    text = "\n\n".join(
        ["Ferry operator adds winter sailings", *STORY, "On the Harbour Times", rail]
    )
    article = newsparse.parse(text)
    assert STORY == [p.text for p in article.body]
    furniture = [p.text for p in article.parts if p.kind == "boilerplate"]
    assert ["On the Harbour Times", *rail.split("\n")] == furniture


def test_a_last_sentence_closed_by_an_emoji_over_furniture_stays_body() -> None:
    last = "We hope to see you at the pier soon! 🙂"
    rail = "Ferry fares to rise again\nIsland residents call for a new ferry\nUnion sets a date"
    text = "\n\n".join(["Ferry operator adds winter sailings", *STORY, last, rail])
    assert [*STORY, last] == [p.text for p in newsparse.parse(text).body]


@pytest.mark.parametrize("mark", ["ENDS", "- ENDS -", "-30-", "###", "SOURCE Harbourline Ltd"])
def test_a_press_releases_end_mark_is_furniture(mark: str) -> None:
    text = "\n\n".join(["Harbourline launches tide forecasts", *RELEASE, mark])
    article = newsparse.parse(text)
    assert [*RELEASE] == [p.text for p in article.body]
    assert ("boilerplate", mark) == (article.parts[-1].kind, article.parts[-1].text)


def test_a_title_over_its_standfirst_under_a_menu_is_the_headline() -> None:
    # both lines are title-like (the standfirst has no final stop); the title is the shorter
    menu = "Menu\nLatest news\nPolitics\nBusiness\nWorld\nSport"
    title = "Ferry strike halts island crossings"
    standfirst = (
        "Hundreds of passengers were left waiting on the quay as crews walked out over rotas"
    )
    text = "\n\n".join([menu, title, standfirst, "By Jane Roe", "19/11/2019 14:05", *STORY])
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.standfirst is not None
    assert (title, standfirst) == (article.headline.text, article.standfirst.text)
    assert STORY == [p.text for p in article.body]
