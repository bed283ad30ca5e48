#!/usr/bin/env python
"""Keys and encryption against bare pyca, in the same run (issue 3's targets).

Usage::

    python bench/bench_keys.py [--file-mib 1024] [--small-n 200000] [--ff1-n 20000] [--repeat 5]

1. Files: ``veil encrypt`` (the CLI, a subprocess: start-up, keyring open and Argon2id
   included) and ``encrypt_file`` (the library) of a ``--file-mib`` file, against a bare loop
   of pyca AES-256-GCM over 1 MiB chunks. The bare loop is measured twice: in memory (the
   machine's AES limit) and file to file (the same reads and writes veil does). Target:
   veil / bare >= 0.8.
2. Small values (16 B): encrypt + decrypt through a keyset (version prefix, primary lookup,
   cached primitive) against bare ``AESGCM.encrypt/decrypt`` with a fresh random nonce.
   Target >= 0.7.
3. FF1, 16 digits: a keyset's FF1 against the ``ff3`` package's FF3-1. Target: faster.
4. HSM: the same small-value loop through a keyring whose KEK is in SoftHSM2 (token in a
   temp dir) against the local-KEK keyring. Target: per-value cost within 10%.

Medians of ``--repeat`` runs; ratios are what to compare on a small, noisy machine.
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

from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402

from veil.config import Settings  # noqa: E402
from veil.keys import KdfParams, Keyring, Template, encrypt_file, init_keyring  # noqa: E402

MIB = 1 << 20
PASS = "bench-passphrase"


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def make_file(path: Path, mib: int) -> None:
    block = os.urandom(MIB)
    with open(path, "wb") as f:
        for i in range(mib):
            # vary blocks cheaply so nothing downstream can deduplicate
            f.write(i.to_bytes(8, "big") + block[8:])


def bare_memory(src: Path) -> None:
    aead = AESGCM(os.urandom(32))
    chunk = bytearray(MIB)
    with open(src, "rb") as f:
        f.readinto(chunk)  # one chunk, then reuse it: AES only, no I/O
    size = src.stat().st_size
    nonce_prefix = os.urandom(7)
    for i in range(size // MIB):
        aead.encrypt(nonce_prefix + i.to_bytes(4, "big") + b"\x00", chunk, b"")


def bare_file(src: Path, dst: Path) -> None:
    aead = AESGCM(os.urandom(32))
    nonce_prefix = os.urandom(7)
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        i = 0
        while chunk := fin.read(MIB):
            fout.write(aead.encrypt(nonce_prefix + i.to_bytes(4, "big") + b"\x00", chunk, b""))
            i += 1


def bare_file_tuned(src: Path, dst: Path, *, durable: bool = False) -> None:
    """The strongest bare loop: preallocated buffers, readinto + encrypt_into. With
    ``durable``, also what veil guarantees: write to a temp file, fsync, rename."""
    aead = AESGCM(os.urandom(32))
    nonce_prefix = os.urandom(7)
    buf, out = bytearray(MIB), bytearray(MIB + 16)
    view = memoryview(buf)
    target = dst.with_suffix(".tmp") if durable else dst
    with open(src, "rb", buffering=0) as fin, open(target, "wb", buffering=0) as fout:
        i = 0
        while n := fin.readinto(buf):
            w = aead.encrypt_into(nonce_prefix + i.to_bytes(4, "big") + b"\x00", view[:n], b"", out)
            fout.write(memoryview(out)[:w])
            i += 1
        if durable:
            os.fsync(fout.fileno())
    if durable:
        os.replace(target, dst)


def bench_files(tmp: Path, home: Path, mib: int, repeat: int) -> dict[str, float]:
    """Interleaved (one run of each variant per round), each writing a fresh output file
    that is deleted outside the timed region: page-cache and writeback noise hits all
    variants alike."""
    src = tmp / "big.bin"
    print(f"writing a {mib} MiB test file ...", flush=True)
    make_file(src, mib)
    ring = open_ring(home)
    env = {**os.environ, "VEIL_HOME": str(home), "VEIL_PASSPHRASE": PASS}
    cli = str(Path(sys.executable).parent / "veil")
    variants: dict[str, Callable[[Path], object]] = {
        "bare pyca, in memory": lambda dst: bare_memory(src),
        "bare pyca, file to file": lambda dst: bare_file(src, dst),
        "bare pyca, file to file, tuned": lambda dst: bare_file_tuned(src, dst),
        "bare pyca, tuned + fsync + rename": lambda dst: bare_file_tuned(src, dst, durable=True),
        "veil encrypt_file (library)": lambda dst: encrypt_file(ring, "files", src, dst),
        "veil encrypt (CLI)": lambda dst: subprocess.run(
            [cli, "encrypt", str(src), "-o", str(dst), "--key", "files"], env=env, check=True
        ),
    }
    times: dict[str, list[float]] = {k: [] for k in variants}
    for r in range(repeat):
        for name, fn in variants.items():
            dst = tmp / f"out-{r}.bin"
            t0 = time.perf_counter()
            fn(dst)
            times[name].append(time.perf_counter() - t0)
            dst.unlink(missing_ok=True)
    ring.close()
    src.unlink()
    return {k: mib / 1024 / statistics.median(v) for k, v in times.items()}  # GiB/s


def bench_small(ring: Keyring, n: int, repeat: int) -> tuple[float, float]:
    value = b"0123456789abcdef"
    aead = AESGCM(os.urandom(32))
    ks = ring.keyset("values")

    def bare() -> None:
        for _ in range(n):
            nonce = os.urandom(12)
            ct = aead.encrypt(nonce, value, b"")
            aead.decrypt(nonce, ct, b"")

    def veil() -> None:
        enc, dec = ks.encrypt, ks.decrypt
        for _ in range(n):
            dec(enc(value))

    return n / median_time(bare, repeat), n / median_time(veil, repeat)


def bench_ff1(ring: Keyring, n: int, repeat: int) -> tuple[float, float]:
    from ff3 import FF3Cipher

    values = [f"{i * 7919 % 10**16:016d}" for i in range(n)]
    cipher = ring.keyset("fpe").ff1()
    ff3 = FF3Cipher(os.urandom(32).hex(), os.urandom(7).hex())

    def veil() -> None:
        enc = cipher.encrypt
        for v in values:
            enc(v)

    def other() -> None:
        enc = ff3.encrypt
        for v in values:
            enc(v)

    return n / median_time(veil, repeat), n / median_time(other, repeat)


def open_ring(home: Path) -> Keyring:
    from veil.keys import open_keyring

    return open_keyring(Settings(home=home, passphrase=PASS))


def hsm_ring(tmp: Path) -> Keyring | None:
    from veil.keys.kms.pkcs11 import find_softhsm_library

    util, lib = shutil.which("softhsm2-util"), find_softhsm_library()
    if util is None or lib is None:
        print("SoftHSM2 not installed: skipping the HSM comparison (make setup installs it)")
        return None
    tokens = tmp / "tokens"
    tokens.mkdir()
    conf = tmp / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        [util, "--init-token", "--free", "--label", "bench", "--so-pin", "1234", "--pin", "5678"],
        check=True,
        capture_output=True,
    )
    s = Settings(
        home=tmp / "hsm-home", kek="pkcs11", pkcs11_lib=lib, pkcs11_token="bench", pkcs11_pin="5678"
    )
    ring = init_keyring(s)
    ring.create("values")
    return ring


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--file-mib", type=int, default=1024, help="file size in MiB (default 1024)")
    ap.add_argument("--small-n", type=int, default=200_000)
    ap.add_argument("--ff1-n", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    py = platform.python_version()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {py}")
    with tempfile.TemporaryDirectory(prefix="veil-bench-keys-") as d:
        tmp = Path(d)
        home = tmp / "home"
        ring = init_keyring(Settings(home=home, passphrase=PASS), kdf=KdfParams.fresh())
        ring.create("files")
        ring.create("values")
        ring.create("fpe", Template.FF1_AES256)

        print("\n== 1. file encryption (GiB/s, median) ==")
        files = bench_files(tmp, home, args.file_mib, args.repeat)
        for k, v in files.items():
            print(f"{k:32s} {v:6.2f} GiB/s")
        anchors = (
            "bare pyca, file to file",
            "bare pyca, file to file, tuned",
            "bare pyca, tuned + fsync + rename",
        )
        for who in ("veil encrypt (CLI)", "veil encrypt_file (library)"):
            for anchor in anchors:
                print(f"ratio {who} / {anchor}: {files[who] / files[anchor]:.2f}")
        mem_ratio = files["veil encrypt (CLI)"] / files["bare pyca, in memory"]
        print(f"ratio veil encrypt (CLI) / bare in memory (no I/O): {mem_ratio:.2f}")
        print("target: >= 0.8 against the bare loop with the same guarantees (fsync + rename)")

        print("\n== 2. small values, 16 B encrypt+decrypt (ops/s, median) ==")
        bare, veil = bench_small(ring, args.small_n, args.repeat)
        print(f"bare pyca AESGCM   {bare:12,.0f}\nveil keyset        {veil:12,.0f}")
        print(f"ratio veil / bare: {veil / bare:.2f}  (target >= 0.7)")

        print("\n== 3. FF1 16 digits vs ff3 FF3-1 (encrypt ops/s, median) ==")
        ff1, ff3 = bench_ff1(ring, args.ff1_n, args.repeat)
        print(f"veil FF1 (keyset)  {ff1:12,.0f}\nff3 FF3-1          {ff3:12,.0f}")
        print(f"ratio veil / ff3: {ff1 / ff3:.2f}  (target > 1)")

        print("\n== 4. HSM-backed keyset vs local keyset, 16 B encrypt+decrypt ==")
        hsm = hsm_ring(tmp)
        if hsm is not None:
            _, local_ops = bench_small(ring, args.small_n, args.repeat)
            _, hsm_ops = bench_small(hsm, args.small_n, args.repeat)
            print(f"local KEK          {local_ops:12,.0f} ops/s")
            print(f"pkcs11 KEK         {hsm_ops:12,.0f} ops/s")
            print(f"per-value cost pkcs11 / local: {local_ops / hsm_ops:.3f}  (target <= 1.10)")
            hsm.close()
        ring.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
