"""RemoteStore against Debian's Virtuoso (started on loopback here): the same build-and-query checks as
against Oxigraph server, a vocabulary write retried by the next build, and publishing that pages past
the server's silent row cap."""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import free_port, kg
from test_remote_store import CONTRACT, embedded_csv, rows

VIRTUOSO = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
ISQL = shutil.which("isql-vt") or "/usr/bin/isql-vt"
INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
ROW_CAP = 1000  # ResultSetMaxRows, lowered so that the vocabulary graph alone needs paging


@contextlib.contextmanager
def virtuoso_server(folder: Path) -> Iterator[str]:
    """Virtuoso on free loopback ports with its database in FOLDER, updates granted to the SPARQL user."""
    assert Path(VIRTUOSO).exists() and INI.exists(), "virtuoso-opensource is missing: `make system-deps`"
    sql_port, http_port = free_port(), free_port()
    ini = INI.read_text()
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/")
    ini = re.sub(r"(?m)^ServerPort\s*=\s*1111\b.*$", f"ServerPort = 127.0.0.1:{sql_port}", ini)
    ini = re.sub(r"(?m)^ServerPort\s*=\s*8890\b.*$", f"ServerPort = 127.0.0.1:{http_port}", ini)
    ini = re.sub(r"(?m)^ResultSetMaxRows\s*=.*$", f"ResultSetMaxRows = {ROW_CAP}", ini)
    ini = re.sub(r"(?m)^NumberOfBuffers\s*=.*$", "NumberOfBuffers = 4000", ini)
    (folder / "virtuoso.ini").write_text(ini)
    proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(folder / "virtuoso.ini")], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        for _ in range(600):
            assert proc.poll() is None, (folder / "virtuoso.log").read_text()[-2000:]
            try:
                urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("virtuoso did not start")
        subprocess.run([ISQL, f"127.0.0.1:{sql_port}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                       check=True, capture_output=True, timeout=60)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as url:
        yield url


@pytest.fixture(scope="module")
def built(virtuoso, seeds_dir, seeds_store):
    res = kg("build", str(seeds_dir), "--store", virtuoso, "--update-url", virtuoso)
    assert "5 documents read (0 replaced, 0 unchanged)" in res.stderr
    return virtuoso, str(seeds_store)


def test_contract_queries_answer_as_the_embedded_store(built):
    remote, embedded = built
    for name in CONTRACT:
        over_http = rows(kg("query", name, "--store", remote, "--format", "csv").stdout)
        local = rows(embedded_csv(embedded, name))
        assert local[1], name
        assert over_http == local, name


def test_every_query_form_over_virtuoso(built):
    remote, _ = built
    ofsted = "https://w3id.org/inspection-kg/id/organisation/ofsted"
    assert kg("query", f"ASK {{ <{ofsted}> ?p ?o }}", "--store", remote).stdout == "true\n"
    out = kg("query", f"CONSTRUCT {{ <{ofsted}> ?p ?o }} WHERE {{ <{ofsted}> ?p ?o }}", "--store", remote,
             "--format", "nt").stdout
    assert f"<{ofsted}> <http://www.w3.org/2000/01/rdf-schema#label> " in out


def test_a_lost_vocabulary_graph_is_written_again(built, seeds_dir):
    from pyoxigraph import NamedNode

    from kg.ns import VOCAB_GRAPH
    from kg.store import RemoteStore

    remote, _ = built
    server = RemoteStore(remote, remote)
    before = len(list(server.quads(graph=NamedNode(VOCAB_GRAPH))))
    assert before > ROW_CAP  # read whole, past the server's cap
    server.update(f"DROP SILENT GRAPH <{VOCAB_GRAPH}>")
    res = kg("build", str(seeds_dir), "--store", remote, "--update-url", remote)
    assert "(0 replaced, 5 unchanged)" in res.stderr
    assert len(list(RemoteStore(remote).quads(graph=NamedNode(VOCAB_GRAPH)))) == before


def test_publish_from_virtuoso_equals_publish_from_the_folder(built, tmp_path):
    remote, embedded = built
    kg("-q", "publish", "--store", remote, "-o", str(tmp_path / "a"))
    kg("-q", "publish", "--store", embedded, "-o", str(tmp_path / "b"))
    a = (tmp_path / "a" / "dumps" / "inspection-kg.nq").read_bytes()
    assert a and a == (tmp_path / "b" / "dumps" / "inspection-kg.nq").read_bytes()
    assert b"nodeID://" not in a and b"openlinksw" not in a
