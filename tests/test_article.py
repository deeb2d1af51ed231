"""The article loader: structure, exact offsets, sentences, front matter, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from utils.article import load_article, paragraphs, parse_article, sentences, summarize
from utils.errors import InputError
from utils.paths import SEED_ARTICLE

SHARED_SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"


def test_seed_is_byte_identical_to_the_shared_copy() -> None:
    if not SHARED_SEED.exists():
        pytest.skip("shared/seed is not beside this checkout")
    assert SEED_ARTICLE.read_bytes() == SHARED_SEED.read_bytes()


def test_seed_structure(seed) -> None:
    assert (
        seed.headline
        == "Putin Orders Troops Into Ukraine After Recognizing Separatists' Independence Bid"
    )
    assert seed.credit == "With reporting by Reuters and AP"
    assert len(seed.body) == 48
    assert seed.meta["date"] == "2022-02-21"


def test_every_block_and_sentence_slices_back(seed) -> None:
    for row in paragraphs(seed).itertuples():
        assert seed.text[row.start : row.end] == row.text
    table = sentences(seed)
    assert len(table) > 48
    for row in table.itertuples():
        assert seed.text[row.start : row.end] == row.text
    assert "With reporting" not in " ".join(table["text"])


def test_sentences_keep_abbreviations_together(seed) -> None:
    table = sentences(seed)
    assert not any(t.endswith("U.S.") for t in table["text"])
    assert table["sentence"].tolist() == list(range(len(table)))


def test_credit_is_not_body_text(seed) -> None:
    assert all("Reuters" not in seed.span(b) for b in seed.body)


def test_crlf_and_bom_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffHeadline here\r\n\r\nFirst paragraph.\r\n\r\nSecond one.\r\n".encode())
    article = load_article(path)
    assert article.headline == "Headline here"
    assert [article.span(b) for b in article.body] == ["First paragraph.", "Second one."]


def test_no_blank_lines_means_one_paragraph_per_line() -> None:
    article = parse_article("A headline\nFirst line is a paragraph.\nSecond line too.")
    assert article.headline == "A headline"
    assert len(article.body) == 2


def test_single_paragraph_without_headline() -> None:
    article = parse_article("Only one paragraph here. It has two sentences.")
    assert article.headline is None
    assert len(article.body) == 1
    assert len(sentences(article)) == 2


def test_front_matter_sets_metadata_and_is_not_text() -> None:
    article = parse_article("---\ntitle: T\ndate: 2023-05-12\n---\nT\n\nBody text.\n")
    assert article.meta == {"title": "T", "date": "2023-05-12"}
    assert article.text.startswith("T\n")
    assert article.headline == "T"


def test_bad_front_matter_date() -> None:
    with pytest.raises(InputError, match="not YYYY-MM-DD"):
        parse_article("---\ndate: 12 May\n---\nBody.")


def test_summary_counts(seed) -> None:
    summary = summarize(seed)
    assert summary["paragraphs"] == 48
    assert summary["credit"] == "With reporting by Reuters and AP"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such file"),
        ("dir", "is a directory"),
        (b"", "is empty"),
        (b"  \n\n \t", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("caf\u00e9 au lait".encode("latin-1"), "is not UTF-8"),
    ],
)
def test_bad_files_raise_one_clear_error(tmp_path: Path, content: object, problem: str) -> None:
    path = tmp_path / "article.txt"
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)  # type: ignore[arg-type]
    with pytest.raises(InputError, match=problem) as error:
        load_article(path)
    assert "article.txt" in str(error.value)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nBody “quoted” text.", encoding="utf-16")
    assert load_article(path).body


def test_offsets_to_sentences_and_paragraphs_are_one_lookup(seed) -> None:
    sentences = seed.sentence_table
    for row in sentences.itertuples():
        assert seed.sentence_at(row.start) == row.sentence
        assert seed.sentence_bounds(row.end - 1) == (row.start, row.end)
        assert seed.paragraph_at(row.start) == row.paragraph
    assert seed.paragraph_at(len(seed.text) + 5) == -1


def test_quote_marks_are_paired_once_per_article(seed, monkeypatch) -> None:
    from utils import quote_marks
    from utils.article import parse_article
    from utils.sentiment import sentence_sentiment

    article = parse_article(seed.text, "copy.txt")
    calls = []
    pair = quote_marks._pair_quote_marks
    monkeypatch.setattr(quote_marks, "_pair_quote_marks", lambda a: calls.append(1) or pair(a))
    quote_marks.find_quote_marks(article)
    sentence_sentiment(article)
    quote_marks.find_quote_marks(article)
    assert calls == [1]
