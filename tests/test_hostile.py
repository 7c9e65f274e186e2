"""Bad and hostile input: binary files, huge and deeply nested records, invalid UTF-8,
HTML full of scripts; and a bounded fuzzing run (hypothesis) of the readers and the
temporal tagger. Whatever comes in, nothing raises: problems are reported and the rest
of the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kroniek.dates import PartialDate
from kroniek.readers import iter_documents, tabular
from kroniek.readers.base import ReadIssue, decode_bytes
from kroniek.readers.dispatch import read_content
from kroniek.temporal import tagger_for

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read(*paths: Path) -> tuple[list[str], list[str]]:
    problems: list[ReadIssue] = []
    docs = list(iter_documents(list(paths), problems.append))
    return [d.id for d in docs], [str(p) for p in problems]


def test_binary_invalid_utf8_nested_and_oversized_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "latin.txt").write_bytes("date 2022-01\n\nGevechten in Irak, één dode.".encode("latin-1"))
    monkeypatch.setattr(tabular, "MAX_LINE_BYTES", 20_000)
    lines = [
        json.dumps({"id": "ok", "text": "Good."}),
        "[" * 5000 + "]" * 5000,  # nested deeper than the parser's stack
        json.dumps({"id": "long", "text": "x" * 50_000}),  # over the (patched) line limit
        b"\xff\xfe{not utf-8 at all}".decode("latin-1"),
        json.dumps({"id": "ok2", "text": "Also good."}),
    ]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    ids, problems = read(tmp_path / "photo.txt", tmp_path / "latin.txt", tmp_path / "mixed.jsonl")
    assert ids == ["latin", "ok", "ok2"]
    assert problems[0].endswith("photo.txt: binary file (it holds NUL bytes), not text: skipped")
    assert any(p.endswith("mixed.jsonl:2: JSON nested too deeply") for p in problems)
    assert any(p.endswith("mixed.jsonl:3: line longer than 20,000 bytes: skipped") for p in problems)
    assert any("mixed.jsonl:4: broken JSON" in p for p in problems)


def test_a_huge_text_file_is_refused_with_advice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kroniek.readers import dispatch

    monkeypatch.setattr(dispatch, "MAX_FILE_BYTES", 100)
    (tmp_path / "big.txt").write_text("word " * 100, encoding="utf-8")
    ids, problems = read(tmp_path / "big.txt")
    assert ids == [] and "over the 100 limit" in problems[0] and "JSON Lines" in problems[0]


def test_html_scripts_and_styles_do_not_become_text() -> None:
    page = (
        "<html><head><title>Protest</title><script>var x = 'Gunmen killed 40 people in Kabul';</script>"
        "<style>body{}</style></head><body><article><p>Thousands of people protested in Nairobi on "
        "Monday against rising prices, police said.</p><script>alert('killed')</script>"
        "<p>The march ended peacefully in the afternoon near the parliament buildings.</p></article>"
        "</body></html>"
    )
    problems: list[ReadIssue] = []
    (doc,) = read_content(page, "page.html", ".html", "page", problems.append)
    assert "Nairobi" in doc.text and "Kabul" not in doc.text and "alert" not in doc.text


@FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_decoding_never_fails(data: bytes) -> None:
    assert isinstance(decode_bytes(data), str)


@FUZZ
@given(st.text(max_size=2000), st.sampled_from([".jsonl", ".csv", ".tsv", ".txt", ".html"]))
def test_fuzz_readers_report_never_raise(content: str, suffix: str) -> None:
    problems: list[ReadIssue] = []
    for doc in read_content(content, "fuzz" + suffix, suffix, "fuzz", problems.append):
        assert doc.text.strip()
    assert all(isinstance(p, ReadIssue) for p in problems)


_DATE_WORDS = st.sampled_from(
    [
        "maandag",
        "gisteren",
        "vorige week",
        "3 januari 2020",
        "twee jaar geleden",
        "last Tuesday night",
        "03-01-2020",
        "the 1990s",
        "Pasen",
        "48 uur",
        " ",
        ", ",
        "in",
        "op",
        "de",
        "afgelopen",
        "maanden",
        "12",
    ]
)


@FUZZ
@given(
    st.lists(st.one_of(_DATE_WORDS, st.text(max_size=12)), max_size=30).map(" ".join),
    st.sampled_from(["nl", "en"]),
    st.sampled_from(["2022-01", "2022-01-04", "2019", None]),
)
def test_fuzz_temporal_tagger_gives_valid_spans(text: str, lang: str, dct: str | None) -> None:
    tagger = tagger_for(lang)
    assert tagger is not None
    for mention in tagger.find(text, PartialDate.parse(dct) if dct else None):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.text == text[mention.start : mention.end]
        assert mention.type in {"DATE", "TIME", "DURATION", "SET"} and mention.value
