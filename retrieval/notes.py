"""Educators' reference notes (markdown), cut into passages for the index."""

from __future__ import annotations

import re
from pathlib import Path

from retrieval.index import GroundingIndex, Hit

_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)


def passages(markdown: str, max_chars: int = 600) -> list[str]:
    """Paragraph-sized passages; a heading stays with the text under it."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", markdown) if b.strip()]
    out: list[str] = []
    heading = ""
    for block in blocks:
        if _HEADING.match(block) and "\n" not in block:
            heading = _HEADING.sub("", block).strip()
            continue
        text = f"{heading}: {block}" if heading else block
        while len(text) > max_chars:
            cut = text.rfind(". ", 0, max_chars)
            cut = cut + 1 if cut > 0 else max_chars
            out.append(text[:cut].strip())
            text = text[cut:].strip()
        if text:
            out.append(text)
    return out


def index_notes(index: GroundingIndex, folder: Path) -> dict[str, int]:
    """Index every `<case-id>.md` in `folder`; returns passages embedded per note."""
    embedded = {}
    for path in sorted(folder.glob("*.md")):
        case_id = path.stem
        embedded[case_id] = index.index_passages(
            f"note:{case_id}", passages(path.read_text(encoding="utf-8")), {"case_id": case_id}
        )
    return embedded


def search_notes(index: GroundingIndex, query: str, case_id: str | None = None,
                 k: int = 3) -> list[Hit]:
    where = {"case_id": case_id} if case_id else None
    return index.search_passages(query, k=k, where=where)
