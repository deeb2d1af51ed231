"""Execute the notebooks with papermill: in place for this article, or into output/ for another.

`make figures` calls `run_notebooks(["notebooks", "solutions"])`; with an article it writes
the executed notebooks and figures under output/<article-slug>/, leaving the
committed notebooks/ and figures/ untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .errors import InputError
from .files import (
    STAGE_ENV,
    check_writable,
    commit_set,
    finish_set,
    stage_moves,
    staged,
    write_text_atomic,
)
from .paths import OUTPUT, ROOT, display_path

VOLATILE_METADATA = ("papermill", "execution")
IN_PLACE = (ROOT / "notebooks", ROOT / "solutions")  # committed notebooks, re-executed in place
Task = tuple[Path, Path, Path, dict[str, object]]  # source, target, working folder, parameters


def notebook_paths(directory: Path | str) -> list[Path]:
    """The numbered notebooks of a folder, in order (NN_name.ipynb)."""
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(display_path(folder), "is not a folder of notebooks")
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def strip_volatile_metadata(notebook: dict) -> dict:
    """Drop papermill's timings and paths so a re-run notebook differs only where results do."""
    for key in VOLATILE_METADATA:
        notebook.get("metadata", {}).pop(key, None)
    for cell in notebook.get("cells", []):
        for key in VOLATILE_METADATA:
            cell.get("metadata", {}).pop(key, None)
        if "outputs" in cell:
            cell["outputs"] = _merge_streams(cell["outputs"])
    notebook.get("metadata", {}).get("kernelspec", {}).update(
        {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    )
    return notebook


def _merge_streams(outputs: list[dict]) -> list[dict]:
    """Join consecutive pieces of the same stream: how the kernel chunks a print varies per run."""
    merged: list[dict] = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and output.get("output_type") == "stream"
            and previous.get("output_type") == "stream"
            and previous.get("name") == output.get("name")
        ):
            text = "".join(previous["text"]) + "".join(output["text"])
            previous["text"] = text.splitlines(keepends=True)
        else:
            merged.append(output)
    return merged


def _execute(source: Path, target: Path, cwd: Path, parameters: dict[str, object]) -> str:
    import tempfile
    import time

    import papermill

    started = time.perf_counter()
    check_writable(target, also=IN_PLACE)  # refuse before running, not after: symlinks resolved
    # Papermill writes its output as the cells run; a failed run must leave the target as it was,
    # so it writes to a temporary file and the target is replaced only on success.
    with tempfile.TemporaryDirectory(prefix="media-notebook-") as scratch:
        partial = Path(scratch) / target.name
        try:
            papermill.execute_notebook(
                str(source),
                str(partial),
                parameters=parameters or None,
                kernel_name="python3",
                cwd=str(cwd),
                progress_bar=False,
                log_output=False,
                request_save_on_cell_execute=False,
                # The kernel's own log (TCP warnings, the interrupt at shutdown) is noise on success.
                extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
            )
        except papermill.PapermillExecutionError as exc:
            raise InputError(
                display_path(source),
                f"cell {exc.cell_index + 1} failed with {exc.ename}: {(str(exc.evalue).splitlines() or [''])[0][:200]}",
            ) from None
        notebook = strip_volatile_metadata(json.loads(partial.read_text(encoding="utf-8")))
    # Executing the committed notebooks in place is the one write outside the generated folders.
    write_text_atomic(
        staged(target, also=IN_PLACE),
        json.dumps(notebook, indent=1, ensure_ascii=False) + "\n",
        also=IN_PLACE,
    )
    return f"{display_path(target):60} {time.perf_counter() - started:5.1f} s"


def _takes_article(path: Path) -> bool:
    """Whether a notebook's parameters cell has ARTICLE."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook.get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            return "ARTICLE" in "".join(cell.get("source", ""))
    return False


def run_notebooks(
    directory: Path | str | Sequence[Path | str],
    *,
    jobs: int = 1,
    article: str | None = None,
    actors: str | None = None,
    date: dt.date | None = None,
    out: Path | str | None = None,
) -> list[str]:
    """Execute every notebook top to bottom; return one line per notebook: its path and seconds.

    Folders run one after another. Everything the run writes (executed notebooks, figures, rate
    series) is staged and moved into place as one set at the end: a failure or a kill leaves the
    old outputs, never some old and some new.
    """
    folders = [directory] if isinstance(directory, str | Path) else list(directory)
    batches = [[p.resolve() for p in notebook_paths(folder)] for folder in folders]
    if article is None:
        # The committed notebooks are the default run: executed in place, no parameters injected.
        runs: list[list[Task]] = [
            [(nb, nb, nb.parent, {}) for nb in sources] for sources in batches
        ]
        home = ROOT
        stage_root = OUTPUT
    else:
        from .article import load_article

        loaded = load_article(article)  # fail early, with one clear line, on a bad input
        if actors:
            from .actors import load_actors

            load_actors(actors)
        if date:
            from .market import check_date_in_data

            check_date_in_data(date)
        edition = check_writable(out if out is not None else OUTPUT / loaded.slug)
        (edition / "notebooks").mkdir(parents=True, exist_ok=True)
        cwd = edition / "notebooks"
        parameters: dict[str, object] = {
            "ARTICLE": os.path.relpath(Path(article).resolve(), cwd),
            "FIGURES": "../figures",
            "MARKET_DIR": "../market",
        }
        if actors:
            parameters["ACTORS"] = os.path.relpath(Path(actors).resolve(), cwd)
        if date:
            parameters["ARTICLE_DATE"] = date.isoformat()
        # Notebooks about one article take its parameters; the corpus notebook (06) is not one.
        runs = [
            [(nb, cwd / nb.name, cwd, parameters) for nb in sources if _takes_article(nb)]
            for sources in batches
        ]
        home = stage_root = edition
    return _run_as_a_set(runs, jobs, home, check_writable(stage_root))


def _run_as_a_set(runs: list[list[Task]], jobs: int, home: Path, where: Path) -> list[str]:
    """Execute the batches in order with every write staged under `where`, then move them as one set."""
    journal, stage = where / ".figures-set.json", where / ".figures-stage"
    finish_set(journal, within=home)  # a set a killed run had committed
    shutil.rmtree(stage, ignore_errors=True)  # or the leftovers of one it had not
    stage.mkdir(parents=True)
    before = os.environ.get(STAGE_ENV)
    os.environ[STAGE_ENV] = str(stage)  # the kernels inherit it
    try:
        lines: list[str] = []
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            for tasks in runs:
                lines += pool.map(lambda task: _execute(*task), tasks)
        commit_set(journal, stage_moves(stage), within=home)
    finally:
        if before is None:
            os.environ.pop(STAGE_ENV, None)
        else:
            os.environ[STAGE_ENV] = before
        shutil.rmtree(stage, ignore_errors=True)
        with contextlib.suppress(OSError):
            where.rmdir()  # only when the run left it empty: a clean clone keeps no output/
    return lines
