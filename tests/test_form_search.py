"""form_search finds exactly what re.finditer finds, on the seed and on random text."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from utils.form_search import count_form, form_matches, has_form

PATTERNS = [
    r"(?<![\w]){form}(?![\w])",
    r"(?<![\w-]){form}(?![\w-])",
    r"(?<![\w.-]){form}(?![\w-](?!based))",
    r"(?<![\w/@.]){form}(?![\w]|\.[a-z]{{2,}}\b)",
]


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize("template", PATTERNS)
@pytest.mark.parametrize(
    "form", ["Putin", "Russia", "U.S.", "Kremlin", "Ukraine", "Donetsk", "Zelenskiy", "Biden"]
)
def test_the_seed_gives_what_finditer_gives(seed, template: str, form: str) -> None:
    pattern = template.format(form=re.escape(form))
    expected = _spans(re.finditer(pattern, seed.text))
    assert _spans(form_matches(form, seed.text, pattern)) == expected
    assert count_form(form, seed.text, pattern) == len(expected)
    assert has_form(form, seed.text, pattern) == bool(expected)


def test_a_form_inside_a_longer_word_or_an_address_is_not_found() -> None:
    text = "Russians read kremlin.ru; Russia-based firms; Russia."
    pattern = r"(?<![\w/@.]){form}(?![\w]|\.[a-z]{{2,}}\b)".format(form="kremlin")
    assert not has_form("kremlin", text, pattern)
    assert _spans(form_matches("Russia", text, r"(?<![\w-])Russia(?![\w-])")) == [(46, 52)]


@given(
    text=st.text(alphabet="aA .-'b", max_size=40),
    form=st.sampled_from(["a", "aa", "a.", "A a", "-a"]),
    template=st.sampled_from(PATTERNS),
)
def test_random_text_gives_what_finditer_gives(text: str, form: str, template: str) -> None:
    pattern = template.format(form=re.escape(form))
    assert _spans(form_matches(form, text, pattern)) == _spans(re.finditer(pattern, text))
