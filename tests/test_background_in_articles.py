"""What whole articles say around their events: the day a source spoke in one sentence and
the day an anniversary falls in the next, running tolls since a coup, the size of a force
abroad, bodies found, weapons caches dug up, villagers who were the victims, and Dutch
diminutives of a town before its name.

The shapes come from the development sets `events_articles_dev6`, `events_articles_dev7`
and `dedup_dev17`; the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


def test_a_source_that_spoke_in_the_sentence_before_does_not_drop_the_next_sentences_day() -> None:
    text = (
        "ALGIERS - A soldier was wounded on Tuesday when a mine went off near Tebessa, the army said. "
        "Thursday marked ten years since gunmen stormed a gas plant near In Amenas on January 16, 2013, "
        "killing 40 workers."
    )
    events = kroniek.extract_text(text, date="2023-01", lang="en")
    assert ("Attack", "2013-01-16") in [(e.sub_event_type, str(e.event_date)) for e in events]
    assert all(str(e.event_date) != "2003-01-16" for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "sub_type"),
    [
        ("Raiders killed at least 17 villagers in a hamlet near Jos on Sunday night.", "en", "Attack"),
        (
            "Angry residents attacked a police post in Gulu on Sunday and killed two officers.",
            "en",
            "Mob violence",
        ),
        (
            "On Monday, troops had dug up a cache of rifles, mortars and grenades in a field near Mosul.",
            "en",
            "Disrupted weapons use",
        ),
        (
            "Rebels fired mortars at an army base near Goma on Monday.",
            "en",
            "Shelling/artillery/missile attack",
        ),
        (
            "Two power pylons were destroyed by explosions near Kherson on Tuesday.",
            "en",
            "Remote explosive/landmine/IED",
        ),
        (
            "Bij Cherson zijn dinsdag twee hoogspanningsmasten door explosies verwoest.",
            "nl",
            "Remote explosive/landmine/IED",
        ),
        ("De Turkse onderzoeksjournaliste Ayse Kaya is vrijdag in Ankara gearresteerd.", "nl", "Arrests"),
        (
            "De politie heeft woensdag in Lomé met scherp geschoten op aanhangers van de oppositie die "
            "vreedzaam door de stad liepen.",
            "nl",
            "Excessive force against protesters",
        ),
        (
            "Bij een protest tegen een moskee in Dresden is het zaterdagavond uit de hand gelopen.",
            "nl",
            "Violent demonstration",
        ),
        (
            "Betogers in Caracas mishandelden dinsdag een man die zij voor een agent hielden.",
            "nl",
            "Violent demonstration",
        ),
        (
            "De rebellen hebben zondag Bunia, in het noordoosten van Congo, ingenomen.",
            "nl",
            "Non-state actor overtakes territory",
        ),
        (
            "Een Pakistaanse journalist is zaterdagnacht uit zijn huis in Karachi gehaald door mannen in "
            "burgerkleding.",
            "nl",
            "Abduction/forced disappearance",
        ),
        (
            "Plainclothes officers bundled dozens of protesters into vans in Minsk on Sunday.",
            "en",
            "Protest with intervention",
        ),
        (
            "Police tried to retake the town of Hinche on Saturday but withdrew after hours of fighting.",
            "en",
            "Armed clash",
        ),
        ("Zaterdag probeerde de politie het stadje Hinche te heroveren.", "nl", "Armed clash"),
        ("Government troops retook the town of Bor on Saturday.", "en", "Government regains territory"),
        (
            "FREETOWN - West African peacekeepers have regained control of central Freetown after two "
            "weeks of "
            "fighting with rebels.",
            "en",
            "Government regains territory",
        ),
        (
            "Maandag kwamen enkele raketten neer bij de stelling van de coalitie bij Deir ez-Zor.",
            "nl",
            "Shelling/artillery/missile attack",
        ),
        (
            "Vorige week donderdag namen gewapende rebellen van het Verzetsfront van Gonaïves de havenstad "
            "Gonaïves in.",
            "nl",
            "Non-state actor overtakes territory",
        ),
        (
            "Op maandag staken duizenden betogers in Manokwari, de hoofdstad van de provincie "
            "West-Papoea, het "
            "gebouw van het regionale parlement in brand.",
            "nl",
            "Violent demonstration",
        ),
        (
            "Dinsdag drongen honderden betogers het parlementsgebouw in Quito binnen en sloegen ruiten in.",
            "nl",
            "Violent demonstration",
        ),
        (
            "Youths in Dumbea put up barricades late on Saturday and pelted gendarmes with stones.",
            "en",
            "Violent demonstration",
        ),
        (
            "Hundreds of officers stormed the favela on Thursday to arrest members of a drug gang and fought "
            "them for hours.",
            "en",
            "Armed clash",
        ),
    ],
)
def test_the_words_of_the_event_decide_its_sub_type(text: str, lang: str, sub_type: str) -> None:
    """Who killed whom, what was found, attempts, peacekeepers, Dutch verbs first and purposes."""
    events = kroniek.extract_text(text, date="2019-03-26", lang=lang)
    assert [e.sub_event_type for e in events] == [sub_type]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Since the coup, more than 12,000 people have been detained and 40,000 officials suspended.", "en"),
        ("In Butembo zijn sinds begin maart al meer dan zestig burgers vermoord.", "nl"),
        ("The UN mission has about 15,000 troops in Mali, working alongside the national army.", "en"),
        ("De VN-missie heeft zo'n 15.000 militairen in Mali, die samen met het leger optrekken.", "nl"),
        ("The militia used machetes, and police said more bodies could still be found in the forest.", "en"),
        ("On Wednesday, officials said drones had been seen over the village of Cobasna.", "en"),
        ("Woensdag zeiden functionarissen dat er drones waren gezien boven het dorp Cobasna.", "nl"),
        ("PSV inflicted a real massacre on their rivals in the stadium on Sunday.", "en"),
        ("'We Were Soldiers', about the battle of Ia Drang, opens in cinemas this week.", "en"),
        ("Police said they acted in self-defence, but witnesses said no stones were thrown.", "en"),
        ("Panic broke out among the shoppers after rumours of a gunman in the mall on Saturday.", "en"),
        ("In de menigte ontstond zaterdag paniek na geruchten over een zelfmoordterrorist.", "nl"),
        ("A fault in the cooling system released chlorine gas into a swimming pool in Lyon on Monday.", "en"),
        (
            "Na een uit de hand gelopen betoging in Larzac belandde hij op 20-jarige leeftijd in de "
            "gevangenis.",
            "nl",
        ),
        (
            "Het is de zoveelste lynchpartij sinds eind april, toen bewoners op eigen houtje jacht maakten "
            "op bendes.",
            "nl",
        ),
        (
            "Police have counted more than 60 attacks with explosives in Antwerp since the start of last "
            "year.",
            "en",
        ),
        ("Independence activists announced more rallies and called for a referendum.", "en"),
        (
            "Loyalist paramilitaries killed fourteen people in revenge attacks in the week that followed.",
            "en",
        ),
        ("Loyalistische paramilitairen doodden in de week daarna veertien mensen bij wraakacties.", "nl"),
        ("De oppositie kondigde nieuwe betogingen aan en eiste een referendum.", "nl"),
    ],
)
def test_summaries_sightings_metaphors_announcements_and_biographies_are_no_event(
    text: str, lang: str
) -> None:
    """Running tolls, force sizes, bodies found, films, denials, rumours, counts, announcements."""
    assert kroniek.extract_text(text, date="2019-03-26", lang=lang) == []


def test_a_force_size_beside_a_days_attack_keeps_the_attack() -> None:
    text = (
        "The mission, which has 15,000 troops in Mali, lost four soldiers on Monday when militants "
        "attacked a base."
    )
    assert kroniek.extract_text(text, date="2019-03-26", lang="en") != []


@pytest.mark.parametrize("cue", ["kustplaatsje", "vissersdorpje", "havenstadje"])
def test_a_dutch_diminutive_of_a_town_places_the_name_after_it(cue: str) -> None:
    text = (
        f"NAIROBI - Bij een aanval op het Keniaanse {cue} Mpeketoni zijn zondagavond zeker 48 mensen gedood."
    )
    events = kroniek.extract_text(text, date="2014-06-16", lang="nl")
    assert [(e.location, e.country) for e in events] == [("Mpeketoni", "Kenya")]


def test_the_start_of_a_span_told_by_a_when_clause_dates_that_event() -> None:
    text = (
        "NAIROBI - Al Shabaab fighters overran a base of African Union troops near Baidoa on Friday. "
        "It was the worst attack on the force since March last year, when al Shabaab overran a base of "
        "Ugandan peacekeepers at Janaale."
    )
    events = kroniek.extract_text(text, date="2016-01-17", lang="en")
    assert ("Non-state actor overtakes territory", "2015-03-15", 3) in [
        (e.sub_event_type, str(e.event_date), e.time_precision) for e in events
    ]
    dutch = (
        "NAIROBI - Strijders van al-Shabaab hebben vrijdag bij Baidoa een basis van Afrikaanse "
        "vredessoldaten veroverd. Het is de zwaarste aanval op de vredesmacht sinds maart vorig jaar. "
        "Toen veroverde al-Shabaab bij Janaale een basis van Ugandese blauwhelmen."
    )
    events = kroniek.extract_text(dutch, date="2016-01-17", lang="nl")
    assert "2015-03-15" in [str(e.event_date) for e in events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Het aantal gedode Filipijnse politiecommando's bij het vuurgevecht van zondag in Mamasapano, op "
            "het eiland Mindanao, is gestegen tot 44.",
            "nl",
        ),
        ("The number of police commandos killed in Sunday's gunbattle in Mamasapano has risen to 44.", "en"),
    ],
)
def test_the_number_of_those_killed_risen_to_is_the_toll(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2015-01-27", lang=lang)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 44)]


def test_a_street_and_downtown_are_no_towns() -> None:
    text = (
        "LIMA - Two car bombs exploded on Tarata street in Miraflores on Thursday night, killing 18 people."
    )
    assert [e.location for e in kroniek.extract_text(text, date="1992-07-17", lang="en")] == ["Miraflores"]
    later = "SEATTLE - Downtown merchants say last week's rioting in Seattle caused damage worth millions."
    assert [e.location for e in kroniek.extract_text(later, date="1999-12-09", lang="en")] == ["Seattle"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On August 20 last month, a suicide bomber blew himself up at a wedding in Gaziantep.", "en"),
        (
            "Op 20 augustus vorige maand blies een zelfmoordterrorist zich op bij een bruiloft in Gaziantep.",
            "nl",
        ),
    ],
)
def test_a_month_that_restates_the_day_before_it_keeps_the_day(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2016-09-13", lang=lang)
    assert [(str(e.event_date), e.time_precision) for e in events] == [("2016-08-20", 1)]


def test_an_announcement_beside_a_march_keeps_the_march() -> None:
    text = "Thousands marched in Kiev on Sunday and the opposition announced more protests."
    assert [e.sub_event_type for e in kroniek.extract_text(text, date="2019-03-26", lang="en")] == [
        "Peaceful protest"
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Wednesday marked four years since the Syrian Democratic Forces, backed by US air strikes, "
            "took full "
            "control of Raqqa from Islamic State.",
            "en",
        ),
        (
            "Woensdag was het vier jaar geleden dat de Syrische Democratische Strijdkrachten, met steun van "
            "Amerikaanse luchtaanvallen, de volledige controle over Raqqa overnamen van Islamitische Staat.",
            "nl",
        ),
    ],
)
def test_an_anniversary_with_support_set_off_by_commas_dates_the_capture_only(text: str, lang: str) -> None:
    events = kroniek.extract_text(text, date="2021-10-21", lang=lang)
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [
        ("Non-state actor overtakes territory", "2017-10-20")
    ]


def test_the_bombers_of_a_bombing_are_no_warplanes() -> None:
    text = (
        "A bomb exploded in a fish shop in Belfast on Saturday, killing nine people and one of the two "
        "bombers."
    )
    events = kroniek.extract_text(text, date="1993-10-25", lang="en")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_a_re_enactment_of_a_battle_tells_no_event() -> None:
    text = (
        "WATERLOO - Cannons thundered and thousands of soldiers charged across the fields on Friday as "
        "Belgium staged a re-enactment of the Battle of Waterloo. Some 5,000 re-enactors took part, watched "
        "by 60,000 spectators. The 'French' infantry stormed a farm, set ablaze with smoke machines. About "
        "47,000 soldiers were killed or wounded in the real battle."
    )
    assert kroniek.extract_text(text, date="2015-06-20", lang="en") == []


def test_rockets_intercepted_on_their_way_to_another_town_are_an_event_of_their_own() -> None:
    text = (
        "JERUZALEM - Palestijnse militanten hebben dinsdag raketten afgevuurd op Sderot; een ervan trof een "
        "loods. Twee raketten op weg naar Ashkelon werden onderschept door het afweersysteem."
    )
    events = kroniek.extract_text(text, date="2012-06-20", lang="nl")
    assert sorted(e.sub_event_type for e in events) == [
        "Disrupted weapons use",
        "Shelling/artillery/missile attack",
    ]
    assert [e.location for e in events if e.sub_event_type == "Disrupted weapons use"] == ["Ashkelon"]


def test_riot_police_are_no_town() -> None:
    text = (
        "De Russische politie heeft gisteren in Moskou honderden betogers opgepakt. ME'ers met helmen "
        "versperden metrostations en voerden demonstranten weg."
    )
    events = kroniek.extract_text(text, date="2021-02-01", lang="nl")
    assert {e.location for e in events} == {"Moscow"}


def test_a_dutch_march_held_on_a_weekday_in_the_present_is_announced() -> None:
    assert (
        kroniek.extract_text("Buurtbewoners houden zaterdag een stille mars tegen het geweld.", "2023-01-17")
        == []
    )
    held = kroniek.extract_text(
        "Buurtbewoners hielden zaterdag in Deurne een stille mars.", "2023-01-17", lang="nl"
    )
    assert [(e.sub_event_type, str(e.event_date)) for e in held] == [("Peaceful protest", "2023-01-14")]
