"""Reported speech without quotation marks: ``kind = indirect`` rows.

Precision first: a row is emitted only for

* a verb of speech (``quotes.reported_cues``: say, tell, warn, insist, deny, argue,
  announce …) outside any quote, not negated, not under a modal, whose clausal
  complement (``ccomp``) has a subject of its own and holds no quotation mark
  ("X said (that) …", "X told reporters (that) …", "…, X said.");
* "according to X, …" / "…, according to X." around a clause;
* "On Sunday, her office said, the senator died …": an attribution set off by commas
  before the clause's subject;
* "X issued a statement saying …" (the issuer's), "the paper quoted X as saying …" and
  "X was quoted as saying …" (X's), ", which X said was …" (the rest of the relative
  clause), "…, according to the paper." after a person's own "said" (the person's);
* a court paper speaking as written ("the lawsuit alleges …", "filed a motion claiming
  …"), and the interrupting "…, reads the motion, …" and "…, as officials noted, …",
  spanned whole with the clause they interrupt;

and only when the speaker is a name, a body, or a pronoun or description that resolves
to one (``SpeakerResolver``), or an unnamed source speaking as written ("police said",
"the ministry said", "her spokesman said"; not a bare "sources report"). The span is
the reported clause without "that" and without the punctuation around it, and stops
before a conjunct holding quoted words (that part is the partial quote's) and before a
second verb of speech ("said A and added that B" is two rows); ``text`` is exactly
``text[start:end]``.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from analysis.extractors.quotes.attribution import ADDRESSEE_CUES, agents_of
from analysis.extractors.quotes.speakers import (
    BODY_NOUNS, GENERIC_PEOPLE, MUTE_NOUNS, OWN_VOICE_PRONOUNS, PERSON_ROLES, RELAYING_VERBS, RESEARCH_TEXTS, SOURCE_NOUNS, UNNAMED_SOURCES, Speaker, SpeakerResolver, issuer_of,
    indefinite, named_subject, one_of_them, owner_named_after, relayed_speaker,
)
from analysis.text.context import doc_text, entity_span, first_transcript_label, paragraph_sentence, root_with_subject, token_column, token_starts
from analysis.text.datelines import sentence_dateline_end
from analysis.text.lexicon import words
from analysis.text.marks import DASH_ASIDE, DOUBLE_MARKS, CharRanges
from analysis.text.names import FEMALE_KIN, MALE_KIN, OCCUPATIONS
from analysis.text.entities import TIME_ENTS

REPORTED_CUES = words("quotes", "reported_cues")
_MODALS = words("quotes", "reported_modals")
_BACKSHIFTED = words("quotes", "reported_backshifted_modals")
_OBJECT_COMPLEMENT_CUES = words("quotes", "reported_object_complement_cues")
_FINDING_CUES = words("quotes", "reported_finding_cues")
_FINDERS = words("quotes", "reported_finders")
_ADVERBIAL_MARKS = words("quotes", "reported_adverbial_marks")
_ADDRESSEE_REQUIRED = words("quotes", "reported_addressee_required")
_PLEADINGS = words("quotes", "reported_pleadings")
_MEDIA_SOURCES = words("quotes", "reported_media_sources")
_INVERTED_CUES = words("quotes", "reported_inverted_cues")
_STANCE_CUES = words("quotes", "reported_stance_cues")
_SAID_CUES = REPORTED_CUES | _STANCE_CUES
_HEARSAY_MARKS = words("quotes", "reported_hearsay_marks")
_CUES = _SAID_CUES | _INVERTED_CUES
_MANDATIVE_CUES = words("quotes", "reported_mandative_cues")
_PROPOSAL_CUES = words("quotes", "reported_proposal_cues")
_CONTINUING_CUES = words("quotes", "reported_continuing_cues")
# Verbs whose own complement is someone else's report or proposal ("reported its source said").
_NESTED_REPORT_CUES = REPORTED_CUES | _PROPOSAL_CUES
_CONCESSIVE_MARKS = words("quotes", "reported_concessive_marks")
_CONCESSIVE_PREPOSITIONS = words("quotes", "reported_concessive_prepositions")
_QUESTION_WORDS = words("quotes", "reported_question_words")
_CONDITIONAL_MARKS = words("quotes", "reported_conditional_marks")
_HABITUAL_MARKS = words("quotes", "reported_habitual_marks")
_PLACED_PEOPLE = words("quotes", "reported_placed_people")
_DESCRIBED_RANKS = words("quotes", "reported_described_ranks")
_REPRESENTATIVES = words("quotes", "reported_representatives")
_REVIEWERS = words("quotes", "reported_reviewers")
_NEGATIVE_SUBJECTS = words("quotes", "reported_negative_subjects")
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Double marks only (text/marks.py): a single ’ is also the apostrophe of "Trump’s".
_MARK_CHARS = DOUBLE_MARKS
_MIN_WORDS = 3
# A single mark opening a word ("ordered 'heightened alert'") quotes; "Trump's" does not.
_SINGLE_OPEN = re.compile(r"(?:^|[\s(])['‘]\w")


def reported_speech(doc: Doc, resolver: SpeakerResolver, quoted: list[tuple[int, int]], paragraph_of):
    """``[(start, end, cue, Speaker)]`` of the article's reported clauses, in text order.

    ``quoted`` are the quotes' marked ranges (marks included): no span may touch one.
    ``paragraph_of(char)`` gives the paragraph index of a character offset.
    """
    quoted = CharRanges(quoted)
    found: list[tuple[int, int, str, Speaker]] = []
    lowers, lemmas, poses = token_column(doc, "LOWER"), token_column(doc, "LEMMA"), token_column(doc, "POS")
    for i, lower in enumerate(lowers):
        # What every branch below needs, read off the columns: most tokens are no cue.
        if lower != "according" and not (poses[i] in {"VERB", "AUX"} and lemmas[i].lower() in _CUES):
            continue
        token = doc[i]
        if quoted.covers(token.idx):
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            row = _according(doc, token, resolver, quoted, paragraph_of)
        elif token.lemma_.lower() in _SAID_CUES and token.pos_ in {"VERB", "AUX"}:
            # the parse may take a verb set off by commas for an auxiliary
            row = token.pos_ == "VERB" and (
                _said_that(doc, token, resolver, quoted, paragraph_of) or _named_after_its_words(doc, token, resolver, quoted, paragraph_of)
            ) or _as_noted(doc, token, resolver, quoted, paragraph_of)
        elif token.lemma_.lower() in _INVERTED_CUES and token.pos_ in {"VERB"}:
            row = _named_after_its_words(doc, token, resolver, quoted, paragraph_of)
        else:
            row = None
        if row is not None:
            found.append(row)
    found.sort(key=lambda r: (r[0], -r[1]))
    kept: list[tuple[int, int, str, Speaker]] = []
    for row in found:  # a clause reported inside another reported clause is part of it
        if kept and row[0] < kept[-1][1]:
            continue
        kept.extend(_split_at_second_that(doc, row))
    return kept


def _split_at_second_that(doc: Doc, row: tuple[int, int, str, Speaker]) -> list[tuple[int, int, str, Speaker]]:
    """"X said A(,) and that B": the second complementiser makes B a report of its own under
    the same verb and speaker (the gold's convention since the ht review), so the row is cut
    before "and" (and a comma before it) and goes on after "that"; a bare conjunct ("said A
    and B") stays one row. Not when the first clause is the complement of a verb
    inside the row (not the cue's): in "said the union, which had claimed that A and that
    B, was wrong" or "said she feared that A and that B" the pair is what somebody inside
    the report claimed or feared, and the row stays whole."""
    start, end, cue, speaker = row
    pieces: list[tuple[int, int, str, Speaker]] = []
    first = _token_at(doc, start)
    final = _token_at(doc, end - 1)
    for token in doc[first + 2 : final]:
        cc = doc[token.i - 1]
        if not (token.lower_ == "that" and token.dep_ == "mark" and cc.lower_ == "and" and cc.dep_ == "cc"
                and token.head.dep_ == "conj" and any(c.dep_ in _CLAUSE_SUBJECTS for c in token.head.children)):
            continue
        conjunct = token.head
        while conjunct.dep_ == "conj" and conjunct.head.i != conjunct.i:
            conjunct = conjunct.head
        if conjunct.dep_ == "ccomp" and first <= conjunct.head.i <= final:
            continue  # the first clause is what a verb inside the report reports, not the cue
        last = doc[cc.i - 1]
        while last.i > first and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        opening = doc[token.i + 1]
        while opening.i < len(doc) - 1 and opening.is_punct:
            opening = doc[opening.i + 1]
        if last.idx + len(last.text) <= start or opening.idx >= end:
            continue
        pieces.append((start, last.idx + len(last.text), cue, speaker))
        start = opening.idx
    pieces.append((start, end, cue, speaker))
    return pieces


def _said_that(doc: Doc, verb: Token, resolver: SpeakerResolver, quoted, paragraph_of):
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return None  # "did not say that …"
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
        return None  # "would say that …": nobody said it yet
    if verb.lemma_.lower() in _STANCE_CUES and any(c.dep_ == "advmod" and c.lower_ in _HEARSAY_MARKS for c in children):
        return None  # "the agency reportedly believes …": whoever reports it is not named
    if verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in children) and not root_with_subject(verb):
        return None  # "a plan announced last week"
    if _hypothetical(verb):
        return None  # "if she says the bridge is safe, …"
    issued = _issued_text(verb) or _with_saying(verb)
    if verb.dep_ in {"amod", "acl", "relcl"} and verb.tag_ in {"VBN", "VBG"} and issued is None and not _perfect_relative(verb):
        return None
    relayed = relayed_speaker(verb)
    # "the paper quoted X as saying …", "Reuters, citing two officials, reported …": X says it
    subjects = [relayed] if relayed is not None else named_subject([c for c in children if c.dep_ in {"nsubj"}])
    cited = _cited_before_relative(doc, subjects[0]) if len(subjects) == 1 else None
    if cited is not None:
        subjects = [cited]
    elif len(subjects) == 1 and subjects[0].lower_ == "who" and verb.dep_ == "relcl" and not _after_of(verb.head):
        subjects = [verb.head]  # "…, the navy, who told the paper it was …": who the relative is about
    if not subjects and issued is not None:
        subjects = [issued]  # "X issued a statement saying (that) …": X says it
    if not subjects and _went_on_to(verb):
        # "X went on to say …", "X praised Y and went on to say …": X says it
        went = verb.head
        subjects = [c for c in went.children if c.dep_ == "nsubj"] or (
            [c for c in went.head.children if c.dep_ == "nsubj"] if went.dep_ == "conj" else []
        )
    if not subjects:
        means = _by_saying(verb)
        if means is not None:
            subjects = [means]
    if not subjects:
        source = _reported_source(verb) or _subject_in_opening_phrase(doc, verb)
        if source is not None:
            subjects = [source]
    added = _hung_on_the_report(verb)
    if not subjects and verb.dep_ in {"advcl", "conj"} and (verb.head.pos_ == "VERB" or added) and (
        verb.tag_ == "VBG" or verb.dep_ == "conj"
    ):
        # "…, adding that …", "X met Y and said that …": the speaker is the subject of
        # the verb the clause hangs on
        head = verb.head.head if added else verb.head
        subjects = named_subject([c for c in head.children if c.dep_ == "nsubj"])
        if not subjects and verb.head.dep_ == "conj" and verb.head.head.pos_ == "VERB":
            # "X met Y and offered an apology, stating that …": the first verb's subject
            subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
        if not subjects and verb.tag_ == "VBG":
            # "… were described by the premier as “…”, saying …": the passive's agent speaks
            subjects = agents_of(verb.head)
    # a ccomp inside quotation marks is the quote's own sentence ("said A, “B …”")
    clauses = [c for c in children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and not quoted.covers(c.idx)
               and not _before_semicolon(doc, c, verb)]
    if not clauses:
        clauses = (_complement_read_as_relative(verb) or _complement_read_as_adjunct(verb) or _complement_read_as_head(verb)
                   or _complement_read_as_adverbial(verb))
    after = [c for c in clauses if c.i > verb.i]
    if after and not any(c.lemma_.lower() in _CUES and not any(g.i > c.i and not g.is_punct for g in c.children) for c in after):
        # "Asked which part was hardest, Ruiz said it was the exam": the parse hangs the
        # opening phrase on the verb as a second complement; the one after it is what was
        # said (not "…, the paper reported the governor said": an attribution, no report)
        clauses = after
    clauses, second_clause = _split_complement(doc, verb, clauses)
    if len(subjects) == 1 and not clauses and verb.dep_ == "parataxis":
        return _parenthetical(doc, verb, subjects[0], resolver, quoted, paragraph_of)
    if len(subjects) != 1 or len(clauses) != 1:
        return None
    subject, clause = subjects[0], clauses[0]
    if subject.lower_ in _NEGATIVE_SUBJECTS or any(c.dep_ == "det" and c.lower_ in _NEGATIVE_SUBJECTS for c in subject.children):
        return None  # "no candidate mentioned that …": nobody said it
    if clause.lemma_.lower() in _NESTED_REPORT_CUES - _FINDING_CUES and any(c.dep_ == "ccomp" for c in clause.children):
        # "the paper reported its source said …": the source's report, found at its own verb
        # ("… reported the minister recommended the troops leave": the minister's proposal)
        return None
    fused = _object_as_subject(verb, clause)
    if fused is not None:
        children = [c for c in children if c.i != fused.i]
    if verb.lemma_.lower() not in ADDRESSEE_CUES and any(c.dep_ in {"dobj", "dative"} for c in children):
        return None  # "announced the official name of …: …": an object, the clause misparsed
    if verb.lemma_.lower() in _ADDRESSEE_REQUIRED and not _addressed(verb, clause):
        return None  # "told news site X the rules were kept": the addressee read into the clause
    if quoted.covers(subject.idx):
        return None
    if fused is None and not any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
        return None  # "said to be …", "announced plans": no clause of its own
    if clause.tag_ in {"VBN", "VBG"} and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children) and not _past_read_as_participle(clause):
        return None  # "announced the name of the disease first seen in …": a reduced relative, no clause
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None  # "declared the outbreak to be a pandemic": an object and an infinitive, no clause
    if verb.lemma_.lower() in _OBJECT_COMPLEMENT_CUES and clause.tag_ in {"VBD", "VBN"} and clause.pos_ == "VERB" and not any(
        c.dep_ in {"aux", "auxpass"} for c in clause.children
    ):
        return None  # "found the strike justified": an object and its description, whatever the tagger makes of it
    if verb.lemma_.lower() in _FINDING_CUES and (
        subject.lemma_.lower() not in _FINDERS and subject.ent_type_ != "ORG"
        or verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTED_CUES
    ):
        # "she found that her car had been stolen" is a discovery, not a report: only a body
        # of inquiry finds ("the court found that …"), and "An autopsy found that …, police
        # said" is the police's report, found at their verb (a finding inside a report is
        # the reporter's words, not a report of its own).
        return None
    if any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in clause.children):
        return None  # "declared an emergency so he could …": an adverbial clause, not what was said
    if _mandative(verb, clause):
        return None  # "suggested voters stay home": a request, not a report
    if _embedded_question(verb, clause) or _elided(clause):
        return None
    span = _clause_span(doc, clause, skip=_relative_gap(verb, clause) or (verb if clause.i == verb.head.i else None), subject=fused)
    if span is None:
        return None
    span = _after_stray_that(doc, verb, *span)
    span = _after_time_of_saying(doc, verb, clause, *span)
    start, end = _second_that_clause(doc, verb, clause, *span)
    if second_clause is not None:
        end = max(end, second_clause[1])
    end = _modal_conjunct(doc, verb, clause, end)
    end = _joined_clause(doc, verb, clause, end)
    end = _rest_hung_on_the_verb(doc, verb, clause, end)
    start = _after_quoted_clause(doc, clause, start, end)
    end = _before_quoted_conjunct(doc, clause, start, end)
    if end is None:
        return None
    end = _before_named_relative(doc, clause, subject, start, end)
    end = _before_main_clause(doc, verb, clause, end)
    start = _after_relaying(doc, start, end)
    if start is None:
        return None
    if clause.i < verb.i and not _fronted(doc, start, end, verb):
        return None
    if clause.i > verb.i and any(t.text in {":", ";", "(", ")"} for t in doc[verb.i + 1 : _token_at(doc, start)]):
        return None  # the clause is not the verb's own complement
    following = _token_at(doc, end - 1) + 1
    if following < len(doc) and doc[following].text == ":" and not (fused is None and _quote_after_colon(doc, following)):
        return None  # "announced the name of …: “…”": what follows the colon is what was said
    outer = _stated_belief(verb, subject)
    if outer is not None and (_hypothetical(outer) or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in outer.children)):
        return None  # "did not say she believed …", "if she says she believes …": nobody said it
    if outer is not None:
        return _row(doc, subject.idx, end, outer, subject, resolver, quoted, paragraph_of)
    return _row(doc, start, end, verb, subject, resolver, quoted, paragraph_of)


def _by_saying(verb: Token) -> Token | None:
    """"X defended the cuts by pointing out that …", "X sought to get him pardoned by
    saying …": what X did, X did by speaking, so X said it; the subject of the first
    finite verb above the phrase, past what has no subject of its own (a causative's
    object, "get him pardoned", is no speaker; the parse may hang the phrase on a
    participle or noun of X's object: "will back the plan for calculating pensions by
    pointing out …")."""
    by = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or by.lower_ != "by" or by.dep_ != "prep":
        return None
    head = by.head
    while not _finite(head):
        if head.head.i == head.i:
            return None
        head = head.head
    subjects = named_subject([c for c in head.children if c.dep_ == "nsubj"])
    return subjects[0] if len(subjects) == 1 else None


def _finite(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and (
        verb.tag_ in _FINITE or any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
    )


def _hung_on_the_report(verb: Token) -> bool:
    """"X said A and added that B", "X said A, adding (that) B": the parse hangs the second
    verb on A, whatever A's head word, though it is the speaker's next report; a participle
    only when it continues the speaker's words ("…, saying …" after "police shot the man"
    may be the man's)."""
    if verb.head.dep_ != "ccomp" or verb.head.head.lemma_.lower() not in REPORTED_CUES:
        return False
    return verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in _CONTINUING_CUES


def _stated_belief(verb: Token, subject: Token) -> Token | None:
    """"X said she believed he was innocent": the belief is what X said, spanned from its
    pronoun, with the verb of speech (whose own subject the parse may lose: "wept upon
    hearing … and said …") as the cue."""
    outer = verb.head
    if verb.lemma_.lower() not in _STANCE_CUES or verb.dep_ != "ccomp" or outer.pos_ != "VERB":
        return None
    if outer.lemma_.lower() not in REPORTED_CUES or subject.tag_ != "PRP" or subject.i > verb.i:
        return None
    return outer


def _quote_after_colon(doc: Doc, colon: int) -> bool:
    """"told reporters the camps were only a first step: “We need more.”": a clause with
    its own subject, closed by a colon that opens a sentence of the speaker's quoted words,
    is reported in its own right; the quote is the direct row's. A few quoted words after
    the colon are what was announced ("announced the name of the disease: “X-19” is to
    …", the parse reading the name's noun as a subject)."""
    if colon + 1 >= len(doc) or doc[colon + 1].text[:1] not in _MARK_CHARS:
        return False
    words = 0
    for token in doc[colon + 2 :]:
        if token.text[:1] in _MARK_CHARS:
            break
        words += token.is_alpha
        if words > _MIN_WORDS:
            return True
    return False


def _before_named_relative(doc: Doc, clause: Token, speaker: Token, start: int, end: int) -> int:
    """"said he banned the flights in May, which Ruiz opposed as rash": a relative clause
    closing the report after a comma, whose subject is someone else named, is the
    reporter's word on another party's stance; the report ends before its comma ("…, which
    he will present in May" may still be the speaker's)."""
    for token in clause.subtree:
        if token.dep_ != "relcl" or token.left_edge.i < 1 or token.left_edge.lower_ not in {"which", "whom"}:
            continue
        comma = doc[token.left_edge.i - 1]
        last = doc[token.right_edge.i]
        if comma.text != "," or comma.idx <= start or last.idx + len(last.text) != end:
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if len(subjects) == 1 and subjects[0].pos_ == "PROPN" and subjects[0].lower_ != speaker.lower_:
            return comma.idx
    return end


def _before_main_clause(doc: Doc, verb: Token, clause: Token, end: int) -> int:
    """"While the union concedes that costs rose, the plan is sound": a verb of speech in a
    clause of concession reports up to the comma that closes it; the parse may hang the
    main clause on the report as a conjunct with no conjunction before it."""
    if not any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE_MARKS and c.i < verb.i for c in verb.children):
        return end
    for child in clause.children:
        if child.dep_ != "conj" or child.i < clause.i or not any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children):
            continue
        first = child.left_edge.i
        comma = doc[first] if doc[first].text == "," else doc[first - 1]
        if comma.text == "," and comma.idx < end:
            return comma.idx
    return end


def _perfect_relative(verb: Token) -> bool:
    """"…, who had told her he would help": a relative with its own subject and
    auxiliary is a finite clause, whatever the participle's tag; not the reduced relative
    of "a plan announced last week"."""
    return verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.i < verb.i for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lower_ in {"who", "which", "that"} for c in verb.children
    )


def _cited_before_relative(doc: Doc, relative: Token) -> Token | None:
    """"The fire began at noon, according to police, who said nobody was hurt": a relative
    right after the comma closing an "according to" phrase is about its source, whatever
    the parse hangs the relative on (the sentence's subject, or the main verb as a
    conjunct)."""
    if relative.lower_ not in {"who", "which"} or relative.i < 2 or doc[relative.i - 1].text != ",":
        return None
    source = doc[relative.i - 2]
    # from the phrase's last word ("police in Baytown") up to the source the phrase names
    while not (source.dep_ == "pobj" and source.head.lower_ == "to" and source.head.head.lower_ == "according"):
        if source.head.i >= source.i or source.is_sent_start:
            return None
        source = source.head
    return source


def _after_of(noun: Token) -> bool:
    """"a niece of the senator, who claimed …": after "of" the relative may as well be
    about the noun the phrase hangs on; the parse cannot tell which (a name in apposition
    stands where its noun does)."""
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of"


def _addressed(verb: Token, clause: Token) -> bool:
    """"told reporters (that) …", "…, she told reporters": the addressee stands between
    the verb and its clause, or after the verb when the clause comes first."""
    if clause.i < verb.i:
        return any(c.dep_ in {"dobj", "dative", "prep"} and c.i > verb.i for c in verb.children)
    return any(c.dep_ in {"dobj", "dative", "prep"} and c.i < clause.i for c in verb.children)


def _before_semicolon(doc: Doc, clause: Token, verb: Token) -> bool:
    """"Many guests were local; the embassy confirmed two pilgrims died": the parse may
    hang the clause before a semicolon on the next clause's verb of speech; the
    semicolon parts them, so it is no report of that verb's."""
    return clause.i < verb.i and any(t.text == ";" for t in doc[clause.right_edge.i + 1 : verb.i])


def _went_on_to(verb: Token) -> bool:
    """"She went on to say (that) …": the speaker's next words, the subject that of
    "went on" (not "refused to say", "wanted to say": nothing said)."""
    head = verb.head
    return verb.dep_ in {"xcomp", "advcl"} and verb.tag_ == "VB" and head.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "on" for c in head.children
    )


def _complement_read_as_relative(verb: Token) -> list[Token]:
    """"told the radio station, a small outlet, that one of the injured was …": the
    parse hangs the that-clause on the addressee as a relative clause; a relative's
    "that" is its subject or object, never a complementiser, so a relative clause
    opened by "that" as a mark is the verb's complement."""
    # "told the paper in a statement that the case was …": the parse may hang it on the
    # statement, as the content of a noun; the statement's content is what was said
    texts = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in MUTE_NOUNS]
    if verb.lemma_.lower() not in ADDRESSEE_CUES and not texts:
        return []
    addressees = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] if verb.lemma_.lower() in ADDRESSEE_CUES else []
    found = [
        t for c in addressees + texts for t in c.subtree
        if t.dep_ in {"relcl", "acl"} and t.pos_ in {"VERB", "AUX"}
        and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == t.left_edge.i for m in t.children)
        and any(m.dep_ in _CLAUSE_SUBJECTS for m in t.children)
    ]
    return found[:1]


def _complement_read_as_adjunct(verb: Token) -> list[Token]:
    """"the judge ruled the ban violated the charter": the parse may take the clause's
    subject for the verb's object and hang the clause's finite verb on the verb of
    speech as an adverbial or a conjunct, with no mark, conjunction or subject of its
    own (an adverbial has a mark, a conjunct a conjunction: without them, the verb is
    the complement's). It is taken up only right after the object, or after a comma
    closing an aside inside it ("ruled the rule, or the practice, is void")."""
    if verb.lemma_.lower() in ADDRESSEE_CUES:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1:
        return []
    found = [
        c for c in verb.children
        if c.dep_ in {"advcl", "conj"} and c.tag_ in _FINITE and c.i > objects[0].i
        and c.lemma_.lower() not in _CUES and _after_object(objects[0], c)
        and not any(g.dep_ in _CLAUSE_SUBJECTS or g.dep_ in {"mark", "cc"} for g in c.children)
    ]
    return found[:1]


def _complement_read_as_head(verb: Token) -> list[Token]:
    """"The Red Cross said on Friday, 40 homes were lost": the parse may hang an
    attribution opening the sentence with its subject on the clause after its comma, as
    that clause's complement; with only the comma between them and a subject of its own,
    that clause is what was said ("As she said, …" is no attribution of what follows, and
    "Because A, says the study, B" is one report inverted around its attribution)."""
    head, doc = verb.head, verb.doc
    if verb.dep_ not in {"ccomp", "parataxis", "advcl"} or head.i < verb.i or head.pos_ not in {"VERB", "AUX"}:
        return []
    opening = paragraph_sentence(verb).start
    if not any(c.dep_ == "nsubj" and c.i < verb.i and c.left_edge.i == opening for c in verb.children):
        return []
    if verb.left_edge.i != opening or any(c.dep_ == "mark" for c in verb.children):
        return []
    comma = verb.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return []
    return [head] if any(c.dep_ in _CLAUSE_SUBJECTS and c.i > comma for c in head.children) else []


def _complement_read_as_adverbial(verb: Token) -> list[Token]:
    """"she said as a child she was taught to swim": the parse may hang a clause opening
    on a phrase of its own on the verb of speech as an adverbial; right after the verb,
    with its own subject and no mark, it is the complement (an adverbial clause opens on
    its mark: "said so because …")."""
    return [
        c for c in verb.children
        if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1 and c.left_edge.pos_ == "ADP"
        and any(g.dep_ in _CLAUSE_SUBJECTS and g.i < c.i for g in c.children)
        and not any(g.dep_ == "mark" or g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ][:1]


def _after_object(obj: Token, clause: Token) -> bool:
    """The clause opens right after the object, or after a comma that closes an aside the
    object holds."""
    doc = obj.doc
    between = doc[obj.right_edge.i + 1 : clause.left_edge.i]
    if not len(between):
        return True
    return len(between) == 1 and between[0].text == "," and any(t.text == "," for t in obj.subtree)


def _object_as_subject(verb: Token, clause: Token) -> Token | None:
    """"announced the flight recorder has been found": the parse takes the clause's
    subject for the verb's object and leaves the clause opening on its auxiliary; the
    object is the subject when the two meet (or only a phrase of the object's, which
    the parse hangs on the verb, stands between). A clause the parse hung on the verb as
    an adjunct (:func:`_complement_read_as_adjunct`) opens on its own verb as well."""
    if verb.lemma_.lower() in ADDRESSEE_CUES or any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i]
    if len(objects) != 1:
        return None
    if clause.dep_ in {"advcl", "conj"}:
        return objects[0] if clause in _complement_read_as_adjunct(verb) else None
    meets = objects[0].right_edge.i + 1
    for child in verb.children:  # "the recorder from Flight 610 has been …", the phrase hung on the verb
        if child.dep_ == "prep" and child.left_edge.i == meets and child.right_edge.i + 1 == clause.left_edge.i:
            meets = clause.left_edge.i
    if meets != clause.left_edge.i:
        return None
    first = clause.left_edge
    if first.i == clause.i and clause.tag_ in _FINITE:
        return objects[0]  # "determined the man's record rendered him a danger": the clause opens on its verb
    if first.dep_ not in {"aux", "auxpass"} or first.head.i != clause.i or first.lower_ == "to":
        return None
    return objects[0]


def _hypothetical(verb: Token) -> bool:
    """"If Ruiz says the bridge is safe, …", "when she says that we raise prices, we
    lose buyers": a condition or a habit, not words anyone said."""
    for child in verb.children:
        if child.dep_ not in {"mark", "advmod"} or child.i > verb.i:
            continue
        if child.lower_ in _CONDITIONAL_MARKS:
            return True
        if child.lower_ in _HABITUAL_MARKS and verb.tag_ in {"VBZ", "VBP"}:
            return True
    return False


def _embedded_question(verb: Token, clause: Token) -> bool:
    """"explained why that was so", "described how the move changed his work": the
    clause opens with a question word of its own; it names the topic, not the words
    ("said what matters most is …", the question word deeper in, is a report)."""
    first = next(t for t in clause.subtree if not t.is_punct)
    if first.i <= verb.i or first.lower_ not in _QUESTION_WORDS:
        return False
    # "explained which rules apply", "…”, whose trucks were used to …": the word may open the
    # clause as the determiner of its subject or object; a relative misread as a second
    # complement opens so too, and neither is a report
    return first.head.i == clause.i or first.dep_ in {"det", "poss"} and first.head.head.i == clause.i


def _elided(clause: Token) -> bool:
    """"far from where the charts had predicted it would be": an auxiliary with nothing
    after it, the rest of the clause left out; no words to report."""
    return clause.pos_ == "AUX" and clause.right_edge.i == clause.i and all(
        c.dep_ in {"nsubj", "aux", "neg", "advmod", "expl"} for c in clause.children
    )


def _after_stray_that(doc: Doc, verb: Token, start: int, end: int) -> tuple[int, int]:
    """"explained that heroin, which …, had been mixed": a complementiser the parse took
    for a determiner stays out of the span, as any "that" after the verb does; "said
    that was wrong" keeps its pronoun subject."""
    first = doc[_token_at(doc, start)]
    if first.lower_ != "that" or first.i < verb.i or first.i + 1 >= len(doc):
        return start, end
    following = doc[first.i + 1]
    if following.pos_ in {"VERB", "AUX"} or following.is_punct:
        return start, end
    return following.idx, end


def _after_time_of_saying(doc: Doc, verb: Token, clause: Token, start: int, end: int) -> tuple[int, int]:
    """"Police said on Tuesday they think …", "said Monday the fire had been contained": a
    time right after the verb, with no "that" before it and the clause's subject right
    after it, dates the saying; the parse may hang it on the clause, whose span it does
    not open ("said that on Friday the bridge …" keeps it: the "that" puts it inside)."""
    first = doc[_token_at(doc, start)]
    if clause.i < verb.i or first.i <= verb.i or doc[first.i - 1].lower_ == "that" or doc[first.i - 1].is_punct:
        return start, end  # a comma or a quotation mark before the time sets it in the clause
    for modifier in clause.children:
        if modifier.left_edge.i != first.i or not _is_time(modifier):
            continue
        after = modifier.right_edge.i + 1
        subjects = [c for c in clause.children if c.dep_ in _CLAUSE_SUBJECTS]
        if after < clause.i and subjects and subjects[0].left_edge.i == after:
            return doc[after].idx, end
    return start, end


def _is_time(modifier: Token) -> bool:
    """"on Tuesday", "Monday", "yesterday morning", "last week": a date or time standing as
    an adverbial."""
    if modifier.dep_ == "npadvmod":
        return modifier.ent_type_ in TIME_ENTS
    if modifier.dep_ == "prep" and modifier.lower_ in {"on", "at", "in"}:
        objects = [c for c in modifier.children if c.dep_ == "pobj"]
        return len(objects) == 1 and objects[0].ent_type_ in TIME_ENTS
    return False


def _reported_source(verb: Token) -> Token | None:
    """"The paper reported investigators, after a search, stated it was a ferry": the
    parse makes the source the object of the outer report and hangs its own verb on
    that report with no conjunction between; the words are the source's, not the
    paper's (a report nested in a report belongs to its source). So when the parse makes
    the source's verb the report's complement, right after the source ("The paper
    reported its source said …")."""
    head = verb.head
    if verb.dep_ not in {"conj", "dep", "ccomp"} or head.i >= verb.i or head.lemma_.lower() not in REPORTED_CUES:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None  # "X reported the fire and stated …": X's second act
    objects = [c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}]
    if len(objects) != 1 or any(c.dep_ == "ccomp" and c.i > head.i and c.i != verb.i for c in head.children):
        return None
    if verb.dep_ == "ccomp" and objects[0].right_edge.i + 1 != verb.i:
        return None
    return objects[0]


def _subject_in_opening_phrase(doc: Doc, verb: Token) -> Token | None:
    """"On Friday Ford Motor Company announced …", "On Twitter, Ana Ruiz, a columnist,
    said …": the parse takes the name opening the clause for part of the phrase that
    opens the sentence, and leaves the verb with no subject. The name is a person or a
    body after a date or a comma in that phrase, right before the verb or its
    apposition set off by commas."""
    phrases = [c for c in verb.lefts if c.dep_ == "prep" and c.i == paragraph_sentence(verb).start]
    if len(phrases) != 1 or verb.i < 1:
        return None
    phrase = phrases[0]
    if phrase.right_edge.i + 1 != verb.i and not (phrase.right_edge.i + 2 == verb.i and doc[verb.i - 1].text == ","):
        return None
    # the entities opening between the phrase and the verb, read off the tokens: walking
    # doc.ents for every verb would make the rule grow with the article
    for start in range(phrase.i + 1, verb.i):
        if doc[start].ent_iob_ != "B" or doc[start].ent_type_ not in {"PERSON", "ORG"}:
            continue
        entity = entity_span(doc[start])
        before = doc[entity.start - 1]
        if before.text != "," and before.ent_type_ not in TIME_ENTS:
            continue
        if entity.end == verb.i or doc[entity.end].text == "," and doc[verb.i - 1].text == ",":
            return entity.root
        return None
    return None


def _set_off(doc: Doc, first: int, last: int) -> bool:
    """Tokens ``first`` … ``last`` stand between commas inside their sentence, words on
    both sides."""
    sent = paragraph_sentence(doc[first])
    return (first - 1 > sent.start and doc[first - 1].text == ","
            and last + 2 < sent.end and doc[last + 1].text == "," and doc[last + 2].is_alpha)


def _whole_clause(doc: Doc, inside: Token) -> tuple[int, int] | None:
    """Character bounds of the sentence's clause around an interrupting attribution:
    from the sentence's start to its end, or to a comma before a coordinating
    conjunction that opens the reporter's next clause; spanned whole, the attribution
    included, as an offset span cannot skip it."""
    sent = paragraph_sentence(inside)
    end = sent.end
    for t in doc[inside.i + 1 : sent.end - 1]:
        if t.text in {";", ":"} or t.text == "," and doc[t.i + 1].dep_ == "cc":
            end = t.i
            break
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= inside.i:
        return None
    return doc[sent.start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _named_after_its_words(doc: Doc, verb: Token, resolver: SpeakerResolver, quoted, paragraph_of):
    """"Since no vote was held, reads the lawsuit, the levy is void", "The dam, says the
    mayor, will hold": the source named after the words it reports, inverted between
    commas inside the clause (a court paper "reads"; anyone "says"). The verb reports
    nothing of its own: no object, no clause, no negation or auxiliary."""
    reading = verb.lemma_.lower() in _INVERTED_CUES
    sources = [
        c for c in verb.children
        if c.i > verb.i and (c.dep_ in {"dobj", "nsubj"} and c.lemma_.lower() in _PLEADINGS if reading else c.dep_ == "nsubj")
    ]
    if len(sources) != 1:
        return None
    last = sources[0].right_edge.i
    if doc[last].text == "," and last > sources[0].i:
        last -= 1  # the parse may hang the closing comma on the source
    if not _set_off(doc, verb.i, last):
        return None
    if not reading and (verb.dep_ != "parataxis" or any(c.dep_ in {"dobj", "ccomp", "neg", "aux", "xcomp"} for c in verb.children)):
        return None
    span = _whole_clause(doc, verb)
    if span is None:
        return None
    return _row(doc, *span, verb, sources[0], resolver, quoted, paragraph_of)


def _as_noted(doc: Doc, verb: Token, resolver: SpeakerResolver, quoted, paragraph_of):
    """"The board is the only body that is, as local papers noted, fully elected": an
    "as" attribution set off by commas inside the clause it reports."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ in {"dobj", "ccomp", "neg"} for c in verb.children):
        return None
    first = subjects[0].left_edge.i - 1
    if first < 0 or doc[first].lower_ != "as" or subjects[0].right_edge.i + 1 != verb.i:
        return None
    if not _set_off(doc, first, verb.i):
        return None
    span = _whole_clause(doc, verb)
    if span is None:
        return None
    return _row(doc, *span, verb, subjects[0], resolver, quoted, paragraph_of)


def _relative_gap(verb: Token, clause: Token) -> Token | None:
    """"…, which his wife said was due to illness": the relative pronoun before the
    attribution is the reported clause's subject; the report is the rest ("was due to
    illness")."""
    if verb.dep_ != "relcl":
        return None
    for child in clause.children:
        if child.dep_ in _CLAUSE_SUBJECTS and child.lower_ in {"which", "that", "who"} and child.i < verb.i:
            return child
    return None


def _with_saying(verb: Token) -> Token | None:
    """"…, with officials saying the ban is for security reasons": the parse hangs the
    participle on the noun after "with" as a modifier; the noun is who says it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    noun = verb.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return noun


def _issued_text(verb: Token) -> Token | None:
    """Who put out the text a participle of speech describes: "the office released a
    statement saying …", "a letter from the minister stating …"; a court paper speaks
    itself ("filed a petition claiming …")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    if verb.head.lemma_.lower() in _PLEADINGS:
        return verb.head
    if verb.head.lemma_.lower() not in MUTE_NOUNS:
        return None
    return issuer_of(verb.head)


def _parenthetical(doc: Doc, verb: Token, subject: Token, resolver: SpeakerResolver, quoted, paragraph_of):
    """"On Sunday, her office said, the senator died at home": the attribution set off
    by commas before the clause's subject; the report is what follows it (the opening
    adverbial is the reporter's)."""
    head = verb.head
    comma = verb.right_edge.i if verb.right_edge.text == "," else verb.right_edge.i + 1
    if head.pos_ not in {"VERB", "AUX"} or comma >= len(doc) or doc[comma].text != ",":
        return None
    if subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != ",":
        return None
    clause_subjects = [c for c in head.children if c.dep_ in _CLAUSE_SUBJECTS]
    if not clause_subjects:
        return None
    if clause_subjects[0].left_edge.i <= comma:
        return _interrupting(doc, verb, subject, clause_subjects[0], resolver, quoted, paragraph_of)
    tokens = [t for t in head.subtree if t.i > comma]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if _words(tokens) < _MIN_WORDS or tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return _row(doc, start, end, verb, subject, resolver, quoted, paragraph_of)


def _interrupting(doc: Doc, verb: Token, subject: Token, clause_subject: Token, resolver: SpeakerResolver, quoted, paragraph_of):
    """"The fire, officials said, started in the kitchen": the attribution set off by
    commas between the clause's subject, which opens the sentence, and its verb; the
    clause is spanned whole, the attribution included (hd's convention: an offset span
    cannot skip it)."""
    if clause_subject.left_edge.i != paragraph_sentence(verb).start or _last_word(clause_subject) + 2 != subject.left_edge.i:
        return None
    if clause_subject.i > verb.i or not _set_off(doc, subject.left_edge.i, verb.right_edge.i if verb.right_edge.text != "," else verb.right_edge.i - 1):
        return None
    span = _whole_clause(doc, verb)
    if span is None:
        return None
    return _row(doc, *span, verb, subject, resolver, quoted, paragraph_of)


def _past_read_as_participle(clause: Token) -> bool:
    """"said a man approached and attacked them": the tagger may take a past tense for a
    participle; with a subject before it and a finite verb joined to it, it is a clause
    of its own (a reduced relative has neither)."""
    return clause.tag_ == "VBN" and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children) and any(
        c.dep_ == "conj" and c.tag_ in {"VBD", "VBN"} for c in clause.children
    )


def _split_complement(doc: Doc, verb: Token, clauses: list[Token]) -> tuple[list[Token], tuple[int, int] | None]:
    """"X said the team would stay and, to calm fans, it would not sell": the parse may
    hang both halves of one report on the verb as two complements; after the verb, each
    with a subject of its own and only a conjunction, commas or "that" of the verb's
    between them, they are one report, spanned from the first to the end of the second."""
    if len(clauses) != 2:
        return clauses, None
    first, second = sorted(clauses, key=lambda t: t.i)
    # "to confirm the twists are …": the parse may give the second its subject as the first's object
    adjacent = second.left_edge.i == first.right_edge.i + 1
    if first.i < verb.i or not (adjacent or any(c.dep_ in _CLAUSE_SUBJECTS for c in second.children)):
        return clauses, None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in second.children):
        return clauses, None
    for token in doc[first.right_edge.i + 1 : second.left_edge.i]:
        if not (token.head.i == verb.i and token.dep_ in {"cc", "punct"} or token.dep_ == "mark" and token.lower_ == "that"):
            return clauses, None
    span = _clause_span(doc, second, skip=None)
    return ([first], span) if span is not None else (clauses, None)


def _second_that_clause(doc: Doc, verb: Token, clause: Token, start: int, end: int) -> tuple[int, int]:
    """"X announced (that) A, and that B": the parse hangs "that B" on the verb as a
    conjunct; it is reported under the same verb, so the span runs on to its end (and
    :func:`_split_at_second_that` gives B its own row)."""
    for child in verb.children:
        if (child.dep_ == "conj" and child.i > clause.i and child.pos_ in {"VERB", "AUX"}
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
                and any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children)):
            second = _clause_span(doc, child, skip=None)
            between = doc.text[end:second[0]] if second else ""
            if second and between.strip() in {", and that", "and that"}:
                return start, second[1]
    return start, end


def _mandative(verb: Token, clause: Token) -> bool:
    """"He suggested (that) voters stay home", "she insists that the plan include …":
    after a verb of proposal, a bare verb with no auxiliary is the subjunctive of a
    request, and so is a present one after a past verb, where a report would be
    backshifted ("suggested there were not enough votes")."""
    if verb.lemma_.lower() not in _MANDATIVE_CUES or any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False
    return clause.tag_ == "VB" or verb.tag_ == "VBD" and clause.tag_ == "VBP"


def _modal_conjunct(doc: Doc, verb: Token, clause: Token, end: int) -> int:
    """"X said she is unwilling to run but would serve if asked": the parse hangs the
    conjunct on the verb of speech; with a backshifted modal of its own, no subject and
    no comma (or a comma before "but": "…, but would serve"), it goes on with the reported
    clause. So does one in the present after a verb of speech in the past ("claimed a
    third man escaped and remains at large"), which the speaker's next act would share."""
    for child in verb.children:
        if child.dep_ != "conj" or child.i < clause.i or child.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children):
            continue
        present = verb.tag_ == "VBD" and child.tag_ in {"VBZ", "VBP"} and child.lemma_.lower() not in _CUES
        if not present and not any(c.dep_ == "aux" and c.lower_ in _BACKSHIFTED and c.i < child.i for c in child.children):
            continue
        cc = doc[child.left_edge.i - 1]
        if present and cc.text == "," and child.left_edge.i >= 2 and doc[child.left_edge.i - 2].dep_ == "cc":
            cc = doc[child.left_edge.i - 2]  # "…, and, when sold out, leaves …": an adverbial set off after the "and"
        # a present conjunct is the report's after a comma too: the speaker's own next act would be past
        comma = cc.i >= 2 and doc[cc.i - 1].text == "," and (cc.lower_ == "but" or present)
        before = cc.i - 2 if comma else cc.i - 1
        if cc.dep_ != "cc" or before < 0 or doc[before].idx + len(doc[before].text) != end:
            continue
        span = _clause_span(doc, child, skip=None)  # without "…, according to X"
        if span is None:  # "… and remains wanted": too short for a clause of its own
            last = child.right_edge
            while last.i > child.i and (last.is_punct or last.is_space):
                last = doc[last.i - 1]
            return last.idx + len(last.text)
        return span[1]
    return end


def _joined_clause(doc: Doc, verb: Token, clause: Token, end: int) -> int:
    """"X claims that her passport was taken and she was forced to work": the parse hangs
    a second clause, joined by a bare "and" right after the reported one, on the verb of
    speech; in the same tense, with a subject of its own and no verb of speech, it goes
    on with the report (another tense leaves it the reporter's, and so does a comma unless
    the conjunct is backshifted as a report is: "…, and users would be able to …")."""
    for child in verb.children:
        if child.dep_ != "conj" or child.i < clause.i or child.pos_ not in {"VERB", "AUX"} or child.tag_ != clause.tag_:
            continue
        if child.lemma_.lower() in REPORTED_CUES or not any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children):
            continue
        cc = doc[child.left_edge.i - 1]
        before = doc[cc.i - 1]
        if before.text == "," and before.head.i == verb.i and _continues_report(clause, child):
            before = doc[cc.i - 2]
        if cc.lower_ != "and" or cc.head.i != verb.i or before.idx + len(before.text) != end:
            continue
        span = _clause_span(doc, child, skip=None)
        return span[1] if span is not None and span[0] > end else end
    return end


def _rest_hung_on_the_verb(doc: Doc, verb: Token, clause: Token, end: int) -> int:
    """"said they cover letters of protest …, and council memos …", "reported the storm had
    gusts of 60 km/h, just four short of becoming a typhoon": the parse hangs the rest of
    the reported clause on the verb of speech, as a noun conjunct (a verb coordinates no
    noun) or as a second complement that is an adjective with no subject (no clause of the
    reporter's); right after the clause, it goes on with the report."""
    text = doc_text(doc)
    after = _token_at(doc, end - 1) + 1
    for child in verb.children:
        if child.i <= clause.i:
            continue
        noun = child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN"}
        adjective = child.dep_ in {"ccomp", "advmod"} and child.pos_ == "ADJ" and not any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children)
        if not (noun or adjective):
            continue
        tokens = sorted(child.subtree, key=lambda t: t.i)
        if tokens[-1].i - tokens[0].i + 1 != len(tokens):
            continue
        while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
            tokens = tokens[1:]
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens = tokens[:-1]
        if not tokens or tokens[0].i < after:
            continue
        joints = {",", "and", "or"} if noun else {","}
        if not all(t.text in joints for t in doc[after : tokens[0].i]):
            continue
        stop = tokens[-1].idx + len(tokens[-1].text)
        if any(ch in _MARK_CHARS or ch in ";:" for ch in text[end:stop]):
            continue
        return stop
    return end


def _speakers_next_act(clause: Token, child: Token) -> bool:
    """"X predicted the senator would lose and urged voters to …": a past-tense conjunct
    with no subject or auxiliary cannot share the clause's modal, nor the "there" of
    "said there was no plan and urged …", which does nothing; the parse hangs the
    speaker's next act on the reported clause."""
    return (
        child.dep_ == "conj" and child.tag_ == "VBD" and child.i > clause.i
        and any(c.dep_ == "aux" and c.lower_ in _MODALS or c.dep_ == "expl" for c in clause.children)
        and not any(c.dep_ in _CLAUSE_SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in child.children)
    )


def _after_quoted_clause(doc: Doc, clause: Token, start: int, end: int) -> int:
    """"said a curfew could be “unavoidable” and that she was weighing it": the first
    clause, holding quoted words, is the partial quote's; the second, opened by "and that"
    with a subject of its own and no marks, is reported without it (the report starts
    after "that")."""
    text = doc_text(doc)
    for child in clause.children:
        if child.dep_ != "conj" or child.i < clause.i or child.pos_ not in {"VERB", "AUX"} or child.left_edge.i < 2:
            continue
        mark, cc = doc[child.left_edge.i], doc[child.left_edge.i - 1]
        if mark.lower_ != "that" or mark.dep_ != "mark" or cc.lower_ != "and" or cc.head.i != clause.i:
            continue
        if not any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children):
            continue
        second = doc[mark.i + 1].idx
        if any(ch in _MARK_CHARS for ch in text[start:cc.idx]) and not any(ch in _MARK_CHARS for ch in text[second:end]):
            return second
    return start


def _before_quoted_conjunct(doc: Doc, clause: Token, start: int, end: int) -> int | None:
    """"stating that A and B was “…”": the conjunct holding quoted words is the partial
    quote's; the report without marks ends before its "and". A conjunct with no subject
    of its own ("said the senator lied and “wants …”") continues the one clause, which
    then holds quoted words: only the partial row is given (``None``)."""
    text = doc_text(doc)
    if not any(ch in _MARK_CHARS for ch in text[start:end]):
        return end
    for child in clause.children:
        if child.dep_ != "conj" or child.pos_ not in {"VERB", "AUX"} or child.left_edge.i < 1:
            continue
        cc = doc[child.left_edge.i - 1]
        if cc.dep_ != "cc" or cc.head.i != clause.i:
            continue
        if any(t.text in _MARK_CHARS for t in child.subtree):
            if not any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children):
                return None
            last = cc.i - 1
            while last > clause.left_edge.i and (doc[last].is_punct or doc[last].is_space):
                last -= 1
            return min(end, doc[last].idx + len(doc[last].text))
    return end


def _according(doc: Doc, according: Token, resolver: SpeakerResolver, quoted, paragraph_of):
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in according.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = owner_named_after(according) or _split_name(objects[0])
    closing = _closing_head(according)
    head = closing or according.head
    if head.i == according.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if head.dep_ == "amod":
        return None  # "…, ridges often accompanied frogs eating prey": the verb read as the noun's modifier heads no whole clause
    if head.lemma_.lower() in _SAID_CUES and (according.i == paragraph_sentence(according).start or according.i > head.i) and any(
        c.dep_ == "ccomp" and c.i > head.i for c in head.children
    ):
        return _relayed(doc, according, source, head, resolver, quoted, paragraph_of)
    if _after_opening_auxiliary(doc, according):
        # "The ship was, according to the coast guard, carrying …": spanned whole, as an
        # attribution interrupting its clause is (hd)
        span = _whole_clause(doc, according)
        return None if span is None else _row(doc, *span, according, source, resolver, quoted, paragraph_of, cue="according to")
    if not any(c.dep_ in _CLAUSE_SUBJECTS for c in head.children):
        return None
    phrase_left, phrase_right = according.left_edge.i, according.right_edge.i
    while phrase_right > according.i + 2 and doc[phrase_right].text == ",":
        phrase_right -= 1  # the parse may hang the comma closing the phrase on its last noun
    title = _swallowed_title(source, head)
    if title is not None:
        phrase_right = title.left_edge.i - 2  # before the comma that opens the title
    named = {
        t.i for c in source.children if source.pos_ == "NOUN" and c.dep_ == "appos" and c.pos_ == "PROPN"
        for t in c.subtree
    }
    # "…, according to Ana Ruiz, the museum's curator.": the description closing the
    # phrase is the source's, a capitalised title too ("…, the Attorney for the District",
    # which is no name to take over hers)
    described = [
        c for c in source.children if source.pos_ == "PROPN" and c.dep_ == "appos" and c.right_edge.i == phrase_right
        and (c.pos_ == "NOUN" or c.lower_ in PERSON_ROLES or c.lower_ in OCCUPATIONS)
    ]
    named |= {t.i for c in described for t in c.subtree}
    titled = any(c.pos_ == "PROPN" for c in described)
    # "…, according to Ana Ruiz, who leads the team.": so is a relative clause closing it
    # (not "…, which cited …": a source the source relays speaks itself)
    named |= {
        t.i for c in source.children if c.dep_ == "relcl" and c.right_edge.i == phrase_right
        and c.lemma_.lower() not in RELAYING_VERBS for t in c.subtree
    }
    # "…, according to police in Dayton, Ohio, …": a place and the region after its comma are one name
    named |= {
        t.i for c in doc[according.i + 2 : phrase_right + 1] if c.dep_ == "appos" and c.ent_type_ == "GPE" and c.head.ent_type_ == "GPE"
        for t in c.subtree
    }
    if any(t.text == "," and t.i + 1 not in named and t.i - 1 not in named for t in doc[according.i + 2 : phrase_right + 1]):
        # "…, according to X, supportive of …": the phrase holds more than its source
        # (the commas around a name in apposition, "according to his wife, Ana,", are the name's)
        return None
    # "A did X, but, according to Y, B …": the parse may take A's subject for B's too, as if
    # the phrase interrupted one clause; the phrase after ", but," opens B alone
    joined = _opening_joined_clause(doc, phrase_left, phrase_right, head)
    if joined is not None:
        return _row(doc, *joined, according, source, resolver, quoted, paragraph_of, cue="according to",
                    apposed=title is None and not titled)
    if head.lemma_.lower() not in REPORTED_CUES and _between_subject_and_verb(doc, head, phrase_left, phrase_right):
        # "The unit, according to a daily, is too small to sell": spanned whole, as an
        # attribution interrupting its clause is (hd); "Witnesses, according to the
        # paper, said …" is the witnesses' report, found at their verb
        span = _whole_clause(doc, according)
        if span is None:
            return None
        return _row(doc, *span, according, source, resolver, quoted, paragraph_of, cue="according to", apposed=title is None)
    opener = _opening_adverbial(doc, according)
    name = _name_read_as_subject(doc, phrase_right, objects[0], head) if opener is None else None
    if name is not None:
        source, opener = name, name
    span = _before_phrase(doc, according) if closing is not None else _clause_span(doc, head, skip=according, also=opener)
    if span is None:
        return None
    start, end = span
    if title is not None:
        start = doc[title.left_edge.i].idx  # the subject's title is the report's
    end = _before_quoted_conjunct(doc, head, start, end)
    if end is None:
        return None
    start = _after_relaying(doc, start, end)
    if start is None:
        return None
    # the phrase opens its sentence ("According to X, …") or closes it ("…, according
    # to X."), so that the clause is the whole rest of the sentence
    # (after an opening conjunction too: "But according to police, …")
    sentence_start = paragraph_sentence(according).start
    opens = (
        phrase_left == sentence_start or opener is not None
        or phrase_left == sentence_start + 1 and doc[sentence_start].dep_ == "cc"
    ) and phrase_right < _token_at(doc, start)
    after = phrase_right + 1
    if after < len(doc) and doc[after].text == ")" and any(t.text == "(" for t in doc[phrase_left:after]):
        after += 1  # "…, according to the Council of Churches (CC)."
    closes = doc[phrase_left].idx >= end and (
        after >= len(doc) or doc[after].text in {".", "!", "?"} or "\n" in doc[after].text
        # "X did A, according to Y, but Z …": the report ends at the phrase
        or after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].dep_ == "cc" and doc[after + 1].head.i == head.i
    )
    if not (opens or closes):
        return None
    if opens and closing is None:
        end = _under_opening_phrase(doc, head, end)
    elif closes and closing is None:
        end = _participle_before_closing_phrase(doc, head, phrase_left, end)
    return _row(
        doc, start, end, according, source, resolver, quoted, paragraph_of, cue="according to", apposed=title is None and not titled
    )


def _participle_before_closing_phrase(doc: Doc, head: Token, phrase_left: int, end: int) -> int:
    """"Gusts reached 140 mph, tied for the strongest on record, according to the weather
    service.": a phrase closing its sentence attributes all of it, and a participle set off
    by commas just before it, opening its own words with no subject or mark, describes what
    was reported; the report runs on to its end (elsewhere such an adverbial is the reporter's)."""
    for child in head.children:
        if child.dep_ != "advcl" or child.tag_ not in {"VBN", "VBG"} or child.left_edge.i != child.i or child.i < 2:
            continue
        if any(c.dep_ in _CLAUSE_SUBJECTS or c.dep_ == "mark" for c in child.children):
            continue
        last = child.right_edge
        before = doc[child.i - 1]
        if last.i + 2 != phrase_left or doc[last.i + 1].text != "," or before.text != ",":
            continue
        if doc[before.i - 1].idx + len(doc[before.i - 1].text) == end:
            return last.idx + len(last.text)
    return end


def _opening_joined_clause(doc: Doc, first: int, last: int, head: Token) -> tuple[int, int] | None:
    """"…; according to X, B", "…, but, according to X, B": the phrase opens a clause
    joined to the one before it and attributes that clause only, from the phrase to the
    end of its verb's words (the parse may hang the clause before on it too). A verb of
    speech there ("…; according to the paper, the minister said …") is the speaker's own
    report, found at that verb."""
    at = first - 1
    if at >= 1 and doc[at].text == "," and doc[at - 1].dep_ == "cc":
        at -= 1  # "but, according to …"
    if at <= paragraph_sentence(head).start or last + 2 >= len(doc) or doc[last + 1].text != ",":
        return None
    if not (doc[at].text == ";" or doc[at].dep_ == "cc" and doc[at - 1].text == ","):
        return None
    if head.i <= last or not any(c.dep_ in _CLAUSE_SUBJECTS and c.i > last for c in head.children):
        return None
    if head.lemma_.lower() in _SAID_CUES and any(c.dep_ == "ccomp" and c.i > head.i for c in head.children):
        return None
    tokens = list(doc[last + 2 : head.right_edge.i + 1])
    if any(t.i != head.i and head not in t.ancestors for t in tokens):
        return None  # the words after the phrase are not one clause
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not _closes_words(tokens):
        tokens = tokens[:-1]
    if _words(tokens) < _MIN_WORDS:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _closes_words(tokens: list[Token]) -> bool:
    """The last token is punctuation that belongs to the words: "the Kurdistan Workers'
    Party (PKK)", "had reached 95%"."""
    last = tokens[-1]
    return last.text == "%" or last.text == ")" and any(t.text == "(" for t in tokens)


def _under_opening_phrase(doc: Doc, head: Token, end: int) -> int:
    """"According to X, four miners died, and two are missing.": a phrase opening its
    sentence covers the whole of it, so a clause joined by ", and" with a subject of its
    own and the report's tense, running to the sentence's end, is more of the report
    ("…, and 20 cases were reported" too; a verb of speech with its own complement is a
    report of its own; "but" turns to the reporter's view)."""
    for child in head.children:
        if child.dep_ != "conj" or child.i < head.i or child.pos_ not in {"VERB", "AUX"} or child.left_edge.i < 2:
            continue
        if child.lemma_.lower() in REPORTED_CUES and any(c.dep_ == "ccomp" for c in child.children):
            continue
        if not any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children):
            continue
        cc, comma = doc[child.left_edge.i - 1], doc[child.left_edge.i - 2]
        if cc.lower_ != "and" or comma.text != "," or comma.idx != end or _past(child) != _past(head):
            continue
        after = child.right_edge.i + 1
        if after < paragraph_sentence(head).end and doc[after].text not in {".", "!", "?"}:
            continue
        span = _clause_span(doc, child, skip=None)
        return span[1] if span is not None else end
    return end


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def _closing_head(according: Token) -> Token | None:
    """"…, injuring 25 people and damaging churches, according to officials.", "…
    after the shooting according to police.": the parse may hang a phrase that closes
    its sentence on the last participle or noun before it; closing the sentence, it
    attributes the whole of it, the main verb's clause (when that has a subject)."""
    doc = according.doc
    after = according.right_edge.i + 1
    if after < len(doc) and doc[after].text == ")" and doc[according.left_edge.i - 1].text == "(":
        return None
    if after < len(doc) and doc[after].text not in {".", "!", "?"} and "\n" not in doc[after].text:
        return None
    root, head = paragraph_sentence(according).root, according.head
    if root.i == head.i or root.i > according.i or root.pos_ not in {"VERB", "AUX"}:
        return None
    node = head
    while True:
        if node.i != root.i and node.pos_ in {"VERB", "AUX"} and any(c.dep_ in _CLAUSE_SUBJECTS for c in node.children):
            return None  # "…, which the minister accepted according to X": a clause of its own
        if node.lemma_.lower() in _SAID_CUES or any(c.dep_ == "ccomp" for c in node.children):
            return None  # "X said A, according to the paper": X's report, which the paper relays
        if node.i == root.i:
            break
        node = node.head
    if not any(c.dep_ in _CLAUSE_SUBJECTS for c in root.children):
        return None
    return root


def _before_phrase(doc: Doc, according: Token) -> tuple[int, int] | None:
    """Character bounds of the sentence before a phrase that closes it, without the
    punctuation between."""
    sentence = paragraph_sentence(according)
    tokens = list(doc[sentence.start : according.left_edge.i])
    dateline = sentence_dateline_end(sentence, before=according.left_edge.i)
    if dateline is not None:
        tokens = [t for t in tokens if t.i > dateline]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not _closes_words(tokens):
        tokens = tokens[:-1]
    if _words(tokens) < _MIN_WORDS:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _split_name(source: Token) -> Token:
    """"According to Oregon Senator Ana Ruiz, …": the parse may take the place that opens
    the title for the phrase's object and hang the rest of the name elsewhere; the
    source is the person the run of proper nouns ends on."""
    doc = source.doc
    last = source.i
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
        last += 1
    end = doc[last]
    if last == source.i or end.ent_type_ != "PERSON" or source.ent_type_ not in {"GPE", "NORP", "LOC"}:
        return source
    if any(doc[i].head.i == source.i for i in range(source.i + 1, last + 1)):
        return source  # the parse kept the run on the object: its own name
    return end


def _between_subject_and_verb(doc: Doc, head: Token, first: int, last: int) -> bool:
    """Tokens ``first`` … ``last`` stand between commas right after the subject that
    opens the sentence of ``head``, and before ``head`` itself."""
    subjects = [c for c in head.children if c.dep_ in _CLAUSE_SUBJECTS and c.i < first]
    return (len(subjects) == 1 and subjects[0].left_edge.i == paragraph_sentence(head).start and _last_word(subjects[0]) + 2 == first
            and last < head.i and _set_off(doc, first, last))


def _after_opening_auxiliary(doc: Doc, according: Token) -> bool:
    """"One guard was, according to the union, among the injured", "The fire had,
    according to police, started …": the phrase set off by commas right after the
    auxiliary or copula that follows the subject opening the sentence; the parse hangs
    the subject and the phrase on either word, so the words are read, not the arcs."""
    # the phrase is "according to" and its object: the parse may hang what follows on it
    first, last = according.i, _last_word(doc[according.i + 1])
    if not _set_off(doc, first, last):
        return False
    auxiliaries = []
    at = first - 2
    while at >= 0 and doc[at].pos_ == "AUX" and doc[at].lemma_.lower() in {"be", "have"}:
        auxiliaries.append(doc[at])
        at -= 1
    if not auxiliaries or len(auxiliaries) > 2:
        return False
    heads = {t.i for t in auxiliaries} | {t.head.i for t in auxiliaries}
    sent_start = paragraph_sentence(according).start
    subjects = [t for t in doc[sent_start:at + 1] if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i in heads]
    return len(subjects) == 1 and subjects[0].left_edge.i == sent_start and _last_word(subjects[0]) == at


def _last_word(token: Token) -> int:
    """The index of the last word of ``token``'s subtree (the parse may hang the comma
    after it there)."""
    last = token.right_edge.i
    while last > token.i and token.doc[last].is_punct:
        last -= 1
    return last


def _swallowed_title(source: Token, head: Token) -> Token | None:
    """"According to NPR, former Vice President … Joe Biden has …": the parse makes the
    title that opens the clause's subject an apposition of the source; it is the
    subject's, when the subject's own words follow it at once."""
    for child in source.children:
        if child.dep_ != "appos" or child.left_edge.i < 1 or source.doc[child.left_edge.i - 1].text != ",":
            continue
        if any(s.dep_ in _CLAUSE_SUBJECTS and s.left_edge.i == child.right_edge.i + 1 for s in head.children):
            return child
    return None


def _after_relaying(doc: Doc, start: int, end: int) -> int | None:
    """"According to X, quoting Y, …", "X reported, citing Y, …": the relaying phrase
    that opens the span is no part of the report; the span starts after its comma
    (``None`` when there is none)."""
    first = doc[_token_at(doc, start)]
    if first.tag_ != "VBG" or first.lemma_.lower() not in RELAYING_VERBS:
        return start
    comma = next((t for t in doc[first.i : _token_at(doc, end - 1)] if t.text == ","), None)
    if comma is None:
        return None
    after = doc[comma.i + 1]
    return doc[after.i + 1].idx if after.lower_ == "that" and after.dep_ == "mark" else after.idx


def _name_read_as_subject(doc: Doc, phrase_right: int, described: Token, head: Token) -> Token | None:
    """"According to the city's mayor, Ana Ruiz, police were …": the parse takes the name
    in apposition after the description for a first subject of the clause; the name is
    the source, and no part of what it reports."""
    after = phrase_right + 1
    if described.pos_ != "NOUN" or after + 1 >= len(doc) or doc[after].text != ",":
        return None
    name = next((c for c in head.children if c.dep_ == "nsubj" and c.left_edge.i == after + 1), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    if name.right_edge.i + 1 >= len(doc) or doc[name.right_edge.i + 1].text != ",":
        return None
    if not any(c.dep_ in _CLAUSE_SUBJECTS and c.i > name.right_edge.i for c in head.children):
        return None
    return name


def _opening_adverbial(doc: Doc, according: Token) -> Token | None:
    """"In the long run, according to X, the aim is …": a short phrase with no verb of
    its own opens the sentence before the attribution; it heads what it leaves out."""
    left = according.left_edge.i
    start = paragraph_sentence(according).start
    if left - start < 2 or left - start > 6 or doc[left - 1].text != ",":
        return None
    tops = [t for t in doc[start : left - 1] if not start <= t.head.i < left - 1 or t.head.i == t.i]
    if len(tops) != 1 or tops[0].head.i != according.head.i or tops[0].dep_ not in {"prep", "advmod", "npadvmod"}:
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[start : left - 1]):
        return None
    return tops[0]


def _relayed(doc: Doc, according: Token, source: Token, verb: Token, resolver: SpeakerResolver, quoted, paragraph_of):
    """"According to <paper>, <person> said …": the words are the person's, reported by
    the paper; the parse often hangs the person on the paper as its apposition."""
    subjects = named_subject([c for c in verb.children if c.dep_ == "nsubj"])
    if not subjects:
        subjects = [c for c in source.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < verb.i]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and c.i > verb.i]
    if len(subjects) != 1 or len(clauses) != 1 or any(c.dep_ in {"neg", "dobj"} for c in verb.children):
        return None
    clause = clauses[0]
    if not any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
        return None
    span = _clause_span(doc, clause, skip=according)  # the phrase may hang on the clause
    if span is None:
        return None
    return _row(doc, span[0], span[1], verb, subjects[0], resolver, quoted, paragraph_of)


def _clause_span(
    doc: Doc, clause: Token, skip: Token | None, also: Token | None = None, subject: Token | None = None
) -> tuple[int, int] | None:
    """Character bounds of the clause's subtree without a leading "that", the
    "according to" phrase ``skip`` (and an adverbial ``also`` opening the sentence
    before it), and the punctuation at either end; from the ``subject`` on that the parse
    took for the verb of speech's object (:func:`_object_as_subject`)."""
    # in text order: a non-projective parse ("14 bodies had been found, nine men and five
    # women, according to …", the apposition hung on the subject) yields the subtree out of it
    # (and without the marks the parser carries over from the paragraph before)
    opens = paragraph_sentence(clause).start
    words = list(clause.subtree) + (list(doc[subject.left_edge.i : clause.left_edge.i]) if subject is not None else [])
    tokens = sorted((t for t in words if t.i >= opens), key=lambda t: t.i)
    for dropped_head in (skip, also):
        if dropped_head is not None:
            dropped = {t.i for t in dropped_head.subtree}
            tokens = [t for t in tokens if t.i not in dropped]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "mark" and tokens[0].lower_ == "that" and tokens[0].head.i == clause.i
                      or tokens[0].dep_ == "cc" and tokens[0].head.i == clause.i):
        tokens = tokens[1:]
    for child in clause.children:
        # "…, and his critics blame him …" / "…, and mentioned …": a conjunct after a
        # comma is as likely the reporter's own clause; the span stops before it
        if (child.dep_ == "conj" and child.lemma_.lower() in REPORTED_CUES and child.i > clause.i
                and any(c.dep_ == "ccomp" for c in child.children)) or _speakers_next_act(clause, child):
            # "said the city would rebuild and added that …": a second report, the
            # parse hangs it on the first clause; so it does the speaker's next act
            cut = child.left_edge.i
            while cut > clause.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            tokens = [t for t in tokens if t.i < cut]
            continue
        if child.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            continue  # "…, and that the envoy left": reported under the same verb, a row of its own later
        conjunct = child.dep_ == "conj" or _conjunct_read_as_complement(clause, child)
        if conjunct and _continues_report(clause, child):
            continue
        if conjunct and child.pos_ in {"VERB", "AUX"} and child.i >= 2:
            cc, comma = child.doc[child.left_edge.i - 1], child.doc[child.left_edge.i - 2]
            if cc.dep_ == "cc" and comma.text == ",":
                tokens = [t for t in tokens if t.i < comma.i]
            elif child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].dep_ == "cc" and child.doc[child.left_edge.i - 2].text == ",":
                tokens = [t for t in tokens if t.i < child.left_edge.i - 2]
        if _set_against_another_report(clause, child):
            tokens = [t for t in tokens if t.i < child.left_edge.i]
        adverbial = child.dep_ == "advcl" and not _part_of_the_report(child) or child.dep_ == "prep" and (
            child.lower_ in _ADVERBIAL_MARKS or child.lower_ == "according"
        )
        if adverbial and child.i > clause.i and child.left_edge.i >= 1 and doc[child.left_edge.i - 1].text == ",":
            # "…, before reversing course the next day": the reporter's own clause;
            # "…, according to the paper": who relays the report, no part of it
            tokens = [t for t in tokens if t.i < child.left_edge.i - 1]
    semicolon = next((t.i for t in tokens if t.text == ";" and t.i > clause.i), None)
    if semicolon is not None:
        # "X reported the magnitude was 5.5; Y reported 5.8": the parse hangs the next
        # clause on the report; the semicolon ends it, or the bracket it stands in
        # ("… closer than the Earth (1 au; 150 million km)")
        opened = [t.i for t in tokens if t.i < semicolon and t.text == "("]
        closed = [t.i for t in tokens if t.i < semicolon and t.text == ")"]
        cut = opened[len(closed)] if len(opened) > len(closed) else semicolon
        tokens = [t for t in tokens if t.i < cut]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc") and not _closes_words(tokens):
        tokens = tokens[:-1]
    if _words(tokens) < _MIN_WORDS:
        return None
    # one stretch of text
    if tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _set_against_another_report(clause: Token, child: Token) -> bool:
    """"said it found no trace of a bomb despite the paper claiming one was there": a
    concession holding a verb of speech sets another source against the report; it is
    the reporter's, not what was said."""
    return child.dep_ == "prep" and child.lower_ in _CONCESSIVE_PREPOSITIONS and child.i > clause.i and any(
        t.pos_ == "VERB" and t.lemma_.lower() in REPORTED_CUES for t in child.subtree
    )


def _conjunct_read_as_complement(clause: Token, child: Token) -> bool:
    """"said he had cancelled his visits, and the ministers soon followed suit": the parse
    may hang a clause after a comma and a conjunction on the reported verb as its
    complement; a complement never opens so, so it is a conjunct (a second "that" clause
    is the same report's)."""
    if child.dep_ != "ccomp" or child.i < clause.i or child.left_edge.i < 2:
        return False
    doc = child.doc
    cc, comma = doc[child.left_edge.i - 1], doc[child.left_edge.i - 2]
    return cc.dep_ == "cc" and comma.text == "," and any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children) and not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in child.children
    )


def _words(tokens: list[Token]) -> int:
    """Words and numbers: "18 people died" is a report of three."""
    return sum(1 for t in tokens if t.is_alpha or t.like_num)


def _continues_report(clause: Token, conj: Token) -> bool:
    """"said prices had risen, and dealers had been stockpiling", "said many towns lost
    power, and might not get it back for weeks": a conjunct after the comma that is
    backshifted as the report is (a past perfect, a "would"), or that goes on with the
    clause's own subject in its tense, is more of what was said; the reporter's own
    clause ("…, and he was not cited") is neither, nor one that "but" turns to the reporter's
    view ("…, but the toll could not be verified")."""
    if conj.lemma_.lower() in REPORTED_CUES or conj.i < clause.i:
        return False
    if conj.left_edge.i > 0 and conj.doc[conj.left_edge.i - 1].lower_ == "but":
        return False
    auxiliaries = [c for c in conj.children if c.dep_ in {"aux", "auxpass"} and c.i < conj.i]
    if any(a.lower_ in _BACKSHIFTED or a.lower_ == "had" for a in auxiliaries):
        return True
    if any(c.dep_ in _CLAUSE_SUBJECTS for c in conj.children) or auxiliaries:
        return False
    auxiliary = next((c for c in clause.children if c.dep_ in {"aux", "auxpass"} and c.i < clause.i), None)
    if auxiliary is not None:
        # "is still scheduled for May 2, and is to include …": the same verb "be" again
        # goes on with the subject ("was humbled …, and discussed …" is the speaker's next act)
        return conj.tag_ == auxiliary.tag_ and conj.lemma_ == auxiliary.lemma_
    return conj.tag_ == clause.tag_


def _part_of_the_report(advcl: Token) -> bool:
    """An adverbial clause after a comma that still belongs to the report: "set for
    June 2, when the two candidates meet" (the date's relative, which the parse hangs on
    the verb), "40 houses were flooded, as were two schools" (an inverted "as") and "…
    could be cut off by noon, at which point the second phase begins" (a relative on the
    whole clause, which the parse reads as an adverbial one)."""
    doc = advcl.doc
    first = advcl.left_edge
    if first.i < 2 or doc[first.i - 1].text != ",":
        return False
    if first.lower_ == "when" and first.dep_ == "advmod" and doc[first.i - 2].ent_type_ in TIME_ENTS:
        return True
    if first.pos_ == "ADP" and first.i + 1 < advcl.i and doc[first.i + 1].lower_ in {"which", "whom"}:
        return True
    return first.lower_ == "as" and first.dep_ == "mark" and first.i + 1 == advcl.i


def _fronted(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """"The talks failed, the minister said.": the clause opens its sentence and only a
    comma stands between it and the attribution. A participle opening it is the
    reporter's adverbial ("Confirming water can exist there, she said “…”": a verb of
    speech, or a clause of its own after it, whatever the parse makes of it), unless it
    is the clause's gerund subject ("Raising the tax would hurt farmers, she said") or a
    name's first word the tagger took for one. A verb that reports a clause after it
    ("The paper called X, however X said he …") did not report the one before."""
    if any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i for c in verb.children):
        return False
    first = _token_at(doc, start)
    opening = doc[first]
    if opening.tag_ in {"VBG", "VBN"} and not (opening.dep_ == "compound" and opening.head.pos_ == "PROPN") and (
        opening.dep_ not in _CLAUSE_SUBJECTS or opening.lemma_.lower() in REPORTED_CUES
        or any(c.dep_ == "ccomp" for c in opening.children)
    ):
        return False
    sent_start = paragraph_sentence(doc[first]).start
    starts = token_starts(doc)
    between = doc[bisect.bisect_left(starts, end) : bisect.bisect_left(starts, verb.idx)]
    return first == sent_start and any(t.text == "," for t in between) and all(
        t.is_punct or t.i >= verb.left_edge.i or t.dep_ in {"nsubj", "det", "compound", "amod", "poss", "case", "appos"}
        for t in between
    )


def _row(doc, start, end, cue_token, subject, resolver, quoted, paragraph_of, cue=None, apposed=True):
    text = doc_text(doc)
    chunk = text[start:end]
    if any(ch in _MARK_CHARS for ch in chunk) or "\n" in chunk or _SINGLE_OPEN.search(chunk):
        return None
    if re.search(r"[:;]\s", chunk):
        return None  # "announced the new name …: X-20": the parse ran the object into what follows
    if quoted.meets(start, end):
        return None
    before_start = start
    while before_start and text[before_start - 1].isspace() and text[before_start - 1] != "\n":
        before_start -= 1
    if before_start and text[before_start - 1] in _MARK_CHARS and not quoted.covers(before_start - 1):
        # 'said, "We played well.' with the closing mark lost: the speaker's own words (a
        # mark closing the paragraph before is that paragraph's quote, no part of this one,
        # and so is one closing a quote found just before: '… at dawn." By noon, …')
        return None
    if DASH_ASIDE.match(text, end):
        return None  # "X said A — an aside — B": the parse cut the clause at the aside
    if paragraph_of(start) != paragraph_of(cue_token.idx):
        return None
    if subject.lower_ in OWN_VOICE_PRONOUNS:
        return None  # "[I] hope the council will …" in an interview: the interviewee's own words
    label = first_transcript_label(doc) if subject.pos_ == "PRON" else None
    if label is not None and label < subject.i:
        return None  # "he told me that …" in an interviewee's story: someone in the story, not a referent
    before = min(start, subject.idx)
    speaker = resolver.speaker_for(subject.i, before=before, apposed=apposed)
    if speaker is None or speaker.category == "place":
        return None
    own_words = speaker.start <= subject.idx < speaker.end  # "Russian government officials said"
    if not own_words and subject.pos_ == "NOUN" and speaker.text.lower().split()[-1:] == [subject.lower_]:
        # "the authors say" taken for "the authors" of before: the same description, as
        # written; not in an interviewee's story, where "the neighbours" are people in it
        transcript = first_transcript_label(doc)
        own_words = transcript is None or transcript > subject.i
    stance = (cue or cue_token.lemma_.lower()) in _STANCE_CUES
    if not _named(doc, speaker) and not (own_words and _unnamed_source(subject) and not stance) and not (
            not stance and one_of_them(subject) is not None):
        # "it said" unresolved, "the minister said" taken up by a guess; "analysts believe
        # …" is a belief going round, no one's stated position. "One of them said" (a
        # member of a group named before, as written) reports as the direct quote does
        return None
    if not own_words and not resolver.surely_resolved(subject.i, before):
        return None  # "the government said", "they said" taken up by a guess
    lemma = cue or cue_token.lemma_.lower()
    return start, end, lemma, speaker


def _unnamed_source(subject: Token) -> bool:
    """"Police said", "officials said", "the ministry said", "her spokesman said", "a
    government source said": a source the article does not name reports all the same;
    it speaks as written (never "it", "they", "the minister" taken for whoever was named
    last, nor a bare "sources report")."""
    if subject.pos_ != "NOUN":
        return False
    lemma = subject.lemma_.lower()
    if subject.lower_ in UNNAMED_SOURCES or lemma in BODY_NOUNS or lemma in _PLEADINGS or lemma in RESEARCH_TEXTS or lemma in _MEDIA_SOURCES:
        return True
    if lemma in FEMALE_KIN or lemma in MALE_KIN or lemma in _REPRESENTATIVES:
        # "his daughter said", "the driver's brother told …", "her agent said": kin or a
        # representative of someone named
        return any(c.dep_ == "poss" for c in subject.children)
    if lemma == "people":
        # "people in the administration said", "people close to the talks said": described by
        # where they stand, as "officials" are; not "people said", "many people think"
        return any(c.dep_ == "prep" and c.lower_ in _PLACED_PEOPLE or c.dep_ == "amod" and c.lower_ in _PLACED_PEOPLE
                   for c in subject.children)
    # "the bus driver told reporters …", "a witness said …": a described person as written
    person = (lemma in PERSON_ROLES or lemma in OCCUPATIONS or lemma in GENERIC_PEOPLE or lemma in _DESCRIBED_RANKS
              or lemma in _REVIEWERS)
    if person and subject.tag_ == "NNS":
        return True  # "historians said", "the economists say": a described source, as "officials said"
    if not person and lemma not in SOURCE_NOUNS:
        return False
    # "a witness", "one official", "another diplomat": somebody new, not a guess at whom
    return indefinite(subject) or any(
        c.dep_ in {"poss", "compound", "amod"} or c.dep_ == "prep" and c.lower_ in {"for", "of", "at"}
        for c in subject.children
    )


def _named(doc: Doc, speaker: Speaker) -> bool:
    """The speaker's words hold a name ("Officials" opening a sentence do not), or are a
    body the article's actor mentions name ("Ruiz has said …", "UNICEF reported …",
    which the parse may read as common nouns)."""
    if speaker.actor is not None:
        return True
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    # an acronym the tagger took for a common noun ("UNICEF reported …") names a body; a
    # role written in capitals ("the CEO said …") names no one
    return span is not None and any(
        t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or t.is_upper and t.is_alpha and len(t) >= 3 and t.lower_ not in PERSON_ROLES
        for t in span
    )


def _token_at(doc: Doc, char: int) -> int:
    i = bisect.bisect_right(token_starts(doc), char) - 1
    if i >= 0 and char < doc[i].idx + len(doc[i].text):
        return i
    for t in doc:
        if t.idx <= char < t.idx + len(t.text):
            return t.i
    return 0
