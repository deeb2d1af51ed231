"""The whole per-article analysis as one pure, picklable function.

article -> mentions -> quotes -> sentiment, returned as tidy tables; used by
the corpus runner (locally or on Dask) and by the benchmark.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .actors import Actors, find_mentions
from .article import load_article
from .entities import actors_for, overlay_actors
from .quote_marks import quote_mark_warnings
from .quotes import find_quotes
from .sentiment import quote_sentiment, sentence_sentiment


def analyze_article(path: Path | str, actors: Actors | None = None) -> dict[str, pd.DataFrame]:
    """Mentions, quotes (with sentiment), narration sentiment and a one-row summary for one file.

    The actors are the article's own table or those discovered in it; a given table is laid over them.
    """
    article = load_article(path)
    table = actors_for(article, path)
    if actors is not None:
        table = overlay_actors(table, actors)
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
        "warnings": len(quote_mark_warnings(article)),
    }
    tables["summary"] = pd.DataFrame([summary])
    return tables
