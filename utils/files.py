"""Safe writing: every file goes through a temporary file and an atomic rename.

Inside the repository only figures/, output/ and data/market/ may be written,
so nothing a user owns (articles, tables, notebooks) is overwritten by code.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pandas as pd

from .errors import InputError
from .paths import FIGURES, MARKET, OUTPUT, ROOT, display_path

WRITABLE = (FIGURES, OUTPUT, MARKET)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# A structured column (tuples) and its flat twin, which is what a CSV file holds:
# `speakers` (the names of a joint speaker) is written as `speaker`, the names joined by "; ".
FLAT_TWIN = {"speakers": "speaker"}


def flat_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The table without its structured columns, where their flat twin is present."""
    return frame.drop(columns=[c for c, twin in FLAT_TWIN.items() if c in frame and twin in frame])


def flat_for_csv(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as a CSV file holds it: structured columns left out, formulas escaped."""
    return spreadsheet_safe(flat_columns(frame))


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells that a spreadsheet would run as a formula get a leading apostrophe (OWASP)."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or str(safe[column].dtype) == "str":
            safe[column] = safe[column].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v
            )
    return safe


def check_writable(path: Path | str, also: tuple[Path, ...] = ()) -> Path:
    """The resolved path, or InputError if the collection must not write there."""
    written = Path(path).absolute()
    try:
        target = Path(path).resolve()
    except (OSError, RuntimeError):  # a symlink loop
        raise InputError(display_path(written), "cannot be resolved (a symlink loop?)") from None
    lexically_inside = written == ROOT or ROOT in written.parents
    inside_repo = target == ROOT or ROOT in target.parents
    if lexically_inside and not inside_repo:
        raise InputError(
            display_path(written),
            "is a symlink out of the repository; the collection does not follow it",
        )
    if inside_repo and not any(target == d or d in target.parents for d in (*WRITABLE, *also)):
        raise InputError(
            display_path(target),
            "is not under figures/, output/ or data/market/; the collection writes nowhere else",
        )
    return target


def write_bytes_atomic(path: Path | str, data: bytes, also: tuple[Path, ...] = ()) -> Path:
    """Write bytes to path via a temporary file in the same folder and an atomic rename."""
    target = check_writable(path, also)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise InputError(
            display_path(target.parent), f"cannot be written ({exc.strerror})"
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as exc:  # a full disk, a quota, a folder made read-only meanwhile
        Path(temporary).unlink(missing_ok=True)
        raise InputError(
            display_path(target.parent), f"cannot be written ({exc.strerror or exc})"
        ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def write_text_atomic(path: Path | str, text: str, also: tuple[Path, ...] = ()) -> Path:
    """Write UTF-8 text (LF line ends) atomically."""
    return write_bytes_atomic(path, text.encode("utf-8"), also)


# A run that writes its outputs as one set (`make figures`) names a folder here; the helpers
# that write figures and rate series then write into it, and the run moves them all at the end.
STAGE_ENV = "MEDIA_NOTEBOOKS_STAGE"


def staged(path: Path | str, also: tuple[Path, ...] = ()) -> Path:
    """Where `path` is written: in the run's stage when one is set, else `path` itself."""
    stage = os.environ.get(STAGE_ENV)
    if not stage:
        return Path(path)
    target = check_writable(path, also)  # refused now, not when the set is moved into place
    return Path(stage) / target.relative_to(target.anchor)


def stage_moves(stage: Path) -> dict[Path, Path]:
    """Every file written into a stage, with the target it stands for."""
    return {
        Path(file.anchor) / file.relative_to(stage): file
        for file in sorted(stage.rglob("*"))
        if file.is_file()
    }


def commit_set(journal: Path, moves: dict[Path, Path], within: Path) -> None:
    """Move staged files onto their targets as one set: a kill leaves all old or, once the
    journal is written, all new (`finish_set` completes it)."""
    text = json.dumps({str(t): str(s) for t, s in moves.items()}, indent=1, sort_keys=True)
    write_text_atomic(journal, text + "\n", also=(journal.parent,))
    finish_set(journal, within)


def finish_set(journal: Path, within: Path) -> None:
    """Complete the moves a committed journal names, then remove it; without one, do nothing.

    A journal that is not this code's, or names a path outside `within`, is removed unused.
    """
    try:
        moves = json.loads(journal.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, ValueError):
        moves = None
    if isinstance(moves, dict):
        root = within.resolve()
        for target, source in moves.items():
            paths = (Path(str(target)), Path(str(source)))
            inside = all(p.is_absolute() and root in p.resolve().parents for p in paths)
            if inside and paths[1].is_file():
                paths[0].parent.mkdir(parents=True, exist_ok=True)
                os.replace(paths[1], paths[0])
    journal.unlink(missing_ok=True)
