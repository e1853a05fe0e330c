"""Whose voice a named source or speaker is: the canonical actor a figure or a claim is
attributed to, and the state it speaks for (DESIGN.md, ``figures.source_actor`` and
``source_country``).

* an official, a ministry, customs, a regulator, a government, or a state itself speaks
  for its **state**: "Deputy Prime Minister Alexander Novak" → Russia, "China's General
  Administration of Customs" → China, "Saudi officials" → Saudi Arabia;
* a company, data firm, agency, outlet or international body speaks for **itself**
  (Kpler, PDVSA, EIA, Reuters, OPEC); its state is the one it acts for
  (``actor_mentions.state``: PDVSA → VEN, EIA → USA), null for private firms, outlets and
  international bodies, wherever they are based;
* a person who holds no office of state speaks for the organisation their title names
  ("Kpler analyst Sumit Ritolia" → Kpler, "PDVSA's president, Héctor Obregón" → PDVSA),
  else for themself, with no state; a group that belongs to no state ("traders") is nobody.

The state comes from the actor mention's ``state``, so the actors extractor's rules (and
the run's alias file) decide who acts for a state; which bodies are the government's and
not a company's is :data:`GOVERNMENT_BODY_WORDS` plus the actor table's ``bodies``.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from analysis.pipeline.records import ActorMention
from analysis.text.actor_table import ActorTable
from analysis.text.lexicon import alternation, table, words

GOVERNMENT_BODY_WORDS = words("voices", "government_body_words")
GOVERNMENT_NAME_WORDS = words("voices", "government_name_words")
STATE_VOICE_BODIES = words("voices", "state_voice_bodies")
STATE_AGENCY_WORDS = words("voices", "state_agency_words")
STATE_AGENCY_FIELDS = words("voices", "state_agency_fields")
INTERNATIONAL_NAME_WORDS = words("voices", "international_name_words")
COMMERCIAL_STATE_BANKS = words("voices", "commercial_banks_named_for_states")
_TITLED_AS_BODY = re.compile(rf"\b{alternation('voices', 'state_body_titles')},?\s+$", re.IGNORECASE)
REGIONAL_GOVERNMENTS: dict[str, str] = table("voices", "regional_governments")
_REGIONAL = frozenset(REGIONAL_GOVERNMENTS.values())
_REGION_NAMES = "|".join(sorted((re.escape(r) for r in REGIONAL_GOVERNMENTS), key=len, reverse=True))
# The region owns the body: "Kurdistan's natural resources ministry", "of the Kurdistan Region".
_OWNER_BEFORE = re.compile(rf"\b(?P<region>{_REGION_NAMES})(?:’s|'s)\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
_OWNER_AFTER = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?(?P<region>{_REGION_NAMES})\b", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class Voice:
    """The canonical actor a claim is attributed to and the state it speaks for."""

    actor: str
    state: str | None  # ISO3


def voice_of(mention: ActorMention, table: ActorTable, employer: ActorMention | None = None) -> Voice | None:
    """The voice of an actor mention (module docstring); ``None`` for an unnamed group.
    ``employer``: the organisation a person's title names ("PDVSA's president, …"); a
    person who holds no office of state speaks for it."""
    if mention.actor_type == "person" and not mention.state and employer is not None:
        return voice_of(employer, table)
    state = mention.state
    if mention.actor in _REGIONAL:
        return Voice(mention.actor, state or mention.country)  # a region's government: itself
    state_name = table.country_name(state) if state else None
    if mention.actor_type == "country":
        return Voice(state_name or mention.actor, state or mention.country)
    if mention.actor_type in ("person", "group"):
        if state_name:
            return Voice(state_name, state)
        return Voice(mention.actor, None) if mention.actor_type == "person" else None
    if state_name and is_government_body(mention.actor, table):
        return Voice(state_name, state)
    return Voice(mention.actor, state)


def regional_government(text: str, start: int, end: int) -> str | None:
    """The regional government that owns the body written at ``text[start:end]``, named
    right before it or after it, if any."""
    owner = _OWNER_BEFORE.search(text, max(0, start - 60), start) or _OWNER_AFTER.match(text, end)
    return REGIONAL_GOVERNMENTS[owner.group("region").lower()] if owner else None


def is_government_body(actor: str, table: ActorTable) -> bool:
    """A ministry, customs, a regulator or a government, by its canonical name or by a
    name the table gives it ("METI": "Ministry of Economy, Trade and Industry")."""
    if _named_as_body(actor) or actor in STATE_VOICE_BODIES:
        return True
    # "Turkish Energy Market Regulatory Authority": a body kind of the table ends the name
    name_words = actor.casefold().split(" ")
    kinds = _body_kinds(table)
    if any(" ".join(name_words[i:]) in kinds for i in range(len(name_words))):
        return True
    return actor in _bodies_by_alias(table)


def is_state_agency(actor: str, table: ActorTable) -> bool:
    """An agency of a government by its name's kind word ("Bureau of Energy", "Foreign Trade
    Secretariat") and a field of the trade's (:data:`STATE_AGENCY_FIELDS`): the state's, but a
    voice of its own (:data:`STATE_AGENCY_WORDS`); a
    government body, or a name with a body's word anywhere in it ("Bureau of Statistics",
    "Customs Administration"), is not one, nor an international one ("International Atomic
    Energy Agency"). A state's central bank named for it alone ("Bank
    of Ghana") is one too: it answers to no ministry."""
    if _central_bank(actor, table):
        return True
    name = actor.casefold().split()
    return _named_by_kind(name, STATE_AGENCY_WORDS) and not STATE_AGENCY_FIELDS.isdisjoint(name) \
        and GOVERNMENT_BODY_WORDS.isdisjoint(name) and INTERNATIONAL_NAME_WORDS.isdisjoint(name) \
        and not is_government_body(actor, table)


def titled_as_body(text: str, start: int) -> bool:
    """The name at ``text[start:]`` follows a state body's title ("the oil regulator ANH")."""
    return bool(_TITLED_AS_BODY.search(text, max(0, start - 20), start))


def _named_as_body(name: str) -> bool:
    """"Oil Ministry", "Ministry of Energy": a body word ends or opens the name; "State
    Statistics Committee": a statistics word stands anywhere in it."""
    words = name.casefold().replace(",", " ").split()
    return _named_by_kind(words, GOVERNMENT_BODY_WORDS) or not GOVERNMENT_NAME_WORDS.isdisjoint(words)


def _named_by_kind(words: list[str], kinds: frozenset[str]) -> bool:
    """A kind word ends the name ("Oil Ministry") or stands before "of" ("Ministry of
    Energy", "Petroleum Authority of Uganda")."""
    return bool(words) and (words[-1] in kinds or any(w in kinds and words[i + 1] == "of" for i, w in enumerate(words[:-2])))


def _central_bank(name: str, table: ActorTable) -> bool:
    """"Bank of Ghana", "the Bank of Uganda": a bank named for a state alone is its central
    bank, but for a few commercial ones (:data:`COMMERCIAL_STATE_BANKS`)."""
    owner = name.removeprefix("the ").removeprefix("Bank of ")
    return owner != name.removeprefix("the ") and name.casefold() not in COMMERCIAL_STATE_BANKS \
        and table.lookup_country(owner) is not None


_BODIES_BY_ALIAS: "weakref.WeakKeyDictionary[ActorTable, frozenset[str]]" = weakref.WeakKeyDictionary()
_BODY_KINDS: "weakref.WeakKeyDictionary[ActorTable, frozenset[str]]" = weakref.WeakKeyDictionary()


def _body_kinds(table: ActorTable) -> frozenset[str]:
    """The table's canonical body kinds, case-folded, read once per table."""
    found = _BODY_KINDS.get(table)
    if found is None:
        found = _BODY_KINDS[table] = frozenset(body.casefold() for body in table.bodies.values())
    return found


def _bodies_by_alias(table: ActorTable) -> frozenset[str]:
    """Organisations some alias of which names a government body, read once per table."""
    found = _BODIES_BY_ALIAS.get(table)
    if found is None:
        found = frozenset(e.actor for e in table.entries.values() if e.actor_type == "organisation" and _named_as_body(e.alias))
        _BODIES_BY_ALIAS[table] = found
    return found


def voice_of_name(name: str, table: ActorTable) -> Voice:
    """The voice of a source named only in text (no actor mention covers it): a state's
    name is that state; any other name is itself, with no state."""
    iso3 = table.lookup_country(name)
    if iso3:
        return Voice(table.country_name(iso3) or name, iso3)
    return Voice(name, None)
