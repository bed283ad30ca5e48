"""Names and places with a spaCy pipeline, run only where they can be.

Design (why not "spaCy over every document"): the statistical model is by far the slowest
part of detection, so veil runs it only on *candidate regions*: the clauses of a document
that contain a capitalized word that is neither a common English word nor inside a span the
patterns already explained (an email, a URL, a key). Log lines, ids and plain prose without
proper nouns never reach the model. The pipeline is loaded lazily with only ``tok2vec`` and
``ner`` (no tagger, parser or lemmatizer), regions are batched through ``nlp.pipe``, and
large batches are spread over a pool of worker processes, one per core.

``VEIL_NER_MODEL`` names any installed spaCy pipeline; ``none`` turns NER off, and then
``Detector.ner_status`` says so instead of silently missing names.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import re
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from veil.errors import DependencyError
from veil.types import EntityType

__all__ = ["NerEngine", "candidate_regions", "load_pipeline"]

# spaCy label -> veil type (Presidio maps the same three to LOCATION)
LABELS: dict[str, EntityType] = {
    "PERSON": EntityType.PERSON,
    "GPE": EntityType.LOCATION,
    "LOC": EntityType.LOCATION,
    "FAC": EntityType.LOCATION,
}
NER_SCORE = {EntityType.PERSON: 0.85, EntityType.LOCATION: 0.8}

_KEEP = ("tok2vec", "ner")


def load_pipeline(name: str) -> Any:
    """Load an installed spaCy pipeline with only tok2vec and ner enabled."""
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
    return nlp


# ---------------------------------------------------------------------- candidate regions
_CAP = re.compile(r"\b[A-Z][a-z]+(?:['’-][A-Za-z]+)?|\b(?:Mc|Mac|O')[A-Z][a-z]+")
_CLAUSE = re.compile(r"[^\n.!?;|]+(?:[.!?;|]+|\n|$)")
_MAX_REGION = 400

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


def _has_candidate(text: str, s: int, e: int, covered: Sequence[tuple[int, int]]) -> bool:
    for w in _CAP.finditer(text, s, e):
        if w.group(0).lower() in _COMMON:
            continue
        ws, we = w.span()
        if not any(cs <= ws and we <= ce for cs, ce in covered):
            return True
    return False


def candidate_regions(text: str, covered: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Clauses of ``text`` worth showing to the NER model, as (start, end) spans.

    ``covered`` are spans already explained by patterns; words inside them do not count.
    Adjacent candidate clauses are merged (more context for the model, fewer documents).
    """
    hits: list[tuple[int, int]] = []
    for m in _CLAUSE.finditer(text):
        s, e = m.span()
        if e - s < 3 or not _has_candidate(text, s, e, covered):
            continue
        if hits and hits[-1][1] == s and e - hits[-1][0] <= _MAX_REGION:
            hits[-1] = (hits[-1][0], e)
        else:
            hits.append((s, e))
    regions: list[tuple[int, int]] = []
    for s, e in hits:
        while e - s > _MAX_REGION:  # long clauses (CSV rows, run-on text): cut at a space
            cut = text.rfind(" ", s + 1, s + _MAX_REGION)
            cut = cut if cut > s else s + _MAX_REGION
            regions.append((s, cut))
            s = cut
        regions.append((s, e))
    return regions


# ---------------------------------------------------------------------- worker processes
_worker_nlp: Any = None


def _worker_init(model: str, nlp: Any = None) -> None:
    global _worker_nlp
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _worker_nlp = nlp if nlp is not None else load_pipeline(model)


def _worker_run(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return _ents(_worker_nlp, texts)


def _ents(nlp: Any, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    out: list[list[tuple[int, int, str]]] = []
    for doc in nlp.pipe(texts, batch_size=256):
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS])
    return out


class NerEngine:
    """Runs the pipeline in-process for small inputs and on a worker pool for large ones."""

    POOL_MIN_REGIONS = 256
    CHUNK = 128

    def __init__(self, model: str, processes: int = 0) -> None:
        self.model = model
        self.processes = processes or (os.cpu_count() or 1)
        self._nlp: Any = None
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    @property
    def nlp(self) -> Any:
        with self._lock:
            if self._nlp is None:
                self._nlp = load_pipeline(self.model)
            return self._nlp

    def warmup(self, pool: bool = True) -> None:
        self.run(["Warm up with Jane Doe in Paris."])
        if pool and self.processes > 1:
            futs = [
                self._get_pool().submit(_worker_run, ["Jane Doe in Paris."])
                for _ in range(self.processes)
            ]
            for f in futs:
                f.result()

    def _get_pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # fork: workers inherit the loaded pipeline (instant start, shared pages) and,
                # unlike spawn/forkserver, do not re-import the caller's __main__ script.
                method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
                ctx = multiprocessing.get_context(method)
                self._pool = ProcessPoolExecutor(
                    max_workers=self.processes,
                    mp_context=ctx,
                    initializer=_worker_init,
                    initargs=(self.model, self._nlp if method == "fork" else None),
                )
                atexit.register(self.close)
            return self._pool

    def submit(self, texts: list[str]) -> list[Future[list[list[tuple[int, int, str]]]]] | None:
        """Start work on the pool and return futures, or None when it should run inline."""
        if self.processes <= 1 or len(texts) < self.POOL_MIN_REGIONS:
            return None
        pool = self._get_pool()
        per = max(self.CHUNK, len(texts) // (self.processes * 4) + 1)
        return [pool.submit(_worker_run, texts[i : i + per]) for i in range(0, len(texts), per)]

    def run(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        futs = self.submit(texts)
        if futs is None:
            return _ents(self.nlp, texts)
        out: list[list[tuple[int, int, str]]] = []
        for f in futs:
            out.extend(f.result())
        return out

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
