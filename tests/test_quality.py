"""Extraction quality on the project's own corpora, scored by the evaluation's scorer: a regression guard."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import realdev
from conftest import KG, ROOT

TABLES = ("organisations", "people", "places", "inspections", "judgements", "quotes", "recommendations")

CORPORA = {
    # corpus folder, gold file, minimum overall F1, minimum precision in every table
    "sample": (ROOT / "data" / "sample", ROOT / "tests" / "corpus" / "gold-sample.json", 0.95, 0.90),
    "tune": (ROOT / "tests" / "corpus" / "tune", ROOT / "tests" / "corpus" / "gold-tune.json", 0.95, 0.90),
    "tune2": (ROOT / "tests" / "corpus" / "tune2", ROOT / "tests" / "corpus" / "gold-tune2.json", 0.93, 0.90),
    "tune3": (ROOT / "tests" / "corpus" / "tune3", ROOT / "tests" / "corpus" / "gold-tune3.json", 0.95, 0.90),
    "tune4": (ROOT / "tests" / "corpus" / "tune4", ROOT / "tests" / "corpus" / "gold-tune4.json", 0.95, 0.90),
    "tune5": (ROOT / "tests" / "corpus" / "tune5", ROOT / "tests" / "corpus" / "gold-tune5.json", 0.95, 0.90),
    "tune6": (ROOT / "tests" / "corpus" / "tune6", ROOT / "tests" / "corpus" / "gold-tune6.json", 0.95, 0.90),
    "tune7": (ROOT / "tests" / "corpus" / "tune7", ROOT / "tests" / "corpus" / "gold-tune7.json", 0.95, 0.90),
    # Held out: never tuned on. heldout2 was written blind to the code (see the closing notes).
    "heldout": (ROOT / "tests" / "corpus" / "heldout", ROOT / "tests" / "corpus" / "gold-heldout.json", 0.92, 0.90),
    "heldout2": (ROOT / "tests" / "corpus" / "heldout2", ROOT / "tests" / "corpus" / "gold-heldout2.json", 0.90, 0.90),
    # Written in the style of real news pages by a helper blind to the rules; -heldout is never tuned on.
    "realstyle": (ROOT / "tests" / "corpus" / "realstyle", ROOT / "tests" / "corpus" / "gold-realstyle.json", 0.97, 0.90),
    "realstyle-heldout": (ROOT / "tests" / "corpus" / "realstyle-heldout",
                          ROOT / "tests" / "corpus" / "gold-realstyle-heldout.json", 0.84, 0.0),
}
# Real public pages in ../shared (tests/realdev.py splits them): floors on the overall F1, on the judgements and
# inspections F1, and on the precision of every table that predicts anything. The held-out floors are the
# figures last measured (0.845 overall, judgements 0.642, inspections 0.800, lowest precision 0.833 on
# 2026-12-08), less a margin, as a guard against slipping back; the held-out part is scored, never tuned on.
REAL_DEV = {"tune": (0.94, 0.78, 0.92, 0.95), "heldout": (0.82, 0.60, 0.76, 0.80)}


def _score(corpus, gold) -> dict:
    res = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "eval" / "score.py"), "--corpus", str(corpus),
                          "--gold", str(gold), "--kg", KG, "--project", str(ROOT), "--json"],
                         capture_output=True, text=True, timeout=600)
    report = json.loads(res.stdout)
    assert report["problems"] == []
    return report


@pytest.mark.parametrize("name", sorted(REAL_DEV))
def test_real_dev_score(name, tmp_path):
    corpus, gold = realdev.materialise(name, tmp_path)
    report = _score(corpus, gold)
    min_f1, min_judgements, min_inspections, min_p = REAL_DEV[name]
    assert report["overall_f1"] >= min_f1, report["overall_f1"]
    assert report["judgements"]["f1"] >= min_judgements, report["judgements"]
    assert report["inspections"]["f1"] >= min_inspections, report["inspections"]
    assert min(report[t]["precision"] for t in TABLES if report[t]["tp"] + report[t]["fp"]) >= min_p, \
        {t: report[t]["precision"] for t in TABLES}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_score(name):
    corpus, gold, min_f1, min_p = CORPORA[name]
    report = _score(corpus, gold)
    assert report["overall_f1"] >= min_f1, report["overall_f1"]
    assert min(report[t]["precision"] for t in TABLES) >= min_p, {t: report[t]["precision"] for t in TABLES}
