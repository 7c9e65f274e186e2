"""A count from the date told before, with no date before it, says only its unit (TIMEX3
"XXXX-XX-XX" for a day), and a day counted back from one told before is that day less one."""

from kroniek.dates import PartialDate
from kroniek.temporal import tagger_for


def values(text: str, dct: str) -> list[tuple[str, str]]:
    tagger = tagger_for("nl")
    assert tagger is not None
    return [(m.text, m.value) for m in tagger.find(text, PartialDate.parse(dct))]


def test_de_dag_daarvoor_alone_is_some_day() -> None:
    assert values("De dag daarvoor was er ook onrust.", "2000-06-02") == [("De dag daarvoor", "XXXX-XX-XX")]


def test_de_dag_ervoor_counts_back_from_the_date_told_before() -> None:
    text = "Op maandag 15 januari viel Gulu. De dag ervoor was Kitgum gevallen."
    assert values(text, "2024-01")[-1] == ("De dag ervoor", "2024-01-14")
