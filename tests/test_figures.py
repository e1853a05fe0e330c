"""The figures extractor and its readers: numbers, units, qualifiers, periods, sources,
trade direction — on small texts written for each trap, with hand-made actor mentions
where a test is about the figures and not about actor resolution."""

from __future__ import annotations

import datetime as dt
import math
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extractors.figures.extractor import extract_figures
from analysis.extractors.figures.numbers import parse_fraction, parse_number
from analysis.extractors.figures.period import TimeExpression, find_time_expressions, resolve
from analysis.extractors.figures.qualifiers import qualify
from analysis.extractors.figures.spans import find_candidates
from analysis.pipeline.records import ActorMention, Figure
from analysis.text.actor_table import load_table
from corpus.article import Article

SEED_PARAGRAPH = (
    "China is the primary buyer of Venezuelan oil and a critical energy partner to the Maduro regime. "
    "Beijing received about 746,000 barrels per day in November, representing about 80% of the "
    "country’s total oil exports, according to Reuters."
)


# -- helpers ------------------------------------------------------------------------------

_STATES = {
    "China": ("China", "country", "CHN"), "Beijing": ("China", "country", "CHN"),
    "Chinese": ("China", "country", "CHN"), "Venezuelan": ("Venezuela", "country", "VEN"),
    "Venezuela": ("Venezuela", "country", "VEN"), "Russia": ("Russia", "country", "RUS"),
    "Russian": ("Russia", "country", "RUS"), "India": ("India", "country", "IND"),
    "Indian": ("India", "country", "IND"), "United States": ("United States", "country", "USA"),
    "Saudi Arabia": ("Saudi Arabia", "country", "SAU"), "U.S.": ("United States", "country", "USA"), "Kazakhstan": ("Kazakhstan", "country", "KAZ"),
    "Reuters": ("Reuters", "organisation", "GBR"), "Kpler": ("Kpler", "organisation", "FRA"),
    "LSEG": ("LSEG", "organisation", "GBR"), "OPEC": ("OPEC", "organisation", None),
    "Chevron": ("Chevron", "organisation", "USA"), "Gazprom": ("Gazprom", "organisation", "RUS"),
    "Alexei Miller": ("Alexei Miller", "person", "RUS"),
    "Iraq": ("Iraq", "country", "IRQ"), "Baghdad": ("Iraq", "country", "IRQ"),
    "Qatar": ("Qatar", "country", "QAT"), "Japan": ("Japan", "country", "JPN"),
    "Jordan": ("Jordan", "country", "JOR"), "Lebanon": ("Lebanon", "country", "LBN"),
    "South Korea": ("South Korea", "country", "KOR"), "Kuwait": ("Kuwait", "country", "KWT"),
    "oil ministry": ("Iraqi Oil Ministry", "organisation", "IRQ"),
    "Oil Minister Hayan Abdul-Ghani": ("Hayan Abdul-Ghani", "person", "IRQ"),
    "Angola": ("Angola", "country", "AGO"), "Luanda Refinery": ("Luanda Refinery", "organisation", "AGO"),
}
# Private firms act for no state (as in the actor table): their mentions carry no state.
_PRIVATE = {"Reuters", "Kpler", "LSEG", "Chevron"}


def mentions_for(text: str, article_id: str = "t") -> list[ActorMention]:
    """Hand-made actor mentions: every listed name, longest first, no overlaps."""
    taken: list[tuple[int, int]] = []
    out = []
    for name in sorted(_STATES, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            actor, kind, country = _STATES[name]
            taken.append(match.span())
            state = None if name in _PRIVATE else country
            out.append(ActorMention(article_id, match.start(), match.end(), name, actor, kind, country, state, "test"))
    return sorted(out, key=lambda m: m.start)


def figures_of(nlp, text: str, published: dt.date | None = dt.date(2026, 1, 4), mentions=None) -> list[Figure]:
    article = Article(article_id="t", text=text, published=published)
    return extract_figures(article, nlp(text), mentions_for(text) if mentions is None else mentions, actor_table=load_table())


def one(figures: list[Figure], text: str) -> Figure:
    found = [f for f in figures if f.text == text]
    assert len(found) == 1, [f.text for f in figures]
    return found[0]


# -- numbers and units ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [("746,000", 746000), ("1.2 million", 1.2e6), ("three million", 3e6), ("a million", 1e6),
     ("half a million", 5e5), ("twenty-five", 25), ("5bn", 5e9), ("1.2m", 1.2e6), ("3 mln", 3e6),
     ("two hundred thousand", 2e5)],
)
def test_numbers_as_news_writes_them(written, value):
    assert parse_number(written)[0] == pytest.approx(value)


def test_fractions_are_percent():
    assert parse_fraction("two-thirds") == pytest.approx(200 / 3)
    assert parse_fraction("half") == 50
    assert parse_fraction("a third") == pytest.approx(100 / 3)
    assert parse_fraction("three-quarters") == 75


@given(st.integers(min_value=1, max_value=999_999_999))
@settings(max_examples=200, deadline=None)
def test_grouped_digits_round_trip(number):
    assert parse_number(f"{number:,}")[0] == number


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("about 746,000 barrels per day", "746,000 barrels per day", 746000, "barrels_per_day"),
        ("1.2 million bpd", "1.2 million bpd", 1.2e6, "barrels_per_day"),
        ("4.4 million b/d", "4.4 million b/d", 4.4e6, "barrels_per_day"),
        ("fell by 420 kb/d", "420 kb/d", 420000, "barrels_per_day"),
        ("to 4.9 mb/d", "4.9 mb/d", 4.9e6, "barrels_per_day"),
        ("746,000 barrels of oil per day", "746,000 barrels of oil per day", 746000, "barrels_per_day"),
        ("three million barrels of crude", "three million barrels", 3e6, "barrels"),
        ("9.54 million metric tons in October", "9.54 million metric tons", 9.54e6, "tonnes"),
        ("480,000 mt in July", "480,000 mt", 480000, "tonnes"),
        ("10 million tonnes per year", "10 million tonnes per year", 1e7, "tonnes_per_year"),
        ("250,000 tonnes a month", "250,000 tonnes a month", 250000, "other"),
        ("108.8 million cubic metres per day", "108.8 million cubic metres per day", 108.8e6, "cubic_metres_per_day"),
        ("50 billion cubic metres a year", "50 billion cubic metres", 5e10, "other"),
        ("$1.5 billion", "$1.5 billion", 1.5e9, "usd"),
        ("$62.48 a barrel", "$62.48 a barrel", 62.48, "usd_per_barrel"),
        ("the $60-a-barrel cap", "$60-a-barrel", 60, "usd_per_barrel"),
        ("27 cents a barrel", "27 cents a barrel", 0.27, "usd_per_barrel"),
        ("36 per cent", "36 per cent", 36, "percent"),
        ("about 80%", "80%", 80, "percent"),
        ("651.7 billion roubles", "651.7 billion roubles", 651.7e9, "other"),
    ],
)
def test_units(text, span, value, unit):
    found = [c for c in find_candidates(text) if c.kind != "bare"]
    assert len(found) == 1
    candidate = found[0]
    assert text[candidate.start : candidate.end] == span
    assert candidate.value == pytest.approx(value)
    assert candidate.unit == unit


def test_a_range_is_one_figure_per_end_sharing_its_scale():
    text = "between 1 and 1.1 million barrels per day"
    low, high = find_candidates(text)
    assert (text[low.start : low.end], low.value) == ("1", 1e6)
    assert (text[high.start : high.end], high.value) == ("1.1 million barrels per day", 1.1e6)
    assert low.is_range and high.is_range
    assert [c.value for c in find_candidates("700,000-800,000 bpd")] == [700000, 800000]
    assert [(c.value, c.unit) for c in find_candidates("$3-$4 a barrel")] == [(3, "usd_per_barrel"), (4, "usd_per_barrel")]


def test_from_to_is_two_figures_not_a_range():
    text = "rose from 700,000 to 800,000 bpd"
    found = find_candidates(text)
    assert [(text[c.start : c.end], c.value, c.unit) for c in found] == [
        ("700,000", 700000, "barrels_per_day"),
        ("800,000 bpd", 800000, "barrels_per_day"),
    ]


def test_no_figures_in_dates_ordinals_and_words():
    for text in ("COVID-19 cases", "a third straight year", "on Jan. 4, 2026", "Power of Siberia 2", "the 1990s"):
        assert [c for c in find_candidates(text) if c.kind != "bare"] == [], text


# -- qualifiers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "qualifier", "approximate"),
    [
        ("received about 746,000 barrels", "746,000 barrels", "about", True),
        ("roughly 36% of", "36%", "roughly", True),
        ("more than 2 million bpd", "2 million bpd", "more than", True),
        ("up to 500,000 bpd", "500,000 bpd", "up to", True),
        ("exports were up 12% from", "12%", "up", False),
        ("fell by 200,000 bpd to", "200,000 bpd", "down", False),
        ("raised output by 35,000 bpd", "35,000 bpd", "up", False),
        ("a 137,000 bpd increase", "137,000 bpd", "up", False),
        ("fell to 41,000 bpd", "41,000 bpd", None, False),
        ("made up about 35 per cent", "35 per cent", "about", True),
        ("a record 108.8 million cubic metres", "108.8 million cubic metres", None, False),
    ],
)
def test_qualifiers(text, figure, qualifier, approximate):
    start = text.index(figure)
    result = qualify(text, start, start + len(figure), False)
    assert (result.qualifier, result.approximate) == (qualifier, approximate)


# -- periods ----------------------------------------------------------------------------------


def _resolved(text: str, published):
    (expression,) = find_time_expressions(text)
    return resolve(expression, published)


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        ("in November", dt.date(2026, 1, 4), "2025-11"),
        ("in January", dt.date(2026, 1, 4), "2026-01"),
        ("in March 2025", None, "2025-03"),
        ("last month", dt.date(2025, 8, 18), "2025-07"),
        ("so far this year", dt.date(2025, 9, 3), "2025"),
        ("last year", dt.date(2026, 1, 6), "2025"),
        ("in the third quarter", dt.date(2025, 11, 20), "2025-Q3"),
        ("in Q4", dt.date(2025, 10, 8), "2025-Q4"),
        ("in November", None, None),
        ("last month", None, None),
        ("on Wednesday", dt.date(2025, 12, 18), "2025-12-17"),
        ("over the first two weeks of May", dt.date(2025, 5, 20), "2025-05-01/2025-05-14"),
        ("in the first week of March", dt.date(2025, 3, 19), "2025-03-01/2025-03-07"),
        ("last week", dt.date(2025, 12, 18), None),
        ("in the late 1990s", dt.date(2026, 1, 6), None),
        ("since 2023", dt.date(2025, 10, 8), None),
    ],
)
def test_periods(text, published, period):
    assert _resolved(text, published) == period


def test_a_forecast_month_is_the_nearest_one():
    expression = TimeExpression(0, 8, "month", month=12)
    assert resolve(expression, dt.date(2025, 11, 14)) == "2024-12"
    assert resolve(expression, dt.date(2025, 11, 14), forward=True) == "2025-12"
    # half a year either way: a forecast looks ahead
    assert resolve(expression, dt.date(2025, 6, 14), forward=True) == "2025-12"
    assert resolve(TimeExpression(0, 4, "month", month=3), dt.date(2025, 9, 2), forward=True) == "2026-03"
    assert resolve(TimeExpression(0, 4, "month", month=3), dt.date(2025, 9, 2)) == "2025-03"


# -- the extractor on whole sentences -----------------------------------------------------------


def test_the_seed_sentence(nlp):
    figures = figures_of(nlp, SEED_PARAGRAPH)
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("746,000 barrels per day", 746000, "barrels_per_day"),
        ("80%", 80, "percent"),
    ]
    for figure in figures:
        assert (figure.exporter, figure.importer, figure.period, figure.source) == ("VEN", "CHN", "2025-11", "Reuters")
        assert figure.approximate and figure.qualifier == "about" and figure.commodity == "oil"
        assert SEED_PARAGRAPH[figure.start : figure.end] == figure.text
        assert figure.sentence.startswith("Beijing received")
    assert [f.figure_id for f in figures] == ["t:f001", "t:f002"]


def test_distractors_are_not_figures(nlp):
    text = (
        "Washington doubled tariffs on Indian goods to 50% in August, citing New Delhi's purchases of Russian oil. "
        "The strikes have killed at least 95 people since September. "
        "The Senate rejected the resolution by 49 votes to 51. "
        "The Treasury has sanctioned more than 170 tankers this year. "
        "Steel exports hit 11.2 million tons in October. "
        "Lake Chad has lost about 90% of its surface, and fuel shortages have worsened."
    )
    assert figures_of(nlp, text) == []


def test_exporter_and_importer_from_the_parse(nlp):
    text = (
        "Chevron shipped about 150,000 barrels per day of Venezuelan crude to the United States in December, "
        "according to LSEG ship-tracking data.\n\n"
        "India's imports of Russian crude averaged about 1.7 million bpd in October, data from Kpler showed.\n\n"
        "Saudi Arabia raised output by 35,000 bpd to 10.06 million bpd, the report showed, while "
        "Kazakhstan's production fell by 52,000 bpd to 1.77 million bpd."
    )
    figures = figures_of(nlp, text, dt.date(2026, 1, 6))
    assert (one(figures, "150,000 barrels per day").exporter, one(figures, "150,000 barrels per day").importer) == ("VEN", "USA")
    assert one(figures, "150,000 barrels per day").source == "LSEG"
    imports = one(figures, "1.7 million bpd")
    assert (imports.exporter, imports.importer, imports.source, imports.period) == ("RUS", "IND", "Kpler", "2025-10")
    assert one(figures, "35,000 bpd").exporter == "SAU" and one(figures, "35,000 bpd").importer is None
    assert one(figures, "1.77 million bpd").exporter == "KAZ"
    assert one(figures, "52,000 bpd").qualifier == "down"


def test_the_country_is_resolved_by_its_role(nlp):
    text = (
        "Russia supplies China with crude. Venezuela is a small producer. "
        "China is the main buyer of Venezuelan oil. Beijing took 600,000 bpd in November, "
        "about 70% of the country's exports."
    )
    figures = figures_of(nlp, text, dt.date(2025, 12, 5))
    share = one(figures, "70%")
    assert (share.exporter, share.importer) == ("VEN", "CHN")


def test_the_south_american_nation(nlp):
    text = (
        "China received 700,000 bpd of Venezuelan oil in November.\n\n"
        "The South American nation imported 54,000 bpd of Russian naphtha in November."
    )
    figure = one(figures_of(nlp, text, dt.date(2025, 12, 2)), "54,000 bpd")
    assert (figure.exporter, figure.importer, figure.commodity) == ("RUS", "VEN", "naphtha")


def test_prices_have_no_parties_and_a_baseline_keeps_its_own_month(nlp):
    text = (
        "Urals averaged $56.82 a barrel in September, down from $63.65 a barrel a year earlier. "
        "Venezuela's oil exports rose 3% in November to 932,000 barrels per day, up from 900,000 bpd in October."
    )
    figures = figures_of(nlp, text, dt.date(2025, 12, 2))
    assert one(figures, "$56.82 a barrel").exporter is None and one(figures, "$56.82 a barrel").period == "2025-09"
    assert one(figures, "$63.65 a barrel").period == "2024-09"
    assert one(figures, "3%").qualifier == "up"
    assert one(figures, "932,000 barrels per day").period == "2025-11"
    assert one(figures, "900,000 bpd").period == "2025-10" and one(figures, "900,000 bpd").qualifier is None


def test_a_bare_number_takes_the_unit_of_its_neighbour_only_after_from(nlp):
    text = "Exports reached 746,000 bpd of Venezuelan oil in November, up from 600,000 in October, on 12 tankers."
    figures = figures_of(nlp, text, dt.date(2025, 12, 2))
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("746,000 bpd", 746000, "barrels_per_day"),
        ("600,000", 600000, "barrels_per_day"),
    ]


def test_sources(nlp):
    cases = {
        "China's crude imports from Russia totalled 9.54 million metric tons in October, China's customs data showed.": "China customs",
        "Russia pumped 9.33 million bpd of crude in September, according to OPEC.": "OPEC",
        "Gas exports to China hit 108.8 million cubic metres per day last month, Gazprom said.": "Gazprom",
        "Venezuela exported 500,000 bpd of oil in December, analysts at Kpler estimated.": "Kpler",
        "India bought 1.6 million bpd of Russian crude in September, traders said.": None,
        "India bought 1.6 million bpd of Russian crude in September, according to trade data.": None,
    }
    for text, source in cases.items():
        (figure,) = figures_of(nlp, text, dt.date(2025, 10, 20))
        assert figure.source == source, text


def test_the_data_showed_refers_back_to_the_provider(nlp):
    text = (
        "China's crude imports from Russia totalled 9.54 million metric tons in October, China's customs data showed.\n\n"
        "That is about 2.25 million bpd, according to Reuters calculations.\n\n"
        "Imports from Malaysia rose to 5.9 million tons in October, the customs data showed."
    )
    figures = figures_of(nlp, text, dt.date(2025, 11, 20))
    assert [f.source for f in figures] == ["China customs", "Reuters", "China customs"]
    continued = one(figures, "2.25 million bpd")
    assert (continued.exporter, continued.importer, continued.period) == ("RUS", "CHN", "2025-10")


def test_a_plant_or_line_capacity_is_not_a_flow(nlp):
    text = (
        "In India, the 1.4 million barrel-per-day Jamnagar refinery processed about 150,000 barrels per day "
        "of U.S. crude in February, Kpler data showed. U.S. crude made up 12% of the refinery's intake last month.\n\n"
        "The Iraq pipeline has capacity to carry about 350,000 bpd."
    )
    figures = figures_of(nlp, text, dt.date(2026, 3, 12))
    for capacity in ("1.4 million barrel-per-day", "350,000 bpd"):
        found = one(figures, capacity)
        assert (found.exporter, found.importer, found.period) == (None, None, None)
    assert (one(figures, "150,000 barrels per day").exporter, one(figures, "150,000 barrels per day").importer) == ("USA", "IND")
    share = one(figures, "12%")  # the refinery's intake: bought by the refinery's country
    assert (share.exporter, share.importer, share.period, share.commodity) == ("USA", "IND", "2026-02", "crude")


def test_a_state_speaking_of_its_exports_is_the_exporter(nlp):
    text = (
        "Iraq exported 190,000 bpd of crude through the pipeline in January, Iraq's oil ministry said. "
        "The shutdown cost Baghdad $25 billion in lost revenue, according to the ministry.\n\n"
        "“Kirkuk fields alone can give us another 100,000 barrels a day,” Oil Minister Hayan Abdul-Ghani told reporters.\n\n"
        "Exports reached 230,000 bpd in February, Kuwait's oil minister said."
    )
    figures = figures_of(nlp, text, dt.date(2026, 3, 12))
    revenue = one(figures, "$25 billion")
    assert (revenue.exporter, revenue.importer, revenue.source) == ("IRQ", None, "Iraqi Oil Ministry")
    quoted = one(figures, "100,000 barrels a day")
    assert (quoted.exporter, quoted.source) == ("IRQ", "Hayan Abdul-Ghani")
    assert (one(figures, "230,000 bpd").exporter, one(figures, "230,000 bpd").importer) == ("KWT", None)


def test_a_quote_continued_after_its_attribution_keeps_the_speaker(nlp):
    text = (
        "“Our buyers want security,” Alexei Miller told reporters. "
        "“We will raise our exports to 142 million tonnes a year of LNG by 2030.”"
    )
    figure = one(figures_of(nlp, text, dt.date(2026, 3, 12)), "142 million tonnes a year")
    assert (figure.source, figure.exporter, figure.period, figure.commodity) == ("Alexei Miller", "RUS", "2030", "LNG")


def test_supply_contracts_run_from_seller_to_buyer_and_are_not_dated_by_the_deal(nlp):
    text = (
        "Qatar will supply 3.5 million tonnes a year of LNG to Japan under a deal that starts from 2028.\n\n"
        "Jordan signed a deal in December to buy 15,000 barrels per day of crude from Iraq, more than Lebanon receives.\n\n"
        "Japan agreed to buy 1.2 million tonnes a year of LNG from the United States, more than South Korea agreed to take last year.\n\n"
        "Iraq sold 2 million barrels of crude to India under a term contract that expired in 2025.\n\n"
        "Brent crude futures settled at $63.17 a barrel, while Asian LNG prices fell."
    )
    figures = figures_of(nlp, text, dt.date(2026, 3, 12))
    expected = {
        "3.5 million tonnes a year": ("QAT", "JPN", None), "15,000 barrels per day": ("IRQ", "JOR", None),
        "1.2 million tonnes a year": ("USA", "JPN", None), "2 million barrels": ("IRQ", "IND", None),
    }
    for span, parties in expected.items():
        found = one(figures, span)
        assert (found.exporter, found.importer, found.period) == parties, span
    assert one(figures, "$63.17 a barrel").commodity == "crude"


def test_sentences_never_cross_a_paragraph_break(nlp):
    text = "“Fields can give us another 100,000 barrels a day.”\n\nExports averaged 230,000 bpd in February, Iraq said."
    figure = one(figures_of(nlp, text, dt.date(2026, 3, 12)), "100,000 barrels a day")
    assert figure.period is None and "February" not in figure.sentence


def test_prices_written_as_alternatives_and_baselines_share_the_unit(nlp):
    text = (
        "Without Russian oil, crude would have gone to $130 or $150 a barrel, the minister said.\n\n"
        "Discounts for Urals delivered to India widened to about $5 a barrel last week, from around $2 in October, traders said."
    )
    figures = figures_of(nlp, text, dt.date(2025, 11, 20))
    assert [(f.text, f.value, f.unit) for f in figures] == [
        ("$130", 130, "usd_per_barrel"), ("$150 a barrel", 150, "usd_per_barrel"),
        ("$5 a barrel", 5, "usd_per_barrel"), ("$2", 2, "usd_per_barrel"),
    ]
    assert one(figures, "$2").period == "2025-10" and one(figures, "$5 a barrel").period is None  # a week is no period
    assert all(f.exporter is None and f.importer is None for f in figures)


def test_values_carry_no_float_noise(nlp):
    (figure,) = figures_of(nlp, "China imported about 4.1 million tonnes of Venezuelan crude last year.")
    assert figure.value == 4100000.0 and repr(figure.value) == "4100000.0"


def test_a_relative_clause_sees_the_noun_phrase_it_qualifies(nlp):
    text = (
        "India's imports of Russian crude fell in October. Indian refiners have also stepped up purchases of "
        "U.S. crude, which rose to about 540,000 barrels per day in October, Kpler data showed."
    )
    figure = one(figures_of(nlp, text, dt.date(2025, 11, 20)), "540,000 barrels per day")
    assert (figure.exporter, figure.importer, figure.period, figure.source) == ("USA", "IND", "2025-10", "Kpler")


def test_undated_article_gives_no_relative_period(nlp):
    text = "Venezuela shipped 746,000 bpd of oil to China in November. U.S. imports of Venezuelan crude averaged 586,000 bpd in 2018."
    figures = figures_of(nlp, text, published=None)
    assert one(figures, "746,000 bpd").period is None
    assert one(figures, "586,000 bpd").period == "2018"


def test_empty_and_figureless_articles(nlp):
    assert figures_of(nlp, "") == []
    assert figures_of(nlp, "Moscow will continue to support Venezuela, officials said on Sunday.") == []


def test_output_is_deterministic_and_in_text_order(nlp):
    text = SEED_PARAGRAPH + "\n\n" + "Russia's seaborne crude exports fell by 200,000 bpd in October to 3.3 million bpd, LSEG data showed."
    first = figures_of(nlp, text)
    second = figures_of(nlp, text)
    assert first == second
    assert [f.start for f in first] == sorted(f.start for f in first)
    assert [f.figure_id for f in first] == [f"t:f{n:03d}" for n in range(1, len(first) + 1)]


def test_the_registered_extractor_uses_the_actor_results(nlp):
    from analysis.pipeline import builtin  # noqa: F401
    from analysis.pipeline.registry import build, registered
    from analysis.text.context import ExtractionContext

    spec = registered()["figures"]
    assert spec.table == "figures" and spec.requires == ("actors",)
    extractors = build(["figures"])
    assert [s.name for s, _ in extractors] == ["actors", "figures"]
    context = ExtractionContext(Article(article_id="seed", text=SEED_PARAGRAPH, published=dt.date(2026, 1, 4)), nlp(SEED_PARAGRAPH), load_table())
    for s, run in extractors:
        context.results[s.name] = list(run(context))
    rows = [f.as_row() for f in context.results["figures"]]
    assert [(r["exporter"], r["importer"], r["period"], r["source"]) for r in rows] == [("VEN", "CHN", "2025-11", "Reuters")] * 2


def test_work_is_linear_in_the_article_length(nlp):
    paragraph = (
        "India's imports of Russian crude averaged about 1.7 million bpd in October, data from Kpler showed. "
        "Discounts widened to $3-$4 a barrel, traders said. Venezuela's exports rose 3% to 932,000 bpd."
    )
    small = "\n\n".join([paragraph] * 10)
    large = "\n\n".join([paragraph] * 80)
    docs = {n: nlp(t) for n, t in (("small", small), ("large", large))}

    def seconds(name, text):
        article = Article(article_id="t", text=text, published=dt.date(2025, 11, 14))
        mentions = mentions_for(text)
        started = time.perf_counter()
        figures = extract_figures(article, docs[name], mentions, actor_table=load_table())
        return time.perf_counter() - started, figures

    small_time, small_figures = seconds("small", small)
    large_time, large_figures = seconds("large", large)
    assert len(large_figures) == 8 * len(small_figures)
    # 8x the text: well under the 64x a quadratic pass would take (generous for CI noise).
    assert large_time < 8 * small_time * 4 + 0.5


def test_a_text_without_sentence_breaks_stays_linear(nlp):
    """A table pasted as one line: every figure reads only a window around itself."""

    def run(n):
        text = "China imported " + ", ".join(f"{i} bpd of Russian crude in November" for i in range(1, n)) + "."
        doc = nlp(text)
        article = Article(article_id="t", text=text, published=dt.date(2025, 12, 1))
        started = time.perf_counter()
        figures = extract_figures(article, doc, mentions_for(text), actor_table=load_table())
        return time.perf_counter() - started, figures

    small_time, small = run(100)
    large_time, large = run(400)
    assert len(small) == 99 and len(large) == 399
    assert all(f.period == "2025-11" and f.exporter == "RUS" for f in large)
    assert large[0].importer == "CHN"  # near the subject; far ones are out of its window
    assert max(len(f.sentence) for f in large) < 1300  # provenance is cut around the figure
    assert large_time < 4 * small_time * 4 + 0.5  # quadratic would be 16x


# -- conversions and the notebook's summaries -------------------------------------------------


def test_conversions_are_for_display_only():
    import pandas as pd

    from analysis.views.conversions import convert, in_unit

    factors = {"barrels_per_tonne_crude": 7.33}
    assert convert(1_000_000, "tonnes", "barrels", "crude", factors) == pytest.approx(7.33e6)
    assert convert(10_000_000, "tonnes_per_year", "barrels_per_day", "crude", factors) == pytest.approx(1e7 * 7.33 / 365)
    assert convert(1_000_000, "tonnes", "barrels", "diesel", factors) is None  # no factor for diesel: no guess
    assert convert(1_000_000, "tonnes", "barrels", "diesel", {"barrels_per_tonne_diesel": 7.46}) == pytest.approx(7.46e6)
    assert convert(250_000, "other", "barrels_per_day", "fuel oil", factors) is None
    assert convert(100, "barrels_per_day", "barrels", "crude", factors) is None  # a rate is not an amount
    table = pd.DataFrame({"value": [9.54e6, 746000.0, 80.0], "unit": ["tonnes", "barrels_per_day", "percent"], "commodity": ["crude", "oil", "oil"]})
    shown = in_unit(table, "barrels", factors)
    assert list(table.columns) == ["value", "unit", "commodity"]  # the input is untouched
    assert shown["shown_value"].iloc[0] == pytest.approx(9.54e6 * 7.33)
    assert math.isnan(shown["shown_value"].iloc[1]) and list(shown["converted"]) == [True, False, False]


def _figure_row(article_id, n, text, value, unit, exporter, importer, period, source=None, qualifier=None, commodity="crude"):
    return {
        "article_id": article_id, "figure_id": f"{article_id}:f{n:03d}", "text": text, "sentence": f"… {text} …",
        "start": 10 * n, "end": 10 * n + len(text), "value": value, "unit": unit, "approximate": False,
        "qualifier": qualifier, "commodity": commodity, "exporter": exporter, "importer": importer,
        "period": period, "source": source,
    }


@pytest.fixture()
def figure_frames():
    import pandas as pd

    articles = pd.DataFrame(
        [
            {"article_id": "a", "title": "Venezuela ships to China", "source": "Reuters", "published": "2025-12-02", "duplicate_of": None},
            {"article_id": "b", "title": "China buys less", "source": "AP", "published": "2025-12-05", "duplicate_of": None},
            {"article_id": "c", "title": "Copy of a", "source": "Yahoo", "published": "2025-12-02", "duplicate_of": "a"},
        ]
    )
    figures = pd.DataFrame(
        [
            _figure_row("a", 1, "746,000 bpd", 746000.0, "barrels_per_day", "VEN", "CHN", "2025-11", "PDVSA"),
            _figure_row("a", 2, "80%", 80.0, "percent", "VEN", "CHN", "2025-11", "PDVSA"),
            _figure_row("a", 3, "3%", 3.0, "percent", "VEN", None, "2025-11", qualifier="up"),
            _figure_row("a", 4, "600,000 bpd", 600000.0, "barrels_per_day", "VEN", "CHN", "2025-10"),
            _figure_row("b", 1, "600,000 bpd", 600000.0, "barrels_per_day", "VEN", "CHN", "2025-11", "Kpler", commodity="oil"),
            _figure_row("b", 2, "2 million tonnes", 2e6, "tonnes", "RUS", "CHN", "2025-11"),
            _figure_row("b", 3, "$62 a barrel", 62.0, "usd_per_barrel", None, None, None),
            _figure_row("c", 1, "746,000 bpd", 746000.0, "barrels_per_day", "VEN", "CHN", "2025-11", "PDVSA"),
        ]
    )
    return figures, articles


def test_select_and_provenance(figure_frames):
    from analysis.views import figures as summary

    figures, articles = figure_frames
    selected = summary.select_figures(figures, articles)
    assert "c:f001" not in set(selected["figure_id"])  # a copy of a story counts once
    assert len(summary.select_figures(figures, articles, count_duplicates=True)) == 8
    assert list(summary.select_figures(figures, articles, exporters=["Russia"])["figure_id"]) == ["b:f002"]
    assert set(summary.select_figures(figures, articles, importers="CHN", commodity="OIL")["figure_id"]) == {"b:f001"}
    table = summary.provenance_table(selected)
    assert table.loc[0, "article"] == "Venezuela ships to China" and table.loc[0, "exporter"] == "Venezuela"
    assert table.loc[0, "sentence"] == "… 746,000 bpd …"


def test_flows_time_shares_and_conflicts(figure_frames):
    from analysis.views import figures as summary

    figures, articles = figure_frames
    selected = summary.select_figures(figures, articles)
    flows = summary.flows(selected, "barrels_per_day", {"barrels_per_tonne_crude": 7.33})
    first = flows.iloc[0]
    assert first["flow"] == "Venezuela → China" and first["figures"] == 4 and first["articles"] == 2
    assert first["latest_period"] == "2025-11" and first["latest_value"] == 746000  # the larger of the latest
    assert math.isnan(flows.set_index("exporter").loc["RUS", "latest_value"])  # tonnes are no rate: not plotted
    timeline = summary.over_time(selected)
    assert list(timeline["period"]) == ["2025-10", "2025-11"]
    assert list(timeline["value"]) == [600000, 673000] and list(timeline["figures"]) == [1, 2]  # median of two articles
    in_barrels = summary.over_time(selected, "barrels", {"barrels_per_tonne_crude": 7.33})
    assert list(in_barrels["value"]) == [pytest.approx(2e6 * 7.33)]  # only the tonnes convert to barrels
    shares = summary.shares(selected)
    assert list(shares["share_percent"]) == [80.0]  # "up 3%" is a change, not a share
    conflicts = summary.conflicts(selected, 0.05)
    assert len(conflicts) == 1 and conflicts.loc[0, "values"] == "600,000, 746,000"
    assert conflicts.loc[0, "period"] == "2025-11"
    assert summary.conflicts(selected, 0.25).empty
    lines = summary.findings(selected, flows, conflicts, len(articles))
    assert lines[0].startswith("7 energy-trade figures in 2 of 3 article(s)")
    assert any("conflicting values" in line and "Venezuela → China in 2025-11" in line for line in lines)
    for chart in (summary.flow_chart(flows), summary.time_chart(timeline), summary.share_chart(shares)):
        assert chart.axes


def test_findings_without_figures():
    import pandas as pd

    from analysis.views import figures as summary

    empty = pd.DataFrame(columns=list(Figure.__slots__))
    assert summary.findings(empty, pd.DataFrame(), pd.DataFrame(), 2) == ["No energy-trade figures in the 2 article(s) selected."]


# -- held-out error classes, in invented wording -------------------------------------------


def test_a_dateline_without_outlet_tag_dates_nothing(nlp):
    text = "KUWAIT CITY, May 5 – Kuwait shipped 400,000 bpd of crude to India in April, Kpler data showed."
    assert one(figures_of(nlp, text, dt.date(2026, 5, 6)), "400,000 bpd").period == "2026-04"


def test_a_since_clause_or_a_contract_date_is_not_the_flow_period(nlp):
    text = (
        "Crude flows through the line have risen to about 300,000 bpd since Kuwait restarted the pumps last month.\n\n"
        "India let a 3 million tonne-a-year LNG contract with Qatar expire in 2023."
    )
    figures = figures_of(nlp, text, dt.date(2026, 5, 6))
    assert one(figures, "300,000 bpd").period is None
    assert one(figures, "3 million tonne-a-year").period is None


def test_commodity_words_in_names_prices_and_the_sentence_before(nlp):
    lng = "Japan's LNG imports rose.\n\nQatar Gas Transport shipped 2 million tonnes to Japan in March."
    assert one(figures_of(nlp, lng, dt.date(2026, 6, 10)), "2 million tonnes").commodity == "LNG"  # "Gas" is a name
    text = (
        "Kuwait's oil revenue fell sharply.\n\n"
        "Kuwait markets the crude through its state company. Kuwait exported 1.9 million bpd in May.\n\n"
        "Brent crude futures fell 2.1% to $71.30 a barrel on Friday."
    )
    figures = figures_of(nlp, text, dt.date(2026, 6, 10))
    assert one(figures, "1.9 million bpd").commodity == "crude"  # from the sentence before
    assert one(figures, "2.1%").commodity == "crude"  # the futures' commodity
    assert one(figures, "$71.30 a barrel").commodity == "crude"


def test_a_grade_names_its_origin_and_a_baseline_keeps_the_flow(nlp):
    text = "Urals made up 30% of Indian refiners' crude intake in May, up from 22% in April, Kpler data showed."
    figures = figures_of(nlp, text, dt.date(2026, 6, 10))
    for written in ("30%", "22%"):
        figure = one(figures, written)
        assert (figure.exporter, figure.importer) == ("RUS", "IND"), written
    assert one(figures, "22%").period == "2026-04"


def test_a_pronoun_after_a_plant_is_the_plant(nlp):
    text = (
        "Angola's Luanda Refinery bought 2 million barrels of Brazilian crude in May. "
        "The refinery has run U.S. crude since it reopened, and WTI made up 35% of its intake in June."
    )
    figure = one(figures_of(nlp, text, dt.date(2026, 7, 1)), "35%")
    assert (figure.exporter, figure.importer) == ("USA", "AGO")


def test_a_state_listed_with_a_region_is_not_the_importer(nlp):
    text = "Kuwait exported 1.9 million bpd of crude in May, mostly to India and Europe."
    figure = one(figures_of(nlp, text, dt.date(2026, 6, 10)), "1.9 million bpd")
    assert (figure.exporter, figure.importer) == ("KWT", None)


def test_a_rival_share_belongs_to_its_possessor(nlp):
    text = "Russia remained China's largest supplier with 20% of its crude imports in June, while Kuwait's share rose to 6%."
    figures = figures_of(nlp, text, dt.date(2026, 7, 10))
    assert (one(figures, "20%").exporter, one(figures, "20%").importer) == ("RUS", "CHN")
    assert (one(figures, "6%").exporter, one(figures, "6%").importer) == ("KWT", "CHN")
