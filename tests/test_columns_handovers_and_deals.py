"""Strategic developments and remote violence that the lexicons missed.

The shapes come from the development set `events_articles_dev28`; the sentences here are our
own. Each sub-type is read in both languages where both missed it: a rebel column taking a
town, a fort handed over, a border post overrun, troops sent or landed, thousands arrested, a
deal to share power, a man taken away by men in a car, mortars on a helicopter base, a
nerve-gas poisoning, guardsmen firing into a crowd, a sniper no one saw.
"""

from __future__ import annotations

import pytest

import kroniek
from conftest import Kept


@pytest.mark.parametrize(
    ("lang", "sentence", "sub_type"),
    [
        (
            "en",
            "Yesterday a rebel column, with armoured cars driven by mercenaries, took the coastal "
            "town of Porto Alegre.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Gisteren nam een colonne van de FNLA, met pantserwagens, de kuststad Porto Alegre in.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Op 1 mei staken duizenden RPF-strijders de grens over en overrompelden zij de grenspost Gatuna.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "De RSF namen zaterdag ook het vliegveld en de luchtmachtbasis van Kassala in het oosten in.",
            None,
        ),
        (
            "en",
            "The last colonial soldiers lowered the flag at the fort in the capital and handed the "
            "fort over to the "
            "liberation movement.",
            "Non-violent transfer of territory",
        ),
        (
            "nl",
            "De laatste koloniale soldaten haalden de vlag neer op het fort in de hoofdstad en "
            "droegen zij het fort "
            "over aan de bevrijdingsbeweging.",
            "Non-violent transfer of territory",
        ),
        (
            "en",
            "Last night the governor sent three hundred state troopers and several hundred National "
            "Guardsmen to the city.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Gisteravond stuurde de gouverneur driehonderd agenten en enkele honderden manschappen "
            "van de Nationale "
            "Garde naar de stad.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Woensdagavond gingen op bevel van de president vierhonderd mariniers in de haven van de "
            "stad, ten westen "
            "van de hoofdstad, aan land.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Op 4 mei landden Belgische parachutisten op het vliegveld van de hoofdstad om "
            "buitenlanders te beschermen.",
            "Change to group/activity",
        ),
        (
            "en",
            "On May 5 the army and gendarmerie arrested thousands of opponents in the capital, who "
            "are held in the stadium.",
            "Arrests",
        ),
        (
            "en",
            "The president and the opposition leader signed a deal in the capital yesterday to share power.",
            "Agreement",
        ),
        (
            "nl",
            "De president en de oppositieleider hebben gisteren een akkoord getekend over de "
            "verdeling van de macht.",
            "Agreement",
        ),
        (
            "en",
            "Last week an activist was taken away by men in an unmarked car at a roadblock near the "
            "town, and no one "
            "has seen him since.",
            "Abduction/forced disappearance",
        ),
        (
            "nl",
            "Vorige week werd een activist bij een wegversperring door mannen in een auto zonder "
            "kenteken meegenomen, en "
            "sindsdien heeft niemand hem gezien.",
            "Abduction/forced disappearance",
        ),
        (
            "nl",
            "Gewapende mannen klemden donderdagmiddag de auto van de ambassadeur klem en voerden hem mee.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "Guerrillas attacked the American helicopter base near the town with mortars before dawn "
            "on Sunday.",
            "Shelling/artillery/missile attack",
        ),
        (
            "nl",
            "Volgens de politie lijkt de aanslag op de sarinvergiftiging van vorig jaar in een "
            "woonwijk, waarbij zeven "
            "mensen omkwamen.",
            "Chemical weapon",
        ),
        (
            "nl",
            "Zondag beschoten vliegtuigen van de luchtmachtbasis het paleis, dat de opstandelingen "
            "bezet hielden.",
            "Air/drone strike",
        ),
        (
            "en",
            "On Saturday the government released the fifteen prisoners and flew them to Mexico, in "
            "exchange for the "
            "ambassador.",
            "Agreement",
        ),
        (
            "nl",
            "Zaterdag liet de regering de vijftien gevangenen vrij en vloog hen naar Mexico, in ruil "
            "voor de ambassadeur.",
            "Agreement",
        ),
    ],
)
def test_the_sub_type_is_read(lang: str, sentence: str, sub_type: str | None, kept: Kept) -> None:
    expected = [sub_type] if sub_type else ["Non-state actor overtakes territory"]
    assert kept(lang, sentence) == expected


def test_an_army_column_regains_territory(kept: Kept) -> None:
    assert kept("en", "An army column took the town of Porto Alegre.") == ["Government regains territory"]


def test_helicopters_that_attack_stay_an_air_strike(kept: Kept) -> None:
    assert kept("en", "Helicopters attacked the base on Monday.") == ["Air/drone strike"]


def test_guardsmen_firing_into_a_protest_crowd_is_excessive_force_and_a_sniper_no_one_saw_is_no_clash() -> (
    None
):
    text = (
        "KENT, Ohio (Reuters) - On Monday afternoon some two thousand students gathered on the "
        "campus to protest "
        "against the war. Guardsmen fired into the unarmed crowd, killing four students. The Guard's "
        "commander "
        "said a sniper had fired at his men first, but reporters saw no sniper."
    )
    found = kroniek.extract_text(text, date="1970-05-06", lang="en")
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in found] == [
        ("Excessive force against protesters", "1970-05-04", 4)
    ]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a sect suspected of a gas attack told before: a suspicion, no new attack
        (
            "nl",
            "De politie heeft de incidenten niet in verband gebracht met de sekte, die wordt verdacht van de "
            "zenuwgasaanval op de metro van 20 maart.",
        ),
        # mercenaries who land and take a town overtake it; their landing is no deployment of troops
        (
            "nl",
            "Op 28 september gingen dertig huurlingen per boot aan land op het eiland en namen zij, "
            "gesteund door "
            "enkele honderden militairen, het vliegveld en de kazerne in de hoofdstad in.",
        ),
    ],
)
def test_no_deployment_or_gas_attack_is_read(lang: str, sentence: str, kept: Kept) -> None:
    assert "Change to group/activity" not in kept(lang, sentence)
    assert "Chemical weapon" not in kept(lang, sentence)


def test_soldiers_firing_into_the_air_to_disperse_a_protest_intervene_without_excessive_force() -> None:
    text = (
        "KHERSON (Reuters) - In the occupied city, hundreds of residents took to the streets against "
        "the occupation "
        "on Saturday. Soldiers fired into the air and threw stun grenades to disperse the crowd."
    )
    found = kroniek.extract_text(text, date="2022-03-16", lang="en")
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


def test_mercenaries_arrested_after_their_surrender_are_arrests(kept: Kept) -> None:
    sentence = "Yesterday the mercenaries surrendered at the barracks, and French troops arrested them."
    assert kept("en", sentence) == ["Arrests"]


def test_troops_marching_in_a_parade_are_no_protest(kept: Kept) -> None:
    sentence = (
        "Gisteren, op Onafhankelijkheidsdag, trokken troepen zoals elk jaar in een parade door het centrum."
    )
    assert kept("nl", sentence) == []


def test_students_setting_fire_and_stoning_firemen_riot(kept: Kept) -> None:
    sentence = (
        "De onrust begon zaterdagavond, toen studenten op de campus een houten gebouw in brand staken en "
        "brandweerlieden met stenen bekogelden."
    )
    assert kept("nl", sentence) == ["Violent demonstration"]


def test_guardsmen_firing_on_the_crowd_of_a_dutch_protest_use_excessive_force() -> None:
    text = (
        "KENT - Maandagmiddag verzamelden zich zo'n tweeduizend studenten op de campus om te protesteren "
        "tegen de oorlog. Gardisten schoten op de ongewapende menigte, doodden vier studenten en verwondden "
        "er negen."
    )
    found = kroniek.extract_text(text, date="1970-05-06", lang="nl")
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in found] == [
        ("Excessive force against protesters", "1970-05-04", 4)
    ]


def test_mercenaries_arrested_and_flown_home_are_arrests_not_a_deployment(kept: Kept) -> None:
    sentence = (
        "Gisteren gaven de huurlingen zich in de kazerne over, waarna Franse militairen hen arresteerden en "
        "naar Frankrijk vlogen."
    )
    assert kept("nl", sentence) == ["Arrests"]
    deployment = "De regering vloog honderd extra militairen naar de provincie."
    assert kept("nl", deployment) == ["Change to group/activity"]
