"""Extraction rules as data: word lists, word maps and patterns read from the YAML files of
kg/resources/rules (a file of the same name in $KG_RULES_DIR takes its place)."""

from __future__ import annotations

import re
from functools import cache

import yaml

from ..resources import load_yaml, rule_file

_REF = re.compile(r"\$\{(?:(\w+):)?(\w+)\}")


class RuleError(ValueError):
    """A rule file that is missing an entry or holds one of the wrong shape."""


@cache
def _file(name: str) -> dict:
    path = rule_file(f"{name}.yaml")
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"rule file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise RuleError(f"rule file {path}: expected sections words, maps, patterns, pattern_lists")
    return data


def _entry(name: str, section: str, key: str):
    try:
        return _file(name)[section][key]
    except (KeyError, TypeError):
        raise RuleError(f"rule file {name}.yaml has no {section}.{key}") from None


def words(name: str, key: str) -> frozenset[str]:
    """A set of words or phrases (`words:` section)."""
    return frozenset(word_list(name, key))


def word_list(name: str, key: str) -> list[str]:
    """Words in the order the rule tries them (`words:` section)."""
    value = _entry(name, "words", key)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise RuleError(f"{name}.yaml words.{key}: expected a list of strings")
    return list(value)


def word_map(name: str, key: str) -> dict[str, str]:
    """A mapping from a word to a value (`maps:` section)."""
    value = _entry(name, "maps", key)
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise RuleError(f"{name}.yaml maps.{key}: expected a mapping of strings")
    return dict(value)


def pattern_text(name: str, key: str) -> str:
    """The text of a regular expression (`patterns:` section); ${key} stands for another pattern of the file,
    or for one of its word lists as alternatives, ${file:key} for one of another file."""
    return _expand(name, _entry(name, "patterns", key), f"patterns.{key}")


def _expand(name: str, value, where: str) -> str:
    """A pattern written as a string; as a list of pieces joined with nothing between them; or as a mapping
    {prefix, any_of, suffix}, any_of being alternatives (one a line) the pattern tries in turn."""
    if isinstance(value, dict) and isinstance(value.get("any_of"), list):
        value = [value.get("prefix", ""), "(?:", "|".join(value["any_of"]), ")", value.get("suffix", "")]
    elif isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise RuleError(f"{name}.yaml {where}: expected a string, a list of strings or prefix/any_of/suffix")
    return _REF.sub(lambda m: _reference(m.group(1) or name, m.group(2)), "".join(value))


def _reference(name: str, key: str) -> str:
    section = _file(name)
    if key in (section.get("patterns") or {}):
        return pattern_text(name, key)
    # (longest first; a phrase's words apart by any white space, a line break too)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words(name, key), key=lambda w: (-len(w), w)))


def pattern(name: str, key: str) -> re.Pattern[str]:
    """A compiled regular expression (flags are written inline, e.g. (?i) at the start)."""
    text = pattern_text(name, key)
    try:
        return re.compile(text)
    except re.error as exc:
        raise RuleError(f"{name}.yaml patterns.{key}: {exc}") from exc


def pattern_list(name: str, key: str) -> list[re.Pattern[str]]:
    """Several regular expressions tried in turn (`pattern_lists:` section), each a string or a list of pieces."""
    value = _entry(name, "pattern_lists", key)
    if not isinstance(value, list):
        raise RuleError(f"{name}.yaml pattern_lists.{key}: expected a list of patterns")
    out = []
    for n, item in enumerate(value):
        text = _expand(name, item, f"pattern_lists.{key}[{n}]")
        try:
            out.append(re.compile(text))
        except re.error as exc:
            raise RuleError(f"{name}.yaml pattern_lists.{key}[{n}]: {exc}") from exc
    return out
