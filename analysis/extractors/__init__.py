"""The extractors: spaCy ``Doc`` in, typed records out (actors, quotes, figures).

Each is a package registered by name in :mod:`analysis.pipeline.builtin`; none imports
pandas, matplotlib or another room's views.
"""
