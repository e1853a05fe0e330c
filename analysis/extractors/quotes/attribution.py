"""Classify a quoted span (direct or partial) and find its reporting verb and subject.

Works on the Doc the engine already parsed. For each span the search goes, in order:

1. the dependency path from the quoted words up to a reporting verb outside the quote,
   within the quote's paragraph (``“…,” the Foreign Ministry said`` — the quote is the
   verb's ``ccomp``; ``Moscow called on Washington to “reconsider”`` — an ``xcomp``);
2. the attribution right after the closing mark up to the end of the sentence, then the
   text before the opening mark back to the start of the sentence (robust where the
   parser split the sentence at the quote);
3. for a direct quote with no attribution of its own: the sentence before it in the
   same paragraph (``“…,” he said. “…”``), a paragraph ending ``said:`` just before,
   the quote it continues, and finally a colon introduction without a verb of speech
   (``he was blunt: “…”``: a speaker, no cue).

Quoted words that are a name or a label rather than somebody's words — titles and
ship names in capitals, ``so-called “…”``, ``known as “…”``, a quoted modifier of the
noun after it (``the “teapot” refineries``) — get no cue, so the extractor drops them.

Each span walks only the tokens near it, so the cost is linear in the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from analysis.extractors.quotes.speakers import (
    BODY_NOUNS, GENERIC_PEOPLE, ISSUING_VERBS, MUTE_NOUNS, PERSON_ROLES, RELAYING_VERBS, SOURCE_NOUNS, UNNAMED_SOURCES, issuer_of, named_subject, owner_named_after,
    relayed_speaker,
)
from analysis.text.marks import ALL_MARKS, DASHES, QuoteSpan
from analysis.text.context import doc_text, entity_span, token_sentence, token_starts, translation_tag, verb_read_as_noun
from analysis.text.datelines import find_datelines
from analysis.text.lexicon import opening_any, table, words
from analysis.text.names import OCCUPATIONS
from analysis.text.entities import NUMERIC_ENTS

# Verbs that report speech only when the quote is what they govern: kept apart from the
# shared speech cues, which the actor extractor reads as evidence that a subject speaks.
_GOVERNED_CUES = words("speech", "governed_cues")
# Lemmas of verbs that report speech or a stated position.
CUE_LEMMAS = words("speech", "cues") | _GOVERNED_CUES
# Verbs that are speech only with a quoted complement ("condemned the strikes" is not).
WEAK_CUES = words("quotes", "weak_cues") | _GOVERNED_CUES
# Verbs that report speech only with an "as" phrase ("referred to them as “…”").
AS_CUES = words("quotes", "as_cues")
# Verbs that report speech only with their particle ("pointed out", not "pointed to").
PHRASAL_CUES = table("quotes", "phrasal_cues")
# Verbs of speech whose object is the one spoken to ("told Reuters").
ADDRESSEE_CUES = words("quotes", "reported_addressee_cues")
# Verbs that introduce whole quoted sentences only ("she continued, “…”").
DIRECT_CUES = words("quotes", "direct_cues")
_QUOTATION_NOUNS = words("quotes", "quotation_nouns")
# nouns for a saying that name something else too ("the Jubilee line"): only a possessor owns them
_OWNED_QUOTATION_NOUNS = frozenset({"line"})

# Naming verbs whose subject is nobody in particular coin a label, not a quote.
NAMING_CUES = words("quotes", "naming_cues")
GENERIC_NAMERS = words("quotes", "generic_namers")

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_SUBJECT_LIKE = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_SENT_END = frozenset({".", "!", "?", "…", ";"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# Links of a phrase modifying the words above it (not "ccomp", "parataxis", "advcl", "conj":
# a report, or a clause beside the words)
_MODIFIER_LINKS = frozenset({"prep", "pcomp", "pobj", "relcl", "acl", "xcomp", "appos"})
_CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "ccomp", "relcl", "prep"})
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’»)\]]*\s+")
_NAMING = re.compile(
    # (the lookahead passes over the positions where none of the words opens at once)
    opening_any(["so", "known", "titled", "entitled", "named", "nicknamed", "code", "dubbed"])
    + r"(?:so-called|so called|known as|titled|entitled|named|nicknamed|code-named|codenamed|dubbed)"
    r"(?:\s+(?:the|a|an))?\s*$",
    re.IGNORECASE,
)
_MINOR_WORDS = words("quotes", "minor_words")
_MODALS = words("quotes", "reported_modals")
_QUOTATIVE_VERBS = words("quotes", "quotative_verbs")
_TOLD_PEOPLE = words("quotes", "quotative_people")
_INVERTED_CUES = words("quotes", "reported_inverted_cues")


@dataclass(slots=True, frozen=True)
class Attribution:
    """What the parse says about one quoted span.

    ``cue`` is the reporting verb's lemma ("according to", "in the words of" for those phrases);
    ``subject`` the index of the token heading the speaker (possibly a pronoun);
    ``inherit`` is "previous" or "next" when the speaker is that of the quote before or
    after (resolved by the caller, which knows the other quotes' speakers), "joined" when
    the quote is joined by "and" to the one right before it in the same sentence, whose
    cue and speaker it shares.
    """

    kind: str
    cue: str | None
    cue_token: int | None
    subject: int | None
    inherit: str | None = None
    not_quote: bool = False


class DocIndex:
    """Per-doc lookups built once: token offsets, paragraph and quote of every token."""

    def __init__(self, doc: Doc, spans: list[QuoteSpan], paragraphs: list[tuple[int, int]]):
        self.doc = doc
        self.text = doc_text(doc)
        self.starts = token_starts(doc)
        paragraph_starts = [start for start, _ in paragraphs]
        self.datelines = find_datelines(self.text, paragraphs)
        self.para = [bisect.bisect_right(paragraph_starts, start) - 1 for start in self.starts]
        self.owner = [-1] * len(doc)
        for q, span in enumerate(spans):
            hi = span.close_mark + 1 if span.close_mark is not None else span.end
            for i in range(self.token_at(span.open_mark), self.token_at(hi - 1) + 1):
                self.owner[i] = q

    def token_at(self, char: int) -> int:
        """Index of the token covering (or last starting before) ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def inside_quote(self, i: int) -> bool:
        return self.owner[i] != -1


def attribute(index: DocIndex, spans: list[QuoteSpan], q: int, paragraph_start: int) -> Attribution:
    span = spans[q]
    doc = index.doc
    text = index.text
    kind = classify(text, span, paragraph_start)
    first = index.token_at(span.start)
    last = index.token_at(span.end - 1)
    if kind == "partial" and _after_colon(text, span) and _holds_a_sentence(index, first, last):
        kind = "direct"  # "X issued a statement: “any change would fail …”": a sentence, not a fragment
    if kind == "direct" and _title_after_comma(index, span, first, last):
        kind = "partial"  # so that the label rule below can tell a title from somebody's words
    if kind == "partial" and (_is_label(index, span, first, last) or _quoted_source(index, first, last)) or _is_gloss(
            index, span, first, last):
        return Attribution(kind, None, None, None, not_quote=True)

    quotative = _quotative_like(index, span)
    if quotative is not None:
        return Attribution(kind, "like", *quotative)
    cue, subject = _from_dependencies(index, span, q, first, last, kind)
    if cue is None:
        cue, subject = _from_regions(index, span, kind)
    author = _quotation_author(index, span)
    if author is not None and (cue is None or _cites(index, span, doc[cue], doc[author[1]])):
        # only when no verb of speech speaks for the words but the one citing the saying
        # ("citing the Ada Byron quote that …", "recalled Twain's line: …"): in "X took
        # the Jubilee line: “…,” she said" the "she said" is who speaks
        return Attribution(kind, None, None, author[0])
    if cue is None and kind == "direct":
        label = _label_name(index, span, paragraph_start)
        if label is not None:
            return Attribution(kind, None, None, label)
        found = _previous_sentence_cue(index, first, paragraph_start)
        if found is None and _opens_paragraph(text, span):
            found = _introducing_paragraph(index, paragraph_start)
        colon = _colon_subject(index, span) if _after_colon(text, span) else None
        if found is None and colon is None and _opens_paragraph(text, span):
            colon = _introducing_subject(index, paragraph_start)
        if found is not None:
            cue, subject = found
        elif colon is not None:
            # "The campaign reissued its July statement: “…”": the clause before the
            # colon names who speaks, whoever spoke in the quote before
            return Attribution(kind, None, None, colon)
        elif q > 0 and follows_in_story(spans[q - 1], span, text):
            # whose quote it continues is known only once the quotes before are
            # attributed; failing one near enough, the sentence before may say
            return Attribution(kind, None, None, _topic_subject(index, first, paragraph_start), inherit="previous")
        elif span.continues:
            return Attribution(kind, None, None, None, inherit="next")
        else:
            subject = _colon_subject(index, span)
            if subject is None:
                subject = _topic_subject(index, first, paragraph_start)
            return Attribution(kind, None, None, subject)
    if cue is None and q > 0 and _joined_to_previous(text, spans[q - 1], span):
        # 'said he was “moved” by the vote and “…we will not forget it.”': the parse
        # ends the sentence at the second mark; the quote is the same verb's
        return Attribution(kind, None, None, None, inherit="joined")
    if cue is None:
        return Attribution(kind, None, None, _first_person_subject(index, first, last, paragraph_start)
                           if kind == "partial" else None)
    if (subject is not None and doc[subject].pos_ == "NOUN" and not _can_speak(doc[subject])
            and doc[subject].lemma_.lower() not in MUTE_NOUNS):
        outer = _outer_cue(index, doc[cue])
        if outer is not None:
            # "X told the paper the pace of the change suggested a pattern: “…”", "X
            # claimed a cure was near and said …": a thing cannot speak; the verb is
            # part of what X said (or the parse hung it there), and X speaks
            cue, subject = outer.i, _subject_of(index, outer)
    about = subject is not None and _reported_about(doc[cue], doc[subject])
    if subject is None and not any(_spoken_to(c, doc[cue]) for c in doc[cue].children):
        subject = _nearby_subject(index, doc[cue])
        about = subject is not None and _reported_about(doc[cue], doc[subject])
    lemma = _cue_lemma(doc[cue])
    if kind == "partial" and lemma in NAMING_CUES and any(c.dep_ == "auxpass" for c in doc[cue].children) and not (
            subject is not None and doc[subject] in agents_of(doc[cue])):
        # "it was called the “breadbasket”": a name; "he was called “reckless” by the
        # coach" is the coach's word
        return Attribution(kind, None, None, None, not_quote=True)
    if kind == "partial" and lemma in NAMING_CUES and subject is not None and doc[subject].lemma_.lower() in GENERIC_NAMERS:
        return Attribution(kind, None, None, None, not_quote=True)  # "tankers the industry calls the “dark fleet”"
    if about:
        subject = _according_to_opening(index, doc[cue])
    return Attribution(kind, lemma, cue, subject)


def _according_to_opening(index: DocIndex, verb: Token) -> int | None:
    """"According to the agency, the navy was told to prepare for “…”": whom the
    words are spoken to does not speak; the source the sentence opens with reports them."""
    doc, start = index.doc, token_sentence(verb).start
    if doc[start].lower_ != "according" or start + 1 >= len(doc) or doc[start + 1].lower_ != "to":
        return None
    objects = [c for c in doc[start + 1].children if c.dep_ == "pobj" and not index.inside_quote(c.i)]
    if not objects or objects[0].i > verb.i:
        return None
    for token in doc[start : verb.i]:
        # "According to the wire, quoting the state agency, …": the agency quoted speaks
        if token.tag_ == "VBG" and token.lemma_.lower() in RELAYING_VERBS:
            cited = [c for c in token.children if c.dep_ == "dobj" and not index.inside_quote(c.i)]
            if cited:
                return cited[0].i
    return objects[0].i


def classify(text: str, span: QuoteSpan, paragraph_start: int) -> str:
    """``direct`` when the quote stands as a sentence of its own, else ``partial``.

    Direct: the quote opens its sentence or paragraph, follows a dash, a colon, or a
    comma with a capital after it (``said Lavrov, “We…``), or continues a split quote
    (``“…,” he said, “we…``). Partial: it starts inside the reporter's sentence
    (``calling it a “flagrant use of force”``; ``The measures were “a show,” he told``).
    """
    head = text[paragraph_start : span.open_mark]
    breaks = list(_SENTENCE_BREAK.finditer(head))
    prefix = head[breaks[-1].end() :] if breaks else head
    prefix = prefix.rstrip()
    if not prefix or prefix[-1] in "—–-(":
        return "direct"
    opening = text[span.start : span.start + 8].lstrip("'‘\"“«…. ")
    # "[w]e cannot …": the editor's bracket changed the case of a sentence's first letter
    capital = opening[:1].isupper() or opening[:1].isdigit() or re.match(r"\[\w\]", opening) is not None
    if prefix[-1] == ":":
        return "direct" if capital else "partial"
    if prefix[-1] in ",;" and (capital or _split_after_attribution(prefix)):
        return "direct"
    return "partial"


def _split_after_attribution(prefix: str) -> bool:
    """``“…,” he said, “we…``: a quote closed before the comma, and words of the
    reporter's between (a list of quoted words, ``"life", "liberty"``, has none)."""
    last = max(prefix.rfind(ch) for ch in "”»\"")
    return last >= 0 and any(ch.isalnum() for ch in prefix[last + 1 :])


def _is_gloss(index: DocIndex, span: QuoteSpan, first: int, last: int) -> bool:
    """A term glossed in brackets ("an anti-tariff (“free trade”) march") or a short
    name that is the subject of its sentence ("“X-20” is the name of …"), not of a clause
    somebody reports."""
    text = index.text
    if span.close_mark is None:
        return False
    before = text[max(0, span.open_mark - 1) : span.open_mark]
    after = text[span.close_mark + 1 : span.close_mark + 2]
    if before == "(" and after == ")":
        return True
    doc = index.doc
    inside = [t for t in doc[first : last + 1] if not t.is_punct]
    if not inside or len(inside) > 3 or text[span.end - 1 : span.end] in {".", "!", "?", ","}:
        return False
    roots = [t for t in inside if not (first <= t.head.i <= last)]
    return len(roots) == 1 and roots[0].dep_ in {"nsubj", "nsubjpass"} and not index.inside_quote(
        roots[0].head.i) and not _reported_clause_head(index, roots[0].head)


def _is_label(index: DocIndex, span: QuoteSpan, first: int, last: int) -> bool:
    """A name, title or scare quote rather than somebody's words."""
    doc = index.doc
    text = index.text
    if _NAMING.search(text[max(0, span.open_mark - 30) : span.open_mark]):
        return True
    of = index.token_at(span.open_mark) - 1
    if (of >= 1 and doc[of].lower_ == "of" and doc[of - 1].pos_ == "PROPN" and doc[of - 1].ent_type_ == "PERSON"
            and doc[of].head.pos_ not in {"VERB", "AUX"}):  # "accused Lee of “…”" reports
        return True  # "Ana Ruiz of “Stand With Us”": the body a person belongs to
    words = [t for t in doc[first : last + 1] if t.is_alpha and t.lower_ not in _MINOR_WORDS]
    if words and all(t.is_title or t.is_upper for t in words) and len(words) <= 8:
        # Operation “Southern Spear”, the “Skipper”, a report titled “Dark Waters …”; but
        # what someone named refers to a thing as is their word for it, capitals or not
        return not _spoken_as(index, first, last)
    if span.close_mark is not None and len(words) <= 3:
        after = index.token_at(span.close_mark) + 1
        inside = [t for t in doc[first : last + 1] if t.is_alpha]
        if after < len(doc) and inside and doc[after].pos_ == "NOUN":
            roots = [t for t in inside if not (first <= t.head.i <= last)]
            if roots and all(t.head.i == after and t.dep_ in {"compound", "amod", "nmod"} for t in roots):
                # the administration’s “maximum pressure” campaign; but in a clause
                # somebody reports ("said there was “clear” proof") or in what somebody
                # calls a thing ("called it an “odd” case") the word is theirs
                return not (_reported_clause(index, doc[after]) or _characterized(index, doc[after]))
    return False


def _title_after_comma(index: DocIndex, span: QuoteSpan, first: int, last: int) -> bool:
    """"songs such as “Dark Star”, “Uncle John's Band” and …", "– Judge Ann Marr, “Decision
    and Order”": after a comma a capital opens a sentence only if it is one; words all in
    capitals with no stop of their own are a name in a list or a signature, a fragment (not
    so after a verb: "the senator said, “Never Again”"), and never with a verb of speech
    anywhere in the clause before the comma or after the closing mark: "Trump wrote on Twitter on Sunday, “NO COLLUSION”" and "In a
    post on Sunday, “Thank You All”, the singer wrote" are somebody's words (a time or a
    place before the comma hides the verb from the word before it)."""
    doc = index.doc
    comma = index.token_at(span.open_mark) - 1
    if comma < 1 or doc[comma].text != "," or doc[comma - 1].pos_ in {"VERB", "AUX"}:
        return False
    if index.text[span.start : span.end].rstrip().endswith((".", "!", "?")):
        return False
    words = [t for t in doc[first : last + 1] if t.is_alpha and t.lower_ not in _MINOR_WORDS]
    if not (words and len(words) <= 8 and all(t.is_title or t.is_upper for t in words)):
        return False
    # from the comma back to the sentence start, and on from the closing mark
    return not any(_speech_verb(doc[i]) for i in _region_before(index, span) + _region_after(index, span))


def _speech_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in CUE_LEMMAS


# Verbs whose object is the thing characterised, not a name for it ("described the
# heat as …"; "called the heat …" names the heat).
_CHARACTERIZING = words("quotes", "characterizing_cues")


def _characterized(index: DocIndex, noun: Token) -> bool:
    """The noun is what someone named calls a thing: the second object of a verb of
    speech ("Lee called the loss a “cruel” blow", "what police declared a “…” attack"),
    its "as" phrase ("described him as an “emerging” figure") or, for "describe", its
    object ("described “insane” heat")."""
    if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False  # "called it the “teapot” market": a name the thing goes by
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head
    elif not (noun.dep_ in {"oprd", "attr"} or noun.dep_ == "dobj" and verb.lemma_.lower() in _CHARACTERIZING):
        return False
    if index.inside_quote(verb.i) or not _is_cue(verb, partial=True):
        return False
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    speakers += agents_of(verb)
    return any(not index.inside_quote(t.i) and t.lemma_.lower() not in GENERIC_NAMERS and _can_speak(t)
               for t in speakers)


def _in_source_marks(index: DocIndex, token: Token) -> bool:
    """The token is in marks that set off a relayed source ("quoted a “Senate aide” as saying")."""
    doc = index.doc
    q = index.owner[token.i]
    inside = [t.i for t in doc if index.owner[t.i] == q and t.is_alpha]
    return bool(inside) and _quoted_source(index, inside[0], inside[-1])


def _quoted_source(index: DocIndex, first: int, last: int) -> bool:
    """"The paper quoted a “senior official” as saying …": the marks set off who speaks
    (the object of the relaying verb), not words of theirs."""
    doc = index.doc
    roots = [t for t in doc[first : last + 1] if not t.is_punct and not first <= t.head.i <= last]
    relayed = relayed_speaker(roots[0].head) if len(roots) == 1 else None
    return relayed is not None and relayed.i == roots[0].i and all(
        t.pos_ in {"NOUN", "PROPN", "ADJ", "DET", "PUNCT"} for t in doc[first : last + 1])


def _spoken_as(index: DocIndex, first: int, last: int) -> bool:
    """The quote is the "as" phrase of an active verb of speech whose subject can speak:
    "the mayor referred to the march as “The Big Lie”", "which she described as
    “Gategate”" (not "what is often referred to as “Super Tuesday”")."""
    doc = index.doc
    for token in doc[first : last + 1]:
        if token.is_punct or first <= token.head.i <= last or token.head.lower_ != "as" or token.head.dep_ != "prep":
            continue  # (the parse may make a one-word name the modifier of "as")
        verb = token.head.head
        if verb.lemma_.lower() not in AS_CUES | _CHARACTERIZING or verb.pos_ != "VERB" or index.inside_quote(verb.i):
            continue
        speakers = [c for c in verb.children if c.dep_ == "nsubj"] + agents_of(verb)
        while not speakers and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head  # "called it a “…” and referred to the vote as “…”": the first verb's subject
            speakers = [c for c in verb.children if c.dep_ == "nsubj"]
        return any(not index.inside_quote(t.i) and t.lemma_.lower() not in GENERIC_NAMERS and _can_speak(t)
                   for t in speakers)
    return False


def _reported_clause(index: DocIndex, token: Token) -> bool:
    """The token is in the complement clause of a verb of speech outside quotes."""
    node = token
    for _ in range(5):
        if node.head.i == node.i or index.inside_quote(node.head.i):
            return False
        if node.dep_ == "ccomp" and _is_cue(node.head, partial=False):
            return True
        if node.dep_ not in {"attr", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "acomp", "conj", "ccomp"}:
            return False
        node = node.head
    return False


def _from_dependencies(index: DocIndex, span: QuoteSpan, q: int, first: int, last: int, kind: str = "direct"):
    """Climb from the quoted words' heads to the nearest reporting verb outside quotes.

    The climb stays in the quote's paragraph (the parser's sentences sometimes run
    across paragraphs), stops at another quote and at the root, and stops when it
    would leave a subject: a quote inside the subject is not what the verb reports.
    Words are tried before punctuation, which the parser attaches loosely.
    """
    doc = index.doc
    best = None  # (is_punct, steps, distance, cue)
    for i in range(first, last + 1):
        token = doc[i]
        node = token.head
        if node.i == i or first <= node.i <= last:
            continue
        child = token
        for steps in range(6):
            if index.para[node.i] != span.paragraph:
                break
            # Climbing through another quote is allowed ("opposed “A” and the “B”"),
            # but a verb inside a quote is never the cue.
            if index.owner[node.i] == -1 and _is_cue(node, partial=True, direct=kind == "direct"):
                if child.dep_ == "conj" and child.pos_ == "VERB" and node.lemma_.lower() in WEAK_CUES:
                    break  # "professed himself “…” and endorsed using “life”": the other verb's
                key = (token.is_punct, steps, abs(node.i - i), node.i)
                if best is None or key < best:
                    best = key
                break
            if node.head.i == node.i or child.dep_ in _SUBJECT_LIKE and not _reported_clause_head(index, node):
                break
            child, node = node, node.head
    if best is None:
        return None, None
    cue = doc[best[3]]
    issuer = _issuer_between(index, doc[first:last + 1], cue)
    if issuer is not None:
        return cue.i, issuer.i
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cue.children):
        # "The Kremlin said Russia would respond “firmly”": a verb of speech under a
        # modal, inside what someone said, is no speech act; the outer verb reports
        outer = _outer_cue(index, cue)
        if outer is not None:
            cue = outer
    return cue.i, _subject_of(index, cue)


def _reported_clause_head(index: DocIndex, verb: Token) -> bool:
    """"The minister said a “wider review” is needed": the quote is the subject of the
    clause a verb of speech reports, so it is what was said, as an object would be."""
    return verb.dep_ == "ccomp" and not index.inside_quote(verb.head.i) and _is_cue(verb.head, partial=True)


def _issuer_between(index: DocIndex, quoted, cue: Token) -> Token | None:
    """"The navy announced an order by Admiral Lee directing ships to “…”": the quoted
    words are the text's, between them and the verb; whoever the sentence says issued
    the text speaks, not who announced it."""
    for token in quoted:
        node = token.head
        for _ in range(6):
            if node.i == cue.i or node.head.i == node.i:
                break
            if node.pos_ == "NOUN" and node.lemma_.lower() in MUTE_NOUNS and not index.inside_quote(node.i):
                return _named_issuer(index, node)
            node = node.head
    return None


def _named_issuer(index: DocIndex, text_noun: Token) -> Token | None:
    """Who the sentence says issued the text ``text_noun`` names, when it names them
    outside the quote: a pronoun ("their statement") says nobody new."""
    issuer = issuer_of(text_noun)
    return issuer if issuer is not None and issuer.pos_ != "PRON" and not index.inside_quote(issuer.i) else None


def _from_regions(index: DocIndex, span: QuoteSpan, kind: str):
    """Look for a cue in the attribution after the quote, then before it."""
    doc = index.doc
    after = _region_after(index, span)
    before = _region_before(index, span)
    ends_open = index.text[span.end - 1 : span.end] in {",", "?", "!", "—", "–", "-", ":"}
    # a partial quote ending its sentence ("… found it “was unlawful.” Lee, according
    # to …") is not attributed by the next sentence
    closes = kind == "partial" and index.text[span.end - 1 : span.end] in {".", "!", "?"}
    if ends_open or kind == "partial" and not closes or not _starts_sentence(doc, after):
        order = (after, before)
    else:
        order = (before,)
    for region in order:
        if region is after and after and _modifier_cue(doc[after[0]]):
            # "“…” tweeted Mayor Ana Ruiz": with no comma after the quote the parse makes
            # the verb a modifier of the name it inverts with
            return after[0], doc[after[0]].head.i
        for i in region:
            token = doc[i]
            if token.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
                objects = [c for c in doc[i + 1].children if c.dep_ == "pobj"]
                if objects and objects[0].lemma_.lower() in MUTE_NOUNS and objects[0].is_lower:
                    # "Lee decided, according to the summary, “…”": the text reports
                    # the subject's words
                    subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS and c.i < i]
                    owner = owner_named_after(token)
                    subjects = subjects or ([owner] if owner is not None else [])
                    if subjects and not index.inside_quote(subjects[0].i):
                        return i, subjects[0].i
                return i, objects[0].i if objects else None
            reading = _text_reading(token) if region is before else None
            if reading is not None and not index.inside_quote(reading.i):
                return i, reading.i
            if _in_the_words_of(token):
                objects = [c for c in doc[i + 1].children if c.dep_ == "pobj"]
                if objects and not index.inside_quote(objects[0].i):
                    return i, _name_apposed_after(doc, objects[0])
            if _is_cue(token, partial=False, direct=kind == "direct"):
                if kind == "partial" and _describes_quoted_words(index, span, token):
                    continue  # "held for “spreading rumors,” including Li, who tried to warn …": no report of them
                subject = _subject_of(index, token)
                if subject is not None and index.owner[subject] == -1 and any(
                    index.owner[c.i] != -1 and span.start <= c.idx < span.end for c in doc[subject].children
                ):
                    continue  # "he said the “nasty” Lee attacked and blasted …": the quote describes Lee
                return i, subject
    return None, None


def _describes_quoted_words(index: DocIndex, span: QuoteSpan, verb: Token) -> bool:
    """The verb is part of a phrase after quoted words, not a report of them (which would
    govern them or stand beside them): a phrase hung below words quoted before it ("had
    “owned up to it” by pleading guilty and “…”"), or a relative clause on a noun after
    the quote ("for “spreading panic,” among them a nurse who had tried to warn …")."""
    node = verb
    phrase = False
    for _ in range(8):
        if node.dep_ not in _MODIFIER_LINKS or node.head.i == node.i:
            return False
        if node.dep_ == "relcl" and node.head.idx > span.end:
            return True
        phrase = phrase or node.dep_ in {"prep", "relcl", "acl"}
        node = node.head
        if index.inside_quote(node.i):
            return phrase and node.i < verb.i
    return False


def _cue_lemma(cue: Token) -> str:
    if cue.lower_ == "according":
        return "according to"
    return "in the words of" if _in_the_words_of(cue) else cue.lemma_.lower()


def _text_reading(token: Token) -> Token | None:
    """"The opinion of the Court read in part: “…”": a text whose words follow "read"
    (the parse may take the verb for a noun under the quote); the text speaks for
    whoever issued it."""
    if token.lower_ not in {"read", "reads"}:
        return None
    texts = [c for c in token.children if c.dep_ in {"nsubj", "compound"} and c.i < token.i and c.lemma_.lower() in MUTE_NOUNS]
    return texts[0] if texts else None


def _name_apposed_after(doc: Doc, noun: Token) -> int:
    """"the chief judge, Ana Ruiz, …": the name set after a description between commas
    (which the parse may hang elsewhere) is who the description is."""
    j = noun.i + 2
    if j >= len(doc) or doc[noun.i + 1].text != "," or noun.ent_type_ or doc[j].ent_type_ != "PERSON":
        return noun.i
    return entity_span(doc[j]).end - 1


def _in_the_words_of(token: Token) -> bool:
    """"In the words of the judge, Ana Ruiz, “…”": the phrase attributes as "according to" does."""
    doc = token.doc
    return (token.lower_ == "words" and token.i >= 2 and token.i + 1 < len(doc) and doc[token.i - 1].lower_ == "the"
            and doc[token.i - 2].lower_ == "in" and doc[token.i + 1].lower_ == "of")


def _reported_about(verb: Token, subject: Token) -> bool:
    """"Hale was said to be “deeply upset”", "the crew were told “…”": the subject of a
    verb of speech in the passive, with no "by" naming who spoke, is whom the words are
    about or spoken to ("X was quoted as saying" is X's: a relaying verb)."""
    return (
        subject.dep_ == "nsubjpass" and (subject.head.i == verb.i or _shares_passive_subject(verb, subject))
        and verb.lemma_.lower() not in RELAYING_VERBS and not agents_of(verb)
    )


def _shares_passive_subject(verb: Token, subject: Token) -> bool:
    """"The navy was put on alert and was told to prepare for “…”": a passive verb of
    speech joined to another passive has its subject, whom the words are spoken to."""
    return verb.dep_ == "conj" and verb.head.i == subject.head.i and any(c.dep_ == "auxpass" for c in verb.children)


def _quotative_like(index: DocIndex, span: QuoteSpan) -> tuple[int, int | None] | None:
    """"she's like, “…”", "people went like “…”": speech told as it sounded (the cue
    "be like" or "go like" right before the quote) is the words of that verb's subject,
    whatever verb of speech the sentence or the one before holds elsewhere."""
    doc = index.doc
    i = index.token_at(span.open_mark) - 1
    while i >= 0 and doc[i].text in {",", ":"}:
        i -= 1
    if i < 1 or doc[i].lower_ != "like" or "\n" in doc[i].whitespace_:
        return None
    verb = doc[i - 1]
    if verb.lemma_.lower() not in _QUOTATIVE_VERBS or index.owner[verb.i] != -1:
        return None
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS] + [
        c.i for c in doc[i].children if c.dep_ in SUBJECT_DEPS
    ]
    if not subjects and verb.i > 0 and doc[verb.i - 1].pos_ in {"PRON", "NOUN", "PROPN"}:
        subjects = [verb.i - 1]  # the parse may hang "she" on "like"
    if not subjects or not _a_person(doc[subjects[0]]):
        return None  # "the stadium is like “a cathedral”" compares; it quotes nobody
    return verb.i, subjects[0]


def _cites(index: DocIndex, span: QuoteSpan, cue: Token, noun: Token) -> bool:
    """The cue found is the verb that cites the saying: it comes before the marks and the
    noun for the saying hangs under it ("citing the Ada Byron quote", "recalled Twain's
    line"), or the parse took the noun itself for the verb ("quote")."""
    return cue.i == noun.i or (cue.i < index.token_at(span.open_mark) and noun in cue.subtree)


def _quotation_author(index: DocIndex, span: QuoteSpan) -> tuple[int, int] | None:
    """"citing the Ada Byron quote that “…”", "Twain's famous line: “…”": a noun for a
    saying right before the marks, with a person's name before it, gives the words to
    that name, whoever cites them (the parser often takes "quote" for a verb or an
    interjection). Returns the name's and the noun's token indices."""
    doc = index.doc
    j = index.token_at(span.open_mark) - 1
    if j >= 0 and doc[j].lower_ in {"that", ":"}:
        j -= 1
    if j < 1 or doc[j].lower_ not in _QUOTATION_NOUNS or index.inside_quote(j):
        return None
    k = j - 1
    while k >= 0 and doc[k].pos_ == "ADJ":
        k -= 1
    possessive = k >= 1 and doc[k].tag_ == "POS"
    if possessive:
        k -= 1
    if k < 0 or doc[k].pos_ != "PROPN" or index.inside_quote(k):
        return None
    # the name must be a person's: "the Jubilee line", "the Democratic Party line" name
    # a railway or a party's stance, not who said the words. A possessive ("Twain's
    # line") owns the saying whatever the tagger makes of the name; else the name is a
    # PERSON or of no entity type at all (the model often misses one, "the Ada Byron
    # quote"), never an organisation's or a place's, and "line" (a railway, a party's
    # line) needs the possessive
    if not possessive and (doc[k].ent_type_ not in {"PERSON", ""} or doc[j].lower_ in _OWNED_QUOTATION_NOUNS):
        return None
    return k, j


def _a_person(token: Token) -> bool:
    """Who can sound like something: a personal pronoun that is not "it", a person's name,
    or a noun for people ("the teachers", "some kids")."""
    if token.pos_ == "PRON":
        return token.morph.get("PronType") == ["Prs"] and "Neut" not in token.morph.get("Gender")
    lemma = token.lemma_.lower()
    return (token.ent_type_ == "PERSON" or lemma in PERSON_ROLES or lemma in GENERIC_PEOPLE
            or lemma in OCCUPATIONS or lemma in _TOLD_PEOPLE)


def _modifier_cue(token: Token) -> bool:
    return (token.dep_ == "amod" and token.tag_ in {"VBD", "VBN"} and token.lemma_.lower() in CUE_LEMMAS
            and token.head.pos_ == "PROPN" and token.head.i > token.i)


def _region_after(index: DocIndex, span: QuoteSpan) -> list[int]:
    if span.close_mark is None:
        return []  # the quote runs on into the next paragraph
    doc = index.doc
    i = index.token_at(span.close_mark) + 1
    region = []
    while i < len(doc) and len(region) < 40:
        token = doc[i]
        if index.inside_quote(i) or "\n" in token.text or token.text in _SENT_END:
            break
        region.append(i)
        i += 1
    return region


def _region_before(index: DocIndex, span: QuoteSpan) -> list[int]:
    """Tokens from the opening mark back to the sentence start, nearest first."""
    doc = index.doc
    i = index.token_at(span.open_mark) - 1
    region = []
    while i >= 0 and len(region) < 40:
        token = doc[i]
        if index.inside_quote(i) or "\n" in token.text or token.text in _SENT_END:
            break
        region.append(i)
        i -= 1
    dashes = [k for k, j in enumerate(region) if doc[j].text in DASHES]
    if len(dashes) >= 2:
        # "X commented — which the paper noted as unusual — “…”": the aside between
        # dashes is the reporter's, its verb no attribution
        region = region[: dashes[0] + 1] + region[dashes[1] :]
    return region


def _starts_sentence(doc: Doc, region: list[int]) -> bool:
    """Text after a quote that ends in "." opens a new sentence unless it starts lowercase
    or with the comma of an attribution ("“… ‘Here goes’ ”, he recalled")."""
    if not region:
        return True
    token = doc[region[0]]
    if token.text == ",":
        return False
    return token.is_title or token.is_upper or not token.is_alpha


def _previous_sentence_cue(index: DocIndex, first: int, paragraph_start: int):
    """``“…,” he said. “…”``: the sentence just before, in the same paragraph."""
    doc = index.doc
    lower = index.token_at(paragraph_start)
    j = first - 1
    while j >= lower and (doc[j].text in ALL_MARKS or doc[j].is_space):
        j -= 1
    if j < lower or doc[j].text not in _SENT_END:
        return None
    region = []
    j -= 1
    while j >= lower and doc[j].text not in _SENT_END and not index.inside_quote(j):
        region.append(j)
        j -= 1
    for k in region:  # nearest first
        if _is_cue(doc[k], partial=False, direct=True) or _issues_text(doc[k]):
            subject = _subject_of(index, doc[k]) or _nearby_subject(index, doc[k])
            if subject is not None:
                return k, subject
    return None


def _topic_subject(index: DocIndex, first: int, paragraph_start: int) -> int | None:
    """"Tired of the part, she left the show. During the last season, “…”": a quote that
    stands as its own sentence, no verb of speech near it, is the words of the person the
    sentence before it (in its paragraph) is about, when a name or "he"/"she" is that
    sentence's subject; not one it is said of ("X was arrested"), nor an interviewee's "I"."""
    doc = index.doc
    lower = index.token_at(paragraph_start)
    j = first - 1
    while j >= lower and doc[j].text not in _SENT_END:
        if doc[j].pos_ in {"VERB", "AUX"} and not index.inside_quote(j):
            return None  # the quote's own sentence has a clause of its own before it
        j -= 1
    if j < lower:
        return None
    sentence = token_sentence(doc[j])
    root = sentence.root
    if sentence.start < lower or index.inside_quote(root.i) or root.pos_ not in {"VERB", "AUX"}:
        return None
    for child in root.children:
        if child.dep_ == "nsubj" and not index.inside_quote(child.i) and (
            child.lower_ in {"he", "she"} or child.pos_ == "PROPN" and child.ent_type_ == "PERSON"
        ):
            return child.i
    return None


def _issues_text(verb: Token) -> bool:
    """"The senator issued a statement on the ruling. “…”": putting out a text
    introduces the quote that follows as its words."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ISSUING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MUTE_NOUNS for c in verb.children
    )


def _outer_cue(index: DocIndex, verb: Token) -> Token | None:
    """The verb of speech whose reported clause ``verb`` is in (or a conjunct of)."""
    node = verb
    for _ in range(3):
        if node.dep_ not in {"ccomp", "conj"} or index.inside_quote(node.head.i):
            return None
        node = node.head
        if node.dep_ != "conj" and _is_cue(node, partial=False) and node.i != verb.i:
            return node
    return None


def _holds_a_sentence(index: DocIndex, first: int, last: int) -> bool:
    """The quoted words are a clause of their own: a verb heading them, with its subject
    among them ("not one more barrel" has none)."""
    doc = index.doc
    words = [t for t in doc[first : last + 1] if t.is_alpha]
    if not words or words[0].text[0].lower() == words[0].text[0].upper():
        return False  # a script without case, which the English parse cannot read
    return len(words) >= 4 and any(
        t.pos_ in {"VERB", "AUX"} and (t.head.i == t.i or not first <= t.head.i <= last)
        and any(c.dep_ in {"nsubj", "nsubjpass"} and first <= c.i <= last for c in t.children) for t in words)


def _after_colon(text: str, span: QuoteSpan) -> bool:
    return text[: span.open_mark].rstrip().endswith(":")


def _opens_paragraph(text: str, span: QuoteSpan) -> bool:
    return span.open_mark == 0 or text[span.open_mark - 1] == "\n"


def _closing_colon(index: DocIndex, paragraph_start: int) -> int | None:
    """The colon ending the paragraph before the one at ``paragraph_start``, if it ends so."""
    doc = index.doc
    j = index.token_at(paragraph_start) - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j if j >= 0 and doc[j].text == ":" else None


def _introducing_paragraph(index: DocIndex, paragraph_start: int):
    """A paragraph ending "…, said:" introduces the quote that opens the next one."""
    doc = index.doc
    j = _closing_colon(index, paragraph_start)
    if j is None:
        return None
    j -= 1
    while j >= 0 and doc[j].text not in _SENT_END and "\n" not in doc[j].text and not index.inside_quote(j):
        if _is_cue(doc[j], partial=False, direct=True):
            return j, _subject_of(index, doc[j]) or _nearby_subject(index, doc[j])
        j -= 1
    return None


def _introducing_subject(index: DocIndex, paragraph_start: int) -> int | None:
    """"X set out her view in a letter to the board: ¶ “…”": a paragraph ending in a colon
    with no verb of speech introduces the quote that opens the next one; the subject of
    the clause the colon closes speaks, when it can."""
    doc = index.doc
    j = _closing_colon(index, paragraph_start)
    if j is None or index.inside_quote(j):
        return None
    verb = doc[j].head
    for _ in range(4):  # the colon hangs on the object or a phrase after it ("… in comments:")
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i or verb.head.i > j:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or index.inside_quote(verb.i):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not index.inside_quote(c.i)]
    return subjects[0].i if subjects and _can_speak(subjects[0]) else None


def _label_name(index: DocIndex, span: QuoteSpan, paragraph_start: int) -> int | None:
    """"Deputy Director of the Port Ana Lind: “…”": a paragraph opening with a person's
    title and name, no verb, and a colon before the quote sets out an exchange line by
    line (emails, letters, a hearing's record); the name speaks. The last word before
    the colon heads it."""
    doc = index.doc
    colon = index.token_at(span.open_mark) - 1
    while colon >= 0 and doc[colon].is_space:
        colon -= 1
    first = index.token_at(paragraph_start)
    if colon - first < 2 or colon - first > _LABEL_WORDS or doc[colon].text != ":":
        return None
    label = doc[first:colon]
    if any(t.pos_ in {"VERB", "AUX"} or index.inside_quote(t.i) or t.text in ALL_MARKS for t in label):
        return None
    name = doc[colon - 1]
    return name.i if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None


def _colon_subject(index: DocIndex, span: QuoteSpan) -> int | None:
    """The subject of a clause introducing a quote with a colon and no verb of speech
    ("Asked whether that could change, he was blunt: “…”"), or with a comma after a
    named speaker's clause ("Okafor, on the radio, defended the plan, “…”")."""
    doc = index.doc
    j = index.token_at(span.open_mark) - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text not in {":", ","}:
        return None
    verb = doc[j].head
    if doc[j].text == ":" and verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "attr"} and verb.head.pos_ == "VERB":
        verb = verb.head  # "X opposed the plan: “…”": the colon hangs on the object, X speaks
    if doc[j].text == ":":
        for text_noun in verb.children:
            # "The palace issued this statement from the king: “…”": who the text is from speaks
            if text_noun.dep_ == "dobj" and text_noun.lemma_.lower() in MUTE_NOUNS:
                for prep in text_noun.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
                        authors = [o for o in prep.children if o.dep_ == "pobj" and not index.inside_quote(o.i)]
                        if authors:
                            return authors[0].i
    if doc[j].text == ":" and index.inside_quote(verb.i) and j >= 1:
        # the parser hangs the colon on the quote: the clause before it is the top of
        # the words before the colon ("X reissued a statement it put out in May: “…”")
        top = doc[j - 1]
        while top.head.i != top.i and top.head.i < j and not index.inside_quote(top.head.i):
            top = top.head
        if top.pos_ in {"VERB", "AUX"}:
            verb = top  # else the subject before the colon hangs on the quote's verb itself
    if doc[j].text == "," and index.inside_quote(verb.i):
        # the parser hangs the comma on the quote: the verb is the nearest one before it
        k = j - 1
        while k >= 0 and doc[k].pos_ != "VERB" and doc[k].text not in _SENT_END and "\n" not in doc[k].text:
            k -= 1
        if k < 0 or doc[k].pos_ != "VERB" or index.inside_quote(k):
            return None
        verb = doc[k]
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not index.inside_quote(child.i):
            if doc[j].text == "," and not (child.pos_ == "PROPN" and verb.pos_ == "VERB" and verb.i < j):
                return None  # a comma introduces the words only after a named speaker's clause
            return child.i
    if doc[j].text == ":":
        return _subject_above(index, verb, j)
    return None


def _subject_above(index: DocIndex, verb: Token, colon: int) -> int | None:
    """"The council issued a statement agreeing the matter should be settled by voters: “…”":
    the colon closes a clause inside the text the subject put out, which has no subject of
    its own; the one who put the text out speaks ("showed a letter written by …" is not
    putting one out)."""
    node = verb
    for _ in range(4):
        if node.dep_ not in {"relcl", "acl", "ccomp", "xcomp", "conj", "dobj"} or node.head.i == node.i:
            return None
        node = node.head
        if index.inside_quote(node.i) or node.i > colon:
            return None
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS and not index.inside_quote(c.i)]
        if subjects:
            return subjects[0].i if _issues_text(node) and _can_speak(subjects[0]) else None
    return None


_LABEL_WORDS = 16  # a title and a name, however long the title
_JOINED_GAP = re.compile(r"[^.!?;:\n]{0,80}\band\s*")


def _joined_to_previous(text: str, previous: QuoteSpan, span: QuoteSpan) -> bool:
    """Only a short stretch of the reporter's words ending on "and", with no sentence
    break, stands between the two quotes' marks."""
    if previous.paragraph != span.paragraph or previous.close_mark >= span.open_mark:
        return False
    return _JOINED_GAP.fullmatch(text, previous.close_mark + 1, span.open_mark) is not None


def agents_of(verb: Token) -> list[Token]:
    """The nouns of a passive's "by" phrase ("described by the paper as …"): who acts; never a
    "by" of time or amount ("declared “unsafe” by March", "cut by 5%")."""
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children
              if o.dep_ == "pobj" and o.ent_type_ not in NUMERIC_ENTS]
    if agents or not any(c.dep_ == "auxpass" for c in verb.children):
        return agents
    return _agents_on_complement(verb)


# The links from a passive verb down to what it calls the thing ("declared a “crisis”",
# "announced to be a “…”", "described as “…”").
_COMPLEMENT_DEPS = {"oprd", "attr", "dobj", "xcomp", "pobj", "amod", "acomp"}


def _agents_on_complement(verb: Token) -> list[Token]:
    """"was declared a “pandemic” by the agency": the parse hangs the "by" phrase on the
    quoted complement rather than on the passive verb; it still names who spoke (a
    date or a thing, "by March", "by its scale", does not)."""
    agents = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "by" or prep.head.i == verb.i:
            continue
        node = prep.head
        while node.i != verb.i and (node.dep_ in _COMPLEMENT_DEPS or node.dep_ == "prep" and node.lower_ == "as"):
            node = node.head
        if node.i != verb.i:
            continue
        agents += [o for o in prep.children
                   if o.dep_ == "pobj" and (o.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"} if o.ent_type_ else _can_speak(o))]
    return agents


def follows_in_story(previous: QuoteSpan, span: QuoteSpan, text: str) -> bool:
    """A direct quote with no attribution continues the previous quote's speaker when
    that quote is in the same paragraph, or in the paragraph before and this quote opens
    its own paragraph (``“…,” she said.`` / ``“…”``)."""
    if previous.paragraph == span.paragraph:
        return True
    return previous.paragraph == span.paragraph - 1 and _opens_paragraph(text, span)


def _is_cue(token: Token, partial: bool, direct: bool = False) -> bool:
    lemma = token.lemma_.lower()
    if lemma in DIRECT_CUES:
        return direct and token.pos_ == "VERB"  # "she continued: “…”", not "would continue “as normal”"
    if lemma in PHRASAL_CUES and any(c.dep_ == "prt" and c.lower_ == PHRASAL_CUES[lemma] for c in token.children):
        return token.pos_ == "VERB"  # "she pointed out she had “…”"
    if lemma not in CUE_LEMMAS:
        return False
    if lemma in AS_CUES and not any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False
    if token.pos_ not in {"VERB", "AUX"} and not token.tag_.startswith("VB") and not verb_read_as_noun(token):
        return False
    if token.dep_ in {"compound", "amod", "nmod", "poss"}:
        return False  # "whose claim acceptance rate": a verb's form inside a noun phrase
    if token.dep_ in {"acl", "relcl"} and token.head.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return False  # "new powers to maintain order": what a thing is for, not speech
    if token.tag_ == "VBN" and token.dep_ in {"advcl", "acl"} and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "agent"} for c in token.children
    ):
        return False  # "Asked whether …, he" / "a plan called …": nobody speaks here ("… by X" names who does)
    return partial or lemma not in WEAK_CUES or _reads_a_text(token)


def _reads_a_text(verb: Token) -> bool:
    """"“…,” read the warning", "the letter reads: “…”": "read" with a text for subject
    or inverted object gives the text's words; reading in general is no speech."""
    return verb.lemma_.lower() in _INVERTED_CUES and any(
        c.dep_ in {"nsubj", "dobj"} and c.lemma_.lower() in MUTE_NOUNS for c in verb.children
    )


def _subject_of(index: DocIndex, verb: Token) -> int | None:
    """The token heading the speaker: the verb's subject, else that of the verb it hangs
    from (``…, calling it a “…”``; ``met X and said``), never a subject inside a quote;
    the one quoted in ``the paper quoted X as saying “…”``."""
    relayed = relayed_speaker(verb)
    if relayed is not None and (not index.inside_quote(relayed.i) or _in_source_marks(index, relayed)):
        return relayed.i
    if verb.lemma_.lower() in _INVERTED_CUES:
        # "“…,” read the statement": the parse makes the text the object of "read"
        texts = [c for c in verb.rights if c.dep_ == "dobj" and c.lemma_.lower() in MUTE_NOUNS]
        if texts and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return texts[0].i
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(
        c.dep_ in SUBJECT_DEPS and not index.inside_quote(c.i) and _can_speak(c) for c in verb.children
    ):
        # "X said the plan “…,” further saying, “…”": the participle hangs on the
        # reported clause; its speaker is the subject of the verb of speech above it
        # (not "with X calling it “…” and Y calling it “…”", where Y is its own)
        node = verb.head
        for _ in range(3):
            if node.i == verb.i:
                break
            if not index.inside_quote(node.i) and _is_cue(node, partial=True) and node.dep_ != "advcl":
                return _subject_of(index, node) or _nearby_subject(index, node)
            if node.head.i == node.i:
                break
            node = node.head
    if verb.dep_ == "acl":
        # "a crowd described by the paper as “…”": the agent speaks, not the noun
        agents = agents_of(verb)
        if agents and not index.inside_quote(agents[0].i):
            return agents[0].i
    host = _participle_host(index, verb)
    if host is not None:
        return host.i
    node = verb
    for _ in range(4):
        children = list(node.children)
        subjects = [c for c in children if c.dep_ in SUBJECT_DEPS and not index.inside_quote(c.i)]
        if len(named_subject(subjects)) == 1 and len(subjects) >= 2:
            children = named_subject(subjects)
        elif len(subjects) > 1 and any(c.ent_type_ == "PERSON" for c in subjects):
            # "Niger's president Mahamadou Issoufou said" parsed as two subjects: the name
            children = [c for c in subjects if c.ent_type_ == "PERSON"]
        for child in children:
            if _participle(child):
                # "Dismissing it as “…”, X told …": a participle clause parsed as the
                # subject; "Writing in a column, Ana Ruiz called it …": the parse folds
                # the name into it
                named = _folded_name(index, child)
                if named is not None:
                    return named
                continue
            if _spoken_to(child, node) or translation_tag(child):
                continue
            if child.dep_ in SUBJECT_DEPS and not index.inside_quote(child.i):
                if _is_dateline(index, child):
                    # "DUBAI, Oct 2 – Iranian Foreign Minister Abbas Araghchi called …"
                    # parses the name as the dateline's apposition
                    named = [c for c in child.children if c.dep_ == "appos"]
                    if named:
                        return named[0].i
                    continue
                if child.dep_ == "nsubjpass":
                    # "the result was described by Lee as a “mandate”", "Ruiz, who was
                    # called “reckless” by the coach": the agent speaks
                    agents = agents_of(node)
                    if agents and not index.inside_quote(agents[0].i):
                        return agents[0].i
                if child.lower_ in _RELATIVE and node.dep_ == "relcl":
                    return node.head.i
                named = _speaker_after_source(index, child)
                if named is not None:
                    return named.i
                return child.i
        if node.dep_ == "relcl":
            return node.head.i  # "officials, who said …": the noun the clause hangs on
        if node.dep_ in _CLIMB and node.head.i != node.i and not index.inside_quote(node.head.i):
            node = node.head
            continue
        if node.dep_ == "conj" and index.inside_quote(node.head.i):
            reporting = _cue_reporting(index, node.head)
            if reporting is not None:
                return _subject_of(index, reporting)
        break
    return None


def _cue_reporting(index: DocIndex, quoted: Token) -> Token | None:
    """"X said that shelves “are empty”, and called it “…”": the parse hangs the second
    verb on the quoted clause; the verb of speech reporting that clause has its subject."""
    node = quoted
    for _ in range(3):
        if node.head.i == node.i:
            return None
        node = node.head
        if not index.inside_quote(node.i) and _is_cue(node, partial=True):
            return node
    return None


def _speaker_after_source(index: DocIndex, subject: Token) -> Token | None:
    """"According to agency KNA, the city's mayor, Ana Ruiz, said …": the parse may take
    the source for the verb's subject and hang the speaker on it as an apposition; the
    one apposed speaks, the source only relays."""
    sources = [c for c in subject.head.children if c.lower_ == "according" and c.i < subject.i]
    if not sources or sources[0].right_edge.i != subject.left_edge.i - 1:
        return None
    apposed = [t for t in subject.subtree if t.dep_ == "appos" and t.i > subject.i and _can_speak(t)
               and not index.inside_quote(t.i)]
    people = [t for t in apposed if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    return (people or apposed or [None])[0]


_FIRST_PERSON = frozenset({"i", "me", "my", "myself"})


def _first_person_subject(index: DocIndex, first: int, last: int, paragraph_start: int) -> int | None:
    """"Ana Ruiz has painted for years; her love of it “started with my grandfather's
    shed.”": quoted words running on the sentence (lower case first) that say "I" or
    "my", with no verb of speech, are the words of the person the sentence is about (a
    name or "he"/"she" its subject, before the quote or else after it: "With “the cold I
    feel”, she left early"); a title ("I Will Survive") opens in capitals. A sentence
    about a thing ("The suit “is hot, so I drink a lot”") gives the words to whoever the
    sentence before it says spoke: no one else in it could say "I" (not so when it names a
    person outside the marks, "Al Poe's suit “…”": then nobody)."""
    doc = index.doc
    words = [t for t in doc[first : last + 1] if t.is_alpha]
    if len(words) < 3 or not words[0].is_lower or not any(t.lower_ in _FIRST_PERSON for t in words):
        return None
    sentence = token_sentence(doc[first])
    people = [t for t in sentence if t.dep_ == "nsubj" and not index.inside_quote(t.i) and (
        t.lower_ in {"he", "she"} or t.pos_ == "PROPN" and t.ent_type_ == "PERSON")]
    before = [t for t in people if t.i < first]
    if before:
        return before[-1].i
    if people:
        return people[0].i
    if any(not index.inside_quote(t.i) and (t.ent_type_ == "PERSON" or t.dep_ == "poss" and t.pos_ == "PROPN")
           for t in sentence):
        # "Al Poe's suit “is hot, so I drink a lot”": a person the sentence names may be
        # the "I", so the speaker of the sentence before is no safe guess
        return None
    found = _previous_sentence_cue(index, sentence.start, paragraph_start)
    return found[1] if found is not None else None


def _participle_host(index: DocIndex, verb: Token) -> Token | None:
    """"A witness described how the fire spread, saying, “…”": the parse may hang the
    participle on the witness, or on the "how" clause it reads as the witness's
    modifier; the person so modified speaks, not the subject of what was described."""
    if verb.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.dep_ == "acl":
        host = verb.head
    elif verb.dep_ == "advcl" and verb.head.dep_ in {"acl", "relcl"} and verb.head.i != verb.head.head.i:
        host = verb.head.head
    else:
        return None
    if host.pos_ not in {"NOUN", "PROPN"} or index.inside_quote(host.i):
        return None
    if host.pos_ == "NOUN" and host.lemma_.lower() in MUTE_NOUNS:
        return _named_issuer(index, host)  # "a statement by the minister calling it “…”": the text's issuer
    return host if _can_speak(host) or _a_person(host) else None


def _participle(subject: Token) -> bool:
    return subject.dep_ in {"nsubj", "csubj"} and subject.tag_ == "VBG"


def _folded_name(index: DocIndex, participle: Token) -> int | None:
    for token in participle.subtree:
        if (token.dep_ in {"appos", "npadvmod"} and token.ent_type_ == "PERSON" and token.pos_ == "PROPN"
                and not index.inside_quote(token.i)):
            return token.i
    return None


def _spoken_to(subject: Token, verb: Token) -> bool:
    """"Residents were told to expect “…”": the passive's subject is the one spoken
    to; with no agent, nobody in the sentence speaks."""
    return (subject.dep_ == "nsubjpass" and verb.lemma_.lower() in ADDRESSEE_CUES
            and not agents_of(verb))


def _can_speak(token: Token) -> bool:
    """A noun the parse did not make the subject may still name the speaker when it is
    a name, a pronoun, or a person, source or body ("…, said an aide"), never a thing
    ("calls for an increase")."""
    if token.pos_ in {"PROPN", "PRON"}:
        return True
    lemma = token.lemma_.lower()
    return (lemma in PERSON_ROLES or lemma in BODY_NOUNS or token.lower_ in UNNAMED_SOURCES or lemma in SOURCE_NOUNS
            or token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"})


def _nearby_subject(index: DocIndex, verb: Token) -> int | None:
    """Parse fallback: a subject in a clause hanging left of the verb ("Peskov, asked
    later …, said:"), else the nearest subject or noun in the verb's own attribution."""
    doc = index.doc
    titled = _title_read_as_verb(verb)
    if titled is not None and not index.inside_quote(titled.i):
        return titled.i
    for child in verb.lefts:
        if child.dep_ in {"ccomp", "advcl", "conj", "parataxis"}:
            for grandchild in child.children:
                if grandchild.dep_ in SUBJECT_DEPS and grandchild.i < verb.i and not index.inside_quote(grandchild.i):
                    return grandchild.i
    sentence = token_sentence(verb)
    nouns = []
    for step in range(1, 16):
        for i in (verb.i - step, verb.i + step):
            if not (sentence.start <= i < sentence.end) or index.inside_quote(i):
                continue
            token = doc[i]
            if token.head.i == verb.i and token.dep_ in {"dobj", "dative"} and verb.lemma_.lower() in ADDRESSEE_CUES:
                continue  # "…, told Reuters “…”": the one spoken to ("added KCNA" is inverted)
            if token.head.i == verb.i and (_spoken_to(token, verb) or _participle(token)):
                continue
            if token.dep_ in SUBJECT_DEPS and _reported_clause_subject(token, verb):
                continue  # "X, said the measure was “…”": the subject of what was said
            if token.dep_ in SUBJECT_DEPS and not _is_dateline(index, token):
                return i
            if _can_speak(token) and token.dep_ not in {"compound", "poss", "npadvmod"}:
                if token.lower_ not in _RELATIVE and not token.like_num:
                    nouns.append(i)
    # "Calling it “…”, Ana Ruiz of the charity, told …": the parse hangs the name
    # somewhere in the clause before the verb; a person named there speaks. A cue that
    # opens its sentence is inverted ("Remarked Oak Trust biologist Ana Ruiz, “…”"): the
    # person named after it speaks, not the body in the title the parse makes its object.
    people = [i for i in nouns if doc[i].ent_type_ == "PERSON" and doc[i].pos_ == "PROPN"]
    if verb.i == sentence.start:
        quoted = next((i for i in range(verb.i, sentence.end) if index.inside_quote(i)), sentence.end)
        titled = [i for i in people if verb.i < i < quoted]
        if titled:
            return max(titled)  # the name that ends the title, nearest the quote
    people = [i for i in people if i < verb.i]
    return (people or nouns or [None])[0]


def _title_read_as_verb(verb: Token) -> Token | None:
    """"“…”, Riverton coach Tom Baker said": the tagger may take the role for a verb
    ("Riverton coaches Tom Baker"), the body its subject and the name its object; the
    name, ending right before the verb of speech, is who speaks, not the body."""
    if verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    role = name.head
    if name.dep_ != "dobj" or name.pos_ != "PROPN" or role.i >= name.i or role.pos_ not in {"VERB", "AUX"}:
        return None
    return name if role.lower_ in PERSON_ROLES | OCCUPATIONS else None


def _reported_clause_subject(token: Token, verb: Token) -> bool:
    """The subject of the clause the verb reports, after the verb: what the words are
    about, never who spoke them."""
    return token.i > verb.i and token.head.dep_ == "ccomp" and token.head.head.i == verb.i


def _is_dateline(index: DocIndex, token: Token) -> bool:
    """"MOSCOW, Oct 23 –" opens many wire stories and parses as a subject."""
    return any(line.covers(token.idx) for line in index.datelines)
