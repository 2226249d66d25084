"""Render an article file as Markdown: heading, standfirst, figures, body, links, credits.

python examples/to_markdown.py seeds/000_aa8b4faea0fba326.txt
"""

import sys
from pathlib import Path

import newsparse
from newsparse.render import to_markdown

if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "seeds/000_aa8b4faea0fba326.txt")
    print(to_markdown(newsparse.parse(path.read_text(encoding="utf-8"))), end="")
