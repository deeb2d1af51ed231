"""A news article read from a text file: headline, paragraphs, credit, sentences.

Paragraphs are blocks of lines separated by blank lines (a file with no blank
line at all has one paragraph per line). Every span is a pair of character
offsets into `Article.text`, so `text[start:end]` is exactly what is reported.
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd
import syntok.segmenter as syntok_segmenter
import yaml

from .errors import InputError
from .paths import display_path

MAX_BYTES = 5_000_000
CREDIT_LINE = re.compile(
    r"^\(?\s*(with (additional )?reporting by|additional reporting by|reporting by|compiled by"
    r"|written by|edited by|editing by|based on reporting by)\b",
    re.IGNORECASE,
)
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n\s*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)


@dataclass(frozen=True)
class Block:
    """One paragraph-like block: the headline (0), a body paragraph (1..n) or the credit (-1)."""

    paragraph: int
    role: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """An article's text with its structure; offsets index into `text`."""

    source: str
    text: str
    blocks: tuple[Block, ...]
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def headline(self) -> str | None:
        """The headline, or None when the file has none."""
        return next((self.span(b) for b in self.blocks if b.role == "headline"), None)

    @property
    def credit(self) -> str | None:
        """The reporting credit line ("With reporting by ..."), or None."""
        return next((self.span(b) for b in self.blocks if b.role == "credit"), None)

    @property
    def body(self) -> tuple[Block, ...]:
        """The body paragraphs, numbered from 1."""
        return tuple(b for b in self.blocks if b.role == "body")

    @property
    def title(self) -> str:
        """The title for figure source lines: front matter, else headline, else file name."""
        return self.meta.get("title") or self.headline or Path(self.source).stem

    @property
    def slug(self) -> str:
        """The file name without its extension."""
        return Path(self.source).stem

    def span(self, block: Block) -> str:
        """The text of one block."""
        return self.text[block.start : block.end]

    @cached_property
    def sentence_table(self) -> pd.DataFrame:
        """Sentences, computed once per article (see `sentences`)."""
        return _split_sentences(self)

    def paragraph_at(self, offset: int) -> int:
        """The paragraph number of the block holding `offset` (-1 outside any block)."""
        block = self.block_at(offset)
        return block.paragraph if block is not None else -1

    def block_at(self, offset: int) -> Block | None:
        """The block holding `offset`, or None between blocks."""
        index = bisect_right(self._block_starts, offset) - 1
        if index >= 0 and offset < self.blocks[index].end:
            return self.blocks[index]
        return None

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence holding `offset` (the space after a sentence belongs to it), or -1."""
        starts, ends = self.sentence_spans
        index = bisect_right(starts, offset) - 1
        if index >= 0 and (offset < ends[index] or not self.text[ends[index] : offset + 1].strip()):
            return index
        return -1

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end of the sentence holding `offset`; else of its block; else (offset, offset)."""
        index = self.sentence_at(offset)
        if index >= 0:
            starts, ends = self.sentence_spans
            return starts[index], ends[index]
        block = self.block_at(offset)
        return (block.start, block.end) if block is not None else (offset, offset)

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    @cached_property
    def sentence_spans(self) -> tuple[list[int], list[int]]:
        """The sentences' start offsets and end offsets, as two lists (`sentence_table`'s columns)."""
        table = self.sentence_table
        return table["start"].tolist(), table["end"].tolist()

    @cached_property
    def memo(self) -> dict[str, Any]:
        """Results computed once per article by later stages (the paired quote marks)."""
        return {}


def read_text(path: Path | str, *, what: str = "article") -> str:
    """Read a UTF-8 (or BOM-marked UTF-16) text file; raise InputError on anything else."""
    p = Path(path)
    shown = display_path(p)
    try:
        mode = p.stat().st_mode  # follows symlinks: a link to /dev/zero is a device
    except FileNotFoundError:
        raise InputError(shown, f"no such file (expected a UTF-8 text {what})") from None
    except OSError as exc:  # a symlink loop, a name or path too long, ...
        raise InputError(shown, f"cannot be opened ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise InputError(shown, f"is a directory, not a text file (expected a UTF-8 {what})")
    if not stat.S_ISREG(mode):
        raise InputError(
            shown, f"is not a regular file (a pipe or device); expected a UTF-8 {what}"
        )
    too_big = (
        f"is over {MAX_BYTES / 1e6:.0f} MB; an {what} is expected under {MAX_BYTES / 1e6:.0f} MB "
        "(for many articles, put one per file and use `python -m utils corpus`)"
    )
    try:
        with p.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)  # never more than the limit, whatever stat says
    except PermissionError:
        raise InputError(shown, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(shown, f"cannot be read ({exc.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise InputError(shown, too_big)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(shown, "starts with a UTF-16 mark but is not valid UTF-16") from None
    if b"\x00" in raw[:8192] or raw.startswith(b"\x89PNG"):
        raise InputError(shown, f"is a binary file, not text (expected a UTF-8 text {what})")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            shown,
            f"is not UTF-8 (byte 0x{raw[exc.start]:02x} at byte {exc.start}); "
            "re-save it as UTF-8, e.g. `iconv -f latin1 -t utf-8`",
        ) from None
    return text


def is_file(path: Path) -> bool:
    """Whether a regular file is there; False for a name too long to exist and other OS refusals."""
    try:
        return path.is_file()
    except OSError:
        return False


def parse_article(text: str, source: str = "<text>", meta: dict[str, str] | None = None) -> Article:
    """Build an Article from text: front matter, headline, body paragraphs, credit."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found_meta, text = _split_front_matter(text, source)
    meta = {**found_meta, **(meta or {})}
    if not text.strip():
        raise InputError(
            source, "is empty (no text after the front matter)" if found_meta else "is empty"
        )
    if not re.sub(r"[\s\u200b-\u200f\u2060\ufeff\u00ad]", "", text):
        raise InputError(source, "has no visible text (only spaces or zero-width characters)")
    spans = _block_spans(text)
    blocks: list[Block] = []
    first, last = 0, len(spans)
    if len(spans) > 1 and _looks_like_credit(text[spans[-1][0] : spans[-1][1]]):
        last -= 1
    if last > 1 and _looks_like_headline(text[spans[0][0] : spans[0][1]], meta):
        blocks.append(Block(0, "headline", *spans[0]))
        first = 1
    blocks += [Block(n, "body", s, e) for n, (s, e) in enumerate(spans[first:last], start=1)]
    if last < len(spans):
        blocks.append(Block(-1, "credit", *spans[-1]))
    return Article(source=source, text=text, blocks=tuple(blocks), meta=meta)


def load_article(path: Path | str) -> Article:
    """Read an article file (and its optional `<name>.meta` sidecar) into an Article."""
    p = Path(path)
    text = read_text(p)
    sidecar = p.with_suffix(".meta")
    meta = (
        _parse_meta(read_text(sidecar, what="metadata file"), display_path(sidecar))
        if is_file(sidecar)
        else {}
    )
    return parse_article(text, display_path(p), meta)


def sentences(article: Article) -> pd.DataFrame:
    """One row per sentence: paragraph, sentence, start, end, text (headline and body only)."""
    return article.sentence_table.copy()


def paragraphs(article: Article) -> pd.DataFrame:
    """One row per block: paragraph, role, start, end, words, text."""
    rows = [
        {
            "paragraph": b.paragraph,
            "role": b.role,
            "start": b.start,
            "end": b.end,
            "words": len(article.span(b).split()),
            "text": article.span(b),
        }
        for b in article.blocks
    ]
    return pd.DataFrame(rows, columns=["paragraph", "role", "start", "end", "words", "text"])


def summarize(article: Article) -> dict[str, object]:
    """Headline, counts and credit, for the `article` command."""
    sents = article.sentence_table
    return {
        "file": article.source,
        "headline": article.headline or "",
        "date": article.meta.get("date", ""),
        "outlet": article.meta.get("outlet", ""),
        "paragraphs": len(article.body),
        "sentences": len(sents),
        "words": sum(len(article.span(b).split()) for b in article.blocks if b.role != "credit"),
        "credit": article.credit or "",
    }


def dated_events(article: Article) -> dict[str, str]:
    """The story's dated events from its metadata (`events: YYYY-MM-DD label; ...`), by date."""
    events = {}
    for item in article.meta.get("events", "").split(";"):
        match = re.match(r"\s*(\d{4}-\d{2}-\d{2})\s+(.+?)\s*$", item)
        if match:
            events[match.group(1)] = match.group(2)
    return events


def _split_sentences(article: Article) -> pd.DataFrame:
    rows: list[tuple[int, int, int, int, str]] = []
    for block in article.blocks:
        if block.role == "credit":
            continue
        chunk = article.text[block.start : block.end]
        for paragraph in syntok_segmenter.analyze(chunk):
            for sentence in paragraph:
                tokens = list(sentence)
                start = block.start + tokens[0].offset
                end = block.start + tokens[-1].offset + len(tokens[-1].value)
                rows.append((block.paragraph, len(rows), start, end, article.text[start:end]))
    return pd.DataFrame(rows, columns=["paragraph", "sentence", "start", "end", "text"])


def _split_front_matter(text: str, source: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        if re.match(r"\A---[ \t]*\n", text):
            raise InputError(source, "opens front matter with '---' but never closes it with '---'")
        return {}, text
    return _parse_meta(match.group(1), f"{source} (front matter)"), text[match.end() :]


class _MetaLoader(yaml.SafeLoader):
    """YAML's safe loader that keeps dates as text and refuses a key given twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} is given twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_MetaLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
MAX_META_CHARS = 2_000  # a title or URL longer than this is a mistake, not metadata


def _parse_meta(block: str, source: str) -> dict[str, str]:
    """`key: value` metadata (YAML): keys lower-cased, values as text, dates checked."""
    lines = [line for line in block.splitlines() if line.strip() != "---"]
    try:
        data = yaml.load("\n".join(lines), Loader=_MetaLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        problem = str(getattr(exc, "problem", "") or exc).splitlines()[0]
        mark = getattr(exc, "problem_mark", None)
        where = f" on line {mark.line + 1}" if mark is not None else ""
        raise InputError(source, f"is not `key: value` metadata{where}: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(source, "is not `key: value` metadata (one `key: value` a line)")
    meta: dict[str, str] = {}
    for key, value in data.items():
        text = "" if value is None else str(value).strip()
        if len(text) > MAX_META_CHARS:
            raise InputError(
                source, f"{key} is {len(text)} characters; keep it under {MAX_META_CHARS}"
            )
        meta[str(key).strip().lower()] = text
    if meta.get("date"):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["date"]):
            raise InputError(source, f"date {meta['date']!r} is not YYYY-MM-DD")
        try:
            dt.date.fromisoformat(meta["date"])
        except ValueError:
            raise InputError(source, f"date {meta['date']} does not exist") from None
    return {k: v for k, v in meta.items() if v}


def _block_spans(text: str) -> list[tuple[int, int]]:
    separators = list(_BLANK_LINES.finditer(text))
    if separators:
        cuts = [(m.start(), m.end()) for m in separators]
    else:  # no blank line anywhere: one paragraph per line
        cuts = [(m.start(), m.end()) for m in re.finditer(r"\n\s*", text)]
    spans, position = [], 0
    for cut_start, cut_end in [*cuts, (len(text), len(text))]:
        spans.append(_strip_span(text, position, cut_start))
        position = cut_end
    return [(s, e) for s, e in spans if e > s]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _looks_like_credit(block: str) -> bool:
    return "\n" not in block and len(block.split()) <= 20 and bool(CREDIT_LINE.match(block))


def _looks_like_headline(block: str, meta: dict[str, str]) -> bool:
    if meta.get("title") and block.strip() == meta["title"].strip():
        return True
    return (
        "\n" not in block
        and len(block.split()) <= 25
        and not block.rstrip().endswith((".", '."', ".”"))
    )
