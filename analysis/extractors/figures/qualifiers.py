"""Qualifiers ("about", "more than", "up to"), approximation and changes ("up 12%").

Read from the few words around a span, not from the parse: the words that qualify a
number sit right next to it, and a regular expression on the text is both faster and
steadier there than the tagger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.text.lexicon import alternation, opening_any, words

# Qualifiers as written (the table keeps the writer's word: "roughly", "some", "nearly");
# all but the few that praise hedge the value: the number written is not the exact one.
_QUALIFIERS = words("figures", "qualifiers")
_NOT_HEDGES = words("figures", "qualifiers_not_hedges")
APPROXIMATE = (_QUALIFIERS - _NOT_HEDGES) | {"between"}
# One qualifier as a pattern, for the readers that look past it ("up from about …").
QUALIFIER = alternation("figures", "qualifiers")
# (The lookaheads of opening_any let the engine pass over the positions where no word of
# a long list opens at once, instead of trying each word there.)
_QUALIFIER_LEFT = re.compile(rf"(?:^|(?<=[\s(])){opening_any(_QUALIFIERS)}(?P<q>{QUALIFIER})\s*$", re.IGNORECASE)

_UP_VERBS = (
    r"up|rose|risen|rising|rises|rise|increased|increasing|increases|increase|jumped|jumping|"
    r"jumps|jump|surged|surging|surges|soared|soaring|climbed|climbing|climbs|gained|gaining|"
    r"gains|grew|growing|grows|grown|added|adding|boosted|boosting|raised|raising|raise|"
    r"expanded|expanding|rebounded|spiked|edged\s+up|ticked\s+up|advanced|firmed|rallied|strengthened"
)
_DOWN_VERBS = (
    r"down|fell|fallen|falling|falls|fall|decreased|decreasing|decreases|decrease|dropped|"
    r"dropping|drops|drop|declined|declining|declines|decline|slumped|slumping|plunged|"
    r"plunging|plummeted|tumbled|sank|sinking|slid|sliding|slipped|slipping|eased|easing|"
    r"shrank|shrinking|contracted|cut|cutting|cuts|reduced|reducing|reduce|lowered|lowering|"
    r"shed|shedding|trimmed|slashed|edged\s+down|ticked\s+down|dipped|dipping|"
    r"retreated|retreating|weakened|sagged"
)
_CHANGE_NOUNS_UP = r"increase|rise|jump|gain|growth|hike|surge|boost|rebound"
_CHANGE_NOUNS_DOWN = r"decrease|drop|decline|fall|cut|reduction|slump|plunge|contraction|dip|slide"
# The first word of each change word above.
_CHANGE_OPENERS = opening_any(
    word.split("\\s")[0] for word in "|".join((_UP_VERBS, _DOWN_VERBS, _CHANGE_NOUNS_UP, _CHANGE_NOUNS_DOWN)).split("|")
)
# "rose 12%", "fell by 200,000 bpd", "up nearly 12%", "an increase of 5%". The change
# words open at word starts: the lookaheads skip the other positions at once.
_CHANGE_LEFT = re.compile(
    rf"\b(?=\w){_CHANGE_OPENERS}(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!add\s)(?<!adds\s)(?<!added\s)(?:(?P<up>{_UP_VERBS})|(?P<down>{_DOWN_VERBS})|(?P<upn>{_CHANGE_NOUNS_UP})s?\s+of"
    rf"|(?P<downn>{_CHANGE_NOUNS_DOWN})s?\s+of)\s+(?:by\s+)?(?:(?:a|an)\s+)?(?:{QUALIFIER})?\s*$",
    re.IGNORECASE,
)
# "raised output targets by about 2.9 million bpd": a change verb a few words before "by".
_CHANGE_BY = re.compile(
    rf"\b(?=\w)(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!add\s)(?<!adds\s)(?<!added\s)(?:(?P<up>{_UP_VERBS})|(?P<down>{_DOWN_VERBS}))\s+(?:[\w’'-]+\s+){{1,4}}by\s+(?:{QUALIFIER})?\s*$",
    re.IGNORECASE,
)
# "a 12% increase", "12% higher", "200,000 bpd more than a year earlier".
_CHANGE_RIGHT = re.compile(
    rf"^[\s-]*(?:(?P<upn>{_CHANGE_NOUNS_UP}|higher|more\s+than)|(?P<downn>{_CHANGE_NOUNS_DOWN}|lower|less\s+than|fewer\s+than))\b",
    re.IGNORECASE,
)


@dataclass(slots=True, frozen=True)
class Qualification:
    qualifier: str | None
    approximate: bool
    qualifier_start: int | None  # where the written qualifier starts (to trim spans)


def qualify(text: str, start: int, end: int, is_range: bool) -> Qualification:
    """Qualifier and approximation of the figure ``text[start:end]``."""
    left = text[max(0, start - 60) : start]
    change = _change(left, text[end : end + 30])
    hedge = _QUALIFIER_LEFT.search(left)
    hedge_name = " ".join(hedge.group("q").lower().split()) if hedge else None
    if hedge_name in _NOT_HEDGES:
        hedge = hedge_name = None
    qualifier_start = start - (len(left) - hedge.start("q")) if hedge else None
    if is_range:
        return Qualification("between", True, qualifier_start)
    if change:
        # A change amount is what it is: "up", "down", never approximate (gold rule 5).
        return Qualification(change, False, qualifier_start)
    if hedge_name:
        return Qualification(hedge_name, hedge_name in APPROXIMATE, qualifier_start)
    return Qualification(None, False, None)


# "Brent lost 53 cents": a price's move; "lost more than $300 million in revenue" is a loss.
_LOST = re.compile(r"\b(?:lost|loses|losing)\s+(?:by\s+)?$", re.IGNORECASE)


def _change(left: str, right: str) -> str | None:
    if _LOST.search(left):
        return "down"
    match = _CHANGE_LEFT.search(left)
    if match:
        # "up to 1 million" is a ceiling, not a change.
        if match.group("up") and match.group("up").lower() == "up" and re.search(r"\bup\s+to\s*$", left, re.I):
            return None
        return "up" if (match.group("up") or match.group("upn")) else "down"
    # (_CHANGE_BY ends on "by": most windows have none, and its scan costs more than the test)
    match = "by" in left.lower() and _CHANGE_BY.search(left)
    if match:
        return "up" if match.group("up") else "down"
    match = _CHANGE_RIGHT.search(right)
    if match:
        return "up" if match.group("upn") else "down"
    return None
