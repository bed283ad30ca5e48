"""YAML with positions: load a document and remember where every mapping key and value
is, so validation errors can say ``file:line:column``. PyYAML's composer gives the marks;
no maintained library maps pydantic error locations back to YAML positions."""

from __future__ import annotations

from typing import Any

import yaml

from veil.errors import ConfigError

__all__ = ["Located", "load_located"]

Path_ = tuple[str | int, ...]


class Located:
    """A loaded document plus the (line, column) of each path, both 1-based."""

    def __init__(self, data: Any, marks: dict[Path_, tuple[int, int]], source: str) -> None:
        self.data = data
        self.marks = marks
        self.source = source

    def where(self, path: Path_) -> str:
        """``source:line:col`` of the deepest known prefix of ``path``."""
        p = tuple(path)
        while p and p not in self.marks:
            p = p[:-1]
        line, col = self.marks.get(p, (1, 1))
        return f"{self.source}:{line}:{col}"


def _build(node: yaml.Node, path: Path_, marks: dict[Path_, tuple[int, int]], source: str) -> Any:
    marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for k, v in node.value:
            key = _scalar(k)
            if key in out:
                raise ConfigError(
                    f"{source}:{k.start_mark.line + 1}:{k.start_mark.column + 1}: "
                    f"duplicate key {key!r}"
                )
            out[key] = _build(v, (*path, key), marks, source)
            marks[(*path, key)] = (v.start_mark.line + 1, v.start_mark.column + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(v, (*path, i), marks, source) for i, v in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.Node) -> Any:
    return yaml.safe_load(yaml.serialize(node))


def load_located(text: str, source: str) -> Located:
    """Parse one YAML document (safe tags only); syntax errors carry line and column."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark is not None else source
        raise ConfigError(f"{where}: invalid YAML: {getattr(e, 'problem', e)}") from None
    marks: dict[Path_, tuple[int, int]] = {}
    if node is None:
        return Located(None, marks, source)
    return Located(_build(node, (), marks, source), marks, source)
