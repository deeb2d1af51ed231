"""`make lab`: served from the repository root, as root only with --allow-root, opening notebook 00."""

from __future__ import annotations

import os
import subprocess

from utils.paths import ROOT


def test_make_lab_serves_the_repository_root() -> None:
    done = subprocess.run(
        ["make", "--no-print-directory", "-n", "-o", ".venv/.installed-lock", "lab"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    command = next(line for line in done.stdout.splitlines() if "jupyter lab" in line)
    assert f'--ServerApp.root_dir="{ROOT}"' in command
    assert "default_url=/lab/tree/notebooks/00_start_here.ipynb" in command
    assert ("--allow-root" in command) == (os.geteuid() == 0)
