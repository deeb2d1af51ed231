"""The whole per-article analysis as one pure, picklable function.

article -> mentions -> quotes -> sentiment, returned as tidy tables; used by
the corpus runner (locally or on Dask) and by the benchmark.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .actors import Actors, actors_path_for, find_mentions, load_actors
from .article import load_article
from .quotes import find_quotes
from .sentiment import quote_sentiment, sentence_sentiment


def analyze_article(path: Path | str, actors: Actors | None = None) -> dict[str, pd.DataFrame]:
    """Mentions, quotes (with sentiment), narration sentiment and a one-row summary for one file."""
    article = load_article(path)
    table = actors if actors is not None else load_actors(actors_path_for(path))
    mentions = find_mentions(article, table)
    quotes = quote_sentiment(find_quotes(article, table, mentions=mentions))
    narration = sentence_sentiment(article)
    tables = {"mentions": mentions, "quotes": quotes, "sentences": narration}
    for name, frame in tables.items():
        tables[name] = frame.assign(article=article.slug)
    summary = {
        "article": article.slug,
        "headline": article.headline or "",
        "paragraphs": len(article.body),
        "sentences": len(article.sentence_table),
        "mentions": len(mentions),
        "actors": mentions["actor"].nunique(),
        "quotes": len(quotes),
        "speakers": quotes.loc[quotes["speaker"] != "", "speaker"].nunique(),
        "warnings": len(quotes.attrs.get("warnings", [])),
    }
    tables["summary"] = pd.DataFrame([summary])
    return tables
