"""RFC 6962 / RFC 9162 Merkle tree: leaf and node hashes, streaming roots, inclusion and
consistency proofs, and their verification.

Written by hand because no maintained Python library implements RFC 9162 proofs with pluggable
storage; it follows the algorithms of transparency-dev/merkle (``compact``, ``proof``) and the
RFC 9162 text (§2.1.1 MTH, §2.1.3 PATH, §2.1.4 PROOF and their verification algorithms).

Storage model: a tree of ``n`` leaves is stored as the hashes of its *complete* perfect
subtrees. Node ``(level, index)`` is the root of the perfect subtree over leaves
``[index * 2**level, (index + 1) * 2**level)``; it is stored once every leaf under it exists
and never changes afterwards. Any root, inclusion proof or consistency proof of a tree of
``n`` leaves needs only O(log n) of these nodes, which the functions here read in one
:meth:`NodeReader.get_nodes` call.

Leaves are given as leaf *hashes* (:func:`leaf_hash` of the entry) everywhere.

Only :mod:`hashlib`; no I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from veil.errors import AuditIntegrityError

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "CompactRange",
    "MemoryNodes",
    "NodeId",
    "NodeReader",
    "ProofError",
    "consistency_proof",
    "inclusion_proof",
    "leaf_hash",
    "node_hash",
    "nodes_for_append",
    "root_from_nodes",
    "verify_consistency",
    "verify_inclusion",
]

HASH_SIZE = 32
_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"

NodeId = tuple[int, int]
"""``(level, index)``: the perfect subtree over leaves ``[index << level, (index+1) << level)``."""


class ProofError(AuditIntegrityError):
    """A proof, a root or an argument to a proof function is wrong. Says what failed."""


def leaf_hash(entry: bytes) -> bytes:
    """RFC 6962 leaf hash: ``SHA-256(0x00 || entry)``."""
    return hashlib.sha256(_LEAF_PREFIX + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """RFC 6962 interior node hash: ``SHA-256(0x01 || left || right)``."""
    return hashlib.sha256(_NODE_PREFIX + left + right).digest()


EMPTY_ROOT: bytes = hashlib.sha256(b"").digest()
"""The root of the empty tree, ``SHA-256()``."""


class NodeReader(Protocol):
    """Where stored nodes come from (a database table, a file, a dict)."""

    def get_nodes(self, ids: Sequence[NodeId]) -> dict[NodeId, bytes]:
        """The hashes of the complete subtrees ``ids``; a node that is not stored is left out
        of the answer (the caller reports it)."""
        ...


class MemoryNodes:
    """A dict-backed :class:`NodeReader`, for tests and in-memory trees."""

    def __init__(self) -> None:
        self.nodes: dict[NodeId, bytes] = {}

    def put(self, level: int, index: int, value: bytes) -> None:
        self.nodes[(level, index)] = value

    def put_all(self, nodes: Iterable[tuple[int, int, bytes]]) -> None:
        """Store the ``(level, index, hash)`` triples from :func:`nodes_for_append` or
        :meth:`CompactRange.append`."""
        for level, index, value in nodes:
            self.nodes[(level, index)] = value

    def get(self, level: int, index: int) -> bytes:
        """One node, for :func:`nodes_for_append`. Raises if it is not stored."""
        try:
            return self.nodes[(level, index)]
        except KeyError:
            raise AuditIntegrityError(
                f"merkle store: node (level {level}, index {index}) is missing"
            ) from None

    def get_nodes(self, ids: Sequence[NodeId]) -> dict[NodeId, bytes]:
        return {i: self.nodes[i] for i in ids if i in self.nodes}


# -- tree arithmetic --------------------------------------------------------------------------


def _check_size(name: str, size: int) -> None:
    if size < 0:
        raise ProofError(f"{name} must not be negative, got {size}")


def _check_hash(what: str, value: bytes) -> None:
    if len(value) != HASH_SIZE:
        raise ProofError(f"{what} is {len(value)} bytes, not {HASH_SIZE}")


def _split(n: int) -> int:
    """RFC 6962 ``k``: the largest power of two smaller than ``n`` (``n >= 2``)."""
    return 1 << ((n - 1).bit_length() - 1)


def _perfect_subtrees(begin: int, end: int) -> list[NodeId]:
    """The complete subtrees whose concatenation is ``[begin, end)``, largest first.

    Valid for the ranges the RFC recursion produces (``[0, n)`` and every subrange it splits
    off), whose start is a multiple of the smallest power of two not below their size, so each
    piece is aligned. ``MTH(D[begin:end])`` folds these hashes from the right.
    """
    ids: list[NodeId] = []
    size = end - begin
    position = begin
    for level in range(size.bit_length() - 1, -1, -1):
        if size >> level & 1:
            ids.append((level, position >> level))
            position += 1 << level
    return ids


def _fold(hashes: Sequence[bytes]) -> bytes:
    """``MTH`` of a range from the hashes of its :func:`_perfect_subtrees` (largest first)."""
    if not hashes:
        return EMPTY_ROOT
    root = hashes[-1]
    for value in reversed(hashes[:-1]):
        root = node_hash(value, root)
    return root


def _read(reader: NodeReader, ids: Iterable[NodeId]) -> dict[NodeId, bytes]:
    """One :meth:`NodeReader.get_nodes` call for all of ``ids``; every node must be there."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    found = reader.get_nodes(wanted)
    for level, index in wanted:
        value = found.get((level, index))
        if value is None:
            raise AuditIntegrityError(
                f"merkle store: node (level {level}, index {index}) is missing"
            )
        if len(value) != HASH_SIZE:
            raise AuditIntegrityError(
                f"merkle store: node (level {level}, index {index}) is {len(value)} bytes, "
                f"not {HASH_SIZE}"
            )
    return found


def _range_hashes(ranges: Sequence[tuple[int, int]], reader: NodeReader) -> list[bytes]:
    """``MTH`` of each range, from one read of the complete subtrees that make them up."""
    pieces = [_perfect_subtrees(begin, end) for begin, end in ranges]
    found = _read(reader, (node for piece in pieces for node in piece))
    return [_fold([found[node] for node in piece]) for piece in pieces]


# -- appending --------------------------------------------------------------------------------


def nodes_for_append(
    index: int, leaf: bytes, get: Callable[[int, int], bytes]
) -> list[tuple[int, int, bytes]]:
    """The ``(level, index, hash)`` nodes to store when leaf number ``index`` (0-based, leaf
    hash ``leaf``) is appended to a stored tree of ``index`` leaves: the leaf itself, then each
    parent it completes. ``get(level, index)`` reads a stored left sibling."""
    _check_size("leaf index", index)
    _check_hash("leaf hash", leaf)
    nodes = [(0, index, leaf)]
    level, position, value = 0, index, leaf
    while position & 1:
        value = node_hash(get(level, position - 1), value)
        level, position = level + 1, position >> 1
        nodes.append((level, position, value))
    return nodes


class CompactRange:
    """The right edge of a growing tree: one hash per set bit of its size (the complete
    subtrees of its binary decomposition, largest first). Appends in O(1) amortised hashes,
    gives the root in O(log n), and reports the nodes each append completes."""

    __slots__ = ("_hashes", "_size")

    def __init__(self) -> None:
        self._size = 0
        self._hashes: list[bytes] = []

    @property
    def size(self) -> int:
        return self._size

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Append a leaf hash; return the nodes it completes, the leaf itself first
        (the same list :func:`nodes_for_append` returns)."""
        _check_hash("leaf hash", leaf)
        nodes = [(0, self._size, leaf)]
        level, position, value = 0, self._size, leaf
        while position & 1:
            value = node_hash(self._hashes.pop(), value)
            level, position = level + 1, position >> 1
            nodes.append((level, position, value))
        self._hashes.append(value)
        self._size += 1
        return nodes

    def root(self) -> bytes:
        """RFC 6962 ``MTH`` of the leaves so far (:data:`EMPTY_ROOT` when there are none)."""
        return _fold(self._hashes)

    @classmethod
    def from_nodes(
        cls, size: int, get_nodes: Callable[[Sequence[NodeId]], dict[NodeId, bytes]]
    ) -> CompactRange:
        """The state after ``size`` appends, rebuilt from the stored complete subtrees of the
        binary decomposition of ``size`` (one ``get_nodes`` call, at most log2(size) + 1
        nodes), so appends can continue without reading the whole tree."""
        _check_size("tree size", size)
        ids = _perfect_subtrees(0, size)
        found = get_nodes(ids) if ids else {}
        hashes = []
        for level, index in ids:
            value = found.get((level, index))
            if value is None:
                raise AuditIntegrityError(
                    f"merkle store: node (level {level}, index {index}) is missing"
                )
            _check_hash(f"stored node (level {level}, index {index})", value)
            hashes.append(value)
        compact = cls()
        compact._size = size
        compact._hashes = hashes
        return compact

    def last_node(self) -> tuple[NodeId, bytes] | None:
        """The id and hash of the rightmost complete subtree (it covers the last leaf), or
        None for an empty tree: enough to tell this state from another of the same size."""
        if not self._size:
            return None
        return _perfect_subtrees(0, self._size)[-1], self._hashes[-1]

    def copy(self) -> CompactRange:
        other = CompactRange()
        other._size = self._size
        other._hashes = list(self._hashes)
        return other

    def __repr__(self) -> str:
        return f"CompactRange(size={self._size})"


def root_from_nodes(size: int, reader: NodeReader) -> bytes:
    """``MTH`` of the first ``size`` leaves, from at most log2(size) + 1 stored nodes read in
    one ``get_nodes`` call."""
    _check_size("tree size", size)
    if size == 0:
        return EMPTY_ROOT
    return _range_hashes([(0, size)], reader)[0]


# -- proofs -----------------------------------------------------------------------------------


def _inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """The subtree ranges whose ``MTH`` make up ``PATH(index, D[0:size])``, in proof order.

    RFC 9162 §2.1.3.1: ``PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n])`` for ``m < k``, else
    ``PATH(m - k, D[k:n]) : MTH(D[0:k])``; ``PATH(0, {d}) = {}``.
    """
    ranges: list[tuple[int, int]] = []
    begin, end = 0, size
    while end - begin > 1:
        middle = begin + _split(end - begin)
        if index < middle:
            ranges.append((middle, end))
            end = middle
        else:
            ranges.append((begin, middle))
            begin = middle
    ranges.reverse()  # the recursion appends the sibling after the deeper path
    return ranges


def _consistency_ranges(old_size: int, new_size: int) -> list[tuple[int, int]]:
    """The subtree ranges whose ``MTH`` make up ``PROOF(old_size, D[0:new_size])``, in proof
    order (``0 < old_size < new_size``).

    RFC 9162 §2.1.4.1: ``SUBPROOF(m, D[m], true) = {}``; ``SUBPROOF(m, D[m], false) =
    {MTH(D[m])}``; for ``m < n``: ``SUBPROOF(m, D[0:k], b) : MTH(D[k:n])`` if ``m <= k``, else
    ``SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])``.
    """
    ranges: list[tuple[int, int]] = []
    begin, end, complete = 0, new_size, True
    while old_size != end:
        middle = begin + _split(end - begin)
        if old_size <= middle:
            ranges.append((middle, end))
            end = middle
        else:
            ranges.append((begin, middle))
            begin, complete = middle, False
    if not complete:
        ranges.append((begin, end))
    ranges.reverse()
    return ranges


def inclusion_proof(index: int, size: int, reader: NodeReader) -> list[bytes]:
    """RFC 9162 §2.1.3.1 ``PATH(index, D[0:size])``: the audit path of leaf ``index`` in the
    tree of the first ``size`` leaves, from O(log size) nodes read in one ``get_nodes`` call."""
    _check_size("tree size", size)
    if not 0 <= index < size:
        raise ProofError(f"inclusion proof: leaf index {index} is not in a tree of size {size}")
    return _range_hashes(_inclusion_ranges(index, size), reader)


def consistency_proof(old_size: int, new_size: int, reader: NodeReader) -> list[bytes]:
    """RFC 9162 §2.1.4.1 ``PROOF(old_size, D[0:new_size])``: empty when ``old_size`` is 0 or
    equal to ``new_size``; from O(log new_size) nodes read in one ``get_nodes`` call."""
    _check_size("old tree size", old_size)
    _check_size("new tree size", new_size)
    if old_size > new_size:
        raise ProofError(
            f"consistency proof: old size {old_size} is larger than new size {new_size}"
        )
    if old_size in (0, new_size):
        return []
    return _range_hashes(_consistency_ranges(old_size, new_size), reader)


# -- verification -----------------------------------------------------------------------------


def _expected_inclusion_length(index: int, size: int) -> int:
    """Audit path length: the levels where ``index`` and ``size - 1`` share a parent
    (inner) plus the right-edge subtrees above them (border), as transparency-dev counts."""
    inner = (index ^ (size - 1)).bit_length()
    border = (index >> inner).bit_count()
    return inner + border


def verify_inclusion(
    index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes
) -> None:
    """Check that leaf hash ``leaf`` is leaf ``index`` of the tree of ``size`` leaves whose
    root is ``root`` (RFC 9162 §2.1.3.2). Raises :class:`ProofError` on any failure."""
    _check_size("tree size", size)
    if not 0 <= index < size:
        raise ProofError(f"inclusion proof: leaf index {index} is not in a tree of size {size}")
    _check_hash("inclusion proof: leaf hash", leaf)
    _check_hash("inclusion proof: root", root)
    for i, element in enumerate(proof):
        _check_hash(f"inclusion proof: element {i}", element)
    expected = _expected_inclusion_length(index, size)
    if len(proof) != expected:
        raise ProofError(
            f"inclusion proof: wrong length {len(proof)}, want {expected} for leaf {index} "
            f"of {size}"
        )
    # RFC 9162 §2.1.3.2, step by step.
    fn, sn = index, size - 1
    r = leaf
    for p in proof:
        if sn == 0:
            raise ProofError("inclusion proof: too long")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("inclusion proof: too short")
    if r != root:
        raise ProofError("inclusion proof: root mismatch")


def _expected_consistency_length(old_size: int, new_size: int) -> int:
    """Consistency proof length for ``0 < old_size < new_size``, as transparency-dev counts:
    the inclusion path of leaf ``old_size - 1`` above the largest complete subtree that ends
    at ``old_size``, plus that subtree's root unless it is the whole old tree."""
    shift = (old_size & -old_size).bit_length() - 1
    seed = 0 if old_size == 1 << shift else 1
    return seed + _expected_inclusion_length(old_size - 1, new_size) - shift


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> None:
    """Check that the tree of ``new_size`` leaves with root ``new_root`` extends the tree of
    ``old_size`` leaves with root ``old_root`` (RFC 9162 §2.1.4.2). Equal sizes need an empty
    proof and equal roots; ``old_size`` 0 needs an empty proof and ``old_root`` equal to
    :data:`EMPTY_ROOT`. Raises :class:`ProofError` on any failure."""
    _check_size("old tree size", old_size)
    _check_size("new tree size", new_size)
    if old_size > new_size:
        raise ProofError(
            f"consistency proof: old size {old_size} is larger than new size {new_size}"
        )
    _check_hash("consistency proof: old root", old_root)
    _check_hash("consistency proof: new root", new_root)
    for i, element in enumerate(proof):
        _check_hash(f"consistency proof: element {i}", element)
    if old_size == new_size:
        if proof:
            raise ProofError("consistency proof: must be empty for equal sizes")
        if old_root != new_root:
            raise ProofError("consistency proof: root mismatch for equal sizes")
        return
    if old_size == 0:
        if proof:
            raise ProofError("consistency proof: must be empty from size 0")
        if old_root != EMPTY_ROOT:
            raise ProofError("consistency proof: old root of size 0 is not the empty root")
        return
    # RFC 9162 §2.1.4.2, step by step.
    if not proof:  # step 1
        raise ProofError("consistency proof: empty")
    expected = _expected_consistency_length(old_size, new_size)
    if len(proof) != expected:
        raise ProofError(
            f"consistency proof: wrong length {len(proof)}, want {expected} from {old_size} "
            f"to {new_size}"
        )
    path = list(proof)
    if old_size & (old_size - 1) == 0:  # step 2: old_size is a power of two
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1  # step 3
    while fn & 1:  # step 4
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]  # step 5
    for c in path[1:]:  # step 6
        if sn == 0:
            raise ProofError("consistency proof: too long")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0:  # step 7
        raise ProofError("consistency proof: too short")
    if fr != old_root:
        raise ProofError("consistency proof: old root mismatch")
    if sr != new_root:
        raise ProofError("consistency proof: new root mismatch")
