"""The second labelling of the frozen half: complete, valid, and read the way it says."""

from benchmarks.guard import CLASSES, Item, Scored, load
from benchmarks.guard_agreement import consensus, load_second, pairs_by_turn


def _item(id_: str, label: str, question: str = "q") -> Item:
    return Item(id=id_, source="written", case="cardio-chest-pain", question=question,
                planned=(), disclosed=(), sentence="s", label=label)


def test_second_labels_cover_exactly_the_frozen_half_with_known_classes() -> None:
    second = load_second()
    frozen = {i.id: i for i in load() if i.split == "frozen"}
    assert set(second) == set(frozen)
    assert {row["label"] for row in second.values()} <= set(CLASSES)
    # the same case as the first labelling, so a line was not read against the wrong patient
    assert all(row["case"] == frozen[k].case for k, row in second.items())


def test_consensus_keeps_only_lines_both_people_label_alike() -> None:
    second = {"a": {"label": "leak"}, "b": {"label": "supported"}}
    scored = [Scored(_item("a", "leak"), "leak", ""), Scored(_item("b", "unsupported"), "x", "")]
    assert [s.item.id for s in consensus(scored, second)] == ["a"]


def test_sentences_of_one_turn_are_resampled_together() -> None:
    items = [_item("a", "leak", "q1"), _item("b", "social", "q1"), _item("c", "break", "q2")]
    second = {"a": {"label": "leak"}, "b": {"label": "break"}, "c": {"label": "break"}}
    clusters = pairs_by_turn(items, second)
    assert sorted(map(len, clusters)) == [1, 2]
    assert [("leak", "leak"), ("social", "break")] in clusters
