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
   brackets ("… (IPMAN)"); an acronym the text defines after a body or government it
   found ("the Tunisian Ministry of Interior (MOI)") is that body wherever it recurs,
   and one it never defines that spells an organisation's initials ("the GBM" after
   "the Green Belt Movement") is that organisation;
5. what is left stands alone: states by name, demonyms, companies, and capitals or
   seats of government where they stand for the state (not "in Caracas", not in a
   dateline, not "Washington-based"); a platform named only as the channel ("wrote on
   Facebook", "a Facebook post") is none;
6. context: what names no state ("the Foreign Ministry", "President Mahamat Idriss
   Deby", "state oil company SHT") takes the state the text is talking about; an
   organisation named again, a partner in "Tokyo Gas and Osaka Gas", and a company and
   the owner it is named after share the state the text gives one of them. A paragraph
   naming no state falls back on the article's main state (dateline included); a
   company the table lacks takes the state of the capital that locates it ("Luanda
   consultancy X", "X in Seoul"), which is then no mention itself; officials of
   international bodies ("EU Energy Commissioner …", "AU trade commissioner …", "X, a
   UN rapporteur") keep no state: their mentions, surnames included, count toward the
   body (the last pass).

Crude grades, benchmarks and units ("Brent", "Urals", "British thermal units", "OPEC
basket") are blocked by the table's ``commodities``; capitals in a route ("the
Baku-Tbilisi-Ceyhan pipeline") or a list of places are locations.

The rule families live in their own modules, each a set of passes over one
:class:`~analysis.extractors.actors.state.DocState`: :mod:`.places` (table atoms,
what stands alone), :mod:`.people`, :mod:`.organisations` (groups, bodies and
governments, organisations) and :mod:`.context`; :data:`PASSES` is their order.
"""

from __future__ import annotations

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from analysis.extractors.actors import context, organisations, people, places
from analysis.extractors.actors.people import surname_keys
from analysis.extractors.actors.vocabulary import COURTESY
from analysis.extractors.actors.state import DocState
from analysis.pipeline.records import ActorMention
from analysis.text import actor_table as T
from analysis.text.actor_table import ActorTable, Entry

# The passes over one Doc, in order; each consumes the atoms it uses.
PASSES = (
    places.table_atoms,
    places.hyphenated_states,
    people.ner_people,
    people.drop_eponymous,
    DocState.index,
    people.people,
    organisations.groups,
    organisations.bodies_and_governments,
    organisations.level_bodies,
    organisations.named_organisations,
    organisations.defined_acronyms,
    organisations.party_labels,
    organisations.party_codes,
    organisations.ner_organisations,
    organisations.initialled_acronyms,
    places.standalone,
    people.learned_surnames,
    people.other_names,
    organisations.platforms_as_channels,
    context.resolve_context,
    people.officers_of_organisations,
    people.officials_of_bodies,
)


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
                for key in surname_keys(form, person.country):
                    self.surnames.setdefault(key, person)
        self.title_words = frozenset(table.titles) | COURTESY

    def mentions(self, doc: Doc, article_id: str) -> list[ActorMention]:
        state = DocState(self, doc)
        for run_pass in PASSES:
            run_pass(state)
        return state.records(article_id)

