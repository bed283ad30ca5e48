"""``veil protect``: a table and a policy in, an AI-safe table out.

The flow: read the table; check the policy against its columns; pre-apply the fixed
generalizations of quasi-identifiers (bins, dates, ZIP truncation); let the engine enforce
the privacy model (k, l, t with suppression; it verifies its own output independently);
apply every other column's operator to the rows that remain; drop what the policy drops;
write atomically. Nothing is written when anything fails.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from veil._atomic import atomic_path
from veil.anonymize import operators as ops
from veil.anonymize.hierarchy import Hierarchy
from veil.anonymize.model import Anonymized, PrivacyModel, QuasiIdentifier
from veil.anonymize.policy import (
    Drop,
    Encrypt,
    Fake,
    Generalize,
    Hash,
    Keep,
    Mask,
    Policy,
    Redact,
    Scrub,
    Suppress,
    Tokenize,
)
from veil.errors import InputError

__all__ = [
    "ProtectResult",
    "check_policy",
    "protect",
    "protect_file",
    "protect_stream",
    "read_table",
    "write_table",
]

ROW = "__veil_row"
_NUMERIC = (
    pl.Int8,
    pl.Int16,
    pl.Int32,
    pl.Int64,
    pl.UInt8,
    pl.UInt16,
    pl.UInt32,
    pl.UInt64,
    pl.Float32,
    pl.Float64,
)


@dataclass
class ProtectResult:
    table: pl.DataFrame
    rows_in: int
    anonymized: Anonymized | None = None
    actions: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    streamed_rows: int | None = None
    """Set by :func:`protect_stream`: rows written (``table`` then holds only the schema)."""
    report: dict[str, Any] | None = None
    """Set by :func:`protect_file` when a report was asked for: its figures."""

    @property
    def rows_out(self) -> int:
        return self.table.height if self.streamed_rows is None else self.streamed_rows

    @property
    def suppressed(self) -> int:
        return 0 if self.anonymized is None else self.anonymized.suppressed


# -- I/O ------------------------------------------------------------------------------------


def _kind(path: Path) -> str:
    s = path.suffix.lower()
    if s in (".csv", ".tsv", ".txt"):
        return "csv"
    if s in (".parquet", ".pq"):
        return "parquet"
    if s in (".jsonl", ".ndjson"):
        return "jsonl"
    raise InputError(
        f"unsupported table format {s or '(no suffix)'!r}: use .csv, .tsv, .parquet or .jsonl",
        source=str(path),
    )


def _delimiter(path: Path) -> str:
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        head = f.readline()
    if path.suffix.lower() == ".tsv":
        return "\t"
    counts = {d: head.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_table(path: Path | str) -> tuple[pl.DataFrame, dict[str, Any]]:
    """The table and how it was read (``{"kind", "delimiter"}``), for writing it back alike."""
    p = Path(path)
    kind = _kind(p)
    if not p.exists():
        raise InputError("no such file", source=str(p))
    try:
        if kind == "csv":
            sep = _delimiter(p)
            # as text: "02139" stays a ZIP code, "1.50" stays as written; numbers are
            # recognised where they matter (numeric quasi-identifiers, bins)
            df = pl.read_csv(p, separator=sep, infer_schema=False)
            return df, {"kind": kind, "delimiter": sep}
        if kind == "parquet":
            return pl.read_parquet(p), {"kind": kind}
        return pl.read_ndjson(p), {"kind": kind}
    except (pl.exceptions.PolarsError, OSError, ValueError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise InputError(f"cannot read {kind}: {first}", source=str(p)) from None


def write_table(df: pl.DataFrame, path: Path | str, *, delimiter: str = ",") -> None:
    p = Path(path)
    kind = _kind(p)
    with atomic_path(p) as tmp:
        if kind == "csv":
            df.write_csv(
                tmp,
                separator="\t" if p.suffix.lower() == ".tsv" else delimiter,
                quote_style="necessary",
            )
        elif kind == "parquet":
            df.write_parquet(tmp)
        else:
            df.write_ndjson(tmp)


# -- the job --------------------------------------------------------------------------------


def check_policy(df: pl.DataFrame, policy: Policy) -> None:
    """Raise :class:`InputError` unless every column the policy names is in ``df``."""
    have = set(df.columns)
    known = ", ".join(df.columns)
    if not df.columns:
        raise InputError("the table has no columns")
    for name in policy.columns:
        if name not in have:
            raise InputError(
                f"the policy names column {name!r}, which the table does not have "
                f"(columns: {known})"
            )
    if policy.privacy is not None:
        for role, names in (
            ("quasi-identifier", policy.privacy.quasi_identifiers),
            ("sensitive column", policy.privacy.sensitive),
        ):
            for name in names:
                if name not in have:
                    raise InputError(
                        f"{role} {name!r} is not a column of the table (columns: {known})"
                    )


def _apply(
    s: pl.Series, rule: Any, policy: Policy, ctx: ops.OperatorContext, kind: str | None
) -> pl.Series:
    if isinstance(rule, Keep):
        return s
    if isinstance(rule, Redact):
        return ops.redact(s, rule.replacement)
    if isinstance(rule, Suppress):
        return ops.suppress(s)
    if isinstance(rule, Mask):
        return ops.mask(s, rule.char, rule.keep_first, rule.keep_last)
    if isinstance(rule, Hash):
        return ops.hash_values(s, ctx, length=rule.length)
    if isinstance(rule, Encrypt):
        return (ops.encrypt_ff1 if rule.mode == "ff1" else ops.encrypt_aead)(s, ctx, rule.key)
    if isinstance(rule, Tokenize):
        return ops.tokenize(s, ctx, rule.namespace, rule.format)
    if isinstance(rule, Fake):
        return ops.fake(s, ctx, rule.kind or ops.fake_kind_for(s.name, kind), rule.locale)
    if isinstance(rule, Scrub):
        return ops.scrub(s, ctx, rule.entities)
    if isinstance(rule, Generalize):
        return _generalize(s, rule, policy)
    raise InputError(f"column {s.name!r}: unsupported action {rule!r}")  # pragma: no cover


def _generalize(s: pl.Series, rule: Generalize, policy: Policy) -> pl.Series:
    if rule.bins is not None:
        return ops.bins(s, rule.bins, top_code=rule.top_code)
    if rule.date is not None:
        return ops.date_trunc(s, rule.date)
    if rule.truncate is not None:
        return ops.truncate(s, rule.truncate, small_zip3=rule.small_zip3)
    if rule.hierarchy is not None:
        h = _hierarchy(s.name, rule, policy)
        h.check_covers(s.cast(pl.String))
        return h.generalize(s, min(rule.level, h.height - 1))
    if rule.top_code is not None:
        return ops.top_code(s, rule.top_code)
    return s  # pragma: no cover - the policy model forbids it


def _hierarchy(column: str, rule: Generalize, policy: Policy) -> Hierarchy:
    path = policy.hierarchy_path(rule)
    assert path is not None
    return Hierarchy.from_csv(path, column)


def _as_number(s: pl.Series) -> pl.Series | None:
    """The column as numbers if every value is one and none is a zero-padded code."""
    text = s.cast(pl.String)
    if text.null_count() or text.str.contains(r"^[+-]?0\d").any():
        return None
    as_int = text.cast(pl.Int64, strict=False)
    if not as_int.null_count():
        return as_int
    as_float = text.cast(pl.Float64, strict=False)
    return None if as_float.null_count() else as_float


def _quasi_identifiers(
    df: pl.DataFrame, policy: Policy
) -> tuple[pl.DataFrame, list[QuasiIdentifier]]:
    """The QI columns as the engine sees them, and how it may generalize them."""
    assert policy.privacy is not None
    qis: list[QuasiIdentifier] = []
    cols: list[pl.Series] = []
    full_domain = policy.privacy.algorithm == "full-domain"
    for name in policy.privacy.quasi_identifiers:
        rule = policy.rule(name)
        s = df.get_column(name)
        if isinstance(rule, Keep):
            number = s if s.dtype in _NUMERIC else _as_number(s)
            if number is not None:
                qis.append(QuasiIdentifier(name, numeric=True))
                cols.append(number)
                continue
            s = s.cast(pl.String)
        elif isinstance(rule, Generalize) and rule.hierarchy is not None:
            h = _hierarchy(name, rule, policy)
            s = s.cast(pl.String)
            h.check_covers(s)
            qis.append(QuasiIdentifier(name, hierarchy=h))
            cols.append(s)
            continue
        elif isinstance(rule, Generalize):
            s = _generalize(s, rule, policy)
            if rule.date == "year" and not full_domain and not s.null_count():
                # years are numbers: local recoding gives ranges ([1965-1970]), not sets
                qis.append(QuasiIdentifier(name, numeric=True))
                cols.append(s.cast(pl.Int64))
                continue
        else:
            raise InputError(
                f"quasi-identifier {name!r} has action {rule.action!r}; a quasi-identifier "
                "must be kept or generalized (or dropped from the privacy model)"
            )
        if s.null_count():
            s = s.fill_null("(missing)")
        hierarchy = None
        if full_domain:  # full-domain search needs a hierarchy: value -> *
            leaves = s.unique().sort().to_list()
            hierarchy = Hierarchy(name, [[str(v), "*"] for v in leaves], source=f"{name} (auto)")
        qis.append(QuasiIdentifier(name, hierarchy=hierarchy))
        cols.append(s)
    return pl.DataFrame(cols), qis


def protect(
    table: pl.DataFrame,
    policy: Policy,
    ctx: ops.OperatorContext,
    *,
    column_types: dict[str, str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> ProtectResult:
    """Apply ``policy`` to ``table``. ``column_types`` (column -> detected entity type)
    helps ``fake`` pick realistic values."""
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    if table.height == 0:
        raise InputError("the table is empty: nothing to protect")
    check_policy(table, policy)
    if ROW in table.columns:
        raise InputError(f"column name {ROW!r} is reserved")
    df = table.with_row_index(ROW)
    result = ProtectResult(table=df, rows_in=table.height)
    anonymized = None
    generalized_qis: pl.DataFrame | None = None
    qi_names: list[str] = []
    if policy.privacy is not None:
        from veil.anonymize.engine import anonymize

        p = policy.privacy
        qi_names = list(p.quasi_identifiers)
        say(
            f"enforcing k={p.k}"
            + (f", l={p.l}" if p.l else "")
            + (f", t={p.t}" if p.t else "")
            + f" ({p.algorithm})"
        )
        qi_frame, qis = _quasi_identifiers(df, policy)
        engine_in = pl.concat([df.select(ROW), qi_frame, df.select(p.sensitive)], how="horizontal")
        model = PrivacyModel(
            k=p.k,
            l=p.l,
            l_entropy=p.l_entropy,
            t=p.t,
            t_distance=p.t_distance,
            max_suppression=p.max_suppression,
            algorithm=p.algorithm,
        )
        anonymized = anonymize(engine_in, qis, p.sensitive, model, progress=say)
        generalized_qis = anonymized.table.select(ROW, *qi_names)
        df = df.join(generalized_qis.select(ROW), on=ROW, how="semi")
        result.anonymized = anonymized
    columns: list[pl.Series] = []
    for name in table.columns:
        rule = policy.rule(name)
        result.actions[name] = rule.action
        if isinstance(rule, Drop):
            result.dropped.append(name)
            continue
        if name in qi_names:
            continue  # filled from the engine's output below
        say(f"{rule.action} {name}")
        kind = (column_types or {}).get(name)
        columns.append(_apply(df.get_column(name), rule, policy, ctx, kind))
    out = pl.DataFrame([df.get_column(ROW), *columns])
    if generalized_qis is not None:
        out = out.join(generalized_qis, on=ROW, how="left")
    keep = [c for c in table.columns if c not in result.dropped]
    result.table = out.sort(ROW).select(keep)
    result.seconds = time.perf_counter() - started
    return result


def _batches(path: Path, batch_rows: int) -> Any:
    kind = _kind(path)
    if not path.exists():
        raise InputError("no such file", source=str(path))
    try:
        if kind == "csv":
            lazy = pl.scan_csv(path, separator=_delimiter(path), infer_schema=False)
            yield from lazy.collect_batches(chunk_size=batch_rows)
        elif kind == "parquet":
            import pyarrow.parquet as pq

            for rb in pq.ParquetFile(path).iter_batches(batch_size=batch_rows):
                yield pl.from_arrow(rb)
        else:
            with open(path, encoding="utf-8") as f:
                lines: list[str] = []
                for line in f:
                    if line.strip():
                        lines.append(line)
                    if len(lines) >= batch_rows:
                        yield pl.read_ndjson(io.StringIO("".join(lines)))
                        lines = []
                if lines:
                    yield pl.read_ndjson(io.StringIO("".join(lines)))
    except (pl.exceptions.PolarsError, OSError, ValueError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise InputError(f"cannot read {kind}: {first}", source=str(path)) from None


def protect_stream(
    source: Path | str,
    target: Path | str,
    policy: Policy,
    ctx: ops.OperatorContext,
    *,
    batch_rows: int = 100_000,
    progress: Callable[[int], None] | None = None,
) -> ProtectResult:
    """Column-wise policies (no privacy model) on files larger than memory: read, protect
    and write ``batch_rows`` rows at a time into a temp file that replaces ``target`` only
    when every batch succeeded."""
    if policy.privacy is not None:
        raise InputError("a privacy model needs the whole table; use protect()")
    src, dst = Path(source), Path(target)
    out_kind = _kind(dst)
    delimiter = _delimiter(src) if _kind(src) == "csv" else ","
    if dst.suffix.lower() == ".tsv":
        delimiter = "\t"
    started = time.perf_counter()
    total = ProtectResult(table=pl.DataFrame(), rows_in=0)
    writer: Any = None
    with atomic_path(dst) as tmp:
        try:
            with open(tmp, "wb") as f:
                for batch in _batches(src, batch_rows):
                    r = protect(batch, policy, ctx)
                    if out_kind == "csv":
                        r.table.write_csv(f, separator=delimiter, include_header=total.rows_in == 0)
                    elif out_kind == "parquet":
                        import pyarrow.parquet as pq

                        arrow = r.table.to_arrow()
                        if writer is None:
                            writer = pq.ParquetWriter(f, arrow.schema)
                        writer.write_table(arrow)
                    else:
                        r.table.write_ndjson(f)
                    total.rows_in += r.rows_in
                    total.actions, total.dropped = r.actions, r.dropped
                    total.table = r.table.clear()
                    if progress is not None:
                        progress(r.rows_in)
                if writer is not None:
                    writer.close()
                    writer = None
        finally:
            if writer is not None:
                writer.close()
        if total.rows_in == 0:
            raise InputError("the table is empty: nothing to protect", source=str(src))
    total.seconds = time.perf_counter() - started
    total.streamed_rows = total.rows_in
    return total


def protect_file(
    source: Path | str,
    target: Path | str,
    policy: Policy,
    ctx: ops.OperatorContext,
    *,
    report_html: Path | str | None = None,
    report_json: Path | str | None = None,
    utility_target: str | None = None,
    progress: Callable[[str], None] | None = None,
    rows_done: Callable[[int], None] | None = None,
) -> ProtectResult:
    """The whole ``veil protect`` job on files. Column-wise policies without a report
    stream (:func:`protect_stream`); otherwise the table is protected in memory, the report
    (if asked for) is built, and the output and reports are written atomically, only after
    everything succeeded."""
    src, dst = Path(source), Path(target)
    if dst.resolve() == src.resolve():
        from veil.errors import UsageError

        raise UsageError("the output must not overwrite the input")
    if policy.privacy is None and report_html is None and report_json is None:
        return protect_stream(src, dst, policy, ctx, progress=rows_done)
    table, how = read_table(src)
    result = protect(table, policy, ctx, progress=progress)
    if report_html is not None or report_json is not None:
        import json

        from veil.anonymize.report import build_report, render_html

        result.report = build_report(table, result, policy, target=utility_target)
        if report_json is not None:
            with atomic_path(Path(report_json)) as tmp:
                tmp.write_text(json.dumps(result.report, indent=2) + "\n", "utf-8")
        if report_html is not None:
            with atomic_path(Path(report_html)) as tmp:
                tmp.write_text(render_html(result.report), "utf-8")
    write_table(result.table, dst, delimiter=how.get("delimiter", ","))
    return result
