"""Many articles at once: every `.txt` in a folder through `analyze_article`, in parallel.

Tables go to OUTDIR as CSV (mentions, quotes, sentences, summary, failures) with a
`manifest.json` that keys each article on everything that shapes its result: its
bytes, its own alias table and .meta file, the table laid over it, and the code and
word lists. A re-run recomputes exactly the articles whose key changed, and all of
them when the tables on disk are not the ones the manifest recorded. One run at a
time writes to a folder (a lock), a bad file is listed with its reason, and the files of
one run are moved into place as a set (`_write_set`): a kill leaves the old set or the new.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import stat
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from .actors import Actors, load_actors
from .errors import InputError
from .files import (
    check_writable,
    commit_set,
    finish_set,
    flat_for_csv,
    spreadsheet_safe,
    write_text_atomic,
)
from .paths import DATA, ROOT, display_path
from .pipeline import analyze_article

TABLES = ("mentions", "quotes", "sentences", "summary")
MANIFEST = "manifest.json"
PENDING = ".pending.json"  # the journal of a set of tables being moved into place
LOCK = ".corpus.lock"
SIDE_FILES = (".actors.csv", ".meta")


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
    flat = {name: flat_for_csv(frame) for name, frame in tables.items()}
    as_text = {
        name: (
            ",".join(map(str, frame.columns)),
            frame.to_csv(index=False, header=False, lineterminator="\n"),
        )
        for name, frame in flat.items()
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
    """Analyse every article of a folder; write one CSV per table to `out`; return the summary.

    The summary's `attrs["recomputed"]` counts the articles analysed in this run.
    """
    from tqdm import tqdm

    out_dir = check_writable(out)
    paths = article_files(directory)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(display_path(out_dir), f"cannot be written ({exc.strerror})") from None
    table = load_actors(actors) if actors else None
    overlay = Path(actors).read_bytes() if actors else b""
    with _locked(out_dir):
        _finish_set(out_dir)  # a set a killed run had committed, or the leftovers of one it had not
        keys = {p.stem: article_key(p, overlay) for p in paths}
        todo, rows, headers = _work_left(paths, out_dir, keys)
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
        written = {}
        for name in TABLES:
            body = "".join(text for _, text in sorted(rows.get(name, {}).items()))
            header = headers.get(name, "")
            written[name] = (header + "\n" if header else "") + body
        failed = pd.DataFrame(failures, columns=["article", "problem"]).sort_values("article")
        done = set(rows.get("summary", {}))
        manifest = {
            "articles": {stem: key for stem, key in keys.items() if stem in done},
            "tables": {name: _digest(text.encode("utf-8")) for name, text in written.items()},
        }
        files = {f"{name}.csv": text for name, text in written.items()}
        files["failures.csv"] = spreadsheet_safe(failed).to_csv(index=False, lineterminator="\n")
        files[MANIFEST] = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
        _write_set(out_dir, files)
    summary = pd.read_csv(out_dir / "summary.csv") if headers.get("summary") else pd.DataFrame()
    summary.attrs["failures"] = failures
    summary.attrs["recomputed"] = len(todo)
    return summary


def _write_set(out_dir: Path, files: dict[str, str]) -> None:
    """Write a run's files as one set: a kill at any moment leaves all the old ones or all the new.

    Each file is staged beside its target, then a journal naming them is written in one atomic
    rename, and only then are they moved into place. Whoever opens the folder next finishes the
    moves when the journal is there, or removes the staged files when it is not.
    """
    moves = {}
    for name, text in files.items():
        moves[out_dir / name] = write_text_atomic(out_dir / f".{name}.new", text)
    commit_set(out_dir / PENDING, moves, within=out_dir)


def _finish_set(out_dir: Path) -> None:
    """Complete the set a run committed to (its journal is written), or drop one it had not."""
    finish_set(out_dir / PENDING, within=out_dir)
    for leftover in [*out_dir.glob(".*.new"), *out_dir.glob(".*.tmp")]:
        leftover.unlink(missing_ok=True)  # staged by a run killed before its journal


def settle(out_dir: Path | str) -> None:
    """Finish a corpus run that was killed while moving its tables into place, before reading them."""
    folder = Path(out_dir)
    if (folder / PENDING).exists() or any(folder.glob(".*.new")):
        with _locked(folder, wait=True):  # a run still writing is waited for, not disturbed
            _finish_set(folder)


@contextlib.contextmanager
def _locked(out_dir: Path, wait: bool = False) -> Iterator[None]:
    """Hold the output folder's lock for the run; a second run at once gets one clear line."""
    with (out_dir / LOCK).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(
                display_path(out_dir),
                "is being written by another corpus run; wait for it or choose another --out",
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@functools.cache
def code_version() -> str:
    """A hash of the code and word lists that shape an article's tables, and of the model's name."""
    from .entities import MODEL

    parts = [MODEL.encode()]
    # The word lists only (data/*.csv, data/*.txt, data/entities/): an article's own bytes are in
    # its key already, so one corpus article's edit must not invalidate every other one.
    word_lists = (
        sorted(DATA.glob("*.csv")) + sorted(DATA.glob("*.txt")) + sorted(DATA.glob("entities/*"))
    )
    for path in sorted((ROOT / "utils").glob("*.py")) + word_lists:
        if path.is_file():
            parts += [str(path.relative_to(ROOT)).encode(), path.read_bytes()]
    return _digest(b"\0".join(parts))


def article_key(path: Path, overlay: bytes = b"") -> str:
    """What an article's result depends on: its bytes, side files, the overlay table and the code."""
    parts = [code_version().encode(), overlay]
    for source in (path, *(path.with_suffix(s) for s in SIDE_FILES)):
        parts.append(_regular_bytes(source))
    return _digest(b"\0".join(parts))


def _regular_bytes(path: Path) -> bytes:
    """A regular file's bytes (up to the article limit); a marker for anything else."""
    from .article import MAX_BYTES

    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            return f"special {mode}".encode()
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return f"unreadable {exc.errno}".encode()


def _work_left(
    paths: list[Path], out_dir: Path, keys: dict[str, str]
) -> tuple[list[Path], dict[str, dict[str, str]], dict[str, str]]:
    """Articles still to analyse, and the rows and headers kept from an earlier run."""
    previous = _trusted_manifest(out_dir)
    if previous is None:
        return paths, {}, {}
    kept = {p.stem for p in paths if previous["articles"].get(p.stem) == keys[p.stem]}
    todo = [p for p in paths if p.stem not in kept]
    rows: dict[str, dict[str, str]] = {}
    headers: dict[str, str] = {}
    for name in TABLES:
        frame = pd.read_csv(out_dir / f"{name}.csv", keep_default_na=False, dtype=str)
        headers[name] = ",".join(frame.columns)
        if "article" not in frame.columns:
            continue
        for article, group in frame[frame["article"].isin(kept)].groupby("article"):
            rows.setdefault(name, {})[str(article)] = group.to_csv(
                index=False, header=False, lineterminator="\n"
            )
    return todo, rows, headers


def _trusted_manifest(out_dir: Path) -> dict[str, dict[str, str]] | None:
    """The last run's manifest when every table on disk is the one it recorded, else None."""
    try:
        manifest = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        for name in TABLES:
            data = (out_dir / f"{name}.csv").read_bytes()
            if manifest["tables"][name] != _digest(data):
                return None
        if not isinstance(manifest["articles"], dict):
            return None
        return dict(manifest)
    except (OSError, ValueError, KeyError, TypeError):
        return None
