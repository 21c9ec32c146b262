"""What the browser tests do on a page: sign in, take a station step by step, check the
layout, keep a screenshot."""

from __future__ import annotations

import re
from pathlib import Path

SHOTS = Path(__file__).resolve().parent / "screenshots"
PASSWORD = "correct-horse-42"
USERS = {"alice": "student", "bob": "student", "dora": "student", "erin": "educator",
         "xavier": "examiner",
         "adam": "admin", "warmup": "student"}
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
WAIT_MS = 60_000  # the patient's first reply may wait for its case to be indexed


CASE = "cardio-chest-pain"
ANSWERED = """n => {
  const turns = document.querySelectorAll('#transcript li.turn[data-seq]');
  return turns.length === n && !document.querySelector('#transcript .pending, #transcript .unsent');
}"""


def start(page, case_id: str = CASE) -> str:
    page.goto("/cases")
    page.locator(f'li[data-case="{case_id}"] button[type=submit]').click()
    page.wait_for_url(re.compile(r"/encounters/[A-Za-z0-9_-]+$"))
    page.wait_for_selector("#enter")
    return page.url.rsplit("/", 1)[-1]


def enter(page) -> None:
    page.click("#enter")
    page.wait_for_selector("#conn[data-state=online]")


def turn_count(page) -> int:
    return page.locator("#transcript li.turn[data-seq]").count()


def act(page, text: str, kind: str = "ask") -> None:
    """Ask (or examine, or order) and wait until the reply is on the page."""
    expected = turn_count(page) + 1
    page.fill("#composer-text", text)
    page.click(f"#{kind}")
    page.wait_for_function(ANSWERED, arg=expected)


def end_interview(page) -> None:
    page.click("#end-open")
    page.click("#end-confirm")
    page.wait_for_selector("#note-form")


NOTE = {"summary": "58-year-old man with central chest pain since this morning, spreading to "
                   "the jaw and left arm.",
        "differential": "Acute coronary syndrome\nAortic dissection\nPulmonary embolism",
        "investigations": "ECG\nTroponin\nChest X-ray",
        "plan": "Aspirin\nCardiology review"}


def write_note(page) -> None:
    for field, text in NOTE.items():
        page.fill(f"#{field}", text)
    page.wait_for_function(
        "() => document.getElementById('save-state').textContent.startsWith('Draft saved')")


def submit_note(page) -> None:
    page.click("#submit-note")
    page.wait_for_selector("#score-percent")


def server_turns(page, encounter_id: str) -> list[dict]:
    """The turns as the server stored them, read through the page's own session."""
    return page.evaluate("""async id => {
      const r = await fetch('/api/encounters/' + id);
      return (await r.json()).turns;
    }""", encounter_id)


def sign_in(page, username: str, password: str = PASSWORD, next_path: str = "") -> None:
    page.goto("/signin" + (f"?next={next_path}" if next_path else ""))
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("form.signin-form button[type=submit]")
    page.wait_for_load_state()


def shot(page, name: str, full_page: bool = True) -> None:
    """Keep a picture of the page for people to look at (tests/browser/screenshots/)."""
    size = "phone" if page.viewport_size["width"] < 600 else "laptop"
    page.screenshot(path=str(SHOTS / f"{name}-{size}.png"), full_page=full_page)


def no_sideways_scroll(page) -> None:
    width = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"{page.url}: content {width[0]} px wide in a {width[1]} px window"
