"""Who may open what: sign-in errors, staff and admin pages, other people's encounters."""

from __future__ import annotations

import re

from tests.browser.helpers import PASSWORD, act, enter, shot, sign_in, start


def test_sign_in_errors_are_clear_and_next_stays_on_site(browsing) -> None:
    page = browsing.page()
    sign_in(page, "alice", "not-the-password")
    assert page.url.endswith("/signin")
    assert "Wrong username or password" in page.inner_text("#signin-error")
    assert page.input_value("#username") == "alice"
    shot(page, "signin-error")

    # a `next` that points off the site is ignored; a local one is followed
    sign_in(page, "alice", next_path="//evil.example/steal")
    page.wait_for_url(re.compile(r"/cases$"))
    page.click("header form button[type=submit]")  # sign out
    page.wait_for_url(re.compile(r"/signin$"))
    # a signed-out visit keeps its whole address, query string included, through sign-in
    page.goto("/cases?specialty=cardiology")
    page.wait_for_url(re.compile(r"/signin\?next=%2Fcases%3Fspecialty%3Dcardiology$"))
    page.fill("#username", "alice")
    page.fill("#password", PASSWORD)
    page.click("form.signin-form button[type=submit]")
    page.wait_for_url(re.compile(r"/cases\?specialty=cardiology$"))


def test_sign_in_rate_limit_is_shown(browsing) -> None:
    # the limit counts per address too: this context comes from an address of its own, so
    # the other tests' sign-ins from 127.0.0.1 are not held up
    page = browsing.page(headers={"X-Forwarded-For": "10.9.8.7"})
    for _ in range(5):
        sign_in(page, "mallory", "guess-guess")
        assert "Wrong username or password" in page.inner_text("#signin-error")
    sign_in(page, "mallory", "guess-guess")
    error = page.inner_text("#signin-error")
    assert "Too many sign-in attempts" in error and re.search(r"Wait \d+ (minutes|seconds)", error)
    shot(page, "signin-rate-limited")


def test_students_get_403_on_staff_pages_and_404_on_others_encounters(browsing) -> None:
    owner = browsing.page("alice")
    encounter_id = start(owner)
    enter(owner)
    act(owner, "What brings you in today?")

    page = browsing.page("bob")
    for path in ("/staff/encounters", "/admin/users"):
        response = page.goto(path)
        assert response.status == 403
        assert "You do not have access to this page" in page.inner_text("h1")
        assert page.locator("header nav").count() == 1  # still the site, with a way back
    shot(page, "error-403")

    response = page.goto(f"/encounters/{encounter_id}")
    assert response.status == 404
    assert "Page not found" in page.inner_text("h1")
    assert "What brings you in" not in page.content()
    shot(page, "error-404")
    assert page.goto("/encounters/no-such-encounter").status == 404
    # a mistyped address is a page with a way back too, not a bare JSON object
    typo = page.goto("/casse")
    assert typo.status == 404 and typo.headers["content-type"].startswith("text/html")
    assert "Page not found" in page.inner_text("h1")
    # the JSON API answers in JSON
    api = page.goto(f"/api/encounters/{encounter_id}")
    assert api.status == 404 and api.headers["content-type"].startswith("application/json")

    # the nav offers a student no staff links: their circuits are their own stations
    page.goto("/cases")
    assert page.locator("header nav a").all_inner_texts() == ["Cases", "Progress", "Circuits"]
    assert page.get_attribute("header nav a >> text=Circuits", "href") == "/circuits"

    # a case that does not exist is a 404 page too
    status = page.evaluate("""async () => {
      const body = new FormData();
      body.append('csrf', document.querySelector('input[name=csrf]').value);
      return (await fetch('/cases/no-such-case/start', {method: 'POST', body})).status;
    }""")
    assert status == 404


def test_staff_see_grounding_and_students_never(browsing) -> None:
    student = browsing.page("alice")
    encounter_id = start(student)
    enter(student)
    act(student, "What brings you in today?")
    act(student, "ECG", "order")
    assert student.locator(".grounding").count() == 0
    assert "facts:" not in student.inner_text("body")

    staff = browsing.page("erin")
    staff.goto("/staff/encounters")
    assert staff.locator(f'a[href="/encounters/{encounter_id}"]').count() == 1
    shot(staff, "staff-encounters")
    staff.click(f'a[href="/encounters/{encounter_id}"]')
    staff.wait_for_url(re.compile(encounter_id))
    assert "staff view" in staff.inner_text(".page-head").lower()
    assert staff.locator(".grounding").count() == 2  # kind and fact ids, turn by turn
    assert "answer" in staff.locator(".grounding").first.inner_text()
    assert "Diagnosis" in staff.text_content("#key-title + dl")
    assert staff.locator("#composer").count() == 0  # staff read; they do not speak in it
    shot(staff, "staff-encounter")
    assert staff.goto("/admin/users").status == 403


def test_admin_manages_users(browsing, server) -> None:
    page = browsing.page("adam")
    page.goto("/admin/users")
    shot(page, "admin-users")
    page.fill("#new-username", "carol")
    page.select_option("#new-role", "student")
    page.fill("#new-password", "carol-password-1")
    page.click("form[action='/admin/users'] button[type=submit]")
    assert "Created student carol" in page.inner_text(".flash")

    row = page.locator('tr[data-user="carol"]')
    row.locator("select").select_option("examiner")
    row.locator("form").first.locator("button").click()
    assert "carol is now examiner, active" in page.inner_text(".flash")

    page.locator('tr[data-user="carol"]').get_by_role("button", name="Disable").click()
    assert "carol is now examiner, disabled" in page.inner_text(".flash")
    other = browsing.page()
    sign_in(other, "carol", "carol-password-1")
    assert "Wrong username or password" in other.inner_text("#signin-error")

    page.locator('tr[data-user="carol"]').get_by_role("button", name="Enable").click()
    assert "carol is now examiner, active" in page.inner_text(".flash")
    sign_in(other, "carol", "carol-password-1")
    other.wait_for_url(re.compile(r"/cases$"))
    assert "Encounters" in other.locator("header nav").inner_text()

    # an admin cannot lock themselves out
    assert page.locator('tr[data-user="adam"] button').count() == 0
