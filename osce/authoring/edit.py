"""Form edits applied to a draft's YAML text, so the text stays the one source of truth.

The form view changes one value at a time; the text is parsed round-trip, the value set at its
path, and the text written back, keeping the educator's comments, order and layout elsewhere.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from osce.sourcefile import SourceError, parse_text

Path_ = list[str | int]


class EditError(ValueError):
    pass


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    return yaml


def _container(value: Any) -> Any:
    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _container(v)
        return out
    if isinstance(value, list):
        seq = CommentedSeq([_container(v) for v in value])
        if all(isinstance(v, str | int | float) for v in value):
            seq.fa.set_flow_style()  # short lists read as [a, b, c], as the cases write them
        return seq
    return value


def apply_edit(text: str, path: Path_, value: Any, delete: bool = False) -> str:
    """`text` with the value at `path` set (a missing key or the index one past the end is
    added), or removed where `delete`. Raises EditError when the text does not parse or the
    path does not lead anywhere."""
    if not path:
        raise EditError("an edit needs a path")
    try:
        data = parse_text(text, Path("draft.yaml")).data
    except SourceError as exc:
        raise EditError(f"fix the YAML first: {exc}") from None
    node: Any = data
    for step in path[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            if isinstance(node, CommentedMap) and isinstance(step, str):
                node[step] = CommentedMap()  # a block the draft does not have yet
                node = node[step]
                continue
            raise EditError(f"no {'.'.join(map(str, path))} in the draft") from None
    last = path[-1]
    if isinstance(node, CommentedSeq):
        if not isinstance(last, int) or not 0 <= last <= len(node):
            raise EditError(f"no item {last} in {'.'.join(map(str, path[:-1]))}")
        if delete:
            if last < len(node):
                del node[last]
        elif last == len(node):
            node.append(_container(value))
        else:
            node[last] = _container(value)
    elif isinstance(node, CommentedMap) and isinstance(last, str):
        if delete:
            node.pop(last, None)
        else:
            node[last] = _container(value)
    else:
        raise EditError(f"no {'.'.join(map(str, path))} in the draft")
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()
