"""inspection-kg: articles about inspections turned into a linked-data knowledge graph."""

from .lightspacy import install as _light_spacy

__version__ = "0.1.0"
EXTRACTOR = f"inspection-kg-rules/{__version__}"  # the rule set's name in PROV (here: no spaCy import)
_light_spacy()  # before any module of kg imports spaCy
