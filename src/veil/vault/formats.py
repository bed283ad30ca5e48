"""Token formats and detokenize views: pure functions over strings.

* random and deterministic tokens are ``tok_`` + 24 base32 characters (120 random bits);
* format-preserving tokens encipher the characters of the namespace alphabet with FF1
  (NIST SP 800-38G) and keep everything else (separators, spaces) where it was, optionally
  keeping the last N alphabet characters in clear;
* views: ``plain``, ``masked`` (``***-**-6789``, ``j***@example.com``, ``J*** S****``) and
  ``last4``.
"""

from __future__ import annotations

import base64
import enum
import os
import string

from veil.crypto.ff1 import FF1
from veil.errors import UsageError, VaultError

__all__ = [
    "ALPHABETS",
    "TokenFormat",
    "View",
    "fpe_split",
    "fpe_token",
    "last4",
    "mask",
    "random_tokens",
]

TOKEN_PREFIX = "tok_"

ALPHABETS = {
    "digits": string.digits,
    "alphanumeric": string.digits + string.ascii_uppercase + string.ascii_lowercase,
}


class TokenFormat(enum.StrEnum):
    RANDOM = "random"
    """A fresh opaque token per call."""
    DETERMINISTIC = "deterministic"
    """The same value gives the same token in the namespace (keyed blind index)."""
    FORMAT_PRESERVING = "format-preserving"
    """FF1: same length and character classes, optionally the last N characters kept."""

    @classmethod
    def parse(cls, value: str) -> TokenFormat:
        v = value.strip().lower()
        if v in ("fpe", "ff1"):
            v = "format-preserving"
        try:
            return cls(v)
        except ValueError:
            names = ", ".join(f.value for f in cls)
            raise UsageError(f"unknown token format {value!r}; choose one of {names}") from None


class View(enum.StrEnum):
    PLAIN = "plain"
    MASKED = "masked"
    LAST4 = "last4"

    @classmethod
    def parse(cls, value: str) -> View:
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(v.value for v in cls)
            raise UsageError(f"unknown view {value!r}; choose one of {names}") from None


def random_tokens(n: int) -> list[str]:
    raw = os.urandom(15 * n)
    return [
        TOKEN_PREFIX + base64.b32encode(raw[i : i + 15]).decode().lower()
        for i in range(0, 15 * n, 15)
    ]


def fpe_split(value: str, alphabet: str, keep_last: int) -> tuple[list[int], list[int]]:
    """Positions of the characters to encipher and of those kept (the last ``keep_last``
    alphabet characters); characters outside the alphabet stay as they are."""
    inside = [i for i, c in enumerate(value) if c in alphabet]
    cut = max(len(inside) - keep_last, 0)
    return inside[:cut], inside[cut:]


def fpe_token(
    ff1: FF1, value: str, alphabet: str, keep_last: int, tweak: bytes, max_length: int
) -> str:
    if len(value) > max_length:
        raise VaultError(
            f"value of {len(value)} characters is too long for this format-preserving "
            f"namespace (at most {max_length})"
        )
    enc, _kept = fpe_split(value, alphabet, keep_last)
    if len(enc) < ff1.minlen:
        what = "digits" if alphabet == ALPHABETS["digits"] else "letters or digits"
        raise VaultError(
            f"value has {len(enc)} {what} to encipher"
            + (f" after keeping the last {keep_last}" if keep_last else "")
            + f"; format-preserving tokens need at least {ff1.minlen} "
            "(NIST SP 800-38G: a domain of at least one million)"
        )
    out = list(value)
    for pos, c in zip(enc, ff1.encrypt("".join(value[i] for i in enc), tweak), strict=True):
        out[pos] = c
    return "".join(out)


def _alnum_positions(value: str) -> list[int]:
    return [i for i, c in enumerate(value) if c.isalnum()]


def mask(value: str) -> str:
    """A masked view that shows enough to recognize a value, not to use it."""
    local, at, domain = value.partition("@")
    if at and local and domain and "@" not in domain and " " not in value:
        return local[0] + "***@" + domain
    alnum = _alnum_positions(value)
    digits = sum(value[i].isdigit() for i in alnum)
    out = list(value)
    if alnum and digits * 2 >= len(alnum):
        # numbers (SSN, card, phone, account): everything but the last 4
        keep = set(alnum[-4:]) if len(alnum) >= 8 else set()
        for i in alnum:
            if i not in keep:
                out[i] = "*"
        return "".join(out)
    # words (names, addresses): the first letter of each word
    word_start = True
    for i, c in enumerate(value):
        if c.isalnum():
            if not word_start:
                out[i] = "*"
            word_start = False
        else:
            word_start = True
    return "".join(out)


def last4(value: str) -> str:
    """The last 4 letters or digits; nothing when the value is too short to hide the rest."""
    alnum = _alnum_positions(value)
    if len(alnum) < 8:
        return "*" * min(len(alnum), 4)
    return "".join(value[i] for i in alnum[-4:])
