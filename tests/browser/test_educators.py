"""An educator's whole loop in Chromium: write a case and its rubric from nothing, try it,
run its suite, publish it to a cohort; a student of that cohort practises it; the educator
reviews the encounter and overrides an item; the student's next recommendation follows."""

from __future__ import annotations

import re
from pathlib import Path

from tests.browser.helpers import PHONE, enter, no_sideways_scroll, shot, start

AGENTCLINIC = Path(__file__).resolve().parent.parent / "importer" / "fixtures" / "synthetic.jsonl"
CASE_ID = "gp-sore-throat"
CASE_YAML = f"""\
# Written in the browser test, from nothing.
schema_version: 1
id: {CASE_ID}
title: Sore throat in a young woman
specialty: general practice
difficulty: 1
competencies: [history-taking, communication]
door:
  setting: General practice surgery
  task: Take a focused history of her sore throat.
  station_minutes: 8
persona:
  name: Priya Shah
  age: '24'
  sex: female
  occupation: barista
  speaking_style: quick and chatty
  mood: fed up
  opening_line: Hi, my throat has been killing me for a few days.
facts:
  - id: pc-sore-throat
    category: presenting_complaint
    attribute: sore throat
    words: My throat's been really sore for three days.
    examples: [What brings you in today?, Tell me about your throat]
    disclosure: volunteered
  - id: hpc-fever
    category: hpc.associated
    attribute: fever
    words: I've been hot and shivery, 38.5 last night.
    examples: [Have you had a temperature?, Any fevers?]
  - id: hpc-cough
    category: hpc.associated
    attribute: cough
    polarity: absent
    words: No cough at all.
    examples: [Have you got a cough?, Any coughing?]
diagnosis:
  primary: acute tonsillitis
"""
RUBRIC_YAML = f"""\
schema_version: 1
id: {CASE_ID}-rubric
title: Sore throat history
stations:
  - id: {CASE_ID}-history
    case: {CASE_ID}
    task: history
    pass_mark: 60
    items:
      - id: intro
        text: Introduces self and gains consent
        domain: communication
        competencies: [communication]
        weight: 1
        rationale: A clear introduction starts the consultation well.
        evidence:
          skills: [introduction, consent]
      - id: fever
        text: Asks about fever
        domain: data_gathering
        competencies: [history-taking]
        weight: 2
        rationale: Fever is one of the Centor criteria.
        evidence:
          facts: [hpc-fever]
      - id: cough
        text: Asks about cough
        domain: data_gathering
        competencies: [history-taking]
        weight: 2
        rationale: The absence of cough is one of the Centor criteria.
        evidence:
          facts: [hpc-cough]
"""


def _type_yaml(page, text: str) -> None:
    page.fill("#yaml", text)
    page.dispatch_event("#yaml", "input")


def _wait_valid(page) -> None:
    page.wait_for_function(
        "() => document.getElementById('check-state').textContent.startsWith('Valid')")


def test_an_educator_writes_publishes_and_reviews_and_the_student_is_steered(browsing) -> None:
    erin = browsing.page("erin")
    # a cohort with dora in it
    erin.goto("/staff/cohorts")
    erin.fill("input[name=name]", "Group B")
    erin.locator("form[action='/staff/cohorts'] button[type=submit]").click()
    erin.goto("/staff/cohorts/Group B")
    erin.fill("input[name=username]", "dora")
    erin.locator("form[action$='/members'] button[type=submit]").click()
    assert erin.locator("text=dora").count() >= 1
    shot(erin, "educator-cohort-new")

    # a new case, written from nothing in the YAML view
    erin.goto("/author")
    erin.fill("#new-id", CASE_ID)
    erin.locator("form[action='/author/new'] button[type=submit]").click()
    erin.wait_for_url(re.compile(f"/author/case/{CASE_ID}$"))
    _type_yaml(erin, CASE_YAML.replace("difficulty: 1", "difficulty: 7"))
    erin.wait_for_selector("#problems li")
    problem = erin.locator("#problems li").first.inner_text()
    line = CASE_YAML.splitlines().index("difficulty: 1") + 1
    assert problem.startswith(f"cases/{CASE_ID}.yaml:{line}: difficulty:"), problem
    shot(erin, "educator-editor-error")
    _type_yaml(erin, CASE_YAML)
    _wait_valid(erin)
    # the form view edits the same text
    erin.click("#tab-form")
    erin.fill("#f-persona-occupation", "barista and student")
    erin.dispatch_event("#f-persona-occupation", "change")
    erin.wait_for_function(
        "() => document.getElementById('yaml').value.includes('barista and student')")
    shot(erin, "educator-editor-form")
    erin.click("#tab-yaml")
    # try it
    erin.fill("#try-question", "Have you had a temperature?")
    erin.locator("#try-form button[type=submit]").click()
    erin.wait_for_selector("#try-log .msg-patient")
    assert "38.5" in erin.locator("#try-log .msg-patient").first.inner_text()
    assert "hpc-fever" in erin.locator("#try-log .staff-view").first.inner_text()
    shot(erin, "educator-editor-try")
    erin.fill("#save-comment", "first full draft")
    erin.click("#save")
    erin.wait_for_function("() => document.getElementById('editor').dataset.base === '2'")
    # the suite, then publishing
    erin.click("#suite-run")
    erin.wait_for_selector("#suite-result .badge", timeout=300_000)
    assert "passed the gate" in erin.locator("#suite-result").inner_text().lower()
    shot(erin, "educator-suite")
    erin.goto("/author")
    erin.select_option("#new-kind", "rubric")
    erin.fill("#new-id", f"{CASE_ID}-rubric")
    erin.fill("#new-case", CASE_ID)
    erin.locator("form[action='/author/new'] button[type=submit]").click()
    erin.wait_for_url(re.compile(f"/author/rubric/{CASE_ID}-rubric$"))
    _type_yaml(erin, RUBRIC_YAML)
    _wait_valid(erin)
    erin.click("#save")
    erin.wait_for_function("() => document.getElementById('editor').dataset.base === '2'")
    erin.goto(f"/author/case/{CASE_ID}")
    erin.check("input[name=cohorts][value='Group B']")
    erin.locator("#publish-form button[type=submit]").click()
    erin.wait_for_selector(".flash-ok")
    assert "published to Group B" in erin.locator(".flash-ok").inner_text()
    shot(erin, "educator-published")
    # an AgentClinic file through the page: a case and a rubric draft per line
    erin.goto("/author")
    erin.set_input_files("#import-file", str(AGENTCLINIC))
    erin.locator("#import-form button[type=submit]").click()
    erin.wait_for_selector("#import-result .flash-ok")
    imported = erin.locator("#import-result li a").all_inner_texts()
    assert imported and {t.split()[0] for t in imported} == {"case", "rubric"}
    erin.goto("/author")
    assert erin.locator("tr[data-doc^='case/agentclinic-']").count() >= 1
    shot(erin, "educator-author-list")

    # alice is in no cohort: she never sees it; dora practises it
    alice = browsing.page("alice")
    alice.goto("/cases")
    assert alice.locator(f'li[data-case="{CASE_ID}"]').count() == 0
    dora = browsing.page("dora")
    encounter_id = start(dora, CASE_ID)
    enter(dora)
    dora.fill("#composer-text", "Hello, what brings you in today?")
    dora.click("#ask")
    dora.wait_for_selector("#transcript li.turn[data-seq='1'] .msg-patient")
    dora.click("#end-open")
    dora.click("#end-confirm")
    dora.wait_for_selector("#note-form")
    dora.fill("#differential", "Tonsillitis")
    dora.click("#submit-note")
    dora.wait_for_selector("#score-percent")
    before = dora.locator("#next-case").inner_text()
    score_before = dora.locator("#score-percent").inner_text()
    shot(dora, "student-authored-case-results")

    # erin reviews and overrides: dora did ask about fever and cough, in her own words
    erin.goto("/staff/cohorts/Group B")
    shot(erin, "educator-cohort-after")
    erin.goto(f"/encounters/{encounter_id}")
    for item in ("fever", "cough"):
        erin.select_option(f"#mark-{item}", "met")
        erin.fill(f"#comment-{item}", f"Asked about {item} in the chat before the station.")
        erin.locator(f"#review-{item} form button[type=submit]").click()
        erin.wait_for_selector(".flash-ok")
    assert erin.locator("#review .review-override").count() == 2
    shot(erin, "educator-review")

    dora.goto(f"/encounters/{encounter_id}")
    after = dora.locator("#next-case").inner_text()
    assert after != before
    assert dora.locator("#score-percent").inner_text() != score_before
    assert "Asked about fever in the chat" in dora.content()
    shot(dora, "student-after-override")
    erin.goto("/staff/overrides")
    assert erin.locator(f"text={CASE_ID}-history").count() >= 1
    shot(erin, "educator-overrides")
    # the educator's pages on a phone: nothing runs off the side
    phone = browsing.page("erin", viewport=PHONE)
    for path, name in ((f"/author/case/{CASE_ID}", "educator-editor"),
                       ("/author", "educator-author-list"),
                       ("/staff/cohorts/Group B", "educator-cohort"),
                       (f"/author/case/{CASE_ID}/versions", "educator-versions")):
        phone.goto(path)
        no_sideways_scroll(phone)
        shot(phone, name)
    for page in (erin, dora, alice, phone):
        assert not page.js_errors, page.js_errors
