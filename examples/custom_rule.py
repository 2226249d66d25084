"""Extend newsparse for a publisher of your own: a new caption style and a new agency.

    python examples/custom_rule.py

The publisher prints a caption's credit first, "[PICTURE: Name/Agency] Caption",
where the default rules look for it at the end, and signs wire
stories "- Tanjug", an agency the default lexicon does not know. One rule and
one word fix both, without touching newsparse.
"""

from collections.abc import Iterator

import regex

from newsparse import Claim, Document, Parser, default_lexicon

CREDIT_FIRST = regex.compile(r"\[(?P<label>PICTURE|IMAGE):\s*(?P<sources>[^\]]+)\]\s*")

TEXT = """Floods close roads across the north

[PICTURE: Jane Roe/Example Agency] Cars wait at a flooded junction outside the town.

Several roads were closed on Monday after heavy rain caused rivers to burst their banks.

Police urged drivers to avoid the area until the water had gone down. - Tanjug
"""


def bracket_caption(doc: Document) -> Iterator[Claim]:
    """Claim lines that open with a [PICTURE: …] credit as captions."""
    for block in doc.free_blocks():
        for line in block.lines:
            found = CREDIT_FIRST.match(doc.text(line))
            if found is None:
                continue
            yield Claim(
                "caption",
                line,
                {
                    # Where the credit and the caption's text lie, and the credit's
                    # label and sources, feed the Caption view.
                    "credit_start": line.start,
                    "credit_end": line.start + found.end("sources") + 1,
                    "text_start": line.start + found.end(),
                    "label": found["label"].title(),
                    "sources": tuple(s.strip() for s in found["sources"].split("/")),
                },
            )


def main() -> None:
    default = Parser.default()
    custom = default.with_rule(bracket_caption, after="caption").with_lexicon(
        default_lexicon().extend(agencies=("Tanjug",))
    )
    for name, parser in (("default", default), ("custom", custom)):
        article = parser.parse(TEXT)
        captions = [(c.text, c.credit.sources if c.credit else ()) for c in article.captions]
        credit = article.agency_credit.text if article.agency_credit else None
        print(f"{name}: captions={captions} agency_credit={credit} paragraphs={len(article.body)}")


if __name__ == "__main__":
    main()
