"""The real-dev corpus split once into a part tuned on and a held-out part, with the gold divided to match.

The split (file names only) is `tests/corpus/real-dev-split.json`. The gold in ../shared is corpus-wide, so
each gold row goes to the part whose documents name it (by its name or an alias; a judgement or a
recommendation follows its inspection). A row whose names occur in both parts is in both reports: a
tuning run may list a miss whose document is held out, so look for it among the tuning files only.
Nothing from ../shared is written into the repository: the parts are made in a temporary folder at run
time. KG names the command to score (default: the `kg` beside this Python).

    python tests/realdev.py tune        # score the tuning part
    python tests/realdev.py heldout     # score the held-out part (only at the end)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "real-dev"
GOLD = SHARED / "eval" / "gold-real-dev.json"
SPLIT = ROOT / "tests" / "corpus" / "real-dev-split.json"


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").casefold()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s']", " ", text)).strip()


def _names(gold: dict, name: str) -> list[str]:
    return [name, *gold["aliases"].get(name, [])]


def _keys(gold: dict, table: str, row) -> list[str]:
    """The strings whose presence in a document ties a gold row to it."""
    if isinstance(row, str):
        return _names(gold, row)
    if table in ("organisations",):
        return _names(gold, row["name"])
    if table == "people":
        return [row["person"]]
    if table == "quotes":
        return list(row["contains"]) if isinstance(row["contains"], list) else [row["contains"]]
    if table == "recommendations":
        return [row["contains"]] if isinstance(row.get("contains"), str) else list(row.get("contains") or [])
    return []


def split_gold(part: str) -> dict:
    """The gold rows whose documents are in PART ('tune' or 'heldout')."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    files = json.loads(SPLIT.read_text(encoding="utf-8"))[part]
    texts = {f: _norm((CORPUS / f).read_text(encoding="utf-8")) for f in sorted(os.listdir(CORPUS))}

    def found(keys: list[str], within: list[str]) -> set[str]:
        return {f for f in within for k in keys if _norm(k) and _norm(k) in texts[f]}

    out = {"corpus": f"real-dev-{part}", "aliases": gold["aliases"]}
    where_ins: dict[str, set[str]] = {}
    for table in ("inspections", "optional_inspections"):
        for row in gold.get(table, []):
            group = [f for f in texts if f.startswith(row["id"].split("-")[0] + "-")]
            hits = found(_names(gold, row["subject"]), group) or set(group)
            where_ins[row["id"]] = hits
    for table, rows in gold.items():
        if not isinstance(rows, list):
            continue
        kept = []
        for row in rows:
            if isinstance(row, dict) and row.get("id") in where_ins:
                docs = where_ins[row["id"]]
            elif isinstance(row, dict) and row.get("inspection") in where_ins:
                docs = where_ins[row["inspection"]]
            else:
                docs = found(_keys(gold, table.removeprefix("optional_"), row), list(texts)) or set(texts)
            if docs & set(files):
                kept.append(row)
        out[table] = kept
    return out


def materialise(part: str, into: Path) -> tuple[Path, Path]:
    """A corpus folder of links to PART's files and its gold file, under INTO."""
    corpus = into / f"real-dev-{part}"
    corpus.mkdir(parents=True, exist_ok=True)
    for f in json.loads(SPLIT.read_text(encoding="utf-8"))[part]:
        (corpus / f).symlink_to(CORPUS / f)
    gold = into / f"gold-real-dev-{part}.json"
    gold.write_text(json.dumps(split_gold(part), ensure_ascii=False, indent=1), encoding="utf-8")
    return corpus, gold


def main() -> None:
    part = sys.argv[1] if len(sys.argv) > 1 else "tune"
    kg = os.environ.get("KG", str(Path(sys.executable).parent / "kg"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus, gold = materialise(part, Path(tmp))
        sys.exit(subprocess.call([sys.executable, str(SHARED / "eval" / "score.py"), "--corpus", str(corpus),
                                  "--gold", str(gold), "--kg", kg, "--project", str(ROOT), *sys.argv[2:]]))


if __name__ == "__main__":
    main()
