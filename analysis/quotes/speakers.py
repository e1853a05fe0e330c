"""Turn the token that heads a speaker into the speaker's name and actor.

Conventions (tests/gold/quotes/CONVENTIONS.md):

* a person is named as the attribution writes the name, without job titles or
  appositions and with courtesy titles ("Kremlin spokesman Dmitry Peskov" → "Dmitry
  Peskov", "Mr. Lavrov", "Prince Abdulaziz"); "the UAE’s energy minister, Suhail
  al-Mazrouei," → "Suhail al-Mazrouei";
* a group or institution keeps its whole phrase without a leading "the" or a
  possessive state ("Russian Foreign Ministry officials", "Kremlin", "China’s Foreign
  Ministry" → "Foreign Ministry"); a joint subject is its first conjunct;
* pronouns and descriptions ("he", "she", "they", "it", "the minister", "the
  ministry") take the name exactly as written at the nearest earlier mention that
  fits: "he"/"she" a person whose gender is not contradicted (honorifics, gendered
  titles, earlier pronouns resolved to them), a description a person or body given
  that title somewhere before, else the nearest person or body;
* ``speaker_actor``/``speaker_country`` come from the actor mentions of the article
  (``context.results["actors"]``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from analysis.records import ActorMention

PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
COLLECTIVE_PRONOUNS = frozenset({"they", "them"})
THING_PRONOUNS = frozenset({"it"})

PERSON_ROLES = frozenset(
    """
    minister ambassador spokesman spokeswoman spokesperson official diplomat envoy
    president leader premier chancellor secretary chief director head analyst expert
    lawmaker senator congressman congresswoman governor mayor general commander adviser
    advisor aide executive chairman chairwoman ceo negotiator representative prosecutor
    lawyer attorney economist researcher trader king queen prince princess pope
    dictator strongman deputy counterpart monarch emir sheikh ayatollah politician
    candidate activist journalist reporter author founder manager
    """.split()
)
GROUP_NOUNS = frozenset(
    """
    officials diplomats leaders lawmakers analysts experts ministers authorities
    spokespeople representatives sources negotiators traders executives commanders
    delegates people
    """.split()
)
BODY_NOUNS = frozenset(
    """
    ministry government agency company firm embassy department office council committee
    commission bank administration regime cabinet parliament court military army navy
    presidency group organisation organization alliance bloc union party treasury
    """.split()
)
# Words that make up job titles before a name ("Kremlin spokesman", "Secretary of State").
TITLE_WORDS = frozenset(
    w.lower()
    for w in """
    Minister Ministry Foreign Deputy Prime Vice President Secretary State Treasury Energy
    Oil Petroleum Finance Defense Defence Interior Trade External Affairs Attorney General
    Spokesman Spokeswoman Spokesperson Ambassador Chancellor Premier Governor Senator
    Representative Rep. Sen. Gov. Gen. Adm. Col. Lt. Maj. Capt. Sgt. Chief Director
    Chairman Chairwoman CEO Commander Envoy Adviser Advisor Economy Economic Justice
    Health Commerce Industry Mines Mining Agriculture Culture Education Labour Labor
    Transport Home Security National Special Senior Acting Former Then Executive Kremlin
    White House Pentagon Navy Army Air Force Central Bank Governor Leader Opposition
    """.split()
)
HONORIFICS = frozenset(
    w.lower()
    for w in "Mr. Mr Mrs. Mrs Ms. Ms Miss Dr. Dr Prof. Prince Princess Sheikh Sir Dame Lord Lady King Queen Emir Crown Pope".split()
)
NAME_PARTICLES = frozenset({"bin", "bint", "al", "el", "de", "del", "da", "di", "van", "von", "der", "la", "le", "ibn", "abu", "-"})
_FEMALE = frozenset(
    {"ms.", "ms", "mrs.", "mrs", "miss", "madam", "spokeswoman", "chairwoman", "congresswoman", "queen", "princess", "dame", "lady"}
)
_MALE = frozenset({"mr.", "mr", "spokesman", "chairman", "congressman", "king", "prince", "sir", "lord", "sheikh", "emir"})

_TYPE_OF_ENT = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group", "FAC": "organisation"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(slots=True, frozen=True)
class Speaker:
    """A speaker's name as written (``start:end`` in the text) and its actor."""

    text: str
    start: int
    end: int
    actor: str | None
    country: str | None
    category: str  # person | organisation | group | country


@dataclass(slots=True)
class _Entity:
    """Mentions taken to be one referent (same actor, or one name inside the other)."""

    category: str
    actor: str | None
    words: set[str]
    roles: set[str] = field(default_factory=set)
    gender: str | None = None
    country: str | None = None
    name: str | None = None


@dataclass(slots=True)
class _Mention:
    speaker: Speaker
    entity: _Entity


class SpeakerResolver:
    """Resolves the speakers of one article; antecedents are searched before a position."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], quoted: list[tuple[int, int]]):
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each access: read it once
        self.actors = sorted(mentions, key=lambda m: (m.start, m.end))
        self._actor_starts = [m.start for m in self.actors]
        self._quoted = sorted(quoted)
        self._quoted_starts = [q[0] for q in self._quoted]
        self.entities: list[_Entity] = []
        self._by_head: dict[int, _Mention] = {}
        self.mentions: list[_Mention] = self._named_mentions()
        self._mention_ends = [m.speaker.end for m in self.mentions]

    # -- public -------------------------------------------------------------
    def speaker_for(self, head: int, before: int) -> Speaker | None:
        """The speaker headed by token ``head``; pronouns and descriptions are resolved
        to mentions ending before character ``before``."""
        token = self.doc[head]
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[lower]
            found = self._nearest(before, lambda e: e.category == "person" and e.gender in (None, gender))
            if found is not None and found.entity.gender is None:
                found.entity.gender = gender  # later "she" must skip a man called "he"
            return found.speaker if found else None
        if lower in COLLECTIVE_PRONOUNS:
            found = self._nearest(before, lambda e: e.category in {"group", "organisation", "country"})
            return found.speaker if found else None
        if lower in THING_PRONOUNS:
            found = self._nearest(before, lambda e: e.category in {"organisation", "country"})
            return found.speaker if found else None
        if token.pos_ == "PRON":
            return None  # "I", "we", "who": nothing to stand for outside the quote
        named = _apposed_name(token)
        if named is not None:
            token = named
        else:
            description = _description(token)
            if description is not None:
                if not _indefinite(token):
                    found = self._describe(before, *description)
                    if found is not None:
                        return found.speaker
                elif token.i not in self._by_head:
                    # "A trader at a state-owned company said": an unnamed source is a
                    # referent of its own, which "the trader" may take up later.
                    mention = self._link(self._speaker_at(token, category=description[0]), token)
                    self._insert(mention)
                    return mention.speaker
        known = self._by_head.get(token.i)
        if known is not None:
            return known.speaker
        speaker = self._speaker_at(token)
        return self._link(speaker, token).speaker

    # -- names --------------------------------------------------------------
    def _speaker_at(self, head: Token, category: str | None = None) -> Speaker:
        doc = self.doc
        actor = self._actor_at(head.idx, head.idx + len(head.text))
        category = category or (actor.actor_type if actor else _category(head))
        left, right = name_bounds(head, person=(category == "person"))
        start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
        if actor is None:
            actor = self._actor_at(start, end)
        return Speaker(
            text=self.text[start:end],
            start=start,
            end=end,
            actor=actor.actor if actor else None,
            country=actor.country if actor else None,
            category=category,
        )

    def _actor_at(self, start: int, end: int) -> ActorMention | None:
        """The longest actor mention overlapping ``start:end``."""
        i = bisect.bisect_left(self._actor_starts, end) - 1
        best = None
        while i >= 0 and start - self.actors[i].start < 300:
            m = self.actors[i]
            if m.end > start and m.start < end and (best is None or m.end - m.start > best.end - best.start):
                best = m
            i -= 1
        return best

    # -- antecedents --------------------------------------------------------
    def _named_mentions(self) -> list[_Mention]:
        """Named people and bodies outside quotes, in text order, linked into entities."""
        doc = self.doc
        heads: dict[int, None] = {}
        for m in self.actors:
            if not self._in_quote(m.start):
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and len(span):
                    heads[span.root.i] = None
        for ent in doc.ents:
            if ent.label_ in {"PERSON", "ORG", "GPE"} and not self._in_quote(ent.start_char):
                heads[ent.root.i] = None
        for token in doc:
            if self._in_quote(token.idx):
                continue
            if token.lower_ in GROUP_NOUNS and token.tag_ == "NNS" and any(
                c.ent_type_ in {"NORP", "GPE", "ORG"} for c in token.lefts
            ):
                heads[token.i] = None  # a group the parser has no entity for: "Chinese officials"
            elif token.dep_ in _SUBJECTS and token.pos_ == "PROPN" and not token.ent_type_:
                heads[token.i] = None  # a name the parser's NER missed: "Rubio spoke …"
        found = []
        for i in sorted(heads):
            token = doc[i]
            if token.dep_ == "poss" or token.dep_ == "compound":
                continue  # "Beijing’s ambassador", "Kremlin spokesman": a modifier, not a referent
            found.append(self._link(self._speaker_at(token), token))
        found.sort(key=lambda m: (m.speaker.end, m.speaker.start))
        return found

    def _link(self, speaker: Speaker, head: Token) -> _Mention:
        """Attach a named mention to an entity: the same actor, or a name whose words
        are part of an earlier one's ("Puri" in "Hardeep Singh Puri"). A person entity
        lends its person actor to a mention the actor table took for something else."""
        words = _name_words(speaker.text)
        entity = None
        for candidate in reversed(self.entities):
            same_actor = speaker.actor is not None and candidate.actor == speaker.actor
            same_name = bool(words) and (words <= candidate.words or candidate.words <= words)
            kinds = {candidate.category, speaker.category}
            # NER and the actor table sometimes take a bare surname for a place or a
            # company ("Puri said"); inside a person's name it is that person.
            surname = candidate.category == "person" and words <= candidate.words and not (
                speaker.category == "country" and speaker.country
            )
            if same_actor and len(kinds) == 1 or same_name and (len(kinds) == 1 or surname):
                entity = candidate
                break
        if entity is None:
            entity = _Entity(speaker.category, speaker.actor, set(words), country=speaker.country)
            if speaker.category == "person":
                entity.name = " ".join(w for w in speaker.text.split() if w.lower() not in HONORIFICS)
            self.entities.append(entity)
        elif entity.category == "person" and speaker.category != "person":
            speaker = Speaker(speaker.text, speaker.start, speaker.end, entity.actor, entity.country, "person")
        elif entity.actor is None and speaker.actor is not None:
            entity.actor, entity.country = speaker.actor, speaker.country
        if speaker.category == "person" and speaker.actor is None:
            # No actor mention here: a person is their full name as first given.
            speaker = Speaker(speaker.text, speaker.start, speaker.end, entity.actor or entity.name, entity.country, "person")
        entity.words |= words
        context = _context_words(head)
        entity.roles |= {w for w in context if w in PERSON_ROLES or w in BODY_NOUNS}
        gender = _gender(context)
        if gender and entity.gender is None:
            entity.gender = gender
        mention = _Mention(speaker, entity)
        self._by_head[head.i] = mention
        return mention

    def _insert(self, mention: _Mention) -> None:
        i = bisect.bisect_right(self._mention_ends, mention.speaker.end)
        self.mentions.insert(i, mention)
        self._mention_ends.insert(i, mention.speaker.end)

    def _in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, char) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def _nearest(self, before: int, fits) -> _Mention | None:
        i = bisect.bisect_right(self._mention_ends, before) - 1
        while i >= 0:
            mention = self.mentions[i]
            if fits(mention.entity):
                return mention
            i -= 1
        return None

    def _describe(self, before: int, category: str, role: str) -> _Mention | None:
        """A description takes the nearest referent given that title before it, else
        the nearest referent of its kind."""
        kinds = {"person"} if category == "person" else {category, "organisation", "group", "country"}
        titled = self._nearest(before, lambda e: e.category in kinds and role in e.roles)
        return titled or self._nearest(before, lambda e: e.category in kinds)


def name_bounds(head: Token, person: bool) -> tuple[int, int]:
    """Token bounds (inclusive) of the speaker's name headed by ``head``."""
    if person:
        return _person_bounds(head)
    left = head.i
    for child in head.lefts:
        if child.dep_ in {"amod", "compound", "nmod", "nummod", "quantmod"}:
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in {"compound", "flat"}:
            right = max(right, child.right_edge.i)
        elif child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "PROPN":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if objects:
                right = max(right, objects[-1].i)
        elif child.dep_ not in {"punct"}:
            break
    doc = head.doc
    while left < head.i and (doc[left].dep_ in {"det", "poss", "case", "punct"} or doc[left].tag_ == "POS"):
        left += 1  # "the Kremlin" → "Kremlin"; "China’s Foreign Ministry" → "Foreign Ministry"
    return left, right


def _person_bounds(head: Token) -> tuple[int, int]:
    """The name without the job title in front of it, with a courtesy title kept."""
    doc = head.doc
    left = head.i
    while left - 1 >= 0:
        prev = doc[left - 1]
        lower = prev.lower_
        if lower in HONORIFICS:
            left -= 1
            break
        if lower in TITLE_WORDS or prev.ent_type_ in {"NORP", "GPE", "ORG"} and prev.ent_type_ != head.ent_type_:
            break
        if prev.pos_ == "PROPN" or lower in NAME_PARTICLES or (prev.text == "-" and not prev.whitespace_):
            left -= 1
            continue
        break
    right = head.i
    while right + 1 < len(doc):
        nxt = doc[right + 1]
        if nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.head.i == head.i:
            right += 1
            continue
        break
    if doc[left].lower_ in NAME_PARTICLES and left < head.i:
        left += 1
    return left, right


def _apposed_name(head: Token) -> Token | None:
    """"the UAE’s energy minister, Suhail al-Mazrouei," names its minister by apposition."""
    if head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
        return None
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    return None


def _description(head: Token) -> tuple[str, str] | None:
    """("person" | "organisation" | "group", role) for "the minister", "the ministry",
    "officials"; ``None`` for a name or a qualified phrase ("Chinese officials")."""
    if not head.is_lower or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    for child in head.lefts:
        if child.pos_ == "PROPN" or child.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"} or child.dep_ == "poss":
            return None
    lemma = head.lemma_.lower()
    if head.lower_ in GROUP_NOUNS:
        return "group", lemma
    if lemma in PERSON_ROLES:
        return "person", lemma
    if lemma in BODY_NOUNS:
        return "organisation", lemma
    return None


def _indefinite(head: Token) -> bool:
    """"a trader", "an official": a new referent, not one named before."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "one"} for c in head.lefts)


def _category(head: Token) -> str:
    if head.ent_type_ == "PERSON":
        return "person"
    if head.tag_ in {"NNS", "NNPS"} and head.ent_type_ not in {"ORG", "GPE"}:
        return "group"
    if head.ent_type_ == "GPE":
        return "country"
    if head.ent_type_ in {"ORG", "FAC"} or head.lower_ in BODY_NOUNS:
        return "organisation"
    return "person" if head.pos_ == "PROPN" else "group"


def _name_words(text: str) -> set[str]:
    return {w.strip(".,’'").lower() for w in text.split()} - HONORIFICS - {""}


def _context_words(head: Token) -> set[str]:
    """Words of the phrase and its apposition: where titles and gender cues live."""
    words = set()
    for token in head.subtree:
        if abs(token.i - head.i) > 12 or token.dep_ == "relcl":
            continue
        words.add(token.lower_)
        words.add(token.lemma_.lower())
    if head.dep_ == "appos":  # "Russia’s ambassador to India, Denis Alipov"
        for token in head.head.subtree:
            if abs(token.i - head.i) <= 12:
                words.add(token.lower_)
                words.add(token.lemma_.lower())
    return words


def _gender(words: set[str]) -> str | None:
    female, male = bool(words & _FEMALE), bool(words & _MALE)
    if female != male:
        return "f" if female else "m"
    return None
