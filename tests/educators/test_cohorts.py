"""The educator's cohort page: the rows, their sorting, filtering and CSV (pure), and the pages
on a live server: cohorts made and filled through the forms, a learner's encounter showing up
in the table, the CSV and the learner's own page, and students kept out."""

from __future__ import annotations

import csv
import html
import io
import re
from urllib.parse import quote

import pytest

from benchmarks.live_server import Client
from osce.learner.cohort import (
    CSV_HEADER,
    RowFilter,
    filter_rows,
    learner_row,
    sort_rows,
    to_csv,
)
from osce.learner.flags import at_risk
from osce.learner.mastery import Rating
from osce.learner.store import Attempt
from osce.models.encounter import EncounterInfo, Stage
from osce.models.user import Role, User
from osce.store.cohorts import CohortStore
from osce.store.database import database_url, open_engine, sessions
from osce.store.learners import SqlLearnerStore
from osce.store.users import UserStore
from tests.server.test_privacy import _finished_encounter

T0 = 1_750_000_000.0


def _user(uid: int, name: str) -> User:
    return User(id=uid, username=name, role=Role.student, pseudonym=f"L{uid:04d}")


def _encounter(owner: int, n: int, stage: Stage = Stage.done) -> EncounterInfo:
    return EncounterInfo(id=f"e{owner}-{n}", owner_id=owner, learner=f"L{owner:04d}",
                         case_id="cardio-chest-pain", case_hash="h", engine="scripted",
                         stage=stage, created_at=T0 + 1000 * n,
                         ended_at=T0 + 1000 * n + 600 if stage is Stage.done else None)


def _attempt(n: int, mean: float, passed: bool = True,
             critical: list[str] | None = None) -> Attempt:
    return Attempt(n, "L", "cardio-chest-pain", "2025-06-15T10:00:00+00:00", 70.0, passed,
                   critical or [], mean)


def _rows() -> list:
    """ann: steady and good; ben: falling, missing critical items; cat: never practised."""
    ann = learner_row(_user(1, "ann"), [_encounter(1, 1), _encounter(1, 2, Stage.interview)],
                      [_attempt(1, 0.7)],
                      {"history_taking": Rating(1.5, 1), "communication": Rating(0.5, 1)})
    ben_attempts = [_attempt(i, m, passed=i == 1, critical=["red-flags"] if i > 2 else [])
                    for i, m in enumerate([0.6, 0.55, 0.5, 0.45], start=1)]
    ben = learner_row(_user(2, "ben"), [_encounter(2, n) for n in range(1, 5)], ben_attempts,
                      {"history_taking": Rating(-0.5, 4), "communication": Rating(0.0, 4)})
    cat = learner_row(_user(3, "Cat"), [], [], {})
    return [ann, ben, cat]


def test_a_row_sums_up_a_learners_encounters_attempts_and_ratings() -> None:
    ann, ben, cat = _rows()
    assert (ann.encounters, ann.finished, ann.passed, ann.graded) == (2, 1, 1, 1)
    assert ann.last_practised == pytest.approx(T0 + 2000)  # the unfinished one, started later
    expected = (Rating(1.5, 1).mastery + Rating(0.5, 1).mastery) / 2
    assert ann.mean_mastery == pytest.approx(expected)
    assert ann.weakest == "communication"
    assert ann.weakest_mastery == pytest.approx(Rating(0.5, 1).mastery)
    assert not ann.at_risk and ann.flags == ()
    assert (ben.passed, ben.graded) == (1, 4)
    assert ben.at_risk
    assert any(f.startswith("mastery fell from 60% to 45%") for f in ben.flags)
    assert any("missed critical items in 2 of the last 3" in f for f in ben.flags)
    assert ben.weakest == "history_taking"
    assert (cat.encounters, cat.graded, cat.last_practised, cat.mean_mastery, cat.weakest) == \
        (0, 0, None, None, None)


def test_an_attempt_graded_outside_the_server_still_counts_as_practice() -> None:
    row = learner_row(_user(4, "dee"), [], [_attempt(1, 0.5)], {"communication": Rating()})
    assert row.last_practised is not None and row.encounters == 0 and row.graded == 1


def _names(rows) -> list[str]:
    return [r.username for r in rows]


def test_sorting_by_any_column_either_way_keeps_the_empty_ones_last() -> None:
    rows = _rows()
    assert _names(sort_rows(rows)) == ["ann", "ben", "Cat"]  # by name, any case
    assert _names(sort_rows(rows, "learner", descending=True)) == ["Cat", "ben", "ann"]
    assert _names(sort_rows(rows, "encounters", descending=True)) == ["ben", "ann", "Cat"]
    assert _names(sort_rows(rows, "encounters")) == ["Cat", "ann", "ben"]
    # no mastery, no last practice: last whichever way the column is sorted
    assert _names(sort_rows(rows, "mastery")) == ["ben", "ann", "Cat"]
    assert _names(sort_rows(rows, "mastery", descending=True)) == ["ann", "ben", "Cat"]
    assert _names(sort_rows(rows, "last", descending=True)) == ["ben", "ann", "Cat"]
    assert _names(sort_rows(rows, "weakest")) == ["ben", "ann", "Cat"]
    assert _names(sort_rows(rows, "risk", descending=True))[0] == "ben"
    assert _names(sort_rows(rows, "no-such-column")) == ["ann", "ben", "Cat"]
    # ties stay in name order in both directions
    tied = [learner_row(_user(i, n), [], [], {}) for i, n in enumerate(["zed", "amy", "kim"])]
    assert _names(sort_rows(tied, "encounters")) == ["amy", "kim", "zed"]
    assert _names(sort_rows(tied, "encounters", descending=True)) == ["amy", "kim", "zed"]


def test_filters_by_name_risk_and_a_competency_below_a_level() -> None:
    rows = _rows()
    assert _names(filter_rows(rows, RowFilter(q="A"))) == ["ann", "Cat"]
    assert _names(filter_rows(rows, RowFilter(at_risk=True))) == ["ben"]
    assert _names(filter_rows(rows, RowFilter(q="an", at_risk=True))) == []
    below = RowFilter(competency="history_taking", below=0.5)
    # ben is under 50%; ann is above it; Cat has never shown the competency at all
    assert _names(filter_rows(rows, below)) == ["ben", "Cat"]
    assert below.active and not RowFilter().active
    assert not RowFilter(competency="history_taking").active  # a competency without a level
    assert filter_rows(rows, RowFilter(competency="history_taking")) == rows


def test_the_csv_has_one_row_per_learner_with_the_tables_columns() -> None:
    rows = sort_rows(_rows(), "encounters", descending=True)
    parsed = list(csv.reader(io.StringIO(to_csv(rows))))
    assert parsed[0] == CSV_HEADER
    assert [r[0] for r in parsed[1:]] == ["ben", "ann", "Cat"]
    ben = dict(zip(CSV_HEADER, parsed[1], strict=True))
    assert ben["encounters"] == "4" and ben["passed"] == "1" and ben["graded"] == "4"
    assert ben["at_risk"] == "yes"
    assert ben["flags"].count("; ") == 1 and "mastery fell" in ben["flags"]
    assert "missed critical items" in ben["flags"] and "(red-flags)" in ben["flags"]
    assert ben["last_practised_utc"].startswith("2025-06-")
    ann = dict(zip(CSV_HEADER, parsed[2], strict=True))
    assert float(ann["mean_mastery_percent"]) == pytest.approx(rows[1].mean_mastery * 100,
                                                               abs=0.05)
    assert ann["weakest_competency"] == "communication" and ann["at_risk"] == "no"
    cat = dict(zip(CSV_HEADER, parsed[3], strict=True))
    assert cat["mean_mastery_percent"] == "" and cat["last_practised_utc"] == ""


def test_a_csv_cell_that_looks_like_a_formula_stays_text() -> None:
    row = learner_row(_user(5, "eve"), [], [], {"=HYPERLINK(1)": Rating()})
    parsed = list(csv.reader(io.StringIO(to_csv([row]))))
    assert parsed[1][CSV_HEADER.index("weakest_competency")] == "'=HYPERLINK(1)"


def test_the_cohort_store_keeps_its_members(made) -> None:
    users, cohorts = UserStore(made), CohortStore(made)
    ann = users.create("ann", "secret-pass", Role.student, T0)
    cohorts.create("Year 3", T0)
    cohorts.add("Year 3", ann)
    cohorts.add("Year 3", ann)  # twice is once
    assert [u.username for u in cohorts.get("Year 3").members] == ["ann"]
    assert cohorts.of_user(ann.id) == {"Year 3"}
    cohorts.remove("Year 3", ann)
    assert cohorts.get("Year 3").members == []


# -- the pages, on a live server ----------------------------------------------------------

ROW = re.compile(r'<tr data-learner="([^"]+)"( class="at-risk")?>(.*?)</tr>', re.S)
CELL = re.compile(r'<td data-label="([^"]+)">(.*?)</td>', re.S)
TAG = re.compile(r"<[^>]+>")


def _table(page: str) -> list[tuple[str, bool, dict[str, str]]]:
    """(learner, flagged, {column: text}) for each row of the cohort table, in order."""
    return [(name, bool(flag), {k: html.unescape(" ".join(TAG.sub(" ", v).split()))
                                for k, v in CELL.findall(body)})
            for name, flag, body in ROW.findall(page)]


def _flash(page: str) -> str:
    found = re.search(r'<div class="flash flash-(\w+)"[^>]*>(.*?)</div>', page, re.S)
    return f"{found.group(1)}: {html.unescape(found.group(2))}" if found else ""


def _form(client: Client, path: str, **fields: str):
    return client.http.post(path, data={"csrf": client.csrf, **fields})


def _stores(server):
    made = sessions(open_engine(database_url(server.data_dir)))
    return UserStore(made), SqlLearnerStore(made)


def test_an_educator_builds_a_cohort_and_follows_it(server) -> None:
    eve, ann, ben = Client(server, "eve"), Client(server, "ann"), Client(server, "ben")
    users, learners = _stores(server)
    cohort = "/staff/cohorts/" + quote("Year 3")

    made = _form(eve, "/staff/cohorts", name="Year 3")
    assert made.status_code == 303 and made.headers["location"] == cohort
    assert "Created the cohort Year 3" in _flash(eve.http.get(cohort).text)
    again = _form(eve, "/staff/cohorts", name="Year 3")
    assert again.headers["location"] == "/staff/cohorts"
    assert _flash(eve.http.get("/staff/cohorts").text).startswith("error: Not created")
    _form(eve, "/staff/cohorts", name="everyone")
    assert "built-in" in _flash(eve.http.get("/staff/cohorts").text)

    for name in ("ann", "ben"):
        assert _form(eve, cohort + "/members", username=name).status_code == 303
        assert _flash(eve.http.get(cohort).text) == f"ok: Added {name} to Year 3."
    for name, why in (("nobody", "there is no user called 'nobody'"),
                      ("ed", "ed is educator, not a student"),
                      ("ann", "ann is in Year 3 already")):
        _form(eve, cohort + "/members", username=name)
        page = eve.http.get(cohort).text
        assert why in _flash(page) and _flash(page).startswith("error")
        assert [n for n, _, _ in _table(page)] == ["ann", "ben"]  # nothing changed
    index = eve.http.get("/staff/cohorts").text
    assert re.search(r'data-cohort="Year 3">.*?<td data-label="Students">2</td>', index, re.S)

    eid = _finished_encounter(ann)
    ben_eids = [_finished_encounter(ben) for _ in range(2)]
    ann_user, ben_user = users.by_username("ann"), users.by_username("ben")
    ratings = learners.ratings(ann_user.pseudonym)
    assert ratings, "a graded encounter rates the learner"
    mean = sum(r.mastery for r in ratings.values()) / len(ratings)

    rows = {name: (flag, cells) for name, flag, cells in _table(eve.http.get(cohort).text)}
    cells = rows["ann"][1]
    assert cells["Encounters"] == "1" and cells["Finished"] == "1" and cells["Graded"] == "1"
    assert cells["Mean mastery"] == f"{mean * 100:.0f}%"
    # the live flags come from the learner model; the page shows the same ones with reasons
    for name, user in (("ann", ann_user), ("ben", ben_user)):
        flags = at_risk(learners.attempts(user.pseudonym))
        assert rows[name][0] == bool(flags)
        for reason in flags:
            assert reason in rows[name][1]["At risk"]
    assert rows["ben"][1]["Encounters"] == "2"
    # two stations that both missed critical items: ben's row is flagged, with the reason
    assert rows["ben"][0] and not rows["ann"][0]
    assert "missed critical items in 2 of the last 2 stations" in rows["ben"][1]["At risk"]

    by_count = _table(eve.http.get(cohort, params={"sort": "encounters", "dir": "desc"}).text)
    assert [n for n, _, _ in by_count] == ["ben", "ann"]
    by_count = _table(eve.http.get(cohort, params={"sort": "encounters", "dir": "asc"}).text)
    assert [n for n, _, _ in by_count] == ["ann", "ben"]
    assert [n for n, _, _ in _table(eve.http.get(cohort, params={"q": "BE"}).text)] == ["ben"]
    risky = _table(eve.http.get(cohort, params={"risk": "1"}).text)
    assert [n for n, _, _ in risky] == ["ben"]

    got = eve.http.get(cohort + "/csv", params={"sort": "encounters", "dir": "desc"})
    assert got.headers["content-type"].startswith("text/csv")
    assert 'filename="cohort-Year-3.csv"' in got.headers["content-disposition"]
    parsed = list(csv.reader(io.StringIO(got.text)))
    assert parsed[0] == CSV_HEADER and [r[0] for r in parsed[1:]] == ["ben", "ann"]
    ann_csv = dict(zip(CSV_HEADER, parsed[2], strict=True))
    assert ann_csv["encounters"] == "1" and ann_csv["graded"] == "1"
    assert float(ann_csv["mean_mastery_percent"]) == pytest.approx(mean * 100, abs=0.05)
    only_ann = list(csv.reader(io.StringIO(eve.http.get(cohort + "/csv",
                                                        params={"q": "ann"}).text)))
    assert [r[0] for r in only_ann[1:]] == ["ann"]

    everyone = _table(eve.http.get("/staff/cohorts/everyone").text)
    assert {"ann", "ben"} <= {n for n, _, _ in everyone}
    assert "eve" not in {n for n, _, _ in everyone}

    learner = eve.http.get(f"/staff/learners/{ann_user.id}").text
    assert f'href="/encounters/{eid}"' in learner
    assert eve.http.get(f"/encounters/{eid}").status_code == 200
    series = set(re.findall(r'<g class="series[^"]*" data-name="([^"]+)"', learner))
    assert series == {*ratings, "Overall"}  # one line per competency, and the mean
    for name in ratings:
        assert f'data-competency="{name}"' in learner
    assert "Year 3" in learner
    ben_page = eve.http.get(f"/staff/learners/{ben_user.id}").text
    assert all(f'href="/encounters/{e}"' in ben_page for e in ben_eids)

    removed = _form(eve, f"{cohort}/members/{ben_user.id}/remove")
    assert removed.status_code == 303
    assert [n for n, _, _ in _table(eve.http.get(cohort).text)] == ["ann"]
    _form(eve, f"{cohort}/members/{ben_user.id}/remove")
    assert _flash(eve.http.get(cohort).text).startswith("error: Not removed")

    assert eve.http.get("/staff/cohorts/no-such-cohort").status_code == 404
    assert eve.http.get("/staff/cohorts/no-such-cohort/csv").status_code == 404
    assert _form(eve, "/staff/cohorts/no-such-cohort/members",
                 username="ann").status_code == 404
    assert eve.http.get(f"/staff/learners/{users.by_username('eve').id}").status_code == 404
    assert eve.http.get("/staff/learners/999999").status_code == 404
    # a form without its token changes nothing
    assert eve.http.post(cohort + "/members", data={"username": "ben"}).status_code == 403
    assert [n for n, _, _ in _table(eve.http.get(cohort).text)] == ["ann"]

    for method, path in (("GET", "/staff/cohorts"), ("GET", cohort), ("GET", cohort + "/csv"),
                         ("GET", "/staff/cohorts/everyone"),
                         ("GET", f"/staff/learners/{ann_user.id}"),
                         ("POST", "/staff/cohorts"), ("POST", cohort + "/members"),
                         ("POST", f"{cohort}/members/{ann_user.id}/remove")):
        r = ann.http.request(method, path, data={"csrf": ann.csrf, "name": "Mine",
                                                 "username": "ann"} if method == "POST" else None)
        assert r.status_code == 403, (method, path)
    assert [n for n, _, _ in _table(eve.http.get(cohort).text)] == ["ann"]
    assert "Mine" not in eve.http.get("/staff/cohorts").text
