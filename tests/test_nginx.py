"""docs/nginx-linked-data.conf and docs/nginx-conneg.js in a real Debian nginx (with njs) on loopback,
over a site written by `kg publish`: negotiation weighs q-values, and every answer varies on Accept."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from conftest import ROOT, free_port, kg

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
NJS = Path("/usr/lib/nginx/modules/ngx_http_js_module.so")
ENTITY = "/id/organisation/ofsted"


@pytest.fixture(scope="module")
def nginx(seeds_store, tmp_path_factory):
    assert Path(NGINX).exists() and NJS.exists(), "nginx or njs is missing: `make system-deps`"
    tmp = tmp_path_factory.mktemp("nginx")
    kg("-q", "publish", "--store", str(seeds_store), "-o", str(tmp / "www" / "id"))
    port = free_port()
    snippet = (ROOT / "docs" / "nginx-linked-data.conf").read_text()
    snippet = snippet.replace('js_path "/etc/nginx/njs/";', f'js_path "{ROOT / "docs"}/";')
    snippet = re.sub(r"listen 80;", f"listen 127.0.0.1:{port};", snippet)
    snippet = snippet.replace("root /srv/www;", f"root {tmp / 'www'};")
    temps = "".join(f"{k}_temp_path {tmp / k};\n" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must read the test's private folders
    (tmp / "nginx.conf").write_text(
        f"{user}daemon off;\npid {tmp / 'nginx.pid'};\nerror_log {tmp / 'error.log'};\nload_module {NJS};\n"
        f"events {{}}\nhttp {{\naccess_log off;\n{temps}{snippet}\n}}\n")
    proc = subprocess.Popen([NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise AssertionError("nginx did not start")
        yield url, tmp / "www"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.parametrize("accept, suffix", [
    (None, ".html"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ".html"),
    ("text/turtle", ".ttl"),
    ("text/html;q=0.5, text/turtle", ".ttl"),
    ("text/html;q=0.1, application/ld+json;q=0.4, text/turtle;q=0.3", ".jsonld"),
    ("text/html;q=0, */*", ".ttl"),
    ("application/rdf+xml;q=1, text/*;q=0.2", ".html"),
])
def test_negotiation_weighs_q_values(nginx, accept, suffix):
    url, www = nginx
    r = httpx.get(url + ENTITY, headers={"Accept": accept} if accept else {})
    assert r.status_code == 200, r.text
    assert r.content == (www / (ENTITY.lstrip("/") + suffix)).read_bytes()
    assert "Accept" in r.headers["vary"] and r.headers["content-location"] == ENTITY + suffix


def test_an_unavailable_format_is_406_not_html(nginx):
    url, _ = nginx
    for accept in ("application/n-triples", "application/rdf+xml", "text/html;q=0, text/turtle;q=0"):
        r = httpx.get(url + ENTITY, headers={"Accept": accept})
        assert r.status_code == 406 and "Accept" in r.headers["vary"], accept


def test_files_are_served_as_they_are(nginx):
    url, www = nginx
    r = httpx.get(url + ENTITY + ".ttl", headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert "content-location" not in r.headers and "Accept" in r.headers["vary"]
    r = httpx.get(url + "/id/void")  # void.ttl answers for the dataset's IRI
    assert r.status_code == 200 and r.content == (www / "id" / "void.ttl").read_bytes()
    assert httpx.get(url + "/id/organisation/no-such-thing").status_code == 404
