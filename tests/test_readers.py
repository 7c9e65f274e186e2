import io
import json
import sys
from pathlib import Path

import pytest

from kroniek.dates import PartialDate
from kroniek.readers import ReadIssue, iter_documents, read_path
from kroniek.readers.base import decode_bytes


def read(path: Path | str) -> tuple[list, list[str]]:
    problems: list[str] = []
    docs = list(read_path(path, lambda issue: problems.append(str(issue))))
    return docs, problems


def test_text_header_like_the_seed(seed_path: Path) -> None:
    docs, problems = read(seed_path)
    assert problems == []
    (doc,) = docs
    assert doc.id == "000_f114f30efc7a80b0"
    assert doc.date == PartialDate(2022, 1)
    assert doc.date.precision == 3  # month only: never widened to a day
    assert doc.text.startswith("Een Iraakse basis")


def test_text_without_header_and_with_header_on_own_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Just an article.\nSecond line.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n  date 2023-03-14\nBody here.", encoding="utf-8")
    docs, problems = read(tmp_path)
    assert problems == []
    assert [(d.id, d.date, d.text) for d in docs] == [
        ("a", None, "Just an article.\nSecond line."),
        ("b", PartialDate(2023, 3, 14), "Body here."),
    ]


def test_jsonl_fields_and_content_hash_id(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    rows = [
        {"id": "x1", "text": "Eerste.", "date": "2023-04-02T08:30:00Z", "title": "T", "lang": "NL"},
        {"text": "No id here.", "date": "2023"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs, problems = read(path)
    assert problems == []
    assert docs[0].id == "x1" and docs[0].date == PartialDate(2023, 4, 2) and docs[0].lang == "nl"
    assert docs[1].date.precision == 4
    again, _ = read(path)
    assert len(docs[1].id) == 16 and again[1].id == docs[1].id  # stable


def test_common_date_field_names(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "p", "text": "Tekst.", "published_at": "2019-02-12T06:00:00"}) + "\n")
    docs, problems = read(path)
    assert problems == [] and docs[0].date == PartialDate(2019, 2, 12)


def test_csv_reader(tmp_path: Path) -> None:
    path = tmp_path / "docs.csv"
    path.write_text('id,date,text\nc1,2022-01-04,"Line one,\nline two"\nc2,,Other\n', "utf-8")
    docs, problems = read(path)
    assert problems == []
    assert [d.id for d in docs] == ["c1", "c2"]
    assert docs[0].text == "Line one,\nline two"


def test_html_reader_takes_main_text_and_date(tmp_path: Path) -> None:
    body = "".join(
        f"<p>Protesters marched through Bamako for the {i}th day to demand elections.</p>" for i in range(5)
    )
    html = (
        '<html><head><meta property="article:published_time" content="2023-04-02T10:00:00Z">'
        "<title>March in Bamako</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>March in Bamako</h1>{body}</article><footer>Accept cookies</footer>"
        "</body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    docs, problems = read(tmp_path / "page.html")
    assert problems == []
    (doc,) = docs
    assert doc.id == "page"
    assert doc.date == PartialDate(2023, 4, 2)
    assert "Protesters marched through Bamako" in doc.text
    assert "Home | World" not in doc.text


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "z.txt").write_text("Z text", "utf-8")
    (tmp_path / "a.txt").write_text("A text", "utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", "utf-8")
    (tmp_path / "notes.md").write_text("not an article", "utf-8")
    docs, _ = read(tmp_path)
    assert [d.id for d in docs] == ["a", "z"]


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.dumps({"id": "s1", "text": "From stdin."}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    docs, problems = read("-")
    assert problems == [] and [d.id for d in docs] == ["s1"]


def test_encodings_latin1_and_cp1252(tmp_path: Path) -> None:
    text = "date 2022-01 Café in Brugge – “aanval”"
    (tmp_path / "cp.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "l1.txt").write_bytes("Een café in Liège, één keer".encode("latin-1"))
    docs, problems = read(tmp_path)
    assert problems == []
    assert docs[0].text == "Café in Brugge – “aanval”"
    assert docs[1].text == "Een café in Liège, één keer"
    assert decode_bytes("ünïcode".encode()) == "ünïcode"


def test_bad_input_is_reported_with_file_and_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok1", "text": "Good one."}),
                '{"id": "broken", "text": ',
                json.dumps({"id": "empty", "text": "   "}),
                json.dumps({"id": "baddate", "text": "Text.", "date": "2021-02-30"}),
                json.dumps(["not", "an", "object"]),
                json.dumps({"id": "notext"}),
                json.dumps({"id": "ok2", "text": "Good two."}),
            ]
        ),
        encoding="utf-8",
    )
    docs, problems = read(path)
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert problems == [
        f"{path}:2: broken JSON: Expecting value (column 26)",
        f"{path}:3: document has no text",
        f"{path}:4: field 'date': impossible date '2021-02-30': day is out of range for month",
        f"{path}:5: expected a JSON object with a 'text' field",
        f"{path}:6: field 'text' is missing",
    ]


def test_unreadable_file_and_csv_without_text_column(tmp_path: Path) -> None:
    (tmp_path / "no_text.csv").write_text("id,body\n1,hello\n", "utf-8")
    problems: list[ReadIssue] = []
    docs = list(iter_documents([tmp_path / "missing.txt", tmp_path / "no_text.csv"], problems.append))
    assert docs == []
    assert str(problems[0]).startswith(f"{tmp_path / 'missing.txt'}: cannot read file")
    assert str(problems[1]) == f"{tmp_path / 'no_text.csv'}:1: CSV has no 'text' column in its header"


def test_impossible_date_in_text_header(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text(" date 2022-13 Een artikel.", "utf-8")
    docs, problems = read(tmp_path / "bad.txt")
    assert docs == []
    assert problems == [
        f"{tmp_path / 'bad.txt'}:1: field 'date': impossible date '2022-13': impossible month 13 in 2022"
    ]
