"""The named-entity labels every extractor reads the same way.

spaCy's English labels; one copy, so "a date or a time" or "a number of some kind" means the
same set of labels in the actor, quote and figure rules.
"""

from __future__ import annotations

TIME_ENTS = frozenset({"DATE", "TIME"})
# Dates, times, counts, shares, sums and measures: never a person, place or organisation.
NUMERIC_ENTS = TIME_ENTS | {"CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
