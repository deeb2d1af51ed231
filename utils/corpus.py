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
from .files import check_writable, write_text_atomic
from .paths import display_path
from .pipeline import analyze_article

TABLES = ("mentions", "quotes", "sentences", "summary")


def article_files(directory: Path | str) -> list[Path]:
    """The `.txt` articles of a folder, sorted."""
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(display_path(folder), "is not a folder of articles")
    return sorted(folder.glob("*.txt"))


def _analyze_safely(
    path: Path, actors: Actors | None
) -> tuple[Path, dict[str, pd.DataFrame] | None, str]:
    try:
        return path, analyze_article(path, actors), ""
    except InputError as exc:
        return path, None, exc.problem


def _results(
    paths: list[Path], actors: Actors | None, workers: int, engine: str
) -> Iterator[tuple[Path, dict[str, pd.DataFrame] | None, str]]:
    if engine == "dask":
        from dask.distributed import Client, LocalCluster, as_completed

        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            futures = client.map(_analyze_safely, paths, [actors] * len(paths), pure=False)
            for future in as_completed(futures):
                yield future.result()
    elif workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(
                _analyze_safely,
                paths,
                [actors] * len(paths),
                chunksize=max(1, len(paths) // (workers * 8)),
            )
    else:
        for path in paths:
            yield _analyze_safely(path, actors)


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
    summary_file = out_dir / "summary.csv"
    if summary_file.exists():
        done_at = summary_file.stat().st_mtime
        todo = [p for p in paths if p.stat().st_mtime > done_at]
        previous = {
            name: pd.read_csv(out_dir / f"{name}.csv", keep_default_na=False)
            for name in TABLES
            if (out_dir / f"{name}.csv").exists()
        }
        kept = {p.stem for p in paths} - {p.stem for p in todo}
        collected = {
            name: [frame[frame["article"].astype(str).isin(kept)]]
            for name, frame in previous.items()
        }
    else:
        todo, collected = paths, {}
    failures = []
    bar = tqdm(total=len(todo), unit="article", disable=None if progress else True, leave=False)
    for path, tables, problem in _results(todo, table, workers, engine):
        bar.update(1)
        if tables is None:
            failures.append({"article": path.name, "problem": problem})
            continue
        for name in TABLES:
            collected.setdefault(name, []).append(tables[name])
    bar.close()
    for name in TABLES:
        frames = [f for f in collected.get(name, []) if not f.empty]
        merged = (
            pd.concat(frames, ignore_index=True).sort_values("article", kind="stable")
            if frames
            else pd.DataFrame()
        )
        write_text_atomic(out_dir / f"{name}.csv", merged.to_csv(index=False, lineterminator="\n"))
    write_text_atomic(
        out_dir / "failures.csv",
        pd.DataFrame(failures, columns=["article", "problem"]).to_csv(
            index=False, lineterminator="\n"
        ),
    )
    summary = pd.read_csv(summary_file) if summary_file.exists() else pd.DataFrame()
    summary.attrs["failures"] = failures
    return summary
