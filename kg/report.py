"""The totals of a build, a load or a shard, and the one line that sums them up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Progress = Callable[[int, int], None]  # (documents done, documents in all; 0 when unknown)
Warn = Callable[[str], None]


@dataclass
class BuildReport:
    read: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[str] = field(default_factory=list)  # one line per source skipped or failed
    extraction_failed: int = 0  # of those, documents read whose extraction raised
    incomplete: int = 0  # documents stored with the facts read before a rule failed
    quads: int = 0
    reresolved: int = 0  # other stored documents rewritten because an inspection's year became known
    seconds: float = 0.0

    def summary(self) -> str:
        skipped = len(self.failed) - self.extraction_failed
        line = (f"{self.read} documents read ({self.replaced} replaced, {self.unchanged} unchanged), "
                f"{skipped} skipped, {self.extraction_failed} failed, {self.quads} triples written "
                f"in {self.seconds:.1f} s")
        if self.incomplete:
            line += f"; {self.incomplete} stored incomplete (a rule failed: see the warnings)"
        if self.reresolved:
            line += f"; {self.reresolved} other documents re-resolved"
        return line
