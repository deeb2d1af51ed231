"""The corpus runner: every article analysed, bad files listed, re-runs skip done work, Dask agrees."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from utils.corpus import run_corpus
from utils.paths import DATA
from utils.pipeline import analyze_article

ARTICLES = sorted((DATA / "articles").glob("*.txt"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in ARTICLES:
        shutil.copy(path, folder / path.name)
        if path.with_suffix(".actors.csv").exists():
            shutil.copy(
                path.with_suffix(".actors.csv"), folder / path.with_suffix(".actors.csv").name
            )
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return folder


def test_analyze_article_is_tidy() -> None:
    tables = analyze_article(ARTICLES[-1])
    assert set(tables) == {"mentions", "quotes", "sentences", "summary"}
    assert len(tables["summary"]) == 1
    assert tables["quotes"]["article"].eq(ARTICLES[-1].stem).all()


def test_corpus_lists_failures_and_skips_done_work(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_corpus(corpus, out, workers=2, progress=False)
    assert sorted(summary["article"]) == sorted(p.stem for p in ARTICLES)
    failures = pd.read_csv(out / "failures.csv")
    assert failures["article"].tolist() == ["broken.txt"]
    assert "binary" in failures["problem"].iloc[0]
    assert summary.attrs["recomputed"] == len(ARTICLES) + 1  # the broken file is tried too
    quotes_before = (out / "quotes.csv").read_bytes()
    again = run_corpus(corpus, out, workers=1, progress=False)
    assert len(again) == len(summary)
    assert again.attrs["recomputed"] == 1  # only the broken file, which has no result to keep
    assert (out / "quotes.csv").read_bytes() == quotes_before


def test_a_rerun_recomputes_what_changed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_corpus(corpus, out, progress=False)
    (corpus / "broken.txt").unlink()
    assert run_corpus(corpus, out, progress=False).attrs["recomputed"] == 0
    seed = corpus / ARTICLES[-1].name
    seed.write_text(
        seed.read_text(encoding="utf-8") + "\n\nOne more paragraph.\n", encoding="utf-8"
    )
    assert run_corpus(corpus, out, progress=False).attrs["recomputed"] == 1
    table = tmp_path / "overlay.csv"
    table.write_text(
        "id,name,kind,group,gender,roles,aliases\nmoscow_x,Moscow,capital,Russia,,,\n",
        encoding="utf-8",
    )
    rerun = run_corpus(corpus, out, actors=str(table), progress=False)
    assert rerun.attrs["recomputed"] == len(ARTICLES)  # another table shapes every article


@pytest.mark.parametrize("damage", ["delete", "truncate", "foreign", "binary"])
def test_damaged_tables_are_recomputed_not_trusted(
    corpus: Path, tmp_path: Path, damage: str
) -> None:
    out = tmp_path / "out"
    run_corpus(corpus, out, progress=False)
    mentions = (out / "mentions.csv").read_text(encoding="utf-8")
    target = out / ("summary.csv" if damage in ("foreign", "binary") else "mentions.csv")
    if damage == "delete":
        target.unlink()
    elif damage == "truncate":
        target.write_text(mentions[: len(mentions) // 3], encoding="utf-8")
    elif damage == "foreign":
        target.write_text("name,value\nx,1\n", encoding="utf-8")
    else:
        target.write_bytes(b"\x89PNG\x00\x00")
    rerun = run_corpus(corpus, out, progress=False)
    assert rerun.attrs["recomputed"] == len(ARTICLES) + 1
    assert (out / "mentions.csv").read_text(encoding="utf-8") == mentions


def test_two_runs_into_one_folder_do_not_mix(corpus: Path, tmp_path: Path) -> None:
    import fcntl

    from utils.corpus import LOCK
    from utils.errors import InputError

    out = tmp_path / "out"
    out.mkdir()
    with (out / LOCK).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # another run holds the folder
        with pytest.raises(InputError, match="another corpus run"):
            run_corpus(corpus, out, progress=False)


def test_dask_engine_gives_the_same_tables(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    local = run_corpus(corpus, tmp_path / "local", workers=1, progress=False)
    on_dask = run_corpus(corpus, tmp_path / "dask", workers=2, engine="dask", progress=False)
    pd.testing.assert_frame_equal(local, on_dask)
    assert (tmp_path / "local" / "quotes.csv").read_bytes() == (
        tmp_path / "dask" / "quotes.csv"
    ).read_bytes()


def test_the_source_audit_changes_with_the_alias_table(corpus: Path, tmp_path: Path) -> None:
    from utils import audit

    (corpus / "broken.txt").unlink()
    run_corpus(corpus, tmp_path / "plain", progress=False)
    plain = audit.speakers(audit.load_tables(tmp_path / "plain"))
    table = tmp_path / "overlay.csv"
    table.write_text(
        "id,name,kind,group,gender,roles,aliases\n"
        "putin,Vladimir Putin,organisation,Kremlin voices,,,Putin\n",
        encoding="utf-8",
    )
    run_corpus(corpus, tmp_path / "overlaid", actors=str(table), progress=False)
    overlaid = audit.speakers(audit.load_tables(tmp_path / "overlaid"))
    before = audit.shares(plain, "speaker_kind", weight="words").set_index("speaker_kind")["count"]
    after = audit.shares(overlaid, "speaker_kind", weight="words").set_index("speaker_kind")[
        "count"
    ]
    assert after.get("organisation", 0) > before.get("organisation", 0)
    assert "Kremlin voices" in set(overlaid["group"])


def test_shares_come_with_intervals_that_hold_them() -> None:
    from utils import audit

    table = pd.DataFrame(
        {
            "article": list("aabbcc"),
            "gender": ["female", "male", "male", "unknown", "female", "male"],
        }
    )
    shares = audit.shares(table, "gender").set_index("gender")
    assert shares.loc["male", "count"] == 3 and abs(shares.loc["male", "share"] - 0.5) < 1e-9
    assert (shares["low"] <= shares["share"]).all() and (shares["share"] <= shares["high"]).all()
    assert "unknown" in shares.index


class Killed(BaseException):
    """Stands for `kill -9`: nothing after it runs."""


SET = (
    "mentions.csv",
    "quotes.csv",
    "sentences.csv",
    "summary.csv",
    "failures.csv",
    "manifest.json",
)


def _snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in SET}


def test_a_kill_at_any_moment_leaves_the_old_set_or_the_new(corpus: Path, tmp_path: Path) -> None:
    import os

    from utils import audit

    overlay = tmp_path / "overlay.csv"
    overlay.write_text(
        "id,name,kind,group,gender,roles,aliases\nvladimir_putin,Vladimir Putin,person,Testland,male,,Putin\n",
        encoding="utf-8",
    )
    old_out, new_out = tmp_path / "old", tmp_path / "new"
    run_corpus(corpus, old_out, progress=False)
    run_corpus(corpus, new_out, actors=str(overlay), progress=False)
    old, new = _snapshot(old_out), _snapshot(new_out)
    assert old["mentions.csv"] != new["mentions.csv"]
    real_replace = os.replace
    outcomes = set()
    for moment in range(20):
        out = tmp_path / f"killed-{moment}"
        shutil.copytree(old_out, out)
        renames = 0

        def replace_then_die(source: object, target: object, moment: int = moment) -> None:
            nonlocal renames
            if renames == moment:
                raise Killed
            renames += 1
            real_replace(source, target)  # type: ignore[arg-type]

        os.replace = replace_then_die  # type: ignore[assignment]
        try:
            run_corpus(corpus, out, actors=str(overlay), progress=False)
            finished = True
        except Killed:
            finished = False
        finally:
            os.replace = real_replace
        audit.load_tables(out)  # the next reader finishes or drops the interrupted set
        after = _snapshot(out)
        assert after in (old, new), f"a mix of old and new tables after a kill at rename {moment}"
        outcomes.add("new" if after == new else "old")
        assert not [p.name for p in out.iterdir() if p.name.endswith((".new", ".tmp"))]
        if finished:
            break
    assert outcomes == {"old", "new"}


def test_every_shipped_article_has_its_source_and_licence() -> None:
    import csv

    folder = DATA / "corpus"
    with (folder / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 300
    assert {r["slug"] for r in rows} == {p.stem for p in folder.glob("*.txt")}
    assert all(r["source_url"].startswith("http") and r["licence"] for r in rows)
    attribution = (folder / "LICENCE.md").read_text(encoding="utf-8")
    assert all(f"- {r['slug']}:" in attribution for r in rows)
