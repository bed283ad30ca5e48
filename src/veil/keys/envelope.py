"""Envelope encryption of files: a fresh data key per file, wrapped by a keyset.

The file format is :mod:`veil.crypto.stream` (specified in ``docs/file-format.md``); its
opaque key block, written here, is::

    name_len u8 | keyset name (UTF-8) | wrapped data key

where the wrapped data key is a keyset ciphertext (``0x01 | version u32 | nonce | ct | tag``,
65 bytes for a 32-byte key) with associated data ``"veil-dek|" + header prefix + name``,
which binds it to this file's header. Rewrapping replaces those 65 bytes in place.

Output goes to a temporary file beside the target and is renamed only after the last
chunk authenticated; on any failure the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast

from veil._atomic import atomic_open
from veil.crypto import random_bytes
from veil.crypto.stream import (
    DEFAULT_CHUNK_SIZE,
    StreamHeader,
    decrypt_stream,
    encrypt_stream,
    new_header,
    read_header,
)
from veil.errors import CryptoError, InputError, InvalidToken, KeyringError, UsageError
from veil.keys.keyring import (
    CIPHERTEXT_PREFIX_SIZE,
    Keyring,
    Keyset,
    Template,
    ciphertext_version,
)

__all__ = ["RewrapReport", "decrypt_file", "encrypt_file", "file_key_info", "rewrap_files"]

STDIO = "-"
DEK_SIZE = 32
WRAPPED_DEK_SIZE = CIPHERTEXT_PREFIX_SIZE + 12 + DEK_SIZE + 16

Progress = Callable[[int], None]


def _dek_aad(prefix: bytes, name: bytes) -> bytes:
    return b"veil-dek|" + prefix + name


def _key_block(name: bytes, wrapped: bytes) -> bytes:
    return bytes([len(name)]) + name + wrapped


def _parse_key_block(block: bytes, source: str) -> tuple[str, bytes]:
    if not block:
        raise InvalidToken(f"{source}: corrupt veil header (no key block)")
    n = block[0]
    name, wrapped = block[1 : 1 + n], block[1 + n :]
    if len(name) != n or len(wrapped) != WRAPPED_DEK_SIZE:
        raise InvalidToken(f"{source}: corrupt veil header (key block)")
    try:
        return name.decode("utf-8"), wrapped
    except UnicodeDecodeError:
        raise InvalidToken(f"{source}: corrupt veil header (key block)") from None


@contextlib.contextmanager
def _open_in(path: str | Path) -> Iterator[BinaryIO]:
    if str(path) == STDIO:
        yield sys.stdin.buffer
        return
    try:
        f = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise InputError("no such file", source=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", source=str(path)) from None
    with f:
        yield f


@contextlib.contextmanager
def _atomic_out(path: str | Path) -> Iterator[BinaryIO]:
    """Temp file beside ``path``, renamed over it only if the body finished."""
    if str(path) == STDIO:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with atomic_open(Path(path)) as f:
        yield cast(BinaryIO, f)


def _check_paths(src: str | Path, dst: str | Path) -> None:
    if str(src) != STDIO and str(dst) != STDIO:
        with contextlib.suppress(FileNotFoundError):
            if Path(src).resolve() == Path(dst).resolve():
                raise UsageError("input and output are the same file")
    if str(dst) != STDIO and not Path(dst).parent.exists():
        raise UsageError(f"output directory {Path(dst).parent} does not exist")


def _aead_keyset(keyring: Keyring, keyset: str) -> Keyset:
    ks = keyring.keyset(keyset)
    if ks.info.template is not Template.AES256_GCM:
        raise UsageError(
            f"keyset {keyset!r} is {ks.info.template.value}; files need an AES256_GCM keyset"
        )
    return ks


def encrypt_file(
    keyring: Keyring | Future[Keyring],
    keyset: str,
    src: str | Path,
    dst: str | Path,
    *,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: Progress | None = None,
) -> int:
    """Encrypt ``src`` to ``dst`` (``-`` = stdin/stdout) under ``keyset``'s primary version.

    ``keyring`` may be a future (the CLI opens the keyring, Argon2id included, on another
    thread): the data key is random and the wrapped key has a fixed size, so the chunks are
    encrypted while the keyring opens and the wrapped key is written into the header at the
    end. A keyring that fails to open stops the work at the next chunk.
    """
    _check_paths(src, dst)
    name = keyset.encode("utf-8")
    if not 0 < len(name) < 256:
        raise UsageError(f"invalid keyset name {keyset!r}")
    prefix, size, nonce_prefix = new_header(chunk_size=chunk_size)
    dek = random_bytes(DEK_SIZE)
    aad = _dek_aad(prefix, name)
    if isinstance(keyring, Future) and str(dst) == STDIO:
        keyring = keyring.result()  # stdout cannot be patched afterwards
    if not isinstance(keyring, Future):
        wrapped = _aead_keyset(keyring, keyset).encrypt(dek, aad)
        header = StreamHeader(prefix, size, nonce_prefix, _key_block(name, wrapped))
        with _open_in(src) as fin, _atomic_out(dst) as fout:
            return encrypt_stream(fin, fout, dek, header, progress=progress)

    pending = keyring
    placeholder = _key_block(name, bytes(WRAPPED_DEK_SIZE))
    header = StreamHeader(prefix, size, nonce_prefix, placeholder)

    def step(n: int) -> None:
        if pending.done() and pending.exception() is not None:
            pending.result()  # re-raise the keyring error now, not after the whole file
        if progress is not None:
            progress(n)

    with _open_in(src) as fin, _atomic_out(dst) as fout:
        total = encrypt_stream(fin, fout, dek, header, progress=step)
        wrapped = _aead_keyset(pending.result(), keyset).encrypt(dek, aad)
        fout.flush()
        os.pwrite(fout.fileno(), wrapped, header.key_block_offset + 1 + len(name))
        return total


def _unwrap_dek(keyring: Keyring, header: StreamHeader, source: str) -> tuple[str, bytes]:
    name, wrapped = _parse_key_block(header.key_block, source)
    try:
        ks = keyring.keyset(name)
    except KeyringError:
        raise KeyringError(
            f"{source}: encrypted under keyset {name!r}, which this keyring lacks"
        ) from None
    try:
        return name, ks.decrypt(wrapped, _dek_aad(header.prefix, name.encode("utf-8")))
    except KeyringError as e:
        raise KeyringError(f"{source}: {e}") from None
    except InvalidToken:
        raise InvalidToken(f"{source}: data key did not authenticate (tampered header?)") from None


def decrypt_file(
    keyring: Keyring, src: str | Path, dst: str | Path, *, progress: Progress | None = None
) -> int:
    """Decrypt a veil file; nothing is left at ``dst`` unless every chunk authenticated."""
    _check_paths(src, dst)
    source = "stdin" if str(src) == STDIO else str(src)
    with _open_in(src) as fin:
        header = read_header(fin, name=source)
        _, dek = _unwrap_dek(keyring, header, source)
        with _atomic_out(dst) as fout:
            try:
                return decrypt_stream(fin, fout, dek, header, progress=progress)
            except InvalidToken:
                raise InvalidToken(
                    f"{source}: ciphertext did not authenticate (tampered, truncated or reordered)"
                ) from None


@dataclass(frozen=True)
class FileKeyInfo:
    keyset: str
    version: int
    chunk_size: int


def file_key_info(path: str | Path) -> FileKeyInfo:
    """Which keyset and version protect an encrypted file (no key needed)."""
    with _open_in(path) as f:
        header = read_header(f, name=str(path))
    name, wrapped = _parse_key_block(header.key_block, str(path))
    return FileKeyInfo(name, ciphertext_version(wrapped), header.chunk_size)


@dataclass
class RewrapReport:
    rewrapped: list[str] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def rewrap_files(
    keyring: Keyring,
    keyset: str,
    paths: Iterable[str | Path],
    *,
    progress: Callable[[str], None] | None = None,
) -> RewrapReport:
    """Re-wrap each file's data key under ``keyset``'s primary version, in place.

    Only the 65-byte wrapped key in the header changes (one ``pwrite`` + fsync); the data
    chunks are untouched and the data key never leaves this process. Files already on the
    primary are skipped, so an interrupted run is resumed by running it again.
    """
    ks = keyring.keyset(keyset)
    report = RewrapReport()
    for p in paths:
        path = str(p)
        try:
            with open(path, "r+b") as f:
                header = read_header(f, name=path)
                name, wrapped = _parse_key_block(header.key_block, path)
                if name != keyset:
                    raise UsageError(f"encrypted under keyset {name!r}, not {keyset!r}")
                if ciphertext_version(wrapped) == ks.primary:
                    report.current.append(path)
                else:
                    aad = _dek_aad(header.prefix, name.encode("utf-8"))
                    new = ks.rewrap(wrapped, aad)
                    offset = header.key_block_offset + 1 + len(name.encode("utf-8"))
                    os.pwrite(f.fileno(), new, offset)
                    os.fsync(f.fileno())
                    report.rewrapped.append(path)
        except (CryptoError, KeyringError, UsageError, OSError) as e:
            report.failed.append((path, str(e)))
        if progress is not None:
            progress(path)
    return report
