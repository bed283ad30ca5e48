"""`veil protect`, `veil policy …`, `veil risk` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

VEIL = Path(sys.executable).parent / "veil"
SAMPLES = Path(__file__).resolve().parents[2] / "src" / "veil" / "_samples"


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(VEIL), *args], capture_output=True, env=env, text=True, timeout=300, check=False
    )


@pytest.fixture
def env(tmp_path: Path, veil_env: dict[str, str]) -> dict[str, str]:
    e = dict(veil_env, VEIL_HOME=str(tmp_path / "home"), VEIL_PASSPHRASE="p", VEIL_NER_MODEL="none")
    assert run(["init"], e).returncode == 0
    return e


def test_protect_the_sample_patients_with_reports(env: dict[str, str], tmp_path: Path) -> None:
    out, html, js = tmp_path / "out.parquet", tmp_path / "r.html", tmp_path / "r.json"
    proc = run(
        [
            "protect",
            str(SAMPLES / "patients.csv"),
            "-p",
            str(SAMPLES / "patients-policy.yaml"),
            "-o",
            str(out),
            "--report",
            str(html),
            "--report-json",
            str(js),
            "--target",
            "diagnosis",
        ],
        env,
    )
    assert proc.returncode == 0, proc.stderr
    assert "1000 rows ->" in proc.stdout and "dropped name" in proc.stdout
    table = pl.read_parquet(out)
    assert "name" not in table.columns and "patient_id" in table.columns
    assert table["email"].str.starts_with("tok_").all()
    # k=5 and l=2 hold on the file as written
    classes = table.group_by(["zip", "birthdate", "sex"]).agg(
        pl.len().alias("n"), pl.col("diagnosis").n_unique().alias("l")
    )
    assert classes["n"].min() >= 5 and classes["l"].min() >= 2  # type: ignore[operator]
    report = json.loads(js.read_text())
    assert report["after"]["k"] >= 5 and report["before"]["k"] == 1
    assert report["utility"] is not None
    page = html.read_text()
    assert page.lower().startswith("<!doctype html>") and "<script" not in page
    assert 'src="http' not in page and 'href="http' not in page


def test_bad_input_writes_nothing(env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "t.csv"
    data.write_text("a,b\n1,x\n2,y\n")
    out = tmp_path / "out.csv"
    pol = tmp_path / "p.yaml"
    pol.write_text("columns:\n  zip: {action: drop}\n")
    bad = run(["protect", str(data), "-p", str(pol), "-o", str(out)], env)
    assert bad.returncode == 1 and "column 'zip', which the table does not have" in bad.stderr
    pol.write_text("privacy:\n  quasi_identifiers: [a]\n  k: 5\n")
    bad = run(["protect", str(data), "-p", str(pol), "-o", str(out)], env)
    assert bad.returncode == 1 and "not reachable" in bad.stderr
    pol.write_text("columns:\n  a: {action: generalize, bins: [3, 1]}\n")
    bad = run(["protect", str(data), "-p", str(pol), "-o", str(out)], env)
    assert bad.returncode == 1 and f"{pol}:2:6: columns.a: bins must be increasing" in bad.stderr
    assert not out.exists()
    assert "Traceback" not in bad.stderr


def test_policy_commands_and_risk(env: dict[str, str], tmp_path: Path) -> None:
    suggested = tmp_path / "suggested.yaml"
    proc = run(
        ["policy", "suggest", str(SAMPLES / "patients.csv"), "-o", str(suggested), "--no-ner"], env
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        run(
            ["policy", "validate", str(suggested), "--data", str(SAMPLES / "patients.csv")], env
        ).returncode
        == 0
    )
    again = run(
        ["policy", "suggest", str(SAMPLES / "patients.csv"), "-o", str(suggested), "--no-ner"], env
    )
    assert again.returncode == 2 and "not overwriting" in again.stderr
    schema = json.loads(run(["policy", "schema"], env).stdout)
    assert schema["title"] == "veil policy"
    risk = json.loads(
        run(
            [
                "risk",
                str(SAMPLES / "patients.csv"),
                "--qi",
                "zip,sex",
                "--sensitive",
                "diagnosis",
                "--json",
            ],
            env,
        ).stdout
    )
    assert risk["before"]["records"] == 1000
    bad = run(["risk", str(SAMPLES / "patients.csv"), "--qi", "nope"], env)
    assert bad.returncode == 1 and "nope" in bad.stderr
