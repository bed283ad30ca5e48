"""SoftHSM2 for tests: a session fixture with a token in a temp dir (imported by conftest).

SoftHSM2 is a required test dependency (``make setup`` installs it from APT_PACKAGES), so a
missing ``softhsm2-util`` or ``libsofthsm2.so`` fails the tests instead of skipping them.
SOFTHSM2_CONF must point at our config before the library is first initialized in the test
process: SoftHSM reads it once, in C_Initialize.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from veil.keys.kms.pkcs11 import find_softhsm_library


@dataclass(frozen=True)
class SoftHsm:
    lib_path: str
    token_label: str
    pin: str
    so_pin: str
    conf: Path
    aux_token_label: str
    """A second token that no long-lived fixture stays logged in to (login-path tests)."""


def _init_token(util: str, label: str, so_pin: str, pin: str) -> None:
    proc = subprocess.run(
        [util, "--init-token", "--free", "--label", label, "--so-pin", so_pin, "--pin", pin],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        pytest.fail(f"softhsm2-util --init-token failed: {proc.stderr.strip() or proc.stdout}")


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoftHsm]:
    util = shutil.which("softhsm2-util")
    lib = find_softhsm_library()
    if util is None or lib is None:
        pytest.fail(
            "SoftHSM2 is not installed (softhsm2-util / libsofthsm2.so missing): run "
            "`make setup` or `apt-get install softhsm2`"
        )
    root = tmp_path_factory.mktemp("softhsm")
    tokens = root / "tokens"
    tokens.mkdir()
    conf = root / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    old = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    try:
        hsm = SoftHsm(
            lib_path=lib,
            token_label="veil-test",
            pin="5678",
            so_pin="1234",
            conf=conf,
            aux_token_label="veil-test-aux",
        )
        _init_token(util, hsm.token_label, hsm.so_pin, hsm.pin)
        _init_token(util, hsm.aux_token_label, hsm.so_pin, hsm.pin)
        yield hsm
    finally:
        if old is None:
            os.environ.pop("SOFTHSM2_CONF", None)
        else:
            os.environ["SOFTHSM2_CONF"] = old
