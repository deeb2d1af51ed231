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
    quotes_before = (out / "quotes.csv").read_bytes()
    again = run_corpus(corpus, out, workers=1, progress=False)
    assert len(again) == len(summary)
    assert (out / "quotes.csv").read_bytes() == quotes_before


def test_dask_engine_gives_the_same_tables(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    local = run_corpus(corpus, tmp_path / "local", workers=1, progress=False)
    on_dask = run_corpus(corpus, tmp_path / "dask", workers=2, engine="dask", progress=False)
    pd.testing.assert_frame_equal(local, on_dask)
    assert (tmp_path / "local" / "quotes.csv").read_bytes() == (
        tmp_path / "dask" / "quotes.csv"
    ).read_bytes()
