"""Added latency of the LLM gateway (issue 7), against calling the upstream directly.

In one run:

* an OpenAI-compatible stand-in upstream (``veil/guard/standin.py``) serves in its own
  process; it answers at once, so what is measured is the gateway's cost;
* the gateway (``veil gateway --insecure-dev`` equivalent: no TLS, no client auth, the
  default detector with its NER model, SQLite in a temp ``VEIL_HOME``) serves in another;
* one client sends ~2 KB prompts full of names, e-mails and phone numbers (from
  ``bench/corpus.py``), first to the upstream, then through the gateway, alternating per
  round: p50/p99 latency of non-streamed calls, time to first token of streamed calls,
  then throughput with 16 concurrent callers through the gateway.

Targets: <= 10 ms p50 and <= 30 ms p99 added; >= 100 requests/s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import httpx2  # noqa: E402

TARGET_P50, TARGET_P99, TARGET_RPS = 10.0, 30.0, 100.0


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def prompts(n: int, size: int = 2000) -> list[str]:
    import corpus

    docs = [d["text"] for d in corpus.generate(n * 8, seed=7)]
    out, cur = [], ""
    for t in docs:
        cur += t + "\n\n"
        if len(cur) >= size:
            out.append(cur[:size])
            cur = ""
        if len(out) == n:
            break
    return out


def serve_upstream(port: int) -> None:
    from veil.guard.standin import Upstream

    u = Upstream()  # serves on a free port, in a thread of this process
    log(f"upstream on {u.url}")
    print(json.dumps({"port": u.port}), flush=True)
    while True:
        time.sleep(3600)


def serve_gateway(upstream: str, port: int, home: str, workers: int) -> None:
    from veil.config import get_settings
    from veil.guard.gateway import serve_gateway as serve
    from veil.keys import KdfParams, init_keyring

    # as `veil gateway --insecure-dev --workers N` runs it, configured by the environment;
    # the corpus prompts hold secrets too: redact them so every request reaches the model
    os.environ.update(
        {"VEIL_HOME": home, "VEIL_PASSPHRASE": "bench passphrase", "VEIL_GUARD_SECRETS": "redact"}
    )
    settings = get_settings()
    init_keyring(settings, kdf=KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)).close()
    serve(settings, upstream, host="127.0.0.1", port=port, insecure_dev=True, workers=workers,
          log_level="warning")  # fmt: skip


def start(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, env=os.environ
    )


def wait_ready(url: str) -> None:
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx2.get(url, timeout=1).status_code < 500:
                return
        except httpx2.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} did not come up")


def _tree(pid: int) -> list[int]:
    """The process and its children (the gateway's worker processes)."""
    kids = Path(f"/proc/{pid}/task/{pid}/children")
    out = [pid]
    for k in kids.read_text().split() if kids.exists() else []:
        out += _tree(int(k))
    return out


def _cpu(pids: list[int]) -> float:
    """CPU seconds (user + system) the processes have used."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))]


def fresh(text: str) -> str:
    """The text, made unique: the gateway remembers the findings of texts it has seen (a
    chat resends its history), and a single-shot benchmark must not profit from that."""
    return f"Request {uuid.uuid4().hex[:12]}. {text}"


def one(client: httpx2.Client, base: str, text: str, i: int) -> float:
    body = {"model": "stand-in", "messages": [{"role": "user", "content": fresh(text)}]}
    t0 = time.perf_counter()
    r = client.post(f"{base}/v1/chat/completions", json=body,
                    headers={"x-veil-conversation": f"bench-{i}"})  # fmt: skip
    dt = (time.perf_counter() - t0) * 1000
    if r.status_code != 200:
        raise SystemExit(f"{base}: {r.status_code} {r.text[:300]}")
    return dt


def conversation(client: httpx2.Client, base: str, texts: list[str], i: int) -> list[float]:
    """A chat of len(texts) turns, each resending the history: ms of turns 2.."""
    messages: list[dict[str, str]] = []
    ms = []
    for turn, text in enumerate(texts):
        messages.append({"role": "user", "content": fresh(text) if turn == 0 else text})
        body = {"model": "stand-in", "messages": messages}
        t0 = time.perf_counter()
        r = client.post(f"{base}/v1/chat/completions", json=body,
                        headers={"x-veil-conversation": f"bench-t{i}"})  # fmt: skip
        if turn:
            ms.append((time.perf_counter() - t0) * 1000)
        answer = r.json()["choices"][0]["message"]["content"]
        messages.append({"role": "assistant", "content": answer})
    return ms


def ttft(client: httpx2.Client, base: str, text: str, i: int) -> float:
    body = {
        "model": "stand-in",
        "stream": True,
        "messages": [{"role": "user", "content": fresh(text)}],
    }
    t0 = time.perf_counter()
    with client.stream("POST", f"{base}/v1/chat/completions", json=body,
                       headers={"x-veil-conversation": f"bench-s{i}"}) as r:  # fmt: skip
        for line in r.iter_lines():
            if line.startswith("data: {"):
                ev = json.loads(line[6:])
                if any((c.get("delta") or {}).get("content") for c in ev["choices"]):
                    return (time.perf_counter() - t0) * 1000
    raise SystemExit("no token in the stream")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="calls per case per round (default 200)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--workers", type=int, default=2, help="gateway processes (default 2)")
    ap.add_argument("--seconds", type=float, default=10.0, help="throughput phase length")
    ap.add_argument("--json", help="write the numbers here")
    ap.add_argument("--serve-upstream", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--serve-gateway", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve_upstream is not None:
        serve_upstream(args.serve_upstream)
        return 0
    if args.serve_gateway:
        u, p, h, w = args.serve_gateway
        serve_gateway(u, int(p), h, int(w))
        return 0

    from veil.guard.standin import free_port

    texts = prompts(max(args.n, 50))
    log(f"{len(texts)} prompts of {len(texts[0])} characters")
    up = start(["--serve-upstream", "0"])
    assert up.stdout is not None
    upstream = f"http://127.0.0.1:{json.loads(up.stdout.readline())['port']}"
    home = tempfile.mkdtemp(prefix="veil-gw-bench-")
    gport = free_port()
    gw = start(["--serve-gateway", upstream, str(gport), home, str(args.workers)])
    gateway = f"http://127.0.0.1:{gport}"
    try:
        wait_ready(f"{gateway}/healthz")
        res: dict[str, dict[str, list[float]]] = {
            k: {"p50": [], "p99": []}
            for k in (
                "direct",
                "gateway",
                "ttft direct",
                "ttft gateway",
                "turn direct",
                "turn gateway",
            )
        }
        short = [t[:400] for t in texts]
        with httpx2.Client(timeout=60) as client:
            for i in range(20):  # warm-up: connections, caches, the model
                one(client, gateway, texts[i % len(texts)], i)
                one(client, upstream, texts[i % len(texts)], i)
            for rnd in range(args.rounds):
                order = [("direct", upstream), ("gateway", gateway)]
                for name, base in order if rnd % 2 == 0 else order[::-1]:
                    ms = [one(client, base, texts[i % len(texts)], i) for i in range(args.n)]
                    res[name]["p50"].append(pct(ms, 0.5))
                    res[name]["p99"].append(pct(ms, 0.99))
                    st = [ttft(client, base, texts[i % len(texts)], i) for i in range(args.n // 2)]
                    res[f"ttft {name}"]["p50"].append(pct(st, 0.5))
                    res[f"ttft {name}"]["p99"].append(pct(st, 0.99))
                    turns = [
                        x
                        for c in range(args.n // 10)
                        for x in conversation(
                            client, base, short[c * 6 % 150 :][:6], rnd * 1000 + c
                        )
                    ]
                    res[f"turn {name}"]["p50"].append(pct(turns, 0.5))
                    res[f"turn {name}"]["p99"].append(pct(turns, 0.99))
                log(
                    f"round {rnd + 1}: p50 direct {res['direct']['p50'][-1]:.2f} ms, "
                    f"gateway {res['gateway']['p50'][-1]:.2f} ms"
                )

        def worker(k: int) -> int:
            done = 0
            with httpx2.Client(timeout=60) as c:
                end = time.time() + args.seconds
                while time.time() < end:
                    one(c, gateway, texts[(k + done) % len(texts)], 10_000 + k * 1000 + done)
                    done += 1
            return done

        procs = {"gateway": _tree(gw.pid), "stand-in upstream": _tree(up.pid),
                 "load client": [os.getpid()]}  # fmt: skip
        cpu0 = {k: _cpu(v) for k, v in procs.items()}
        per0 = {pid: _cpu([pid]) for pid in procs["gateway"]}
        t0 = time.time()
        with ThreadPoolExecutor(args.concurrency) as pool:
            total = sum(pool.map(worker, range(args.concurrency)))
        wall = time.time() - t0
        rps = total / wall
        cpu = {k: (_cpu(v) - cpu0[k]) for k, v in procs.items()}
        each = {pid: _cpu([pid]) - per0[pid] for pid in procs["gateway"]}
        log("gateway processes, CPU seconds each: " + ", ".join(f"{v:.1f}" for v in each.values()))
    finally:
        gw.terminate()
        up.terminate()
        gw.wait(10)
        up.wait(10)

    med = {k: {q: statistics.median(v[q]) for q in v} for k, v in res.items()}
    added = {q: med["gateway"][q] - med["direct"][q] for q in ("p50", "p99")}
    added_ttft = med["ttft gateway"]["p50"] - med["ttft direct"]["p50"]
    added_turn = med["turn gateway"]["p50"] - med["turn direct"]["p50"]
    print("\n== LLM gateway, ~2 KB prompts with names (median of rounds) ==")
    print(f"{'case':14s} {'p50 ms':>8s} {'p99 ms':>8s}")
    for k, v in med.items():
        print(f"{k:14s} {v['p50']:8.2f} {v['p99']:8.2f}")
    print(f"\nadded p50 {added['p50']:.2f} ms (target <= {TARGET_P50:g}), "
          f"added p99 {added['p99']:.2f} ms (target <= {TARGET_P99:g}), "
          f"added time to first token p50 {added_ttft:.2f} ms")  # fmt: skip
    print(f"multi-turn chat (6 turns of ~400 characters, history resent): added p50 "
          f"{added_turn:.2f} ms per turn after the first")  # fmt: skip
    print(f"throughput through the gateway, {args.concurrency} callers: {rps:.1f} requests/s "
          f"(target >= {TARGET_RPS:g})")  # fmt: skip
    print("CPU during the throughput phase, ms per request: "
          + ", ".join(f"{k} {v * 1000 / max(total, 1):.1f}" for k, v in cpu.items())
          + f" (the machine's {os.cpu_count()} cores: {sum(cpu.values()) / wall * 100:.0f}% busy"
          f" of {os.cpu_count() * 100}%)")  # fmt: skip
    met = added["p50"] <= TARGET_P50 and added["p99"] <= TARGET_P99 and rps >= TARGET_RPS
    print(f"targets: {'MET' if met else 'NOT MET'}")
    if args.json:
        per_request = {k: v * 1000 / max(total, 1) for k, v in cpu.items()}
        out = {"median": med, "added": added, "added_ttft_p50": added_ttft,
               "added_turn_p50": added_turn, "rps": rps,
               "cpu_ms_per_request": per_request}  # fmt: skip
        Path(args.json).write_text(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
