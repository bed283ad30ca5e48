"""The NER model's own tok2vec, run as one NumPy pass instead of thinc's layer graph.

spaCy's small pipelines give ``ner`` its own embedding network (``MultiHashEmbed`` +
``MaxoutWindowEncoder``: four hashed embeddings, a maxout mixer, four residual window
layers, each a maxout and a layer norm; then the parser's input projection). thinc runs it
as a graph of ~60 small Python layers, and on the few dozen tokens of a document's candidate
regions that bookkeeping, not the arithmetic, is most of the model's time (1.8 ms of the
3.9 ms NER call for a 2 KB gateway prompt here). :func:`fuse` replaces the graph with one
function that does the same arithmetic, with the same weights, in the same order, on the
whole batch at once (1.9 -> 1.2 ms; the rest is the matrix products themselves, two fifths
of them on the padding rows), including thinc's quirks that change the numbers: the
zero rows ``with_array(pad=...)`` puts around each document, which the window layers
transform like tokens, and the ``1e-8`` of its layer norm.

Hand-written because no library runs a thinc model without thinc's per-layer dispatch (an
ONNX export of spaCy's parser does not exist). :func:`fuse` only replaces a network whose
layer graph is exactly the one it knows, and compares its output with thinc's on a probe
document before it does; any other pipeline (``VEIL_NER_MODEL``) keeps thinc's.

Tried and dropped: removing the actions of the labels veil never reads (dates, amounts,
numbers) from the transition system, which checks every action's validity at every step
(a quarter of the NER time). The next-best action of a token the model called MONEY can be
a PERSON one: "$1,250.00" became a name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

__all__ = ["fuse"]

_GRAPH = (
    "extract_features>>list2ragged>>with_array(ints-getitem>>hashembed|ints-getitem>>hashembed"
    "|ints-getitem>>hashembed|ints-getitem>>hashembed)>>with_array(maxout>>layernorm>>dropout)"
    ">>ragged2list>>with_array("
    + ">>".join(["residual(expand_window>>maxout>>layernorm>>dropout)"] * 4)
    + ")>>list2array>>linear"
)


class _Fused:
    """The arrays of the network, and its forward pass."""

    def __init__(self, tok2vec: Any) -> None:
        nodes = list(tok2vec.walk())
        by_name: dict[str, list[Any]] = {}
        for n in nodes:
            by_name.setdefault(n.name, []).append(n)
        self.columns = list(by_name["extract_features"][0].attrs["columns"])
        self.ops = by_name["hashembed"][0].ops
        getitems = by_name["ints-getitem"]
        self.embeds: list[tuple[int, int, Any]] = []
        for get, emb in zip(getitems, by_name["hashembed"], strict=True):
            index = get.attrs.get("index")
            column = index[1] if isinstance(index, tuple) else index
            if not isinstance(column, int):
                raise ValueError(f"unexpected column selector {index!r}")
            self.embeds.append((column, int(emb.attrs["seed"]), emb.get_param("E")))
        maxouts = by_name["maxout"]
        norms = by_name["layernorm"]
        if len(maxouts) != 5 or len(norms) != 5:
            raise ValueError("unexpected number of maxout/layernorm layers")
        if maxouts[0].get_dim("nI") != sum(e[2].shape[1] for e in self.embeds):
            raise ValueError("the first maxout is not the embeddings' mixer")
        self.layers = []
        for m, n in zip(maxouts, norms, strict=True):
            n_o, n_p, n_i = m.get_dim("nO"), m.get_dim("nP"), m.get_dim("nI")
            # pieces as contiguous column blocks: the max over pieces is then an
            # elementwise maximum of n_p slices, not a reduction over a short last axis
            w = np.ascontiguousarray(m.get_param("W").transpose(1, 0, 2).reshape(n_p * n_o, n_i).T)
            b = np.ascontiguousarray(m.get_param("b").T.reshape(n_p * n_o))
            self.layers.append((w, b, n_o, n_p, n.get_param("G"), n.get_param("b")))
        windows = by_name["expand_window"]
        if any(w.attrs.get("window_size") != 1 for w in windows):
            raise ValueError("only windows of one token are fused")
        encoders = [n for n in nodes if n.name.startswith("with_array(residual(")]
        if len(encoders) != 1:
            raise ValueError("no window encoder")
        self.pad = int(encoders[0].attrs.get("pad", 0))
        linear = by_name["linear"][-1]
        self.out_w = np.ascontiguousarray(linear.get_param("W").T)
        self.out_b = linear.get_param("b")

    @staticmethod
    def _maxout_norm(x: Any, layer: tuple[Any, Any, int, int, Any, Any]) -> Any:
        w, b, n_o, n_p, g, beta = layer
        z = x @ w
        z += b
        y = z[:, :n_o].copy()
        for k in range(1, n_p):
            np.maximum(y, z[:, k * n_o : (k + 1) * n_o], out=y)
        y -= y.mean(axis=1, keepdims=True)  # thinc's LayerNorm: (y - mean) / sqrt(var + 1e-8)
        var = np.einsum("ij,ij->i", y, y)
        var /= n_o
        var += 1e-08
        y *= (var ** (-1.0 / 2.0))[:, None]
        y *= g
        y += beta
        return y

    def __call__(self, docs: Sequence[Any]) -> Any:
        feats = [doc.to_array(self.columns) for doc in docs]
        lengths = [len(f) for f in feats]
        ids = np.concatenate(feats) if feats else np.zeros((0, len(self.columns)), "uint64")
        parts = []
        for column, seed, table in self.embeds:
            keys = self.ops.hash(np.ascontiguousarray(ids[:, column]), seed) % table.shape[0]
            parts.append(self.ops.gather_add(table, keys))
        x = self._maxout_norm(np.concatenate(parts, axis=1).astype("float32"), self.layers[0])
        # with_array(pad=p): p zero rows before each document and after the last, which
        # the window layers see (and transform) like tokens
        width = x.shape[1]
        p = self.pad
        h = np.zeros((len(x) + p * (len(lengths) + 1), width), dtype="float32")
        rows = []
        at = p
        pos = 0
        for n in lengths:
            h[at : at + n] = x[pos : pos + n]
            rows.append((at, n))
            at += n + p
            pos += n
        for layer in self.layers[1:]:
            cols = np.zeros((len(h), 3, width), dtype="float32")
            cols[1:, 0] = h[:-1]
            cols[:, 1] = h
            cols[:-1, 2] = h[1:]
            h = h + self._maxout_norm(cols.reshape(len(h), 3 * width), layer)
        out = np.concatenate([h[a : a + n] for a, n in rows]) if rows else h[:0]
        y = out @ self.out_w
        y += self.out_b
        return y


def fuse(nlp: Any) -> bool:
    """Run ``ner``'s tok2vec as one NumPy pass when its graph is the one :class:`_Fused`
    knows and the outputs agree on a probe; returns whether it did."""
    try:
        from thinc.api import Model
    except ImportError:  # pragma: no cover - spaCy always brings thinc
        return False
    if "ner" not in nlp.pipe_names:
        return False
    model = nlp.get_pipe("ner").model
    if not model.has_ref("tok2vec") or not model.layers or model.layers[0].name != _GRAPH:
        return False
    tok2vec = model.layers[0]
    try:
        fused = _Fused(tok2vec)
    except (KeyError, ValueError, AttributeError) as e:
        log.info("NER tok2vec not fused: %s", e)
        return False
    probe = [
        nlp.make_doc(t)
        for t in ("Call Maria Delgado at the Boston office.", "Seen by Dr. Okafor", "Paris")
    ]
    want = tok2vec.predict(probe)
    got = fused(probe)
    if got.shape != want.shape or not np.allclose(got, want, atol=1e-4):
        log.info("NER tok2vec not fused: outputs differ from thinc's on the probe")
        return False

    def forward(_model: Any, docs: Sequence[Any], is_train: bool) -> tuple[Any, Callable[..., Any]]:
        if is_train or not docs or any(len(d) == 0 for d in docs):
            return tok2vec(docs, is_train)  # type: ignore[no-any-return]

        def backprop(d_out: Any) -> Any:
            # a gradient asked of an inference pass (spaCy trains with is_train=True, which
            # runs thinc's graph above): thinc's graph computes it, for the same documents
            _, thinc_backprop = tok2vec(docs, True)
            return thinc_backprop(d_out)

        return fused(docs), backprop

    fast: Any = Model("fused-tok2vec", forward, dims={"nO": tok2vec.get_dim("nO")})
    model.layers[0] = fast
    model.set_ref("tok2vec", fast)
    return True
