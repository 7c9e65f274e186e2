from kroniek.pipeline import load
from kroniek.pipeline.sentences import sentence_starts


def sentences(lang: str, text: str) -> list[str]:
    starts = sentence_starts(text, lang) + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, starts[1:], strict=False)]


def test_dutch_abbreviations_and_initials() -> None:
    text = "Dhr. Jansen sprak o.a. met gen. De Vries. Volgens J. Peeters was het rustig! Daarna niet."
    assert sentences("nl", text) == [
        "Dhr. Jansen sprak o.a. met gen. De Vries.",
        "Volgens J. Peeters was het rustig!",
        "Daarna niet.",
    ]


def test_quotes_and_line_breaks() -> None:
    text = '"Twee drones werden onderschept", aldus de bron. "Dat klopt."\nKop zonder punt\nNieuwe alinea.'
    assert sentences("nl", text) == [
        '"Twee drones werden onderschept", aldus de bron.',
        '"Dat klopt."',
        "Kop zonder punt",
        "Nieuwe alinea.",
    ]


def test_english_and_fallback_languages() -> None:
    assert sentences("en", "Mr. Smith met U.S. officials. They left.") == [
        "Mr. Smith met U.S. officials.",
        "They left.",
    ]
    assert sentences("sw", "Watu watatu waliuawa. Polisi walisema.") == [
        "Watu watatu waliuawa.",
        "Polisi walisema.",
    ]


def test_component_sets_sentence_starts() -> None:
    nlp = load("nl")
    doc = nlp("Eerste zin. Tweede zin.\n\nDerde zin")
    assert [s.text.strip() for s in doc.sents] == ["Eerste zin.", "Tweede zin.", "Derde zin"]
