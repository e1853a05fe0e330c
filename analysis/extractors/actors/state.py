"""The state of the work on one Doc, shared by every pass.

A pass (see ``resolve.PASSES``) reads and changes a :class:`DocState`: the table's
pieces found in the text (``atoms``, indexed by token in ``atom_at`` and by end in
``atom_ending``), the mentions so far (``drafts``, their tokens ``taken``), what the
article taught (``learned`` surnames, ``first_form`` of names, ``acronyms``) and what it
says about places (``tally``, ``bodies_seen``, ``paragraphs``, ``datelines``,
``quoted``). The queries several rule families ask of it are methods here.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from analysis.extractors.actors.vocabulary import STATE_KINDS, rank_without_name
from analysis.pipeline.records import ActorMention
from analysis.text import actor_table as T
from analysis.text.actor_table import ActorTable, Entry
from analysis.text.context import doc_entities, doc_text, joined_by_hyphen, token_column, token_sentence, token_texts
from analysis.text.datelines import find_datelines
from analysis.text.lexicon import words
from analysis.text.marks import CharRanges, quoted_ranges
from corpus.normalize import paragraph_spans


class ResolverParts(Protocol):
    """What the passes use of ``resolve.Resolver`` (built once per actor table); a
    protocol, so that this module need not import the one that runs the passes."""

    table: ActorTable
    matcher: PhraseMatcher
    entries: dict[int, Entry]
    surnames: dict[str, T.Person]
    title_words: frozenset[str]


@dataclass(slots=True)
class Atom:
    """A recognised piece: token span, what it is, and how it was found."""

    start: int  # token index
    end: int
    kind: str
    actor: str
    actor_type: str
    country: str | None
    method: str
    used: bool = False


@dataclass(slots=True)
class Draft:
    """A mention before it becomes a record (token span)."""

    start: int
    end: int
    actor: str
    actor_type: str
    country: str | None
    method: str
    body: str | None = None  # an unresolved state body ("Foreign Ministry")
    needs_state: bool = False  # country from context (titled person, state company)
    head: int = -1  # token of the name (for conjunctions)
    titled: bool = False
    the_country_at: int = -1  # "the country’s dictator, X": state named before this token
    acts_for_state: bool = False  # an official, a state body or a state's group (see records)
    chars: tuple[int, int] | None = None  # a part of one token ("U.S." in "U.S.-led"), as characters
    seq: int = field(default=-1, repr=False, compare=False)  # order of adding (DocState.add)
    tally: StateTally | None = field(default=None, repr=False, compare=False)

    def __setattr__(self, name: str, value) -> None:
        # Passes change drafts in place (a state from context, a place that turns out
        # to be a state): the tally behind paragraph_state follows each change, so that
        # a query costs what one paragraph holds, not what the article holds.
        tally = getattr(self, "tally", None) if name in _TALLIED else None
        if tally is None:
            object.__setattr__(self, name, value)
            return
        tally.discard(self)
        object.__setattr__(self, name, value)
        tally.include(self)


MADE_WORDS = words("actors", "made_words")
_TALLIED = frozenset({"start", "country", "actor_type"})


class _Scope:
    """The states named in one paragraph (or the whole article): two per mention of a
    state, person or group outside quotes, one per place named only as a location; and
    where each was named first, by the order the mentions were added, then the places'."""

    __slots__ = ("counts", "drafts", "lead", "earliest", "hints")

    def __init__(self):
        self.counts: Counter = Counter()
        self.drafts: dict[str, dict[int, int]] = {}  # ISO3 -> {draft seq: char}
        self.lead: dict[str, int] = {}  # ISO3 -> smallest seq in drafts[ISO3]
        self.earliest: dict[str, int] = {}  # ISO3 -> smallest char in drafts[ISO3]
        self.hints: dict[str, int] = {}  # ISO3 -> char of the first place

    def add_draft(self, iso3: str, seq: int, char: int) -> None:
        self.counts[iso3] += 2
        self.drafts.setdefault(iso3, {})[seq] = char
        if seq < self.lead.get(iso3, seq + 1):
            self.lead[iso3] = seq
        if char < self.earliest.get(iso3, char + 1):
            self.earliest[iso3] = char

    def remove_draft(self, iso3: str, seq: int) -> None:
        self._drop(iso3, 2)
        chars = self.drafts[iso3]
        char = chars.pop(seq)
        if not chars:
            del self.drafts[iso3], self.lead[iso3], self.earliest[iso3]
            return
        if self.lead[iso3] == seq:
            self.lead[iso3] = min(chars)
        if self.earliest[iso3] == char:
            self.earliest[iso3] = min(chars.values())

    def add_hint(self, iso3: str, char: int) -> None:
        self.counts[iso3] += 1
        self.hints.setdefault(iso3, char)

    def first(self, iso3: str) -> int:
        if iso3 in self.lead:
            return self.drafts[iso3][self.lead[iso3]]
        return self.hints[iso3]

    def _drop(self, iso3: str, n: int) -> None:
        self.counts[iso3] -= n
        if not self.counts[iso3]:
            del self.counts[iso3]


class StateTally:
    """The states each paragraph names, kept up to date as drafts are added, changed
    and dropped (``Draft.__setattr__``) and as places are noted (``DocState.hint``)."""

    def __init__(self, doc: Doc, paragraphs: list[tuple[int, int]], quoted: CharRanges):
        self.doc = doc
        self.quoted = quoted
        self.starts = [s for s, _ in paragraphs]
        self.ends = [e for _, e in paragraphs]
        self.article = _Scope()
        self.paragraphs = [_Scope() for _ in paragraphs]
        self.counted: dict[int, tuple[str, int, _Scope | None]] = {}  # seq -> (ISO3, char, paragraph)

    def scope_at(self, char: int) -> _Scope:
        """The paragraph holding ``char`` (its end included), else the whole article."""
        i = bisect_right(self.starts, char) - 1
        return self.paragraphs[i] if i >= 0 and char <= self.ends[i] else self.article

    def include(self, draft: Draft) -> None:
        if not draft.country or draft.actor_type == "organisation":
            return
        char = self.doc[draft.start].idx
        if self.quoted.covers(char) or self._maker(draft):
            return
        paragraph = self._holding(char)
        self.counted[draft.seq] = (draft.country, char, paragraph)
        for scope in (self.article, paragraph):
            if scope is not None:
                scope.add_draft(draft.country, draft.seq, char)

    def _maker(self, draft: Draft) -> bool:
        """"a US-built bridge", "a Russian-made rifle": a state named as where
        a thing was made is a mention, but says nothing of whom the paragraph is about."""
        doc, last = self.doc, draft.end - 1
        return joined_by_hyphen(doc, last) and doc[last + 2].lower_ in MADE_WORDS

    def discard(self, draft: Draft) -> None:
        counted = self.counted.pop(draft.seq, None)
        if counted is None:
            return
        iso3, _, paragraph = counted
        for scope in (self.article, paragraph):
            if scope is not None:
                scope.remove_draft(iso3, draft.seq)

    def hint(self, char: int, iso3: str) -> None:
        for scope in (self.article, self._holding(char)):
            if scope is not None:
                scope.add_hint(iso3, char)

    def _holding(self, char: int) -> _Scope | None:
        i = bisect_right(self.starts, char) - 1
        return self.paragraphs[i] if i >= 0 and char < self.ends[i] else None


class DocState:
    """The work on one Doc; linear in its length (apart from small local windows)."""

    def __init__(self, resolver: ResolverParts, doc: Doc):
        self.resolver = resolver
        self.table = resolver.table
        self.doc = doc
        self.text = doc_text(doc)
        self.atoms: list[Atom] = []
        self.atom_at: dict[int, Atom] = {}
        self.atom_ending: dict[int, Atom] = {}
        self.drafts: list[Draft] = []
        self._seq = itertools.count()
        self.taken: set[int] = set()
        # surname key -> people introduced in the article under it: (token, name, draft)
        self.learned: dict[str, list[tuple[int, str, Draft]]] = {}
        # folded given name -> the same people by first name ("Jamal" after "Jamal Khashoggi"):
        # an index, so the lookup made for each capitalised token does not scan every name
        self.given: dict[str, list[tuple[int, str, Draft]]] = {}
        self.first_form: dict[str, str] = {}
        self.acronyms: dict[str, Draft] = {}  # acronyms the article defined ("IPMAN") → the organisation spelled out
        # person -> the organisation served (an international body, with no state)
        self.body_officials: dict[str, tuple[str, str | None]] = {}
        self.company_openers: set[str] | None = None  # words before a company word
        self.bodies_seen: list[tuple[int, str, str]] = []  # (token, body kind, ISO3)
        # NER's one-token persons (token, text), found once: a surname reused alone later
        # is asked for by every two-word name.
        self.lone_persons = [(e.start, e.text) for e in doc_entities(doc) if len(e) == 1 and e.label_ == "PERSON"]
        self.paragraphs = paragraph_spans(self.text)
        self.datelines = find_datelines(self.text, self.paragraphs)
        self.quoted = CharRanges(quoted_ranges(self.text))
        self.tally = StateTally(doc, self.paragraphs, self.quoted)
        self.dateline_state: str | None = None  # the state of the story's first dateline
        for dateline in self.datelines:
            iso3 = self.table.lookup_country(dateline.place.split("/")[0].strip())
            if iso3:
                self.hint(0, iso3)
                self.dateline_state = self.dateline_state or iso3

    @cached_property
    def proper_nouns(self) -> dict[str, list[int]]:
        """Where each proper noun's text stands, found once: every untitled name asks
        whether its surname is written alone later."""
        index: dict[str, list[int]] = {}
        texts = token_texts(self.doc)
        for i, pos in enumerate(token_column(self.doc, "POS")):
            if pos == "PROPN":
                index.setdefault(texts[i], []).append(i)
        return index

    @cached_property
    def story_state(self) -> str:
        """The state the table's names, demonyms and capitals name most ("" if none): a
        person the text gives no state is written as that state writes names ("Li Wenliang",
        in a story on China, is later "Li")."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for atom in self.atoms:
            if atom.kind in STATE_KINDS and atom.country:
                counts[atom.country] += 1
                first[atom.country] = min(first.get(atom.country, atom.start), atom.start)
        # A tie goes to the state named first, as the figures' main state does.
        return min(counts, key=lambda c: (-counts[c], first[c])) if counts else ""

    @cached_property
    def states_named(self) -> frozenset[str]:
        """The states the table's names, demonyms, capitals and regions (U.S. states, "Kurdistan")
        name anywhere in the text."""
        kinds = STATE_KINDS + (T.REGION,)
        return frozenset(atom.country for atom in self.atoms if atom.kind in kinds and atom.country)

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Words NER calls part of a place anywhere in the text."""
        texts = token_texts(self.doc)
        return frozenset(texts[i] for i, label in enumerate(token_column(self.doc, "ENT_TYPE")) if label in ("GPE", "LOC", "FAC"))

    @cached_property
    def town_words(self) -> frozenset[str]:
        """Words NER calls part of a town, a state or a country anywhere in the text (not
        a region or a building: "Red Sea", "Union Station")."""
        texts = token_texts(self.doc)
        return frozenset(texts[i] for i, label in enumerate(token_column(self.doc, "ENT_TYPE")) if label == "GPE")

    def acts_for_state(self, draft: Draft, officials: set[str]) -> bool:
        """Whether a mention's actor acts or stands for its state (DESIGN.md ``state``):
        a state's own mentions always; a person when any mention of them in the article
        gives an office of state; a body, group or organisation when the passes said so
        or the table marks it (``state: true``)."""
        if draft.actor_type == "country":
            return True
        if draft.actor_type == "person":
            return draft.actor in officials
        return draft.acts_for_state or draft.actor in self.table.state_actors

    def records(self, article_id: str) -> list[ActorMention]:
        doc, out, seen = self.doc, [], set()
        officials = {d.actor for d in self.drafts if d.actor_type == "person" and d.acts_for_state}
        for d in sorted(self.drafts, key=lambda d: (d.start, d.end)):
            if not d.actor:
                continue
            start, end = d.chars or (doc[d.start].idx, doc[d.end - 1].idx + len(doc[d.end - 1].text))
            if (start, end) in seen:
                continue
            seen.add((start, end))
            text = self.text[start:end]
            state = d.country if d.country and self.acts_for_state(d, officials) else None
            out.append(ActorMention(article_id, start, end, text, d.actor, d.actor_type, d.country, state, d.method))
        return out

    def index(self) -> None:
        """The pass between finding atoms and the phrase rules: atoms in text order,
        indexed by token and by end."""
        self.atoms.sort(key=lambda a: (a.start, a.end))
        self.atom_at = {i: a for a in self.atoms for i in range(a.start, a.end)}
        self.atom_ending = {a.end: a for a in self.atoms}

    def add(self, draft: Draft, atoms: list[Atom]) -> Draft:
        for atom in atoms:
            atom.used = True
        self.taken.update(range(draft.start, draft.end))
        draft.seq = next(self._seq)
        self.drafts.append(draft)
        draft.tally = self.tally
        self.tally.include(draft)
        return draft

    def drop_unnamed(self) -> None:
        """Drops the drafts the passes left without an actor (a body no state claimed)."""
        for draft in self.drafts:
            if not draft.actor:
                self.tally.discard(draft)
                draft.tally = None
        self.drafts = [d for d in self.drafts if d.actor]

    def hint(self, char: int, iso3: str) -> None:
        """Notes a state named only as a location (it counts half toward a paragraph's state)."""
        self.tally.hint(char, iso3)

    def is_title(self, i: int) -> bool:
        return self.doc[i].text in self.resolver.title_words and i not in self.atom_at and not rank_without_name(self.doc, i)

    def introduced_before(self, key: str, tok_i: int) -> tuple[str, str | None] | None:
        """The person introduced under surname ``key`` before token ``tok_i``: the one
        named last if that was in the same sentence, else the first one the article
        introduced ("Mugabe" after "Grace Mugabe", a paragraph on, is still Robert)."""
        earlier = sorted(
            ((start, name, draft.country) for start, name, draft in self.learned.get(key, ()) if start < tok_i),
            key=lambda e: e[0],
        )
        if not earlier:
            return None
        last = earlier[-1]
        if len({name for _, name, _ in earlier}) == 1 or tok_i >= len(self.doc):
            return last[1:]
        if token_sentence(self.doc[last[0]]).start == token_sentence(self.doc[tok_i]).start:
            return last[1:]
        return earlier[0][1:]

    def possessive_before(self, start: int, regions: bool = False) -> str | None:
        """The state of a state's or organisation's possessive right before ``start``; with
        ``regions``, a region's too ("Scotland's First Minister X": an official of its state;
        not for bodies, whose name would become the state's own ministry)."""
        if start >= 2 and self.doc[start - 1].text in ("’s", "'s"):
            atom = self.atom_ending.get(start - 1)
            kinds = STATE_KINDS + (T.ORGANISATION,) + ((T.REGION,) if regions else ())
            if atom is not None and atom.kind in kinds:
                return atom.country
        return None

    def state_named_before(self, tok_i: int) -> str | None:
        """The state of the nearest earlier mention that names one (a state, capital or
        person; demonyms on things and organisations do not say which country is meant)."""
        for draft in sorted(self.drafts, key=lambda d: -d.start):
            if draft.start >= tok_i or not draft.country or draft.method == "demonym":
                continue
            if draft.actor_type == "organisation" or self.doc[draft.end - 1].dep_ in ("compound", "amod"):
                continue  # "the U.S. capture of the country’s dictator": an attribute
            return draft.country
        return None

    def in_dateline_char(self, char: int) -> bool:
        return any(dateline.covers(char) for dateline in self.datelines)

    def in_dateline(self, atom: Atom) -> bool:
        return self.in_dateline_char(self.doc[atom.start].idx)

    def paragraph_state(self, tok_i: int) -> str | None:
        """The state a paragraph is about: the one it names most outside quotes, ties
        going to the state the whole article names most; a paragraph that names none
        takes the article's main state (dateline included; the dateline's own where the
        text names it first), not a state the paragraph
        before mentions in passing ("the Finance Ministry said" in a Guyana story after
        a paragraph on Indian buyers). People and groups count for their state, places
        named only as locations half (:class:`StateTally`)."""
        local, article = self.tally.scope_at(self.doc[tok_i].idx), self.tally.article
        if local.counts:
            return min(local.counts, key=lambda c: (-local.counts[c], -article.counts[c], local.first(c), c))
        home = self.dateline_state
        if home in article.earliest and article.earliest[home] == min(article.earliest.values()):
            # "QUITO - Ecuador's state oil company shipped … to China …": the dateline's
            # state, the first the text names, is the story's own however often its buyer
            # is named after it ("the Ministry of Energy and Mines said" is Ecuador's).
            return home
        if article.counts:
            return min(article.counts, key=lambda c: (-article.counts[c], article.first(c), c))
        return None

    def is_quoted(self, char: int) -> bool:
        return self.quoted.covers(char)
