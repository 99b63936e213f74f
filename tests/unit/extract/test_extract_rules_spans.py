"""Span-boundary and typing rules (general examples), the TDMSci profile, and result crediting."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ConfigError
from kg.extract.pipeline import PROFILES, profile_overrides


def spans(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label_) for m in nlp(text)._.kg_mentions}


def token_spans(nlp: Language, words: list[str], spaces: list[bool]) -> set[tuple[str, str]]:
    """Run on pre-tokenised input, as ``kg eval`` does for CoNLL."""
    doc = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
    return {(m.text, m.label_) for m in doc._.kg_mentions}


def test_task_phrase_stops_at_verbs_and_evaluative_words(nlp: Language) -> None:
    found = spans(nlp, "We compare query segmentation with a state-of-the-art dependency parsing.")
    assert ("query segmentation", "Task") in found
    assert ("dependency parsing", "Task") in found


def test_task_phrase_coordinated_adjectives_and_acronym_modifier(nlp: Language) -> None:
    found = spans(nlp, "It helps syntactic and semantic parsing as well as MWE extraction.")
    assert ("syntactic and semantic parsing", "Task") in found
    assert ("MWE extraction", "Task") in found
    # our guidelines: coordinated nouns sharing the head are one task ...
    found = spans(nlp, "We study 6D pose and size estimation.")
    assert ("6D pose and size estimation", "Task") in found


def test_deverbal_nouns_are_not_coordinated_into_a_task(nlp: Language) -> None:
    found = spans(nlp, "We study alignment and grammar extraction.")
    assert ("grammar extraction", "Task") in found


def test_language_pair_task(nlp: Language) -> None:
    found = spans(nlp, "Results on Japanese-to-English translation improve.")
    assert any(t.startswith("Japanese") and lab == "Task" for t, lab in found)


def test_evaluation_campaign_editions_are_datasets(nlp: Language) -> None:
    found = spans(nlp, "We report BLEU on the NIST05 test set and on IWSLT09.")
    assert ("NIST05", "Dataset") in found


def test_a_task_phrase_holding_a_known_dataset_before_a_data_head_is_the_dataset(
    nlp: Language,
) -> None:
    found = spans(nlp, "We evaluate on the public KITTI tracking dataset and on the MOT17 data.")
    assert ("KITTI tracking", "Dataset") in found
    assert not any(label == "Task" for _, label in found)
    # no known dataset inside: the task phrase stays a task
    assert ("object tracking", "Task") in spans(nlp, "We build a new object tracking dataset.")


def test_names_listed_before_a_plural_data_head_are_datasets(nlp: Language) -> None:
    found = spans(nlp, "We validate our method on the Zorbos, Quxa and IDRiD datasets.")
    assert {("Zorbos", "Dataset"), ("Quxa", "Dataset"), ("IDRiD", "Dataset")} <= found
    # a capitalised head is part of one name; languages are no datasets
    assert ("Abstraction", "Dataset") not in spans(
        nlp, "We test on the Abstraction and Reasoning Corpus."
    )
    assert not spans(nlp, "We use the English and German datasets.")


def test_a_year_after_a_dataset_names_its_edition(nlp: Language) -> None:
    doc = nlp("We evaluate on MICCAI FLARE 2022, on the PASCAL VOC 2012 dataset and on MS COCO.")
    found = {(m.text, m.label_, m.kb_id_) for m in doc._.kg_mentions}
    assert ("MICCAI FLARE 2022", "Dataset", "dataset:miccaiflare2022") in found
    # an edition the gazetteer does not know is a mention of the dataset it knows
    assert ("PASCAL VOC 2012", "Dataset", "dataset:pascal-voc") in found
    # an edition a rule or the gazetteer knows keeps its own entity
    doc = nlp("Experiments on AIME 2024 and AIME 2025 show gains.")
    assert ("AIME 2025", "dataset:aime25") in {(m.text, m.kb_id_) for m in doc._.kg_mentions}


def test_a_version_between_a_name_and_its_data_head(nlp: Language) -> None:
    doc = nlp("We evaluate on the Argoverse 2 dataset and on the PASCAL VOC 2012 benchmark.")
    found = {(m.text, m.label_, m.kb_id_) for m in doc._.kg_mentions}
    assert ("Argoverse 2", "Dataset", "dataset:argoverse-2") in found
    # a year after a dataset the gazetteer knows stays its edition before a data head too
    assert ("PASCAL VOC 2012", "Dataset", "dataset:pascal-voc") in found
    # a known model's version is no dataset name
    found = spans(nlp, "We develop the ZorbLM Llama 3 suite of four multilingual models.")
    assert not {t for t, label in found if label == "Dataset"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We fine-tune Whisper on the Speak & Improve 2025 corpus.", "Speak & Improve 2025"),
        ("We train on the Zorb Improve corpus.", "Zorb Improve"),
        ("We evaluate on the Advanced Zorb Property Dataset.", "Advanced Zorb Property"),
    ],
)
def test_a_common_word_in_title_case_inside_a_dataset_name(
    nlp: Language, text: str, name: str
) -> None:
    assert {t for t, label in spans(nlp, text) if label == "Dataset"} == {name}


def test_generative_matching_algorithms_are_methods_not_tasks(nlp: Language) -> None:
    # the task rules read "… matching" as a task; the gazetteer knows these techniques
    found = spans(nlp, "We train with flow matching and score matching on images.")
    assert {("flow matching", "Method"), ("score matching", "Method")} <= found
    assert not {t for t, label in found if label == "Task"}


def test_sota_vl_xai_name_nothing_gmm_and_reid_are_known(nlp: Language) -> None:
    found = spans(nlp, "SoTA methods and VL models fail. We fit a GMM for ReID.")
    assert ("GMM", "Method") in found and ("ReID", "Task") in found
    found |= spans(nlp, "We apply XAI methods such as SHAP. XAI improves trust.")
    found |= spans(nlp, "We use GenAI to generate images. GenAI models such as DALL-E rise.")
    assert not {t for t, _ in found if t in ("SoTA", "VL", "XAI", "GenAI")}


def test_3d_and_text_to_image_tasks_keep_their_scope(nlp: Language) -> None:
    # "3D reconstruction" (of scenes too) is no "3D shape reconstruction"; "text-to-image
    # generation" (T2I) is a task of its own, not any "image generation"
    doc = nlp("We improve 3D reconstruction and text-to-image generation (T2I).")
    ids = {m.kb_id_ for m in doc._.kg_mentions}
    assert {"task:3d-reconstruction", "task:text-to-image-generation"} <= ids
    assert not ids & {"task:3d-shape-reconstruction", "task:image-generation"}


def test_detection_ap_thresholds_in_their_usual_spellings(nlp: Language) -> None:
    doc = nlp("OurNet reaches an AP(50) of 76.6% and 41.2 AP75 on COCO.")
    ids = {m.kb_id_ for m in doc._.kg_mentions if m.label_ == "Metric"}
    assert ids == {"metric:map-0-5", "metric:map-0-75"}


def test_number_formats_derived_compounds_and_alpacaeval_2(nlp: Language) -> None:
    doc = nlp("We test on AlpacaEval 2 with FP16 weights, INT8 kernels and CLIP-derived features.")
    found = {(m.text, m.label_, m.kb_id_) for m in doc._.kg_mentions}
    assert ("AlpacaEval 2", "Dataset", "dataset:alpacaeval-2-0") in found
    assert ("CLIP", "Model", "model:clip") in found
    assert not {t for t, _, _ in found if t in ("FP16", "INT8", "CLIP-derived")}


def test_title_case_words_alone_make_no_dataset_name(nlp: Language) -> None:
    # "the First Dataset", "On The Zorb Dataset": no name in the words, or a function word
    assert not {t for t, lab in spans(nlp, "We present the First Dataset.") if lab == "Dataset"}
    found = spans(nlp, "Results On The Zorb Dataset are good.")
    assert {t for t, label in found if label == "Dataset"} == {"Zorb"}


def test_a_data_head_after_an_abbreviation_pair_makes_both_a_dataset(nlp: Language) -> None:
    found = spans(nlp, "We evaluate on the Fatality Analysis Reporting System (FARS) dataset.")
    assert {("Fatality Analysis Reporting System", "Dataset"), ("FARS", "Dataset")} <= found
    # data for a task ("FER datasets") leaves the task a task
    found = spans(nlp, "We study Facial Expression Recognition (FER) datasets.")
    assert ("FER", "Task") in found


def test_versions_in_pretokenised_input(tdmsci: Language) -> None:
    words = ["Results", "on", "FrameNet", "1", ".", "5", "and", "ACE", "-", "2005", "."]
    spaces = [True, True, True, False, False, True, True, False, False, False, False]
    found = token_spans(tdmsci, words, spaces)
    assert ("FrameNet 1.5", "Dataset") in found


def test_tdmsci_profile_keeps_language_and_head_in_dataset_spans(tdmsci: Language) -> None:
    found = spans(tdmsci, "We evaluate on the Chinese PropBank and the Europarl corpus.")
    assert ("Chinese PropBank", "Dataset") in found
    assert ("Europarl corpus", "Dataset") in found


def test_tdmsci_profile_metric_score_conventions(tdmsci: Language) -> None:
    words = ["The", "F1", "score", "and", "BLEU", "scores", "improve", "."]
    spaces = [True, True, True, True, True, True, False, False]
    found = token_spans(tdmsci, words, spaces)
    assert ("F1 score", "Metric") in found
    assert ("BLEU", "Metric") in found


def test_tdmsci_profile_shared_task(tdmsci: Language) -> None:
    found = spans(tdmsci, "Our system ranked first in the CoNLL 2005 shared task.")
    assert ("CoNLL 2005 shared task", "Task") in found


def test_profiles() -> None:
    assert profile_overrides(None) == {}
    assert profile_overrides("default") == {}
    assert profile_overrides("TDMSci") == PROFILES["tdmsci"]
    with pytest.raises(ConfigError):
        profile_overrides("nope")


def test_motivation_numbers_are_not_credited_to_the_paper(nlp: Language) -> None:
    text = (
        "FooMath: Small Models for Math\n\n"
        "A recent study reports 80.2% on GSM8K with a 70B model. "
        "We propose FooMath, which achieves 85.1% on GSM8K."
    )
    results = nlp(text)._.kg_results
    assert [r["value"] for r in results] == [85.1]
    assert results[0]["model_id"].endswith("foomath")
    # the paper's own study is no other work: "in a user study", "in the first case study"
    text = (
        "FooMath: Small Models for Math\n\n"
        "We propose FooMath. It averages a 74.9% win rate in user studies and 95.1% in "
        "GPT-4o evaluation. In the first case study, the method reaches an accuracy of 87%."
    )
    assert [r["value"] for r in nlp(text)._.kg_results] == [74.9, 95.1, 87.0]
    # a cue word listed as an item is no subject: "three domains (law, literature, medicine)"
    text = (
        "FooMath: Small Models for Math\n\n"
        "We propose FooMath. Experiments on three domains (law, literature, medicine) show "
        "its effectiveness: it reaches 88.2% precision."
    )
    assert [r["value"] for r in nlp(text)._.kg_results] == [88.2]


def test_named_model_in_a_motivation_sentence_keeps_its_result(nlp: Language) -> None:
    text = (
        "FooMath: Small Models for Math\n\n"
        "Previous work showed that GPT-4 achieves 92.0% on GSM8K. We propose FooMath."
    )
    results = nlp(text)._.kg_results
    assert [(r["model_id"], r["value"]) for r in results] == [("model:gpt-4", 92.0)]


def test_eval_cli_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    gold = tmp_path / "g.conll"
    gold.write_text(
        "We O\nevaluate O\non O\nthe O\nChinese B-DATASET\nPropBank I-DATASET\n. O\n\n",
        encoding="utf-8",
    )
    assert main(["eval", "--gold", str(gold), "--profile", "tdmsci", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"Dataset"' in out
    assert main(["eval", "--gold", str(gold), "--profile", "bogus"]) != 0


def test_method_phrases_with_hyphenated_compounds(nlp: Language) -> None:
    found = spans(nlp, "We design multi-task continual pre-training with a small KL penalty.")
    assert ("multi-task continual pre-training", "Method") in found
    assert ("KL penalty", "Method") in found


def test_compound_abbreviation_long_form_gives_way_to_known_names(nlp: Language) -> None:
    found = spans(nlp, "The usual approach is logistic regression with gradient descent (LR+GD).")
    assert ("logistic regression", "Method") in found
    assert ("gradient descent", "Method") in found


def test_task_named_technique_is_a_method(nlp: Language) -> None:
    found = spans(nlp, "We present a constraint classification scheme for the models.")
    assert ("constraint classification", "Method") in found


def test_a_proposed_contribution_is_not_a_task(nlp: Language) -> None:
    text = (
        "FooNet: Better Image Classification\n\n"
        "We propose an efficient incremental image classification (FooNet)."
    )
    found = spans(nlp, text)
    assert ("FooNet", "Method") in found
    assert ("FooNet", "Task") not in found


def test_abbreviation_of_a_task_variant_stays_a_task(nlp: Language) -> None:
    text = (
        "Named entity recognition (NER) is hard. The nested NER (NNER) extends it. "
        "Existing NNER methods fail."
    )
    found = spans(nlp, text)
    assert ("NNER", "Task") in found
    assert ("NNER", "Method") not in found


def test_copula_head_is_the_first_noun_phrase(nlp: Language) -> None:
    text = "The GX is a trained CNN developed on a large training dataset of users."
    assert ("GX", "Dataset") not in spans(nlp, text)
    assert ("GXB", "Dataset") in spans(nlp, "The GXB is a new benchmark of math problems.")


def test_title_case_task_drops_qualifier_compounds(nlp: Language) -> None:
    found = spans(nlp, "Large-Scale Image Classification\n\nWe study images.")
    assert ("Image Classification", "Task") in found


def _pretok(nlp: Language, text: str) -> set[tuple[str, str]]:
    """Whitespace-tokenised input, as in CoNLL gold files."""
    words = text.split()
    return token_spans(nlp, words, [True] * (len(words) - 1) + [False])


def test_tdmsci_described_dataset_names(tdmsci: Language) -> None:
    found = _pretok(tdmsci, "We tune on the NIST 2004 MT evaluation set and test on it .")
    assert ("NIST 2004 MT evaluation set", "Dataset") in found
    found = _pretok(tdmsci, "Results on the ACL 2019 cross - lingual stance detection dataset .")
    assert ("ACL 2019 cross - lingual stance detection dataset", "Dataset") in found
    found = _pretok(tdmsci, "The system gains two points on the BTEC Chinese to English test set .")
    assert ("BTEC Chinese to English test set", "Dataset") in found
    # no name in the phrase, or a plain tag set: not a dataset
    assert not any(lab == "Dataset" for _, lab in _pretok(tdmsci, "the POS tag set is small ."))
    assert not any(lab == "Dataset" for _, lab in _pretok(tdmsci, "on Egyptian dialect data ."))


def test_tdmsci_data_of_a_shared_task(tdmsci: Language) -> None:
    found = _pretok(tdmsci, "We train on the Spanish test data of the CoNLL - 2009 shared task .")
    assert ("Spanish test data of the CoNLL - 2009 shared task", "Dataset") in found
    found = _pretok(tdmsci, "We used CoNLL ' 02 shared task data for NER .")
    assert ("CoNLL ' 02 shared task data", "Dataset") in found


def test_tdmsci_coordinated_names_share_no_head(tdmsci: Language) -> None:
    found = _pretok(tdmsci, "Gains on the PKU and MSRA benchmark datasets are large .")
    assert ("PKU", "Dataset") in found and ("MSRA", "Dataset") in found
    # two languages of one corpus stay one span
    found = _pretok(tdmsci, "Our results on the ACE 2005 Chinese and English corpora show gains .")
    assert ("ACE 2005 Chinese and English corpora", "Dataset") in found


def test_tdmsci_parenthesised_ids_stay_in_dataset_spans(tdmsci: Language) -> None:
    found = _pretok(tdmsci, "We use the Chinese Gigaword ( LDC2005T14 ) for training .")
    assert ("Chinese Gigaword ( LDC2005T14 )", "Dataset") in found


def test_source_material_and_events_are_not_datasets(tdmsci: Language, nlp: Language) -> None:
    assert ("Twitter data", "Dataset") not in _pretok(tdmsci, "We crawl Twitter data daily .")
    assert ("TAC 2011 data", "Dataset") in _pretok(tdmsci, "We tune on TAC 2011 data .")
    found = _pretok(tdmsci, "Participants of the SemEval workshops used it .")
    assert not any(lab == "Dataset" for _, lab in found)
    found = _pretok(tdmsci, "We use a PTB - style tokenizer .")
    assert not any(lab == "Dataset" for _, lab in found)
    # in ML abstracts "X tasks" are the benchmarks themselves
    found = spans(nlp, "Experiments on MATH-500 and challenging AIME24 tasks show gains.")
    assert ("AIME24", "Dataset") in found


def test_metric_variants_and_non_metric_uses(tdmsci: Language) -> None:
    found = _pretok(tdmsci, "We report mBLEU and the TESLA - M metric .")
    assert ("mBLEU", "Metric") in found
    assert ("TESLA - M metric", "Metric") in found
    assert not any(lab == "Metric" for _, lab in _pretok(tdmsci, "It helps to recall the rule ."))
    found = _pretok(tdmsci, "A wide - coverage parser and the official ROUGE software .")
    assert not any(lab == "Metric" for _, lab in found)
    found = _pretok(tdmsci, "It reaches an F1 score at 91 . 2 % .")
    assert ("F1 score", "Metric") in found


def test_tdmsci_campaign_tasks(tdmsci: Language) -> None:
    found = _pretok(tdmsci, "Results on the NIST Arabic - to - English translation task improve .")
    assert ("NIST Arabic - to - English translation task", "Task") in found
    found = _pretok(tdmsci, "Scores from the WMT13 metrics task are given .")
    assert ("WMT13 metrics task", "Task") in found
    found = _pretok(tdmsci, "We propose cross - lingual entity linking for news .")
    assert ("cross - lingual entity linking", "Task") in found


def test_metric_cutoffs_and_labeled_variants(tdmsci: Language) -> None:
    found = _pretok(tdmsci, "We report accuracy and NDCG 10 : see the table .")
    assert ("NDCG 10", "Metric") in found
    found = _pretok(tdmsci, "It improves labeled precision and labeled F1 score on the test data .")
    assert ("labeled precision", "Metric") in found
    assert ("F1 score", "Metric") in found


def test_task_edge_does_not_split_a_hyphen_compound(tdmsci: Language) -> None:
    found = _pretok(tdmsci, "Prior work on high - level relation extraction is rare .")
    assert ("relation extraction", "Task") in found
    assert not any(t.startswith("level") for t, _ in found)


def test_a_metric_variant_is_its_own_entity(nlp: Language) -> None:
    doc = nlp("We score with TESLA-M and with TESLA - CELAB against references.")
    ids = {m.text: m.kb_id_ for m in doc._.kg_mentions if m.label_ == "Metric"}
    assert "TESLA - CELAB" in ids
    assert ids["TESLA - CELAB"] != "metric:tesla"


def test_wide_or_broad_coverage_before_a_noun_is_no_metric(nlp: Language) -> None:
    text = "A broad coverage grammar and wide coverage English lexicons give broad coverage ."
    assert _pretok(nlp, text) == {("coverage", "Metric")}


def test_precision_naming_a_field_is_no_metric(nlp: Language) -> None:
    """ "precision agriculture", "Precision Medicine" made the Metric precision (and a
    MEASURED_BY) in papers that measure no precision."""
    doc = nlp("Precision Medicine and precision agriculture need AI; we report precision.")
    metrics = [(m.text, m.start) for m in doc._.kg_mentions if m.label_ == "Metric"]
    assert metrics == [("precision", 10)]


def test_sensitivity_to_a_factor_is_no_metric(nlp: Language) -> None:
    """ "sensitivity to hyperparameters" (a susceptibility) made the Metric sensitivity;
    "raises the sensitivity to 91%" and "a sensitivity of 93%" are the measure."""
    doc = nlp("Its sensitivity to noise is low; it raises the sensitivity to 91% and 93%.")
    metrics = [m.start for m in doc._.kg_mentions if m.label_ == "Metric"]
    assert metrics == [10]
