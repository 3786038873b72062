#!/usr/bin/env python3
"""Measure how fast `kg query` starts, against a bare `import pyoxigraph`; write bench/startup.json.

    .venv/bin/python bench/startup.py [--runs 21] [--store out/bench/startup-store]

The two commands run in turn (A B A B ...) so that a change in the machine's speed touches both alike;
each run's CPU time is the operating system's own accounting of the finished child (user + system), which
a busy machine disturbs far less than wall time. The figure is the median of the paired ratios; the
target (issue "Linked data that works with the tools people use") is at most 3.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
KG = str(Path(sys.executable).parent / "kg")
TARGET = 3.0


# An installed package has its bytecode compiled (pip does it at install); let the warm-up runs write it
# even where the environment says not to, so that both commands are timed as a user runs them.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(cmd: list[str]) -> tuple[float, float]:
    """Run one command to its end; its CPU seconds (user + system) and its wall seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def measure(store: Path, runs: int) -> dict:
    """Paired runs of `kg query ASK` and `python -c "import pyoxigraph"`; medians and the median ratio."""
    if not store.exists():
        sample = ROOT / "data" / "sample"
        subprocess.run([KG, "build", str(sample), "--store", str(store), "-q"], check=True)
    kg = [KG, "query", "ASK { ?s ?p ?o }", "--store", str(store)]
    bare = [sys.executable, "-c", "import pyoxigraph"]
    for cmd in (kg, bare, kg, bare):  # warm the file cache and write bytecode; not counted
        _run(cmd)
    a, b = [], []
    for _ in range(runs):
        a.append(_run(kg))
        b.append(_run(bare))
    ratios = [x[0] / y[0] for x, y in zip(a, b, strict=True) if y[0] > 0]
    ratio = round(statistics.median(ratios), 2)
    return {
        "kg_query_cpu_ms": round(1000 * statistics.median(x[0] for x in a), 1),
        "kg_query_wall_ms": round(1000 * statistics.median(x[1] for x in a), 1),
        "import_pyoxigraph_cpu_ms": round(1000 * statistics.median(y[0] for y in b), 1),
        "import_pyoxigraph_wall_ms": round(1000 * statistics.median(y[1] for y in b), 1),
        "startup_ratio": ratio,
        "target": f"<= {TARGET:g}",
        "met": ratio <= TARGET,
        "runs": runs,
        "cpus": os.cpu_count(),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--store", default=str(ROOT / "out" / "bench" / "startup-store"))
    ap.add_argument("--out", default=str(BENCH / "startup.json"))
    args = ap.parse_args()
    result = measure(Path(args.store), args.runs)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    for key, value in result.items():
        print(f"{key:28} {value}")
    return 0 if result["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
