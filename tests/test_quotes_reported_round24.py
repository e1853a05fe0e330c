"""Reported speech the recall round of 2026-12-08 found (invented wording)."""

from __future__ import annotations

import pytest

from tests.test_quotes_reported import indirect


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Kemal Aydin said the two firms must share "all the costs", adding Ankara would block the merger otherwise.',
         ("Ankara would block the merger otherwise", "Kemal Aydin", "add")),
        ("Ana Ruiz said the ferry would sail on Monday, adding that the port had been cleared overnight.",
         ("the port had been cleared overnight", "Ana Ruiz", "add")),
    ],
)
def test_adding_hung_on_the_reported_clause_is_the_speakers(nlp, text, expected):
    # the parse hangs "adding" on the first report, whose subject ("the firms", "the
    # ferry") says nothing
    assert [row for row in indirect(nlp, text) if row[2] == "add"] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Coach Dana Whitfield shared that she had nearly quit twice in her first season.",
         [("she had nearly quit twice in her first season", "Dana Whitfield", "share")]),
        # sharing a thing is no report
        ("Dana Whitfield shared a photo of the flooded pitch that the club had posted.", []),
    ],
)
def test_shared_that_reports(nlp, text, expected):
    assert indirect(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Senator Mark Dunn will defend the cuts by pointing out that they were first proposed by his own party.",
         [("they were first proposed by his own party", "Mark Dunn", "point")]),
        # the parse hangs "by" on the participle of the object's phrase
        ("Senator Mark Dunn will back the move to means testing for calculating pensions by pointing out that it "
         "was the plan drafted by his own panel.",
         [("it was the plan drafted by his own panel", "Mark Dunn", "point")]),
        # past a causative's object ("her cousin"), who has nothing to say
        ("Last year, Ana Ruiz sought to get her cousin pardoned by saying the family bore him no grudge.",
         [("the family bore him no grudge", "Ana Ruiz", "say")]),
    ],
)
def test_by_saying_reports_for_who_acted(nlp, text, expected):
    assert indirect(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # review: the pair is what somebody inside the report claimed or feared
        ("Jo Roe said the union, which had claimed that wages fell and that prices rose, was wrong.",
         [("the union, which had claimed that wages fell and that prices rose, was wrong", "Jo Roe", "say")]),
        ("Jo Roe said she feared that wages would fall and that prices would rise.",
         [("she feared that wages would fall and that prices would rise", "Jo Roe", "say")]),
        ("Ana Ruiz said the board, which had argued that costs fell and that sales grew, had misled staff.",
         [("the board, which had argued that costs fell and that sales grew, had misled staff", "Ana Ruiz",
           "say")]),
    ],
)
def test_a_second_that_inside_the_report_keeps_one_row(nlp, text, expected):
    assert indirect(nlp, text) == expected


def test_a_second_that_under_the_cue_still_splits(nlp):
    assert indirect(nlp, "The union claimed the plant was the oldest steelworks in the region and that more "
                         "jobs would go.") == [
        ("the plant was the oldest steelworks in the region", "union", "claim"), ("more jobs would go", "union", "claim")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # review: a member of a named pair reports as written, as in a direct quote
        ("Jo Roe and Al Poe were jailed. One of them said the verdict was unfair.",
         [("the verdict was unfair", "One of them", "say")]),
        ("Mark and Lisa Rivera were sentenced in May. One of them told reporters that they had been hungry every day.",
         [("they had been hungry every day", "One of them", "tell")]),
    ],
)
def test_one_of_them_reports(nlp, text, expected):
    assert indirect(nlp, text) == expected
