"""Where osce keeps its state: one data folder for the index now, the store later."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir(option: Path | None = None) -> Path:
    """--data-dir, else OSCE_DATA_DIR, else .osce/ in the working directory."""
    if option is not None:
        return option
    return Path(os.environ.get("OSCE_DATA_DIR") or ".osce")
