"""UnwrapCache over a tiny in-test backend (exact counting) and over real SoftHSM2."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from veil.errors import ConfigError, InvalidToken
from veil.keys.kms.cache import UnwrapCache
from veil.keys.kms.interface import KekBackend
from veil.keys.kms.pkcs11 import Pkcs11Kek

if TYPE_CHECKING:
    from tests.softhsm import SoftHsm

KEY = bytes(range(32))
CTX = b"keyring:1/keyset:email/v1"


class CountingKek:
    """Not cryptography: a reversible tag so that tests can count backend calls exactly."""

    name = "counting"

    def __init__(self) -> None:
        self.unwraps = 0
        self.closed = 0

    def wrap(self, key: bytes, context: bytes) -> bytes:
        return b"W" + len(context).to_bytes(2, "big") + context + key

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        self.unwraps += 1
        n = int.from_bytes(wrapped[1:3], "big")
        if wrapped[:1] != b"W" or wrapped[3 : 3 + n] != context or n != len(context):
            raise InvalidToken("key material did not authenticate")
        return wrapped[3 + n :]

    def describe(self) -> dict[str, str]:
        return {"backend": "counting"}

    def close(self) -> None:
        self.closed += 1


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def backend() -> CountingKek:
    return CountingKek()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_is_a_kek_backend(backend: CountingKek) -> None:
    cache = UnwrapCache(backend)
    assert isinstance(cache, KekBackend)
    assert cache.name == "counting"
    assert cache.describe() == {"backend": "counting"}


def test_hits_after_first_unwrap(backend: CountingKek) -> None:
    cache = UnwrapCache(backend)
    blob = cache.wrap(KEY, CTX)
    for _ in range(10):
        assert cache.unwrap(blob, CTX) == KEY
    assert (cache.misses, cache.hits, backend.unwraps) == (1, 9, 1)


def test_context_is_part_of_the_cache_key(backend: CountingKek) -> None:
    cache = UnwrapCache(backend)
    blob = cache.wrap(KEY, CTX)
    assert cache.unwrap(blob, CTX) == KEY
    with pytest.raises(InvalidToken):
        cache.unwrap(blob, CTX + b"x")


def test_ttl_expiry(backend: CountingKek, clock: FakeClock) -> None:
    cache = UnwrapCache(backend, ttl=60, clock=clock)
    blob = cache.wrap(KEY, CTX)
    cache.unwrap(blob, CTX)
    clock.now += 59.9
    cache.unwrap(blob, CTX)
    assert backend.unwraps == 1
    clock.now += 0.1
    cache.unwrap(blob, CTX)
    assert backend.unwraps == 2
    # The refetched entry gets a new TTL from the time it was fetched.
    clock.now += 59.9
    cache.unwrap(blob, CTX)
    assert backend.unwraps == 2
    assert (cache.misses, cache.hits) == (2, 2)


def test_usage_limit(backend: CountingKek) -> None:
    cache = UnwrapCache(backend, max_uses=3)
    blob = cache.wrap(KEY, CTX)
    for _ in range(9):
        assert cache.unwrap(blob, CTX) == KEY
    # Each fetched value is returned 3 times (the fetching call included).
    assert (backend.unwraps, cache.misses, cache.hits) == (3, 3, 6)


def test_max_uses_one_disables_caching(backend: CountingKek) -> None:
    cache = UnwrapCache(backend, max_uses=1)
    blob = cache.wrap(KEY, CTX)
    for _ in range(4):
        cache.unwrap(blob, CTX)
    assert backend.unwraps == 4
    assert len(cache) == 0


def test_lru_bound(backend: CountingKek) -> None:
    cache = UnwrapCache(backend, max_entries=3)
    blobs = [cache.wrap(bytes([i]) * 16, CTX) for i in range(4)]
    for b in blobs[:3]:
        cache.unwrap(b, CTX)
    cache.unwrap(blobs[0], CTX)  # 0 is now the most recently used; 1 is the oldest
    cache.unwrap(blobs[3], CTX)  # evicts 1
    assert len(cache) == 3
    calls = backend.unwraps
    for i in (0, 2, 3):
        cache.unwrap(blobs[i], CTX)
    assert backend.unwraps == calls
    cache.unwrap(blobs[1], CTX)
    assert backend.unwraps == calls + 1
    assert len(cache) == 3


def test_failures_are_not_cached(backend: CountingKek) -> None:
    cache = UnwrapCache(backend)
    blob = cache.wrap(KEY, CTX)
    for _ in range(3):
        with pytest.raises(InvalidToken):
            cache.unwrap(blob, b"other")
    assert backend.unwraps == 3
    assert cache.misses == 3
    assert len(cache) == 0
    assert cache.unwrap(blob, CTX) == KEY


def test_clear_and_close(backend: CountingKek) -> None:
    cache = UnwrapCache(backend)
    blob = cache.wrap(KEY, CTX)
    cache.unwrap(blob, CTX)
    cache.clear()
    cache.unwrap(blob, CTX)
    assert backend.unwraps == 2
    cache.close()
    assert len(cache) == 0
    assert backend.closed == 1


@pytest.mark.parametrize("kwargs", [{"ttl": 0}, {"ttl": -1}, {"max_uses": 0}, {"max_entries": 0}])
def test_bad_limits(backend: CountingKek, kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigError):
        UnwrapCache(backend, **kwargs)  # type: ignore[arg-type]


def test_threads(backend: CountingKek) -> None:
    cache = UnwrapCache(backend, max_entries=8)
    blobs = [(bytes([i]) * 32, cache.wrap(bytes([i]) * 32, CTX)) for i in range(16)]
    errors: list[BaseException] = []

    def work(seed: int) -> None:
        try:
            for i in range(2000):
                key, blob = blobs[(seed * 7 + i) % len(blobs)]
                assert cache.unwrap(blob, CTX) == key
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert cache.hits + cache.misses == 8 * 2000
    assert len(cache) <= 8


# -- over the real HSM ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def hsm_kek(softhsm: SoftHsm) -> Iterator[Pkcs11Kek]:
    label = f"cache-{uuid.uuid4().hex[:12]}"
    with Pkcs11Kek(softhsm.lib_path, softhsm.token_label, softhsm.pin, label, create=True) as k:
        yield k


class _Spy:
    """Counts calls into a real backend."""

    def __init__(self, inner: KekBackend) -> None:
        self.inner = inner
        self.name = inner.name
        self.unwraps = 0

    def wrap(self, key: bytes, context: bytes) -> bytes:
        return self.inner.wrap(key, context)

    def unwrap(self, wrapped: bytes, context: bytes) -> bytes:
        self.unwraps += 1
        return self.inner.unwrap(wrapped, context)

    def describe(self) -> dict[str, str]:
        return self.inner.describe()

    def close(self) -> None:
        pass


def test_pkcs11_hits_ttl_and_failures(hsm_kek: Pkcs11Kek, clock: FakeClock) -> None:
    spy = _Spy(hsm_kek)
    cache = UnwrapCache(spy, ttl=300, clock=clock)
    assert cache.name == "pkcs11"
    assert cache.describe() == hsm_kek.describe()
    blob = cache.wrap(KEY, CTX)
    assert blob != cache.wrap(KEY, CTX)
    for _ in range(100):
        assert cache.unwrap(blob, CTX) == KEY
    assert (spy.unwraps, cache.hits) == (1, 99)
    clock.now += 300
    assert cache.unwrap(blob, CTX) == KEY
    assert spy.unwraps == 2
    bad = bytearray(blob)
    bad[-1] ^= 1
    for _ in range(2):
        with pytest.raises(InvalidToken):
            cache.unwrap(bytes(bad), CTX)
        with pytest.raises(InvalidToken):
            cache.unwrap(blob, b"wrong context")
    assert spy.unwraps == 6
    assert len(cache) == 1
