"""spaCy imported without its command line (a third of its import time), which kg never runs."""

from __future__ import annotations

import importlib
import sys
import types

# spaCy's package imports its command line (typer, weasel, httpx, rich...) only to re-export `spacy.info`.
_STUBBED = ("spacy.cli.info", "spacy.cli")


class _Stub(types.ModuleType):
    """Stands for a spaCy module until something asks it for a name: then the real module is imported."""

    def __getattr__(self, attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return getattr(_real(self.__name__), attr)


def _real(name: str) -> types.ModuleType:
    for stub in _STUBBED:
        if isinstance(sys.modules.get(stub), _Stub):
            del sys.modules[stub]
    return importlib.import_module(name)


def _info(*args, **kwargs):
    """`spacy.info`, its module imported when called."""
    return _real("spacy.cli.info").info(*args, **kwargs)


class _OnFirstImport:
    """A finder that finds nothing: it puts the stubs in place when spaCy is first imported, so that kg's
    light commands (which never import spaCy) see no trace of it."""

    done = False

    def find_spec(self, name: str, path=None, target=None):
        if name == "spacy" and not self.done:
            self.done = True
            if "spacy" not in sys.modules:
                info = _Stub("spacy.cli.info")
                info.info = _info
                sys.modules["spacy.cli"] = _Stub("spacy.cli")
                sys.modules["spacy.cli.info"] = info
        return None  # the usual finders import spaCy itself


def install() -> None:
    """Have the stubs put in place on spaCy's first import, unless spaCy is imported already (then there is
    nothing to save)."""
    if "spacy" in sys.modules or any(isinstance(f, _OnFirstImport) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _OnFirstImport())
