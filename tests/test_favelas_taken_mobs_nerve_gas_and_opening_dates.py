"""Event shapes of `events_articles_dev39`, in sentences of our own: police or troops storming
or occupying a slum or district and taking it from gangs, or meeting almost no resistance
(the state retakes ground); two sides firing at each other, named between the verb and
'elkaar' (a clash, not an attack); a crowd that gathered, some of whom beat passers-by (mob
violence); nerve gas released in a train or a street (a chemical weapon); people dragged into
a van with the preposition at the end ('een busje in'), and 'sindsdien is hij spoorloos'
(no running total); and decoys: a count of attacks named as what today's mourning followed,
protesters occupying a building without resistance, police crowds. Also a past sentence that
opens with a day and month far back in the year ('On March 18 two gunmen killed ...',
published in November): last March, not next.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Valued, sub_types


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        (
            "en",
            "On Thursday police backed by armoured vehicles stormed the Rocinha slum and took it "
            "from the drug gangs.",
            "Government regains territory",
        ),
        (
            "en",
            "On Sunday some 3,000 soldiers occupied the Maré complex in two hours and met almost no "
            "resistance.",
            "Government regains territory",
        ),
        (
            "nl",
            "Donderdag bestormde de politie met pantservoertuigen de sloppenwijk Rocinha en nam die in op "
            "de drugsbendes.",
            "Government regains territory",
        ),
        (
            "nl",
            "Zondag bezetten zo'n drieduizend militairen het complex van Maré en stuitten zij nauwelijks "
            "op verzet.",
            "Government regains territory",
        ),
        (
            "nl",
            "Dinsdag beschoten soldaten en rebellen elkaar urenlang bij Goma; drie strijders kwamen om.",
            "Armed clash",
        ),
        (
            "en",
            "Last night hundreds of settlers gathered outside the mosque in Hebron, and some of them "
            "beat three passers-by until soldiers pulled them away.",
            "Mob violence",
        ),
        (
            "nl",
            "Gisteravond verzamelden honderden kolonisten zich bij de moskee in Hebron, en een deel van "
            "hen sloeg drie voorbijgangers tot soldaten hen wegtrokken.",
            "Mob violence",
        ),
        (
            "nl",
            "Gisterochtend kwam in drie bussen in het centrum van Damascus het zenuwgas sarin vrij; er "
            "vielen zeker twaalf doden.",
            "Chemical weapon",
        ),
        (
            "nl",
            "Op 3 mei kwamen in een wijk van Aleppo negen mensen om toen daar sarin vrijkwam.",
            "Chemical weapon",
        ),
        (
            "nl",
            "Dinsdag sleurden enkele gewapende mannen in Mogadishu een journalist een busje in; "
            "sindsdien is hij spoorloos.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_the_shape_is_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        (
            "en",
            "On Tuesday hundreds of protesters occupied the town hall of Lyon and met no resistance.",
            "Government regains territory",
        ),
        (
            "nl",
            "Dinsdag bezetten honderden betogers het stadhuis van Lyon zonder tegenstand.",
            "Government regains territory",
        ),
        (
            "nl",
            "Dinsdag bestookten regering en oppositie elkaar met verwijten in het parlement van Kinshasa.",
            "Armed clash",
        ),
        (
            "en",
            "Hundreds of police gathered outside the court in Lyon, and some of them beat two men.",
            "Mob violence",
        ),
    ],
)
def test_the_decoy_is_not_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type not in sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Israel buried its dead today after two suicide bombings that killed 19 people. Yesterday "
            "a bomber blew himself up on a bus in the centre of Jerusalem, killing himself and 17 others.",
        ),
        (
            "nl",
            "Israël begroef vandaag zijn doden na twee zelfmoordaanslagen waarbij 19 mensen omkwamen. "
            "Gisteren blies een man zich op in een bus in het centrum van Jeruzalem.",
        ),
    ],
)
def test_attacks_counted_as_what_today_followed_are_dated_by_their_own_sentences(
    coded: Coded, lang: str, text: str
) -> None:
    assert set(coded(text, lang, date="1996-03-04")) == {("Suicide bomb", "1996-03-03")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On March 18 two gunmen killed 21 tourists at the museum.", "2015-03-18"),
        ("March 18: gunmen killed 21 tourists at the museum.", "2015-03-18"),
        ("On March 18 the court will rule.", "2016-03-18"),  # future: next March
    ],
)
def test_a_past_sentence_that_opens_with_its_day_tells_last_year(
    timex_values: Valued, text: str, value: str
) -> None:
    assert value in timex_values(text, "2015-11-25", "en").values()
