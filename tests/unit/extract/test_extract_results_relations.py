"""Result roles and binding (kg_results) and the paper relations with their meaning
(kg_relations), on the sentences of the issue that made leaderboards untrustworthy."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract_paper
from kg.extract.components.results import sentence_numbers
from kg.extract.components.tokens import table
from kg.extract.lexicon import words
from kg.models import Extraction, Paper
from kg.schema import HUMAN_PERFORMANCE_ID, LEADERBOARD_MIN_CONFIDENCE

TITLE = "OurNet: a study"


def run(nlp: Language, abstract: str, title: str = TITLE) -> Extraction:
    return extract_paper(Paper(id="arxiv:0000.00001", title=title, abstract=abstract), nlp)


def results(ex: Extraction) -> list[tuple[float, str | None, str | None, str | None]]:
    return [(r.value, r.metric_id, r.dataset_id, r.model_id) for r in ex.results]


def rel_ids(ex: Extraction, rtype: str) -> set[str]:
    return {r.entity_id for r in ex.relations if r.type == rtype}


OURS = "method:ournet"


def test_a_reduction_is_a_delta_and_the_score_keeps_its_metric(nlp: Language) -> None:
    ex = run(nlp, "Pruning reduces FLOPs by 41% while keeping 76.1% top-1 accuracy on ImageNet.")
    assert results(ex) == [(76.1, "metric:top-1-accuracy", "dataset:imagenet", OURS)]
    assert [(d.value, d.role) for d in ex.deltas] == [(41.0, "delta")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the 5-shot setting, OurNet achieves 70.2% accuracy on MMLU.",
        "With 7B parameters and 3 epochs in 2024, OurNet achieves 70.2% accuracy on MMLU.",
        # people counted ("AP" here is acute pancreatitis, not average precision)
        "Scans of 42 children with AP were used, and OurNet achieves 70.2% accuracy on MMLU.",
    ],
)
def test_settings_are_never_results(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence)
    assert results(ex) == [(70.2, "metric:accuracy", "dataset:mmlu", OURS)]
    assert all(r.role == "score" for r in ex.results)


def test_each_metric_keeps_its_own_value(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves an F1 of 91.2 and an exact match of 84.1 on SQuAD.")
    assert sorted(results(ex)) == [
        (84.1, "metric:exact-match", "dataset:squad", OURS),
        (91.2, "metric:f1", "dataset:squad", OURS),
    ]


def test_respectively_pairs_values_and_datasets_in_order(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 86.1% and 79.3% accuracy on MMLU and ARC, respectively.")
    assert results(ex) == [
        (86.1, "metric:accuracy", "dataset:mmlu", OURS),
        (79.3, "metric:accuracy", "dataset:arc", OURS),
    ]


def test_each_value_binds_its_own_dataset(nlp: Language) -> None:
    ex = run(nlp, "OurNet obtains 28.4 BLEU on WMT14 and 31.0 BLEU on FLORES.")
    got = {(v, d) for v, _, d, _ in results(ex)}
    assert (31.0, "dataset:flores") in got
    assert all(d != "dataset:flores" for v, d in got if v == 28.4)


def test_a_baseline_number_is_credited_to_the_baseline(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 80.1% accuracy on GSM8K, compared to 70.2% for GPT-4.")
    assert results(ex) == [
        (80.1, "metric:accuracy", "dataset:gsm8k", OURS),
        (70.2, "metric:accuracy", "dataset:gsm8k", "model:gpt-4"),
    ]
    assert rel_ids(ex, "COMPARES_WITH") == {"model:gpt-4"}


def test_a_signed_improvement_is_a_delta(nlp: Language) -> None:
    ex = run(nlp, "OurNet improves the baseline by +2.3 chrF on FLORES.")
    assert ex.results == []
    assert [(d.value, d.metric_id, d.dataset_id) for d in ex.deltas] == [
        (2.3, "metric:chrf", "dataset:flores")
    ]


def test_from_x_to_y_credits_y_to_the_paper_and_drops_an_unnamed_baseline(
    nlp: Language,
) -> None:
    ex = run(nlp, "We raise the accuracy on GSM8K from 61.2% to 75.4%.")
    assert results(ex) == [(75.4, "metric:accuracy", "dataset:gsm8k", OURS)]


def test_people_are_no_system_of_ours_and_model_versions_are_not_results(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "Human experts achieve an accuracy of 94.3% on MMLU. "
        "We compare with Gemini 2.0 on MMLU using accuracy.",
    )
    assert results(ex) == [(94.3, "metric:accuracy", "dataset:mmlu", HUMAN_PERFORMANCE_ID)]


def test_a_truncated_system_name_is_completed(nlp: Language) -> None:
    # the mention "Gemini" stops inside the name: the number is the whole name's, not Gemini's
    ex = run(nlp, "With Gemini Nexus achieving an accuracy of 0.41 on MMLU, we study it.")
    assert [(v, s) for v, _, _, s in results(ex)] == [(0.41, "model:gemini-nexus")]


def test_a_value_said_twice_is_one_result(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves 86.81% on GSM8K without tools. With preference learning, OurNet "
        "achieves 86.81% pass@1.",
    )
    assert results(ex) == [(86.81, "metric:pass-1", "dataset:gsm8k", OURS)]


def test_a_value_said_with_its_dataset_and_again_with_its_metric_is_trusted(
    nlp: Language,
) -> None:
    # the later statement takes its dataset from the sentence before (not said: uncertain);
    # the first statement says it, so the merged result stands on both
    ex = run(
        nlp,
        "We present OurNet, which achieves 86.81% on GSM8K without tools. Trained with SFT "
        "alone, OurNet achieves 81.50% on GSM8K pass@1. With preference learning, OurNet "
        "achieves 86.81% pass@1.",
    )
    trusted = [r for r in ex.results if r.confidence >= LEADERBOARD_MIN_CONFIDENCE]
    assert (86.81, "metric:pass-1", "dataset:gsm8k", OURS) in results(ex)
    assert {r.value for r in trusted} == {81.5, 86.81}


def test_someone_elses_number_is_not_the_papers(nlp: Language) -> None:
    ex = run(nlp, "A recent study reports 80% accuracy on GSM8K for large models.")
    assert ex.results == []


def test_compares_with_based_on_and_uses(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet, fine-tuned from Mistral-7B, outperforms Llama-2-70B and GPT-3.5 on GSM8K. "
        "We use LoRA.",
    )
    assert rel_ids(ex, "BASED_ON") == {"model:mistral-7b"}
    assert rel_ids(ex, "COMPARES_WITH") == {"model:llama-2-70b", "model:gpt-3-5"}
    uses = rel_ids(ex, "USES")
    assert "method:lora" in uses
    assert uses.isdisjoint(rel_ids(ex, "COMPARES_WITH") | rel_ids(ex, "BASED_ON"))


def test_others_comparisons_are_not_the_papers_baselines(nlp: Language) -> None:
    ex = run(nlp, "We find that GPT-4 outperforms Llama-2-70B on GSM8K.")
    assert rel_ids(ex, "COMPARES_WITH") == set()
    assert "model:llama-2-70b" not in rel_ids(ex, "USES")


def test_negated_methods_are_not_used(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches 80% on GSM8K without majority voting or ensembling.")
    assert "method:majority-voting" not in rel_ids(ex, "USES")


def test_addresses_the_title_task(nlp: Language) -> None:
    ex = run(
        nlp,
        "We evaluate on GSM8K. Machine translation is also discussed.",
        title="OurNet: math word problem solving with small models",
    )
    tasks = rel_ids(ex, "ADDRESSES")
    assert tasks and all("translation" not in t for t in tasks)


@pytest.mark.parametrize(
    "name",
    [
        "result_setting_nouns",
        "result_delta_words",
        "result_bound_words",
        "result_statistic_words",
        "result_model_tiers",
        "result_data_share_words",
        "result_score_verbs",
        "result_measure_words",
        "result_delta_verbs",
        "result_delta_modifiers",
        "comparison_cues",
        "based_on_cues",
        "use_cues",
    ],
)
def test_word_lists_ship_with_the_package(name: str) -> None:
    assert words(name)


def conf(ex: Extraction) -> dict[float, float]:
    return {r.value: r.confidence for r in ex.results}


def test_bracketed_numbers_after_datasets_take_the_list_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves top F1 results on SQuAD (91.5%), TriviaQA (77.2%) and MMLU.")
    assert sorted(results(ex)) == [
        (77.2, "metric:f1", "dataset:triviaqa", OURS),
        (91.5, "metric:f1", "dataset:squad", OURS),
    ]


def test_a_number_on_an_unknown_name_gets_no_other_dataset(nlp: Language) -> None:
    ex = run(nlp, "On SQuAD, OurNet reaches an F1 of 91.5% and 80.2% on Zorblat.")
    assert (80.2, "metric:f1", "dataset:squad", OURS) not in results(ex)
    ex = run(nlp, "OurNet achieves F1 results on SQuAD (91.5%) and 2Zorb (80.2%).")
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (91.5, "dataset:squad"),
        (80.2, "dataset:2zorb"),  # the name it is listed with, read as a dataset
    ]


def test_unnamed_baselines_are_not_results(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves an F1 of 91.5% on SQuAD, compared to the baselines of 80.2% and 79.0%.",
    )
    assert results(ex) == [(91.5, "metric:f1", "dataset:squad", OURS)]


def test_an_example_margin_is_a_delta(nlp: Language) -> None:
    ex = run(nlp, "OurNet outperforms prior methods on SQuAD, e.g., 6.0% on the dev split.")
    assert results(ex) == []
    assert [d.value for d in ex.deltas] == [6.0]


def test_a_system_named_as_a_dataset_binds_as_the_dataset(nlp: Language) -> None:
    text = "OurNet is evaluated on the Zorblat Analysis System (ZAS) dataset, with an F1 of 85.1%."
    ex = run(nlp, text)
    # (the data head after the pair makes ZAS a Dataset entity too: kg_overlap)
    assert results(ex) == [(85.1, "metric:f1", "dataset:zas", OURS)]


def test_no_dataset_in_a_paper_with_datasets_is_below_the_bar(nlp: Language) -> None:
    ex = run(nlp, "We evaluate OurNet on SQuAD and TriviaQA. OurNet reaches an accuracy of 88.5%.")
    assert conf(ex)[88.5] < LEADERBOARD_MIN_CONFIDENCE
    ex = run(nlp, "We evaluate OurNet on SQuAD. It is fast. OurNet reaches an accuracy of 88.5%.")
    assert conf(ex)[88.5] < LEADERBOARD_MIN_CONFIDENCE
    ex = run(nlp, "OurNet reaches an accuracy of 88.5%.")
    assert conf(ex)[88.5] >= LEADERBOARD_MIN_CONFIDENCE


def test_a_new_benchmark_holds_the_unattributed_scores(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce ZorbBench, a benchmark for table reasoning. "
        "The best model, GPT-4o, reaches an accuracy of 41.5%.",
        title="ZorbBench: a benchmark",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [(41.5, "dataset:zorbbench")]


def test_rival_systems_without_a_cue_are_below_the_bar(nlp: Language) -> None:
    ex = run(nlp, "We find that GPT-4o and Llama-2 yield the best results, with 81.2% accuracy.")
    assert all(c < LEADERBOARD_MIN_CONFIDENCE for c in conf(ex).values())


def test_a_class_of_methods_is_not_used(nlp: Language) -> None:
    ex = run(nlp, "We train OurNet with optimization methods and the Adam optimizer on ImageNet.")
    assert any(m.text == "optimization methods" for m in ex.mentions)
    assert rel_ids(ex, "USES") == {"method:adam"}


def test_a_class_of_methods_is_no_baseline_and_a_technique_no_base(nlp: Language) -> None:
    ex = run(nlp, "OurNet outperforms existing compression methods and GPT-4 on ImageNet.")
    assert rel_ids(ex, "COMPARES_WITH") == {"model:gpt-4"}
    ex = run(nlp, "OurNet is based on knowledge distillation and Mistral-7B.")
    assert rel_ids(ex, "BASED_ON") == {"model:mistral-7b"}
    ex = run(nlp, "We use supervised fine-tuning (SFT). OurNet is based on SFT and Mistral-7B.")
    assert rel_ids(ex, "BASED_ON") == {"model:mistral-7b"}


def test_a_described_dataset_is_not_a_named_one(nlp: Language) -> None:
    text = "OurNet, evaluated on a widely used chest X-ray dataset, reaches an accuracy of 88.5%."
    ex = run(nlp, text)
    assert results(ex) == [(88.5, "metric:accuracy", None, OURS)]
    ex = run(nlp, "OurNet, evaluated on the ChestX-ray14 dataset, reaches an accuracy of 88.5%.")
    # the named dataset's entity, whatever id the knowledge base gives it
    named = {m.entity_id for m in ex.mentions if m.text == "ChestX-ray14"}
    assert len(named) == 1 and next(iter(named)).startswith("dataset:")
    assert results(ex) == [(88.5, "metric:accuracy", *named, OURS)]


def test_these_models_on_the_test_set_of_the_new_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce ZorbBench, a dataset of 500 signs, and train two models on it. These "
        "models achieve 97.0% and 94.5% accuracy on the test set, respectively.",
        title="ZorbBench: a sign language dataset",
    )
    assert results(ex) == [
        (97.0, "metric:accuracy", "dataset:zorbbench", None),
        (94.5, "metric:accuracy", "dataset:zorbbench", None),
    ]


def test_metric_of_a_phrase_then_a_copula(nlp: Language) -> None:
    ex = run(
        nlp, "The F1 scores of the proposed model are 73.3% and 59.6% for BI-RADS 2, 3 and 5."
    )
    assert results(ex) == [(73.3, "metric:f1", None, OURS), (59.6, "metric:f1", None, OURS)]
    ex = run(nlp, "The F1 scores of the radiologist are 42.9% and 48.3%; OurNet has 73.3% F1.")
    assert [v for v, *_ in results(ex)] == [73.3]


def test_the_evaluation_stated_just_before_gives_the_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves state-of-the-art performance on the nuScenes dataset. Specifically, "
        "OurNet-Tiny reaches a mean average precision of 55.5% at 32 frames per second.",
    )
    assert [(v, m, d) for v, m, d, _ in results(ex)] == [
        (55.5, "metric:mean-average-precision", "dataset:nuscenes")
    ]
    assert conf(ex)[55.5] >= LEADERBOARD_MIN_CONFIDENCE
    # the sentence before reports numbers of its own: no trusted carry-over (the paper's one
    # evaluation dataset, a guess below the bar)
    ex = run(
        nlp,
        "OurNet reaches 71.2% accuracy on the nuScenes dataset. OurNet-Tiny reaches a mean "
        "average precision of 55.5%.",
    )
    assert ("dataset:nuscenes", 55.5) not in {
        (r.dataset_id, r.value) for r in ex.results if r.confidence >= LEADERBOARD_MIN_CONFIDENCE
    }



def test_the_own_score_before_on_the_same_measure_gives_the_dataset(nlp: Language) -> None:
    """ "S reaches 81.5% accuracy on GSM8K. With preference learning, S reaches 86.8%
    accuracy": the paper evaluates on two datasets, the sentence names neither, but the
    paper's score of the sentence before reports the same measure on one."""
    text = (
        "We introduce OurNet and evaluate it on GSM8K and MATH. OurNet reaches 81.5% accuracy "
        "on GSM8K after supervised fine-tuning. With preference learning, OurNet reaches "
        "86.8% accuracy."
    )
    ex = run(nlp, text)
    assert (86.8, "metric:accuracy", "dataset:gsm8k") in {(v, m, d) for v, m, d, _ in results(ex)}
    assert conf(ex)[86.8] >= LEADERBOARD_MIN_CONFIDENCE
    # another measure before: no dataset to carry
    ex = run(nlp, text.replace("reaches 81.5% accuracy", "reaches an F1 of 81.5"))
    assert conf(ex).get(86.8, 0.0) < LEADERBOARD_MIN_CONFIDENCE


MACRO_F1, TOP1 = "metric:macro-f1", "metric:top-1-accuracy"


@pytest.mark.parametrize(
    ("sentence", "metric", "name"),
    [
        ("OurNet reaches a macro-averaged F1 score of 0.84 on SQuAD.", MACRO_F1, "macro F1"),
        ("OurNet reaches a Macro F1-score of 84.2% on SQuAD.", MACRO_F1, "macro F1"),
        ("OurNet has 89.1% top-1 classification accuracy on ImageNet.", TOP1, None),
        # an N-way choice and the unit a measure counts are part of its name
        ("OurNet has 21.9% 50-way accuracy on ImageNet.", "metric:50-way-accuracy", None),
        ("OurNet keeps a bit accuracy of 95% on ImageNet.", "metric:bit-accuracy", None),
    ],
)
def test_a_qualified_metric_is_its_own_metric(
    nlp: Language, sentence: str, metric: str, name: str | None
) -> None:
    ex = run(nlp, sentence)
    assert [r.metric_id for r in ex.results] == [metric]
    names = {e.id: e.name for e in ex.entities}
    assert metric in names and (name is None or names[metric] == name)
    assert next(e for e in ex.entities if e.id == metric).higher_is_better is True


def test_an_unknown_short_name_in_a_measures_place_is_the_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 54.0 ZQ on ADE20K. OurNet has an HD95 of 6.13 mm.")
    assert [(v, m, s) for v, m, _, s in results(ex)] == [
        (54.0, "metric:zq", OURS),
        (6.13, "metric:hd95", OURS),
    ]
    assert results(ex)[0][2] == "dataset:ade20k"
    assert {e.id: e.name for e in ex.entities}["metric:zq"] == "ZQ"
    # a sentence with no dataset or metric mention: the short name is the only measure
    ex = run(nlp, "Our OurNet achieved 95.49 % mAP@0.5 and 86.89 % mAP@0.5-0.9.")
    assert [(v, m) for v, m, *_ in results(ex)] == [
        (95.49, "metric:map-0-5"),
        (86.89, "metric:map-0-5-0-9"),
    ]
    # two scores joined by a slash, each with its short name (a fresh-user check: the first
    # was lost)
    ex = run(nlp, "OurNet achieves 86.5 EM / 89.3 F1 on SQuAD 2.0.")
    assert [(v, m) for v, m, *_ in results(ex)] == [(86.5, "metric:em"), (89.3, "metric:f1")]


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet reaches 81.2% accuracy with 16 H800 GPUs, 8 GB and 4 LLMs.",
        "OurNet reaches 81.2% accuracy; it runs on 4 NVIDIA A40 GPUs at 20 FPS.",
    ],
)
def test_counted_things_are_no_measure(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence)
    assert results(ex) == [(81.2, "metric:accuracy", None, OURS)]


def test_a_system_in_brackets_after_the_number_is_its_own(nlp: Language) -> None:
    ex = run(nlp, "On SQuAD, the best models score 27.1% (GPT-4o) and 15.2% (Gemini 2.5 Pro) F1.")
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (27.1, "model:gpt-4o"),
        (15.2, "model:gemini-2-5-pro"),
    ]


def test_scores_listed_before_a_delta_word_are_deltas(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieved 95.5% mAP on COCO, which are 2.8% and 23.4% higher.")
    assert [v for v, *_ in results(ex)] == [95.5]
    assert sorted(d.value for d in ex.deltas) == [2.8, 23.4]


def test_a_score_of_a_system_we_have_no_entity_for_is_below_the_bar(nlp: Language) -> None:
    ex = run(
        nlp,
        "We study augmentations on SQuAD. ZorbMix yields the best gain for GPT-4o with 79.2% "
        "accuracy and SnapZorb yields the best gain for Llama-2 with 81.4% accuracy.",
    )
    assert len(ex.results) == 2
    assert not {r.model_id for r in ex.results} & {"model:gpt-4o", "model:llama-2"}
    assert all(c < LEADERBOARD_MIN_CONFIDENCE for c in conf(ex).values())
    # the paper's own system, named in the title or the contribution, keeps its numbers
    ex = run(
        nlp,
        "We propose the Zorb Confusion Encoder (ZCE). ZCE-Tiny reaches 55.5% accuracy on SQuAD.",
        title="ZCE: a zorb encoder",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [(55.5, "dataset:squad")]


def test_a_number_on_its_own_unknown_dataset_takes_no_other(nlp: Language) -> None:
    ex = run(nlp, "OurNet obtains 49.0% mAP on AS-2M and 41.5% mAP on SQuAD.")
    assert [(v, d) for v, _, d, _ in results(ex) if d] == [(41.5, "dataset:squad")]
    text = "OurNet attains 95.1% accuracy on SQuAD and 92.8% accuracy on the hardest split of "
    ex = run(nlp, text + "ZorbQA.")
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (95.1, "dataset:squad"),
        (92.8, "dataset:zorbqa"),
    ]
    ex = run(nlp, "OurNet attains 92.8% accuracy on the hardest split of SQuAD.")
    assert [(v, d) for v, _, d, _ in results(ex)] == [(92.8, "dataset:squad")]


def test_an_unknown_data_name_keeps_the_dataset_of_the_sentence_before(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet is evaluated on the SQuAD dataset. On VirtualZorb, our method reaches a "
        "success rate of 56%.",
    )
    # never SQuAD; VirtualZorb itself since ", our method" after the fronted "On VirtualZorb"
    # is no apposition that made it a Method
    assert [r.dataset_id for r in ex.results] == ["dataset:virtualzorb"]


def test_a_number_of_the_compared_system_is_never_ours(nlp: Language) -> None:
    # a system we know: the relative clause's antecedent owns the number
    ex = run(
        nlp,
        "Compared to the fully-supervised DeiT-III-ViT-Huge, which achieves 84.8% top-1 "
        "accuracy on ImageNet, OurNet needs less data.",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(84.8, "model:deitiiivithuge")]
    # a name we cannot type, with inner capitals or as a plain word: below the bar
    for name in ("ZorbNet-Huge", "Zorbhuge"):
        ex = run(
            nlp,
            f"Compared to the fully-supervised {name}, which achieves 84.8% top-1 accuracy on "
            "ImageNet, OurNet needs less data.",
        )
        assert all(c < LEADERBOARD_MIN_CONFIDENCE for c in conf(ex).values()), name


def test_the_method_run_on_a_named_model_keeps_its_number(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves an attack success rate of 80.8% on GPT-4o.")
    assert [(r.value, r.dataset_id, r.model_id) for r in ex.results] == [(80.8, None, OURS)]


def test_a_measure_word_names_the_metric(nlp: Language) -> None:
    ex = run(
        nlp,
        "The proposed OurNet outperformed existing methods, achieving 0.96 accuracy, "
        "0.97 sensitivity, and a specificity of 0.94.",
    )
    assert results(ex) == [
        (0.96, "metric:accuracy", None, OURS),
        (0.97, "metric:sensitivity", None, OURS),
        (0.94, "metric:specificity", None, OURS),
    ]
    ex = run(
        nlp,
        "OurNet achieves 100% correctness in policy generation and 89.3% agreement with "
        "annotators.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (100.0, "metric:correctness"),
        (89.3, "metric:agreement"),
    ]
    # the F-beta measures are metrics of their own (gazetteer)
    ex = run(nlp, "OurNet lifts the F2 score from 0.801 to 0.857 and reaches an F0.5 of 0.91.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [(0.857, "metric:f2"), (0.91, "metric:f0-5")]


def test_a_bracket_or_a_result_noun_before_the_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches a top-1 accuracy of 76.4% (pretrained) and 71.3% (not pretrained) on "
        "ImageNet, and 68.3% performance on SQuAD.",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (76.4, "dataset:imagenet"),
        (71.3, "dataset:imagenet"),
        (68.3, "dataset:squad"),
    ]


def test_a_carried_metric_keeps_its_qualifier(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 91.4% top-1 classification accuracy on MMLU and 68.6% on ARC.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (91.4, "metric:top-1-accuracy"),
        (68.6, "metric:top-1-accuracy"),
    ]


@pytest.mark.parametrize(
    ("sentence", "scores"),
    [
        ("OurNet saves 61.2% bandwidth on ImageNet, 83.7% on CIFAR-100 and 42.3% on COCO.", []),
        ("OurNet improves segmentation (Dice score 0.997 vs. 0.779) on SQuAD.", [0.997]),
        ("Compared to the adversarial method with 77.6% clean accuracy, OurNet is faster.", []),
    ],
)
def test_savings_compared_numbers_and_fronted_comparisons(
    nlp: Language, sentence: str, scores: list[float]
) -> None:
    assert [v for v, *_ in results(run(nlp, sentence))] == scores


def test_a_variant_named_after_the_contribution_is_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet, a zorb framework. Our Qwen-OurNet-7B model achieves 83.1% accuracy "
        "on MMLU.",
    )
    assert results(ex) == [(83.1, "metric:accuracy", "dataset:mmlu", OURS)]


def test_up_to_after_a_score_verb_is_a_best_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves up to 98.1% precision on MMLU. OurNet reaches an accuracy of 61.0% "
        "(without search), and up to 67.2% (with search) on ARC. Its gains reach up to 5.2% "
        "on MMLU, and it reduces latency by up to 17%.",
    )
    assert sorted(results(ex)) == [
        (61.0, "metric:accuracy", "dataset:arc", OURS),
        (67.2, "metric:accuracy", "dataset:arc", OURS),
        (98.1, "metric:precision", "dataset:mmlu", OURS),
    ]
    assert sorted(d.value for d in ex.deltas) == [5.2, 17.0]


def test_up_to_a_number_its_measure_names_is_a_best_score(nlp: Language) -> None:
    # no score verb right before "up to", but the metric right after the number names it
    ex = run(
        nlp,
        "Trained on ZorbSet, OurNet performs best, with up to 94.2% accuracy on ZorbSet. It "
        "cuts latency by up to 17% and reaches 71.0% recall, and up to 20% fewer errors.",
    )
    assert sorted((v, m) for v, m, _, _ in results(ex)) == [
        (71.0, "metric:recall"),
        (94.2, "metric:accuracy"),
    ]
    assert sorted(d.value for d in ex.deltas) == [17.0, 20.0]


@pytest.mark.parametrize(
    ("text", "scores", "deltas"),
    [
        (  # its own gain in brackets: the number after a gain colon is the score it is of
            "OurNet achieves substantial improvements over baselines: 90.95% Dice for image "
            "segmentation (10.64% improvement) and 92.45% Dice for video segmentation (14.88% "
            "improvement).",
            [(90.95, "metric:dice"), (92.45, "metric:dice")],
            [10.64, 14.88],
        ),
        (  # "better in WER" is no gain of "a score of X": X is the WER
            "OurNet performs better in WER with a score of 0.728.",
            [(0.728, "metric:word-error-rate")],
            [],
        ),
        (  # the gain word after the measure is the later numbers'
            "OurNet reaches a 98.93% F1-score representing improvements of 2.91% and 1.84% "
            "over existing methods.",
            [(98.93, "metric:f1")],
            [1.84, 2.91],
        ),
        (  # "relative to" compares, it is no "relative gain"
            "OurNet attains 92.4% accuracy relative to 95.9% for ResNet-50.",
            [(92.4, "metric:accuracy"), (95.9, "metric:accuracy")],
            [],
        ),
    ],
)
def test_a_score_next_to_a_gain_is_not_the_gain(
    nlp: Language, text: str, scores: list[tuple[float, str]], deltas: list[float]
) -> None:
    ex = run(nlp, text)
    assert [(v, m) for v, m, _, _ in results(ex)] == scores
    assert sorted(d.value for d in ex.deltas) == deltas


def test_a_named_model_run_with_the_papers_method_is_the_papers_system(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet, a prompting method. With OurNet, GPT-4o achieves 91.2% accuracy on "
        "GSM8K, while GPT-4o alone achieves 80.1%. Llama-3-8B reaches 60.5% on GSM8K using our "
        "prompting method. Using ZorbBench, Qwen2-7B achieves 41.2% accuracy.",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (91.2, OURS),
        (80.1, "model:gpt-4o"),
        (60.5, OURS),
        (41.2, "model:qwen2-7b"),
    ]
    # a text that ends on "with" (no full stop) runs nothing with it, and does not fail
    ex = run(nlp, "We propose OurNet. GPT-4o achieves 91.2% accuracy on GSM8K with")
    assert [(v, s) for v, _, _, s in results(ex)] == [(91.2, "model:gpt-4o")]


def test_a_unit_after_a_measures_value_is_no_count(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves a mean absolute error of 0.09 m and an MAE of 5.77 years on ZorbSet, "
        "with a latency of 7.07 seconds.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [  # the speed stays a setting
        (0.09, "metric:mean-absolute-error"),
        (5.77, "metric:mean-absolute-error"),
    ]
    # "41.8 benchmark scores" is a score, not 41.8 benchmarks
    doc = nlp("Baselines reach 43.4 and 41.8 benchmark scores on 12 benchmarks.")
    tt = table(doc)
    lo, hi = tt.sent_bounds[0]
    roles = [(n.value, n.role) for n in sentence_numbers(tt, lo, hi, set(), set())]
    assert roles == [(43.4, "score"), (41.8, "score"), (12.0, "setting")]


def test_a_subject_name_before_its_with_modifier_owns_the_score(nlp: Language) -> None:
    # (it was kept below the bar as an unknown name; the gold credits the name, as a name right
    # before the verb already is)
    ex = run(
        nlp,
        "We compare several taggers. ZorbTag-CRF with fine-tuned fastText embeddings gets the "
        "best result of 0.979 accuracy on CoNLL-2003.",
        title="A comparison of taggers",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(0.979, "model:zorbtag-crf")]


def test_a_condition_after_the_number_keeps_the_carried_metric(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves an accuracy of 16.68% during the first phase and 21.19% during the "
        "final phase.",
    )
    assert results(ex) == [
        (16.68, "metric:accuracy", None, OURS),
        (21.19, "metric:accuracy", None, OURS),
    ]


def test_the_baseline_metric_of_x_is_an_unnamed_baselines_number(nlp: Language) -> None:
    ex = run(
        nlp, "OurNet achieves an accuracy of 16.68%, outperforming the baseline accuracy of 9.39%."
    )
    assert results(ex) == [(16.68, "metric:accuracy", None, OURS)]


def test_a_score_noun_and_a_bracketed_metric_after_the_dataset(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves an 83.1% score on MATH-500 (pass@1) and 70.1% on AIME24.")
    assert results(ex) == [
        (83.1, "metric:pass-1", "dataset:math-500", OURS),
        (70.1, "metric:pass-1", "dataset:aime24", OURS),
    ]


def test_a_metric_equals_x_is_a_score_and_other_equations_are_not(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches an AUC = 0.91 on MMLU with alpha = 0.2 (p = 0.03).")
    assert results(ex) == [(0.91, "metric:auc", "dataset:mmlu", OURS)]


def test_a_plural_short_name_before_of_names_the_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieved a macro F1 of 89.19% and AUCs of 0.98 (B2) and 0.95 (B5).")
    assert results(ex) == [
        (89.19, "metric:macro-f1", None, OURS),
        (0.98, "metric:auc", None, OURS),
        (0.95, "metric:auc", None, OURS),
    ]


def test_a_sentence_without_mentions_that_names_its_measure(nlp: Language) -> None:
    ex = run(nlp, "We present OurNet. External validation yielded AUCs of 0.9495 (B2) and 0.7436.")
    assert results(ex) == [(0.9495, "metric:auc", None, OURS), (0.7436, "metric:auc", None, OURS)]
    assert results(run(nlp, "We present OurNet. External validation used 12 sites.")) == []


def test_a_labelled_statistic_is_no_score(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches a precision of 0.71. The burden was 6.4 cc (IQR: 2.1, 18.1).")
    assert results(ex) == [(0.71, "metric:precision", None, OURS)]
    assert [(d.value, d.role) for d in ex.deltas] == []


def test_numbers_and_datasets_listed_alike_pair_in_order(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 86.1%, 79.3% and 70.2% accuracy on MMLU, ARC and GSM8K.")
    assert results(ex) == [
        (86.1, "metric:accuracy", "dataset:mmlu", OURS),
        (79.3, "metric:accuracy", "dataset:arc", OURS),
        (70.2, "metric:accuracy", "dataset:gsm8k", OURS),
    ]
    ex = run(nlp, "OurNet achieves 86.1%, 79.3% and 70.2% accuracy on MMLU and ARC.")
    assert all(r.confidence < LEADERBOARD_MIN_CONFIDENCE for r in ex.results)


def test_a_table_like_list_binds_each_number_to_its_dataset(nlp: Language) -> None:
    expected = [
        (86.1, "metric:accuracy", "dataset:mmlu", OURS),
        (79.3, "metric:accuracy", "dataset:arc", OURS),
    ]
    assert results(run(nlp, "OurNet obtains the following accuracy: MMLU 86.1%, ARC 79.3%.")) == (
        expected
    )
    assert results(run(nlp, "OurNet reaches high accuracy (MMLU: 86.1%, ARC: 79.3%).")) == expected


def test_a_truncated_model_name_is_read_whole(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches 73.4% accuracy on MMLU, outperforming GPT-4o (66.8%) and Gemini 2.5 Pro "
        "(69.7%). Gemini 2.0 Flash reaches only 51.2% accuracy on MMLU.",
    )
    assert sorted(results(ex)) == [
        (51.2, "metric:accuracy", "dataset:mmlu", "model:gemini-2-0-flash"),
        (66.8, "metric:accuracy", "dataset:mmlu", "model:gpt-4o"),
        (69.7, "metric:accuracy", "dataset:mmlu", "model:gemini-2-5-pro"),
        (73.4, "metric:accuracy", "dataset:mmlu", OURS),
    ]


def test_a_subject_list_pairs_with_the_numbers_in_order(nlp: Language) -> None:
    ex = run(nlp, "GPT-4o and Claude achieve 66.8% and 70.2% accuracy on MMLU, respectively.")
    assert results(ex) == [
        (66.8, "metric:accuracy", "dataset:mmlu", "model:gpt-4o"),
        (70.2, "metric:accuracy", "dataset:mmlu", "model:claude"),
    ]
    ex = run(nlp, "GPT-4o and Claude achieve 66.8%, 61.0% and 70.2% accuracy on MMLU.")
    assert all(r.confidence < LEADERBOARD_MIN_CONFIDENCE for r in ex.results)


def test_points_of_a_named_metric_are_a_delta(nlp: Language) -> None:
    ex = run(nlp, "OurNet beats the best methods by, for example, 6 AUC points on average.")
    assert ex.results == [] and [(d.value, d.metric_id) for d in ex.deltas] == [(6.0, "metric:auc")]


def test_up_to_after_plural_margins_is_a_delta(nlp: Language) -> None:
    ex = run(nlp, "OurNet beats prior models by margins of up to 12.8% and 11.9% on MMLU and ARC.")
    assert ex.results == [] and sorted(d.value for d in ex.deltas) == [11.9, 12.8]


def test_data_named_in_brackets_after_the_number(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches accuracies of 80.1% (MMLU) and 70.2% (Zorbset).")
    assert results(ex) == [
        (80.1, "metric:accuracy", "dataset:mmlu", OURS),
        (70.2, "metric:accuracy", None, OURS),
    ]
    assert conf(ex)[70.2] < LEADERBOARD_MIN_CONFIDENCE <= conf(ex)[80.1]
    ex = run(nlp, "OurNet reaches AUCs of 0.98 (B2) and 0.95 (B5).")
    assert all(r.confidence >= LEADERBOARD_MIN_CONFIDENCE for r in ex.results)


def test_a_number_on_data_we_cannot_read_takes_no_other_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce ZorbBench, a new benchmark. OurNet attains 35.8% accuracy on the video "
        "reasoning benchmark Qx-bench.",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [(35.8, None)]
    assert conf(ex)[35.8] < LEADERBOARD_MIN_CONFIDENCE


def test_a_data_set_named_with_its_head_is_read_without_a_rule(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 99.5% and 98.9% accuracy on the Zorbville and Qarnet datasets.")
    assert results(ex) == [
        (99.5, "metric:accuracy", "dataset:zorbville", OURS),
        (98.9, "metric:accuracy", "dataset:qarnet", OURS),
    ]
    ex = run(nlp, "OurNet reaches 67.1% accuracy on the Zorbus test-mini benchmark.")
    assert results(ex) == [(67.1, "metric:accuracy", "dataset:zorbus", OURS)]
    assert results(run(nlp, "OurNet reaches 67.1% accuracy on the Zorbus model.")) == []
    # a split's code between the name and the head: "the CSJ eval3 set"
    ex = run(nlp, "OurNet reaches a CER of 3.4% on the Zorbus eval3 set.")
    assert results(ex) == [(3.4, "metric:character-error-rate", "dataset:zorbus", OURS)]


def test_a_contrasted_generic_subject_is_not_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "Our method reaches an F1-score of 0.62, whereas the existing method recorded an "
        "F1-score of 0.07.",
    )
    assert results(ex) == [(0.62, "metric:f1", None, OURS)]


def test_a_measure_of_its_own_stops_the_carried_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieved a Dice score of 0.92, Zorbic distance of 0.69, and 0.88 recall.")
    assert results(ex) == [(0.92, "metric:dice", None, OURS), (0.88, "metric:recall", None, OURS)]


def test_counted_short_names_after_a_number_are_settings(nlp: Language) -> None:
    ex = run(nlp, "OurNet extracts triples for 24 IGs with a precision of 0.86.")
    assert results(ex) == [(0.86, "metric:precision", None, OURS)]


def test_from_a_measure_of_x_to_y(nlp: Language) -> None:
    ex = run(nlp, "Unlike OCR pipelines, OurNet improves parsing from an F1 score of 36.1 to 89.5.")
    assert results(ex) == [(89.5, "metric:f1", None, OURS)]


def test_an_unknown_systems_possessive_number_is_not_ours(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 70.6% recall compared to Zorbiser's 53.2% in 109 cases.")
    assert results(ex) == [(70.6, "metric:recall", None, OURS)]


def test_a_participle_after_a_comparison_reports_the_main_subject(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet outperforms prior tools, GPT-4o, and other agentic systems, achieving an "
        "accuracy of 57.2% on MMLU.",
    )
    assert results(ex) == [(57.2, "metric:accuracy", "dataset:mmlu", OURS)]


def test_a_system_the_text_calls_ours_is_ours(nlp: Language) -> None:
    ex = run(nlp, "Our challenge system achieved a word error rate of 6.47% on LibriSpeech.")
    assert [(v, s) for v, _, _, s in results(ex)] == [(6.47, OURS)]


def test_our_models_after_named_things_are_ours(nlp: Language) -> None:
    ex = run(
        nlp, "Distilled from Llama-3 and GPT-4o, our models achieve an accuracy of 64.9% on MMLU."
    )
    assert results(ex) == [(64.9, "metric:accuracy", "dataset:mmlu", OURS)]


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet beats the baselines by an average of 2.3% accuracy on MMLU.",
        "OurNet yields improvements in mIoU of 13.8% and 11.4% on ADE20K and Cityscapes.",
        "OurNet achieves an improvement of 44% on the C# test set and 100% on the MMLU dataset.",
    ],
)
def test_more_ways_to_say_a_delta(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence)
    assert ex.results == [] and ex.deltas


def test_a_system_listed_among_datasets_is_a_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "Experiments on IC13, IC15, IIIT5K and SVTP validate the method, achieving accuracies "
        "of 97.32% on IC13 and 58.26% on IC15.",
    )
    assert {s for *_, s in results(ex)} == {OURS}


def test_a_number_for_other_work_is_not_ours(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches an accuracy of 82.5%, compared to 64.2% for existing methods.")
    assert results(ex) == [(82.5, "metric:accuracy", None, OURS)]


def test_one_number_after_a_subject_list_is_every_listed_systems(nlp: Language) -> None:
    ex = run(
        nlp,
        "We compare image classifiers on chest X-rays. The results were strong, with VGG16, "
        "Zorbnet50V2, and QarNet121 each achieving an accuracy of 99%.",
        title="A comparison of classifiers",
    )
    assert sorted(results(ex)) == [
        (99.0, "metric:accuracy", None, "model:qarnet121"),
        (99.0, "metric:accuracy", None, "model:vgg-16"),
        (99.0, "metric:accuracy", None, "model:zorbnet50v2"),
    ]
    names = {e.id: e.name for e in ex.entities}
    assert names["model:zorbnet50v2"] == "Zorbnet50V2" and names["model:qarnet121"] == "QarNet121"


def test_a_fronted_phrase_is_not_a_subject_list(nlp: Language) -> None:
    ex = run(
        nlp,
        "Trained on data from Zorbville and Qarnet, VGG16 achieved an accuracy of 91.3%.",
        title="A study of classifiers",
    )
    assert results(ex) == [(91.3, "metric:accuracy", None, "model:vgg-16")]


def test_a_number_right_after_a_listed_subjects_verb_is_each_ones(nlp: Language) -> None:
    ex = run(nlp, "QarNet121 and VGG16 achieve 92.5% accuracy.", title="A study of classifiers")
    assert sorted(results(ex)) == [
        (92.5, "metric:accuracy", None, "model:qarnet121"),
        (92.5, "metric:accuracy", None, "model:vgg-16"),
    ]


def test_a_class_of_systems_is_never_a_results_system(nlp: Language) -> None:
    ex = run(
        nlp,
        "The findings highlight the potential of OurNet-integrated models to advance phishing "
        "detection frameworks, achieving an F1-score of 0.93.",
    )
    assert results(ex) == [(0.93, "metric:f1", None, OURS)]


def test_a_name_no_rule_knows_after_on_is_the_results_dataset(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 61.7% accuracy on Zorbset, surpassing prior work.")
    assert results(ex) == [(61.7, "metric:accuracy", "dataset:zorbset", OURS)]
    assert {e.id: e.type for e in ex.entities}["dataset:zorbset"] == "Dataset"
    ex = run(nlp, "OurNet reaches an F1 of 0.958 on Zorb-Heard 2025.")
    assert results(ex) == [(0.958, "metric:f1", "dataset:zorbheard2025", OURS)]
    # a model's name, or a category after "in", is not a data set
    ex = run(nlp, "OurNet achieves 61.7% accuracy on Zorb-3-8B.")
    assert results(ex) == [(61.7, "metric:accuracy", None, OURS)]


def test_a_symbol_metric_in_a_measures_place_names_the_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves a J&F of 85.1 on Zorb-VOS and 46.2 AP^b on Zorb-Det.")
    assert sorted(results(ex)) == [
        (46.2, "metric:ap-b", "dataset:zorbdet", OURS),
        (85.1, "metric:j-f", "dataset:zorbvos", OURS),
    ]
    assert {e.id: e.name for e in ex.entities}["metric:j-f"] == "J&F"


def test_a_dataset_at_a_resolution_is_its_own_variant(nlp: Language) -> None:
    ex = run(
        nlp,
        "For ImageNet 256×256, OurNet-XL achieves a new state-of-the-art FID of 1.31. "
        "OurNet achieves an FID of 2.1 on ImageNet 512×512.",
    )
    assert sorted(results(ex)) == [
        (1.31, "metric:fid", "dataset:imagenet-256x256", OURS),
        (2.1, "metric:fid", "dataset:imagenet-512x512", OURS),
    ]
    assert {e.id: e.name for e in ex.entities}["dataset:imagenet-256x256"] == "ImageNet 256x256"


def test_a_datasets_name_drops_the_words_describing_its_data(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet is further validated on the ZORB-QAR traffic accident dataset, where it "
        "achieves a macro F1 of 0.84. On the Zorbix chest X-ray dataset, OurNet reaches 91.2% "
        "accuracy.",
    )
    assert sorted(results(ex)) == [
        (0.84, "metric:macro-f1", "dataset:zorb-qar", OURS),
        (91.2, "metric:accuracy", "dataset:zorbix", OURS),
    ]


def test_a_singular_unnamed_baseline_is_not_the_papers(nlp: Language) -> None:
    ex = run(nlp, "The baseline achieves 50.1% accuracy on SQuAD, and OurNet reaches 61.2%.")
    assert results(ex) == [(61.2, "metric:accuracy", "dataset:squad", OURS)]


def test_a_measure_at_a_cut_off_names_its_own_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves an MRR of 0.521 and Hit@10 of 0.680 on SQuAD.")
    assert sorted(results(ex)) == [
        (0.521, "metric:mean-reciprocal-rank", "dataset:squad", OURS),
        (0.68, "metric:hits-k", "dataset:squad", OURS),  # "Hit@10" is the gazetteer's Hits@k
    ]


def test_a_passive_by_names_the_system(nlp: Language) -> None:
    ex = run(nlp, "The best accuracy of 71.2% on SQuAD was obtained by GPT-4o.")
    assert results(ex) == [(71.2, "metric:accuracy", "dataset:squad", "model:gpt-4o")]


def test_a_tier_linked_to_its_family_is_its_own_system(nlp: Language) -> None:
    ex = run(
        nlp,
        "Even the strongest models, o3-mini, o1 and GPT-4o, achieve only 45.8%, 31.1% and "
        "17.8% accuracy on SQuAD, respectively.",
    )
    assert results(ex) == [
        (45.8, "metric:accuracy", "dataset:squad", "model:o3-mini"),
        (31.1, "metric:accuracy", "dataset:squad", "model:o1"),
        (17.8, "metric:accuracy", "dataset:squad", "model:gpt-4o"),
    ]
    assert {e.id: e.name for e in ex.entities}["model:o3-mini"] == "o3-mini"


def test_a_measures_short_name_in_brackets_before_of_names_the_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves a Zorb Similarity Coefficient (ZSC) of 85.44% on SQuAD.")
    assert results(ex) == [(85.44, "metric:zsc", "dataset:squad", OURS)]


def test_a_participle_after_a_comparison_is_the_comparison_verbs_subjects(nlp: Language) -> None:
    ex = run(
        nlp,
        "By leveraging this multi-modal CoT, OurNet surpasses general-purpose LMMs in damage "
        "identification, achieving an accuracy of 95.24% on SQuAD.",
    )
    assert results(ex) == [(95.24, "metric:accuracy", "dataset:squad", OURS)]


def trusted(ex: Extraction) -> list[tuple[float, str | None, str | None, str | None]]:
    return [
        (r.value, r.metric_id, r.dataset_id, r.model_id)
        for r in ex.results
        if r.confidence >= LEADERBOARD_MIN_CONFIDENCE
    ]


def test_an_unknown_name_subject_of_a_comparison_owns_its_participle_scores(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "We study two open-source parsers: Quxo and Borel-2. Quxo outperforms Borel-2, "
        "achieving 88.5% precision and 99.2% recall on SQuAD.",
        title="Parsing forms with small models",
    )
    assert trusted(ex) == [
        (88.5, "metric:precision", "dataset:squad", "model:quxo"),
        (99.2, "metric:recall", "dataset:squad", "model:quxo"),
    ]
    assert {e.id: e.type for e in ex.entities}["model:quxo"] == "Model"


def test_a_report_verbs_subject_owns_the_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "According to the results obtained, Zorb-Net(light) showed the best performance with "
        "78% accuracy on SQuAD. Our results indicate that QuxNet retains 56.2% accuracy on SQuAD.",
        title="Comparing segmentation networks",
    )
    assert trusted(ex) == [
        (78.0, "metric:accuracy", "dataset:squad", "model:zorb-net-light"),
        (56.2, "metric:accuracy", "dataset:squad", "model:quxnet"),
    ]


def test_a_known_name_in_brackets_before_a_comparison_verb_owns_the_score(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "Several algorithms are compared. The long short-term memory (LSTM) network outperforms "
        "the other approaches with a balanced accuracy of 0.86.",
        title="Forecasting accidents",
    )
    assert results(ex) == [(0.86, "metric:balanced-accuracy", None, "method:lstm")]


def test_a_variant_of_the_introduced_name_stays_the_papers(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose a deep product residual network (PURo). On SQuAD, PURo architectures "
        "outperform standard ResNet models, with PURo34 achieving an accuracy of 80.27%.",
        title="Deep residual learning with products",
    )
    assert trusted(ex) == [(80.27, "metric:accuracy", "dataset:squad", None)]


def test_a_subject_that_names_no_system_but_any_system_is_not_the_papers(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "We introduce QarBench, a benchmark of 500 questions. We benchmark 16 LLMs and find that "
        "even the best-performing model achieves only 75.8% accuracy. No model surpasses 5% "
        "exact match.",
        title="QarBench: a benchmark",
    )
    assert results(ex) == []


def test_a_number_right_after_an_improvement_verb_is_a_delta(nlp: Language) -> None:
    ex = run(
        nlp,
        "Compared with the baseline, OurNet significantly improves 9.0% mIoU on SQuAD. OurNet "
        "improves accuracy from 80.1% to 85.2% on SQuAD.",
    )
    assert results(ex) == [(85.2, "metric:accuracy", "dataset:squad", OURS)]
    assert [(d.value, d.metric_id) for d in ex.deltas] == [(9.0, "metric:miou")]


def test_the_subject_of_a_coordinated_clause_owns_its_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "The detector reached a mAP of 0.9022, and the text recognizer (QrOCR) obtained a "
        "character error rate of 0.0047 on SQuAD.",
        title="A document pipeline",
    )
    assert trusted(ex) == [
        (0.0047, "metric:character-error-rate", "dataset:squad", "model:qrocr"),
    ]


def test_numbers_said_respectively_take_the_metrics_named_before_in_order(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "OurNet reaches 78% mIoU and 87% F1 on SQuAD and 17% and 25% respectively on "
        "TriviaQA.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (78.0, "metric:miou"),
        (87.0, "metric:f1"),
        (17.0, "metric:miou"),
        (25.0, "metric:f1"),
    ]


def test_a_measure_phrase_of_its_own_keeps_the_metric_before_it(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 93.5% F1 on SQuAD, with a hallucination rate of 11.5%.")
    assert trusted(ex) == [
        (93.5, "metric:f1", "dataset:squad", OURS),
        (11.5, "metric:hallucination-rate", "dataset:squad", OURS),  # not F1
    ]


def test_a_score_takes_the_only_dataset_its_sentence_names(nlp: Language) -> None:
    ex = run(
        nlp,
        "Our results indicate that OurNet retains 56.2% accuracy at 80% sparsity on the "
        "OpenForensic dataset. We also use SQuAD to measure reading, with OurNet achieving an "
        "AUC of 0.87.",
    )
    assert trusted(ex) == [
        (56.2, "metric:accuracy", "dataset:openforensic", OURS),
        (0.87, "metric:auc", "dataset:squad", OURS),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # two datasets: which one?
        "OurNet reaches an accuracy of 81.2%, and is also tested on SQuAD and TriviaQA.",
        # the only dataset is trained on
        "Trained on SQuAD, OurNet reaches an accuracy of 81.2%.",
        # another clause, with its own subject
        "The detector reached an accuracy of 81.2%, and the reader obtained 0.47 EM on SQuAD.",
        # the sentence speaks of more data than the one dataset we know
        "OurNet reaches an accuracy of 81.2% for the brain tumour dataset and 75.0% for the "
        "SQuAD dataset.",
    ],
)
def test_the_only_dataset_is_not_taken_when_the_sentence_leaves_it_open(
    nlp: Language, sentence: str
) -> None:
    ex = run(nlp, sentence)
    assert [(v, d) for v, _, d, _ in results(ex) if v == 81.2] in ([], [(81.2, None)])


def test_a_metric_right_after_the_number_names_it(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches a macro average of 95% accuracy on SQuAD, and 88% decision accuracy "
        "with 0.79 F1-score on SQuAD.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (95.0, "metric:accuracy"),
        (88.0, "metric:accuracy"),
        (0.79, "metric:f1"),
    ]


def test_a_described_system_of_a_paper_with_no_named_contribution_is_its_own(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "The hybrid framework achieves 94.1% accuracy on SQuAD.",
        title="Interpretable heatmaps for time series",
    )
    assert trusted(ex) == [(94.1, "metric:accuracy", "dataset:squad", None)]


def test_a_sentence_opening_a_described_classifier_of_a_paper_with_no_name_is_its_own(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "A lightweight classifier achieves state-of-the-art performance (97.2% accuracy on "
        "ZorbSet), outperforming existing methods.",
        title="Detecting generated videos",
    )
    assert trusted(ex) == [(97.2, "metric:accuracy", "dataset:zorbset", None)]
    assert "method:lightweightclassifier" not in rel_ids(ex, "USES")


def test_a_possessed_number_is_the_possessors_and_a_share_of_parameters_is_a_setting(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "OurNet achieves 83.8% accuracy with only 0.01% of trainable parameters, compared to "
        "LoRA's 80.8% accuracy with 0.70% of trainable parameters on SQuAD.",
    )
    assert [(v, m, s) for v, m, _, s in results(ex)] == [
        (83.8, "metric:accuracy", OURS),
        (80.8, "metric:accuracy", "method:lora"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Experiments show gains in error classification accuracy of 45.8 percent.",
        "OurNet is strong, with notable improvements in segmentation: 11.5% on SQuAD and 8.1% "
        "on TriviaQA.",
    ],
)
def test_numbers_of_a_gain_are_deltas(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence)
    assert results(ex) == []
    assert ex.deltas


def test_a_measure_named_after_a_colon_on_gains_is_a_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. It achieves quantitative improvements across multiple metrics: a "
        "peak signal-to-noise ratio of 26.978 and a structural similarity index measure of "
        "0.648 on SQuAD.",
    )
    assert [(v, m, d) for v, m, d, _ in results(ex)] == [
        (26.978, "metric:psnr", "dataset:squad"),
        (0.648, "metric:ssim", "dataset:squad"),
    ]


def test_a_metric_with_a_score_of_gives_the_value(nlp: Language) -> None:
    ex = run(nlp, "OurNet performs better in WER with a score of 0.728, outperforming T5 (0.761).")
    assert [(v, m, s) for v, m, _, s in results(ex)] == [
        (0.728, "metric:word-error-rate", OURS),
        (0.761, "metric:word-error-rate", "model:t5"),
    ]


def test_a_colon_in_closed_brackets_does_not_make_later_numbers_gains(nlp: Language) -> None:
    ex = run(
        nlp,
        "We also obtained predictions on features, such as nodule margin (AUROC: 0.81), "
        "nodule consistency (0.79), and pleural attachment (0.84).",
    )
    assert [d.value for d in ex.deltas] == [0.81]


def test_the_system_right_before_a_participle_owns_the_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "ML, DL and TL models are employed with the VGG19 model achieving an impressive 98% "
        "accuracy.",
        title="A comparison of deep learning for X-ray images",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(98.0, "model:vgg-19")]


def test_a_compared_system_in_brackets_takes_the_metric_of_the_score_it_loses_to(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "OurNet achieves the highest accuracy, with a 96% F1-score in protected health "
        "information (PHI) detection, significantly outperforming Azure (91%), AWS (83%), and "
        "GPT-4o (79%).",
    )
    assert [(v, m, s) for v, m, _, s in results(ex)] == [
        (96.0, "metric:f1", OURS),
        (83.0, "metric:f1", "method:aws"),
        (79.0, "metric:f1", "model:gpt-4o"),
    ]


def test_an_unknown_name_compared_with_its_number_is_a_system(nlp: Language) -> None:
    ex = run(
        nlp,
        "On SQuAD, OurNet achieves 2.96 FID, outperforming ZorbGen (3.3 FID) and FlexZorb "
        "(3.05 FID).",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (2.96, OURS),
        (3.3, "method:zorbgen"),
        (3.05, "method:flexzorb"),
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("OurNet achieves a Dice of 75% on SQuAD, surpassing ZorbSeg's 45%.", "method:zorbseg"),
        (
            "OurNet achieves a Dice of 75% on SQuAD, outperforming strong baselines such as "
            "ZorbSeg (45%).",
            "method:zorbseg",
        ),
        ("OurNet achieves a Dice of 75% on SQuAD, compared to ZB25's 45%.", "method:zb25"),
    ],
)
def test_an_unknown_name_compared_with_its_possessive_or_listed_number_is_a_system(
    nlp: Language, sentence: str, name: str
) -> None:
    ex = run(nlp, sentence)
    assert results(ex) == [
        (75.0, "metric:dice", "dataset:squad", OURS),
        (45.0, "metric:dice", "dataset:squad", name),
    ]
    assert name in rel_ids(ex, "COMPARES_WITH")


def test_a_contribution_named_beside_a_dataset_noun_is_a_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "We construct a dataset, ZR-VIM. To detect attacks, we propose a framework, OurNet. "
        "OurNet achieves an accuracy of 88.9% on ZR-VIM.",
    )
    assert results(ex) == [(88.9, "metric:accuracy", "dataset:zrvim", OURS)]
    assert rel_ids(ex, "PROPOSES") == {"dataset:zrvim", OURS}


def test_a_name_in_a_web_address_does_not_type_the_contribution(nlp: Language) -> None:
    ex = run(
        nlp,
        "To fill this gap, we introduce a new benchmark, ZORBQE: Complex Question Answering under "
        "Zorb Editing, which includes 11,924 complex questions. We conduct an evaluation of four "
        "knowledge editing methods on ZORBQE. The datasets are available at "
        "https://github.com/zorb/ZorbQE.",
        title="ZORBQE: Complex Question Answering under Zorb Editing",
    )
    assert rel_ids(ex, "PROPOSES") == {"dataset:zorbqe"}
    assert not [m for m in ex.mentions if m.text == "ZorbQE"]


def test_a_released_size_of_the_proposed_model_is_proposed_too(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose ZORB, a reward model pre-training method. ZORB-7B improves preference "
        "accuracy on STEM tasks, while Qwen-7B does not.",
        title="ZORB: pre-training reward models",
    )
    assert rel_ids(ex, "PROPOSES") == {"model:zorb", "model:zorb7b"}


def test_the_contribution_is_found_once_per_doc_for_relations_and_results(
    nlp: Language,
) -> None:
    from kg.extract.components.relations import (
        _M,
        contribution_mentions,
        doc_contribution,
        proposed_ids,
    )

    text = TITLE + "\n\nWe propose OurNet, built on a SAM-based model. OurNet-7B beats GPT-4."
    with nlp.select_pipes(disable=["kg_results"]):
        doc = nlp(text)
    tt = table(doc)
    ms = [_M(*c) for c in tt.mentions]
    own, bases = contribution_mentions(tt, ms)
    found = doc_contribution(tt, ms)  # kg_relations has left it in the table
    assert found == (own, bases, proposed_ids(tt, ms, own))
    assert OURS in found[2]
    assert doc_contribution(tt, [_M(*c) for c in tt.mentions]) is found
    tt.mentions = tt.mentions[:1]  # new mentions: found anew
    assert doc_contribution(tt, [_M(*c) for c in tt.mentions]) is not found


def test_a_variant_of_the_proposed_system_is_proposed_too(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose ZorbNet, a convolutional backbone for diffusion. ZorbNet-XL reaches an "
        "FID of 2.05 on ImageNet, and ZorbNet-H reaches 1.90. ZorbNet-PV improves mAP by "
        "2.3 points over PV-RCNN.",
        title="ZorbNet: convolutional diffusion backbones",
    )
    proposed = rel_ids(ex, "PROPOSES")
    assert {"zorbnetxl", "zorbnetpv"} <= {p.split(":", 1)[1] for p in proposed}
    assert "dataset:zorbneth" not in rel_ids(ex, "EVALUATED_ON")  # "X-H reaches": no data


@pytest.mark.parametrize(
    ("abstract", "title"),
    [
        ("We propose Zorbik, a prompting scheme. Zorbik-Based agents solve 41% of the tasks.",
         "Zorbik: prompting agents"),
        ("We propose Zorbik, a prompting scheme. Zorbik-Guided agents solve 41% of the tasks.",
         "Zorbik: prompting agents"),
        ("We propose Zorbik, a prompting scheme. Zorbik-Like agents solve 41% of the tasks.",
         "Zorbik: prompting agents"),
        # a known name in the contribution span is no new system: its variants are not ours
        ("We present CLIP adapters for remote sensing. CLIP-RS reaches 80.1% accuracy on UCM.",
         "Adapting CLIP to remote sensing"),
    ],
)  # fmt: skip
def test_a_compound_or_a_known_systems_variant_is_not_proposed(
    nlp: Language, abstract: str, title: str
) -> None:
    ex = run(nlp, abstract, title=title)
    proposed = {p.split(":", 1)[1] for p in rel_ids(ex, "PROPOSES")}
    assert not {"zorbikbased", "zorbikguided", "zorbiklike", "cliprs"} & proposed


def test_the_named_parts_of_a_counted_list_are_proposed_not_known_ones(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose ZorbNet, a hazy image restorer. ZorbNet comprises two key modules: a Haze "
        "Zorbing Module (HZM) that finds hazy regions, and a plug-in integrating Low-Rank "
        "Adaptation (LoRA) into the decoder.",
        title="ZorbNet: restoring hazy images",
    )
    proposed = rel_ids(ex, "PROPOSES")
    assert "method:hzm" in proposed
    assert not {p for p in proposed if "lora" in p or "lowrank" in p}


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet achieves a 3.9x speedup over FlashAttention.",
        "OurNet shows consistent improvements over the DPO baseline.",
        "OurNet yields gains over standard CLIP and LLaVA.",
    ],
)
def test_what_a_margin_is_over_is_a_compared_system(nlp: Language, sentence: str) -> None:
    ex = run(nlp, f"We propose OurNet, a method. {sentence}")
    assert rel_ids(ex, "COMPARES_WITH")


@pytest.mark.parametrize(
    "sentence",
    [
        # the margin is over something unnamed; the name comes later in the clause
        "OurNet shows improvements over state-of-the-art methods with expanded GPT-4 prompts.",
        # someone else's margin (not the paper's own system)
        "Earlier, GPT-4 showed improvements over LLaMA-2 on reasoning.",
    ],
)
def test_a_margin_over_nothing_named_or_of_others_is_no_comparison(
    nlp: Language, sentence: str
) -> None:
    ex = run(nlp, f"We propose OurNet, a method. {sentence}")
    assert not rel_ids(ex, "COMPARES_WITH")


def test_a_name_listed_with_a_known_method_is_one_too(nlp: Language) -> None:
    ex = run(nlp, "We propose OurNet. The pipeline relies on DPO and ZimPO for alignment.")
    assert ("ZimPO", "Method") in {(m.text, m.type) for m in ex.mentions}


def test_a_name_listed_with_no_known_system_gets_no_type_from_the_list(nlp: Language) -> None:
    ex = run(nlp, "We propose OurNet. The pipeline relies on ZorbiX and ZimPO for alignment.")
    assert not {m.text for m in ex.mentions} & {"ZorbiX", "ZimPO"}


def test_a_class_named_after_a_known_system_owns_no_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet, a distillation method. It also elevates Mamba-based architectures' "
        "performance, achieving 84.3% top-1 accuracy on ImageNet.",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(84.3, OURS)]


def test_widely_used_recent_systems_are_known(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet, a novel framework that integrates Group Relative Policy "
        "Optimization (GRPO) with a fuzzy reward. OurNet outperforms Gemini 2.5 Pro and "
        "QwQ-32B.",
    )
    assert "method:group-relative-policy-optimization" in rel_ids(ex, "BASED_ON")
    assert {"model:gemini-2-5-pro", "model:qwq-32b"} <= rel_ids(ex, "COMPARES_WITH")


@pytest.mark.parametrize(
    ("sentence", "short"),
    [
        ("We propose Zorb Localization Using Contextual Cues (ZLUCC), a novel approach.",
         "zlucc"),
        ("This paper proposes the Dynamic Zorb-Aware Encoder (DZAE), an encoder.", "dzae"),
    ],
)  # fmt: skip
def test_a_named_long_form_a_propose_verb_governs_is_proposed(
    nlp: Language, sentence: str, short: str
) -> None:
    ex = run(nlp, sentence, title="A study of localization")
    assert short in {p.split(":", 1)[1] for p in rel_ids(ex, "PROPOSES")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a part the proposed pipeline incorporates
        "We propose a robust pipeline incorporating image cropping, Zorb-Limited Adaptive "
        "Histogram Equalization (ZLAHE), and augmentation.",
        # data named after a data head noun: the dataset rules type it
        "We construct the first benchmark from existing zorb datasets, named In-Context "
        "Zorb Segmentation (IC-ZS), to assess models.",
    ],
)
def test_a_part_or_named_data_is_not_proposed_as_a_method(
    nlp: Language, sentence: str
) -> None:
    ex = run(nlp, sentence, title="A study of localization")
    proposed = {p.split(":", 1)[1] for p in rel_ids(ex, "PROPOSES")}
    assert not {"zlahe", "iczs"} & proposed


def test_a_new_name_the_authors_call_theirs_is_proposed(nlp: Language) -> None:
    ex = run(
        nlp,
        "We train coders with unit testers. Our ZorbCoder-4B consistently outperforms "
        "Qwen3-4B on code generation.",
        title="Co-evolving coders and unit testers",
    )
    assert "model:zorbcoder4b" in rel_ids(ex, "PROPOSES")
    assert rel_ids(ex, "COMPARES_WITH") == {"model:qwen34b"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our PPG authentication reaches 99.2% AUC.",  # the name modifies a noun
        "Our BERT consistently outperforms Zorbik.",  # a known name
    ],
)
def test_a_modifier_or_a_known_name_after_our_is_not_proposed(
    nlp: Language, sentence: str
) -> None:
    ex = run(nlp, f"We study authentication on smartwatches. {sentence}", title="A study")
    assert not {p for p in rel_ids(ex, "PROPOSES") if "ppg" in p or "bert" in p}


def test_an_unknown_name_in_a_fronted_on_phrase_of_an_evaluation_is_a_dataset(
    nlp: Language,
) -> None:
    ex = run(nlp, "On Zorbvis17, OurNet achieved 89.55% mDice.")
    assert results(ex) == [(89.55, "metric:dice", "dataset:zorbvis17", OURS)]


def test_a_system_after_a_fronted_dataset_phrase_is_no_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "On LiTS, OurNet achieves Dice scores of 97.6% and 89.1% for liver and tumor "
        "segmentation, respectively.",
    )
    assert results(ex) == [
        (97.6, "metric:dice", "dataset:lits", OURS),
        (89.1, "metric:dice", "dataset:lits", OURS),
    ]


def test_a_name_after_our_own_head_noun_is_proposed(nlp: Language) -> None:
    ex = run(
        nlp,
        "We tune Qwen-7B on 11k samples, resulting in our final model, ZorbLite-VL. "
        "Compared to our model, GPT-4o needs more data.",
        title="SoTA with less: a study",
    )
    assert rel_ids(ex, "PROPOSES") == {"model:zorblitevl"}


def test_a_known_datasets_name_given_to_the_papers_system_is_the_system(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce AVA, a VLM-powered system for video analytics. Evaluations on SQuAD "
        "show that AVA achieves 62.3% accuracy.",
        title="Video analytics with language models",
    )
    assert rel_ids(ex, "PROPOSES") == {"method:ava"}
    assert results(ex) == [(62.3, "metric:accuracy", "dataset:squad", "method:ava")]


def test_a_system_the_own_model_is_evaluated_against_is_compared_with(nlp: Language) -> None:
    ex = run(nlp, "OurNet is evaluated against Llama-2-7B across multiple metrics.")
    assert rel_ids(ex, "COMPARES_WITH") == {"model:llama-2-7b"}


def test_what_a_contribution_fine_tunes_or_leverages_is_not_proposed(nlp: Language) -> None:
    ex = run(
        nlp,
        "We developed a four-step pipeline: fine-tuning Llama-2-7B and feature extraction. We "
        "propose leveraging the ZorbMoulton (ZM) method. We propose a fine-tuning method "
        "called ZorbRouters.",
        title="A study of pipelines",
    )
    assert rel_ids(ex, "PROPOSES") == {"method:zorbrouters"}


def test_what_others_recently_proposed_is_not_the_papers(nlp: Language) -> None:
    ex = run(
        nlp,
        "The recently proposed ZorbFormer incorporates a forget gate. We show that OurNet "
        "outperforms previously introduced ZorbSim methods.",
    )
    assert rel_ids(ex, "PROPOSES") == {OURS}


def test_a_spread_after_the_number_is_part_of_its_reading(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches an SSIM of 0.94 +/- 0.02 for CT and 0.89 +/- 0.04 for MR images, and "
        "a Dice score of 77.1 ± 20.3 and a Hausdorff distance error of 11.7 ± 24.1 mm.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (0.94, "metric:ssim"),
        (0.89, "metric:ssim"),
        (77.1, "metric:dice"),
        (11.7, "metric:hausdorff-distance"),
    ]


def test_a_spread_written_in_tex_is_part_of_its_reading(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches a weighted F1 of 0.67 $\\pm$ 0.01 on ZorbSet and an R2 of "
        "0.60 \\pm 0.05 on QuxSet.",
    )
    assert [v for v, _, _, _ in results(ex)] == [0.67, 0.6]


def test_a_spread_written_without_spaces_or_as_plus_minus_is_no_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches a Dice of 0.819 +- 0.045 on ACDC and an accuracy of 98.09+-0.7% on "
        "PlantVillage, outperforming ZorbNet(91.25%).",
    )
    assert [(v, m, d, s) for v, m, d, s in results(ex)] == [
        (0.819, "metric:dice", "dataset:acdc", OURS),
        (98.09, "metric:accuracy", "dataset:plant-village", OURS),
        (91.25, "metric:accuracy", None, "method:zorbnet"),
    ]


def test_the_ends_of_a_range_are_no_scores(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches accuracies between 81.2% and 85.4% on CIFAR-10 and F1 scores ranging "
        "from 70.2% to 88.9% on CoNLL-2003; its accuracy varies from 61.5% to 75.2% on "
        "Places365 and improves from 61.5% to 75.3% on SVHN, with an alignment between 10 "
        "metrics.",
    )
    assert [(v, m, d, s) for v, m, d, s in results(ex)] == [
        (75.3, "metric:accuracy", "dataset:svhn", OURS),
    ]


def test_a_gain_in_a_bracketed_or_long_measure_is_a_delta(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet yields an increase in Area Under the Curve (AUC) of 1.4% on STL-10 and an "
        "enhancement in retrieval accuracy of 5.1% on MS MARCO, reaching 91.2% accuracy.",
    )
    assert [v for v, _, _, _ in results(ex)] == [91.2]
    assert sorted(d.value for d in ex.deltas) == [1.4, 5.1]


def test_a_number_in_brackets_right_after_a_metric_is_its_value(nlp: Language) -> None:
    ex = run(nlp, "OurNet is validated via BLEU-4 (0.586) and ROUGE-L (0.650) scores.")
    assert trusted(ex) == [
        (0.586, "metric:bleu", None, OURS),
        (0.65, "metric:rouge-l", None, OURS),
    ]


def test_a_longer_name_before_a_subject_head_is_the_system(nlp: Language) -> None:
    ex = run(
        nlp,
        "The ViT Hybrid model achieved 92% accuracy on SQuAD.",
        title="A comparison of vision transformers",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(92.0, "model:vit-hybrid")]


def test_words_and_a_measure_head_before_of_name_the_measure(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet improved topic modeling with a diversity score of 0.6198, and it reaches an "
        "execution rate of 96%.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (0.6198, "metric:diversity-score"),
        (96.0, "metric:execution-rate"),
    ]


def test_a_metric_changing_up_to_its_number_binds_it(nlp: Language) -> None:
    ex = run(nlp, "With our data, OurNet's SQuAD accuracy rose to 80%.")
    assert [(v, m, d) for v, m, d, _ in trusted(ex)] == [
        (80.0, "metric:accuracy", "dataset:squad")
    ]


def test_an_unknown_name_listed_like_a_dataset_with_its_number_is_a_dataset(
    nlp: Language,
) -> None:
    ex = run(nlp, "OurNet reaches an accuracy of 91.2% on SQuAD (91.2%), ZorbWiki (93.7%).")
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (91.2, "dataset:squad"),
        (93.7, "dataset:zorbwiki"),
    ]


def test_a_plain_word_before_the_titles_colon_used_again_is_the_contribution(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "We study self-correction. Built on the Llama-3-8B model, Sherlock achieves strong "
        "results.",
        title="Sherlock: Self-Correcting Reasoning in Language Models",
    )
    assert rel_ids(ex, "PROPOSES") == {"method:sherlock"}
    assert rel_ids(ex, "BASED_ON") == {"model:llama-3-8b"}
    # a common word is no name, and a word the abstract does not use again is not either
    ex = run(nlp, "We study how attention heads behave.", title="Attention: what heads do")
    assert rel_ids(ex, "PROPOSES") == set()


def test_a_system_taken_as_the_backbone_or_adapted_is_a_base(nlp: Language) -> None:
    ex = run(
        nlp,
        "This paper proposes OurNet, a lightweight classifier. Specifically, ResNet-50 is "
        "adopted as the backbone network of OurNet. We adapt BERT into OurNet.",
    )
    assert rel_ids(ex, "BASED_ON") == {"model:resnet-50", "model:bert"}


def test_a_model_familys_hyphenated_variant_is_a_model(nlp: Language) -> None:
    ex = run(nlp, "We compare OurNet with G-GhostNet, Whisper-large-v2 and YOLOv8n-seg.")
    assert {m.text: m.type for m in ex.mentions if m.type == "Model"} == {
        "G-GhostNet": "Model",
        "Whisper-large-v2": "Model",
        "YOLOv8n-seg": "Model",
    }


def test_the_only_dataset_is_not_given_to_a_number_with_no_metric(nlp: Language) -> None:
    ex = run(nlp, "Experiments on SQuAD use 0.5 to 1 m resolutions with OurNet.")
    assert results(ex) == []


def test_an_acronym_glued_to_a_word_heading_the_title_is_the_contribution(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "We present ZQLForge, a data synthesis approach. ZQLForge-LM achieves an accuracy of "
        "85.7% on SQuAD.",
        title="ZQLForge: Synthesizing Data for Text-to-SQL",
    )
    # ZQLForge-LM, its variant, is the paper's too
    assert rel_ids(ex, "PROPOSES") == {"method:zqlforge", "method:zqlforgelm"}
    assert [(v, s) for v, _, _, s in results(ex)] == [(85.7, "method:zqlforge")]


@pytest.mark.parametrize("head", ["Zorb3DDet", "zorb2med", "Zorb-r1", "ZORBLi", "Zorbverse++"])
def test_a_title_head_shaped_as_no_english_word_is_the_contribution(
    nlp: Language, head: str
) -> None:
    ex = run(nlp, "We present a new system and evaluate it.", title=f"{head}: A New System")
    assert len(rel_ids(ex, "PROPOSES")) == 1


@pytest.mark.parametrize("head", ["Understanding", "LLMs", "NLP"])
def test_an_english_word_or_a_plural_acronym_heading_the_title_is_no_contribution(
    nlp: Language, head: str
) -> None:
    ex = run(nlp, "We study how things work.", title=f"{head}: What Heads Do")
    assert rel_ids(ex, "PROPOSES") == set()


def test_a_short_form_of_lower_case_words_is_no_named_contribution(nlp: Language) -> None:
    ex = run(
        nlp,
        "This study proposes a convolutional neural network (CNN) for deep feature extraction.",
        title="A study of lesion images",
    )
    assert rel_ids(ex, "PROPOSES") == set()
    # a name in brackets that is not the words' initials is the paper's own
    ex = run(
        nlp,
        "We create a mathematical reasoning dataset (ZorbScaleQA) of two million pairs.",
        title="A study of lesion images",
    )
    assert rel_ids(ex, "PROPOSES") == {"dataset:zorbscaleqa"}


def test_a_name_that_describes_a_head_noun_or_sits_in_a_relative_clause_is_not_proposed(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "This paper introduces an autonomous UAV vision system for tracking sharks.",
        title="Continuous marine tracking",
    )
    assert rel_ids(ex, "PROPOSES") == set()
    ex = run(
        nlp,
        "We developed a scalable pipeline that simulates the brand's CXM entities.",
        title="Contact center simulation",
    )
    assert rel_ids(ex, "PROPOSES") == set()
    # a name followed by its own head is still the contribution
    ex = run(nlp, "We introduce ZorbBench benchmark for tracking.", title="Tracking benchmarks")
    assert rel_ids(ex, "PROPOSES") == {"dataset:zorbbench"}


def test_a_model_familys_own_name_is_a_model(nlp: Language) -> None:
    ex = run(nlp, "We compare OurNet with ConvNeXt, MobileNetV2 and U-Net on the benchmark.")
    assert {m.text: m.type for m in ex.mentions if m.type == "Model"} == {
        "ConvNeXt": "Model",
        "MobileNetV2": "Model",
        "U-Net": "Model",
    }


def test_a_release_written_after_a_models_name_is_part_of_it(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet outperforms Claude 3.7 Sonnet, Gemini 2.5 Pro, Gemma 3 27B and Mistral Large. "
        "It is 3 times faster than GPT-4.",
    )
    models = {m.text for m in ex.mentions if m.type == "Model"}
    assert {"Claude 3.7 Sonnet", "Gemini 2.5 Pro", "Gemma 3 27B", "Mistral Large"} <= models
    assert rel_ids(ex, "COMPARES_WITH") >= {"model:claude-3-7-sonnet", "model:gemini-2-5-pro"}


def test_a_version_written_after_a_models_tier_is_part_of_its_name(nlp: Language) -> None:
    ex = run(nlp, "OurNet outperforms Claude Sonnet 4 and Mistral Small 3.1 on ZorbSet.")
    assert {m.text for m in ex.mentions if m.type == "Model"} == {
        "Claude Sonnet 4",
        "Mistral Small 3.1",
    }


def test_a_percentage_before_a_modified_measure_is_a_score_on_a_bracketed_name(
    nlp: Language,
) -> None:
    ex = run(nlp, "OurNet performs best (e.g., 45.2% task success rate on ZorbWorld).")
    assert results(ex) == [(45.2, "metric:success-rate", "dataset:zorbworld", "method:ournet")]


def test_capitalised_words_before_a_dataset_name_a_variant_of_it(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 53.1 mAP on Hazy Cityscapes and 62.3 mAP on Sim10k.")
    assert (53.1, "metric:mean-average-precision", "dataset:hazy-cityscapes", "method:ournet") in (
        results(ex)
    )


def test_people_a_system_is_likened_to_do_not_own_its_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet gives explanations similar to those of humans, with an F1-score of 89.2%. "
        "Human experts achieve an accuracy of 94.3%.",
    )
    assert results(ex) == [
        (89.2, "metric:f1", None, OURS),
        (94.3, "metric:accuracy", None, HUMAN_PERFORMANCE_ID),
    ]


def test_a_measure_named_before_f1_makes_it_that_measures_f1(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches a BERTScore F1-score of 89.2% and a ROUGE-L F1 of 40.1 on XSum.")
    assert [r[1] for r in results(ex)] == ["metric:bertscore-f1", "metric:rouge-l-f1"]


def test_the_second_side_of_a_size_is_a_setting(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves an FID of 1.26 on ImageNet 256 x 256.")
    assert [r[0] for r in results(ex)] == [1.26]


def test_a_named_short_form_introduced_as_ours_is_proposed(nlp: Language) -> None:
    ex = run(
        nlp,
        "Our Dual-task Zorbic Planning (DZP) baseline achieves 34.6% mAP on CholecT50. "
        "Our graph neural network (GNN) is small.",
        title="Planning surgical actions",
    )
    assert rel_ids(ex, "PROPOSES") == {"method:dzp"}


def test_names_a_study_compares_are_not_proposed(nlp: Language) -> None:
    ex = run(
        nlp,
        "Imitation learning (IL) and reinforcement learning (RL) are popular. We present the "
        "first comparison of IL versus RL for surgical action planning.",
        title="Planning surgical actions",
    )
    assert rel_ids(ex, "PROPOSES") == set()


def test_a_name_containing_t5_and_more_digits_is_not_a_t5_model(nlp: Language) -> None:
    ex = run(nlp, "We compare OurNet with RL baselines on CholecT50, and with mT5.")
    models = {m.text for m in ex.mentions if m.type == "Model"}
    assert "mT5" in models and "CholecT50" not in models


def test_an_adjective_may_describe_the_dataset_a_score_is_on(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet keeps 85% accuracy on the complex ZorbWild dataset and reaches 86.97% recall "
        "on the challenging 3DZorbMatch benchmark.",
    )
    assert [r[2] for r in results(ex)] == ["dataset:zorbwild", "dataset:3dzorbmatch"]


def test_a_system_combined_with_ours_does_not_own_the_score(nlp: Language) -> None:
    ex = run(nlp, "Combining our framework with GeoTransformer achieves 86.97% recall on 3DMatch.")
    assert [r[3] for r in results(ex)] == [OURS]


def test_any_top_k_cut_off_qualifies_the_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet yields the best retrieval (Top-3 accuracy: 91.3%) on ZorbSet.")
    assert [r[1] for r in results(ex)] == ["metric:top-3-accuracy"]


def test_respectively_pairs_listed_measures_we_know_only_in_part(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves a mean error, mean squared deviation, and intraclass correlation "
        "coefficient (ICC) of 0.04, 0.054, and 0.782, respectively, on ZorbSet, and a mean "
        "error and an ICC of 0.05 and 0.771, respectively, on ZorbTwo.",
    )
    icc = "metric:intraclass-correlation-coefficient"
    assert [r[:2] for r in results(ex)] == [(0.782, icc), (0.771, icc)]


@pytest.mark.parametrize("respectively", [", respectively", ""])
def test_a_listed_metric_ending_in_a_link_word_keeps_its_number(
    nlp: Language, respectively: str
) -> None:
    # "rate" also links a measure to its number ("a rate of"): it must not cut "success rate"
    ex = run(nlp, f"OurNet achieves IoU and success rate of 71% and 87%{respectively} on ZorbSet.")
    assert [r[:2] for r in results(ex)] == [(71.0, "metric:iou"), (87.0, "metric:success-rate")]


@pytest.mark.parametrize("change", ["increase", "improvement", "gain"])
def test_a_change_noun_before_from_to_keeps_the_measure(nlp: Language, change: str) -> None:
    ex = run(nlp, f"OurNet shows an F1 {change} from 19.5 to 32.6 on ZorbQA.")
    assert [(r.value, r.metric_id) for r in ex.results] == [(32.6, "metric:f1")]
    assert ex.results[0].confidence >= LEADERBOARD_MIN_CONFIDENCE


def test_a_name_in_capitals_after_for_is_no_cue_of_other_work(nlp: Language) -> None:
    # "et" (of "et al.") is a cue of other work; "ET" (enhancing tumour) is a subgroup name
    ex = run(
        nlp,
        "On ZorbSet, the Dice scores of OurNet are 87.43%, 90.92%, and 91.45% for ET, WT, and "
        "TC segmentation.",
    )
    assert [r.value for r in ex.results] == [87.43, 90.92, 91.45]
    ex = run(nlp, "On ZorbSet, OurNet reaches 90.1%, against 87.4% for Smith et al.")
    assert [r.value for r in ex.results] == [90.1]


def test_a_score_with_a_glued_unit_is_a_result_and_no_version(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves an MPJPE of 34.3mm and a PSNR of 32.51dB on ZorbSet.")
    assert [r[:3] for r in results(ex)] == [
        (34.3, "metric:mpjpe", "dataset:zorbset"),
        (32.51, "metric:psnr", "dataset:zorbset"),
    ]
    ex = run(nlp, "Compared with ZorbNet, OurNet raises ZorbScore 1.98 dB to 3.35 dB on ZorbSet.")
    assert "ZorbScore 1.98" not in {m.text for m in ex.mentions}


def test_a_voxel_size_is_a_setting(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches 91.2% accuracy on ZorbSet; boundaries remain hard, given the sub-mm "
        "precision with 3 mm voxels.",
    )
    assert [r.value for r in ex.results] == [91.2]


def test_miou_and_iou_are_two_metrics(nlp: Language) -> None:
    # leaderboards (Papers with Code) keep the mean over classes apart from a plain IoU
    ex = run(
        nlp,
        "OurNet reaches 85.3% mIoU on ZorbCity, a mean IoU of 70.1% on ZorbTwo, and an IoU of "
        "0.91 on ZorbSet.",
    )
    assert [r[:2] for r in results(ex)] == [
        (85.3, "metric:miou"),
        (70.1, "metric:miou"),
        (0.91, "metric:iou"),
    ]


def test_bleu_n_are_metrics_of_their_own(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches BLEU-1 = 55.14, BLEU-2 = 38.07 and BLEU-4 = 20.68 on WMT14.")
    assert [r[:2] for r in results(ex)] == [
        (55.14, "metric:bleu-1"),
        (38.07, "metric:bleu-2"),
        (20.68, "metric:bleu"),  # BLEU is BLEU-4 unless said otherwise
    ]


def test_it_after_a_fronted_phrase_is_the_subject_not_the_method_in_it(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet for screening. Through training-free local feature augmentation, it "
        "addresses domain shifts across centers, reaching an average accuracy of 88.9% on ZorbSet.",
    )
    assert [(r.value, r.model_id) for r in ex.results] == [(88.9, OURS)]


def test_a_known_system_modifying_the_contribution_is_not_proposed(nlp: Language) -> None:
    # "MolCLIP: A Molecular-Auxiliary CLIP Framework …": the paper builds a CLIP framework
    ex = run(
        nlp,
        "This paper proposes ZorbNet, the first visual language model for cell videos. ZorbNet "
        "designs a molecule-auxiliary CLIP framework to guide video features.",
        title="ZorbNet: a study",
    )
    assert rel_ids(ex, "PROPOSES") == {"model:zorbnet"}
    # nor does it take the results of "our framework"
    ex = run(
        nlp,
        "In this paper, we propose a CLIP framework for cell videos. Our framework achieves an "
        "mAP of 51.2% on ZorbSet.",
        title="A study",
    )
    assert "model:clip" not in rel_ids(ex, "PROPOSES")
    assert [(r.value, r.model_id) for r in ex.results] == [(51.2, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We propose a BEV world model to predict future states for trajectory evaluation.",
        "This study introduces a novel multi-center chest CT analysis framework.",
    ],
)
def test_a_common_name_modifying_the_contribution_is_not_proposed(
    nlp: Language, sentence: str
) -> None:
    # names in 20+ of 20,000 abstracts (lexicon common_names): used, not proposed
    ex = run(nlp, sentence, title="A study")
    assert not [e for e in rel_ids(ex, "PROPOSES") if e.endswith((":bev", ":ct"))]


def test_a_name_beside_our_model_is_our_model(nlp: Language) -> None:
    # "which together form our advanced model, ZorbGIL": the name was dropped untyped
    ex = run(nlp, "In our method, ZRI and CT images are projected to a shared latent space.")
    assert "method:zri" not in {e.id for e in ex.entities}  # a list "our method," opens
    ex = run(
        nlp,
        "We introduce an improved Bidirectional LLaMA architecture by replacing causal attention "
        "with bidirectional attention, which together form our advanced model, ZorbGIL. Scaled "
        "to 1.4B parameters, ZorbGIL achieves a FID score of 3.71 on ImageNet.",
        title="Resurrecting masked modeling",
    )
    assert [(r.value, r.model_id) for r in ex.results] == [(3.71, "model:zorbgil")]


def test_a_listed_measure_is_named_by_its_last_word(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves average BRISQUE and NIQE scores of 19.82 and 3.652, respectively, on "
        "ZorbSet.",
    )
    assert [r[:2] for r in results(ex)] == [(19.82, "metric:brisque"), (3.652, "metric:niqe")]


def test_a_difference_is_a_delta(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet runs 2.5x faster on ZorbSet with only a 0.4% IoU difference to the best model.",
    )
    assert results(ex) == []
    assert [d.value for d in ex.deltas] == [0.4]


def test_a_contrast_clause_with_its_own_subject_owns_its_numbers(nlp: Language) -> None:
    ex = run(
        nlp,
        "On ZorbSet, XGBoost achieved the best prediction (R2 = 0.91), while ZorbMix provided "
        "the most accurate longitudinal prediction (R2 = 0.99).",
    )
    assert [(r[0], r[3]) for r in results(ex)] == [
        (0.91, "method:xgboost"), (0.99, "model:zorbmix")
    ]


def test_a_bracketed_number_after_a_noun_measures_that_noun(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves the highest accuracy (91.7%) and harmlessness (0.92) on ZorbSet, and "
        "an F1 score (97.3%), while reducing hallucination (5.23%).",
    )
    assert [r[:2] for r in trusted(ex)] == [(91.7, "metric:accuracy"), (97.3, "metric:f1")]
    assert [r[1] for r in results(ex) if r[0] in (0.92, 5.23)] in ([], [None])


def test_a_named_split_of_unknown_data_is_that_data(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet attains 95.1% accuracy on ModelNet40 and 92.75% accuracy on the most "
        "challenging split of ZorbObjectNN without voting.",
    )
    assert [r[2] for r in results(ex)] == ["dataset:modelnet40", "dataset:zorbobjectnn"]


def test_both_ends_of_from_to_take_the_measure_named_before_from(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet improves the accuracy of LLaVA on ZorbQA from 62.1% to 70.3%. On ZorbSet, "
        "the accuracy of Llama-3-8B rose from 80.3% (round 1) to 82.1% (round 2).",
    )
    assert [r[:3] for r in trusted(ex)] == [
        (62.1, "metric:accuracy", "dataset:zorbqa"),
        (70.3, "metric:accuracy", "dataset:zorbqa"),
        (80.3, "metric:accuracy", "dataset:zorbset"),
        (82.1, "metric:accuracy", "dataset:zorbset"),
    ]


def test_the_nearest_metric_keeps_its_qualifier(nlp: Language) -> None:
    ex = run(nlp, "OurNet improved macro F1 to 89.77% on ZorbSet.")
    assert [r[1] for r in results(ex)] == ["metric:macro-f1"]


def test_a_tex_number_after_its_metric_is_bound_to_it(nlp: Language) -> None:
    ex = run(
        nlp, "OurNet achieves an F1 score of $0.91$ and a Dice score of $77.3 \\pm 9.4$ on ZorbSet."
    )
    assert [r[:2] for r in trusted(ex)] == [(0.91, "metric:f1"), (77.3, "metric:dice")]


def test_a_unit_word_after_listed_scores_is_every_ones(nlp: Language) -> None:
    ex = run(
        nlp,
        "Experiments on ZorbA, ZorbB and ZorbC show that OurNet achieves an MAE of 3.00, 4.54, "
        "and 2.53 years on ZorbA, ZorbB, and ZorbC, respectively.",
    )
    assert [r[0] for r in trusted(ex)] == [3.0, 4.54, 2.53]


def test_a_listed_dataset_is_not_the_sentences_one(nlp: Language) -> None:
    ex = run(
        nlp,
        "Extensive experiments on ZorbRefer and ZorbNr3D demonstrate that OurNet achieves "
        "state-of-the-art performance (86.1 CIDEr with the top-75% subset).",
    )
    assert [r[2] for r in results(ex) if r[0] == 86.1] == [None]


def test_a_dataset_in_a_slashed_list_of_editions_is_uncertain(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves accuracies of 61.66%/62.07%/63.72% on CROHME 2014/2016/2019.")
    assert trusted(ex) == []


def test_a_dataset_said_once_after_a_list_is_every_listed_numbers(nlp: Language) -> None:
    ex = run(
        nlp,
        "Evaluations on the ZorbDDR, ZorbDRIVE, and ZorbIDRiD datasets show that OurNet "
        "outperforms prior methods across metrics (SSIM: 0.8863, FID: 54.2, KID: 0.0436 on "
        "ZorbDDR).",
    )
    assert [r[2] for r in trusted(ex)] == ["dataset:zorbddr"] * 3


def test_respectively_pairs_with_the_datasets_the_sentence_before_lists(nlp: Language) -> None:
    ex = run(
        nlp,
        "Experiments are carried out on the CIFAR-10, CIFAR-100 and SVHN datasets. OurNet "
        "achieves an accuracy of 98.13%, 73.06% and 95.18%, respectively.",
    )
    assert [r[2] for r in trusted(ex)] == ["dataset:cifar-10", "dataset:cifar-100", "dataset:svhn"]


def test_a_dataset_listed_with_unknown_names_is_no_sentence_wide_one(nlp: Language) -> None:
    ex = run(
        nlp,
        "Evaluations across MVTec-AD, ZorbA, and ZorbB settings show our gains. OurNet "
        "achieves image-level AUROC scores of 97.4%, 94.8%, and 70.8% respectively.",
    )
    assert trusted(ex) == []


def test_a_rank_cut_off_qualifies_the_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches a rank-1 accuracy of 91.3% on ZorbReID.")
    assert [r[1] for r in results(ex)] == ["metric:rank-1-accuracy"]


def test_the_unit_a_metric_is_computed_over_makes_it_its_own(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves an image-level AUROC of 98.1% and a pixel-level AUROC of 97.0% on "
        "ZorbAD, and a pixel-wise AUC of 96.2% on ZorbLOCO.",
    )
    assert [r[1] for r in results(ex)] == [
        "metric:image-level-auc", "metric:pixel-level-auc", "metric:pixel-wise-auc"
    ]
    names = {e.id: [e.name, *e.aliases] for e in ex.entities}
    assert names["metric:image-level-auc"] == ["image-level AUC", "image-level AUROC"]


def test_a_level_that_is_no_unit_leaves_the_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches a human-level accuracy of 91.3% on ZorbSet.")
    assert [r[1] for r in results(ex)] == ["metric:accuracy"]


def test_respectively_pairs_scores_with_the_datasets_listed_before_them(nlp: Language) -> None:
    ex = run(
        nlp,
        "We evaluate tracking on the COCO and MOT15 datasets, where OurNet achieves 0.21 mAP "
        "and 38.9 MOTA respectively.",
    )
    assert results(ex) == [
        (0.21, "metric:mean-average-precision", "dataset:ms-coco", OURS),
        (38.9, "metric:mota", "dataset:mot15", OURS),
    ]


def test_respectively_with_a_listed_name_we_cannot_type_is_not_all_on_the_known_one(
    nlp: Language,
) -> None:
    # a fresh-user check: "On TREC DL19 and DL20, … 74.2 and 70.8, respectively" put both
    # numbers on DL19, the second trusted at 0.9
    ex = run(
        nlp,
        "On ZorbQA and Blorfset, OurNet reaches accuracies of 95.1% and 78.3%, respectively.",
    )
    trusted = {(r.value, r.dataset_id) for r in ex.results if r.confidence >= 0.7}
    assert (95.1, "dataset:zorbqa") in trusted
    assert (78.3, "dataset:zorbqa") not in trusted
    # "respectively" closes the numbers before it, not a rival's said after it
    ex = run(
        nlp,
        "On ZorbQA and Blorfset, OurNet reaches accuracies of 95.1% and 78.3%, respectively, "
        "outperforming RivalNet (90.2%).",
    )
    trusted = {(r.value, r.dataset_id) for r in ex.results if r.confidence >= 0.7}
    assert (78.3, "dataset:zorbqa") not in trusted


def test_a_measure_read_at_an_operating_point_keeps_only_its_own_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "At a False Match Rate (FMR) of 0.01%, OurNet reaches a True Match Rate (TMR) of 83.3% "
        "on IJB-B.",
    )
    assert [r[0] for r in results(ex)] == [83.3]


def test_a_count_between_on_and_a_name_keeps_the_evaluation_context(nlp: Language) -> None:
    ex = run(nlp, "Tested on eight ZorbKITTI sequences, OurNet achieves 89% precision.")
    assert results(ex) == [(89.0, "metric:precision", "dataset:zorbkitti", OURS)]


def test_validation_on_a_name_is_an_evaluation_context(nlp: Language) -> None:
    ex = run(nlp, "Experimental validation on ZorbDD2 shows superior performance (94.2% I-AUROC).")
    assert [m.text for m in ex.mentions if m.type == "Dataset"] == ["ZorbDD2"]
    assert [r[2] for r in trusted(ex)] == ["dataset:zorbdd2"]


def test_names_listed_after_a_data_head_and_a_colon_are_datasets(nlp: Language) -> None:
    ex = run(
        nlp,
        "We evaluate OurNet on three datasets: ZorbA, ZorbB and ZorbC. OurNet achieves AUCs "
        "of 0.91, 0.88 and 0.85, respectively.",
    )
    assert sorted(m.text for m in ex.mentions if m.type == "Dataset") == ["ZorbA", "ZorbB", "ZorbC"]
    assert [r[2] for r in trusted(ex)] == ["dataset:zorba", "dataset:zorbb", "dataset:zorbc"]
    # the list must run to the clause's end: here it goes on with other things
    ex = run(nlp, "We use two datasets: ZorbA and ZorbB, and a new model ZorbNet.")
    assert not [m.text for m in ex.mentions if m.type == "Dataset"]


@pytest.mark.parametrize(
    "opener", [", namely", ", i.e.,", " such as", " including", ",", " -", " like"]
)
def test_names_a_data_noun_lists_to_the_clause_end_are_datasets(
    nlp: Language, opener: str
) -> None:
    ex = run(nlp, f"We evaluate OurNet on three datasets{opener} ZorbA, ZorbB and ZorbC.")
    assert sorted(m.text for m in ex.mentions if m.type == "Dataset") == ["ZorbA", "ZorbB", "ZorbC"]


def test_a_comma_after_a_named_dataset_ends_it(nlp: Language) -> None:
    ex = run(nlp, "On the challenging ZorbCity benchmark, ZorbNet achieves 85.3% mIoU.")
    assert [m.text for m in ex.mentions if m.type == "Dataset"] == ["ZorbCity"]
    # a plural data noun's comma opens its list
    ex = run(nlp, "We test on two benchmark datasets, ZorbA and ZorbB, achieving 85.3% mIoU.")
    assert "ZorbA" in [m.text for m in ex.mentions if m.type == "Dataset"]


@pytest.mark.parametrize(
    "text",
    [
        "OurNet surpasses ZorbNet on ZorbBench by 3 points.",
        "OurNet consistently outperforms ZorbNet.",
        "OurNet is better than ZorbNet in accuracy.",
        "OurNet outperforms ZorbGAN and ZorbNet on ZorbBench.",
    ],
)
def test_the_object_of_a_comparison_is_a_compared_system(nlp: Language, text: str) -> None:
    ex = run(nlp, "We propose OurNet. " + text)
    assert "method:zorbnet" in [r.entity_id for r in ex.relations if r.type == "COMPARES_WITH"]


@pytest.mark.parametrize(
    "text",
    ["OurNet outperforms RGB-based methods.", "OurNet outperforms ZorbNet-style models."],
)
def test_a_compound_after_a_comparison_verb_is_no_system(nlp: Language, text: str) -> None:
    ex = run(nlp, "We propose OurNet. " + text)
    assert not [r for r in ex.relations if r.type == "COMPARES_WITH"]


@pytest.mark.parametrize("data", ["synthetic test data", "our evaluation dataset"])
def test_a_score_on_data_described_not_named_is_on_no_dataset(nlp: Language, data: str) -> None:
    # not the benchmark the paper proposes: data it describes in words and does not name
    ex = run(
        nlp,
        "We introduce ZorbBench, a benchmark of long-context reasoning. We also train an "
        f"evaluation model, achieving an accuracy of 99.49% on {data}.",
        title="ZorbBench: a benchmark for long contexts",
    )
    assert [(v, m, d) for v, m, d, _ in trusted(ex)] == [(99.49, "metric:accuracy", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We train a zorbic retrieval model that achieves an MRR@10 of 0.843.",
        "We train a ColBERT-based zorbic retrieval model that achieves an MRR@10 of 0.843.",
    ],
)
def test_a_system_we_say_we_train_is_ours(nlp: Language, sentence: str) -> None:
    # "we train a … model that achieves X": the authors' own model, no named system's
    ex = run(nlp, "We build a benchmark of legal queries. " + sentence, title="Legal retrieval")
    assert [(v, m, s) for v, m, _, s in trusted(ex)] == [(0.843, "metric:mrr-10", None)]


def test_a_class_named_before_its_descriptive_words_is_no_baseline(nlp: Language) -> None:
    # "NeRF-based video representation methods": a class of methods, no one baseline
    ex = run(
        nlp,
        "We propose OurNet. OurNet improves reconstruction quality compared to existing "
        "NeRF-based video representation methods.",
    )
    assert not rel_ids(ex, "COMPARES_WITH")


def test_a_based_on_modifier_is_no_subject_of_the_comparison(nlp: Language) -> None:
    # "our model exhibits … among NeRF-based approaches and surpasses Flomo-2": NeRF
    # modifies "approaches"; the one who surpasses is ours
    ex = run(
        nlp,
        "We propose OurNet. Results show that our model exhibits superior capability among "
        "NeRF-based approaches and surpasses Flomo-2 in dynamic scenes.",
    )
    assert "method:flomo2" in rel_ids(ex, "COMPARES_WITH")


def test_a_compared_system_is_no_rival_of_the_participle_subject(nlp: Language) -> None:
    ex = run(
        nlp,
        "We compare Zorbo and Florence-2. Zorbo outperforms Florence-2, achieving 88.5% "
        "precision and 99.2% recall on SQuAD.",
        title="Parsing forms with small models",
    )
    assert trusted(ex) == [
        (88.5, "metric:precision", "dataset:squad", "model:zorbo"),
        (99.2, "metric:recall", "dataset:squad", "model:zorbo"),
    ]


def test_names_listed_after_a_plural_system_noun_are_compared_systems(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. OurNet outperforms strong baselines such as ZorbA, ZorbB and ZorbC.",
    )
    found = sorted((m.text, m.type) for m in ex.mentions if m.text.startswith("Zorb"))
    assert found == [("ZorbA", "Method"), ("ZorbB", "Method"), ("ZorbC", "Method")]
    compared = sorted(r.entity_id for r in ex.relations if r.type == "COMPARES_WITH")
    assert compared == ["method:zorba", "method:zorbb", "method:zorbc"]
    ex = run(nlp, "We benchmark several LLMs, namely ZorbA, ZorbB and ZorbC.")
    assert {m.type for m in ex.mentions if m.text.startswith("Zorb")} == {"Model"}
    # one bracketed name may be the paper's own ("our models (ZorbA)"): not typed as listed
    ex = run(nlp, "We compare against strong models (ZorbA) and report gains.")
    assert not [m for m in ex.mentions if m.text == "ZorbA"]


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet surpasses established tool-learning baselines like ZorbA and ZorbB by 12.7 points.",
        "OurNet outperforms recent methods such as ZorbA and ZorbB in removal efficacy.",
        "OurNet outperforms existing methods, including ZorbA and ZorbB, on most datasets.",
    ],
)
def test_examples_of_compared_systems_may_end_at_a_margin_or_a_scope(
    nlp: Language, sentence: str
) -> None:
    ex = run(nlp, "We propose OurNet. " + sentence)
    compared = sorted(r.entity_id for r in ex.relations if r.type == "COMPARES_WITH")
    assert compared == ["method:zorba", "method:zorbb"]


def test_examples_of_a_data_noun_still_end_at_the_clause(nlp: Language) -> None:
    # "systems trained on large-scale data, including F5-TTS and E2-TTS, on LibriSpeech":
    # a data noun's list still ends only at the clause's end
    ex = run(nlp, "We propose OurNet. OurNet beats systems trained on large-scale data, "
             "including ZorbA and ZorbB, on LibriSpeech.")
    assert not [m for m in ex.mentions if m.text.startswith("Zorb") and m.type == "Dataset"]


@pytest.mark.parametrize(
    "text", ["We use two datasets and ZorbNet.", "On the datasets, ZorbNet reaches 90%."]
)
def test_a_name_after_a_data_noun_but_not_listed_by_it_is_no_dataset(
    nlp: Language, text: str
) -> None:
    assert not [m.text for m in run(nlp, text).mentions if m.type == "Dataset"]


def test_names_listed_before_a_data_head_are_datasets(nlp: Language) -> None:
    ex = run(
        nlp,
        "We compare against ZorbGPT and ZorbLM. Extensive evaluations across ZorbAD, ZorbVisA, "
        "and ZorbIAD benchmarks demonstrate that OurNet achieves AUROC scores of 97.4%, 94.8%, "
        "and 70.8%, respectively.",
    )
    datasets = sorted(m.text for m in ex.mentions if m.type == "Dataset")
    assert datasets == ["ZorbAD", "ZorbIAD", "ZorbVisA"]
    assert [r[2] for r in trusted(ex)] == ["dataset:zorbad", "dataset:zorbvisa", "dataset:zorbiad"]


def test_other_work_a_result_is_compared_against_does_not_make_it_theirs(
    nlp: Language,
) -> None:
    ex = run(nlp, "Experiments show the best performance against existing methods, 97.1% on MNIST.")
    assert [(r[0], r[3]) for r in results(ex)] == [(97.1, OURS)]


def test_a_sentence_opening_the_models_reports_the_papers_models(nlp: Language) -> None:
    ex = run(
        nlp,
        "We release ZorbMRI, a dataset of shoulder MRIs. Separate models were trained on it. "
        "The models achieved an AUC of 0.91 on ZorbMRI. Existing models achieve an AUC of 0.7.",
        title="ZorbMRI: a dataset",
    )
    assert [r[0] for r in results(ex)] == [0.91]


def test_clinical_and_segmentation_measures_are_metrics(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches 99.9% negative predictive value on ZorbSet and a Dice coefficient of "
        "0.91 on BraTS.",
    )
    assert [r[1] for r in results(ex)] == ["metric:negative-predictive-value", "metric:dice"]


def test_a_sentence_about_our_approach_owns_its_participles_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "Our approach leverages convolutional neural networks (CNNs) and feature extraction, "
        "achieving 82.2% accuracy on ZorbSet.",
    )
    assert [r[3] for r in results(ex)] == [OURS]


def test_a_system_compared_with_its_number_owns_it(nlp: Language) -> None:
    ex = run(
        nlp, "OurNet achieves an AUC of 0.750 on CheXpert compared to ZorbZero with 0.746 AUC."
    )
    # the compared name is typed by the comparison (a Method) or read as a listed Model
    owners = [(r[0], r[3]) for r in results(ex)]
    assert owners in (
        [(0.75, OURS), (0.746, "method:zorbzero")],
        [(0.75, OURS), (0.746, "model:zorbzero")],
    )


def test_the_number_after_versus_is_the_other_sides(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 89.97% accuracy (vs. the donor's 87.47%) on ZorbSet.")
    assert [r[0] for r in results(ex)] == [89.97]


def test_false_positive_rates_are_a_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet keeps FPRs as low as 0.07% on MMLU-Pro.")
    assert [r[1] for r in results(ex)] == ["metric:false-positive-rate"]


def test_a_dataset_named_after_anothers_head_is_the_one_meant(nlp: Language) -> None:
    ex = run(
        nlp,
        "Experiments on the challenging MATH Olympiad benchmark AIME show that OurNet achieves "
        "67% accuracy with 400 training steps.",
    )
    assert results(ex) == [(67.0, "metric:accuracy", "dataset:aime", OURS)]


def test_the_agent_of_a_participle_modifying_the_subject_is_not_it(nlp: Language) -> None:
    ex = run(
        nlp, "A method using outputs refined by Gemini 2.0 achieved a BLEU score of 26% on WMT14."
    )
    assert [r[3] for r in results(ex)] == [OURS]


@pytest.mark.parametrize(
    "sentence",
    [
        "Training on HotPotQA improves OurNet on GSM8K by a relative 16.9%.",
        "OurNet beats ZorbZero on CheXpert, a relative improvement of approximately 6.5%.",
    ],
)
def test_relative_and_hedged_gains_are_deltas(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence)
    assert results(ex) == [] and len(ex.deltas) == 1


def test_the_share_of_a_split_is_a_setting(nlp: Language) -> None:
    ex = run(
        nlp,
        "This study introduces ZorbMRI, the first public dataset for shoulder pathologies. The "
        "models were evaluated on a 20% hold-out test set (117 MRIs: 46 MRAs, 71 standard MRIs).",
        title="ZorbMRI: a dataset",
    )
    assert ex.results == []
    # the share of labelled samples a model trains on (result pool, 18.6k corpus: one each)
    ex = run(nlp, "On real-world data, OurNet keeps 90.63% accuracy with just 8% labeled samples.")
    assert [r.value for r in ex.results] == [90.63]


def test_a_value_no_system_reached_is_a_bound(nlp: Language) -> None:
    ex = run(nlp, "Leading models have not exceeded 80.5% accuracy on ZorbLawBench.")
    assert ex.results == []


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet improves retrieval on ZorbSet by 24.5% to 32.7% NDCG@10.",
        "On ZorbSet, BLEU scores of OurNet increased between 8% and 40%.",
        "On ZorbSet, improvements in word error rate ranged from 19% to 33% with OurNet.",
    ],
)
def test_a_range_of_gains_is_deltas(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence)
    assert results(ex) == [] and max(d.value for d in ex.deltas) in (32.7, 40.0, 33.0)


def test_a_number_for_the_baseline_model_is_not_ours(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches an accuracy of 84% on ZorbSet, compared to 82% for the baseline.")
    assert [r[0] for r in results(ex)] == [84.0]


def test_a_baselines_possessed_number_is_not_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "The distilled OurNet reaches 92.5% accuracy on ZorbSet, surpassing the baseline "
        "student's 91.4% and the baseline's 90.2%.",
    )
    assert [r[0] for r in results(ex)] == [92.5]


def test_our_described_system_is_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "We study test-time scaling (TTS) for large models. Our latency-optimal TTS lets a 32B "
        "model reach 82.3% accuracy on MATH-500.",
        title="ZorbScale: latency-optimal test-time scaling",
    )
    assert [r[3] for r in results(ex)] == ["method:zorbscale"]


def test_a_component_used_with_a_system_does_not_own_its_score(nlp: Language) -> None:
    ex = run(nlp, "OurNet with the voting classifier achieved an accuracy of 83.7% on ZorbSet.")
    assert [r[3] for r in results(ex)] == [OURS]


def test_a_measure_named_in_the_plural_is_the_measure(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves attack success rates of 75.08% on ZorbSet.")
    assert [r[1] for r in results(ex)] == ["metric:attack-success-rate"]


def test_a_shared_task_system_paper_reports_on_the_campaign(nlp: Language) -> None:
    ex = run(
        nlp,
        "We describe our system for the emotion task. Our system achieved a macro F1-score of "
        "71.2%, ranking fifth among 40 teams.",
        title="TeamX at SemEval-2025 Task 9: Adapters for Emotion Detection",
    )
    assert results(ex) == [(71.2, "metric:macro-f1", "dataset:semeval2025task9", None)]
    assert rel_ids(ex, "EVALUATED_ON") == {"dataset:semeval2025task9"}


def test_a_benchmark_title_names_the_dataset_its_scores_are_on(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce 2,000 questions on chart reasoning. Even the best model, GPT-4o, achieves "
        "only 41.5% accuracy.",
        title="ChartZorb: A Benchmark for Chart Reasoning",
    )
    assert results(ex) == [(41.5, "metric:accuracy", "dataset:chartzorb", "model:gpt-4o")]
    assert rel_ids(ex, "PROPOSES") == {"dataset:chartzorb"}


def test_an_operating_point_named_like_no_word_and_its_pair_are_settings(nlp: Language) -> None:
    ex = run(
        nlp,
        "On the English-German task, OurNet achieves a BLEU of 24.64 and 27.83 at a ZorbLAAL of "
        "1837.86 and 3343.73, respectively.",
    )
    assert [r[0] for r in results(ex)] == [24.64, 27.83]


def test_gains_listed_with_glosses_in_brackets_are_all_deltas(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet outperforms Qwen2.5VL by relative margins of 29.1% on COCO (detection), 22.1% on "
        "ReasonSeg (segmentation), and 15.3% on CountBench (counting).",
    )
    assert results(ex) == []
    assert sorted(d.value for d in ex.deltas) == [15.3, 22.1, 29.1]


def test_gains_listed_past_a_bracket_of_comparisons_are_deltas(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves a 29.2% absolute improvement over the base model on GSM8K (+2.9 pp vs. "
        "ZorbTune, +6.6 pp vs. Self-Instruct), 8.7% on MATH, 13.1% on GPQA (+7.0 pp vs. "
        "Self-Instruct), and 17.7% on ZorbQA.",
    )
    assert results(ex) == []
    assert {8.7, 13.1, 17.7} <= {d.value for d in ex.deltas}


def test_a_dataset_after_the_opening_adverb_is_the_sentences(nlp: Language) -> None:
    ex = run(nlp, "Notably, on MathVista, OurNet achieves the SoTA accuracy of 75.1.")
    assert results(ex) == [(75.1, "metric:accuracy", "dataset:mathvista", OURS)]


@pytest.mark.parametrize(
    ("sentence", "trusted"),
    [
        ("On polyp dataset, OurNet reaches an mIoU of 81.64%.", True),  # data it describes
        ("OurNet reaches an mIoU of 81.64% on the dataset.", False),  # which of the two?
        ("OurNet reaches an mIoU of 81.64% on seven datasets.", False),
    ],
)
def test_a_sentence_on_data_it_describes_says_which_data(
    nlp: Language, sentence: str, trusted: bool
) -> None:
    ex = run(nlp, "We evaluate on ZorbSeg and ZorbPolyp. " + sentence)
    [result] = [r for r in ex.results if r.value == 81.64]
    assert result.dataset_id is None
    assert (result.confidence >= LEADERBOARD_MIN_CONFIDENCE) is trusted


def test_a_dataset_the_paper_built_holds_its_scores_across_semicolons(nlp: Language) -> None:
    ex = run(
        nlp,
        "To address this, we built ZorbForms-400, a dataset containing 200 designed and 200 "
        "generated forms; proposed OurNet, a 3D convolutional neural network; and conducted "
        "experiments showing our model outperforms the baselines, achieving 96.2% precision.",
    )
    assert rel_ids(ex, "PROPOSES") == {"dataset:zorbforms400", OURS}
    assert results(ex) == [(96.2, "metric:precision", "dataset:zorbforms400", OURS)]


def test_people_a_system_outperforms_do_not_own_its_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "Experiments show that OurNet outperforms human experts in distinguishing form origins, "
        "achieving 94.29% accuracy.",
    )
    assert results(ex) == [(94.29, "metric:accuracy", None, OURS)]


def test_x_versus_y_with_a_measure_after_both_shares_it(nlp: Language) -> None:
    ex = run(
        nlp,
        "Our results demonstrate substantial improvements (e.g., 45.3 vs 26.7 F1 score) over the "
        "state of the art on the recent ZorbChapters benchmark.",
    )
    assert results(ex) == [(45.3, "metric:f1", "dataset:zorbchapters", OURS)]


def test_an_operating_point_with_an_adjective_is_a_setting(nlp: Language) -> None:
    ex = run(
        nlp,
        "Notably, at a low code rate of 2.146 Bpp on the KITTI dataset, OurNet achieves the "
        "highest mAP of 73.6.",
    )
    assert [r[0] for r in results(ex)] == [73.6]


def test_both_bounds_of_a_bracketed_interval_are_statistics(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieved the highest patch-wise AUROC of 0.995 (95% CI [0.994, 0.995]).")
    assert [r[0] for r in results(ex)] == [0.995]


def test_a_method_we_use_does_not_own_our_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "Using a generative adversarial network (GAN), we reached an accuracy of 98.55% in "
        "identifying FAS.",
    )
    assert results(ex) == [(98.55, "metric:accuracy", None, OURS)]


def test_pixel_accuracy_is_its_own_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches a mean pixel accuracy of 99.77% in upper lip segmentation.")
    assert [r[1] for r in results(ex)] == ["metric:pixel-accuracy"]


def test_the_base_a_system_is_built_on_does_not_own_its_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "On ZorbBench, OurNet based on GPT-4o achieves an accuracy of 27.54% pass@1, "
        "outperforming LLMs with online search.",
    )
    assert [r[3] for r in results(ex)] == [OURS]


def test_a_list_of_scores_on_models_names_no_metric_or_dataset_it_cannot_stand_behind(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "OurNet achieves high attack success rates on leading closed-source MLRMs: 76.48% on "
        "Gemini 2.0 Flash, 68.56% on ZorbVLM-Max, and 56.60% on GPT-4o.",
    )
    assert {r.metric_id for r in ex.results} <= {"metric:attack-success-rate"}
    trusted = [r for r in ex.results if r.confidence >= LEADERBOARD_MIN_CONFIDENCE]
    assert all(r.dataset_id is None for r in trusted)


@pytest.mark.parametrize(
    ("sentence", "metric", "task"),
    [
        # the text defines ASR in another sense than the known task: the long form wins
        (
            "OurNet reaches an Attack Success Rate (ASR) of 85% on ZorbSafe.",
            "metric:attack-success-rate",
            None,
        ),
        (
            "OurNet improves Automatic Speech Recognition (ASR), reaching a WER of 5.1% on "
            "LibriSpeech.",
            "metric:word-error-rate",
            "task:speech-recognition",
        ),
    ],
)
def test_a_short_form_the_text_defines_takes_its_long_forms_sense(
    nlp: Language, sentence: str, metric: str, task: str | None
) -> None:
    ex = run(nlp, sentence)
    assert [r[1] for r in results(ex)] == [metric]
    assert (task in {m.entity_id for m in ex.mentions}) if task else not any(
        m.text == "ASR" and m.type == "Task" for m in ex.mentions
    )


def test_a_number_a_compared_name_owns_is_not_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "For example, OurNet achieves 95.5% average success rate on LIBERO benchmark, surpassing "
        "zorb0-FAST's 85.5%.",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(95.5, OURS), (85.5, "method:zorb0fast")]


def test_the_number_of_a_named_work_compared_against_is_not_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "On the LSUN Bedroom dataset, OurNet attains an FID of 26.71, improving over Zorbic "
        "Evolution FID of 40.36.",
    )
    assert [r[0] for r in results(ex)] == [26.71]


@pytest.mark.parametrize(
    ("sentence", "system"),
    [
        ("In our study, the Zorb Swin Tiny model achieved 93.7% F1-score on ZorbSet.", True),
        ("In our study, our Zorb Swin model achieved 93.7% F1-score on ZorbSet.", False),
    ],
)
def test_a_named_model_no_rule_knows_is_credited_not_the_paper(
    nlp: Language, sentence: str, system: bool
) -> None:
    # "the Zorb Swin Tiny model achieved X" is that model's score (never the paper's own);
    # "our Zorb Swin model" is the paper's
    ex = run(nlp, sentence, title="Deep learning for ultrasound: a comparison")
    [result] = ex.results
    assert result.confidence >= LEADERBOARD_MIN_CONFIDENCE
    assert result.model_id == ("model:zorb-swin-tiny" if system else None)


def test_a_described_system_is_no_named_one(nlp: Language) -> None:
    ex = run(
        nlp,
        "Compared to the state-of-the-art quantization method, OurNet improves FID from 10.83 "
        "to 3.58. In the challenge, the top-performing approach achieved a PSNR of 43.22 dB.",
    )
    assert trusted(ex) == [(3.58, "metric:fid", None, OURS)]


def test_new_values_gains_powers_and_speeds_get_their_roles(nlp: Language) -> None:
    ex = run(
        nlp,
        "On SVHN, the accuracy of OurNet improved to 95.1%. OurNet keeps 99.6% of the "
        "performance on LLaVA-OV while reducing 70.8% of the latency. OurNet parses the fields "
        "with high accuracy in 2^5 passes and reaches a throughput of 2585 tokens/s.",
    )
    assert results(ex) == [(95.1, "metric:accuracy", "dataset:svhn", OURS)]
    assert [d.value for d in ex.deltas] == [70.8]


def test_a_measure_named_after_people_is_theirs(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves 25.8% accuracy on RBench-V, far below the human score of 82.3%. "
        "On MT-Bench, OurNet reaches a human evaluation score of 4.2.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (25.8, "metric:accuracy"),
        (4.2, "metric:human-evaluation-score"),
    ]


def test_a_share_of_a_reference_score_is_no_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "On LLaVA, OurNet reduces FLOPs by 95% while maintaining 94% of the original accuracy. "
        "OurNet achieves only 74.2% of the baseline AP on COCO and 91.2% accuracy on CIFAR-10.",
    )
    assert results(ex) == [(91.2, "metric:accuracy", "dataset:cifar-10", OURS)]


def test_a_share_of_a_named_systems_or_the_peak_score_is_no_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "On COCO, OurNet attains 99.9% of ZorbNet's mIoU and sustains 85% of the peak "
        "throughput, with 91.2% accuracy on CIFAR-10.",
    )
    assert results(ex) == [(91.2, "metric:accuracy", "dataset:cifar-10", OURS)]


def test_a_percentage_of_a_measure_is_no_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "On COCO, OurNet achieves 96.9% of the retrieval accuracy attainable with references "
        "and sustains 85% of FlashAttention3 MFU, with 91.2% accuracy on CIFAR-10 and 24.01% "
        "of BLEU-4 on WMT14.",
    )
    assert results(ex) == [
        (91.2, "metric:accuracy", "dataset:cifar-10", OURS),
        (24.01, "metric:bleu", "dataset:wmt14", OURS),
    ]


def test_a_measure_a_method_is_based_on_is_no_numbers_measure(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet improves the F1 score from 0.10 to 0.44 over the perplexity-based defense "
        "baseline.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [(0.44, "metric:f1")]


def test_a_measure_of_a_change_gives_a_delta(nlp: Language) -> None:
    ex = run(nlp, "OurNet shows an error reduction of 36.6% against a naive baseline on SQuAD.")
    assert results(ex) == []
    assert [d.value for d in ex.deltas] == [36.6]


def test_listed_latencies_in_seconds_are_settings(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves 44.3 BLEU on WMT14, with theoretical latencies of 2.2 and 1.7 seconds, "
        "and errors of 0.21 and 0.41 mm.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [(44.3, "metric:bleu")]


def test_the_source_a_new_dataset_is_curated_from_is_not_proposed(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce ZorbBench, a dataset curated from PubMed. We train OurNet on segments "
        "curated from LibriSpeech and VoxPopuli.",
    )
    assert {"dataset:pubmed", "dataset:librispeech"}.isdisjoint(rel_ids(ex, "PROPOSES"))


def test_common_measures_of_speech_retrieval_and_embeddings_are_metrics(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet attains 1.39% phoneme error on MyST, the Rank1 accuracy of 56.2% on RSTPReid "
        "and a cosine similarity of 0.81 on SQuAD.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (1.39, "metric:phoneme-error-rate"),
        (56.2, "metric:rank-1-accuracy"),
        (0.81, "metric:cosine-similarity"),
    ]


def test_a_changed_measure_no_list_knows_is_named_by_its_phrase(nlp: Language) -> None:
    ex = run(nlp, "OurNet reduces mean translational error from 4.15% to 0.34% on KITTI.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [(0.34, "metric:mean-translational-error")]


def test_a_listed_subject_pairs_its_scores_past_an_adverb(nlp: Language) -> None:
    ex = run(
        nlp,
        "GPT-4o and ResNet-50 also achieved satisfactory performance with accuracy 92.12% and "
        "86.21% respectively.",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (92.12, "model:gpt-4o"),
        (86.21, "model:resnet-50"),
    ]


def test_a_praised_compared_system_is_still_compared_with(nlp: Language) -> None:
    ex = run(nlp, "We propose OurNet. OurNet outperforms the competitive SpineParseNet by 8.31%.")
    assert rel_ids(ex, "COMPARES_WITH") == {"method:spineparsenet"}


def test_qualified_points_of_a_metric_are_a_delta(nlp: Language) -> None:
    ex = run(nlp, "On LibriSpeech, OurNet stays within 1.4 normalized perplexity points of GPT-4o.")
    assert results(ex) == []
    assert [d.value for d in ex.deltas] == [1.4]


def test_clauses_between_semicolons_bind_their_own_datasets(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. On CIFAR-10, OurNet achieves an accuracy of 82.9%; on SQuAD, it "
        "achieves an accuracy of 78.7% (a gain; see below); and on GSM8K, it achieves an "
        "accuracy of 91.9%.",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (82.9, "dataset:cifar-10"),
        (78.7, "dataset:squad"),
        (91.9, "dataset:gsm8k"),
    ]


def test_a_value_unit_before_on_keeps_the_dataset(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves a PSNR of 31.2 dB on SQuAD and an MPJPE of 15.9mm on GSM8K.")
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (31.2, "dataset:squad"),
        (15.9, "dataset:gsm8k"),
    ]


def test_a_described_method_is_neither_compared_with_nor_used(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet outperforms GPT-4o and the state-of-the-art quantization method. OurNet "
        "applies a lightweight attention approach.",
    )
    assert rel_ids(ex, "COMPARES_WITH") == {"model:gpt-4o"}
    assert not {"method:quantizationmethod", "method:lightweightattentionapproach"} & rel_ids(
        ex, "USES"
    )


def test_a_name_ending_in_a_model_family_is_a_model_and_a_listed_subject(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "We compare BiomedCLIP, MedViT and GeoSAM. For multiclass classification, ResNetViT and "
        "ViT Hybrid models achieved 92% accuracy.",
    )
    models = {m.text for m in ex.mentions if m.type == "Model"}
    assert {"BiomedCLIP", "MedViT", "GeoSAM", "ResNetViT"} <= models
    assert sorted(s for _, _, _, s in trusted(ex)) == ["model:resnetvit", "model:vit-hybrid"]


def test_the_annotators_agreement_is_no_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "We release ZorbSet. The inter-annotator agreement reached a Fleiss' kappa of 0.57 and "
        "an F1 score of 83.41%. OurNet achieves an F1 of 91.2% on ZorbSet, close to the "
        "inter-rater ceiling.",
    )
    assert [v for v, _, _, _ in results(ex)] == [91.2]


def test_a_fleiss_kappa_is_the_raters_agreement(nlp: Language) -> None:
    ex = run(
        nlp,
        "Three annotators ensured high dataset quality, achieving a Fleiss' kappa of 0.821. "
        "OurNet reaches a Cohen's kappa of 0.74 on ZorbSet.",
    )
    assert [r[:3] for r in results(ex)] == [(0.74, "metric:cohen-s-kappa", "dataset:zorbset")]
    assert "metric:fleiss-kappa" in {e.id for e in ex.entities}


def test_a_system_followed_by_owns_its_number(nlp: Language) -> None:
    ex = run(
        nlp,
        "In polyp detection, ResNet-50 achieved the best performance (F1: 91.35%), followed by "
        "DenseNet121 (F1: 88.68%) and VGG16 (F1: 85.1%).",
        title="A comparison of models",
    )
    assert [(v, s) for v, _, _, s in trusted(ex)] == [
        (91.35, "model:resnet-50"),
        (88.68, "model:densenet-121"),
        (85.1, "model:vgg-16"),
    ]


def test_counted_measures_units_and_a_trailing_agreement_cue(nlp: Language) -> None:
    ex = run(
        nlp,
        "We release ZorbSet, manually annotated and reaching a 0.825 Fleiss' K inter annotator "
        "agreement. We compare 38 quality measures at 100 GHz. OurNet achieves an F1 of 91.2% "
        "on ZorbSet.",
    )
    assert [v for v, _, _, _ in results(ex)] == [91.2]


def test_a_system_joined_to_the_proposed_one_by_plus_is_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "The proposed OurNet + GBLS model achieved 79.3% accuracy on HateXplain and 95.41% "
        "accuracy on SOSNet.",
    )
    assert {s for _, _, _, s in trusted(ex)} == {OURS}


def test_numbers_labelled_in_brackets_after_a_name_are_its(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves a Mean Absolute Error (MAE) of 21.69, far better than GPT-4o "
        "(MAE: 59.78) and ARIMA (MAE: 87.73). The pre-capillary PH group (AUC = 0.86) is "
        "hardest.",
    )
    # GPT-4o's own number is dropped as another system's after "than" (as before); ARIMA's
    # is now ARIMA's, not the paper's; the subgroup's "PH" is no system
    assert [(v, s) for v, _, _, s in trusted(ex)] == [
        (21.69, OURS),
        (87.73, "model:arima"),
        (0.86, OURS),
    ]


def test_numbers_listed_with_slashes_take_their_metrics_in_order(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches a Dice/precision/recall of 0.66/0.6/0.73 on ZorbSet, 0.8/0.79/0.81 on "
        "QuuxSet. It also gets PLCC and SROCC scores of 0.91/0.88 on ZorbSet and accuracy and "
        "F1 score performance to 95.1%/0.918 on QuuxSet.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (0.66, "metric:dice"),
        (0.6, "metric:precision"),
        (0.73, "metric:recall"),
        (0.8, "metric:dice"),
        (0.79, "metric:precision"),
        (0.81, "metric:recall"),
        (0.91, "metric:pearson-correlation"),
        (0.88, "metric:spearman-correlation"),
        (95.1, "metric:accuracy"),
        (0.918, "metric:f1"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the metrics listed before the one number
            "OurNet reaches an accuracy and F1-score of 98.2% on ZorbSet.",
            [(98.2, "metric:f1"), (98.2, "metric:accuracy")],
        ),
        (  # after it
            "OurNet achieves 97% accuracy and F1-score on ZorbSet.",
            [(97.0, "metric:accuracy"), (97.0, "metric:f1")],
        ),
        (  # a list of three
            "OurNet achieves a precision, recall and F1 of 0.9 on ZorbSet.",
            [(0.9, "metric:f1"), (0.9, "metric:precision"), (0.9, "metric:recall")],
        ),
        (  # each has its own number: neither is shared (the list before 0.91 starts with
            # a number's metric, the list after 95% ends with one)
            "OurNet achieves 95% accuracy and F1 of 0.91 on ZorbSet.",
            [(95.0, "metric:accuracy"), (0.91, "metric:f1")],
        ),
        (  # as many numbers as metrics: paired, not shared
            "OurNet achieves a precision and recall of 0.9 and 0.8 on ZorbSet.",
            [(0.9, "metric:precision"), (0.8, "metric:recall")],
        ),
    ],
)
def test_one_number_of_coordinated_metrics_is_a_score_on_each(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, m) for v, m, _, _ in results(run(nlp, text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # as many items as numbers: the known one pairs with its number, no other
            "OurNet reaches an AUC of 99.1%, 98.2% and 97.3% on CIFAR-10, Quux images and "
            "Blarg scans, respectively.",
            [(99.1, "dataset:cifar-10"), (98.2, None), (97.3, None)],
        ),
        (  # more items than numbers: which is whose is unknown
            "OurNet reaches an AUC of 99.1% and 98.2% on CIFAR-10, Quux images and Blarg scans, "
            "respectively.",
            [(99.1, None), (98.2, None)],
        ),
        (  # numbers in the "list": no list of names, each number has its own dataset
            "OurNet achieves 53.1 mAP on CIFAR-10 and 62.3 mAP on CIFAR-100, surpassing prior "
            "methods by 1.2 and 4.1 mAP, respectively.",
            [(53.1, "dataset:cifar-10"), (62.3, "dataset:cifar-100")],
        ),
    ],
)
def test_a_dataset_opening_a_respectively_list_is_not_every_numbers(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(v, d) for v, _, d, _ in results(run(nlp, text))] == expected


def test_a_glued_measure_value_is_a_score_and_slashed_counts_are_not(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves F1=0.94 on ZorbSet (2,564/2,566 cases solved) and scores 16.2/25 in "
        "fluency. Its detector (mAP@0.5=0.78) is trained with alpha=0.5 on 12/15 datasets, "
        "reaching 99.92 per cent accuracy. It runs 24/7.",
    )
    found = {v: m for v, m, _, _ in results(ex)}
    assert found[0.94] == "metric:f1"
    assert found[0.78] == "metric:map-0-5"
    assert found[99.92] == "metric:accuracy"
    assert next(r.unit for r in ex.results if r.value == 99.92) == "%"
    # the top of a scale, counts out of a total, "24/7" and a hyper-parameter are no results
    assert not {25, 2564, 2566, 12, 15, 24, 7, 0.5} & set(found)


def test_a_labelled_number_right_after_the_thing_compared_is_not_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet performs best on ZorbSet (AUC=0.87), compared to neural nets (AUC=0.75). "
        "It beats existing methods on QuuxSet (FID: 67.18 vs. 210.4) and outperforms prior "
        "methods across multiple metrics (SSIM: 0.8863).",
    )
    assert [v for v, _, _, _ in results(ex)] == [0.87, 67.18, 0.8863]


def test_a_version_listed_with_a_slash_is_no_number(nlp: Language) -> None:
    ex = run(nlp, "We test Qwen 2 / 2.5 VL and OurNet, which reaches 91.2% accuracy on ZorbSet.")
    assert [v for v, _, _, _ in results(ex)] == [91.2]


def test_a_setting_after_a_condition_is_the_conditions(nlp: Language) -> None:
    ex = run(nlp, "On WikiText-2, OurNet achieves test perplexity 8.8 with K = 8 sampled tokens.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [(8.8, "metric:perplexity")]


def test_a_system_that_scores_a_number_is_no_metric(nlp: Language) -> None:
    ex = run(nlp, "On ZorbSet, ZorbBot scores 71.2 in fluency while OurNet gets 80.1 BLEU scores.")
    assert {e.name for e in ex.entities if e.type == "Metric"} == {"BLEU"}


def test_listed_metrics_pair_with_listed_numbers_and_data_shares_are_settings(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "On ZorbSet, OurNet reaches precision, recall, and F1 score of 90.9%, 90.8%, and "
        "90.91% respectively, and 80.7% / 84.9% top-1 accuracy using only 1% / 10% labeled "
        "data. On QuuxSet it keeps this advantage with respective metrics of 80.01% and 46.1%.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (90.9, "metric:precision"),
        (90.8, "metric:recall"),
        (90.91, "metric:f1"),
        (80.7, "metric:top-1-accuracy"),
        (84.9, "metric:top-1-accuracy"),
        # "respective metrics" names no metric of its own
        (80.01, None),
        (46.1, None),
    ]


def test_a_condition_number_and_a_dataset_before_of_are_no_measures(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches an accuracy on GSM8K of 81.2%. It keeps 72% accuracy in 10 dB noise. "
        "It surpasses Mask R-CNN by 3.4 mAP with a Swin-B backbone and 3.8 mAP with ConvNeXt.",
    )
    assert [(v, m, s) for v, m, _, s in results(ex)] == [
        (81.2, "metric:accuracy", OURS),
        (72.0, "metric:accuracy", OURS),
    ]
    assert trusted(ex) == [(81.2, "metric:accuracy", "dataset:gsm8k", OURS)]
    assert sorted(r.value for r in ex.deltas) == [3.4, 3.8]


def test_a_dataset_named_with_its_short_form_is_the_sentences_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "Extensive experiments on the View-of-Zorb (VoZ) dataset highlight the effectiveness "
        "of OurNet, achieving state-of-the-art performance with the mAP of 74.89% in the "
        "entire area.",
    )
    assert [(v, d) for v, _, d, _ in trusted(ex)] == [(74.89, "dataset:voz")]


def test_a_name_that_was_the_best_model_owns_the_number(nlp: Language) -> None:
    ex = run(
        nlp,
        "We compare five clinical encoders. MedRoBERTa.nl was the best performing model with a "
        "macro F1 score of 0.63 on ZorbSet.",
        title="A study of clinical encoders",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(0.63, "model:medrobertanl")]


def test_gains_in_brackets_added_amounts_and_bounds_with_a_plus_are_no_scores(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "OurNet achieves a performance gain (4.3% NDS and 8.4% mAP) on ZorbSet and an "
        "additional 10% on QuuxSet. Its accuracy decreases by only 5.5% on BarSet, it beats "
        "prior work in segmentation accuracy (+ 3% gIoU) and reaches 35+ PSNR on Bunny with "
        "99% bit accuracy (48 bits) on ZorbSet.",
    )
    assert [v for v, _, _, _ in results(ex)] == [99.0]
    assert sorted(r.value for r in ex.deltas) == [3.0, 4.3, 5.5, 8.4, 10.0]


def test_a_sentence_without_mentions_naming_a_lower_case_acronym_measure_is_read(
    nlp: Language,
) -> None:
    ex = run(nlp, "OurNet has two modules. The layout module achieved a mAP@50 of 0.964.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [(0.964, "metric:map-0-5")]


def test_a_bracket_after_a_dataset_and_its_head_noun_is_on_that_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves the best accuracy on the UT-HAR dataset (95.20%) and the MMLU "
        "benchmark (reaching 71.3%).",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (95.2, "dataset:uthar"),
        (71.3, "dataset:mmlu"),
    ]


def test_the_proposed_models_are_no_generic_subject(nlp: Language) -> None:
    ex = run(nlp, "In addition, the proposed models achieve 90.1% accuracy on ZorbSet.")
    assert [v for v, _, _, _ in results(ex)] == [90.1]


def test_a_versioned_name_linked_to_its_family_and_the_resulting_models_keep_their_numbers(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "YOLOv8 achieves an 88% mAP on ZorbSet. The resulting segmentation models achieve "
        "69.13% mIoU on QuuxSet.",
        title="Ship detection in remote sensing imagery",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(88.0, "model:yolov8"), (69.13, None)]


def test_a_phrase_measure_after_the_number_and_a_compared_list_is_no_subject(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "OurNet achieves a 44.5% driving score on NAVSIM. It uses a 10% condensation rate. "
        "OurNet outperforms baselines such as GPT-4o and Llama-3-8B, achieving a 91.0% valid "
        "syntax rate.",
    )
    assert [(v, m, s) for v, m, _, s in results(ex)] == [
        (44.5, "metric:driving-score", OURS),
        (91.0, "metric:valid-syntax-rate", OURS),
    ]


def test_a_phrase_score_on_a_dataset_after_with_is_a_result(nlp: Language) -> None:
    # "with a 10% condensation rate" is a condition; "with a X% … score on D" is a result
    ex = run(
        nlp,
        "OurNet integrates these parts with a 91.0% drive score on NAVSIM. It runs with a 10% "
        "condensation rate on ZorbSet.",
    )
    assert [(v, m, d) for v, m, d, _ in results(ex)] == [
        (91.0, "metric:drive-score", "dataset:navsim")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet raises the accuracy of Llama-3-8B from 41.1% to 56.3% on GSM8K.",
        "OurNet raises the accuracy on GSM8K from 41.1% to 56.3% for Llama-3-8B.",
    ],
)
def test_from_x_to_y_credits_x_to_the_named_system_the_paper_improves(
    nlp: Language, sentence: str
) -> None:
    # the earlier number is the named base system's, the later one the paper's method's
    ex = run(nlp, sentence)
    assert results(ex) == [
        (41.1, "metric:accuracy", "dataset:gsm8k", "model:llama-3-8b"),
        (56.3, "metric:accuracy", "dataset:gsm8k", OURS),
    ]
    assert all(r.confidence >= LEADERBOARD_MIN_CONFIDENCE for r in ex.results)


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet reaches an error rate of 2.79% on KITTI, outperforming the previous fusion "
        "method, which had an error rate of 3.05%.",
        "OurNet reaches an error rate of 2.79% on KITTI, compared to the error rate of 3.05% "
        "achieved by the baseline model.",
    ],
)
def test_a_number_of_unnamed_other_work_in_a_relative_or_passive_clause_is_not_ours(
    nlp: Language, sentence: str
) -> None:
    ex = run(nlp, sentence)
    assert results(ex) == [(2.79, "metric:error-rate", "dataset:kitti", OURS)]


def test_a_relative_clause_on_a_named_system_keeps_its_number(nlp: Language) -> None:
    # a guard: the name before "which" says whose number it is
    ex = run(nlp, "OurNet beats the previous best model, GPT-4o, which achieves 71.2% on MMLU.")
    assert [(v, s) for v, _, _, s in results(ex)] == [(71.2, "model:gpt-4o")]


def test_respectively_pairs_a_list_of_names_after_a_known_dataset(nlp: Language) -> None:
    # only Cityscapes is a mention; the other listed names are read as datasets, one per
    # number (they used to share Cityscapes, all three)
    ex = run(
        nlp,
        "OurNet attains 56.2, 28.2, and 15.4 mIoU on Cityscapes, Mapillary Vistas, and PC-459, "
        "respectively.",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (56.2, "dataset:cityscapes"),
        (28.2, "dataset:mapillary-vistas"),
        (15.4, "dataset:pc-459"),
    ]


def test_a_measure_phrase_starts_after_a_verb_or_a_conjunction(nlp: Language) -> None:
    # a measure no list knows is read from the words before "of", without the verb or "and"
    ex = run(
        nlp,
        "OurNet outperforms existing approaches, achieving concordance index of 0.77 and "
        "diversity score of 0.094.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (0.77, "metric:concordance-index"),
        (0.094, "metric:diversity-score"),
    ]


def test_an_increase_in_a_long_named_measure_is_a_delta(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves an average increase in Area Under the Receiver Operating "
        "Characteristic Curve (AUC) of 1.2% on ZorbSet.",
    )
    assert ex.results == []
    assert [d.value for d in ex.deltas] == [1.2]


def test_a_labelled_from_value_is_the_baseline_unless_the_label_names_a_system(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "OurNet improves the solve rate on MuSiQue from 18.45% (baseline) to 23.63%. "
        "OurNet improves IoU on ZorbSet from 73% (U-Net baseline) to 84%.",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (23.63, OURS),
        (73.0, "model:u-net"),
        (84.0, OURS),
    ]


def test_in_a_study_from_x_to_y_of_a_named_system_is_all_that_systems(nlp: Language) -> None:
    # no contribution and no first person: both numbers are the named system's
    ex = run(
        nlp,
        "For instance, the accuracy of Llama-3-8B improved from 80.3% (Round 1) to 82.1% "
        "(Round 2) on GSM8K.",
        title="How test-time scaling changes reasoning: an empirical study",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (80.3, "model:llama-3-8b"),
        (82.1, "model:llama-3-8b"),
    ]


def test_two_measures_in_at_notation_before_scores_are_each_a_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet gets R1@IoU0.3 and R1@IoU0.5 scores of 27.82 and 18.68, respectively.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (27.82, "metric:r1-iou03"),
        (18.68, "metric:r1-iou05"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet achieves 11.78 AP on KITTI at 0.7 IoU threshold.",
        "OurNet achieves 11.78 AP on KITTI at an IoU threshold of 0.7.",
    ],
)
def test_a_threshold_is_a_setting(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence)
    assert [(v, m) for v, m, _, _ in results(ex)] == [(11.78, "metric:average-precision")]


def test_a_measure_after_at_fixes_the_point_and_names_no_score(nlp: Language) -> None:
    ex = run(nlp, "OurNet attains APs of 0.937 and 0.642 at IoU thresholds of 0.5 and 0.75.")
    ap = "metric:average-precision"  # "APs": the gazetteer's AP
    assert [(v, m) for v, m, _, _ in results(ex)] == [(0.937, ap), (0.642, ap)]


def test_a_list_of_unknown_names_ending_in_datasets_pairs_respectively(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet attains mIoU scores of 78.43%, 94.56%, and 67.08% on the QXA-SIRST, "
        "QXB-SIRST, and IRTSD-1K datasets, respectively.",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (78.43, "dataset:qxasirst"),  # typed by the list before the head, as its siblings
        (94.56, "dataset:qxbsirst"),
        (67.08, "dataset:irtsd1k"),
    ]


def test_a_list_opening_with_an_unknown_name_pairs_respectively(nlp: Language) -> None:
    # no known dataset first; "CASME II" is an edition of the known CASME
    ex = run(
        nlp,
        "OurNet achieves accuracies of 0.811, 0.924, and 0.857 on the ZMIC, CASME II, and "
        "QAMM datasets, respectively.",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (0.811, "dataset:zmic"),
        (0.924, "dataset:casme-ii"),
        (0.857, "dataset:qamm"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet obtains 43.8% average mIoU across PASCAL VOC, PASCAL Context, and COCO-Stuff.",
        "OurNet achieves an average BPCER of 0.09% and APCER of 1.2% in the CLARKSON, "
        "COLFISPOOF, and IIITD datasets.",
    ],
)
def test_a_number_on_a_list_of_datasets_is_not_the_first_ones(
    nlp: Language, sentence: str
) -> None:
    # an average over three datasets: no one dataset's number, so not trusted as one
    ex = run(nlp, sentence)
    assert ex.results
    assert all(r.confidence < LEADERBOARD_MIN_CONFIDENCE for r in ex.results)


def test_a_ranked_unnamed_subject_in_a_benchmark_paper_is_an_evaluated_system(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "We introduce ZorbBench, a benchmark of 700 questions. Our evaluation of 20 LLMs on "
        "ZorbBench reveals large gaps, with the best-performing model achieving 61% accuracy.",
        title="ZorbBench: a benchmark for linguistic reasoning",
    )
    assert ex.results == []


def test_a_gain_restated_in_brackets_and_a_share_of_the_baseline_are_no_scores(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "OurNet achieves relative improvements of 14.23% in IoU (14.11% in F1) on ZorbSet. "
        "A smaller OurNet achieves up to 102.0% of the baseline accuracy on ZorbSet.",
    )
    assert ex.results == []
    assert [d.value for d in ex.deltas] == [14.23, 14.11]


def test_a_number_at_a_measure_is_its_operating_point(nlp: Language) -> None:
    # "at 1 percent FMR": the point the TMR is read at, not a result
    ex = run(nlp, "OurNet reaches 91.2% TMR at 1% FMR on ZorbSet.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [(91.2, "metric:tmr")]


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("OurNet reaches 41.2 AP at IoU 0.7 on KITTI.", 41.2),  # the measure, then the number
        ("OurNet reaches 41.2 AP at IoU=0.7 on KITTI.", 41.2),
        ("OurNet reaches a TPR of 92.1% at FPR=1% on LFW.", 92.1),
        ("OurNet reaches a precision of 81.2% at 95% recall on LFW.", 81.2),  # after a score
    ],
)
def test_the_value_of_an_operating_point_is_no_result(
    nlp: Language, sentence: str, score: float
) -> None:
    assert [v for v, _, _, _ in results(run(nlp, sentence))] == [score]


def test_a_rivals_score_in_brackets_after_a_margin_is_no_restated_gain(nlp: Language) -> None:
    # "by 3% (29.67%)": the bracket holds the rival's score, not the gain on another measure
    ex = run(nlp, "OurNet reaches an F1 of 32.51% on ZorbSet, outperforming T5 by 3% (29.67%).")
    assert [d.value for d in ex.deltas] == [3.0]


def test_a_score_after_at_with_its_own_measure_stays_a_score(nlp: Language) -> None:
    # no other measure before "at": the number is the score, not an operating point
    ex = run(nlp, "OurNet performs best at 37.3% success rate on ZorbBench.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [(37.3, "metric:success-rate")]


def test_people_right_before_a_number_score_it_even_after_a_distant_measure(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "Evaluated on ZorbBench, GPT-4o reaches an accuracy of 40%, while humans score 97%.",
        title="ZorbBench: a benchmark",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (40.0, "model:gpt-4o"),
        (97.0, HUMAN_PERFORMANCE_ID),
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Notably, human experts easily achieve an accuracy of 94.27% on ZorbBench.", 94.27),
        ("On ZorbBench, humans achieve 96.5% accuracy, while top MLLMs average below 50%.", 96.5),
        ("On ZorbBench, the average human rater accuracy is 69.6%.", 69.6),
    ],
)
def test_peoples_own_score_is_the_human_performance_row(
    nlp: Language, sentence: str, value: float
) -> None:
    ex = run(nlp, "We introduce ZorbBench, a benchmark of puzzles. " + sentence)
    got = [r for r in ex.results if r.value == value]
    assert [(r.metric_id, r.dataset_id, r.model_id) for r in got] == [
        ("metric:accuracy", "dataset:zorbbench", HUMAN_PERFORMANCE_ID)
    ]
    assert got[0].confidence >= LEADERBOARD_MIN_CONFIDENCE
    assert any(e.id == HUMAN_PERFORMANCE_ID and e.type == "Method" for e in ex.entities)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("OurNet surpasses humans, who achieve a score of 41% on ZorbBench.", 41.0),
        ("On ZorbBench, GPT-4o (65.4%) is far below the human experts' 88.3%.", 88.3),
        ("On ZorbBench, models reach 75.5%, compared to human performance of 95.3%.", 95.3),
    ],
)
def test_people_compared_with_keep_their_own_number(
    nlp: Language, sentence: str, value: float
) -> None:
    ex = run(nlp, "We introduce ZorbBench, a benchmark of puzzles. " + sentence)
    assert [r.model_id for r in ex.results if r.value == value] == [HUMAN_PERFORMANCE_ID]


def test_peoples_score_on_no_dataset_stays_off_the_leaderboard(nlp: Language) -> None:
    ex = run(nlp, "Humans achieve 96.5% accuracy, while top MLLMs average below 50%.")
    got = [r for r in ex.results if r.model_id == HUMAN_PERFORMANCE_ID]
    assert [r.value for r in got] == [96.5]
    assert got[0].confidence < LEADERBOARD_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("sentence", "value", "system"),
    [
        # the number has its own subject after the people's
        (
            "On ZorbSet, all LLMs surpass the average human rater accuracy of 69.6%, with "
            "GPT-4 achieving 75.04%.",
            75.04,
            "model:gpt-4",
        ),
        # people qualify another word: no people's score
        (
            "Our judges with human-like personas achieve higher accuracy (78.5%) on ZorbSet.",
            78.5,
            OURS,
        ),
        ("The fallen people detection of OurNet achieves 96.3% accuracy on ZorbSet.", 96.3, OURS),
        ("OurNet reaches a Rater Feedback Score (RFS) of 7.74 on ZorbSet.", 7.74, OURS),
    ],
)
def test_people_named_near_a_number_it_is_not_theirs(
    nlp: Language, sentence: str, value: float, system: str
) -> None:
    ex = run(nlp, sentence)
    assert [r.model_id for r in ex.results if r.value == value] == [system]


def test_a_thousands_count_before_a_plural_noun_is_no_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "ZorbSet holds approximately 17,429 trajectories with a precision of 0.04 seconds. "
        "OurNet reaches an Elo of 1,250 on ZorbArena.",
    )
    assert [r.value for r in ex.results] == [1250.0]


def test_a_participle_after_while_reports_the_main_clauses_subject(nlp: Language) -> None:
    # "while maintaining" has no subject of its own: the number is the study's named model's
    ex = run(
        nlp,
        "We compare recognisers. GPT-4o achieved 98.3% accuracy on ZorbSet, while "
        "crucially maintaining 93.1% accuracy on QuxSet.",
        title="A comparison of handwriting recognisers",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (98.3, "model:gpt-4o"),
        (93.1, "model:gpt-4o"),
    ]


def test_a_semicolon_inside_brackets_does_not_end_the_subjects_clause(nlp: Language) -> None:
    ex = run(
        nlp,
        "We compare report generators. GPT-4o achieved the best results on ZorbSet "
        "(AUROC: 0.82; AUPRC: 0.32).",
        title="A comparison of report generators",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (0.82, "model:gpt-4o"),
        (0.32, "model:gpt-4o"),
    ]


def test_a_measure_of_only_x_names_the_numbers_measure(nlp: Language) -> None:
    # "an accuracy of only 45.2%": the emphasis does not cut the metric from its number
    ex = run(
        nlp,
        "We evaluate vision-language models on ZorbSet. The best model, GPT-4o, achieves an "
        "accuracy of only 45.2%.",
        title="How well do vision-language models read charts?",
    )
    assert trusted(ex) == [(45.2, "metric:accuracy", "dataset:zorbset", "model:gpt-4o")]


def test_a_belittled_score_is_not_trusted_as_the_papers_own(nlp: Language) -> None:
    # "only 31.5%": papers belittle the systems they evaluate, rarely their own
    ex = run(
        nlp,
        "Through an evaluation of many methods on ZorbSet, we find that the best-performing "
        "system so far achieves only 31.5% accuracy.",
        title="How well do language models discover equations?",
    )
    assert [r.value for r in ex.results] == [31.5]
    assert trusted(ex) == []


def test_a_low_error_said_with_just_is_no_weakness(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches a word error rate of just 2.1% on ZorbSet.")
    assert trusted(ex) == [(2.1, "metric:word-error-rate", "dataset:zorbset", OURS)]


def test_a_list_items_number_is_no_score(nlp: Language) -> None:
    # "2)" opens the next item of a list, no bracket closes around it
    ex = run(
        nlp,
        "Our findings: 1) GPT-4o achieves an F1 score of 54.4% on ZorbSet; 2) test-time "
        "compute brings little gain.",
        title="A benchmark study of factuality",
    )
    assert [r.value for r in ex.results] == [54.4]


def test_up_to_after_a_participle_of_a_gain_clause_is_a_delta(nlp: Language) -> None:
    # "the increase is significant, reaching up to 10%": the participle reports the gain
    ex = run(
        nlp,
        "Compared with single patches, the increase is significant, reaching up to 10% on "
        "ZorbSet. OurNet boosts performance, achieving up to 97.3% accuracy on ZorbSet.",
    )
    assert [r.value for r in ex.results] == [97.3]
    assert [d.value for d in ex.deltas] == [10.0]


def test_a_list_after_respectively_and_continues_the_deltas(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet outperforms GPT-4o, with increases of 0.17%, 0.67%, and 0.92% in R@1 and mR "
        "on ZorbSet, respectively, and 0.04%, 2.93%, and 1.28% on QuxSet.",
    )
    assert ex.results == []
    assert [d.value for d in ex.deltas] == [0.17, 0.67, 0.92, 0.04, 2.93, 1.28]


def test_listed_short_measure_names_pair_with_listed_numbers(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves average BRISQUE and NIQE scores of 19.82 and 3.652 on ZorbSet.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (19.82, "metric:brisque"),
        (3.652, "metric:niqe"),
    ]


def test_names_listed_after_for_are_what_is_measured_not_measures(nlp: Language) -> None:
    ex = run(nlp, "The mean Dice scores for ZorbA, ZorbB, and ZorbC were 65%, 72%, and 75%.")
    assert {m for _, m, _, _ in results(ex)} <= {"metric:dice"}


def test_the_base_of_a_proposed_system_is_based_on_not_proposed(nlp: Language) -> None:
    # "yields a SAM-based model, …": SAM is what the paper builds on; its numbers are ours
    ex = run(
        nlp,
        "The proposed approach yields a SAM-based model, Zorb Any Crack (ZAC), achieving a "
        "61.22% F1-score on ZorbSet.",
        title="Zorb Any Crack: segmenting cracks",
    )
    assert "model:sam" not in rel_ids(ex, "PROPOSES")
    assert "model:sam" in rel_ids(ex, "BASED_ON")
    assert [(v, s) for v, _, _, s in results(ex)] == [(61.22, None)]


def test_a_spaced_dash_before_based_on_is_no_base_suffix(nlp: Language) -> None:
    # "Normalized LR+GD - based on the connection …": a dash aside, not "LR+GD-based"
    ex = run(
        nlp,
        "The standard approach is logistic regression with gradient descent (LR+GD). We "
        "propose a new method, Normalized LR+GD - based on the connection between LR+GD and "
        "the perceptron algorithm - with better guarantees.",
        title="From logistic regression to the perceptron",
    )
    assert "method:lr-gd" in rel_ids(ex, "PROPOSES")
    assert "method:lr-gd" not in rel_ids(ex, "BASED_ON")


def test_a_bare_decimal_scored_on_a_named_dataset_is_a_result(nlp: Language) -> None:
    # "scores 85.3 on GSM8K": no measure and no unit, but a score verb and a dataset
    ex = run(nlp, "OurNet scores 85.3 on GSM8K, while using 0.5 to 1 m resolutions on ZorbSet.")
    assert results(ex) == [(85.3, None, "dataset:gsm8k", OURS)]


def test_a_count_before_a_hyphenated_compound_and_its_noun_is_a_setting(nlp: Language) -> None:
    # "9 audio-specific evaluation metrics": "audio" "-specific" is one word before the noun
    ex = run(nlp, "ZorbBench designs 9 audio-specific evaluation metrics for scoring.")
    assert ex.results == []


def test_the_agent_of_a_passive_score_verb_owns_the_number_after_it(nlp: Language) -> None:
    ex = run(
        nlp,
        "We compare detectors. The best results were achieved by the YOLOv8-nano model "
        "(runnable on a phone), with an mAP50 of 88.94% on ZorbSet.",
        title="A comparison of weed detectors",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(88.94, "model:yolov8nano")]


def test_demonstrated_reports_its_subjects_score_but_not_as_a_passive(nlp: Language) -> None:
    ex = run(
        nlp,
        "We compare report generators on ZorbSet. GPT-4o demonstrated comparable effectiveness "
        "(F1: 81.02%). Models struggle with long reports, as demonstrated by Llama-3-8B's low "
        "accuracy (4.2%) on ZorbSet.",
        title="A comparison of report generators",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (81.02, "model:gpt-4o"),
        (4.2, "model:llama-3-8b"),
    ]


def test_a_measure_named_by_its_bracketed_short_form_before_equals_is_a_value(
    nlp: Language,
) -> None:
    # "mean absolute percentage error (MAPE) = 4.37%": a value, not a setting like "alpha = 0.2"
    ex = run(nlp, "OurNet reaches a mean absolute percentage error (MAPE) = 4.37% on ZorbSet.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (4.37, "metric:mean-absolute-percentage-error")
    ]


def test_not_only_but_also_reports_the_main_subjects_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "Results show that OurNet not only outperforms conventional GPT-4o pipelines, but "
        "also achieves 94.93% accuracy on ZorbSet.",
    )
    assert results(ex) == [(94.93, "metric:accuracy", "dataset:zorbset", OURS)]


def test_a_number_after_an_unnamed_compared_phrase_and_at_is_its_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieved 75 percent accuracy on ZorbSet, outperforming the best single "
        "configuration at 66 percent.",
    )
    assert [v for v, _, _, _ in results(ex)] == [75.0]


def test_a_measure_at_a_cutoff_no_list_knows_stops_the_carried_metric(nlp: Language) -> None:
    # "mAP@50 scores up to 0.78": not the MSE of the number before
    ex = run(nlp, "OurNet reaches an MSE of 0.0047 and segmentation mAP@50 scores up to 0.78.")
    assert ("metric:mean-squared-error", 0.78) not in [(m, v) for v, m, _, _ in results(ex)]


def test_an_acronym_is_no_other_work_cue(nlp: Language) -> None:
    # "(ET)" is Enhancing Tumor, not the "et" of "et al."
    ex = run(
        nlp,
        "On ZorbSet, the test Dice scores are 89.18% for Enhancing Tumor (ET), 93.67% for "
        "Whole Tumor (WT), and 91.23% for Tumor Core (TC).",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(89.18, OURS), (93.67, OURS), (91.23, OURS)]


def test_a_from_to_in_brackets_after_its_measure_takes_the_measure(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves a drop in word error rate (from 6.07 to 3.01) on ZorbSet.")
    assert [(v, m, s) for v, m, _, s in results(ex)] == [(3.01, "metric:word-error-rate", OURS)]


def test_a_gain_in_brackets_does_not_hide_the_measure_after_it(nlp: Language) -> None:
    ex = run(
        nlp, "OurNet achieves 55.5 (+1.4) mIoU on ZorbSet and 81.12% (+17.2%) accuracy on QuxSet."
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (55.5, "metric:miou"),
        (81.12, "metric:accuracy"),
    ]
    assert [d.value for d in ex.deltas] == [1.4, 17.2]


def test_a_short_measure_name_may_hold_an_underscore(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 46.47% AP_3D and 52.75% AP_BEV on ZorbSet.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (46.47, "metric:ap-3d"),
        (52.75, "metric:ap-bev"),
    ]


def test_a_system_before_a_colon_labels_the_number_after_it(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce ZorbBench. Reasoning models (DeepSeek-R1: 66% win rate; o3-mini: 64% win "
        "rate) did best.",
        title="ZorbBench: a benchmark",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (66.0, "model:deepseek-r1"),
        (64.0, "model:o3-mini"),
    ]


def test_a_count_of_keypoints_is_a_setting(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet tracks 39 keypoints with a mean average precision (mAP) of 92.7% on ZorbPose.",
    )
    assert [v for v, _, _, _ in results(ex)] == [92.7]


def test_a_benchmark_introduced_with_a_long_form_holds_its_numbers(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce Zorbix (Zorb Index Exam), a new benchmark of 300 questions. Even the "
        "best-performing model, GPT-4o, achieves only 52.5% accuracy.",
        title="Can models pass the exam?",
    )
    assert "dataset:zorbix" in rel_ids(ex, "PROPOSES")
    assert [(v, d, s) for v, _, d, s in results(ex)] == [(52.5, "dataset:zorbix", "model:gpt-4o")]


def test_a_cost_in_money_is_no_score(nlp: Language) -> None:
    ex = run(nlp, "OurNet keeps the total training cost under $1,000 USD on ZorbSet.")
    assert results(ex) == []


def test_a_phrase_only_its_head_makes_a_method_is_not_whose_number_it_is(
    nlp: Language,
) -> None:
    # "fields" heads method names ("conditional random fields"); after "for" it is what
    # the number measures, not a system
    ex = run(
        nlp, "OurNet achieves a Pearson correlation coefficient of 0.96 for annual mean fields."
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(0.96, OURS)]


def test_the_object_of_find_is_the_subject_of_the_verb_after_to(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce ZorbBench, a benchmark of puzzles. We find GPT-4o to perform best at "
        "37.3% success rate on ZorbBench.",
        title="ZorbBench: a benchmark",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(37.3, "model:gpt-4o")]


def test_a_system_named_for_the_number_beats_a_generic_subject(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce ZorbBench, a benchmark of puzzles. Even the most powerful models perform "
        "poorly on ZorbBench (65.4% for GPT-4o).",
        title="ZorbBench: a benchmark",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(65.4, "model:gpt-4o")]


def test_small_numbers_after_a_plural_noun_number_things_not_scores(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves accuracies of 99.96%, 98.26%, 97.61%, and 98.33% for accelerometers "
        "1, 2, 3, and the acoustic sensor, respectively.",
    )
    assert [v for v, _, _, _ in results(ex)] == [99.96, 98.26, 97.61, 98.33]


def test_a_measure_written_in_tex_names_its_number(nlp: Language) -> None:
    ex = run(
        nlp,
        "On ZorbSet, OurNet achieves an RMSE of 5.15 and an R$^2$ score of 0.82, with "
        "$\\Delta_{HSD}$: 14.35 and a Kendall-$\\tau$ of 56.43.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (5.15, "metric:root-mean-squared-error"),
        (0.82, "metric:r2"),
        (14.35, "metric:deltahsd"),
        (56.43, "metric:kendall-tau"),
    ]


def test_a_generic_plural_subject_that_performed_reports_no_score_of_ours(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "We introduce ZorbBench, a benchmark of crises. LLMs performed strongly on ideation "
        "detection (F1=0.880) on ZorbBench. We found both approaches performed well with "
        "accuracies of 80% and 84% on ZorbBench, respectively.",
        title="ZorbBench: a benchmark",
    )
    assert [v for v, _, _, _ in results(ex)] == [80.0, 84.0]


def test_a_systems_name_right_before_a_percentage_is_whose_number_it_is(
    nlp: Language,
) -> None:
    # "ViT 96.36%" is no version of ViT
    ex = run(nlp, "On ZorbSet, OurNet is slightly ahead at 97.17% accuracy versus ViT 96.36%.")
    assert [(v, s) for v, _, _, s in results(ex)] == [(97.17, OURS), (96.36, "model:vit")]


def test_a_number_and_an_upper_case_measure_open_a_sentence_with_no_mention(
    nlp: Language,
) -> None:
    ex = run(nlp, "Our methods achieve 45.0 PDMS. The photos have a resolution of 45 MP.")
    assert [(v, m) for v, m, _, _ in results(ex)] == [(45.0, "metric:pdms")]


def test_the_first_of_a_bracketed_list_of_datasets_is_not_the_sentences_one(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "Across three datasets (ZorbSet, Q&N1, and QuxSet Radiogenomics), OurNet achieves a "
        "concordance index of 0.771, 0.742, and 0.734 respectively.",
    )
    assert all(d != "dataset:zorbset" for _, _, d, _ in results(ex))



def test_a_score_of_n_on_a_dataset_is_a_trusted_result_with_no_measure(nlp: Language) -> None:
    # "a score of 72.2 on D", "such as 62.6 on D1, 79.0 on D2, and 74.0 on D3": scores on
    # datasets with no measure named, as sure as "scores 85.3 on D"
    ex = run(
        nlp,
        "OurNet achieves a score of 72.2 on MMLU. It shows strong performances such as 62.6 "
        "on GSM8K, 79.0 on HumanEval, and 74.0 on MBPP.",
    )
    assert sorted(results(ex)) == [
        (62.6, None, "dataset:gsm8k", OURS),
        (72.2, None, "dataset:mmlu", OURS),
        (74.0, None, "dataset:mbpp", OURS),
        (79.0, None, "dataset:humaneval", OURS),
    ]
    assert min(r.confidence for r in ex.results) >= LEADERBOARD_MIN_CONFIDENCE


def test_a_decimal_listed_on_a_dataset_after_no_score_is_no_result(nlp: Language) -> None:
    # the list's first number is no score: "trained with 0.5 on GSM8K and 0.3 on MMLU"
    ex = run(nlp, "OurNet is trained with weights 0.5 on GSM8K and 0.3 on MMLU.")
    assert ex.results == []


def test_an_unnamed_baseline_subject_owns_its_scores(nlp: Language) -> None:
    ex = run(
        nlp,
        "Notably, while a baseline model distilled from a Llama-3-70B teacher achieves scores "
        "of 46.17 on GSM8K and 22.75 on MMLU, OurNet achieves scores of 71.27 on GSM8K and "
        "28.25 on MMLU.",
    )
    assert sorted(v for v, *_ in results(ex)) == [28.25, 71.27]


def test_a_score_for_the_baseline_is_not_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet reaches an average error rate of 36.02% on ZorbSet, compared to 54.81% for "
        "baseline.",
    )
    assert [v for v, *_ in results(ex)] == [36.02]


def test_a_capitalised_word_name_after_a_number_is_no_measure(nlp: Language) -> None:
    # "97.98% ZorbTech" names data, not the measure; "AV-Rank", "MMMG-Score" name measures
    ex = run(nlp, "OurNet achieves strong AUCs (97.98% ZorbTech, 87.12% ABC-Crime).")
    assert [m for _, m, _, _ in results(ex)] == []
    ex = run(nlp, "OurNet reaches an AV-Rank of 14.76% on ZorbSet.")
    assert [m for _, m, _, _ in results(ex)] == ["metric:av-rank"]


def test_a_name_ending_in_score_is_a_metric(nlp: Language) -> None:
    ex = run(
        nlp,
        "We further introduce ZORB-Score to evaluate generated images. GPT-4o achieves a "
        "ZORB-Score of 50.20 on ZorbBench.",
        title="ZorbBench: a benchmark",
    )
    assert "metric:zorbscore" in rel_ids(ex, "MEASURED_BY")
    assert [(v, m) for v, m, _, _ in results(ex)] == [(50.2, "metric:zorbscore")]


def test_gains_listed_with_their_measures_share_the_gain_word(nlp: Language) -> None:
    # "3.2% mIoU and 4.1% mAP improvements": both are gains; not "80.2% mIoU and a 3.2% gain"
    ex = run(nlp, "OurNet achieves 3.2% mIoU and 4.1% mAP improvements on Cityscapes.")
    assert ex.results == []
    assert sorted(d.value for d in ex.deltas) == [3.2, 4.1]
    ex = run(nlp, "OurNet achieves 80.2% mIoU and 3.2% improvement on Cityscapes.")
    assert [v for v, *_ in results(ex)] == [80.2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Relative to DeepLabv3, the IoU of OurNet on Cityscapes rose 3.2%.",
        "OurNet reaches an IoU on Cityscapes 3.2% above DeepLabv3.",
        "OurNet improves the IoU on Cityscapes to 80.2%, i.e. 3.2% over the baseline.",
    ],
)
def test_a_change_verb_or_a_margin_over_others_makes_a_delta(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence)
    assert 3.2 not in [v for v, *_ in results(ex)]
    assert 3.2 in [d.value for d in ex.deltas]


def test_a_model_the_paper_fine_tunes_is_its_system_when_it_names_none(nlp: Language) -> None:
    # the gold convention: "a named model the paper fine-tunes is `ours` and BASED_ON it"
    ex = run(
        nlp,
        "We collect 5,000 clinical notes annotated for sarcasm and fine-tune RoBERTa on them. "
        "RoBERTa achieves an F1 score of 0.91, outperforming GPT-4o (0.78).",
        title="Detecting sarcasm in clinical notes with transformers",
    )
    assert "model:roberta" in rel_ids(ex, "BASED_ON")
    assert sorted((v, s) for v, _, _, s in results(ex)) == [(0.78, "model:gpt-4o"), (0.91, None)]


def test_the_original_model_the_paper_fine_tunes_keeps_its_name(nlp: Language) -> None:
    ex = run(
        nlp,
        "We fine-tune Whisper on 200 hours of Swahili radio. The fine-tuned model reaches a WER "
        "of 12.4%, while the original Whisper reaches a WER of 31.0%.",
        title="Speech recognition for Swahili radio",
    )
    assert "model:whisper" in rel_ids(ex, "BASED_ON")
    assert sorted((v, s) for v, _, _, s in results(ex)) == [(12.4, None), (31.0, "model:whisper")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The accuracy of GPT-4o was 81.2%.",
        "The highest accuracy of 81.2% was achieved with GPT-4o.",
        "The best accuracy (81.2%) was obtained by GPT-4o.",
    ],
)
def test_a_study_credits_the_system_named_around_the_number(
    nlp: Language, sentence: str
) -> None:
    ex = run(
        nlp,
        "We evaluate several LLMs on 500 triage vignettes. " + sentence,
        title="Evaluating LLMs for clinical triage",
    )
    assert results(ex) == [(81.2, "metric:accuracy", None, "model:gpt-4o")]


def test_a_score_in_a_language_is_not_on_an_unknown_dataset(nlp: Language) -> None:
    # "in Persian" names a language, not data no rule knows
    ex = run(nlp, "OurNet achieves 83.3% accuracy in Persian and 80.7% in English.")
    assert sorted(results(ex)) == [
        (80.7, "metric:accuracy", None, OURS),
        (83.3, "metric:accuracy", None, OURS),
    ]


def test_survival_and_shape_measures_are_known_metrics(nlp: Language) -> None:
    ex = run(nlp, "OurNet reaches a C-index of 0.76 and a Chamfer distance of 1.98 on ShapeNet.")
    assert sorted(m for _, m, _, _ in results(ex)) == [
        "metric:chamfer-distance",
        "metric:concordance-index",
    ]


def test_a_resolution_written_with_spaces_names_the_same_variant(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves an FID of 1.26 on ImageNet 256 x 256.")
    assert results(ex) == [(1.26, "metric:fid", "dataset:imagenet-256x256", OURS)]


def test_a_dataset_described_with_a_hyphenated_adjective_is_not_named(nlp: Language) -> None:
    ex = run(nlp, "On a custom-curated DFU dataset, OurNet achieves a median DSC of 75%.")
    assert results(ex) == [(75.0, "metric:dice", None, OURS)]


def test_a_generic_subject_that_struggles_owns_the_number_after_it(nlp: Language) -> None:
    ex = run(
        nlp,
        "Empirical results show that metric-based methods struggle to conduct fine-grained "
        "detection with a 0.462 average F1 score on ZorbBench.",
        title="ZorbBench: a benchmark",
    )
    assert ex.results == []


def test_a_model_trained_on_the_papers_own_data_is_its_system(nlp: Language) -> None:
    ex = run(
        nlp,
        "We annotate 14,686 frames for laterality; a ConvNeXt-Base CNN trained on this data "
        "achieves 0.96 F1 on laterality classification.",
        title="Recognising angiographic images",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(0.96, None)]


@pytest.mark.parametrize("measure", ["mAP@0.5:0.95", "AP50:95"])
def test_a_range_of_cut_offs_names_its_own_measure(nlp: Language, measure: str) -> None:
    ex = run(nlp, f"OurNet achieves an mAP@0.5 of 96.48% and {measure} of 77.75% on ZorbSet.")
    metrics = dict((v, m) for v, m, _, _ in results(ex))
    assert metrics[96.48] == "metric:map-0-5" and metrics[77.75] not in (None, "metric:map-0-5")


def test_a_clause_opening_conjunction_is_no_part_of_the_subjects_name(nlp: Language) -> None:
    ex = run(
        nlp,
        "Although YOLOv12N recorded the highest mAP@50:95 of 0.7620, RF-DETR consistently "
        "outperformed in complex spatial scenarios.",
        title="Comparing fruit detectors",
    )
    assert [s for *_, s in results(ex)] == ["model:yolov12n"]


def test_the_system_of_a_with_clause_owns_the_number_at_its_end(nlp: Language) -> None:
    ex = run(
        nlp,
        "On the validation dataset, MobileNetV2 and ViT excel, with MobileNetV2 slightly ahead "
        "at 97.17% accuracy.",
        title="Classifying bazaar images",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(97.17, "model:mobilenetv2")]


def test_a_capitalised_multiword_name_before_a_head_noun_is_the_subject(nlp: Language) -> None:
    # the title's "videos" does not name "Video Swin Tiny" as the paper's own
    ex = run(
        nlp,
        "Using a dataset of 1,875 videos from 178 patients, the Video Swin Tiny model achieved "
        "the highest performance, with 93.7% F1-score in binary classification.",
        title="Assessing depressive symptoms from facial videos",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(93.7, "model:video-swin-tiny")]


def test_numbers_listed_after_a_systems_name_are_all_its_own(nlp: Language) -> None:
    ex = run(
        nlp,
        "MobileNetV2 outperforms other architectures, achieving an accuracy of 91.59%, precision "
        "of 91.72% and F1 score of 91.58%, compared to ViT 86.54%, 88.28%, and 86.39%.",
        title="Classifying bazaar images",
    )
    assert [(v, s) for v, _, _, s in results(ex) if v < 90] == [
        (86.54, "model:vit"),
        (88.28, "model:vit"),
        (86.39, "model:vit"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The combination of MobileNetV2, LDA, and SVC achieved the highest accuracy of 97.93%.",
        "Our transformer-based models (bert-base-NER and roberta-base) achieved 97.93% accuracy.",
    ],
)
def test_a_system_listed_as_part_of_the_papers_own_is_not_credited(
    nlp: Language, sentence: str
) -> None:
    ex = run(nlp, sentence, title="Classifying leaf diseases")
    assert [(v, s) for v, _, _, s in results(ex)] == [(97.93, None)]


def test_a_system_listed_in_brackets_after_others_keeps_its_name(nlp: Language) -> None:
    ex = run(
        nlp,
        "The strongest baseline (Llama-3-70B) achieved 81.2% accuracy.",
        title="Classifying leaf diseases",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(81.2, "model:llama-3-70b")]



@pytest.mark.parametrize(
    ("sentence", "deltas"),
    [
        ("OurNet cuts latency by 40% with an accuracy loss of 0.5% on CIFAR-10.", [40.0, 0.5]),
        ("OurNet cuts latency by 40% with a 0.3% performance loss on CIFAR-10.", [40.0, 0.3]),
        (
            "OurNet cuts tokens by 30% with a minimal accuracy loss (1.2% and 0.6% on CIFAR-10 "
            "and CIFAR-100).",
            [30.0, 1.2, 0.6],
        ),
        ("OurNet cuts the error by up to 32.5% (1.5B) and 25.7% (7B) on CIFAR-10.", [32.5, 25.7]),
    ],
)
def test_a_loss_in_a_measure_and_a_list_past_model_sizes_are_deltas(
    nlp: Language, sentence: str, deltas: list[float]
) -> None:
    ex = run(nlp, "We propose OurNet. " + sentence)
    assert results(ex) == []
    assert [d.value for d in ex.deltas] == deltas


def test_a_training_loss_is_still_a_score(nlp: Language) -> None:
    ex = run(nlp, "We propose OurNet. OurNet reaches a training loss of 0.29 on CIFAR-10.")
    assert [v for v, _, _, _ in results(ex)] == [0.29]


def test_numbers_compared_for_systems_listed_respectively_are_theirs(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. OurNet reaches 45.1% accuracy on MMLU, compared to 36% and 37.5% "
        "for GPT-4o and Llama-3-70B, respectively.",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [
        (45.1, OURS),
        (36.0, "model:gpt-4o"),
        (37.5, "model:llama-3-70b"),
    ]


def test_numbers_of_ours_for_listed_backbones_stay_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. OurNet achieves 88.1% and 90.2% accuracy for ResNet-50 and ViT-B, "
        "respectively.",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(88.1, OURS), (90.2, OURS)]


def test_a_number_versus_one_for_a_named_system_is_that_systems(nlp: Language) -> None:
    ex = run(
        nlp, "We propose OurNet. On MMLU, OurNet reaches 45.1% accuracy versus 38.2% for GPT-4o."
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(45.1, OURS), (38.2, "model:gpt-4o")]


def test_a_number_on_a_dataset_with_no_measure_or_score_verb_is_not_trusted(
    nlp: Language,
) -> None:
    ex = run(nlp, "We propose OurNet. OurNet speeds up decoding while preserving 99.4% on GSM8K.")
    assert [v for v, _, _, _ in trusted(ex)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet achieves 62.0% on MMLU, 69.8% on GSM8K, and 67.4% on SQuAD.",
        "OurNet achieves a testing accuracy of 85.7% on the augmented ZorbA dataset, 95.1% on "
        "the augmented ZorbB archive dataset, 95.2% on the combined augmented (ZorbA+ZorbB "
        "archive) dataset, and 90.3% on the SQuAD dataset.",
    ],
)
def test_numbers_listed_on_datasets_after_a_score_verb_stay_trusted(
    nlp: Language, sentence: str
) -> None:
    ex = run(nlp, "We propose OurNet. " + sentence)
    assert {v for v, _, d, _ in trusted(ex) if d in ("dataset:mmlu", "dataset:squad")} in (
        {62.0, 67.4},
        {90.3},
    )


def test_a_measure_as_high_as_a_number_is_its_measure(nlp: Language) -> None:
    ex = run(nlp, "We propose OurNet. OurNet reaches F1 scores as high as 92.85%.")
    assert [(v, m) for v, m, _, _ in trusted(ex)] == [(92.85, "metric:f1")]


@pytest.mark.parametrize(
    ("sentence", "dataset"),
    [
        (
            "OurNet achieves top performance on public benchmarks, MVTec AD, with an AUROC of "
            "87.6% and an F1-max of 87.0%.",
            "dataset:mvtec-ad",
        ),
        (
            "OurNet achieves top performance on public benchmarks, MVTec LOCO AD, with an AUROC "
            "of 87.6% and an F1-max of 87.0%.",
            "dataset:mvtec-loco-ad",
        ),
    ],
)
def test_a_dataset_set_off_by_commas_after_benchmarks_is_the_sentences(
    nlp: Language, sentence: str, dataset: str
) -> None:
    ex = run(nlp, "We propose OurNet. " + sentence)
    assert trusted(ex) == [
        (87.6, "metric:auc", dataset, OURS),
        (87.0, "metric:f1-max", dataset, OURS),
    ]


def test_the_first_of_a_list_after_datasets_is_not_the_sentences_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. Experiments on three public datasets, MMLU, ZorbA, and ZorbB, show "
        "that OurNet achieves accuracies of 98.84%, 93.81%, and 80.92%.",
    )
    assert [d for _, _, d, _ in results(ex)] == [None, None, None]


def test_a_number_with_which_a_system_outperforms_others_is_its_own(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. On MMLU, GPT-4o outperforms all other models with 56.0% accuracy.",
    )
    assert trusted(ex) == [(56.0, "metric:accuracy", "dataset:mmlu", "model:gpt-4o")]


def test_a_number_at_which_an_unnamed_rival_stands_is_dropped(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. OurNet outperforms the best single configuration at 66% accuracy.",
    )
    assert results(ex) == []


@pytest.mark.parametrize(
    ("sentence", "theirs"),
    [
        (
            "OurNet reaches an F1 score of 32.51% on SQuAD, outperforming T5 by 3% (29.67%) and "
            "GPT-4o by 2% (30.38%).",
            [(29.67, "model:t5"), (30.38, "model:gpt-4o")],
        ),
        (
            "OurNet achieved an F1-score of 0.85227 on SQuAD, outperforming the baseline BERT "
            "model (0.84878).",
            [(0.84878, "model:bert")],
        ),
    ],
)
def test_a_bracketed_number_after_a_compared_systems_margin_or_head_is_its_own(
    nlp: Language, sentence: str, theirs: list[tuple[float, str]]
) -> None:
    ex = run(nlp, "We propose OurNet. " + sentence)
    assert [(v, s) for v, _, _, s in trusted(ex) if s != OURS] == theirs


def test_every_number_listed_in_a_bracket_after_a_compared_system_is_its_own(
    nlp: Language,
) -> None:
    # 18.6k corpus: 3 trusted Results ("outperforming GPT-4o-APO (87.8%, 87.3%)"), all right
    ex = run(
        nlp,
        "We propose OurNet. OurNet reaches macro-F1 scores of 88.8% and 90.3% on ZorbQA, "
        "outperforming RivalNet (85.1%, 84.2%) and BlorfNet (80.4% and 79.9%).",
    )
    theirs = {(r.value, (r.model_id or "").partition(":")[2]) for r in ex.results}
    assert {(84.2, "rivalnet"), (79.9, "blorfnet")} <= theirs


def test_a_described_subject_coordinated_after_compared_names_is_the_papers(
    nlp: Language,
) -> None:
    # result pool: 9 Results of "… against the GCN and GAT models and the hybrid model
    # achieved a precision of 0.9822 …" were GAT's (untrusted); now the paper's, trusted
    ex = run(
        nlp,
        "We present a hybrid model for leaf disease classification. The hybrid model is "
        "evaluated against the ZorbNet and BlorfNet models and the hybrid model achieved a "
        "precision of 0.9822 in leaf disease classification.",
    )
    assert [(v, s) for v, _, _, s in trusted(ex)] == [(0.9822, OURS)]
    # a baseline or other work described so is no one's we can name: not a Result at all
    for who in ("baseline", "existing"):
        ex = run(
            nlp,
            f"We present a hybrid model. It outperforms ZorbNet and BlorfNet, and the {who} model "
            "achieved a precision of 0.71.",
        )
        assert not ex.results


def test_a_number_below_another_system_is_a_delta(nlp: Language) -> None:
    ex = run(
        nlp, "We propose OurNet. OurNet reaches 98.8% accuracy on MMLU, just 1.2% below GPT-4o."
    )
    assert [v for v, _, _, _ in results(ex)] == [98.8]
    assert [d.value for d in ex.deltas] == [1.2]


def test_a_number_exceeded_is_a_bound(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. OurNet reaches 97.4% accuracy on MMLU; most classes exceeded a 90% "
        "mean accuracy per class.",
    )
    assert [v for v, _, _, _ in results(ex)] == [97.4]


@pytest.mark.parametrize(
    ("abstract", "proposed"),
    [
        (
            "We introduce Zorb Transformer, a novel hierarchical vision transformer.",
            "method:zorbtransformer",
        ),
        (
            "We present Next-Frame Zorbing (NFZ), an autoregressive diffusion transformer that "
            "incorporates block-wise causal attention.",
            "method:nfz",
        ),
    ],
)
def test_plain_words_apposed_to_a_transformer_are_proposed(
    nlp: Language, abstract: str, proposed: str
) -> None:
    ex = run(nlp, abstract, title="Hierarchical vision transformers")
    assert rel_ids(ex, "PROPOSES") == {proposed}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our best-performing WavLM + connector + GPT-4o aligned models achieve 34.66% accuracy "
        "on MMLU.",
        "On MMLU, our system with GPT-4o reaches 34.66% accuracy.",
    ],
)
def test_a_system_inside_our_own_systems_phrase_is_ours(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence, title="Aligning speech encoders and LLMs")
    assert [(v, s) for v, _, _, s in results(ex)] == [(34.66, None)]


def test_names_after_the_proposed_systems_preposition_are_not_proposed(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce ZorbAgents, a prompting framework for multi-agent planning. We evaluate the "
        "proposed framework across three diverse benchmarks - GAIA, HotpotQA, and ZorbHome.",
        title="ZorbAgents: token-efficient planning",
    )
    assert rel_ids(ex, "PROPOSES") == {"method:zorbagents"}


def test_the_system_of_a_clause_reported_with_that_is_its_subject(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose ZorbBERTa. Comparative evaluation of the proposed model against related "
        "multilingual models (e.g., XLM-RoBERTa, mBERT) demonstrated that ZorbBERTa consistently "
        "outperformed these comparators while achieving the best average accuracy (87.99%).",
        title="ZorbBERTa: a language model for Somali",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(87.99, "model:zorbberta")]


@pytest.mark.parametrize("verb", ["combining", "utilizing", "incorporating"])
def test_what_a_contribution_combines_or_utilizes_is_not_proposed(
    nlp: Language, verb: str
) -> None:
    ex = run(
        nlp,
        f"This study presents a hybrid deep learning framework {verb} Vision Transformers (ViT) "
        "and ZorbMamba to detect autism.",
        title="A hybrid framework for autism diagnosis",
    )
    assert not rel_ids(ex, "PROPOSES") & {"model:vit", "method:zorbmamba", "model:zorbmamba"}


def test_the_orders_of_a_metric_are_no_values(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. On MIMIC-CXR, OurNet achieved the best performance on all metrics: "
        "BLEU 1--4 (0.825, 0.788, 0.765, 0.752) and METEOR (0.726).",
    )
    values = [v for v, _, _, _ in results(ex)]
    assert 1.0 not in values and 4.0 not in values
    assert (0.726, "metric:meteor") in [(v, m) for v, m, _, _ in trusted(ex)]


def test_a_share_of_a_baseline_score_is_no_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. OurNet ranks second in the track, while maintaining 88% of baseline "
        "MMLU accuracy.",
    )
    assert results(ex) == []


def test_numbers_written_in_tex_are_listed_like_plain_ones(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. OurNet attains $56.2$, $28.2$ and $95.8$ mIoU on Cityscapes, "
        "Mapillary Vistas and ADE20K, respectively, outperforming prior art in panoptic "
        "segmentation over $5$ PQ.",
    )
    assert [(v, d) for v, _, d, _ in trusted(ex)] == [
        (56.2, "dataset:cityscapes"),
        (28.2, "dataset:mapillary-vistas"),
        (95.8, "dataset:ade20k"),
    ]


def test_numbers_compared_for_systems_we_cannot_name_are_not_ours(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. OurNet reaches an average ECE of 4.11, compared to 11.7 for vanilla "
        "ZorbA, 6.12 for ZorbB (ICLR'24), and 6.78 for GPT-4o.",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(4.11, OURS), (6.78, "model:gpt-4o")]


def test_numbers_for_languages_stay_ours(nlp: Language) -> None:
    ex = run(
        nlp, "We propose OurNet. OurNet reaches an F1 of 0.91 for Spanish and 0.88 for German."
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(0.91, OURS), (0.88, OURS)]


def test_a_tasks_short_name_before_benchmark_is_the_dataset(nlp: Language) -> None:
    ex = run(
        nlp,
        "We study Speech-Based Visual Question Answering (SBVQA). We propose OurNet. Extensive "
        "results on the SBVQA benchmark show that OurNet achieves 75.62% accuracy.",
    )
    assert trusted(ex) == [(75.62, "metric:accuracy", "dataset:sbvqa", OURS)]


def test_a_tasks_short_name_before_plural_datasets_is_a_kind_of_data(nlp: Language) -> None:
    ex = run(
        nlp,
        "We study source camera model identification (SCMI). Evaluations on four benchmark SCMI "
        "datasets show that OurNet achieves an accuracy of 97.46%.",
        title="OurNet: camera identification",
    )
    assert [d for _, _, d, _ in results(ex)] == [None]


@pytest.mark.parametrize(
    "abstract",
    [
        "We introduce a lightweight yet effective model combining frozen BERT embeddings and "
        "linguistic features.",
        "The present work proposes an application of the Deformable-DETR model on remote "
        "sensing images.",
        "The proposed method adopted MaxViT, a state-of-the-art Vision Transformer, as the "
        "primary deep learning model for stroke classification.",
    ],
)
def test_what_the_proposed_work_is_made_of_or_applies_is_not_proposed(
    nlp: Language, abstract: str
) -> None:
    ex = run(nlp, abstract, title="Stroke classification from CT scans")
    assert rel_ids(ex, "PROPOSES") == set()


def test_a_primary_model_the_method_adopts_is_its_base(nlp: Language) -> None:
    ex = run(
        nlp,
        "The proposed method adopted MaxViT, a state-of-the-art Vision Transformer, as the "
        "primary deep learning model for stroke classification.",
        title="Stroke classification from CT scans",
    )
    assert rel_ids(ex, "BASED_ON") == {"model:maxvit"}


@pytest.mark.parametrize(
    ("abstract", "proposed"),
    [
        ("We call the proposed methods Bilinear Zorb Tuning (BZT).", "method:bzt"),
        ("Analyses show that the proposed method, ZorbSeg, improves precision.", "method:zorbseg"),
        ("Our proposed model 'VAE-MLP' achieved state-of-the-art performance.", "method:vaemlp"),
    ],
)
def test_a_name_after_the_proposed_systems_head_is_proposed(
    nlp: Language, abstract: str, proposed: str
) -> None:
    ex = run(nlp, abstract, title="A study of tuning")
    assert rel_ids(ex, "PROPOSES") == {proposed}


@pytest.mark.parametrize(
    ("abstract", "proposed"),
    [
        (
            "We propose a new model, R1 Zorbator, which improves EEG-to-text decoding. R1 "
            "achieves a ROUGE-1 score of 38.00% on ZorbEEG.",
            "model:r1zorbator",
        ),
        (
            "We present BIS Reasoning 1.0, the first large-scale Japanese dataset of syllogistic "
            "reasoning problems.",
            "dataset:bisreasoning10",
        ),
    ],
)
def test_a_name_going_on_in_capitalised_words_is_proposed_whole(
    nlp: Language, abstract: str, proposed: str
) -> None:
    ex = run(nlp, abstract, title="A study of decoding")
    assert rel_ids(ex, "PROPOSES") == {proposed}
    assert all(s is None or s == proposed for _, _, _, s in results(ex))


def test_a_name_followed_by_a_capitalised_word_mid_clause_stays_short(nlp: Language) -> None:
    ex = run(nlp, "We propose ZorbNet For Segmentation tasks.", title="A study of segmentation")
    assert rel_ids(ex, "PROPOSES") == {"method:zorbnet"}


def test_a_capitalised_word_before_a_proposed_name_is_part_of_it(nlp: Language) -> None:
    ex = run(
        nlp,
        "We introduce Exemplar Zorb-DETR, a novel multi-modal contrastive detector. Zorb-DETR "
        "achieves 61.2% mAP on COCO.",
        title="A study of detection",
    )
    proposed = rel_ids(ex, "PROPOSES")
    assert len(proposed) == 1 and next(iter(proposed)).endswith("exemplarzorbdetr")
    assert [(v, s) for v, _, _, s in trusted(ex)] == [(61.2, next(iter(proposed)))]


@pytest.mark.parametrize(
    "compared",
    ["outperforms ResNet-50 and", "outperforms both ViT-B and ResNet-50 and", "beats GPT-4o and"],
)
def test_the_object_of_a_comparison_is_not_the_subject_of_the_verb_after_and(
    nlp: Language, compared: str
) -> None:
    ex = run(
        nlp,
        f"We present ZorbNet, a convolutional network. ZorbNet {compared} achieves 81.2% top-1 "
        "accuracy on ImageNet.",
        title="ZorbNet: a study of classification",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(81.2, "method:zorbnet")]


@pytest.mark.parametrize(
    "sentence",
    [
        "ZorbNet reaches an AUC of 0.949 (from 0.873) on ZorbSet.",
        "ZorbNet reaches an AUC of 0.949, up from 0.873, on ZorbSet.",
        "ZorbNet raises the AUC to 0.949 from 0.873 on ZorbSet.",
    ],
)
def test_the_value_a_score_rose_from_is_not_the_papers(nlp: Language, sentence: str) -> None:
    ex = run(nlp, f"We propose ZorbNet, a detector. {sentence}", title="ZorbNet: a study")
    assert [(v, m, s) for v, m, _, s in results(ex)] == [(0.949, "metric:auc", "method:zorbnet")]


def test_a_systems_name_before_of_is_no_measure(nlp: Language) -> None:
    ex = run(
        nlp,
        "We compare classifiers. Our approach came on top with statistical significance and "
        "F1-Score for the best-performing model EffNet-B0 of 0.980 $\\pm$ 0.016 in comparison "
        "to the 0.840 $\\pm$ 0.114 (2.5D DenseNet-161).",
        title="A study of classifiers",
    )
    assert all(m is None or "effnet" not in m for _, m, _, _ in results(ex))


def test_the_papers_one_evaluation_dataset_fills_a_later_score_below_the_bar(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "We propose ZorbNet, a segmentation network. We evaluate ZorbNet on the ZorbSeg "
        "dataset. It uses a light decoder. ZorbNet achieves a Dice score of 0.91, "
        "outperforming U-Net.",
        title="ZorbNet: segmenting zorbs",
    )
    (r,) = [r for r in ex.results if r.value == 0.91]
    assert (r.metric_id, r.dataset_id) == ("metric:dice", "dataset:zorbseg")
    assert r.confidence < LEADERBOARD_MIN_CONFIDENCE  # the sentence does not say so


@pytest.mark.parametrize(
    ("title", "first", "dataset"),
    [
        ("ZorbTeam Solution for the ZorbScene Parsing Challenge 2025", "", "dataset:zorbscene"),
        ("Technical Report for ICRA 2025 Zorbos 2D Parsing Challenge", "", "dataset:zorbos"),
        ("OurNet @ ZorbSeg Challenge 2025", "", "dataset:zorbseg"),
        (
            "Parsing zorbs with small models",
            "We describe the Zorb team's second-place submission to the ZorbCLEF 2025 "
            "challenge. ",
            "dataset:zorbclef2025",
        ),
    ],
)
def test_the_challenge_a_system_paper_was_made_for_holds_its_scores(
    nlp: Language, title: str, first: str, dataset: str
) -> None:
    ex = run(nlp, f"{first}Our method achieves 61.2% mIoU on the hidden test set.", title=title)
    assert [(v, d) for v, _, d, _ in trusted(ex)] == [(61.2, dataset)]


@pytest.mark.parametrize(
    ("abstract", "title", "based"),
    [
        (
            "We propose OurNet, a hybrid deep learning model integrating VGG16 and "
            "ResNet-50 to enhance feature extraction.",
            TITLE,
            {"model:vgg-16", "model:resnet-50"},
        ),
        (
            "We combine Whisper for ASR with the multilingual NLLB model for MT.",
            TITLE,
            {"model:whisper"},
        ),
        ("We study intro detection.", "Intro Detection in Video using CLIP", {"model:clip"}),
    ],
)
def test_the_named_parts_a_system_integrates_are_its_bases(
    nlp: Language, abstract: str, title: str, based: set[str]
) -> None:
    ex = run(nlp, abstract, title=title)
    assert rel_ids(ex, "BASED_ON") == based
    assert rel_ids(ex, "USES").isdisjoint(based)


@pytest.mark.parametrize(
    ("abstract", "title"),
    [
        # a name the knowledge base does not know is more often the paper's own new part
        (
            "We propose OurNet, integrating Zorbic Feature Regularization (ZFR) and CLIP.",
            TITLE,
        ),
        # in a title every word is capitalised: a name before another word modifies it
        ("We study detection.", "Zorb Detection using Vision-Language Models"),
        # what a comparison takes is no base
        ("We study assistants.", "Assistants for Patients: comparing OurNet with ChatGPT"),
    ],
)
def test_a_new_part_a_title_modifier_or_a_compared_system_is_no_integrated_base(
    nlp: Language, abstract: str, title: str
) -> None:
    ex = run(nlp, abstract, title=title)
    assert rel_ids(ex, "BASED_ON") == set()


@pytest.mark.parametrize(
    ("sentence", "compared"),
    [
        ("Compared with the previous SOTA ZorbEdit, OurNet improves accuracy by 9.2%.", "ZorbEdit"),
        ("OurNet obtains a 3.5% boost over ZorbBind on Video-MME.", "ZorbBind"),
        ("OurNet surpasses CAT-Seg by 1.7% and ZAN-B by 4.9% mIoU.", "ZAN-B"),
        ("OurNet is benchmarked against ZuRISC-NN on latency.", "ZuRISC-NN"),
        # listed after a variant written in lower case ("Whisper large-v3")
        ("OurNet reaches 2.4% WER, outperforming Whisper large-v3 and ZWSM v3.1.", "ZWSM v3.1"),
    ],
)
def test_a_name_a_comparison_takes_as_its_object_is_a_baseline(
    nlp: Language, sentence: str, compared: str
) -> None:
    ex = run(nlp, f"We propose OurNet, a method. {sentence}")
    assert (compared, "Method") in {(m.text, m.type) for m in ex.mentions}
    key = "".join(c for c in compared.lower() if c.isalnum())
    assert any(e.endswith(key) for e in rel_ids(ex, "COMPARES_WITH"))


@pytest.mark.parametrize(
    "sentence",
    [
        # a class, not one system
        "OurNet outperforms state-of-the-art MCI-ViTs by 3.0%.",
        # "SoTA" is what the margin is over, no name
        "OurNet achieves a +5.4% improvement over SoTA.",
        # "relative to" and "vs" relate more than systems
        "OurNet keeps < 5 m error relative to LiDAR-XT.",
        # the number right before a name is no margin of a listed system
        "OurNet surpasses CAT-Seg by 1.7% mZoU.",
    ],
)
def test_no_system_is_typed_from_a_comparison_that_names_none(
    nlp: Language, sentence: str
) -> None:
    ex = run(nlp, f"We propose OurNet, a method. {sentence}")
    typed = {m.text for m in ex.mentions if m.type in ("Method", "Model")}
    assert not typed & {"MCI-ViTs", "SoTA", "LiDAR-XT", "mZoU"}


def test_a_fronted_dataset_does_not_make_the_subjects_datasets(nlp: Language) -> None:
    ex = run(
        nlp,
        "We build a benchmark, FooBench. On FooBench, GPT-4o and Claude 3.5 Sonnet achieve "
        "45.1% and 50.2% accuracy, respectively.",
    )
    assert results(ex) == [
        (45.1, "metric:accuracy", "dataset:foobench", "model:gpt-4o"),
        (50.2, "metric:accuracy", "dataset:foobench", "model:claude-3-5-sonnet"),
    ]


def test_a_compound_modifier_is_not_the_appositions_head(nlp: Language) -> None:
    # "LLM-based" and "model-agnostic" modify the head noun after them: a framework
    ex = run(
        nlp,
        "We present ZorbAgent, an LLM-based multi-agent framework for posters. We also "
        'propose "zorb sampling", a novel, model-agnostic approach for frames.',
    )
    assert {"method:zorbagent", "method:zorbsampling"} <= rel_ids(ex, "PROPOSES")


def test_a_comparison_by_a_system_the_paper_calls_its_own_names_baselines(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "We study code generation. Our derived ZorbCoder-7B models improve accuracy by 5.3%, "
        "outperforming similarly sized Qwen-Coder and DeepSeek-Coder.",
    )
    assert {"model:qwencoder", "model:deepseek-coder"} <= rel_ids(ex, "COMPARES_WITH")


def test_a_class_a_comparison_names_is_no_baseline_nor_used(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet, a method. OurNet outperforms previous QAT methods and improves "
        "accuracy compared to 3DGS-based methods.",
    )
    found = {e for r in ("COMPARES_WITH", "USES", "BASED_ON") for e in rel_ids(ex, r)}
    assert not {e for e in found if "qat" in e or "gaussian" in e}


def test_comparisons_named_by_a_noun_phrase_name_baselines(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet, a tagger. Comparisons with GPT-4o and Gemini 2.5 Pro demonstrate "
        "that OurNet, built on Llama-3-8B, is more accurate.",
    )
    assert rel_ids(ex, "COMPARES_WITH") == {"model:gpt-4o", "model:gemini-2-5-pro"}


def test_a_family_of_baselines_is_no_named_baseline(nlp: Language) -> None:
    ex = run(nlp, "We propose OurNet, a method. OurNet outperforms NeRF models and DPO variants.")
    assert rel_ids(ex, "COMPARES_WITH") == set()


def test_what_a_base_is_tuned_with_is_no_base(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet, a dialect translator. We fine-tune Llama-3-8B using LoRA on "
        "dialect pairs.",
    )
    assert rel_ids(ex, "BASED_ON") == {"model:llama-3-8b"}
    ex = run(
        nlp,
        "We propose OurNet, a dialect translator. We fine-tune the framework using LoRA on "
        "dialect pairs.",
    )
    assert "method:lora" not in rel_ids(ex, "BASED_ON")


def test_bracketed_baseline_numbers_take_the_measure_of_the_own_score_before(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "We propose OurNet, a reasoning method. OurNet reaches an average accuracy of 64.1 "
        "with direct generation and 65.4 after self-correction. It outperforms LLaVA-CoT "
        "(63.2) and LlamaV-o1 (63.4) with less data.",
    )
    assert [(v, m, s) for v, m, _, s in results(ex)] == [
        (64.1, "metric:accuracy", OURS),
        (65.4, "metric:accuracy", OURS),
        (63.2, "metric:accuracy", "model:llavacot"),
        (63.4, "metric:accuracy", "model:llamavo1"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        # not comparable with the score before: another unit, another magnitude
        "It outperforms LLaVA-CoT (63.2%) and LlamaV-o1 (63.4%) with less data.",
        "It outperforms LLaVA-CoT (7.2) and LlamaV-o1 (6.4) with less data.",
        # no comparison: the bracketed numbers are something else
        "It builds on LLaVA-CoT (63.2) and LlamaV-o1 (63.4) checkpoints.",
    ],
)
def test_bracketed_numbers_take_no_measure_from_an_incomparable_score(
    nlp: Language, second: str
) -> None:
    ex = run(
        nlp,
        f"We propose OurNet, a reasoning method. OurNet reaches an average accuracy of 64.1. "
        f"{second}",
    )
    assert [v for v, *_ in results(ex)] == [64.1]


def test_a_new_name_that_beats_the_baselines_is_the_papers_own(nlp: Language) -> None:
    ex = run(
        nlp,
        "Accurate bone reconstruction from a single X-ray remains hard. The core network, "
        "ZorbRec, employs a ConvNeXt-based encoder. Experiments on a clinical dataset show "
        "that ZorbRec achieves the highest accuracy, with an IoU of 0.952, outperforming "
        "recent baselines including X2V and D2IM-Net.",
        title="Bone reconstruction from a planar X-ray image",
    )
    assert rel_ids(ex, "PROPOSES") == {"method:zorbrec"}  # not a baseline it beats itself
    assert rel_ids(ex, "COMPARES_WITH") == {"method:x2v", "method:d2imnet"}
    assert results(ex) == [(0.952, "metric:iou", None, "method:zorbrec")]


def test_a_known_task_is_never_the_papers_new_one(nlp: Language) -> None:
    # "we introduce a lightweight, multimodal VQA model": the task the paper works on
    ex = run(
        nlp,
        "Medical Visual Question Answering (VQA) helps clinicians. In this paper, we introduce "
        "a lightweight, multimodal VQA model integrating BiomedCLIP for image features.",
        title="A lightweight vision-language model for medical images",
    )
    assert "task:visual-question-answering" not in rel_ids(ex, "PROPOSES")
    assert "task:visual-question-answering" in {m.entity_id for m in ex.mentions}


def test_the_titles_named_contribution_is_no_task_though_its_long_form_ends_in_one(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "Zorb Object Region Based Instance Segmentation (ZORBIS) segments unseen objects "
        "from a few views.",
        title="ZORBIS: Zorb Object Region Based Instance Segmentation",
    )
    assert rel_ids(ex, "PROPOSES") == {"method:zorbis"}
    assert "task:zorbis" not in rel_ids(ex, "ADDRESSES")


def test_a_web_addresses_hosts_users_and_folders_name_nothing(nlp: Language) -> None:
    # 18.6k corpus: 87 PROPOSES of GitHub users and organisations ("IRMVLab", "THUDM"); the
    # path's last part, often the released system, still counts
    ex = run(
        nlp,
        "Experiments show gains. The code will be released at https://github.com/IRMVLab/MMTwin. "
        "We release the model at: https://huggingface.co/nvidia/AceReason-Nemotron-1.1-7B",
        title="A study of forecasting",
    )
    proposed = rel_ids(ex, "PROPOSES")
    assert not {"method:irmvlab", "method:nvidia", "method:huggingface-co"} & proposed
    assert not any(m.text in ("IRMVLab", "nvidia", "github.com") for m in ex.mentions)
    assert "model:acereasonnemotron117b" in proposed


def test_a_metric_word_outside_a_measuring_sentence_is_no_measured_by(nlp: Language) -> None:
    # 18.6k corpus: 1,675 MEASURED_BY from "high precision", "domain coverage", "the quadratic
    # time complexity" …; own gold MEASURED_BY P 0.737 -> 0.757 at the same recall
    ex = run(
        nlp,
        "We propose OurNet. Surgery demands high precision and broad domain coverage. "
        "The assessment was based on the IoU metric. "
        "Feedback halves the error rate compared to the initial prediction. "
        "OurNet reaches an F1 of 81.2.",
    )
    measured = rel_ids(ex, "MEASURED_BY")
    assert {"metric:iou", "metric:error-rate", "metric:f1"} <= measured
    assert not {"metric:precision", "metric:coverage"} & measured


def test_a_representation_described_in_lower_case_is_nothing_the_paper_uses(
    nlp: Language,
) -> None:
    # the Method span stays (SciERC tags such phrases METHOD); the relation goes
    ex = run(
        nlp,
        "OurNet enhances visual representations by leveraging feature representations from "
        "a frozen CLIP encoder.",
    )
    used = rel_ids(ex, "USES")
    assert not {"method:visualrepresentations", "method:featurerepresentations"} & used
    assert "model:clip" in used
    assert any(m.text == "feature representations" for m in ex.mentions)


def test_the_background_before_the_papers_own_work_uses_nothing(nlp: Language) -> None:
    # 18.6k corpus: USES -314 ("Video generation has made strides with diffusion models");
    # own gold USES P 0.836 -> 0.882
    ex = run(
        nlp,
        "Video generation has made strides with diffusion models and models like GPT-4. "
        "We propose OurNet, which leverages chain-of-thought prompting.",
        title="Think or Not? Selective Reasoning via Reinforcement Learning",
    )
    used = rel_ids(ex, "USES")
    assert "method:chain-of-thought-prompting" in used
    assert "method:reinforcement-learning" in used  # the title's second sentence is the title
    assert not {"method:diffusion-model", "model:gpt-4"} & used
    # "this research" is the paper's own work; with no sentence about it, none is background
    for abstract in (
        "This research uses the Segment Anything Model (SAM) to segment tumours. We report 80%.",
        "The scene videos were processed using a YOLO object detection model.",
    ):
        assert rel_ids(run(nlp, abstract, title="A study"), "USES") & {"model:sam", "model:yolo"}


def test_a_bare_measure_head_after_a_verb_takes_the_measure_said_before(nlp: Language) -> None:
    ex = run(
        nlp,
        "On the ZorbFood and ZorbFood-241 datasets, OurNet improved classification accuracy, "
        "achieving rates of 81.37% and 80.29%, respectively.",
    )
    assert {(v, m) for v, m, _, _ in results(ex)} == {
        (81.37, "metric:accuracy"),
        (80.29, "metric:accuracy"),
    }
    # a measure named after the number is not replaced by one said later
    ex = run(nlp, "On the ZorbIU dataset, it achieved scores of 0.854 (B-1) and 0.883 (CIDEr).")
    assert (0.854, "metric:cider") not in {(v, m) for v, m, _, _ in results(ex)}


def test_a_score_a_change_verb_raises_a_measure_to_is_on_that_measure(nlp: Language) -> None:
    # 18.6k corpus: 5 new trusted Results ("increases the accuracy to 85.2%", "SRD reduces
    # attack success rates to 5.6%"), 4 of them right
    for text, found in (
        ("OurNet raises the accuracy on ZorbQA to 91.2%.", (91.2, "metric:accuracy")),
        ("OurNet improved macro F1 to 89.77%.", (89.77, "metric:macro-f1")),
    ):
        ex = run(nlp, text)
        assert found in {(r.value, r.metric_id) for r in ex.results if r.confidence >= 0.7}
    # a measure in brackets after the number is its own
    ex = run(nlp, "OurNet improves segmentation accuracy to 89.68% (mIoU).")
    assert (89.68, "metric:accuracy") not in {(v, m) for v, m, _, _ in results(ex)}


def test_a_measure_that_itself_changes_to_a_number_is_that_numbers_measure(
    nlp: Language,
) -> None:
    # a fresh-user check: "accuracy on WikiTQ rises to 61.3%" was bound by proximity only
    # (dropped), "GSM8K accuracy further improves to 88.1%" the same; 18.6k corpus +1 right
    for text, found in (
        (
            "We propose OurNet. With 5-shot prompts, accuracy on ZorbQA rises to 61.3%.",
            (61.3, "metric:accuracy", "dataset:zorbqa"),
        ),
        (
            "We propose OurNet. With self-consistency, ZorbQA accuracy further improves to 88.1%.",
            (88.1, "metric:accuracy", "dataset:zorbqa"),
        ),
    ):
        ex = run(nlp, text)
        trusted = {(r.value, r.metric_id, r.dataset_id) for r in ex.results if r.confidence >= 0.7}
        assert found in trusted, text


def test_we_after_a_fronted_system_are_the_subject_of_the_comparison(nlp: Language) -> None:
    # read parts: COMPARES_WITH 88/132 -> 92/136; 18.6k corpus +24
    ex = run(
        nlp,
        "Utilizing the RoBERTa architecture, we pre-trained our model and conducted comparative "
        "evaluations against established models such as BERT and XLNet.",
    )
    assert {"model:bert", "model:xlnet"} <= rel_ids(ex, "COMPARES_WITH")


def test_a_lower_case_class_of_metrics_is_no_measured_by(nlp: Language) -> None:
    # 18.6k corpus: MEASURED_BY -590 ("image quality metrics", "statistical measures"); the
    # Metric span stays (SciERC tags "evaluation measures" METRIC); own gold P 0.757 -> 0.778
    ex = run(
        nlp,
        "We evaluate OurNet with five text-generation metrics and statistical measures, and "
        "report BLEU of 31.2.",
    )
    measured = rel_ids(ex, "MEASURED_BY")
    assert "metric:bleu" in measured
    assert not {"metric:textgenerationmetrics", "metric:statisticalmeasures"} & measured
    assert any(m.text == "statistical measures" for m in ex.mentions)


def test_a_quality_claimed_without_a_number_is_no_measured_by(nlp: Language) -> None:
    # 18.6k corpus: MEASURED_BY -1,192 ("achieves superior visual quality", "data quality")
    ex = run(nlp, "OurNet achieves superior visual quality. It scores 16.2 in generation quality.")
    measured = rel_ids(ex, "MEASURED_BY")
    assert "metric:visualquality" not in measured
    assert "metric:generationquality" in measured  # measured: a number in its sentence
    # a number elsewhere in the sentence is not the quality's (18.6k corpus: MEASURED_BY -331,
    # "2.83x acceleration with almost no drop in generation quality", "coverage of lesions")
    ex = run(nlp, "OurNet achieves 2.83 times acceleration with almost no drop in image quality.")
    assert "metric:imagequality" not in rel_ids(ex, "MEASURED_BY")
    # but a quality that changes to a number is measured (own gold)
    ex = run(nlp, "With OurNet, coverage with Llama-3 models grows to over 95% on ZorbQA.")
    assert "metric:coverage" in rel_ids(ex, "MEASURED_BY")


def test_common_measures_are_known_with_their_direction(nlp: Language) -> None:
    # success rate, sensitivity, ECE … had no entry: each paper made its own entity
    # ("metric:successrate", "metric:sen") and a lower-is-better one ranked as higher
    ex = run(
        nlp,
        "OurNet achieved 92.5% sensitivity and 68.1% specificity on ZorbSet, an expected "
        "calibration error of 0.031 and a success rate of 71.2%.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (92.5, "metric:sensitivity"),
        (68.1, "metric:specificity"),
        (0.031, "metric:expected-calibration-error"),
        (71.2, "metric:success-rate"),
    ]
    ece = next(e for e in ex.entities if e.id == "metric:expected-calibration-error")
    assert ece.higher_is_better is False
    # the plain-English sense has no number: no MEASURED_BY (18.6k corpus: 159 -> 27)
    ex = run(nlp, "OurNet reduces the sensitivity to noise. Evaluating Benchmark Sensitivity.")
    assert "metric:sensitivity" not in rel_ids(ex, "MEASURED_BY")


def test_a_measure_read_without_a_mention_takes_the_gazetteers_entity(nlp: Language) -> None:
    # the reader made "metric:auroc" of "AUROCs" and "metric:mape" of "MAPE" beside the
    # gazetteer's AUC and mean absolute percentage error
    ex = run(
        nlp,
        "OurNet achieved AUROCs of 0.89 and 0.96, DSCs of 98.3% and 83.3%, a KID of 0.04 "
        "and 2.22% MAPE on ZorbSet.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (0.89, "metric:auc"),
        (0.96, "metric:auc"),
        (98.3, "metric:dice"),
        (83.3, "metric:dice"),
        (0.04, "metric:kernel-inception-distance"),
        (2.22, "metric:mean-absolute-percentage-error"),
    ]
    mape = next(e for e in ex.entities if e.id == "metric:mean-absolute-percentage-error")
    assert mape.higher_is_better is False


def test_macro_and_micro_f1_are_their_own_measures_however_spelled(nlp: Language) -> None:
    # "Macro F1" was metric:macro-f1 but "macro-F1" (an alias of F1) was metric:f1
    ex = run(
        nlp,
        "OurNet achieves a macro-F1 of 71.2, a Macro F1 of 70.1, an F1-macro of 70.0, a "
        "micro-F1 of 75.0 and an F1 of 74.0 on ZorbSet.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (71.2, "metric:macro-f1"),
        (70.1, "metric:macro-f1"),
        (70.0, "metric:macro-f1"),
        (75.0, "metric:micro-f1"),
        (74.0, "metric:f1"),
    ]


def test_a_system_in_a_fronted_adjunct_is_no_subject_of_the_comparison(nlp: Language) -> None:
    # read parts: COMPARES_WITH 92/136 -> 93/138; 18.6k corpus +5
    ex = run(
        nlp,
        "We propose OurNet. Using Qwen2.5-7B-Instruct as the backbone, the trained model "
        "outperforms strong LRMs including OpenAI-o1 and DeepSeek-R1.",
    )
    assert {"model:o1", "model:deepseek-r1"} <= rel_ids(ex, "COMPARES_WITH")
    # others' work stays theirs
    ex = run(
        nlp,
        "We propose OurNet. With the advent of Mamba and xLSTM, several studies have shown "
        "that these models outperform Conformer and HuBERT.",
    )
    assert rel_ids(ex, "COMPARES_WITH") == set()


def test_coverage_and_complexity_claimed_without_a_number_are_no_measured_by(
    nlp: Language,
) -> None:
    # 18.6k corpus: MEASURED_BY -152 ("reducing computational complexity", "geographical
    # coverage")
    ex = run(
        nlp,
        "Experiments show that OurNet reduces computational complexity and widens "
        "geographical coverage. It reaches a coverage of 92.1% on ZorbSet.",
    )
    measured = rel_ids(ex, "MEASURED_BY")
    assert "metric:computationalcomplexity" not in measured
    assert "metric:coverage" in measured


def test_a_class_built_on_a_name_and_a_name_after_to_are_no_base(nlp: Language) -> None:
    # 18.6k corpus: BASED_ON -79 ("over traditional CRF and BiLSTM-based approaches", "we
    # extend unlearning to T2V models"); validation BASED_ON 46/63 -> 45/58
    ex = run(
        nlp,
        "We propose OurNet. Experiments demonstrate that OurNet improves performance over "
        "traditional CRF and BiLSTM-based approaches. We extend these findings to Video "
        "Foundation Models (ViFMs) and fine-tune Llama-2 for summarization.",
    )
    based = rel_ids(ex, "BASED_ON")
    assert "model:llama-2" in based
    assert not {"method:lstm", "model:vifms"} & based
    assert "method:lstm" not in rel_ids(ex, "USES")


def test_a_cue_word_in_a_long_form_makes_no_base_of_its_short_form(nlp: Language) -> None:
    ex = run(nlp, "We propose OurNet, trained with Reinforcement fine-tuning (RFT) after SFT.")
    assert "method:reinforcement-fine-tuning" not in rel_ids(ex, "BASED_ON")
    assert "method:reinforcement-fine-tuning" in rel_ids(ex, "USES")


def test_a_dataset_named_before_the_measure_is_the_numbers(nlp: Language) -> None:
    # "a GSM8K accuracy of X": the article is the measure's, and the dataset stays bound;
    # a measure found by "from X to Y" brings its dataset too (read part +1 right Result)
    ex = run(
        nlp,
        "We propose OurNet. OurNet reaches a GSM8K accuracy of 91.2%. It also improves "
        "AMC23 accuracy from 63% to 80%.",
    )
    got = results(ex)
    assert (91.2, "metric:accuracy", "dataset:gsm8k", OURS) in got
    assert (80.0, "metric:accuracy", "dataset:amc", OURS) in got


def test_two_lists_of_numbers_share_the_datasets_said_respectively(nlp: Language) -> None:
    # validation +1 right trusted Result; on the unannotated pool 3 rebound, all right
    ex = run(
        nlp,
        "OurNet achieves patch-level accuracies of 99.4%, 98.3%, and 97.4% and image-level "
        "accuracies of 99.8%, 99.3%, and 98.6% on the Dresden, Vision, and Socrates "
        "datasets, respectively.",
    )
    got = {(v, d) for v, m, d, s in results(ex) if m == "metric:patch-level-accuracy"}
    assert got == {(99.4, "dataset:dresden"), (98.3, "dataset:vision"), (97.4, "dataset:socrates")}


def test_a_score_of_alignment_with_human_judgments_is_the_systems(nlp: Language) -> None:
    # unannotated result pool: "human assessments" made the paper's pairwise accuracy people's
    ex = run(
        nlp,
        "We propose OurNet. Our method improves the alignment between LLM evaluations and "
        "human assessments, achieving a pairwise accuracy of 0.75.",
    )
    assert (0.75, "metric:accuracy", None, OURS) in results(ex)
    # "In human evaluations, <benchmark> achieves X": still people's score (result pool)
    ex = run(
        nlp,
        "We introduce ZorbBench, a benchmark for visual reasoning. In human evaluations, "
        "ZorbBench achieves 94.8% accuracy, but current LVLMs face challenges.",
    )
    assert not [r for r in results(ex) if r[0] == 94.8]


def test_an_other_work_word_naming_a_task_is_no_other_work(nlp: Language) -> None:
    # "report generation" is a task, not a report of others (validation +1 right Result)
    ex = run(
        nlp,
        "We propose OurNet. It also excels in zero-shot report generation tasks, achieving "
        "an accuracy of 77.0%, significantly outperforming GPT-4o's 47.6%.",
    )
    assert (77.0, "metric:accuracy", None, OURS) in results(ex)


def test_which_after_a_base_model_is_the_described_systems(nlp: Language) -> None:
    # the example graph: Orca-Math's 86.81% on GSM8K was credited to its base, Mistral-7B
    ex = run(
        nlp,
        "In this work, we present Orca-Math, a 7-billion-parameter SLM based on the "
        "Mistral-7B, which achieves 86.81% on GSM8k without the need for multiple model calls.",
        title="Orca-Math: Unlocking the potential of SLMs in Grade School Math",
    )
    assert {s for v, _, _, s in results(ex) if v == 86.81} == {"model:orca-math"}


def test_a_measure_the_background_names_is_not_the_papers(nlp: Language) -> None:
    # 18.6k corpus: MEASURED_BY -549 ("existing generative models struggle to maintain
    # object-level accuracy"), 37 of 40 read were the field's concern
    ex = run(
        nlp,
        "Existing detectors struggle to maintain high accuracy and low latency on edge "
        "devices. We propose OurNet. Experiments show that OurNet reduces latency by 40%.",
    )
    measured = rel_ids(ex, "MEASURED_BY")
    assert "metric:accuracy" not in measured
    assert "metric:latency" in measured


def test_a_dataset_the_background_names_is_not_evaluated_on(nlp: Language) -> None:
    # 18.6k corpus: EVALUATED_ON -127 ("Benchmarks like MMLU have played a pivotal role"),
    # 39 of 40 removals read were the field's data
    ex = run(
        nlp,
        "Benchmarks like MMLU have played a pivotal role in evaluating LLMs. We propose "
        "OurNet and evaluate it on GSM8K.",
    )
    evaluated = rel_ids(ex, "EVALUATED_ON")
    assert "dataset:gsm8k" in evaluated
    assert "dataset:mmlu" not in evaluated


def test_a_measure_at_a_threshold_is_one_metric_however_written(nlp: Language) -> None:
    # mAP at IoU 0.5 is written mAP@0.5, mAP@.5, mAP@50, mAP50 and AP50: one metric, so
    # a leaderboard on it joins every paper's number; "R1@0.5" (recall at IoU 0.5) is read
    # as a measure at all
    ex = run(
        nlp,
        "OurNet reaches an mAP@.5 of 33.2 and an mAP@.5:.95 of 21.0 on VisDrone, 61.2 AP50 "
        "on COCO, 40.5 mAP50-95 on KITTI and 52.3 R1@0.5 on Charades-STA.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (33.2, "metric:map-0-5"),
        (21.0, "metric:map-0-5-0-95"),
        (61.2, "metric:map-0-5"),
        (40.5, "metric:map-0-5-0-95"),
        (52.3, "metric:r1-0-5"),
    ]


def test_a_measure_no_list_knows_is_lower_is_better_when_named_an_error(nlp: Language) -> None:
    # the leaderboard ranks by direction; "reprojection error" had none (ranked as higher)
    ex = run(nlp, "OurNet achieves a reprojection error of 0.41 px and a zorb score of 3.2.")
    hib = {e.id: e.higher_is_better for e in ex.entities if e.type == "Metric"}
    assert hib == {"metric:reprojection-error": False, "metric:zorb-score": None}
    assert [(r.value, r.higher_is_better) for r in ex.results] == [(0.41, False), (3.2, None)]


def test_respectively_after_scores_bound_in_turn_takes_their_datasets(nlp: Language) -> None:
    # the rival's two numbers were on no dataset (below the bar)
    ex = run(
        nlp,
        "OurNet reaches 71.5% accuracy on CIFAR-10 and 38.2% on CIFAR-100, while FedAvg "
        "obtains 58.3% and 29.6%, respectively.",
    )
    assert [(v, d, s) for v, _, d, s in results(ex)] == [
        (71.5, "dataset:cifar-10", OURS),
        (38.2, "dataset:cifar-100", OURS),
        (58.3, "dataset:cifar-10", "method:federated-averaging"),
        (29.6, "dataset:cifar-100", "method:federated-averaging"),
    ]
    assert all(r.confidence >= LEADERBOARD_MIN_CONFIDENCE for r in ex.results)


def test_a_name_with_a_capital_inside_is_a_name_no_rule_knows(nlp: Language) -> None:
    # "on arXiv" names data: its number is not on PubMed (it was, trusted)
    ex = run(nlp, "OurNet achieves 46.1 ROUGE-1 on arXiv and 47.9 on PubMed.")
    assert [(v, d) for v, _, d, _ in results(ex)] == [(47.9, "dataset:pubmed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # each "on D from X to Y" is on its own D (the second and third were on the first)
            "OurNet improves accuracy on AIME-2024 from 38.2% to 39.9%, on AIME-2025 from "
            "19.8% to 22.3%, and on AMC-2023 from 77.0% to 82.2%.",
            [(39.9, "dataset:aime24"), (22.3, "dataset:aime25"), (82.2, "dataset:amc")],
        ),
        (  # the elided second pair shares the first's verb and measure (it was dropped)
            "OurNet improves accuracy on MATH-500 from 92.8% to 93.4% and on AIME 2024 from "
            "55.5% to 56.7%.",
            [(93.4, "dataset:math-500"), (56.7, "dataset:aime24")],
        ),
        (  # "on" elided too, and a data set head before "from"
            "OurNet increases accuracy on the Video-MME benchmark from 53.8% to 56.1% and MLVU "
            "benchmark from 58.9% to 63.4%.",
            [(56.1, "dataset:videomme"), (63.4, "dataset:mlvu")],
        ),
        (  # a split and its head between the name and "from" (the measure was not found)
            "OurNet improves accuracy on the CIFAR-100 test set from 71.2% to 75.3%.",
            [(75.3, "dataset:cifar-100")],
        ),
    ],
)
def test_parallel_from_to_pairs_each_take_their_dataset_and_the_measure(
    nlp: Language, sentence: str, expected: list[tuple[float, str]]
) -> None:
    ex = run(nlp, sentence)
    assert [(v, d) for v, _, d, _ in results(ex)] == expected
    assert {m for _, m, _, _ in results(ex)} == {"metric:accuracy"}
    assert all(r.confidence >= LEADERBOARD_MIN_CONFIDENCE for r in ex.results)


@pytest.mark.parametrize(
    ("sentence", "proposed"),
    [
        ("We train on it. The resulting model, ZorbLM-7B, achieves 71.2% on GSM8K.",
         "model:zorblm7b"),
        ("We merge three sources. The resulting dataset, ZorbSet, holds 40K items.",
         "dataset:zorbset"),
        ("We fine-tune Llama-3-8B on web trajectories to obtain ZorbPilot-8B.",
         "model:zorbpilot8b"),
        ("We apply our distillation to Hunyuan3D-2 to obtain ZorbYuan-2 Turbo.",
         "model:zorbyuan2turbo"),
    ],
)  # fmt: skip
def test_what_the_authors_process_yields_is_proposed(
    nlp: Language, sentence: str, proposed: str
) -> None:
    ex = run(nlp, sentence, title="A study of training")
    assert proposed in {r.entity_id.replace("method:", "model:") for r in ex.relations
                        if r.type == "PROPOSES"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We extract physically-based rendering (PBR) attributes to produce PBR meshes.",
        "Prior work used GPT-4 to produce ZorbInstruct for training.",
        "We introduce PRISM, designed to Produce inteRpretable polItical biaS eMbeddings.",
    ],
)
def test_a_made_thing_that_is_no_new_name_is_not_proposed(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence, title="A study of training")
    assert rel_ids(ex, "PROPOSES") <= {"method:prism", "model:prism"}


def test_a_size_of_a_known_model_family_is_a_known_part(nlp: Language) -> None:
    # "DenseNet121" is no gazetteer name, but a size of the DenseNet family: a part the
    # hybrid model integrates, like VGG16 (it had been taken for the paper's own component)
    ex = run(
        nlp,
        "We propose ZorbNet, a hybrid deep learning model integrating VGG16 and DenseNet121 "
        "to enhance feature extraction and classification.",
        "ZorbNet: A Hybrid Model for Brain Disease Classification",
    )
    assert {"model:vgg-16", "model:densenet-121"} <= rel_ids(ex, "BASED_ON")


@pytest.mark.parametrize(
    "sentence",
    [
        # a metric's margin above something is a delta (it had been a trusted BLEU score)
        "OurNet obtains 28.4 BLEU on FLORES-200, 1.9 BLEU above full fine-tuning.",
        # the score before a listed margin keeps its role (both had been deltas)
        "OurNet obtains 28.4 BLEU on FLORES-200, 1.9 BLEU higher than full fine-tuning.",
    ],
)
def test_a_metric_margin_after_a_score_is_a_delta(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence)
    assert [(v, m, d) for v, m, d, _ in results(ex)] == [
        (28.4, "metric:bleu", "dataset:flores200")
    ]
    assert [r.value for r in ex.deltas] == [1.9]


def test_a_later_clause_names_its_own_dataset_before_its_number(nlp: Language) -> None:
    # the second MAE had gone to the sentence's first dataset, METR-LA
    ex = run(
        nlp, "On METR-LA, OurNet achieves an MAE of 2.61, and on PEMS-BAY an MAE of 1.52."
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (2.61, "dataset:metrla"),
        (1.52, "dataset:pemsbay"),
    ]


def test_a_margin_by_a_number_over_a_system_compares_with_it(nlp: Language) -> None:
    # "by <number> … over S": S is a baseline (it had been USES)
    ex = run(
        nlp,
        "On LiveCodeBench, OurNet improves pass@1 by 6.5 points over Reflexion and by 27 pp "
        "over GPT-4o.",
    )
    assert {"method:reflexion", "model:gpt-4o"} <= rel_ids(ex, "COMPARES_WITH")
    assert not rel_ids(ex, "USES") & {"method:reflexion", "model:gpt-4o"}


def test_a_new_name_before_the_authors_own_head_noun_is_proposed(nlp: Language) -> None:
    # "our <Name> <head>": a new name with its head is the paper's (it had been no relation);
    # a short all-capital abbreviation there is not taken for one ("our SMC framework")
    ex = run(
        nlp,
        "We study a problem. Experiments show that our ZorbNet model achieves the best "
        "results, and our SMC framework is fast.",
        "A study of things",
    )
    assert rel_ids(ex, "PROPOSES") == {"model:zorbnet"}


def test_a_kb_dataset_read_as_another_type_after_on_is_the_dataset(nlp: Language) -> None:
    # "Human3.6M" was read as a model (a size), "CharXiv" as a task; both are KB datasets
    ex = run(
        nlp,
        "OurNet achieves an MPJPE of 38.0mm on Human3.6M and 59.7% on CharXiv reasoning "
        "questions.",
    )
    assert {"dataset:human3-6m", "dataset:charxiv"} <= rel_ids(ex, "EVALUATED_ON")


def test_a_compared_list_for_one_system_pairs_with_the_datasets_before(nlp: Language) -> None:
    # "the more challenging D" made 87.4 a delta; the compared list had no dataset or system
    ex = run(
        nlp,
        "OurNet achieves 99.1% accuracy on PlantVillage and 87.4% on the more challenging "
        "PlantDoc dataset, compared with 97.8% and 79.2% for EfficientNet-B4.",
    )
    assert [(v, d, s) for v, _, d, s in results(ex)] == [
        (99.1, "dataset:plant-village", "method:ournet"),
        (87.4, "dataset:plantdoc", "method:ournet"),
        (97.8, "dataset:plant-village", "model:efficientnetb4"),
        (79.2, "dataset:plantdoc", "model:efficientnetb4"),
    ]
    assert all(r.confidence >= LEADERBOARD_MIN_CONFIDENCE for r in ex.results)


def test_a_long_form_a_known_name_is_a_small_part_of_is_proposed(nlp: Language) -> None:
    # "Mamba" is a known name, but a small part of the new long form (it had been no PROPOSES)
    ex = run(
        nlp,
        "Furthermore, we propose a cross-modal interactive perception network with Mamba "
        "(CIPA) for lung tumor segmentation in PET-CT images.",
        "Lung tumor segmentation in PET-CT images",
    )
    assert "model:cipa" in rel_ids(ex, "PROPOSES") or "method:cipa" in rel_ids(ex, "PROPOSES")


def test_a_bracketed_list_after_a_compared_system_pairs_with_the_datasets_before(
    nlp: Language,
) -> None:
    # "outperforming GPT-4o (74.6% and 9.3%)": the list had no dataset and was dropped
    ex = run(
        nlp,
        "The resulting model, ZorbR1-1.5B, achieves 83.9% on MATH-500 and 28.8% on AIME 2024, "
        "outperforming GPT-4o (74.6% and 9.3%).",
    )
    assert [(v, d, s) for v, _, d, s in results(ex)][2:] == [
        (74.6, "dataset:math-500", "model:gpt-4o"),
        (9.3, "dataset:aime24", "model:gpt-4o"),
    ]


def test_a_second_from_to_pair_with_its_dataset_after_takes_the_first_pairs_measure(
    nlp: Language,
) -> None:
    # "… to 0.601 on PrivacyQA and from 0.352 to 0.464 on PolicyQA": the second pair had
    # no measure (untrusted, or dropped)
    ex = run(
        nlp,
        "OurNet raises accuracy from 0.394 to 0.601 on PrivacyQA and from 0.352 to 0.464 on "
        "PolicyQA.",
    )
    assert [(v, m, d) for v, m, d, _ in results(ex)] == [
        (0.601, "metric:accuracy", "dataset:privacyqa"),
        (0.464, "metric:accuracy", "dataset:policyqa"),
    ]
    assert all(r.confidence >= LEADERBOARD_MIN_CONFIDENCE for r in ex.results)


def test_a_common_noun_system_is_the_own_approach_of_a_paper_that_names_none(
    nlp: Language,
) -> None:
    # results gold: in papers that propose nothing by name, a score credited to a system
    # written as a common noun: the gold named none of the 19 by it, 18 were "ours"
    text = (
        "Notably, employing a random forest classifier, the partially denoised image "
        "representation exhibited a testing accuracy of 95.61% on the ZorbScan dataset. "
        "Equipped with the searched solver, rectified-flow models achieve an FID of 2.40 on "
        "ImageNet 256x256. GPT-4o reaches an accuracy of 81.2% on ZorbScan."
    )
    ex = run(nlp, text, title="A study of image representations")
    systems = {r.value: r.model_id for r in ex.results}
    # a name stays its own system, also one written in lower case ("o3-mini")
    assert systems == {95.61: None, 2.4: None, 81.2: "model:gpt-4o"}
    # a paper with a system of its own keeps crediting the named one
    ex = run(nlp, "We propose OurNet. " + text)
    assert {r.value: r.model_id for r in ex.results}[2.4] == "method:rectified-flow"


def test_an_amount_after_a_change_verb_and_its_object_is_a_delta(nlp: Language) -> None:
    # dev6: "improving end-to-end 3D detection 14.9% NDS on nuScenes-C" was a trusted score
    ex = run(nlp, "OurNet improves end-to-end 3D detection 14.9% NDS on nuScenes-C.")
    assert not ex.results and [d.value for d in ex.deltas] == [14.9]
    # "from X … to Y" after the verb stays a change of scores
    ex = run(nlp, "OurNet improves accuracy from 84% on clean speech to 91% on ZorbSpeech.")
    assert 91.0 in [r.value for r in ex.results]


def test_a_score_verb_then_amount_in_metric_names_the_metric(nlp: Language) -> None:
    # 18.6k corpus: "achieves 0.59 in precision and 0.64 in recall" gave no metric (or one)
    ex = run(nlp, "OurNet achieves 0.59 in precision and 0.64 in recall on ZorbQA.")
    assert sorted(results(ex)) == [
        (0.59, "metric:precision", "dataset:zorbqa", OURS),
        (0.64, "metric:recall", "dataset:zorbqa", OURS),
    ]
    # "X in M" after a change or a comparison is its amount, not a score
    for text in (
        "OurNet achieves relative gains of about 2% in BLEU and 3% in ROUGE-L.",
        "OurNet outperforms ZorbNet by 0.96 in PSNR and 0.03 in LPIPS.",
        "OurNet achieves 1.9% in mAP over the baseline.",
    ):
        assert not run(nlp, text).results, text
    # "… in PSNR and SSIM, respectively": the pairing is the respective rules', not one metric
    text = (
        "OurNet achieves the best performance, with 27.69dB and 0.893 in PSNR and SSIM, "
        "respectively."
    )
    ex = run(nlp, text)
    assert ("metric:psnr", 0.893) not in {(r.metric_id, r.value) for r in ex.results}


def test_a_gain_over_a_baseline_of_x_is_a_delta(nlp: Language) -> None:
    # 18.6k corpus: "… increase over the base model of 12.5% and 6.7% TC on UAVid and
    # RuralScapes respectively": 6.7 was a trusted score
    text = (
        "OurNet obtains a significant consistency increase over the base model of 12.5% and "
        "6.7% TC on ZorbA and ZorbB respectively."
    )
    ex = run(nlp, text)
    assert not ex.results and sorted(d.value for d in ex.deltas) == [6.7, 12.5]


def test_a_system_after_the_numbers_measure_is_its_system(nlp: Language) -> None:
    # 20k corpus: "resulting in a 0.729 macro F1 score for BERT" left the score to nobody
    # ("0.729 for BERT" had it)
    text = "The models were evaluated on test data, resulting in a 0.729 macro F1 score for BERT."
    assert results(run(nlp, text, "A study of abusive language")) == [
        (0.729, "metric:macro-f1", None, "model:bert")
    ]


def test_a_score_belittled_before_its_measure_is_not_trusted(nlp: Language) -> None:
    # 20k corpus: "the best model reaches only an F1-score of 0.672" (of the LLMs a new
    # benchmark evaluates) was a trusted score of the paper's own
    title = "Lost in Pronunciation: Detecting Offensive Language"
    text = (
        "We compile a dataset of 500 naturally occurring posts. Benchmarking state-of-the-art "
        "LLMs on this dataset exposes a serious weakness: the best model reaches only an "
        "F1-score of 0.672."
    )
    ex = run(nlp, text, title)
    assert [r.value for r in ex.results] == [0.672] and not trusted(ex)
    # the paper's own system, named, said as a challenge keeps its trust
    text = (
        "We propose OurNet, a contrastive learning model. Notably, the OurNet model attains "
        "only an F1 score of 43.81% on ZorbQA, highlighting the challenges."
    )
    assert trusted(run(nlp, text)) == [(43.81, "metric:f1", "dataset:zorbqa", "model:ournet")]


def test_the_plural_of_a_family_name_is_no_baseline(nlp: Language) -> None:
    # 20k corpus: "outperforms previous diffusion models", "standalone CNNs", "compared to
    # Transformers" were COMPARES_WITH the families (a class gives none, eval/gold/README.md)
    text = (
        "We propose OurNet, a sampler for image generation. OurNet outperforms previous "
        "diffusion models and standalone CNNs, as well as Stable Diffusion 3, on ImageNet."
    )
    ex = run(nlp, text)
    assert rel_ids(ex, "COMPARES_WITH") == {"model:stable-diffusion-3"}
    assert not {"method:diffusion-model", "method:cnn"} & rel_ids(ex, "USES")


def test_a_system_a_comparison_runs_on_is_no_baseline(nlp: Language) -> None:
    # 20k corpus: "outperforming SoTA by 1.6% on LLaVA-1.5-7B", "better than LongLM
    # (specifically on the Llama-2-7b model)" were COMPARES_WITH the model run on
    text = "We propose OurNet, a fine-tuning method. OurNet outperforms LoRA by 3.5% on Llama-3-8B."
    ex = run(nlp, text)
    assert rel_ids(ex, "COMPARES_WITH") == {"method:lora"}
    assert "model:llama-3-8b" in rel_ids(ex, "USES")


def test_how_compared_systems_were_made_is_no_baseline(nlp: Language) -> None:
    # read part: "DCoLT-reinforced DLMs outperform other DLMs trained by SFT or RL",
    # "outperforming LLMs with online search": the methods behind the compared class
    text = (
        "We propose OurNet. OurNet models outperform other DLMs trained by SFT or RL, and "
        "LLMs with online search."
    )
    ex = run(nlp, text)
    assert not rel_ids(ex, "COMPARES_WITH") and not rel_ids(ex, "USES")
    # the compared system itself stays one
    ex = run(nlp, "We propose OurNet. OurNet outperforms GPT-4o trained with RLHF.")
    assert rel_ids(ex, "COMPARES_WITH") == {"model:gpt-4o"}


def test_our_system_with_a_parenthetical_is_the_subject_of_its_comparison(
    nlp: Language,
) -> None:
    # read part: "Our RL-trained agent, built upon a Qwen2-VL-2B, … surpasses … baselines
    # like Taco and CogCom" (the name in the commas was taken for the subject: no baseline)
    text = (
        "Our RL-trained agent, built upon a Qwen2-VL-2B, significantly surpasses established "
        "baselines like LLaVA-1.5 on ZorbQA."
    )
    assert rel_ids(run(nlp, text), "COMPARES_WITH") == {"model:llava-1-5"}
    # a report of the paper is no system of its own
    text = "Our findings reveal that Qwen2-VL-2B, a small model, surpasses LLaVA-1.5 on ZorbQA."
    assert not rel_ids(run(nlp, text), "COMPARES_WITH")


def test_a_plain_word_listed_among_models_is_a_model(nlp: Language) -> None:
    # 20k corpus: "GPT-4, Llama 3.3, FANAR, Jais, and AceGPT": Jais had no entity
    ex = run(nlp, "We evaluate five LLMs, such as GPT-4, Llama 3.3, FANAR, Jais, and AceGPT.")
    assert "model:jais" in {e.id for e in ex.entities}


def test_one_system_given_as_an_example_of_baselines_is_one(nlp: Language) -> None:
    # read part: "surpasses strong baselines-such as DocOwl 1.5-by +5.5 F1 points": a lone
    # example had no type (two listed ones had)
    text = "We propose OurNet. OurNet surpasses strong baselines such as DocOwl by 5.5 F1 points."
    assert rel_ids(run(nlp, text), "COMPARES_WITH") == {"method:docowl"}


def test_a_name_beside_our_noun_phrase_is_the_papers_own_system(nlp: Language) -> None:
    # 20k corpus: "Our leading model, QARI v0.2, establishes … a Word Error Rate (WER) of
    # 0.160" was credited to QARI v0.2, not to the QARI-OCR the paper proposes
    text = (
        "We propose ZorbOCR, a family of OCR models. Our leading model, GPT-4o, establishes "
        "a new state of the art with a Word Error Rate (WER) of 0.160 on ZorbText."
    )
    assert [s for *_, s in results(run(nlp, text, "Reading noisy scans"))] == ["model:zorbocr"]


def test_the_named_base_model_is_what_the_system_is_based_on(nlp: Language) -> None:
    """ "the base model X" and "base models (X, Y and Z)" name the bases, which had no relation
    or were USES; not "the same base model as X" (a comparison) nor "a … base model and Y"."""
    ex = run(
        nlp,
        "We propose OurRL. Applying OurRL to the base model Qwen2.5-Math-1.5B lifts MATH500 "
        "accuracy. OurRL improves DPO using three base models (Mistral-7B, Llama3-8B, and "
        "Llama3-8B-Instruct).",
    )
    assert rel_ids(ex, "BASED_ON") == {
        "model:qwen25math15b",
        "model:mistral-7b",
        "model:llama-3-8b",
        "model:llama-3-8b-instruct",
    }
    ex = run(
        nlp,
        "We propose OurRL. Using the same base model as DeepSeek-R1-Zero-Qwen-32B, OurRL "
        "achieves superior performance. We train a small base model and YOLOv12.",
    )
    assert rel_ids(ex, "BASED_ON") == set()


def test_a_dataset_after_its_owners_possessive_is_the_data(nlp: Language) -> None:
    """ "on kaggle's DFDC dataset": the owner's "'s" stood between "on" and the dataset, so
    the list's last score had none."""
    ex = run(nlp, "OurNet reaches 93.80% AUC and 86.82% F1 score on kaggle's DFDC dataset.")
    assert [d for _, _, d, _ in results(ex)] == ["dataset:dfdc", "dataset:dfdc"]


def test_a_title_opening_with_a_defined_long_form_names_the_contribution(nlp: Language) -> None:
    """ "Value-Guided Search for …" whose abstract defines "value-guided search (VGS)" and
    reports VGS's results: VGS is proposed (no colon in the title, no "we propose VGS"); not
    a field the abstract defines without results, nor the topic of a survey."""
    abstract = (
        "We train a value model on reasoning traces. Block-wise value-guided search (VGS) "
        "with a final weighted majority vote achieves better test-time scaling than "
        "best-of-n, and VGS reaches 45.7% accuracy on AIME 2024."
    )
    ex = run(nlp, abstract, title="Value-Guided Search for Efficient Reasoning")
    assert "method:vgs" in rel_ids(ex, "PROPOSES")
    field = (
        "Domain generalization (DG) aims to learn models that transfer to unseen domains. "
        "We learn a discrete codebook, which achieves 85.1% accuracy on PACS."
    )
    ex = run(nlp, field, title="Domain Generalization via Discrete Codebook Learning")
    assert "method:dg" not in rel_ids(ex, "PROPOSES")
    ex = run(nlp, abstract, title="Value-Guided Search for Efficient Reasoning: A Survey")
    assert "method:vgs" not in rel_ids(ex, "PROPOSES")


def test_the_competition_a_system_was_developed_for_is_its_data(nlp: Language) -> None:
    """ "the system developed by the X team for the EvaHan2025 competition": the made-by
    phrase kept the challenge pattern from matching, and "competition" then dropped the name
    as an event; the score had no dataset."""
    ex = run(
        nlp,
        "We present the NER system developed by the Edit Dunhuang team for the EvaHan2025 "
        "competition. We achieve an average F1 score of 85.58.",
        title="Named Entity Recognition in Context",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [(85.58, "dataset:evahan2025")]


def test_a_decrease_in_a_long_operating_point_measure_is_a_delta(nlp: Language) -> None:
    """ "a decrease in False Positive Rate at 95% True Negative Rate (FPR95) of 5.4%": the
    measure's name ran past the nine words the look back from "of" covered, and 5.4 became a
    score."""
    ex = run(
        nlp,
        "OurNet achieves an average decrease in False Positive Rate at 95% True Negative Rate "
        "(FPR95) of 5.4% compared to the optimal baseline method.",
    )
    assert results(ex) == []
    assert [d.value for d in ex.deltas] == [5.4]


def test_parity_with_a_named_system_is_a_comparison(nlp: Language) -> None:
    """ "reaching parity with o3-mini", "comparable to GPT-4o", "on par with DALL-E 3": the
    paper's system is compared with them (they were USES, or nothing)."""
    ex = run(
        nlp,
        "We propose OurNet. OurNet achieves an accuracy of 45.7%, reaching parity with "
        "o3-mini. Its captions are comparable to GPT-4o, and its images on par with DALL-E 3. "
        "OurNet achieves comparable performance to Mono-InternVL.",
    )
    assert {"model:o3-mini", "model:gpt-4o", "model:dall-e-3", "model:monointernvl"} <= rel_ids(
        ex, "COMPARES_WITH"
    )
    assert rel_ids(ex, "USES").isdisjoint({"model:o3-mini", "model:gpt-4o", "model:dall-e-3"})


def test_a_margin_of_numbers_over_a_system_and_superiority_over_it_compare(
    nlp: Language,
) -> None:
    """ "absolute gains of 10.47 and 7.06 points over Beam Search", "clear advantages over
    LoRA", "superiority over GPT-4o": the margin's "over" names a baseline."""
    ex = run(
        nlp,
        "We propose OurNet. OurNet delivers absolute gains of 10.47 and 7.06 points over "
        "Beam Search. OurNet shows clear advantages over LoRA. Experiments show OurNet's "
        "superiority over GPT-4o.",
    )
    assert {"method:beam-search", "method:lora", "model:gpt-4o"} <= rel_ids(ex, "COMPARES_WITH")


def test_an_error_measure_in_years_after_its_bracketed_short_form_is_a_score(
    nlp: Language,
) -> None:
    """ "a mean absolute error (MAE) of 1.33 years": the measure's value in its unit, not a
    count of years (a setting), though the short form in brackets stands between."""
    ex = run(
        nlp,
        "We propose OurNet for age estimation. OurNet achieves a mean absolute error (MAE) "
        "of 1.33 years on UTKFace.",
    )
    assert results(ex) == [(1.33, "metric:mean-absolute-error", "dataset:utkface", OURS)]


def test_a_score_conceded_to_a_common_noun_subject_is_not_ours(nlp: Language) -> None:
    """ "While dense text captions can achieve 75.9% Recall@5, they require …": the paper
    concedes what others reach before its own result; the number was credited to OurNet."""
    ex = run(
        nlp,
        "We introduce OurNet, a routing system. While dense text captions can achieve 75.9% "
        "Recall@5, they require expensive offline processing. OurNet achieves 60.9% Recall@5.",
    )
    assert [r[0] for r in results(ex)] == [60.9]


def test_the_dataset_a_sentence_uses_carries_to_the_next_sentences_score(
    nlp: Language,
) -> None:
    """ "… to enhance detection using the CBIS-DDSM dataset. Our framework …, achieving an
    accuracy of 84.2%": the one dataset of the sentence before, named after "using" as after
    "on", is the score's (it was only the paper's evaluation dataset, a guess below the bar)."""
    ex = run(
        nlp,
        "This paper introduces OurNet to enhance breast cancer detection using the CBIS-DDSM "
        "dataset. OurNet captures global image features, achieving an accuracy of 84.2%.",
    )
    assert trusted(ex) == [(84.2, "metric:accuracy", "dataset:cbis-ddsm", OURS)]


def test_names_after_an_own_opening_subject_are_not_rivals_for_its_score(
    nlp: Language,
) -> None:
    """ "Our framework leverages ViT's ability … and GNN's strength …, achieving X": the
    sentence's subject is the paper's; the two systems it uses left the number's owner open
    (below the bar)."""
    ex = run(
        nlp,
        "We propose OurNet for breast cancer detection. Our framework leverages ViT's ability "
        "to capture global features and GNN's strength in modeling structure, achieving an "
        "accuracy of 84.2% on CBIS-DDSM.",
    )
    assert trusted(ex) == [(84.2, "metric:accuracy", "dataset:cbis-ddsm", OURS)]


def test_a_kind_of_data_is_no_dataset_for_a_score(nlp: Language) -> None:
    """ "using synthetic SDoH data": a name before the word "data" is a kind of data, not a
    dataset the numbers are on; the score was bound to it (below the bar), and a paper that
    names no other data has a trusted score on no dataset."""
    ex = run(
        nlp,
        "We propose OurNet to forecast HIV clusters using AIDSVu and synthetic SDoH data. "
        "OurNet achieved 92% accuracy in cluster detection.",
    )
    assert trusted(ex) == [(92.0, "metric:accuracy", None, OURS)]


def test_a_name_apposed_to_a_platform_or_tool_after_a_propose_verb_is_proposed(
    nlp: Language,
) -> None:
    """ "we propose Zenesis, a comprehensive no-code interactive platform", "we introduce
    Manicod, a tool …": a plain capitalised name the apposition calls a platform, tool,
    library or agent is the paper's system (it was not proposed, and its scores were not
    the paper's)."""
    ex = run(
        nlp,
        "In this work, we propose Zenesis, a comprehensive no-code interactive platform for "
        "scientific images. We also introduce Manicod, a tool for annotation.",
        title="A study of segmentation",
    )
    assert {"method:zenesis", "method:manicod"} <= rel_ids(ex, "PROPOSES")


def test_a_name_with_a_possessive_after_on_is_an_owner_not_data(nlp: Language) -> None:
    """ "for onboard applications in space on NASA's inspector spacecraft": the agency owns
    the spacecraft; the name was typed a Dataset (evaluation context) and the scores bound
    to it."""
    ex = run(
        nlp,
        "We evaluate OurNet for real-time onboard applications in space on NASA's inspector "
        "spacecraft. OurNet achieved a Dice score of 0.92.",
    )
    assert not any(e.type == "Dataset" for e in ex.entities)
    assert trusted(ex) == [(0.92, "metric:dice", None, OURS)]


def test_quoted_words_right_before_a_dataset_head_name_the_dataset(nlp: Language) -> None:
    """ 'the "Airbus Ship Detection" dataset': the quotes close before the head (the rule
    read only '"… dataset"' with the head inside the quotes)."""
    ex = run(
        nlp,
        'We propose OurNet. The research utilizes the "Airbus Ship Detection" dataset. '
        "OurNet achieves an 88% mAP on it.",
    )
    assert "dataset:airbusshipdetection" in {e.id for e in ex.entities if e.type == "Dataset"}


def test_performance_far_after_a_measured_score_keeps_its_measure(nlp: Language) -> None:
    """ "an average accuracy of 66.14% across 11 datasets covering 9 modalities and 10
    organs, with performance reaching 78.06% in base classes and 75.97% in novel classes":
    "9 modalities" counts things (it was a score), and a number "performance" leads takes
    the measure named before it even past ten words (both were dropped)."""
    ex = run(
        nlp,
        "OurNet achieves an average classification accuracy of 66.14% across 11 biomedical "
        "image datasets covering 9 modalities and 10 organs, with performance reaching 78.06% "
        "in base classes and 75.97% in novel classes.",
    )
    assert [(v, m) for v, m, _, _ in trusted(ex)] == [
        (66.14, "metric:accuracy"),
        (78.06, "metric:accuracy"),
        (75.97, "metric:accuracy"),
    ]


def test_a_percentage_after_a_fractions_measure_takes_the_percentages_measure(
    nlp: Language,
) -> None:
    """ "92.3 percent accuracy and an F1-score of 0.89 in English and 88.4 percent in
    Sinhala": 88.4 percent is an accuracy like the percentage before it, not an F1 like the
    fraction between (it took the nearest measure)."""
    ex = run(
        nlp,
        "OurNet achieves 92.3 percent accuracy and an F1-score of 0.89 in English and 88.4 "
        "percent in Sinhala.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (92.3, "metric:accuracy"),
        (0.89, "metric:f1"),
        (88.4, "metric:accuracy"),
    ]


def test_a_rank_cut_off_measure_after_at_is_the_numbers_measure(nlp: Language) -> None:
    """ "DeepRare achieves 70.60% at Recall@1 compared to …": "at" before a measure with a
    rank cut-off and no value of its own names the number's measure (it read as the point
    another measure is read at, and the number was dropped); "Hit@10" is Hits@k."""
    ex = run(
        nlp,
        "We introduce OurNet. OurNet achieves 70.60% at Recall@1 on YAGO3-10. On YAGO3-10, "
        "OurNet achieves an MRR of 0.521 and Hit@10 of 0.680.",
    )
    assert (70.6, "metric:recall-k", "dataset:yago3-10", OURS) in results(ex)
    assert (0.68, "metric:hits-k", "dataset:yago3-10", OURS) in results(ex)


def test_up_to_after_a_measure_a_score_verb_governs_is_a_best_score(nlp: Language) -> None:
    """ "IWGS achieved an overall accuracy up to 97.8% on Indian Pines": "up to" after the
    measure of a score verb reports a best score (it was a bound, "other")."""
    ex = run(nlp, "OurNet achieved an overall accuracy up to 97.8% on Indian Pines.")
    assert results(ex) == [(97.8, "metric:accuracy", "dataset:indian-pines", OURS)]


def test_the_value_of_a_measure_a_passing_verb_takes_is_a_bar(nlp: Language) -> None:
    """ "the first to surpass a Dice coefficient of 90%", "consistently surpasses an accuracy
    of 95%": a threshold, no score (both were trusted Results)."""
    ex = run(
        nlp,
        "We propose OurNet. OurNet is the first to surpass a Dice coefficient of 90% on the "
        "Prostate dataset. OurNet consistently surpasses an accuracy of 95% on GSM8K.",
    )
    assert results(ex) == []


def test_a_named_part_introduced_in_the_passive_is_proposed(nlp: Language) -> None:
    """ "A Human Parsing Estimator (HPE) is then introduced", "Additionally, the Mask-Guided
    Homography Estimation (MGHE) module is presented": a long form with its short form that
    opens its clause and a passive propose verb is the paper's part (it was not proposed);
    not "a head incorporating the Inverse Discrete Wavelet Transform (IDWT) is proposed"."""
    ex = run(
        nlp,
        "We propose OurNet for detection. A Human Parsing Estimator (HPE) is then introduced. "
        "Additionally, the Mask-Guided Homography Estimation (MGHE) module is presented. "
        "An improved detection head incorporating the Inverse Discrete Wavelet Transform "
        "(IDWT) is also proposed.",
    )
    proposed = rel_ids(ex, "PROPOSES")
    assert {"method:hpe", "method:mghe"} <= proposed
    assert "method:idwt" not in proposed


def test_plain_words_a_naming_verb_introduces_after_a_new_thing_are_proposed(
    nlp: Language,
) -> None:
    """ "we propose a novel generative model, named Generative Compositor, to …", "a new loss
    function called Boost Loss to …": capitalised plain words a naming verb introduces are
    the name of what the clause proposes (they have no name shape and were dropped); not an
    existing thing ("a widely applied approach called Motivational Interviewing") nor a name
    that goes on ("called Object-Centric Classification with Applied Masks")."""
    ex = run(
        nlp,
        "In this paper, we propose a novel generative model, named Generative Compositor, to "
        "address the challenge. We also propose a new loss function called Boost Loss to "
        "improve the score. The system uses a widely applied therapeutic approach called "
        "Motivational Interviewing, and we test it.",
    )
    proposed = rel_ids(ex, "PROPOSES")
    assert {"method:generativecompositor", "method:boostloss"} <= proposed
    assert not any("motivational" in p for p in proposed)


def test_a_number_that_takes_the_measure_before_it_takes_the_sentences_one_dataset(
    nlp: Language,
) -> None:
    """ "for the D dataset, the model achieved a balanced accuracy of 0.6457 for six-class
    classification and 0.8357 for binary classification": the second number's measure is
    carried from the first, and so is the one dataset the sentence names (it was left on no
    dataset, below the bar)."""
    ex = run(
        nlp,
        "We propose ZorbNet for skin lesion classification. Specifically, for the ZorbDerm-20 "
        "dataset, the model achieved a balanced accuracy of 0.6457 for six-class classification "
        "and 0.8357 for binary classification.",
    )
    assert [(v, m, d) for v, m, d, _ in trusted(ex)] == [
        (0.6457, "metric:balanced-accuracy", "dataset:zorbderm20"),
        (0.8357, "metric:balanced-accuracy", "dataset:zorbderm20"),
    ]


def test_a_gain_in_an_aside_after_a_dash_is_not_the_numbers(nlp: Language) -> None:
    """ "8.61% on Multitudes--absolute gains of 10.47 and 7.06 points": the gain word opens an
    aside after the dash; 8.61% is a score, not a change."""
    ex = run(
        nlp,
        "OurNet attains 71.3% accuracy on MMLU and 68.1% on GSM8K--absolute gains of 10.47 "
        "and 7.06 points over a greedy decoder.",
    )
    assert [d.value for d in ex.deltas] == [10.47, 7.06]
    assert [(v, d) for v, _, d, _ in results(ex)] == [
        (71.3, "dataset:mmlu"),
        (68.1, "dataset:gsm8k"),
    ]


def test_data_the_clause_trains_on_far_before_it_is_not_the_scores(nlp: Language) -> None:
    """ "We train a U-Net model from scratch on Sentinel-2 imagery across six wetland regions,
    achieving … accuracy of 85.26%": the training cue stands more than six words before the
    data, with no comma between; the number is on no named data."""
    ex = run(
        nlp,
        "We train a ZorbNet model from scratch on ZorbSat-2 imagery across six wetland "
        "regions in the Netherlands, achieving a model accuracy of 85.26%.",
    )
    assert [(v, m, d) for v, m, d, _ in results(ex)] == [(85.26, "metric:accuracy", None)]
    # a comma far before the data ends the clause the training cue is in
    ex = run(
        nlp,
        "We train ZorbNet with curriculum learning and distillation, and on the ZorbSat-2 "
        "benchmark it achieves an accuracy of 85.26%.",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [(85.26, "dataset:zorbsat2")]
    # nor does a score verb or a number: the training word modifies what yields the score
    ex = run(
        nlp,
        "We design a fine-tuning recipe that yields approximately 58.8% accuracy on the "
        "ZorbMath dataset, an 11.2% accuracy improvement over the few-shot baseline.",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [(58.8, "dataset:zorbmath")]
    assert [(d.value, d.dataset_id) for d in ex.deltas] == [(11.2, "dataset:zorbmath")]


def test_a_qualifier_is_not_said_twice_in_a_qualified_metrics_name(nlp: Language) -> None:
    # "Top-50 matching accuracy from 36% to 52%": the qualified metric is "top-50 accuracy"
    # for both numbers, not "top-50 top-50 accuracy" for the second
    ex = run(nlp, "OurNet increases Top-50 matching accuracy from 36% to 52%.")
    metrics = {e.id for e in ex.entities if e.type == "Metric"}
    assert "metric:top-50-top-50-accuracy" not in metrics
    assert [(v, m) for v, m, _, _ in results(ex)] == [(52.0, "metric:top-50-accuracy")]


def test_a_participle_after_a_generic_plural_subject_reports_other_work(nlp: Language) -> None:
    """ "We find that state-of-the-art VLMs are strongly biased (…) scoring an average of
    17.05% accuracy": the participle's subject is the main clause's, generic models; not the
    benchmark paper's own number. A named subject keeps it ("ZorbNet outperformed existing
    methods, achieving 82.4%")."""
    ex = run(
        nlp,
        "We introduce ZorbCount, a benchmark of counterfactual images. We find that "
        "state-of-the-art VLMs are strongly biased (e.g., unable to count stripes) scoring an "
        "average of 17.05% accuracy in counting.",
    )
    assert results(ex) == []
    ex = run(
        nlp,
        "Existing models struggled with sarcastic tweets, achieving only 30% accuracy. OurNet "
        "outperformed existing methods, achieving 82.4% accuracy.",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(82.4, "method:ournet")]


def test_a_number_coordinated_by_comma_and_takes_the_measure_however_far(nlp: Language) -> None:
    """ "it reached 77.2% balanced accuracy in distinguishing … subjects, and 67.9% for
    identifying …": the number ", and" coordinates with the first takes its measure, more than
    ten words on; not across another score verb."""
    ex = run(
        nlp,
        "For amyloid detection, OurNet reached 77.2% balanced accuracy in distinguishing "
        "amyloid-positive mild cognitive impairment subjects from amyloid-negative cognitively "
        "normal subjects, and 67.9% for identifying amyloid-positive individuals.",
    )
    assert [(v, m) for v, m, _, _ in results(ex)] == [
        (77.2, "metric:balanced-accuracy"),
        (67.9, "metric:balanced-accuracy"),
    ]


def test_the_data_a_model_is_fine_tuned_on_is_the_data_it_is_scored_on(nlp: Language) -> None:
    """ "fine-tuning LLaMA 7B on MNLI with SingLoRA achieves 91.3% accuracy": fine-tuning
    adapts the model to the data it is then scored on; pre-training data is still not."""
    ex = run(
        nlp,
        "We propose OurNet. Fine-tuning ZorbLM-7B on the ZorbNLI dataset with OurNet achieves "
        "91.3% accuracy.",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [(91.3, "dataset:zorbnli")]
    ex = run(
        nlp,
        "We propose OurNet. Pre-training ZorbLM-7B on the ZorbNLI dataset with OurNet achieves "
        "91.3% accuracy.",
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [(91.3, None)]


def test_a_lower_case_technique_before_plural_data_heads_is_no_dataset(nlp: Language) -> None:
    """ "SLMs fine-tuned … with distillation datasets … with a win rate of 90%": "distillation
    datasets" are a kind of data, not a dataset named after the technique."""
    ex = run(
        nlp,
        "Our evaluations show that models fine-tuned with distillation datasets outperform "
        "the base model with a win rate of 90%.",
    )
    assert [(v, m, d) for v, m, d, _ in results(ex)] == [(90.0, "metric:win-rate", None)]


def test_our_with_a_hyphened_description_is_the_papers_own_system(nlp: Language) -> None:
    """ "Our district-specific calibration approach achieved 93.3% overall accuracy": "our"
    and a description written with a hyphen's parts make the system the paper's own; not a
    clause ("Our results show that ZorbNet retains …")."""
    ex = run(
        nlp,
        "This study develops a classification framework. Our district-specific calibration "
        "approach achieved 93.3% overall accuracy.",
    )
    assert [(r.value, r.model_id, r.confidence >= 0.7) for r in ex.results] == [
        (93.3, OURS, True)
    ]
    ex = run(nlp, "Our results show that ZorbNet retains 56.2% accuracy on the ZorbSet dataset.")
    assert [(r.value, r.model_id) for r in ex.results] == [(56.2, "model:zorbnet")]


def test_numbers_on_data_named_only_by_reference_are_below_the_bar(nlp: Language) -> None:
    """ "F1 scores of 82.50%, 81.14% … in the above datasets": each number is on one of the
    data listed before, so a Result on no dataset is not what the text says; "across all
    datasets" is an average, on none."""
    ex = run(
        nlp,
        "Experiments are conducted across four public datasets including ZorbA, ZorbB, ZorbC "
        "and our private dataset. OurNet achieves F1 scores of 82.50%, 81.14% and 81.34% in "
        "the above datasets.",
    )
    assert [(r.value, r.dataset_id, r.confidence >= 0.7) for r in ex.results] == [
        (82.5, None, False),
        (81.14, None, False),
        (81.34, None, False),
    ]
    ex = run(nlp, "OurNet achieves an average F1 score of 82.50% across all datasets.")
    assert [(r.value, r.confidence >= 0.7) for r in ex.results] == [(82.5, True)]


def test_the_best_model_of_a_benchmark_is_any_evaluated_system_however_phrased(
    nlp: Language,
) -> None:
    """ "with the best model solving only 14% of puzzles and reaching 40% stepwise accuracy",
    in a paper that introduces a benchmark: the ranked phrase opens the subject of both
    participles, and names one of the systems evaluated, not the paper's."""
    ex = run(
        nlp,
        "In this paper, we introduce ZorbPuzzles, a benchmark of 667 puzzles. Most models "
        "fail, with the best model solving only 14% of puzzles and reaching 40% stepwise "
        "accuracy.",
        title="ZorbPuzzles: A Benchmark for Puzzles",
    )
    assert 40.0 not in [r.value for r in ex.results]
    assert [r for r in ex.results if r.confidence >= 0.7] == []


def test_at_most_bounds_a_number(nlp: Language) -> None:
    """ "the models … (reaching at most 31% true positive rate in deflections)": "at most"
    bounds the number, as "at least" does; no system's score."""
    ex = run(
        nlp,
        "Evaluations of LLMs on ZorbRAG show that the models fail to deflect (reaching at most "
        "31% true positive rate in deflections).",
    )
    assert results(ex) == []


def test_names_inside_our_named_systems_subject_are_not_rivals(nlp: Language) -> None:
    """ "Our Mamba model with EfficientNetV2 as backbone … achieves 38.52% p-AP": the sentence
    opens with the paper's own system, named after a known one; the names in its subject are
    what it is built from, not rivals for the number."""
    ex = run(
        nlp,
        "We introduce a pipeline for industrial procedures. Our Mamba model with "
        "EfficientNetV2 as backbone achieves 38.52% accuracy on the ZorbBench benchmark.",
        title="A pipeline for industrial procedures",
    )
    assert [(r.value, r.model_id, r.confidence >= 0.7) for r in ex.results] == [
        (38.52, None, True)
    ]


def test_a_rival_system_in_the_clause_is_a_smaller_doubt(nlp: Language) -> None:
    # the paper's method is the subject; the systems it beats stand between it and the number.
    # With the measure and the dataset both said, that doubt alone keeps it on the leaderboard
    # (results gold: 13 right, 2 wrong at this point); with a measure only, it does not.
    text = "For 3D object recognition, our method outperformed DGCNN and PointNet with an overall"
    ex = run(nlp, f"{text} accuracy of 93.15% on ModelNet40.")
    assert results(ex) == [(93.15, "metric:accuracy", "dataset:modelnet40", OURS)]
    assert conf(ex)[93.15] >= LEADERBOARD_MIN_CONFIDENCE
    ex = run(nlp, f"{text} accuracy of 93.15%.")
    assert conf(ex)[93.15] < LEADERBOARD_MIN_CONFIDENCE


def test_a_scale_top_written_with_decimals_is_no_result(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves a MOS of 4.3/5.0 on LibriTTS.")
    assert results(ex) == [(4.3, "metric:mos", "dataset:libritts", OURS)]
    # above 10 (and not 100), a whole number written with decimals is a second score
    ex = run(nlp, "OurNet achieves accuracies of 85.2/90.0 on SQuAD.")
    assert [v for v, _, _, _ in results(ex)] == [85.2, 90.0]


def test_a_bracketed_value_after_a_measure_and_its_head_takes_the_measure(
    nlp: Language,
) -> None:
    ex = run(nlp, "OurNet achieves the highest MRR@10 score (0.843) on MS MARCO.")
    assert results(ex) == [(0.843, "metric:mrr-10", "dataset:ms-marco", OURS)]
    assert conf(ex)[0.843] >= LEADERBOARD_MIN_CONFIDENCE


def test_the_length_controlled_win_rate_is_its_own_metric(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves a 35.9% length-controlled win rate on AlpacaEval 2.0.")
    assert [m for _, m, _, _ in results(ex)] == ["metric:length-controlled-win-rate"]
    ex = run(nlp, "OurNet achieves a 35.9% LC win rate and a 40.1% win rate on AlpacaEval 2.0.")
    assert [m for _, m, _, _ in results(ex)] == [
        "metric:length-controlled-win-rate",
        "metric:win-rate",
    ]


@pytest.mark.parametrize(
    "sentence, base",
    [
        ("We introduce OurNet, a novel enhanced version of YOLOv5 for small objects.", "yolov5"),
        ("We propose OurNet, an instruction-tuned variant of Mistral-7B.", "mistral-7b"),
        ("OurNet is an extension of LLaVA to video.", "llava"),
    ],
)
def test_a_version_variant_or_extension_of_a_system_is_built_on_it(
    nlp: Language, sentence: str, base: str
) -> None:
    assert {e.split(":", 1)[1] for e in rel_ids(run(nlp, sentence), "BASED_ON")} == {base}


@pytest.mark.parametrize("verb", ["pushes", "enhances", "lifts", "brings"])
def test_a_change_verb_before_the_measure_binds_it_to_the_value(
    nlp: Language, verb: str
) -> None:
    ex = run(nlp, f"OurNet {verb} the top-1 accuracy to 79.12% on CIFAR-100.")
    assert results(ex) == [(79.12, "metric:top-1-accuracy", "dataset:cifar-100", OURS)]
    assert conf(ex)[79.12] >= LEADERBOARD_MIN_CONFIDENCE


def test_a_number_before_a_comparative_and_than_names_a_baseline(nlp: Language) -> None:
    ex = run(nlp, "OurNet achieves 7% higher accuracy than Mistral-7B on GSM8K.")
    assert rel_ids(ex, "COMPARES_WITH") == {"model:mistral-7b"}
    ex = run(nlp, "OurNet is 2.5x faster than Llama-2-70B.")
    assert rel_ids(ex, "COMPARES_WITH") == {"model:llama-2-70b"}
    # no number before the comparative: no margin ("larger than GPT-2" says a size)
    ex = run(nlp, "OurNet is a model larger than GPT-2.")
    assert rel_ids(ex, "COMPARES_WITH") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet achieves average improvements of 15.2%, 10.38%, and 4.49% over GPT-4o.",
        "OurNet improves accuracy by 3.1%, 2.2% and 1.5% over GPT-4o.",
    ],
)
def test_a_list_of_margins_is_over_what_follows(nlp: Language, sentence: str) -> None:
    assert rel_ids(run(nlp, sentence), "COMPARES_WITH") == {"model:gpt-4o"}


def test_a_system_the_title_says_it_improves_is_the_base(nlp: Language) -> None:
    title = "OurNet: Enhancing SAM2 for Medical Image Segmentation"
    ex = run(nlp, "We propose OurNet, a prompting framework.", title=title)
    assert rel_ids(ex, "BASED_ON") == {"model:sam-2"}
    # the plural of a name is the class of its systems, not a base
    title = "OurNet: Enhancing Transformers Through Conditioned Embedded Tokens"
    ex = run(nlp, "We propose OurNet, a conditioning method.", title=title)
    assert rel_ids(ex, "BASED_ON") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the change's measure is named before its "by"
            "OurNet improves the AUC-ROC by 5% (85% to 90%) on a held-out test set.",
            [(90.0, "metric:auc", None, OURS)],
        ),
        (  # past the measure's short form
            "OurNet achieves a +7.1% increase in Unweighted Average Recall (UAR) (from 68.1% to"
            " 75.2%).",
            [(75.2, "metric:unweighted-average-recall", None, OURS)],
        ),
        (  # a list of pairs, each after its dataset; the second name no rule types
            "OurNet improves accuracy on ALFWorld (73% to 89%) and Wordcraft (55% to 64%).",
            [
                (89.0, "metric:accuracy", "dataset:alfworld", OURS),
                (64.0, "metric:accuracy", "dataset:wordcraft", OURS),
            ],
        ),
    ],
)
def test_a_bracketed_change_pair_gives_the_new_value_to_the_measure(
    nlp: Language, sentence: str, expected: list[tuple[float, str | None, str | None, str]]
) -> None:
    ex = run(nlp, sentence)
    trusted = [r for r in ex.results if r.confidence >= LEADERBOARD_MIN_CONFIDENCE]
    assert [(r.value, r.metric_id, r.dataset_id, r.model_id) for r in trusted] == expected
    assert all(r.role == "score" for r in ex.results)
    assert {85.0, 68.1, 73.0, 55.0}.isdisjoint(r.value for r in ex.results)  # the old values
    assert {85.0, 90.0, 68.1, 75.2, 73.0, 89.0, 55.0, 64.0}.isdisjoint(d.value for d in ex.deltas)


@pytest.mark.parametrize(
    "sentence",
    [
        "OurNet shows strong correlations with human evaluations (0.70 to 0.85).",
        "OurNet improves accuracy across benchmarks (+0.9% to +6.6%).",  # a range of gains
    ],
)
def test_a_bracketed_range_is_no_change_pair(nlp: Language, sentence: str) -> None:
    ex = run(nlp, sentence)
    assert [r for r in ex.results if r.confidence >= LEADERBOARD_MIN_CONFIDENCE] == []
    assert all(r.value not in (0.85, 6.6) for r in ex.results)


def test_a_change_number_equal_to_the_pairs_difference_makes_it_a_change(nlp: Language) -> None:
    # no change word after "by"'s number, but 11.62 is 60.69 - 49.07
    ex = run(nlp, "OurNet lifts the average accuracy of Llama-3-8B by 11.62% (49.07% to 60.69%).")
    assert [(r.value, r.metric_id) for r in ex.results if r.value == 60.69] == [
        (60.69, "metric:accuracy")
    ]
    assert 49.07 not in [d.value for d in ex.deltas] + [r.value for r in ex.results]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the measure right before the bracket; the compared side is unnamed: dropped
            "OurNet beats the previous state of the art in detection precision (91.02% vs"
            " 87.08%).",
            [(91.02, "metric:precision", None, OURS)],
        ),
        (  # the measure before "than" and the name compared; each side its own system
            "OurNet achieves a higher F1 score than GPT-4o (0.73 vs. 0.06).",
            [(0.73, "metric:f1", None, OURS), (0.06, "metric:f1", None, "model:gpt-4o")],
        ),
    ],
)
def test_x_versus_y_gives_x_to_the_subject_and_y_to_the_system_compared(
    nlp: Language, sentence: str, expected: list[tuple[float, str | None, str | None, str]]
) -> None:
    ex = run(nlp, sentence)
    trusted = [r for r in ex.results if r.confidence >= LEADERBOARD_MIN_CONFIDENCE]
    assert [(r.value, r.metric_id, r.dataset_id, r.model_id) for r in trusted] == expected
    assert 87.08 not in [r.value for r in ex.results]


def test_x_versus_y_of_a_subject_no_rule_knows_is_under_the_bar(nlp: Language) -> None:
    ex = run(
        nlp,
        "ZorbChat-4o-mini outperformed GPT-4o in extraction accuracy (F1 score: 0.9258 vs."
        " 0.9029).",
        title="A study of chat models",
    )
    bar = LEADERBOARD_MIN_CONFIDENCE
    assert {(r.value, r.model_id) for r in ex.results if r.confidence >= bar} == {
        (0.9029, "model:gpt-4o")
    }


def test_a_hyphenated_adjective_before_the_datasets_keeps_their_pairing(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet achieves registration recalls of 95.9% and 81.6% on the widely-used 3DMatch and"
        " 3DLoMatch datasets, respectively.",
    )
    bar = LEADERBOARD_MIN_CONFIDENCE
    assert [(r.value, r.dataset_id, r.confidence >= bar) for r in ex.results] == [
        (95.9, "dataset:3dmatch", True),
        (81.6, "dataset:3dlomatch", True),
    ]


def test_human_inside_a_name_is_no_peoples_score(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet is a real-time human action recognition model with a leading macro F1 score"
        " (95.33%) and recall (95.49%).",
    )
    assert [(r.value, r.metric_id, r.model_id) for r in ex.results] == [
        (95.33, "metric:macro-f1", "model:ournet"),  # "OurNet is a … model"
        (95.49, "metric:recall", "model:ournet"),
    ]


def test_from_to_of_a_described_base_takes_the_measure_and_drops_the_base(
    nlp: Language,
) -> None:
    ex = run(nlp, "OurNet boosts the accuracy of the base subquadratic model from 0.6% to 97.4%.")
    assert [(r.value, r.metric_id, r.model_id) for r in ex.results] == [
        (97.4, "metric:accuracy", OURS)
    ]


def test_by_some_amount_is_a_delta(nlp: Language) -> None:
    ex = run(nlp, "OurNet provides an IoU of 93.58%, better than the baseline UNet by some 4.58%.")
    assert [(r.value, r.metric_id) for r in ex.results] == [(93.58, "metric:iou")]
    assert [d.value for d in ex.deltas] == [4.58]


def test_from_x_with_a_phrase_to_y_is_a_from_to(nlp: Language) -> None:
    ex = run(
        nlp,
        "OurNet improves the accuracy from 66.14% with the Swin Transformer baseline to 77.11%"
        " with the dual-channel model.",
    )
    assert [(r.value, r.metric_id) for r in ex.results] == [(77.11, "metric:accuracy")]


def test_a_digit_led_lower_case_descriptor_is_no_dataset_name(nlp: Language) -> None:
    # "1-hop tasks" describes a subset: the score is not skipped as one on an untyped name
    ex = run(nlp, "OurNet achieves 37.93% precision on 1-hop tasks and 14.57% on 2-hop tasks.")
    assert [(r.value, r.metric_id, r.dataset_id) for r in ex.results] == [
        (37.93, "metric:precision", None),
        (14.57, "metric:precision", None),
    ]


@pytest.mark.parametrize(
    ("abstract", "base"),
    [
        # the contribution span names a known system the paper changed: a base, not proposed
        ("We propose an enhanced Mask R-CNN for smoke segmentation.", "model:mask-r-cnn"),
        ("This paper presents an improved YOLOv8 model for traffic sign detection.",
         "model:yolov8"),
        # the paper's own sentence: used → built on
        ("We design a pipeline around a modified ResNet-50 that reads the scans.",
         "model:resnet-50"),
    ],
)
def test_a_named_system_the_paper_changed_is_its_base(
    nlp: Language, abstract: str, base: str
) -> None:
    ex = run(nlp, abstract, title="A study of detectors")
    assert base in rel_ids(ex, "BASED_ON")
    assert base not in rel_ids(ex, "PROPOSES") | rel_ids(ex, "USES")


def test_a_capitalised_changed_word_is_part_of_a_name_not_a_change(nlp: Language) -> None:
    # lower-case "improved" marks the change; "Concept-Enhanced P2P" is the paper's own name
    ex = run(
        nlp,
        "We propose Concept-Enhanced P2P, a dish editing method that runs an improved "
        "YOLOv8 model on every frame.",
        title="Dish editing",
    )
    assert rel_ids(ex, "BASED_ON") == {"model:yolov8"}


def test_the_score_of_the_changed_system_is_the_papers(nlp: Language) -> None:
    ex = run(
        nlp,
        "This paper presents an improved YOLOv8 model for smoke detection. Experiments show "
        "that the improved YOLOv8 reaches 93.5% precision on the D-Fire dataset.",
        title="Smoke detection in the wild",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(93.5, None)]


def test_a_model_familys_name_with_its_version_glued_on_is_a_model(nlp: Language) -> None:
    # "YOLOv11" is no name shape (neither CamelCase nor capitals); its family makes it a name
    ex = run(
        nlp,
        "Built on YOLOv8n, OurNet reaches 45.2% mAP on VisDrone, outperforming YOLOv11 and "
        "YOLOv12s.",
    )
    assert {m.text: m.type for m in ex.mentions if m.type == "Model"} == {
        "YOLOv8n": "Model",
        "YOLOv11": "Model",
        "YOLOv12s": "Model",
    }
    assert rel_ids(ex, "COMPARES_WITH") == {"model:yolov11", "model:yolov12s"}
    assert rel_ids(ex, "BASED_ON") == {"model:yolov8n"}
    # a head noun after it does not make it a method
    ex = run(nlp, "We present OurNet, a detector based on the YOLOv11 framework.")
    assert {m.text: m.type for m in ex.mentions if m.text == "YOLOv11"} == {"YOLOv11": "Model"}


def test_a_trained_model_based_detector_of_a_paper_with_no_name_is_the_papers(
    nlp: Language,
) -> None:
    # the paper trains it: "the YOLOv8-based detector" is its system ...
    ex = run(
        nlp,
        "We train a YOLOv8-based detector on 5,000 site images. The YOLOv8-based detector "
        "achieved 95.2% mAP@0.5 on the test set.",
        title="Detecting helmets on construction sites",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(95.2, None)]
    # ... but an agent built on a model the paper does not train is that model's
    ex = run(
        nlp,
        "We evaluate zero-shot agents on WebArena. For the hardest task, even the "
        "GPT-4o-based agent exhibits low alignment, with an F1 score of 0.139.",
        title="Evaluating agents on web tasks",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(0.139, "model:gpt-4o")]


def test_a_paper_is_evaluated_on_the_datasets_of_its_own_scores(nlp: Language) -> None:
    # "AIME'24 (94.4%)": datasets only the results reader names still get EVALUATED_ON
    ex = run(
        nlp,
        "We propose OurNet, a solver. With GPT-4o as its planner, it achieves new best results "
        "on ZorbMath (98.1%), QuixBench'24 (94.4%), and FlimCode-V5 (91.6%).",
    )
    evaluated = rel_ids(ex, "EVALUATED_ON")
    for r in ex.results:
        assert r.dataset_id in evaluated
    assert {"dataset:quixbench-24", "dataset:flimcode-v5"} <= evaluated
    # another system's number on a dataset says nothing of what the paper evaluates on
    ex = run(
        nlp,
        "We propose OurNet, a solver. OurNet achieves 91.6% accuracy on MMLU, while GPT-4o "
        "reaches 88.1% on QuixBench'24.",
    )
    theirs = [r for r in ex.results if r.model_id == "model:gpt-4o"]
    assert theirs and theirs[0].dataset_id not in rel_ids(ex, "EVALUATED_ON")


def test_a_paper_is_measured_by_the_metrics_of_its_own_scores(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet, a tracker. OurNet reaches a trajectory overlap score of 0.71 on the "
        "public Flimtrack dataset.",
    )
    assert [r.metric_id for r in ex.results] == ["metric:trajectory-overlap-score"]
    assert "metric:trajectory-overlap-score" in rel_ids(ex, "MEASURED_BY")


@pytest.mark.parametrize(
    ("sentence", "known"),
    [
        ("We evaluate OurNet on the JIGSAWS suturing dataset.", "dataset:jigsaws"),
        ("We evaluate OurNet on the KITTI outdoor scene benchmark.", "dataset:kitti"),
        # a name listed before it still is a dataset of the head noun
        ("We evaluate OurNet on the Aptos and KITTI odometry datasets.", "dataset:kitti"),
    ],
)
def test_a_known_dataset_then_what_its_data_is_keeps_its_name(
    nlp: Language, sentence: str, known: str
) -> None:
    ex = run(nlp, sentence)
    datasets = {e.id for e in ex.entities if e.type == "Dataset"}
    assert known in datasets and all(not d.startswith(known) or d == known for d in datasets)
    assert known in rel_ids(ex, "EVALUATED_ON")
    if "Aptos" in sentence:
        assert "dataset:aptos" in rel_ids(ex, "EVALUATED_ON")
    # a resource that is a dataset only in context is not named by such a phrase
    ex = run(nlp, "OurNet is 11.0% higher than SVM on the Twitter conversations dataset.")
    assert any(m.type == "Dataset" and m.text.startswith("Twitter") for m in ex.mentions)


def test_a_long_form_the_text_defines_wins_over_a_famous_acronym(nlp: Language) -> None:
    # "SDR" alone is the KB's signal distortion ratio; defined otherwise, it is not
    ex = run(nlp, "We propose OurNet. OurNet reaches a Success Detection Rate (SDR) of 82.2%.")
    assert [r.metric_id for r in ex.results] == ["metric:sdr"]
    # defined as itself, it keeps its KB link; so does a long form of an acronym-named entry
    ex = run(nlp, "We propose OurNet. OurNet reaches a Signal Distortion Ratio (SDR) of 12.2.")
    assert [r.metric_id for r in ex.results] == ["metric:signal-distortion-ratio"]
    ex = run(nlp, "OurNet reaches 31.5 Bilingual Evaluation Understudy (BLEU) on WMT14.")
    assert [r.metric_id for r in ex.results] == ["metric:bleu"]


def test_a_class_of_models_by_scale_or_modality_is_no_entity(nlp: Language) -> None:
    # "Large Vision-Language Models (LVLMs)" is a kind of model, like "LLMs": no entity
    ex = run(
        nlp,
        "Large Audio Reasoning Models (LARMs) hallucinate. We propose OurNet, which makes "
        "LARMs faithful and outperforms Zorb Reward Models (ZRMs).",
    )
    names = {e.name for e in ex.entities}
    assert not names & {"LARMs", "Large Audio Reasoning Models"}
    assert {"OurNet"} <= names and any(n.startswith(("ZRM", "Zorb")) for n in names)
    # in lower case too ("vision-language models (VLMs)"), and a class's usual acronym alone
    ex = run(
        nlp,
        "We propose OurNet. Pretrained audio-language models (ALMs), open-source models and "
        "LVLMs struggle, while OurNet improves them.",
    )
    assert {e.name for e in ex.entities} == {"OurNet"}
    # a capitalised compound of such words before a singular "Model" (a title's)
    ex = run(nlp, "We propose OurNet.", title="Rethinking Audio-Language Model in Zorb Forensics")
    assert not any(e.name.startswith("Audio-Language") for e in ex.entities)


def test_a_property_of_data_is_no_task(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet for coreference resolution. Event cameras offer high temporal "
        "resolution, and OurNet keeps the native resolution of the input.",
    )
    tasks = {m.text for m in ex.mentions if m.type == "Task"}
    assert "coreference resolution" in tasks
    assert not any(t.endswith(("temporal resolution", "native resolution")) for t in tasks)


def test_an_evaluative_word_starts_no_measure_name(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet. OurNet shows greater robustness, and a representative metric, the "
        "appropriate similarity metric, confirms it.",
    )
    metrics = [m.text for m in ex.mentions if m.type == "Metric"]
    assert not any(t.startswith(("greater", "representative", "appropriate")) for t in metrics)
    # a kind of measure in the plural names no measure either
    ex = run(nlp, "We propose OurNet and report regression metrics and autocorrelation metrics.")
    assert not any(m.type == "Metric" for m in ex.mentions)


def test_a_common_compound_in_title_case_is_no_name(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose ZorbAgent, which plans with three agents.",
        title="Real-Time Multi-Agent Collaboration for Zorb Planning",
    )
    names = {e.name for e in ex.entities}
    assert not names & {"Multi-Agent", "Real-Time"}
    assert "ZorbAgent" in names and "ZorbAgent" in {
        e.name for e in ex.entities if e.id in rel_ids(ex, "PROPOSES")
    }



def test_a_common_known_model_in_the_contribution_is_not_proposed(nlp: Language) -> None:
    # "a vision transformer (ViT) pre-training framework": the paper builds with ViT
    ex = run(
        nlp,
        "We propose a vision transformer (ViT) pre-training framework for zorb detection.",
        title="A Zorb study",
    )
    assert "model:vit" not in rel_ids(ex, "PROPOSES")
    # a title that opens with it, as a report does, still proposes it
    ex = run(nlp, "We release the weights.", title="CLIP: Learning Zorb Visual Models")
    assert "model:clip" in rel_ids(ex, "PROPOSES")


def test_the_test_set_is_the_dataset_the_sentence_names_before_it(nlp: Language) -> None:
    title = "ZorbNet: A Technical Report for the QuixVid Challenge at CVPR 2025"
    ex = run(
        nlp,
        "We present the winning solution of the QuixVid Challenge 2025. It uses the Zorb Video "
        "Reasoning Suite (ZVR-S) benchmark. Applied to the ZVR-S benchmark, our ZorbNet "
        "achieves 81.44% accuracy on the test set.",
        title=title,
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [(81.44, "dataset:zvrs")]
    # with no dataset before it in the sentence, the challenge's own data
    ex = run(
        nlp,
        "We present the winning solution of the QuixVid Challenge 2025. ZorbNet achieves "
        "81.44% accuracy on the test set.",
        title=title,
    )
    assert [(v, d) for v, _, d, _ in results(ex)] == [(81.44, "dataset:quixvid")]


def test_a_backbone_or_base_model_in_a_comparison_is_no_baseline(nlp: Language) -> None:
    ex = run(
        nlp,
        "We propose OurNet, which surpasses Mask R-CNN by 3.4 mAP with a Swin-B backbone. "
        "OurNet achieves a 15% accuracy improvement over the base model (LLaMA-8B).",
    )
    compared = rel_ids(ex, "COMPARES_WITH")
    assert "model:mask-r-cnn" in compared
    assert not compared & {"model:swinb", "model:llama8b"}
    assert {"model:swinb", "model:llama8b"} <= rel_ids(ex, "BASED_ON")


def test_a_model_the_sentence_says_was_pretrained_on_something_is_the_papers(
    nlp: Language,
) -> None:
    # a paper that names no system of its own: the model it pre-trains is its system
    ex = run(
        nlp,
        "Our results show that a ViT-B/16 model pre-trained with MAE and the unlabeled "
        "dataset achieved an F1 score of 0.7956, outperforming all other models.",
        title="Self-supervised pretraining for zorb classification",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(0.7956, None)]
    # a model named alone stays the model's
    ex = run(
        nlp,
        "MobileNetV2 outperforms other architectures, achieving an accuracy of 91.59%.",
        title="A comparison of CNNs for zorb classification",
    )
    assert [(v, s) for v, _, _, s in results(ex)] == [(91.59, "model:mobilenetv2")]


def test_a_measure_at_a_point_after_another_number_of_its_clause_is_a_setting(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "OurNet achieves around 62% reduction in manual review efforts at 95% recall.",
    )
    assert all(r.value != 95 for r in ex.results)


def test_a_comparative_before_a_dataset_name_and_than_compares(nlp: Language) -> None:
    # "higher" stands five tokens before "than", the dataset's name counting as one word
    ex = run(nlp, "We propose OurNet, which achieves 7.5% higher mAP50 on Pascal VOC than YOLOv1.")
    assert "model:yolov1" in rel_ids(ex, "COMPARES_WITH")
    assert "model:yolov1" not in rel_ids(ex, "USES")
