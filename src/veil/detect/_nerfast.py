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

:class:`Greedy` does the same for the decoding that follows: spaCy's greedy transition
parser takes one step per token, each a C loop over the 74 actions' validity (taking and
releasing the GIL at every step) and a small matrix product, ~120 µs a token here, three
fifths of the NER call. In the BILUO system the state features of a token outside an entity
are only that token (the entity's first word and the previous word are then padding), so the
scores of every such step are one matrix product for the whole batch; only the steps inside
an entity (a few tokens) are taken one by one, and there only the two actions that can be
valid are scored. The validity rules are spaCy's (``ner.pyx``) for documents without preset
entities; :func:`greedy` checks the result against spaCy's own decoding on probe documents
before it is used.

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

__all__ = ["Greedy", "fuse", "greedy"]

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


class Greedy:
    """spaCy's greedy decoding of a BILUO ``ner`` model, on arrays (see the module notes).

    ``Greedy(nlp)(docs)`` is, for each document, its entities as (first token, end token,
    label), what ``ner`` would set as ``doc.ents`` (documents without preset entities)."""

    def __init__(self, nlp: Any) -> None:
        from spacy.attrs import ENT_IOB, IDX, IS_SPACE, LENGTH, SENT_START

        self._flags = [IS_SPACE, SENT_START, ENT_IOB]
        self._offsets = [IDX, LENGTH]
        ner = nlp.get_pipe("ner")
        model = ner.model
        if int(ner.cfg.get("beam_width", 1)) != 1:
            raise ValueError("beam search, not greedy decoding")
        if model.attrs.get("unseen_classes") or not model.attrs.get("has_upper"):
            raise ValueError("unseen classes or no output layer")
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        n_f, n_o, n_p, n_i = (lower.get_dim(d) for d in ("nF", "nO", "nP", "nI"))
        if n_f != 3:
            raise ValueError(f"{n_f} state features, not the BILUO system's 3")
        self.tok2vec = model.get_ref("tok2vec")
        self.n_o, self.n_p = n_o, n_p
        self.w = np.ascontiguousarray(lower.get_param("W").reshape(n_f * n_o * n_p, n_i).T)
        self.b = lower.get_param("b")
        self.pad = lower.get_param("pad")[0]
        self.up_w = upper.get_param("W")
        self.up_b = upper.get_param("b")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        if self.up_w.shape[0] != len(names):
            raise ValueError("the output layer does not score every action")
        self.labels = names
        self.out = names.index("O")
        begin: list[int] = []
        unit: list[int] = []
        inside: dict[str, int] = {}
        last: dict[str, int] = {}
        for i, name in enumerate(names):
            kind, _, label = name.partition("-")
            if name == "O" or (kind == "U" and not label):
                continue  # U- without a label: only for preset blocked tokens
            if kind not in "BILU" or not label:
                raise ValueError(f"unknown action {name!r}")
            if kind == "B":
                begin.append(i)
            elif kind == "U":
                unit.append(i)
            elif kind == "I":
                inside[label] = i
            elif kind == "L":
                last[label] = i
        self.begin = np.array(begin)
        self.unit = np.array(unit)
        self.inside, self.last = inside, last
        never = np.ones(len(names), dtype=bool)  # valid outside an entity: O, U-X, B-X
        never[[self.out, *begin, *unit]] = False
        self.never = never

    def char_spans(self, docs: Sequence[Any]) -> list[list[tuple[int, int, str]]]:
        """The same entities as (start, end, label) in characters of each document's text
        (``Span.start_char``/``end_char``)."""
        out: list[list[tuple[int, int, str]]] = []
        for doc, ents in zip(docs, self(docs), strict=True):
            if not ents:
                out.append([])
                continue
            idx = doc.to_array(self._offsets).tolist()
            out.append([(idx[s][0], idx[e - 1][0] + idx[e - 1][1], label) for s, e, label in ents])
        return out

    def __call__(self, docs: Sequence[Any]) -> list[list[tuple[int, int, str]]]:
        out: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        todo = [i for i, d in enumerate(docs) if len(d)]
        if not todo:
            return out
        flags = [docs[i].to_array(self._flags).astype(np.int64) for i in todo]
        if any(f[:, 2].any() for f in flags):
            raise ValueError("preset entities")  # not this decoder's case: spaCy's
        x = self.tok2vec.predict([docs[i] for i in todo])
        y = (x @ self.w).reshape(len(x), 3, self.n_o, self.n_p)
        # every step outside an entity at once: features (token, padding, padding)
        u = y[:, 0] + self.pad[1]
        u += self.pad[2]
        u += self.b
        scores = u.max(axis=2) @ self.up_w.T
        scores += self.up_b
        f = np.concatenate(flags)
        space = f[:, 0] == 1
        # B-X needs a next token that starts no sentence (and no space at the token itself)
        at = 0
        no_begin = space.copy()
        for fl in flags:
            no_begin[at + len(fl) - 1] = True
            no_begin[at : at + len(fl) - 1] |= fl[1:, 1] == 1
            at += len(fl)
        scores[:, self.never] = -np.inf
        scores[np.ix_(space, self.unit)] = -np.inf
        scores[np.ix_(no_begin, self.begin)] = -np.inf
        best = scores.argmax(axis=1)
        at = 0
        for i, fl in zip(todo, flags, strict=True):
            out[i] = self._decode(y, best, at, fl)
            at += len(fl)
        return out

    def _decode(self, y: Any, best: Any, at: int, fl: Any) -> list[tuple[int, int, str]]:
        n = len(fl)
        ents: list[tuple[int, int, str]] = []
        t = 0
        for k in np.flatnonzero(best[at : at + n] != self.out).tolist():
            if k < t:
                continue  # inside an entity decoded below
            kind, _, label = self.labels[int(best[at + k])].partition("-")
            if kind == "U":
                ents.append((k, k + 1, label))
                t = k + 1
                continue
            i_col, l_col = self.inside[label], self.last[label]
            start = y[at + k, 1]
            j = k + 1
            while True:  # inside: features (token, the entity's first token, previous token)
                u = y[at + j, 0] + start
                u += y[at + j - 1, 2]
                u += self.b
                h = u.max(axis=1)
                s_last = np.float32(h @ self.up_w[l_col]) + self.up_b[l_col]
                if j + 1 < n and fl[j + 1, 1] != 1:
                    s_in = np.float32(h @ self.up_w[i_col]) + self.up_b[i_col]
                    if s_in > s_last or (s_in == s_last and i_col < l_col):
                        j += 1
                        continue
                ents.append((k, j + 1, label))
                t = j + 1
                break
        return ents


def greedy(nlp: Any) -> Greedy | None:
    """A :class:`Greedy` decoder of ``nlp``'s ``ner`` when its model is one it knows and it
    finds what spaCy finds on probe documents; else ``None`` (spaCy decodes)."""
    if "ner" not in nlp.pipe_names:
        return None
    try:
        decoder = Greedy(nlp)
    except (KeyError, ValueError, AttributeError) as e:
        log.info("NER decoding left to spaCy: %s", e)
        return None
    probe = [
        "Call Maria Delgado at the Boston office on 3 May 2021.",
        "Seen by Dr. Okafor in Lagos, Nigeria",
        "Paris",
        "x",
        "Jean-Luc Picard and\n\nSiobhan O'Neill of Acme Corp paid $1,250.00",
    ]
    docs = list(nlp.pipe(probe))
    want = [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]
    try:
        got = decoder([nlp.make_doc(t) for t in probe])
    except ValueError as e:
        log.info("NER decoding left to spaCy: %s", e)
        return None
    if got != want:
        log.info("NER decoding left to spaCy: the probe's entities differ")
        return None
    return decoder
