"""What news tells that ACLED does not code, in the shapes of the blind development sets
`events_parallel_dev11` and `events_parallel_dev12`: ordinary crime in a country at peace,
films and exercises, calls, risks and travel advice, commemorations, business and sport
battles, and weapons found from old wars. The sentences are our own."""

from __future__ import annotations

import pytest

import kroniek


def _events(text: str, lang: str, date: str = "2023-06-07") -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.country) for e in kroniek.extract_text(text, date=date, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A 52-year-old man was shot dead outside his bar in Naples on Monday. Police arrested "
            "his neighbour.",
            "en",
        ),
        (
            "In een woning in Tilburg is maandagavond een vrouw doodgestoken. De politie hield haar "
            "ex-partner aan.",
            "nl",
        ),
        (
            "Three young men were shot dead in a car in the northern districts of Marseille on Sunday night.",
            "en",
        ),
    ],
)
def test_unclaimed_killings_in_a_country_at_peace_are_crime(text: str, lang: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("A far-right extremist shot dead two migrants in Hanau on Monday, police said.", "en", "Germany"),
        ("A police officer shot dead a teenager at a traffic stop in Nanterre on Monday.", "en", "France"),
        ("Gunmen shot dead three villagers in Zamfara state on Monday, police said.", "en", "Nigeria"),
        (
            "Bij een terroristische aanslag in Brussel zijn maandag twee Zweden doodgeschoten.",
            "nl",
            "Belgium",
        ),
    ],
)
def test_a_political_side_a_state_force_or_a_conflict_keeps_the_event(
    text: str, lang: str, country: str
) -> None:
    assert [c for _, c in _events(text, lang)] == [country]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In the opening scene six officers are killed in a truck suicide bombing.", "en"),
        ("In de openingsscène komen zes agenten om bij een zelfmoordaanslag met een vrachtwagen.", "nl"),
        ("Fighter jets carried out 'air strikes' on an imaginary enemy on Monday.", "en"),
        ("Tanks en artillerie openden maandag het vuur op een denkbeeldige vijand.", "nl"),
        ("Police 'freed' hostages from a plane taken over by mock hijackers on Monday.", "en"),
        ("Islamic State has called for attacks on Christmas markets in Europe.", "en"),
        ("The ministry cited 'a high risk of kidnappings and attacks', including in Niamey.", "en"),
        ("Er is volgens het ministerie 'een groot risico op ontvoeringen en aanslagen' in Niamey.", "nl"),
        (
            "Workers at the port of Antwerp will walk out on Friday in protest at the government's plans.",
            "en",
        ),
        ("The unions are protesting against government cuts.", "en"),
        ("In Brussel zijn maandag de aanslagen van 22 maart 2016 herdacht.", "nl"),
        ("Parachutists jumped on Saturday to mark 80 years since the start of the Battle of Arnhem.", "en"),
        ("The opposition accused the police of detaining and torturing thousands of its supporters.", "en"),
        ("More than 3,000 people were killed in jihadist violence in the first half of this year.", "en"),
        ("The battle for British supermarket chain Morrisons was decided on Monday.", "en"),
        ("The haul included dozens of rifles and several hand grenades from the Second World War.", "en"),
        ("Onder de wapens zijn enkele handgranaten uit de Tweede Wereldoorlog.", "nl"),
        ("The army deployed 70 soldiers and trucks to help.", "en"),
        ("Het leger is maandag ingezet om overlevenden te zoeken na de aardverschuiving.", "nl"),
        (
            "The Belgian rider launched an early attack on Sunday on the mountain stage, picking off the "
            "peloton like a sniper. His team manager called it a massacre on the final climb.",
            "en",
        ),
    ],
)
def test_no_event_in_make_believe_calls_and_figures_of_speech(text: str, lang: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A Palestinian teenager was shot dead by an Israeli soldier near Jenin on Monday. The army said "
            "the 17-year-old had thrown stones at an army vehicle at a checkpoint.",
            "en",
            [("Attack", "Military Forces of Israel")],
        ),
        (
            "Fighters of the group raided a village near Beni on Wednesday and killed 22 civilians "
            "with machetes.",
            "en",
            [("Attack", "Unidentified Armed Group (Democratic Republic of Congo)")],
        ),
        (
            "Gunmen on motorbikes stormed a boarding school near Funtua on Friday and took away "
            "dozens of pupils.",
            "en",
            [("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)")],
        ),
        (
            "Troops fought rebels near Santander de Quilichao on Saturday. The following day the government "
            "sent 500 more troops to the region.",
            "en",
            [("Armed clash", "Military Forces of Colombia"), ("Change to group/activity", "")],
        ),
    ],
)
def test_who_did_it_decides_the_sub_type(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    """Stones the victim is said to have thrown, or machetes in fighters' hands, make no mob;
    pupils taken away are abducted; troops sent to a region are a change of activity."""
    events = kroniek.extract_text(text, date="2023-03-21", lang=lang)
    assert [(e.sub_event_type, e.actor1) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A swimmer was mauled by a shark off Esperance on Sunday. Other swimmers fought off the animal.",
            "en",
        ),
        (
            "Een zwemmer is zondag bij Esperance aangevallen door een haai. Andere zwemmers hebben "
            "de haai verjaagd.",
            "nl",
        ),
        ("Nine workers died when fire swept through a garment warehouse in Karachi on Tuesday.", "en"),
        ("In Karachi kwamen dinsdag negen arbeiders om toen een brand door een kledingpakhuis raasde.", "nl"),
        (
            "At least 12 miners were killed in a methane explosion at a state-run coal mine in "
            "Zonguldak on Friday.",
            "en",
        ),
        (
            "Bij een mijngasexplosie in een kolenmijn in Zonguldak zijn vrijdag zeker twaalf "
            "mijnwerkers omgekomen.",
            "nl",
        ),
        (
            "An exhibition on the bombing of Dresden in 1945, which killed 25,000 people, opened in "
            "Berlin on Thursday.",
            "en",
        ),
        ("In Berlijn is donderdag een tentoonstelling over het bombardement op Dresden geopend.", "nl"),
        ("'Quo Vadis' shows Bosnian Serb forces separating the men from the women.", "en"),
        ("Warplanes and attack helicopters flew overhead in formation on Tuesday.", "en"),
        ("Police searched a farm near Tilburg on Monday. No weapons were found.", "en"),
        ("De politie doorzocht maandag een boerderij bij Tilburg. Er werden geen wapens gevonden.", "nl"),
        ("Analysts expect a long battle for shareholders' support in Amsterdam.", "en"),
        ("Most opposition deputies stayed away in protest at the new law on Tuesday.", "en"),
        ("Trade unions have called a general strike in the town for Monday.", "en"),
        ("Protest leaders in Mandalay called for more demonstrations and a general strike.", "en"),
        ("Four soldiers were slightly injured in a road accident near Trondheim on Tuesday.", "en"),
        ("Bij een verkeersongeluk bij Trondheim raakten dinsdag vier militairen lichtgewond.", "nl"),
        (
            "The unions have called off a national strike and a march in Ghent that had been planned "
            "for Monday.",
            "en",
        ),
        ("De vakbonden hebben de staking en de mars in Gent van maandag afgeblazen.", "nl"),
        ("'Not a single shot was fired,' an army spokesman in Goma said on Sunday.", "en"),
        ("Customs officers in Rotterdam seized two tonnes of cocaine on Tuesday.", "en"),
        (
            "A hunter was shot dead by a fellow hunter who mistook him for a wild boar near Sedan on "
            "Saturday.",
            "en",
        ),
        ("Bij een drijfjacht bij Sedan is zaterdag een jager doodgeschoten door een medejager.", "nl"),
        (
            "More than 30 candidates have been murdered since last September, a consultancy in "
            "Mexico City said.",
            "en",
        ),
        ("Firefighters battled a forest fire near Coimbra on Sunday.", "en"),
        ("Brandweerlieden vochten zondag bij Coimbra tegen een bosbrand.", "nl"),
        ("Taiwan said no missile landed on its territory near Taipei on Thursday.", "en"),
        ("Bijna de helft van de Nederlanders is bang dat er in Nederland een aanslag wordt gepleegd.", "nl"),
        ("De politie ontruimde woensdag scholen in Belgrado na bommeldingen per e-mail.", "nl"),
        ("Navy ships pulled more than 200 people from the water off Buton on Thursday.", "en"),
    ],
)
def test_no_event_in_accidents_animals_exhibitions_plans_called_off_and_finds_of_nothing(
    text: str, lang: str
) -> None:
    assert _events(text, lang) == []


def test_an_attack_on_a_military_parade_is_still_an_attack() -> None:
    text = "A drone attack on a military parade in Aden killed at least 30 soldiers on Thursday."
    assert _events(text, "en", "2019-08-02")
