"""Chunked AES-256-GCM in the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015).

Written here because pyca ships the AEAD but no streaming file format, and Tink's Python
streaming AEAD is not on pyca (and is far slower). The layout is specified byte by byte in
``docs/file-format.md``; in short::

    header  = "VEIL" | version=1 | alg=1 | chunk_size u32 | nonce_prefix[7]
              | key_block_len u16 | key_block          (key_block: opaque, written by veil.keys)
    chunk_i = AES-256-GCM(data_key, nonce = nonce_prefix | i u32 | last u8,
                          aad = header[0:17], plaintext_i) = ciphertext_i | tag_i

Every chunk but the last holds exactly ``chunk_size`` plaintext bytes; the last holds
0..chunk_size and is the only one sealed with ``last = 1``. So truncation at a chunk
boundary (the new final chunk was sealed with last = 0), reordering (counter in the nonce),
appending, and swapping chunks between files (fresh data key and nonce prefix per file) all
fail authentication. The key block is not in the chunk AAD so that ``veil keys rewrap`` can
re-wrap a file's data key in place; it authenticates itself (the data key is wrapped with
the header prefix as associated data).

Memory is two chunk buffers whatever the file size. Output is written by the caller to a
temporary file and renamed only after the final chunk authenticated.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from veil.crypto.aead import AES_GCM_TAG_SIZE, AesGcm, Rng
from veil.errors import CryptoError, InvalidToken

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "MAGIC",
    "StreamHeader",
    "decrypt_stream",
    "encrypt_stream",
    "new_header",
    "read_header",
]

MAGIC = b"VEIL"
FORMAT_VERSION = 1
ALG_AES256_GCM_STREAM = 1
DEFAULT_CHUNK_SIZE = 1 << 20
MIN_CHUNK_SIZE = 1 << 10
MAX_CHUNK_SIZE = 1 << 26
NONCE_PREFIX_SIZE = 7
PREFIX_SIZE = 4 + 1 + 1 + 4 + NONCE_PREFIX_SIZE  # the authenticated fixed part: 17 bytes
MAX_CHUNKS = 1 << 32

_FIXED = struct.Struct(">4sBBI7s")
_U16 = struct.Struct(">H")

Progress = Callable[[int], None]


@dataclass(frozen=True)
class StreamHeader:
    prefix: bytes
    """The fixed 17 bytes: magic, version, algorithm, chunk size, nonce prefix (chunk AAD)."""
    chunk_size: int
    nonce_prefix: bytes
    key_block: bytes

    def to_bytes(self) -> bytes:
        return self.prefix + _U16.pack(len(self.key_block)) + self.key_block

    @property
    def size(self) -> int:
        return PREFIX_SIZE + 2 + len(self.key_block)

    @property
    def key_block_offset(self) -> int:
        return PREFIX_SIZE + 2


def new_header(
    *, chunk_size: int = DEFAULT_CHUNK_SIZE, rng: Rng = os.urandom
) -> tuple[bytes, int, bytes]:
    """A fresh authenticated prefix: ``(prefix, chunk_size, nonce_prefix)``."""
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise CryptoError(f"chunk size must be {MIN_CHUNK_SIZE}..{MAX_CHUNK_SIZE} bytes")
    nonce_prefix = rng(NONCE_PREFIX_SIZE)
    prefix = _FIXED.pack(MAGIC, FORMAT_VERSION, ALG_AES256_GCM_STREAM, chunk_size, nonce_prefix)
    return prefix, chunk_size, nonce_prefix


def _read_exact(src: BinaryIO, n: int) -> bytes:
    data = src.read(n)
    if data is None:
        data = b""
    while len(data) < n:
        more = src.read(n - len(data))
        if not more:
            break
        data += more
    return data


def read_header(src: BinaryIO, *, name: str = "input") -> StreamHeader:
    """Parse and sanity-check a header; a file of another format gets a clear error."""
    fixed = _read_exact(src, PREFIX_SIZE)
    if len(fixed) < 4 or fixed[:4] != MAGIC:
        raise CryptoError(f"{name}: not a veil encrypted file (no VEIL header)")
    if len(fixed) < PREFIX_SIZE:
        raise InvalidToken(f"{name}: truncated veil header")
    _magic, version, alg, chunk_size, nonce_prefix = _FIXED.unpack(fixed)
    if version != FORMAT_VERSION or alg != ALG_AES256_GCM_STREAM:
        raise CryptoError(f"{name}: unsupported veil file format version {version}/algorithm {alg}")
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise InvalidToken(f"{name}: corrupt veil header (chunk size {chunk_size})")
    raw_len = _read_exact(src, 2)
    if len(raw_len) < 2:
        raise InvalidToken(f"{name}: truncated veil header")
    (kb_len,) = _U16.unpack(raw_len)
    key_block = _read_exact(src, kb_len)
    if len(key_block) < kb_len:
        raise InvalidToken(f"{name}: truncated veil header")
    return StreamHeader(fixed, chunk_size, nonce_prefix, key_block)


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    if counter >= MAX_CHUNKS:
        raise CryptoError("file too large for one veil stream (2**32 chunks)")
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def _fill(src: BinaryIO, buf: bytearray) -> int:
    """Read until ``buf`` is full or EOF; pipes may return short reads."""
    view = memoryview(buf)
    got = 0
    while got < len(buf):
        n = src.readinto(view[got:])  # type: ignore[attr-defined]
        if not n:
            break
        got += n
    return got


def encrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    data_key: bytes,
    header: StreamHeader,
    *,
    progress: Progress | None = None,
) -> int:
    """Write ``header`` and the chunks of ``src`` to ``dst``; returns plaintext bytes."""
    aead = AesGcm(data_key)
    size = header.chunk_size
    dst.write(header.to_bytes())
    cur, nxt = bytearray(size), bytearray(size)
    out = bytearray(size + AES_GCM_TAG_SIZE)
    n_cur = _fill(src, cur)
    counter = 0
    total = 0
    while True:
        # lookahead: a chunk is final only when nothing follows it
        n_nxt = _fill(src, nxt) if n_cur == size else 0
        last = n_nxt == 0
        view = memoryview(cur)[:n_cur]
        if n_cur == size:
            written = aead.encrypt_into(
                _nonce(header.nonce_prefix, counter, last), view, header.prefix, out
            )
            dst.write(memoryview(out)[:written])
        else:
            small = bytearray(n_cur + AES_GCM_TAG_SIZE)
            written = aead.encrypt_into(
                _nonce(header.nonce_prefix, counter, last), view, header.prefix, small
            )
            dst.write(small)
        total += n_cur
        if progress is not None:
            progress(n_cur)
        if last:
            return total
        counter += 1
        cur, nxt = nxt, cur
        n_cur = n_nxt


def decrypt_stream(
    src: BinaryIO,
    dst: BinaryIO,
    data_key: bytes,
    header: StreamHeader,
    *,
    progress: Progress | None = None,
) -> int:
    """Authenticate and decrypt the chunks after ``header``; returns plaintext bytes.

    Writes each chunk only after it authenticated; the caller still discards ``dst``
    unless this returns (a later chunk may fail).
    """
    aead = AesGcm(data_key)
    csize = header.chunk_size + AES_GCM_TAG_SIZE
    cur, nxt = bytearray(csize), bytearray(csize)
    out = bytearray(header.chunk_size)
    n_cur = _fill(src, cur)
    counter = 0
    total = 0
    while True:
        if n_cur < AES_GCM_TAG_SIZE:
            raise InvalidToken("ciphertext did not authenticate (truncated data)")
        n_nxt = _fill(src, nxt) if n_cur == csize else 0
        last = n_nxt == 0
        view = memoryview(cur)[:n_cur]
        plain = n_cur - AES_GCM_TAG_SIZE
        target = out if plain == header.chunk_size else bytearray(plain)
        written = aead.decrypt_into(
            _nonce(header.nonce_prefix, counter, last), view, header.prefix, target
        )
        dst.write(memoryview(target)[:written])
        total += written
        if progress is not None:
            progress(n_cur)
        if last:
            return total
        counter += 1
        cur, nxt = nxt, cur
        n_cur = n_nxt
