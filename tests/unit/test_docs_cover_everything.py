"""Every setting, CLI command and connector capability is documented in docs/."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click
import typer
from pydantic import BaseModel

from followback.cli.main import app
from followback.config import Settings
from followback.domain import Capabilities

DOCS = Path(__file__).resolve().parents[2] / "docs"


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


def _commands(group: click.Group, prefix: str = "followback") -> list[str]:
    names = []
    for name, command in group.commands.items():
        full = f"{prefix} {name}"
        names.append(full)
        if isinstance(command, click.Group):
            names.extend(_commands(command, full))
    return names


def test_every_setting_is_documented() -> None:
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    missing = [p for p in _setting_paths(Settings) if f"`{p.split('.')[-1]}`" not in text]
    assert not missing, f"docs/settings.md does not document: {missing}"


def test_every_command_is_documented() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    assert isinstance(group, click.Group)
    missing = [c for c in _commands(group) if f"`{c}" not in text]
    assert not missing, f"docs/cli.md does not document: {missing}"


def test_every_capability_is_documented() -> None:
    text = (DOCS / "connectors.md").read_text(encoding="utf-8")
    missing = [f.name for f in dataclasses.fields(Capabilities) if f"`{f.name}`" not in text]
    assert not missing, f"docs/connectors.md does not document: {missing}"
