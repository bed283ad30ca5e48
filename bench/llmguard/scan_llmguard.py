"""Latency of LLM Guard's Regex and Secrets input scanners on ~2 KB prompts.

Runs in its own virtualenv (llm-guard 0.3.16 with the CPU torch 2.13.0; `make
bench-llmguard` creates it), started by ``bench/bench_llmguard.py``, which times veil on
the same prompts in the same run. Reads a prompts JSON file (a list of strings), writes
the numbers as JSON, prints a table.

Timing: each scanner's scan(prompt) is timed per prompt with perf_counter;
p50/p99 are taken over all prompts for one pass, three passes are run, and the
median of the three p50s (and of the three p99s) is reported.

LLM Guard's logging is set to ERROR so the per-detection WARNING lines
(structlog, printed to stdout by default) are not part of the timing.
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
from importlib.metadata import version
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from detect_secrets.core.secrets_collection import SecretsCollection
from detect_secrets.settings import transient_settings
from llm_guard import scan_prompt
from llm_guard.input_scanners import Regex, Secrets
from llm_guard.input_scanners.anonymize_helpers.regex_patterns import (
    DEFAULT_REGEX_PATTERNS,
)
from llm_guard.util import configure_logger

# The Regex scanner has no default patterns (``patterns`` is a required argument).
# Email, credit card and SSN are taken verbatim from LLM Guard's own Anonymize
# defaults (anonymize_helpers/regex_patterns.py); LLM Guard ships no plain phone
# pattern (only PHONE_NUMBER_WITH_EXT, which requires an extension) and no IP
# pattern, so those two are written here.
_lg = {p["name"]: p["expressions"][0] for p in DEFAULT_REGEX_PATTERNS if "expressions" in p}
PATTERNS = {
    "email": _lg["EMAIL_ADDRESS_RE"],
    "phone": r"(?<![\w+])(?:\+?\d{1,3}[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)",
    "credit_card": _lg["CREDIT_CARD_RE"],
    "ssn": _lg["US_SSN_RE"],
    "ipv4": r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b",
}


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    k = (len(s) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def time_fn(fn, prompts: list[str], repeats: int) -> dict:
    p50s, p99s, means = [], [], []
    for _ in range(repeats):
        ms = []
        for p in prompts:
            t0 = time.perf_counter()
            fn(p)
            ms.append((time.perf_counter() - t0) * 1e3)
        p50s.append(pct(ms, 0.50))
        p99s.append(pct(ms, 0.99))
        means.append(statistics.fmean(ms))
    return {
        "p50_ms": round(statistics.median(p50s), 4),
        "p99_ms": round(statistics.median(p99s), 4),
        "mean_ms": round(statistics.median(means), 4),
        "p50_ms_runs": [round(x, 4) for x in p50s],
        "p99_ms_runs": [round(x, 4) for x in p99s],
    }


def found_secrets(scanner: Secrets, prompt: str) -> list[tuple[str, str]]:
    """(type, value) pairs Secrets.scan sees (it only logs the types): same calls, not timed."""
    coll = SecretsCollection()
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(prompt.encode("utf-8"))
    try:
        with transient_settings(scanner._detect_secrets_config):
            coll.scan_file(f.name)
    finally:
        os.remove(f.name)
    return [
        (s.type, s.secret_value)
        for file in coll.files
        for s in coll[file]
        if s.secret_value is not None
    ]


def correct_redaction(prompt: str, values: list[str], token: str = "******") -> str:
    """What Secrets.scan means to return: the first occurrence of each value replaced
    (same prompt.find() rule), applied right to left so offsets stay valid."""
    spans = sorted({(i, i + len(v)) for v in values if (i := prompt.find(v)) >= 0}, reverse=True)
    out, last = prompt, len(prompt)
    for a, b in spans:
        if b > last:  # overlaps a span already replaced
            continue
        out = out[:a] + token + out[b:]
        last = a
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--prompts", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--log-level", default="ERROR")
    args = ap.parse_args()

    configure_logger(log_level=args.log_level)
    prompts: list[str] = json.loads(Path(args.prompts).read_text())

    regex = Regex(list(PATTERNS.values()))  # is_blocked=True, match_type=all, redact=True
    # The scanner returns after the first pattern that matches, so with a list
    # only that pattern's matches are redacted; one alternation redacts all five.
    regex_alt = Regex(["|".join(f"(?:{p})" for p in PATTERNS.values())])
    secrets = Secrets()  # default plugin config, redact_mode="all"

    cases = {
        "llmguard_regex": lambda p: regex.scan(p),
        "llmguard_regex_alternation": lambda p: regex_alt.scan(p),
        "llmguard_secrets": lambda p: secrets.scan(p),
        "llmguard_chained": lambda p: scan_prompt([regex, secrets], p),
        "llmguard_chained_alternation": lambda p: scan_prompt([regex_alt, secrets], p),
    }

    # Warm-up: every case over the first 20 prompts.
    for fn in cases.values():
        for p in prompts[:20]:
            fn(p)

    # What each scanner flags / redacts (not timed).
    flags: dict = {}
    for name, sc, token in (
        ("llmguard_regex", regex, "[REDACTED]"),
        ("llmguard_regex_alternation", regex_alt, "[REDACTED]"),
        ("llmguard_secrets", secrets, "******"),
    ):
        n_flag, n_red = 0, 0
        for p in prompts:
            out, valid, _ = sc.scan(p)
            n_flag += not valid
            n_red += out.count(token) - p.count(token)
        flags[name] = {"prompts_flagged": n_flag, "values_redacted": n_red}
    types: dict[str, int] = {}
    n_found = n_bad = n_leak_prompts = n_leak_values = n_leak_ref = 0
    for p in prompts:
        found = found_secrets(secrets, p)
        for t, _ in found:
            types[t] = types.get(t, 0) + 1
            n_found += 1
        out = secrets.scan(p)[0]
        ref = correct_redaction(p, [v for _, v in found])
        n_bad += bool(found) and out != ref
        # baseline: repeats of a value are left by design (only its first occurrence is replaced)
        n_leak_ref += sum(1 for _, v in found if v in ref)
        leaked = [v for _, v in found if v in out]
        n_leak_values += len(leaked)
        n_leak_prompts += bool(leaked)
    flags["llmguard_secrets"]["secrets_found"] = n_found
    flags["llmguard_secrets"]["output_differs_from_correct_redaction"] = n_bad
    flags["llmguard_secrets"]["prompts_with_found_secret_left_in_output"] = n_leak_prompts
    flags["llmguard_secrets"]["found_secret_values_left_in_output"] = n_leak_values
    flags["llmguard_secrets"]["found_secret_values_left_by_correct_redaction"] = n_leak_ref
    flags["llmguard_secrets"]["types"] = dict(sorted(types.items(), key=lambda kv: -kv[1]))
    per_pattern = {
        k: sum(1 for p in prompts if Regex([v]).scan(p)[1] is False) for k, v in PATTERNS.items()
    }
    flags["llmguard_regex"]["prompts_matching_each_pattern"] = per_pattern
    # Regex(list) redacts only the first pattern that matches: count what is left.
    alt = regex_alt._patterns[0]
    for name, sc in (("llmguard_regex", regex), ("llmguard_regex_alternation", regex_alt)):
        left = [len(alt.findall(sc.scan(p)[0].replace("[REDACTED]", " "))) for p in prompts]
        flags[name]["prompts_with_pattern_match_left_in_output"] = sum(1 for n in left if n)
        flags[name]["pattern_matches_left_in_output"] = sum(left)

    results = {name: time_fn(fn, prompts, args.repeats) for name, fn in cases.items()}

    freeze = subprocess.run(
        [sys.executable, "-m", "pip", "freeze"], capture_output=True, text=True
    ).stdout.split()
    out = {
        "llm_guard_version": version("llm-guard"),
        "python": sys.version.split()[0],
        "n_prompts": len(prompts),
        "prompt_chars": {"min": min(map(len, prompts)), "max": max(map(len, prompts))},
        "repeats": args.repeats,
        "method": "per-prompt perf_counter around scan(); p50/p99 over prompts per pass; "
        "median over passes; warm-up 20 prompts per case; logging at " + args.log_level,
        "regex_patterns": PATTERNS,
        "secrets_config": "llm_guard default detect-secrets plugins, redact_mode=all",
        "chained": "llm_guard.scan_prompt([Regex, Secrets], prompt), fail_fast=False",
        "results": results,
        "detections": flags,
        "pip_freeze": freeze,
    }
    Path(args.out).write_text(json.dumps(out, indent=2) + "\n")

    print(f"llm-guard {out['llm_guard_version']}, {len(prompts)} prompts, {args.repeats} passes")
    print(f"{'case':32} {'p50 ms':>9} {'p99 ms':>9} {'flagged':>8}")
    for name, r in results.items():
        fl = flags.get(name, {}).get("prompts_flagged", "")
        print(f"{name:32} {r['p50_ms']:9.3f} {r['p99_ms']:9.3f} {fl!s:>8}")
    print(
        "secrets found:",
        flags["llmguard_secrets"]["secrets_found"],
        flags["llmguard_secrets"]["types"],
    )
    print("regex prompts matching each pattern:", per_pattern)
    for k in ("llmguard_regex", "llmguard_regex_alternation"):
        print(
            f"{k}: prompts with a pattern match left after redaction:",
            flags[k]["prompts_with_pattern_match_left_in_output"],
        )
    sf = flags["llmguard_secrets"]
    print(
        "secrets: outputs differing from a correct redaction:",
        sf["output_differs_from_correct_redaction"],
        "| prompts with a found secret still in output:",
        sf["prompts_with_found_secret_left_in_output"],
        f"({sf['found_secret_values_left_in_output']} values; a correct first-occurrence "
        f"redaction leaves {sf['found_secret_values_left_by_correct_redaction']})",
    )


if __name__ == "__main__":
    main()
