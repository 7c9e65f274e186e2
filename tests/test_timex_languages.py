"""French and German temporal tagging: languages added as data files only."""

import pytest

import kroniek
from kroniek.dates import PartialDate
from kroniek.numbers import parse_number
from kroniek.temporal import tagger_for

DCT = PartialDate(2020, 1, 15)  # a Wednesday


def values(lang: str, text: str, dct: PartialDate | None = DCT) -> list[tuple[str, str, str]]:
    tagger = tagger_for(lang)
    assert tagger is not None
    return [(m.text, m.type, m.value) for m in tagger.find(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 3 janvier 2020, l'armée a lancé une offensive.", ("3 janvier 2020", "DATE", "2020-01-03")),
        ("Il est arrivé à Bamako le 3 janv. pour une visite.", ("3 janv.", "DATE", "2020-01-03")),
        ("Le décret publié le 03/01/2020 est entré en vigueur.", ("03/01/2020", "DATE", "2020-01-03")),
        ("En décembre, les manifestations ont repris.", ("décembre", "DATE", "2019-12")),
        ("En 2019, le pays a connu une grave crise.", ("2019", "DATE", "2019")),
        ("Mardi matin, des manifestants ont bloqué la route.", ("Mardi matin", "TIME", "2020-01-14TMO")),
        ("Hier, trois soldats ont été tués dans une embuscade.", ("Hier", "DATE", "2020-01-14")),
        ("Avant-hier, un attentat a frappé la capitale.", ("Avant-hier", "DATE", "2020-01-13")),
        ("Aujourd'hui, le parlement vote la loi.", ("Aujourd'hui", "DATE", "2020-01-15")),
        ("Demain, le président s'adressera à la nation.", ("Demain", "DATE", "2020-01-16")),
        ("Cette nuit, des tirs ont été entendus.", ("Cette nuit", "TIME", "2020-01-15TNI")),
        ("La semaine dernière, le gouvernement a démissionné.", ("La semaine dernière", "DATE", "2020-W02")),
        ("Des élections auront lieu la semaine prochaine.", ("la semaine prochaine", "DATE", "2020-W04")),
        ("Le mois dernier, l'inflation a atteint 3 %.", ("Le mois dernier", "DATE", "2019-12")),
        ("L'année dernière, l'économie a reculé.", ("L'année dernière", "DATE", "2019")),
        ("Il y a deux ans, la guerre a éclaté.", ("Il y a deux ans", "DATE", "2018")),
        ("Il a été placé en garde à vue pendant 48 heures.", ("48 heures", "DURATION", "PT48H")),
        ("Les combats ont duré trois semaines.", ("trois semaines", "DURATION", "P3W")),
        ("Ces derniers mois, les violences ont augmenté.", ("Ces derniers mois", "DURATION", "PXM")),
        ("Depuis plusieurs semaines, la ville est assiégée.", ("plusieurs semaines", "DURATION", "PXW")),
        ("Dans les années 80, le pays était en crise.", ("les années 80", "DATE", "198")),
        ("L'été dernier, des incendies ont ravagé la région.", ("L'été dernier", "DATE", "2019-SU")),
        ("À Noël, une trêve a été décrétée.", ("Noël", "DATE", "2019-12-25")),
        ("Le pape célébrera la messe de Pâques à Rome.", ("Pâques", "DATE", "2020-04-12")),
        ("Le lundi de Pentecôte reste férié.", ("lundi de Pentecôte", "DATE", "2020-06-01")),
        ("Le rassemblement est prévu demain à 15 heures.", ("15 heures", "TIME", "2020-01-16T15:00")),
        ("La séance a repris à 15h30.", ("15h30", "TIME", "2020-01-15T15:30")),
        (
            "Le sommet a été reporté à mars de l'année prochaine.",
            ("mars de l'année prochaine", "DATE", "2021-03"),
        ),
        (
            "Le bénéfice a progressé au premier trimestre 2019.",
            ("au premier trimestre 2019", "DATE", "2019-Q1"),
        ),
    ],
)
def test_french_values(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values("fr", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am 3. Januar 2020 griff die Armee an.", ("3. Januar 2020", "DATE", "2020-01-03")),
        ("Das Dokument vom 03.01.2020 wurde veröffentlicht.", ("03.01.2020", "DATE", "2020-01-03")),
        ("Im Dezember wurden die Proteste fortgesetzt.", ("Dezember", "DATE", "2019-12")),
        ("Im Jahr 2019 erlebte das Land eine schwere Krise.", ("2019", "DATE", "2019")),
        ("Am Dienstagabend wurde ein Polizist verletzt.", ("Dienstagabend", "TIME", "2020-01-14TEV")),
        (
            "Am Dienstagmorgen blockierten Demonstranten die Straße.",
            ("Dienstagmorgen", "TIME", "2020-01-14TMO"),
        ),
        ("Gestern wurden drei Soldaten getötet.", ("Gestern", "DATE", "2020-01-14")),
        ("Vorgestern gab es einen Anschlag in der Hauptstadt.", ("Vorgestern", "DATE", "2020-01-13")),
        ("Heute stimmt das Parlament über das Gesetz ab.", ("Heute", "DATE", "2020-01-15")),
        ("Der Präsident wird morgen zur Nation sprechen.", ("morgen", "DATE", "2020-01-16")),
        ("Heute Nacht fielen in der Stadt Schüsse.", ("Heute Nacht", "TIME", "2020-01-15TNI")),
        ("Vergangene Woche trat die Regierung zurück.", ("Vergangene Woche", "DATE", "2020-W02")),
        ("Letzte Woche kam es zu Ausschreitungen.", ("Letzte Woche", "DATE", "2020-W02")),
        ("Nächste Woche finden Wahlen statt.", ("Nächste Woche", "DATE", "2020-W04")),
        ("Im vergangenen Jahr schrumpfte die Wirtschaft.", ("vergangenen Jahr", "DATE", "2019")),
        ("Vor zwei Jahren begann der Krieg.", ("Vor zwei Jahren", "DATE", "2018")),
        ("Er wurde 48 Stunden lang festgehalten.", ("48 Stunden", "DURATION", "PT48H")),
        ("Die Kämpfe dauerten drei Wochen.", ("drei Wochen", "DURATION", "P3W")),
        (
            "In den vergangenen Monaten hat die Gewalt zugenommen.",
            ("den vergangenen Monaten", "DURATION", "PXM"),
        ),
        ("Seit mehreren Wochen wird die Stadt belagert.", ("mehreren Wochen", "DURATION", "PXW")),
        ("Die 1980er Jahre waren für das Land schwierig.", ("Die 1980er Jahre", "DATE", "198")),
        ("Im vergangenen Sommer wüteten Waldbrände.", ("Im vergangenen Sommer", "DATE", "2019-SU")),
        ("Zu Weihnachten wurde eine Waffenruhe vereinbart.", ("Weihnachten", "DATE", "2019-12-25")),
        ("Der Papst wird die Ostermesse zu Ostern in Rom feiern.", ("Ostern", "DATE", "2020-04-12")),
        ("Am Pfingstmontag bleiben die Geschäfte geschlossen.", ("Pfingstmontag", "DATE", "2020-06-01")),
        ("Die Kundgebung ist für morgen um 15 Uhr geplant.", ("15 Uhr", "TIME", "2020-01-16T15:00")),
        ("Die Sitzung begann um 15.30 Uhr.", ("15.30 Uhr", "TIME", "2020-01-15T15:30")),
        ("Der Gewinn stieg im ersten Quartal 2019.", ("im ersten Quartal 2019", "DATE", "2019-Q1")),
    ],
)
def test_german_values(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in values("de", text)


@pytest.mark.parametrize(
    ("lang", "past", "future"),
    [
        (
            "fr",
            "Jeudi, des milliers de personnes ont manifesté à Paris.",
            "Le gouvernement présentera jeudi son plan de relance.",
        ),
        (
            "fr",
            "Le suspect aurait été arrêté jeudi.",  # the conditional of reported past events
            "Les négociations vont reprendre jeudi à Genève.",
        ),
        (
            "de",
            "Am Donnerstag demonstrierten Tausende in Berlin.",
            "Der Minister wird am Donnerstag nach Paris reisen.",
        ),
        (
            "de",
            "Am Donnerstag sind bei einem Anschlag drei Menschen ums Leben gekommen.",
            "Die Gespräche sollen am Donnerstag fortgesetzt werden.",
        ),
    ],
)
def test_tense_decides_weekdays(lang: str, past: str, future: str) -> None:
    assert [v for _, _, v in values(lang, past)] == ["2020-01-09"]
    assert [v for _, _, v in values(lang, future)] == ["2020-01-16"]


def test_german_capitalisation_tells_nouns_from_adverbs() -> None:
    assert values("de", "Am Morgen war es ruhig.") == []  # the morning, not tomorrow
    assert values("de", "Morgen beginnt der Gipfel.") == [("Morgen", "DATE", "2020-01-16")]
    assert values("de", "Der Markt ist montags geschlossen.") == [("montags", "SET", "XXXX-WXX-1")]
    assert values("de", "Zweieinhalb Jahre nach dem Anschlag") == [("Zweieinhalb Jahre", "DURATION", "P30M")]


def test_french_lower_case_names_and_fractions() -> None:
    assert values("fr", "Le robot a été envoyé sur Mars.") == []  # the planet, not March
    assert values("fr", "Il a purgé deux ans et demi de prison.") == [
        ("deux ans et demi", "DURATION", "P30M")
    ]
    assert values("fr", "du 15 au 18 mars 2020") == [
        ("15", "DATE", "2020-03-15"),
        ("18 mars 2020", "DATE", "2020-03-18"),
    ]


def test_vague_number_words() -> None:
    assert parse_number("des dizaines", "fr") == 12
    assert parse_number("plusieurs", "fr") == 3
    assert parse_number("quatre-vingt-dix", "fr") == 90
    assert parse_number("Dutzende", "de") == 12
    assert parse_number("mehrere", "de") == 3
    assert parse_number("dreiundzwanzig", "de") == 23


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le 3 janv. 2020, l'armée a attaqué. Mardi soir, deux soldats ont été tués.",
            ["2020-01-03", "2020-01-14TEV"],
        ),
        (
            "de",
            "Am 3. Januar 2020 griff die Armee an. Am Dienstagabend wurden zwei Soldaten getötet.",
            ["2020-01-03", "2020-01-14TEV"],
        ),
    ],
)
def test_pipeline_with_preset_dct(lang: str, text: str, expected: list[str]) -> None:
    nlp = kroniek.load(lang)
    doc = nlp.make_doc(text)
    doc._.dct = DCT
    doc = nlp(doc)
    assert [t.value for t in doc._.timexes] == expected
    assert len(list(doc.sents)) == 2  # "3. Januar" and "3 janv." do not end a sentence
