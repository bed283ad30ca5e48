"""Every user-facing failure in veil is one of these.

    VeilError                      exit 1, HTTP 500
    ├── UsageError                 exit 2, HTTP 400   bad arguments or options
    ├── ConfigError                exit 1, HTTP 500   bad VEIL_* settings or config files
    ├── InputError                 exit 1, HTTP 422   malformed input data (file, line, what)
    ├── DependencyError            exit 1, HTTP 503   an optional component is not installed
    ├── CryptoError                exit 1, HTTP 500
    │   └── InvalidToken           exit 1, HTTP 400   any decrypt/verify failure (opaque)
    ├── KeyringError               exit 1, HTTP 500   key missing, destroyed, wrong passphrase
    ├── StoreError                 exit 1, HTTP 503   database down, locked or not migrated
    ├── VaultError                 exit 1, HTTP 500
    │   ├── UnknownToken           exit 1, HTTP 404   no such token (or namespace)
    │   ├── TokenExpired           exit 1, HTTP 410   the namespace's TTL has passed
    │   └── SubjectErased          exit 1, HTTP 410   the data subject was erased (Art. 17)
    ├── PrivacyBudgetExceeded      exit 1, HTTP 409
    ├── AccessDenied               exit 1, HTTP 403
    ├── GuardBlocked               exit 1, HTTP 422
    ├── AuditIntegrityError        exit 1, HTTP 500
    └── PolicyViolation            exit 3, HTTP 422   e.g. ``veil scan --fail-on`` found data

The CLI catches ``VeilError`` in one place and prints ``str(error)`` as one red line; the
server maps ``http_status`` to an RFC 9457 problem document.
"""

from __future__ import annotations

__all__ = [
    "AccessDenied",
    "AuditIntegrityError",
    "ConfigError",
    "CryptoError",
    "DependencyError",
    "GuardBlocked",
    "InputError",
    "InvalidToken",
    "KeyringError",
    "PolicyViolation",
    "PrivacyBudgetExceeded",
    "StoreError",
    "SubjectErased",
    "TokenExpired",
    "UnknownToken",
    "UsageError",
    "VaultError",
    "VeilError",
]


class VeilError(Exception):
    """Base of all veil errors. ``str(e)`` is the one line a user sees."""

    exit_code: int = 1
    http_status: int = 500
    title: str = "veil error"


class UsageError(VeilError):
    exit_code = 2
    http_status = 400
    title = "bad request"


class ConfigError(VeilError):
    title = "configuration error"


class InputError(VeilError):
    """Malformed input. Carries where it happened so the message can say so."""

    http_status = 422
    title = "invalid input"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        self.reason = message
        where = ""
        if source is not None:
            where = source if line is None else f"{source}:{line}"
            where += ": "
        super().__init__(f"{where}{message}")


class DependencyError(VeilError):
    http_status = 503
    title = "component not installed"


class CryptoError(VeilError):
    title = "cryptographic error"


class InvalidToken(CryptoError):
    """Decryption or verification failed. Deliberately says nothing more."""

    http_status = 400
    title = "invalid token"


class KeyringError(VeilError):
    title = "keyring error"


class StoreError(VeilError):
    http_status = 503
    title = "database unavailable"


class VaultError(VeilError):
    title = "vault error"


class UnknownToken(VaultError):
    http_status = 404
    title = "unknown token"


class TokenExpired(VaultError):
    http_status = 410
    title = "token expired"


class SubjectErased(VaultError):
    http_status = 410
    title = "subject erased"


class PrivacyBudgetExceeded(VeilError):
    http_status = 409
    title = "privacy budget exceeded"


class AccessDenied(VeilError):
    http_status = 403
    title = "access denied"


class GuardBlocked(VeilError):
    http_status = 422
    title = "blocked by guard"


class AuditIntegrityError(VeilError):
    title = "audit log integrity failure"


class PolicyViolation(VeilError):
    exit_code = 3
    http_status = 422
    title = "policy violation"
