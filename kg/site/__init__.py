"""Reader-facing pictures and pages: grade colours, plain-language entity pages, search, timeline, graph layout."""
