"""Event shapes of `events_articles_dev38`, in sentences of our own: arrests of people suspected
of, accused of or held in connection with an earlier attack, riot or damage (the act they are
held for is no new event), forces landed, flown in, set or ordered to guard, taking up
positions, a government taking over a territory's administration, police carrying protesters
off a site or ending a march, people marching to demand something, boats sailing into a harbour
in protest, a protest camp, a crowd beating someone, guards beating detainees, sexual abuse told
in the perfect tense, a gang making a building its base, customs finding weapons, armed men
seizing a police station and its retaking, people held in an office for hours and freed after
a promise, chlorine left to release gas, looters emptying shops, a boat set on fire; and
decoys: a bomb-disposal team flown in, a crowd that is only alarmed, weapons not found, a
trial of suspects.
"""

from __future__ import annotations

import pytest

from conftest import Coded, sub_types


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        (
            "en",
            "On Tuesday gendarmes arrested three men suspected of the bomb attack on the town hall.",
            "Arrests",
        ),
        ("en", "On Tuesday police in Nuku'alofa arrested four men in connection with the damage.", "Arrests"),
        ("en", "On Tuesday police arrested two youths with stolen goods in Honiara.", "Arrests"),
        (
            "nl",
            "Dinsdag arresteerde de politie in Apia een wethouder die ervan wordt beschuldigd de "
            "relschoppers te hebben opgehitst.",
            "Arrests",
        ),
        ("nl", "Dinsdag arresteerde de politie in Apia twee mannen met gestolen goederen.", "Arrests"),
        ("en", "On Tuesday a navy destroyer landed sixty marines at Honiara.", "Change to group/activity"),
        (
            "en",
            "On Tuesday the cabinet ordered the army to guard the power stations around Apia.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Tuesday the French government took over the running of the island from its assembly.",
            "Change to group/activity",
        ),
        (
            "en",
            "Two frigates took up positions off Nuku'alofa on Tuesday.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag zette een Frans oorlogsschip op verzoek van de gouverneur dertig mariniers "
            "aan land in Nouméa.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag begonnen soldaten, op bevel van de minister, de centrales rond Apia te bewaken.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag vloog Australië op verzoek van de regering veertig politieagenten naar Honiara.",
            "Change to group/activity",
        ),
        ("nl", "Dinsdag werden dertig mariniers uit Nouméa overgevlogen.", "Change to group/activity"),
        (
            "nl",
            "Dinsdag nam de Franse regering het bestuur van het eiland over.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Tuesday police carried about forty of them off the bridge and arrested nine.",
            "Protest with intervention",
        ),
        (
            "en",
            "On Tuesday police removed about sixty farmers who had occupied the land ministry in Apia.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Dinsdag droeg de politie zo'n veertig boeren van de brug bij Apia.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Dinsdag maakte de politie in Apia een einde aan een mars van zo'n 500 studenten.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Dinsdag en de politie verwijderde zo'n dertig boeren die de brug bij Apia blokkeerden.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Dinsdag liepen zo'n 800 mensen door Honiara om hogere lonen te eisen.",
            "Peaceful protest",
        ),
        (
            "en",
            "On Tuesday about twenty trawlers sailed into the harbour of Apia to demand lower fuel prices.",
            "Peaceful protest",
        ),
        (
            "nl",
            "Dinsdag voeren zo'n twintig vissersboten de haven van Apia binnen om lagere "
            "brandstofprijzen te eisen.",
            "Peaceful protest",
        ),
        ("nl", "Dinsdag blokkeerden zo'n dertig boten de haven van Apia.", "Peaceful protest"),
        (
            "en",
            "On Tuesday about 200 farmers set up camp outside parliament in Apia, demanding land titles.",
            "Peaceful protest",
        ),
        (
            "nl",
            "Dinsdag sloegen zo'n 200 boeren hun kamp op voor het parlement in Apia; zij eisen landtitels.",
            "Peaceful protest",
        ),
        (
            "en",
            "On Tuesday villagers in Satupa'itea beat two men who had returned to work at the quarry.",
            "Mob violence",
        ),
        (
            "nl",
            "Dinsdag sloeg een menigte in Satupa'itea twee mannen in elkaar die voor de mijn werkten.",
            "Mob violence",
        ),
        (
            "nl",
            "Dinsdag sloegen bewakers in de gevangenis van Tafaigata drie gedetineerden.",
            "Attack",
        ),
        (
            "nl",
            "Een gevangene zei dat twee bewakers haar in de cel in Apia seksueel hadden misbruikt.",
            "Sexual violence",
        ),
        (
            "nl",
            "Dinsdag trokken bendeleden een leegstaande kerk in Apia in en maakten er een basis van.",
            "Headquarters or base established",
        ),
        (
            "nl",
            "Dinsdag vonden douaniers in de haven van Apia dertig geweren, verstopt in een container.",
            "Disrupted weapons use",
        ),
        (
            "nl",
            "Dinsdag overvielen zo'n twintig gewapende mannen het politiebureau van Falealupo.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Dinsdag landden militairen in Falealupo en heroverden zij het politiebureau.",
            "Government regains territory",
        ),
        (
            "en",
            "On Tuesday police and soldiers landed at Falealupo and retook the station.",
            "Government regains territory",
        ),
        (
            "en",
            "On Tuesday dozens of farmers forced their way into the land office in Apia. They held two "
            "officials inside for about ten hours.",
            "Abduction/forced disappearance",
        ),
        (
            "nl",
            "Dinsdag drongen tientallen boeren het landkantoor in Apia binnen. Zij hielden twee ambtenaren "
            "er zo'n tien uur vast.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "On Tuesday the two officials were released after the minister agreed to review the land titles.",
            "Agreement",
        ),
        (
            "nl",
            "Dinsdag werden de twee ambtenaren vrijgelaten nadat de minister had toegezegd de "
            "landtitels te herzien.",
            "Agreement",
        ),
        (
            "nl",
            "Dinsdag zette iemand in het stadhuis van Apia een emmer chloor neer; de gaswolk die vrijkwam "
            "stuurde zes mensen naar het ziekenhuis.",
            "Chemical weapon",
        ),
        ("en", "On Tuesday looters emptied shops in Honiara's Chinatown.", "Looting/property destruction"),
        (
            "en",
            "APIA (Reuters) - Police fired tear gas at farmers marching on parliament in Apia today after a "
            "week of protests against the land bill.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Dinsdag haalden plunderaars winkels in de Chinese wijk van Honiara leeg.",
            "Looting/property destruction",
        ),
        (
            "en",
            "On Tuesday night someone set fire to a fishing boat moored at Apia; no one was on board.",
            "Looting/property destruction",
        ),
        (
            "nl",
            "Dinsdag raakte in de haven van Apia een vissersboot zwaar beschadigd; de politie gaat uit van "
            "brandstichting.",
            "Looting/property destruction",
        ),
    ],
)
def test_the_shape_is_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        # the attack, riot or damage the arrested are held for is no new event
        (
            "en",
            "On Tuesday gendarmes arrested three men suspected of the grenade attack in Nouméa.",
            "Grenade",
        ),
        (
            "en",
            "On Tuesday police in Honiara arrested four men in connection with the riot.",
            "Violent demonstration",
        ),
        (
            "en",
            "On Tuesday police arrested two youths with stolen goods in Honiara.",
            "Looting/property destruction",
        ),
        (
            "nl",
            "Dinsdag arresteerde de politie in Apia een wethouder die ervan wordt beschuldigd de "
            "relschoppers te hebben opgehitst.",
            "Violent demonstration",
        ),
        # a bomb-disposal team flown in is no deployment of forces
        (
            "nl",
            "Dinsdag maakte een uit Engeland overgevlogen ploeg explosievenopruimers een bom onschadelijk.",
            "Change to group/activity",
        ),
        # young men breaking windows are no mob beating people
        (
            "nl",
            "Dinsdagavond sloeg een groep jongemannen in Apia de ruiten van drie banken in.",
            "Mob violence",
        ),
        # no weapons found
        (
            "nl",
            "Dinsdag doorzochten douaniers in Apia een container, maar zij vonden geen wapens.",
            "Disrupted weapons use",
        ),
        # troops sent after a hurricane
        (
            "nl",
            "Dinsdag vloog Nieuw-Zeeland na de orkaan veertig militairen naar Apia om te helpen "
            "bij de noodhulp.",
            "Change to group/activity",
        ),
        # protests a wire lead names as what today's act followed are told with their own day, if at all
        (
            "en",
            "APIA (Reuters) - Samoa's parliament put off a vote on the land bill today after a week of "
            "protests against it.",
            "Peaceful protest",
        ),
        (
            "en",
            "APIA (Reuters) - Ferries to Savai'i resumed today after farmers ended a protest that had closed "
            "the port for a week.",
            "Peaceful protest",
        ),
        (
            "en",
            "APIA (Reuters) - The government promised today to cut fuel prices, after the largest "
            "demonstration in the country's history.",
            "Peaceful protest",
        ),
        # a trial of the arrested
        (
            "en",
            "On Tuesday a court in Apia sentenced three men arrested in connection with the riot.",
            "Arrests",
        ),
    ],
)
def test_the_decoy_is_not_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type not in sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "At the beginning of February about 300 dock workers marched through Apia to demand higher pay. "
            "On Saturday strikers stoned the police station in Apia and set fire to a truck.",
            {("Peaceful protest", "2024-02-01"), ("Violent demonstration", "2024-02-17")},
        ),
        (
            "nl",
            "Begin februari trokken zo'n 300 havenarbeiders door Apia om een hoger loon te eisen. Zaterdag "
            "bekogelden stakers het politiebureau in Apia met stenen en staken zij een vrachtwagen in brand.",
            {("Peaceful protest", "2024-02-01"), ("Violent demonstration", "2024-02-17")},
        ),
    ],
)
def test_an_event_early_in_the_month_is_not_a_day_later_in_it(
    coded: Coded, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert set(coded(text, lang, date="2024-02-21")) == expected
