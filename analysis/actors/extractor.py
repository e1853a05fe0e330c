"""The ``actors`` extractor: one ActorMention per phrase naming or standing for an actor.

Config (``config["actors"]`` from the engine, ``--aliases FILE`` on the command line):

* ``aliases``: path of the user's alias file (YAML or CSV: alias, actor, actor_type,
  country); its entries override the shipped table.

``method`` of each mention: ``table`` (actor table), ``alias-file`` (the user's file),
``title+name`` (a titled person the table lacks), ``learned`` (a surname resolved to a
person met earlier in the article), ``ner`` (spaCy's entities, filtered), ``demonym``
(a demonym on an ordinary noun), ``context`` (a body named without its state, resolved
to the state the paragraph is about).
"""

from __future__ import annotations

from analysis.actors.resolve import Resolver
from analysis.actors.table import load_table
from analysis.registry import ExtractionContext, register_extractor

_RESOLVERS: dict[str | None, Resolver] = {}


def resolver(aliases: str | None = None) -> Resolver:
    """The resolver for an alias file, built once per process (matcher construction
    costs far more than a document)."""
    key = str(aliases) if aliases else None
    if key not in _RESOLVERS:
        _RESOLVERS[key] = Resolver(load_table(key))
    return _RESOLVERS[key]


@register_extractor("actors", table="actor_mentions")
def make(config: dict):
    res = resolver(config.get("aliases"))

    def run(context: ExtractionContext):
        return res.mentions(context.doc, context.article.article_id)

    return run
