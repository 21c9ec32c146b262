"""Choosing a patient engine by name, as configuration does."""

from __future__ import annotations

from pathlib import Path

from osce.engine.protocol import PatientEngine

ENGINES = ("scripted",)


def make_engine(name: str, data_dir: Path) -> PatientEngine:
    if name == "scripted":
        from osce.engine.scripted.engine import ScriptedEngine
        from retrieval.embedder import default_embedder
        from retrieval.index import GroundingIndex

        embedder = default_embedder()
        return ScriptedEngine(embedder, GroundingIndex(data_dir, embedder))
    raise ValueError(f"unknown engine {name!r}; available: {', '.join(ENGINES)}")
