"""The per-language event lexicons on hand-written sentences (tests/data/event_sentences_*.jsonl)."""

import json
from pathlib import Path

import pytest

from kroniek.codebook import sub_event_types
from kroniek.events.lexicon import lexicon_for
from kroniek.resources import load_json

DATA = Path(__file__).parent / "data"


def cases(lang: str) -> list[tuple[str, str]]:
    path = DATA / f"event_sentences_{lang}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["text"], r["sub_event_type"]) for r in rows]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_sub_type_has_triggers(lang: str) -> None:
    data = load_json("events.json", lang)
    assert set(data["triggers"]) == set(sub_event_types())


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [(lang, *c) for lang in ("nl", "en") for c in cases(lang)]
)
def test_sentence_codes_as_expected(lang: str, text: str, expected: str) -> None:
    lexicon = lexicon_for(lang)
    assert lexicon is not None
    found = [] if lexicon.filtered(text) else [m.sub_event_type for m in lexicon.match(text)]
    if expected:
        assert found[:1] == [expected]
    else:
        assert found == []


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("nl", "Bij de aanslag vielen zeker twaalf doden.", 12),
        ("nl", "Er vielen geen slachtoffers.", 0),
        ("nl", "Bij de beschietingen kwamen drie mensen om het leven.", 3),
        ("nl", "Het dodental is opgelopen tot 2.500.", 2500),
        ("nl", "Er raakten vier mensen gewond.", None),
        ("en", "Gunmen shot dead five villagers.", 5),
        ("en", "At least a dozen people were killed in the blast.", 12),
        ("en", "No casualties were reported.", 0),
        ("en", "Three people were injured.", None),
        ("en", "1 policeman was shot and killed by militants.", 1),
        ("en", "78 BH/IS fighters were killed.", 78),
        ("en", "An IED exploded under a truck, leaving the driver dead.", 1),
        ("en", "The feud resulted in 8 tribesmen killed.", 8),
        ("en", "3 soldiers were injured and 2 civilians were killed.", 2),
        ("nl", "Soleimani werd op 3 januari 2020 gedood.", 1),  # 2020 is a year, not a count: one man
        # the year of a date with its day before it is no count either, and the count after it is
        ("en", "On January 3, 2020 two soldiers were killed.", 2),
        ("en", "On 3 January 2020 two soldiers were killed.", 2),
        ("nl", "Op 3 januari 2020 werden twee soldaten gedood.", 2),
        ("en", "On May 2, 1999 1,200 people were killed.", 1200),
        ("en", "Ahmad Mola Nissi, an activist, was shot dead outside his home.", 1),
        ("nl", "In Den Haag is gisteren een Iraanse activist voor zijn woning doodgeschoten.", 1),
        ("nl", "Een jaar nadat twee terroristen er zestien mensen doodden.", 16),
        ("nl", "Bij de aanslag kwam de 32-jarige Heather Heyer om het leven.", 1),
        ("nl", "In Nasiriya hebben veiligheidstroepen gisteren zeker 25 betogers doodgeschoten.", 25),
        ("nl", "De luchtaanval op het consulaat, waarbij zeven leden van de Garde omkwamen.", 7),
        ("nl", "In de hoofdstad kwamen zeker vijf betogers om en raakten tientallen mensen gewond.", 5),
        ("nl", "Bij de aanval zijn gisteren twee soldaten en vijf burgers om het leven gekomen.", 7),
        ("nl", "Daarbij sneuvelden zes militairen.", 6),
        ("nl", "Dinsdag kwam de Iraanse generaal Qassem Soleimani om bij een drone-aanval.", 1),
        ("nl", "Een drone-aanval heeft dinsdag de Iraanse generaal Qassem Soleimani gedood.", 1),
        ("nl", "Bij een luchtaanval is dinsdag de Hamas-commandant Baha Abu al-Ata gedood.", 1),
        ("nl", "Het is een jaar geleden dat de generaal bij een drone-aanval om het leven kwam.", 1),
        ("nl", "Maandag kwam de minister om acht uur aan in Bagdad, na een bomaanslag.", None),
    ],
)
def test_fatalities(lang: str, text: str, count: int | None) -> None:
    lexicon = lexicon_for(lang)
    assert lexicon is not None
    toll = lexicon.fatalities(text)
    assert (toll[0] if toll else None) == count


def test_a_named_pattern_is_written_once_and_used_by_many_triggers() -> None:
    from kroniek.events.lexicon import Lexicon

    court = r"\b(?:court|judge)\b"
    data = {"named": {"COURT": court}, "triggers": {"Arrests": [{"all": ["arrested"], "none": ["%COURT"]}]}}
    lexicon = Lexicon("xx", data)
    assert [m.sub_event_type for m in lexicon.match("Police arrested ten people.")] == ["Arrests"]
    assert lexicon.match("The judge said police arrested ten people.") == []


def test_a_bad_regex_names_the_file() -> None:
    from kroniek.events.lexicon import Lexicon

    with pytest.raises(ValueError, match=r"resources/xx/events.json: bad regex"):
        Lexicon("xx", {"triggers": {"Attack": ["(unclosed"]}})
    with pytest.raises(ValueError, match="unknown sub-event type 'Bombing'"):
        Lexicon("xx", {"triggers": {"Bombing": ["bomb"]}})
    with pytest.raises(ValueError, match="unknown named pattern '%COURT': add it to 'named'"):
        Lexicon("xx", {"triggers": {"Arrests": [{"all": ["arrested"], "none": ["%COURT"]}]}})
    follow_up = {"after": "Peaceful protest", "becomes": "Crackdown", "all": ["police"]}
    with pytest.raises(ValueError, match="follow_ups: unknown sub-event type 'Crackdown'"):
        Lexicon("xx", {"triggers": {}, "follow_ups": [follow_up]})


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("nl", "Het is twee jaar geleden dat de generaal en zijn luitenant omkwamen bij een aanval.", 2),
        ("nl", "Twee agenten en een burger kwamen om bij de aanslag.", 3),
        ("nl", "Bij de aanslag kwamen twaalf mensen om.", 12),
        ("en", "A soldier and two civilians were killed.", 3),
        ("en", "The driver, a passenger and a policeman were killed when the bomb exploded.", 3),
        # the victims as the object of the killing
        ("en", "Rebels killed 10 policemen and their civilian driver.", 11),
        ("en", "Bandits killed a 12-year-old boy and his father in Kurebe.", 2),
        ("en", "Troops killed two soldiers and injured three.", 2),  # a second clause, not a victim
        ("en", "Troops killed 5 people and burned houses.", 5),  # "burned houses" is no victim
        # one victim, told without a number
        ("en", "The governor of West Darfur was seized by gunmen and killed in El Geneina.", 1),
        ("en", "A mob lynched a factory manager.", 1),
        ("en", "A mob beat him last week; he died of his injuries on Saturday.", 1),
        ("en", "Rebels hacked at least 17 villagers to death.", 17),
        ("nl", "De veiligheidsadviseur van de president is in Podgorica doodgeschoten.", 1),
        ("nl", "Een van de aanvallers kwam om het leven bij het vuurgevecht.", 1),
        ("nl", "De man en zijn zoon werden doodgeschoten.", 2),
    ],
)
def test_named_victims_are_counted(lang: str, text: str, count: int | None) -> None:
    lexicon = lexicon_for(lang)
    assert lexicon is not None
    toll = lexicon.fatalities(text)
    assert (toll[0] if toll else None) == count


def test_english_single_deaths_without_a_number() -> None:
    from kroniek.events.lexicon import lexicon_for

    lexicon = lexicon_for("en")
    assert lexicon is not None
    for sentence in (
        "A guard stabbed a man to death after a quarrel.",
        "Gunmen assassinated a local official near the market.",
        "The clash led to the death of a bystander.",
    ):
        toll = lexicon.fatalities(sentence)
        assert toll is not None and toll.deaths == 1, sentence


def test_dutch_deaths_told_without_a_count_word_first() -> None:
    from kroniek.events.lexicon import lexicon_for

    lexicon = lexicon_for("nl")
    assert lexicon is not None
    cases = {
        "Een bewaker stak een man dood na een ruzie.": 1,
        "Schutters hebben een lokale bestuurder vermoord.": 1,
        "De aanval kostte een voorbijganger het leven.": 1,
        "Twee agenten kwamen om bij de aanslag.": 2,
    }
    for sentence, deaths in cases.items():
        toll = lexicon.fatalities(sentence)
        assert toll is not None and toll.deaths == deaths, sentence
    assert lexicon.fatalities("De brand kostte een fortuin.") is None


DUTCH_RECALL_CASES = [
    ("Duizenden mensen liepen zondag mee in de klimaatmars door Amsterdam.", "Peaceful protest"),
    ("Zaterdag protesteerden tienduizenden mensen in Parijs tegen de regering.", "Peaceful protest"),
    (
        "Honderden boeren verzamelden zich dinsdag in Den Haag om te protesteren tegen het stikstofbeleid.",
        "Peaceful protest",
    ),
    (
        "Boeren blokkeerden dinsdag met hun trekkers de snelweg bij Zwolle uit protest tegen het beleid.",
        "Peaceful protest",
    ),
    ("Actievoerders hebben gisteravond een leegstaand kantoorpand in Utrecht gekraakt.", "Peaceful protest"),
    ("Tijdens de betoging scandeerde een demonstrant leuzen tegen de premier.", "Peaceful protest"),
    ("Bij de protesten in Parijs zijn zaterdag tientallen mensen opgepakt.", "Protest with intervention"),
    ("Jongeren bekogelden de politie zaterdagavond met stenen en vuurwerk.", "Violent demonstration"),
    (
        "Bij een betoging in Caracas vielen zaterdag twee doden toen de politie het vuur opende.",
        "Excessive force against protesters",
    ),
    ("Er werd zwaar gevochten in de buitenwijken van Tripoli.", "Armed clash"),
    ("Een legerpost in het noorden van Mali werd zondag beschoten door jihadisten.", "Armed clash"),
    ("Onbekende schutters hebben maandag het vuur geopend op een kerk in Egypte.", "Attack"),
    ("Een man heeft zaterdag in een tram op passagiers geschoten.", "Attack"),
    ("Bij de aanval op de kerk vielen zondag zeker twintig doden.", "Attack"),
    ("De aanslag op de markt kostte vier mensen het leven.", "Attack"),
    ("Jihadisten hebben bij een aanval op een dorp in Nigeria dertig mensen gedood.", "Attack"),
    ("Volgens getuigen werden de gevangenen door lokale agenten in elkaar geslagen.", "Attack"),
    ("Het leger heeft de stad maandag zwaar beschoten.", "Shelling/artillery/missile attack"),
    ("De Israëlische luchtmacht voerde vannacht aanvallen uit op doelen in Syrië.", "Air/drone strike"),
    ("Onbekenden hebben vannacht brand gesticht bij de moskee in de wijk.", "Looting/property destruction"),
    ("De komst van het gezin leidde tot bekladding en vernielingen.", "Looting/property destruction"),
    ("Vier journalisten zijn donderdag in Istanboel vastgezet.", "Arrests"),
    ("De verdachte van de aanslag werd maandagavond na een klopjacht opgepakt.", "Arrests"),
    ("Een activist werd vorige week opgepakt door inlichtingendiensten.", "Arrests"),
    ("Troepen van de generaal rukten donderdag op naar de hoofdstad.", "Change to group/activity"),
    ("Het leger pleegde dinsdag een staatsgreep.", "Other"),
    ("Rebellen namen zaterdag de stad Bunia in.", "Non-state actor overtakes territory"),
    ("Dinsdag schoot een extremist in een kerk in Lyon vijf gelovigen dood.", "Attack"),
    ("Velen denken nog aan de aanslag op een concertzaal in Manchester in mei.", "Attack"),
    (
        "In de hoofdstad gingen na het vrijdaggebed opnieuw duizenden studenten de straat op.",
        "Peaceful protest",
    ),
    ("Taxichauffeurs protesteerden maandag met hun auto's op het Museumplein.", "Peaceful protest"),
    (
        "Toen relschoppers vorige week een ravage aanrichtten in het centrum, was de burgemeester op reis.",
        "Violent demonstration",
    ),
    ("De Slag om Bastenaken woedde in december 1944 in de Ardennen.", "Armed clash"),
    (
        "De politie heeft dinsdag vijf mannen opgepakt die betrokken waren bij de aanslag op het "
        "gemeentehuis.",
        "Arrests",
    ),
    ("Vorige week zijn tweehonderd Amerikaanse militairen in Polen aangekomen.", "Change to group/activity"),
    ("Voor het eerst zijn gisteren in de hoofdstad soldaten ingezet.", "Change to group/activity"),
]


@pytest.mark.parametrize(("text", "expected"), DUTCH_RECALL_CASES)
def test_dutch_event_phrasings(text: str, expected: str) -> None:
    lexicon = lexicon_for("nl")
    assert lexicon is not None
    assert lexicon.filtered(text) is None, text
    assert [m.sub_event_type for m in lexicon.match(text)][:1] == [expected]


DUTCH_NON_EVENTS = [
    "De officier van justitie betoogde gisteren dat de man schuldig is.",
    "De hoogleraar heeft altijd betoogd dat de senaat overbodig is.",
    "Kinderen demonstreerden hoe je een vlieger maakt.",
    "Kerken doen zondag mee aan de klimaatmars.",
    "De mars belooft zondag een groot evenement te worden.",
    "Voor veel jongeren is het klimaat een goede reden om te protesteren.",
    "De wandelmars trok zaterdag duizenden lopers.",
    "De opmars van de populisten lijkt gestopt.",
    "De inbreker sloeg op de vlucht toen hij een agent zag aankomen.",
    "De president beweert dat hij het doelwit is van een staatsgreep.",
    "De couppoging in de partij was in de loop van de middag alweer doodgebloed.",
    "Het is geweld, en dat is iets anders dan twee containers in brand steken.",
    "De minister opende het vuur op het kabinet.",
    "Premier Rutte bombardeerde het plan tot prioriteit.",
    "De weg werd geblokkeerd door een gekantelde vrachtwagen.",
    "Hij kraakte de code van de kluis.",
    "In de afgelopen 2,5 jaar zijn honderd burgemeesters gevangengezet.",
    "De vermoedelijke demonstrante werd gisteren aangehouden.",
    "Er werd gevochten om de laatste plaatsen in de finale.",
    "De inwoners hebben gisteren een petitie aangeboden om te voorkomen dat het dorp verdwijnt.",
    "Het plan is onbetaalbaar, betoogden de vakbonden.",
    "Na dat bericht ging nog niemand de straat op.",
    "Ze ging in maart 2019 aan de slag bij een bank in Utrecht.",
    "De jager schoot in het bos bij het dorp twee wilde zwijnen dood.",
    "Een man is aangehouden in verband met de aanval op een buschauffeur.",
    "De militairen zijn na hun missie weer thuis aangekomen.",
    "Mensenrechtenorganisaties protesteerden gisteren schriftelijk tegen het besluit.",
]


@pytest.mark.parametrize("text", DUTCH_NON_EVENTS)
def test_dutch_non_events(text: str) -> None:
    lexicon = lexicon_for("nl")
    assert lexicon is not None
    assert lexicon.filtered(text) or lexicon.match(text) == [], text
