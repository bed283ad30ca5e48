"""Generalization hierarchies in ARX's CSV format: one line per leaf value,
``leaf;level1;...;*`` (the root is usually ``*``). Level 0 is the value itself.

>>> h = Hierarchy.from_rows("age", [["34", "30-39", "*"], ["38", "30-39", "*"]])
>>> h.generalize(pl.Series(["34", "38"]), 1).to_list()
['30-39', '30-39']
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from veil.errors import InputError

__all__ = ["Hierarchy"]


class Hierarchy:
    """A value hierarchy over one column. Immutable after construction."""

    def __init__(self, column: str, rows: Sequence[Sequence[str]], *, source: str = "") -> None:
        if not rows:
            raise InputError("hierarchy has no rows", source=source or column)
        height = len(rows[0])
        if height < 2:
            raise InputError(
                "hierarchy rows need a leaf and at least one level (leaf;...;*)",
                source=source or column,
            )
        seen: dict[str, int] = {}
        for i, row in enumerate(rows, 1):
            if len(row) != height:
                raise InputError(
                    f"row has {len(row)} levels, the first row has {height}",
                    source=source or column,
                    line=i,
                )
            if row[0] in seen:
                raise InputError(
                    f"leaf {row[0]!r} appears twice (first on line {seen[row[0]]})",
                    source=source or column,
                    line=i,
                )
            seen[row[0]] = i
        # a node must have one parent: the hierarchy is a tree
        for level in range(1, height - 1):
            parent: dict[str, str] = {}
            for i, row in enumerate(rows, 1):
                p = parent.setdefault(row[level], row[level + 1])
                if p != row[level + 1]:
                    raise InputError(
                        f"node {row[level]!r} at level {level} has two parents "
                        f"({p!r} and {row[level + 1]!r})",
                        source=source or column,
                        line=i,
                    )
        self.column = column
        self.source = source
        self.rows: tuple[tuple[str, ...], ...] = tuple(tuple(r) for r in rows)
        self.height = height
        self._frame = pl.DataFrame(
            {f"l{j}": [r[j] for r in self.rows] for j in range(height)},
            schema={f"l{j}": pl.String for j in range(height)},
        )
        self._leaves_under: list[dict[str, int]] = []
        for level in range(height):
            counts: dict[str, int] = {}
            for r in self.rows:
                counts[r[level]] = counts.get(r[level], 0) + 1
            self._leaves_under.append(counts)

    @classmethod
    def from_rows(cls, column: str, rows: Sequence[Sequence[str]]) -> Hierarchy:
        return cls(column, rows)

    @classmethod
    def from_csv(cls, path: Path | str, column: str, *, delimiter: str = ";") -> Hierarchy:
        p = Path(path)
        try:
            text = p.read_text("utf-8")
        except OSError as e:
            raise InputError(f"cannot read hierarchy: {e.strerror}", source=str(p)) from None
        except UnicodeDecodeError:
            raise InputError("hierarchy is not valid UTF-8", source=str(p)) from None
        rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if r]
        return cls(column, rows, source=str(p))

    @property
    def leaves(self) -> int:
        return len(self.rows)

    def frame(self) -> pl.DataFrame:
        """Columns ``l0`` (leaf) .. ``l{height-1}`` (root), one row per leaf."""
        return self._frame

    def leaves_under(self, node: str, level: int) -> int:
        """How many leaf values ``node`` at ``level`` stands for (for information loss)."""
        return self._leaves_under[level].get(node, 0)

    def check_covers(self, values: pl.Series) -> None:
        """Raise :class:`InputError` naming the first value the hierarchy has no leaf for."""
        known = self._frame.get_column("l0").implode()
        present = values.cast(pl.String).drop_nulls().unique()
        missing = present.filter(~present.is_in(known))
        if missing.len():
            sample = ", ".join(repr(v) for v in missing.sort().head(5).to_list())
            raise InputError(
                f"column {self.column!r}: the hierarchy has no leaf for {missing.len()} "
                f"value(s), e.g. {sample}",
                source=self.source or None,
            )

    def generalize(self, values: pl.Series, level: int) -> pl.Series:
        """Each value replaced by its ancestor at ``level`` (0 = unchanged)."""
        if not 0 <= level < self.height:
            raise InputError(
                f"column {self.column!r}: level {level} is outside the hierarchy "
                f"(0..{self.height - 1})"
            )
        s = values.cast(pl.String)
        if level == 0:
            return s
        mapping = dict(
            zip(self._frame["l0"].to_list(), self._frame[f"l{level}"].to_list(), strict=True)
        )
        return s.replace_strict(mapping, default=None, return_dtype=pl.String)
