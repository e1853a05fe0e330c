"""The ``quotes`` extractor: every quoted span of an article, with speaker and actor.

Pipeline per article (no extra spaCy components; the engine's Doc is reused):
quote marks → spans (:mod:`.marks`) → kind, cue and speaker token from the parse
(:mod:`.attribution`) → speaker phrase, pronoun resolution and actor
(:mod:`.speakers`) → :class:`~analysis.pipeline.records.Quote` records in text order.

Reported speech without marks (:mod:`.reported`) gives ``indirect`` rows, ids
``<article_id>:r001`` …, after the quoted ones.

Config (``config["quotes"]``): ``kinds`` (default ``["direct", "partial", "indirect"]``)
limits the kinds emitted; ``keep_unattributed`` (default true) keeps direct quotes whose
speaker could not be found, with ``speaker`` null.
"""

from __future__ import annotations

import bisect
from typing import Iterable

from spacy.tokens import Doc

from analysis.extractors.quotes.attribution import Attribution, DocIndex, attribute, follows_in_story
from analysis.text.marks import QuoteSpan, find_quote_spans
from analysis.extractors.quotes.reported import reported_speech
from analysis.extractors.quotes.speakers import Speaker, SpeakerResolver
from analysis.pipeline.records import QUOTE_KINDS, ActorMention, Quote
from analysis.pipeline.registry import register_extractor
from analysis.text.actor_table import ActorTable
from analysis.text.context import ExtractionContext, doc_text, turn_at
from corpus.normalize import paragraph_spans

DEFAULT_KINDS = QUOTE_KINDS  # every kind of the contract


@register_extractor("quotes", table="quotes", requires=("actors",), version="50", depends=("analysis.extractors.quotes",))
def make(config: dict):
    kinds = tuple(config.get("kinds") or DEFAULT_KINDS)
    keep_unattributed = bool(config.get("keep_unattributed", True))

    def run(context: ExtractionContext) -> list[Quote]:
        mentions = context.results.get("actors") or []
        quotes = extract_quotes(
            context.doc, context.article.article_id, mentions, actor_table=context.actor_table,
            indirect="indirect" in kinds,
        )
        return [
            q for q in quotes if q.kind in kinds and (keep_unattributed or q.speaker is not None)
        ]

    return run


def extract_quotes(
    doc: Doc, article_id: str, mentions: Iterable[ActorMention] = (), *, actor_table: ActorTable,
    indirect: bool = False,
) -> list[Quote]:
    """All quotes of one parsed article, in text order, ids ``<article_id>:q001`` …;
    with ``indirect`` the reported speech after them, ids ``<article_id>:r001`` …"""
    text = doc_text(doc)
    spans = find_quote_spans(text)
    if not spans:
        if not indirect:
            return []
        mentions = list(mentions)
        paragraphs = paragraph_spans(text)
        resolver = SpeakerResolver(doc, mentions, [], actor_table)
        return _indirect_rows(doc, article_id, resolver, [], [s for s, _ in paragraphs])
    paragraphs = paragraph_spans(text)
    paragraph_starts = [start for start, _ in paragraphs]
    index = DocIndex(doc, spans, paragraphs)
    resolver = SpeakerResolver(doc, list(mentions), [s.marked for s in spans], actor_table)

    attributions: list[Attribution] = []
    speakers: list[Speaker | None] = []
    for q, span in enumerate(spans):
        attribution = attribute(index, spans, q, paragraph_starts[span.paragraph])
        if _dropped(attribution):
            attributions.append(attribution)
            speakers.append(None)
            continue
        speaker = None
        # the last real quote before it, not a label in between, and no further off than
        # the quote it follows would be
        kept = next((k for k in range(q - 1, -1, -1) if not _dropped(attributions[k])), None) \
            if attribution.inherit == "previous" else None
        turn = turn_at(text, span.open_mark)
        if turn is not None and turn.body == span.open_mark and (
                attribution.subject is None or doc[attribution.subject].idx < span.open_mark):
            # "AR: “In spring.”": a transcript turn's words are its label's, not the quote's before
            speaker = resolver.turn_voice(span.open_mark)
        elif turn is not None and turn.name is not None and span.open_mark == paragraph_starts[span.paragraph] \
                and attribution.subject is None and attribution.inherit is None:
            # an answer's paragraph opening with words no one is said to have said: the
            # interviewee's own ("“Hi, I collect radios.” That was my first post.")
            speaker = resolver.turn_voice(span.open_mark)
        elif attribution.inherit == "joined" and attributions[q - 1].cue is not None and speakers[q - 1] is not None:
            speaker, attribution = _inherit(attributions, speakers, q - 1, attribution)
        elif kept is not None and follows_in_story(spans[kept], span, text):
            speaker, attribution = _inherit(attributions, speakers, kept, attribution)
        elif attribution.subject is not None:
            speaker = resolver.speaker_for(attribution.subject, before=_anchor(doc, span, attribution))
        attributions.append(attribution)
        speakers.append(speaker)

    # A quote that runs on into the next paragraph may be attributed only at its end.
    for q in range(len(spans) - 2, -1, -1):
        if attributions[q].inherit == "next" and speakers[q] is None and speakers[q + 1] is not None:
            speakers[q], attributions[q] = _inherit(attributions, speakers, q + 1, attributions[q])

    quotes: list[Quote] = []
    for q, span in enumerate(spans):
        attribution, speaker = attributions[q], speakers[q]
        if _dropped(attribution) or attribution.inherit == "joined" and attribution.cue is None:
            continue  # joined to a quote that is nobody's
        quotes.append(
            Quote(
                article_id=article_id,
                quote_id=f"{article_id}:q{len(quotes) + 1:03d}",
                text=text[span.start : span.end],
                start=span.start,
                end=span.end,
                speaker=speaker.text if speaker else None,
                speaker_start=speaker.start if speaker else None,
                speaker_end=speaker.end if speaker else None,
                speaker_actor=speaker.actor if speaker else None,
                speaker_country=speaker.country if speaker else None,
                cue=attribution.cue,
                kind=attribution.kind,
            )
        )
    if indirect:
        quotes.extend(_indirect_rows(doc, article_id, resolver, [s.marked for s in spans], paragraph_starts))
    return quotes


def _indirect_rows(doc: Doc, article_id: str, resolver: SpeakerResolver, quoted, paragraph_starts) -> list[Quote]:
    text = doc_text(doc)

    def paragraph_of(char: int) -> int:
        return bisect.bisect_right(paragraph_starts, char) - 1

    rows = []
    for start, end, cue, speaker in reported_speech(doc, resolver, quoted, paragraph_of):
        rows.append(
            Quote(
                article_id=article_id,
                quote_id=f"{article_id}:r{len(rows) + 1:03d}",
                text=text[start:end],
                start=start,
                end=end,
                speaker=speaker.text,
                speaker_start=speaker.start,
                speaker_end=speaker.end,
                speaker_actor=speaker.actor,
                speaker_country=speaker.country,
                cue=cue,
                kind="indirect",
            )
        )
    return rows


def _dropped(attribution: Attribution) -> bool:
    """A label or scare quote, or quoted words with no reporting verb anywhere near:
    "the so-called “shadow fleet”", "the “Skipper”" are nobody's words (unless they say
    "I" of the one the sentence is about)."""
    return attribution.not_quote or (
        attribution.kind == "partial" and attribution.cue is None and attribution.subject is None
        and attribution.inherit != "joined"
    )


def _anchor(doc: Doc, span: QuoteSpan, attribution: Attribution) -> int:
    """Antecedents of a pronoun speaker must come before the quote and the pronoun."""
    subject = doc[attribution.subject].idx if attribution.subject is not None else span.start
    return min(span.open_mark, subject)


def _inherit(attributions, speakers, source: int, own: Attribution):
    other = attributions[source]
    merged = Attribution(own.kind, other.cue, None, None, own.inherit)
    return speakers[source], merged
