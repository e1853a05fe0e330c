"""Word lists shared by the rule families (people, organisations, places, context).

A list that only one family uses lives in that family's module.
"""

from __future__ import annotations

from analysis.text import actor_table as T

# Words that make an NER span an organisation, or a place, rather than a person.
ORG_WORDS = frozenset(
    "Company Co. Corp Corp. Corporation Inc Inc. Ltd Ltd. LLC plc PLC Group Holdings "
    "Energy Petroleum Oil Gas Refinery Refining Council Institute Institution Bank Fund "
    "Agency Airways Airlines Federation Association Union Organization Organisation "
    "Commission Committee University Exchange Partners Capital Media Post Times Journal "
    "News Foundation Alliance League Authority Service Party Rally Front Movement Guards "
    "Guard Corps Army Navy Forces Police Ministry Department Office Court Assembly "
    "Parliament Senate Congress Center Centre Club Trust Industries Resources Shipping "
    "Logistics Motors Systems Technologies Labs Network Broadcasting Holding Television "
    "Radio Consortium".split()
)
PLACE_WORDS = frozenset(
    "Lake Mount Mountains River Sea Island Islands Shoal Strait Gulf Bay Basin Field "
    "Peninsula Valley Desert Canal Coast Ocean Delta Province Region Port Airport "
    "Street Square Palace Trot".split()
)
# The last word of a company named after its city or region ("Tokyo Gas", "Osaka Gas").
INDUSTRY_HEADS = frozenset(
    "Gas Oil Petroleum Energy Power Electric Electricity Steel Motors Airlines Airways "
    "Refining Petrochemical Chemical Chemicals Shipping Bank".split()
)
ACRONYM_STOP = frozenset(
    "LNG LPG GDP CEO CFO WTI API CO2 BPD BBL TV AI IT PM AM ET GMT UTC OK US UK EU UN "
    "ID VAT".split()
)
MODIFIER_KINDS = (T.NAME, T.DEMONYM, T.ORGANISATION, T.SEAT, T.BODY, T.CAPITAL)
TITLE_MODIFIER_KINDS = MODIFIER_KINDS + (T.REGION,)
STATE_KINDS = (T.NAME, T.DEMONYM, T.CAPITAL, T.SEAT)


def is_acronym(word: str) -> bool:
    return word.isupper() and word.isalpha() and 2 <= len(word) <= 6 and word not in ACRONYM_STOP
