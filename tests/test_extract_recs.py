"""Recommendations (what an inspectorate tells a body to do), on short texts written for these tests."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Document


def run(text: str, date: str = ""):
    return extract(Document(id="t", path="t.txt", text=text, date=date))


def recs(text: str) -> list[tuple[int | None, str]]:
    return [(r.number, r.text) for r in run(text).recommendations]


def test_requirements_after_a_colon_open_a_numbered_list():
    got = recs("Ofsted inspected Larchfield House, a children's home in Dudley, in March 2025.\n"
               "The regulator has set the provider two requirements:\n"
               "1. The registered person must make sure that every child has an up-to-date risk assessment.\n"
               "2. Staff must record each use of restraint on the day it happens.\n"
               "The provider said it was acting on the findings.")
    assert got == [(1, "The registered person must make sure that every child has an up-to-date risk assessment."),
                   (2, "Staff must record each use of restraint on the day it happens.")]


def test_requirements_in_prose_open_no_list():
    got = recs("Ofsted inspected Larchfield House, a children's home in Dudley, in March 2025.\n"
               "The home met the requirements.\n"
               "1. Residents enjoyed a trip to the seaside in the summer holidays.")
    assert got == []
