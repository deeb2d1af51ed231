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


def test_bad_parameters_are_one_line_before_any_notebook_runs(tmp_path: Path) -> None:
    import subprocess
    import sys

    edition = OUTPUT / SECOND.stem
    existed = edition.exists()
    for extra, problem in (
        (["--date", "2031-01-01"], "outside the ECB data"),
        (["--actors", str(tmp_path / "missing.csv")], "no such file"),
    ):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "utils",
                "run-notebooks",
                "notebooks",
                "--article",
                str(SECOND),
                *extra,
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and problem in done.stderr
        assert edition.exists() == existed  # nothing was run, so nothing was written


def test_a_failing_notebook_is_one_line_and_leaves_its_target_as_it_was(tmp_path: Path) -> None:
    import nbformat

    from utils.errors import InputError
    from utils.notebooks import _execute

    source = tmp_path / "01_broken.ipynb"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")])
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(notebook, source)
    before = source.read_bytes()
    try:
        _execute(source, source, tmp_path, {})
    except InputError as exc:
        assert "01_broken.ipynb" in str(exc) and "cell 1 failed with ZeroDivisionError" in str(exc)
    else:
        raise AssertionError("the failing cell was not reported")
    assert source.read_bytes() == before


def test_an_edition_folder_that_is_a_symlink_out_of_the_repository_is_refused(
    tmp_path: Path,
) -> None:
    from utils.errors import InputError
    from utils.files import check_writable

    link = OUTPUT / "symlinked-edition-test"
    OUTPUT.mkdir(exist_ok=True)
    link.symlink_to(tmp_path)
    try:
        try:
            check_writable(link / "figures" / "x.png")
        except InputError as exc:
            assert "symlink out of the repository" in str(exc)
        else:
            raise AssertionError("a write through a symlink out of the repository was allowed")
    finally:
        link.unlink()
        if not any(OUTPUT.iterdir()):
            OUTPUT.rmdir()


def _notebook(path: Path, *cells: str) -> None:
    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    notebook.cells[0].metadata["tags"] = ["parameters"]
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(notebook, path)


FIGURE_CELL = """
from pathlib import Path
import matplotlib.pyplot as plt
import utils
title = Path(ARTICLE).read_text(encoding="utf-8").splitlines()[0]
fig, ax = plt.subplots()
ax.plot([1, 2]); ax.set_title(title); ax.set_xlabel("x"); ax.set_ylabel("y")
utils.save_figure(fig, NAME, source="a test", directory=FIGURES)
"""


def test_a_run_that_fails_halfway_leaves_every_output_as_it_was(tmp_path: Path) -> None:
    from utils.errors import InputError

    folder = tmp_path / "nbs"
    folder.mkdir()
    parameters = 'ARTICLE = ""\nFIGURES = "../figures"\nMARKET_DIR = "../market"'
    _notebook(folder / "01_one.ipynb", parameters, 'NAME = "one"\n' + FIGURE_CELL)
    _notebook(folder / "02_two.ipynb", parameters, 'NAME = "two"\n' + FIGURE_CELL)
    _notebook(folder / "03_check.ipynb", parameters, 'assert "later" not in open(ARTICLE).read()')
    first, later = tmp_path / "first.txt", tmp_path / "later.txt"
    first.write_text("First headline\n\nBody.\n", encoding="utf-8")
    later.write_text("A later headline\n\nBody.\n", encoding="utf-8")
    out = tmp_path / "edition"
    run_notebooks(folder, article=str(first), out=out)
    written = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert {p.name for p in written} >= {"one.png", "two.svg", "01_one.ipynb", "03_check.ipynb"}
    try:
        run_notebooks(folder, article=str(later), out=out, jobs=1)
    except InputError as exc:
        assert "03_check.ipynb" in str(exc)
    else:
        raise AssertionError("the failing notebook was not reported")
    # Notebooks 01 and 02 ran and drew new figures, but nothing of that run was moved into place.
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == written
