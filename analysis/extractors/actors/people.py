"""People: person atoms from NER and honorifics, their title phrases, and surnames.

The whole title phrase and the state, region, body or company before it belong to the
person ("Russian Foreign Minister Sergey Lavrov", "Japanese Economy, Trade and Industry
Minister …", "Minister of State for Petroleum Resources …", "Kurdistan Region Prime
Minister …"); people the table lacks are learned from the article (title phrase,
apposition "Zhu Jingyang, Beijing's ambassador to Colombia") and resolve later surnames
("Mr. Lavrov", "the Maduro regime") before the table does ("Kim" after "Kim
Jung-kwan"); a name opening a company's name is the company ("Obiora Industries").
Officials of international bodies ("EU Energy Commissioner …", "AU trade commissioner
…", "X, a UN rapporteur") keep no state and count toward the body (the last pass,
:func:`officials_of_bodies`). Offices of a state written "Chief Executive of Hong Kong X",
"Greek prime minister X", "President X of Iran", "X, the Speaker of the House of
Representatives," or "Armenia's delegation, led by X" tie the person to that state.

Passes, in order: :func:`ner_people` (person atoms), :func:`drop_eponymous`, :func:`people`
(title phrases, appositions, surnames of people met earlier) and, once organisations and
places have taken theirs, :func:`learned_surnames`.
"""

from __future__ import annotations

import unicodedata

from analysis.extractors.actors.state import Atom, DocState, Draft
from analysis.extractors.actors.vocabulary import (
    COURTESY,
    MONTH_NAMES,
    MONTH_PREPOSITIONS,
    NAME_OPENERS,
    NOT_NAME_WORDS,
    PARTY_LABELS,
    ORG_OR_PLACE_WORDS,
    ROLE_WORDS,
    ORG_WORDS,
    STATE_KINDS,
    TITLE_MODIFIER_KINDS,
    is_acronym,
    rank_without_name,
)
from analysis.text import actor_table as T
from analysis.text.actor_table import fold
from analysis.text.context import doc_entities, joined_by_hyphen, token_column, token_sentence, token_texts, tokens_in, turn_label_span
from analysis.text.entities import NUMERIC_ENTS
from analysis.text.lexicon import table, words
from analysis.text.marks import DOUBLE_MARKS
from analysis.text.names import (
    KIN_NOUNS, NAME_PARTICLES, NAME_SUFFIXES, OCCUPATIONS, OFFICER_ROLES, agent_noun, officer_role_after, officer_role_before,
)

SPEECH_LEMMAS = words("speech", "person_evidence")
# Offices of state, in a title phrase and in an apposition (data/lexicon.yaml).
STATE_OFFICES = words("state_agents", "offices")
STATE_ROLES = words("state_agents", "roles")
SUCCESSION_WORDS = words("state_agents", "succession_words")
# Common nouns before a name that make it a work, a vessel or an event, not a person.
NOT_PERSON_NOUNS = words("actors", "not_person_nouns")
PERSON_OF_NOUNS = words("actors", "person_of_nouns")
PERSON_PREPS = words("actors", "person_preps")
KIN_POSSESSORS = frozenset(("his", "her", "their", "’s", "'s", "by"))
OTHER_NAME_WORDS = tuple(tuple(phrase.split()) for phrase in words("names", "alias_nouns") | words("names", "other_name_phrases"))
NAMING_LEMMAS = words("actors", "naming_lemmas")
# Where a lone surname stands as someone: subject, object, possessor, in a list or apposition.
SOMEONE_DEPS = frozenset(("nsubj", "nsubjpass", "poss", "dobj", "pobj", "dative", "conj", "appos"))
# Words of a sentence about a state's business (data/lexicon.yaml).
STATE_BUSINESS_WORDS = words("state_agents", "business_words")
ELECTED_LEMMAS = words("state_agents", "elected_lemmas")
ELECTED_BY_VOTERS = words("state_agents", "elected_by_voters")
PARTIES_ELSEWHERE = {name: frozenset(states) for name, states in table("actors", "parties_elsewhere").items()}
# Offices held in an international body ("AU trade commissioner X", "a UN rapporteur").
BODY_OFFICIAL_ROLES = words("actors", "body_official_roles")
# What a state sends, led by a person who acts for it ("Armenia's delegation, led by X").
LED_GROUPS = words("state_agents", "led_groups")
# Lower-case words of an office before its head ("prime minister", "foreign minister").
OFFICE_MODIFIERS = words("state_agents", "office_modifiers")
# Titles only one state gives ("Taoiseach X" is Ireland's).
STATE_TITLES: dict[str, str] = table("actors", "state_titles")
# Titles after which a U.S. state name is the person's constituency, not a country.
US_STATE_TITLES = words("actors", "us_state_titles")
US_PARTY_WORDS = words("actors", "us_party_words")
ORG_DESCRIPTORS = words("actors", "org_descriptors")
PERSON_TRADES = words("actors", "person_trades")
BARE_OFFICES = words("actors", "bare_offices")
AIDE_OFFICES = words("actors", "aide_offices")
LOCAL_OFFICES = words("actors", "local_offices")
LOCAL_OFFICE_SERVICES = words("actors", "local_office_services")
LOCAL_LEVELS = words("actors", "local_levels")
APPOSITION_OFFICES = words("actors", "apposition_offices")
OFFICE_POSSESSORS = words("actors", "office_possessors")
# Offices a sentence gives a person as a predicate ("served as President of X").
PREDICATE_OFFICES = STATE_ROLES | BARE_OFFICES | words("state_agents", "predicate_offices")
# Plural offices a list of names may follow ("Two Democratic Representatives, X and Y").
PLURAL_OFFICES = words("state_agents", "plural_offices")
# Bodies of a state an office may be held in ("a member of the Ruritanian parliament").
STATE_BODY_HEADS = words("actors", "level_body_heads") | words("voices", "government_body_words")
PARTY_NAMES = frozenset(PARTY_LABELS.values())  # and any "… Party"
# Names written family name first: "Mao Ning" is later "Mao".
FAMILY_NAME_FIRST = words("actors", "family_name_first")
PATERNAL_SURNAME_FIRST = words("actors", "paternal_surname_first")
# Words that join the parts of a title ("Minister of State for Petroleum Resources",
# "Economy, Trade and Industry Minister").
TITLE_CONNECTORS = words("actors", "title_connectors")
BODY_TITLES = table("actors", "body_titles")
# Title words that qualify an office and never stand alone right before a name
# ("National", "Economic"): "National Bison Range" is no titled person.
TITLE_MODIFIERS = words("actors", "title_modifiers")
LOCATION_PREPS = words("actors", "location_preps")
LIST_JOINERS = words("actors", "list_joiners")
PORTFOLIO_PREPS = words("actors", "portfolio_preps")
PLACE_OBJECT_LEMMAS = words("actors", "place_object_lemmas")
# Lower-case particles that open a European surname written alone ("di Marco", "van Dijk");
# not the Arabic ones, whose surname alone is the table's key ("Salman").
SURNAME_PARTICLES = frozenset(p for p in NAME_PARTICLES if p not in ("bin", "bint", "ibn", "abu", "al", "el"))
# Capitalised words that never belong to a title phrase ("On Monday Prime Minister …").
NOT_TITLE_ENTS = NUMERIC_ENTS | {"PERSON"}


def _latin_name(text: str) -> bool:
    """Every letter of the name is in the Latin script."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def surname_keys(name: str, country: str | None) -> list[str]:
    words = [w for w in name.split() if w not in NAME_SUFFIXES]
    if len(words) < 2:
        return []
    keys = [fold(words[-1])]
    # "Mao Ning" is "Mao"; "Abdulaziz bin Salman" is "Prince Abdulaziz"; a hyphenated
    # given name ("Lee Sang-ho", "Kim Jung-kwan") is written after the family name.
    hyphenated = len(words) == 2 and "-" in words[1] and words[1].split("-", 1)[1][:1].islower()
    if (
        country in FAMILY_NAME_FIRST or hyphenated
        or any(w.lower() in ("bin", "ibn", "bint") for w in words)
    ):
        keys.append(fold(words[0]))
    if country in PATERNAL_SURNAME_FIRST and len(words) == 3 and words[1][:1].isupper():
        keys.append(fold(words[1]))
    return keys


def ner_people(state: DocState) -> None:
    """Person atoms from NER and from honorifics, filtered for what is not a person."""
    doc = state.doc
    by_token = {i: a for a in state.atoms for i in range(a.start, a.end)}
    spans = [(e.start, e.end, "ner") for e in doc_entities(doc) if e.label_ == "PERSON"]
    for ent in doc_entities(doc):  # "[Petroleum Resources Heineken Lokpobiri]ORG": a title, then a name
        tail = _name_after_title(state, ent.start, ent.end, by_token) \
            if ent.label_ in ("ORG", "NORP", "GPE", "FAC") and len(ent) >= 3 else None
        if tail is not None:
            spans.append((tail, ent.end, "ner"))
        elif ent.label_ in ("ORG", "GPE", "NORP") and _org_is_a_person(state, ent.start, ent.end, by_token):
            spans.append((ent.start, ent.end, "ner"))
        elif ent.label_ == "ORG" and len(ent) == 1 and _given_name_before(doc, ent.start) \
                and _org_is_a_person(state, ent.start - 1, ent.end, by_token):
            # "Tunde [Bakare]ORG, an analyst at Kpler": NER took the surname alone for a body
            spans.append((ent.start - 1, ent.end, "ner"))
        if ent.label_ in ("ORG", "GPE", "NORP", "FAC"):
            tail = _name_after_office_of_state(state, ent.start, ent.end, by_token)
            if tail is not None:
                spans.append((tail, ent.end, "ner"))
    # "Chief Executive [Vadim Vorobyov]": a name NER missed right after a title.
    # "Prosecutor [Nina Holt] said", "Coach [Al Poe]": the same after an occupation in capitals.
    lowers = token_column(doc, "LOWER")
    occupations = [
        doc[i] for i in range(len(doc) - 2)
        if lowers[i] in OCCUPATIONS and _occupation_opens_name(doc, i) and doc[i].text not in state.resolver.title_words
    ]
    for tok in sorted([*tokens_in(doc[:-2], state.resolver.title_words), *occupations], key=lambda t: t.i):
        if (
            (tok.text in state.resolver.title_words or tok.lower_ in OCCUPATIONS) and tok.is_title
            and tok.text not in COURTESY and tok.text not in TITLE_MODIFIERS and tok.i not in by_token
            and not rank_without_name(doc, tok.i)
        ):
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and _bare_name_word(state, end, by_token):
                end += 1
            if end - tok.i - 1 >= 2 and not (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
                spans.append((tok.i + 1, end, "ner"))
    # "Chief Executive of Hong Kong [Grace Chow]": a name NER missed after an office of a state.
    for atom in state.atoms:
        if atom.kind in TITLE_MODIFIER_KINDS and atom.start >= 2 and doc[atom.start - 1].lower_ == "of" \
                and doc[atom.start - 2].text in state.resolver.title_words:
            end = atom.end
            while end < len(doc) and end - atom.end < 3 and _bare_name_word(state, end, by_token):
                end += 1
            if end - atom.end >= 2 and not (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
                spans.append((atom.end, end, "ner"))
    for tok in tokens_in(doc, COURTESY):  # "Mr. X" is a person whatever NER thinks X is
        if tok.text in COURTESY and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and not rank_without_name(doc, tok.i):
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            if end > tok.i + 1:
                spans.append((tok.i + 1, end, "honorific"))
    companies: set[str] = set()  # names the article introduced as a company's
    # "the Roe/Poe ticket": two running mates, one name each.
    spans = [piece for span in spans for piece in _split_at_slashes(doc, *span)]
    body_names: set[int] = set()  # tokens of a body's name NER took for a person's
    for start, end, how in sorted(spans, key=lambda s: (s[0], -s[1])):
        while start < end and (
            doc[start].text in state.resolver.title_words or doc[start].text in PARTY_LABELS
            or doc[start].text in NAME_OPENERS or (doc[start].lower_ in ROLE_WORDS and doc[start].is_sent_start)
            or ((doc[start].lower_ in OCCUPATIONS or agent_noun(doc[start].text)) and doc[start].is_title and end - start > 2)
        ):
            start += 1  # "[Democrat Jane Roe]PERSON": the party label is a mention of its own
        while end > start and doc[end - 1].text in ("’s", "'s", "’", "'", "]", ")"):
            end -= 1
        while start < end and doc[start].text in ("[", "("):
            start += 1  # "[Jo Roe]", an editor's bracket inside a quote
        office = max((i for i in range(start, end - 2) if doc[i].lower_ in ROLE_WORDS), default=None)
        if office is not None and all(doc[i].is_title for i in range(start, office + 1)):
            start = office + 1  # "[Eastern Divisional Railway Manager Ana Roe]PERSON": the name after the office
        if start >= end:
            continue
        if end - start <= 2 and start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in ORG_WORDS:
            body_names.update(range(start, end))
            continue  # "University of [California Davis]": the rest of a body's name
        # "President Mahamat Idriss Deby": NER sometimes drops a given name.
        # A sentence-opening given name only when the parse ties it to the name
        # ("Mehmet Kalyoncu, the Turkish billionaire").
        while (
            start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
            and doc[start - 1].text not in state.resolver.title_words and start - 1 not in by_token
            and doc[start - 1].text not in PARTY_LABELS and doc[start - 1].text not in NAME_OPENERS
            and start - 1 not in body_names
            and doc[start - 1].lower_ not in ROLE_WORDS and doc[start - 1].text not in US_STATE_TITLES
            and doc[start - 1].text not in state.table.us_states and doc[start - 1].ent_type_ not in ("GPE", "LOC")
            # (not a place: "Governor of New Jersey [Sarah Palin]")
            and doc[start - 1].lower_ not in OCCUPATIONS and not agent_noun(doc[start - 1].text)  # "Voter Ana Roe": a description
            # (not the portfolio of an office: "Minister of Education [Ana Roe]")
            and not (start >= 3 and doc[start - 2].lower_ == "of" and doc[start - 3].text in state.resolver.title_words)
            and (
                not doc[start - 1].is_sent_start
                or (doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end)
            )
        ):
            start -= 1
        # "Bill de Blasio" later "de Blasio": NER may leave a lower-case particle out of
        # a surname written alone.
        while start > 0 and start - 1 not in by_token and (
            doc[start - 1].text in SURNAME_PARTICLES
            or doc[start - 1].lower_ in SURNAME_PARTICLES and doc[start].lower_ in SURNAME_PARTICLES
        ):
            start -= 1  # (and "De" of "De La Fuente")
        # "Abdulaziz bin Salman", "Ursula von der Leyen": NER may split at the particle.
        while end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end + 1].is_title:
            end += 2
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and end not in by_token:
                end += 1
        if end < len(doc) and doc[end].text in NAME_SUFFIXES:
            end += 1
        if (
            end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha
        ):
            end += 2  # "[Kim Sun]-woo": NER may cut a hyphenated given name
        words = {doc[i].text for i in range(start, end)}
        if words & NOT_NAME_WORDS or state.in_dateline_char(doc[start].idx):
            continue
        if end - start == 1 and _a_month(doc[start]):
            continue
        if not _latin_name(doc[start:end].text):
            continue  # the English model's NER on another script ("रहे हैं") is no name
        descriptor = doc[start - 1].lower_ if start > 0 else ""
        if descriptor in PERSON_TRADES and how == "ner" and end - start > 1:
            descriptor = ""  # "record producer Jo Roe": the trade is hers
        if doc[start:end].text in companies or descriptor in ORG_DESCRIPTORS:
            companies.add(doc[start:end].text)
            continue  # "software company Red Hat": a company, whatever NER says, here and later
        opens = doc[start].is_sent_start or (start > 0 and doc[start - 1].text == ":")
        if opens and doc[start].pos_ == "VERB" and doc[start].tag_ == "VB":
            continue  # "Make Melbourne the first …": an imperative, not a given name
        if end < len(doc) and doc[end].is_title and doc[end].text in ORG_WORDS:
            continue  # "Obiora Petroleum Refinery", "Kalyoncu Holding": a company
        if how == "ner" and end - start > 1 and start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
            continue  # "the Turkey Trot"; a lone surname may still be "the Maduro regime"
        overlapping = {id(by_token[i]): by_token[i] for i in range(start, end) if i in by_token}
        if overlapping:
            # "Jordan Bardella", "Chad Miller", "Greg Finn": a longer person name beats a
            # place or a people's word inside it; anything else the table knows wins.
            inside = list(overlapping.values())
            if not all(
                (a.kind in (T.NAME, T.CAPITAL, T.DEMONYM, T.DEMONYM_PLURAL) or _another_bearer(state, a, start, end))
                and start <= a.start and a.end <= end and a.end - a.start < end - start
                for a in inside
            ):
                continue
            state.atoms = [a for a in state.atoms if id(a) not in overlapping]
            for i in range(start, end):
                by_token.pop(i, None)
        if any(i in by_token for i in range(start, end)):
            continue  # already inside a longer name ("bin Salman" after the merge)
        atom = Atom(start, end, T.PERSON, "", "person", None, how)
        state.atoms.append(atom)
        for i in range(start, end):
            by_token[i] = atom


def _a_month(token) -> bool:
    """"May imports slid", "since May": a month's name as a noun's modifier or after a time
    preposition, not a person's ("May said")."""
    if token.text not in MONTH_NAMES:
        return False
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return True
    return token.i > 0 and token.nbor(-1).lower_ in MONTH_PREPOSITIONS


def _split_at_slashes(doc, start: int, end: int, how: str) -> list[tuple[int, int, str]]:
    cuts = [i for i in range(start, end) if doc[i].text == "/"]
    bounds = [start - 1, *cuts, end]
    return [(a + 1, b, how) for a, b in zip(bounds, bounds[1:]) if b > a + 1]


def _another_bearer(state: DocState, atom: Atom, start: int, end: int) -> bool:
    """"Jan Novak" over the table's "Novak" (Alexander Novak): a full name NER gives that
    ends in a table person's surname, with another given name, is someone else."""
    if atom.kind != T.PERSON or atom.end != end or atom.end - atom.start != 1:
        return False
    person = state.table.people.get(atom.actor)
    forms = (person.name, *person.aliases) if person else (atom.actor,)
    return state.doc[start:end].text not in forms and state.doc[start].text not in {f.split()[0] for f in forms if f}


def _occupation_opens_name(doc, i: int) -> bool:
    """An occupation in capitals that opens a name ("Historian Jo Roe", "said Coach Al
    Poe"), not one that modifies a noun after an article or an adjective ("a new Pilot
    Training Program")."""
    tok = doc[i]
    return tok.is_title and tok.lower_ in OCCUPATIONS and (i == 0 or doc[i - 1].pos_ not in ("DET", "ADJ"))


def _name_after_title(state: DocState, start: int, end: int, occupied) -> int | None:
    """Where a person's name starts inside an entity that opens with a title, or None:
    the two or three capitalised words after the last title word."""
    doc = state.doc
    last = max(
        (i for i in range(start, end - 1) if doc[i].text in state.resolver.title_words and not rank_without_name(doc, i)),
        default=None,
    )
    if last is None and _occupation_opens_name(doc, start):
        last = start  # "[Coach Nina Holt]ORG"
    if last is None or not 2 <= end - last - 1 <= 3:
        return None
    for i in range(last + 1, end):
        tok = doc[i]
        # ("Pilot Training Program staff said": a programme, at a sentence's start where
        # no article tells the occupation is a modifier)
        if not (tok.is_title and tok.pos_ == "PROPN") or tok.text in ORG_OR_PLACE_WORDS or tok.lower_ in NOT_PERSON_NOUNS \
                or i in occupied:
            return None
    return last + 1


def _name_after_office_of_state(state: DocState, start: int, end: int, occupied) -> int | None:
    """Where the name starts in "[Hong Kong Carrie Lam]GPE" after "Chief Executive of":
    NER ran the state of an office into the holder's name. The entity must open with
    the state (a table atom) after "<Title> of" and end in two or three name words."""
    doc = state.doc
    if start + 1 < end and doc[start].lower_ == "the":
        start += 1  # "President of [the Netherlands Pieter Aalbers]ORG"
    of = start - 1 - (start >= 3 and doc[start - 1].lower_ == "the")
    if of < 1 or doc[of].lower_ != "of" or doc[of - 1].text not in state.resolver.title_words:
        return None
    atom = occupied.get(start)
    if atom is None or atom.kind not in TITLE_MODIFIER_KINDS or atom.start != start or not atom.end < end:
        return None
    if not 2 <= end - atom.end <= 3:
        return None
    for i in range(atom.end, end):
        tok = doc[i]
        if not (tok.is_title and tok.pos_ == "PROPN") or tok.text in ORG_OR_PLACE_WORDS or i in occupied:
            return None
        if tok.text in state.resolver.title_words:
            return None
    return atom.end


def _bare_name_word(state: DocState, i: int, occupied) -> bool:
    tok = state.doc[i]
    return (
        tok.is_title and tok.pos_ == "PROPN" and not tok.ent_type_ in ("ORG", "GPE", "NORP", "DATE", "FAC", "LOC")
        and tok.text not in state.resolver.title_words and tok.text not in ORG_OR_PLACE_WORDS and i not in occupied
    )


def _org_is_a_person(state: DocState, start: int, end: int, occupied) -> bool:
    """A two- or three-word name NER calls an organisation, that the text treats as a
    person: an apposition with a role after it ("Sani Musa, the Kenyan billionaire") or
    before it ("The current president of Ruritania, Jo Roe,"), a pair under a plural role
    ("met officers Jo Roe and Bo Poe"), or a
    surname that opens a company's name ("Femi Adeyemi, whose Adeyemi Industries …")."""
    doc = state.doc
    words = doc[start:end]
    if not 2 <= len(words) <= 3 or any(i in occupied for i in range(start, end)):
        return False
    if any(not (t.is_title and t.pos_ == "PROPN") or t.text in ORG_OR_PLACE_WORDS for t in words):
        return False
    if _apposition_role(state, end) or _subject_as_office(doc[end - 1]) or _between_people(doc, start, end) \
            or _paired_under_plural_role(doc, start, end):
        return True
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who":
        return True  # "the campaign of Jo Roe, who was arrested": "who" is said of people
    if doc[start].ent_type_ == "ORG" and words.text not in state.table.us_states and _role_before(state, start) is not None:
        return True  # ", the president of Ruritania, Jo Roe,"
    if state.company_openers is None:
        texts = token_texts(doc)
        state.company_openers = {  # str.istitle is the lexeme's is_title
            texts[i] for i in range(len(texts) - 1) if texts[i + 1].istitle() and texts[i + 1] in ORG_WORDS
        }
    return doc[end - 1].text in state.company_openers


def _given_name_before(doc, start: int) -> bool:
    """The token before ``start`` is a capitalised name NER left out, hung on it as its
    given name ("Tunde" of "Tunde Bakare")."""
    if start == 0:
        return False
    given = doc[start - 1]
    return given.is_title and given.pos_ == "PROPN" and not given.ent_type_ and given.dep_ == "compound" and given.head.i == start


def _between_people(doc, start: int, end: int) -> bool:
    """"A Roe, [Bo Poe]ORG and Cy Doe": a name listed between two of NER's people."""
    if start < 2 or end + 1 >= len(doc) or doc[start - 1].text != "," or doc[end].text not in (",", "and"):
        return False
    after = end + 1 + (doc[end].text == "," and doc[end + 1].text == "and")
    return doc[start - 2].ent_type_ == "PERSON" and after < len(doc) and doc[after].ent_iob_ == "B" \
        and doc[after].ent_type_ == "PERSON"


def _paired_under_plural_role(doc, start: int, end: int) -> bool:
    """"met officers [Ana Roe]ORG and Bo Poe": a name after a plural noun for people and
    paired by "and" with one of NER's people of two words or more is the first of the two."""
    if start < 1 or end + 2 >= len(doc) or doc[end].lower_ != "and":
        return False
    role = doc[start - 1]
    if not (role.is_lower and role.tag_ == "NNS"):
        return False
    partner = doc[end + 1]
    return partner.ent_iob_ == "B" and partner.ent_type_ == "PERSON" and doc[end + 2].ent_iob_ == "I"


def _subject_as_office(head) -> bool:
    """"Jo Roe resigned as the governor", "… was sworn in as president": the subject
    leaves or takes an office, so is someone."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    offices = [
        t for prep in head.head.children if prep.dep_ == "prep" and prep.lower_ == "as"
        for t in prep.children if t.dep_ == "pobj"
    ]
    return any(t.lower_ in PREDICATE_OFFICES and t.is_lower for t in offices)


def _apposition_role(state: DocState, end: int) -> bool:
    """", the refinery’s founder," / ", the Kenyan billionaire," right after ``end``."""
    doc = state.doc
    if end >= len(doc) or doc[end].text != ",":
        return False
    for j in range(end + 1, min(end + 10, len(doc))):
        tok = doc[j]
        if tok.text in (",", ".", ";", "\n\n") or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_ in ROLE_WORDS and tok.is_lower:
            return True
    return False


def drop_eponymous(state: DocState) -> None:
    """A person's name opening a company's name is the company ("Trump Organization")."""
    doc = state.doc
    occupied = {i for a in state.atoms for i in range(a.start, a.end)}
    state.atoms = [
        a for a in state.atoms
        if not (
            a.kind == T.PERSON and a.end < len(doc) and a.end not in occupied
            and doc[a.end].is_title and doc[a.end].text in ORG_WORDS
        )
    ]


def _title_phrase(state: DocState, start: int) -> tuple[int, list[Atom], bool, bool, list[Atom]]:
    """Extend a name left over its whole title phrase: titles, the capitalised words
    of an office ("Chief Cabinet Secretary", "Minister of State for Petroleum
    Resources", "Economy, Trade and Industry Minister") and the state, region, body or
    company they belong to ("Japanese …", "Kurdistan Region …", "NNPC Group …")."""
    doc = state.doc
    parts: list[Atom] = []
    portfolio: list[Atom] = []
    titled = us_state = joined = False
    k, words = start, 0  # phrase is doc[k:start]; words: office words the table lacks
    while k > 0:
        i = k - 1
        if doc[i].text in PARTY_LABELS:
            break  # "Labour leader X", "Labour Minister X": the label is no part of the office
        gloss = _title_gloss(state, i)
        if gloss is not None:
            # "MP (Member of Parliament) X", "Member of parliament (MP) X": the gloss is
            # part of the office, and no mention inside it is one of its own.
            titled = True
            parts.extend({id(a): a for j in range(gloss, i) if (a := state.atom_at.get(j)) is not None}.values())
            k = gloss
            continue
        if (
            joined_by_hyphen(doc, i - 1) and state.is_title(i - 1) and doc[k].text in state.resolver.title_words
        ):
            k = i  # "Secretary-General", "Vice-President": one title word
            continue
        if state.is_title(i):
            # "Mr." alone is no office: it says nothing about which state.
            titled = titled or (doc[i].text not in COURTESY and doc[i].lower_ not in TITLE_CONNECTORS)
            k = i
            continue
        modifier = state.atom_ending.get(k)
        if (
            not titled and k == start and modifier is not None and not modifier.used
            and modifier.kind in STATE_KINDS and modifier.start >= 3
            and doc[modifier.start - 1].lower_ in PORTFOLIO_PREPS and state.is_title(modifier.start - 2)
            and state.atom_ending.get(_title_start(state, modifier.start - 1)) is not None
        ):
            # "US Special Representative for Iran X", "Russian Ambassador to Turkey X": the
            # office is the state's before it; the one after "for"/"to" is its own mention.
            portfolio.append(modifier)
            k = modifier.start - 1
            continue
        article = modifier is not None and modifier.start >= 3 and doc[modifier.start - 1].lower_ == "the"
        of = modifier.start - 1 - article if modifier is not None else -1
        if (
            not titled and k == start and modifier is not None and not modifier.used
            and modifier.kind in STATE_KINDS + (T.REGION,) and of >= 1
            and doc[of].lower_ == "of" and state.is_title(of - 1)
        ):
            # "Chief Executive of Hong Kong Carrie Lam", "President of Argentina Alberto
            # Fernández", "Vice President of the United States X": the office, its state
            # and the name are one mention.
            parts.append(modifier)
            k = of
            continue
        if (
            not titled and k == start
            and (us_name := next((n for n in (1, 2) if i - n >= 1 and doc[i - n + 1 : i + 1].text in state.table.us_states
                                  and all(state.atom_at.get(j) is None or state.atom_at[j].kind == T.NOT_ACTOR
                                          for j in range(i - n + 1, i + 1))), 0))
            and doc[i - us_name].lower_ in ("of", "from") and i - us_name >= 1
            and doc[i - us_name - 1].text.title() in US_STATE_TITLES
        ):
            # "Governor of Alaska X", "Senator from Oregon X", "the then-governor of Alaska X": a U.S. state's
            # office, its state the United States.
            us_state, titled, k = True, True, i - us_name - 1
            continue
        if not titled and k == start:
            office = _portfolio_office_before(state, k)
            if office is not None:  # "Minister of Education X", "Secretary of Foreign Affairs X"
                titled, k = True, office
                continue
        if titled and modifier is not None and not modifier.used and modifier.kind in TITLE_MODIFIER_KINDS:
            if doc[modifier.start : modifier.end].text in state.table.us_states and doc[k].text in US_STATE_TITLES:
                us_state = True
            parts.append(modifier)
            k = modifier.start
            continue
        if (
            titled and doc[k].text in US_STATE_TITLES
            and doc[i].text in state.table.us_states and i not in state.atom_at
        ):
            us_state, k = True, i
            continue
        if not titled or i in state.atom_at:
            break
        tok = doc[i]
        if tok.lower_ in TITLE_CONNECTORS or (tok.text == "," and joined):
            # Only between two words of the office: "Trade and Industry", "Economy,
            # Trade" (a comma only in a list that ends with "and").
            if i == 0 or i - 1 in state.atom_at or k in state.atom_at:
                break
            if not (_office_word(state, i - 1) and _office_word(state, k)):
                break
            joined = joined or tok.lower_ in ("and", "&")
            k = i
            continue
        if i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
            break  # the end of a hyphenated name ("ABS-CBN CEO X"), not a word of the office
        if words < 4 and _office_word(state, i):
            words += 1
            k = i
            continue
        break
    while k < start and (doc[k].lower_ in ("of", "and", "the", "for", "&") or doc[k].text == ",") and k not in state.atom_at:
        k += 1
    if portfolio and not any(p.kind in STATE_KINDS and p.country for p in parts):
        return start, [], False, False, []  # no state before the office: "Minister for Iran Affairs"
    return k, parts, titled, us_state, [p for p in portfolio if p.start >= k]


def _portfolio_office_before(state: DocState, start: int) -> int | None:
    """Where a title with its portfolio after "of" ends right before ``start`` starts:
    "Minister of Education", "Secretary of Foreign Affairs"; the portfolio is up to three
    office words the table does not know."""
    doc, i = state.doc, start - 1
    while i >= 0 and start - i <= 3 and i not in state.atom_at and _office_word(state, i) \
            and doc[i].text not in state.resolver.title_words:
        i -= 1
    if i == start - 1 or i < 1 or doc[i].lower_ != "of" or not state.is_title(i - 1):
        return None
    return _title_start(state, i)


def _title_start(state: DocState, end: int) -> int:
    """Where the run of title words ending at ``end`` starts."""
    k = end
    while k > 0 and state.is_title(k - 1) and k - 1 not in state.atom_at:
        k -= 1
    return k


def _party_country(state: DocState, atom: Atom) -> str | None:
    """"X of the Scottish National Party", "X, a Democrat,": a politician of a state's
    party belongs to that state (the party stays a mention of its own)."""
    party = _party_after(state, atom)
    if party is not None:
        return _party_state(state, party)
    doc, i = state.doc, atom.end
    if i + 3 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("a", "an") and doc[i + 2].text in PARTY_LABELS \
            and doc[i + 3].text in (",", ".", ";"):
        return _label_state(state, doc[i + 2].text)
    return None


def _label_state(state: DocState, label: str) -> str | None:
    """The state of the party a label stands for ("Democrat" → the Democratic Party's)."""
    entry = state.table.entries.get(PARTY_LABELS[label])
    return entry.country if entry is not None else None


# _party_tie's answer for a party whose state the table does not give
_PARTY_STATE_UNKNOWN = "?"


def _party_state(state: DocState, party: Atom) -> str | None:
    """The party's table state, or None (the politician then takes the state the text is
    about) for a party whose name recurs across states (:data:`PARTIES_ELSEWHERE`) in a text
    that never names the table's state but names one that has a party of that name: "X of the
    Labour Party" in a story on Hong Kong is no British politician, while "Jo Roe of the Labour
    Party met Emmanuel Macron in Paris" is (France has no Labour Party)."""
    named = state.states_named
    if party.country is None or party.country in named:
        return party.country
    return None if named & PARTIES_ELSEWHERE.get(party.actor, frozenset()) else party.country


def _party_tie(state: DocState, start: int, atom: Atom) -> str | None:
    """The state of the party a politician's mention ties them to, _PARTY_STATE_UNKNOWN
    when the party's state is not known (then the state the text is about): a party label or a party's
    name right before the name or its title ("Republican state senator X", "Civic Party
    legislator X", "the Unity Party's X"), or after it ("X of the Civic Party", "X from
    the Green Party"). The w1/w2 and held-out gold count party politicians toward their
    state."""
    doc = state.doc
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k -= 1  # "presidential nominee", "state representative": a lower-case role
    if k >= 1 and doc[k].text in ("’s", "'s"):
        k -= 1
    if k >= 0 and doc[k].text in PARTY_LABELS and k not in state.atom_at:
        return _label_state(state, doc[k].text) or _PARTY_STATE_UNKNOWN
    if k >= 1 and doc[k].text == "Party" and doc[k - 1].is_title:
        party = state.atom_at.get(k)
        return (_party_state(state, party) if party is not None else None) or _PARTY_STATE_UNKNOWN
    i = atom.end
    if i + 2 < len(doc) and doc[i].lower_ in ("of", "from"):
        i += 1 + (doc[i + 1].lower_ == "the")
        j = i
        while j < len(doc) and j - i < 5 and doc[j].is_title and doc[j].text != "Party":
            j += 1
        if j > i and j < len(doc) and doc[j].text == "Party":
            party = state.atom_at.get(j)
            return (_party_state(state, party) if party is not None else None) or _PARTY_STATE_UNKNOWN
    return None


def _party_after(state: DocState, atom: Atom) -> Atom | None:
    doc = state.doc
    i = atom.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1 + (doc[i + 1].lower_ == "the")
    party = state.atom_at.get(i)
    if party is None or party.start != i or party.kind != T.ORGANISATION or not _is_party(party.actor):
        return None
    return party


def _title_gloss(state: DocState, close: int) -> int | None:
    """Where a bracketed gloss of an office that ends at ``close`` opens: "(MP)" or
    "(Member of Parliament)" after "MP"; a title word inside it or right before it."""
    doc = state.doc
    if doc[close].text != ")":
        return None
    opening = next((j for j in range(close - 1, max(-1, close - 6), -1) if doc[j].text in ("(", ")")), None)
    if opening is None or doc[opening].text != "(" or opening == 0:
        return None
    inside = [j for j in range(opening + 1, close) if doc[j].lower_ not in TITLE_CONNECTORS]
    if not inside or any(not doc[j].is_title and not doc[j].is_upper for j in inside):
        return None
    if any(state.is_title(j) for j in inside) or state.is_title(opening - 1):
        return opening
    return None


def _is_party(actor: str) -> bool:
    # A body still waiting for its state has no name yet ("the provincial government").
    words = actor.split()
    return actor in PARTY_NAMES or (bool(words) and words[-1] in ("Party", "party"))


def _office_word(state: DocState, i: int) -> bool:
    """A capitalised word that can be part of an office's name ("Cabinet",
    "Resources", "Kurdistan"), not a date, number, name or function word."""
    tok = state.doc[i]
    if tok.text in PARTY_LABELS:
        return False  # "Conservative MP X": the party is a mention of its own
    if tok.text in state.resolver.title_words:
        return i not in state.atom_at or state.atom_at[i].kind in TITLE_MODIFIER_KINDS
    if i in state.atom_at:
        return state.atom_at[i].kind in TITLE_MODIFIER_KINDS
    if is_acronym(tok.text):
        return True  # "XYZ Chairman …": the organisation the office belongs to
    return (
        tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.ent_type_ not in NOT_TITLE_ENTS
        and tok.text not in COURTESY
    )


def _couples(state: DocState) -> dict[int, str]:
    """"sentenced Mark and Helen Corby": a lone given name coordinated with a full name
    shares its surname (hf/hk gold). The given name's token, mapped to the full name it
    stands for; not a surname ("to Roe and Al Poe") nor the end of a longer name."""
    doc, found = state.doc, {}
    for atom in state.atoms:
        i = atom.start - 2
        if atom.kind != T.PERSON or atom.method != "ner" or atom.end - atom.start != 2 or i < 0:
            continue
        given, surname = doc[i], doc[atom.end - 1]
        if doc[i + 1].lower_ != "and" or surname.dep_ != "conj" or surname.head.i != i:
            continue
        if not (given.is_title and given.pos_ == "PROPN") or i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper):
            continue
        if given.text in state.resolver.title_words or given.ent_type_ not in ("PERSON", ""):
            continue  # "for President and Al Poe for Vice President"
        other = state.atom_at.get(i)
        if other is not None and (other.kind != T.PERSON or other.end - other.start != 1 or other.method != "ner"):
            continue
        key = fold(given.text)
        if state.resolver.surnames.get(key) is not None or state.introduced_before(key, i) is not None:
            continue
        found[i] = f"{given.text} {surname.text}"
    return found


def people(state: DocState) -> None:
    doc = state.doc
    couples = _couples(state)
    singles: list[tuple[Atom, Draft]] = []
    aides: dict[int, tuple[int, Atom]] = {}
    for atom in [a for a in state.atoms if a.kind == T.PERSON and not a.used]:
        aide = _aide_before(state, atom.start)
        if aide is not None:
            aides[atom.start] = aide
    for atom in [a for a in state.atoms if a.kind == T.PERSON]:
        if atom.used:
            continue
        start, parts, titled, us_state, portfolio = _title_phrase(state, atom.start)
        if atom.start in aides:  # "former Trump adviser X": the leader's state's
            start, where = aides[atom.start]
            parts, titled = [where], True
        if start > 0 and doc[start - 1].text in PARTY_LABELS and (start - 1) not in state.atom_at:
            titled = True  # "Republican Jane Roe": a politician, an official of the text's state
        if not titled and start == atom.start:
            lower = _lower_case_office(state, atom.start)
            if lower is not None:  # "Greek prime minister X", "Niger's president X"
                start, parts, titled = lower[0], [lower[1]] if lower[1] else [], True
        party = next((p for p in parts if p.kind == T.ORGANISATION and _is_party(p.actor)), None)
        if party is not None:
            # "Labour Party leader X": the party is a mention of its own, the person is the
            # state's official (w1/w2 gold: a party in a politician's descriptor counts).
            state.add(Draft(party.start, party.end, party.actor, "organisation", party.country, party.method, head=party.end - 1), [party])
            parts = [p for p in parts if p is not party and p.start >= party.end]
            start = party.end
            while start < atom.start and (doc[start].lower_ in TITLE_CONNECTORS or doc[start].text in ("’s", "'s")):
                start += 1
        name_span = doc[atom.start : atom.end]
        honorific = atom.method == "honorific" or (atom.start > 0 and doc[atom.start - 1].text in COURTESY)
        by_clause = False
        if atom.method in ("ner", "honorific"):
            if atom.start in couples and len(name_span) == 1 and start == atom.start:
                continue  # the partner of a couple, added below
            if len(name_span) == 1 and not (titled or honorific):
                singles.append((atom, Draft(atom.start, atom.end, name_span.text, "person", None, "ner", head=atom.end - 1)))
                continue
            # A name only its clause shows to be someone's may be a politician's the text
            # leaves untitled ("a bill drafted by Jo Roe"): the state where it says one.
            if len(name_span) > 1 and not (titled or honorific) and atom.start - 2 not in couples \
                    and not _person_evidence(state, atom):
                if not _person_in_clause(state, atom):
                    continue
                by_clause = True
            name, country = _without_nickname(name_span), None
            method = "title+name" if titled else "ner"
            same = _named_in_full_before(state, name_span.text, atom.start)
            if same is not None:  # "Robert Gabriel Mugabe" after "Robert Mugabe"
                name, country = same
        else:
            person = state.table.people.get(atom.actor)
            form = name_span.text
            earlier = state.introduced_before(fold(form), atom.start) if len(name_span) == 1 else None
            if earlier is not None and earlier[0] != state.first_form.get(atom.actor, atom.actor):
                # "Xi" after "Xi Mingze" was introduced: the article's person, not the table's.
                person, atom.actor, atom.country, atom.method = None, earlier[0], earlier[1], "learned"
            if (
                person is not None and len(name_span) > 1 and doc[atom.start].text not in state.resolver.title_words
                and atom.actor not in state.first_form
            ):
                state.first_form[atom.actor] = form  # the full name as the article gives it
            name = state.first_form.get(atom.actor, atom.actor)
            country = atom.country
            method = atom.method
        if _us_state_after(state, start, atom):
            us_state = True  # "Republican committee member Doug Collins of Georgia"
        body = served = None
        held = _state_body_before(state, start) if country is None and not parts else None
        if held is not None:
            start, titled = held.start - (held.start >= 1 and doc[held.start - 1].lower_ == "former"), True
            parts.append(held)
        if country is None and not any(p.country for p in parts):
            body, start = _body_served(state, start, atom, parts)
            title = doc[start : atom.start].text.split()
            served = body.actor if body is not None else next(
                (BODY_TITLES[w] for w in title if w in BODY_TITLES), None
            )  # "Pope X"; a bare "Secretary-General X" is the UN's
        end = body.end if body is not None and body.start > atom.end and doc[atom.end].lower_ == "of" else atom.end
        draft = Draft(start, end, name, "person", country, method, head=atom.end - 1, titled=titled)
        predicated = False
        of_state = _of_state_after(state, atom) if titled and served is None and not us_state else None
        if of_state is not None and (country is None or country == of_state.country):
            # "President Hassan Rouhani of Iran": the state after the name is absorbed.
            draft.end, draft.country = of_state.end, of_state.country
            parts.append(of_state)
        if served is not None:
            # "AU trade commissioner X", "X, a UN rapporteur", "Pope X": the official of
            # an international body counts toward the body, here and by surname later.
            state.body_officials[name] = (served, None)
        # An official of an international body ("EU Energy Commissioner …", "OPEC
        # Secretary General …"), or a person the table keeps without a state, serves
        # no state: the paragraph's state is not theirs.
        curated = atom.method in ("table", "alias-file") and atom.actor in state.table.people
        stateless = draft.country is None and not any(p.country for p in parts) and (
            curated or served is not None or any(p.kind == T.ORGANISATION for p in parts)
        )
        if draft.country is None and not stateless:
            draft.country = (
                ("USA" if us_state else None)
                or next((p.country for p in parts if p.country), None)
                or next((STATE_TITLES[doc[i].text] for i in range(start, atom.start) if doc[i].text in STATE_TITLES), None)
                or state.possessive_before(start, regions=True)
                or _apposition(state, atom.end)
                or _party_country(state, atom)
            )
            if draft.country is None:
                draft.country = _office_in_predicate(state, atom)
                predicated = draft.country is not None
            if draft.country is None:
                draft.country = _respective_state(state, atom)
            if draft.country is None:
                listed = _listed_after_offices(state, atom)
                if listed is not None:  # "Two Democratic Representatives, X and Y"
                    draft.country, predicated = listed or None, True
                    draft.needs_state = draft.country is None
        for part in parts:
            if part.kind == T.BODY:
                state.bodies_seen.append((start, part.actor, draft.country or ""))
        if draft.country is None and not stateless:
            draft.country, draft.the_country_at = _apposition_before(state, start)
        tied = draft.country is None and not stateless and _party_tie(state, start, atom)
        if tied:  # "Demosisto's Nathan Law", "Libertarian Party nominee Jo Roe": a politician of the text's state
            draft.country = tied if tied != _PARTY_STATE_UNKNOWN else None
        role_before = draft.country is None and not stateless and _short_role_before(state, start)
        if role_before == "successor":  # "his successor, X": the state of the one succeeded
            draft.country = _followed_in_sentence(state, start)
        led = _state_leading(state, start) if draft.country is None and not stateless else None
        if led is not None:  # "Armenia's delegation, led by Ara Sargsyan"
            draft.country = led
        if draft.country is None and len(name_span) > 1 and not titled and not stateless:
            draft.country = _us_place_after(state, atom)
        office = _office_of_body_after(state, atom.end) if not stateless else None
        # "Delfin Lorenzana, the Defence Secretary;": an office of state, its state the text's.
        office_appos = office is None and not stateless and (
            _office_in_apposition(state, draft.end) or draft.country is None and _state_body_in_apposition(state, draft.end)
            or draft.country is None and _local_office_in_apposition(state, draft.end)
        )
        office_appos = office_appos or bool(role_before)
        politician = by_clause and draft.country is None and not stateless and _state_business(state, atom)
        politician = politician or draft.country is None and not stateless and _elected(state, atom)
        draft.needs_state = draft.country is None and (
            titled or predicated or office is not None or office_appos or bool(tied) or politician
        ) and not stateless
        draft.acts_for_state = not stateless and (
            predicated or office is not None or office_appos or led is not None or politician
            or _holds_office(state, atom, start, parts)
        )
        state.add(draft, [atom, *parts])
        for place in portfolio:
            state.add(Draft(place.start, place.end, place.actor, place.actor_type, place.country, place.method), [place])
        if office is not None:
            # "Nancy Pelosi, the Speaker of the House of Representatives,": the office
            # is a mention of its own, and the body inside it is absorbed.
            o_start, body = office
            state.bodies_seen.append((o_start, body.actor, draft.country or ""))
            state.add(Draft(
                o_start, body.end, name, "person", draft.country, "title+name", head=atom.end - 1,
                titled=True, needs_state=draft.country is None, acts_for_state=True,
            ), [body])
        if len(name_span) == 1 and titled and method == "title+name" and doc[atom.start - 1].lower_ != "of":
            # "Ruritania's security minister Darsono": a one-word name is its own key.
            state.learned.setdefault(fold(name), []).append((atom.start, name, draft))
        if len(name_span) > 1 and name_span[-1].text not in ORG_WORDS:
            person = state.table.people.get(atom.actor) if atom.method not in ("ner", "honorific") else None
            # "Peter Deng" for "Peter Deng Akol": "Deng" is then that person too.
            forms = (person.name, *person.aliases) if person else tuple(dict.fromkeys((name, name_span.text)))
            learned = False
            for form in forms:
                for key in surname_keys(form, (person.country if person else draft.country) or state.story_state):
                    state.learned.setdefault(key, []).append((atom.start, name, draft))
                    learned = True
            if learned and " " in name:
                state.given.setdefault(fold(name.split()[0]), []).append((atom.start, name, draft))
    for i, name in couples.items():
        partner = state.atom_at.get(i)
        if i not in state.taken and i + 2 in state.taken:
            draft = state.add(Draft(i, i + 1, name, "person", None, "ner", head=i), [partner] if partner else [])
            state.given.setdefault(fold(doc[i].text), []).append((i, name, draft))
            # The surname alone is then the couple's or the family's ("the Corby house"), neither one's.
            state.learned.pop(fold(name.split()[-1]), None)
    relatives(state)
    # Later the same people by surname ("Mr. Lavrov", "Puri", "Mao").
    for draft in state.drafts:
        if draft.actor_type == "person" and draft.method in ("ner", "title+name", "honorific") and " " not in draft.actor:
            _resolve_surname(state, draft)
    for atom, draft in singles:
        if atom.used:
            continue  # a relative by given name, taken above
        if _resolve_surname(state, draft):
            _predicated(state, atom, draft)
            state.add(draft, [atom])
        else:  # not a person after all: "Tupras, the country’s largest refiner"
            state.atoms.remove(atom)
            for i in range(atom.start, atom.end):
                state.atom_at.pop(i, None)
            state.atom_ending.pop(atom.end, None)


def relatives(state: DocState) -> None:
    """"his wife Ana", "survived by wife Ana", "children Ben and Eva": a lone given name
    right after a kin noun is that relative, a person of the family's surname (the
    Wikinews gold files "Amanda" in "his wife, Amanda," as Amanda Huber). Without the
    rule the name is dropped, or taken for a namesake ("Ben" for Ben Lee)."""
    doc = state.doc
    # The kin lemma first, off the column: a Token for every word cost more than the rule.
    for i, lemma in enumerate(token_column(doc, "LEMMA")):
        if lemma not in KIN_NOUNS or i == 0:
            continue
        tok = doc[i]
        if not tok.is_lower:
            continue
        if doc[tok.i - 1].lower_ not in KIN_POSSESSORS and not _kin_conjunct(doc, tok.i):
            continue
        names = _given_names_after(state, tok)
        surname = _family_name(state, tok.i) if names else None
        for i in names:
            actor = f"{doc[i].text} {surname}" if surname else doc[i].text
            atom = state.atom_at.get(i)
            draft = state.add(Draft(i, i + 1, actor, "person", None, "ner", head=i), [atom] if atom else [])
            state.given.setdefault(fold(doc[i].text), []).append((i, actor, draft))


def _kin_conjunct(doc, i: int) -> bool:
    """"his wife Ana, and children Ben": the second kin noun shares the first's possessor
    (read on the surface: the parse of such lists varies)."""
    j = i - 1
    if j < 2 or doc[j].lower_ != "and":
        return False
    j -= doc[j - 1].text == ","
    return j >= 2 and doc[j - 1].is_title and doc[j - 2].lemma_ in KIN_NOUNS


def _lone_given_name(state: DocState, i: int) -> bool:
    doc = state.doc
    if i >= len(doc) or i in state.taken:
        return False
    tok = doc[i]
    if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN") or tok.text in state.resolver.title_words:
        return False
    if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].pos_ == "PROPN":
        return False  # "his wife Ana Hale": a full name, NER's
    if fold(tok.text) in state.learned:
        return False  # the surname of someone the article named: that person
    if tok.text in state.table.entries:
        return False  # "Instagram's owner Meta": a name the actor table knows is no given name
    atom = state.atom_at.get(i)
    return atom is None or atom.kind == T.PERSON and atom.end - atom.start == 1


def _given_names_after(state: DocState, kin) -> list[int]:
    """The given names a kin noun introduces: one after a singular noun ("wife, Ana,"),
    a list after a plural one ("sons Ben and Eva", "daughters Ana, Eva and Iris")."""
    doc, i = state.doc, kin.i + 1
    set_off = i < len(doc) and doc[i].text == ","
    i += set_off
    if set_off and not (i + 1 < len(doc) and doc[i + 1].is_punct):
        return []  # "to reach his mother, Roe was put through": the name opens a clause
    names = []
    while _lone_given_name(state, i):
        names.append(i)
        if kin.tag_ != "NNS":
            break
        i += 1
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ == "and":
            i += 1
    return names


def _family_name(state: DocState, kin: int) -> str | None:
    """The surname a relative shares: of the possessor ("Huber's wife"), else of the person
    named last in the sentence ("Jon's love for his wife"), else of the one the article
    names first, whom an obituary's family belongs to."""
    people = sorted((d for d in state.drafts if d.actor_type == "person" and " " in d.actor), key=lambda d: d.start)
    sentence = token_sentence(state.doc[kin]).start
    before = [d for d in people if sentence <= d.start and d.end <= kin]
    if before:
        return before[-1].actor.split()[-1]
    # "A woman told reporters her son Carlos had drowned": the pronoun is the unnamed
    # subject's, no family the article named.
    doc = state.doc
    if kin > 0 and doc[kin - 1].tag_ == "PRP$" and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" for t in doc[sentence:kin]
    ):
        return None
    return people[0].actor.split()[-1] if people else None


def _predicated(state: DocState, atom: Atom, draft: Draft) -> None:
    """A surname mention whose sentence gives the office ("Roe was the President of X")
    gives the person its state, if the person has none yet."""
    if draft.country is None and draft.actor not in state.body_officials:
        draft.country = _office_in_predicate(state, atom)
        draft.acts_for_state = draft.country is not None


def _named_in_full_before(state: DocState, name: str, tok_i: int) -> tuple[str, str | None] | None:
    """A person met earlier whose name this one extends or shortens by a middle name
    (the same first and last words): "Robert Gabriel Mugabe" after "Robert Mugabe", or
    "John Bolton" after "John R. Bolton", is him; so is a surname with its particles."""
    words = name.split()
    if len(words) < 2:
        return None
    for start, earlier, draft in state.learned.get(fold(words[-1]), ()):
        known = earlier.split()
        if start < tok_i and 2 <= len(known) != len(words) and known[0] == words[0] and known[-1] == words[-1]:
            return earlier, draft.country
    if words[0].lower() in NAME_PARTICLES:
        # "De La Fuente" after "Rocky De La Fuente": the surname with its particles.
        for start, earlier, draft in state.learned.get(fold(words[-1]), ()):
            if start < tok_i and fold(earlier).endswith(" " + fold(name)):
                return earlier, draft.country
    # "Peter Deng" after "Peter Deng Akol": the first words of a longer name met before.
    for start, earlier, draft in state.given.get(fold(words[0]), ()):
        known = earlier.split()
        if start < tok_i and len(known) > len(words) and known[: len(words)] == words:
            return earlier, draft.country
    return None


def _holds_office(state: DocState, atom: Atom, start: int, parts: list[Atom]) -> bool:
    """Whether the person of this mention acts for a state: a person the table knows
    with an office of state, a title phrase naming one ("Foreign Minister …", "Kremlin
    spokesman …", "Gen. …") or an apposition giving one (", Beijing's ambassador to
    Colombia,"); a company's "Chief Executive …" or "a spokesman for Chevron" is not."""
    doc = state.doc
    person = state.table.people.get(atom.actor) if atom.method in ("table", "alias-file") else None
    if person is not None and person.roles:
        return True
    if any(p.kind in (T.BODY, T.SEAT) or (p.kind == T.ORGANISATION and p.actor in state.table.state_actors) for p in parts):
        return True
    if any(p.kind == T.ORGANISATION for p in parts):
        return False
    if any(p.kind in STATE_KINDS + (T.REGION,) and p.start >= 1 and doc[p.start - 1].lower_ == "of" for p in parts):
        return True  # "Chief Executive of Hong Kong …": the office of a state
    if any(doc[i].text in STATE_OFFICES for i in range(start, atom.start)):
        return True
    if any(p.kind in (T.NAME, T.DEMONYM, T.REGION) for p in parts) and any(
        doc[i].is_lower and doc[i].lower_ in STATE_ROLES | BARE_OFFICES for i in range(start, atom.start)
    ):
        return True  # "Greek prime minister …", "Ohio governor …"
    after = _clause(state, atom.end + 1, 1) if atom.end < len(doc) and doc[atom.end].text == "," else range(0)
    before = _clause(state, start - 2, -1) if start >= 2 and doc[start - 1].text == "," else range(0)
    return any(_office_in(state, window) for window in (after, before))


def _clause(state: DocState, first: int, step: int) -> range:
    """Up to 12 tokens from ``first`` in direction ``step``, to the first comma, quote
    mark or (going right) verb: the span of an apposition."""
    doc, i = state.doc, first
    while 0 <= i < len(doc) and abs(i - first) < 12:
        tok = doc[i]
        if tok.text in (",", ".", ";", "(", "\n\n", "“", "”") or (step > 0 and _verb_ends_apposition(tok)):
            break
        i += step
    return range(first, i) if step > 0 else range(i + 1, first + 1)


def _office_in(state: DocState, window: range) -> bool:
    """An office of state among ``window``'s words, and no organisation it is held in
    other than a state's own."""
    if not any(state.doc[i].lower_ in STATE_ROLES for i in window):
        return False
    atoms = [state.atom_at[i] for i in window if i in state.atom_at]
    return not any(a.kind == T.ORGANISATION and a.actor not in state.table.state_actors for a in atoms)


def _resolve_surname(state: DocState, draft: Draft) -> bool:
    """A lone surname: the person of that name introduced earlier in the article,
    else the table's ("Kim" after "Kim Jung-kwan" is not Kim Jong Un), else one
    introduced later."""
    key = fold(draft.actor)
    found = state.introduced_before(key, draft.start)
    person = state.resolver.surnames.get(key) if found is None else None
    if person is not None:
        draft.actor = state.first_form.get(person.name, person.name)
        draft.country, draft.method, draft.needs_state = person.country, "table", False
        return True
    found = found or state.introduced_before(key, len(state.doc) + 1) or _given_name_of(state, key, draft.start)
    if found is not None:
        name, country = found
        draft.actor, draft.method = name, "learned"
        draft.country = draft.country or country
        draft.needs_state = draft.needs_state and draft.country is None
        return True
    return False


def _given_name_of(state: DocState, key: str, before: int) -> tuple[str, str | None] | None:
    """"Jamal said" after "Jamal Khashoggi": the one person introduced earlier under that
    given name (none when two share it)."""
    named = {name: draft.country for start, name, draft in state.given.get(key, ()) if start < before}
    return next(iter(named.items())) if len(named) == 1 else None


def _person_evidence(state: DocState, atom: Atom) -> bool:
    """An untitled two-word name NER calls a person: does the sentence treat it as one?"""
    doc = state.doc
    before = doc[atom.start - 1] if atom.start > 0 else None
    if before is not None and before.lower_ in NOT_PERSON_NOUNS and before.is_lower and before.pos_ == "NOUN":
        return False  # "the ship Lena Marsh sank": a vessel, whatever it does
    head = doc[atom.end - 1]
    if head.dep_ in ("nsubj", "nsubjpass", "poss") or head.head.lemma_ in SPEECH_LEMMAS:
        return True
    if atom.end < len(doc) and doc[atom.end].text == ",":
        following = doc[atom.end + 1 : atom.end + 10]
        if any(t.lower_ in ROLE_WORDS or t.lower_ == "who" for t in following):
            return True
    if atom.start > 0 and (doc[atom.start - 1].lemma_ in SPEECH_LEMMAS or doc[atom.start - 1].lower_ in ROLE_WORDS):
        return True  # "said Jamal Khashoggi", "journalist Jamal Khashoggi"
    if _role_before(state, atom.start) is not None:
        return True  # "the Italian foreign minister, Luigi Di Maio"
    if _party_after(state, atom) is not None:
        return True  # "Ruth Calder of the Scottish National Party"
    if _described(state, atom):
        return True  # "fashion designer Tim Gunn", "Another eyewitness, Jo Roe,", "Jo Roe, 20,"
    if _us_state_named_after(state, atom) is not None and _us_state_after(state, atom.start, atom):
        return True  # "Senators Jo Roe of Utah, Al Poe of Iowa …"
    if _listing_office(state, atom) is not None or _respective_state(state, atom) is not None:
        return True  # "Two Labour MPs, Jo Roe and Al Poe,", "Club members Jo Roe and Al Poe"
    if _listed_with_people(state, atom):
        return True  # "toured with Jo Roe, Al Poe and Ann Lee": names coordinated with names
    root = doc[atom.start : atom.end].root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in PERSON_OF_NOUNS:
        return True  # "the shooting of Jo Roe", "two brothers of Jo Roe" (plurals by lemma)
    # The surname reused alone later, as NER's person ("… Khashoggi was murdered").
    surname = head.text
    return any(start >= atom.end and text == surname for start, text in state.lone_persons)


def _person_in_clause(state: DocState, atom: Atom) -> bool:
    """An untitled full name the sentence gives a part only someone plays, where
    :func:`_person_evidence` found nothing: the object of a verb or of a preposition of
    agency ("replaced Jo Roe", "moderated by Jo Roe"), or its surname written alone later
    ("leaving Roe unimpressed")."""
    return _argument_of_someone(state, atom) or _written_alone_later(state, atom)


def _state_business(state: DocState, atom: Atom) -> bool:
    """Whether the name, the agent or partner of a preposition ("drafted by X", "ran
    against X"), stands in a sentence about a state's business (a parliament, a
    government, an election, an office of state): an untitled name there is as often a
    politician as anyone, and takes the state the text is about."""
    root = state.doc[atom.start : atom.end].root
    if root.dep_ != "pobj":
        return False  # the object of a verb is as often what befalls someone ("described X")
    sentence = token_sentence(state.doc[atom.start])
    return any(
        tok.lower_ in STATE_BUSINESS_WORDS or tok.is_lower and tok.lower_ in STATE_ROLES  # (not "Michel Mayor")
        or tok.i in state.atom_at and state.atom_at[tok.i].kind in (T.BODY, T.SEAT)  # "the State Department"
        for tok in sentence
    )


def _elected(state: DocState, atom: Atom) -> bool:
    """"Jo Roe was elected with 5,000 votes", "Jo Roe and Al Poe were re-elected": a name before
    the main verb of its sentence when that verb, or a complement the parser hangs on it ("were"
    or "got" + "re-elected"), or a passive verb joined to it ("won and was elected"), is one of
    winning an office by vote is an elected politician's. The verb must be passive: the active
    "Jo Roe elected to retire" is choosing. Not a verb with an agent ("elected by the club
    members": a club's choice), except voters or a measure of the win ("by voters in Kowloon",
    "by a wide margin")."""
    doc = state.doc
    root = token_sentence(doc[atom.start]).root
    if atom.end > root.i:
        return False
    passive = any(c.dep_ == "auxpass" for c in root.children)
    verbs = [root] if passive else []
    verbs += [c for c in root.children
              if c.dep_ == "conj" and (passive or any(a.dep_ == "auxpass" for a in c.children))
              or c.dep_ in ("acomp", "xcomp") and root.lemma_ in ("be", "get")]
    return any(v.lemma_.lower() in ELECTED_LEMMAS and v.i > atom.start and _elected_by_vote(v) for v in verbs)


def _elected_by_vote(verb) -> bool:
    """No agent but voters or a measure of the win (:data:`ELECTED_BY_VOTERS`)."""
    return not any(
        c.dep_ == "agent" and not any(o.lemma_.lower() in ELECTED_BY_VOTERS for o in c.children if o.dep_ == "pobj")
        for c in verb.children
    )


def _plain_name(state: DocState, atom: Atom) -> bool:
    """Two or more capitalised words (particles aside), none a word of a place, a body or
    a product, and not an interview's turn label ("((Jo Roe))"), which names who speaks."""
    doc = state.doc
    words_ = [t for t in doc[atom.start : atom.end] if t.is_alpha]
    if len(words_) < 2 or any(not (t.is_title or t.lower_ in NAME_PARTICLES) for t in words_):
        return False
    if any(t.text in NOT_NAME_WORDS for t in words_):
        return False
    return not turn_label_span(doc, atom.start, atom.end)


def _argument_of_someone(state: DocState, atom: Atom) -> bool:
    """A full name the clause gives a person's part: the object of a verb ("granted Jo
    Roe a pardon", "a woman named Jo Roe") or of a preposition of agency or company
    (:data:`PERSON_PREPS`). Objects of place prepositions stay out ("in Saint Louis")."""
    if not _plain_name(state, atom):
        return False
    root = state.doc[atom.start : atom.end].root
    if atom.start > 0 and state.doc[atom.start - 1].text in DOUBLE_MARKS:
        return False  # 'people named "Jo Roe"', a title: a name as a word
    if root.dep_ in ("dobj", "dative", "oprd") and root.head.pos_ == "VERB" \
            and root.head.lemma_ not in NAMING_LEMMAS and root.head.lemma_ not in PLACE_OBJECT_LEMMAS:
        return True  # (not "entered Tell Roe": a place)
    return root.dep_ == "pobj" and root.head.lower_ in PERSON_PREPS


def _written_alone_later(state: DocState, atom: Atom) -> bool:
    """The name's last word later standing alone as a proper noun, whatever NER made of
    it: no capitalised word beside it, so it is the surname, not part of another name."""
    if not _plain_name(state, atom):
        return False
    doc, surname = state.doc, state.doc[atom.end - 1].text
    if state.introduced_before(fold(surname), atom.start) is not None:
        return False  # "Cummings" alone later is the Cummings met first, not his wife
    if surname in state.place_words:
        return False  # a place somewhere in the text: "Greater Melbourne" is no one's name
    for i in state.proper_nouns.get(surname, ()):
        tok = doc[i]
        if i < atom.end or tok.ent_type_ not in ("PERSON", "ORG", ""):
            continue
        if tok.dep_ not in SOMEONE_DEPS or i in state.atom_at:
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        if (before is None or not before.is_title or before.is_sent_start and before.is_stop) and (
            after is None or not after.is_title
        ):
            return True
    return False


def _listed_with_people(state: DocState, atom: Atom) -> bool:
    """Is the name a conjunct of another full name NER also calls a person? One such
    name in a list might be a ship or a product; two coordinated ones are people."""
    doc = state.doc
    head = doc[atom.end - 1]
    partners = [head.head] if head.dep_ == "conj" else []
    partners += [c for c in head.children if c.dep_ == "conj"]
    for partner in partners:
        other = state.atom_at.get(partner.i)
        if other is None or other is atom or other.kind != T.PERSON or other.method != "ner" \
                or other.end - other.start < 2 or partner.i != other.end - 1:
            continue
        first, second = sorted((atom, other), key=lambda a: a.start)
        # "Jo Roe, Al Poe, and Ann Lee": the parse ties every conjunct to the first, so the
        # names listed between them may stand between the two.
        between = [t for t in doc[first.end : second.start] if state.atom_at.get(t.i) is None
                   or state.atom_at[t.i].kind != T.PERSON]
        if len(between) > 3 or any(t.text not in LIST_JOINERS for t in between):
            continue  # "X of the School of Marine and Y Science": not a list of the two
        lead = doc[first.start : first.end].root.head
        if lead.lower_ in LOCATION_PREPS or lead.lemma_ in PLACE_OBJECT_LEMMAS:
            continue  # "in X and Y", "entered X and Y": places
        return True
    return False


def _described(state: DocState, atom: Atom) -> bool:
    """A name the text describes as a person: after a common noun for what someone does
    ("drummer Jo Roe", "model Jo Roe", "nominee Jo Roe", set off or not: "Another
    eyewitness, Jo Roe,"), identified or named as one ("identified as Jo Roe"), given an
    age (", 20,") or listed with other people ("starring Jo Roe, Ann Poe and …"). Not a
    film, a ship or a storm ("the film Jo Roe"), nor words that are not all capitalised."""
    doc = state.doc
    words_ = [t for t in doc[atom.start : atom.end] if t.is_alpha]
    if not words_ or any(not (t.is_title or t.lower_ in NAME_PARTICLES) for t in words_):
        return False
    k = atom.start - 1
    if k >= 1 and doc[k].text == "," and doc[k - 1].is_lower:
        k -= 1  # "Another eyewitness, Jo Roe"
    before = doc[k] if k >= 0 else None
    if (
        before is not None and before.is_alpha
        and (before.is_lower or before.is_title and before.lower_ in OCCUPATIONS and before.i == atom.start - 1)
        # "mathematician Jo Roe": the tagger may call the occupation an adjective, and
        # "coach Jo Roe" a verb; "visual artists Jo Roe and Al Poe" holds a plural
        and (
            before.tag_ in ("NN", "NNP") or before.dep_ in ("compound", "amod") and atom.start <= before.head.i < atom.end
            or before.lemma_ in OCCUPATIONS or before.lemma_ in ROLE_WORDS
        )
        and before.lower_ not in NOT_PERSON_NOUNS and before.i not in state.atom_at
    ):
        return True
    if atom.start >= 2 and doc[atom.start - 1].lower_ == "as" and doc[atom.start - 2].lemma_ in ("identify", "name"):
        return True
    if atom.end + 2 < len(doc) and doc[atom.end].text == "," and doc[atom.end + 1].like_num and doc[atom.end + 2].text in (",", "."):
        return True  # "Jo Roe, 20, was placed under surveillance"
    head = doc[atom.end - 1]
    partners = [head.head] if head.dep_ == "conj" else []
    partners += [c for c in head.children if c.dep_ == "conj"]
    return any(p.ent_type_ == "PERSON" and p.i not in state.atom_at for p in partners)


def _apposition(state: DocState, end: int, roles: frozenset[str] = ROLE_WORDS) -> str | None:
    """Country named in ", Beijing's ambassador to Colombia," right after ``end``."""
    doc = state.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    country, role = None, False
    for j in range(end + 1, min(end + 16, len(doc))):
        tok = doc[j]
        if tok.text == "," and country is None and _place_then_state(state, j):
            continue  # ", the Deputy Chief Minister of the state of Goa, India,"
        if tok.text in (",", ".", ";", "\n\n", "“", "”") or _verb_ends_apposition(tok):
            break
        if tok.lower_ in roles:
            role = True
        atom = state.atom_at.get(j)
        if country is None and atom is not None and atom.kind in STATE_KINDS + (T.ORGANISATION, T.BODY) and atom.country:
            country = atom.country
        if country is None and tok.text in state.table.us_states and atom is None:
            country = "USA"
    return country if role else None


def _verb_ends_apposition(tok) -> bool:
    """A verb closes an apposition after a name unless it only modifies the office: ", the
    acting Prime Minister of Iraq,", ", the long-serving Sultan of Oman," stay one."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return not (tok.dep_ == "amod" or tok.i > 0 and tok.doc[tok.i - 1].text == "-")


def _listed_after_offices(state: DocState, atom: Atom) -> str | None:
    """A name listed after a plural office ("Two Democratic Representatives, X and Y",
    "Republican members of the House X and Y"): "" for an official of the text's state,
    or the state a party label or state word before the office names; None if the name
    is not so listed, or listed after another body's ("Club members X and Y")."""
    doc = state.doc
    tok = _listing_office(state, atom)
    if tok is None:
        return None
    for left in doc[max(tok.left_edge.i, tok.i - 4) : tok.i]:
        party = PARTY_LABELS.get(left.text)
        entry = state.table.entries.get(party) if party else None
        if entry is not None and entry.country:
            return entry.country
        found = state.atom_at.get(left.i)
        if found is not None and found.kind in STATE_KINDS and found.country:
            return found.country
    if any(c.dep_ == "compound" for c in tok.lefts):
        return None  # "Club members X and Y", "union members": another body's, no state's
    return ""


def _listing_office(state: DocState, atom: Atom):
    """The plural office a name is listed after ("Two Labour MPs, X and Y", "Club members
    X and Y"), if any."""
    tok = state.doc[atom.end - 1]
    while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i and tok.head.ent_type_ in ("PERSON", "ORG", ""):
        tok = tok.head
        if tok.lower_ in PLURAL_OFFICES and tok.tag_ in ("NNS", "NNPS"):
            break
    if tok.lower_ not in PLURAL_OFFICES or tok.tag_ not in ("NNS", "NNPS") or tok.i >= atom.start:
        return None
    return tok


def _state_body_in_apposition(state: DocState, end: int) -> bool:
    """", a member of Parliament," right after a name: a role in a state's own body named
    without its state (the text's state)."""
    doc = state.doc
    if end >= len(doc) or doc[end].text != ",":
        return False
    role = False
    for j in range(end + 1, min(end + 10, len(doc))):
        tok = doc[j]
        if tok.text in (",", ".", ";", "\n\n", "“", "”") or _verb_ends_apposition(tok):
            return False
        role = role or tok.lower_ in PREDICATE_OFFICES
        atom = state.atom_at.get(j)
        if role and atom is not None and atom.kind == T.BODY and doc[atom.start].is_title:
            return True
    return False


def _place_then_state(state: DocState, comma: int) -> bool:
    """"Goa, India": a state right after the comma that closes a place's name."""
    atom = state.atom_at.get(comma + 1)
    return (
        atom is not None and atom.start == comma + 1 and atom.kind == T.NAME and atom.country is not None
        and state.doc[comma - 1].is_title and (atom.end >= len(state.doc) or state.doc[atom.end].is_punct)
    )


def _office_in_predicate(state: DocState, atom: Atom) -> str | None:
    """The state of an office the sentence says the person holds or held: "X, who served
    as President of Ruritania", "X was sworn in as Ruritania's governor", "X has been
    re-elected as leader of the <a state's party>", "X was the President of Ruritania
    from 1981"; the office ("president", "governor", "leader" …) and the state, a U.S.
    state or a state's party or body named in the phrase after "as" or "was"."""
    doc = state.doc
    head = doc[atom.end - 1]
    verbs = [c for c in head.children if c.dep_ == "relcl"]
    # "X, a career lawyer who served as President of Ruritania": the apposition's clause
    verbs += [c for a in head.children if a.dep_ == "appos" for c in a.children if c.dep_ == "relcl"]
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    # "… and was sworn in as …", "was re-elected as …" (parsed "re" + advcl "elected")
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ in ("VERB", "AUX")]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                phrase = [t for c in child.children if c.dep_ == "pobj" for t in c.subtree]
            elif child.dep_ == "attr" and verb.lemma_ == "be":
                phrase = list(child.subtree)
            else:
                continue
            iso3 = _state_of_office(state, phrase)
            if iso3:
                return iso3
    return None


def _state_of_office(state: DocState, phrase) -> str | None:
    """The state of the office a phrase names ("President of Ruritania", "Ruritania's
    new governor", "governor of Ohio", "leader of the <party of a state>", "member of
    parliament in Ruritania"); not the state an ambassador is sent to ("ambassador to
    Ruritania")."""
    doc = state.doc
    if not any(t.lower_ in PREDICATE_OFFICES for t in phrase):
        return None
    for tok in phrase:
        atom = state.atom_at.get(tok.i)
        if atom is not None and atom.start == tok.i and atom.country:
            k = atom.start - 1 - (atom.start > 1 and doc[atom.start - 1].lower_ == "the")
            legislature = k >= 1 and doc[k].lower_ == "in" and doc[k - 1].lower_ in STATE_BUSINESS_WORDS
            if k >= 0 and doc[k].lower_ in ("to", "in", "from", "at") and not legislature:
                continue  # "delegate to the U.S. House", "ambassador to Ruritania"; not "member of parliament in Ruritania"
            if _unit_of_state_after(state, atom):
                continue  # "governor of the Ruritanian commonwealth of X": X's office
            if atom.kind == T.ORGANISATION and _is_party(atom.actor):
                return atom.country
            if atom.kind in STATE_KINDS and _names_the_office_s_state(doc[atom.end - 1]):
                return atom.country
        if atom is None and tok.text in state.table.us_states:
            return "USA"
    party = next((d for d in state.drafts if d.actor_type == "organisation" and _is_party(d.actor)
                  and d.country and any(d.start <= t.i < d.end for t in phrase)), None)
    return party.country if party is not None else None


def _unit_of_state_after(state: DocState, atom: Atom) -> bool:
    """"United States commonwealth of Puerto Rico", "Danish territory of Greenland": the
    state is followed by a lower-case unit of it "of" another state the table knows."""
    doc, i = state.doc, atom.end
    if i + 2 >= len(doc) or not (doc[i].is_lower and doc[i].pos_ == "NOUN" and doc[i + 1].lower_ == "of"):
        return False
    other = state.atom_at.get(i + 2 + (doc[i + 2].lower_ == "the"))
    return other is not None and other.kind in STATE_KINDS and bool(other.country) and other.country != atom.country


def _names_the_office_s_state(word) -> bool:
    """"President of Ruritania", "Ruritania's governor", "a member of the Ruritanian
    parliament", "head of the Ruritanian delegation", "leader of the Ruritanian Labour
    Party": the state word is the office's, its state body's, delegation's or party's; not
    that of a body it only qualifies ("the head of a Ruritanian bank", "a Ruritanian
    club")."""
    if word.dep_ == "pobj":
        return True
    head = word.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return (
        head.lower_ in PREDICATE_OFFICES or head.lemma_.lower() in STATE_BODY_HEADS | LED_GROUPS or _is_party(head.text)
    )


def _role_before(state: DocState, start: int) -> range | None:
    """The words of a role set off before a name ("the Italian foreign minister, X")."""
    doc = state.doc
    if start < 2 or doc[start - 1].text != ",":
        return None
    sent_start = token_sentence(doc[start]).start
    k = start - 2
    while k >= sent_start and doc[k].text not in (",", ";", "(", "“", "”", "\n\n") and start - k <= 12:
        k -= 1
    window = range(k + 1, start - 1)
    # "One of Ruritania's vice presidents, X": one of several holders of the role (not
    # "its French and Greek counterparts, X, Y and Z", a list)
    one_of = doc[k + 1].lower_ == "one" and doc[k + 2].lower_ == "of"
    roles = ROLE_WORDS | {w + "s" for w in ROLE_WORDS} if one_of else ROLE_WORDS
    return window if any(doc[i].lower_ in roles for i in window) else None


def _short_role_before(state: DocState, start: int) -> str | None:
    """"One senator, X", "his successor, X": a bare office or succession of two or three
    words set off before the name. "office" for an official of the text's state,
    "successor" for one who follows someone the text named."""
    doc = state.doc
    if start < 3 or doc[start - 1].text != ",":
        return None
    if _local_office_set_off(state, start - 2):
        return "office"
    k = start - 2
    while k > 0 and start - k <= 4 and doc[k - 1].is_alpha and not doc[k].is_sent_start:
        k -= 1
    words = doc[k : start - 1]
    opened = doc[k].is_sent_start or doc[k - 1].text in (",", ";", "\n\n")
    if not (opened and 2 <= len(words) <= 3) or words[0].pos_ not in ("DET", "NUM", "PRON"):
        return None
    if any(i in state.atom_at for i in range(k, start - 1)):
        return None
    if words[-1].lower_ in SUCCESSION_WORDS:
        return "successor"
    return "office" if words[-1].lower_ in STATE_ROLES and words[-1].is_lower else None


def _local_office_set_off(state: DocState, end: int) -> bool:
    """"according to the Duluth mayor, X", "the town's police chief, X": a local office
    ending at token ``end`` after its article, the place between them unknown to the table."""
    doc = state.doc
    k = _local_office(doc, end) if doc[end].is_lower else None
    if k is None:
        return False
    for d in range(k - 1, max(k - 6, -1), -1):
        if doc[d].lower_ in ("the", "a"):
            return not any(i in state.atom_at for i in range(d, end + 1))
        if not (doc[d].is_alpha or doc[d].text in ("’s", "'s")):
            return False
    return False


def _respective_state(state: DocState, atom: Atom) -> str | None:
    """"his Greek, Cypriot and French counterparts, A, B and C": as many names listed
    after a plural role as states before it, each name the state in its place."""
    doc = state.doc
    names = [a for a in state.atoms if a.kind == T.PERSON]
    by_start = {a.start: a for a in names}
    # back over "A, B and" to the comma after the role
    first, i = atom, atom.start
    while i >= 2 and doc[i - 1].text in (",", "and"):
        j = i - 1 - (doc[i - 1].text == "and" and doc[i - 2].text == ",")
        prev = next((a for a in names if a.end == j), None)
        if prev is None:
            break
        first, i = prev, prev.start
    if i < 3 or doc[i - 1].text != "," or doc[i - 2].lower_ not in ROLE_WORDS | {w + "s" for w in ROLE_WORDS} \
            or not doc[i - 2].lower_.endswith("s"):
        return None
    states, k = [], i - 3
    while k >= 0 and i - 2 - k <= 8 and (doc[k].text in (",", "and") or k in state.atom_at):
        a = state.atom_at.get(k)
        if a is not None and a.start == k and a.kind in (T.NAME, T.DEMONYM) and a.country:
            states.insert(0, a.country)
        k -= 1
    listed, end = [first], first.end
    while end + 1 < len(doc) and doc[end].text in (",", "and"):
        nxt = by_start.get(end + 1 + (doc[end].text == "," and doc[end + 1].text == "and"))
        if nxt is None:
            break
        listed.append(nxt)
        end = nxt.end
    if len(states) < 2 or len(states) != len(listed) or atom not in listed:
        return None
    return states[listed.index(atom)]


def _followed_in_sentence(state: DocState, start: int) -> str | None:
    """The state of the person named last before ``start`` in its sentence or the one
    before ("before Roe's funeral, his successor, X"), as the article introduced them."""
    doc = state.doc
    sent = token_sentence(doc[start]).start
    lo = token_sentence(doc[sent - 1]).start if sent > 0 else 0
    before = [a for a in state.atoms if a.kind == T.PERSON and lo <= a.start and a.end < start]
    for atom in sorted(before, key=lambda a: -a.start):
        if atom.country:
            return atom.country
        known = state.introduced_before(fold(doc[atom.start : atom.end].text), atom.start + 1)
        if known is not None and known[1]:
            return known[1]
    return None


def _apposition_before(state: DocState, start: int) -> tuple[str | None, int]:
    """Country from "Beijing’s ambassador to Colombia, Zhu Jingyang"; for "the
    country’s dictator, Nicolás Maduro" the token where "the country" must be looked
    up (resolved once every state mention is known)."""
    doc = state.doc
    window = _role_before(state, start)
    if window is None:
        return None, -1
    # The state nearest the name ("the U.S. strike that killed Ruritanian general, X"),
    # not one the role is sent to or is in ("ambassador to Colombia"), nor one it deals
    # with after a state that it serves ("the US envoy for Ruritania, X"; but "a
    # negotiator for Ruritania, X" serves Ruritania).
    dealt_with = None
    for i in reversed(window):
        atom = state.atom_at.get(i)
        if atom is not None and atom.start == i and atom.country and (
            atom.kind in STATE_KINDS or atom.kind == T.REGION and doc[atom.end].text in ("’s", "'s")
        ):  # "England's transport secretary, X": a region's possessive says the state
            k = i - 1 - (i > 1 and doc[i - 1].lower_ == "the")
            if k >= 0 and doc[k].lower_ in ("to", "in", "from", "at"):
                continue
            if k >= 0 and doc[k].lower_ in PORTFOLIO_PREPS and dealt_with is None:
                dealt_with = atom.country
                continue
            return atom.country, -1
    if dealt_with is not None:
        return dealt_with, -1
    for i in window:
        if doc[i].lower_ == "country" and i + 1 < len(doc) and doc[i + 1].text in ("’s", "'s"):
            return None, i
    return None, -1


def _of_state_after(state: DocState, atom: Atom) -> Atom | None:
    """The state right after a titled name: "Crown Prince X of Saudi Arabia"."""
    doc = state.doc
    if atom.end + 1 >= len(doc) or doc[atom.end].lower_ != "of":
        return None
    i = atom.end + 1 + (doc[atom.end + 1].lower_ == "the")
    place = state.atom_at.get(i)
    if place is None or place.start != i or place.used or place.kind != T.NAME or not place.country:
        return None
    if doc[place.start : place.end].text in state.table.us_states:
        return None
    return place


def _office_in_apposition(state: DocState, end: int) -> bool:
    """", the Defence Secretary," right after a name: a capitalised office of state."""
    doc = state.doc
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    i = end + 1
    if doc[i].lower_ in ("then", "now", "currently") and i + 1 < len(doc):
        i += 1  # ", then the Prime Minister."
    if doc[i].lower_ != "the":
        return False
    i += 1
    while i < len(doc) and i - end < 5 and doc[i].is_lower and doc[i].lower_ in OFFICE_MODIFIERS:
        i += 1  # ", the caretaker Prime Minister,"
    first, offices = i, 0
    while i < len(doc) and i - first < 4 and doc[i].is_title and i not in state.atom_at:
        offices += doc[i].text in STATE_OFFICES
        i += 1
        if offices and i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].is_title and i + 1 not in state.atom_at:
            i += 1  # ", the Secretary of Health;": the office's portfolio; "of <a state>" is not bare
    # ", the Information Minister paid tribute": news drops the closing comma before the verb
    closed = i < len(doc) and (doc[i].text in (",", ".", ";") or doc[i].pos_ in ("VERB", "AUX"))
    return bool(offices) and closed and first < i


def _local_office_in_apposition(state: DocState, end: int) -> bool:
    """", the mayor of Duluth,", ", an Ottawa Liberal MP," right after a name: a local
    office, so an official of the text's state; not one of a body that serves none
    (", a prosecutor at the International Criminal Court,")."""
    doc = state.doc
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    found = False
    for j in range(end + 1, min(end + 12, len(doc))):
        tok = doc[j]
        if tok.text in (",", ".", ";", "\n\n", "“", "”", "(") or _verb_ends_apposition(tok):
            break
        atom = state.atom_at.get(j)
        if atom is not None and atom.kind in (T.PERSON, T.ORGANISATION, T.BODY) and not atom.country:
            return False
        if not found and tok.lower_ in ("'s", "’s") and doc[j - 1].lower_ in OFFICE_POSSESSORS:
            continue  # ", the city's home minister,": the office of a level of the state
        if not found and tok.lower_ in ("of", "'s", "’s", "former"):
            return False  # ", the wife of the mayor", ", a former prosecutor,": not the office's holder now
        found = found or j - end <= 7 and not tok.is_title and (
            _local_office(doc, j) is not None or tok.lower_ in APPOSITION_OFFICES
        )  # ("MP", "mayor", "minister")
    return found


def _lower_case_office(state: DocState, start: int) -> tuple[int, Atom | None] | None:
    """"Greek prime minister Kyriakos Mitsotakis", "Niger's president X", "Egyptian
    foreign minister X": an office of state written in lower case between the state
    (a demonym, or a state's possessive) and the name; one mention of the state's
    official. The word next to the name must be an office ("minister", "president")."""
    doc = state.doc
    local = _local_office_before(state, start)
    if local is not None:
        return local, None
    k = start - 1
    if k < 1 or doc[k].lower_ not in STATE_ROLES | BARE_OFFICES or not doc[k].is_lower:
        return None
    while (
        k - 1 >= 0 and start - k < 4 and (doc[k - 1].is_lower or doc[k - 1].is_sent_start)
        and doc[k - 1].lower_ in OFFICE_MODIFIERS
    ):
        k -= 1  # "foreign minister X", and "Prime minister X" opening a sentence
    j = k - 1
    if j >= 1 and doc[j].text in ("’s", "'s"):
        j -= 1
    atom = state.atom_at.get(j)
    first = _us_state_ending(state, j) if (atom is None or atom.kind == T.NOT_ACTOR) and j == k - 1 else None
    if first is not None:
        # "former New Mexico governor X": an official of the United States (the U.S.
        # state says where, as in "Georgia Governor X").
        where = Atom(first, j + 1, T.REGION, "", "country", "USA", "table")
        return (first - 1 if first >= 1 and doc[first - 1].lower_ == "former" else first), where
    holder = state.table.people.get(atom.actor) if atom is not None and atom.kind == T.PERSON else None
    if holder is not None and holder.country and j + 1 < k and doc[j + 1].text in ("’s", "'s"):
        # "Obama's national security advisor X": the office holder's state; the holder
        # stays a mention of their own.
        return k, Atom(k, k, T.REGION, "", "country", holder.country, "table")
    if atom is None and j == k - 1 and j >= 0 and doc[j].text in PARTY_LABELS and doc[k].lower_ in STATE_ROLES | BARE_OFFICES:
        # "the city's Democratic mayor X", "Conservative minister X": a party's office
        # holder, an official of the text's state; the label is a mention of its own.
        return k, None
    if atom is None and j == k - 1 and doc[start - 1].lower_ in BARE_OFFICES:
        # "former prime minister X", "national security advisor X": no state word, so an
        # official of the text's state; not "company president X" (another body's).
        if j < 0 or doc[j].lower_ in ("former", "then", "the", "outgoing", "incumbent") or doc[j].pos_ in ("PUNCT", "ADP", "VERB", "AUX", "CCONJ"):
            return (j if j >= 0 and doc[j].lower_ == "former" else k), None
        return None
    if atom is None or atom.end != j + 1 or atom.used or atom.kind not in (T.NAME, T.DEMONYM, T.REGION) or not atom.country:
        return None
    if atom.kind == T.DEMONYM and j != k - 1 or atom.kind == T.REGION and j == k - 1:
        return None  # a region says whose office only as a possessive ("Scotland's health secretary X")
    return atom.start, atom


def _aide_before(state: DocState, start: int) -> tuple[int, Atom] | None:
    """"Trump adviser X", "a former Obama aide, X", "Trump adviser and retired general X":
    staff named by the leader they serve, no possessive between; where the mention opens
    (a "former" before the leader included) and the leader's state. The leader's atom is
    used up: inside the phrase it is no mention of its own."""
    doc = state.doc
    k = start - 1
    if k >= 1 and doc[k].text == ",":
        k -= 1
    else:
        # "adviser and retired general X": a second descriptor of the same person
        for back in range(k, max(k - 4, 0), -1):
            if doc[back].lower_ == "and" and back < k:  # not "an aide and Jo Roe": two people
                k = back - 1
                break
            if not doc[back].is_alpha or back in state.atom_at:
                break
    if k < 1 or doc[k].lower_ not in AIDE_OFFICES or not doc[k].is_lower:
        return None
    leader = state.atom_at.get(k - 1)
    holder = state.table.people.get(leader.actor) if leader is not None and leader.kind == T.PERSON else None
    if holder is None or not holder.country or leader.end != k or leader.used:
        return None
    first = leader.start
    if first >= 1 and doc[first - 1].lower_ == "former":
        first -= 1
    leader.used = True
    return first, Atom(k, k, T.REGION, "", "country", holder.country, "table")


def _local_office(doc, k: int) -> int | None:
    """Where a local office ending at token ``k`` starts ("mayor", "police chief"), else None."""
    if doc[k].lower_ in LOCAL_OFFICES:
        return k
    if doc[k].lower_ in ("chief", "commissioner") and k >= 1 and doc[k - 1].lower_ in LOCAL_OFFICE_SERVICES:
        return k - 1
    return None


def _local_office_before(state: DocState, start: int) -> int | None:
    """"El Paso's police chief X", "Regional governor X", "the Duluth mayor X": a local
    office between its place and the name; where the mention opens, else None. The place
    is a level word or a name the table does not know (a city): "Ruritania's governor X"
    is left to the rules that give the named state."""
    doc = state.doc
    k = _local_office(doc, start - 1) if start >= 2 else None
    if k is None or k < 1 or not all(doc[i].is_lower for i in range(k, start)):
        return None
    if any(i in state.atom_at for i in range(k - 1, start)):
        return None
    j = k - 1
    if doc[j].lower_ in LOCAL_LEVELS:  # "Regional governor X", "the Tomsk city mayor X"
        if j >= 1 and (doc[j - 1].text in PARTY_LABELS or j - 1 in state.atom_at):
            return None  # "Democratic state senator X": the party's rule
        if j == 0 or not (doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_title and j - 1 not in state.atom_at):
            return j
        j -= 1
    elif doc[j].text in ("’s", "'s"):
        j -= 1
    first = j
    while (
        first >= 0 and j - first < 3 and doc[first].pos_ == "PROPN" and doc[first].is_title
        and doc[first].ent_type_ != "PERSON" and first not in state.atom_at
    ):
        first -= 1
    if first == j or (first >= 0 and doc[first].pos_ == "PROPN" and doc[first].is_title):
        return None
    if _us_state_ending(state, j) is not None:
        return None  # "former Ohio governor X": the U.S. state's rule
    return first + 1


def _us_state_ending(state: DocState, j: int) -> int | None:
    """Where a U.S. state's name ending at token ``j`` starts ("New Mexico", "Ohio")."""
    doc = state.doc
    for first in (j - 1, j):
        blocker = state.atom_at.get(first)
        if first >= 0 and doc[first : j + 1].text in state.table.us_states and (blocker is None or blocker.kind == T.NOT_ACTOR):
            return first
    return None


def _state_leading(state: DocState, start: int) -> str | None:
    """"Armenia's delegation, led by X", "a Kenyan team headed by X": the state whose
    delegation, team or mission the person leads (named just before "led by")."""
    doc = state.doc
    if start < 3 or doc[start - 1].lower_ != "by" or doc[start - 2].lower_ not in ("led", "headed"):
        return None
    k = start - 3
    if doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].lower_ not in LED_GROUPS:
        return None
    sent_start = token_sentence(doc[start]).start
    for i in range(k - 1, max(sent_start, k - 5) - 1, -1):
        atom = state.atom_at.get(i)
        if atom is not None and atom.kind in STATE_KINDS and atom.country:
            return atom.country
        if doc[i].text in (",", ";", "(") or doc[i].pos_ == "VERB":
            break
    return None


def _international(atom: Atom | None) -> bool:
    return atom is not None and atom.kind == T.ORGANISATION and atom.country is None and bool(atom.actor)


def _body_served(state: DocState, start: int, atom: Atom, parts: list[Atom]) -> tuple[Atom | None, int]:
    """The international body a person is an official of, and where the mention starts:
    a title phrase naming it ("EU Trade Commissioner …", "OPEC Secretary General …"), a
    lower-case office after it ("AU trade and industry commissioner …", "WHO
    director-general …"), the body after the name ("X of the World Bank") or an
    apposition (", a UN rapporteur for …")."""
    doc = state.doc
    body = next((p for p in parts if _international(p)), None)
    if body is not None:
        return body, start
    before = _body_before_lower_office(state, start)
    if _international(before):
        parts.append(before)
        return before, before.start
    window = _role_before(state, start) if start == atom.start else None
    if window is not None:
        i = window.start + (doc[window.start].lower_ in ("a", "an", "the"))
        before = state.atom_at.get(i)
        if _international(before) and before.start == i and not before.used:
            return before, start  # "the EU's trade commissioner, X": the body stays its own mention
    if atom.end + 1 < len(doc) and doc[atom.end].lower_ == "of" and doc[atom.end].head.i in range(atom.start, atom.end):
        j = atom.end + 1 + (doc[atom.end + 1].lower_ == "the")
        after = state.atom_at.get(j)
        # Not "reminded X of the WHO guidance" or "of the UN's role": there the body names
        # a thing the verb's "of" is about, not whom X serves.
        if (
            _international(after) and after.start == j and not after.used
            and not (after.end < len(doc) and (
                doc[after.end].text in ("’s", "'s") or doc[after.end - 1].dep_ in ("compound", "poss")
                or doc[after.end].pos_ == "NOUN" and doc[after.end].is_lower
            ))
        ):
            parts.append(after)
            return after, start  # "X of the WHO": one mention of the body (hb/hi gold)
    if atom.end + 3 < len(doc) and doc[atom.end].text == ",":
        j = atom.end + 1 + (doc[atom.end + 1].lower_ in ("a", "an", "the"))
        after = state.atom_at.get(j)
        if _international(after) and after.start == j:
            k = after.end + (after.end < len(doc) and doc[after.end].text in ("’s", "'s"))
            # ", a UN rapporteur", ", the EU's trade commissioner"
            if any(t.lower_ in BODY_OFFICIAL_ROLES for t in doc[k : k + 3] if t.is_lower):
                return after, start
    return None, start


def _body_before_lower_office(state: DocState, start: int) -> Atom | None:
    """The organisation right before a lower-case office that ends at the name ("AU trade
    and industry commissioner …", "CIA deputy director …"), not yet used."""
    doc = state.doc
    k, role = start - 1, False
    while k >= 0 and start - k <= 6 and k not in state.atom_at and (
        doc[k].is_lower or doc[k].text == "-"
    ) and (doc[k].is_alpha or doc[k].text == "-"):
        role = role or doc[k].lower_ in BODY_OFFICIAL_ROLES
        k -= 1
    before = state.atom_ending.get(k + 1)
    if role and k + 1 < start and before is not None and before.kind == T.ORGANISATION and not before.used:
        return before
    return None


def _state_body_before(state: DocState, start: int) -> Atom | None:
    """"former CIA deputy director X", "NASA administrator X": a lower-case office in a
    body of state makes the person the state's official, one mention with the body (as
    "CIA Director X" is; hd gold)."""
    before = _body_before_lower_office(state, start)
    if before is not None and before.country and before.actor in state.table.state_actors:
        return before
    return None


def _office_of_body_after(state: DocState, end: int) -> tuple[int, Atom] | None:
    """", the Speaker of the House of Representatives," right after a name: where the
    office starts and the state body it is held in (an office of state, capitalised)."""
    doc = state.doc
    if end + 4 >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if doc[i].lower_ in ("the", "a"):
        i += 1
    o_start, offices = i, 0
    while i < len(doc) and i - o_start < 4 and doc[i].is_title and i not in state.atom_at:
        offices += doc[i].text in STATE_OFFICES
        i += 1
    if not offices or i == o_start or i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1
    if doc[i].lower_ == "the":
        i += 1
    body = state.atom_at.get(i)
    if body is None or body.kind != T.BODY or body.used or body.start != i or not doc[body.start].is_title:
        return None
    if body.end < len(doc) and doc[body.end].text not in (",", ".", ";", "\n\n"):
        return None
    return o_start, body


def _us_state_after(state: DocState, start: int, atom: Atom) -> bool:
    """"Sen. X of Georgia", "Republican committee member X of Georgia": a U.S. state
    after a U.S. politician's name is the constituency, no mention of a country (the
    atom is consumed)."""
    doc = state.doc
    where = _us_state_named_after(state, atom)
    if where is None:
        return False
    # "Senators X of Florida, Y of Utah and Z of Georgia": the titles before the list count
    before = {doc[i].text for i in range(min(max(0, start - 5), token_sentence(doc[atom.start]).start), atom.start)}
    if not before & (US_PARTY_WORDS | US_STATE_TITLES):
        return False
    place = state.atom_at.get(where)
    if place is not None and not place.used:
        place.used = True
    state.hint(doc[where].idx, "USA")
    return True


def _us_state_named_after(state: DocState, atom: Atom) -> int | None:
    """Where "of <U.S. state>" right after a name names the state ("X of Utah")."""
    doc, i = state.doc, atom.end + 1
    if i >= len(doc) or doc[atom.end].lower_ != "of":
        return None
    for n in (1, 2):
        if i + n <= len(doc) and doc[i : i + n].text in state.table.us_states:
            place = state.atom_at.get(i)
            if place is None or place.start == i and place.end == i + n:
                return i
    return None


def _us_place_after(state: DocState, atom: Atom) -> str | None:
    """A private person placed in a U.S. state in the same sentence ("near Willmar,
    Minnesota")."""
    doc = state.doc
    sent_end = token_sentence(doc[atom.start]).end
    for j in range(atom.end, min(sent_end, atom.end + 25)):
        if doc[j].ent_type_ == "PERSON" and j >= atom.end + 1:
            break
        if doc[j].text in state.table.us_states and j > 0 and doc[j - 1].text == ",":
            return "USA"
    return None


def _without_nickname(span) -> str:
    """A person's name without the nickname quoted inside it ('Giovanni "Gianni" Russo' is
    Giovanni Russo, as the gold keys such a person); the mention keeps the whole span."""
    marks = [t for t in span if t.text in DOUBLE_MARKS]
    if len(marks) != 2 or marks[0].i == span.start or marks[1].i == span.end - 1:
        return span.text
    text, base = span.doc.text, span.start_char
    return " ".join((text[base : marks[0].idx] + text[marks[1].idx + len(marks[1]) : span.end_char]).split())


def other_names(state: DocState) -> None:
    """"Jo Roe, who wrestled under the ring name Ed Stone": a name right after a word for
    another name (:data:`OTHER_NAME_WORDS`) is the person the sentence named last before it,
    there and wherever the text writes it again (the Wikinews gold counts ring and stage
    names toward the person)."""
    doc = state.doc
    people = sorted((d for d in state.drafts if d.actor_type == "person" and d.actor), key=lambda d: d.start)
    renamed: dict[str, Draft] = {}
    for k, draft in enumerate(people):
        if draft.actor in renamed or not _after_other_name_word(doc, draft.start):
            continue
        if not _fills_other_name(doc, draft):
            continue
        sent_start = token_sentence(doc[draft.start]).start
        bearer = next((d for d in reversed(people[:k]) if d.start >= sent_start and d.actor != draft.actor), None)
        if bearer is not None:
            renamed[draft.actor] = bearer
    for draft in people:
        bearer = renamed.get(draft.actor)
        if bearer is not None:
            draft.actor, draft.country = bearer.actor, bearer.country


# What the name after the word must be in its clause to be the other name itself: the
# object of "known as" (pobj), the name in apposition to "ring name" (appos), or the
# complement of "is" ("whose pen name is Y": attr, oprd).
_OTHER_NAME_DEPS = frozenset({"pobj", "appos", "oprd", "attr"})


def _fills_other_name(doc, draft: Draft) -> bool:
    """Whether the name fills the noun phrase after the word for another name, rather than
    modifying its head: in "Jo Roe, best known as Ed Stone's manager" (or "as the Ed Stone
    Band drummer") Ed Stone is someone else, whom the phrase only mentions."""
    end = draft.end
    if end < len(doc) and doc[end].lower_ in ("'s", "’s", "'", "’"):
        return False
    root = doc[end - 1]
    while root.head.i != root.i and draft.start <= root.head.i < end:
        root = root.head
    return root.dep_ in _OTHER_NAME_DEPS


def _after_other_name_word(doc, start: int) -> bool:
    before = tuple(t.lower_ for t in doc[max(0, start - 2) : start])
    return any(before[len(before) - len(words) :] == words for words in OTHER_NAME_WORDS if len(words) <= len(before))


def learned_surnames(state: DocState) -> None:
    """Surnames of people met earlier in the article, wherever NER missed them
    ("Rodríguez said", "Puri said" tagged as places or companies)."""
    if not state.learned:
        return
    doc = state.doc
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        # str.istitle is the lexeme's is_title: no Token for the lower-case words.
        if i in state.taken or not text.istitle():
            continue
        key = fold(text)
        if key not in state.learned and key not in state.given:
            continue  # no one the article introduced goes by the word: neither lookup below can find one
        tok = doc[i]
        if tok.i in state.atom_at and not _surname_over_place(state, tok):
            continue
        run = tok.i + 1
        while run < len(doc) and run - tok.i <= 3 and texts[run].istitle():
            run += 1
        if any(texts[k] in ORG_OR_PLACE_WORDS for k in range(tok.i + 1, run)):
            continue  # "Obiora Industries", "the Sultan Rashid Grand Mosque"
        found = state.introduced_before(key, tok.i)
        if found is None and tok.pos_ == "PROPN":
            found = _given_name_of(state, key, tok.i)  # "Jamal's killing", NER's place
            if found is not None:
                run = [t.text for t in doc[tok.i + 1 : tok.i + 4]]
                run = run[: next((n for n, t in enumerate(doc[tok.i + 1 : tok.i + 4]) if not (t.is_title and t.pos_ == "PROPN")), len(run))]
                if run and not set(run) & set(found[0].split()):
                    found = None  # "Ana Maria Pires" after "Ana Beatriz Costa": someone else
        if found is None:
            continue
        name, country = found
        first = tok.i
        while first > 0 and doc[first - 1].lower_ in SURNAME_PARTICLES and first - 1 not in state.taken \
                and fold(name).endswith(" " + fold(doc[first - 1 : tok.i + 1].text)):
            first -= 1  # "de Blasio", "De La Fuente": the particles are the surname's
        prev = doc[first - 1] if first > 0 else None
        if (
            prev is not None and prev.is_title and prev.pos_ == "PROPN" and prev.i not in state.taken
            and prev.text not in state.resolver.title_words and prev.text not in name.split()
        ):
            continue  # "Felicity Leung" after "Marcus Leung": another person of that name
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.is_title and " " in name and nxt.text not in name.split():
            continue  # "Leung Kai-wing", family name first: not Marcus Leung either
        start = first - 1 if first > 0 and doc[first - 1].text in COURTESY else first
        end = tok.i + 1
        # The full name again, where NER missed it: one mention ("He Lifeng").
        full = doc.char_span(tok.idx, tok.idx + len(name)) if " " in name else None
        if full is not None and full.text == name and not any(i in state.taken for i in range(full.start, full.end)):
            end = full.end
        elif tok.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX"):
            continue  # "He said" is not He Lifeng
        while end < len(doc) and end not in state.taken and fold(name).endswith(" " + fold(doc[first : end + 1].text)):
            end += 1  # "Rivera Schatz" for Thomas Rivera Schatz: both surnames, one mention
        rest = next((d for d in state.drafts if d.start == end and d.actor == name), None) if end < len(doc) and end in state.taken else None
        if rest is not None:
            rest.start = start  # "Rivera" before the "Schatz" already found: one mention
            state.taken.update(range(start, end))
            continue
        draft = Draft(start, end, name, "person", country, "learned")
        _predicated(state, Atom(tok.i, tok.i + 1, T.PERSON, name, "person", country, "learned"), draft)
        state.add(draft, [])


def _surname_over_place(state: DocState, tok) -> bool:
    """A table atom that is a person, or a capital that is also the surname of someone
    the article introduced ("Amman had written …" after "Karim Amman")."""
    atom = state.atom_at[tok.i]
    if atom.kind == T.PERSON:
        return True
    return surname_not_place(state, atom)


def surname_not_place(state: DocState, atom: Atom) -> bool:
    """A capital or a people's word that is the surname of someone the article introduced
    before ("Amman had written …" after "Karim Amman", "Finn added" after "Greg Finn");
    not where it says where ("in Amman"). A state's name stays the state ("said Jordan
    would be invited" after "Jim Jordan")."""
    doc = state.doc
    tok = doc[atom.start]
    if atom.used or atom.kind not in (T.CAPITAL, T.DEMONYM_PLURAL) or atom.end - atom.start != 1:
        return False
    if tok.i > 0 and doc[tok.i - 1].lower_ in LOCATION_PREPS | {"from", "to", "of"}:
        return False
    return state.introduced_before(fold(tok.text), tok.i) is not None


def _officered(state: DocState, actor: str, acts_for_state: bool) -> bool:
    """Whether an organisation's officers are mentions of it: not a party's (its
    politicians are their state's officials, w1/w2 gold), nor a state body's or state
    company's (they act for the state)."""
    return bool(actor) and not acts_for_state and not _is_party(actor) and actor not in state.table.state_actors


def _office_in_name_before(state: DocState, draft: Draft, ends: dict[int, Draft]) -> Atom | Draft | None:
    """"[Apex Diving] CEO Jo Roe": the title the person's mention opens with is an office
    in the organisation named right before it."""
    if draft.start >= draft.head:
        return None
    before = ends.get(draft.start) or state.atom_ending.get(draft.start)
    if before is None or not _officered(state, before.actor, False):
        return None
    if not isinstance(before, Draft) and before.kind != T.ORGANISATION:
        return None
    return before if any(state.doc[k].lower_ in OFFICER_ROLES for k in range(draft.start, draft.head)) else None


def _organisation_served(
    state: DocState, draft: Draft, starts: dict[int, Draft], ends: dict[int, Draft]
) -> tuple[Atom | Draft | None, bool]:
    """The organisation a person's mention names them an officer of, and whether the
    office before the name makes one mention of both: in the title phrase ("Boeing Chief
    Financial Officer X", "Taliban spokesperson X"), before the name ("AARP's policy
    director X", one mention; "Greenpeace's director, X" and "a spokesman for Amnesty
    International, X", two) or in an apposition after it ("X, the director-general of the
    WHO,", two)."""
    doc = state.doc
    for i in range(draft.start, draft.head):
        atom = state.atom_at.get(i)
        if atom is not None and atom.kind == T.ORGANISATION and atom.start == i and _officered(state, atom.actor, False) \
                and any(doc[k].lower_ in OFFICER_ROLES for k in range(atom.end, draft.head)):
            return atom, False
    before = _office_in_name_before(state, draft, ends)
    if before is not None:
        return before, isinstance(before, Draft)
    if draft.titled and draft.acts_for_state:
        return None, False  # "the caucus's leader, Congresswoman X": her state's official
    k = draft.start - (draft.start > 0 and doc[draft.start - 1].text == ",")
    org = ends.get(k)
    if k < draft.start and org is not None and officer_role_before(doc, org.start, at=True) >= 0:
        return org, False  # "a spokesman for Amnesty International, X"
    for p in range(k - 1, max(k - 8, 0), -1):
        org = ends.get(p)
        if org is not None and officer_role_after(doc, org.end, possessive=False) == k:
            return org, k == draft.start  # "AARP's policy director X", "Greenpeace's director, X"
    if draft.end < len(doc) and doc[draft.end].text == ",":
        j = draft.end + 1 + (draft.end + 1 < len(doc) and doc[draft.end + 1].lower_ in ("a", "an", "the"))
        org = next((starts[i] for i in range(j + 2, min(j + 9, len(doc))) if i in starts), None)
        if org is not None and officer_role_before(doc, org.start, at=True) == j:
            return org, False  # "X, the director-general of the WHO", "X, a vice president at Apex"
    return None, False


def officers_of_organisations(state: DocState) -> None:
    """An organisation's officer is a mention of the organisation (hc/hd/he gold: AARP's
    policy director, "Taliban spokesperson X", "Boeing Chief Financial Officer X"), the
    surname later too (:func:`officials_of_bodies`); its journalists and scholars keep
    their names (no office of :data:`OFFICER_ROLES`)."""
    orgs = [d for d in state.drafts if d.actor_type == "organisation" and _officered(state, d.actor, d.acts_for_state)]
    starts, ends = {d.start: d for d in orgs}, {d.end: d for d in orgs}
    merged = False
    for draft in state.drafts:
        if draft.actor_type != "person" or draft.actor in state.body_officials:
            continue
        org, one = _organisation_served(state, draft, starts, ends)
        if org is None:
            continue
        state.body_officials[draft.actor] = (org.actor, org.country)
        if one and isinstance(org, Draft):
            draft.start, draft.chars, org.actor, merged = org.start, None, "", True
    if merged:
        state.drop_unnamed()
    _officers_of_state_bodies(state)


def _officers_of_state_bodies(state: DocState) -> None:
    """An office in a state's body in an apposition to a name ("X, the chairman of the
    House Intelligence Committee,", "a spokesman for the Finance Ministry, X") makes the
    person an official of that state, the surname later too (hd gold); a state body's
    officers keep their names (:func:`_officered`)."""
    bodies = [
        d for d in state.drafts if d.actor_type == "organisation" and d.country and not _is_party(d.actor)
        and (d.acts_for_state or d.actor in state.table.state_actors)
    ]
    if not bodies:
        return
    starts, ends = {d.start: d for d in bodies}, {d.end: d for d in bodies}
    served: dict[str, str] = {}
    for draft in state.drafts:
        if draft.actor_type == "person" and draft.country is None and draft.actor not in state.body_officials:
            body, _ = _organisation_served(state, draft, starts, ends)
            if body is not None:
                served.setdefault(draft.actor, body.country)
    for draft in state.drafts:
        country = served.get(draft.actor) if draft.actor_type == "person" and draft.country is None else None
        if country:
            draft.country, draft.acts_for_state = country, True


def officials_of_bodies(state: DocState) -> None:
    """The last pass: every mention of an official of an organisation, surnames
    included, is a mention of it (an international body's keep no state)."""
    if not state.body_officials:
        return
    for draft in state.drafts:
        body = state.body_officials.get(draft.actor) if draft.actor_type == "person" else None
        if body is not None:
            draft.actor, draft.country = body
            draft.actor_type, draft.acts_for_state = "organisation", False
