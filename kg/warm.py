"""Preloaded by the build's fork server: the pipeline and lexicons loaded once, inherited by every worker it forks."""

from . import extract, process, rdf  # noqa: F401  (the modules a worker needs, imported before the fork)
from .lexicon import load
from .nlp import pipeline

pipeline()
load()  # the rules read it for the first document: once here rather than once per worker
