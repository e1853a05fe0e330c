"""Context: the state of what names none, once every mention is known.

What names no state ("the Foreign Ministry", "President Mahamat Idriss Deby", "state oil
company SHT") takes the state the text is talking about; an organisation named again, a
partner in "Tokyo Gas and Osaka Gas", and a company and the owner it is named after share
the state the text gives one of them. A paragraph naming no state falls back on the
article's main state (dateline included).
"""

from __future__ import annotations

import bisect
from collections import Counter

from analysis.extractors.actors.state import DocState, Draft
from analysis.text import actor_table as T
from analysis.extractors.actors.vocabulary import INDUSTRY_HEADS, ORG_SUFFIXES, ORG_WORDS
from analysis.text.actor_table import fold
from analysis.text.context import token_sentence


def resolve_context(state: DocState) -> None:
    by_head = {d.head: d for d in state.drafts if d.actor_type == "person" and d.head >= 0}
    guessed: list[Draft] = []  # people whose state only the context gave
    for draft in sorted(state.drafts, key=lambda d: d.start):
        if draft.the_country_at >= 0 and draft.country is None:
            draft.country = state.state_named_before(draft.the_country_at)
        if draft.body:
            iso3 = _body_state(state, draft)
            if iso3:
                draft.actor, draft.country, draft.body = state.table.body_name(draft.body, iso3), iso3, None
            else:
                draft.actor = ""
        elif draft.needs_state and draft.country is None:
            if draft.actor_type == "person":
                # "U.S. Energy Secretary Chris Wright and Deputy Secretary of State
                # Christopher Landau": a conjunct shares its partner's state.
                tok = state.doc[draft.head]
                partner = by_head.get(tok.head.i) if tok.dep_ == "conj" else None
                if partner is not None and partner.country and partner.titled:
                    draft.country = partner.country
                    continue
            draft.country = _officials_in_sentence(state, draft) or state.paragraph_state(draft.start)
            guessed.append(draft)
    # "Prime Minister Johnson", a paragraph after "Prime Minister Boris Johnson": a
    # person's state guessed from context is the one of their first mention.
    first: dict[str, str] = {}
    for draft in sorted(state.drafts, key=lambda d: d.start):
        if draft.actor_type == "person" and draft.country:
            first.setdefault(draft.actor, draft.country)
    for draft in guessed:
        if draft.actor_type == "person" and draft.actor in first:
            draft.country = first[draft.actor]
    _one_kind(state)
    _shortened_names(state)
    _share_countries(state)
    # One person, one state per article: fill mentions that did not say.
    known: dict[str, str] = {}
    for draft in sorted(state.drafts, key=lambda d: d.start):
        if draft.actor_type == "person" and draft.country:
            known.setdefault(draft.actor, draft.country)
    for draft in state.drafts:
        if draft.actor_type == "person" and not draft.country and draft.actor in known:
            draft.country = known[draft.actor]
    state.drop_unnamed()


def _officials_in_sentence(state: DocState, target: Draft) -> str | None:
    """"Prime Minister Boris Johnson joined the calls by United Kingdom officials asking
    the United States …": a titled person whose sentence names the officials, government
    or a body of exactly one state (groups and bodies acting for it) serves that state."""
    if target.actor_type != "person":
        return None
    sent = token_sentence(state.doc[target.start])
    found = {
        d.country for d in state.drafts
        if d is not target and d.country and d.acts_for_state and d.actor_type in ("group", "organisation")
        and sent.start <= d.start < sent.end and not state.is_quoted(state.doc[d.start].idx)
    }
    return found.pop() if len(found) == 1 else None


def _one_kind(state: DocState) -> None:
    """One name, one kind per article. The recogniser tags a company's name a person in
    some sentences and an organisation in others ("software company Red Hat", then "Red
    Hat had informed the board"); names found only by the recogniser, or copied from its
    finds, take the kind most of its own finds gave, an organisation on a tie."""
    votes: dict[str, Counter] = {}
    for d in state.drafts:
        if d.method == "ner" and d.actor_type in ("person", "organisation"):
            votes.setdefault(d.actor, Counter())[d.actor_type] += 1
    for actor, count in votes.items():
        if len(count) < 2:
            continue
        kind = "person" if count["person"] > count["organisation"] else "organisation"
        model = next(d for d in sorted(state.drafts, key=lambda d: d.start)
                     if d.actor == actor and d.actor_type == kind and d.method == "ner")
        for d in state.drafts:
            if d.actor == actor and d.actor_type != kind and d.method in ("ner", "learned"):
                d.actor_type, d.country, d.acts_for_state = kind, model.country, model.acts_for_state


def _shortened_names(state: DocState) -> None:
    """An organisation named again by the end of its name ("the Judiciary Committee" after
    "the House Judiciary Committee", "the Solidarity Party" after "the American Solidarity
    Party") is that organisation: the words it keeps end in a body's head word."""
    full: dict[tuple[str, ...], Draft] = {}
    for d in sorted(state.drafts, key=lambda d: d.start):
        if d.actor_type != "organisation" or not d.actor:
            continue
        words = tuple(d.actor.split())
        earlier = full.get(words) if d.method == "ner" and len(words) >= 2 and words[-1] in ORG_SUFFIXES else None
        if earlier is not None and earlier.actor != d.actor:
            dropped = earlier.actor.split()[: -len(words)]
            entry = state.table.entries.get(" ".join(dropped))
            if entry is not None and entry.kind == T.NAME:
                # "the U.S. Libertarian Party", then "the Libertarian Party": the state's
                # short name only says whose it is; the party is the shorter name.
                for other in state.drafts:
                    if other.actor == earlier.actor:
                        other.actor, other.country = d.actor, other.country or entry.country
                continue
            d.actor, d.country, d.acts_for_state = earlier.actor, earlier.country or d.country, earlier.acts_for_state
            continue
        for k in range(1, len(words) - 1):
            full.setdefault(words[k:], d)


def _share_countries(state: DocState) -> None:
    """Organisations and people the text gives no state take the one it gives them
    elsewhere: the same organisation named again ("IPMAN members"), its partner in
    "Tokyo Gas and Osaka Gas", a company named after its owner and the owner
    ("Nigeria’s Obiora Petroleum Refinery" … "Chukwuma Obiora")."""
    doc = state.doc
    drafts = sorted(state.drafts, key=lambda d: d.start)
    learned_orgs = [d for d in drafts if d.actor_type == "organisation" and d.method == "ner"]
    known: dict[str, str] = {}
    for d in drafts:
        if d.actor_type == "organisation" and d.country:
            known.setdefault(d.actor, d.country)
    by_token = {i: d for d in drafts for i in range(d.start, d.end)}
    for d in learned_orgs:
        if d.country is None:
            d.country = known.get(d.actor)
        if d.country is None and d.head >= 0 and doc[d.head].dep_ == "conj":
            partner = by_token.get(doc[d.head].head.i)
            if partner is not None and partner.actor_type == "organisation" and partner.country:
                d.country = partner.country
    # Eponyms: a person's surname opening a company's name ("Kalyoncu Holding").
    family: dict[str, list[Draft]] = {}
    for d in drafts:
        words = d.actor.split()
        if d.actor_type == "person" and len(words) > 1:
            family.setdefault(fold(words[-1]), []).append(d)
        elif (
            d.actor_type == "organisation" and len(words) > 1
            and (words[1] in ORG_WORDS or words[1] in INDUSTRY_HEADS)
        ):
            family.setdefault(fold(words[0]), []).append(d)
    for members in family.values():
        kinds = {d.actor_type for d in members}
        if len(kinds) < 2:
            continue
        country = next((d.country for d in members if d.country), None)
        for d in members:
            if d.country is None and country and (d.actor_type == "person" or d.method == "ner"):
                d.country = country


def _body_state(state: DocState, target: Draft) -> str | None:
    """"the Foreign Ministry": the state of the sentence's subject (a person, a state or
    a state's own body: "The State Department urged Tbilisi …, and Congress …"), else of
    the same body named earlier, else the paragraph's state. "Its Energy Ministry" is
    the body of the state named last ("Kazakhstan again pumped above its quota. Its
    Energy Ministry said …"), however often the paragraph names another."""
    doc = state.doc
    if target.start > 0 and doc[target.start - 1].lower_ == "its":
        owner = state.state_named_before(target.start)
        if owner:
            return owner
    # "The Parliament of Iraq voted … a State Department spokesperson said the United
    # States was disappointed by the Parliament's decision": a story has one state's
    # legislature, named again bare whoever speaks of it (a ministry named again may be
    # the speaker's own: "Chinese Foreign Minister Wang Yi said the Foreign Ministry …").
    earlier = _named_before(state, target)
    if earlier and target.body in state.table.legislatures:
        return earlier
    sent = token_sentence(doc[target.start])
    subject = _subject_state(state, target, sent.start)
    if subject:
        return subject
    if earlier:
        return earlier
    # "South Korea … bought more Saudi oil. Imports from Saudi Arabia rose …, figures from
    # the Ministry of Trade showed": the state its paragraph is about as a subject, before
    # one it names most (a trading partner counts as often).
    starts = state.tally.starts
    index = bisect.bisect_right(starts, doc[target.start].idx) - 1
    lo = doc.char_span(starts[index], starts[index] + 1, alignment_mode="expand") if index >= 0 else None
    return _subject_state(state, target, lo.start if lo is not None else 0) or state.paragraph_state(target.start)


def _named_before(state: DocState, target: Draft) -> str | None:
    """The state of the same body named last before ``target`` with its state."""
    for tok_i, body, iso3 in sorted(state.bodies_seen, reverse=True):
        if tok_i < target.start and body == target.body and iso3:
            return iso3
    return None


def _subject_state(state: DocState, target: Draft, lo: int) -> str | None:
    """The state of the nearest subject between token ``lo`` and the body: a person, a
    state or a state's own body ("The State Department urged Tbilisi …"), or a state that
    owns the subject ("Japan's crude imports fell …")."""
    doc = state.doc
    for draft in sorted(state.drafts, key=lambda d: -d.start):
        if draft is target or not (lo <= draft.start < target.start) or not draft.country:
            continue
        if state.is_quoted(doc[draft.start].idx):
            continue
        if draft.actor_type == "organisation" and not state.acts_for_state(draft, set()):
            continue  # a company's state is not its sentence's; a state body's is
        last = doc[draft.end - 1]
        if last.dep_ in ("nsubj", "nsubjpass") or (last.dep_ == "poss" and last.head.dep_ in ("nsubj", "nsubjpass")):
            return draft.country
    return None
