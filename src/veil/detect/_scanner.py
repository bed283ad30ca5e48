"""One pass over the text for every recognizer's pattern.

Hyperscan compiles all scan expressions into one automaton and reports (recognizer, start,
end) for every match in a single pass; a whole batch of documents is scanned as one buffer.
Expressions Hyperscan cannot compile (and all of them when Hyperscan cannot load) fall back
to Python's ``re``, which then scans once per expression: correct, just slower.

Then, per candidate only: keyed recognizers run their Python regex at the candidate start to
extract the value; validators check it; context words adjust the score.
"""

from __future__ import annotations

import bisect
import logging
import re
import threading
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from veil.types import EntityType, Finding

from ._registry import Recognizer

log = logging.getLogger(__name__)

_hs: Any
try:  # the pure-re fallback has its own test
    import hyperscan as _hs
except ImportError:  # pragma: no cover
    _hs = None

__all__ = ["PatternScanner", "hyperscan_available"]

_SEP = "\n\n"  # between documents of a batch; no pattern crosses it usefully
_CONTEXT_BEFORE = 48
_CONTEXT_AFTER = 24


def _word_start(text: str, i: int, limit: int) -> int:
    """``i``, moved past a word the context window cut in two ("DRIVER" seen as "ver")."""
    while 0 < i < limit and text[i - 1].isalnum() and text[i].isalnum():
        i += 1
    return i


def _word_end(text: str, i: int, j: int) -> int:
    """``j``, moved back before a word the window cut in two."""
    while i < j < len(text) and text[j - 1].isalnum() and text[j].isalnum():
        j -= 1
    return j


# UTF-8 continuation bytes (0b10xxxxxx) to 1, all others to 0
_CONTINUATION = bytes(1 if 0x80 <= b < 0xC0 else 0 for b in range(256))

_MAX_TRIES = 6  # validator attempts per (recognizer, start)


def hyperscan_available() -> bool:
    return _hs is not None


class PatternScanner:
    def __init__(
        self,
        recognizers: Sequence[Recognizer],
        *,
        use_hyperscan: bool = True,
        threshold: float = 0.0,
    ) -> None:
        self.recognizers = list(recognizers)
        # findings below it are dropped anyway: a recognizer scored below it without its
        # context words skips its validator when none is near (national phone formats
        # tried against two dozen regions, each a libphonenumber parse)
        self.threshold = threshold
        self._db: Any = None
        # Hyperscan scratch space is per thread (a shared one fails with ScratchInUseError
        # when two threads scan at once, as the gateway's thread pool does)
        self._local = threading.local()
        self._hs_ids: list[int] = []
        self._fallback: list[int] = []
        if use_hyperscan and _hs is not None:
            self._compile_hyperscan()
        else:
            self._fallback = list(range(len(self.recognizers)))

    @property
    def engine(self) -> str:
        if self._db is None:
            return "re"
        return "hyperscan" if not self._fallback else "hyperscan+re"

    def _flags(self, r: Recognizer) -> int:
        assert _hs is not None
        f = _hs.HS_FLAG_SOM_LEFTMOST | _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_MULTILINE
        if r.spec.ignore_case:
            f |= _hs.HS_FLAG_CASELESS
        return int(f)

    def _compile_hyperscan(self) -> None:
        assert _hs is not None
        ok: list[int] = []
        for i, r in enumerate(self.recognizers):
            try:  # probe each expression so one bad pattern cannot sink the rest
                db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
                db.compile(expressions=[r.scan_expr.encode()], ids=[i], flags=[self._flags(r)])
                ok.append(i)
            except Exception as e:  # hyperscan.error is not a public name
                log.info("recognizer %s: hyperscan cannot compile (%s); using re", r.name, e)
                self._fallback.append(i)
        if not ok:
            return
        db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        db.compile(
            expressions=[self.recognizers[i].scan_expr.encode() for i in ok],
            ids=ok,
            elements=len(ok),
            flags=[self._flags(self.recognizers[i]) for i in ok],
        )
        self._db = db
        self._hs_ids = ok

    # ------------------------------------------------------------------ raw candidates
    def _raw(self, texts: Sequence[str]) -> list[dict[tuple[int, int], list[int]]]:
        """Per document: {(recognizer index, start): [ends]} in character offsets."""
        out: list[dict[tuple[int, int], list[int]]] = [defaultdict(list) for _ in texts]
        if self._db is not None:
            self._raw_hyperscan(texts, out)
        for i in self._fallback:
            r = self.recognizers[i]
            rx = r.regex
            for d, text in enumerate(texts):
                for m in rx.finditer(text):
                    if m.end() > m.start():
                        out[d][(i, m.start())].append(m.end())
        return out

    def _raw_hyperscan(
        self, texts: Sequence[str], out: list[dict[tuple[int, int], list[int]]]
    ) -> None:
        chunks: list[bytes] = []
        starts: list[int] = []  # byte offset of each doc in the buffer
        pos = 0
        sep = _SEP.encode()
        for t in texts:
            b = t.encode("utf-8", errors="replace")
            starts.append(pos)
            chunks.append(b)
            pos += len(b) + len(sep)
        buf = sep.join(chunks)
        hits: list[tuple[int, int, int]] = []
        append = hits.append

        def on_match(rid: int, frm: int, to: int, flags: int, ctx: object) -> None:
            append((rid, frm, to))

        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            assert _hs is not None
            scratch = self._local.scratch = _hs.Scratch(self._db)
        self._db.scan(buf, match_event_handler=on_match, scratch=scratch)
        # hits come about in order of their end, so mostly in the same document as the last
        d, base, limit = 0, 0, -1  # the current document and its byte range
        od: dict[tuple[int, int], list[int]] = {}  # its candidates
        marks = b""  # of a non-ASCII document: 1 at each UTF-8 continuation byte
        for rid, frm, to in hits:
            if not base <= frm <= limit:
                d = bisect.bisect_right(starts, frm) - 1
                base = starts[d]
                limit = base + len(chunks[d])
                od = out[d]
                # non-ASCII: byte offsets -> character offsets
                marks = chunks[d].translate(_CONTINUATION) if limit - base != len(texts[d]) else b""
            if to > limit:
                continue  # crossed into the separator / next document
            s, e = frm - base, to - base
            if marks:
                # a character's offset is its byte offset less the continuation bytes before
                s, e = s - marks.count(1, 0, s), e - marks.count(1, 0, e)
                if e <= s:
                    continue
            od[(rid, s)].append(e)

    # ------------------------------------------------------------------ findings
    def scan(
        self, texts: Sequence[str], types: frozenset[EntityType] | None = None
    ) -> list[list[Finding]]:
        raw = self._raw(texts)
        results: list[list[Finding]] = []
        for text, cands in zip(texts, raw, strict=True):
            found: dict[tuple[EntityType, int, int], Finding] = {}
            for (rid, start), ends in cands.items():
                r = self.recognizers[rid]
                if types is not None and r.entity_type not in types and not r.retype:
                    continue
                f = self._resolve(r, text, start, ends)
                if f is None or (types is not None and f.entity_type not in types):
                    continue
                key = (f.entity_type, f.start, f.end)
                if key not in found or found[key].score < f.score:
                    found[key] = f
            results.append(list(found.values()))
        return results

    def _resolve(self, r: Recognizer, text: str, start: int, ends: list[int]) -> Finding | None:
        if r.verify:
            # the hit's start may sit inside a word the boundary rules out ("xYZ Østergade"):
            # the first real match from there, if it starts before the hit ends
            m = r.regex.search(text, start)
            if m is None or m.start() >= max(ends):
                return None
            if m.start() != start:
                start, ends = m.start(), [m.end()]
            elif m.end() not in ends:
                ends = [*ends, m.end()]
        elif r.keyed:
            m = r.regex.match(text, start)
            if m is None and start > 0 and text[start - 1].isalpha():
                # the prefilter hit inside a word ("zeit:" in "Uhrzeit:"): the key is the
                # whole word
                ws = start - 1
                while ws > 0 and text[ws - 1].isalpha():
                    ws -= 1
                m = r.regex.match(text, ws)
            if m is None:
                return None
            if r.has_value_group:
                s, e = m.span("value")
            else:
                s, e = m.span()
            if e <= s:
                return None
            return self._finish(
                r, text, s, e, "value after key" if r.has_value_group else "pattern"
            )
        order = ends if len(ends) == 1 else sorted(set(ends), reverse=r.spec.prefer == "longest")
        for e in order[:_MAX_TRIES]:
            f = self._finish(r, text, start, e, "pattern")
            if f is not None:
                return f
        return None

    def _finish(self, r: Recognizer, text: str, s: int, e: int, how: str) -> Finding | None:
        seen: tuple[int, int, str, str] | None = None  # the span whose windows were cut
        if r.spec.score < self.threshold and r.context is not None:
            # scored below the threshold, it needs its context words: the validator's cheap
            # checks first, then the words, then the whole validator
            if r.precheck is not None and not r.precheck(text, s, e):
                return None
            window, after = _windows(text, s, e)
            if not (r.context.found(window) or r.context.found(after)):
                return None
            seen = (s, e, window, after)
        why = [f"{r.name}: {how}"]
        if r.validator is not None:
            span = r.validator(text, s, e)
            if span is None:
                return None
            s, e = span
            if e <= s:
                return None
            why.append(f"validator {r.spec.validator} passed")
        if r.deny and text[s:e].lower() in r.deny:
            return None
        score = r.spec.score
        etype = r.entity_type
        if r.context is not None or r.negative is not None or r.retype:
            if seen is not None and seen[:2] == (s, e):
                window, after = seen[2:]
            else:
                window, after = _windows(text, s, e)
            if r.context is not None and (m := r.context.search(window) or r.context.search(after)):
                score += r.spec.context_boost
                why.append("context pattern" if m.lastgroup else f"context '{m.group(0)}'")
            if r.negative is not None and (m := r.negative.search(_field(window))):
                score -= r.spec.context_boost
                why.append(f"negative context '{m.group(0)}'")
            if r.retype:
                near = text if r.spec.retype_scope == "document" else _clause(window)
                for t, rx in r.retype:
                    if rx.search(near):
                        etype = t
                        why.append(f"retyped {t.value} by context")
                        break
        score = min(1.0, max(0.0, score))
        if score <= 0.0:
            return None
        return Finding(etype, s, e, score, r.name, "; ".join(why))


def _windows(text: str, s: int, e: int) -> tuple[str, str]:
    """The lowercased context windows before and after [s, e), words cut in two left out."""
    window = text[_word_start(text, max(0, s - _CONTEXT_BEFORE), s) : s].lower()
    after = text[e : _word_end(text, e, min(len(text), e + _CONTEXT_AFTER))].lower()
    return window, after


def _field(window: str) -> str:
    """``window`` from the start of the match's field: a column gap before another key
    ("Photo release: yes   Date: "), a line break (a key on its own line keeps its value on
    the next), a bar between fields or a sentence's end ends the field before it."""
    cut = _last_gap(window) + 1
    line = window.rfind("\n", 0, len(window.rstrip()))
    # "Account K22245950 | Number +44 7700 900012": a bar between two fields of a line
    bar = window.rfind(" | ", 0, len(window.rstrip()))
    # "…/ticket?id=8378524. Questions? Call us on ": a sentence ended before the match's
    sentence = 0
    if ". " in window or "? " in window or "! " in window:
        sentence = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    return window[max(cut, line + 1, bar + 3 if bar >= 0 else 0, sentence) :]


# a sentence's end: a word of four letters or more and its stop, then the next sentence
# ("bills. Kysyttävää? "), or an id or a year ("the reference is inv-233576. my number is
# "), not an abbreviation ("Ref. No. 123") nor an ordinal ("5. Stock")
_SENTENCE_END = re.compile(r"(?:[^\W\d_]{4}|\d{3})[.?!][ \t]+(?=[^\W\d_])")


def _last_gap(w: str) -> int:
    """Index of the last character of the last column gap (3+ spaces or a tab) followed by
    more text in ``w``, or -1."""
    if "\t" not in w and "   " not in w:
        return -1
    return max((m.end() - 1 for m in _GAP.finditer(w)), default=-1)


_GAP = re.compile(r"(?:\t| {3,})(?=\S)")


def _clause(window: str) -> str:
    """The last ~32 characters of ``window`` that belong to the same clause as the match."""
    w = window[-32:]
    cut = max(w.rfind(";"), w.rfind("\n"), w.rfind(", "))
    # "DOB: 06/30/1939   DOD: ": a column gap before another key starts a new field
    cut = max(cut, _last_gap(w))
    # "DOB: 03/14/1985) was seen on ...": a parenthesis closed, then words: a new clause
    close = w.rfind(") ")
    if close > cut and any(c.isalpha() for c in w[close:]):
        cut = close + 1
    return w[cut + 1 :] if cut >= 0 else w
