"""The pages' small pure helpers, checked without a browser or a server."""

from __future__ import annotations

import pytest

from server.pages.account import local_next
from server.pages.chart import HEIGHT, WIDTH, mastery_chart
from server.pages.encounter import _lines
from server.pages.render import label, plain


@pytest.mark.parametrize("target", ["//evil.example", "/\\evil.example", "https://evil.example",
                                    "evil.example", "", "/ok\r\nSet-Cookie: x=1", "javascript:x"])
def test_next_never_leaves_the_site(target: str) -> None:
    assert local_next(target) == "/cases"


def test_next_keeps_local_paths() -> None:
    assert local_next("/progress") == "/progress"
    assert local_next("/encounters/abc?x=1") == "/encounters/abc?x=1"


def test_note_lines_drop_list_marks_and_blank_lines() -> None:
    text = "1. Acute coronary syndrome\n\n- Aortic dissection\n2) PE\n  * GORD  \n"
    assert _lines(text) == ["Acute coronary syndrome", "Aortic dissection", "PE", "GORD"]
    assert _lines("x\n" * 100) == ["x"] * 30


def test_words_for_people() -> None:
    assert label("data_gathering") == "Data gathering"
    assert label("red-flags") == "Red flags"
    assert plain("Notes. ## Common mistakes **Site** first") == "Notes. Common mistakes Site first"


def test_mastery_chart_draws_inside_its_box() -> None:
    assert mastery_chart([]) is None
    chart = mastery_chart([("2026-01-01T10:00:00", {"history-taking": 0.4}),
                           ("2026-01-02T10:00:00", {"history-taking": 0.6, "red-flags": 1.0})])
    assert chart is not None
    names = [s.name for s in chart.series]
    assert names == ["history-taking", "red-flags", "Overall"]
    for series in chart.series:
        for x, y, _ in series.points:
            assert 0 <= x <= WIDTH and 0 <= y <= HEIGHT
    history, red_flags, overall = chart.series
    assert len(history.points) == 2 and len(red_flags.points) == 1  # from its first attempt on
    assert history.points[1][1] < history.points[0][1]  # higher mastery is drawn higher
    assert overall.latest == pytest.approx(0.8)
