"""Event shapes of `events_articles_dev37`, in sentences of our own: arrests of people accused
of leading a riot or of taking part in a killing, police carrying protesters off or removing a
blockade, activists blocking a gate, a raid that ends in a gunfight, agreements with landowners,
strikers or hostage-takers, guards doubled or posted and police flown in to take over security, a
ship's deck gun fired at positions ashore, armed men of a movement seizing a council office, an
airliner that explodes after take-off (a bomb on board), chlorine gas let loose, detainees
setting their camp on fire, a breakaway faction's provisional government set up in a building,
hostages taken ("gijzelden zij er drie"), bulldozers set on fire; and decoys: a trial of rioters,
police blocking a road, a technical explosion, a fire in a chemical plant, a trade agreement,
a guard of honour at a ceremony, a deal that may be signed.
"""

from __future__ import annotations

import pytest

from conftest import Coded, sub_types


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        ("en", "On Tuesday police arrested nine men accused of leading the riot in Hamilton.", "Arrests"),
        (
            "nl",
            "Dinsdag arresteerde de politie negen mannen die ervan worden beschuldigd de rellen in Hamilton "
            "te hebben aangevoerd.",
            "Arrests",
        ),
        (
            "en",
            "On Tuesday police in Hamilton arrested 14 people, most of them students, on charges of rioting "
            "and arson.",
            "Arrests",
        ),
        (
            "en",
            "On Tuesday police in Apia arrested six men who had been filmed taking part in the lynching.",
            "Arrests",
        ),
        (
            "nl",
            "Dinsdag arresteerde de politie in Apia zes mannen op beschuldiging van opruiing en "
            "brandstichting.",
            "Arrests",
        ),
        (
            "en",
            "On Tuesday riot police carried off about 40 protesters who had occupied the runway at Suva.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Dinsdag knipten agenten de kettingen van de actievoerders bij de poort van de basis door en "
            "droegen hen weg.",
            "Protest with intervention",
        ),
        (
            "nl",
            "Dinsdag verwijderde de politie de vrachtwagens die de toegangsweg naar de haven van Suva "
            "blokkeerden.",
            "Protest with intervention",
        ),
        (
            "en",
            "On Tuesday police removed dozens of lorries blocking the road to the port of Suva.",
            "Protest with intervention",
        ),
        (
            "en",
            "On Tuesday about 200 fishermen blocked the entrance to the port of Apia with their boats.",
            "Peaceful protest",
        ),
        (
            "nl",
            "Dinsdag blokkeerden zo'n tweehonderd vissers met hun boten de ingang van de haven van Apia.",
            "Peaceful protest",
        ),
        (
            "nl",
            "Dinsdag liep een inval van de politie in een loods in Suva uit op een vuurgevecht.",
            "Armed clash",
        ),
        (
            "en",
            "On Tuesday a police raid on a warehouse in Suva turned into a gunfight.",
            "Armed clash",
        ),
        (
            "en",
            "On Tuesday the government and the leaders of the striking dockers signed an agreement in Suva "
            "that ends the strike.",
            "Agreement",
        ),
        (
            "nl",
            "Dinsdag ondertekenden de regering en de leiders van de stakers in Suva een akkoord.",
            "Agreement",
        ),
        (
            "en",
            "On Tuesday the kidnappers released the hostages unharmed in return for a ransom.",
            "Agreement",
        ),
        (
            "en",
            "On Tuesday soldiers of the Fiji Infantry took over the guard at the airport in Nadi.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag namen militairen van het Fijische leger de bewaking van het vliegveld van Nadi over.",
            "Change to group/activity",
        ),
        ("en", "On Tuesday the palace doubled the guards at its gates.", "Change to group/activity"),
        (
            "nl",
            "Dinsdag werden bij elke moskee in de stad gewapende agenten geposteerd.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Tuesday about 60 more federal police officers flew in from Sydney.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Tuesday a navy patrol boat fired its deck gun at rebel positions on the beach.",
            "Shelling/artillery/missile attack",
        ),
        (
            "nl",
            "Dinsdag vuurde een patrouilleboot van de marine met zijn boordkanon op stellingen van de "
            "rebellen op het strand.",
            "Shelling/artillery/missile attack",
        ),
        (
            "en",
            "On Tuesday about 30 armed islanders seized the airstrip at Lakeba.",
            "Non-state actor overtakes territory",
        ),
        (
            "nl",
            "Dinsdag bezetten zo'n dertig gewapende eilanders het gemeentehuis van Lakeba.",
            "Non-state actor overtakes territory",
        ),
        (
            "en",
            "On Tuesday an Air Nauru Boeing exploded minutes after taking off from Nauru.",
            "Remote explosive/landmine/IED",
        ),
        (
            "nl",
            "Dinsdag ontplofte een Boeing van Air Nauru enkele minuten na het opstijgen.",
            "Remote explosive/landmine/IED",
        ),
        (
            "en",
            "On Tuesday a man released chlorine gas in the lobby of the tax office in Suva.",
            "Chemical weapon",
        ),
        (
            "nl",
            "Dinsdag liet een man in de hal van het belastingkantoor in Suva chloorgas vrij.",
            "Chemical weapon",
        ),
        (
            "en",
            "On Tuesday evening detainees set fire to two dormitories of the centre on Nauru.",
            "Violent demonstration",
        ),
        (
            "nl",
            "Dinsdagavond staken gedetineerden twee slaapzalen van het centrum op Nauru in brand.",
            "Violent demonstration",
        ),
        (
            "en",
            "On Tuesday the rebel deputies set up a provisional government in a hotel in Suva.",
            "Headquarters or base established",
        ),
        (
            "nl",
            "Dinsdag vormden de opstandige parlementariërs een voorlopige regering in een hotel in Suva.",
            "Headquarters or base established",
        ),
        (
            "nl",
            "Dinsdag overmeesterden gevangenen in Suva hun bewakers en gijzelden zij er vier.",
            "Abduction/forced disappearance",
        ),
        (
            "en",
            "On Tuesday night unknown men set fire to three bulldozers at a building site in Nadi.",
            "Looting/property destruction",
        ),
        (
            "nl",
            "Dinsdag wisselde de politie in de wijk Marchand schoten met gewapende mannen, waarbij een agent "
            "werd gedood.",
            "Armed clash",
        ),
        (
            "nl",
            "Dinsdagavond sleurde een menigte een man die ervan werd verdacht een kind te hebben gedood uit "
            "een politieauto en sloeg hem dood.",
            "Mob violence",
        ),
        (
            "nl",
            "Gisteren namen Franse militairen die uit Martinique waren overgevlogen stelling bij de haven.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag deelde de regeringspartij geweren uit aan zo'n 300 aanhangers.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Tuesday the ruling party handed out rifles to about 300 supporters.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag beval de gouverneur soldaten van het garnizoen de straat op om de winkels te "
            "beschermen.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Tuesday a navy patrol ship arrived in Nuuk to help the police keep the protesters away.",
            "Change to group/activity",
        ),
        (
            "nl",
            "Dinsdag kwam een marinepatrouilleschip in Nuuk aan om de politie te helpen.",
            "Change to group/activity",
        ),
        (
            "en",
            "On Tuesday the coast guard seized a trawler and arrested its nine crewmen for illegal fishing.",
            "Arrests",
        ),
        (
            "nl",
            "Dinsdag bracht de kustwacht een trawler op en arresteerde zij de negen bemanningsleden wegens "
            "illegale visserij.",
            "Arrests",
        ),
        # a clause that names the day by an announcement is no plan of the event
        (
            "nl",
            "Op 3 mei, de dag waarop de sluiting van de mijn werd aangekondigd, gooiden jongeren stenen naar "
            "het gemeentehuis in Kiruna, waarna de politie hen uiteendreef.",
            "Violent demonstration",
        ),
    ],
)
def test_the_shape_is_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type in sub_types(coded, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        # arrests for a killing are no new killing, a riot its leaders are accused of no new riot
        (
            "en",
            "On Tuesday police arrested six men who had been filmed taking part in the lynching.",
            "Attack",
        ),
        (
            "nl",
            "Dinsdag arresteerde de politie negen mannen die ervan worden beschuldigd de rellen te hebben "
            "aangevoerd.",
            "Violent demonstration",
        ),
        # a deck gun fired is shelling, not a battle
        (
            "en",
            "On Tuesday a navy patrol boat fired its deck gun at rebel positions on the beach.",
            "Armed clash",
        ),
        # a trial of rioters is no arrest
        (
            "en",
            "On Tuesday a court in Suva sentenced nine men arrested on charges of rioting and arson.",
            "Arrests",
        ),
        # the police blocking a road are no protesters
        ("nl", "Dinsdag blokkeerden agenten de weg naar de haven van Apia.", "Peaceful protest"),
        ("en", "On Tuesday police blocked the road to the port of Apia.", "Peaceful protest"),
        # an engine that exploded is an accident
        (
            "en",
            "On Tuesday a Boeing exploded minutes after taking off from Nauru after an engine failure.",
            "Remote explosive/landmine/IED",
        ),
        # a chemical plant that leaked chlorine gas
        (
            "en",
            "On Tuesday a factory in Suva released chlorine gas after a leak.",
            "Chemical weapon",
        ),
        # a deal that may come
        (
            "nl",
            "De regering zal volgende week een akkoord met de stakers ondertekenen.",
            "Agreement",
        ),
        # a march after the riot, and arrests for the riot: the arrests do not make the march an intervention
        (
            "en",
            "On Wednesday about 500 people marched peacefully through the town. Last night police arrested "
            "six men accused of leading the riot.",
            "Protest with intervention",
        ),
        # a planned march, announced, is still no event
        (
            "nl",
            "De vakbond heeft voor zaterdag een mars naar het parlement aangekondigd.",
            "Peaceful protest",
        ),
        # a guard of honour at a ceremony
        (
            "en",
            "On Tuesday soldiers took over the guard at the palace in a ceremony watched by tourists.",
            "Change to group/activity",
        ),
    ],
)
def test_the_decoy_is_not_coded(coded: Coded, lang: str, text: str, sub_type: str) -> None:
    assert sub_type not in sub_types(coded, text, lang)
