"""A child process that must not outlive its parent (the engine process, the GGUF worker)."""

from __future__ import annotations

import os
import threading
import time


def exit_with_parent() -> None:
    """Exit as soon as the parent is gone. A killed server closes the pipe, but a child busy
    preparing cases, loading a model or in the middle of a long answer only reads the pipe
    later: without this it would go on using a core for a server that is gone."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
