"""Organisations: groups, bodies and governments, named and NER organisations, acronyms.

In pass order:

- groups: a plural noun for people or companies after a state or body ("Russian Foreign
  Ministry officials", "U.S. Army Delta Force commandos", "U.S. shale producers");
- bodies and governments: "Russian Foreign Ministry", "[Venezuelan] Government";
- named organisations: names that begin with a state, city or region ("Jordan Petroleum
  Refinery Company", "Tokyo Gas");
- organisations NER finds, when they look like organisations (a name word such as
  "Council" or "Company", an acronym, a descriptor "state oil company SHT", an
  apposition "Butterball, the largest U.S. turkey processor", "X, a non-profit rescue
  organization", an office after it "X spokesperson Jo Roe", the body a named person is
  of "Jo Roe of the Pistons"; a name introduced with a descriptor is that organisation where it
  recurs, tagged or not, and a name given in full is met again by a word only it holds,
  "Unification" after "the Church of Unification"), with the state in or
  before their name ("Independent Petroleum Marketers Association of Nigeria", "Turkish
  state broadcaster TRT") and the acronym they are given in brackets ("… (IPMAN)"); a
  company the table lacks takes the state of the capital that locates it ("Luanda
  consultancy X", "X in Seoul"), which is then no mention itself.
"""

from __future__ import annotations

from collections import Counter

from analysis.extractors.actors.state import Atom, DocState, Draft
from analysis.extractors.actors.vocabulary import (
    ACRONYM_STOP,
    EMERGENCY_SERVICE_WORDS,
    INDUSTRY_HEADS,
    MODIFIER_KINDS,
    NAME_OPENERS,
    ORG_SUFFIXES,
    ORG_WORDS,
    PARTY_LABELS,
    PARTY_ROLES,
    PLACE_WORDS,
    PRODUCT_WORDS,
    REGIONAL_BODY_WORDS,
    ROLE_WORDS,
    STATE_HELD_WORDS,
    STATE_KINDS,
    is_acronym,
    is_model_number,
)
from analysis.text import actor_table as T
from analysis.text.abbreviations import abbreviation_letters, initials_spelled
from analysis.text.actor_table import fold
from analysis.text.entities import TIME_ENTS
from analysis.text.context import (
    doc_entities, joined_by_hyphen, token_column, token_starts, token_texts, tokens_in, transcript_label,
    turn_label_span,
)
from analysis.text.lexicon import table, words
from analysis.text.names import OCCUPATIONS, as_channel, officer_role_after, officer_role_before, site_name

NEWSPAPER_HEADS = words("actors", "newspaper_heads")
MEDIA_NOUNS = words("actors", "media_nouns")
LAW_NOUNS = words("actors", "law_nouns")
SPEECH_CUES = words("speech", "cues")
ORG_DESCRIPTORS = words("actors", "org_descriptors")
INITIALS_SKIPPED = words("actors", "initials_skipped")
ORG_DESCRIPTORS_AFTER = words("actors", "org_descriptors_after")
# Common nouns after a proper name that make it a place ("Ceyhan port").
PLACE_NOUNS = words("actors", "place_nouns")
# "<Demonym> <sector> <head>" names a state regulator, one organisation of that state
# ("Norwegian Offshore Directorate", "Danish Energy Agency", "Ghanaian Petroleum Authority").
SECTOR_WORDS = words("actors", "sector_words")
REGULATOR_HEADS = words("actors", "regulator_heads")
PARTY_WORDS = words("actors", "party_words")
PARTY_GATHERINGS = words("actors", "party_gatherings")
# "the regional government", "a federal court": a level of government and a body, lower case.
LEVEL_WORDS = words("actors", "level_words")
LEVEL_BODY_HEADS = words("actors", "level_body_heads")
# Party letters in "(R-AZ)" after a U.S. politician's name.
PARTY_CODES: dict[str, str] = table("actors", "party_codes")
# Groups that act for the state their modifier names (data/lexicon.yaml).
STATE_GROUP_NOUNS = words("state_agents", "group_nouns")
BARE_BODIES = words("actors", "bare_bodies")
NAMESAKES = words("actors", "namesakes")  # "Ford" of "Ford Foundation" is Ford
NAMESAKE_BODIES = words("actors", "namesake_bodies")
# Last words of a police force's name: the force of a state's area is the state's body.
POLICE_HEADS = words("actors", "police_heads")
STATE_BODY_OPENERS = words("actors", "state_body_openers")
STATE_BODY_HEADS = words("actors", "state_body_heads")
PORTFOLIO_HEADS = words("actors", "portfolio_heads")
CLUB_SUFFIXES = words("actors", "club_suffixes")
NOT_CLUB_PLURALS = words("actors", "not_club_plurals")
INSTITUTION_PLACES = words("actors", "institution_places")
# Capitalised words that end a body's name running on past "for" (another name begins).
_NAME_RUN_STOPS = ORG_WORDS | NAME_OPENERS


# A day or a place before a media noun is not part of the outlet's name ("Monday Kyiv Post").
_NOT_NAME_PARTS = TIME_ENTS | {"GPE", "NORP"}

def groups(state: DocState) -> None:
    doc = state.doc
    for tok in tokens_in(doc, state.table.group_nouns):
        if tok.text not in state.table.group_nouns or tok.i in state.taken:
            continue
        if tok.i in state.atom_at and state.atom_at[tok.i].kind != T.BODY:
            continue
        parts: list[Atom] = []
        start, k, common = tok.i, tok.i - 1, 0
        while k >= 0 and k not in state.taken:
            atom = state.atom_at.get(k)
            if atom is not None and not atom.used and atom.kind in MODIFIER_KINDS:
                parts.append(atom)
                start, k = atom.start, atom.start - 1
                continue
            if atom is not None:
                break
            word = doc[k]
            if word.text in state.table.government_nouns or word.text in ("[", "]"):
                k -= 1
                continue
            # Unknown proper nouns ("Delta Force") and common nouns ("shale",
            # "turkey") between the named actor and the head noun.
            if word.pos_ == "PROPN" and word.is_title:
                k -= 1
                continue
            if not parts and common < 2 and word.is_lower and word.pos_ in ("NOUN", "ADJ") and word.tag_ != "NNS":
                common += 1
                k -= 1
                continue
            break
        if not parts:
            continue
        if doc[start].text == "]":
            start += 1
        if start > 0 and doc[start - 1].text == "[":
            start -= 1
        actor, country = _group_actor(state, parts)
        if country is None and all(p.kind == T.BODY and doc[p.start].is_lower for p in parts):
            continue  # "senior military officials": a lower-case body names no actor
        body = next((p for p in parts if p.kind == T.BODY), None)
        if country is None and body is not None and doc[body.start].is_title:
            # "senior Air Force officials", after "United States Air Force officials": the
            # body's state is found as for the body named alone.
            state.add(Draft(start, tok.i + 1, "", "group", None, "context", body=body.actor, acts_for_state=True), parts)
        elif actor:
            method = next((p.method for p in parts if p.method == "alias-file"), "table")
            draft = state.add(Draft(start, tok.i + 1, actor, "group", country, method), parts)
            draft.acts_for_state = _acts_for_state(state, tok.text, parts)


def _acts_for_state(state: DocState, noun: str, parts: list[Atom]) -> bool:
    """A group acts for its state when a state body names it ("Russian Foreign Ministry
    officials"), or a state's own officials or forces it is ("Chinese officials", "U.S.
    forces"); not "U.S. shale producers", "Russian voters" or "Chevron officials"."""
    if any(p.kind == T.BODY or (p.kind == T.ORGANISATION and p.actor in state.table.state_actors) for p in parts):
        return True
    return noun in STATE_GROUP_NOUNS and not any(p.kind == T.ORGANISATION for p in parts)


def _group_actor(state: DocState, parts: list[Atom]) -> tuple[str | None, str | None]:
    """The most specific named actor among a phrase's parts (given right to left)."""
    country = next((p.country for p in parts if p.country and p.kind in STATE_KINDS), None)
    for i, part in enumerate(parts):
        if part.kind == T.BODY:
            if country:
                state.bodies_seen.append((part.start, part.actor, country))
            modifier = parts[i + 1] if i + 1 < len(parts) else None
            return _body_name(state, part, modifier, country), country
    for part in parts:
        if part.kind == T.ORGANISATION:
            return part.actor, part.country or country
    if country:
        return state.table.country_name(country), country
    return None, None


def _body_name(state: DocState, body: Atom, modifier: Atom | None, iso3: str | None) -> str:
    if modifier is not None and modifier.kind == T.NAME and iso3:
        written = state.doc[modifier.start : modifier.end].text
        table_state = state.table.state(iso3)
        if table_state and written != table_state.prefix:
            return f"{written} {body.actor}"  # "China Coast Guard"
    return state.table.body_name(body.actor, iso3)


def bodies_and_governments(state: DocState) -> None:
    doc = state.doc
    for atom in state.atoms:
        if atom.used:
            continue
        if atom.kind == T.BODY:
            before = state.atom_ending.get(atom.start)
            if before is not None and not before.used and before.kind in (T.NAME, T.DEMONYM) and before.country:
                name = _body_name(state, atom, before, before.country)
                state.bodies_seen.append((atom.start, atom.actor, before.country))
                body = Draft(before.start, atom.end, name, "organisation", before.country, before.method, acts_for_state=True)
                state.add(body, [atom, before])
                continue
            of_state = _state_after_of(state, atom)
            if of_state is not None and doc[atom.start].is_title:
                # "Supreme Court of the United Kingdom", "Parliament of Georgia": one
                # mention of the body, the state inside its name absorbed.
                state.bodies_seen.append((atom.start, atom.actor, of_state.country))
                name = state.table.body_name(atom.actor, of_state.country)
                body = Draft(atom.start, of_state.end, name, "organisation", of_state.country, "table", acts_for_state=True)
                state.add(body, [atom, of_state])
                continue
            owner = state.possessive_before(atom.start)
            if owner:  # "Jordan’s Energy Ministry": the state stays its own mention
                state.bodies_seen.append((atom.start, atom.actor, owner))
                body = Draft(atom.start, atom.end, state.table.body_name(atom.actor, owner), "organisation", owner, "table", acts_for_state=True)
                state.add(body, [atom])
            elif doc[atom.start].is_title:
                state.add(Draft(atom.start, atom.end, "", "organisation", None, "context", body=atom.actor, acts_for_state=True), [atom])
        elif atom.kind in (T.NAME, T.DEMONYM) and atom.end < len(doc):
            j = atom.end + (1 if doc[atom.end].text == "]" else 0)
            if j < len(doc) and doc[j].text in state.table.government_nouns and j not in state.atom_at:
                start = atom.start
                if j > atom.end and atom.start > 0 and doc[atom.start - 1].text == "[":
                    start -= 1
                state.add(Draft(start, j + 1, atom.actor, "country", atom.country, atom.method), [atom])


def level_bodies(state: DocState) -> None:
    """A lower-case body named with its level of government ("the regional government",
    "the central government", "a federal court", "the provincial council"): the body of
    the state the text is about, or of the region or state named after it ("the regional
    government of <region>"); hb/hc/hd gold. Not after a state's own word ("the U.S. federal
    government" is one mention of the state), and not a state's ("the state senate")."""
    doc = state.doc
    for tok in tokens_in(doc, LEVEL_WORDS):
        i = tok.i
        if tok.text not in LEVEL_WORDS or i + 1 >= len(doc) or doc[i + 1].text not in LEVEL_BODY_HEADS:
            continue
        if any(k in state.taken or k in state.atom_at for k in (i, i + 1)):
            continue
        if i > 0 and (i - 1 in state.atom_at or doc[i - 1].text in ("’s", "'s")):
            continue  # "the U.S. federal government", "Iraq's central government"
        end, country = i + 2, None
        place = state.atom_at.get(i + 3) if i + 3 < len(doc) and doc[i + 2].lower_ == "of" else None
        if place is not None and place.start == i + 3 and not place.used and place.kind in (T.NAME, T.REGION) and place.country:
            end, country = place.end, place.country
            place.used = True
        phrase = f"{tok.text} {doc[i + 1].text}"
        if country:
            state.add(Draft(i, end, state.table.body_name(phrase, country), "organisation", country, "table", acts_for_state=True), [])
        else:
            state.add(Draft(i, end, "", "organisation", None, "context", body=phrase, acts_for_state=True), [])


def _not_name_start(tok) -> bool:
    """A date, a time or a word NER joins to the name after it ("Monday", "Regarding")."""
    return tok.ent_type_ in TIME_ENTS or tok.text in NAME_OPENERS


def _state_after_of(state: DocState, body: Atom) -> Atom | None:
    """The state named right after a body: "Supreme Court [of the United Kingdom]"."""
    doc = state.doc
    i = body.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    atom = state.atom_at.get(i)
    if atom is None or atom.start != i or atom.used or atom.kind != T.NAME or not atom.country:
        return None
    return atom


def named_organisations(state: DocState) -> None:
    """Names that begin with a state, city or region: "Jordan Petroleum Refinery
    Company", "Georgian Airways", "Turkish Radio and Television Corporation", "Tokyo
    Gas" (the place inside is not separate)."""
    doc = state.doc
    for atom in state.atoms:
        if atom.used or atom.kind not in (T.NAME, T.DEMONYM, T.CAPITAL, T.REGION) or atom.start in state.taken:
            continue
        city = atom.kind in (T.CAPITAL, T.REGION)
        end = atom.end
        while end < len(doc) and end - atom.end < 7 and end not in state.atom_at:
            tok = doc[end]
            if tok.is_title or tok.text == "&":
                end += 1
            elif (
                tok.lower_ in ("and", "of", "for") and end + 1 < len(doc) and doc[end + 1].is_title
                and end + 1 not in state.atom_at and end > atom.end
                and not (tok.lower_ == "and" and doc[end - 1].text in ORG_SUFFIXES | INDUSTRY_HEADS)
            ):
                end += 1  # "Turkish Radio and Television Corporation", not "Tokyo Gas and Osaka Gas"
            elif (
                tok.lower_ == "on" and end + 1 < len(doc) and doc[end + 1].is_title and end + 1 not in state.atom_at
                and end > atom.end and doc[end - 1].text in ORG_SUFFIXES and not _not_name_start(doc[end + 1])
            ):
                end += 1  # "… Commission on Presidential Debates", not "… Commission on Monday"
            elif (
                tok.lower_ in ("of", "for") and end + 2 < len(doc) and doc[end + 1].lower_ == "the"
                and doc[end + 2].is_title and end + 2 not in state.atom_at and end > atom.end
            ):
                end += 2  # "… League for the Defence of …"
            else:
                break
        run_end = end
        heads = ORG_SUFFIXES | INDUSTRY_HEADS if city else ORG_SUFFIXES
        if any(doc[i].text in SECTOR_WORDS for i in range(atom.end, run_end)):
            heads = heads | REGULATOR_HEADS  # "Norwegian Offshore Directorate"
        while end > atom.end and doc[end - 1].text not in heads:
            end -= 1
        head = end
        if atom.end < end < run_end and doc[end].lower_ in ("of", "for", "on"):
            end = run_end  # "Tunisian League for the Defence of Human Rights": the name goes on
        name = None
        if end == atom.end and run_end > atom.end and run_end < len(doc) and doc[run_end].lower_ in PARTY_WORDS:
            # "Thai Raksa Chart party": the party the text also writes "… Party".
            end = run_end + 1
            name = f"{doc[atom.start : run_end].text} {doc[run_end].text.capitalize()}"
        if (
            end == atom.end and run_end > atom.end and run_end + 2 < len(doc) and doc[run_end].text == "("
            and doc[run_end + 2].text == ")" and doc[run_end + 1].is_upper
            and doc[run_end + 1].text[:1] == doc[atom.start].text[:1]
        ):
            end = run_end  # "Pakistan State Oil (PSO)": named with its acronym
        if end == atom.end or (city and end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
            continue
        draft = state.add(Draft(atom.start, end, name or doc[atom.start : end].text, "organisation", atom.country, "ner"), [atom])
        # "Norwegian Offshore Directorate", "Danish Energy Agency": a state's regulator.
        draft.acts_for_state = doc[head - 1].text in REGULATOR_HEADS
        _link_acronym(state, draft)


def defined_acronyms(state: DocState) -> None:
    """An acronym the text defines in brackets after a body or government it found, or
    after an organisation of the table's that has a state ("the Tunisian Ministry of
    Interior (MOI)", "the National Hurricane Center (NHC)"), is that body, with its state,
    there and wherever it stands alone later ("The MOI added …", "the NHC's forecast")."""
    doc = state.doc
    defined: dict[str, Draft] = {}
    for draft in sorted([*state.drafts, *_table_organisations(state)], key=lambda d: d.start):
        i = draft.end
        if not draft.actor or draft.actor_type not in ("organisation", "country") or not draft.country:
            continue
        if not (i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")"):
            continue
        acr = doc[i + 1].text
        if abbreviation_letters(acr) is None or i + 1 in state.taken or i + 1 in state.atom_at:
            continue
        initials = {t.text[0] for t in doc[draft.start : draft.end] if t.is_title}
        if acr[0] not in initials or acr in defined:
            continue
        defined[acr] = draft
    if not defined:
        return
    for tok in doc:
        template = defined.get(tok.text)
        if template is None or tok.i < template.end or tok.i in state.taken or tok.i in state.atom_at:
            continue
        state.add(Draft(
            tok.i, tok.i + 1, template.actor, template.actor_type, template.country, "learned",
            head=tok.i, acts_for_state=template.acts_for_state,
        ), [])


def _table_organisations(state: DocState) -> list[Draft]:
    """The table's organisations with a state that no mention holds yet, as templates
    (not added) for :func:`defined_acronyms`."""
    return [
        Draft(a.start, a.end, a.actor, a.actor_type, a.country, a.method, acts_for_state=a.actor in state.table.state_actors)
        for a in {id(a): a for a in state.atom_at.values()}.values()
        if a.kind == T.ORGANISATION and a.method == "table" and a.country and not a.used and a.start not in state.taken
    ]


def platforms_as_channels(state: DocState) -> None:
    """"wrote on Facebook", "in a Facebook post", "used Instagram to thank fans": a
    platform named only as the channel is no actor (the Wikinews gold never counts one;
    "Facebook removed the page" it does). Emptied drafts go with the unnamed ones."""
    for draft in state.drafts:
        if draft.actor in state.table.platforms and draft.actor_type == "organisation" \
                and as_channel(state.doc, draft.start, draft.end):
            draft.actor = ""


def initialled_acronyms(state: DocState) -> None:
    """An acronym the text never defines that spells the initials of an organisation it
    named before ("the Blue River Alliance", then "The BRA") is that organisation, not
    one of its own."""
    named: dict[str, Draft] = {}
    for draft in sorted(state.drafts, key=lambda d: d.start):
        words = draft.actor.split()
        if draft.actor_type != "organisation" or len(words) < 2:
            if not (draft.actor_type == "organisation" and draft.method == "ner" and draft.end - draft.start == 1):
                continue
            earlier = named.get(draft.actor)
            if earlier is not None and is_acronym(draft.actor) and state.doc[draft.start].text == draft.actor:
                draft.actor, draft.country, draft.acts_for_state = earlier.actor, earlier.country, earlier.acts_for_state
            continue
        initials = [w[0] for w in words if w[0].isupper() and w.lower() not in INITIALS_SKIPPED]
        if len(initials) >= 2:
            named.setdefault("".join(initials), draft)
        # "the Kenyan Commission on Rural Schools", then "the CRS": the state's name before
        # the body is left out of its initials; no other first words are ("International
        # Committee of the Red Cross" is no "CRC").
        prefix = state.atom_at.get(draft.start)
        if prefix is not None and prefix.start == draft.start and prefix.kind in (T.NAME, T.DEMONYM) and prefix.country:
            rest = [t.text[0] for t in state.doc[prefix.end : draft.end] if t.text[0].isupper() and t.lower_ not in INITIALS_SKIPPED]
            if len(rest) >= 3:
                named.setdefault("".join(rest), draft)


def party_labels(state: DocState) -> None:
    """A party's short label where it names the party: before a politician ("Democrat
    Jane Roe", whose person mention starts after it), before a word of politics ("the
    Republican nomination", "Labour MP"), or alone as a noun ("Labour won", "the
    Democrats"); not inside a longer name ("Social Democrats", "Democratic Republic of
    …", "Republican Guard") nor before a common noun ("Labour costs")."""
    doc = state.doc
    person_at = {d.start for d in state.drafts if d.actor_type == "person"}
    for tok in tokens_in(doc, PARTY_LABELS):
        party = PARTY_LABELS.get(tok.text)
        if party is None or tok.i in state.taken or tok.i in state.atom_at:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.is_title and prev.pos_ == "PROPN" and prev.i not in state.atom_at:
            continue  # "Social Democrats", "Christian Democrats": another party's name
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or tok.i + 1 in person_at or nxt.lower_ in PARTY_ROLES or _coordinated_party(state, tok.i + 1):
            pass
        elif nxt.is_alpha and (nxt.is_title or nxt.is_upper or nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
            continue  # "Democratic Republic", "Labour Day", "Labour costs"
        elif tok.pos_ == "ADJ" and not tok.text.endswith("s"):
            continue  # an adjective with no head of politics: "Conservative, he said"
        entry = state.table.entries.get(party)
        country = entry.country if entry is not None else None
        state.add(Draft(tok.i, tok.i + 1, party, "organisation", country, "table", head=tok.i), [])


def _coordinated_party(state: DocState, i: int) -> bool:
    """"the Democratic and Republican parties", "either the Democratic or Republican
    Party": a label joined to another party's label shares its head of politics."""
    doc = state.doc
    if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "or", "nor"):
        return False
    other = doc[i + 1]
    atom = state.atom_at.get(other.i)
    return other.text in PARTY_LABELS or atom is not None and atom.kind == T.ORGANISATION and atom.actor in PARTY_LABELS.values()


def party_codes(state: DocState) -> None:
    """"Senator Jo Roe (R-AZ)": the party letter is a mention of the party (hd gold), and the
    politician it follows is an official of the United States; the state code is a
    constituency, no mention."""
    doc = state.doc
    for tok in tokens_in(doc, ("(",)):
        if tok.i + 3 >= len(doc):
            continue
        letter, dash, where, close = doc[tok.i + 1 : tok.i + 5] if tok.i + 4 < len(doc) else (None,) * 4
        party = PARTY_CODES.get(letter.text) if letter is not None else None
        if party is None or dash.text != "-" or not where.text[:1].isupper() or close.text != ")":
            continue
        person = next((d for d in state.drafts if d.actor_type == "person" and d.end == tok.i), None)
        if person is None or letter.i in state.taken:
            continue
        entry = state.table.entries.get(party)
        state.add(Draft(letter.i, letter.i + 1, party, "organisation", entry.country if entry else None, "table", head=letter.i), [])
        if person.country is None:
            for d in state.drafts:
                if d.actor == person.actor and d.actor_type == "person" and d.country is None:
                    d.country, d.needs_state, d.acts_for_state = entry.country if entry else None, False, True


def _org_candidates(state: DocState) -> list[tuple[int, int, str]]:
    """NER's ORG/PERSON/NORP spans, capitalised runs ending in a company word
    ("Obiora Industries"), and lone proper nouns NER left out ("state oil company
    SHT", "Butterball, the largest U.S. turkey processor"); longest first."""
    doc = state.doc
    # NER takes some companies for facilities or places; its descriptor says which
    # ("airline [Mahan Air]FAC", "online supermarket [Ocado]GPE").
    spans = [
        s for e in doc_entities(doc)
        if e.label_ in ("ORG", "PERSON", "NORP")
        or e.label_ in ("FAC", "GPE") and e.start > 0 and doc[e.start - 1].lower_ in ORG_DESCRIPTORS
        for s in _split_conjoined(doc, e)
    ]
    spans = [s for s in spans if not _abbreviates_common_noun(doc, s[0], s[1])]
    spans += _hyphenated_acronyms(state)
    spans += _newspapers(state)
    texts, poses, entities = token_texts(doc), token_column(doc, "POS"), token_column(doc, "ENT_TYPE")
    # A website named by its domain publishes like a newspaper, whether NER tags it or not.
    spans += [
        (i, i + 1, "NEWSPAPER") for i, text in enumerate(texts)
        if "." in text and i not in state.atom_at and site_name(doc, i)
    ]
    for i, text in enumerate(texts):
        # What either branch below needs, read off the columns (str.isupper is the
        # lexeme's is_upper): most tokens are neither, and neither takes a table atom's.
        if text not in ORG_SUFFIXES and (entities[i] or not (poses[i] == "PROPN" or text.isupper())) \
                or i in state.atom_at:
            continue
        tok = doc[i]
        if tok.text in ORG_SUFFIXES and tok.is_title and tok.i not in state.atom_at:
            start = tok.i
            while start > 0 and tok.i - start < 6:
                prev = doc[start - 1]
                if prev.is_title and not prev.like_num and (  # (not "[Four] National … Association players")
                    start - 1 not in state.atom_at or state.atom_at[start - 1].kind in T.STATE_PART_KINDS
                ):
                    start -= 1
                elif (
                    prev.lower_ in ("of", "and", "&", "the") and start - 2 >= 0 and doc[start - 2].is_title
                    and not (prev.lower_ in ("and", "&") and doc[start - 2].text in ORG_SUFFIXES | INDUSTRY_HEADS)
                    # "[Jo Roe] of Vestland Fire and Rescue": a name NER closed before "of" is another's
                    and not (prev.lower_ == "of" and doc[start - 2].ent_iob_ != "O" and prev.ent_iob_ != "I")
                ):
                    start -= 1
                else:
                    break
            while start < tok.i and not doc[start].is_title:
                start += 1
            if start < tok.i and not joined_by_hyphen(doc, start - 2):  # not "Start-[Up Nation]"
                spans.append((start, tok.i + 1, "ORG"))
            continue
        if tok.ent_type_ or tok.i in state.atom_at or not (
            (tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper))
            or (tok.is_upper and tok.is_alpha and len(tok) >= 2)  # "refiner ENEOS" tagged a noun
        ):
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and not doc[tok.i - 1].is_sent_start:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 4 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and not doc[end].ent_type_ and end not in state.atom_at:
            end += 1  # "Pet Patrol, a non-profit rescue organization": NER left out the whole name
        if end < len(doc) and doc[end].pos_ == "PROPN":
            continue
        spans.append((tok.i, end, "PROPN"))
    return sorted(spans, key=lambda s: (s[0], -s[1], s[2]))


def _abbreviates_common_noun(doc, start: int, end: int) -> bool:
    """"the official selling price (OSP)": an acronym in brackets after lowercase words
    whose initials it spells abbreviates a thing, not an organisation."""
    if end - start != 1 or start < 1 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    acronym = doc[start].text
    if not acronym.isupper() or not acronym.isalpha():
        return False
    words = [t for t in doc[max(0, start - 1 - len(acronym)) : start - 1]]
    return len(words) == len(acronym) and all(t.is_lower for t in words) and "".join(t.text[0] for t in words).upper() == acronym


def _newspapers(state: DocState) -> list[tuple[int, int, str]]:
    """"The Baltimore Star reported", "told the Leeds Chronicle", "according to the Daily
    Sun": a capitalised name after "the" ending in a newspaper's word, as a source."""
    doc, spans = state.doc, []
    for tok in tokens_in(doc, NEWSPAPER_HEADS):
        if not tok.is_title or tok.i in state.atom_at:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == tok.i or start == 0:
            continue
        if doc[start - 1].lower_ != "the" and not (doc[start - 1].lower_ == "by" and doc[start - 1].head.lemma_ in SPEECH_CUES):
            continue  # "reported by Gotham Times" needs no "the"
        if _cited_source(doc, start - (doc[start - 1].lower_ == "the"), tok):
            spans.append((start, tok.i + 1, "NEWSPAPER"))
    for tok in tokens_in(doc[1:-1], ("The",)):
        # "told The Pelican that …": a capital "The" inside a sentence opens a title, any title.
        if tok.is_sent_start or not doc[tok.i + 1].is_title or tok.i + 1 in state.atom_at:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and end not in state.atom_at:
            end += 1
        if end > tok.i + 1 and _cited_source(doc, tok.i, doc[end - 1]):
            spans.append((tok.i, end, "NEWSPAPER"))
    for tok in tokens_in(doc, MEDIA_NOUNS):
        # "Time magazine", "the Kyiv Post newspaper": a name a media noun describes.
        if tok.i == 0 or tok.i in state.atom_at:
            continue
        start = tok.i
        while (
            start > 0 and tok.i - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
            and start - 1 not in state.atom_at and doc[start - 1].ent_type_ not in _NOT_NAME_PARTS
        ):
            start -= 1
        if start < tok.i and not doc[start].is_sent_start:
            spans.append((start, tok.i, "NEWSPAPER"))
    return spans


def _cited_source(doc, the: int, head) -> bool:
    """Whether the title ``head`` ends, after "the" at ``the``, reports or is told or cited."""
    reports = head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in SPEECH_CUES
    return reports or the >= 1 and doc[the - 1].lower_ == "by" or _told_or_according_before(doc, the)


def _told_or_according_before(doc, k: int) -> bool:
    """"told [X]", "according to [X]", the name starting at ``k``."""
    if k < 1:
        return False
    before = doc[k - 1]
    return before.lemma_ == "tell" or before.lower_ == "to" and k >= 2 and doc[k - 2].lower_ == "according"


def _told_or_cited(doc, start: int, end: int) -> bool:
    """"told LA Weekly", "according to the Kamloops Courier", "Business Insider reported": a
    name NER calls an organisation that is told something, cited or reports is a medium or
    a body, an actor even when its name is a place's (papers are named for their city)."""
    k = start - (start >= 1 and doc[start - 1].lower_ == "the")
    head = next((t for t in doc[start:end] if not start <= t.head.i < end), doc[end - 1])
    if head.dep_ == "nsubj" and head.head.lemma_ == "report":
        return True  # "Business Insider reported": a medium
    if k < 1 or head.dep_ not in ("dobj", "dative", "pobj"):
        return False  # "according to Riverton's mayor", "according to Riverton coach Jo Roe"
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].is_title:
        return False  # "the [Arts] and Humanities Index": NER cut a longer name
    return _told_or_according_before(doc, k)


def _split_conjoined(doc, ent) -> list[tuple[int, int, str]]:
    """"[the Center for Soil Health and Center for Clean Water]ORG": two organisations
    NER joined at "and", each named as one (an organisation word on both sides, the
    second capitalised); "Food and Drug Administration" stays one, and so does a name
    whose bracketed abbreviation spells words on both sides ("Pacific Gas and Electric
    Company (PG&E)")."""
    for m in range(ent.start + 1, ent.end - 1):
        if doc[m].lower_ in ("and", "&") and _abbreviated_across(doc, ent.start, ent.end, m):
            return [(ent.start, ent.end, ent.label_)]
    for m in range(ent.start + 1, ent.end - 1):
        if doc[m].lower_ in ("and", "&") and doc[m + 1].is_title and not _portfolios_joined(doc, ent.start, m, ent.end):
            left, right = {t.text for t in doc[ent.start : m]}, {t.text for t in doc[m + 1 : ent.end]}
            if left & ORG_WORDS and right & ORG_WORDS:
                return [(ent.start, m, ent.label_), (m + 1, ent.end, ent.label_)]
    # "the Tribes of [Fort Peck, Blackfeet Nation]ORG": NER ran a place and the next name of a
    # list together; the name after the comma has a word of its own kind, the words before none.
    commas = [t.i for t in ent if t.text == ","]
    if ent.label_ == "ORG" and len(commas) == 1 and commas[0] + 1 < ent.end and ent.end - 1 > commas[0] + 1:
        left, right = {t.text for t in doc[ent.start : commas[0]]}, {t.text for t in doc[commas[0] + 1 : ent.end]}
        if right & ORG_SUFFIXES and not left & ORG_WORDS and doc[commas[0] + 1].is_title:
            return [(ent.start, commas[0], ent.label_), (commas[0] + 1, ent.end, ent.label_)]
    # "firms including [Nestlé, Novartis]ORG": NER ran a list a descriptor opens together
    if ent.label_ == "ORG" and any(t.text == "," for t in ent) and _listed_after_descriptor(doc, ent.start):
        parts, begin = [], ent.start
        for m in range(ent.start, ent.end + 1):
            if m == ent.end or doc[m].text == "," or doc[m].lower_ in ("and", "or"):
                if m > begin:
                    parts.append((begin, m, ent.label_))
                begin = m + 1
        if not any(all(t.text in ORG_SUFFIXES for t in doc[a:b]) for a, b, _ in parts):
            return parts
    return [(ent.start, ent.end, ent.label_)]


def _portfolios_joined(doc, start: int, m: int, end: int) -> bool:
    """"the Ministry of Industry and Mineral Resources": the "and" at ``m`` joins two nouns of
    a body's "of" phrase, one name; the part after it holds no body or organisation of its own
    ("the Ministry of Energy and Ministry of Finance" stays two)."""
    opens = any(doc[k].lower_ == "of" and doc[k - 1].text in PORTFOLIO_HEADS for k in range(start + 1, m))
    right = {t.text for t in doc[m + 1 : end]}
    return opens and not right & (PORTFOLIO_HEADS | ORG_SUFFIXES) and "of" not in right


def _abbreviated_across(doc, start: int, end: int, m: int) -> bool:
    """Whether the bracketed abbreviation right after ``doc[start:end]`` spells initials of
    words before and after the conjunction at ``m`` (one name, not two)."""
    if not (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"):
        return False
    letters = abbreviation_letters(doc[end + 1].text)
    words = [t for t in doc[start:end] if t.is_title or t.is_upper]
    found = initials_spelled(letters or "", [t.text[0] for t in words])
    return found is not None and words[found[0]].i < m < words[found[-1]].i


def _products(state: DocState) -> set[str]:
    """Capitals the text puts after a model number ("the Boeing 737 MAX"): a product's
    name, there and where it stands alone later ("the MAX")."""
    texts = token_texts(state.doc)  # str.isupper, istitle, isalpha are the lexeme's flags
    return {
        texts[i] for i in range(2, len(texts))
        if texts[i].isupper() and is_model_number(texts[i - 1]) and texts[i - 2].istitle() and texts[i - 2].isalpha()
    }


def _law_acronyms(state: DocState) -> set[str]:
    """Acronyms the text defines for a law ("the Clean Rivers Act (CRA)"): a law is no
    organisation, there or where the acronym stands alone later."""
    doc = state.doc
    texts = token_texts(doc)
    return {
        texts[i + 1] for i in range(1, len(doc) - 2)
        if texts[i] == "(" and texts[i + 2] == ")" and texts[i + 1].isupper()
        and (texts[i - 1] == "Act" or doc[i - 1].ent_type_ == "LAW")
    }


def _hyphenated_acronyms(state: DocState) -> list[tuple[int, int, str]]:
    """"ABS-CBN", "RTL-TVI": capitals joined by hyphens are one name, which the tokenizer
    splits into pieces and NER leaves out; being no word, it needs no more evidence."""
    doc, spans, i = state.doc, [], 0
    texts = token_texts(doc)
    while i < len(doc):
        j = i
        while (
            # the hyphen first: a test of one string, where is_acronym is a call for every token
            j + 2 < len(doc) and texts[j + 1] == "-" and is_acronym(texts[j])
            and not doc[j].whitespace_ and not doc[j + 1].whitespace_ and is_acronym(texts[j + 2])
        ):
            j += 2
        if j > i and not doc[i].ent_type_ and not any(k in state.atom_at for k in range(i, j + 1)):
            spans.append((i, j + 1, "HYPHENATED"))
        i = j + 1
    return spans


def ner_organisations(state: DocState) -> None:
    doc = state.doc
    texts, lowers, starts = token_texts(doc), token_column(doc, "LOWER"), token_starts(doc)
    candidates = _org_candidates(state)
    # Names the article introduces with a descriptor ("software company Blue Owl", "rock
    # band the Silver Foxes", "store chains Coles and Aldi") are that organisation wherever NER tags them again, as a
    # person or not at all.
    named_orgs = {
        doc[start + (lowers[start] == "the" and end - start > 1) : end].text for start, end, label in candidates
        if start > 0 and lowers[start - 1] in ORG_DESCRIPTORS or label == "ORG" and _descriptor_after(doc, start, end)
        or _listed_after_descriptor(doc, start) and not (end - start == 1 and lowers[start] in ORG_DESCRIPTORS)
    }
    # "the ruling Frelimo party": a name before a lower-case "party" is the party's, there
    # and where NER tags it again alone.
    party_names = {
        doc[start + (lowers[start] == "the") : end - (texts[end - 1] == "party")].text for start, end, _ in candidates
        if (end < len(doc) and texts[end] == "party" or texts[end - 1] == "party" and end - start > 1)
        and all(t.is_title or t.is_upper for t in doc[start:end] if t.lower_ not in ("the", "party"))
    }
    named_orgs |= party_names
    # "airline Mahan Air" … "Mahan's permit": a company named by a word and its industry
    # is that word alone later (not a place's: "Tokyo Gas" is no "Tokyo").
    # A first word two such names share ("Atlas Air", "Atlas Power") stands for neither.
    industry_named = [
        name for name in sorted(named_orgs)
        if len(name.split()) == 2 and name.split()[1] in INDUSTRY_HEADS and name.split()[0] not in state.table.entries
    ]
    firsts = Counter(name.split()[0] for name in industry_named)
    short_forms = {name.split()[0]: name for name in industry_named if firsts[name.split()[0]] == 1}
    candidates = sorted(candidates + _named_again(state, named_orgs, candidates), key=lambda c: (c[0], -c[1], c[2]))
    not_names = _law_acronyms(state) | _products(state)
    nicknames = _nicknames_alone(state)
    clubs: dict[str, Draft] = {}
    for start, end, label in candidates:
        if end - start == 1 and texts[start] in not_names or texts[end - 1] == "Act":
            continue  # a law ("the Tenure of Office Act") is no organisation
        if end < len(doc) and lowers[end] in LAW_NOUNS and all(t.is_upper or not t.is_alpha for t in doc[start:end]):
            continue  # "the CAN-SPAM act": a law's name, not "the Harbour Workers Union bill"
        if end - start == 1 and fold(texts[start]) in state.learned and state.introduced_before(fold(texts[start]), start):
            continue  # "Kushner" after "Jared Kushner": the person, found by surname later
        while start < end and (
            lowers[start] in ("the", "a", "an") or texts[start] in NAME_OPENERS
            or doc[start].pos_ in ("CCONJ", "SCONJ", "AUX", "PRON")  # "And the X Foundation"
            or doc[start].pos_ == "ADP" and start + 1 < end and texts[start + 1] in NAME_OPENERS  # "[On Friday X Corp]"
        ):
            start += 1
        while end > start and texts[end - 1] in ("’s", "'s"):
            end -= 1
        if end - start > 1 and texts[end - 1] == "party":
            end -= 1  # "[Kubwa party]ORG": the name is the party's
        # "[Movement for Democratic Change (MDC]ORG": the bracket opens the acronym, which
        # _link_acronym makes a mention of its own.
        end = next((i for i in range(start + 1, end) if texts[i] == "("), end)
        # "[Nigeria’s Obiora Petroleum Refinery]ORG": the owner is its own mention.
        inner = [i for i in range(start, end - 1) if texts[i] in ("’s", "'s")]
        if inner:
            start = inner[-1] + 1
        end = _purpose_phrase_end(state, end)
        end = _campus_end(state, start, end)
        if start >= end or any(i in state.taken for i in range(start, end)):
            continue
        if texts[end - 1] in PARTY_GATHERINGS and start >= 2 and texts[start - 1] in ("’s", "'s") \
                and lowers[start - 2] in PARTY_WORDS:
            continue  # "the Whig Party's National Convention": the party's event, the party the actor
        if end < len(doc) and lowers[end] in PLACE_NOUNS:
            continue  # "Türkiye’s Ceyhan port", "the Doba oil field"
        if texts[start] in ("Operation", "Op.") or state.in_dateline_char(doc[start].idx):
            continue
        if end - start == 1 and transcript_label(doc, start) or turn_label_span(doc, start, end):
            continue  # an interview's "((WN))" / "WN:" / "((Jo Roe))" names who speaks, not an actor
        words = [texts[i] for i in range(start, end)]
        name = state.text[starts[start] : starts[end - 1] + len(texts[end - 1])]  # doc[start:end].text, no Span made
        # (a word inside a hyphenated name is no place: "Sea-Eye")
        whole = {texts[i] for i in range(start, end) if not (joined_by_hyphen(doc, i) or joined_by_hyphen(doc, i - 2))}
        # "Thames Valley Police": a police force named after the area it serves is the state's
        force = texts[end - 1] in POLICE_HEADS and end - start > 1 and all(doc[i].is_title for i in range(start, end))
        club = label == "ORG" and (_club(state, start, end) or _nicknamed_club(state, start, end, nicknames))
        institution = label == "ORG" and _institution_acts(doc, start, end)
        told = label in ("ORG", "NEWSPAPER") and _told_or_cited(doc, start, end)
        named_with_place = force or club or institution or told
        if not named_with_place and whole & (PLACE_WORDS | PRODUCT_WORDS) or end < len(doc) and is_model_number(texts[end]):
            continue  # a place, or a product ("Airbus A300")
        if len(words) == 1 and words[0] in BARE_BODIES and start not in state.atom_at:
            if doc[start].dep_ == "compound" and (start == 0 or doc[start - 1].pos_ not in ("DET", "ADJ")):
                continue  # "House prices", "Court fees": a modifier; "the full House votes" still acts
            # "the Court found": the court of the state the text is about.
            state.add(Draft(start, end, "", "organisation", None, "context", body=words[0], acts_for_state=True), [])
            continue
        if len(words) == 1 and words[0] in ORG_WORDS and words[0] not in state.acronyms:
            continue  # "the Centre", "the Company": a common noun with a capital, no name
        if len(words) == 1 and label == "PROPN" and lowers[start] in ORG_DESCRIPTORS:
            continue  # "bands such as Al Poe and His Band of Stars": a word of a title NER left out
        named = label == "NEWSPAPER" or label in ("ORG", "PERSON") and bool(set(words) & ORG_WORDS)
        # "the Leeds Fire Brigade": NER's organisation named as a city's emergency service
        named = named or label == "ORG" and bool(set(words) & EMERGENCY_SERVICE_WORDS)
        # "according to Fiji Observer editor Jo Roe": NER's organisation named as a newspaper,
        # the place it is named for part of its name
        named = named or label == "ORG" and len(words) > 1 and words[-1] in NEWSPAPER_HEADS
        # "the Sustainable Ruritania party": a party's name may hold a state's ("… Ruritania")
        named = named or name in party_names or club or institution or told
        # "[Mazars USA]ORG", "[Halvorsen UK]ORG": a company's arm, named by its state's code
        last = state.atom_at.get(end - 1)
        named = named or label == "ORG" and last is not None and last.kind in STATE_KINDS and last.start > start \
            and last.end == end and doc[last.start:end].text.isupper() and doc[start].is_title \
            and not any(i in state.atom_at for i in range(start, last.start))
        # A state or region inside a company's name is part of it ("Independent
        # Petroleum Marketers Association of Nigeria"); anything else the table knows
        # inside the span wins.
        inside = {id(a): a for i in range(start, end) if (a := state.atom_at.get(i)) is not None}
        regional = _regional_body(state, start, end, list(inside.values())) if label == "ORG" else None
        # "Ruritanian Railways", "Dublin Ambulance Service", not "Ruritanian Navy"
        opening = not set(words) & STATE_HELD_WORDS or bool(set(words) & EMERGENCY_SERVICE_WORDS)
        if inside and not regional and not (
            named and all(
                a.kind in T.STATE_PART_KINDS and not a.used and (start < a.start or opening and a.end < end)
                for a in inside.values()
            )
        ):
            continue
        owner = _owner_before(state, start)
        descriptor = _descriptor_before(state, start) or (
            "plain" if label == "ORG" and _descriptor_after(doc, start, end) or _listed_after_descriptor(doc, start) else None
        )
        appos = _org_apposition(state, end)
        described = appos is not None and label != "PERSON" and _apposition_head_is_a_body(doc, end)
        # "Jo Roe of the Pistons", "Al Poe of Apex Diving": the body a named person is of
        described = described or label in ("ORG", "PROPN") and _of_a_person(state, start, end)
        acronym = (len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6 and words[0] not in ACRONYM_STOP) or (
            len(words) > 1 and all(is_acronym(w) for w in words[::2]) and set(words[1::2]) == {"-"}
        )
        # an acronym the article defined, or a name it already gave an organisation
        known = (len(words) == 1 and words[0] in state.acronyms) or name in named_orgs
        short_of = short_forms.get(name) if len(words) == 1 else None
        known = known or short_of is not None
        # "a spokesman for Amnesty International", "the Red Cross's director": an office in
        # it (a one-word name before "'s chief of staff" is as often a person's)
        officered = label == "ORG" and (
            officer_role_before(doc, start) >= 0 or len(words) > 1 and officer_role_after(doc, end) >= 0
            or _office_then_name(doc, end)
        )
        speaks = label == "ORG" and _speaks_as_a_body(state, start, end)
        if not (owner or descriptor or described or acronym or named or known or officered or speaks):
            continue
        if label not in ("ORG", "HYPHENATED") and not (descriptor or described or named or known):
            continue  # anything else only becomes an organisation with evidence
        if inner and not (named or acronym or known or descriptor):
            continue  # NER joined a state to a place: "[Türkiye’s Ceyhan]ORG"
        named_state = next((a.country for a in sorted(inside.values(), key=lambda a: a.start) if a.country), None)
        country = owner or (appos if appos and appos != "?" else None) or named_state or regional
        city = _city_locating(state, start, end) if country is None else None
        if city is not None:
            country = city.country
        defined = state.acronyms.get(words[0]) if known and len(words) == 1 else None
        if defined is not None:
            country = country or defined.country
        actor = defined.actor if defined is not None else short_of or PARTY_LABELS.get(name, name)
        draft = Draft(start, end, actor, "organisation", country, "ner", head=end - 1)
        # "state oil company SHT", "Tupras, the country’s largest refiner": the state
        # the paragraph is about.
        if appos == "?":
            draft.country = state.state_named_before(start)
        if draft.country is None:
            draft.the_country_at = _the_country_before(state, start)  # "the country's Electoral Board"
        body_like = _named_like_a_state_body(doc[start:end]) or force
        draft.needs_state = draft.country is None and (descriptor == "state" or body_like)
        draft.acts_for_state = (
            descriptor == "state" or body_like or bool(regional) or (defined is not None and defined.acts_for_state)
        )
        state.add(draft, list(inside.values()))
        if city is not None and city.end <= start:
            # "a Georgetown consultancy": the city says where, it is no mention.
            city.used = True
            state.hint(doc[city.start].idx, city.country)
        _link_acronym(state, draft)
        if club:
            clubs.setdefault(texts[end - 1], draft)
    _party_names_again(state, {n for n in party_names if " " in n})
    _clubs_by_nickname(state, clubs, nicknames)
    _short_names_again(state)


def _speaking_subject(token: Token) -> bool:
    """The subject of a verb of speech ("Greenpeace said", "X Hospital announced")."""
    return token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_CUES


# Last words that make no club of a place before them.
_NOT_CLUB_LAST = NOT_CLUB_PLURALS | PLACE_WORDS | ORG_WORDS


def _club(state: DocState, start: int, end: int) -> bool:
    """A sports club named after its town, the place inside no separate mention: the
    place, then one word, a nickname in the plural ("the Detroit Pistons", "Sunshine
    Coast Falcons") or a club's last word ("Leeds United"). The place is one the table
    knows or NER calls a town or state elsewhere in the text: a plural after anything else is as
    often a person NER mistags ("Jo Davies") or a title ("Science Reports"). A plural
    that names an event, a document or a place ("the Oslo Accords") is none."""
    doc = state.doc
    atom = state.atom_at.get(start)
    if atom is not None and atom.start == start and atom.kind in T.STATE_PART_KINDS:
        place_end = atom.end
    else:
        towns = state.town_words
        place_end = start
        while place_end < end - 1 and doc[place_end].is_title and doc[place_end].text in towns:
            place_end += 1
    if end - place_end != 1 or place_end == start:
        return False
    last = doc[end - 1]
    if not (last.is_title and last.pos_ == "PROPN") or last.text in _NOT_CLUB_LAST:
        return False
    plural = last.tag_ == "NNPS" or last.text.endswith("s") and not last.text.endswith(("ss", "us", "is"))
    return plural or last.text in CLUB_SUFFIXES


def _nickname(tok: Token) -> bool:
    """A capitalised plural that can close a club's name ("Hornets"), not a party's
    members ("Democrats"), an event or a place ("Accords", "Heights")."""
    text = tok.text
    return (
        tok.is_title and tok.pos_ in ("PROPN", "NOUN") and len(text) > 3
        and (tok.tag_ == "NNPS" or text.endswith("s") and not text.endswith(("ss", "us", "is")))
        and text not in _NOT_CLUB_LAST and text.lower() not in PARTY_WORDS and text not in PARTY_LABELS
    )


def _nicknames_alone(state: DocState) -> dict[str, list[int]]:
    """Where each capitalised plural stands alone after "the" ("the Comets signed him"):
    the short name a club goes by once the text has named it in full."""
    doc = state.doc
    found: dict[str, list[int]] = {}
    lowers = token_column(doc, "LOWER")
    for i in range(1, len(doc)):
        if lowers[i - 1] != "the":
            continue
        tok = doc[i]
        if not _nickname(tok):
            continue
        if i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].text in ("-", "–")):
            continue
        found.setdefault(tok.text, []).append(i)
    return found


def _nicknamed_club(state: DocState, start: int, end: int, nicknames: dict[str, list[int]]) -> bool:
    """A name NER calls an organisation that is capitalised words and a plural the text
    later uses alone ("the Charlotte Hornets" … "the Hornets"): a club, though its town
    is none the text places. The words before the plural are no body's words ("the
    Senate Democrats")."""
    doc = state.doc
    last = doc[end - 1]
    if end - start < 2 or not _nickname(last) or not any(i >= end for i in nicknames.get(last.text, ())):
        return False
    before = [doc[i] for i in range(start, end - 1)]
    return all(t.is_title and t.text not in ORG_WORDS and t.text not in BARE_BODIES for t in before)


def _clubs_by_nickname(state: DocState, clubs: dict[str, Draft], nicknames: dict[str, list[int]]) -> None:
    """"the Hornets" after "the Charlotte Hornets": a mention of the club."""
    for nick, club in clubs.items():
        for i in nicknames.get(nick, ()):
            if i >= club.end and i not in state.taken:
                state.add(Draft(i, i + 1, club.actor, "organisation", club.country, "ner", head=i), [])


def _institution_acts(doc, start: int, end: int) -> bool:
    """A place whose name is also an institution ("Royal Melbourne Hospital") acts as
    one when its name is the subject of a verb of speech or has an officer ("a
    spokesman for X Hospital"); "taken to X Hospital" names the place."""
    head = doc[end - 1]
    if head.text not in INSTITUTION_PLACES or end - start < 2:
        return False
    return _speaking_subject(head) and head.head.i >= end or officer_role_before(doc, start) >= 0


# Words after which a speaking name is a person or a common noun, not a body.
_NO_BODY_AFTER = ROLE_WORDS | OCCUPATIONS | {"a", "an"}


def _speaks_as_a_body(state: DocState, start: int, end: int) -> bool:
    """A one-word name NER calls an organisation, as the subject of a verb of speech
    ("Greenpeace said", "GitHub announced"): a body that speaks is an actor. A longer
    name that speaks is as often a person NER mistags ("Jo Roe said"), and so are a word
    after a title or a role ("archbishop Roe said"), a person met earlier ("Roe" after
    "Minister Jo Roe", "Jo") and a word of a longer name NER gave earlier ("Pierce" after
    "Brock Pierce"). A body's common noun is none ("an Order declaring", "the Senates")."""
    doc = state.doc
    if end - start != 1 or doc[start].pos_ != "PROPN":
        return False
    tok = doc[start]
    if not _speaking_subject(tok):
        return False
    before = doc[start - 1] if start > 0 else None
    if before is not None and (
        before.is_alpha and before.lower_ in _NO_BODY_AFTER
        or before.text in state.resolver.title_words or before.text.capitalize() in state.resolver.title_words
        or before.is_lower and before.tag_ == "NN" and before.head.i == start
    ):
        return False
    word = tok.text
    if fold(word) in state.learned or fold(word) in state.given:
        return False
    if word[:-1] in BARE_BODIES or word[:-1] in state.table.entries:
        return False
    return not any(
        e.start < start and len(e) > 1 and word in (t.text for t in e)
        for e in doc_entities(doc) if e.label_ in ("PERSON", "ORG")
    )


def _named_again(state: DocState, names: set[str], candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Other occurrences NER left untagged of a name the article introduced as an
    organisation's ("rescue charity Sea-Eye" … "Sea-Eye spokesperson …"), where the name
    stands whole (not "the Sea-Eye 4", a ship named after it)."""
    doc, texts = state.doc, token_texts(state.doc)
    tagged = {(start, end) for start, end, label in candidates if label in ("ORG", "PERSON", "NORP")}
    people = {e.text for e in doc_entities(doc) if e.label_ == "PERSON"}
    found = []
    for name in names:
        if not all(word[:1].isupper() for word in name.split()) or name in people:
            continue  # a lower-case run is no name ("the royal command"); "developer Jo Roe" may be hers
        for i, text in enumerate(texts):
            if not name.startswith(text):
                continue
            end = next((j for j in range(i + 1, min(i + 8, len(doc)) + 1) if doc[i:j].text == name), None)
            if end is None or end < len(doc) and (doc[end].is_title or doc[end].like_num):
                continue
            if (i, end) not in tagged and not turn_label_span(doc, i, end):
                found.append((i, end, "ORG"))
    return found


def _of_a_person(state: DocState, start: int, end: int) -> bool:
    """The name follows "of" (or "of the") right after a person's full name, and is a
    whole name: not the start of a longer one NER cut ("of [Reporters] Without Borders",
    "of the [Harvard]–Smithsonian Center") nor a noun's modifier ("of the [Social
    Welfare] constituency"), nor two names joined ("of [The Darkness and Dido]")."""
    doc = state.doc
    if any(t.lower_ in ("and", "&") for t in doc[start:end]):
        return False
    if end < len(doc) and (doc[end].is_title or doc[end].text in ("-", "–", "—") or doc[end].pos_ == "NOUN"):
        return False
    k = start - 1 - (start >= 1 and doc[start - 1].lower_ == "the")
    if k < 1 or doc[k].lower_ != "of":
        return False
    person = state.atom_at.get(k - 1)
    return person is not None and person.kind == T.PERSON and person.end == k and person.end - person.start >= 2


def _apposition_head_is_a_body(doc, end: int) -> bool:
    """", a non-profit rescue organization in …": the apposition's head noun, before any
    preposition, is a body's descriptor; in ", his wife and chairwoman of the Y Party"
    the body word belongs to another name."""
    head = None
    for j in range(end + 1, min(end + 10, len(doc))):
        tok = doc[j]
        if tok.pos_ in ("ADP", "PUNCT", "VERB", "AUX", "CCONJ", "PRON") and tok.text != "-":
            break
        if tok.pos_ == "NOUN":
            head = tok
    return head is not None and head.lower_ in ORG_DESCRIPTORS


def _office_then_name(doc, end: int) -> bool:
    """"[Sea-Eye] spokesperson Jo Roe said": an office with no possessive between the
    name and a capitalised name, so the name before it is the body Jo Roe serves."""
    after = officer_role_after(doc, end, possessive=False)
    if not (0 <= after < len(doc) and after > end and doc[after].is_title and doc[after].pos_ == "PROPN"):
        return False
    # the office's own words only ("press spokesperson"), not "[X] over President Jo Roe"
    return all(doc[k].pos_ in ("NOUN", "ADJ", "PROPN") or doc[k].text == "-" for k in range(end, after))


def _purpose_phrase_end(state: DocState, end: int) -> int:
    """Where a body's name ends that NER stopped before its "for" phrase ("[the Andy
    Warhol Foundation] for the Visual Arts", "[Puerto Rico Center] for Investigative
    Journalism"): capitalised words after "for" (and "the") run on, joined by "of",
    "and" or "&", up to a word the table knows."""
    doc = state.doc
    if end + 1 >= len(doc) or doc[end - 1].text not in ORG_WORDS or doc[end].lower_ != "for":
        return end
    first = end + 1 + (doc[end + 1].lower_ == "the")
    j = first
    while j < len(doc) and j - first < 6 and j not in state.atom_at:
        if doc[j].is_title and doc[j].is_alpha and doc[j].text not in _NAME_RUN_STOPS:
            j += 1
        elif j > first and doc[j].lower_ in ("of", "and", "&") and j + 1 < len(doc) and doc[j + 1].is_title:
            j += 1
        else:
            break
    while j > first and not doc[j - 1].is_title:
        j -= 1
    return j if j > first else end


def _campus_end(state: DocState, start: int, end: int) -> int:
    """Where a university's name ends that NER stopped before its campus ("[University of
    Ruritania], Port Lena", "[University of Ruritania] at Port Lena"): a city NER tags as
    a place the table does not know (a state or region after the comma only says where)."""
    doc = state.doc
    if end - start < 3 or doc[start].text != "University" or doc[start + 1].lower_ != "of":
        return end
    if end + 1 >= len(doc) or doc[end].text not in (",", "at") or doc[end + 1].ent_type_ != "GPE":
        return end
    j = end + 1
    while j < len(doc) and j - end <= 3 and doc[j].ent_type_ == "GPE" and doc[j].is_title and j not in state.atom_at:
        j += 1
    if j == end + 1 or j < len(doc) and doc[j].ent_type_ == "GPE" and doc[j].is_title:
        return end
    return end if doc[end + 1 : j].text in state.table.us_states else j


def _party_names_again(state: DocState, names: set[str]) -> None:
    """A party named before "party" ("the Sustainable Ruritania party"), written again
    where NER finds only the state inside it ("Sustainable Ruritania said …"): the party."""
    if not names:
        return
    doc = state.doc
    model = {d.actor: d for d in state.drafts if d.actor in names}
    for name, first in model.items():
        n = len(name.split())
        for i in range(len(doc) - n + 1):
            if doc[i].text != name.split()[0] or doc[i : i + n].text != name or any(k in state.taken for k in range(i, i + n)):
                continue
            inside = [a for k in range(i, i + n) if (a := state.atom_at.get(k)) is not None and not a.used]
            state.add(Draft(i, i + n, first.actor, "organisation", first.country, "ner", head=i + n - 1), inside)


def _own_words(state: DocState, draft: Draft) -> set[str]:
    """The words of an organisation's name that only it can stand for: capitalised, no
    body's or company's common word ("Church", "Institution", "Air"), no town's, no
    title's, nothing the table knows, and no well-known namesake's the body is named
    after ("Ford" of "the Ford Foundation", "Harvard" of "Harvard Medical School": met
    alone, the company and the university; the lexicon's actors.namesakes)."""
    doc, out = state.doc, set()
    named_after = any(doc[i].text in NAMESAKE_BODIES for i in range(draft.start, draft.end))
    for i in range(draft.start, draft.end):
        tok = doc[i]
        text = tok.text
        if not (tok.is_alpha and tok.is_title and len(text) > 3) or i in state.atom_at:
            continue
        if text in ORG_WORDS or text in ORG_SUFFIXES or text in INDUSTRY_HEADS or text in BARE_BODIES \
                or text in PLACE_WORDS or text in state.town_words or text in state.table.entries or text in state.resolver.title_words \
                or (named_after and text in NAMESAKES):
            continue
        out.add(text)
    return out


def _short_names_again(state: DocState) -> None:
    """An organisation named in full ("the Church of Scientology", "the Scripps
    Institution of Oceanography") is met again by a word of its own name alone, where NER
    tags that word an organisation ("a war Scientology has waged", "recalled to
    Scripps"): the organisation's counterpart of a surname met again. A word two names
    share stands for neither, and one a person of the article goes by is theirs. A
    well-known namesake a body is named after ("Ford" of "the Ford Foundation") is no
    word of that body's own (see _own_words): no parse role tells "Ford recalled trucks"
    from "Scripps said", so what decides is knowing that "Ford" is an actor of its own."""
    doc = state.doc
    owners: dict[str, set[str]] = {}
    first: dict[str, tuple[int, Draft]] = {}
    for draft in state.drafts:
        if draft.actor_type != "organisation" or not draft.actor or draft.end - draft.start < 2:
            continue
        for word in _own_words(state, draft):
            owners.setdefault(word, set()).add(draft.actor)
            if word not in first or draft.end < first[word][0]:
                first[word] = (draft.end, draft)
    if not owners:
        return
    for ent in doc_entities(doc):
        word = ent.text
        if ent.label_ != "ORG" or len(ent) != 1 or len(owners.get(word, ())) != 1 or ent.start in state.taken:
            continue
        end, draft = first[word]
        if ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].text not in {t.text for t in doc[draft.start : draft.end]}:
            continue  # "inducted as International President": a word of another name
        if ent.start < end or fold(word) in state.learned or fold(word) in state.given:
            continue
        state.add(Draft(ent.start, ent.end, draft.actor, "organisation", draft.country, "ner", head=ent.start,
                        acts_for_state=draft.acts_for_state), [])


def _regional_body(state: DocState, start: int, end: int, inside: list[Atom]) -> str | None:
    """The state of "Ohio Department of Health", "Queensland Police" or "Parliament of
    Tasmania": a body of a U.S. state or of a region the table knows, named with one."""
    doc = state.doc
    if not any(doc[i].text in REGIONAL_BODY_WORDS for i in range(start, end)):
        return None
    for first_end in (start + 1, start + 2):
        if first_end < end and doc[start:first_end].text in state.table.us_states:
            return "USA"
    regions = [a for a in inside if a.kind == T.REGION and a.country]
    if len(regions) == len(inside) == 1 and (regions[0].start == start or doc[regions[0].start - 1].lower_ == "of"):
        return regions[0].country
    return None


def _named_like_a_state_body(span) -> bool:
    """"National Telecommunications Commission", "Senate Foreign Relations Committee":
    the name opens like a state's body and ends in a body's head."""
    words = [t.text for t in span if t.lower_ != "the"]
    return len(words) >= 2 and words[-1] in STATE_BODY_HEADS and any(w in STATE_BODY_OPENERS for w in words[:-1])


def _city_locating(state: DocState, start: int, end: int) -> Atom | None:
    """A capital that says where an organisation the table lacks is based: before
    its descriptor ("Georgetown consultancy X", "a Lagos-based refiner X") or right
    after it ("X in Seoul"); a region of a state right after it ("the Court of Session in
    Scotland")."""
    doc = state.doc
    k = start - 1
    if k >= 1 and doc[k].lower_ in ORG_DESCRIPTORS:
        k -= 1
        while k >= 1 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") and start - k <= 4:
            k -= 1  # "Georgetown energy consultancy"
        if k >= 2 and doc[k].lower_ in ("based", "headquartered") and doc[k - 1].text == "-":
            k -= 2
        atom = state.atom_ending.get(k + 1)
        if atom is not None and atom.kind == T.CAPITAL and atom.country and not atom.used:
            return atom
    if end + 1 < len(doc) and doc[end].lower_ == "in":
        atom = state.atom_at.get(end + 1)
        if atom is not None and atom.start == end + 1 and atom.kind in (T.CAPITAL, T.REGION) and atom.country:
            return atom  # "X in Seoul", "the Court of Session in Scotland"
    return None


def _link_acronym(state: DocState, draft: Draft) -> None:
    """"Independent Petroleum Marketers Association of Nigeria (IPMAN)", "the Liberal
    Democratic Party or LDP": the acronym is a mention of the organisation, which keeps
    the name spelled out."""
    doc, i = state.doc, draft.end
    initials = "".join(t.text[0] for t in doc[draft.start : draft.end] if t.is_title and t.lower_ != "the")
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        acr = doc[i + 1].text
        if not initials or initials[0] != acr[:1]:
            return
    elif i + 1 < len(doc) and doc[i].lower_ == "or" and doc[i + 1].text == initials:
        acr = initials  # "the Liberal Democratic Party or LDP": every initial, as "or" also lists
    else:
        return
    if abbreviation_letters(acr) is None or i + 1 in state.taken:
        return
    atom = state.atom_at.get(i + 1)
    if atom is not None:
        if atom.kind != T.ORGANISATION or atom.used or draft.method != "ner":
            return
        if _spells_the_entry(state, draft, atom):
            draft.actor, draft.country = atom.actor, atom.country or draft.country
            return
        _retake_table_acronym(state, draft, atom)
    # The name the text spells out is the actor (the gold and readers key "Scottish
    # National Party", not "SNP"); the acronym is a mention of it wherever it recurs.
    state.acronyms[acr] = draft
    state.add(Draft(i + 1, i + 2, draft.actor, "organisation", draft.country, "ner", head=i + 1, acts_for_state=draft.acts_for_state), [atom] if atom else [])


def _spells_the_entry(state: DocState, draft: Draft, atom: Atom) -> bool:
    """"Kuwait Petroleum Co (KPC)" spells the table's Kuwait Petroleum Corp: the name
    opens with the first word of one of the entry's names. "Ceylon Petroleum Corporation
    (CPC)" spells no Caspian Pipeline Consortium, whatever the table keys under CPC."""
    first = next((t.text for t in state.doc[draft.start : draft.end] if t.lower_ != "the"), "")
    return any(
        e.alias.split()[0] == first for e in state.table.entries.values()
        if e.actor == atom.actor and e.kind == T.ORGANISATION and e.alias
    )


def _retake_table_acronym(state: DocState, draft: Draft, atom: Atom) -> None:
    """The letters the text defines are its own organisation at every later mention too,
    not the table's body of the same letters."""
    text = state.doc[atom.start : atom.end].text
    for other in state.atoms:
        if other.start > atom.start and other.kind == T.ORGANISATION and not other.used \
                and state.doc[other.start : other.end].text == text:
            other.actor, other.country = draft.actor, draft.country


def _owner_before(state: DocState, start: int) -> str | None:
    """"Iran’s Revolutionary Guards", "France’s far-right National Rally", "Turkish
    state broadcaster TRT" (a state or demonym before a descriptor)."""
    doc = state.doc
    k = start - 1
    while k >= 0 and start - k <= 5 and (doc[k].is_lower or doc[k].text == "-") and doc[k].pos_ in ("ADJ", "NOUN", "PUNCT", "ADV", "VERB"):
        k -= 1
    owner = state.possessive_before(k + 1) if k >= 1 else None
    if owner is None and k >= 0 and k < start - 1 and doc[start - 1].lower_ in ORG_DESCRIPTORS:
        atom = state.atom_ending.get(k + 1)
        if atom is not None and atom.kind in (T.NAME, T.DEMONYM) and atom.country:
            owner = atom.country
    return owner


def _the_country_before(state: DocState, start: int) -> int:
    """Where "the country" stands in "the country's (new) Electoral Board": the state is
    the one named last before it (resolved once every state mention is known), not the
    paragraph's; -1 if the name has no such owner."""
    doc = state.doc
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
        k -= 1
    if k >= 1 and doc[k].text in ("’s", "'s") and doc[k - 1].lower_ == "country":
        return k - 1
    return -1


def _descriptor_before(state: DocState, start: int) -> str | None:
    """"state oil company SHT" → "state"; "refiner Tupras" → "plain"."""
    doc = state.doc
    if start == 0 or doc[start - 1].lower_ not in ORG_DESCRIPTORS:
        return None
    window = {doc[k].lower_ for k in range(max(0, start - 5), start)}
    return "state" if window & {"state", "state-owned", "state-run", "national"} else "plain"


def _descriptor_after(doc, start: int, end: int) -> bool:
    """"Fortune magazine named …", "the Bandidos motorcycle gang": the name's own
    descriptor follows it, one lower-case modifier at most between (a name has a capital:
    an English word amid another script is no descriptor)."""
    if not any(c.isupper() for c in doc[start:end].text):
        return False
    for j in range(end, min(end + 2, len(doc))):
        tok = doc[j]
        if not tok.is_lower or tok.pos_ not in ("NOUN", "ADJ"):
            return False
        if tok.lower_ in ORG_DESCRIPTORS_AFTER:
            return not (j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN")  # "… company Jo Roe": hers
    return False


_LIST_OPENERS = frozenset({"including", "like", "as"})
# What stands between the names of a list besides the names ("Apex, Borr & Cato", "Moody’s").
_NAME_LIST_MARKS = frozenset({",", "&", "-", ".", "’s", "'s"})


def _listed_after_descriptor(doc, start: int) -> bool:
    """"carriers such as Lufthansa and Ryanair", "firms including Apex, Borr and Cato",
    "store chains Woolworths, Coles and Aldi": a name in a list a plural descriptor opens."""
    k = start - 1
    while k >= 0 and start - k <= 30 and doc[k].lower_ not in _LIST_OPENERS:
        tok = doc[k]
        if _plural_descriptor(tok):
            # "store chains Woolworths, Coles and Aldi": a list right after the descriptor
            run = doc[k + 1 : start]
            if any(t.is_sent_start for t in doc[k + 1 : start + 1]) or not (doc[k + 1].is_title or doc[k + 1].is_upper):
                return False  # "the IRC channels and GitHub": two things joined, no list of names
            return any(t.lower_ in ("and", "or") or t.text == "," for t in run) or _list_goes_on(doc, start)
        if not (tok.text in _NAME_LIST_MARKS or tok.lower_ in ("and", "or") or tok.is_title or tok.is_upper):
            return False
        k -= 1
    if k < 1 or doc[k].lower_ not in _LIST_OPENERS:
        return False
    if doc[k].lower_ == "as":
        k -= 1
        if k < 1 or doc[k].lower_ != "such":
            return False
    head = doc[k - 1] if doc[k - 1].text != "," or k < 2 else doc[k - 2]
    return _plural_descriptor(head)


def _plural_descriptor(tok) -> bool:
    return tok.tag_ == "NNS" and tok.lemma_.lower() in ORG_DESCRIPTORS


def _list_goes_on(doc, start: int) -> bool:
    """"store chains [Woolworths], Coles and Aldi": the first name after a plural
    descriptor is one of a list only where another name joins it; alone it is as often a
    clause's subject ("the firms [Smith] founded")."""
    for j in range(start, min(start + 12, len(doc) - 1)):
        tok = doc[j]
        if tok.lower_ in ("and", "or") and j > start:
            return doc[j + 1].is_title or doc[j + 1].is_upper
        if not (tok.text in _NAME_LIST_MARKS or tok.is_title or tok.is_upper):
            return False
    return False


def _org_apposition(state: DocState, end: int) -> str | None:
    """", the largest U.S. turkey processor," → USA; ", the country’s largest
    refiner," → "?" (the state of the context)."""
    doc = state.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    country, descriptor, the_country = None, False, False
    for j in range(end + 1, min(end + 12, len(doc))):
        tok = doc[j]
        if tok.text in (",", ".", ";", "\n\n") or (tok.pos_ in ("VERB", "AUX") and doc[j - 1].text != "-"):
            break  # ("Washington-based" stays inside)
        if tok.lower_ in ORG_DESCRIPTORS or tok.lower_ in ("think", "tank"):
            descriptor = True
        if tok.lower_ == "country" and j + 1 < len(doc) and doc[j + 1].text in ("’s", "'s"):
            the_country = True
        atom = state.atom_at.get(j)
        if country is None and atom is not None and atom.kind in STATE_KINDS and atom.country:
            country = atom.country
    if not descriptor:
        return None
    return country or ("?" if the_country else None) or ""
