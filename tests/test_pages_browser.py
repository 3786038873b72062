"""The published pages and the query page in headless Chromium: no console errors, nothing leaves localhost."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import chromium, kg, static_server
from test_publish import HOSTILE_DOC, HOSTILE_LABEL, HOSTILE_QUOTE, add_hostile
from test_serve import start_server

LOCAL = ("http://127.0.0.1:", "data:", "about:", "blob:")


@pytest.fixture(scope="module")
def store(tmp_path_factory, seeds_dir) -> Path:
    path = tmp_path_factory.mktemp("browser") / "store"
    kg("-q", "build", str(seeds_dir), "--store", str(path))
    add_hostile(path)
    return path


@pytest.fixture(scope="module")
def site_url(store, tmp_path_factory):
    """The published site on a plain static web server on 127.0.0.1."""
    site = tmp_path_factory.mktemp("browser") / "site"
    kg("-q", "publish", "--store", str(store), "-o", str(site))
    with static_server(site) as url:
        yield url


@pytest.fixture(scope="module")
def app_url(store):
    proc, url = start_server(store, "--timeout", "10", "--workers", "2")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


class Watch:
    """Everything a page does that a test should see: requests, console errors, script errors, dialogs."""

    def __init__(self, page):
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))

    def check(self) -> None:
        assert self.errors == []
        outside = [u for u in self.requests if not u.startswith(LOCAL)]
        assert outside == [], outside
        assert self.requests


def test_published_pages_open_clean(browser, site_url):
    page = browser.new_page()
    watch = Watch(page)
    paths = ["index.html", "lists/people.html", "organisation/ofsted.html", "person/hostile-person.html",
             "quotation/hostile.html", f"document/{HOSTILE_DOC}.html", f"document/{HOSTILE_DOC}/span/0-40.html",
             "inspection/cafcass/inspection/east-midlands/2008.html", "place/norfolk.html", "ontology/index.html"]
    for path in paths:
        resp = page.goto(f"{site_url}/{path}", wait_until="load")
        assert resp.status == 200, path
        assert page.locator("h1").first.inner_text().strip(), path
    # Links between pages work: from the index's search to an organisation.
    page.goto(f"{site_url}/index.html")
    page.locator("#kg-search").fill("ofst")
    page.locator("#kg-results").get_by_role("link", name="Ofsted", exact=True).click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/organisation/ofsted.html")
    assert page.locator("h1").inner_text() == "Ofsted"
    watch.check()
    page.close()


def test_hostile_text_shows_as_text(browser, site_url):
    page = browser.new_page()
    watch = Watch(page)
    page.goto(f"{site_url}/person/hostile-person.html", wait_until="load")
    assert page.locator("h1").inner_text() == HOSTILE_LABEL
    assert HOSTILE_QUOTE in page.locator("blockquote").first.inner_text()
    data = page.evaluate("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)")
    labels = [n.get("rdfs:label") for n in data["@graph"]]
    assert [HOSTILE_LABEL] in labels
    assert page.evaluate("document.querySelectorAll('script').length") == 1  # only the JSON-LD data block
    watch.check()
    page.close()


def test_query_page_runs_the_example_queries(browser, app_url):
    page = browser.new_page()
    watch = Watch(page)
    page.goto(f"{app_url}/", wait_until="load")
    page.wait_for_selector(".yasqe .CodeMirror")
    tabs = page.locator(".tabsList .tab").all_inner_texts()
    assert any("organisations" in t for t in tabs) and any("inspections" in t for t in tabs), tabs
    # The page opens on a short example that answers a question, then the contract queries.
    assert "start here" in tabs[0] and "inspections" in tabs[1], tabs
    first = page.evaluate("window.kgYasgui.getTab().getQuery()")
    assert len(first.strip().splitlines()) <= 14 and "Inadequate" in first
    page.evaluate("window.kgYasgui.getTab().getYasqe().query()")
    page.wait_for_function("document.querySelectorAll('.yasr table tbody tr').length > 0", timeout=30_000)
    assert "Cafcass" in page.locator(".yasr table tbody").inner_text()
    page.locator(".tabsList .tab", has_text="organisations").click()
    assert "org:Organization" in page.evaluate("window.kgYasgui.getTab().getQuery()")
    page.evaluate("window.kgYasgui.getTab().getYasqe().query()")
    page.wait_for_function("document.querySelectorAll('.yasr table tbody tr').length > 0", timeout=30_000)
    assert page.locator(".yasr table tbody tr").count() > 3
    assert any(u.startswith(f"{app_url}/sparql") for u in watch.requests)
    # An entity IRI of this server opens as a page in the browser.
    page.goto(f"{app_url}/organisation/ofsted", wait_until="load")
    assert page.locator("h1").inner_text() == "Ofsted"
    watch.check()
    page.close()
