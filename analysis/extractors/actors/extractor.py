"""The ``actors`` extractor: one ActorMention per phrase naming or standing for an actor.

The actor table is the run's (``context.actor_table``, built once per run from its
configuration, the user's ``--aliases`` file included); its entries from an alias file
override the shipped table.

``method`` of each mention: ``table`` (actor table), ``alias-file`` (the user's file),
``title+name`` (a titled person the table lacks), ``learned`` (a surname resolved to a
person met earlier in the article), ``ner`` (spaCy's entities, filtered), ``demonym``
(a demonym on an ordinary noun), ``context`` (a body named without its state, resolved
to the state the paragraph is about).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from analysis.extractors.actors.resolve import Resolver
from analysis.pipeline.registry import register_extractor
from analysis.text.actor_table import ActorTable
from analysis.text.context import ExtractionContext

_RESOLVERS: WeakKeyDictionary = WeakKeyDictionary()


def resolver(table: ActorTable) -> Resolver:
    """The resolver of an actor table, built once per table (matcher construction costs
    far more than a document)."""
    found = _RESOLVERS.get(table)
    if found is None:
        found = _RESOLVERS[table] = Resolver(table)
    return found


@register_extractor("actors", table="actor_mentions", version="49", depends=("analysis.extractors.actors",))
def make(config: dict):
    def run(context: ExtractionContext):
        return resolver(context.actor_table).mentions(context.doc, context.article.article_id)

    return run
