"""Values, periods and flow parties of figures as trade reporting writes them: ranges,
Indian numbering, cents, hyphenated units, dollar prices without "a barrel", month
intervals, days, inherited periods, origins and relative clauses. Texts are written for
each construction (never copied from an article)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from analysis.extractors.figures.period import find_time_expressions, resolve
from analysis.extractors.figures.spans import find_candidates
from analysis.text.periods import fiscal_year
from tests.test_figures import figures_of, one


def _spans(text: str) -> list[tuple[str, float, str | None]]:
    return [(text[c.start : c.end], c.value, c.unit) for c in find_candidates(text)]


# -- values ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ran at between 3.1 million and 3.4 million bpd", [("3.1 million", 3.1e6), ("3.4 million bpd", 3.4e6)]),
        ("loadings of 610,000 to 655,000 bpd", [("610,000", 610000), ("655,000 bpd", 655000)]),
        ("a band of 900,000–950,000 bpd", [("900,000", 900000), ("950,000 bpd", 950000)]),
        ("swung between 2 and 2.3 million barrels per day", [("2", 2e6), ("2.3 million barrels per day", 2.3e6)]),
    ],
)
def test_a_range_gives_one_figure_per_end(text, expected):
    found = find_candidates(text)
    assert [(text[c.start : c.end], c.value) for c in found] == expected
    assert all(c.is_range and c.unit == "barrels_per_day" for c in found)


def test_both_ends_of_a_range_are_between_and_approximate(nlp):
    text = "Refiners in India are expected to take 410,000 to 460,000 bpd of Iraqi crude in March."
    figures = figures_of(nlp, text, published=dt.date(2026, 2, 10))
    assert [(f.value, f.qualifier, f.approximate) for f in figures] == [(410000, "between", True), (460000, "between", True)]


def test_ranged_from_is_a_range_but_rose_from_is_a_baseline_and_a_level():
    ranged = find_candidates("daily flows ranged from 300,000 to 360,000 bpd")
    rose = find_candidates("daily flows rose from 300,000 to 360,000 bpd")
    assert [c.is_range for c in ranged] == [True, True]
    assert [c.is_range for c in rose] == [False, False]
    assert [c.value for c in rose] == [300000, 360000]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("about 4.8 lakh barrels per day", 480000, "barrels_per_day"),
        ("some 2.3 crore tonnes", 23000000, "tonnes"),
        ("12 lakh tonnes", 1200000, "tonnes"),
        ("1.6 million barrels daily", 1.6e6, "barrels_per_day"),
        ("a 320,000-bpd plant", 320000, "barrels_per_day"),
        ("a 90,000-barrel-per-day unit", 90000, "barrels_per_day"),
        ("0.62 million tons", 620000, "tonnes"),
        ("down 350 kb/d", 350000, "barrels_per_day"),
        ("at 2.7 mb/d", 2.7e6, "barrels_per_day"),
        ("6.3 bcm a year", 6.3e9, "other"),
    ],
)
def test_value_spellings(text, value, unit):
    (candidate,) = find_candidates(text)
    assert candidate.value == pytest.approx(value) and candidate.unit == unit


def test_cents_in_a_price_story_are_per_barrel_but_not_cents_of_a_gallon():
    assert _spans("WTI slipped 38 cents") == [("38 cents", 0.38, "usd_per_barrel")]
    assert _spans("diesel rose 12 cents a gallon")[0][2] != "usd_per_barrel"


def test_a_small_dollar_sum_beside_a_benchmark_is_a_barrel_price():
    assert _spans("Brent finished the day at $71.18.") == [("$71.18", 71.18, "usd_per_barrel")]
    # Not beside a benchmark, or a sum with a scale: money.
    assert _spans("The company paid $45 for the permit.") == [("$45", 45, "usd")]
    assert _spans("Brent-linked deals worth $45 billion.") == [("$45 billion", 45e9, "usd")]


def test_a_price_move_in_cents_is_a_change_of_a_price(nlp):
    text = "Brent crude futures lost 53 cents to close at $74.10 a barrel on Thursday."
    figures = figures_of(nlp, text, published=dt.date(2026, 3, 13))
    move = one(figures, "53 cents")
    assert (move.value, move.unit, move.qualifier) == (0.53, "usd_per_barrel", "down")
    assert move.exporter is None and move.importer is None


# -- periods --------------------------------------------------------------------------------


def _period(text: str, published: dt.date, **kwargs) -> str | None:
    (expression,) = find_time_expressions(text)
    return resolve(expression, published, **kwargs)


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("in February–July", dt.date(2025, 9, 3), "2025-02/2025-07"),
        ("from March to May", dt.date(2025, 9, 3), "2025-03/2025-05"),
        ("between November and February", dt.date(2025, 3, 20), "2024-11/2025-02"),
        ("in the first six months", dt.date(2025, 8, 1), "2025-01/2025-06"),
        ("in the first ten months of 2024", dt.date(2025, 1, 9), "2024-01/2024-10"),
        ("in the first half of the year", dt.date(2025, 8, 1), "2025-01/2025-06"),
        ("on Monday", dt.date(2025, 9, 3), "2025-09-01"),  # a Wednesday: the Monday before
        ("on Wednesday", dt.date(2025, 9, 3), "2025-09-03"),
        ("yesterday", dt.date(2025, 9, 3), "2025-09-02"),
        ("on Aug. 28", dt.date(2025, 9, 3), "2025-08-28"),
        ("on Dec. 30", dt.date(2025, 1, 2), "2024-12-30"),
        ("this week", dt.date(2025, 9, 3), None),
    ],
)
def test_intervals_and_days(text, published, period):
    assert _period(text, published) == period


def test_the_same_period_a_year_before_dates_a_baseline():
    (kind,) = [e.kind for e in find_time_expressions("up 3% on the same period of 2024")]
    assert kind == "compare"


def test_a_month_without_a_year_in_a_forecast_is_the_coming_one(nlp):
    text = "Shipbrokers expect loadings from Basra to ease to 3.2 million bpd in January."
    (figure,) = figures_of(nlp, text, published=dt.date(2025, 11, 20))
    assert figure.period == "2026-01"
    reported = figures_of(nlp, "Loadings from Basra eased to 3.2 million bpd in December.", published=dt.date(2025, 11, 20))
    assert reported[0].period == "2024-12"


def test_a_bare_baseline_takes_the_unit_of_the_level_before_not_a_share_after(nlp):
    text = ("Qatar's gas deliveries to Oman averaged 22 million cubic metres per day in July, the ministry said. "
            "Pipeline sales slid to 21.5 million cubic metres per day from 24.0 million in June and were 3.1% short "
            "of the ministry's estimate.")
    found = {f.text: f for f in figures_of(nlp, text, published=dt.date(2025, 8, 14))}
    assert (found["24.0 million"].unit, found["24.0 million"].period) == ("cubic_metres_per_day", "2025-06")
    assert found["21.5 million cubic metres per day"].period == "2025-07"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Under the January schedule, Ceiba shipments are to rise to 72,000 bpd.", "2026-01"),
        ("Zafiro loadings in December are to drop to 41,000 bpd, the plan shows.", "2025-12"),
        ("Zafiro loadings in December were 41,000 bpd, the plan shows.", "2024-12"),
    ],
)
def test_a_be_to_infinitive_dates_a_scheduled_month_ahead(nlp, text, period):
    (figure,) = figures_of(nlp, text, published=dt.date(2025, 11, 20))
    assert figure.period == period


def test_a_month_set_early_in_a_paragraph_dates_its_later_figures(nlp):
    text = (
        "In September, Iraq's crude exports slipped 6% to 3.3 million bpd. "
        "Cargoes bound for India accounted for 38% of the total. "
        "Shipments to China were steady at 1.1 million bpd.\n\n"
        "Flows to South Korea reached 240,000 bpd, according to the ministry."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 10, 15))
    assert [f.period for f in figures] == ["2025-09"] * 5


def test_a_quoted_sentence_does_not_take_the_paragraphs_month(nlp):
    text = (
        "Iraq exported 3.3 million bpd in September, the ministry said.\n\n"
        "“Our southern fields can add 150,000 barrels a day,” the minister said."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 10, 15))
    assert one(figures, "150,000 barrels a day").period is None


def test_a_price_settled_on_a_named_day_is_dated_that_day(nlp):
    text = "Brent settled at $66.40 a barrel on Tuesday, up 0.8%."
    figures = figures_of(nlp, text, published=dt.date(2025, 12, 10))
    assert [f.period for f in figures] == ["2025-12-09", "2025-12-09"]


def test_a_day_on_a_verb_tagged_as_a_noun_dates_its_price_not_the_statement(nlp):
    # The tagger reads "cost" as a noun here; the day is the price's, not the brokers'.
    from tests.test_figures_sources import _run

    text = (
        "HARARE, June 6 - Zimbabwe imported 90 million litres of diesel in May, the regulator said on Friday.\n\n"
        "Delivered jet fuel cost about $940 a tonne at Mutare on Monday, up from $925 a week earlier, brokers said."
    )
    figures = _run(nlp, text, dt.date(2025, 6, 6))
    assert (one(figures, "$940 a tonne").period, one(figures, "$925").period) == ("2025-06-02", "2025-05-26")


def test_a_day_that_dates_a_statement_is_not_the_figures(nlp):
    text = "The ministry said on Tuesday that exports to India rose 4% to 1.1 million bpd."
    figures = figures_of(nlp, text, published=dt.date(2025, 12, 10))
    assert all(f.period != "2025-12-09" for f in figures)


def test_a_month_interval_dates_its_figures(nlp):
    text = "Russia shipped 1.6 million bpd to India in January–August, ship-tracking data from Kpler showed."
    (figure,) = figures_of(nlp, text, published=dt.date(2025, 9, 12))
    assert figure.period == "2025-01/2025-08"


# -- flow parties ---------------------------------------------------------------------------


def test_purchases_from_a_state_in_a_story_about_one_importer(nlp):
    text = (
        "Japan's crude imports fell 2% in May to 2.2 million bpd. "
        "Purchases from Kuwait rose 3.5% to 190,000 bpd."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 6, 30))
    kuwait = one(figures, "190,000 bpd")
    assert (kuwait.exporter, kuwait.importer) == ("KWT", "JPN")


def test_exports_to_a_region_have_no_importer(nlp):
    text = "Japan buys most of its crude from the Gulf. Kazakhstan's exports to Europe slid 12% to 84,000 bpd."
    (share, level) = figures_of(nlp, text, published=dt.date(2025, 6, 30))
    assert (level.exporter, level.importer) == ("KAZ", None)


def test_a_state_in_a_relative_clause_of_comparison_supplies_its_share(nlp):
    text = (
        "Japan's crude imports fell 2% in May. "
        "Saudi Arabia remained the biggest supplier with a 41% share, ahead of Qatar, which supplied 9%."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 6, 30))
    assert (one(figures, "41%").exporter, one(figures, "41%").importer) == ("SAU", "JPN")
    assert (one(figures, "9%").exporter, one(figures, "9%").importer) == ("QAT", "JPN")


def test_bought_an_amount_from_a_state(nlp):
    (figure,) = figures_of(nlp, "China has bought 1.9 million bpd from Russia so far this year.", published=dt.date(2025, 6, 30))
    assert (figure.exporter, figure.importer, figure.period) == ("RUS", "CHN", "2025")


def test_the_country_is_the_state_whose_voice_the_sentence_is(nlp):
    text = (
        "Kazakhstan's exports to Germany rose to 90,000 bpd in May. "
        "Iraq said the country shipped 350,000 bpd to Jordan in May."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 6, 30))
    shipped = one(figures, "350,000 bpd")
    assert (shipped.exporter, shipped.importer) == ("IRQ", "JOR")


@pytest.mark.parametrize(
    ("text", "published", "period", "forward"),
    [
        ("since June", dt.date(2025, 10, 2), "2025-06/2025-10", False),
        ("since November", dt.date(2025, 3, 2), "2024-11/2025-03", False),
        ("in April, May and June", dt.date(2025, 3, 2), "2025-04/2025-06", True),
        ("in the first half of next year", dt.date(2025, 10, 2), "2026-01/2026-06", False),
        ("by the end of the year", dt.date(2025, 10, 2), "2025", False),
    ],
)
def test_open_intervals_month_lists_and_the_years_end(text, published, period, forward):
    assert _period(text, published, forward=forward) == period


def test_a_price_in_the_next_sentence_keeps_the_session_day(nlp):
    text = "Oil rose on Thursday, with Brent up 48 cents at $70.12 a barrel. WTI added 40 cents to $66.90."
    figures = figures_of(nlp, text, published=dt.date(2025, 10, 2))
    assert [f.period for f in figures] == ["2025-10-02"] * 4


def test_a_figure_beside_an_event_date_keeps_the_paragraphs_month(nlp):
    text = (
        "Iraq's crude exports rose 2% in May to 3.4 million bpd. "
        "Flows to Jordan, which restarted in 2023, reached 12,000 bpd."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 6, 20))
    assert one(figures, "12,000 bpd").period == "2025-05"


def test_states_listed_together_as_origins_are_no_single_exporter(nlp):
    text = "India bought 300,000 bpd of fuel oil in May, mostly from Russia and Iraq."
    (figure,) = figures_of(nlp, text, published=dt.date(2025, 6, 20))
    assert (figure.exporter, figure.importer) == (None, "IND")


def test_an_official_speaks_for_the_country_he_names(nlp):
    text = (
        "Saudi Arabia's output held at 9 million bpd in May. "
        "Alexei Miller told reporters the country's exports would reach 3.1 million bpd in June."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 5, 20))
    assert one(figures, "3.1 million bpd").exporter == "RUS"


def test_a_second_supplier_beside_the_first_ships_to_the_same_buyer(nlp):
    text = "Supplies from Iraq to India fell 3% to 900,000 bpd in May, while Saudi Arabia shipped about 650,000 bpd."
    figures = figures_of(nlp, text, published=dt.date(2025, 6, 20))
    saudi = one(figures, "650,000 bpd")
    assert (saudi.exporter, saudi.importer) == ("SAU", "IND")


def test_cargoes_bound_for_a_state_are_its_imports(nlp):
    (figure,) = figures_of(nlp, "June loadings bound for India were near 1.3 million bpd.", published=dt.date(2025, 6, 20))
    assert figure.importer == "IND"


def test_a_price_takes_the_period_of_the_figure_before_it_in_its_sentence(nlp):
    text = (
        "Iran's crude exports averaged 1.5 million bpd in February, down from a peak of close to 1.8 million bpd "
        "in late 2024. Refiners in China took about 85% of the flows, paying discounts of $6 a barrel below Brent."
    )
    figures = figures_of(nlp, text, published=dt.date(2026, 3, 4))
    assert one(figures, "1.8 million bpd").period == "2024"
    assert one(figures, "85%").period == "2026-02"
    assert one(figures, "$6 a barrel").period == "2026-02"


def test_a_companys_home_is_not_where_its_cargoes_load(nlp):
    text = (
        "Venezuela's oil exports rose to 800,000 bpd in May, and Venezuela shipped 300,000 bpd to India. "
        "Traders expect Chevron's loadings to slip to 180,000 bpd in July."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 6, 20))
    assert one(figures, "180,000 bpd").exporter == "VEN"


def test_a_states_quota_within_a_group_is_its_own(nlp):
    text = "Iraq exported 3.3 million bpd in May.\n\nIraq's OPEC+ production quota stands at 4.2 million bpd."
    figures = figures_of(nlp, text, published=dt.date(2025, 6, 20), mentions=_with_bloc(text))
    assert one(figures, "4.2 million bpd").exporter == "IRQ"


def _with_bloc(text: str):
    from analysis.pipeline.records import ActorMention
    from tests.test_figures import mentions_for

    start = text.index("OPEC+")
    bloc = ActorMention("t", start, start + 5, "OPEC+", "OPEC+", "organisation", None, None, "test")
    return sorted([m for m in mentions_for(text) if not (m.start >= start and m.end <= start + 5)] + [bloc], key=lambda m: m.start)


def test_followed_by_takes_the_role_of_the_subject_before_it(nlp):
    text = "Japan was the largest buyer in March, followed by South Korea at 150,000 bpd."
    (figure,) = figures_of(nlp, text, published=dt.date(2025, 4, 9))
    assert figure.importer == "KOR"


def test_a_sum_priced_on_shares_gasoline_or_a_fee_is_not_a_barrel_price_beside_brent():
    # The benchmark sits in another clause, or another priced noun owns the sum.
    assert {u for _, _, u in _spans("Chevron stock dropped 35 cents to $152.40 on Friday as WTI crude gained.")} == {"usd"}
    assert {u for _, _, u in _spans("Retail petrol prices climbed 9 cents to $3.45 while crude prices firmed.")} == {"usd"}
    assert _spans("The shipper was charged a $35 harbour fee as oil prices slid.") == [("$35", 35.0, "usd")]
    # Still a barrel's price when the benchmark owns the clause.
    assert {u for _, _, u in _spans("WTI climbed as much as $3 to $84.")} == {"usd_per_barrel"}
    assert _spans("Dubai crude eased 20 cents.") == [("20 cents", 0.2, "usd_per_barrel")]


# -- review fixes (issue 11) ------------------------------------------------------------------


def test_a_range_whose_low_end_is_written_in_full_keeps_its_value():
    text = "Loadings swung from 850,000 to 1.1 million bpd over the summer."
    assert [(v, u) for _, v, u in _spans(text)] == [(850000, "barrels_per_day"), (1.1e6, "barrels_per_day")]


def test_a_capacity_read_once_is_the_figures_status(nlp):
    (figure,) = figures_of(nlp, "The new export terminal is able to handle 600,000 bpd.", published=dt.date(2025, 3, 1))
    assert (figure.status, figure.period) == ("capacity", None)
    from analysis.extractors.figures.status import status_of

    doc = nlp("Exports reached 600,000 bpd.")
    span = doc.char_span(16, 27)
    assert status_of(span, "barrels_per_day", None, None, capacity=True) == "capacity"  # the caller's reading wins
    assert status_of(span, "barrels_per_day", None, None, capacity=False) == "reported"


def test_a_goal_is_dated_by_the_year_it_aims_at(nlp):
    text = "Ghana's energy ministry said it plans to lift crude output to 250,000 bpd by 2028."
    (figure,) = figures_of(nlp, text, published=dt.date(2025, 9, 3))
    assert (figure.status, figure.period) == ("target", "2028")


def test_a_level_reported_by_a_year_has_no_period():
    from analysis.extractors.figures.period import resolve

    (expression,) = find_time_expressions("exports had doubled by 2019")
    assert resolve(expression, dt.date(2025, 1, 1)) is None
    assert resolve(expression, dt.date(2025, 1, 1), forward=True) == "2019"


def test_a_quota_takes_the_coming_period_its_paragraph_sets_not_an_earlier_one(nlp):
    text = (
        "The alliance said members would keep supply flat in April, May and June after raising "
        "their ceilings by 1.2 million bpd since October. Oman's required output stays at 810,000 bpd."
    )
    figure = one(figures_of(nlp, text, published=dt.date(2026, 3, 2)), "810,000 bpd")
    assert (figure.status, figure.period) == ("target", "2026-04/2026-06")


def test_word_lists_of_the_figures_rules_come_from_the_lexicon():
    import re

    from analysis.text.lexicon import alternation, words

    pattern = re.compile(rf"^{alternation('figures', 'unit_commodities')}$")
    assert pattern.match("crude oil") and pattern.match("jet  fuel")
    assert "data" in words("figures", "source_data_nouns")
    assert "nation" in words("figures", "state_description_nouns")


def test_opening_any_holds_where_a_listed_word_opens_in_any_case():
    import re

    from analysis.text.lexicon import opening_any

    words = ["in", "income", "jan", "a b", "to"]
    guarded = re.compile(opening_any(words) + r"\w+(?:\s\w+)?")
    flat = re.compile(r"(?=(?i:in|income|jan|a\sb|to))\w+(?:\s\w+)?")
    text = "JANUARY Income rose; a b-grade tonne, IN total, to Tokyo, not A\tBee or Xin."
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert guarded.match("Jan") and guarded.match("a\nb") and not guarded.match("ab") and not guarded.match("x")
    digits = re.compile(opening_any(["q"], digits=True))
    assert digits.match("3") and digits.match("Q3") and not digits.match("x")


def test_every_commodity_form_is_found_behind_its_openers():
    from analysis.extractors.figures.commodity import _COMMODITY, _NAMES

    forms = {
        "crude and fuel": "oil", "Oil and natural gas": "oil", "liquefied natural gas": "LNG", "LPG": "LPG",
        "West Texas Intermediate": "crude", "Urals": "crude", "Merey": "crude", "ESPO": "crude", "Brent": "crude",
        "WTI": "crude", "Murban": "crude", "Arab Light": "crude", "heavy sour": "crude", "light sweet": "crude",
        "bunker fuel": "fuel oil", "mazut": "fuel oil", "jet fuel": "jet fuel", "kerosene": "jet fuel",
        "diesel": "diesel", "gasoil": "diesel", "gasoline": "gasoline", "petrol": "gasoline", "naphtha": "naphtha",
        "condensate": "condensate", "refined products": "fuel", "fuels": "fuel", "pipeline gas": "gas",
        "petroleum": "oil", "coal": "coal",
    }
    for form, name in forms.items():
        match = _COMMODITY.search(f"Shipments of {form} rose.")
        assert match and match.group(0) == form and _NAMES[match.lastgroup] == name, form


def test_a_change_after_a_level_keeps_its_flow(nlp):
    text = "South Korea imported 2.8 million bpd in the first half, customs said, down 3.1% from a year before."
    figures = figures_of(nlp, text, published=dt.date(2025, 7, 15))
    assert one(figures, "3.1%").importer == one(figures, "2.8 million bpd").importer == "KOR"


def test_suppliers_named_as_a_group_take_a_share_of_the_storys_buyer(nlp):
    text = (
        "India's crude imports rose to 4.9 million bpd in May. Purchases from Iraq climbed to 1.1 million bpd.\n\n"
        "The three Gulf suppliers together provided 41% of the total."
    )
    figure = one(figures_of(nlp, text, published=dt.date(2025, 6, 10)), "41%")
    assert (figure.exporter, figure.importer) == (None, "IND")


def test_the_final_quarter_is_the_fourth():
    (expression,) = find_time_expressions("arrivals should average 1.9 million bpd in the final quarter")
    assert resolve(expression, dt.date(2024, 9, 30), forward=True) == "2024-Q4"


def _parties(nlp, text: str, span: str, published=dt.date(2025, 5, 6)):
    from tests.test_figures_sources import _at, _run

    figure = _at(_run(nlp, text, published), span)
    return figure.exporter, figure.importer


def test_a_second_buyer_beside_the_first_buys_from_the_same_seller(nlp):
    text = "Loadings of Angolan crude for Spain came to 80,000 bpd in April, while Portugal took about 35,000 bpd."
    assert _parties(nlp, text, "35,000 bpd") == ("AGO", "PRT")


def test_followed_by_after_a_participle_names_the_next_buyer_only(nlp):
    text = "Greece was the top buyer of Libyan crude in April, lifting 150,000 bpd, followed by Croatia at 70,000 bpd."
    assert _parties(nlp, text, "150,000 bpd")[1] == "GRC"
    assert _parties(nlp, text, "70,000 bpd")[1] == "HRV"


def test_a_gapped_conjunct_takes_its_own_state(nlp):
    text = "Kuwait's crude production held at 2.5 million bpd in April, and Algeria's at 970,000 bpd."
    assert _parties(nlp, text, "970,000 bpd")[0] == "DZA"


def test_its_is_not_one_of_two_origins_listed_together(nlp):
    text = "Cuba also bought about 20,000 bpd of fuel oil, mainly from Mexico and Algeria, to run its power plants."
    assert _parties(nlp, text, "20,000 bpd") == (None, "CUB")


def test_a_change_and_a_baseline_of_a_tonnage_are_kept_with_it(nlp):
    from tests.test_figures_sources import _run

    text = "Loadings in May totalled 2.1 million tonnes, the port said, up 6% on a year earlier, and up from 1.9 million tonnes in April."
    found = {f.text for f in _run(nlp, text, dt.date(2025, 6, 3))}
    assert {"2.1 million tonnes", "6%", "1.9 million tonnes"} <= found


def test_a_raised_subject_makes_a_tonnage_a_flow(nlp):
    from tests.test_figures_sources import _run

    text = "Those cargoes are projected to climb to 3.2 million tonnes next year."
    assert [f.text for f in _run(nlp, text, dt.date(2025, 6, 3))] == ["3.2 million tonnes"]


def test_those_flows_point_back_to_the_flow_of_the_sentence_before(nlp):
    text = "Norway also delivers gas to Poland through the Baltic link. Those flows should reach 8 bcm this year."
    assert _parties(nlp, text, "8 bcm") == ("NOR", "POL")


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("tankers have moved 9 million barrels since mid-2024", dt.date(2025, 2, 20), "2024-07/2025-02"),
        ("loadings have risen since early 2025", dt.date(2025, 5, 2), "2025-01/2025-05"),
    ],
)
def test_since_a_part_of_a_year_is_an_interval_to_the_articles_month(text, published, period):
    (expression,) = [e for e in find_time_expressions(text) if e.kind == "interval"]
    assert resolve(expression, published) == period


def test_the_first_half_is_a_period_not_a_share():
    assert _spans("Jordan took 14 million barrels in the first half, and half of it was fuel oil.") == [
        ("14 million barrels", 14e6, "barrels"), ("half", 50.0, "percent")]


def test_the_same_period_is_the_one_set_before(nlp):
    text = (
        "Algeria piped 31 bcm of gas to Italy in the first ten months. "
        "The operator said exports to Slovenia over the same period reached 1.2 bcm."
    )
    from tests.test_figures_sources import _at, _run

    assert _at(_run(nlp, text, dt.date(2025, 11, 20)), "1.2 bcm").period == "2025-01/2025-10"


def test_a_percent_restating_a_price_move_keeps_its_day(nlp):
    text = "Brent fell 48 cents, or 0.7%, to $68.10 a barrel on Wednesday after OPEC+ set its quotas for the second quarter."
    figures = figures_of(nlp, text, published=dt.date(2025, 11, 20))
    assert one(figures, "0.7%").period == one(figures, "48 cents").period


def test_a_value_after_a_volume_is_of_that_flow(nlp):
    text = "Iraq shipped 14 million barrels to Jordan in the first half, worth around $1.1 billion."
    figures = figures_of(nlp, text, published=dt.date(2025, 8, 2))
    money = one(figures, "$1.1 billion")
    assert (money.exporter, money.importer, money.period) == ("IRQ", "JOR", "2025-01/2025-06")


def test_the_agent_after_by_of_a_flow_is_its_party(nlp):
    assert _parties(nlp, "Imports of Iraqi crude by Greece rose 8% in April.", "8%") == ("IRQ", "GRC")
    assert _parties(nlp, "Purchases by Bangladesh climbed to 45,000 bpd in April.", "45,000 bpd")[1] == "BGD"


def test_a_place_inside_a_state_names_it(nlp):
    assert _parties(nlp, "Loadings from Primorsk fell to 820,000 bpd in April.", "820,000 bpd")[0] == "RUS"
    assert _parties(nlp, "Teapot refiners in Shandong bought 1.1 million bpd in April.", "1.1 million bpd")[1] == "CHN"


def test_a_share_of_the_flows_keeps_the_seller_named_before(nlp):
    text = (
        "The sanctioned tankers moved 30 million barrels of Venezuelan crude over the winter. "
        "Refiners in Shandong took about 70% of the flows, the firm said."
    )
    assert _parties(nlp, text, "70%") == ("VEN", "CHN")


def test_a_part_of_the_buyer_goes_on_with_its_flow(nlp):
    text = (
        "China's refiners bought 900,000 bpd of Venezuelan crude in May. "
        "Plants in Shandong province alone took 600,000 bpd."
    )
    assert _parties(nlp, text, "600,000 bpd") == ("VEN", "CHN")


def test_time_expressions_are_found_only_at_word_starts_as_anywhere():
    """The scan tries the expressions only where a word starts (a speed-up): it must find
    what the expressions find when tried at every position."""
    from analysis.extractors.figures import period

    text = (
        "Loadings from January to March 2025 rose, and in mid-2024 they fell; since April, "
        "the first nine months of this year, Q3 2023, the third quarter, last month and "
        "year-to-date figures differ from a year earlier. On Tuesday (Nov. 14, 2024) and "
        "yesterday, by 2027, in the 1990s, last week, since mid-2025, over the same period, "
        "before 2020, the same period of 2024, in 2019-2020, $2025 and 2025% are no years."
    )
    for lo, hi in ((0, len(text)), (7, 60), (131, len(text) - 3)):
        anywhere = [m.span() for m in period._EXPRESSIONS.finditer(text, lo, hi)]
        at_words = [(e.start, e.end) for e in find_time_expressions(text, lo, hi)]
        assert at_words == anywhere


def test_figure_word_scans_find_only_at_word_starts_what_they_find_anywhere():
    """The commodity, change and provider scans try their words only where a word starts
    (a speed-up): they must find what the same patterns find tried at every position."""
    import re

    from analysis.extractors.figures import commodity, qualifiers, source

    text = (
        "Shipments of crude and fuel fell by 5%, LNG cargoes rose 12% and naphtha sales "
        "dropped sharply by about 300,000 bpd; an increase of 4% in jet-fuel, made up 3% "
        "of coal, data from tracker Kplerish showed gasoline_x exports, figures from the "
        "consultancy Energo Aspects said (oil) and 'gas' rose up nearly 2% while diesel "
        "output was cut by around 7% and the reduction of 1.5 million tonnes in LPG"
    )
    for scan in (commodity._COMMODITY, qualifiers._CHANGE_LEFT, qualifiers._CHANGE_BY, source._PROVIDER_BEFORE):
        anywhere = re.compile(scan.pattern.replace(r"\b(?=\w)", r"\b", 1), scan.flags)
        assert anywhere.pattern != scan.pattern
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in anywhere.finditer(text)]
        for end in range(len(text) + 1):
            found, expected = scan.search(text, 0, end), anywhere.search(text, 0, end)
            assert (found and found.span()) == (expected and expected.span())


def test_time_expression_openers_skip_no_expression():
    """The first-word lookahead of the time-expression pattern only skips positions where
    no alternative could match: each kind of expression is found as without it."""
    from analysis.extractors.figures.period import _AT_WORD_STARTS, _EXPRESSIONS

    unfiltered = re.compile(r"\b(?=\w)(?:" + _EXPRESSIONS.pattern + ")", _EXPRESSIONS.flags)
    text = (
        "Shipments from March to June 2031 rose; Feb. through Apr. too. In the first nine months of 2030 and "
        "the second half of this year they fell. A year earlier, one month ago, The same period of 2029, "
        "year-on-year, previous year's levels; the early 1990s, the mid-2010s. Last week and this weekend, "
        "the past four weeks to May 18, 2031, 3 weeks ending Sept. 9. On Tuesday, yesterday, Today, "
        "Nov. 14th, 2030. Since April 2031, since mid-2030, Over the same two months, during the period, "
        "By the end of 2032, by 2031 levels, until March, After 2029, starting in 2030, Beyond 2035, "
        "up to the third quarter of 2031, the 4th quarter, Q3 2031, the December quarter, in Jan 2031, "
        "so far this year, Earlier this month, later this quarter, the current year, year-to-date, "
        "End of the year, in 2031 and mid-2032, 2030 barrels, 1990%, $2031."
    )
    found = [(m.span(), m.groupdict()) for m in _AT_WORD_STARTS.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in unfiltered.finditer(text)]
    assert len({kind for _, groups in found for kind, value in groups.items() if value}) >= 30


def test_the_month_may_is_no_modal(nlp):
    # "from … in May" is the baseline's month: the level takes the month the lede set,
    # as it would after any other month ("may" the modal would make it a plan).
    text = (
        "Gabon's oil exports fell in June as a terminal closed for repairs, port data showed.\n\n"
        "Exports dropped to 150,000 bpd from 190,000 bpd in May, the data showed."
    )
    found = {f.text: f.period for f in figures_of(nlp, text, published=dt.date(2025, 7, 3))}
    assert (found["150,000 bpd"], found["190,000 bpd"]) == ("2025-06", "2025-05")


def test_the_week_to_a_weekday_is_that_weeks_days(nlp):
    # Friday 2025-03-07 is the article's day: the week to Friday is its seven days.
    text = "Ecuador's crude exports rose 12% in the week to Friday to 410,000 bpd, port agents said."
    found = {f.text: f.period for f in figures_of(nlp, text, published=dt.date(2025, 3, 8))}
    assert found["410,000 bpd"] == "2025-03-01/2025-03-07"


def test_gas_volumes_are_flows_dated_by_their_paragraph(nlp):
    text = (
        "Algeria piped 21.4 bcm of gas to Europe last year, its energy ministry said. "
        "Deliveries to Spain through Medgaz reached 8.7 bcm, it said, and Italy took 11.9 bcm.\n\n"
        "The Medgaz link can carry 10.7 bcm a year."
    )
    found = {f.text: f.period for f in figures_of(nlp, text, published=dt.date(2025, 2, 3))}
    assert (found["8.7 bcm"], found["11.9 bcm"]) == ("2024", "2024")  # "Italy took …": a flow of gas, not a count
    assert found["10.7 bcm"] is None


def test_gas_prices_per_mmbtu_and_daily_mcm_are_figures(nlp):
    text = (
        "The Japan-Korea Marker averaged $11.80 per million British thermal units in April, "
        "while Henry Hub futures settled at $3.10 per mmBtu. Flows through Blue Stream ran at 38 mcm/d."
    )
    found = {f.text: (f.value, f.unit) for f in figures_of(nlp, text, published=dt.date(2025, 5, 2))}
    assert found["$11.80 per million British thermal units"] == (11.8, "other")
    assert found["$3.10 per mmBtu"] == (3.1, "other")
    assert found["38 mcm/d"] == (38e6, "cubic_metres_per_day")


def test_tonnes_a_year_written_with_a_slash_y(nlp):
    text = "The Murmansk LNG plant is designed to ship 2.5 million tonnes/y of LNG once built."
    found = {f.text: (f.value, f.unit) for f in figures_of(nlp, text, published=dt.date(2025, 5, 2))}
    assert found["2.5 million tonnes/y"] == (2.5e6, "tonnes_per_year")


def test_may_arrivals_are_no_forecast(nlp):
    text = "China's imports of Saudi crude rose 3% in the first five months. May arrivals alone were 7.2 million tonnes."
    found = {f.text: f.status for f in figures_of(nlp, text, published=dt.date(2025, 6, 20))}
    assert found["7.2 million tonnes"] == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Arrivals climbed to 1.2 million bpd in October, the most since June.",
        "Arrivals climbed to 1.2 million bpd in October, their highest level since mid-2023.",
    ],
)
def test_a_record_since_a_month_dates_no_figure(text):
    periods = [resolve(e, dt.date(2025, 11, 20)) for e in find_time_expressions(text)]
    assert periods == ["2025-10"]


def test_since_a_month_without_a_record_is_the_span_to_the_article():
    text = "Arrivals have averaged 1.2 million bpd since June."
    assert [resolve(e, dt.date(2025, 11, 20)) for e in find_time_expressions(text)] == ["2025-06/2025-11"]


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        ("Purchases reached 4.9 million bpd in FY26.", "IND", "2025-04/2026-03"),
        ("Purchases reached 4.9 million bpd in FY2023-24.", "IND", "2023-04/2024-03"),
        ("Purchases reached 4.9 million bpd in 2022-23.", "IND", "2022-04/2023-03"),
        ("Purchases reached 4.9 million bpd in the 2022/23 fiscal year.", "IND", "2022-04/2023-03"),
        ("Purchases reached 4.9 million bpd in fiscal 2023.", "JPN", "2023-04/2024-03"),  # named by its opening
        ("Purchases reached 4.9 million bpd in the second quarter of FY26.", "IND", "2025-Q3"),
        ("Purchases reached 4.9 million bpd in the first half of 2023-24.", "IND", "2023-04/2023-09"),
        ("Purchases reached 4.9 million bpd in the July-September quarter of 2023-24.", "IND", "2023-07/2023-09"),
        ("Purchases reached 4.9 million bpd in the January-March quarter of 2023-24.", "IND", "2024-01/2024-03"),
        ("Purchases reached 4.9 million bpd in 2022-23.", "RUS", None),  # a calendar-year state: unknown
    ],
)
def test_a_fiscal_year_is_the_months_of_its_states_custom(text, state, expected):
    expressions = find_time_expressions(text)
    assert len(expressions) == 1
    assert resolve(expressions[0], dt.date(2026, 1, 15), fiscal=fiscal_year(None, state)) == expected


def test_a_span_of_years_is_no_fiscal_year():
    assert find_time_expressions("the 2025-30 plan") == []


def test_the_fiscal_year_ended_a_month_is_the_twelve_months_to_it():
    expressions = find_time_expressions("Purchases reached 4.9 million bpd in the fiscal year ended March 31.")
    assert [resolve(e, dt.date(2025, 6, 2)) for e in expressions] == ["2024-04/2025-03"]


def test_an_indian_figure_takes_its_states_fiscal_year(nlp):
    text = "India's crude imports slipped 1.2% to 228 million tonnes in FY24, the oil ministry's data showed."
    assert one(figures_of(nlp, text, dt.date(2024, 5, 10)), "228 million tonnes").period == "2023-04/2024-03"


def test_a_time_that_dates_leaving_a_group_sets_no_period(nlp):
    text = (
        "Gabon pumped 210,000 bpd in August, a Reuters survey found. The country quit OPEC last year, "
        "citing its quota.\n\nIts shipments to Italy fell to 45,000 bpd, Kpler data showed."
    )
    assert one(figures_of(nlp, text, dt.date(2025, 9, 10)), "45,000 bpd").period == "2025-08"


def test_total_exports_are_the_storys_exporters(nlp):
    text = (
        "Kuwait's crude shipments climbed in August, Kpler data showed.\n\n"
        "Total exports averaged 1.7 million bpd, up from 1.6 million bpd in July."
    )
    assert one(figures_of(nlp, text, dt.date(2025, 9, 10)), "1.7 million bpd").exporter == "KWT"


def test_world_exports_have_no_exporter(nlp):
    text = "Kuwait's crude shipments climbed in August. Total world exports averaged 42 million bpd."
    assert one(figures_of(nlp, text, dt.date(2025, 9, 10)), "42 million bpd").exporter is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Loadings reached 1.4 million bpd in H2 2024.", "2024-07/2024-12"),
        ("Loadings reached 1.4 million bpd in 1H25.", "2025-01/2025-06"),
        ("Loadings reached 1.4 million bpd over the first three quarters.", "2025-01/2025-09"),
        ("Loadings reached 1.4 million bpd from February to August.", "2025-02/2025-08"),
    ],
)
def test_halves_quarters_and_spans_of_months(nlp, text, expected):
    assert one(figures_of(nlp, text, dt.date(2025, 10, 3)), "1.4 million bpd").period == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span counted on from a month lies ahead, across the new year …
        ("The utility signed up to import 1.4 million bpd over four months from February.", "2026-02/2026-05"),
        ("Traders will deliver 1.4 million bpd for three months from December.", "2025-12/2026-02"),
        # … unless its verb tells of the past
        ("Imports averaged 1.4 million bpd in the three months from March.", "2025-03/2025-05"),
        # … a present perfect too
        ("Imports have averaged 1.4 million bpd in the three months from March.", "2025-03/2025-05"),
    ],
)
def test_a_span_counted_from_a_month(nlp, text, expected):
    assert one(figures_of(nlp, text, dt.date(2025, 10, 3)), "1.4 million bpd").period == expected


def test_a_bare_h2_is_no_half_year():
    assert find_time_expressions("plans to make H2 from gas") == []


def test_a_month_after_from_alone_is_a_time_compared_with(nlp):
    text = "Loadings rose 6% from February to 1.4 million bpd."
    assert one(figures_of(nlp, text, dt.date(2025, 10, 3)), "1.4 million bpd").period is None


def test_a_revised_baseline_keeps_its_own_month(nlp):
    text = "Loadings in June averaged 1.4 million bpd, up from a revised 1.3 million bpd in May."
    figures = figures_of(nlp, text, dt.date(2025, 7, 3))
    assert (one(figures, "1.4 million bpd").period, one(figures, "1.3 million bpd").period) == ("2025-06", "2025-05")


def test_a_revised_baseline_does_not_date_the_level_before_it(nlp):
    text = "Loadings rose in June.\n\nThey averaged 1.4 million bpd, up from a revised 1.3 million bpd in May."
    assert one(figures_of(nlp, text, dt.date(2025, 7, 3)), "1.4 million bpd").period == "2025-06"


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        ("Purchases reached 4.9 million bpd in the first seven months of the fiscal year.", "IND", "2025-04/2025-10"),
        ("Purchases reached 4.9 million bpd in the first half of the current fiscal year.", "JPN", "2025-04/2025-09"),
        ("Purchases reached 4.9 million bpd in the first half of the last fiscal year.", "IND", "2024-04/2024-09"),
        ("Purchases reached 4.9 million bpd in the first seven months of the fiscal year.", "RUS", None),
    ],
)
def test_months_counted_in_the_current_fiscal_year(text, state, expected):
    expressions = find_time_expressions(text)
    assert len(expressions) == 1
    assert resolve(expressions[0], dt.date(2025, 11, 20), fiscal=fiscal_year(state)) == expected


def test_the_whole_a_share_is_of_keeps_only_its_owner(nlp):
    text = "Iraq supplied 22% of India's total imports of 4.9 million bpd in May."
    figures = figures_of(nlp, text, dt.date(2025, 6, 12))
    assert (one(figures, "22%").exporter, one(figures, "22%").importer) == ("IRQ", "IND")
    assert (one(figures, "4.9 million bpd").exporter, one(figures, "4.9 million bpd").importer) == (None, "IND")


def test_a_span_compared_with_named_by_its_end_dates_no_figure(nlp):
    text = (
        "Loadings averaged 1.1 million bpd in the four weeks to May 18, port data showed. "
        "That was down 60,000 bpd from the period to May 11."
    )
    assert one(figures_of(nlp, text, dt.date(2025, 5, 20)), "60,000 bpd").period == "2025-04-21/2025-05-18"


def test_a_cargo_loaded_at_a_port_leaves_its_state_and_one_discharged_lands_in_it(nlp):
    text = "Loadings at Basra slipped to 3.2 million bpd in May. Cargoes discharged in China came to 1.1 million bpd."
    figures = figures_of(nlp, text, dt.date(2025, 6, 5))
    assert one(figures, "3.2 million bpd").exporter == "IRQ"
    assert one(figures, "1.1 million bpd").importer == "CHN"


def test_a_demonym_on_an_owned_import_noun_is_the_origin(nlp):
    text = "India's Russian imports slipped to 1.5 million bpd in May, Kpler data showed."
    figure = one(figures_of(nlp, text, dt.date(2025, 6, 5)), "1.5 million bpd")
    assert (figure.exporter, figure.importer) == ("RUS", "IND")


def test_a_demonym_on_what_buyers_purchase_is_the_origin(nlp):
    text = (
        "India's crude imports from Russia slid in May, Kpler data showed. "
        "Refiners are expected to raise Russian purchases to 1.7 million bpd in July."
    )
    figure = one(figures_of(nlp, text, dt.date(2025, 6, 5)), "1.7 million bpd")
    assert (figure.exporter, figure.importer) == ("RUS", "IND")


@pytest.mark.parametrize("text", ["Iraq plans to raise exports to 3.9 million bpd.", "Iraq agreed to cut output by 90,000 bpd."])
def test_the_object_of_a_planned_verb_names_the_side(nlp, text):
    figure = figures_of(nlp, text, dt.date(2025, 6, 5))[0]
    assert figure.exporter == "IRQ"


@pytest.mark.parametrize(
    "text, asked",
    [("Iraq urged India to raise imports to 1.1 million bpd.", "IND"),
     ("Iraq asked Turkey to cut imports by 90,000 bpd.", "TUR")],
)
def test_a_verb_someone_else_is_asked_to_do_gives_the_asker_no_side(nlp, text, asked):
    # The asked state would be the importer; no side at all is the cautious answer, the asker never.
    figure = figures_of(nlp, text, dt.date(2025, 6, 5))[0]
    assert figure.importer in (None, asked) and figure.exporter is None


def test_a_sentence_that_compares_with_an_earlier_month_does_not_date_what_follows(nlp):
    text = (
        "Nigeria's crude exports climbed to 1.4 million bpd in June. That compares with 1.3 million bpd in May.\n\n"
        "India remained the largest buyer, taking 300,000 bpd."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 7, 10))
    assert [one(figures, span).period for span in ("1.4 million bpd", "1.3 million bpd", "300,000 bpd")] == [
        "2025-06", "2025-05", "2025-06"
    ]


def test_the_sales_of_the_exports_just_dated_share_their_month(nlp):
    text = "Oman exported 29 million barrels in April, the ministry said. Sales brought in $2.1 billion, it said."
    figures = figures_of(nlp, text, published=dt.date(2025, 5, 12))
    assert one(figures, "$2.1 billion").period == "2025-04"
    # the sale of a stake is one deal, not the month's sales
    text = "Oman exported 29 million barrels in April, the ministry said. The state fund raised $3 billion from the sale of a stake in the port."
    assert one(figures_of(nlp, text, published=dt.date(2025, 5, 12)), "$3 billion").period is None
# -- periods on real reporting (issue 11): constructions seen in trade coverage ----------------


@pytest.mark.parametrize(
    ("text", "published", "span", "period"),
    [
        ("Loadings fell to 1.9 million bpd in August, the least since March 2021, when terminals shipped 1.7 million bpd.",
         dt.date(2025, 9, 10), "1.7 million bpd", "2021-03"),
        ("Arrivals rose to 640,000 bpd last month, the most since April when buyers took 655,000 bpd.",
         dt.date(2025, 9, 10), "655,000 bpd", "2025-04"),
        ("Purchases are running at 210,000 bpd, the slowest pace since 1998, when refiners bought 190,000 bpd.",
         dt.date(2025, 9, 10), "190,000 bpd", "1998"),
    ],
)
def test_a_when_clause_after_a_record_since_takes_that_time(nlp, text, published, span, period):
    assert one(figures_of(nlp, text, published=published), span).period == period


def test_a_when_clause_time_does_not_carry_to_the_next_sentence(nlp):
    text = (
        "Output slipped by 45,000 bpd to 2.6 million bpd in August, the lowest since June 2023 when fields pumped 2.5 million bpd. "
        "Exports to Italy eased to 160,000 bpd."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 9, 10))
    assert one(figures, "160,000 bpd").period == "2025-08"


def test_a_baseline_a_year_earlier_in_a_sentence_with_no_other_figure(nlp):
    text = "Kenya's fuel imports in July were down from 410,000 tonnes a year earlier."
    assert one(figures_of(nlp, text, published=dt.date(2025, 9, 2)), "410,000 tonnes").period == "2024-07"


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("Diesel imports reached 820,000 tonnes in August, rebounding 14% from a three-month low of 720,000 tonnes in July.", "14%", "2025-08"),
        ("Arrivals averaged 1.3 million bpd in August, 6% below the 1.38 million bpd landed in the same month of 2024.", "6%", "2025-08"),
    ],
)
def test_a_change_against_a_dated_low_or_level_is_of_the_figures_time(nlp, text, span, period):
    assert one(figures_of(nlp, text, published=dt.date(2025, 9, 10)), span).period == period


def test_a_change_from_a_year_is_the_sentences_year(nlp):
    text = "Shipments are set to average 730,000 bpd in 2025, up some 60,000 bpd from 2024."
    assert one(figures_of(nlp, text, published=dt.date(2025, 12, 20)), "60,000 bpd").period == "2025"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The plant, which can handle 300,000 bpd, received 4.2 million barrels of crude in August.", "300,000 bpd"),
        ("Pakistan, which buys around 80% of its crude abroad, took 190,000 bpd from Saudi Arabia last month.", "80%"),
    ],
)
def test_a_standing_size_or_share_in_a_present_relative_clause_has_no_period(nlp, text, span):
    assert one(figures_of(nlp, text, published=dt.date(2025, 9, 10)), span).period is None


def test_a_figure_takes_the_time_of_its_own_noun_before_a_nearer_one(nlp):
    text = "The emirate shipped 3.1 million bpd in the first half of 2025 and 2.9 million bpd in the second half of last year."
    assert one(figures_of(nlp, text, published=dt.date(2025, 9, 10)), "2.9 million bpd").period == "2024-07/2024-12"


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("between Sept. 1 and Sept. 21", dt.date(2025, 9, 24), "2025-09-01/2025-09-21"),
        ("in Sept. 1-21", dt.date(2025, 9, 24), "2025-09-01/2025-09-21"),
        ("over 1-21 September", dt.date(2025, 9, 24), "2025-09-01/2025-09-21"),
        ("from Sept. 1 to 21", dt.date(2025, 9, 24), "2025-09-01/2025-09-21"),
    ],
)
def test_days_within_a_month(text, published, period):
    assert _period(text, published) == period


def test_a_day_then_a_level_is_no_range_of_days():
    (expression,) = find_time_expressions("climbed on Sept. 3 to 12 million barrels")
    assert resolve(expression, dt.date(2025, 9, 24)) == "2025-09-03"


def test_a_possessive_month_of_a_noun_dates_the_figure_after_it(nlp):
    text = "Earnings from September's cargoes came to $4.4 billion."
    assert one(figures_of(nlp, text, published=dt.date(2025, 10, 8)), "$4.4 billion").period == "2025-09"


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("year-to-date through July", dt.date(2025, 8, 5), "2025-01/2025-07"),
        ("in the final month of 2023", dt.date(2024, 2, 1), "2023-12"),
        ("in the last month of last year", dt.date(2024, 2, 1), "2023-12"),
    ],
)
def test_year_to_date_through_a_month_and_a_years_last_month(text, published, period):
    assert _period(text, published) == period


def test_a_level_likened_to_the_month_before_keeps_the_paragraphs_month(nlp):
    text = (
        "Gabon shipped 195,000 bpd of crude last month, compared with 210,000 bpd in June. "
        "It also loaded 60,000 tonnes of fuel oil, a volume close to the previous month."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 8, 4))
    assert one(figures, "60,000 tonnes").period == "2025-07"


def test_a_quote_telling_what_was_takes_the_month_told_before(nlp):
    text = (
        "Oman exported 27.1 million barrels of crude in September, the ministry said.\n\n"
        "“Loadings from Mina al-Fahal averaged 820,000 barrels a day,” the undersecretary said."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 10, 6))
    assert one(figures, "820,000 barrels a day").period == "2025-09"


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("last financial year", dt.date(2025, 6, 2), "2024-04/2025-03"),
        ("this fiscal", dt.date(2025, 6, 2), "2025-04/2026-03"),
        ("in the current fiscal year", dt.date(2026, 2, 2), "2025-04/2026-03"),
        ("the previous fiscal year", dt.date(2025, 6, 2), "2024-04/2025-03"),
        ("during 2023-2024", dt.date(2025, 6, 2), "2023-04/2024-03"),
        ("in the first half of the current fiscal", dt.date(2025, 12, 2), "2025-04/2025-09"),
        ("in April-June last fiscal", dt.date(2025, 8, 1), "2024-04/2024-06"),  # the calendar reading is 2025
    ],
)
def test_fiscal_years_named_relative_to_the_date(text, published, period):
    (expression,) = find_time_expressions(text)
    assert resolve(expression, published, fiscal=fiscal_year("IND")) == period


@pytest.mark.parametrize("text", ["since the last financial crisis", "despite the current financial turmoil", "in the previous fiscal quarter"])
def test_a_financial_noun_or_a_fiscal_quarter_is_no_fiscal_year(text):
    assert find_time_expressions(text) == []


def test_the_same_period_last_fiscal_dates_a_baseline_a_year_back(nlp):
    text = (
        "Between April and September this financial year, India imported 121 million tonnes of crude, "
        "up from 117 million tonnes in the same period last fiscal."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 10, 24))
    assert [one(figures, span).period for span in ("121 million tonnes", "117 million tonnes")] == ["2025-04/2025-09", "2024-04/2024-09"]


def test_in_that_month_is_the_month_told_before(nlp):
    text = "Pakistan imported 1.05 million tonnes of crude in August. Its import bill came to $560 million in that month."
    assert one(figures_of(nlp, text, published=dt.date(2025, 9, 20)), "$560 million").period == "2025-08"


def test_a_month_of_an_agreed_increase_is_the_coming_one(nlp):
    text = "The group agreed to lift output by 90,000 bpd in January."
    assert one(figures_of(nlp, text, published=dt.date(2025, 12, 1)), "90,000 bpd").period == "2026-01"


@pytest.mark.parametrize(
    "second",
    ["Algeria depends on hydrocarbons for about 90% of its export earnings.", "The country pumps roughly 950,000 bpd."],
)
def test_a_figure_in_the_present_tense_takes_no_month_told_before(nlp, second):
    text = f"Algeria's crude exports slipped to 480,000 bpd in May, the ministry said. {second}"
    figures = figures_of(nlp, text, published=dt.date(2025, 6, 12))
    assert [f.period for f in figures] == ["2025-05", None]


def test_baselines_a_quarter_and_a_year_earlier(nlp):
    text = "Loadings averaged 1.3 million bpd in the second quarter, up from 1.2 million bpd a quarter earlier and 1.1 million bpd a year earlier."
    figures = figures_of(nlp, text, published=dt.date(2025, 8, 20))
    assert [f.period for f in figures] == ["2025-Q2", "2025-Q1", "2024-Q2"]


def test_a_baseline_in_the_previous_quarter(nlp):
    text = "Loadings averaged 1.3 million bpd in the second quarter, up from 1.2 million bpd in the previous quarter."
    assert one(figures_of(nlp, text, published=dt.date(2025, 8, 20)), "1.2 million bpd").period == "2025-Q1"


def test_a_present_tense_ranking_of_the_months_data_keeps_its_month(nlp):
    text = "Japan's crude imports fell 4% in September, the ministry said. Saudi Arabia remains the top supplier, with 1.1 million bpd."
    assert one(figures_of(nlp, text, published=dt.date(2025, 10, 30)), "1.1 million bpd").period == "2025-09"


# -- lists that write the unit once ---------------------------------------------------------


def _flows(figures):
    return [(f.text, f.value, f.unit, f.exporter, f.importer) for f in figures]


def test_supplier_items_with_with_take_the_first_items_unit(nlp):
    text = "South Korea's crude imports from Saudi Arabia were 1.3 million bpd in April, followed by Kuwait with 420,000 and Iraq with 260,000."
    assert _flows(figures_of(nlp, text))[1:] == [
        ("420,000", 420000, "barrels_per_day", "KWT", "KOR"),
        ("260,000", 260000, "barrels_per_day", "IRQ", "KOR"),
    ]


def test_origin_items_with_from_take_the_unit_and_their_own_origin(nlp):
    text = "India bought 1.4 million bpd of crude from Russia in June, 700,000 from Iraq and from Angola 95,000."
    assert _flows(figures_of(nlp, text))[1:] == [
        ("700,000", 700000, "barrels_per_day", "IRQ", "IND"),
        ("95,000", 95000, "barrels_per_day", "AGO", "IND"),
    ]


def test_numbers_before_a_figure_share_its_unit_and_scale(nlp):
    text = "Kazakhstan and Angola sent 230,000 and 170,000 bpd, respectively, to China in July."
    assert _flows(figures_of(nlp, text)) == [
        ("230,000", 230000, "barrels_per_day", "KAZ", "CHN"),
        ("170,000 bpd", 170000, "barrels_per_day", "AGO", "CHN"),
    ]
    shared = figures_of(nlp, "Exports to China were 1.6 and 1.8 million bpd in May and June.")
    assert [(f.text, f.value) for f in shared] == [("1.6", 1.6e6), ("1.8 million bpd", 1.8e6)]


def test_a_supplier_list_after_a_from_origin_lists_origins(nlp):
    text = "Japan bought 55 million barrels from Saudi Arabia in May, Kuwait 12 million barrels and Qatar 4.1 million barrels, the ministry said."
    assert [(f.text, f.exporter, f.importer) for f in figures_of(nlp, text)] == [
        ("55 million barrels", "SAU", "JPN"),
        ("12 million barrels", "KWT", "JPN"),
        ("4.1 million barrels", "QAT", "JPN"),
    ]
    # A lone "and" after the subject's figure lists another buyer.
    buyers = figures_of(nlp, "China took 2.1 million bpd from Russia in May and India 1.9 million bpd.")
    assert [(f.exporter, f.importer) for f in buyers] == [("RUS", "CHN"), ("RUS", "IND")]


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose to 1.2 million bpd in May, and Iraq with 300 tankers stayed idle.",
        "India imported 1.2 million bpd from Iraq, 2019 saw a drop.",
        "Shipments reached 900,000 bpd, Kuwait said on 12 March.",
        "Brent rose to $80 a barrel on Monday, and 25 from Kuwait were sold.",
        "Exports reached 1.1 million bpd in May, June 800,000.",
    ],
)
def test_other_numbers_beside_a_list_take_no_unit(nlp, text):
    assert len(figures_of(nlp, text)) == 1


def test_a_share_in_brackets_after_a_listed_volume_is_that_items(nlp):
    text = "Japan bought 55 million barrels from Saudi Arabia (41%) in May, Kuwait 12 million barrels (9%) and Qatar 4.1 million barrels (3.1%), the ministry said."
    shares = [(f.text, f.exporter, f.importer) for f in figures_of(nlp, text) if f.unit == "percent"]
    assert shares == [("41%", "SAU", "JPN"), ("9%", "KWT", "JPN"), ("3.1%", "QAT", "JPN")]


def test_named_and_destination_items_take_the_unit_and_their_own_party(nlp):
    named = figures_of(nlp, "Saudi Arabia supplied 1.2 million bpd to India in April, Iraq 850,000 and Kuwait 310,000.")
    assert _flows(named)[1:] == [
        ("850,000", 850000, "barrels_per_day", "IRQ", "IND"),
        ("310,000", 310000, "barrels_per_day", "KWT", "IND"),
    ]
    destinations = figures_of(nlp, "Russia sent 1.6 million bpd to India in April, 950,000 to China and 110,000 to Kuwait.")
    assert [(f.text, f.exporter, f.importer) for f in destinations][1:] == [("950,000", "RUS", "CHN"), ("110,000", "RUS", "KWT")]


def test_items_ahead_of_which_a_figure_stands_take_its_unit(nlp):
    text = "India's purchases from Russia climbed to 1.9 million bpd, ahead of Iraq at 0.9 million and Saudi Arabia at 0.7 million."
    assert _flows(figures_of(nlp, text))[1:] == [
        ("0.9 million", 900000, "barrels_per_day", "IRQ", "IND"),
        ("0.7 million", 700000, "barrels_per_day", "SAU", "IND"),
    ]


def test_days_to_a_named_day_told_without_a_figure_date_the_figures_after(nlp):
    text = (
        "Angolan crude loadings eased in the week to June 8, port agents said.\n\n"
        "Some 1.05 million bpd sailed from the country's terminals in those seven days."
    )
    assert one(figures_of(nlp, text, dt.date(2025, 6, 11)), "1.05 million bpd").period == "2025-06-02/2025-06-08"


@pytest.mark.parametrize("baseline", ["the week before", "a week earlier", "the previous week"])
def test_a_baseline_a_week_back_is_the_days_seven_earlier(nlp, baseline):
    text = f"Angolan loadings slipped to 1.05 million bpd in the week to June 8 from 1.2 million bpd {baseline}."
    figures = figures_of(nlp, text, dt.date(2025, 6, 11))
    assert one(figures, "1.05 million bpd").period == "2025-06-02/2025-06-08"
    assert one(figures, "1.2 million bpd").period == "2025-05-26/2025-06-01"


def test_a_baseline_a_week_back_of_a_month_is_no_period(nlp):
    text = "Angolan loadings averaged 1.05 million bpd in May, against 1.2 million bpd a week earlier."
    assert one(figures_of(nlp, text, dt.date(2025, 6, 11)), "1.2 million bpd").period is None


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("The refinery could lift its intake to 210,000 bpd by October once repairs end.", "2025-10"),
        ("Officials said the field should return to 95,000 bpd in September.", "2025-09"),
        ("Shipments might recover to 330,000 bpd in November, a trader said.", "2025-11"),
    ],
)
def test_a_month_after_could_should_or_might_is_the_coming_one(nlp, sentence, period):
    figure = figures_of(nlp, sentence, published=dt.date(2025, 7, 10))[0]
    assert figure.period == period


def test_a_month_after_may_have_is_one_gone_by(nlp):
    figure = figures_of(nlp, "Traders said the refinery may have run at 180,000 bpd in November.", published=dt.date(2025, 7, 10))[0]
    assert figure.period == "2024-11"


@pytest.mark.parametrize(
    "sentence",
    [
        "In November the depot could handle 300,000 bpd because crews worked double shifts.",
        "In November the port could not raise loadings to 250,000 bpd after a pump failed.",
        "In November the jetty could only take 120,000 bpd.",
        "Loadings could climb to 90,000 bpd in November only after the strike ended.",
    ],
)
def test_a_month_after_could_as_the_past_of_can_is_one_gone_by(nlp, sentence):
    figure = figures_of(nlp, sentence, published=dt.date(2025, 6, 10))[0]
    assert figure.period == "2024-11"


def test_a_change_below_the_same_month_last_year_is_of_the_month_told(nlp):
    text = (
        "Angola shipped 1.02 million bpd of crude in April. "
        "The state firm said its output of 1.11 million bpd was 6.4% below the same month last year."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 5, 22))
    assert one(figures, "6.4%").period == "2025-04"


def test_a_bare_that_month_before_a_year_earlier_level_is_the_month_told(nlp):
    text = (
        "Kuwait sold 1.9 million bpd of crude abroad in March. "
        "Fuel oil burned at its power plants came to 160,000 bpd that month, well above the level a year before."
    )
    figures = figures_of(nlp, text, published=dt.date(2025, 4, 28))
    assert one(figures, "160,000 bpd").period == "2025-03"
    assert [e.kind for e in find_time_expressions("sales that month-on-month fell, and that month's total rose")] == []


def test_on_before_a_month_is_the_time_compared_with(nlp):
    # British reporting's "up 4% on June": June is the month compared with; the figures
    # keep the month the lede named, and so does the paragraph after them.
    text = (
        "Poland's fuel oil exports climbed to a three-month high in July, the statistics office said on Friday. "
        "Shipments reached 610,000 tonnes, up 4.2% on June.\n\n"
        "Exports to Germany reached 220,000 tonnes, the office said."
    )
    figures = {f.text: f for f in figures_of(nlp, text, published=dt.date(2026, 8, 21))}
    assert [figures[t].period for t in ("610,000 tonnes", "4.2%", "220,000 tonnes")] == ["2026-07"] * 3


def test_on_before_a_time_that_opens_the_figure_s_noun_still_dates_it(nlp):
    text = "Iraq agreed on January exports of 3.3 million bpd to Asia."
    assert one(figures_of(nlp, text, published=dt.date(2025, 2, 2)), "3.3 million bpd").period == "2025-01"


def test_on_before_a_day_is_still_the_day_told_of(nlp):
    text = "Brent crude rose 1.2% on Tuesday to $71.40 a barrel."
    figures = {f.text: f for f in figures_of(nlp, text, published=dt.date(2026, 3, 12))}
    assert figures["$71.40 a barrel"].period == "2026-03-10"


def test_likely_to_dates_a_coming_month_but_a_likely_past_verb_does_not(nlp):
    ahead = "A broker said Indian buyers were likely to take 220,000 bpd of Angolan oil in January."
    gone = "Angola's loadings likely slipped to 1.05 million bpd in January, a survey found."
    published = dt.date(2026, 2, 20)
    assert one(figures_of(nlp, ahead, published=dt.date(2026, 12, 3)), "220,000 bpd").period == "2027-01"
    assert one(figures_of(nlp, gone, published=published), "1.05 million bpd").period == "2026-01"
    guessed = "Traders said Iraqi exports were likely to have fallen to 3.1 million bpd in December."
    assert one(figures_of(nlp, guessed, published=dt.date(2026, 11, 20)), "3.1 million bpd").period == "2025-12"


def test_from_a_month_after_a_planned_change_is_when_it_starts(nlp):
    planned = "The ministry said the state company would lift crude exports by 50,000 bpd from March."
    compared = "Crude exports in April fell by 50,000 bpd from March, the ministry said."
    assert one(figures_of(nlp, planned, published=dt.date(2026, 12, 10)), "50,000 bpd").period == "2027-03"
    assert one(figures_of(nlp, compared, published=dt.date(2026, 5, 10)), "50,000 bpd").period == "2026-04"
    baseline = "The cartel said output would be cut by 80,000 bpd from March levels."
    assert one(figures_of(nlp, baseline, published=dt.date(2026, 4, 8)), "80,000 bpd").period != "2026-03"


def test_the_value_of_flows_just_dated_takes_their_period_a_debt_does_not(nlp):
    # (Issue 11: a trade value is a money figure of the month its paragraph tells, as
    # revenue is; money that is no flow's value stays dated where it is written.)
    text = (
        "Chile's crude purchases from Argentina climbed to 64,000 bpd in August, the customs service said. "
        "Those cargoes were valued at $410 million. The refiner still owes $2 billion to its banks."
    )
    figures = figures_of(nlp, text, published=dt.date(2026, 9, 15))
    assert one(figures, "$410 million").period == "2026-08"
    assert one(figures, "$2 billion").period is None


def test_a_dated_trade_value_dates_the_values_after_it(nlp):
    # (Not the months an earlier paragraph told of.)
    text = (
        "Over January-July, Peru shipped 2.2 million tonnes of crude, the customs service said.\n\n"
        "Crude exports earned $540 million in August, the statistics office said. "
        "Cargoes to China made up $200 million of that."
    )
    figures = figures_of(nlp, text, published=dt.date(2026, 9, 15))
    assert one(figures, "$200 million").period == "2026-08"


# -- litres ---------------------------------------------------------------------------------


def test_litres_of_fuel_are_figures_dated_as_their_paragraph(nlp):
    text = (
        "Tanzania brought in 612 million litres of refined products in March, the regulator said. "
        "Petrol accounted for 301 million litres of that.\n\n"
        "Trucks hauled about 4.4 million litres a day inland. The Dar depot can store 55 million litres."
    )
    figures = figures_of(nlp, text, published=dt.date(2026, 4, 9))
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("612 million litres", 612e6, "other"), ("301 million litres", 301e6, "other"),
        ("4.4 million litres a day", 4.4e6, "other"), ("55 million litres", 55e6, "other"),
    ]
    assert one(figures, "301 million litres").period == "2026-03"


def test_kilolitres_keep_their_written_unit():
    assert _spans("crude arrivals rose 2.2% to 11.9 million kilolitres") == [
        ("2.2%", 2.2, "percent"), ("11.9 million kilolitres", 11.9e6, "other"),
    ]


def test_litres_of_milk_or_water_are_not_energy_trade(nlp):
    text = (
        "Kenya imported 40 million litres of milk in March, the dairy board said. "
        "Households used 141 billion litres of water a year, the utility said."
    )
    assert figures_of(nlp, text, published=dt.date(2026, 4, 9)) == []


# -- money in the story's own currency ------------------------------------------------------


def test_oil_money_in_local_currencies_is_other(nlp):
    text = (
        "Nigeria's crude export earnings rose to 4.2 trillion naira in the third quarter, the statistics office said. "
        "The fuel import bill came to 98.5 billion shillings a month in Kenya."
    )
    figures = figures_of(nlp, text, published=dt.date(2026, 11, 2))
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("4.2 trillion naira", 4.2e12, "other"), ("98.5 billion shillings a month", 98.5e9, "other"),
    ]
    assert figures[0].commodity == "crude"


def test_a_local_currency_value_of_flows_is_dated_as_the_flows_but_a_trade_deficit_is_no_figure(nlp):
    text = (
        "Indonesia's crude imports rose 4% in September, the statistics bureau said. "
        "The import bill climbed to 5.9 trillion rupiah. "
        "The trade surplus narrowed to 2.1 trillion rupiah."
    )
    figures = figures_of(nlp, text, published=dt.date(2026, 10, 15))
    assert [f.text for f in figures] == ["4%", "5.9 trillion rupiah"]
    assert one(figures, "5.9 trillion rupiah").period == "2026-09"


def test_a_price_per_litre_has_no_parties(nlp):
    text = (
        "Kenya imported 700 million litres of diesel from the United Arab Emirates in June, the regulator said. "
        "Pump prices averaged 1,950 shillings a litre, the regulator said."
    )
    figures = figures_of(nlp, text, published=dt.date(2026, 7, 10))
    price = one(figures, "1,950 shillings a litre")
    assert (price.unit, price.exporter, price.importer) == ("other", None, None)


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("Spain's LNG imports are set to reach 0.4 million tonnes in December and 5.1 million tonnes "
         "for the whole of 2027, an analyst said.", "5.1 million tonnes", "2027"),
        ("Nigerian barrels made up 31% of Spain's crude purchases last month, against 40% in the whole of 2025.",
         "40%", "2025"),
        ("Refiners took 80,000 bpd in October and 95,000 bpd over all of 2025, the agency said.", "95,000 bpd", "2025"),
    ],
)
def test_a_whole_year_right_after_a_figure_is_its_own_period(nlp, text, span, period):
    # (Nearer to it stands the month of the figure before.)
    assert one(figures_of(nlp, text, published=dt.date(2026, 12, 3)), span).period == period


def test_gas_priced_per_thousand_cubic_metres_is_one_price_and_its_baseline_shares_the_unit(nlp):
    from tests.test_figures_sources import _at, _run

    text = (
        "Azerbaijan exported 0.9 bcm of gas to Georgia in May.\n\n"
        "The average customs value of Azerbaijani gas fell to $215 per 1,000 cubic metres in May "
        "from $240 in April, the state statistics service said."
    )
    figures = _run(nlp, text, dt.date(2026, 6, 20))
    assert [(f.text, f.value, f.unit) for f in figures][1:] == [
        ("$215 per 1,000 cubic metres", 215, "other"), ("$240", 240, "other"),
    ]
    baseline = _at(figures, "$240")
    assert (baseline.period, baseline.exporter, baseline.importer) == ("2026-04", None, None)


def test_a_dollar_baseline_of_a_price_per_tonne_is_priced_per_tonne(nlp):
    text = "Fuel oil in the port traded at about $480 a tonne on Monday, up from $455 a week earlier, brokers said."
    figures = figures_of(nlp, text, published=dt.date(2026, 6, 17))
    assert [(f.text, f.unit) for f in figures] == [("$480 a tonne", "other"), ("$455", "other")]
    assert all(f.exporter is None and f.importer is None for f in figures)
