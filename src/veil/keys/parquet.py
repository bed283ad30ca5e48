"""Column-level encryption of Parquet files (Parquet Modular Encryption) under veil keysets.

The files are standard encrypted Parquet: pyarrow, parquet-mr / Spark, or anything else that
implements Parquet Modular Encryption (PME) reads them once it has a KMS client that can reach
the keys. We do no cryptography on the data here; pyarrow's own key management does.

How the keys fit together
-------------------------
pyarrow (``pyarrow.parquet.encryption.CryptoFactory``) generates a fresh random data key (DEK)
for the footer and for every encrypted column of every file, encrypts the pages with AES-GCM
(``AES_GCM_V1``: page data, page headers and column metadata are all authenticated) and asks a
KMS client to *wrap* each DEK with a "master key" named in the configuration. Here a master key
is a veil ``AES256_GCM`` keyset name, and :class:`VeilKmsClient` does the wrapping::

    wrap_key(dek, name)       = base64(keyset(name).encrypt(dek, aad=b"veil-parquet|" + name))
    unwrap_key(wrapped, name) = keyset(name).decrypt(base64decode(wrapped), aad=...)

The associated data binds a wrapped DEK to its master key name, so key material moved to
another name does not unwrap. The keyset ciphertext carries its key version
(``0x01 | version | nonce | ct | tag``), so rotation needs nothing from Parquet: after
``keyring.rotate(name)`` new files are wrapped under the new primary, old files keep reading
under their old version, until that version is disabled, put below the minimum decryption
version, or destroyed (crypto-shredding: every file whose DEKs it wrapped becomes unreadable).
To move a file to the new version, run :func:`encrypt_parquet` on it again (it reads encrypted
input with the same keyring).

Choices
-------
* **Single wrapping** (``double_wrapping=False``; pyarrow's default is double). Double wrapping
  puts a key-encryption key (KEK) between the master key and the DEKs so that a *remote* KMS is
  called once per master key per cache period instead of once per column. Our KMS is
  in-process and the keyset's cipher is already cached by the keyring, so there is no round
  trip to save; and pyarrow would cache the KEKs inside the CryptoFactory for
  ``cache_lifetime``, reusing one KEK (wrapped under the *old* primary) for files written after
  a rotation and keeping unwrapped KEKs in memory after a version was destroyed. With single
  wrapping every DEK is a veil keyset ciphertext, so the keyring alone decides rotation and
  shredding. Readers need no setting for this: the key material records
  ``"doubleWrapping": false`` (Spark writers set ``parquet.encryption.double.wrapping=false``).
* **Internal key material** (``internal_key_material=True``): the wrapped DEKs live in the file
  footer, so a file is one self-contained object, written atomically (temporary file beside the
  target, then ``os.replace``); no ``_KEY_MATERIAL_FOR_*.json`` sidecars to lose or leave behind.
* **Encrypted footer by default.** The footer (schema, row-group statistics, the columns' key
  metadata) is encrypted under ``footer_key``, so nobody without it learns even the column
  names. Only the footer key's own metadata (its wrapped DEK, keyset name, KMS instance id)
  stays in the clear, as PME requires; damage there fails as a malformed or unauthenticated key.
  ``plaintext_footer=True`` leaves the footer readable (and signed with the footer key) so that
  readers without keys can still read the *unencrypted* columns; the encrypted columns'
  metadata and statistics stay encrypted either way. Unencrypted columns are not authenticated
  by PME; pages carry CRC checksums (written and verified here) against accidental damage only.
* 256-bit DEKs (``data_key_length_bits=256``), matching veil's AES-256 everywhere.
* Each call builds its own CryptoFactory and the factory closes over the keyring, so two
  keyrings in one process never share pyarrow's caches. ``cache_lifetime`` follows the
  keyring's own cache TTL (``VEIL_KEY_CACHE_TTL``): one knob for how long keys live in memory.
* The KMS instance id written into the file is ``veil-keyring:<keyring id>`` (public, like the
  keyring header); a reader with another keyring gets an error that says so instead of an
  opaque authentication failure.

A Spark (parquet-mr) job reads these files with a ``KmsClient`` whose ``unwrapKey`` performs
the same keyset decryption (base64 in, DEK out), e.g. by calling the veil server.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pyarrow.parquet.encryption as pe

from veil._atomic import atomic_path
from veil.errors import InputError, InvalidToken, KeyringError, UsageError, VeilError
from veil.keys.keyring import Keyring, Keyset, Template, ciphertext_version

__all__ = [
    "AAD_PREFIX",
    "KMS_INSTANCE_PREFIX",
    "EncryptReport",
    "VeilKmsClient",
    "crypto_factory",
    "decrypt_parquet",
    "decryption_properties",
    "encrypt_parquet",
    "encryption_properties",
    "kms_client_factory",
    "read_parquet",
]

AAD_PREFIX = b"veil-parquet|"
KMS_INSTANCE_PREFIX = "veil-keyring:"
DATA_KEY_BITS = 256
ALGORITHM = "AES_GCM_V1"
DEFAULT_BATCH_ROWS = 128 * 1024
DETECT_SAMPLE_ROWS = 1000
_TAMPERED = "the file was tampered with or is corrupt"
_FORBIDDEN = (",", ";", ":")  # separators of Parquet's "key: col, col; key2: col" format

Progress = Callable[[int], None]


# ---------------------------------------------------------------- KMS client


def _aad(master_key_identifier: str) -> bytes:
    return AAD_PREFIX + master_key_identifier.encode("utf-8")


def _keyring_id(kms_instance_id: str) -> str | None:
    if kms_instance_id.startswith(KMS_INSTANCE_PREFIX):
        return kms_instance_id[len(KMS_INSTANCE_PREFIX) :]
    return None


class VeilKmsClient(pe.KmsClient):  # type: ignore[misc]  # pyarrow ships no type stubs
    """A pyarrow KMS client whose master keys are the keyring's AES256_GCM keysets.

    ``kms_instance_id`` is the id pyarrow hands the factory: ours when writing, the file's when
    reading. Veil errors raised here propagate through pyarrow unchanged; they are also appended
    to ``failures`` (when given) so a caller can report them even if pyarrow wrapped them.
    """

    def __init__(
        self,
        keyring: Keyring,
        *,
        kms_instance_id: str = "",
        failures: list[VeilError] | None = None,
    ) -> None:
        super().__init__()
        self._keyring = keyring
        self._file_keyring = _keyring_id(kms_instance_id)
        self._failures = failures

    def _foreign(self) -> str | None:
        """The other keyring's id, when the file names one that is not ours."""
        fid = self._file_keyring
        return fid if fid is not None and fid != self._keyring.id else None

    def _fail(self, error: VeilError) -> VeilError:
        if self._failures is not None:
            self._failures.append(error)
        return error

    def _keyset(self, name: str) -> Keyset:
        try:
            ks = self._keyring.keyset(name)
        except KeyringError as e:
            if self._foreign() is not None:
                raise self._foreign_error(str(e)) from None
            raise self._fail(KeyringError(f"master key {name!r}: {e}")) from None
        if ks.info.template is not Template.AES256_GCM:
            raise self._fail(
                UsageError(
                    f"keyset {name!r} is {ks.info.template.value}; Parquet master keys must be "
                    "AES256_GCM keysets"
                )
            )
        return ks

    def wrap_key(self, key_bytes: bytes, master_key_identifier: str) -> str:
        """Encrypt a DEK under the keyset's primary version; base64 text for the footer."""
        ks = self._keyset(master_key_identifier)
        try:
            wrapped = ks.encrypt(bytes(key_bytes), _aad(master_key_identifier))
        except VeilError as e:
            raise self._fail(e) from None
        return base64.b64encode(wrapped).decode("ascii")

    def _foreign_error(self, detail: str) -> VeilError:
        return self._fail(
            KeyringError(
                f"encrypted with another veil keyring ({self._foreign()}); this keyring "
                f"({self._keyring.id}) cannot unwrap its keys: {detail}"
            )
        )

    def unwrap_key(self, wrapped_key: str | bytes, master_key_identifier: str) -> bytes:
        """Decrypt a DEK with whichever keyset version wrapped it."""
        name = master_key_identifier
        ks = self._keyset(name)
        try:
            blob = base64.b64decode(wrapped_key, validate=True)
            version = ciphertext_version(blob)
        except (binascii.Error, ValueError, InvalidToken):
            raise self._fail(
                InvalidToken(f"wrapped data key for master key {name!r} is corrupt ({_TAMPERED})")
            ) from None
        foreign = self._foreign() is not None
        if ks.info.version(version) is None and not foreign:
            raise self._fail(
                KeyringError(
                    f"keyset {name!r} has no version {version}: the file was written under a "
                    "newer key than this keyring holds (restored from an older backup?), or "
                    "its key metadata was tampered with"
                )
            )
        try:
            return ks.decrypt(blob, _aad(name))
        except KeyringError as e:  # disabled, below the minimum version, destroyed
            if foreign:
                raise self._foreign_error(str(e)) from None
            raise self._fail(KeyringError(str(e))) from None
        except InvalidToken:
            if foreign:
                raise self._foreign_error(f"its keyset {name!r} is not this keyring's") from None
            raise self._fail(
                InvalidToken(
                    f"data key for master key {name!r} did not authenticate "
                    "(tampered key material, or written with another keyring)"
                )
            ) from None


def kms_client_factory(
    keyring: Keyring, failures: list[VeilError] | None = None
) -> Callable[[Any], VeilKmsClient]:
    """The ``kms_client_factory`` callable pyarrow's CryptoFactory wants, bound to ``keyring``."""

    def factory(config: Any) -> VeilKmsClient:
        instance = str(config.kms_instance_id)
        return VeilKmsClient(keyring, kms_instance_id=instance, failures=failures)

    return factory


def crypto_factory(keyring: Keyring, failures: list[VeilError] | None = None) -> Any:
    """A fresh ``pyarrow.parquet.encryption.CryptoFactory`` whose KMS is ``keyring``."""
    return pe.CryptoFactory(kms_client_factory(keyring, failures))


def _cache_lifetime(keyring: Keyring) -> timedelta:
    return timedelta(seconds=keyring.cache.ttl_seconds)


def _master_keyset(keyring: Keyring, name: str) -> Keyset:
    ks = keyring.keyset(name)  # KeyringError naming the known keysets
    if ks.info.template is not Template.AES256_GCM:
        raise UsageError(
            f"keyset {name!r} is {ks.info.template.value}; Parquet encryption needs AES256_GCM "
            f"keysets (create one with `veil keys create {name}-parquet`)"
        )
    return ks


def _check_column_keys(columns: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    owner: dict[str, str] = {}
    for name, cols in columns.items():
        if isinstance(cols, str):
            raise UsageError(f"columns[{name!r}] must be a list of column names, not a string")
        for col in cols:
            if not col or col != col.strip() or any(c in col for c in _FORBIDDEN):
                raise UsageError(
                    f"column {col!r} cannot be encrypted: Parquet key management cannot name "
                    "columns that contain ',', ';' or ':' or begin or end with a space"
                )
            if col in owner and owner[col] != name:
                raise UsageError(
                    f"column {col!r} is assigned to two keysets ({owner[col]!r} and {name!r})"
                )
            owner[col] = name
        if cols:
            out[name] = list(dict.fromkeys(cols))
    if not out:
        raise UsageError("no column to encrypt: name at least one column")
    return out


def encryption_properties(
    keyring: Keyring,
    *,
    footer_key: str,
    columns: Mapping[str, Sequence[str]],
    plaintext_footer: bool = False,
    failures: list[VeilError] | None = None,
) -> Any:
    """``FileEncryptionProperties`` for a ``pq.ParquetWriter``.

    ``columns`` maps keyset name -> Parquet column paths (leaf paths such as ``addr.zip`` for
    nested columns). Every keyset must exist and be AES256_GCM. Each call draws fresh DEKs:
    use one result for one file.
    """
    column_keys = _check_column_keys(columns)
    for name in {footer_key, *column_keys}:
        _master_keyset(keyring, name)
    config = pe.EncryptionConfiguration(
        footer_key=footer_key,
        column_keys=column_keys,
        encryption_algorithm=ALGORITHM,
        plaintext_footer=plaintext_footer,
        double_wrapping=False,
        internal_key_material=True,
        data_key_length_bits=DATA_KEY_BITS,
        cache_lifetime=_cache_lifetime(keyring),
    )
    kms = pe.KmsConnectionConfig(kms_instance_id=KMS_INSTANCE_PREFIX + keyring.id)
    return crypto_factory(keyring, failures).file_encryption_properties(kms, config)


def decryption_properties(keyring: Keyring, failures: list[VeilError] | None = None) -> Any:
    """``FileDecryptionProperties`` for ``pq.ParquetFile`` / ``pq.read_table`` / datasets.

    Reads files written under any of the keyring's keysets (any live version). Plain
    (unencrypted) Parquet files read with it too. The KMS instance id is left unset so that
    pyarrow passes the file's own id to the client (for the "another keyring" message).
    """
    config = pe.DecryptionConfiguration(cache_lifetime=_cache_lifetime(keyring))
    return crypto_factory(keyring, failures).file_decryption_properties(
        pe.KmsConnectionConfig(), config
    )


# ---------------------------------------------------------------- errors


_TAMPER_HINTS = ("decrypt", "signature verification", "ciphertext")
# the key metadata (wrapped DEKs, master key names) is plaintext JSON outside the AAD: pyarrow
# parses it before anything authenticates, so damage there shows up as a parse error
_KEY_METADATA_HINTS = ("key metadata", "key material", "error accessing key", "no footer key")
_KEY_METADATA_FIELD = re.compile(r"^key '\w+' (does not exist|is not a)")
_NOT_PARQUET_HINTS = ("magic bytes", "minimum file footer", "file size is 0")


def _reason(exc: BaseException) -> str:
    msg = str(exc).strip()
    if msg.startswith("Could not open Parquet input source") and "': " in msg:
        msg = msg.split("': ", 1)[1]
    return " ".join(msg.split())


def _translate(exc: BaseException, source: str, failures: Sequence[VeilError]) -> VeilError:
    """Map a pyarrow / KMS failure while reading ``source`` to one veil error."""
    first: BaseException = failures[0] if failures else exc
    if isinstance(first, InputError):
        return first
    if isinstance(first, KeyringError | InvalidToken | UsageError):
        return type(first)(f"{source}: {first}")
    if isinstance(first, VeilError):
        return first
    reason = _reason(exc)
    low = reason.lower()
    if "no decryption found" in low or "cannot decrypt columnmetadata" in low:
        return KeyringError(f"{source}: encrypted Parquet file, and no key was given to read it")
    if any(h in low for h in _TAMPER_HINTS):
        return InvalidToken(f"{source}: encrypted Parquet data did not authenticate ({_TAMPERED})")
    if any(h in low for h in _KEY_METADATA_HINTS) or _KEY_METADATA_FIELD.match(low):
        return InvalidToken(f"{source}: Parquet encryption key metadata is malformed ({_TAMPERED})")
    if "deserialize thrift" in low:
        return InputError(f"corrupt Parquet metadata ({_TAMPERED})", source=source)
    if "checksum" in low:
        return InputError(f"a page failed its CRC checksum ({_TAMPERED})", source=source)
    if any(h in low for h in _NOT_PARQUET_HINTS):
        return InputError(f"not a Parquet file ({reason})", source=source)
    return InputError(f"unreadable Parquet data: {reason}", source=source)


_PYARROW_ERRORS = (pa.ArrowException, OSError, ValueError, VeilError)


@contextlib.contextmanager
def _mapped(source: str, failures: Sequence[VeilError]) -> Iterator[None]:
    try:
        yield
    except _PYARROW_ERRORS as e:
        raise _translate(e, source, failures) from None


def _open(keyring: Keyring, path: Path, failures: list[VeilError]) -> Any:
    source = str(path)
    if not path.exists():
        raise InputError("no such file", source=source)
    if path.is_dir():
        raise InputError("is a directory, not a Parquet file", source=source)
    with _mapped(source, failures):
        return pq.ParquetFile(
            source,
            decryption_properties=decryption_properties(keyring, failures),
            page_checksum_verification=True,
        )


def _leaf_paths(pf: Any) -> list[str]:
    schema = pf.schema
    return [str(schema.column(i).path) for i in range(len(schema))]


def _resolve(
    requested: Sequence[str], top: Sequence[str], leaves: Sequence[str], source: str
) -> dict[str, list[str]]:
    """Requested name -> Parquet leaf paths (a top-level nested column -> all its leaves)."""
    out: dict[str, list[str]] = {}
    unknown: list[str] = []
    for name in requested:
        if name in leaves:
            out[name] = [name]
        elif name in top:
            out[name] = [p for p in leaves if p.startswith(name + ".")]
        else:
            unknown.append(name)
    if unknown:
        extra = [p for p in leaves if p not in top]
        available = ", ".join([*top, *extra])
        raise UsageError(
            f"{source}: no column named {', '.join(map(repr, unknown))} "
            f"(available columns: {available})"
        )
    return out


# ---------------------------------------------------------------- read


def read_parquet(
    keyring: Keyring, path: str | Path, columns: Sequence[str] | None = None
) -> pa.Table:
    """Read (and decrypt) a Parquet file, or some of its columns, with the keyring's keys."""
    p = Path(path)
    failures: list[VeilError] = []
    pf = _open(keyring, p, failures)
    with pf:
        if columns is not None:
            if isinstance(columns, str):
                raise UsageError("columns must be a list of column names, not a string")
            _resolve(columns, pf.schema_arrow.names, _leaf_paths(pf), str(p))
        with _mapped(str(p), failures):
            table: pa.Table = pf.read(columns=None if columns is None else list(columns))
    return table


# ---------------------------------------------------------------- encrypt


@dataclass
class EncryptReport:
    """What :func:`encrypt_parquet` wrote."""

    source: str
    path: str
    rows: int
    row_groups: int
    bytes: int
    footer_key: str
    plaintext_footer: bool
    columns: dict[str, list[str]]
    """keyset name -> the Parquet column paths encrypted under it"""
    key_versions: dict[str, int]
    """keyset name -> the version that wrapped this file's data keys"""
    detected: dict[str, str] = field(default_factory=dict)
    """with ``detect``: column -> detected entity type"""
    unencrypted: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "path": self.path,
            "rows": self.rows,
            "row_groups": self.row_groups,
            "bytes": self.bytes,
            "footer_key": self.footer_key,
            "plaintext_footer": self.plaintext_footer,
            "columns": {k: list(v) for k, v in self.columns.items()},
            "key_versions": dict(self.key_versions),
            "detected": dict(self.detected),
            "unencrypted": list(self.unencrypted),
        }


def _detect(pf: Any, source: str, failures: list[VeilError]) -> dict[str, str]:
    """Top-level column -> entity type, from the first rows (veil.detect, no NER)."""
    import polars as pl

    from veil.detect import Detector

    with _mapped(source, failures):
        batch = next(iter(pf.iter_batches(batch_size=DETECT_SAMPLE_ROWS)), None)
    if batch is None:
        return {}
    frame = pl.from_arrow(pa.Table.from_batches([batch]))
    if not isinstance(frame, pl.DataFrame):
        frame = frame.to_frame()
    found = Detector(ner=False).classify(frame, sample=DETECT_SAMPLE_ROWS)
    return {c.column: c.entity_type.value for c in found if c.entity_type is not None}


def _plan(
    pf: Any,
    source: str,
    columns: Mapping[str, Sequence[str]] | None,
    footer_key: str,
    detected: Mapping[str, str],
) -> dict[str, list[str]]:
    """keyset -> leaf paths; every leaf at most once."""
    top = list(pf.schema_arrow.names)
    leaves = _leaf_paths(pf)
    plan: dict[str, list[str]] = {}
    taken: set[str] = set()
    if columns is not None:
        for name, cols in columns.items():
            if isinstance(cols, str):
                raise UsageError(f"columns[{name!r}] must be a list of column names, not a string")
            for paths in _resolve(list(cols), top, leaves, source).values():
                for leaf in paths:
                    if leaf not in taken:
                        plan.setdefault(name, []).append(leaf)
                        taken.add(leaf)
    for col in detected:
        for leaf in _resolve([col], top, leaves, source)[col]:
            if leaf not in taken:
                plan.setdefault(footer_key, []).append(leaf)
                taken.add(leaf)
    if not plan:  # never write a file with no encrypted column by accident
        plan[footer_key] = list(leaves)
    return plan


def _batches(pf: Any, rows: int, source: str, failures: list[VeilError]) -> Iterator[pa.Table]:
    """Source rows in tables of about ``rows`` rows (small source row groups are merged)."""
    buf: list[pa.RecordBatch] = []
    n = 0
    it = iter(pf.iter_batches(batch_size=rows))
    while True:
        with _mapped(source, failures):
            batch = next(it, None)
        if batch is None:
            break
        buf.append(batch)
        n += batch.num_rows
        if n >= rows:
            yield pa.Table.from_batches(buf, schema=pf.schema_arrow)
            buf, n = [], 0
    if buf:
        yield pa.Table.from_batches(buf, schema=pf.schema_arrow)


def _check_paths(src: Path, dst: Path) -> None:
    with contextlib.suppress(OSError):
        if src.resolve() == dst.resolve():
            raise UsageError("input and output are the same file")
    if not dst.parent.exists():
        raise UsageError(f"output directory {dst.parent} does not exist")
    if dst.is_dir():
        raise UsageError(f"output {dst} is a directory")


def encrypt_parquet(
    keyring: Keyring,
    src: str | Path,
    dst: str | Path,
    *,
    columns: Mapping[str, Sequence[str]] | None = None,
    footer_key: str,
    plaintext_footer: bool = False,
    detect: bool = False,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    progress: Progress | None = None,
) -> EncryptReport:
    """Write ``src`` to ``dst`` with Parquet Modular Encryption under veil keysets.

    ``columns`` maps keyset name -> column names (top-level names, or leaf paths such as
    ``addr.zip``; a nested top-level column means all its leaves). ``footer_key`` names the
    keyset for the footer. With ``detect``, columns that :mod:`veil.detect` classifies as
    sensitive from the first rows are added under ``footer_key`` when ``columns`` does not
    already place them. When nothing names a column (``columns`` is None and nothing was
    detected) every column is encrypted under ``footer_key``: a file never leaves here with no
    encrypted column.

    ``src`` may itself be encrypted (under this keyring): the file is then re-encrypted with
    fresh data keys under the keysets' current primary versions.

    Rows stream through in batches of ``batch_rows`` (one output row group each), so memory
    stays flat. ``dst`` appears only complete: a temporary file beside it is renamed over it
    at the end and removed on any failure.
    """
    if batch_rows < 1:
        raise UsageError("batch_rows must be positive")
    src_p, dst_p = Path(src), Path(dst)
    source = str(src_p)
    _check_paths(src_p, dst_p)
    _master_keyset(keyring, footer_key)
    if columns is not None:
        for name in columns:
            _master_keyset(keyring, name)
    failures: list[VeilError] = []
    pf = _open(keyring, src_p, failures)
    with pf:
        detected = _detect(pf, source, failures) if detect else {}
        plan = _plan(pf, source, columns, footer_key, detected)
        props = encryption_properties(
            keyring,
            footer_key=footer_key,
            columns=plan,
            plaintext_footer=plaintext_footer,
            failures=failures,
        )
        versions = {name: keyring.keyset(name).primary for name in sorted({footer_key, *plan})}
        encrypted = {leaf for leaves in plan.values() for leaf in leaves}
        report = EncryptReport(
            source=source,
            path=str(dst_p),
            rows=0,
            row_groups=0,
            bytes=0,
            footer_key=footer_key,
            plaintext_footer=plaintext_footer,
            columns=plan,
            key_versions=versions,
            detected=detected,
            unencrypted=[p for p in _leaf_paths(pf) if p not in encrypted],
        )
        with atomic_path(dst_p) as tmp:
            try:
                writer = pq.ParquetWriter(
                    tmp,
                    pf.schema_arrow,
                    encryption_properties=props,
                    write_page_checksum=True,
                )
            except _PYARROW_ERRORS as e:
                raise VeilError(f"{dst_p}: could not start the encrypted file: {e}") from None
            try:
                for table in _batches(pf, batch_rows, source, failures):
                    try:
                        writer.write_table(table, row_group_size=max(batch_rows, table.num_rows))
                    except _PYARROW_ERRORS as e:
                        if failures:
                            raise _translate(e, str(dst_p), failures) from None
                        raise VeilError(f"{dst_p}: writing failed: {e}") from None
                    report.rows += table.num_rows
                    report.row_groups += 1
                    if progress is not None:
                        progress(table.num_rows)
            except BaseException:
                with contextlib.suppress(Exception):
                    writer.close()
                raise
            with _mapped(str(dst_p), failures):
                writer.close()
            report.bytes = tmp.stat().st_size
    return report


def decrypt_parquet(
    keyring: Keyring,
    src: str | Path,
    dst: str | Path,
    *,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    progress: Progress | None = None,
) -> int:
    """Write a plaintext Parquet copy of an encrypted one; returns the row count.

    Streams row groups (memory stays flat); ``dst`` appears only once every page decrypted
    and authenticated. Most jobs should rather read the encrypted file directly with
    :func:`decryption_properties` and never write plaintext at rest.
    """
    src_p, dst_p = Path(src), Path(dst)
    source = str(src_p)
    _check_paths(src_p, dst_p)
    failures: list[VeilError] = []
    pf = _open(keyring, src_p, failures)
    rows = 0
    with pf, atomic_path(dst_p) as tmp:
        writer = pq.ParquetWriter(tmp, pf.schema_arrow)
        try:
            for table in _batches(pf, batch_rows, source, failures):
                writer.write_table(table)
                rows += table.num_rows
                if progress is not None:
                    progress(table.num_rows)
        finally:
            writer.close()
    return rows
