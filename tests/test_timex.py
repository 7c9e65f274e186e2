import pytest

from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for


def values(lang: str, text: str, dct: PartialDate | None) -> list[tuple[str, str, str]]:
    tagger = tagger_for(lang)
    assert tagger is not None
    return [(m.text, m.type, m.value) for m in tagger.find(text, dct)]


def test_dutch_explicit_and_weekday_with_month_precision_dct() -> None:
    text = (
        "Maandag werd een aanval verijdeld. Hij was op 3 januari 2020 gedood. Op 9 december kwam het einde."
    )
    found = values("nl", text, PartialDate(2022, 1))
    assert ("Maandag", "DATE", "XXXX-WXX-1") in found  # no invented day
    assert ("3 januari 2020", "DATE", "2020-01-03") in found
    assert ("9 december", "DATE", "2021-12-09") in found  # past reading of a bare date


def test_dutch_weekday_part_and_relative_days_with_day_dct() -> None:
    dct = PartialDate(2022, 1, 5)  # a Wednesday
    found = values("nl", "dinsdagochtend werd hij gezien en gisteren, 03-01-2022 en 48 uur", dct)
    assert found == [
        ("dinsdagochtend", "TIME", "2022-01-04TMO"),
        ("gisteren", "DATE", "2022-01-04"),
        ("03-01-2022", "DATE", "2022-01-03"),
        ("48 uur", "DURATION", "PT48H"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On 8 May 2020, protesters gathered", "2020-05-08"),
        ("on January 3rd, 2020", "2020-01-03"),
        ("on 2020-01-03", "2020-01-03"),
        ("Tuesday night", "2020-05-12TNI"),  # the part of the day, as in Dutch
        ("last Tuesday", "2020-05-05"),  # said on a Tuesday: a week ago
        ("around Wednesday's ruling", "2020-05-06"),  # a possessive weekday is past
        ("Horsley said Friday that he would appeal", "2020-05-08"),  # "would" is another clause
        ("the year-ago quarter", "2019-Q1"),  # the quarter reported on, a year back
        ("He stepped down in October", "2019-10"),
        ("the October slaying was never solved", "2019-10"),  # a full month name alone
        ("the 11th century temple", "10"),  # past tense: not the nearer 2020-10
        ("this morning", "2020-05-12TMO"),
        ("the third quarter", "2019-Q3"),
        ("a loss in the 1988 second quarter", "1988-Q2"),  # the year before the ordinal
        ("profit rose 5% from last year's $3 a share in the quarter", "2019"),  # "last year" stays a year
        ("profit of $3 a share in the quarter, against $2 a year earlier", "2019-Q1"),
        ("the past three years", "P3Y"),
        ("a few days", "PXD"),
        ("now", "PRESENT_REF"),
        ("daily", "P1D"),
        ("Christmas", "2019-12-25"),
        ("three days ago", "2020-05-09"),
        ("in March", "2020-03"),
        ("in 2019", "2019"),
        ("two years ago", "2018"),
        ("a temple built 4,500 years ago", "PAST_REF"),  # before year 1: the past, no crash
        ("shot at protesters on October 20 last year", "2019-10-20"),  # one date, not October 2020
        ("on 5 May of last year", "2019-05-05"),
        ("police arrived at 9 a.m. Tuesday", "2020-05-12T09:00"),  # one time, on that day
        ("the siege lasted 5 1/2 hours", "PT5H30M"),
        ("he served two and a half years", "P2Y6M"),
        ("it took a minute and a half", "PT1M30S"),
        ("the team planned to leave on Thursday", "2020-05-14"),  # a plan: the coming Thursday
    ],
)
def test_english_values(text: str, value: str) -> None:
    found = values("en", text, PartialDate(2020, 5, 12))
    assert value in [v for _, _, v in found]


def test_counts_are_not_years_or_clock_times() -> None:
    assert values("nl", "nog zowat 2.500 Amerikaanse soldaten", PartialDate(2022, 1)) == []
    assert values("nl", "zo'n 10.000 leden", PartialDate(2022, 1)) == []


def test_dutch_tense_decides_weekdays_and_clock_times_take_the_day() -> None:
    dct = PartialDate(2019, 3, 4)  # a Monday
    assert values("nl", "Donderdag vergadert de gemeenteraad.", dct) == [("Donderdag", "DATE", "2019-03-07")]
    assert values("nl", "Donderdag werd de raad ingelicht.", dct) == [("Donderdag", "DATE", "2019-02-28")]
    assert values("nl", "Morgen om 20.00 uur begint het debat.", dct) == [
        ("Morgen", "DATE", "2019-03-05"),
        ("20.00 uur", "TIME", "2019-03-05T20:00"),
    ]
    assert values("nl", "Jolanda Zondag sprak.", dct) == []  # a surname, not a weekday
    assert values("nl", "elke zaterdag", dct) == [("elke zaterdag", "SET", "XXXX-WXX-6")]
    assert values("nl", "vorige zomer", PartialDate(2019, 2, 12)) == [("vorige zomer", "DATE", "2018-SU")]
    assert values("nl", "drie jaar en negen maanden", dct) == [
        ("drie jaar en negen maanden", "DURATION", "P3Y9M")
    ]
    assert values("nl", "anderhalf jaar geleden", PartialDate(2019, 2, 12)) == [
        ("anderhalf jaar geleden", "DATE", "2017-08")
    ]


def test_without_dct_values_stay_underspecified() -> None:
    found = values("en", "on Tuesday, on 5 June", None)
    assert [v for _, _, v in found] == ["XXXX-WXX-2", "XXXX-06-05"]


def infer(text: str, dct: PartialDate) -> PartialDate | None:
    from kroniek.temporal.dct import infer_dct

    tagger = tagger_for("nl")
    assert tagger is not None
    return infer_dct(tagger, text, dct)


def test_dct_inferred_from_an_anniversary_anchor() -> None:
    text = (
        "Zaterdag was het precies vijf jaar geleden dat de ramp gebeurde. "
        "Zondag werd er een mars gehouden. De ramp vond plaats op 6 maart 2016."
    )
    # 6 March 2021 was a Saturday: Saturday is fixed, and Sunday makes the DCT 7 March.
    assert infer(text, PartialDate(2021, 3)) == PartialDate(2021, 3, 7)


def test_dct_inferred_from_years_marked_since_a_dated_event() -> None:
    """ "Monday marked four years since ... on January 8, 2020" fixes that Monday in an
    article of January 2024, as "Maandag was het vier jaar geleden dat" does in Dutch."""
    from kroniek.temporal.dct import infer_dct

    tagger = tagger_for("en")
    assert tagger is not None
    text = (
        "Two drones were shot down on Tuesday. Monday marked four years since Iran fired missiles "
        "at the Ain al-Asad air base on January 8, 2020."
    )
    assert infer_dct(tagger, text, PartialDate(2024, 1)) == PartialDate(2024, 1, 9)


def test_dct_inferred_from_explicit_dates_and_weekdays() -> None:
    text = "Op 14 februari protesteerden boeren. Vrijdag volgde een tweede actie."
    assert infer(text, PartialDate(2019, 2)) == PartialDate(2019, 2, 15)  # 14 Feb 2019: Thursday


def test_dct_inferred_from_a_span_counted_from_a_dated_event() -> None:
    text = (
        "Indiase gevechtsvliegtuigen hebben dinsdagochtend een doel bij Balakot bestookt. De luchtaanval "
        "kwam twaalf dagen na de zelfmoordaanslag van 14 februari bij Pulwama."
    )
    assert infer(text, PartialDate(2019, 2)) == PartialDate(2019, 2, 26)  # 14 + 12: a Tuesday


def test_a_day_earlier_counts_from_the_date_told_before_it() -> None:
    text = "De coalitie antwoordde maandag met luchtaanvallen. Een dag eerder werden drones onderschept."
    found = values("nl", text, PartialDate(2021, 3, 9))
    assert found == [("maandag", "DATE", "2021-03-08"), ("Een dag eerder", "DATE", "2021-03-07")]
    text = "The coalition responded on Monday with air strikes. A day earlier, drones were intercepted."
    found = values("en", text, PartialDate(2021, 3, 9))
    assert found == [("Monday", "DATE", "2021-03-08"), ("A day earlier", "DATE", "2021-03-07")]


def test_a_feast_in_the_month_of_publication_is_known_to_the_day() -> None:
    text = "Op Pinksterzondag zijn veertig mensen omgekomen. Een dag later trokken jongeren door de straten."
    assert infer(text, PartialDate(2022, 6)) == PartialDate(2022, 6, 6)  # Pentecost 2022: 5 June


def test_no_evidence_no_inferred_day() -> None:
    assert infer("Dinsdag werd een aanval verijdeld.", PartialDate(2022, 1)) is None
    assert infer("Dinsdag op 4 januari.", PartialDate(2022, 1, 5)) is None  # already a day
    found = values("nl", "Dinsdag werd een aanval verijdeld.", PartialDate(2022, 1))
    assert found == [("Dinsdag", "DATE", "XXXX-WXX-2")]


def test_plural_unit_without_number_is_vague() -> None:
    found = values("nl", "De afgelopen maanden waren er aanvallen.", PartialDate(2022, 1))
    assert found == [("De afgelopen maanden", "DURATION", "PXM")]


def test_ranges_and_vague_amounts() -> None:
    dct = PartialDate(2019, 3, 4)
    assert values("nl", "van 15 tot en met 18 maart", dct) == [
        ("15", "DATE", "2019-03-15"),
        ("18 maart", "DATE", "2019-03-18"),
    ]
    assert values("en", "from March 15 to 18", dct) == [
        ("March 15", "DATE", "2019-03-15"),
        ("18", "DATE", "2019-03-18"),
    ]
    assert values("nl", "tientallen jaren geleden", dct) == [("tientallen jaren geleden", "DATE", "PAST_REF")]
    assert values("nl", "Al tientallen jaren", dct) == [("Al tientallen jaren", "DURATION", "PXY")]


def test_holidays_are_computed() -> None:
    dct = PartialDate(2019, 3, 4)
    assert values("nl", "Na Pasen volgt Pinksteren.", dct) == [
        ("Pasen", "DATE", "2019-04-21"),
        ("Pinksteren", "DATE", "2019-06-09"),
    ]
    assert values("en", "on Thanksgiving Day", PartialDate(2020, 11, 2)) == [
        ("Thanksgiving Day", "DATE", "2020-11-26")
    ]


def test_this_month_is_in_the_publication_year() -> None:
    from kroniek.dates import PartialDate
    from kroniek.temporal import tagger_for

    for lang, text in (("en", "The plant opens this September."), ("en", "The plant opened this September.")):
        (found,) = tagger_for(lang).find(text, PartialDate.parse("1998-02-10"))
        assert found.value == "1998-09"  # not the nearer September of 1997


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A season told by its weather has been lived through; a plain one follows the tense.
        ("De tuincentra profiteerden van de hete zomer.", ("de hete zomer", "DATE", "2018-SU")),
        ("De oogst is klein door een zeer droge zomer.", ("zeer droge zomer", "DATE", "2018-SU")),
        (
            "Het college verwacht aan het begin van de zomer een besluit te nemen.",
            ("het begin van de zomer", "DATE", "2019-SU"),
        ),
        ("Het museum ging in de winter dicht.", ("de winter", "DATE", "2018-WI")),  # 2018/19
        ("Het plan moet klaar zijn tegen het eind van het jaar.", ("het eind van het jaar", "DATE", "2019")),
        ("Het overleg duurde maar een kwartier.", ("een kwartier", "DURATION", "PT15M")),
        ("Het akkoord uit december werd gisteren goedgekeurd.", ("december", "DATE", "2018-12")),
        # A clock time beside a recurring day is any day's time.
        ("Elke dinsdag van 09.00 tot 12.00 uur is het loket open.", ("09.00", "TIME", "XXXX-XX-XXT09:00")),
        # Units, named months and years, evening hours, anaphora and weak past tenses.
        ("De finalisten brachten een etmaal door in het museum.", ("een etmaal", "DURATION", "P1D")),
        ("Dat is een record ten opzichte van eerdere jaren.", ("eerdere jaren", "DATE", "PAST_REF")),
        (
            "KLM vervoerde in de maand maart 1,2 procent minder passagiers.",
            ("de maand maart", "DATE", "2019-03"),
        ),
        ("Sinds het jaar 2004 geldt een limiet.", ("het jaar 2004", "DATE", "2004")),
        ("Door de droogte die deze winter het land treft.", ("deze winter", "DATE", "2018-WI")),  # 2018/19
        (
            "Een getuige hoorde rond tien uur 's avonds gestommel.",
            ("tien uur 's avonds", "TIME", "2019-04-01T22:00"),
        ),
        ("In een onderzoek in 2017 zei 61 procent dat jaar bedreigd te zijn.", ("dat jaar", "DATE", "2017")),
        ("Het proces begint mogelijk pas laat dit jaar.", ("laat dit jaar", "DATE", "2019")),
        ("Maximaal twintig minuten achter elkaar kijken.", ("Maximaal twintig minuten", "DURATION", "PT20M")),
        (
            "De gemeente stortte donderdag een te hoog bedrag.",
            ("donderdag", "DATE", "2019-03-28"),
        ),  # weak past
        ("De man wordt op dit moment niet verdacht.", ("dit moment", "DATE", "PRESENT_REF")),
    ],
)
def test_dutch_seasons_parts_of_the_year_and_recurring_times(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in values("nl", text, PartialDate(2019, 4, 1))


def test_ages_and_counts_are_not_durations_or_years() -> None:
    dct = PartialDate(2019, 4, 1)
    assert values("nl", "De oud-burgemeester werd 82 jaar.", dct) == []
    assert values("nl", "Er meldden zich 1800 automobilisten aan.", dct) == []
    assert [v for _, _, v in values("nl", "In 2018 werden 40 woningen gebouwd.", dct)] == ["2018"]


def test_a_night_between_two_weekdays_is_the_night_that_begins_on_the_first() -> None:
    dct = PartialDate(2019, 11, 25)  # a Monday
    found = values("nl", "In de nacht van zaterdag op zondag werden busjes in brand gestoken.", dct)
    assert found == [("de nacht van zaterdag op zondag", "TIME", "2019-11-23TNI")]
    found = values("en", "Vans were set on fire on the night of Saturday to Sunday.", dct)
    assert [(text, value[:10]) for text, _, value in found] == [
        ("the night of Saturday to Sunday", "2019-11-23")
    ]


def test_a_plan_named_as_a_noun_and_a_would_be_bomber_are_no_future() -> None:
    dct = PartialDate(2023, 3, 12)  # a Sunday
    found = values(
        "en", "Thousands rallied on Saturday night against the government's plan to curb the courts.", dct
    )
    assert ("Saturday night", "2023-03-11") in [(text, value[:10]) for text, _, value in found]
    found = values("en", "Soldiers shot a would-be bomber on Monday night.", PartialDate(2019, 6, 4))
    assert [(text, value[:10]) for text, _, value in found] == [("Monday night", "2019-06-03")]


def test_a_weekday_with_a_day_number_finds_its_month() -> None:
    dct = PartialDate(2019, 3, 30)  # a Saturday
    found = values("nl", "De finale is zaterdag 25, de halve finale zaterdag 18 om 14.00 uur.", dct)
    assert [(text, value) for text, _, value in found][:2] == [
        ("zaterdag 25", "2019-05-25"),
        ("zaterdag 18", "2019-05-18"),
    ]
    found = values("en", "The vote is on Saturday the 25th.", dct)
    assert [(text, value) for text, _, value in found] == [("Saturday the 25th", "2019-05-25")]
    # A count after a weekday is no day of the month.
    assert values("nl", "Zondag 3 doden bij een aanslag.", dct)[0][0] == "Zondag"


@pytest.mark.parametrize(
    ("lang", "text", "by_tense"),
    [
        ("nl", "De betoging was dinsdag.", True),
        ("nl", "Het gebeurde dinsdagavond.", True),
        ("en", "Police fired on Tuesday night.", True),
        ("nl", "De betoging was afgelopen dinsdag.", False),
        ("nl", "De betoging was op dinsdag 4 januari.", False),
        ("nl", "De markt is elke dinsdag.", False),
    ],
)
def test_a_bare_weekday_says_that_a_tense_chose_its_week(lang: str, text: str, by_tense: bool) -> None:
    (found,) = tagger_for(lang).find(text, PartialDate.parse("2022-01-06"))
    assert found.by_tense is by_tense


JULY_24 = "2000-07-24"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "Mijn doel was erbij te zijn op Euro 2000.", []),  # a year inside a name
        ("nl", "In 2000 was het rustig.", [("2000", "DATE", "2000")]),
        ("nl", "Nu de deal niet doorgaat, is er geen probleem.", []),  # "now that"
        ("nl", "Hij is nu thuis.", [("nu", "DATE", "PRESENT_REF")]),  # a DATE, though its name has a T
        ("nl", "Hij mag 2,5 jaar de cel in.", [("2,5 jaar", "DURATION", "P30M")]),
        ("nl", "Ik ben er anderhalf jaar mee bezig.", [("anderhalf jaar", "DURATION", "P18M")]),
        ("en", "He spent 1.5 years in jail.", [("1.5 years", "DURATION", "P18M")]),
        ("nl", "In de zestiende eeuw was dat anders.", [("de zestiende eeuw", "DATE", "15")]),
        ("en", "the sixteenth century", [("the sixteenth century", "DATE", "15")]),
        ("en", "They could leave as soon as Tuesday.", [("Tuesday", "DATE", "2000-07-04")]),  # Saturday DCT
        ("en", "They were planning to march on Monday.", [("Monday", "DATE", "2000-07-03")]),
        ("nl", "Pas om zes uur trokken de wagens voorbij.", [("zes uur", "TIME", "2000-07-01T06:00")]),
        ("nl", "Het duurde zes uur.", [("zes uur", "DURATION", "PT6H")]),
        ("nl", "Het verschil bedraagt 25 seconden.", [("25 seconden", "DURATION", "PT25S")]),
        ("nl", "Open van 13/07 tot 24/07.", [("13/07", "DATE", "2000-07-13"), ("24/07", "DATE", JULY_24)]),
        ("nl", "Dat wil 3/4 van de kiezers.", []),  # a fraction
        ("nl", "In 1543 stierf Copernicus.", [("1543", "DATE", "1543")]),
        ("nl", "Er kwamen 1543 deelnemers.", []),
        ("nl", "Het festival is op 7 juli.", [("7 juli", "DATE", "2000-07-07")]),  # the sentence's full stop
        (
            "nl",
            "In de oudejaarsnacht werden auto's in brand gestoken.",
            [("oudejaarsnacht", "DATE", "2000-01-01")],
        ),
        ("en", "The day after the bombing, crowds gathered.", []),  # no date: the event linker counts it
        # Flemish "ago":
        ("nl", "Twee weken terug werd hij opgepakt.", [("Twee weken terug", "DATE", "2000-W24")]),
        ("nl", "Hij kwam twee weken terug naar huis.", [("twee weken", "DURATION", "P2W")]),
        ("nl", "'s Avonds gaat hij uit.", [("'s Avonds", "SET", "XXXX-XX-XXTEV")]),  # habitual
        ("nl", "Het is dagelijks 's avonds open.", [("dagelijks 's avonds", "SET", "XXXX-XX-XXTEV")]),
        ("nl", "Ze komt om de twee weken.", [("om de twee weken", "SET", "P2W")]),
        ("nl", "Dat gebeurt om de zoveel jaar.", [("om de zoveel jaar", "SET", "PXY")]),
        ("nl", "Het begint op 1 sept. met de bouw", [("1 sept.", "DATE", "2000-09-01")]),  # an abbreviation
    ],
)
def test_names_conjunctions_decimals_centuries_and_hours(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = tagger_for(lang).find(text, PartialDate.parse("2000-07-01"))
    assert [(m.text, m.type, m.value) for m in found] == expected


def test_dutch_weak_past_tenses_send_a_bare_weekday_back() -> None:
    dct = PartialDate(2000, 7, 1)  # a Saturday
    for text in ("Op dinsdag organiseerde zij een diner.", "Er is onrust, zo bleek dinsdag."):
        assert ("dinsdag", "DATE", "2000-06-27") in values("nl", text, dct)


def test_clock_ranges_short_years_and_units_for_long() -> None:
    dct = PartialDate(2000, 7, 1)
    assert values("nl", "Op zondag 9 juli van 9 - 18 uur is de tuin open.", dct)[1:] == [
        ("9", "TIME", "2000-07-09T09:00"),
        ("18 uur", "TIME", "2000-07-09T18:00"),
    ]
    assert ("2 oktober '96", "DATE", "1996-10-02") in values("nl", "Hij werd op 2 oktober '96 geboren.", dct)
    assert values("nl", "Sinds '91 woont hij in Gent.", dct) == [("'91", "DATE", "1991")]
    assert values("nl", "Ze hebben jarenlang ingeleverd.", dct) == [("jarenlang", "DURATION", "PXY")]
    assert values("nl", "Er rijden vier treinen per uur.", dct) == [("per uur", "SET", "PT1H")]


def test_the_next_day_counts_from_the_date_before_it_and_a_christmas_market_is_no_date() -> None:
    dct = PartialDate(2019, 3, 14)
    english = values("en", "They took Buulobarde on Monday. The next day the army retook it.", dct)
    assert ("The next day", "DATE", "2019-03-12") in english
    dutch = values("nl", "Zij namen maandag Buulobarde in. De volgende dag heroverde het leger de stad.", dct)
    assert ("De volgende dag", "DATE", "2019-03-12") in dutch
    assert values("en", "The attack on the Christmas market shocked the city.", dct) == []
    english = values("en", "They left on Monday; they had arrived the day before.", dct)
    assert ("the day before", "DATE", "2019-03-10") in english
    clause = values("en", "He was last seen on Monday, the day before police issued a warrant.", dct)
    assert [v[0] for v in clause] == ["Monday"]  # "the day before police issued": a conjunction
    assert values("en", "Saturday, the 18th weekend of protests, was calm.", dct) == [
        ("Saturday", "DATE", "2019-03-09")
    ]


def test_a_past_weekend_told_on_a_weekday_and_an_ordinal_day_of_protests() -> None:
    thursday = PartialDate(2019, 6, 20)
    assert values("en", "They called for a crackdown after the arrest at the weekend.", thursday) == [
        ("the weekend", "DATE", "2019-W24-WE")
    ]
    assert values("en", "The march will take place at the weekend.", thursday) == [
        ("the weekend", "DATE", "2019-W25-WE")
    ]
    assert values(
        "en", "They blocked the bridge on Tuesday, the 13th day of protests.", PartialDate(2019, 10, 29)
    ) == [("Tuesday", "DATE", "2019-10-29")]


def test_dutch_ages_are_no_durations_and_a_year_counted_from_a_day_is_a_year() -> None:
    assert (
        values("nl", "Van de jongeren van 15 tot 18 jaar is de helft ingeënt.", PartialDate(2019, 4, 8)) == []
    )
    found = values("nl", "Op 3 maart 2011 begon het. Vier jaar later stopte het.", PartialDate(2019, 4, 8))
    assert ("Vier jaar later", "DATE", "2015") in found


def test_the_new_year_of_another_calendar_is_no_first_of_january() -> None:
    """ "het Perzische nieuwjaar" (Nowruz, in March) is no 1 January; "nieuwjaar" alone is."""
    dct = PartialDate(2019, 3, 22)
    assert not [
        v for v in values("nl", "Afghanen vierden het Perzische nieuwjaar.", dct) if v[2].endswith("-01-01")
    ]
    assert ("nieuwjaar", "DATE", "2019-01-01") in values("nl", "Op nieuwjaar was het rustig.", dct)


def test_years_as_broadcasts_say_them() -> None:
    """Transcripts spell years out: "nineteen ninety-six", "January nineteen ninety-seven",
    "the year two thousand"; a count before "-year-olds" is no year."""
    dct = PartialDate(1998, 2, 27)
    assert values("en", "In nineteen ninety-one he was convicted.", dct) == [
        ("nineteen ninety-one", "DATE", "1991")
    ]
    assert values("en", "January nineteen ninety-seven. Atlanta again.", dct) == [
        ("January nineteen ninety-seven", "DATE", "1997-01")
    ]
    assert values("en", "The approach of the year two thousand worries them.", dct) == [
        ("the year two thousand", "DATE", "2000")
    ]
    assert values("en", "Nineteen twenty-year-olds were hurt.", dct) == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # Yesterday would be "yesterday": "last Tuesday", written on a Wednesday, is a week before.
        ("en", "The reporter beaten during last Tuesday's clashes is back at work.", "2019-08-13"),
        ("en", "He was arrested last Friday.", "2019-08-16"),
        ("nl", "Vorige dinsdag werd hij opgepakt.", "2019-08-13"),
        ("nl", "Afgelopen dinsdag werd hij opgepakt.", "2019-08-20"),  # the most recent one
    ],
)
def test_last_weekday_is_not_yesterday(lang: str, text: str, value: str) -> None:
    wednesday = PartialDate(2019, 8, 21)
    assert [v for _, _, v in values(lang, text, wednesday)] == [value]
