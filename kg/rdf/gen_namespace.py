"""Generate :mod:`kg.rdf.namespace` (an rdflib ``DefinedNamespace``) from ``ontology/kg.ttl``.

Run ``python -m kg.rdf.gen_namespace`` after editing the ontology; ``--check`` exits 1 when the
checked-in module is stale (a unit test does the same).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.config import ontology_dir
from kg.schema import KG_NS

NAMESPACE_PY = Path(__file__).resolve().parent / "namespace.py"

_KINDS = (
    (OWL.Class, "Classes"),
    (OWL.ObjectProperty, "Object properties"),
    (OWL.DatatypeProperty, "Datatype properties"),
)


def defined_terms(ontology: Path | None = None) -> dict[str, tuple[str, str]]:
    """Local name → (kind, rdfs:comment) for every term of our namespace the ontology defines."""
    graph = Graph().parse(ontology or ontology_dir() / "kg.ttl", format="turtle")
    terms: dict[str, tuple[str, str]] = {}
    for kind, title in _KINDS:
        for subject in graph.subjects(RDF.type, kind):
            if isinstance(subject, URIRef) and str(subject).startswith(KG_NS):
                comment = str(graph.value(subject, RDFS.comment) or "")
                terms[str(subject)[len(KG_NS) :]] = (title, comment)
    return terms


def render(ontology: Path | None = None) -> str:
    terms = defined_terms(ontology)
    lines = [
        '"""Our vocabulary as an rdflib ``DefinedNamespace``.',
        "",
        "GENERATED from ontology/kg.ttl by ``python -m kg.rdf.gen_namespace`` — do not edit.",
        "Accessing a term the ontology does not define raises ``AttributeError``.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "",
        "class KG(DefinedNamespace):",
        '    """The kg ontology, ``https://w3id.org/mlkg/ontology#``."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{KG_NS}")',
    ]
    for _, title in _KINDS:
        names = sorted(n for n, (kind, _) in terms.items() if kind == title)
        if not names:
            continue
        lines += ["", f"    # {title}"]
        for name in names:
            comment = " ".join(terms[name][1].split())
            if len(comment) > 100 - 4 - len(name) - 13:
                comment = comment[: 100 - 4 - len(name) - 16].rstrip() + "..."
            lines.append(f"    {name}: URIRef  # {comment}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if namespace.py is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = NAMESPACE_PY.read_text(encoding="utf-8") if NAMESPACE_PY.exists() else ""
        if current != text:
            print(f"{NAMESPACE_PY} is stale: run python -m kg.rdf.gen_namespace", file=sys.stderr)
            return 1
        return 0
    NAMESPACE_PY.write_text(text, encoding="utf-8")
    print(f"wrote {NAMESPACE_PY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
