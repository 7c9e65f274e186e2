"""Forces who fire on an unarmed or chanting crowd, storm a site that strikers hold or charge
peaceful students, then the dead told after them, use excessive force; a crowd that stones
the police is a violent demonstration; a price rise 'by 70 percent' makes no sentence a
statistic; a town told before its island is the scene. Our own sentences, written for these
rules (2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Tanks firing on an unarmed crowd (en: trigger 4 knew no tanks).
        (
            "On Monday tanks opened fire on an unarmed crowd outside the radio station in Kumasi, "
            "killing at least 12 people.",
            "en",
            [("Excessive force against protesters", 12)],
        ),
        # nl: the verb before the forces ("openden Sovjettanks ... het vuur").
        (
            "Maandag openden legertanks voor het radiogebouw in Kumasi het vuur op een ongewapende "
            "menigte, waarbij zeker twaalf doden vielen.",
            "nl",
            [("Excessive force against protesters", 12)],
        ),
        # Border guards firing on a crowd that had marched to their barracks.
        (
            "Maandag schoten grenswachten in Kumasi, vlak bij de grens, op een menigte die naar hun "
            "kazerne was getrokken; zeker acht mensen kwamen om.",
            "nl",
            [("Excessive force against protesters", 8)],
        ),
        # Mourners chanting slogans at a funeral, the dead in a sentence of their own.
        (
            "On Monday police opened fire on mourners who were chanting slogans against the governor "
            "at a funeral in Kumasi. At least three people were killed.",
            "en",
            [("Excessive force against protesters", 3)],
        ),
        (
            "Maandag openden agenten in Kumasi het vuur op rouwenden die tijdens een begrafenis leuzen "
            "tegen de gouverneur scandeerden. Zeker drie mensen kwamen om.",
            "nl",
            [("Excessive force against protesters", 3)],
        ),
    ],
)
def test_forces_firing_on_a_crowd(tolled, text, lang, expected):
    assert tolled(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A site held by strikers, stormed; then the police's fire and the dead.
        (
            "On Monday riot police stormed the steel works in Kumasi, which had been occupied by "
            "striking workers. Police opened fire and four workers were killed.",
            "en",
            [("Excessive force against protesters", 4)],
        ),
        (
            "Maandag bestormden oproerpolitie en soldaten de staalfabriek in Kumasi, die door stakende "
            "arbeiders was bezet. De politie schoot met scherp; vier arbeiders kwamen om het leven.",
            "nl",
            [("Excessive force against protesters", 4)],
        ),
        # Peaceful students charged with batons, then one of them dead.
        (
            "On Monday evening riot police in Kumasi charged with batons at students who were "
            "demonstrating peacefully near their campus. One student died of his injuries.",
            "en",
            [("Excessive force against protesters", 1)],
        ),
        (
            "Maandagavond chargeerde de oproerpolitie in Kumasi met wapenstokken op studenten die bij "
            "hun campus vreedzaam tegen de gouverneur demonstreerden. Een student overleed aan zijn "
            "verwondingen.",
            "nl",
            [("Excessive force against protesters", 1)],
        ),
    ],
)
def test_sites_stormed_and_students_charged(tolled, text, lang, expected):
    assert tolled(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Students surrounded at their protest and taken away in trucks.
        (
            "On Monday police surrounded students who were protesting peacefully against the fee rise "
            "at the university in Kumasi and took hundreds of them away in buses.",
            "en",
            [("Protest with intervention", "2024-01-15")],
        ),
        (
            "Maandag omsingelde de politie studenten die op de universiteit van Kumasi vreedzaam tegen "
            "de verhoging van het collegegeld protesteerden en voerde zij honderden van hen in bussen af.",
            "nl",
            [("Protest with intervention", "2024-01-15")],
        ),
        # A crowd that stones the police (and burns buses) is a violent demonstration.
        (
            "On Monday crowds in the market district of Kumasi threw stones at police and set buses on fire.",
            "en",
            [("Violent demonstration", "2024-01-15")],
        ),
        (
            "Maandag bekogelden menigten in de marktwijk van Kumasi de politie met stenen en staken zij "
            "bussen in brand.",
            "nl",
            [("Violent demonstration", "2024-01-15")],
        ),
        # A price rise 'met bijna 70 procent' is no statistic that makes the sentence generic.
        (
            "In Kumasi bekogelden studenten maandag de politie met stenen, uren nadat de regering de "
            "prijs van brood met bijna 70 procent had verhoogd.",
            "nl",
            [("Violent demonstration", "2024-01-15")],
        ),
    ],
)
def test_students_taken_away_and_crowds_stoning_police(coded, text, lang, expected):
    assert coded(text, lang) == expected


def test_a_town_before_its_island_is_the_scene(placed):
    text = (
        "In Medan, on Sumatra, students pelted police with stones and set fire to cars on Monday, "
        "hours after the fuel price rise."
    )
    assert placed(text, "en") == [("Violent demonstration", "Medan")]
