"""Names and places with a spaCy pipeline, run only where they can be.

Design (why not "spaCy over every document"): the statistical model is by far the slowest
part of detection, so veil runs it only on *candidate regions*: the clauses of a document
that contain a capitalized word that is neither a common English word nor inside a span the
patterns already explained (an email, a URL, a key). Log lines, ids and plain prose without
proper nouns never reach the model. The pipeline is loaded lazily with only ``ner`` (no
tagger, parser or lemmatizer, nor the shared tok2vec that only they read), regions are
batched through ``nlp.pipe``, and large batches are spread over worker processes by the
Detector (``_pool``).

``VEIL_NER_MODEL`` names any installed spaCy pipeline; ``none`` turns NER off, and then
``Detector.ner_status`` says so instead of silently missing names.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Sequence
from typing import Any

from veil.errors import DependencyError
from veil.types import EntityType

from ._nerfast import Greedy, fuse, greedy

__all__ = ["NerEngine", "candidate_regions", "load_pipeline", "single_thread_blas"]

# spaCy label -> veil type (Presidio maps GPE, LOC and FAC to LOCATION)
LABELS: dict[str, EntityType] = {
    "PERSON": EntityType.PERSON,
    "GPE": EntityType.LOCATION,
    "LOC": EntityType.LOCATION,
    # "FAC" (a building, an airport, a bridge) is no place in the conventions of our corpora
}
NER_SCORE = {EntityType.PERSON: 0.85, EntityType.LOCATION: 0.8}

_KEEP = ("tok2vec", "ner")


def load_pipeline(name: str) -> Any:
    """Load an installed spaCy pipeline with only ``ner`` enabled, and the shared ``tok2vec``
    only when ``ner`` listens to it. In the small English pipelines ``ner`` embeds its own
    tok2vec and the shared one feeds only the tagger and parser: running it anyway was a
    third of the model's time for nothing (``doc.tensor`` is not read)."""
    try:
        import spacy
    except ImportError:
        raise DependencyError(
            "names and places need spaCy: pip install 'veil[ner]' (or set VEIL_NER_MODEL=none)"
        ) from None
    try:
        meta = spacy.util.get_package_path(name) if spacy.util.is_package(name) else None
        components = (
            spacy.util.load_meta(next(meta.glob("*/meta.json"))).get("pipeline", [])
            if meta is not None
            else []
        )
    except (StopIteration, OSError, ValueError):
        components = []
    exclude = [c for c in components if c not in _KEEP]
    try:
        nlp = spacy.load(name, exclude=exclude)
    except OSError:
        raise DependencyError(
            f"spaCy pipeline {name!r} is not installed: run `make setup`, or point "
            "VEIL_NER_MODEL at an installed pipeline (or `none` to skip names and places)"
        ) from None
    if "ner" not in nlp.pipe_names:
        raise DependencyError(f"spaCy pipeline {name!r} has no 'ner' component")
    for c in list(nlp.pipe_names):
        if c not in _KEEP:
            nlp.disable_pipe(c)
    if "tok2vec" in nlp.pipe_names and "ner" not in getattr(
        nlp.get_pipe("tok2vec"), "listening_components", ["ner"]
    ):
        nlp.remove_pipe("tok2vec")
    _numpy_blas(nlp)
    fuse(nlp)
    return nlp


def single_thread_blas() -> None:
    """One BLAS thread in this process. The model's products are small (a few hundred rows),
    where extra BLAS threads only add hand-offs; and in a server or a worker pool, where
    requests or chunks already keep every core busy, OpenBLAS threads spinning for work
    starve the other processes (two gateway workers with two BLAS threads each ran
    detection 20x slower here). Called by veil's own processes, not by the library."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _numpy_blas(nlp: Any) -> None:
    """Run the pipeline's matrix products through NumPy's BLAS instead of thinc's bundled
    BLIS. On the small matrices of region-sized batches BLIS's generic kernels are 3-5x
    slower than NumPy's (OpenBLAS) here, and the products are half of the model's time;
    the results are the same up to float rounding (the benchmark corpora give identical
    entities). Only for thinc's plain CPU ops: a GPU or Apple backend is left alone."""
    try:
        import numpy
        from thinc.api import NumpyOps
    except ImportError:  # pragma: no cover - spaCy always brings both
        return

    class _MatmulOps(NumpyOps):  # type: ignore[misc]
        name = "numpy-matmul"

        def gemm(
            self,
            x: Any,
            y: Any,
            *,
            out: Any = None,
            trans1: bool = False,
            trans2: bool = False,
        ) -> Any:
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return numpy.matmul(a, b)
            numpy.matmul(a, b, out=out)
            return out

    ops = _MatmulOps()
    for _, proc in nlp.components:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops


# ---------------------------------------------------------------------- candidate regions
_CAP = re.compile(r"\b[A-Z][a-z]+(?:['’-][A-Za-z]+)?|\b(?:Mc|Mac|O')[A-Z][a-z]+")
# clauses end at sentence punctuation, line breaks, table pipes/tabs and CSV commas (",x")
_CLAUSE = re.compile(r"(?:[^\n.!?;|\t,]|,(?=\s))+(?:[.!?;|\t]+|\n|,|$)")
_MAX_REGION = 400
_MAX_COVER = 65536  # longest covered span looked back over (a PEM block is far shorter)
_WORD = re.compile(r"\S+")
WINDOW = 3  # words of context on each side of a candidate

# Capitalized words that start sentences or name things that are not people or places.
# (spaCy's English stop words are added at import time below.)
_COMMON = {
    w.lower()
    for w in [
        "Please",
        "Thanks",
        "Thank",
        "Hi",
        "Hello",
        "Hey",
        "Dear",
        "Regards",
        "Best",
        "Sincerely",
        "Cheers",
        "Sorry",
        "Yes",
        "No",
        "Ok",
        "Okay",
        "Sure",
        "Great",
        "Good",
        "Also",
        "However",
        "Could",
        "Would",
        "Should",
        "Can",
        "Will",
        "Did",
        "Does",
        "Do",
        "Is",
        "Are",
        "Was",
        "Were",
        "Has",
        "Have",
        "Had",
        "Let",
        "Here",
        "There",
        "This",
        "That",
        "These",
        "Those",
        "What",
        "When",
        "Where",
        "Which",
        "Who",
        "Why",
        "How",
        "Our",
        "Your",
        "My",
        "His",
        "Her",
        "Their",
        "Its",
        "The",
        "An",
        "And",
        "But",
        "Or",
        "If",
        "Then",
        "So",
        "Not",
        "Just",
        "Only",
        "Now",
        "Today",
        "Tomorrow",
        "Yesterday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Patient",
        "Customer",
        "User",
        "Assistant",
        "Agent",
        "Support",
        "Team",
        "Order",
        "Error",
        "Warning",
        "Info",
        "Debug",
        "Fatal",
        "Trace",
        "Request",
        "Response",
        "Subject",
        "From",
        "To",
        "Re",
        "Fwd",
        "Cc",
        "Note",
        "Notes",
        "Summary",
        "Plan",
        "History",
        "Assessment",
        "Name",
        "Email",
        "Phone",
        "Address",
        "Date",
        "Time",
        "Account",
        "Card",
        "Number",
        "Id",
        "Status",
        "Update",
        "Issue",
        "Ticket",
        "Service",
        "Server",
        "Client",
        "Admin",
        "Manager",
        "Employee",
        "Candidate",
        "Doctor",
        "Nurse",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Sir",
        "Madam",
        "Attached",
        "Hope",
        "Looking",
        "Following",
        "Per",
        "Attn",
        "Welcome",
        "Meeting",
        "Call",
        "Visit",
        "Appointment",
        "Admitted",
        "Discharged",
        "Denies",
        "Reports",
        "Presents",
        "Chief",
        "Complaint",
        "Medications",
        "Allergies",
        "Vitals",
        "Exam",
        "Labs",
        "Follow",
        "Continue",
        "Start",
        "Stop",
        "Check",
        "Confirm",
        "Review",
        "Approved",
        "Pending",
        "Sent",
        "Received",
        "Payment",
        "Invoice",
        "Refund",
        "Shipping",
        "Delivery",
        "Package",
        "Product",
        "Price",
        "Total",
        "Quantity",
        "Item",
        "Items",
        "Application",
        "Applicant",
        "Interview",
        "Offer",
        "Salary",
        "Benefits",
        "Policy",
        "Security",
        "Password",
        "Login",
        "Key",
        "Token",
        "Config",
        "Database",
        "Cluster",
        "Deploy",
        "Build",
        "Release",
        "Version",
        "Test",
        "Prod",
        "Staging",
        "Production",
        "Summarize",
        "Rewrite",
        "Translate",
        "Write",
        "Draft",
        "Extract",
        "Classify",
        "Generate",
        "Explain",
        "Fix",
        "Help",
        "Using",
        "Based",
        "Given",
        "Below",
        "Above",
        "Following",
        "Attached",
        "Kind",
        "Best",
        "Warm",
        "Many",
        "Some",
        "Any",
        "Each",
        "Every",
        "Other",
        "Another",
        "First",
        "Last",
        "Next",
        "New",
        "Old",
        "Same",
        "Different",
        "Dept",
        "Department",
        "Hospital",
        "Clinic",
        "Bank",
    ]
}
try:  # spaCy's own stop list, if spaCy is installed (the NER path needs it anyway)
    from spacy.lang.en.stop_words import STOP_WORDS as _SPACY_STOP

    _COMMON |= {w.lower() for w in _SPACY_STOP}
except ImportError:  # pragma: no cover
    pass


def _candidates(
    text: str,
    s: int,
    e: int,
    covered: Sequence[tuple[int, int]],
    vocabulary: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    out = []
    first = True
    for w in _CAP.finditer(text, s, e):
        low = w.group(0).lower()
        ws, we = w.span()
        opening = first and not text[s:ws].strip(" \t\"'(-*#>")
        first = False
        if low in _COMMON or (opening and low in vocabulary):
            continue  # a common word, or an English word capitalized to open its clause
        if not _inside(covered, ws, we):
            out.append((ws, we))
    return out


def _inside(covered: Sequence[tuple[int, int]], ws: int, we: int) -> bool:
    """Is [ws, we) inside one of ``covered`` (sorted by start)? The spans covering a
    point can start anywhere before it, so scan back only while they could still reach."""
    i = bisect.bisect_right(covered, (ws, 1 << 62))
    while i > 0:
        i -= 1
        cs, ce = covered[i]
        if ce >= we:
            return True
        if ws - cs > _MAX_COVER:
            return False
    return False


def candidate_regions(
    text: str,
    covered: Sequence[tuple[int, int]] = (),
    window: int = WINDOW,
    vocabulary: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans of ``text`` worth showing to the NER model.

    Each candidate word (capitalized, not a common word, not inside ``covered``, the spans
    patterns and gazetteers already explained; an English ``vocabulary`` word only counts when
    it does not open its clause) brings ``window`` words of context on each
    side, within its clause; overlapping windows merge.
    """
    regions: list[tuple[int, int]] = []
    covered = sorted(covered)
    for m in _CLAUSE.finditer(text):
        s, e = m.span()
        cands = _candidates(text, s, e, covered, vocabulary) if e - s >= 3 else []
        if not cands:
            continue
        words = [w.span() for w in _WORD.finditer(text, s, e)]
        starts = [w[0] for w in words]
        for ws, _ in cands:
            i = max(0, bisect.bisect_right(starts, ws) - 1)
            a = words[max(0, i - window)][0]
            b = words[min(len(words) - 1, i + window)][1]
            if regions and a <= regions[-1][1] and b - regions[-1][0] <= _MAX_REGION:
                regions[-1] = (regions[-1][0], max(b, regions[-1][1]))
            else:
                regions.append((a, b))
    return regions


_CPU_OPS: Any = None


def _current_ops() -> None:
    """Give this thread and context thinc's CPU backend before the model runs. thinc looks
    its backend up on every model call, and where none is set (a new thread, or a server
    running each request in a copied context) it re-imports its optional backends each
    time; the failed imports scan ``sys.path`` on disk: 2% of a gateway's CPU. The backend
    set is the one that lookup returns, found once."""
    global _CPU_OPS
    from thinc.api import get_current_ops, set_current_ops
    from thinc.backends import context_ops

    if _CPU_OPS is None:
        _CPU_OPS = get_current_ops()
    elif context_ops.get() is None:
        set_current_ops(_CPU_OPS)


def _ents(
    nlp: Any, texts: Sequence[str], decoder: Greedy | None = None
) -> list[list[tuple[int, int, str]]]:
    _current_ops()
    out: list[list[tuple[int, int, str]]] = []
    if decoder is None:
        for doc in nlp.pipe(texts, batch_size=256):
            out.append(
                [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]
            )
        return out
    for at in range(0, len(texts), 256):
        docs = list(nlp.tokenizer.pipe(texts[at : at + 256]))
        out.extend(
            [(s, e, label) for s, e, label in spans if label in LABELS]
            for spans in decoder.char_spans(docs)
        )
    return out


def load_vocabulary(name: str, *, without_names: bool = True) -> frozenset[str]:
    """Lowercase English words from the pipeline's lemmatizer tables (WordNet-derived), minus
    the given-name and surname gazetteers: capitalized at the start of a clause, such a word
    is most likely just a sentence opening ("Discharged", "Background"). Empty when the
    pipeline ships no such tables."""
    try:
        import spacy.util
        from spacy.lookups import Lookups

        path = spacy.util.get_package_path(name)
        tables = next(path.glob("*/lemmatizer/lookups/lookups.bin"), None)
        if tables is None:
            return frozenset()
        index = Lookups().from_disk(tables.parent).get_table("lemma_index")
    except (ImportError, OSError, KeyError, ValueError):
        return frozenset()
    from ._gazetteer import name_lists

    words = {w for k in index for w in index[k] if w.isalpha() and w.islower()}
    if not without_names:
        return frozenset(words)
    first, last = name_lists()
    return frozenset(words - first - last)


class NerEngine:
    """The pipeline, loaded lazily once. Parallelism is the Detector's (``_pool``)."""

    def __init__(self, model: str) -> None:
        self.model = model
        self._nlp: Any = None
        self._decoder: Greedy | None = None
        self._lock = threading.Lock()
        self.vocabulary: frozenset[str] = frozenset()
        self._english: frozenset[str] = frozenset()

    @property
    def nlp(self) -> Any:
        with self._lock:
            if self._nlp is None:
                self._nlp = load_pipeline(self.model)
                self._decoder = greedy(self._nlp)
                from ._gazetteer import name_lists

                self._english = load_vocabulary(self.model, without_names=False)
                first, last = name_lists()
                self.vocabulary = self._english - first - last
            return self._nlp

    @property
    def english(self) -> frozenset[str]:
        """Every English word of the pipeline's lemma tables, names that are words too."""
        _ = self.nlp
        return self._english

    def run(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        nlp = self.nlp
        return _ents(nlp, texts, self._decoder)
