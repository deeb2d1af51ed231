"""environment.yml carries exactly the pins of requirements.lock; the project declares its needs."""

from __future__ import annotations

import re
import tomllib

from utils.paths import ROOT


def _pins(text: str) -> dict[str, str]:
    found = re.findall(r"^[\s-]*([A-Za-z0-9_.\-\[\]]+)==([^\s#]+)", text, flags=re.MULTILINE)
    return {re.sub(r"[-_.]+", "-", name.lower()): version for name, version in found}


def test_environment_mirrors_the_lock() -> None:
    lock = _pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    env = _pins((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert lock and env == lock
    assert "python=3.11" in (ROOT / "environment.yml").read_text(encoding="utf-8")


def test_every_runtime_dependency_is_pinned() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lock = _pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += extra
    for requirement in declared:
        name = re.sub(r"[-_.]+", "-", re.split(r"[<>=\[ ]", requirement)[0].lower())
        assert name in lock, (
            f"{name} is declared in pyproject.toml but not pinned in requirements.lock"
        )
    for needed in ("jupyterlab", "pandas", "matplotlib", "textblob", "nbval"):
        assert needed in lock
