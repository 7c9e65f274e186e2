"""Traps of general news: figurative battles, companies named Rally, embassies abroad, state
abbreviations in wire copy, and repeated or habitual acts.

The shapes come from reading kroniek's output on the news texts of TempEval-3 (TBAQ), which
carry no event gold; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


@pytest.mark.parametrize(
    "text",
    [
        "The boy's relatives in Miami have fought to keep him in the United States.",
        "The family will battle in federal court to keep the girl in the country.",
        "The two governments must work together in this universal battle against terrorism.",
        "The court showed little commitment to fighting gender stereotypes.",
        "Early battle reports were uncertain, the spokesman said on Sunday.",
        "Rally's Inc. said on Tuesday it adopted a plan to protect its shareholders.",
        "The leader's speech was meant to rally Arab public opinion behind him.",
        "Anti-abortion protester James Kopp is being sought as a witness.",
        "The activist had been arrested more than a dozen times at abortion clinics.",
        "She had been arrested in several states since 1990 for blocking clinics.",
        "Police reopened the slayings of 14 women over the last five years in the county.",
        "He said the people would continue to protest against the embargo.",
        "The remains were flown to Andrews Air Force Base on Thursday.",
        "The accession is perhaps the clearest demonstration of the fact that Europe is growing closer.",
        "For the year ended July 2, Rally had net income of $2.4 million.",
        "He said the factions should agree to draft a new constitution and collect heavy weapons.",
        "The six hijackers, who police said were armed with grenades, remained on board.",
        "Opposition forces based in Eritrea have been laying landmines and stealing cattle.",
        "An arms embargo would be a windfall for guerrillas fighting his army-run government.",
        "After suicide bombers killed 59 people in Israel in February and March, he called for peace.",
        "Yassin leads the Hamas group which has killed scores of Israelis in suicide bombings.",
        "Agents said both church fires may be arson, but that has not been established.",
        "The police have charged two officials in connection with the man's killing.",
        "Prison officials took jailed Hamas founder Sheikh Ahmed Yassin to hospital on Thursday.",
    ],
)
def test_no_event_in_figures_of_speech_names_and_habits(text: str) -> None:
    assert kroniek.extract_text(text, date="1999-03-12", lang="en") == []


@pytest.mark.parametrize(
    ("text", "location", "country"),
    [
        # The embassies are the United States'; the bombs went off in Kenya.
        ("Two bombs exploded outside U.S. embassies in Kenya and Tanzania on Friday.", "Kenya", "Kenya"),
        # A name after "the Tanzanian capital" says which city: not Dodoma, the capital in law.
        (
            "Six people were killed on Friday in a car bomb attack outside the embassy in the Tanzanian "
            "capital Dar-es-Salaam.",
            "Dar es Salaam",
            "Tanzania",
        ),
        # "es" joins a name as "al" does.
        ("In Dar es Salaam, a bomb killed 10 people on Friday.", "Dar es Salaam", "Tanzania"),
        # A capital's possessive before a street is the city, not its government.
        (
            "WASHINGTON (AP) -- Tens of thousands of women marched along Havana's seaside boulevard on "
            "Friday to demand the boy's return.",
            "Havana",
            "Cuba",
        ),
        ("Bomb blasts killed dozens outside embassies of the United States in Kenya.", "Kenya", "Kenya"),
        # A state's postal abbreviation: Alabama's Birmingham, not England's.
        (
            "A bomb exploded at a clinic in Birmingham, Ala., on Friday, killing a guard.",
            "Birmingham",
            "United States",
        ),
    ],
)
def test_the_place_named_not_the_country_that_owns_it(text: str, location: str, country: str) -> None:
    (event,) = kroniek.extract_text(text, date="1998-08-08", lang="en")
    assert (event.location, event.country) == (location, country)


def test_a_sniper_who_shoots_doctors_attacks_civilians() -> None:
    """Doctors named after the harm suffered it: no protesters, and no armed clash."""
    (event,) = kroniek.extract_text(
        "Sniper shootings injured doctors in November in Vancouver.", date="1998-12-01", lang="en"
    )
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack",
        "Unidentified Armed Group (Canada)",
        "Civilians (Canada)",
    )


def test_a_battle_that_is_one_stays_one() -> None:
    """The figurative readings leave real fighting alone."""
    (event,) = kroniek.extract_text(
        "Government troops fought rebels for control of the town on Friday.", date="1998-08-08", lang="en"
    )
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A year's summary of who caused the deaths is no event.
        ("Suicide bombings and air strikes caused most of the deaths, the UN mission said on Sunday.", "en"),
        (
            "De meeste doden vielen bij zelfmoordaanslagen en luchtaanvallen, meldde de VN-missie zondag.",
            "nl",
        ),
        # Accidents, politics and ordinary crime.
        (
            "At least seven people were killed when a gas explosion tore through an apartment block "
            "on Monday.",
            "en",
        ),
        ("Republicans and Democrats remained locked in a bitter battle over the budget on Wednesday.", "en"),
        ("Criminals blew up a cash machine at a supermarket in Oisterwijk overnight and fled.", "en"),
        (
            "Criminelen hebben vannacht een geldautomaat in Oisterwijk opgeblazen. Door de explosie "
            "sneuvelden ruiten, maar er raakte niemand gewond.",
            "nl",
        ),
        ("Bomb disposal experts in Frankfurt defused a British World War Two aerial bomb on Sunday.", "en"),
    ],
)
def test_no_event_in_summaries_accidents_politics_and_crime(text: str, lang: str) -> None:
    assert kroniek.extract_text(text, date="2019-02-24", lang=lang) == []


def test_police_deployed_at_a_protest_are_its_setting() -> None:
    text = (
        "Tens of thousands of people took to the streets of Algiers on Friday against a fifth term for the "
        "president. Protesters chanted slogans, and the heavily deployed police did not intervene."
    )
    events = kroniek.extract_text(text, date="2019-03-02", lang="en")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
