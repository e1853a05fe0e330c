"""Turn the token that heads a speaker into the speaker's name and actor.

Conventions (tests/gold/quotes/CONVENTIONS.md):

* a person is named as the attribution writes the name, without job titles or
  appositions and with courtesy titles ("Kremlin spokesman Dmitry Peskov" → "Dmitry
  Peskov", "Mr. Lavrov", "Prince Abdulaziz"); "the UAE’s energy minister, Suhail
  al-Mazrouei," → "Suhail al-Mazrouei";
* a group or institution keeps its whole phrase without a leading "the" or a
  possessive state ("Russian Foreign Ministry officials", "Kremlin", "China’s Foreign
  Ministry" → "Foreign Ministry"); a joint subject of people is its first conjunct, one
  of states or bodies the whole coordination as written with no ``speaker_actor`` or
  ``speaker_country`` ("Norway, Oman and Switzerland");
* pronouns and descriptions ("he", "she", "they", "it", "the minister", "the
  ministry") take the name exactly as written at the nearest earlier mention that
  fits: "he"/"she" a person whose gender is not contradicted (honorifics, gendered
  titles, earlier pronouns resolved to them), a description a person or body given
  that title somewhere before, else the nearest person or body;
* titles are dropped however long ("Minister of State for Petroleum Resources …",
  "Japanese Economy, Trade and Industry Minister …", "… President and Group Chief
  Executive Officer …"), also where the parse makes the title the subject or NER takes
  title and name for one organisation;
* places (NER locations, proper nouns used after "in"/"from"/"flew to", before ",
  where", naming a field or port, ISO 3166-2 subdivisions, capitals that only say where)
  are never antecedents of "he"/"she"/"it";
* ``speaker_actor``/``speaker_country`` come from the actor mentions of the article
  (``context.results["actors"]``); a person whose mention has no country takes the state
  their title phrase or apposition names ("Kazakh Energy Minister …", "Angola’s oil
  minister, …", "…, a spokeswoman for the Kazakh state oil company"), never an envoy's
  host ("ambassador to India") or a place that only says where.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from spacy.tokens import Doc, Span, Token

from analysis.pipeline.records import ActorMention
from analysis.text.actor_table import ActorTable
from analysis.text import names
from analysis.text.context import (
    doc_entities, doc_text, entity_text, token_column, token_sentence, token_starts, token_texts, transcript_label,
    Turn, addressee, joined_by_hyphen, turn_at, turn_speaker, turn_start,
)
from analysis.text.lexicon import table, words
from analysis.text.entities import TIME_ENTS

# A letter of the Latin script: the kit reads English news, whose names are written in it.
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
COLLECTIVE_PRONOUNS = frozenset({"they", "them", "their"})
THING_PRONOUNS = frozenset({"it", "its"})
# The writer's or an interviewee's own voice: outside quotation marks no report of anyone's.
OWN_VOICE_PRONOUNS = frozenset({"i", "we", "you"})

PERSON_ROLES = words("quotes", "person_roles")
GENERIC_PEOPLE = words("quotes", "generic_people")
# Staff who speak for a principal ("the White House spokesman"): never the principal named before.
SPEAKING_STAFF = words("actors", "aide_offices")
GROUP_NOUNS = words("quotes", "group_nouns")
BODY_NOUNS = words("quotes", "body_nouns")
# Plural and collective nouns that report as unnamed sources ("police said").
UNNAMED_SOURCES = words("quotes", "reported_unnamed_sources")
# A singular described source ("a government source said"), a person who speaks.
SOURCE_NOUNS = words("quotes", "source_nouns")
_GROUPS_OR_SOURCES = GROUP_NOUNS | UNNAMED_SOURCES
# Participles by which a source relays another's words ("quoting Y", "cited X as saying").
RELAYING_VERBS = words("quotes", "relaying_verbs")
# Texts and events that cannot speak ("the statement said"): the speaker is their issuer.
MUTE_NOUNS = words("quotes", "mute_nouns")
RESEARCH_TEXTS = words("quotes", "research_texts")
_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})
# Words that make up job titles before a name ("Kremlin spokesman", "Secretary of State").
TITLE_WORDS = words("quotes", "title_words")
# Capitalised words of portfolios and corporate offices that long titles string together
# before a name ("Minister of State for Petroleum Resources …", "Economy, Trade and
# Industry Minister …", "President and Group Chief Executive Officer …"); none is a
# given name or surname.
PORTFOLIO_WORDS = words("quotes", "portfolio_words")
REMITS = table("quotes", "remits")
# Lower-cased: speakers are matched on lower-case tokens.
HONORIFICS = frozenset(w.lower() for w in names.HONORIFICS | names.HONORIFIC_TITLES)
NAME_PARTICLES = names.NAME_PARTICLES | {"-"}  # a hyphen token joins a name too ("al - Mazrouei")
_FEMALE = words("quotes", "female")
_MALE = words("quotes", "male")
_FEMALE_APPOSED = names.FEMALE_KIN | words("quotes", "female_sex")
_MALE_APPOSED = names.MALE_KIN | words("quotes", "male_sex")
_SEXED_KIN = names.FEMALE_KIN | names.MALE_KIN  # "his wife", "her son": kin of a known sex
# Nouns in apposition that make a bare proper noun a person's name ("Paris, a nurse").
_APPOSED_PEOPLE = GENERIC_PEOPLE | _FEMALE_APPOSED | _MALE_APPOSED
_SEXED = _FEMALE | _MALE

# Prepositions that put a proper noun on the map ("in Lagos", "from Atyrau"); "to" only
# after a verb of movement ("flew to Soyo", not "said to Lavrov").
_LOCATIVE = words("quotes", "locative")
_MOTION = words("quotes", "motion")
# Verbs whose object is a place ("visited Takoradi").
_VISITS = words("quotes", "visits")
# Nouns a place name modifies or is "of": "the Tengiz field", "the port city of Bontang".
PLACE_NOUNS = words("quotes", "place_nouns")
# A state named after "ambassador to" is the host, not the envoy's own state.
_ENVOYS = words("quotes", "envoys")
_LINKS = frozenset({",", ";", ".", "(", ")", "“", "”", "\"", "—", "–"})

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# verbs of speech whose subject a later "they" may go on as (lexicon quotes.reported_cues)
_SPEECH_VERBS = words("quotes", "reported_cues")
# Who asks in the transcripts of the corpus this kit reads ("WN: …"), when its text names it
_OUTLET = re.compile(r"\b(?:" + "|".join(re.escape(outlet) for outlet in sorted(words("transcripts", "outlet"))) + r")\b")
_REPORTERS = words("transcripts", "reporters")
_INTERVIEW_VERBS = words("transcripts", "interview_verbs")
_TITLE_JOINERS = frozenset({"of", "for", "to", "the", "and"})  # "Ambassador to the United Nations …"


@dataclass(slots=True, frozen=True)
class Speaker:
    """A speaker's name as written (``start:end`` in the text) and its actor."""

    text: str
    start: int
    end: int
    actor: str | None
    country: str | None
    category: str  # person | organisation | group | country


@dataclass(slots=True)
class _Entity:
    """Mentions taken to be one referent (same actor, or one name inside the other)."""

    category: str
    actor: str | None
    words: set[str]
    roles: set[str] = field(default_factory=set)
    remits: set[str] = field(default_factory=set)  # "health" of "Health Minister X"
    gender: str | None = None
    country: str | None = None
    name: str | None = None


@dataclass(slots=True)
class _Mention:
    speaker: Speaker
    entity: _Entity


class SpeakerResolver:
    """Resolves the speakers of one article; antecedents are searched before a position."""

    def __init__(self, doc: Doc, mentions: list[ActorMention], quoted: list[tuple[int, int]], actor_table: ActorTable):
        self.doc = doc
        self.lookup_country = actor_table.lookup_country
        self._known_names = actor_table.entries
        self.text = doc_text(doc)
        self._token_starts = token_starts(doc)
        self.actors = sorted(mentions, key=lambda m: (m.start, m.end))
        self._actor_starts = [m.start for m in self.actors]
        self._quoted = sorted(quoted)
        self._quoted_starts = [q[0] for q in self._quoted]
        self.entities: list[_Entity] = []
        self._by_head: dict[int, _Mention] = {}
        self._pronouns: dict[int, _Mention | None] = {}  # "he"/"she" tokens resolved
        self._places = self._place_words()
        # bodies the parse names on their own somewhere ("the Andean Community"), which a
        # title may run into a name elsewhere ("Secretary General of the Andean Community X")
        self._bodies_named = [(e.text.removeprefix("the "), e.start, e.end) for e in doc_entities(doc) if e.label_ == "ORG"]
        self.mentions: list[_Mention] = self._named_mentions()
        self._mention_ends = [m.speaker.end for m in self.mentions]

    # -- public -------------------------------------------------------------
    def speaker_for(self, head: int, before: int, *, apposed: bool = True) -> Speaker | None:
        """The speaker headed by token ``head``; pronouns and descriptions are resolved
        to mentions ending before character ``before``. Without ``apposed`` a name in
        apposition is not the speaker's (the caller knows it belongs elsewhere)."""
        token = self.doc[head]
        if not _LATIN.search(token.text):
            # markup or punctuation parsed as the subject ("said **Lavrov**"), or a word
            # of the original-language text given beside a translation
            return None
        member = _member_before_campus(token)
        if member is not None:
            return self.speaker_for(member.i, before, apposed=apposed)
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            found = self._pronoun(token, before)
            return found.speaker if found else None
        if lower in COLLECTIVE_PRONOUNS:
            found = self._within_turn(self._collective(before), token)
            return found.speaker if found else None
        if lower in THING_PRONOUNS:
            found = self._nearest(before, lambda e: e.category in {"organisation", "country"})
            return found.speaker if found else None
        group = one_of_them(token)
        if group is not None:
            return self._one_of_them(token, group, before)
        part = _partitive(token)
        if part is not None:  # "some of the protesters said": the group itself
            if _description(part) is not None and part.tag_ in {"NNS", "NNPS"}:
                return self._link(self._speaker_at(part, category="group"), part).speaker
            return self.speaker_for(part.i, before)
        # "my" and "your" come as the owner of a text ("Your manifesto mentions …"), whose
        # issuer is the one speaking or spoken to in an interview's turn
        if lower in {"i", "my"}:
            return self._turn_person(turn_speaker(self.text, token.idx))
        if lower in {"you", "your"}:
            return self._turn_person(addressee(self.text, token.idx)) or self._unanswered(token.idx)
        if token.pos_ == "PRON" and not (token.is_upper and len(token) > 1):
            named = next((c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is not None and token.lower_ in _REFLEXIVES:
                # "In the filing itself Acme also wrote": the parse makes the reflexive the
                # subject and the name its apposition
                return self.speaker_for(named.i, before, apposed=apposed)
            return None  # "we", "who": nothing to stand for outside the quote ("WHO" is a body)
        if (token.is_lower or token.is_sent_start and token.pos_ == "NOUN") and token.lemma_.lower() in MUTE_NOUNS:
            # "the statement said", "a report released by the ministry said": a text
            # speaks for whoever issued it, when the sentence says who; else nobody, but a
            # study, which speaks as written ("studies show" is no text in particular).
            issuer = issuer_of(token)
            if issuer is None or issuer.lower_ in _OWNER_PRONOUNS:
                # "X issued a statement: “…” Their statement also read …": the text issued
                # just before is the one the pronoun owns; its issuer speaks
                issuer = self._issued_earlier(token) or issuer
            if issuer is not None:
                return self.speaker_for(issuer.i, before)
            if token.lemma_.lower() not in RESEARCH_TEXTS or token.tag_ == "NNS":
                return None
        if (_is_title_word(token) or token.lower_ in PERSON_ROLES) and not token.is_lower and _titled_name(token) is None:
            trailing = self._name_after_title(token)
            if trailing is not None:
                return trailing
        named = (apposed and _apposed_name(token)) or _titled_name(token) or _named_as(token) or _coordinated_name(
            token
        ) or _name_ending_subject(token)
        if named is not None:
            token = named
        else:
            description = _description(token)
            if description is not None:
                qualified = _qualified(token)
                remits = _remits(token)
                if not indefinite(token):
                    found = self._describe(
                        before, *description, nearest=not qualified and description[1] not in GENERIC_PEOPLE, remits=remits
                    )
                    if found is not None:
                        return found.speaker
                if (qualified or indefinite(token) or remits) and token.i not in self._by_head:
                    # "A trader at a state-owned company said", "the head of the city's
                    # audit office told the court", "the health minister said" after
                    # "Transport Minister X" (nobody given that title before): an
                    # unnamed source is a referent of its own, which "the trader" or
                    # "she" may take up later, not the person named last.
                    return self._unnamed(token, self._speaker_at(token, category=description[0]))
            elif _role_at_named_body(token):
                found = self._only_person_before(token, before)
                if found is not None:
                    return found.speaker
        known = self._by_head.get(token.i)
        if named is not None and named.ent_type_ != "PERSON" and _untagged_full_name(named) and (
            known is None or known.speaker.category in {"place", "country"}
        ):
            # the role's holder, named after the place the role is of: a person
            mention = self._link(self._speaker_at(named, category="person"), named)
            self._insert(mention)
            return mention.speaker
        if known is None and token.pos_ == "NOUN" and token.lemma_.lower() in PERSON_ROLES and indefinite(token):
            # "an Interpol spokesperson said": a new referent, as "a spokesperson" is,
            # whom "the spokesperson" takes up later
            return self._unnamed(token, dataclasses.replace(self._speaker_at(token), category="person"))
        speaker = known.speaker if known is not None else self._link(self._speaker_at(token), token).speaker
        return self._joint(token, speaker) or speaker

    def _unnamed(self, head: Token, written: Speaker) -> Speaker:
        """An unnamed source as a referent of its own: the words stay as written, and an
        unnamed person is no actor (the body the words name may be: "an Interpol
        spokesperson")."""
        linked = self._link(written, head)
        speaker = linked.speaker
        if written.category == "person":
            speaker = dataclasses.replace(speaker, actor=written.actor, country=written.country)
        mention = _Mention(speaker, linked.entity)
        self._by_head[head.i] = mention
        self._insert(mention)
        return speaker

    def _turn_person(self, turn: tuple[int, int] | None) -> Speaker | None:
        """In an interview transcript "I" is the person whose turn it is ("((Ana Ruiz)) …
        and I said, “…”"), and "you" in the interviewer's turn the person who answers
        ("((WN)) On your blog you wrote “…”"): the name the turn's label gives; the
        interviewer's one-word label ("((WN))") is nobody."""
        label = self.doc.char_span(*turn, alignment_mode="expand") if turn else None
        if label is None:
            return None
        speaker = Speaker(self.text[turn[0] : turn[1]], turn[0], turn[1], None, None, "person")
        return self._link(speaker, label.root).speaker

    def turn_voice(self, char: int) -> Speaker | None:
        """Who speaks the words opening a transcript turn ("AR: “In spring.”"): the person
        its label names; the interviewer's ("WN: “Why?”") the outlet asking, where the
        text names it (a bare "Q" is no organisation); an unnamed answer's ("A: …") the person the article names first,
        its interviewee."""
        turn = turn_at(self.text, char)
        if turn is None:
            return None
        if turn.name is not None:
            return self._turn_person(turn.name)
        if turn.interviewer:
            outlet = _OUTLET.search(self.text)
            return Speaker(outlet.group(0), outlet.start(), outlet.end(), None, None, "organisation") if outlet else None
        return self._interviewee(turn) if turn.answer else None

    def _unanswered(self, char: int) -> Speaker | None:
        """"((WN)) On your site you wrote “…”" where no labelled answer follows (the
        transcript gives the questions alone): "you" is the interviewee."""
        turn = turn_at(self.text, char)
        return self._interviewee(turn) if turn is not None and turn.name is None and turn.interviewer else None

    def _interviewee(self, turn: Turn) -> Speaker | None:
        """The person an interview's lead names before its transcript: the one
        interviewed or spoken with ("… interviewed the baker Lena Ortiz"), else the first
        named who is not the one asking ("Wikinews reporter Sam Cole", the subject of
        "interviewed")."""
        named = [e for e in self.doc.ents if e.label_ == "PERSON" and e.end_char <= turn.start]
        answering = [e for e in named if not _asking(e)]
        first = next((e for e in answering if _interview_role(e) == "answers"), answering[0] if answering else None)
        return self._turn_person((first.start_char, first.end_char)) if first else None

    def _issued_earlier(self, noun: Token) -> Token | None:
        """"The ministry released a statement. “…,” read the statement": "the" (or "its")
        text is the one issued last before it, in its paragraph or the one before; who issued
        that one speaks."""
        if not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS
                   for c in noun.lefts):
            return None
        lemma = noun.lemma_.lower()
        for i in range(noun.i - 1, -1, -1):
            token = self.doc[i]
            if len(_PARAGRAPH_BREAK.findall(self.text, token.idx, noun.idx)) > 1:
                return None
            if token.lemma_.lower() == lemma and token.pos_ == "NOUN" and not self._in_quote(token.idx):
                return issuer_of(token, issued=True)
        return None

    def _joint(self, head: Token, speaker: Speaker) -> Speaker | None:
        """"Norway, Oman and Switzerland said in a joint statement": states or bodies
        speaking together are one speaker as written, no single actor's (people keep the
        first named: "Mr. Lavrov and Ms. Rodríguez expressed …" is Mr. Lavrov's)."""
        if head.dep_ not in _SUBJECTS or speaker.category not in {"country", "organisation"}:
            return None
        members, node = [], head
        while True:
            nxt = [c for c in node.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            if not nxt:
                break
            node = nxt[0]
            members.append(node)
        if not members:
            return None
        for member in members:
            actor = self._actor_at(member.idx, member.idx + len(member.text))
            category = actor.actor_type if actor else _category(member)
            if category not in {"country", "organisation"}:
                return None
        _, right = name_bounds(members[-1], person=False)
        end = self.doc[right].idx + len(self.doc[right].text)
        return Speaker(self.text[speaker.start : end], speaker.start, end, None, None, "group")

    def surely_resolved(self, head: int, before: int) -> bool:
        """Whether the speaker headed by ``head`` is named, "he"/"she", or a description
        that a referent earlier took as its title ("the foreign minister" after
        "Foreign Minister Ana Ruiz"; "the ministry" after "the Ministry of Energy"), not
        merely the nearest referent of its kind: reported speech, precision first,
        takes only these."""
        token = self.doc[head]
        if token.lower_ in PERSON_PRONOUNS:
            return True
        if token.pos_ == "PRON":
            # "they said": too often a group the article never named, unless the group
            # just spoke ("Officials in Lima said … They added …")
            return token.lower_ in COLLECTIVE_PRONOUNS and self._group_goes_on(token, before)
        description = _description(token)
        if description is None or _apposed_name(token) is not None or _titled_name(token) is not None:
            return True
        category, role = description
        kinds = {"person"} if category == "person" else {category, "organisation", "group", "country"}
        return self._nearest(before, lambda e: e.category in kinds and role in e.roles) is not None

    # -- names --------------------------------------------------------------
    def _name_after_title(self, head: Token) -> Speaker | None:
        """"Former US Ambassador to the United Nations Nikki Haley", "First Minister of
        Scotland Nicola Sturgeon": NER took the place or body and the name for one
        organisation; the name is the capitalised words after the last word the actor
        table or the article's mentions know as a state or body."""
        doc = self.doc
        last = head.right_edge
        if last.pos_ != "PROPN":
            # "Mayor of London Sadiq Khan (no relation)": the name ends before the aside
            run = head.i + 1
            while run <= last.i and (doc[run].pos_ == "PROPN" or doc[run].lower_ in _TITLE_JOINERS):
                run += 1
            last = doc[run - 1]
        if last.i - head.i < 3 or last.pos_ != "PROPN" or _is_title_word(last):
            return None
        tokens = doc[head.i + 1 : last.i + 1]
        if any(not (t.pos_ == "PROPN" or t.lower_ in _TITLE_JOINERS) for t in tokens):
            return None
        run = []
        i = last.i
        while i > head.i and doc[i].pos_ == "PROPN" and doc[i].is_title:
            run.append(i)
            i -= 1
        run.reverse()
        known = -1
        for k, j in enumerate(run):
            prefix = doc[run[0] : j + 1].text
            whole = doc[i + 1 : j + 1]
            if self.lookup_country(prefix) or prefix in self._known_names or self._body_named_elsewhere(prefix, doc[run[0]]) \
                    or self.lookup_country(doc[j].text) or any(
                m.actor_type != "person" and m.end <= whole.end_char + 1 and m.end >= doc[j].idx + len(doc[j].text)
                for m in self._actors_over(doc[j].idx, doc[j].idx + len(doc[j].text))
            ):
                known = k
        name = run[known + 1 :]
        if known < 0 or not (2 <= len(name) <= 4 or len(name) == 1 and _named_elsewhere(doc[name[0]])):
            return None
        start, end = doc[name[0]].idx, doc[name[-1]].idx + len(doc[name[-1]].text)
        speaker = Speaker(self.text[start:end], start, end, None, None, "person")
        return self._link(speaker, doc[name[-1]]).speaker

    def _body_named_elsewhere(self, name: str, at: Token) -> bool:
        return any(text == name and not start <= at.i < end for text, start, end in self._bodies_named)

    def _speaker_at(self, head: Token, category: str | None = None) -> Speaker:
        doc = self.doc
        actor = self._actor_at(head.idx, head.idx + len(head.text))
        category = category or (actor.actor_type if actor else _category(head))
        if category == "organisation" and head.ent_type_ == "PERSON" and head.pos_ == "PROPN" and head.tag_ != "NNPS":
            # "AU trade commissioner Albert Muchanga": the actor table gives a person the
            # body they speak for; the speaker is still a person, named, "she" later
            category = "person"
        left, right = name_bounds(head, person=(category == "person"))
        start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
        if actor is None:
            actor = self._actor_at(start, end)
        if category != "person" and (actor is None or actor.method == "ner") and _title_then_name(head):
            # NER read "… Minister of State for Petroleum Resources (Oil) Tunde Bakare"
            # as one organisation: it is a title and a person's name.
            category, actor = "person", None
            left, right = name_bounds(head, person=True)
            start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
        if category == "country" and _person_named_like_a_place(head, left, actor):
            category, actor = "person", None
        elif self._is_place(head, left, right, category, actor):
            category, actor = "place", None
        elif category == "person" and actor is not None and actor.actor_type == "person":
            # The actor table may keep the end of a long title in the name.
            actor = dataclasses.replace(actor, actor=strip_title(actor.actor))
        return Speaker(
            text=self.text[start:end],
            start=start,
            end=end,
            actor=actor.actor if actor else None,
            country=actor.country if actor else None,
            category=category,
        )

    def _actor_at(self, start: int, end: int) -> ActorMention | None:
        """The longest actor mention overlapping ``start:end``."""
        best = None
        for m in self._actors_over(start, end):
            if best is None or m.end - m.start > best.end - best.start:
                best = m
        return best

    def _actors_over(self, start: int, end: int) -> list[ActorMention]:
        """Actor mentions overlapping ``start:end``, the latest-starting first."""
        i = bisect.bisect_left(self._actor_starts, end) - 1
        found = []
        while i >= 0 and start - self.actors[i].start < 300:
            m = self.actors[i]
            if m.end > start and m.start < end:
                found.append(m)
            i -= 1
        return found

    # -- places -------------------------------------------------------------
    def _place_words(self) -> set[str]:
        """Lower-cased words the article uses as places: NER's locations, proper nouns
        after a locative preposition, before ", where", or naming a field, port, city."""
        doc = self.doc
        places: set[str] = set()
        texts, lowers = token_texts(doc), token_column(doc, "LOWER")
        for ent in doc_entities(doc):
            if ent.label_ in {"GPE", "LOC", "FAC"}:  # str.isalpha is the lexeme's is_alpha
                places.update(lowers[i] for i in range(ent.start, ent.end) if texts[i].isalpha())
        poses, entities = token_column(doc, "POS"), token_column(doc, "ENT_TYPE")
        for i, pos in enumerate(poses):
            if pos != "PROPN" or entities[i] in {"ORG", "NORP"}:
                continue
            token = doc[i]
            if _placed(token):
                places.add(token.lower_)
                places.update(c.lower_ for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")
        return places

    def _is_place(self, head: Token, left: int, right: int, category: str, actor: ActorMention | None) -> bool:
        """A place named where a person or a state was expected: never an antecedent of
        "he"/"she" ("… flew to Soyo. Soyo is home to …"), nor of "it"."""
        if actor is not None and not (actor.actor_type == "person" and actor.method == "ner"):
            return False  # the actor table knows it as a state, body or person
        name = self.text[self.doc[left].idx : self.doc[right].idx + len(self.doc[right])]
        if category == "country":
            # A state or capital the actor table did not count: a state when it acts,
            # a place when it only says where.
            return self.lookup_country(name) is None or _placed(head)
        if category not in {"person", "organisation"}:
            return False
        # A person's surname that is a place elsewhere is still that person: _link
        # joins it to the person named in full before.
        texts, lowers = token_texts(self.doc), token_column(self.doc, "LOWER")
        words = [lowers[i] for i in range(left, right + 1) if texts[i].isalpha() and lowers[i] not in HONORIFICS]
        return bool(words) and (" ".join(words) in _subdivisions() or all(w in self._places for w in words))

    # -- country of a person from the article's own words -------------------
    def _title_country(self, head: Token, name_left: int) -> str | None:
        """The state a person's title phrase or apposition names: "India’s Minister of
        State …", "Kazakh Energy Minister …", "Angola’s oil minister, …", "…, a
        spokeswoman for the Kazakh state oil company KazMunayGas"; an envoy's host state
        ("ambassador to India") does not count. Leftmost first: the possessive or
        demonym that owns the title."""
        doc = self.doc
        tokens = set(range(head.left_edge.i, name_left))
        if head.dep_ == "appos":
            tokens |= {t.i for t in _phrase(head.head) if not head.left_edge.i <= t.i <= head.right_edge.i}
        for child in head.rights:
            if child.dep_ == "appos":
                tokens |= {t.i for t in _phrase(child)}
        tokens |= _apposition_window(doc, name_left, head.right_edge.i)
        tokens |= _title_run(doc, name_left)
        for i in sorted(tokens):
            token = doc[i]
            if abs(i - head.i) > 16 or self._in_quote(token.idx) or _hosts_envoy(token) or _only_where(token):
                continue
            for m in self._actors_over(token.idx, token.idx + len(token.text)):
                if m.actor_type != "person" and m.country:
                    return m.country
            if token.ent_type_ in {"NORP", "GPE"} or (token.pos_ in {"PROPN", "ADJ"} and token.is_title):
                country = self.lookup_country(entity_text(token)) or self.lookup_country(token.text)
                if country:
                    return country
        return None

    # -- antecedents --------------------------------------------------------
    def _named_mentions(self) -> list[_Mention]:
        """Named people and bodies outside quotes, in text order, linked into entities."""
        doc = self.doc
        heads: dict[int, None] = {}
        for m in self.actors:
            if not self._in_quote(m.start):
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and len(span):
                    heads[(_titled_name(span.root) or span.root).i] = None
        for ent in doc_entities(doc):
            if ent.label_ in {"PERSON", "ORG", "GPE"} and not self._in_quote(ent.start_char):
                heads[ent.root.i] = None
        lowers, deps = token_column(doc, "LOWER"), token_column(doc, "DEP")
        poses, entities = token_column(doc, "POS"), token_column(doc, "ENT_TYPE")
        for i, lower in enumerate(lowers):
            # What every branch below needs, read off the columns: most tokens fail it.
            if not (
                lower in _GROUPS_OR_SOURCES or deps[i] in _SUBJECTS and poses[i] == "PROPN" and not entities[i]
            ) or self._in_quote(self._token_starts[i]):
                continue
            token = doc[i]
            if token.lower_ in GROUP_NOUNS and token.tag_ == "NNS" and any(
                c.ent_type_ in {"NORP", "GPE", "ORG"} for c in token.lefts
            ):
                heads[token.i] = None  # a group the parser has no entity for: "Chinese officials"
            elif token.lower_ in _GROUPS_OR_SOURCES and token.tag_ == "NNS" and token.dep_ in _SUBJECTS:
                heads[token.i] = None  # "The researchers found … They reported, “…”": who "they" are
            elif token.dep_ in _SUBJECTS and token.pos_ == "PROPN" and not token.ent_type_ and not token.is_lower:
                # a name the parser's NER missed ("Rubio spoke …"), or a title whose
                # name ends its phrase ("said Minister of State for … Kofi Mensah"); a
                # word in lower case the tagger took for one ("said fentanyl had …") is
                # no name, nor anyone "he" could stand for
                titled = _titled_name(token)
                if titled is not None:
                    heads[titled.i] = None
                elif not _is_title_word(token):
                    heads[token.i] = None
        found = []
        for i in sorted(heads):
            token = doc[i]
            if token.dep_ == "poss" and _kin_of(token):
                pass  # "Tom's sister pleaded with him, but he …": the person whose kin it is
            elif token.dep_ == "poss" or token.dep_ == "compound":
                continue  # "Beijing’s ambassador", "Kremlin spokesman": a modifier, not a referent
            if transcript_label(doc, i):
                continue  # "((WN))": who asks next in an interview, no referent of "they"
            if not _LATIN.search(token.text):
                continue  # the original-language text an English article gives beside a translation
            found.append(self._link(self._speaker_at(token), token))
        found.sort(key=lambda m: (m.speaker.end, m.speaker.start))
        return found

    def _link(self, speaker: Speaker, head: Token) -> _Mention:
        """Attach a named mention to an entity: the same actor, or a name whose words
        are part of an earlier one's ("Puri" in "Hardeep Singh Puri"). A person entity
        lends its person actor to a mention the actor table took for something else."""
        words = _name_words(speaker.text)
        entity = None
        # Every entity so far is a candidate for every mention: the tests most candidates
        # fail (same actor, shared name words) go first, the surname test only after them.
        for candidate in reversed(self.entities):
            same_kind = candidate.category == speaker.category
            if same_kind and speaker.actor is not None and candidate.actor == speaker.actor:
                entity = candidate
                break
            if not words or not (words <= candidate.words or candidate.words <= words):
                continue
            # NER and the actor table sometimes take a bare surname for a place or a
            # company ("Puri said"); inside a person's name it is that person.
            if same_kind or candidate.category == "person" and words <= candidate.words and (
                not (speaker.category == "country" and speaker.country) or _surname_of(candidate, words, head)
            ):
                entity = candidate
                break
        if entity is None:
            entity = _Entity(speaker.category, speaker.actor, set(words), country=speaker.country)
            if speaker.category == "person":
                entity.name = " ".join(w for w in speaker.text.split() if w.lower() not in HONORIFICS)
            self.entities.append(entity)
        elif entity.category == "person" and speaker.category != "person":
            speaker = Speaker(speaker.text, speaker.start, speaker.end, entity.actor, entity.country, "person")
        elif entity.actor is None and speaker.actor is not None:
            entity.actor, entity.country = speaker.actor, speaker.country or entity.country
        if speaker.category == "person" and speaker.actor is None:
            # No actor mention here: a person is their full name as first given.
            speaker = Speaker(speaker.text, speaker.start, speaker.end, entity.actor or entity.name, entity.country, "person")
        if speaker.category == "person" and speaker.country is None:
            # The actor table does not know the person's state: the title phrase or the
            # apposition around this mention may say it, or an earlier mention did.
            if entity.country is None:
                entity.country = self._title_country(head, self._token_at(speaker.start))
            if entity.country is not None:
                speaker = Speaker(speaker.text, speaker.start, speaker.end, speaker.actor, entity.country, "person")
        entity.words |= words
        context = _context_words(head)
        lesser = _lesser_offices(head)
        entity.roles |= {w for w in context if w in PERSON_ROLES or w in BODY_NOUNS or w in GENERIC_PEOPLE} - set(lesser)
        entity.roles |= {f"{prefix} {w}" for w, prefix in lesser.items()}
        entity.remits |= {REMITS[w] for w in context if w in REMITS}
        gender = _gender(context) or _apposed_gender(head)
        if gender and entity.gender is None:
            entity.gender = gender
        mention = _Mention(speaker, entity)
        self._by_head[head.i] = mention
        return mention

    def _token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._token_starts, char) - 1)

    def _insert(self, mention: _Mention) -> None:
        i = bisect.bisect_right(self._mention_ends, mention.speaker.end)
        self.mentions.insert(i, mention)
        self._mention_ends.insert(i, mention.speaker.end)

    def _in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, char) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def _only_person_before(self, head: Token, before: int) -> _Mention | None:
        """The person named in the sentence before ``head``'s, when that sentence names
        no other: whom "the Oak College lecturer added" takes up."""
        sentence = token_sentence(head)
        if sentence.start == 0:
            return None
        previous = token_sentence(self.doc[sentence.start - 1])
        lo, hi = self.doc[previous.start].idx, self.doc[sentence.start].idx
        found = self._nearest(before, lambda e: e.category == "person")
        people = {e.text for e in previous.ents if e.label_ == "PERSON"}
        if found is None or len(people) != 1 or not lo <= found.speaker.start < hi:
            return None
        return found

    def _nearest(self, before: int, fits) -> _Mention | None:
        i = bisect.bisect_right(self._mention_ends, before) - 1
        while i >= 0:
            mention = self.mentions[i]
            if fits(mention.entity):
                return mention
            i -= 1
        return None

    def _pronoun(self, pronoun: Token, before: int) -> _Mention | None:
        """"he"/"she": the salient fitting mention, unless an earlier "he"/"she" that is
        a subject stands nearer than it and the mention is no sentence's subject: then
        the same referent as that pronoun ("He said Mayor Kolar is “…”; “…,” he added"
        is the first "He"'s twice; "she testified she was held by Vos. She told the
        jury …" stays with the woman the first "she" was)."""
        if pronoun.i in self._pronouns:
            return self._pronouns[pronoun.i]
        gender = PERSON_PRONOUNS[pronoun.lower_]
        # In an interview the one who speaks, or is spoken to, says "I" or hears "you":
        # "she" in their turn is someone else ("my mom … she's like, “…”").
        turn = turn_speaker(self.text, pronoun.idx) or addressee(self.text, pronoun.idx)
        party = _name_words(self.text[turn[0] : turn[1]]) if turn else None
        found = self._salient(
            before,
            lambda e: e.category == "person" and e.gender in (None, gender) and not (party and party <= e.words),
            pronoun,
        )
        found = self._within_turn(found, pronoun)
        earlier = self._earlier_pronoun(pronoun, found)
        if earlier is not None:
            found = self._pronoun(earlier, earlier.idx) or found
        if found is not None and found.entity.gender is None:
            found.entity.gender = gender  # later "she" must skip a man called "he"
        self._pronouns[pronoun.i] = found
        return found

    def _within_turn(self, found: _Mention | None, pronoun: Token) -> _Mention | None:
        """In an interview transcript a pronoun stands for someone named in its turn or
        the question before it, else for nobody the article names (the answer tells of
        people the interview never names: "my mom", "some friends")."""
        since = turn_start(self.text, pronoun.idx)
        if since is None or found is None:
            return found
        question = turn_start(self.text, since - 1) if since > 0 else None
        return found if found.speaker.start >= (since if question is None else question) else None

    def _earlier_pronoun(self, pronoun: Token, found: _Mention | None) -> Token | None:
        """The nearest earlier subject "he"/"she" of the same form outside quotes, in
        ``found``'s sentence or after it, when that mention is not the subject of its
        sentence (a name that is takes over the chain)."""
        head = self._head_token(found) if found is not None else None
        if pronoun.lower_ not in {"he", "she"} or head is None or _root_subject(head):
            return None
        for i in range(pronoun.i - 1, token_sentence(head).start - 1, -1):
            token = self.doc[i]
            if token.lower_ == pronoun.lower_ and token.dep_ in _SUBJECTS and not self._in_quote(token.idx):
                return token
        return None

    def _salient(self, before: int, fits, pronoun: Token) -> _Mention | None:
        """The antecedent of "he"/"she": the nearest fitting mention, except that in
        the pronoun's own sentence a name it is spoken to or about ("Speaking to X of
        PBS, he said") is skipped, and in the sentence of the nearest mention the
        subject of the sentence wins over a name in a clause or object ("Mugabe agreed
        to a deal in which Tsvangirai became prime minister. “…,” he declared"), and
        failing that the subject of a clause wins over a name in a phrase ("the paper
        reported that the prince admitted blame for the death of X. … he said")."""
        own = token_sentence(pronoun)
        i = bisect.bisect_right(self._mention_ends, before) - 1
        first = None
        clause_subject = None
        while i >= 0:
            mention = self.mentions[i]
            i -= 1
            if not fits(mention.entity):
                continue
            token = self._head_token(mention)
            if token is not None and own.start <= token.i < pronoun.i and token.dep_ in {"pobj", "dobj"}:
                continue
            if first is None:
                first = (mention, token)
                if token is None or _root_subject(token):
                    return mention
                sentence = token_sentence(token)
                continue
            if token is None or token_sentence(token) != sentence or "\n" in self.text[mention.speaker.end : first[0].speaker.start]:
                break  # the parser's sentences may run across paragraphs
            if _root_subject(token):
                return mention
            if clause_subject is None and token.dep_ in {"nsubj", "nsubjpass"}:
                clause_subject = mention
        if first is not None and clause_subject is not None and first[1] is not None and first[1].dep_ not in {"nsubj", "nsubjpass"}:
            return clause_subject
        if first is not None and first[1] is not None and _in_phrase(first[1]):
            # "Ana Ruiz arrived on Monday. Talks with the envoy Tom Hale lasted an hour. She
            # said …": a name only in a phrase of the sentence before yields to the
            # subject of the sentence before that, in the same paragraph
            return self._subject_before(first[0], first[1], fits) or first[0]
        return first[0] if first else None

    def _subject_before(self, mention: _Mention, token: Token, fits) -> _Mention | None:
        sentence = token_sentence(token)
        if sentence.start == 0:
            return None
        previous = token_sentence(self.doc[sentence.start - 1])
        if "\n" in self.text[previous.start_char : sentence.start_char].strip():
            return None
        i = bisect.bisect_right(self._mention_ends, mention.speaker.start) - 1
        while i >= 0:
            candidate = self.mentions[i]
            i -= 1
            if candidate.speaker.start < previous.start_char:
                return None
            head = self._head_token(candidate)
            if head is not None and previous.start <= head.i < previous.end and fits(candidate.entity) and _root_subject(head):
                return candidate
        return None

    def _group_goes_on(self, pronoun: Token, before: int) -> bool:
        """"They" stands for the group, body or state "they" resolves to when that was the
        lone subject of a verb of speech in this paragraph or the one before, and no other
        plural subject (nor coordinated subjects) stands between that verb and "they":
        the source goes on reporting ("The coast guard reported … On Tuesday, they
        reported …"); "Police said the strikers had left. They said …" stays unresolved."""
        found = self._within_turn(self._collective(before), pronoun)
        head = self._head_token(found) if found is not None else None
        if head is None or head.dep_ not in _SUBJECTS or head.i >= pronoun.i:
            return False
        if any(c.dep_ == "conj" for c in head.children):
            return False  # "X and Y said …": "they" are both, whom the first conjunct does not name
        verb = head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SPEECH_VERBS or verb.i >= pronoun.i:
            return False
        if len(_PARAGRAPH_BREAK.findall(self.text, found.speaker.end, pronoun.idx)) > 1:
            return False
        return not any(
            t.dep_ in _SUBJECTS and t.lower_ not in COLLECTIVE_PRONOUNS
            and (t.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in t.children))
            for t in self.doc[verb.i + 1 : pronoun.i]
        )

    def _collective(self, before: int) -> _Mention | None:
        """The antecedent of "they": the nearest group, body or state that was the
        subject of its clause in this paragraph or the one before, or a subject
        coordinated with others ("X and his counterparts met … They concluded", as
        written from its first conjunct); else the nearest group, body or state. A
        demonym modifying a noun ("the Italian minister") is nobody."""
        fallback = None
        i = bisect.bisect_right(self._mention_ends, before) - 1
        while i >= 0:
            mention = self.mentions[i]
            i -= 1
            token = self._head_token(mention)
            if token is not None and token.dep_ == "amod":
                continue
            kind = mention.entity.category in {"group", "organisation", "country"}
            if fallback is None and kind:
                fallback = mention
            near = len(_PARAGRAPH_BREAK.findall(self.text, mention.speaker.end, before)) <= 1
            if not near and fallback is not None:
                break
            if near and token is not None and token.dep_ in _SUBJECTS and (
                kind or any(c.dep_ == "conj" for c in token.children)
            ):
                return mention
        return fallback

    def _one_of_them(self, one: Token, group: Token, before: int) -> Speaker:
        """"One of them said": one member of the group "them" stands for, as written; not
        the group, nor the first name of a pair ("X and Y were jailed. One of them said").
        A member of a body or state speaks for it; of people, for nobody named."""
        found = self._within_turn(self._collective(before), group)
        owner = found.speaker if found is not None and found.entity.category != "person" else None
        start, end = one.idx, group.idx + len(group.text)
        return Speaker(self.text[start:end], start, end, owner.actor if owner else None,
                       owner.country if owner else None, "person")

    def _head_token(self, mention: _Mention) -> Token | None:
        span = self.doc.char_span(mention.speaker.start, mention.speaker.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _describe(
        self, before: int, category: str, role: str, *, nearest: bool = True, remits: frozenset[str] = frozenset()
    ) -> _Mention | None:
        """A description takes the nearest referent given that title before it, else
        (with ``nearest``) a person's the nearest person; one whose title names another
        remit is someone else ("the health minister" is not "Transport Minister X")."""
        kinds = {"person"} if category == "person" else {category, "organisation", "group", "country"}

        def same_office(e: _Entity) -> bool:
            return not (remits and e.remits and not remits & e.remits)

        titled = self._nearest(before, lambda e: e.category in kinds and role in e.roles and same_office(e))
        if titled is not None and role not in _name_words(titled.speaker.text):
            # "the court" after "the Supreme Court of Ruritania … Ruritania": the mention
            # that bears the title, not a shorter one of the same referent
            earlier = self.mentions[: bisect.bisect_right(self._mention_ends, before)]
            titled = next(
                (m for m in reversed(earlier) if m.entity is titled.entity and role in _name_words(m.speaker.text)), titled
            )
        if titled is not None or category == "person" and nearest:
            found = titled or self._nearest(before, lambda e: e.category in kinds)
            return found if found is not None and same_office(found.entity) else None
        # "the army said" after "the Revolutionary Guards own the airport": a body
        # nobody gave that name is no other body; the words themselves speak
        return None


def name_bounds(head: Token, person: bool) -> tuple[int, int]:
    """Token bounds (inclusive) of the speaker's name headed by ``head``."""
    return _whole_words(head.doc, *(_person_bounds(head) if person else _bounds(head)))


def _whole_words(doc: Doc, left: int, right: int) -> tuple[int, int]:
    """The bounds grown over words the tokenizer split at a hyphen ("ex-Muslims",
    "co-author"): never half a word."""
    while joined_by_hyphen(doc, left - 2):
        left -= 2
    while joined_by_hyphen(doc, right):
        right += 2
    return left, right


def _bounds(head: Token) -> tuple[int, int]:
    left = head.i
    for child in head.lefts:
        if child.dep_ in {"amod", "compound", "nmod", "nummod", "quantmod"}:
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in {"compound", "flat"}:
            right = max(right, child.right_edge.i)
        elif child.dep_ == "prep" and head.pos_ == "PROPN" and (
            child.lower_ == "of" or child.ent_iob_ == "I" and child.ent_type_ == head.ent_type_ == "ORG"
        ):
            # "Bank of England"; "Commission on Presidential Debates", "Center for Food
            # Safety" when the entity runs on through "on"/"for" (never "ABC on Friday")
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if objects:
                last = objects[-1]
                while child.lower_ != "of" and any(c.dep_ == "conj" and c.ent_iob_ == "I" for c in last.children):
                    last = [c for c in last.children if c.dep_ == "conj" and c.ent_iob_ == "I"][-1]
                right = max(right, last.i)
        elif child.dep_ not in {"punct"}:
            break
    doc = head.doc
    while left < head.i and (
        doc[left].dep_ in {"det", "poss", "case", "punct"} or doc[left].tag_ == "POS" or doc[left].ent_type_ in TIME_ENTS
    ):
        # "the Kremlin" → "Kremlin"; "China’s Foreign Ministry" → "Foreign Ministry";
        # "On Friday Ford Motor Company announced" → "Ford Motor Company"
        left += 1
    return left, right


def _person_bounds(head: Token) -> tuple[int, int]:
    """The name without the job title in front of it, with a courtesy title kept."""
    doc = head.doc
    left = head.i
    while left - 1 >= 0:
        prev = doc[left - 1]
        lower = prev.lower_
        if lower in HONORIFICS:
            left -= 1
            break
        if _is_title_word(prev) or prev.ent_type_ in {"NORP", "GPE", "ORG"} and prev.ent_type_ != head.ent_type_:
            break
        if lower in PERSON_ROLES and prev.ent_type_ != "PERSON":
            break  # "Analyst Rohan Mehta": a role at the start of a sentence, not a name
        if lower in names.OCCUPATIONS and (prev.ent_type_ != "PERSON" or prev.ent_iob_ == "B"):
            # "Voter Jenna Marsh told …": an occupation capitalised before a name, also
            # where NER opens the person's name with it
            break
        if prev.pos_ == "PROPN" or lower in NAME_PARTICLES or (prev.text == "-" and not prev.whitespace_):
            left -= 1
            continue
        break
    if left < head.i and doc[left].lower_ not in HONORIFICS and _after_title(doc, left):
        # A long title runs on into words no list knows ("… for Petroleum Resources
        # Heineken Lokpobiri"): a plural is no name, and of three or more words the name
        # is what the parser's NER calls the person (two words are simply the name).
        ent_start = _person_entity_start(head)
        if ent_start is None or head.i - left < 2 or head.i - ent_start < 1:
            ent_start = left
        while left < head.i and (doc[left].tag_ == "NNPS" or left < ent_start):
            left += 1
    right = head.i
    while right + 1 < len(doc):
        nxt = doc[right + 1]
        if nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.head.i == head.i:
            right += 1
            continue
        break
    if doc[left].lower_ in NAME_PARTICLES and left < head.i and not _hyphen_joined(doc, left):
        left += 1
    return left, right


def _person_named_like_a_place(head: Token, left: int, actor: ActorMention | None) -> bool:
    """"Ana Paris, a retired nurse, said …": the actor table knows only the surname, as a
    state or its capital; a given name before it and an apposition that calls the bearer
    a person ("a woman", "a nurse", "the bishop") make it a person's name."""
    doc = head.doc
    if actor is None or actor.method == "ner" or left >= head.i or actor.start <= doc[left].idx:
        return False
    if any(doc[i].pos_ != "PROPN" or not doc[i].is_title for i in range(left, head.i)):
        return False
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and (
            c.lemma_.lower() in _APPOSED_PEOPLE or _role_or_occupation(c) or c.lower_ in _SEXED
        )
        for c in head.rights
    )


def _surname_of(entity: _Entity, words: set[str], head: Token) -> bool:
    """A bare "Paris" after "Ana Paris, a retired nurse" is her surname again, where the
    sentence does not use it as a place."""
    return entity.name is not None and words == {entity.name.split()[-1].lower()} and not _placed(head)


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """"al-Nasri": the particle is written onto the name, part of it as written."""
    return i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_


def _placed(token: Token) -> bool:
    """The sentence uses this proper noun as a place."""
    if token.dep_ == "conj" and token.head.pos_ == "PROPN" and _placed(token.head):
        return True  # "in Kent, Devon and Essex": each conjunct says where, as the first does
    head = token.head
    if token.dep_ == "pobj":
        prep = head.lower_
        if prep in _LOCATIVE or prep == "from" and token.ent_type_ != "PERSON":
            return True
        if prep == "to" and head.head.lemma_.lower() in _MOTION:
            return True
        if prep == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
            return True  # "the port city of Bontang"
    if token.dep_ == "compound" and head.lemma_.lower() in PLACE_NOUNS and head.is_lower:
        return True  # "the Tengiz field"
    if token.dep_ == "dobj" and head.lemma_.lower() in _VISITS and token.ent_type_ != "PERSON":
        return True
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ == "where"


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    """Names of states, provinces and regions (ISO 3166-2, from pycountry): places even
    where the parser's NER takes one for a person ("Lagos")."""
    return frozenset(s.name.lower() for s in pycountry.subdivisions)


def _phrase(token: Token) -> list[Token]:
    """The token's subtree without relative clauses ("…, whose country imports …")."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in {"relcl", "acl", "advcl"})
    return out


def _apposition_window(doc: Doc, left: int, right: int) -> set[int]:
    """Words between commas right before or after a name, when they hold a role word
    (a fallback for parses that miss the apposition)."""
    found: set[int] = set()
    for step, start in ((-1, left - 2), (1, right + 2)):
        edge = left - 1 if step < 0 else right + 1
        if not (0 <= edge < len(doc)) or doc[edge].text != ",":
            continue
        window, i = [], start
        while 0 <= i < len(doc) and abs(i - edge) <= 12 and doc[i].text not in _LINKS and "\n" not in doc[i].text:
            if step > 0 and doc[i].pos_ in {"VERB", "AUX"}:
                break
            window.append(i)
            i += step
        if any(doc[k].lemma_.lower() in PERSON_ROLES for k in window):
            found.update(window)
    return found


def _only_where(token: Token) -> bool:
    """"a trader in Singapore", "the Vienna-based agency": a place, not an allegiance."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in {"based", "headquartered"}:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE


def _hosts_envoy(token: Token) -> bool:
    """"ambassador to India": India hosts the envoy."""
    node = token
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _ENVOYS:
            return True
        node = head
    return False


def _is_title_word(token: Token) -> bool:
    lower = token.lower_
    return lower in TITLE_WORDS or lower in PORTFOLIO_WORDS


def _after_title(doc: Doc, i: int) -> bool:
    """Token ``i`` follows a title or the link words inside one ("of", "for", "and", ",")."""
    if i == 0:
        return False
    prev = doc[i - 1]
    return _is_title_word(prev) or prev.lower_ in {"of", "for", "and", "&", ","} or prev.ent_type_ in {"ORG", "NORP", "GPE"}


def _person_entity_start(head: Token) -> int | None:
    """Start of the PERSON entity around ``head``, if the parser found one."""
    if head.ent_type_ != "PERSON":
        return None
    i = head.i
    while i > 0 and head.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def strip_title(name: str) -> str:
    """A person's name without leading title words ("Officer Tengku Muhammad Taufik" →
    "Tengku Muhammad Taufik"); unchanged when nothing would be left."""
    words = name.split()
    k = 0
    while k < len(words) - 1:
        lower = words[k].lower().rstrip(",")
        if lower.startswith("(") and lower.endswith(")"):
            k += 1  # "(Oil)" in "Minister of State for Petroleum Resources (Oil)"
            continue
        if lower in TITLE_WORDS or lower in PORTFOLIO_WORDS or k and lower in {"of", "for", "and", "&"}:
            k += 1
            continue
        break
    return " ".join(words[k:]) if k else name


# "Some of the protesters", "a number of senators": the speaker is the group after "of".
_QUANTIFIERS = words("quotes", "quantifiers")
# Verbs that put a text out: its subject or agent is who speaks through it.
ISSUING_VERBS = words("quotes", "issuing_verbs")
_ALIAS_NOUNS = words("names", "alias_nouns") | words("quotes", "alias_bare_nouns")  # (shared with the actors)
_ALIAS_VERBS = words("quotes", "alias_verbs")


def named_subject(subjects: list[Token]) -> list[Token]:
    """"The party's leader, Ana Ruiz announced …", "Early critic MP Ana Ruiz said …" parse
    as two subjects: a description, perhaps a comma, then the name; the name is the one
    subject. A word the tokenizer splits at its hyphen ("co-author") the parse may make
    as many subjects: the word is one, headed by its last part."""
    if len(subjects) > 2 and all(
        b.i == a.i + 1 for a, b in zip(subjects, subjects[1:])
    ) and all(t.text == "-" for t in subjects[1:-1:2]) and len(subjects) % 2:
        return subjects[-1:]
    if len(subjects) == 2:
        description, name = subjects
        doc = name.doc
        gap = doc[description.right_edge.i + 1 : name.left_edge.i]
        if (description.pos_ == "NOUN" and name.pos_ == "PROPN" and description.i < name.i
                and all(t.text == "," for t in gap) and len(gap) <= 1):
            return [name]
    if len(subjects) >= 2 and _title_read_as_subjects(subjects):
        return subjects[-1:]
    return subjects


def _member_before_campus(head: Token) -> Token | None:
    """"Ana Ruiz of the University of Texas, Austin disagreed", "researchers at the
    University of Nebraska, Lincoln said": the parse makes the campus town written after
    the body's name the subject; the person or people the body is of speak. The town is
    one word or one place ("Austin Lee" after the comma would be a name)."""
    doc = head.doc
    left = head.left_edge.i
    if head.dep_ not in _SUBJECTS or head.pos_ != "PROPN" or left < 2 or doc[left - 1].text != ",":
        return None
    if not (left == head.i or head.ent_type_ in {"GPE", "LOC"} and all(t.ent_type_ == head.ent_type_ for t in doc[left : head.i])):
        return None
    node = doc[left - 2]
    if node.ent_type_ != "ORG":
        return None
    for _ in range(8):  # up the body's name and the "of" or "at" it hangs from
        if node.head.i == node.i:
            return None
        via, node = node, node.head
        if node.ent_type_ == "PERSON" and node.pos_ == "PROPN" or node.pos_ == "NOUN" and (
            node.lemma_.lower() in PERSON_ROLES or node.lower_ in _GROUPS_OR_SOURCES
        ):
            return node if via.dep_ == "prep" and via.lower_ in {"of", "at", "from"} else None
        if not (node.ent_type_ == "ORG" or node.pos_ == "ADP" and node.dep_ == "prep"):
            return None
    return None


def _title_read_as_subjects(subjects: list[Token]) -> bool:
    """"WHO director-general Ana Ruiz said …", "Acme co-founder Ana Ruiz said …": the parse
    may take the body or the first part of the title before a person's name for subjects
    of their own. The name is the last subject, a person, and the subjects' words run on
    to it in one stretch, no comma, conjunction or other break between."""
    name = subjects[-1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or any(s.i > name.i for s in subjects):
        return False
    doc = name.doc
    words = sorted({t.i for s in subjects for t in s.subtree if t.i <= name.i})
    if words != list(range(words[0], name.i + 1)):
        return False
    return all(doc[i].text == "-" or not doc[i].is_punct and doc[i].dep_ not in {"cc", "conj"} for i in words)


def _interview_role(person: Span) -> str | None:
    """"asks" for the one who interviews or speaks with a person ("Sam Cole interviewed
    Lena Ortiz"), "answers" for the one interviewed or spoken with ("… interviewed the
    baker Lena Ortiz", "spoke with Lena Ortiz") or speaking with the outlet ("Lena
    Ortiz spoke with Wikinews"), else None."""
    node = person.root
    while node.dep_ in {"appos", "compound"} and node.head is not node:
        node = node.head  # "the baker Lena Ortiz": the noun the name stands beside
    verb = node.head.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else node.head
    if verb.lemma_.lower() not in _INTERVIEW_VERBS:
        return None
    if node.dep_ in {"dobj", "pobj"}:
        return "answers"
    if node.dep_ in _SUBJECTS:
        objects = [o for o in _verb_objects(verb) if o.ent_type_ == "PERSON" and not _OUTLET.fullmatch(o.text)]
        return "asks" if objects else "answers"
    return None


def _verb_objects(verb: Token) -> list[Token]:
    """The direct object and the objects of the prepositions of ``verb``, with the names
    they stand beside ("the baker Lena Ortiz")."""
    found = []
    for child in verb.children:
        heads = [child] if child.dep_ == "dobj" else [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        for head in heads:
            found.extend(t for t in head.subtree if t.dep_ in {"appos", "compound"} or t is head)
    return found


def _asking(person: Span) -> bool:
    """The PERSON entity is who puts an interview's questions: titled reporter or
    interviewer ("Wikinews reporter Sam Cole"), or the subject of "interviewed"."""
    doc = person.doc
    titled = person.start > 0 and doc[person.start - 1].lower_ in _REPORTERS or any(
        c.lower_ in _REPORTERS for c in person.root.children if c.dep_ in {"compound", "appos", "amod"})
    return titled or _interview_role(person) == "asks"


def one_of_them(head: Token) -> Token | None:
    """"One of them said": the pronoun for the group of which ``head`` is one member
    (speaker_for gives that member as written, see SpeakerResolver._one_of_them), or None."""
    if head.lower_ != "one":
        return None
    part = _partitive(head)
    return part if part is not None and part.lower_ in COLLECTIVE_PRONOUNS else None


def _partitive(head: Token) -> Token | None:
    """"Some of the protesters", "many of its members": the group after "of"."""
    if head.lower_ not in _QUANTIFIERS:
        return None
    for child in head.children:
        if child.dep_ == "appos" or child.dep_ == "conj" and child.pos_ == "PROPN" and not any(
            c.dep_ == "cc" for c in head.children
        ):
            return child  # "One of these groups, the Syrian Democratic Forces, said" (an apposition the parse may call a conjunct)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                named = [c for c in objects[0].children if c.dep_ == "appos"]
                return named[0] if named else objects[0]
    return None


def _kin_of(token: Token) -> bool:
    """A person's name as the possessor of a kin noun ("Ana Ruiz's brother")."""
    return token.ent_type_ == "PERSON" and token.head.lemma_.lower() in _SEXED_KIN


def _in_phrase(token: Token) -> bool:
    """A name in a prepositional phrase that does not make it a source: not "according
    to X", not the agent "by X"."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return not (prep.dep_ == "agent" or prep.lower_ == "to" and prep.i > 0 and token.doc[prep.i - 1].lower_ == "according")


def _root_subject(token: Token) -> bool:
    """The subject of its sentence's main verb, or the name in apposition to it ("Another
    singer, Rosa Lind, would name …": the name is who the sentence is about, not the
    people it names as objects)."""
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ROOT"


def issuer_of(noun: Token, *, issued: bool = False) -> Token | None:
    """Who issued a statement or report, as its sentence says: "the court's summary",
    "a statement by/from the ministry", "a statement released by the office", "they
    released a statement which said"; ``None`` when the sentence does not say. With
    ``issued``, only who is said to have put it out (the last two)."""
    names = [] if issued else [c for c in noun.children if c.dep_ == "poss"] + [
        c for c in noun.lefts if c.dep_ == "compound" and (c.pos_ == "PROPN" or c.lemma_.lower() in BODY_NOUNS)
    ]
    if names:
        # "the court's summary"; "the Home Office letter reads", "the government statement announced"
        return names[0] if names[0].dep_ == "poss" else names[-1]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"} and not issued:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].lemma_.lower() not in MUTE_NOUNS:
                return objects[0]
        if child.dep_ == "prep" and child.lower_ == "of" and not issued:
            # "the opinion of the Court": a body's text, not "a summary of the decision"
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and (objects[0].lower_ in BODY_NOUNS or objects[0].ent_type_ == "ORG") \
                    and objects[0].lemma_.lower() not in MUTE_NOUNS:
                return objects[0]
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in ISSUING_VERBS:
            # "a statement released by the office", "a tweet sent from her account";
            # not "a letter seen by the paper"
            for agent in child.children:
                if agent.dep_ == "agent" or agent.dep_ == "prep" and agent.lower_ == "from":
                    objects = [c for c in agent.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
        for child in noun.head.children:
            if child.dep_ == "nsubj":
                return child
    return None


def owner_named_after(according: Token) -> Token | None:
    """"According to its press release, the NBA …": a text that a possessive pronoun
    gives an owner, in the phrase opening the sentence, is the text of the name that
    is the clause's subject after it (the pronoun looks ahead, not back)."""
    objects = [c for c in according.doc[according.i + 1].children if c.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in MUTE_NOUNS or according.left_edge.i != token_sentence(according).start:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in objects[0].children):
        return None
    subjects = [c for c in according.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > objects[0].i]
    return subjects[0] if subjects and subjects[0].pos_ == "PROPN" else None


def relayed_speaker(verb: Token) -> Token | None:
    """"The paper quoted X as saying …", "the BBC cited X as saying …", "X was quoted as
    saying …": X speaks, the outlet only relays (the object of the relaying verb, or the
    subject of its passive, never its subject). So does the source a report cites on
    the way ("Reuters, citing two officials, reported …"), when it is one that speaks."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.lemma_.lower() in RELAYING_VERBS:
            cited = [c for c in child.children if c.dep_ == "dobj" and _speaks(c)]
            if cited:
                return cited[0]
    if verb.lemma_.lower() in RELAYING_VERBS:
        # the parse may hang a second quote on "quoted" itself: "… as saying “A” and “B”"
        relaying = verb if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) else None
    else:
        prep = verb.head
        ok = verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "as"
        relaying = prep.head if ok and prep.head.lemma_.lower() in RELAYING_VERBS else None
    if relaying is None:
        return None
    objects = [c for c in relaying.children if c.dep_ == "dobj"] or [
        c for c in relaying.children if c.dep_ == "nsubjpass"  # "X was quoted as saying …"
    ]
    return objects[0] if objects else None


def _speaks(noun: Token) -> bool:
    """A name, or a source, person or body noun; not a text ("citing a report") or a
    thing ("citing concerns")."""
    forms = {noun.lemma_.lower(), noun.lower_}
    if forms & MUTE_NOUNS:
        return False
    return noun.pos_ == "PROPN" or bool(forms & (PERSON_ROLES | GROUP_NOUNS | BODY_NOUNS | UNNAMED_SOURCES))


def _apposed_name(head: Token) -> Token | None:
    """"the UAE’s energy minister, Suhail al-Mazrouei," names its minister by apposition;
    so does "the director of the country's Red Cross, Ana Ruiz," which the parse hangs on
    the body the role belongs to."""
    if head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
        return None
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            if "(" in {head.doc[child.i - 1].text, head.doc[child.left_edge.i].text, head.doc[child.left_edge.i - 1].text}:
                # "the Northern Front (NF)", "the head of NFU (National Farmers Union), Ana
                # Ruiz,": a bracket only spells out or repeats a body's name
                continue
            return child
        if (child.dep_ == "appos" or child.dep_ == "conj" and not any(c.dep_ == "cc" for c in head.children)) and (
            child.lemma_.lower() in PERSON_ROLES
        ):
            # "said the University of Ontario, Kingston's chancellor, Hamid Soltani": the
            # body, its role, and the name the role is given (the parse may make the role
            # a conjunct, and NER may leave the name untagged)
            named = [
                c for c in child.rights
                if c.dep_ == "appos" and c.pos_ == "PROPN" and (c.ent_type_ == "PERSON" or _full_name_words(c))
            ]
            if named:
                return named[0]
    if head.lemma_.lower() in PERSON_ROLES:
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "at", "for", "to"}:
                for body in prep.children:
                    for child in body.rights:
                        if child.dep_ == "appos" and (child.ent_type_ == "PERSON" or _untagged_full_name(child)) and (
                            head.doc[child.left_edge.i - 1].text == ","
                        ):
                            return child
    return None


def _untagged_full_name(token: Token) -> bool:
    """"The mayor of Lisbon, Ana Costa, said": NER may tag a person's name after a place
    as a place or a body ("Costa" as a state); a given name and a surname, the first no
    place word ("New York", "South Ossetia"), set off by commas, name the role's holder."""
    doc = token.doc
    return _full_name_words(token) and token.right_edge.i + 1 < len(doc) and doc[token.right_edge.i + 1].text == ","


def _full_name_words(token: Token) -> bool:
    """A given name and a surname: two or more capitalised proper nouns, the first no
    place word."""
    words = list(token.doc[token.left_edge.i : token.right_edge.i + 1])
    return (
        token.pos_ == "PROPN" and len([t for t in words if t.pos_ == "PROPN"]) >= 2
        and all(t.pos_ == "PROPN" and t.is_title or t.text == "-" for t in words)
        and words[0].ent_type_ not in {"GPE", "LOC", "NORP", "FAC"}
    )


def _coordinated_name(head: Token) -> Token | None:
    """"said study co-author and university fellow Ana Lind": a bare title joined by
    "and" to a second title that runs into a name is that person's, named at the end
    ("the minister and Ana Lind" are two people; so are "officials and Ana Lind")."""
    if head.pos_ != "NOUN" or not head.is_lower or head.tag_ != "NN" or any(c.dep_ == "det" for c in head.lefts):
        return None
    doc = head.doc
    node = head
    if node.i + 2 < len(doc) and doc[node.i + 1].text == "-":
        node = doc[node.i + 2]  # the parse splits a hyphenated title ("co-author") and hangs the rest on its end
    for child in node.children:
        if child.dep_ == "conj" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON" and any(
            left.pos_ in {"NOUN", "PROPN"} and left.ent_type_ != "PERSON" for left in child.lefts
        ):  # the name's own title ("fellow", "Senior Fellow") before it, not just a first name
            return child
    return None


def _name_ending_subject(head: Token) -> Token | None:
    """"Longtime Morning Show in the Evening writer and performer Ana Lind tweeted": a
    long title the parse heads with a capitalised word no entity (a show's, a firm's
    name) and ends, right before the verb, with the person's name: that name speaks
    (a role noun heading it keeps its own: "the lawyer for Ana Lind said")."""
    if head.dep_ != "nsubj" or head.pos_ != "PROPN" or head.ent_type_ in {"PERSON", "GPE", "NORP"}:
        return None
    last = head.right_edge
    if last.i == head.i or last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or last.i + 1 != head.head.i:
        return None
    gap = head.doc[head.i + 1 : last.left_edge.i]
    if last.head.i == head.i and (last.dep_ == "appos" or last.dep_ == "conj" and all(t.dep_ == "cc" for t in gap)):
        return None  # "Apple and Ana Lind said": two subjects; an apposition is _apposed_name's
    if any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in head.doc[head.i : last.i]):
        return None
    return last


def _named_as(head: Token) -> Token | None:
    """"a protester using the pseudonym Katya", "a resident identified only as Omar", "a
    man named Ali": an unnamed source the article names by an alias is that name. Read
    word by word after the noun (the parse hangs these phrases anywhere)."""
    if head.pos_ != "NOUN":
        return None
    doc = head.doc
    for i in range(head.i + 1, min(len(doc), head.i + 8)):
        token, prev = doc[i], doc[i - 1]
        if token.is_punct or "\n" in token.text:
            return None
        if token.pos_ != "PROPN":
            continue
        if prev.lemma_.lower() in _ALIAS_NOUNS or prev.lower_ == "named" and i - 1 == head.i + 1:
            return token
        if prev.lower_ == "as" and any(t.lemma_.lower() in _ALIAS_VERBS for t in doc[max(head.i, i - 4) : i - 1]):
            return token
    return None


def _title_run(doc: Doc, name_left: int) -> set[int]:
    """The title written just before a name, read left word by word (for parses that
    scatter it): capitalised words, title words, "of"/"for"/"and", parentheses, a
    possessive, and a comma that ends a title ("…for Energy and Petroleum, Opiyo …")."""
    found: set[int] = set()
    i = name_left - 1
    while i >= 0 and name_left - i <= 16:
        token = doc[i]
        if token.text == ",":
            if not (i > 0 and _is_title_word(doc[i - 1])) or doc[i - 1].ent_type_ == "PERSON":
                break
        elif not (
            token.pos_ == "PROPN" or _is_title_word(token) or token.ent_type_ in {"NORP", "GPE"}
            or token.lower_ in {"of", "for", "and", "&", "the", "(", ")", "’s", "'s"}
        ) or "\n" in token.text:
            break
        found.add(i)
        i -= 1
    return found


_SPEECH_CUES = words("speech", "cues")


def _named_elsewhere(word: Token) -> bool:
    """A lone word after a title and its body ("Secretary General of the Andean Community
    Wagner") is a surname when the article names a person by it elsewhere, or has it
    speak ("said Wagner", which NER may take for a body too)."""
    if word.lower_ in BODY_NOUNS:
        return False
    return any(t.text == word.text and (t.ent_type_ == "PERSON" or t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEECH_CUES)
               for t in word.doc if t.i != word.i)


def _title_then_name(head: Token) -> bool:
    """The head ends a person's name that follows a title, though NER took the whole
    phrase for an organisation or a place."""
    if head.pos_ != "PROPN" or head.tag_ == "NNPS" or _is_title_word(head) or head.lower_ in BODY_NOUNS:
        return False
    node = head
    for _ in range(6):  # "said President of the European Commission Ursula von der Leyen"
        if node.head.i == node.i:
            break
        node = node.head
        if _titled_name(node) is head:
            return True
    left, _ = _person_bounds(head)
    doc = head.doc
    if left == head.i or left == 0 or any(t.tag_ == "NNPS" or t.lower_ in BODY_NOUNS for t in doc[left : head.i]):
        return False  # one word, or a company ("… Transfer Partners")
    prev = doc[left - 1]
    # "the senior archbishop Anna Kowal", "Detective Ana Ruiz": a role or an occupation
    # before the name ends the title as a title word does
    return _is_title_word(prev) or _role_or_occupation(prev) or prev.text == ")" or (
        prev.text == "," and left >= 2 and _is_title_word(doc[left - 2])
    )


def _role_or_occupation(token: Token) -> bool:
    return token.lower_ in PERSON_ROLES or token.lower_ in names.OCCUPATIONS


def _titled_name(head: Token) -> Token | None:
    """"said Minister of State for Water Resources Kofi Mensah" parses the title as the
    subject with the name at the end of its prepositions: the name's last token. A title
    in lower case does so too when NER calls that last name a person ("Chief executive of
    the Northside Food Bank Tom Hale said")."""
    if head.ent_type_ == "PERSON" or not _is_title_word(head):
        return None
    if head.pos_ != "PROPN" and not (head.pos_ == "NOUN" and head.right_edge.ent_type_ == "PERSON"):
        return None
    last = head.right_edge
    if last.i == head.i or last.pos_ != "PROPN" or _is_title_word(last):
        return None
    if last.ent_type_ not in {"", "PERSON"} and head.doc[last.i - 1].ent_type_ != "PERSON":
        return None  # "President of Russia": no name after the title
    for token in head.doc[head.i + 1 : last.i]:
        if not (token.pos_ == "PROPN" or token.lower_ in {"of", "for", "and", "&", "the", ","}):
            return None  # a clause or an apposition, not one title running into a name
    return last


def _description(head: Token) -> tuple[str, str] | None:
    """("person" | "organisation" | "group", role) for "the minister", "the ministry",
    "officials"; ``None`` for a name or a qualified phrase ("Chinese officials")."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if not head.is_lower and not _bare_title(head):
        return None
    for child in head.lefts:
        if child.pos_ == "PROPN" or child.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"} or child.dep_ == "poss":
            return None
    lemma = head.lemma_.lower()
    if head.lower_ in GROUP_NOUNS:
        return "group", lemma
    if lemma in PERSON_ROLES and (lesser := _lesser_prefix(head.doc, head.i)) is not None:
        return "person", f"{lesser} {lemma}"  # "the vice president"
    if lemma in PERSON_ROLES or lemma in GENERIC_PEOPLE:
        # "scientists say", "the players said", "a witness said": people of that trade or
        # kind, not the one named last
        return ("group" if head.tag_ == "NNS" else "person"), lemma
    if lemma in BODY_NOUNS:
        return "organisation", lemma
    return None


def _role_at_named_body(head: Token) -> bool:
    """"the Oak College lecturer", "the Acme engineer": one person's role at a body the
    phrase names, which takes up someone named just before rather than naming anyone."""
    lefts = list(head.lefts)
    return (
        head.is_lower and head.tag_ == "NN" and (_role_or_occupation(head) or head.lemma_.lower() in GENERIC_PEOPLE)
        and head.lower_ not in SPEAKING_STAFF
        and bool(lefts) and lefts[0].lower_ == "the"
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in lefts)
        and not any(c.dep_ == "poss" for c in lefts)
    )


def _bare_title(head: Token) -> bool:
    """"The President said": a capitalised role after "the" with nothing else before it
    is a description, not a name."""
    lefts = list(head.lefts)
    return (
        head.is_title and head.lower_ in PERSON_ROLES and len(lefts) == 1 and lefts[0].lower_ == "the"
        and not any(c.dep_ in {"compound", "flat", "appos"} for c in head.rights)
        and not (head.i + 1 < len(head.doc) and head.doc[head.i + 1].pos_ == "PROPN")
    )


def _remits(head: Token) -> frozenset[str]:
    """The remits a description's own words give its office ("the health minister",
    "the foreign ministry")."""
    return frozenset(REMITS[c.lower_] for c in head.lefts if c.dep_ in {"compound", "amod"} and c.lower_ in REMITS)


def _qualified(head: Token) -> bool:
    """"the head of the city's audit office", "the director at the clinic": a role the
    phrase ties to a body of its own, so a referent of its own unless someone was given
    that title before."""
    return any(
        c.dep_ == "prep" and c.lower_ in {"of", "at", "for"} and any(o.dep_ == "pobj" and o.pos_ != "PRON" for o in c.children)
        for c in head.rights
    )


def indefinite(head: Token) -> bool:
    """"a trader", "an official", "one official" (the parse makes "one" a number): a new
    referent, not one named before."""
    return any(
        c.dep_ == "det" and c.lower_ in {"a", "an", "another", "one"} or c.dep_ == "nummod" and c.lower_ == "one"
        for c in head.lefts
    )


def _category(head: Token) -> str:
    if head.ent_type_ == "PERSON":
        return "person"
    if head.tag_ in {"NNS", "NNPS"} and head.ent_type_ not in {"ORG", "GPE"}:
        return "group"
    if head.ent_type_ == "GPE":
        return "country"
    if head.ent_type_ in {"ORG", "FAC"} or head.lower_ in BODY_NOUNS:
        return "organisation"
    return "person" if head.pos_ == "PROPN" else "group"


def _name_words(text: str) -> set[str]:
    return {w.strip(".,’'").lower() for w in text.split()} - HONORIFICS - {""}


def _context_words(head: Token) -> set[str]:
    """Words of the phrase and its apposition: where titles and gender cues live."""
    doc = head.doc
    lowers, lemmas, deps = token_column(doc, "LOWER"), token_column(doc, "LEMMA"), token_column(doc, "DEP")
    words = set()
    for i in (token.i for token in head.subtree):
        if abs(i - head.i) > 12 or deps[i] == "relcl":
            continue
        words.add(lowers[i])
        words.add(lemmas[i].lower())
    if head.dep_ == "appos":  # "Russia’s ambassador to India, Denis Alipov"
        for i in (token.i for token in head.head.subtree):
            if abs(i - head.i) <= 12:
                words.add(lowers[i])
                words.add(lemmas[i].lower())
    return words


_LESSER_OFFICE = words("quotes", "lesser_office")


def _lesser_offices(head: Token) -> dict[str, str]:
    """Roles the phrase gives only after "vice" ("former Vice-President Ana Ruiz"), with
    that word: the deputy's office, which a later "the vice president" takes up and "the
    president" does not."""
    doc = head.doc
    lowers = token_column(doc, "LOWER")
    lesser, plain = {}, set()
    for token in head.subtree:
        if abs(token.i - head.i) > 12:
            continue
        prefix = _lesser_prefix(doc, token.i)
        if prefix is None:
            plain.add(lowers[token.i])
        else:
            lesser[lowers[token.i]] = prefix
    return {w: prefix for w, prefix in lesser.items() if w not in plain}


def _lesser_prefix(doc: Doc, i: int) -> str | None:
    # Off the columns: asked of every word of every named mention's phrase.
    lowers = token_column(doc, "LOWER")
    i -= 1
    if i >= 1 and token_texts(doc)[i] == "-":
        i -= 1
    return lowers[i] if i >= 0 and lowers[i] in _LESSER_OFFICE else None


def _apposed_gender(head: Token) -> str | None:
    """"Her father, Tom Hale", "Ana Paris, a woman of 30", "son Ben": the kin or sex noun
    the name stands in apposition to, or that stands right before it ("Tom Hale, his
    wife …" in a list may be a misparsed conjunct: an apposition of the name's own with
    a possessive says nothing)."""
    # a kin noun with a name of its own is someone else ("Tom Hale, his wife Ana Hale")
    nouns = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"
             and not any(g.pos_ == "PROPN" or g.dep_ == "poss" for g in c.children)]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        nouns.append(head.head)
    left = head.left_edge
    if left.i < head.i and left.pos_ == "NOUN" and left.dep_ in {"compound", "nmod"}:
        nouns.append(left)
    lemmas = {n.lemma_.lower() for n in nouns}
    female, male = bool(lemmas & _FEMALE_APPOSED), bool(lemmas & _MALE_APPOSED)
    if female != male:
        return "f" if female else "m"
    return None


def _gender(words: set[str]) -> str | None:
    female, male = bool(words & _FEMALE), bool(words & _MALE)
    if female != male:
        return "f" if female else "m"
    return None
