"""The lint step catches real mistakes: a deliberately broken file fails ruff and mypy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from utils.paths import ROOT

BROKEN = "import os\n\n\ndef total(values: list[int]) -> int:\n    return sum(valuez)\n"
BADLY_TYPED = "def half(value: int) -> int:\n    return value / 2\n"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed in this environment")
    return found


def test_ruff_fails_on_an_undefined_name_and_an_unused_import(tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text(BROKEN, encoding="utf-8")
    result = subprocess.run(
        [_tool("ruff"), "check", "--config", str(ROOT / "pyproject.toml"), str(broken)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "F821" in result.stdout and "F401" in result.stdout


def test_mypy_fails_on_a_wrong_return_type(tmp_path: Path) -> None:
    badly_typed = tmp_path / "badly_typed.py"
    badly_typed.write_text(BADLY_TYPED, encoding="utf-8")
    result = subprocess.run(
        [_tool("mypy"), "--config-file", str(ROOT / "pyproject.toml"), str(badly_typed)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "Incompatible return value type" in result.stdout
