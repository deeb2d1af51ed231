"""Writing as a set: staged files moved into place together, or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from utils.files import STAGE_ENV, commit_set, finish_set, stage_moves, staged, write_text_atomic


class Killed(BaseException):
    """Stands for `kill -9`: nothing after it runs."""


def test_staged_writes_go_to_the_stage_and_name_their_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "home" / "figures" / "one.png"
    assert staged(target) == target  # no stage: written where it belongs
    monkeypatch.setenv(STAGE_ENV, str(tmp_path / "stage"))
    write_text_atomic(staged(target), "new")
    assert not target.exists()
    assert stage_moves(tmp_path / "stage") == {target.resolve(): staged(target)}


@pytest.mark.parametrize("moment", range(3))  # the journal, then the two moves
def test_a_kill_while_moving_a_set_is_finished_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moment: int
) -> None:
    home, stage = tmp_path / "home", tmp_path / "home" / ".stage"
    targets = [home / "figures" / "a.png", home / "notebooks" / "b.ipynb"]
    for target in targets:
        write_text_atomic(target, "old")
    monkeypatch.setenv(STAGE_ENV, str(stage))
    for target in targets:
        write_text_atomic(staged(target), "new")
    monkeypatch.delenv(STAGE_ENV)
    real_replace, renames = os.replace, []

    def replace_then_die(source: object, target: object) -> None:
        if len(renames) == moment:
            raise Killed
        renames.append(target)
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace_then_die)
    with pytest.raises(Killed):
        commit_set(home / ".journal.json", stage_moves(stage), within=home)
    monkeypatch.setattr(os, "replace", real_replace)
    finish_set(home / ".journal.json", within=home)  # what the next run does first
    contents = {t.read_text(encoding="utf-8") for t in targets}
    assert contents in ({"old"}, {"new"}), f"a mix after a kill at rename {moment}"
    assert not (home / ".journal.json").exists()


def test_a_journal_naming_paths_outside_its_folder_moves_nothing(tmp_path: Path) -> None:
    home, outside = tmp_path / "home", tmp_path / "outside.txt"
    home.mkdir()
    outside.write_text("keep", encoding="utf-8")
    (home / "x.txt").write_text("mine", encoding="utf-8")
    journal = home / ".journal.json"
    journal.write_text(f'{{"{outside}": "{home / "x.txt"}"}}', encoding="utf-8")
    finish_set(journal, within=home)
    assert outside.read_text(encoding="utf-8") == "keep" and not journal.exists()
