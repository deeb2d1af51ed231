"""Bad input, through the library and the command line: one clear line, exit 2, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from utils.actors import load_actors
from utils.article import load_article
from utils.errors import ArticleError, InputError
from utils.paths import DEFAULT_ACTORS, ROOT, SEED_ARTICLE

GOOD_TABLE = "id,name,kind,group,gender,roles,aliases\nana,Ana Lima,person,Brazil,female,,Lima\n"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "utils", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


ARTICLE_CASES = {
    "missing": (None, "no such file"),
    "directory": ("DIR", "is a directory"),
    "empty": (b"", "is empty"),
    "whitespace": (b" \n\t\n  ", "is empty"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "latin-1": ("Café crème\n\nLe président a dit « non ».".encode("latin-1"), "not UTF-8"),
    "too large": (b"x" * 10_000_001, "MB"),
}


def _make(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "article.txt"
    if content == "DIR":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    return path


@pytest.mark.parametrize("case", list(ARTICLE_CASES))
def test_bad_article_library(tmp_path: Path, case: str) -> None:
    content, problem = ARTICLE_CASES[case]
    with pytest.raises(ArticleError, match=problem) as error:
        load_article(_make(tmp_path, content))
    assert "article.txt" in str(error.value)


@pytest.mark.parametrize("case", list(ARTICLE_CASES))
@pytest.mark.parametrize("command", ["article", "quotes"])
def test_bad_article_cli(tmp_path: Path, case: str, command: str) -> None:
    content, problem = ARTICLE_CASES[case]
    assert_one_line_error(run_cli(command, str(_make(tmp_path, content))), "article.txt", problem)


def test_nonexistent_path_from_the_issue() -> None:
    assert_one_line_error(run_cli("article", "/nonexistent"), "/nonexistent", "no such file")


GOOD_VARIANTS = {
    "utf-16": ("Headline\n\nShe said: “Yes.”".encode("utf-16")),
    "utf-8 with BOM": "\ufeffHeadline\n\nShe said: “Yes.”".encode(),
    "crlf": b'Headline\r\n\r\nShe said: "Yes."\r\n',
    "one paragraph, no blank lines": b'She said: "Yes." He said: "No."',
    "no headline": b'A first paragraph that ends with a full stop.\n\nShe said: "Yes."',
    "unbalanced quote marks": b'Headline\n\nShe said: "Yes.\n\nHe said nothing.',
}


@pytest.mark.parametrize("case", list(GOOD_VARIANTS))
def test_odd_but_valid_articles_give_results(tmp_path: Path, case: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(GOOD_VARIANTS[case])
    result = run_cli("quotes", str(path), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("quote,speaker,speaker_text,cue,paragraph,start,end,kind")
    if case == "unbalanced quote marks":
        assert "never closed" in result.stderr
        assert result.stdout.strip().count("\n") == 0  # header only


TABLE_CASES = {
    "missing": (None, "no such file"),
    "empty": ("", "is empty"),
    "missing column": ("id,name\nana,Ana Lima\n", "missing column"),
    "duplicate alias": (
        GOOD_TABLE + "bo,Bo Lima,person,Brazil,male,,Lima\n",
        "repeats alias 'Lima'",
    ),
    "not csv": (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
}


@pytest.mark.parametrize("case", list(TABLE_CASES))
def test_bad_alias_table(tmp_path: Path, case: str) -> None:
    content, problem = TABLE_CASES[case]
    table = tmp_path / "actors.csv"
    if isinstance(content, str):
        table.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        table.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        load_actors(table)
    assert_one_line_error(
        run_cli("mentions", str(SEED_ARTICLE), "--actors", str(table)), "actors.csv", problem
    )


def test_unknown_currency_and_date_outside_the_data() -> None:
    assert_one_line_error(
        run_cli("rates", "USD", "XYZ", "--start", "2022-01-03", "--end", "2022-01-10"), "XYZ"
    )
    assert_one_line_error(
        run_cli("rates", "USD", "RUB", "--start", "2023-01-02", "--end", "2023-01-10"), "RUB"
    )


def test_output_folder_that_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.txt").write_text('Headline\n\nShe said: "Yes."', encoding="utf-8")
    result = run_cli("corpus", str(articles), "--out", str(blocker / "out"))
    assert_one_line_error(result, "cannot be written")


def test_the_collection_refuses_to_write_over_inputs(tmp_path: Path) -> None:
    from utils.files import write_text_atomic

    with pytest.raises(InputError, match="writes nowhere else"):
        write_text_atomic(DEFAULT_ACTORS, "overwritten")
    assert (DEFAULT_ACTORS).read_text(encoding="utf-8").startswith("id,name")


@pytest.mark.parametrize(
    ("front", "problem"),
    [
        ("---\ntitle: A\ndate: 2022-02-30\n---\n", "date 2022-02-30 does not exist"),
        ("---\ntitle: A\ntitle: B\n---\n", "given twice"),
        ("---\ntitle: [unclosed\n---\n", "is not `key: value` metadata"),
        ("---\ntitle: A\n\nHeadline\n\nBody text.\n", "never closes it"),
        ("---\ntitle: " + "x" * 3000 + "\n---\n", "keep it under"),
    ],
)
def test_bad_front_matter_is_one_line_naming_the_file(
    tmp_path: Path, front: str, problem: str
) -> None:
    article = tmp_path / "story.txt"
    article.write_text(front + "Headline\n\nBody text here.\n", encoding="utf-8")
    assert_one_line_error(run_cli("claims", str(article)), "story.txt", problem)


def test_a_bad_date_in_a_meta_file_is_one_line(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Headline\n\nBody text here.\n", encoding="utf-8")
    (tmp_path / "story.meta").write_text("date: 2022-02-30\n", encoding="utf-8")
    assert_one_line_error(run_cli("claims", str(article)), "story.meta", "does not exist")


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_claims_dates_far_outside_the_data_are_one_line(date: str) -> None:
    result = run_cli("claims", str(SEED_ARTICLE), "--date", date)
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr


def test_a_rate_series_over_centuries_is_refused_at_once() -> None:
    result = run_cli("rates", "USD", "EUR", "--start", "0001-01-01", "--end", "9999-12-31")
    assert_one_line_error(result, "0001-01-01", "plausible")
    result = run_cli("rates", "USD", "EUR", "--start", "1900-01-01", "--end", "2199-12-31")
    assert_one_line_error(result, "at most")


def test_special_files_are_one_line_each(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_one_line_error(run_cli("article", str(fifo)), "pipe.txt", "not a regular file")
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    assert_one_line_error(run_cli("article", str(zero)), "zero.txt", "not a regular file")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert_one_line_error(run_cli("article", str(loop)), "loop.txt", "cannot be opened")
    long_name = tmp_path / ("x" * 300 + ".txt")
    assert_one_line_error(run_cli("article", str(long_name)), "cannot be opened")


def test_a_long_but_valid_article_name_works(tmp_path: Path) -> None:
    article = tmp_path / ("a" * 250 + ".txt")  # its side files' names would pass 255 characters
    article.write_text('Headline\n\n"We are ready," Ana Lima said.\n', encoding="utf-8")
    result = run_cli("quotes", str(article), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert "Ana Lima" in result.stdout


def test_special_files_in_a_corpus_become_failure_rows(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text('Headline\n\n"Yes," Ana Lima said.\n', encoding="utf-8")
    os.mkfifo(articles / "pipe.txt")
    (articles / "zero.txt").symlink_to("/dev/zero")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "utils", "corpus", str(articles), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    failures = (out / "failures.csv").read_text(encoding="utf-8")
    assert "pipe.txt" in failures and "zero.txt" in failures
    assert "good" in (out / "summary.csv").read_text(encoding="utf-8")


def test_csv_output_does_not_carry_spreadsheet_formulas(tmp_path: Path) -> None:
    article = tmp_path / "formula.txt"
    article.write_text(
        'Headline\n\n"=HYPERLINK(\\"http://x\\")," Ana Lima said. "+1 more," Ana Lima added.\n',
        encoding="utf-8",
    )
    result = run_cli("quotes", str(article), "--format", "csv")
    assert result.returncode == 0, result.stderr
    quotes = [row.split(",")[0] for row in result.stdout.splitlines()[1:]]
    assert all(not q.lstrip('"').startswith(("=", "+", "-", "@")) for q in quotes), quotes
    out = tmp_path / "out"
    assert run_cli("corpus", str(tmp_path), "--out", str(out)).returncode == 0
    table = (out / "quotes.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in table and "\n=" not in table and ",=" not in table


def test_zero_width_text_and_repeated_columns_are_refused(tmp_path: Path) -> None:
    invisible = tmp_path / "invisible.txt"
    invisible.write_text("\u200b\u200b\n\n\u200d\ufeff\u2060\n", encoding="utf-8")
    assert_one_line_error(run_cli("article", str(invisible)), "invisible.txt", "no visible text")
    table = tmp_path / "twice.csv"
    table.write_text("id,name,kind,group,name\na,A,person,G,B\n", encoding="utf-8")
    assert_one_line_error(
        run_cli("mentions", str(SEED_ARTICLE), "--actors", str(table)),
        "twice.csv",
        "repeats the column",
    )


def test_a_full_disk_is_one_line_and_leaves_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from utils import files

    target = tmp_path / "out" / "table.csv"
    files.write_text_atomic(target, "old\n")
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fd: int, mode: str) -> None:
            self.stream = real_fdopen(fd, mode)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> int:
            self.stream.write(data[:3])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fdopen", FullDisk)
    with pytest.raises(InputError) as error:
        files.write_text_atomic(target, "new and longer\n")
    assert str(error.value).endswith("out: cannot be written (No space left on device)")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in target.parent.iterdir()] == ["table.csv"]


def test_a_file_size_limit_in_a_corpus_run_is_one_line(tmp_path: Path) -> None:
    import resource
    import signal

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")

    def small_files() -> None:  # a quota: writing past 4 KB fails with EFBIG, like a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    result = subprocess.run(
        [sys.executable, "-m", "utils", "corpus", str(articles), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        preexec_fn=small_files,
    )
    assert_one_line_error(result, "out: cannot be written", "File too large")
    assert not [p.name for p in (tmp_path / "out").iterdir() if p.name.endswith(".csv")]
