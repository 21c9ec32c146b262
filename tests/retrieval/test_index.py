"""The grounding index: real MiniLM, real chromadb, one folder per test."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from retrieval.index import GroundingIndex
from retrieval.notes import index_notes, passages, search_notes


def test_embedder_loads_offline_and_gives_unit_vectors(embedder) -> None:
    vectors = embedder.embed(["does the pain spread to your arm", "does it go anywhere else",
                              "do you have a cat"])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # paraphrases sit closer than an unrelated question
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.1


def test_vectors_are_stored_and_reused(embedder, tmp_path: Path) -> None:
    texts = ["where is the pain", "when did it start", "do you smoke"]
    first = GroundingIndex(tmp_path, embedder)
    a = first.vectors("case:x", texts)
    assert first.embedded == 3
    # a new process's index (new object, same folder) reads them back without embedding
    second = GroundingIndex(tmp_path, embedder)
    b = second.vectors("case:x", texts)
    assert second.embedded == 0
    assert np.allclose(a, b, atol=1e-6)


def test_changed_content_is_reindexed(embedder, tmp_path: Path) -> None:
    index = GroundingIndex(tmp_path, embedder)
    index.vectors("case:x", ["one", "two"])
    changed = index.vectors("case:x", ["one", "two changed", "three"])
    assert index.embedded == 5
    assert changed.shape == (3, 384)
    fresh = GroundingIndex(tmp_path, embedder)
    assert np.allclose(fresh.vectors("case:x", ["one", "two changed", "three"]), changed,
                       atol=1e-6)
    assert fresh.embedded == 0


def test_namespaces_do_not_mix(embedder, tmp_path: Path) -> None:
    index = GroundingIndex(tmp_path, embedder)
    a = index.vectors("case:a", ["alpha question"])
    b = index.vectors("case:b", ["beta question", "gamma"])
    assert a.shape[0] == 1 and b.shape[0] == 2


def test_collections_never_use_chromas_default_embedding(embedder, tmp_path: Path) -> None:
    index = GroundingIndex(tmp_path, embedder)
    index.vectors("case:x", ["one"])
    collection = index._collection("keys")
    assert collection.configuration_json.get("embedding_function") is None


def test_notes_are_cut_indexed_and_found(embedder, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "case-a.md").write_text("# Red flags\n\nAsk about pain spreading to the jaw or "
                                     "arm.\n\n# Risk\n\nSmoking and family history matter.\n")
    (notes / "case-b.md").write_text("Ask about the last menstrual period in every woman of "
                                     "childbearing age.\n")
    assert passages((notes / "case-a.md").read_text())[0].startswith("Red flags: ")
    index = GroundingIndex(tmp_path / "data", embedder)
    assert index_notes(index, notes) == {"case-a": 2, "case-b": 1}
    assert index_notes(index, notes) == {"case-a": 0, "case-b": 0}  # unchanged: not re-embedded
    hits = search_notes(index, "did the student ask where the pain radiates?", case_id="case-a")
    assert hits[0].text.startswith("Red flags")
    assert all(h.metadata["case_id"] == "case-a" for h in hits)


def test_examiners_only_sections_never_reach_a_student_search(embedder, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "case-a.md").write_text("# Key questions\n\nAsk how fast the headache peaked.\n\n"
                                     "## Note for examiners\n\nThe headache began during sex; "
                                     "she will not say so.\n")
    index = GroundingIndex(tmp_path / "data", embedder)
    index_notes(index, notes)
    query = "what was she doing when the headache began?"
    student = search_notes(index, query, case_id="case-a", k=5)
    staff = search_notes(index, query, case_id="case-a", k=5, staff=True)
    assert student and not any("sex" in h.text for h in student)
    assert any("sex" in h.text for h in staff)


def test_two_processes_share_one_folder_safely(tmp_path: Path) -> None:
    """Concurrent writers take turns behind the file lock; both see complete vectors."""
    script = (
        "import sys; from pathlib import Path; from retrieval.embedder import MiniLMEmbedder;"
        "from retrieval.index import GroundingIndex;"
        "i = GroundingIndex(Path(sys.argv[1]), MiniLMEmbedder());"
        "v = i.vectors('case:shared', [f'question {n}' for n in range(40)]);"
        "print(v.shape[0])"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300)[0].strip() for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert outputs == ["40", "40"]


class CountingEmbedder:
    """The real model, counting its calls and slow enough for two threads to meet."""

    def __init__(self, embedder) -> None:
        self.inner, self.name, self.dim = embedder, embedder.name, embedder.dim
        self.calls: list[int] = []
        self.spans: list[tuple[float, float]] = []

    def embed(self, texts):
        self.calls.append(len(texts))
        start = time.perf_counter()
        time.sleep(0.3)
        vectors = self.inner.embed(texts)
        self.spans.append((start, time.perf_counter()))
        return vectors


def test_threads_asking_for_the_same_texts_embed_them_once(embedder, tmp_path: Path) -> None:
    counting = CountingEmbedder(embedder)
    index = GroundingIndex(tmp_path, counting)
    texts = ["where is the pain", "when did it start"]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: index.vectors("categories", texts), range(4)))
    assert counting.calls == [2] and index.embedded == 2
    assert all(np.array_equal(r, results[0]) for r in results)


def test_two_namespaces_embed_at_once(embedder, tmp_path: Path) -> None:
    """The model runs outside the store's locks: a case is not held up by the bank."""
    counting = CountingEmbedder(embedder)
    index = GroundingIndex(tmp_path, counting)
    with ThreadPoolExecutor(2) as pool:
        a, b = pool.map(lambda ns: index.vectors(ns, [f"{ns} question"]), ["case:a", "case:b"])
    assert a.shape == b.shape == (1, 384)
    (start_a, end_a), (start_b, end_b) = counting.spans
    assert start_b < end_a and start_a < end_b  # the two embeddings overlapped
    again = GroundingIndex(tmp_path, embedder)
    again.vectors("case:a", ["case:a question"])
    again.vectors("case:b", ["case:b question"])
    assert again.embedded == 0


def test_a_new_folder_is_not_opened_to_be_read(embedder, tmp_path: Path) -> None:
    index = GroundingIndex(tmp_path / "data", embedder, defer_writes=True)
    index.vectors("case:x", ["one", "two"])
    assert index._client is None and not (tmp_path / "data" / "chroma").exists()


def test_deferred_writes_are_stored_by_flush(embedder, tmp_path: Path) -> None:
    index = GroundingIndex(tmp_path, embedder, defer_writes=True)
    first = index.vectors("case:x", ["one", "two"])
    index.vectors("case:x", ["one", "two", "three"])  # changed before anything was stored
    index.vectors("categories", ["any pets?"])
    assert np.array_equal(index.vectors("case:x", ["one", "two"]), first)  # from memory
    index.vectors("case:x", ["one", "two", "three"])
    other = GroundingIndex(tmp_path, embedder)  # nothing stored yet: it embeds for itself
    other.vectors("categories", ["any pets?"])
    assert other.embedded == 1
    index.flush()
    fresh = GroundingIndex(tmp_path, embedder)
    fresh.vectors("case:x", ["one", "two", "three"])
    fresh.vectors("categories", ["any pets?"])
    assert fresh.embedded == 0
    stale = GroundingIndex(tmp_path, embedder)
    stale.vectors("case:x", ["one", "two"])  # the last write of a namespace is what stays
    assert stale.embedded == 2
