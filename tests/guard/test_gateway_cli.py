"""`veil gateway` as a user runs it: a real process, the README's --insecure-dev example."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx2

from veil.guard.standin import Upstream, free_port

VEIL = str(Path(sys.executable).with_name("veil"))


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [VEIL, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_veil_gateway_insecure_dev_end_to_end(tmp_path: Path, veil_env: dict[str, str]) -> None:
    env = {
        **veil_env,
        "VEIL_HOME": str(tmp_path / "home"),
        "VEIL_PASSPHRASE": "a long, unusual passphrase",
        "VEIL_NER_MODEL": "none",
    }
    init = _run("init", env=env)
    assert init.returncode == 0, init.stderr
    nocert = _run("gateway", "--upstream", "https://api.example", env=env)
    assert nocert.returncode == 2 and "needs a certificate" in nocert.stderr
    bad = _run("gateway", "--upstream", "ftp://example", "--insecure-dev", env=env)
    assert bad.returncode == 2
    assert "--upstream must be an http(s) URL" in bad.stderr and "Traceback" not in bad.stderr
    data = tmp_path / "trial.csv"
    data.write_text("name,dob,diagnosis\nElena Petrova,1984-03-02,type 2 diabetes mellitus\n")
    indexed = _run("leak-index", str(data), "--source", "trial", env=env)
    assert indexed.returncode == 0, indexed.stderr
    assert "indexed 1 records of 'trial'" in indexed.stdout
    wrong = _run("leak-index", str(data), "--source", "trial", "-c", "nope", env=env)
    assert wrong.returncode == 2 and "no such column(s)" in wrong.stderr
    up = Upstream()
    up.replay = "Elena Petrova, 1984-03-02, type 2 diabetes mellitus"
    port = free_port()
    log = tmp_path / "gateway.log"
    with log.open("w") as sink:
        gw = subprocess.Popen(
            [VEIL, "gateway", "--upstream", up.url, "--insecure-dev", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=sink,
        )
    try:
        deadline = time.time() + 90
        while True:
            try:
                if httpx2.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx2.HTTPError:
                pass
            assert gw.poll() is None, log.read_text()
            assert time.time() < deadline, "the gateway did not come up"
            time.sleep(0.2)
        body = {
            "model": "any",
            "messages": [{"role": "user", "content": "Ask ann.lee@example.com, +1 415 555 0142"}],
        }
        r = httpx2.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=body, timeout=30)
        assert r.status_code == 200, r.text
        assert r.json()["choices"][0]["message"]["content"] == (
            "Noted: ann.lee@example.com, +1 415 555 0142."
        )
        assert "ann.lee@example.com" not in up.sent_text()
        assert "<EMAIL_ADDRESS_1>" in up.sent_text()
        body["messages"][0]["content"] = "REPLAY the trial"
        r = httpx2.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=body, timeout=30)
        answer = r.json()["choices"][0]["message"]["content"]
        assert "diabetes" not in answer and "[PROTECTED]" in answer
    finally:
        gw.terminate()
        gw.wait(30)
        up.stop()
    err = log.read_text()
    assert "insecure dev mode" in err and "loopback only" in err
