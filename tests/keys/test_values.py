"""Value encryption for the API (veil.keys.values): round trip, context binding, refusal of
veil's own keysets and of non-AEAD keysets, and one opaque error per bad value."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest

from veil.config import Settings
from veil.errors import AccessDenied, InvalidToken, UsageError
from veil.keys import KdfParams, Keyring, Template, init_keyring
from veil.keys.values import decrypt_values, encrypt_values

CHEAP = KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture
def ring(tmp_path: Path) -> Iterator[Keyring]:
    r = init_keyring(Settings(home=tmp_path, passphrase="correct horse"), kdf=CHEAP)
    r.ensure("data.app", Template.AES256_GCM)
    r.ensure("data.mac", Template.HMAC_SHA256)
    r.ensure("vault.values", Template.AES256_GCM)
    try:
        yield r
    finally:
        r.close()


def test_round_trip_and_context(ring: Keyring) -> None:
    values = ["ann@example.com", "", "ünïcode ✓"]
    cts = encrypt_values(ring, "data.app", values, "orders")
    assert cts != encrypt_values(ring, "data.app", values, "orders")  # randomized
    assert decrypt_values(ring, "data.app", cts, "orders") == values
    with pytest.raises(InvalidToken, match="#1 cannot be decrypted"):
        decrypt_values(ring, "data.app", cts, "billing")


def test_internal_and_wrong_keysets_are_refused(ring: Keyring) -> None:
    with pytest.raises(AccessDenied, match="internal"):
        encrypt_values(ring, "vault.values", ["x"])
    with pytest.raises(UsageError, match="unknown keyset"):
        encrypt_values(ring, "nope", ["x"])
    with pytest.raises(UsageError, match="aes256-gcm"):
        encrypt_values(ring, "data.mac", ["x"])


def test_bad_ciphertexts_name_their_position(ring: Keyring) -> None:
    good = encrypt_values(ring, "data.app", ["a"])[0]
    raw = bytearray(base64.urlsafe_b64decode(good))
    raw[-1] ^= 1
    tampered = base64.urlsafe_b64encode(bytes(raw)).decode()
    missing_version = base64.urlsafe_b64encode(b"\x01" + (99).to_bytes(4, "big") + b"x" * 40)
    for bad in (tampered, "not base64 !!", missing_version.decode()):
        with pytest.raises(InvalidToken, match="#2"):
            decrypt_values(ring, "data.app", [good, bad])
