"""Shared fixtures. The embedding model is real (the packaged MiniLM), loaded once a run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
SHARED_AGENTCLINIC = ROOT.parent / "shared" / "data" / "agentclinic" / "agentclinic_medqa.jsonl"


@pytest.fixture(scope="session")
def embedder():
    from retrieval.embedder import default_embedder

    return default_embedder()


@pytest.fixture(scope="session")
def library():
    from osce.library import Library

    return Library.load()
