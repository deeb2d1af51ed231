"""The HTML edition in a real browser: chapters, images, highlighted quotes, escaping, no network."""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import utils.book as _book
from utils.article import parse_article
from utils.entities import discover_actors
from utils.paths import ROOT
from utils.quotes import find_quotes
from utils.show import highlight_quotes


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("book")
    _book.build_book(ROOT / "notebooks", out)
    return out


@pytest.fixture(scope="module")
def served(edition: Path) -> Iterator[str]:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(edition))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _check_page(page: Any, url: str) -> None:
    page.goto(url, wait_until="load")
    sizes = page.eval_on_selector_all("img", "imgs => imgs.map(i => i.complete && i.naturalWidth)")
    assert all(sizes), f"{url}: an image did not load ({sizes})"


@pytest.mark.parametrize("how", ["http", "file"])
def test_every_chapter_opens_with_its_figures_and_no_request_leaves(
    page: Any, edition: Path, served: str, how: str
) -> None:
    base = served if how == "http" else edition.as_uri()
    page.goto(f"{base}/index.html")
    links = page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)")
    chapters = sorted({link.split("#")[0] for link in links if "/notebooks/" in link})
    assert len(chapters) == len(list((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")))
    pages = chapters + sorted({link for link in links if "/solutions/" in link})
    for url in pages:
        _check_page(page, url)
        for target in page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)"):
            if target.startswith(base) and ".html" in target:
                assert Path(edition, target[len(base) + 1 :].split("#")[0]).exists(), target
    assert page.foreign_requests == []
    assert page.console_errors == []


def test_chapter_03_shows_all_39_quotes_highlighted_with_their_speakers(
    page: Any, served: str
) -> None:
    page.goto(f"{served}/notebooks/03_quotes_and_speakers.html")
    marks = page.locator(".article-view mark.quote, .article-view mark.scare")
    assert marks.count() == 39
    speakers = set(page.eval_on_selector_all("mark.quote", "ms => ms.map(m => m.dataset.speaker)"))
    assert {"Vladimir Putin", "Joe Biden", "Jens Stoltenberg"} <= speakers
    titles = page.eval_on_selector_all("mark.quote", "ms => ms.map(m => m.title)")
    assert all(re.search(r"speaker: .+rule: .+cue:", t) for t in titles)


def test_html_in_an_article_renders_as_text(page: Any) -> None:
    article = parse_article(
        'Tags <b>Bold</b> & co\n\n"<script>window.hacked = 1</script> & <img src=x onerror=alert(1)>," '
        "Ana Lima said."
    )
    view = highlight_quotes(article, find_quotes(article, discover_actors(article)))
    page.set_content(f"<!DOCTYPE html><meta charset=utf-8><body>{view.html}</body>")
    assert page.evaluate("window.hacked") is None
    assert page.locator("img").count() == 0 and page.locator("b").count() == 0
    assert "<script>window.hacked = 1</script>" in page.inner_text(".article-view")
