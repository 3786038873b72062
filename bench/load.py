#!/usr/bin/env python3
"""Load test of `kg serve`: concurrent clients send a mix of queries from a second process, on 127.0.0.1.

    python bench/load.py [--store DIR] [--clients 20] [--queries 2000] [--readme bench/README.md]

Without --store, the seed articles (../shared/corpus/seeds) and data/sample are built into a temporary
store. The server runs as `kg serve` in its own process; this process is the clients (one thread and one
HTTP connection each). The mix: the contract queries, lookups with a bound value (a VALUES block, as
`kg query --bind` sends it), entity pages, and a few bad requests (a syntax error, an update, a SERVICE
call) that must be refused with 400 or 403. An error is any other status, a lost connection or a
timeout. Bounded in count (--queries) and time (--max-seconds). Prints a Markdown table of latencies;
--readme writes it into the "Load test" section of that file. Exit status 1 if any request erred.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KG = str(Path(sys.executable).parent / "kg")
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
CONTRACT = ["organisations", "people", "places", "inspections", "judgements", "quotes", "recommendations"]
BOUND = {"spoke-for-body": "body", "rated-inadequate": "body", "person-posts": "person", "sources": "entity"}
BAD = [("SELECT * WHERE { ?s ?p ", 400),
       ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", 403),
       ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 403)]
START = "<!-- load-test:start -->"
END = "<!-- load-test:end -->"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_store(dest: Path) -> Path:
    sources = [str(p) for p in (SEEDS, ROOT / "data" / "sample") if p.is_dir()]
    subprocess.run([KG, "-q", "build", *sources, "--store", str(dest)], check=True, cwd=ROOT)
    return dest


def labels(store: Path) -> dict[str, list[str]]:
    """Values to bind: labels of bodies, people and places in the store."""
    from kg.store import open_store

    s = open_store(str(store), read_only=True)
    try:
        out = {}
        for var, cls in (("body", "http://www.w3.org/ns/org#Organization"), ("person", "https://schema.org/Person"),
                         ("entity", "https://schema.org/Place")):
            r = s.select(f"SELECT DISTINCT ?l WHERE {{ ?x a <{cls}> ; <http://www.w3.org/2000/01/rdf-schema#label> "
                         f"?l }} ORDER BY ?l")
            out[var] = [row[0].value for row in r.rows] or ["nothing"]
        iris = s.select("SELECT DISTINCT ?x WHERE { ?x a <http://www.w3.org/ns/org#Organization> } ORDER BY ?x")
        out["iri"] = [row[0].value for row in iris.rows]
        return out
    finally:
        s.close()


def workload(n: int, values: dict[str, list[str]], base: str, seed: int = 7) -> list[tuple[str, str, dict, int]]:
    """n requests: (kind, method+path, params, expected status)."""
    from kg.query import load_query
    from kg.store import Term, bind_values

    rnd = random.Random(seed)
    contract = {name: load_query(name) for name in CONTRACT}
    bound = {name: load_query(name) for name in BOUND}
    jobs = []
    for i in range(n):
        r = rnd.random()
        if i % 100 == 99:  # 1 % bad requests, spread over the run
            q, status = BAD[(i // 100) % len(BAD)]
            jobs.append(("bad", "/sparql", {"query": q}, status))
        elif r < 0.55:
            name = rnd.choice(CONTRACT)
            jobs.append(("contract", "/sparql", {"query": contract[name]}, 200))
        elif r < 0.90:
            name = rnd.choice(sorted(BOUND))
            var = BOUND[name]
            q = bind_values(bound[name], {var: Term("literal", rnd.choice(values[var]))})
            jobs.append(("bound", "/sparql", {"query": q}, 200))
        else:
            iri = rnd.choice(values["iri"])
            jobs.append(("entity", "/" + iri[len(base):] + ".ttl", {}, 200))
    return jobs


def run(url: str, jobs: list, clients: int, max_seconds: float) -> tuple[list[tuple[str, float, bool, str]], float]:
    import httpx

    results: list[tuple[str, float, bool, str]] = []
    lock = threading.Lock()
    queue = iter(enumerate(jobs))
    deadline = time.monotonic() + max_seconds

    def client() -> None:
        with httpx.Client(base_url=url, timeout=60, headers={"Accept": "application/sparql-results+json"}) as c:
            while time.monotonic() < deadline:
                with lock:
                    item = next(queue, None)
                if item is None:
                    return
                _, (kind, path, params, want) = item
                t = time.perf_counter()
                try:
                    r = c.post(path, data=params) if params else c.get(path, headers={"Accept": "text/turtle"})
                    ok, why = r.status_code == want, f"HTTP {r.status_code}"
                    if ok and want == 200 and params:
                        json.loads(r.content)  # a whole SPARQL JSON answer, not a truncated one
                except Exception as exc:  # any failure to get an answer is an error
                    ok, why = False, f"{type(exc).__name__}: {exc}"
                dt = time.perf_counter() - t
                with lock:
                    results.append((kind, dt, ok, "" if ok else why))

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, time.perf_counter() - t0


def pct(values: list[float], p: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(p / 100 * len(v)) - 1))] * 1000 if v else float("nan")


def report(results, wall: float, args, store_desc: str) -> str:
    kinds = ["contract", "bound", "entity", "bad"]
    rows = ["| requests | count | errors | p50 ms | p99 ms | max ms |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for kind in [*kinds, "all"]:
        sel = [r for r in results if kind == "all" or r[0] == kind]
        if not sel:
            continue
        lat = [r[1] for r in sel]
        errs = sum(not r[2] for r in sel)
        name = f"**{kind}**" if kind == "all" else kind
        rows.append(f"| {name} | {len(sel)} | {errs} | {pct(lat, 50):.1f} | {pct(lat, 99):.1f} | {max(lat) * 1000:.1f} |")
    errors = [r[3] for r in results if not r[2]]
    head = (f"{len(results)} requests from {args.clients} concurrent clients in {wall:.1f} s "
            f"({len(results) / wall:.0f} requests/s), {len(errors)} errors. Server: `kg serve --workers "
            f"{args.workers} --timeout {args.timeout:g}` on {store_desc}; {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}.")
    lines = [head, "", *rows]
    if errors:
        lines += ["", "Errors (first 5): " + "; ".join(errors[:5])]
    return "\n".join(lines) + "\n"


def write_readme(path: Path, table: str, args) -> None:
    section = (f"{START}\n## Load test\n\n`make bench` runs `python bench/load.py --clients {args.clients} "
               f"--queries {args.queries}`: {args.clients} clients, each with one connection, send "
               f"{args.queries} requests to `kg serve` from a second process on 127.0.0.1. The mix is 55 % "
               "contract queries, 35 % lookups with a bound value (`spoke-for-body`, `rated-inadequate`, "
               "`person-posts`, `sources`), 9 % entity pages (Turtle) and 1 % bad requests (a syntax error, "
               "an update, a SERVICE call) that must be refused with 400 or 403. An error is any other "
               "status, a lost connection or a timeout. Latency is measured at the client, from sending "
               f"the request to the last byte of the answer.\n\n{table}{END}\n")
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if START in text and END in text:
        text = text[: text.index(START)] + section + text[text.index(END) + len(END) + 1:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", help="an existing store (default: build the seeds and data/sample)")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2, help="kg serve --workers")
    ap.add_argument("--timeout", type=float, default=10.0, help="kg serve --timeout (seconds per query)")
    ap.add_argument("--max-seconds", type=float, default=600.0, help="stop sending after this long")
    ap.add_argument("--readme", type=Path, help="write the results into this file's Load test section")
    ap.add_argument("--json", type=Path, help="also write the raw latencies here")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="kg-load-"))
    try:
        if args.store:
            store, desc = Path(args.store), f"`{args.store}`"
        else:
            store, desc = build_store(tmp / "store"), "the seeds and data/sample"
        from kg.rdf import DEFAULT_BASE

        values = labels(store)
        jobs = workload(args.queries, values, DEFAULT_BASE)
        port = free_port()
        url = f"http://127.0.0.1:{port}"  # loopback only
        server = subprocess.Popen([KG, "-q", "serve", "--store", str(store), "--host", "127.0.0.1", "--port",
                                   str(port), "--workers", str(args.workers), "--timeout", str(args.timeout)],
                                  cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            import httpx

            for _ in range(600):
                if server.poll() is not None:
                    raise SystemExit(f"kg serve exited: {server.stderr.read().decode()[-500:]}")
                try:
                    if httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.05)
            results, wall = run(url, jobs, args.clients, args.max_seconds)
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
        table = report(results, wall, args, desc)
        print(table)
        if args.json:
            args.json.write_text(json.dumps([{"kind": k, "seconds": s, "ok": ok, "error": e}
                                             for k, s, ok, e in results]), encoding="utf-8")
        if args.readme:
            write_readme(args.readme, table, args)
        errors = sum(not r[2] for r in results)
        if len(results) < len(jobs):
            print(f"stopped at --max-seconds after {len(results)} of {len(jobs)} requests", file=sys.stderr)
            return 1
        if results:
            lat = [r[1] for r in results]
            print(f"p50 {statistics.median(lat) * 1000:.1f} ms, p99 {pct(lat, 99):.1f} ms", file=sys.stderr)
        return 1 if errors else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
