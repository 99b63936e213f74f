"""The extraction pipeline end to end: mentions, canonical ids, relations, results."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import EXTRACTOR_VERSION, extract_json_lines, extract_paper, extract_papers
from kg.extract.convert import result_id
from kg.extract.pipeline import build_nlp
from kg.models import Extraction, Paper


def paper(abstract: str, title: str = "A study", pid: str = "arxiv:0000.00001") -> Paper:
    return Paper(id=pid, title=title, abstract=abstract)


def mentions(ex: Extraction) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.entity_id) for m in ex.mentions]


def rel_ids(ex: Extraction, rtype: str) -> set[str]:
    return {r.entity_id for r in ex.relations if r.type == rtype}


def test_build_nlp_is_blank_english_with_our_components(nlp: Language) -> None:
    assert nlp.lang == "en"
    assert nlp.pipe_names[0] == "sentencizer"
    for name in ("kg_abbreviations", "kg_gazetteer", "kg_patterns", "kg_overlap", "kg_results"):
        assert name in nlp.pipe_names
    assert EXTRACTOR_VERSION


def test_config_overrides_reach_components() -> None:
    nlp = build_nlp({"components.kg_overlap.conventions": "tdmsci"})
    doc = nlp("We use Grade School Math (GSM8K) here.")
    assert [m.text for m in doc._.kg_mentions] == ["Grade School Math (GSM8K)"]


@pytest.mark.parametrize("surface", ["GSM8k", "GSM-8K", "GSM8K", "Grade School Math 8K"])
def test_gsm8k_surface_forms_share_one_entity(nlp: Language, surface: str) -> None:
    ex = extract_paper(paper(f"We evaluate our model on {surface} and report accuracy."), nlp)
    found = [m for m in ex.mentions if m.type == "Dataset"]
    assert [m.entity_id for m in found] == ["dataset:gsm8k"]
    assert found[0].text == surface
    ent = next(e for e in ex.entities if e.id == "dataset:gsm8k")
    assert ent.name == "GSM8K"
    assert "dataset:gsm8k" in rel_ids(ex, "EVALUATED_ON")


def test_phi_gsm_is_a_model_not_gsm8k(nlp: Language) -> None:
    ex = extract_paper(
        paper("Phi-GSM models use ensembling. We train Phi-GSM on synthetic problems."), nlp
    )
    ids = {m.entity_id for m in ex.mentions}
    assert "model:phi-gsm" in ids
    assert not any(i.startswith("dataset:gsm") for i in ids)
    assert not rel_ids(ex, "EVALUATED_ON")


def test_collection_including_datasets_is_evaluated_on_each(nlp: Language) -> None:
    ex = extract_paper(
        paper(
            "We construct MwpBench, a collection of ten datasets (including GSM8K and MATH). "
            "Evaluated on MwpBench, our model achieves state-of-the-art performance."
        ),
        nlp,
    )
    assert {"dataset:mwpbench", "dataset:gsm8k", "dataset:math"} <= rel_ids(ex, "EVALUATED_ON")


def test_abbreviation_long_and_short_form_share_entity(nlp: Language) -> None:
    ex = extract_paper(
        paper("We propose Difficulty-Aware Rejection Tuning (DART), a new method. DART works."),
        nlp,
    )
    by_text = {m.text: m.entity_id for m in ex.mentions}
    assert by_text["Difficulty-Aware Rejection Tuning"] == by_text["DART"]
    assert by_text["DART"].startswith("method:")


def test_a_known_long_form_gives_its_entity_to_the_short_form(nlp: Language) -> None:
    # the KB names the long form; no rule types "HLE", so only the pair says what it is
    ex = extract_paper(
        paper(
            "As such, Humanity's Last Exam (HLE) is a hard test. "
            "OurNet achieves 85% accuracy on HLE.",
            title="OurNet: can we lead on Humanity's Last Exam?",
        ),
        nlp,
    )
    hle = "dataset:humanity-s-last-exam"
    assert {(t, e) for t, _, e in mentions(ex) if t == "HLE"} == {("HLE", hle)}
    assert [(r.value, r.dataset_id) for r in ex.results] == [(85.0, hle)]


def test_title_name_is_the_papers_contribution(nlp: Language) -> None:
    ex = extract_paper(
        paper(
            "We present SnapKV, a fine-tuning-free approach that compresses KV caches.",
            title="SnapKV: LLM Knows What You are Looking for Before Generation",
        ),
        nlp,
    )
    assert "method:snapkv" in rel_ids(ex, "PROPOSES")


@pytest.mark.parametrize(
    ("sentence", "value", "dataset", "metric", "unit"),
    [
        ("Orca-Math achieves 86.81% on GSM8k.", 86.81, "dataset:gsm8k", None, "%"),
        ("Orca-Math reaches 81.50% on GSM8k pass@1.", 81.5, "dataset:gsm8k", "metric:pass-1", "%"),
        ("Our system scores 61.1 by the F1-exact metric.", 61.1, None, "metric:f1", None),
    ],
)
def test_results_from_example_sentences(
    nlp: Language,
    sentence: str,
    value: float,
    dataset: str | None,
    metric: str | None,
    unit: str | None,
) -> None:
    ex = extract_paper(paper(sentence), nlp)
    assert len(ex.results) == 1, ex.results
    res = ex.results[0]
    assert res.value == value
    assert res.dataset_id == dataset
    assert res.metric_id == metric
    assert res.unit == unit
    assert res.id == result_id(ex.paper.id, res.model_id, dataset, metric, value)
    assert res.id.startswith("result:") and len(res.id) == len("result:") + 16
    assert ex.paper.text[res.evidence.start : res.evidence.end] == res.evidence.sentence
    if metric:
        assert res.higher_is_better is True


def test_an_improvement_is_a_delta_not_a_result(nlp: Language) -> None:
    ex = extract_paper(paper("SnapKV gives a 12.6% absolute improvement in mAP."), nlp)
    assert ex.results == []
    assert [(d.value, d.unit, d.metric_id, d.role) for d in ex.deltas] == [
        (12.6, "%", "metric:mean-average-precision", "delta")
    ]


def test_no_results_from_counts_sizes_and_years(nlp: Language) -> None:
    ex = extract_paper(
        paper("In 2024 we trained 7B models with 34 billion parameters on 200 problems of GSM8K."),
        nlp,
    )
    assert ex.results == []


def test_offsets_point_at_the_text(nlp: Language) -> None:
    ex = extract_paper(
        paper(
            "Large language models (LLMs) are strong. We fine-tune Llama-3-8B with LoRA and "
            "evaluate it on MMLU and HumanEval using pass@1 and accuracy.",
            title="Tuning: a study of GPT-4",
        ),
        nlp,
    )
    text = ex.paper.text
    assert ex.mentions
    for m in ex.mentions:
        assert text[m.start : m.end] == m.text
    for r in ex.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.sentence
    sentences = {m.text: m.sentence for m in ex.mentions}
    assert sentences["GPT-4"] == 0
    assert sentences["MMLU"] == 2


def test_ids_are_deterministic_across_runs(nlp: Language) -> None:
    p = paper("We evaluate Llama-3-8B and MathScale-7B on GSM8K, achieving 80.1% accuracy.")
    a = extract_paper(p, nlp).model_dump(exclude={"extracted_at"})
    b = extract_paper(p, build_nlp()).model_dump(exclude={"extracted_at"})
    assert a == b


def test_one_relation_per_type_and_entity(nlp: Language) -> None:
    ex = extract_paper(
        paper("GSM8K is hard. We evaluate on GSM8K. Our results on GSM8K improve accuracy."), nlp
    )
    keys = [(r.type, r.entity_id) for r in ex.relations]
    assert len(keys) == len(set(keys))
    ev = next(r for r in ex.relations if r.type == "EVALUATED_ON")
    assert "evaluate" in ev.evidence.sentence


def test_empty_and_huge_abstracts_do_not_crash(nlp: Language) -> None:
    empty = extract_paper(paper("", title="x"), nlp)
    assert empty.mentions == [] and empty.results == []
    weird = extract_paper(paper("(((( )))) :: -- 12.5% % @@ \n\n\n ( X )", title=":"), nlp)
    assert isinstance(weird, Extraction)
    big = "We evaluate GPT-4 on GSM8K and reach 90.1% accuracy. " * 2000
    ex = extract_paper(paper(big), nlp)
    assert len(ex.mentions) >= 6000
    assert len({(r.type, r.entity_id) for r in ex.relations}) == len(ex.relations)


def test_extract_papers_streams_in_order(nlp: Language) -> None:
    papers = [paper(f"We evaluate on GSM8K {i}.", pid=f"arxiv:{i}") for i in range(5)]
    out = list(extract_papers(iter(papers), nlp=nlp, batch_size=2))
    assert [e.paper.id for e in out] == [p.id for p in papers]


def test_n_process_2_gives_the_same_output(nlp: Language) -> None:
    papers = [
        paper(
            f"Paper {i}: We propose MathScale, evaluate Llama-2-7B on MwpBench (including GSM8K "
            f"and MATH) and reach {50 + i}.5% accuracy.",
            pid=f"arxiv:{i}",
        )
        for i in range(6)
    ]
    one = [e.model_dump(exclude={"extracted_at"}) for e in extract_papers(papers, nlp=nlp)]
    two = [
        e.model_dump(exclude={"extracted_at"})
        for e in extract_papers(papers, nlp=nlp, n_process=2, batch_size=2)
    ]
    assert one == two


@pytest.mark.parametrize("n_process", [1, 2])
def test_json_lines_are_the_extractions_json(nlp: Language, n_process: int) -> None:
    papers = [
        paper(f"We propose MathScale and reach {50 + i}.5% accuracy on GSM8K.", pid=f"arxiv:{i}")
        for i in range(5)
    ]
    want = [e.model_dump_json(exclude={"extracted_at"}) for e in extract_papers(papers, nlp=nlp)]
    lines = list(extract_json_lines(papers, nlp=nlp, n_process=n_process, batch_size=2))
    got = [Extraction.model_validate_json(line.json) for line in lines]
    assert [e.model_dump_json(exclude={"extracted_at"}) for e in got] == want
    assert [(line.mentions, line.relations, line.results) for line in lines] == [
        (len(e.mentions), len(e.relations), len(e.results)) for e in got
    ]
