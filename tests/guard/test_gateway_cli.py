"""`veil gateway` as a user runs it: a real process, the README's --insecure-dev example."""

from __future__ import annotations

import re
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


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    return [int(x) for x in out.stdout.split()]


def test_veil_gateway_workers_serve_tls13_and_share_placeholders(
    tmp_path: Path, veil_env: dict[str, str]
) -> None:
    """`--workers 2` over TLS: two processes on one port, each refusing TLS 1.2, any of them
    restoring the placeholders another made; stopping the parent stops them all."""
    import ssl
    from concurrent.futures import ThreadPoolExecutor

    from veil.crypto.certs import make_dev_certs

    certs = make_dev_certs(tmp_path / "certs")
    env = {
        **veil_env,
        "VEIL_HOME": str(tmp_path / "home"),
        "VEIL_PASSPHRASE": "a long, unusual passphrase",
        "VEIL_NER_MODEL": "none",
    }
    assert _run("init", env=env).returncode == 0
    # the gateway's callers are the service's clients: one whose role sees plain values
    policy = tmp_path / "policy.cedar"
    policy.write_text(
        'permit (principal in Veil::Role::"fraud-analyst", action in '
        '[Veil::Action::"tokenize", Veil::Action::"detokenize"], resource);\n'
    )
    env["VEIL_ACCESS_POLICY"] = str(policy)
    made = _run("clients", "create", "app", "--role", "fraud-analyst", env=env)
    assert made.returncode == 0, made.stderr
    secret = re.search(r"client_secret: (\S+)", made.stdout)
    assert secret is not None
    token = _token(env, secret.group(1))
    up = Upstream()
    port = free_port()
    log = tmp_path / "gateway.log"
    cmd = [VEIL, "gateway", "--upstream", up.url, "--port", str(port), "--host", "127.0.0.1",
           "--cert", str(certs.cert), "--key", str(certs.key), "--workers", "2"]  # fmt: skip
    with log.open("w") as sink:
        gw = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=sink)
    ctx = ssl.create_default_context(cafile=str(certs.ca))
    base = f"https://localhost:{port}"
    try:
        with httpx2.Client(verify=ctx, timeout=30) as client:
            deadline = time.time() + 120
            while len(_children(gw.pid)) < 2 or not _up(client, base):
                assert gw.poll() is None, log.read_text()
                assert time.time() < deadline, "the gateway did not come up"
                time.sleep(0.3)
            old = ssl.create_default_context(cafile=str(certs.ca))
            old.maximum_version = ssl.TLSVersion.TLSv1_2
            with httpx2.Client(verify=old, timeout=10) as legacy:
                for _ in range(4):  # whichever worker accepts, TLS 1.2 is refused
                    try:
                        legacy.get(f"{base}/healthz")
                        raise AssertionError("a TLS 1.2 client was served")
                    except httpx2.ConnectError:
                        pass
            auth = {"authorization": f"Bearer {token}", "x-veil-conversation": "shared"}

            def ask(k: int) -> tuple[str, str]:
                email = f"person{k}@example.org"
                body = {"model": "m", "messages": [{"role": "user", "content": f"Mail {email}"}]}
                r = client.post(f"{base}/v1/chat/completions", json=body, headers=auth)
                assert r.status_code == 200, r.text
                return email, r.json()["choices"][0]["message"]["content"]

            with ThreadPoolExecutor(8) as pool:
                answers = list(pool.map(ask, range(24)))
        for email, answer in answers:
            assert answer == f"Noted: {email}."
        sent = up.sent_text()
        names = {m for m in re.findall(r"<EMAIL_ADDRESS_\d+>", sent)}
        assert len(names) == 24 and not any(f"person{k}@" in sent for k in range(24))
    finally:
        workers = _children(gw.pid)
        gw.terminate()
        gw.wait(60)
        up.stop()
    time.sleep(0.5)
    assert not [p for p in workers if _running(p)], "workers outlived the parent"
    assert "2 processes" in log.read_text()


def _running(pid: int) -> bool:
    """Alive and not a zombie (an exited child that no one reaped yet)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _up(client: httpx2.Client, base: str) -> bool:
    try:
        return client.get(f"{base}/healthz").status_code == 200
    except httpx2.HTTPError:
        return False


def _token(env: dict[str, str], secret: str) -> str:
    """An access token of client "app", as the service would issue it."""
    import os

    from veil.access import Directory
    from veil.audit import open_audit_log
    from veil.config import Settings
    from veil.keys import open_keyring
    from veil.store import open_store

    saved = dict(os.environ)
    os.environ.update(env)
    try:
        settings = Settings()
        ring = open_keyring(settings)
        store = open_store(settings)
        try:
            audit = open_audit_log(settings, store=store, keyring=ring)
            return str(Directory(store, ring, audit, settings).client_token("app", secret)[0])
        finally:
            store.close()
            ring.close()
    finally:
        os.environ.clear()
        os.environ.update(saved)
