"""Event shapes of `events_articles_dev40`, in sentences of our own: a time bomb that went off
(a 'tijdbom' is a bomb, unless it is 'een tikkende tijdbom'), a crowd broken up on the
anniversary of an old event (the apposition's year is not the sentence's), arrests of people
charged with bomb attacks or with taking part in riots (an arrest, not the act), insurgents
who take power in a town or take it 'in' after fighting (a non-state side takes it), troops
rounding men up and carrying them off (arrests), grenades among marchers, a bomb that killed
(a bomb, not a shooting), crowds gathered outside parliament, and workers blocking a railway.
"""

from __future__ import annotations

import pytest

from conftest import Coded, sub_types


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        (
            "nl",
            "Gisteravond ontplofte een tijdbom in de kantine van een politiekazerne in Mardin, waarbij drie "
            "agenten omkwamen.",
            "Remote explosive/landmine/IED",
        ),
        (
            "nl",
            "Zondag, op de verjaardag van de opstand van 1956, joeg de politie in Boedapest met traangas een "
            "menigte uiteen.",
            "Protest with intervention",
        ),
        (
            "en",
            "On Sunday, the anniversary of the uprising of 1956, police used tear gas to break up a crowd "
            "in Budapest.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Gisteren arresteerde de politie in Lima twintig studenten, die ervan worden beschuldigd "
            "bomaanslagen te hebben beraamd.",
            "Arrests",
        ),
        (
            "nl",
            "Gisteren arresteerden agenten in Arequipa zo'n vijftig jongeren die aan de rellen zouden "
            "hebben deelgenomen.",
            "Arrests",
        ),
        (
            "nl",
            "Begin maart namen opstandelingen de macht over in Mosul.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Dinsdag namen Toeareg-strijders na urenlange gevechten met het leger Kidal in.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Woensdag namen peshmergastrijders de stad Sinjar in.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Gisteren dreven soldaten in Hama tientallen mannen bijeen en voerden hen in vrachtwagens af.",
            "Arrests",
        ),
        (
            "nl",
            "Vrijdag ontplofte een vanaf een dak gegooide granaat in een optocht van de oppositie in Dhaka; "
            "twee mensen kwamen om.",
            "Grenade",
        ),
        (
            "nl",
            "Zondag ontploften twee granaten bij een podium van de betogers in Dhaka; twaalf mensen raakten "
            "gewond.",
            "Grenade",
        ),
        (
            "nl",
            "De bom, verstopt in een vuilnisbak bij het station van Quetta, doodde dinsdag vier mensen.",
            "Remote explosive/landmine/IED",
        ),
        (
            "en",
            "The bomb, hidden in a rubbish bin outside Quetta station on Tuesday, killed four people.",
            "Remote explosive/landmine/IED",
        ),
        (
            "nl",
            "Zaterdagavond verzamelden duizenden mensen zich voor het parlement in Tbilisi en riepen zij de "
            "premier op af te treden.",
            "Peaceful protest",
        ),
        ("nl", "Dinsdag blokkeerden boeren vier uur lang de snelweg bij Lyon.", "Peaceful protest"),
    ],
)
def test_the_shape_is_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        (
            "nl",
            "De werkloosheid in de stad is een tikkende tijdbom, zei de minister dinsdag.",
            "Remote explosive/landmine/IED",
        ),
        (
            "nl",
            "In 1956 joeg de politie in Boedapest met traangas een menigte uiteen.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Gisteren arresteerde de politie in Lima twintig studenten, die ervan worden beschuldigd "
            "bomaanslagen te hebben beraamd.",
            "Remote explosive/landmine/IED",
        ),
        (
            "nl",
            "Gisteren arresteerden agenten in Arequipa zo'n vijftig jongeren die aan de rellen zouden "
            "hebben deelgenomen.",
            "Violent demonstration",
        ),
        ("nl", "Het leger nam in 2012 de macht over in Bamako.", "Non-state actor overtakes territory"),
        (
            "en",
            "Police defused the bomb, which could have killed dozens, outside Quetta station on Tuesday.",
            "Remote explosive/landmine/IED",
        ),
        (
            "nl",
            "Zaterdagavond verzamelden duizenden fans zich voor het stadhuis in Tbilisi om de kampioenen te "
            "vieren.",
            "Peaceful protest",
        ),
    ],
)
def test_the_decoy_is_not_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type not in sub_types(coded, text, lang)
