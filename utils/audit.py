"""A source audit across many articles: who is quoted, in how many words, and who is only named.

Reads the tables that `python -m utils corpus` writes (mentions, quotes, summary) and the
corpus's `manifest.csv`; every share comes with a bootstrap interval over articles, since
quotes from one article are not independent of each other.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError
from .paths import display_path
from .quotes import speaker_names
from .sentiment import NO_SPEAKER

SPEAKER_COLUMNS = [
    "article",
    "speaker",
    "speaker_kind",
    "gender",
    "group",
    "words",
    "quote_kind",
]


def load_tables(folder: Path | str) -> dict[str, pd.DataFrame]:
    """The corpus runner's mentions, quotes and summary tables from a folder."""
    from .corpus import settle

    settle(folder)
    tables = {}
    for name in ("mentions", "quotes", "summary"):
        path = Path(folder) / f"{name}.csv"
        if not path.is_file():
            raise InputError(display_path(path), "is missing; run `make corpus` first")
        tables[name] = pd.read_csv(path, keep_default_na=False, dtype=str)
    return tables


def load_manifest(path: Path | str) -> pd.DataFrame:
    """A corpus manifest: slug, title, date, year, categories (a list), licence and source."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    table = pd.DataFrame(rows)
    table["year"] = table["date"].str.slice(0, 4).replace("", "unknown")
    table["categories"] = table["categories"].map(
        lambda v: [c.strip() for c in v.split(";") if c.strip()]
    )
    return table


def speakers(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per quote and speaker (a joint quote counts for each): kind, gender, group, words."""
    mentions = tables["mentions"]
    known = mentions.drop_duplicates(["article", "actor"]).set_index(["article", "actor"])
    quotes = tables["quotes"]
    quotes = quotes[~quotes["speaker"].isin(["", NO_SPEAKER])]
    quotes = quotes.assign(speaker=speaker_names(quotes))
    rows = []
    for row in quotes.explode("speaker").itertuples():
        key = (row.article, row.speaker)
        words = len(str(row.quote).split())
        if key in known.index:
            actor = known.loc[key]
            kind = actor["kind"] if actor["kind"] in ("person", "organisation") else "place"
            gender = actor["gender"] if kind == "person" else ""
            group = actor["group"]
        else:
            described = str(row.speaker)[:1].islower()
            kind = "unnamed source" if described else "other named"
            gender, group = ("unknown" if described else ""), "unknown"
        rows.append((row.article, row.speaker, kind, gender or "", group, words, row.kind))
    return pd.DataFrame(rows, columns=SPEAKER_COLUMNS)


def bootstrap_share(
    table: pd.DataFrame, mask: pd.Series, weight: str | None = None, n: int = 1000, seed: int = 7
) -> tuple[float, float, float]:
    """A share (of rows, or of `weight`) with a 95% interval from resampling whole articles."""
    values = table[weight].astype(float) if weight else pd.Series(1.0, index=table.index)
    frame = pd.DataFrame({"article": table["article"], "hit": values * mask, "all": values})
    per_article = frame.groupby("article")[["hit", "all"]].sum()
    if per_article["all"].sum() == 0:
        return float("nan"), float("nan"), float("nan")
    share = per_article["hit"].sum() / per_article["all"].sum()
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(per_article), size=(n, len(per_article)))
    hits, alls = (
        per_article["hit"].to_numpy()[picks].sum(1),
        per_article["all"].to_numpy()[picks].sum(1),
    )
    draws = hits / np.where(alls == 0, np.nan, alls)
    low, high = np.nanpercentile(draws, [2.5, 97.5])
    return float(share), float(low), float(high)


def shares(table: pd.DataFrame, column: str, weight: str | None = None) -> pd.DataFrame:
    """For each value of a column: count, share and its bootstrap interval (rows or weight)."""
    rows = []
    for value in sorted(table[column].unique(), key=str):
        share, low, high = bootstrap_share(table, table[column] == value, weight)
        count = (
            table.loc[table[column] == value, weight].astype(int).sum()
            if weight
            else int((table[column] == value).sum())
        )
        rows.append({column: value, "count": int(count), "share": share, "low": low, "high": high})
    return pd.DataFrame(rows).sort_values("count", ascending=False, ignore_index=True)


def mentioned_and_quoted(tables: dict[str, pd.DataFrame], quoted: pd.DataFrame) -> pd.DataFrame:
    """Per actor across the corpus: articles naming it, mentions, quotes and quoted words."""
    mentions = tables["mentions"]
    named = mentions.groupby("actor").agg(
        articles=("article", "nunique"), mentions=("start", "size"), kind=("kind", "first")
    )
    heard = quoted.groupby("speaker").agg(quotes=("words", "size"), quoted_words=("words", "sum"))
    table = named.join(heard, how="outer").fillna({"quotes": 0, "quoted_words": 0, "mentions": 0})
    table = table.astype({"quotes": int, "quoted_words": int, "mentions": int})
    return (
        table.sort_values(["mentions", "quoted_words"], ascending=False)
        .rename_axis("actor")
        .reset_index()
    )


def composition(manifest: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and licence: how many articles, from which years, how many undated."""
    dated = manifest.assign(year=manifest["date"].str.slice(0, 4))
    rows = []
    for (outlet, licence), group in dated.groupby(["outlet", "licence"], sort=True):
        years = group.loc[group["year"] != "", "year"].value_counts().sort_index()
        rows.append(
            {
                "outlet": outlet,
                "licence": licence,
                "articles": len(group),
                "by year": ", ".join(f"{year}: {count}" for year, count in years.items()) or "—",
                "undated": int((group["year"] == "").sum()),
            }
        )
    return pd.DataFrame(rows, columns=["outlet", "licence", "articles", "by year", "undated"])


def composition_rows(manifest: pd.DataFrame) -> list[str]:
    """The composition as Markdown table rows, for the README (a test keeps them equal)."""
    table = composition(manifest)
    total = f"| all | | {int(table['articles'].sum())} | | {int(table['undated'].sum())} |"
    return [
        "| outlet | licence | articles | by year | undated |",
        "|---|---|---|---|---|",
        *(
            "| " + " | ".join(str(v) for v in row.values()) + " |"
            for row in table.to_dict("records")
        ),
        total,
    ]
