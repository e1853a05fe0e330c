"""The extraction pipeline: model, one parse per article, registered extractors, cache, tables.

Imports no extractor: :mod:`analysis.pipeline.builtin` registers the built-in ones.
"""
