"""A mock OSCE in Chromium on an injected clock: an examiner builds and runs a two-station
circuit with two candidates, watches it, marks every station and exports the CSV; a
candidate sees only their own station, never another's or another candidate's."""

from __future__ import annotations

import csv
import io
import re

from tests.browser.helpers import PHONE, no_sideways_scroll, shot

CIRCUIT = "mock-a"
STATIONS = ("cardio-chest-pain/cardio-chest-pain-history",
            "resp-breathless/resp-breathless-history")


def _circuit(page) -> dict:
    return page.evaluate(f"async () => (await fetch('/api/circuits/{CIRCUIT}')).json()")


def _ask(page, text: str) -> None:
    before = page.locator("#transcript li.turn[data-seq]").count()
    page.fill("#composer-text", text)
    page.click("#ask")
    page.wait_for_function("n => document.querySelectorAll('#transcript li.turn[data-seq] "
                           ".msg-patient').length > n", arg=before)


def _mark_all(xavier, rows: int) -> None:
    marked = 0
    while True:
        xavier.goto(f"/examiner/circuits/{CIRCUIT}")
        link = xavier.locator("table.rotation a", has_text=re.compile("^Mark$"))
        if link.count() == 0:
            break
        link.first.click()
        xavier.wait_for_selector("#mark-form")
        radios = xavier.locator("#mark-form tbody tr")
        for i in range(radios.count()):
            # the examiner's own judgement: alternate marks, so the two raters differ
            value = ("met", "partly", "not_met")[i % 3]
            radios.nth(i).locator(f"input[value={value}]").check()
        xavier.select_option("#global-rating", label="borderline" if marked % 2 else "good")
        xavier.fill("#mark-comment", "Marked in the browser test.")
        if marked == 0:
            shot(xavier, "examiner-marking")
        xavier.click("#save-marks")
        xavier.wait_for_selector(".flash-ok")
        marked += 1
    assert marked == rows


def test_an_examiner_runs_marks_and_exports_a_circuit(browsing, server) -> None:
    xavier = browsing.page("xavier")
    xavier.goto("/examiner/circuits")
    xavier.fill("#circuit-id", CIRCUIT)
    xavier.fill("#circuit-title", "Mock OSCE A")
    xavier.fill("#reading", "1")
    xavier.fill("#station-time", "5")
    xavier.fill("#changeover", "0.5")
    for value in STATIONS:
        xavier.check(f"input[name=stations][value='{value}']")
    xavier.fill("#candidates", "alice\nbob")
    shot(xavier, "examiner-circuits")
    xavier.locator("form[action='/examiner/circuits'] button[type=submit]").click()
    xavier.wait_for_url(re.compile(f"/examiner/circuits/{CIRCUIT}$"))
    xavier.click("#circuit-start")
    xavier.wait_for_selector("#circuit-pause")
    shot(xavier, "examiner-circuit-running")
    started = _circuit(xavier)["clock"]["started_at"]

    # each candidate sees only their own station
    alice, bob = browsing.page("alice"), browsing.page("bob")
    alice.goto("/circuits")
    alice.click(f"li[data-circuit={CIRCUIT}] a")
    alice.wait_for_selector("#go-station")
    page_text = alice.inner_text("main")
    assert "Station 1 of 2" in page_text and "bob" not in page_text
    shot(alice, "candidate-reading")
    bob.goto(f"/circuits/{CIRCUIT}")
    bob.wait_for_selector("#go-station")
    bob_station = bob.get_attribute("#go-station", "href")
    alice_station = alice.get_attribute("#go-station", "href")
    assert bob_station != alice_station
    assert alice.goto(bob_station).status == 404  # another candidate's station
    assert browsing.page("dora").goto(f"/circuits/{CIRCUIT}").status == 404  # not enrolled
    assert alice.goto(f"/examiner/circuits/{CIRCUIT}").status == 403

    # the bell: reading time is over, the candidates go in and talk
    server.jump_to(started + 62)
    for page, question in ((alice, "What brings you in today?"), (bob, "What's brought you in?")):
        page.goto(f"/circuits/{CIRCUIT}")
        page.wait_for_function("() => document.getElementById('go-station')?.textContent"
                               ".includes('Go to your station')")
        page.click("#go-station")
        page.wait_for_selector("#conn[data-state=online]")
        _ask(page, question)
    shot(alice, "candidate-station")
    xavier.goto(f"/examiner/circuits/{CIRCUIT}/monitor")
    xavier.wait_for_selector("text=What brings you in today?")
    shot(xavier, "examiner-monitor")

    # pause holds the clock, however long the pause; resume gives it back
    xavier.goto(f"/examiner/circuits/{CIRCUIT}")
    xavier.click("#circuit-pause")
    xavier.wait_for_selector("#circuit-resume")
    assert "paused" in xavier.inner_text("#circuit-state").lower()
    held = _circuit(xavier)["moment"]["seconds_left"]
    server.jump_to(server.now() + 100)
    xavier.wait_for_timeout(1500)
    assert _circuit(xavier)["moment"]["seconds_left"] == held
    xavier.click("#circuit-resume")
    xavier.wait_for_selector("#circuit-pause")

    # the bells ring through round one, the changeover (the candidates swap) and round two
    while (moment := _circuit(xavier)["moment"])["status"] != "finished":
        server.jump_to(server.now() + moment["seconds_left"] + 1)
        xavier.wait_for_timeout(1500)  # the sweeper rings the bells every second
    xavier.goto(f"/examiner/circuits/{CIRCUIT}")
    xavier.wait_for_function("() => document.getElementById('circuit-state').textContent"
                             ".toLowerCase().includes('finished')", timeout=60_000)
    shot(xavier, "examiner-circuit-finished")
    alice.goto(f"/circuits/{CIRCUIT}")
    assert "The circuit is over" in alice.inner_text("main")

    # every station marked, then the results and the CSV
    _mark_all(xavier, rows=4)
    xavier.goto(f"/examiner/circuits/{CIRCUIT}/results")
    shot(xavier, "examiner-results")
    csv_link = xavier.locator("a", has_text="CSV").first.get_attribute("href")
    response = xavier.request.get(csv_link)
    assert response.ok and "text/csv" in response.headers["content-type"]
    rows = list(csv.DictReader(io.StringIO(response.text())))
    assert len(rows) == 4
    assert {r[next(k for k in r if "candidate" in k.lower())] for r in rows} == {"alice", "bob"}
    xavier.goto(f"/examiner/circuits/{CIRCUIT}/calibration")
    shot(xavier, "examiner-calibration")
    phone = browsing.page("alice", viewport=PHONE)
    phone.goto(f"/circuits/{CIRCUIT}")
    no_sideways_scroll(phone)
    for page in (xavier, alice, bob):
        assert not page.js_errors, page.js_errors
