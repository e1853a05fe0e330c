"""From a parsed Doc to actor mentions: recognition, phrase rules and resolution.

The Doc comes from the engine's single parse; nothing here changes the pipeline. What
the table knows is found with one ``PhraseMatcher`` (built once per process); what it
does not know comes from ``doc.ents``. Phrase rules then turn the pieces ("atoms")
into DESIGN.md mentions, in this order, each consuming the atoms it uses:

1. people: the whole title phrase and the state, region, body or company before it
   belong to the person ("Russian Foreign Minister Sergey Lavrov", "Japanese Economy,
   Trade and Industry Minister …", "Minister of State for Petroleum Resources …",
   "Kurdistan Region Prime Minister …"); people the table lacks are learned from the
   article (title phrase, apposition "Zhu Jingyang, Beijing's ambassador to Colombia")
   and resolve later surnames ("Mr. Lavrov", "the Maduro regime") before the table
   does ("Kim" after "Kim Jung-kwan"); a name opening a company's name is the company
   ("Obiora Industries");
2. groups: a plural noun for people or companies after a state or body ("Russian
   Foreign Ministry officials", "U.S. Army Delta Force commandos", "U.S. shale
   producers");
3. bodies and governments: "Russian Foreign Ministry", "[Venezuelan] Government";
4. organisations NER finds, when they look like organisations (a name word such as
   "Council" or "Company", an acronym, a descriptor "state oil company SHT", an
   apposition "Butterball, the largest U.S. turkey processor"), with the state in or
   before their name ("Independent Petroleum Marketers Association of Nigeria",
   "Turkish state broadcaster TRT", "Tokyo Gas") and the acronym they are given in
   brackets ("… (IPMAN)");
5. what is left stands alone: states by name, demonyms, companies, and capitals or
   seats of government where they stand for the state (not "in Caracas", not in a
   dateline, not "Washington-based");
6. context: what names no state ("the Foreign Ministry", "President Mahamat Idriss
   Deby", "state oil company SHT") takes the state the text is talking about; an
   organisation named again, a partner in "Tokyo Gas and Osaka Gas", and a company and
   the owner it is named after share the state the text gives one of them. A paragraph
   naming no state falls back on the article's main state (dateline included); a
   company the table lacks takes the state of the capital that locates it ("Luanda
   consultancy X", "X in Seoul"), which is then no mention itself; officials of
   international bodies ("EU Energy Commissioner …") keep no state.

Crude grades, benchmarks and units ("Brent", "Urals", "British thermal units", "OPEC
basket") are blocked by the table's ``commodities``; capitals in a route ("the
Baku-Tbilisi-Ceyhan pipeline") or a list of places are locations.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from analysis.actors import table as T
from analysis.actors.table import ActorTable, Entry, fold
from analysis.records import ActorMention
from analysis.registry import doc_text
from corpus.normalize import paragraph_spans

# Where a capital or seat only says where something happened.
LOCATION_PREPS = frozenset(
    "in at near inside outside around across throughout within into via through beyond".split()
)
# "to"/"from" a capital is a place only after a verb of motion ("flew to Beijing").
MOTION_PREPS = frozenset("to from toward towards".split())
MOTION_LEMMAS = frozenset(
    "fly travel arrive return go come head move sail relocate land depart leave flee "
    "drive commute".split()
)
HONORIFICS = frozenset("Mr. Ms. Mrs. Dr. Mr Ms Mrs Dr Miss".split())
NAME_SUFFIXES = frozenset("Jr. Sr. Jr Sr II III IV".split())
NAME_PARTICLES = frozenset("bin bint ibn al el de da di del van von der le la".split())
ROLE_WORDS = frozenset(
    "ambassador minister president spokesman spokeswoman spokesperson official envoy "
    "diplomat leader chief head executive adviser advisor aide general commander "
    "negotiator representative secretary director governor consul senator lawmaker "
    "premier chancellor king prince emir counterpart deputy chairman analyst farmer "
    "economist founder owner member citizen resident congressman congresswoman legislator "
    "politician candidate mayor activist businessman businesswoman billionaire journalist "
    "professor researcher dictator strongman ruler autocrat".split()
)
# Titles after which a U.S. state name is the person's constituency, not a country.
US_STATE_TITLES = frozenset(
    "Governor Gov. Senator Sen. Rep. Representative Congressman Congresswoman Attorney "
    "Lt. Lieutenant Mayor".split()
)
# Names written family name first: "Mao Ning" is later "Mao".
FAMILY_NAME_FIRST = frozenset("CHN TWN HKG MAC PRK KOR VNM".split())
# Words that make an NER span an organisation, or a place, rather than a person.
ORG_WORDS = frozenset(
    "Company Co. Corp Corp. Corporation Inc Inc. Ltd Ltd. LLC plc PLC Group Holdings "
    "Energy Petroleum Oil Gas Refinery Refining Council Institute Institution Bank Fund "
    "Agency Airways Airlines Federation Association Union Organization Organisation "
    "Commission Committee University Exchange Partners Capital Media Post Times Journal "
    "News Foundation Alliance League Authority Service Party Rally Front Movement Guards "
    "Guard Corps Army Navy Forces Police Ministry Department Office Court Assembly "
    "Parliament Senate Congress Center Centre Club Trust Industries Resources Shipping "
    "Logistics Motors Systems Technologies Labs Network Broadcasting Holding Television "
    "Radio Consortium".split()
)
ORG_SUFFIXES = frozenset(
    "Company Co. Corp Corp. Corporation Inc. Ltd Ltd. plc PLC Group Holdings Refinery "
    "Airways Airlines Federation Association Council Institute Bank Fund Agency Authority "
    "Exchange Party Foundation Alliance League Union Industries University Commission "
    "Committee Holding Consortium".split()
)
PLACE_WORDS = frozenset(
    "Lake Mount Mountains River Sea Island Islands Shoal Strait Gulf Bay Basin Field "
    "Peninsula Valley Desert Canal Coast Ocean Delta Province Region Port Airport "
    "Street Square Palace Trot".split()
)
ORG_DESCRIPTORS = frozenset(
    "company firm refiner refinery operator producer processor insurer trader carrier maker "
    "lender bank group agency broker consultancy major giant miner shipper newspaper "
    "outlet tank exchange fund utility supplier exporter importer airline party "
    "conglomerate manufacturer developer provider monopoly contractor broadcaster network "
    "regulator association generator wholesaler marketer distributor retailer watchdog "
    "lobby consortium subsidiary affiliate channel daily tabloid television radio "
    "station house".split()
)
# The last word of a company named after its city or region ("Tokyo Gas", "Osaka Gas").
INDUSTRY_HEADS = frozenset(
    "Gas Oil Petroleum Energy Power Electric Electricity Steel Motors Airlines Airways "
    "Refining Petrochemical Chemical Chemicals Shipping Bank".split()
)
# Words that join the parts of a title ("Minister of State for Petroleum Resources",
# "Economy, Trade and Industry Minister").
TITLE_CONNECTORS = frozenset("of for and &".split())
# Capitalised words that never belong to a title phrase ("On Monday Prime Minister …").
NOT_TITLE_ENTS = frozenset("DATE TIME CARDINAL ORDINAL PERCENT MONEY QUANTITY PERSON".split())
# Common nouns after a proper name that make it a place ("Ceyhan port").
PLACE_NOUNS = frozenset(
    "port terminal field oilfield fields basin region province city town district pipeline "
    "refinery plant hub coast border crossing island islands peninsula strait".split()
)
# Nouns after a hyphenated chain of places that make it a route ("Baku-Tbilisi-Ceyhan pipeline").
ROUTE_NOUNS = frozenset(
    "pipeline pipelines line railway railroad rail route corridor highway road flight flights "
    "link interconnector cable".split()
)
# "<Demonym> <sector> <head>" names a state regulator, one organisation of that state
# ("Norwegian Offshore Directorate", "Danish Energy Agency", "Ghanaian Petroleum Authority").
SECTOR_WORDS = frozenset("Offshore Petroleum Energy Oil Gas Hydrocarbons Mining Nuclear".split())
REGULATOR_HEADS = frozenset("Directorate Agency Authority Administration Regulator Commission".split())
PARTY_WORDS = frozenset("party coalition movement bloc alliance".split())
ACRONYM_STOP = frozenset(
    "LNG LPG GDP CEO CFO WTI API CO2 BPD BBL TV AI IT PM AM ET GMT UTC OK US UK EU UN "
    "ID VAT".split()
)
SPEECH_LEMMAS = frozenset(
    "say tell add warn urge write announce state note claim insist argue call ask "
    "respond reply explain".split()
)
MODIFIER_KINDS = (T.NAME, T.DEMONYM, T.ORGANISATION, T.SEAT, T.BODY, T.CAPITAL)
TITLE_MODIFIER_KINDS = MODIFIER_KINDS + (T.REGION,)
STATE_KINDS = (T.NAME, T.DEMONYM, T.CAPITAL, T.SEAT)
# Context words that make a capitalised place name something else.
TRAP_CITIES = {
    "Georgia": frozenset("Atlanta Savannah Macon Athens Augusta Peach".split()),
    "Washington": frozenset("Seattle Spokane Tacoma Olympia Yakima Bellevue Redmond".split()),
}
BIRD_WORDS = frozenset(
    "Thanksgiving roast roasted bird birds stuffing gravy feast dinner poultry wild farm "
    "farms sandwich meat breast drumstick gobble pardon pardoned avian oven carve carved "
    "carving".split()
)
DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ .'’/\-]*[A-ZÀ-Þ.])"  # CARACAS, NEW DELHI, LONDON/DUBAI
    r"(?:\s*,\s*[^()\n–—]{0,40}?)?"  # , Jan 4 / , Venezuela
    r"\s*(?P<agency>\([^()\n]{1,40}\))?"  # (Reuters)
    r"\s*[–—-]{1,2}\s"
)
QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("«", "»"))


@dataclass(slots=True)
class Atom:
    """A recognised piece: token span, what it is, and how it was found."""

    start: int  # token index
    end: int
    kind: str
    actor: str
    actor_type: str
    country: str | None
    method: str
    used: bool = False


@dataclass(slots=True)
class Draft:
    """A mention before it becomes a record (token span)."""

    start: int
    end: int
    actor: str
    actor_type: str
    country: str | None
    method: str
    body: str | None = None  # an unresolved state body ("Foreign Ministry")
    needs_state: bool = False  # country from context (titled person, state company)
    head: int = -1  # token of the name (for conjunctions)
    titled: bool = False
    the_country_at: int = -1  # "the country’s dictator, X": state named before this token


class Resolver:
    """Everything built once per process: the table and its matcher."""

    def __init__(self, table: ActorTable):
        self.table = table
        # Patterns are tokenised by a blank English tokenizer (the same rules as the
        # English pipelines); PhraseMatcher keys are string hashes, so it matches Docs
        # of any English vocab.
        self._nlp = spacy.blank("en")
        self.matcher = PhraseMatcher(self._nlp.vocab, attr="ORTH")
        self.entries: dict[int, Entry] = {}
        aliases = sorted(table.entries)
        for alias, pattern in zip(aliases, self._nlp.tokenizer.pipe(aliases)):
            key = self._nlp.vocab.strings.add("actor:" + alias)
            self.entries[key] = table.entries[alias]
            self.matcher.add("actor:" + alias, [pattern])
        # Surnames of the table's people ("Lavrov", "Mao" for Mao Ning).
        self.surnames: dict[str, T.Person] = {}
        for person in sorted(table.people.values(), key=lambda p: p.name):
            for form in (person.name, *person.aliases):
                for key in _surname_keys(form, person.country):
                    self.surnames.setdefault(key, person)
        self.title_words = frozenset(table.titles) | HONORIFICS

    def mentions(self, doc: Doc, article_id: str) -> list[ActorMention]:
        work = _DocWork(self, doc)
        work.run()
        return work.records(article_id)


def _surname_keys(name: str, country: str | None) -> list[str]:
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
    return keys


class _DocWork:
    """The work on one Doc; linear in its length (apart from small local windows)."""

    def __init__(self, resolver: Resolver, doc: Doc):
        self.r = resolver
        self.t = resolver.table
        self.doc = doc
        self.text = doc_text(doc)
        self.atoms: list[Atom] = []
        self.atom_at: dict[int, Atom] = {}
        self.atom_ending: dict[int, Atom] = {}
        self.drafts: list[Draft] = []
        self.taken: set[int] = set()
        # surname key -> people introduced in the article under it: (token, name, draft)
        self.learned: dict[str, list[tuple[int, str, Draft]]] = {}
        self.first_form: dict[str, str] = {}
        self.acronyms: dict[str, str] = {}  # acronyms the article defined: "IPMAN"
        self._company_openers: set[str] | None = None  # words before a company word
        self.hints: list[tuple[int, str]] = []  # (char offset, ISO3) of places named
        self.bodies_seen: list[tuple[int, str, str]] = []  # (token, body kind, ISO3)
        self.paragraphs = paragraph_spans(self.text)
        self.datelines = _datelines(self.text, self.paragraphs)
        self.quoted = _quoted_ranges(self.text)
        for _, _, _, place in self.datelines:
            iso3 = self.t.lookup_country(place.split("/")[0].strip())
            if iso3:
                self.hints.append((0, iso3))

    # -- pipeline --------------------------------------------------------------------

    def run(self) -> None:
        self._table_atoms()
        self._ner_people()
        self._drop_eponymous()
        self._index()
        self._people()
        self._groups()
        self._bodies_and_governments()
        self._named_organisations()
        self._ner_organisations()
        self._standalone()
        self._learned_surnames()
        self._resolve_context()

    def records(self, article_id: str) -> list[ActorMention]:
        doc, out, seen = self.doc, [], set()
        for d in sorted(self.drafts, key=lambda d: (d.start, d.end)):
            if not d.actor:
                continue
            start, end = doc[d.start].idx, doc[d.end - 1].idx + len(doc[d.end - 1].text)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            text = self.text[start:end]
            out.append(ActorMention(article_id, start, end, text, d.actor, d.actor_type, d.country, d.method))
        return out

    # -- atoms -----------------------------------------------------------------------

    def _table_atoms(self) -> None:
        spans = []
        for key, start, end in self.r.matcher(self.doc):
            entry = self.r.entries.get(key)
            if entry is not None:
                spans.append((start, end, entry))
        # Longest match wins ("South China Sea" over "China", "Washington Post" over
        # "Washington"), then the earlier one.
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        occupied: set[int] = set()
        for start, end, entry in spans:
            if any(i in occupied for i in range(start, end)):
                continue
            occupied.update(range(start, end))
            method = "alias-file" if entry.source == "alias-file" else "table"
            self.atoms.append(Atom(start, end, entry.kind, entry.actor, entry.actor_type, entry.country, method))

    def _ner_people(self) -> None:
        """Person atoms from NER and from honorifics, filtered for what is not a person."""
        doc = self.doc
        by_token = {i: a for a in self.atoms for i in range(a.start, a.end)}
        spans = [(e.start, e.end, "ner") for e in doc.ents if e.label_ == "PERSON"]
        for ent in doc.ents:  # "[Petroleum Resources Heineken Lokpobiri]ORG": a title, then a name
            if ent.label_ in ("ORG", "NORP", "GPE", "FAC") and len(ent) >= 3:
                tail = self._name_after_title(ent.start, ent.end, by_token)
                if tail is not None:
                    spans.append((tail, ent.end, "ner"))
            elif ent.label_ in ("ORG", "GPE", "NORP") and self._org_is_a_person(ent.start, ent.end, by_token):
                spans.append((ent.start, ent.end, "ner"))
        # "Chief Executive [Vadim Vorobyov]": a name NER missed right after a title.
        for tok in doc[:-2]:
            if tok.text in self.r.title_words and tok.is_title and tok.text not in HONORIFICS and tok.i not in by_token:
                end = tok.i + 1
                while end < len(doc) and end - tok.i <= 3 and self._bare_name_word(end, by_token):
                    end += 1
                if end - tok.i - 1 >= 2 and not (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
                    spans.append((tok.i + 1, end, "ner"))
        for tok in doc:  # "Mr. X" is a person whatever NER thinks X is
            if tok.text in HONORIFICS and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
                end = tok.i + 1
                while end < len(doc) and end - tok.i <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
                    end += 1
                if end > tok.i + 1:
                    spans.append((tok.i + 1, end, "honorific"))
        for start, end, how in sorted(spans, key=lambda s: (s[0], -s[1])):
            while start < end and doc[start].text in self.r.title_words:
                start += 1
            while end > start and doc[end - 1].text in ("’s", "'s", "’", "'"):
                end -= 1
            if start >= end:
                continue
            # "President Mahamat Idriss Deby": NER sometimes drops a given name.
            # A sentence-opening given name only when the parse ties it to the name
            # ("Mehmet Kalyoncu, the Turkish billionaire").
            while (
                start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
                and doc[start - 1].text not in self.r.title_words and start - 1 not in by_token
                and (
                    not doc[start - 1].is_sent_start
                    or (doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end)
                )
            ):
                start -= 1
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
            if words & (ORG_WORDS | PLACE_WORDS) or self._in_dateline_char(doc[start].idx):
                continue
            if end < len(doc) and doc[end].is_title and doc[end].text in ORG_WORDS:
                continue  # "Obiora Petroleum Refinery", "Kalyoncu Holding": a company
            if how == "ner" and end - start > 1 and start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
                continue  # "the Turkey Trot"; a lone surname may still be "the Maduro regime"
            overlapping = {id(by_token[i]): by_token[i] for i in range(start, end) if i in by_token}
            if overlapping:
                # "Jordan Bardella", "Chad Miller": a longer person name beats a place
                # inside it; anything else the table knows wins.
                inside = list(overlapping.values())
                if not all(
                    a.kind in (T.NAME, T.CAPITAL, T.DEMONYM) and start <= a.start and a.end <= end
                    and a.end - a.start < end - start
                    for a in inside
                ):
                    continue
                self.atoms = [a for a in self.atoms if id(a) not in overlapping]
                for i in range(start, end):
                    by_token.pop(i, None)
            if any(i in by_token for i in range(start, end)):
                continue  # already inside a longer name ("bin Salman" after the merge)
            atom = Atom(start, end, T.PERSON, "", "person", None, how)
            self.atoms.append(atom)
            for i in range(start, end):
                by_token[i] = atom

    def _name_after_title(self, start: int, end: int, occupied) -> int | None:
        """Where a person's name starts inside an entity that opens with a title, or None:
        the two or three capitalised words after the last title word."""
        doc = self.doc
        last = max((i for i in range(start, end - 1) if doc[i].text in self.r.title_words), default=None)
        if last is None or not 2 <= end - last - 1 <= 3:
            return None
        for i in range(last + 1, end):
            tok = doc[i]
            if not (tok.is_title and tok.pos_ == "PROPN") or tok.text in ORG_WORDS | PLACE_WORDS or i in occupied:
                return None
        return last + 1

    def _bare_name_word(self, i: int, occupied) -> bool:
        tok = self.doc[i]
        return (
            tok.is_title and tok.pos_ == "PROPN" and not tok.ent_type_ in ("ORG", "GPE", "NORP", "DATE", "FAC", "LOC")
            and tok.text not in self.r.title_words and tok.text not in ORG_WORDS | PLACE_WORDS and i not in occupied
        )

    def _org_is_a_person(self, start: int, end: int, occupied) -> bool:
        """A two- or three-word name NER calls an organisation, that the text treats as a
        person: an apposition with a role ("Sani Musa, the Kenyan billionaire"), or a
        surname that opens a company's name ("Femi Adeyemi, whose Adeyemi Industries …")."""
        doc = self.doc
        words = doc[start:end]
        if not 2 <= len(words) <= 3 or any(i in occupied for i in range(start, end)):
            return False
        if any(not (t.is_title and t.pos_ == "PROPN") or t.text in ORG_WORDS | PLACE_WORDS for t in words):
            return False
        if self._apposition_role(end):
            return True
        if self._company_openers is None:
            self._company_openers = {
                t.text for t in doc[:-1] if doc[t.i + 1].is_title and doc[t.i + 1].text in ORG_WORDS
            }
        return doc[end - 1].text in self._company_openers

    def _apposition_role(self, end: int) -> bool:
        """", the refinery’s founder," / ", the Kenyan billionaire," right after ``end``."""
        doc = self.doc
        if end >= len(doc) or doc[end].text != ",":
            return False
        for j in range(end + 1, min(end + 10, len(doc))):
            tok = doc[j]
            if tok.text in (",", ".", ";", "\n\n") or tok.pos_ in ("VERB", "AUX"):
                return False
            if tok.lower_ in ROLE_WORDS and tok.is_lower:
                return True
        return False

    def _drop_eponymous(self) -> None:
        """A person's name opening a company's name is the company ("Trump Organization")."""
        doc = self.doc
        occupied = {i for a in self.atoms for i in range(a.start, a.end)}
        self.atoms = [
            a for a in self.atoms
            if not (
                a.kind == T.PERSON and a.end < len(doc) and a.end not in occupied
                and doc[a.end].is_title and doc[a.end].text in ORG_WORDS
            )
        ]

    def _index(self) -> None:
        self.atoms.sort(key=lambda a: (a.start, a.end))
        self.atom_at = {i: a for a in self.atoms for i in range(a.start, a.end)}
        self.atom_ending = {a.end: a for a in self.atoms}

    def _add(self, draft: Draft, atoms: list[Atom]) -> Draft:
        for atom in atoms:
            atom.used = True
        self.taken.update(range(draft.start, draft.end))
        self.drafts.append(draft)
        return draft

    # -- 1. people -------------------------------------------------------------------

    def _is_title(self, i: int) -> bool:
        return self.doc[i].text in self.r.title_words and i not in self.atom_at

    def _title_phrase(self, start: int) -> tuple[int, list[Atom], bool, bool]:
        """Extend a name left over its whole title phrase: titles, the capitalised words
        of an office ("Chief Cabinet Secretary", "Minister of State for Petroleum
        Resources", "Economy, Trade and Industry Minister") and the state, region, body or
        company they belong to ("Japanese …", "Kurdistan Region …", "NNPC Group …")."""
        doc = self.doc
        parts: list[Atom] = []
        titled = us_state = joined = False
        k, words = start, 0  # phrase is doc[k:start]; words: office words the table lacks
        while k > 0:
            i = k - 1
            if self._is_title(i):
                # "Mr." alone is no office: it says nothing about which state.
                titled = titled or (doc[i].text not in HONORIFICS and doc[i].lower_ not in TITLE_CONNECTORS)
                k = i
                continue
            modifier = self.atom_ending.get(k)
            if titled and modifier is not None and not modifier.used and modifier.kind in TITLE_MODIFIER_KINDS:
                if doc[modifier.start : modifier.end].text in self.t.us_states and doc[k].text in US_STATE_TITLES:
                    us_state = True
                parts.append(modifier)
                k = modifier.start
                continue
            if (
                titled and doc[k].text in US_STATE_TITLES
                and doc[i].text in self.t.us_states and i not in self.atom_at
            ):
                us_state, k = True, i
                continue
            if not titled or i in self.atom_at:
                break
            tok = doc[i]
            if tok.lower_ in TITLE_CONNECTORS or (tok.text == "," and joined):
                # Only between two words of the office: "Trade and Industry", "Economy,
                # Trade" (a comma only in a list that ends with "and").
                if i == 0 or i - 1 in self.atom_at or k in self.atom_at:
                    break
                if not (self._office_word(i - 1) and self._office_word(k)):
                    break
                joined = joined or tok.lower_ in ("and", "&")
                k = i
                continue
            if words < 4 and self._office_word(i):
                words += 1
                k = i
                continue
            break
        while k < start and (doc[k].lower_ in ("of", "and", "the", "for", "&") or doc[k].text == ",") and k not in self.atom_at:
            k += 1
        return k, parts, titled, us_state

    def _office_word(self, i: int) -> bool:
        """A capitalised word that can be part of an office's name ("Cabinet",
        "Resources", "Kurdistan"), not a date, number, name or function word."""
        tok = self.doc[i]
        if tok.text in self.r.title_words:
            return i not in self.atom_at or self.atom_at[i].kind in TITLE_MODIFIER_KINDS
        if i in self.atom_at:
            return self.atom_at[i].kind in TITLE_MODIFIER_KINDS
        if _is_acronym(tok.text):
            return True  # "XYZ Chairman …": the organisation the office belongs to
        return (
            tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.ent_type_ not in NOT_TITLE_ENTS
            and tok.text not in HONORIFICS
        )

    def _people(self) -> None:
        doc = self.doc
        singles: list[tuple[Atom, Draft]] = []
        for atom in [a for a in self.atoms if a.kind == T.PERSON]:
            if atom.used:
                continue
            start, parts, titled, us_state = self._title_phrase(atom.start)
            name_span = doc[atom.start : atom.end]
            honorific = atom.method == "honorific" or (atom.start > 0 and doc[atom.start - 1].text in HONORIFICS)
            if atom.method in ("ner", "honorific"):
                if len(name_span) == 1 and not (titled or honorific):
                    singles.append((atom, Draft(atom.start, atom.end, name_span.text, "person", None, "ner", head=atom.end - 1)))
                    continue
                if len(name_span) > 1 and not (titled or honorific) and not self._person_evidence(atom):
                    continue
                name, country = name_span.text, None
                method = "title+name" if titled else "ner"
            else:
                person = self.t.people.get(atom.actor)
                form = name_span.text
                earlier = self._introduced_before(fold(form), atom.start) if len(name_span) == 1 else None
                if earlier is not None and earlier[0] != self.first_form.get(atom.actor, atom.actor):
                    # "Xi" after "Xi Mingze" was introduced: the article's person, not the table's.
                    person, atom.actor, atom.country, atom.method = None, earlier[0], earlier[1], "learned"
                if (
                    person is not None and len(name_span) > 1 and doc[atom.start].text not in self.r.title_words
                    and atom.actor not in self.first_form
                ):
                    self.first_form[atom.actor] = form  # the full name as the article gives it
                name = self.first_form.get(atom.actor, atom.actor)
                country = atom.country
                method = atom.method
            draft = Draft(start, atom.end, name, "person", country, method, head=atom.end - 1, titled=titled)
            # An official of an international body ("EU Energy Commissioner …", "OPEC
            # Secretary General …"), or a person the table keeps without a state, serves
            # no state: the paragraph's state is not theirs.
            curated = atom.method in ("table", "alias-file") and atom.actor in self.t.people
            stateless = draft.country is None and not any(p.country for p in parts) and (
                curated or any(p.kind == T.ORGANISATION for p in parts)
            )
            if draft.country is None and not stateless:
                draft.country = (
                    ("USA" if us_state else None)
                    or next((p.country for p in parts if p.country), None)
                    or self._possessive_before(start)
                    or self._apposition(atom.end)
                )
            for part in parts:
                if part.kind == T.BODY:
                    self.bodies_seen.append((start, part.actor, draft.country or ""))
            if draft.country is None and not stateless:
                draft.country, draft.the_country_at = self._apposition_before(start)
            if draft.country is None and len(name_span) > 1 and not titled and not stateless:
                draft.country = self._us_place_after(atom)
            draft.needs_state = draft.country is None and titled and not stateless
            self._add(draft, [atom, *parts])
            if len(name_span) > 1 and name_span[-1].text not in ORG_WORDS:
                person = self.t.people.get(atom.actor) if atom.method not in ("ner", "honorific") else None
                forms = (person.name, *person.aliases) if person else (name,)
                for form in forms:
                    for key in _surname_keys(form, (person.country if person else draft.country) or ""):
                        self.learned.setdefault(key, []).append((atom.start, name, draft))
        # Later the same people by surname ("Mr. Lavrov", "Puri", "Mao").
        for draft in self.drafts:
            if draft.actor_type == "person" and draft.method in ("ner", "title+name", "honorific") and " " not in draft.actor:
                self._resolve_surname(draft)
        for atom, draft in singles:
            if self._resolve_surname(draft):
                self._add(draft, [atom])
            else:  # not a person after all: "Tupras, the country’s largest refiner"
                self.atoms.remove(atom)
                for i in range(atom.start, atom.end):
                    self.atom_at.pop(i, None)
                self.atom_ending.pop(atom.end, None)

    def _introduced_before(self, key: str, tok_i: int) -> tuple[str, str | None] | None:
        """The person last introduced under surname ``key`` before token ``tok_i``."""
        best = None
        for start, name, draft in self.learned.get(key, ()):
            if start < tok_i and (best is None or start > best[0]):
                best = (start, name, draft.country)
        return best[1:] if best else None

    def _resolve_surname(self, draft: Draft) -> bool:
        """A lone surname: the person of that name introduced earlier in the article,
        else the table's ("Kim" after "Kim Jung-kwan" is not Kim Jong Un), else one
        introduced later."""
        key = fold(draft.actor)
        found = self._introduced_before(key, draft.start)
        person = self.r.surnames.get(key) if found is None else None
        if person is not None:
            draft.actor = self.first_form.get(person.name, person.name)
            draft.country, draft.method, draft.needs_state = person.country, "table", False
            return True
        found = found or self._introduced_before(key, len(self.doc) + 1)
        if found is not None:
            name, country = found
            draft.actor, draft.method = name, "learned"
            draft.country = draft.country or country
            draft.needs_state = draft.needs_state and draft.country is None
            return True
        return False

    def _person_evidence(self, atom: Atom) -> bool:
        """An untitled two-word name NER calls a person: does the sentence treat it as one?"""
        doc = self.doc
        head = doc[atom.end - 1]
        if head.dep_ in ("nsubj", "nsubjpass", "poss") or head.head.lemma_ in SPEECH_LEMMAS:
            return True
        if atom.end < len(doc) and doc[atom.end].text == ",":
            following = doc[atom.end + 1 : atom.end + 10]
            if any(t.lower_ in ROLE_WORDS or t.lower_ == "who" for t in following):
                return True
        return atom.start > 0 and doc[atom.start - 1].lemma_ in SPEECH_LEMMAS

    def _possessive_before(self, start: int) -> str | None:
        if start >= 2 and self.doc[start - 1].text in ("’s", "'s"):
            atom = self.atom_ending.get(start - 1)
            if atom is not None and atom.kind in STATE_KINDS + (T.ORGANISATION,):
                return atom.country
        return None

    def _apposition(self, end: int, roles: frozenset[str] = ROLE_WORDS) -> str | None:
        """Country named in ", Beijing's ambassador to Colombia," right after ``end``."""
        doc = self.doc
        if end >= len(doc) or doc[end].text != ",":
            return None
        country, role = None, False
        for j in range(end + 1, min(end + 12, len(doc))):
            tok = doc[j]
            if tok.text in (",", ".", ";", "\n\n", "“", "”") or tok.pos_ in ("VERB", "AUX"):
                break
            if tok.lower_ in roles:
                role = True
            atom = self.atom_at.get(j)
            if country is None and atom is not None and atom.kind in STATE_KINDS + (T.ORGANISATION, T.BODY) and atom.country:
                country = atom.country
            if country is None and tok.text in self.t.us_states and atom is None:
                country = "USA"
        return country if role else None

    def _apposition_before(self, start: int) -> tuple[str | None, int]:
        """Country from "Beijing’s ambassador to Colombia, Zhu Jingyang"; for "the
        country’s dictator, Nicolás Maduro" the token where "the country" must be looked
        up (resolved once every state mention is known)."""
        doc = self.doc
        if start < 2 or doc[start - 1].text != ",":
            return None, -1
        sent_start = doc[start].sent.start
        k = start - 2
        while k >= sent_start and doc[k].text not in (",", ";", "(", "“", "”", "\n\n") and start - k <= 12:
            k -= 1
        window = range(k + 1, start - 1)
        if not any(doc[i].lower_ in ROLE_WORDS for i in window):
            return None, -1
        for i in window:
            atom = self.atom_at.get(i)
            if atom is not None and atom.kind in STATE_KINDS and atom.country:
                return atom.country, -1
        for i in window:
            if doc[i].lower_ == "country" and i + 1 < len(doc) and doc[i + 1].text in ("’s", "'s"):
                return None, i
        return None, -1

    def _us_place_after(self, atom: Atom) -> str | None:
        """A private person placed in a U.S. state in the same sentence ("near Willmar,
        Minnesota")."""
        doc = self.doc
        sent_end = doc[atom.start].sent.end
        for j in range(atom.end, min(sent_end, atom.end + 25)):
            if doc[j].ent_type_ == "PERSON" and j >= atom.end + 1:
                break
            if doc[j].text in self.t.us_states and j > 0 and doc[j - 1].text == ",":
                return "USA"
        return None

    # -- 2. groups -------------------------------------------------------------------

    def _groups(self) -> None:
        doc = self.doc
        for tok in doc:
            if tok.text not in self.t.group_nouns or tok.i in self.taken:
                continue
            if tok.i in self.atom_at and self.atom_at[tok.i].kind != T.BODY:
                continue
            parts: list[Atom] = []
            start, k, common = tok.i, tok.i - 1, 0
            while k >= 0 and k not in self.taken:
                atom = self.atom_at.get(k)
                if atom is not None and not atom.used and atom.kind in MODIFIER_KINDS:
                    parts.append(atom)
                    start, k = atom.start, atom.start - 1
                    continue
                if atom is not None:
                    break
                word = doc[k]
                if word.text in self.t.government_nouns or word.text in ("[", "]"):
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
            actor, country = self._group_actor(parts)
            if actor:
                method = next((p.method for p in parts if p.method == "alias-file"), "table")
                self._add(Draft(start, tok.i + 1, actor, "group", country, method), parts)

    def _group_actor(self, parts: list[Atom]) -> tuple[str | None, str | None]:
        """The most specific named actor among a phrase's parts (given right to left)."""
        country = next((p.country for p in parts if p.country and p.kind in STATE_KINDS), None)
        for i, part in enumerate(parts):
            if part.kind == T.BODY:
                if country:
                    self.bodies_seen.append((part.start, part.actor, country))
                modifier = parts[i + 1] if i + 1 < len(parts) else None
                return self._body_name(part, modifier, country), country
        for part in parts:
            if part.kind == T.ORGANISATION:
                return part.actor, part.country or country
        if country:
            return self.t.country_name(country), country
        return None, None

    def _body_name(self, body: Atom, modifier: Atom | None, iso3: str | None) -> str:
        if modifier is not None and modifier.kind == T.NAME and iso3:
            written = self.doc[modifier.start : modifier.end].text
            state = self.t.state(iso3)
            if state and written != state.prefix:
                return f"{written} {body.actor}"  # "China Coast Guard"
        return self.t.body_name(body.actor, iso3)

    # -- 3. bodies and governments ---------------------------------------------------

    def _bodies_and_governments(self) -> None:
        doc = self.doc
        for atom in self.atoms:
            if atom.used:
                continue
            if atom.kind == T.BODY:
                before = self.atom_ending.get(atom.start)
                if before is not None and not before.used and before.kind in (T.NAME, T.DEMONYM) and before.country:
                    name = self._body_name(atom, before, before.country)
                    self.bodies_seen.append((atom.start, atom.actor, before.country))
                    self._add(Draft(before.start, atom.end, name, "organisation", before.country, before.method), [atom, before])
                    continue
                owner = self._possessive_before(atom.start)
                if owner:  # "Jordan’s Energy Ministry": the state stays its own mention
                    self.bodies_seen.append((atom.start, atom.actor, owner))
                    self._add(Draft(atom.start, atom.end, self.t.body_name(atom.actor, owner), "organisation", owner, "table"), [atom])
                elif doc[atom.start].is_title:
                    self._add(Draft(atom.start, atom.end, "", "organisation", None, "context", body=atom.actor), [atom])
            elif atom.kind in (T.NAME, T.DEMONYM) and atom.end < len(doc):
                j = atom.end + (1 if doc[atom.end].text == "]" else 0)
                if j < len(doc) and doc[j].text in self.t.government_nouns and j not in self.atom_at:
                    start = atom.start
                    if j > atom.end and atom.start > 0 and doc[atom.start - 1].text == "[":
                        start -= 1
                    self._add(Draft(start, j + 1, atom.actor, "country", atom.country, atom.method), [atom])

    # -- 4. organisations ------------------------------------------------------------

    def _named_organisations(self) -> None:
        """Names that begin with a state, city or region: "Jordan Petroleum Refinery
        Company", "Georgian Airways", "Turkish Radio and Television Corporation", "Tokyo
        Gas" (the place inside is not separate)."""
        doc = self.doc
        for atom in self.atoms:
            if atom.used or atom.kind not in (T.NAME, T.DEMONYM, T.CAPITAL, T.REGION) or atom.start in self.taken:
                continue
            city = atom.kind in (T.CAPITAL, T.REGION)
            end = atom.end
            while end < len(doc) and end - atom.end < 7 and end not in self.atom_at:
                tok = doc[end]
                if tok.is_title or tok.text == "&":
                    end += 1
                elif (
                    tok.lower_ in ("and", "of", "for") and end + 1 < len(doc) and doc[end + 1].is_title
                    and end + 1 not in self.atom_at and end > atom.end
                    and not (tok.lower_ == "and" and doc[end - 1].text in ORG_SUFFIXES | INDUSTRY_HEADS)
                ):
                    end += 1  # "Turkish Radio and Television Corporation", not "Tokyo Gas and Osaka Gas"
                else:
                    break
            run_end = end
            heads = ORG_SUFFIXES | INDUSTRY_HEADS if city else ORG_SUFFIXES
            if any(doc[i].text in SECTOR_WORDS for i in range(atom.end, run_end)):
                heads = heads | REGULATOR_HEADS  # "Norwegian Offshore Directorate"
            while end > atom.end and doc[end - 1].text not in heads:
                end -= 1
            if end == atom.end and run_end > atom.end and run_end < len(doc) and doc[run_end].lower_ in PARTY_WORDS:
                end = run_end  # "Georgian Dream party"
            if (
                end == atom.end and run_end > atom.end and run_end + 2 < len(doc) and doc[run_end].text == "("
                and doc[run_end + 2].text == ")" and doc[run_end + 1].is_upper
                and doc[run_end + 1].text[:1] == doc[atom.start].text[:1]
            ):
                end = run_end  # "Pakistan State Oil (PSO)": named with its acronym
            if end == atom.end or (city and end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
                continue
            draft = self._add(Draft(atom.start, end, doc[atom.start : end].text, "organisation", atom.country, "ner"), [atom])
            self._link_acronym(draft)

    def _org_candidates(self) -> list[tuple[int, int, str]]:
        """NER's ORG/PERSON/NORP spans, capitalised runs ending in a company word
        ("Obiora Industries"), and lone proper nouns NER left out ("state oil company
        SHT", "Butterball, the largest U.S. turkey processor"); longest first."""
        doc = self.doc
        spans = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in ("ORG", "PERSON", "NORP")]
        for tok in doc:
            if tok.text in ORG_SUFFIXES and tok.is_title and tok.i not in self.atom_at:
                start = tok.i
                while start > 0 and tok.i - start < 6:
                    prev = doc[start - 1]
                    if prev.is_title and (start - 1 not in self.atom_at or self.atom_at[start - 1].kind in T.STATE_PART_KINDS):
                        start -= 1
                    elif (
                        prev.lower_ in ("of", "and", "&", "the") and start - 2 >= 0 and doc[start - 2].is_title
                        and not (prev.lower_ in ("and", "&") and doc[start - 2].text in ORG_SUFFIXES | INDUSTRY_HEADS)
                    ):
                        start -= 1
                    else:
                        break
                while start < tok.i and not doc[start].is_title:
                    start += 1
                if start < tok.i:
                    spans.append((start, tok.i + 1, "ORG"))
                continue
            if tok.ent_type_ or tok.i in self.atom_at or not (
                (tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper))
                or (tok.is_upper and tok.is_alpha and len(tok) >= 2)  # "refiner ENEOS" tagged a noun
            ):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
                continue
            if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and not doc[tok.i - 1].is_sent_start:
                continue
            spans.append((tok.i, tok.i + 1, "PROPN"))
        return sorted(spans, key=lambda s: (s[0], -s[1], s[2]))

    def _ner_organisations(self) -> None:
        doc = self.doc
        for start, end, label in self._org_candidates():
            while start < end and doc[start].lower_ in ("the", "a", "an"):
                start += 1
            while end > start and doc[end - 1].text in ("’s", "'s"):
                end -= 1
            # "[Nigeria’s Obiora Petroleum Refinery]ORG": the owner is its own mention.
            inner = [i for i in range(start, end - 1) if doc[i].text in ("’s", "'s")]
            if inner:
                start = inner[-1] + 1
            if start >= end or any(i in self.taken for i in range(start, end)):
                continue
            if end < len(doc) and doc[end].lower_ in PLACE_NOUNS:
                continue  # "Türkiye’s Ceyhan port", "the Doba oil field"
            if doc[start].text in ("Operation", "Op.") or self._in_dateline_char(doc[start].idx):
                continue
            words = [doc[i].text for i in range(start, end)]
            if set(words) & PLACE_WORDS:
                continue
            named = label in ("ORG", "PERSON") and bool(set(words) & ORG_WORDS)
            # A state or region inside a company's name is part of it ("Independent
            # Petroleum Marketers Association of Nigeria"); anything else the table knows
            # inside the span wins.
            inside = {id(a): a for i in range(start, end) if (a := self.atom_at.get(i)) is not None}
            if inside and not (
                named and all(a.kind in T.STATE_PART_KINDS and not a.used and start < a.start for a in inside.values())
            ):
                continue
            owner = self._owner_before(start)
            descriptor = self._descriptor_before(start)
            appos = self._org_apposition(end)
            acronym = len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6 and words[0] not in ACRONYM_STOP
            known = len(words) == 1 and words[0] in self.acronyms
            if not (owner or descriptor or appos or acronym or named or known):
                continue
            if label != "ORG" and not (descriptor or appos or named or known):
                continue  # anything else only becomes an organisation with evidence
            if inner and not (named or acronym or known or descriptor):
                continue  # NER joined a state to a place: "[Türkiye’s Ceyhan]ORG"
            named_state = next((a.country for a in sorted(inside.values(), key=lambda a: a.start) if a.country), None)
            country = owner or (appos if appos and appos != "?" else None) or named_state
            city = self._city_locating(start, end) if country is None else None
            if city is not None:
                country = city.country
            actor = self.acronyms.get(words[0], words[0]) if known else doc[start:end].text
            draft = Draft(start, end, actor, "organisation", country, "ner", head=end - 1)
            # "state oil company SHT", "Tupras, the country’s largest refiner": the state
            # the paragraph is about.
            if appos == "?":
                draft.country = self._state_named_before(start)
            draft.needs_state = draft.country is None and descriptor == "state"
            self._add(draft, list(inside.values()))
            if city is not None and city.end <= start:
                # "a Georgetown consultancy": the city says where, it is no mention.
                city.used = True
                self.hints.append((doc[city.start].idx, city.country))
            self._link_acronym(draft)

    def _city_locating(self, start: int, end: int) -> Atom | None:
        """A capital that says where an organisation the table lacks is based: before
        its descriptor ("Georgetown consultancy X", "a Lagos-based refiner X") or right
        after it ("X in Seoul")."""
        doc = self.doc
        k = start - 1
        if k >= 1 and doc[k].lower_ in ORG_DESCRIPTORS:
            k -= 1
            while k >= 1 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") and start - k <= 4:
                k -= 1  # "Georgetown energy consultancy"
            if k >= 2 and doc[k].lower_ in ("based", "headquartered") and doc[k - 1].text == "-":
                k -= 2
            atom = self.atom_ending.get(k + 1)
            if atom is not None and atom.kind == T.CAPITAL and atom.country and not atom.used:
                return atom
        if end + 1 < len(doc) and doc[end].lower_ == "in":
            atom = self.atom_at.get(end + 1)
            if atom is not None and atom.start == end + 1 and atom.kind == T.CAPITAL and atom.country:
                return atom
        return None

    def _link_acronym(self, draft: Draft) -> None:
        """"Independent Petroleum Marketers Association of Nigeria (IPMAN)": the
        organisation goes by the acronym, which is a mention of it too."""
        doc, i = self.doc, draft.end
        if not (i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")"):
            return
        acr = doc[i + 1].text
        if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 8) or i + 1 in self.taken:
            return
        first = next((t for t in doc[draft.start : draft.end] if t.is_title and t.lower_ != "the"), None)
        if first is None or first.text[0] != acr[0]:
            return
        atom = self.atom_at.get(i + 1)
        if atom is not None:
            if atom.kind == T.ORGANISATION and not atom.used and draft.method == "ner":
                draft.actor, draft.country = atom.actor, atom.country or draft.country
            return
        draft.actor = acr
        self.acronyms[acr] = acr
        self._add(Draft(i + 1, i + 2, acr, "organisation", draft.country, "ner", head=i + 1), [])

    def _state_named_before(self, tok_i: int) -> str | None:
        """The state of the nearest earlier mention that names one (a state, capital or
        person; demonyms on things and organisations do not say which country is meant)."""
        for draft in sorted(self.drafts, key=lambda d: -d.start):
            if draft.start >= tok_i or not draft.country or draft.method == "demonym":
                continue
            if draft.actor_type == "organisation" or self.doc[draft.end - 1].dep_ in ("compound", "amod"):
                continue  # "the U.S. capture of the country’s dictator": an attribute
            return draft.country
        return None

    def _owner_before(self, start: int) -> str | None:
        """"Iran’s Revolutionary Guards", "France’s far-right National Rally", "Turkish
        state broadcaster TRT" (a state or demonym before a descriptor)."""
        doc = self.doc
        k = start - 1
        while k >= 0 and start - k <= 5 and (doc[k].is_lower or doc[k].text == "-") and doc[k].pos_ in ("ADJ", "NOUN", "PUNCT", "ADV", "VERB"):
            k -= 1
        owner = self._possessive_before(k + 1) if k >= 1 else None
        if owner is None and k >= 0 and k < start - 1 and doc[start - 1].lower_ in ORG_DESCRIPTORS:
            atom = self.atom_ending.get(k + 1)
            if atom is not None and atom.kind in (T.NAME, T.DEMONYM) and atom.country:
                owner = atom.country
        return owner

    def _descriptor_before(self, start: int) -> str | None:
        """"state oil company SHT" → "state"; "refiner Tupras" → "plain"."""
        doc = self.doc
        if start == 0 or doc[start - 1].lower_ not in ORG_DESCRIPTORS:
            return None
        window = {doc[k].lower_ for k in range(max(0, start - 5), start)}
        return "state" if window & {"state", "state-owned", "state-run", "national"} else "plain"

    def _org_apposition(self, end: int) -> str | None:
        """", the largest U.S. turkey processor," → USA; ", the country’s largest
        refiner," → "?" (the state of the context)."""
        doc = self.doc
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
            atom = self.atom_at.get(j)
            if country is None and atom is not None and atom.kind in STATE_KINDS and atom.country:
                country = atom.country
        if not descriptor:
            return None
        return country or ("?" if the_country else None) or ""

    # -- 5. what stands alone --------------------------------------------------------

    def _standalone(self) -> None:
        for atom in self.atoms:
            if atom.used or any(i in self.taken for i in range(atom.start, atom.end)):
                continue
            if self._in_dateline(atom):
                continue
            draft = Draft(atom.start, atom.end, atom.actor, atom.actor_type, atom.country, atom.method)
            if atom.kind == T.NAME:
                if self._trap(atom):
                    continue
            elif atom.kind == T.DEMONYM:
                draft.actor_type = "country"
                draft.method = "alias-file" if atom.method == "alias-file" else "demonym"
            elif atom.kind == T.DEMONYM_PLURAL:
                draft.actor_type, draft.method = "group", "demonym"
            elif atom.kind in (T.CAPITAL, T.SEAT):
                if self._is_place(atom):
                    self.hints.append((self.doc[atom.start].idx, atom.country))
                    continue
                if self._trap(atom):
                    continue
            elif atom.kind != T.ORGANISATION:
                continue
            self._add(draft, [atom])

    def _learned_surnames(self) -> None:
        """Surnames of people met earlier in the article, wherever NER missed them
        ("Rodríguez said", "Puri said" tagged as places or companies)."""
        if not self.learned:
            return
        doc = self.doc
        for tok in doc:
            if tok.i in self.taken or not tok.is_title or tok.i in self.atom_at and self.atom_at[tok.i].kind != T.PERSON:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].text in ORG_WORDS:
                continue  # "Obiora Industries"
            found = self._introduced_before(fold(tok.text), tok.i)
            if found is None:
                continue
            name, country = found
            start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text in HONORIFICS else tok.i
            end = tok.i + 1
            # The full name again, where NER missed it: one mention ("He Lifeng").
            full = doc.char_span(tok.idx, tok.idx + len(name)) if " " in name else None
            if full is not None and full.text == name and not any(i in self.taken for i in range(full.start, full.end)):
                end = full.end
            elif tok.pos_ in ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX"):
                continue  # "He said" is not He Lifeng
            self._add(Draft(start, end, name, "person", country, "learned"), [])

    # -- context ---------------------------------------------------------------------

    def _in_dateline_char(self, char: int) -> bool:
        for d_start, d_end, agency, _ in self.datelines:
            if d_start <= char < d_end:
                return not (agency and agency[0] <= char < agency[1])
        return False

    def _in_dateline(self, atom: Atom) -> bool:
        return self._in_dateline_char(self.doc[atom.start].idx)

    def _is_place(self, atom: Atom) -> bool:
        """A capital or seat that only says where something happened."""
        doc = self.doc
        tok = doc[atom.end - 1]
        if atom.end < len(doc) and doc[atom.end].text in ("’s", "'s"):
            return False
        if atom.end + 1 < len(doc) and doc[atom.end].text == "-" and doc[atom.end + 1].lower_ in (
            "based", "born", "listed", "headquartered", "area",
        ):
            return True
        if self._in_route(atom):
            return True
        nxt = self.atom_at.get(atom.end + 1)
        if (
            atom.end + 1 < len(doc) and doc[atom.end].text == "," and nxt is not None and nxt.kind == T.NAME
            and (nxt.end >= len(doc) or doc[nxt.end].text in (",", ".", ";", ")", "\n\n") or doc[nxt.end].pos_ in ("ADP", "CCONJ"))
        ):
            return True  # "in Caracas, Venezuela, on Monday" (not "with Baghdad, Jordan’s ministry")
        while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" or (head.pos_ == "ADP" and head.i < tok.i):
            prep = head.lower_
            if prep in LOCATION_PREPS:
                return True
            if prep in MOTION_PREPS and head.head.lemma_ in MOTION_LEMMAS:
                return True
        return False

    def _in_route(self, atom: Atom) -> bool:
        """A capital inside a hyphenated chain of places naming a route: "the
        Baku-Tbilisi-Ceyhan pipeline", "Moscow-Beijing flights"."""
        doc = self.doc
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
        return any(doc[i].is_title and i not in self.atom_at for i in range(lo, hi))

    def _trap(self, atom: Atom) -> bool:
        """Georgia/Washington the U.S. state, Turkey the bird."""
        doc = self.doc
        word = doc[atom.start : atom.end].text
        if word in ("Georgia", "Washington"):
            if atom.start >= 2 and doc[atom.start - 1].text == "," and doc[atom.start - 2].ent_type_ == "GPE":
                return atom.start - 2 not in self.atom_at  # "Atlanta, Georgia"
            if atom.start >= 2 and doc[atom.start - 1].lower_ == "of" and doc[atom.start - 2].lower_ == "state":
                return True  # "the state of Washington"
            sent = {t.text for t in doc[atom.start].sent}
            return bool(sent & TRAP_CITIES[word])
        if word == "Turkey":
            # The bird is "turkey"; capitalised, it is the bird only opening a sentence
            # about food ("Turkey prices rose before Thanksgiving").
            sent = doc[atom.start].sent
            nxt = doc[atom.end] if atom.end < len(doc) else None
            return (
                atom.start == sent.start and nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN"
                and bool({t.text for t in sent} & BIRD_WORDS)
            )
        return False

    def _resolve_context(self) -> None:
        by_head = {d.head: d for d in self.drafts if d.actor_type == "person" and d.head >= 0}
        for draft in sorted(self.drafts, key=lambda d: d.start):
            if draft.the_country_at >= 0 and draft.country is None:
                draft.country = self._state_named_before(draft.the_country_at)
            if draft.body:
                iso3 = self._body_state(draft)
                if iso3:
                    draft.actor, draft.country, draft.body = self.t.body_name(draft.body, iso3), iso3, None
                else:
                    draft.actor = ""
            elif draft.needs_state and draft.country is None:
                if draft.actor_type == "person":
                    # "U.S. Energy Secretary Chris Wright and Deputy Secretary of State
                    # Christopher Landau": a conjunct shares its partner's state.
                    tok = self.doc[draft.head]
                    partner = by_head.get(tok.head.i) if tok.dep_ == "conj" else None
                    if partner is not None and partner.country and partner.titled:
                        draft.country = partner.country
                        continue
                draft.country = self._paragraph_state(draft.start)
        self._share_countries()
        # One person, one state per article: fill mentions that did not say.
        known: dict[str, str] = {}
        for draft in sorted(self.drafts, key=lambda d: d.start):
            if draft.actor_type == "person" and draft.country:
                known.setdefault(draft.actor, draft.country)
        for draft in self.drafts:
            if draft.actor_type == "person" and not draft.country and draft.actor in known:
                draft.country = known[draft.actor]
        self.drafts = [d for d in self.drafts if d.actor]

    def _share_countries(self) -> None:
        """Organisations and people the text gives no state take the one it gives them
        elsewhere: the same organisation named again ("IPMAN members"), its partner in
        "Tokyo Gas and Osaka Gas", a company named after its owner and the owner
        ("Nigeria’s Obiora Petroleum Refinery" … "Chukwuma Obiora")."""
        doc = self.doc
        drafts = sorted(self.drafts, key=lambda d: d.start)
        learned_orgs = [d for d in drafts if d.actor_type == "organisation" and d.method == "ner"]
        known: dict[str, str] = {}
        for d in drafts:
            if d.actor_type == "organisation" and d.country:
                known.setdefault(d.actor, d.country)
        by_token = {i: d for d in drafts for i in range(d.start, d.end)}
        for d in learned_orgs:
            if d.country is None:
                d.country = known.get(d.actor)
            if d.country is None and d.head >= 0 and doc[d.head].dep_ == "conj":
                partner = by_token.get(doc[d.head].head.i)
                if partner is not None and partner.actor_type == "organisation" and partner.country:
                    d.country = partner.country
        # Eponyms: a person's surname opening a company's name ("Kalyoncu Holding").
        family: dict[str, list[Draft]] = {}
        for d in drafts:
            words = d.actor.split()
            if d.actor_type == "person" and len(words) > 1:
                family.setdefault(fold(words[-1]), []).append(d)
            elif (
                d.actor_type == "organisation" and len(words) > 1
                and (words[1] in ORG_WORDS or words[1] in INDUSTRY_HEADS)
            ):
                family.setdefault(fold(words[0]), []).append(d)
        for members in family.values():
            kinds = {d.actor_type for d in members}
            if len(kinds) < 2:
                continue
            country = next((d.country for d in members if d.country), None)
            for d in members:
                if d.country is None and country and (d.actor_type == "person" or d.method == "ner"):
                    d.country = country

    def _body_state(self, target: Draft) -> str | None:
        """"the Foreign Ministry": the state of the sentence's subject, else of the same
        body named earlier, else the paragraph's state."""
        doc = self.doc
        sent = doc[target.start].sent
        for draft in sorted(self.drafts, key=lambda d: -d.start):
            if draft is target or not (sent.start <= draft.start < target.start) or not draft.country:
                continue
            if draft.actor_type == "organisation" or self._is_quoted(doc[draft.start].idx):
                continue
            if doc[draft.end - 1].dep_ in ("nsubj", "nsubjpass"):
                return draft.country
        for tok_i, body, iso3 in sorted(self.bodies_seen, reverse=True):
            if tok_i < target.start and body == target.body and iso3:
                return iso3
        return self._paragraph_state(target.start)

    def _paragraph_state(self, tok_i: int) -> str | None:
        """The state a paragraph is about: the one it names most outside quotes, ties
        going to the state the whole article names most; a paragraph that names none
        takes the article's main state (dateline included), not a state the paragraph
        before mentions in passing ("the Finance Ministry said" in a Guyana story after
        a paragraph on Indian buyers). People and groups count for their state, places
        named only as locations half."""
        char = self.doc[tok_i].idx
        lo, hi = next(((s, e) for s, e in self.paragraphs if s <= char <= e), (0, len(self.text)))
        local, first = self._state_counts(lo, hi)
        article, article_first = self._state_counts(0, len(self.text))
        if local:
            return sorted(local, key=lambda c: (-local[c], -article[c], first[c], c))[0]
        if article:
            return sorted(article, key=lambda c: (-article[c], article_first[c], c))[0]
        return None

    def _state_counts(self, lo: int, hi: int) -> tuple[Counter, dict[str, int]]:
        counts: Counter = Counter()
        first: dict[str, int] = {}
        for d in self.drafts:
            pos = self.doc[d.start].idx
            if d.country and d.actor_type != "organisation" and lo <= pos < hi and not self._is_quoted(pos):
                counts[d.country] += 2
                first.setdefault(d.country, pos)
        for pos, iso3 in self.hints:
            if lo <= pos < hi:
                counts[iso3] += 1
                first.setdefault(iso3, pos)
        return counts, first

    def _is_quoted(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.quoted)


def _is_acronym(word: str) -> bool:
    return word.isupper() and word.isalpha() and 2 <= len(word) <= 6 and word not in ACRONYM_STOP


def _datelines(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, tuple[int, int] | None, str]]:
    """(start, end, agency span, place) of each paragraph-initial dateline
    ("CARACAS, Jan 4 (Reuters) –", "N’DJAMENA –")."""
    out = []
    for start, end in paragraphs:
        match = DATELINE.match(text, start, end)
        if match is None:
            continue
        place = match.group("place")
        letters = [c for c in place if c.isalpha()]
        if len(letters) < 3 or place != place.upper():
            continue
        agency = match.span("agency") if match.group("agency") else None
        out.append((match.start(), match.end(), agency, place))
    return out


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    ranges = []
    for open_mark, close_mark in QUOTE_PAIRS:
        i = 0
        while True:
            a = text.find(open_mark, i)
            if a == -1:
                break
            b = text.find(close_mark, a + 1)
            if b == -1:
                break
            ranges.append((a, b + 1))
            i = b + 1
    return ranges
