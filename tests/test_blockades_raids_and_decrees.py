"""Crowds that block roads, raids without arrests, decrees, takeovers and surrenders, and
sentences that only look like events.

Shapes from the development set `events_articles_dev30`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Coded, Kept, Tolled


@pytest.mark.parametrize(
    ("lang", "sentence", "sub_types"),
    [
        # a crowd that gathers and blocks a road, without the word protest
        (
            "nl",
            "Vrijdag verzamelden honderden boeren zich op de weg naar Tamale en "
            "versperden die urenlang met takken.",
            ["Peaceful protest"],
        ),
        (
            "nl",
            "Duizenden inwoners verzamelden zich bij het gemeentehuis en blokkeerden "
            "de hoofdweg tot de prefect vertrok.",
            ["Peaceful protest"],
        ),
        (
            "en",
            "On Friday hundreds of farmers gathered on the road to Tamale and "
            "blocked it for hours with branches.",
            ["Peaceful protest"],
        ),
        # a raid in which no one was detained is Other; one with a count of people held is Arrests
        (
            "nl",
            "Gisteren doorzocht de politie het kantoor van een vakbond in "
            "Tamale; er werd niemand aangehouden.",
            ["Other"],
        ),
        (
            "en",
            "Yesterday police searched the office of a union in Tamale; no one was detained.",
            ["Other"],
        ),
        (
            "en",
            "Soldiers raided two radio stations in Tamale and seized their "
            "transmitters, but no one was detained.",
            ["Other"],
        ),
        (
            "nl",
            "Vanochtend doorzochten agenten woningen in een wijk van Tamale en "
            "arresteerden zij 21 verdachten.",
            ["Arrests"],
        ),
        (
            "nl",
            "Agenten doorzochten een dorp bij Tamale en namen zij veertig "
            "vermoedelijke helpers van het verzet mee.",
            ["Arrests"],
        ),
        (
            "en",
            "Police searched a village near Tamale and took away forty suspected helpers of the resistance.",
            ["Arrests"],
        ),
        # decrees that suspend rights or ban gatherings
        (
            "nl",
            "Zondag vaardigde de junta een decreet uit dat de persvrijheid opschort "
            "en alle bijeenkomsten verbiedt.",
            ["Change to group/activity"],
        ),
        (
            "en",
            "On Sunday the junta decreed a 30-day suspension of civil liberties.",
            ["Change to group/activity"],
        ),
        # troops taking up positions
        (
            "en",
            "Yesterday the army took up positions along the main roads of Tamale.",
            ["Change to group/activity"],
        ),
        # takeovers after a garrison surrendered; the state driving rebels out or storming a town
        (
            "nl",
            "Woensdag namen militieleden Bolgatanga in nadat het garnizoen zich na "
            "een kort gevecht had overgegeven.",
            ["Non-state actor overtakes territory"],
        ),
        (
            "nl",
            "Dinsdag verdreven regeringstroepen de rebellen uit het stadje Yendi.",
            ["Government regains territory"],
        ),
        (
            "en",
            "Marines stormed the town of Yendi at dawn and freed twelve hostages.",
            ["Government regains territory"],
        ),
        (
            "nl",
            "In de kerk van Yendi ondertekende de kolonel de overgave van het garnizoen.",
            ["Agreement"],
        ),
        # a hostage-taking with a threat added stays an abduction
        (
            "nl",
            "Zij namen twintig arbeiders in gijzeling en dreigden hen als schild te gebruiken.",
            ["Abduction/forced disappearance"],
        ),
        (
            "en",
            "They took twenty workers hostage and threatened to use them as shields.",
            ["Abduction/forced disappearance"],
        ),
        # people taken by armed men, who have not been heard from since
        (
            "nl",
            "Maandag namen strijders drie herders mee; hun familie heeft sindsdien niets van hen gehoord.",
            ["Abduction/forced disappearance"],
        ),
        (
            "en",
            "Fighters took about thirty people from the village of Ngala overnight.",
            ["Abduction/forced disappearance"],
        ),
        # planes, gas and bombs
        (
            "nl",
            "Gisteren trof een militair vliegtuig een ziekenhuis in Yendi.",
            ["Air/drone strike"],
        ),
        (
            "nl",
            "Gisteren wierpen vliegtuigen glijbommen af op een wijk van Yendi.",
            ["Air/drone strike"],
        ),
        (
            "nl",
            "Drones lieten traangasgranaten vallen op de loopgraven van het leger bij Yendi.",
            ["Chemical weapon"],
        ),
        (
            "nl",
            "Vannacht verwoestte een bom een café in Yendi.",
            ["Remote explosive/landmine/IED"],
        ),
        ("nl", "Gisteravond braken gevechten uit bij de kazerne in Yendi.", ["Armed clash"]),
        # rioters shot by troops are part of the riot; armed residents beating passers-by a mob
        (
            "nl",
            "Daarbij werden vier relschoppers gedood toen soldaten op de menigte schoten.",
            ["Violent demonstration"],
        ),
        (
            "en",
            "Armed residents at roadblocks in Yendi beat and shot at passers-by.",
            ["Mob violence"],
        ),
        # a counted crowd driven off with tear gas, whatever it is called
        (
            "en",
            "Troops fired tear gas to disperse thousands of supporters of the opposition leader.",
            ["Protest with intervention"],
        ),
        (
            "nl",
            "Troepen verdreven met traangas duizenden aanhangers van de oppositieleider.",
            ["Protest with intervention"],
        ),
        # boundary markers moved
        (
            "en",
            "Border guards moved boundary markers about two hundred metres into Georgian fields.",
            ["Non-violent transfer of territory"],
        ),
    ],
)
def test_the_sentence_reads_as(kept: Kept, lang: str, sentence: str, sub_types: list[str]) -> None:
    assert kept(lang, sentence) == sub_types


@pytest.mark.parametrize(
    ("lang", "sentence", "reason"),
    [
        # a parade, a nuclear test and a total since last year are no events, whatever a
        # statistical reading of them says
        ("nl", "Vanochtend trokken soldaten en schoolkinderen in een parade langs het paleis.", "unreal"),
        ("en", "Britain yesterday dropped an atomic bomb over the test range in the desert.", "unreal"),
        (
            "nl",
            "Volgens de VN zijn in het verre noorden van Kameroen sinds vorig jaar duizend mensen omgekomen.",
            "generic",
        ),
    ],
)
def test_the_lexicon_filters(lang: str, sentence: str, reason: str) -> None:
    from kroniek.events.lexicon import lexicon_for

    lexicon = lexicon_for(lang)
    assert lexicon is not None
    assert lexicon.filtered(sentence) == reason


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a lake's gas, a day of mourning for the dead of an older event
        ("en", "Bodies were found around the crater lake, where a cloud of gas killed hundreds."),
        (
            "nl",
            "De regering riep een dag van rouw uit om de zes mannen die door soldaten werden doodgeschoten.",
        ),
        ("en", "The government declared a day of mourning for the six men shot dead by soldiers."),
        # summaries of several attacks or days of fighting
        ("nl", "De stad is in rouw nadat bij drie aanslagen in een week veertig doden vielen."),
        ("en", "The city mourns after three bombings in a week killed forty people."),
        ("en", "The festival was cancelled after two days of fighting in the capital."),
    ],
)
def test_no_event_in(kept: Kept, lang: str, sentence: str) -> None:
    assert kept(lang, sentence) == []


@pytest.mark.parametrize(
    ("lang", "text", "toll"),
    [
        (
            "nl",
            "Zondag openden soldaten in Yendi het vuur op een ongewapende menigte. Volgens de regering "
            "kwamen daarbij zeven mensen om; de oppositie spreekt van negentien doden.",
            7,
        ),
        (
            "en",
            "On Sunday soldiers in Yendi opened fire on an unarmed crowd. Seven people were killed, "
            "the government said; the opposition acknowledged nineteen dead.",
            7,
        ),
    ],
)
def test_a_semicolon_brings_in_a_second_sources_toll(tolled: Tolled, lang: str, text: str, toll: int) -> None:
    assert tolled(text, lang, date="2024-03-12") == [("Excessive force against protesters", toll)]


def test_students_pushed_back_in_the_afternoon_are_apart_from_the_evening_riot(coded: Coded) -> None:
    text = (
        "Donderdagmiddag trokken ongeveer driehonderd studenten naar het paleis in Yendi, waar de "
        "politie hen met wapenstokken terugdreef. Donderdagavond staken relschoppers in Yendi auto's "
        "in brand en plunderden zij winkels. Volgens artsen werden vier relschoppers gedood toen "
        "soldaten op de menigte schoten."
    )
    assert sorted(coded(text, "nl", date="2024-03-16")) == [
        ("Protest with intervention", "2024-03-14"),
        ("Violent demonstration", "2024-03-14"),
    ]


def test_a_source_named_with_volgens_is_no_party() -> None:
    """ "volgens de Koerdische SDF vielen er burgerdoden": who counts the dead is the report's
    source, not the side that struck."""
    import kroniek

    text = (
        "Gistermiddag bestookten Turkse gevechtsvliegtuigen het Syrische grensstadje Tal Abyad; "
        "volgens de Koerdische SDF vielen er burgerdoden."
    )
    events = kroniek.extract_text(text, date="2019-10-10", lang="nl")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert "Syrian Democratic" not in events[0].actor1
