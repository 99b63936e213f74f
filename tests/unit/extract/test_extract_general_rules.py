"""General rules for unseen dataset names, metric suffixes and task phrases (made-up examples)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.gazetteer import load_gazetteer


def spans(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label_) for m in nlp(text)._.kg_mentions}


def test_unseen_name_before_a_split_noun_is_a_dataset(nlp: Language, tdmsci: Language) -> None:
    text = "We tune on the ZORBLAX 2019 evaluation set and report results."
    assert ("ZORBLAX 2019", "Dataset") in spans(nlp, text)
    # TDMSci keeps the split noun in the span
    assert ("ZORBLAX 2019 evaluation set", "Dataset") in spans(tdmsci, text)
    assert ("Quuxbank data", "Dataset") in spans(tdmsci, "Models trained on Quuxbank data work.")


def test_language_pair_and_set_noun_extend_tdmsci_dataset_spans(tdmsci: Language) -> None:
    found = spans(tdmsci, "We report BLEU on the NIST Chinese-English test sets.")
    assert ("NIST Chinese-English test sets", "Dataset") in found


def test_resource_name_needs_a_dataset_cue(nlp: Language) -> None:
    assert ("IWSLT 2015", "Dataset") in spans(
        nlp, "Results on the IWSLT 2015 evaluation data are strong."
    )
    assert ("Wikipedia", "Dataset") in spans(nlp, "We use the test portion of Wikipedia here.")
    assert not any(t == "Dataset" for _, t in spans(nlp, "Wikipedia is an encyclopedia."))


def test_metric_at_k_and_mt_metrics(nlp: Language) -> None:
    found = spans(nlp, "We report precision at 10 and the TESLA and PER metrics.")
    assert ("precision at 10", "Metric") in found
    assert ("TESLA", "Metric") in found
    assert ("PER", "Metric") in found
    assert not any(t == "Metric" for _, t in spans(nlp, "The meant value is small."))


def test_sentence_initial_task_phrase(tdmsci: Language) -> None:
    assert ("Frame identification", "Task") in spans(
        tdmsci, "Table 2 : Frame identification results on the test data ."
    )


def test_nlp_dataset_list_is_loaded() -> None:
    gaz = load_gazetteer()
    for name in ("20 Newsgroups", "Reuters-21578", "WordSim-353", "MultiWOZ", "Switchboard"):
        assert gaz.lookup(name, "Dataset") is not None, name


def test_a_parser_is_not_a_task(nlp: Language) -> None:
    found = spans(nlp, "We retrain a CCG parser for dependency parsing.")
    assert ("dependency parsing", "Task") in found
    assert not any(t == "Task" and "parser" in s for s, t in found)


def test_resource_head_nouns_stay_in_tdmsci_dataset_spans(tdmsci: Language) -> None:
    assert ("FrameNet lexicon", "Dataset") in spans(tdmsci, "We use the FrameNet lexicon here .")


def test_named_evaluation_task_keeps_task_in_tdmsci(tdmsci: Language) -> None:
    found = spans(tdmsci, "Systems in the Entity Linking task link mentions to entries .")
    assert ("Entity Linking task", "Task") in found
    # "the/a X task" keeps "task" for a multi-word task; other uses drop it
    assert ("entity linking task", "Task") in spans(tdmsci, "The entity linking task is hard .")
    assert ("entity linking", "Task") in spans(tdmsci, "Our entity linking task is hard .")


def _typed(nlp: Language, text: str) -> dict[str, str]:
    ex = nlp(text)
    return {m.text: m.label_ for m in ex._.kg_mentions}


def test_an_apposition_after_a_bracketed_long_form_types_the_name(nlp: Language) -> None:
    text = "We introduce ZorbDive (Zorb Diversity), a benchmark that tests dialect robustness."
    assert _typed(nlp, text).get("ZorbDive") == "Dataset"


def test_our_system_after_a_fronted_phrase_is_the_subject_not_an_apposition(
    nlp: Language,
) -> None:
    # 18.6k corpus: "Evaluated on PrivacyQA and PolicyQA, our framework improves …" made
    # PolicyQA a Method, and its scores lost their dataset
    text = (
        "Evaluated on ZorbQA and QarnetQA, our framework improves accuracy from 0.352 to "
        "0.464 on QarnetQA."
    )
    assert _typed(nlp, text).get("QarnetQA") == "Dataset"
    assert _typed(nlp, "On an NVIDIA Zorb 4090D, our model runs at 78 FPS.").get(
        "Zorb 4090D"
    ) is None
    # an apposition it still is: "as", a main clause after it, a clause with "we" before it
    text = "Instantiated as Zorb Qarnet Learning (ZQL), our method leverages priors."
    assert _typed(nlp, text).get("ZQL") == "Method"
    text = "Using ZorbScaling (ZS), our extension of the canonical technique, we combine scores."
    assert _typed(nlp, text).get("ZS") == "Method"
    text = "In this work we present ZorbNet, our model for segmentation."
    assert _typed(nlp, text).get("ZorbNet") == "Model"


def test_a_size_inside_a_name_makes_it_a_model(nlp: Language) -> None:
    # 18.6k corpus: "TinySwallow-1.5B-Instruct" was a Dataset ("…Instruct"), "MiMo-VL-7B-RL"
    # and "DeepScaleR-1.5B-Preview" were dropped or Methods
    typed = _typed(nlp, "ZorbSwallow-1.5B-Instruct and ZorbMo-VL-7B-RL reach 0.29 and 0.31.")
    assert typed.get("ZorbSwallow-1.5B-Instruct") == "Model"
    assert typed.get("ZorbMo-VL-7B-RL") == "Model"


def test_a_size_in_a_name_its_apposition_calls_data_is_a_count(nlp: Language) -> None:
    assert _typed(nlp, "We propose ZorbQA-1M, a large-scale dataset for driving.").get(
        "ZorbQA-1M"
    ) == "Dataset"
    # a parameter count stays a model's
    assert _typed(nlp, "We release ZorbLM-7B, a language model.").get("ZorbLM-7B") == "Model"


def test_a_modality_conversion_code_is_a_task_not_a_model(nlp: Language) -> None:
    # 18.6k corpus: "T2I" was a Model 172 times ("utilizes a T2I model" -> USES model:t2i)
    typed = _typed(nlp, "We present ZorbEdit, a method that utilizes a T2I model and I2V models.")
    assert typed.get("T2I") == "Task" and typed.get("I2V") == "Task"
    # a benchmark so named is still data
    typed = _typed(nlp, "We also present M2S, the first annotated benchmark of structures.")
    assert typed.get("M2S") == "Dataset"


def test_a_colon_apposition_types_only_data(nlp: Language) -> None:
    found = _typed(nlp, "We introduce Zorb3D: a new aerial LiDAR dataset for segmentation.")
    assert found.get("Zorb3D") == "Dataset"
    # "X: a model for …" (a title's "X: A Model for …" says what X is about): no type from it
    assert _typed(nlp, "We use ZorbNet: a model for segmentation.").get("ZorbNet") != "Model"


def test_digits_then_a_word_is_a_name_shape(nlp: Language) -> None:
    found = _typed(nlp, "We present Z2VCountBench, a specialized benchmark for counting.")
    assert found.get("Z2VCountBench") == "Dataset"


def test_a_quoted_name_an_apposition_calls_data_is_a_dataset(nlp: Language) -> None:
    text = 'We introduce "Do You Zorb Me", a scalable benchmark with 1,758 images.'
    assert _typed(nlp, text).get("Do You Zorb Me") == "Dataset"
    text = 'The models are trained on the "ZQ18" dataset for ultrasound.'
    assert _typed(nlp, text).get("ZQ18") == "Dataset"


def test_a_long_form_going_on_from_a_known_dataset_is_a_dataset(nlp: Language) -> None:
    # "Big-Bench Hard" is a known dataset: BBH-CJ is a part of it
    text = "We extend Big-Bench Hard Causal Judgment (BBH-CJ) with new samples."
    assert _typed(nlp, text).get("BBH-CJ") == "Dataset"
    # a plain word a known name shares opens no dataset ("MuTual" vs "Mutual Information")
    text = "We introduce ZorbMI, a novel Mutual Information (MI) estimator."
    assert _typed(nlp, text).get("MI") != "Dataset"


def test_a_lower_case_name_of_letters_and_digits_before_a_data_head(nlp: Language) -> None:
    assert _typed(nlp, "On the z2c2 dataset, we improve.").get("z2c2") == "Dataset"
    assert "v2" not in _typed(nlp, "We use the v2 dataset.")  # a version, not a name


def test_a_name_before_a_bracketed_long_form_and_a_data_head(nlp: Language) -> None:
    text = "We used the ZorbCover.ai (Zorb Cover from Aerial Imagery) dataset for images."
    assert _typed(nlp, text).get("ZorbCover.ai") == "Dataset"


def test_a_name_alone_in_brackets_after_a_data_noun_is_a_dataset(nlp: Language) -> None:
    text = "OurNet reaches 0.25% EER on in-domain data (FakeOrZorb) and 83.4% F1 elsewhere."
    assert _typed(nlp, text).get("FakeOrZorb") == "Dataset"
    # a short form of the words before it is no name of data; nor is a model family's name
    assert _typed(nlp, "Models need real-world data (RWD) for training.").get("RWD") != "Dataset"
    text = "It beats models trained exclusively on PSM data (ViViT) by 3%."
    assert _typed(nlp, text).get("ViViT") != "Dataset"


def test_names_listed_in_brackets_after_a_data_noun_are_datasets(nlp: Language) -> None:
    text = "Results on three public benchmark datasets (ZAV, QUXED and ZEED) show gains."
    found = _typed(nlp, text)
    assert [found.get(n) for n in ("ZAV", "QUXED", "ZEED")] == ["Dataset"] * 3
    # a bracket that holds more than names is no list of data
    assert _typed(nlp, "We use two datasets (see Table 2 for ZAV).").get("ZAV") != "Dataset"


def test_a_compound_of_capitalised_words_before_models_is_a_kind_of_model(nlp: Language) -> None:
    # 18.6k corpus: 81 USES / BASED_ON of "Vision-Language", "Open-Source", "Rule-Based" …
    for text in (
        "It leverages Vision-Language Models to plan.",
        "It uses a Vision-Language Model (VLM) to plan.",
        "We study Open-Source LLMs and Rule-Based Models.",
    ):
        assert not any(label == "Model" for _, label in spans(nlp, text)), text
    # a name stays: coined ("DeepSeek-Coder"), singular after "the", the paper's own
    assert ("Segment-Anything", "Model") in spans(nlp, "We use the Segment-Anything Model.")
    assert ("Nile-Chat", "Model") in spans(
        nlp,
        "Nile-Chat: Egyptian Language Models\n\nWe introduce a collection of LLMs for Egyptian. "
        "Our Nile-Chat models significantly outperform leading Arabic LLMs.",
    )


def test_a_data_noun_right_before_a_name_or_its_list_types_it_a_dataset(nlp: Language) -> None:
    # 18.6k corpus: EVALUATED_ON 8,856 -> 9,009 ("two public datasets, LiTS and KiTS")
    found = _typed(nlp, "A study\n\nWe create datasets ZorbGroups-2M and ZorbGroups-HQ for it.")
    assert [found.get(n) for n in ("ZorbGroups-2M", "ZorbGroups-HQ")] == ["Dataset"] * 2
    text = "A study\n\nOn the retrieval dataset ZorbReid, our method achieves 56.2% accuracy."
    assert _typed(nlp, text).get("ZorbReid") == "Dataset"  # not "ZorbReid, our method"
    found = _typed(nlp, "A study\n\nTests on two public datasets, ZiTS and ZaTS, show gains.")
    assert [found.get(n) for n in ("ZiTS", "ZaTS")] == ["Dataset"] * 2
    found = _typed(nlp, "A study\n\nTests use two datasets, ZorbCubes (ZC) and ZorbNet, and gain.")
    assert found.get("ZorbCubes") == "Dataset"
    # the verb, a name joined to the noun, a title's capitalised words: no type from the noun
    for text, name in (
        ("A study\n\nWe benchmark ZorbNet against ResNet50.", "ZorbNet"),
        ("A study\n\nIt generalises to 3D benchmarks and Zorb1-like traces.", "Zorb1"),
        ("ZorbQA: A Benchmark Multi-Labeled Zorb Database\n\nWe study it.", "Multi-Labeled"),
    ):
        assert _typed(nlp, text).get(name) != "Dataset", text


def test_a_capitalised_compound_after_a_describes_the_data_and_names_none(nlp: Language) -> None:
    # 18.6k corpus: 33 EVALUATED_ON of titles' "A Multi-Speaker Dataset", "A Web-Scale Benchmark"
    found = _typed(nlp, "ZorbVoice: A Multi-Speaker Dataset for Speech\n\nWe introduce ZorbVoice.")
    assert "Multi-Speaker" not in found and found.get("ZorbVoice") == "Dataset"
    # a name keeps its type: no "a", or a part that is no plain capitalised word
    for text, name in (
        ("A study\n\nWe test on the Zorbir-Capsule dataset.", "Zorbir-Capsule"),
        ("A study\n\nWe build a ZorbQA-Hard benchmark.", "ZorbQA-Hard"),
    ):
        assert _typed(nlp, text).get(name) == "Dataset", text


def test_a_counted_kind_of_data_names_no_dataset(nlp: Language) -> None:
    # 18.6k corpus: EVALUATED_ON -30 ("on four public RGB-T tracking datasets", "on five UAV
    # tracking benchmarks"); read parts +3 right trusted Results
    found = _typed(nlp, "A study\n\nWe test on four public Zorb-T tracking datasets.")
    assert "Zorb-T tracking" not in found
    # a year or version is no count: "the Zorbston 2013 and Zorbento datasets"
    found = _typed(nlp, "A study\n\nWe test on the Zorbston 2013 and Zorbento datasets.")
    assert found.get("Zorbento") == "Dataset"


def test_an_abbreviated_part_of_a_system_is_a_method(nlp: Language) -> None:
    # 18.6k corpus: +53 USES of the parts a paper's system is built of
    found = _typed(
        nlp,
        "A study\n\nA Zorb enhanced Feature Fusion Module (FFM) merges features. The Weakness "
        "Aware Sample Miner (WASM) generates hard samples on a Graphics Processing Unit (GPU).",
    )
    assert [found.get(n) for n in ("FFM", "WASM")] == ["Method", "Method"]
    assert found.get("GPU") != "Method"


def test_a_part_head_after_an_abbreviation_pair_makes_it_a_method(nlp: Language) -> None:
    """ "a Dual-Modal Feature Fusion (DMFF) module": the long form ends in no method head, so
    the pair had no type and was dropped; the part's head noun after it gives it."""
    found = _typed(
        nlp,
        "A study\n\nA Dual-Modal Feature Fusion (DMFF) module fuses features, and a Sparse "
        "Zorb Guidance (SZG) block guides them. The Zorb Quality (ZQ) score rises.",
    )
    assert [found.get(n) for n in ("DMFF", "SZG")] == ["Method", "Method"]
    assert found.get("ZQ") != "Method"


def test_a_benchmark_shaped_name_before_a_task_head_after_on_is_data(nlp: Language) -> None:
    # "56.05 mIoU on SUN-RGBD segmentation": the data the task is run on, not a task
    found = _typed(nlp, "We achieve 56.05 mIoU on ZORB-RGBD segmentation.")
    assert found.get("ZORB-RGBD") == "Dataset"
    found = _typed(nlp, "OurNet reaches 81.2% accuracy on ZorbNet40 classification.")
    assert found.get("ZorbNet40") == "Dataset"
    # an acronym there names the task's object ("on KG reasoning"), and outside an evaluation
    # the name before a task head stays a task
    assert _typed(nlp, "OurNet reaches 81.2% accuracy on ZKG reasoning.").get("ZKG") != "Dataset"
    assert _typed(nlp, "We study ZORB-RGBD segmentation.").get("ZORB-RGBD") != "Dataset"


def test_a_name_beside_a_system_noun_or_given_a_system_role_is_a_system(nlp: Language) -> None:
    found = spans(
        nlp,
        "ZorbRAG gains 13 points over the multi-hop retrieval baseline, QuxCoT, and over the "
        "current best method, BlorFusion. We adopt PoseZ3D as the baseline framework.",
    )
    assert {("QuxCoT", "Method"), ("BlorFusion", "Method"), ("PoseZ3D", "Method")} <= found
    # a fronted phrase's noun is no apposition: the name after it is its clause's subject
    found = spans(nlp, "With this method, ZorbCoT reaches 90% accuracy on ZorbQA.")
    assert ("ZorbCoT", "Method") not in found


def test_a_name_the_comparison_describes_as_a_system_is_a_method(nlp: Language) -> None:
    found = spans(
        nlp,
        "ZorbViG reaches 83.1% on ZorbNet-1K, surpassing QuxG-S by +1.0% and QuxHGNN-S by "
        "+0.6%. ZorbViG outperforms the state-of-the-art trained approach BLOTA by 1.9%. It "
        "outperforms ResNet-based methods like QVF-Net, achieving the best accuracy.",
    )
    assert {("QuxHGNN-S", "Method"), ("BLOTA", "Method"), ("QVF-Net", "Method")} <= found


def test_a_name_after_a_margin_and_versus_is_a_compared_method(nlp: Language) -> None:
    found = spans(nlp, "ZorbNet reaches 13.1% on GPQA (+7.0 pp vs. QuxLLM) and 8.9% on MedQA.")
    assert ("QuxLLM", "Method") in found
    # no margin before it: "T1 vs T2" relates two things that need not be systems
    assert ("GridZ", "Method") not in spans(nlp, "We compare T1 vs. GridZ scans.")
