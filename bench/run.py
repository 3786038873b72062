#!/usr/bin/env python3
"""Benchmark the build and the queries on a synthetic corpus; print a table and write bench/results.json.

    .venv/bin/python bench/run.py [--docs 10000] [--small 1000] [--jobs 2] [--work out/bench]

Everything is measured in this one run, on this machine: the corpus is generated (bench/generate.py),
built from scratch at --small and --docs articles with the real `kg build`, tokenised with spaCy alone
for comparison, queried on the embedded store and with rdflib in memory, rebuilt after one changed
article, and scored against its gold on a slice. See bench/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
KG = str(Path(sys.executable).parent / "kg")
CONTRACT = ["organisations", "people", "places", "inspections", "judgements", "quotes", "recommendations"]
TARGETS = {  # key: (limit, "max" | "min", how it reads)
    "build_seconds": (600, "max", "< 600 s"),
    "peak_rss_mb": (2048, "max", "< 2048 MB"),
    "tokenise_ratio": (3, "max", "<= 3"),
    "growth_exponent": (1.15, "max", "<= 1.15"),
    "query_median_ms_max": (2000, "max", "< 2000 ms each"),
    "lookup_median_ms": (50, "max", "< 50 ms"),
    "rdflib_speedup_min": (10, "min", ">= 10x each"),
    "incremental_seconds": (1, "max", "< 1 s"),
    "write_ratio": (1.5, "max", "<= 1.5"),
    "parallel_speedup": (1.7, "min", ">= 1.7"),
    "extract_tokenise_ratio": (20, "max", "<= 20"),
}
# kg runs as installed, with its bytecode written (pip compiles it at install; bench/startup.py does the same):
# under PYTHONDONTWRITEBYTECODE every command, and every worker's fork server, compiles the package again.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
AT_MOST = ("tokenise_ratio", "growth_exponent", "write_ratio", "extract_tokenise_ratio")  # the limit itself is met


def say(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------- measuring

def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (workers, the fork server)."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(d))
            except (OSError, ValueError, IndexError):
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
        todo += children.get(p, [])
    return total / 1024


def run_measured(args: list[str]) -> tuple[float, float, str]:
    """Run a command; (wall seconds, peak RSS of its process tree in MB, its stderr)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
    peak = 0.0
    import threading

    err: list[str] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)
    reader.start()
    end: list[float] = []  # the exit time, taken by a waiting thread: not rounded up to a sampling tick

    def wait() -> None:
        proc.wait()
        end.append(time.perf_counter())

    waiter = threading.Thread(target=wait, daemon=True)
    waiter.start()
    while waiter.is_alive():
        peak = max(peak, _tree_rss_mb(proc.pid))
        waiter.join(0.2)
    reader.join()
    wall = end[0] - t0
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}: {''.join(err)[-2000:]}")
    return wall, peak, "".join(err)


def du_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def machine() -> dict:
    def cmd(*a: str) -> str:
        try:
            return subprocess.run(a, capture_output=True, text=True).stdout.strip()
        except OSError:
            return ""
    model = next((ln.split(":", 1)[1].strip() for ln in cmd("lscpu").splitlines() if ln.startswith("Model name")), "")
    return {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "nproc": cmd("nproc"),
            "cpu": model or platform.processor(), "memory": cmd("free", "-h").splitlines()[1:2],
            "python": platform.python_version(), "load_before": os.getloadavg()}


# ----------------------------------------------------------------------------------------- stages

def generate(n: int, folder: Path) -> None:
    if folder.is_dir() and sum(1 for p in folder.iterdir() if p.suffix != ".json") == n:
        return  # the generator is deterministic: a folder of the right size is this corpus
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([sys.executable, str(BENCH / "generate.py"), str(n), str(folder)], check=True,
                   stderr=subprocess.DEVNULL)


def build(corpus: Path, store: Path, jobs: int) -> tuple[float, float, str]:
    shutil.rmtree(store, ignore_errors=True)
    return run_measured([KG, "build", str(corpus), "--store", str(store), "-j", str(jobs)])


def pipeline_ratios(corpus: Path, store: Path, work: Path, jobs: int) -> dict:
    """Where a build's time goes, on one corpus: `kg build -j 1` and `-j JOBS` from scratch, `kg extract -j 1`
    (the same per-document work written to a file), spaCy's tokenizer alone, and Oxigraph's bulk load of
    the quads the build stored (the floor of any write path). The store holds each triple twice, in its
    document's graph and in the merged default graph that queries read (docs/scale.md), so the floor is
    the bulk load of both; the bulk load of the document graphs alone is reported beside it."""
    from pyoxigraph import DefaultGraph, RdfFormat, Store, serialize

    one, _, _ = build(corpus, store, 1)
    many, _, _ = build(corpus, store, jobs)
    shard = work / "ratios.nq"
    ext, _, _ = run_measured([KG, "extract", str(corpus), "--format", "nquads", "-o", str(shard), "-j", "1"])
    shard.unlink(missing_ok=True)
    floors = {}
    for name, with_merge in (("stored", True), ("named", False)):
        dump = work / "ratios-store.nq"
        st = Store.read_only(str(store))
        with open(dump, "wb") as fh:
            serialize((q for q in st if with_merge or not isinstance(q.graph_name, DefaultGraph)), fh,
                      RdfFormat.N_QUADS)
        del st
        floors[name] = store_load_seconds(dump, work)
        dump.unlink()
    tok, _ = tokenise_seconds(corpus)
    return {"build_j1_seconds": round(one, 2), f"build_j{jobs}_seconds": round(many, 2),
            "extract_j1_seconds": round(ext, 2), "bulk_load_floor_seconds": round(floors["stored"], 2),
            "bulk_load_named_graphs_seconds": round(floors["named"], 2),
            "tokenise_seconds": round(tok, 3),
            "write_ratio": round(max(one - ext, 0.0) / floors["stored"], 2),
            "write_ratio_over_named_graphs": round(max(one - ext, 0.0) / floors["named"], 2),
            "parallel_speedup": round(one / many, 2),
            "extract_tokenise_ratio": round(ext / tok, 1)}


def tokenise_seconds(corpus: Path) -> tuple[float, int]:
    """spaCy's blank English tokenizer alone over the texts the build reads (decoded, HTML reduced)."""
    import spacy

    from kg.ingest import Source, SourceError, discover, read

    texts = []
    for src in discover([str(corpus)]):
        if isinstance(src, Source):
            try:
                texts.append(read(src).text)
            except SourceError:
                pass
    tok = spacy.blank("en").tokenizer
    t0 = time.perf_counter()
    n = sum(len(tok(t)) for t in texts)
    return time.perf_counter() - t0, n


def time_query(store, text: str, bindings=None, runs: int = 5) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        store.select(text, bindings)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, math.ceil(0.95 * len(xs)) - 1)]


def queries(store_path: Path, runs: int) -> dict:
    from kg.query import load_query
    from kg.store import EmbeddedStore, Term

    st = EmbeddedStore(str(store_path), read_only=True)
    med, high, rows, native = {}, {}, {}, {}
    for name in CONTRACT:
        text = load_query(name)
        rows[name] = len(st.select(text).rows)
        ts = time_query(st, text, runs=runs)
        med[name], high[name] = round(statistics.median(ts), 1), round(p95(ts), 1)
        # The same, rows left as pyoxigraph terms (as rdflib leaves its own): for the rdflib comparison.
        ts = []
        for _ in range(runs):
            t0 = time.perf_counter()
            res = st.raw(text)
            names = [v.value for v in res.variables]
            [[sol[n] for n in names] for sol in res]
            ts.append((time.perf_counter() - t0) * 1000)
        native[name] = round(statistics.median(ts), 1)
    # Exploration queries that take a body or a person: bound to a few real ones from the store.
    bodies = [r[0].value for r in st.select("""PREFIX ikg: <https://w3id.org/inspection-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?l WHERE { ?i ikg:subject/rdfs:label ?l } ORDER BY ?l""").rows]
    people = [r[0].value for r in st.select("""PREFIX schema: <https://schema.org/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?l WHERE { ?q schema:creator/rdfs:label ?l } ORDER BY ?l""").rows]
    pick = lambda xs: [xs[i * len(xs) // 5] for i in range(5)] if len(xs) >= 5 else xs  # noqa: E731
    lookups: dict[str, float] = {}
    all_times: list[float] = []
    for path in sorted((ROOT / "queries").glob("*.rq")):
        if path.stem in CONTRACT:
            continue
        text = path.read_text(encoding="utf-8")
        for var, values in (("body", pick(bodies)), ("person", pick(people))):
            if f"?{var}" not in text:
                continue
            ts = []
            for v in values:
                ts += time_query(st, text, {var: Term("literal", v)}, runs=3)
            lookups[f"{path.stem}?{var}"] = round(statistics.median(ts), 1)
            all_times += ts
    st.close()
    return {"median": med, "p95": high, "rows": rows, "native": native, "lookups": lookups,
            "lookup_median": round(statistics.median(all_times), 1) if all_times else None}


def rdflib_times(store_path: Path, work: Path, timeout: int) -> dict:
    """The contract queries with rdflib in memory (Dataset, default union), in a child process (the median
    of three runs each), and Oxigraph's bulk load of the same quads."""
    from pyoxigraph import RdfFormat, serialize

    from kg.store import EmbeddedStore

    dump = work / "store.nq"
    st = EmbeddedStore(str(store_path), read_only=True)
    with open(dump, "wb") as fh:
        serialize(st.quads(), fh, RdfFormat.N_QUADS)
    st.close()
    load_s = store_load_seconds(dump, work)
    res = subprocess.run([sys.executable, __file__, "--rdflib-child", str(dump), "--timeout", str(timeout)],
                         cwd=ROOT, capture_output=True, text=True, env=ENV)
    dump.unlink()
    if res.returncode != 0:
        raise SystemExit(f"rdflib child failed: {res.stderr[-2000:]}")
    return json.loads(res.stdout) | {"store_load_seconds": load_s}


def store_load_seconds(dump: Path, work: Path) -> float:
    """Oxigraph's own bulk load of the quads the build wrote, into an empty on-disk store: a floor for
    any build that stores them, whatever its extraction costs (it sets the reachable tokenise_ratio)."""
    from pyoxigraph import RdfFormat, Store

    target = work / "store-load-floor"
    shutil.rmtree(target, ignore_errors=True)
    t0 = time.perf_counter()
    st = Store(str(target))
    st.bulk_load(path=str(dump), format=RdfFormat.N_QUADS)
    st.flush()
    del st
    took = time.perf_counter() - t0
    shutil.rmtree(target, ignore_errors=True)
    return took


def rdflib_child(dump: str, timeout: int, runs: int = 3) -> None:
    import rdflib

    from kg.query import load_query

    class Timeout(Exception):
        pass

    def alarm(signum, frame):
        raise Timeout

    signal.signal(signal.SIGALRM, alarm)
    t0 = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(dump, format="nquads")
    out = {"load_seconds": round(time.perf_counter() - t0, 1), "quads": len(ds), "ms": {}, "rows": {},
           "timed_out": [], "errors": {}}
    for name in CONTRACT:
        text = load_query(name)
        times = []
        for _ in range(runs):  # the median of a few runs, as for the embedded store
            signal.alarm(timeout)
            t0 = time.perf_counter()
            try:
                out["rows"][name] = len(list(ds.query(text)))
            except Timeout:
                out["timed_out"].append(name)
                times.append(time.perf_counter() - t0)
                break  # already a lower bound: not worth another wait
            except Exception as exc:  # rdflib cannot evaluate some queries at all
                out["errors"][name] = f"{type(exc).__name__}: {exc}"[:300]
                break
            finally:
                signal.alarm(0)
            times.append(time.perf_counter() - t0)
        if name not in out["errors"]:
            out["ms"][name] = round(statistics.median(times) * 1000, 1)
    print(json.dumps(out))


def incremental(corpus: Path, store: Path, jobs: int, runs: int = 3) -> tuple[list[float], list[str]]:
    """Rebuild after one changed article, for `runs` articles spread over the corpus (each put back and
    rebuilt after). A first rebuild with nothing changed warms the caches as a user's second build would."""
    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md", ".html"))
    run_measured([KG, "build", str(corpus), "--store", str(store), "-j", str(jobs)])
    walls, lines = [], []
    for k in range(runs):
        target = files[(2 * k + 1) * len(files) // (2 * runs)]
        original = target.read_bytes()
        try:
            if target.suffix == ".html":
                target.write_bytes(original.replace(b"</article>", b"<p>A correction was added later.</p></article>"))
            else:
                target.write_bytes(original + b"\nA correction was added later.\n")
            wall, _, err = run_measured([KG, "build", str(corpus), "--store", str(store), "-j", str(jobs)])
        finally:
            target.write_bytes(original)
        walls.append(round(wall, 2))
        lines.append(err.strip().splitlines()[-1] if err.strip() else "")
        run_measured([KG, "build", str(corpus), "--store", str(store), "-j", str(jobs)])
    return walls, lines


def quality(work: Path, n: int) -> dict:
    corpus = work / f"corpus-{n}"
    generate(n, corpus)
    res = subprocess.run([sys.executable, "/work/shared/eval/score.py" if Path("/work/shared/eval/score.py").exists()
                          else str(ROOT.parent / "shared" / "eval" / "score.py"), "--corpus", str(corpus),
                          "--gold", str(corpus / "gold.json"), "--kg", KG, "--json"],
                         cwd=ROOT, capture_output=True, text=True)
    data = json.loads(res.stdout)
    return {"overall_f1": data["overall_f1"], **{t: data[t]["f1"] for t in CONTRACT}}


# ----------------------------------------------------------------------------------------- report

def table(results: dict) -> str:
    def fmt(v) -> str:
        if isinstance(v, float):
            return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}"
        return str(v)
    lines = [f"{'figure':26} {'value':>14}  {'target':>16}  met", "-" * 64]
    for key in ("corpus_docs", "build_seconds", "peak_rss_mb", "docs_per_second", "tokenise_ratio",
                "store_load_ratio", "growth_exponent", "query_median_ms_max", "lookup_median_ms", "rdflib_speedup_min",
                "incremental_seconds", "write_ratio", "parallel_speedup", "extract_tokenise_ratio", "store_mb"):
        v = results.get(key)
        target = TARGETS.get(key)
        met = ""
        if target and v is not None:
            limit, kind, _ = target
            met = "yes" if (v < limit or (v == limit and key in AT_MOST)
                            if kind == "max" else v >= limit) else "NO"
        lines.append(f"{key:26} {fmt(v):>14}  {target[2] if target else '':>16}  {met}")
    lines.append("")
    lines.append(f"{'contract query':18} {'median ms':>10} {'p95 ms':>10} {'rows':>8} {'rdflib ms':>12} {'speedup':>9}")
    for q in CONTRACT:
        rd = results["rdflib_ms"].get(q, "error" if q in results["rdflib_errors"] else None)
        sp = results["rdflib_speedup"].get(q)
        lines.append(f"{q:18} {results['query_median_ms'][q]:>10} {results['query_p95_ms'][q]:>10} "
                     f"{results['query_rows'][q]:>8} {fmt(rd) if rd is not None else '-':>12}"
                     f"{'+' if q in results['rdflib_timed_out'] else ' '}"
                     f"{(fmt(sp) + 'x') if sp is not None else '-':>9}")
    if results["rdflib_timed_out"]:
        lines.append("+ rdflib stopped at the time limit: its time and the speedup are lower bounds")
    for q, e in results["rdflib_errors"].items():
        lines.append(f"rdflib cannot run {q}: {e[:100]}")
    lines.append("")
    for k, v in results["lookup_ms"].items():
        lines.append(f"lookup {k:40} median {v} ms")
    return "\n".join(lines)


START, END = "<!-- scale:start -->", "<!-- scale:end -->"


def write_readme(path: Path, results: dict) -> None:
    """Put this run's table, machine and date into the Scale section of bench/README.md (the rest stays)."""
    m = results["machine"]
    mem = m["memory"][0] if m["memory"] else ""
    section = (f"{START}\n## Scale: {results['corpus_docs']:,} generated articles\n\n"
               f"Measured {m['date']} by `{results['command']}` on {m['nproc']} CPUs ({m['cpu']}), "
               f"`free -h`: `{' '.join(mem.split())}`; Python {m['python']}; load average "
               f"{m['load_before'][0]:.2f} before the run, {m['load_after'][0]:.2f} after (other work "
               "shared the machine). Every figure below comes from that one run (bench/results.json).\n\n"
               f"```\n{table(results)}\n```\n\n"
               f"Build: `{results['build_summary']}` (`kg build -j {results['jobs']}`); "
               f"{results['small_docs']:,} articles built in {results['small_build_seconds']} s. "
               f"Ratios measured on the {results['ratios_docs']:,} articles: {results['ratios']}. "
               f"Tokenisation alone: {results['tokenise_seconds']} s for {results['tokens']:,} tokens. "
               f"Incremental runs: {results['incremental_runs']} s. rdflib loaded {results['rdflib_quads']:,} "
               f"triples in {results['rdflib_load_seconds']} s. Extraction quality on the first "
               f"{results['quality_docs']} articles against their gold: {results['quality_f1']}.\n{END}\n")
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if START in text and END in text:
        text = text[: text.index(START)] + section + text[text.index(END) + len(END) + 1:]
    elif "\n## " in text:  # before the first section of anyone else's
        i = text.index("\n## ") + 1
        text = text[:i] + section + "\n" + text[i:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=1_000, help="the smaller corpus for the growth exponent")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=5, help="runs of each contract query")
    ap.add_argument("--work", default=str(ROOT / "out" / "bench"))
    ap.add_argument("--out", default=str(BENCH / "results.json"))
    ap.add_argument("--readme", default=str(BENCH / "README.md"), help="write the figures into this file's "
                    "Scale section ('' to skip)")
    ap.add_argument("--rdflib-timeout", type=int, default=900, help="seconds allowed to each rdflib query")
    ap.add_argument("--quality-docs", type=int, default=300, help="articles scored against their gold (0: skip)")
    ap.add_argument("--rdflib-child", help=argparse.SUPPRESS)
    ap.add_argument("--timeout", type=int, default=900, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rdflib_child:
        rdflib_child(args.rdflib_child, args.timeout)
        return 0
    sys.path.insert(0, str(ROOT))
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    info = machine()
    big, small = work / f"corpus-{args.docs}", work / f"corpus-{args.small}"
    say(f"generating {args.small} and {args.docs} articles in {work}")
    generate(args.small, small)
    generate(args.docs, big)

    say(f"kg build -j {args.jobs}: {args.small} articles")
    t_small, rss_small, _ = build(small, work / f"store-{args.small}", args.jobs)
    say(f"kg build -j {args.jobs}: {args.docs} articles")
    t_big, rss_big, err = build(big, work / f"store-{args.docs}", args.jobs)
    summary = err.strip().splitlines()[-1] if err.strip() else ""
    say(f"  {summary}")

    say(f"where the time goes, on {args.small} articles: build -j 1 and -j {args.jobs}, extract -j 1, bulk-load floor")
    ratios = pipeline_ratios(small, work / f"store-{args.small}", work, args.jobs)
    say(f"  {ratios}")

    say("spaCy tokenisation alone over the same texts")
    tok_s, tokens = tokenise_seconds(big)

    say(f"contract and lookup queries ({args.runs} runs each)")
    q = queries(work / f"store-{args.docs}", args.runs)

    say(f"rdflib in memory (Dataset, default union), up to {args.rdflib_timeout} s a query")
    rd = rdflib_times(work / f"store-{args.docs}", work, args.rdflib_timeout)
    speedup = {n: round(rd["ms"][n] / max(q["native"][n], 0.001), 1) for n in CONTRACT if n in rd["ms"]}

    say("incremental: one changed article (median of three)")
    inc_runs, inc_summaries = incremental(big, work / f"store-{args.docs}", args.jobs)
    inc = statistics.median(inc_runs)

    qual = {}
    if args.quality_docs:
        say(f"extraction quality on the first {args.quality_docs} articles (score.py)")
        qual = quality(work, args.quality_docs)

    results = {
        "corpus_docs": args.docs,
        "build_seconds": round(t_big, 1),
        "peak_rss_mb": round(rss_big),
        "docs_per_second": round(args.docs / t_big, 1),
        "tokenise_seconds": round(tok_s, 2),
        "tokens": tokens,
        "tokenise_ratio": round(t_big / tok_s, 2),
        "store_load_seconds": round(rd["store_load_seconds"], 1),
        "store_load_ratio": round(rd["store_load_seconds"] / tok_s, 1),
        "small_docs": args.small,
        "small_build_seconds": round(t_small, 1),
        "small_peak_rss_mb": round(rss_small),
        "growth_exponent": round(math.log(t_big / t_small) / math.log(args.docs / args.small), 3),
        "query_median_ms": q["median"],
        "query_p95_ms": q["p95"],
        "query_median_ms_max": max(q["median"].values()),
        "query_rows": q["rows"],
        "query_native_ms": q["native"],
        "lookup_ms": q["lookups"],
        "lookup_median_ms": q["lookup_median"],
        "rdflib_load_seconds": rd["load_seconds"],
        "rdflib_quads": rd["quads"],
        "rdflib_ms": rd["ms"],
        "rdflib_rows": rd["rows"],
        "rdflib_timed_out": rd["timed_out"],
        "rdflib_errors": rd["errors"],
        "rdflib_speedup": speedup,
        "rdflib_speedup_min": min(speedup.values()),
        "incremental_seconds": round(inc, 2),
        "incremental_runs": inc_runs,
        "incremental_summaries": inc_summaries,
        "store_mb": round(du_mb(work / f"store-{args.docs}")),
        "write_ratio": ratios["write_ratio"],
        "parallel_speedup": ratios["parallel_speedup"],
        "extract_tokenise_ratio": ratios["extract_tokenise_ratio"],
        "ratios_docs": args.small,
        "ratios": ratios,
        "build_summary": summary,
        "jobs": args.jobs,
        "quality_docs": args.quality_docs,
        "quality_f1": qual,
        "machine": info | {"load_after": os.getloadavg()},
        "command": "make bench  (.venv/bin/python bench/run.py " + " ".join(sys.argv[1:]) + ")",
    }
    met = {}
    for key, (limit, kind, _) in TARGETS.items():
        v = results[key]
        met[key] = bool(v <= limit if key in AT_MOST else
                        v < limit if kind == "max" else v >= limit)
    results["targets_met"] = met
    Path(args.out).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.readme:
        write_readme(Path(args.readme), results)
    print(table(results))
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
