"""Our gold sets keep references into ../shared, not copies of research-only text."""

import json
from pathlib import Path

import pytest

from kroniek.evaluate.gold import (
    ARTICLES,
    CONLL_FOLDERS,
    CONLL_NL,
    SourceMissing,
    conll_documents,
    detokenize,
    passage_hash,
    read_gold,
)

DATA = Path(__file__).parent / "data"
BODY = "Eerste zin. In Utrecht is maandag een tram beschoten. Slot."
PASSAGE = "In Utrecht is maandag een tram beschoten."


def _shared(tmp_path: Path) -> Path:
    corpus = tmp_path / "shared" / ARTICLES
    corpus.parent.mkdir(parents=True)
    corpus.write_text(json.dumps({"id": 42, "title": "t", "text": BODY}) + "\n", encoding="utf-8")
    return tmp_path / "shared"


def _gold(tmp_path: Path, sha1: str) -> Path:
    start = BODY.index(PASSAGE)
    quote = {"article": "42", "start": start, "end": start + len(PASSAGE), "sha1": sha1}
    rows = [
        {"id": "42-1", "quote": quote, "places": [{"start": 3, "end": 10, "name": "Utrecht"}]},
        {"id": "w1", "text": "Een zin die we zelf schreven.", "source": "written", "places": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_quoted_passage_and_its_spans_come_back_from_the_corpus(tmp_path: Path) -> None:
    quoted, written = read_gold(_gold(tmp_path, passage_hash(PASSAGE)), _shared(tmp_path))
    assert quoted["text"] == PASSAGE and quoted["places"][0]["text"] == "Utrecht"
    assert written["text"] == "Een zin die we zelf schreven."


def test_another_corpus_release_is_refused_and_a_missing_one_says_so(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"gold.jsonl:1: .* does not match its hash"):
        read_gold(_gold(tmp_path, "000000000000"), _shared(tmp_path))
    with pytest.raises(SourceMissing, match="articles.jsonl is not here"):
        read_gold(_gold(tmp_path, passage_hash(PASSAGE)), tmp_path / "nowhere")


def test_conll_tokens_come_back_as_running_text() -> None:
    tokens = [
        '"',
        "Ik",
        "ben",
        "(",
        "nog",
        ")",
        "niet",
        "klaar",
        '"',
        ",",
        "zegt",
        "ze",
        ":",
        "'",
        "Nu",
        "'",
        ".",
    ]
    assert detokenize(tokens) == "\"Ik ben (nog) niet klaar\", zegt ze: 'Nu'."


def test_a_quoted_conll_sentence_comes_back(tmp_path: Path) -> None:
    conll = tmp_path / "shared" / CONLL_NL / "ned.mini"
    conll.parent.mkdir(parents=True)
    lines = [
        "-DOCSTART- -DOCSTART- O",
        "Eerste N O",
        ". Punc O",
        "",
        "In Prep O",
        "Gent N B-LOC",
        "rellen N O",
        ". Punc O",
        "",
    ]
    conll.write_text("\n".join(lines) + "\n", encoding="latin-1")
    quote = {"conll": "ned.mini", "sentence": 1, "sha1": passage_hash("In Gent rellen.")}
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"id": "ned.mini-1", "quote": quote, "places": [{"start": 3, "end": 7}]}) + "\n"
    )
    (row,) = read_gold(path, tmp_path / "shared")
    assert row["text"] == "In Gent rellen." and row["places"][0]["text"] == "Gent"
    path.write_text(json.dumps({"id": "ned.mini-0", "quote": {**quote, "sentence": 0}}) + "\n")
    with pytest.raises(ValueError, match="sentence 0 of CoNLL-2002 ned.mini"):
        read_gold(path, tmp_path / "shared")


def test_a_quoted_conll_document_comes_back_whole(tmp_path: Path) -> None:
    """A Reuters document of CoNLL-2003 is quoted as a range of its sentences; the file's first
    document has no -DOCSTART- line before it."""
    conll = tmp_path / "shared" / CONLL_FOLDERS["eng"][0] / "eng.mini"
    conll.parent.mkdir(parents=True)
    lines = [
        "Headline NNP I-NP O",
        "",
        "-DOCSTART- -X- O O",
        "",
        "Rebels NNS I-NP O",
        "attack VBP I-VP O",
        ". . O O",
        "",
        "KABUL NNP I-NP I-LOC",
        "1996-08-30 CD I-NP O",
        "",
        "Two CD I-NP O",
        "died VBD I-VP O",
        ". . O O",
        "",
    ]
    conll.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert conll_documents(tmp_path / "shared", "eng.mini") == [(0, 0), (1, 3)]
    text = "Rebels attack. KABUL 1996-08-30 Two died."
    quote = {"conll": "eng.mini", "sentences": [1, 3], "sha1": passage_hash(text)}
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"id": "d1", "quote": quote, "events": [{"evidence": {"start": 32, "end": 41}}]}) + "\n"
    )
    (row,) = read_gold(path, tmp_path / "shared")
    assert row["text"] == text and row["events"][0]["evidence"] == "Two died."
    path.write_text(json.dumps({"id": "d1", "quote": {**quote, "sentences": [0, 3]}}) + "\n")
    with pytest.raises(ValueError, match="sentences 0-3 of CoNLL-2003 eng.mini"):
        read_gold(path, tmp_path / "shared")


def test_no_gold_file_holds_a_passage_of_the_corpus() -> None:
    """Rows from DpgMedia2019 ("real:" sources, or ids of article sentences) and from CoNLL-2002
    ("conll:" sources) keep a quote only."""
    for path in DATA.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            source = str(row.get("source", ""))
            real = source.startswith(("real:", "conll:")) or (
                "source" not in row and str(row.get("id", "")).split("-")[0].isdigit()
            )
            if real:
                assert "text" not in row and "quote" in row, f"{path.name}: {row.get('id')}"
