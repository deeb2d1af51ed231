"""JupyterLab in a real browser: notebooks 00 and 03 restarted and run, with no cell in error.

Lab serves a copy of notebooks/ and data/ in a temporary folder (its autosave and the figures it
writes stay there), on loopback with a token, with its news pop-up turned off.
"""

from __future__ import annotations

import http.client
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest

from utils.paths import ROOT

ERROR_OUTPUT = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, Path]]:
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    for path in (root / "notebooks").glob("*.ipynb"):  # no saved outputs: only this run's count
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        nbformat.write(notebook, path)
    shutil.copytree(ROOT / "data", root / "data")
    (root / "figures").mkdir()
    settings = root / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}), encoding="utf-8"
    )
    token, port = secrets.token_hex(16), _free_port()
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(root / "settings"),
        "JUPYTER_RUNTIME_DIR": str(root / "runtime"),
        "JUPYTERLAB_WORKSPACES_DIR": str(root / "workspaces"),  # no tabs restored from elsewhere
    }
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.open_browser=False",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=root
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:  # the server's status on loopback: up once it answers
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", f"/api/status?token={token}")
            if connection.getresponse().status == 200:
                break
        except OSError:
            pass
        time.sleep(0.5)
    else:
        server.terminate()
        pytest.fail("JupyterLab did not start within 90 s")
    yield url, token, root
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:  # kernels still shutting down
        server.kill()
        server.wait(timeout=20)


def _run_all(page: Any, url: str, token: str, name: str) -> list[str]:
    # ?reset: a fresh workspace with this one notebook open, whatever ran before
    page.goto(f"{url}/lab/tree/notebooks/{name}?reset&token={token}", wait_until="domcontentloaded")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    # The kernel must be up before it is restarted: the status bar says "| Idle".
    page.wait_for_selector("text=/\\| Idle/", timeout=90_000)
    page.set_default_timeout(60_000)
    page.click("text=Kernel", timeout=30_000)
    page.click("text=Restart Kernel and Run All Cells…")
    page.click(".jp-Dialog-button.jp-mod-accept", timeout=30_000)
    page.wait_for_function(
        r"""selector => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]
                .map(p => p.textContent.trim());
            const numbered = prompts.filter(t => /^\[\d+\]:$/.test(t)).length;
            const running = prompts.some(t => t === '[*]:');
            const failed = document.querySelector(selector) !== null;
            return !running && numbered > 0 && (numbered === prompts.length || failed);
        }""",
        arg=ERROR_OUTPUT,
        timeout=180_000,
        polling=1000,
    )
    return page.eval_on_selector_all(ERROR_OUTPUT, "os => os.map(o => o.innerText)")


@pytest.mark.parametrize("name", ["00_start_here.ipynb", "03_quotes_and_speakers.ipynb"])
def test_notebook_runs_in_jupyterlab_without_errors(
    page: Any, lab: tuple[str, str, Path], name: str
) -> None:
    url, token, _ = lab
    errors = _run_all(page, url, token, name)
    assert not [e for e in errors if "Error" in e or "Traceback" in e], errors
    assert page.locator(".jp-OutputArea-output .jp-RenderedText:has-text('Traceback')").count() == 0
    assert page.foreign_requests == []
