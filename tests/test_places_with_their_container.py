"""A town written with the province that holds it ("X in Y"), the town a sentence speaks
of as "the city", Dutch compounds, barracks, small-town datelines and names the model tags as
something else. The shapes come from the development sets (`parallel_dev6`: the Damboa clash,
Rutshuru retaken; `dedup_dev17`, `dedup_dev22`: Kunduz and Mosul overrun; `dedup_dev26`,
`dedup_dev32`, `dedup_dev37`: Los Angeles, Victoria, Cork and Steyr; `dedup_dev40`: the Bab
al-Aziziya barracks and the Miraflores palace); the sentences here are our own."""

from __future__ import annotations

import pytest

import kroniek


def resolved(text: str, lang: str) -> list[tuple[str, str]]:
    return [(p.text, p.place.name) for p in kroniek.load(lang)(text)._.places if p.place is not None]


@pytest.mark.parametrize(
    ("text", "lang", "date", "where"),
    [
        # The model reads "Damboa in Borno" as one organisation: "near" still makes its first
        # name a place, and the event is the town's, not the state's.
        (
            "Soldiers clashed with jihadists near Damboa in Borno state on Friday, killing six.",
            "en",
            "2023-05-06",
            "Damboa",
        ),
        # GeoNames gives Rutshuru no province: "in North Kivu" must not drop it as a namesake.
        ("Rebels took the town of Rutshuru in North Kivu on Sunday.", "en", "2023-05-08", "Rutshuru"),
        # "overran the city" is the town told before, not the place people fled to.
        (
            "Hundreds of families who fled Jalalabad after the insurgents overran the city on "
            "Sunday are camping in parks in Kabul, aid workers said.",
            "en",
            "2021-08-13",
            "Jalalabad",
        ),
        # The model tags Aleppo here as a person: "second city" is a place cue.
        (
            "Government troops seized control of Syria's second city Aleppo on Monday after "
            "rebels abandoned their posts.",
            "en",
            "2016-12-13",
            "Aleppo",
        ),
        # ... and Mosul here as MISC: a large city tagged alone so is that city.
        (
            "Families who fled Mosul when militants captured the city last month are sheltering "
            "in camps outside Dohuk, aid workers said.",
            "en",
            "2014-07-20",
            "Mosul",
        ),
        # The model reads "South Central Chicago" as one organisation: a side of the town
        # after a place cue is the town, not the suburb of another clause.
        (
            "Rioters burned shops across South Central Chicago on Friday night after a jury in "
            "suburban Wheaton acquitted two officers.",
            "en",
            "1992-05-02",
            "Chicago",
        ),
        # A Dutch compound's last part makes the cue its part would: "wijk van", "rand van".
        (
            "Bij een aanslag in een christenwijk van Lahore zijn gisteren twaalf mensen omgekomen.",
            "nl",
            "2013-01-11",
            "Lahore",
        ),
        # ... also where the model tagged the compound and the town as one name.
        (
            "Bij een aanslag in een Hazarawijk van Karachi zijn gisteren twaalf mensen omgekomen.",
            "nl",
            "2013-01-11",
            "Karachi",
        ),
        (
            "Gevechtsvliegtuigen bombardeerden gisteren stellingen aan de zuidrand van Misrata.",
            "nl",
            "2013-01-11",
            "Misratah",
        ),
        # ... and so does one word alone: "districtshoofdplaats" is "plaats".
        (
            "Taliban-strijders hebben zondag de districtshoofdplaats Ghormach in de provincie "
            "Badghis ingenomen.",
            "nl",
            "2013-01-11",
            "Ghormach",
        ),
        # A barracks is no airfield: the town's own name, not its air base or airport.
        (
            "A car bomb exploded outside a Civil Guard barracks in Zaragoza early on Wednesday.",
            "en",
            "1991-12-12",
            "Zaragoza",
        ),
        ("Honderden jihadisten vielen dinsdag de kazerne van Djibo aan.", "nl", "1991-12-12", "Djibo"),
        # ... nor is an army or naval base: the town's, not its airport.
        (
            "Militants attacked a naval base near Gwadar on Tuesday, killing two sailors.",
            "en",
            "2020-03-05",
            "Gwadar",
        ),
        (
            "Militanten vielen dinsdag een marinebasis bij Gwadar aan en doodden twee matrozen.",
            "nl",
            "2020-03-05",
            "Gwadar",
        ),
        # The end of an Arabic name that the gazetteer lacks is no town of its own: the
        # "Bab al-Aziziya" compound is in Tripoli, not Al Aziziyah; "in al-Bab" is still Al Bab.
        (
            "TRIPOLI - Rockets hit the Bab al-Aziziya compound on Monday, killing three guards.",
            "en",
            "2020-03-05",
            "Tripoli",
        ),
        ("Rebels clashed with soldiers in al-Bab on Monday, killing four.", "en", "2020-03-05", "Al Bab"),
        # A name that towns of many countries bear is no district of Lima in a report from
        # Venezuela: "Miraflores" (the palace) leaves the event to Caracas.
        (
            "Bij gevechten rond Miraflores kwamen gisteren twaalf soldaten om. In Caracas bleef het "
            "daarna rustig, meldt de Venezolaanse regering.",
            "nl",
            "2020-03-05",
            "Caracas",
        ),
        # A landmark named after a person is no town: Dillon (South Carolina) is no scene, and
        # the barracks' name no Victoria of its country.
        (
            "An army patrol was ambushed at Dillon's Cross in Cork on Saturday evening as its "
            "lorries left Victoria Barracks.",
            "en",
            "1920-12-12",
            "Cork",
        ),
        # ... but a town owns its district: "Honiara's Chinatown" is in Honiara.
        (
            "Rioters looted and torched shops in Honiara's Chinatown for a second day yesterday.",
            "en",
            "1920-12-12",
            "Honiara",
        ),
        # A province of one word is where the governor who speaks governs, not the scene.
        (
            "Bij een luchtaanval in het noordwesten van Syrië zijn gisteren zeker tien soldaten "
            "omgekomen, meldt de gouverneur van de Turkse grensprovincie Kilis.",
            "nl",
            "1920-12-12",
            "Syria",
        ),
        # "in Mazar-i-Sharif", spelt otherwise than GeoNames' "Mazar-e Sharif", is still the city
        # beside Iran's places: the name has no other reading.
        (
            "Iran vreest voor de elf diplomaten die zaterdag in het consulaat in Mazar-i-Sharif zijn "
            "ontvoerd. Teheran dreigt met maatregelen.",
            "nl",
            "1998-08-12",
            "Mazar-e Sharif",
        ),
        # A name's own small word is no run-on into the clause: the square is Milan's.
        (
            "Gisteren vond een bediende aan de Piazza della Scala in Milaan een tweede bom.",
            "nl",
            "1998-08-12",
            "Milan",
        ),
    ],
)
def test_the_town_of_the_event(text: str, lang: str, date: str, where: str) -> None:
    assert [e.location for e in kroniek.extract_text(text, date=date, lang=lang)] == [where]


def test_a_name_run_on_into_the_clause_is_still_a_place() -> None:
    """Where the model runs a name on into the clause ("Mazar-i-Sharif door Taliban-strijders",
    one MISC), the name after "in" is still a place."""
    run_on = (
        "Iran vreest het ergste voor de diplomaten die zaterdag in het consulaat in Mazar-i-Sharif "
        "door Taliban-strijders zijn overmeesterd. De Taliban ontkennen dat zij de Iraniërs vasthouden."
    )
    assert ("Mazar-i-Sharif", "Mazār-e Sharīf") in resolved(run_on, "nl")


def test_rutshuru_is_read_though_its_province_is_unknown() -> None:
    assert ("Rutshuru", "Rutshuru") in resolved(
        "Rebels took the town of Rutshuru in North Kivu on Sunday.", "en"
    )


def test_a_town_retaken_by_its_name_is_no_anaphor() -> None:
    # "de stad Huambo heroverd" names the town: it is no "de stad ... heroverd" of a town
    # told before, so the sentence keeps its own place.
    text = (
        "JOHANNESBURG - De regering en de rebellen hebben zondag in Lusaka een akkoord getekend. "
        "Woensdag had het regeringsleger na weken van gevechten de stad Huambo heroverd."
    )
    events = kroniek.extract_text(text, date="1994-11-21", lang="nl")
    assert ("Huambo", "Government regains territory") in [(e.location, e.sub_event_type) for e in events]


def test_nineveh_is_the_iraqi_province_and_the_levant_no_town() -> None:
    text = (
        "Fighters of the Islamic State of Iraq and the Levant attacked an army checkpoint in "
        "Nineveh province on Monday, killing two soldiers."
    )
    events = kroniek.extract_text(text, date="2014-06-10", lang="en")
    assert [(e.admin1, e.country) for e in events] == [("Ninawa", "Iraq")]
    assert all(name != "Levant" for _, name in resolved(text, "en"))


def test_a_capital_spelt_the_languages_way_is_the_dateline_city() -> None:
    # "BISJKEK -" is Bishkek (a capital of less than a million): its country's Talas is
    # no Dallas (GeoNames lists "Talas" among Dallas's names), though the text names the US.
    text = (
        "BISJKEK - Duizenden betogers hebben donderdag het regeringsgebouw bestormd. Zondag hadden "
        "betogers in de noordelijke stad Talas het kantoor van de gouverneur bezet. De Verenigde "
        "Staten riepen op tot kalmte."
    )
    events = kroniek.extract_text(text, date="2005-03-25", lang="nl")
    assert [(e.location, e.country) for e in events] == [("Bishkek", "Kyrgyzstan"), ("Talas", "Kyrgyzstan")]


def test_molenbeek_is_the_brussels_commune() -> None:
    places = resolved("Police arrested three men in raids in Molenbeek on Saturday.", "en")
    assert ("Molenbeek", "Molenbeek-Saint-Jean") in places


def test_a_name_whose_premier_speaks_is_a_state() -> None:
    # "Victoria's premier": the Australian state, not Victoria in Hong Kong.
    text = "Victoria's premier ordered an inquiry into Sunday's shooting, in which four people were killed."
    events = kroniek.extract_text(text, date="1987-08-14", lang="en")
    assert [(e.admin1, e.country) for e in events] == [("Victoria", "Australia")]


def test_this_town_is_a_small_towns_dateline() -> None:
    # A dateline of a town of any size is the scene where the lead calls it "this town" and
    # the gazetteer has one town of that name.
    text = (
        "ENNISKILLEN - A bomb exploded beside the war memorial in this market town on Sunday "
        "morning, killing eleven."
    )
    events = kroniek.extract_text(text, date="1987-11-09", lang="en")
    assert [(e.location, e.country) for e in events] == [("Enniskillen", "United Kingdom")]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # A district named after its town (`dedup_dev10`: Maastricht-Heer) is placed at the town.
        ("In de nacht van zondag op maandag werden in Maastricht-Heer ruiten ingegooid.", "Maastricht"),
        ("Zaterdag staken jongeren in Utrecht-Overvecht auto's in brand.", "Utrecht"),
    ],
)
def test_a_district_named_after_its_town_is_the_town(text: str, where: str) -> None:
    events = kroniek.extract_text(text, date="2019-04-02", lang="nl")
    assert [e.location for e in events] == [where]


@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        # Only a town of districts news names: a village's name before a dash is not read so.
        ("Zaterdag werd in Epen-Zuid een auto in brand gestoken.", "Epen"),
        # Only the town spelt so: "Sint" is no loose spelling of the Iraqi town Sinah.
        ("Zondag openden gewapende mannen het vuur in de Sint-Franciscuskerk in Owo.", "Sīnah"),
    ],
)
def test_no_district_town_where_none_is_named(text: str, not_there: str) -> None:
    assert all(place != not_there for _, place in resolved(text, "nl"))
