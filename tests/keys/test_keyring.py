"""Keysets: create, use, rotate, disable, destroy, rewrap, persist — on the real file format."""

from __future__ import annotations

import json
import multiprocessing
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veil.config import Settings
from veil.errors import CryptoError, InvalidToken, KeyringError, UsageError
from veil.keys import (
    KdfParams,
    KeyEvent,
    Keyring,
    KeyState,
    Template,
    init_keyring,
    open_keyring,
    subscribe,
)
from veil.keys.keyring import ciphertext_version

CHEAP = KdfParams.fresh(memory_kib=1024, iterations=1, lanes=1)


def make_settings(home: Path, passphrase: str = "correct horse") -> Settings:
    return Settings(home=home, passphrase=passphrase)


@pytest.fixture
def ring(tmp_path: Path) -> Iterator[Keyring]:
    r = init_keyring(make_settings(tmp_path), kdf=CHEAP)
    yield r
    r.close()


def test_round_trip_and_version_prefix(ring: Keyring) -> None:
    ring.create("pii")
    ks = ring.keyset("pii")
    ct = ks.encrypt(b"4111 1111 1111 1111", b"row-7")
    assert ct[0] == 1 and ciphertext_version(ct) == 1
    assert ks.decrypt(ct, b"row-7") == b"4111 1111 1111 1111"
    # randomized: the same plaintext encrypts differently
    assert ks.encrypt(b"x") != ks.encrypt(b"x")


@settings(max_examples=50, deadline=None)
@given(data=st.binary(max_size=2048), aad=st.binary(max_size=64))
def test_round_trip_property(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, aad: bytes
) -> None:
    home = tmp_path_factory.mktemp("prop")
    r = init_keyring(make_settings(home), kdf=CHEAP)
    r.create("k")
    ks = r.keyset("k")
    assert ks.decrypt(ks.encrypt(data, aad), aad) == data


def test_wrong_aad_and_every_flipped_bit_fail_opaquely(ring: Keyring) -> None:
    ring.create("pii")
    ks = ring.keyset("pii")
    ct = ks.encrypt(b"secret value", b"ctx")
    with pytest.raises(InvalidToken):
        ks.decrypt(ct, b"other")
    for i in range(len(ct)):
        for bit in (0, 7):
            bad = bytearray(ct)
            bad[i] ^= 1 << bit
            # a flipped version byte may point at a missing version: a clear keyring error
            with pytest.raises((InvalidToken, KeyringError)):
                ks.decrypt(bytes(bad), b"ctx")
    for cut in range(len(ct)):
        with pytest.raises(InvalidToken):
            ks.decrypt(ct[:cut], b"ctx")


def test_rotation_keeps_old_versions_decrypting(ring: Keyring) -> None:
    ring.create("pii")
    ks = ring.keyset("pii")
    old = ks.encrypt(b"v1 data")
    info = ring.rotate("pii")
    assert info.primary == 2
    new = ks.encrypt(b"v2 data")
    assert ciphertext_version(new) == 2
    assert ks.decrypt(old) == b"v1 data"
    assert ks.decrypt(new) == b"v2 data"
    rewrapped = ks.rewrap(old)
    assert ciphertext_version(rewrapped) == 2 and ks.decrypt(rewrapped) == b"v1 data"
    assert ks.rewrap(new) is new  # already on the primary: untouched
    rows = [(ks.encrypt(b"row%d" % i, b"id%d" % i), b"id%d" % i) for i in range(3)]
    ring.rotate("pii")
    rows.append((ks.encrypt(b"row3", b"id3"), b"id3"))
    out = list(ks.rewrap_many(rows))
    assert [changed for _, changed in out] == [True, True, True, False]
    assert all(ciphertext_version(ct) == 3 for ct, _ in out)
    assert [ks.decrypt(ct, aad) for (ct, _), (_, aad) in zip(out, rows, strict=True)] == [
        b"row0",
        b"row1",
        b"row2",
        b"row3",
    ]


def test_disable_enable_min_version_destroy(ring: Keyring) -> None:
    ring.create("pii")
    ks = ring.keyset("pii")
    old = ks.encrypt(b"old")
    ring.rotate("pii")
    with pytest.raises(KeyringError, match="primary"):
        ring.disable("pii", 2)
    with pytest.raises(KeyringError, match="primary"):
        ring.destroy("pii", 2)
    ring.disable("pii", 1)
    with pytest.raises(KeyringError, match="disabled"):
        ks.decrypt(old)
    ring.enable("pii", 1)
    assert ks.decrypt(old) == b"old"
    ring.set_min_decrypt_version("pii", 2)
    with pytest.raises(KeyringError, match="minimum decryption version"):
        ks.decrypt(old)
    with pytest.raises(UsageError):
        ring.set_min_decrypt_version("pii", 3)
    ring.set_min_decrypt_version("pii", 1)
    ring.destroy("pii", 1)
    with pytest.raises(KeyringError, match="destroyed"):
        ks.decrypt(old)
    with pytest.raises(KeyringError, match="destroyed"):
        ring.enable("pii", 1)
    assert ring.info("pii").version(1).state is KeyState.DESTROYED  # type: ignore[union-attr]
    assert ring.info("pii").version(1).wrapped is None  # type: ignore[union-attr]


def test_destroyed_material_is_gone_from_disk(tmp_path: Path) -> None:
    s = make_settings(tmp_path)
    r = init_keyring(s, kdf=CHEAP)
    r.create("pii")
    ct = r.keyset("pii").encrypt(b"shred me")
    r.rotate("pii")
    r.destroy("pii", 1)
    r.close()
    again = open_keyring(s)
    with pytest.raises(KeyringError, match="destroyed"):
        again.keyset("pii").decrypt(ct)
    assert again.info("pii").version(1).wrapped is None  # type: ignore[union-attr]


def test_persistence_and_reopen(tmp_path: Path) -> None:
    s = make_settings(tmp_path)
    r = init_keyring(s, kdf=CHEAP)
    r.create("a")
    r.create("b", Template.AES256_SIV, rotation_period=timedelta(days=90))
    ct = r.keyset("a").encrypt(b"persisted")
    r.close()
    r2 = open_keyring(s)
    assert [i.name for i in r2.keysets()] == ["a", "b"]
    assert r2.info("b").rotation_period == timedelta(days=90)
    assert r2.keyset("a").decrypt(ct) == b"persisted"


def test_keyring_file_is_useless_without_the_passphrase(tmp_path: Path) -> None:
    s = make_settings(tmp_path)
    r = init_keyring(s, kdf=CHEAP)
    r.create("exp", exportable=True)
    material = r.export_material("exp")
    r.close()
    raw = s.keyring_path.read_bytes()
    assert material not in raw and material.hex().encode() not in raw
    assert b"exp" not in raw  # even keyset names are inside the encrypted body
    assert oct(s.keyring_path.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(KeyringError, match="wrong passphrase"):
        open_keyring(make_settings(tmp_path, "wrong"))
    with pytest.raises(KeyringError, match="VEIL_PASSPHRASE"):
        open_keyring(Settings(home=tmp_path))


def test_tampered_or_foreign_keyring_files(tmp_path: Path) -> None:
    s = make_settings(tmp_path)
    init_keyring(s, kdf=CHEAP).close()
    doc = json.loads(s.keyring_path.read_text())
    body = bytearray(bytes.fromhex(doc["body"]))
    body[40] ^= 1
    doc["body"] = body.hex()
    s.keyring_path.write_text(json.dumps(doc))
    with pytest.raises(KeyringError, match="corrupt or was tampered"):
        open_keyring(s)
    s.keyring_path.write_text("not json at all")
    with pytest.raises(KeyringError, match="not a veil keyring"):
        open_keyring(s)
    with pytest.raises(KeyringError, match="veil init"):
        open_keyring(make_settings(tmp_path / "nowhere"))


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    s = make_settings(tmp_path)
    init_keyring(s, kdf=CHEAP).close()
    before = s.keyring_path.read_bytes()
    with pytest.raises(KeyringError, match="already exists"):
        init_keyring(s, kdf=CHEAP)
    assert s.keyring_path.read_bytes() == before


def test_bad_names_templates_and_duplicates(ring: Keyring) -> None:
    for bad in ("", "has space", "../etc", "x" * 65):
        with pytest.raises(UsageError):
            ring.create(bad)
    ring.create("ok")
    with pytest.raises(KeyringError, match="already exists"):
        ring.create("ok")
    with pytest.raises(UsageError, match="unknown key template"):
        Template.parse("AES128_CTR")
    with pytest.raises(KeyringError, match="no keyset named"):
        ring.keyset("missing")
    with pytest.raises(UsageError, match="needs AES256_SIV"):
        ring.keyset("ok").encrypt_deterministically(b"x")


def test_not_exportable_by_default(ring: Keyring) -> None:
    ring.create("locked")
    with pytest.raises(KeyringError, match="not created exportable"):
        ring.export_material("locked")


def test_rotate_due_with_injected_clock(tmp_path: Path) -> None:
    s = make_settings(tmp_path)
    init_keyring(s, kdf=CHEAP).close()
    now = [datetime(2026, 1, 1, tzinfo=UTC)]
    from veil.keys import read_header
    from veil.keys.kms import open_backend

    kek = open_backend(dict(read_header(s.keyring_path)["kek"]), s, "correct horse")
    r = Keyring(s.keyring_path, kek, clock=lambda: now[0])
    r.create("quarterly", rotation_period=timedelta(days=90))
    r.create("never")
    assert r.rotate_due() == []
    now[0] += timedelta(days=89)
    assert r.rotate_due() == []
    now[0] += timedelta(days=1)
    rotated = r.rotate_due()
    assert [i.name for i in rotated] == ["quarterly"] and rotated[0].primary == 2
    assert r.rotate_due() == []  # the new primary is fresh
    assert r.info("never").primary == 1


def test_deterministic_mac_prf_and_ff1_templates(ring: Keyring) -> None:
    ring.create("det", Template.AES256_SIV)
    det = ring.keyset("det")
    a, b = det.encrypt_deterministically(b"alice"), det.encrypt_deterministically(b"alice")
    assert a == b and det.decrypt_deterministically(a) == b"alice"
    ring.rotate("det")
    assert det.decrypt_deterministically(a) == b"alice"
    assert ciphertext_version(det.rewrap(a)) == 2

    ring.create("idx", Template.HMAC_SHA256)
    idx = ring.keyset("idx")
    tag = idx.mac(b"alice@example.com")
    idx.verify_mac(tag, b"alice@example.com")
    with pytest.raises(InvalidToken):
        idx.verify_mac(tag, b"bob@example.com")
    assert idx.prf(b"x") == idx.prf(b"x") and len(idx.prf(b"x")) == 32

    ring.create("fpe", Template.FF1_AES256)
    fpe = ring.keyset("fpe")
    cipher = fpe.ff1()
    ct = cipher.encrypt("4111111111111111")
    assert len(ct) == 16 and ct.isdigit() and ct != "4111111111111111"
    ring.rotate("fpe")
    assert fpe.ff1(version=1).decrypt(ct) == "4111111111111111"
    assert fpe.ff1().encrypt("4111111111111111") != ct
    with pytest.raises(CryptoError):
        cipher.encrypt("12")  # below FF1's minimum domain


def test_key_events_are_emitted(ring: Keyring) -> None:
    seen: list[KeyEvent] = []
    unsubscribe = subscribe(seen.append)
    try:
        ring.create("ev")
        ring.rotate("ev")
        ring.disable("ev", 1)
        ring.destroy("ev", 1)
    finally:
        unsubscribe()
    assert [(e.action, e.keyset, e.version) for e in seen] == [
        ("create", "ev", 1),
        ("rotate", "ev", 2),
        ("disable", "ev", 1),
        ("destroy", "ev", 1),
    ]


def _rotate_in_child(home: str, n: int) -> None:
    r = open_keyring(make_settings(Path(home)))
    for _ in range(n):
        r.rotate("shared")


def test_concurrent_writers_do_not_lose_versions(tmp_path: Path) -> None:
    s = make_settings(tmp_path)
    r = init_keyring(s, kdf=CHEAP)
    r.create("shared")
    r.close()
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_rotate_in_child, args=(str(tmp_path), 5)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    info = open_keyring(s).info("shared")
    assert [v.version for v in info.versions] == list(range(1, 17))
    assert info.primary == 16


def test_material_is_bound_to_its_slot(tmp_path: Path) -> None:
    """Copying one version's wrapped material onto another slot must not unwrap."""
    s = make_settings(tmp_path)
    r = init_keyring(s, kdf=CHEAP)
    r.create("a")
    r.create("b")
    a1 = r.info("a").version(1)
    assert a1 is not None and a1.wrapped is not None
    with pytest.raises(InvalidToken):
        r.kek.unwrap(a1.wrapped, r._context("b", Template.AES256_GCM, 1))


class CountingKek:
    """A real LocalKek that counts unwraps (to observe the key cache)."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.name, self.unwraps = inner, inner.name, 0

    def wrap(self, key: bytes, context: bytes) -> bytes:
        return bytes(self.inner.wrap(key, context))

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        self.unwraps += 1
        return bytes(self.inner.unwrap(wrapped, context))

    def describe(self) -> dict[str, str]:
        return dict(self.inner.describe())

    def close(self) -> None:
        self.inner.close()


def test_key_cache_usage_limit_and_ttl(tmp_path: Path) -> None:
    from veil.keys import CachePolicy, read_header
    from veil.keys.kms import open_backend

    s = make_settings(tmp_path)
    init_keyring(s, kdf=CHEAP).close()
    kek = CountingKek(open_backend(dict(read_header(s.keyring_path)["kek"]), s, "correct horse"))
    r = Keyring(s.keyring_path, kek, cache=CachePolicy(ttl_seconds=3600, max_uses=10_000))
    r.create("hot")
    ks = r.keyset("hot")
    base = kek.unwraps
    cts = [ks.encrypt(b"v%d" % i) for i in range(9_000)]
    assert kek.unwraps == base + 1  # one unwrap serves many operations
    for i in range(21_000):
        ks.encrypt(b"w%d" % i)
    # 30,000 operations, max_uses 10,000 (checked every 4,096): unwrapped again, a few times
    assert base + 2 <= kek.unwraps <= base + 4
    assert [ks.decrypt(ct) for ct in cts[:3]] == [b"v0", b"v1", b"v2"]
    # TTL: a policy with a tiny TTL re-unwraps after it passes
    r.cache = CachePolicy(ttl_seconds=0.05, max_uses=10**9)
    ks._refresh(r.info("hot"))
    ks.encrypt(b"x")
    before = kek.unwraps
    time.sleep(0.06)
    for _ in range(5_000):  # crosses a check window
        ks.encrypt(b"x")
    assert kek.unwraps > before
    # old versions keep working through the slow path after rotation
    r.rotate("hot")
    assert ks.decrypt(cts[0]) == b"v0" and ks.decrypt(ks.encrypt(b"new")) == b"new"


def test_ed25519_signatures_survive_rotation(ring: Keyring) -> None:
    from veil.crypto import ed25519_verify

    ring.create("signing", Template.ED25519)
    ks = ring.keyset("signing")
    v1, sig1 = ks.sign(b"checkpoint 1")
    pub1 = ks.public_key()
    ed25519_verify(pub1, sig1, b"checkpoint 1")
    with pytest.raises(InvalidToken):
        ed25519_verify(pub1, sig1, b"checkpoint 2")
    ring.rotate("signing")
    v2, sig2 = ks.sign(b"checkpoint 2")
    assert (v1, v2) == (1, 2) and ks.public_key() != pub1
    assert ks.public_key(1) == pub1  # old checkpoints stay verifiable
    ed25519_verify(ks.public_key(2), sig2, b"checkpoint 2")
    ring.create("aead", Template.AES256_GCM)
    with pytest.raises(UsageError, match="needs ED25519"):
        ring.keyset("aead").sign(b"x")


def test_data_keys_are_bound_to_their_context(ring: Keyring) -> None:
    ring.create("subjects")
    ks = ring.keyset("subjects")
    wrapped, key = ks.new_data_key(b"subject-1")
    ct = key.encrypt(b"alice@example.com", b"row")
    assert ks.open_data_key(wrapped, b"subject-1").decrypt(ct, b"row") == b"alice@example.com"
    with pytest.raises(InvalidToken):
        ks.open_data_key(wrapped, b"subject-2")  # a wrapped key moved to another subject
    ring.rotate("subjects")
    rewrapped = ks.rewrap(wrapped, b"subject-1")
    assert ciphertext_version(rewrapped) == 2
    ring.destroy("subjects", 1)
    with pytest.raises(KeyringError, match="destroyed"):
        ks.open_data_key(wrapped, b"subject-1")  # the old copy (a backup) is shredded
    assert ks.open_data_key(rewrapped, b"subject-1").decrypt(ct, b"row") == b"alice@example.com"
