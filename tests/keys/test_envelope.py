"""Encrypted files: round trips across chunk boundaries and tampering at every position class."""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veil.config import Settings
from veil.crypto.stream import PREFIX_SIZE
from veil.errors import CryptoError, InputError, InvalidToken, KeyringError, UsageError
from veil.keys import (
    KdfParams,
    Keyring,
    Template,
    decrypt_file,
    encrypt_file,
    init_keyring,
    rewrap_files,
)
from veil.keys.envelope import WRAPPED_DEK_SIZE, file_key_info

CHUNK = 1024
TAG = 16


@pytest.fixture
def ring(tmp_path: Path) -> Iterator[Keyring]:
    r = init_keyring(
        Settings(home=tmp_path / "home", passphrase="pw"),
        kdf=KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1),
    )
    r.create("files")
    yield r
    r.close()


def _encrypt(ring: Keyring, tmp: Path, data: bytes, name: str = "f") -> Path:
    src, dst = tmp / f"{name}.plain", tmp / f"{name}.veil"
    src.write_bytes(data)
    encrypt_file(ring, "files", src, dst, chunk_size=CHUNK)
    return dst


def _decrypt_fails(ring: Keyring, tmp: Path, blob: bytes) -> None:
    bad, out = tmp / "bad.veil", tmp / "bad.out"
    bad.write_bytes(blob)
    with pytest.raises((InvalidToken, CryptoError, KeyringError)):
        decrypt_file(ring, bad, out)
    assert not out.exists(), "no plaintext may be left behind"
    assert not [p for p in tmp.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 7])
def test_round_trip_at_chunk_boundaries(ring: Keyring, tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    enc = _encrypt(ring, tmp_path, data)
    chunks = max(1, -(-size // CHUNK)) if size % CHUNK or size == 0 else size // CHUNK
    header = PREFIX_SIZE + 2 + 1 + len(b"files") + WRAPPED_DEK_SIZE
    assert enc.stat().st_size == header + size + chunks * TAG
    out = tmp_path / "out"
    assert decrypt_file(ring, enc, out) == size
    assert out.read_bytes() == data


@settings(max_examples=25, deadline=None)
@given(data=st.binary(max_size=5 * CHUNK))
def test_stream_round_trip_property(data: bytes) -> None:
    from veil.crypto.stream import (
        StreamHeader,
        decrypt_stream,
        encrypt_stream,
        new_header,
        read_header,
    )

    key = os.urandom(32)
    prefix, size, nonce_prefix = new_header(chunk_size=CHUNK)
    header = StreamHeader(prefix, size, nonce_prefix, b"kb")
    buf = io.BytesIO()
    encrypt_stream(io.BytesIO(data), buf, key, header)
    buf.seek(0)
    parsed = read_header(buf)
    assert parsed == header
    out = io.BytesIO()
    decrypt_stream(buf, out, key, parsed)
    assert out.getvalue() == data


def test_every_byte_flip_is_detected(ring: Keyring, tmp_path: Path) -> None:
    """One flipped bit in each byte of a 3-chunk file: header, key block, every chunk and tag."""
    blob = _encrypt(ring, tmp_path, os.urandom(2 * CHUNK + 100)).read_bytes()
    for i in range(len(blob)):
        bad = bytearray(blob)
        bad[i] ^= 0x01 if i % 2 else 0x80
        _decrypt_fails(ring, tmp_path, bytes(bad))


def test_truncation_reordering_swapping_appending(ring: Keyring, tmp_path: Path) -> None:
    data = os.urandom(3 * CHUNK + 10)
    blob = _encrypt(ring, tmp_path, data, "a").read_bytes()
    other = _encrypt(ring, tmp_path, data, "b").read_bytes()
    hdr = len(blob) - (3 * (CHUNK + TAG) + 10 + TAG)
    c = [blob[hdr + i * (CHUNK + TAG) : hdr + (i + 1) * (CHUNK + TAG)] for i in range(3)]
    last = blob[hdr + 3 * (CHUNK + TAG) :]
    head = blob[:hdr]
    # truncation at a chunk boundary (would look like a shorter valid file), mid-chunk, header only
    for cut in (hdr + CHUNK + TAG, hdr + 2 * (CHUNK + TAG), hdr + 500, hdr, 10, 0):
        _decrypt_fails(ring, tmp_path, blob[:cut])
    # the final chunk alone after the header; reordered chunks; a dropped middle chunk
    _decrypt_fails(ring, tmp_path, head + last)
    _decrypt_fails(ring, tmp_path, head + c[1] + c[0] + c[2] + last)
    _decrypt_fails(ring, tmp_path, head + c[0] + c[2] + last)
    # a chunk from another file encrypted with the same keyset and the same plaintext
    other_c0 = other[hdr : hdr + CHUNK + TAG]
    _decrypt_fails(ring, tmp_path, head + other_c0 + c[1] + c[2] + last)
    # the other file's header with this file's chunks
    _decrypt_fails(ring, tmp_path, other[:hdr] + blob[hdr:])
    # appended data after the final chunk
    _decrypt_fails(ring, tmp_path, blob + b"\x00" * (CHUNK + TAG))
    _decrypt_fails(ring, tmp_path, blob + b"x")


def test_other_formats_and_missing_inputs(ring: Keyring, tmp_path: Path) -> None:
    plain = tmp_path / "plain.csv"
    plain.write_text("name,ssn\nAda,123-45-6789\n")
    with pytest.raises(CryptoError, match="not a veil encrypted file"):
        decrypt_file(ring, plain, tmp_path / "x")
    future = bytearray(_encrypt(ring, tmp_path, b"abc").read_bytes())
    future[4] = 9
    with pytest.raises(CryptoError, match="unsupported veil file format version 9"):
        decrypt_file(ring, io_path(tmp_path, bytes(future)), tmp_path / "y")
    with pytest.raises(InputError, match="no such file"):
        encrypt_file(ring, "files", tmp_path / "missing", tmp_path / "z")
    with pytest.raises(UsageError, match="same file"):
        encrypt_file(ring, "files", plain, plain)
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()


def io_path(tmp: Path, blob: bytes) -> Path:
    p = tmp / "blob.veil"
    p.write_bytes(blob)
    return p


def test_file_needs_an_aead_keyset_and_the_keyset_must_exist(ring: Keyring, tmp_path: Path) -> None:
    ring.create("mac", Template.HMAC_SHA256)
    (tmp_path / "p").write_bytes(b"x")
    with pytest.raises(UsageError, match="AES256_GCM"):
        encrypt_file(ring, "mac", tmp_path / "p", tmp_path / "q")
    enc = _encrypt(ring, tmp_path, b"data")
    other = init_keyring(
        Settings(home=tmp_path / "other", passphrase="pw"),
        kdf=KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1),
    )
    with pytest.raises(KeyringError, match="lacks"):
        decrypt_file(other, enc, tmp_path / "out")
    other.create("files")  # same name, different key: must not authenticate
    with pytest.raises(InvalidToken):
        decrypt_file(other, enc, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_rewrap_in_place_then_destroy_old_version(ring: Keyring, tmp_path: Path) -> None:
    data = os.urandom(5000)
    files = [_encrypt(ring, tmp_path, data, f"f{i}") for i in range(4)]
    before = [f.read_bytes() for f in files]
    ring.rotate("files")
    # a partial run (first two files), then the full run resumes and skips those
    first = rewrap_files(ring, "files", files[:2])
    assert len(first.rewrapped) == 2 and not first.failed
    second = rewrap_files(ring, "files", files)
    assert len(second.rewrapped) == 2 and len(second.current) == 2
    for f, old in zip(files, before, strict=True):
        new = f.read_bytes()
        assert file_key_info(f).version == 2
        assert len(new) == len(old)
        # only the wrapped data key changed; every chunk is byte-identical
        changed = [i for i in range(len(new)) if new[i] != old[i]]
        hdr_end = PREFIX_SIZE + 2 + 1 + len(b"files") + WRAPPED_DEK_SIZE
        assert changed and min(changed) >= hdr_end - WRAPPED_DEK_SIZE and max(changed) < hdr_end
    ring.destroy("files", 1)
    for f in files:
        out = tmp_path / "out"
        decrypt_file(ring, f, out)
        assert out.read_bytes() == data


def test_destroy_without_rewrap_shreds_the_files(ring: Keyring, tmp_path: Path) -> None:
    enc = _encrypt(ring, tmp_path, b"to be shredded")
    ring.rotate("files")
    ring.destroy("files", 1)
    with pytest.raises(KeyringError, match="destroyed"):
        decrypt_file(ring, enc, tmp_path / "out")
    report = rewrap_files(ring, "files", [enc])
    assert report.failed and "destroyed" in report.failed[0][1]


def test_rewrap_reports_foreign_files(ring: Keyring, tmp_path: Path) -> None:
    plain = tmp_path / "x.txt"
    plain.write_text("hello")
    report = rewrap_files(ring, "files", [plain, tmp_path / "missing.veil"])
    assert len(report.failed) == 2
    assert plain.read_text() == "hello"


def test_header_layout_matches_the_spec(ring: Keyring, tmp_path: Path) -> None:
    blob = _encrypt(ring, tmp_path, b"spec").read_bytes()
    magic, version, alg, chunk, _nonce = struct.unpack(">4sBBI7s", blob[:PREFIX_SIZE])
    assert (magic, version, alg, chunk) == (b"VEIL", 1, 1, CHUNK)
    (kb_len,) = struct.unpack(">H", blob[PREFIX_SIZE : PREFIX_SIZE + 2])
    kb = blob[PREFIX_SIZE + 2 : PREFIX_SIZE + 2 + kb_len]
    assert kb[0] == 5 and kb[1:6] == b"files" and len(kb) == 1 + 5 + WRAPPED_DEK_SIZE
    assert kb[6] == 1 and int.from_bytes(kb[7:11], "big") == 1
