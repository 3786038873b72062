"""inspection-kg: articles about inspections turned into a linked-data knowledge graph."""

__version__ = "0.1.0"
EXTRACTOR = f"inspection-kg-rules/{__version__}"  # the rule set's name in PROV (here: no spaCy import)
