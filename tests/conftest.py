"""Shared fixtures: the seed article and its alias table, loaded once per test run."""

from __future__ import annotations

import pytest

from utils.actors import Actors, load_actors
from utils.article import Article, load_article
from utils.paths import DATA, DEFAULT_ACTORS, SEED_ARTICLE

SECOND_ARTICLE = DATA / "articles" / "invented-2023-grape-levy-dispute.txt"


@pytest.fixture(scope="session")
def seed() -> Article:
    return load_article(SEED_ARTICLE)


@pytest.fixture(scope="session")
def seed_actors() -> Actors:
    return load_actors(DEFAULT_ACTORS)
