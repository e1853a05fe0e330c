"""Registers the built-in extractors (each module's ``@register_extractor`` runs on import).

The registry never imports an extractor; whoever runs the built-ins imports this module.
"""

from analysis.extractors.actors import extractor as _actors  # noqa: F401
from analysis.extractors.quotes import extractor as _quotes  # noqa: F401
from analysis.extractors.figures import extractor as _figures  # noqa: F401
