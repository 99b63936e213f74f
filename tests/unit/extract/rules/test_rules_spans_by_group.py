"""datasets / tasks / metrics / methods / tdmsci rules, each alone on a doc built from words.

Outputs are compared whole (not ``in``), so a wrongly added span fails the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

W = str.split


def test_dataset_head_needs_a_name(rule_found: Callable) -> None:
    got = rule_found(W("We use the GSM8K benchmark and a large dataset ."), ["dataset_head"])
    assert got == [("GSM8K benchmark", "Dataset", "head_noun")]


def test_dataset_head_starts_at_the_first_name_word(rule_found: Callable) -> None:
    got = rule_found(W("on the standard harmonized BUSI dataset ."), ["dataset_head"])
    assert got == [("BUSI dataset", "Dataset", "head_noun")]


def test_dataset_head_leaves_the_split_out_of_the_name(rule_found: Callable) -> None:
    words = W("on the ZorbScenes validation dataset and a Croatian training dataset .")
    assert rule_found(words, ["dataset_head"]) == [("ZorbScenes", "Dataset", "head_noun")]


def test_dataset_head_keeps_a_version_after_the_name(rule_found: Callable) -> None:
    words = W(
        "on the Zorbverse 2 dataset , the Zorb v2 benchmark , the TREC 2022 Clinical Trial "
        "Track dataset and 2 datasets ."
    )
    assert rule_found(words, ["dataset_head"]) == [
        ("Zorbverse 2 dataset", "Dataset", "head_noun"),
        ("Zorb v2 benchmark", "Dataset", "head_noun"),
        # the window cut the name after its year: the name does not start with the year
        ("Clinical Trial Track dataset", "Dataset", "head_noun"),
    ]


def test_quoted_dataset_takes_a_quoted_name_ending_in_a_head(rule_found: Callable) -> None:
    words = W('on the " 44-classes MRI dataset " and the " large dataset " .')
    assert rule_found(words, ["quoted_dataset"]) == [
        ("44-classes MRI dataset", "Dataset", "head_noun")
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("TeamX at SemEval-2025 Task 9 : Adapters", "SemEval-2025 Task 9"),
        ("Lab at the Zorb 2025 Shared Task : LLMs", "Zorb 2025 Shared Task"),
        ("ZorbCLEF 2025 : a campaign", None),  # no "at": not a participant's title
        ("A look at GPUs : a review", None),  # no year: no campaign
    ],
)
def test_event_title_takes_the_campaign_a_title_took_part_in(
    rule_found: Callable, title: str, expected: str | None
) -> None:
    got = rule_found([*title.split(), "\n\n", "Abstract", "."], ["event_title"])
    assert got == ([(expected, "Dataset", "event_title")] if expected else [])


@pytest.mark.parametrize(
    "head",
    [
        "ZorbTeam Solution for the ZorbScene Parsing Challenge 2025",
        "OurNet @ ZorbSeg CHALLENGE",
        "Our entry to the Zorb 2025 Shared Task",
        "A system for the ZorbQA competition",
        "University's IWSLT 2025 System",
        "University’s ZorbEval 2024 Submission",
        "A survey of challenges in parsing",
        "Zorb: a new model",
    ],
)
def test_the_challenge_shortcut_never_skips_a_match(head: str) -> None:
    # the substring test before the challenge regex: True wherever the regex matches
    from kg.extract.rules.datasets import _CHALLENGE, _challenge_words

    assert _challenge_words(head) or _CHALLENGE.search(head) is None
    assert not _challenge_words("Zorb: a new model for parsing")


def test_dataset_head_stops_at_a_possessive(rule_found: Callable) -> None:
    got = rule_found(W("trained on Ott ' s Chicago - hotel dataset ."), ["dataset_head"])
    assert got == [("Chicago - hotel dataset", "Dataset", "head_noun")]


def test_set_head_takes_the_name_before_a_split(rule_found: Callable) -> None:
    got = rule_found(W("results on the WSJ test set and the test set ."), ["set_head"])
    assert got == [("WSJ", "Dataset", "head_noun")]


def test_task_head_with_modifiers_and_coordination(rule_found: Callable) -> None:
    got = rule_found(W("We study syntactic and semantic parsing ."), ["task_head"])
    assert got == [("syntactic and semantic parsing", "Task", "task_head")]


def test_task_head_imaging_tasks(rule_found: Callable) -> None:
    words = W("for medical image registration , image super-resolution and motion deblurring")
    assert rule_found(words, ["task_head"]) == [
        ("medical image registration", "Task", "task_head"),
        ("image super-resolution", "Task", "task_head"),
        ("motion deblurring", "Task", "task_head"),
    ]


def test_task_head_takes_a_sentence_initial_modifier(rule_found: Callable) -> None:
    words = W("Spontaneous speech recognition is hard . Evaluating machine translation too")
    assert rule_found(words, ["task_head"], sent_starts=(0, 6)) == [
        ("Spontaneous speech recognition", "Task", "task_head"),
        ("machine translation", "Task", "task_head"),
    ]
    words = W("Despite human hand synthesis and Our face recognition")
    assert rule_found(words, ["task_head"], sent_starts=(0, 5)) == [
        ("human hand synthesis", "Task", "task_head"),
        ("face recognition", "Task", "task_head"),
    ]


def test_task_head_stops_at_verbs(rule_found: Callable) -> None:
    got = rule_found(W("Models improve relation extraction ."), ["task_head"])
    assert got == [("relation extraction", "Task", "task_head")]


def test_task_head_stops_at_a_verb_taking_the_task_as_object(rule_found: Callable) -> None:
    words = W("we formulate change detection as ranking and take machine translation further")
    assert rule_found(words, ["task_head"]) == [
        ("change detection", "Task", "task_head"),
        ("machine translation", "Task", "task_head"),
    ]


def test_task_head_starts_after_a_known_lower_case_metric(rule_found: Callable) -> None:
    words = W("high precision rare word extraction and MAP estimation")
    prior = [(1, 2, "Metric", "m:p", "gazetteer"), (6, 7, "Metric", "m:m", "gazetteer")]
    assert rule_found(words, ["task_head"], prior=prior) == [
        ("rare word extraction", "Task", "task_head"),
        ("MAP estimation", "Task", "task_head"),
    ]
    assert rule_found(words, ["task_head"]) == [
        ("precision rare word extraction", "Task", "task_head"),
        ("MAP estimation", "Task", "task_head"),
    ]
    words = W("knowledge prediction accuracies and response generation")
    prior = [(2, 3, "Metric", "m:a", "gazetteer")]
    assert rule_found(words, ["task_head"], prior=prior) == [
        ("knowledge prediction", "Task", "task_head"),
        ("response generation", "Task", "task_head"),
    ]


def test_task_head_leaves_out_grading_adjectives(rule_found: Callable) -> None:
    words = W("a precise understanding of scenes and easy word classification")
    assert rule_found(words, ["task_head"]) == [("word classification", "Task", "task_head")]


def test_task_head_starts_after_a_based_compound(rule_found: Callable) -> None:
    """ "diffusion-based video generation": the compound says how, the task is video
    generation."""
    words = W("we study diffusion -based video generation and rule based dependency parsing")
    assert rule_found(words, ["task_head"]) == [
        ("video generation", "Task", "task_head"),
        ("dependency parsing", "Task", "task_head"),
    ]


def test_task_method_relabels_a_technique_named_after_its_task(rule_found: Callable) -> None:
    words = W("a constraint classification scheme ; the constraint classification scheme helps")
    assert rule_found(words, ["task_head"]) == [
        ("constraint classification", "Task", "task_head"),
        ("constraint classification", "Task", "task_head"),
    ]
    assert rule_found(words, ["task_head", "task_method"]) == [
        ("constraint classification", "Method", "task_head"),
        ("constraint classification", "Method", "task_head"),
    ]


def test_task_method_keeps_a_task_the_doc_also_writes_alone(rule_found: Callable) -> None:
    """ "outperforming hyperspectral image classification methods" are methods for the task
    the title names: every "hyperspectral image classification" of the doc was a Method (the
    paper then ADDRESSES no task and USES or COMPARES_WITH the task)."""
    words = W(
        "convolution for hyperspectral image classification ; outperforming hyperspectral"
        " image classification methods"
    )
    assert rule_found(words, ["task_head", "task_method"]) == [
        ("hyperspectral image classification", "Task", "task_head"),
        ("hyperspectral image classification", "Task", "task_head"),
    ]


def test_known_method_tail_makes_a_variant_of_the_technique(rule_found: Callable) -> None:
    """ "graph flow matching" ends in the gazetteer's "flow matching": a variant of that
    technique, no task; "zorb matching" ends in no known technique and stays a task."""
    words = W("we propose graph flow matching for zorb matching")
    prior = [(3, 5, "Method", "method:flow-matching", "gazetteer")]
    assert rule_found(words, ["task_head", "known_method_tail"], prior=prior) == [
        ("graph flow matching", "Method", "task_head"),
        ("zorb matching", "Task", "task_head"),
    ]


def test_infinitive_verb_takes_the_verb_out_of_a_name(rule_found: Callable) -> None:
    """After "to", a modal or a plural subject ("we", "that"), a base verb and its object
    are no name: "to steer image generation" names the task "image generation", "to capture
    reasoning" none; the same words elsewhere are left to the other rules."""
    words = W(
        "models fail to capture reasoning ; we aim to steer image generation ;"
        " capture reasoning matters ; we treat object pose estimation"
    )
    assert rule_found(words, ["task_head", "infinitive_verb"]) == [
        ("image generation", "Task", "task_head"),
        ("capture reasoning", "Task", "task_head"),
        ("object pose estimation", "Task", "task_head"),
    ]


def test_method_head(rule_found: Callable) -> None:
    got = rule_found(W("we apply multi-task fine-tuning and deep tuning ."), ["method_head"])
    assert got == [("multi-task fine-tuning", "Method", "method_head")]


def test_head_rules_claim_positions_in_list_order(rule_found: Callable) -> None:
    # "compression" heads both a technique and a task: the first listed rule claims it
    words = W("we use semantic compression .")
    assert rule_found(words, ["method_head", "task_head"]) == [
        ("semantic compression", "Method", "method_head")
    ]
    assert rule_found(words, ["task_head", "method_head"]) == [
        ("semantic compression", "Task", "task_head")
    ]


def test_metric_head(rule_found: Callable) -> None:
    got = rule_found(W("measured by the PARSEVAL metric and other metrics ."), ["metric_head"])
    assert got == [("PARSEVAL", "Metric", "metric_head")]


def test_metric_variant(rule_found: Callable) -> None:
    got = rule_found(W("we report vBLEU , mDice and NASA scores ."), ["metric_variant"])
    assert got == [("vBLEU", "Metric", "metric_head"), ("mDice", "Metric", "metric_head")]


def test_metric_span_extends_a_known_metric(rule_found: Callable) -> None:
    words = W("the solving accuracy and BLEU are high")
    prior = [(2, 3, "Metric", "metric:accuracy", "gazetteer"), (4, 5, "Metric", "m:b", "gazetteer")]
    assert rule_found(words, ["metric_span"], prior=prior) == [
        ("solving accuracy", "Metric", "metric_head")
    ]
    # the TDMSci overlay keeps the measured noun out of the span
    assert rule_found(words, ["metric_span_tdmsci"], prior=prior) == []


def test_metric_span_keeps_rate_after_a_known_metric(rule_found: Callable) -> None:
    words = W("the accuracy rate and the error rate improve")
    prior = [(1, 2, "Metric", "metric:accuracy", "gazetteer"), (5, 7, "Metric", "m:e", "gazetteer")]
    assert rule_found(words, ["metric_span"], prior=prior) == [
        ("accuracy rate", "Metric", "metric_head")
    ]
    # TDMSci writes "accuracy rate" both ways: its overlay leaves "rate" out
    assert rule_found(words, ["metric_span_tdmsci"], prior=prior) == []


def test_tdmsci_metric_keeps_score_head(rule_found: Callable) -> None:
    prior = [(1, 2, "Metric", "metric:f1", "gazetteer")]
    words = W("the F1 score is")
    assert rule_found(words, ["metric_span_tdmsci"], prior=prior) == [
        ("F1 score", "Metric", "metric_head")
    ]


def test_metric_span_keeps_score_after_a_known_metric(rule_found: Callable) -> None:
    # "score" after a known metric names the measure (the gazetteer already knows "F1 score")
    words = W("the BLEU scores and the F1 score score well")
    prior = [(1, 2, "Metric", "metric:bleu", "gazetteer"), (5, 6, "Metric", "m:f", "gazetteer")]
    assert rule_found(words, ["metric_span"], prior=prior) == [
        ("BLEU scores", "Metric", "metric_head"),
        ("F1 score", "Metric", "metric_head"),
    ]


def test_metric_measure_compound(rule_found: Callable) -> None:
    words = W("its computational complexity , problem complexity and time complexity are low")
    assert rule_found(words, ["metric_measure_compound"]) == [
        ("computational complexity", "Metric", "measure_compound"),
        ("time complexity", "Metric", "measure_compound"),
    ]


def test_tdmsci_metric_takes_the_long_form_of_its_short_form(rule_found: Callable) -> None:
    words = W("the complete sentence accuracy ( COMP ) , recall ( lr ) and accuracy ( Acc )")
    prior = [
        (3, 4, "Metric", "m:a", "gazetteer"),
        (8, 9, "Metric", "m:r", "gazetteer"),
        (13, 14, "Metric", "m:a", "gazetteer"),
    ]
    assert rule_found(words, ["metric_span_tdmsci"], prior=prior) == [
        ("complete sentence accuracy ( COMP )", "Metric", "metric_head"),
        ("recall ( lr )", "Metric", "metric_head"),
        ("accuracy ( Acc )", "Metric", "metric_head"),
    ]


def test_shared_task(rule_found: Callable) -> None:
    got = rule_found(W("in the CoNLL 2005 shared task ."), ["shared_task"])
    assert got == [("CoNLL 2005 shared task", "Task", "shared_task")]


def test_long_dataset_name(rule_found: Callable) -> None:
    got = rule_found(W("on the NIST 2003 MT evaluation set ."), ["long_dataset_name"])
    assert got == [("NIST 2003 MT evaluation set", "Dataset", "head_noun")]


def test_long_dataset_name_keeps_a_language_pair_and_the_owner(rule_found: Callable) -> None:
    words = W(
        "on a English - Malay bilingual Wikipedia corpus and Ott ' s Chicago - hotel dataset"
    )
    assert rule_found(words, ["long_dataset_name"]) == [
        ("English - Malay bilingual Wikipedia corpus", "Dataset", "head_noun"),
        ("Ott ' s Chicago - hotel dataset", "Dataset", "head_noun"),
    ]
    got = rule_found(
        W("to the 2011 IWSLT Chinese - to - English machine translation benchmark ."),
        ["long_dataset_name"],
    )
    assert got == [
        ("2011 IWSLT Chinese - to - English machine translation benchmark", "Dataset", "head_noun")
    ]
    # a language alone still starts no name (a one-word name is dataset_head's)
    got = rule_found(W("on the English Gigaword corpus ."), ["long_dataset_name"])
    assert got == []


def test_method_phrase_keeps_the_head_noun(rule_found: Callable) -> None:
    words = W("we train conditional random fields , a graph neural network and beam search")
    assert rule_found(words, ["method_phrase"]) == [
        ("conditional random fields", "Method", "method_phrase"),
        ("graph neural network", "Method", "method_phrase"),
        ("beam search", "Method", "method_phrase"),
    ]


def test_method_phrase_skips_fields(rule_found: Callable) -> None:
    assert rule_found(W("advances in deep learning and machine learning"), ["method_phrase"]) == []


def test_task_phrase_does_not_start_with_a_verb(rule_found: Callable) -> None:
    words = W("models lack reasoning and obtain pixel-accurate segmentation")
    got = rule_found(words, ["task_head"])
    assert got == [("pixel-accurate segmentation", "Task", "task_head")]


def test_method_phrase_skips_generic_classes(rule_found: Callable) -> None:
    words = W("unlike base methods , reward models , the largest models , a maximum entropy model")
    assert rule_found(words, ["method_phrase"]) == [
        ("maximum entropy model", "Method", "method_phrase")
    ]


def test_method_phrase_takes_compounds_and_kinds_of_model(rule_found: Callable) -> None:
    words = W("log-linear models , a probabilistic model , a one-stage approach , a language model")
    assert rule_found(words, ["method_phrase"]) == [
        ("log-linear models", "Method", "method_phrase"),
        ("probabilistic model", "Method", "method_phrase"),
    ]


def test_task_system_names_the_system_performing_a_task(rule_found: Callable) -> None:
    words = W("an MT system ; speech recognition systems for speech recognition tasks")
    prior = [(1, 2, "Task", "task:mt", "gazetteer")]
    assert rule_found(words, ["task_head", "task_system"], prior=prior) == [
        ("speech recognition", "Task", "task_head"),
        ("speech recognition", "Task", "task_head"),
        ("MT system", "Method", "method_phrase"),
        ("speech recognition systems", "Method", "method_phrase"),
    ]


def test_task_head_understanding(rule_found: Callable) -> None:
    got = rule_found(W("spoken language understanding and understanding ."), ["task_head"])
    assert got == [("spoken language understanding", "Task", "task_head")]


def test_method_phrase_gerund_only_right_before_the_head(rule_found: Callable) -> None:
    words = W(
        "a reinforcement learning method , a parsing algorithm , leveraging foundation models ,"
        " a training technique and a promising approach"
    )
    assert rule_found(words, ["method_phrase"]) == [
        ("reinforcement learning", "Method", "method_phrase"),
        ("reinforcement learning method", "Method", "method_phrase"),
        ("parsing algorithm", "Method", "method_phrase"),
    ]


def test_metric_rate(rule_found: Callable) -> None:
    words = W("the recognition rate , false positive rates and the learning rate")
    assert rule_found(words, ["metric_rate"]) == [
        ("recognition rate", "Metric", "metric_head"),
        ("false positive rates", "Metric", "metric_head"),
    ]


def test_metric_phrase_keeps_the_measure_head(rule_found: Callable) -> None:
    words = W("translation quality , high quality , sentence similarity measures and the metric")
    assert rule_found(words, ["metric_phrase"]) == [
        ("translation quality", "Metric", "metric_phrase"),
        ("sentence similarity measures", "Metric", "metric_phrase"),
    ]


def test_metric_phrase_stops_at_verbs_and_amounts(rule_found: Callable) -> None:
    words = W("we assess answer quality with multiple metrics and improving robustness")
    assert rule_found(words, ["metric_phrase"]) == [("answer quality", "Metric", "metric_phrase")]


def test_metric_phrase_skips_generic_kinds_of_measure(rule_found: Callable) -> None:
    # "evaluation metrics", "performance metrics" name no measure, nor do criteria ("selection
    # criteria", "diagnostic criteria"): 18.6k corpus, 504 + 98 MEASURED_BY to such phrases
    words = W(
        "standard evaluation metrics , performance metrics , selection criteria and sentence "
        "similarity measures"
    )
    assert rule_found(words, ["metric_phrase"]) == [
        ("sentence similarity measures", "Metric", "metric_phrase")
    ]


def test_metric_compound_takes_the_measured_noun(rule_found: Callable) -> None:
    words = W("the conversion accuracy and improving accuracy and overall accuracy")
    prior = [(i, i + 1, "Metric", "metric:accuracy", "gazetteer") for i in (2, 5, 8)]
    assert rule_found(words, ["metric_compound"], prior=prior) == [
        ("conversion accuracy", "Metric", "metric_head")
    ]


def test_every_registered_rule_has_its_own_test() -> None:
    from pathlib import Path

    from kg.extract.rules import REGISTRY, load_rules

    load_rules()
    here = Path(__file__).parent
    tests = "".join(p.read_text(encoding="utf-8") for p in here.glob("test_rules_*.py"))
    untested = [r for r in REGISTRY if f'"{r}"]' not in tests and f'["{r}"' not in tests]
    assert not untested, f"rules without a test of their own: {untested}"


def test_task_head_stops_at_verbs_and_judging_adjectives(rule_found: Callable) -> None:
    words = W(
        "we refine depth estimation ; the paper introduces conformal prediction with superior"
        " object detection and its own alignment for downstream video generation"
    )
    assert rule_found(words, ["task_head"]) == [
        ("depth estimation", "Task", "task_head"),
        ("conformal prediction", "Task", "task_head"),
        ("object detection", "Task", "task_head"),
        ("video generation", "Task", "task_head"),
    ]


def test_task_head_does_not_start_at_a_number_word(rule_found: Callable) -> None:
    words = W("across seven MGT detection and numerous legal reasoning settings")
    assert rule_found(words, ["task_head"]) == [
        ("MGT detection", "Task", "task_head"),
        ("legal reasoning", "Task", "task_head"),
    ]


def test_metric_phrase_and_compound_skip_verbs_and_judging_words(rule_found: Callable) -> None:
    words = W("artifacts degrade image quality ; pivotal metrics ; we ensure accuracy")
    prior = [(10, 11, "Metric", "metric:accuracy", "gazetteer")]
    assert rule_found(words, ["metric_phrase", "metric_compound"], prior=prior) == [
        ("image quality", "Metric", "metric_phrase")
    ]


def test_a_verb_shaped_word_modifies_no_task(rule_found: Callable) -> None:
    words = W(
        "we prioritize neural field reconstruction , simplify answer extraction and size estimation"
    )
    assert rule_found(words, ["task_head"]) == [
        ("neural field reconstruction", "Task", "task_head"),
        ("answer extraction", "Task", "task_head"),
        ("size estimation", "Task", "task_head"),
    ]


def test_a_lower_case_quantifier_starts_no_task_or_method(rule_found: Callable) -> None:
    """ "multiple reasoning benchmarks" made the Task "multiple reasoning" (and, coordinated,
    "multiple reasoning benchmarks and multiple segmentation"); "distinct approaches" a
    Method. In Title Case "Multiple" starts a name."""
    words = W(
        "on multiple reasoning benchmarks and multiple segmentation datasets with distinct"
        " sampling approaches ; Underwater Multiple Fish Tracking"
    )
    assert rule_found(words, ["task_head", "method_phrase"]) == [
        ("sampling approaches", "Method", "method_phrase"),
        ("Underwater Multiple Fish Tracking", "Task", "task_head"),
    ]


def test_a_verb_in_the_third_person_modifies_no_method_or_task(rule_found: Callable) -> None:
    """ "strengthens feature representations", "employs contrastive learning", "treats
    retrieval" were names: a verb and its object (lexicon/finite_verbs.txt)."""
    words = W(
        "it refines the region and strengthens feature representations ; OurNet employs"
        " contrastive learning and treats image retrieval"
    )
    assert rule_found(words, ["task_head", "method_phrase"]) == [
        ("feature representations", "Method", "method_phrase"),
        ("contrastive learning", "Method", "method_phrase"),
        ("image retrieval", "Task", "task_head"),
    ]


def test_words_judging_a_method_start_no_method_or_task(rule_found: Callable) -> None:
    """ "an innovative approach", "mainstream methods", "the resulting model" were Methods;
    "Generalizable Tumor Segmentation" (a title) the Task for tumor segmentation."""
    words = W(
        "an innovative approach outperforms mainstream methods ; Towards Generalizable Tumor"
        " Segmentation with versatile image retrieval"
    )
    assert rule_found(words, ["task_head", "method_phrase"]) == [
        ("Tumor Segmentation", "Task", "task_head"),
        ("image retrieval", "Task", "task_head"),
    ]
    # nor words that judge how apt, costly or rich it is, or say it is done by hand
    words = W(
        "competing methods ; rich representations ; insufficient measurement resolution ;"
        " a pioneering framework ; corresponding techniques ; internal representations ;"
        " costly manual labeling"
    )
    assert rule_found(words, ["task_head", "method_phrase"]) == [
        ("measurement resolution", "Task", "task_head"),
    ]


def test_a_verb_before_its_object_starts_no_task(rule_found: Callable) -> None:
    """ "called biomedical named entity recognition", "explored visible-to-thermal image
    translation", "incorporate face segmentation": a verb and the task it names."""
    words = W(
        "a task called biomedical named entity recognition ; we explored thermal image"
        " translation and incorporate face segmentation"
    )
    assert rule_found(words, ["task_head"]) == [
        ("biomedical named entity recognition", "Task", "task_head"),
        ("thermal image translation", "Task", "task_head"),
        ("face segmentation", "Task", "task_head"),
    ]


def test_a_preposition_or_connective_sits_in_no_method_or_task(rule_found: Callable) -> None:
    """ "the mechanism behind model collapse", "besides intrinsic learning", "reconstruction
    versus generative synthesis": a preposition or connective between words, no name."""
    words = W(
        "the mechanism behind model collapse ; besides intrinsic learning ; reconstruction"
        " versus generative synthesis"
    )
    assert rule_found(words, ["task_head", "method_phrase"]) == [
        ("intrinsic learning", "Method", "method_phrase"),
        ("generative synthesis", "Task", "task_head"),
    ]


def test_a_gerund_with_an_object_starts_no_method_or_task(rule_found: Callable) -> None:
    """ "thereby reducing system latency" made the Method "reducing system", "unifying speech
    and text understanding" a Task; "parsing algorithm" is a name (lexicon/verb_gerunds)."""
    words = W(
        "thereby reducing system latency ; a parsing algorithm ; unifying speech understanding"
    )
    assert rule_found(words, ["task_head", "method_phrase"]) == [
        ("parsing algorithm", "Method", "method_phrase"),
        ("speech understanding", "Task", "task_head"),
    ]


def test_task_head_leaves_out_words_judging_reasoning(rule_found: Callable) -> None:
    """ "impressive reasoning", "a deeper understanding" made Tasks of how well a model
    reasons; "concise mathematical reasoning" is the task mathematical reasoning."""
    words = W("impressive reasoning , a deeper understanding and concise mathematical reasoning")
    assert rule_found(words, ["task_head"]) == [("mathematical reasoning", "Task", "task_head")]
