"""The recognizer registry: YAML files validated by pydantic, compiled once.

A recognizer is patterns + a validator + context words (Presidio's design), declared in YAML
so that users add their own (an employee-id format, a partner's account numbers) without
code. ``recognizers.yaml`` beside this module is the built-in set and the reference example.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from veil.errors import ConfigError
from veil.types import EntityType

from ._validators import PRECHECKS, VALIDATORS, Validator

__all__ = ["Recognizer", "RecognizerSpec", "load_registry"]


# What may stand between a key phrase and its value: "MRN: 123", "account_number=123",
# "licence no. 123", "driver's license I uploaded is 123", "(123)". Use it as {SEP} in YAML.
_OTHER_FIELD = (
    r"(?i:phone|tel|telephone|fax|mobile|cell|services?|e-?mail|address|name|since|dates?|"
    r"dob|birth|hotline|line|portal|website|url|city|state|zip|postcode|type|status|holder)\b"
)
KEY_SEPARATOR = (
    r"(?:[\s_-]*(?:(?i:number|num|nbr|no|nr|id|identifier|code)\b\.?|[nN]\.?[°º]\.?|#))?"
    r"\)?"  # "Photo ID (driver license #): 123"
    r"(?:\s*\([\w .-]{1,20}\))?"  # MRN (site): 123
    # MRN: 123, acct#123, id=123, (123), "mrn": "123", <Mrn>123, Markdown's **MRN:** 123
    r"(?:\*{0,2}[\"']?\s*[:#=(;,>|]\s*(?:\*{1,2}\s*)?"
    r"|[\"']?\s*[:=]\s*\{?\s*[\"']?(?i:number|num|no|id|value)[\"']?\s*[:=]\s*"  # dl: {"number": 1
    # ... I uploaded is 123 (not "member line is 0808 ...": another field's value)
    r"|\s+(?:(?!"
    + _OTHER_FIELD
    + r")[\w'’]+\s+){0,4}?(?i:is|was|reads|of|=|are|shows|as|es|est|ist|è|é|är|er|jest|era)\s*:?\s*"
    # MRN on record: 123 (words on the key's line: "polisnummer 2567\nPatiëntnummer ...: 70"
    # is two fields); words that name another field end the key ("Member services: 1-800-…",
    # "Account holder name: …")
    r"|(?:[ \t]+(?!" + _OTHER_FIELD + r")[^\W\d][\w'’]*){1,3}[ \t]*[:=]\s*"
    r"|\s+[-–—]\s+"  # Customer Account # - 6099549098
    r"|[ \t]*\.{3,}[ \t]*"  # a form's dot leader: "Account number ...... 67563943"
    r"|\s+|_)\\?[\"'(]?"  # an escaped quote in a JSON string: mrn: \"947-718-37\"
)


# An identifier value after its key: letters/digits/dashes (digit groups may be separated by
# single spaces or dots), a digit among the first seven characters. Use it as {ID} in YAML.
ID_VALUE = (
    r"(?=[A-Z0-9 .-]{0,6}\d)[A-Z0-9](?:[A-Z0-9-]|(?<=\d)[ .](?=\d)|(?<=[A-Z0-9]) (?=\d{2})){4,22}"
    r"[A-Z0-9]"
)


# A word boundary before a class of letters beyond ASCII ("\b[A-ZÀ-ÝĀ-Ž]", a street name
# opening with "Ø" or "Ś"). Hyperscan's \b knows ASCII word characters only (its Unicode
# mode rejects \b), so "\nØstergade" holds no boundary for it. The scanner looks for the
# expression without that \b and lets Python's ``re``, whose \b knows Unicode, decide at
# the hit: the same matches as the pure-``re`` scanner.
_UNICODE_EDGE = re.compile(r"\\b(?=\[[^\]]*[^\x00-\x7f])")


class RecognizerSpec(BaseModel):
    """One recognizer as written in YAML."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")
    type: EntityType
    regex: str = Field(min_length=1)
    prefilter: str | None = None
    ignore_case: bool = False
    score: float = Field(default=0.7, ge=0.0, le=1.0)
    validator: str | None = None
    context: list[str] = Field(default_factory=list)
    # a regex that counts as context too, searched in the same lowercased windows as the
    # words (a phone's neighbour e-mail address: "(ana@example.org, 0117 835 4267)")
    context_pattern: str | None = None
    negative_context: list[str] = Field(default_factory=list)
    context_boost: float = Field(default=0.3, ge=0.0, le=1.0)
    retype: dict[EntityType, list[str]] = Field(default_factory=dict)
    retype_scope: Literal["clause", "document"] = "clause"
    prefer: Literal["longest", "shortest"] = "longest"
    deny: list[str] = Field(default_factory=list)
    enabled: bool = True

    @field_validator("type", mode="before")
    @classmethod
    def _upper_type(cls, v: object) -> object:
        return v.strip().upper() if isinstance(v, str) else v

    @field_validator("validator")
    @classmethod
    def _known_validator(cls, v: str | None) -> str | None:
        if v is not None and v not in VALIDATORS:
            raise ValueError(f"unknown validator {v!r}; known: {', '.join(sorted(VALIDATORS))}")
        return v

    @field_validator("regex", "prefilter", "context_pattern")
    @classmethod
    def _compiles(cls, v: str | None) -> str | None:
        if v is not None:
            v = v.replace("{SEP}", KEY_SEPARATOR).replace("{ID}", ID_VALUE)
            try:
                rx = re.compile(v)
            except re.error as e:
                raise ValueError(f"invalid regex: {e}") from None
            if rx.fullmatch("") is not None:
                raise ValueError("regex matches the empty string")
        return v


class RegistryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    recognizers: list[RecognizerSpec]


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation that matches exactly the lowercased ``words``, written as a prefix
    trie: ``(?:ca(?:ll(?:ed|ing)?|ncel)|...)``.

    Python's ``re`` tries a plain alternation's words one after another at every position; a
    200-word context list then costs ~7 us per 48-character window, the trie ~2 us, and the
    scanner searches two windows per candidate. No maintained library builds such patterns
    (``trieregex`` and the like are unmaintained one-file projects), hence these lines. At
    any position the longest word that matches wins, as with the longest-first alternation
    this replaces, so matches are the same."""
    trie: dict[str, dict[str, Any]] = {}
    for w in words:
        node = trie
        for c in w.lower():
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        alts = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        # a word ends here, and longer ones go on: try them first (greedy "?")
        return (body if len(alts) == 1 and len(alts[0]) == 1 else f"(?:{body})") + "?"

    return emit(trie)


def _words_regex(words: list[str], flags: int = 0) -> re.Pattern[str] | None:
    if not words:
        return None
    # a letter of any alphabet bounds a word: "v" (a version's) is no word of "vóór"
    return re.compile(rf"(?<![^\W_])(?:{word_alternation(words)})(?![^\W_])", flags)


@dataclass(frozen=True, slots=True)
class Context:
    """A recognizer's context: its words, and its own ``context_pattern``. Searched apart
    (one regex of both is ~1.5x slower than the two), the leftmost match wins and the words on
    a tie, as in one alternation of words first."""

    words: re.Pattern[str] | None
    pattern: re.Pattern[str] | None

    def search(self, s: str) -> re.Match[str] | None:
        a = self.words.search(s) if self.words is not None else None
        b = self.pattern.search(s) if self.pattern is not None else None
        if a is None:
            return b
        return a if b is None or a.start() <= b.start() else b

    def found(self, s: str) -> bool:
        return bool(
            (self.words is not None and self.words.search(s))
            or (self.pattern is not None and self.pattern.search(s))
        )


def _context_regex(spec: RecognizerSpec) -> Context | None:
    words = _words_regex(spec.context)
    if spec.context_pattern is None:
        return None if words is None else Context(words, None)
    # the pattern's match is a value of its own (an e-mail address): explanations name the
    # group, never its text
    return Context(words, re.compile(f"(?P<context_pattern>{spec.context_pattern})"))


@dataclass(frozen=True, slots=True)
class Recognizer:
    """A compiled recognizer. ``scan_expr`` is what the one-pass scanner looks for;
    ``verify``: the scanner's hit only says where to try ``regex`` (see ``_UNICODE_EDGE``)."""

    spec: RecognizerSpec
    regex: re.Pattern[str]
    has_value_group: bool
    scan_expr: str
    validator: Validator | None
    context: Context | None
    negative: re.Pattern[str] | None
    retype: tuple[tuple[EntityType, re.Pattern[str]], ...]
    deny: frozenset[str]
    verify: bool = False
    # the validator's cheap first checks (see ``PRECHECKS``)
    precheck: Callable[[str, int, int], bool] | None = None

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def entity_type(self) -> EntityType:
        return self.spec.type

    @property
    def keyed(self) -> bool:
        """True when the scanner finds a key and ``regex`` extracts the value after it."""
        return self.spec.prefilter is not None or self.has_value_group

    @classmethod
    def compile(cls, spec: RecognizerSpec) -> Recognizer:
        # with a prefilter, ignore_case is the prefilter's; the regex sets its own (?i:...)
        flags = re.IGNORECASE if spec.ignore_case and spec.prefilter is None else 0
        rx = re.compile(spec.regex, flags)
        rflags = re.IGNORECASE if spec.retype_scope == "document" else 0
        retype = tuple((t, p) for t, ws in spec.retype.items() if (p := _words_regex(ws, rflags)))
        scan_expr = spec.prefilter or spec.regex
        verify = spec.prefilter is None and _UNICODE_EDGE.search(spec.regex) is not None
        if verify:
            scan_expr = _UNICODE_EDGE.sub("", spec.regex)
        return cls(
            spec=spec,
            regex=rx,
            has_value_group="value" in rx.groupindex,
            scan_expr=scan_expr,
            verify=verify,
            validator=VALIDATORS[spec.validator] if spec.validator else None,
            context=_context_regex(spec),
            negative=_words_regex(spec.negative_context),
            retype=retype,
            deny=frozenset(d.lower() for d in spec.deny),
            precheck=PRECHECKS.get(spec.validator or ""),
        )


def _parse(text: str, source: str) -> list[RecognizerSpec]:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        raise ConfigError(f"{where}: invalid YAML: {getattr(e, 'problem', e)}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: expected a mapping with a 'recognizers' list")
    try:
        return RegistryFile.model_validate(raw).recognizers
    except ValidationError as e:
        err = e.errors()[0]
        loc = list(err["loc"])
        where = ".".join(str(p) for p in loc)
        if len(loc) >= 2 and loc[0] == "recognizers" and isinstance(loc[1], int):
            items = raw.get("recognizers") or []
            item = items[loc[1]] if loc[1] < len(items) else None
            name = item.get("name") if isinstance(item, dict) else None
            where = f"recognizer #{loc[1] + 1}" + (f" ({name})" if name else "")
            if len(loc) > 2:
                where += f" field '{'.'.join(str(p) for p in loc[2:])}'"
        raise ConfigError(f"{source}: {where}: {err['msg']}") from None


def builtin_specs() -> list[RecognizerSpec]:
    text = resources.files("veil.detect").joinpath("recognizers.yaml").read_text("utf-8")
    return _parse(text, "recognizers.yaml (built-in)")


def load_registry(extra: Path | str | None = None, *, builtin: bool = True) -> list[Recognizer]:
    """Built-in recognizers plus those of ``extra`` (a YAML file). A user recognizer with a
    built-in's name replaces it; ``enabled: false`` switches one off."""
    specs: dict[str, RecognizerSpec] = {}
    if builtin:
        for s in builtin_specs():
            specs[s.name] = s
    if extra is not None:
        path = Path(extra)
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise ConfigError(f"{path}: cannot read recognizers file: {e}") from None
        for s in _parse(text, str(path)):
            specs[s.name] = s
    return [Recognizer.compile(s) for s in specs.values() if s.enabled]
