"""Grade colours: one mapping from a grade's label to a colour band, shared by the graph, timeline and pages."""

from __future__ import annotations

# Bands from best to worst. When grade scales carry ranks (kg/resources/frameworks), band_of() is the one
# function to switch from labels to ranks.
BANDS = {
    "best": "#1a9850",
    "good": "#91cf60",
    "middle": "#fdae61",
    "poor": "#f46d43",
    "worst": "#d73027",
    "unknown": "#9e9e9e",
}
BAND_ORDER = list(BANDS)
NO_GRADE = "Grade not stated"

# Labels of every scale in use (Ofsted, CQC, HMI Probation, HMICFRS PEEL, Estyn, Scotland's six points,
# HM Inspectorate of Prisons' healthy prison tests), lower-cased.
_LABEL_BANDS = {
    "outstanding": "best", "excellent": "best",
    "very good": "good", "good": "good", "reasonably good": "good",
    "requires improvement": "middle", "requires improvement to be good": "middle",
    "satisfactory": "middle", "adequate": "middle", "not sufficiently good": "poor",
    "weak": "poor", "poor": "worst",
    "inadequate": "worst", "unsatisfactory": "worst",
}


def band_of(label: str | None) -> str:
    """The colour band of a grade label: best, good, middle, poor, worst, or unknown."""
    if not label:
        return "unknown"
    return _LABEL_BANDS.get(" ".join(label.split()).casefold(), "unknown")


def colour_of(label: str | None) -> str:
    return BANDS[band_of(label)]


def grade_sort_key(label: str | None) -> tuple[int, str]:
    """Worst first: a key that orders grades by band (unknown last), then by label."""
    band = band_of(label)
    order = {"worst": 0, "poor": 1, "middle": 2, "good": 3, "best": 4, "unknown": 5}
    return order[band], (label or "").casefold()


def legend_grades(labels: set[str]) -> list[tuple[str, str]]:
    """(label, colour) for every grade present, best first, then 'Grade not stated' if any is missing."""
    named = sorted({lab for lab in labels if lab}, key=lambda lab: (-grade_sort_key(lab)[0], lab.casefold()))
    # Unknown labels (a scale not yet mapped) come after the known ones, in grey.
    named.sort(key=lambda lab: band_of(lab) == "unknown")
    out = [(lab, colour_of(lab)) for lab in named]
    if "" in labels or None in labels:
        out.append((NO_GRADE, BANDS["unknown"]))
    return out
