"""What a figure measures (crude, oil, fuel oil, LNG …) and whether it is about energy trade.

A barrels-per-day figure is energy by construction; a percent, a dollar amount or a
tonnage counts only when its sentence is about oil or gas and the number does not
belong to a tariff, a vote or a casualty count (DESIGN.md: "Only energy-trade figures").
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from analysis.extractors.figures.tree import WINDOW, bounded_subtree, sent
from analysis.text.context import doc_text, token_column, token_texts
from analysis.text.lexicon import alternation, opening_any, words

# Written form -> canonical commodity; longer forms first so "fuel oil" beats "oil".
_COMMODITIES: tuple[tuple[str, str], ...] = (
    (r"(?:crude|oil)\s+and\s+(?:fuel|gas|products)|oil\s+and\s+natural\s+gas", "oil"),
    (r"liquefied\s+natural\s+gas|lng", "LNG"),
    (r"liquefied\s+petroleum\s+gas|lpg", "LPG"),
    (r"crude\s+oil|crude|west\s+texas\s+intermediate|urals|merey|espo|brent|wti|murban|arab\s+light|heavy\s+sour|light\s+sweet", "crude"),
    (r"fuel\s+oil|bunker\s+fuel|mazut", "fuel oil"),
    (r"jet\s+fuel|kerosene", "jet fuel"),
    (r"diesel|gasoil|gas\s+oil", "diesel"),
    (r"gasoline|petrol", "gasoline"),
    (r"naphtha", "naphtha"),
    (r"condensate", "condensate"),
    (r"(?:refined|oil|petroleum)\s+products|fuels?", "fuel"),
    (r"natural\s+gas|pipeline\s+gas|gas", "gas"),
    (r"oil|petroleum", "oil"),
    (r"coal", "coal"),
)
# The first words of the forms above; a form added there needs its first word here.
_OPENERS = opening_any(
    "crude oil liquefied lng lpg west urals merey espo brent wti murban arab heavy light fuel bunker mazut jet kerosene"
    " diesel gasoil gas gasoline petrol naphtha condensate refined petroleum fuels natural pipeline coal".split()
)
# Every name opens at the start of a word with one of those: the lookaheads let the
# engine pass over the other positions at once (as period.py's _AT_WORD_STARTS).
_COMMODITY = re.compile(
    r"\b(?=\w)" + _OPENERS + r"(?:" + "|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _) in enumerate(_COMMODITIES)) + r")\b",
    re.IGNORECASE,
)
# "barrels of Venezuelan crude": the commodity named by the figure's own "of".
_OF_GAP = re.compile(r"\s+of\s+(?:[\w’'.-]+\s+){0,4}")
_NAMES = {f"c{i}": name for i, (_, name) in enumerate(_COMMODITIES)}

# Words that make a sentence about oil and gas. "energy" alone is not enough ("higher
# energy bills"); it counts inside a figure's own phrase ("90% of its energy needs").
ENERGY = re.compile(
    r"\b(?:oil|crude|barrels?|bpd|b/d|fuels?|diesel|gasoline|petrol|naphtha|lng|lpg|gas|"
    r"petroleum|refiner(?:s|y|ies)?|tankers?|opec\+?|brent|wti|urals|merey|espo|"
    r"condensate|pipelines?|pdvsa|rosneft|aramco|kpler|vortexa)\b",
    re.IGNORECASE,
)
# Nouns of trade in a figure's own phrase: "80% of the country's total oil exports".
TRADE_WORDS = words("figures", "trade_words")
_RANKS = re.compile(rf"(?:^|-){alternation('figures', 'one_state_ranks')}$")
# Words that take a share's whole from the sentence: "80% of the total", "90% of it".
ANAPHORIC = words("figures", "anaphoric")
# Nouns in a figure's own clause that make it about something else than energy trade.
NON_TRADE_CLAUSE = words("figures", "non_trade_clause")
# Nouns a percent or dollar figure may belong to that make it not an energy-trade figure.
NOT_TRADE_HEADS = words("figures", "not_trade_heads")


def is_energy_context(sentence: str) -> bool:
    return ENERGY.search(sentence) is not None


def names_fuel(text: str) -> bool:
    """The text is about oil and gas or names one of its commodities ("refined products")."""
    return is_energy_context(text) or _COMMODITY.search(text) is not None


def of_object(root: Token) -> list[Token] | None:
    """The tokens of the figure's own "of" phrase ("80% [of the country's oil exports]")."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return subtree_near(objects[0], root)
    return None


def clause_tokens(root: Token) -> list[Token]:
    """The figure's own clause: its nearest verb's subtree, without nested clauses
    (within the figure's window, see :mod:`analysis.extractors.figures.tree`)."""
    verb = root
    for _ in range(4 * WINDOW):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    nested = ("advcl", "ccomp", "relcl", "parataxis", "csubj", "acl")

    def cut(token: Token) -> bool:
        return token.dep_ in nested or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"))

    return bounded_subtree(verb, root, cut)


def subtree_near(token: Token, root: Token) -> list[Token]:
    """``token``'s subtree, within the window of ``root``."""
    return bounded_subtree(token, root, lambda _: False)


def is_anaphoric(tokens: list[Token]) -> bool:
    return any(t.lower_ in ANAPHORIC for t in tokens)


def names_non_trade(tokens: list[Token]) -> bool:
    return any(t.lemma_.lower() in NON_TRADE_CLAUSE for t in tokens)


_NEAR_CHARS = 400  # how far from a figure its commodity may be named (see tree.WINDOW)
# Nouns a commodity word may modify without naming what a figure measures: "state oil
# company", "the world's biggest oil exporter", "U.S. oil major", "oil minister".
AGENT_NOUNS = words("figures", "agent_nouns")
# Of those, the nouns of a market quote: "Brent crude futures rose 1.3% to $63.17 a barrel"
# is about crude when the sentence names no other commodity.
PRICE_NOUNS = words("figures", "price_nouns")


class Commodities:
    """What each figure of one article measures.

    In order: the commodity inside the figure's phrase or named by its "of"
    ("tonnes of LNG", "barrels of Venezuelan crude"); else the nearest one in the
    figure's clause, then sentence, not counting words that describe a company or a
    person ("state oil company", "oil exporter"); else that of the figure before it,
    when in the same sentence or continued from it ("more than half of the
    shipments"); else the article's main commodity.
    """

    def __init__(self, doc, title: str | None = None, text: str | None = None):
        self.doc = doc
        self.mentions: list[tuple[int, int, str, int]] = []  # start, end, name, token index
        self.described: list[tuple[int, int, str, int]] = []  # those describing an agent or price
        self.priced: list[tuple[int, int, str, int]] = []  # those describing a price or futures
        counts: dict[str, list[int]] = {}
        self.text = doc_text(doc) if text is None else text
        for match in _COMMODITY.finditer(self.text):
            name = _NAMES[match.lastgroup]
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            token = span.root
            if _in_name(token):
                continue  # "Korea Gas Corp", "Dangote Petroleum Refinery": part of a name
            if token.dep_ in ("compound", "amod", "nmod") and token.head.lemma_.lower() in AGENT_NOUNS:
                # Kept aside: "Brent crude futures" still says what a barrel price is of.
                self.described.append((match.start(), match.end(), name, token.i))
                if token.head.lemma_.lower() in PRICE_NOUNS:
                    self.priced.append(self.described[-1])
                continue
            self.mentions.append((match.start(), match.end(), name, token.i))
            entry = counts.setdefault(name, [0, -match.start()])
            entry[0] += 1
        self.starts = [m[0] for m in self.mentions]
        title_match = _COMMODITY.search(title or "")
        if title_match:
            counts.setdefault(_NAMES[title_match.lastgroup], [0, 1])[0] += 1
        self.main = max(counts.items(), key=lambda item: tuple(item[1]))[0] if counts else None
        self.last: tuple[int, str | None] | None = None  # (sentence start, commodity)

    def for_figure(
        self, span, start: int, end: int, region: set[int], continued: bool = False, unit: str | None = None
    ) -> str | None:
        """``continued``: the figure continues the flow of the sentence before it; a
        figure in barrels is never gas (``unit``)."""
        sentence = sent(span)
        lo = max(sentence.start_char, start - _NEAR_CHARS)
        hi = min(sentence.end_char, end + _NEAR_CHARS)
        in_sentence = self.mentions[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]
        found = None
        for m_start, _, name, _ in in_sentence:
            if start <= m_start < end or (m_start >= end and _OF_GAP.fullmatch(self.text, end, m_start)):
                found = name
                break
        if found is None:
            found = _nearest([m for m in in_sentence if m[3] in region], start, end) or _nearest(in_sentence, start, end)
        if found is None and self.last is not None and (self.last[0] == sentence.start or continued):
            found = self.last[1]
        if found is None:
            found = _nearest([m for m in self.priced if lo <= m[0] < hi], start, end)
        if found is None:
            found = self._previous_sentence(sentence)
        found = found or self.main
        if unit in _BARREL_UNITS and found in _GASES:
            # "Brent crude futures settled at $63.17 a barrel" in an LNG story.
            liquids = [m for m in in_sentence + self._described_in(lo, hi) if m[2] not in _GASES]
            found = _nearest(liquids, start, end) or "oil"
        elif found is None and unit in _BARREL_UNITS:
            found = "oil"  # a barrel is of oil, whatever the story forgot to say
        self.last = (sentence.start, found)
        return found

    def _previous_sentence(self, sentence) -> str | None:
        """The last commodity of the sentence before, in the same paragraph: "SOMO markets
        the crude. Iraq exported 3.38 million bpd in September" (crude, not the story's oil)."""
        if sentence.start == 0:
            return None
        before = sent(self.doc[sentence.start - 1])
        if "\n\n" in self.text[before.start_char : sentence.start_char] or not before.text.strip():
            return None
        index = bisect.bisect_left(self.starts, sentence.start_char) - 1
        if index >= 0 and self.mentions[index][0] >= before.start_char:
            return self.mentions[index][2]
        return None

    def _described_in(self, lo: int, hi: int) -> list[tuple[int, int, str, int]]:
        return [m for m in self.described if lo <= m[0] < hi]


_BARREL_UNITS = frozenset({"usd_per_barrel", "barrels", "barrels_per_day"})
_GASES = frozenset({"LNG", "gas"})


def _in_name(token: Token) -> bool:
    """A capitalised commodity word inside a proper name ("Korea Gas Corp")."""
    return (
        token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.pos_ == "PROPN"
        and token.text[:1].isupper() and not token.text.isupper()
    )


def _nearest(mentions, start: int, end: int) -> str | None:
    best = None
    for m_start, m_end, name, _ in mentions:
        distance = m_start - end if m_start >= end else start - m_end + 1
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


def mentions_trade(tokens: list[Token]) -> bool:
    # The lower-cased form too: a capitalised "Cargoes" opening a sentence may be lemmatised as a name.
    if not tokens:
        return False
    doc = tokens[0].doc
    lemmas, lowers, texts = token_column(doc, "LEMMA"), token_column(doc, "LOWER"), token_texts(doc)
    return any(
        lemmas[i].lower() in TRADE_WORDS or _singular_in(lowers[i], TRADE_WORDS) or ENERGY.fullmatch(texts[i])
        or lowers[i] == "source" and _ranked(doc[i])
        for i in (t.i for t in tokens)
    )


def _ranked(token: Token) -> bool:
    """"the largest source", "its second-biggest source": a supplier's rank (a source
    that is ranked is a supplier, not an informant)."""
    return any(c.dep_ in ("amod", "compound") and _RANKS.search(c.lower_) for c in token.children)


def _singular_in(word: str, words: frozenset[str]) -> bool:
    """``word``, or it less a plural "-s" or "-es", is one of ``words``."""
    return word in words or word.endswith("s") and word[:-1] in words or word.endswith("es") and word[:-2] in words


def governed_by_non_trade(span: Span) -> bool:
    """Whether the figure's phrase belongs to a tariff, vote, casualty count …

    Looks at the noun the figure modifies ("a 25% tariff"), the noun whose "of"/"on"
    object it is ("tariffs of 25%"), the noun the figure's own "of" names ("51% of the
    vote") and the object of the verb that moves it ("doubled tariffs … to 50%").
    """
    root = span.root
    heads: list[Token] = []
    head = root.head
    if root.dep_ in ("compound", "amod", "nummod", "nmod", "quantmod") and head.pos_ in ("NOUN", "PROPN"):
        heads.append(head)
    if root.dep_ == "pobj" and head.lower_ in ("of", "on", "at") and head.head.pos_ == "NOUN":
        heads.append(head.head)
    if root.dep_ == "pobj" and head.lower_ in ("to", "by", "from") and head.head.pos_ == "VERB":
        heads.extend(c for c in head.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))
    if root.dep_ in ("dobj", "npadvmod", "advmod") and head.pos_ == "VERB":
        heads.extend(c for c in head.children if c.dep_ in ("nsubj", "nsubjpass"))
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            heads.extend(grandchild for grandchild in child.children if grandchild.dep_ == "pobj")
    # Nouns right after the span ("25% tariff") when the parse attaches them elsewhere.
    after = span.doc[span.end : min(span.end + 2, sent(span).end)]
    heads.extend(token for token in after if token.pos_ == "NOUN")
    return any(token.lemma_.lower() in NOT_TRADE_HEADS for token in heads)
