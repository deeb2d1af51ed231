"""The offline guard: under `make test` no process may reach another machine."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

GUARD = Path(__file__).parent / "offline"


def test_guard_is_active_in_the_test_run() -> None:
    if os.environ.get("MEDIA_NOTEBOOKS_OFFLINE") != "1":
        pytest.skip("run through `make test`, which turns the guard on")
    with pytest.raises(OSError, match="offline test run"):
        socket.getaddrinfo("example.invalid", 80)


def test_guard_blocks_a_child_process_and_keeps_loopback() -> None:
    code = (
        "import socket\n"
        "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)\n"
        "c = socket.create_connection(s.getsockname()); c.close()\n"
        "try:\n    socket.getaddrinfo('example.invalid', 80)\nexcept OSError as e:\n    print(type(e).__name__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(GUARD), "MEDIA_NOTEBOOKS_OFFLINE": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "OfflineError"
