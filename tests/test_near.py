"""Aspects named in the writer's own words (kg/extract/near.py), on names written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.near import near_aspect, reworded
from kg.lexicon import load


@pytest.fixture(scope="module")
def lex():
    return load()


def fws(lex, inspectorate: str) -> list[str]:
    return [f.id for f in lex.frameworks.for_inspectorates([inspectorate], None)]


def test_other_words_for_a_frameworks_aspect(lex):
    assert near_aspect(lex, "wellbeing and attitudes to work", fws(lex, "estyn")) == "Wellbeing and attitudes to learning"
    assert lex.aspect_for(near_aspect(lex, "children who are looked after or in foster placements with permanence",
                                      fws(lex, "ofsted")))
    assert near_aspect(lex, "Efficiency (how the service spends its money)", fws(lex, "hmicfrs")) == "Efficiency"


def test_too_few_shared_words_or_two_equal_candidates_name_nothing(lex):
    assert near_aspect(lex, "the doctors surgery", fws(lex, "cqc")) == ""
    assert near_aspect(lex, "car parking and signage", fws(lex, "cqc")) == ""
    assert near_aspect(lex, "", fws(lex, "cqc")) == ""


def test_a_name_with_a_word_more_or_less_is_kept_as_the_text_gives_it(lex):
    ofsted = fws(lex, "ofsted")
    assert reworded(lex, "education and skills quality", ofsted) == ""  # the same words reordered
    assert reworded(lex, "quality of the teaching", ofsted) == ""
    assert reworded(lex, "children who are looked after or in permanent placements", ofsted) \
        == "Children looked after and achieving permanence"
    assert reworded(lex, "quality of education", ofsted) == ""  # the name itself
    assert reworded(lex, "the quality of education at the school", ofsted) == ""  # words more: the text's own
    # words of the inspected body's name are no part of the aspect's
    assert reworded(lex, "Barset private law practice with families", ofsted, body="Barset") == ""
