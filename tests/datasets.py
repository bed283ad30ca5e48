"""Where the shared public datasets are: ``$VEIL_SHARED_DATA``, else ``../shared/data``
beside the checkout, else ``/work/shared/data`` (a clone elsewhere on this machine)."""

from __future__ import annotations

import os
from pathlib import Path


def shared_data() -> Path:
    candidates = [
        os.environ.get("VEIL_SHARED_DATA"),
        str(Path(__file__).resolve().parents[2] / "shared" / "data"),
        "/work/shared/data",
    ]
    for c in candidates:
        if c and Path(c).is_dir():
            return Path(c)
    return Path(candidates[1] or "")


ADULT_DIR = shared_data() / "adult"
