"""The highlighted article: every quote marked with its speaker, text escaped, nothing external."""

from __future__ import annotations

import re

from utils.actors import find_mentions
from utils.article import parse_article
from utils.entities import discover_actors
from utils.quotes import find_quotes
from utils.show import highlight_mentions, highlight_quotes


def test_every_seed_quote_is_marked_with_its_speaker(seed, seed_actors) -> None:
    quotes = find_quotes(seed, seed_actors)
    page = highlight_quotes(seed, quotes).html
    marks = re.findall(r'<mark class="(quote|scare)"', page)
    assert len(marks) == len(quotes) == 39
    for speaker in set(quotes["speaker"]) - {""}:
        assert f'data-speaker="{speaker}"' in page
    assert 'class="cue"' in page
    assert "http" not in page and "<script" not in page


def test_article_text_is_escaped() -> None:
    article = parse_article(
        'Tags & <b>Bold</b>\n\n"<script>alert(1)</script> & more," Ana Lima said.'
    )
    quotes = find_quotes(article, discover_actors(article))
    page = highlight_quotes(article, quotes).html
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert "&lt;b&gt;Bold&lt;/b&gt;" in page


def test_mentions_are_marked_by_group(seed, seed_actors) -> None:
    mentions = find_mentions(seed, seed_actors)
    page = highlight_mentions(seed, mentions).html
    assert page.count('<mark class="mention"') == len(mentions)
