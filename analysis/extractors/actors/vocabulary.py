"""Word lists shared by the rule families (people, organisations, places, context).

A list that only one family uses lives in that family's module.
"""

from __future__ import annotations

import re

from analysis.text import actor_table as T
from analysis.text.lexicon import table, words
from analysis.text.names import HONORIFICS

# Words that make an NER span an organisation, or a place, rather than a person.
ORG_WORDS = words("actors", "org_words")
# Last words of organisations' names ("Committee", "Party", "Group").
ORG_SUFFIXES = words("actors", "org_suffixes")
PLACE_WORDS = words("actors", "place_words")
PRODUCT_WORDS = words("actors", "product_words")
# Lower-case words for what someone is or does ("spokesman", "founder"): a name after one is a person's.
ROLE_WORDS = words("actors", "role_words")
MONTH_NAMES = words("actors", "month_names")
MONTH_PREPOSITIONS = words("actors", "month_prepositions")
# Capitalised words that make a run no person's name (one set, not a union per token).
ORG_OR_PLACE_WORDS = ORG_WORDS | PLACE_WORDS
NOT_NAME_WORDS = ORG_OR_PLACE_WORDS | PRODUCT_WORDS
# The last word of a company named after its city or region ("Tokyo Gas", "Osaka Gas").
INDUSTRY_HEADS = words("actors", "industry_heads")
ACRONYM_STOP = words("actors", "acronym_stop")
NAME_OPENERS = words("actors", "name_openers")
# Words of a state's own body ("Ohio Department of Health", "Ruritanian Navy", "Kyiv Police").
REGIONAL_BODY_WORDS = words("actors", "regional_body_words")
STATE_HELD_WORDS = words("actors", "state_held_words") | REGIONAL_BODY_WORDS
# A city's emergency service is its own organisation ("Dublin Ambulance Service"), not the state's body.
EMERGENCY_SERVICE_WORDS = words("actors", "emergency_service_words")
# Words before a name that are how the person is written, not an office ("Mr.", "Professor").
COURTESY = HONORIFICS | words("actors", "academic_titles")
RANKS = words("actors", "ranks_before_names")
# Party labels ("Democrat", "Labour") → the party, and the words of politics after one.
PARTY_LABELS: dict[str, str] = table("actors", "party_labels")
PARTY_ROLES = words("actors", "party_roles")
MODIFIER_KINDS = (T.NAME, T.DEMONYM, T.ORGANISATION, T.SEAT, T.BODY, T.CAPITAL)
TITLE_MODIFIER_KINDS = MODIFIER_KINDS + (T.REGION,)
STATE_KINDS = (T.NAME, T.DEMONYM, T.CAPITAL, T.SEAT)


def rank_without_name(doc, i: int) -> bool:
    """A rank that titles no one ("Captain Marvel star", "Sales of Captain Morgan rum",
    "Elder Abuse Prevention Week"): a title only where NER's person of two words or more
    follows it (or takes it in, "[Captain Jo Roe]PERSON"), or the surname of one the
    article names in full ("Captain Roe" after "Captain Jo Roe"). Before any other lone
    name it titles no one: "Captain Morgan" is as often a rum as a sailor."""
    if doc[i].text not in RANKS:
        return False
    j = i + 1
    if j >= len(doc) or doc[j].ent_type_ != "PERSON" or (doc[j].ent_iob_ == "I" and doc[i].ent_iob_ != "B"):
        return True
    end = j + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end - j >= 2:
        return False
    return not any(
        e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == doc[j].text and e.start != j for e in doc.ents
    )


def is_acronym(word: str) -> bool:
    return word.isupper() and word.isalpha() and 2 <= len(word) <= 6 and word not in ACRONYM_STOP


# "Boeing 707", "Airbus A300", "Volvo XC90": a maker's name before a model is the product.
_MODEL = re.compile(r"(?:[A-Z]{1,3}-?)?\d{2,4}(?:-\d{1,4})?[A-Za-z]{0,3}")


def is_model_number(word: str) -> bool:
    if not _MODEL.fullmatch(word) or not any(c.isdigit() for c in word):
        return False
    return not (word.isdigit() and len(word) == 4 and word[:2] in ("19", "20"))  # a year
