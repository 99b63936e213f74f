"""kg_linker: mentions get the KB's ids; KB names rules miss are added only with context."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract.pipeline import build_nlp


def mentions(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(m.text, m._.entity_id, m._.kg_source) for m in doc._.kg_mentions]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


@pytest.mark.parametrize(
    ("text", "name", "eid"),
    [
        ("We train on Microsoft COCO images.", "Microsoft COCO", "dataset:ms-coco"),
        ("Results on WMT'14 English-French improve.", "WMT'14 English-French",
         "dataset:wmt14-english-french"),
        ("We report BLEU on WMT 2014.", "WMT 2014", "dataset:wmt14"),
        ("Our model reaches 90 on SQuAD 2.0.", "SQuAD 2.0", "dataset:squad-2-0"),
        ("Orca-Math achieves 86.81% on GSM8k pass@1.", "GSM8k", "dataset:gsm8k"),
        # an alias written just so ("VOC" of Pascal VOC) before a catalog id named "voc";
        # not before a catalog's variant ("AIME 2024" is aime24, not AIME)
        ("We detect objects on the VOC and COCO datasets.", "VOC", "dataset:pascal-voc"),
        ("It scores 79.0 on AIME 2024.", "AIME 2024", "dataset:aime24"),
    ],
)  # fmt: skip
def test_mentions_link_to_the_kb(nlp: Language, text: str, name: str, eid: str) -> None:
    assert (name, eid) in [(t, e) for t, e, _ in mentions(nlp, text)]


def test_names_no_rule_finds_are_added_with_context(nlp: Language) -> None:
    got = mentions(nlp, "We evaluate on Cora, CiteSeer and PubMed, and on SciFact.")
    ids = {e for _, e, _ in got}
    assert {"dataset:cora", "dataset:citeseer", "dataset:pubmed", "dataset:scifact"} <= ids
    assert ("Cora", "dataset:cora", "kb") in got


def test_unknown_names_still_become_entities(nlp: Language) -> None:
    doc = nlp("We introduce ZorblaxBench, a new benchmark, and evaluate on ZorblaxBench.")
    assert any(m._.entity_id == "dataset:zorblaxbench" for m in doc._.kg_mentions)
    assert "dataset:zorblaxbench" in doc._.kg_entities


def test_entities_carry_the_kb_canonical_name(nlp: Language) -> None:
    doc = nlp("We report results on WMT'14 English-French.")
    assert doc._.kg_entities["dataset:wmt14-english-french"]["name"] == "WMT14 English-French"


@pytest.fixture(scope="module")
def catalog_nlp(tmp_path_factory: pytest.TempPathFactory) -> Language:
    path: Path = tmp_path_factory.mktemp("cat") / "catalog.tsv"
    path.write_text(
        "# ambiguous names: English words that are also dataset names\n"
        "Dataset\tMedium\n"
        "Dataset\tEasy\n"
        "Dataset\tPile\n"
        "Dataset\tArc\n"
        "Dataset\tZorbvideo\n"
        "Dataset\tQuirkSet-7\tQS7\thttps://example.org/qs7\n"
        "!block\tDataset\tZorblaxBench\n",
        encoding="utf-8",
    )
    return build_nlp({"components.kg_linker.catalog": str(path)})


@pytest.mark.parametrize(
    "text",
    [
        "The medium is the message, and the task is easy.",
        "Medium-sized models are easy to train.",
        "We read a pile of papers about the arc of progress.",
        "Easy examples come first; a Medium setting follows.",
        "Workers on Amazon Mechanical Turk rated the outputs.",
        "Arc Easy questions were answered by the Medium Pile model.",
    ],
)
def test_ambiguous_words_are_not_datasets_without_context(catalog_nlp: Language, text: str) -> None:
    added = [m for m in mentions(catalog_nlp, text) if m[2] == "kb"]
    assert added == []


def test_ambiguous_words_are_datasets_with_context(catalog_nlp: Language) -> None:
    got = mentions(catalog_nlp, "We evaluate on Medium, Easy and the Pile dataset.")
    assert {("Medium", "dataset:medium"), ("Easy", "dataset:easy")} <= {(t, e) for t, e, _ in got}


def test_catalog_adds_links_and_blocks(catalog_nlp: Language) -> None:
    got = mentions(catalog_nlp, "We evaluate on QS7 and on ZorblaxBench.")
    assert ("QS7", "dataset:quirkset-7") in [(t, e) for t, e, _ in got]
    assert all(e != "dataset:zorblaxbench" for _, e, _ in got)


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("Experiments on MRI and CT datasets show gains.", {"dataset:mri", "dataset:ct"}, set()),
        ("We evaluate on LiDAR and RGB-D benchmarks.", {"dataset:lidar", "dataset:rgbd"}, set()),
        ("Results on the Large-Scale benchmark and on nuScenes improve.",
         {"dataset:largescale"}, {"dataset:nuscenes"}),
        # both forms of an abbreviation go when one of them is such a word
        ("Image quality assessment (IQA) focuses on the perceptual quality of images.",
         {"dataset:iqa"}, set()),
    ],
)  # fmt: skip
def test_modality_and_data_kind_words_are_no_datasets(
    nlp: Language, text: str, dropped: set[str], kept: set[str]
) -> None:
    """lexicon/not_datasets.txt: the rules take "MRI", "LiDAR", "Large-Scale" for datasets
    (each was a Dataset entity of 20+ papers on the 20k abstracts); the linker drops them."""
    ids = {e for _, e, _ in mentions(nlp, text)}
    assert not ids & dropped and kept <= ids


def test_a_modality_is_no_entity_of_any_type(nlp: Language) -> None:
    """lexicon/modalities.txt: "Magnetic Resonance Imaging (MRI)" was a Task (ADDRESSES MRI),
    "LiDAR" a Task or Method; a paper's own "Clinical Semantic Intelligence (CSI)" is not
    channel state information, and "MRI reconstruction" is a task."""
    text = (
        "Magnetic Resonance Imaging (MRI) is vital. We fuse LiDAR data for MRI "
        "reconstruction. We propose Clinical Semantic Intelligence (CSI), a framework."
    )
    got = {t for t, _, _ in mentions(nlp, text)}
    assert not got & {"Magnetic Resonance Imaging", "MRI", "LiDAR"}
    assert {"MRI reconstruction", "Clinical Semantic Intelligence", "CSI"} <= got


def test_new_sources_give_ids_to_names_the_rules_find() -> None:
    from kg.kb import load_kb

    kb = load_kb()
    for name, iri in [
        ("nuScenes", "https://www.nuscenes.org/download"),
        ("MIMIC-III", "pyhealth.datasets.MIMIC3Dataset"),
        ("LiveCodeBench", "https://huggingface.co/datasets/"),
        ("FB15k-237", "https://www.aclweb.org/anthology/W15-4007/"),
    ]:
        ent = kb.lookup(name, "Dataset")
        assert ent is not None and any(iri in s for s in ent.same_as), name


def test_a_head_noun_does_not_grow_a_mention_into_another_kb_name(nlp: Language) -> None:
    """"MATH" + "dataset" is TFDS's ``math_dataset`` key (DeepMind Mathematics), another
    dataset: the mention stays "MATH" (own-gold Dataset F1 fell 0.987 → 0.961 on this)."""
    got = mentions(nlp, "Using the challenging MATH dataset, we investigate fine-tuning.")
    assert [t for t, e, _ in got if e.startswith("dataset:")] == ["MATH"]
    got = mentions(nlp, "Results on WMT'14 English-French improve.")
    assert "WMT'14 English-French" in [t for t, _, _ in got]


@pytest.mark.parametrize(
    ("text", "eid", "found"),
    [("On Open Images, SPARC achieves a Jaccard similarity of 0.80.", "dataset:open-images", True),
     ("Experiments on nuScenes and Argoverse 2 show strong results.", "dataset:argoverse-2", True),
     ("It tops LaSOT and GOT-10k.", "dataset:lasot", True),
     # a source of data, not data evaluated on; a catalog id and its case
     ("We link footprints from OpenStreetMap.", "dataset:openstreetmap", False),
     ("Experiments on nuScenes and argoverse 2 show it.", "dataset:argoverse-2", False)],
)  # fmt: skip
def test_a_link_only_catalog_name_is_added_when_it_is_a_proper_name(
    nlp: Language, text: str, eid: str, found: bool
) -> None:
    """Link-only catalog rows (added to give ids) start a mention only as a proper name in its
    own case ("Open Images", "Argoverse 2", "LaSOT") with a cue of evaluation data."""
    assert (eid in {e for _, e, _ in mentions(nlp, text)}) is found


@pytest.mark.parametrize(
    ("text", "fisher"),
    [("Unlike Fisher LDA, the method is convex.", False),
     ("We add Fisher information regularization.", False),
     ("We train on the Fisher corpus and Switchboard.", True)],
)  # fmt: skip
def test_fisher_is_a_dataset_only_with_a_cue(nlp: Language, text: str, fisher: bool) -> None:
    """"Fisher" (the speech corpus) was a Dataset of 17 papers on the 20k abstracts, all
    "Fisher information" / "Fisher LDA": the gazetteer entry now needs a dataset cue (ctx)."""
    assert ("dataset:fisher" in {e for _, e, _ in mentions(nlp, text)}) is fisher


@pytest.mark.parametrize(
    ("text", "name", "label", "eid"),
    [
        # a version or size of a model family (lexicon/model_families.txt) is a Model
        ("Experiments on CIFAR-10 show that it cuts the cost by up to 49.8% on ResNet-18.",
         "ResNet-18", "Model", "model:resnet-18"),
        ("TextureSAM significantly outperforms SAM-2 on natural images.", "SAM-2", "Model",
         "model:sam-2"),
        ("Chipmunk achieves up to 2.16x speedup on HunyuanVideo and 1.41x on FLUX.1-dev.",
         "FLUX.1-dev", "Model", "model:flux-1-dev"),
        # a data size ("665k") after a model's name is a dataset
        ("We fine-tune on LLaVA-665k and evaluate on MMBench.", "LLaVA-665k", "Dataset",
         "dataset:llava665k"),
        ("We use the PRM800K dataset.", "PRM800K", "Dataset", "dataset:prm800k"),
    ],
)  # fmt: skip
def test_a_dataset_mention_that_names_a_model_is_a_model(
    nlp: Language, text: str, name: str, label: str, eid: str
) -> None:
    doc = nlp(text)
    got = [(m.text, m.label_, m._.entity_id) for m in doc._.kg_mentions]
    assert (name, label, eid) in got, got
    assert doc._.kg_entities[eid]["type"] == label


def test_a_venue_with_its_year_is_no_dataset(nlp: Language) -> None:
    got = mentions(nlp, "Our method won the CVPR2025 NTIRE challenge and was tested on ISBI2012.")
    assert "CVPR2025" not in [t for t, _, _ in got]
    # the medical challenges' data go by venue and year: not in the venue list
    assert "ISBI2012" in [t for t, _, _ in got]


@pytest.mark.parametrize(
    ("text", "name", "eid"),
    [
        # a span rule took the name's last words only ("AD 2", "Temples"): the KB name the
        # text holds whole wins, and links (MVTec AD 2: anomalib's entry)
        ("The recently proposed MVTec AD 2 dataset significantly raises the bar.",
         "MVTec AD 2", "dataset:mvtec-ad-2"),
        ("Experiments on the DTU and Tanks and Temples datasets demonstrate gains.",
         "Tanks and Temples", "dataset:tanks-and-temples"),
        ("Extensive results on ETH3D, Tanks & Temples, BlendedMVS and Strecha datasets.",
         "Tanks & Temples", "dataset:tanks-and-temples"),
        ("Experimental results on IU X-Ray and MIMIC-CXR datasets show gains.", "IU X-Ray",
         "dataset:iu-x-ray"),
        ("We use the IU-Xray dataset.", "IU-Xray", "dataset:iu-x-ray"),
        ("It scores 85.19 on DPG-Bench and 0.8 on GenEval.", "DPG-Bench", "dataset:dpg-bench"),
    ],
)  # fmt: skip
def test_a_kb_name_found_whole_wins_over_a_shorter_rule_span(
    nlp: Language, text: str, name: str, eid: str
) -> None:
    got = mentions(nlp, text)
    assert (name, eid) in [(t, e) for t, e, _ in got], got
    assert not any(t != name and t in name for t, _, _ in got), got


def test_a_rule_span_grows_left_only_into_a_linked_kb_name() -> None:
    """The extend step alone: "AD 2" (a rule span) after free "MVTec" becomes "MVTec AD 2";
    a word before it that makes no KB name ("the") leaves it as it is."""
    from kg.extract.components.linker import Linker
    from kg.extract.components.tokens import table
    from kg.kb import load_kb

    nlp = build_nlp()
    linker = Linker(load_kb())
    doc = nlp.make_doc("We test on the MVTec AD 2 set.")
    tt = table(doc)
    start = tt.texts.index("AD")
    grown = linker._extend(tt, [(start, start + 2, "Dataset", "dataset:ad2", "name_shape")])
    assert [tt.span_text(c[0], c[1]) for c in grown] == ["MVTec AD 2"]
    assert grown[0][3] == ""  # its own link is looked up again
    start = tt.texts.index("MVTec")
    c = (start, start + 3, "Dataset", "dataset:mvtec-ad-2", "kb")
    assert linker._extend(tt, [c]) == [c]


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # platforms and vendors the data comes from (lexicon/not_datasets.txt)
        ("Social media platforms like Twitter have relied on NLP.", "dataset:twitter"),
        ("We fine-tune BERT on Twitter data and test it.", "dataset:twitter"),
        ("We study inference speed on Intel and AMD CPUs.", "dataset:amd"),
        ("The code will be available on GitHub.", "dataset:github"),
        # a task whose abbreviation the rules take for a dataset (its long form is listed)
        ("Emotional support conversation (ESC) aims to alleviate distress.", "dataset:esc"),
    ],
)  # fmt: skip
def test_platforms_and_tasks_are_no_datasets(
    nlp: Language, text: str, dropped: str
) -> None:
    assert dropped not in {e for _, e, _ in mentions(nlp, text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # hallucination and LLM-judge metrics that papers call benchmarks (gazetteer metrics)
        ("Experiments on CHAIR and POPE benchmarks demonstrate gains.", "CHAIR"),
        ("Our metric outperforms G-Eval by 11.86% in correlation.", "G-Eval"),
    ],
)  # fmt: skip
def test_metric_names_are_metrics_not_datasets(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    got = [(m.text, m.label_) for m in doc._.kg_mentions]
    assert (name, "Metric") in got and (name, "Dataset") not in got, got


def test_a_cut_long_form_shares_its_linked_short_forms_entity(nlp: Language) -> None:
    """"Massive Text Embedding" (a span rule cut "Benchmark") kept an id of its own while
    "MTEB" linked to the KB: it was an unlinked Dataset of 5 papers on the 20k abstracts."""
    doc = nlp("Extensive evaluations on the Massive Text Embedding Benchmark (MTEB) show gains.")
    got = {m.text: m._.entity_id for m in doc._.kg_mentions}
    assert got["MTEB"].startswith("dataset:mteb")
    assert got["Massive Text Embedding"] == got["MTEB"], got



@pytest.mark.parametrize(
    ("text", "named"),
    [
        # 18.6k corpus: EVALUATED_ON -17 ("Video datasets are …", "from Video" in titles)
        ("Zorbvideo datasets are large.", set()),
        ("Data from Medium helps.", set()),
        ("Learning from Medium\n\nWe study it.", set()),
        ("We test on Zorbvideo.", {"Zorbvideo"}),
        ("We test on the Zorbvideo dataset.", {"Zorbvideo"}),
    ],
)
def test_an_english_word_names_a_dataset_only_by_a_cue_of_a_name(
    catalog_nlp: Language, text: str, named: set[str]
) -> None:
    # not before a plural head, in the title, or after "from" alone
    assert {t for t, e, _ in mentions(catalog_nlp, text) if e.startswith("dataset:")} == named


def test_a_short_form_the_text_defines_in_another_sense_keeps_that_sense(nlp: Language) -> None:
    # 18.6k corpus: "RFT" is reinforcement fine-tuning 20 times, rejection sampling
    # fine-tuning twice; the knowledge base knows both, and the text's definition wins
    got = dict(
        (t, e)
        for t, e, _ in mentions(
            nlp,
            "A study\n\nWe first apply RFT. We then use rejection sampling fine-tuning (RFT) "
            "and Proximal Policy Optimization (PPO). RFT helps, and k-nearest neighbor (KNN) "
            "queries too.",
        )
    )
    assert got["RFT"] == "method:rejection-tuning"
    assert got["PPO"] == "method:proximal-policy-optimization"
    assert got["KNN"] == "method:k-nearest-neighbors"


def test_a_short_form_named_by_the_entity_itself_may_be_defined_in_another_sense(
    nlp: Language,
) -> None:
    # unannotated result pool: "SST: Self-training with Self-adaptive Thresholding" was the
    # Stanford Sentiment Treebank, proposed as a dataset and the dataset of the paper's Results
    got = dict(
        (t, e)
        for t, e, _ in mentions(
            nlp,
            "SST: Self-training for SSL\n\nWe propose Self-training with Self-adaptive "
            "Thresholding (SST). We test on the Multi-Modal Language Understanding (MMLU) "
            "collection.",
        )
    )
    assert got["SST"] == "method:sst"
    assert got["MMLU"] == "dataset:mmlu"  # a famous name half reworded keeps its sense


def test_a_measures_short_form_defined_as_no_measure_names_nothing(nlp: Language) -> None:
    # 18.6k corpus: MEASURED_BY -20 ("the Identical Shortcut (IS) issue", "maximum a
    # posteriori (MAP)"); a long form in TeX markup is read without it (RL, MoE kept their
    # known entities)
    got = {
        (t, e)
        for t, e, _ in mentions(
            nlp,
            "A study\n\nWe mitigate the Identical Shortcut (IS) issue. IS is common. We use a "
            "\\textit{reinforcement learning (RL) curriculum}.",
        )
    }
    assert not {e for _, e in got if e.startswith("metric:")}
    assert ("RL", "method:reinforcement-learning") in got


def test_a_short_form_left_undefined_takes_its_common_sense(nlp: Language) -> None:
    got = {(t, e) for t, e, _ in mentions(nlp, "A study\n\nWe train Qwen2.5 with RFT and GRPO.")}
    assert ("RFT", "method:reinforcement-fine-tuning") in got
