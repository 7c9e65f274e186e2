"""Named days and the edges of a month, and events told in few words.

When: Queen's Day is 30 April and "oudejaarsdag" 31 December; a feast told as past in an
article of that month is that month's ("On Boxing Day" in a December article); "Late in
March" is the month's last day; "two days after Tarrafal was retaken" counts from the
retaking, not from another event at Tarrafal.
What: gas pumped into caves is a chemical weapon; protesters who had chained themselves and
are cut loose, slogans shouted until the police carry the shouters away, and a blockade
driven off by gendarmes are protests with intervention; a crowd marching silently or with
flags through a town protests; suspected looters arrested are arrests, not looting; shots
fired at a house, and two men attacking worshippers with machetes, are attacks; police
ordered to guard buildings deploy; a farmer taken into the jungle by rebels is abducted; a
crowd burning tyres at the prefecture and injuring gendarmes riots; aircraft firing rockets
strike from the air; rebels who had occupied a town took it over; troops retaking a town
after a day of fighting regain it.
The shapes come from the development set `events_articles_dev27`; the sentences here are
our own."""

from __future__ import annotations

import pytest

from conftest import Coded, Valued
from kroniek.events.lexicon import lexicon_for


@pytest.mark.parametrize(
    ("text", "phrase", "dct", "lang", "value"),
    [
        ("Op Koninginnedag gooiden jongeren stenen.", "Koninginnedag", "1990-05-03", "nl", "1990-04-30"),
        ("On Queen's Day, youths threw stones.", "Queen's Day", "1990-05-03", "en", "1990-04-30"),
        ("Op oudejaarsdag gooiden jongeren stenen.", "oudejaarsdag", "1991-01-02", "nl", "1990-12-31"),
        ("On Ascension Day, police arrested him.", "Ascension Day", "2012-05-20", "en", "2012-05-17"),
        # A December article tells Boxing Day of that December, not of the year before
        ("On Boxing Day, a house burned down.", "Boxing Day", "1980-12", "en", "1980-12-26"),
        ("Op Tweede Kerstdag brandde een huis af.", "Tweede Kerstdag", "1980-12", "nl", "1980-12-26"),
        # ... and a feast after the month of publication is last year's
        ("On Christmas Day, a house burned down.", "Christmas Day", "1980-11", "en", "1979-12-25"),
    ],
)
def test_a_named_day(timex_values: Valued, text: str, phrase: str, dct: str, lang: str, value: str) -> None:
    assert timex_values(text, dct, lang)[phrase] == value


@pytest.mark.parametrize(
    ("text", "expected", "lang"),
    [
        # "Late in March": the month's last day, at month precision
        (
            "Late in March, some 2,000 workers marched in silence through Colon.",
            ("Peaceful protest", "2020-03-31"),
            "en",
        ),
        (
            "Eind maart trokken zo'n tweeduizend arbeiders en hun gezinnen zwijgend door Colon.",
            ("Peaceful protest", "2020-03-31"),
            "nl",
        ),
        # A crowd marching with flags through a town
        (
            "Op vrijdag 1 mei trokken honderden boeren met de vlag van hun provincie door Colon.",
            ("Peaceful protest", "2020-05-01"),
            "nl",
        ),
        # Gas pumped into caves where people hide
        (
            "On Friday, soldiers pumped gas into caves near Kidal where rebels were hiding.",
            ("Chemical weapon", "2020-05-15"),
            "en",
        ),
        (
            "Vrijdag pompten soldaten gas in de grotten bij Kidal, waar rebellen zich schuilhielden.",
            ("Chemical weapon", "2020-05-15"),
            "nl",
        ),
        (
            "Vrijdag hadden soldaten gas in de grotten bij Kidal gepompt, waar rebellen zich schuilhielden.",
            ("Chemical weapon", "2020-05-15"),
            "nl",
        ),
        # Protesters chained to a gate, cut loose by the police
        (
            "On Thursday, police cut loose four activists who had chained themselves to the gate of "
            "the parliament in Colon.",
            ("Protest with intervention", "2020-05-14"),
            "en",
        ),
        (
            "Donderdag maakte de politie vier activisten los die zich aan het hek van het parlement "
            "in Colon hadden vastgeketend.",
            ("Protest with intervention", "2020-05-14"),
            "nl",
        ),
        # Shots fired at a house, or a man shot by unknown attackers, in the passive
        (
            "On Saturday night, shots were fired at the house of a businessman in Colon, police said.",
            ("Attack", "2020-05-16"),
            "en",
        ),
        (
            "On Monday evening, a mayor was shot and wounded in his car near Colon by unknown attackers.",
            ("Attack", "2020-05-18"),
            "en",
        ),
        (
            "Zaterdagnacht werd het huis van een zakenman in Colon beschoten, zei de politie, die nog "
            "geen verdachte heeft.",
            ("Attack", "2020-05-16"),
            "nl",
        ),
        # Police ordered to guard buildings, or marines and police to comb an area
        (
            "On Tuesday, the government ordered armed police to guard all public buildings in Colon.",
            ("Change to group/activity", "2020-05-19"),
            "en",
        ),
        (
            "On Tuesday, the governor ordered two hundred marines and policemen "
            "to comb the hills near Colon.",
            ("Change to group/activity", "2020-05-19"),
            "en",
        ),
        (
            "Dinsdag gaf de regering opdracht alle openbare gebouwen in Colon door gewapende agenten "
            "te laten bewaken.",
            ("Change to group/activity", "2020-05-19"),
            "nl",
        ),
        (
            "Dinsdag gaf de gouverneur opdracht om tweehonderd mariniers en agenten de heuvels bij "
            "Colon te laten uitkammen.",
            ("Change to group/activity", "2020-05-19"),
            "nl",
        ),
        # Slogans shouted until the police carry the shouters away
        (
            "On Sunday, five women shouted slogans against the mayor in the main square of Colon "
            "until police carried them away.",
            ("Protest with intervention", "2020-05-17"),
            "en",
        ),
        (
            "Zondag riepen vijf vrouwen op het marktplein van Colon leuzen tegen de burgemeester, tot "
            "agenten hen wegdroegen.",
            ("Protest with intervention", "2020-05-17"),
            "nl",
        ),
        # Two men attacking worshippers with machetes: an attack, not a crowd's violence
        (
            "On Sunday, two men burst into a church in Colon and attacked worshippers with machetes, "
            "wounding six people.",
            ("Attack", "2020-05-17"),
            "en",
        ),
        (
            "Zondag drongen twee mannen een kerk in Colon binnen en vielen zij kerkgangers aan met "
            "machetes, waarbij zes mensen gewond raakten.",
            ("Attack", "2020-05-17"),
            "nl",
        ),
        # A villager taken into the jungle by an armed band
        (
            "On Monday, the rebels took a farmer from Colon into the jungle as a guide.",
            ("Abduction/forced disappearance", "2020-05-18"),
            "en",
        ),
        (
            "Maandag namen de rebellen een boer uit Colon mee de jungle in als gids.",
            ("Abduction/forced disappearance", "2020-05-18"),
            "nl",
        ),
        # A blockade held until gendarmes drive it off; a crowd burning tyres at the prefecture
        (
            "Dinsdagochtend blokkeerden ruim twintig vissersboten vreedzaam de haven van Colon, tot "
            "gendarmes hen met traangas verdreven en drie vissers aanhielden.",
            ("Protest with intervention", "2020-05-19"),
            "nl",
        ),
        (
            "On Monday evening, hundreds of farmers in Colon set fire to tyres outside the prefecture, "
            "threw stones through the windows and injured two gendarmes.",
            ("Violent demonstration", "2020-05-18"),
            "en",
        ),
        # Aircraft firing rockets strike from the air; fighters who had occupied a town took it
        (
            "Zondag vuurden vliegtuigen van het leger raketten af op stellingen van de rebellen bij Colon.",
            ("Air/drone strike", "2020-05-17"),
            "nl",
        ),
        (
            "Op maandag 18 mei hadden de rebellen het stadje Colon bezet, "
            "nadat de politiepost er was gevallen.",
            ("Non-state actor overtakes territory", "2020-05-18"),
            "nl",
        ),
        # Suspected looters arrested
        (
            "On Thursday, police in Colon arrested about thirty suspected looters.",
            ("Arrests", "2020-05-14"),
            "en",
        ),
        (
            "Donderdag arresteerde de politie in Colon ongeveer dertig vermoedelijke plunderaars.",
            ("Arrests", "2020-05-14"),
            "nl",
        ),
    ],
)
def test_an_event_told_in_few_words(coded: Coded, text: str, expected: tuple[str, str], lang: str) -> None:
    assert expected in coded(text, lang, "2020-05-20")


def test_arrested_suspected_looters_are_no_looting(coded: Coded) -> None:
    text = "On Thursday, police in Colon arrested about thirty suspected looters."
    assert "Looting/property destruction" not in {sub for sub, _ in coded(text, "en", "2020-05-20")}


def test_supporters_with_flags_celebrating_are_no_protest_of_the_lexicon() -> None:
    text = (
        "Op vrijdag 1 mei trokken duizenden supporters met vlaggen door Colon om het kampioenschap te vieren."
    )
    assert not lexicon_for("nl").match(text)


def test_a_span_counts_from_the_event_its_phrase_names_among_those_at_that_place(coded: Coded) -> None:
    # Two events at Kidal: "two days after Kidal was retaken" counts from the retaking, not
    # from the air strike told after it.
    text = (
        "KIDAL (Reuters) - Government troops recaptured the town of Kidal from the rebels on May 2. "
        "On April 30, aircraft had bombed rebel positions near Kidal. "
        "Two days after Kidal was retaken, soldiers entered Tessalit without firing a shot."
    )
    assert ("Non-violent transfer of territory", "2020-05-04") in coded(text, "en", "2020-05-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regeringstroepen hebben op 2 mei na een dag van hevige gevechten het stadje Kidal "
            "heroverd op de guerrilla.",
            ("Government regains territory", "2020-05-02"),
        ),
        (
            "Op maandag 4 mei trokken soldaten zonder een schot te lossen het stadje Tessalit in het "
            "noorden binnen.",
            ("Non-violent transfer of territory", "2020-05-04"),
        ),
    ],
)
def test_a_town_retaken_or_entered_without_a_shot(coded: Coded, text: str, expected: tuple[str, str]) -> None:
    assert expected in coded(text, "nl", "2020-05-20")


@pytest.mark.parametrize(
    "text",
    [
        # A police station named as the place, and stones pelted at police, stay a crowd's violence
        "On Friday, two village groups clashed with sticks and stones near Rampur police station over "
        "a land dispute, and ten people were injured.",
        "On Friday, villagers pelted stones at police in Rampur with sticks and stones when they were "
        "asked to disperse.",
    ],
)
def test_a_crowd_with_crude_weapons_near_the_police_is_still_mob_violence(text: str) -> None:
    assert "Mob violence" in {m.sub_event_type for m in lexicon_for("en").match(text)}
