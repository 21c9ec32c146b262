"""Every page at a phone's size: readable, and never wider than the screen."""

from __future__ import annotations

from tests.browser.helpers import (
    PHONE,
    act,
    end_interview,
    enter,
    no_sideways_scroll,
    shot,
    sign_in,
    start,
    submit_note,
    write_note,
)


def check(page, name: str) -> None:
    no_sideways_scroll(page)
    shot(page, name)


def test_student_pages_fit_a_phone(browsing) -> None:
    page = browsing.page(viewport=PHONE)
    page.goto("/signin")
    check(page, "signin")
    sign_in(page, "dora")
    check(page, "cases")

    encounter_id = start(page)
    check(page, "door")
    enter(page)
    act(page, "Hello, I'm a medical student. Could you tell me what brings you in today?")
    act(page, "Could you describe the pain for me, what does it feel like?")
    act(page, "chest", "examine")
    no_sideways_scroll(page)
    # what the phone shows: a full-page picture would draw the sticky composer mid-page
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    shot(page, "interview", full_page=False)
    # the composer's buttons are on screen without scrolling sideways, thumb-sized
    box = page.locator("#ask").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] and box["height"] >= 32

    end_interview(page)
    write_note(page)
    check(page, "note")
    submit_note(page)
    check(page, "results")

    page.goto("/progress")
    check(page, "progress")
    page.goto("/admin/users")
    check(page, "error-403")
    page.goto(f"/encounters/{encounter_id}x")
    check(page, "error-404")
    assert not page.js_errors


def test_staff_pages_fit_a_phone(browsing) -> None:
    staff = browsing.page("erin", viewport=PHONE)
    staff.goto("/staff/encounters")
    check(staff, "staff-encounters")
    staff.locator("table a").first.click()
    staff.wait_for_selector(".page-head")
    check(staff, "staff-encounter")

    admin = browsing.page("adam", viewport=PHONE)
    admin.goto("/admin/users")
    check(admin, "admin-users")
