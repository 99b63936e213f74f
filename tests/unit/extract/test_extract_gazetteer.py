"""Gazetteer data files, canonical ids, and the pre-tokenised (CoNLL) interface."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import _default_nlp
from kg.extract.components.gazetteer_ruler import _dataset_context
from kg.extract.gazetteer import GAZETTEER_DIR, GazEntry, load_gazetteer
from kg.extract.gazetteer.build import _alias_conflicts, check
from kg.extract.pipeline import TDMSCI_OVERRIDES, build_nlp
from kg.schema import entity_id


def _entity_ids(text: str) -> dict[str, str]:
    """Each mention's text → its entity id, from the default pipeline."""
    return {m.text: m._.entity_id for m in _default_nlp()(text)._.kg_mentions}


def test_data_files_are_valid() -> None:
    assert check(GAZETTEER_DIR) == 0


def test_an_alias_that_is_another_entry_is_a_problem() -> None:
    boost = GazEntry("Method", "gradient boosting", ("XGBoost", "GBDT"), source="methods.tsv")
    xgb = GazEntry("Method", "XGBoost", source="methods.tsv")
    derived = GazEntry("Method", "GBDT", source="lm_eval_benchmarks.tsv")
    assert _alias_conflicts([boost, xgb, derived]) == [
        "methods.tsv: alias 'XGBoost' of 'gradient boosting' is the entry 'XGBoost'"
    ]
    assert _alias_conflicts([boost, derived]) == []


def test_canonical_entries_and_first_file_wins() -> None:
    gaz = load_gazetteer()
    gsm = gaz.lookup("gsm-8k", "Dataset")
    assert gsm is not None and gsm.canonical == "GSM8K"
    assert entity_id("Dataset", gsm.canonical) == "dataset:gsm8k"
    assert gaz.lookup("Grade School Math 8K", "Dataset") is gsm
    acc = gaz.lookup("accuracy", "Metric")
    assert acc is not None and acc.higher_is_better is True
    ppl = gaz.lookup("perplexity", "Metric")
    assert ppl is not None and ppl.higher_is_better is False


def test_case_sensitive_names() -> None:
    doc = _default_nlp()("We solve math problems from MATH and report the map of errors.")
    found = [(m.text, m.label_) for m in doc._.kg_mentions]
    assert ("MATH", "Dataset") in found
    assert not any(t.lower() in ("math", "map") and t != "MATH" for t, _ in found)
    # a lower-case-initial name of several parts also with a capital first letter; not a
    # one-part name ("O3" is ozone)
    doc = _default_nlp()("O3-mini beats O1-preview, and O3 levels rise.")
    found = [(m.text, m.label_) for m in doc._.kg_mentions]
    assert ("O3-mini", "Model") in found and ("O1-preview", "Model") in found
    assert not any(t == "O3" for t, _ in found)


def test_a_dataset_name_in_lower_case_is_the_common_word() -> None:
    """A dataset whose every name has a capital ("Kinetics", "AMASS", "Spider"), written as one
    lower-case word, is the English word unless a dataset cue says otherwise."""
    nlp = _default_nlp()

    def datasets(text: str) -> list[str]:
        return [m.text for m in nlp(text)._.kg_mentions if m.label_ == "Dataset"]

    assert datasets("Proteins amass in cells, and the binding kinetics are slow.") == []
    assert datasets("We report results on Kinetics and AMASS.") == ["Kinetics", "AMASS"]
    assert datasets("We report results on spider.") == ["spider"]  # "on": a dataset cue
    # an English word's name (lexicon/common_words.txt) needs its exact case, even capitalised
    assert datasets("Estimating Mutual Information. Mimic Human Raters on a Budget.") == []
    assert datasets("We report results on MuTual and MIMIC-III.") == ["MuTual", "MIMIC-III"]


def test_vqa_alone_is_the_dataset_only_with_a_cue() -> None:
    """ "VQA" is mostly the task (or video quality assessment) in 2025 abstracts: of 75 corpus
    relations to the VQA dataset, 25 read, none was the dataset; VQAv2 always is."""
    nlp = _default_nlp()

    def datasets(text: str) -> list[str]:
        return [m.text for m in nlp(text)._.kg_mentions if m.label_ == "Dataset"]

    assert datasets("It excels at VQA tasks and on video quality assessment (VQA) methods.") == []
    assert datasets("We evaluate on VQAv2 and report accuracy.") == ["VQAv2"]
    assert datasets("Results on VQA improve.") == ["VQA"]


def run_on_tokens(words: list[str], overrides: dict | None = None) -> list[tuple[str, str]]:
    """What `kg eval --format conll` does: our pipes on given tokens, no tokenizer."""
    nlp = build_nlp(overrides) if overrides else _default_nlp()
    doc = Doc(nlp.vocab, words=words)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(m.text, m.label_) for m in doc._.kg_mentions]


def test_pretokenised_input_and_tdmsci_conventions() -> None:
    words = [
        "We",
        "report",
        "BLEU",
        "on",
        "the",
        "Penn",
        "Treebank",
        "(",
        "PTB",
        ")",
        "for",
        "machine",
        "translation",
        ".",
    ]
    default = run_on_tokens(words)
    assert ("BLEU", "Metric") in default
    assert ("Penn Treebank", "Dataset") in default and ("PTB", "Dataset") in default
    assert ("machine translation", "Task") in default
    tdmsci = run_on_tokens(words, TDMSCI_OVERRIDES)
    assert ("Penn Treebank ( PTB )", "Dataset") in tdmsci
    corpus = run_on_tokens(
        ["We", "train", "on", "the", "Europarl", "corpus", "."], TDMSCI_OVERRIDES
    )
    assert corpus == [("Europarl corpus", "Dataset")]


def test_context_name_cues() -> None:
    def cued(sentence: str, name: str) -> bool:
        words = sentence.lower().split()
        i = words.index(name.lower())
        return _dataset_context(words, i, i + 1)

    assert cued("we train on the NTCIR training data", "NTCIR")
    assert cued("results on IWSLT and Europarl datasets", "IWSLT")
    assert not cued("we crawl Twitter data daily", "Twitter")
    assert not cued("Twitter offers an API", "Twitter")


def test_a_model_tier_or_version_is_its_own_model_not_its_family() -> None:
    """A released tier ("-mini", "-preview", "Pro", "Turbo") or version of a model family
    is a different model: it keeps an entity of its own."""
    doc = _default_nlp()(
        "We compare against o3-mini, GPT-4o mini, Gemini 1.5 Pro and GPT-4 Turbo, "
        "and also against o3, GPT-4o, Gemini and GPT-4."
    )
    ids = {m.text: m._.entity_id for m in doc._.kg_mentions if m.label_ == "Model"}
    assert ids["o3-mini"] == "model:o3-mini" != ids["o3"] == "model:o3"
    assert ids["GPT-4o mini"] == "model:gpt-4o-mini" != ids["GPT-4o"]
    assert ids["Gemini 1.5 Pro"] == "model:gemini-1-5-pro" != ids["Gemini"]
    assert ids["GPT-4 Turbo"] == "model:gpt-4-turbo" != ids["GPT-4"]


def test_benchmarks_named_in_lower_case_or_by_code() -> None:
    """OGB's "ogbn-arxiv" and the ETT splits are data sets, not words: a result on them
    binds to them, not to no data set."""
    doc = _default_nlp()(
        "GraphX reaches 72.4% accuracy on ogbn-arxiv and an ROC-AUC of 80.1 on ogbg-molhiv. "
        "On ETTh1 it reduces MSE to 0.402."
    )
    found = {(r["value"], r["dataset_id"]) for r in doc._.kg_results}
    assert {(72.4, "dataset:ogbn-arxiv"), (80.1, "dataset:ogbg-molhiv")} <= found
    assert (0.402, "dataset:etth1") in found


def test_established_algorithms_and_architectures_are_known() -> None:
    """RL, self-supervised and graph algorithms are Methods, named architectures with released
    weights Models; a capitalised name that is also a word matches only in its case."""
    doc = _default_nlp()(
        "We train a Deep Q-Network (DQN) and compare with soft actor-critic, SimCLR, GAT and "
        "Decision Transformer, using SegFormer, RT-DETR and a Conformer encoder."
    )
    found = {m.text: (m.label_, m._.entity_id) for m in doc._.kg_mentions}
    assert found["DQN"] == ("Method", "method:deep-q-network")
    assert found["soft actor-critic"] == ("Method", "method:soft-actor-critic")
    assert found["GAT"] == ("Method", "method:graph-attention-network")
    assert found["SegFormer"] == ("Model", "model:segformer")
    assert found["RT-DETR"] == ("Model", "model:rt-detr")
    assert found["Conformer"] == ("Model", "model:conformer")
    doc = _default_nlp()("Low-energy conformer generation with an informer network.")
    assert not {m.text for m in doc._.kg_mentions} & {"conformer", "informer"}


def test_claude_tiers_and_agent_frameworks_are_their_own_entities() -> None:
    """ "Claude 3.5 Sonnet" was an alias of "Claude 3.5" (its Haiku tier is another model);
    OpenHands and Agentless, named as baselines, were no entity at all."""
    ids = _entity_ids(
        "With Claude 3.5 Sonnet and Claude 3.5 Haiku, we compare against Agentless and "
        "OpenHands (formerly OpenDevin)."
    )
    assert ids["Claude 3.5 Sonnet"] == "model:claude-3-5-sonnet"
    assert ids["Claude 3.5 Haiku"] == "model:claude-3-5-haiku"
    assert ids["Agentless"] == "method:agentless"
    assert ids["OpenHands"] == ids["OpenDevin"] == "method:openhands"
    # an instruction-tuned or domain release is another model than its base
    ids = _entity_ids("We fine-tune Llama-3-8B-Instruct, Mistral-7B and Qwen2.5-Math.")
    assert ids["Llama-3-8B-Instruct"] == "model:llama-3-8b-instruct"
    assert ids["Mistral-7B"] == "model:mistral-7b"
    assert ids["Qwen2.5-Math"] == "model:qwen2-5-math"


def test_benchmarks_and_baselines_of_other_fields_are_known() -> None:
    """Molecular property, traffic, speech, intrusion and time-series benchmarks and the
    baselines named beside them had no entry (each paper made its own id, or none)."""
    ids = _entity_ids(
        "We report RMSE on ESOL and FreeSolv, MAE on PEMS04 and PEMS08, CER on AISHELL-1, "
        "and F1 on NSL-KDD and UNSW-NB15, against Isolation Forest, Deep SVDD, PatchCore, "
        "Graph WaveNet, Kolmogorov-Arnold Networks, YOLOv10, mBART-50 and BGE-M3."
    )
    assert ids["ESOL"] == "dataset:esol" and ids["FreeSolv"] == "dataset:freesolv"
    assert ids["PEMS04"] == "dataset:pems04" and ids["AISHELL-1"] == "dataset:aishell-1"
    assert ids["NSL-KDD"] == "dataset:nsl-kdd" and ids["UNSW-NB15"] == "dataset:unsw-nb15"
    assert ids["Isolation Forest"] == "method:isolation-forest"
    assert ids["Deep SVDD"] == "method:deep-svdd"
    assert ids["Graph WaveNet"] == "method:graph-wavenet"
    assert ids["Kolmogorov-Arnold Networks"] == "method:kolmogorov-arnold-network"
    assert ids["YOLOv10"] == "model:yolov10" and ids["mBART-50"] == "model:mbart-50"
    assert ids["BGE-M3"] == "model:bge-m3"


def test_augmentation_generative_tracking_and_recommendation_names_are_known() -> None:
    """AugMix, RandAugment, DDPM, ControlNet, ByteTrack, GPTQ, LightGCN, TimesNet and the
    like had no entry: each paper made its own id (or none)."""
    ids = _entity_ids(
        "We compare AugMix, RandAugment and label smoothing, sample with DDPM and DDIM under "
        "classifier-free guidance with a ControlNet, track with ByteTrack, quantize with GPTQ "
        "and AWQ, recommend with LightGCN and SASRec, and forecast with TimesNet on vLLM."
    )
    assert ids["AugMix"] == "method:augmix" and ids["RandAugment"] == "method:randaugment"
    assert ids["label smoothing"] == "method:label-smoothing"
    assert ids["DDPM"] == "method:ddpm" and ids["DDIM"] == "method:ddim"
    assert ids["classifier-free guidance"] == "method:classifier-free-guidance"
    assert ids["ControlNet"] == "model:controlnet" and ids["ByteTrack"] == "method:bytetrack"
    assert ids["GPTQ"] == "method:gptq" and ids["LightGCN"] == "method:lightgcn"
    assert ids["TimesNet"] == "method:timesnet" and ids["vLLM"] == "model:vllm"


def test_videoqa_is_the_task_of_video_question_answering() -> None:
    """ "VideoQA" had no entry and was read as a dataset ("on several VideoQA benchmarks")."""
    doc = _default_nlp()("We evaluate on several VideoQA benchmarks, including NExT-QA.")
    found = {m.text: (m.label_, m._.entity_id) for m in doc._.kg_mentions}
    assert found["VideoQA"] == ("Task", "task:video-question-answering")


def test_medical_driving_and_video_benchmarks_are_known_with_their_spellings() -> None:
    """NYU Depth V2, the BraTS editions, LIDC-IDRI, Occluded-LINEMOD and the like had no
    entry: each spelling made its own id ("nyuv2", "nyudv2", "nyudepthv2"), or none."""
    ids = _entity_ids(
        "We evaluate on NYUv2 and NYU Depth V2, BraTS2020 and BraTS 2021, LIDC-IDRI, "
        "Occluded LINEMOD, EchoNet-Dynamic, CMU-MOSEI, ActivityNet Captions and UK Biobank."
    )
    assert ids["NYUv2"] == ids["NYU Depth V2"] == "dataset:nyu-depth-v2"
    assert ids["BraTS2020"] == "dataset:brats-2020" and ids["BraTS 2021"] == "dataset:brats-2021"
    assert ids["LIDC-IDRI"] == "dataset:lidc-idri"
    assert ids["Occluded LINEMOD"] == "dataset:occluded-linemod"
    assert ids["EchoNet-Dynamic"] == "dataset:echonet-dynamic"
    assert ids["CMU-MOSEI"] == "dataset:cmu-mosei"
    assert ids["ActivityNet Captions"] == "dataset:activitynet-captions"
    assert ids["UK Biobank"] == "dataset:uk-biobank"


def test_tracking_skin_lesion_and_multimodal_benchmarks_are_known() -> None:
    """A second batch: ISIC editions, ETH-UCY, MM-IMDb, Dair-V2X and the like had no entry."""
    ids = _entity_ids(
        "Experiments on ISIC-2017, ISIC 2018, ETH/UCY, MM-IMDb, DairV2X, NUDT-SIRST, "
        "VTAB-1k and ScanObjectNN confirm the gains."
    )
    assert ids["ISIC-2017"] == "dataset:isic-2017" and ids["ISIC 2018"] == "dataset:isic-2018"
    assert ids["ETH/UCY"] == "dataset:eth-ucy" and ids["MM-IMDb"] == "dataset:mm-imdb"
    assert ids["DairV2X"] == "dataset:dair-v2x" and ids["NUDT-SIRST"] == "dataset:nudt-sirst"
    assert ids["VTAB-1k"] == "dataset:vtab-1k" and ids["ScanObjectNN"] == "dataset:scanobjectnn"


def test_fact_checking_stereo_and_face_benchmarks_are_known() -> None:
    """A third batch (from "datasets such as A and B" lists): FEVEROUS, KITTI 2015, IJB-C,
    NLVR2 and the like had no entry."""
    ids = _entity_ids(
        "We evaluate on FEVEROUS, KITTI2015, IJB-C, NLVR2, BioASQ, MSRVTT-QA and ARC-AGI."
    )
    assert ids["FEVEROUS"] == "dataset:feverous" and ids["KITTI2015"] == "dataset:kitti-2015"
    assert ids["IJB-C"] == "dataset:ijb-c" and ids["NLVR2"] == "dataset:nlvr2"
    assert ids["BioASQ"] == "dataset:bioasq" and ids["MSRVTT-QA"] == "dataset:msrvtt-qa"
    assert ids["ARC-AGI"] == "dataset:arc-agi"


def test_an_acronym_dataset_needs_a_dataset_cue() -> None:
    """R2R is Room-to-Room only next to a dataset cue: a paper's method called R2R is no
    dataset it evaluates on."""
    nlp = _default_nlp()
    doc = nlp("R2R: Token Routing\n\nWe apply R2R to combine R1-1.5B and R1-32B models.")
    assert not [m for m in doc._.kg_mentions if m.label_ == "Dataset"]
    doc = nlp("Experiments on the R2R and REVERIE benchmarks show gains.")
    assert {m.text: m._.entity_id for m in doc._.kg_mentions}["R2R"] == "dataset:r2r"


def test_backbone_sizes_and_recent_generators_are_known_models() -> None:
    """ResNet-18, DenseNet121, Grounding DINO, Wan2.1, Whisper-large-v3 and the like had no
    entry: each spelling made its own id ("resnet18", "wan21"), or a part of the name did
    ("Grounding DINO" was DINO)."""
    ids = _entity_ids(
        "We compare ResNet18, DenseNet121, MobileNetV2 and EfficientNet-B0, prompt Grounding "
        "DINO, and generate with Wan2.1 and HunyuanVideo; speech goes through Whisper-large-v3."
    )
    assert ids["ResNet18"] == "model:resnet-18" and ids["DenseNet121"] == "model:densenet-121"
    assert ids["MobileNetV2"] == "model:mobilenetv2"
    assert ids["EfficientNet-B0"] == "model:efficientnet-b0"
    assert ids["Grounding DINO"] == "model:grounding-dino" and ids["Wan2.1"] == "model:wan2-1"
    assert ids["HunyuanVideo"] == "model:hunyuanvideo"
    assert ids["Whisper-large-v3"] == "model:whisper-large-v3"


def test_vision_and_speech_tasks_are_known_tasks() -> None:
    """Novel view synthesis, person re-identification, salient object detection and the like
    had no entry: their short forms became datasets or the paper's proposed methods."""
    ids = _entity_ids(
        "We address novel view synthesis (NVS), person re-identification, salient object "
        "detection, multi-object tracking and speech emotion recognition."
    )
    assert ids["novel view synthesis"] == ids["NVS"] == "task:novel-view-synthesis"
    assert ids["person re-identification"] == "task:person-re-identification"
    assert ids["salient object detection"] == "task:salient-object-detection"
    assert ids["multi-object tracking"] == "task:multi-object-tracking"
    assert ids["speech emotion recognition"] == "task:speech-emotion-recognition"


def test_adaptation_and_judging_techniques_are_known_methods() -> None:
    """Test-time adaptation, multiple instance learning, LLM-as-a-judge and the like had no
    entry: each paper made its own id from its short form ("tta", "mil", "llmasajudge")."""
    ids = _entity_ids(
        "We combine test-time adaptation with multiple instance learning, deep reinforcement "
        "learning and LLM-as-a-Judge scoring."
    )
    assert ids["test-time adaptation"] == "method:test-time-adaptation"
    assert ids["multiple instance learning"] == "method:multiple-instance-learning"
    assert ids["deep reinforcement learning"] == "method:deep-reinforcement-learning"
    assert ids["LLM-as-a-Judge"] == "method:llm-as-a-judge"


def test_a_systems_acronym_in_the_plural_is_the_system() -> None:
    """ "ViTs" and "LoRAs" made entities of their own ("method:vits"), apart from ViT and
    LoRA; the plural of a metric's acronym counts other things ("ADEs" are adverse drug
    events), and "VITS" is another model."""
    ids = _entity_ids(
        "Vision transformers (ViTs) outperform CNNs, and two LoRAs are merged. We count ADEs."
    )
    assert ids["ViTs"] == "model:vit"
    assert ids["LoRAs"] == "method:lora"
    assert "ADEs" not in ids
    assert _entity_ids("VITS is a speech model.")["VITS"] == "model:vits"


def test_f1_written_with_a_subscript_is_f1() -> None:
    """ "an F_1-score of 0.75" (LaTeX's subscript) was no metric, and its number took the
    accuracy listed before it."""
    ids = _entity_ids("It yields an accuracy of 0.70 and an F_1-score of 0.75, an F_1 of 0.8.")
    assert ids["F_1-score"] == ids["F_1"] == "metric:f1"


def test_three_dimensional_networks_are_their_own_architectures() -> None:
    """ "a 3D CNN", "3D U-Net" were read as CNN and U-Net: other architectures."""
    ids = _entity_ids("We compare a 3D CNN, a 3D-CNN, a 3D U-Net, a CNN and a U-Net.")
    assert ids["3D CNN"] == ids["3D-CNN"] == "method:3d-cnn"
    assert ids["3D U-Net"] == "model:3d-u-net"
    assert ids["CNN"] == "method:cnn"
    assert ids["U-Net"] == "model:u-net"


def test_mean_square_error_is_the_mean_squared_error() -> None:
    """ "a mean square error of 0.001" lost its "mean" and became a "square error"."""
    ids = _entity_ids("It has a mean square error of 0.001 and a root-mean-square error of 0.2.")
    assert ids["mean square error"] == "metric:mean-squared-error"
    assert ids["root-mean-square error"] == "metric:root-mean-squared-error"


def test_stemming_from_is_no_lemmatization() -> None:
    """ "stemming" was an alias of lemmatization (another technique), so every "challenges
    stemming from …" made the Task lemmatization."""
    ids = _entity_ids("Errors stemming from label noise are common in lemmatization.")
    assert "stemming" not in ids
    assert ids["lemmatization"] == "task:lemmatization"


def test_multiple_counts_nothing_in_some_names() -> None:
    """A lower-case "multiple" starts no task or method phrase (it counts what they name);
    multiple sclerosis and multiple linear regression keep it as known names."""
    ids = _entity_ids(
        "We fit multiple linear regression for multiple sclerosis lesion segmentation."
    )
    assert ids["multiple linear regression"] == "method:multiple-linear-regression"
    assert ids["multiple sclerosis lesion segmentation"] == (
        "task:multiple-sclerosis-lesion-segmentation"
    )


def test_masked_autoencoders_defined_as_mae_are_no_mean_absolute_error() -> None:
    """ "masked autoencoders (MAE)" had no entry: the pair kept the short form's Metric
    type, and "In MAE, …" made a Metric "MAE" (MEASURED_BY) in pre-training papers."""
    ids = _entity_ids("We build on masked autoencoders (MAE). In MAE, patches are masked.")
    assert ids["masked autoencoders"] == ids["MAE"] == "method:masked-autoencoder"
    assert _entity_ids("The mean absolute error (MAE) drops.")["MAE"] == (
        "metric:mean-absolute-error"
    )


def test_known_building_blocks_are_known_methods() -> None:
    """ "multi-layer perceptron (MLP) layers" made "MLP" a Method, Model, Task or Dataset by
    context (or the perceptron); "Test-Time Training (TTT) modules" a part of the paper's own
    system."""
    ids = _entity_ids(
        "We freeze the multi-layer perceptron (MLP) layers, add Test-Time Training (TTT) "
        "modules and a Selective-Kernel block, and compare with Multi-Head Latent Attention "
        "and an Enhanced Deep Super-Resolution Network."
    )
    assert ids["multi-layer perceptron"] == ids["MLP"] == "method:multilayer-perceptron"
    assert ids["Test-Time Training"] == "method:test-time-training"
    assert ids["Selective-Kernel"] == "method:selective-kernel"
    assert ids["Multi-Head Latent Attention"] == "method:multi-head-latent-attention"
    assert ids["Enhanced Deep Super-Resolution Network"] == "model:edsr"
