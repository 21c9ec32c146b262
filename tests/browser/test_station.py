"""A student's station in the browser: the whole way through, across a dropped connection,
and with the clock running out."""

from __future__ import annotations

import re

from tests.browser.helpers import (
    act,
    end_interview,
    enter,
    server_turns,
    shot,
    sign_in,
    start,
    submit_note,
    turn_count,
    write_note,
)


def test_full_station_from_library_to_results(browsing) -> None:
    page = browsing.page()
    page.goto("/")
    page.wait_for_url(re.compile(r"/signin$"))
    shot(page, "signin")
    sign_in(page, "alice")
    page.wait_for_url(re.compile(r"/cases$"))
    assert page.locator("li.case-card").count() >= 10
    shot(page, "cases")

    # the filters narrow the library by the query string
    page.select_option("#f-specialty", "cardiology")
    page.click(".filters button[type=submit]")
    page.wait_for_url(re.compile(r"specialty=cardiology"))
    chips = page.locator("li.case-card .chip-specialty").all_inner_texts()
    assert chips and all(c == "Cardiology" for c in chips)
    assert page.locator('li[data-case="resp-breathless"]').count() == 0

    encounter_id = start(page)
    assert "Your task" in page.inner_text(".door-sign")
    assert re.fullmatch(r"\d+:\d\d", page.inner_text("#countdown"))
    shot(page, "door")

    enter(page)
    act(page, "Hello, I'm Sam, a medical student. Is it alright if I ask you some questions?")
    act(page, "What brings you in today?")
    act(page, "Where exactly is the pain?")
    act(page, "Does the pain spread anywhere?")
    act(page, "chest", "examine")
    act(page, "ECG", "order")
    replies = page.locator("#transcript .msg-patient .msg-text, #transcript .msg-examiner "
                           ".msg-text").all_inner_texts()
    assert len(replies) == 6 and all(r and r != "…" for r in replies)
    assert "chest" in replies[1].lower()
    assert "st depression" in replies[5].lower()
    assert page.locator("#transcript .grounding").count() == 0  # a student never sees it
    assert re.fullmatch(r"\d+:\d\d", page.inner_text("#countdown"))
    shot(page, "interview")

    end_interview(page)
    assert page.url.endswith(f"/encounters/{encounter_id}")
    write_note(page)
    shot(page, "note")
    submit_note(page)

    assert re.fullmatch(r"\d+%", page.inner_text("#score-percent"))
    assert page.text_content("#verdict") in ("Pass", "Not passed")
    assert page.locator("#items .item").count() > 5
    assert page.locator("#items .evidence q").count() >= 1  # the student's own words as evidence
    assert page.locator("#feedback .feedback-item").count() >= 1
    assert "Acute coronary syndrome" in page.inner_text("#note-result")
    assert page.locator("#next-case h2").inner_text().strip()
    assert page.locator("#next-case .reasons li").count() >= 1
    body = page.inner_text("body").lower()
    assert "facts:" not in body and "suggested global" not in body  # staff-only parts
    shot(page, "results")

    # the recommendation's button starts the recommended case at its door
    page.click("#start-next")
    page.wait_for_selector("#enter")
    assert page.url.rsplit("/", 1)[-1] != encounter_id

    page.goto("/progress")
    assert page.locator("#encounters tbody tr").count() >= 2
    assert page.locator("svg.chart-svg .series-overall circle").count() >= 1
    assert page.locator("#mastery .bar-row").count() >= 3
    shot(page, "progress")
    assert not page.js_errors


def test_reconnect_resumes_without_lost_or_doubled_turns(browsing) -> None:
    page = browsing.page("bob")
    encounter_id = start(page)
    enter(page)
    act(page, "What brings you in today?")

    # a question leaves and the connection drops before its acknowledgement can arrive
    page.fill("#composer-text", "When did the pain start?")
    page.evaluate("""() => {
      document.getElementById('ask').click();
      window.osceStation.socket.close();
    }""")
    # and one more is typed while the page is offline
    page.wait_for_function("() => window.osceStation.socket === null || "
                           "window.osceStation.socket.readyState !== 1")
    page.fill("#composer-text", "Have you had anything like this before?")
    page.click("#ask")

    page.wait_for_selector("#conn[data-state=online]")
    page.wait_for_function("n => document.querySelectorAll('#transcript li.turn[data-seq]')"
                           ".length === n && !document.querySelector('#transcript .pending, "
                           "#transcript .unsent')", arg=3)
    assert page.evaluate("() => window.osceStation.pending.size") == 0

    asked = ["What brings you in today?", "When did the pain start?",
             "Have you had anything like this before?"]
    on_page = page.locator("#transcript .msg-student .msg-text").all_inner_texts()
    assert on_page == asked
    seqs = page.eval_on_selector_all("#transcript li.turn", "els => els.map(e => e.dataset.seq)")
    assert seqs == ["1", "2", "3"]
    stored = server_turns(page, encounter_id)
    assert [t["student"] for t in stored] == asked  # each stored once, in order
    assert all(t["patient"] for t in stored)

    # a reload is the same encounter, drawn from the store, and it carries on
    page.reload()
    page.wait_for_selector("#conn[data-state=online]")
    assert page.locator("#transcript .msg-student .msg-text").all_inner_texts() == asked
    act(page, "Do you smoke?")
    assert turn_count(page) == 4
    assert not page.js_errors


def test_station_clock_running_out_moves_to_the_note(browsing, server) -> None:
    page = browsing.page("dora")
    encounter_id = start(page)
    enter(page)
    act(page, "What brings you in today?")
    deadline = float(page.get_attribute("#station", "data-deadline"))
    assert deadline > server.now() + 60

    server.jump_to(deadline + 3)
    # nobody clicks anything: the server's clock ends the interview and the page follows
    page.wait_for_selector("#note-form", timeout=60_000)
    assert page.url.endswith(f"/encounters/{encounter_id}")
    note_deadline = float(page.get_attribute("#countdown", "data-deadline"))
    assert note_deadline > server.now() + 60  # the note has its own time
    stage = page.evaluate("async id => (await (await fetch('/api/encounters/' + id)).json())"
                          ".stage", encounter_id)
    assert stage == "note"
    assert not page.js_errors
