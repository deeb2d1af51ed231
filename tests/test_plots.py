"""save_figure: PNG and SVG, byte-for-byte reproducible, titled and labelled, only in allowed folders."""

from __future__ import annotations

import hashlib
from pathlib import Path

import matplotlib.pyplot as plt
import pytest

from utils.errors import InputError
from utils.paths import ROOT
from utils.plots import PALETTE, group_colors, save_figure


def _draw() -> plt.Figure:
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2], color=PALETTE[:2])
    ax.set(title="A title", xlabel="x", ylabel="y")
    return fig


def test_same_input_same_bytes(tmp_path: Path) -> None:
    digests = []
    for run in range(2):
        out = tmp_path / str(run)
        save_figure(_draw(), "demo", source="Source: test", directory=out)
        paths = sorted(out.iterdir())
        assert [p.name for p in paths] == ["demo.png", "demo.svg"]
        digests.append([hashlib.sha256(p.read_bytes()).hexdigest() for p in paths])
        plt.close("all")
    assert digests[0] == digests[1]
    svg = (tmp_path / "0" / "demo.svg").read_text(encoding="utf-8")
    assert "<dc:date>" not in svg


def test_a_figure_needs_a_title_and_labels(tmp_path: Path) -> None:
    fig, ax = plt.subplots()
    ax.plot([1, 2])
    with pytest.raises(ValueError, match="title"):
        save_figure(fig, "untitled", source="s", directory=tmp_path)
    ax.set_title("Now titled")
    with pytest.raises(ValueError, match="label"):
        save_figure(fig, "unlabelled", source="s", directory=tmp_path)
    plt.close("all")


def test_figures_are_not_written_over_inputs() -> None:
    with pytest.raises(InputError):
        save_figure(_draw(), "x", source="s", directory=ROOT / "data")
    plt.close("all")


def test_group_colours_are_stable_and_colour_blind_safe() -> None:
    colours = group_colors(["Russia", "Ukraine", "Russia", "NATO"])
    assert colours == group_colors(["NATO", "Ukraine", "Russia"])  # any order: the same colours
    assert colours == {"NATO": PALETTE[0], "Russia": PALETTE[1], "Ukraine": PALETTE[2]}
    assert PALETTE[0].upper() == "#0072B2"  # Okabe-Ito blue


def test_empty_charts_say_so_instead_of_drawing_nothing(tmp_path: Path) -> None:
    import pandas as pd

    from utils.plots import plot_network, plot_ranked_bars, plot_strip

    empty_counts = pd.DataFrame(columns=["actor", "group", "mentions"])
    figures = [
        plot_ranked_bars(empty_counts, "actor", "mentions", "Mentions per actor", "mentions"),
        plot_strip(pd.DataFrame(columns=["actor", "group", "paragraph"]), [], 5),
        plot_network(
            pd.DataFrame({"actor_a": ["A"], "actor_b": ["B"], "together": [1]}),
            pd.DataFrame({"actor": ["A", "B"], "group": ["g", "g"], "mentions": [1, 1]}),
            min_together=2,
        ),
    ]
    for n, fig in enumerate(figures):
        texts = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
        assert texts.startswith(("Nothing", "No ")), texts
        save_figure(fig, f"empty{n}", source="s", directory=tmp_path)
    plt.close("all")


def test_count_axes_have_whole_number_ticks() -> None:
    import pandas as pd

    from utils.plots import plot_ranked_bars

    counts = pd.DataFrame({"actor": ["A"], "group": ["g"], "mentions": [3]})
    fig = plot_ranked_bars(counts, "actor", "mentions", "Mentions per actor", "mentions")
    fig.canvas.draw()
    ticks = fig.axes[0].get_xticks()
    assert all(float(t).is_integer() for t in ticks)
    plt.close("all")


def test_a_group_keeps_its_colour_whatever_a_chart_shows() -> None:
    import pandas as pd

    from utils.plots import group_colors, plot_ranked_bars

    counts = pd.DataFrame(
        {
            "actor": ["A", "B", "C", "D"],
            "group": ["Russia", "unknown", "Ukraine", "Austria"],
            "mentions": [9, 5, 3, 1],
        }
    )
    everyone = group_colors(counts["group"])
    assert everyone["unknown"] == "#999999"
    fig = plot_ranked_bars(counts, "actor", "mentions", "t", "mentions", top=2)
    drawn = {bar.get_y(): bar.get_facecolor() for bar in fig.axes[0].patches if bar.get_width() > 0}
    assert len(drawn) == 2
    from matplotlib.colors import to_rgba

    assert to_rgba(everyone["Russia"]) in drawn.values()
    assert to_rgba(everyone["unknown"]) in drawn.values()
    plt.close("all")


def test_importing_plots_leaves_matplotlib_settings_alone() -> None:
    import subprocess
    import sys

    code = (
        "import matplotlib as mpl; before = dict(mpl.rcParams); import utils.plots; "
        "print(dict(mpl.rcParams) == before)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"


def test_a_huge_title_cannot_make_a_huge_figure() -> None:
    from utils.plots import source_line

    line = source_line("x" * 30_000, "outlet", "2022-02-21")
    assert len(line) < 400
