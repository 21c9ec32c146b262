"""The hand-labelled grading set: scripts, frozen transcripts, and each labeller's items.

Split by a hash of the transcript id into tune and frozen halves, fixed before the grader
was tuned.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml import YAML

from osce.library import Library
from osce.models.note import Note
from osce.models.rubric import Station
from osce.models.scorecard import Status
from osce.models.transcript import Transcript

GRADING = Path(__file__).parent / "data" / "grading"


@dataclass
class Labelled:
    id: str
    case: str
    archetype: str
    transcript: Transcript
    note: Note | None
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # labeller -> item -> status
    leading: dict[str, str] = field(default_factory=dict)  # labeller -> correct/acceptable/wrong

    @property
    def split(self) -> str:
        return "tune" if int(hashlib.sha256(self.id.encode()).hexdigest(), 16) % 2 else "frozen"


def load_set(folder: Path = GRADING) -> list[Labelled]:
    yaml = YAML(typ="safe")
    out = []
    for path in sorted((folder / "scripts").glob("*.yaml")):
        script = yaml.load(path.read_text())
        text = (folder / "transcripts" / f"{script['id']}.jsonl").read_text()
        item = Labelled(script["id"], script["case"], script["archetype"],
                        Transcript.from_jsonl(text),
                        Note.model_validate(script["note"]) if script.get("note") else None)
        for labeller in sorted(p.name for p in (folder / "labels").iterdir() if p.is_dir()):
            label_path = folder / "labels" / labeller / f"{item.id}.yaml"
            if label_path.exists():
                label = yaml.load(label_path.read_text())
                item.labels[labeller] = dict(label["items"])
                if label.get("note"):
                    item.leading[labeller] = label["note"]["leading_diagnosis"]
        out.append(item)
    return out


def human_passed(labels: dict[str, str], station: Station) -> bool:
    """Pass or fail from an examiner's item labels, by the station's own arithmetic."""
    total = sum(i.weight for i in station.items)
    earned = sum(i.weight * Status(labels[i.id]).credit for i in station.items)
    critical_missed = any(i.critical and labels[i.id] == "not_met" for i in station.items)
    return 100 * earned / total >= station.pass_mark and not critical_missed


def station_of(library: Library, case_id: str) -> Station:
    return library.rubrics[case_id].station_for(case_id)
