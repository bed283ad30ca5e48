"""`veil vault …`, `veil tokenize`, `veil detokenize`, `veil audit …` as a user runs them,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

VEIL = Path(sys.executable).parent / "veil"


def run(
    args: list[str], env: dict[str, str], stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(VEIL), *args],
        capture_output=True,
        env=env,
        input=None if stdin is None else stdin.decode(),
        text=True,
        timeout=120,
        check=False,
    )


def _env(tmp_path: Path, veil_env: dict[str, str], database_url: str | None) -> dict[str, str]:
    e = dict(veil_env)
    e["VEIL_HOME"] = str(tmp_path / "home")
    e["VEIL_PASSPHRASE"] = "demo passphrase"
    if database_url is not None:
        e["VEIL_DATABASE_URL"] = database_url
    assert run(["init"], e).returncode == 0
    return e


@pytest.fixture
def env(tmp_path: Path, veil_env: dict[str, str]) -> dict[str, str]:
    """The embedded default: SQLite under VEIL_HOME (each CLI call costs ~1 s of start-up,
    so only the main round trip runs on both databases)."""
    return _env(tmp_path, veil_env, None)


@pytest.fixture
def both_env(tmp_path: Path, veil_env: dict[str, str], database_url: str) -> dict[str, str]:
    return _env(tmp_path, veil_env, database_url)


def ok(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_namespace_tokenize_detokenize(both_env: dict[str, str], tmp_path: Path) -> None:
    env = both_env
    ok(run(["vault", "namespace", "create", "ssn", "--format", "deterministic"], env))
    ok(run(["vault", "namespace", "create", "card", "--format", "fpe", "--keep-last", "4"], env))
    ok(run(["vault", "namespace", "create", "otp", "--format", "random", "--ttl", "30d"], env))
    spaces = json.loads(ok(run(["vault", "namespace", "list", "--json"], env)))
    assert [(s["name"], s["format"], s["ttl_seconds"]) for s in spaces] == [
        ("card", "format-preserving", None),
        ("otp", "random", 30 * 86400),
        ("ssn", "deterministic", None),
    ]
    tokens = ok(run(["tokenize", "-n", "ssn", "123-45-6789", "987-65-4321"], env)).split()
    assert len(tokens) == 2 and all(t.startswith("tok_") for t in tokens)
    # --input: one value per line, tokens in input order, the same for the same value
    values = tmp_path / "ssns.txt"
    values.write_text("987-65-4321\n111-22-3333\n123-45-6789\n")
    again = ok(run(["tokenize", "-n", "ssn", "--input", str(values)], env)).split()
    assert again[0] == tokens[1] and again[2] == tokens[0]
    assert ok(run(["detokenize", *tokens], env)).splitlines() == ["123-45-6789", "987-65-4321"]
    assert ok(run(["detokenize", "--view", "masked", tokens[0]], env)) == "***-**-6789\n"
    assert ok(run(["detokenize", "--view", "last4", "-i", "-"], env, "\n".join(again).encode()))
    card = json.loads(ok(run(["tokenize", "-n", "card", "--json", "4111 1111 1111 1111"], env)))
    assert card["index"] == 0 and card["token"].endswith(" 1111") and len(card["token"]) == 19
    stdin = ok(run(["tokenize", "-n", "card", "-i", "-"], env, b"4111 1111 1111 1111\n"))
    assert stdin.strip() == card["token"]
    out = json.loads(ok(run(["detokenize", "--json", card["token"]], env)))
    assert out == {
        "index": 0,
        "token": card["token"],
        "value": "4111 1111 1111 1111",
        "view": "plain",
    }


def test_bad_input_is_one_clear_line(env: dict[str, str], tmp_path: Path) -> None:
    bad = run(["tokenize", "-n", "nope", "x"], env)
    assert bad.returncode == 1 and "unknown namespace 'nope'" in bad.stderr
    assert "Traceback" not in bad.stderr
    ok(run(["vault", "namespace", "create", "ssn", "--format", "deterministic"], env))
    bad = run(["detokenize", "tok_doesnotexist"], env)
    assert bad.returncode == 1 and "is unknown" in bad.stderr
    bad = run(["vault", "namespace", "create", "x", "--format", "magic"], env)
    assert bad.returncode == 2 and "unknown token format" in bad.stderr
    bad = run(["tokenize", "-n", "ssn"], env)
    assert bad.returncode == 2 and "no values" in bad.stderr
    f = tmp_path / "values.txt"
    f.write_text("a\n\nb\n")
    bad = run(["tokenize", "-n", "ssn", "-i", str(f)], env)
    assert bad.returncode == 1 and "values.txt:2: empty line" in bad.stderr
    f.write_bytes(b"ok\n\xff\xfe\n")
    bad = run(["tokenize", "-n", "ssn", "-i", str(f)], env)
    assert bad.returncode == 1 and "values.txt:2: not valid UTF-8" in bad.stderr
    bad = run(["detokenize", "--view", "raw", "tok_x"], env)
    assert bad.returncode == 2 and "unknown view" in bad.stderr


def test_erase_subject(env: dict[str, str]) -> None:
    ok(run(["vault", "namespace", "create", "email", "--format", "random"], env))
    [tok] = ok(run(["tokenize", "-n", "email", "--subject", "c-7", "a@example.com"], env)).split()
    out = ok(run(["vault", "erase-subject", "c-7"], env))
    assert "erased: 1 token(s)" in out and "1 destroyed" in out
    bad = run(["detokenize", tok], env)
    assert bad.returncode == 1 and "erased" in bad.stderr


def test_audit_commands(env: dict[str, str], tmp_path: Path) -> None:
    ok(run(["vault", "namespace", "create", "ssn", "--format", "deterministic"], env))
    for i in range(3):
        ok(run(["tokenize", "-n", "ssn", "--purpose", "training", f"00{i}-45-6789"], env))
    tail = [
        json.loads(x) for x in ok(run(["audit", "tail", "--json", "-n", "2"], env)).split("\n") if x
    ]
    assert [(t["seq"], t["action"], t["purpose"]) for t in tail] == [
        (2, "tokenize", "training"),
        (3, "tokenize", "training"),
    ]
    assert "6789" not in json.dumps(tail)  # HMACs, not values
    exported = tmp_path / "checkpoint.txt"
    proc = run(["audit", "checkpoint", "--export", str(exported)], env)
    assert proc.returncode == 0 and "verifier key: veil/" in proc.stderr
    assert exported.read_text().split("\n")[1] == "4"
    proof = json.loads(ok(run(["audit", "proof", "--seq", "1"], env)))
    assert proof["seq"] == 1 and proof["tree_size"] == 4 and len(proof["inclusion_path"]) == 2
    report = json.loads(ok(run(["audit", "verify", "--json", "--witness", str(exported)], env)))
    assert report["ok"] and report["entries"] == 4 and report["unsigned_tail"] == 0
    bad = run(["audit", "proof", "--seq", "99"], env)
    assert bad.returncode == 2 and "no audit event with seq 99" in bad.stderr
    bogus = tmp_path / "bogus.txt"
    bogus.write_text("not a checkpoint\n")
    bad = run(["audit", "verify", "--witness", str(bogus)], env)
    assert bad.returncode == 1 and "checkpoint" in bad.stderr


def test_audit_verify_names_the_rewritten_entry(tmp_path: Path, veil_env: dict[str, str]) -> None:
    env = dict(veil_env, VEIL_HOME=str(tmp_path / "home"), VEIL_PASSPHRASE="p")
    ok(run(["init"], env))
    ok(run(["vault", "namespace", "create", "ssn", "--format", "deterministic"], env))
    for i in range(4):
        ok(run(["tokenize", "-n", "ssn", f"00{i}-45-6789"], env))
    ok(run(["audit", "checkpoint"], env))
    db = sqlite3.connect(tmp_path / "home" / "veil.db")
    db.execute("DROP TRIGGER audit_events_no_update")
    db.execute("UPDATE audit_events SET principal = 'mallory' WHERE seq = 3")
    db.commit()
    db.close()
    bad = run(["audit", "verify"], env)
    assert bad.returncode == 1
    assert (
        "FAILED; first bad entry: seq 3" in bad.stderr and "entry seq 3 was changed" in bad.stderr
    )
