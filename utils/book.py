"""The HTML edition: the executed notebooks as linked static pages that need no network.

nbconvert's `basic` template turns each notebook, with its saved outputs and figures
(PNG embedded in the page), into HTML; this module wraps each in a page with the
collection's own style and navigation, renders the solutions and the gold guideline as
pages of their own, and writes a front page from the README's story. Nothing is
fetched at build time or view time: styles are inline and no page refers to another host.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import nbformat

from .files import check_writable, write_text_atomic
from .paths import OUTPUT, ROOT, display_path

CSS = """
body { font: 16px/1.55 'DejaVu Sans', Arial, sans-serif; color: #111; margin: 0; background: #fff; }
nav.chapters { background: #f2f2f2; border-bottom: 1px solid #ccc; padding: 0.6em 1.2em;
  font-size: 14px; }
nav.chapters a { margin-right: 1em; color: #0b4f8a; }
nav.chapters a.here { font-weight: bold; color: #000; text-decoration: none; }
main { max-width: 62em; margin: 1.5em auto; padding: 0 1.2em; }
footer { max-width: 62em; margin: 2em auto; padding: 1em 1.2em; border-top: 1px solid #ccc;
  font-size: 13px; color: #444; }
a { color: #0b4f8a; }
pre, code { font: 13px/1.45 'DejaVu Sans Mono', monospace; }
.input_area, div.input pre { background: #f7f7f7; border: 1px solid #e2e2e2; padding: 0.5em;
  overflow-x: auto; }
.prompt { display: none; }
.output_area pre { background: #fff; padding: 0.3em 0.5em; overflow-x: auto; }
.output_png img, img { max-width: 100%; height: auto; }
table.dataframe { border-collapse: collapse; font-size: 13px; margin: 0.5em 0; }
table.dataframe th, table.dataframe td { border: 1px solid #ddd; padding: 0.2em 0.5em;
  text-align: left; vertical-align: top; }
.output_stderr { display: none; }
.pager { display: flex; justify-content: space-between; margin: 2em 0 0; }
"""


def build_book(
    notebooks: Path | str,
    out: Path | str,
    *,
    solutions: Path | str | None = ROOT / "solutions",
    title: str = "Who speaks, and how",
) -> list[str]:
    """Write index.html, one page per notebook and per solution, and the gold guideline page."""
    from .notebooks import notebook_paths

    out_dir = check_writable(out)
    chapters = notebook_paths(notebooks)
    solution_pages = sorted(Path(solutions).glob("*.ipynb")) if solutions else []
    written = []
    names = [(p.stem, _heading(p)) for p in chapters]
    for index, path in enumerate(chapters):
        body = _notebook_html(path)
        pager = _pager(names, index)
        page = _page(names[index][1], title, body + pager, names, path.stem, depth=1)
        written.append(_write(out_dir / "notebooks" / f"{path.stem}.html", page))
    for path in solution_pages:
        page = _page(_heading(path), title, _notebook_html(path), names, "", depth=1)
        written.append(_write(out_dir / "solutions" / f"{path.stem}.html", page))
    guideline = ROOT / "data" / "gold" / "README.md"
    if guideline.is_file():
        body = _markdown(guideline.read_text(encoding="utf-8"))
        page = _page("Gold annotations", title, body, names, "", depth=2)
        written.append(_write(out_dir / "data" / "gold" / "README.html", page))
    front = _front_page(names, solution_pages)
    written.append(_write(out_dir / "index.html", _page(title, title, front, names, "", depth=0)))
    return written


def _write(path: Path, text: str) -> str:
    write_text_atomic(path, text)
    return display_path(path)


def _heading(path: Path) -> str:
    """The notebook's first heading, without its '#'."""
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#+\s+(.+)$", cell.source, flags=re.MULTILINE)
            if match:
                return match.group(1).strip()
    return path.stem


def _notebook_html(path: Path) -> str:
    """The notebook with its saved outputs as HTML (nbconvert's basic template), links rewritten."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="basic", exclude_input_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(path, as_version=4))
    body = body.replace("<!-- navigation -->", "")
    return _rewrite_links(body)


def _rewrite_links(body: str) -> str:
    """Links to notebooks, solutions and the gold guideline point at their pages in the edition."""
    body = re.sub(r'href="([^"#:]+)\.ipynb', r'href="\1.html', body)
    return body.replace('href="../data/gold/README.md', 'href="../data/gold/README.html')


def _markdown(text: str) -> str:
    import mistune

    return str(mistune.html(text))


def _pager(names: list[tuple[str, str]], index: int) -> str:
    before = (
        f'<a href="{names[index - 1][0]}.html">← {html.escape(names[index - 1][1])}</a>'
        if index > 0
        else "<span></span>"
    )
    after = (
        f'<a href="{names[index + 1][0]}.html">{html.escape(names[index + 1][1])} →</a>'
        if index + 1 < len(names)
        else "<span></span>"
    )
    return f'<div class="pager">{before}{after}</div>'


def _page(
    heading: str, title: str, body: str, names: list[tuple[str, str]], here: str, depth: int
) -> str:
    """One page: the chapter bar, the body, and a footer; links relative to the page's depth."""
    up = "../" * depth
    links = [f'<a href="{up}index.html"{" class=here" if depth == 0 else ""}>Contents</a>']
    for stem, name in names:
        number = stem.split("_", 1)[0]
        mark = ' class="here"' if stem == here else ""
        links.append(
            f'<a href="{up}notebooks/{stem}.html"{mark} title="{html.escape(name, quote=True)}">'
            f"{number}</a>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(heading)} · {html.escape(title)}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n"
        f'<nav class="chapters">{"".join(links)}</nav>\n<main>\n{body}\n</main>\n'
        "<footer>The media-analysis notebook collection: notebooks executed top to bottom, "
        "saved with their outputs, turned into pages with nbconvert. Every figure carries its "
        "source line. Code MIT; see the README for the article's and the data's terms.</footer>\n"
        "</body>\n</html>\n"
    )


def _front_page(names: list[tuple[str, str]], solutions: list[Path]) -> str:
    """The README's story (up to its quick start), then the chapters and the solutions."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    story = readme.split("\n## ", 1)[0]
    paragraphs = story.split("\n\n")
    story = "\n\n".join(p for p in paragraphs if "mybinder" not in p and "OWNER/REPO" not in p)
    parts = [_markdown(story), "<h2>Chapters</h2>", '<ol start="0">']
    for stem, name in names:
        parts.append(f'<li><a href="notebooks/{stem}.html">{html.escape(name)}</a></li>')
    parts.append("</ol>")
    if solutions:
        parts.append("<h2>Worked solutions to the exercises</h2><ul>")
        for path in solutions:
            parts.append(
                f'<li><a href="solutions/{path.stem}.html">{html.escape(_heading(path))}</a></li>'
            )
        parts.append("</ul>")
    parts.append(
        '<p>How the gold files were written: <a href="data/gold/README.html">the annotation guideline</a>.</p>'
    )
    return "\n".join(parts)


def book_folder(article: str | None) -> tuple[Path, Path]:
    """Where the notebooks of an edition are read from and where the edition goes."""
    if article is None:
        return ROOT / "notebooks", OUTPUT / "book"
    slug = Path(article).stem
    return OUTPUT / slug / "notebooks", OUTPUT / slug / "book"
