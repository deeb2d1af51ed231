"""`make bench`: speed as ratios measured in one run, written to bench/results.json.

Ratios, not seconds, because these machines are noisy: each measure divides the
work by a baseline timed in the same run. Nothing here is asserted; the README
quotes the table with the date and machine it was measured on.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textblob import TextBlob  # noqa: E402

from utils.actors import load_actors  # noqa: E402
from utils.article import load_article  # noqa: E402
from utils.corpus import run_corpus  # noqa: E402
from utils.entities import MODEL, discover_actors  # noqa: E402
from utils.paths import DEFAULT_ACTORS, SEED_ARTICLE  # noqa: E402
from utils.pipeline import analyze_article  # noqa: E402
from utils.quotes import find_quotes  # noqa: E402
from utils.sentiment import quote_sentiment, sentence_sentiment  # noqa: E402

GOALS = {
    "article_vs_textblob_ratio": ("<=", 3.0),
    "figures_vs_empty_ratio": ("<=", 1.5),
    "corpus_flatness_ratio": ("<=", 1.2),
    "article_vs_full_parse_ratio": ("<=", 1.0),
    "two_worker_speedup": (">=", 1.8),
}


def median_seconds(work: Callable[[], object], repeats: int = 15) -> float:
    """Median wall time of `work` over repeats, after one warm-up call."""
    work()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def article_ratio() -> dict[str, float]:
    """The whole per-article analysis against TextBlob sentiment alone over the same sentences."""
    actors = load_actors(DEFAULT_ACTORS)
    sentences = load_article(SEED_ARTICLE).sentence_table["text"].tolist()
    textblob = median_seconds(lambda: [TextBlob(s).sentiment for s in sentences])
    whole = median_seconds(lambda: analyze_article(SEED_ARTICLE, actors))
    article = load_article(SEED_ARTICLE)
    quotes = find_quotes(article, actors)
    sentiment = median_seconds(lambda: (quote_sentiment(quotes), sentence_sentiment(article)))
    return {
        "article_seconds": whole,
        "textblob_seconds": textblob,
        "article_vs_textblob_ratio": whole / textblob,
        "sentiment_seconds": sentiment,
        "sentiment_vs_textblob_ratio": sentiment / textblob,
    }


def discovery_ratios(work: Path) -> dict[str, float]:
    """Actor discovery, and the whole analysis of an article with no table, against one full parse."""
    import spacy

    full = spacy.load(MODEL)
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    bare = work / "no-table" / "article.txt"  # the seed without its curated table beside it
    bare.parent.mkdir(parents=True)
    bare.write_text(text, encoding="utf-8")
    parse = median_seconds(lambda: full(text), repeats=7)
    discovery = median_seconds(lambda: discover_actors(load_article(bare)), repeats=7)
    whole = median_seconds(lambda: analyze_article(bare), repeats=7)
    return {
        "full_parse_seconds": parse,
        "discovery_seconds": discovery,
        "discovery_vs_full_parse_ratio": discovery / parse,
        "article_discovered_seconds": whole,
        "article_vs_full_parse_ratio": whole / parse,
    }


def build_corpus(folder: Path, size: int) -> Path:
    """A deterministic corpus: the shipped articles copied round-robin under numbered names."""
    sources = sorted((ROOT / "data" / "articles").glob("*.txt")) + sorted(
        (ROOT / "tests" / "articles").glob("*.txt")
    )
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(size):
        shutil.copy(sources[i % len(sources)], folder / f"a{i:05d}.txt")
    return folder


def corpus_ratios(work: Path) -> dict[str, float]:
    """Per-article time at 1,000 versus 10 articles, and 2 workers versus 1 on 1,000."""
    small, large = build_corpus(work / "c10", 10), build_corpus(work / "c1000", 1000)
    actors = str(DEFAULT_ACTORS)

    def timed(folder: Path, workers: int, name: str) -> float:
        start = time.perf_counter()
        run_corpus(folder, work / name, workers=workers, actors=actors, progress=False)
        return time.perf_counter() - start

    per_small = min(timed(small, 1, f"o10-{i}") for i in range(3)) / 10
    one = timed(large, 1, "o1000-1")
    two = timed(large, 2, "o1000-2")
    return {
        "corpus_10_per_article_seconds": per_small,
        "corpus_1000_per_article_seconds": one / 1000,
        "corpus_flatness_ratio": (one / 1000) / per_small,
        "corpus_1000_one_worker_seconds": one,
        "corpus_1000_two_workers_seconds": two,
        "two_worker_speedup": one / two,
    }


def notebook_ratio(work: Path) -> dict[str, float]:
    """Executing all notebooks against as many empty notebooks, same executor (papermill), warm venv."""
    import nbformat
    import papermill

    notebooks = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    empty = work / "empty.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("pass")]), empty)
    out = work / "nb"
    out.mkdir()
    params = {"FIGURES": str(work / "figures"), "MARKET_DIR": str(work / "market")}

    def run_all(paths: list[Path], parameters: dict[str, str] | None) -> float:
        start = time.perf_counter()
        for path in paths:
            papermill.execute_notebook(
                str(path),
                str(out / path.name),
                parameters=parameters,
                kernel_name="python3",
                cwd=str(ROOT / "notebooks"),
                progress_bar=False,
                log_output=False,
            )
        return time.perf_counter() - start

    real = run_all(notebooks, params)
    floor = run_all([empty] * len(notebooks), None)
    return {
        "figures_seconds": real,
        "empty_notebooks_seconds": floor,
        "figures_vs_empty_ratio": real / floor,
    }


def import_seconds() -> dict[str, float]:
    """`import utils` in a fresh interpreter (median of five)."""
    code = "import time; t = time.perf_counter(); import utils; print(time.perf_counter() - t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    return {"import_seconds": statistics.median(runs)}


def main() -> None:
    results: dict[str, object] = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    with tempfile.TemporaryDirectory(prefix="media-bench-") as tmp:
        work = Path(tmp)
        for step in (
            article_ratio,
            import_seconds,
            lambda: discovery_ratios(work),
            lambda: notebook_ratio(work),
            lambda: corpus_ratios(work),
        ):
            results.update(step())
    rows = []
    for key, value in results.items():
        goal = GOALS.get(key)
        verdict = ""
        if goal and isinstance(value, float):
            met = value <= goal[1] if goal[0] == "<=" else value >= goal[1]
            verdict = f"goal {goal[0]} {goal[1]}: {'met' if met else 'NOT met'}"
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        rows.append(f"{key:36} {shown:>22}  {verdict}")
    print("\n".join(rows))
    target = ROOT / "bench" / "results.json"
    partial = target.with_suffix(".json.tmp")
    partial.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(partial, target)


if __name__ == "__main__":
    main()
