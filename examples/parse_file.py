"""Parse an article file and print its parts, one per line.

Run it on the seed:

    python examples/parse_file.py seeds/000_aa8b4faea0fba326.txt
"""

import sys
from pathlib import Path

import newsparse


def main(path: str) -> None:
    article = newsparse.parse(Path(path).read_text(encoding="utf-8"))
    # Every part knows its kind, its span in the source, and the rule that made it.
    for part in article.parts:
        print(f"{part.kind:<14} {part.span.start:>6}:{part.span.end:<6} {part.text[:60]}")
    # The typed views gather the parts into the article's structure.
    if article.headline:
        print("\nheadline:", article.headline.text)
    for caption in article.captions:
        credit = caption.credit.text if caption.credit else "no credit"
        print("caption:", caption.text, f"[{credit}]")
    print("paragraphs:", len(article.body))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "seeds/000_aa8b4faea0fba326.txt")
