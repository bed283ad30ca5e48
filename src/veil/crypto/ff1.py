"""FF1 format-preserving encryption (NIST SP 800-38G), on pyca ``cryptography`` AES.

FF1 encrypts a string of ``n`` numerals in base ``radix`` (2..65536) to another string of
``n`` numerals in the same base: a 16-digit card number stays 16 digits. It is a ten-round
Feistel network whose round function is an AES CBC-MAC over a header block ``P`` and a block
string ``Q`` carrying the tweak, the round number and one half of the input.

Reference: NIST SP 800-38G, "Recommendation for Block Cipher Modes of Operation: Methods for
Format-Preserving Encryption", section 5.2, Algorithms 7 (FF1.Encrypt) and 8 (FF1.Decrypt),
with the PRF of Algorithm 6 and NUM/STR of section 4.5; and the SP 800-38G Rev. 1 drafts,
whose domain rule is kept here: ``radix ** minlen >= 1_000_000`` with ``minlen >= 2``, and
``maxlen <= 2**32``. FF3 and FF3-1 (broken, and dropped from the latest Rev. 1 draft) are
deliberately not implemented in veil.

Why by hand. veil's rule is that only ``veil.crypto`` touches primitives and that AES comes
from pyca ``cryptography``. The Python packages looked at in 2026-11, and why none was taken:

* ``ff3`` (mysto/python-fpe) implements FF3/FF3-1 only, on pycryptodome, not pyca.
* ``pyffx`` is FFX "method 2" keyed with HMAC-SHA1 (a pre-standard FFX draft), not NIST FF1,
  and has had no release since 2019.
* ``fpe`` 0.1.2 (FF1 and FF3-1) is a Cython build on pycryptodome; last release 2021.
* ``tink-fpe`` offers FF3-1 only (built on ``ff3``).
* ``fpr-ff1`` requires Python >= 3.12; veil targets 3.11.
* ``libffx`` 2.0.1 (2026-09) is a pure-Python FF1 on pyca and passes the NIST samples: the
  closest candidate. It is a one-maintainer beta (earlier releases implemented the FFX-A2
  draft under another API), and on this project's 16-digit benchmark it ran at about a
  third of this module's speed (53k vs 187k encryptions/s on the same machine).
* Also on PyPI, not evaluated further: ``cyphera`` (alpha), ``ubiq-security-fpe`` (a vendor
  platform client), ``fastfpe`` (a Rust extension).

So this module is small, self-contained, checked against all nine NIST FF1 samples plus a
literal transcription of the spec for lengths and tweaks the samples do not reach (see
``tests/crypto/test_ff1.py``).

How it is fast. AES is one ECB encryptor context made once per key and fed single 16-byte
blocks (ECB of one block is CIPH_K, the only primitive FF1 uses). Everything in ``P || Q``
that does not change between rounds is folded ahead of time, per (length, tweak): the CBC
chain value after ``P`` and the fixed part of ``Q``, and the bytes of the last block that
hold the tweak tail, the padding and the round number. A round is then one XOR, one AES
call and a modular add on Python ints. Halves are converted with ``int()``/``format`` for
the default decimal alphabet (and ``int(s, radix)`` for the other default alphabets up to
base 36), with a general per-character path for anything else.

Instances hold key material in the encryptor context only; they are safe to share between
threads (each ``update()`` call stays below the size at which pyca releases the GIL).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NoReturn

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from veil.errors import CryptoError

__all__ = ["DEFAULT_ALPHABET", "FF1"]

DEFAULT_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

_ROUNDS = 10
_MIN_DOMAIN = 1_000_000
_MIN_RADIX = 2
_MAX_RADIX = 1 << 16
_MAX_LEN = 1 << 32
_MAX_TWEAK = (1 << 32) - 1
# Blocks per ECB update() call; pyca releases the GIL for buffers of 2048 bytes or more and
# a context used from two threads at once then fails, so stay below that.
_ECB_CHUNK = 127
# Halves longer than this cannot use int(str)/str(int): CPython limits those conversions to
# 4300 digits in non-power-of-two bases.
_FAST_MAX_HALF = 4000
# Per-instance caches; cleared when they grow past these sizes.
_MAX_CACHED = 1024
_MAX_CACHED_TWEAK = 256

# How a string half becomes an int.
_PARSE_GENERAL = 0  # per-character lookup in the alphabet
_PARSE_DECIMAL = 1  # default alphabet, radix 10: int(s)
_PARSE_INTBASE = 2  # default alphabet, radix <= 36: int(s, radix)


class _Plan:
    """Everything about FF1 on a given radix and length ``n`` that does not depend on the tweak."""

    __slots__ = ("b", "d", "ext", "mod_u", "mod_v", "n", "shift", "u", "v")

    def __init__(self, radix: int, n: int) -> None:
        self.n = n
        self.u = u = n // 2
        self.v = v = n - u
        # b = ceil(ceil(v * log2(radix)) / 8), exactly: ceil(log2(radix**v)) is the bit
        # length of radix**v - 1.
        self.b = b = ((radix**v - 1).bit_length() + 7) // 8
        self.d = d = 4 * ((b + 3) // 4) + 4
        self.mod_u = radix**u
        self.mod_v = radix**v
        # y = NUM(S[:d]); when d <= 16, S[:d] is the top d bytes of R.
        self.shift = 8 * (16 - d) if d <= 16 else 0
        # Extra blocks CIPH(R xor [j]^16), j = 1..ext, needed to reach d bytes.
        self.ext = (d + 15) // 16 - 1


class _Rounds:
    """Round constants for one (length, tweak).

    ``Q = T || 0^pad || [i]^1 || [NUM(B)]^b`` ends in ``k`` blocks that hold the round
    number ``i`` and ``NUM(B)``; ``h`` is the CBC-MAC chain value over ``P`` and the blocks of
    ``Q`` before them. ``consts[i]`` is those last ``k`` blocks, as an int, with ``NUM(B)``
    zero; when ``k == 1`` it has ``h`` folded in already, so a round is ``E(consts[i] ^ B)``.
    """

    __slots__ = ("consts", "fast", "h", "k", "plan")

    def __init__(self, plan: _Plan, h: int, consts: tuple[int, ...], k: int) -> None:
        self.plan = plan
        self.h = h
        self.consts = consts
        self.k = k
        self.fast = k == 1 and plan.ext == 0


@lru_cache(maxsize=64)
def _chunk_table(alphabet: str) -> tuple[int, int, tuple[str, ...]]:
    """(k, radix**k, strings of k numerals for 0 .. radix**k - 1), radix**k <= 4096."""
    radix = len(alphabet)
    k = 1
    while radix ** (k + 1) <= 4096:
        k += 1
    table: list[str] = [""]
    for _ in range(k):
        table = [p + c for p in table for c in alphabet]
    return k, radix**k, tuple(table)


@lru_cache(maxsize=64)
def _digits_per_chunk(radix: int) -> int:
    """Numerals folded per step when converting digit lists: radix**k stays below 2**60."""
    k = 1
    while radix ** (k + 1) < 1 << 60:
        k += 1
    return k


class FF1:
    """FF1 (NIST SP 800-38G) with AES-128/192/256 over numeral strings in base ``radix``.

    ``key`` is 16, 24 or 32 bytes. Strings are written in ``alphabet``; by default the first
    ``radix`` characters of ``0-9a-zA-Z`` (radix <= 62). With an alphabet, ``radix`` is
    ``len(alphabet)``. Above radix 62 without an alphabet, use the ``*_numerals`` methods.

    >>> ff1 = FF1(bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c"))
    >>> ff1.encrypt("0123456789")
    '2433477484'
    >>> ff1.decrypt("2433477484")
    '0123456789'
    """

    __slots__ = (
        "_alphabet",
        "_ecb",
        "_ep",
        "_index",
        "_parse_kind",
        "_plans",
        "_rounds",
        "_slow_chars_ok",
        "minlen",
        "radix",
    )

    def __init__(self, key: bytes, radix: int = 10, alphabet: str | None = None) -> None:
        if not isinstance(key, bytes | bytearray | memoryview):
            raise CryptoError(f"FF1 key must be bytes, not {type(key).__name__}")
        key = bytes(key)
        if len(key) not in (16, 24, 32):
            raise CryptoError(
                f"FF1 key must be 16, 24 or 32 bytes (AES-128/192/256), got {len(key)} bytes"
            )
        if alphabet is not None:
            if not isinstance(alphabet, str):
                raise CryptoError(f"FF1 alphabet must be a str, not {type(alphabet).__name__}")
            if radix not in (10, len(alphabet)):
                raise CryptoError(
                    f"FF1 radix {radix} does not match the alphabet of {len(alphabet)} "
                    "characters; pass only the alphabet"
                )
            radix = len(alphabet)
            if len(set(alphabet)) != radix:
                seen: set[str] = set()
                for c in alphabet:
                    if c in seen:
                        raise CryptoError(f"FF1 alphabet has {c!r} more than once")
                    seen.add(c)
        if not isinstance(radix, int) or isinstance(radix, bool):
            raise CryptoError(f"FF1 radix must be an int, not {type(radix).__name__}")
        if not _MIN_RADIX <= radix <= _MAX_RADIX:
            raise CryptoError(f"FF1 radix must be in 2..65536, got {radix}")
        if alphabet is None and radix <= len(DEFAULT_ALPHABET):
            alphabet = DEFAULT_ALPHABET[:radix]

        self.radix = radix
        minlen = 2
        while radix**minlen < _MIN_DOMAIN:
            minlen += 1
        self.minlen = minlen
        self._alphabet = alphabet
        self._index = {c: i for i, c in enumerate(alphabet)} if alphabet is not None else {}
        if alphabet is not None and alphabet == DEFAULT_ALPHABET[:radix] and radix <= 36:
            self._parse_kind = _PARSE_DECIMAL if radix == 10 else _PARSE_INTBASE
        else:
            self._parse_kind = _PARSE_GENERAL
        self._slow_chars_ok = frozenset(alphabet) if alphabet is not None else frozenset()
        self._ecb = Cipher(algorithms.AES(key), modes.ECB()).encryptor().update
        self._plans: dict[int, _Plan] = {}
        self._ep: dict[tuple[int, int], int] = {}
        self._rounds: dict[tuple[int, bytes], _Rounds] = {}

    def __repr__(self) -> str:
        return f"FF1(radix={self.radix}, minlen={self.minlen})"

    # -- public API ---------------------------------------------------------------------------

    def encrypt(self, text: str, tweak: bytes = b"") -> str:
        """FF1.Encrypt: ``text`` (numerals in the alphabet) to a string of the same length."""
        r = self._get_rounds(self._check_text(text), tweak)
        a, b = self._parse(text, r.plan)
        a, b = self._encrypt_ab(r, a, b)
        return self._format(a, b, r.plan)

    def decrypt(self, text: str, tweak: bytes = b"") -> str:
        """FF1.Decrypt: the inverse of :meth:`encrypt` under the same key and tweak."""
        r = self._get_rounds(self._check_text(text), tweak)
        a, b = self._parse(text, r.plan)
        a, b = self._decrypt_ab(r, a, b)
        return self._format(a, b, r.plan)

    def encrypt_numerals(self, x: Sequence[int], tweak: bytes = b"") -> list[int]:
        """FF1.Encrypt on a numeral string given as ints in ``0 .. radix-1``."""
        r = self._get_rounds(len(x), tweak)
        a, b = self._numerals_to_ab(x, r.plan)
        a, b = self._encrypt_ab(r, a, b)
        return self._ab_to_numerals(a, b, r.plan)

    def decrypt_numerals(self, x: Sequence[int], tweak: bytes = b"") -> list[int]:
        """FF1.Decrypt on a numeral string given as ints in ``0 .. radix-1``."""
        r = self._get_rounds(len(x), tweak)
        a, b = self._numerals_to_ab(x, r.plan)
        a, b = self._decrypt_ab(r, a, b)
        return self._ab_to_numerals(a, b, r.plan)

    # -- Feistel rounds (Algorithms 7 and 8 on integer halves) --------------------------------

    def _encrypt_ab(self, r: _Rounds, a: int, b: int) -> tuple[int, int]:
        plan = r.plan
        mod_u = plan.mod_u
        mod_v = plan.mod_v
        c = r.consts
        if r.fast:
            ecb = self._ecb
            shift = plan.shift
            frm = int.from_bytes
            for i in range(0, _ROUNDS, 2):
                y = frm(ecb((c[i] ^ b).to_bytes(16, "big")), "big") >> shift
                a, b = b, (a + y) % mod_u
                y = frm(ecb((c[i + 1] ^ b).to_bytes(16, "big")), "big") >> shift
                a, b = b, (a + y) % mod_v
            return a, b
        for i in range(_ROUNDS):
            y = self._prf(r, i, b)
            a, b = b, (a + y) % (mod_v if i & 1 else mod_u)
        return a, b

    def _decrypt_ab(self, r: _Rounds, a: int, b: int) -> tuple[int, int]:
        plan = r.plan
        mod_u = plan.mod_u
        mod_v = plan.mod_v
        c = r.consts
        if r.fast:
            ecb = self._ecb
            shift = plan.shift
            frm = int.from_bytes
            for i in range(_ROUNDS - 1, 0, -2):
                y = frm(ecb((c[i] ^ a).to_bytes(16, "big")), "big") >> shift
                a, b = (b - y) % mod_v, a
                y = frm(ecb((c[i - 1] ^ a).to_bytes(16, "big")), "big") >> shift
                a, b = (b - y) % mod_u, a
            return a, b
        for i in range(_ROUNDS - 1, -1, -1):
            y = self._prf(r, i, a)
            a, b = (b - y) % (mod_v if i & 1 else mod_u), a
        return a, b

    def _prf(self, r: _Rounds, i: int, x: int) -> int:
        """General round function: y = NUM(S) for round ``i`` with half ``NUM(B) = x``."""
        ecb = self._ecb
        plan = r.plan
        if r.k == 1:
            state = int.from_bytes(ecb((r.consts[i] ^ x).to_bytes(16, "big")), "big")
        else:
            q = (r.consts[i] | x).to_bytes(16 * r.k, "big")
            state = r.h
            for off in range(0, len(q), 16):
                blk = state ^ int.from_bytes(q[off : off + 16], "big")
                state = int.from_bytes(ecb(blk.to_bytes(16, "big")), "big")
        if plan.ext == 0:
            return state >> plan.shift
        # S = R || CIPH(R xor [1]^16) || CIPH(R xor [2]^16) || ..., first d bytes.
        parts = [state.to_bytes(16, "big")]
        last = plan.ext + 1
        for start in range(1, last, _ECB_CHUNK):
            stop = min(start + _ECB_CHUNK, last)
            parts.append(ecb(b"".join((state ^ j).to_bytes(16, "big") for j in range(start, stop))))
        return int.from_bytes(b"".join(parts)[: plan.d], "big")

    # -- per (length, tweak) set-up -----------------------------------------------------------

    def _get_rounds(self, n: int, tweak: bytes) -> _Rounds:
        if type(tweak) is bytes:
            r = self._rounds.get((n, tweak))
            if r is not None:
                return r
        return self._prepare(n, tweak)

    def _plan(self, n: int) -> _Plan:
        plan = self._plans.get(n)
        if plan is None:
            if n < self.minlen:
                raise CryptoError(
                    f"FF1 input of length {n} is too short for radix {self.radix}: "
                    f"NIST SP 800-38G Rev. 1 needs radix**length >= 1,000,000, "
                    f"that is length >= {self.minlen}"
                )
            if n > _MAX_LEN:
                raise CryptoError(f"FF1 input of length {n} is longer than 2**32 numerals")
            if len(self._plans) >= _MAX_CACHED:
                self._plans.clear()
            plan = self._plans[n] = _Plan(self.radix, n)
        return plan

    def _prepare(self, n: int, tweak: bytes) -> _Rounds:
        if not isinstance(tweak, bytes | bytearray | memoryview):
            raise CryptoError(f"FF1 tweak must be bytes, not {type(tweak).__name__}")
        tweak = bytes(tweak)
        t = len(tweak)
        if t > _MAX_TWEAK:
            raise CryptoError(f"FF1 tweak of {t} bytes is longer than 2**32 - 1 bytes")
        plan = self._plan(n)
        b = plan.b
        ep = self._ep.get((n, t))
        if ep is None:
            p_block = (
                bytes((1, 2, 1))
                + self.radix.to_bytes(3, "big")
                + bytes((_ROUNDS, plan.u % 256))
                + n.to_bytes(4, "big")
                + t.to_bytes(4, "big")
            )
            ep = int.from_bytes(self._ecb(p_block), "big")
            if len(self._ep) >= _MAX_CACHED:
                self._ep.clear()
            self._ep[(n, t)] = ep
        # Q = T || 0^pad || [i]^1 || [NUM(B)]^b with len(Q) a multiple of 16. Split it at the
        # start of the block holding [i]: the head is fixed; the k blocks after it vary.
        fixed = tweak + bytes((-t - b - 1) % 16)
        split = len(fixed) - len(fixed) % 16
        head = fixed[:split]
        h = ep
        for off in range(0, len(head), 16):
            blk = h ^ int.from_bytes(head[off : off + 16], "big")
            h = int.from_bytes(self._ecb(blk.to_bytes(16, "big")), "big")
        tail = fixed[split:]
        k = (len(tail) + 1 + b) // 16
        tail_int = int.from_bytes(tail, "big") << (8 * (1 + b))
        consts = tuple(tail_int | (i << (8 * b)) for i in range(_ROUNDS))
        if k == 1:
            consts = tuple(c ^ h for c in consts)
        r = _Rounds(plan, h, consts, k)
        if t <= _MAX_CACHED_TWEAK:
            if len(self._rounds) >= _MAX_CACHED:
                self._rounds.clear()
            self._rounds[(n, tweak)] = r
        return r

    # -- numeral strings <-> integer halves (NUM_radix and STR_radix) -------------------------

    def _check_text(self, text: str) -> int:
        if not isinstance(text, str):
            raise CryptoError(f"FF1 input must be a str, not {type(text).__name__}")
        if self._alphabet is None:
            raise CryptoError(
                f"FF1 radix {self.radix} has no default alphabet; pass alphabet= "
                "or use encrypt_numerals/decrypt_numerals"
            )
        return len(text)

    def _parse(self, text: str, plan: _Plan) -> tuple[int, int]:
        u = plan.u
        kind = self._parse_kind
        if kind and plan.v <= _FAST_MAX_HALF:
            if kind == _PARSE_DECIMAL:
                if text.isascii() and text.isdigit():
                    return int(text[:u]), int(text[u:])
            else:
                # int(s, radix) also takes signs, spaces, "_", non-ASCII digits, upper case
                # and 0b/0o/0x prefixes: let through only [0-9] (radix <= 10) or [0-9a-z].
                radix = self.radix
                if text.isascii() and (
                    text.isdigit()
                    if radix <= 10
                    else text.isalnum()
                    and (text.isdigit() or text.islower())
                    and (radix != 16 or "x" not in text)
                ):
                    try:
                        return int(text[:u], radix), int(text[u:], radix)
                    except ValueError:
                        pass
            self._raise_bad_char(text)
        try:
            return self._num_str(text[:u]), self._num_str(text[u:])
        except KeyError:
            self._raise_bad_char(text)

    def _num_str(self, s: str) -> int:
        index = self._index
        radix = self.radix
        x = 0
        for ch in s:
            x = x * radix + index[ch]
        return x

    def _raise_bad_char(self, text: str) -> NoReturn:
        ok = self._slow_chars_ok
        pos, bad = next(((i, c) for i, c in enumerate(text) if c not in ok), (-1, ""))
        alphabet = self._alphabet or ""
        shown = alphabet if len(alphabet) <= 64 else alphabet[:61] + "..."
        raise CryptoError(
            f"FF1 input has {bad!r} at position {pos}, which is not in the radix-{self.radix} "
            f"alphabet {shown!r}"
        )

    def _format(self, a: int, b: int, plan: _Plan) -> str:
        if self._parse_kind == _PARSE_DECIMAL and plan.v <= _FAST_MAX_HALF:
            return str(a).zfill(plan.u) + str(b).zfill(plan.v)
        return self._str(a, plan.u) + self._str(b, plan.v)

    def _str(self, x: int, m: int) -> str:
        """STR_radix(x, m) in the alphabet."""
        radix = self.radix
        alphabet = self._alphabet
        assert alphabet is not None
        if self._parse_kind:
            if radix == 16:
                return format(x, "x").zfill(m)
            if radix == 8:
                return format(x, "o").zfill(m)
            if radix == 2:
                return format(x, "b").zfill(m)
        if radix > 4096:
            out = [""] * m
            for j in range(m - 1, -1, -1):
                x, rem = divmod(x, radix)
                out[j] = alphabet[rem]
            return "".join(out)
        k, base, table = _chunk_table(alphabet)
        parts: list[str] = []
        left = m
        while left >= k:
            x, rem = divmod(x, base)
            parts.append(table[rem])
            left -= k
        if left:
            parts.append(table[x][k - left :])
        parts.reverse()
        return "".join(parts)

    def _numerals_to_ab(self, x: Sequence[int], plan: _Plan) -> tuple[int, int]:
        radix = self.radix
        for pos, digit in enumerate(x):
            if not isinstance(digit, int) or isinstance(digit, bool) or not 0 <= digit < radix:
                raise CryptoError(
                    f"FF1 numeral {digit!r} at position {pos} is not an int in 0..{radix - 1}"
                )
        u = plan.u
        return self._num_digits(x[:u]), self._num_digits(x[u:])

    def _num_digits(self, digits: Sequence[int]) -> int:
        radix = self.radix
        k = _digits_per_chunk(radix)
        base = radix**k
        x = 0
        n = len(digits)
        start = n % k or k
        chunk = 0
        for d in digits[:start]:
            chunk = chunk * radix + d
        x = chunk
        for off in range(start, n, k):
            chunk = 0
            for d in digits[off : off + k]:
                chunk = chunk * radix + d
            x = x * base + chunk
        return x

    def _ab_to_numerals(self, a: int, b: int, plan: _Plan) -> list[int]:
        return self._str_digits(a, plan.u) + self._str_digits(b, plan.v)

    def _str_digits(self, x: int, m: int) -> list[int]:
        radix = self.radix
        out = [0] * m
        for j in range(m - 1, -1, -1):
            x, out[j] = divmod(x, radix)
        return out
