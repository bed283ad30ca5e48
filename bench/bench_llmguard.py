"""veil against LLM Guard's regex and secrets scanners on the gateway's ~2 KB prompts
(issue 7: "run LLM Guard's regex/secrets scanners side by side").

In one run: the prompts of ``bench_gateway.py``; veil's detector timed per prompt in this
process (pattern-only, and with names and places); then LLM Guard 0.3.16's ``Regex`` and
``Secrets`` input scanners timed per prompt by ``bench/llmguard/scan_llmguard.py`` in
LLM Guard's own virtualenv (it needs torch and transformers, which veil does not), and
the ratios. LLM Guard's ``Anonymize`` scanner is not run: it needs a Hugging Face model
that cannot be downloaded here.

    make bench-llmguard        # creates .venv-llmguard once, then runs this

Both time ``scan(prompt)`` / ``find(prompt)`` per prompt (warm-up 20 prompts, p50 and
p99 over the prompts per pass, median of 3 passes). veil's ``find`` detects; LLM Guard's
``scan`` also writes the redacted text (veil's replacement costs a further ~0.05 ms).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def time_veil(find: object, prompts: list[str], repeats: int) -> dict[str, float]:
    p50s, p99s = [], []
    for _ in range(repeats):
        ms = []
        for p in prompts:
            t0 = time.perf_counter()
            find(p)  # type: ignore[operator]
            ms.append((time.perf_counter() - t0) * 1000)
        p50s.append(pct(ms, 0.5))
        p99s.append(pct(ms, 0.99))
    return {"p50_ms": statistics.median(p50s), "p99_ms": statistics.median(p99s)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--llmguard-python", default=str(ROOT / ".venv-llmguard" / "bin" / "python"))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", help="write the numbers here")
    args = ap.parse_args()
    if not Path(args.llmguard_python).exists():
        print(f"no LLM Guard environment at {args.llmguard_python}: run `make bench-llmguard`")
        return 2

    import bench_gateway
    from veil.detect import Detector

    prompts = bench_gateway.prompts(200)
    print(f"{len(prompts)} prompts of {len(prompts[0])} characters", file=sys.stderr)
    veil: dict[str, dict[str, float]] = {}
    for name, det in (
        ("veil pattern-only", Detector(processes=1, ner=False)),
        ("veil with names and places", Detector(processes=1)),
    ):
        det.warmup()
        for p in prompts[:20]:
            det.find(p)
        veil[name] = time_veil(det.find, prompts, args.repeats)
        det.close()
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "prompts.json", Path(tmp) / "llmguard.json"
        src.write_text(json.dumps(prompts))
        subprocess.run(
            [args.llmguard_python, str(ROOT / "bench" / "llmguard" / "scan_llmguard.py"),
             "--prompts", str(src), "--out", str(out), "--repeats", str(args.repeats)],
            check=True,
            stdout=sys.stderr,
        )  # fmt: skip
        lg = json.loads(out.read_text())
    r = lg["results"]
    rows = [
        ("LLM Guard Regex (5 patterns)", r["llmguard_regex"]),
        ("LLM Guard Secrets", r["llmguard_secrets"]),
        ("LLM Guard Regex + Secrets", r["llmguard_chained"]),
        *veil.items(),
    ]
    print(f"\n== veil vs LLM Guard {lg['llm_guard_version']}, {len(prompts)} prompts of ~2 KB ==")
    print(f"{'case':30s} {'p50 ms':>8s} {'p99 ms':>8s}")
    for name, v in rows:
        print(f"{name:30s} {v['p50_ms']:8.2f} {v['p99_ms']:8.2f}")
    chained = r["llmguard_chained"]["p50_ms"]
    for name, v in veil.items():
        print(f"{name}: {chained / v['p50_ms']:.1f}x faster than LLM Guard Regex + Secrets (p50)")
    sec = lg["detections"]["llmguard_secrets"]
    print(
        f"LLM Guard Secrets: {sec['secrets_found']} secrets in "
        f"{sec.get('prompts_flagged', '?')} prompts; output differs "
        f"from a correct redaction in {sec['output_differs_from_correct_redaction']}; a found "
        f"secret is still in the output in {sec['prompts_with_found_secret_left_in_output']}"
    )
    if args.json:
        Path(args.json).write_text(json.dumps({"veil": veil, "llm_guard": lg}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
