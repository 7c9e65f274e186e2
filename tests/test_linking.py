"""The document stage: which date and country each event gets, and what is merged."""

import kroniek


def types_and_days(text: str, date: str, lang: str) -> list[tuple[str, str | None]]:
    """The sub-types and days of a text's events, sorted."""
    return sorted((e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date=date, lang=lang))


def test_lead_sentence_and_dated_detail_are_one_event() -> None:
    text = (
        "In het noorden van Nigeria zijn bij gevechten tussen het leger en jihadisten drie doden "
        "gevallen. De strijders vielen zaterdag 6 mei een legerpost aan bij Gwoza, vlak bij de "
        "grens met Kameroen. Na een vuurgevecht trokken de aanvallers zich terug."
    )
    events = kroniek.extract_text(text, date="2023-05", lang="nl")
    assert [(e.sub_event_type, e.event_date, e.time_precision, e.country, e.fatalities) for e in events] == [
        ("Armed clash", "2023-05-06", 1, "Nigeria", 3)
    ]
    assert len(events[0].evidence) >= 2


def test_a_country_merely_mentioned_is_not_the_place() -> None:
    text = (
        "Bij een bomaanslag in Kaboel in Afghanistan zijn zeker twaalf doden gevallen. "
        "Washington en Pakistan veroordeelden de aanslag. Afghanistan rouwt."
    )
    events = kroniek.extract_text(text, date="2023-03-14", lang="nl")
    assert {e.country for e in events} == {"Afghanistan"}


def test_undated_event_in_an_undated_article() -> None:
    events = kroniek.extract_text("Protesters marched through Bamako, Mali.", lang="en")
    assert [(e.event_date, e.time_precision) for e in events] == [(None, 4)]


def test_since_a_year_is_not_the_date_of_the_event() -> None:
    text = "Gunmen kidnapped two farmers near Saravena, Colombia, in a conflict that has raged since 1964."
    events = kroniek.extract_text(text, date="2023-06-12", lang="en")
    # Undated fresh news: the day before publication, known to the week only.
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Abduction/forced disappearance", "2023-06-11", 2)
    ]


def test_an_event_dated_by_its_year_alone_is_not_coded_unless_another_mention_says_more() -> None:
    text = "In 1995 werden in China tientallen priesters gearresteerd."
    assert kroniek.extract_text(text, date="2000-07-01", lang="nl") == []
    seed_like = (
        "Maandag was het twee jaar geleden dat generaal Soleimani omkwam bij een Amerikaanse "
        "drone-aanval in Irak. De drone-aanval op 3 januari 2020 bij de luchthaven van Bagdad kostte "
        "ook een Iraakse commandant het leven."
    )
    (strike,) = kroniek.extract_text(seed_like, date="2022-01", lang="nl")
    assert (strike.sub_event_type, strike.event_date) == ("Air/drone strike", "2020-01-03")
    assert strike.actor1 == "Military Forces of the United States"  # from the mention dated "two years ago"


def test_the_start_or_end_of_a_month_or_year_dates_the_event_to_its_first_or_last_day() -> None:
    def dated(text: str) -> list[tuple[str | None, int]]:
        events = kroniek.extract_text(text, date="2000-07-01", lang="nl")
        return [(e.event_date, e.time_precision) for e in events]

    assert dated("Eind april werden in Peking tientallen priesters gearresteerd.") == [("2000-04-30", 3)]
    assert dated("Begin april werden in Peking tientallen priesters gearresteerd.") == [("2000-04-01", 3)]
    assert dated("In april werden in Peking tientallen priesters gearresteerd.") == [("2000-04-15", 3)]
    assert dated("Eind vorig jaar werden in China tientallen priesters gearresteerd.") == [("1999-12-31", 3)]


def test_since_a_day_dates_the_event_that_began_then() -> None:
    text = "Rebellen houden de leden van de regering sinds 19 mei gevangen in het parlementsgebouw in Suva."
    events = kroniek.extract_text(text, date="2000-06-02", lang="nl")
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Abduction/forced disappearance", "2000-05-19", 1)
    ]


def test_a_date_told_with_the_event_noun_dates_it_over_the_date_that_opens_the_sentence() -> None:
    cases = [
        (
            "nl",
            "En 2019 begon nóg slechter: bij de aanslag vorige maand op een tram in Utrecht "
            "vielen vier doden.",
            ("Attack", "2019-03-15", 3),
        ),  # a month: ACLED's mid-month convention
        (
            "en",
            "In 2019 things got worse: the attack on Monday on a tram in Utrecht killed four people.",
            ("Attack", "2019-04-01", 1),
        ),
    ]
    for lang, text, expected in cases:
        events = kroniek.extract_text(text, date="2019-04-03", lang=lang)
        assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [expected], lang


def test_a_date_after_the_event_and_its_named_place_or_in_its_relative_clause_dates_it() -> None:
    cases = [
        (
            "De gemeenteraad debatteerde gisteren over het optreden van de politie bij de verboden "
            "demonstratie op het Museumplein van vorige week zondag.",
            ("Protest with intervention", "2021-01-24", "Amsterdam"),  # a square that only Amsterdam has
        ),
        (
            "De politie heeft gisteren beelden vrijgegeven van relschoppers die zondag in Eindhoven "
            "vernielingen aanrichtten.",
            ("Violent demonstration", "2021-01-24", "Eindhoven"),
        ),
    ]
    for text, expected in cases:
        events = kroniek.extract_text(text, date="2021-01-29", lang="nl")
        assert [(e.sub_event_type, e.event_date, e.location) for e in events] == [expected]


def test_an_event_a_span_counts_from_lies_that_span_before_the_sentence_date() -> None:
    riots = "A day after the riots in Eindhoven, unrest spread on Monday night to other towns."
    dated = {(e.event_date, e.location) for e in kroniek.extract_text(riots, date="2021-01-26", lang="en")}
    assert ("2021-01-24", "Eindhoven") in dated  # Monday night less a day: Sunday
    march = (
        "Ruim tweeduizend mensen liepen zaterdagavond in Zwolle mee in een stille tocht, een week "
        "nadat een jongen bij een uitgaansgelegenheid in Zwolle werd doodgestoken."
    )
    events = kroniek.extract_text(march, date="2019-11-18", lang="nl")
    found = sorted((e.sub_event_type, e.event_date, e.time_precision) for e in events)
    assert found == [("Attack", "2019-11-07", 2), ("Peaceful protest", "2019-11-16", 1)]  # the week before
    # "a year to the day" keeps the day: the bombing of the year before, not only its year
    silence = (
        "King Philippe led a minute's silence at Brussels Airport on Wednesday, a year to the day after "
        "two suicide bombers killed 16 people in its departures hall."
    )
    (bombing,) = kroniek.extract_text(silence, date="2017-03-22", lang="en")
    assert (bombing.event_date, bombing.time_precision, bombing.fatalities) == ("2016-03-22", 1, 16)


def test_a_span_counted_from_another_event_of_the_article_dates_from_that_event() -> None:
    text = (
        "Pakistani aircraft struck targets near the town of Urgun in Afghanistan's Paktika province early "
        "on Monday, killing eight people. The strikes came two days after militants stormed an army post in "
        "the town of Miran Shah in Pakistan's North Waziristan district."
    )
    found = {
        (e.sub_event_type, e.event_date) for e in kroniek.extract_text(text, date="2024-03-19", lang="en")
    }
    assert found == {("Air/drone strike", "2024-03-18"), ("Armed clash", "2024-03-16")}
    text = (
        "De Iraanse Revolutionaire Garde heeft maandagavond ballistische raketten afgevuurd op Erbil. "
        "Daarbij kwamen vier burgers om. De aanval kwam twaalf dagen nadat twee zelfmoordterroristen in de "
        "Iraanse stad Kerman ruim negentig mensen hadden gedood tijdens een herdenking op 3 januari. "
        "Een dag na de aanval op Erbil bestookte Iran met raketten en drones bases in de Pakistaanse "
        "provincie Beloetsjistan."
    )
    found = {(e.country, e.event_date) for e in kroniek.extract_text(text, date="2024-01", lang="nl")}
    assert found == {("Iraq", "2024-01-15"), ("Iran", "2024-01-03"), ("Pakistan", "2024-01-16")}
    # "dezelfde dag" that no date before it fixes (the last was a year) is the day just told
    text = (
        "Bij de zelfmoordaanslag van 14 februari bij Pulwama kwamen veertig agenten om. Het is de ergste "
        "aanslag sinds 1971. Een dag na de aanslag staken woedende menigten in de stad Jammu auto's in "
        "brand. De autoriteiten stelden er nog dezelfde dag een avondklok in."
    )
    curfew = [
        e for e in kroniek.extract_text(text, date="2019-02-20", lang="nl") if "group" in e.sub_event_type
    ]
    assert [e.event_date for e in curfew] == ["2019-02-15"]
    # "Een dag voor de aanslag, ...": the day before the event that phrase names
    text = (
        "Bij een zelfmoordaanslag op het Lido-strand in Mogadishu zijn vrijdagavond zeker 32 mensen om het "
        "leven gekomen. Een dag voor de aanslag op het strand had het leger na zware gevechten het "
        "kustplaatsje Cadale heroverd."
    )
    dates = sorted(e.event_date for e in kroniek.extract_text(text, date="2024-08-04", lang="nl"))
    assert dates == ["2024-08-01", "2024-08-02"]  # the bombing on Friday, the fighting a day before


BALAKOT = (
    "Indian warplanes struck a target near Balakot in Pakistan's Khyber Pakhtunkhwa province early on "
    "Tuesday, twelve days after a suicide bombing near Pulwama in Indian Kashmir on February 14 killed "
    "at least 40 paramilitary police."
)


def test_two_events_in_clauses_a_span_sets_apart_keep_their_places_and_tolls() -> None:
    by_type = {
        e.sub_event_type: (e.event_date, e.fatalities, e.country)
        for e in kroniek.extract_text(BALAKOT, date="2019-02", lang="en")
    }
    assert by_type == {
        "Air/drone strike": ("2019-02-26", 0, "Pakistan"),
        "Suicide bomb": ("2019-02-14", 40, "India"),
    }


def test_a_sentence_that_only_counts_the_hurt_tells_the_toll_of_the_event_before_it() -> None:
    text = (
        "Youths hurled petrol bombs and bricks at police and set a hijacked bus on fire in west "
        "Belfast on Wednesday night. Seven officers were injured, police said."
    )
    events = kroniek.extract_text(text, date="2021-04-08", lang="en")
    assert [e.event_type for e in events] == ["Riots"]  # a bus hijacked to burn it is no abduction
    assert len(events[0].evidence) == 2


def test_a_compound_names_the_earlier_event_it_shares_a_part_with() -> None:
    text = (
        "Bij een aanslag met een handgranaat op een theehuis in Afgooye zijn zondag drie mensen gedood. "
        "Maandag reed een konvooi van AMISOM bij Marka op een bermbom. Een dag voor de granaataanval "
        "hadden strijders bij Jawhar al zes vrachtwagens in brand gestoken."
    )
    events = kroniek.extract_text(text, date="2019-02-26", lang="nl")
    burning = [e for e in events if e.sub_event_type == "Looting/property destruction"]
    # The day before Sunday's grenade attack, at Jawhar: the counted phrase is "voor de granaataanval".
    assert [(e.event_date, e.location) for e in burning] == [("2019-02-23", "Jawhar")]


def test_a_day_that_dates_a_noun_is_no_time_to_count_a_span_back_from() -> None:
    """ "A week after the bombing, police said on Monday ... before last Monday's blast": the
    week counts back from the report, not from the blast's own day; the blast's day dates it."""
    text = (
        "A week after the bombing, police said on Monday they were still trying to identify the man "
        "seen leaving a backpack at the shrine minutes before last Monday's blast, which killed 20 people."
    )
    (bombing,) = kroniek.extract_text(text, date="2015-08-24", lang="en")
    assert (bombing.event_date, bombing.time_precision, bombing.fatalities) == ("2015-08-17", 1, 20)


def test_a_relative_clause_of_what_a_side_had_done_tells_another_event() -> None:
    """The fighting of yesterday and the capture of Monday, told in its pluperfect relative
    clause, are two events: the capture does not swallow the fighting."""
    text = (
        "In Kunduz werd gisteren opnieuw in verschillende wijken gevochten tussen Afghaanse "
        "regeringstroepen en de Taliban, die de stad maandag hadden veroverd."
    )
    assert types_and_days(text, "2015-10-04", "nl") == [
        ("Armed clash", "2015-10-03"),
        ("Non-state actor overtakes territory", "2015-09-28"),
    ]


def test_an_anniversary_marked_since_an_event_dates_it_to_the_day() -> None:
    """ "Norway marked ten years on Thursday since ... shot dead 69 people": ten years to the
    day before that Thursday, not the Thursday itself."""
    text = "Norway marked ten years on Thursday since a gunman shot dead 69 people on the island of Utoya."
    (massacre,) = kroniek.extract_text(text, date="2021-07-22", lang="en")
    assert (massacre.event_date, massacre.time_precision, massacre.fatalities) == ("2011-07-22", 1, 69)


def test_a_day_that_marks_years_since_an_event_dates_it_that_many_years_before() -> None:
    """ "Zondag was het vijf jaar geleden dat ...": five years before that Sunday, to the
    day; in an article known only to the month, the Monday is not known, so neither is the
    day of the strike two years before it; an event's own date still dates it."""
    text = "Zondag was het vijf jaar geleden dat separatisten in Donetsk een politiebureau bestormden."
    (storming,) = kroniek.extract_text(text, date="2019-03-12", lang="nl")
    assert (storming.event_date, storming.time_precision) == ("2014-03-10", 1)
    strike = (
        "Maandag was het twee jaar geleden dat de Iraanse generaal Qassem Soleimani bij een "
        "Amerikaanse drone-aanval bij de luchthaven van Bagdad om het leven kwam."
    )
    (event,) = kroniek.extract_text(strike, date="2022-01", lang="nl")
    assert (event.sub_event_type, event.event_date[:7], event.time_precision) == (
        "Air/drone strike",
        "2020-01",
        3,
    )
    own_date = strike.replace("bij een", "op 3 januari 2020 bij een")
    (event,) = kroniek.extract_text(own_date, date="2022-01", lang="nl")
    assert (event.event_date, event.time_precision) == ("2020-01-03", 1)


def test_an_anniversary_named_by_its_ordinal_dates_the_old_event_not_the_days_own() -> None:
    """ "the fifth anniversary of the storming ..., in which three people were killed" is
    the storming's day five years back; a clash told after "the fifth anniversary of the
    revolution," is that Sunday's own."""
    old = (
        "Sunday was the fifth anniversary of the storming of a police station in Donetsk by "
        "rebels, in which three people were killed."
    )
    events = kroniek.extract_text(old, date="2019-03-12", lang="en")
    assert [(e.event_date, e.fatalities) for e in events] == [("2014-03-10", 3)]
    own = "On Sunday, the fifth anniversary of the revolution, police clashed with protesters in Kiev."
    assert [e.event_date for e in kroniek.extract_text(own, date="2019-03-12", lang="en")] == ["2019-03-10"]


def test_a_place_told_with_another_time_is_not_the_events_place() -> None:
    """ "the man who attacked a Pittsburgh synagogue last October" does not place Saturday's
    shooting in Pittsburgh; a place before a time that is no phrase of its own still counts."""
    text = (
        "The suspect in Saturday's shooting had posted a letter in which he praised the man who "
        "attacked a Pittsburgh synagogue last October, investigators said."
    )
    (shooting,) = kroniek.extract_text(text, date="2019-04-29", lang="en")
    assert (shooting.event_date, shooting.location) == ("2019-04-27", "United States")
    kept = (
        "Soldiers guard the mosques of Tripoli during Friday prayers since car bombs killed dozens there "
        "in August."
    )
    (bombing,) = kroniek.extract_text(kept, date="2013-09-20", lang="en")
    assert (bombing.event_date[:7], bombing.location) == ("2013-08", "Tripoli")


def test_a_span_that_opens_the_sentence_leaves_the_main_clauses_date_to_the_main_clause() -> None:
    """ "Vier dagen na de zelfmoordaanslag bij de Abbey Gate werd het vliegveld gisterochtend
    beschoten": the rockets were fired yesterday, the suicide bombing four days before."""
    text = (
        "Vier dagen na de zelfmoordaanslag bij de Abbey Gate werd het vliegveld gisterochtend beschoten "
        "met raketten. Die werden volgens het Pentagon onderschept door het afweersysteem."
    )
    assert types_and_days(text, "2021-08-31", "nl") == [
        ("Disrupted weapons use", "2021-08-30"),
        ("Suicide bomb", "2021-08-26"),
    ]


def test_a_comma_parts_the_event_from_the_date_of_the_clause_before() -> None:
    """ "the funeral on Wednesday of Dan Uzan, the guard shot dead outside the synagogue early
    on Sunday": he was shot on Sunday. A comma of a place's region after the event does not
    part it from its date ("in Charlottesville, Virginia, in August 2017")."""
    funeral = (
        "Hundreds of people attended the funeral on Wednesday of Dan Uzan, the volunteer guard shot dead "
        "outside Copenhagen's synagogue early on Sunday."
    )
    (shooting,) = kroniek.extract_text(funeral, date="2015-02-18", lang="en")
    assert (shooting.event_date, shooting.location) == ("2015-02-15", "Copenhagen")
    sentence = (
        "Fields was sentenced to life in prison on Friday for driving his car into a crowd of "
        "counter-protesters in Charlottesville, Virginia, in August 2017."
    )
    dates = {
        e.sub_event_type: e.event_date[:7]
        for e in kroniek.extract_text(sentence, date="2019-06-28", lang="en")
    }
    assert dates["Attack"] == "2017-08"


def test_a_place_told_with_a_time_before_the_event_frames_it() -> None:
    """ "A Russian orchestra played in Palmyra on Thursday, weeks after Syrian troops drove
    Islamic State out of the city": the recapture was in Palmyra (the city), in March."""
    text = (
        "A Russian orchestra played in the Roman amphitheatre of Palmyra on Thursday, weeks after "
        "Syrian troops drove Islamic State out of the city in March."
    )
    (recapture,) = kroniek.extract_text(text, date="2016-05-05", lang="en")
    assert (recapture.sub_event_type, recapture.event_date[:7], recapture.country) == (
        "Government regains territory",
        "2016-03",
        "Syria",
    )
