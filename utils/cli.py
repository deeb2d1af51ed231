"""The command line: `python -m utils COMMAND PATH [--format table|csv|json]`.

Exit status 0 on success; 2 on bad input, with one line on stderr that names
the file and the problem (never a traceback for a user's mistake).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from .errors import InputError

FORMATS = ("table", "csv", "json")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _emit(table: Any, fmt: str) -> None:
    if fmt == "csv":
        from .files import flat_for_csv

        flat_for_csv(table).to_csv(sys.stdout, index=False, lineterminator="\n")
    elif fmt == "json":
        sys.stdout.write(
            table.to_json(orient="records", force_ascii=False, indent=1, date_format="iso") + "\n"
        )
    elif table.empty:
        sys.stdout.write("(no rows)\n")
    else:
        from .files import flat_columns

        shown, hidden = flat_columns(table), list[str]()
        rendered = _fit(shown)
        while _width(rendered) > TABLE_WIDTH and len(shown.columns) > 2:
            hidden.insert(0, str(shown.columns[-1]))
            shown = shown.iloc[:, :-1]
            rendered = _fit(shown)
        sys.stdout.write(rendered + "\n")
        if hidden:
            sys.stdout.write(f"(not shown: {', '.join(hidden)}; use --format csv or json)\n")


TABLE_WIDTH = 100


def _fit(table: Any) -> str:
    """The table in at most TABLE_WIDTH columns: text left-aligned and cut with an ellipsis."""
    shown = table.copy()
    text_columns = [c for c in shown.columns if not pd_is_numeric(shown[c])]
    for column in text_columns:
        shown[column] = shown[column].map(lambda v: "" if v is None else str(v).replace("\n", " "))
    widths = {c: max(len(str(c)), int(shown[c].str.len().max() or 0)) for c in text_columns}
    floor = {c: min(len(str(c)), 7) for c in text_columns}
    weight = {c: 3.0 if i == 0 else 1.0 for i, c in enumerate(text_columns)}  # the main text first
    for _ in range(20):  # each pass shrinks by the excess it measured; a few passes settle it
        rendered = _render(shown, widths)
        excess = max(len(line) for line in rendered.splitlines()) - TABLE_WIDTH
        for _ in range(excess):
            shrinkable = [c for c in widths if widths[c] > floor[c]]
            if not shrinkable:
                return rendered
            widest = max(shrinkable, key=lambda c: widths[c] / weight[c])
            widths[widest] -= 1
        if excess <= 0:
            return rendered
    return _render(shown, widths)


def _width(rendered: str) -> int:
    return max(len(line) for line in rendered.splitlines())


def _cut(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def pd_is_numeric(column: Any) -> bool:
    from pandas.api.types import is_numeric_dtype

    return bool(is_numeric_dtype(column))


def _render(shown: Any, widths: dict[str, int]) -> str:
    cut = shown.copy()
    for column, width in widths.items():
        cut[column] = cut[column].map(lambda v, w=width: _cut(v, w).ljust(w))
    header = {c: _cut(str(c), widths[c]).ljust(widths[c]) for c in widths}
    formatters = {header[c]: (lambda v: v) for c in widths}
    return str(
        cut.rename(columns=header).to_string(index=False, formatters=formatters, justify="left")
    )


def _article(path: str) -> Any:
    from .article import load_article

    return load_article(path)


def _actors(article_path: str, actors: str | None) -> Any:
    from .entities import actors_for

    return actors_for(_article(article_path), article_path, actors)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def cmd_article(args: argparse.Namespace) -> None:
    import pandas as pd

    from .article import summarize

    summary = summarize(_article(args.path))
    if args.format == "table":
        width = max(map(len, summary))
        sys.stdout.write("".join(f"{k:<{width}}  {v}\n" for k, v in summary.items()))
    else:
        _emit(pd.DataFrame([summary]), args.format)


def cmd_mentions(args: argparse.Namespace) -> None:
    from .actors import find_mentions

    article = _article(args.path)
    _emit(find_mentions(article, _actors(args.path, args.actors)), args.format)


def cmd_actors(args: argparse.Namespace) -> None:
    from .entities import actor_table

    _emit(actor_table(_actors(args.path, args.actors)), args.format)


def cmd_unknown_names(args: argparse.Namespace) -> None:
    from .entities import alias_rows_snippet, suggest_unknown_names

    article = _article(args.path)
    unknown = suggest_unknown_names(article, _actors(args.path, args.actors))
    if args.snippet:
        sys.stdout.write(alias_rows_snippet(unknown))
    else:
        _emit(unknown, args.format)


def cmd_quotes(args: argparse.Namespace) -> None:
    from .quote_marks import find_quote_marks
    from .quotes import find_quotes

    article = _article(args.path)
    quotes = find_quotes(article, _actors(args.path, args.actors))
    for warning in find_quote_marks(article)[1]:
        sys.stderr.write(f"warning: {article.source}: {warning}\n")
    _emit(quotes, args.format)


def cmd_sentiment(args: argparse.Namespace) -> None:
    from .quotes import find_quotes
    from .sentiment import quote_sentiment, sentence_sentiment, speaker_sentiment

    article = _article(args.path)
    if args.by == "sentence":
        _emit(sentence_sentiment(article), args.format)
        return
    quotes = find_quotes(article, _actors(args.path, args.actors))
    _emit(
        speaker_sentiment(quotes) if args.by == "speaker" else quote_sentiment(quotes), args.format
    )


def cmd_claims(args: argparse.Namespace) -> None:
    from .market import check_claims
    from .numbers import find_market_claims

    article = _article(args.path)
    date = args.date or (_date(article.meta["date"]) if article.meta.get("date") else None)
    if date is None:
        raise InputError(
            article.source, "has no date; pass --date YYYY-MM-DD or add `date:` to its front matter"
        )
    _emit(check_claims(find_market_claims(article), date), args.format)


def cmd_numbers(args: argparse.Namespace) -> None:
    from .numbers import find_numbers

    _emit(find_numbers(_article(args.path)), args.format)


def cmd_rates(args: argparse.Namespace) -> None:
    from .market import rate_series

    _emit(rate_series(args.base, args.quote, args.start, args.end), args.format)


def cmd_evaluate(args: argparse.Namespace) -> None:
    import pandas as pd

    from .actors import find_mentions
    from .evaluate import (
        MENTION_GOLD_COLUMNS,
        QUOTE_GOLD_COLUMNS,
        gold_path,
        load_gold,
        score_mentions,
        score_quotes,
    )
    from .quotes import find_quotes

    article = _article(args.path)
    actors = _actors(args.path, args.actors)
    gold_dir = Path(args.gold) if args.gold else gold_path(article, "x").parent
    rows = []
    mentions_gold = gold_dir / f"{article.slug}.mentions.csv"
    if mentions_gold.is_file():
        scores = score_mentions(
            find_mentions(article, actors), load_gold(mentions_gold, MENTION_GOLD_COLUMNS, article)
        )
        overall = scores.iloc[-1]
        rows += [
            ("mentions", m, overall[m]) for m in ("gold", "predicted", "precision", "recall", "f1")
        ]
    quotes_gold = gold_dir / f"{article.slug}.quotes.csv"
    if quotes_gold.is_file():
        scores = score_quotes(
            find_quotes(article, actors), load_gold(quotes_gold, QUOTE_GOLD_COLUMNS, article)
        )
        rows += [("quotes", r.measure, r.value) for r in scores.itertuples()]
    if not rows:
        raise InputError(
            article.source, f"has no gold file in {gold_dir} (expected {article.slug}.quotes.csv)"
        )
    _emit(pd.DataFrame(rows, columns=["task", "measure", "value"]), args.format)


def cmd_corpus(args: argparse.Namespace) -> None:
    from .corpus import run_corpus

    summary = run_corpus(
        args.directory, args.out, workers=args.workers, engine=args.engine, actors=args.actors
    )
    _emit(summary, args.format)


def cmd_book(args: argparse.Namespace) -> None:
    from .book import book_folder, build_book

    notebooks, out = book_folder(args.article)
    if not notebooks.is_dir():
        raise InputError(
            str(notebooks), "has no executed notebooks; run `make figures ARTICLE=...` first"
        )
    written = build_book(notebooks, out)
    sys.stdout.write(
        f"{len(written)} pages in {written[-1].rsplit('/', 1)[0]}/ (open index.html)\n"
    )


def cmd_run_notebooks(args: argparse.Namespace) -> None:
    from .notebooks import run_notebooks

    for line in run_notebooks(
        args.directory, jobs=args.jobs, article=args.article, actors=args.actors, date=args.date
    ):
        sys.stdout.write(line + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one subcommand per analysis."""
    parser = _Parser(prog="python -m utils", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(
        name: str, func: Callable[[argparse.Namespace], None], help_text: str, path: bool = True
    ) -> Any:
        command = sub.add_parser(name, help=help_text, description=help_text)
        if path:
            command.add_argument("path", help="an article: a UTF-8 text file")
        command.add_argument("--format", choices=FORMATS, default="table")
        command.set_defaults(func=func)
        return command

    add("article", cmd_article, "the article's headline, paragraphs, sentences, words and credit")
    actors_help = (
        "alias table CSV laid over the article's actors (default: its own <name>.actors.csv, "
        "else the actors discovered in it)"
    )
    add(
        "actors",
        cmd_actors,
        "the article's actors (own table, else discovered) with the columns of an alias table",
    ).add_argument("--actors", help=actors_help)
    add("mentions", cmd_mentions, "one row per actor mention").add_argument(
        "--actors", help=actors_help
    )
    add("quotes", cmd_quotes, "one row per quoted span, with its speaker").add_argument(
        "--actors", help=actors_help
    )
    evaluate = add("evaluate", cmd_evaluate, "score mentions and quotes against gold files")
    evaluate.add_argument("--actors", help=actors_help)
    evaluate.add_argument(
        "--gold", help="folder of <name>.mentions.csv / <name>.quotes.csv (default: data/gold)"
    )
    unknown = add(
        "unknown-names", cmd_unknown_names, "names found in the article that the alias table lacks"
    )
    unknown.add_argument("--actors")
    unknown.add_argument(
        "--snippet", action="store_true", help="print ready-to-paste alias-table rows"
    )
    sentiment = add(
        "sentiment", cmd_sentiment, "TextBlob and VADER sentiment by speaker, quote or sentence"
    )
    sentiment.add_argument("--by", choices=("speaker", "quote", "sentence"), default="speaker")
    sentiment.add_argument("--actors")
    add("numbers", cmd_numbers, "every number in the article with its unit and context")
    claims = add("claims", cmd_claims, "market claims checked against ECB reference rates")
    claims.add_argument("--date", type=_date, help="the article's date (default: its front matter)")
    rates = add("rates", cmd_rates, "a daily exchange-rate series from the ECB data", path=False)
    rates.add_argument("base", help="currency code, e.g. USD")
    rates.add_argument("quote", help="currency code, e.g. RUB")
    rates.add_argument("--start", type=_date, required=True)
    rates.add_argument("--end", type=_date, required=True)
    corpus = add("corpus", cmd_corpus, "analyse every article in a folder", path=False)
    corpus.add_argument("directory")
    corpus.add_argument(
        "--out", required=True, help="output folder (created; only its own files are written)"
    )
    corpus.add_argument("--workers", type=int, default=1)
    corpus.add_argument("--engine", choices=("local", "dask"), default="local")
    corpus.add_argument("--actors")
    book = sub.add_parser("book", help="the HTML edition of the executed notebooks (make book)")
    book.add_argument("--article", help="the article whose edition `make figures ARTICLE=...` ran")
    book.set_defaults(func=cmd_book, format="table")
    run = sub.add_parser("run-notebooks", help="execute the notebooks (what `make figures` calls)")
    run.add_argument("directory", nargs="+", help="folders of notebooks, run in this order")
    run.add_argument("--jobs", type=int, default=1)
    run.add_argument("--article")
    run.add_argument("--actors")
    run.add_argument("--date", type=_date)
    run.set_defaults(func=cmd_run_notebooks, format="table")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except InputError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    except BrokenPipeError:  # e.g. `python -m utils quotes x | head`
        return 0
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
