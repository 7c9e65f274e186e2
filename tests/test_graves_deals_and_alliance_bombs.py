"""Bodies found in a grave are Other, and not knowing who killed them tells no attack;
mutineers who agree to a deal make an agreement; a chief of staff arrested is an arrest,
though he is on hunger strike; Dutch 'leverden ... een veldslag met' is a battle; NATO's
bombs are an air strike, not a planted bomb; Dutch explosive belts found are a disrupted
weapons use. Our own sentences, written for these rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "On Tuesday soldiers found the bodies of about 20 people in a shallow grave in Kenema. "
            "It is not known who killed them.",
            "en",
            [("Other", "2024-01-16")],
        ),
        (
            "Dinsdag vonden soldaten in een ondiep graf achter de politiekazerne in Kenema de lichamen "
            "van ongeveer twintig mensen.",
            "nl",
            [("Other", "2024-01-16")],
        ),
        (
            "On Tuesday the mutineers at Camp Tamale agreed to a deal under which they will hand over "
            "their weapons.",
            "en",
            [("Agreement", "2024-01-16")],
        ),
        (
            "Dinsdag stemden de muiters in Tamale in met een akkoord waarin zij hun wapens inleveren.",
            "nl",
            [("Agreement", "2024-01-16")],
        ),
        (
            "Army chief of staff Pedro Ruiz, who is on hunger strike, was arrested in Lima on Monday.",
            "en",
            [("Arrests", "2024-01-15")],
        ),
        (
            "Legerchef Pedro Ruiz, die in hongerstaking is, werd maandag in Lima gearresteerd.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
        (
            "Dinsdag leverden Ethiopische troepen bij de oase Dolo een veldslag met eenheden van het "
            "Somalische leger.",
            "nl",
            [("Armed clash", "2024-01-16")],
        ),
        (
            "On Monday NATO bombs hit a residential area of the town of Nis, killing at least eight "
            "civilians.",
            "en",
            [("Air/drone strike", "2024-01-15")],
        ),
        (
            "Maandag troffen NAVO-bommen een woonwijk in het stadje Nis, waarbij zeker acht burgers "
            "omkwamen.",
            "nl",
            [("Air/drone strike", "2024-01-15")],
        ),
        (
            "Maandag vonden agenten in een woning in Mombasa springstofgordels en materiaal voor het "
            "maken van bommen.",
            "nl",
            [("Disrupted weapons use", "2024-01-15")],
        ),
    ],
)
def test_graves_deals_and_alliance_bombs(coded, text, lang, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It is not clear who the victims were or who killed them.", "en"),
        # A company's chief executive is no chief of staff; a search that found nothing is no seizure.
        (
            "The chief executive of a Leuven property group was arrested on Monday on suspicion of tax "
            "fraud.",
            "en",
        ),
        ("De politie doorzocht maandag de gebouwen in Mombasa maar vond geen explosieven.", "nl"),
    ],
)
def test_no_attack_arrest_or_seizure(coded, text, lang):
    assert coded(text, lang) == []
