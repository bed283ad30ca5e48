"""Column operators: functions from one Polars Series to another, so the same code runs
locally and, later, in Spark ``mapInArrow``. Keyed operators (fake, hash, encrypt,
tokenize) take their keys from the keyring through an :class:`OperatorContext`; work is
done once per distinct value and mapped back, so repeated values cost nothing."""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import polars as pl

from veil.errors import InputError

if TYPE_CHECKING:
    from veil.detect import Detector
    from veil.keys import Keyring, Keyset
    from veil.vault import Vault

__all__ = [
    "OperatorContext",
    "bins",
    "date_trunc",
    "encrypt_aead",
    "encrypt_ff1",
    "fake",
    "fake_kind_for",
    "hash_values",
    "mask",
    "redact",
    "scrub",
    "suppress",
    "tokenize",
    "truncate",
]


class OperatorContext:
    """Lazily opened resources for keyed operators, with the acting principal/purpose."""

    def __init__(
        self,
        *,
        keyring: Callable[[], Keyring] | None = None,
        vault: Callable[[], Vault] | None = None,
        detector: Callable[[], Detector] | None = None,
        principal: str = "local:protect",
        purpose: str = "dataset-protection",
    ) -> None:
        self._keyring_factory = keyring
        self._vault_factory = vault
        self._detector_factory = detector
        self._keyring: Keyring | None = None
        self._vault: Vault | None = None
        self._detector: Detector | None = None
        self.principal = principal
        self.purpose = purpose

    @property
    def keyring(self) -> Keyring:
        if self._keyring is None:
            if self._keyring_factory is None:
                raise InputError("this policy needs keys: run `veil init` first")
            self._keyring = self._keyring_factory()
        return self._keyring

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            if self._vault_factory is None:
                raise InputError("this policy tokenizes: it needs the vault")
            self._vault = self._vault_factory()
        return self._vault

    @property
    def detector(self) -> Detector:
        if self._detector is None:
            if self._detector_factory is None:
                from veil.detect import Detector

                self._detector = Detector()
            else:
                self._detector = self._detector_factory()
        return self._detector

    def keyset(self, name: str, template: str) -> Keyset:
        from veil.keys import Template

        return self.keyring.ensure(name, Template(template))

    def close(self) -> None:
        """Close what this context opened (a detector handed in by a factory stays open)."""
        if self._vault is not None:
            self._vault.store.close()
        if self._detector is not None and self._detector_factory is None:
            self._detector.close()


def _strings(s: pl.Series) -> pl.Series:
    return s if s.dtype == pl.String else s.cast(pl.String)


def _map_unique(s: pl.Series, fn: Callable[[list[str]], list[str]]) -> pl.Series:
    """Apply ``fn`` to the distinct non-null values once; map the results back."""
    s = _strings(s)
    uniq = s.drop_nulls().unique(maintain_order=True).to_list()
    if not uniq:
        return s
    out = fn(uniq)
    return s.replace_strict(uniq, out, default=None, return_dtype=pl.String)


# -- simple ---------------------------------------------------------------------------------


def redact(s: pl.Series, replacement: str) -> pl.Series:
    return pl.Series(
        s.name, [None if v is None else replacement for v in s.to_list()], dtype=pl.String
    )


def suppress(s: pl.Series) -> pl.Series:
    return pl.Series(s.name, [None] * len(s), dtype=pl.String)


def mask(s: pl.Series, char: str = "*", keep_first: int = 0, keep_last: int = 0) -> pl.Series:
    """Letters and digits become ``char`` except the first/last N of them; separators stay."""

    def one(v: str) -> str:
        pos = [i for i, c in enumerate(v) if c.isalnum()]
        keep = set(pos[:keep_first]) | set(pos[max(len(pos) - keep_last, 0) :] if keep_last else [])
        return "".join(c if (i in keep or not c.isalnum()) else char for i, c in enumerate(v))

    return _map_unique(s, lambda vs: [one(v) for v in vs])


def truncate(
    s: pl.Series, n: int, *, small_zip3: Sequence[str] = (), placeholder: str = "000"
) -> pl.Series:
    """Keep the first ``n`` characters (ZIP codes: ``02139`` -> ``021``); values whose
    prefix is in ``small_zip3`` become ``placeholder`` (HIPAA: areas under 20,000 people)."""
    small = set(small_zip3)
    out = _strings(s).str.slice(0, n)
    if small:
        out = pl.Series(
            s.name, [placeholder if v in small else v for v in out.to_list()], dtype=pl.String
        )
    return out.alias(s.name)


def bins(s: pl.Series, edges: Sequence[float], *, top_code: int | None = None) -> pl.Series:
    """Numeric bins labelled ``[lo-hi)``; below the first edge ``<lo``, from the last
    ``>=hi``; with ``top_code`` values above it become ``<top_code + 1>+``."""
    try:
        x = s.cast(pl.Float64, strict=True)
    except pl.exceptions.InvalidOperationError:
        bad = s.filter(s.cast(pl.Float64, strict=False).is_null() & s.is_not_null()).head(1)
        raise InputError(
            f"column {s.name!r}: {bad.to_list()[0]!r} is not a number (bins need numbers)"
        ) from None
    labels: list[str | None] = []
    for v in x.to_list():
        if v is None:
            labels.append(None)
        elif top_code is not None and v > top_code:
            labels.append(f"{top_code + 1}+")
        elif not edges or v < edges[0]:
            labels.append(f"<{_num(edges[0])}" if edges else _num(v))
        elif v >= edges[-1]:
            labels.append(f">={_num(edges[-1])}")
        else:
            for lo, hi in itertools.pairwise(edges):
                if lo <= v < hi:
                    labels.append(f"[{_num(lo)}-{_num(hi)})")
                    break
    return pl.Series(s.name, labels, dtype=pl.String)


def top_code(s: pl.Series, top: int) -> pl.Series:
    """Numbers above ``top`` become ``<top + 1>+`` (HIPAA: ages over 89 -> ``90+``)."""
    out = []
    for v in _strings(s).to_list():
        try:
            out.append(f"{top + 1}+" if v is not None and float(v) > top else v)
        except ValueError:
            raise InputError(f"column {s.name!r}: {v!r} is not a number") from None
    return pl.Series(s.name, out, dtype=pl.String)


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%m/%d/%Y", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S", "%Y%m%d")


def date_trunc(s: pl.Series, unit: str) -> pl.Series:
    """Dates truncated to ``year`` (``1984``), ``month`` (``1984-06``) or ``day``."""
    d: pl.Series | None = None
    if s.dtype in (pl.Date, pl.Datetime):
        d = s.cast(pl.Date)
    else:
        txt = _strings(s)
        for fmt in _DATE_FORMATS:
            parsed = txt.str.strptime(pl.Date, fmt, strict=False)
            if parsed.null_count() == txt.null_count():
                d = parsed
                break
        if d is None:
            bad = next((v for v in txt.drop_nulls().to_list() if _parse_date(v) is None), None)
            raise InputError(f"column {s.name!r}: {bad!r} is not a date")
    assert d is not None
    fmt = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}[unit]
    return d.dt.strftime(fmt).alias(s.name)


def _parse_date(v: str) -> dt.date | None:
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(v, fmt).date()
        except ValueError:
            continue
    return None


# -- keyed ----------------------------------------------------------------------------------


def hash_values(s: pl.Series, ctx: OperatorContext, *, length: int = 32) -> pl.Series:
    ks = ctx.keyset("protect.hash", "HMAC_SHA256")
    col = s.name.encode()
    return _map_unique(
        s,
        lambda vs: [
            ks.prf(b"veil-protect|hash|" + col + b"|" + v.encode()).hex()[:length] for v in vs
        ],
    )


def encrypt_aead(s: pl.Series, ctx: OperatorContext, key: str) -> pl.Series:
    """AES-256-GCM per value (randomized), base64; the column name is the associated data."""
    ks = ctx.keyset(key, "AES256_GCM")
    aad = b"veil-protect|" + s.name.encode()
    vals = _strings(s).to_list()
    return pl.Series(
        s.name,
        [
            None if v is None else base64.b64encode(ks.encrypt(v.encode(), aad)).decode()
            for v in vals
        ],
        dtype=pl.String,
    )


def encrypt_ff1(s: pl.Series, ctx: OperatorContext, key: str) -> pl.Series:
    """FF1 over the digits of each value (separators kept); needs 6+ digits."""
    from veil.vault.formats import ALPHABETS, fpe_token

    ks = ctx.keyset(key, "FF1_AES256")
    ff1 = ks.ff1()
    tweak = b"veil-protect|" + s.name.encode()
    return _map_unique(
        s, lambda vs: [fpe_token(ff1, v, ALPHABETS["digits"], 0, tweak, 4096) for v in vs]
    )


def tokenize(
    s: pl.Series, ctx: OperatorContext, namespace: str, fmt: str | None = None
) -> pl.Series:
    vault = ctx.vault
    try:
        ns = vault.namespace(namespace)
    except Exception:
        if fmt is None:
            raise
        ns = vault.create_namespace(namespace, fmt, principal=ctx.principal, purpose=ctx.purpose)

    def run(values: list[str]) -> list[str]:
        out: list[str] = []
        for i in range(0, len(values), 10_000):
            out.extend(
                vault.tokenize(
                    ns.name, values[i : i + 10_000], principal=ctx.principal, purpose=ctx.purpose
                )
            )
        return out

    if ns.deterministic:
        return _map_unique(s, run)
    vals = _strings(s).to_list()
    present = [v for v in vals if v is not None]
    tokens = iter(run(present))
    return pl.Series(s.name, [None if v is None else next(tokens) for v in vals], dtype=pl.String)


_FAKE_BY_TYPE = {
    "PERSON": "name",
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "US_SSN": "ssn",
    "ADDRESS": "address",
    "LOCATION": "city",
    "DATE_OF_BIRTH": "date",
    "DATE_TIME": "date",
    "CREDIT_CARD": "credit_card",
    "IBAN_CODE": "iban",
    "IP_ADDRESS": "ipv4",
}
_FAKE_BY_NAME = [
    (re.compile(r"first.?name|given", re.I), "first_name"),
    (re.compile(r"last.?name|surname|family", re.I), "last_name"),
    (re.compile(r"e.?mail", re.I), "email"),
    (re.compile(r"phone|mobile|tel", re.I), "phone"),
    (re.compile(r"ssn|social", re.I), "ssn"),
    (re.compile(r"address|street", re.I), "address"),
    (re.compile(r"city|town", re.I), "city"),
    (re.compile(r"birth|dob|date", re.I), "date"),
    (re.compile(r"company|employer|org", re.I), "company"),
    (re.compile(r"iban", re.I), "iban"),
    (re.compile(r"card", re.I), "credit_card"),
    (re.compile(r"\bip\b|ip.?addr", re.I), "ipv4"),
    (re.compile(r"name", re.I), "name"),
]


def fake_kind_for(column: str, entity_type: str | None) -> str:
    if entity_type and entity_type in _FAKE_BY_TYPE:
        return _FAKE_BY_TYPE[entity_type]
    for rx, kind in _FAKE_BY_NAME:
        if rx.search(column):
            return kind
    return "text"


def fake(s: pl.Series, ctx: OperatorContext, kind: str, locale: str = "en_US") -> pl.Series:
    """Fictional values; the generator is seeded by a keyed HMAC of the input, so the same
    input gives the same fake in every run with the same keyring, and nothing else can
    reproduce it."""
    try:
        from faker import Faker
    except ImportError:  # pragma: no cover - a declared dependency
        from veil.errors import DependencyError

        raise DependencyError("the fake operator needs Faker (pip install faker)") from None
    try:
        gen = Faker(locale)
    except AttributeError:
        raise InputError(f"fake: unknown locale {locale!r}") from None
    ks = ctx.keyset("protect.fake", "HMAC_SHA256")
    method: Callable[[], Any] = {
        "name": gen.name,
        "first_name": gen.first_name,
        "last_name": gen.last_name,
        "email": gen.email,
        "phone": gen.phone_number,
        "address": lambda: gen.address().replace("\n", ", "),
        "city": gen.city,
        "ssn": gen.ssn,
        "date": lambda: gen.date_of_birth().isoformat(),
        "company": gen.company,
        "iban": gen.iban,
        "credit_card": gen.credit_card_number,
        "ipv4": gen.ipv4,
        "text": lambda: gen.pystr(min_chars=8, max_chars=12),
    }[kind]
    tag = f"veil-protect|fake|{kind}|{locale}|".encode()

    def run(values: list[str]) -> list[str]:
        out = []
        for v in values:
            gen.seed_instance(int.from_bytes(ks.prf(tag + v.encode())[:8], "big"))
            out.append(str(method()))
        return out

    return _map_unique(s, run)


def scrub(s: pl.Series, ctx: OperatorContext, entities: Sequence[str] | None = None) -> pl.Series:
    """Free text with every detected span replaced by ``<TYPE>``."""
    vals = _strings(s).to_list()
    texts = [v or "" for v in vals]
    found = ctx.detector.find_batch(texts)
    wanted = None if entities is None else {e.upper() for e in entities}
    out: list[str | None] = []
    for v, fs in zip(vals, found, strict=True):
        if v is None:
            out.append(None)
            continue
        pieces, last = [], 0
        for f in sorted(fs, key=lambda f: f.start):
            if (wanted is not None and f.entity_type.value not in wanted) or f.start < last:
                continue
            pieces.append(v[last : f.start])
            pieces.append(f"<{f.entity_type.value}>")
            last = f.end
        pieces.append(v[last:])
        out.append("".join(pieces))
    return pl.Series(s.name, out, dtype=pl.String)
