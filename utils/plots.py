"""Figures: one shared style and one `save_figure` that writes PNG and SVG.

The palette is Okabe-Ito (safe for colour-blind readers) ordered so that
neighbouring colours also differ in lightness when printed in grey. Files are
byte-for-byte reproducible: no dates, no software stamp, a fixed SVG id salt.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ParamSpec

import matplotlib.pyplot as plt
import pandas as pd
from cycler import cycler
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import Bbox

from .files import staged, write_bytes_atomic
from .paths import FIGURES

P = ParamSpec("P")

# Okabe & Ito (2008), reordered: dark and light alternate, so grey prints stay apart.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#000000",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#009E73",
    "#CC79A7",
    "#999999",
)
# Seven hatches and markers against nine colours: combinations stay distinct for 63 groups.
HATCHES = ("", "//", "..", "xx", "\\\\", "oo", "--")
MARKERS = ("o", "s", "D", "^", "v", "P", "X")
STYLE: Any = {
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": cycler(color=PALETTE),
    "svg.hashsalt": "media-analysis-notebooks",
    "svg.fonttype": "path",
    "path.simplify": True,
}


def use_style() -> None:
    """Apply the collection's matplotlib style to every later figure (importing plots does not)."""
    plt.rcParams.update(STYLE)


def styled(draw: Callable[P, Figure]) -> Callable[P, Figure]:
    """Draw inside the collection's style, leaving matplotlib's global settings as they were."""

    @functools.wraps(draw)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> Figure:
        with plt.rc_context(STYLE):
            return draw(*args, **kwargs)

    return wrapper


UNKNOWN_GROUP = "unknown"
UNKNOWN_COLOR = "#999999"


def group_colors(groups: Iterable[str]) -> dict[str, str]:
    """A colour per group, by alphabetical order of all the article's groups; 'unknown' is grey.

    Pass every group of the article (not only those one chart shows), so all its charts agree.
    """
    ordered = sorted(set(groups) - {UNKNOWN_GROUP})
    colors = [c for c in PALETTE if c != UNKNOWN_COLOR]
    styled = {g: colors[i % len(colors)] for i, g in enumerate(ordered)}
    return {**styled, UNKNOWN_GROUP: UNKNOWN_COLOR} if UNKNOWN_GROUP in set(groups) else styled


def group_hatches(groups: Iterable[str]) -> dict[str, str]:
    """A hatch per group, in the order of `group_colors`, so bars stay apart in grey too."""
    return {g: HATCHES[i % len(HATCHES)] for i, g in enumerate(group_colors(groups))}


def group_markers(groups: Iterable[str]) -> dict[str, str]:
    """A marker per group, in the order of `group_colors`, for dots and network nodes."""
    return {g: MARKERS[i % len(MARKERS)] for i, g in enumerate(group_colors(groups))}


def source_line(article_title: str, outlet: str = "", date: str = "") -> str:
    """The small print under each figure: the article and where the numbers come from."""
    title = article_title if len(article_title) <= 160 else article_title[:159] + "…"
    parts = [f"Source: “{title}”", outlet[:120], date[:40]]
    return ", ".join(p for p in parts if p) + ". Computed by the media-analysis notebooks (utils/)."


def save_figure(fig: Figure, name: str, *, source: str, directory: Path | str = FIGURES) -> None:
    """Write `directory/NAME.png` and `.svg` deterministically, add the source line, show the PNG."""
    for ax in fig.axes:
        if ax.axison and not (ax.get_title() or fig.get_suptitle()):
            raise ValueError(f"figure {name!r}: every plot needs a title")
        if (
            ax.axison
            and ax.get_label() != "<colorbar>"
            and not (ax.get_xlabel() or ax.get_ylabel())
        ):
            raise ValueError(f"figure {name!r}: label the axes of {ax.get_title()!r}")
    images = {}
    with plt.rc_context(STYLE):
        # The tight box is measured once and reused for both formats (each measure is a full draw);
        # the source line goes just under whatever the figure drew lowest.
        get_renderer = getattr(fig.canvas, "get_renderer", None)
        if get_renderer is None:
            fig.text(0.01, -0.01, source, fontsize=7, color="#444444", va="top", wrap=True)
            box: Bbox | str = "tight"
        else:
            renderer = get_renderer()
            drawn = fig.get_tightbbox(renderer)
            width, height = fig.get_size_inches()
            label = fig.text(
                max(drawn.x0, 0) / width,
                (drawn.y0 - 0.1) / height,
                source,
                fontsize=7,
                color="#444444",
                va="top",
                wrap=True,
            )
            extent = label.get_window_extent(renderer).transformed(fig.dpi_scale_trans.inverted())
            box = Bbox.union([drawn, extent]).padded(0.15)
        for fmt, metadata in (
            ("png", {"Software": None}),
            ("svg", {"Date": None, "Creator": None}),
        ):
            buffer = io.BytesIO()
            fig.savefig(buffer, format=fmt, metadata=metadata, bbox_inches=box)
            images[fmt] = buffer.getvalue()
            write_bytes_atomic(staged(Path(directory) / f"{name}.{fmt}"), images[fmt])
    plt.close(fig)
    _show_in_notebook(images["png"])


def _show_in_notebook(png: bytes) -> None:
    """Show the saved PNG itself in a notebook (not the live figure, whose text repr varies)."""
    try:
        from IPython import get_ipython
        from IPython.display import Image, display
    except ImportError:
        return
    if get_ipython() is not None:
        display(Image(png))


def _figure(width: float = 8.0, height: float = 4.5) -> tuple[Figure, Any]:
    fig, ax = plt.subplots(figsize=(width, height))
    return fig, ax


@styled
def empty_figure(title: str, message: str) -> Figure:
    """A figure that says it has nothing to show, instead of a blank drawing."""
    fig, ax = _figure(8, 2.2)
    ax.axis("off")
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=11, color="#333333", wrap=True)
    return fig


@styled
def plot_paragraph_lengths(paragraph_table: pd.DataFrame, sentence_table: pd.DataFrame) -> Figure:
    """Words per paragraph and per sentence, in reading order."""
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 5.5))
    body = paragraph_table[paragraph_table["role"] != "credit"]
    top.bar(body["paragraph"], body["words"], color=PALETTE[0])
    top.set(title="Words per paragraph (0 = headline)", xlabel="paragraph", ylabel="words")
    words = sentence_table["text"].str.split().str.len()
    bottom.bar(
        sentence_table["sentence"], words, color=PALETTE[3], edgecolor=PALETTE[0], linewidth=0.3
    )
    bottom.set(title="Words per sentence", xlabel="sentence", ylabel="words")
    fig.tight_layout()
    return fig


@styled
def plot_quote_marks(marks: pd.DataFrame, n_paragraphs: int) -> Figure:
    """Where the quoted spans fall: one bar per paragraph, the share of its characters inside marks."""
    fig, ax = _figure(8, 3.5)
    ax.bar(
        marks["paragraph"], marks["quoted_share"], color=PALETTE[4], hatch="//", edgecolor="white"
    )
    ax.set(
        title="Share of each paragraph inside quote marks",
        xlabel="paragraph",
        ylabel="share of characters",
    )
    ax.set_xlim(-0.5, n_paragraphs + 0.5)
    ax.set_ylim(0, 1)
    return fig


@styled
def plot_ranked_bars(
    counts: pd.DataFrame, label: str, value: str, title: str, xlabel: str, top: int | None = None
) -> Figure:
    """Horizontal bars, largest on top (the first `top` rows), coloured and hatched by group."""
    if counts.empty:
        return empty_figure(title, f"Nothing to count: no {xlabel} were found in this article.")
    colors, hatches = group_colors(counts["group"]), group_hatches(counts["group"])
    counts = counts.head(top) if top else counts
    shown = set(counts["group"])
    colors = {g: c for g, c in colors.items() if g in shown}
    counts = counts.iloc[::-1]
    fig, ax = _figure(8, max(3.0, 0.26 * len(counts) + 1))
    for row in counts.itertuples():
        ax.barh(
            getattr(row, label),
            getattr(row, value),
            color=colors[row.group],
            hatch=hatches[row.group],
            edgecolor="white",
        )
    handles = [
        plt.Rectangle((0, 0), 1, 1, facecolor=colors[g], hatch=hatches[g], edgecolor="white")
        for g in colors
    ]
    ax.legend(handles, list(colors), title="group", fontsize=8, loc="lower right", frameon=False)
    ax.set(title=title, xlabel=xlabel, ylabel="")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="y", labelsize=8)
    return fig


@styled
def plot_strip(mentions: pd.DataFrame, order: list[str], n_paragraphs: int) -> Figure:
    """Where each actor is named along the article: one row per actor, one mark per mention."""
    title = "Where each actor is named (paragraph 0 = headline)"
    if mentions.empty or not order:
        return empty_figure(
            title, "No actor is named in this article, so there is nothing to place."
        )
    colors, markers = group_colors(mentions["group"]), group_markers(mentions["group"])
    fig, ax = _figure(8, max(3.0, 0.25 * len(order) + 1))
    for y, actor in enumerate(order):
        rows = mentions[mentions["actor"] == actor]
        group = rows["group"].iloc[0]
        ax.scatter(
            rows["paragraph"],
            [y] * len(rows),
            s=22,
            color=colors[group],
            marker=markers[group],
        )
    ax.set_yticks(range(len(order)), order, fontsize=8)
    ax.invert_yaxis()
    ax.axvspan(-0.5, 1.5, color="#DDDDDD", zorder=0)
    ax.text(0.5, -0.8, "headline + lede", fontsize=7, ha="center", va="bottom")
    ax.set_xlim(-0.5, n_paragraphs + 0.5)
    ax.set(title=title, xlabel="paragraph", ylabel="")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return fig


@styled
def plot_network(pairs: pd.DataFrame, counts: pd.DataFrame, min_together: int = 2) -> Figure:
    """Actors named in the same paragraph; edge width = paragraphs shared, node size = mentions."""
    import networkx as nx

    strong = pairs[pairs["together"] >= min_together]
    title = f"Actors named in the same paragraph (at least {min_together} times)"
    if strong.empty:
        return empty_figure(
            title,
            "No two actors are named together that often"
            + (f" ({len(pairs)} pairs share a paragraph fewer times)." if len(pairs) else "."),
        )
    graph = nx.Graph()
    for row in strong.itertuples():
        graph.add_edge(row.actor_a, row.actor_b, weight=row.together)
    sizes = counts.set_index("actor")["mentions"].to_dict()
    groups = counts.set_index("actor")["group"].to_dict()
    colors, markers = group_colors(counts["group"]), group_markers(counts["group"])
    nodes = sorted(graph.nodes)
    graph = nx.relabel_nodes(graph, {n: n for n in nodes})
    layout = (
        nx.spring_layout(graph, seed=7, k=1.6 / max(len(nodes), 1) ** 0.5, iterations=200)
        if nodes
        else {}
    )
    fig, ax = _figure(9, 7)
    widths = [0.6 + graph[a][b]["weight"] * 0.6 for a, b in graph.edges]
    nx.draw_networkx_edges(graph, layout, ax=ax, width=widths, edge_color="#888888")
    for group in colors:  # one call per group: colour and shape both tell groups apart
        members = [n for n in nodes if groups[n] == group]
        if members:
            nx.draw_networkx_nodes(
                graph,
                layout,
                ax=ax,
                nodelist=members,
                node_size=[40 + 18 * sizes.get(n, 1) for n in members],
                node_color=colors[group],
                node_shape=markers[group],
                edgecolors="black",
                linewidths=0.6,
            )
    label_positions = {n: (x, y + 0.05) for n, (x, y) in layout.items()}
    nx.draw_networkx_labels(graph, label_positions, ax=ax, font_size=8, verticalalignment="bottom")
    handles = [
        plt.Line2D(
            [],
            [],
            marker=markers[g],
            linestyle="",
            color=colors[g],
            markeredgecolor="black",
        )
        for g in colors
        if any(groups[n] == g for n in nodes)
    ]
    ax.legend(
        handles,
        [g for g in colors if any(groups[n] == g for n in nodes)],
        title="group",
        fontsize=8,
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
    )
    ax.set_title(title)
    ax.axis("off")
    return fig


@styled
def plot_mentioned_vs_quoted(table: pd.DataFrame) -> Figure:
    """Paired bars per actor: mentions and quoted words (scaled), talked about versus heard."""
    table = table.iloc[::-1]
    fig, (left, right) = plt.subplots(
        1, 2, figsize=(9, max(3.0, 0.27 * len(table) + 1)), sharey=True
    )
    left.barh(table["actor"], table["mentions"], color=PALETTE[0])
    left.set(title="Mentioned", xlabel="mentions", ylabel="")
    right.barh(
        table["actor"], table["quoted_words"], color=PALETTE[1], hatch="//", edgecolor="white"
    )
    right.set(title="Quoted", xlabel="words in quote marks")
    left.tick_params(axis="y", labelsize=8)
    fig.suptitle("Who is talked about, and who gets to speak", fontweight="bold")
    fig.tight_layout()
    return fig


@styled
def plot_sentiment_dots(scored: pd.DataFrame, summary: pd.DataFrame) -> Figure:
    """Every quote as a dot per speaker, TextBlob and VADER side by side, the mean marked."""
    speakers = summary["speaker"].tolist()[::-1]
    fig, axes = plt.subplots(1, 2, figsize=(10, max(3.0, 0.35 * len(speakers) + 1.2)), sharey=True)
    for ax, column, title, color in (
        (axes[0], "textblob_polarity", "TextBlob polarity", PALETTE[0]),
        (axes[1], "vader_compound", "VADER compound", PALETTE[4]),
    ):
        for y, speaker in enumerate(speakers):
            values = scored.loc[scored["speaker"] == speaker, column]
            ax.scatter(values, [y] * len(values), s=24, color=color, alpha=0.8, marker="o")
            ax.scatter([values.mean()], [y], s=90, color="black", marker="|")
        ax.axvline(0, color="#999999", linewidth=0.8)
        ax.set(title=title, xlabel="score (-1 negative, +1 positive)", xlim=(-1.05, 1.05))
    labels = [
        f"{s} (n={int(summary.set_index('speaker').loc[s, 'quotes'])}{', anecdotal' if summary.set_index('speaker').loc[s, 'quotes'] == 1 else ''})"
        for s in speakers
    ]
    axes[0].set_yticks(range(len(speakers)), labels, fontsize=8)
    fig.suptitle(
        "How each speaker's quoted words score (dots: quotes; bar: mean)", fontweight="bold"
    )
    fig.tight_layout()
    return fig


@styled
def plot_sentiment_along(narration: pd.DataFrame, quotes: pd.DataFrame) -> Figure:
    """TextBlob polarity of the reporter's sentences and of the quotes, along the article."""
    fig, ax = _figure(8, 3.8)
    ax.plot(
        narration["paragraph"],
        narration["textblob_polarity"],
        marker="o",
        linestyle="-",
        color=PALETTE[0],
        label="narration (sentences)",
        markersize=4,
    )
    ax.scatter(
        quotes["paragraph"],
        quotes["textblob_polarity"],
        marker="s",
        color=PALETTE[1],
        edgecolor="black",
        label="quotes",
        zorder=3,
    )
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.legend(frameon=False, fontsize=8)
    ax.set(
        title="Sentiment along the article (TextBlob polarity)",
        xlabel="paragraph",
        ylabel="polarity",
    )
    return fig


@styled
def plot_rates(series: pd.DataFrame, threshold: float, events: dict[str, str], pair: str) -> Figure:
    """A daily reference-rate series with the claim's threshold and the story's events marked."""
    fig, ax = _figure(8, 4.2)
    dates = pd.to_datetime(series["date"])
    ax.plot(
        dates,
        series["rate"],
        marker="o",
        markersize=3,
        color=PALETTE[0],
        label=f"ECB reference rate, {pair} (gaps: no fixing that day)",
    )
    known = dates[series["rate"].notna()]
    last = known.max() if len(known) else dates.max()
    ax.set_xlim(dates.min(), min(dates.max(), last + pd.Timedelta(days=2)))  # end at the data
    if last < dates.max():
        ax.annotate(
            f"no ECB rate after {last:%d %b %Y}",
            xy=(1, 0.02),
            xycoords="axes fraction",
            ha="right",
            fontsize=7,
            color="#333333",
        )
    ax.axhline(threshold, color=PALETTE[4], linestyle="--", label=f"threshold {threshold:g}")
    for day, label in sorted(events.items()):
        if not dates.min() <= pd.Timestamp(day) <= last + pd.Timedelta(days=2):
            continue  # an event outside the drawn dates would sit on the frame
        ax.axvline(pd.Timestamp(day), color="#555555", linestyle=":", linewidth=1)
        ax.text(
            pd.Timestamp(day),
            ax.get_ylim()[1],
            f" {label}",
            rotation=90,
            va="top",
            ha="right",
            fontsize=7,
        )
    # Under the axes, where the event labels along the top can never reach it.
    ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(0, -0.34), ncol=2)
    ax.set(
        title=f"{pair}: daily ECB reference rate",
        xlabel="date",
        ylabel=f"{pair.split('/')[1]} per {pair.split('/')[0]}",
    )
    fig.autofmt_xdate()
    return fig


@styled
def plot_shares(table: pd.DataFrame, label: str, title: str, xlabel: str) -> Figure:
    """Shares as horizontal bars with their 95% intervals and counts; 'unknown' stays a bar."""
    if table.empty:
        return empty_figure(title, "Nothing to count in these articles.")
    rows = table.iloc[::-1]
    fig, ax = _figure(8, max(2.6, 0.42 * len(rows) + 1.2))
    colors = group_colors(rows[label].astype(str))
    hatches = group_hatches(rows[label].astype(str))
    for y, row in enumerate(rows.itertuples()):
        name = str(getattr(row, label))
        ax.barh(y, row.share, color=colors[name], hatch=hatches[name], edgecolor="white")
        ax.errorbar(
            row.share,
            y,
            xerr=[[row.share - row.low], [row.high - row.share]],
            color="black",
            capsize=3,
            linewidth=1,
        )
        ax.text(min(row.high + 0.01, 0.98), y, f"n={row.count:,}", va="center", fontsize=8)
    ax.set_yticks(range(len(rows)), rows[label].astype(str).tolist(), fontsize=9)
    ax.set_xlim(0, 1)
    ax.set(title=title, xlabel=xlabel, ylabel="")
    return fig


@styled
def plot_share_by(table: pd.DataFrame, by: str, title: str, ylabel: str) -> Figure:
    """One share per value of `by` (a year, a category), with its interval and count."""
    if table.empty:
        return empty_figure(title, "No articles with this information.")
    fig, ax = _figure(8, 3.8)
    xs = list(range(len(table)))
    ax.errorbar(
        xs,
        table["share"],
        yerr=[table["share"] - table["low"], table["high"] - table["share"]],
        fmt="o",
        color=PALETTE[0],
        ecolor="black",
        capsize=4,
        markersize=7,
    )
    for x, row in zip(xs, table.itertuples(), strict=True):
        ax.annotate(
            f"n={row.count:,}",
            (x, row.share),
            xytext=(8, -3),
            textcoords="offset points",
            fontsize=8,
        )
    ax.set_xticks(xs, table[by].astype(str).tolist())
    ax.set_ylim(0, 1)
    ax.set(title=title, xlabel=by, ylabel=ylabel)
    return fig
