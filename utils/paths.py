"""Where the collection's files live, relative to the repository root."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIGURES = ROOT / "figures"
OUTPUT = ROOT / "output"
MARKET = DATA / "market"
SEED_ARTICLE = DATA / "articles" / "rferl-2022-02-21-putin-orders-troops.txt"
DEFAULT_ACTORS = SEED_ARTICLE.with_suffix(".actors.csv")  # the seed's curated table
REPORTING_VERBS = DATA / "reporting_verbs.csv"
GOLD = DATA / "gold"


def display_path(path: Path | str) -> str:
    """The path relative to the repository when it lies inside it, else as given."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(ROOT))
    except (ValueError, OSError, RuntimeError):  # outside the repository, a symlink loop, ...
        return str(path)
