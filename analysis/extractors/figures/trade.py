"""Who exports and who imports: roles of the states around a figure.

Every state reference in an article — an actor mention with a country, or a description
("the country", "the South American nation", "the kingdom", "its", "it") — gets a trade
role from the dependency parse: the subject of sell/ship/export is the exporter, of
buy/receive/import the importer; "X's exports" names the exporter and "X's imports",
"Indian refiners" the importer; "to X" after a shipment is the importer, "from X" after
a purchase the exporter; "Venezuelan oil" names the oil's origin (a weaker clue).

A figure takes the exporter and importer of its own clause (:func:`region`): the clause
of its nearest verb that has a subject, without the clauses beside it that have their
own subject ("…, while Kazakhstan's production fell …"). Where the clause leaves a role
open, :class:`Flows` fills it from the article: a sentence naming no state continues
the previous figure's flow ("That is equivalent to 2.25 million bpd"); an unowned
"imports"/"exports"/"output" belongs to the article's main importer/exporter so far.

Descriptions are resolved in text order against the states already seen, role first:
in "Beijing received 746,000 bpd, about 80% of the country's oil exports", the country
whose exports these are is the last exporter named (Venezuela), not the last subject
(China), which holds the other role in the same sentence.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from analysis.extractors.figures.tree import WINDOW, bounded_subtree, sent, window
from analysis.pipeline.records import ActorMention
from analysis.text.context import doc_text, joined_by_hyphen, token_column
from analysis.text.lexicon import alternation, opening_any, table, words
from analysis.text.periods import names_the_month_may

EXPORTER, IMPORTER, COUNTERPARTY = "exporter", "importer", "counterparty"

EXPORT_VERBS = words("figures", "export_verbs")
IMPORT_VERBS = words("figures", "import_verbs")
IMPORT_PHRASALS = words("figures", "import_phrasals")
# Verbs whose object (a state) is the importer: "Russia supplies China", "sold India oil".
RECIPIENT_VERBS = words("figures", "recipient_verbs")
# Production happens where the oil leaves from: "pumping in Venezuela".
PRODUCE_VERBS = words("figures", "produce_verbs")
# Movement: "to X" after these is a destination, "from X" an origin.
MOVE_WORDS = words("figures", "move_words")
EXPORT_NOUNS = words("figures", "export_nouns")
IMPORT_NOUNS = words("figures", "import_nouns")
# Commodity nouns: "Venezuelan oil" tells where oil comes from, but weakly (it may be
# feedstock: "products made from Russian crude").
COMMODITY_NOUNS = words("figures", "commodity_nouns")
ORIGIN_NOUNS = words("figures", "origin_nouns")
# Flows that belong to one side: "X's exports", "raise imports", "the needs of X".
FLOW_EXPORT = words("figures", "flow_export")
FLOW_IMPORT = words("figures", "flow_import")
_ALL_BUYERS_FLOWS = words("figures", "all_buyers_flows")
_FLOWS = FLOW_EXPORT | FLOW_IMPORT
_POINTING = words("figures", "pointing_determiners")
_POINTING_PRONOUNS = words("figures", "pointing_pronouns")
_POINTING_OBJECTS = words("figures", "pointing_objects")
_CARRIERS = words("figures", "carrier_nouns")
_BLOC_NOUNS = words("figures", "bloc_nouns")
_FLOW_NOUNS = words("figures", "flow_nouns")
REPORTING_VERBS = words("speech", "figure_speakers")
# Agent nouns that name the counterpart when possessed: "India's top supplier" is the
# exporter to India; "Venezuela's biggest buyer" imports from Venezuela.
EXPORT_AGENTS = words("figures", "export_agents")
IMPORT_AGENTS = words("figures", "import_agents")
FACILITIES = words("figures", "trade_facilities")
DEAL_NOUNS = words("figures", "deal_nouns")
COPULAS = words("figures", "copulas")
RANK_VERBS = words("figures", "rank_verbs")
SHARE_VERBS = words("figures", "share_verbs")
_ORIGIN_ARRIVALS = words("figures", "origin_arrivals")
_BUYER_NOUNS = IMPORT_AGENTS | words("figures", "buyers")
_HOLDER_VERBS = words("figures", "holder_verbs")
_RANK_HEDGES = words("figures", "rank_hedges")
_RANK_REACH = 8  # tokens from a ranking's "with" to its figure's preposition
_RANK_PLACES = words("figures", "rank_places")
# The flow a ranked state's figure is of: "…, came third with imports of 33,000 bpd".
_RANKED_FLOWS = FLOW_EXPORT | FLOW_IMPORT | _FLOW_NOUNS
# What stands between a listed state and its figure: "Canada with 4.1 million bpd".
_LIST_LINKS = frozenset({"with", "at", "on", "(", ":"})
_TRADE_AGENTS = EXPORT_AGENTS | IMPORT_AGENTS
_TRADE_NOUNS = EXPORT_NOUNS | IMPORT_NOUNS | _FLOW_NOUNS

# What the words of a clause say about the flow, for filling roles from context.
EXPORT_EVIDENCE = words("figures", "export_evidence")
IMPORT_EVIDENCE = words("figures", "import_evidence")
PRODUCTION_EVIDENCE = words("figures", "production_evidence")
_POINTED_FLOWS = _FLOWS | EXPORT_EVIDENCE | IMPORT_EVIDENCE | words("figures", "flow_nouns")
_IMPORT_NOUNS = (IMPORT_EVIDENCE & _FLOWS) - EXPORT_EVIDENCE  # "imports", "purchases", "arrivals" (a buyer's only)
SUPPLY_SHARE = words("figures", "supply_share")
TOTAL_WORDS = words("figures", "total_words")
# Totals of many states' flows ("world output", "combined exports"); the others, as
# adjectives, total one state's ("Total exports averaged 3.45 million bpd" is the story's
# exporter's; "loadings totalled 16.9 million tonnes" may be of several).
_MANY_STATES_WORDS = words("figures", "many_states_words")
_ONE_STATE_TOTALS = TOTAL_WORDS - _MANY_STATES_WORDS
# Plants that buy crude: "the refinery's intake" is bought by the refinery's country.
PLANT_WORDS = words("figures", "plant_words")
ROUTE_NOUNS = words("figures", "route_nouns")
TRANSPORT_MODES = words("figures", "transport_modes")

# Groups of states by adjective or name ("Asian buyers", "OPEC"): data/lexicon.yaml.
REGIONS: dict[str, frozenset[str]] = {name: frozenset(members) for name, members in table("regions").items()}
# Of those, the groups named by place (not the descriptions "kingdom", "island" that
# narrow a single state).
_REGION_NAMES = frozenset(REGIONS) - words("figures", "state_description_regions")
# (No modifier is a determiner: in "That gave the kingdom" the description is "the kingdom".)
_DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<mods>(?:(?!(?:[Tt]he|[Tt]his|[Tt]hat)\s)[\w’'+-]+\s+){0,3}?)"
    rf"(?P<noun>{alternation('figures', 'state_description_nouns')})\b"
)
# Nouns that describe a state only with a group before them: "the Gulf producer", "the
# OPEC member", "the African exporter" (not "the producer", "the state oil company").
_GROUP_NOUNS = words("figures", "state_group_nouns")
_NOT_ONE_STATE = re.compile(rf"\b{alternation('figures', 'not_one_state_modifiers')}\b")
_ONE_STATE_RANK = re.compile(rf"(?:\b|-){alternation('figures', 'one_state_ranks')}\b")
IMPORT_IN_VERBS = words("figures", "import_in_verbs")
ORIGIN_VERBS = words("figures", "origin_verbs")
# Where a cargo loads or lands: "loadings at Ras Tanura" leave that place's state,
# "discharged in China" land in it.
LOAD_AT_WORDS = words("figures", "load_at_words")
DISCHARGE_AT_WORDS = words("figures", "discharge_at_words")
# Flows a month dates with no owner: "Vortexa put February discharges at …", "traders
# estimated March imports at …" (another count of the story's two-sided flow).
_DATED_FLOWS = words("figures", "dated_flow_nouns") | DISCHARGE_AT_WORDS
_CONTRACT_NOUNS = words("figures", "contract_month_nouns")
# What a route's name met again stands on: the route, or the oil it carries.
_ROUTE_CARRIERS = ROUTE_NOUNS | _TRADE_NOUNS | _DATED_FLOWS
# Crude grades name the state they are loaded in: "WTI made up 40% of its intake" is
# U.S. oil. A weak clue, like "Venezuelan oil" (the grade may be a price benchmark).
# A grade or an export route names where the oil comes from ("Urals", "Druzhba flows").
GRADE_ORIGINS: dict[str, str] = table("crude_grades") | table("export_routes")
_GRADE = re.compile(r"\b" + opening_any(GRADE_ORIGINS) + r"(?:" + "|".join(sorted((re.escape(g).replace(r"\ ", r"\s+") for g in GRADE_ORIGINS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
# Places that are not states: a state listed with one of them ("mostly to Europe and
# India") is one destination among several, not the flow's importer.
NON_STATE_PLACES = words("figures", "non_state_places")
_PRONOUN = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Ii]t)\b")
# Actor types that can stand for a trading state; the rank orders competing references.
_RANK = {"country": 0, "description": 0, "group": 1, "person": 2, "organisation": 3}
_COMPARING_PREPS = words("figures", "comparing_preps")
_OWN_FLOW_OUT = words("figures", "own_flow_out")
_RAISED_MEASURES = words("figures", "raised_measures")
_CONDUITS = FACILITIES | words("actors", "route_nouns")
_WHOLE_MARKET = words("figures", "whole_market")
_APPOSITIVE_REACH = 16  # tokens of an appositive set off between a listed state and its figure
_LOOKBACK = 60
_NESTED_OK = ("relcl",)  # a relative clause inside the figure's clause still speaks for it


@dataclass(slots=True)
class StateRef:
    """A reference to a state in the text and the trade role it plays there."""

    start: int
    end: int
    iso3: str | None
    kind: str  # country | group | person | organisation | description
    token: Token
    role: str | None = None
    subject: bool = False
    strong: bool = True  # False for a commodity's origin ("Venezuelan oil")
    allowed: frozenset[str] | None = None  # a description's region, if it names one
    listed: bool = False  # one of several origins listed together ("from Russia and Iran")
    beside_region: bool = False  # an origin listed with a region ("Azerbaijani and Central Asian crude")
    place: bool = False  # a place inside the state ("Shandong"), not the state itself
    for_state: bool = False  # an organisation that acts for its state (PDVSA, Aramco)
    # A demonym on an oil's import noun ("Saudi oil arrivals", "Russian crude imports"):
    # the buyer, or in a story of another buyer the oil's origin.
    demonym: bool = False
    transit: bool = False  # on the way the oil passes ("through the Tanzanian port of …")


class RefList(list):
    """State references in text order, with their token indices for range lookups."""

    def __init__(self, refs):
        super().__init__(refs)
        self.keys = [ref.token.i for ref in self]


class _Taken:
    """Non-overlapping character spans, sorted; the overlap test bisects (linear in total)."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # Sorted and non-overlapping, so the last span starting before ``end`` ends last.
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


def state_refs(doc: Doc, mentions: list[ActorMention], text: str | None = None, *, places: list[tuple[int, int, str]] = ()) -> RefList:
    """Actor mentions with a country and resolved descriptions, in text order, with roles.
    ``places``: (start, end, ISO3) of places inside a state that are no actor mention
    ("refiners in Shandong", "exports from Basra"), read after the mentions."""
    refs: list[StateRef] = []
    taken = _Taken()
    mentions = list(mentions) + [
        ActorMention("", start, end, doc_text(doc)[start:end] if text is None else text[start:end], iso3, "country", iso3, iso3, "place")
        for start, end, iso3 in places
    ]
    for mention in mentions:
        if not mention.country or mention.actor_type not in _RANK:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if taken.overlaps(mention.start, mention.end):
            continue
        refs.append(StateRef(
            mention.start, mention.end, mention.country, mention.actor_type, span.root, place=mention.method == "place",
            for_state=mention.actor_type == "organisation" and bool(mention.state),
        ))
        taken.add(mention.start, mention.end)
    text = doc_text(doc) if text is None else text
    for match in _GRADE.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        grade = re.sub(r"\s+", " ", match.group().lower())
        refs.append(StateRef(match.start(), match.end(), GRADE_ORIGINS[grade], "country", span.root))
        taken.add(match.start(), match.end())
    for start, end, allowed in _descriptions(text):
        if taken.overlaps(start, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        refs.append(StateRef(start, end, None, "description", span.root, allowed=allowed))
    refs.sort(key=lambda ref: (ref.start, ref.end))
    refs = RefList(refs)
    for ref in refs:
        ref.role, ref.subject, ref.strong = role_of(ref.token)
        if (ref.role == IMPORTER or ref.role == EXPORTER and not ref.subject) and _listed_with_region(ref.token):
            ref.beside_region = ref.role == EXPORTER
            ref.role = None  # "to Europe and India", "from Russia and Central Asia": one of several
        ref.demonym = ref.role == IMPORTER and _demonym_on_oil(ref.token)
        ref.transit = _on_the_way(ref.token)
        if ref.kind == "organisation" and _plant_placed_elsewhere(ref.token):
            ref.role = None  # "SOCAR's STAR refinery at Aliaga": the plant is where it stands, not in the owner's home
        if ref.kind == "country" and _GRADE.fullmatch(text, ref.start, ref.end):
            # The grade is where the oil comes from, whatever its place in the clause.
            ref.role, ref.subject, ref.strong = EXPORTER, False, False
    _several_origins(refs)
    _several_destinations(refs)
    _resolve_descriptions(refs)
    return RefList(ref for ref in refs if ref.iso3)


def _plant_placed_elsewhere(token: Token) -> bool:
    """A company owning a plant the text places ("X's refinery at Y", "X's plant in Y"):
    the company's home says nothing of where the plant's oil goes."""
    plant = token.head
    return token.dep_ == "poss" and plant.lemma_.lower() in PLANT_WORDS and any(
        c.dep_ == "prep" and c.lower_ in ("at", "in") for c in plant.children
    )


def _verb_subjects_of(verb: Token) -> list[Token]:
    """The subjects of a verb, or of the verb it is the complement of ("Refiners are
    expected to lift …": the refiners)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def _demonym_on_oil(token: Token) -> bool:
    """"Saudi oil arrivals", "Iraqi crude imports", "Russian arrivals", "India's Russian
    imports": an adjective of a state on an import noun that an oil noun or an owner
    qualifies too, or on "arrivals"."""
    if token.dep_ != "amod" or token.pos_ != "ADJ" and token.ent_type_ != "NORP":
        return False
    head = token.head
    oil = False
    while head.dep_ == "compound" and head.lemma_.lower() in COMMODITY_NOUNS and head.head.i != head.i:
        head, oil = head.head, True
    oil = oil or any(c.dep_ in ("compound", "amod") and c.i != token.i and c.lemma_.lower() in COMMODITY_NOUNS for c in head.children)
    owned = any(c.dep_ == "poss" for c in head.children)  # the buyer owns them: the adjective is the origin
    # ("Refiners are expected to lift Russian purchases": a buyer's verb over them.)
    bought = head.dep_ == "dobj" and any(c.lemma_.lower() in _BUYER_NOUNS for c in _verb_subjects_of(head.head))
    owned = owned or bought
    lemma = head.lemma_.lower()
    return lemma in _ORIGIN_ARRIVALS or ((oil or owned) and lemma in IMPORT_NOUNS)


def _several_origins(refs: list[StateRef]) -> None:
    """"mostly from Russia and Iran", "Kazakh and Russian oil": states listed together as
    where oil comes from are several origins, none of them the flow's exporter (subjects
    listed together, "Russia and Saudi Arabia supply …", keep their role)."""
    at = {ref.token.i: ref for ref in refs}
    for ref in refs:
        if ref.role != EXPORTER or ref.subject:
            continue
        partners = [c for c in ref.token.children if c.dep_ == "conj" and c.i in at]
        if ref.token.dep_ == "conj" and ref.token.head.i in at:
            partners.append(ref.token.head)
        if partners:
            ref.role, ref.listed = None, True
            for partner in partners:
                at[partner.i].role, at[partner.i].listed = None, True


def _several_destinations(refs: list[StateRef]) -> None:
    """"Shipments to Europe, mainly to Italy and Greece", "sales to India and China": states
    listed together as where the oil goes are several buyers, none of them the flow's
    importer (buyers listed as subjects, and lists that "respectively" pairs with their
    figures, keep their role)."""
    at = {ref.token.i: ref for ref in refs}
    for ref in refs:
        if ref.role != IMPORTER or ref.subject or ref.token.dep_ != "pobj":
            continue
        partners = [c for c in ref.token.children if c.dep_ == "conj" and c.i in at and at[c.i].role == IMPORTER]
        if not partners or "respectively" in (t.lower_ for t in sent(ref.token)):
            continue
        for listed in [ref, *(at[p.i] for p in partners)]:
            listed.role = None


def _listed_with_region(token: Token) -> bool:
    """"to Europe and India", "from Russia and Central Asia": the state is one of several
    destinations or origins, one not a state."""
    conjuncts = [token.head] if token.dep_ == "conj" else []
    conjuncts += [c for c in token.children if c.dep_ == "conj"]
    return any(c.lower_ in NON_STATE_PLACES for c in conjuncts)


def _descriptions(text: str):
    for match in _DESCRIPTION.finditer(text):
        mods = match.group("mods").lower()
        noun = match.group("noun").lower()
        if _NOT_ONE_STATE.search(mods):
            continue
        allowed = None
        phrase = f"{mods}{noun}"
        for region_name, members in REGIONS.items():
            if re.search(rf"\b{region_name}\b", phrase) and not (region_name == "asian" and "southeast asian" in phrase):
                allowed = members if allowed is None else allowed & members
        if noun in _GROUP_NOUNS and allowed is None and not _ONE_STATE_RANK.search(mods):
            continue
        if noun in _GROUP_NOUNS and text[match.end() : match.end() + 1] == "s":
            continue  # "the Gulf producers": several states
        yield match.start(), match.end(), allowed
    for match in _PRONOUN.finditer(text):
        yield match.start(), match.end(), None


# -- roles ------------------------------------------------------------------------------


def role_of(token: Token) -> tuple[str | None, bool, bool]:
    """(trade role, is a clause subject, is a strong clue) of the reference at ``token``."""
    dep, head = token.dep_, token.head
    gapped = _gapped_verb(token)
    if gapped is not None:
        # "Iraq cut its supplies by 20% to 700,000 tonnes, and Kazakhstan by 12% to
        # 500,000 tonnes": a state left alone with the verb's complements (the verb
        # gapped) is a subject of that verb, in its subject's role.
        subjects = [c for c in gapped.children if c.dep_ in ("nsubj", "nsubjpass")]
        return (_subject_role(gapped, passive=subjects[0].dep_ == "nsubjpass"), True, True) if subjects else (None, True, True)
    if dep == "conj" and head.i != token.i:
        # "Russia and Saudi Arabia supply …": a conjunct shares the first one's role.
        return role_of(head)
    if dep == "appos" and head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        # "According to Kpler, Italy, the biggest buyer of Libyan crude, received …": the
        # parser hangs the subject on the source; the verb without one is its verb.
        verb = head.head.head.head
        if verb.pos_ == "VERB" and not _has_subject(verb):
            return _subject_role(verb, passive=False), True, True
    held = _held_role(token)
    if held is not None:
        return held, False, True
    if dep == "nsubj" and any(c.dep_ == "case" for c in token.children):
        # "Libyan output fell …, while Nigeria's rose to …": the flow the clause beside names.
        role = _elided_flow_role(head)
        if role is not None:
            return role, True, True
    if dep in ("nsubj", "nsubjpass") or (dep == "appos" and head.dep_ in ("nsubj", "nsubjpass")):
        verb = head if dep != "appos" else head.head
        return _subject_role(verb, passive=(dep == "nsubjpass")), True, True
    if token.lower_ == "it":
        return None, False, True  # "it" counts only as a subject
    if dep == "amod" and head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "Iraqi Kurdish crude": the parser hangs one adjective on the other
    if dep in ("poss", "compound", "amod", "nmod") and (
        head.pos_ in ("NOUN", "PROPN") or head.pos_ == "VERB" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    ):
        # (A plural the tagger reads as a verb in a noun's place: "Russian flows to Europe averaged …".)
        role, strong = _modifier_role(token, head)
        return role, False, strong
    if dep == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() == "follow":
        # "Italy was the largest buyer …, followed by the Netherlands": the same role.
        verb = head.head.head
        for _ in range(4):
            # "…, taking 410,000 bpd, followed by …", "…, providing 31.5 million barrels,
            # followed by …" (on the amount): up to the clause with a subject
            if _has_subject(verb) or verb.dep_ not in ("conj", "advcl", "xcomp", "dobj") or verb.head.i == verb.i:
                break
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.i != head.head.i else []
        if subjects:
            return role_of(subjects[0])[0], False, True
    if dep == "pobj" and head.lower_ == "of" and _names_oil(token) and any(
        c.dep_ == "nummod" or c.like_num for c in head.head.children
    ):
        # "80,000 bpd of Azerbaijani light crude", "900,000 bpd of Kuwaiti crude", the
        # demonym parsed as the amount's object: where the oil comes from.
        return EXPORTER, False, False
    if dep == "pobj":
        role = _object_role(head)
        return role or _next_verb_role(token), False, True
    if dep in ("dobj", "dative") and head.lemma_.lower() in RECIPIENT_VERBS:
        return IMPORTER, False, True
    return _next_verb_role(token), False, True


def _held_role(token: Token) -> str | None:
    """The role a causative verb's first object is given by its second: "That made Algeria
    the biggest supplier" (a supplier), "That gave the kingdom a 33% share of the country's
    purchases" (a supplier's share of a buyer's intake); the parser hangs the first object
    on the verb or, as a subject, on the second."""
    if token.dep_ not in ("dative", "dobj", "nsubj"):
        return None
    verb = token.head
    for _ in range(2):
        # (Up from "Algeria" parsed as the subject of "the country's biggest supplier".)
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() not in _HOLDER_VERBS or not verb.i < token.left_edge.i:
        return None
    if any(t.pos_ != "DET" for t in token.doc[verb.i + 1 : token.left_edge.i]):
        return None  # the state stands right after the verb
    held = next((c for c in verb.children if c.dep_ == "dobj" and c.i > token.i), None)
    if held is None:
        return None
    lemma = held.lemma_.lower()
    if lemma in EXPORT_AGENTS:
        return EXPORTER
    if lemma in IMPORT_AGENTS:
        return IMPORTER
    if lemma == "share":
        whole = {c.lemma_.lower() for prep in held.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for c in prep.children if c.dep_ == "pobj"}
        if whole & IMPORT_NOUNS:
            return EXPORTER
        if whole & _OWN_FLOW_OUT:
            return IMPORTER
    return None


def _names_oil(token: Token) -> bool:
    """A state's adjective on an oil noun, however the parser hung the two: "of Azerbaijani
    light crude", "of Kuwaiti crude" with the crude on the amount."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.ent_type_ == "NORP" or following is not None and following.lemma_.lower() in COMMODITY_NOUNS


def _elided_flow_role(verb: Token) -> str | None:
    """The role a possessive standing for a flow noun takes ("Nigeria's rose"): that of
    the flow noun subject of the clause it is set beside."""
    if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return None
    for subject in verb.head.children:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            lemma = subject.lemma_.lower()
            if lemma in IMPORT_NOUNS or lemma in FLOW_IMPORT:
                return IMPORTER
            if lemma in EXPORT_NOUNS or lemma in FLOW_EXPORT:
                return EXPORTER
    return None


def _next_verb_role(token: Token) -> str | None:
    """When the parse gives no role: a state written right before a trade verb is its
    subject ("… of the 4.4 million b/d of crude India imported in July")."""
    doc = token.doc
    index = token.i + 1
    while index < len(doc) and doc[index].tag_ in ("MD", "RB") or (index < len(doc) and doc[index].lemma_ in ("have", "be") and doc[index].pos_ == "AUX"):
        index += 1
    if index >= len(doc) or doc[index].tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG"):
        return None
    lemma = doc[index].lemma_.lower()
    if lemma in IMPORT_VERBS:
        return IMPORTER
    if lemma in EXPORT_VERBS:
        return EXPORTER
    return None


def _subject_role(verb: Token, passive: bool) -> str | None:
    lemma = verb.lemma_.lower()
    for candidate in _trade_verbs(verb):
        candidate_lemma = candidate.lemma_.lower()
        if any(c.dep_ == "prt" and f"{candidate_lemma} {c.lower_}" in IMPORT_PHRASALS for c in candidate.children) \
                and not any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in candidate.children):
            return IMPORTER  # not money "brought in" by sales: that is revenue
        if candidate_lemma in EXPORT_VERBS:
            if passive and candidate.i == verb.i and candidate_lemma in RECIPIENT_VERBS:
                return IMPORTER  # "China was supplied by Russia"
            return EXPORTER
        if candidate_lemma in IMPORT_VERBS:
            if any(c.dep_ == "dobj" and c.lemma_.lower() in _OWN_FLOW_OUT for c in candidate.children):
                return EXPORTER  # "Iraq plans to lift exports to …": lifted as raised
            if any(c.dep_ == "dobj" and c.lemma_.lower() in _RAISED_MEASURES for c in candidate.children):
                continue
            return IMPORTER
    if lemma not in REPORTING_VERBS:
        # (Or the object of the verb it plans or agrees to: "Iraq plans to raise exports";
        # not when someone else is to do it: "Iraq urged India to raise imports".)
        told_whom = any(c.dep_ == "dobj" for c in verb.children)
        planned = [] if told_whom else [
            g for x in verb.children
            if x.dep_ == "xcomp" and x.lemma_.lower() not in REPORTING_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)
            for g in x.children
        ]
        for child in [*verb.children, *(g for g in planned if g.dep_ == "dobj")]:
            # "Jordan will raise imports", "Saudi Arabia raised output", "PDVSA has lost
            # $300 million in export revenue": the object names the side.
            objects = [child] if child.dep_ == "dobj" else []
            if child.dep_ == "prep" and child.lower_ in ("in", "from"):
                objects = [g for g in child.children if g.dep_ == "pobj"]
            for obj in objects:
                object_lemma = obj.lemma_.lower()
                if object_lemma in FLOW_IMPORT:
                    return IMPORTER
                if object_lemma in FLOW_EXPORT:
                    return EXPORTER
                if object_lemma in _FLOW_NOUNS | {"flow"} and any(
                    c.dep_ == "prep" and c.lower_ in _PASSING_PREPS for c in (*obj.children, *obj.head.children)
                ):
                    return EXPORTER  # "Iraq raised crude flows through the Kirkuk-Ceyhan pipeline": it sends them
    if lemma in SHARE_VERBS:
        role = _share_holder_role(verb)
        if role is not None:
            return role
    if lemma in COPULAS:
        for child in verb.children:
            # ("Russia stayed China's largest supplier": the parser's object of a copula.)
            if child.dep_ in ("attr", "acomp", "oprd", "dobj") or (child.dep_ == "prep" and child.lower_ == "as"):
                noun = child if child.dep_ != "prep" else next((g for g in child.children if g.dep_ == "pobj"), None)
                if noun is None:
                    continue
                noun_lemma = noun.lemma_.lower()
                if noun_lemma in IMPORT_AGENTS:
                    return IMPORTER
                if noun_lemma in EXPORT_AGENTS:
                    return EXPORTER
    return None


def _share_holder_role(verb: Token) -> str | None:
    """The role of the subject of a share verb, opposite the whole's: "Russia accounted for
    34% of India's imports" supplies, "China made up 40% of Iran's exports" buys."""
    shares = [c for c in verb.children if c.dep_ == "dobj"]
    shares += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    for share in shares:
        for of in share.children:
            if of.dep_ != "prep" or of.lower_ != "of":
                continue
            for whole in of.children:
                lemma = whole.lemma_.lower()
                if whole.dep_ == "pobj" and lemma in FLOW_IMPORT:
                    return EXPORTER
                if whole.dep_ == "pobj" and lemma in FLOW_EXPORT:
                    return IMPORTER
    return None


def _trade_verbs(verb: Token):
    """The verb and the verbs its subject also governs: "kept exporting", "signed a deal
    to buy", "agreed to supply", "bought … and shipped …", "is due to take"."""
    yield verb
    for child in verb.children:
        if child.dep_ == "acomp":
            # "China is due to take …", "is likely to buy …": the verb after the adjective.
            yield from (g for g in child.children if g.dep_ == "xcomp" and g.pos_ == "VERB" and not _has_subject(g))
        elif child.dep_ in ("xcomp", "advcl", "ccomp") and child.pos_ == "VERB" and not _has_subject(child):
            yield child
            for grandchild in child.children:
                if grandchild.dep_ == "xcomp" and grandchild.pos_ == "VERB":
                    yield grandchild
        elif child.dep_ == "conj" and child.pos_ == "VERB" and not _has_subject(child):
            yield child


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in verb.children)


def _modifier_role(token: Token, head: Token) -> tuple[str | None, bool]:
    """Role of a state that modifies a noun: "Venezuela's exports", "Indian refiners"."""
    noun = head
    chain = [noun]
    while noun.dep_ in ("compound", "amod") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
        noun = noun.head
        chain.append(noun)
    lemma = noun.lemma_.lower()
    possessive = token.dep_ == "poss"
    if (possessive or token.dep_ in ("compound", "amod")) and lemma == "share":
        # "Russia's share of India's imports", "the U.S. share of its crude purchases": the
        # supplier's share of a buyer's flow (and "India's share of Russia's exports" the buyer's).
        whole = [c.lemma_.lower() for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for c in prep.children if c.dep_ == "pobj"]
        if any(w in IMPORT_NOUNS for w in whole):
            return EXPORTER, True
        if any(w in _OWN_FLOW_OUT for w in whole):
            return IMPORTER, True
    if possessive and lemma in EXPORT_AGENTS:
        return IMPORTER, True
    if possessive and lemma in IMPORT_AGENTS:
        return EXPORTER, True
    # The phrase's own place in the clause comes first: "China's Beihai terminal took",
    # "from Indian refineries", "toward U.S. Gulf Coast ports".
    if noun.dep_ in ("nsubj", "nsubjpass"):
        role = _subject_role(noun.head, passive=noun.dep_ == "nsubjpass")
        if role in (IMPORTER, None) and token.dep_ == "amod" and (lemma in COMMODITY_NOUNS or noun.lower_ in COMMODITY_NOUNS) \
                and noun.head.lemma_.lower() in SHARE_VERBS:
            # "Russian crude accounted for 150,000 bpd of the pipeline's shipments", "with
            # Russian cargoes making up 41%": the oil's origin, whoever's flow it is part of
            # (a buyer is a state, not its oil; weak where the verb gave no role).
            return EXPORTER, role == IMPORTER
        if role is not None and not any(link.lemma_.lower() in FLOW_EXPORT | FLOW_IMPORT for link in chain):
            return role, True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "at", "in") and _sendout(noun.head.head):
        return IMPORTER, True  # "send-out from Spain's terminals": the terminals' state lands it
    if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "to", "into", "toward", "towards") and lemma in FACILITIES:
        # "from Indian refineries", "to U.S. Gulf Coast ports": where the oil leaves/lands,
        # whatever verb the parser hung the phrase on.
        return (EXPORTER if noun.head.lower_ == "from" else IMPORTER), True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "in", "at") and noun.head.head.lemma_.lower() in FACILITIES:
        plant = noun.head.head
        if plant.dep_ == "pobj" and plant.head.lower_ in ("to", "into", "toward", "towards"):
            # "to refiners on the U.S. Gulf Coast", "into terminals on China's east coast": the
            # place of the plants the flow reaches is the buyer's.
            return IMPORTER, True
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in") and lemma in FACILITIES \
            and noun.head.head.lemma_.lower() in IMPORT_NOUNS | IMPORT_VERBS:
        return IMPORTER, True  # "arrivals at Turkish ports", "discharged at Chinese terminals"
    arrivals = lemma in _ORIGIN_ARRIVALS
    if token.dep_ == "amod" and lemma in IMPORT_NOUNS and _buyer_named(noun, regions=arrivals) and (arrivals or any(
        c.dep_ in ("amod", "compound") and c.i != token.i and c.lemma_.lower() in COMMODITY_NOUNS for c in noun.children
    )):
        # "Russian crude arrivals at Turkish ports", "Iraqi oil imports into India", "Nigerian
        # arrivals into Spain", "Russian arrivals in Asia": with the buyer named (or, for
        # arrivals, its region), the demonym says where the oil comes from (not "Chinese
        # demand in Asia", "Chinese purchases in the Middle East": the buyer's own).
        return EXPORTER, True
    if token.dep_ == "amod" and noun.dep_ == "pobj" and noun.head.lower_ == "for" and lemma in COMMODITY_NOUNS \
            and noun.head.head.lemma_.lower() in IMPORT_AGENTS | FLOW_IMPORT:
        # "the biggest market for Venezuelan oil", "demand for Iraqi crude": where the oil
        # the buyer wants comes from (not "a hub for Iranian oil": a hub sells too).
        return EXPORTER, True
    if noun.dep_ == "pobj" and noun.head.lower_ != "of":
        # ("imports of Russian crude": the state qualifies the commodity, not the imports.)
        role = _object_role(noun.head)
        if role is not None:
            return role, True
    if possessive and lemma not in IMPORT_NOUNS | EXPORT_NOUNS:
        # "Iran's 1.6 million bpd of exports": the flow a possessed amount is "of".
        chain.extend(
            c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in FLOW_EXPORT | FLOW_IMPORT
        )
    if possessive and lemma in COMMODITY_NOUNS and _supplied_share_of(noun):
        return IMPORTER, True
    # "Iraq's exports via Turkey's Ceyhan port": the way the oil passes may be another
    # state's, a weak clue the flow's own owner outranks.
    passing = noun.dep_ == "pobj" and noun.head.lower_ in _PASSING_PREPS
    if token.dep_ in ("amod", "compound") and not possessive and chain == [head] and lemma in ORIGIN_NOUNS:
        return EXPORTER, False  # "Iraqi volumes eased": weak, as "Iraqi oil"
    for link in reversed(chain):
        link_lemma = link.lemma_.lower()
        if link_lemma in IMPORT_NOUNS:
            return IMPORTER, not passing
        if link_lemma in EXPORT_NOUNS:
            return EXPORTER, link_lemma not in COMMODITY_NOUNS and not passing
    return None, True


_PASSING_PREPS = frozenset({"via", "through", "across"})


def _on_the_way(token: Token) -> bool:
    """The state names the way the oil passes: "through the Tanzanian port of Dar es
    Salaam", "via Turkey's Ceyhan port", "through Tanzania"."""
    noun = token
    if token.dep_ in ("amod", "compound", "poss"):
        noun = token.head
        while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
            noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in _PASSING_PREPS


def _supplied_share_of(noun: Token) -> bool:
    """The oil is the whole an amount supplied is part of: "Saudi Arabia supplied 40% of
    Japan's crude", "provided 2 million bpd of India's oil" (the whole's owner buys it,
    unlike "China bought 20% of Venezuela's crude")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    amount = noun.head.head
    return amount.dep_ == "dobj" and amount.head.pos_ == "VERB" and amount.head.lemma_.lower() in SUPPLY_SHARE


def _buyer_named(noun: Token, *, regions: bool = False) -> bool:
    """The flow noun names the state where it lands: "… into India", "… at Turkish ports"
    (not "at western ports", "at the country's terminals": the demonym's own); ``regions``: a
    region too ("… in Asia")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "into", "at", "in", "by"):
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and (
                place.ent_type_ in ("GPE", "NORP") or regions and place.lower_ in NON_STATE_PLACES
                or any(c.ent_type_ in ("GPE", "NORP") for c in place.children)
            ):
                return True
    return False


def _sendout(token: Token) -> bool:
    """"sendout", "send-out" (the parser may split it): gas an LNG terminal regasifies into
    its own state's grid."""
    doc = token.doc
    return token.lower_ == "sendout" or token.lower_ == "out" and token.i >= 2 and doc[token.i - 1].text == "-" \
        and doc[token.i - 2].lower_ == "send"


def _object_role(prep: Token) -> str | None:
    word = prep.lower_
    governor = prep.head
    if word in ("from", "in", "at") and _sendout(governor):
        return IMPORTER  # "send-out from Spain's terminals", "sendout in Italy"
    if word in ("from", "to"):
        # "Shipments from the kingdom to China", "Cargoes from the emirate to Japan": the
        # parser may hang the one on the other, or on its place; both are of the flow noun
        # above them.
        pair = governor.head if governor.dep_ == "pobj" and not any(c.like_num for c in governor.children) else governor
        if pair.dep_ == "prep" and pair.lower_ in ("from", "to") and pair.lower_ != word:
            governor = pair.head
        if governor.dep_ == "pobj" and governor.head.lower_ in ("by", "via") and governor.lemma_.lower() in TRANSPORT_MODES:
            # "exports by rail to the United States": the parser may hang the place on the way
            # of transport, but it is where the flow goes (or comes from), so read the flow noun.
            governor = governor.head.head
    amount = any(c.dep_ == "nummod" or c.like_num for c in governor.children)
    if amount and governor.dep_ == "pobj" and governor.head.lower_ == "of" and governor.head.head.pos_ == "NOUN":
        # "imported an average of 350,000 bpd from Venezuela", "a total of 4 million
        # barrels to India": the amount's measure noun stands in its place.
        governor = governor.head.head
    if governor.pos_ in ("NOUN", "PROPN", "SYM") and governor.dep_ in ("dobj", "nsubjpass", "attr") and amount:
        # "bought 2.1 million bpd from Russia": the phrase hangs on the amount; its verb trades.
        governor = governor.head
    if amount and word in ("from", "to") and governor.pos_ in ("NOUN", "PROPN", "SYM") and governor.dep_ in ("pobj", "conj", "appos"):
        # "compared with 1.1 million bpd from Iraq", "against 300,000 bpd to India": an
        # amount standing alone with where it comes from or goes.
        return EXPORTER if word == "from" else IMPORTER
    lemma = governor.lemma_.lower()
    # (The written form too: a plural tagged a verb has a lemma of its own, "cargoes" -> "cargoe".)
    # ("volumes into Japan", "volumes from Brazil": a flow noun of either side.)
    trade = lemma in EXPORT_VERBS or lemma in EXPORT_NOUNS or lemma in IMPORT_VERBS or lemma in IMPORT_NOUNS or lemma in MOVE_WORDS \
        or governor.lower_ in EXPORT_NOUNS or lemma in _FLOW_NOUNS
    if not trade and word in ("to", "into", "from") and governor.pos_ in ("VERB", "AUX") and prep.i < governor.i:
        # "To South Korea, imports rose …", "From Brazil, exports jumped …": the place set
        # before a verb whose subject is the flow is that flow's.
        trade = any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _TRADE_NOUNS for c in governor.children)
    if not trade and word in ("from", "to") and prep.i > 0:
        # The word written before it, whatever the parser hung the phrase on: "purchases
        # from Oman rose", "while those from the UAE rose", "those to China held" (those:
        # the flow just named).
        before = prep.doc[prep.i - 1]
        trade = before.lower_ == "those" or (word == "from" and before.lemma_.lower() in IMPORT_NOUNS | EXPORT_NOUNS)
    if word in ("to", "into", "for", "toward", "towards") and trade and lemma not in IMPORT_VERBS and lemma not in IMPORT_NOUNS - {"market"}:
        return IMPORTER
    if word in ("to", "for") and (lemma in EXPORT_AGENTS or lemma in COPULAS and any(
        c.dep_ in ("attr", "dobj", "oprd") and c.lemma_.lower() in EXPORT_AGENTS for c in governor.children
    )):
        # "the top supplier to China", "the second-largest source for India" (however the
        # parser hangs "to": on the noun or on "remained")
        return IMPORTER
    if word == "into" and lemma in IMPORT_NOUNS | IMPORT_VERBS:
        return IMPORTER  # "crude imports into India", "arrivals into China": where they land
    if word == "from" and (trade or lemma in ORIGIN_VERBS):
        return EXPORTER
    if word in ("at", "in") and lemma in LOAD_AT_WORDS:
        return EXPORTER
    if word in ("at", "in") and lemma in DISCHARGE_AT_WORDS:
        return IMPORTER
    if word == "in" and (lemma in PRODUCE_VERBS or lemma in PRODUCTION_EVIDENCE or lemma in ("water", "port")):
        return EXPORTER  # "pumping in Venezuela", "output in Libya", "stranded in Venezuelan waters"
    if word == "in" and (lemma in IMPORT_NOUNS or lemma in IMPORT_IN_VERBS):
        return IMPORTER  # "independent refiners in China", "In India, the refinery processed …"
    if word == "of" and lemma in IMPORT_AGENTS:
        return EXPORTER  # "the biggest buyer of Venezuela"
    if word == "of" and lemma in FLOW_IMPORT:
        return IMPORTER  # "the needs of the refinery"
    if word == "of" and lemma in FLOW_EXPORT:
        return EXPORTER  # "exports of Venezuela"
    if word == "with" and lemma in DEAL_NOUNS:
        return COUNTERPARTY  # "a deal with Rosneft to buy …"
    if word == "by":
        # "purchases by Turkey", "imports of Russian crude by Turkey", "crude bought by
        # India": the agent of the flow (the flow noun above an "of" phrase).
        if governor.dep_ == "pobj" and governor.head.lower_ == "of":
            lemma = governor.head.head.lemma_.lower()
        if lemma in FLOW_IMPORT or lemma in IMPORT_VERBS:
            return IMPORTER
        if lemma in FLOW_EXPORT or lemma in EXPORT_VERBS:
            return EXPORTER
    return None


# -- descriptions -------------------------------------------------------------------------


def _resolve_descriptions(refs: list[StateRef]) -> None:
    """Resolve descriptions in text order against the states seen before them."""
    for index, ref in enumerate(refs):
        if ref.iso3 is not None or (ref.role is None and not ref.subject):
            continue  # neither trades nor can be referred back to: needs no referent
        # Recent references only: keeps the work linear in long articles.
        earlier = [r for r in refs[max(0, index - _LOOKBACK) : index] if r.iso3]
        # A weak clue ("its crude") resolves as a pronoun does, to its clause's own
        # subject even when that holds the other role; the parties then ignore it.
        exclude = set() if not ref.strong and ref.token.lower_ in ("its", "their") else _other_role_states(refs, ref)
        ref.iso3 = _pick(earlier, ref, exclude)


def _other_role_states(refs: list[StateRef], ref: StateRef) -> set[str]:
    """States holding the opposite role in the description's own sentence."""
    if ref.role not in (EXPORTER, IMPORTER):
        return set()
    sentence = sent(ref.token)
    lo, hi = max(sentence.start, ref.token.i - WINDOW), min(sentence.end, ref.token.i + WINDOW)
    opposite = IMPORTER if ref.role == EXPORTER else EXPORTER
    return {r.iso3 for r in _refs_between(refs, lo, hi) if r.iso3 and r.role == opposite}


def _plant_antecedent(pronoun: Token, earlier: list[StateRef]) -> StateRef | None:
    """"The 650,000 bpd refinery … has bought U.S. crude since it started up": when the
    last subject before the pronoun is a plant, the pronoun is that plant, whose state is
    that of the last named plant ("Dangote Petroleum Refinery" → Nigeria)."""
    doc = pronoun.doc
    floor = max(0, sent(pronoun).start - WINDOW)
    for index in range(pronoun.i - 1, floor - 1, -1):
        token = doc[index]
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN"):
            if token.lemma_.lower() not in PLANT_WORDS or token.pos_ == "PROPN":
                return None
            for candidate in reversed(earlier):
                if candidate.kind == "organisation" and candidate.token.lemma_.lower() in PLANT_WORDS:
                    return candidate
            return None
    return None


def _parallel_antecedent(pronoun: Token, earlier: list[StateRef]) -> StateRef | None:
    """"India's imports from Iraq fell …, while its exports of diesel rose …": the owner
    of a clause's subject set beside the main clause is the main subject (or its owner),
    whatever role that one held."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "nsubj":
        return None
    verb = noun.head
    if verb.dep_ not in ("advcl", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    subject = subjects[0]
    places = {subject.i} | {c.i for c in subject.children if c.dep_ == "poss"}
    return next((r for r in reversed(earlier) if r.token.i in places and r.kind == "country"), None)


def _pick(earlier: list[StateRef], ref: StateRef, exclude: set[str]) -> str | None:
    sentence = sent(ref.token)

    def fits(candidate: StateRef) -> bool:
        if candidate.listed and ref.token.lower_ in ("its", "it"):
            return False  # "its" is not one of "Russia and Iran"
        return candidate.iso3 not in exclude and (ref.allowed is None or candidate.iso3 in ref.allowed)

    def same_sentence(candidate: StateRef) -> bool:
        return sentence.start <= candidate.token.i < sentence.end

    def same_role(candidate: StateRef) -> bool:
        return ref.role is not None and candidate.role == ref.role

    pronoun = ref.token.lower_ in ("its", "their", "it")
    # ("Saudi Aramco will supply … Its exports to Japan": a state company's are its state's.)
    candidates = [c for c in reversed(earlier) if c.kind in ("country", "description", "group") or (pronoun and c.for_state)]
    if not pronoun:
        # "Deputy Prime Minister Alexander Novak told state television the country's
        # exports …": the description is the speaking official's state.
        for candidate in reversed(earlier):
            if candidate.kind in ("person", "country") and same_sentence(candidate) and candidate.subject \
                    and candidate.token.head.lemma_.lower() in REPORTING_VERBS and candidate.token.i < ref.token.i and fits(candidate):
                return candidate.iso3
    if pronoun:
        parallel = _parallel_antecedent(ref.token, earlier)
        if parallel is not None and (ref.allowed is None or parallel.iso3 in ref.allowed):
            return parallel.iso3
    if ref.token.lower_ in ("its", "it"):
        plant = _plant_antecedent(ref.token, earlier)
        if plant is not None and fits(plant):
            return plant.iso3
    if pronoun:
        # A pronoun: its own sentence first ("India's imports … its total crude imports"),
        # then the last subject before it.
        orders = (
            lambda c: same_sentence(c) and same_role(c),
            lambda c: same_sentence(c) and c.subject,
            lambda c: same_sentence(c),
            lambda c: c.subject,
            same_role,
        )
    else:
        # A description (after the voice of its sentence, above): the last state in the
        # same role, then the last subject.
        orders = (
            same_role,
            lambda c: c.subject,
            lambda c: True,
        )
    for accept in orders:
        for candidate in candidates:
            if accept(candidate) and fits(candidate):
                return candidate.iso3
    return None


# -- the clause of a figure ---------------------------------------------------------------


def clause_head(token: Token) -> Token:
    """The nearest verb above ``token`` that has a subject of its own (else the highest
    token reached within the window)."""
    current = token
    for _ in range(4 * WINDOW):
        if current.pos_ in ("VERB", "AUX") and (_has_subject(current) or current.dep_ == "relcl"):
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return current


@dataclass(slots=True)
class Clause:
    """The tokens that speak for a figure (see :func:`region`)."""

    indices: set[int]
    head: Token
    tokens: list[Token]
    words: frozenset[str]  # lemmas and lower-cased forms, for word-list tests
    flow_words: frozenset[str]  # the same without an "according to …" phrase, for the flow's words
    exporter_from_company: bool = False  # the clause's exporter is only a company's home state


def _route_name(token: Token) -> str:
    """The whole proper name ``token`` is part of, hyphenated places kept together
    ("omisalj-sisak" of "the Omisalj-Sisak pipeline"), lower-cased."""
    doc, start, end = token.doc, token.i, token.i

    def joined(left: int) -> bool:
        return joined_by_hyphen(doc, left) and doc[left].pos_ == doc[left + 2].pos_ == "PROPN"

    while joined(start - 2):
        start -= 2
    while joined(end):
        end += 2
    return doc[start:end + 1].text.lower()


def _mode_name(token: Token) -> str:
    """A way of transport's key among the named routes: "by rail"."""
    return "by " + token.lemma_.lower()


def _clause(indices: set[int], head: Token) -> Clause:
    doc = head.doc
    order = sorted(indices)
    lemmas, lowers, texts = token_column(doc, "LEMMA"), token_column(doc, "LOWER"), token_column(doc, "ORTH")
    pairs = [(i, (lemmas[i].lower(), lowers[i])) for i in order if not names_the_month_may(texts[i])]
    # The words of "according to OPEC secondary sources" or "according to shipping data"
    # tell who counted, not what flowed: no supplier ("source"), no shipment ("ship").
    told_by = {
        t.i for i in order if lowers[i] == "according" and i != head.i and not doc[i].is_ancestor(head) for t in doc[i].subtree
    }
    # … and "(a price) for August delivery" the contract it is quoted for, not a delivery.
    told_by |= {
        t.i for i in order if lemmas[i].lower() in _CONTRACT_NOUNS and doc[i].dep_ == "pobj" and lowers[doc[i].head.i] == "for"
        and any(c.ent_type_ == "DATE" for c in doc[i].children) for t in doc[i].subtree
    }
    words = frozenset(w for _, both in pairs for w in both)
    flow_words = frozenset(w for i, both in pairs if i not in told_by for w in both) if told_by else words
    return Clause(indices, head, [doc[i] for i in order], words, flow_words)


def region(figure: Span) -> Clause:
    """Token indices whose states speak for the figure, and its clause head.

    The clause of the figure's nearest verb with a subject, without the clauses beside
    it that have their own subject ("…, while Kazakhstan's production fell …") — but
    with the relative clauses inside it ("36% of the 4.8 million bpd that India
    imported"). A figure inside a relative clause also sees the noun it qualifies; a
    figure qualified by a relative clause sees only its own noun phrase.
    """
    root = figure.root
    lo, hi = window(root)
    for child in root.children:
        lemma = child.lemma_.lower()
        if child.dep_ == "relcl" and (lemma in IMPORT_VERBS or lemma in EXPORT_VERBS):
            return _clause(set(range(max(lo, root.left_edge.i), min(hi, root.right_edge.i + 1))), child)
    head = clause_head(root)
    # "Russia stayed China's top supplier, customs data showed, with arrivals of 9.1
    # million tonnes": a figure the parser hangs on the reporting verb belongs to what
    # is reported.
    reported = head.lemma_.lower() in REPORTING_VERBS and _hangs_on(root, head)

    def beside(token: Token) -> bool:
        if reported and token.dep_ == "ccomp" and token.head.i == head.i:
            return False
        # A clause with a subject of its own, beside the figure's ("…, while X fell …"),
        # or a relative clause on a noun off the figure's line ("with a 40% share, ahead
        # of Qatar, which supplied 22%": Qatar's clause is not the 40%'s).
        if token.lemma_.lower() == "follow" and token.i != root.head.i and not token.is_ancestor(root) \
                and any(c.dep_ == "agent" for c in token.children):
            return True  # "…, taking 410,000 bpd, followed by the Netherlands at …": the next one's
        if token.pos_ not in ("VERB", "AUX") or not _has_subject(token) or token.dep_ in ("nsubj", "nsubjpass"):
            # (A subject is no clause beside: "Russian gas flows to Europe fell …", the
            # tagger's verb "flows" is the noun the figure's verb has for subject.)
            return False
        if token.dep_ not in _NESTED_OK:
            return True
        noun = token.head
        return not (noun.i == root.i or noun.is_ancestor(root) or root.is_ancestor(noun))

    indices = {token.i for token in bounded_subtree(head, root, beside)}
    later = _later_amount(root, head)
    if later is not None:
        # "imported 640,000 tonnes of Russian LNG …, and 370 thousand tonnes from
        # Australia": what follows a second amount of the same verb is that amount's.
        indices = {i for i in indices if i < later.left_edge.i}
    if head.dep_ == "relcl":
        # The noun it qualifies, with the noun phrase that noun sits in: "purchases of U.S.
        # crude, which rose to about 540,000 bpd".
        noun = head.head
        for _ in range(4):
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head.head
            else:
                break
        indices.update(range(max(lo, noun.left_edge.i), min(hi, head.left_edge.i)))
    return _clause(indices, head)


def _later_amount(root: Token, head: Token) -> Token | None:
    """A second amount the figure's verb takes after the figure (a noun conjunct with a
    number of its own), if the figure is the verb's object."""
    if root.head.i != head.i or root.dep_ not in ("dobj", "attr"):
        return None
    for child in head.children:
        if child.i > root.i and child.dep_ == "conj" and child.pos_ == "NOUN" and any(c.dep_ == "nummod" or c.like_num for c in child.children):
            return child
    return None


def _hangs_on(root: Token, verb: Token) -> bool:
    """The figure is reached from ``verb`` through prepositions and nouns alone ("showed …,
    with arrivals of 9.1 million tonnes"), not through a clause of its own."""
    token = root
    for _ in range(WINDOW):
        if token.head.i == verb.i:
            return token.dep_ == "prep"
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _the_plant(clause: Clause) -> bool:
    """The clause names a plant already spoken of: "the refinery's intake", "its refinery"."""
    for token in clause.tokens:
        if token.lemma_.lower() in PLANT_WORDS and token.tag_ != "NNS":
            if any(c.lower_ in ("the", "its", "this", "that") for c in token.children):
                return True
    return False


def _refs_between(refs: list[StateRef], lo: int, hi: int) -> list[StateRef]:
    """References whose token lies in [lo, hi) (``refs`` is in text order)."""
    keys = refs.keys if isinstance(refs, RefList) else [r.token.i for r in refs]
    return refs[bisect.bisect_left(keys, lo) : bisect.bisect_left(keys, hi)]


def best_parties(figure: Span, refs: list[StateRef], clause: Clause | None = None) -> tuple[str | None, str | None, Clause]:
    """(exporter, importer) named in the figure's clause, and the clause."""
    clause = clause or region(figure)
    indices = clause.indices
    anchor = figure.root.i
    in_region = [r for r in _refs_between(refs, min(indices, default=anchor), max(indices, default=anchor) + 1) if r.token.i in indices]
    in_region = [r for r in in_region if not _another_amount_s(r.token, figure.root)]
    # A gapped conjunct ("…, and Kazakhstan by 12% to 500,000 tonnes") holds the figures
    # after it; the verb's own subject those before it.
    gapped = [r for r in in_region if _gapped_subject(r.token)]
    if gapped:
        before = [r.token.i for r in gapped if r.token.i < anchor]
        if before:
            in_region = [r for r in in_region if r.token.i >= max(before) or r.role != _role_of_ref(gapped, max(before))]
        in_region = [r for r in in_region if not (_gapped_subject(r.token) and r.token.i > anchor)]

    antecedent = _relative_subject(clause.head)
    shared = _shared_subject_role(figure.root)
    if shared is not None:
        # "China bought 1.9 million bpd from Russia and sold 120,000 bpd to Singapore": the
        # second verb's figure sees its own words and the shared subject, in its own role.
        verb, _ = shared
        inside = range(verb.left_edge.i, verb.right_edge.i + 1)
        in_region = [r for r in in_region if r.token.i in inside or (r.token.dep_ == "nsubj" and r.token.head.i == verb.head.i)]

    def role_here(ref: StateRef) -> str | None:
        # "ahead of Qatar, which supplied 22%": in its relative clause the state is the subject.
        if antecedent is not None and ref.token.i == antecedent[0]:
            return antecedent[1]
        if shared is not None and ref.token.dep_ == "nsubj" and ref.token.head.i == shared[0].head.i:
            return shared[1]
        return ref.role

    def best(role: str, exclude: str | None) -> str | None:
        candidates = [r for r in in_region if role_here(r) == role and r.iso3 != exclude]
        if not candidates:
            return None
        candidates.sort(key=lambda r: (_RANK[r.kind], not r.strong, abs(r.token.i - anchor), r.start))
        if role == EXPORTER and candidates[0].place:
            origin = _origin_of_loaded_oil(candidates[0].token, candidates)
            if origin is not None:
                return origin
        # (A state's own oil company, PDVSA or Aramco, loads where its state does.)
        if role == EXPORTER and candidates[0].kind == "organisation" and not candidates[0].for_state:
            chosen_by_company.add(candidates[0].iso3)
        return candidates[0].iso3

    chosen_by_company: set[str] = set()

    importer = best(IMPORTER, None)
    exporter = best(EXPORTER, importer)
    compared = _compared_amount_party(figure, refs)
    if compared is not None:
        # "Iraq supplied 13.8 million tonnes, against 11.1 million tonnes from Russia": the
        # compared amount's own seller (or buyer) stands in for the clause's.
        role, state = compared
        if role == EXPORTER:
            exporter, importer = state, (importer if importer != state else None)
        else:
            exporter, importer = (exporter if exporter != state else None), state
    if importer is not None and importer == exporter:
        importer = None
    # "a deal with Rosneft to buy …": the partner of a buyer sells, of a seller buys.
    if exporter is None and importer is not None:
        exporter = best(COUNTERPARTY, importer)
    elif importer is None and exporter is not None:
        importer = best(COUNTERPARTY, exporter)
    clause.exporter_from_company = exporter is not None and exporter in chosen_by_company
    return exporter, importer, clause


def _origin_of_loaded_oil(port: Token, candidates: list[StateRef]) -> str | None:
    """The origin named on oil loaded at a port of another state ("Kazakhstan's CPC Blend,
    loaded at Novorossiysk", "Kazakh crude loaded at Novorossiysk"): the port is the way
    out of a transit state, the oil's origin its exporter."""
    prep = port.head
    if port.dep_ != "pobj" or prep.lower_ not in ("at", "in", "from") or prep.head.lemma_.lower() not in LOAD_AT_WORDS:
        return None
    oil = prep.head.head if prep.head.dep_ == "acl" else None
    if oil is None:
        return None
    named = {oil.i} | {c.i for c in oil.children if c.dep_ in ("poss", "amod", "compound")}
    return next((r.iso3 for r in candidates if not r.place and r.token.i in named and r.iso3 != candidates[0].iso3), None)


def _shared_subject_role(root: Token) -> tuple[Token, str] | None:
    """(verb, role) when the figure is the object of a second trade verb that shares the
    first one's subject ("… bought 1.9 million bpd from Russia and sold 120,000 bpd …")."""
    verb = root.head
    if root.dep_ != "dobj" or verb.dep_ != "conj" or verb.pos_ != "VERB" or _has_subject(verb) or verb.head.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    role = EXPORTER if lemma in EXPORT_VERBS else IMPORTER if lemma in IMPORT_VERBS else None
    first = verb.head.lemma_.lower()
    first_role = EXPORTER if first in EXPORT_VERBS else IMPORTER if first in IMPORT_VERBS else None
    return (verb, role) if role is not None and first_role not in (None, role) else None


def _another_amount_s(token: Token, root: Token) -> bool:
    """The state hangs on another amount set beside the figure as a comparison ("…,
    compared with 1.1 million bpd from Iraq"): that amount's origin or destination."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("from", "to"):
        return False
    amount = token.head.head
    if amount.i == root.i or amount.pos_ not in ("NOUN", "PROPN", "SYM") or not any(c.dep_ == "nummod" or c.like_num for c in amount.children):
        return False
    first = amount.head if amount.dep_ == "conj" else amount
    return first.dep_ == "pobj" and first.head.lower_ in _COMPARING_PREPS


def _compared_amount_party(figure: Span, refs: list[StateRef]) -> tuple[str, str] | None:
    """(role, state) of an amount set beside another as its comparison that names its own
    origin or destination ("…, against 11.1 million tonnes from Russia"; the parser hangs
    the "from" on the amount or on "against")."""
    root = figure.root
    if root.dep_ != "pobj" or root.head.lower_ not in _COMPARING_PREPS:
        return None
    for prep in (*root.children, *root.head.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "to") or prep.i < figure.end:
            continue
        state = next((r.iso3 for r in _refs_between(refs, prep.i + 1, prep.right_edge.i + 1)
                      if r.kind == "country" and r.token.head.i == prep.i), None)
        if state is not None:
            return (EXPORTER if prep.lower_ == "from" else IMPORTER), state
    return None


def _gapped_verb(token: Token) -> Token | None:
    """The verb a state left alone with its complements stands with (the verb gapped):
    "…, and Kazakhstan by 12% to 500,000 tonnes" (the state a conjunct of the verb), or
    "Italy received 400,000 barrels and Spain 300,000 barrels", where the parser hangs the
    state on the second amount, a conjunct of the verb's object."""
    head = token.head
    if head.i == token.i:
        return None
    if token.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return head
    if token.dep_ not in ("nmod", "compound") or token.pos_ != "PROPN" or head.dep_ != "conj" or head.head.dep_ != "dobj":
        return None
    opens_conjunct = token.left_edge.i == head.left_edge.i > 0 and token.doc[token.left_edge.i - 1].dep_ == "cc"
    number_after = any(c.dep_ == "nummod" and c.i > token.i for c in head.children)
    verb = head.head.head
    return verb if opens_conjunct and number_after and verb.pos_ == "VERB" else None


def _gapped_subject(token: Token) -> bool:
    return token.pos_ == "PROPN" and _gapped_verb(token) is not None


def _role_of_ref(refs: list[StateRef], index: int) -> str | None:
    return next((r.role for r in refs if r.token.i == index), None)


def _whole_of_a_share(token: Token) -> bool:
    """"…, or 40% of the total", "supplied 2.3 million tonnes of the total": the whole a
    share or an amount is part of, not a total flow."""
    of = token.head
    return of.lower_ == "of" and token.dep_ == "pobj" and (
        of.head.lower_ in ("%", "percent", "pct") or any(c.dep_ == "nummod" for c in of.head.children)
    )


def _total_of_a_flow(figure: Span) -> str | None:
    """"…, 31% of the country's overall imports of 4.6 million bpd": the figure sizes a
    whole flow, every seller's (imports: the exporter role is open) or every buyer's
    (exports: the importer role is), not the share's supplier's."""
    token = figure.root
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    noun = token.head.head
    if not any(c.dep_ == "amod" and c.lemma_.lower() in _ONE_STATE_TOTALS for c in noun.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("from", "to") for c in noun.children):
        return None  # "total imports from Iraq of …": one seller's
    lemma = noun.lemma_.lower()
    return EXPORTER if lemma in FLOW_IMPORT else IMPORTER if lemma in FLOW_EXPORT else None


def _part_of_the_total(figure: Span, share: bool) -> bool:
    """"38% of the total", "1.1 million bpd of that", a share with its whole left out
    ("US crude accounted for 15%"): a part of a whole no state owns in the phrase (the
    flow the story is about)."""
    wholes = [whole for prep in figure.root.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for whole in prep.children if whole.dep_ == "pobj"]
    if not wholes:
        return share
    return any(
        (whole.lemma_.lower() in TOTAL_WORDS or whole.lower_ in ("that", "it", "them"))
        and not any(c.dep_ == "poss" for c in whole.children)
        for whole in wholes
    )


def _owns_a_whole(token: Token) -> bool:
    """"34% of India's imports": the state owns the whole a share is of."""
    return token.dep_ == "poss" and _whole_of_a_share(token.head)


def _share_of_the_flows(figure: Span) -> bool:
    """"90% of the flows", "a third of those cargoes": a share of a flow named before."""
    for prep in figure.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in _POINTED_FLOWS \
                        and any(c.dep_ == "det" and c.lower_ in _POINTING | {"the"} for c in noun.children):
                    return True
    return False


def _dated_flow(clause: Clause, refs: list[StateRef]) -> bool:
    """The clause's flow is a bare month's ("March arrivals", "February discharges"), with
    no state of its own in the clause; a month's total ("total October exports") is every
    flow of that month, not another count of one, and a price "for August delivery" is
    quoted for a contract month, not a count of any flow."""
    # (A data firm's home state is none of the flow's: "Vortexa" is no party.)
    if any(r.token.i in clause.indices and (r.kind != "organisation" or r.role is not None)
           for r in _refs_between(refs, clause.head.sent.start, clause.head.sent.end)):
        return False
    return any(
        token.lemma_.lower() in _DATED_FLOWS and token.pos_ == "NOUN" and not (token.dep_ == "pobj" and token.head.lower_ == "for")
        and not any(c.dep_ in ("det", "poss") for c in token.children)
        and not any(t.lemma_.lower() in TOTAL_WORDS for left in token.lefts for t in left.subtree)
        and any(c.dep_ in ("compound", "nmod", "amod") and c.i < token.i and c.ent_type_ == "DATE" and c.is_alpha for c in token.children)
        for token in clause.tokens
    )


def _points_back(clause: Clause) -> bool:
    """"This compares with exports of 150,000 bpd a year earlier", "That was up from imports
    of …": the subject of a comparison stands for the figure before, whose flow its own
    flow noun restates (not "That brought imports to …": an event's)."""
    head = clause.head
    return (head.lemma_.lower() == "compare" or head.lemma_.lower() in COPULAS) and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _POINTING for t in head.children
    )


def _regional_subject(clause: Clause) -> bool:
    """The clause's subject is a group of states by region ("the two Gulf producers",
    "Middle Eastern crude", "African suppliers"): its flow has many exporters, none of
    them the one before."""
    for token in clause.tokens:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PROPN":
            continue  # (a region's word in a place's name is no group: "the Gulf Coast took …")
        words = [t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod", "nmod")]
        phrases = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}
        if phrases & _REGION_NAMES:
            return True
    return False


def _respectively(sentence: Span, refs: list[StateRef], order: int) -> tuple[str, str] | None:
    """(role, state) the ``order``-th figure of a sentence that ends its list with
    "respectively" takes: the state listed at that place, in the list's role."""
    lowers = token_column(sentence.doc, "LOWER")
    if "respectively" not in lowers[sentence.start : sentence.end]:
        return None
    here = [r for r in _refs_between(refs, sentence.start, sentence.end) if r.kind == "country" and r.iso3]
    at = {r.token.i for r in here}
    listed = [r for r in here if r.token.dep_ == "conj" and r.token.head.i in at or any(c.dep_ == "conj" and c.i in at for c in r.token.children)]
    if len(listed) < 2 or order >= len(listed) or listed[0].role not in (EXPORTER, IMPORTER):
        return None
    return listed[0].role, listed[order].iso3


_EARLIER_WORDS = words("figures", "earlier_words")
_TAKING_VERBS = words("figures", "taking_verbs")


def _named_by_description(clause: Clause, refs: list[StateRef]) -> bool:
    """The clause names a state by a description ("the island", "the country")."""
    return any(r.kind == "description" and r.token.i in clause.indices
               for r in _refs_between(refs, min(clause.indices, default=0), max(clause.indices, default=0) + 1))


def _unowned_exports(clause: Clause) -> bool:
    """The clause's flow is exports no word assigns to anyone ("Petroleum product exports
    fell"): an export noun as subject, with no possessor, origin, region or world."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lemma_.lower() == "export"
        and not any(c.dep_ == "poss" or c.lower_ in TOTAL_WORDS | _REGION_NAMES for c in t.children)
        and not any(p.dep_ == "prep" and p.lower_ == "from" for p in t.children)  # "exports … from Asian refiners"
        for t in clause.tokens
    ) and not any(t.lower_ in TOTAL_WORDS for t in clause.tokens)  # "World exports of LNG", "Global crude exports"


def _home_output(clause: Clause) -> bool:
    """"Domestic output averaged …", "Local production rose …": the clause's subject is the home
    state's output (not "imports rose to make up for weaker domestic output")."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.i == clause.head.i and t.lemma_.lower() in PRODUCTION_EVIDENCE
        and any(c.dep_ == "amod" and c.lower_ in HOME_MODIFIERS for c in t.children)
        for t in clause.tokens
    )


def _compared_owner(
    figure: Span, clause: Clause, refs: list[StateRef], exporter: str | None, importer: str | None
) -> tuple[str | None, str | None] | None:
    """The parties of a figure a state owns outright ("ahead of Australia's 1.88 million
    tonnes") beside the clause's own flow: the owner takes the place of the state its
    subject names ("Shipments from Qatar"), in that state's role."""
    owner = next((
        r.iso3 for c in figure.root.children if c.dep_ == "poss"
        for r in _refs_between(refs, c.i, c.i + 1) if r.kind == "country" and r.iso3
    ), None)
    if owner is None or owner in (exporter, importer):
        return None
    named = {
        r.iso3 for s in clause.head.children if s.dep_ in ("nsubj", "nsubjpass") and not s.i <= figure.root.i <= s.right_edge.i
        for r in _refs_between(refs, s.left_edge.i, s.right_edge.i + 1) if r.iso3
    }
    if exporter is not None and exporter in named and importer not in named:
        return owner, importer
    if importer is not None and importer in named and exporter not in named:
        return exporter, owner
    return None


_COMPARES_BACK = re.compile(rf"\W*(?:{alternation('figures', 'comparing_openers')})\b", re.IGNORECASE)


def compares_back(sentence: Span, earlier: int) -> bool:
    """"That compares with 296,000 barrels in October." points at the figure at token
    ``earlier``, across the figureless sentences after it and a paragraph break (not two)."""
    if not _COMPARES_BACK.match(sentence.text):
        return False
    return sum(1 for t in sentence.doc[earlier : sentence.start] if "\n" in t.text or "\n" in t.whitespace_) <= 1


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    """A paragraph break falls among the tokens [start, end) or after them."""
    return any("\n" in t.text or "\n" in t.whitespace_ for t in doc[start:end])


def _from_a_region(clause: Clause) -> bool:
    """The clause's flow comes "from" a region ("took 2.6 million bpd of crude from the Middle
    East"): many sellers, none the story's one."""
    return any(
        t.dep_ == "pobj" and t.head.lower_ == "from" and t.lower_ in NON_STATE_PLACES | _REGION_NAMES for t in clause.tokens
    )


def _region_buys(clause: Clause) -> bool:
    """The subject of the clause's buying verb is a region, not a state ("Europe
    received …", "Asia took …")."""
    return any(
        t.dep_ == "nsubj" and t.lower_ in NON_STATE_PLACES | _REGION_NAMES and t.head.lemma_.lower() in IMPORT_VERBS
        for t in clause.tokens
    )


def _region_supplies(clause: Clause) -> bool:
    """The subject of the clause is a region itself ("The Middle East accounted for …",
    "Africa supplied …") and its verb is not a buying one ("America" alone may be the US)."""
    return any(
        t.dep_ == "nsubj" and t.lower_ in NON_STATE_PLACES and t.head.lemma_.lower() not in IMPORT_VERBS
        and (t.lower_ != "america" or any(c.dep_ == "compound" for c in t.lefts))
        for t in clause.tokens
    )


def _destination_in(clause: Clause) -> bool:
    """The clause sends the flow somewhere ("exports to Europe", "into Asia"; not "according
    to METI")."""
    return any(t.dep_ == "prep" and t.lower_ in ("to", "into", "toward", "towards") and t.head.lower_ != "according" and
               any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in t.children) for t in clause.tokens)


def _owned_exports(clause: Clause) -> bool:
    """"Iran's crude exports averaged …": a state's exports, to every buyer (not only to
    the one the story is about)."""
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _ALL_BUYERS_FLOWS and any(c.dep_ == "poss" for c in t.children)
        for t in clause.tokens
    )


def _off_the_market(clause: Clause) -> bool:
    """"could remove 900,000 bpd from the market", "keep 500,000 bpd of Libyan supply off
    the market": supply withheld from every buyer ("the market", "the global market"; a
    state's market, "the U.S. market", is a buyer)."""
    return any(
        t.lemma_.lower() == "market" and t.dep_ == "pobj" and t.head.lower_ in ("off", "from")
        and all(c.lower_ in _WHOLE_MARKET for c in t.children)
        for t in clause.tokens
    )


def _volume_by_origin(clause: Clause, refs: list[StateRef], state: str) -> bool:
    """"Iraqi volumes eased": the clause's amount is named by the state it comes from."""
    return any(
        r.iso3 == state and r.role == EXPORTER and r.token.i in clause.indices and r.token.dep_ in ("amod", "compound")
        and r.token.head.lemma_.lower() in ORIGIN_NOUNS
        for r in _refs_between(refs, min(clause.indices, default=0), max(clause.indices, default=0) + 1)
    )


def _origin_in(clause: Clause, refs: list[StateRef]) -> bool:
    """The clause names the state the flow comes from ("purchases from Oman"; not "data
    from Kpler")."""
    return any(
        t.dep_ == "prep" and t.lower_ == "from" and any(
            c.dep_ == "pobj" and any(r.role == EXPORTER for r in _refs_between(refs, c.i, c.i + 1)) for c in t.children
        )
        for t in clause.tokens
    )


def _relative_subject(head: Token) -> tuple[int, str] | None:
    """(token index of the noun, role) when ``head`` is a relative clause whose relative
    pronoun is its subject and whose verb gives that subject a trade role, or whose
    relative pronoun owns the clause's flow noun ("Angola, whose oil exports slipped to
    …": the noun owns the flow as "Angola's oil exports" would)."""
    if head.dep_ != "relcl":
        return None
    for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
        owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if owner is not None:
            role = role_of(owner)[0]
            return (head.head.i, role) if role in (EXPORTER, IMPORTER) else None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that", "who")]
    if not subjects:
        return None
    role = _subject_role(head, passive=subjects[0].dep_ == "nsubjpass")
    return (head.head.i, role) if role in (EXPORTER, IMPORTER) else None


_HEADLINE_WEIGHT = 0.5
# Capitalised runs of up to three words in a title, each a candidate state name.
_TITLE_NAMES = re.compile(r"(?<![\w'’])([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})")


def headline_parties(title: str | None, lookup) -> tuple[str | None, str | None]:
    """(exporter, importer) of a title about one flow: "Venezuela's oil exports slide",
    "Iran's oil shipments to China hit record", "India's imports from Iraq rise"; ``lookup``
    gives a name's ISO3 (:meth:`ActorTable.lookup_country`)."""
    if not title:
        return None, None
    lowered = {w.rstrip("s") for w in re.findall(r"[a-z]+", title.lower())}
    exports = bool(lowered & {w.rstrip("s") for w in EXPORT_EVIDENCE | PRODUCTION_EVIDENCE})
    imports = bool(lowered & {w.rstrip("s") for w in IMPORT_EVIDENCE})
    if exports == imports:
        return None, None
    first = to = origin = None
    for match in _TITLE_NAMES.finditer(title):
        words = match.group(1).split()
        state = next((lookup(" ".join(words[:n])) for n in range(len(words), 0, -1) if lookup(" ".join(words[:n]))), None)
        if state is None:
            continue
        before = title[: match.start()].rstrip().lower()
        if before.endswith((" to", " into", " for")):
            to = to or state
        elif before.endswith(" from"):
            origin = origin or state
        else:
            first = first or state
    if exports:
        return first, to if to != first else None
    return origin if origin != first else None, first


# Where oil a producer delivers stays at home: "to its Esmeraldas refinery", "to local refiners".
HOME_PLANTS = words("figures", "home_plants")
HOME_MODIFIERS = words("figures", "home_modifiers")


_RUN_VERBS = words("figures", "run_verbs")
_RUN_NOUNS = words("figures", "run_nouns")
_RUN_PLANTS = words("figures", "run_plants")
_GOVERNED_BY = frozenset({"advmod", "dobj", "npadvmod", "nummod", "pobj", "prep", "quantmod"})


def refinery_runs(span: Span, clause: Clause) -> bool:
    """A refinery's runs: "its refinery processed 271,000 bpd", "the plant ran at 148,600
    bpd", "cut runs at its complex to 430,000 bpd", "crude runs at the refineries rose to
    …" — oil used where the plant stands, no trade between states, unless the clause says
    where it came from ("processed 150,000 bpd of U.S. crude", "from Iraq")."""
    head = span.root
    while head.dep_ in _GOVERNED_BY and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    if head.lemma_.lower() in _RUN_NOUNS or head.lower_ in _RUN_NOUNS:
        runs = True  # "cut runs … to 430,000 bpd" parsed with "runs" as the root
    elif head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = [c for c in head.children if c.dep_ == "dobj"]
        runs = lemma in _RUN_VERBS and any(_a_plant(s) for s in subjects) or any(
            t.lemma_.lower() in _RUN_NOUNS or t.lower_ in _RUN_NOUNS for t in subjects + objects
        )
    else:
        runs = False
    return runs and not _origin_named(clause)


def _a_plant(subject: Token) -> bool:
    """A refinery, named or as "it" right after a sentence whose subject is one ("The
    country's only refinery … runs on imported crude. It processed …")."""
    if subject.lower_ != "it":
        return subject.lemma_.lower() in _RUN_PLANTS or subject.lower_ in _RUN_PLANTS
    sentence = subject.sent
    if sentence.start == 0:
        return False
    before = subject.doc[sentence.start - 1].sent.root
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in _RUN_PLANTS or c.lower_ in _RUN_PLANTS) for c in before.children)


def _origin_named(clause: Clause) -> bool:
    """The clause names where its oil came from: "from Iraq", "of U.S. crude", "Urals"
    (not a baseline: "up from 290,000 bpd")."""
    return any(
        token.lower_ == "from" and token.dep_ == "prep" and not any(t.like_num for t in token.subtree) or _GRADE.fullmatch(token.text)
        or token.dep_ in ("amod", "compound") and token.ent_type_ in ("GPE", "NORP") and token.head.lemma_.lower() in COMMODITY_NOUNS
        for token in clause.tokens
    )


def carries_several_states_oil(clause: Clause, refs: list[StateRef]) -> bool:
    """"The pipeline carried 2.44 million tonnes, of which 0.52 million tonnes was transit
    oil from Kazakhstan and Turkmenistan", "… carried 19.4 million tonnes of Azerbaijani
    and Central Asian crude": a line whose sentence lists several origins has no one
    seller, whichever state it starts in or whose statistics office counts it."""
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]  # "Further north, the … pipeline"
    if not any(s.lemma_.lower() in ROUTE_NOUNS for s in subjects):
        return False
    sentence = sent(clause.head)
    here = _refs_between(refs, sentence.start, sentence.end)
    return any(r.beside_region for r in here) or sum(1 for r in here if r.listed) >= 2


def delivered_at_home(span: Span, clause) -> bool:
    """The figure's own verb sends it "to its (own) … refinery" or "to domestic/local
    refiners" (not "to its refinery in Germany": a plant abroad): no trade between states."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # (On the verb or inside the figure's phrase: "240,000 bpd of Maya crude to its … refinery".)
    heads = {verb.i} | {t.i for t in span.root.subtree}
    for token in clause.tokens:
        if token.lower_ != "to" or token.dep_ not in ("prep", "dative") or token.head.i not in heads:
            continue
        for place in (c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() in HOME_PLANTS):
            # ("to its biggest market, China" is a buyer: only a plant is its own)
            own = place.lemma_.lower() != "market" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in place.children)
            home = any(c.dep_ == "amod" and c.lower_ in HOME_MODIFIERS for c in place.children)
            abroad = any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in place.children)
            if (own or home) and not abroad:
                return True
    return False


class Flows:
    """Exporter and importer of each figure of one article, in text order."""

    def __init__(
        self, doc: Doc, refs: list[StateRef], mentions: list[ActorMention], *, headline: tuple[str | None, str | None] = (None, None),
        home: str | None = None,
    ):
        """``headline``: (exporter, importer) the article's title names (:func:`headline_parties`);
        ``home``: the state of the story's dateline."""
        self.home = home
        self.doc = doc
        self.refs = refs
        self.mentions = mentions
        self.previous: tuple[int, str | None, str | None] | None = None  # (sentence start, exporter, importer)
        self._sentence_figures = (-1, 0)  # (sentence start, figures of it read before the current one)
        self.seen_exporters: Counter = Counter()
        self.seen_importers: Counter = Counter()
        # A state the title names counts for less than one named in the text: it fills a
        # role the text leaves open ("Exports fell 12% …" under "Venezuela's oil exports slide").
        for counter, state in ((self.seen_exporters, headline[0]), (self.seen_importers, headline[1])):
            if state:
                counter[state] += _HEADLINE_WEIGHT
        self.last_seen: dict[str, int] = {}
        self._next_ref = 0
        # Roots of the mentions of groups without a state ("OPEC+"), found once.
        self._blocs: list[Token] = []
        for mention in mentions:
            if mention.country or mention.actor_type not in ("organisation", "group"):
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and len(span):
                self._blocs.append(span.root)
        self.continued = False  # whether the last figure continued the flow before it
        self.plant_importer: str | None = None  # importer of the last flow into a named plant
        self._roles_in_sentence: dict[int, bool] = {}
        self._origin_list = -1  # start of the sentence whose figures list origins
        self._previous_end = -1  # token after the last figure read
        self._last_full: tuple[str, str] | None = None  # parties of the last flow with both
        # Named routes ("Transmed") and the one flow each was named with; None where a
        # route carried two different flows, so neither is guessed.
        self._routes: dict[str, tuple[str, str] | None] = {}
        self._seller_of: dict[str, tuple[int, str]] = {}  # buyer → (sentence start, seller) of its last full flow
        self._figure_sentences: set[int] = set()  # starts of the sentences with a figure read
        self.priced = False  # whether the last figure read was a price

    def _read(self, sentence_start: int, exporter: str | None, importer: str | None) -> None:
        """The last figure read: its sentence and parties."""
        self.previous = (sentence_start, exporter, importer)
        self.priced = False
        self._figure_sentences.add(sentence_start)

    def restate(self, sentence: Span, exporter: str | None, importer: str | None) -> None:
        """The figure restates the one before it in another unit ("…, or 1.68 million bpd"):
        its parties are those of the flow a later "That compared with …" continues."""
        self._read(sentence.start, exporter, importer)

    def parties(
        self, figure: Span, clause: Clause | None = None, shares_previous: bool = False, voice=None, share: bool = False
    ) -> tuple[str | None, str | None]:
        """``shares_previous``: the figure is a share "of it"/"of the total" of the figure
        before it in the sentence, whose flow it keeps where its own clause is silent.
        ``voice``: a callable giving the state whose official the sentence quotes, which
        owns unowned exports before the article's main exporter does. ``share``: the
        figure is a percent share (a supplier's share is of the story's main importer)."""
        self._absorb_refs(figure.start_char)
        self.continued = False
        sentence = sent(figure)
        exporter, importer, clause = best_parties(figure, self.refs, clause)
        if exporter is not None and self._transit_only(exporter, clause, sentence):
            # "About 41% of the diesel came through the Tanzanian port of Dar es Salaam" in a
            # report of Zambia's imports: the home buyer's way in, not where the oil comes from.
            exporter, importer = None, importer or self.home
        compared = _compared_owner(figure, clause, self.refs, exporter, importer)
        if compared is not None:
            # "Shipments from Qatar made up 2.05 million tonnes, ahead of Australia's 1.88
            # million tonnes": the state owning the figure itself stands in for the subject's.
            exporter, importer = compared
        if (
            exporter is not None and importer is None and self.seen_importers[exporter] > self.seen_exporters[exporter]
            and _volume_by_origin(clause, self.refs, exporter)
        ):
            # "Indian volumes eased" where India has bought so far: its intake, not its sales.
            exporter, importer = None, exporter
        named_importer, named_exporter = importer, exporter
        indices, lemmas = clause.indices, clause.flow_words
        if clause.exporter_from_company:
            # "Chevron's loadings": a company's home is not where its cargoes load; the
            # story's exporter is, when it has one.
            main = self._main(self.seen_exporters, exclude=importer)
            if main is not None and main != exporter:
                exporter = main
        bloc = self._bloc_in(indices) or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _BLOC_NOUNS and any(c.lower_ == "the" for c in t.children)
            for t in clause.tokens
        )  # "The 12-member group pumped …"
        if sentence.start not in self._roles_in_sentence:
            self._roles_in_sentence[sentence.start] = any(
                r.role in (EXPORTER, IMPORTER) for r in _refs_between(self.refs, sentence.start, sentence.end)
            )
        sentence_has_roles = self._roles_in_sentence[sentence.start]
        generic_flow = any(
            token.lemma_.lower() in _FLOWS and not any(c.dep_ in ("det", "poss") for c in token.children)
            for token in clause.tokens
        )
        rival = self._rival_share(clause, sentence) if exporter is None and importer is None else None
        gapped = self._gapped(figure, sentence) or self._listed_after_and(figure, sentence)
        pointed = self._pointed_flow(clause, sentence) if exporter is None and importer is None else None
        ranked = self._ranked(figure, exporter, importer)
        agents = self._listed_under_agents(figure, sentence)
        if agents is not None:
            # "Top suppliers to the U.S. were Canada with 4.1 million bpd, Mexico with …":
            # each listed state is one of the suppliers (buyers) the subject names.
            exporter, importer = agents
        elif exporter is None and importer is not None and any(
            r.demonym and r.iso3 == importer and r.token.i in indices for r in _refs_between(self.refs, sentence.start, sentence.end)
        ) and (self._buyers_story(importer) or self._known_seller(importer)):
            # "Saudi oil arrivals totalled 1.9 million bpd" in a story of Japan's imports
            # (or after "Norway stayed Poland's top supplier": Norway sells here).
            exporter, importer = importer, self._main(self.seen_importers, exclude=importer)
        elif ranked is not None:
            # "Iraq regained second place with 9.8 lakh bpd, followed by Saudi Arabia at 7.1
            # lakh bpd": a ranking of the story's suppliers (or buyers), each by its figure.
            exporter, importer = ranked
        elif pointed is not None:
            # "Kazakhstan also sends crude to Germany. Those flows are expected to reach …":
            # the flow the sentence before describes, figure or not.
            exporter, importer = pointed
        elif exporter is None and importer is None and self._counted_again(figure, sentence):
            # "Nigeria's output slipped to 1.52 million bpd, while a second survey put it at
            # 1.49 million bpd": another count of the flow just given.
            _, exporter, importer = self.previous
        elif gapped is not None:
            # "Saudi Arabia's quota stays at 10.1 million bpd, and Russia's at 9.57 million":
            # the second state in the first one's role.
            exporter, importer = gapped
        elif rival is not None:
            # "Australia supplied 38% of Japan's imports, while Qatar's share slipped to
            # 4%": the possessor of the share is another supplier to the same buyer.
            exporter, importer = rival
        elif (
            (exporter is None or importer is None)
            and shares_previous
            and self.previous is not None
            and self.previous[0] == sentence.start
        ):
            # "…, with about 90% of it going to China": a share of the figure before it.
            exporter = exporter or (self.previous[1] if self.previous[1] != importer else None)
            importer = importer or (self.previous[2] if self.previous[2] != exporter else None)
        elif exporter is None and importer is None and not bloc and self._last_full is not None and _dated_flow(clause, self.refs):
            # "Kpler put March arrivals at 1.8 million bpd" after the story's flow (across a
            # paragraph break too): another tracker's count of that flow, for a month.
            exporter, importer = self._last_full
            if lemmas & _IMPORT_NOUNS and self._several_sellers(importer):
                # "July diesel imports could reach about 160,000 cubic metres" after the
                # buyer's suppliers were ranked: the buyer's whole intake, not the last one's.
                exporter = None
        elif (
            exporter is None
            and importer is None
            and (not sentence_has_roles or _points_back(clause))
            and not bloc
            and (not generic_flow or _points_back(clause))
            and (self._continues(sentence) or self._compares_back(sentence))
            and (self.previous[1] is not None or not lemmas & (EXPORT_EVIDENCE | PRODUCTION_EVIDENCE))
            and (not self.priced or not lemmas & IMPORT_EVIDENCE)
        ):
            # (A flow with no exporter continues only where the words name no export or
            # output of their own: "cargoes loaded at Ceyhan averaged …" after a capacity;
            # nor a price where they name imports: "At about $900 a tonne, the purchases
            # cost …" are the story's buyer's.)
            # "That is equivalent to about 2.25 million bpd": the previous figure's flow.
            _, exporter, importer = self.previous
            if importer is not None and lemmas & EXPORT_EVIDENCE and self._sellers_story() \
                    and _paragraph_break(self.doc, self.previous[0], sentence.start) \
                    and all(r.iso3 == exporter for r in _refs_between(self.refs, sentence.start, sentence.end)):
                # "… India took 210,000 bpd.\n\nNNPC said 41 cargoes were scheduled to load …":
                # in a seller's story, a new paragraph's loadings that name no other state are the
                # seller's again, not its last buyer's part (in a buyer's story they still come
                # to that buyer; "Indian refiners said 12 cargoes were due to load" names one).
                importer = None
            if _regional_subject(clause) or (importer is not None and _region_supplies(clause)):
                # "Middle Eastern crude made up 95% of the total", "The Middle East accounted
                # for 65%" of a buyer's imports: many exporters
                exporter = None
            if _region_buys(clause):
                importer = None  # "Europe received 110,000 bpd": many importers, none the one before
            self.continued = True
        else:
            totals = any(t.lemma_.lower() in TOTAL_WORDS and not _whole_of_a_share(t) for t in clause.tokens)
            many = totals and (
                any(t.lemma_.lower() in _MANY_STATES_WORDS for t in clause.tokens)
                or not any(t.dep_ in ("amod", "compound") and t.lemma_.lower() in _ONE_STATE_TOTALS for t in clause.tokens)
            )
            # ("Flows to India slid", "about 480,000 bpd went to China", "Flows to Asia averaged
            # …": a flow sent to a named buyer or region is the story's seller's.)
            sent_on = lemmas & (_FLOW_NOUNS | MOVE_WORDS) and _destination_in(clause) and (importer is not None or self._sellers_story())
            if exporter is None and not bloc and not many and (lemmas & (EXPORT_EVIDENCE | PRODUCTION_EVIDENCE) or sent_on) \
                    and not _regional_subject(clause) and not _region_supplies(clause):
                spoken = voice() if voice is not None else None
                main = self._main(self.seen_exporters, exclude=importer)
                if spoken and spoken != importer:
                    exporter = spoken
                elif self._seller_named_once(main):
                    importer = importer or self._main(self.seen_importers, exclude=None)
                else:
                    exporter = main
            if importer is None and self.plant_importer and self.plant_importer != exporter and _the_plant(clause):
                # "U.S. crude made up 12% of the refinery's intake": that refinery's country.
                importer = self.plant_importer
            if importer is None and not bloc and lemmas & IMPORT_EVIDENCE:
                importer = self._main(self.seen_importers, exclude=exporter)
            # (A supplier's volume too: "Russian supplies averaged 1.78 million bpd".)
            supplied = (share or exporter is not None) and (not totals or shares_previous) and (
                lemmas & SUPPLY_SHARE
                or (exporter is not None and (lemmas & EXPORT_EVIDENCE and not _owned_exports(clause)
                                              or lemmas & SHARE_VERBS and _part_of_the_total(figure, share)
                                              or _volume_by_origin(clause, self.refs, exporter))
                    and self._buyers_story(exporter))
            )
            if importer is None and not bloc and not _destination_in(clause) and (
                supplied or (exporter is not None and not totals and _origin_in(clause, self.refs))
            ):
                # "Saudi Arabia was the top supplier with a 40% share", "purchases from Oman
                # rose 4.1%", "the two Gulf producers supplied 77% of the total": of the
                # story's buyer (a flow sent elsewhere names its place).
                importer = self._main(self.seen_importers, exclude=exporter)
        if exporter is None and importer is None and not bloc:
            importer = self._part_taker(clause, sentence)
        if (
            importer is None and exporter is not None and self.previous is not None and self.previous[0] == sentence.start
            and self.previous[1] == exporter and self.previous[2] not in (None, exporter) and self._restates_previous(figure)
        ):
            # "Russia supplied more than a third of the total, about 1.8 million bpd": the
            # same flow in another unit.
            importer = self.previous[2]
        elif (
            exporter is None and not bloc and self.previous is not None and self.previous[0] == sentence.start
            and self.previous[1] is not None and importer in (None, self.previous[2]) and self._restates_previous(figure)
        ):
            # "Nigeria stayed the top supplier with 1.2 million tonnes, some 29% of the
            # month's purchases": the share restates the supplier's volume, its seller too.
            exporter, importer = self.previous[1], self.previous[2]
        elif (
            importer is None and exporter is not None and not bloc and self.previous is not None
            and self.previous[0] == sentence.start and self.previous[2] not in (None, exporter)
            and self.previous[1] not in (None, exporter) and not _destination_in(clause)
        ):
            # "Supplies from Iraq slipped to 8.9 lakh bpd, while Saudi Arabia shipped about
            # 6.1 lakh bpd": a second supplier beside the first, to the same buyer.
            importer = self.previous[2]
        elif (
            importer is None and exporter is not None and not bloc and share and lemmas & SHARE_VERBS and _part_of_the_total(figure, share)
            and self.previous is not None
            and self.previous[0] == sentence.start and self.previous[1] is None and self.previous[2] not in (None, exporter)
            and not _destination_in(clause)
        ):
            # "naphtha imports totalled 2.3 million tonnes, with Russian cargoes making up
            # 41%": a supplier's part of the buyer's total just given.
            importer = self.previous[2]
        elif (
            exporter is None and importer is None and not bloc and self.previous is not None
            and self.previous[0] == sentence.start and self.previous[1] is not None and _region_buys(clause)
        ):
            # "The US exported 4.1 million bpd, with Europe taking 1.8 million bpd": a region
            # buys part of the seller's flow (many importers, none named).
            exporter = self.previous[1]
        elif (
            exporter is None and importer is not None and not bloc and self.previous is not None
            and self.previous[1] not in (None, importer) and self.previous[2] != importer
            and (self.previous[0] == sentence.start or self.previous[2] is None and self._continues(sentence))
            and not _origin_in(clause, self.refs) and not _regional_subject(clause) and not _region_supplies(clause)
        ):
            # (Or in the sentence after a seller's total: "Russia's exports climbed to 3.6
            # million bpd. India remained the top destination, taking 1.6 million bpd".)
            # "Shipments to India reached 64,000 bpd, while Cuba received 40,000 bpd", "Iran's
            # exports averaged 1.6 million bpd, with about 90% going to Chinese refiners": a
            # buyer beside the seller's flow, from the same seller.
            exporter = self.previous[1]
        elif (
            exporter is None and importer is not None and not bloc and self._sellers_story()
            and self._continues(sentence) and self.previous[1] == self._main(self.seen_exporters, exclude=importer)
            and clause.flow_words & _TAKING_VERBS and not _from_a_region(clause)
            and not _origin_in(clause, self.refs) and not _regional_subject(clause) and not _region_supplies(clause)
            and not any(t.lemma_.lower() in TOTAL_WORDS for t in clause.tokens)
        ):
            # "… followed by Spain at 150,000 bpd. India took 210,000 bpd" in a report of one
            # seller's exports, right after a flow of that seller: a buyer taking its part takes
            # it from that seller (not "India imported 4.8 million bpd", all it bought, nor its
            # total imports, nor "China, Asia's top buyer, imported …", nor what it took "from
            # the Middle East").
            exporter = self._main(self.seen_exporters, exclude=importer)
        if exporter is None and importer is not None and not bloc and importer in self._seller_of and not self._buyers_story(None) \
                and self._here_or_just_before(self._seller_of[importer][0], sentence) and not _origin_in(clause, self.refs) \
                and (_named_by_description(clause, self.refs) or clause.words & (_EARLIER_WORDS | _TAKING_VERBS)) \
                and not _regional_subject(clause) and not _region_supplies(clause) \
                and not any(t.lemma_.lower() in TOTAL_WORDS for t in clause.tokens):
            # "Taiwan was the biggest buyer at 410,000 tonnes, followed by India … The island
            # took 265,000 tonnes a month earlier": a buyer just named with its seller, met
            # again by a description, at another time or taking its part, buys from it again
            # (not "India bought 1.9 million tonnes of LNG in May", all it bought; not its imports "from
            # all origins", nor in a report of that buyer's imports, where "Japan imported
            # 2.45 million bpd" is all of them).
            exporter = self._seller_of[importer][1]
        if (
            exporter is None and importer is not None and self.previous is not None and self.previous[2] == importer
            and self.previous[1] not in (None, importer) and self.previous[0] != sentence.start
            and self._continues(sentence) and not _origin_in(clause, self.refs)
            and any(r.place and r.iso3 == importer and r.token.i in clause.indices for r in _refs_between(self.refs, sentence.start, sentence.end))
        ):
            # "China's refiners bought 1.4 million bpd of Iranian crude. Refiners in Shandong
            # alone took 1 million bpd": a part of the same buyer goes on with the same flow.
            exporter = self.previous[1]
        if (
            share and exporter is None and self.previous is not None and self.previous[1] not in (None, importer)
            and self._continues(sentence) and _share_of_the_flows(figure)
        ):
            # "… carried 20 million barrels of Iranian crude. Refiners in Shandong took 90%
            # of the flows": a share of the flow just named keeps its seller.
            exporter = self.previous[1]
        if named_exporter is None and not bloc and _home_output(clause) and self._buyers_story(None):
            # "Domestic output averaged 582,000 bpd" in a report of Indonesia's imports: the
            # output of the story's own buyer, sold to no one.
            exporter, importer = self._main(self.seen_importers, exclude=None), None
        elif (
            named_exporter is None and not bloc and _unowned_exports(clause) and self.home not in (None, named_importer)
            and self.home == self._main(self.seen_importers, exclude=None) and not (voice is not None and voice())
        ):
            # "BANGKOK - … Petroleum product exports fell 6% to 138,000 bpd" in a report of
            # Thailand's imports: the home buyer's own exports, to the buyers the clause names
            # if any (not where a state's voice speaks of them: "Algeria's Sonatrach said gas
            # exports …").
            exporter, importer = self.home, named_importer
        elif (
            exporter is None and named_exporter is None and not bloc and _unowned_exports(clause) and self._sellers_story()
            and (voice is None or voice() in (None, self._main(self.seen_exporters, exclude=None)))
        ):
            # "Over January-May, exports totalled 11.2 million tonnes" in a report of one
            # seller's exports: that seller's, to the buyers the clause names if any, also
            # where that seller's own customs or ministry gives them (not another state's).
            exporter, importer = self._main(self.seen_exporters, exclude=None), named_importer
        if exporter is not None and sum(
            1 for r in _refs_between(self.refs, sentence.start, sentence.end) if r.listed and r.token.i in indices and r.iso3 != exporter
        ) >= 2:
            exporter = None  # "Iraqi and Kuwaiti output each rose": several sellers, none the one before
        open_role = _total_of_a_flow(figure)
        if open_role == EXPORTER and importer is not None:
            exporter = None
        elif open_role == IMPORTER and exporter is not None:
            importer = None
        order = self._order_in_sentence(sentence)
        listed = _respectively(sentence, self.refs, order)
        if listed is not None:
            # "Turkey and Brazil were the largest buyers, taking 250,000 bpd and 140,000 bpd
            # respectively": the figures go with the states listed, in order.
            role, state = listed
            other = exporter if role == IMPORTER else importer
            if other is None and self.previous is not None and self._continues(sentence):
                other = self.previous[1] if role == IMPORTER else self.previous[2]
            other = other if other != state else None
            exporter, importer = (other, state) if role == IMPORTER else (state, other)
        if share and self._in_brackets_after_previous(figure):
            # "Kuwait 12 million barrels (22%)": the share of the item it stands beside.
            _, exporter, importer = self.previous
        if _off_the_market(clause):
            # Supply kept from the market goes to no buyer, whoever took the flow before;
            # it is the story's producer's where the clause names none.
            importer = named_importer
            if exporter is None and not bloc:
                exporter = self._main(self.seen_exporters, exclude=importer)
        # (A clause naming where its flow goes, "Sea shipments to Asia", is a flow of its own.)
        route = self._route_flow(clause.tokens) if not bloc and (exporter is None or importer is None) and not _destination_in(clause) else None
        if route is not None and exporter in (None, route[0]) and importer in (None, route[1]):
            # "Algeria sent 2.1 bcm to Italy through the Transmed pipeline. … Transmed
            # deliveries totalled 21.4 bcm": the route's name keeps the flow it was named
            # with, where the clause names no other party.
            exporter, importer = route
        elif exporter is not None and importer is not None:
            self._name_routes(sentence, clause.tokens, (exporter, importer))
        self._read(sentence.start, exporter, importer)
        self._previous_end = figure.end
        if exporter and importer:
            self._last_full = (exporter, importer)
            self._seller_of[importer] = (sentence.start, exporter)
        lemmas = token_column(sentence.doc, "LEMMA")
        if importer and any(lemmas[i].lower() in PLANT_WORDS for i in range(sentence.start, sentence.end)):
            self.plant_importer = importer
        if exporter:
            self.seen_exporters[exporter] += 1
            self.last_seen[exporter] = figure.start_char
        if importer:
            self.seen_importers[importer] += 1
            self.last_seen[importer] = figure.start_char
        return exporter, importer

    def _name_routes(self, sentence: Span, tokens: list[Token], flow: tuple[str, str]) -> None:
        """Proper names on a route noun ("Transmed" of "the Transmed pipeline") among the
        figure's own ``tokens`` keep the flow of their sentence (a line named beside the flow,
        "while the Adria pipeline stayed shut", is not its route); states' names are
        parties, not routes."""
        stated = {r.token.i for r in _refs_between(self.refs, sentence.start, sentence.end)}
        for token in tokens:
            if token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.lemma_.lower() in ROUTE_NOUNS \
                    and token.i not in stated and len(token) > 2:
                name = _route_name(token)
            elif token.dep_ == "pobj" and token.head.lower_ in ("by", "via") and token.lemma_.lower() in TRANSPORT_MODES:
                name = _mode_name(token)  # "exports by rail to the United States"
            else:
                continue
            known = self._routes.get(name, flow)
            self._routes[name] = flow if known == flow else None

    def _route_flow(self, tokens: list[Token]) -> tuple[str, str] | None:
        """The one flow a route named among ``tokens`` was named with, if any: the whole
        name on a route or flow noun ("Transmed deliveries", "Medgaz flows" even read as a
        verb), not a place that is part of it ("at Sisak" after "the Omisalj-Sisak line")."""
        for token in tokens:
            head = token.head.lemma_.lower()
            if token.pos_ == "PROPN" and head in _ROUTE_CARRIERS:
                name = _route_name(token)
            elif token.lemma_.lower() in TRANSPORT_MODES and token.dep_ in ("compound", "amod", "nmod", "nsubj") \
                    and head in _ROUTE_CARRIERS | MOVE_WORDS:
                # a way of transport the flow was sent by, met again on the flow ("rail
                # exports averaged …", "rail carried 2% of the flow")
                name = _mode_name(token)
            else:
                continue
            if self._routes.get(name):
                return self._routes[name]
        return None

    def _pointed_flow(self, clause: Clause, sentence: Span) -> tuple[str | None, str | None] | None:
        """The parties of the sentence before when the clause's flow is pointed back to
        ("those flows", "these shipments", "the vessels" after the tankers that carried it), or is a bare subject or "they" in a sentence that names
        no state, right after a sentence of its paragraph that names a flow or its oil (not
        in a name: "National Oil Corporation") but no figure, whose flow would go on anyway:
        "Saudi shipments to China slipped. Flows reached …"; that sentence must name a
        trade role."""
        if sentence.start == 0:
            return None
        before = sent(self.doc[sentence.start - 1])
        pointed = any(
            (t.lemma_.lower() in _POINTED_FLOWS and any(c.dep_ == "det" and c.lower_ in _POINTING for c in t.children))
            or (t.lower_ in _CARRIERS and t.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ in _POINTING | {"the"} for c in t.children))
            for t in clause.tokens
        )
        bare = not pointed and any(
            t.dep_ in ("nsubj", "nsubjpass") and (
                t.lower_ in _POINTING_PRONOUNS
                or t.lemma_.lower() in _POINTED_FLOWS and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in t.children)
            )
            for t in clause.tokens
        ) and before.start not in self._figure_sentences and not any(r.kind in ("country", "description") for r in _refs_between(self.refs, sentence.start, sentence.end)) \
            and not _paragraph_break(self.doc, max(before.end - 1, 0), sentence.start) \
            and any(t.lemma_.lower() in _POINTED_FLOWS or (t.lemma_.lower() in COMMODITY_NOUNS and not t.ent_type_) for t in before)
        if not pointed and not bare:
            return None
        named = [r for r in _refs_between(self.refs, before.start, before.end) if r.kind in ("country", "description")]
        refs = [r for r in named if r.strong]
        # (Else the oil's origin: "China's purchases of Brazilian crude rose. They …")
        exporter = next((r.iso3 for r in refs if r.role == EXPORTER), None) or next((r.iso3 for r in named if r.role == EXPORTER), None)
        importer = next((r.iso3 for r in refs if r.role == IMPORTER and r.iso3 != exporter), None)
        if bare and importer is None and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _IMPORT_NOUNS for t in clause.tokens
        ):
            # "Brazilian crude got cheaper. She expects imports to ease to …": bare imports
            # are the story's buyer's whole intake, not purchases from the oil's origin.
            return None
        return (exporter, importer) if exporter or importer else None

    def _counted_again(self, figure: Span, sentence: Span) -> bool:
        """The figure is what a verb puts "it"/"them" at, after a flow with a party."""
        prep = figure.root.head
        if prep.lower_ != "at" or self.previous is None or self.previous[1:] == (None, None) or not self._continues(sentence):
            return False
        return any(c.dep_ == "dobj" and c.lower_ in _POINTING_OBJECTS for c in prep.head.children)

    def _gapped(self, figure: Span, sentence: Span) -> tuple[str | None, str | None] | None:
        """A conjunct without its verb, "…, and Russia's at 9.57 million bpd": the state
        whose "'s" stands right before the figure's preposition takes the role the
        previous figure's single party had."""
        if self.previous is None or self.previous[0] != sentence.start or (self.previous[1] is None) == (self.previous[2] is None):
            return None
        prep = figure.root.head
        if figure.root.dep_ != "pobj" or prep.i == 0:
            return None
        case = prep.doc[prep.i - 1]
        owner = case.head
        if case.dep_ != "case" or owner.dep_ != "conj":
            return None
        states = [r.iso3 for r in _refs_between(self.refs, owner.i, owner.i + 1) if r.kind == "country"]
        if not states:
            return None
        return (states[0], None) if self.previous[1] is not None else (None, states[0])

    def _listed_after_and(self, figure: Span, sentence: Span) -> tuple[str | None, str | None] | None:
        """"Iraq shipped 5.66 million tonnes and Malaysia, a hub …, 5.14 million tonnes",
        "India took 1.02 million bpd … and China 1.11 million bpd", "…, Iraq 4.3 million
        bpd and the UAE 3.3 million bpd": a state written after "and" or a list's comma,
        right before the figure (an appositive between), with the verb gapped, is
        a second subject: it takes the role the sentence's subject had in the figure before."""
        if self.previous is None or self.previous[0] != sentence.start:
            return None
        after = self._origin_after(figure, sentence)
        if after is not None:
            return after
        doc = self.doc
        index = figure.start - 1
        if index > sentence.start and doc[index].text == ",":
            # skip "…, a hub where cargoes are often moved between ships at sea,"
            opening = next((j for j in range(index - 1, max(sentence.start, index - _APPOSITIVE_REACH) - 1, -1) if doc[j].text == ","), None)
            if opening is None:
                return None
            index = opening - 1
        refs = [r for r in _refs_between(self.refs, index, index + 1) if r.kind == "country"]
        if not refs:
            return None
        first = doc.char_span(refs[0].start, refs[0].end, alignment_mode="expand")
        if first is None:
            return None
        before = first.start - 1
        if before > sentence.start and doc[before].lower_ == "the":
            before -= 1  # "… and the UAE 3.3 million bpd"
        _, exporter, importer = self.previous
        state = refs[0].iso3
        origin = before > sentence.start and doc[before].lower_ == "from"
        if origin:
            before -= 1  # "…, and from Colombia 140,000": another origin
        # ("Saudi Arabia pumped 9.9 million bpd, Iraq 4.3 million bpd and …": a comma lists too.)
        if before <= sentence.start or doc[before].lower_ not in ("and", ","):
            return None
        # "Japan bought 60 million barrels from Saudi Arabia, the UAE 35 million barrels
        # and Qatar 2.6 million": a supplier list, each state an origin. A lone "and"
        # ("China took 2.1 million bpd from Russia and India 1.9 million") lists buyers.
        listing = self._origin_list == sentence.start or (doc[before].text == "," and self._origin_listed(sentence, first.start, exporter))
        if (origin or listing) and state != importer:
            self._origin_list = sentence.start
            return state, importer
        subjects = [r for r in _refs_between(self.refs, sentence.start, first.start) if r.subject]
        # (The role the sentence's subject had: the figure before may itself be listed.)
        sellers = {r.iso3 for r in subjects} | {exporter for r in subjects if r.role == EXPORTER}
        buyers = {r.iso3 for r in subjects} | {importer for r in subjects if r.role == IMPORTER}
        if exporter is not None and exporter in sellers and state != importer:
            return state, importer
        if importer is not None and importer in buyers and state != exporter:
            return exporter, state
        return None

    def _listed_under_agents(self, figure: Span, sentence: Span) -> tuple[str | None, str | None] | None:
        """(exporter, importer) of a figure written right after a state ("Saudi Arabia 1.2
        million bpd", "Canada with 4.1 million bpd") in the list a copula gives its subject,
        a noun of suppliers or buyers ("Its main suppliers were …", "Top buyers of Iraqi
        crude were …"): the state is a supplier (buyer) of the state that noun names, else
        of the story's buyer (seller)."""
        doc = self.doc
        agent = copula = None
        for token in doc[sentence.start : figure.start]:
            if token.lemma_.lower() in COPULAS and token.pos_ in ("AUX", "VERB"):
                subject = next((c for c in token.children if c.dep_ == "nsubj" and c.lemma_.lower() in _TRADE_AGENTS), None)
                if subject is not None:
                    agent, copula = subject, token
        # A verb of its own after the list's copula ("…'s top supplier was Iraq, while
        # Russia sent China 1.9 million bpd") gives the figure another clause's parties.
        if agent is None or any(t.pos_ == "VERB" for t in doc[copula.i + 1 : figure.start]):
            return None
        index = figure.start - 1
        between = 0
        while index > copula.i and (doc[index].lower_ in _LIST_LINKS or doc[index].lower_ in _RANK_HEDGES) and between < 3:
            index, between = index - 1, between + 1
        listed = [r for r in _refs_between(self.refs, copula.i + 1, index + 1) if r.kind == "country" and r.iso3]
        if not listed or doc.char_span(listed[-1].start, listed[-1].end, alignment_mode="expand").end != index + 1:
            return None
        state = listed[-1].iso3
        # ("India's suppliers", "suppliers to India", "sources of Japan's crude"; "buyers of
        # Iraqi crude": the oil's origin)
        objects = [g for c in agent.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "into", "of") for g in c.children if g.dep_ == "pobj"]
        owners = {c.i for c in agent.children if c.dep_ == "poss"} | {g.i for g in objects if g.head.lower_ != "of"} | {
            c.i for g in objects if g.head.lower_ == "of" for c in g.children
            if c.dep_ == "poss" or c.dep_ in ("amod", "compound") and agent.lemma_.lower() in IMPORT_AGENTS
        }
        named = next((r.iso3 for r in _refs_between(self.refs, agent.left_edge.i, agent.right_edge.i + 1)
                      if r.token.i in owners and r.iso3 != state), None)
        if agent.lemma_.lower() in EXPORT_AGENTS:
            return state, named or self._main(self.seen_importers, exclude=state)
        return named or self._main(self.seen_exporters, exclude=state), state

    def _in_brackets_after_previous(self, figure: Span) -> bool:
        start = figure.start
        return self.previous is not None and start >= 1 and self.doc[start - 1].text == "(" and self._previous_end == start - 1 \
            and figure.end < len(self.doc) and self.doc[figure.end].text == ")"

    def _origin_after(self, figure: Span, sentence: Span) -> tuple[str | None, str | None] | None:
        """"…, 700,000 from Iraq" ("…, 900,000 to China"): a list item whose origin (or
        destination) follows its figure, its other party that of the item before."""
        doc = self.doc
        if figure.start <= sentence.start or doc[figure.start - 1].lower_ not in (",", "and"):
            return None
        if figure.end + 1 >= sentence.end or doc[figure.end].lower_ not in ("from", "to"):
            return None
        refs = [r for r in _refs_between(self.refs, figure.end + 1, min(figure.end + 4, sentence.end)) if r.kind == "country"]
        if not refs:
            return None
        _, exporter, importer = self.previous
        state = refs[0].iso3
        if doc[figure.end].lower_ == "to":
            # "…, 900,000 to China": another destination of the same seller
            return (exporter, state) if exporter is not None and state != exporter else None
        if importer is None or state == importer:
            return None
        self._origin_list = sentence.start
        return state, importer

    def _origin_listed(self, sentence: Span, end: int, exporter: str | None) -> bool:
        """The sentence's exporter before token ``end`` is an origin written with "from"
        ("imported … from Saudi Arabia"), so the states listed after it are origins too."""
        if exporter is None:
            return False
        return any(
            r.iso3 == exporter and r.kind == "country" and not r.subject and r.token.head.lower_ == "from"
            for r in _refs_between(self.refs, sentence.start, end)
        )

    def _rival_share(self, clause: Clause, sentence: Span) -> tuple[str, str] | None:
        # (In the sentence of the flow before or the next: "… while Saudi supplies eased
        # to 6.2 lakh bpd. The UAE's share climbed to 11%.")
        # (After a seller's total, with no buyer: "Total crude exports reached 8.3 million
        # tonnes. India's share of the total rose to 18%": the holder is one of its buyers.)
        if self.previous is None or self.previous[1:] == (None, None) or not self._continues(sentence):
            return None
        _, exporter, importer = self.previous
        for token in clause.tokens:
            if token.lemma_.lower() == "share":
                holders = [child for child in token.children if child.dep_ == "poss"]
            elif token.dep_ == "nsubj" and token.head.lemma_.lower() in SHARE_VERBS and token.head.i == clause.head.i \
                    and importer is not None and self._buyers_story(None):
                # "…, while the UAE accounted for 39%" in a story of one buyer's imports:
                # another supplier's share.
                holders = [token]
            else:
                continue
            for holder in holders:
                for ref in _refs_between(self.refs, holder.i, holder.i + 1):
                    if not ref.iso3 or ref.kind not in ("country", "description"):
                        continue
                    if importer is not None and ref.iso3 != importer:
                        return ref.iso3, importer
                    if importer is None and ref.iso3 != exporter:
                        return exporter, ref.iso3
        return None

    def state_in(self, clause: Clause, exclude: str | None = None) -> str | None:
        """The state named in the clause nearest its head, whatever its role ("costing
        Baghdad $25 billion in lost revenue")."""
        indices = clause.indices
        if not indices:
            return None
        refs = [r for r in _refs_between(self.refs, min(indices), max(indices) + 1)
                if r.token.i in indices and r.iso3 and r.iso3 != exclude and r.kind in ("country", "description")]
        if not refs:
            return None
        return min(refs, key=lambda r: abs(r.token.i - clause.head.i)).iso3

    def skip(self, figure: Span, *, price: bool = False) -> None:
        """A figure with no parties by nature (a price, a capacity) still ends the previous flow."""
        self._order_in_sentence(sent(figure))
        self._read(sent(figure).start, None, None)
        self.continued = False
        self.priced = price

    def _order_in_sentence(self, sentence: Span) -> int:
        """How many figures of the sentence came before this one (calls in text order)."""
        start, count = self._sentence_figures
        self._sentence_figures = (sentence.start, count + 1 if start == sentence.start else 0)
        return self._sentence_figures[1]

    def _part_taker(self, clause: Clause, sentence: Span) -> str | None:
        """The state whose part of a seller's flow to many buyers, just given, the clause
        measures ("Flows to Asia averaged 3.15 million bpd. India accounted for about 1.6
        million bpd"): the subject of a share verb, taken as that flow's buyer."""
        if self.previous is None or self.previous[1] is None or self.previous[2] is not None or not self._continues(sentence):
            return None
        for token in clause.tokens:
            if token.dep_ == "nsubj" and token.head.lemma_.lower() in SHARE_VERBS:
                state = next((r.iso3 for r in _refs_between(self.refs, token.i, token.i + 1) if r.kind == "country" and not r.place), None)
                if state not in (None, self.previous[1]):
                    return state
        return None

    def _continues(self, sentence: Span) -> bool:
        return self.previous is not None and self._here_or_just_before(self.previous[0], sentence)

    def _transit_only(self, state: str, clause: Clause, sentence: Span) -> bool:
        """In a report of the dateline state's imports, ``state`` is named in the clause only
        on the way the oil passes."""
        if self.home in (None, state) or self.home != self._main(self.seen_importers, exclude=None):
            return False
        named = [r for r in _refs_between(self.refs, sentence.start, sentence.end) if r.iso3 == state and r.token.i in clause.indices]
        return bool(named) and all(r.transit for r in named)

    def _compares_back(self, sentence: Span) -> bool:
        return self.previous is not None and compares_back(sentence, self.previous[0])

    def _here_or_just_before(self, start: int, sentence: Span) -> bool:
        """The sentence starting at token ``start`` is ``sentence`` or the one right before
        it (paragraph breaks included)."""
        if start == sentence.start:
            return True
        before = sent(self.doc[sentence.start - 1]) if sentence.start > 0 else None
        while before is not None and before.text.strip() == "" and before.start > 0:
            before = sent(self.doc[before.start - 1])
        return before is not None and before.start == start

    def _absorb_refs(self, position: int) -> None:
        """Count the roles named in the text before ``position`` toward the main flow."""
        while self._next_ref < len(self.refs) and self.refs[self._next_ref].start < position:
            ref = self.refs[self._next_ref]
            if ref.kind in ("country", "description", "group") and ref.strong and not ref.demonym:
                if ref.role == EXPORTER:
                    self.seen_exporters[ref.iso3] += 1
                elif ref.role == IMPORTER:
                    self.seen_importers[ref.iso3] += 1
                self.last_seen[ref.iso3] = ref.start
            self._next_ref += 1

    def _ranked(self, figure: Span, exporter: str | None, importer: str | None) -> tuple[str | None, str | None] | None:
        """(exporter, importer) when the figure is a ranked state's ("…, followed by Saudi
        Arabia at 7.1 lakh bpd", "ahead of the UAE with 38.5%", "Iraq regained second place
        with …"), the state written right before its "at"/"with" or the subject of the
        ranking verb it hangs on, with no trade role of its own: a supplier of the story's
        buyer, or a buyer of the story's seller."""
        doc = figure.doc
        index = figure.start - 1
        while index >= 0 and doc[index].lower_ in _RANK_HEDGES:
            index -= 1
        if index >= 2 and doc[index].lower_ == "of" and doc[index - 1].lemma_.lower() in _RANKED_FLOWS and doc[index - 2].lower_ == "with":
            index -= 2  # "Oman came in third with imports of 33,000 bpd"
        if index <= 0 or doc[index].lower_ not in ("at", "with"):
            return None
        prep = doc[index]
        # ("…, and Saudi Arabia third with 650,000 bpd", "Kuwait in fourth place at …", "with
        # Iraq just behind at …")
        before = index - 1
        while before > index - _RANK_REACH // 2 and (
            doc[before].ent_type_ == "ORDINAL" or doc[before].lower_ in _RANK_PLACES or doc[before].lower_ in _RANK_HEDGES
        ):
            before -= 1
        holders = [r for r in _refs_between(self.refs, before, before + 1) if r.kind in ("country", "description")]
        if not holders:
            # ("with India a distant second at 12%": the subject of the verbless rank.)
            subjects = {c.i for c in prep.head.children if c.dep_ == "nsubj"} if prep.head.pos_ not in ("VERB", "AUX") else set()
            verb = prep.head
            for _ in range(3):
                # (Up to the verb: "kept its place as the largest source at …".)
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            if verb.lemma_.lower() in RANK_VERBS:
                subjects |= {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
            holders = [r for r in _refs_between(self.refs, sent(figure).start, figure.start)
                       if r.token.i in subjects and r.kind in ("country", "description")]
        if not holders:
            holders = self._ranked_after_with(prep)
        holder = next((r for r in holders if r.iso3 and r.role is None), None)
        if holder is None or holder.iso3 in (exporter, importer):
            return None
        # The state it is ranked after: the sentence's subject in a role ("Qatar supplied
        # 40,100 bpd to Pakistan, while Oman came third with …": Qatar, not Pakistan), else
        # the nearest state in one.
        earlier = [r for r in reversed(_refs_between(self.refs, sent(figure).start, holder.token.i))
                   if r.role in (EXPORTER, IMPORTER) and r.iso3 != holder.iso3 and r.kind == "country"]
        first = next((r for r in earlier if r.subject), earlier[0] if earlier else None)
        leader = first.role if first is not None else None
        if first is not None and _owns_a_whole(first.token):
            # "Russian oil made up 34% of India's imports, ahead of Iraq with 19.5%": the
            # ranked states hold shares of the same whole, the role opposite its owner's.
            return (holder.iso3, first.iso3) if leader == IMPORTER else (first.iso3, holder.iso3)
        if leader == IMPORTER:
            # "Japan is due to take 25%, with South Korea a distant second at 11%": the
            # ranked state holds the role of the one it is ranked after.
            return self._main(self.seen_exporters, exclude=holder.iso3), holder.iso3
        if leader is None:
            # "Russia stayed China's top supplier, with arrivals of 9.1 million tonnes.
            # Saudi Arabia came second with 6.8 million tonnes": ranked after the flow
            # before, in the role its subject had.
            leader = self._previous_subject_role(figure)
            if leader == EXPORTER and holder.iso3 != self.previous[2]:
                return holder.iso3, self.previous[2]
            if leader == IMPORTER and holder.iso3 != self.previous[1]:
                return self.previous[1], holder.iso3
            ranking = self._ranking_before(figure, holder.iso3) if leader is None else None
            if ranking is not None:
                # "Turkmenistan remained China's largest supplier of pipeline gas in October.
                # Russia came second with 3.1 bcm": ranked after the state the sentence before
                # ranks, in its role, with the same other party.
                role, other = ranking
                return (holder.iso3, other) if role == EXPORTER else (other, holder.iso3)
        if leader == EXPORTER or self._buyers_story(holder.iso3):
            return holder.iso3, self._main(self.seen_importers, exclude=holder.iso3)
        seller = self._main(self.seen_exporters, exclude=holder.iso3)
        if seller is not None and self.seen_exporters[seller] > max(
            (n for s, n in self.seen_importers.items() if s != seller), default=0
        ):
            return seller, holder.iso3
        return None

    def _ranking_before(self, figure: Span, holder: str) -> tuple[str, str] | None:
        """(role of its subject, the state in the other role) of the sentence right before the
        figure's, in its paragraph, when that sentence has no figure and its subject holds a
        trade role against a state it names ("Turkmenistan remained China's largest supplier")."""
        sentence = sent(figure)
        if sentence.start == 0 or _paragraph_break(self.doc, sentence.start - 1, sentence.start):
            return None
        before = sent(self.doc[sentence.start - 1])
        if before.start in self._figure_sentences:
            return None
        refs = _refs_between(self.refs, before.start, before.end)
        for ref in refs:
            if not ref.subject or ref.role not in (EXPORTER, IMPORTER) or ref.iso3 == holder:
                continue
            other = IMPORTER if ref.role == EXPORTER else EXPORTER
            party = next((r.iso3 for r in refs if r.role == other and r.iso3 not in (ref.iso3, holder)), None)
            if party is not None:
                return ref.role, party
        return None

    def _previous_subject_role(self, figure: Span) -> str | None:
        """The role of the subject of the sentence of the flow right before, in an earlier
        sentence, when that flow had both parties."""
        sentence = sent(figure)
        if self.previous is None or None in self.previous[1:] or self.previous[0] >= sentence.start or not self._continues(sentence):
            return None
        # (Its sentence, or up to two before it: "That was down 4% …" continues the flow.)
        before = sent(self.doc[self.previous[0]])
        for _ in range(3):
            subjects = [r for r in _refs_between(self.refs, before.start, before.end) if r.subject and r.role in (EXPORTER, IMPORTER)]
            for ref in subjects:
                if ref.iso3 == self.previous[1] and ref.role == EXPORTER:
                    return EXPORTER
                if ref.iso3 == self.previous[2] and ref.role == IMPORTER:
                    return IMPORTER
            # ("Saudi Arabia was third at 702,000 bpd, followed by the UAE, whose shipments
            # rose to 468,000 bpd. The US came fifth with …": the nearest sentence whose
            # subject holds a role ranks its states in that role.)
            for ref in subjects:
                if ref.role == EXPORTER and ref.iso3 != self.previous[2]:
                    return EXPORTER
                if ref.role == IMPORTER and ref.iso3 != self.previous[1]:
                    return IMPORTER
            if before.start == 0:
                break
            before = sent(self.doc[before.start - 1])
        return None

    def _restates_previous(self, figure: Span) -> bool:
        """The figure stands in apposition to the one just before it ("a third of the
        total, about 1.8 million bpd", "5 million tonnes, or 1.2 million bpd")."""
        doc = figure.doc
        index = figure.start - 1
        while index >= 0 and doc[index].lower_ in _RANK_HEDGES | {"or", "roughly", "some"}:
            index -= 1
        if index < 1 or doc[index].text != ",":
            return False
        head = doc[index - 1]
        return head.like_num or head.text == "%" or head.lower_ in ("total", "it", "them") or head.ent_type_ in ("PERCENT", "QUANTITY", "CARDINAL")

    def _ranked_after_with(self, prep: Token) -> list[StateRef]:
        """"…, with India a close second at 30%", however the parser hangs it: the one state
        between a "with" shortly before and the figure's preposition, beside an ordinal."""
        sentence = sent(prep)
        lo = max(sentence.start, prep.i - _RANK_REACH)
        opener = next((t.i for t in reversed(sentence.doc[lo : prep.i]) if t.lower_ == "with"), None)
        if opener is None or not any(t.ent_type_ == "ORDINAL" for t in sentence.doc[opener : prep.i]):
            return []
        states = [r for r in _refs_between(self.refs, opener, prep.i) if r.kind == "country"]
        return states if len({r.iso3 for r in states}) == 1 else []

    def _several_sellers(self, importer: str | None) -> bool:
        """More than one state the text itself names as the buyer's supplier (a count of 1 or
        more: one the title alone names weighs :data:`_HEADLINE_WEIGHT`)."""
        return sum(1 for state, count in self.seen_exporters.items() if state != importer and count >= 1) > 1

    def _buyers_story(self, exporter: str) -> bool:
        """The story so far is one buyer's: its main importer is named more often than any
        exporter, so a supplier shipping with no destination ships to it ("Iraq shipped
        5.7 million tonnes" in a report of China's customs)."""
        importer = self._main(self.seen_importers, exclude=exporter)
        if importer is None:
            return False
        return self.seen_importers[importer] > max((n for s, n in self.seen_exporters.items() if s != importer), default=0)

    def _sellers_story(self) -> bool:
        """The story so far is one seller's: its main exporter is named more often than any
        importer, so a flow it sends to a region ("Flows to Asia averaged …") is its own."""
        exporter = self._main(self.seen_exporters, exclude=None)
        return exporter is not None and self.seen_exporters[exporter] > max(self.seen_importers.values(), default=0)

    def _seller_named_once(self, exporter: str | None) -> bool:
        """In one buyer's story, a seller named once is no seller of the story's other flows
        ("Sri Lanka imported …; its crude was all Murban from the UAE. … a cargo of diesel
        that arrived in Colombo": the buyer's, of no origin said)."""
        return exporter is not None and self.seen_exporters[exporter] <= 1 and self._buyers_story(exporter)

    def _known_seller(self, state: str) -> bool:
        """The text so far has the state selling, never buying, to a buyer it names."""
        return bool(self.seen_exporters[state]) and not self.seen_importers[state] \
            and self._main(self.seen_importers, exclude=state) is not None

    def _main(self, counter: Counter, exclude: str | None) -> str | None:
        """The state named most often in this role so far (ties: the latest named)."""
        ranked = [(count, self.last_seen.get(iso3, -1), iso3) for iso3, count in counter.items() if iso3 != exclude]
        return max(ranked)[2] if ranked else None

    def _bloc_in(self, indices: set[int]) -> bool:
        """A group without a state ("OPEC+", "Eight OPEC+ members") owns the flow."""
        for root in self._blocs:
            if root.i not in indices:
                continue
            if root.dep_ in ("nsubj", "nsubjpass", "poss") or (root.dep_ == "pobj" and root.head.lower_ == "by"):
                return True
            if root.dep_ in ("compound", "amod") and root.head.dep_ in ("nsubj", "nsubjpass", "pobj"):
                if any(c.dep_ == "poss" and c.i != root.i for c in root.head.children):
                    continue  # "Iraq's OPEC+ production quota": the state's, within the group
                if root.head.lemma_.lower() in _CONDUITS:
                    continue  # "exports through the CPC pipeline": the way out, not the owner
                return True
        return False
