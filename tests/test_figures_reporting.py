"""Issue 11: constructions collected from a wide reading of real oil-trade reporting
(customs stories, tanker tracking, surveys, ministry statements, state companies), each
rule in two wordings. Every text is invented for the test; none is copied from an article."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tests.test_figures_sources import _at, _run

_JUNE = dt.date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Gulf producers cut supply in May, according to a Reuters survey. Kuwait pumped 2.41 million bpd, the survey found.", "2.41 million bpd"),
        ("A Bloomberg tally put OPEC output lower in May. Angola produced 1.02 million bpd last month, the tally finds.", "1.02 million bpd"),
    ],
)
def test_a_survey_found_points_back_to_its_provider(nlp, text, span):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert figure.source in ("Reuters", "Bloomberg")


@pytest.mark.parametrize(
    ("text", "span", "state"),
    [
        ("China took in 47 million tonnes of crude in April, customs data showed.", "47 million tonnes", "CHN"),
        ("South Korea bought 2.9 million bpd of crude in May, according to customs figures.", "2.9 million bpd", "KOR"),
        ("India imported 21 million tonnes of crude in April, the customs agency said.", "21 million tonnes", "IND"),
    ],
)
def test_customs_with_no_state_named_are_the_state_of_the_paragraph(nlp, text, span, state):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.source_country, figure.source.endswith("customs")) == (state, True)


@pytest.mark.parametrize(
    ("text", "span", "source", "state"),
    [
        ("Output reached 1.3 million bpd in May, the head of the National Oil Corporation said on Wednesday.", "1.3 million bpd", "NOC", "LBY"),
        ("The chief executive of Sonangol said exports averaged 1.1 million bpd in May.", "1.1 million bpd", "Sonangol", "AGO"),
    ],
)
def test_the_officer_of_a_state_company_speaks_for_it_and_its_output_is_its_states(nlp, text, span, source, state):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.source, figure.exporter) == (source, state)


@pytest.mark.parametrize(
    ("text", "span", "state"),
    [
        ("Iraq's federal oil ministry said exports averaged 3.4 million bpd in May.", "3.4 million bpd", "IRQ"),
        ("Nigeria's upstream regulator said output rose to 1.55 million bpd in May.", "1.55 million bpd", "NGA"),
    ],
)
def test_a_states_own_body_is_that_state_whatever_the_tagger_reads(nlp, text, span, state):
    assert _at(_run(nlp, text, _JUNE), span).source_country == state


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Iraq's oil ministry said exports averaged 3.4 million bpd in May. Revenues from the sales reached $7.1 billion, it said.", "$7.1 billion"),
        ("Kuwait exported 1.5 million bpd in May, the state marketer said. Its oil earnings came to $3.9 billion.", "$3.9 billion"),
    ],
)
def test_revenue_of_the_sales_just_dated_takes_their_period(nlp, text, span):
    assert _at(_run(nlp, text, _JUNE), span).period == "2025-05"


@pytest.mark.parametrize(
    ("text", "span", "parties"),
    [
        ("Saudi shipments to China slipped in May. Flows reached 1.4 million bpd.", "1.4 million bpd", ("SAU", "CHN")),
        ("Iraq kept sending crude to India through the spring. Cargoes averaged 980,000 bpd in May.", "980,000 bpd", ("IRQ", "IND")),
    ],
)
def test_a_bare_flow_after_a_sentence_naming_it_keeps_its_parties(nlp, text, span, parties):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.exporter, figure.importer) == parties


def test_a_bare_flow_after_a_figure_of_another_buyer_does_not_take_that_buyer(nlp):
    text = (
        "Venezuela shipped 540,000 bpd to China in May. Shipments to India reached 64,000 bpd.\n\n"
        "Exports of fuel fell 28% to 72,000 bpd."
    )
    assert _at(_run(nlp, text, _JUNE), "72,000 bpd").importer is None


@pytest.mark.parametrize(
    ("text", "span", "state"),
    [
        ("Libya's National Oil Corporation lifted force majeure at two ports. Output will reach 1.1 million bpd by Friday, the company said.", "1.1 million bpd", "LBY"),
        ("Angola's Sonangol restarted an offshore platform. Production will climb to 1.15 million bpd in July, the firm said.", "1.15 million bpd", "AGO"),
    ],
)
def test_a_state_companys_own_output_is_its_states(nlp, text, span, state):
    assert _at(_run(nlp, text, _JUNE), span).exporter == state


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("Iraqi crude sales to Europe are set to fall to 300,000 bpd in July, traders said.", "300,000 bpd", "2025-07"),
        ("Angola's loadings are due to reach 1.05 million bpd in August, a loading programme showed.", "1.05 million bpd", "2025-08"),
    ],
)
def test_a_flow_set_or_due_to_change_is_dated_ahead(nlp, text, span, period):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.period, figure.status) == (period, "forecast")


@pytest.mark.parametrize(
    ("text", "span", "state"),
    [
        ("Output in Nigeria climbed in May, according to the regulator. The country pumped 1.58 million bpd, the regulator said.", "1.58 million bpd", "NGA"),
        ("Pakistan's fuel imports rose to 1.9 million tonnes in May, a petroleum ministry official said.", "1.9 million tonnes", "PAK"),
    ],
)
def test_an_unnamed_regulator_or_ministry_official_is_the_paragraphs_state(nlp, text, span, state):
    assert _at(_run(nlp, text, _JUNE), span).source_country == state


@pytest.mark.parametrize(
    ("text", "span", "parties"),
    [
        ("Oman's sales to India picked up in May. They came to 210,000 bpd, up from 150,000 bpd in April.", "210,000 bpd", ("OMN", "IND")),
        ("Brazil kept shipping crude to China through May. They averaged 1.1 million bpd over the month.", "1.1 million bpd", ("BRA", "CHN")),
    ],
)
def test_they_after_a_sentence_naming_a_flow_is_that_flow(nlp, text, span, parties):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.exporter, figure.importer) == parties


@pytest.mark.parametrize(
    ("text", "span", "role", "state"),
    [
        ("Kpler reckons India bought 40% of Russia's 4.8 million bpd of exports in May.", "4.8 million bpd", "exporter", "RUS"),
        ("Japan's 2.3 million bpd of imports in May came mostly from the Gulf.", "2.3 million bpd", "importer", "JPN"),
    ],
)
def test_a_possessed_amount_of_a_flow_is_the_possessors_flow(nlp, text, span, role, state):
    assert getattr(_at(_run(nlp, text, _JUNE), span), role) == state


@pytest.mark.parametrize(
    ("text", "span", "state"),
    [
        ("India imported 20.1 million tonnes of crude in May, data from the Petroleum Planning and Analysis Cell showed.", "20.1 million tonnes", "IND"),
        ("KazTransOil pumped 110,000 tonnes of crude to Germany in May.", "110,000 tonnes", "KAZ"),
    ],
)
def test_state_bodies_and_companies_of_the_trade_speak_for_their_state(nlp, text, span, state):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert state in (figure.source_country, figure.exporter, figure.importer)


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Iraq shipped 750,000 bpd to India in May, up from roughly 600,000 in April.", "600,000"),
        ("Kuwait sent 410,000 bpd to China in May, compared with well over 450,000 a year earlier.", "450,000"),
    ],
)
def test_any_written_qualifier_may_stand_before_a_baseline(nlp, text, bare):
    """One list of qualifiers (lexicon ``figures.qualifiers``) for every reader."""
    figure = _at(_run(nlp, text, _JUNE), bare)
    assert figure.unit == "barrels_per_day"


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2025-Q4", dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
        ("2025-11-14", dt.date(2025, 11, 14), dt.date(2025, 11, 14)),
        ("2025-01/2025-09", dt.date(2025, 1, 1), dt.date(2025, 9, 30)),
        ("2025-13", None, None),
        (None, None, None),
    ],
)
def test_one_reading_of_a_period_for_extractor_and_views(period, first, last):
    from analysis.extractors.figures.period import starts_after
    from analysis.text.periods import period_end, period_start
    from analysis.views import figures as view

    assert (period_start(period), period_end(period)) == (first, last)
    assert view.period_start(period) == (None if first is None else pd.Timestamp(first))
    assert starts_after(period, dt.date(2025, 6, 30)) == (first is not None and first > dt.date(2025, 6, 30))


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("Exports from Basra picked up in April. Iraq shipped 3.3 million bpd, tanker data showed.", "3.3 million bpd", "2025-04"),
        ("Venezuela's sales abroad slumped in the first quarter. The country exported about 650,000 bpd, documents showed.", "650,000 bpd", "2025-Q1"),
    ],
)
def test_a_sentence_without_figures_sets_the_period_of_the_next(nlp, text, span, period):
    assert _at(_run(nlp, text, _JUNE), span).period == period


@pytest.mark.parametrize(
    ("text", "span", "parties"),
    [
        ("Saudi Aramco will supply full volumes to Asian buyers in July. Its exports to Korea are set to rise to 900,000 bpd, traders said.", "900,000 bpd", ("SAU", "KOR")),
        ("PDVSA restarted an upgrader in May. Its shipments to China reached 500,000 bpd last month, documents showed.", "500,000 bpd", ("VEN", "CHN")),
    ],
)
def test_its_after_a_state_company_is_that_companys_state(nlp, text, span, parties):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.exporter, figure.importer) == parties


@pytest.mark.parametrize(
    ("text", "span", "parties", "source"),
    [
        ("Algeria's Sonatrach said gas exports to Spain reached 1.9 bcm in May.", "1.9 bcm", ("DZA", "ESP"), "Sonatrach"),
        ("The head of Iraq's state marketer SOMO said sales to India averaged 1.1 million bpd in May.", "1.1 million bpd", ("IRQ", "IND"), "SOMO"),
    ],
)
def test_a_state_companys_exports_to_a_buyer_are_its_states(nlp, text, span, parties, source):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.exporter, figure.importer, figure.source) == (*parties, source)


@pytest.mark.parametrize(
    ("text", "span", "parties"),
    [
        ("China's purchases of Angolan crude fell in May. They came to 520,000 bpd, Kpler data showed.", "520,000 bpd", ("AGO", "CHN")),
        ("Russian crude flows to Turkey rose in May. They averaged 330,000 bpd, according to LSEG.", "330,000 bpd", ("RUS", "TUR")),
    ],
)
def test_they_keeps_the_oils_origin_and_a_data_firm_is_no_state(nlp, text, span, parties):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.exporter, figure.importer) == parties


_SEPTEMBER = dt.date(2025, 9, 15)


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("Oman's crude exports rose in August, according to the ministry.\n\nShipments averaged 850,000 bpd, up 3% from July.", "850,000 bpd", "2025-08"),
        ("Qatar's condensate sales grew in the second quarter.\n\nVolumes reached 510,000 bpd, against 480,000 bpd in the first quarter.", "510,000 bpd", "2025-Q2"),
    ],
)
def test_a_time_compared_with_does_not_date_the_level_and_a_lede_paragraph_sets_it(nlp, text, span, period):
    assert _at(_run(nlp, text, _SEPTEMBER), span).period == period


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The Ruritanian state oil firm was set up in 1961. It now pumps 700,000 bpd.", "700,000 bpd"),
        ("Oman named a new energy minister in April.\n\nThe sultanate exports 850,000 bpd of crude.", "850,000 bpd"),
    ],
)
def test_a_figure_in_the_present_takes_no_time_told_before_it(nlp, text, span):
    assert _at(_run(nlp, text, _SEPTEMBER), span).period is None


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("Angolan output edged up in August. The country pumped 1.12 million bpd, its highest since 2022.", "1.12 million bpd", "2025-08"),
        ("Exports from Basra slowed in July. Loadings averaged 3.1 million bpd, the lowest level since 2021.", "3.1 million bpd", "2025-07"),
    ],
)
def test_a_record_since_a_year_dates_nothing(nlp, text, span, period):
    assert _at(_run(nlp, text, _SEPTEMBER), span).period == period


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("India's crude arrivals reached 4.9 million bpd in August, according to Kpler. That compares with 4.5 million bpd a year earlier.", "4.5 million bpd", "2024-08"),
        ("Iraq shipped 3.4 million bpd in August. This compares with 3.2 million bpd a year earlier, the ministry said.", "3.2 million bpd", "2024-08"),
    ],
)
def test_a_comparison_a_year_earlier_shifts_the_period_it_goes_on_with(nlp, text, span, period):
    assert _at(_run(nlp, text, _SEPTEMBER), span).period == period


@pytest.mark.parametrize(
    ("text", "span", "parties"),
    [
        ("Japan's crude imports rose in August. Emirati supplies averaged 1.1 million bpd, the ministry said.", "1.1 million bpd", ("ARE", "JPN")),
        ("India's crude imports from Russia rose in August. Russian supplies came to 1.7 million bpd.", "1.7 million bpd", ("RUS", "IND")),
    ],
)
def test_a_suppliers_volume_goes_to_the_storys_buyer(nlp, text, span, parties):
    figure = _at(_run(nlp, text, _SEPTEMBER), span)
    assert (figure.exporter, figure.importer) == parties


@pytest.mark.parametrize(
    ("text", "span", "importer"),
    [
        ("Kuwait's shipments to India fell to 300,000 bpd, while cargoes to China held near 600,000 bpd.", "600,000 bpd", "CHN"),
        ("Iraq's sales to Italy rose to 200,000 bpd, while cargoes to Greece slipped to 90,000 bpd.", "90,000 bpd", "GRC"),
    ],
)
def test_cargoes_to_a_state_whatever_the_tagger_makes_of_the_plural(nlp, text, span, importer):
    assert _at(_run(nlp, text, _SEPTEMBER), span).importer == importer


@pytest.mark.parametrize(
    ("text", "span", "state"),
    [
        ("Nigeria's oil production climbed in August, the regulator NUPRC said on Monday.\n\nThe country pumped 1.6 million bpd of crude.", "1.6 million bpd", "NGA"),
        ("Kazakhstan raised output in August, the energy ministry said.\n\nProduction averaged 1.9 million bpd, above its quota.", "1.9 million bpd", "KAZ"),
    ],
)
def test_a_lede_paragraph_without_figures_attributes_the_next(nlp, text, span, state):
    assert _at(_run(nlp, text, _SEPTEMBER), span).source_country == state


def test_a_paragraph_without_figures_after_the_first_figure_attributes_nothing(nlp):
    # Only the lede announces the figures after it; a later aside keeps its source.
    text = (
        "Kazakhstan pumped 1.8 million bpd in August, the energy ministry said.\n\n"
        "Talks with refiners on new terms would resume next week, Reuters reported.\n\n"
        "Exports by sea slipped to 700,000 bpd."
    )
    assert _at(_run(nlp, text, _SEPTEMBER), "700,000 bpd").source is None


def test_a_paragraph_with_figures_does_not_attribute_the_next(nlp):
    text = "Exports reached 1.2 million bpd in August, Kpler data showed.\n\nImports of fuel rose to 90,000 bpd."
    assert _at(_run(nlp, text, _SEPTEMBER), "90,000 bpd").source is None


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("Reliance said its refinery processed 1.36 million bpd in the December quarter.", "1.36 million bpd", "2024-Q4"),
        ("Indian Oil bought 600,000 bpd of Iraqi crude in the June quarter of 2024.", "600,000 bpd", "2024-Q2"),
    ],
)
def test_a_quarter_named_by_the_month_it_ends(nlp, text, span, period):
    assert _at(_run(nlp, text, dt.date(2025, 3, 12)), span).period == period


@pytest.mark.parametrize(
    ("text", "span", "parties"),
    [
        ("Washington sanctioned tankers that had carried Iranian crude to China. The vessels moved 18 million barrels last year.", "18 million barrels", ("IRN", "CHN")),
        ("Azerbaijan's exports to Italy through the pipeline rose in May. The line carried 520,000 bpd.", "520,000 bpd", ("AZE", "ITA")),
    ],
)
def test_the_carriers_named_with_a_flow_carry_that_flow(nlp, text, span, parties):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.exporter, figure.importer) == parties


@pytest.mark.parametrize(
    ("text", "span", "parties"),
    [
        ("Iran's oil exports averaged 1.6 million bpd in May, with about 90% going to Chinese refiners.", "90%", ("IRN", "CHN")),
        ("Nigeria's exports to Europe rose to 820,000 bpd, with the Netherlands taking 210,000 bpd.", "210,000 bpd", ("NGA", "NLD")),
    ],
)
def test_a_buyer_beside_a_sellers_flow_buys_from_that_seller(nlp, text, span, parties):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.exporter, figure.importer) == parties


@pytest.mark.parametrize(
    "text",
    [
        "OPEC output rose in May, a Reuters survey found. The 12-member group pumped 28.4 million bpd, led by Saudi Arabia.",
        "Saudi Arabia led the increase in May. The alliance produced 28.4 million bpd, the survey showed.",
    ],
)
def test_the_group_pumping_is_no_one_states(nlp, text):
    assert _at(_run(nlp, text, _JUNE), "28.4 million bpd").exporter is None


@pytest.mark.parametrize(
    ("text", "span", "parties"),
    [
        ("Russia's seaborne crude exports fell in May. Flows to India slid by 180,000 bpd, while those to China held at 1.3 million bpd.", "1.3 million bpd", ("RUS", "CHN")),
        ("Iraq's crude exports rose in May. Cargoes to Italy climbed by 40,000 bpd, while those to Greece eased to 90,000 bpd.", "90,000 bpd", ("IRQ", "GRC")),
    ],
)
def test_flows_and_those_to_a_buyer_are_the_storys_sellers(nlp, text, span, parties):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.exporter, figure.importer) == parties


@pytest.mark.parametrize(
    ("text", "exporter"),
    [
        ("India's crude imports rose in May. Imports from Iraq rose to 9.8 lakh bpd, while Saudi supplies eased to 6.2 lakh bpd. The UAE's share climbed to 11%.", "ARE"),
        ("Japan bought more Gulf crude in May. Purchases from Kuwait reached 300,000 bpd. Qatar's share rose to 9%.", "QAT"),
    ],
)
def test_a_suppliers_share_after_the_trade_figures_is_kept_and_is_that_suppliers(nlp, text, exporter):
    figure = [f for f in _run(nlp, text, _JUNE) if f.unit == "percent"][0]
    assert figure.exporter == exporter


@pytest.mark.parametrize(
    ("text", "span", "importer"),
    [
        ("China is due to take 620,000 bpd of Angolan crude in October.", "620,000 bpd", "CHN"),
        ("India is likely to buy 1.5 million bpd of Russian oil in September.", "1.5 million bpd", "IND"),
    ],
)
def test_the_verb_after_due_or_likely_gives_the_subject_its_role(nlp, text, span, importer):
    assert _at(_run(nlp, text, _JUNE), span).importer == importer


@pytest.mark.parametrize(
    ("text", "span", "state"),
    [
        ("Guyana's oil exports hit a record in May, government data showed.\n\nThe country shipped 660,000 bpd last month.", "660,000 bpd", "GUY"),
        ("Ghana exported 150,000 bpd of crude in May, according to government figures.", "150,000 bpd", "GHA"),
    ],
)
def test_government_data_are_the_states(nlp, text, span, state):
    assert _at(_run(nlp, text, _JUNE), span).source_country == state


@pytest.mark.parametrize(
    ("text", "span", "state"),
    [
        ("Japan imported 2.3 million bpd of crude in June, the trade ministry's preliminary data showed.", "2.3 million bpd", "JPN"),
        ("Thailand's fuel exports rose to 210,000 bpd in June, according to the energy ministry's figures.", "210,000 bpd", "THA"),
    ],
)
def test_an_unnamed_ministrys_data_are_its_states(nlp, text, span, state):
    assert _at(_run(nlp, text, _JUNE), span).source_country == state


@pytest.mark.parametrize(
    ("text", "span", "parties"),
    [
        ("Kazakhstan kept sending crude to Germany through the spring.\n\nThose flows reached 110,000 tonnes in May.", "110,000 tonnes", ("KAZ", "DEU")),
        ("Tankers carried Venezuelan crude to Cuba all year.\n\nThe vessels moved 9 million barrels in total.", "9 million barrels", ("VEN", "CUB")),
    ],
)
def test_a_flow_pointed_back_to_across_a_paragraph_break(nlp, text, span, parties):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.exporter, figure.importer) == parties



@pytest.mark.parametrize(
    ("text", "span", "parties"),
    [
        # A region buying part of a seller's flow: the seller's, to many buyers.
        pytest.param("Brazil exported 1.9 million bpd of crude in May, with Asia taking 1.2 million bpd.", "1.2 million bpd", ("BRA", None), id="region-buys-1"),
        pytest.param("Norway shipped 1.3 million bpd in May, with Europe receiving 900,000 bpd.", "900,000 bpd", ("NOR", None), id="region-buys-2"),
        # A region supplying a buyer's total: many sellers.
        pytest.param("Taiwan's purchases of Brazilian crude rose to 120,000 bpd in May. The Middle East accounted for 70% of the total.", "70%", (None, "TWN"), id="region-supplies-1"),
        pytest.param("India's imports from Angola eased to 90,000 bpd in May. Africa supplied 9% of the total.", "9%", (None, "IND"), id="region-supplies-2"),
        # A demonym on the oil that makes up a flow is its origin, not a buyer.
        pytest.param("Kazakh oil dominated the terminal in May. Russian crude accounted for 140,000 bpd of the terminal's loadings.", "140,000 bpd", ("RUS", None), id="oil-makes-up-a-flow-1"),
        pytest.param("Iraqi crude made up 30% of the port's exports in May.", "30%", ("IRQ", None), id="oil-makes-up-a-flow-2"),
        # A supplier's oil making up the buyer's total is supplied to that buyer.
        pytest.param("Thailand imported 1.1 million bpd of crude in May. Saudi oil made up 420,000 bpd of the total.", "420,000 bpd", ("SAU", "THA"), id="oil-makes-up-the-total-1"),
        pytest.param("Poland's crude imports rose in May. Norwegian crude made up 41% of that.", "41%", ("NOR", "POL"), id="oil-makes-up-the-total-2"),
        pytest.param("Taiwan's crude imports rose in May. Gulf supply made up 60% of the total, while American crude accounted for 18%.", "18%", ("USA", "TWN"), id="oil-makes-up-the-total-3"),
        # A demonym on the oil a buyer wants is its origin.
        pytest.param("Iraq's exports rose in May. Italy was the largest market for Iraqi crude, with an average of 230,000 bpd.", "230,000 bpd", ("IRQ", "ITA"), id="market-for-1"),
        pytest.param("Chinese demand for Angolan oil rose to 640,000 bpd in May.", "640,000 bpd", ("AGO", "CHN"), id="market-for-2"),
        # A state meeting a share of a buyer's needs supplies it.
        pytest.param("Kuwait met 12% of South Korea's crude needs in May.", "12%", ("KWT", "KOR"), id="meets-needs-1"),
        pytest.param("Algeria meets about 30% of Spain's gas demand.", "30%", ("DZA", "ESP"), id="meets-needs-2"),
        # Flows the tagger reads as a verb keep their demonym and destination.
        pytest.param("Libyan flows to Italy averaged 300,000 bpd in May.", "300,000 bpd", ("LBY", "ITA"), id="flows-as-verb-1"),
        pytest.param("Norwegian gas flows to Germany slipped to 150 million cubic metres per day in May.", "150 million cubic metres per day", ("NOR", "DEU"), id="flows-as-verb-2"),
    ],
)
def test_regions_shares_and_demonyms_of_a_flow(nlp, text, span, parties):
    figure = _at(_run(nlp, text, _JUNE), span)
    assert (figure.exporter, figure.importer) == parties
