"""What an extractor sees for one article: the article, its one parse, the run's actor
table and the records of the extractors it requires."""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator
from weakref import WeakKeyDictionary

import numpy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from analysis.text.actor_table import ActorTable, load_table
from analysis.text.lexicon import words
from corpus.article import Article


@dataclass(slots=True)
class ExtractionContext:
    article: Article
    doc: Doc
    # Built once per run from its configuration (the user's alias file included) and
    # shared by every extractor, so "which state is this?" has one answer per run.
    actor_table: ActorTable
    # Records already produced for this article by the extractors it requires.
    results: dict[str, list] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return doc_text(self.doc)


_TEXTS: WeakKeyDictionary = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token again on each access,
    and every extractor needs the whole string. Joined from the token texts and their
    trailing-space flags (a Token per token costs more than the join)."""
    text = _TEXTS.get(doc)
    if text is None:
        spaced = doc.to_array("SPACY").tolist()
        text = _TEXTS[doc] = "".join([word + " " if space else word for word, space in zip(token_texts(doc), spaced)])
    return text


_TOKEN_STARTS: WeakKeyDictionary = WeakKeyDictionary()


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset (``token.idx``), in token order, built once per Doc:
    a search by offset is then a bisection instead of a walk over the whole parse."""
    starts = _TOKEN_STARTS.get(doc)
    if starts is None:
        starts = _TOKEN_STARTS[doc] = doc.to_array("IDX").tolist()
    return starts


_COLUMNS: WeakKeyDictionary = WeakKeyDictionary()


def token_column(doc: Doc, attr: str) -> list[str]:
    """Each token's ``attr`` as a string ("ORTH" its text, "LOWER", "LEMMA", "POS", "TAG",
    "DEP", "ENT_TYPE"), in token order, built once per Doc from the parse's arrays (no
    Token object is made): a rule that walks the whole Doc tests these first and builds
    a Token only where they match, since a Token and its string attributes, made for
    every token, cost more than the rule itself."""
    columns = _COLUMNS.get(doc)
    if columns is None:
        columns = _COLUMNS[doc] = _columns(doc, _READ_COLUMNS)
    column = columns.get(attr)
    if column is None:
        column = columns[attr] = _columns(doc, (attr,))[attr]
    return column


# The columns the rules read, taken from the parse together on the first request: one
# to_array of them all costs far less than one per attribute.
_READ_COLUMNS = ("ORTH", "LOWER", "LEMMA", "POS", "DEP", "ENT_TYPE")


def _columns(doc: Doc, attrs: tuple[str, ...]) -> dict[str, list[str]]:
    # (to_array drops the second axis for a single attribute)
    rows = doc.to_array(list(attrs)).reshape(len(doc), len(attrs)).T.tolist()
    names = _STRING_OF
    try:
        return {attr: list(map(names.__getitem__, row)) for attr, row in zip(attrs, rows)}
    except KeyError:
        # Strings no Doc of the run had yet (most Docs have none once a few are read:
        # collecting the new ones first, on every Doc, cost a quarter of the columns).
        for value in set().union(*rows).difference(names):
            names[value] = doc.vocab.strings[value]
        return {attr: list(map(names.__getitem__, row)) for attr, row in zip(attrs, rows)}


# A string's hash is its hash in every Doc and vocabulary, so the strings already looked
# up serve every later Doc: the store decodes a new copy on each lookup, which costs more
# than the rest of a column. It holds what the vocabulary's string store holds.
_STRING_OF: dict[int, str] = {}


# The named entities of the Doc being read, one per thread: Spans hold their Doc, so a
# store keyed by Doc (as above) would keep every Doc alive; the last one is all a run needs.
_READING = threading.local()


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once for the Doc being read: spaCy walks the whole Doc and
    builds every entity's Span again on each access, and every extractor asks."""
    last = getattr(_READING, "entities", None)
    if last is not None and last[0] is doc:
        return last[1]
    ents = doc.ents
    _READING.entities = (doc, ents)
    return ents


_SENTENCE_STARTS: WeakKeyDictionary = WeakKeyDictionary()


def sentence_bounds(doc: Doc) -> list[int] | None:
    """The token offsets where the parser's sentences start, and the Doc's length after
    them, read once per Doc (as ``doc.sents`` reads them: a sentence opens where the flag
    is 1, and at 0); None where the Doc has no sentence boundaries."""
    starts = _SENTENCE_STARTS.get(doc)
    if starts is None:
        if not doc.has_annotation("SENT_START"):
            return None
        opens = numpy.flatnonzero(doc.to_array("SENT_START")[1:] == 1) + 1
        starts = _SENTENCE_STARTS[doc] = [0, *opens.tolist(), len(doc)]
    return starts


def token_sentence(item: Token | Span) -> Span:
    """``item.sent`` (the parser's sentence holding a token, or a span's first token),
    from :func:`sentence_bounds`: spaCy walks from the token to both ends of its
    sentence, and checks the whole Doc for sentence boundaries, on every call."""
    doc = item.doc
    starts = sentence_bounds(doc)
    if starts is None:
        return item.sent  # spaCy's own error
    at = bisect.bisect_right(starts, item.start if isinstance(item, Span) else item.i) - 1
    return Span(doc, starts[at], starts[at + 1])


def paragraph_sentence(item: Token | Span) -> Span:
    """:func:`token_sentence` without the marks and paragraph break the parser may carry
    over from the paragraph before (a quote's closing mark, then the break, opens
    "… soon.”\n\nAccording to X, …"): the sentence as its paragraph opens it, so that a
    rule asking "does this phrase open its sentence?" sees the phrase's first word."""
    sentence = token_sentence(item)
    doc, start = sentence.doc, sentence.start
    at = start
    while at < sentence.end - 1 and (doc[at].is_punct or doc[at].is_space):
        at += 1
        if doc[at - 1].is_space and "\n" in doc[at - 1].text:
            start = at
    return sentence if start == sentence.start else Span(doc, start, sentence.end)


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, in token order (:func:`token_column` "ORTH"): the rules that
    look for a word test these first."""
    return token_column(doc, "ORTH")


def joined_by_hyphen(doc: Doc, left: int) -> bool:
    """Tokens ``left`` and ``left + 2`` are one word the tokenizer split at a hyphen
    ("ex-Muslims", "Secretary-General", "Sea-Eye"): a hyphen between, no space either side."""
    return (left >= 0 and left + 2 < len(doc) and doc[left + 1].text == "-"
            and not doc[left].whitespace_ and not doc[left + 1].whitespace_)


def span_text(span: Span) -> str:
    """``span.text`` as a slice of the Doc's text read once: Span.text joins its tokens
    again on each access, and a sentence's text is read by several rules."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def tokens_in(tokens: Doc | Span, words, *, attr: str = "ORTH") -> Iterator[Token]:
    """The tokens of a Doc or Span whose text (or other :func:`token_column` ``attr``:
    "DEP" for the subjects of a sentence) is one of ``words``, in order: a walk that
    builds a Token only where the word is."""
    doc = tokens.doc
    start, end = (tokens.start, tokens.end) if isinstance(tokens, Span) else (0, len(doc))
    column = token_column(doc, attr)
    return (doc[i] for i, text in enumerate(column[start:end], start) if text in words)


def entity_span(token: Token) -> Span:
    """The whole named entity around ``token``, read off the tokens' own tags (no scan of
    ``doc.ents``), else the token alone."""
    doc = token.doc
    if not token.ent_type_:
        return doc[token.i : token.i + 1]
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def entity_text(token: Token) -> str:
    """The whole named entity around ``token`` ("South Korean"), else the token."""
    return entity_span(token).text


_LABEL_TOKENS: WeakKeyDictionary = WeakKeyDictionary()


def _label_tokens(doc: Doc) -> tuple[tuple[tuple[int, int], ...], dict[int, int]]:
    """The token bounds of each :func:`transcript_turns` label of the Doc, and for each
    token inside a label the furthest end of a label holding it, found once per Doc: the
    one answer to "is this a turn's label?" for actors and quotes alike, asked of every
    candidate mention (a walk over the labels each time grew with the transcript)."""
    found = _LABEL_TOKENS.get(doc)
    if found is None:
        labels = (doc.char_span(*turn.label_span, alignment_mode="expand") for turn in transcript_turns(doc_text(doc)))
        spans = tuple((label.start, label.end) for label in labels if label is not None)
        reach: dict[int, int] = {}
        for first, last in spans:
            for i in range(first, last):
                reach[i] = max(reach.get(i, last), last)
        found = _LABEL_TOKENS[doc] = (spans, reach)
    return found


def transcript_label(doc: Doc, i: int) -> bool:
    """Token ``i`` is part of an interview transcript's label for who speaks next ("((WN))",
    "WN:", "((Ana Ruiz))"): it names a turn, not an actor or a referent."""
    return i in _label_tokens(doc)[1]


def turn_label_span(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start``–``end`` lie inside a transcript turn's label ("((Ana Ruiz))",
    "Ana Ruiz:"), which says who speaks next: no mention of anyone."""
    spans, reach = _label_tokens(doc)
    if start < end:
        return reach.get(start, start) >= end
    return any(first <= start and end <= last for first, last in spans)


def first_transcript_label(doc: Doc) -> int | None:
    """The index of the first token of a transcript turn's label, or None outside a
    transcript: "is this row inside an interview?" is then a comparison."""
    spans = _label_tokens(doc)[0]
    return spans[0][0] if spans else None


_INTERVIEWER_LABELS = words("transcripts", "interviewer")
_ANSWER_LABELS = words("transcripts", "answer")
_HEADINGS = words("transcripts", "headings")
# A turn's label opening a paragraph: "((Ana Ruiz))" (Wikinews' double brackets, a colon
# after them or not), or a name, initials or a Q/A marker and a colon ("AR: …"); not
# the lower-case language tag of a translation ("((es))Spanish language: …").
_BRACKET_LABEL = re.compile(r"[ \t]*\(\(([A-Z][^()\n]{0,40})\)\)[ \t]*(?::[ \t]*)?")
_COLON_LABEL = re.compile(r"[ \t]*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})[ \t]?:[ \t]+(?=\S)")
_PERSON_LABEL = re.compile(r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w'’-]*[a-z][\w'’-]*")
_INITIALS = re.compile(r"[A-Z]{2,4}")
# Capitalised words in a row: the names the initials of a turn's label may stand for.
_NAME_RUN = re.compile(r"(?<![\w.])[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?)+")


@dataclass(frozen=True, slots=True)
class Turn:
    """A transcript turn: its label opens the paragraph at ``start``, its words begin at
    ``body``. ``name`` bounds the person it is of ("((Ana Ruiz))"; "AR:" stands for the
    "Ana Ruiz" written elsewhere), None for the interviewer's ("((WN))", "Q:", initials
    that only ever ask), an unnamed answer's ("A:") or initials spelled out nowhere."""

    start: int
    body: int
    label: str
    label_span: tuple[int, int]
    name: tuple[int, int] | None
    interviewer: bool

    @property
    def answer(self) -> bool:
        return self.label in _ANSWER_LABELS


@lru_cache(maxsize=8)
def transcript_turns(text: str) -> tuple[Turn, ...]:
    """Every labelled turn of an interview transcript, in text order. "Name: …" opens a
    turn only in a transcript: one with a bracketed label, or colon labels in the shape
    of a dialogue (:func:`_dialogue`). A heading ("Update: …", a list's "Source: …") is
    no one speaking, in a transcript too, nor is a state or a body heading a list of
    reactions ("Russia: …")."""
    found: list[tuple[int, re.Match, bool]] = []
    for paragraph in re.finditer(r"(?:^|\n)", text):
        at = paragraph.end()
        bracket = _BRACKET_LABEL.match(text, at)
        if bracket:
            if bracket.group(1).casefold() not in _HEADINGS:
                found.append((at, bracket, True))
            continue
        colon = _COLON_LABEL.match(text, at)
        if colon and _speaker_label(colon.group(1)):
            found.append((at, colon, False))
    transcript = any(bracketed for *_, bracketed in found) or _dialogue(
        text, [m.group(1) for _, m, bracketed in found if not bracketed])
    found = [(at, match) for at, match, bracketed in found if bracketed or transcript]
    # Initials whose every turn is a question are the reporter's ("((RS)) How close …?"):
    # spelled out they would name whoever the text has with those initials.
    answering = {match.group(1) for _, match in found if not _asks(text, match.end())}
    turns = []
    for at, match in found:
        written = match.group(1)
        asking = written in _INTERVIEWER_LABELS or bool(_INITIALS.fullmatch(written)) and written not in answering
        name = None if asking else _label_name(text, match)
        turns.append(Turn(at, match.end(), written, match.span(1), name, asking))
    return tuple(turns)


def _speaker_label(label: str) -> bool:
    """A colon label that may name who speaks: not a heading word, nor a state, a place or
    a body the actor table knows ("Russia:", "United Nations:" opening a reactions list)."""
    if label.casefold() in _HEADINGS:
        return False
    if label in _INTERVIEWER_LABELS or label in _ANSWER_LABELS:
        return True
    entry = load_table().entries.get(label)
    return entry is None or entry.actor_type == "person"


def _dialogue(text: str, labels: list[str]) -> bool:
    """Colon labels in the shape of an interview: a question's label answered by another
    ("Q: …" then "A: …" or "Ana Ruiz: …"), or two labels taking turns ("Cole: …",
    "Ruiz: …", "Cole: …") of which two are names the text writes elsewhere too. One
    "Question: …" paragraph, or names heading a list once each, are no dialogue."""
    if any(asked in _INTERVIEWER_LABELS and answered not in _INTERVIEWER_LABELS
           for asked, answered in zip(labels, labels[1:])):
        return True
    alternates = any(label in labels[i + 1 :] and labels[i + 1] != label for i, label in enumerate(labels[:-1]))
    return alternates and sum(_written_elsewhere(text, label) for label in set(labels)) >= 2


def _asks(text: str, body: int) -> bool:
    """The paragraph from ``body`` ends in a question mark."""
    end = text.find("\n", body)
    return text[body : end if end >= 0 else len(text)].rstrip().endswith("?")


def _written_elsewhere(text: str, label: str) -> bool:
    """A colon label that is a name the text writes outside the labels too ("Reporter Sam
    Cole spoke with …", then "Cole: …"), not a heading word ("Update: …")."""
    if not _PERSON_LABEL.fullmatch(label):
        return False
    written = len(re.findall(rf"\b{re.escape(label.split()[-1])}\b", text))
    return written > len(re.findall(rf"(?m)^[ \t]*{re.escape(label)}[ \t]?:", text))


def _label_name(text: str, label: re.Match) -> tuple[int, int] | None:
    written = label.group(1)
    if written in _INTERVIEWER_LABELS or written in _ANSWER_LABELS:
        return None
    if _INITIALS.fullmatch(written):
        return _spelled_out(text, written)
    return label.span(1) if _PERSON_LABEL.fullmatch(written) else None


def _spelled_out(text: str, initials: str) -> tuple[int, int] | None:
    """The first words in a run of capitalised words whose initials the label's are
    ("Ana Ruiz" for "AR", "William S. Saturn" for "WSS", "Ana Maria Ruiz" inside "Prime
    Minister Ana Maria Ruiz"); a sentence's opening word ("After Reuters …") starts no
    name."""
    for run in _NAME_RUN.finditer(text):
        words_at = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", run.group(0))]
        for first in range(len(words_at)):
            if words_at[first][1].lower() in STOP_WORDS:
                continue
            last = first + len(initials)
            if last <= len(words_at) and "".join(word[0] for _, word in words_at[first:last]) == initials:
                at, word = words_at[last - 1]
                # a sentence's full stop after the name is not the name's
                end = run.start() + at + len(word) - (len(word) > 2 and word.endswith("."))
                return run.start() + words_at[first][0], end
    return None


def turn_at(text: str, char: int) -> Turn | None:
    """The transcript turn holding ``char``: the one whose label opens its paragraph or
    the nearest earlier paragraph; a long answer runs on over unlabelled paragraphs to
    the next label. None outside a transcript."""
    turns, starts = _indexed_turns(text)
    i = bisect.bisect_right(starts, char) - 1
    return turns[i] if i >= 0 else None


@lru_cache(maxsize=8)
def _indexed_turns(text: str) -> tuple[tuple[Turn, ...], list[int]]:
    turns = transcript_turns(text)
    return turns, [turn.start for turn in turns]


def turn_speaker(text: str, char: int) -> tuple[int, int] | None:
    """Character bounds of the name of the person whose transcript turn holds ``char``,
    or None when that turn is no person's (the interviewer's "((WN))") or no label opens
    it."""
    turn = turn_at(text, char)
    return turn.name if turn else None


def addressee(text: str, char: int) -> tuple[int, int] | None:
    """""((WN)) On your blog you wrote “…”": the person the interviewer's turn holding
    ``char`` speaks to, named by the label of the next person's turn; None outside an
    interviewer's turn or when no one answers."""
    turn = turn_at(text, char)
    if turn is None or not turn.interviewer:
        return None
    return next((later.name for later in transcript_turns(text) if later.start > char and later.name), None)


def turn_start(text: str, char: int) -> int | None:
    """Where the label of the transcript turn holding ``char`` starts; None outside a
    transcript."""
    turn = turn_at(text, char)
    return turn.start if turn else None


# Wikinews' tag before a translation's original wording: "((es))Spanish language: …".
_TRANSLATION_TAG = re.compile(r"\(\([a-z]{2,3}\)\)[A-Z][\w-]*(?: [A-Z][\w-]*)? language$")


def translation_tag(token: Token) -> bool:
    """The token ends the tag that introduces an original-language text beside its
    translation ("((es))Spanish language: …"): a label, never a speaker."""
    if token.lower_ != "language":
        return False
    end = token.idx + len(token.text)
    return bool(_TRANSLATION_TAG.search(token.doc.text[max(0, end - 40) : end]))


def root_with_subject(token: Token) -> bool:
    """The token heads its sentence and has a subject of its own: a finite verb, whatever
    the tagger called it ("The project announced on Sunday that …" tagged as a participle;
    a reduced relative hangs on a noun instead)."""
    return token.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in token.children)


def verb_read_as_noun(token: Token) -> bool:
    """"The department notes, “…”": the tagger may take a verb in -s for a plural noun;
    one heading its sentence with a subject of its own is the verb."""
    return token.tag_ == "NNS" and root_with_subject(token)
