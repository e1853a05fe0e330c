"""Oil-trade figures: every volume, price and share, with exporter, importer, period, source.

:func:`extract_figures` works on an already parsed ``Doc`` and the article's actor
mentions; the registered extractor (``analysis.extractors.figures.extractor``) calls it per article.
:mod:`analysis.views.figures` holds what notebook 04 shows.
"""

from analysis.extractors.figures.extractor import extract_figures

__all__ = ["extract_figures"]
