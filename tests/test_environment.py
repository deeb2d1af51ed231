"""The two locks and environment.yml agree; students install the runtime lock alone."""

from __future__ import annotations

import re
import tomllib

from utils.paths import ROOT

NAME = re.compile(r"[-_.]+")


def _pins(text: str) -> dict[str, str]:
    found = re.findall(r"^[\s-]*([A-Za-z0-9_.\-\[\]]+)==([^\s#]+)", text, flags=re.MULTILINE)
    return {NAME.sub("-", name.lower()): version for name, version in found}


RUNTIME = _pins((ROOT / "requirements.lock").read_text(encoding="utf-8"))
DEV = _pins((ROOT / "requirements-dev.lock").read_text(encoding="utf-8"))
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _names(requirements: list[str]) -> list[str]:
    return [NAME.sub("-", re.split(r"[<>=\[ ]", r)[0].lower()) for r in requirements]


def test_environment_mirrors_the_runtime_lock() -> None:
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert RUNTIME and _pins(text) == RUNTIME
    assert "python=3.11" in text and "- -e ." in text


def test_the_locks_do_not_overlap() -> None:
    assert DEV and not set(RUNTIME) & set(DEV)


def test_what_the_notebooks_need_is_in_the_runtime_lock() -> None:
    runtime_needs = _names(PROJECT["dependencies"] + PROJECT["optional-dependencies"]["notebooks"])
    for name in runtime_needs:
        assert name in RUNTIME, f"{name} is needed at run time but not in requirements.lock"
    for name in ("jupyterlab", "pandas", "matplotlib", "textblob", "spacy", "vadersentiment"):
        assert name in RUNTIME


def test_development_tools_stay_out_of_the_runtime_lock() -> None:
    for extra in ("test", "lint", "dask"):
        for name in _names(PROJECT["optional-dependencies"][extra]):
            assert name in DEV, f"{name} ({extra}) is not in requirements-dev.lock"
            assert name not in RUNTIME, f"{name} ({extra}) would be installed for students"


def test_make_figures_installs_the_runtime_lock_alone() -> None:
    import subprocess

    def recipe(target: str) -> str:
        done = subprocess.run(
            ["make", "--no-print-directory", "-n", "-B", target],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        return done.stdout

    assert "requirements.lock" in recipe("figures")
    assert "requirements-dev.lock" not in recipe("figures")
    assert "requirements-dev.lock" in recipe("test")
