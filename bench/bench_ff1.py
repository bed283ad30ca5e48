#!/usr/bin/env python
"""Benchmark veil's FF1 against the ``ff3`` package's FF3-1 in the same process.

Usage::

    python bench/bench_ff1.py [--n 20000] [--repeat 5] [--seed 0] [--json OUT]

Both encrypt the same ``--n`` random 16-digit decimal strings (card-number shaped) with an
AES-128 key, ``--repeat`` times each, alternating so that neither gets a warmer machine. The
anchor is ``ff3`` (mysto/python-fpe, FF3-1 on pycryptodome), the common pure-Python FPE
package; veil is FF1 (NIST SP 800-38G) on pyca ``cryptography``. Both ciphers are built once
before timing and use a fixed tweak (veil: 8 bytes; ff3: the 7-byte FF3-1 tweak). Reported:
the median encryptions per second of each and the ratio veil/ff3. Before timing, veil's output
is checked against NIST FF1 sample 1 and every veil ciphertext is decrypted back.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from ff3 import FF3Cipher  # noqa: E402

from veil.crypto.ff1 import FF1  # noqa: E402

KEY = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3C")
FF1_TWEAK = b"veil-pan"
FF3_TWEAK_HEX = "D8E7920AFA330A"


def _time(fn: Callable[[str], str], inputs: Sequence[str]) -> float:
    start = time.perf_counter()
    for s in inputs:
        fn(s)
    return len(inputs) / (time.perf_counter() - start)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=20_000, help="inputs per pass")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per tool")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    inputs = [f"{rng.randrange(10**16):016d}" for _ in range(args.n)]

    veil = FF1(KEY, radix=10)
    ff3 = FF3Cipher(KEY.hex(), FF3_TWEAK_HEX)
    if veil.encrypt("0123456789") != "2433477484":
        raise SystemExit("veil FF1 does not reproduce NIST FF1 sample 1")
    outputs = [veil.encrypt(s, FF1_TWEAK) for s in inputs]
    if [veil.decrypt(c, FF1_TWEAK) for c in outputs] != inputs:
        raise SystemExit("veil FF1 does not round-trip")
    ff3.encrypt(inputs[0])  # warm up

    tools: dict[str, Callable[[str], str]] = {
        "veil FF1": lambda s: veil.encrypt(s, FF1_TWEAK),
        "ff3 FF3-1": ff3.encrypt,
    }
    runs: dict[str, list[float]] = {name: [] for name in tools}
    for _ in range(args.repeat):
        for name, fn in tools.items():
            runs[name].append(_time(fn, inputs))

    medians = {name: statistics.median(r) for name, r in runs.items()}
    ratio = medians["veil FF1"] / medians["ff3 FF3-1"]
    cpu = platform.processor() or platform.machine()
    print(
        f"16-digit encrypt, n={args.n}, repeat={args.repeat}, python {platform.python_version()}"
        f", {cpu}, {os.cpu_count()} CPUs"
    )
    for name, r in runs.items():
        spread = ", ".join(f"{v:,.0f}" for v in r)
        print(f"  {name:<10} median {medians[name]:>10,.0f} ops/s   ({spread})")
    print(f"  ratio veil/ff3: {ratio:.2f}x")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "n": args.n,
                    "repeat": args.repeat,
                    "runs": runs,
                    "medians": medians,
                    "ratio": ratio,
                },
                indent=2,
            )
            + "\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
