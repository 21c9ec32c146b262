"""Content hashes: the same content gives the same hash, whatever the YAML formatting."""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel


def _digest(data: object) -> str:
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def content_hash(model: BaseModel) -> str:
    return _digest(model.model_dump(mode="json"))


def case_hash(case: BaseModel) -> str:
    """The hash a transcript records: the case's clinical content, without the example
    questions that only help the engine recognise a question.

    An author who adds ways of asking changes what the patient understands, not what the
    patient is, so transcripts and scorecards made before stay valid against the case.
    """
    data = case.model_dump(mode="json")
    for fact in data.get("facts", []):
        fact.pop("examples", None)
    return _digest(data)
