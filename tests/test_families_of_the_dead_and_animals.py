"""The families, funerals or bodies 'of those killed' name earlier victims, not a killing of
the sentence's day; an animal that farmers demand be shot is no attack; sides that 'have been
fighting ... for 18 months', or 'fought ... during the war in Indochina', tell a span or
history, not a battle of the day. A killing told in
the same sentence stays. Our own sentences, written for these rules (2024-01-17 is a
Wednesday)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister offered financial grants to the families of those killed and ordered the best "
        "possible medical care for the injured.",
        "Sheep farmers in Drenthe are demanding that the wolf be shot; the province first wants DNA tests.",
        "The militias have been fighting over land on the island of Malaita for 18 months, and about 60 "
        "people have died.",
        "The Montagnards fought on the American side against the communists during the war in Indochina.",
    ],
)
def test_families_of_the_dead_animals_spans_and_history_are_no_events(coded, text):
    assert coded(text, "en") == []


def test_a_killing_told_beside_the_families_stays(coded):
    text = (
        "On Monday gunmen killed five people in Bogra and the prime minister offered grants to the families "
        "of those killed."
    )
    assert coded(text, "en") == [("Attack", "2024-01-15")]


def test_a_battle_during_a_lull_in_the_war_stays(coded):
    assert coded("On Monday rebels fought troops near Beni during a lull in the war.", "en") == [
        ("Armed clash", "2024-01-15")
    ]


def test_a_span_told_in_a_clause_leaves_the_sentence_its_event(coded):
    text = (
        "The government declared a state of emergency on Monday on the island of Malaita, where rebels "
        "have been fighting the gold mine for months."
    )
    assert ("Change to group/activity", "2024-01-15") in coded(text, "en")
