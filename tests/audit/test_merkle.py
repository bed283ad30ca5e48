"""RFC 6962 / RFC 9162 Merkle tree: published vectors, a literal transcription of the RFC
definitions as an oracle for every tree up to 64 leaves, corrupted proofs, compact ranges, and
how many stored nodes each operation reads.

The eight leaf inputs, the roots of the trees of 1..8 of them and the known proofs are the
RFC 6962 test data used by transparency-dev/merkle (``testonly/constants.go``,
``proof/verify_test.go``) and, before it, by certificate-transparency-go.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veil.audit.merkle import (
    EMPTY_ROOT,
    HASH_SIZE,
    CompactRange,
    MemoryNodes,
    ProofError,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    nodes_for_append,
    root_from_nodes,
    verify_consistency,
    verify_inclusion,
)
from veil.errors import AuditIntegrityError

# -- RFC 6962 test data (transparency-dev/merkle testonly) ------------------------------------

LEAF_INPUTS = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    b"\x50\x51\x52\x53\x54\x55\x56\x57",
    b"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f",
]
EMPTY_ROOT_HEX = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
# the roots of the trees of the first 1..8 leaves
ROOTS_HEX = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
_H = {
    "leaf0": "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "leaf1": "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
    "leaf4": "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    "mth01": "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "mth23": "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
    "mth45": "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
    "mth67": "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
    "mth0123": "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "mth4567": "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
}
# (0-based leaf index, tree size, audit path); transparency-dev lists them 1-based
KNOWN_INCLUSION = [
    (0, 1, []),
    (0, 8, ["leaf1", "mth23", "mth4567"]),
    (5, 8, ["leaf4", "mth67", "mth0123"]),
    (2, 3, ["mth01"]),
    (1, 5, ["leaf0", "mth23", "leaf4"]),
]
# (old size, new size, proof)
KNOWN_CONSISTENCY = [
    (1, 1, []),
    (1, 8, ["leaf1", "mth23", "mth4567"]),
    (6, 8, ["mth45", "mth67", "mth0123"]),
    (2, 5, ["mth23", "leaf4"]),
]

# Leaves of every test tree: the eight RFC inputs, then distinct filler.
MAX_LEAVES = 5000
ENTRIES = LEAF_INPUTS + [f"entry {i}".encode() for i in range(len(LEAF_INPUTS), MAX_LEAVES)]


# -- the oracle: RFC 6962 §2.1 / RFC 9162 §2.1 transcribed literally --------------------------


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _largest_power_of_two_below(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


class Reference:
    """MTH, PATH and PROOF/SUBPROOF over ``D[lo:hi]`` of a fixed list of entries, straight from
    the RFC. Each proof element is tagged with where it sits, which is the proof's *shape*:

    inclusion: ``left``/``right``, the side of the sibling; consistency: ``seed`` (the first
    element when the old tree is not a complete subtree), ``left`` (a left sibling, hashed into
    both roots), ``right`` (a right sibling, hashed into the new root only).
    """

    def __init__(self, entries: Sequence[bytes]) -> None:
        self.entries = list(entries)
        self._cache: dict[tuple[int, int], bytes] = {}

    def mth(self, lo: int, hi: int) -> bytes:
        n = hi - lo
        if n == 0:
            return _sha256(b"")
        if n == 1:
            return _sha256(b"\x00" + self.entries[lo])
        cached = self._cache.get((lo, hi))
        if cached is None:
            k = _largest_power_of_two_below(n)
            cached = _sha256(b"\x01" + self.mth(lo, lo + k) + self.mth(lo + k, hi))
            self._cache[(lo, hi)] = cached
        return cached

    def path(self, m: int, lo: int, hi: int) -> list[tuple[bytes, str]]:
        n = hi - lo
        if n == 1:
            return []
        k = _largest_power_of_two_below(n)
        if m < k:
            return [*self.path(m, lo, lo + k), (self.mth(lo + k, hi), "right")]
        return [*self.path(m - k, lo + k, hi), (self.mth(lo, lo + k), "left")]

    def subproof(self, m: int, lo: int, hi: int, b: bool) -> list[tuple[bytes, str]]:
        n = hi - lo
        if m == n:
            return [] if b else [(self.mth(lo, hi), "seed")]
        k = _largest_power_of_two_below(n)
        if m <= k:
            return [*self.subproof(m, lo, lo + k, b), (self.mth(lo + k, hi), "right")]
        return [*self.subproof(m - k, lo + k, hi, False), (self.mth(lo, lo + k), "left")]

    def inclusion(self, m: int, n: int) -> list[bytes]:
        return [h for h, _ in self.path(m, 0, n)]

    def consistency(self, m: int, n: int) -> list[bytes]:
        if m in (0, n):
            return []
        return [h for h, _ in self.subproof(m, 0, n, True)]

    def inclusion_shape(self, m: int, n: int) -> tuple[str, ...]:
        return tuple(tag for _, tag in self.path(m, 0, n))

    def consistency_shape(self, m: int, n: int) -> tuple[str, ...]:
        return tuple(tag for _, tag in self.subproof(m, 0, n, True))


REF = Reference(ENTRIES)


def _build_store(entries: Sequence[bytes]) -> MemoryNodes:
    store = MemoryNodes()
    compact = CompactRange()
    for entry in entries:
        store.put_all(compact.append(leaf_hash(entry)))
    return store


STORE = _build_store(ENTRIES)


class TreeView:
    """A NodeReader over the first ``size`` leaves of a store: it only answers for complete
    subtrees inside ``[0, size)``, and counts calls and nodes read."""

    def __init__(self, store: MemoryNodes, size: int) -> None:
        self.store = store
        self.size = size
        self.calls: list[list[tuple[int, int]]] = []

    def get_nodes(self, ids: Sequence[tuple[int, int]]) -> dict[tuple[int, int], bytes]:
        self.calls.append(list(ids))
        inside = [(lv, ix) for lv, ix in ids if (ix + 1) << lv <= self.size]
        return self.store.get_nodes(inside)

    @property
    def reads(self) -> int:
        return sum(len(call) for call in self.calls)

    def reset(self) -> None:
        self.calls.clear()


def _flip(value: bytes, bit: int = 3) -> bytes:
    return bytes([value[0] ^ (1 << bit)]) + value[1:]


def _read_bound(n: int) -> int:
    return 2 * math.ceil(math.log2(n)) + 2 if n > 1 else 2


# -- hashes and the RFC 6962 vectors ----------------------------------------------------------


def test_hash_functions() -> None:
    assert HASH_SIZE == 32
    assert EMPTY_ROOT.hex() == EMPTY_ROOT_HEX
    assert leaf_hash(b"").hex() == ROOTS_HEX[0]
    assert leaf_hash(b"\x00").hex() == _H["leaf1"]
    assert node_hash(leaf_hash(b""), leaf_hash(b"\x00")).hex() == ROOTS_HEX[1]
    assert leaf_hash(b"abc") == _sha256(b"\x00abc")
    assert node_hash(b"l" * 32, b"r" * 32) == _sha256(b"\x01" + b"l" * 32 + b"r" * 32)


@pytest.mark.parametrize("size", range(9))
def test_rfc6962_roots(size: int) -> None:
    want = EMPTY_ROOT_HEX if size == 0 else ROOTS_HEX[size - 1]
    assert REF.mth(0, size).hex() == want  # the oracle agrees with the published roots
    compact = CompactRange()
    for entry in LEAF_INPUTS[:size]:
        compact.append(leaf_hash(entry))
    assert compact.size == size
    assert compact.root().hex() == want
    assert root_from_nodes(size, TreeView(STORE, size)).hex() == want


@pytest.mark.parametrize(("index", "size", "names"), KNOWN_INCLUSION)
def test_known_inclusion_proofs(index: int, size: int, names: list[str]) -> None:
    want = [bytes.fromhex(_H[name]) for name in names]
    proof = inclusion_proof(index, size, TreeView(STORE, size))
    assert proof == want
    root = bytes.fromhex(ROOTS_HEX[size - 1])
    verify_inclusion(index, size, leaf_hash(LEAF_INPUTS[index]), want, root)


@pytest.mark.parametrize(("old", "new", "names"), KNOWN_CONSISTENCY)
def test_known_consistency_proofs(old: int, new: int, names: list[str]) -> None:
    want = [bytes.fromhex(_H[name]) for name in names]
    assert consistency_proof(old, new, TreeView(STORE, new)) == want
    old_root, new_root = bytes.fromhex(ROOTS_HEX[old - 1]), bytes.fromhex(ROOTS_HEX[new - 1])
    verify_consistency(old, new, old_root, new_root, want)


# -- every proof of every tree up to 64 leaves, and corrupted variants ------------------------


InclusionArgs = tuple[int, int, bytes, list[bytes], bytes]
ConsistencyArgs = tuple[int, int, bytes, bytes, list[bytes]]


def _inclusion_holds(claim: InclusionArgs, honest: InclusionArgs) -> bool:
    """Whether ``claim`` must verify, given that ``honest`` is a real proof: only with the
    same leaf, proof and root, and a path of the same shape. A proof and a root commit to the
    path, not to the size, so e.g. the size-8 proof of leaf 0 is also a valid size-7 proof
    against the same root."""
    index, size, leaf, proof, root = claim
    if not 0 <= index < size or (leaf, proof, root) != honest[2:]:
        return False
    return REF.inclusion_shape(index, size) == REF.inclusion_shape(honest[0], honest[1])


def _inclusion_variants(
    index: int, size: int, leaf: bytes, proof: list[bytes], root: bytes
) -> list[tuple[str, InclusionArgs]]:
    out: list[tuple[str, InclusionArgs]] = []
    for desc, i, n in [
        ("index - 1", index - 1, size),
        ("index + 1", index + 1, size),
        ("index ^ 2", index ^ 2, size),
        ("size - 1", index, size - 1),
        ("size + 1", index, size + 1),
        ("size * 2", index, size * 2),
        ("size // 2", index, size // 2),
    ]:
        out.append((desc, (i, n, leaf, proof, root)))
    garbage = _sha256(b"garbage")
    out += [
        ("wrong leaf", (index, size, leaf_hash(b"wrong leaf"), proof, root)),
        ("flipped leaf", (index, size, _flip(leaf), proof, root)),
        ("empty root as leaf", (index, size, EMPTY_ROOT, proof, root)),
        ("empty root", (index, size, leaf, proof, EMPTY_ROOT)),
        ("flipped root", (index, size, leaf, proof, _flip(root))),
        ("leaf as root", (index, size, leaf, proof, leaf)),
        ("short leaf", (index, size, b"WrongLeaf", proof, root)),
        ("appended garbage", (index, size, leaf, [*proof, garbage], root)),
        ("appended root", (index, size, leaf, [*proof, root], root)),
        ("prepended garbage", (index, size, leaf, [garbage, *proof], root)),
        ("prepended leaf", (index, size, leaf, [leaf, *proof], root)),
        ("short element", (index, size, leaf, [*proof, b""], root)),
    ]
    for i in range(len(proof)):
        flipped = list(proof)
        flipped[i] = _flip(flipped[i])
        out.append((f"proof[{i}] bit 3 flipped", (index, size, leaf, flipped, root)))
        removed = proof[:i] + proof[i + 1 :]
        out.append((f"proof[{i}] removed", (index, size, leaf, removed, root)))
        inserted = [*proof[:i], garbage, *proof[i:]]
        out.append((f"garbage before proof[{i}]", (index, size, leaf, inserted, root)))
    if proof:
        out.append(("truncated to empty", (index, size, leaf, [], root)))
    if len(proof) > 1:
        out.append(
            ("first two swapped", (index, size, leaf, [proof[1], proof[0], *proof[2:]], root))
        )
    return out


def _check_inclusion(index: int, size: int, reader: TreeView) -> None:
    proof = inclusion_proof(index, size, reader)
    assert proof == REF.inclusion(index, size), (index, size)
    leaf, root = leaf_hash(ENTRIES[index]), REF.mth(0, size)
    verify_inclusion(index, size, leaf, proof, root)
    honest = (index, size, leaf, proof, root)
    for desc, args in _inclusion_variants(*honest):
        if _inclusion_holds(args, honest):
            # only the size is loosely bound; a proof always pins the leaf's position
            assert not desc.startswith("index"), desc
            verify_inclusion(*args)
        else:
            with pytest.raises(ProofError):
                verify_inclusion(*args)
                pytest.fail(f"leaf {index} of {size}: {desc} verified")


@pytest.mark.parametrize("size", range(1, 65))
def test_inclusion_proofs_match_rfc_and_reject_corruption(size: int) -> None:
    reader = TreeView(STORE, size)
    for index in range(size):
        _check_inclusion(index, size, reader)


def _consistency_holds(claim: ConsistencyArgs, honest: ConsistencyArgs) -> bool:
    """Whether ``claim`` must verify, given that ``honest`` is a real proof (see
    :func:`_inclusion_holds`). Size 0 is consistent with every tree; equal sizes need equal
    roots and no proof."""
    m, n, old_root, new_root, proof = claim
    if m < 0 or n < 0 or m > n:
        return False
    if m == n:
        return not proof and old_root == new_root
    if m == 0:
        return not proof and old_root == EMPTY_ROOT
    if not proof or (old_root, new_root, proof) != honest[2:] or not 0 < honest[0] < honest[1]:
        return False
    return REF.consistency_shape(m, n) == REF.consistency_shape(honest[0], honest[1])


def _check_consistency(m: int, n: int, reader: TreeView) -> None:
    proof = consistency_proof(m, n, reader)
    assert proof == REF.consistency(m, n), (m, n)
    r1, r2 = REF.mth(0, m), REF.mth(0, n)
    verify_consistency(m, n, r1, r2, proof)
    honest = (m, n, r1, r2, proof)
    variants: list[tuple[str, ConsistencyArgs]] = []
    for desc, m2, n2 in [
        ("old - 1", m - 1, n),
        ("old + 1", m + 1, n),
        ("new - 1", m, n - 1),
        ("new + 1", m, n + 1),
        ("old * 2", m * 2, n),
        ("new * 2", m, n * 2),
    ]:
        variants.append((desc, (m2, n2, r1, r2, proof)))
    garbage = _sha256(b"garbage")
    variants += [
        ("roots swapped", (m, n, r2, r1, proof)),
        ("flipped old root", (m, n, _flip(r1), r2, proof)),
        ("flipped new root", (m, n, r1, _flip(r2), proof)),
        ("garbage new root", (m, n, r1, garbage, proof)),
        ("old root for both", (m, n, r1, r1, proof)),
        ("short old root", (m, n, r1[:-1], r2, proof)),
        ("appended garbage", (m, n, r1, r2, [*proof, garbage])),
        ("appended new root", (m, n, r1, r2, [*proof, r2])),
        ("prepended garbage", (m, n, r1, r2, [garbage, *proof])),
        ("prepended old root", (m, n, r1, r2, [r1, *proof])),
    ]
    for i in range(len(proof)):
        flipped = list(proof)
        flipped[i] = _flip(flipped[i])
        variants.append((f"proof[{i}] bit 3 flipped", (m, n, r1, r2, flipped)))
        variants.append((f"proof[{i}] removed", (m, n, r1, r2, proof[:i] + proof[i + 1 :])))
        variants.append(
            (f"garbage before proof[{i}]", (m, n, r1, r2, [*proof[:i], garbage, *proof[i:]]))
        )
    if proof:
        variants.append(("truncated to empty", (m, n, r1, r2, [])))
    if len(proof) > 1:
        variants.append(("first two swapped", (m, n, r1, r2, [proof[1], proof[0], *proof[2:]])))
    for desc, args in variants:
        if _consistency_holds(args, honest):
            assert m == 0 or desc not in ("old - 1", "old + 1", "old * 2"), (
                desc
            )  # old size is pinned
            verify_consistency(*args)
        else:
            with pytest.raises(ProofError):
                verify_consistency(*args)
                pytest.fail(f"{m} -> {n}: {desc} verified")


@pytest.mark.parametrize("size", range(1, 65))
def test_consistency_proofs_match_rfc_and_reject_corruption(size: int) -> None:
    reader = TreeView(STORE, size)
    for old in range(size + 1):
        _check_consistency(old, size, reader)


def test_a_proof_commits_to_its_path_not_its_size() -> None:
    """Documents why the size mutations above are checked against the oracle's shapes rather
    than always expected to fail (transparency-dev's probes use size * 2 and size / 2)."""
    proof8 = REF.inclusion(0, 8)
    root8 = REF.mth(0, 8)
    verify_inclusion(0, 8, leaf_hash(ENTRIES[0]), proof8, root8)
    verify_inclusion(0, 7, leaf_hash(ENTRIES[0]), proof8, root8)
    with pytest.raises(ProofError):
        verify_inclusion(0, 9, leaf_hash(ENTRIES[0]), proof8, root8)
    cons = REF.consistency(4, 8)
    verify_consistency(4, 8, REF.mth(0, 4), root8, cons)
    verify_consistency(4, 7, REF.mth(0, 4), root8, cons)


def test_known_tree_proofs_all_verify_against_published_roots() -> None:
    """Every inclusion and consistency proof of the eight-leaf RFC tree, against the
    hard-coded roots rather than the oracle's."""
    store = _build_store(LEAF_INPUTS)
    roots = [bytes.fromhex(h) for h in ROOTS_HEX]
    for n in range(1, 9):
        for i in range(n):
            proof = inclusion_proof(i, n, store)
            verify_inclusion(i, n, leaf_hash(LEAF_INPUTS[i]), proof, roots[n - 1])
        for m in range(1, n + 1):
            proof = consistency_proof(m, n, store)
            verify_consistency(m, n, roots[m - 1], roots[n - 1], proof)
        verify_consistency(0, n, EMPTY_ROOT, roots[n - 1], consistency_proof(0, n, store))


# -- compact ranges and stored nodes ----------------------------------------------------------


def test_compact_range_roots_match_the_rfc() -> None:
    compact = CompactRange()
    assert compact.size == 0
    assert compact.root() == EMPTY_ROOT
    for n in range(1, 201):
        compact.append(leaf_hash(ENTRIES[n - 1]))
        assert compact.size == n
        assert compact.root() == REF.mth(0, n), n


def test_nodes_for_append_and_compact_range_store_the_same_nodes() -> None:
    by_function = MemoryNodes()
    compact = CompactRange()
    for i in range(300):
        leaf = leaf_hash(ENTRIES[i])
        from_function = nodes_for_append(i, leaf, by_function.get)
        by_function.put_all(from_function)
        assert compact.append(leaf) == from_function
        assert from_function[0] == (0, i, leaf)
        # one new node per level the leaf completes: the trailing one bits of i
        assert len(from_function) == 1 + ((i ^ (i + 1)).bit_length() - 1)
    assert by_function.nodes == {k: v for k, v in STORE.nodes.items() if (k[1] + 1) << k[0] <= 300}
    # every stored node is the MTH of the complete subtree it names
    for (level, index), value in by_function.nodes.items():
        assert value == REF.mth(index << level, (index + 1) << level)


def test_from_nodes_rebuilds_the_right_edge() -> None:
    full = CompactRange()
    states = [full.copy()]
    appended: list[list[tuple[int, int, bytes]]] = []
    for i in range(260):
        appended.append(full.append(leaf_hash(ENTRIES[i])))
        states.append(full.copy())
    for size in range(201):
        view = TreeView(STORE, size)
        rebuilt = CompactRange.from_nodes(size, view.get_nodes)
        assert len(view.calls) == (1 if size else 0)
        assert view.reads == size.bit_count()
        assert rebuilt.size == size
        assert rebuilt.root() == states[size].root() == REF.mth(0, size)
        for i in range(size, min(size + 60, 260)):
            assert rebuilt.append(leaf_hash(ENTRIES[i])) == appended[i]
            assert rebuilt.root() == states[i + 1].root()


def test_copy_is_independent() -> None:
    compact = CompactRange()
    for entry in LEAF_INPUTS[:5]:
        compact.append(leaf_hash(entry))
    twin = compact.copy()
    twin.append(leaf_hash(LEAF_INPUTS[5]))
    assert compact.size == 5
    assert compact.root().hex() == ROOTS_HEX[4]
    assert twin.size == 6
    assert twin.root().hex() == ROOTS_HEX[5]
    assert repr(compact) == "CompactRange(size=5)"


def test_root_from_nodes_reads_the_decomposition_once() -> None:
    for size in range(0, 201):
        view = TreeView(STORE, size)
        assert root_from_nodes(size, view) == REF.mth(0, size)
        assert len(view.calls) == (1 if size else 0)
        assert view.reads == size.bit_count()


def test_reads_are_one_call_of_logarithmically_many_nodes() -> None:
    size = 1000
    view = TreeView(STORE, size)
    bound = _read_bound(size)
    for index in range(size):
        view.reset()
        assert inclusion_proof(index, size, view) == REF.inclusion(index, size)
        assert len(view.calls) == 1
        assert len(set(view.calls[0])) == view.reads <= bound
    for old in range(size + 1):
        view.reset()
        assert consistency_proof(old, size, view) == REF.consistency(old, size)
        assert len(view.calls) == (1 if 0 < old < size else 0)
        assert view.reads <= bound
    for new in range(1, size + 1):
        view = TreeView(STORE, new)
        bound = _read_bound(new)
        for old in {1, new // 3, new // 2, new - 1}:
            if 0 < old < new:
                view.reset()
                consistency_proof(old, new, view)
                assert len(view.calls) == 1
                assert len(set(view.calls[0])) == view.reads <= bound, (old, new)
        for index in {0, new // 2, new - 2, new - 1}:
            if 0 <= index < new:
                view.reset()
                inclusion_proof(index, new, view)
                assert view.reads <= bound, (index, new)


class UniformTree:
    """A lazily computed store for a huge tree whose leaves are all the same entry: node
    ``(level, index)`` is then a function of ``level`` alone."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.levels = [_sha256(b"\x00same")]
        for _ in range(size.bit_length()):
            self.levels.append(_sha256(b"\x01" + self.levels[-1] * 2))
        self.calls: list[int] = []

    def get_nodes(self, ids: Sequence[tuple[int, int]]) -> dict[tuple[int, int], bytes]:
        self.calls.append(len(ids))
        return {(lv, ix): self.levels[lv] for lv, ix in ids if (ix + 1) << lv <= self.size}

    def root(self, size: int) -> bytes:
        """MTH of the first ``size`` leaves: fold the set bits' subtrees from the right."""
        parts = [self.levels[lv] for lv in range(size.bit_length() - 1, -1, -1) if size >> lv & 1]
        root = parts[-1]
        for part in reversed(parts[:-1]):
            root = _sha256(b"\x01" + part + root)
        return root


def test_huge_tree_reads_stay_logarithmic() -> None:
    size = 2**20 + 3
    tree = UniformTree(size)
    bound = _read_bound(size)
    root = tree.root(size)
    assert root_from_nodes(size, tree) == root
    assert tree.calls == [3]
    leaf = tree.levels[0]
    for index in [0, 1, 2**19 + 7, 2**20 - 1, 2**20, 2**20 + 1, size - 1]:
        tree.calls.clear()
        proof = inclusion_proof(index, size, tree)
        assert len(tree.calls) == 1
        assert tree.calls[0] <= bound
        verify_inclusion(index, size, leaf, proof, root)
    for old in [1, 2, 3, 5, 2**19, 2**20 - 1, 2**20, 2**20 + 1, size - 1]:
        tree.calls.clear()
        proof = consistency_proof(old, size, tree)
        assert len(tree.calls) == 1
        assert tree.calls[0] <= bound
        verify_consistency(old, size, tree.root(old), root, proof)
    rebuilt = CompactRange.from_nodes(size, tree.get_nodes)
    assert rebuilt.root() == root


# -- hypothesis: random trees up to 5000 leaves -----------------------------------------------


@st.composite
def _tree_points(draw: st.DrawFn) -> tuple[int, int, int]:
    size = draw(st.integers(1, MAX_LEAVES))
    index = draw(st.integers(0, size - 1))
    old = draw(st.integers(0, size))
    return size, index, old


@settings(max_examples=150, deadline=None)
@given(_tree_points(), st.integers(0, 255))
def test_random_trees(point: tuple[int, int, int], bit: int) -> None:
    size, index, old = point
    view = TreeView(STORE, size)
    bound = _read_bound(size)
    root, old_root = REF.mth(0, size), REF.mth(0, old)
    leaf = leaf_hash(ENTRIES[index])

    proof = inclusion_proof(index, size, view)
    assert proof == REF.inclusion(index, size)
    assert len(view.calls) <= 1
    assert view.reads <= bound
    verify_inclusion(index, size, leaf, proof, root)
    if proof:
        corrupted = list(proof)
        position = bit % len(proof)
        corrupted[position] = bytes([corrupted[position][0] ^ (1 << bit % 8)]) + proof[position][1:]
        with pytest.raises(ProofError):
            verify_inclusion(index, size, leaf, corrupted, root)

    view.reset()
    cons = consistency_proof(old, size, view)
    assert cons == REF.consistency(old, size)
    assert view.reads <= bound
    verify_consistency(old, size, old_root, root, cons)
    if cons:
        corrupted = list(cons)
        position = bit % len(cons)
        corrupted[position] = bytes([corrupted[position][0] ^ (1 << bit % 8)]) + cons[position][1:]
        with pytest.raises(ProofError):
            verify_consistency(old, size, old_root, root, corrupted)

    assert root_from_nodes(size, view) == root
    assert CompactRange.from_nodes(size, view.get_nodes).root() == root


# -- bad arguments and bad stores -------------------------------------------------------------


def test_proof_error_is_an_audit_integrity_error() -> None:
    assert issubclass(ProofError, AuditIntegrityError)


@pytest.mark.parametrize(
    ("index", "size", "message"),
    [
        (0, 0, "not in a tree of size 0"),
        (5, 5, "leaf index 5 is not in a tree of size 5"),
        (9, 5, "not in a tree"),
        (-1, 5, "leaf index -1"),
        (0, -1, "tree size must not be negative"),
    ],
)
def test_bad_inclusion_arguments(index: int, size: int, message: str) -> None:
    with pytest.raises(ProofError, match=message):
        inclusion_proof(index, size, STORE)
    with pytest.raises(ProofError, match=message):
        verify_inclusion(index, size, leaf_hash(b""), [], EMPTY_ROOT)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (6, 5, "old size 6 is larger than new size 5"),
        (-1, 5, "old tree size must not be negative"),
        (0, -1, "new tree size must not be negative"),
    ],
)
def test_bad_consistency_arguments(old: int, new: int, message: str) -> None:
    with pytest.raises(ProofError, match=message):
        consistency_proof(old, new, STORE)
    with pytest.raises(ProofError, match=message):
        verify_consistency(old, new, EMPTY_ROOT, EMPTY_ROOT, [])


def test_verification_messages() -> None:
    proof = REF.inclusion(3, 8)
    root, leaf = REF.mth(0, 8), leaf_hash(ENTRIES[3])
    with pytest.raises(ProofError, match="inclusion proof: wrong length 2, want 3"):
        verify_inclusion(3, 8, leaf, proof[:2], root)
    with pytest.raises(ProofError, match="inclusion proof: root mismatch"):
        verify_inclusion(3, 8, leaf, proof, EMPTY_ROOT)
    with pytest.raises(ProofError, match="inclusion proof: element 1 is 31 bytes, not 32"):
        verify_inclusion(3, 8, leaf, [proof[0], proof[1][1:], proof[2]], root)
    with pytest.raises(ProofError, match="leaf hash is 3 bytes"):
        verify_inclusion(3, 8, b"abc", proof, root)
    cons = REF.consistency(3, 8)
    old_root = REF.mth(0, 3)
    with pytest.raises(ProofError, match="consistency proof: empty"):
        verify_consistency(3, 8, old_root, root, [])
    with pytest.raises(ProofError, match="consistency proof: wrong length"):
        verify_consistency(3, 8, old_root, root, cons[:-1])
    with pytest.raises(ProofError, match="consistency proof: old root mismatch"):
        verify_consistency(3, 8, _flip(old_root), root, cons)
    with pytest.raises(ProofError, match="consistency proof: new root mismatch"):
        verify_consistency(3, 8, old_root, _flip(root), cons)
    with pytest.raises(ProofError, match="must be empty for equal sizes"):
        verify_consistency(8, 8, root, root, cons)
    with pytest.raises(ProofError, match="root mismatch for equal sizes"):
        verify_consistency(8, 8, old_root, root, [])
    with pytest.raises(ProofError, match="must be empty from size 0"):
        verify_consistency(0, 8, EMPTY_ROOT, root, cons)
    with pytest.raises(ProofError, match="old root of size 0 is not the empty root"):
        verify_consistency(0, 8, old_root, root, [])
    verify_consistency(0, 0, EMPTY_ROOT, EMPTY_ROOT, [])
    verify_consistency(0, 8, EMPTY_ROOT, root, [])


def test_missing_or_malformed_store_nodes_are_reported() -> None:
    empty = MemoryNodes()
    with pytest.raises(AuditIntegrityError, match=r"node \(level 0, index 1\) is missing"):
        inclusion_proof(0, 5, empty)
    with pytest.raises(AuditIntegrityError, match="is missing"):
        consistency_proof(3, 5, empty)
    with pytest.raises(AuditIntegrityError, match="is missing"):
        root_from_nodes(5, empty)
    with pytest.raises(AuditIntegrityError, match="is missing"):
        CompactRange.from_nodes(5, empty.get_nodes)
    with pytest.raises(AuditIntegrityError, match=r"node \(level 0, index 0\) is missing"):
        nodes_for_append(1, leaf_hash(b"x"), empty.get)
    broken = MemoryNodes()
    broken.put(2, 0, b"short")
    broken.put(0, 4, leaf_hash(b"x"))
    with pytest.raises(AuditIntegrityError, match="is 5 bytes, not 32"):
        root_from_nodes(5, broken)
    with pytest.raises(AuditIntegrityError, match="is 5 bytes, not 32"):
        CompactRange.from_nodes(5, broken.get_nodes)


def test_bad_append_arguments() -> None:
    with pytest.raises(ProofError, match="leaf hash is 3 bytes"):
        CompactRange().append(b"abc")
    with pytest.raises(ProofError, match="leaf hash is 3 bytes"):
        nodes_for_append(0, b"abc", STORE.get)
    with pytest.raises(ProofError, match="leaf index must not be negative"):
        nodes_for_append(-1, leaf_hash(b""), STORE.get)
    with pytest.raises(ProofError, match="tree size must not be negative"):
        CompactRange.from_nodes(-1, STORE.get_nodes)
    with pytest.raises(ProofError, match="tree size must not be negative"):
        root_from_nodes(-1, STORE)
