"""Shared fixtures: stores built once per test session from the bundled sample and the seed articles."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
SAMPLE = ROOT / "data" / "sample"
KG = str(Path(sys.executable).parent / "kg")
OXIGRAPH = str(Path(sys.executable).parent / "oxigraph")
CHROMIUM = "/usr/bin/chromium"
# From ../shared/NOTES.md; the resolver rule makes any request leaving the machine fail visibly.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def concept(aspect: str) -> str:
    """The framework's aspect a judgement's words name (kept in the text's words when they differ; the graph
    links those words to the framework's aspect); the overall judgement by one name, whatever its framework calls
    it ("Overall", "Overall outcome": test_the_overall_judgement_under_the_name_its_framework_gives_it
    checks them)."""
    from kg.lexicon import load as load_lexicon

    if aspect.lower() in ("overall", "overall rating", "overall outcome"):
        return "Overall effectiveness"
    return load_lexicon().aspect_for(aspect) or aspect


def kg(*args: str, check: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run the real `kg` command line."""
    res = subprocess.run([KG, *args], capture_output=True, text=True, cwd=ROOT, **kw)
    if check and res.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {res.returncode}: {res.stderr[-2000:]}")
    return res


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    # The seeds live beside the project (../shared); CI always has them. Fail loudly, never skip.
    assert SEEDS.is_dir(), f"{SEEDS} is missing: clone the project with ../shared beside it"
    return SEEDS


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A store built from data/sample (read-only for tests: copy it before writing)."""
    path = tmp_path_factory.mktemp("stores") / "sample"
    kg("build", str(SAMPLE), "--store", str(path), "-q")
    return path


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory, seeds_dir) -> Path:
    """A store built from the five seed articles (read-only for tests: copy it before writing)."""
    path = tmp_path_factory.mktemp("stores") / "seeds"
    kg("build", str(seeds_dir), "--store", str(path), "-q")
    return path


@pytest.fixture
def copy_store(tmp_path):
    """Copy a session store so a test can write to it."""
    def _copy(src: Path) -> Path:
        dst = tmp_path / ("copy-" + src.name)
        shutil.copytree(src, dst)
        return dst
    return _copy


@contextlib.contextmanager
def chromium(loopback: bool = True) -> Iterator:
    """Headless Chromium (Debian's) through Playwright. Every host name fails to resolve, so a request that
    leaves the machine fails visibly; with loopback, 127.0.0.1 is still reachable for local servers."""
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: `make system-deps` installs it"
    from playwright.sync_api import sync_playwright

    rule = "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" if loopback else "MAP * ~NOTFOUND"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=[*CHROMIUM_FLAGS, f"--host-resolver-rules={rule}"])
        try:
            yield b
        finally:
            b.close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def static_server(directory: Path) -> Iterator[str]:
    """A plain static web server for a folder on 127.0.0.1: its base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(directory)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def free_port() -> int:
    """A TCP port free on 127.0.0.1 (for a server started by a test)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """A real `oxigraph serve` over an on-disk store on a free loopback port: its base URL."""
    assert Path(OXIGRAPH).exists(), "oxigraph is missing: `make install` installs the test extra"
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.05)
        else:
            raise AssertionError("oxigraph serve did not start")
        yield url
    finally:
        proc.kill()
        proc.wait()


os.environ.setdefault("PYTHONHASHSEED", "0")
