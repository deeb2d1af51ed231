"""The article as a reader meets it, with quotes or mentions highlighted (self-contained HTML).

Each quote is marked in the running text in its speaker's chart colour with an underline
style of its own, so the marks also read in grey; hovering or focusing a mark shows the
speaker, the rule and the cue, and the reporting verb is underlined. Scare quotes and
titles get a dashed frame and no colour. All article text is escaped; the HTML carries
its style inline and refers to nothing outside itself.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pandas as pd

from .article import Article
from .plots import PALETTE, UNKNOWN_COLOR, group_colors

UNDERLINES = ("solid", "double", "dashed", "dotted", "wavy")
STYLE = """
.article-view { font: 15px/1.6 Georgia, 'DejaVu Serif', serif; max-width: 46em; color: #111; }
.article-view h3 { font: bold 18px/1.3 'DejaVu Sans', Arial, sans-serif; }
.article-view mark { color: inherit; padding: 0 1px; text-decoration-thickness: 2px;
  text-underline-offset: 3px; }
.article-view mark:focus { outline: 2px solid #000; }
.article-view mark.scare { background: none; border: 1px dashed #555; text-decoration: none; }
.article-view .cue { text-decoration: underline dotted 2px; font-style: italic; }
.article-view .legend { font: 12px/1.5 'DejaVu Sans', Arial, sans-serif; margin: 0 0 1em; }
.article-view .legend span { display: inline-block; margin: 0 1em 0.3em 0; }
.article-view .swatch { display: inline-block; width: 2.2em; height: 0.9em; vertical-align: middle;
  margin-right: 0.3em; text-decoration-thickness: 2px; }
"""


@dataclass(frozen=True)
class Highlighted:
    """HTML that notebooks display as a page fragment and that the HTML edition embeds as it is."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def speaker_styles(quotes: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """A (colour, underline) pair per speaker, most quoted first, the colours of the charts."""
    spoken = quotes[quotes["speaker"].fillna("") != ""]
    words = spoken.assign(words=spoken["quote"].str.split().str.len())
    order = words.groupby("speaker")["words"].sum().sort_values(ascending=False, kind="stable")
    colors = [c for c in PALETTE if c != UNKNOWN_COLOR]  # the charts' colours, most heard first
    return {
        s: (colors[i % len(colors)], UNDERLINES[(i // len(colors)) % len(UNDERLINES)])
        for i, s in enumerate(order.index)
    }


def highlight_quotes(article: Article, quotes: pd.DataFrame) -> Highlighted:
    """The article with every quote marked by speaker, scare quotes framed, cues underlined."""
    styles = speaker_styles(quotes)
    spans = []
    for row in quotes.itertuples():
        speaker = str(row.speaker or "")
        tip = (
            f"speaker: {speaker}  |  rule: {row.method}  |  cue: {row.cue or '-'}"
            if speaker
            else f"no speaker: {row.method}"
        )
        if speaker:
            color, underline = styles[speaker]
            style = (
                f"background:{color}40; text-decoration: underline {underline} {color}; "
                "text-decoration-thickness: 3px"
            )
            attrs = f'class="quote" data-speaker="{html.escape(speaker, quote=True)}"'
        else:
            style, attrs = "", 'class="scare"'
        spans.append(
            (
                int(row.start),
                int(row.end),
                f'<mark {attrs} style="{style}" tabindex="0" title="{html.escape(tip, quote=True)}">',
                "</mark>",
            )
        )
        cue = _cue_span(article, row)
        if cue:
            spans.append((*cue, '<span class="cue">', "</span>"))
    legend = "".join(
        f'<span><span class="swatch" style="background:{c}33; border-bottom: 3px {u} {c}"></span>'
        f"{html.escape(s)}</span>"
        for s, (c, u) in styles.items()
    )
    legend += '<span><span class="swatch" style="border: 1px dashed #555"></span>scare quote or title</span>'
    return Highlighted(_page(article, spans, legend))


def highlight_mentions(article: Article, mentions: pd.DataFrame) -> Highlighted:
    """The article with every mention marked in its group's chart colour."""
    colors = group_colors(mentions["group"]) if not mentions.empty else {}
    underline = {g: UNDERLINES[i % len(UNDERLINES)] for i, g in enumerate(colors)}
    spans = []
    for row in mentions.itertuples():
        color = colors[row.group]
        tip = f"{row.actor} ({row.kind}, group: {row.group})"
        spans.append(
            (
                int(row.start),
                int(row.end),
                f'<mark class="mention" data-actor="{html.escape(str(row.actor), quote=True)}" '
                f'style="background:{color}33; text-decoration: underline {underline[row.group]} {color}" '
                f'tabindex="0" title="{html.escape(tip, quote=True)}">',
                "</mark>",
            )
        )
    legend = "".join(
        f'<span><span class="swatch" style="background:{c}33; border-bottom: 3px {underline[g]} {c}"></span>'
        f"{html.escape(g)}</span>"
        for g, c in colors.items()
    )
    return Highlighted(_page(article, spans, legend))


def _cue_span(article: Article, row: object) -> tuple[int, int] | None:
    """Where the reporting verb of a quote is written, in the same sentence, nearest the quote."""
    cue = str(getattr(row, "cue", "") or "")
    forms = _cue_forms().get(cue, [])
    if not forms:
        return None
    start, end = article.sentence_bounds(int(row.start))  # type: ignore[attr-defined]
    end = max(end, article.sentence_bounds(int(row.end))[1])  # type: ignore[attr-defined]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.I)
    quote_start, quote_end = int(row.start), int(row.end)  # type: ignore[attr-defined]
    found = [
        m.span()
        for m in pattern.finditer(article.text, start, end)
        if m.end() <= quote_start - 1 or m.start() >= quote_end + 1
    ]
    if not found:
        return None
    return min(found, key=lambda s: min(abs(s[0] - quote_end), abs(quote_start - s[1])))


def _cue_forms() -> dict[str, list[str]]:
    """Every written form of each reporting-verb lemma (say: say, says, said, saying)."""
    from .reporting import load_reporting_verbs

    verbs = load_reporting_verbs()
    forms: dict[str, list[str]] = {}
    for form, lemma in verbs.lemma.items():
        forms.setdefault(lemma, []).append(form)
    return {lemma: sorted(found, key=len, reverse=True) for lemma, found in forms.items()}


def _page(article: Article, spans: list[tuple[int, int, str, str]], legend: str) -> str:
    """The article's blocks as paragraphs, the spans wrapped in their tags, everything escaped."""
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    parts = [
        f"<style>{STYLE}</style>",
        '<div class="article-view">',
        f'<p class="legend">{legend}</p>',
    ]
    for block in article.blocks:
        inside = [s for s in spans if block.start <= s[0] and s[1] <= block.end]
        body = _wrap(article.text, block.start, block.end, inside)
        if block.role == "headline":
            parts.append(f"<h3>{body}</h3>")
        else:
            parts.append(f"<p>{body}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def _wrap(text: str, start: int, end: int, spans: list[tuple[int, int, str, str]]) -> str:
    """Escape text[start:end] and insert the tags; a span overlapping an open one is left out."""
    out, position, open_until = [], start, -1
    events: list[tuple[int, int, str]] = []
    for s, e, opening, closing in spans:
        if s < open_until and e > open_until:
            continue  # crossing spans cannot nest in HTML; the outer one wins
        events += [(s, 1, opening), (e, 0, closing)]
        open_until = max(open_until, e)
    for offset, _, tag in sorted(events, key=lambda ev: (ev[0], ev[1])):
        out.append(html.escape(text[position:offset]).replace("\n", "<br>"))
        out.append(tag)
        position = offset
    out.append(html.escape(text[position:end]).replace("\n", "<br>"))
    return "".join(out)
