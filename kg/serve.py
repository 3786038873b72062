"""A read-only SPARQL 1.1 endpoint, entity pages by content negotiation, and a YASGUI query page."""

from __future__ import annotations

import asyncio
import html
import os
import pickle
import re
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from .protocol import (
    CONTENT_TYPES,
    ENTITY_OFFERS,
    SUFFIX_OF,
    SUFFIXES,
    choose,
    negotiate,
    service_description,
    write_triples,
)
from .publish import DEFAULT_BASE, DEFAULT_LICENSE, SITE_TITLE, script_json

# YASGUI comes from npm into a checkout (`make install`); an installed wheel serves the plain query form.
YASGUI_DIR = Path(__file__).resolve().parent.parent / "node_modules" / "@zazuko" / "yasgui" / "build"
MAX_QUERY_BYTES = 64 * 1024

UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


class Refused(Exception):
    """A request the endpoint will not run; .status is the HTTP status to answer with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


# --------------------------------------------------------------------------- checking queries

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Strings, IRIs and comments as the SPARQL grammar defines them: keywords inside them are not keywords.
_OPAQUE = re.compile(r"""
    '''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
  | \"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
  | '(?:[^'\\\n\r]|\\.)*'
  | "(?:[^"\\\n\r]|\\.)*"
  | <[^<>"{}|^`\\\x00-\x20]*>
  | [A-Za-z_][\w.-]*:(?:[\w:%.-]|\\[_~.\-!$&'()*+,;=/?\#@%])*   # a prefixed name, with PN_LOCAL escapes
  | \#[^\n\r]*
""", re.X | re.S)


def _keywords(query: str, words: tuple[str, ...]) -> list[str]:
    # SPARQL undoes \\u escapes before parsing, so a keyword could hide behind them: undo them first.
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if int(m.group(1) or m.group(2), 16)
                       < 0x110000 else "", query)
    text = _OPAQUE.sub(" ", text)
    pattern = r"(?<![\w?$:@])(" + "|".join(words) + r")(?![\w:])"
    return sorted({m.upper() for m in re.findall(pattern, text, re.I)})


def check_query(query: str, max_bytes: int = MAX_QUERY_BYTES) -> None:
    """Refuse what a public read-only endpoint must not run: updates, federation, oversized queries."""
    if len(query.encode("utf-8")) > max_bytes:
        raise Refused(413, f"the query is longer than {max_bytes} bytes")
    if not query.strip():
        raise Refused(400, "empty query")
    found = _keywords(query, UPDATE_KEYWORDS)
    if found:
        raise Refused(403, f"this endpoint is read-only: SPARQL Update ({', '.join(found)}) is refused")
    if _keywords(query, ("SERVICE",)):
        raise Refused(403, "SERVICE (federated query to other endpoints) is disabled on this endpoint")


# --------------------------------------------------------------------------- the worker process

def store_signature(path: str) -> tuple:
    """What changes on disk when a build writes into the store: RocksDB's CURRENT, manifests and logs."""
    try:
        with os.scandir(path) as entries:
            return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries
                                if e.name == "CURRENT" or e.name.startswith("MANIFEST") or e.name.endswith(".log")))
    except OSError:
        return ()


class Worker:
    """Runs queries for the server in its own process, so a runaway query can be killed outright."""

    def __init__(self, store_path: str, base: str):
        self.store_path, self.base = store_path, base
        self.signature: tuple | None = None
        self.refresh()

    def refresh(self) -> None:
        """Open the store again when a build has written into it since: a read-only store is a snapshot."""
        from .publish import Describer, Renderer, Site
        from .store import open_store

        signature = store_signature(self.store_path)
        if signature == self.signature:
            return
        if self.signature is not None:
            self.store.close()
        # A store written by `kg build` keeps the merge of its document graphs as its default graph,
        # which queries read; an older one has none, and its named graphs are then read as a union.
        self.store = open_store(self.store_path, read_only=True)
        self.renderer = Renderer(Describer(self.store, self.base), Site(self.base, SITE_TITLE, DEFAULT_LICENSE, None))
        self.signature = signature

    def handle(self, job: dict) -> dict:
        from .store import QuerySyntaxError

        try:
            self.refresh()
            if job["kind"] == "entity":
                return self.entity(job)
            return self.query(job)
        except Refused as exc:
            return {"status": exc.status, "error": str(exc)}
        except QuerySyntaxError as exc:
            return {"status": 400, "error": str(exc)}
        except Exception as exc:  # one bad query must not take the worker down
            return {"status": 500, "error": f"{type(exc).__name__}: {exc}"}

    def query(self, job: dict) -> dict:
        from .results import write_boolean, write_select
        from .store import Result

        limit = job["max_results"]
        res = self.store.query(job["query"], default_graphs=job.get("default_graphs") or (),
                               named_graphs=job.get("named_graphs") or (), limit=limit)
        headers: dict[str, str] = {}
        if isinstance(res, bool):
            fmt = choose("ask", job.get("format"), job["accept"])
            if fmt is None:
                raise Refused(406, "an ASK result is served as SPARQL JSON or XML")
            return {"status": 200, "type": CONTENT_TYPES[fmt], "body": write_boolean(res, fmt).encode("utf-8")}
        if res.truncated:
            headers["X-Results-Truncated"] = str(limit)
        if isinstance(res, Result):
            fmt = choose("select", job.get("format"), job["accept"])
            if fmt is None:
                raise Refused(406, "SELECT results are served as SPARQL JSON, XML, CSV or TSV")
            body = write_select(res, fmt, protocol=True).encode("utf-8")
            return {"status": 200, "type": CONTENT_TYPES[fmt], "body": body, "headers": headers}
        fmt = choose("graph", job.get("format"), job["accept"])
        if fmt is None:
            raise Refused(406, "CONSTRUCT and DESCRIBE results are served as Turtle, N3, JSON-LD, N-Triples "
                               "or RDF/XML")
        return {"status": 200, "type": CONTENT_TYPES[fmt], "body": write_triples(list(res.triples), fmt),
                "headers": headers}

    def entity(self, job: dict) -> dict:
        fmt = job["format"]
        desc = self.renderer.d.describe(job["iri"]) if self.renderer.d.local(job["iri"]) else None
        if desc is None:
            return {"status": 404, "error": f"nothing is known about <{job['iri']}>"}
        if fmt in ("nt", "rdfxml", "n3"):
            return {"status": 200, "type": CONTENT_TYPES[fmt], "body": write_triples(desc.triples, fmt)}
        files = self.renderer.render(desc, {fmt})
        return {"status": 200, "type": CONTENT_TYPES[fmt], "body": files[fmt]}


def worker_main(store_path: str, base: str) -> None:
    """The worker's loop: length-prefixed pickled jobs on stdin, replies on stdout (stdout prints go to stderr)."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    inp = sys.stdin.buffer
    worker = Worker(store_path, base)
    while True:
        head = inp.read(8)
        if len(head) < 8:
            return
        job = pickle.loads(inp.read(struct.unpack(">Q", head)[0]))
        data = pickle.dumps(worker.handle(job), protocol=pickle.HIGHEST_PROTOCOL)
        out.write(struct.pack(">Q", len(data)) + data)
        out.flush()


# --------------------------------------------------------------------------- the pool, in the server

class Pool:
    """Warm worker processes; a query past its deadline has its worker killed and replaced."""

    def __init__(self, store_path: str, base: str, size: int):
        self.store_path = store_path
        self.base = base
        self.size = size
        self.idle: asyncio.Queue = asyncio.Queue()
        self.procs: set = set()
        self._tasks: set = set()

    async def _spawn(self):
        code = "import sys; from kg.serve import worker_main; worker_main(sys.argv[1], sys.argv[2])"
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", code, self.store_path, self.base,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, limit=2 ** 26)
        self.procs.add(proc)
        return proc

    async def start(self) -> None:
        for _ in range(self.size):
            self.idle.put_nowait(await self._spawn())

    async def _kill(self, proc) -> None:
        if proc.returncode is None:
            proc.kill()
        await proc.wait()
        self.procs.discard(proc)

    async def _replace(self, proc) -> None:
        await self._kill(proc)
        self.idle.put_nowait(await self._spawn())

    async def stop(self) -> None:
        for proc in list(self.procs):
            await self._kill(proc)

    @staticmethod
    async def _call(proc, job: dict) -> dict:
        data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        proc.stdin.write(struct.pack(">Q", len(data)) + data)
        await proc.stdin.drain()
        head = await proc.stdout.readexactly(8)
        return pickle.loads(await proc.stdout.readexactly(struct.unpack(">Q", head)[0]))

    async def run(self, job: dict, timeout: float) -> dict:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            proc = await asyncio.wait_for(self.idle.get(), timeout)
        except TimeoutError:
            return {"status": 503, "error": f"every worker is busy; try again (waited {timeout:g} s)"}
        ok = False
        try:
            reply = await asyncio.wait_for(self._call(proc, job), max(0.001, deadline - loop.time()))
            ok = True
            return reply
        except TimeoutError:
            return {"status": 503, "error": f"the query ran past the time limit of {timeout:g} s and was stopped"}
        except (asyncio.IncompleteReadError, BrokenPipeError, ConnectionResetError):
            return {"status": 500, "error": "the query worker died; it has been restarted"}
        finally:
            if ok:
                self.idle.put_nowait(proc)
            else:  # also when the request was cancelled: a worker in an unknown state is never reused
                task = asyncio.ensure_future(self._replace(proc))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)


# --------------------------------------------------------------------------- the web app

@dataclass
class Settings:
    store: str
    base: str = DEFAULT_BASE
    timeout: float = 10.0
    max_results: int = 10_000
    max_query_bytes: int = MAX_QUERY_BYTES
    workers: int = 2


QUERY_JS = r"""(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-queries").textContent);
  var endpoint = window.location.origin + "/sparql";
  // Only the completers that work offline: the others ask Linked Open Vocabularies on the web.
  Yasgui.Yasqe.defaults.autocompleters = ["variables", "prefixes"];
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    autoAddOnInit: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { prefixCcApi: null }
  });
  data.forEach(function (q, i) {
    yasgui.addTab(i === 0, { name: q.name, yasqe: { value: q.text }, requestConfig: { endpoint: endpoint } });
  });
  window.kgYasgui = yasgui;
})();
"""


def query_page(queries: list[dict], yasgui: bool) -> str:
    items = "".join(f"<li><b>{html.escape(q['name'])}</b> — {html.escape(q['about'])}</li>" for q in queries)
    if yasgui:
        ui = ('<div id="yasgui"></div>\n'
              f'<script type="application/json" id="kg-queries">{script_json(queries)}</script>\n'
              '<script src="/assets/yasgui/yasgui.min.js"></script>\n<script src="/assets/kg-query.js"></script>\n')
        css = '<link rel="stylesheet" href="/assets/yasgui/yasgui.min.css">\n'
    else:
        ui = ("<p><b>The query editor is not installed</b> (run <code>npm ci</code> in the project folder). "
              "The endpoint works: send queries to <code>/sparql</code>.</p>\n")
        css = ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="icon" href="data:,">\n'
        f"<title>SPARQL · {SITE_TITLE}</title>\n{css}"
        "<style>body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:80rem;padding:0 1rem}"
        "code{font-size:.9em}</style>\n</head>\n<body>\n"
        f"<h1>{SITE_TITLE} SPARQL endpoint</h1>\n"
        "<p>Queries run read-only over the union of all graphs at <code>/sparql</code> (SPARQL 1.1 Protocol). "
        "Entity IRIs under this server answer with HTML, Turtle or JSON-LD.</p>\n"
        f"{ui}<details><summary>Example queries</summary><ul>{items}</ul></details>\n</body>\n</html>\n")


CONTRACT = ["inspections", "judgements", "recommendations", "organisations", "people", "places", "quotes"]
# The tab the page opens on: short enough to read at a glance, and it answers a question a reader has.
START = {"name": "start here: graded Inadequate",
         "about": "Which bodies were graded Inadequate overall, and by whom? Most recent first.",
         "text": """# Which bodies were graded Inadequate overall, and by whom? Most recent first.
PREFIX ikg: <https://w3id.org/inspection-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?body ?inspectorate ?date WHERE {
  ?inspection ikg:overallGrade/rdfs:label "Inadequate" ;
              ikg:subject/rdfs:label ?body .
  OPTIONAL { ?inspection ikg:inspector/rdfs:label ?inspectorate }
  OPTIONAL { ?inspection ikg:published|ikg:visited|ikg:year ?when }
  BIND (STR(?when) AS ?date)
}
ORDER BY DESC(?date) ?body
"""}


def load_examples() -> list[dict]:
    """Example tabs: a short first question, then queries/*.rq (the contract queries first)."""
    from .query import describe, named_queries

    named = named_queries()
    order = [n for n in CONTRACT if n in named] + [n for n in named if n not in CONTRACT]
    return [START] + [{"name": n, "about": describe(named[n]), "text": named[n].read_text(encoding="utf-8")}
                      for n in order]


async def read_body(request, limit: int) -> bytes:
    """The request body, refused past LIMIT bytes (url-encoding may triple a query's size)."""
    size = request.headers.get("content-length")
    if size and size.isdigit() and int(size) > limit:
        raise Refused(413, f"the request body is larger than {limit} bytes")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Refused(413, f"the request body is larger than {limit} bytes")
    return body


async def protocol_params(request, settings: Settings) -> dict[str, list[str]]:
    """The parameters of a SPARQL Protocol request: the URL's, and a POSTed form's or query's."""
    from urllib.parse import parse_qs

    params: dict[str, list[str]] = {}
    for k, v in request.query_params.multi_items():
        params.setdefault(k, []).append(v)
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            raise Refused(403, "this endpoint is read-only: SPARQL Update is refused")
        body = await read_body(request, settings.max_query_bytes * 3)
        if ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-query":
            params.setdefault("query", []).append(body.decode("utf-8", "replace"))
        else:
            raise Refused(415, "POST a form (application/x-www-form-urlencoded) or application/sparql-query")
    if "update" in params:
        raise Refused(403, "this endpoint is read-only: SPARQL Update is refused")
    return params


def query_job(params: dict[str, list[str]], accept: str | None, settings: Settings) -> dict:
    """The worker's job for one query request, checked."""
    queries = params["query"]
    if len(queries) > 1:
        raise Refused(400, "one query per request")
    check_query(queries[0], settings.max_query_bytes)
    # Fuseki and Virtuoso read `format`, `output` and `results`; clients such as SPARQLWrapper send them
    # with an Accept header that agrees. A value unknown for the query form leaves Accept to decide.
    fmt = next((params[k][0] for k in ("format", "output", "results") if params.get(k)), None)
    return {"kind": "query", "query": queries[0], "accept": accept, "format": fmt,
            "default_graphs": params.get("default-graph-uri", []),
            "named_graphs": params.get("named-graph-uri", []), "max_results": settings.max_results}


SD_OFFERS = [("text/turtle", "ttl"), ("application/rdf+xml", "rdfxml"), ("application/ld+json", "jsonld"),
             ("application/n-triples", "nt"), ("text/n3", "n3"), ("text/html", "html"),
             ("application/xhtml+xml", "html")]


def entity_request(path: str, accept: str | None) -> tuple[str, str, bool] | None:
    """(format, entity path, negotiated) for GET /PATH: a known suffix picks the format, else Accept."""
    name = path.rsplit("/", 1)[-1]
    suffix = name.rsplit(".", 1)[-1] if "." in name else ""
    if suffix in SUFFIXES:
        return SUFFIXES[suffix], path[: -len(suffix) - 1], False
    fmt = negotiate(accept, ENTITY_OFFERS)
    return (fmt, path, True) if fmt else None


def create_app(settings: Settings):
    """The Starlette application (the pool of workers starts with it)."""
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, RedirectResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    pool = Pool(settings.store, settings.base, settings.workers)
    page = query_page(load_examples(), (YASGUI_DIR / "yasgui.min.js").exists())
    page_headers = {"Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                                               "img-src 'self' data:; base-uri 'none'; form-action 'self'"}
    vary = {"Vary": "Accept"}

    @asynccontextmanager
    async def lifespan(app):
        await pool.start()
        try:
            yield
        finally:
            await pool.stop()

    def reply(r: dict, headers: dict[str, str]) -> Response:
        if "error" in r:
            return PlainTextResponse(r["error"] + "\n", status_code=r["status"], headers=headers)
        return Response(r["body"], status_code=r["status"], media_type=r["type"],
                        headers={**headers, **(r.get("headers") or {})})

    def description(request: Request) -> Response:
        fmt = negotiate(request.headers.get("accept"), SD_OFFERS)
        if fmt == "html":  # a browser at the endpoint's address gets the query page
            return RedirectResponse("/", status_code=303, headers=vary)
        if fmt is None:
            return PlainTextResponse("the service description is served as Turtle, RDF/XML, JSON-LD, N-Triples "
                                     "or N3\n", status_code=406, headers=vary)
        endpoint = str(request.url.replace(query="", fragment=""))
        body = write_triples(service_description(endpoint, SITE_TITLE), fmt)
        return Response(body, media_type=CONTENT_TYPES[fmt], headers=vary)

    async def sparql(request: Request) -> Response:
        try:
            params = await protocol_params(request, settings)
            if not params.get("query"):
                if request.method == "GET":
                    return description(request)
                raise Refused(400, "no query: pass query=SPARQL (GET or POST)")
            job = query_job(params, request.headers.get("accept"), settings)
        except Refused as exc:
            return PlainTextResponse(str(exc) + "\n", status_code=exc.status, headers=vary)
        return reply(await pool.run(job, settings.timeout), vary)

    async def home(request: Request) -> Response:
        return Response(page, media_type="text/html; charset=utf-8", headers=page_headers)

    async def query_js(request: Request) -> Response:
        return Response(QUERY_JS, media_type="text/javascript; charset=utf-8")

    async def entity(request: Request) -> Response:
        path = request.path_params["path"]
        if path == "index.html":
            return RedirectResponse("/", status_code=303)
        chosen = entity_request(path, request.headers.get("accept"))
        if chosen is None:
            return PlainTextResponse("served as text/html, text/turtle, application/ld+json, application/rdf+xml, "
                                     "application/n-triples or text/n3\n", status_code=406, headers=vary)
        fmt, path, negotiated = chosen
        # A negotiated answer names the file it is (Content-Location), as the static site's files are named.
        headers = {**vary, "Content-Location": f"/{path}.{SUFFIX_OF[fmt]}"} if negotiated else {}
        job = {"kind": "entity", "iri": settings.base + path, "format": fmt}
        return reply(await pool.run(job, settings.timeout), headers)

    routes = [
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/", home), Route("/query", home),
        Route("/assets/kg-query.js", query_js),
        Mount("/assets/yasgui", app=StaticFiles(directory=str(YASGUI_DIR), check_dir=False)),
        Route("/{path:path}", entity),
    ]
    # Any origin may query (read-only, no credentials): browser tools such as YASGUI elsewhere work.
    cors = Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                      allow_headers=["Accept", "Content-Type"],
                      expose_headers=["X-Results-Truncated", "Content-Location"], max_age=86400)
    return Starlette(routes=routes, lifespan=lifespan, middleware=[cors])
