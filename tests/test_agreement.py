"""The agreement figure of two blind annotations: event F1 matched on sub-type and day."""

import pytest

from kroniek.evaluate.agreement import f1

STRIKE = ("Air/drone strike", "1996-08-31")
CLASH = ("Armed clash", "1996-08-30")


def test_the_same_events_agree_fully_and_none_in_common_not_at_all() -> None:
    assert f1([[STRIKE, CLASH], []], [[CLASH, STRIKE], []]) == 1.0
    assert f1([[STRIKE]], [[CLASH]]) == 0.0


def test_each_event_is_matched_once_and_f1_is_symmetric() -> None:
    gold, other = [[STRIKE], [CLASH]], [[STRIKE, STRIKE], []]
    # one match; precision 1/2, recall 1/2
    assert f1(gold, other) == pytest.approx(0.5)
    assert f1(other, gold) == pytest.approx(0.5)


def test_another_day_is_another_event() -> None:
    assert f1([[STRIKE]], [[("Air/drone strike", "1996-08-30")]]) == 0.0
