"""The CLI, the web routes, the workers and the pipelines change state only through
followback.actions.

They read through ``Store.read()`` (a session that refuses writes); ``Store.session()``,
the transaction that may write, is opened only by actions. This test reads their source:
a new ``store.session()`` in cli/, web/, workers/ or a pipeline service fails it, naming
the file and line, so the write is moved into an action.
"""

from __future__ import annotations

import ast
from pathlib import Path

import followback

_PACKAGE = Path(followback.__file__).parent
_CALLERS = ("cli", "web", "workers")
# Pipeline services whose state changes all go through actions: they orchestrate platform
# calls and call actions, and open no transaction of their own.
_PIPELINES = (
    "services/act.py",
    "services/connect.py",
    "services/cycle.py",
    "services/decide.py",
    "services/demo.py",
    "services/follow_requests.py",
    "services/inbox.py",
    "services/listen.py",
    "services/profiles.py",
    "services/report.py",
    "services/second_looks.py",
    "services/server_facts.py",
    "services/sync.py",
    "services/x_activity.py",
)
# Opening these gives a session that may write.
_WRITABLE = {"session", "sessions", "begin", "connect"}


def _writable_sessions(path: Path, root: Path = _PACKAGE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        attr, owner = node.func.attr, node.func.value
        # store.session(), ctx.store.session(), store.engine.begin(), store.sessions()
        named_store = (isinstance(owner, ast.Name) and owner.id in {"store", "_store"}) or (
            isinstance(owner, ast.Attribute) and owner.attr in {"store", "_store", "engine"}
        )
        if attr in _WRITABLE and named_store:
            found.append(f"{path.relative_to(root)}:{node.lineno}: .{attr}()")
    return found


def test_cli_web_and_workers_open_no_writable_session() -> None:
    offenders = [
        hit
        for part in _CALLERS
        for path in sorted((_PACKAGE / part).rglob("*.py"))
        for hit in _writable_sessions(path)
    ]
    assert offenders == [], (
        "state changes belong in followback.actions; read with store.read():\n"
        + "\n".join(offenders)
    )


def test_pipelines_open_no_writable_session() -> None:
    offenders = [hit for part in _PIPELINES for hit in _writable_sessions(_PACKAGE / part)]
    assert offenders == [], (
        "a pipeline's state changes belong in followback.actions:\n" + "\n".join(offenders)
    )


def test_the_scan_sees_a_writable_session(tmp_path: Path) -> None:
    # The scan must catch the forms it looks for, else the test above proves nothing.
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(store, ctx):\n"
        "    with store.session() as s: pass\n"
        "    with ctx.store.session() as s: pass\n"
        "    with store.engine.begin() as c: pass\n"
        "    with store.read() as s: pass\n"
    )
    hits = [h.split(": ", 1)[1] for h in _writable_sessions(sample, tmp_path)]
    assert hits == [".session()", ".session()", ".begin()"]
