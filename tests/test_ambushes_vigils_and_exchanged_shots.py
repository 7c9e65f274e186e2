"""Warplanes attacking an airfield named at length before Dutch 'aan', a post named with its
border crossing, units ambushing ('overvielen') a column of tanks and shots exchanged with
guards are battles or air strikes; forces firing on a peaceful vigil, or on people who had
gathered peacefully, use excessive force; a vigil held 'to deny any involvement' took place.
A retaking told with the other side's flight after it ('nadat de guerrillastrijders zich
hadden teruggetrokken') stays the state's. Our own sentences, written for these rules
(2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Vrijdag vielen straaljagers van de luchtmacht het vliegveld van Split bij Kastela aan, "
            "waarbij twee piloten omkwamen.",
            "nl",
            [("Air/drone strike", "2024-01-12")],
        ),
        (
            "Vrijdag vielen strijders van de territoriale verdediging de legerpost bij de grensovergang "
            "Dravograd met Oostenrijk aan.",
            "nl",
            [("Armed clash", "2024-01-12")],
        ),
        (
            "Donderdag overvielen eenheden van de territoriale verdediging bij Domzale een colonne "
            "federale tanks.",
            "nl",
            [("Armed clash", "2024-01-11")],
        ),
        (
            "On Thursday territorial defence units ambushed a column of federal tanks at Domzale.",
            "en",
            [("Armed clash", "2024-01-11")],
        ),
        (
            "Zaterdag probeerden gewapende mannen hem te bevrijden uit het ziekenhuis in Cork, waarbij "
            "schoten werden gewisseld met de agenten die hem bewaakten.",
            "nl",
            [("Armed clash", "2024-01-13")],
        ),
        (
            "On Saturday armed men tried to free him from the hospital in Cork, and shots were exchanged "
            "with the police officers guarding him.",
            "en",
            [("Armed clash", "2024-01-13")],
        ),
        (
            "Zaterdag openden soldaten het vuur op dorpelingen die op het plein van Oruro een vreedzame "
            "wake hielden, waarbij een vrouw werd gedood.",
            "nl",
            [("Excessive force against protesters", "2024-01-13")],
        ),
        (
            "On Saturday soldiers opened fire on villagers holding a peaceful vigil in the main square of "
            "Oruro, killing a woman.",
            "en",
            [("Excessive force against protesters", "2024-01-13")],
        ),
        (
            "On Monday soldiers opened fire on hundreds of opposition supporters who had gathered "
            "peacefully in Lome to greet their leader.",
            "en",
            [("Excessive force against protesters", "2024-01-15")],
        ),
        (
            "Dinsdag hielden ongeveer veertig leden van de beweging een stille wake voor het parlement in "
            "Canberra om elke betrokkenheid bij de aanslag te ontkennen.",
            "nl",
            [("Peaceful protest", "2024-01-16")],
        ),
        (
            "On Tuesday about 40 members of the movement held a silent vigil outside parliament in "
            "Canberra to deny any involvement in the bombing.",
            "en",
            [("Peaceful protest", "2024-01-16")],
        ),
        (
            "Op maandag heroverde de Garde Matagalpa, nadat de guerrillastrijders zich in de heuvels "
            "hadden teruggetrokken.",
            "nl",
            [("Government regains territory", "2024-01-15")],
        ),
    ],
)
def test_ambushes_vigils_and_exchanged_shots(coded, text, lang, expected):
    assert coded(text, lang) == expected


def test_a_denial_still_denies_the_event(coded):
    # The army denying the shooting it is accused of is still a denial.
    text = "The army denied that soldiers had opened fire on the vigil in Oruro on Saturday."
    assert coded(text, "en") == []
