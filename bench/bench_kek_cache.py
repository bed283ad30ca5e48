#!/usr/bin/env python
"""What does keeping the KEK in an HSM cost per value once :class:`UnwrapCache` is in front?

Usage::

    python bench/bench_kek_cache.py [--n 200000] [--distinct 100] [--repeat 5] [--raw-n 20000]

Both sides are ``UnwrapCache(backend)`` with the default limits, asked to unwrap ``--n`` times
round-robin over ``--distinct`` wrapped 32-byte keys; every repeat starts with an empty cache,
so each repeat pays ``--distinct`` backend unwraps plus ``n - distinct`` hits:

* ``pkcs11``: :class:`veil.keys.kms.pkcs11.Pkcs11Kek` over SoftHSM2 (a token created in a
  temporary directory, as in ``tests/keys/conftest.py``), AES-256-GCM inside the HSM;
* ``local``: an in-process AES-256-GCM backend (pyca ``AESGCM``, same blob layout), the anchor.

The ratio is pkcs11-with-cache time per value / local-with-cache time per value. For
context, raw uncached unwraps/s of both backends are measured too (``--raw-n`` calls each).
Medians of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from cryptography.exceptions import InvalidTag  # noqa: E402
from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402

from veil.errors import InvalidToken  # noqa: E402
from veil.keys.kms.cache import UnwrapCache  # noqa: E402
from veil.keys.kms.interface import KekBackend  # noqa: E402
from veil.keys.kms.pkcs11 import Pkcs11Kek, find_softhsm_library  # noqa: E402

TOKEN, PIN, SO_PIN = "veil-bench", "5678", "1234"


class LocalAesGcmKek:
    """The anchor: the same blob layout as Pkcs11Kek, with the KEK in process memory."""

    name = "local-aesgcm"

    def __init__(self) -> None:
        self._aead = AESGCM(AESGCM.generate_key(bit_length=256))

    def wrap(self, key: bytes, context: bytes) -> bytes:
        iv = os.urandom(12)
        return b"\x01" + iv + self._aead.encrypt(iv, key, context)

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        if len(wrapped) < 29 or wrapped[:1] != b"\x01":
            raise InvalidToken("key material did not authenticate")
        try:
            return self._aead.decrypt(wrapped[1:13], wrapped[13:], context)
        except InvalidTag:
            raise InvalidToken("key material did not authenticate") from None

    def describe(self) -> dict[str, str]:
        return {"backend": self.name}

    def close(self) -> None:
        pass


def softhsm_token(root: Path) -> str:
    """Create a SoftHSM2 token under ``root``; SOFTHSM2_CONF is set before the lib loads."""
    util, lib = shutil.which("softhsm2-util"), find_softhsm_library()
    if util is None or lib is None:
        sys.exit("SoftHSM2 is not installed: run `make setup` or `apt-get install softhsm2`")
    (root / "tokens").mkdir()
    conf = root / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {root / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n"
    )
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        [util, "--init-token", "--free", "--label", TOKEN, "--so-pin", SO_PIN, "--pin", PIN],
        check=True,
        capture_output=True,
    )
    return lib


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def cached_pass(backend: KekBackend, blobs: list[tuple[bytes, bytes]], n: int) -> float:
    """Seconds for ``n`` unwraps through a fresh UnwrapCache (hits/misses checked)."""
    cache = UnwrapCache(backend)
    m = len(blobs)

    def run() -> None:
        unwrap = cache.unwrap
        for i in range(n):
            wrapped, ctx = blobs[i % m]
            unwrap(wrapped, ctx)

    seconds = timed(run)
    assert cache.misses == min(m, n) and cache.hits == n - min(m, n), (cache.hits, cache.misses)
    return seconds


def raw_pass(backend: KekBackend, blobs: list[tuple[bytes, bytes]], n: int) -> float:
    m = len(blobs)

    def run() -> None:
        unwrap = backend.unwrap
        for i in range(n):
            wrapped, ctx = blobs[i % m]
            unwrap(wrapped, ctx)

    return timed(run)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200_000, help="unwraps per cached pass")
    ap.add_argument("--distinct", type=int, default=100, help="distinct wrapped keys")
    ap.add_argument("--repeat", type=int, default=5, help="repeats; medians are reported")
    ap.add_argument("--raw-n", type=int, default=20_000, help="uncached unwraps per raw pass")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="veil-bench-softhsm-") as tmp:
        lib = softhsm_token(Path(tmp))
        hsm = Pkcs11Kek(lib, TOKEN, PIN, "veil-bench-kek", create=True)
        local = LocalAesGcmKek()
        backends: dict[str, KekBackend] = {"pkcs11": hsm, "local": local}
        keys = [os.urandom(32) for _ in range(args.distinct)]
        blobs: dict[str, list[tuple[bytes, bytes]]] = {}
        for name, b in backends.items():
            blobs[name] = []
            for i, k in enumerate(keys):
                ctx = f"keyring:bench/keyset:k{i}/v1".encode()
                wrapped = b.wrap(k, ctx)
                assert b.unwrap(wrapped, ctx) == k
                blobs[name].append((wrapped, ctx))

        cached: dict[str, list[float]] = {name: [] for name in backends}
        raw: dict[str, list[float]] = {name: [] for name in backends}
        for _ in range(args.repeat):
            for name, b in backends.items():  # interleaved, so noise hits both sides
                cached[name].append(cached_pass(b, blobs[name], args.n))
                raw[name].append(raw_pass(b, blobs[name], args.raw_n))
        hsm.close()

    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    print(
        f"cached: {args.n} unwraps over {args.distinct} distinct keys per pass, "
        f"raw: {args.raw_n} uncached unwraps; median of {args.repeat}"
    )
    print(f"{'backend':<8} {'cached ns/value':>16} {'cached values/s':>16} {'raw unwraps/s':>14}")
    per_value: dict[str, float] = {}
    for name in backends:
        t = statistics.median(cached[name])
        per_value[name] = t / args.n
        r = args.raw_n / statistics.median(raw[name])
        print(f"{name:<8} {per_value[name] * 1e9:>16.1f} {args.n / t:>16,.0f} {r:>14,.0f}")
    ratio = per_value["pkcs11"] / per_value["local"]
    print(f"ratio (pkcs11+cache / local+cache time per value): {ratio:.2f}")


if __name__ == "__main__":
    main()
