"""Who follows whom *now* is one predicate, :func:`followback.store.edges.active_edge`.

It was written out (account, direction, ``ended_at IS NULL``) in many queries, and a copy
that forgets a clause counts ended follows. This test reads the package's source: an
``ended_at.is_(None)`` outside ``store/edges.py`` fails it, except the different question
"was the edge active at that moment" (``or_(ended_at IS NULL, ended_at >= t)``).
"""

from __future__ import annotations

from pathlib import Path

import followback

_PACKAGE = Path(followback.__file__).parent
_HOME = _PACKAGE / "store" / "edges.py"


def _copies(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == _HOME or "migrations" in path.parts:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "ended_at.is_(None)" in line and "or_(" not in line:
                found.append(f"{path.relative_to(root)}:{n}")
    return found


def test_the_active_edge_predicate_is_written_once() -> None:
    assert _copies(_PACKAGE) == [], "use followback.store.edges.active_edge"


def test_the_scan_sees_a_copy(tmp_path: Path) -> None:
    (tmp_path / "q.py").write_text(
        "where(FollowEdgeRow.ended_at.is_(None))\n"
        "where(or_(FollowEdgeRow.ended_at.is_(None), FollowEdgeRow.ended_at >= t))\n"
    )
    assert _copies(tmp_path) == ["q.py:1"]
