"""The whole collection on another article: parameters injected, outputs under output/<slug>/ only."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from utils.notebooks import notebook_paths, run_notebooks
from utils.paths import DATA, OUTPUT, ROOT

SECOND = DATA / "articles" / "invented-2023-grape-levy-dispute.txt"


def _tracked_changes() -> str:
    result = subprocess.run(
        [
            "git",
            "status",
            "--porcelain",
            "--untracked-files=no",
            "--",
            "notebooks",
            "figures",
            "data",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return result.stdout if result.returncode == 0 else ""


def test_second_article_runs_through_every_notebook(tmp_path: Path) -> None:
    before = _tracked_changes()
    left_before = set(OUTPUT.glob("*")) if OUTPUT.exists() else set()
    out = tmp_path / SECOND.stem
    written = run_notebooks(ROOT / "notebooks", jobs=2, article=str(SECOND), out=out)
    assert (
        len(written) == len(notebook_paths(ROOT / "notebooks")) - 1
    )  # all but the corpus notebook
    for path in (out / "notebooks").glob("*.ipynb"):
        notebook = json.loads(path.read_text(encoding="utf-8"))
        outputs = [o for c in notebook["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
        assert not [o for o in outputs if o["output_type"] == "error"], path.name
        injected = [
            c for c in notebook["cells"] if "injected-parameters" in c["metadata"].get("tags", [])
        ]
        assert injected and SECOND.name in "".join(injected[0]["source"])
    figures = sorted(p.name for p in (out / "figures").iterdir())
    assert "02_mentions_per_actor.png" in figures and "05_exchange_rate.svg" in figures
    assert any((out / "market").glob("usd_zar_*.csv"))
    assert _tracked_changes() == before  # the committed notebooks, figures and data are untouched
    assert (set(OUTPUT.glob("*")) if OUTPUT.exists() else set()) == left_before
