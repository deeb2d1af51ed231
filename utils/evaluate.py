"""Scores of the extractors against hand-annotated gold files in data/gold/.

Mentions match when actor, start and end agree. Quotes match exactly when
start and end agree, or by overlap (one-to-one, in text order); speaker
accuracy is the share of overlapping gold quotes whose speaker agrees.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd

from .article import Article
from .errors import InputError
from .paths import GOLD, display_path

MENTION_GOLD_COLUMNS = ("actor", "text", "start", "end", "paragraph")
QUOTE_GOLD_COLUMNS = (
    "quote",
    "speaker",
    "speaker_text",
    "cue",
    "kind",
    "start",
    "end",
    "paragraph",
)


def gold_path(article: Article, what: str, directory: Path = GOLD) -> Path:
    """data/gold/<slug>.<what>.csv for an article (what: mentions or quotes)."""
    return directory / f"{article.slug}.{what}.csv"


def _read_gold(path: Path | str, columns: tuple[str, ...]) -> pd.DataFrame:
    """A gold CSV as text columns, or InputError naming the file: missing, or lacking columns."""
    shown = display_path(path)
    if not Path(path).is_file():
        raise InputError(shown, "no such gold file")
    table = pd.read_csv(path, keep_default_na=False, dtype=str)
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise InputError(shown, f"is missing column(s) {', '.join(missing)}")
    return table


def load_gold(
    path: Path | str, columns: tuple[str, ...], article: Article | None = None
) -> pd.DataFrame:
    """Read a gold CSV, check its columns and, given the article, that every span slices back."""
    shown = display_path(path)
    table = _read_gold(path, columns)
    for column in ("start", "end", "paragraph"):
        table[column] = table[column].astype(int)
    if article is not None:
        text_column = "quote" if "quote" in columns else "text"
        for row in table.itertuples():
            if article.text[row.start : row.end] != getattr(row, text_column):
                raise InputError(
                    shown, f"row at offset {row.start} does not slice back to its {text_column}"
                )
    return table


def _prf(true_positive: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = true_positive / predicted if predicted else (1.0 if not gold else 0.0)
    recall = true_positive / gold if gold else (1.0 if not predicted else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 3), round(recall, 3), round(f1, 3)


def score_mentions(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Precision, recall and F1 per actor and overall (last row, actor 'ALL')."""
    keys = ["actor", "start", "end"]
    pred = set(map(tuple, predicted[keys].astype({"start": int, "end": int}).values.tolist()))
    true = set(map(tuple, gold[keys].values.tolist()))
    rows = []
    for actor in sorted({k[0] for k in pred | true}):
        p = {k for k in pred if k[0] == actor}
        g = {k for k in true if k[0] == actor}
        rows.append((actor, len(g), len(p), len(p & g), *_prf(len(p & g), len(p), len(g))))
    rows.append(
        (
            "ALL",
            len(true),
            len(pred),
            len(pred & true),
            *_prf(len(pred & true), len(pred), len(true)),
        )
    )
    return pd.DataFrame(
        rows, columns=["actor", "gold", "predicted", "correct", "precision", "recall", "f1"]
    )


def align_quotes(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Pair gold and predicted quotes by overlap: one row per gold quote and per unmatched prediction."""
    used: set[int] = set()
    rows = []
    pred = predicted.reset_index(drop=True)
    for g in gold.itertuples():
        match = None
        for i, p in enumerate(pred.itertuples()):
            if i not in used and p.start < g.end and g.start < p.end:
                match = i
                break
        p_row = pred.iloc[match] if match is not None else None
        if match is not None:
            used.add(match)
        rows.append(
            {
                "gold_quote": g.quote,
                "gold_speaker": g.speaker,
                "gold_kind": g.kind,
                "predicted_quote": None if p_row is None else p_row["quote"],
                "predicted_speaker": None if p_row is None else p_row["speaker"],
                "predicted_kind": None if p_row is None else p_row["kind"],
                "method": None if p_row is None else p_row.get("method"),
                "start": g.start,
                "exact": p_row is not None and (p_row["start"], p_row["end"]) == (g.start, g.end),
                "speaker_ok": p_row is not None and same_speaker(p_row["speaker"], g.speaker),
            }
        )
    for i, p in enumerate(pred.itertuples()):
        if i not in used:
            rows.append(
                {
                    "gold_quote": None,
                    "gold_speaker": None,
                    "gold_kind": None,
                    "predicted_quote": p.quote,
                    "predicted_speaker": p.speaker,
                    "predicted_kind": p.kind,
                    "method": getattr(p, "method", None),
                    "start": p.start,
                    "exact": False,
                    "speaker_ok": False,
                }
            )
    return pd.DataFrame(rows).sort_values("start", ignore_index=True)


def same_speaker(predicted: object, gold: object) -> bool:
    """Speakers agree ignoring case, the apostrophe's shape, a leading 'the' and the order of joint speakers.

    A family is the same written with or without the possessive ("Brandt's family", "Brandt
    family"): the invented sets' gold writes the one, the real sets' gold the other.

    Unnamed speakers written as descriptions ("one cafe owner" / "one cafe owner on Harbour
    Street") also agree when one is the other cut after a whole word: annotators differ on how
    much of a description to keep, and both point to the same person.
    """

    def norm(value: object) -> tuple[str, ...]:
        text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
        text = text.replace("’", "'")  # 'Egypt’s' as the text has it, "Egypt's" as typed
        text = re.sub(r"'s? family\b", " family", text)
        parts = [p.strip().lower().removeprefix("the ").strip() for p in text.split(";")]
        return tuple(sorted(p for p in parts if p))

    mine, theirs = norm(predicted), norm(gold)
    if mine == theirs:
        return True
    described = re.compile(r"^(?:an?|one|two|some|several|another)\s")
    if len(mine) == len(theirs) == 1 and described.match(mine[0]) and described.match(theirs[0]):
        shorter, longer = sorted((mine[0], theirs[0]), key=len)
        return longer.startswith(shorter + " ")
    return False


def score_quotes(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """One row per measure: quote precision/recall/F1 (exact, overlap), speaker and kind accuracy."""
    aligned = align_quotes(predicted, gold)
    matched = aligned[aligned["gold_quote"].notna() & aligned["predicted_quote"].notna()]
    n_gold, n_pred = len(gold), len(predicted)
    p_exact, r_exact, f_exact = _prf(int(aligned["exact"].sum()), n_pred, n_gold)
    p_overlap, r_overlap, f_overlap = _prf(len(matched), n_pred, n_gold)
    speaker = float(matched["speaker_ok"].mean()) if len(matched) else 0.0
    kind = (
        float((matched["gold_kind"] == matched["predicted_kind"]).mean()) if len(matched) else 0.0
    )
    measures = {
        "gold quotes": n_gold,
        "predicted quotes": n_pred,
        "quote precision (exact)": p_exact,
        "quote recall (exact)": r_exact,
        "quote F1 (exact)": f_exact,
        "quote precision (overlap)": p_overlap,
        "quote recall (overlap)": r_overlap,
        "quote F1 (overlap)": f_overlap,
        "speaker accuracy": round(speaker, 3),
        "kind accuracy": round(kind, 3),
    }
    # An object column keeps counts whole ("39", not "39.0") beside the shares.
    values = pd.Series(list(measures.values()), dtype=object)
    return pd.DataFrame({"measure": list(measures), "value": values})


def score_quote_folder(folder: Path | str) -> pd.DataFrame:
    """Quote scores for every `<name>.txt` with a `<name>.quotes.csv` beside it, plus an overall row."""
    from .article import load_article
    from .entities import actors_for
    from .quotes import find_quotes

    rows = []
    totals = {"gold": 0, "predicted": 0, "exact": 0, "matched": 0, "speaker_ok": 0, "failures": 0}
    for path in sorted(Path(folder).glob("*.txt")):
        gold_file = path.with_suffix(".quotes.csv")
        if not gold_file.is_file():
            continue
        article = load_article(path)
        gold = load_gold(gold_file, QUOTE_GOLD_COLUMNS, article)
        predicted = find_quotes(article, actors_for(article, path))
        failed = predicted[predicted["method"] == "X1"]
        aligned = align_quotes(predicted, gold)
        matched = aligned[aligned["gold_quote"].notna() & aligned["predicted_quote"].notna()]
        counts = {
            "gold": len(gold),
            "predicted": len(predicted),
            "exact": int(aligned["exact"].sum()),
            "matched": len(matched),
            "speaker_ok": int(matched["speaker_ok"].sum()),
            "failures": len(failed),
        }
        for key, value in counts.items():
            totals[key] += value
        rows.append({"article": article.slug, **counts})
    rows.append({"article": "ALL", **totals})
    table = pd.DataFrame(rows)
    table["quote_f1_exact"] = [_prf(r.exact, r.predicted, r.gold)[2] for r in table.itertuples()]
    table["speaker_accuracy"] = (
        table["speaker_ok"] / table["matched"].where(table["matched"] > 0)
    ).round(3)
    return table[["article", "gold", "predicted", "quote_f1_exact", "speaker_accuracy", "failures"]]


ENTITY_GOLD_COLUMNS = ("name", "kind", "gender", "count", "forms")
ACTOR_KINDS = ("person", "organisation")
# A capital standing for its government (kind "capital", rule E21) is what the real-article gold
# calls an organisation ("Moscow's propaganda"); a capital written as the city is a place.
SCORED_AS = {"person": "person", "organisation": "organisation", "capital": "organisation"}


def load_entity_gold(path: Path | str) -> pd.DataFrame:
    """Read a `<slug>.entities.csv` (name, kind, gender, count, forms) and check its columns."""
    table = _read_gold(path, ENTITY_GOLD_COLUMNS)
    table["count"] = table["count"].astype(int)
    return table


def _form_key(form: str) -> str:
    key = re.sub(r"\s+", " ", form.replace("’", "'")).strip().lower()
    return re.sub(r"^the ", "", key)


def score_discovery(article: Article, actors: Any, gold: pd.DataFrame) -> pd.DataFrame:
    """One row per gold person/organisation and per reported one: matched, counts, kinds, gender."""
    from .actors import count_mentions, find_mentions

    counts = count_mentions(find_mentions(article, actors)).set_index("actor")["mentions"]
    gold_forms = [
        {_form_key(f) for f in [row.name, *str(row.forms).split(";")] if f.strip()}
        for row in gold.itertuples()
    ]
    reported = actors.table[actors.table["kind"].isin(SCORED_AS)]
    rows, claimed = [], set()
    for row in reported.sort_values("name").to_dict("records"):
        row["kind"] = SCORED_AS[row["kind"]]
        count = int(counts.get(row["name"], 0))
        if count == 0:
            continue
        keys = {_form_key(a) for a in row["all_aliases"]}
        hits = [i for i, forms in enumerate(gold_forms) if keys & forms]
        hit = max(hits, key=lambda i: len(keys & gold_forms[i])) if hits else None
        right = hit is not None and gold["kind"].iat[hit] == row["kind"] and hit not in claimed
        if hit is not None:
            claimed.add(hit)
        rows.append(
            {
                "side": "reported",
                "name": row["name"],
                "kind": row["kind"],
                "gold_name": gold["name"].iat[hit] if hit is not None else "",
                "gold_kind": gold["kind"].iat[hit] if hit is not None else "",
                "count": count,
                "gold_count": int(gold["count"].iat[hit]) if hit is not None else 0,
                "right": right,
                "gender": row["gender"],
                "gold_gender": gold["gender"].iat[hit] if hit is not None else "",
            }
        )
    best: dict[str, dict[str, Any]] = {}
    for row in rows:
        name = row["gold_name"]
        if name and (name not in best or row["count"] > best[name]["count"]):
            best[name] = row
    for g in gold[gold["kind"].isin(ACTOR_KINDS)].itertuples():
        found = best.get(str(g.name))
        count = found["count"] if found else 0
        rows.append(
            {
                "side": "gold",
                "name": found["name"] if found else "",
                "kind": found["kind"] if found else "",
                "gold_name": g.name,
                "gold_kind": g.kind,
                "count": count,
                "gold_count": int(g.count),
                "right": found is not None,
                "gender": found["gender"] if found else "",
                "gold_gender": g.gender,
            }
        )
    table = pd.DataFrame(rows, columns=[*_DISCOVERY_COLUMNS])
    table["count_ok"] = (table["count"] - table["gold_count"]).abs() <= (
        table["gold_count"] * 0.2
    ).clip(lower=1)
    return table.assign(article=article.slug)


_DISCOVERY_COLUMNS = (
    "side",
    "name",
    "kind",
    "gold_name",
    "gold_kind",
    "count",
    "gold_count",
    "right",
    "gender",
    "gold_gender",
)


def discovery_summary(scored: pd.DataFrame) -> dict[str, float | int]:
    """Recall, count accuracy, precision and gender accuracy of a `score_discovery` table."""
    gold = scored[scored["side"] == "gold"]
    found = gold[gold["right"]]
    reported = scored[scored["side"] == "reported"]
    gendered = found[found["gold_gender"].isin(["male", "female"])]
    share = lambda part, whole: round(len(part) / len(whole), 3) if len(whole) else float("nan")  # noqa: E731
    return {
        "articles": scored["article"].nunique(),
        "gold people and organisations": len(gold),
        "found": share(found, gold),
        "count within 1 or 20%": share(found[found["count_ok"]], found),
        "reported": len(reported),
        "reported right": share(reported[reported["right"]], reported),
        "gender right (people the text genders)": share(
            gendered[gendered["gender"] == gendered["gold_gender"]], gendered
        ),
    }


def score_discovery_folder(folder: Path | str) -> pd.DataFrame:
    """`score_discovery` over every `<name>.txt` with a `<name>.entities.csv` beside it."""
    from .article import load_article
    from .entities import discover_actors

    tables = []
    for path in sorted(Path(folder).glob("*.txt")):
        gold_file = path.with_suffix(".entities.csv")
        if gold_file.is_file():
            article = load_article(path)
            tables.append(
                score_discovery(article, discover_actors(article), load_entity_gold(gold_file))
            )
    if not tables:
        raise InputError(
            display_path(folder), "has no <name>.txt with a <name>.entities.csv beside it"
        )
    return pd.concat(tables, ignore_index=True)
