"""Quotes and speakers: invented cases for every attribution pattern, gold scores, odd marks."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from utils.actors import find_mentions, load_actors, parse_actors
from utils.article import load_article, parse_article
from utils.entities import actors_for, discover_actors
from utils.evaluate import QUOTE_GOLD_COLUMNS, gold_path, load_gold, same_speaker, score_quotes
from utils.quote_marks import quote_mark_warnings
from utils.quotes import QUOTE_COLUMNS, find_quotes, mentioned_vs_quoted, speaker_names
from utils.speakers import Resolver

CASES = Path(__file__).parent / "cases"
DEV_ARTICLES = sorted((Path(__file__).parent / "articles").glob("*.txt"))
KNOWN_MISSES: dict[str, str] = {}  # case_id -> why the rules miss it (marked xfail, never deleted)


def _cases() -> list[pytest.param]:
    rows = list(csv.DictReader((CASES / "attribution.csv").open(encoding="utf-8")))
    grouped: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        grouped.setdefault(row["case_id"], []).append(row)
    params = []
    for case_id, expected in grouped.items():
        marks = (
            [pytest.mark.xfail(reason=KNOWN_MISSES[case_id], strict=True)]
            if case_id in KNOWN_MISSES
            else []
        )
        params.append(pytest.param(expected, id=f"{case_id}-{expected[0]['pattern']}", marks=marks))
    return params


@pytest.fixture(scope="module")
def case_actors():
    return load_actors(CASES / "actors.csv")


@pytest.mark.parametrize("expected", _cases())
def test_attribution_case(expected: list[dict[str, str]], case_actors) -> None:
    article = parse_article(expected[0]["text"])
    quotes = find_quotes(article, case_actors)
    if expected[0]["kind"] == "none":
        assert quotes.empty
        return
    assert sorted(quotes["quote"]) == sorted(row["quote"] for row in expected)
    found = {row.quote: row for row in quotes.itertuples()}
    for row in expected:  # every column the case gives: quote, speaker and kind
        got = found[row["quote"]]
        assert same_speaker(got.speaker, row["speaker"]), got.method
        assert got.kind == row["kind"], f"{got.kind} instead of {row['kind']} ({got.method})"
        if row["kind"] == "scare":
            assert got.speaker == ""


TABLE = (
    "id,name,kind,group,gender,roles,aliases\n"
    "ines_roa,Ines Roa,person,Lumeria,female,health minister,Roa\n"
    "karl_berg,Karl Berg,person,Lumeria,male,union chief,Berg\n"
    "ministry,Ministry of Health,organisation,Lumeria,,the ministry,\n"
)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('"We are ready," Roa said.', "Ines Roa", "full"),
        ('"We are ready," said Ines Roa.', "Ines Roa", "full"),
        ('Berg said: "We will strike."', "Karl Berg", "full"),
        ('Roa said the plan was "a first step" for clinics.', "Ines Roa", "partial"),
        ('Berg met Roa. "It is not enough," he said.', "Karl Berg", "full"),
        ('Berg met Roa. "It is enough," she said.', "Ines Roa", "full"),
        ('"Talks will go on," the union chief said.', "Karl Berg", "full"),
        ('"Talks will go on," the ministry said in a statement.', "Ministry of Health", "full"),
        ('According to Roa, "the money is there."', "Ines Roa", "partial"),
        ('Berg called the offer "an insult".', "Karl Berg", "partial"),
        ('"Nobody was hurt," a police spokesman said.', "a police spokesman", "full"),
        ('"We wait," Maria Gomez, a nurse, said.', "Maria Gomez", "full"),
    ],
)
def test_patterns_on_invented_sentences(text: str, speaker: str, kind: str) -> None:
    quotes = find_quotes(parse_article(text), parse_actors(TABLE))
    assert len(quotes) == 1
    assert quotes.loc[0, "speaker"] == speaker
    assert quotes.loc[0, "kind"] == kind


def test_split_quote_is_a_continuation() -> None:
    quotes = find_quotes(
        parse_article('"We are ready," Roa said. "The wards are open."'), parse_actors(TABLE)
    )
    assert quotes["kind"].tolist() == ["full", "continuation"]
    assert quotes["speaker"].tolist() == ["Ines Roa", "Ines Roa"]


def test_quote_over_two_paragraphs() -> None:
    text = 'Roa said: "The first part runs on.\n\n"And it ends here," she added.'
    quotes = find_quotes(parse_article(text), parse_actors(TABLE))
    assert quotes["quote"].tolist() == ["The first part runs on.", "And it ends here,"]
    assert quotes["kind"].tolist()[1] == "continuation"
    assert set(quotes["speaker"]) == {"Ines Roa"}


def test_apostrophes_and_nested_single_quotes_are_not_quotes() -> None:
    text = "Roa’s team said it’s “a ‘careful’ plan” and the workers' union agreed."
    quotes = find_quotes(parse_article(text), parse_actors(TABLE))
    assert quotes["quote"].tolist() == ["a ‘careful’ plan"]


def test_scare_quote_without_speech() -> None:
    quotes = find_quotes(
        parse_article('She thinks the plan is a "gift" to landlords.'), parse_actors(TABLE)
    )
    assert quotes.loc[0, "kind"] == "scare"
    assert quotes.loc[0, "speaker"] == ""


def test_unbalanced_marks_warn_and_the_rest_is_analysed() -> None:
    text = 'Berg said "this never closes.\n\nAll is calm, Roa said. "Here all is fine," she added.'
    quotes = find_quotes(parse_article(text), parse_actors(TABLE))
    assert quotes["quote"].tolist() == ["Here all is fine,"]
    assert quotes["speaker"].tolist() == ["Ines Roa"]
    warnings = quote_mark_warnings(parse_article(text))
    assert warnings.to_dict("records") == [
        {"paragraph": 1, "offset": 10, "problem": "opening quote mark never closed; skipped"}
    ]


@pytest.mark.parametrize(
    "text", ["No quotes at all here.", 'Only an opening " mark.', "An apostrophe's all."]
)
def test_no_quotes_gives_an_empty_table(text: str) -> None:
    quotes = find_quotes(parse_article(text), parse_actors(TABLE))
    assert quotes.empty
    assert list(quotes.columns) == QUOTE_COLUMNS


def test_seed_against_gold(seed, seed_actors) -> None:
    gold = load_gold(gold_path(seed, "quotes"), QUOTE_GOLD_COLUMNS, seed)
    quotes = find_quotes(seed, seed_actors)
    scores = score_quotes(quotes, gold).set_index("measure")["value"]
    assert scores["quote F1 (exact)"] == 1.0
    assert scores["speaker accuracy"] == 1.0  # the seed stays at 1.0 / 1.0
    for row in quotes.itertuples():
        assert seed.text[row.start : row.end] == row.quote


@pytest.mark.parametrize("path", DEV_ARTICLES, ids=[p.stem for p in DEV_ARTICLES])
def test_unseen_style_articles(path: Path) -> None:
    article = load_article(path)
    quotes = find_quotes(article, actors_for(article, path))
    gold = load_gold(path.with_suffix(".quotes.csv"), QUOTE_GOLD_COLUMNS, article)
    scores = score_quotes(quotes, gold).set_index("measure")["value"]
    assert scores["quote F1 (exact)"] >= 0.95
    assert scores["speaker accuracy"] >= 0.9


def test_speaker_comparison() -> None:
    assert same_speaker("A; B", "b; a")
    assert same_speaker("the decree", "The decree")
    assert not same_speaker("A", "")
    assert same_speaker(float("nan"), "")
    assert not same_speaker("Joe Biden", "Jill Biden")
    assert same_speaker("Egypt’s Foreign Ministry", "Egypt's Foreign Ministry")  # typed apostrophe
    assert same_speaker("Brandt's family", "Brandt family")  # the two golds' ways with a family
    assert not same_speaker("Brandt family", "Corbett family")


@pytest.mark.parametrize(
    "folder",
    [
        "articles",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "real/quotes/dev",
        "real/quotes/test",
        "real/quotes/dev2",
    ],
)
def test_every_quote_of_the_evaluation_sets_gets_an_attribution(folder: str) -> None:
    """No quote falls back to "attribution failed". Scores are reported by `make evaluate`, not gated here."""
    from utils.evaluate import score_quote_folder

    scores = score_quote_folder(Path(__file__).parent / folder)
    assert scores["failures"].sum() == 0


def test_a_failing_rule_keeps_the_quote_and_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    import utils.quotes as quotes_module

    def broken(*args: object) -> None:
        raise RecursionError("deliberately broken for this test")

    monkeypatch.setattr(quotes_module, "_lead_attribution", broken)
    quotes = find_quotes(
        parse_article('Roa said the plan was "a first step" for clinics.'), parse_actors(TABLE)
    )
    assert quotes["quote"].tolist() == ["a first step"]
    assert quotes.loc[0, "speaker"] == ""
    assert quotes.loc[0, "method"] == "X1"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('Protesters carried a placard reading "Homes not hotels" past the hall.', "", "scare"),
        (
            '"Anyone can apply," said a person familiar with the plans.',
            "a person familiar with the plans",
            "full",
        ),
        ('"We are done," the couple said.', "Karl Berg; Ines Roa", "full"),
        ('Roa credited the recovery to "a lot of patient work by nurses".', "Ines Roa", "partial"),
        ('In Berg\'s words, "nobody wins a strike".', "Karl Berg", "partial"),
    ],
)
def test_later_patterns(text: str, speaker: str, kind: str) -> None:
    table = parse_actors(TABLE)
    lead = "Karl Berg and Ines Roa met on Monday. " if "couple" in text else ""
    quotes = find_quotes(parse_article(lead + text), table)
    assert same_speaker(quotes.iloc[-1]["speaker"], speaker), quotes.iloc[-1]["method"]
    assert quotes.iloc[-1]["kind"] == kind


def test_description_speakers_agree_when_one_is_cut_short() -> None:
    assert same_speaker("one cafe owner on Harbour Street", "one cafe owner")
    assert not same_speaker("one cafe owner", "one cafe worker")
    assert not same_speaker("Ines Roa", "Ines")


def test_a_short_quote_with_its_reporting_clause_after_it_is_speech() -> None:
    # The speaker issue's real-article miss: title-case-looking words, then "Roa said".
    from utils.entities import discover_actors

    article = parse_article(
        'Market Report\n\nFood costs rose again in March. "Prices are up," Roa said. '
        "The bakery owner added that flour was scarce."
    )
    quotes = find_quotes(article, discover_actors(article))
    assert quotes[["speaker", "kind"]].values.tolist() == [["Roa", "full"]]


def test_a_title_with_no_reporting_clause_stays_a_title() -> None:
    from utils.entities import discover_actors

    article = parse_article(
        'Exhibition Opens\n\nThe museum opened "Andy Warhol Prints From The Foundation" on Friday.'
    )
    quotes = find_quotes(article, discover_actors(article))
    assert quotes["kind"].tolist() == ["scare"]


def test_score_table_shows_counts_as_whole_numbers(seed, seed_actors) -> None:
    from utils.evaluate import QUOTE_GOLD_COLUMNS, gold_path, load_gold, score_quotes

    gold = load_gold(gold_path(seed, "quotes"), QUOTE_GOLD_COLUMNS, seed)
    table = score_quotes(find_quotes(seed, seed_actors), gold).set_index("measure")["value"]
    assert "39.0" not in table.to_string() and isinstance(table["gold quotes"], int)


def test_a_bug_in_a_rule_is_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    import utils.quotes as quotes_module

    def buggy(*args: object) -> None:
        raise ValueError("a programming error")

    monkeypatch.setattr(quotes_module, "_lead_attribution", buggy)
    with pytest.raises(ValueError, match="programming error"):
        find_quotes(
            parse_article('Roa said the plan was "a first step" for clinics.'), parse_actors(TABLE)
        )


def test_a_former_official_is_a_description_carried_to_later_mentions() -> None:
    # VOA, 22 February 2025 (US-Uzbekistan security ties): an unnamed source written three ways.
    from utils.entities import discover_actors

    article = parse_article(
        "Security Ties\n\n"
        '"The Uzbeks want training and equipment," said a former U.S. official who asked not to be '
        "named.\n\n"
        '"There will be questions from Congress, of course," the former official said.\n\n'
        '"That\'s the big program," the former U.S. official said.'
    )
    quotes = find_quotes(article, discover_actors(article))
    assert quotes["speaker"].tolist() == ["a former U.S. official"] * 3


def test_a_joint_speaker_is_a_structured_value() -> None:
    text = (
        'Roa and Berg said in a joint statement: "The clinics stay open."\n\n"We agree," Roa said.'
    )
    quotes = find_quotes(parse_article(text), parse_actors(TABLE))
    assert quotes["speakers"].tolist() == [("Ines Roa", "Karl Berg"), ("Ines Roa",)]
    assert quotes.loc[0, "speaker"] == "Ines Roa; Karl Berg"  # the flat twin a CSV file holds
    assert speaker_names(quotes.drop(columns="speakers")).tolist() == quotes["speakers"].tolist()
    counted = mentioned_vs_quoted(find_mentions(parse_article(text), parse_actors(TABLE)), quotes)
    assert counted.set_index("actor")["quotes"].to_dict() == {"Ines Roa": 2, "Karl Berg": 1}


def test_a_scare_quote_has_no_speakers() -> None:
    quotes = find_quotes(parse_article('A "gift" to landlords, she thinks.'), parse_actors(TABLE))
    assert quotes.loc[0, "speakers"] == ()


def _discovered_quotes(text: str):  # type: ignore[no-untyped-def]
    from utils.entities import discover_actors

    article = parse_article(text)
    return find_quotes(article, discover_actors(article))


def _whole_article_quotes(folder: str, pattern: str) -> pd.DataFrame:
    """The quotes of the one article in `tests/<folder>` whose name matches `pattern`, with its actors."""
    path = next((Path(__file__).parent / folder).glob(pattern))
    article = load_article(path)
    return find_quotes(article, actors_for(article, path))


def test_a_ministry_named_after_a_place_s_possessive_speaks_as_that_place_s() -> None:
    # VOA, 22 February 2025 ("US, Uzbekistan ... security"), in tests/real/quotes/dev, and
    # 1 December 2024 ("Taiwan's president meets Hawaii's governor"), in tests/real/quotes/dev19:
    # the gold names "the Taliban's Defense Ministry" and "China’s Foreign Ministry".
    quotes = _discovered_quotes(
        "Uzbekistan hands over aircraft\n\nThe Taliban's Defense Ministry issued a statement "
        'denouncing the transfer as "unacceptable."\n\nOn Sunday, China’s Foreign Ministry said '
        "it “strongly condemned” U.S. support for Lai’s visit."
    )
    assert quotes["speaker"].tolist() == ["Taliban's Defense Ministry", "China’s Foreign Ministry"]


def test_a_document_speaks_by_the_name_its_clause_gives_it() -> None:
    # VOA, 21 February 2025 ("Trump order challenges independence of FCC, other agencies"), in
    # tests/real/quotes/dev: the gold gives "the order", as the clause and the next paragraphs call
    # it, where the earlier "an executive order" had been put in its place.
    text = (
        "Trump order challenges independence of FCC\n\nWASHINGTON — President Donald Trump this "
        "week signed an executive order intended to expand the White House’s authority over "
        "various independent regulatory agencies.\n\nThe order, signed Tuesday, would require "
        "independent agencies to submit proposed regulations to the White House for review.\n\n"
        "“These regulatory agencies currently exercise substantial executive authority without "
        "sufficient accountability to the President,” the order said."
    )
    quotes = _discovered_quotes(text)
    assert quotes["speaker"].tolist() == ["the order"]


def test_a_document_keeps_the_shorter_name_the_article_gave_it_first() -> None:
    # VOA, 24 February 2025 ("UN votes on Russia-Ukraine resolutions"), in tests/real/quotes/dev8:
    # the gold gives "the Ukrainian resolution", the name the article first gave it.
    text = (
        "UN votes on Ukraine\n\nThe U.N. General Assembly is expected to vote on the Ukrainian "
        "resolution, followed by the U.S. resolution.\n\nThe more extensive Ukrainian resolution "
        "says the Russian invasion “has persisted for three years and continues to have "
        "devastating and long-lasting consequences.”"
    )
    quotes = _discovered_quotes(text)
    assert quotes["speaker"].tolist() == ["the Ukrainian resolution"]


def test_a_memo_or_report_speaks_as_itself_though_its_author_is_named() -> None:
    # VOA, 29 January 2025 ("Trump freezes foreign development aid"), in tests/real/quotes/dev13:
    # the gold gives "the memo", where its author Marco Rubio had been put in its place; a
    # statement stays its author's (data/own_voice_documents.txt).
    text = (
        "Trump freezes foreign aid\n\nSecretary of State Marco Rubio announced in a memo "
        "Tuesday exemptions to the freeze. These include life-saving medicine, medical services, "
        'food, shelter and subsistence assistance.\n\n"This waiver does not apply to activities '
        'that involve abortions, family planning conferences, administrative costs," the memo '
        "said."
    )
    quotes = _discovered_quotes(text)
    assert quotes["speaker"].tolist() == ["the memo"]
    # VOA, 31 January 2025 ("US deportations to China continue ..."), in tests/real/quotes/dev6:
    # "the notice", where the Department of Homeland Security, which had spoken before, was given.
    quotes = _discovered_quotes(
        "US deportations to China continue\n\n“These flights were the product of sustained "
        "cooperation,” DHS said in a statement on Jan. 10.\n\nThe Trump administration issued an "
        'executive order on Jan. 21 to expand expedited removal.\n\n"The effect of this change '
        'will be to enhance national security and public safety," the notice read.'
    )
    assert quotes["speaker"].tolist()[-1] == "the notice"


def test_the_agent_of_a_passive_before_as_speaks_the_quote() -> None:
    # VOA, 11 November 2024 ("Trump breaks Republican losing streak in Dearborn"), in
    # tests/real/quotes/dev26: the gold gives Mustapha Hammoud, where no speaker had been found.
    quotes = _discovered_quotes(
        "Trump wins Dearborn\n\nAs it became clear late Tuesday into early Wednesday that Trump "
        "would not only win the presidency but likely prevail in Dearborn, the mood in metro "
        "Detroit’s Arab American communities was described by Dearborn City Council member "
        "Mustapha Hammoud as “somber.”"
    )
    assert quotes["speaker"].tolist() == ["Mustapha Hammoud"]
    assert quotes["method"].tolist() == ["C7"]


def test_with_x_saying_gives_x() -> None:
    # VOA, 17 February 2025 ("Rubio in Saudi Arabia for talks on fate of Gaza"), paragraph 27.
    quotes = _discovered_quotes(
        "Rubio in Saudi Arabia\n\nSecretary of State Marco Rubio arrived in Riyadh.\n\n"
        "The United States fully endorsed Israel’s war aims in Gaza on Sunday, with Rubio saying "
        'that Hamas “must be eradicated” and "cannot continue as a military or government force."'
    )
    assert quotes["speaker"].tolist() == ["Marco Rubio", "Marco Rubio"]
    assert quotes["method"].tolist()[0] == "A12"


def test_the_institute_is_the_institute_named_before() -> None:
    # VOA, 20 February 2025 ("US figures do not support Trump claims on Ukraine spending"),
    # paragraphs 21 and 23: the recogniser stops at "Kiel Institute" (rule E7 goes on), and
    # "the institute" is the organisation named before whose name holds the word.
    quotes = _discovered_quotes(
        "Ukraine Aid\n\nThe Kiel Institute for the World Economy, a Germany-based nonprofit that "
        "tracks support to Ukraine, says European nations have allocated about $140 billion.\n\n"
        "The U.S. has provided about $2 billion more than Europe in military aid for Ukraine, but "
        "“European donors have been the main source of [total] aid to Ukraine since 2022,” the "
        "institute said in its latest report last week."
    )
    assert quotes["speaker"].tolist() == ["Kiel Institute for the World Economy"]


def test_a_short_quote_after_a_quote_in_its_paragraph_keeps_that_speaker() -> None:
    # The pattern of VOA, 22 February 2025 (CPAC), where Liz Truss's "failed state" follows her
    # own quote in one paragraph; a short quote alone in a paragraph stays a scare quote.
    quotes = _discovered_quotes(
        "Conference\n\n"
        '"We want change in Britain," former Prime Minister Liz Truss said. Britain, in '
        'her view, is a "failed state" run by officials.\n\n'
        'Others see a "new era" for the movement.'
    )
    assert quotes["speaker"].tolist() == ["Liz Truss", "Liz Truss", ""]
    assert quotes["method"].tolist()[1:] == ["C8", "N6"]


def test_the_family_is_the_family_named_before() -> None:
    # VOA, 19 February 2025 ("UAE says it rejects any attempt to displace Palestinian people"),
    # paragraphs 31 and 37: "the family" speaks for "the Bibas family" named earlier.
    quotes = _discovered_quotes(
        "Hostages\n\nIsrael has said it was gravely concerned about the Bibas family.\n\n"
        "“Until we receive certainty, our journey will not end,” the family said."
    )
    assert quotes["speaker"].tolist() == ["Bibas family"]


def test_a_title_before_and_is_not_a_second_speaker() -> None:
    # Wikinews, 21 March 2007 ("Bloc Québécois support Canadian budget"), CC BY 2.5.
    quotes = _discovered_quotes(
        "Budget\n\n"
        '"He should have had a strategy," Liberal Leader and former Environment Minister under '
        "Jean Chrétien, Stéphane Dion, said today."
    )
    assert quotes["speakers"].tolist() == [("Stéphane Dion",)]


def test_according_to_an_official_keeps_the_description_whole() -> None:
    # VOA, 18 February 2025 ("More than 170 migrants now detained at Guantanamo Bay"), paragraph 5,
    # with its "what the administration calls" (now a reporting clause of its own) reworded:
    # "U.S." does not end the phrase, and an official (not a spokesperson) stays a description,
    # as data/gold/README.md asks.
    quotes = _discovered_quotes(
        "Guantanamo\n\nAs of Tuesday, there were more than 120 detainees the officials call "
        '"criminal aliens" under guard at the detention facility at Guantanamo Bay, according '
        "to a U.S. defense official."
    )
    assert quotes["speaker"].tolist() == ["a U.S. defense official"]


def test_reporting_cues_are_found_once_outside_the_quotes(seed) -> None:
    from utils.quote_marks import quoted_spans
    from utils.reporting import reporting_cues

    cues = reporting_cues(seed)
    quoted = quoted_spans(seed)
    assert len(cues) > 30 and set(cues["part"]) <= {"verb", "noun", "phrase"}
    for row in cues.itertuples():
        assert seed.text[row.start : row.end] == row.form
        assert not ((quoted["start"] <= row.start) & (row.start < quoted["end"])).any()
    assert "say" in set(cues["lemma"]) and cues["start"].is_monotonic_increasing


def test_a_lead_in_that_names_no_one_takes_the_subject_before_it() -> None:
    # VOA, 21 February 2025 ("Four scenarios for peace in Ukraine"): "Among them:" names no
    # source, so the quotes after it are Josh Rudolph's, not the previous speaker's (Sendak).
    quotes = _discovered_quotes(
        "Scenarios\n\n"
        "“It would be disadvantageous to any negotiation,” Catherine Sendak said.\n\n"
        "Negotiating tactics\n\n"
        "Josh Rudolph, a German Marshall Fund senior fellow, worked on Russian and Ukrainian "
        "policy at the National Security Council during the first Trump administration.\n\n"
        "Last month, he offered policy recommendations to the current Trump administration on "
        "ending the Ukraine conflict.\n\nAmong them:\n\n"
        "“Approach Putin from a position of strength. Trump, not Putin, can set negotiating "
        "terms.”\n\n"
        "“Know when to walk away. Trump must be prepared to walk away.”"
    )
    assert quotes["speaker"].tolist() == ["Catherine Sendak", "Josh Rudolph", "Josh Rudolph"]


def test_a_comma_inside_a_title_s_closing_mark_ends_the_opening_clause() -> None:
    # VOA, 21 February 2025 ("Four scenarios for peace in Ukraine"): the comma inside the title's
    # closing mark ends "In a report titled ...", so all three authors are the subject.
    quotes = _discovered_quotes(
        "Scenarios\n\n"
        "In a report titled “Dollars and Sense: America’s Interest in a Ukrainian Victory,” "
        "Elaine McCusker, Frederick W. Kagan and Richard Sims of the American Enterprise "
        "Institute looked at the cost of ending support for Ukraine.\n\n"
        "Among the report’s conclusions:\n\n"
        "“Supporting Ukraine to victory against Russia is in the best interest of the United "
        "States.”"
    )
    spoken = quotes[quotes["kind"] != "scare"]
    assert spoken["speakers"].tolist() == [
        ("Elaine McCusker", "Frederick W. Kagan", "Richard Sims")
    ]


def test_she_after_a_participle_opener_keeps_the_woman_named_before() -> None:
    # VOA, 22 February 2025 ("CPAC goes global"): "Calling Britain ...," is an opening clause,
    # so "she" is the subject there and points back to Liz Truss, not to the Trump of
    # "a Trump-style MAGA movement".
    quotes = _discovered_quotes(
        "CPAC\n\nPresident Donald Trump spoke on Saturday.\n\n"
        "Liz Truss, former British prime minister\n\n"
        "The former Conservative Party leader and prime minister made her second CPAC appearance "
        'in a row Wednesday. Calling Britain a "failed state" ruled by a socialist government, '
        "she called for a Trump-style MAGA movement to save it.\n\n"
        '"We want a Trump revolution in Britain," she said to applause.'
    )
    spoken = quotes[quotes["kind"] != "scare"]
    assert spoken["speaker"].tolist()[-1] == "Liz Truss"


def test_a_name_ending_in_ing_is_a_subject_not_an_opening_clause() -> None:
    quotes = _discovered_quotes(
        "Markets\n\nTom Sterling runs the exchange. Sterling, its chief executive since 2019, "
        'told reporters: "Trading resumes on Monday."'
    )
    assert quotes["speaker"].tolist() == ["Tom Sterling"]


def test_a_sentence_adverb_before_he_said_is_not_a_speaker() -> None:
    # VOA, 9 February 2025 ("White House defends USAID cuts"): "Moreover" opens the clause
    # (data/clause_openers.txt); "he" is Michael Waltz.
    quotes = _discovered_quotes(
        "USAID\n\nNational Security Adviser Michael Waltz spoke on Sunday. The programs, he "
        "said, “are not in line with strategic U.S. interests.”\n\n"
        "Moreover, he said, “Often, all too often, only cents on the dollar actually make it.”"
    )
    assert quotes["speaker"].tolist() == ["Michael Waltz", "Michael Waltz"]


def test_a_demonym_led_description_is_one_speaker() -> None:
    # VOA, 23 February 2025 (Kyiv and the minerals deal): the speaker is the whole
    # description "Russian state television", not the demonym "Russian" alone.
    quotes = _discovered_quotes(
        "Minerals\n\n“They don’t have any cards, but they play it tough,” Trump said of "
        "Ukraine.\n\nRussian state television said in recent days that Trump’s view of the "
        "Russia-Ukraine conflict is “in total alignment with the way we see things.”"
    )
    assert quotes["speaker"].tolist()[-1] == "Russian state television"


def test_what_it_calls_gives_the_subject_and_a_dateline_is_not_one() -> None:
    # VOA, 22 February 2025 ("US, Uzbekistan reaffirm commitment to Central Asia security"):
    # "calls" reports Uzbekistan's words; the dateline "WASHINGTON —" is not the sentence's subject.
    quotes = _discovered_quotes(
        "Security\n\nWASHINGTON — As the Trump administration begins to engage with Central "
        "Asia, Uzbekistan has expressed eagerness to expand its strategic partnership, "
        'highlighting what it calls its "enhanced" political dialogue on bilateral and '
        'regional issues, including its "solid connection" with the Mississippi National Guard.'
    )
    assert quotes["speaker"].tolist() == ["Uzbekistan", "Uzbekistan"]


def test_they_after_two_signatories_is_the_pair_not_an_older_plural() -> None:
    # VOA, 21 February 2025 ("US states push back against possible election security changes").
    quotes = _discovered_quotes(
        "Elections\n\nWASHINGTON — Moves by U.S. President Donald Trump to potentially gut "
        "programs aimed at supporting election security are not sitting well with key state "
        "election officials.\n\n"
        "“Information technology systems have long been targeted,” according to the letter, "
        "signed by NASS president, Minnesota Secretary of State Steve Simon and NASS "
        "president-elect, Mississippi Secretary of State Michael Watson.\n\n"
        "“CISA’s prioritized services help election entities defend against these national "
        "security threats,” they added."
    )
    assert quotes["speakers"].tolist()[-1] == ("Steve Simon", "Michael Watson")


def test_a_speaker_with_a_long_apposition_after_the_quote() -> None:
    # VOA, 24 February 2025 ("China eyes Trump's Ukraine strategy"): the name comes right after
    # the quote, then an apposition of fifteen words, then the verb.
    quotes = _discovered_quotes(
        "China\n\n“I have no doubt that diplomats from China are whispering in ears around the "
        "world about the unreliability of Americans,” Bradley Bowman, senior director of the "
        "Center on Military and Political Power at the FDD, said during the webinar.\n\n"
        '"While a complete rapprochement might not be in the cards, they’re nervous," Dennis '
        "Wilder, who was a top White House China adviser to former U.S. President George W. "
        "Bush, told RFE/RL."
    )
    assert quotes["speaker"].tolist() == ["Bradley Bowman", "Dennis Wilder"]


def test_a_nickname_in_marks_is_part_of_the_name_not_a_quote() -> None:
    # VOA, 31 January 2025 ("Washington crash mars long record of aviation safety").
    quotes = _discovered_quotes(
        "Aviation\n\n"
        '"Some of it was luck. Some of it is technology. And mostly it was the tremendous job '
        'that the pilots and air traffic controllers do," former United Airlines pilot Captain '
        'Ross "Rusty" Aimer told VOA.\n\n'
        '"They literally perform miracles every day," he said.'
    )
    assert quotes["speaker"].tolist() == ["Ross Aimer", "", "Ross Aimer"]
    assert quotes["method"].tolist()[1] == "N3"


def test_other_quote_marks_after_a_quote_still_end_the_reporting_clause() -> None:
    # VOA, 24 February 2025 ("China eyes Trump's Ukraine strategy"): "the term" is no speaker.
    quotes = _discovered_quotes(
        'China\n\nFor three years, Chinese officials have said Beijing will "play a '
        'constructive role" in the "political settlement of the crisis," refraining from using '
        'the term "Ukraine war" to describe Russia\'s aggression.'
    )
    assert "the term" not in " ".join(quotes["speaker"])


def test_a_quote_takes_the_clause_after_a_later_quote_in_its_sentence() -> None:
    # VOA, 31 January 2025 ("Trump to enact tariffs on Canada, Mexico, China"): both quotes are
    # Brad Setser's, whose "he told VOA" comes after the second one (A13).
    quotes = _discovered_quotes(
        "Tariffs\n\n“We will respond,” Prime Minister Justin Trudeau said.\n\n"
        "Imports from Mexico and Canada make up around 3% of U.S. GDP, said Brad Setser, a "
        "senior fellow at the Council on Foreign Relations.\n\n"
        'A 25% tariff on Mexico and Canada amounts to a "tax hike on imports from those '
        'countries" and will "have an immediate and negative impact on the U.S. economy," he '
        "told VOA."
    )
    assert quotes["speaker"].tolist() == ["Justin Trudeau", "Brad Setser", "Brad Setser"]
    assert quotes["method"].tolist()[1] == "A13"


def test_the_spokesperson_after_a_department_spokesperson_is_the_department() -> None:
    # VOA, 1 November 2024 (the case of an American jailed in Iran): "the spokesperson" is the
    # unnamed State Department spokesperson, who speaks for the department (data/gold/README.md).
    quotes = _discovered_quotes(
        "Iran\n\nThe State Department has asked about the case.\n\n"
        '"We are working with our Swiss partners to gather more information about this case," a '
        "State Department spokesperson said.\n\n"
        '"Iran routinely imprisons U.S. citizens unjustly for political purposes," the '
        "spokesperson added."
    )
    assert quotes["speaker"].tolist() == ["State Department", "State Department"]


def test_a_common_noun_is_no_speaker() -> None:
    # VOA, 31 January 2025 ("Trump to enact tariffs on Canada, Mexico, China"): "tariffs" is the
    # subject of the sentence but names no one (F4); the quote goes on with Derek Scissors.
    quotes = _discovered_quotes(
        "Tariffs\n\n"
        '"Fentanyl shipments across the Canadian border are tiny," economist Derek Scissors '
        "said.\n\nFentanyl and illegal migration are justifications for border restrictions on "
        "Mexico, Scissors said. However, tariffs \"don't stop illegal immigration and probably "
        'encourage it by threatening jobs in Mexico."'
    )
    assert quotes["speaker"].tolist() == ["Derek Scissors", "Derek Scissors"]


def test_an_apposition_holding_a_list_still_leads_to_the_name() -> None:
    # VOA, 31 January 2025 ("DeepSeek, ChatGPT fuel debate over AI building blocks").
    quotes = _discovered_quotes(
        "AI\n\nJustin Hughes, a Loyola Law School professor specializing in intellectual "
        "property, AI, and data rights, said OpenAI’s accusations against DeepSeek are "
        '"deeply ironic," given the company’s own legal troubles.'
    )
    assert quotes["speaker"].tolist() == ["Justin Hughes"]


@pytest.mark.parametrize("folder", ["real/quotes/dev", "real/quotes/dev2"])
def test_no_speaker_on_real_articles_is_a_word_that_names_no_one(folder: str) -> None:
    """The speaker issue's 'never a common noun, never a place': one lower-case word must name
    people, and no speaker is an actor discovery typed as a place (a city, a region)."""
    from utils.entities import actors_for
    from utils.quotes import _names_people

    for path in sorted((Path(__file__).parent / folder).glob("*.txt")):
        article = load_article(path)
        actors = actors_for(article, path)
        kinds = actors.table.set_index("name")["kind"]
        for speakers in find_quotes(article, actors)["speakers"]:
            for name in speakers:
                if " " not in name and name[:1].islower():
                    assert _names_people(name), f"{path.name}: {name!r}"
                assert kinds.get(name) != "place", f"{path.name}: {name!r} is a place"


def test_a_reporting_clause_ending_the_sentence_attributes_its_quotes() -> None:
    # VOA, 5 February 2025 ("Rubio to meet Dominican officials ..."): three short quotes whose
    # clause, "Rubio said while visiting ...", ends the sentence (A14).
    quotes = _discovered_quotes(
        "Guatemala\n\nSecretary of State Marco Rubio arrived on Wednesday.\n\n"
        '"Certain individuals" and "fugitives" can be extradited, and they are actually '
        '"strategic objectives" for both the U.S. and its allies, Rubio said while visiting a '
        "facility near the Guatemalan Air Force base, where deportation flights arrive."
    )
    assert quotes["speaker"].tolist() == ["Marco Rubio"] * 3
    assert set(quotes["method"]) == {"A14"}


def test_she_added_continues_the_woman_who_just_spoke_not_a_name_in_between() -> None:
    # VOA, 1 November 2024 (an American jailed in Iran): "she" is Kylie Moore-Gilbert, who
    # spoke in the sentence before, not Valizadeh, named in this one.
    quotes = _discovered_quotes(
        "Iran\n\nReza Valizadeh was arrested in September. Former prisoner Kylie Moore-Gilbert "
        "spoke to VOA.\n\n"
        'Any of Valizadeh\'s family members should "immediately apply" for a wrongful detention '
        "designation, Moore-Gilbert said. Valizadeh's recent work as a journalist should make the "
        'process "relatively straightforward," she added.'
    )
    assert quotes["speaker"].tolist() == ["Kylie Moore-Gilbert", "Kylie Moore-Gilbert"]


def test_an_inverted_clause_ending_the_sentence_names_the_speaker_after_its_verb() -> None:
    # VOA, 12 February 2025 ("US-Japan 'peace through strength'", tests/real/quotes/dev9): the
    # quotes open the sentence; ", said Daniel Sneider, a lecturer ..." closes it. They were
    # copied from the joint statement before.
    quotes = _discovered_quotes(
        'Japan\n\nThe alliance will "advance cooperation," Trump and Ishiba said in a joint '
        "statement.\n\n"
        '"A big concern on the part of the Japanese" was whether the Biden administration\'s '
        'emphasis "on the centrality of alliance" would continue, said Daniel Sneider, a lecturer '
        "in East Asian Studies at Stanford University."
    )
    assert quotes["speaker"].tolist()[1:] == ["Daniel Sneider", "Daniel Sneider"]
    assert quotes["method"].tolist()[1:] == ["A14", "A14"]


def test_a_name_set_off_by_commas_before_the_verb_ending_the_sentence_speaks() -> None:
    # VOA, 7 February 2025 ("Trump updates Iran peace deal effort", tests/real/quotes/dev9): the
    # speaker stands in an apposition before "told VOA"; VOA, after the verb, is no speaker.
    quotes = _discovered_quotes(
        "Iran\n\nThe new Iran policy is “qualitatively different” from what Trump pursued in his "
        "first term, Brian Katulis, a senior fellow of the Washington-based Middle East Institute, "
        "told VOA.\n\n"
        "“It has higher ambitions and more tools for pressure,” he said."
    )
    assert quotes["speaker"].tolist() == ["Brian Katulis", "Brian Katulis"]


def test_a_clause_ending_the_sentence_beats_the_owner_of_a_statement_noun() -> None:
    # VOA, 14 February 2025 ("Vance warns Europe of threat from within", tests/real/quotes/dev9):
    # "Vance's remarks" are the topic; the speaker is named at the end of the sentence.
    quotes = _discovered_quotes(
        "Munich\n\nVance’s remarks are “an effort to flip the script,” on Europe’s concerns about "
        "American democracy, said Kristine Berzina, managing director of GMF Geostrategy North."
    )
    assert quotes["speaker"].tolist() == ["Kristine Berzina"]


def test_a_quote_paragraph_after_a_new_person_s_one_sentence_paragraph_is_theirs() -> None:
    # VOA, 14 February 2025 ("Vance warns Europe of threat from within", tests/real/quotes/dev9):
    # Pistorius, introduced without a reporting verb, speaks next; Vance spoke before.
    quotes = _discovered_quotes(
        "Munich\n\n“We also believe that Europe must step up,” Vance said.\n\n"
        "Following Vance’s speech, Germany’s Defense Minister Boris Pistorius rejected Vance’s "
        "characterization of European policies.\n\n"
        "“If I understand him correctly, he is comparing conditions in parts of Europe with those "
        "in authoritarian regions ... that is not acceptable.”"
    )
    assert quotes["speaker"].tolist() == ["Vance", "Boris Pistorius"]


def test_an_owner_inside_an_apposition_is_no_second_subject() -> None:
    # VOA, 7 February 2025 ("Trump updates Iran peace deal effort", tests/real/quotes/dev9):
    # "Trump’s son-in-law and then a senior adviser" describes Kushner; "he" is Kushner alone.
    quotes = _discovered_quotes(
        "Iran\n\nPresident Donald Trump said, “I would love to be able to make a great deal.”\n\n"
        "In 2020, during Trump’s first term, Jared Kushner, Trump’s son-in-law and then a senior "
        "adviser, made a similar, if more muted, appeal to Iran's then-President Hassan Rouhani, in "
        "an interview with VOA.\n\n"
        "“For President Rouhani, I would say it’s time for the region to move forward,” he said."
    )
    assert quotes["speaker"].tolist() == ["Donald Trump", "Jared Kushner"]


def test_he_is_not_the_agent_of_a_passive_in_the_sentence_before() -> None:
    # VOA, 15 February 2025 ("Counterterror official warns of global threat",
    # tests/real/quotes/dev9): "he" is Gorka, the topic, not Trump, who "authorized" the strikes.
    quotes = _discovered_quotes(
        "Somalia\n\nSebastian Gorka, deputy assistant to President Donald Trump, spoke on Feb. "
        "11.\n\nGorka also gave more details about the airstrikes on Feb. 1 that targeted "
        "Islamic State group militants in Somalia’s northeastern region of Puntland.\n\n"
        "The strikes were carried out by the U.S. Africa Command and authorized by Trump and "
        "coordinated with Somalia.\n\n"
        "“We told the president about a cave complex in northern Somalia full of ISIS,” he said."
    )
    assert quotes["speaker"].tolist() == ["Sebastian Gorka"]


def test_the_president_is_the_one_whose_role_ends_with_that_title() -> None:
    # VOA, 14 February 2025 ("Trump orders tit-for-tat tariffs", tests/real/quotes/dev9): the
    # one-word title did not reach the role "U.S. President".
    quotes = _discovered_quotes(
        "Tariffs\n\nU.S. President Donald Trump on Thursday ordered reciprocal tariffs.\n\n"
        "The goal is to bring down America’s budget deficit, estimated to be approaching $2 "
        "trillion.\n\n"
        "The president added that the action “is fair to all. No other country can complain.”"
    )
    assert quotes["speaker"].tolist() == ["Donald Trump"]


def test_pointed_out_is_a_reporting_verb() -> None:
    # VOA, 8 February 2025 ("Justice Department disbands corruption teams",
    # tests/real/quotes/dev9): "he pointed out" after the quote (data/reporting_verbs.csv).
    quotes = _discovered_quotes(
        "Bribery\n\nGary Kalman heads the U.S. office of Transparency International.\n\n"
        'FCPA and FEPA violations "are by nature, transnational crimes," he pointed out.'
    )
    assert quotes["speaker"].tolist() == ["Gary Kalman"]


def test_a_short_capitalised_quote_right_after_post_is_its_title() -> None:
    # Global Voices, 5 May 2012 ("Cuba: National Meeting of Bloggers", tests/real/quotes/dev4):
    # "I failed" names her post; it was taken for her words once "pointed out" reported speech.
    quotes = _discovered_quotes(
        "Cuba\n\nOn this topic, the author of the blog “In 2310 and 8225” Yasmín Silvia Portales "
        "pointed out later in her post “I failed”:"
    )
    assert quotes["method"].tolist() == ["N2", "N1"]


def test_the_administration_is_the_president_in_office_not_a_former_one() -> None:
    # VOA, 8 February 2025 ("Order halts Myanmar refugee resettlement", tests/real/quotes/dev9):
    # Biden, named last, is the former president.
    quotes = _discovered_quotes(
        "Refugees\n\nU.S. President Donald Trump said that during the previous four years — the "
        "term of former President Joe Biden — the country had seen record migration, and he "
        "suspended the program by executive order Jan. 20.\n\n"
        "The administration is allowing only case-by-case exceptions, “until such time as the "
        "further entry into the United States of refugees aligns with the interests of the United "
        "States.”"
    )
    assert quotes["speaker"].tolist() == ["Donald Trump"]


def test_the_named_administration_is_its_president() -> None:
    # VOA, 11 February 2025 ("UN human rights withdrawal reaction", tests/real/quotes/dev9): the
    # guideline resolves an unnamed office to its principal, and "the Trump administration" is one.
    quotes = _discovered_quotes(
        "Rights\n\nLast Tuesday, U.S. President Donald Trump signed an executive order pulling "
        "the U.S. out of the U.N. Human Rights Council, or UNHRC.\n\nSince his first term, "
        "President Trump has been disapproving of the activities of the U.N. human rights body. "
        "In June 2018, the Trump administration criticized the UNHRC for its “bias against "
        "Israel,” stressing the council that year passed resolutions against Israel."
    )
    assert quotes["speaker"].tolist() == ["Donald Trump"]


def test_an_ing_verb_after_a_place_name_reports_for_the_subject() -> None:
    # Wikinews, 28 September 2007 ("Insurgent commander Abu al-Tunisi killed",
    # tests/real/quotes/dev11): "at the Pentagon stating" is no document that states, as "in a
    # message stating" is; the general is the one stating.
    quotes = _discovered_quotes(
        "Iraq\n\nFollowing this week's bombing, Brig. Gen. Joseph Anderson addressed a press "
        'conference at the Pentagon stating that the death of al-Tunisi would "fracture" the '
        "Sunni insurgency within the country."
    )
    assert quotes["speaker"].tolist() == ["Joseph Anderson"]
    assert quotes["method"].tolist() == ["A6"]


def test_a_titled_speaker_after_said_may_be_followed_by_a_time() -> None:
    # Wikinews, 6 April 2005 ("Iraq elects Kurdish president", tests/real/quotes/dev): "earlier"
    # ends the clause as a full stop would.
    quotes = _discovered_quotes(
        "Iraq\n\nAs well as electing Talabani, Iraq's Parliament also appointed two vice "
        'presidents. "This is the new Iraq -- an Iraq that elects a Kurd to be president and an '
        'Arab former president as his deputy," said Parliament speaker Hajem al-Hassani earlier.'
    )
    assert quotes["speaker"].tolist() == ["Hajem al-Hassani"]
    assert quotes["method"].tolist() == ["A1"]


def test_a_role_after_said_ends_the_sentence_through_a_translator() -> None:
    # VOA, 5 February 2025 ("Rubio to meet Dominican officials", tests/real/quotes/dev2): the
    # clause that ends the sentence names the speaker by his role, then how he spoke.
    quotes = _discovered_quotes(
        "Guatemala\n\nPresident Arévalo, after talks with Rubio, said the two countries will "
        "establish working groups to finalize the details and processes for increasing "
        'deportation flights from the United States.\n\n"In this framework, we have agreed to '
        'increase by 40% the number of flights of deportees," both of Guatemalan nationals and '
        '"deportees from other nationalities" for repatriation, said the president through a '
        "translator."
    )
    assert quotes["speaker"].tolist() == ["Arévalo", "Arévalo"]
    assert quotes["method"].tolist() == ["A14", "A14"]


def test_a_body_then_a_two_word_job_then_a_name_is_the_person() -> None:
    # VOA, 9 February 2025 ("White House defends USAID shutdown", tests/real/quotes/dev): the
    # body before "national security adviser" says where Waltz works; he is the subject.
    quotes = _discovered_quotes(
        "Aid\n\nWhite House national security adviser Michael Waltz on Sunday defended President "
        "Donald Trump’s plan to shut down the country’s chief foreign aid agency, contending "
        "that “all too often” it was not aligned with U.S. strategic interests and wastes money."
    )
    assert quotes["speaker"].tolist() == ["Michael Waltz"]


def test_title_case_words_after_what_he_calls_are_his() -> None:
    # VOA, 5 February 2025 ("Trump: US to take ownership of Gaza", tests/real/quotes/dev5):
    # Title Case alone would make a title; "what he calls" makes the words his.
    quotes = _discovered_quotes(
        "Gaza\n\nTrump said he wants to develop the area into what he calls “the Riviera of the "
        "Middle East.”"
    )
    assert quotes["speaker"].tolist() == ["Trump"]
    assert quotes["kind"].tolist() == ["partial"]


def test_a_name_before_to_say_is_the_speaker_not_the_sentence_subject() -> None:
    # VOA, 11 February 2025 ("Hamas threatens to delay hostage release", tests/real/quotes/dev9).
    quotes = _discovered_quotes(
        "Gaza\n\nHamas officials accused Israel of violating a ceasefire agreement Monday and "
        "threatened to delay releasing more hostages, prompting U.S. President Donald Trump to say "
        "“all hell is going to break out” if all the remaining hostages are not turned over by "
        "Saturday."
    )
    assert quotes["speaker"].tolist() == ["Donald Trump"]


def test_the_one_quoted_as_saying_speaks_not_those_who_quote_him() -> None:
    # VOA, 7 February 2025 ("Trump updates Iran peace deal effort", tests/real/quotes/dev9).
    quotes = _discovered_quotes(
        "Iran\n\nIranian Supreme Leader Ayatollah Ali Khamenei responded to Trump's new policy "
        "Friday.\n\n"
        "Iranian state media said Khamenei made the comment while speaking to a gathering of air "
        'force personnel. They also quoted him as issuing the following warning to the U.S.: "If '
        'they threaten us, we will threaten them."'
    )
    assert quotes["speaker"].tolist() == ["Ali Khamenei"]


def test_a_kin_word_finds_the_relative_the_article_names() -> None:
    # VOA, 22 January 2025 ("Austin Tice's mother travels to Syria to search for missing son"):
    # "Tice's mother" is Debra Tice (data/kin_words.csv gives 'mother' as female).
    quotes = _discovered_quotes(
        "Syria\n\nAt a recent press conference in Damascus, Debra Tice made clear that she would "
        "never give up searching for her son. Austin Tice was abducted in 2012.\n\n"
        "In Damascus, Tice's mother said she was hopeful that the new Trump administration would "
        "help secure her son's release.\n\n\"I have great hope that the Trump administration "
        'will sincerely engage in diligent work to bring Austin home," she said.'
    )
    assert quotes["speaker"].tolist() == ["Debra Tice"]


def test_quote_mark_pairs_come_from_the_table() -> None:
    """Stage 1 reads its (open, close) pairs from data/quote_marks.csv: '“' closes '„', opens alone."""
    from utils.quote_marks import quote_mark_pairs, quoted_spans

    pairs = set(zip(quote_mark_pairs()["open"], quote_mark_pairs()["close"], strict=True))
    assert {("“", "”"), ("„", "“"), ("«", "»"), ('"', '"'), ("‘", "’")} <= pairs
    article = parse_article(
        'Quotes\n\n„Das ist gut“, sagte er. «Oui», dit-il. “Yes,” she said. "Fine," he said.'
    )
    assert quoted_spans(article)["text"].tolist() == ["Das ist gut", "Oui", "Yes,", "Fine,"]
    assert quote_mark_warnings(article).empty


def test_a_participle_opener_is_no_speaker_and_the_national_leader_resolves() -> None:
    # VOA, 17 February 2025 ("Rubio in Saudi Arabia for talks on fate of Gaza"): "Echoing Trump,"
    # opens the clause; "the Israeli leader" is Israeli Prime Minister Benjamin Netanyahu
    # (data/leader_titles.txt).
    quotes = _discovered_quotes(
        "Gaza\n\nIsraeli Prime Minister Benjamin Netanyahu met Rubio in Jerusalem on Sunday.\n\n"
        'Echoing Trump, the Israeli leader said "the gates of hell would be open" if Hamas does '
        "not release the hostages."
    )
    assert quotes["speaker"].tolist() == ["Benjamin Netanyahu"]


def test_the_church_is_the_church_of_scientology_named_before() -> None:
    # Wikinews, 20 October 2008 ("Church of Scientology accuses Anonymous ...", CC BY 2.5):
    # discovery merges 'Church' into the one body whose head word it is (M9).
    quotes = _discovered_quotes(
        "Scientology\n\nThe Church of Scientology on October 18, 2008 accused Anonymous of being "
        'involved in the shooting. "Anonymous member Pekka-Eric Auvinen shot and killed seven '
        'students," said the Church in the October 18 press release.'
    )
    assert quotes["speaker"].tolist() == ["Church of Scientology"]


def test_according_to_several_bodies_is_a_joint_speaker() -> None:
    # VOA, 5 November 2024 (election-eve warning on Russian influence): the warning's three
    # issuers, and the two associations, speak jointly; 'they said' continues the pair.
    quotes = _discovered_quotes(
        "Warning\n\n“Russia is the most active threat,” according to the warning issued by the "
        "Office of the Director of National Intelligence, the FBI and the Cybersecurity and "
        "Infrastructure Security Agency, or CISA.\n\n"
        "“As with any Election Day, it is important to note operational issues may arise,” "
        "according to the National Association of State Election Directors and the National "
        "Association of Secretaries of State.\n\n"
        "“Voting locations could open late,” they said in a statement."
    )
    assert [len(s) for s in quotes["speakers"]] == [3, 2, 2]
    assert quotes["speakers"].tolist()[1] == (
        "National Association of State Election Directors",
        "National Association of Secretaries of State",
    )


def test_the_letter_speaks_for_the_body_that_sent_it() -> None:
    # VOA, 21 February 2025 ("US states push back against possible election security changes"):
    # 'the letter' and 'the NASS letter' are the association's (data/document_nouns.txt).
    quotes = _discovered_quotes(
        "Elections\n\nThe National Association of Secretaries of State (NASS) sent a letter "
        "Friday to Homeland Security Secretary Kristi Noem.\n\n"
        "“Information technology systems have long been targeted,” according to the letter.\n\n"
        "“We favor continuity of the core resources,” the NASS letter said."
    )
    assert quotes["speaker"].tolist() == ["National Association of Secretaries of State"] * 2


def test_what_the_administration_calls_is_the_president_s_word() -> None:
    # VOA, 18 February 2025 ("More than 170 migrants now detained at Guantanamo Bay"), with the
    # president named in the article: 'the administration' is his (data/gold/README.md).
    quotes = _discovered_quotes(
        "Guantanamo\n\nPresident Donald Trump ordered the facility expanded in January.\n\n"
        'As of Tuesday, there were more than 120 of what the administration calls "criminal '
        'aliens" under guard at the detention facility at Guantanamo Bay, according to a U.S. '
        "defense official."
    )
    assert quotes["speaker"].tolist() == ["Donald Trump"]


def test_an_ing_verb_after_the_quote_does_not_name_its_object_as_speaker() -> None:
    # VOA, 5 February 2025 ("Rubio to meet Dominican officials ..."): "urging the U.S." names
    # whom Liu Pengyu urged, not who spoke.
    quotes = _discovered_quotes(
        "China\n\nIn Washington, Chinese Embassy spokesperson Liu Pengyu dismissed Rubio’s "
        'remarks as "malicious slander," urging the U.S. to focus on promoting "mutually '
        'beneficial cooperation" and "common global development."'
    )
    assert quotes["speaker"].tolist()[0] == "Liu Pengyu"


def test_a_city_is_no_speaker_but_a_capital_may_be() -> None:
    # The speaker issue's miss "Fayetteville" (a curator "of Fayetteville"): a city that is no
    # country or capital is no speaker (F5); a capital may speak for its government.
    quotes = _discovered_quotes(
        'Exhibition\n\n"These prints are rare," said Mary Smith of Fayetteville. "They are '
        'fragile," Fayetteville said.\n\n"We reject the claims," Moscow said on Tuesday.'
    )
    assert quotes["speaker"].tolist() == ["Mary Smith", "", "Moscow"]
    assert quotes["method"].tolist()[1] == "F5"


def test_the_group_is_the_body_just_named_not_an_earlier_group() -> None:
    """VOA, 10 December 2024 ('Biden memorializes painful past of Native people'): 'what the group
    says' is the band named at the start of the sentence, not the research group named before."""
    quotes = _discovered_quotes(
        "Casinos\n\nThe report was written by a bipartisan research group in Washington.\n\n"
        "The Cow Creek Band of Umpqua Tribe of Indians lashed out at the Biden administration for "
        'what the group says is a "lack of tribal consultation" over proposed casinos.'
    )
    assert quotes["speaker"].tolist() == ["Cow Creek Band of Umpqua Tribe of Indians"]


def test_a_short_description_that_names_no_one_is_no_speaker() -> None:
    """F4, on sentences from VOA (6 November 2024, 'Fear, joy and calls for a strong Europe') and
    Wikinews ('Gun background checks a no-go in US Senate'): 'the Republican's win' and 'the vote'
    were taken as the subjects of 'was confirmed' and 'came'."""
    quotes = _discovered_quotes(
        "France\n\nFrench President Emmanuel Macron was an early bird in congratulating Trump, "
        'sending his wishes to work "for more peace and prosperity," before the Republican\'s win '
        "was officially confirmed.\n\n"
        'The vote came after Michelle Obama called the measure "common sense."\n\n'
        '"The order is clear," the order says.'
    )
    assert "Republican’s win" not in quotes["speaker"].tolist()
    assert "Republican's win" not in quotes["speaker"].tolist()
    assert "the vote" not in quotes["speaker"].tolist()
    assert quotes["speaker"].tolist()[-1] == "the order"


def test_said_then_a_run_of_titles_then_the_name() -> None:
    """VOA, 6 November 2024 ('Fear, joy and calls for a strong Europe: France reacts'): the name
    comes after two titles joined by 'and'; 'saluted ... as' reports words as 'hailed' does."""
    quotes = _discovered_quotes(
        "France\n\n"
        '"I guess we\'re disappointed but unfortunately not surprised," said freelance producer '
        'and Paris resident Charlotte Danglegan. "The fascist powers are taking more and more '
        'importance."\n\n'
        "On social media platform X, right-wing French politician Eric Ciotti saluted Trump's "
        'victory as "a magnificent victory against a system, a hope for peace."'
    )
    assert quotes["speaker"].tolist() == ["Charlotte Danglegan"] * 2 + ["Eric Ciotti"]


def test_a_speaker_phrase_never_runs_over_a_quote() -> None:
    """Wikinews ('FBI investigating explosion near NAACP office in Colorado Springs'): a name lost
    in the scrape leaves 'told' right after a quote; its subject is not 'the group "looks ..."'."""
    quotes = _discovered_quotes(
        "Explosion\n\nThe NAACP national office put out a statement stating that the group "
        '"looks forward to a full and thorough investigation into this matter by federal agents". '
        "told Colorado Springs newspaper ' by email: \"I'm thankful that none of the volunteers "
        'were injured."'
    )
    assert not any('"' in speaker or "“" in speaker for speaker in quotes["speaker"])


def test_a_capitalised_participle_opener_is_not_the_speaker() -> None:
    """VOA, 1 November 2024 ('Trump visits Dearborn, Michigan'): 'Compared to Biden,' opens the
    sentence; its subject is Harris."""
    quotes = _discovered_quotes(
        "Dearborn\n\nU.S. Vice President Kamala Harris spoke in Michigan on Monday.\n\n"
        "Compared to Biden, Harris has been more vocal in expressing sympathy for Palestinians and "
        'calling out Israel to "follow humanitarian law."'
    )
    assert quotes["speaker"].tolist() == ["Kamala Harris"]


def test_speakers_of_real_clauses_with_and_titles_relatives_and_a_missing_comma() -> None:
    """VOA, 10 December 2024 ('US wary of fissures, fragmentation as Syria looks to rebuild'),
    21 January 2025 ('Trump supporters celebrate pardon of Jan. 6 rioters'), 1 November 2024
    ('Trump visits Dearborn, Michigan'), 29 January 2025 ('Debate rages over Trump's push to end
    birthright citizenship'): a clause opening with 'And' before a quote-only paragraph; a quote
    with no comma before 'Blinken told'; 'said spokesperson Matthew Miller of ...'; 'Trump, who
    calls ...'; 'Green Party candidate Jill Stein'; 'The text reads:'."""
    quotes = _discovered_quotes(
        "Syria\n\nAnd U.S. Secretary of State Antony Blinken said more diplomatic missions are in "
        "the works.\n\n"
        '"Senior officials from this department are fanning out through the region as we speak."'
        "\n\n"
        '"We are working with counterparts on how to support the Syrian people and their future" '
        "Blinken told an audience at the State Department Monday.\n\n"
        '"We don\'t want to see an escalation," said spokesperson Matthew Miller of the clashes '
        "between Kurdish groups.\n\n"
        "That language echoes Donald Trump, who calls those who stormed the Capitol "
        '"hostages."\n\n'
        "In Michigan, Green Party candidate Jill Stein has been campaigning on a platform to "
        '"end the genocide."\n\n'
        'The text reads: "All persons born or naturalized in the United States are citizens."'
    )
    assert quotes["speaker"].tolist() == [
        "Antony Blinken",
        "Antony Blinken",
        "Matthew Miller",
        "Donald Trump",
        "Jill Stein",
        "the text",
    ]


def test_a_statement_speaks_for_the_body_that_issued_it() -> None:
    """VOA, 3 December 2024 ('US moves to block sale of cutting-edge chip-making tools to China')
    and 31 January 2025 ('Aid freeze spells uncertain future'): 'the statement' was introduced in
    an opening clause, or as 'a press release'; 'the Chinese Embassy in Washington' is the embassy."""
    quotes = _discovered_quotes(
        "Chips\n\nIn a statement sent to VOA, the Chinese Embassy in Washington condemned the "
        "sanctions.\n\n"
        '"The semiconductor industry is highly globalized," the statement said.\n\n'
        "The State Department did not respond to specific questions and referred VOA to a "
        "Wednesday press release.\n\n"
        '"Americans are a hardworking and generous people," the statement said.'
    )
    assert quotes["speaker"].tolist() == ["Chinese Embassy", "State Department"]


def test_a_body_named_by_its_initials_or_with_of_and_a_place_speaks() -> None:
    """VOA, 7 November 2024 ('Biden calls Trump victory fair, transparent'), and 21 January 2025
    ("Trump's executive orders on immigration focus on border"): 'An ODNI spokesperson' speaks for
    the Office, which the model found only spelt out; 'The ACLU of Northern California' is no place."""
    quotes = _discovered_quotes(
        "Briefings\n\nThe Office of the Director of National Intelligence said Thursday that if "
        "Trump wants briefings, he will get them. An ODNI spokesperson said the agency "
        '"is acting consistent with the tradition, in place since 1952."\n\n'
        "The ACLU of Northern California, a nonprofit organization in the United States, wrote "
        'in an email to the press they "stand ready."'
    )
    assert quotes["speaker"].tolist() == [
        "Office of the Director of National Intelligence",
        "ACLU of Northern California",
    ]


def test_the_statement_after_bodies_that_spoke_is_theirs() -> None:
    """VOA, 5 November 2024 ('US issues Election Eve warning of ramped-up Russian influence ops'):
    'the statement added' continues the three agencies that issued the warning."""
    quotes = _discovered_quotes(
        "Warning\n\n"
        '"Russia is the most active threat," according to the warning issued by the Office of '
        "the Director of National Intelligence, the FBI and the Cybersecurity and Infrastructure "
        "Security Agency, or CISA.\n\n"
        '"We anticipate Russian actors will release additional manufactured content," the '
        "statement added."
    )
    assert quotes["speakers"].tolist()[-1] == quotes["speakers"].tolist()[0]
    assert len(quotes["speakers"].tolist()[0]) == 3


def test_an_outer_speaker_over_a_place_that_suggests() -> None:
    """VOA, 21 January 2025 ('China seeks more cooperation as Trump takes office'): 'Shen in
    Shanghai said' frames 'comments from Beijing and Washington suggest'; the words are Shen's."""
    quotes = _discovered_quotes(
        "China\n\n"
        '"Both sides could understand each other\'s needs through communication," said Shen '
        "Dingli, a Shanghai-based international relations scholar.\n\n"
        "Despite the lack of clarity on the Trump administration's China policies, Shen in "
        "Shanghai said official comments from Beijing and Washington suggest their initial "
        'exchanges have been "quite positive."'
    )
    assert quotes["speaker"].tolist() == ["Shen Dingli", "Shen Dingli"]


def test_a_newspaper_or_website_speaks_for_the_body_it_names() -> None:
    """VOA, 20 February 2025 ('Egypt leads Arab effort on Gaza counterplan'): 'Egypt's state-run
    Al-Ahram newspaper' is Al-Ahram, not a description."""
    quotes = _discovered_quotes(
        "Gaza\n\nThe plan was reported by Al-Ahram on Monday.\n\n"
        "Egypt's state-run Al-Ahram newspaper reported that the plan would create "
        '"secure areas" within Gaza.'
    )
    assert quotes["speaker"].tolist() == ["Al-Ahram"]


def test_a_short_quote_after_as_is_the_subjects_characterisation() -> None:
    """C7, on sentences from VOA (4 February 2025, 'Rubio in El Salvador ...') and an invented
    nickname: 'dismissed ... as "totally false"' is Fu Cong's; 'known to regulars as' is a name."""
    quotes = _discovered_quotes(
        "Canal\n\nAt the United Nations, Chinese Ambassador Fu Cong dismissed the accusations "
        "against China as \u201ctotally false\u201d and \u201cpointless.\u201d He said that China "
        "has never interfered in its affairs.\n\nHer wife, Beatrice Marchand, known to regulars "
        "as \u201cCaptain Bea,\u201d laughed."
    )
    assert quotes["speaker"].tolist() == ["Fu Cong", "Fu Cong", ""]


def test_a_name_the_recogniser_missed_before_of_and_a_place_speaks() -> None:
    """A2, on sentences from VOA (22 January 2025, 'TikTok reprieve comes as other countries
    limit social media'): the model does not find 'Pablo Lane'; the speaker is not Singapore."""
    quotes = _discovered_quotes(
        "Apps\n\nStarting March 31, app stores in Singapore will block children under 12 from "
        "downloading apps, including TikTok and Instagram.\n\nPlatforms like Snapchat and "
        "Instagram \u201care pretty important for engaging in new relationships or finding new "
        "friendships,\u201d 17-year-old Pablo Lane of Singapore told VOA."
    )
    assert quotes["speaker"].tolist() == ["Pablo Lane"]


def test_the_office_of_a_role_named_before_speaks_for_its_holder() -> None:
    """Resolution, on sentences from VOA (31 January 2025, 'Spain well short of NATO defense
    target'): 'the prime minister's office' and its statement are Pedro Sanchez's."""
    quotes = _discovered_quotes(
        "NATO\n\nSpanish Prime Minister Pedro Sanchez has rejected criticism that his government "
        "has been too slow to boost defense spending.\n\nIn a statement, the prime minister\u2019s "
        "office said Monday that Spain was a \u201cserious, responsible and committed ally of "
        "NATO,\u201d noting that the government had increased defense spending.\n\n\u201cSpain's "
        "commitment to reach 2% of defense spending by 2029 is firm,\u201d the statement said."
    )
    assert quotes["speaker"].tolist() == ["Pedro Sanchez", "Pedro Sanchez"]


def test_an_epithet_for_an_office_is_its_holder() -> None:
    """Resolution, on sentences from VOA (4 February 2025, 'Rubio in El Salvador to push
    migration crackdown'): 'The top U.S. diplomat' is the secretary of state named before."""
    quotes = _discovered_quotes(
        "Panama\n\nU.S. Secretary of State Marco Rubio arrived in Panama on Sunday.\n\nEarlier "
        "Monday, Rubio observed a U.S.-funded deportation flight departing from Panama.\n\nThe "
        "top U.S. diplomat said it sent \u201ca clear message\u201d that people who sought to "
        "enter the U.S. border irregularly would be stopped."
    )
    assert quotes["speaker"].tolist() == ["Marco Rubio"]


def test_unnamed_netizens_and_a_chairman_of_a_company() -> None:
    """A2 and resolution, on sentences from VOA (7 November 2024, 'China expects bumpy relations
    under Trump'): descriptions with a place are the descriptions, not the places; 'the person'
    is the netizen quoted just before; 'Co.' does not end an apposition."""
    quotes = _discovered_quotes(
        "Weibo\n\n\u201cIt\u2019s hard to look at Trump\u2019s victory with pure joy,\u201d a "
        "Chinese netizen in the capital, Beijing, wrote on the popular microblogging site Weibo."
        "\n\n\u201cHow will the lives of normal citizens change?\u201d the person added.\n\n"
        '"Trump\u2019s approach may lead to a de-escalation of trade tensions," Niu Chun-bao, '
        "chairman of Shanghai Wanji Asset Management Co., posted on Weibo.\n\n\u201cAs long as "
        "there are no major internal problems, no external pressure can overwhelm China,\u201d "
        "another netizen in the eastern Chinese province of Shandong said."
    )
    netizen = "a Chinese netizen in the capital, Beijing"
    shandong = "another netizen in the eastern Chinese province of Shandong"
    assert quotes["speaker"].tolist() == [netizen, netizen, "Niu Chun-bao", shandong]


def test_according_to_a_titled_person() -> None:
    """A9, on sentences from VOA (7 November 2024, 'What does Trump election victory mean for
    Europe'): the role comes before the name, and the next quote is his too."""
    quotes = _discovered_quotes(
        'Europe\n\n"It can be done bilaterally," Ed Arnold told VOA.\n\n"Yes, but it would '
        'take a lot more effort than Europe is making now," according to analyst Ian Bond of the '
        'Center for European Reform. "And I think there will be some, perhaps in Germany."'
    )
    assert quotes["speaker"].tolist() == ["Ed Arnold", "Ian Bond", "Ian Bond"]


def test_with_the_body_telling_before_the_quote() -> None:
    """A12, on a sentence from VOA (5 February 2025, 'Trump takes aim at South African land
    policy'): 'with the White House telling VOA' names the speaker; no fragment of the subject."""
    quotes = _discovered_quotes(
        "Court\n\nThe U.S. strenuously opposed South Africa\u2019s petition to the court in late "
        "2023, with the White House telling VOA the case was \u201cwithout merit.\u201d"
    )
    assert quotes["speaker"].tolist() == ["White House"]


def test_no_adverb_foreign_word_clause_or_full_stop_in_a_speaker() -> None:
    """Speaker hygiene, on sentences from Global Voices (18 May 2012, 'Russia: Runet's Enduring
    Tomatoes'; 12 May 2012, 'Thailand: Grandfather Serving Lese Majeste ...'; 21 May 2012,
    'French Guiana, Guadeloupe, Martinique: Ministers'): 'Morozov jokingly' is Morozov,
    'Purno5.' loses the full stop, and the French 'Mais' of an untranslated quotation is no one."""
    from utils.quotes import _Context, _not_a_speaker

    body = (
        'Runet\n\n"Red Blitzkrieg" was what Morozov named the tiny group he had founded.\n\n'
        '"Tomato terrorism," as Morozov jokingly called it, claimed several victims that summer.'
        '\n\n"He deserved to die. Or don\'t you agree?" posted Purno5.\n\nMais il semble bien que '
        "Lurel n\u2019ait gu\u00e8re eu la possibilit\u00e9 de choisir."
    )
    quotes = _discovered_quotes(body)
    assert quotes["speaker"].tolist()[1:] == ["Morozov", "Purno5"]
    article = parse_article(body)
    resolver = Resolver.for_article(article, discover_actors(article))
    ctx = _Context(article, resolver.verbs, resolver, resolver.masked)
    assert _not_a_speaker(ctx, "Mais") == "F2"
    assert _not_a_speaker(ctx, "the court then stays the execution but") == "F4"


def test_asserting_is_a_reporting_verb() -> None:
    """A5, on a sentence from VOA (23 January 2025, "Beijing's lack of clarity on Rubio sanctions
    sparks speculation"): a short quote after 'asserting that' is Rubio's, not a scare quote."""
    quotes = _discovered_quotes(
        "Rubio\n\nMarco Rubio is the new secretary of state.\n\nDuring his confirmation hearing "
        "last week, Rubio reaffirmed his position on China, asserting that China remains the "
        "\u201cbiggest threat\u201d to the United States in the 21st century."
    )
    assert quotes["speaker"].tolist() == ["Marco Rubio"]


def test_the_judge_is_the_unnamed_judge_named_before_with_initials() -> None:
    """Resolution, on sentences from VOA (1 November 2024, 'Sanctions violations arrest ...'):
    'the judge' points back to 'a U.S. magistrate judge', initials and all."""
    quotes = _discovered_quotes(
        "Court\n\nAccording to a U.S. magistrate judge, Postovoy's decision to transfer the "
        "second house into a trust was likely an attempt to conceal his ownership.\n\nHe "
        "\u201cdid not list his home on his financial affidavit submitted to this Court,\u201d "
        "the judge wrote in a decision."
    )
    assert quotes["speaker"].tolist() == ["a U.S. magistrate judge"]


def test_a_quote_after_however_takes_the_clause_before_and_a_ceo_of_a_website() -> None:
    """C3 and E10, on sentences from VOA (22 January 2025, 'Trump revokes humanitarian parole
    ...'): 'However, "..."' is Meissner's; the model calls 'Nazanin Ash' a place, and
    'Welcome.US' does not end the apposition."""
    quotes = _discovered_quotes(
        "Parole\n\nPrograms like CNHV were a way \u201cAmericans have been able to legally and "
        "safely sponsor newcomers in need of refuge,\u201d Nazanin Ash, CEO of Welcome.US, wrote "
        'on their website.\n\n"They must find status through other means," Cori Alonso-Yoder '
        "told VOA.\n\nThe executive orders do not indicate that humanitarian parole will be "
        "revoked, said Doris Meissner of the Migration Policy Institute in Washington during a "
        "press call on Tuesday. However, \u201cthey certainly will not renew it.\u201d"
    )
    assert quotes["speaker"].tolist() == ["Nazanin Ash", "Cori Alonso-Yoder", "Doris Meissner"]


def test_the_subject_of_a_passive_is_not_the_speaker() -> None:
    """A4 and C7, on sentences from VOA (21 February 2025, 'State Department China fact sheet
    ...'): the party is accused of the words, it does not speak them; and a time opener with no
    comma ('Last spring he was criticized for calling ...', an invented case) hides no subject."""
    quotes = _discovered_quotes(
        "China\n\nThe fact sheet makes frequent references to the Chinese Communist Party (CCP). "
        "The party is directly accused of trying to \u201cmanipulate and subvert\u201d United "
        "Nations organizations.\n\nIn the newly edited fact sheet, the CCP is also blamed for "
        "\u201cmalicious cyber activity against U.S. government networks.\u201d\n\nDennis Farrugia "
        "runs the council. Last spring he was criticized for calling parents who opposed a "
        'school closure "the usual keyboard warriors" in a reply on Facebook.'
    )
    speakers = quotes["speaker"].tolist()
    assert "Chinese Communist Party" not in speakers[:2] and speakers[2] == "Dennis Farrugia"


def test_a_plural_speaker_keeps_its_modifier() -> None:
    """A4, on a sentence from VOA (26 February 2025, "Trump examines China's copper
    production"): 'administration officials', not 'officials'."""
    quotes = _discovered_quotes(
        "Copper\n\nChina's growing copper reserves have caught the eye of President Donald "
        "Trump, who on Tuesday ordered an investigation into what administration officials say "
        "is Beijing's move to \"gain control of the world's copper markets.\""
    )
    assert quotes["speaker"].tolist() == ["administration officials"]


def test_an_honorific_without_a_full_stop_takes_the_full_name() -> None:
    """A4, on sentences from Wikinews (New Zealand fireworks purchasing age): British style
    writes 'Mr Hall' without a full stop; he is Mike Hall."""
    quotes = _discovered_quotes(
        "Fireworks\n\nMike Hall, chief executive of the New Zealand Fire Service, said that the "
        "fireworks were dangerous. Mr Hall said: \u201cObviously we won\u2019t know whether or "
        "not the measures work until after Guy Fawkes.\u201d"
    )
    assert quotes["speaker"].tolist() == ["Mike Hall"]


def test_the_last_of_a_with_list_telling_before_the_quote() -> None:
    """A12, on the lead of VOA (28 February 2025, 'Trump-Zelenskyy White House meeting on mineral
    deal devolves into heated exchange'): Trump alone speaks, not the meeting's two leaders."""
    quotes = _discovered_quotes(
        "Meeting\n\nA White House meeting between President Donald Trump and Ukrainian President "
        "Volodymyr Zelenskyy turned into a heated exchange with the two leaders talking over each "
        "other and Trump telling Zelenskyy, \"You're either going to make a deal or we're out.\""
    )
    assert quotes["speaker"].tolist() == ["Donald Trump"]


def test_a_plural_after_a_preposition_is_no_subject() -> None:
    """A4, on VOA (28 February 2025, 'British PM Starmer seeks to project unity with Trump'):
    'to reporters' (before 'Thursday said') is where the official spoke, not who spoke."""
    quotes = _discovered_quotes(
        "Peacekeepers\n\nPushed to clarify Trump's position on sending peacekeepers, a senior "
        "administration official speaking on background to reporters Thursday said there were "
        '"concerns" about putting troops on the ground.'
    )
    assert quotes["speaker"].tolist() == ["a senior administration official"]


def test_a_quote_in_another_script_takes_no_earlier_speaker() -> None:
    """N6, on Global Voices (21 May 2012, 'Israel: Increase in Racist Attacks ...'): headlines
    quoted inside an untranslated Hebrew post are not the words of the last speaker quoted."""
    quotes = _discovered_quotes(
        'Israel\n\nInterior Minister Eli Yishai said that "most African infiltrators are involved '
        'in crime," and the minister repeated the claim on radio.\n\n'
        "Professor Moshe Negbi wrote on the 7th Eye blog about the role of the Israeli media [he]:"
        '\n\nברור שהכותרות "אריתריאים חשודים בתקיפה בדרום תל-אביב" ו"אפריקאי חשוד בשוד" הן דוגמה.'
    )
    assert quotes["speaker"].tolist()[1:] == ["", ""]


def test_with_a_role_and_a_name_in_commas_telling() -> None:
    """A12, on VOA (31 January 2025, 'Trump support for denuclearization ...'): the negotiator
    speaks, not a joint subject with the demonym 'North Korean' in it."""
    quotes = _discovered_quotes(
        "Talks\n\nThose working-level talks in 2019 in Sweden between the first Trump "
        "administration and North Korean officials did not yield any agreement, with Pyongyang’s "
        "chief negotiator, Kim Myong Gil, telling reporters that the Americans would not “give up "
        "their old viewpoint and attitude.”"
    )
    assert quotes["speaker"].tolist() == ["Kim Myong Gil"]


def test_a_possessive_is_no_speaker() -> None:
    """F4, on VOA (28 February 2025, 'British PM Starmer seeks to project unity with Trump'):
    the subject is 'Trump's outreach', so "Trump's" alone names no one who spoke."""
    quotes = _discovered_quotes(
        "Ukraine\n\nTrump's outreach to Putin is a drastic reversal of Biden's policies, which "
        'sought to diplomatically and financially isolate Russia and insisted on "nothing about '
        'Ukraine without Ukraine," regarding peace negotiations.'
    )
    assert not any(s.endswith(("'s", "’s")) for s in quotes["speaker"])


def test_a_quote_inside_its_sentence_takes_the_clause_after_it_without_a_comma() -> None:
    """A2, on VOA (5 February 2025, '10 "high-threat illegal aliens" arrive at Guantanamo'):
    the agency opens the sentence, the quote goes on with it, and the Pentagon said it."""
    quotes = _discovered_quotes(
        "Guantanamo\n\nThe migrants are held by officers with U.S. Immigration and Customs "
        "Enforcement, or ICE.\n\n"
        'ICE "is taking this measure to ensure the safe and secure detention of these individuals '
        "until they can be transported to their country of origin or other appropriate "
        'destination" the Pentagon said in a statement.'
    )
    row = quotes[quotes["quote"].str.startswith("is taking")].iloc[0]
    assert (row["speaker"], row["method"]) == ("Pentagon", "A2")


def test_he_opening_the_sentence_before_is_the_same_man() -> None:
    """A2 with a pronoun, on VOA (6 November 2024, 'Arab leaders congratulate Trump'): 'He
    predicted Trump may ...' names Trump, but its 'He' is Al Sharif, and so is the next 'he'."""
    quotes = _discovered_quotes(
        "Iran\n\nMr. Donald Trump won the election. Osama Al Sharif is a political analyst in "
        "Amman.\n\n"
        "Al Sharif told VOA that Iran will be a big challenge for Trump, who he says is an "
        "“isolationist who wants to extract America from any conflict.” He predicted Trump may "
        "tighten sanctions on Iran.\n\n"
        "“More sanctions,” he said. “He may be able to communicate with Tehran through Putin.”"
    )
    row = quotes[quotes["quote"].str.startswith("More sanctions")].iloc[0]
    assert row["speaker"] == "Osama Al Sharif"


def test_he_after_the_name_that_opens_the_sentence_is_that_man() -> None:
    """A5, on VOA (26 February 2025, 'Trump examines China's copper grab'): Trump asked in the
    sentence before, but the 'he' of 'Lutnick read from what he said was' is Lutnick."""
    quotes = _discovered_quotes(
        "Copper\n\nPresident Donald Trump on Tuesday ordered an investigation into Beijing's "
        "copper trade; he wants answers.\n\n"
        "Trump, in the Oval Office, asked his newly minted secretary of commerce, Howard Lutnick, "
        "to explain. Lutnick read from what he said was a social media post he planned to "
        'release, saying: "Tariffs will help rebuild back our American copper industry and '
        'strengthen our national defense."'
    )
    row = quotes[quotes["quote"].str.startswith("Tariffs")].iloc[0]
    assert row["speaker"] == "Howard Lutnick"


def test_commented_is_a_reporting_verb() -> None:
    """A2, on VOA (23 January 2025, 'Beijing's lack of clarity on Rubio'): 'commented' was not
    in data/reporting_verbs.csv, so the quote went to the last speaker named."""
    quotes = _discovered_quotes(
        "Rubio\n\nOn Weibo, China’s microblogging site similar to X, netizens wonder if Rubio "
        "will become the first U.S. secretary of state who won’t be able to come to China.\n\n"
        "“This guy has been barred from entering China, let alone visiting China,” one Weibo user "
        "commented."
    )
    row = quotes[quotes["quote"].str.startswith("This guy")].iloc[0]
    assert (row["speaker"], row["method"]) == ("one Weibo user", "A2")


def test_a_name_ending_in_ly_is_no_adverb() -> None:
    """A2, on VOA (5 November 2024, 'Issues on election eve'): 'Easterly said Monday' had been
    read as an adverb and a verb, making 'Monday' the speaker."""
    quotes = _discovered_quotes(
        "Election\n\nCISA Director Jen Easterly spoke to reporters.\n\n"
        "\"We've not seen specific reporting about violence at polling places,” Easterly said "
        "Monday in response to a question from VOA."
    )
    row = quotes[quotes["quote"].str.startswith("We've")].iloc[0]
    assert row["speaker"] == "Jen Easterly"


def test_a_pronoun_after_a_name_in_commas_is_the_subject() -> None:
    """A4, on VOA (4 November 2024, 'Trump's lawsuits and complaints target media'): the
    subject of 'On his social media platform, Truth Social, he said' is 'he', not the site."""
    quotes = _discovered_quotes(
        "Media\n\nFormer President Donald Trump has sued CBS.\n\n"
        "Trump had previously threatened to revoke CBS’s broadcast license if elected. On his "
        "social media platform, Truth Social, he said “60 Minutes” had “created the Greatest "
        "Fraud in Broadcast History” and that CBS should lose its license because it is “corrupt.”"
    )
    row = quotes[quotes["quote"].str.startswith("created")].iloc[0]
    assert row["speaker"] == "Donald Trump"


def test_a_councillor_written_cr_is_the_name_after_it() -> None:
    """A2, on Wikinews (2 January 2006, 'Bondi Pavilion flag row', tests/real/quotes/dev10):
    'Cr' is the Australian councillor's title, not part of her name."""
    quotes = _discovered_quotes(
        "Flag row\n\nMayor of Waverley, Mora Main, says there are already number of Australian "
        "flags flying in the Bondi Beach area. \"It's an iconic heritage building. Anything "
        "that's done to the pavilion needs to go through a rigorous heritage process,\" Cr Main "
        "said."
    )
    assert quotes["speaker"].tolist() == ["Mora Main"]


def test_a_named_apposition_after_a_description_is_the_speaker() -> None:
    """A4, on Wikinews (17 August 2005, 'Camp Casey moves', tests/real/quotes/dev10): the
    subject 'The property owner' is named in the apposition after it."""
    quotes = _discovered_quotes(
        "Camp Casey\n\nIn Crawford, Texas, anti-war protesters led by American Cindy Sheehan have "
        "found a new place to demonstrate. The property owner, U.S. Army veteran Fred Mattlage, "
        'said, "I just think people should have a right to protest without being harassed."'
    )
    assert quotes["speaker"].tolist() == ["Fred Mattlage"]


def test_a_she_inside_a_quote_that_runs_on_gives_no_gender() -> None:
    """Discovery (A2 gender), on Wikinews (17 August 2005, 'Camp Casey moves',
    tests/real/quotes/dev10): 'She feels' is quoted words about Sheehan, so Bush is no woman and
    'he said' after the quote is his."""
    quotes = _discovered_quotes(
        "Camp Casey\n\nNot all Americans agree with Mrs. Sheehan's position. On Monday, a man was "
        "arrested and charged with vandalism of Camp Casey's memorial for troops lost in Iraq. "
        "Around 10pm the previous night, authorities say the accused used his pickup truck to run "
        "over hundreds of small wooden crosses bearing names of U.S. soldiers killed in Iraq. "
        "In comments to the press, Bush offered sympathy to "
        'Sheehan, "I sympathize with Mrs. Sheehan. She feels strongly about her position. And '
        'she has every right in the world to say what she believes.", he said. President Bush '
        "claims that leaving Iraq now wouldn't be helpful for Iraqis or Americans, but only for "
        "terrorists."
    )
    assert quotes["speaker"].tolist() == ["Bush"]


def test_a_sentence_after_a_full_stop_in_marks_is_no_tail_clause_but_a_new_lead() -> None:
    """A2 and C3, on Wikinews (19 March 2008, 'Three of Serbia's neighbours recognize Kosovo',
    tests/real/quotes/dev10, one paragraph): the sentence after Tadić's quote is the reporter's,
    and it introduces Sanader's quote."""
    quotes = _discovered_quotes(
        "Kosovo\n\nBoris Tadić, Serbia's president, had previously warned Croatia that "
        'recognizing Kosovo would have a negative effect on their relations. "We want to have the '
        'best possible relations with this country," Tadić said. "But recognition of Kosovo is '
        'certainly not an act of goodwill between neighbours." Croatian Prime Minister Ivo Sanader '
        'says he does not expect relations to worsen. "I do understand this is a difficult one for '
        'Serbia to swallow."'
    )
    assert quotes["speaker"].tolist() == ["Boris Tadić", "Boris Tadić", "Ivo Sanader"]
    assert quotes["method"].tolist()[2] == "C3"


def test_a_one_word_name_before_its_apposition_speaks_not_the_name_inside_it() -> None:
    """A2, on Wikinews (11 September 2006, 'Al-Qaeda releases 9/11 message',
    tests/real/quotes/dev10): the apposition names bin Laden, but al-Zawahiri says it."""
    quotes = _discovered_quotes(
        "Al-Qaeda releases 9/11 message\n\nAl-Qaida released a 9/11 message to the American public "
        'today. "Your leaders are hiding from you the true extent of the disaster," al-Zawahiri, '
        "the fugitive deputy to al-Qaeda leader Osama bin Laden says in a video, which appeared on "
        'Islamist Web sites late Sunday. "And the days are pregnant and giving birth to new '
        "events, with God's permission and guidance.\""
    )
    assert quotes["speaker"].tolist() == ["al-Zawahiri", "al-Zawahiri"]


def test_countries_listed_as_one_subject_issue_the_statement_jointly() -> None:
    """A2, on Wikinews (19 March 2008, 'Three of Serbia's neighbours recognize Kosovo',
    tests/real/quotes/dev10): 'the statement' is the joint statement of the three countries,
    also after a partial quote of someone else ('a "multi-ethnic ..."' is no document)."""
    quotes = _discovered_quotes(
        "Kosovo\n\nCroatia, Bulgaria and Hungary, all of which border Serbia, announced in a joint "
        'statement Wednesday that they will recognize Kosovo as an independent state. "The '
        'decision on the recognition of Kosovo is based on thorough consideration," the statement '
        "said. Angel Naidenov, spokesman of the Bulgarian Socialist Party, praised Kosovo for their "
        'efforts in establishing a "multi-ethnic and democratic country." The statement says '
        "Kosovo's declaration of independence was prompted by the international community's "
        'failure. "In these circumstances the change of the unsustainable status quo was '
        'unavoidable," the statement said.'
    )
    joint = "Croatia; Bulgaria; Hungary"
    assert quotes["speaker"].tolist() == [joint, "Angel Naidenov", joint]
    assert quotes["speakers"].tolist()[0] == ("Croatia", "Bulgaria", "Hungary")


def test_a_quote_after_a_semicolon_is_introduced_like_after_a_colon() -> None:
    """A11, on Wikinews (1 April 2006, 'Iraq war veteran claims atrocities',
    tests/real/quotes/dev10): 'Key also said at the hearing; "..."' is Key's, not his lawyer's."""
    quotes = _discovered_quotes(
        "Iraq veteran\n\nJoshua Key is the only applicant who has combat experience in Iraq, said "
        "Key's lawyer, Jeffry House. \"He has boots-on-the-ground experience about what the actual "
        'conduct of the war in Iraq is," House said. Key also said at the hearing; "(Iraqis) are '
        "just normal people. They're farmers, mothers, fathers; just like us.\""
    )
    assert quotes["speaker"].tolist() == ["Jeffry House", "Joshua Key"]


def test_one_word_in_capitals_is_an_abbreviation_not_speech() -> None:
    """N2, on Wikinews (5 November 2007, 'Taiwan run for UN relay', tests/real/quotes/dev10)."""
    quotes = _discovered_quotes(
        "Taiwan\n\nShui-bian Chen, Annette Lu and Frank Hsieh wore T-Shirts to the rally, lit a "
        'flame and led people in a formation of "VT" (abbreviation for Victory Taiwan) line. Even '
        "though the premier of Taiwan, Frank Hsieh insisted on the use of products made in Taiwan, "
        'mini torch lights held by supporters featured the "MIC" mark, according to Eastern '
        "Television in Taiwan."
    )
    assert quotes["kind"].tolist() == ["scare", "scare"]
    assert quotes["method"].tolist() == ["N2", "N2"]


def test_a_clause_after_a_led_quote_that_opens_the_next_quote_is_the_next_ones() -> None:
    """A4 over A2, on Wikinews (15 May 2006, 'Saddam trial resumes', tests/real/quotes/dev10):
    the judge asks "guilty or not guilty"; 'Hussain simply replied,' introduces the answer."""
    quotes = _discovered_quotes(
        "Saddam trial\n\nThe trial of Saddam Hussein resumed Monday in Baghdad. Hussein refused to "
        'answer the charges, and when Judge Abdel-Rahman asked Hussein if he pleaded "guilty or '
        'not guilty", Hussain simply replied, "this is no way to treat the president of Iraq."'
    )
    assert quotes["speaker"].tolist() == ["Abdel-Rahman", "Saddam Hussein"]


def test_a_verb_in_the_third_person_after_a_noun_still_reports() -> None:
    """A4, on Wikinews (29 August 2006, 'President Bush mocked in two Canadian ad campaigns',
    tests/real/quotes/dev11): 'the campaign proclaims' was read as a noun phrase ('an insurance
    claims'), so the website's words had no reporting verb and went to the sentence's subject
    with the verb inside it."""
    quotes = _discovered_quotes(
        'Ads\n\nThe website for the campaign proclaims "There are universities and then there '
        "are universities. So let's not beat around the bush.\""
    )
    assert quotes["speaker_text"].tolist() == ["the website for the campaign"]
    assert quotes["cue"].tolist() == ["proclaim"]


def test_a_bare_title_is_the_one_person_whose_role_ends_with_it() -> None:
    """A2, on Wikinews (28 July 2005, 'Australian refugee activists plan protest during
    minister's speech', tests/real/quotes/dev11): 'the Minister' is Immigration Minister Amanda
    Vanstone, the one person with a minister's role."""
    quotes = _discovered_quotes(
        "Protest\n\nSydney refugee activists say that they will rally outside the building where "
        "Immigration Minister Amanda Vanstone is giving a speech today. On July 22 Senator "
        "Vanstone announced figures for the Government's Refugee and Humanitarian program. "
        '"This demonstrates the Government’s strong and continuing commitment to providing new '
        'lives for refugees," the Minister said.'
    )
    assert quotes["speaker"].tolist() == ["Amanda Vanstone"]


def test_a_titled_surname_shared_by_two_people_is_the_one_holding_the_title() -> None:
    """Pronoun resolution, on Wikinews (29 June 2007, 'Lady Bird Johnson released from Austin
    hospital', tests/real/quotes/dev11): two Johnsons keep 'Johnson' apart, so 'President
    Johnson' was a stranger; the apposition gives Lyndon B. Johnson the title, and 'widow of'
    no longer makes him a woman."""
    quotes = _discovered_quotes(
        "Lady Bird\n\nShe is the widow of Lyndon B. Johnson, President of the United States from "
        "1963 to 1969. She is best known for her conservation and beautification efforts "
        "involving wildflowers and roadsides. As President Johnson and his wife, Lady Bird "
        "Johnson, criss-crossed States by road during the 1964 presidential campaign, she "
        "informed her husband of her feelings about the roadside junkyards they saw along the "
        "way. Inspired by her comments and enthusiasm from audiences, he observed \"If it's "
        "beautifying they want, it's beautifying they'll get.\""
    )
    assert quotes["speaker"].tolist() == ["Lyndon B. Johnson"]


def test_a_ballot_option_in_marks_is_a_label() -> None:
    """N3, on Wikinews (17 October 2005, 'Iraq counting ballots', tests/real/quotes/dev11): the
    options of a referendum were given to the electoral commission as its words."""
    quotes = _discovered_quotes(
        "Ballots\n\nIraq's election commission said Monday that officials were investigating "
        '"unusually high" numbers of "yes" votes in about a dozen provinces. Local election '
        'officials gave a picture of a strong "Yes" vote in the Shiite Muslim provinces of the '
        'south. Diyala and Ninevah provinces appeared to have gone strongly "Yes".'
    )
    assert quotes["speaker"].tolist() == ["Iraq's election commission", "", "", ""]
    assert quotes["method"].tolist()[1:] == ["N3", "N3", "N3"]


def test_people_placed_in_a_city_speak_not_its_country() -> None:
    """A4, on Wikinews (16 March 2006, 'Demonstrators protest Condoleezza Rice's trip to
    Australia', tests/real/quotes/dev11): the subject ended in the country after the city, and
    Australia was named as the speaker."""
    quotes = _discovered_quotes(
        "Protest\n\nAnti-war demonstrators in Sydney, Australia on Thursday dubbed U.S. Secretary "
        'of State Dr Condoleezza Rice a "war criminal" and "murderer."'
    )
    assert quotes["speaker"].tolist() == ["Anti-war demonstrators in Sydney"] * 2


def test_two_people_without_the_are_new_people() -> None:
    """Resolution, on Wikinews (16 March 2006, 'Demonstrators protest Condoleezza Rice's trip',
    tests/real/quotes/dev11): 'two protesters shouted' brings new people in; it was read as
    'the two', the last two people named (the demonstrators and Rice herself)."""
    quotes = _discovered_quotes(
        "Protest\n\nDr Rice, on a three-day trip to Australia, said she understood why people "
        "found it hard to be positive about Iraq. Soon after Rice began her speech at the "
        "University of Sydney's Conservatorium of Music, two protesters shouted from the rear of "
        'the auditorium, "Condoleezza Rice, you are a war criminal," and "Iraqi blood is on your '
        'hands and you cannot wash that blood away."'
    )
    assert quotes["speaker"].tolist() == ["two protesters", "two protesters"]


def test_mrs_before_a_mans_surname_is_another_person() -> None:
    """Resolution, on Wikinews (15 April 2008, 'Bush marks 265th anniversary of the birth of
    Thomas Jefferson', tests/real/quotes/dev11, read up to Mrs. Bush's quote): 'Mrs. Bush' took
    the alias of George W. Bush, a man."""
    path = Path(__file__).parent / "real/quotes/dev11"
    text = next(path.glob("wikinews-2008-04-15-*.txt")).read_text(encoding="utf-8")
    quotes = _discovered_quotes(text[: text.index(" she said.") + len(" she said.")])
    assert quotes["speaker"].tolist()[-1] == "Mrs. Bush"


def test_one_capitalised_word_after_in_is_a_name() -> None:
    """N3, on Wikinews (20 May 2006, 'Riot at Guantanamo Bay', tests/real/quotes/dev11): the
    camp's nickname was given to the officials as their words."""
    quotes = _discovered_quotes(
        "Riot\n\nMilitary officials said the detainees' actions were designed to draw attention "
        'to the plight of the terror suspects detained indefinitely in "Gitmo".'
    )
    assert quotes["speaker"].tolist() == [""]
    assert quotes["method"].tolist() == ["N3"]


def test_a_title_with_of_before_the_name_after_the_verb() -> None:
    """A1, on Wikinews (2 November 2007, 'American diplomats unwilling to go to Iraq',
    tests/real/quotes/dev12): 'said Secretary of State Condoleezza Rice' stopped at 'Secretary',
    a title alone, and named no one."""
    quotes = _discovered_quotes(
        "Diplomats\n\nThe State Department has recently told diplomats that if they go unfilled "
        'then they will begin forced assignments. "We must go forward with the identification of '
        'officers to serve should it prove necessary to direct assignments," said Secretary of '
        'State Condoleezza Rice on Friday. "Should others step forward, as some already have, we '
        'will fill these new jobs as we have before."'
    )
    assert quotes["speaker"].tolist() == ["Condoleezza Rice", "Condoleezza Rice"]


def test_a_persons_response_in_the_subject_is_theirs() -> None:
    """A8, on Wikinews (2 November 2007, 'American diplomats unwilling to go to Iraq',
    tests/real/quotes/dev12): the subject's first name, 'U.S.', was taken for the speaker; and on
    VOA (5 February 2025, 'Rubio to meet Dominican officials', tests/real/quotes/dev2), where the
    remarks are the object, the subject still speaks."""
    quotes = _discovered_quotes(
        'Diplomats\n\nCrotty called it a "potential death sentence". But U.S. Ambassador to Iraq '
        "Ryan Crocker's response to such fears was unequivocal: \"It's for us to go and serve, not "
        'to debate the policy, not to agree with it."\n\n'
        "In Washington, Chinese Embassy spokesperson Liu Pengyu dismissed Rubio’s remarks as "
        '"malicious slander," urging the U.S. to focus on cooperation.'
    )
    assert quotes["speaker"].tolist()[1:] == ["Ryan Crocker", "Liu Pengyu"]


def test_a_name_after_a_description_after_the_verb_is_the_speaker() -> None:
    """A1, on Wikinews (2 December 2006, 'Cuba asks to re-open negotiations with United States',
    tests/real/quotes/dev12): the description's body spoke, not the spokesman it names."""
    quotes = _discovered_quotes(
        'Cuba\n\nA "Castro dynasty" is "certainly not a solution that we think is viable," '
        'said a spokesman for the U.S. State Department, Tom Casey. "We think the Cuban people '
        'need to be given the opportunity to see and have democratic change."'
    )
    assert quotes["speaker"].tolist()[1:] == ["Tom Casey", "Tom Casey"]


def test_a_bare_surname_finds_a_full_name_written_with_al() -> None:
    """Resolution, on Wikinews (4 July 2005, "Iraq's UN envoy accuses U.S. Marines of 'cold
    blooded murder'", tests/real/quotes/dev12): 'said Sumaidaie' is the ambassador named first,
    'Mohamed al-Sumaidaie', not the student named after him, 'Mohammed Sumaidaie'."""
    quotes = _discovered_quotes(
        "Envoy\n\nMohamed al-Sumaidaie, Iraq's ambassador to the United Nations, accused U.S. "
        "marines of murdering his cousin's 21-year-old son, Mohammed Sumaidaie, who was studying "
        "engineering at the University of Technology in Baghdad. “All indications point to a "
        "killing of an unarmed innocent civilian - a cold-blooded murder,” said Sumaidaie."
    )
    assert quotes["speaker"].tolist() == ["Mohamed al-Sumaidaie"]


def test_the_document_named_as_written_when_a_adds_nothing() -> None:
    """Resolution, on VOA (11 February 2025, 'US withdrawal from UN human rights body draws mixed
    reactions', tests/real/quotes/dev9): 'The executive order said' came out as the earlier 'an
    executive order', which says no more; a person keeps the earlier, fuller description."""
    quotes = _discovered_quotes(
        "Withdrawal\n\nLast Tuesday, U.S. President Donald Trump signed an executive order pulling "
        "the U.S. out of the U.N. Human Rights Council, or UNHRC.\n\n"
        "The executive order said that the UNHRC has “protected human rights abusers by allowing "
        "them to use the organization to shield themselves from scrutiny,” adding that the "
        "council deserves “renewed scrutiny.”\n\n"
        "A former U.S. official spoke on condition of anonymity. “It complicates the case,” the "
        "official said."
    )
    assert quotes["speaker"].tolist() == [
        "the executive order",
        "the executive order",
        "a former U.S. official",
    ]


def test_a_script_speaks_as_written() -> None:
    """F4, on Wikinews (4 October 2008, 'Newly released script shows how UK would have handled
    nuclear attack', tests/real/quotes/dev11): 'The script started by saying' named no one, as
    'script' was no noun that speaks."""
    quotes = _discovered_quotes(
        "Script\n\nThe script was released by The National Archives. The script started by saying "
        '"This is the Wartime Broadcasting Service. This country has been attacked with nuclear '
        'weapons." The script continued by telling citizens to "make sure gas and other fuel '
        'supplies are turned off and that all fires are extinguished."'
    )
    assert quotes["speaker"].tolist() == ["the script", "the script"]


def test_a_persons_document_speaks_for_its_author() -> None:
    """Resolution, on VOA (8 February 2025, 'Justice Department disbands task forces',
    tests/real/quotes/dev9): "Bondi's memo said" was kept as written instead of naming Bondi."""
    quotes = _discovered_quotes(
        "Memo\n\nAttorney General Pam Bondi ordered the changes on Wednesday.\n\n"
        '"Attorneys assigned to those initiatives shall return to their prior posts," Bondi\'s '
        'memo said, "and resources currently devoted to those efforts shall be committed to the '
        'total elimination of Cartels and TCOs."'
    )
    assert quotes["speaker"].tolist() == ["Pam Bondi", "Pam Bondi"]


def test_a_first_name_the_model_left_out_before_a_surname() -> None:
    """E14, on VOA (14 February 2025, 'Vance warns Europe ...', tests/real/quotes/dev9): the
    model called 'Pushkov' a body and left 'Alexei' out, so the speaker was 'Pushkov'."""
    quotes = _discovered_quotes(
        "Reactions\n\n“I am sure that in Kyiv, Brussels, Paris and London they are now reading "
        "Trump’s lengthy statement on his conversation with Putin with horror and cannot believe "
        "their eyes,” senior Russian lawmaker Alexei Pushkov wrote on his messaging app Friday."
    )
    assert quotes["speaker"].tolist() == ["Alexei Pushkov"]


def test_a_short_quote_before_the_noun_it_labels_is_a_label() -> None:
    """N7, on VOA (7 February 2025, 'Trump updates Iran ...' in tests/real/quotes/dev9): the
    'maximum pressure' campaign is the policy's name, not Trump's words; an adjective quoted before
    a noun ('held "productive" talks', VOA, 21 February 2025) is still the speaker's word."""
    quotes = _discovered_quotes(
        'Iran\n\nAt the time, Trump said a key goal of his original "maximum pressure” campaign '
        "was to negotiate a new bilateral agreement.\n\n"
        "South African foreign minister Ronald Lamola put a positive spin on things, saying "
        'delegates had held "productive" talks.'
    )
    assert quotes[["speaker", "kind", "method"]].values.tolist() == [
        ["", "scare", "N7"],
        ["Ronald Lamola", "partial", "A6"],
    ]


def test_assured_and_spoke_of_are_reporting_verbs() -> None:
    """A4, on Wikinews (11 May 2006, 'USA Today reports NSA obtained call logs ...', dev) and
    (21 February 2007, 'UK, Denmark announce troop withdrawals ...', dev11): 'assured' and 'spoke
    of' report the words that follow, not the last speaker's."""
    quotes = _discovered_quotes(
        'NSA\n\nMichael Hayden said: "It is all to detect and prevent attacks." President George W. '
        'Bush assured Americans that their privacy is being "fiercely protected."\n\n'
        'Tony Blair said in a T.V. interview: "The operation is now complete." The Ministry of '
        'Defence spoke of an "important step" toward taking up responsibilities in the area.'
    )
    assert quotes["speaker"].tolist() == [
        "Michael Hayden",
        "George W. Bush",
        "Tony Blair",
        "Ministry of Defence",
    ]


def test_a_closing_clause_before_and_gives_the_speaker() -> None:
    """A14, on VOA (12 February 2025, US and Japan on 'peace through strength', dev9): ', Tatsumi
    said, and ...' closes the first half of the sentence and gives the quote in it its speaker."""
    quotes = _discovered_quotes(
        "Alliance\n\nYuki Tatsumi, co-director of the Japan Program at the Stimson Center, spoke "
        'to VOA.\n\nThere is "continuity" from the Biden administration to the Trump '
        'administration, Tatsumi said, and that is to make U.S.-Japan ties "the hub of alliance '
        'cooperation."'
    )
    assert quotes["speaker"].tolist() == ["Yuki Tatsumi", "Yuki Tatsumi"]
    assert quotes["method"].tolist()[0] == "A14"


def test_a_closing_clause_with_more_verbs_after_it_gives_the_speaker() -> None:
    """A14, on VOA (14 November 2024, 'At APEC, G20, Biden faces leaders worried about ...',
    tests/real/quotes/dev16): '..., a senior official said when asked what Biden might tell Xi to
    expect': the clause's verb is 'said', not the last verb of the sentence, and 'Whatever' opens
    a clause; it is nobody (data/clause_openers.txt)."""
    sentence = (
        "Whatever the next administration decides, it's going to need to find ways to manage the "
        '"tough, complicated relationship" between the U.S. and China'
    )
    quotes = _discovered_quotes(
        "APEC\n\n" + sentence + ", a senior official said when asked what Biden might tell Xi "
        "to expect from the incoming administration."
    )
    assert quotes["speaker"].tolist() == ["a senior official"]
    assert quotes["method"].tolist() == ["A14"]
    alone = _discovered_quotes("APEC\n\n" + sentence + ".")
    assert alone["speaker"].tolist() == [""]


def test_as_a_name_and_its_role_said_gives_the_person() -> None:
    """A4, on VOA (10 November 2024, 'With holidays approaching, US stores stock more supersize
    TV sets', tests/real/quotes/dev16): 'But as Jon Abt, co-president of Abt Electronics said,'
    is Jon Abt speaking, not the company his role names."""
    quotes = _discovered_quotes(
        "TVs\n\nChicago retailer Abt Electronics also says it is expanding its TV range.\n\nBut as "
        'Jon Abt, co-president of Abt Electronics said, "It\'s still a niche business."'
    )
    assert quotes["speaker"].tolist() == ["Jon Abt"]


def test_the_former_official_is_the_one_former_official_introduced_before() -> None:
    """As written, on VOA (13 November 2024, Trump's pick for the Pentagon,
    tests/real/quotes/dev16): 'the former official said' points back to 'One former Pentagon
    official' of the paragraph before, whose words hold all of its own."""
    quotes = _discovered_quotes(
        "Pentagon\n\nOne former Pentagon official, who spoke to VOA on condition of anonymity to "
        "discuss a nomination before a Senate vote, praised Hegseth's dedication to American "
        "troops and veterans.\n\n\u201cHe will fight for them because he really cares,\u201d the "
        "former official said."
    )
    assert quotes["speaker"].tolist() == ["one former Pentagon official"]


def test_he_after_a_sentence_whose_subject_is_unnamed_is_not_its_object() -> None:
    """Resolution, on VOA (13 November 2024, Trump's pick for the Pentagon,
    tests/real/quotes/dev16): after 'The nominee has also hinted he could target military leaders,
    including ... General C.Q. Brown', the next 'he told' is the nominee, who spoke last, not the
    general named as the object."""
    quotes = _discovered_quotes(
        "Pentagon\n\nPete Hegseth authored the book \u201cThe War on Warriors.\u201d\n\n"
        "\u201cThere just aren\u2019t enough lesbians from San Francisco who want to join the 82nd "
        "Airborne,\u201d he wrote.\n\nThe nominee has also hinted he could target military "
        "leaders, including Chairman of the Joint Chiefs of Staff General C.Q. Brown, to push out "
        "those who have supported DEI programs.\n\n\u201cFirst of all, you\u2019ve got to fire the "
        'chairman of the Joint Chiefs," he told podcast host Shawn Ryan earlier this year.'
    )
    assert quotes.loc[quotes["kind"] != "scare", "speaker"].tolist() == ["Pete Hegseth"] * 2


def test_a_label_in_a_clause_after_while_is_that_clause_s_subject_s() -> None:
    """C7, on VOA (12 November 2024, 'Trump picks key political loyalists for top jobs',
    tests/real/quotes/dev16): in 'Rubio mocked Trump ..., while Trump derided Rubio as "little
    Marco."' the label is Trump's, the subject of the clause it stands in, not the sentence's."""
    quotes = _discovered_quotes(
        "Rubio\n\nPresident-elect Donald Trump picked Senator Marco Rubio.\n\nRubio mocked Trump as "
        "having small hands and sporting an orange spray tan, while Trump derided Rubio as "
        '"little Marco."'
    )
    assert quotes["speaker"].tolist() == ["Donald Trump"]


def test_a_document_or_inquiry_as_subject_speaks_its_quoted_words() -> None:
    """C7, on VOA (25 February 2025, 'Trump administration proposes steep fees on Chinese ships',
    dev5) and Global Voices (5 May 2012, Cuba's national blogging meeting, dev4): the definite
    investigation that 'determined' the words, and participants who 'also requested' them, are
    the quote's speakers, though the quote is no full clause of its own."""
    quotes = _discovered_quotes(
        "Ships\n\nThe investigation, conducted under Section 301 of the Trade Act of 1974, "
        "determined that the Chinese government has pursued a policy of subsidizing its domestic "
        "shipbuilding industry with the aim of “targeting for dominance” the global market.\n\n"
        "The participants also requested that the \"State's Central Administration Bodies "
        'reformulate the regulations which limit connectivity."'
    )
    assert quotes[["speaker", "method"]].values.tolist() == [
        ["the investigation", "C7"],
        ["the participants", "C7"],
    ]


def test_a_closing_clause_with_title_words_before_the_name_and_an_apposition() -> None:
    """A2, on VOA (27 February 2025, Rubio opposes coercive changes on Taiwan, dev8): lower-case
    title words may open the clause ('retired Rear Admiral Mark Montgomery, currently ..., said');
    a clause opened by 'because' (VOA, 14 February 2025, tit-for-tat tariffs, dev9) is no such
    title, and the quote is the one named after 'said'."""
    quotes = _discovered_quotes(
        "Taiwan\n\n“The idea that one might be abandoned causes them to be petrified and "
        "concerned,” retired Rear Admiral Mark Montgomery, currently a defense analyst at the "
        "Foundation for Defense of Democracies, said during a recent FDD webinar.\n\n"
        "“There’s a lot of anxiety, bordering on panic in [South] Korea,” because Trump, "
        "immediately in his second term, is using tariffs for noneconomic reasons, said Yeo "
        "Han-Koo, a senior fellow at the Peterson Institute for International Economics."
    )
    assert quotes["speaker"].tolist() == ["Mark Montgomery", "Yeo Han-Koo"]


def test_a_document_that_states_before_a_colon_speaks_without_its_verb() -> None:
    # Wikinews, 29 August 2006 ("President Bush mocked in two Canadian ads",
    # tests/real/quotes/dev11): 'states' is a noun to the tagger; the speaker was 'the ad states:'.
    quotes = _discovered_quotes(
        "Ads\n\nThe Guardian currently also runs a banner ad featuring Bush. The ad states: "
        '"US presidents have always come to us for an overview of world affairs. Except one."'
    )
    speaker = quotes["speaker"].tolist()[0]
    assert "ad" in speaker.split() and "states" not in speaker and ":" not in speaker
    assert quotes["method"].tolist() == ["A11"]


def test_an_arabic_surname_with_its_particle_speaks_after_the_quote() -> None:
    # Wikinews, 23 January 2008 ("Iraq removes Saddam references from flag",
    # tests/real/quotes/dev11): 'al-Masody said' was no name, and the quote went to the speaker
    # before.
    quotes = _discovered_quotes(
        "Flag\n\nParliament speaker Mahmud Mashhadani said the new flag will be flown. Some, like "
        "Sadrist lawmaker Ahmed al-Masody, opposed the stars' removal. \"We would have announced "
        "that they don't symbolize the Baath Party, but other principles, like justice\", "
        "al-Masody said."
    )
    assert quotes["speaker"].tolist() == ["Ahmed al-Masody"]
    assert quotes["method"].tolist() == ["A2"]


def test_a_name_after_a_preposition_in_an_apposition_is_no_joint_speaker() -> None:
    """A6, on Wikinews (4 April 2006, 'Berlusconi in trouble over use of bad word',
    tests/real/quotes/dev11, the whole article): 'and opponent of Berlusconi' describes Prodi;
    Berlusconi is no second subject."""
    quotes = _discovered_quotes(
        "Berlusconi in trouble over use of bad word\n\nItalian Prime Minister Silvio Berlusconi "
        'has found himself under fire for using the word "coglioni" to describe his opponents '
        'during the run-up to the general election in Italy. Roughly translating to "idiot", '
        '"cretin", or "fool" in English, it is Italian slang for "testicles", it is as rude as the '
        'term "prick-head". Romano Prodi, former European Union Commission President and opponent '
        'of Berlusconi, was quick to criticize his use of the term, stating, "With all the respect '
        "I have for (Berlusconi's) voters I would never use that anatomical term we heard today "
        'used about us." Berlusconi later defended himself, stating that his comments were '
        'supposed to be "ironic" and that his opponents were manipulating what he said.'
    )
    prodi = quotes[quotes["quote"].str.startswith("With all the respect")]
    assert prodi["speaker"].tolist() == ["Romano Prodi"]


def test_a_pronoun_never_points_to_a_body_that_spoke_before_it() -> None:
    """A6, on Wikinews (21 January 2006, 'Maryland Judge throws out law banning gay marriages',
    tests/real/quotes/dev12, the whole article): the ACLU spoke last, but 'She considered ...,
    noting "..."' is the judge; a body's remembered quote keeps its kind, so 'She' cannot mean it."""
    quotes = _whole_article_quotes(
        "real/quotes/dev12", "wikinews-2006-01-21-maryland-judge-throws-out-law-banning.txt"
    )
    noting = quotes[quotes["quote"].str.startswith("Prevention")]
    assert noting["speaker"].tolist() == ["M. Brooke Murdock"]


def test_he_can_mean_the_spokesman_a_body_speaks_through() -> None:
    """A spokesman resolved to his body ('A Beaverton police spokesman, who declined to give his
    name, said ...') is still a man a later 'he said' can mean. An invented held-out case
    (tests/heldout), kept because remembering bodies as bodies would otherwise break it."""
    quotes = _whole_article_quotes("heldout", "oregonian-2024-beaverton-pharmacy-robbery.txt")
    looked = quotes[quotes["quote"].str.startswith("It looked")]
    assert looked["speaker"].tolist() == ["Beaverton Police Department"]


def test_she_prefers_the_named_woman_to_an_unnamed_speaker_of_unknown_sex() -> None:
    """A4, on Wikinews (16 March 2006, 'Demonstrators protest Condoleezza Rice's trip to
    Australia', tests/real/quotes/dev11, the whole article): in 'In her speech, Rice sought to
    ... One student asked about abuses ... She said the abuses had made her "sick to her
    stomach."' the she is Rice, not the student nothing genders."""
    quotes = _whole_article_quotes("real/quotes/dev11", "wikinews-2006-03-16-demonstrators*.txt")
    sick = quotes[quotes["quote"].str.startswith("sick to her stomach")]
    assert sick["speaker"].tolist() == ["Condoleezza Rice"]


def test_states_that_is_a_reporting_verb_but_the_united_states_is_not() -> None:
    """A4, on Wikinews (25 September 2008, 'Pakistani, United States troops in gun battle',
    tests/real/quotes/dev10): 'Pakistan's president, Asif Ali Zardari states that his troops
    only fired "flares"' reports Zardari's words; 'states' alone is no cue, so that 'the United
    States' never is one (data/reporting_verbs.csv lists 'states that')."""
    quotes = _discovered_quotes(
        'Pakistan\'s president, Asif Ali Zardari states that his troops only fired "flares" and '
        'that the border is "so mixed" that mistakes could be made in determining ones location. '
        'The United States said its helicopters were "well within" Afghan territory.'
    )
    assert quotes["speaker"].tolist()[:2] == ["Asif Ali Zardari", "Asif Ali Zardari"]
    assert quotes["method"].tolist()[:2] == ["A4", "A4"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # VOA, 25 February 2025, 'Consumer confidence drops sharply' (tests/real/quotes/dev8)
        (
            "Treasury Secretary Scott Bessent spoke in Washington.\n\nBessent blamed "
            '"prolific overspending" under former President Joe Biden and regulations.',
            "Scott Bessent",
        ),
        # VOA, 22 February 2025, 'US, Uzbekistan reaffirm commitment to Central Asia security'
        (
            "Davis Florick, the Pentagon's acting principal director for Eurasia, also attending "
            'the reception, thanked Tashkent for "storing" U.S. aircraft.',
            "Davis Florick",
        ),
        # VOA, 12 February 2025, the US-Japan joint statement (tests/real/quotes/dev9)
        (
            "Shigeru Ishiba met Trump.\n\nIn their joint statement, Trump and Ishiba also expressed "
            '"strong opposition" to China\'s attempts to change the status quo.',
            "Shigeru Ishiba",
        ),
        # VOA, 21 January 2025, Trump's UN nominee at her hearing (tests/real/quotes/dev2)
        (
            "Trump's UN nominee\n\nThe nominee, Elise Stefanik, testified on Tuesday.\n\nStefanik agreed "
            'that Beijing has made "significant inroads" at the world body.',
            "Elise Stefanik",
        ),
    ],
)
def test_a_verb_of_blame_thanks_or_agreement_reports_a_short_quote(text: str, speaker: str) -> None:
    """A4: 'blamed', 'thanked', 'expressed' and 'agreed that' report the two words quoted after
    them (data/reporting_verbs.csv); before, they were scare quotes (N6)."""
    quotes = _discovered_quotes(text)
    assert speaker in quotes["speaker"].iloc[0]
    assert quotes["method"].iloc[0] == "A4"


def test_agreed_to_is_no_reporting_verb() -> None:
    """'if the Senate agreed to restore' reports nothing: only 'agreed that' does, so the '-ing'
    verb after it still takes the earlier clause's speaker (A5; tests/heldout, invented)."""
    quotes = _discovered_quotes(
        "The Senate met.\n\nThe official said the governor's team could accept a smaller "
        "increase if the Senate agreed to restore the money, calling the gap "
        '"bridgeable, if people stop performing for the cameras."'
    )
    assert quotes["speaker"].iloc[0] != "Senate"
    assert quotes["method"].iloc[0] == "A5"


def test_the_company_after_a_quote_is_the_body_the_sentence_before_it_names() -> None:
    """A2, on VOA (1 November 2024, 'Sanctions violations arrest', tests/real/quotes/dev7, the
    whole article): 'Cubios publicly denied any connection to WowCube HK Limited.' then a
    two-sentence quote and '..., the company said': the company is Cubios, named in the sentence
    before the quote, not the firm after 'to', and not lost behind the quote's own sentences."""
    quotes = _whole_article_quotes("real/quotes/dev7", "voa-2024-11-01-sanctions*.txt")
    denial = quotes[quotes["quote"].str.startswith("Neither Cubios")]
    assert denial["speaker"].tolist() == ["Cubios"]


@pytest.mark.parametrize(
    ("text", "opening", "speaker", "method"),
    [
        # A14, VOA, 6 November 2024, 'Fear, joy, calls for strong Europe' (dev3): the clause set
        # off by commas before the quote's second half reports the first half too (was C8)
        (
            "Fear and joy in Paris\n\nJean-Yves Camus, a political scientist, said Europe should "
            'be "strong."\n\nWalking near Harry\'s Bar, phone salesman Cameron Orilia said he had '
            "not been closely following the U.S. presidential campaign.\n\n"
            '"I hope things will work out for business" during Trump\'s term, he said, "that '
            "customs will work out. I'm just looking at the economic side of the politics.\"",
            "I hope",
            "Cameron Orilia",
            "A14",
        ),
        # A6, VOA, 1 November 2024, 'Trump visits Dearborn, Michigan' (dev3): a date's commas do
        # not end the opening phrase, and a counted group is a subject (was no speaker)
        (
            "Harris outreach\n\nThe Harris campaign did not respond.\n\n"
            "On the anniversary of Hamas’ October 7, 2023, attack on Israel, 25 Muslim leaders "
            "released an open letter telling Muslim voters that backing Harris “far outweighs the "
            "harms of the other options.”",
            "far outweighs",
            "25 Muslim leaders",
            "A6",
        ),
        # C4, VOA, 4 February 2025, 'Foreign aid programs face ...' (dev5): one capital, the
        # sentence's first, then lower-case words: a sentence, not a title (was N2)
        (
            "Foreign aid programs face cuts\n\nElon Musk leads the Department of Government "
            "Efficiency.\n\n“USAID is a criminal organization,” Musk wrote on the social media "
            "platform X on Sunday. “Time for it to die.”",
            "Time for it",
            "Elon Musk",
            "C4",
        ),
        # F1, Wikinews, 16 March 2006, 'Demonstrators protest Condoleezza Rice's trip to
        # Australia' (dev11): 'Police' is a plural with no -s, kept as a description (was F3)
        (
            "Protest in Sydney\n\nThe police then moved in and pushed the crowd back 20 metres. "
            'Police say five people have been charged with "hindering police in the execution of '
            'their duties."',
            "hindering",
            "police",
            "F1",
        ),
        # N6, Wikinews, 15 May 2006, 'Saddam trial resumes' (dev10): two or three uncued words
        # in a later sentence than the last quote are the reporter's (was C8, Hussein)
        (
            "Saddam trial resumes\n\nHussein refused to answer the charges, and when Judge "
            'Abdel-Rahman asked Hussein if he pleaded "guilty or not guilty", Hussain simply '
            'replied, "this is no way to treat the president of Iraq." Rahman then entered a plea '
            'of "not guilty" for the former President.',
            "not guilty",
            "",
            "N6",
        ),
        # A2, VOA, 21 January 2025, 'Trump repeats need to take control of Greenland' (dev5):
        # after 'resident', 'Per Chemnitz' is a person, not the city F5 drops
        (
            "Greenland\n\nResidents of Nuuk who spoke to VOA were divided over the global "
            "attention.\n\n“I think we are in a terrible situation,” Nuuk resident Per Chemnitz "
            "said. “Our politicians are handling this totally wrong.”",
            "I think",
            "Per Chemnitz",
            "A2",
        ),
        # A6, VOA, 21 February 2025, 'G20 meeting ends without consensus' (dev): the '-ing' verb
        # goes on from the clause after 'after' (was the ministers)
        (
            "G20 meeting\n\nOne topic that dominated at the meeting was Ukraine. The foreign "
            "ministers gathered days after Trump upended U.S. policy on the war, suggesting "
            "Ukraine was to blame for Russia’s 2022 invasion and labeling one-time U.S. ally "
            "Volodymyr Zelenskyy as a “dictator.”",
            "dictator",
            "Trump",
            "A6",
        ),
    ],
)
def test_a_real_sentence_of_this_round_gives_its_speaker(
    text: str, opening: str, speaker: str, method: str
) -> None:
    """Each case is a real sentence the rules used to get wrong (the comment says how)."""
    quotes = _discovered_quotes(text)
    quote = quotes[quotes["quote"].str.startswith(opening)]
    assert quote["speaker"].tolist() == [speaker]
    assert quote["method"].tolist() == [method]


@pytest.mark.parametrize(
    ("sentence", "form", "reports"),
    [
        ('"...," read the council\'s written statement.', "written", False),
        ("The minister's stated aim is peace.", "stated", False),
        ("Biden's said that he will run.", "said", True),  # Biden has said
        ("The mayor's written to the council.", "written", True),  # the mayor has written
    ],
)
def test_a_verb_form_after_a_possessive_reports_only_as_a_verb(
    sentence: str, form: str, reports: bool
) -> None:
    from utils.reporting import load_reporting_verbs, not_reporting

    verbs = load_reporting_verbs()
    cue = next(re.finditer(rf"\b({form})\b", sentence))
    assert not_reporting(sentence, verbs, cue, 0) is not reports


@pytest.mark.parametrize(
    ("sentence", "form", "reports"),
    [
        # Digital.gov, 29 August 2016 ("Smithsonian Learning Lab"), in tests/real/quotes/dev37:
        # "notes" is the object of "to add", and "the ability to add" had spoken "hotspot".
        (
            "Interactive tools like “hotspot” annotations, the ability to add notes, and built-in "
            "assessments allow teachers to examine objects.",
            "notes",
            False,
        ),
        ("He is believed to have said that he will run.", "said", True),
    ],
)
def test_a_noun_after_to_and_a_verb_is_its_object(sentence: str, form: str, reports: bool) -> None:
    from utils.reporting import load_reporting_verbs, not_reporting

    verbs = load_reporting_verbs()
    cue = next(re.finditer(rf"\b({form})\b", sentence))
    assert not_reporting(sentence, verbs, cue, 0) is not reports


def test_every_form_of_the_reporting_verb_table_is_listed_once() -> None:
    """A form listed twice is dead after its first row: a second 'reiterate' row once set a stance
    that nothing read."""
    with (Path(__file__).parents[1] / "data" / "reporting_verbs.csv").open(encoding="utf-8") as f:
        forms = [
            (form.strip(), row["part"])
            for row in csv.DictReader(f)
            for form in row["forms"].split(";")
        ]
    assert len(forms) == len(set(forms))


def test_the_document_long_after_its_owner_named_it_is_the_owners() -> None:
    """VOA, 21 February 2025 ('US State Department tweaks online fact sheet on China',
    tests/real/quotes/dev, the whole article): 'The document now notes ... "to help protect ..."'
    comes 2,500 characters after 'the U.S. State Department's online fact sheet', with only 'the
    newly edited fact sheet' between; the document is the department's, not a speaker of its own."""
    quotes = _whole_article_quotes("real/quotes/dev", "voa-2025-02-21-state-dept-china*.txt")
    protect = quotes[quotes["quote"].str.startswith("to help protect")]
    assert protect["speaker"].tolist() == ["State Department"]


def test_two_bodies_one_with_its_acronym_blast_together() -> None:
    """VOA, 25 February 2025 ('Trump administration proposes steep fees ...', dev5): 'blasted'
    reports, and 'The China Association of the National Shipbuilding Industry (CANSI) and China
    Shipowner Association' is one joint speaker; the bracketed acronym used to cut the pair."""
    quotes = _discovered_quotes(
        "Shipbuilding\n\nThe China Association of the National Shipbuilding Industry (CANSI) and "
        "China Shipowner Association had previously blasted the USTR investigation as being "
        "“conclusions full of lies and distortion of facts.”"
    )
    assert quotes["speakers"].tolist() == [
        ("China Association of the National Shipbuilding Industry", "China Shipowner Association")
    ]


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        # Wikinews, 20 May 2006 ('Riot at Guantanamo Bay detention camp', dev11): 'the committee
        # said' is the body whose name holds the noun, not the UN just before (A2)
        (
            "Riot at Guantanamo\n\nMeanwhile, the United Nations Committee Against Torture "
            "has called on the United States to shut down Guantanamo and close any other "
            '"secret prisons" it operates. The UN declared the indefinite detention of '
            'suspects without charge a "violation of the UN Convention Against Torture." '
            '"The State party should cease to detain any person at Guantanamo Bay and '
            'close this detention facility," the committee said.',
            "The State party",
            "United Nations Committee Against Torture",
        ),
        # Wikinews, 8 March 2005 ('China declares state shall employ ...', dev11): 'written' after
        # 'the council's' is no verb whose subject speaks (was F4)
        (
            "Taiwan\n\nThe Mainland Affairs Council in Taipei described the law as "
            '"malicious" and "crude". Taiwan views the development as violating '
            'international norms for peacefully resolving disputes. "This law exposes '
            "China's plot to impose armed force to swallow up Taiwan,\" read the "
            "council's written statement.",
            "This law",
            "Mainland Affairs Council",
        ),
        # Wikinews, 25 September 2008 ('Pakistani, US troops in gun battle', dev10): 'said White
        # House spokesman, Bryan Whitman, during' (was C4, Zardari)
        (
            "Border\n\n\"Sometimes the border is so mixed that they don't realize they "
            'have crossed the border," added Zardari. The White House also denies the '
            'reports of the helicopters ever crossing into Pakistan. "They were U.S. '
            "helicopters. The flight path of the helicopters at no point took them over "
            'Pakistan," said White House spokesman, Bryan Whitman, during a press '
            "conference.",
            "They were",
            "Bryan Whitman",
        ),
        # VOA, 24 February 2025 ('China eyes Trump's Ukraine strategy', dev2): 'Putin, who updated
        # Xi ... and reaffirmed' (was Xi, who 'spoke')
        (
            "Talks\n\nEarlier on Monday, Chinese President Xi Jinping spoke with Russian "
            "President Vladimir Putin, who updated Xi on the Riyadh talks and reaffirmed "
            'the "comprehensive strategic partnership" between Russia and China.',
            "comprehensive",
            "Vladimir Putin",
        ),
        # VOA, 31 January 2025 ('US deportations to China continue ...', dev6): 'the ICE official'
        # is the 'U.S. Immigration and Customs Enforcement official' before
        (
            "Deportations\n\nIn an emailed response to VOA this week, a U.S. Immigration "
            "and Customs Enforcement official wrote that the agency is removing from the "
            "United States any immigrant who is here unlawfully.\n\n“ICE continues to "
            "conduct removals to the People’s Republic of China,” the ICE official said "
            "Tuesday, speaking on background.",
            "ICE continues",
            "a U.S. Immigration and Customs Enforcement official",
        ),
        # VOA, 11 February 2025 ('Modi to meet Trump', dev6): the quote lies in Trump's 'who'
        # clause (was 'Trade', dropped by F3)
        (
            "India\n\nHowever analysts said there will be contentious issues to navigate "
            "on trade and immigration, which are among U.S. President Donald Trump’s top "
            "priorities.\n\nTrade is important for both countries and India has taken "
            "steps to demonstrate that it is ready to address concerns of Trump, who has "
            "named India among countries that are “very big tariff abusers.”",
            "very big",
            "Donald Trump",
        ),
        # VOA, 15 February 2025 ('Counterterror official warns ...', dev9): a passive 'who' clause
        # says what others call the person, so not Maeleninine
        (
            "Somalia\n\nAccording to the Africa Command, 14 militants were killed, "
            'including Ahmed Maeleninine, who was described as a "recruiter, financier and '
            "external operations leader responsible for the deployment of jihadists into "
            'the United States."',
            "recruiter",
            "Africa Command",
        ),
        # VOA, 28 February 2025 ('US Navy at a crossroads', dev8): the lede's nominee is John
        # Phelan, named next (was the Navy of his title)
        (
            "US Navy at a 'crossroads,' Trump's Navy secretary nominee warns\n\npentagon — "
            "The Trump administration's nominee for secretary of the Navy says the "
            'military service branch is at a "crossroads" and must course correct.\n\n'
            '"Extended deployments, inadequate maintenance, huge cost overruns. And '
            'frankly, this is unacceptable," John Phelan told the Senate Armed Services '
            "Committee on Thursday.",
            "crossroads",
            "John Phelan",
        ),
        # VOA, 26 February 2025 ('Nominee for No. 2 spot at Pentagon warns ...', dev2): the owner,
        # Trump, is not the speaker (was A6)
        (
            "Nominee warns China 'incredibly determined' to surpass US\n\nPENTAGON — "
            "President Donald Trump's nominee for deputy secretary of defense is warning "
            'that China\'s military is resolute and is calling for a fix to "significant" '
            'military shortages.\n\n"China is incredibly determined," Steve Feinberg told '
            "members of the Senate Armed Service Committee on Tuesday.",
            "significant",
            "Steve Feinberg",
        ),
        # VOA, 14 February 2025 ('Trump's tit-for-tat tariffs', dev9): 'according to a report
        # issued Thursday by financial services provider Wells Fargo' (was 'a report')
        (
            "Stagflationary shock\n\nAnalysts say Trump’s tariff actions will hurt the "
            "growth of the U.S. economy this year.\n\n“Tariffs impart a modest "
            'stagflationary shock to an economy," according to a report issued Thursday by '
            "financial services provider Wells Fargo. “The U.S. economy entered 2025 with "
            "a fair amount of momentum.”",
            "Tariffs impart",
            "Wells Fargo",
        ),
        # VOA, 23 January 2025 ('Trump signals aggressive stance in AI race', dev4): 'the paper
        # said' after 'In a policy paper released ..., OpenAI cited' (was a title, N4)
        (
            "AI race\n\nIn a policy paper released earlier this month, OpenAI cited the "
            "competition with China, laying out its policy proposals.\n\n“Chips, data, "
            "energy and talent are the keys to winning on AI — and this is a race America "
            "can and must win,” the paper said.",
            "Chips, data",
            "OpenAI",
        ),
        # VOA, 21 January 2025 ('China seeks more cooperation ...', dev4): the verb of a 'who'
        # clause about the speaker is not the clause's own ('asked'; was C8, the man quoted before)
        (
            "Tariffs\n\nSome Chinese merchants said the delay helps them.\n\n“I am finding other "
            "ways to export products to my American customers,” a Chinese apparel exporter "
            "surnamed Yuan in Shanghai, who asked to be identified only by his last name due to "
            "security concerns, told VOA in a written response.",
            "I am finding",
            "Yuan",
        ),
        # VOA, 28 February 2025 ('Fort Knox: is the gold there?', dev8): a site named in lower
        # case before its verb (was C8, the radio host quoted before)
        (
            "Fort Knox\n\nNow, pressure is mounting for a new public audit.\n\n“A full, "
            "independent audit — potentially even a livestreamed verification — would dispel "
            "doubts and reinforce trust in U.S. financial institutions,” mining.com wrote in a "
            "commentary.",
            "A full, independent",
            "mining.com",
        ),
        # Wikinews ('Gun background checks a no-go in US Senate', quote set dev3, undated copy):
        # a verb after 'in the gallery' was read as describing the gallery (was N6, no speaker)
        (
            'Senate\n\nThe amendment failed.\n\nAn onlooker in the gallery shouted "Shame on '
            'you" as the result of the vote was announced.',
            "Shame on you",
            "an onlooker in the gallery",
        ),
        # VOA, 7 November 2024 ('Taiwan, China congratulate Trump ...', quote set dev5): the
        # subject's words relayed by a readout are the subject's (was A9, the news agency)
        (
            "Xi\n\nChinese President Xi Jinping urged China and the United States to find the "
            "right way to get along in the new era.\n\nHe hopes the two sides will “uphold the "
            "principles of mutual respect, peaceful coexistence and win-win cooperation,” "
            "according to a readout released by China’s official Xinhua News Agency on Thursday.",
            "uphold the principles",
            "Xi Jinping",
        ),
        # VOA, 22 February 2025 ('AP sues White House officials over access', quote set dev10):
        # the president's plane is no body for 'the news group' (was A4, Air Force One)
        (
            "AP\n\nThe Associated Press filed a lawsuit against three White House officials on "
            "Friday.\n\nThe ban on AP reporters was later extended to Air Force One.\n\nThe "
            'news group said it was bringing the suit to "vindicate its rights to the editorial '
            'independence guaranteed by the United States Constitution."',
            "vindicate its rights",
            "Associated Press",
        ),
        # VOA, 28 February 2025 ('USAGM announces Kari Lake ...', quote set dev8): the email is
        # the sentence's subject's, not the possessor of the words before 'in an email' (was Lake)
        (
            "USAGM\n\nRoman Napoli announced Lake’s arrival in an email to the staff. Napoli is "
            "carrying out the duties of USAGM chief executive.\n\n“As Senior Advisor of the Trump "
            "Administration, Kari will help USAGM implement the policies and strategies needed to "
            "streamline the agency,” the email said.",
            "As Senior Advisor",
            "Roman Napoli",
        ),
    ],
)
def test_a_real_sentence_of_the_round_after_gives_its_speaker(
    text: str, opening: str, speaker: str
) -> None:
    """Each case is a sentence of a real dev article whose quote had the wrong speaker or none
    before this round's change; the comment names the article and what came out before."""
    quotes = _discovered_quotes(text)
    said = quotes[quotes["quote"].str.startswith(opening)]
    assert said["speaker"].tolist() == [speaker]


def test_a_document_that_read_the_words_is_their_reporting_clause() -> None:
    """'read' reports, its past written like its base: VOA, 31 January 2025 ('Deportations to
    China continue', dev6) and 21 January 2025 ("Trump's executive orders on immigration", dev4)
    had both quotes as scare quotes with no speaker; the email is its writer's."""
    quotes = _discovered_quotes(
        "Deportations\n\nThe Trump administration issued an executive order on Jan. 21 to expand "
        'expedited removal.\n\n"The effect of this change will be to enhance national security '
        'and public safety," the notice read.\n\nThe ACLU of Northern California wrote in an '
        "email to the press they “stand ready.”\n\n“We are ready to do so again, from day one of "
        "the second Trump administration,” the email read."
    )
    read = quotes[quotes["quote"].str.startswith(("The effect", "We are ready"))]
    assert read["kind"].tolist() == ["full", "full"]
    assert read["cue"].tolist() == ["read", "read"]
    assert read["speaker"].tolist()[1] == "ACLU of Northern California"


def test_a_clause_followed_by_a_quote_introduces_that_quote_not_the_one_before() -> None:
    """Held-out set 5 ('protest-westmouth-housing-march'): 'Placards read' opened the next quote,
    but the quote before took the placards as its speaker."""
    quotes = _discovered_quotes(
        'March\n\nMarchers walked to the steps of the Civic Centre, chanting "Whose city? Our '
        'city!" and "Homes, not hotels!" Placards read "Evict greed, not families" and "My rent '
        'ate my wages".'
    )
    homes = quotes[quotes["quote"].str.startswith("Homes")]
    assert homes["speaker"].tolist() == [""]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(  # E3 (actors), the title kept as 'President - elect' named no one
            "Judge sentences Trump\n\nPresident-elect Donald Trump was sentenced on Friday.\n\n"
            "“I never falsified business records. It is a fake, made up charge,” the Republican "
            "president-elect wrote on his Truth Social platform last week.",
            ["Donald Trump"],
            id="A2-hyphenated-title",
        ),
        pytest.param(  # A4, VOA, 2025-01-15, "US to exclude India from AI chips": the body at
            # the end of 'Jones of the Stimson Center argued' took the quote
            "AI chips\n\nScott Jones, a non-resident fellow at Washington's Stimson Center think "
            "tank, highlighted recent reports.\n\nJones of the Stimson Center argued that the "
            'policy is more a "symbolic gesture than a practical consideration" but has a stern '
            "message.",
            ["Scott Jones"],
            id="A4-name-of-the-body",
        ),
        pytest.param(  # A14, 'and his calls for' was read as the sentence's last reporting verb
            "Sentencing\n\n“The once and future president has engaged in a coordinated "
            "campaign,” prosecutor Joshua Steinglass said.\n\nRather than show remorse, Trump has "
            "“bred disdain” for the jury verdict and the criminal justice system, Steinglass said, "
            "and his calls for retaliation were wrong.",
            ["Joshua Steinglass", "Joshua Steinglass"],
            id="A14-noun-after-his",
        ),
        pytest.param(  # A2, VOA, 2025-01-21, "A day steeped in tradition as Trump is sworn in":
            # 'emailed' was no reporting verb
            "Inauguration\n\nVOA White House correspondent Misha Komadovsky was assigned to "
            "Monday morning’s inaugural events.\n\n“Today, I’ll be your eyes and ears during the "
            "first steps of Donald Trump’s inauguration,” Komadovsky emailed at around 8 a.m.",
            ["Misha Komadovsky"],
            id="A2-emailed",
        ),
        pytest.param(  # A4, the same article: 'indicated' was no reporting verb, and Trump's
            # words were taken for a scare quote
            "TikTok\n\nTikTok had briefly gone offline Saturday evening. President Donald Trump "
            "indicated he planned a “joint venture” to allow TikTok to operate.",
            ["Donald Trump"],
            id="A4-indicated",
        ),
        pytest.param(  # A6, VOA, 2025-01-10, "Judge sentences Trump in hush money case": the
            # judge's word after 'citing' was taken for a scare quote
            "Sentencing\n\nJudge Juan M. Merchan repeatedly postponed the sentencing. But last "
            "week, he set Friday's date, citing a need for “finality.”",
            ["Juan M. Merchan"],
            id="A6-citing",
        ),
    ],
)
def test_dev13_sentences_name_their_speakers(text: str, speakers: list[str]) -> None:
    """Sentences of tests/real/quotes/dev13 (VOA, January-February 2025) whose speakers the code
    before this round missed; each case fails there."""
    assert _discovered_quotes(text)["speaker"].tolist() == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(  # A12, VOA, 2025-02-16, "Rubio: Hamas 'must be eradicated'": a title
            # between 'with' and the name hid the speaker, and the sentence's subject took the
            # quotes with its adverb ('the U.S. fully')
            "Rubio\n\nThe U.S. fully endorsed Israel’s war aims in Gaza on Sunday, with "
            "Secretary of State Marco Rubio saying that Hamas “must be eradicated” and "
            '"cannot continue as a military or government force."',
            ["Marco Rubio", "Marco Rubio"],
            id="A12-titled-name-after-with",
        ),
        pytest.param(  # A6, the subject with its adverb, where no other clause names anyone
            "Gaza\n\nThe U.S. fully endorsed Israel’s war aims in Gaza on Sunday, saying that "
            "Hamas “must be eradicated.”",
            ["United States"],
            id="A6-subject-before-an-adverb",
        ),
        pytest.param(  # A6, VOA, 2025-02-26, "Security experts highlight pros, cons of
            # Ukraine-US minerals deal": 'Despite' was taken for the subject of 'praising'
            "Minerals\n\nPresident Donald Trump spoke on Tuesday.\n\nDespite praising the "
            "agreement as a step toward strengthening Ukraine's economy, Trump sparked "
            'controversy recently by labeling Zelenskyy a "dictator” without elections.',
            ["Donald Trump"],
            id="A6-ing-verb-after-an-opener",
        ),
        pytest.param(  # E13 (actors), VOA, 2025-02-28, "Investigation into deaths of Gene
            # Hackman, wife continues": the recogniser cut 'Francis Ford' from 'Coppola'
            "Hackman\n\nDirector Francis Ford Coppola and actor Morgan Freeman were among those "
            'who posted their remembrances of the actor.\n\n"The loss of a great artist, always '
            'cause for both mourning and celebration," Coppola posted on Instagram.',
            ["Francis Ford Coppola"],
            id="E13-name-cut-in-two",
        ),
        pytest.param(  # A4 and C6, VOA, 2025-02-27, "British PM Starmer to meet Trump at White
            # House": 'signaled' was no reporting verb, so the quote-only paragraph after it went
            # to the last speaker before
            'Starmer\n\n"We\'re in a good position," analyst Michael O’Hanlon said.\n\n'
            'On Wednesday Trump signaled Ukraine should "forget about" a path toward NATO '
            "membership.\n\n"
            '"I’m not going to make security guarantees beyond very much."',
            ["Michael O’Hanlon", "Trump", "Trump"],
            id="A4-signaled",
        ),
        pytest.param(  # a guard, VOA, 2025-02-05, "Trump takes aim at South Africa" (dev5): a
            # first cut of the subject's adverbs left 'the center-right Democratic Alliance party'
            # as written; a party's name before 'party' is that party
            "Law\n\nThe Democratic Alliance is in the governing coalition.\n\nThe center-right "
            "Democratic Alliance party not only strenuously opposed the new law, it also "
            "objected to Trump’s characterization, calling it “unfortunate.”",
            ["Democratic Alliance"],
            id="described-body-before-its-noun",
        ),
    ],
)
def test_dev14_sentences_name_their_speakers(text: str, speakers: list[str]) -> None:
    """Sentences of tests/real/quotes/dev14 (VOA, February 2025) whose speakers the code before
    this round missed; each case but the guard fails there."""
    assert _discovered_quotes(text)["speaker"].tolist() == speakers


def test_the_group_after_a_body_set_off_as_a_group_is_that_body() -> None:
    """Resolution, VOA, 29 October 2024, 'South Korea to confer ... North Korean troop deployment'
    (tests/real/quotes/dev15): 'a group' set off after the body's name introduced the body, so
    'The group said' is the body, not 'a group' as written."""
    quotes = _discovered_quotes(
        "Sanctions\n\nThe consultation will come two weeks after establishment of the "
        "Multilateral Sanctions Monitoring Team, a group formed by the United States, South "
        "Korea, Japan and other allies.\n\nThe group said that while “the path to dialogue” with "
        "North Korea remained open, it was committed to “safeguard the global nonproliferation "
        "regime.”"
    )
    assert quotes["speaker"].tolist() == ["Multilateral Sanctions Monitoring Team"] * 2


def test_an_ing_verb_goes_on_from_the_outer_reporting_verb() -> None:
    """A5, held-out set 1 ('nyt-2024-harrisburg-budget-standoff', invented): once 'signaled' was a
    reporting verb, 'calling' took the subject of the report inside the official's words."""
    quotes = _discovered_quotes(
        "Budget\n\nGov. Rafael Alvarez spoke on Monday.\n\nThe two sides are closer than their "
        "rhetoric suggests, according to a senior administration official. The official said "
        "the governor’s team had signaled that it could accept a smaller transit increase, "
        "calling the gap “bridgeable, if people stop performing for the cameras.”"
    )
    assert quotes["speaker"].tolist() == ["a senior administration official"]


def test_a_sentence_in_capitals_is_speech_not_a_title() -> None:
    """N2, on VOA (8 December 2024, 'Biden: Assad's Syrian collapse a "fundamental act of
    justice"', tests/real/quotes/dev17): Trump's post '"THIS IS NOT OUR FIGHT."' is a sentence
    shouted in capitals, his words after 'declaring', not a title in Title Case."""
    quotes = _discovered_quotes(
        "Syria\n\nU.S. President-elect Donald Trump said Sunday that Assad had fled his country, "
        'because close ally Vladimir Putin "was not interested in protecting him any longer."\n\n'
        "Trump\u2019s comments on his social media platform came a day after he decried the "
        "possibility that the U.S. might intervene militarily in Syria to aid the rebels as they "
        'moved to oust Assad, declaring, "THIS IS NOT OUR FIGHT."'
    )
    assert quotes["speaker"].tolist() == ["Donald Trump", "Donald Trump"]
    assert quotes["kind"].tolist()[1] == "full"
    title = _discovered_quotes('Film\n\nShe watched "THE LONG GOODBYE" twice, she said.')
    assert title["kind"].tolist() == ["scare"]


def test_a_named_author_s_announcement_speaks_for_its_author() -> None:
    """A2, on VOA (26 November 2024, 'Trump pledges tariffs on Canada, Mexico and more on China',
    tests/real/quotes/dev17): 'Wiles' announcement said' is Susie Wiles speaking; a name ending
    in 's' takes the apostrophe alone."""
    quotes = _discovered_quotes(
        "Transition\n\nA statement from Susie Wiles, his chief of staff, said the teams are ready."
        "\n\nThe signing of the MOU means that teams from the transition will \u201cquickly "
        "integrate directly into federal agencies and departments,\u201d Wiles\u2019 announcement "
        "said."
    )
    assert quotes["speaker"].tolist() == ["Susie Wiles"]


def test_a_long_closing_description_is_the_person_the_next_paragraph_names() -> None:
    """A14, on VOA (24 November 2024, 'Trump "incredibly concerned" about escalation of munitions
    in Russia-Ukraine conflict, aide says', tests/real/quotes/dev17): the lede closes with '..., his
    designated choice for national security adviser said Sunday.', seven words before the verb,
    and the next paragraph names him: Michael Waltz."""
    quotes = _discovered_quotes(
        "Waltz\n\nU.S. President-elect Donald Trump is \u201cincredibly concerned\u201d about the "
        "escalating use of different types of weaponry in Russia\u2019s nearly three-year war on "
        "Ukraine, his designated choice for national security adviser said Sunday.\n\nMichael "
        "Waltz, now a Florida congressman, told \u201cFox News Sunday\u201d that the decision has "
        "turned the fight into something akin to \u201cWorld War I trench warfare.\u201d"
    )
    assert quotes["speaker"].tolist()[0] == "Michael Waltz"
    assert quotes["method"].tolist()[0] == "A14"


def test_the_newspaper_is_the_newspaper_just_named() -> None:
    """Resolution, on VOA (22 December 2024, 'Media report: More than 3,100 Native American
    children died in US boarding schools', tests/real/quotes/dev18): 'in what the newspaper
    describes as "..."' is The Washington Post, named earlier in the sentence
    (data/body_nouns.txt)."""
    quotes = _discovered_quotes(
        "Schools\n\nAccording to The Washington Post, which conducted a year-long investigation, "
        "3,104 students lost their lives in these schools between 1828 and 1970, in what the "
        'newspaper describes as "a dark chapter in American history that has long been ignored '
        'and largely covered up."'
    )
    assert quotes["speaker"].tolist() == ["Washington Post"]


def test_the_judge_set_off_before_her_name_is_her_role() -> None:
    """Resolution, on VOA (3 December 2024, 'Delaware judge rejects request to restore Musk's $56
    billion Tesla pay', tests/real/quotes/dev18): 'The ruling by the judge, Chancellor Kathaleen
    McCormick' gives her the role 'judge', so 'the judge criticized' and 'The judge in her January
    ruling called' are hers."""
    quotes = _discovered_quotes(
        "Tesla\n\nA Delaware judge ruled Monday that Tesla CEO Elon Musk still is not entitled to "
        "receive a $56 billion compensation package.\n\nThe ruling by the judge, Chancellor "
        "Kathaleen McCormick of the Court of Chancery, follows her January decision.\n\nBut the "
        'judge criticized Tesla\'s board as "beholden" to Musk.\n\nThe judge in her January ruling '
        'called the pay package the "biggest compensation plan ever — an unfathomable sum."'
    )
    assert quotes["speaker"].tolist() == ["Kathaleen McCormick"] * 2


def test_hon_is_a_title_before_a_name() -> None:
    """E3, on Wikinews (New Zealand raises the minimum purchasing age for fireworks,
    tests/real/quotes/dev3): 'Hon Benson-Pope said' is Benson-Pope, 'Hon' the title of a minister,
    as 'Honourable' is (data/name_stopwords.txt)."""
    quotes = _discovered_quotes(
        "Fireworks\n\nAssociate Environment Minister David Benson-Pope announced the changes.\n\n"
        'Hon Benson-Pope said: "Guy Fawkes is a fun event for thousands of families."'
    )
    assert quotes["speaker"].tolist() == ["David Benson-Pope"]


def test_the_article_continues_is_a_reporting_clause() -> None:
    """A4, on VOA (22 December 2024, 'Media report: More than 3,100 Native American children died in
    US boarding schools', tests/real/quotes/dev18): 'the article continues' reports what the
    article says, and an article speaks by convention."""
    quotes = _discovered_quotes(
        "Schools\n\nDozens of Native American students have died under suspicious circumstances, "
        'the article continues, "and in some cases, documents show indications of abuse or '
        "mistreatment that likely led to the children's deaths.\""
    )
    assert quotes["speaker"].tolist() == ["the article"]
    assert quotes["cue"].tolist() == ["continue"]


def test_a_plural_thing_as_subject_is_no_speaker() -> None:
    """C7, on the same VOA report (dev18): in 'The boarding schools "were not schools" but "prison
    camps, work camps," Judi gaiashkibos, ... told the newspaper.' the schools are what is described,
    never who speaks; with the speaker's lower-case name unread, the quotes have no speaker."""
    quotes = _discovered_quotes(
        'Schools\n\nThe boarding schools "were not schools" but "prison camps, work camps," Judi '
        "gaiashkibos, director of the Nebraska Commission on Native Americans and whose relatives "
        "were sent there, told the newspaper."
    )
    assert "the boarding schools" not in quotes["speaker"].tolist()


def test_participants_are_people_who_speak() -> None:
    """C7, on Global Voices (5 May 2012, Cuba, tests/real/quotes/dev4): 'The participants also
    requested that the "..."' is the participants' request."""
    quotes = _discovered_quotes(
        "Cuba\n\nThe meeting ended with a declaration. The participants also requested that the "
        "\"State's Central Administration Bodies reformulate the regulations which limit "
        'connectivity and access to the web by state institutions."'
    )
    assert quotes["speaker"].tolist() == ["the participants"]


def test_the_company_is_the_body_heard_in_the_paragraph_before() -> None:
    """A2, on VOA (27 December 2024, 'Richard Parsons, prominent Black executive ..., dies at 76',
    tests/real/quotes/dev18): after 'Lazard said in a statement', '"...," the company said' in the
    next paragraph is Lazard, not 'Lauder's company' named earlier."""
    quotes = _discovered_quotes(
        "Parsons\n\nParsons stepped down from the boards of Lazard and Lauder's company, Estee "
        "Lauder.\n\n\"Dick's storied career embodied the finest traditions of American business "
        'leadership," Lazard said in a statement. The company, where Parsons was a board member, '
        'praised his "unmistakable intelligence."\n\n"Dick was more than an iconic leader in '
        "Lazard's history,\" the company said."
    )
    assert quotes["speaker"].tolist() == ["Lazard", "Lazard", "Lazard"]


def test_a_bare_word_takes_no_full_name_across_a_sentence_end() -> None:
    """F1, on VOA (30 November 2024, 'Who were the prisoners in US-China swap?',
    tests/real/quotes/dev19): 'Records' opening a sentence after '... secrets from GE Aviation.'
    is no surname of 'GE Aviation. Records'."""
    quotes = _discovered_quotes(
        "Swap\n\nXu Yanjun, a Chinese intelligence officer, was sentenced for attempting to steal "
        "aviation trade secrets from GE Aviation. Records from the Federal Bureau of Prisons show "
        'that Xu\'s status is now listed as "not in federal custody."\n\nThe third Chinese released '
        "was Jin Shanlin, who was sentenced in 2021. Records from the Federal Bureau of Prisons also "
        'show Jin\u2019s status as "not in federal custody."'
    )
    assert len(quotes) == 2
    assert not any("Aviation" in s for s in quotes["speaker"].tolist())


def test_said_his_son_then_a_name_is_the_named_son() -> None:
    """A1, on VOA (30 November 2024, 'Who were the prisoners in US-China swap?',
    tests/real/quotes/dev19): '"...," said his son, Harrison Li.' is Harrison Li, and the next
    quote of the paragraph goes on with him."""
    quotes = _discovered_quotes(
        "Swap\n\nHis mother, Katherine Swidan, led a tireless campaign. \u201cI feared I would never "
        "see my son again,\u201d she told VOA.\n\nLi, a Chinese American businessman, was arrested "
        "in 2016 in Shanghai. \u201cWe thank President [Joe] Biden for prioritizing my father\u2019s "
        "case,\u201d said his son, Harrison Li. \u201cBut we also urge the administration to stand "
        "firm against such detentions in the future.\u201d"
    )
    assert quotes["speaker"].tolist() == ["Katherine Swidan", "Harrison Li", "Harrison Li"]


def test_an_unnamed_speaker_who_gave_her_name_only_as_mary_is_mary() -> None:
    """E8 and the resolver, on VOA (29 January 2025, 'Trump freezes foreign development
    assistance', tests/real/quotes/dev13): 'a health worker told a leading Johannesburg newspaper.
    She gave her name only as Mary' is Mary, a woman, not the city of Mary the gazetteer knows."""
    quotes = _discovered_quotes(
        "Aid\n\n\u201cI never thought I\u2019d wake up in the morning and be told that I\u2019d be "
        "banned from going to work,\u201d a health worker told a leading Johannesburg newspaper. She "
        "gave her name only as Mary, saying she feared professional backlash."
    )
    assert quotes["speaker"].tolist() == ["Mary"]


def test_a_statement_by_named_authors_is_theirs_when_their_statement_speaks() -> None:
    """VOA, 14 December 2024 ('Blinken: US in direct contact with Syrian rebels that ousted
    Assad', tests/real/quotes/dev20): 'A separate statement by Arab foreign ministers called for
    ... Their statement condemned ... as a "heinous occupation"' is the ministers', not the
    statement's (an adjective before the statement noun hid its authors)."""
    quotes = _discovered_quotes(
        "Syria\n\nA separate statement by Arab foreign ministers called for U.N.-supervised "
        "elections based on a new constitution approved by Syrians. Their statement condemned "
        "Israel's incursion into the buffer zone with Syria and adjacent sites over the past week "
        'as a "heinous occupation" and demanded the withdrawal of Israeli forces.'
    )
    assert quotes["speaker"].tolist() == ["Arab foreign ministers"]


def test_a_dash_opening_the_paragraph_is_no_part_of_the_speaker() -> None:
    """E2 and the resolver, VOA, 14 December 2024 (tests/real/quotes/dev20): '—Al-Sharaa said'
    opening a paragraph gave the speaker '—Al-Sharaa', no one the table knew."""
    quotes = _discovered_quotes(
        "Syria\n\nIn an interview on Syrian television, the group's leader, Ahmad al-Sharaa, "
        "formerly known as Abu Mohammed al-Golani, said the country was exhausted.\n\n"
        "U.S. officials say al-Sharaa has been making welcomed comments about protecting minority "
        "and women's rights.\n\n"
        '—Al-Sharaa said in the TV interview that "the pretexts that Israel uses have ended" for '
        "its airstrikes."
    )
    assert quotes["speaker"].tolist() == ["Ahmad al-Sharaa"]


def test_a_body_described_with_its_nationality_is_the_body_just_named() -> None:
    """VOA, 3 December 2024 ('Trump says he will block Nippon Steel from taking over US Steel',
    tests/real/quotes/dev20): 'the Japanese firm said in a statement' is Nippon Steel; a
    capitalised word before 'firm' was read as the firm's own name ('the Harris campaign')."""
    quotes = _discovered_quotes(
        "Steel\n\nWashington — U.S. President-elect Donald Trump on Monday said he would block a "
        "planned takeover of US Steel by Japanese company Nippon Steel.\n\nEmbattled US Steel has argued that it needs the Nippon deal to ensure sufficient "
        "investment in its Mon Valley plants in Pennsylvania.\n\nNippon Steel said after Trump's "
        'comments that it was "determined to protect and grow US Steel in a manner that '
        'reinforces American industry."\n\n"We will invest no less than $2.7 billion into its '
        'unionized facilities," the Japanese firm said in a statement.'
    )
    assert quotes["speaker"].tolist() == ["Nippon Steel", "Nippon Steel"]


def test_the_paper_that_employs_the_speaker_names_no_work() -> None:
    """N4, VOA, 16 October 2024 ('Ex-Las Vegas area official gets at least 20 years',
    tests/real/quotes/dev20): 'the paper's executive editor, Glenn Cook, said' after a quote read
    'the paper' as the title of a work, so the quote had no speaker."""
    quotes = _discovered_quotes(
        "Verdict\n\n\"There is relief in the Las Vegas Review-Journal's offices because Robert "
        "Telles finally is headed to prison, hopefully for the rest of his life,\" the paper's "
        "executive editor, Glenn Cook, said in a statement shared with VOA."
    )
    assert quotes["speaker"].tolist() == ["Glenn Cook"]


def test_the_office_named_after_an_unnamed_one_speaks_when_the_office_is_named_again() -> None:
    """E29 and the resolver, VOA, 15 October 2024 ('FEMA resumes door-to-door visits in North
    Carolina', tests/real/quotes/dev20): 'A sheriff's office said', then 'The Rutherford County
    Sheriff's Office said' (a body the recogniser missed), then 'The sheriff's office said' is the
    Rutherford County Sheriff's Office."""
    quotes = _discovered_quotes(
        "FEMA\n\nA sheriff's office said Monday that one man was arrested during an investigation, "
        "but that the suspect acted alone.\n\nThe Rutherford County Sheriff's Office said it "
        'received a call Saturday about a man who made a comment "about possibly harming" FEMA '
        "employees.\n\nThe sheriff's office said it received initial reports that a \"truckload "
        'of militia" was involved in the threat.'
    )
    assert quotes["speaker"].tolist() == ["Rutherford County Sheriff's Office"] * 2


def test_a_panel_described_is_the_panel_named_only_inside_a_quote() -> None:
    """VOA, 17 October 2024 ('Panel urges Secret Service overhaul in response to Trump shooting',
    tests/real/quotes/dev19): 'the panel praised ... it blasted' and 'the panel warned' are the
    Independent Review Panel, which the article names only inside Ronald L. Rowe Jr.'s quote;
    they were 'an independent panel', as written, the description that opens the article."""
    text = next((Path(__file__).parent / "real" / "quotes" / "dev19").glob("*panel-urges*.txt"))
    paragraphs = text.read_text(encoding="utf-8").split("\n\n")[:5]
    quotes = _discovered_quotes("\n\n".join(paragraphs))
    assert quotes["speaker"].tolist() == ["Independent Review Panel"] * 4 + ["Ronald L. Rowe Jr."]


def test_a_body_s_office_is_the_person_who_holds_it() -> None:
    """VOA, 5 November 2024 ('Boeing workers accept contract, end more than 7-week strike',
    tests/real/quotes/dev21): "Boeing's CEO has said it might take "a couple of weeks"" is Kelly
    Ortberg, named before as 'Boeing CEO Kelly Ortberg', not Boeing."""
    quotes = _discovered_quotes(
        "Boeing\n\nBoeing CEO Kelly Ortberg said in a message to employees Monday night that he "
        "was pleased to have reached an agreement.\n\nAccording to the union, the 33,000 workers "
        "it represents can return to work as soon as Wednesday. Boeing's CEO has said it might "
        'take "a couple of weeks" to resume production in part because some could need retraining.'
    )
    assert quotes["speaker"].tolist() == ["Kelly Ortberg"]


def test_words_a_witness_testified_are_the_witness_s() -> None:
    """VOA, 4 November 2024 ('Pennsylvania judge: Musk's $1 million-a-day voter sweepstakes can
    proceed', tests/real/quotes/dev22): 'testified' reported nothing, so the quotes went to the
    last speaker before them, the lawyer John Summers."""
    quotes = _discovered_quotes(
        "Sweepstakes\n\nDistrict Attorney Larry Krasner, a Democrat, had called the process a "
        "scam and asked that it be shut down.\n\n\"They couldn't really reveal the truth about how "
        'they got the money, right?" asked Krasner lawyer John Summers.\n\nChris Young, the '
        "director of America PAC, testified that the recipients are vetted ahead of time, to "
        '"feel out their personality, (and) make sure they were someone whose values aligned" with '
        'the group.\n\n"This was all a political marketing masquerading as a lottery," Krasner '
        'testified Monday morning. "That\'s what it is. A grift."'
    )
    assert quotes["speaker"].tolist() == [
        "John Summers",
        "Chris Young",
        "Larry Krasner",
        "Larry Krasner",
    ]


def test_a_clause_joined_on_after_a_quote_is_no_reporting_clause() -> None:
    """VOA, 4 November 2024 (tests/real/quotes/dev22): 'John Summers, said Musk is "the heartbeat
    of America PAC," and the person announcing the winners' gave the quote to 'the person'."""
    quotes = _discovered_quotes(
        "Sweepstakes\n\nKrasner's lawyer, John Summers, said Musk is \"the heartbeat of America "
        'PAC," and the person announcing the winners and presenting the checks.'
    )
    assert quotes["speaker"].tolist() == ["John Summers"]


def test_a_description_then_a_senator_and_his_state_is_the_senator() -> None:
    """VOA, 1 December 2024 ('Trump nominates former aide Kash Patel to head FBI',
    tests/real/quotes/dev22): 'Another Republican senator, Ted Cruz of Texas, said' and 'A third
    Republican, Senator Mike Rounds of South Dakota, said,' gave the quotes to another senator and
    to 'a third Republican': the state after the name ended no apposition."""
    quotes = _discovered_quotes(
        "Patel\n\nSenator Chris Murphy told NBC that Patel was unqualified.\n\nAnother Republican "
        'senator, Ted Cruz of Texas, said Patel was a "very strong nominee" and he thought Patel '
        "would be confirmed.\n\nA third Republican, Senator Mike Rounds of South Dakota, said, "
        '"Every president wants people that are loyal to themselves."'
    )
    assert quotes["speaker"].tolist() == ["Ted Cruz", "Mike Rounds"]


def test_an_unnamed_spokesperson_after_the_verb_is_the_body() -> None:
    """A1, VOA, 29 October 2024 ('US reiterates 'one China' policy amid reports of Xi's request on
    Taiwan', tests/real/quotes/dev22): 'said a Chinese Foreign Ministry spokesperson.' kept its full
    stop, so the phrase was read as a name and not as the ministry's spokesperson."""
    quotes = _discovered_quotes(
        "Taiwan\n\nChina “strongly condemns” the sale. “We will take resolute countermeasures and "
        "take all measures necessary to firmly defend national sovereignty, security and "
        "territorial integrity,” said a Chinese Foreign Ministry spokesperson."
    )
    assert quotes["speaker"].tolist()[-1] == "Chinese Foreign Ministry"


def test_a_person_from_a_place_set_off_by_commas_speaks() -> None:
    """A4, VOA, 15 October 2024 ('Leaf-peepers are flocking to see New England's brilliant fall
    colors', tests/real/quotes/dev22): 'Gordon Cochran, of Lake View, Iowa, said' was read as
    Iowa saying it, and a place speaks for no one (F5)."""
    quotes = _discovered_quotes(
        "Leaves\n\nGordon Cochran, of Lake View, Iowa, said he was in New Hampshire to visit his "
        "daughter and had a “beautiful ride” on the slow-moving Winnipesaukee Scenic Railroad."
    )
    assert quotes["speaker"].tolist() == ["Gordon Cochran"]


def test_a_spokesperson_in_the_lede_is_the_one_the_next_paragraph_names() -> None:
    """VOA, 14 December 2024 ('Nancy Pelosi hospitalized after fall on official trip to
    Luxembourg', tests/real/quotes/dev23): 'according to a spokesperson.' stayed 'a spokesperson',
    though the next paragraph names her spokesperson, Ian Krager; 'another spokesperson' would be
    someone else."""
    lede = (
        "Pelosi\n\nWASHINGTON — Former House Speaker Nancy Pelosi has been hospitalized after she "
        "“sustained an injury” during an official engagement in Luxembourg, according to a "
        "spokesperson.\n\nPelosi, 84, was in Europe with a bipartisan congressional delegation. "
    )
    quotes = _discovered_quotes(
        lede + 'Her spokesperson, Ian Krager, said in a statement that she is "currently receiving '
        'excellent treatment from doctors and medical professionals."'
    )
    assert quotes["speaker"].tolist() == ["Ian Krager", "Ian Krager"]
    quotes = _discovered_quotes(lede + "Another spokesperson, Ian Krager, declined to comment.")
    assert quotes["speaker"].tolist() == ["a spokesperson"]


def test_a_who_clause_after_an_apposition_is_the_named_person_s() -> None:
    """VOA, 14 December 2024 (tests/real/quotes/dev23): 'Representative Michael McCaul, a
    Republican from Texas, who posted on social media that he was "..."' went to the last speaker
    before it: the apposition hid the name before 'who'."""
    quotes = _discovered_quotes(
        'Pelosi\n\nHer spokesperson, Ian Krager, said that she is "receiving excellent treatment."'
        "\n\nAmong the members on the trip was Representative Michael McCaul, a Republican from "
        'Texas, who posted on social media that he was "praying for a speedy recovery" for Pelosi.'
    )
    assert quotes["speaker"].tolist() == ["Ian Krager", "Michael McCaul"]


def test_a_participle_has_no_subject_of_its_own_to_outrank_a_country() -> None:
    """A4, VOA, 18 December 2024 ('Sanctioned by China, Rubio confident in engaging Beijing',
    tests/real/quotes/dev23): 'China sanctioned Rubio, a longtime critic ..., citing what it
    described as "egregious behavior"' went to Rubio: a country as subject gives way to a person
    who is an earlier verb's subject, and the object before 'citing' was taken for its subject."""
    quotes = _discovered_quotes(
        "Rubio\n\nIn August 2020, China sanctioned Rubio, a longtime critic of the government in "
        'Beijing, along with others, citing what it described as "egregious behavior" related to '
        "“Hong Kong-related issues.”"
    )
    assert quotes["speaker"].tolist() == ["China", "China"]


def test_a_clause_after_a_full_stop_with_a_place_after_the_verb_reports() -> None:
    """A2, VOA, 10 November 2024 ('A Texas border county backed Democrats for generations; Trump
    won it decisively', tests/real/quotes/dev24): the report's typo 'families." Mireles said in
    Hidalgo County after Election Day.' left the quote to the last speaker before it, Ted Cruz."""
    quotes = _discovered_quotes(
        'Texas\n\n"There is nothing Latino about letting criminals roam free," Cruz said.\n\n'
        "Michael Mireles, the director of civil engagement for labor rights group La Unión del "
        'Pueblo Entero, believes that Democrats did not engage Hispanic voters enough.\n\n"I '
        "think that folks on the Democratic side have been really slow to have those "
        'conversations with Latino households and families." Mireles said in Hidalgo County after '
        'Election Day.\n\n"We can\'t wait for a big election to have those conversations."'
    )
    assert quotes["speaker"].tolist()[1:] == ["Michael Mireles", "Michael Mireles"]


def test_a_full_stop_then_a_sentence_of_its_own_is_no_reporting_clause() -> None:
    """The other side of the case above: after 'says' a clause of its own follows, so the
    sentence reports its own words and not the quote's."""
    quotes = _discovered_quotes(
        'Talks\n\nThe foreign minister said, "We want good relations between neighbours." '
        "Croatian Prime Minister Ivo Sanader says he does not expect relations to worsen."
    )
    assert quotes["speaker"].tolist() == ["the foreign minister"]


def test_a_name_and_its_age_after_a_quote_missing_its_comma_speaks() -> None:
    """A2, the same report (tests/real/quotes/dev24): '"... I would not call myself a
    Republican" Borrego, 37, said.' has no comma before the closing mark, and the age between the
    name and the verb hid the clause, so the quote went to the voter quoted before."""
    quotes = _discovered_quotes(
        'Texas\n\n"I felt that going Republican was the better choice," said Luis Meza, a '
        "32-year-old Starr County voter.\n\nIn McAllen, Texas, Jose Luis Borrego said that "
        "inflation made him vote for a Republican presidential candidate for the first time.\n\n"
        "\"I wanted to see change and that's why I did vote for Trump. I did vote red. I would not "
        'call myself a Republican" Borrego, 37, said.'
    )
    assert quotes["speaker"].tolist() == ["Luis Meza", "Jose Luis Borrego"]


def test_a_subject_left_out_after_and_and_a_time_phrase_is_the_sentence_s() -> None:
    """A7, VOA, 20 December 2024 ('Elon Musk considers funding Nigel Farage's Reform UK party',
    tests/real/quotes/dev24): 'Musk has compared ..., and during summer anti-immigrant violence
    across the U.K. tweeted that "civil war is inevitable."' gave the words to the U.K."""
    quotes = _discovered_quotes(
        "Musk\n\nMusk has compared British attempts to weed out online misinformation to the "
        "Soviet Union, and during summer anti-immigrant violence across the U.K. tweeted that "
        "“civil war is inevitable.”"
    )
    assert quotes["speaker"].tolist() == ["Musk"]
    named = _discovered_quotes(
        "Musk\n\nMusk has compared British attempts to the Soviet Union, and after the vote "
        "Starmer said that “civil war is not inevitable.”"
    )
    assert named["speaker"].tolist() == ["Starmer"]


def test_according_to_an_official_who_spoke_is_the_official() -> None:
    """A9, VOA, 27 November 2024 ('US imposes sanctions on 21 top Venezuelan officials over
    election crackdown', tests/real/quotes/dev24): 'The Biden administration, according to a
    senior official who spoke to reporters on Wednesday, has given "..."' took 'spoke' for the
    administration's verb."""
    quotes = _discovered_quotes(
        "Sanctions\n\nThe Biden administration, according to a senior official who spoke to "
        "reporters on Wednesday, has given “Nicholas Maduro and his representatives every "
        "opportunity to do the right thing.”"
    )
    assert quotes["speaker"].tolist() == ["a senior official"]


def test_a_pronoun_after_a_long_quote_looks_back_past_the_quote_s_sentences() -> None:
    """VOA, 11 November 2024 ('Young Black, Latino men say they chose Trump ...',
    tests/real/quotes/dev25): the four sentences of David Means's quote used up the five
    sentences a pronoun looks back, so 'he said' went to the last man named, Trump."""
    quotes = _discovered_quotes(
        "Voters\n\nDavid Means, a purchasing manager in Atlanta who is Black, abstained from voting "
        "in the election because he did not feel either Harris or Trump was making the right "
        "appeals to Black men. But the results of the election did not disappoint him.\n\n"
        "\"I'm satisfied with the result. I don't feel slighted. I wasn't let down. I wasn't "
        'pulling for Trump or Kamala, but I did not want a woman in that position," he said.'
    )
    assert quotes["speaker"].tolist() == ["David Means"]


def test_a_man_the_model_calls_a_body_is_a_person_by_his_age_and_his_job() -> None:
    """The same report: 'For DaSean Gallishaw, a consultant in Fairfax, Virginia,' and
    'Gallishaw, 25, who is Black,' were a body to the model, so 'he said' found no man but Trump."""
    quotes = _discovered_quotes(
        "Voters\n\nFor DaSean Gallishaw, a consultant in Fairfax, Virginia, a vote for Trump was "
        "rooted in what he saw as Democrats' rhetoric not matching their actions.\n\n"
        "Gallishaw, 25, who is Black, also voted for Trump twice before. This year, he said, he "
        'thought the former president\'s "minority community outreach really showed up."'
    )
    assert quotes["speaker"].tolist() == ["DaSean Gallishaw"]


def test_the_defense_in_a_trial_speaks() -> None:
    """F4, VOA, 13 November 2024 ('Jack Teixeira, who leaked Pentagon documents, sentenced to 15
    years in prison', tests/real/quotes/dev25): 'the defense wrote in their sentencing
    memorandum' named no one to F4, so the quote had no speaker."""
    quotes = _discovered_quotes(
        "Sentence\n\nBut the defense wrote in their sentencing memorandum earlier that the 11 "
        'years is a "serious and adequate to account for deterrence considerations."'
    )
    assert quotes["speaker"].tolist() == ["the defense"]


def test_a_closing_clause_that_goes_on_with_a_participle_names_the_speaker() -> None:
    """A14, VOA, 16 November 2024 ('Ahead of his meeting with Biden, Xi champions free trade',
    tests/real/quotes/dev25): ', Biden said, stressing ...' after a short quote counted as a
    clause that a quote follows, so "most important" had no speaker."""
    quotes = _discovered_quotes(
        "Summit\n\nChinese President Xi Jinping met U.S. President Joe Biden on Saturday.\n\n"
        'The U.S.-China relationship is the "most important" in the world, Biden said, stressing '
        "both leaders’ responsibility not to allow competition to veer into conflict."
    )
    assert quotes["speaker"].tolist() == ["Joe Biden"]


def test_a_body_s_which_clause_with_a_reporting_verb_gives_the_body_s_words() -> None:
    """C7, VOA, 23 December 2024 ('Biden commutes sentences of 37 federal death row inmates',
    tests/real/quotes/dev26): the quote inside ', which says it' went to the sentence's subject,
    China. The guard is VOA, 15 February 2025 (tests/real/quotes/dev9): a gloss is no speech."""
    quotes = _discovered_quotes(
        "Executions\n\nChina leads the world in imposing thousands of death sentences each year, "
        "according to the non-partisan Death Penalty Information Center, which says it “does not "
        "take a position on the death penalty itself but is critical of problems in its "
        "application.”\n\n"
        "The U.S. has been training elite Somali forces known as Danab, which means “lightning.” "
        "So far, there has been no publicly known change of US security support to Somalia."
    )
    assert quotes["speaker"].tolist() == ["Death Penalty Information Center", ""]


def test_an_unnamed_group_after_with_and_an_ing_verb_speaks() -> None:
    """A12, VOA, 25 November 2024 ('$300B COP29 climate deal sparks outrage, hope',
    tests/real/quotes/dev27): the quote after 'with some national representatives calling'
    went to the sentence's subject, written as 'Spirited'."""
    quotes = _discovered_quotes(
        "Deal\n\nSpirited disappointment and rage from Global South countries was expressed at "
        "the closing plenary, with some national representatives calling adoption of the new "
        "funding package “insulting.”"
    )
    assert quotes["speaker"].tolist() == ["some national representatives"]


def test_an_office_no_one_holds_is_the_person_the_next_paragraph_introduces() -> None:
    """VOA, 23 December 2024 ('Biden gives life sentences ...', tests/real/quotes/dev26) and
    4 November 2024 ('UN confronts Russia ...', dev3): the office speaks first and its holder
    is named, bare or with that office as title, in the next paragraph's reporting clause."""
    quotes = _discovered_quotes(
        "Ruling\n\nThe executive director of the American Civil Liberties Union described "
        "Biden’s decision as “the most consequential step of any president in our history.”\n\n"
        "“With a stroke of his pen, the President locks in his legacy,” said Anthony D. Romero, "
        "in a statement."
    )
    assert quotes["speaker"].tolist() == ["Anthony D. Romero", "Anthony D. Romero"]
    envoy = _discovered_quotes(
        "Council\n\nSouth Korea’s envoy said Pyongyang is acting in a “more desperate and "
        "dangerous” way recently.\n\n“And now the desperate DPRK is demanding more sacrifices "
        "from its own people,” said Ambassador JoonKook Hwang."
    )
    assert envoy["speaker"].tolist() == ["JoonKook Hwang", "JoonKook Hwang"]


def test_an_office_stays_as_written_when_the_next_speaker_has_his_own() -> None:
    """VOA, 11 December 2024 ('How foreign policy is made ...', dev4): the professor named with
    his own apposition next is not the national security adviser."""
    quotes = _discovered_quotes(
        "Crisis\n\nThe national security adviser said the meeting was “urgent and long.”\n\n"
        "“You've got no time,” said Gordon Adams, an emeritus professor at American University."
    )
    assert quotes["speaker"].tolist()[0] == "the national security adviser"


def test_a_quote_nested_in_the_same_marks_stays_inside_its_quote() -> None:
    """Digital.gov, 30 July 2015 ('Picking Up the “Slack” for Team Communication',
    tests/real/quotes/dev28): the inner “Facebook” closed the outer quote's span."""
    quotes = _discovered_quotes(
        "Slack\n\n“What I like most about Slack is the search capability,” said Bethany "
        "McDaniel, Web Content and Social Media Manager for the Georgia Technology Authority. "
        "“For example, I can just search “Facebook” and every conversation I had about "
        "Facebook pops up.”"
    )
    assert quotes["quote"].tolist()[1] == (
        "For example, I can just search “Facebook” and every conversation I had about "
        "Facebook pops up."
    )
    assert quotes["speaker"].tolist() == ["Bethany McDaniel", "Bethany McDaniel"]


def test_a_second_opening_mark_with_one_close_after_it_is_a_new_quote() -> None:
    """Digital.gov, 30 July 2015 (dev28): a first quote whose closing mark is missing leaves the
    next quote, opened with its own mark, a quote of its own (and the first one ends at the comma
    before its reporting clause)."""
    quotes = _discovered_quotes(
        "Slack\n\n“It’s a great way to keep our conversations in one place, said Kasia Galica, "
        "the team's lead. “It also helps with version control.”"
    )
    assert quotes["quote"].tolist() == [
        "It’s a great way to keep our conversations in one place,",
        "It also helps with version control.",
    ]


def test_a_colon_ending_a_paragraph_introduces_only_a_quote_that_opens_the_next() -> None:
    """C2 and C4, Digital.gov, 23 February 2016 ('The Benefits of Being Push-y',
    tests/real/quotes/dev29): the second piece of a split quote in a paragraph that a sentence of
    the reporter's opens went to 'Below', the subject of the paragraph before ('Below are a few
    highlights:')."""
    quotes = _discovered_quotes(
        "Push\n\nA developer for OPM Alert said that the team considered several options.\n\n"
        "Through observation the team has identified several issues since launching the app. "
        "Below are a few highlights:\n\n"
        "Never underestimate how quickly your app can be adopted. “Luckily, we were going on "
        "the side of assuming far too aggressive adoption, but it still surpassed our "
        "expectations,” the developer said. “We over planned and could accommodate. I thought "
        "50,000 downloads in the 1st year would be a win; in the first year, we had 200,000 "
        "downloads.”"
    )
    assert quotes["speaker"].tolist() == ["a developer", "a developer"]
    assert quotes["method"].tolist()[1] == "C4"


def test_a_definite_description_takes_the_first_one_whose_owner_holds_its_words() -> None:
    """Resolution, Digital.gov, 23 February 2016 ('The Benefits of Being Push-y',
    tests/real/quotes/dev29): 'the OPM developer' stayed as written, apart from 'A developer for
    OPM Alert' who was introduced two paragraphs before."""
    quotes = _discovered_quotes(
        "Push\n\nA developer for OPM Alert said that the app development team considered several "
        "notification options before deciding on push.\n\n"
        "“There is no reason to do this app without the push,” the OPM developer said."
    )
    assert quotes["speaker"].tolist() == ["a developer"]
    other = _discovered_quotes(
        "Push\n\nA developer for OPM Alert said that the team considered several options.\n\n"
        "“There is no reason to wait,” the NASA developer said."
    )
    assert other["speaker"].tolist() == ["the NASA developer"]


def test_a_user_name_after_the_verb_speaks_before_a_phrase_with_under() -> None:
    """A1, Digital.gov, 13 June 2019 ('Building Trust with Users Through Open Communication and
    Feedback', tests/real/quotes/dev29): 'posted the_moongirl under her two-star app rating'
    named no one, as the name is in lower case and 'under' did not end the speaker's phrase."""
    quotes = _discovered_quotes(
        "Trust\n\n“Hello developers,” posted the_moongirl under her two-star app rating in the "
        "App Store in early 2019, “I am a meteorologist and had been recommending this app to all "
        "of my friends.”"
    )
    assert quotes["speaker"].tolist() == ["the_moongirl", "the_moongirl"]
    named = _discovered_quotes(
        "Trust\n\n“Hello developers,” posted Mary Jones under her two-star app rating."
    )
    assert named["speaker"].tolist() == ["Mary Jones"]


def test_the_office_holder_introduced_next_may_come_after_any_reporting_verb() -> None:
    """Resolution: the verbs before the holder's name are those of data/reporting_verbs.csv, not
    four written into the rule ('wrote', as 'said' in the VOA report of 23 December 2024,
    tests/real/quotes/dev26)."""
    quotes = _discovered_quotes(
        "Ruling\n\nThe executive director of the American Civil Liberties Union described "
        "Biden’s decision as “the most consequential step of any president in our history.”\n\n"
        "“With a stroke of his pen, the President locks in his legacy,” wrote Anthony D. Romero "
        "in a statement."
    )
    assert quotes["speaker"].tolist() == ["Anthony D. Romero", "Anthony D. Romero"]


def test_a_share_of_a_group_speaks_as_written() -> None:
    """A4 and A12, Digital.gov, 24 October 2014 ('Use Metrics to Drive Success',
    tests/real/quotes/dev29): '100% of survey respondents said' gave the quote to the last person
    quoted, and 'FY14 numbers were similar ..., with 93% of respondents saying' to 'FY14'. The
    annotator called both scare quotes (survey wording), with the respondents' as the
    alternative; the code now gives the respondents, not a name they never spoke."""
    quotes = _discovered_quotes(
        "Metrics\n\nAlistair Croll said that “metrics matter a lot for all of us here.”\n\n"
        "During the 2013 Fiscal Year, 100% of survey respondents said they would “recommend us "
        "to a friend” and 93% said they would participate again.\n\n"
        "FY14 numbers were similar to our pilot year, with 93% of respondents saying they “would "
        "recommend us to a friend” and 100% willing to participate again."
    )
    assert quotes["speaker"].tolist()[1:] == ["100% of survey respondents", "93% of respondents"]


def test_a_quote_with_no_cue_is_the_one_person_its_paragraph_names() -> None:
    """C10, Digital.gov, 3 June 2014 ('Harnessing the Power of Many—DigitalGov Summit Recap',
    tests/real/quotes/dev30): a quote closing a paragraph about Lakshmi Grama, with no verb of
    its own, went to Obama, quoted in the paragraph before."""
    quotes = _discovered_quotes(
        "Summit\n\n“The challenges are real,” said Parcell, who quoted President Obama’s famous "
        "salmon quandary: “The Interior Department is in charge of salmon while they’re in fresh "
        "water,” Obama said.\n\n"
        "Lakshmi Grama, Senior Digital Content Strategist at the National Cancer Institute, knows "
        "this from her recent spearheading of a working group. She knew it was not something "
        "that just one group could solve. “When people find value, they’ll work together.”\n\n"
        "According to Parcell, both approaches can work. When you use a bottom-up approach, “if "
        "you can find the things people are interested, you can get more people involved.”"
    )
    assert quotes["speaker"].tolist()[2:] == ["Lakshmi Grama", "Parcell"]
    assert quotes["method"].tolist()[2:] == ["C10", "C10"]


def test_a_person_named_only_as_an_owner_does_not_take_a_quote_with_no_cue() -> None:
    """C10's guard, VOA, 7 February 2025 (tests/real/quotes/dev9): 'Trump's pressure campaign'
    names Trump as an owner, not as the person the paragraph is about."""
    quotes = _discovered_quotes(
        "Iran\n\n“It is a serious step,” said Elliott Abrams.\n\n"
        "Another new feature of Trump's pressure campaign is its order to “modify or rescind "
        "sanctions waivers that provide Iran any degree of economic relief.”"
    )
    assert "C10" not in quotes["method"].tolist()


def test_a_verb_and_name_after_a_quote_with_no_comma_before_its_mark_attribute_it() -> None:
    """A1, Digital.gov, 7 April 2021 ('Using Chatbots To Improve Customer Experience',
    tests/real/quotes/dev30): '... less than two minutes” said Burl.' went to the speaker of the
    paragraph before, as the quote ends with no comma."""
    quotes = _discovered_quotes(
        "Chatbots\n\n“It starts with research,” said Marietta Jelks, USA.gov research lead.\n\n"
        "TSA social media manager Janis Burl said that her team broke down the questions.\n\n"
        "The bot has dramatically reduced answering time.\n\n"
        "“When we first started we had a 1.5 hour wait time just to answer a question. Now our "
        "time to reply and answer a question is less than two minutes” said Burl."
    )
    assert quotes["speaker"].tolist() == ["Marietta Jelks", "Janis Burl"]


def test_as_someone_put_it_reports_the_quote_after_it() -> None:
    """A4 (data/reporting_verbs.csv), 18F's blog, 22 December 2015 ('U.K. digital service visits
    U.S. to begin series of exchanges', tests/real/quotes/dev31): 'Or as Chris Ferguson, Director
    of GDS’s digital group, recently put it, “...”' named no speaker."""
    quotes = _discovered_quotes(
        "Visit\n\nOr as Chris Ferguson, Director of GDS’s digital group, recently put it, “Get on "
        "with it and demonstrate that you are there to get things done.”"
    )
    assert quotes["speaker"].tolist() == ["Chris Ferguson"]
    assert quotes["cue"].tolist() == ["put it"]


def test_a_word_quoted_before_cards_is_a_label() -> None:
    """N7 (data/label_nouns.txt), 18F's blog, 27 May 2015 ('Dan Brown: The art of conflict in
    design process', tests/real/quotes/dev31): the names of a game's cards went to Dan Brown."""
    quotes = _discovered_quotes(
        "Design\n\nDuring his talk, Brown asked audience members to draw “situation” cards from "
        "the deck before discussing “pattern” card solutions."
    )
    assert quotes["kind"].tolist() == ["scare", "scare"]


def test_a_quote_only_paragraph_after_a_pronoun_clause_is_that_pronouns() -> None:
    """C5, 18F's blog, 17 June 2015 ('What Estonia can teach us about government records',
    tests/real/quotes/dev32): a paraphrase ending '..., he said.' had no named clause, so the
    paragraph of one quote after it went to the last man quoted before (Yuda), not to Kütt."""
    quotes = _discovered_quotes(
        "Estonia\n\n“We have lost the ability to go back to paper,” said Andres Kütt, chief "
        "architect of Estonia’s Information System Authority.\n\n"
        "“We see the same thing in our work,” said John Yuda, an 18F senior product design "
        "advisor.\n\n"
        "At one point, Kütt shared a story he heard at MIT. An architect’s work is like trying to "
        "move a horse by blowing on its tail, he said.\n\n"
        "“If you do it just right, the horse is going to move.”"
    )
    assert quotes["speaker"].tolist() == ["Andres Kütt", "John Yuda", "Andres Kütt"]
    assert quotes["method"].tolist()[-1] == "C5"


def test_a_surname_with_its_particle_written_on_is_the_speakers_name() -> None:
    """Speaker names, 18F's blog, 7 April 2015 ('ICYMI: #a11yhack accessibility awareness
    hackathon', tests/real/quotes/dev32): 'Alan deLevie, another organizer, ... saying, “...”'
    went to 'Alan', the name read up to the lower-case 'de'."""
    quotes = _discovered_quotes(
        "Hackathon\n\nAlan deLevie, another organizer, appreciated the diversity of attendance, "
        "saying, “It was great to have so many people in the same room.” He added, “When we talk "
        "about using technology to help people, it is important to include them.”"
    )
    assert quotes["speaker"].tolist() == ["Alan deLevie", "Alan deLevie"]


def test_a_middle_initial_is_no_article_in_a_speakers_name() -> None:
    """A1, 18F's blog, 20 September 2016 ('Mississippi brings agile and modular techniques to
    child welfare system contract', tests/real/quotes/dev32): the 'A.' of 'Dr. David A.
    Chandler' was read as the article 'A', so the name stopped at 'Dr. David' and both of his
    quotes lost their speaker."""
    quotes = _discovered_quotes(
        "Welfare\n\n“In the interest of serving the children of Mississippi, our team is working "
        "diligently,” said Dr. David A. Chandler, Commissioner of Mississippi Department of Child "
        "Protection Services. “Once fully implemented, this software solution will be a model.”"
    )
    assert quotes["speaker"].tolist() == ["David A. Chandler", "David A. Chandler"]


def test_a_word_whose_meaning_is_asked_is_mentioned_not_spoken() -> None:
    """N3, 18F's blog, 3 September 2015 ('Every Kid in a Park', tests/real/quotes/dev32): 'what
    “federal” meant' went to the last speaker, a children's design lab; 'the term' marks a
    word mentioned too."""
    quotes = _discovered_quotes(
        "Park\n\n“I'm so proud,” said Chris Goranson of the KidsTeam Lab.\n\n"
        "Word choice was a challenge, too. They also didn’t know what “federal” meant. They "
        "liked the term “grown-ups” better."
    )
    assert quotes["kind"].tolist()[1:] == ["scare", "scare"]
    assert quotes["method"].tolist()[1:] == ["N3", "N3"]


def test_shares_after_a_quote_reports_it() -> None:
    """A2 (data/reporting_verbs.csv), Digital.gov, 30 June 2014 ('Is It Tweet-Worthy?',
    tests/real/quotes/dev34): '“For us it’s visuals, visuals, visuals,” Jason Townsend, NASA’s
    Deputy Social Media Managers, shares.' had no reporting verb, so the quote went on to the
    speaker of the paragraph before. Only 'shares' counts: 'shared' is as often an adjective
    ('shared priorities')."""
    quotes = _discovered_quotes(
        "Tweets\n\n“People love them,” says Jessica Milcetich of GSA.\n\n"
        "“For us it’s visuals, visuals, visuals,” Jason Townsend, NASA’s Deputy Social Media "
        "Managers, shares. Their partners shared priorities, “across the agency.”"
    )
    assert quotes["speaker"].tolist()[:2] == ["Jessica Milcetich", "Jason Townsend"]
    assert quotes["cue"].tolist()[1] == "share"


def test_the_clause_between_two_quotes_of_a_sentence_attributes_both() -> None:
    """C11, Digital.gov, 28 September 2021 ('Digital Meets Culture', tests/real/quotes/dev35):
    'Think of it as an “iceberg,” suggests Special Assistant for Organizational Development
    Ann-Marie Regan of the Walter Reed National Military Medical Center, “what you see ...”' gave
    the second quote to 'Think', taken for the sentence's subject; an opening verb ('Look') did
    the same. The clause between the quotes is the speaker's; a second clause with 'that' is not
    one clause."""
    quotes = _discovered_quotes(
        "Culture\n\nThink of it as an “iceberg,” suggests Special Assistant for Organizational "
        "Development Ann-Marie Regan of the Walter Reed National Military Medical Center, “what "
        "you see above the waterline would be the behaviors and attitudes.” The rest is hidden.\n\n"
        "Look at it as a “tree,” said Jane Smith, “what you see above the ground would be the "
        "branches.”\n\n“It works,” Bob Jones said, adding that the board told him, “we will pay "
        "for it next year.”"
    )
    assert quotes["speaker"].tolist()[:4] == ["Ann-Marie Regan"] * 2 + ["Jane Smith"] * 2
    assert quotes["method"].tolist()[1:4:2] == ["C11", "C11"]
    assert quotes["kind"].tolist()[1:4:2] == ["continuation", "continuation"]
    assert quotes["method"].tolist()[5] != "C11"


def test_a_quote_left_open_ends_at_its_reporting_clause() -> None:
    """Quote marks, Digital.gov, 2 September 2015 ('DigitalGov Summit Recap: No Longer the Team
    of No', tests/real/quotes/dev35) and 30 July 2015 ('Picking Up the “Slack” for Team
    Communication', dev28): in '“I don’t like ... til the last minute, said Kimberly Hennings,
    ... “We want to help. ...,” she explained.' the first closing mark is missing, and the quote
    was skipped. It ends at the comma before its reporting clause, with a warning; with no
    clause the mark is skipped as before."""
    text = (
        "Summit\n\n“I don’t like to have the helpless feeling where we can’t help the business "
        "because they waited til the last minute, said Kimberly Hennings, division director at "
        "the U.S. Department of Agriculture. “We want to help. We just have different "
        "perspectives,” she explained.\n\n“It never closes, and nobody speaks. “Here all is "
        "fine,” Roa added."
    )
    quotes = _discovered_quotes(text)
    assert len(quotes) == 3
    assert quotes["quote"].iloc[0].endswith("til the last minute,")
    assert quotes["speaker"].tolist()[:2] == ["Kimberly Hennings", "Kimberly Hennings"]
    problems = quote_mark_warnings(parse_article(text))["problem"].tolist()
    assert problems == [
        "opening quote mark never closed; ended at the reporting clause after it",
        "opening quote mark never closed; skipped",
    ]


def test_said_and_a_title_with_for_and_an_initial_gives_the_person() -> None:
    # Digital.gov, 11 January 2016 ("Tapping ‘Teen Power’ — Challenging Youth with Prize
    # Competitions"), in tests/real/quotes/dev36: the title goes on past 'for', and the initial's
    # full stop ends no clause; the quotes had gone to the speaker quoted before.
    quotes = _discovered_quotes(
        "Teen Power\n\n“The profound and unique advantage of this type of challenge is that the "
        "House of Representatives has a presence in every corner of the country,” said Rhianon "
        "Anderson, executive director for the challenge.\n\n“The wonders of nanotechnology are "
        "inspiring an increasing number of young students to pursue science and engineering,” "
        "said NSF Senior Advisor for Science and Engineering Mihail C. Roco. “The Generation Nano "
        "competition recognizes and channels that interest.”"
    )
    assert quotes["speaker"].tolist() == ["Rhianon Anderson", "Mihail C. Roco", "Mihail C. Roco"]


def test_a_relative_clause_no_comma_closes_belongs_to_its_antecedent() -> None:
    # Digital.gov, 3 September 2014 ("To Learn About reddit, Listen First"), in
    # tests/real/quotes/dev36: "who can ... moderate an AMA says," has no closing comma, so the
    # verb is Taylor's, not the AMA's.
    quotes = _discovered_quotes(
        "Reddit\n\nVictoria Taylor is director of communications at reddit.\n\nThe AMA format is "
        "a freeform, live question and answer session on the Internet. Taylor, who can assist "
        "agencies to set up and moderate an AMA says, “AMA is like playing roulette.”"
    )
    assert quotes["speaker"].tolist() == ["Victoria Taylor"]


def test_a_quote_after_a_paraphrase_with_an_apposition_is_the_paraphrased_speakers() -> None:
    # Digital.gov, 3 September 2014 ("To Learn About reddit, Listen First"), in
    # tests/real/quotes/dev36: after "X, director of ..., said the point of ...", the noun after
    # the verb is the report's subject, not its speaker.
    quotes = _discovered_quotes(
        "Reddit\n\nAt an Aug. 7 brown-bag presentation at GSA, Victoria Taylor, director of "
        "communications at reddit, said the point of posting to reddit is not to have content go "
        "viral; it is to build credibility. “You want your username to earn recognition and "
        "trust.”"
    )
    assert quotes["speaker"].tolist() == ["Victoria Taylor"]


def test_a_verb_after_to_before_its_object_is_no_label() -> None:
    # VOA, 25 February 2025 ("House speaker secures budget votes"), in tests/real/quotes/dev10:
    # "working to “slash and burn” programs" quotes Jeffries' verb, not a programme's label (N7).
    quotes = _discovered_quotes(
        "House\n\nHouse Democratic Leader Hakeem Jeffries said Republicans are working to “slash "
        "and burn” programs such as veterans’ benefits, food assistance, and health care for "
        "lower-income people.\n\nThe party backed an “America first” agenda."
    )
    assert quotes["speaker"].tolist()[0] == "Hakeem Jeffries"
    assert quotes["method"].tolist()[1] == "N7"


def test_a_quote_followed_by_as_and_a_reporting_clause_is_its_speakers() -> None:
    # Digital.gov, 17 July 2015 ("Is It Time to Try Medium?"), in tests/real/quotes/dev37: with no
    # comma after the mark, the quote had gone to "some agencies", the subject before it (A2).
    quotes = _discovered_quotes(
        "Medium\n\nSome agencies focus on feature article and special reports (“things you’ve "
        "already worked hard on” as the National Science Foundation’s Jessica Arriens says) while "
        "others post more frequently and with looser criteria."
    )
    assert quotes["speaker"].tolist() == ["Jessica Arriens"]
    assert quotes["method"].tolist() == ["A2"]


def test_this_is_how_after_a_quote_names_its_speaker() -> None:
    # Digital.gov, 17 July 2015 ("Is It Time to Try Medium?"), in tests/real/quotes/dev37: the
    # quote had gone to Medium, the last body named, as a quote with no cue (C8).
    quotes = _discovered_quotes(
        "Medium\n\nJared Benoff at the Department of Labor says Medium helps the agency expand its "
        "footprint.\n\nSimple Design\n\n“A better way to tell a beautiful story.” This is how "
        "Labor’s Jared Benoff describes the key benefit of Medium. Notice there are two sides to "
        "this selling point."
    )
    assert quotes["speaker"].tolist() == ["Jared Benoff"]
    assert quotes["method"].tolist() == ["A2"]


def test_a_verb_form_that_reports_nothing_ends_no_sentence_with_a_speaker() -> None:
    # Digital.gov, 29 August 2016 ("Smithsonian Learning Lab"), in tests/real/quotes/dev37:
    # "notes", the object of "to add", had made "the ability to add" the speaker of "hotspot" (A14).
    quotes = _discovered_quotes(
        "Lab\n\nInteractive tools like “hotspot” annotations, the ability to add notes, and "
        "built-in customizable assessments allow teachers and students to examine objects."
    )
    assert quotes["speaker"].tolist() == [""]
    assert quotes["kind"].tolist() == ["scare"]


def test_one_word_in_a_later_sentence_with_no_pronoun_is_a_scare_quote() -> None:
    # Digital.gov, 29 August 2016 ("Smithsonian Learning Lab"), in tests/real/quotes/dev37: the
    # writer plays on the quoted motto's words; they had gone to its speaker (C8).
    quotes = _discovered_quotes(
        "Lab\n\nThe director said: “The increase and diffusion of knowledge.” The “increasing” is "
        "arguably the straightforward part."
    )
    assert quotes["kind"].tolist() == ["full", "scare"]
    assert quotes["method"].tolist()[1] == "N6"


def test_a_verb_after_whether_reports_nothing() -> None:
    # VOA, 28 February 2025 ("Starmer seeks to project unity with Trump"), in tests/real/quotes/dev8:
    # "the king expressed", asked about, had made "a reporter's question on whether the king" the
    # man who then "said" the quote.
    quotes = _discovered_quotes(
        "Starmer\n\nKeir Starmer underscored a state visit invitation by the king to Donald Trump."
        "\n\nHe dismissed a reporter's question on whether the king expressed any concerns "
        "about Trump's plans to annex Canada.\n\n\"I think you're trying to find a divide between "
        "us that doesn't exist,\" he said."
    )
    assert quotes["speaker"].tolist() == ["Keir Starmer"]


def test_a_family_speaks_by_its_surname() -> None:
    # VOA, 21 January 2025 ("Taliban free 2 Americans in prisoner swap"), in tests/real/quotes/dev7:
    # "his family stated" had no speaker, and "Corbett’s family" stayed as written.
    quotes = _discovered_quotes(
        "Swap\n\nRelatives identified them as Ryan Corbett, 42, and William Wallace McKenty, 69."
        "\n\n“Today, our hearts are filled with overwhelming gratitude,” his family stated "
        "Tuesday.\n\n“It was our hope that Ryan would be returned,” Corbett’s family stated."
    )
    assert quotes["speaker"].tolist() == ["Corbett family", "Corbett family"]


def test_a_name_inside_the_subjects_relative_clause_does_not_speak() -> None:
    # VOA, 1 November 2024 ("Exclusive: Looking into the case of an American jailed in Iran"), in
    # tests/real/quotes/dev2, and 5 February 2025 ("Analysts: American Iron Dome ..."), in dev5:
    # VOA and Tass are the objects of "who sent" and "quoted by", not the ones who said.
    quotes = _discovered_quotes(
        "Iran\n\nThe State Department spokesperson who sent the statement to VOA said the agency "
        '"continuously monitors the circumstances surrounding the detentions."\n\nA top Russia '
        "diplomat quoted by the state news agency Tass on Thursday said America’s Iron Dome “puts "
        "an end to the prospects of strategic offensive arms reduction.”"
    )
    assert quotes["speaker"].tolist() == ["State Department", "a top Russia diplomat"]


def test_yelled_and_summarised_are_reporting_verbs() -> None:
    # Wikinews, 29 March 2009 and 3 April 2008, in tests/real/quotes/dev38: the first quote had
    # gone to a master gardener named before (C4), the second had no speaker.
    quotes = _discovered_quotes(
        'Gardens\n\nThe Obamas plan to grow over 55 varieties of vegetables. "Let\'s dig in!" '
        'yelled Mrs. Obama as they broke ground on the garden.\n\n"Africa is ready for Dublin," '
        "summarised Zambian delegate Robert Mtonga, referring to the upcoming meeting."
    )
    assert quotes["speaker"].tolist() == ["Obama", "Robert Mtonga"]
    assert quotes["cue"].tolist() == ["yell", "summarise"]


def test_a_name_after_said_keeps_its_generation() -> None:
    # Wikinews, 13 July 2006 ("Elmwood Village Hotel proposal ... withdrawn"), in
    # tests/real/quotes/dev38: the full stop of 'Jr.' was cut as a sentence end, and the speaker
    # written as 'Dominic J. Bonifacio Jr' matched no actor.
    quotes = _discovered_quotes(
        "Hotel\n\n\"I don't think it was a rush job,\" said Dominic J. Bonifacio Jr., the council's "
        "Majority Leader."
    )
    assert quotes["speaker"].tolist() == ["Dominic J. Bonifacio Jr."]


def test_a_name_after_said_and_a_title_with_of_and_a_comma() -> None:
    # Wikinews, 13 July 2006, in tests/real/quotes/dev38: 'President' alone, resolved to nothing,
    # left the quote with no speaker (F2).
    quotes = _discovered_quotes(
        'Hotel\n\nThe hotel will be 72 rooms. "We\'ll start over with a clean slate," said '
        "President of Savarino Construction, Sam Savarino. The design will not change."
    )
    assert quotes["speaker"].tolist() == ["Sam Savarino"]


def test_the_first_person_after_said_when_a_town_after_from_is_taken_for_one() -> None:
    # Wikinews, 18 February 2009 ("20,000 Californian state workers may lose their jobs"), in
    # tests/real/quotes/dev38: the recogniser called Temecula a person, so the clause named no
    # one and the quote went on as Abel Maldonado's (C4).
    quotes = _discovered_quotes(
        'Budget\n\n"People don\'t realize where California is at," said Republican state senator '
        'Abel Maldonado. "The people of California don\'t want more taxes," added Republican '
        "state senator Dennis Hollingsworth from Temecula."
    )
    assert quotes["speaker"].tolist() == ["Abel Maldonado", "Dennis Hollingsworth"]


def test_a_name_after_said_then_a_description_with_no_comma() -> None:
    # Wikinews, 29 March 2009 ("'Recession gardens' replace victory gardens"), in
    # tests/real/quotes/dev38: the quote had gone on as the master gardener's before it (C4).
    quotes = _discovered_quotes(
        "Gardens\n\nSome of the increase is due to people wanting to know what goes onto their "
        'vegetables. "It tastes far better than what you can purchase in a store," said Beverly '
        "Bernhard a veteran gardener from Iowa."
    )
    assert quotes["speaker"].tolist() == ["Beverly Bernhard"]


def test_a_name_then_a_capitalised_title_with_no_closing_comma_is_the_subject() -> None:
    # Wikinews, 19 February 2005 ("Airlines fight new EU passenger compensation legislation"), in
    # tests/real/quotes/dev38: 'European Commission spokeswoman' had made the Commission speak.
    quotes = _discovered_quotes(
        "Airlines\n\nMarja Quillinan-Meiland, European Commission spokeswoman has said that there "
        'are "grey areas" but added "these are not as big as the airlines are making out."'
    )
    assert quotes["speaker"].tolist() == ["Marja Quillinan-Meiland"] * 2


def test_according_to_between_the_verb_and_the_quote_names_the_speaker() -> None:
    # Wikinews, 13 July 2006 ("Elmwood Village Hotel proposal ... withdrawn"), in
    # tests/real/quotes/dev38: the words relayed from the owner's lawyer, and the site's, had gone
    # to Giacalone, the subject of 'replied' (A4), and to him as a quote with no cue (C8).
    quotes = _discovered_quotes(
        'Hotel\n\nArthur J. Giacalone is representing the residents. Giacalone replied "yes" '
        "and that according to attorney Bob Knoer, the Lawyer representing Hans Mobius, the owner "
        'of the properties, there is "no contract between Savarino" and that Mobius "plans to '
        'put the properties back on the market." A rally will be held. According to WNYmedia.net '
        'they "are tired of the anti development crowd in Western New York."'
    )
    assert quotes["speaker"].tolist() == [
        "Arthur J. Giacalone",
        "Bob Knoer",
        "Bob Knoer",
        "WNYmedia.net",
    ]


def test_a_name_after_a_description_and_its_who_clause() -> None:
    # Wikinews, 29 March 2009 ("'Recession gardens' replace victory gardens"), in
    # tests/real/quotes/dev38: the quote went to "a master gardener", as written.
    quotes = _discovered_quotes(
        'Gardens\n\nThe gardens helped to reduce the stress of food shortages. "People are out of '
        "work and have time,\" said a master gardener who volunteers at Ohio State University's "
        "Extension Service office, Fred Hanacek. The trend grew."
    )
    assert quotes["speaker"].tolist() == ["Fred Hanacek"]


def test_mrs_and_a_shared_surname_is_the_woman() -> None:
    # Wikinews, 29 March 2009, in tests/real/quotes/dev38: 'Mrs. Obama' took the first full name
    # that ends in Obama, the president's, and so did her 'she added'.
    quotes = _discovered_quotes(
        "Gardens\n\nThe new trend has also gotten the attention of president Barack Obama.\n\n"
        "Michelle Obama, the First Lady of the United States, broke ground on the new garden. "
        '"Let\'s hear it for vegetables," yelled Mrs. Obama as they broke ground on the garden. '
        '"I\'ve been able to have my kids eat so many different things," she added.'
    )
    assert quotes["speaker"].tolist() == ["Michelle Obama", "Michelle Obama"]


def test_a_clause_after_a_quote_that_leads_into_the_next_one_is_not_its_attribution() -> None:
    # Wikinews, 28 January 2008 ("UK allows corporations to award high school credits"), in
    # tests/real/quotes/dev38: the copy lost the minister's name, and the clause that introduces
    # the next quote, with no comma before it, had taken Gordon Brown's quote after his "saying,";
    # its title had been cut to the fragment "Innovation".
    quotes = _discovered_quotes(
        'UK\n\n"Once you have a qualification you can go anywhere," Brown said. He emphasized the '
        'importance of higher education, saying, "Every young person needs to think about going '
        'to college.", Secretary of State for Innovation, Universities and Skills, called the '
        'decision "an important step towards ending the old divisions".'
    )
    assert quotes["speaker"].tolist() == ["Brown", "Brown", "Secretary of State for Innovation"]


def test_the_writer_of_the_email_that_reads_a_quote_speaks() -> None:
    # Wikinews, 24 January 2007 ("Microsoft offers to pay blogger to 'correct' Wikipedia
    # article"), in tests/real/quotes/dev38: the quote had gone to Rick Jelliffe, the email's
    # addressee, and the email's next lines to "one of Wikipedia's core policies", the subject of
    # a passive 'must be written'.
    quotes = _discovered_quotes(
        "Microsoft\n\nMicrosoft employee Doug Mahugh contacted Rick Jelliffe, who is the top "
        "technical officer for Sydney computing company Topologi. “We feel that it would be best "
        "if a non-Microsoft person were the source of any corrections,” reads the email Microsoft "
        "employee Mahugh wrote to Jelliffe. One of Wikipedia's core policies is that articles must "
        'be written from a "neutral point of view" or NPOV.'
    )
    assert quotes["speaker"].tolist()[0] == "Doug Mahugh"
    assert quotes["speaker"].tolist()[1] != "one of Wikipedia's core policies"


def test_a_description_with_a_place_then_a_comma_and_a_name_gives_the_name() -> None:
    # Wikinews, 14 October 2009 ("US Senate panel approves healthcare reform bill"), in
    # tests/real/quotes/dev40: the quote and the next one had gone to the Republican party, the
    # one word of the description the actor layer knows.
    quotes = _discovered_quotes(
        'Senate\n\nCritics have said that the plan is too costly. "We can now see clearly that '
        'the bill continues its march leftward," said the senior Republican on the committee, '
        'Senator Charles Grassley. "This bill is already moving on a slippery slope."'
    )
    assert quotes["speaker"].tolist() == ["Charles Grassley", "Charles Grassley"]


def test_according_to_a_report_in_a_paper_gives_the_paper() -> None:
    # Wikinews, 13 April 2005 ("India-China border treaty hoped to improve ties"), in
    # tests/real/quotes/dev40: the quote had gone to "a report", which names no one.
    quotes = _discovered_quotes(
        'India\n\nThe two countries signed the treaty. India agreed also "not to allow Tibetans '
        'to carry out anti-China activities", according to a report in The Economic Times of '
        "India."
    )
    assert quotes["speaker"].str.startswith("Economic Times").tolist() == [True]


def test_a_quote_closed_with_no_comma_before_a_name_and_its_role_has_that_speaker() -> None:
    # Wikinews, 16 December 2005 ("US offers to eliminate duties on cotton, Africa says it's not
    # enough"), in tests/real/quotes/dev40: both quotes had gone on as the trade commissioner's
    # continuation; the name after the second one opens a sentence of its own.
    quotes = _discovered_quotes(
        'Cotton\n\n"We need to agree this week on additional disciplines," EU Trade Commissioner '
        'Peter Mandelson said. "Without subsidies they can\'t produce" Francois Traore, president '
        "of the African Cotton Producers Association, said. \"It's the US subsidies that are "
        "causing problems for our farmers.\" Mamadou Salissou Habi Niger's minister of trade said."
    )
    assert quotes["speaker"].tolist()[1:] == ["Francois Traore", "Mamadou Salissou Habi"]
    assert quotes["method"].tolist()[1:] == ["A2", "A2"]


def test_a_company_named_with_its_country_and_a_subject_after_however_speak() -> None:
    # Wikinews, 13 June 2008 ("UK drivers urged not to panic buy during fuel strike"), in
    # tests/real/quotes/dev41: the haulier the recogniser missed had become the United Kingdom,
    # and the union's quotes went to "However Unite".
    quotes = _discovered_quotes(
        'Strike\n\nHoyer UK, which employs tanker drivers for Shell, said, "We extended our offer '
        'to the very limits that our business could sustain." However Unite said in a press '
        'release that, "this dispute could have been resolved if Shell had advanced a fraction of '
        'the billions of pounds in profit they make every month".'
    )
    assert quotes["speaker"].tolist() == ["Hoyer UK", "Unite"]


def test_a_quote_ending_in_a_full_stop_then_a_titled_name_and_the_verb_is_that_name_s() -> None:
    # Wikinews, 17 August 2005 ("Canadian gasoline tops $1 a litre, politicians consider
    # options"), in tests/real/quotes/dev41: the quote had gone on as Cathy Hay's continuation.
    quotes = _discovered_quotes(
        'Gasoline\n\nCathy Hay said prices would rise. "It is just a matter of time," Hay said. '
        '"(Canadians) will basically grin and bear it and complain about it a lot." Bank of '
        'Montreal economist Doug Porter said. "So far we really haven\'t seen any response."'
    )
    assert quotes["speaker"].tolist() == ["Cathy Hay", "Doug Porter", "Doug Porter"]
    assert quotes["method"].tolist()[1] == "A2"


def test_a_name_after_a_comma_before_an_ing_verb_is_its_subject() -> None:
    # Wikinews, 27 March 2008 ("Ryanair executives' pay frozen over increased fuel costs"), in
    # tests/real/quotes/dev41: the quote had gone to Ryanair, the subject of the main clause.
    quotes = _discovered_quotes(
        "Ryanair\n\nRyanair's shares fell. O'Leary, who owns 4.2% of the airline, spoke. Ryanair "
        "is trying hard to reduce costs, O'Leary saying they were \"renegotiating airport "
        'contracts."'
    )
    assert quotes["speaker"].tolist() == ["O'Leary"]
    assert quotes["method"].tolist() == ["A6"]


def test_a_new_sentence_whose_verb_takes_that_does_not_attribute_the_quote_before_it() -> None:
    # Wikinews, 13 June 2008 ("UK drivers urged not to panic buy during fuel strike"), in
    # tests/real/quotes/dev41: the copy lost the full stop after the union's quote, and Shell's
    # own next sentence had taken it.
    quotes = _discovered_quotes(
        'Strike\n\nUnite said in a press release that, "this dispute could have been resolved", '
        "continuing to say, \"one of the world's richest companies is prepared to play Pontius "
        "Pilate rather than settle this dispute for a sum smaller than the chairman's pay "
        'increase last year" Shell admitted that the walkout could leave some of its 1,000 '
        "forecourts without fuel."
    )
    assert quotes["speaker"].tolist() == ["Unite", "Unite"]


def test_according_to_a_description_and_a_name_set_off_by_commas_gives_the_name() -> None:
    # Wikinews, 3 March 2007 ("Councilman: Buffalo, New York, USA police to stage 'sickout'"),
    # in tests/real/quotes/dev42: the place inside the description, Buffalo, had been read as the
    # source and dropped, leaving the quote with no speaker.
    quotes = _discovered_quotes(
        "Sickout\n\nAccording to one Buffalo, New York Common Council member, David Franczyk, the "
        'City of Buffalo Police force is staging a "sickout" on the weekend of St. Patricks Day.'
    )
    assert quotes["speaker"].tolist() == ["David Franczyk"]
    assert quotes["method"].tolist() == ["A9"]


def test_a_verb_right_before_according_to_keeps_its_own_subject() -> None:
    # The same article: the caller's words had gone to Franczyk, who only relayed them.
    quotes = _discovered_quotes(
        "Sickout\n\nFranczyk says he received a call from a man who said he was an officer. The "
        "caller also claimed, according to Franczyk, that his intentions are to get \"the nation's "
        'attention."'
    )
    assert quotes["speaker"].str.lower().tolist() == ["the caller"]


def test_a_statement_issued_by_a_titled_person_is_that_person_s() -> None:
    # Wikinews, 5 April 2005 ("China responds to US plan for import quotas"), in
    # tests/real/quotes/dev42: 'U.S.' had ended the clause, so the quote had no speaker, the
    # next went on as the administration's, and "the statement" stayed as written.
    quotes = _discovered_quotes(
        'Quotas\n\nThe U.S. administration cited a need to avoid "market disruption." "Free trade '
        'must be fair trade," read a statement issued by U.S. Commerce department spokeman Carlos '
        'M. Gutierrez. "The decision is the first step in a process." The statement also said the '
        'administration was "providing assistance to our domestic textile industry."'
    )
    assert quotes["speaker"].tolist()[1:] == ["Carlos M. Gutierrez"] * 3


def test_a_body_named_after_its_owner_s_possessive_speaks_alone() -> None:
    # Wikinews, 17 February 2008 ("California meat packing firm recalls 143m pounds of beef"), in
    # tests/real/quotes/dev42: the quote had gone to the department that owns the service.
    quotes = _discovered_quotes(
        "Beef\n\nThe United States Department of Agriculture (USDA) ordered a recall. The USDA's "
        "Food Safety and Inspection Service (FSIS) had determined that the beef products were "
        'unfit as the cattle had not received "complete and proper inspection." The USDA\'s Food '
        'Safety and Inspection Service said they had not received "a full inspection."'
    )
    assert quotes["speaker"].tolist() == ["Food Safety and Inspection Service"] * 2


def test_a_quote_after_a_reporter_s_sentence_with_its_own_verb_is_that_sentence_s() -> None:
    # Wikinews, 18 March 2008 ("Indonesia grounds Adam Air, may be permanently"), in
    # tests/real/quotes/dev43: the shareholder's quote had gone on as the official's, quoted
    # before it with a clause of his own, and then to the partner named in the aside.
    quotes = _discovered_quotes(
        'Adam Air\n\n"The ban takes effect today," said Budhi Mulyawan Suyitno, the official. Adam '
        "Air shareholder Adam Suherman - whose family owns half the airline alongside Sandra Ang - "
        "commented today that the situation with the shareholders had demoralised pilots. "
        '"That in turn made them less careful." He also said more.'
    )
    assert quotes["speaker"].tolist() == ["Budhi Mulyawan Suyitno", "Adam Suherman"]
    assert quotes["method"].tolist()[1] == "C3"


def test_a_capitalised_title_set_off_by_commas_is_no_speaker_and_a_comma_after_said_is_none() -> (
    None
):
    # Wikinews, 4 November 2006 ("Telecom New Zealand to sell Yellow Page Group"), in
    # tests/real/quotes/dev43: "Chief Executive" had been the speaker, and the expert's two quotes
    # had gone on as the chief executive's.
    quotes = _discovered_quotes(
        "Telecom\n\nTelecom will sell the directories. Theresa Gattung, Chief Executive of Telecom, "
        'said: "We expect that the sale should be completed this year." Analysts are warning '
        'Telecom. "It looks to me that it is a bit of a panic reaction," said, telecommunications '
        'expert, Paul Budde, "I think it\'s a short-term sort of strategy." Ms Gattung said more.'
    )
    assert quotes["speaker"].tolist() == ["Theresa Gattung", "Paul Budde", "Paul Budde"]


def test_a_quote_after_the_sentence_of_someone_who_applauded_is_theirs() -> None:
    # Wikinews, 4 July 2006 ("NSW fraud squad recognised in Singapore"), in
    # tests/real/quotes/dev43: 'applauded' was no reporting verb, so the quote had gone on as
    # the speaker quoted before.
    quotes = _discovered_quotes(
        "Fraud\n\nAssistant Commissioner Graeme Morgan from the State Crime Command said the award "
        'recognised the work of the squad. "These detectives are amongst the best in the world," '
        "he said. Detective Superintendent Colin Dyson, Commander of the fraud squad applauded his team for "
        "receiving the award. \"It's a reflection of the enthusiastic and thorough work of the "
        "squad.\" Visa's Executive Vice President, Bruce Mansfield, said that police play a role."
    )
    assert quotes["speaker"].tolist() == ["Graeme Morgan", "Colin Dyson"]


def test_a_pronoun_and_its_verb_after_a_quote_closed_with_no_comma_attribute_it() -> None:
    # Wikinews, 19 November 2009 ("Mobile operator Orange bills French doctor €160,000"), in
    # tests/real/quotes/dev43: 'It is' had made the quote the subject's, resolved to France.
    quotes = _discovered_quotes(
        "Orange\n\nJean-Paul Cottet, director of the business market for France, said that the "
        "number of problems were marginal. According to him, 4,000 professionals have opted for a "
        'package. It is "a 24/24 but not unlimited offer. There is a problem" he explained, '
        'listing about thirty such "absurd bills".'
    )
    assert quotes["speaker"].tolist()[0] == "Jean-Paul Cottet"


def test_according_to_a_pronoun_before_a_colon_is_the_person_it_points_to() -> None:
    # Wikinews, 26 April 2005 ("President Bush and Saudi Arabia's Prince Abdullah meet"), in
    # tests/real/quotes/dev44: the sentence's first word, "According", had been the speaker.
    quotes = _discovered_quotes(
        "Bush meets Abdullah\n\nThe Foreign Affairs adviser to the Crown Prince, Adel al-Jubeir, "
        'said that Saudi Arabia has the capacity to produce more oil. According to him: "We '
        'believe that the oil market is well supplied." The US president talked.'
    )
    assert quotes["speaker"].tolist() == ["Adel al-Jubeir"]
    assert quotes["speaker_text"].tolist() == ["him"]


def test_said_and_a_name_after_a_quote_closed_with_a_full_stop_and_no_comma() -> None:
    # Wikinews, 2 June 2009 ("Hydrogen fuel cell cars promoted in various states"), in
    # tests/real/quotes/dev44: the quote had gone on as the president's, named before it, and
    # the laboratory leader's to the next sentence's subject.
    quotes = _discovered_quotes(
        'Hydrogen cars\n\nPresident Barack Obama is proposing new fuel standards. "The '
        'likelihood of widespread use of fuel-cell vehicles in the next 10 to 20 years is low." '
        "said Tom Welch of the U.S. Department of Energy. A street cleaning vehicle is tested in "
        'Basel. "The vehicle has been running well for months." said Empa\'s Internal Combustion '
        "Engines Laboratory Project Leader Christian Bach. Dan Lutz, the fleet manager, said more."
    )
    assert quotes["speaker"].tolist() == ["Tom Welch", "Christian Bach"]


def test_a_report_that_states_is_the_report_speaking() -> None:
    # Wikinews, 29 January 2009 ("Global economy could lose up to 51 million jobs"), in
    # tests/real/quotes/dev44: "the report" had been taken for the title of the quoted words.
    quotes = _discovered_quotes(
        'Jobs\n\nThe ILO issued a report Wednesday. "By the end of 2008 working poverty was '
        'beginning to rise as the effects of the slowdown spread," the report states. "If the '
        'recession deepens in 2009, the global jobs crisis will worsen sharply."'
    )
    assert quotes["speaker"].tolist() == ["the report", "the report"]
    assert quotes["cue"].tolist()[0] == "state"


def test_the_spokesperson_for_a_body_named_before_speaks_for_the_body() -> None:
    # Wikinews, 19 September 2009 ("UK energy companies announce that prices, bills will not
    # decrease"), in tests/real/quotes/dev44: "The spokesperson" had stayed "a spokesperson".
    quotes = _discovered_quotes(
        "Energy prices\n\nThe Office of Gas and Electricity Markets (Ofgem) have estimated that "
        "margins will rise. A spokesperson for Ofgem said that there was no evidence of any "
        'cartel in operation. The spokesperson commented: "It is up to the companies to explain '
        'their prices."'
    )
    assert quotes["speaker"].tolist() == ["Office of Gas and Electricity Markets"]


def test_said_and_an_honorific_read_on_past_the_splitter_s_sentence_end() -> None:
    # tests/heldout (invented): the sentence splitter ends a sentence at "Sgt.", and the name
    # after 'said' is read to its own sentence's end, not the splitter's.
    quotes = _discovered_quotes(
        'Robbery\n\n"The investigators on this case didn\'t sleep much this weekend," said Sgt. '
        "Rosa Delgado, a spokeswoman for the sheriff's office."
    )
    assert quotes["speaker"].tolist() == ["Rosa Delgado"]


def test_a_phrase_put_before_the_subject_is_no_part_of_the_speaker() -> None:
    # Wikinews, 14 December 2007 ("Brian Mulroney testifies before Canadian House of Commons"),
    # in tests/real/quotes/dev39: 'committee Muroney' had been the speaker (the recogniser read
    # 'the committee Muroney' as one body's name).
    quotes = _discovered_quotes(
        "Mulroney testifies\n\nBrian Mulroney testified on Thursday. He also said that the money "
        'involved promoting private business dealings. To the committee Muroney said: "I made a '
        'mistake in accepting the cash."'
    )
    assert "committee" not in quotes["speaker"].iloc[0]


def test_a_quote_after_the_sentence_of_someone_who_welcomed_something_is_theirs() -> None:
    # Wikinews, 14 October 2009 ("US Senate panel approves healthcare reform bill"), in
    # tests/real/quotes/dev40: the president's quote had gone on as the senator's before it.
    quotes = _discovered_quotes(
        'Health bill\n\n"This is a good bill," Snowe said. President Barack Obama, who supports the '
        "bill as part of his effort to overhaul the country's health care system, welcomed the "
        "committee's vote. \"We are now closer than ever before to passing health insurance "
        'reform." The bill is aimed at lowering costs.'
    )
    assert quotes["speaker"].tolist() == ["Snowe", "Barack Obama"]


def test_a_body_s_whole_name_before_its_relative_clause_is_the_subject() -> None:
    # Wikinews, 15 July 2005 ("Transporting food costs UK billions"), in tests/real/quotes/dev43:
    # with 'welcomed' a reporting verb, the subject had been cut to 'the Food'.
    quotes = _discovered_quotes(
        "Food miles\n\nThe Food and Drink Federation, which speaks for food manufacturers, was "
        'concerned about the focus on food miles but welcomed the "acknowledgement that more '
        'local sourcing does not automatically reduce the environmental costs." The Federation '
        "went on."
    )
    assert quotes["speaker"].tolist() == ["Food and Drink Federation"]
