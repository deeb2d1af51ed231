"""Helpers of the media-analysis notebooks: article -> entities -> mentions -> quotes -> sentiment -> plots.

Public names are imported lazily (PEP 562) so `import utils` stays fast:
`from utils import find_quotes` loads only what that function needs.
"""

from __future__ import annotations

import importlib
from typing import Any

from .errors import ArticleError, InputError

_EXPORTS = {
    "article": (
        "Article",
        "load_article",
        "parse_article",
        "sentences",
        "paragraphs",
        "summarize",
        "dated_events",
    ),
    "actors": (
        "Actors",
        "load_actors",
        "parse_actors",
        "actors_path_for",
        "find_mentions",
        "count_mentions",
        "cooccurrence",
    ),
    "entities": (
        "discover_actors",
        "actors_for",
        "overlay_actors",
        "actor_table",
        "load_pipeline",
        "suggest_unknown_names",
        "alias_rows_snippet",
        "DISCOVERY_RULES",
    ),
    "quotes": (
        "find_quotes",
        "mentioned_vs_quoted",
        "speaker_names",
        "RULES",
        "load_quote_rules",
        "rule_usage",
    ),
    "reporting": ("load_reporting_verbs", "reporting_cues"),
    "speakers": ("reporting_clauses",),
    "quote_marks": ("find_quote_marks", "quoted_spans", "quote_mark_warnings", "masked_text"),
    "sentiment": (
        "score_texts",
        "quote_sentiment",
        "speaker_sentiment",
        "sentence_sentiment",
        "explain",
    ),
    "numbers": ("find_numbers", "find_market_claims"),
    "market": (
        "load_rates",
        "rate_series",
        "provenance",
        "check_threshold_claim",
        "check_claims",
        "write_series",
    ),
    "plots": (
        "save_figure",
        "source_line",
        "group_colors",
        "group_hatches",
        "group_markers",
        "PALETTE",
    ),
    "notebooks": ("run_notebooks",),
    "show": ("highlight_quotes", "highlight_mentions"),
    "book": ("build_book",),
    "paths": ("ROOT", "DATA", "FIGURES"),
    "evaluate": (
        "score_mentions",
        "score_quotes",
        "score_quote_folder",
        "align_quotes",
        "load_gold",
        "gold_path",
    ),
    "pipeline": ("analyze_article",),
    "corpus": ("run_corpus",),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = ["ArticleError", "InputError", *_WHERE]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'utils' has no attribute {name!r}")
