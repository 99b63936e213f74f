"""Our vocabulary as an rdflib ``DefinedNamespace``.

GENERATED from ontology/kg.ttl by ``python -m kg.rdf.gen_namespace`` — do not edit.
Accessing a term the ontology does not define raises ``AttributeError``.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KG(DefinedNamespace):
    """The kg ontology, ``https://w3id.org/mlkg/ontology#``."""

    _fail = True
    _NS = Namespace("https://w3id.org/mlkg/ontology#")

    # Classes
    Assertion: URIRef  # One extracted fact (a paper-to-entity relation or a reported result), r...
    Dataset: URIRef  # A dataset or benchmark (GSM8K, MATH, ImageNet).
    ExtractionActivity: URIRef  # A run of the kg extraction pipeline of one version; associated...
    Method: URIRef  # A technique, algorithm or architecture family (LoRA, chain-of-thought prom...
    Metric: URIRef  # An evaluation measure (accuracy, F1, pass@1, BLEU).
    Model: URIRef  # A specific trained or released model (GPT-4, Llama-3-8B, BERT).
    Paper: URIRef  # A research paper (title and abstract).
    Result: URIRef  # A reported result: a model or method scored on a dataset with a metric. Th...
    Task: URIRef  # A problem addressed by papers (machine translation, math word problem solving).

    # Object properties
    addresses: URIRef  # (ADDRESSES) The paper addresses this task.
    basedOn: URIRef  # (BASED_ON) The paper's contribution is built on or fine-tuned from this m...
    comparesWith: URIRef  # (COMPARES_WITH) The paper compares its contribution with this baseli...
    evaluatedOn: URIRef  # (EVALUATED_ON) The paper evaluates on this dataset or benchmark.
    evidence: URIRef  # The evidence of an assertion: an oa:TextQuoteSelector (also an oa:TextPo...
    improvesBy: URIRef  # (IMPROVES_BY) The improvement (a result with role delta: same system,...
    measuredBy: URIRef  # (MEASURED_BY) The paper reports this metric.
    ofModel: URIRef  # (OF_MODEL) The model or method a result belongs to.
    onDataset: URIRef  # (ON_DATASET) The dataset of a result.
    proposes: URIRef  # (PROPOSES) The paper introduces this method, model, dataset or metric.
    reports: URIRef  # (REPORTS) The paper reports this result.
    uses: URIRef  # (USES) The paper uses this method or model.

    # Datatype properties
    confidence: URIRef  # The extractor's confidence in a fact or result, between 0 and 1.
    doi: URIRef  # The Digital Object Identifier of a paper, without the https://doi.org/ prefix.
    evidenceText: URIRef  # The sentence of the paper a result was read from. For assertions the...
    extractorVersion: URIRef  # The version of the kg extraction pipeline that ran an extraction...
    higherIsBetter: URIRef  # True when a larger value of the metric (or of a result's metric) i...
    kbSource: URIRef  # The first source of the entity's knowledge-base entry (kg/kb/), as packa...
    resultRole: URIRef  # What a reported number is: score (a system's absolute result), delta (...
    unit: URIRef  # The unit a result value is given in as written in the paper (%, points, BLEU).
