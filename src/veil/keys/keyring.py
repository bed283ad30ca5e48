"""The keyring: named keysets of versioned keys, encrypted at rest under a KEK.

Tink's model on pyca: a keyset holds versions; one primary version encrypts; every
ciphertext starts with ``0x01 | version (u32)``; older versions decrypt until disabled,
below the keyset's minimum decryption version, or destroyed (crypto-shredding: the wrapped
material is deleted from the keyring).

File (``VEIL_HOME/keyring.json``, mode 0600, replaced atomically)::

    {"format": "veil-keyring", "version": 1, "id": <hex>, "kek": {backend facts},
     "body_key": hex(KEK.wrap(body key, "veil-keyring|<id>|body")),
     "body": hex(AES-256-GCM(body key, JSON of the keysets, aad = canonical header))}

Each key version's material inside the body is itself wrapped by the KEK under the context
``veil-keyring|<id>|<keyset>|<template>|<version>``, so with an HSM the material is only
ever unwrapped inside the HSM, and a blob moved to another slot does not unwrap. Unwrapped
material and the primitives built from it are cached in memory with a TTL and a usage
limit (``VEIL_KEY_CACHE_TTL``, ``VEIL_KEY_CACHE_USES``): hot paths never call the HSM.

Writers take an exclusive ``flock`` on ``keyring.lock`` and re-read the file before they
change it, so two processes rotating at once do not lose each other's versions.
"""

from __future__ import annotations

import contextlib
import enum
import fcntl
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from veil._atomic import atomic_path
from veil.crypto import AesGcm, AesSiv, hmac_sha256, random_bytes
from veil.crypto.aead import constant_time_equal
from veil.crypto.ff1 import FF1
from veil.crypto.sign import Ed25519Signer
from veil.errors import InvalidToken, KeyringError, UsageError
from veil.keys.events import KeyEvent, emit
from veil.keys.kms.interface import KekBackend

__all__ = [
    "CIPHERTEXT_PREFIX_SIZE",
    "DataKey",
    "KeyState",
    "KeyVersion",
    "Keyring",
    "Keyset",
    "KeysetInfo",
    "Template",
    "ciphertext_version",
]

KEYRING_FILE = "keyring.json"
LOCK_FILE = "keyring.lock"
FORMAT = "veil-keyring"
FORMAT_VERSION = 1
CIPHERTEXT_MARKER = 0x01
CIPHERTEXT_PREFIX_SIZE = 5
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class Template(enum.StrEnum):
    """Named key templates (never raw parameters)."""

    AES256_GCM = "AES256_GCM"
    """Randomized AEAD; the default for anything at rest."""
    AES256_SIV = "AES256_SIV"
    """Deterministic AEAD: equal plaintexts give equal ciphertexts. Only where needed."""
    HMAC_SHA256 = "HMAC_SHA256"
    """MAC / PRF: blind indexes, pseudonyms."""
    FF1_AES256 = "FF1_AES256"
    """Format-preserving encryption (NIST SP 800-38G FF1)."""
    ED25519 = "ED25519"
    """Signatures (RFC 8032): signed audit checkpoints. The material is the private seed."""

    @property
    def key_size(self) -> int:
        return 64 if self is Template.AES256_SIV else 32

    @classmethod
    def parse(cls, value: str) -> Template:
        try:
            return cls(value.strip().upper())
        except ValueError:
            names = ", ".join(t.value for t in cls)
            raise UsageError(f"unknown key template {value!r}; choose one of {names}") from None


class KeyState(enum.StrEnum):
    ENABLED = "enabled"
    DISABLED = "disabled"
    DESTROYED = "destroyed"


@dataclass(frozen=True)
class KeyVersion:
    version: int
    state: KeyState
    created_at: datetime
    wrapped: bytes | None
    destroyed_at: datetime | None = None


@dataclass(frozen=True)
class KeysetInfo:
    name: str
    template: Template
    created_at: datetime
    primary: int
    min_decrypt_version: int
    rotation_period: timedelta | None
    exportable: bool
    versions: tuple[KeyVersion, ...]

    def version(self, v: int) -> KeyVersion | None:
        for kv in self.versions:
            if kv.version == v:
                return kv
        return None

    def rotation_due(self, now: datetime) -> bool:
        if self.rotation_period is None:
            return False
        primary = self.version(self.primary)
        return primary is not None and primary.created_at + self.rotation_period <= now


def ciphertext_version(ciphertext: bytes) -> int:
    """The key version a keyset ciphertext (or MAC) was made with."""
    if len(ciphertext) < CIPHERTEXT_PREFIX_SIZE or ciphertext[0] != CIPHERTEXT_MARKER:
        raise InvalidToken("not a veil keyset ciphertext")
    return int.from_bytes(ciphertext[1:5], "big")


def _prefix(version: int) -> bytes:
    return bytes([CIPHERTEXT_MARKER]) + version.to_bytes(4, "big")


def _ts(d: datetime) -> str:
    return d.astimezone(UTC).isoformat()


def _parse_ts(s: str) -> datetime:
    return datetime.fromisoformat(s)


# ---------------------------------------------------------------- (de)serialization


def _info_to_json(info: KeysetInfo) -> dict[str, Any]:
    return {
        "template": info.template.value,
        "created_at": _ts(info.created_at),
        "primary": info.primary,
        "min_decrypt_version": info.min_decrypt_version,
        "rotation_period_s": (
            None if info.rotation_period is None else int(info.rotation_period.total_seconds())
        ),
        "exportable": info.exportable,
        "versions": [
            {
                "version": kv.version,
                "state": kv.state.value,
                "created_at": _ts(kv.created_at),
                "material": None if kv.wrapped is None else kv.wrapped.hex(),
                "destroyed_at": None if kv.destroyed_at is None else _ts(kv.destroyed_at),
            }
            for kv in info.versions
        ],
    }


def _info_from_json(name: str, d: dict[str, Any]) -> KeysetInfo:
    period = d.get("rotation_period_s")
    return KeysetInfo(
        name=name,
        template=Template(d["template"]),
        created_at=_parse_ts(d["created_at"]),
        primary=int(d["primary"]),
        min_decrypt_version=int(d["min_decrypt_version"]),
        rotation_period=None if period is None else timedelta(seconds=int(period)),
        exportable=bool(d["exportable"]),
        versions=tuple(
            KeyVersion(
                version=int(v["version"]),
                state=KeyState(v["state"]),
                created_at=_parse_ts(v["created_at"]),
                wrapped=None if v["material"] is None else bytes.fromhex(v["material"]),
                destroyed_at=None
                if v.get("destroyed_at") is None
                else _parse_ts(v["destroyed_at"]),
            )
            for v in d["versions"]
        ),
    )


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


def read_header(path: Path) -> dict[str, Any]:
    """The keyring file's plaintext header (format, id, KEK facts); no secrets in it."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyringError(
            f"no keyring at {path}; run `veil init` (or set VEIL_HOME to an existing one)"
        ) from None
    try:
        doc = json.loads(raw)
        if doc.get("format") != FORMAT:
            raise ValueError
    except (ValueError, AttributeError):
        raise KeyringError(f"{path}: not a veil keyring file") from None
    if doc.get("version") != FORMAT_VERSION:
        raise KeyringError(f"{path}: unsupported keyring version {doc.get('version')}")
    return dict(doc)


# ---------------------------------------------------------------- primitives cache


@dataclass
class _Cached:
    primitive: Any
    deadline: float
    uses: int


@dataclass(frozen=True)
class CachePolicy:
    ttl_seconds: float = 300.0
    max_uses: int = 1_000_000


# ---------------------------------------------------------------- keyring


class Keyring:
    """A loaded keyring. Mutations persist immediately (atomic write under a file lock)."""

    def __init__(
        self,
        path: Path,
        kek: KekBackend,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        cache: CachePolicy | None = None,
    ) -> None:
        self.path = path
        self.kek = kek
        self.clock = clock
        self.cache = cache or CachePolicy()
        header = read_header(path)
        self.id = str(header["id"])
        self.kek_facts: dict[str, Any] = dict(header["kek"])
        self._keysets: dict[str, KeysetInfo] = {}
        self._handles: dict[str, Keyset] = {}
        self._lock = threading.RLock()
        self._load()

    # -- file I/O ---------------------------------------------------------------

    @staticmethod
    def initialize(path: Path, kek: KekBackend, kek_facts: dict[str, Any]) -> None:
        """Write a new, empty keyring file. Refuses to overwrite an existing one."""
        if path.exists():
            raise KeyringError(f"a keyring already exists at {path}; refusing to overwrite it")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        header = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "id": secrets.token_hex(16),
            "kek": kek_facts,
        }
        _write_doc(path, header, {"keysets": {}}, kek)

    def _read_body(self) -> dict[str, Any]:
        header = read_header(self.path)
        if str(header["id"]) != self.id:
            raise KeyringError(f"{self.path}: keyring was replaced by another one")
        return _open_body(self.path, header, self.kek)

    def _load(self) -> None:
        body = self._read_body()
        self._keysets = {
            name: _info_from_json(name, d) for name, d in sorted(body["keysets"].items())
        }

    @contextlib.contextmanager
    def _transaction(
        self, *, new_kek: KekBackend | None = None, facts: dict[str, Any] | None = None
    ) -> Iterator[dict[str, KeysetInfo]]:
        """Lock, re-read, let the caller change the mapping, write atomically (under
        ``new_kek`` when one is given: the keyring then moves to that root of trust)."""
        lock_path = self.path.with_name(LOCK_FILE)
        with self._lock, open(lock_path, "a+b") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                self._load()
                state = dict(self._keysets)
                yield state
                header = {
                    k: v for k, v in read_header(self.path).items() if k not in ("body", "body_key")
                }
                if new_kek is not None and facts is not None:
                    header["kek"] = facts
                body = {"keysets": {n: _info_to_json(i) for n, i in sorted(state.items())}}
                _write_doc(self.path, header, body, self.kek if new_kek is None else new_kek)
                if new_kek is not None and facts is not None:
                    old, self.kek, self.kek_facts = self.kek, new_kek, dict(facts)
                    old.close()
                self._keysets = state
                for name, handle in list(self._handles.items()):
                    if name in state:
                        handle._refresh(state[name])
                    else:
                        del self._handles[name]
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def reload(self) -> None:
        """Re-read the keyring file (another process rotated or destroyed a version)."""
        with self._lock:
            self._load()
            for name, handle in list(self._handles.items()):
                if name in self._keysets:
                    handle._refresh(self._keysets[name])
                else:
                    del self._handles[name]

    # -- queries -------------------------------------------------------------------

    def keysets(self) -> list[KeysetInfo]:
        return list(self._keysets.values())

    def info(self, name: str) -> KeysetInfo:
        try:
            return self._keysets[name]
        except KeyError:
            known = ", ".join(self._keysets) or "none yet"
            raise KeyringError(f"no keyset named {name!r} (keysets: {known})") from None

    def keyset(self, name: str) -> Keyset:
        """A handle for using the keyset (encrypt, decrypt, MAC, FF1)."""
        with self._lock:
            handle = self._handles.get(name)
            if handle is None:
                handle = Keyset(self, self.info(name))
                self._handles[name] = handle
            return handle

    def ensure(self, name: str, template: Template) -> Keyset:
        """The keyset ``name``, created with ``template`` if it does not exist yet (safe when
        several processes do this at once)."""
        if name not in self._keysets:
            with contextlib.suppress(KeyringError):  # another process created it first
                self.create(name, template)
        info = self.info(name)
        if info.template is not template:
            raise KeyringError(
                f"keyset {name!r} is {info.template.value}, expected {template.value}"
            )
        return self.keyset(name)

    def _context(self, name: str, template: Template, version: int) -> bytes:
        return f"veil-keyring|{self.id}|{name}|{template.value}|{version}".encode()

    def _material(self, info: KeysetInfo, version: int) -> bytes:
        kv = info.version(version)
        if kv is None:
            raise KeyringError(f"keyset {info.name!r} has no version {version}")
        if kv.state is KeyState.DESTROYED or kv.wrapped is None:
            raise KeyringError(
                f"keyset {info.name!r} version {version} was destroyed; "
                "data under it can no longer be decrypted"
            )
        return self.kek.unwrap(kv.wrapped, self._context(info.name, info.template, version))

    # -- mutations -----------------------------------------------------------------

    def _new_version(
        self, name: str, template: Template, version: int, now: datetime
    ) -> KeyVersion:
        material = random_bytes(template.key_size)
        wrapped = self.kek.wrap(material, self._context(name, template, version))
        return KeyVersion(version, KeyState.ENABLED, now, wrapped)

    def create(
        self,
        name: str,
        template: Template = Template.AES256_GCM,
        *,
        rotation_period: timedelta | None = None,
        exportable: bool = False,
    ) -> KeysetInfo:
        if not _NAME.match(name):
            raise UsageError(
                f"invalid keyset name {name!r}: use 1-64 letters, digits, '_', '.', '-'"
            )
        if rotation_period is not None and rotation_period <= timedelta(0):
            raise UsageError("rotation period must be positive")
        now = self.clock()
        with self._transaction() as state:
            if name in state:
                raise KeyringError(f"keyset {name!r} already exists")
            info = KeysetInfo(
                name=name,
                template=template,
                created_at=now,
                primary=1,
                min_decrypt_version=1,
                rotation_period=rotation_period,
                exportable=exportable,
                versions=(self._new_version(name, template, 1, now),),
            )
            state[name] = info
        emit(KeyEvent("create", name, 1, now, {"template": template.value}))
        return info

    def rotate(self, name: str) -> KeysetInfo:
        """Add a new version and make it primary. Old versions still decrypt."""
        now = self.clock()
        with self._transaction() as state:
            info = _get(state, name)
            version = max(kv.version for kv in info.versions) + 1
            kv = self._new_version(name, info.template, version, now)
            info = replace(info, primary=version, versions=(*info.versions, kv))
            state[name] = info
        emit(KeyEvent("rotate", name, info.primary, now))
        return info

    def rotate_due(self) -> list[KeysetInfo]:
        """Rotate every keyset whose primary is older than its ``rotation_period``."""
        now = self.clock()
        return [self.rotate(i.name) for i in self.keysets() if i.rotation_due(now)]

    def set_rotation_period(self, name: str, period: timedelta | None) -> KeysetInfo:
        if period is not None and period <= timedelta(0):
            raise UsageError("rotation period must be positive")
        with self._transaction() as state:
            info = replace(_get(state, name), rotation_period=period)
            state[name] = info
        emit(KeyEvent("set-rotation-period", name, None, self.clock()))
        return info

    def _set_state(self, name: str, version: int, new: KeyState, action: str) -> KeysetInfo:
        now = self.clock()
        with self._transaction() as state:
            info = _get(state, name)
            kv = info.version(version)
            if kv is None:
                raise KeyringError(f"keyset {name!r} has no version {version}")
            if kv.state is KeyState.DESTROYED:
                raise KeyringError(f"keyset {name!r} version {version} is destroyed")
            if version == info.primary and new is not KeyState.ENABLED:
                raise KeyringError(
                    f"version {version} is the primary of {name!r}; rotate first, then {action} it"
                )
            if new is KeyState.DESTROYED:
                kv = replace(kv, state=new, wrapped=None, destroyed_at=now)
            else:
                kv = replace(kv, state=new)
            versions = tuple(kv if v.version == version else v for v in info.versions)
            info = replace(info, versions=versions)
            state[name] = info
        emit(KeyEvent(action, name, version, now))
        return info

    def disable(self, name: str, version: int) -> KeysetInfo:
        return self._set_state(name, version, KeyState.DISABLED, "disable")

    def enable(self, name: str, version: int) -> KeysetInfo:
        return self._set_state(name, version, KeyState.ENABLED, "enable")

    def destroy(self, name: str, version: int) -> KeysetInfo:
        """Crypto-shredding: delete the version's material. Irreversible."""
        return self._set_state(name, version, KeyState.DESTROYED, "destroy")

    def set_min_decrypt_version(self, name: str, version: int) -> KeysetInfo:
        now = self.clock()
        with self._transaction() as state:
            info = _get(state, name)
            if not 1 <= version <= info.primary:
                raise UsageError(
                    f"minimum decryption version must be between 1 and the primary ({info.primary})"
                )
            info = replace(info, min_decrypt_version=version)
            state[name] = info
        emit(KeyEvent("set-min-decrypt-version", name, version, now))
        return info

    def migrate_kek(self, new_kek: KekBackend, facts: dict[str, Any]) -> None:
        """Move the keyring to another root of trust (e.g. local passphrase → HSM).

        Every live version is unwrapped with the old KEK and wrapped with the new one inside
        this process; destroyed versions stay destroyed. One atomic write: a crash leaves
        the old keyring intact.
        """
        with self._transaction(new_kek=new_kek, facts=facts) as state:
            for name, info in list(state.items()):
                versions = []
                for kv in info.versions:
                    if kv.wrapped is not None:
                        ctx = self._context(name, info.template, kv.version)
                        kv = replace(
                            kv, wrapped=new_kek.wrap(self.kek.unwrap(kv.wrapped, ctx), ctx)
                        )
                    versions.append(kv)
                state[name] = replace(info, versions=tuple(versions))
        emit(KeyEvent("migrate-kek", "*", None, self.clock(), {"backend": str(facts["backend"])}))

    def export_material(self, name: str, version: int | None = None) -> bytes:
        """Raw key material, only for keysets created ``exportable``."""
        info = self.info(name)
        if not info.exportable:
            raise KeyringError(f"keyset {name!r} was not created exportable; its keys never leave")
        v = info.primary if version is None else version
        material = self._material(info, v)
        emit(KeyEvent("export", name, v, self.clock()))
        return material

    def close(self) -> None:
        self._handles.clear()
        self.kek.close()


def _get(state: dict[str, KeysetInfo], name: str) -> KeysetInfo:
    try:
        return state[name]
    except KeyError:
        raise KeyringError(f"no keyset named {name!r}") from None


def _write_doc(path: Path, header: dict[str, Any], body: dict[str, Any], kek: KekBackend) -> None:
    body_key = random_bytes(32)
    aad = _canonical(header)
    ctx = f"veil-keyring|{header['id']}|body".encode()
    doc = dict(header)
    doc["body_key"] = kek.wrap(body_key, ctx).hex()
    doc["body"] = AesGcm(body_key).encrypt(_canonical(body), aad).hex()
    data = json.dumps(doc, indent=1).encode("utf-8") + b"\n"
    with atomic_path(path, mode=0o600) as tmp:
        tmp.write_bytes(data)


def _open_body(path: Path, header: dict[str, Any], kek: KekBackend) -> dict[str, Any]:
    meta = {k: v for k, v in header.items() if k not in ("body", "body_key")}
    ctx = f"veil-keyring|{header['id']}|body".encode()
    try:
        body_key = kek.unwrap(bytes.fromhex(str(header["body_key"])), ctx)
    except (InvalidToken, ValueError, KeyError):
        if kek.name == "local":
            raise KeyringError(f"wrong passphrase for the keyring at {path}") from None
        raise KeyringError(f"the KEK could not unwrap the keyring at {path} (wrong key?)") from None
    try:
        plain = AesGcm(body_key).decrypt(bytes.fromhex(str(header["body"])), _canonical(meta))
        body = json.loads(plain)
    except (InvalidToken, ValueError, KeyError):
        raise KeyringError(f"{path}: keyring file is corrupt or was tampered with") from None
    return dict(body)


# ---------------------------------------------------------------- keyset handle


class DataKey:
    """An unwrapped AES-256-GCM data key (e.g. one per data subject). Its material stays in
    this object; only :mod:`veil.keys` constructs it."""

    __slots__ = ("_aead",)

    def __init__(self, material: bytes) -> None:
        self._aead = AesGcm(material)

    def encrypt(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        return self._aead.encrypt(plaintext, aad)

    def decrypt(self, ciphertext: bytes, aad: bytes = b"") -> bytes:
        return self._aead.decrypt(ciphertext, aad)


class Keyset:
    """Use a keyset: the primitive its template names, with version prefixes."""

    def __init__(self, keyring: Keyring, info: KeysetInfo) -> None:
        self._keyring = keyring
        self._info = info
        self._cache: dict[int, _Cached] = {}
        self._primary_prefix = _prefix(info.primary)
        # AES-GCM hot path: one sealing closure for the primary and one opening closure per
        # version seen, each counting its uses and calling _expire every _CHECK_EVERY values,
        # which applies the cache TTL and usage limit (then the closures are rebuilt).
        self._openers: dict[bytes, Callable[..., bytes]] = {}
        self._uninstall()
        self._uses_left = 0
        self._deadline = 0.0

    @property
    def info(self) -> KeysetInfo:
        return self._info

    @property
    def name(self) -> str:
        return self._info.name

    @property
    def primary(self) -> int:
        return self._info.primary

    def _refresh(self, info: KeysetInfo) -> None:
        self._info = info
        self._cache.clear()
        self._primary_prefix = _prefix(info.primary)
        self._uninstall()
        self._uses_left = 0

    _CHECK_EVERY = 4096

    def _require(self, *templates: Template) -> None:
        if self._info.template not in templates:
            want = " or ".join(t.value for t in templates)
            raise UsageError(
                f"keyset {self.name!r} is {self._info.template.value}; this operation needs {want}"
            )

    def _build(self, material: bytes) -> Any:
        t = self._info.template
        if t is Template.AES256_GCM:
            return AesGcm(material)
        if t is Template.AES256_SIV:
            return AesSiv(material)
        if t is Template.FF1_AES256:
            return material
        if t is Template.ED25519:
            return Ed25519Signer(material)
        return material  # HMAC_SHA256: the key itself

    def _primitive(self, version: int, *, for_decrypt: bool) -> Any:
        entry = self._cache.get(version)
        if entry is not None:
            entry.uses -= 1
            if entry.uses > 0 and time.monotonic() < entry.deadline:
                return entry.primitive
        info = self._info
        kv = info.version(version)
        if kv is None:  # another process may have rotated: look at the file once
            self._keyring.reload()
            info = self._info
            kv = info.version(version)
        if kv is None:
            raise KeyringError(f"keyset {self.name!r} has no version {version}")
        if kv.state is KeyState.DISABLED:
            raise KeyringError(f"keyset {self.name!r} version {version} is disabled")
        if for_decrypt and version < info.min_decrypt_version:
            raise KeyringError(
                f"keyset {self.name!r} version {version} is below the minimum decryption "
                f"version {info.min_decrypt_version}"
            )
        primitive = self._build(self._keyring._material(info, version))
        policy = self._keyring.cache
        self._cache[version] = _Cached(
            primitive, time.monotonic() + policy.ttl_seconds, policy.max_uses
        )
        return primitive

    # -- AEAD (AES256_GCM) ------------------------------------------------------------

    def _uninstall(self) -> None:
        self._seal: Callable[[bytes, bytes], bytes] | None = None
        self._openers = {}

    def _expire(self) -> None:
        """A closure used up its window: apply the TTL/usage policy on the next call."""
        self._uses_left -= self._CHECK_EVERY
        if time.monotonic() >= self._deadline or self._uses_left <= 0:
            self._uninstall()
            self._cache.clear()

    def _window_start(self) -> None:
        if self._uses_left <= 0 or time.monotonic() >= self._deadline:
            policy = self._keyring.cache
            self._deadline = time.monotonic() + policy.ttl_seconds
            self._uses_left = policy.max_uses

    def encrypt(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        """``0x01 | version | nonce | ciphertext | tag`` under the primary version."""
        seal = self._seal
        if seal is None:
            self._require(Template.AES256_GCM)
            self._window_start()
            aead: AesGcm = self._primitive(self._info.primary, for_decrypt=False)
            seal = self._seal = aead.sealer(self._primary_prefix, self._CHECK_EVERY, self._expire)
        return seal(plaintext, aad)

    def decrypt(self, ciphertext: bytes, aad: bytes = b"") -> bytes:
        opener = self._openers.get(ciphertext[:CIPHERTEXT_PREFIX_SIZE])
        if opener is None:
            self._require(Template.AES256_GCM)
            version = ciphertext_version(ciphertext)
            self._window_start()
            aead: AesGcm = self._primitive(version, for_decrypt=True)
            opener = aead.opener(CIPHERTEXT_PREFIX_SIZE, self._CHECK_EVERY, self._expire)
            self._openers[ciphertext[:CIPHERTEXT_PREFIX_SIZE]] = opener
        return opener(ciphertext, aad)

    # -- deterministic AEAD (AES256_SIV) ---------------------------------------------------

    def encrypt_deterministically(self, plaintext: bytes, aad: bytes = b"") -> bytes:
        self._require(Template.AES256_SIV)
        siv: AesSiv = self._primitive(self._info.primary, for_decrypt=False)
        return self._primary_prefix + siv.encrypt_deterministically(plaintext, aad)

    def decrypt_deterministically(self, ciphertext: bytes, aad: bytes = b"") -> bytes:
        self._require(Template.AES256_SIV)
        version = ciphertext_version(ciphertext)
        siv: AesSiv = self._primitive(version, for_decrypt=True)
        return siv.decrypt_deterministically(ciphertext[5:], aad)

    # -- MAC / PRF (HMAC_SHA256) ---------------------------------------------------------

    def mac(self, data: bytes) -> bytes:
        """``0x01 | version | HMAC-SHA256`` under the primary version."""
        self._require(Template.HMAC_SHA256)
        key: bytes = self._primitive(self._info.primary, for_decrypt=False)
        return self._primary_prefix + hmac_sha256(key, data)

    def verify_mac(self, tag: bytes, data: bytes) -> None:
        self._require(Template.HMAC_SHA256)
        version = ciphertext_version(tag)
        key: bytes = self._primitive(version, for_decrypt=True)
        if not constant_time_equal(tag[5:], hmac_sha256(key, data)):
            raise InvalidToken("MAC did not verify")

    def prf(self, data: bytes, version: int | None = None) -> bytes:
        """Raw 32-byte HMAC-SHA256 (blind indexes, pseudonyms); no version prefix."""
        self._require(Template.HMAC_SHA256)
        v = self._info.primary if version is None else version
        key: bytes = self._primitive(v, for_decrypt=version is not None)
        return hmac_sha256(key, data)

    # -- envelope data keys (AES256_GCM) ---------------------------------------------------

    def new_data_key(self, context: bytes) -> tuple[bytes, DataKey]:
        """A fresh AES-256-GCM data key and its wrapped form (this keyset's AEAD, bound to
        ``context``). Store the wrapped form; deleting it is crypto-shredding of everything
        the data key encrypted, once this keyset's older versions are destroyed too."""
        material = random_bytes(32)
        return self.encrypt(material, context), DataKey(material)

    def open_data_key(self, wrapped: bytes, context: bytes) -> DataKey:
        """Unwrap a data key made by :meth:`new_data_key` under the same ``context``."""
        return DataKey(self.decrypt(wrapped, context))

    # -- signatures (ED25519) ------------------------------------------------------------

    def sign(self, message: bytes) -> tuple[int, bytes]:
        """``(version, signature)``: Ed25519 under the primary version."""
        self._require(Template.ED25519)
        signer: Ed25519Signer = self._primitive(self._info.primary, for_decrypt=False)
        return self._info.primary, signer.sign(message)

    def public_key(self, version: int | None = None) -> bytes:
        """The raw 32-byte Ed25519 public key of ``version`` (default: primary)."""
        self._require(Template.ED25519)
        v = self._info.primary if version is None else version
        signer: Ed25519Signer = self._primitive(v, for_decrypt=version is not None)
        return signer.public_key

    def prf_many(self, items: Iterable[bytes]) -> list[bytes]:
        """:meth:`prf` under the primary version for many inputs (one key lookup)."""
        self._require(Template.HMAC_SHA256)
        key: bytes = self._primitive(self._info.primary, for_decrypt=False)
        return [hmac_sha256(key, data) for data in items]

    # -- FF1 (FF1_AES256) --------------------------------------------------------------

    def ff1(
        self, *, radix: int = 10, alphabet: str | None = None, version: int | None = None
    ) -> FF1:
        """An FF1 cipher for ``version`` (default: primary). FF1 output carries no version:
        the caller stores which version it used (``self.primary`` at encryption time)."""
        self._require(Template.FF1_AES256)
        v = self._info.primary if version is None else version
        key: bytes = self._primitive(v, for_decrypt=version is not None)
        return FF1(key, radix=radix, alphabet=alphabet)

    # -- rewrap ------------------------------------------------------------------------

    def rewrap_many(self, items: Iterable[tuple[bytes, bytes]]) -> Iterator[tuple[bytes, bool]]:
        """Bulk :meth:`rewrap` of ``(ciphertext, aad)`` pairs, lazily: yields
        ``(new_ciphertext, changed)``. Already-current ciphertexts come back unchanged, so a
        store can rewrite only the changed rows and an interrupted run resumes by re-running."""
        for ciphertext, aad in items:
            new = self.rewrap(ciphertext, aad)
            yield new, new is not ciphertext

    def rewrap(self, ciphertext: bytes, aad: bytes = b"") -> bytes:
        """Re-encrypt under the primary version; the plaintext never leaves this call."""
        t = self._info.template
        if t is Template.AES256_GCM:
            if ciphertext_version(ciphertext) == self._info.primary:
                return ciphertext
            return self.encrypt(self.decrypt(ciphertext, aad), aad)
        if t is Template.AES256_SIV:
            if ciphertext_version(ciphertext) == self._info.primary:
                return ciphertext
            return self.encrypt_deterministically(
                self.decrypt_deterministically(ciphertext, aad), aad
            )
        raise UsageError(
            f"keyset {self.name!r} is {t.value}; only AEAD ciphertexts can be rewrapped"
        )
