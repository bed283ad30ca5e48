"""`veil init`, `veil keys …`, `veil encrypt/decrypt` end to end, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.softhsm import SoftHsm

VEIL = Path(sys.executable).parent / "veil"


def run(
    args: list[str], env: dict[str, str], stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(VEIL), *args], capture_output=True, env=env, input=stdin, timeout=120, check=False
    )


@pytest.fixture
def env(tmp_path: Path, veil_env: dict[str, str]) -> dict[str, str]:
    e = dict(veil_env)
    e["VEIL_HOME"] = str(tmp_path / "home")
    e["VEIL_PASSPHRASE"] = "demo passphrase"
    assert run(["init"], e).returncode == 0
    return e


def err(proc: subprocess.CompletedProcess[bytes]) -> str:
    return proc.stderr.decode()


def test_init_create_list_info_json(env: dict[str, str], tmp_path: Path) -> None:
    home = Path(env["VEIL_HOME"])
    assert (home / "keyring.json").exists() and (home / "config.json").exists()
    assert oct(home.stat().st_mode & 0o777) == "0o700"
    again = run(["init"], env)
    assert again.returncode == 1 and "already initialized" in err(again)
    assert run(["keys", "create", "pii", "--rotation-period", "90d"], env).returncode == 0
    assert run(["keys", "create", "idx", "-t", "HMAC_SHA256"], env).returncode == 0
    listed = json.loads(run(["keys", "list", "--json"], env).stdout)
    assert [(k["name"], k["template"], k["rotation_period"]) for k in listed] == [
        ("idx", "HMAC_SHA256", None),
        ("pii", "AES256_GCM", "90d"),
    ]
    bad = run(["keys", "create", "x", "-t", "ROT13"], env)
    assert bad.returncode == 2 and "unknown key template" in err(bad)
    bad = run(["keys", "create", "y", "--rotation-period", "soon"], env)
    assert bad.returncode == 2 and "bad duration" in err(bad)
    table = run(["keys", "info", "pii"], env)
    assert table.returncode == 0 and b"keyset pii" in table.stdout


def test_encrypt_decrypt_rotate_rewrap_destroy(env: dict[str, str], tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 123)
    (tmp_path / "p.bin").write_bytes(data)
    assert run(["keys", "create", "files"], env).returncode == 0
    enc = run(
        ["encrypt", "--key", "files", str(tmp_path / "p.bin"), "-o", str(tmp_path / "c")], env
    )
    assert enc.returncode == 0, err(enc)
    assert data[:64] not in (tmp_path / "c").read_bytes()
    assert run(["keys", "rotate", "files"], env).returncode == 0
    rw = run(["keys", "rewrap", "files", str(tmp_path / "c")], env)
    assert rw.returncode == 0 and b"rewrapped 1" in rw.stdout
    refused = run(["keys", "destroy", "files", "1"], env)  # no --yes, no terminal
    assert refused.returncode == 2 and "--yes" in err(refused)
    assert run(["keys", "destroy", "files", "1", "--yes"], env).returncode == 0
    dec = run(["decrypt", str(tmp_path / "c"), "-o", str(tmp_path / "out")], env)
    assert dec.returncode == 0, err(dec)
    assert (tmp_path / "out").read_bytes() == data
    info = json.loads(run(["keys", "info", "files", "--json"], env).stdout)
    assert [(v["version"], v["state"]) for v in info["versions"]] == [
        (1, "destroyed"),
        (2, "enabled"),
    ]


def test_stdin_stdout_pipeline(env: dict[str, str]) -> None:
    assert run(["keys", "create", "pipe"], env).returncode == 0
    data = os.urandom(2_500_000)
    enc = run(["encrypt", "--key", "pipe", "-", "-o", "-"], env, stdin=data)
    assert enc.returncode == 0 and enc.stdout[:4] == b"VEIL"
    dec = run(["decrypt", "-", "-o", "-"], env, stdin=enc.stdout)
    assert dec.returncode == 0 and dec.stdout == data


def test_bad_input_is_one_line_exit_1_and_no_output(env: dict[str, str], tmp_path: Path) -> None:
    assert run(["keys", "create", "files"], env).returncode == 0
    (tmp_path / "p").write_bytes(b"patient notes " * 1000)
    assert (
        run(
            ["encrypt", "-k", "files", str(tmp_path / "p"), "-o", str(tmp_path / "c")], env
        ).returncode
        == 0
    )
    blob = (tmp_path / "c").read_bytes()
    cases = {
        "flipped": blob[:-30] + bytes([blob[-30] ^ 1]) + blob[-29:],
        "truncated": blob[: len(blob) // 2],
        "other format": b"PK\x03\x04 a zip file, not veil",
        "empty": b"",
    }
    for name, bad in cases.items():
        (tmp_path / "bad").write_bytes(bad)
        out = tmp_path / "out"
        proc = run(["decrypt", str(tmp_path / "bad"), "-o", str(out)], env)
        assert proc.returncode == 1, name
        lines = err(proc).strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error:"), (name, lines)
        assert "Traceback" not in err(proc)
        assert not out.exists(), name
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    wrong = dict(env, VEIL_PASSPHRASE="not it")
    proc = run(["decrypt", str(tmp_path / "c"), "-o", str(tmp_path / "out")], wrong)
    assert proc.returncode == 1 and "wrong passphrase" in err(proc)
    assert not (tmp_path / "out").exists()
    # encryption opens the keyring while it streams: a wrong passphrase still leaves nothing
    (tmp_path / "big").write_bytes(os.urandom(8 * 1024 * 1024))
    proc = run(["encrypt", "-k", "files", str(tmp_path / "big"), "-o", str(tmp_path / "e")], wrong)
    assert proc.returncode == 1 and "wrong passphrase" in err(proc)
    assert not (tmp_path / "e").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    proc = run(["encrypt", "-k", "nope", str(tmp_path / "p"), "-o", str(tmp_path / "x")], env)
    assert proc.returncode == 1 and "no keyset named 'nope'" in err(proc)
    proc = run(["keys", "list"], dict(env, VEIL_HOME=str(tmp_path / "nowhere")))
    assert proc.returncode == 1 and "veil init" in err(proc)


def test_pkcs11_keyring_from_the_cli(
    softhsm: SoftHsm, tmp_path: Path, veil_env: dict[str, str]
) -> None:
    e = dict(veil_env)
    e.update(
        VEIL_HOME=str(tmp_path / "hsm-home"),
        VEIL_KEK="pkcs11",
        VEIL_PKCS11_LIB=softhsm.lib_path,
        VEIL_PKCS11_TOKEN=softhsm.token_label,
        VEIL_PKCS11_PIN=softhsm.pin,
        VEIL_PKCS11_KEY_LABEL="veil-cli-test",
        SOFTHSM2_CONF=str(softhsm.conf),
    )
    init = run(["init"], e)
    assert init.returncode == 0, err(init)
    backend = json.loads(run(["keys", "backend", "--json"], e).stdout)
    assert backend["backend"] == "pkcs11" and backend["key_label"] == "veil-cli-test"
    assert softhsm.pin not in json.dumps(backend)
    assert run(["keys", "create", "files"], e).returncode == 0
    (tmp_path / "p").write_bytes(b"x" * 10_000)
    assert (
        run(
            ["encrypt", "-k", "files", str(tmp_path / "p"), "-o", str(tmp_path / "c")], e
        ).returncode
        == 0
    )
    assert run(["decrypt", str(tmp_path / "c"), "-o", str(tmp_path / "d")], e).returncode == 0
    assert (tmp_path / "d").read_bytes() == b"x" * 10_000
    wrong = run(["keys", "list"], dict(e, VEIL_PKCS11_PIN="0000"))
    assert wrong.returncode == 1 and "PIN" in err(wrong)


def test_migrate_local_keyring_to_the_hsm(
    env: dict[str, str], softhsm: SoftHsm, tmp_path: Path
) -> None:
    assert run(["keys", "create", "files"], env).returncode == 0
    (tmp_path / "p").write_bytes(b"before migration")
    assert (
        run(
            ["encrypt", "-k", "files", str(tmp_path / "p"), "-o", str(tmp_path / "c")], env
        ).returncode
        == 0
    )
    hsm = dict(
        env,
        VEIL_PKCS11_LIB=softhsm.lib_path,
        VEIL_PKCS11_TOKEN=softhsm.token_label,
        VEIL_PKCS11_PIN=softhsm.pin,
        VEIL_PKCS11_KEY_LABEL="veil-migrate-test",
        SOFTHSM2_CONF=str(softhsm.conf),
    )
    moved = run(["keys", "backend", "--migrate-to", "pkcs11"], hsm)
    assert moved.returncode == 0, err(moved)
    no_pass = {k: v for k, v in hsm.items() if k != "VEIL_PASSPHRASE"}
    dec = run(["decrypt", str(tmp_path / "c"), "-o", str(tmp_path / "d")], no_pass)
    assert dec.returncode == 0, err(dec)
    assert (tmp_path / "d").read_bytes() == b"before migration"


def test_parquet_columns_encrypt_and_decrypt(env: dict[str, str], tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    assert run(["keys", "create", "cols"], env).returncode == 0
    table = pa.table({"name": ["Ada Lovelace", "Alan Turing"] * 50, "ssn": ["123-45-6789"] * 100})
    pq.write_table(table, tmp_path / "p.parquet")
    enc = run(
        [
            "encrypt",
            "-k",
            "cols",
            str(tmp_path / "p.parquet"),
            "-o",
            str(tmp_path / "e.parquet"),
            "--columns",
            "ssn",
            "--plaintext-footer",
        ],
        env,
    )
    assert enc.returncode == 0, err(enc)
    assert b"123-45-6789" not in (tmp_path / "e.parquet").read_bytes()
    # plain pyarrow without keys still reads the column that was not encrypted
    assert pq.read_table(tmp_path / "e.parquet", columns=["name"]).num_rows == 100
    dec = run(["decrypt", str(tmp_path / "e.parquet"), "-o", str(tmp_path / "d.parquet")], env)
    assert dec.returncode == 0, err(dec)
    assert pq.read_table(tmp_path / "d.parquet").equals(table)
    bad = run(
        [
            "encrypt",
            "-k",
            "cols",
            str(tmp_path / "p.parquet"),
            "-o",
            str(tmp_path / "x.parquet"),
            "--columns",
            "nope",
        ],
        env,
    )
    assert bad.returncode == 2 and "no column named 'nope'" in err(bad)
    assert not (tmp_path / "x.parquet").exists()
