"""`make peers`: textacy's `direct_quotations` beside the collection on the real-text dev split.

Dev-only: textacy is installed by `make peers` into .venv-peers/ (requirements-peers.txt), never
into the runtime or dev locks. Both tools are scored by `utils.evaluate` against the same hand
attributions (tests/real/quotes/dev). textacy runs paragraph by paragraph on a full parse by the
same spaCy model; its speaker is the speaker tokens as written. sayswho's quote finder needs a
coreference model that cannot be installed here, so it is not run.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from utils.article import load_article  # noqa: E402
from utils.entities import MODEL, actors_for  # noqa: E402
from utils.evaluate import QUOTE_GOLD_COLUMNS, _prf, align_quotes, load_gold  # noqa: E402
from utils.quotes import find_quotes  # noqa: E402

SPLIT = ROOT / "tests" / "real" / "quotes" / "dev"
MARKS = "\"'“”‘’«»„"


def textacy_quotes(nlp: object, path: Path, resolve: bool = False) -> pd.DataFrame:
    """textacy's direct quotations of one article, as rows with offsets into the article's text."""
    from textacy.extract.triples import direct_quotations

    article = load_article(path)
    aliases = actors_for(article, path).alias_to_name if resolve else {}
    rows = []
    for block in article.body:
        doc = nlp(article.span(block))  # type: ignore[operator]
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # an odd number of quote marks: textacy gives up on the paragraph
            continue
        for triple in triples:
            content = doc[triple.content[0].i : triple.content[-1].i + 1]
            start, end = block.start + content.start_char, block.start + content.end_char
            while start < end and article.text[start] in MARKS:
                start += 1
            while end > start and article.text[end - 1] in MARKS:
                end -= 1
            speaker = " ".join(t.text for t in triple.speaker)
            if resolve:  # a name as written mapped to the article's actor, as the collection does
                speaker = aliases.get(speaker, speaker)
            rows.append(
                {
                    "quote": article.text[start:end],
                    "speaker": speaker,
                    "start": start,
                    "end": end,
                    "kind": "",
                    "method": "textacy",
                }
            )
    return pd.DataFrame(rows, columns=["quote", "speaker", "start", "end", "kind", "method"])


def collection_quotes(path: Path) -> pd.DataFrame:
    """The collection's quotes of one article (actors discovered, as for any new article)."""
    article = load_article(path)
    return find_quotes(article, actors_for(article, path))


def score(tool: str, predict: object) -> dict[str, object]:
    """Quote F1 (exact and overlap) and speaker accuracy of one tool over the split."""
    gold_n = predicted_n = exact = matched = speaker_ok = 0
    for path in sorted(SPLIT.glob("*.txt")):
        gold = load_gold(path.with_suffix(".quotes.csv"), QUOTE_GOLD_COLUMNS, load_article(path))
        predicted = predict(path)  # type: ignore[operator]
        aligned = align_quotes(predicted, gold)
        both = aligned[aligned["gold_quote"].notna() & aligned["predicted_quote"].notna()]
        gold_n += len(gold)
        predicted_n += len(predicted)
        exact += int(aligned["exact"].sum())
        matched += len(both)
        speaker_ok += int(both["speaker_ok"].sum())
    return {
        "tool": tool,
        "gold quotes": gold_n,
        "quote F1 (exact)": round(_prf(exact, predicted_n, gold_n)[2], 3),
        "quote F1 (overlap)": round(_prf(matched, predicted_n, gold_n)[2], 3),
        "speaker accuracy": round(speaker_ok / matched, 3) if matched else float("nan"),
    }


def main() -> None:
    import spacy

    nlp = spacy.load(MODEL)
    table = pd.DataFrame(
        [
            score("media-notebooks (this collection)", collection_quotes),
            score("textacy direct_quotations, per paragraph", lambda p: textacy_quotes(nlp, p)),
            score(
                "textacy, its names mapped to the discovered actors",
                lambda p: textacy_quotes(nlp, p, resolve=True),
            ),
        ]
    )
    print(f"Real-text dev split ({SPLIT.relative_to(ROOT)}), same scorer (utils.evaluate):")
    print(table.to_string(index=False))


if __name__ == "__main__":
    main()
