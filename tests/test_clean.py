from pathlib import Path

from kroniek.clean import boilerplate_kind, clean
from kroniek.readers import read_path


def test_seed_caption_is_removed_and_offsets_map_back(seed_path: Path) -> None:
    (doc,) = list(read_path(seed_path, print))
    cleaned = clean(doc.text)
    assert "Volledig scherm" not in cleaned.text
    assert [kind for _, _, kind in cleaned.dropped] == ["caption"]
    position = cleaned.text.index("Maandag al werd")
    original = cleaned.to_original(position)
    assert doc.text[original : original + 15] == "Maandag al werd"


def test_boilerplate_kinds() -> None:
    assert boilerplate_kind("Lees ook: Waarom het leger niet wint") == "read_more"
    assert boilerplate_kind("Read more: the crisis explained") == "read_more"
    assert boilerplate_kind("Deel dit artikel") == "share"
    assert boilerplate_kind("Share") == "share"
    assert boilerplate_kind("Wij gebruiken cookies. Accepteer alle cookies") == "cookie"
    assert boilerplate_kind("Word abonnee en lees onbeperkt verder") == "subscription"
    assert boilerplate_kind("Foto: Belga") == "caption"
    assert boilerplate_kind("Demonstranten in Brussel © Photo News") == "caption"
    # Article sentences survive, even when they mention such words.
    long_sentence = (
        "De krant meldt dat het aantal abonnees van streamingdiensten dit jaar fors is gestegen, "
        "ondanks de hogere prijzen en de concurrentie van gratis aanbieders in heel Europa."
    )
    assert boilerplate_kind(long_sentence) is None
    assert boilerplate_kind("Bij een aanslag in Kaboel vielen twaalf doden.") is None


def test_middle_lines_are_dropped_and_offsets_still_point_into_the_original() -> None:
    text = "Titel van het stuk\nTitel van het stuk\nEerste zin.\nLees ook: iets anders\nTweede zin.\n"
    cleaned = clean(text)
    assert cleaned.text == "Titel van het stuk\nEerste zin.\nTweede zin.\n"
    start = cleaned.text.index("Tweede")
    end = start + len("Tweede zin.")
    assert text[cleaned.to_original(start) : cleaned.to_original(end, end=True)] == "Tweede zin."
