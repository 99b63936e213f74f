"""kg: build a knowledge graph of ML papers."""

__version__ = "0.1.0"
