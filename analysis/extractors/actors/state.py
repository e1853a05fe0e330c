"""The state of the work on one Doc, shared by every pass.

A pass (see ``resolve.PASSES``) reads and changes a :class:`DocState`: the table's
pieces found in the text (``atoms``, indexed by token in ``atom_at`` and by end in
``atom_ending``), the mentions so far (``drafts``, their tokens ``taken``), what the
article taught (``learned`` surnames, ``first_form`` of names, ``acronyms``) and what it
says about places (``hints``, ``bodies_seen``, ``paragraphs``, ``datelines``,
``quoted``). The queries several rule families ask of it are methods here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Protocol

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from analysis.extractors.actors.vocabulary import STATE_KINDS
from analysis.pipeline.records import ActorMention
from analysis.text import actor_table as T
from analysis.text.actor_table import ActorTable, Entry
from analysis.text.context import doc_text
from analysis.text.datelines import find_datelines
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
        self.taken: set[int] = set()
        # surname key -> people introduced in the article under it: (token, name, draft)
        self.learned: dict[str, list[tuple[int, str, Draft]]] = {}
        # folded given name -> the same people by first name ("Jamal" after "Jamal Khashoggi"):
        # an index, so the lookup made for each capitalised token does not scan every name
        self.given: dict[str, list[tuple[int, str, Draft]]] = {}
        self.first_form: dict[str, str] = {}
        self.acronyms: dict[str, Draft] = {}  # acronyms the article defined ("IPMAN") → the organisation spelled out
        self.body_officials: dict[str, str] = {}  # person -> international body served
        self.company_openers: set[str] | None = None  # words before a company word
        self.hints: list[tuple[int, str]] = []  # (char offset, ISO3) of places named
        self.bodies_seen: list[tuple[int, str, str]] = []  # (token, body kind, ISO3)
        self.paragraphs = paragraph_spans(self.text)
        self.datelines = find_datelines(self.text, self.paragraphs)
        self.quoted = CharRanges(quoted_ranges(self.text))
        for dateline in self.datelines:
            iso3 = self.table.lookup_country(dateline.place.split("/")[0].strip())
            if iso3:
                self.hints.append((0, iso3))

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
            start, end = doc[d.start].idx, doc[d.end - 1].idx + len(doc[d.end - 1].text)
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
        self.drafts.append(draft)
        return draft

    def is_title(self, i: int) -> bool:
        return self.doc[i].text in self.resolver.title_words and i not in self.atom_at

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
        if self.doc[last[0]].sent.start == self.doc[tok_i].sent.start:
            return last[1:]
        return earlier[0][1:]

    def possessive_before(self, start: int) -> str | None:
        if start >= 2 and self.doc[start - 1].text in ("’s", "'s"):
            atom = self.atom_ending.get(start - 1)
            if atom is not None and atom.kind in STATE_KINDS + (T.ORGANISATION,):
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
        takes the article's main state (dateline included), not a state the paragraph
        before mentions in passing ("the Finance Ministry said" in a Guyana story after
        a paragraph on Indian buyers). People and groups count for their state, places
        named only as locations half."""
        char = self.doc[tok_i].idx
        lo, hi = next(((s, e) for s, e in self.paragraphs if s <= char <= e), (0, len(self.text)))
        local, first = self.state_counts(lo, hi)
        article, article_first = self.state_counts(0, len(self.text))
        if local:
            return sorted(local, key=lambda c: (-local[c], -article[c], first[c], c))[0]
        if article:
            return sorted(article, key=lambda c: (-article[c], article_first[c], c))[0]
        return None

    def state_counts(self, lo: int, hi: int) -> tuple[Counter, dict[str, int]]:
        counts: Counter = Counter()
        first: dict[str, int] = {}
        for d in self.drafts:
            pos = self.doc[d.start].idx
            if d.country and d.actor_type != "organisation" and lo <= pos < hi and not self.is_quoted(pos):
                counts[d.country] += 2
                first.setdefault(d.country, pos)
        for pos, iso3 in self.hints:
            if lo <= pos < hi:
                counts[iso3] += 1
                first.setdefault(iso3, pos)
        return counts, first

    def is_quoted(self, char: int) -> bool:
        return self.quoted.covers(char)
