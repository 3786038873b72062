"""The site's offline search: a prebuilt index of every entity a reader looks for, and the script that reads it."""

from __future__ import annotations

import json

# Kinds in the order results are ranked when they match equally well.
KINDS = ["body", "person", "inspection", "place", "article", "role", "post", "judgement", "recommendation",
         "quotation"]
LIST_KINDS = {"organisations": "body", "people": "person", "inspections": "inspection", "places": "place",
              "documents": "article", "roles": "role", "posts": "post", "judgements": "judgement",
              "recommendations": "recommendation", "quotations": "quotation"}
MAX_LABEL = 140  # characters of a quotation kept in the index


def index_js(items: list[tuple[str, str, str, list[str]]]) -> bytes:
    """The index as one JSON document assigned to a global, so that it loads from file:// as from a server.
    ITEMS: (label, kind, site path, other names)."""
    rows = []
    for label, kind, path, alt in sorted(items, key=lambda x: (KINDS.index(x[1]), x[0].casefold(), x[2])):
        text = " ".join(label.split())
        text = text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"
        rows.append([text, KINDS.index(kind), path] + ([" | ".join(sorted(set(alt)))] if alt else []))
    data = {"kinds": KINDS, "items": rows}
    # ensure_ascii: no character can end the script or be read as a line terminator by an old parser.
    return ("window.kgSearchIndex = " + json.dumps(data, ensure_ascii=True, separators=(",", ":")) + ";\n").encode()


# Hand-written and small: words of the query must all occur in a name (accents and case ignored); names that
# start with a word rank first, then by kind, then shorter names. Results are built with textContent only.
SEARCH_JS = r"""(function () {
  "use strict";
  var data = window.kgSearchIndex || {kinds: [], items: []};
  var box = document.getElementById("kg-search");
  var list = document.getElementById("kg-results");
  var count = document.getElementById("kg-count");
  var fold = function (s) { return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
  var items = data.items.map(function (it) { return {it: it, key: " " + fold(it[0] + " " + (it[3] || ""))}; });
  function find(query) {
    var words = fold(query).split(/[\s,]+/).filter(function (w) { return w.length > 0; });
    if (!words.length) { return []; }
    var hits = [];
    items.forEach(function (x) {
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var at = x.key.indexOf(words[i]);
        if (at < 0) { return; }
        if (x.key.indexOf(" " + words[i]) < 0) { score += 1; }
      }
      hits.push({score: score, x: x});
    });
    hits.sort(function (a, b) {
      return a.score - b.score || a.x.it[1] - b.x.it[1] || a.x.it[0].length - b.x.it[0].length ||
        (a.x.it[0] < b.x.it[0] ? -1 : a.x.it[0] > b.x.it[0] ? 1 : 0);
    });
    return hits;
  }
  function show() {
    var hits = find(box.value);
    list.textContent = "";
    hits.slice(0, 40).forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = h.x.it[2];
      a.textContent = h.x.it[0];
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = " " + data.kinds[h.x.it[1]];
      li.appendChild(a);
      li.appendChild(kind);
      list.appendChild(li);
    });
    count.textContent = box.value.trim() === "" ? "" :
      hits.length === 0 ? "Nothing found." :
      hits.length > 40 ? "The first 40 of " + hits.length + " matches." :
      hits.length + (hits.length === 1 ? " match." : " matches.");
  }
  if (box && list && count) {
    box.addEventListener("input", show);
    box.form.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = list.querySelector("a");
      if (first) { window.location.href = first.href; }
    });
    show();
  }
})();
"""
