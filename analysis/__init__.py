"""newslens analysis: the spaCy pipeline, the extractors, their tables, reports and the command line.

Data flows one way: ``corpus`` Articles → :mod:`analysis.pipeline.engine` (one parse per
article, the registered extractors) → tables → notebooks → :mod:`analysis.report`.
"""
