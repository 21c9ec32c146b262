"""Educators' reference notes (markdown), cut into passages for the index."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from retrieval.index import GroundingIndex, Hit

_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
# A section whose heading starts so is for examiners: it may describe what the patient
# never says, and is never shown to a student.
STAFF_HEADINGS = ("note for examiners", "notes for examiners", "examiners only", "for examiners")


def is_staff_heading(heading: str) -> bool:
    return heading.strip().lower().startswith(STAFF_HEADINGS)


def split_audience(markdown: str) -> tuple[str, str]:
    """The note's student-safe text and its examiners-only sections."""
    student: list[str] = []
    staff: list[str] = []
    target = student
    for line in markdown.splitlines():
        if _HEADING.match(line):
            target = staff if is_staff_heading(_HEADING.sub("", line)) else student
        target.append(line)
    return "\n".join(student), "\n".join(staff)


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
        student, staff = split_audience(path.read_text(encoding="utf-8"))
        embedded[case_id] = index.index_passages(
            f"note:{case_id}", passages(student), {"case_id": case_id, "audience": "student"}
        ) + index.index_passages(
            f"note-staff:{case_id}", passages(staff), {"case_id": case_id, "audience": "staff"})
    return embedded


def search_notes(index: GroundingIndex, query: str, case_id: str | None = None,
                 k: int = 3, staff: bool = False) -> list[Hit]:
    """Passages nearest the query; examiners-only sections only when `staff` is asked for."""
    conditions: list[dict[str, object]] = []
    if case_id:
        conditions.append({"case_id": case_id})
    if not staff:
        conditions.append({"audience": "student"})
    where = None if not conditions else (conditions[0] if len(conditions) == 1
                                         else {"$and": conditions})
    return index.search_passages(query, k=k, where=where)


def notes_search(index: GroundingIndex, folders: list[Path]) -> Callable[[str, str], list[str]]:
    """A student-safe search over the reference notes in `folders`, indexed on first use."""
    ready: list[bool] = []

    def search(query: str, case_id: str) -> list[str]:
        if not ready:
            for folder in folders:
                if folder.is_dir():
                    index_notes(index, folder)
            ready.append(True)
        return [h.text for h in search_notes(index, query, case_id=case_id, k=3)]

    return search
