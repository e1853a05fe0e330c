"""Who a figure is attributed to: the data provider its sentence names, else the outlet or
official it is attributed to ("according to Reuters"), else nobody.

Read per sentence (every figure of a sentence shares its source), strongest first:

1. a provider of data: "data from Kpler showed", "LSEG ship-tracking data",
   "OPEC's monthly report", "China's customs data", "documents from PDVSA";
2. a reference back to one: "the data showed", "according to the report", "the customs
   data showed" resolve to the last provider named (of the same kind for customs);
3. "according to X";
4. the named subject of a reporting verb: "Gazprom said", "analysts at Vortexa
   estimated", "the company has said" (the last organisation named).

Unnamed attributions ("traders said", "trade data", "industry sources") give no source;
officials of a named state ("Saudi officials said") are that state's. Names come from the
actor mentions, so "the Organization of the Petroleum Exporting Countries" is OPEC; an
acronym written after a name wins ("Centre for Research on Energy and Clean Air (CREA)"),
and a few agencies are known by their acronym (:data:`SOURCE_NAMES`).

Each source is an :class:`Attribution`: the name as the table writes it (``source``) and
its voice (:mod:`analysis.text.voices`: the state for an official, a ministry or customs,
the organisation for a company, data firm, agency or outlet).

An attribution runs across sentences (DESIGN.md): a sentence that names no source of its
own, not even an unnamed one ("traders said"), takes the last source named earlier in its
paragraph ("According to Vortexa, exports … That compares with … in April."); a
paragraph that opens as a continuation ("That compares with …", :data:`_CONTINUATIONS`)
or follows a lede paragraph without figures takes the source its previous paragraph ended
with; a sentence before any source of its paragraph takes the one that closes it ("Russia's share rose to
41%. Supplies from Iraq slipped 7.5%, the data showed.") — a capacity excepted; any
other paragraph starts with none. "The marketer", "the firm", "the consortium" stand for
the paragraph's organisation; "PDVSA's president, …, said" for PDVSA. "The statement said"
and "the report showed" with no provider named are the issuer's ("…, the ministry said in
a statement"); two sources in one sentence keep their own figures (:meth:`Sources.for_figure`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span

from analysis.extractors.figures.tree import WINDOW, sent
from analysis.pipeline.records import ActorMention
from analysis.text.abbreviations import Definition, defined_abbreviations
from analysis.text.actor_table import ActorTable
from analysis.text.context import doc_entities, doc_text, entity_span, entity_text, span_text, tokens_in
from analysis.text.lexicon import alternation, alternation_of, opening_any, table, words
from analysis.text.marks import quoted_ranges
from analysis.text.voices import (
    GOVERNMENT_BODY_WORDS, Voice, is_government_body, is_state_agency, regional_government, titled_as_body, voice_of, voice_of_name,
)

# How the figures table names a source when the actor table's name differs.
SOURCE_NAMES = table("figures", "source_names")

# A name: capitalised words, joined by "of", "for", "and" … (at most nine words, so that a
# line of capitals costs linear time).
_NAME = r"(?:[A-Z][\w&.+’'-]*)(?:\s+(?:(?:of|for|and|&|on)\s+(?:the\s+)?)?[A-Z][\w&.+-]*){0,8}"
_PROGRAMME = re.compile(rf"{alternation('figures', 'source_programme_nouns')}$", re.IGNORECASE)
_PROGRAMME_OPENING = re.compile(rf"{alternation('figures', 'source_programme_nouns')}\b", re.IGNORECASE)
_DATA_NOUNS = f"(?:{alternation('figures', 'source_data_nouns')}|{alternation('figures', 'source_programme_nouns')})"
_FIRM = (
    rf"(?:{alternation('figures', 'source_firm_modifiers')}\s+)*{alternation('figures', 'source_firm_nouns')}\s+"
)
# "data from energy cargo tracker Vortexa", "according to consultancy FGE": a description
# before the name.
_DESCRIBED = rf"(?:[A-Z][a-z]+(?:-[a-z]+)?\s+(?=[a-z]))?(?:[a-z][\w-]*\s+){{0,3}}{alternation('figures', 'source_described_nouns')}\s+(?=[A-Z])"
# The nouns and links in any case ("Data from Kpler showed"), the name capitalised; the
# lookahead skips positions that open no word at once.
# "data from state-run Korea National Oil Corp": modifiers alone before the name.
_MODIFIED = rf"(?:{alternation('figures', 'source_firm_modifiers')}\s+)+"
# (Each reader below that opens with a word of a list looks ahead for the list's words
# first, with opening_any: the engine passes over the other positions at once.)
_DATA_OPENERS = opening_any(words("figures", "source_data_nouns") | words("figures", "source_programme_nouns"))
# The link from data to their provider; a participle's may carry the release's day before
# its "by" ("figures released on Friday by China's customs", "data published Monday, by the
# statistics office").
_RELEASED = alternation_of(link[: -len(" by")] for link in words("figures", "source_provider_links") if link.endswith(" by"))
_LINK = (
    rf"(?:(?:{_RELEASED})\s+(?:on\s+)?{alternation('figures', 'source_release_days')},?\s+by"
    rf"|{alternation('figures', 'source_provider_links')})"
)
_PROVIDER_BEFORE = re.compile(
    rf"\b(?=\w){_DATA_OPENERS}(?i:{_DATA_NOUNS})\s+(?i:{_LINK})\s+"
    rf"(?:(?i:the)\s+)?(?:[a-z]+(?:’s|'s)\s+)?(?:{_FIRM}|{_DESCRIBED}|{_MODIFIED})?(?=[A-Z])"
)
# Figures customs put out, named by no state: "published by customs", "released by the
# customs"; customs that saw, tracked or cleared a cargo issued nothing.
_BY_CUSTOMS = re.compile(
    rf"\b{opening_any(words('figures', 'source_customs_links'))}(?:{alternation('figures', 'source_customs_links')})\s+"
    rf"(?:the\s+)?(?P<customs>customs)\b(?!\s+{alternation('figures', 'source_customs_people')}\b)",
    re.IGNORECASE,
)


# Data a provider's own work drew on, written after it.
_BASED_ON = re.compile(rf"\b{alternation('figures', 'source_drawn_on')}\s+$", re.IGNORECASE)
_MOD = r"(?!(?:after|before|the|a|an|in|on|for|with|from|to|and|as|of|at|by|that|which|its|their|is|are|was|were|be|been|being|has|have|had|not)\b)[\w-]+\s+"
_PROVIDER_AFTER = re.compile(
    rf"(?P<name>{_NAME})(?:’s|'s)?\s+(?P<mods>(?:{_MOD}){{0,3}}?){_DATA_NOUNS}\b"
)
# A reference back to a provider, only where it attributes: "the data showed",
# "according to the report", "customs data released …", "the survey of shipping data and
# industry sources found" (not "after the reports").
_BACK = r"(?:(?!(?:after|before|in|on|for|with|from|to|and|as|of|at|by)\b)[\w-]+\s+){0,2}?"
_BACK_NOUNS = alternation("figures", "source_back_nouns")
# "the programme shows", "according to the schedule": a loading programme referred back to
# is the one named before, whoever was cited in between.
_BACK_OR_PROGRAMME = rf"(?:{_BACK_NOUNS}|{alternation('figures', 'source_programme_nouns')})"


def _stem(noun: str) -> str:
    """"documents" and "document" are one kind of data."""
    return noun.lower().rstrip("s")


_BACK_STEMS = frozenset(_stem(noun) for noun in words("figures", "source_back_nouns"))
_ANAPHORA = re.compile(
    r"\b" + opening_any(["according", "based", "cited", "citing", "the", "this", "these", "those", "customs"])
    + rf"(?:(?:according\s+to|based\s+on|cited\s+by|citing)\s+(?:(?:the|this|these)\s+(?P<mods>{_BACK})|(?P<customs>(?:(?:official|preliminary)\s+)?customs\s+)){_BACK_OR_PROGRAMME}\b"
    rf"|\b(?:(?:the|this|these|those)\s+(?P<mods2>{_BACK})|(?P<customs2>customs\s+)){_BACK_OR_PROGRAMME}\s+(?:of\s+(?:[\w-]+\s+){{1,6}}?)?(?:\w+\s+){{0,2}}?"
    rf"{alternation('figures', 'source_back_verbs')}\b)",
    re.IGNORECASE,
)
# Data cited with only lowercase words before them: "tanker-tracking data", "trade figures".
_UNNAMED_DATA = re.compile(
    rf"\b(?P<mods>(?!(?:the|this|these|those|its|their|his|her|our|such)\b)(?:[a-z][\w-]*\s+){{1,2}})(?P<noun>{_BACK_NOUNS})\b"
)
# ("trade ministry figures show": the body's data with no possessive, the noun at once.)
_BODY_DATA = re.compile(
    rf"\b{opening_any(words('figures', 'unnamed_body_nouns'))}(?P<body>{alternation('figures', 'unnamed_body_nouns')})(?:(?:’s|'s)\s+(?:[a-z][\w-]*\s+){{0,2}}|\s+){_DATA_NOUNS}\b", re.IGNORECASE
)
# "data from the petroleum regulator showed": an unnamed body's data, the paragraph's state's.
_DATA_FROM_BODY = re.compile(
    rf"\b{_DATA_OPENERS}{_DATA_NOUNS}\s+{_LINK}\s+the\s+(?:[a-z][\w’'-]*\s+){{0,3}}"
    rf"(?P<body>{alternation('figures', 'unnamed_body_nouns')})\b",
    re.IGNORECASE,
)
# "the firm's data showed", "the company's figures", "according to company documents": the
# data of the organisation the description stands for (as "the firm estimated").
_DESCRIBED_DATA = re.compile(
    rf"\b(?:(?:the|its)\s+(?:[a-z-]+\s+)?{alternation('figures', 'organisation_descriptions')}(?:’s|'s)|company)\s+(?:[a-z][\w-]*\s+){{0,2}}{_DATA_NOUNS}\b",
    re.IGNORECASE,
)
# "…, its data showed", "according to its internal shipping documents": the data of the
# organisation the sentence is about, its subject ("Grid operator Enagas sent …, its data
# showed" is Enagas's, whatever else the sentence names).
_ITS_DATA = re.compile(
    rf"\b(?:according\s+to\s+its\s+(?:[a-z][\w-]*\s+){{0,3}}?{_DATA_NOUNS}"
    rf"|its\s+(?:[a-z][\w-]*\s+){{0,3}}?{_DATA_NOUNS}\s+{alternation('figures', 'source_back_verbs')})\b"
)
# "the department's data showed": the data of the body the noun heads the name of.
_HEADED_DATA = re.compile(rf"\b[Tt]he\s+(?P<noun>[a-z]+)(?:’s|'s)\s+(?:[a-z][\w-]*\s+){{0,2}}{_DATA_NOUNS}\b")
_THE_NOUN = re.compile(r"[Tt]he\s+(?P<noun>[a-z]+)\b")
_STATEMENT_NOUNS = alternation("figures", "source_statement_nouns")
_STATEMENT = re.compile(
    rf"\b{opening_any(['the', 'a', 'its', 'this', 'that', 'according'])}(?:(?:the|a|an|its|this|that)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_STATEMENT_NOUNS}\s+(?:\w+\s+){{0,2}}?"
    rf"{alternation('figures', 'source_statement_verbs')}|according\s+to\s+(?:the|its|this|that)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_STATEMENT_NOUNS}"
    # "according to secondary sources cited in the report": what the report carries
    rf"|according\s+to\s+(?:[a-z][\w-]*\s+){{1,3}}?(?:cited\s+|quoted\s+|given\s+)?in\s+(?:the|its|this|that)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_STATEMENT_NOUNS})\b",
    re.IGNORECASE,
)
_STATED = re.compile(rf"\b{opening_any(['in', 'issued', 'released'])}(?:in|issued|released)\s+(?:a|an|its|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_STATEMENT_NOUNS}\b", re.IGNORECASE)
_MEMBERS = re.compile(
    rf"\b{opening_any(words('figures', 'source_members'))}{alternation('figures', 'source_members')}\s+(?:(?:polled|surveyed)\s+)?(?:in|for|to|of)\s+(?:the|this|that)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}}?{_BACK_NOUNS}\b",
    re.IGNORECASE,
)
_GOVERNMENT_DATA = re.compile(
    rf"\b{alternation('figures', 'state_data_modifiers')}\s+(?:{_BACK_NOUNS}|{_STATEMENT_NOUNS})\b", re.IGNORECASE
)
# Each data reader above (a provider, a reference back, unnamed data, a survey's members, a
# body's data) needs one of these nouns in the sentence, and most sentences name none: one
# test for them all costs less than any one of those scans. A noun of two words ("loading
# plan") is tested by its last one.
_DATA_WORDS = tuple(sorted({
    noun.split()[-1]
    for noun in words("figures", "source_data_nouns") | words("figures", "source_programme_nouns") | words("figures", "source_back_nouns")
}))
# The letters re.IGNORECASE matches with an ASCII one that str.lower() does not lower to it
# alone ("İ" becomes "i" and a combining dot).
_IGNORECASE_FOLDS = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


@lru_cache(maxsize=64)
def _names_data(text: str) -> bool:
    """Whether ``text`` holds, in any case, a noun the data readers need (a sentence's
    text is asked by several of them)."""
    lowered = text.lower() if text.isascii() else text.translate(_IGNORECASE_FOLDS).lower()
    return any(noun in lowered for noun in _DATA_WORDS)


_SAME_PROVIDER = re.compile(rf"(?:{alternation('figures', 'source_back_modifiers')}\s+)+", re.IGNORECASE)
_TRACKED = re.compile(rf"(?:{alternation('figures', 'source_back_tracking_modifiers')}\s+)+", re.IGNORECASE)
# ("According to the consortium, …": a bare "the" stays with the description it opens,
# which :meth:`Sources._name_at` resolves.)
_ACCORDING = re.compile(rf"\b(?:[Aa]ccording\s+to|[Cc]ited\s+by)\s+(?:(?:the\s+)?(?:{_FIRM}|{_DESCRIBED})|the\s+(?=[A-Z]))?")
# "…, the Economic Times reported, citing ship tracker Kpler": the provider an outlet relays
# wins over the outlet.
_RELAYED = re.compile(rf"\b(?:{alternation('figures', 'source_relaying_participles')})\s+(?:the\s+)?(?:{_FIRM}|{_DESCRIBED})?(?=[A-Z])")
# "…, the sources said, citing a Ministry of Commerce notice": the body whose paper the
# speakers relay, named with "a" (as "citing the ministry" is without one).
_RELAYED_PAPER = re.compile(
    rf"\b(?:{alternation('figures', 'source_relaying_participles')})\s+an?\s+(?P<name>{_NAME})\s+{alternation('figures', 'source_relayed_papers')}\b"
)
_ACCORDING_OPENING = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]ited\s+by)\b")
_DESCRIPTIONS = words("figures", "organisation_descriptions")
_PROVIDER_KINDS = words("figures", "provider_descriptions")
_REFERRING = re.compile(rf"(?:[Tt]he\s+)(?:[a-z-]+\s+)?{alternation('figures', 'organisation_descriptions')}\b")
# "according to the ministry", "the oil ministry said": the ministry named before.
_THE_MINISTRY = re.compile(r"(?:[Tt]he\s+)?(?:[a-z]+\s+){0,2}?ministry\b")
_PRONOUNS = words("figures", "speaker_pronouns")
_TITLES = words("figures", "speaker_titles")
_BODIES = words("figures", "unnamed_body_nouns")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_UNOWNED_PAPERS = words("figures", "source_unowned_papers")
_PLACE_PREPOSITIONS = words("figures", "place_prepositions")
_PORTIONS = words("figures", "supplier_portions")
_OWN_EXPORT_FLOWS = words("figures", "flow_export")
_BODY_SPEAKERS = words("figures", "body_speaker_nouns")
_STATE_SPEAKERS = _BODY_SPEAKERS | words("figures", "state_speaker_nouns")
# "Oil Ministry spokesman …", "…, a spokesman for the oil ministry": a name titled by an
# office of a government body (its words before the name, or an apposition after it).
_OFFICE_BEFORE = re.compile(
    rf"\b(?:[\w'’-]+\s+){{0,3}}?{alternation('voices', 'government_body_words')}\s+(?:[\w-]+\s+)?"
    rf"{alternation('figures', 'body_speaker_nouns')}\s+$",
    re.IGNORECASE,
)
_OFFICE_AFTER = re.compile(
    rf"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{alternation('figures', 'body_speaker_nouns')}\s+(?:for|of|at|with)\s+"
    rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{alternation('voices', 'government_body_words')}\b",
    re.IGNORECASE,
)
# ", an analyst at UBS", ", chief economist with Rystad Energy": up to four words of title.
# (The employer is a name or a description: "head of research at Kpler" is Kpler's,
# "a senior analyst at the firm" the firm's.)
_APPOSED_EMPLOYER = re.compile(
    rf"\s*,\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{1,4}}?(?:at|with|of|for)\s+(?:the\s+)?"
    rf"(?=[A-Z]|(?:[a-z][\w-]*\s+)?{alternation('figures', 'organisation_descriptions')}\b)"
)
# ", founder of consultancy Energy Aspects": a description of the employer, then its name.
_DESCRIBED_NAME = re.compile(rf"(?:[a-z][\w-]*\s+){{0,2}}?{alternation('figures', 'organisation_descriptions')}\s+(?=[A-Z])")
# " of Vortexa", " at Rystad" right after a name; ", a Vortexa analyst" (its title after).
_LINKED_EMPLOYER = re.compile(r"(?:\s+(?P<link>of|at|with|from)\s+|\s*,\s*(?:an?|the)\s+)(?:the\s+)?(?=[A-Z])")
# ", Kpler's lead research analyst": the employer owns the title after the name.
_POSSESSOR_TITLE = re.compile(r"\s*,\s*(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}?)(?:’s|'s|(?<=s)[’'])\s+(?P<title>(?:[a-z-]+\s+){0,3}[a-z-]+)\b")
_EMPLOYER_TITLES = words("figures", "employer_titles")
_TITLE_OPENERS = _EMPLOYER_TITLES | words("figures", "title_openers")
# "Naftogaz chief executive ": a capitalised name, then a title in lower case, ending where
# the person's name starts.
_TITLED_BY = re.compile(r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:’s|'s)?\s+(?P<title>(?:[a-z-]+\s+){1,4})$")
_FLOW_PLACE = re.compile(r"\b(?:from|(?<!according\s)to|into|via|through)\s+(?:the\s+)?$", re.IGNORECASE)
_ITS_TITLE = re.compile(r"\b[Ii]ts\s+(?P<title>(?:[a-z-]+\s+){1,3})$")


def _past_description(text: str, at: int) -> int:
    """Where the employer's name begins after an apposition's "at"/"of": past a description
    of it ("co-founder of consultancy Energy Aspects")."""
    described = _DESCRIBED_NAME.match(text, at)
    return described.end() if described is not None else at


def _titled_possessor(text: str, end: int) -> re.Match | None:
    """", Kpler's lead research analyst" right after a name: the owner of an employer's title."""
    possessor = _POSSESSOR_TITLE.match(text, end)
    return possessor if possessor is not None and set(possessor.group("title").split()) & _EMPLOYER_TITLES else None


_REPORTING_VERBS = words("speech", "figure_sources")
_CLAUSAL_REPORTING = words("speech", "clausal_figure_sources")
_OWN_VIEWS = words("figures", "source_view_nouns")
_VIEW_VERBS = words("figures", "source_view_verbs")
_CONTRASTS = words("figures", "contrast_links")
_NOT_NAMES = words("figures", "not_names")
_CONTINUATIONS = re.compile(
    rf"\W*{alternation('figures', 'continuation_openers')}\b",
    re.IGNORECASE,
)
# "according to traders", "according to industry sources": an attribution to nobody named.
_UNNAMED_ACCORDING = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]ited\s+by|[Cc]iting)\s+(?:the\s+|some\s+|several\s+|two\s+|three\s+)?[a-z]")


# Mentions a look-back for a speaker, body or employer walks over (a few paragraphs' worth).
_LOOKBACK = 120


@dataclass(slots=True, frozen=True)
class Attribution:
    """Who a figure is attributed to: ``source`` as the table names it, and its voice."""

    source: str
    actor: str | None
    country: str | None  # ISO3 of the state it speaks for


@dataclass(slots=True, frozen=True)
class Said:
    """The speaker of a quote or a reporting verb: name, the mention's country, voice."""

    name: str | None
    country: str | None
    voice: Voice | None


def _written_body(name: str, start: int, end: int) -> ActorMention:
    """A body's name written at [start, end) that no actor mention covers, as a mention of
    an organisation the table does not place, so a mentioned body's rules can place it."""
    return ActorMention("", start, end, name, name, "organisation", None, None, "written")


class Sources:
    """Sources of the sentences of one article, read in text order."""

    def __init__(
        self, mentions: list[ActorMention], actor_table: ActorTable, text: str | None = None, *,
        figure_starts: list[int] = (), described: list[tuple[int, str]] = (), home: str | None = None,
    ):
        """``home``: the state of the story's dateline."""
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.home = home
        # (start, ISO3) of descriptions the flows resolved to a state: "the kingdom", "the
        # OPEC member" (the flows' reading, so that both tables name one state).
        self._described_states = dict(described)
        self.text = text  # the Doc's text, read once: Doc.text joins every token on each access
        self.actor_table = actor_table
        self.providers: list[str] = []  # providers named so far, in order
        self._programmes: list[str] = []  # the issuers of loading programmes named so far, in order
        self._voices: dict[str, Voice | None] = {}  # source name -> voice of the mention named so
        self._paragraph_starts: list[int] | None = None
        self._read_up_to = 0  # token index: sentences before it are read
        # (paragraph, sentence, own source, names an unnamed source) of sentences read whose
        # paragraph is not resolved yet; the source each paragraph ended with.
        self._own: list[tuple[int, Span, str | None, bool]] = []
        self._ended: dict[int, str | None] = {}
        self._first_figure = min(figure_starts, default=None)  # where the article's figures begin
        self._closing: set[int] = set()  # sentences whose source is named after them
        self._cache: dict[int, str | None] = {}
        self._quotes: list[tuple[int, int]] | None = None  # quoted spans, found on first use
        self._speakers: dict[int, Said | None] = {}
        self._starts: list[int] | None = None
        self._definitions: dict[str, Definition] | None = None  # abbreviations the text defines, found on first use
        self._ends: list[int] | None = None
        self._doc = None  # the Doc, known from the first sentence read
        self._unnamed_data: list[tuple[int, str]] = []  # (position, noun stem) of data cited for nobody
        self._provided_at = -1  # position of the last provider named
        self._said_last: tuple[int, str] | None = None  # (position, name) of the last source a sentence named
        self._own_at: dict[int, str] = {}  # sentence start -> the source the sentence itself names
        self._stated: tuple[int, str] | None = None  # (position, name) of the last source that put out a statement
        self._people: set[str] = set()  # source names that are people ("it said" is none of them)
        self._before: dict[int, str | None] = {}  # sentence start -> the source its paragraph had before its own
        # (position read up to, index of the next mention, organisation -> [count, last start])
        self._organisations: tuple[int, int, dict[str, list[int]]] = (-1, 0, {})
        self._states: tuple[int, int, dict[str, list[int]]] = (-1, 0, {})  # the same, of states named

    def state_name(self, iso3: str) -> str:
        """How a state's own voice is named as a source actor ("China" for its customs)."""
        return self.actor_table.country_name(iso3) or iso3

    def for_figure(self, figure: Span, sentence: Span, capacity: bool = False) -> Attribution | None:
        """A figure inside a quote is its speaker's; any other takes its sentence's source
        (a capacity only its own or an earlier one: a plant's size is background, not the
        data an attribution closing the paragraph reports)."""
        speaker = self.quote_speaker(figure)
        source = self.for_sentence(sentence)  # read anyway: it records the providers named
        if capacity and sentence.start in self._closing:
            source = None
        if source is not None:
            # "…, Vortexa estimates showed, while Kpler put the figure at 1.25 million bpd":
            # a second source in the sentence, whose own verb governs the figure; the
            # figure of the main clause keeps the source it had before ("Nigeria's output
            # slipped to 1.52 million bpd, while a Platts survey put it at 1.49 million").
            governing = self._governing_speaker(figure, sentence)
            if governing:
                source = governing
            elif sentence.start in self._before and self._named_beside(source, figure, sentence):
                source = self._before[sentence.start]
        if speaker is not None:
            if not speaker.name:
                return None
            voice = speaker.voice
            return Attribution(speaker.name, voice.actor if voice else speaker.name, voice.state if voice else None)
        return self.attribution(source)

    def _last_speaker(self, offset: int) -> str | None:
        """Who put out the statement or report a sentence at ``offset`` points back to:
        the last source that spoke "in a statement/report" in its paragraph or the one
        before, else the last source named there."""
        for said in (self._stated, self._said_last):
            if said is not None and self._paragraph(offset) - self._paragraph(said[0]) <= 1:
                return said[1]
        return None

    def _named_beside(self, source: str, figure: Span, sentence: Span) -> bool:
        """The sentence names ``source`` only in a clause set against the figure's own
        (a "while …"/"but …" clause with a subject of its own that does not hold the figure)."""
        at = span_text(sentence).find(source)
        if at < 0:
            return False
        named = self._doc.char_span(sentence.start_char + at, sentence.start_char + at + len(source), alignment_mode="expand")
        if named is None:
            return False
        token = named.root
        for _ in range(2 * WINDOW):
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)  # not "…, citing figures from SOMO"
        if token.dep_ not in ("advcl", "conj") or not own_subject or token.is_ancestor(figure.root) or token.i == figure.root.i:
            return False
        # Set against the figure's clause ("…, while a Platts survey put it at …"), not a
        # closing attribution the parser hung beside it ("…, the minister was quoted as saying").
        opening = token.left_edge.i
        return any(t.lower_ in _CONTRASTS for t in sentence.doc[max(sentence.start, opening - 2) : opening + 1])

    def _governing_speaker(self, figure: Span, sentence: Span) -> str | None:
        """The named subject of the reporting verb right above the figure, when that verb
        stands in a clause of its own beside the sentence's main one."""
        token = figure.root
        for _ in range(2 * WINDOW):
            if token.head.i == token.i:
                return None  # the main clause's verb: the sentence's source is its own
            token = token.head
            if _reports(token) and token.pos_ in ("VERB", "AUX"):
                break
        else:
            return None
        if token.dep_ not in ("conj", "advcl"):
            return None
        for child in token.children:
            if child.dep_ != "nsubj":
                continue
            if child.pos_ == "PROPN":
                return self._named(child) or self._organisation_entity(child)
            # "a separate Platts survey put it at …": the provider the subject names.
            subject = sentence.doc[child.left_edge.i : child.i + 1]
            return self._provider(span_text(subject), subject.start_char)[0]
        return None

    def attribution(self, source: str | None) -> Attribution | None:
        """The :class:`Attribution` of a source name this reader gave."""
        if not source:
            return None
        voice = self._voices.get(source) or voice_of_name(source, self.actor_table)
        return Attribution(source, voice.actor, voice.state)

    def quote_speaker(self, figure: Span) -> Said | None:
        """Whoever speaks the quote that holds ``figure`` (name, country, voice), if any."""
        quote = self._quote_at(figure)
        if quote is None:
            return None
        if quote[0] not in self._speakers:
            self._speakers[quote[0]] = self._attribution(figure.doc, quote)
        return self._speakers[quote[0]]

    def _quote_at(self, figure: Span) -> tuple[int, int] | None:
        if self.text is None:
            self.text = doc_text(figure.doc)
        if self._quotes is None:  # a figure inside quoted words is the speaker's
            self._quotes = [(start, end) for start, end in quoted_ranges(self.text) if end - start > 20]
        start = figure.start_char
        index = bisect.bisect_right(self._quotes, (start, len(self.text))) - 1
        if index >= 0 and self._quotes[index][0] < start < self._quotes[index][1]:
            return self._quotes[index]
        return None

    def _attribution(self, doc, quote: tuple[int, int]) -> Said | None:
        """The speaker of a quote: the reporting verb's subject in the sentence that
        closes it, else in the paragraph's other sentences (nearest first); "he" and
        "the minister" resolve to the person named before."""
        text = self.text if self.text is not None else doc_text(doc)
        lo = text.rfind("\n\n", 0, quote[0]) + 1
        hi = text.find("\n\n", quote[1])
        hi = len(text) if hi < 0 else hi
        closing = doc.char_span(max(quote[1] - 1, 0), quote[1], alignment_mode="expand")
        if closing is None:
            return None
        token = closing[0]
        current = sent(token)
        for candidate in (current,) + tuple(self._paragraph_sentences(doc, lo, hi, current)):
            found = self._reporter(candidate)
            if found:
                return found
        return None

    def _paragraph_sentences(self, doc, lo: int, hi: int, current: Span):
        """The paragraph's sentences other than ``current``: those after it, then before."""
        after, before = [], []
        position = current.end
        while position < len(doc) and doc[position].idx < hi:
            following = sent(doc[position])
            after.append(following)
            position = following.end
        position = current.start - 1
        while position >= 0 and doc[position].idx >= lo:
            preceding = sent(doc[position])
            before.append(preceding)
            position = preceding.start - 1
        return after + before

    def _said(self, mention: ActorMention) -> Said:
        name = self._actor_name(mention)
        return Said(name, mention.country, self._voices.get(name) if name else None)

    def _reporter(self, sentence: Span) -> Said | None:
        for token in tokens_in(sentence, _SUBJECT_DEPS, attr="DEP"):
            if not _reports(token.head):
                continue
            if self._quote_at(sentence.doc[token.i : token.i + 1]) is not None:
                continue  # a subject inside the quote ("we expect")
            mention = self._covering(token)
            if mention is not None and (mention.actor_type in ("person", "organisation") or _state_group(mention) or _a_state(mention)):
                return self._said(mention)
            if token.lower_ in _BODY_SPEAKERS:
                # "an oil ministry official said", "an official at the ministry said": the ministry's voice.
                token = _body_of_speaker(token) or token
            if token.lower_ in _PRONOUNS:
                mention = self._last_mention(token.idx, lambda m: m.actor_type == "person")
            elif token.lower_ in _TITLES:
                title = token.lower_
                mention = self._last_mention(token.idx, lambda m: m.actor_type == "person" and title in m.text.lower())
            elif body := _body_noun(token):
                mention = self._last_mention(token.idx, lambda m: _is_body(m, body) and self._of_kind(m, token))
                if mention is None:
                    return self._unnamed_body(token)
            else:
                mention = None
            if mention is not None:
                return self._said(mention)
        return None

    def _of_kind(self, mention: ActorMention, token) -> bool:
        """A body named before is the one "the petroleum ministry" points to only when it is
        of that kind (not Israel's energy ministry of the sentence before); a body noun with
        no modifier ("the ministry") points to any."""
        modifiers = [t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod") and t.pos_ in ("NOUN", "PROPN", "ADJ")]
        if not modifiers:
            return True
        kind = self.actor_table.body_kind(" ".join(modifiers + [token.lower_])) or ""
        wanted = (set(modifiers) | set(kind.lower().split())) - {token.lower_}
        named = set(re.findall(r"\w+", f"{mention.actor} {mention.text}".lower()))
        return not wanted.isdisjoint(named)

    def _unnamed_at(self, start: int, end: int, named: str | None = None) -> str | None:
        """The name :meth:`_unnamed_body` gives the body written at ``[start, end)``."""
        span = self._doc.char_span(start, end, alignment_mode="expand") if self._doc is not None else None
        # (A body's name ends with its noun: "central bank"; a "government data" match opens with it.)
        said = self._unnamed_body(span[0] if named else span[-1], named=named) if span is not None and len(span) else None
        return said.name if said else None

    def _unnamed_body(self, token, named: str | None = None) -> Said | None:
        """"The oil ministry said", "the country's energy ministry said" with no ministry
        named before, "customs data showed", "the customs agency said", "government data
        showed" (``named``: "customs", "government"): the body of the
        state its own paragraph names (:meth:`_own_state`), else of the last minister
        named, else of the dateline's state once named (:meth:`_named_home`), else of the
        state the article has named most so far (a Guyana story's
        "the finance ministry said", not the Netherlands a buyer paragraph named last)."""
        regional = self._regional_voice(token.idx, token.idx + len(token.text))
        if regional is not None:
            name = f"{regional.actor} {token.text}"  # "the natural resources ministry of the Kurdistan Region"
            self._voices.setdefault(name, regional)
            return Said(name, regional.state, regional)
        # (Customs count what comes in: "customs data showed Russia stayed the top
        # supplier" are the customs of the state the story is about, not Russia's.)
        state = self._own_state(token, after=named != "customs")
        if state is None and named == "customs":
            state = self._main_state(token.idx)
        if state is None:
            official = self._last_mention(token.idx, lambda m: m.actor_type == "person" and m.state and "minister" in m.text.lower())
            state = official.state if official else None
        if state is None:
            state = self._named_home(token.idx) or self._main_state(token.idx)
        if state is None:
            return None
        if named:
            name = f"{self.state_name(state)} {named}"  # "China customs", "Guyana government"
        else:
            words_before = [t.text for t in token.lefts if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ in ("compound", "amod")]
            kind = self.actor_table.bodies.get(" ".join(words_before + [token.text]).lower()) or token.lower_
            name = self.actor_table.body_name(kind, state)
        self._voices.setdefault(name, Voice(self.state_name(state), state))
        return Said(name, state, self._voices[name])

    def _named_home(self, before: int) -> str | None:
        """The dateline's state, once the text has named it (as a state, or in a body's name:
        "Bank of Uganda"): a "KAMPALA -" story's "the energy ministry said" in a paragraph
        naming no state is Uganda's, however often a transit state or seller was named."""
        if self.home is None:
            return None
        written = self.state_name(self.home)
        named = self._last_mention(
            before, lambda m: m.actor_type == "country" and m.state == self.home or m.actor_type == "organisation" and written in m.text
        )
        return self.home if named is not None else None

    def _own_state(self, token, after: bool = True) -> str | None:
        """The state an unnamed body's own paragraph is about: the nearest one named
        before it in the paragraph, else the first named after it in its sentence, as a
        subject, owner or adjective ("Angola's output …, the ministry said", "the ministry
        said Angolan exports …"), not as a place a flow goes to or comes from."""
        paragraph = self._paragraph(token.idx)
        lo = self._paragraph_starts[paragraph]
        sentence = sent(token)

        def owns(mention: ActorMention) -> bool:
            if mention.actor_type == "person" and "minister" not in mention.text.lower():
                return False
            return mention.actor_type in ("country", "person") and self._speaks_of(mention, token.doc)

        before = self._last_mention(token.idx, lambda m: m.start < lo or owns(m))
        if before is not None and before.start >= lo:
            return self._opening_home(lo, token.doc) or before.state
        for mention in self._overlapping(token.idx, sentence.end_char) if after else ():
            if mention.start > token.idx and owns(mention):
                return mention.state
        return None

    def _opening_home(self, lo: int, doc) -> str | None:
        """The dateline's state where its paragraph opens with it as the subject ("OSLO -"
        story: "Norway … sends its crude to refiners in Britain … and the UK. The energy
        ministry expects …"): the paragraph is about it, not the buyers it names after."""
        if self.home is None:
            return None
        first = next((m for m in self._overlapping(lo, lo + 1) if m.start == lo), None)
        if first is None or first.actor_type != "country" or first.state != self.home:
            return None
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        return self.home if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") else None

    @staticmethod
    def _speaks_of(mention: ActorMention, doc) -> bool:
        """A state's mention that can be a body's own state: not inside a place a flow
        goes to, comes from or passes ("exports to India", "to Germany's Schwedt
        refinery", "across Russia and Belarus"), nor what a "with" clause adds ("…, with
        China taking 46% of the volume": a buyer); a place it happens in may be ("In
        Angola, output …")."""
        if not mention.state:
            return False
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        if token.dep_ == "nsubj" and token.head.dep_ == "pcomp" and token.head.head.lower_ == "with":
            return False
        adjective = token.dep_ == "amod"
        for _ in range(4):  # up the noun phrase: "Germany's Schwedt refinery", "Russia and Belarus"
            if token.dep_ not in ("poss", "compound", "amod", "conj", "appos", "nmod") or token.head.i == token.i:
                break
            if token.dep_ == "poss" and token.head.lower_ in _PORTIONS:
                return False  # "Russia's share of Turkish imports": a supplier's part of another's trade
            token = token.head
            if adjective and any(c.dep_ == "poss" for c in token.children):
                return False  # "India's Russian oil imports": the owner's, not the oil's origin
        if token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lemma_.lower() in _OWN_EXPORT_FLOWS:
            return True  # "exports from Iraq's southern terminals …, the ministry said": the seller's own
        return not (token.dep_ == "pobj" and token.head.lower_ not in _PLACE_PREPOSITIONS)

    def speaker_state(self, sentence: Span) -> str | None:
        """The state whose official or ministry the sentence is attributed to ("…, Kuwait's
        oil minister said", "the ministry said", "Iraq said"): a state speaking of exports
        speaks of its own. Data providers and outlets are not states' voices."""
        for token in tokens_in(sentence, _SUBJECT_DEPS, attr="DEP"):
            if not _reports(token.head):
                continue
            if self._quote_at(sentence.doc[token.i : token.i + 1]) is not None:
                continue
            mention = self._covering(token)
            if mention is None and (token.lower_ in _PRONOUNS | _TITLES or _body_noun(token)):
                for child in token.children:
                    if child.dep_ == "poss":
                        owner = self._covering(child)
                        if owner is not None and owner.actor_type == "country":
                            return owner.country
                found = self._reporter(sentence[token.i - sentence.start : token.i - sentence.start + 1])
                if found is not None and found.country and _body_noun(token):
                    return found.country  # "the ministry said": the state it was resolved to
                mention = self._last_mention(token.idx, lambda m: self._actor_name(m) == found.name) if found else None
            if mention is not None and _state_group(mention):
                return mention.state  # "Saudi officials said"
            if mention is None or not mention.country:
                continue
            if mention.actor_type == "person":
                # (A person who holds no office speaks for no state: "…, said X, head of
                # research at Kpler" is not France's voice.)
                state = mention.state or self._titled_official(mention)
                if state:
                    return state
                continue
            if mention.actor_type == "country" or _is_ministry(mention):
                return mention.country
        return None

    def _covering(self, token):
        start, end = token.idx, token.idx + len(token.text)
        covering = [m for m in self._overlapping(start, end) if m.start <= start and end <= m.end]
        return max(covering, key=lambda m: m.end - m.start) if covering else None

    def _last_mention(self, before: int, accept):
        """The last mention ending by ``before`` that ``accept`` takes: found by bisection,
        then walking back over at most :data:`_LOOKBACK` mentions (a speaker, body or
        employer is named within that; the bound keeps an article linear in length)."""
        if self._ends is None:
            self._ends = [m.end for m in self.mentions]
        index = bisect.bisect_right(self._ends, before) - 1
        stop = max(index - _LOOKBACK, -1)
        while index > stop:
            if accept(self.mentions[index]):
                return self.mentions[index]
            index -= 1
        return None

    def for_sentence(self, sentence: Span) -> str | None:
        """The sentence's own source, else the one its paragraph gives it (module
        docstring). Sentences are read in text order, figures or not, up to the end of the
        sentence's paragraph, so that the providers named so far and an attribution
        closing the paragraph ("…, the data showed.") are known."""
        if sentence.start in self._cache:
            return self._cache[sentence.start]
        doc = sentence.doc
        self._doc = doc
        if self.text is None:
            self.text = doc_text(doc)  # paragraphs are found in the text once
        paragraph = self._paragraph(sentence.start_char)
        while self._read_up_to < len(doc):
            following = sent(doc[self._read_up_to])
            if self._paragraph(following.start_char) > paragraph:
                break
            own = self._read(following)
            if own is not None:
                self._said_last = (following.start_char, own)
                self._own_at[following.start_char] = own
                if _STATED.search(span_text(following)):
                    self._stated = (following.start_char, own)  # "…, Aramco said in a pricing statement"
            unnamed = own is None and self._names_unnamed_source(following)
            self._own.append((self._paragraph(following.start_char), following, own, unnamed))
            self._read_up_to = max(following.end, self._read_up_to + 1)
        self._resolve_paragraphs()  # the loop read the sentence's paragraph to its end
        return self._cache.get(sentence.start)

    def _resolve_paragraphs(self) -> None:
        """Give every sentence read so far its source, paragraph by paragraph: its own;
        else the last named before it in the paragraph; else, opening a continuation, the
        one the paragraph before ended with; else the first named after it in the
        paragraph. An unnamed attribution ("traders said") keeps its sentence, and the
        ones waiting before it, without a source."""
        while self._own:
            paragraph = self._own[0][0]
            entries = [entry for entry in self._own if entry[0] == paragraph]
            self._own = [entry for entry in self._own if entry[0] != paragraph]
            last: str | None = None
            waiting: list[int] = []  # sentences before any source of the paragraph
            for index, (_, sentence, own, unnamed) in enumerate(entries):
                if own is not None:
                    self._before[sentence.start] = last
                    self._cache[sentence.start] = last = own
                    # Only an attribution after the sentence's figures closes the ones
                    # before ("…, the data showed."); "The ministry said output was …" opens
                    # its own.
                    closes = not _opens(sentence)
                    for start in waiting:
                        self._cache[start] = own if closes else None
                        if closes:
                            self._closing.add(start)
                    waiting = []
                elif unnamed:
                    self._cache[sentence.start] = None
                    for start in waiting:
                        self._cache[start] = None
                    waiting = []
                elif last is not None:
                    self._cache[sentence.start] = last
                elif index == 0 and self._ended.get(paragraph - 1) and (self._continues(sentence) or self._lede_before(paragraph)):
                    self._cache[sentence.start] = last = self._ended[paragraph - 1]
                else:
                    waiting.append(sentence.start)
            for start in waiting:
                self._cache[start] = None
            self._ended[paragraph] = last

    def _paragraph(self, position: int) -> int:
        if self._paragraph_starts is None:
            text = self.text or ""
            self._paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]
        return bisect.bisect_right(self._paragraph_starts, position) - 1

    def _lede_before(self, paragraph: int) -> bool:
        """The paragraph before is the lede: no figure stands in it or before it, so it
        announces what the next one details ("Nigeria's output climbed in September, the
        regulator said." then the numbers). A paragraph without figures later in the
        story (a quote, background) announces nothing: its source is its own."""
        hi = self._paragraph_starts[paragraph]
        return self._first_figure is None or self._first_figure >= hi

    def _continues(self, sentence: Span) -> bool:
        """The sentence opens its paragraph as a continuation of the one before."""
        starts = self._paragraph_starts or [0]
        opening = starts[self._paragraph(sentence.start_char)]
        text = self.text or ""
        return text[opening : sentence.start_char].strip() == "" and _CONTINUATIONS.match(span_text(sentence)) is not None

    def _names_unnamed_source(self, sentence: Span) -> bool:
        """"…, traders said", "according to industry sources": an attribution the sentence
        makes to nobody named (a reference back to data is not one: it points to a source)."""
        text = span_text(sentence)
        reference = _names_data(text) and _ANAPHORA.search(text)
        if reference:
            return self._points_to_unnamed(reference, sentence.start_char)  # "the data showed", of unnamed data
        if _UNNAMED_ACCORDING.search(text):
            return True
        for token in tokens_in(sentence, _SUBJECT_DEPS, attr="DEP"):
            if not _reports(token.head):
                continue
            if token.pos_ == "PRON" or self._quote_at(sentence.doc[token.i : token.i + 1]) is not None:
                continue
            return True
        return False

    # -- the readers ------------------------------------------------------------------
    def _read(self, sentence: Span) -> str | None:
        text, offset = span_text(sentence), sentence.start_char
        provider, position, programme = self._provider(text, offset)
        self._note_unnamed_data(text, offset)
        if provider:
            self.providers.append(provider)
            if programme:
                self._programmes.append(provider)
            self._provided_at = offset + position
            return provider
        anaphoric, unresolved = self._anaphora(text, offset)
        if anaphoric:
            self.providers.append(anaphoric)
            return anaphoric
        by_customs = _BY_CUSTOMS.search(text)
        if by_customs:
            # "a breakdown by supplier, published by customs last month, showed …"
            name = self._unnamed_at(offset + by_customs.start("customs"), offset + by_customs.end("customs"), named="customs")
            if name:
                self.providers.append(name)
                return name
        if self.providers and _names_data(text) and _MEMBERS.search(text):
            return self.providers[-1]  # "sources in the survey put …": the survey's
        body_data = _names_data(text) and (_BODY_DATA.search(text) or _DATA_FROM_BODY.search(text))
        if body_data:
            # "the trade ministry's preliminary data showed": that ministry, named before or
            # the one of the paragraph's state.
            body = body_data.group("body").lower()
            mention = self._last_mention(offset + body_data.start("body"), lambda m: _is_body(m, body))
            name = self._actor_name(mention) if mention is not None else self._unnamed_at(offset + body_data.start("body"), offset + body_data.end("body"))
            if name:
                self.providers.append(name)  # "the regulator's figures showed …; the data showed"
                return name
        described = _names_data(text) and _DESCRIBED_DATA.search(text)
        if described:
            name = self._described(offset + described.start())
            if name:
                self.providers.append(name)
                return name
        its = _names_data(text) and _ITS_DATA.search(text)
        if its:
            name = self._subject_organisation(sentence, offset + its.start())
            if name:
                self.providers.append(name)  # "…, its data showed. … the data showed"
                return name
        headed = _names_data(text) and _HEADED_DATA.search(text)
        if headed:
            name = self._headed_at(offset + headed.start("noun"))  # "the department's data showed"
            if name:
                self.providers.append(name)
                return name
        government = _GOVERNMENT_DATA.search(text)
        if government:
            # "government data showed": the state the paragraph is about.
            name = self._unnamed_at(offset + government.start(), offset + government.end(), named="government")
            if name:
                return name
        # Only now: "a government statement said" is the state's, not the last source named.
        said = self._last_speaker(offset)
        if _STATEMENT.search(text) and said is not None:
            return said  # "the statement said": of the one that put it out, else of the one named before
        for match in _ACCORDING.finditer(text):
            name = self._name_at(text, match.end(), offset)
            if name:
                self.providers.append(name)  # "According to Vortexa, … the data showed"
                return name
        for match in _RELAYED.finditer(text):
            name = self._name_at(text, match.end(), offset)
            if name and self.actor_table.lookup_country(name) is None:  # not "citing U.S. sanctions"
                self.providers.append(name)
                return name
        for match in _RELAYED_PAPER.finditer(text):
            name = self._name_at(text, match.start("name"), offset)
            if name and self.actor_table.lookup_country(name) is None:
                self.providers.append(name)
                return name
        speaker = self._speaker(sentence)
        if speaker is None and unresolved:
            # "the report showed" after "the regulator said in its monthly report", no
            # provider named: the report of the one that spoke.
            return self._last_speaker(offset)
        return speaker

    def _note_unnamed_data(self, text: str, offset: int) -> None:
        """Remember where data nobody is named for were cited ("according to PDVSA
        documents and tanker-tracking data"): "the data showed" after them is theirs."""
        if not _names_data(text):
            return
        for match in _UNNAMED_DATA.finditer(text):
            before = text[: match.start()].rstrip().rsplit(None, 1)
            if before and before[-1][:1].isupper():
                continue  # "Kpler tanker-tracking data": named
            if _SAME_PROVIDER.fullmatch(match.group("mods").split()[-1] + " "):
                continue  # "according to customs data", "official data": a reference back
            if match.group("mods").split()[-1].lower() in _BODIES:
                continue  # "according to ministry data": the body's (_BODY_DATA), named by its noun
            self._unnamed_data.append((offset + match.start(), _stem(match.group("noun"))))

    def _provider(self, text: str, offset: int) -> tuple[str | None, int, bool]:
        """The provider the sentence names, where (in ``text``) and whether what it provides
        is a programme."""
        if not _names_data(text):
            return None, 0, False
        for match in _PROVIDER_BEFORE.finditer(text):
            based = _BASED_ON.search(text, max(0, match.start() - 20), match.start())
            if based and _PROVIDER_AFTER.search(text, max(0, based.start() - 60), based.start()):
                continue  # "Reuters calculations based on data from Entsog": the calculations' maker
            name = self._name_at(text, match.end(), offset)
            if name:
                return name, match.start(), _PROGRAMME_OPENING.match(match.group(0)) is not None
        for match in _PROVIDER_AFTER.finditer(text):
            name_text, name_start = match.group("name"), match.start("name")
            while name_text.split()[0].lower() in _NOT_NAMES and " " in name_text:
                # "A Reuters survey": the name starts after the article
                skipped = len(name_text.split()[0]) + 1
                name_text, name_start = name_text[skipped:].lstrip(), name_start + skipped
            if name_text.split()[0].lower() in _NOT_NAMES:
                continue
            if _PROGRAMME.search(match.group(0)) and self.actor_table.lookup_country(name_text):
                continue  # "Angola's loading programme": the state's, issued by someone named elsewhere
            name = self._canonical(name_text, offset + name_start, offset + match.end("name"), text[match.end("name") :])
            if name:
                if "customs" in match.group("mods").lower() and not name.endswith("customs"):
                    iso3 = self._country_of(offset + match.start("name"), offset + match.end("name"))
                    if iso3:
                        name = f"{self.state_name(iso3)} customs"
                        self._voices.setdefault(name, Voice(self.state_name(iso3), iso3))
                return name, match.start("name"), _PROGRAMME.search(match.group(0)) is not None
        return None, 0, False

    def _anaphora(self, text: str, offset: int) -> tuple[str | None, bool]:
        """The provider "the data showed" points back to: the last one named, unless
        data of the same kind nobody is named for were cited after it; and whether the
        sentence points back with no provider named before to point to."""
        if not _names_data(text):
            return None, False
        for match in _ANAPHORA.finditer(text):
            mods = (match.group("mods") or match.group("mods2") or match.group("customs") or match.group("customs2") or "").lower()
            if mods.strip() and not _SAME_PROVIDER.fullmatch(mods) and not (self.providers and _TRACKED.fullmatch(mods)):
                continue  # "the shipping data": another, unnamed source
            if self._points_to_unnamed(match, offset):
                return None, False
            noun = re.search(_BACK_OR_PROGRAMME, match.group(0), re.IGNORECASE).group(0)
            if self._programmes and _PROGRAMME_OPENING.fullmatch(noun):
                return self._programmes[-1], False
            customs = "customs" in mods
            for provider in reversed(self.providers):
                if not customs or provider.endswith("customs"):
                    return provider, False
            if customs:
                # "customs data showed" with no customs named before: the customs of the
                # state the paragraph is about.
                return self._unnamed_at(offset + match.start(), offset + match.end(), named="customs"), False
            return None, True
        return None, False

    def _points_to_unnamed(self, match: re.Match, offset: int) -> bool:
        noun = _stem(re.search(_BACK_OR_PROGRAMME, match.group(0), re.IGNORECASE).group(0))
        here = offset + match.start()
        for position, stem in reversed(self._unnamed_data):
            if position >= here:
                continue
            return stem == noun and position > self._provided_at
        return False

    def _name_at(self, text: str, position: int, offset: int) -> str | None:
        rest = text[position:]
        ministry = _THE_MINISTRY.match(rest)
        if ministry:
            mention = self._last_mention(offset + position, _is_ministry)
            if mention is not None:
                return self._actor_name(mention)
            # "according to the ministry" after a spokesman's words: the paragraph's state's.
            return self._unnamed_at(offset + position + ministry.end() - len("ministry"), offset + position + ministry.end())
        the_noun = _THE_NOUN.match(rest)
        headed = the_noun and self._headed_at(offset + position + the_noun.start("noun"))
        if headed:
            return headed  # "according to the agency": the one the noun heads the name of
        referring = _REFERRING.match(rest)
        if referring:
            return self._described(offset + position, provider=bool(set(referring.group(0).lower().split()) & _PROVIDER_KINDS))
        match = re.match(_NAME, rest)
        if not match:
            return None
        name_text = match.group(0)
        if name_text.split()[0].lower() in _NOT_NAMES:
            return None
        return self._canonical(name_text, offset + position, offset + position + match.end(), rest[match.end() :], bodies=True)

    def _canonical(self, name_text: str, start: int, end: int, after: str = "", bodies: bool = False) -> str | None:
        """The source's name: an acronym given after it (with the voice of the actor it
        abbreviates), else its actor, else as written. ``bodies``: a group named after an
        organisation stands for it ("according to OPEC secondary sources" -> OPEC);
        elsewhere a group is unnamed people."""
        name_text = re.sub(r"(?:’s|'s)$", "", name_text).strip()
        best = None
        for mention in self._overlapping(start, end):
            overlap = min(end, mention.end) - max(start, mention.start)
            if best is None or overlap > best[0]:
                best = (overlap, mention)
        acronym = re.match(r"\s*\(([A-Z][A-Z0-9&.-]{1,9})\)", after)
        if acronym:
            named = self._actor_name(best[1]) if best is not None else None
            if named is not None and self._voices.get(named) is not None:
                self._voices.setdefault(acronym.group(1), self._voices[named])
            return acronym.group(1)
        if best is not None:
            mention = best[1]
            if bodies and mention.actor_type == "group" and self.actor_table.lookup_country(mention.actor) is None:
                return SOURCE_NAMES.get(mention.actor.lower(), mention.actor)
            return self._actor_name(mention)
        if name_text.endswith(".") and name_text.count(".") == 1:
            name_text = name_text[:-1]  # "… from grid operator Snam.": the sentence's full stop
        name = SOURCE_NAMES.get(name_text.lower(), name_text) or None
        if name is not None and name not in self._voices:
            abbreviated = self._abbreviated_voice(name, start)
            if abbreviated is not None:
                self._voices[name] = abbreviated
            else:
                self._place_written_body(name, start, end)
        return name

    def _place_written_body(self, name: str, start: int, end: int) -> None:
        """"data from the Foreign Trade Secretariat showed" with no actor mention on the
        name: a state's agency keeps its name, placed as a mentioned one is
        (:meth:`_stateless_body`)."""
        if not is_state_agency(name, self.actor_table):
            return
        state = self._stateless_body(_written_body(name, start, end))
        if state is not None:
            self._voices[name] = Voice(name, state)

    def _overlapping(self, start: int, end: int) -> list[ActorMention]:
        """Mentions overlapping [start, end), found by bisection (mentions are sorted)."""
        if self._starts is None:
            self._starts = [m.start for m in self.mentions]
        # Actor mentions never overlap, so their ends are sorted too: walk back until one
        # ends before ``start``.
        found = []
        index = bisect.bisect_left(self._starts, end) - 1
        while index >= 0 and self.mentions[index].end > start:
            found.append(self.mentions[index])
            index -= 1
        return found[::-1]

    def _actor_name(self, mention: ActorMention) -> str | None:
        """The source's name as the table writes it; its voice is remembered beside it."""
        if mention.actor_type == "group":
            if self._body_officials(mention):
                name = SOURCE_NAMES.get(mention.actor.lower(), mention.actor)  # "EU officials": the EU
                self._voices.setdefault(name, Voice(mention.actor, None))
                return name
            if not _state_group(mention):
                return None  # "OPEC+ delegates", "traders": unnamed people
            name = mention.text  # "Saudi officials": the state's people, as written
        elif mention.actor.lower().endswith("customs") and mention.country:
            name = f"{self.state_name(mention.country)} customs"
        else:
            name = SOURCE_NAMES.get(mention.actor.lower(), mention.actor)
        if name not in self._voices and mention.actor_type == "organisation" and is_government_body(mention.actor, self.actor_table):
            regional = self._regional_voice(mention.start, mention.end)
            if regional is not None:
                self._voices[name] = regional  # "Kurdistan's Ministry of Natural Resources"
        if mention.actor_type == "person":
            self._people.add(name)
        if name not in self._voices and mention.actor_type == "organisation" and not mention.state:
            abbreviated = self._abbreviated_voice(mention.text, mention.start)
            if abbreviated is not None:
                self._voices[name] = abbreviated
        if name not in self._voices:
            employer = self._employer(mention)
            state = (self._titled_official(mention) or self._stateless_body(mention)) if employer is None else None
            placed = self._placed_by_story(mention) if employer is None and not state else None
            written = self._employer_written(mention) if employer is None and not state and not placed else None
            # A body known as a state's only by its title ("regulator URE") keeps its name,
            # placed in the state, as a state company does; the state's own bodies are it.
            own_name = state and mention.actor_type == "organisation" and not is_government_body(mention.actor, self.actor_table)
            self._voices[name] = (
                Voice(name, state) if own_name
                else Voice(self.state_name(state), state) if state
                else Voice(name, placed) if placed
                else self._voices.get(written) or Voice(written, None) if written
                else voice_of(mention, self.actor_table, employer=employer)
            )
        return name

    def _abbreviated_voice(self, abbreviation: str, start: int) -> Voice | None:
        """"BPS data showed" after "Statistics Indonesia (BPS) said": an abbreviation the
        text defined speaks with the voice of the name it stands for, a state's body
        placed as a mention of it would be, whatever language its letters come from."""
        if self._definitions is None:
            self._definitions = defined_abbreviations(self.text or "")
        definition = self._definitions.get(abbreviation)
        if definition is None or definition.end > start:
            return None
        government = is_government_body(definition.name, self.actor_table)
        for named in self._overlapping(definition.start, definition.end):
            if named.actor_type == "organisation" and named.state:
                return voice_of(named, self.actor_table)  # "the Energy Ministry (MEM)"
            if named.actor_type == "country" and government:
                return Voice(self.state_name(named.country), named.country)  # "Statistics Indonesia"
        if not government and not is_state_agency(definition.name, self.actor_table):
            return None
        state = self._stateless_body(_written_body(definition.name, definition.start, definition.end))
        if state is None:
            return None
        return Voice(self.state_name(state), state) if government else Voice(abbreviation, state)

    def _regional_voice(self, start: int, end: int) -> Voice | None:
        """The voice of a body a region's government owns (:func:`regional_government`)."""
        government = regional_government(self.text or "", start, end)
        if government is None:
            return None
        entry = self.actor_table.entries.get(government)
        return Voice(government, entry.country if entry is not None else None)

    def _stateless_body(self, mention: ActorMention) -> str | None:
        """"the Energy Market Regulatory Authority said": a government body the table does
        not place speaks for the state of its paragraph (:meth:`_own_state`; none named
        there: :meth:`_placed_by_story`); where the paragraph names one, the state the
        mention itself names ("Azerbaijan's State Statistics Committee" beside "crosses
        Georgia"), else the story's own when the paragraph names it before the body ("Türkiye's imports rose as
        refiners bought more Russian and Kazakh barrels, the regulator said" is Türkiye's,
        not the last seller's), else the nearest one."""
        if mention.actor_type != "organisation" or mention.state or self._doc is None:
            return None
        if mention.method == "table" and mention.country is None:
            return None  # the table places it in no state: "the European Commission" speaks for itself
        titled = titled_as_body(self.text or "", mention.start) or is_state_agency(mention.actor, self.actor_table)
        if not titled and not is_government_body(mention.actor, self.actor_table):
            return None
        token = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        state = self._own_state(token[0]) if token is not None and len(token) else None
        if state is None and titled:
            # "…, according to upstream regulator ANPG", "figures from the Energy
            # Administration" in a paragraph naming no state: a regulator or an agency is
            # of the state the story is about, as the table cannot place it (where its name
            # ends "of" a state, that one: "Bank of Uganda data" beside "via Tanzania").
            return self._state_of_name(mention) or self._main_state(mention.start)
        if state is not None and mention.country:
            return mention.country
        main = self._main_state(mention.start) if state is not None else None
        if main is None or main == state:
            return state
        lo = self._paragraph_starts[self._paragraph(mention.start)]
        named = self._last_mention(mention.start, lambda m: m.start < lo or m.state == main and self._speaks_of(m, self._doc))
        return main if named is not None and named.start >= lo else state

    def _placed_by_story(self, mention: ActorMention) -> str | None:
        """"the Petroleum Commission said" in a dateline story's paragraph that names no
        state: a government body the table does not place is of the state its own name
        gives ("Fuel Supply Authority of Namibia"), else of the story's. Placed only so, it
        keeps its name, as an agency does: nothing near it says it is that state's
        government rather than a body of its own."""
        if mention.actor_type != "organisation" or mention.state or mention.method == "table":
            return None
        if not is_government_body(mention.actor, self.actor_table):
            return None
        return self._state_of_name(mention) or self._main_state(mention.start)

    def _state_of_name(self, mention: ActorMention) -> str | None:
        """The state a body's name ends with after "of" ("Bank of Ghana")."""
        owner = mention.actor.rsplit(" of ", 1)
        return self.actor_table.lookup_country(owner[1]) if len(owner) == 2 else None

    def _body_officials(self, mention: ActorMention) -> bool:
        """Officials of a named organisation that is no state ("European Union
        officials"): they speak for it, as a state's officials speak for the state
        (delegates and sources stay unnamed)."""
        if mention.state or not mention.text.split() or mention.text.split()[-1].lower() not in _BODY_SPEAKERS:
            return False
        entry = self.actor_table.entries.get(mention.actor)
        return entry is not None and entry.actor_type == "organisation"

    def _titled_official(self, mention: ActorMention) -> str | None:
        """"ministry spokesman Salim al-Aufi": a person the table does not place whose
        title names a government body speaks for the state of his paragraph."""
        if mention.actor_type != "person" or mention.state or self._doc is None:
            return None
        # The title before the name in its clause, or inside the mention ("Ministry
        # spokesman Karim Hassan" is one mention).
        before = re.split(r"[,.;\n]", (self.text or "")[max(0, mention.start - 40) : mention.start])[-1]
        title = set(re.findall(r"[a-z]+", f"{before} {mention.text}".lower()))
        if not title & GOVERNMENT_BODY_WORDS:
            return self._office_state(mention.start, mention.end)  # "…, a spokesman for the ministry"
        token = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        state = self._own_state(token[0]) if token is not None and len(token) else None
        if state is None:
            # "Ministry spokesman … said" a paragraph after "the Oil Ministry said": the
            # state of the body his title names, as named before.
            bodies = title & _BODIES
            body = self._last_mention(mention.start, lambda m: m.country is not None and any(_is_body(m, b) for b in bodies))
            state = body.country if body is not None else None
        return state or self._office_state(mention.start, mention.end)

    def _employer_written(self, mention: ActorMention) -> str | None:
        """An employer no actor mention names, written beside a person the table does
        not place, by a title: "Alex Froley, an analyst at ICIS", "its chief executive
        …" (the organisation named before), "Naftogaz chief
        executive Oleksiy Chernyshov" (a name, not a person's, a place's or a title's
        first word); its name as written, a state's excepted."""
        if mention.actor_type != "person" or mention.state or self._doc is None:
            return None
        text = self.text or ""
        after = _APPOSED_EMPLOYER.match(text, mention.end)
        possessor = _titled_possessor(text, mention.end)
        if after is not None and set(text[after.start() : after.end()].lower().split()) & _EMPLOYER_TITLES:
            named_at = _past_description(text, after.end())
            found = re.match(_NAME, text[named_at : named_at + 80])
            named = found.group(0).rstrip(".") if found else None
        elif possessor is not None:
            named = possessor.group("name")  # "Sumit Ritolia, Kpler's lead research analyst"
        else:
            its = _ITS_TITLE.search(text, max(0, mention.start - 40), mention.start)
            if its is not None and set(its.group("title").split()) & _EMPLOYER_TITLES:
                return self._described(mention.start)  # "its chief executive …": the organisation named before
            found = _TITLED_BY.search(text, max(0, mention.start - 60), mention.start)
            if found is None or not set(found.group("title").split()) & _EMPLOYER_TITLES:
                return None
            token = self._doc.char_span(found.start(), found.start() + 1, alignment_mode="expand")
            # (A name, not a capitalised word of the title: "Former chief executive …".)
            named = found.group("name") if token is not None and len(token) and token[0].ent_type_ not in ("PERSON", "GPE", "NORP", "DATE") \
                and found.group("name").split()[0].lower() not in _TITLE_OPENERS else None
        if not named or named.split()[0].lower() in _NOT_NAMES or self.actor_table.lookup_country(named):
            return None
        return SOURCE_NAMES.get(named.lower(), named)

    def _employer(self, mention: ActorMention) -> ActorMention | None:
        """The organisation a person's title names right before the name: "Kpler analyst
        Sumit Ritolia", "PDVSA's president, Héctor Obregón", "Gazprom chief Alexei Miller";
        else the one an apposition after it names ("Ana Ruiz, an analyst at Rystad")."""
        if mention.actor_type != "person":
            return None
        text = self.text or ""
        after = _APPOSED_EMPLOYER.match(text, mention.end)
        if after is not None:
            named_at = _past_description(text, after.end())
            for employer in self._overlapping(named_at, named_at + 1):
                if employer.actor_type == "organisation":
                    return employer
            word = re.match(r"[a-z]+", text[after.end() : after.end() + 20])
            if named_at == after.end() and word and word.group(0) in _DESCRIPTIONS:
                # "Emma Li, a senior analyst at the firm": the organisation its paragraph named.
                paragraph = self._paragraph(mention.start)
                return self._last_mention(
                    mention.start, lambda m: m.actor_type == "organisation" and self._paragraph(m.start) == paragraph
                )
        possessor = _titled_possessor(text, mention.end)
        if possessor is not None:
            for employer in self._overlapping(possessor.start("name"), possessor.start("name") + 1):
                if employer.actor_type == "organisation":
                    return employer
        # "Emma Li of Vortexa", "Ana Ruiz at Rystad", "Emma Li, a Vortexa analyst": the
        # organisation named right after the name, or as the apposition's title's owner.
        linked = _LINKED_EMPLOYER.match(text, mention.end)
        if linked is not None:
            for employer in self._overlapping(linked.end(), linked.end() + 1):
                title = re.match(r"(?:’s|'s)?\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", text[employer.end : employer.end + 40])
                if employer.actor_type == "organisation" and (
                    linked.group("link") or title is not None and set(title.group(1).split()) & _EMPLOYER_TITLES
                ):
                    return employer
        before = self._last_mention(mention.start, lambda m: m.actor_type == "organisation")
        if before is None or mention.start - before.end > 40:
            return None
        between = (self.text or "")[before.end : mention.start]
        if not re.fullmatch(r"(?:’s|'s)?[\s,]*(?:[A-Za-z-]+\s+){0,4}?[A-Za-z-]*[\s,]*", between) or "\n" in between:
            return None
        return before

    def _country_of(self, start: int, end: int) -> str | None:
        for mention in self._overlapping(start, end):
            if mention.country:
                return mention.country
        return None

    def _described(self, before: int, provider: bool = False) -> str | None:
        """"The firm", "the marketer": the latest organisation named earlier in the same
        paragraph that it does not cite, else the latest it cites ("According to Vortexa,
        … the firm estimated"), else the one the article is about
        (:meth:`_last_organisation`). A provider's description (``provider``: "the
        analytics firm") is the latest one the paragraph cites, first."""
        paragraph = self._paragraph(before)

        def named_here(m: ActorMention) -> bool:
            # (Not a place a flow comes from or goes to: "imported gas from the European Union".)
            return m.actor_type == "organisation" and self._paragraph(m.start) == paragraph and not _is_ministry(m) \
                and _FLOW_PLACE.search(self.text or "", max(0, m.start - 20), m.start) is None

        # One the text reports on before one it cites: "Chevron's cargoes were worth …,
        # according to Reuters calculations. The company has said …" is Chevron.
        found = None
        if provider:
            # (Cited: a provider named for its data, or the last source a sentence named.)
            cited = set(self.providers) | ({self._said_last[1]} if self._said_last else set())
            found = self._last_mention(before, lambda m: named_here(m) and self._actor_name(m) in cited)
        found = found or self._last_mention(before, lambda m: named_here(m) and self._actor_name(m) not in self.providers)
        found = found or self._last_mention(before, named_here)
        if found is not None:
            return self._actor_name(found)
        # "data from state oil company Petroecuador showed …. …, the company said": with no
        # other organisation named, the provider is the one.
        name = self._last_organisation(before)
        if name is None:
            found = self._last_mention(before, lambda m: m.actor_type == "organisation" and not _is_ministry(m))
            name = self._actor_name(found) if found is not None else None
        return name

    def _subject_organisation(self, sentence: Span, before: int) -> str | None:
        """The organisation named before ``before`` in the sentence as the subject of one of
        its verbs ("Venezuela's state oil company PDVSA sent …"), by its source name."""
        for mention in self._overlapping(sentence.start_char, before):
            if mention.actor_type != "organisation" or mention.end > before:
                continue
            span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            token = span.root if span is not None else None
            for _ in range(3):  # "state oil company PDVSA", "Enagas, the grid operator,"
                if token is None or token.dep_ not in ("compound", "appos", "flat") or token.head.i == token.i:
                    break
                token = token.head
            if token is not None and token.dep_ in _SUBJECT_DEPS:
                return self._actor_name(mention)
        return None

    def _tally(self, cursor: tuple[int, int, dict[str, list[int]]], before: int, key) -> tuple[int, int, dict[str, list[int]]]:
        """(position read up to, index of the next mention, key -> [count, last start, first
        start]) of the mentions ending by ``before`` that ``key`` names: counted once as the
        reading moves on (calls come in text order); a call further back counts afresh."""
        position, index, counts = cursor
        if before < position:
            index, counts = 0, {}
        while index < len(self.mentions) and self.mentions[index].end <= before:
            mention = self.mentions[index]
            index += 1
            name = key(mention)
            if name is not None:
                entry = counts.setdefault(name, [0, 0, mention.start])
                entry[0] += 1
                entry[1] = mention.start
        return before, index, counts

    def _main_state(self, before: int) -> str | None:
        """The state the article names most before ``before`` (on a tie the one named
        first, the story's own: a Russian export story's later buyers do not win it), as
        a state that speaks, not as where a flow goes or comes from (:meth:`_speaks_of`),
        counted once as the reading moves on, like :meth:`_last_organisation`."""
        self._states = self._tally(
            self._states, before,
            lambda m: m.state if m.actor_type == "country" and self._doc is not None and self._speaks_of(m, self._doc) else None,
        )
        counts = self._states[2]
        if not counts:
            return None
        if self.home in counts and min(counts.items(), key=lambda item: item[1][2])[0] == self.home:
            # "QUITO - Ecuador's state oil company shipped … to China …": the dateline's state,
            # named first, is the story's own however often its buyer is named after it.
            return self.home
        return max(counts.items(), key=lambda item: (item[1][0], -item[1][2]))[0]

    def _last_organisation(self, before: int) -> str | None:
        """"The company", "the organisation": the organisation the article is about so far
        (most mentioned, then latest), not an outlet or provider it quoted."""
        self._organisations = self._tally(
            self._organisations, before, lambda m: self._actor_name(m) if m.actor_type == "organisation" else None
        )
        counts = self._organisations[2]
        found = [item for item in counts.items() if item[0] not in self.providers]
        if not found:
            return None
        return max(found, key=lambda item: (item[1][0], item[1][1]))[0]

    def _speaker(self, sentence: Span) -> str | None:
        """The named subject of a reporting verb: "Gazprom said", "analysts at Kpler"."""
        for token in tokens_in(sentence, _SUBJECT_DEPS, attr="DEP"):
            if not _reports(token.head):
                continue
            if token.dep_ == "nsubjpass" and any(c.dep_ == "xcomp" for c in token.head.children):
                continue  # "China is expected to take 60%": what is expected, not who expects it
            if token.lower_ == "customs" or any(c.dep_ == "compound" and c.lower_ == "customs" for c in token.children):
                said = self._unnamed_body(token, named="customs")  # "the customs agency said"
                if said is not None:
                    return said.name
            if token.lower_ in _UNOWNED_PAPERS and any(c.lower_ in ("a", "an") for c in token.children):
                issuer = self._paper_issuer(token.head)
                if issuer:
                    return issuer
            described = self._described_state(token)
            if described:
                return described
            # (A state's own body before an entity the parser found: "Iraq's federal oil
            # ministry said" is Iraq's, however the tagger reads "ministry".)
            name = (
                self._named(token, states=True) or self._officer_of(token) or self._state_official(token)
                or self._longer_body(token) or self._organisation_entity(token)
            )
            if name:
                return name
            if _stem(token.lower_) in _BACK_STEMS and any(c.lower_ in ("the", "these") for c in token.children):
                # "the figures, compiled by Reuters from ship-tracking data, showed": whoever
                # the participle beside the data names.
                for agent in (g for acl in token.children if acl.dep_ == "acl" for g in acl.children if g.dep_ == "agent"):
                    for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                        name = self._named(pobj) or self._organisation_entity(pobj)
                        if name:
                            return name
            if token.lower_ in ("analysts", "experts", "economists"):
                # "analysts at Vortexa estimated", "Goldman Sachs analysts wrote"
                group = self._covering(token)
                if group is not None and group.actor_type == "group" and not group.state \
                        and self.actor_table.lookup_country(group.actor) is None:
                    # "Goldman Sachs analysts wrote", "Kpler analysts said": the firm's own
                    # analysis ("OPEC+ delegates", "traders" stay unnamed people).
                    name = self._actor_name(replace(group, actor_type="organisation"))
                    if name:
                        return name
                for prep in token.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("at", "with", "from"):
                        for pobj in prep.children:
                            name = self._named(pobj)
                            if name:
                                return name
            if token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children):
                headed = self._headed(token)
                if headed:
                    return headed
            named_before = (token.lower_ in _TITLES or _body_noun(token)) and any(
                c.lower_ == "the" or c.dep_ == "poss" and c.pos_ != "PROPN" for c in token.children
            )
            if named_before or (token.lower_ in _BODY_SPEAKERS and _body_of_speaker(token) is not None):
                # "the ministry said", "the oil minister said", "a ministry official said":
                # the one named before.
                found = self._reporter(sentence[token.i - sentence.start : token.i - sentence.start + 1])
                if found:
                    return found.name
            if token.lower_ in _BODY_SPEAKERS and any(c.lower_ == "the" for c in token.children):
                # "The SOMO official said …. …, the official added": whose official spoke last.
                said = self._titled_before(token)
                if said:
                    return said
            if token.lower_ in _DESCRIPTIONS and any(c.lower_ == "the" for c in token.children):
                kind = {token.lower_} | {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
                return self._described(token.idx, provider=bool(kind & _PROVIDER_KINDS))
            if token.lower_ in _BODY_SPEAKERS and any(c.dep_ == "compound" and c.lower_ in _DESCRIPTIONS for c in token.children):
                return self._described(token.idx)  # "a company spokesman said": the company named before
            if token.lower_ in _PRONOUNS:
                # "…, he said in a statement": the person named before.
                found = self._reporter(sentence[token.i - sentence.start : token.i - sentence.start + 1])
                if found and found.name:
                    return found.name
            if token.lower_ == "it":
                root = sentence.root
                for child in root.children:
                    if child.dep_ == "nsubj" and child.i != token.i:
                        name = self._named(child)
                        if name:
                            return name
                # "The agency has been more cautious. Last month it saw …": the organisation
                # the sentence before in the paragraph is about, its subject.
                before = self._previous_subject(sentence)
                if before:
                    return before
                # "It said revenue reached …" after "the oil ministry said": the one that
                # spoke last, unless a person (no "it"); else the organisation the article
                # is about.
                said = self._last_speaker(token.idx)
                if said is not None and said not in self._people:
                    return said
                return self._last_organisation(token.idx) or said
        return self._subjectless_closing(sentence)

    def _headed_at(self, start: int) -> str | None:
        """:meth:`_headed` of the noun written at ``start`` ("according to the agency", "the
        department's data"); a description ("the company") only of a name in its paragraph
        or the one before, as :meth:`_described` reads the paragraph's organisation first."""
        noun = self._doc.char_span(start, start + 1, alignment_mode="expand") if self._doc is not None else None
        if noun is None or not len(noun) or noun[0].pos_ != "NOUN":
            return None
        return self._headed(noun[0], near=noun[0].lower_ in _DESCRIPTIONS)

    def _headed(self, token, near: bool = False) -> str | None:
        """"The administration said" after the U.S. Energy Information Administration, "the
        bank said" after the Central Bank of Ecuador, "the regulator said" after "energy
        market regulator EPDK": the organisation the noun heads the name of
        (:func:`_heads_of`) or describes, the last source named first (in its paragraph or
        the one before); else the source of the sentence there that wrote a name the noun
        heads that no mention names whole ("the committee said" after "the State Customs
        Committee said", read as the state's customs)."""
        # (An unnamed body's noun, "the ministry", has rules of its own: :meth:`_unnamed_body`.)
        unnamed = _body_noun(token) is not None
        paragraph = self._paragraph(token.idx)
        said = self._said_last
        if not unnamed and said is not None and paragraph - self._paragraph(said[0]) <= 1 and token.lower_ in _heads_of(said[1]):
            return said[1]  # "the department said" after "the Department of Energy Business said"
        lo = self._paragraph_starts[max(paragraph - 1, 0)]
        headed = self._last_mention(
            token.idx, lambda m: m.actor_type == "organisation" and (token.lower_ in _heads_of(m.text) or token.lower_ == self._described_by(m))
            and self._of_kind(m, token)
        )
        if headed is not None and (not near or headed.start >= lo):
            return self._actor_name(headed)
        if unnamed or self.text is None or self._doc is None or not token.is_lower:
            return None
        written = None
        for written in _written_names(token.text).finditer(self.text, lo, sent(token).start_char):
            pass
        if written is None:
            return None
        named = self._doc.char_span(written.start(), written.end(), alignment_mode="expand")
        return self._own_at.get(sent(named[0]).start_char) if named is not None and len(named) else None

    def _subjectless_closing(self, sentence: Span) -> str | None:
        """"…, as refiners took more barrels, the Department of Statistics Malaysia (DOSM)
        said on Friday": the parser hung the name on the clause before and left the closing
        verb without a subject; the organisation written between the comma and the verb is
        the one that said it."""
        for verb in sentence:
            if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "ROOT") or not _reports(verb) \
                    or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
                continue
            before = verb.i - 1
            if before >= sentence.start and verb.doc[before].text == ")":
                while before > sentence.start and verb.doc[before].text != "(":
                    before -= 1
                before -= 1  # "(DOSM)": the acronym of the name before it
            if before < sentence.start or verb.doc[before].ent_type_ != "ORG":
                continue
            start = max(entity_span(verb.doc[before]).start, sentence.start)
            if start == sentence.start:
                continue
            entity = verb.doc[start : before + 1]
            if start > sentence.start + 1 and verb.doc[start - 1].lower_ == "the":
                start -= 1  # the tagger leaves "the" out of some names
            if verb.doc[start - 1].text != ",":
                continue
            # (The organisation's own mention: a state named inside its name is not the speaker.)
            mention = self._covering(entity.root)
            if mention is not None and mention.actor_type == "organisation":
                return self._named(entity.root)
        return None

    def _previous_subject(self, sentence: Span) -> str | None:
        """The organisation that is the main subject of the sentence before ``sentence`` in
        its paragraph, if any; not when that sentence reports ("…, the agency said, Anadolu
        reported. …, it said": whoever spoke last is "it")."""
        if sentence.start == 0:
            return None
        before = sent(sentence.doc[sentence.start - 1])
        if self._paragraph(before.start_char) != self._paragraph(sentence.start_char) or _reports(before.root):
            return None
        for child in before.root.children:
            if child.dep_ == "nsubj":
                mention = self._covering(child)
                return self._actor_name(mention) if mention is not None and mention.actor_type == "organisation" else None
        return None

    def _paper_issuer(self, verb) -> str | None:
        """"The producer also lifted …, a pricing document showed": a paper nobody is named
        for is that of the organisation the reported clause is about (the named one, or the
        one its description stands for); a state's is not (many bodies write its papers)."""
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for subject in (c for c in clause.children if c.dep_ in _SUBJECT_DEPS):
                if subject.lower_ in _DESCRIPTIONS and any(c.lower_ == "the" for c in subject.children):
                    return self._described(subject.idx)
                mention = self._covering(subject)
                if mention is not None and mention.actor_type == "organisation":
                    return self._actor_name(mention)
                return self._organisation_entity(subject)
        return None

    def _described_state(self, token) -> str | None:
        """"The kingdom has pledged", "the OPEC member said": a subject that describes a
        state speaks for it (as "Saudi Arabia has pledged" does)."""
        phrase = [c for c in token.lefts if c.dep_ == "det"]
        start = phrase[0].idx if phrase else token.idx
        iso3 = self._described_states.get(start)
        if iso3 is None:
            return None
        name = self.state_name(iso3)
        self._voices.setdefault(name, Voice(name, iso3))
        return name

    def _described_by(self, mention: ActorMention) -> str:
        """The lower-case noun right before an organisation's name ("regulator" of
        "energy market regulator EPDK"), if any."""
        before = re.search(r"\b([a-z]+)\s+$", (self.text or "")[max(0, mention.start - 30) : mention.start])
        return before.group(1) if before else ""

    def _titled_before(self, token) -> str | None:
        """The source of the last sentence, in this paragraph or the one before, that
        named a speaker by the same title ("an official at SOMO said …"), if that
        sentence's source is known."""
        if self._said_last is None or self._doc is None or self.text is None:
            return None
        paragraph = self._paragraph(token.idx)
        lo = self._paragraph_starts[max(paragraph - 1, 0)]
        # the title as a word, however capitalised: "Official" opening a sentence, not the
        # "official" inside "officials" or "unofficial"
        written = re.compile(rf"\b{re.escape(token.lower_)}\b", re.IGNORECASE)
        last = None
        for last in written.finditer(self.text, lo, sent(token).start_char):
            pass
        if last is None:
            return None
        titled = self._doc.char_span(last.start(), last.end(), alignment_mode="expand")
        if titled is None or not len(titled) or sent(titled[0]).start_char != self._said_last[0]:
            return None
        return self._said_last[1]

    def _state_official(self, token) -> str | None:
        """"Nigeria's oil minister said", "Kuwaiti officials said": an unnamed official
        or body of the state that owns it speaks for that state (named as written)."""
        if token.lower_ not in _STATE_SPEAKERS:
            return None
        for child in token.children:
            owner = self._covering(child) if child.dep_ in ("poss", "amod", "compound") else None
            if owner is not None and owner.actor_type == "country" and owner.state:
                name = token.doc[token.left_edge.i : token.i + 1].text
                self._voices.setdefault(name, Voice(self.state_name(owner.state), owner.state))
                return name
        return None

    def _officer_of(self, token) -> str | None:
        """"PDVSA's president, …, said", "Kpler analyst … said", "the chairman of the
        National Oil Corporation told …": the organisation an officer is named by, when the
        name itself is not a known person."""
        heads = [token] + ([token.head] if token.dep_ == "appos" else []) + [c for c in token.children if c.dep_ == "appos"]
        for head in heads[1:]:
            # "The head of Ecuador's state oil firm Petroecuador said": the firm, however
            # the parser hangs its name.
            mention = self._covering(head)
            if mention is not None and mention.actor_type == "organisation":
                return self._actor_name(mention)
        for head in heads:
            for child in head.children:
                # ("The SOMO official": the tagger may read a short name as an adjective.)
                owners = [child] if child.dep_ in ("poss", "compound", "amod") else []
                if child.dep_ == "prep" and child.lower_ in ("of", "at"):
                    owners = [c for c in child.children if c.dep_ == "pobj"]
                for owner in owners:
                    mention = self._covering(owner)
                    if mention is not None and mention.actor_type == "organisation":
                        return self._actor_name(mention)
        return None

    def _organisation_entity(self, token) -> str | None:
        """"Tengizchevroil said": an organisation the parser found that the actor table
        does not know is named as written."""
        if token.pos_ != "PROPN" or token.ent_type_ != "ORG" or self._covering(token) is not None:
            return None
        name = entity_text(token)
        if name.split()[0].lower() in _NOT_NAMES:
            return None
        name = SOURCE_NAMES.get(name.lower(), name)
        # A spokesman the tagger read as an organisation still speaks for his body's state.
        entity = next((e for e in doc_entities(token.doc) if e.start <= token.i < e.end), None)
        state = self._office_state(entity.start_char, entity.end_char) if entity is not None else None
        if state:
            self._voices.setdefault(name, Voice(self.state_name(state), state))
        return name

    def _longer_body(self, token) -> str | None:
        """"the Department of Energy Business said": the parser found a body's whole name,
        the actor mentions only a shorter body's name that opens it ("Department of
        Energy"). The whole name is the source, a body of the state the shorter one is
        placed in (else of its paragraph's, as :meth:`_stateless_body` places one)."""
        if token.pos_ != "PROPN" or token.ent_type_ != "ORG" or self._covering(token) is not None:
            return None
        entity = entity_span(token)
        opening = entity.start + (entity[0].lower_ == "the")
        if opening >= token.i:
            return None
        inner = [m for m in self._overlapping(entity.start_char, token.idx) if m.actor_type == "organisation"]
        if not inner or inner[0].start != token.doc[opening].idx:
            return None
        name = span_text(token.doc[opening : entity.end])
        government = is_government_body(name, self.actor_table)
        if not government and not is_state_agency(name, self.actor_table):
            return None
        if name not in self._voices:
            state = inner[0].state or self._stateless_body(_written_body(name, inner[0].start, entity.end_char))
            self._voices[name] = (Voice(self.state_name(state), state) if government else Voice(name, state)) if state else None
        return name

    def _office_state(self, start: int, end: int) -> str | None:
        """"Oil Ministry spokesman Asim Jihad", "Asim Jihad, a spokesman for the oil
        ministry": a name an office of a government body titles speaks for that body's
        state — the one the body's own mention names, else its paragraph's, else the
        article's (as :meth:`_unnamed_body`)."""
        text = self.text or ""
        title = _OFFICE_BEFORE.search(text, max(0, start - 60), start) or _OFFICE_AFTER.match(text, end)
        if title is None or self._doc is None:
            return None
        for mention in self._overlapping(title.start(), title.end()):
            if mention.actor_type == "organisation" and mention.country:
                return mention.country
        span = self._doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        return self._own_state(span[0]) or self._main_state(start)

    def _named(self, token, *, states: bool = False) -> str | None:
        """The organisation, person or state's people a token names; ``states``: a state
        too (the subject of a reporting verb: "Iraq said its exports …")."""
        mention = self._covering(token)
        if mention is None:
            return None
        if mention.actor_type not in ("organisation", "person") and not _state_group(mention) \
                and not (states and _a_state(mention)) and not self._body_officials(mention):
            return None
        return self._actor_name(mention)


def _heads_of(name: str) -> set[str]:
    """The nouns an organisation's name as written is headed by: its last word
    ("administration"), and the word before its "of" ("Central Bank of Ecuador" is a bank)."""
    words = name.split()
    heads = {words[-1].lower().rstrip(".,")} if words else set()
    if " of " in name:
        before = name.split(" of ", 1)[0].split()
        if before:
            heads.add(before[-1].lower())
    return heads


def _is_ministry(mention: ActorMention) -> bool:
    return _is_body(mention, "ministry")


def _body_of_speaker(speaker):
    """The unnamed body an official or spokesman speaks for: "an oil ministry official",
    "an official at the oil ministry", "a spokesman for the regulator"."""
    for child in speaker.children:
        if child.dep_ == "compound" and _body_noun(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("at", "for", "of", "from", "with"):
            body = next((c for c in child.children if c.dep_ == "pobj" and _body_noun(c)), None)
            if body is not None:
                return body
    return None


def _body_noun(token) -> str | None:
    """The unnamed body a noun names, with its modifier where the body's name has two
    words: "ministry", "regulator", "central bank" (not any "bank")."""
    if token.lower_ in _BODIES:
        return token.lower_
    for child in token.children:
        if child.dep_ in ("amod", "compound") and f"{child.lower_} {token.lower_}" in _BODIES:
            return f"{child.lower_} {token.lower_}"
    return None


def _is_body(mention: ActorMention, noun: str) -> bool:
    """A body of that kind, by its actor's name or as written: a ministry the table knows by
    its acronym ("Ministry of Economy, Trade and Industry" is METI) is "the ministry" after it."""
    return mention.actor_type == "organisation" and (noun in mention.actor.lower() or noun in mention.text.lower())


@lru_cache(maxsize=64)
def _written_names(noun: str) -> re.Pattern:
    """A capitalised name ``noun`` heads: "State Customs Committee", "Bank of Ghana"."""
    head = re.escape(noun.capitalize())
    return re.compile(rf"(?:\b(?!The\b)[A-Z][\w&.-]*\s+){{1,5}}{head}\b|\b{head}\s+of\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}")


def _opens(sentence: Span) -> bool:
    """The sentence names its source before its first number: "According to Kpler, …",
    "The oil ministry said output was 4.38 million bpd"."""
    text = span_text(sentence)
    digit = re.search(r"\d", text)
    if digit is None:
        return False
    head = text[: digit.start()]
    if _ACCORDING_OPENING.search(head) or _names_data(head) and _PROVIDER_BEFORE.search(head):
        return True
    limit = sentence.start_char + digit.start()
    for token in sentence:
        if token.idx >= limit:
            break
        if _reports(token) and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in token.children):
            return True
    return False


def _reports(verb) -> bool:
    """A verb that attributes: "said", "estimated", "put … at"; not "added" with an
    object of its own ("The UAE added 40,000 bpd": an increase, not a speaker)."""
    lemma = verb.lemma_.lower()
    if lemma in _VIEW_VERBS:
        return _gives_view(verb)
    if lemma not in _REPORTING_VERBS:
        return _revises_own_view(verb)
    return not (lemma in _CLAUSAL_REPORTING and any(c.dep_ == "dobj" for c in verb.children))


def _gives_view(verb) -> bool:
    """"OPEC sees demand rising by …", "sees demand at …", "last month it saw supply
    growing by …": a view (the lexicon's ``source_view_verbs``), not a thing witnessed."""
    trend = any(c.dep_ == "ccomp" and c.tag_ == "VBG" for c in verb.children)
    level = any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
    if not (trend or level):
        return False
    if verb.tag_ != "VBD":
        return True
    return any(c.dep_ == "nsubj" and (c.lower_ in ("it", "they") or c.ent_type_ == "ORG") for c in verb.children)


def _revises_own_view(verb) -> bool:
    """"OPEC kept its forecast that …", "the IEA raised its estimates of demand …": the verb's
    object is the subject's own forecast, so the subject says what the sentence reports."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lower_ in _OWN_VIEWS and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
        for c in verb.children
    )


def _a_state(mention: ActorMention) -> bool:
    return mention.actor_type == "country" and bool(mention.state or mention.country)


def _state_group(mention: ActorMention) -> bool:
    """"Saudi officials", "Iraqi officials": people of a named state speak for it."""
    return mention.actor_type == "group" and mention.state is not None
