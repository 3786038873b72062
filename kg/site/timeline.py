"""The grade timeline: one row per inspected body and area, points labelled with the grade, undated listed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grades import BANDS, colour_of, grade_sort_key, legend_grades

MAX_ROWS = 120  # rows drawn in one picture; the title says how many more there are
SUBJECT = "https://w3id.org/inspection-kg/ontology#subject"
COVERS = "https://w3id.org/inspection-kg/ontology#coversPlace"


@dataclass(frozen=True)
class Point:
    row: str  # body, and the area when the inspection covers one
    date: str  # ISO, as precise as known; "" when undated
    grade: str
    inspection: str  # its label
    iri: str
    exact: bool  # False: placed at the date of the earliest article about it


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def timeline_points(g) -> tuple[list[Point], list[Point]]:
    """(dated, undated) points for every inspection of a body in entity graph G."""
    dated, undated = [], []
    for n, d in sorted(g.nodes(data=True), key=lambda x: str(x[0])):
        if d["cls"] != "Inspection":
            continue
        bodies = sorted(g.nodes[o]["label"] for _, o, e in g.out_edges(n, data=True) if e.get("prop") == SUBJECT)
        areas = sorted(g.nodes[o]["label"] for _, o, e in g.out_edges(n, data=True) if e.get("prop") == COVERS)
        own = d.get("date", "") if re.match(r"\d{4}", d.get("date", "")) else ""
        reported = d.get("reported", "")[:10] if re.match(r"\d{4}", d.get("reported", "")) else ""
        for body in bodies:
            row = body + (f" — {', '.join(a for a in areas if a.casefold() not in body.casefold())}"
                          if any(a.casefold() not in body.casefold() for a in areas) else "")
            p = Point(row, own or reported, d.get("grade", ""), d["label"], n, bool(own))
            (dated if p.date else undated).append(p)
    return dated, sorted(undated, key=lambda p: (p.row.casefold(), p.inspection))


def ordered_rows(points: list[Point], order: str = "recent") -> list[str]:
    """Rows by their most recent inspection (newest first), or by their latest grade (worst first)."""
    latest: dict[str, Point] = {}
    for p in points:
        if p.row not in latest or p.date > latest[p.row].date:
            latest[p.row] = p
    if order == "worst":
        return sorted(latest, key=lambda r: (grade_sort_key(latest[r].grade), _neg(latest[r].date), r.casefold()))
    return sorted(latest, key=lambda r: (_neg(latest[r].date), r.casefold()))


def _neg(date: str) -> str:
    """A key that sorts ISO dates newest first."""
    return "".join(chr(0x7F - ord(c)) for c in date.ljust(10, "0"))


def _date_number(iso: str) -> float:
    """A matplotlib date number for an ISO date as precise as known (a year is placed mid-year)."""
    import datetime as dt

    from matplotlib.dates import date2num

    y, m, d = (iso.split("-") + ["", ""])[:3]
    day = dt.date(int(y), int(m or 7), int(d[:2] or (15 if m else 1)))
    return date2num(day)


def draw_timeline(g, output, fmt: str, order: str = "recent") -> int:
    """Draw the timeline of entity graph G into OUTPUT (a path or binary file) as 'svg' or 'png'; returns the
    number of inspections placed. The SVG is reproducible byte for byte."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    dated, undated = timeline_points(g)
    rows = ordered_rows(dated, order)
    shown = rows[:MAX_ROWS]
    y_of = {r: i for i, r in enumerate(shown)}
    rc = {"svg.hashsalt": "inspection-kg", "text.parse_math": False, "svg.fonttype": "path",
          "font.family": "DejaVu Sans"}
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(12, 1.9 + 0.34 * max(len(shown), 3)), layout="constrained")
        ax = fig.add_subplot()
        _plot_points(ax, [p for p in dated if p.row in y_of], y_of)
        ax.set_yticks(range(len(shown)), [_clip(r, 48) for r in shown], fontsize=9.5)
        ax.set_ylim(len(shown) - 0.4 if shown else 1, -0.8)
        ax.grid(axis="x", color="#eeeeee")
        ax.spines[["top", "right"]].set_visible(False)
        more = f" (the {len(shown)} {'most recent' if order == 'recent' else 'worst'} of {len(rows)})" \
            if len(rows) > len(shown) else ""
        ax.set_title(f"Inspections over time, one row per inspected body and area{more}", fontsize=12,
                     loc="left")
        _legend(fig, ax, dated, undated)
        meta = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(output, format=fmt, metadata=meta, dpi=110)
    return sum(1 for p in dated if p.row in y_of)


def _plot_points(ax, points: list[Point], y_of: dict[str, int]) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    by_row: dict[str, list[float]] = {}
    for exact in (True, False):
        xs = [_date_number(p.date) for p in points if p.exact == exact]
        if xs:  # one collection per marker shape: circles dated by the sources, squares by the article
            ax.scatter(xs, [y_of[p.row] for p in points if p.exact == exact],
                       c=[colour_of(p.grade) for p in points if p.exact == exact], s=60, zorder=3,
                       marker="o" if exact else "s", edgecolors="#333333", linewidths=0.6)
    last: dict[str, tuple[float, int]] = {}
    for p in sorted(points, key=lambda p: (p.row, p.date, p.inspection)):
        x = _date_number(p.date)
        by_row.setdefault(p.row, []).append(x)
        # Labels alternate above and below when two points of a row sit close together.
        prev = last.get(p.row)
        side = -1 if prev and x - prev[0] < 1100 and prev[1] == 1 else 1
        last[p.row] = (x, side)
        ax.annotate(_clip(p.grade or "no grade", 24), (x, y_of[p.row]), xytext=(0, 7 * side),
                    textcoords="offset points", ha="center", va="bottom" if side > 0 else "top", fontsize=7.5,
                    color="#333333")
    for row, xs in by_row.items():
        if len(xs) > 1:
            ax.plot([min(xs), max(xs)], [y_of[row]] * 2, color="#bbbbbb", linewidth=1, zorder=1)
    if points:
        loc = AutoDateLocator()
        ax.xaxis.set_major_locator(loc)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(loc))
    else:
        ax.text(0.5, 0.5, "no dated inspections in this graph", ha="center", va="center",
                transform=ax.transAxes, color="#666666")
        ax.set_xticks([])


def _legend(fig, ax, dated: list[Point], undated: list[Point]) -> None:
    from matplotlib.lines import Line2D

    grades = legend_grades({p.grade for p in dated})
    handles = [Line2D([], [], marker="o", linestyle="", markerfacecolor=c, markeredgecolor="#333333",
                      markersize=8, label=name) for name, c in grades]
    if any(not p.exact for p in dated):
        handles.append(Line2D([], [], marker="s", linestyle="", markerfacecolor="#ffffff", markeredgecolor="#333333",
                              markersize=8, label="no date stated: placed at its article's date"))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9,
                  title="Overall grade", title_fontsize=9, alignment="left")
    if undated:
        lines = [_clip(f"{p.row}: {p.grade or 'no grade'}", 48) for p in undated[:25]]
        if len(undated) > 25:
            lines.append(f"… and {len(undated) - 25} more")
        ax.text(1.01, 0.0, "Undated, not drawn:\n" + "\n".join(lines), transform=ax.transAxes, fontsize=8,
                va="bottom", ha="left", color="#333333")


__all__ = ["BANDS", "Point", "draw_timeline", "ordered_rows", "timeline_points"]
