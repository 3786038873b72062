"""Hostile sources and exit codes: whatever a crawler drags in is read or skipped with a one-line reason.

The corpus is generated into tmp_path by the tests themselves (no binary junk in the repository).
"""

from __future__ import annotations

import codecs
import html
import os
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from conftest import KG, ROOT, SAMPLE, kg
from pyoxigraph import Store

from kg.ingest import MAX_BYTES, MAX_CHARS, Source, SourceError, read, shown

ARTICLE = SAMPLE / "001_council-rated-inadequate.txt"  # Suffolk County Council rated inadequate by Ofsted
TRUST = SAMPLE / "004_cqc-trust.txt"
SOURCE_PATH = "https://w3id.org/inspection-kg/ontology#sourcePath"


def source_paths(store: Path) -> set[str]:
    s = Store.read_only(str(store))
    try:
        return {q.object.value for q in s.quads_for_pattern(None, None, None, None)
                if q.predicate.value == SOURCE_PATH}
    finally:
        del s


def skipped_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("skipped: ")]


# ---------------------------------------------------------------- the corpus

def make_corpus(root: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Write the hostile corpus. Returns (good: path -> a phrase its text must hold,
    bad: path as shown on stderr -> the reason expected in its one line)."""
    root.mkdir()
    good: dict[str, str] = {}
    bad: dict[str, str] = {}
    article = ARTICLE.read_text(encoding="utf-8")

    def put(name: str, data: bytes | str) -> Path:
        p = root / name
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return p

    # Read correctly: odd names, encodings and shapes of pages.
    good[str(put("good one é – ünïcode.txt", article))] = "Suffolk County Council"
    good[str(put("utf8 bom.md", codecs.BOM_UTF8 + TRUST.read_bytes()))] = "Care Quality Commission"
    good[str(put("utf16-le.txt", codecs.BOM_UTF16_LE + article.replace("Suffolk", "Norfolk").encode("utf-16-le")))] \
        = "Norfolk County Council"
    good[str(put("utf16-be.txt", codecs.BOM_UTF16_BE + article.replace("Suffolk", "Essex").encode("utf-16-be")))] \
        = "Essex County Council"
    paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in article.replace("Suffolk", "Devon").split("\n\n"))
    lines = ["<!doctype html><html><head><title>Devon council rated inadequate</title></head><body>", "<nav><ul>"]
    lines += [f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60_000)]
    lines += ["</ul></nav>", f"<article>{paras}</article>", "<script>"]
    lines += [f"var x{i} = {i};" for i in range(40_000)]
    lines += ["</script></body></html>"]
    assert len(lines) >= 100_000
    good[str(put("long page.html", "\n".join(lines)))] = "Devon County Council"
    deep = ("<html><head><title>Deep</title></head><body>" + "<div>" * 5000
            + paras.replace("Devon", "Cumbria") + "</div>" * 5000 + "</body></html>")
    good[str(put("deep.html", deep))] = "Cumbria County Council"
    (root / "folder.txt").mkdir()  # a folder with a text suffix is walked, not read
    good[str(put("folder.txt/inside.txt", article.replace("Suffolk", "Kent")))] = "Kent County Council"
    latin1_name = os.fsencode(str(root)) + b"/caf\xe9 latin-1 name.txt"
    with open(latin1_name, "wb") as fh:
        fh.write(article.replace("Suffolk", "Dorset").encode("utf-8"))
    good[str(root) + "/caf\\xe9 latin-1 name.txt"] = "Dorset County Council"

    # Skipped, each with its reason.
    bad[str(put("binary.txt", bytes(range(256)) * 40))] = "binary file"
    bad[str(put("latin1.txt", "Ofsted rated the caf\xe9 inadequate.".encode("latin-1")))] = "not valid UTF-8"
    bad[str(put("utf16 no bom.txt", article.encode("utf-16-le")))] = "binary file"
    bad[str(put("empty.txt", b""))] = "empty file"
    bad[str(put("blank.md", b"  \n\t\n "))] = "empty file"
    buf = root / "archive.zip.tmp"
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", article)
    buf.rename(root / "zipped.txt")
    bad[str(root / "zipped.txt")] = "archive"
    bad[str(put("report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))] = "PDF"
    with open(root / "huge.txt", "wb") as fh:  # 50 MB of real text, refused by its size before reading
        line = (article.replace("\n", " ") + "\n").encode("utf-8")
        for _ in range(50 * 2**20 // len(line) + 1):
            fh.write(line)
    assert (root / "huge.txt").stat().st_size > 50 * 2**20
    bad[str(root / "huge.txt")] = f"too large (50 MB; the limit is {MAX_BYTES // 2**20} MB)"
    dense = (article + "\n\n") * (MAX_CHARS // len(article) + 2)  # under the byte limit, over the text limit
    bad[str(put("dense.txt", dense))] = "too much text"
    bad[str(put("markup only.html", "<html><body><script>var a = 1;</script><div></div></body></html>"))] \
        = "no text found"
    os.symlink("loop-b.txt", root / "loop-a.txt")
    os.symlink("loop-a.txt", root / "loop-b.txt")
    bad[str(root / "loop-a.txt")] = "Too many levels of symbolic links"
    bad[str(root / "loop-b.txt")] = "Too many levels of symbolic links"
    os.symlink("nowhere.txt", root / "dangling.txt")
    bad[str(root / "dangling.txt")] = "No such file or directory"
    os.symlink("..", root / "up")  # a folder loop: not followed, so the walk ends
    os.mkfifo(root / "fifo.txt")  # opening a FIFO blocks until a writer comes: must not hang the build
    bad[str(root / "fifo.txt")] = "not a regular file (a FIFO)"
    os.symlink("/proc/self/mem", root / "memory.txt")  # a regular file whose read fails (EIO), even for root
    bad[str(root / "memory.txt")] = "Input/output error"
    locked = put("locked.txt", article)
    locked.chmod(0)  # unreadable once the build runs without CAP_DAC_OVERRIDE (see run_without_dac)
    bad[str(locked)] = "Permission denied"
    # Names that would forge or reorder a message line are escaped in it.
    bad[str(root) + "/forged\\nskipped: everything.txt"] = "binary file"
    put("forged\nskipped: everything.txt", b"\x00\x01\x02")
    bad[str(root) + "/rtl\\u202etxt.exe.txt"] = "empty file"
    put("rtl\u202etxt.exe.txt", b"")
    return good, bad


def run_without_dac(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run kg as root but without the capabilities that let root read any file, so chmod 000 holds."""
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to drop root's file-reading capabilities"
    return subprocess.run([setpriv, "--bounding-set", "-dac_override,-dac_read_search", KG, *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    good, bad = make_corpus(base / "corpus")
    store = base / "store"
    res = run_without_dac("build", str(base / "corpus"), "--store", str(store))
    return good, bad, store, res


def test_hostile_corpus_builds_the_good_and_names_the_bad(hostile):
    good, bad, store, res = hostile
    assert res.returncode == 3, res.stderr[-3000:]
    assert "Traceback" not in res.stderr
    lines = skipped_lines(res.stderr)
    # One line per bad file: its name (escaped where needed) and the reason.
    for path, reason in bad.items():
        hits = [ln for ln in lines if ln.startswith(f"skipped: {path}: ")]
        assert len(hits) == 1, (path, lines)
        assert reason in hits[0], (path, reason, hits[0])
    assert len(lines) == len(bad), lines
    assert f"{len(good)} documents read" in res.stderr and f"{len(bad)} skipped" in res.stderr
    # Every stderr line is one printable line: no raw control or bidi characters got through.
    assert not [ln for ln in res.stderr.split("\n")
                if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in ln)]
    # The good ones are all in the store, read correctly.
    assert source_paths(store) == set(good)


def test_hostile_sources_are_read_correctly(hostile):
    good, _, store, _ = hostile
    s = Store.read_only(str(store))
    labels = {q.object.value for q in s.quads_for_pattern(None, None, None, None)
              if q.predicate.value == "http://www.w3.org/2000/01/rdf-schema#label"}
    del s
    for path, phrase in good.items():
        assert phrase in labels, (path, phrase)


def test_hostile_store_validates(hostile):
    store = hostile[2]
    res = kg("validate", "--store", str(store), check=False)
    assert res.returncode == 0, res.stdout[-2000:]


def test_the_locked_file_is_readable_with_root_capabilities(hostile):
    # Proof that the permission failure above comes from the dropped capability, not from a broken file.
    good, bad, _, _ = hostile
    locked = next(p for p in bad if p.endswith("locked.txt"))
    assert "Suffolk" in read(Source(locked, "txt")).text


def test_read_refuses_a_fifo_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    with pytest.raises(SourceError, match="not a regular file"):
        read(Source(str(tmp_path / "pipe.md"), "md"))


def test_shown_escapes_what_would_break_a_line():
    assert shown("a\nb") == "a\\nb"
    assert shown("x\u202ey") == "x\\u202ey"
    assert shown("caf\udce9") == "caf\\xe9"
    assert shown("plain é – ü") == "plain é – ü"


# ---------------------------------------------------------------- exit codes

def test_exit_0_when_every_source_is_read(tmp_path):
    store = tmp_path / "s"
    res = kg("build", str(ARTICLE), "--store", str(store), check=False)
    assert res.returncode == 0, res.stderr
    assert "skipped:" not in res.stderr
    again = kg("build", str(ARTICLE), "--store", str(store), check=False)  # unchanged: still all read
    assert again.returncode == 0 and "1 unchanged" in again.stderr


def test_exit_3_when_some_sources_are_skipped(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00junk")
    res = kg("build", str(ARTICLE), str(tmp_path / "bad.txt"), str(tmp_path / "missing.md"),
             "--store", str(tmp_path / "s"), check=False)
    assert res.returncode == 3, res.stderr
    lines = skipped_lines(res.stderr)
    assert len(lines) == 2
    assert any(str(tmp_path / "missing.md") in ln and "no such file" in ln for ln in lines)


@pytest.mark.parametrize("case", ["only-bad", "missing", "empty-folder", "wrong-suffix"])
def test_exit_1_when_nothing_can_be_built(tmp_path, case):
    src = tmp_path / "src"
    src.mkdir()
    if case == "only-bad":
        (src / "a.txt").write_bytes(b"")
        (src / "b.html").write_bytes(b"\x00" * 100)
    arg = {"missing": str(tmp_path / "nothing-here"), "wrong-suffix": str(ROOT / "pyproject.toml")}.get(case, str(src))
    res = kg("build", arg, "--store", str(tmp_path / "s"), check=False)
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert res.stderr.strip(), "exit 1 must say why"


def test_exit_1_when_the_store_cannot_be_opened(tmp_path):
    not_a_folder = tmp_path / "store-file"
    not_a_folder.write_text("x")
    res = kg("build", str(ARTICLE), "--store", str(not_a_folder), check=False)
    assert res.returncode == 1 and res.stderr.startswith("error: ") and "Traceback" not in res.stderr


@pytest.mark.parametrize("args", [
    ["build"],
    ["build", str(ARTICLE), "--jobs", "0"],
    ["build", str(ARTICLE), "--base", "not an iri"],
    ["build", str(ARTICLE), "--base", "https://example.org/a>b/"],
    ["build", str(ARTICLE), "--no-such-option"],
    ["query", "people", "--bind", "no-equals-sign"],
    ["query", "people", "--bind", "1bad=x"],
])
def test_exit_2_on_usage_errors(tmp_path, args):
    res = kg(*args, "--store", str(tmp_path / "s"), check=False)
    assert res.returncode == 2, (args, res.stderr)
    assert "Traceback" not in res.stderr
    assert not (tmp_path / "s").exists() or args[0] == "query", "a usage error must not touch the store"


EXTRACTOR_FAILS = """import sys
import kg.extract as e
orig = e.extract_parsed
def boom(doc, parsed):
    if "boom" in doc.path:
        raise RuntimeError("injected failure")
    return orig(doc, parsed)
e.extract_parsed = boom
from kg.cli import main
main()
"""


@pytest.mark.parametrize("names,code", [(["boom.txt"], 1), (["boom.txt", "fine.txt"], 3)])
def test_a_failing_extraction_is_named_and_counted(tmp_path, names, code):
    for n in names:
        (tmp_path / n).write_text(ARTICLE.read_text(encoding="utf-8") + n, encoding="utf-8")
    res = subprocess.run([sys.executable, "-c", EXTRACTOR_FAILS, "build", *[str(tmp_path / n) for n in names],
                          "--store", str(tmp_path / "s"), "-j", "1"],  # the patch lives in this process only
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert res.returncode == code, res.stderr
    lines = skipped_lines(res.stderr)
    assert len(lines) == 1 and "boom.txt" in lines[0] and "injected failure" in lines[0], res.stderr
