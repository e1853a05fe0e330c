"""The ``figures`` extractor: energy-trade figures with what, who, when and says who.

Runs on the Doc the engine already parsed (no pipeline component of its own): one
regular-expression scan finds number-and-unit spans (:mod:`.spans`), the parse and the
actor mentions give each its exporter and importer (:mod:`.trade`), and small readers
add qualifier, commodity, period and source. Work per article is linear in its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from analysis.extractors.figures import commodity as commodities
from analysis.extractors.figures.period import Periods
from analysis.extractors.figures.qualifiers import QUALIFIER, qualify
from analysis.extractors.figures.source import Sources
from analysis.extractors.figures.status import is_capacity, is_output_capacity, is_plant_capacity_change, is_run_rate, is_target, status_of
from analysis.extractors.figures.spans import Candidate, find_candidates
from analysis.extractors.figures.trade import (
    EXPORT_EVIDENCE,
    IMPORT_AGENTS,
    IMPORT_EVIDENCE,
    MOVE_WORDS,
    PRODUCTION_EVIDENCE,
    SHARE_VERBS,
    TOTAL_WORDS,
    Flows,
    carries_several_states_oil,
    clause_head,
    compares_back,
    delivered_at_home,
    headline_parties,
    refinery_runs,
    region,
    state_refs,
)
from analysis.extractors.figures.tree import sent
from analysis.extractors.figures.units import VOLUME_UNITS, is_litres, is_unit_price, measures_energy
from analysis.pipeline.records import ActorMention, Figure
from analysis.pipeline.registry import register_extractor
from analysis.text.actor_table import ActorTable
from analysis.text.context import ExtractionContext, doc_text, span_text
from analysis.text.lexicon import alternation, words
from analysis.text.periods import fiscal_year
from analysis.text.datelines import dateline_state
from analysis.text.places import places_named_again
from corpus.article import Article
from corpus.normalize import paragraph_spans

# A bare number takes the unit of a figure beside it only after these words
# ("746,000 bpd, up from 600,000") and only when no noun follows ("170 tankers").
_INHERIT_LEFT = re.compile(
    rf"\b(?:from|than|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:{QUALIFIER}\s+)?$"
    # "above the March average of 3.21 million", "a May rate of 1.1 million": the measure named
    rf"|\b(?:the|a|an)\s+(?:[A-Z][a-z]+(?:['’]s)?\s+)?{alternation('figures', 'bare_measure_nouns')}\s+of\s+(?:{QUALIFIER}\s+)?$",
    re.IGNORECASE,
)
_INHERIT_RIGHT = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|on|during|for|a|the|last|this|from|to|at|by|and|or|before|after|earlier|previously|ago)\b",
    re.IGNORECASE,
)
# How far a baseline or a level may stand from the figure whose unit it takes.
_BASELINE_RATIO = 50
# A bare level with no figure beside it: "rose to a record 3.9 million", "averaged 850,000".
_LEVEL_LEFT = re.compile(
    rf"\b(?:to|at|averaged|averaging|totalled|totaled|totalling|reached|hit)\s+(?:a\s+record\s+|(?:{QUALIFIER})\s+)?$",
    re.IGNORECASE,
)
# Money that is not the value of oil traded: freight, debts, loans, investment (gold rule
# 12) has no exporter or importer; a debt names no commodity either.
_NOT_TRADE_MONEY = words("figures", "not_trade_money")
_DEBT = words("figures", "debt")
# "costing Baghdad $25 billion in lost revenue": money a state earns or loses from its oil
# sales is export revenue, whatever verb (cost, lose) carries it.
_REVENUE = words("figures", "revenue")
# Quantities a list carries from its paragraph's trade figures (money and shares name
# their own whole).
_LISTED_UNITS = frozenset({"tonnes", "tonnes_per_year"})
# A change of a price ("Brent rose 0.4%") is a price: no exporter or importer.
_PRICE_SUBJECTS = words("figures", "price_subjects")


@dataclass(slots=True)
class _Kept:
    candidate: Candidate
    span: Span
    unit: str
    value: float
    unit_price: bool = False  # a bare sum priced per the unit of the price beside it ("from $318")


@register_extractor("figures", table="figures", requires=("actors",), version="61", depends=("analysis.extractors.figures",))
def make(config: dict):
    """Build the extractor once; ``config`` keys:

    * ``require_energy`` (default True): drop percent, money and tonnage figures whose
      sentence is not about oil or gas trade. Barrel volumes are always kept.
    """
    require_energy = bool(config.get("require_energy", True))

    def run(context: ExtractionContext) -> list[Figure]:
        mentions = context.results.get("actors") or []
        return extract_figures(
            context.article, context.doc, mentions, actor_table=context.actor_table, require_energy=require_energy
        )

    return run


def extract_figures(
    article: Article,
    doc: Doc,
    mentions: Iterable[ActorMention],
    *,
    actor_table: ActorTable,
    require_energy: bool = True,
) -> list[Figure]:
    """All energy-trade figures of one article, in text order, ids ``<article_id>:f001`` …"""
    text = doc_text(doc)
    candidates = find_candidates(text)
    if not candidates:
        return []
    kept = _keep(doc, text, candidates, require_energy)
    if not kept:
        return []
    mentions = sorted(mentions, key=lambda m: (m.start, m.end))
    states = [(m.start, m.end, m.country) for m in mentions if m.actor_type == "country" and m.country]
    refs = state_refs(doc, mentions, text, places=actor_table.places_in(text) + places_named_again(doc, states))
    home = dateline_state(text, paragraph_spans(text), actor_table.lookup_country)
    flows = Flows(
        doc, refs, mentions, headline=headline_parties(article.title and actor_table.blank_not_actors(article.title), actor_table.lookup_country),
        home=home,
    )
    sources = Sources(
        mentions, actor_table, text, figure_starts=[k.candidate.start for k in kept],
        described=[(ref.start, ref.iso3) for ref in refs if ref.kind == "description" and ref.token.pos_ != "PRON"], home=home,
    )
    periods = Periods(doc, article.published, [(k.candidate.start, k.candidate.end, k.unit) for k in kept], text)
    kinds = commodities.Commodities(doc, article.title, text)
    figures: list[Figure] = []
    for item in kept:
        span, candidate = item.span, item.candidate
        sentence = sent(span)
        qualification = qualify(text, candidate.start, candidate.end, candidate.is_range)
        restated = figures[-1] if qualification.qualifier is None and figures and _restates(text, figures[-1], candidate.start) else None
        if restated is not None:
            # "rose 27 cents a barrel, or 0.4%": the same change in another unit, of the same time.
            qualification = type(qualification)(restated.qualifier, restated.approximate, None)
        elif item.unit == "usd" and _change_of(figures[-1] if figures else None, item, text, sentence, lead=_WORTH_LEAD, parties=False):
            restated = figures[-1]  # "20 million barrels …, worth about $1.3 billion": that flow's value
        clause = region(span)
        purpose = _money_purpose(item)
        capacity = is_capacity(span, item.unit)
        previous = figures[-1] if figures else None
        attribution = sources.for_figure(span, sentence, capacity=capacity)
        compared = (
            _compared_with(previous, item, text, sentence) or _change_of(previous, item, text, sentence)
            or _change_of(previous, item, text, sentence, lead=_WORTH_LEAD) or _difference_of(previous, item, text, sentence)
        )
        if compared is not None:
            # "about 40% of its intake in January, up from 25% in December": the baseline
            # is the same flow at another time.
            exporter, importer = compared.exporter, compared.importer
        elif (price := item.unit == "usd_per_barrel" or item.unit_price or item.unit == "other" and is_unit_price(span_text(span))) or purpose \
                or _about_a_price(item) or (
            capacity and not is_output_capacity(span) or is_plant_capacity_change(span) or is_run_rate(span, item.unit)
            or refinery_runs(span, clause)
        ):
            flows.skip(span, price=price)
            exporter = importer = None
        else:
            exporter, importer = flows.parties(
                span, clause, shares_previous=_share_of_previous(item),
                voice=lambda: sources.speaker_state(sentence) or (_state_voice(attribution, sources) if clause.words & _OWN_EXPORTS else None),
                share=item.unit == "percent" and candidate.kind != "fraction" and qualification.qualifier not in ("up", "down"),
            )
            if exporter is None and item.unit == "usd" and clause.words & _REVENUE:
                exporter = flows.state_in(clause, exclude=importer)
            if exporter is None:
                spoken = _speakers_exports(span, sentence, clause, sources, attribution)
                exporter = spoken if spoken != importer else None
            if importer is None:
                spoken = _speakers_imports(sentence, clause, sources, attribution)
                importer = spoken if spoken != exporter else None
        if delivered_at_home(span, clause):
            # "Petroecuador delivered 95,000 bpd to its Esmeraldas refinery", "supplied to
            # domestic refiners": oil that stays in its state is no trade between states.
            exporter = importer = None
        if exporter is not None and carries_several_states_oil(clause, refs):
            exporter = None
        if _same_volume(previous, item, text, sentence) and (previous.exporter or previous.importer):
            # "arrivals from Saudi Arabia reached 7.1 million tonnes in October, or 1.68
            # million bpd": the same flow in another unit.
            exporter, importer = previous.exporter, previous.importer
            flows.restate(sentence, exporter, importer)
        commodity = kinds.for_figure(span, candidate.start, candidate.end, clause.indices, continued=flows.continued, unit=item.unit)
        # Always read (a capacity's own time words must not date the next figure).
        period = periods.period(
            span, candidate.start, candidate.end, item.unit, clause, target=not capacity and is_target(span),
            fiscal=fiscal_year(attribution.country if attribution else None, importer, exporter),
        )
        if restated is not None:
            period = restated.period
        if purpose in _DEBT:
            commodity = None
        status = status_of(span, item.unit, period, article.published, capacity=capacity)
        if status == "capacity":
            # A size raised, added or cut ("lifted its capacity to 1.3 million bpd by 2027",
            # "was raised to 760,000 bpd last year") is a size as a plant's is: its time words
            # date the work on it, not a flow, and a paragraph's month never reaches it.
            period = None
        figures.append(
            Figure(
                article_id=article.article_id,
                figure_id=f"{article.article_id}:f{len(figures) + 1:03d}",
                text=text[candidate.start : candidate.end],
                sentence=_sentence_text(text, sentence, candidate.start, candidate.end),
                start=candidate.start,
                end=candidate.end,
                value=item.value,
                unit=item.unit,
                approximate=qualification.approximate,
                qualifier=qualification.qualifier,
                commodity=commodity,
                exporter=exporter,
                importer=importer,
                period=period,
                source=attribution.source if attribution else None,
                source_actor=attribution.actor if attribution else None,
                source_country=attribution.country if attribution else None,
                status=status,
            )
        )
    return figures


def _keep(doc: Doc, text: str, candidates: list[Candidate], require_energy: bool) -> list[_Kept]:
    """Energy-trade figures among the candidates; bare numbers inherit a neighbour's unit."""
    kept: list[_Kept] = []
    bare: list[tuple[Candidate, Span]] = []
    unsure: list[_Kept] = []  # quantities with no trade word of their own
    for candidate in candidates:
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if candidate.kind == "bare":
            bare.append((candidate, span))
            continue
        if require_energy and not _is_trade_figure(span, candidate) and not _changes_kept(text, span, candidate, kept) \
                and not _share_after_trade(span, candidate, kept) and not _change_of_the_last(span, candidate, kept) \
                and not _ranked_after_kept(text, candidate, kept) and not _those_beside(span, kept) \
                and not _litres_after_fuel(span, candidate, kept) and not _compared_with_the_last(span, candidate, kept):
            if candidate.unit in _LISTED_UNITS:
                unsure.append(_Kept(candidate, span, candidate.unit, candidate.value))
            continue
        kept.append(_Kept(candidate, span, candidate.unit, candidate.value))
    kept.extend(_listed_with_trade(text, unsure, kept))
    for index, item in enumerate(kept):
        # "widened to $5 a barrel, from around $2 in October": a baseline price; so is "$1,010"
        # in "$1,050 a tonne, up from $1,010", priced per tonne as the level is.
        candidate = item.candidate
        if item.unit != "usd" or candidate.scale != 1.0:
            continue
        if not _INHERIT_LEFT.search(text[max(0, candidate.start - 25) : candidate.start]):
            continue
        others = [k for k in kept[max(0, index - 2) : index] if sent(k.span).start == sent(item.span).start]
        if others and others[-1].unit == "usd_per_barrel":
            item.unit = "usd_per_barrel"
        elif others and (others[-1].unit_price or others[-1].unit == "other" and is_unit_price(span_text(others[-1].span))):
            item.unit, item.unit_price = "other", True
    taken: set[int] = set()
    for candidate, span in bare:
        left = text[max(0, candidate.start - 25) : candidate.start]
        if not _INHERIT_RIGHT.match(text, candidate.end):
            continue
        if _INHERIT_LEFT.search(left):
            neighbour = _nearest_in_sentence(span, kept)
        elif _LEVEL_LEFT.search(left) and candidate.scale > 1.0 and commodities.mentions_trade(commodities.clause_tokens(span.root)):
            neighbour = _level_unit(text, span, kept)
        else:
            continue
        if neighbour is None:
            continue
        value = candidate.value
        if candidate.scale == 1.0 and neighbour.candidate.scale > 1.0 and value < 1000:
            value *= neighbour.candidate.scale  # "1.2 million bpd, up from 1.1"
        if not value or not 1 / _BASELINE_RATIO <= neighbour.value / value <= _BASELINE_RATIO:
            continue  # "cargoes of 950,000 barrels each, down from 35": another count
        kept.append(_Kept(candidate, span, neighbour.unit, value))
        taken.add(candidate.start)
    kept.sort(key=lambda item: (item.candidate.start, item.candidate.end))
    _listed_bare(text, [(c, s) for c, s in bare if c.start not in taken], kept)
    return kept


# A supplier list writes the unit once: "Mexico followed with 410,000 bpd, Brazil with
# 300,000", "…, and from Colombia 140,000", "…, 800,000 from Saudi Arabia". The item's
# own party stands before the bare number (with "with"/"at", after "followed by" or
# "ahead of", or after "from") or right after it ("from"/"to" and a name).
_PARTY = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3}"
_ITEM_LEFT = re.compile(
    rf"(?:,|\band)\s+(?:followed\s+(?:by|with)\s+|ahead\s+of\s+)?(?:(?:{_PARTY})\s+(?:with|at)|from\s+{_PARTY})\s+(?:(?:{QUALIFIER})\s+)?$"
)
_ITEM_BARE_LEFT = re.compile(r"(?:,|,?\s+and)\s+$")
# "…, Iraq 800,000 and Kuwait 300,000": a state's name right before the number.
_ITEM_NAME_LEFT = re.compile(rf"(?:,|\band)\s+{_PARTY}\s+$")
_ITEM_PARTY_RIGHT = re.compile(rf"\s+(?:from|to)\s+{_PARTY}")
# "210,000 and 190,000 bpd, respectively": the numbers before the last share its unit.
_SHARED_UNIT_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_GAP = 120  # characters from one list item to the next
# Prices and money write their sign on every item: a bare number beside one is another count.
_LISTED_QUANTITIES = VOLUME_UNITS | _LISTED_UNITS


def _listed_bare(text: str, bare: list[tuple[Candidate, Span]], kept: list[_Kept]) -> None:
    """Bare numbers of a list whose unit is written once take it (``kept`` in text order,
    kept so): a supplier item takes the unit of the item before it in its sentence, a
    number right before a figure in a run of numbers takes that figure's."""
    for candidate, span in reversed(bare):
        index = _bisect_kept(kept, span.start)
        after = kept[index] if index < len(kept) else None
        if after is None or sent(after.span).start != sent(span).start or after.unit not in _LISTED_QUANTITIES:
            continue
        if _SHARED_UNIT_GAP.fullmatch(text, candidate.end, after.candidate.start):
            _add_listed(kept, index, candidate, span, after)
    for candidate, span in bare:
        index = _bisect_kept(kept, span.start)
        if index < len(kept) and kept[index].candidate.start == candidate.start:
            continue  # taken by a run of numbers above
        before = kept[index - 1] if index > 0 else None
        if before is None or sent(before.span).start != sent(span).start or before.unit not in _LISTED_QUANTITIES:
            continue
        if candidate.start - before.candidate.end > _LIST_GAP or ";" in text[before.candidate.end : candidate.start]:
            continue
        lead = text[before.candidate.end : candidate.start]
        named = _ITEM_NAME_LEFT.search(lead) and span.start > 0 and span.doc[span.start - 1].ent_type_ == "GPE"
        if named or _ITEM_LEFT.search(lead) or (_ITEM_BARE_LEFT.search(lead) and _ITEM_PARTY_RIGHT.match(text, candidate.end)):
            _add_listed(kept, index, candidate, span, before)


def _add_listed(kept: list[_Kept], index: int, candidate: Candidate, span: Span, neighbour: _Kept) -> None:
    value = candidate.value
    if candidate.scale == 1.0 and neighbour.candidate.scale > 1.0 and value < 1000:
        value *= neighbour.candidate.scale  # "1.2 and 1.4 million bpd"
    if not value or not 1 / _BASELINE_RATIO <= neighbour.value / value <= _BASELINE_RATIO:
        return
    kept.insert(index, _Kept(candidate, span, neighbour.unit, value))


def _listed_with_trade(text: str, unsure: list[_Kept], kept: list[_Kept]) -> list[_Kept]:
    """Tonnages of a supplier list whose paragraph trades the same unit elsewhere ("Russia
    stayed the top source at 9.3 million tonnes. Iraq shipped 5.7 million tonnes"): the
    list is of that trade, unless the figure's own words make it something else."""
    if not unsure:
        return []
    traded: dict[int, set[str]] = {}
    for item in kept:
        traded.setdefault(_paragraph_start(text, item.candidate.start), set()).add(item.unit)
    return [
        item for item in unsure
        if item.unit in traded.get(_paragraph_start(text, item.candidate.start), ())
        and not commodities.governed_by_non_trade(item.span)
        and not commodities.names_non_trade(commodities.clause_tokens(item.span.root))
    ]


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _level_unit(text: str, span: Span, kept: list[_Kept]) -> _Kept | None:
    """The figure whose unit a bare level takes: its baseline later in the sentence ("hit a
    record 1.9 million in May, up from 1.6 million bpd"), else the last volume of the
    sentence before in its paragraph ("… 3.4 million bpd in April. Loadings rose to a
    record 3.9 million in May")."""
    sentence = sent(span)
    index = _bisect_kept(kept, span.start)
    after = kept[index] if index < len(kept) else None
    if after is not None and sent(after.span).start == sentence.start and \
            _BASELINE_LEAD.search(text[span.end_char : after.candidate.start]) and after.unit in VOLUME_UNITS:
        return after
    before = kept[index - 1] if index > 0 and sentence.start > 0 else None
    if before is None or before.unit not in VOLUME_UNITS or "\n" in text[before.candidate.end : span.start_char]:
        return None
    previous = sent(span.doc[sentence.start - 1])
    return before if previous.start <= before.span.start < sentence.start else None


def _changes_kept(text: str, span: Span, candidate: Candidate, kept: list[_Kept]) -> bool:
    """A percent change or a baseline of the trade figure just before it in its sentence
    ("… totalled 16.9 million tonnes, the operator said, up 11% on a year earlier", "…
    reach 1.8 million tonnes, up from 1.5 million tonnes")."""
    if not kept or sent(kept[-1].span).start != sent(span).start:
        return False
    between = text[kept[-1].candidate.end : candidate.start]
    if ";" in between:
        return False
    if candidate.unit == "percent":
        return _CHANGE_LEAD.search(between) is not None
    return candidate.unit == kept[-1].unit and _BASELINE_LEAD.search(between) is not None


def _change_of_the_last(span: Span, candidate: Candidate, kept: list[_Kept]) -> bool:
    """"… arrivals of 9.1 million tonnes. That was down 4% from a year earlier": a change
    whose subject points back to the figure of the sentence right before."""
    if candidate.unit != "percent" or not kept or kept[-1].unit == "percent":
        return False
    sentence = sent(span)
    if sentence.start == 0 or not any(t.dep_ == "nsubj" and t.lower_ in _POINTING_SUBJECTS for t in sentence):
        return False
    previous = sent(span.doc[sentence.start - 1])
    while previous.text.strip() == "" and previous.start > 0:
        previous = sent(span.doc[previous.start - 1])
    return previous.start <= kept[-1].span.start < previous.end


def _compared_with_the_last(span: Span, candidate: Candidate, kept: list[_Kept]) -> bool:
    """"… will ship up to 1.1 million tonnes of fuel in 2027.\n\nThat compares with about 1.02
    million tonnes imported so far this year": an amount of the last figure's unit that its
    sentence compares with that figure is of the same trade."""
    return bool(kept) and kept[-1].unit == candidate.unit and compares_back(sent(span), kept[-1].span.start)


def _those_beside(span: Span, kept: list[_Kept]) -> bool:
    """"Imports from Angola fell 30%, while those from Oman grew by 25%": "those" stands for
    the flow of the trade figure before it in the sentence, from or to another place."""
    if not kept or sent(kept[-1].span).start != sent(span).start:
        return False
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("those", "that") and any(c.dep_ == "prep" and c.lower_ in ("from", "to") for c in t.children)
        for t in commodities.clause_tokens(span.root)
    )


def _ranked_after_kept(text: str, candidate: Candidate, kept: list[_Kept]) -> bool:
    """"…, providing 41% of the total, followed by the UAE with 38%": the next one's share
    (or volume) in a ranking, in the unit of the kept figure before it."""
    if not kept or kept[-1].unit != candidate.unit or kept[-1].candidate.end > candidate.start:
        return False
    between = text[kept[-1].candidate.end : candidate.start]
    return len(between) <= _LEAD_CHARS and "." not in between.replace("U.S.", "US") and _RANKED_LEAD.search(between) is not None


# "…, followed by the UAE with 38%", "…, ahead of Qatar at 9%".
_RANKED_LEAD = re.compile(
    rf",\s*(?:followed\s+by|ahead\s+of|trailed\s+by)\s+[^,;]{{1,60}}?\s+(?:with|at)\s+(?:{QUALIFIER}\s+)?$", re.IGNORECASE
)


# Words of a share of the trade just told: "The UAE's share climbed to 11%", "the UAE
# accounted for 39%", "Of that, 35% went to Europe", "Japan took 25%".
_SHARE_WORDS = frozenset({"share"}) | SHARE_VERBS | MOVE_WORDS | words("figures", "share_trade_verbs")


def _share_after_trade(span: Span, candidate: Candidate, kept: list[_Kept]) -> bool:
    """A share right after trade figures, in their sentence or the next ("Imports from
    Iraq rose to 9.8 lakh bpd. The UAE's share climbed to 11%"): a share of that trade."""
    if candidate.unit != "percent" or not kept or not any(t.lemma_.lower() in _SHARE_WORDS for t in commodities.clause_tokens(span.root)):
        return False
    sentence = sent(span)
    previous = sent(kept[-1].span)
    return previous.start == sentence.start or (previous.end == sentence.start and "\n" not in span.doc[previous.end - 1].whitespace_)


def _nearest_in_sentence(span: Span, kept: list[_Kept]) -> _Kept | None:
    """The figure with a unit nearest to ``span`` in its sentence (``kept`` in text order),
    by the words between them ("fell to 309.6 million cubic metres per day from 337.2
    million in July and were 2.4% below": the level before, not the share after)."""
    sentence = sent(span)
    index = _bisect_kept(kept, span.start)
    best = None
    for item in kept[max(0, index - 1) : index + 1]:
        if sent(item.span).start != sentence.start:
            continue
        distance = span.start - item.span.end if item.span.start < span.start else item.span.start - span.end
        if best is None or distance < best[0]:
            best = (distance, item)
    return best[1] if best else None


def _bisect_kept(kept: list[_Kept], start: int) -> int:
    lo, hi = 0, len(kept)
    while lo < hi:
        middle = (lo + hi) // 2
        if kept[middle].span.start < start:
            lo = middle + 1
        else:
            hi = middle
    return lo


def _is_trade_figure(span: Span, candidate: Candidate) -> bool:
    """DESIGN.md: volumes, shares and changes of them, prices, and money tied to oil."""
    if commodities.governed_by_non_trade(span):
        return False
    if candidate.unit in VOLUME_UNITS or candidate.unit == "other" and measures_energy(span_text(span)):
        return True
    if candidate.unit == "other" and is_litres(span_text(span)):
        return _litres_of_fuel(span)
    root = span.root
    clause = commodities.clause_tokens(root)
    if commodities.names_non_trade(clause):
        return False  # "steel exports hit 11.2 million tons"
    own_of = commodities.of_object(root)
    if own_of is not None and candidate.unit == "percent":
        # A share is of something: "80% of the country's oil exports", not "90% of its
        # surface"; "of the total", "of it" point back to the sentence's own volume.
        if commodities.mentions_trade(own_of):
            return True
        # ("Cargoes bound for India accounted for 38% of the total": the clause trades.)
        # ("Japan's crude imports fell … Saudi Arabia was the biggest supplier, providing
        # 41% of the total": the total the sentence before told of.)
        return commodities.is_anaphoric(own_of) and (
            commodities.is_energy_context(span_text(sent(span))) or commodities.mentions_trade(clause)
            or commodities.is_energy_context(span_text(_sentence_before(sent(span))))
        )
    if commodities.mentions_trade(clause) or commodities.mentions_trade(_raised_subject(root)):
        return True
    if candidate.kind == "fraction":
        return False
    return commodities.is_energy_context(span_text(sent(span)))


def _litres_of_fuel(span: Span) -> bool:
    """Litres are of fuel where the figure's own "of" names one ("236 million litres of
    petroleum products"), or, with no "of" of its own (or one pointing back, "2.35 billion
    litres of that"), where its sentence is about oil: a litre of water, milk or beer is no
    energy trade, whatever verb ships it."""
    named = _named_of(span)
    return commodities.names_fuel(" ".join(t.text for t in named) if named else span_text(sent(span)))


def _named_of(span: Span) -> list[Token] | None:
    """The figure's own "of" phrase where it names what it measures (not "of that")."""
    own_of = commodities.of_object(span.root)
    return own_of if own_of and not commodities.is_anaphoric(own_of) else None


def _litres_after_fuel(span: Span, candidate: Candidate, kept: list[_Kept]) -> bool:
    """A story that counted litres of fuel goes on counting that fuel in litres without
    naming it ("Deliveries averaged 7.9 million litres a day", "tanks can hold 42 million
    litres"); litres of something named ("of drinking water") are not it."""
    if candidate.unit != "other" or not is_litres(span_text(span)) or _named_of(span):
        return False
    return any(item.span.start < span.start and is_litres(span_text(item.span)) for item in kept)


def _sentence_before(sentence: Span) -> Span:
    """The sentence of text right before (across a paragraph break; else the sentence itself)."""
    before = sentence
    for _ in range(3):
        if before.start == 0:
            return sentence
        before = sent(sentence.doc[before.start - 1])
        if before.text.strip():
            return before
    return sentence


def _raised_subject(root) -> list:
    """The subject of the verb a figure's verb complements ("those flows are expected to
    reach 1.8 million tonnes": "flows"), which its own clause leaves out."""
    verb = root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(3):
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return [subjects[0]] + [c for c in subjects[0].children if c.dep_ in ("compound", "amod")]
    return []


_FIRST_PERSON = frozenset({"we", "us", "our", "ours"})
# "Exports of refined fuel fell …, the customs administration said": a state's voice
# speaking of exports as such speaks of its own (not of "shipments" it records arriving).
_OWN_EXPORTS = words("figures", "own_export_words")
# Subjects that stand for the figure just given: "That was down 4% …", "This compares …".
_POINTING_SUBJECTS = words("figures", "pointing_determiners") | {"it"}


def _speakers_exports(span: Span, sentence: Span, clause, sources: Sources, attribution) -> str | None:
    """Exports a state's voice speaks of with no state named: "“Kirkuk fields can give us
    another 100,000 barrels a day,” the minister said", "exports reached 230,000 bpd,
    Kuwait's oil minister said", "output reached 1.3 million bpd, the state oil company
    said" — the speaker's state is the exporter (only where the story names no exporter
    of its own: an agency speaks of other states' exports too)."""
    words = clause.words
    speaker = sources.quote_speaker(span)
    if speaker is not None:
        return speaker.country if words & (_FIRST_PERSON | EXPORT_EVIDENCE | PRODUCTION_EVIDENCE) else None
    if words & (EXPORT_EVIDENCE | PRODUCTION_EVIDENCE) and not words & TOTAL_WORDS:
        return sources.speaker_state(sentence) or (attribution.country if attribution is not None else None)
    return None


def _speakers_imports(sentence: Span, clause, sources: Sources, attribution) -> str | None:
    """Imports a state's own voice reports with no buyer named: "China's customs reported
    imports of 11.3 million bpd", "arrivals rose 4%, the ministry said" — that state's
    (a company or data firm reports other states' imports too)."""
    if not clause.words & IMPORT_EVIDENCE or clause.words & TOTAL_WORDS or _names_its_buyers(clause):
        return None
    return sources.speaker_state(sentence) or _state_voice(attribution, sources)


def _names_its_buyers(clause) -> bool:
    """The clause says who imports ("imports by Asian refiners", "buyers cut their
    purchases", "refiners abroad imported"): a state speaking of them is their seller."""
    for token in clause.tokens:
        if token.lemma_.lower() in IMPORT_AGENTS:
            return True
        if token.lemma_.lower() in IMPORT_EVIDENCE and any(
            c.dep_ == "nsubj" or c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in token.children
        ):
            return True
    return False


def _state_voice(attribution, sources: Sources) -> str | None:
    """The state a source speaks for when it is that state's own voice (its customs, a
    ministry, an official), not a company or data firm of it."""
    if attribution is not None and attribution.country and attribution.actor == sources.state_name(attribution.country):
        return attribution.country
    return None


def _money_purpose(item: _Kept) -> str | None:
    """The non-trade purpose of a dollar figure (freight, debt, investment), if any."""
    if item.unit not in ("usd", "other"):
        return None
    root = item.span.root
    tokens = commodities.clause_tokens(root) + commodities.subtree_near(root, root)
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    if lemmas & _REVENUE and not lemmas & _DEBT:
        return None  # "costing Baghdad $25 billion in lost revenue"
    found = sorted(lemmas & _NOT_TRADE_MONEY - ({"cost"} if _imports_cost(root) else set()))
    return found[0] if found else None


def _imports_cost(root: Token) -> bool:
    """"Fuel imports cost $470 million", "the November purchases cost …": what the oil bought
    cost is the value of the flow, not a cost beside the trade (freight, a fee)."""
    verb = clause_head(root)
    return verb.lemma_.lower() == "cost" and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in IMPORT_EVIDENCE for c in verb.children
    )


def _about_a_price(item: _Kept) -> bool:
    """A percent or money change whose subject is a price: "Brent … rose …, or 0.4%"."""
    if item.unit not in ("percent",):
        return False
    own_of = commodities.of_object(item.span.root)
    if own_of is not None and not any(t.lemma_.lower() in _PRICE_SUBJECTS for t in own_of):
        return False  # "WTI made up 40% of its crude intake": a share of a volume, not a price move
    head = clause_head(item.span.root)
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        words = {t.lemma_.lower() for t in commodities.subtree_near(subject, item.span.root)}
        if words & _PRICE_SUBJECTS:
            return True
    return False


_BASELINE_LEAD = re.compile(rf"\b(?:up|down|rising|falling|climbing|dropping)\s+from\s+(?:{QUALIFIER}\s+)?$")


def _compared_with(previous: Figure | None, item: _Kept, text: str, sentence: Span) -> Figure | None:
    """The figure of the same sentence and unit that ``item`` is the baseline of."""
    if previous is None or previous.unit != item.unit or previous.start < sentence.start_char:
        return None
    if previous.exporter is None and previous.importer is None:
        return None
    between = text[previous.end : item.candidate.start]
    return previous if ";" not in between and _BASELINE_LEAD.search(between) else None


# "…, up 2.6% from a year earlier", "…, the data showed, down 4%": the change of the
# level just before it.
_LEAD_CHARS = 120  # how far a change or a value may stand from its level
_CHANGE_LEAD = re.compile(rf",\s*(?:up|down)\s+(?:by\s+)?(?:{QUALIFIER}\s+)?$")


def _change_of(
    previous: Figure | None, item: _Kept, text: str, sentence: Span, *, lead: re.Pattern = _CHANGE_LEAD, parties: bool = True
) -> Figure | None:
    """The figure of the same sentence whose change (or, with ``lead`` _WORTH_LEAD, whose
    value) ``item`` states in a phrase of its own ("Japan imported 2.45 million bpd,
    down 2.6%"); ``parties``: only one that has an exporter or importer to pass on."""
    if previous is None or previous.start < sentence.start_char:
        return None
    if parties and previous.exporter is None and previous.importer is None:
        return None
    between = text[previous.end : item.candidate.start]
    if ";" in between or len(between) > _LEAD_CHARS or not lead.search(between):
        return None
    return previous


def _difference_of(previous: Figure | None, item: _Kept, text: str, sentence: Span) -> Figure | None:
    """"…fell to 1.3 million bpd in December, which is 450,000 bpd less than in October":
    the gap between two times of the figure's own flow, set off after it."""
    if not _DIFFERENCE_FOLLOW.match(text, item.candidate.end):
        return None
    return _change_of(previous, item, text, sentence, lead=_DIFFERENCE_LEAD)


_DIFFERENCE_LEAD = re.compile(rf",\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:{QUALIFIER}\s+)?$")
_DIFFERENCE_FOLLOW = re.compile(r"\s+(?:less|more|lower|higher|fewer|below|above)\b")
_WORTH_LEAD = re.compile(rf",\s*(?:worth|valued\s+at)\s+(?:{QUALIFIER}\s+)?$")


def _restates(text: str, previous: Figure, start: int) -> bool:
    return previous.qualifier in ("up", "down") and re.fullmatch(r"\s*,?\s*or\s+", text[previous.end : start]) is not None


_AMOUNTS = VOLUME_UNITS | {"tonnes", "tonnes_per_year"}
_SAME_VOLUME_LEAD = re.compile(rf"[^,.;:()\n]{{0,40}},\s*or\s+(?:{QUALIFIER}\s+)?")


def _same_volume(previous: Figure | None, item: _Kept, text: str, sentence: Span) -> bool:
    """The figure restates the volume just before it in another unit ("7.1 million tonnes
    in October, or 1.68 million bpd")."""
    return (
        previous is not None and previous.unit in _AMOUNTS and item.unit in _AMOUNTS and previous.unit != item.unit
        and sentence.start_char <= previous.start and _SAME_VOLUME_LEAD.fullmatch(text, previous.end, item.candidate.start) is not None
    )


def _share_of_previous(item: _Kept) -> bool:
    """"90% of it", "two-thirds of the total": a share of the figure named before it."""
    if item.unit != "percent":
        return False
    own_of = commodities.of_object(item.span.root)
    return own_of is not None and commodities.is_anaphoric(own_of)


_SENTENCE_CHARS = 1200  # a "sentence" longer than this (a table read as one line) is cut


def _sentence_text(text: str, sentence: Span, start: int, end: int) -> str:
    """The figure's sentence, cut around the figure when the parser found no end to it."""
    lo, hi = sentence.start_char, sentence.end_char
    if hi - lo > _SENTENCE_CHARS:
        half = _SENTENCE_CHARS // 2
        lo, hi = max(lo, start - half), min(hi, end + half)
        return ("…" if lo > sentence.start_char else "") + text[lo:hi].strip() + ("…" if hi < sentence.end_char else "")
    return text[lo:hi].strip()
