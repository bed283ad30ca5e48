"""Pkcs11Kek against a real SoftHSM2 token: the key lives in the HSM and never leaves it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pkcs11
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pkcs11 import Attribute, KeyType, Mechanism, ObjectClass

from veil.errors import InvalidToken, KeyringError
from veil.keys.kms.interface import KekBackend, KekError
from veil.keys.kms.pkcs11 import Pkcs11Kek, find_softhsm_library

if TYPE_CHECKING:
    from tests.softhsm import SoftHsm

KEY = bytes(range(32))
CTX = b"keyring:1/keyset:email/v1"


def _label() -> str:
    return f"kek-{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="module")
def kek(softhsm: SoftHsm) -> Iterator[Pkcs11Kek]:
    with Pkcs11Kek(softhsm.lib_path, softhsm.token_label, softhsm.pin, _label(), create=True) as k:
        yield k


def test_find_softhsm_library(softhsm: SoftHsm) -> None:
    assert find_softhsm_library() == softhsm.lib_path


def test_is_a_kek_backend(kek: Pkcs11Kek) -> None:
    assert isinstance(kek, KekBackend)
    assert kek.name == "pkcs11"


def test_create_then_find(softhsm: SoftHsm) -> None:
    label = _label()
    assert Pkcs11Kek.ensure_key(softhsm.lib_path, softhsm.token_label, softhsm.pin, label)
    assert not Pkcs11Kek.ensure_key(softhsm.lib_path, softhsm.token_label, softhsm.pin, label)
    with Pkcs11Kek(softhsm.lib_path, softhsm.token_label, softhsm.pin, label) as k:
        assert not k.created
        assert k.unwrap(k.wrap(KEY, CTX), CTX) == KEY


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.binary(min_size=16, max_size=64), context=st.binary(max_size=200))
def test_round_trip(kek: Pkcs11Kek, key: bytes, context: bytes) -> None:
    blob = kek.wrap(key, context)
    assert len(blob) == 1 + 12 + len(key) + 16
    assert blob[0] == 1
    assert key not in blob
    assert kek.unwrap(blob, context) == key


@pytest.mark.parametrize("size", [0, 15, 65])
def test_wrap_rejects_bad_key_sizes(kek: Pkcs11Kek, size: int) -> None:
    with pytest.raises(KeyringError, match="16-64 bytes"):
        kek.wrap(b"k" * size, CTX)


def test_key_is_sensitive_and_not_extractable(softhsm: SoftHsm, kek: Pkcs11Kek) -> None:
    # A second, PIN-less session sees the private key because the kek's login is per token.
    lib = pkcs11.lib(os.path.realpath(softhsm.lib_path))
    session = lib.get_token(token_label=softhsm.token_label).open()
    try:
        key = session.get_key(
            object_class=ObjectClass.SECRET_KEY, key_type=KeyType.AES, label=kek.key_label
        )
        assert key[Attribute.KEY_TYPE] == KeyType.AES
        assert key[Attribute.VALUE_LEN] == 32
        assert key[Attribute.TOKEN] is True
        assert key[Attribute.PRIVATE] is True
        assert key[Attribute.SENSITIVE] is True
        assert key[Attribute.ALWAYS_SENSITIVE] is True
        assert key[Attribute.EXTRACTABLE] is False
        assert key[Attribute.NEVER_EXTRACTABLE] is True
        assert key[Attribute.ENCRYPT] is True
        assert key[Attribute.DECRYPT] is True
        assert key[Attribute.WRAP] is False
        assert key[Attribute.UNWRAP] is False
        with pytest.raises(pkcs11.AttributeSensitive):
            key[Attribute.VALUE]
        # Nor can another key wrap it out of the token.
        wrapping = session.generate_key(KeyType.AES, 256, store=False)
        with pytest.raises(pkcs11.KeyUnextractable):
            wrapping.wrap_key(key, mechanism=Mechanism.AES_KEY_WRAP_PAD)
        wrapping.destroy()
    finally:
        session.close()
    # The kek still works: closing a PIN-less session does not log anyone out.
    assert kek.unwrap(kek.wrap(KEY, CTX), CTX) == KEY


def test_refuses_an_extractable_key(softhsm: SoftHsm, kek: Pkcs11Kek) -> None:
    label = _label()
    lib = pkcs11.lib(os.path.realpath(softhsm.lib_path))
    session = lib.get_token(token_label=softhsm.token_label).open(rw=True)
    try:
        session.generate_key(
            KeyType.AES,
            256,
            label=label,
            store=True,
            template={Attribute.SENSITIVE: False, Attribute.EXTRACTABLE: True},
        )
    finally:
        session.close()
    with pytest.raises(KekError, match="can be extracted"):
        Pkcs11Kek(softhsm.lib_path, softhsm.token_label, softhsm.pin, label)


def test_wrong_context(kek: Pkcs11Kek) -> None:
    blob = kek.wrap(KEY, CTX)
    for ctx in (b"", CTX + b"x", CTX[:-1], b"keyring:1/keyset:phone/v1"):
        with pytest.raises(InvalidToken, match=r"^key material did not authenticate$"):
            kek.unwrap(blob, ctx)


def test_flipped_bit_at_every_position(kek: Pkcs11Kek) -> None:
    blob = kek.wrap(KEY, CTX)
    for i in range(len(blob)):
        for bit in (0x01, 0x80):
            bad = bytearray(blob)
            bad[i] ^= bit
            with pytest.raises(InvalidToken):
                kek.unwrap(bytes(bad), CTX)
    assert kek.unwrap(blob, CTX) == KEY


def test_truncated_and_extended(kek: Pkcs11Kek) -> None:
    blob = kek.wrap(KEY, CTX)
    for n in range(len(blob)):
        with pytest.raises(InvalidToken):
            kek.unwrap(blob[:n], CTX)
    with pytest.raises(InvalidToken):
        kek.unwrap(blob + b"\x00", CTX)


def test_blob_of_another_key(softhsm: SoftHsm, kek: Pkcs11Kek) -> None:
    blob = kek.wrap(KEY, CTX)
    with (
        Pkcs11Kek(softhsm.lib_path, softhsm.token_label, softhsm.pin, _label(), create=True) as k2,
        pytest.raises(InvalidToken),
    ):
        k2.unwrap(blob, CTX)


def test_wraps_differ(kek: Pkcs11Kek) -> None:
    blobs = {kek.wrap(KEY, CTX) for _ in range(20)}
    assert len(blobs) == 20
    assert len({b[1:13] for b in blobs}) == 20  # fresh IV each time


def test_wrong_pin_at_login(softhsm: SoftHsm) -> None:
    # Nobody in this process is logged in to the aux token: this is a real C_Login.
    with pytest.raises(KekError, match=r"^PKCS#11: wrong PIN for token 'veil-test-aux'$"):
        Pkcs11Kek(softhsm.lib_path, softhsm.aux_token_label, "0000", create=True)
    with Pkcs11Kek(softhsm.lib_path, softhsm.aux_token_label, softhsm.pin, create=True) as k:
        assert k.unwrap(k.wrap(KEY, CTX), CTX) == KEY


def test_wrong_pin_while_logged_in(softhsm: SoftHsm, kek: Pkcs11Kek) -> None:
    # The token is already logged in through ``kek``: the PIN is still checked.
    with pytest.raises(KekError, match=r"^PKCS#11: wrong PIN for token 'veil-test'$"):
        Pkcs11Kek(softhsm.lib_path, softhsm.token_label, "0000", kek.key_label)


def test_unknown_token_lists_labels(softhsm: SoftHsm) -> None:
    with pytest.raises(KekError, match="no token labelled 'nope'") as ei:
        Pkcs11Kek(softhsm.lib_path, "nope", softhsm.pin)
    assert "'veil-test'" in str(ei.value)
    assert "'veil-test-aux'" in str(ei.value)


@pytest.mark.parametrize("path", ["/nonexistent/libpkcs11.so", "", "/etc/hostname"])
def test_bad_library_path(softhsm: SoftHsm, path: str) -> None:
    with pytest.raises(KekError, match="VEIL_PKCS11_LIB"):
        Pkcs11Kek(path, softhsm.token_label, softhsm.pin)


def test_missing_key_without_create(softhsm: SoftHsm) -> None:
    with pytest.raises(KekError, match=r"veil init --kek pkcs11"):
        Pkcs11Kek(softhsm.lib_path, softhsm.token_label, softhsm.pin, "no-such-key")


def test_describe_never_shows_the_pin(softhsm: SoftHsm, kek: Pkcs11Kek) -> None:
    d = kek.describe()
    assert d == {
        "backend": "pkcs11",
        "library": softhsm.lib_path,
        "token": softhsm.token_label,
        "key_label": kek.key_label,
        "key": "AES-256, non-extractable",
    }
    assert softhsm.pin not in repr(kek)
    assert softhsm.pin not in repr(vars(kek))


def test_reopen_unwraps_what_the_old_instance_wrapped(softhsm: SoftHsm) -> None:
    label = _label()
    with Pkcs11Kek(softhsm.lib_path, softhsm.aux_token_label, softhsm.pin, label, create=True) as k:
        blob = k.wrap(KEY, CTX)
    # All instances on the aux token are closed: the next one logs in again from scratch.
    with Pkcs11Kek(softhsm.lib_path, softhsm.aux_token_label, softhsm.pin, label) as k:
        assert k.unwrap(blob, CTX) == KEY
    # And a fresh process that only has the token files on disk.
    code = (
        "import sys\n"
        "from veil.keys.kms.pkcs11 import Pkcs11Kek\n"
        "lib, tok, pin, label, blob, ctx = sys.argv[1:]\n"
        "with Pkcs11Kek(lib, tok, pin, label) as k:\n"
        "    print(k.unwrap(bytes.fromhex(blob), bytes.fromhex(ctx)).hex())\n"
    )
    argv = [softhsm.lib_path, softhsm.aux_token_label, softhsm.pin, label, blob.hex(), CTX.hex()]
    out = subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "SOFTHSM2_CONF": str(softhsm.conf)},
    )
    assert out.stdout.strip() == KEY.hex()


def test_close_is_idempotent_and_final(softhsm: SoftHsm) -> None:
    k = Pkcs11Kek(softhsm.lib_path, softhsm.token_label, softhsm.pin, _label(), create=True)
    blob = k.wrap(KEY, CTX)
    k.close()
    k.close()
    with pytest.raises(KekError, match="closed"):
        k.unwrap(blob, CTX)
    with pytest.raises(KekError, match="closed"):
        k.wrap(KEY, CTX)


def test_closing_one_instance_keeps_the_others_logged_in(softhsm: SoftHsm, kek: Pkcs11Kek) -> None:
    other = Pkcs11Kek(softhsm.lib_path, softhsm.token_label, softhsm.pin, kek.key_label)
    blob = other.wrap(KEY, CTX)
    other.close()  # must not C_Logout the shared login
    assert kek.unwrap(blob, CTX) == KEY


def test_threads(softhsm: SoftHsm, kek: Pkcs11Kek) -> None:
    second = Pkcs11Kek(softhsm.lib_path, softhsm.token_label, softhsm.pin, kek.key_label)
    errors: list[BaseException] = []

    def work(k: Pkcs11Kek, seed: int) -> None:
        try:
            for i in range(200):
                key = os.urandom(16 + (seed + i) % 49)
                ctx = f"t{seed}/{i}".encode()
                assert k.unwrap(k.wrap(key, ctx), ctx) == key
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(kek if n % 2 else second, n)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    second.close()
    assert not errors, errors


def test_lost_session_is_a_kek_error_not_invalid_token(softhsm: SoftHsm) -> None:
    from veil.keys.kms import pkcs11 as mod

    k = Pkcs11Kek(softhsm.lib_path, softhsm.aux_token_label, softhsm.pin, _label(), create=True)
    blob = k.wrap(KEY, CTX)
    assert k._login_id is not None
    mod._LOGINS[k._login_id].session.close()  # the HSM side goes away under us
    with pytest.raises(KekError, match="unwrap failed"):
        k.unwrap(blob, CTX)
    k.close()  # still releases cleanly
    with Pkcs11Kek(softhsm.lib_path, softhsm.aux_token_label, softhsm.pin, k.key_label) as k2:
        assert k2.unwrap(blob, CTX) == KEY
