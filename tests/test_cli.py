"""The command line: stable csv columns, json, exit codes."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pandas as pd
import pytest

from utils.cli import main
from utils.paths import SEED_ARTICLE


def run(*args: str) -> tuple[int, str]:
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        status = main(list(args))
    return status, buffer.getvalue()


@pytest.mark.parametrize(
    ("command", "columns"),
    [
        ("mentions", ["actor", "group", "kind", "text", "paragraph", "sentence", "start", "end"]),
        (
            "quotes",
            [
                "quote",
                "speaker",
                "speaker_text",
                "cue",
                "paragraph",
                "start",
                "end",
                "kind",
                "method",
            ],
        ),
    ],
)
def test_csv_columns_are_stable(command: str, columns: list[str]) -> None:
    status, out = run(command, str(SEED_ARTICLE), "--format", "csv")
    assert status == 0
    table = pd.read_csv(io.StringIO(out), keep_default_na=False)
    assert list(table.columns)[: len(columns)] == columns
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    span = "quote" if command == "quotes" else "text"
    assert all(text[r.start : r.end] == getattr(r, span) for r in table.itertuples())


def test_joint_speakers_are_a_list_in_json_and_joined_in_csv(tmp_path: Path) -> None:
    article = tmp_path / "joint.txt"
    article.write_text(
        'Sarah Johnson and David Miller met.\n\nJohnson and Miller said: "We agree."\n',
        encoding="utf-8",
    )
    status, out = run("quotes", str(article), "--format", "json")
    assert status == 0
    assert json.loads(out)[0]["speakers"] == ["Sarah Johnson", "David Miller"]
    status, out = run("quotes", str(article), "--format", "csv")
    row = pd.read_csv(io.StringIO(out), keep_default_na=False).iloc[0]
    assert "speakers" not in row.index
    assert row["speaker"] == "Sarah Johnson; David Miller"


def test_json_and_table_formats() -> None:
    status, out = run("article", str(SEED_ARTICLE), "--format", "json")
    assert status == 0
    assert json.loads(out)[0]["paragraphs"] == 48
    status, out = run("article", str(SEED_ARTICLE))
    assert "With reporting by Reuters and AP" in out


def test_evaluate_reports_the_seed_scores() -> None:
    status, out = run("evaluate", str(SEED_ARTICLE), "--format", "csv")
    assert status == 0
    scores = pd.read_csv(io.StringIO(out)).set_index(["task", "measure"])["value"]
    assert float(scores[("mentions", "f1")]) == 1.0
    assert float(scores[("quotes", "quote F1 (exact)")]) == 1.0


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["quotes"])
    assert exit_info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_actors_prints_a_table_ready_to_pass_back(tmp_path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        "Bridge Opens\n\nMayor Lena Ortiz opened the Tacoma bridge on Monday. "
        "Ortiz said the Washington State Department of Transportation paid for it.",
        encoding="utf-8",
    )
    status, out = run("actors", str(story), "--format", "csv")
    assert status == 0
    assert out.splitlines()[0] == "id,name,kind,group,gender,roles,aliases"
    saved = tmp_path / "story.actors.csv"
    saved.write_text(out, encoding="utf-8")
    status, again = run("actors", str(story), "--format", "csv")
    assert status == 0 and again == out
    table = pd.read_csv(io.StringIO(out), keep_default_na=False).set_index("name")
    assert table.loc["Lena Ortiz", "kind"] == "person"
    assert "Ortiz" in table.loc["Lena Ortiz", "aliases"]
    status, mentions = run("mentions", str(story), "--format", "csv")
    assert "Lena Ortiz" in mentions


def test_a_python_without_the_packages_gets_one_line(tmp_path) -> None:
    import subprocess
    import sys

    from utils.paths import ROOT

    # An interpreter that cannot import pandas stands in for the system Python.
    blocker = tmp_path / "pandas.py"
    blocker.write_text("raise ModuleNotFoundError('No module named pandas', name='pandas')\n")
    done = subprocess.run(
        [sys.executable, "-m", "utils", "article", str(SEED_ARTICLE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and ".venv/bin/python -m utils" in done.stderr


@pytest.mark.parametrize("command", ["quotes", "mentions", "actors", "claims"])
def test_table_format_fits_100_columns_with_text_left_aligned(command: str) -> None:
    status, out = run(command, str(SEED_ARTICLE))
    assert status == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert not lines[1].startswith(" "), "text columns are left-aligned"


def test_long_quotes_are_cut_with_an_ellipsis_only_in_the_table() -> None:
    _, table = run("quotes", str(SEED_ARTICLE))
    _, csv_text = run("quotes", str(SEED_ARTICLE), "--format", "csv")
    assert "…" in table
    longest = pd.read_csv(io.StringIO(csv_text))["quote"].str.len().max()
    assert longest > 100
