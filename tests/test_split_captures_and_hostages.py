"""Captures, hostages and arrests told with a Dutch split verb ('namen ... de stad ... in',
'namen ... in gijzeling', 'nam ... in hechtenis', 'heroverden ... X'), and their English
kin ('seized the town of X' by armed exiles, 'took ... and their families hostage', Civil
Guard units or paratroopers that retake a town). Our own sentences, written for these rules
(2024-01-17 is a Wednesday)."""

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Maandag namen enkele honderden gewapende ballingen die trouw zijn aan de verdreven "
            "generaal Ramon Ortega de stad San Miguel in, nadat de politie zich had teruggetrokken.",
            "nl",
            [("Non-state actor overtakes territory", "2024-01-15")],
        ),
        (
            "Vrijdag namen muiters onder leiding van kapitein Jorge Ruiz de kazerne van het leger in "
            "Chinandega en het vliegveld in.",
            "nl",
            [("Non-state actor overtakes territory", "2024-01-12")],
        ),
        (
            "Zaterdag heroverden eenheden van de Nationale Garde, gesteund door vrijwilligers, San "
            "Miguel, nadat de ballingen naar het zuiden waren gevlucht.",
            "nl",
            [("Government regains territory", "2024-01-13")],
        ),
        (
            "Zaterdag heroverde het leger Bellavista, nadat de rebellen zich hadden teruggetrokken.",
            "nl",
            [("Government regains territory", "2024-01-13")],
        ),
        (
            "Gisteren bevrijdden mariniers de gijzelaars en namen zij Puerto Lempira weer in.",
            "nl",
            [("Government regains territory", "2024-01-16")],
        ),
        (
            "Dinsdagochtend namen gewapende mannen in Puerto Lempira ongeveer dertig Canadese "
            "mijnwerkers en hun gezinnen in gijzeling.",
            "nl",
            [("Abduction/forced disappearance", "2024-01-16")],
        ),
        (
            "Eveneens dinsdag nam de politie in Kingston twaalf leiders van de studentenbeweging in "
            "hechtenis.",
            "nl",
            [("Arrests", "2024-01-16")],
        ),
        (
            "Maandag hielden agenten in Tegucigalpa ruim honderd mensen aan die van brandstichting "
            "worden verdacht.",
            "nl",
            [("Arrests", "2024-01-15")],
        ),
        (
            "On Monday several hundred armed exiles loyal to the ousted general seized the town of "
            "San Miguel after the police withdrew.",
            "en",
            [("Non-state actor overtakes territory", "2024-01-15")],
        ),
        (
            "On Tuesday gunmen took some 30 Canadian miners and their families hostage in Puerto Lempira.",
            "en",
            [("Abduction/forced disappearance", "2024-01-16")],
        ),
        (
            "On Saturday Civil Guard units backed by volunteers recaptured San Miguel after the exiles fled.",
            "en",
            [("Government regains territory", "2024-01-13")],
        ),
        (
            "On Sunday French paratroopers retook the centre of Port-Gentil against little resistance.",
            "en",
            [("Government regains territory", "2024-01-14")],
        ),
        (
            "On Wednesday about 30 guerrillas occupied the police station and the town hall of Esteli.",
            "en",
            [("Non-state actor overtakes territory", "2024-01-17")],
        ),
    ],
)
def test_split_captures_hostages_and_arrests(coded, text, lang, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A running total of the detained, told in the perfect, is no arrest of its own day.
        ("Een mensenrechtengroep zegt dat ruim tweeduizend mensen zijn vastgezet.", "nl"),
        # A seat won back is no territory.
        ("Zaterdag heroverde de partij de zetel in Leiden, nadat de rivalen waren teruggevallen.", "nl"),
    ],
)
def test_totals_and_seats_are_no_events(coded, text, lang):
    assert coded(text, lang) == []
