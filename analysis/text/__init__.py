"""The shared text layer: what every extractor reads the same way.

The per-article :class:`~analysis.text.context.ExtractionContext`, the run's actor table
(:mod:`.actor_table`: names, titles, places and bodies), quote marks (:mod:`.marks`),
datelines (:mod:`.datelines`), person names (:mod:`.names`), abbreviations a text defines
(:mod:`.abbreviations`) and the word lists of the
rules (:mod:`.lexicon`, ``data/lexicon.yaml``). One copy of each rule lives here, not in
the extractor that met it first.
"""
