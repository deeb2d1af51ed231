"""Figures: one shared style and one `save_figure` that writes PNG and SVG.

The palette is Okabe-Ito (safe for colour-blind readers) ordered so that
neighbouring colours also differ in lightness when printed in grey. Files are
byte-for-byte reproducible: no dates, no software stamp, a fixed SVG id salt.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from .files import write_bytes_atomic  # noqa: E402
from .paths import FIGURES  # noqa: E402

# Okabe & Ito (2008), reordered: dark and light alternate, so grey prints stay apart.
PALETTE = ("#0072B2", "#E69F00", "#000000", "#56B4E9", "#D55E00", "#F0E442", "#009E73", "#CC79A7", "#999999")
HATCHES = ("", "//", "..", "xx", "\\\\", "oo", "--", "++", "**")
MARKERS = ("o", "s", "D", "^", "v", "P", "X", "<", ">")
STYLE = {
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "svg.hashsalt": "media-analysis-notebooks",
    "svg.fonttype": "path",
    "path.simplify": True,
}


def use_style() -> None:
    """Apply the collection's matplotlib style (called on import)."""
    plt.rcParams.update(STYLE)


def group_colors(groups: Iterable[str]) -> dict[str, str]:
    """A stable colour per group, in order of first appearance (cycles after nine)."""
    ordered = list(dict.fromkeys(groups))
    return {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(ordered)}


def group_hatches(groups: Iterable[str]) -> dict[str, str]:
    """A stable hatch per group, so bars stay apart in grey too."""
    ordered = list(dict.fromkeys(groups))
    return {g: HATCHES[i % len(HATCHES)] for i, g in enumerate(ordered)}


def source_line(article_title: str, outlet: str = "", date: str = "") -> str:
    """The small print under each figure: the article and where the numbers come from."""
    parts = [f"Source: “{article_title}”", outlet, date]
    return ", ".join(p for p in parts if p) + ". Computed by the media-analysis notebooks (utils/)."


def save_figure(fig: Figure, name: str, *, source: str, directory: Path | str = FIGURES) -> list[Path]:
    """Write `directory/NAME.png` and `.svg` deterministically, with the source line added."""
    for ax in fig.axes:
        if ax.axison and not (ax.get_title() or fig.get_suptitle()):
            raise ValueError(f"figure {name!r}: every plot needs a title")
        if ax.axison and ax.get_label() != "<colorbar>" and not (ax.get_xlabel() or ax.get_ylabel()):
            raise ValueError(f"figure {name!r}: label the axes of {ax.get_title()!r}")
    fig.text(0.01, 0.005, source, fontsize=7, color="#444444", ha="left", va="bottom", wrap=True)
    written = []
    for fmt, metadata in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
        buffer = io.BytesIO()
        with plt.rc_context(STYLE):
            fig.savefig(buffer, format=fmt, metadata=metadata, bbox_inches="tight", pad_inches=0.15)
        written.append(write_bytes_atomic(Path(directory) / f"{name}.{fmt}", buffer.getvalue()))
    return written


use_style()
