"""Mercenaries and rebels taking towns, crowds armed with sticks, foam cannons, and 'de dag
ervoor'. Our own sentences, written for these rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Mercenaries who seize an airport and barracks take territory.
        (
            "On Monday about 40 mercenaries came ashore by boat and, backed by local soldiers, seized the "
            "airport and the barracks in Victoria.",
            "en",
            [("Non-state actor overtakes territory", "2024-01-15")],
        ),
        (
            "Maandag gingen ongeveer veertig huurlingen per boot aan land en namen zij, gesteund door lokale "
            "militairen, het vliegveld, de radio en de kazerne in Victoria in.",
            "nl",
            [("Non-state actor overtakes territory", "2024-01-15")],
        ),
        # Rebels who entered a named town took it; government troops who entered it as the
        # rebels left retook it (the codebook: state forces retake a place from non-state
        # actors), and are no rebels because the rebels are named as leaving.
        (
            "On Monday the rebels entered the northern town of Gulu.",
            "en",
            [("Non-state actor overtakes territory", "2024-01-15")],
        ),
        (
            "On Monday government troops entered Gulu after the rebels withdrew.",
            "en",
            [("Government regains territory", "2024-01-15")],
        ),
        # A fighters' group with a hyphenated name taking control of a city.
        (
            "Maandag namen RPF-strijders de volledige controle over de stad Gulu over.",
            "nl",
            [("Non-state actor overtakes territory", "2024-01-15")],
        ),
        # Groups armed with sticks and knives attacking passers-by are a mob, not gunmen.
        (
            "On Monday groups armed with sticks, knives and bottles attacked passers-by in Kallang and set "
            "fire to shops.",
            "en",
            [("Mob violence", "2024-01-15")],
        ),
        (
            "Maandag vielen groepen met stokken, messen en flessen in Kallang voorbijgangers aan.",
            "nl",
            [("Mob violence", "2024-01-15")],
        ),
        # Foam cannons are no artillery.
        ("On Monday soldiers in Ofra used foam cannons and cranes to remove the settlers.", "en", []),
    ],
)
def test_towns_taken_mobs_and_cannons(coded, text, lang, expected):
    assert coded(text, lang) == expected


def test_de_dag_ervoor_counts_back_from_the_day_told_before(coded):
    text = (
        "Op maandag 15 januari namen de rebellen de controle over de stad Gulu over. "
        "De dag ervoor waren de rebellen de stad Kitgum binnengetrokken."
    )
    assert coded(text, "nl", "2024-01") == [
        ("Non-state actor overtakes territory", "2024-01-15"),
        ("Non-state actor overtakes territory", "2024-01-14"),
    ]
