"""The library reads its files with libyaml where that is sure to give what the line-keeping
reader gives, and with that reader everywhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from osce.library import BUNDLED_CASES, BUNDLED_RUBRICS, Library, _fast_yaml, _parse_file
from osce.sourcefile import SourceError, plain, read_source
from osce.validation import parse_source

BUNDLED = sorted([*BUNDLED_CASES.glob("*.yaml"), *BUNDLED_RUBRICS.glob("*.yaml")])


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_every_bundled_file_reads_the_same_both_ways(path: Path) -> None:
    fast = _fast_yaml(path)
    assert fast is not None  # the bundled files are plain: no slow path for them
    slow = plain(read_source(path).data)
    assert fast == slow and repr(fast) == repr(slow)
    assert _parse_file(path) == parse_source(read_source(path))


@pytest.mark.parametrize("scalar", [
    "yes", "no", "on", "off", "y", "true", "False", "null", "~", "", "12", "-3", "+4", "0",
    "1.5", ".5", "1.", "1e3", "-2.5E-2", "3:20", "0.0", "12 years", "'007'", '"yes"',
])
def test_plain_scalars_are_typed_as_yaml_1_2(tmp_path: Path, scalar: str) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(f"a: {scalar}\nb: [{scalar or 'x'}]\n")
    fast = _fast_yaml(path)
    assert fast is not None
    slow = plain(read_source(path).data)
    assert fast == slow
    for mine, theirs in zip(fast.values(), slow.values(), strict=True):
        assert isinstance(theirs, type(mine))  # ruamel's ScalarFloat is a float, and so on


@pytest.mark.parametrize("text", [
    "a: 010\n", "a: 0o17\n", "a: 0x1F\n", "a: 1_000\n", "a: .inf\n", "a: 2024-01-01\n",
    "a: !thing 12\n", "a: !!set {x}\n", "a: !!str 12\n", "a: [!!int 3]\n", "a: 1\na: 2\n",
    "base: &b {x: 1}\nc:\n  <<: *b\n", "- a\n- b\n", "a: [unclosed\n", "a: b\n---\nc: d\n",
])
def test_anything_unusual_is_left_to_the_line_keeping_reader(tmp_path: Path, text: str) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(text)
    assert _fast_yaml(path) is None


def test_a_broken_case_still_names_its_line(tmp_path: Path) -> None:
    text = (BUNDLED_CASES / "cardio-chest-pain.yaml").read_text()
    (tmp_path / "bad.yaml").write_text(text.replace("disclosure: volunteered",
                                                    "disclosure: sometimes", 1))
    with pytest.raises(SourceError) as caught:
        Library.load([tmp_path])
    line = next(i for i, t in enumerate((tmp_path / "bad.yaml").read_text().splitlines(), 1)
                if "sometimes" in t)
    assert f"bad.yaml:{line}: facts[0].disclosure" in str(caught.value)


def test_a_repeated_key_is_still_an_error(tmp_path: Path) -> None:
    text = (BUNDLED_CASES / "cardio-chest-pain.yaml").read_text()
    (tmp_path / "dup.yaml").write_text(text.replace("title:", "title: Twice\ntitle:", 1))
    with pytest.raises(SourceError, match=r"dup\.yaml"):
        Library.load([tmp_path])
