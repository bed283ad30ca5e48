"""The Detector: patterns in one pass, validators on candidates, NER on candidate regions."""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from veil.config import Settings, get_settings
from veil.errors import DependencyError, UsageError
from veil.types import ColumnClass, EntityType, Finding

from ._defaults import DEFAULT_THRESHOLD
from ._edifact import edifact_findings
from ._gazetteer import (
    CALENDAR_NAMES,
    CAR_MAKES,
    COURTESY,
    DATELINE,
    DR_BRAND,
    NOT_NAMED,
    NOT_PERSON,
    ORG_FIRST_WORDS,
    ORG_WORDS,
    PLACE_PREP,
    REGION_CODES,
    RESTAURANT_FIRST_WORDS,
    ROLE_WORDS,
    TECH_WORDS,
    WORD_GIVEN_NAMES,
    airline_names,
    caps_names,
    comma_names,
    foreign_stop_words,
    foreign_words,
    function_words,
    gazetteer_names,
    in_time_zone_id,
    is_english,
    is_first_name,
    is_given_name,
    is_place,
    join_place_pairs,
    lone_first_names,
    lowercase_names,
    merge_adjacent,
    name_lists,
    people_list,
    place_names,
    polish_places,
    role_names,
    salutation_names,
    spoken_name,
    surnames,
    whole_cell,
)
from ._gedcom import read_gedcom
from ._hl7 import hl7_findings
from ._ldif import ldif_findings
from ._ner import LABELS, NER_SCORE, NerEngine, candidate_regions
from ._payments import payment_findings
from ._pool import DetectorPool
from ._registry import load_registry
from ._scanner import PatternScanner
from ._structured import (
    PARTICLE,
    Cell,
    address_after_key,
    cell_is_column_time,
    column_forbids_person,
    column_is_quantity,
    column_times,
    copy_cells,
    csv_cells,
    dialogue_answers,
    fixed_width_cells,
    form_cells,
    hint_finding,
    key_value_cells,
    named_values,
    secret_data_values,
    sql_cells,
    stacked_cells,
)
from ._validators import new_batch as new_validator_batch
from ._validators import warm as warm_validators
from ._vcard import ics_findings, vcard_findings
from ._x12 import x12_findings

if TYPE_CHECKING:
    import polars as pl

__all__ = ["DEFAULT_THRESHOLD", "Detector", "resolve_overlaps"]

NER_TYPES = frozenset({EntityType.PERSON, EntityType.LOCATION})

# types whose span, found in the text read whole, outranks a shorter one in a CSV cell
_WHOLE_WINS = frozenset({EntityType.ADDRESS, EntityType.DATE_TIME})
_BREAK = re.compile(r"\n|\t| {2,}|[→←|·•–—;]")
_ORG_WORDS = ORG_WORDS
_COLUMN_SCORE = 0.88
_LEAD_WORD = re.compile(r"([A-Za-z]+):? +")
_ROLE_WORDS = frozenset(
    """cardholder policyholder caller panel applicant claimant member employee patient customer
    client tenant guest passenger student agent rep user name owner recipient contact payee
    beneficiary account holder insured subscriber witness driver candidate interviewer
    librarian patron copay donor rider volunteer caregiver nurse physician borrower lender
    officer manager supervisor technician pharmacist therapist clerk registrar paralegal
    receptionist dispatcher coordinator resident residents intake""".split()
)
# Words that end a "name" made of a given name and a label: "Loan Number", "SOC Date"
_LABEL_WORDS = frozenset(
    """number date amount status total balance code type id no iban bic swift pin ssn vat ein
    tin npi mrn cvv otp""".split()
)
_TITLE = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame|Rev)\.?\s+)+")
_PERSONAL_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Miss|MR|MRS|MS)\.? $")
_POSSESSIVE = re.compile(r"['’]s$")


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep the best of overlapping findings: higher score, then longer span."""
    ranked = sorted(findings, key=lambda f: (-f.score, -(f.end - f.start), f.start))
    # kept spans never overlap, so sorted by start they are sorted by end too: one bisect
    # finds the only neighbours a new span could overlap (O(n log n), not O(n^2))
    starts: list[int] = []
    kept: list[Finding] = []
    for f in ranked:
        i = bisect.bisect_left(starts, f.end)
        if i > 0 and kept[i - 1].end > f.start:
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept


class Detector:
    """Find PII, PHI and secrets in text and tables.

    >>> d = Detector(ner=False)
    >>> [(f.entity_type.value, f.start, f.end) for f in d.find("mail bob@example.com")]
    [('EMAIL_ADDRESS', 5, 20)]

    ``ner``: True requires the spaCy pipeline, False skips names and places, None (default)
    uses it when installed and reports the reason in ``ner_status`` when not.
    """

    def __init__(
        self,
        *,
        ner: bool | None = None,
        threshold: float = DEFAULT_THRESHOLD,
        types: Iterable[EntityType | str] | None = None,
        recognizers: Path | str | None = None,
        ner_model: str | None = None,
        processes: int | None = None,
        use_hyperscan: bool = True,
        settings: Settings | None = None,
    ) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise UsageError(f"threshold must be within [0, 1], got {threshold}")
        s = settings or get_settings()
        self.threshold = threshold
        self.types: frozenset[EntityType] | None = (
            None
            if types is None
            else frozenset(t if isinstance(t, EntityType) else EntityType.parse(t) for t in types)
        )
        extra = recognizers if recognizers is not None else s.recognizers
        registry = load_registry(extra)
        if self.types is not None:  # compile only what can produce a requested type
            wanted = self.types
            registry = [
                r for r in registry if r.entity_type in wanted or set(r.spec.retype) & wanted
            ]
        self._scanner = PatternScanner(
            registry, use_hyperscan=use_hyperscan, threshold=self.threshold
        )
        model = ner_model if ner_model is not None else s.ner_model
        self._ner_required = ner is True
        self._ner: NerEngine | None = None
        self._ner_error: str | None = None
        wants_ner = self.types is None or bool(self.types & NER_TYPES)
        if ner is False:
            self._ner_error = "disabled"
        elif not wants_ner:
            self._ner_error = "not requested (--types has no PERSON or LOCATION)"
        elif model.strip().lower() in {"", "none", "off", "false", "0"}:
            if ner is True:
                raise DependencyError("NER was requested but VEIL_NER_MODEL=none")
            self._ner_error = "disabled by VEIL_NER_MODEL=none"
        else:
            self._ner = NerEngine(model)
        procs = processes if processes is not None else s.processes
        procs = procs or (os.cpu_count() or 1)
        kwargs = dict(
            ner=ner,
            threshold=threshold,
            types=self.types,
            recognizers=extra,
            ner_model=model,
            processes=1,
            use_hyperscan=use_hyperscan,
        )
        self._pool = DetectorPool(self, procs, partial(Detector, **kwargs))  # type: ignore[arg-type]

    # ------------------------------------------------------------------ status
    @property
    def engine(self) -> str:
        """Which pattern engine runs: hyperscan, hyperscan+re or re."""
        return self._scanner.engine

    @property
    def ner_status(self) -> str:
        if self._ner is not None and self._ner_error is None:
            return f"on ({self._ner.model})"
        return f"off: {self._ner_error}; names and places are not detected"

    @property
    def ner_enabled(self) -> bool:
        return self._ner is not None and self._ner_error is None

    def _ner_engine(self) -> NerEngine | None:
        if self._ner is None or self._ner_error is not None:
            return None
        try:
            _ = self._ner.nlp  # load lazily, once
        except DependencyError as e:
            if self._ner_required:
                raise
            self._ner_error = str(e)
            return None
        return self._ner

    def warmup(self) -> None:
        """Load models and start worker processes now rather than on first use."""
        warm_validators()
        self.find_batch(["warm up: Jane Doe <jane@example.com> in Paris"])
        if self._pool.processes > 1:
            self._pool.start()

    def close(self) -> None:
        """Stop worker processes (also done at interpreter exit)."""
        self._pool.close()

    def __enter__(self) -> Detector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ detection
    def find(self, text: str) -> list[Finding]:
        return self.find_batch([text])[0]

    def find_batch(self, texts: Sequence[str]) -> list[list[Finding]]:
        if isinstance(texts, str):
            raise UsageError("find_batch takes a list of texts; use find() for one text")
        for t in texts:
            if not isinstance(t, str):
                raise UsageError(f"texts must be str, got {type(t).__name__}")
        if self._pool.wanted(len(texts)):
            self._ner_engine()  # load the model before forking, so workers share it
            warm_validators()  # and the phone metadata, which phonenumbers loads lazily
            return self._pool.run(texts)
        return self._find_local(texts)

    def _find_local(self, texts: Sequence[str]) -> list[list[Finding]]:
        """The whole pipeline in this process."""
        new_validator_batch()
        ner = self._ner_engine()
        # the lexicon the model brings (lone given names, lists, words that are no names)
        english = ner.english if ner is not None else frozenset()
        found, cells, things, lists = self._scan_with_tables(texts, english)
        stamps: list[list[tuple[int, int]]] = []  # a GEDCOM file's own timestamps
        for d, text in enumerate(texts):  # HL7 messages, vCards: a field's place names it
            gedcom, quiet = read_gedcom(text)
            if self.types is None or EntityType.DATE_TIME in self.types:
                quiet = quiet + _mail_header_stamps(text)
            stamps.append(quiet)
            found[d].extend(
                f
                for f in chain(
                    hl7_findings(text),
                    x12_findings(text),
                    edifact_findings(text),
                    vcard_findings(text),
                    ics_findings(text),
                    gedcom,
                    ldif_findings(text),
                    payment_findings(text),
                )
                if self.types is None or f.entity_type in self.types
            )
            if self.types is None or EntityType.DATE_TIME in self.types:
                found[d].extend(
                    Finding(
                        EntityType.DATE_TIME,
                        s,
                        e,
                        0.7,
                        "column_time",
                        "column_time: clock under a time column of a fixed-width report",
                    )
                    for s, e in column_times(text)
                )
        if self.types is None or EntityType.PERSON in self.types:
            for d, text in enumerate(texts):
                found[d].extend(gazetteer_names(text, english))
                found[d].extend(lowercase_names(text))
                found[d].extend(salutation_names(text))
                found[d].extend(caps_names(text))
                found[d].extend(comma_names(text))
                found[d].extend(airline_names(text))
                for c in lists[d]:
                    found[d].extend(people_list(text, c.start, c.end, c.header, english))
        if self.types is None or EntityType.LOCATION in self.types:
            for d, text in enumerate(texts):
                found[d].extend(place_names(text))
                found[d].extend(polish_places(text))
        if ner is not None and (self.types is None or EntityType.PERSON in self.types):
            for d, text in enumerate(texts):
                found[d].extend(lone_first_names(text, english))
                found[d].extend(role_names(text, english))
        if ner is not None:
            self._add_ner(ner, texts, found, cells)
            found = [
                _not_places(text, _not_words(text, fs, english), english)
                for text, fs in zip(texts, found, strict=True)
            ]
        out = []
        for d, (text, fs) in enumerate(zip(texts, found, strict=True)):
            if things[d]:  # names inside "title" / "agency" / "product" fields are not people
                fs = [f for f in fs if not _person_in(f, things[d])]
            if "Mozilla/" in text:  # "(KHTML, like Gecko)": a browser's name, not a place
                agents = [m.span() for m in _USER_AGENT.finditer(text)]
                fs = [f for f in fs if not (f.entity_type in _NAMED and _inside_any(f, agents))]
            if stamps[d]:
                fs = [f for f in fs if not _stamped(f, stamps[d])]
            if any(f.entity_type in _SHAPED for f in fs):
                kept = resolve_overlaps(_drop_inside_addresses(fs))
                kept = join_place_pairs(text, _clean_persons(text, kept))
                kept = _join_address_lines(text, kept)
                kept = _join_name_parts(text, kept)
            else:  # nothing the span rules below touch: skip them
                kept = resolve_overlaps(fs)
            if any(f.entity_type is EntityType.DATE_TIME for f in kept):
                kept = _join_date_and_time(text, kept)
                kept = [f for f in kept if not _row_stamp(text, f)]
            kept = [
                f
                for f in kept
                if f.score >= self.threshold
                and not _pet(text, f)
                and not _hashed(text, f)
                and not _body_side(text, f)
            ]
            if any(f.entity_type is EntityType.HEALTH_PLAN_NUMBER for f in kept) and _loyalty(text):
                kept = self._loyalty_members(kept)
            if ner is not None and any(f.entity_type is EntityType.PERSON for f in kept):
                kept = _names_again(text, kept, english)
            out.append(kept)
        return out

    def _scan_with_tables(
        self, texts: Sequence[str], english: frozenset[str]
    ) -> tuple[
        list[list[Finding]],
        list[list[tuple[int, int]]],
        list[list[tuple[int, int]]],
        list[list[Cell]],
    ]:
        """Scan the texts, and each cell of tables inside them with its column context.
        Also returns the table cells' spans (the NER model reads isolated cells poorly, so
        names in tables come from headers and gazetteers instead) and the spans of fields
        whose column or key says they hold things, not people, and the key-value cells
        whose key may list people. ``english`` is the model's lexicon (empty without it): an
        English word under a role's key is a placeholder, no name."""
        extra: list[str] = []
        cells: list[list[tuple[int, int]]] = [[] for _ in texts]
        things: list[list[tuple[int, int]]] = [[] for _ in texts]
        lists: list[list[Cell]] = [[] for _ in texts]
        wants_person = self.types is None or EntityType.PERSON in self.types
        wants_time = self.types is None or EntityType.DATE_TIME in self.types
        wants_names = self.types is None or bool(self.types & _KEYED)
        wants_named = self.types is None or bool(self.types & _NAMED)
        owners: list[tuple[int, int, int, str]] = []  # doc, cell start, prefix length, header
        hinted: list[tuple[int, Finding]] = []
        wants_address = self.types is None or EntityType.ADDRESS in self.types
        wants_secrets = self.types is None or bool(self.types & _SECRET_DATA_TYPES)
        for d, text in enumerate(texts):
            for s, e in address_after_key(text) if wants_address else ():
                why = "address_key: a street address after its key"
                hinted.append((d, Finding(EntityType.ADDRESS, s, e, 0.9, "address_key", why)))
            named = named_values(text)
            field_names = {span for span, _ in named}
            for c in key_value_cells(text) if wants_names else ():  # keys assert names
                if (
                    column_forbids_person(c.header, key=True)
                    or _ci_step_name(text, c.start, c.end)
                    or (c.start, c.end) in field_names  # "name: EMAIL\n value: ...": a field
                ):
                    # "Insurance: Bupa" names a thing; a sentence running on after the key
                    # ("Insurance: Bupa. Caregiver Ana Lange may pick up") still holds people
                    if text.count(" ", c.start, c.end) < 6:
                        # the thing ends where the value's list goes on ("Employer: Trey
                        # Research, supervisor Brandon Washington")
                        cut = _LIST_GOES_ON.search(text, c.start, c.end)
                        things[d].append((c.start, cut.start() if cut else c.end))
                    continue
                value = text[c.start : c.end]
                if wants_person and ("," in value or " and " in value):
                    lists[d].append(c)
                h = hint_finding(c.header, text[c.start : c.end], text, c.start)
                if h is not None and " " in c.header:
                    # the key is no one's name, whatever its words: "Ana Adı: Zeynep"
                    k = text.rfind(c.header, max(0, c.start - len(c.header) - 8), c.start)
                    if k >= 0:
                        things[d].append((k, k + len(c.header)))
                if (
                    h is not None
                    and h[0] in (EntityType.PERSON, EntityType.LOCATION, EntityType.ADDRESS)
                    and (self.types is None or h[0] in self.types)
                    and not _bare_name_thing(c.header, value[h[1] : h[2]])
                    and not _role_key_word(c.header, value[h[1] : h[2]], h[0], english)
                ):
                    t, s, e = h
                    why = f"column_name: key '{c.header}'"
                    # an address key vouches for the whole value, its place at the end too
                    score = 0.9 if t is EntityType.ADDRESS else 0.86
                    hinted.append((d, Finding(t, c.start + s, c.start + e, score, "key_name", why)))
            for s, e, pw in secret_data_values(text) if wants_secrets else ():
                t = EntityType.PASSWORD if pw else EntityType.GENERIC_SECRET
                if self.types is None or t in self.types:
                    why = "secret_data: a value of a Kubernetes Secret"
                    hinted.append((d, Finding(t, s, e, 0.8, "secret_data", why)))
            answers = dialogue_answers(text)
            spoken = set(answers)  # a transcript's answers: talk, not a table's cells
            for c in chain(
                csv_cells(text),
                form_cells(text),
                (c for _, c in named),
                sql_cells(text),
                copy_cells(text),
                fixed_width_cells(text),
                stacked_cells(text) if wants_named else (),
                answers,
            ):
                if c not in spoken:  # a turn of talk is prose: the model reads it too
                    cells[d].append((c.start, c.end))
                if wants_time and cell_is_column_time(text, c):
                    why = f"column_time: a clock under the time column '{c.header}'"
                    hinted.append(
                        (d, Finding(EntityType.DATE_TIME, c.start, c.end, 0.7, "column_time", why))
                    )
                    continue
                if wants_person and column_forbids_person(c.header) and c not in spoken:
                    things[d].append((c.start, c.end))
                if column_is_quantity(c.header):
                    continue  # "loan_amt,725000": an amount; the text scan still sees it
                prefix = c.context + ": "
                value = text[c.start : c.end]
                extra.append(prefix + value)
                owners.append((d, c.start, len(prefix), c.header))
                h = hint_finding(c.header, value, text, c.start, c.columns)
                if h is None and c.context != c.header:  # "| Home address | <value> |"
                    h = hint_finding(c.context, value, text, c.start, c.columns)
                if c in spoken and h is not None and h[0] in _NAMED:
                    # a question's words are a weaker key than a form's: a capitalized answer's
                    # names and places are left to the lists and the model
                    h = None
                if (
                    h is None
                    and wants_person
                    and c in spoken
                    and spoken_name(c.header, value, *name_lists())
                ):
                    h = (EntityType.PERSON, 0, len(value))  # "CALLER: seo-yeon park"
                if h is not None and (self.types is None or h[0] in self.types):
                    t, s, e = h
                    hinted.append(
                        (
                            d,
                            Finding(
                                t,
                                c.start + s,
                                c.start + e,
                                # the column's name outranks the lists' and the model's
                                # guess ("last_name: Maldonado" is no town in Uruguay)
                                _COLUMN_SCORE,
                                "column_name",
                                f"column_name: column or field '{c.header}'",
                            ),
                        )
                    )
        found = self._scanner.scan([*texts, *extra], self.types)
        main = found[: len(texts)]
        whole = [
            [(g.entity_type, g.start, g.end) for g in fs if g.entity_type in _WHOLE_WINS]
            for fs in main
        ]
        for (d, base, off, header), fs in zip(owners, found[len(texts) :], strict=True):
            for f in fs:
                if f.start < off:
                    continue
                s, e = base + f.start - off, base + f.end - off
                if f.entity_type in _WHOLE_WINS and any(
                    t is f.entity_type and a <= s and e <= b and b - a > e - s
                    for t, a, b in whole[d]
                ):
                    # the text read whole found more of it: "6771 Fulton St, Apt. 5C" and
                    # "June 25, 2024" are no CSV rows of two cells
                    continue
                # the column context outranks the same span read alone
                main[d].append(
                    replace(
                        f,
                        start=s,
                        end=e,
                        score=min(1.0, f.score + 0.05),
                        explanation=f"{f.explanation}; column or field '{header}'",
                    )
                )
        for d, f in hinted:
            main[d].append(f)
        return main, cells, things, lists

    def _loyalty_members(self, findings: list[Finding]) -> list[Finding]:
        """A loyalty programme's member numbers are customer accounts, no health plan's."""
        out = []
        for f in findings:
            if f.entity_type is EntityType.HEALTH_PLAN_NUMBER:
                if self.types is not None and EntityType.ACCOUNT_NUMBER not in self.types:
                    continue
                why = f"{f.explanation}; retyped ACCOUNT_NUMBER: a loyalty programme's member"
                f = replace(f, entity_type=EntityType.ACCOUNT_NUMBER, explanation=why)
            out.append(f)
        return out

    def _add_ner(
        self,
        ner: NerEngine,
        texts: Sequence[str],
        found: list[list[Finding]],
        cells: list[list[tuple[int, int]]],
    ) -> None:
        owners: list[tuple[int, int]] = []  # (doc index, region start)
        regions: list[str] = []
        for d, text in enumerate(texts):
            covered = [(f.start, f.end) for f in found[d] if f.score >= self.threshold]
            covered += cells[d]
            for s, e in candidate_regions(text, covered, vocabulary=ner.vocabulary):
                owners.append((d, s))
                regions.append(text[s:e])
        if not regions:
            return
        for (d, base), ents in zip(owners, ner.run(regions), strict=True):
            text = texts[d]
            for s, e, label in ents:
                etype = LABELS[label]
                if self.types is not None and etype not in self.types:
                    continue
                f = _ner_finding(text, base + s, base + e, etype, label)
                if f is not None:
                    found[d].append(f)

    # ------------------------------------------------------------------ tables
    def classify(
        self, table: pl.DataFrame | Path | str, *, sample: int = 1000
    ) -> list[ColumnClass]:
        """Classify each column of a table (a Polars DataFrame or a CSV/Parquet/JSONL path)."""
        from ._tables import classify_frame, read_sample

        frame = table if not isinstance(table, str | Path) else read_sample(Path(table), sample)
        return classify_frame(self, frame, sample=sample)


def _address_union(findings: Iterable[Finding]) -> tuple[list[int], list[int]]:
    spans = sorted((f.start, f.end) for f in findings if f.entity_type is EntityType.ADDRESS)
    starts: list[int] = []
    ends: list[int] = []
    for s, e in spans:
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_PARTICLE_WORD = re.compile(PARTICLE)


def _not_words(text: str, findings: list[Finding], english: frozenset[str]) -> list[Finding]:
    """Drop PERSON spans that ordinary words explain: a word after the first that is English
    and no known given name or surname ("Oral Surgery", "Wilson Outdoor Supply", "Keystone
    Workforce"), a lone English word the model took for a name ("Scanner"), and in other
    languages: a first word that is a stop word ("Ihre Rücksendung"), a span of common words
    only, after a courtesy title ("Herr Kollege", "Cambio de reserva"), or one such word
    alone ("Behandlung"). Foreign words count only where no word is a known name: they hold
    surnames too ("Dijk")."""
    if not english:
        return findings
    first, last = name_lists()
    foreign = foreign_words()
    out = []
    for f in findings:
        if f.entity_type is EntityType.PERSON and _one_word_no_name(text, f, english, first, last):
            continue
        if f.entity_type is EntityType.PERSON and (
            _ICD_CODE_AFTER.match(text, f.end)
            or (
                _ABBREVIATION_PART.search(text, max(0, f.start - 3), f.start)
                and text[f.end : f.end + 1] == "."
            )
        ):
            continue  # "Arterielle Hypertonie (I10)": a diagnosis; "D.Lgs. 82/2005": a law
        if f.entity_type is EntityType.PERSON and _foreign_key(text, f, foreign, last):
            continue  # "Numune Alma Tarihi:": a form's key, its last word a common word
        if f.entity_type is EntityType.PERSON and _WEEKDAY_MONTH.fullmatch(text, f.start, f.end):
            continue  # "Sat Jun 03 05:07:06 2023": a log's stamp
        if f.recognizer == "person_intro" and _ci_step_name(text, f.start, f.end):
            continue  # "- name: Migrate" over "env:": a CI workflow's step
        if f.entity_type is EntityType.PERSON and _drug(text, f, first, last):
            continue  # "Sertralin 50 mg", "Quetiapina": a medicine
        if f.entity_type is EntityType.PERSON and f.recognizer in _WORDY_NAMES:
            cut = _without_role(text, f)
            if cut is not f and _one_word_no_name(text, cut, english, first, last):
                continue  # "Atención al": the role word cut, a short word is left
            f = cut
            words = [_fold(w) for w in _NAME_WORD.findall(text[f.start : f.end])]
            if not words:
                continue
            if _car(text[f.start : f.end].lower().split(), first):
                continue
            if any(w in _INSTITUTIONS for w in words):
                continue  # "Evangelisches Krankenhaus Bethel": a hospital, in any language
            if f.recognizer == "email_display_name":  # "To: New Business <nb@x.com>"
                if not all(is_english(w, english) and not _is_name_word(w) for w in words):
                    out.append(f)
                continue
            particle_joined = _after_arabic_particle(text[f.start : f.end])
            if _PARTICLE_END.search(text, f.start, f.end) and _KEY_REST.match(text, f.end):
                continue  # "Lieu de naissance:", "Lugar de nacimiento:": a form's key
            if not any(w in first or w in last for w in words) and any(
                _compound_noun(w, foreign, english, last) for w in words
            ):
                # "Hausbesuch", "Aktenvermerk Hausbesuch": German nouns, no names (beside a
                # known name, "Oberländer" and "Benedetta" are names)
                continue
            if len(words) == 1:
                w = words[0]
                known = w in first or w in last
                if (
                    w in TECH_WORDS
                    or w in _FORMAL_YOU
                    or (
                        f.recognizer == "spacy_ner"
                        and (
                            (not known and (is_english(w, english) or w in foreign))
                            # "Keys rotated.": an English word opening a sentence, a surname
                            # at most, is the word
                            or (
                                w not in first
                                and is_english(w, english)
                                and _OPENING.search(text, max(0, f.start - 3), f.start) is not None
                            )
                        )
                    )
                ):
                    continue
            elif (
                text[f.start : f.end].split()[0].lower() in foreign_stop_words()
                or any(
                    len(w) > 2
                    and is_english(w, english)
                    and w not in first
                    and w not in last
                    and w not in _WORD_SURNAMES
                    and w not in particle_joined
                    and not _PARTICLE_WORD.fullmatch(w)
                    for w in words[1:]
                )
                or _common_words_only(words[1:] if words[0] in COURTESY else words, foreign)
                # "Veuillez agréer": a common word of another language opens it, and no
                # word is a known name ("Çağrı Aydın": a Turkish word, and a given name)
                or (
                    f.recognizer == "spacy_ner"
                    and words[0] in foreign
                    and not _is_name_word(words[0])
                    and not any(w in first or w in last for w in words[1:])
                )
            ):
                continue
        out.append(f)
    return out


# the endings of the international nonproprietary names of common medicines, in the
# languages' spellings ("sertraline", "Sertralin", "sertralina"): no given name or surname
# of seven letters or more ends so (the lists are checked as well)
_DRUG_WORD = re.compile(
    r"(?i)[^\W\d_]{3,}(?:azepam|azolam|oxetin|tralin|(?:tia|za|ze)pin|peridon|prazol|"
    r"conazol|nidazol|statin|sartan|pril|olol|cillin|mycin|floxacin|tidin|dipin|gliptin|"
    r"nafil|dafil|triptan|profen|etamol|formin|lukast|tiazem|semid|thiazid|pramin|"
    r"triptylin|xaban|heparin|setron|coxib|vudin|navir|tegravir|trigin|bamat|barbital|"
    r"codon|morphon|fentan|alopram|faxin|gabalin)(?:e|a|o|um|i)?$"
)
# a dose after the word: "Sertralin 50 mg 1x1", "Quetiapina 25 mg"
_DOSE_AFTER = re.compile(
    r"[ \t]+\d{1,4}(?:[.,]\d{1,3})?[ \t]?(?:mg|mcg|µg|ug|ml|mL|g|IU|IE|units?)(?![\w/-])"
)


def _drug(text: str, f: Finding, first: frozenset[str], last: frozenset[str]) -> bool:
    """Whether a PERSON span is a medicine: a dose follows it, or a word of seven letters or
    more ends as medicines' names do and no list knows it as a name."""
    if _DOSE_AFTER.match(text, f.end):
        return True
    return any(
        len(w) >= 7 and _DRUG_WORD.fullmatch(w) and w.lower() not in first and w.lower() not in last
        for w in _NAME_WORD.findall(text[f.start : f.end])
    )


# a form's cue before a word ("Patient Identifier:", "Name, Strength"), not a greeting's
_FORM_CUE_BEFORE = re.compile(r"(?i)\b(?:patient|name|employee|candidate)[,:]?[ \t]+$")
_WEEKDAY_MONTH = re.compile(
    r"(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|"
    r"fri|sat|sun)\.?,? (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_FORM_KEY_AFTER = re.compile(r"[:,]| (?:des|der)\b")
# a diagnosis's ICD-10 code after it: "Arterielle Hypertonie (I10)", "Asthma (J45.909)"
_ICD_CODE_AFTER = re.compile(r"[ \t]*\([ \t]*[A-TV-Z]\d{2}(?:\.\d{1,4})?[ \t]*\)")
# a capital and a dot glued to the word: "D.Lgs.", "S.p.A."
_ABBREVIATION_PART = re.compile(r"(?<![\w.])[A-Za-z]\.$")


_LIST_GOES_ON = re.compile(r"[,;] | [-–—] ")


_NAME_KEY = re.compile(
    r"(?i)name|given|family|surname|^(?:first|last)$|nom|nome|apellid|namn|naam|navn|nimi|"
    r"jm[ée]no|p[řr][íi]jmen[íi]|imi[ęe]|nazwisko|ad[ıi]|soyad"
)


def _role_key_word(header: str, value: str, etype: EntityType, english: frozenset[str]) -> bool:
    """An English word under a role's key ("Instructor: Staff", "Assigned to: Unassigned"):
    a placeholder, no one's name. A key that asks for a name ("family_name": "Price") is
    believed."""
    if etype is not EntityType.PERSON or not english or _NAME_KEY.search(header):
        return False
    low = value.lower()
    if not _NAME_WORD.fullmatch(value) or not is_english(low, english):
        return False
    first, last = name_lists()
    return low not in first and low not in last and low not in WORD_GIVEN_NAMES


def _bare_name_thing(header: str, value: str) -> bool:
    """A bare "name" key over one word no list knows as a name: a thing's name ('"os":
    {"name": "Linux"}', '<Data Name="Status">'), not a person's; an SMS's short sender id."""
    key = header.strip().lower()
    first, last = name_lists()
    if key == "sender" and len(value) <= 11:
        # an SMS's alphanumeric sender id (eleven characters at most) is a brand's
        # ("sender":"Albion Mobi"); a person's only as a known given name and surname
        words = [w.lower() for w in value.split()]
        return not (len(words) > 1 and words[0] in first and words[-1] in last)
    if key != "name" or not _NAME_WORD.fullmatch(value):
        return False
    return value.lower() not in first and value.lower() not in last


def _one_word_no_name(
    text: str, f: Finding, english: frozenset[str], first: frozenset[str], last: frozenset[str]
) -> bool:
    """A one-word PERSON span that is something else: a camel-case identifier, a user
    handle, a short lowercase word, a month before a day, a form's key, or a table header's
    next column."""
    value = text[f.start : f.end]
    if _identifier(value, english, first, last) or _handle(value, english, first, last):
        return True
    if not _NAME_WORD.fullmatch(value):
        return False
    if f.recognizer == "spacy_ner" and len(value) <= 3 and value.islower():
        return True  # "Atención al cliente": a short lowercase word the model took for one
    if _month_day(text, f) or (f.recognizer in _WORDY_NAMES and _form_key(text, f, english, first)):
        return True
    # "Receiver Name     Routing", "Full name    Age": a table's header row, the next
    # column's English word after a column gap
    low = value.lower()
    if (
        f.recognizer == "person_intro"
        and _FORM_CUE_BEFORE.search(text, max(0, f.start - 12), f.start)
        and (is_english(low, english) or low in foreign_words())
        and _FORM_KEY_AFTER.match(text, f.end)
        and low not in first
        and low not in last
    ):
        return True  # "Patient Identifier:", "Name, Strength", "Name, Vorname": form words
    return (
        f.recognizer == "person_intro"
        and _COLUMN_GAP.search(text, max(0, f.start - 8), f.start) is not None
        and is_english(low, english)
        and low not in first
    )


_KEY_START = re.compile(r"(?:^|\n|\t|  |\| ?)[ \t]*$")
_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAY_AFTER = re.compile(r" {1,2}\d{1,2}\b")


def _form_key(text: str, f: Finding, english: frozenset[str], first: frozenset[str]) -> bool:
    """One English word opening a field and closed by a colon, once in the text: a form's
    key ("Remarks:", "Judge:", "Flight:"), not a speaker (who speaks more than once) and not
    a given name ("Hunter:")."""
    word = text[f.start : f.end]
    low = word.lower()
    return (
        text[f.end : f.end + 1] == ":"
        and is_english(low, english)
        and low not in first
        and _KEY_START.search(text, max(0, f.start - 3), f.start) is not None
        and text.count(word + ":") == 1
    )


def _month_day(text: str, f: Finding) -> bool:
    """ "Mar  9 11:49:35", "Thu Jun 19 11:30:44": a month's abbreviation before a day."""
    return (
        text[f.start : f.end].lower() in _MONTH_ABBR and _DAY_AFTER.match(text, f.end) is not None
    )


_COLUMN_GAP = re.compile(r"(?:\t| {2,})$")
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*)+")
_HUMP = re.compile(r"[A-Z][a-z]*")
# first humps of names written in camel case: McKenzie, MacDonald, DeShawn, LaToya, DiCaprio
_NAME_HUMPS = frozenset("mc mac de di da du la le van von fitz st o".split())


def _identifier(
    value: str, english: frozenset[str], first: frozenset[str], last: frozenset[str]
) -> bool:
    """A camel-case identifier, not a name: "WorkstationName", "TargetUserName", "IpPort"
    (XML attributes, JSON keys, log fields). A later hump is an English word of three letters
    or more, the first hump is no name's prefix, and the whole is no known name ("RaShad")."""
    if not _CAMEL.fullmatch(value):
        return False
    humps = [h.lower() for h in _HUMP.findall(value)]
    low = value.lower()
    if humps[0] in _NAME_HUMPS or low in first or low in last:
        return False
    return any(len(h) >= 3 and is_english(h, english) for h in humps[1:])


def _handle(
    value: str, english: frozenset[str], first: frozenset[str], last: frozenset[str]
) -> bool:
    """A lowercase user handle, not a name: "bytewitch", "pgwhisperer", "zerocool" (chat
    exports' speakers): one word, no known name, made of two English or technical words
    (one of four letters or more) or of an abbreviation and such a word."""
    if not value.isalpha() or not value.islower() or len(value) < 7:
        return False
    if value in first or value in last:
        return False

    def word(w: str) -> bool:
        return w in TECH_WORDS or is_english(w, english)

    for i in range(2, len(value) - 1):
        a, b = value[:i], value[i:]
        if a in _ABBREVS and len(b) >= 4 and word(b):
            return True
        if len(a) >= 3 and len(b) >= 3 and max(len(a), len(b)) >= 4 and word(a) and word(b):
            return True
    return False


_ABBREVS = frozenset("pg db ops dev sys net js py go k8s".split())


# words that make a name an institution's wherever they stand in it
_INSTITUTIONS = frozenset(
    """hospital clinic krankenhaus klinik klinikum spital hôpital hopital ospedale clínica
    clinica szpital przychodnia praxis ziekenhuis hospitál policlinico poliklinik zentrum
    centro centre center universität universidad università université university
    uniwersytet universiteit stiftung fundación fundação fondazione fondation ministerio
    ministère ministero ministerium consulado consulat konsulat generalkonsulat consolato
    consulate embassy embajada ambassade botschaft ambasciata embaixada ayuntamiento
    municipio gemeente kommune kommun rathaus mairie comune prefeitura""".split()
)


def _without_role(text: str, f: Finding) -> Finding:
    """``f`` without a role word or a courtesy title in front ("Claimant Eze" -> "Eze",
    "Agent Juan" -> "Juan", "Frau Oliveira" -> "Oliveira"), in another language too ("Monteur
    Jeroen": a common word, then a known given name)."""
    value = text[f.start : f.end]
    head, _, rest = value.partition(" ")
    low = head.lower()
    if not rest:
        return f
    if low not in ROLE_WORDS and low.rstrip(".") not in COURTESY:
        first, last = name_lists()
        nxt = rest.split()[0].lower()
        if not (
            low in foreign_words()
            and low not in first
            and low not in last
            and nxt in first
            and rest[:1].isupper()  # "Viaggi del Sole": a firm's name goes on in lowercase
        ):
            return f
        if is_place([w.lower() for w in value.split()]):
            return f  # "São Paulo"
    s = f.start + len(value) - len(rest.lstrip())
    return Finding(
        f.entity_type, s, f.end, f.score, f.recognizer, f.explanation + "; role word cut"
    )


# a sentence or a line opens right before: ". ", "\n", "- "
_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*|[-*•]\s+)$")


def _car(parts: list[str], first: frozenset[str]) -> bool:
    """A make and a model, not a person: "Nissan Altima", "Nissan Leaf", "Mercedes-Benz C";
    a make that is also a given name needs a model that is no name ("Mercedes Garcia" and
    "Kia" alone are people)."""
    if not parts or parts[0] not in CAR_MAKES:
        return False
    if parts[0] not in first:
        return len(parts) > 1 or parts[0] not in surnames()
    return len(parts) > 1 and not any(_is_name_word(p) for p in parts[1:])


def _is_name_word(low: str) -> bool:
    first, last = name_lists()
    return low in first or low in last


# the formal "you" of other languages, capitalized mid-sentence ("erreichen Sie uns")
_FORMAL_YOU = frozenset({"sie", "ihnen", "usted", "ustedes", "vous"})


# recognizers whose names ordinary words may explain ("To: New Business <nb@x.com>")
_WORDY_NAMES = frozenset({"name_gazetteer", "spacy_ner", "email_display_name"})


# a span ending in a particle, and the rest of a key after it: "Lieu de" + " naissance:"
_PARTICLE_END = re.compile(r" (?:de|di|da|du|del|della|do|dos|des)$")
_KEY_REST = re.compile(r"[ \t]+[^\W\d_A-Z][^\W\d_]*(?: [^\W\d_A-Z][^\W\d_]*){0,2}[ \t]*:")


# endings of German nouns of fields, qualities and things, which no name has
_NOUN_SUFFIX = re.compile(
    r"(?:ologie|ografie|graphie|heit|keit|schaft|tät|ismus|ierung|summe|genetik|medizin|nomie)$"
)


def _fold(word: str) -> str:
    """``word`` lowercased as the word lists spell it: Turkish "İ" lowercases to "i" and a
    combining dot, which is dropped ("İsteyen" -> "isteyen")."""
    return word.lower().replace("\u0307", "")


def _foreign_key(text: str, f: Finding, foreign: frozenset[str], last: frozenset[str]) -> bool:
    """A span of two words or more before a colon whose last word is a common word of
    another language and no surname ("Alma Tarihi:", Turkish for "sampling date")."""
    if text[f.end : f.end + 1] != ":":
        return False
    words = text[f.start : f.end].split()
    tail = _fold(words[-1])
    return len(words) > 1 and tail in foreign and tail not in last


def _compound_noun(
    w: str, foreign: frozenset[str], english: frozenset[str], last: frozenset[str]
) -> bool:
    """A long word made of two words ("hausbesuch", "personalausweis", "schuldnerberatung",
    "klagepartei"): a German compound noun, capitalized like a name (the caller asks that
    no word of the span is a known name). Its second part is a common word of another
    language of five letters or more; its first part a word of any list, or one with the
    linking "s" ("unterhaltszahlungen")."""
    if len(w) < 9:
        return False
    if _NOUN_SUFFIX.search(w):
        return True  # "Gynäkologie", "Prüfsumme", "Humangenetik": a field's or a thing's noun
    for k in range(3, len(w) - 4):
        tail = w[k:]
        if tail not in foreign:
            continue
        for head in (w[:k], w[: k - 1] if w[k - 1] == "s" else ""):
            if head and (head in foreign or head in last or is_english(head, english)):
                return True
    return False


def _common_words_only(words: list[str], foreign: frozenset[str]) -> bool:
    """Is every word a common word of another language (no known name) or a particle, and
    one at least such a word?"""
    first, last = name_lists()
    common = [w in foreign and w not in first and w not in last for w in words]
    return any(common) and all(
        c or len(w) == 1 or _PARTICLE_WORD.fullmatch(w) for c, w in zip(common, words, strict=True)
    )


# letters after a name: degrees and titles, not places ("Ngozi Nagy, MD", "Nabil Toure, Esq.")
_POSTNOMINALS = frozenset(
    "esq esquire phd md do rn np pa dds dmd jd cpa mba mph msn bsn lcsw facs pharmd dpm od "
    "aprn fnp cpnp dnp dvm llm cfa pe ret jr sr ii iii iv".split()
)
_PLACE_CODES = frozenset({*REGION_CODES, "US", "USA", "UK", "UAE", "EU", "NYC", "LA", "DC"})
_CAPTION_PARTY = re.compile(r"\bvs?\. $")
_AFTER_NAME = re.compile(r"[^\W\d_][\w'’.-]*,\s?$")


def _not_places(text: str, findings: list[Finding], english: frozenset[str]) -> list[Finding]:
    """Drop places the model made of the letters after a name ("Nagy, MD", "Toure, Esq.") or
    of one word of another language ("Monsieur", "trois") that is no known place, and make
    the party after "v." in a case caption a person ("State v. Adeyemi")."""
    if not english:
        return findings
    foreign = foreign_words()
    lang: list[bool] = []  # whether the text is in another language, once asked
    out = []
    for f in findings:
        if (
            f.entity_type is EntityType.PERSON
            and " " not in (word := text[f.start : f.end])
            and word.lower() in function_words()
            and not is_english(word.lower(), english)
            and _other_language(text, english, lang)
        ):
            continue  # "Til: Ole Østby", "Har du spørsmål": a word of the letter's language
        if (
            f.entity_type is EntityType.LOCATION
            and text[f.start : f.end].lower() in _INSTITUTION_HEADS
            and _OF_AFTER.match(text, f.end)
        ):
            continue  # "Centro de Salud", "Hospital de Clínicas": an institution's name
        if f.recognizer != "spacy_ner" or f.entity_type not in _NAMED:
            out.append(f)
            continue
        value = text[f.start : f.end]
        if value.lower() in NOT_NAMED:  # "experience in Python", "paid by Mastercard"
            continue
        if f.entity_type is EntityType.LOCATION:
            words = [w.lower() for w in _NAME_WORD.findall(value)]
            if not words or any(c.isdigit() for c in value):
                continue
            if len(value) <= 3 and value.isupper() and value not in _PLACE_CODES:
                continue  # "SpO2 98% RA" (room air): letters, not a place
            if in_time_zone_id(text, f.start, f.end):
                continue  # "TZID=America/New_York", "tz=America/Chicago"
            if value[:1].islower():
                continue  # "conf #4775...": the model's lowercase "place" is a word
            if (
                len(words) == 1
                and words[0] in _POSTNOMINALS
                and _AFTER_NAME.search(text, max(0, f.start - 40), f.start)
            ):
                continue
            if (
                len(words) == 1
                and (
                    words[0] in foreign or words[0] in foreign_stop_words() or words[0] in COURTESY
                )
                and not is_place(words)
            ):
                continue  # "Monsieur", "trois", "Sehr": words of another language, no place
            if len(words) == 1 and words[0] in _FORM_WORDS:
                continue  # "Name, Address, City:", "Relationship to Policyholder": a label
            if (
                len(words) == 1
                and words[0] in ORG_WORDS
                and value not in _SAINT
                and not is_place(words)
            ):
                continue  # "Mama Rosa's Pizzeria": the kind of a business, no place
            if len(words) > 1 and words[0] in foreign_stop_words() and not is_place(words):
                continue  # "Die Zahlung erfolgt": an article and a noun of another language
            if value in _SAINT:
                # the model's "St." alone: "St. Louis", "St. Paul, MN" are the place; "St.
                # Luke Regional" (a hospital) is none
                m = _SAINT_NEXT.match(text, f.end)
                if m is None or m.group(1).lower() in ORG_WORDS:
                    continue
                why = f.explanation + "; with the saint's name after it"
                f = Finding(EntityType.LOCATION, f.start, m.end(), 0.86, f.recognizer, why)
            if len(words) == 1 and not is_place(words) and _other_language(text, english, lang):
                continue  # "Fortschritte in Spontansprache": the English model misreads a
                # German noun as a place; in another language only known places count
            if _CAPTION_PARTY.search(text, max(0, f.start - 8), f.start):
                # "State v. Adeyemi": the other party of a case caption is a person
                why = f.explanation + "; a party after 'v.' in a case caption"
                f = Finding(EntityType.PERSON, f.start, f.end, f.score, f.recognizer, why)
        out.append(f)
    return out


# words that open an institution's name before "de"/"di"/"do" ("Centro de Salud")
_INSTITUTION_HEADS = frozenset(
    "centro hospital clínica clinica instituto istituto colegio colégio escuela escola "
    "universidad universidade università universita ospedale policlinico casa".split()
)
_OF_AFTER = re.compile(r" (?:de|di|do|da|del|della|dos|das) [A-Z]")
_SAINT = frozenset({"St.", "St", "Ste.", "Ste"})
_SAINT_NEXT = re.compile(r" ([A-Z][a-z]+)(?![\w'’-]| [A-Z])")
_TEXT_WORD = re.compile(r"[^\W\d_]+")


_SECRETS = frozenset({EntityType.GENERIC_SECRET, EntityType.PASSWORD})


def _hashed(text: str, f: Finding) -> bool:
    """A secret's hash ("hmac-sha256:6b3c...", as audit logs write tokens): no secret."""
    return f.entity_type in _SECRETS and text.startswith(_HASH_PREFIXES, f.start)


_HASH_PREFIXES = ("hmac-sha256:", "hmac-sha1:", "sha256:", "sha1:", "sha512:", "md5:")
_SIDE_OF_BODY = re.compile(r"[LR](?:\. ?| )[a-z]{2,12}")


def _body_side(text: str, f: Finding) -> bool:
    """A side of the body ("L arm", "R deltoid" in a clinical table) is no place, whichever
    rule took it for one (the model, a "Site" column)."""
    return f.entity_type is EntityType.LOCATION and bool(
        _SIDE_OF_BODY.fullmatch(text, f.start, f.end)
    )


# words of a form's labels, never a place
_FORM_WORDS = frozenset(
    "address addresses policyholder subscriber insured beneficiary guarantor patient "
    "applicant claimant respondent petitioner suffix zip postcode".split()
)


def _other_language(text: str, english: frozenset[str], memo: list[bool]) -> bool:
    """Whether most of ``text`` is in another language than English: one word in eight or
    more a stop word of German, Spanish, French, Portuguese, Italian or Dutch that is no
    English word ("und", "mit", "para"; not "in", "a", "die")."""
    if not memo:
        stops = function_words()
        words = _TEXT_WORD.findall(text[:4000])
        hits = sum(1 for w in words if (low := w.lower()) in stops and not is_english(low, english))
        memo.append(len(words) >= 20 and hits * 8 >= len(words))
    return memo[0]


_CAP_WORD = re.compile(r"[^\W\d_]{2}[\w'’-]*")  # capitalized: checked where used
_LOWER_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
_CAP_NEXT = re.compile(r"\s?[A-Z]")


def _names_again(text: str, findings: list[Finding], english: frozenset[str]) -> list[Finding]:
    """A name found once is a name where it comes back: "Magnus Clark ... - Magnus: lean
    no." Each capitalized word of a found PERSON (not an English word, not a place) is a
    PERSON wherever else it stands alone in the document: not inside another finding and
    not part of a longer proper noun ("Clark Street")."""
    words: set[str] = set()
    first, last = name_lists()
    for f in findings:
        if f.entity_type is EntityType.PERSON:
            value = text[f.start : f.end]
            # a name typed in lowercase ("<youssef> ..."), comes back in lowercase
            lower = value.islower()
            for w in (_LOWER_WORD if lower else _CAP_WORD).findall(value):
                low = w.lower()
                if (
                    len(w) >= 3
                    and (lower or (w[0].isupper() and w[1].islower()))  # "Pádraig", not "MRN"
                    and not is_english(low, english)
                    and not is_place([low])
                    and (not lower or low in first or low in last)  # not "sha" of "sha=7a90f22"
                ):
                    words.add(w)
    if not words:
        return findings
    taken = sorted((f.start, f.end) for f in findings)
    starts = [s for s, _ in taken]
    added = []
    for s, e in _occurrences(text, words):
        i = bisect.bisect_right(starts, s) - 1
        if (i >= 0 and taken[i][1] > s) or (i + 1 < len(taken) and taken[i + 1][0] < e):
            continue  # inside or against another finding
        if _CAP_NEXT.match(text, e) or (s >= 2 and text[s - 2 : s - 1].isupper()):
            continue  # part of a longer proper noun
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@._/-"):
            continue
        if e < len(text) and text[e] in "@_/=":
            continue
        why = "name_in_document: a word of a name found elsewhere in the text"
        added.append(Finding(EntityType.PERSON, s, e, 0.7, "name_in_document", why))
    return sorted(findings + added, key=lambda f: (f.start, f.end)) if added else findings


def _occurrences(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Where ``words`` stand in ``text`` as whole words, as ``re.finditer`` of
    ``\b(?:w1|w2|...)\b`` (sorted alternatives) finds them: leftmost first, the first
    alternative that fits at a position, no overlaps. By ``str.find``: a regex built per
    document missed ``re``'s cache and its compilation was 3% of detection."""

    def wordy(c: str) -> bool:
        return c.isalnum() or c == "_"

    hits: list[tuple[int, int, str]] = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            e = i + len(w)
            start_ok = (i > 0 and wordy(text[i - 1])) != wordy(w[0])
            end_ok = (e < len(text) and wordy(text[e])) != wordy(w[-1])
            if start_ok and end_ok:
                hits.append((i, e, w))
            i = text.find(w, i + 1)
    hits.sort(key=lambda h: (h[0], h[2]))  # at one position, the first alternative wins
    out: list[tuple[int, int]] = []
    for s, e, _ in hits:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


# what joins a date and a time of day written as one moment: "25 December @ 2:00 p.m.",
# "6:00 PM on 2024-05-31", "4/22/25 from 9:00am", "Jun 12, 2:00 PM"
# the words that join a date and its time: "3/12/2025 at 4:43 PM", "16/07/2025 alle 09:28",
# "2 sierpnia 2023 o godz. 15:30", "25 Temmuz 2022 saat 15:45", "6.7.2022 klo 13.15"
_TIME_JOIN = r"@|at|um|à|às|a las|alle|ore|om|kl\.|klo|klockan|klokken|saat|(?:o )?godz\."
_DATE_JOIN = re.compile(rf"^(?:,? ?(?:{_TIME_JOIN}|from|on|,) ?| )$", re.I)
# a time range's other end: "December 12, 2023 from 4:00 to 7:00 PM" holds a date and two
# times, where "18 Oct 2024 from 12:00" is one date and time
_RANGE_GOES_ON = re.compile(r" ?(?:to|until|till|[-–]) ?\d")


# what may end the first part of a name cut in two: an initial, a surname particle
_NAME_CUT = re.compile(
    r"(?:\b[A-Z]\.|\b(?:de|De|del|Del|della|di|Di|da|Da|van|Van|von|Von|der|la|La|le|Le|"
    r"bin|binti|al|el|dos|das|du|Du))$"
)


def _join_name_parts(text: str, findings: list[Finding]) -> list[Finding]:
    """One name that two rules cut in two, after an initial or a particle: "Xiaoling Z." and
    "Nguyen-Tran", "Alessandro D. De" and "Luca"."""
    if sum(f.entity_type is EntityType.PERSON for f in findings) < 2:
        return findings
    return merge_adjacent(
        text,
        findings,
        EntityType.PERSON,
        lambda gap, prev, f: (
            (gap == " " and bool(_NAME_CUT.search(text, prev.start, prev.end)))
            or (gap == ", " and _one_field(text, prev, f))
        ),
        "with the rest of the name after it",
    )


# what opens and closes a table's field: a quote, a box-drawing or pipe border, a tab, a
# column gap, a line's start or end
_FIELD_OPEN = re.compile(r"(?:\A|[\n\"'│|\t(\[]|  ) ?\Z")
_FIELD_CLOSE = re.compile(r" ?(?:\Z|[\n\"'│|\t)\]]|  )")


def _one_field(text: str, prev: Finding, f: Finding) -> bool:
    """Whether "Carter" and "Elizabeth" in "Carter, Elizabeth" fill one field of a table, a
    dump or a quoted value: then they are one name, "Last, First" (in prose the comma may
    part two people)."""
    value = text[prev.start : f.end]
    before, after = text[prev.start : prev.end].split(), text[f.start : f.end].split()
    if len(before) > 1 and len(after) > 1 and all(is_given_name(w[0]) for w in (before, after)):
        return False  # "Elisa Colombo, Seo-yeon Jung": two people, each given name first
    return (
        value.count(",") == 1
        and len(value.split()) <= 4
        and _FIELD_OPEN.search(text[max(0, prev.start - 3) : prev.start]) is not None
        and _FIELD_CLOSE.match(text[f.end : f.end + 3]) is not None
    )


_TIME_AFTER = re.compile(
    rf"(?:,? ?(?:{_TIME_JOIN})| ?,) "
    r"((?:[01]?\d|2[0-3])(?::[0-5]\d(?: ?[AaPp]\.?[Mm]\b\.?| Uhr\b)?|h[0-5]\d)"
    # a dot between hours and minutes only after a clock word ("klo 13.15", "um 10.30 Uhr"):
    # after a bare comma "12.50" is an amount
    r"|(?:(?<=klo )|(?<=kl\. )|(?<=um ))(?:[01]?\d|2[0-3])\.[0-5]\d(?: Uhr\b)?)(?![\d:])"
)


def _join_date_and_time(text: str, findings: list[Finding]) -> list[Finding]:
    """A date and a time of day next to each other are one DATE_TIME; a clock time after a
    date and a joining word ("16/07/2025 alle 09:28", "15. Mai 2024, 10:15") is that date's
    even where no rule found the time alone (a bare "09:28" needs context)."""
    starts = {f.start for f in findings}
    out = []
    for f in findings:
        if (
            f.entity_type is EntityType.DATE_TIME
            and (m := _TIME_AFTER.match(text, f.end))
            and not any(f.end < s < m.end() for s in starts)
            and any(c.isdigit() for c in text[f.start : f.end])
        ):
            f = Finding(
                f.entity_type,
                f.start,
                m.end(1),
                f.score,
                f.recognizer,
                f.explanation + "; with the time after it",
            )
        out.append(f)
    return merge_adjacent(
        text,
        out,
        EntityType.DATE_TIME,
        # a bare comma separates two cells of a CSV row ("05/05/2024,09/20/2024")
        lambda gap, _prev, f: (
            len(gap) <= 10
            and gap != ","
            and bool(_DATE_JOIN.match(gap))
            and not ("from" in gap.lower() and _RANGE_GOES_ON.match(text, f.end))
        ),
        "with the time of day next to it",
    )


# a loyalty programme's words, and a health plan's: "member_id|...|tier|points" in a store's
# export is a customer's card number
_LOYALTY = re.compile(
    r"(?i)\b(?:loyalty|rewards?|points|fid[ée]lit[ée]|fedelt[àa]|kundenkarte|bonuskarte|payback|"
    r"cagnotte|klantenkaart|kundklubb|bonuspunkte|punti)\b"
)
_HEALTH = re.compile(
    r"(?i)\b(?:health|insurance|insurer|medical|patient|copay|deductible|payer|medicaid|"
    r"medicare|krankenkasse|krankenversicherung|mutuelle|sanitari[ao]|saúde|salud|hospital|"
    r"clinic|dental|pharmacy|benefits?|coverage|subscriber)\b"
)


def _loyalty(text: str) -> bool:
    return _LOYALTY.search(text) is not None and _HEALTH.search(text) is None


_USER_AGENT = re.compile(r"Mozilla/\d[^\n\"]*")
_NAMED = frozenset({EntityType.PERSON, EntityType.LOCATION})


def _inside_any(f: Finding, spans: list[tuple[int, int]]) -> bool:
    return any(s <= f.start and f.end <= e for s, e in spans)


def _person_in(f: Finding, spans: list[tuple[int, int]]) -> bool:
    return f.entity_type is EntityType.PERSON and any(s <= f.start and f.end <= e for s, e in spans)


def _inside(starts: list[int], ends: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_right(starts, s) - 1
    return i >= 0 and e <= ends[i] and not (starts[i] == s and ends[i] == e)


def _drop_inside_addresses(findings: list[Finding]) -> list[Finding]:
    """A city or a street name inside a street address is part of the address, however
    confident the gazetteer is about it alone ("Bahnhofstraße 126, 97334 Leipzig")."""
    starts, ends = _address_union(findings)
    if not starts:
        return findings
    addresses = [f for f in findings if f.entity_type is EntityType.ADDRESS]
    return [
        f
        for f in findings
        if (
            f.entity_type not in (EntityType.LOCATION, EntityType.PERSON)
            or not _inside(starts, ends, f.start, f.end)
        )
        # an address read whole by a pattern outranks a shorter piece of it ("Rua Oscar
        # Freire, 3119" under its key, the district and postcode lines below it)
        and not (
            f.entity_type is EntityType.ADDRESS
            and any(
                g.start <= f.start and f.end <= g.end and g.end - g.start > f.end - f.start
                for g in addresses
                if g.score >= 0.85 and g.recognizer != "address_key"
            )
        )
    ]


# the second line of a printed address block
# the country line that may close an address block
_COUNTRIES = (
    "United Kingdom|UK|U\\.K\\.|England|Scotland|Wales|Northern Ireland|Ireland|United States|"
    "United States of America|USA|U\\.S\\.A\\.|Canada|Australia|New Zealand|Germany|Deutschland|"
    "France|Netherlands|Nederland|The Netherlands|Spain|España|Italy|Italia|Portugal|Brazil|Brasil|"
    "Mexico|México|India|South Africa|Singapore|Japan|Sweden|Sverige|Norway|Norge|Denmark|"
    "Danmark|Finland|Suomi|Poland|Polska|Austria|Österreich|Switzerland|Schweiz|Suisse|Belgium|"
    "Belgique|België|Türkiye|Turkey|Greece|Czechia|Czech Republic|Nigeria|Kenya|Philippines|"
    "South Korea|Korea|China|Argentina|Chile|Colombia|Peru|United Arab Emirates|UAE|Israel"
).split("|")
_COUNTRY_LINE = (
    "(?:"
    + "|".join(sorted({*_COUNTRIES, *(c.upper() for c in _COUNTRIES)}, key=len, reverse=True))
    + ")"
)
_CITY_LINE = re.compile(
    # a unit line may stand between the street and the city: "Apt 30A", "Suite 1960", "#618"
    r"(?:[ \t]*\n[ \t]*(?:(?:Apt|Apartment|Unit|Suite|Ste|Floor|Fl|Room|Rm|Bldg|Building)\.?"
    r"[ \t]?#?|#)[A-Za-z0-9-]{1,8}(?=[ \t]*\n))?"
    r"[ \t]*\n[ \t]*(?:"
    r"[A-ZÀ-ÝĀ-Ž][\w'’.-]*(?: [A-ZÀ-ÝĀ-Ž][\w'’.-]*){0,3},? [A-Z]{2,3}\.?,? "
    r"(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)"  # US, CA, AU: Denver, CO 80211
    r"|[A-ZÀ-ÝĀ-Ž][\w'’.-]*(?: [A-ZÀ-ÝĀ-Ž][\w'’.-]*){0,3},?(?: |[ \t]*\n[ \t]*)"
    r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"  # UK: the postcode on the city's line or below it
    r"|(?:\d{4,5}|\d{2}-\d{3}) [A-ZÀ-ÝĀ-Ž][\w'’-]+(?: [A-ZÀ-ÝĀ-Ž][\w'’-]+)?(?: \([A-Z]{2}\))?"
    r"|[A-ZÀ-ÝĀ-Ž][\w'’.-]*(?: [A-ZÀ-ÝĀ-Ž][\w'’.-]*){0,3} - [A-Z]{2},? \d{5}-?\d{3}"  # BR
    r"|[A-ZÀ-ÝĀ-Ž][\w'’ .-]{1,40}, [A-ZÀ-ÝĀ-Ž][\w'’.-]+ \d{5,6}"  # Ikoyi, Lagos 151743
    r")(?:[ \t]*\n[ \t]*" + _COUNTRY_LINE + r")?(?=[ \t]*(?:\n|$|\|))"
)


_STATE_ZIP_END = re.compile(r"\b[A-Z]{2},? \d{5}(?:-\d{4})?$")
_COUNTRY_ONLY = re.compile(r"[ \t]*\n[ \t]*" + _COUNTRY_LINE + r"(?=[ \t]*(?:\n|$))")


def _join_address_lines(text: str, findings: list[Finding]) -> list[Finding]:
    """A street line followed by a city/postcode line is one address (an address block), and
    so is an address with the place written on after it."""
    out: list[Finding] = []
    skip_until = -1
    for f in findings:
        if f.start < skip_until:
            continue
        if f.entity_type is EntityType.ADDRESS:
            # an address that ends in its state and ZIP code has its city line already
            m = (
                None
                if _STATE_ZIP_END.search(text, f.start, f.end)
                else _CITY_LINE.match(text, f.end)
            )
            if m is None and "\n" in text[f.start : f.end]:
                m = _COUNTRY_ONLY.match(text, f.end)  # a block that ends with its country
            if m:
                f = Finding(
                    EntityType.ADDRESS,
                    f.start,
                    m.end(),
                    f.score,
                    f.recognizer,
                    f.explanation + "; with the city line after it",
                )
                skip_until = m.end()
                while out and out[-1].end > f.start and out[-1].start >= f.start:
                    out.pop()
        elif (
            f.entity_type is EntityType.LOCATION
            and out
            and out[-1].entity_type is EntityType.ADDRESS
            and text[out[-1].end : f.start] == ", "
        ):
            # "6552 SL Nijmegen, Nederland": the place written on after the address is its
            # own (its city, its country), part of the address
            a = out.pop()
            f = replace(a, end=f.end, explanation=a.explanation + "; with the place after it")
        out.append(f)
    return out


# a CI pipeline's step: "- name: Slack" and its action or command on the next lines
_YAML_ITEM_NAME = re.compile(r"[ \t]*-[ \t]*name:[ \t]*$")
_STEP_KEY = re.compile(
    r"[ \t]*\r?\n[ \t]+(?:uses|run|with|shell|working-directory|image|script|stage|"
    r"needs|runs-on|timeout-minutes|continue-on-error|env):"
)


def _ci_step_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a CI step's "- name:" (GitHub Actions, GitLab CI)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(_YAML_ITEM_NAME.fullmatch(line)) and _STEP_KEY.match(text, end) is not None


# a venue's word before a name: "Hotel Bellavue Grand", "Séjour The Linden House"
_VENUE_BEFORE = re.compile(
    r"(?:\bThe|\bHotel|\bHôtel|\bVilla|\bCasa|\bPalazzo|\bQuinta|\bPousada|\bHostal|"
    r"\bPension|\bRestaurant|\bCafé|\bCafe"
    # a street, square or institution named after someone: "Corso Vittorio Emanuele II",
    # "Piazza Alessandro Manzoni", "Hospital Beatriz Ângelo", "Colegio San José"
    r"|\b(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Rua|Avenida|Avda\.|Calle|"
    r"Plaza|Paseo|Rue|Boulevard|Avenue|Praça|Travessa|Alameda|Carrer|Passeig|Plaça|ul\.|"
    r"ulica|Aleja|al\.|Platz|Allee|Hospital|Hôpital|Ospedale|Clínica|Klinik|Klinikum|"
    r"Universidad|Università|Universidade|Université|Instituto|Istituto|Institut|Colegio|"
    r"Escola|Escuela|Liceo|Lycée|Collège|Fundación|Fundação|Fondazione|Stiftung|Centro|"
    r"Museo|Museu|Musée|Teatro|Aeroporto|Aeropuerto|Aéroport|Estadio|Stadio|Parque|Parco|"
    r"Iglesia|Chiesa|Église|Igreja|Szpital|Ziekenhuis|"
    # a restaurant named after its cook: "Chez Marcel", "Trattoria da Enzo"
    + "|".join(sorted(w.capitalize() for w in RESTAURANT_FIRST_WORDS))
    + r")(?:[ \t](?:da|di|del|dal|de|do|du|des|chez))?)[ \t]$"
)


_HYPHEN_CHAIN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+){3,}")

_ARABIC_PARTICLE = re.compile(r"(?i)\b(?:al|el|abu|bin|ben|ibn|ould|ul)-([^\W\d_]+)")


def _after_arabic_particle(value: str) -> set[str]:
    """The words of a name joined to an Arabic particle ("Al-Farsi", "Abu-Bakr"): surnames,
    whatever English word they spell ("Farsi")."""
    return {m.group(1).lower() for m in _ARABIC_PARTICLE.finditer(value)}


# a salutation of another language and the title after it, read as a name by the model
_SALUTATION = re.compile(
    r"(?i)(?:gentile|gentili|egregio|egregia|spettabile|estimado|estimada|prezado|prezada|"
    r"geachte|sayın|szanowna|szanowny|szanowni|sehr geehrte|sehr geehrter)\b"
    r"(?: (?:sig|sig\.ra|sigg|dott|dott\.ssa|sr|sra|sres|heer|mevrouw|pani|panie|państwo|"
    r"damen und herren|herren|damen|collega|colega|collègue|kollege|kollegin|cliente|"
    r"clienti|utente|paziente))?\.?$"
)

# the nouns a letter's salutation addresses someone by, never a name alone ("Szanowna Pani",
# "Sehr geehrte Damen und Herren", "Gentile Collega")
_ADDRESSEES = frozenset(
    """pani panie państwo herren damen kollege kollegin collega colleghi colega collègue
    cliente clienti utente paziente signore signori señores senhores heren dames""".split()
)

# surnames the surname list leaves out as English words, that an organisation's word after a
# given name does not explain away: "Min-jun Park", not "Hyde Park"
_WORD_SURNAMES = frozenset({"park"})

# a company's legal form after its name ("Van Dam Wonen B.V.", "Demir Ticaret A.Ş.")
_LEGAL_FORM = re.compile(
    r",?[ \t]+(?:S\.r\.l|S\.p\.A|S\.A\.S|S\.A|S\.L|S\.L\.U|B\.V|N\.V|A\.Ş|Ltda|Sp\. z o\.o|"
    r"S\.à r\.l|S\.n\.c|S\.a\.s|Lda)\.?(?![^\W_])"
)
_NEXT_WORD = re.compile(r"\.?[ \t]+(?:(?:&|and)[ \t]+)?([A-Za-z][\w'’&-]*)")
_ROLE_LABEL = re.compile(
    r"^(?:Front Desk|Reception|Concierge|Agent|Support|Intake|Guest|Caller|Customer|Nurse|"
    r"Operator|Dispatcher|Bot|Assistant|System|Admin)\b[ \t]*"
)


_SHAPED = frozenset({EntityType.PERSON, EntityType.LOCATION, EntityType.ADDRESS})
_KEYED = _SHAPED  # types a "Key: value" line may assert from its key alone
_SECRET_DATA_TYPES = frozenset({EntityType.PASSWORD, EntityType.GENERIC_SECRET})
_DATE_MASKS = frozenset({"MM", "DD", "YY", "YYYY", "HH", "SS"})


# the explanation of a name asserted by a surname's key or column
_SURNAME_FIELD = re.compile(
    r"^column_name: (?:key|column or field) '(?i:surname|last[ _-]?name|family[ _-]?name|"
    r"cognome|nachname|familienname|apellidos?|nom|nom de famille|sobrenome|achternaam|"
    r"nazwisko|soyadı?|efternamn|etternavn|efternavn|sukunimi|příjmení)'"
)


def _clean_persons(text: str, findings: list[Finding]) -> list[Finding]:
    """Last checks on PERSON spans, whichever recognizer found them: a name followed by an
    organisation word is an organisation ("Rosa Parks Elementary", "Keller Williams Realty"),
    a leading role label is not part of the name ("Agent Diego"), and well-known brands
    named after people are not people."""
    out: list[Finding] = []
    for f in findings:
        if f.entity_type is not EntityType.PERSON:
            value = text[f.start : f.end]
            if f.entity_type is EntityType.LOCATION and value in _DATE_MASKS:
                continue  # "(MM/DD/YYYY)" is a date format, not Maldives/Dominica
            if f.entity_type is EntityType.LOCATION and value.lower() in _ANSWERS:
                continue  # "Inside city limits: Yes", "from Unknown": an answer, no place
            out.append(f)
            continue
        s, e = f.start, f.end
        m = _ROLE_LABEL.match(text, s, e)
        if m and m.end() < e:
            s = m.end()
            while s < e and not text[s].isalpha():
                s += 1
        elif m:
            continue  # the whole span is a role label ("Front Desk")
        value = text[s:e]
        if e - s <= 3 and _DEGREE_AFTER.match(text, e):
            continue  # "Au.D.", "Ph.D.": the first letters of a degree
        if _REDACTED.fullmatch(value):
            continue  # "Frau" and a run of X's or asterisks: a redaction mark, no one's name
        nxt = _NEXT_WORD.match(text, e)
        if nxt and ("   " in text[e : nxt.start(1)] or "\t" in text[e : nxt.start(1)]):
            nxt = None  # "Name: Bridget Barrett   Title: DR": the next field's key
        elif nxt and text[e : e + 1] == "." and len(value.split()[-1]) > 2:
            nxt = None  # "report to RN Jürgen. Hospital MRN": the sentence ended
        if nxt and nxt.group(1).lower().rstrip(".,") in ORG_WORDS and nxt.group(1)[0].isupper():
            continue
        if _LEGAL_FORM.match(text, e) or (value.endswith(" S.") and _LEGAL_FORM.match(text, e - 3)):
            continue  # "Almacenes Ortega, S.A.", "Bottega Rinaldi S.r.l.": a company
        if text[e : e + 2] in ("'s", "’s") and (
            (after := _NEXT_WORD.match(text, e + 2))
            and after.group(1).lower().rstrip(".,") in ORG_WORDS
            and after.group(1)[0].isupper()
        ):
            continue  # "Mama Rosa's Pizzeria", "Joe's Diner": a place named after someone
        if _VENUE_BEFORE.search(text, max(0, s - 18), s):
            continue  # "Hotel Bellavue Grand", "The Linden House": a venue's name
        if DR_BRAND.search(text, max(0, s - 4), e + 10):
            continue  # "Dr Pepper", "Dr. Martens", "Dr. Oetker": a brand
        if _HYPHEN_CHAIN.search(value):
            continue  # "Microsoft-Windows-Security-Auditing": an event source, no one's name
        if _SALUTATION.match(value) or value.lower() in _ADDRESSEES:
            continue  # "Gentile Sig.ra": Italian "Dear Mrs", no name; "Szanowna Pani": "Madam"
        if nxt and text[e : nxt.start(1)].strip(" .") == "&":
            # "Hollis & Brandt LLP": a firm of two names
            after = _NEXT_WORD.match(text, nxt.end())
            if after and after.group(1).lower().rstrip(".,") in ORG_WORDS:
                continue
        words = value.split()
        if (
            len(words) > 1
            and (words[0].lower() in ORG_WORDS or words[0].lower() in ORG_FIRST_WORDS)
            and not words[0].endswith(",")
        ):
            continue  # "Dental Arts", "Insurance Carrier", "Villa Karanfil", "Ótica Primavera"
        if len(words) > 1 and words[0].lower() in _STREET_FIRST:
            continue  # "Paseo de Gracia", "Ronda de Triana": a street
        if len(words) > 1:
            # "Maya Angelou Branch", "Franklin Street", "Loan Officer": an organisation, a
            # street or a job title; a given name and a known surname ("Jordan Hall") keep
            # two words a name, and only they ("City Council")
            tail = words[-1].lower().rstrip(".,")
            if tail in _LABEL_WORDS or (
                tail in ORG_WORDS
                and (
                    len(words) > 2
                    or (tail not in surnames() and tail not in _WORD_SURNAMES)
                    or not is_given_name(words[0])
                )
            ):
                continue
            if tail in _LANDFORMS:
                continue  # "Ellis Island", "Monterey Bay": a place's name
            if tail in _ROLE_WORDS and not is_first_name(words[0].lower()):
                continue  # "Registered Nurse", "Deputy Clerk": a job, not "Jordan Nurse"
        elif value.lower() in _ROLE_WORDS:
            continue  # "Librarian (Min-jun):", "Copay estimate"
        low = value.lower()
        if (
            (low in NOT_PERSON or _POSSESSIVE.sub("", low) in NOT_PERSON)
            and not _PERSONAL_TITLE_BEFORE.search(text, max(0, s - 6), s)
            # "cognome: Ferrari", "last_name,Ford": under a surname's key, a surname
            and not (" " not in value and _SURNAME_FIELD.search(f.explanation))
        ):
            continue  # "John Lewis" the shop; "Mr John Lewis" a man
        if text[e : e + 2] in {"'s", "’s"} and (low + "'s") in NOT_PERSON:
            continue
        if s != f.start:
            if e - s < 2:
                continue
            f = Finding(f.entity_type, s, e, f.score, f.recognizer, f.explanation)
        out.append(f)
    return out


_ANSWERS = frozenset({"yes", "no", "n/a", "na", "none", "unknown", "true", "false", "y", "n"})
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_NEXT_COLUMN = re.compile(r"[ \t]*[|;\t]")


def _row_stamp(text: str, f: Finding) -> bool:
    """A bare time of day opening a row of measurements ("07:00 | 120/99 | 94 | 350 |"): the
    row's stamp, as in a log. A schedule's row ("| 07:10 | Jericho Buthelezi | MR99237 |")
    says when someone is expected: its time is a date."""
    if f.entity_type is not EntityType.DATE_TIME or not _CLOCK.fullmatch(text, f.start, f.end):
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    if text[line_start : f.start].strip(" |") or not _NEXT_COLUMN.match(text, f.end):
        return False
    line_end = text.find("\n", f.end)
    cells = [
        c.strip()
        for c in re.split(r"[|;\t]", text[f.end : line_end if line_end >= 0 else len(text)])
    ]
    cells = [c for c in cells if c]
    numeric = sum(1 for c in cells if not any(ch.isalpha() for ch in c))
    return len(cells) >= 3 and numeric * 3 >= len(cells) * 2


# an e-mail's header lines, as sent or quoted in a reply ("From: ...", "Sent: Monday, ...")
_MAIL_FROM = re.compile(r"(?m)^[ \t>]*(?:From|Von|De|Van|Da|Från|Fra|Od|Kimden):[ \t]*\S")
_MAIL_SUBJECT = re.compile(
    r"(?m)^[ \t>]*(?:Subject|Betreff|Objet|Asunto|Oggetto|Assunto|Onderwerp|Ämne|Emne|Temat|"
    r"Konu|Aihe):"
)
_MAIL_DATE = re.compile(
    r"(?m)^[ \t>]*(?:Date|Sent|Gesendet|Datum|Envoyé|Enviado|Inviato|Verzonden|Skickat|Sendt|"
    r"Wysłano|Tarih|Data|Fecha|Date d'envoi):[ \t]*([^\n]+)"
)


def _mail_header_stamps(text: str) -> list[tuple[int, int]]:
    """The date lines of an e-mail's headers: the mail's own stamp, no date it talks about
    (the conventions' "email Date:"); only where a "From:" and a "Subject:" header stand
    within four lines of it."""
    if ":" not in text or not _MAIL_FROM.search(text):
        return []
    out = []
    for m in _MAIL_DATE.finditer(text):
        before = text[max(0, m.start() - 300) : m.start()].split("\n")[-4:]
        after = text[m.end() : m.end() + 300].split("\n")[:4]
        block = "\n".join([*before, *after])
        # a mail's headers: a sender and a subject (a fax cover's "From:" and "Date:" head a
        # document whose date is its own)
        if _MAIL_FROM.search(block) and _MAIL_SUBJECT.search(block):
            out.append(m.span(1))
    return out


def _stamped(f: Finding, stamps: list[tuple[int, int]]) -> bool:
    """A date inside one of a file's own timestamps."""
    return f.entity_type is EntityType.DATE_TIME and any(s <= f.start < e for s, e in stamps)


_DEGREE_AFTER = re.compile(r"\.[A-Z][a-z]?\.")
_REDACTED = re.compile(r"[Xx*#]{2,}(?:[ .-][Xx*#]+)*")
# the first word of a street's name in Romance languages
_STREET_FIRST = frozenset(
    "calle avenida avda paseo ronda plaza camino carrera carrer passeig plaça rua travessa "
    "largo praça avenue rue boulevard chemin allée via viale piazza corso vicolo".split()
)
# the last word of a place's name, never of a person's
_LANDFORMS = frozenset(
    "island islands isle isles bay peninsula canyon valley harbor harbour fjord falls "
    "heights mountains archipelago glacier lagoon".split()
)

_ANIMALS = (
    r"(?:dog|cat|puppy|kitten|pet|horse|pony|parrot|bird|rabbit|bunny|hamster|ferret|tortoise|"
    r"turtle|beagle|terrier|retriever|lab|labrador|shepherd|poodle|bulldog|spaniel|husky|"
    r"chihuahua|dachshund|collie|boxer|pug|tabby|siamese|persian|mix|mutt|gelding|mare)"
)
# "a loyal cat, Oliver", "our dog Max", "Cooper (11y dog)", "Charlie (beagle)", "Sadie is a
# 7-year-old lab mix": an animal's name
_PET_BEFORE = re.compile(rf"(?i)\b{_ANIMALS}s?(?: named| called)?,?[ \t]+$")
_PET_AFTER = re.compile(
    rf"(?i)^(?:[ \t]*\((?:[^()]{{0,24}}\b)?{_ANIMALS}\b[^()]{{0,24}}\)|"
    rf",? (?:is|was) an? (?:\d+[- ](?:year|month|week)s?[- ]old )?(?:[\w-]+ ){{0,2}}{_ANIMALS}\b)"
)


def _pet(text: str, f: Finding) -> bool:
    """Whether a PERSON finding is an animal's name, by the words around it."""
    if f.entity_type is not EntityType.PERSON or " " in text[f.start : f.end].strip():
        return False
    return bool(
        _PET_BEFORE.search(text, max(0, f.start - 24), f.start)
        or _PET_AFTER.match(text[f.end : f.end + 64])
    )


# a key that asks for a place: "Country of birth: France", "State (or foreign country): "
_PLACE_KEY = re.compile(
    r"(?i)\b(?:country|state|city|town|province|county|place|residence|location|nation)\b"
    r"[^:\n]{0,48}:[ \t]*$"
)


def _ner_finding(text: str, s: int, e: int, etype: EntityType, label: str) -> Finding | None:
    cut = _BREAK.search(text, s, e)
    if cut:  # the model sometimes runs an entity across a line break, a gap or an arrow
        e = cut.start()
    # role words the model pulls into a name: "Cardholder Dwayne O'Sullivan"
    while (m := _LEAD_WORD.match(text, s, e)) and m.group(1).lower() in _ROLE_WORDS:
        s = m.end()
    value = text[s:e]
    if e - s < 2:
        return None
    if (
        " " not in value
        and (s == 0 or text[s - 1] == "\n")
        and DATELINE.match(text, e)
        and is_place([value.lower()])
    ):
        # "Valencia, 29-Apr-2024" opening a line: a letter's place and date
        etype = EntityType.LOCATION
        label = "GPE"
    # a lone capitalized word opening a line and followed by ':' is a label ("Trigger: ...")
    if (
        " " not in value
        and text[e : e + 1] == ":"
        and (s == 0 or text[s - 1] == "\n")
        and (not is_first_name(value))
    ):
        return None
    if etype is EntityType.PERSON:
        m = _TITLE.match(value)
        if m:
            s += m.end()
        pm = _POSSESSIVE.search(text, s, e)
        if pm:
            e = pm.start()
        value = text[s:e].strip()
        if (
            not value
            or any(c.isdigit() or c in "@_/=#<>{}[]" for c in value)
            or value.lower() in NOT_PERSON
            or not value[0].isupper()
            or value.split()[-1].lower().rstrip(".,") in _ORG_WORDS
            or (value.isupper() and (" " not in value or len(value) <= 5))
            # "Seen Jun 15, 2025": a month or weekday before its day is a date's
            or (
                value.split()[-1].lower().rstrip(".") in CALENDAR_NAMES
                and text[e : e + 1] == " "
                and text[e + 1 : e + 2].isdigit()
            )
        ):
            return None
    elif any(c in "@_/=#<>{}" for c in value) or value.isdigit():
        return None
    else:
        if value.lower().startswith("the "):
            s += 4
        words = text[s:e].split()
        # "the Netherlands 4 years ago": a place ends before a number or a lowercase word
        for i, w in enumerate(words[1:], start=1):
            if w[0].isdigit() or w[0].islower():
                e = text.index(w, s) - 1
                words = words[:i]
                break
        # a "place" that is a known given name, not after a place preposition, is a person,
        # unless it is a known place standing alone in a table cell ("...;3189;Kenya")
        if (
            words
            and is_first_name(words[0])
            and (len(words) > 1 or not PLACE_PREP.search(text, max(0, s - 24), s))
            and not (
                (
                    whole_cell(text, s, e)
                    or _PLACE_KEY.search(text, max(0, s - 64), s)
                    or ((s == 0 or text[s - 1] == "\n") and DATELINE.match(text, e))
                    # "license E9519469 (Arizona)": a place alone in parentheses
                    or (text[s - 1 : s] == "(" and text[e : e + 1] == ")")
                )
                and is_place([w.lower() for w in words])
            )
        ):
            etype = EntityType.PERSON
    while e > s and not text[e - 1].isalnum() and text[e - 1] not in ".)":
        e -= 1
    if e <= s:
        return None
    return Finding(
        etype, s, e, NER_SCORE[etype], "spacy_ner", f"spacy_ner: {label} in candidate region"
    )
