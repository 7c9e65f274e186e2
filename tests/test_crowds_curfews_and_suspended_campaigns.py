"""Crowds that attack offices or beat passers-by, curfews that only stay in force, campaigns
suspended, arrests of generals and of 'hooligans', and dates that start a span. Our own
sentences, written for these rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A crowd attacking party or UN offices, or burning ministries, is a riot.
        (
            "On Monday hundreds of students in Bukavu attacked the offices of the governor and set two "
            "cars on fire.",
            "en",
            [("Violent demonstration", "2024-01-15")],
        ),
        (
            "On Monday thousands of young people in Oran looted state shops and set fire to two ministries.",
            "en",
            [("Violent demonstration", "2024-01-15")],
        ),
        (
            "Maandag vielen honderden studenten in Bukavu uit woede over de verkiezingsuitslag de "
            "kantoren van de regeringspartij aan.",
            "nl",
            [("Violent demonstration", "2024-01-15")],
        ),
        (
            "Maandag plunderden duizenden jongeren in Oran staatswinkels en staken zij twee "
            "ministeries in brand.",
            "nl",
            [("Violent demonstration", "2024-01-15")],
        ),
        # A crowd beating passers-by or students is mob violence, even as it leaves a rally.
        (
            "On Monday youths leaving a rally in central Lautoka attacked shops and beat passers-by of "
            "Chinese descent.",
            "en",
            [("Mob violence", "2024-01-15")],
        ),
        (
            "On Monday thousands of dock workers marched through the port, beating students with clubs.",
            "en",
            [("Mob violence", "2024-01-15")],
        ),
        (
            "Maandag vielen jongeren na een bijeenkomst in het centrum van Lautoka winkels aan en "
            "mishandelden zij voorbijgangers.",
            "nl",
            [("Mob violence", "2024-01-15")],
        ),
        (
            "Maandag trokken duizenden havenarbeiders door de stad, waar zij studenten met knuppels "
            "afranselden.",
            "nl",
            [("Mob violence", "2024-01-15")],
        ),
        # People killed "in heavy rioting" died in a riot, not in an attack.
        (
            "Six people were killed in heavy rioting in the city of Kumasi on Monday, the police said.",
            "en",
            [("Violent demonstration", "2024-01-15")],
        ),
        # A state of siege declared, and control handed to the army: a security measure.
        (
            "On Monday the government declared a state of siege in the province and handed control of "
            "the area to the army.",
            "en",
            [("Change to group/activity", "2024-01-15")],
        ),
        (
            "Maandag riep de regering in de hele provincie de staat van beleg uit.",
            "nl",
            [("Change to group/activity", "2024-01-15")],
        ),
        # One that only stays in force is no new measure.
        ("De avondklok bleef maandag van kracht.", "nl", []),
        ("De noodtoestand was maandag nog van kracht in de hoofdstad.", "nl", []),
        # Campaigns suspended, immunity ruled on and harm in other wars tell no event.
        ("NATO suspended its air strikes on the city on Monday.", "en", []),
        ("De NAVO schortte maandag haar luchtaanvallen op de stad op.", "nl", []),
        ("The court ruled on Monday that the former ruler has no immunity from arrest.", "en", []),
        ("Aid groups said the new fund would help women who had been raped in other wars.", "en", []),
        # Generals arrested, and a few hundred 'hooligans' held.
        (
            "On Monday four generals who had led the mutiny were arrested in the capital.",
            "en",
            [("Arrests", "2024-01-15")],
        ),
        (
            "On Monday police in Kumasi detained more than 300 'hooligans', the radio said.",
            "en",
            [("Arrests", "2024-01-15")],
        ),
        (
            "Maandag hield de politie in Kumasi volgens de radio meer dan driehonderd 'relschoppers' aan.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
    ],
)
def test_crowds_curfews_and_suspended_campaigns(coded, text: str, lang: str, expected: list) -> None:
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "At dawn on Monday police cleared the square, where students had camped since late December. "
            "Later that day hundreds of students attacked the offices of the ruling party.",
            "en",
        ),
        (
            "Maandag ontruimde de politie bij zonsopgang het plein, waar sinds eind december studenten "
            "kampeerden. "
            "Later die dag vielen honderden studenten de kantoren van de regeringspartij aan.",
            "nl",
        ),
    ],
)
def test_a_date_that_starts_a_span_dates_no_later_event(coded, text: str, lang: str) -> None:
    """ "since late December" tells when the camp began: the riot later that day is Monday's."""
    assert ("Violent demonstration", "2024-01-15") in coded(text, lang)
    assert all(not date.startswith("2023-12") for _, date in coded(text, lang))


def test_a_span_start_that_the_text_goes_on_to_tell_still_dates_it(coded) -> None:
    """ "missing since late December, after gunmen abducted them": that December dates the abduction."""
    text = "The two journalists have been missing since late December, after gunmen abducted them near Goma."
    assert [(s, d[:7]) for s, d in coded(text, "en")] == [("Abduction/forced disappearance", "2023-12")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The army taking "full control" of a town after an assault has retaken it.
        (
            "Het leger heeft maandag de volledige controle over de oostelijke stad Batticaloa "
            "overgenomen na een laatste aanval op de rebellen.",
            "nl",
            [("Government regains territory", "Batticaloa")],
        ),
        # A grenade thrown at a police post that kills officers is the grenade attack alone.
        (
            "On Monday unknown attackers threw a grenade at a police post in Mombasa, killing two officers.",
            "en",
            [("Grenade", "Mombasa")],
        ),
        # "The capital" in a report that names a former capital and not today's is that city.
        (
            "BUJUMBURA - On Monday four generals who had led the mutiny were arrested in the capital, "
            "a police spokesman said.",
            "en",
            [("Arrests", "Bujumbura")],
        ),
        (
            "RANGOON - Soldiers arrested more than 30 opposition activists in the capital on Monday, "
            "witnesses said.",
            "en",
            [("Arrests", "Yangon")],
        ),
        # A town in the dateline's country keeps its name against a metropolis that has it
        # among its others (GeoNames lists "Talas" for Dallas).
        (
            "BISHKEK - Hundreds of protesters occupied the governor's office in the northern town of "
            "Talas on Monday. "
            "The United States called for calm.",
            "en",
            [("Peaceful protest", "Talas")],
        ),
    ],
)
def test_towns_taken_grenades_and_capitals(placed, text: str, lang: str, expected: list) -> None:
    assert placed(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A march that a coalition wants to hold is a plan.
        (
            "Het oppositieverbond wil zaterdag met een grote mars de snelweg naar de hoofdstad blokkeren.",
            "nl",
            [],
        ),
        # Generals arrested for the coup they had led: the arrest, not a coup.
        (
            "Maandag werden in de hoofdstad vier generaals gearresteerd die de couppoging hadden geleid.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
        # People who flee for fear of fighters were displaced by no event.
        (
            "Maandag zijn duizenden inwoners van Gao uit angst voor de strijders naar de dorpen gevlucht.",
            "nl",
            [],
        ),
        # Soldiers killing men who had fired on them: a clash.
        (
            "Maandag schoten Nederlandse VN-soldaten in Gao twee mannen dood die vanuit een pick-up op "
            "hen hadden gevuurd.",
            "nl",
            [("Armed clash", "2024-01-15")],
        ),
        # A bomb that exploded beside a patrol is the bombing, not a deployment.
        (
            "On Monday a roadside bomb exploded beside an army patrol in northern Gao, killing two soldiers.",
            "en",
            [("Remote explosive/landmine/IED", "2024-01-15")],
        ),
    ],
)
def test_plans_coups_flight_and_patrols(coded, text: str, lang: str, expected: list) -> None:
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The army had reimposed the curfew across the capital on Monday, with orders to shoot violators.",
            "en",
        ),
        ("De gouverneur stelde maandagavond een avondklok van twaalf uur in voor de hele stad.", "nl"),
    ],
)
def test_curfews_reimposed_or_imposed_for_hours(coded, text: str, lang: str) -> None:
    assert coded(text, lang) == [("Change to group/activity", "2024-01-15")]
