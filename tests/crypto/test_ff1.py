"""FF1 (NIST SP 800-38G): the NIST samples, a literal transcription of the spec as an oracle
for the cases the samples do not reach, round trips, the permutation property, and errors.

The nine sample vectors are NIST's "FF1samples.pdf" (CSRC, Cryptographic Standards and
Guidelines, Examples with Intermediate Values, SP 800-38G). They are copied here as published
and match, value for value, the FF1 tests of two independent implementations: Capital One's Go
``fpe`` (``ff1/ff1_test.go``) and Bouncy Castle Java
(``core/src/test/java/org/bouncycastle/crypto/test/SP80038GTest.java``).
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Iterator, Sequence
from typing import overload

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import given, settings
from hypothesis import strategies as st

from veil.crypto import ff1 as ff1_module
from veil.crypto.ff1 import DEFAULT_ALPHABET, FF1
from veil.errors import CryptoError

KEY_128 = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3C")
KEY_192 = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F")
KEY_256 = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3CEF4359D8D580AA4F7F036D6F04FC6A94")
TWEAK_NONE = b""
TWEAK_10 = bytes.fromhex("39383736353433323130")
TWEAK_11 = bytes.fromhex("3737373770717273373737")
PT_10 = "0123456789"
PT_36 = "0123456789abcdefghi"

# (sample, key, radix, tweak, plaintext, ciphertext)
NIST_SAMPLES = [
    (1, KEY_128, 10, TWEAK_NONE, PT_10, "2433477484"),
    (2, KEY_128, 10, TWEAK_10, PT_10, "6124200773"),
    (3, KEY_128, 36, TWEAK_11, PT_36, "a9tv40mll9kdu509eum"),
    (4, KEY_192, 10, TWEAK_NONE, PT_10, "2830668132"),
    (5, KEY_192, 10, TWEAK_10, PT_10, "2496655549"),
    (6, KEY_192, 36, TWEAK_11, PT_36, "xbj3kv35jrawxv32ysr"),
    (7, KEY_256, 10, TWEAK_NONE, PT_10, "6657667009"),
    (8, KEY_256, 10, TWEAK_10, PT_10, "1001623463"),
    (9, KEY_256, 36, TWEAK_11, PT_36, "xs8a0azh2avyalyzuwd"),
]
SAMPLE_IDS = [f"sample-{s[0]}" for s in NIST_SAMPLES]


def _minlen(radix: int) -> int:
    n = 2
    while radix**n < 1_000_000:
        n += 1
    return n


# -- an oracle: SP 800-38G Algorithm 7, transcribed step by step, bytes and all ---------------


def _aes(key: bytes, block: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(block) + enc.finalize()


def _prf(key: bytes, x: bytes) -> bytes:
    """Algorithm 6: CBC-MAC with a zero IV, the last block."""
    enc = Cipher(algorithms.AES(key), modes.CBC(bytes(16))).encryptor()
    return (enc.update(x) + enc.finalize())[-16:]


def _num(x: Sequence[int], radix: int) -> int:
    value = 0
    for digit in x:
        value = value * radix + digit
    return value


def _str(value: int, radix: int, m: int) -> list[int]:
    out = []
    for _ in range(m):
        value, digit = divmod(value, radix)
        out.append(digit)
    return out[::-1]


def reference_encrypt(key: bytes, radix: int, tweak: bytes, x: Sequence[int]) -> list[int]:
    n, t = len(x), len(tweak)
    u = n // 2
    v = n - u
    a, b_half = list(x[:u]), list(x[u:])
    b = math.ceil(math.ceil(v * math.log2(radix)) / 8)
    d = 4 * math.ceil(b / 4) + 4
    p = bytes([1, 2, 1]) + radix.to_bytes(3, "big") + bytes([10, u % 256])
    p += n.to_bytes(4, "big") + t.to_bytes(4, "big")
    for i in range(10):
        q = tweak + bytes((-t - b - 1) % 16) + bytes([i]) + _num(b_half, radix).to_bytes(b, "big")
        r = _prf(key, p + q)
        s = r + b"".join(
            _aes(key, bytes(c ^ k for c, k in zip(r, j.to_bytes(16, "big"), strict=True)))
            for j in range(1, math.ceil(d / 16))
        )
        y = int.from_bytes(s[:d], "big")
        m = u if i % 2 == 0 else v
        c = (_num(a, radix) + y) % radix**m
        a, b_half = b_half, _str(c, radix, m)
    return a + b_half


# -- NIST samples ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sample", "key", "radix", "tweak", "pt", "ct"), NIST_SAMPLES, ids=SAMPLE_IDS
)
def test_nist_sample(sample: int, key: bytes, radix: int, tweak: bytes, pt: str, ct: str) -> None:
    cipher = FF1(key, radix)
    assert cipher.encrypt(pt, tweak) == ct
    assert cipher.decrypt(ct, tweak) == pt


@pytest.mark.parametrize(
    ("sample", "key", "radix", "tweak", "pt", "ct"), NIST_SAMPLES, ids=SAMPLE_IDS
)
def test_nist_sample_numerals(
    sample: int, key: bytes, radix: int, tweak: bytes, pt: str, ct: str
) -> None:
    x = [DEFAULT_ALPHABET.index(c) for c in pt]
    y = [DEFAULT_ALPHABET.index(c) for c in ct]
    cipher = FF1(key, radix)
    assert cipher.encrypt_numerals(x, tweak) == y
    assert cipher.decrypt_numerals(y, tweak) == x
    assert reference_encrypt(key, radix, tweak, x) == y


@pytest.mark.parametrize(
    ("sample", "key", "radix", "tweak", "pt", "ct"), NIST_SAMPLES, ids=SAMPLE_IDS
)
def test_nist_sample_custom_alphabet(
    sample: int, key: bytes, radix: int, tweak: bytes, pt: str, ct: str
) -> None:
    """The same numerals written in another alphabet take the general per-character path."""
    alphabet = "".join(chr(0x3B1 + i) for i in range(radix))  # Greek and beyond
    to_custom = str.maketrans(DEFAULT_ALPHABET[:radix], alphabet)
    cipher = FF1(key, alphabet=alphabet)
    assert cipher.encrypt(pt.translate(to_custom), tweak) == ct.translate(to_custom)
    assert cipher.decrypt(ct.translate(to_custom), tweak) == pt.translate(to_custom)


# -- beyond the samples: the oracle over radices, lengths and tweaks -------------------------


def _oracle_cases() -> Iterator[tuple[int, int, int, int]]:
    """(radix, n, tweak length, seed): every code path. The samples stop at b = 7 bytes of
    NUM(B), one block of Q after the tweak and d <= 16; here b runs past 12 (S needs extra AES
    blocks), past 15 (NUM(B) spills into a second block of Q) and past 2032 bytes (S takes
    more than one ECB call); tweaks cross block boundaries; decimal halves pass 4000 digits."""
    rng = random.Random(20261128)
    radices = [2, 3, 7, 8, 10, 16, 26, 36, 37, 62, 64, 100, 255, 256, 1000, 4096, 4097, 65536]
    for radix in radices:
        lengths = {_minlen(radix), _minlen(radix) + 1}
        for bits in (95, 97, 119, 121, 127, 129, 300):  # bits in radix**v, v = n - n // 2
            v = math.ceil(bits / math.log2(radix))
            lengths.add(max(_minlen(radix), 2 * v - 1))
        for n in sorted(lengths):
            yield (
                radix,
                n,
                rng.choice([0, 1, 10, 11, 12, 13, 15, 16, 17, 31, 32, 33, 100]),
                rng.getrandbits(32),
            )
    yield 65536, 2 * 1100, 3, 1  # d > 2032 bytes
    yield 10, 8003, 7, 2  # decimal halves over the int(str) limit
    yield 36, 8001, 0, 3


@pytest.mark.parametrize(("radix", "n", "t", "seed"), list(_oracle_cases()))
def test_matches_spec_transcription(radix: int, n: int, t: int, seed: int) -> None:
    rng = random.Random(seed)
    key = rng.randbytes(rng.choice([16, 24, 32]))
    tweak = rng.randbytes(t)
    x = [rng.randrange(radix) for _ in range(n)]
    expected = reference_encrypt(key, radix, tweak, x)
    cipher = FF1(key, radix)
    assert cipher.encrypt_numerals(x, tweak) == expected
    assert cipher.decrypt_numerals(expected, tweak) == x
    if radix <= len(DEFAULT_ALPHABET):
        text = "".join(DEFAULT_ALPHABET[i] for i in x)
        assert cipher.encrypt(text, tweak) == "".join(DEFAULT_ALPHABET[i] for i in expected)


# -- properties ------------------------------------------------------------------------------


@st.composite
def _texts(draw: st.DrawFn) -> tuple[int, str]:
    radix = draw(st.integers(2, 62))
    n = draw(st.integers(_minlen(radix), _minlen(radix) + 40))
    text = draw(st.text(alphabet=DEFAULT_ALPHABET[:radix], min_size=n, max_size=n))
    return radix, text


@given(
    case=_texts(),
    key=st.sampled_from([16, 24, 32]).flatmap(lambda k: st.binary(min_size=k, max_size=k)),
    tweak=st.binary(max_size=40),
)
@settings(deadline=None)
def test_round_trip_default_alphabets(case: tuple[int, str], key: bytes, tweak: bytes) -> None:
    radix, text = case
    cipher = FF1(key, radix)
    ct = cipher.encrypt(text, tweak)
    assert len(ct) == len(text)
    assert set(ct) <= set(DEFAULT_ALPHABET[:radix])
    assert cipher.decrypt(ct, tweak) == text
    x = [DEFAULT_ALPHABET.index(c) for c in text]
    assert cipher.encrypt_numerals(x, tweak) == [DEFAULT_ALPHABET.index(c) for c in ct]


@st.composite
def _numerals(draw: st.DrawFn) -> tuple[int, list[int]]:
    radix = draw(st.one_of(st.integers(2, 300), st.integers(2, 65536)))
    n = draw(st.integers(_minlen(radix), _minlen(radix) + 30))
    return radix, draw(st.lists(st.integers(0, radix - 1), min_size=n, max_size=n))


@given(case=_numerals(), key=st.binary(min_size=16, max_size=16), tweak=st.binary(max_size=40))
@settings(deadline=None)
def test_round_trip_numerals(case: tuple[int, list[int]], key: bytes, tweak: bytes) -> None:
    radix, x = case
    cipher = FF1(key, radix)
    y = cipher.encrypt_numerals(x, tweak)
    assert len(y) == len(x)
    assert all(0 <= d < radix for d in y)
    assert cipher.decrypt_numerals(y, tweak) == x


@given(
    alphabet=st.lists(st.characters(), min_size=2, max_size=80, unique=True).map("".join),
    data=st.data(),
)
@settings(deadline=None)
def test_round_trip_any_alphabet(alphabet: str, data: st.DataObject) -> None:
    cipher = FF1(bytes(16), alphabet=alphabet)
    n = data.draw(st.integers(cipher.minlen, cipher.minlen + 20))
    text = data.draw(st.text(alphabet=alphabet, min_size=n, max_size=n))
    ct = cipher.encrypt(text, b"t")
    assert len(ct) == n
    assert set(ct) <= set(alphabet)
    assert cipher.decrypt(ct, b"t") == text


def test_tweak_and_key_change_the_output() -> None:
    cipher = FF1(KEY_128)
    pt = "4111111111111111"
    outputs = {cipher.encrypt(pt, tweak) for tweak in (b"", b"a", b"b", bytes(16), bytes(17))}
    outputs.add(FF1(KEY_256).encrypt(pt))
    assert len(outputs) == 6


def test_bytearray_and_memoryview_tweaks() -> None:
    cipher = FF1(KEY_128)
    ct = cipher.encrypt(PT_10, TWEAK_10)
    assert cipher.encrypt(PT_10, bytearray(TWEAK_10)) == ct  # type: ignore[arg-type]
    assert cipher.encrypt(PT_10, memoryview(TWEAK_10)) == ct  # type: ignore[arg-type]


def test_permutation_on_random_sample() -> None:
    """20,000 distinct 7-digit inputs give 20,000 distinct 7-digit outputs that decrypt back."""
    cipher = FF1(KEY_256)
    rng = random.Random(7)
    inputs = [f"{v:07d}" for v in rng.sample(range(10**7), 20_000)]
    outputs = [cipher.encrypt(s, b"perm") for s in inputs]
    assert len(set(outputs)) == len(inputs)
    assert all(len(o) == 7 and o.isdigit() for o in outputs)
    assert [cipher.decrypt(o, b"perm") for o in outputs] == inputs


def test_shared_between_threads() -> None:
    """One instance, four threads, inputs long enough that S takes more than 127 AES blocks:
    pyca's context fails with "Already borrowed" if one update() ever reaches 2048 bytes."""
    cipher = FF1(KEY_256, 65536)
    rng = random.Random(3)
    x = [rng.randrange(65536) for _ in range(3000)]
    expected = cipher.encrypt_numerals(x, b"t")
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(10):
                assert cipher.encrypt_numerals(x, b"t") == expected
        except BaseException as exc:  # reported below, in the test's own thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@pytest.mark.slow
def test_permutation_on_whole_domain() -> None:
    """Radix 10, length 6 is the smallest domain allowed (10**6): every value is hit once."""
    cipher = FF1(KEY_128)
    seen = bytearray(10**6)
    for v in range(10**6):
        seen[int(cipher.encrypt(f"{v:06d}"))] += 1
    assert seen.count(1) == 10**6


# -- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 8, 15, 17, 20, 31, 33, 64])
def test_bad_key_length(size: int) -> None:
    with pytest.raises(CryptoError, match=r"16, 24 or 32 bytes"):
        FF1(bytes(size))


def test_key_must_be_bytes() -> None:
    with pytest.raises(CryptoError, match="key must be bytes"):
        FF1("2B7E151628AED2A6ABF7158809CF4F3C")  # type: ignore[arg-type]


@pytest.mark.parametrize("radix", [-1, 0, 1, 65537, 1 << 20])
def test_bad_radix(radix: int) -> None:
    with pytest.raises(CryptoError, match=r"radix must be in 2\.\.65536"):
        FF1(KEY_128, radix)


def test_bad_alphabets() -> None:
    with pytest.raises(CryptoError, match=r"radix must be in 2\.\.65536"):
        FF1(KEY_128, alphabet="a")
    with pytest.raises(CryptoError, match=r"radix must be in 2\.\.65536"):
        FF1(KEY_128, alphabet="".join(map(chr, range(65537))))
    with pytest.raises(CryptoError, match=r"'b' more than once"):
        FF1(KEY_128, alphabet="abcb")
    with pytest.raises(CryptoError, match="does not match the alphabet"):
        FF1(KEY_128, radix=16, alphabet="0123456789")
    assert FF1(KEY_128, alphabet="".join(map(chr, range(65536)))).radix == 65536


@pytest.mark.parametrize(
    ("radix", "alphabet", "text"),
    [
        (10, None, "01234a6789"),
        (10, None, "٠١٢٣٤٥٦٧٨٩"),  # Arabic-Indic digits: int() would take them
        (10, None, "0123456789\n"),
        (10, None, " 123456789"),
        (10, None, "12345_6789"),
        (10, None, "+123456789"),
        (10, None, "-123456789"),
        (2, None, "0b101010101010101010101"),  # int(s, 2) would take the prefix
        (8, None, "0o12345670"),
        (16, None, "0x12345678"),
        (16, None, "0123456789ABCDEF"),
        (36, None, "0123456789ABCDEFGHI"),
        (36, None, "0123456789abcdefgh-"),
        (62, None, "0123456789abcdefgh-"),
        (5, None, "0123456789"),
        (0, "ABCDEFGHIJ", "ABCDEFGHIj"),
    ],
)
def test_char_not_in_alphabet(radix: int, alphabet: str | None, text: str) -> None:
    cipher = FF1(KEY_128, alphabet=alphabet) if alphabet else FF1(KEY_128, radix)
    with pytest.raises(CryptoError, match="not in the radix-"):
        cipher.encrypt(text)
    with pytest.raises(CryptoError, match="not in the radix-"):
        cipher.decrypt(text)


def test_bad_char_message_names_position() -> None:
    with pytest.raises(CryptoError, match=r"'x' at position 12"):
        FF1(KEY_128).encrypt("012345678901x345")


@pytest.mark.parametrize(
    ("radix", "minlen"), [(2, 20), (3, 13), (10, 6), (36, 4), (62, 4), (999, 3), (1000, 2)]
)
def test_min_length(radix: int, minlen: int) -> None:
    cipher = FF1(KEY_128, radix)
    assert cipher.minlen == minlen
    with pytest.raises(CryptoError, match=f"length >= {minlen}"):
        cipher.encrypt_numerals([1] * (minlen - 1))
    with pytest.raises(CryptoError, match="too short"):
        cipher.decrypt_numerals([1] * (minlen - 1))
    assert len(cipher.encrypt_numerals([1] * minlen)) == minlen
    if radix <= 62:
        with pytest.raises(CryptoError, match="too short"):
            cipher.encrypt("1" * (minlen - 1))
    with pytest.raises(CryptoError, match="too short"):
        cipher.encrypt_numerals([])


class _Huge(Sequence[int]):
    """Claims 2**32 + 1 numerals without holding them."""

    def __len__(self) -> int:
        return (1 << 32) + 1

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[int]: ...
    def __getitem__(self, i: int | slice) -> int | Sequence[int]:
        raise AssertionError("the length check must come first")


def test_max_length() -> None:
    with pytest.raises(CryptoError, match=r"longer than 2\*\*32"):
        FF1(KEY_128).encrypt_numerals(_Huge())


def test_tweak_too_long(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ff1_module, "_MAX_TWEAK", 8)  # 2**32 - 1 bytes is too big to build
    cipher = FF1(KEY_128)
    assert cipher.encrypt(PT_10, bytes(8))
    with pytest.raises(CryptoError, match="tweak of 9 bytes"):
        cipher.encrypt(PT_10, bytes(9))


def test_tweak_must_be_bytes() -> None:
    with pytest.raises(CryptoError, match="tweak must be bytes"):
        FF1(KEY_128).encrypt(PT_10, "tweak")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [-1, 10, 1.0, "1", True, None])
def test_bad_numerals(bad: object) -> None:
    x: list[object] = [1] * 10
    x[3] = bad
    with pytest.raises(CryptoError, match="at position 3"):
        FF1(KEY_128).encrypt_numerals(x)  # type: ignore[arg-type]


def test_string_api_needs_an_alphabet_above_radix_62() -> None:
    cipher = FF1(KEY_128, 1000)
    with pytest.raises(CryptoError, match="no default alphabet"):
        cipher.encrypt("abc")
    assert cipher.decrypt_numerals(cipher.encrypt_numerals([1, 2, 3])) == [1, 2, 3]


def test_text_must_be_str() -> None:
    with pytest.raises(CryptoError, match="must be a str"):
        FF1(KEY_128).encrypt(b"0123456789")  # type: ignore[arg-type]
