"""Sub-types from dev33's misses, nl and en: forces (a guard too) who fire on a crowd that
gathered peacefully; protesters who attack the police or loot after clashes (a riot);
gangs who attack the people of one nationality (mob violence); manned aircraft shot down
(a clash, not an interception); shells that kill or spread a yellow gas; bombers sent
against targets; a car with gas canisters that explodes; named people arrested by
gendarmes; the bodies of victims laid before an embassy (a protest); and what is no event:
protests a killing set off, a campaign that ended, bush fires, athletes who march.

Shapes from the development set `events_articles_dev33`; the sentences are our own.
"""

from __future__ import annotations

import pytest

from conftest import Coded


@pytest.mark.parametrize(
    ("lang", "text", "dct", "expected"),
    [
        # fire on a crowd that gathered peacefully, by a guard
        (
            "en",
            "On Sunday soldiers of the republican guard opened fire on thousands of opposition "
            "supporters who had gathered peacefully in a stadium in Lome.",
            "2017-03-10",
            ("Excessive force against protesters", "2017-03-05"),
        ),
        (
            "nl",
            "Zondag openden soldaten van de republikeinse garde het vuur op duizenden aanhangers "
            "van de oppositie die vreedzaam bijeen waren in een stadion in Lomé.",
            "2017-03-10",
            ("Excessive force against protesters", "2017-03-05"),
        ),
        # protesters who attack the police, or loot and burn after clashes
        (
            "nl",
            "Op 3 mei vielen betogers in Kisumu agenten aan met stenen en knuppels.",
            "2017-05-05",
            ("Violent demonstration", "2017-05-03"),
        ),
        (
            "en",
            "On Wednesday protesters in Lagos looted shops and set fire to a bank after clashes "
            "with police; no one was killed.",
            "2017-05-05",
            ("Violent demonstration", "2017-05-03"),
        ),
        # gangs who attack the people of one nationality
        (
            "en",
            "On Saturday mobs in Johannesburg began attacking Mozambican migrants, and several were killed.",
            "2008-05-20",
            ("Mob violence", "2008-05-17"),
        ),
        (
            "nl",
            "Zaterdag maakten groepen jongeren in Johannesburg jacht op Mozambikaanse migranten.",
            "2008-05-20",
            ("Mob violence", "2008-05-17"),
        ),
        (
            "nl",
            "Zaterdag sloeg het geweld over naar Durban, waar menigten winkels plunderden en twee "
            "mensen doodsloegen.",
            "2008-05-20",
            ("Mob violence", "2008-05-17"),
        ),
        # a manned aircraft shot down is a clash; drones shot down are disrupted weapons use
        (
            "en",
            "On Friday anti-aircraft fire brought down a Sukhoi near Donetsk.",
            "2015-05-12",
            ("Armed clash", "2015-05-08"),
        ),
        (
            "nl",
            "Vrijdag schoot luchtafweer bij Donetsk een Russische Sukhoi neer.",
            "2015-05-12",
            ("Armed clash", "2015-05-08"),
        ),
        (
            "nl",
            "Vrijdag haalde de luchtafweer drie drones neer boven Odessa.",
            "2015-05-12",
            ("Disrupted weapons use", "2015-05-08"),
        ),
        # shells that kill, or that spread a yellow gas
        (
            "nl",
            "Op 12 maart doodde een granaat op de markt van Gorazde elf mensen.",
            "1995-05-12",
            ("Shelling/artillery/missile attack", "1995-03-12"),
        ),
        (
            "nl",
            "Donderdag behandelden artsen in Idlib twintig strijders voor chloorvergiftiging nadat "
            "granaten hun stellingen hadden getroffen.",
            "2017-03-10",
            ("Chemical weapon", "2017-03-09"),
        ),
        # bombers sent against targets
        (
            "en",
            "On Sunday night Moscow sent bombers against rebel positions around Grozny.",
            "1999-05-12",
            ("Air/drone strike", "1999-05-09"),
        ),
        (
            "nl",
            "Zondagavond stuurde Moskou bommenwerpers op de stellingen van de rebellen rond Grozny af.",
            "1999-05-12",
            ("Air/drone strike", "1999-05-09"),
        ),
        # a car with gas canisters that explodes
        (
            "en",
            "On Friday a car with gas cylinders exploded outside a hotel in Mogadishu; no one was killed.",
            "2017-05-05",
            ("Remote explosive/landmine/IED", "2017-05-05"),
        ),
        # a named person arrested by gendarmes
        (
            "en",
            "On Monday gendarmes arrested Diallo on a road near Thies.",
            "2017-05-05",
            ("Arrests", "2017-05-01"),
        ),
        (
            "nl",
            "Maandag arresteerden gendarmes Diallo op een weg bij Thiès, op weg naar de rechtbank.",
            "2017-05-05",
            ("Arrests", "2017-05-01"),
        ),
        # a church banned
        (
            "nl",
            "Op 4 juni verbood de regering de Kitawala-kerk.",
            "2008-06-20",
            ("Change to group/activity", "2008-06-04"),
        ),
        # the raids dated by the day their own phrase tells, not the burial's
        (
            "en",
            "Residents today buried the victims of the air raids before dawn on Monday in Nis.",
            "1999-05-12",
            ("Air/drone strike", "1999-05-10"),
        ),
    ],
)
def test_the_sub_type_and_day(
    coded: Coded, lang: str, text: str, dct: str, expected: tuple[str, str]
) -> None:
    assert coded(text, lang, date=dct) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Monday villagers laid the bodies of shelling victims outside the governor's office in "
            "Kidal to demand protection.",
        ),
        (
            "nl",
            "Maandag legden dorpelingen de lichamen van slachtoffers van de beschietingen neer voor "
            "het stadhuis van Kidal om bescherming te eisen.",
        ),
    ],
)
def test_the_bodies_of_victims_laid_before_a_seat_of_power_are_a_protest(
    coded: Coded, lang: str, text: str
) -> None:
    assert coded(text, lang, date="2017-05-05") == [("Peaceful protest", "2017-05-01")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "On Monday police in Kisumu shot dead a student, which sparked protests.",
            [("Attack", "2016-05-09")],
        ),
        (
            "nl",
            "Op 9 maart doodde de politie in Gjakova vijftien boeren, wat leidde tot de bombardementen "
            "van de NAVO.",
            [("Attack", "2016-03-09")],
        ),
        ("en", "The air strikes, which lasted eleven weeks, ended on Friday.", []),
        ("nl", "De bombardementen, die elf weken duurden, eindigden vrijdag.", []),
        ("en", "Bush fires destroyed hundreds of homes in the north this week.", []),
        ("en", "Athletes of ninety nations marched into the stadium in Seoul on Friday.", []),
        ("nl", "De ploegen van negentig landen defileerden vrijdag door het stadion van Seoel.", []),
        ("nl", "Na een lek in de fabriek werden twaalf arbeiders behandeld voor chloorvergiftiging.", []),
    ],
)
def test_what_an_event_set_off_and_what_is_no_event(
    coded: Coded, lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert coded(text, lang, date="2016-05-12") == expected


def test_injured_passers_by_are_no_dead_where_no_one_died(coded: Coded) -> None:
    """ "twee voorbijgangers raakten gewond en niemand kwam om": the count is of the hurt."""
    import kroniek

    text = (
        "Vrijdag ontplofte voor een hotel in Mogadishu een auto met gasflessen; drie voorbijgangers "
        "raakten gewond en niemand kwam om."
    )
    events = kroniek.extract_text(text, date="2017-05-05", lang="nl")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Remote explosive/landmine/IED", 0)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "ANKARA - On Saturday evening a car bomb exploded at a bus stop in central Ankara, killing "
            "four people. Minutes later a suicide bomber blew himself up at a tram stop three hundred "
            "metres away, killing two.",
        ),
        (
            "nl",
            "ANKARA - Zaterdagavond ontplofte in het centrum van Ankara een autobom bij een bushalte, "
            "waarbij vier mensen omkwamen. Minuten later blies een zelfmoordterrorist zich op bij een "
            "tramhalte driehonderd meter verderop, waarbij twee doden vielen.",
        ),
    ],
)
def test_a_second_blast_minutes_later_some_way_off_is_an_event_of_its_own(
    coded: Coded, lang: str, text: str
) -> None:
    """Not the car bomb's course (a bomber who blew himself up makes a bombing a suicide
    bombing only when he is that bomb's)."""
    assert coded(text, lang, date="2016-03-13") == [
        ("Remote explosive/landmine/IED", "2016-03-12"),
        ("Suicide bomb", "2016-03-12"),
    ]
