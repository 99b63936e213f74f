"""names.py and contributions.py, each rule alone; outputs compared whole (an extra span
fails)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

W = str.split


def test_name_shape_with_version(rule_found: Callable) -> None:
    got = rule_found(W("We train MathScale and JiuZhang 2.0 on data ."), ["name_shape"])
    assert got == [("MathScale", "UNK", "name_shape"), ("JiuZhang 2.0", "UNK", "name_shape")]


def test_name_shape_takes_no_measured_number_as_a_version(rule_found: Callable) -> None:
    # 18.6k corpus: "(CLIP-S 32.85)", "RoBERTa-base 0.485", "PLSA 0.37" were whole names
    words = W("alignment ( CLIP-S 32.85 ) , RoBERTa-base 0.485 , PLSA 0.37 , ChatGLM 3.11 .")
    got = [text for text, _, _ in rule_found(words, ["name_shape"])]
    assert got == ["CLIP-S", "RoBERTa-base", "PLSA", "ChatGLM 3.11"]


def test_name_shape_takes_no_compound_adjective(rule_found: Callable) -> None:
    # 20k corpus: "Context-Aware", "SAM-Based", "Training-Free" (titles) were 597 mentions
    words = W("Context-Aware Orca-Math Policy for SAM-Based and Training-Free ZorbNet-Large")
    got = [text for text, _, _ in rule_found(words, ["name_shape"])]
    assert got == ["Orca-Math", "ZorbNet-Large"]


def test_name_shape_takes_initials_before_a_word(rule_found: Callable) -> None:
    words = W("We test on ZRBench and score with ZRScore , not on GPUs or PDFs .")
    got = rule_found(words, ["name_shape"])
    assert got == [("ZRBench", "UNK", "name_shape"), ("ZRScore", "UNK", "name_shape")]


def test_name_shape_takes_two_names_as_one_too(rule_found: Callable) -> None:
    got = rule_found(W("On Zorb10 DECaLZ , ZorbNet wins ."), ["name_shape"])
    assert got == [
        ("Zorb10", "UNK", "name_shape"),
        ("Zorb10 DECaLZ", "UNK", "name_shape"),
        ("DECaLZ", "UNK", "name_shape"),
        ("ZorbNet", "UNK", "name_shape"),
    ]


def test_name_shape_ignores_words_and_stop_acronyms(rule_found: Callable) -> None:
    assert rule_found(W("The model uses an API and a GPU ."), ["name_shape"]) == []


def test_name_shape_takes_a_name_with_a_leading_digit_not_3d(rule_found: Callable) -> None:
    got = rule_found(W("We use 3DMatch and 2WikiQA with 3D and 4K data ."), ["name_shape"])
    assert got == [("3DMatch", "UNK", "name_shape"), ("2WikiQA", "UNK", "name_shape")]


def test_name_shape_takes_a_model_familys_name_with_its_version_glued_on(
    rule_found: Callable,
) -> None:
    # "YOLOv11" is neither CamelCase nor capitals; a family's version (and size letter) makes
    # it a name; a word that only starts like a family is none ("Yolovian")
    words = W("We train YOLOv11 , YOLO11n and YOLOv8s , not Yolovian ones .")
    got = rule_found(words, ["name_shape"])
    assert [text for text, _, _ in got] == ["YOLOv11", "YOLO11n", "YOLOv8s"]


def test_abbreviation_adds_both_halves(rule_found: Callable) -> None:
    words = W("conditional random fields ( CRF ) work")
    got = rule_found(words, ["abbreviation"], abbreviations=[[0, 3, 4, 5]])
    assert got == [
        ("CRF", "UNK", "abbreviation"),
        ("conditional random fields", "UNK", "abbreviation"),
    ]


def test_propose_takes_the_named_object(rule_found: Callable) -> None:
    got = rule_found(W("We propose DART-Math , a method ."), ["propose"])
    assert got == [("DART-Math", "UNK", "propose")]


def test_propose_takes_the_object_of_a_gerund_whose_subject_is_the_paper(
    rule_found: Callable,
) -> None:
    """ "…, proposing ( i ) RAMDocs , a new dataset": the paper's contribution after the
    gerund, as after "we propose"."""
    words = W("We study conflicts , proposing ( i ) ZorbDocs , a new dataset .")
    got = rule_found(words, ["propose"])
    assert got == [("ZorbDocs", "UNK", "propose")]
    got = rule_found(W("Introducing ZorbEdit , we edit videos ."), ["propose"])
    assert got == [("ZorbEdit", "UNK", "propose")]


def test_propose_takes_every_item_of_a_counted_list(rule_found: Callable) -> None:
    """ "we constructed two datasets: A for SFT and B for RL": the second item's name was
    EVALUATED_ON; not a known name inside an item ("GPT-4 labels": a gazetteer candidate), nor
    the items of a list the verb does not count."""
    words = W(
        "We constructed three datasets : ZorbA for SFT , GPT-4 labels , and ZorbB for RL ;"
        " ( 3 ) ZorbC ."
    )
    prior = [(9, 10, "Model", "model:gpt-4", "gazetteer")]
    got = rule_found(words, ["propose"], prior=prior)
    assert got == [(w, "UNK", "propose") for w in ("ZorbA", "ZorbB", "ZorbC")]
    words = W("We present results on ZorbA and ZorbB ; ZorbC and ZorbD .")
    assert rule_found(words, ["propose"]) == []


def test_naming_verb_types_by_the_head_before_it(rule_found: Callable) -> None:
    got = rule_found(W("a model called Orca-Math"), ["propose"])
    assert got == [("Orca-Math", "Model", "propose")]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # the trigger word inside a name, or a noun with its short form: no verb
        ("It plays a role in Computer-Aided Design ( CAD ) today .", []),
        ("It plays a role in computer-aided design ( CAD ) today .", []),
        ("It relies on Generative Design ZorbKit software .", []),
        # an enumeration after the verb is no short form
        ("We introduce ( i ) ZorbSet , a new dataset .", [("ZorbSet", "UNK", "propose")]),
    ],
)
def test_propose_needs_the_trigger_as_a_verb(
    rule_found: Callable, words: str, expected: list
) -> None:
    assert rule_found(W(words), ["propose"]) == expected


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("We propose a prompt-guided ZorbCNN dual-path UNet , termed PGM-UNet .", "PGM-UNet"),
        ("We propose a novel ZorbAttn U-shaped Network named AttUKAN .", "AttUKAN"),
        # past a break the naming verb names something else
        ("We propose ZorbNet for video , named after a bird .", "ZorbNet"),
    ],
)
def test_propose_leaves_a_described_name_to_the_naming_verb(
    rule_contributions: Callable, words: str, name: str
) -> None:
    # the name in the description only describes; the naming verb gives the name
    assert rule_contributions(W(words), ["propose"]) == [name]


def test_propose_stops_at_object_end(rule_found: Callable) -> None:
    assert rule_found(W("We propose training with GSM8K data ."), ["propose"]) == []


def test_own_name_takes_a_named_short_form_introduced_as_ours(rule_found: Callable) -> None:
    words = W("Our proposed Zorbic Planning ( ZP ) and our graph network ( GN ) work .")
    got = rule_found(words, ["own_name"], abbreviations=[[2, 4, 5, 6], [9, 11, 12, 13]])
    assert got == [("ZP", "UNK", "propose")]


@pytest.mark.parametrize(
    ("words", "lf_s", "expected"),
    [
        # known words ("Zorb Attention") in the long form: a new name when the phrase says so
        ("We introduce a novel Noise-Aware Zorb Attention ( NAZA ) .", 4, ["NAZA"]),
        ("We introduce the Zorb Attention Mixer ( ZAM ) framework .", 3, ["ZAM"]),
        ("We introduce Zorb Attention Mixer ( ZAM ) into training .", 2, []),
        ("We introduce Vision as Zorb Attention ( VZA ) , a novel paradigm .", 2, ["VZA"]),
        # the long form the gazetteer knows whole: another's method
        ("We introduce a novel Zorb Attention ( ZA ) .", 4, []),
    ],
)
def test_own_name_takes_a_new_system_named_with_known_words(
    rule_found: Callable, words: str, lf_s: int, expected: list[str]
) -> None:
    ws = W(words)
    k = ws.index("Zorb")
    paren = ws.index("(")
    pair = [lf_s, paren, paren + 1, paren + 2]
    prior = [(k, k + 2, "Method", "", "gazetteer")]
    got = rule_found(ws, ["own_name"], abbreviations=[pair], prior=prior)
    assert got == [(w, "UNK", "propose") for w in expected]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("First , ZorbNet-V2 is proposed with a fusion module .", ["ZorbNet-V2"]),
        ("ZorbLoss is then introduced to balance the branches .", ["ZorbLoss"]),
        # another's work: the past tense, an agent, or a name inside the clause
        ("ZorbFormer was originally proposed for images .", []),
        ("ZorbFormer is proposed by Smith et al .", []),
        ("The features of ZorbNet are proposed as input .", []),
    ],
)
def test_own_name_takes_a_new_name_before_a_passive_propose_verb(
    rule_found: Callable, words: str, expected: list[str]
) -> None:
    got = rule_found(W(words), ["own_name"])
    assert got == [(w, "UNK", "propose") for w in expected]


def test_listed_parts_takes_the_named_parts_a_counted_list_introduces(
    rule_found: Callable,
) -> None:
    words = W(
        "ZorbNet comprises two novel modules : the Offset Zorb Alignment ( OZA ) and a "
        "graph fusion module ( GFM ) ."
    )
    got = rule_found(words, ["listed_parts"], abbreviations=[[7, 10, 11, 12], [15, 18, 19, 20]])
    assert got == [("OZA", "UNK", "propose")]  # not the lower-case description


def test_listed_parts_skips_a_list_of_what_is_studied(rule_found: Callable) -> None:
    words = W("We evaluate GPT-4V with three prompting strategies : Zero-Shot ( ZS ) .")
    assert rule_found(words, ["listed_parts"], abbreviations=[[8, 9, 10, 11]]) == []


def test_listed_parts_needs_a_counted_list(rule_found: Callable) -> None:
    words = W("ZorbNet has modules : the Offset Zorb Alignment ( OZA ) .")
    assert rule_found(words, ["listed_parts"], abbreviations=[[5, 8, 9, 10]]) == []


def test_named_part_takes_a_named_pair_a_part_head_follows(rule_found: Callable) -> None:
    """ "a Dual-Modal Feature Fusion (DMFF) module enhances …": a part of the paper's own
    system, though no propose verb or counted list introduces it; not a known part (a prior
    candidate from the gazetteer) nor a pair no part's head follows."""
    words = W(
        "a Dual Zorb Fusion ( DZF ) module fuses ; a Zorb Kernel ( ZK ) block ; "
        "the Zorb Quality ( ZQ ) score"
    )
    abbreviations = [[1, 4, 5, 6], [11, 13, 14, 15], [19, 21, 22, 23]]
    prior = [(12, 13, "Method", "method:kernel", "gazetteer")]
    got = rule_found(words, ["named_part"], abbreviations=abbreviations, prior=prior)
    assert got == [("DZF", "UNK", "propose")]


def test_propose_stops_at_what_a_study_compares(rule_found: Callable) -> None:
    assert rule_found(W("We present a comparison of IL versus RL ."), ["propose"]) == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Orca", "2", ":", "Teaching"], [("Orca 2", "UNK", "title_name")]),
        (["Teaching", "small", ":", "models"], []),
        # a subtitle headed by a data-set noun names a dataset
        (["ZorbQA", ":", "A", "Benchmark", "for", "Charts"], [("ZorbQA", "Dataset", "title_name")]),
        (
            ["ZorbQA", ":", "A", "Large-Scale", "Dataset", "and", "Benchmark", "of", "Charts"],
            [("ZorbQA", "Dataset", "title_name")],
        ),
        (
            ["ZorbQA", ":", "Graduate-level", "Benchmarks", "for", "Reasoning"],
            [("ZorbQA", "Dataset", "title_name")],
        ),
        (
            ["ZorbQA", ":", "A", "Framework", "for", "Benchmark", "Design"],
            [("ZorbQA", "UNK", "title_name")],
        ),
    ],
)
def test_title_name(rule_found: Callable, words: list[str], expected: list) -> None:
    # the title is the text before the first blank line
    got = rule_found([*words, "\n\n", "Abstract", "."], ["title_name"])
    assert got == expected


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    [
        # two or three capitalised words, one a marked name, written again in the abstract
        ("Weak Cube R-CNN : Weakly Supervised Detection", "We train Weak Cube R-CNN .", True),
        ("Weak Cube R-CNN : Weakly Supervised Detection", "We train a detector .", False),
        ("Weak Cube R-CNN : A Survey of Detectors", "We review Weak Cube R-CNN .", False),
        ("ZorbEval-2025 Task 4 : Unlearning", "We run ZorbEval-2025 Task 4 .", False),
        ("Cross-Asset Risk : Monitoring Markets", "We study Cross-Asset Risk .", False),
    ],
)
def test_title_name_takes_a_phrase_the_abstract_names_again(
    rule_found: Callable, title: str, abstract: str, expected: bool
) -> None:
    head = title.split(" : ")[0]
    got = rule_found([*W(title), "\n\n", *W(abstract)], ["title_name"])
    assert got == ([(head, "UNK", "title_name")] if expected else [])


def test_title_name_skips_a_phrase_the_gazetteer_knows_whole(rule_found: Callable) -> None:
    words = [*W("Zorb GPT : A Framework"), "\n\n", *W("We extend Zorb GPT .")]
    assert rule_found(words, ["title_name"], prior=[(0, 2, "Model", "", "gazetteer")]) == []


def test_propose_takes_plain_words_an_apposition_names(rule_found: Callable) -> None:
    got = rule_found(W("We introduce Morphix , a benchmark for video ."), ["propose"])
    assert got == [("Morphix", "UNK", "propose")]
    got = rule_found(W("We present Magic Quux ( MQ ) , the first large dataset ."), ["propose"])
    assert got == [("Magic Quux", "UNK", "propose")]


def test_propose_takes_plain_words_an_apposition_calls_new(rule_found: Callable) -> None:
    # whatever the head noun, "a novel …" says the name is the paper's new system
    got = rule_found(W("We introduce Hitax , a novel image tokenizer for video ."), ["propose"])
    assert got == [("Hitax", "UNK", "propose")]


@pytest.mark.parametrize(
    "sentence",
    [
        "We introduce Zorb Forecasting , a new task for scene prediction .",
        "We introduce Zorbtexts , a new type of narratives .",
        "This study presents Logix , a novel Russian Sign Language ( RSL ) dataset .",
    ],
)
def test_propose_takes_no_plain_word_called_a_new_task_kind_or_data(
    rule_found: Callable, sentence: str
) -> None:
    found = {text for text, _, _ in rule_found(W(sentence), ["propose"])}
    assert not found & {"Zorb Forecasting", "Zorbtexts", "Logix"}


def test_propose_takes_no_plain_word_without_an_apposition(rule_found: Callable) -> None:
    assert rule_found(W("We introduce Morphix to the world ."), ["propose"]) == []
    assert rule_found(W("We present Chinese , a suite of tools ."), ["propose"]) == []


def test_propose_stops_at_a_new_clause(rule_found: Callable) -> None:
    words = W("To test the proposed framework , we extend the ZorbQA dataset .")
    assert rule_found(words, ["propose"]) == []


def test_propose_takes_quoted_words_an_apposition_names(rule_found: Callable) -> None:
    got = rule_found(W('We introduce " Do You Zorb Me " , a scalable benchmark .'), ["propose"])
    assert got == [("Do You Zorb Me", "UNK", "propose")]
    # no apposition: quoted words are no name of the contribution
    assert rule_found(W('We introduce " do you zorb me " to models .'), ["propose"]) == []


@pytest.mark.parametrize(
    ("words", "known", "expected"),
    [
        # a known name between a modifier and a head noun: what the new system is built with
        ("We propose a mask-based ZorbCFG technique .", (4, 5), []),
        ("We propose a layer-interactive ZorbLSTM bridge for video .", (4, 5), []),
        ("We introduce a sliding-window ZorbDiT that restricts it .", (4, 5), []),
        # right after the verb, no modifier: the paper's own ("we present Qwen3, the latest")
        ("We present ZorbQwen , the latest model .", (2, 3), ["ZorbQwen"]),
        # a new name with a known first word
        ("Finally the proposed Zorb Encoder-Bi-LSTM fusion model wins .", (3, 4), ["Zorb"]),
    ],
)
def test_propose_skips_a_known_name_that_modifies_the_new_systems_head(
    rule_contributions: Callable, words: str, known: tuple[int, int], expected: list[str]
) -> None:
    prior = [(*known, "Model", "", "gazetteer")]  # a known model: a technique is never ours
    got = rule_contributions(W(words), ["propose"], prior=prior)
    assert [g.split()[0] for g in got] == expected


@pytest.mark.parametrize(
    ("label", "expected"), [("Method", []), ("Metric", []), ("Model", ["ZorbPO"])]
)
def test_propose_skips_a_known_technique_not_a_known_model(
    rule_contributions: Callable, label: str, expected: list[str]
) -> None:
    # "we introduce GRPO into …" is another's method; "we present Qwen3" the paper's model
    prior = [(2, 3, label, "", "gazetteer")]
    words = W("We introduce ZorbPO into training .")
    assert rule_contributions(words, ["propose"], prior=prior) == expected


RULES = ["propose", "beats_others"]  # the contributions before it, then the rule


@pytest.mark.parametrize(
    "sentence",
    [
        "Results show that ZorbNet consistently outperforms the baseline models .",
        "ZorbNet achieves an IoU of 0.95 , outperforming recent baselines including X2V .",
        "On IEMOCAP , ZorbNet surpasses the state-of-the-art by 2.8 % .",
        "Experiments show that ZorbNet achieves state-of-the-art performance on three tasks .",
        "ZorbNet sets a new SOTA on GSM8K .",
    ],
)
def test_beats_others_takes_a_new_name_that_beats_other_work(
    rule_contributions: Callable, sentence: str
) -> None:
    assert rule_contributions(W(sentence), RULES) == ["ZorbNet"]


@pytest.mark.parametrize(
    "sentence",
    [
        "ZorbNet outperforms GPT-4 on all tasks .",  # a named rival, not other work as a class
        "ZorbNet achieves strong performance on three tasks .",  # no claim to be the best
        "Notably , Gemma-2-27B also outperforms the traditional models .",  # a released family
        "Methods like ZorbNet outperform traditional encodings .",  # an example of a class
        "It improves MIoU , F1 , and ACC surpassing previous approaches .",  # a listed item
        "ZorbA , ZorbB , ZorbC outperform prior methods .",
        "Recent studies show ZorbNet outperforms existing methods .",  # other work's finding
        "This is compared with ZorbNet , which outperforms prior methods .",
    ],
)
def test_beats_others_skips_what_is_not_the_papers_system(
    rule_contributions: Callable, sentence: str
) -> None:
    assert rule_contributions(W(sentence), RULES) == []


def test_beats_others_skips_a_known_name_and_one_already_proposed(
    rule_contributions: Callable,
) -> None:
    words = W("ZorbNet outperforms existing methods .")
    assert rule_contributions(words, RULES, prior=[(0, 1, "Model", "", "gazetteer")]) == []
    words = W("We propose ZorbNet . ZorbNet outperforms existing methods .")
    assert rule_contributions(words, RULES) == ["ZorbNet"]  # once, from the propose verb


def test_name_shape_takes_a_plain_word_listed_between_systems(rule_found: Callable) -> None:
    # 20k corpus: "GPT-4, Llama 3.3, FANAR, Jais, and AceGPT", "LIME, SHAP, Anchors, and
    # DiCE": the listed plain word had no mention (not "Kernel PCA", "Attention U-Net")
    words = W("We evaluate GPT-4 , Jais , and AceGPT , and PCA , Kernel PCA , Zorb UMAP .")
    prior = [(2, 3, "Model", "model:gpt-4", "gazetteer")]
    got = [text for text, _, _ in rule_found(words, ["name_shape"], prior=prior)]
    assert got == ["GPT-4", "AceGPT", "PCA", "PCA", "UMAP", "Jais"]
