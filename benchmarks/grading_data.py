"""Transcripts for the hand-labelled grading set: each student script played to the patient.

    python -m benchmarks.grading_data            # writes only transcripts that are missing
    python -m benchmarks.grading_data --force    # rewrites them all (labels may go stale)

Scripts live in benchmarks/data/grading/scripts/<id>.yaml; each one's turns are piped to
`osce practice <case>` and its JSON-lines output kept as transcripts/<id>.jsonl. Transcripts
are frozen once labelled, so an existing one is left alone unless --force is given.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from ruamel.yaml import YAML

GRADING = Path(__file__).parent / "data" / "grading"


def play(case: str, turns: list[str], data_dir: Path) -> str:
    """The transcript `osce practice` prints for these turns, typed one a line."""
    result = subprocess.run(
        [sys.executable, "-m", "osce", "practice", case, "--data-dir", str(data_dir)],
        input="\n".join(turns) + "\n", capture_output=True, text=True, check=True)
    return result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--force", action="store_true", help="rewrite existing transcripts")
    args = parser.parse_args()
    out = GRADING / "transcripts"
    out.mkdir(parents=True, exist_ok=True)
    written = kept = 0
    with tempfile.TemporaryDirectory() as data:
        for path in sorted((GRADING / "scripts").glob("*.yaml")):
            script = YAML(typ="safe").load(path.read_text())
            target = out / f"{script['id']}.jsonl"
            if target.exists() and not args.force:
                kept += 1
                continue
            target.write_text(play(script["case"], list(script["turns"]), Path(data)))
            written += 1
            print(f"wrote {target.relative_to(GRADING)}", flush=True)
    print(f"{written} written, {kept} kept")


if __name__ == "__main__":
    main()
