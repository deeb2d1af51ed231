"""Browser tests: Debian's Chromium driven by Playwright; skipped, with one line, where none is.

Playwright cannot download its own browsers here, so the tests use /usr/bin/chromium (apt
package `chromium`, which .ci/run installs), headless, with no network but loopback.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("MEDIA_NOTEBOOKS_CHROMIUM") or shutil.which("chromium") or ""
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if CHROMIUM and Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(
        reason="no Chromium here: install Debian's `chromium` to run the browser tests"
    )
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page that refuses every request to another host and records it, and records console errors."""
    context = browser.new_context()
    page = context.new_page()
    page.foreign_requests = []  # type: ignore[attr-defined]
    page.console_errors = []  # type: ignore[attr-defined]

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith(("file:", "data:", "blob:", "about:")) or url.split("/")[2].split(":")[
            0
        ] in (
            "127.0.0.1",
            "localhost",
        ):
            request_route.continue_()
        else:
            page.foreign_requests.append(url)  # type: ignore[attr-defined]
            request_route.abort()

    page.route("**/*", route)
    page.on(
        "console",
        lambda message: (
            page.console_errors.append(message.text)  # type: ignore[attr-defined]
            if message.type == "error"
            else None
        ),
    )
    yield page
    context.close()
