"""Places: the table's pieces in the text, and the states, demonyms, companies and
capitals that stand alone.

:func:`table_atoms` finds what the table knows (one ``PhraseMatcher`` run, longest match
first). :func:`standalone` makes a mention of what no phrase rule used: states by name,
demonyms, companies, and capitals or seats of government where they stand for the state
(not "in Caracas", not in a dateline, not "Washington-based", not in a route "the
Baku-Tbilisi-Ceyhan pipeline"); Georgia and Washington the U.S. states and Turkey the
bird are no states.
"""

from __future__ import annotations

from collections.abc import Container

from analysis.extractors.actors.people import surname_not_place
from analysis.extractors.actors.state import Atom, DocState, Draft
from analysis.extractors.actors.vocabulary import PLACE_WORDS, STATE_HELD_WORDS, is_model_number
from analysis.text import actor_table as T
from analysis.text.context import entity_span, token_sentence, token_texts, transcript_label
from analysis.text.lexicon import table, words

# Where a capital or seat only says where something happened.
LOCATION_PREPS = words("actors", "location_preps")
# "to"/"from" a capital is a place only after a verb of motion ("flew to Beijing").
MOTION_PREPS = words("actors", "motion_preps")
MOTION_LEMMAS = words("actors", "motion_lemmas")
# Nouns after a hyphenated chain of places that make it a route ("Baku-Tbilisi-Ceyhan pipeline").
ROUTE_NOUNS = words("actors", "route_nouns")
# Context words that make a capitalised place name something else.
TRAP_CITIES = {name: frozenset(members) for name, members in table("actors", "trap_cities").items()}
BIRD_WORDS = words("actors", "bird_words")
# Nouns after a state's name or demonym that leave no mention: a currency ("US dollars"),
# the state's people ("U.S. citizens", "Mexican nationals"), not the state acting.
NOT_STATE_HEADS = words("actors", "currency_nouns") | words("actors", "population_nouns")
SITE_NOUNS = words("actors", "site_nouns")
CITY_NOUNS = words("actors", "city_nouns")
LANGUAGE_CUES = words("actors", "language_cues")
ETHNIC_OPENERS = words("actors", "ethnic_openers")
# Capitals standing for the international body seated there ("Brussels" for the EU).
BODY_SEATS = table("actors", "body_seats")
# Nouns a capital before them makes the state's ("the Moscow envoy", "the Tehran regime's
# spokesman"): offices of state and its officials.
STATE_STANDING_NOUNS = words("state_agents", "roles") | words("state_agents", "plural_offices")
NAME_HEADS = words("actors", "school_heads") | words("actors", "newspaper_heads")
# Goods whose journey runs between states, not cities: "crude shipments from Washington to
# Beijing" are the two states' trade ("the flight from London to Sydney" stays a journey).
TRADE_WORDS = words("figures", "trade_words")


# NER's names a state's name or capital can close ("Make America Great Again", "Mazars USA"):
# no state then. Not an organisation's ("Environment Canada", "Team Estonia" stand for theirs).
NAME_LABELS = ("PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC")


def table_atoms(state: DocState) -> None:
    spans = []
    for key, start, end in state.resolver.matcher(state.doc):
        entry = state.resolver.entries.get(key)
        if entry is not None:
            spans.append((start, end, entry))
    # Longest match wins ("South China Sea" over "China", "Washington Post" over
    # "Washington"), then the earlier one.
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    matched = {i for start, end, _ in spans for i in range(start, end)}
    occupied: set[int] = set()
    for start, end, entry in spans:
        if any(i in occupied for i in range(start, end)):
            continue
        if entry.kind == T.ORGANISATION and (
            _inside_a_longer_name(state, start, matched)
            or end < len(state.doc) and is_model_number(state.doc[end].text)
        ):
            continue  # "Boeing 707": a product, not its maker
        if entry.kind == T.ORGANISATION and end - start == 1 and transcript_label(state.doc, start):
            continue  # "((Wikinews)) Which …": an interview's label for who asks, not the outlet acting
        if entry.kind == T.BODY and end < len(state.doc) and state.doc[end].text in NAME_HEADS \
                and state.doc[start].is_title:
            continue  # "the Royal Military Academy", "Military Times": a school's or a medium's name
        occupied.update(range(start, end))
        method = "alias-file" if entry.source == "alias-file" else "table"
        state.atoms.append(Atom(start, end, entry.kind, entry.actor, entry.actor_type, entry.country, method))


def hyphenated_states(state: DocState) -> None:
    """States the tokenizer keeps inside one hyphenated word ("U.S.-led", "U.S.-Mexican
    border"): each state part is a mention of its own (hd gold: names inside compounds
    count); two demonyms ("Chinese-American") name a people's origin, no state."""
    doc = state.doc
    for i, text in enumerate(token_texts(doc)):
        if "-" not in text[1:-1] or i in state.atom_at:
            continue
        tok = doc[i]
        if state.in_dateline_char(tok.idx):
            continue
        parts, offset = [], 0
        for part in tok.text.split("-"):
            entry = state.table.entries.get(part)
            if entry is not None and entry.kind in (T.NAME, T.DEMONYM) and entry.country:
                parts.append((offset, part, entry))
            offset += len(part) + 1
        if not parts or all(entry.kind == T.DEMONYM for _, _, entry in parts) and len(parts) > 1:
            continue
        for offset, part, entry in parts:
            chars = (tok.idx + offset, tok.idx + offset + len(part))
            draft = Draft(tok.i, tok.i + 1, entry.actor, "country", entry.country, "table", chars=chars)
            state.add(draft, [])


def _inside_a_longer_name(state: DocState, start: int, matched: Container[int], labels: tuple[str, ...] = ("ORG",)) -> bool:
    """"Liberal Democratic Party", "Social Democratic Party": NER's organisation (or another
    name of ``labels``) opens with capitalised words the table does not know (``matched``
    are the tokens it knows; a demonym among them: "Czech Social Democratic Party"), so it
    is another name than the one the table names inside it ("Maryland Democratic Party",
    whose opening the table knows, stays the party)."""
    doc = state.doc
    tok = doc[start]
    if tok.ent_type_ not in labels or tok.ent_iob_ == "B":
        return False
    opening = [t for t in doc[entity_span(tok).start : start] if t.lower_ != "the"]
    # "Czech Social Democratic Party": a state's demonym may open it too, if another word does
    return bool(opening) and all(t.is_title and t.text not in state.table.us_states for t in opening) and any(
        t.i not in matched for t in opening
    )


def standalone(state: DocState) -> None:
    for atom in state.atoms:
        if atom.used or any(i in state.taken for i in range(atom.start, atom.end)):
            continue
        if state.in_dateline(atom) or surname_not_place(state, atom):
            continue  # (a person's surname: learned_surnames makes it the person)
        if atom.kind in (T.NAME, T.CAPITAL) and _inside_a_longer_name(state, atom.start, state.atom_at, NAME_LABELS):
            continue  # "Valeska Paris", "Make America Great Again": the end of another name no rule took
        draft = Draft(atom.start, atom.end, atom.actor, atom.actor_type, atom.country, atom.method)
        if atom.kind in (T.NAME, T.DEMONYM) and atom.end < len(state.doc) and state.doc[atom.end].lower_ in NOT_STATE_HEADS:
            continue  # "Georgian lari", "US dollars"; "U.S. citizens"
        if atom.kind in (T.DEMONYM, T.DEMONYM_PLURAL) and _ethnic_label(state, atom):
            continue
        if atom.kind == T.NAME:
            if _trap(state, atom):
                continue
        elif atom.kind == T.DEMONYM:
            if _is_language(state, atom):
                continue
            draft.actor_type = "country"
            draft.method = "alias-file" if atom.method == "alias-file" else "demonym"
        elif atom.kind == T.DEMONYM_PLURAL:
            draft.actor_type, draft.method = "group", "demonym"
        elif atom.kind in (T.CAPITAL, T.SEAT):
            if _is_place(state, atom):
                state.hint(state.doc[atom.start].idx, atom.country)
                continue
            if _trap(state, atom):
                continue
            body = BODY_SEATS.get(state.doc[atom.start : atom.end].text)
            entry = state.table.entries.get(body) if body else None
            if entry is not None:  # "Brussels warned Washington": the EU, not Belgium
                draft.actor, draft.actor_type, draft.country = entry.actor, entry.actor_type, entry.country
        elif atom.kind != T.ORGANISATION:
            continue
        state.add(draft, [atom])


def _opens_a_name(state: DocState, atom: Atom) -> bool:
    """"the Lisbon Marathon", "the Paris Climate Accord", "the Tokyo City Light Festival":
    a capital opening the name of an event, a treaty or a place says where, and stands
    for no state (w1/w2 gold); "the Caracas government", "Moscow’s envoy" still do, and
    so does a capital opening the name of a state's body ("the Kyiv Police", "the Moscow
    City Court")."""
    doc = state.doc
    if atom.end >= len(doc):
        return False
    nxt = doc[atom.end]
    if not (
        nxt.is_title and nxt.pos_ in ("PROPN", "NOUN") and atom.end not in state.atom_at
        and nxt.text not in state.table.government_nouns and nxt.ent_type_ not in ("PERSON", "GPE")
    ):
        return False
    name_end = atom.end
    while name_end < len(doc) and name_end - atom.end < 4 and doc[name_end].is_title:
        name_end += 1
    if any(doc[k].text in STATE_HELD_WORDS for k in range(atom.end, name_end)):
        return False
    j = atom.end
    while j < len(doc) and doc[j].text in state.resolver.title_words:
        j += 1
    return j == atom.end or j == len(doc) or doc[j].ent_type_ != "PERSON"  # "Caracas Mayor X": an office


def _is_place(state: DocState, atom: Atom) -> bool:
    """A capital or seat that only says where something happened."""
    doc = state.doc
    tok = doc[atom.end - 1]
    site = tok.head
    if (
        tok.dep_ in ("compound", "poss") and site.dep_ == "pobj" and site.head.lower_ in LOCATION_PREPS
        and (site.lower_ in SITE_NOUNS or site.text in PLACE_WORDS)
    ):
        return True  # "in London's Hyde Park", "in the White House basement"
    if atom.end < len(doc) and doc[atom.end].text in ("’s", "'s"):
        return False
    if atom.kind == T.CAPITAL and _names_a_thing(state, tok):
        return True
    if _from_to(state, atom):
        return True
    if atom.end + 1 < len(doc) and doc[atom.end].text == "-" and doc[atom.end + 1].lower_ in (
        "based", "born", "listed", "headquartered", "area",
    ):
        return True
    if _in_route(state, atom):
        return True
    if atom.kind == T.CAPITAL and _opens_a_name(state, atom):
        return True
    nxt = state.atom_at.get(atom.end + 1)
    if (
        atom.end + 1 < len(doc) and doc[atom.end].text == "," and nxt is not None and nxt.kind == T.NAME
        and (nxt.end >= len(doc) or doc[nxt.end].text in (",", ".", ";", ")", "\n\n") or doc[nxt.end].pos_ in ("ADP", "CCONJ"))
    ):
        return True  # "in Caracas, Venezuela, on Monday" (not "with Baghdad, Jordan’s ministry")
    if tok.dep_ == "appos" and tok.head.lower_ in CITY_NOUNS and tok.head.i < tok.i:
        return True  # "the capital, Riyadh"
    while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in CITY_NOUNS:
        return True  # "the mayor of London", "a suburb of Paris": the city
    if tok.dep_ == "pobj" or (head.pos_ == "ADP" and head.i < tok.i):
        prep = head.lower_
        if prep in LOCATION_PREPS:
            return True
        if prep in MOTION_PREPS and head.head.lemma_ in MOTION_LEMMAS:
            return True
    return False


def _names_a_thing(state: DocState, tok) -> bool:
    """"a Baghdad airport", "the London restaurant", "a former Washington lobbyist": a
    capital modifying a common noun says where the thing or person is (hb-hd gold: cities
    only locate); "the Caracas government", "Moscow officials" and "the Moscow envoy"
    still stand for the state, "anti-Pyongyang" for its government, and seats of
    government ("White House adviser") stay the state's."""
    head = tok.head
    if tok.dep_ not in ("compound", "nmod") or head.pos_ != "NOUN" or head.i < tok.i or not head.is_lower:
        return False
    if tok.i >= 2 and state.doc[tok.i - 1].text == "-":
        return False  # "pro-Beijing camp", "anti-Pyongyang leaflets"
    if tok.i >= 1 and state.doc[tok.i - 1].pos_ in ("VERB", "AUX"):
        return False  # "has sold Caracas weapons": the state it was sold to, parsed as a modifier
    return head.text not in state.table.government_nouns | state.table.group_nouns | STATE_STANDING_NOUNS


def _from_to(state: DocState, atom: Atom) -> bool:
    """"the flight from London to Sydney": a capital at either end of a journey is a place,
    whatever the verb."""
    doc = state.doc
    place = ("GPE", "LOC", "FAC")
    if atom.start >= 1 and doc[atom.start - 1].lower_ == "from":
        journey = atom.end + 1 < len(doc) and doc[atom.end].lower_ == "to" and doc[atom.end + 1].ent_type_ in place
        return journey and not _of_goods(doc[atom.start - 1])
    if atom.start >= 3 and doc[atom.start - 1].lower_ == "to":
        origin = next((doc[k] for k in range(max(0, atom.start - 5), atom.start - 2) if doc[k].lower_ == "from"), None)
        return doc[atom.start - 2].ent_type_ in place and origin is not None and not _of_goods(origin)
    return False


def _of_goods(preposition) -> bool:
    """"shipments from …", "crude flowing from …": the journey of traded goods."""
    head = preposition.head
    return head.lemma_.lower() in TRADE_WORDS or head.lower_ in TRADE_WORDS


def _ethnic_label(state: DocState, atom: Atom) -> bool:
    """"African American", "Native Americans", "African-American": a demonym after an
    ethnic word labels people, not a state ("Syrian-Turkish border" still names two)."""
    doc = state.doc
    i = atom.start - 1
    if i >= 1 and doc[i].text == "-" and not doc[i].whitespace_:
        i -= 1
    return i >= 0 and doc[i].text in ETHNIC_OPENERS


def _is_language(state: DocState, atom: Atom) -> bool:
    """A demonym standing alone (no noun after it) in a sentence on languages."""
    doc = state.doc
    tok = doc[atom.end - 1]
    if tok.dep_ in ("amod", "compound") or (atom.end < len(doc) and doc[atom.end].pos_ in ("NOUN", "PROPN")):
        return False
    if atom.start > 0 and doc[atom.start - 1].lower_ == "the":
        return False  # "the Chinese refused to speak": a people; a language takes no article
    return any(t.lemma_.lower() in LANGUAGE_CUES for t in token_sentence(tok))


def _in_route(state: DocState, atom: Atom) -> bool:
    """A capital inside a hyphenated chain of places naming a route: "the
    Baku-Tbilisi-Ceyhan pipeline", "Moscow-Beijing flights"."""
    doc = state.doc
    lo, hi = atom.start, atom.end
    while lo >= 2 and doc[lo - 1].text == "-" and doc[lo - 2].is_title:
        lo -= 2
    while hi + 1 < len(doc) and doc[hi].text == "-" and doc[hi + 1].is_title:
        hi += 2
    if (lo, hi) == (atom.start, atom.end):
        return False
    if hi < len(doc) and doc[hi].lower_ in ROUTE_NOUNS:
        return True
    # A link in the chain the table does not know as a state is a plain place.
    return any(doc[i].is_title and i not in state.atom_at for i in range(lo, hi))


def _among_us_states(state: DocState, atom: Atom) -> bool:
    """A name in a list of U.S. states ("Ohio, Utah and Georgia"), or a federal court's
    district ("the Northern District of Georgia")."""
    doc, us = state.doc, state.table.us_states
    k = atom.start - 1
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].text == "District":
        return True
    if k >= 1 and doc[k].text in (",", "and", "or"):
        k -= 1 + (doc[k - 1].text == "," and k >= 2)
        return k >= 0 and (doc[k].text in us or k >= 1 and f"{doc[k - 1].text} {doc[k].text}" in us)
    j = atom.end
    if j + 1 < len(doc) and doc[j].text in (",", "and", "or"):
        return doc[j + 1].text in us or j + 2 < len(doc) and f"{doc[j + 1].text} {doc[j + 2].text}" in us
    return False


def _trap(state: DocState, atom: Atom) -> bool:
    """Georgia/Washington the U.S. state, Turkey the bird."""
    doc = state.doc
    word = doc[atom.start : atom.end].text
    if word in ("Georgia", "Washington"):
        if atom.start >= 2 and doc[atom.start - 1].text == "," and doc[atom.start - 2].ent_type_ == "GPE":
            return atom.start - 2 not in state.atom_at  # "Atlanta, Georgia"
        if _among_us_states(state, atom):
            return True  # "primaries in Idaho, Michigan and Washington", "the District of Georgia"
        if atom.start >= 2 and doc[atom.start - 1].lower_ == "of" and doc[atom.start - 2].lower_ == "state":
            return True  # "the state of Washington"
        sent = {t.text for t in token_sentence(doc[atom.start])}
        return bool(sent & TRAP_CITIES[word])
    if word == "Turkey":
        # The bird is "turkey"; capitalised, it is the bird only opening a sentence
        # about food ("Turkey prices rose before Thanksgiving").
        sent = token_sentence(doc[atom.start])
        nxt = doc[atom.end] if atom.end < len(doc) else None
        return (
            atom.start == sent.start and nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN"
            and bool({t.text for t in sent} & BIRD_WORDS)
        )
    return False
