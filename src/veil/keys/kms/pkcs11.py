"""KEK in a PKCS#11 HSM: a non-extractable AES-256 key; every wrap/unwrap runs inside the HSM.

Blob format (version 1)::

    0x01 || IV (12 random bytes) || AES-256-GCM(key) ciphertext || 16-byte tag

with ``context`` as the GCM associated data (CKM_AES_GCM, 128-bit tag). Any blob that does
not authenticate (wrong context, flipped bit, truncated, other key) raises
:class:`veil.errors.InvalidToken`; transport/auth failures raise :class:`KekError`.

PKCS#11 keeps the login state per application and token, not per session: the first
``C_Login`` logs in every session of this process on that token, a second one fails with
``CKR_USER_ALREADY_LOGGED_IN``, and ``C_Logout`` from any session logs them all out. So all
:class:`Pkcs11Kek` instances on one token share one logged-in session (reference counted;
the last ``close`` logs out), and a later instance's PIN is checked against an in-memory HMAC
of the PIN that logged in. The PIN itself is never stored. ``C_Initialize`` is called without
locking callbacks, so every call into a PKCS#11 library goes through one process-wide lock.

SoftHSM2 reads ``SOFTHSM2_CONF`` once, when the library is first initialized in a process.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import threading
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from veil.errors import DependencyError, InvalidToken, KeyringError
from veil.keys.kms.interface import KekError

__all__ = ["BLOB_VERSION", "SOFTHSM_LIBRARY_PATHS", "Pkcs11Kek", "find_softhsm_library"]

BLOB_VERSION = 1
_VERSION_BYTE = bytes([BLOB_VERSION])
_IV_LEN = 12
_TAG_BITS = 128
_TAG_LEN = _TAG_BITS // 8
_MIN_BLOB = 1 + _IV_LEN + _TAG_LEN
_KEY_BITS = 256
_MIN_KEY, _MAX_KEY = 16, 64
_CKR_AEAD_DECRYPT_FAILED = 0x42

SOFTHSM_LIBRARY_PATHS = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
    "/usr/lib64/pkcs11/libsofthsm2.so",
    "/opt/homebrew/lib/softhsm/libsofthsm2.so",
)

_LIB_HINT = "set VEIL_PKCS11_LIB to the HSM's PKCS#11 module"

# One lock for every call into a PKCS#11 library (C_Initialize(NULL) = no concurrent calls),
# and for the login registry below.
_P11_LOCK = threading.Lock()
# Keys the PIN verifiers; lives only in this process.
_PIN_MAC_KEY = secrets.token_bytes(32)


@dataclass
class _Login:
    """The one logged-in session of this process on one token."""

    session: Any
    pin_mac: bytes
    refs: int


_LOGINS: dict[tuple[str, int], _Login] = {}


def find_softhsm_library() -> str | None:
    """Path of the SoftHSM2 PKCS#11 module in the usual places, or None."""
    for path in SOFTHSM_LIBRARY_PATHS:
        if os.path.isfile(path):
            return path
    return None


def _import_pkcs11() -> Any:
    try:
        import pkcs11
    except ImportError:
        raise DependencyError(
            "the pkcs11 KEK backend needs python-pkcs11: pip install python-pkcs11"
        ) from None
    return pkcs11


def _pin_mac(pin: str) -> bytes:
    return hmac.new(_PIN_MAC_KEY, pin.encode("utf-8"), hashlib.sha256).digest()


def _err_name(e: BaseException) -> str:
    """python-pkcs11 exceptions mostly have empty messages; their class names say it all."""
    text = str(e).strip()
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


class Pkcs11Kek:
    """KEK backend over a PKCS#11 token (SoftHSM2, a network HSM, a cloud HSM's PKCS#11 lib).

    ``create=True`` generates the AES-256 key inside the HSM when no key has ``key_label``
    (token object, sensitive, never extractable, encrypt/decrypt only). Without it a missing
    key is an error, so that a typo in the label cannot silently start a new root of trust.
    """

    name: str = "pkcs11"

    def __init__(
        self,
        lib_path: str,
        token_label: str,
        pin: str,
        key_label: str = "veil-kek",
        *,
        create: bool = False,
    ) -> None:
        self._p11 = _import_pkcs11()
        self.lib_path = lib_path
        self.token_label = token_label
        self.key_label = key_label
        self.created = False
        """True if this instance generated the key (``create=True`` and it was absent)."""
        self._closed = True
        self._login_id: tuple[str, int] | None = None
        self._key: Any = None
        with _P11_LOCK:
            lib = self._load_library()
            token = self._find_token(lib)
            self._login_id = self._acquire_login(token, pin)
            self._closed = False
            try:
                self._key = self._find_or_create_key(create)
            except BaseException:
                self._release_login()
                raise

    @classmethod
    def ensure_key(
        cls, lib_path: str, token_label: str, pin: str, key_label: str = "veil-kek"
    ) -> bool:
        """Create the KEK in the token unless it exists. Returns True if it was created."""
        with cls(lib_path, token_label, pin, key_label, create=True) as kek:
            return kek.created

    # -- setup ---------------------------------------------------------------------------

    def _load_library(self) -> Any:
        p11 = self._p11
        if not self.lib_path:
            raise KekError(f"PKCS#11: no library path given; {_LIB_HINT}")
        if not os.path.isfile(self.lib_path):
            raise KekError(f"PKCS#11: library {self.lib_path!r} does not exist; {_LIB_HINT}")
        # pkcs11.lib() caches by path string; the same .so under two names would be
        # C_Initialize'd twice (CKR_CRYPTOKI_ALREADY_INITIALIZED).
        real = os.path.realpath(self.lib_path)
        try:
            return p11.lib(real)
        except p11.PKCS11Error as e:
            raise KekError(
                f"PKCS#11: cannot load library {self.lib_path!r} ({_err_name(e)}); {_LIB_HINT}"
            ) from None

    def _find_token(self, lib: Any) -> Any:
        p11 = self._p11
        try:
            return lib.get_token(token_label=self.token_label)
        except p11.NoSuchToken:
            labels = sorted(
                repr(t.label) for t in lib.get_tokens() if t.flags & p11.TokenFlag.TOKEN_INITIALIZED
            )
            available = ", ".join(labels) if labels else "none (initialize one first)"
            raise KekError(
                f"PKCS#11: no token labelled {self.token_label!r} in {self.lib_path}; "
                f"available tokens: {available}"
            ) from None
        except p11.MultipleTokensReturned:
            raise KekError(
                f"PKCS#11: several tokens are labelled {self.token_label!r}; relabel one"
            ) from None
        except p11.PKCS11Error as e:
            raise KekError(
                f"PKCS#11: cannot list tokens in {self.lib_path}: {_err_name(e)}"
            ) from None

    def _acquire_login(self, token: Any, pin: str) -> tuple[str, int]:
        p11 = self._p11
        login_id = (os.path.realpath(self.lib_path), int(token.slot.slot_id))
        mac = _pin_mac(pin)
        login = _LOGINS.get(login_id)
        if login is not None:
            if not hmac.compare_digest(login.pin_mac, mac):
                raise KekError(f"PKCS#11: wrong PIN for token '{self.token_label}'")
            login.refs += 1
            return login_id
        try:
            session = token.open(user_pin=pin, rw=True)
        except (p11.PinIncorrect, p11.PinInvalid, p11.PinLenRange):
            raise KekError(f"PKCS#11: wrong PIN for token '{self.token_label}'") from None
        except p11.PinLocked:
            raise KekError(
                f"PKCS#11: the user PIN of token '{self.token_label}' is locked; "
                "the security officer must reset it"
            ) from None
        except p11.UserAlreadyLoggedIn:
            raise KekError(
                f"PKCS#11: token '{self.token_label}' is already logged in by other code in "
                "this process; close that session first"
            ) from None
        except p11.PKCS11Error as e:
            raise KekError(
                f"PKCS#11: cannot open a session on token '{self.token_label}': {_err_name(e)}"
            ) from None
        _LOGINS[login_id] = _Login(session=session, pin_mac=mac, refs=1)
        return login_id

    def _release_login(self) -> None:
        """Drop this instance's reference; the last one logs out and closes the session."""
        login_id, self._login_id = self._login_id, None
        self._closed = True
        self._key = None
        if login_id is None:
            return
        login = _LOGINS.get(login_id)
        if login is None:
            return
        login.refs -= 1
        if login.refs > 0:
            return
        del _LOGINS[login_id]
        # C_Logout + C_CloseSession; if the token is gone there is nothing left to release.
        with contextlib.suppress(self._p11.PKCS11Error):
            login.session.close()

    def _session(self) -> Any:
        assert self._login_id is not None
        return _LOGINS[self._login_id].session

    def _find_or_create_key(self, create: bool) -> Any:
        p11 = self._p11
        session = self._session()
        where = f"on token '{self.token_label}'"
        try:
            key = session.get_key(
                object_class=p11.ObjectClass.SECRET_KEY,
                key_type=p11.KeyType.AES,
                label=self.key_label,
            )
        except p11.NoSuchKey:
            if not create:
                raise KekError(
                    f"PKCS#11: no AES key labelled '{self.key_label}' {where}; "
                    "`veil init --kek pkcs11` creates it (or check VEIL_PKCS11_KEY_LABEL)"
                ) from None
            key = self._generate_key(session)
            self.created = True
        except p11.MultipleObjectsReturned:
            raise KekError(
                f"PKCS#11: several AES keys are labelled '{self.key_label}' {where}; "
                "remove the extra ones or pick another label"
            ) from None
        except p11.PKCS11Error as e:
            raise KekError(f"PKCS#11: cannot search keys {where}: {_err_name(e)}") from None
        self._check_key(key)
        return key

    def _generate_key(self, session: Any) -> Any:
        p11 = self._p11
        a = p11.Attribute
        template = {
            a.TOKEN: True,
            a.PRIVATE: True,
            a.SENSITIVE: True,
            a.EXTRACTABLE: False,
            a.MODIFIABLE: False,
            a.ENCRYPT: True,
            a.DECRYPT: True,
            a.WRAP: False,
            a.UNWRAP: False,
            a.SIGN: False,
            a.VERIFY: False,
            a.DERIVE: False,
        }
        try:
            return session.generate_key(
                p11.KeyType.AES,
                _KEY_BITS,
                label=self.key_label,
                store=True,
                capabilities=p11.MechanismFlag.ENCRYPT | p11.MechanismFlag.DECRYPT,
                template=template,
            )
        except p11.PKCS11Error as e:
            raise KekError(
                f"PKCS#11: cannot create key '{self.key_label}' on token "
                f"'{self.token_label}': {_err_name(e)}"
            ) from None

    def _check_key(self, key: Any) -> None:
        """Refuse a key that anyone could read out of the HSM, or that is not AES-256."""
        a = self._p11.Attribute
        try:
            value_len = key[a.VALUE_LEN]
            sensitive = key[a.SENSITIVE]
            extractable = key[a.EXTRACTABLE]
        except self._p11.PKCS11Error as e:
            raise KekError(
                f"PKCS#11: cannot read attributes of key '{self.key_label}': {_err_name(e)}"
            ) from None
        if value_len * 8 != _KEY_BITS:
            raise KekError(
                f"PKCS#11: key '{self.key_label}' is AES-{value_len * 8}; veil needs AES-256"
            )
        if extractable or not sensitive:
            raise KekError(
                f"PKCS#11: key '{self.key_label}' can be extracted from the HSM; "
                "veil only uses sensitive, non-extractable keys"
            )

    # -- KekBackend ----------------------------------------------------------------------

    def _gcm(self, iv: bytes, context: bytes) -> Any:
        return self._p11.GCMParams(iv, bytes(context), _TAG_BITS)

    def wrap(self, key: bytes, context: bytes) -> bytes:
        if not _MIN_KEY <= len(key) <= _MAX_KEY:
            raise KeyringError(f"key to wrap must be {_MIN_KEY}-{_MAX_KEY} bytes, not {len(key)}")
        p11 = self._p11
        iv = os.urandom(_IV_LEN)
        with _P11_LOCK:
            kek = self._live_key()
            try:
                ct = kek.encrypt(
                    bytes(key),
                    mechanism=p11.Mechanism.AES_GCM,
                    mechanism_param=self._gcm(iv, context),
                )
            except p11.PKCS11Error as e:
                raise KekError(
                    f"PKCS#11: wrap failed on token '{self.token_label}': {_err_name(e)}"
                ) from None
        return _VERSION_BYTE + iv + bytes(ct)

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        if len(wrapped) < _MIN_BLOB or wrapped[:1] != _VERSION_BYTE:
            raise InvalidToken("key material did not authenticate")
        p11 = self._p11
        iv, ct = bytes(wrapped[1 : 1 + _IV_LEN]), bytes(wrapped[1 + _IV_LEN :])
        with _P11_LOCK:
            kek = self._live_key()
            try:
                key = kek.decrypt(
                    ct, mechanism=p11.Mechanism.AES_GCM, mechanism_param=self._gcm(iv, context)
                )
            except p11.PKCS11Error as e:
                if self._is_bad_blob(e):
                    raise InvalidToken("key material did not authenticate") from None
                raise KekError(
                    f"PKCS#11: unwrap failed on token '{self.token_label}': {_err_name(e)}"
                ) from None
        return bytes(key)

    def _is_bad_blob(self, e: BaseException) -> bool:
        """Did the HSM reject the blob itself (vs. the session, token or device failing)?

        A GCM tag mismatch is CKR_GENERAL_ERROR in SoftHSM2, CKR_ENCRYPTED_DATA_INVALID or
        CKR_FUNCTION_FAILED in other HSMs, CKR_AEAD_DECRYPT_FAILED (0x42, PKCS#11 3.2, not
        mapped by python-pkcs11) in the newest ones. Everything else is a KekError, so that a
        lost session is not reported as corrupt data.
        """
        p11 = self._p11
        bad_blob = (
            p11.GeneralError,
            p11.EncryptedDataInvalid,
            p11.EncryptedDataLenRange,
            p11.DataInvalid,
            p11.DataLenRange,
            p11.FunctionFailed,
        )
        if isinstance(e, bad_blob):
            return True
        return type(e) is p11.PKCS11Error and str(e).strip().endswith(hex(_CKR_AEAD_DECRYPT_FAILED))

    def _live_key(self) -> Any:
        if self._closed or self._key is None:
            raise KekError(f"PKCS#11: backend for token '{self.token_label}' is closed")
        return self._key

    def describe(self) -> dict[str, str]:
        return {
            "backend": self.name,
            "library": self.lib_path,
            "token": self.token_label,
            "key_label": self.key_label,
            "key": "AES-256, non-extractable",
        }

    def close(self) -> None:
        with _P11_LOCK:
            self._release_login()

    def __enter__(self) -> Pkcs11Kek:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return (
            f"Pkcs11Kek(library={self.lib_path!r}, token={self.token_label!r}, "
            f"key_label={self.key_label!r}, {state})"
        )
