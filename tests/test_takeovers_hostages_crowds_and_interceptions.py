"""Shapes from the development set `events_articles_dev32`, in sentences of our own: towns
taken after an exchange of fire, bases made of towns, hostages held and freed under a deal,
searches without arrests, crowds against a community or the state, and attacks foiled by
jammers or interceptors.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Kept


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # rebels who take a town after an exchange of fire: the capture, not a battle
        (
            (
                "Gisteren staken zo'n driehonderd rebellen de rivier over en namen zij na een "
                "vuurgevecht met de politie Puerto Lempira in."
            ),
            "nl",
            "Non-state actor overtakes territory",
        ),
        (
            (
                "Yesterday some three hundred rebels crossed the river and took Puerto Lempira after "
                "an exchange of fire with the police."
            ),
            "en",
            "Non-state actor overtakes territory",
        ),
        (
            "Begin maart onderwierp de groep Dikwa en het kamp van het leger.",
            "nl",
            "Non-state actor overtakes territory",
        ),
        (
            "In early March the group overran Dikwa and the army camp.",
            "en",
            "Non-state actor overtakes territory",
        ),
        # a town made a base, a headquarters set up in a building
        (
            "Een dag later maakten de rebellen Korhogo tot hun hoofdkwartier.",
            "nl",
            "Headquarters or base established",
        ),
        ("A day later the rebels made Korhogo their headquarters.", "en", "Headquarters or base established"),
        (
            "Zaterdag richtte de rebellenleider zijn hoofdkwartier in in het klooster van San Ramón.",
            "nl",
            "Headquarters or base established",
        ),
        # state troops who enter a town after fighting its last defenders retake it
        (
            (
                "Zondag trokken de troepen van Belgrado na zware gevechten met de laatste verdedigers "
                "Vukovar binnen."
            ),
            "nl",
            "Government regains territory",
        ),
        (
            "On Sunday Belgrade's troops entered Vukovar after heavy fighting with the last defenders.",
            "en",
            "Government regains territory",
        ),
        (
            (
                "Op 9 maart verdreven de troepen van Niamey de strijders na felle gevechten uit het "
                "grensstadje Bosso."
            ),
            "nl",
            "Government regains territory",
        ),
        # the last troops leave and the other side takes over their barracks without a shot
        (
            (
                "Zondag verlieten de laatste soldaten de stad, waarna de milities hun kazerne zonder "
                "een schot overnamen."
            ),
            "nl",
            "Non-violent transfer of territory",
        ),
        (
            (
                "On Sunday the last soldiers left the town, and the militias took over their barracks "
                "without a shot."
            ),
            "en",
            "Non-violent transfer of territory",
        ),
        # hostages taken, held and freed under a deal
        (
            (
                "Dinsdag bestormden muitende soldaten het parlement en gijzelden zij de ministers en "
                "tientallen afgevaardigden."
            ),
            "nl",
            "Abduction/forced disappearance",
        ),
        (
            "De kapers lieten het toestel in Larnaca landen en hielden de passagiers drie dagen vast.",
            "nl",
            "Abduction/forced disappearance",
        ),
        (
            "De consul werd zaterdag door gemaskerde mannen uit zijn auto gesleurd.",
            "nl",
            "Abduction/forced disappearance",
        ),
        (
            "The consul was dragged from his car on Saturday by masked men.",
            "en",
            "Abduction/forced disappearance",
        ),
        (
            "The journalist was pushed into a van by plain-clothes men.",
            "en",
            "Abduction/forced disappearance",
        ),
        (
            "Woensdag lieten de muiters de ministers gaan na een akkoord dat in de kazerne werd ondertekend.",
            "nl",
            "Agreement",
        ),
        (
            "On Wednesday the mutineers let the ministers go under an agreement signed at the barracks.",
            "en",
            "Agreement",
        ),
        # commandos who storm a plane and kill the hijackers fight them
        (
            "Zondag bestormden commando's het toestel en doodden zij de vier kapers.",
            "nl",
            "Armed clash",
        ),
        (
            "On Sunday commandos stormed the plane and killed the four hijackers.",
            "en",
            "Armed clash",
        ),
        (
            "On Friday troops fought supporters of the Guard for hours around the radio station.",
            "en",
            "Armed clash",
        ),
        # a search without arrests is a raid (Other), not arrests
        (
            "Donderdag doorzochten agenten het kantoor van de oppositiekrant, maar zij hielden niemand aan.",
            "nl",
            "Other",
        ),
        (
            "On Thursday police searched the offices of the opposition newspaper but detained no one.",
            "en",
            "Other",
        ),
        # rulers who have opponents rounded up, or dissolve a named service
        (
            "Vorige week liet de junta in de hoofdstad tientallen vakbondsleiders oppakken.",
            "nl",
            "Arrests",
        ),
        (
            (
                "Gisteren ontbond de nieuwe regering de DINA en plaatste zij haar agenten onder bevel "
                "van het leger."
            ),
            "nl",
            "Change to group/activity",
        ),
        (
            "Yesterday the new rulers dissolved the DINA and placed its agents under army command.",
            "en",
            "Change to group/activity",
        ),
        # a named group killing someone, told in the passive
        ("De burgemeester was door de Rode Brigades met drie kogels gedood.", "nl", "Attack"),
        # crowds against a community, and crowds against the state
        (
            "Zaterdag staken benden in Kandy tientallen winkels van moslims in brand.",
            "nl",
            "Mob violence",
        ),
        (
            "On Saturday gangs in Kandy set fire to dozens of Muslim shops.",
            "en",
            "Mob violence",
        ),
        ("Dinsdag vielen groepen de Armeense wijk aan; een tiental mensen kwam om.", "nl", "Mob violence"),
        (
            "Woensdag staken jongeren in Kaolack het gemeentehuis in brand; de politie opende het vuur.",
            "nl",
            "Violent demonstration",
        ),
        (
            "On Friday crowds set fire to the state radio building and two police stations in Kano.",
            "en",
            "Violent demonstration",
        ),
        (
            "Gisteren bestormden menigten de ambtswoning van de premier en namen zij meubels mee.",
            "nl",
            "Violent demonstration",
        ),
        (
            (
                "Maandag werden in Sylhet tientallen studenten doodgeschoten door de politie, toen zij "
                "naar het centrum optrokken."
            ),
            "nl",
            "Excessive force against protesters",
        ),
        # police storming a building held by protesters intervene against a protest
        (
            (
                "On Monday police stormed the cathedral, which had been occupied for a week by "
                "students protesting against the fees."
            ),
            "en",
            "Protest with intervention",
        ),
        # foiled by jammers or interceptors; a bomb that went off while it was being defused
        (
            (
                "Een tweede drone stortte in een veld neer; volgens het leger hadden stoorzenders hem "
                "uit koers gebracht."
            ),
            "nl",
            "Disrupted weapons use",
        ),
        (
            "A second drone crashed in a field; the army said jammers had knocked it off course.",
            "en",
            "Disrupted weapons use",
        ),
        (
            "British troops at the base fired missiles to intercept two incoming rockets.",
            "en",
            "Disrupted weapons use",
        ),
        (
            "Vanochtend vonden agenten in het station een explosievenvest; het werd onschadelijk gemaakt.",
            "nl",
            "Disrupted weapons use",
        ),
        (
            "A car bomb exploded as bomb disposal experts tried to defuse it; no one was hurt.",
            "en",
            "Remote explosive/landmine/IED",
        ),
        (
            "Gisteren ontplofte een autobom terwijl explosievenexperts hem probeerden te ontmantelen.",
            "nl",
            "Remote explosive/landmine/IED",
        ),
        # a march in defence of democracy days after a failed coup is a protest, not a coup
        (
            (
                "Honderdduizenden Spanjaarden trokken vandaag, de laatste zaterdag van mei, door "
                "Madrid om de grondwet te verdedigen, twee dagen na een mislukte staatsgreep."
            ),
            "nl",
            "Peaceful protest",
        ),
    ],
)
def test_the_sentence_is_read_as(kept: Kept, sentence: str, lang: str, expected: str) -> None:
    assert kept(lang, sentence) == [expected]


def test_an_intervention_with_dead_in_the_next_sentence_is_excessive_force(coded: Coded) -> None:
    """Police who storm a building held by peaceful protesters, with dead counted in the
    next sentence, used excessive force (codebook ``with_dead``)."""
    text = (
        "LIMA (Reuters) - On Monday police stormed the cathedral, which had been occupied for a "
        "week by students peacefully protesting against the fees. A fire broke out during the "
        "assault; officials said 12 people were killed."
    )
    assert coded(text, "en", date="2014-03-05") == [("Excessive force against protesters", "2014-03-03")]


def test_a_facility_of_a_town_places_the_event_in_it(placed: Coded) -> None:
    """ "bij de gasfabriek van Algiers" is in Algiers: a bomb found there is not merged
    into the day's looting in Kabylië."""
    text = (
        "ALGIERS - Zondag staken opstandelingen bij Tizi Ouzou opslagplaatsen van kurk in brand. "
        "Agenten ontdekten zondag bij de gasfabriek van Oran een bom die niet was afgegaan, "
        "waarna genisten van het leger haar onschadelijk maakten."
    )
    assert ("Disrupted weapons use", "Oran") in placed(text, "nl", date="1954-11-03")


def test_no_one_killed_counts_no_dead() -> None:
    """ "No one was killed" names no victim: its "one" is no count."""
    from kroniek.events.lexicon import lexicon_for

    lexicon = lexicon_for("en")
    assert lexicon is not None
    toll = lexicon.fatalities("No one was killed, but dozens of people were injured.")
    assert toll is not None and toll.deaths == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "ISLAMABAD - Zondagochtend blies een zelfmoordterrorist zich op bij een moskee in Islamabad; "
            "daarbij kwamen twintig mensen om. Op hetzelfde uur blies een tweede man zich op bij de markt "
            "van Rawalpindi, ten zuiden van de hoofdstad, waar negen mensen omkwamen.",
        ),
        (
            "en",
            "ISLAMABAD (Reuters) - On Sunday morning a suicide bomber blew himself up at a mosque in "
            "Islamabad, killing twenty people. At the same hour a bomber blew himself up at the market in "
            "Rawalpindi, south of the capital, where nine people were killed.",
        ),
    ],
)
def test_a_second_bombing_of_the_same_hour_in_another_town_is_its_own(
    placed: Coded, lang: str, text: str
) -> None:
    """Rawalpindi lies within 50 km of Islamabad; "at the same hour" tells a second event there."""
    assert placed(text, lang, date="2019-04-23") == [
        ("Suicide bomb", "Islamabad"),
        ("Suicide bomb", "Rawalpindi"),
    ]
