"""The vocabulary graph's quads, kept on disk between builds under a digest of everything they are made from.

Making them (kg.rdf.vocab_quads) reads every lexicon and framework file: about half a second, which every
build paid only to find that the stored vocabulary is current. A build now reads them from the cache when
the ontology, the lexicons, the frameworks and the code that turns them into RDF are unchanged.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, parse, serialize

from . import __version__
from .cache import cache_dir
from .frameworks import files as framework_files
from .resources import LEXICONS_DIR, ONTOLOGY_DIR

_CODE = ("rdf.py", "lexicon.py", "frameworks.py", "ns.py", "vocab.py")


def vocab_key() -> str:
    """Changes with anything vocab_quads() reads: the ontology, the lexicons, the frameworks in force
    (the package's and $KG_FRAMEWORKS_DIR's), the modules that make the quads, the package version."""
    h = hashlib.sha256(__version__.encode())
    here = Path(__file__).parent
    files = [*(here / n for n in _CODE), *sorted(ONTOLOGY_DIR.glob("*")), *sorted(LEXICONS_DIR.glob("*")),
             *framework_files()]
    for path in files:
        if path.is_file():
            h.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:24]


def current_vocab() -> list[Quad]:
    """The vocabulary graph's quads: from the cache when made from the same files, else made and cached.
    A cache that cannot be read or written is skipped (the quads are made again)."""
    try:
        path = cache_dir() / f"vocab-{vocab_key()}.nq"
    except OSError:
        path = None
    if path is not None:
        try:
            return list(parse(path.read_bytes(), format=RdfFormat.N_QUADS))
        except (OSError, SyntaxError, ValueError):  # missing or damaged: make it again
            pass
    from .rdf import vocab_quads

    quads = list(vocab_quads())
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".vocab-", delete=False) as fh:
                fh.write(serialize(quads, format=RdfFormat.N_QUADS) or b"")
            os.replace(fh.name, path)  # atomic: a concurrent reader sees the old file or the whole new one
            for old in path.parent.glob("vocab-*.nq"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass
    return quads
