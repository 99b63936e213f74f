"""``kg serve``: the download service for RDF dumps (see :mod:`kg.serve.app`)."""

from kg.serve.app import DumpStore, create_app, serve

__all__ = ["DumpStore", "create_app", "serve"]
