"""Authoring without the web: drafts checked like files, versions that lose nothing, the
suite gate, and publishing to cohorts only."""

from __future__ import annotations

import threading

import pytest

from osce.authoring.service import Authoring, AuthoringError, starter
from osce.engine.scripted.engine import ScriptedEngine
from osce.evals.judge import RuleJudge
from osce.guard.checker import CaseGuard
from osce.library import Library
from osce.models.user import Role
from osce.store.cohorts import CohortStore
from osce.store.publications import PublicationStore
from osce.store.users import UserStore
from osce.store.versions import SaveConflict, UnknownVersion, VersionStore
from retrieval.index import GroundingIndex

UNREACHABLE = """\
  - id: ice-worry
    category: ice.concerns
    attribute: worry about cancer
    words: I'm worried it could be cancer.
    examples: [Hello, how are you?, Good morning]
"""


@pytest.fixture
def authoring(made) -> Authoring:
    return Authoring(VersionStore(made), PublicationStore(made), CohortStore(made),
                     Library.load(), now=lambda: 1000.0)


def test_a_new_case_starts_valid_and_a_broken_save_is_kept_with_its_errors(authoring) -> None:
    first = authoring.create("case", "gp-cough", "eve")
    assert first.version.number == 1 and first.checked.valid, first.checked.lines
    broken = first.version.text.replace("station_minutes: 8", "station_minutes: 90")
    second = authoring.save("case", "gp-cough", broken, 1, "eve")
    assert second.version.number == 2 and not second.version.valid
    [line] = second.version.problems
    assert line.startswith("cases/gp-cough.yaml:") and "door.station_minutes" in line
    assert int(line.split(":")[1]) == broken.splitlines().index("  station_minutes: 90") + 1
    # the newest valid version is still the first
    assert authoring.versions.newest_valid("case", "gp-cough").number == 1


def test_yaml_errors_name_the_line_and_a_wrong_kind_or_id_is_caught(authoring) -> None:
    checked = authoring.check("case", "x1", "id: x1\nfacts: [\n")
    assert not checked.valid and checked.problems[0].field == "(yaml)"
    rubric_text = starter("rubric", "r1", "cardio-chest-pain")
    wrong = authoring.check("case", "r1", rubric_text)
    assert "this is a rubric, not a case" in wrong.lines[0]
    renamed = authoring.check("case", "other", starter("case", "gp-cough"))
    assert any("must be 'other'" in line for line in renamed.lines)


def test_a_rubric_draft_may_name_a_case_draft_and_its_facts_are_checked(authoring) -> None:
    authoring.create("case", "gp-cough", "eve")
    good = authoring.create("rubric", "gp-cough-rubric", "eve", case_id="gp-cough")
    assert good.checked.valid, good.checked.lines
    text = good.version.text.replace("facts: [pc-cough]", "facts: [pc-nothing]")
    bad = authoring.save("rubric", "gp-cough-rubric", text, 1, "eve")
    assert any("case 'gp-cough' has no fact 'pc-nothing'" in line for line in bad.checked.lines)


def test_two_saves_on_the_same_version_keep_the_first_and_refuse_the_second(authoring) -> None:
    authoring.create("case", "gp-cough", "eve")
    text = authoring.versions.get("case", "gp-cough").text
    mine = text.replace("A new patient", "Eve's title")
    theirs = text.replace("A new patient", "Ed's title")
    outcomes: list[object] = []

    def save(body: str, who: str) -> None:
        try:
            outcomes.append(authoring.save("case", "gp-cough", body, 1, who).version)
        except SaveConflict as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=save, args=(b, w)) for b, w in
               ((mine, "eve"), (theirs, "ed"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    saved = [o for o in outcomes if not isinstance(o, SaveConflict)]
    refused = [o for o in outcomes if isinstance(o, SaveConflict)]
    assert len(saved) == 1 and len(refused) == 1
    assert refused[0].theirs.number == 2 and refused[0].theirs.author == saved[0].author
    # the refused educator is shown what the other changed, and can save on top of it
    changes = authoring.compare("case", "gp-cough", 1, 2)
    assert any(d.op == "+" and "title" in d.text for d in changes)
    assert any(d.op == "-" and "A new patient" in d.text for d in changes)
    loser = "ed" if saved[0].author == "eve" else "eve"
    again = authoring.save("case", "gp-cough", mine if loser == "eve" else theirs, 2, loser)
    assert again.version.number == 3


def test_restore_is_a_new_version_with_the_old_text(authoring) -> None:
    first = authoring.create("case", "gp-cough", "eve")
    authoring.save("case", "gp-cough", first.version.text.replace("teacher", "baker"), 1, "eve")
    restored = authoring.restore("case", "gp-cough", 1, 2, "eve")
    assert restored.version.number == 3 and restored.version.text == first.version.text
    assert "restored version 1" in restored.version.comment
    with pytest.raises(UnknownVersion):
        authoring.restore("case", "gp-cough", 9, 3, "eve")


def test_ids_of_the_library_and_bad_ids_are_refused(authoring) -> None:
    with pytest.raises(AuthoringError, match="library already"):
        authoring.create("case", "cardio-chest-pain", "eve")
    with pytest.raises(AuthoringError, match="bad id"):
        authoring.create("case", "Bad Id", "eve")


@pytest.fixture(scope="module")
def engine_and_judge(embedder, tmp_path_factory):
    engine = ScriptedEngine(embedder, GroundingIndex(tmp_path_factory.mktemp("author-data"),
                                                     embedder))
    return engine, RuleJudge(guard=CaseGuard(embedder))


def test_publishing_is_gated_by_the_suite_and_opens_the_case_to_its_cohort_only(
        authoring, made, engine_and_judge) -> None:
    engine, judge = engine_and_judge
    users = UserStore(made)
    ann = users.create("ann", "secret-pass", Role.student, 1.0)
    authoring.cohorts.create("year-3", 1.0)
    authoring.cohorts.add("year-3", ann)
    authoring.create("case", "gp-cough", "eve")
    authoring.create("rubric", "gp-cough-rubric", "eve", case_id="gp-cough")
    with pytest.raises(AuthoringError, match="suite has not been run"):
        authoring.publish("gp-cough", None, ["year-3"], "", "eve")
    with pytest.raises(AuthoringError, match="no cohort called 'year-9'"):
        authoring.publish("gp-cough", None, ["year-9"], "why not", "eve")
    run, outcome = authoring.run_suite("gp-cough", None, engine, judge, "scripted")
    assert outcome.probes > 5 and {c.name for c in outcome.checks} >= {
        "contradiction_rate", "leak_rate", "break_rate", "fact_accuracy"}
    assert run.passed == outcome.passed == all(c.passed for c in outcome.checks)
    assert authoring.publications.run(run.id)[1].lower().startswith("<!doctype html>")
    published = authoring.publish("gp-cough", None, ["year-3"],
                                  "" if run.passed else "reviewed by hand", "eve")
    assert published.rubric_version_id is not None
    library = authoring.library
    assert library.open_to("gp-cough", {"year-3"}) and not library.open_to("gp-cough", set())
    assert library.open_to("gp-cough", None)  # staff
    assert library.station_for("gp-cough").id == "gp-cough-rubric-history"
    # a restart finds it published again
    fresh = Authoring(authoring.versions, authoring.publications, authoring.cohorts,
                      Library.load(), now=lambda: 2000.0)
    assert fresh.load_published() == 1 and fresh.library.open_to("gp-cough", {"year-3"})


def test_a_failing_suite_blocks_publishing_until_a_reason_is_recorded(
        authoring, engine_and_judge) -> None:
    engine, judge = engine_and_judge
    authoring.cohorts.create("year-3", 1.0)
    # an author's slip: example questions that are greetings, so the worry is never told
    text = starter("case", "gp-cough").replace("diagnosis:", UNREACHABLE + "diagnosis:")
    authoring.create("case", "gp-cough", "eve", text=text)
    run, outcome = authoring.run_suite("gp-cough", None, engine, judge, "scripted")
    assert not run.passed
    failed = [c.name for c in outcome.checks if not c.passed]
    assert failed == ["fact_accuracy"], outcome.checks
    assert any("does not say ice-worry" in line for line in outcome.failures)
    with pytest.raises(AuthoringError, match="failed the gate"):
        authoring.publish("gp-cough", None, ["year-3"], "  ", "eve")
    published = authoring.publish("gp-cough", None, ["year-3"], "wording checked by hand", "eve")
    assert published.reason == "wording checked by hand" and published.suite_run_id == run.id


def test_an_agentclinic_file_becomes_drafts_and_a_bad_line_saves_nothing(authoring) -> None:
    from pathlib import Path

    fixtures = Path(__file__).resolve().parent.parent / "importer" / "fixtures"
    saved = authoring.import_agentclinic((fixtures / "synthetic.jsonl").read_text(),
                                         "synthetic.jsonl", "eve")
    assert saved and {s.version.kind for s in saved} == {"case", "rubric"}
    assert all(s.checked.valid for s in saved), [s.checked.lines for s in saved]
    before = len(authoring.versions.documents())
    with pytest.raises(AuthoringError, match=r"bad_line.jsonl:\d+"):
        authoring.import_agentclinic((fixtures / "bad_line.jsonl").read_text(),
                                     "bad_line.jsonl", "eve")
    assert len(authoring.versions.documents()) == before
