"""Preloaded by the build's fork server: the pipeline built once, inherited by every worker it forks."""

from . import extract, process, rdf  # noqa: F401  (the modules a worker needs, imported before the fork)
from .nlp import pipeline

pipeline()
