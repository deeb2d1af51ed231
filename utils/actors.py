"""Actors named in an article, found through a curated alias table.

Each actor has a canonical name, aliases, a kind, a group, a gender and roles
(data/articles/<name>.actors.csv, or found by `utils.entities`). Matching is exact and case-sensitive on whole words, the
longest alias winning, so "Vladimir Putin" is one mention and "us" is not "US".
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from pathlib import Path
from typing import Any

import pandas as pd

from .article import Article, is_file, read_text
from .errors import InputError
from .paths import display_path

REQUIRED_COLUMNS = ("id", "name", "kind", "group")
OPTIONAL_COLUMNS = ("gender", "roles", "aliases")
KINDS = ("person", "organisation", "country", "capital", "place")
GENDERS = ("male", "female", "unknown", "")
MENTION_COLUMNS = [
    "actor",
    "group",
    "kind",
    "text",
    "paragraph",
    "sentence",
    "start",
    "end",
    "actor_id",
    "gender",
]


@dataclass(frozen=True)
class Actors:
    """A validated alias table: one row per actor, aliases and roles split into lists."""

    table: pd.DataFrame
    source: str = "<table>"
    decisions: pd.DataFrame | None = None  # merge decisions, for a discovered table

    @cached_property
    def by_name(self) -> dict[str, dict[str, Any]]:
        """Each actor's row as a dict, keyed by canonical name."""
        return {row["name"]: row for row in self.table.to_dict("records")}

    @cached_property
    def alias_to_name(self) -> dict[str, str]:
        """Every alias (canonical name included) mapped to its canonical name."""
        return {alias: row["name"] for row in self.by_name.values() for alias in row["all_aliases"]}

    @cached_property
    def role_to_name(self) -> dict[str, str]:
        """Every role phrase, lower-cased, mapped to its canonical actor name."""
        return {
            role.lower(): row["name"] for row in self.by_name.values() for role in row["role_list"]
        }

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """One regex matching any alias on word boundaries, longest alias first."""
        aliases = sorted(self.alias_to_name, key=len, reverse=True)
        if not aliases:
            return None
        body = "|".join(_alias_regex(a) for a in aliases)
        return re.compile(  # not in a hashtag, a handle, a web address ('www.youtube.com/...')
            # or a name glued to an '@' ('NARA@work', an intranet); but after a full stop with
            # its space left out ('the law.Civil Contempt')
            rf"(?<![\w#@/])(?:(?<![a-z]\.)|(?=[A-Z]))(?:{body})(?![\w=@])(?!\.[a-z]{{2}})"
        )


def load_actors(path: Path | str) -> Actors:
    """Read and validate an alias table CSV; raise InputError naming the row on a fault."""
    shown = display_path(path)
    text = read_text(path, what="alias table (CSV)")
    return parse_actors(text, shown)


def parse_actors(text: str, source: str = "<table>") -> Actors:
    """Validate alias-table text (CSV with a header) and build an Actors."""
    if not text.strip():
        raise InputError(
            source, "is empty; an alias table needs a header row and one row per actor"
        )
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    repeated = sorted({h for h in header if header.count(h) > 1})
    if repeated:
        raise InputError(source, f"repeats the column(s) {', '.join(repeated)} in its header")
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(
            source,
            f"is missing column(s) {', '.join(missing)}; the header must name "
            f"{', '.join(REQUIRED_COLUMNS + OPTIONAL_COLUMNS)}",
        )
    rows: list[dict[str, Any]] = []
    owner_of_alias: dict[str, tuple[str, int]] = {}
    seen_ids: dict[str, int] = {}
    for line, raw in enumerate(reader, start=2):
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if None in raw:
            raise InputError(source, f"row {line} has more fields than the header")
        where = f"row {line}"
        if not row.get("name"):
            raise InputError(source, f"{where} has an empty name")
        if not row.get("id"):
            raise InputError(source, f"{where} ({row['name']}) has an empty id")
        if row["id"] in seen_ids:
            raise InputError(
                source, f"{where} repeats id {row['id']!r} of row {seen_ids[row['id']]}"
            )
        seen_ids[row["id"]] = line
        if row["kind"] not in KINDS:
            raise InputError(
                source,
                f"{where} ({row['name']}) has kind {row['kind']!r}; use one of {', '.join(KINDS)}",
            )
        gender = row.get("gender", "")
        if gender not in GENDERS:
            raise InputError(
                source,
                f"{where} ({row['name']}) has gender {gender!r}; use male, female, unknown or leave it empty",
            )
        aliases = _split_list(row.get("aliases", ""))
        all_aliases = list(dict.fromkeys([row["name"], *aliases]))
        for alias in all_aliases:
            if alias in owner_of_alias and owner_of_alias[alias][0] != row["name"]:
                other_line, other = owner_of_alias[alias][1], owner_of_alias[alias][0]
                raise InputError(
                    source,
                    f"{where} ({row['name']}) repeats alias {alias!r} of row {other_line} ({other})",
                )
            owner_of_alias[alias] = (row["name"], line)
        rows.append(
            {
                "id": row["id"],
                "name": row["name"],
                "kind": row["kind"],
                "group": row["group"] or row["name"],
                "gender": gender,
                "roles": row.get("roles", ""),
                "aliases": row.get("aliases", ""),
                "all_aliases": all_aliases,
                "role_list": _split_list(row.get("roles", "")),
            }
        )
    if not rows:
        raise InputError(source, "has a header but no actor rows")
    return Actors(pd.DataFrame(rows), source)


def find_mentions(article: Article, actors: Actors) -> pd.DataFrame:
    """One row per mention: actor, group, kind, text, paragraph, sentence, start, end, actor_id, gender."""
    rows = []
    if actors.pattern is not None:
        for block in article.blocks:
            if block.role == "credit":
                continue
            for match in actors.pattern.finditer(article.text, block.start, block.end):
                name = actors.alias_to_name[_canonical_alias(match.group(0), actors)]
                info = actors.by_name[name]
                rows.append(
                    {
                        "actor": name,
                        "group": info["group"],
                        "kind": info["kind"],
                        "text": match.group(0),
                        "paragraph": block.paragraph,
                        "sentence": max(article.sentence_at(match.start()), 0),
                        "start": match.start(),
                        "end": match.end(),
                        "actor_id": info["id"],
                        "gender": info["gender"] or "unknown",
                    }
                )
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def count_mentions(mentions: pd.DataFrame, by: str = "actor") -> pd.DataFrame:
    """Mentions per actor (or group), most mentioned first, with the first paragraph named."""
    if mentions.empty:
        return pd.DataFrame(columns=[by, "mentions", "first_paragraph"])
    keys = [by, "group"] if by == "actor" else [by]
    counted = (
        mentions.groupby(keys, sort=False)
        .agg(mentions=("start", "size"), first_paragraph=("paragraph", "min"))
        .reset_index()
    )
    return counted.sort_values(["mentions", by], ascending=[False, True], ignore_index=True)


def cooccurrence(mentions: pd.DataFrame, unit: str = "paragraph") -> pd.DataFrame:
    """Pairs of actors named in the same paragraph (or sentence): actor_a, actor_b, together."""
    pairs: dict[tuple[str, str], int] = {}
    for _, names in mentions.groupby(unit)["actor"]:
        for a, b in combinations(sorted(set(names)), 2):
            pairs[(a, b)] = pairs.get((a, b), 0) + 1
    rows = [{"actor_a": a, "actor_b": b, "together": n} for (a, b), n in pairs.items()]
    table = pd.DataFrame(rows, columns=["actor_a", "actor_b", "together"])
    return table.sort_values(
        ["together", "actor_a", "actor_b"], ascending=[False, True, True], ignore_index=True
    )


def _split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _alias_regex(alias: str) -> str:
    escaped = re.escape(alias)
    escaped = re.sub("['’]", "['’]", escaped)
    return re.sub(r"(\\ )+", r"\\s+", escaped)


def _canonical_alias(matched: str, actors: Actors) -> str:
    if matched in actors.alias_to_name:
        return matched
    normal = re.sub(r"\s+", " ", matched).replace("’", "'")
    for alias in actors.alias_to_name:
        if re.sub(r"\s+", " ", alias).replace("’", "'") == normal:
            return alias
    raise KeyError(matched)


def actors_path_for(article_path: Path | str) -> Path | None:
    """The article's own alias table (`<name>.actors.csv` beside it), or None when it has none."""
    own = Path(article_path).with_suffix(".actors.csv")
    return own if is_file(own) else None
