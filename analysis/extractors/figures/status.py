"""Whether a figure is a level reported, a forecast, a target or a capacity (DESIGN.md,
``figures.status``).

* **capacity**: what a plant, line or field can handle: the figure sizes a facility noun
  ("a 250,000-bpd refinery", "the 1.4 million bpd Jamnagar refinery") or is a capacity
  ("capacity of 350,000 bpd", "has capacity to carry …"), or a facility can handle it
  ("the field, which can pump …", "the vessel is designed to pump …"); a run rate ("ran at
  82% of capacity") is a level reported, not a size;
* **target**: a quota, cap, ceiling, goal or limit governs it ("an output target of …",
  "a price cap of $60 a barrel", "cap production at …");
* **forecast**: a word of expectation governs it ("traders expect shipments to slow to …",
  "exports will reach …", "could rise to …"), a present "is"/"are" puts its verb ahead
  ("loadings are to halve to …", "output is set to rise to …"), a budget is planned on it ("the budget
  assumes $70 a barrel"), or its sentence names its own time and the
  period lies after the article's date ("… to 700,000 bpd in December" of a November
  article; a period only inherited from an earlier sentence does not count);
* **reported**: anything else, a level or change observed.

"Governs" is read on the parse: the words from the figure up to its sentence's root, with
each one's auxiliaries, subjects, objects and modifiers — not the clauses beside it
("pumped 27 million bpd, above its target" is reported: "target" hangs off a preposition
beside the figure); a clause that defines the figure governs it too ("the 1.5 million bpd
it may pump under its quota"); a baseline ("… from about 1.7 million bpd") is the level seen now.
Word lists: ``figures.forecast_verbs``/``forecast_nouns``, ``target_verbs``/``target_nouns``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from spacy.tokens import Span, Token

from analysis.extractors.figures.period import find_time_expressions, starts_after
from analysis.extractors.figures.tree import sent
from analysis.text.context import doc_text
from analysis.text.lexicon import words
from analysis.text.periods import names_the_month_may

FORECAST_VERBS = words("figures", "forecast_verbs")
FORECAST_NOUNS = words("figures", "forecast_nouns")
SCHEDULED_HEADS = words("figures", "forecast_to_heads")
SCHEDULED_IDIOMS = words("figures", "forecast_to_idioms")
_PRESENT = frozenset({"VBZ", "VBP"})
TARGET_VERBS = words("figures", "target_verbs")
OBLIGED_HEADS = words("figures", "target_to_heads")
TARGET_NOUNS = words("figures", "target_nouns")
PLANNED_WORDS = words("figures", "planned_words")
QUOTA_FILLING_VERBS = words("figures", "quota_filling_verbs")
BUDGET_NOUNS = words("figures", "budget_nouns")
BUDGET_ASSUMPTIONS = words("figures", "budget_assumptions")
CAPACITY_MODALS = words("figures", "capacity_modals")
CAPACITY_VERBS = words("figures", "capacity_verbs")
OUTPUT_VERBS = words("figures", "capacity_output_verbs")
_NOUNS = frozenset({"NOUN", "PROPN"})
# "which", "that": a relative pronoun subject stands for the noun its clause describes.
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
# "expected to fall to 1 million bpd in December from about 1.7 million bpd": the level
# a change starts from is the one seen now.
_BASELINE_PREPOSITIONS = frozenset({"from", "than"})
_CAPACITY_CHANGE_PREPOSITIONS = frozenset({"to", "from", "by"})
_CHANGED_ROLES = frozenset({"dobj", "nsubj", "nsubjpass"})  # what is changed, raised or rises
_FILLED_ROLES = frozenset({"dobj", "nsubjpass"})  # what was pumped, or has been used
# Plants and lines whose size is a capacity, not a flow.
FACILITIES = words("figures", "facilities")
PRODUCING_FACILITIES = words("figures", "producing_facilities")

_GOVERNING_CHILDREN = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "dobj", "attr", "amod", "compound", "advmod", "acomp", "poss"})
_STEPS = 10  # a sentence's depth is bounded in practice; the walk stops at its root anyway


def status_of(figure: Span, unit: str, period: str | None, published: dt.date | None, *, capacity: bool | None = None) -> str:
    """reported | forecast | target | capacity for one figure (module docstring);
    ``capacity``: whether it is one, when the caller has read it already (else read here)."""
    if (is_capacity(figure, unit) if capacity is None else capacity) or is_capacity_change(figure):
        return "capacity"
    if is_target(figure) or (unit != "percent" and _of_a_target(figure.root)) or _set_as_a_target(figure.root):
        return "target"
    nouns, others, _ = _governing_words(figure.root)
    baseline = figure.root.dep_ == "pobj" and figure.root.head.lower_ in _BASELINE_PREPOSITIONS
    if not baseline and (nouns & FORECAST_NOUNS or others & FORECAST_VERBS or _to_come(figure.root)):
        return "forecast"
    if _planned(figure.root):
        return "forecast"
    # "the budget assumes $70 a barrel", "the output on which the budget is based", "a budget
    # benchmark of $60": what a budget is planned on is expected, not seen.
    if nouns & BUDGET_NOUNS and (nouns | others) & BUDGET_ASSUMPTIONS:
        return "forecast"
    # A price's month is the delivery month it is quoted for, today.
    if unit not in ("usd", "usd_per_barrel") and starts_after(period, published) and _dates_itself(figure):
        return "forecast"
    return "reported"


def _to_come(root: Token) -> bool:
    """"Loadings are to halve to …", "output is set to rise to …", "the grade is due to load
    …": the figure's verb is what a present "is"/"are" says lies ahead ("was to" looks back
    on a plan and says nothing of what came of it)."""
    node = root
    for _ in range(_STEPS):
        if node.dep_ == "xcomp" and node.lemma_ not in SCHEDULED_IDIOMS and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            head = node.head
            if head.lemma_ == "be":
                return head.tag_ in _PRESENT
            if head.lower_ not in SCHEDULED_HEADS:
                return False
            be = head.head if head.dep_ == "acomp" else next((c for c in head.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"), None)
            return be is not None and be.lemma_ == "be" and be.tag_ in _PRESENT
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _planned(root: Token) -> bool:
    """"1.41 million bpd planned for October", "scheduled loadings of 1.7 million bpd": a
    participle of planning defines the figure (no comma before it), or the figure measures
    what is planned; a baseline too, since a plan is not a level seen ("was scheduled to
    load …" stays with ``_to_come``)."""
    for clause in root.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in PLANNED_WORDS \
                and not any(t.is_punct for t in root.doc[root.i + 1 : clause.left_edge.i]):
            return True
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    if noun.pos_ not in _NOUNS:
        return False
    planned_by_verb = noun.dep_ in _FILLED_ROLES and noun.head.lemma_.lower() in PLANNED_WORDS
    return planned_by_verb or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in PLANNED_WORDS for c in noun.children)


def is_target(figure: Span) -> bool:
    """A quota, cap, goal or pledge governs the figure (module docstring)."""
    _, others, own_clause_nouns = _governing_words(figure.root)
    return bool(own_clause_nouns & TARGET_NOUNS or others & TARGET_VERBS) or _owed(figure.root)


def _of_a_target(root: Token) -> bool:
    """"18.5 million tonnes of export quotas", "1 million tonnes of the new allocation": the
    figure measures the quota itself, whatever the sentence's verb says of its year ("105%
    of its quota" is a level measured against one, and so is an amount of it that was pumped
    or used)."""
    if root.dep_ in _FILLED_ROLES and root.head.lemma_.lower() in QUOTA_FILLING_VERBS:
        return False
    return any(
        pobj.dep_ == "pobj" and pobj.lemma_.lower() in TARGET_NOUNS
        for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
    )


def _set_as_a_target(root: Token) -> bool:
    """"the 605,000 bpd set as the target in the state budget", "1 million bpd fixed as its
    goal": a participle on the figure names it a target."""
    return any(
        pobj.dep_ == "pobj" and pobj.lemma_.lower() in TARGET_NOUNS
        for acl in root.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for prep in acl.children if prep.dep_ == "prep" and prep.lower_ == "as"
        for pobj in prep.children
    )


def _owed(root: Token) -> bool:
    """"Producers are meant to supply the plant with …": the figure's verb is the "to"
    object of a passive ``target_to_heads`` word."""
    node = root
    for _ in range(_STEPS):
        if node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            head = node.head
            return head.lower_ in OBLIGED_HEADS and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in head.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def is_capacity(figure: Span, unit: str | None = None) -> bool:
    """A plant's or line's size, not a flow: the figure qualifies a facility noun ("a
    1.4 million barrel-per-day refinery") or is the capacity ("capacity of 350,000 bpd",
    "has capacity to carry 350,000 bpd", "a capacity of …")."""
    if is_run_rate(figure, unit):
        return False
    return _sizes_a_facility(figure.root)


def is_run_rate(figure: Span, unit: str | None) -> bool:
    """"ran at 82% of capacity", "worked at 91% capacity": the share of a plant in use, a
    level seen in its month and no trade between states (a share restated beside a
    capacity, "…, or 4% of the total", is still a size)."""
    if unit != "percent":
        return False
    root = figure.root
    if root.dep_ in ("compound", "amod", "nummod", "nmod", "npadvmod"):
        return root.head.lemma_.lower() == "capacity"
    return _of_capacity(root)


def _of_capacity(root: Token) -> bool:
    """"1.6 million bpd of refining capacity", "82% of capacity"."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(c.lemma_.lower() == "capacity" for c in prep.children if c.dep_ == "pobj")
        for prep in root.children
    )


def _sizes_a_facility(root: Token) -> bool:
    head = root.head
    # "a capacity of 50 million tonnes a year, or 1 million bpd", "1.9 million bpd of
    # refining capacity, or nearly 10% of the total": the same size said again in another unit.
    if root.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
        if head.lemma_.lower() == "capacity" or _sizes_a_facility(head):
            return True
    if root.dep_ in ("compound", "amod", "nummod", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN"):
        if head.lemma_.lower() in FACILITIES or head.lemma_.lower() == "capacity":
            return True
        # "the 1.4 million bpd Jamnagar refinery": a name between the figure and the noun.
        if head.pos_ == "PROPN" and head.dep_ == "compound" and head.head.lemma_.lower() in FACILITIES:
            return True
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "capacity":
        return True
    # "capacity to carry/handle/process 350,000 bpd": the figure's verb is the capacity's.
    verb = root.head
    if verb.pos_ == "VERB" and verb.dep_ in ("acl", "xcomp", "relcl") and verb.head.lemma_.lower() == "capacity":
        return True
    if root.dep_ in ("attr", "appos") and head.lemma_.lower() == "capacity":
        return True
    # ("added 260,000 bpd of capacity")
    return _of_capacity(root) or _facility_can(root)


def _capacity_changed(root: Token) -> bool:
    """"tripled the line's capacity to 890,000 bpd from 300,000", "raised capacity by
    200,000 bpd", "the plant's capacity was raised to 760,000 bpd", "spare capacity fell to
    …": the figure is where a change of capacity ends, starts or how far it goes.
    A status only: the expansion stays a dated event of its line, with the line's parties."""
    if root.dep_ != "pobj" or root.head.lower_ not in _CAPACITY_CHANGE_PREPOSITIONS:
        return False
    verb = root.head.head
    return verb.pos_ == "VERB" and any(c.dep_ in _CHANGED_ROLES and c.lemma_.lower() == "capacity" for c in verb.children)


def _facility_adds(root: Token) -> bool:
    """"The four-train project will add 32 million tonnes a year": what a plant or a
    project adds is capacity, not a flow."""
    verb = root.head
    # (Not a field's or a production vessel's: what it adds is output, a flow.)
    return root.dep_ == "dobj" and verb.lemma_.lower() == "add" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in FACILITIES and c.lemma_.lower() not in PRODUCING_FACILITIES
        for c in verb.children
    )


def is_capacity_change(figure: Span) -> bool:
    """A capacity raised or added to ("lifting its liquefaction capacity to 85 million tonnes
    a year", "the project will add 32 million tonnes a year"): a size, though the figure
    does not qualify the facility noun itself."""
    return _capacity_changed(figure.root) or _facility_adds(figure.root)


def is_plant_capacity_change(figure: Span) -> bool:
    """A plant's or a line's capacity raised or added to, which has no parties (DESIGN.md);
    a field's or a production vessel's ("the field's processing capacity was raised to
    760,000 bpd") is what its state can put out and keeps them."""
    if not is_capacity_change(figure):
        return False
    verb = figure.root.head.head if figure.root.dep_ == "pobj" else figure.root.head
    owners = [
        c.lemma_.lower() for noun in verb.children if noun.dep_ in _CHANGED_ROLES and noun.lemma_.lower() == "capacity"
        for c in noun.children if c.dep_ in ("poss", "compound")
    ]
    return not any(owner in PRODUCING_FACILITIES for owner in owners)


def is_output_capacity(figure: Span) -> bool:
    """A capacity a field or a production vessel can pump ("the field, which can pump
    300,000 bpd"): what its state can put out, so the state's flow parties still hold
    (a line's or a plant's size has none)."""
    verb = figure.root.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in OUTPUT_VERBS and _facility_can(figure.root, PRODUCING_FACILITIES)


def _facility_can(root: Token, facilities: frozenset[str] = FACILITIES) -> bool:
    """"The pipeline can move 1.4 million bpd": the figure's verb has one of ``facilities``
    for its subject and says what it can do (can, is able to, is designed to)."""
    verb = root.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    if verb.lemma_.lower() not in CAPACITY_VERBS:
        return False
    # "can handle", "is designed to handle", "is able to handle", "was built to carry": up
    # the complements (the parser hangs "built to carry" as a clause of purpose).
    chain = [verb]
    while (chain[-1].dep_ in ("xcomp", "acomp") or chain[-1].dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in chain[-1].children)) \
            and len(chain) < 3:
        chain.append(chain[-1].head)
    modal = any(t.lemma_.lower() in CAPACITY_MODALS or t.lower_ in CAPACITY_MODALS for v in chain for t in (v, *v.children))
    if not modal:
        return False
    subjects = [c for v in chain for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [n for s in subjects if s.tag_ in _RELATIVE_TAGS for n in _described(chain[-1])]
    # ("Two of the units can process …": the facilities the subject counts.)
    subjects += [g for s in subjects for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(s.lemma_.lower() in facilities or s.lower_ in facilities for s in subjects)


def _described(relcl: Token) -> list[Token]:
    """The noun a relative clause describes ("the field, which can pump …"), and the one
    above it when the parser hangs the clause on that noun's place ("the field in the
    southwest, which can pump …"), also past a route's ends ("a pipeline from Basra to
    Aqaba, which would be able to carry …": "to" hangs on "from")."""
    if relcl.dep_ != "relcl":
        return []
    noun = relcl.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return [noun]
    above = noun.head.head
    for _ in range(2):
        if above.dep_ != "prep" or above.head.i == above.i:
            break
        above = above.head
    return [noun, above]


# Status, target and period all ask about the same figure in a row; a small cache keeps
# the last few answers (and so only the last few Docs alive).
@lru_cache(maxsize=16)
def _governing_words(root: Token) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(nouns, other words, nouns of the figure's own clause) on the path from the figure
    to its sentence's root, with each step's auxiliaries, subjects, objects and modifiers
    (lemmas and lower-cased forms). The own clause ends at the figure's first verb, and
    takes that verb's "to" object too ("added … to their targets"), and the noun a participle
    measures ("quotas totalling …")."""
    nouns: set[str] = set()
    others: set[str] = set()
    own: set[str] = set()
    in_own = True

    def add(token: Token) -> None:
        if names_the_month_may(token.text):
            return
        forms = (token.lemma_.lower(), token.lower_)
        if token.pos_ in _NOUNS:
            nouns.update(forms)
            if in_own:
                own.update(forms)
        else:
            others.update(forms)

    # "the 1.56 million bpd it was allowed under its quota", "the 2.2 million bpd on which
    # the budget is based": a clause that defines the figure (no comma before it) governs it
    # as its own verb does.
    for clause in root.children:
        if clause.dep_ == "relcl" and not any(t.is_punct for t in root.doc[root.i + 1 : clause.left_edge.i]):
            for token in (clause, *clause.children):
                if token.dep_ == "prep":
                    for pobj in token.children:
                        if pobj.dep_ == "pobj":
                            add(pobj)
                elif token is clause or token.dep_ in _GOVERNING_CHILDREN:
                    add(token)
    node = root
    for _ in range(_STEPS):
        if node.dep_ == "prep" and node.lower_ == "with":
            in_own = False  # "…, with Brent up 0.9%": a circumstance, not the clause's object
        add(node)
        for child in node.children:
            if child.dep_ in _GOVERNING_CHILDREN:
                add(child)
                if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    for modifier in child.children:  # "Saudi Arabia's required production"
                        if modifier.dep_ in ("amod", "compound"):
                            add(modifier)
        if node.pos_ in ("VERB", "AUX") and in_own:
            if node.dep_ == "acl" and node.head.pos_ in _NOUNS:
                # "quotas totalling 9.2 million tonnes": the participle measures its noun
                own.update((node.head.lemma_.lower(), node.head.lower_))
            for prep in node.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and pobj.pos_ in _NOUNS:
                            own.update((pobj.lemma_.lower(), pobj.lower_))
            in_own = False
        if node.head.i == node.i:
            break
        node = node.head
    return frozenset(nouns), frozenset(others), frozenset(own)


def _dates_itself(figure: Span) -> bool:
    sentence = sent(figure)
    text = doc_text(figure.doc)
    return any(e.kind != "compare" for e in find_time_expressions(text, sentence.start_char, sentence.end_char))
