"""Many articles at once: every `.txt` in a folder through `analyze_article`, in parallel.

Tables go to OUTDIR as CSV (mentions, quotes, sentences, summary, failures);
an article whose outputs are newer than its file is skipped, and a bad file is
listed with its reason instead of stopping the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from .actors import Actors, load_actors
from .errors import InputError
from .files import check_writable, spreadsheet_safe, write_text_atomic
from .paths import display_path
from .pipeline import analyze_article

TABLES = ("mentions", "quotes", "sentences", "summary")


def article_files(directory: Path | str) -> list[Path]:
    """The `.txt` articles of a folder, sorted."""
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(display_path(folder), "is not a folder of articles")
    return sorted(folder.glob("*.txt"))


_WORKER_ACTORS: Actors | None = None  # set once per worker process, not pickled with every task
Result = tuple[
    Path, dict[str, tuple[str, str]] | None, str
]  # path, {table: (header, rows)}, problem


def _set_worker_actors(actors: Actors | None) -> None:
    global _WORKER_ACTORS
    _WORKER_ACTORS = actors


def _analyze_safely(path: Path, table: Actors | None = None) -> Result:
    """One article's tables as CSV text (cheap to send back from a worker), or its problem."""
    try:
        tables = analyze_article(path, table if table is not None else _WORKER_ACTORS)
    except InputError as exc:
        return path, None, exc.problem
    as_text = {
        name: (
            ",".join(map(str, frame.columns)),
            spreadsheet_safe(frame).to_csv(index=False, header=False, lineterminator="\n"),
        )
        for name, frame in tables.items()
    }
    return path, as_text, ""


def _results(
    paths: list[Path], actors: Actors | None, workers: int, engine: str
) -> Iterator[Result]:
    if engine == "dask":
        from dask.distributed import Client, LocalCluster, as_completed

        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            shared = client.scatter(actors, broadcast=True) if actors is not None else None
            futures = client.map(_analyze_safely, paths, table=shared, pure=False)
            for future in as_completed(futures):
                yield future.result()
    elif workers > 1:
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_set_worker_actors, initargs=(actors,)
        ) as pool:
            yield from pool.map(
                _analyze_safely, paths, chunksize=max(1, len(paths) // (workers * 4))
            )
    else:
        _set_worker_actors(actors)
        for path in paths:
            yield _analyze_safely(path)


def run_corpus(
    directory: Path | str,
    out: Path | str,
    *,
    workers: int = 1,
    engine: str = "local",
    actors: str | None = None,
    progress: bool = True,
) -> pd.DataFrame:
    """Analyse every article of a folder; write one CSV per table to `out`; return the summary."""
    from tqdm import tqdm

    out_dir = check_writable(out)
    paths = article_files(directory)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(display_path(out_dir), f"cannot be written ({exc.strerror})") from None
    table = load_actors(actors) if actors else None
    todo, rows, headers = _work_left(paths, out_dir)
    failures = []
    bar = tqdm(total=len(todo), unit="article", disable=None if progress else True, leave=False)
    for path, tables, problem in _results(todo, table, workers, engine):
        bar.update(1)
        if tables is None:
            failures.append({"article": path.name, "problem": problem})
            continue
        for name in TABLES:
            headers[name], text = tables[name]
            rows.setdefault(name, {})[path.stem] = text
    bar.close()
    for name in TABLES:
        body = "".join(text for _, text in sorted(rows.get(name, {}).items()))
        header = headers.get(name, "")
        write_text_atomic(out_dir / f"{name}.csv", (header + "\n" if header else "") + body)
    failed = pd.DataFrame(failures, columns=["article", "problem"]).sort_values("article")
    write_text_atomic(
        out_dir / "failures.csv", spreadsheet_safe(failed).to_csv(index=False, lineterminator="\n")
    )
    summary = pd.read_csv(out_dir / "summary.csv") if headers.get("summary") else pd.DataFrame()
    summary.attrs["failures"] = failures
    return summary


def _work_left(
    paths: list[Path], out_dir: Path
) -> tuple[list[Path], dict[str, dict[str, str]], dict[str, str]]:
    """Articles still to analyse, and the rows and headers kept from an earlier run."""
    summary_file = out_dir / "summary.csv"
    if not summary_file.exists():
        return paths, {}, {}
    done_at = summary_file.stat().st_mtime
    done = set(pd.read_csv(summary_file, keep_default_na=False)["article"].astype(str))
    todo = [p for p in paths if p.stem not in done or p.stat().st_mtime > done_at]
    kept = {p.stem for p in paths} - {p.stem for p in todo}
    rows: dict[str, dict[str, str]] = {}
    headers: dict[str, str] = {}
    for name in TABLES:
        path = out_dir / f"{name}.csv"
        if not path.exists() or not path.read_text(encoding="utf-8").strip():
            continue
        frame = pd.read_csv(path, keep_default_na=False, dtype=str)
        headers[name] = ",".join(frame.columns)
        for article, group in frame[frame["article"].isin(kept)].groupby("article"):
            rows.setdefault(name, {})[str(article)] = group.to_csv(
                index=False, header=False, lineterminator="\n"
            )
    return todo, rows, headers
