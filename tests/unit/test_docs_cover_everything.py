"""Every setting, CLI command and connector capability is documented in docs/."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path
from typing import Any

import typer
from pydantic import BaseModel

from followback.cli.main import app
from followback.config import Settings
from followback.domain import Capabilities

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCRIPTS = DOCS.parent / "scripts"


def _setting_paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    paths = []
    for name, field in model.model_fields.items():
        path = f"{prefix}{name}"
        paths.append(path)
        annotation = field.annotation
        inner = getattr(annotation, "__args__", (annotation,))
        for candidate in inner:
            if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                paths.extend(_setting_paths(candidate, f"{path}."))
    return paths


def _commands(group: Any, prefix: str = "followback") -> list[str]:
    # typer vendors its own click: recognise groups by shape, not by class.
    names = []
    for name, command in group.commands.items():
        full = f"{prefix} {name}"
        names.append(full)
        if hasattr(command, "commands"):
            names.extend(_commands(command, full))
    return names


def test_every_setting_is_documented() -> None:
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    missing = [p for p in _setting_paths(Settings) if f"`{p.split('.')[-1]}`" not in text]
    assert not missing, f"docs/settings.md does not document: {missing}"


def test_every_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    missing = [c for c in _commands(group) if f"`{c}" not in text]
    assert not missing, f"docs/cli.md does not document: {missing}"


def test_cli_reference_is_current() -> None:
    """docs/cli.md is generated from the commands' help; regenerate it when they change."""
    spec = importlib.util.spec_from_file_location("gen_cli_docs", SCRIPTS / "gen-cli-docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert current == module.render(), "docs/cli.md is stale: run scripts/gen-cli-docs.py"


def test_every_capability_is_documented() -> None:
    text = (DOCS / "connectors.md").read_text(encoding="utf-8")
    missing = [f.name for f in dataclasses.fields(Capabilities) if f"`{f.name}`" not in text]
    assert not missing, f"docs/connectors.md does not document: {missing}"
