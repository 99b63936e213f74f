"""The rule registry, the rank/confidence table and the word lists (kg/extract/lexicon/*.txt)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kg.extract
from kg.extract import lexicon
from kg.extract.candidates import RULES
from kg.extract.components.patterns import DEFAULT_RULES
from kg.extract.components.tokenizer import make_ml_tokenizer
from kg.extract.pipeline import TDMSCI_RULES, build_nlp, load_config
from kg.extract.rules import REGISTRY, get_rules, load_rules

EXTRACT_DIR = Path(kg.extract.__file__).parent
# lists compared with the case of the text (names); every other list with lower-cased tokens
CASED = {"languages", "stop_acronyms", "stop_names", "metric_variant_bases", "common_names"}
# Lists of multi-word cue phrases, matched token by token (relations.phrase_spans): each entry
# must tokenize into exactly its space-separated words.
PHRASES = {
    "based_on_cues",
    "comparison_cues",
    "comparison_margin_cues",
    "comparison_weak_cues",
    "measure_compounds",
    "property_phrases",
}
# Lists of whole names, compared with a mention's whole text under kg.kb.kb_key (lower-case)
WHOLE_NAMES = {
    "not_datasets", "modalities", "model_families", "venues", "common_names", "common_compounds"
}


def test_every_registered_rule_emits_a_ranked_rule_id() -> None:
    load_rules()
    assert REGISTRY
    for r in REGISTRY.values():
        assert r.source in RULES, r.id
        assert r.fn.__doc__, f"rule {r.id} has no docstring"


def test_config_lists_the_default_rules_and_profiles_list_registered_ones() -> None:
    assert list(load_config()["components"]["kg_patterns"]["rules"]) == DEFAULT_RULES
    get_rules(TDMSCI_RULES)  # raises on an unknown id
    assert not {r.group for r in get_rules(DEFAULT_RULES)} & {"tdmsci"}


def test_unknown_rule_id_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown pattern rule"):
        get_rules(["no_such_rule"])


def test_rank_and_confidence_live_only_in_candidates() -> None:
    for path in EXTRACT_DIR.rglob("*.py"):
        if path.name == "candidates.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "RULE_RANK" not in text and "SOURCE_CONFIDENCE" not in text, path


def test_analyze_pipes_reports_no_problems() -> None:
    for overrides in ({}, {"components.kg_patterns.rules": TDMSCI_RULES}):
        problems = build_nlp(overrides).analyze_pipes(pretty=False)["problems"]
        assert all(not p for p in problems.values()), problems


@pytest.mark.parametrize("name", lexicon.names())
def test_word_list_has_no_duplicates(name: str) -> None:
    entries = lexicon.entries(name)
    dupes = sorted({e for e in entries if entries.count(e) > 1})
    assert not dupes, f"{name}.txt: duplicate entries {dupes}"


@pytest.mark.parametrize("name", lexicon.names())
def test_every_entry_can_match_a_token(name: str) -> None:
    """Rules compare one token's text (lower-cased unless the list is cased), or a phrase list's
    tokens one by one: an entry the tokenizer splits otherwise, or with capitals in a lower-case
    list, can never match."""
    nlp_tokenize = make_ml_tokenizer(_blank())
    bad = []
    for entry in lexicon.entries(name):
        wrong_case = name not in CASED and entry != entry.lower()
        want = entry.split() if name in PHRASES else [entry]
        if name in WHOLE_NAMES:
            if wrong_case:
                bad.append(entry)
            continue
        if wrong_case or [t.text for t in nlp_tokenize(entry)] != want:
            bad.append(entry)
    assert not bad, f"{name}.txt: entries no rule can match: {bad}"


def _blank():  # type: ignore[no-untyped-def]
    import spacy

    return spacy.blank("en")


def test_no_long_word_list_left_in_python_source() -> None:
    """Word lists of more than 20 entries live in lexicon/*.txt (results.py and relations.py
    belong to issue 13 and are checked once it lands)."""
    skip = {"results.py", "relations.py"}
    load_rules()
    for path in EXTRACT_DIR.rglob("*.py"):
        if path.name in skip:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.List | ast.Set | ast.Tuple)
                and len(node.elts) > 20
                and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
                and not all(e.value in REGISTRY for e in node.elts)  # rule ids (DEFAULT_RULES)
            ):
                pytest.fail(f"{path}:{node.lineno}: a list of {len(node.elts)} words")
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value.split()) > 20
                and node.value.islower()
            ):
                pytest.fail(f"{path}:{node.lineno}: a split() word list in source")


def test_data_split_words_are_defined_once() -> None:
    assert "held-out" in lexicon.words("split_words")
    for path in EXTRACT_DIR.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert '"held-out"' not in text, f"{path}: split words spelled out again"


def test_span_conventions_are_a_named_overlay() -> None:
    from kg.errors import ConfigError
    from kg.extract.conventions import get_conventions
    from kg.extract.pipeline import TDMSCI_OVERRIDES

    assert TDMSCI_OVERRIDES["components.kg_overlap.conventions"] == "tdmsci"
    with pytest.raises(ConfigError, match="unknown span conventions"):
        get_conventions("nope", {})
    ours = build_nlp()("We use the GSM8K benchmark and Penn Treebank (PTB).")
    tdm = build_nlp(TDMSCI_OVERRIDES)("We use the GSM8K benchmark and Penn Treebank (PTB).")
    assert [m.text for m in ours._.kg_mentions] == ["GSM8K", "Penn Treebank", "PTB"]
    assert [m.text for m in tdm._.kg_mentions] == ["GSM8K benchmark", "Penn Treebank (PTB)"]


def test_core_components_carry_no_profile_flags() -> None:
    config = load_config()["components"]
    assert set(config["kg_patterns"]) == {"factory", "rules"}
    assert set(config["kg_overlap"]) == {"factory", "conventions"}
