"""Walks over the parse compare tokens by index.

spaCy makes a new ``Token`` object at every access (``doc[i]``, ``tok.head``), so identity never
holds between two of them: a walk up the tree that stops when ``tok.head is tok`` never stops at
the root (a verbless sentence giving an exchange rate looped forever that way). This guard reads
the package's source for the pattern; the behaviour itself is tested where each walk is used.
"""

from __future__ import annotations

import ast
from pathlib import Path

import crosscheck


def test_no_token_head_is_compared_by_identity() -> None:
    offenders = []
    for path in sorted(Path(crosscheck.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            if not any(isinstance(op, ast.Is | ast.IsNot) for op in node.ops):
                continue
            sides = [node.left, *node.comparators]
            if any(isinstance(s, ast.Attribute) and s.attr == "head" for s in sides):
                offenders.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    assert offenders == []
