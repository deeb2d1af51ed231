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


from utils.article import load_article  # noqa: E402
from utils.corpus import run_corpus  # noqa: E402
from utils.entities import MODEL, discover_actors  # noqa: E402
from utils.paths import DEFAULT_ACTORS, SEED_ARTICLE  # noqa: E402
from utils.pipeline import analyze_article  # noqa: E402
from utils.quotes import find_quotes  # noqa: E402

GOALS = {
    "article_vs_full_parse_ratio": ("<=", 1.0),
    "corpus_flatness_ratio": ("<=", 1.2),
    "two_worker_speedup": (">=", 1.8),
    "quotes_scaling_ratio": ("<=", 5.0),
    "numbers_scaling_ratio": ("<=", 5.0),
    "unknown_names_scaling_ratio": ("<=", 5.0),
}


def discovery_ratios(work: Path) -> dict[str, float]:
    """Actor discovery, and the whole analysis of an article with no table, against one full parse."""
    import spacy

    full = spacy.load(MODEL)
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    bare = work / "no-table" / "article.txt"  # the seed without its curated table beside it
    bare.parent.mkdir(parents=True)
    bare.write_text(text, encoding="utf-8")
    timed = paired_seconds(
        {
            "parse": lambda: full(text),
            "discovery": lambda: discover_actors(load_article(bare)),
            "whole": lambda: analyze_article(bare),
        },
        repeats=9,
    )
    return {
        "full_parse_seconds": statistics.median(timed["parse"]),
        "discovery_seconds": statistics.median(timed["discovery"]),
        "discovery_vs_full_parse_ratio": _median_ratio(timed["discovery"], timed["parse"]),
        "article_discovered_seconds": statistics.median(timed["whole"]),
        "article_vs_full_parse_ratio": _median_ratio(timed["whole"], timed["parse"]),
    }


def paired_seconds(works: dict[str, Callable[[], object]], repeats: int) -> dict[str, list[float]]:
    """Wall times of several works run in turn, round after round, after one warm-up round: each
    round measures them all under the same load, so their ratios do not drift with the machine."""
    times: dict[str, list[float]] = {name: [] for name in works}
    for round_ in range(repeats + 1):
        for name, work in works.items():
            start = time.perf_counter()
            work()
            if round_:
                times[name].append(time.perf_counter() - start)
    return times


def _median_ratio(numerator: list[float], denominator: list[float]) -> float:
    """The median of the per-round ratios."""
    return statistics.median(n / d for n, d in zip(numerator, denominator, strict=True))


LARGE = 300  # the size of a small newsroom's month, and of the corpus issue's collection


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
    """Per-article time at 300 versus 10 articles, and 2 workers versus 1 on 300."""
    small, large = build_corpus(work / "c10", 10), build_corpus(work / "c300", LARGE)
    actors = str(DEFAULT_ACTORS)

    def timed(folder: Path, workers: int, name: str) -> float:
        start = time.perf_counter()
        run_corpus(folder, work / name, workers=workers, actors=actors, progress=False)
        return time.perf_counter() - start

    per_small = min(timed(small, 1, f"o10-{i}") for i in range(3)) / 10
    one = timed(large, 1, "o300-1")
    two = timed(large, 2, "o300-2")
    return {
        "corpus_10_per_article_seconds": per_small,
        "corpus_300_per_article_seconds": one / LARGE,
        "corpus_flatness_ratio": (one / LARGE) / per_small,
        "corpus_300_one_worker_seconds": one,
        "corpus_300_two_workers_seconds": two,
        "two_worker_speedup": one / two,
    }


def shipped_corpus_seconds(work: Path) -> dict[str, float]:
    """`make corpus`: the shipped corpus analysed from scratch on two workers."""
    folder = ROOT / "data" / "corpus"
    start = time.perf_counter()
    run_corpus(folder, work / "shipped", workers=2, progress=False)
    return {
        "shipped_corpus_two_workers_seconds": time.perf_counter() - start,
        "shipped_corpus_articles": float(len(list(folder.glob("*.txt")))),
    }


def notebook_seconds(work: Path) -> dict[str, float]:
    """Seconds each notebook takes to run top to bottom, as `make figures` runs it (warm venv)."""
    import papermill

    out = work / "nb"
    out.mkdir()
    params = {"FIGURES": str(work / "figures"), "MARKET_DIR": str(work / "market")}
    seconds = {}
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        start = time.perf_counter()
        papermill.execute_notebook(
            str(path),
            str(out / path.name),
            parameters=params,
            kernel_name="python3",
            cwd=str(ROOT / "notebooks"),
            progress_bar=False,
            log_output=False,
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
        )
        seconds[f"notebook_{path.stem}_seconds"] = time.perf_counter() - start
    return seconds


def scaling_ratios() -> dict[str, float]:
    """Time at 16x over time at 4x of a pathological input: about 4 for work linear in the text."""
    from utils.actors import parse_actors
    from utils.article import parse_article
    from utils.entities import suggest_unknown_names
    from utils.numbers import find_market_claims, find_numbers

    table = parse_actors("id,name,kind,group,gender,roles,aliases\nana,Ana Lima,person,X,,,Lima\n")
    seed = load_article(SEED_ARTICLE)
    body = "\n\n".join(seed.span(b) for b in seed.body)
    inputs = {
        "quotes": lambda n: (
            find_quotes,
            parse_article("Head\n\n" + " ".join(['"Yes," Lima said.'] * 500 * n)),
            table,
        ),
        "numbers": lambda n: (
            lambda a: (find_numbers(a), find_market_claims(a)),
            parse_article(
                "Head\n\n" + " ".join(["The ruble fell 3% to 80.5 per dollar."] * 500 * n)
            ),
        ),
        "unknown_names": lambda n: (
            suggest_unknown_names,
            parse_article("Head\n\n" + "\n\n".join([body] * n)),
            table,
        ),
    }
    results: dict[str, float] = {}
    for name, make in inputs.items():
        times = {}
        for scale in (1, 4, 16):
            work, *args = make(scale)
            start = time.perf_counter()
            work(*args)
            times[scale] = time.perf_counter() - start
        results[f"{name}_16x_seconds"] = times[16]
        results[f"{name}_scaling_ratio"] = times[16] / times[4]
    return results


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


README_MEASURES = {
    "article_vs_full_parse_ratio": "whole per-article analysis of an article with no table / one full spaCy parse of it",
    "discovery_vs_full_parse_ratio": "actor discovery alone / one full parse",
    "quotes_scaling_ratio": "quotes: time at 16x a pathological input / at 4x (linear: about 4)",
    "numbers_scaling_ratio": "numbers and claims: time at 16x / at 4x",
    "unknown_names_scaling_ratio": "unknown names (discovery) on the seed repeated: 16x / 4x",
    "corpus_flatness_ratio": "per-article time at 300 articles / at 10",
    "two_worker_speedup": "300 articles, 1 worker / 2 workers",
}


def readme_rows(results: dict[str, object]) -> list[str]:
    """The README's performance rows, as measured (the test keeps the README equal to them)."""
    rows = []
    for key, what in README_MEASURES.items():
        value = results[key]
        assert isinstance(value, float)
        goal = GOALS.get(key)
        verdict = "—"
        if goal:
            met = value <= goal[1] if goal[0] == "<=" else value >= goal[1]
            verdict = f"{goal[0]} {goal[1]:g}: {'met' if met else '**not met**'}"
        rows.append(f"| `{key}`: {what} | {value:.2f} | {verdict} |")
    corpus_seconds, articles = (
        results["shipped_corpus_two_workers_seconds"],
        results["shipped_corpus_articles"],
    )
    assert isinstance(corpus_seconds, float) and isinstance(articles, float)
    rows.append(
        f"| `make corpus`: the shipped corpus ({articles:.0f} articles) from scratch, 2 workers, "
        f"seconds | {corpus_seconds:.0f} | — |"
    )
    for key in sorted(k for k in results if k.startswith("notebook_")):
        value = results[key]
        assert isinstance(value, float)
        name = key.removeprefix("notebook_").removesuffix("_seconds")
        rows.append(f"| notebook `{name}`, seconds (papermill, warm) | {value:.1f} | — |")
    return rows


def main() -> None:
    results: dict[str, object] = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    with tempfile.TemporaryDirectory(prefix="media-bench-") as tmp:
        work = Path(tmp)
        for step in (
            import_seconds,
            lambda: discovery_ratios(work),
            scaling_ratios,
            lambda: notebook_seconds(work),
            lambda: corpus_ratios(work),
            lambda: shipped_corpus_seconds(work),
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
    print("README rows:\n" + "\n".join(readme_rows(results)))
    target = ROOT / "bench" / "results.json"
    partial = target.with_suffix(".json.tmp")
    partial.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(partial, target)


if __name__ == "__main__":
    main()
