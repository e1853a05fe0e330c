"""Issue 11, points 1, 2 and 6: whose voice a figure's source is, attribution across
sentences and paragraphs, reported vs forecast vs target vs capacity, and the views that
compare like with like. Texts are written for each rule (none copied from an article)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.extractors.figures.extractor import extract_figures
from analysis.text.actor_table import load_table
from analysis.text.voices import voice_of
from analysis.pipeline.records import ActorMention
from corpus.article import Article


def _run(nlp, text: str, published=dt.date(2025, 11, 20), *, title: str | None = None):
    """Actors, then figures, on one parse (as the engine runs them)."""
    from analysis.pipeline import builtin  # noqa: F401
    from analysis.pipeline.registry import build
    from analysis.text.context import ExtractionContext

    article = Article(article_id="s", text=text, published=published, title=title)
    context = ExtractionContext(article=article, doc=nlp(text), actor_table=load_table())
    for spec, run in build(["figures"]):
        context.results[spec.name] = list(run(context))
    return context.results["figures"]


def _at(figures, span):
    found = [f for f in figures if f.text == span]
    assert len(found) == 1, [f.text for f in figures]
    return found[0]


# -- whose voice -----------------------------------------------------------------------


def _mention(actor, kind, state, text=None):
    return ActorMention("s", 0, len(text or actor), text or actor, actor, kind, state, state, "test")


@pytest.mark.parametrize(
    ("mention", "actor", "state"),
    [
        (_mention("Alexander Novak", "person", "RUS"), "Russia", "RUS"),  # an official: his state
        (_mention("China customs", "organisation", "CHN"), "China", "CHN"),  # customs: the state
        (_mention("Iraqi Oil Ministry", "organisation", "IRQ"), "Iraq", "IRQ"),  # a ministry: the state
        (_mention("Saudi Arabia", "group", "SAU", "Saudi officials"), "Saudi Arabia", "SAU"),
        (_mention("PDVSA", "organisation", "VEN"), "PDVSA", "VEN"),  # a state company: itself
        (_mention("EIA", "organisation", "USA"), "EIA", "USA"),  # an agency: itself
        (_mention("Kpler", "organisation", None), "Kpler", None),  # a data firm: no state
    ],
)
def test_voice_is_the_state_for_officials_and_the_body_for_firms(mention, actor, state):
    voice = voice_of(mention, load_table())
    assert (voice.actor, voice.state) == (actor, state)


def test_unnamed_group_has_no_voice():
    assert voice_of(_mention("traders", "group", None), load_table()) is None


def test_official_and_customs_sources_resolve_to_their_state(nlp):
    text = (
        "Kazakh oil exports climbed to 1.6 million bpd in October, Deputy Prime Minister Alexander Novak said.\n\n"
        "Purchases by China from Angola dropped to 620,000 bpd in October, China's General Administration of "
        "Customs said."
    )
    figures = _run(nlp, text)
    novak = _at(figures, "1.6 million bpd")
    assert (novak.source_actor, novak.source_country) == ("Russia", "RUS")
    assert novak.source and "Novak" in novak.source  # as written, kept
    customs = _at(figures, "620,000 bpd")
    assert (customs.source_actor, customs.source_country) == ("China", "CHN")


def test_a_data_firm_keeps_its_name_and_no_state(nlp):
    figures = _run(nlp, "Tanker data from Kpler showed Iraq shipped 410,000 bpd to India in October.")
    figure = _at(figures, "410,000 bpd")
    assert (figure.source, figure.source_actor, figure.source_country) == ("Kpler", "Kpler", None)


# -- attribution across sentences -------------------------------------------------------


def test_according_to_at_a_paragraph_opening_governs_its_later_figures(nlp):
    text = (
        "According to Vortexa, Libya loaded 1.1 million bpd of crude in September. "
        "That was down from 1.25 million bpd in August. Loadings bound for Italy reached 300,000 bpd.\n\n"
        "Refiners elsewhere bought 90,000 bpd of Libyan crude in September."
    )
    figures = _run(nlp, text)
    for span in ("1.1 million bpd", "1.25 million bpd", "300,000 bpd"):
        assert _at(figures, span).source_actor == "Vortexa", span
    # The next paragraph names no source and does not go on with this one.
    assert _at(figures, "90,000 bpd").source is None


def test_the_data_showed_points_back_to_the_provider_named_before(nlp):
    text = (
        "Oman's crude exports eased to 820,000 bpd in October, LSEG ship-tracking data showed.\n\n"
        "Cargoes to South Korea rose to 150,000 bpd, the data showed."
    )
    figures = _run(nlp, text)
    assert _at(figures, "150,000 bpd").source == "LSEG"


def test_the_programme_shows_points_back_to_its_issuer_past_another_source(nlp):
    text = (
        "The March loading schedule released by state-owned Gabon Oil Company lists nine cargoes, "
        "or 190,000 b/d.\n\n"
        "Output eased by 10,000 b/d last year, according to Wood Mackenzie.\n\n"
        "Mandji loadings are to dip to 40,000 b/d, the schedule shows."
    )
    figures = _run(nlp, text)
    assert _at(figures, "10,000 b/d").source == "Wood Mackenzie"
    assert _at(figures, "40,000 b/d").source == "Gabon Oil Company"


def test_ministry_figures_without_a_possessive_are_the_story_states_not_a_buyers(nlp):
    text = (
        "Colombia pumped 780,000 bpd in August and exported most of it.\n\n"
        "Shipments in the first eight months averaged 450,000 bpd, energy ministry figures show, "
        "with India buying 30% of them."
    )
    figures = _run(nlp, text)
    assert (_at(figures, "450,000 bpd").source_actor, _at(figures, "450,000 bpd").source_country) == ("Colombia", "COL")
    assert _at(figures, "30%").source_actor == "Colombia"


def test_citing_a_named_bodys_notice_is_that_bodys_source(nlp):
    text = (
        "BEIJING, May 4 (Reuters) - China has handed state refiners new fuel export quotas, trade sources said.\n\n"
        "Sinochem got the largest share, 1.2 million tonnes of fuel, the sources said, citing a Ministry of Commerce notice "
        "seen by few traders."
    )
    figure = _at(_run(nlp, text), "1.2 million tonnes")
    assert (figure.source_actor, figure.source_country) == ("China", "CHN")


def test_a_continuing_paragraph_keeps_the_source_of_the_one_before(nlp):
    text = (
        "Brazil shipped 1.9 million bpd of crude in August, according to Kpler.\n\n"
        "That compares with 1.7 million bpd a year earlier."
    )
    assert _at(_run(nlp, text), "1.7 million bpd").source == "Kpler"


def test_an_unnamed_attribution_of_its_own_stops_the_carry(nlp):
    text = (
        "Angola exported 1.05 million bpd in October, according to Kpler. "
        "Cargoes to India could have reached 200,000 bpd, traders said."
    )
    assert _at(_run(nlp, text), "200,000 bpd").source is None


# -- status -------------------------------------------------------------------------------


def test_status_reported_forecast_target_capacity(nlp):
    text = (
        "Nigerian crude shipments to Spain rose to 160,000 bpd in October, Kpler data showed. "
        "Traders expect loadings to Spain to ease to 120,000-140,000 bpd in December.\n\n"
        "OPEC+ kept its output target at 39 million bpd. "
        "The Dangote plant, a 650,000 barrel-per-day refinery, bought Nigerian crude."
    )
    figures = _run(nlp, text)
    assert _at(figures, "160,000 bpd").status == "reported"
    assert _at(figures, "120,000").status == _at(figures, "140,000 bpd").status == "forecast"  # a range: two ends
    assert _at(figures, "39 million bpd").status == "target"
    assert _at(figures, "650,000 barrel-per-day").status == "capacity"


def test_a_baseline_of_a_forecast_is_reported(nlp):
    text = "Turkey's purchases of Iraqi crude are seen falling to 90,000 bpd in December, from 130,000 bpd in November."
    figures = _run(nlp, text)
    assert _at(figures, "130,000 bpd").status == "reported"


def test_a_present_is_to_or_is_set_to_puts_the_figure_ahead(nlp):
    text = (
        "Kirkuk flows are to climb to 300,000 bpd, while Basra loadings are set to ease to 3.1 million bpd. "
        "The terminal was to handle 50,000 bpd before the strike, and exports are to blame for a 2% dip."
    )
    figures = _run(nlp, text)
    assert _at(figures, "300,000 bpd").status == _at(figures, "3.1 million bpd").status == "forecast"
    assert _at(figures, "50,000 bpd").status != "forecast"
    assert _at(figures, "2%").status == "reported"


def test_a_participle_measuring_a_quota_makes_a_target(nlp):
    text = "Beijing granted private refiners import quotas totalling 5.5 million tonnes, while exports totalling 0.8 million tonnes sailed."
    figures = _run(nlp, text)
    assert _at(figures, "5.5 million tonnes").status == "target"
    assert _at(figures, "0.8 million tonnes").status == "reported"


def test_an_amount_of_quotas_is_a_target_whatever_its_year(nlp):
    text = (
        "India handed refiners 3.2 million tonnes of import quotas for next year, while 0.6 million tonnes of "
        "the new allocation went to traders. Refiners also shipped 0.4 million tonnes of diesel abroad in May. "
        "Angola's May output was 96% of its OPEC quota of 1.1 million bpd."
    )
    figures = _run(nlp, text, dt.date(2026, 6, 2))
    assert _at(figures, "3.2 million tonnes").status == _at(figures, "0.6 million tonnes").status == "target"
    assert _at(figures, "0.4 million tonnes").status == "reported"
    assert _at(figures, "96%").status == "reported"  # measured against a quota, not one


@pytest.mark.parametrize(
    ("text", "span", "status"),
    [
        # a plan is expected even as the level a change starts from
        ("Angolan loadings fell to 1.1 million bpd in May from 1.2 million bpd scheduled for April, the programme showed.",
         "1.2 million bpd", "forecast"),
        ("Angolan loadings fell to 1.1 million bpd in May from 1.2 million bpd scheduled for April, the programme showed.",
         "1.1 million bpd", "reported"),
        ("Ghana's June exports were cut to 140,000 bpd from 160,000 bpd originally planned, the revised schedule showed.",
         "160,000 bpd", "forecast"),
        ("Basra had scheduled exports of 3.3 million bpd for June before the storm shut the terminal.", "3.3 million bpd", "forecast"),
        ("Basra shipped exports of 3.3 million bpd in June, down from 3.5 million bpd in May.", "3.5 million bpd", "reported"),
    ],
)
def test_a_planned_or_scheduled_figure_is_a_forecast(nlp, text, span, status):
    assert _at(_run(nlp, text, dt.date(2026, 6, 20)), span).status == status


def test_an_amount_pumped_or_used_of_a_quota_is_a_level_not_the_quota(nlp):
    # Filling a quota reports what flowed; being handed or receiving one sets it.
    text = (
        "Gabon pumped 205,000 bpd of its 230,000 bpd OPEC quota in April. "
        "Chinese refiners have used 9.4 million tonnes of their crude import quotas this year. "
        "Kazakhstan shipped 60,000 tonnes of its gasoline allocation to Uzbekistan in May. "
        "Teapot refiners received 4 million tonnes of new import quotas in June."
    )
    figures = _run(nlp, text, dt.date(2026, 7, 2))
    assert [_at(figures, span).status for span in ("205,000 bpd", "9.4 million tonnes", "60,000 tonnes")] == ["reported"] * 3
    assert _at(figures, "4 million tonnes").status == "target"


@pytest.mark.parametrize(
    ("text", "span", "status"),
    [
        ("Under the swap deal, traders are meant to deliver 200,000 bpd of crude to the refinery, the ministry said.", "200,000 bpd", "target"),
        ("The terminal is supposed to load 90,000 bpd of Brass crude in March.", "90,000 bpd", "target"),
        ("That meant Angolan crude exports fell to 900,000 bpd in May.", "900,000 bpd", "reported"),
    ],
)
def test_a_passive_meant_or_supposed_to_makes_a_target(nlp, text, span, status):
    assert _at(_run(nlp, text, dt.date(2026, 2, 12)), span).status == status


def test_a_capacity_that_rises_or_is_raised_is_a_capacity(nlp):
    text = (
        "The terminal's loading capacity was lifted to 420,000 bpd in 2024, and the unit's crude capacity "
        "grew from 90,000 bpd to 140,000 bpd. Shipments rose to 310,000 bpd."
    )
    figures = _run(nlp, text)
    assert {_at(figures, span).status for span in ("420,000 bpd", "90,000 bpd", "140,000 bpd")} == {"capacity"}
    assert _at(figures, "310,000 bpd").status == "reported"


def test_will_with_a_coming_month_is_a_forecast(nlp):
    text = "Ghana will ship 70,000 bpd of crude to India in January."
    assert _at(_run(nlp, text), "70,000 bpd").status == "forecast"


def test_a_period_after_the_article_named_in_the_sentence_is_a_forecast(nlp):
    from analysis.extractors.figures.status import status_of

    doc = nlp("Ghana ships 70,000 bpd of crude to India in January.")
    span = doc.char_span(12, 22)
    published = dt.date(2025, 11, 20)
    assert status_of(span, "barrels_per_day", "2026-01", published) == "forecast"
    assert status_of(span, "barrels_per_day", "2025-01", published) == "reported"
    # A price's month is the delivery month it is quoted for now.
    assert status_of(span, "usd_per_barrel", "2026-01", published) == "reported"


def test_a_period_only_inherited_does_not_make_a_forecast(nlp):
    from analysis.extractors.figures.status import status_of

    doc = nlp("Ghana ships 70,000 bpd of crude to India.")
    assert status_of(doc.char_span(12, 22), "barrels_per_day", "2026-01", dt.date(2025, 11, 20)) == "reported"


def test_seed_stays_reported_and_attributed_to_reuters(nlp):
    from tests.test_figures import SEED_PARAGRAPH

    figures = _run(nlp, SEED_PARAGRAPH, published=dt.date(2026, 1, 4))
    volume, share = _at(figures, "746,000 barrels per day"), _at(figures, "80%")
    for figure in (volume, share):
        assert (figure.exporter, figure.importer, figure.period) == ("VEN", "CHN", "2025-11")
        assert (figure.source, figure.source_actor, figure.source_country, figure.status) == ("Reuters", "Reuters", None, "reported")


# -- views ---------------------------------------------------------------------------------


def _row(article, n, value, commodity="crude", status="reported", period="2025-11", sentence="Exports reached x."):
    return {
        "article_id": article, "figure_id": f"{article}:f{n:03d}", "text": "x", "sentence": sentence, "start": n, "end": n + 1,
        "value": value, "unit": "barrels_per_day", "approximate": False, "qualifier": None, "commodity": commodity,
        "exporter": "VEN", "importer": "CHN", "period": period, "source": "Kpler", "source_actor": "Kpler",
        "source_country": None, "status": status, "title": article,
    }


def test_conflicts_compare_reported_levels_of_the_same_commodity():
    from analysis.views import figures as summary

    frame = pd.DataFrame(
        [
            _row("a", 1, 700000.0),
            _row("b", 1, 500000.0, status="forecast"),
            _row("c", 1, 400000.0, commodity="oil", sentence="Shipments of crude and fuel reached x."),
            _row("d", 1, 300000.0, sentence="Seaborne exports reached x."),
            _row("e", 1, 950000.0, sentence="Exports peaked at x."),
        ]
    )
    assert summary.conflicts(frame, 0.05).empty  # a forecast, crude and fuel, seaborne, a peak: other things
    frame = pd.DataFrame([_row("a", 1, 700000.0), _row("b", 1, 525000.0, commodity="oil"), _row("c", 1, 300000.0, sentence="Seaborne exports reached x."),
                          _row("d", 1, 290000.0, sentence="Waterborne exports reached x.")])
    table = summary.conflicts(frame, 0.05).set_index("definition", drop=False)
    assert len(table) == 1 and table.iloc[0]["spread"] == pytest.approx(0.25)  # 300,000 vs 290,000 is within 5%
    assert summary.definition("Seaborne shipments of crude and fuel peaked at x.") == "crude and products, peak, seaborne"


def test_latest_level_uses_reported_figures_only():
    from analysis.views import figures as summary

    frame = pd.DataFrame([_row("a", 1, 700000.0, period="2025-10"), _row("a", 2, 900000.0, status="forecast", period="2025-12")])
    flows = summary.flows(frame)
    assert flows.loc[0, "latest_value"] == 700000.0 and flows.loc[0, "latest_period"] == "2025-10"
    assert flows.loc[0, "latest_source"] == "Kpler"


def test_the_latest_level_is_the_one_whose_period_ends_last():
    from analysis.views import figures as summary

    frame = pd.DataFrame([_row("a", 1, 300000.0, period="2025-03"), _row("a", 2, 280000.0, period="2025-01/2025-09")])
    assert summary.flows(frame).loc[0, "latest_period"] == "2025-01/2025-09"  # the interval runs to September
    frame = pd.DataFrame([_row("a", 1, 300000.0, period="2025"), _row("a", 2, 310000.0, period="2025-Q4")])
    assert summary.flows(frame).loc[0, "latest_period"] == "2025-Q4"  # both end in December: the shorter


# -- constructions learned from the development gold (own wording) -----------------------


def test_an_attribution_closing_a_paragraph_covers_its_earlier_sentences(nlp):
    text = (
        "Exports from Angola to India rose to 210,000 bpd in September.\n\n"
        "India's share of Angolan crude exports rose to 18% last month from 12% in July. "
        "Flows to Spain fell 4% to 60,000 bpd, the LSEG data showed."
    )
    figures = _run(nlp, text)
    assert _at(figures, "18%").source == "LSEG" and _at(figures, "12%").source == "LSEG"
    assert _at(figures, "210,000 bpd").source is None  # another paragraph


def test_a_closing_attribution_does_not_cover_a_plant_size(nlp):
    text = "Sinopec runs a 400,000 barrel-per-day refinery at Zhenhai. It processed 380,000 bpd in May, the company said."
    figures = _run(nlp, text)
    assert _at(figures, "400,000 barrel-per-day").source is None
    assert _at(figures, "380,000 bpd").source is not None


def test_a_description_stands_for_the_organisation_of_its_paragraph(nlp):
    text = (
        "Kuwait Petroleum Corporation shipped 1.5 million bpd in August. "
        "The marketer said Indian buyers took 20% of the cargoes."
    )
    figures = _run(nlp, text)
    assert _at(figures, "20%").source_actor == "Kuwait Petroleum Corp"
    # "The marketer said …" opens its own sentence: it does not attribute the one before.
    assert _at(figures, "1.5 million bpd").source is None


def test_the_firm_after_according_to_is_the_provider(nlp):
    text = "According to Kpler, Libya exported 1.2 million bpd in October. European refiners took 70% of it, the firm estimated."
    assert _at(_run(nlp, text), "70%").source == "Kpler"


def test_a_bare_ministry_is_the_state_of_the_minister_named_before(nlp):
    text = (
        "Iraqi Oil Minister Hayan Abdul-Ghani visited Basra on Monday.\n\n"
        "The oil ministry said exports averaged 3.3 million bpd in October."
    )
    figure = _at(_run(nlp, text), "3.3 million bpd")
    assert (figure.source_actor, figure.source_country) == ("Iraq", "IRQ")


def test_a_company_officer_speaks_for_the_company(nlp):
    text = "PDVSA's chief executive, Marta Quintero, said output reached 950,000 bpd in March."
    figure = _at(_run(nlp, text), "950,000 bpd")
    assert (figure.source_actor, figure.source_country) == ("PDVSA", "VEN")


def test_a_provider_named_after_its_description(nlp):
    text = "Brazil's exports reached 1.8 million bpd in May, according to data from ship-tracking service Kpler."
    assert _at(_run(nlp, text), "1.8 million bpd").source == "Kpler"


def test_a_survey_named_after_an_article(nlp):
    text = "A Reuters survey found OPEC pumped 28.1 million bpd in September."
    assert _at(_run(nlp, text), "28.1 million bpd").source == "Reuters"


def test_statuses_learned_on_development_text(nlp):
    text = (
        "The terminal can load as much as 900,000 barrels a day. "
        "The government aims to lift exports to 1.1 million bpd by June. "
        "Kirkuk fields could give the country another 80,000 bpd. "
        "Prices rose after OPEC+ kept its quotas unchanged, with Brent up 1.1% at $70.20 a barrel."
    )
    figures = _run(nlp, text)
    assert _at(figures, "900,000 barrels a day").status == "capacity"
    assert _at(figures, "1.1 million bpd").status == "target"
    assert _at(figures, "80,000 bpd").status == "forecast"  # supply it could give, not what a plant handles
    assert _at(figures, "$70.20 a barrel").status == "reported"


# -- review fixes (issue 11): each in wording of its own -----------------------------------


def test_a_data_noun_opening_the_sentence_still_names_its_provider(nlp):
    text = "Figures from Vortexa put Angola's loadings at 1.05 million bpd in August."
    figure = _at(_run(nlp, text), "1.05 million bpd")
    assert (figure.source, figure.source_actor) == ("Vortexa", "Vortexa")


def test_officials_of_a_state_speak_of_its_exports(nlp):
    text = "Kuwaiti officials said crude shipments averaged 2.4 million bpd in July."
    figure = _at(_run(nlp, text), "2.4 million bpd")
    assert (figure.exporter, figure.source_country) == ("KWT", "KWT")


def test_a_state_as_the_speaker_is_the_source(nlp):
    text = "Libya said its crude output climbed to 1.3 million bpd in June."
    figure = _at(_run(nlp, text), "1.3 million bpd")
    assert (figure.source_actor, figure.source_country, figure.exporter) == ("Libya", "LBY", "LBY")


def test_an_unnamed_ministry_in_a_paragraph_naming_no_state_is_the_datelines_once_named(nlp):
    text = (
        "LUSAKA, Mar 9 - Trucks queued for a week at the Tunduma crossing from Tanzania, and the port of Dar es Salaam "
        "in Tanzania cleared fewer fuel cargoes, leaving Zambia short of diesel in February.\n\n"
        "Diesel pump prices in the capital averaged 29,400 kwacha a tonne in February, the energy ministry said."
    )
    assert _at(_run(nlp, text), "29,400 kwacha").source_country == "ZMB"


def test_an_unnamed_ministry_is_of_the_dateline_state_its_paragraph_opens_with(nlp):
    text = (
        "MUSCAT, Apr 2 - Oman's crude exports rose 3% in March, the oil ministry said.\n\n"
        "Oman, a mid-sized Gulf producer, sells most of its crude to refiners in India, Japan and South Korea, "
        "while its condensate goes to Singapore and China. The oil ministry expects exports to reach "
        "about 900,000 bpd next year."
    )
    figure = _at(_run(nlp, text), "900,000 bpd")
    assert (figure.source_country, figure.exporter) == ("OMN", "OMN")


def test_an_unnamed_ministry_is_of_its_own_paragraphs_state(nlp):
    text = (
        "Algeria's gas exports rose 4% in May, Energy Minister Mohamed Arkab said.\n\n"
        "In Angola, crude output eased to 1.08 million bpd in May, the oil ministry said.\n\n"
        "The ministry said Gabonese loadings held at 210,000 bpd in May."
    )
    figures = _run(nlp, text)
    angola = _at(figures, "1.08 million bpd")
    assert (angola.source_country, angola.exporter) == ("AGO", "AGO")
    assert _at(figures, "210,000 bpd").source_country == "GAB"


def test_a_ministry_is_not_of_the_state_a_flow_goes_to(nlp):
    text = "Shipments to Pakistan reached 90,000 bpd in April, the energy ministry said."
    figure = _at(_run(nlp, text), "90,000 bpd")
    assert figure.importer == "PAK"
    assert figure.source_country != "PAK"


def test_the_same_provider_kept_by_more_than_one_modifier(nlp):
    text = (
        "Oman's exports fell to 780,000 bpd in March, according to Kpler.\n\n"
        "Loadings for China rose to 610,000 bpd in April, the latest monthly data showed."
    )
    assert _at(_run(nlp, text), "610,000 bpd").source == "Kpler"


def test_indexed_lookups_agree_with_a_scan_on_a_long_article(nlp):
    """Source lookups bisect the sorted mentions (issue 11: figures linear in article
    length); they must give what a scan of every mention gives."""
    from analysis.extractors.figures.source import Sources
    from tests.test_figures import mentions_for

    text = "\n\n".join(
        f"Oman shipped {100 + i},000 bpd to India in March, Kpler said. The firm said Kuwait sold {200 + i},000 bpd."
        for i in range(30)
    )
    doc = nlp(text)
    mentions = sorted(mentions_for(text), key=lambda m: (m.start, m.end))
    sources = Sources(mentions, load_table(), text)
    for token in doc:
        scanned = [m for m in mentions if m.start <= token.idx and token.idx + len(token.text) <= m.end]
        expected = max(scanned, key=lambda m: m.end - m.start) if scanned else None
        assert sources._covering(token) == expected
        before = [m for m in mentions if m.end <= token.idx and m.actor_type == "country"]
        assert sources._last_mention(token.idx, lambda m: m.actor_type == "country") == (before[-1] if before else None)


def test_an_analyst_apposed_to_a_name_speaks_for_the_firm(nlp):
    text = "“Supply is ample,” said Ines Barrow, an analyst at Rystad Energy, who sees Brent near $64 in the spring."
    figure = _at(_run(nlp, text), "$64")
    assert figure.source_actor == "Rystad Energy"


def test_officials_of_an_international_body_speak_for_it(nlp):
    text = "European Union officials have vowed to cut Russian gas imports to 10 bcm by 2026."
    figure = _at(_run(nlp, text), "10 bcm")
    assert (figure.source, figure.source_country) == ("European Union", None)


def test_the_data_after_unnamed_tracking_data_is_nobodys(nlp):
    text = (
        "Libya's crude exports rose to 1.2 million bpd in May, according to NOC loading records and "
        "ship-tracking data.\n\n"
        "Cargoes to Italy slipped 9% to 310,000 bpd, the data showed. Shipments to Spain held at 90,000 bpd, "
        "the records showed."
    )
    figures = _run(nlp, text)
    assert _at(figures, "310,000 bpd").source is None
    assert _at(figures, "9%").source is None


def test_an_attribution_opening_its_sentence_does_not_reach_back(nlp):
    text = (
        "Oman's OPEC+ output quota is 800,000 bpd. The energy ministry said production in May was 815,000 bpd.\n\n"
        "Qatar's condensate exports slipped 3% in May. Shipments to Japan fell to 90,000 bpd, the data showed, "
        "according to Kpler."
    )
    figures = _run(nlp, text)
    assert _at(figures, "800,000 bpd").source is None
    assert _at(figures, "815,000 bpd").source_country == "OMN"
    assert _at(figures, "3%").source == "Kpler"  # closed by the attribution after the figures


def test_an_unnamed_minister_of_a_named_state_is_its_voice(nlp):
    text = "Ghana's energy minister said on Monday crude output could reach 200,000 bpd in August."
    figure = _at(_run(nlp, text), "200,000 bpd")
    assert (figure.source_actor, figure.source_country) == ("Ghana", "GHA")


def test_a_provider_described_with_a_demonym_and_issued_statistics(nlp):
    figures = _run(nlp, (
        "Libyan gas exports to Malta fell 6% in May, according to figures from Maltese grid operator Enemalta.\n\n"
        "Gabon exported 210,000 bpd in May, according to statistics issued by Argus."
    ))
    assert _at(figures, "6%").source == "Enemalta"
    assert _at(figures, "210,000 bpd").source == "Argus"


# Single readings of a source, each in wording of its own: (text, figure, field, expected).
_SOURCE_READINGS = {
    "the_data_after_a_named_provider_is_still_its": (
        (
            "Trade figures were revised in April.\n\n"
            "Ecuador shipped 410,000 bpd in May, Kpler data showed. Loadings for Panama reached 60,000 bpd, "
            "the data showed."
        ),
        "60,000 bpd", "source", "Kpler",
    ),
    "an_unnamed_ministry_is_not_of_a_state_a_line_crosses": (
        (
            "Kazakhstan's energy minister spoke in March.\n\n"
            "Azerbaijan also pumps crude to Georgia's Black Sea coast across Turkmenistan and Armenia. "
            "Those shipments should reach 2 million tonnes this year, the ministry said."
        ),
        "2 million tonnes", "source_country", "AZE",
    ),
    "customs_data_cited_again_is_still_the_customs": (
        (
            "India's customs data showed crude imports of 4.6 million bpd in June.\n\n"
            "Overall, India bought 19.8 million tonnes in June, according to customs data published on Friday."
        ),
        "19.8 million tonnes", "source_country", "IND",
    ),
    "a_release_day_between_the_participle_and_its_by": (
        (
            "Refinery runs dipped in June, statistics published Thursday, by Argus showed.\n\n"
            "Angola loaded 1.1 million bpd for Spain in June, the data showed."
        ),
        "1.1 million bpd", "source", "Argus",
    ),
    "customs_released_on_a_day_are_still_the_customs_cited_again": (
        (
            "Chinese buyers cut Iraqi purchases in March, data released on Monday by the General Administration "
            "of Customs showed.\n\n"
            "In March, arrivals of Kuwaiti oil rose to 610,000 bpd, the customs data showed."
        ),
        "610,000 bpd", "source_country", "CHN",
    ),
    "company_documents_are_the_company_s_the_paragraph_names": (
        (
            "Suriname's president opened a new port on Monday.\n\n"
            "Ecuador's Petroecuador loaded about 410,000 bpd in March, according to company documents."
        ),
        "410,000 bpd", "source", "Petroecuador",
    ),
    "a_state_described_as_the_kingdom_speaks_for_itself": (
        (
            "Omani loadings for India reached 190,000 bpd in April, Vortexa data showed. "
            "The sultanate has promised to hold its extra cut of 40,000 bpd until September."
        ),
        "40,000 bpd", "source_country", "OMN",
    ),
    "a_state_described_by_its_group_speaks_for_itself_not_for_the_group": (
        "Algeria's output slipped in May. The OPEC member said it would trim production by 50,000 bpd in July.",
        "50,000 bpd", "source", "Algeria",
    ),
    "ais_data_names_no_provider": (
        "A tanker left Angola for Spain with 950,000 barrels, according to AIS data.",
        "950,000 barrels", "source", None,
    ),
    "a_ministry_spokesman_speaks_for_the_state_of_his_paragraph": (
        "Bahrain's refinery intake averaged 260,000 bpd in May, ministry spokeswoman Layla Haddad said.",
        "260,000 bpd", "source_country", "BHR",
    ),
    "a_spokesman_apposed_for_the_ministry_speaks_for_its_state": (
        "Qatar's condensate sales reached 290,000 bpd in March, said Yusuf Darwish, a spokesman for the energy ministry.",
        "290,000 bpd", "source_actor", "Qatar",
    ),
    "an_official_apposed_at_the_ministry_speaks_for_its_state": (
        "Oman's exports reached 850,000 bpd in March, said Salim Harthy, an official at the energy ministry.",
        "850,000 bpd", "source_country", "OMN",
    ),
    "a_spokesman_the_tagger_reads_as_an_organisation_still_speaks_for_the_state": (
        "Kuwait's refinery runs fell to 720,000 bpd in March, Oil Ministry spokesman Nawaf Jihad said.",
        "720,000 bpd", "source_country", "KWT",
    ),
    "an_outlet_citing_a_provider_gives_the_provider": (
        "Pakistan received 95,000 bpd of Russian crude in August, the Dawn newspaper reported, citing tanker tracker Kpler.",
        "95,000 bpd", "source", "Kpler",
    ),
    "an_outlet_quoting_a_provider_gives_the_provider": (
        "South Korea's purchases of Kazakh oil doubled to 120,000 bpd in May, Yonhap said, quoting Vortexa.",
        "120,000 bpd", "source", "Vortexa",
    ),
    "japan_s_energy_agency_is_its_ministry_s": (
        "Japan bought 61.2 million barrels of crude in June, figures from the Agency for Natural Resources and Energy showed.",
        "61.2 million barrels", "source", "METI",
    ),
    "japan_s_energy_agency_under_its_ministry": (
        "Kuwait shipped 7.9 million barrels of crude to Japan in June, according to the Ministry of Economy, Trade and "
        "Industry's Agency of Natural Resources and Energy.",
        "7.9 million barrels", "source_country", "JPN",
    ),
}


@pytest.mark.parametrize("case", sorted(_SOURCE_READINGS))
def test_source_readings(nlp, case):
    text, span, field, expected = _SOURCE_READINGS[case]
    assert getattr(_at(_run(nlp, text), span), field) == expected


@pytest.mark.parametrize(
    ("text", "span", "voice"),
    [
        ("Nigerian crude output slipped to 1.48 million bpd in May, the Nigerian Upstream Petroleum Regulatory Commission said.",
         "1.48 million bpd", ("Nigeria", "NGA")),
        ("Data from NUPRC, the upstream regulator, put Nigeria's condensate output at 190,000 bpd in May.", "190,000 bpd", ("Nigeria", "NGA")),
        ("Brazilian oil production hit 3.7 million bpd in May, data from regulator ANP showed.", "3.7 million bpd", ("Brazil", "BRA")),
        ("India's diesel consumption climbed 3% to 8.1 million tonnes in May, figures from the Petroleum Planning and Analysis Cell showed.",
         "8.1 million tonnes", ("India", "IND")),
        ("Indian refiners processed 5.4 million bpd in May, according to PPAC data.", "5.4 million bpd", ("India", "IND")),
    ],
)
def test_a_regulator_named_by_acronym_speaks_for_its_state(nlp, text, span, voice):
    figure = _at(_run(nlp, text, dt.date(2025, 6, 12)), span)
    assert (figure.source_actor, figure.source_country) == voice


@pytest.mark.parametrize(
    ("text", "span", "voice"),
    [
        ("Poland's gasoline imports rose to 310,000 tonnes in May, the fuel market regulator URE said on Monday.",
         "310,000 tonnes", ("URE", "POL")),
        ("Gabon's crude exports fell in May as its fields aged.\n\nOutput slid to 190,000 b/d last year, according to "
         "upstream regulator DGH, which expects more declines.", "190,000 b/d", ("DGH", "GAB")),
        ("Chile pumped little crude in May. The Andean state's energy regulator, CNE, said imports held at 170,000 bpd.",
         "170,000 bpd", ("CNE", "CHL")),
        ("Crude theft in Nigeria reached 40,000 bpd in May, anti-graft watchdog Clear Ledger said.",
         "40,000 bpd", ("Clear Ledger", None)),
    ],
)
def test_a_name_titled_regulator_is_its_states_body(nlp, text, span, voice):
    """A regulator the table does not know, named after its title, is placed in the state
    of its paragraph, else of the story (keeping its name, as a state company does); a
    watchdog may be an NGO and stays in no state."""
    figure = _at(_run(nlp, text, dt.date(2025, 6, 12)), span)
    assert (figure.source_actor, figure.source_country) == voice


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        ("Brent rose on Monday.\n\nThe Energy Information Administration sees U.S. crude output rising by only "
         "80,000 bpd in 2027.", "80,000 bpd", "EIA"),
        ("Brent rose on Monday.\n\nThe Energy Information Administration sees U.S. crude output at 13.4 million bpd next year.",
         "13.4 million bpd", "EIA"),
        ("Prices slipped.\n\nThe Energy Information Administration, which updates its outlook on Tuesday, has been gloomier. "
         "In October it saw U.S. crude output growing by only 80,000 bpd in 2027.", "80,000 bpd", "EIA"),
    ],
)
def test_seeing_a_trend_or_a_level_is_the_subjects_view(nlp, text, span, source):
    assert _at(_run(nlp, text, dt.date(2026, 11, 12)), span).source == source


def test_a_place_that_saw_a_trend_is_no_source(nlp):
    text = "The Brass terminal saw loadings rising to 160,000 bpd in May."
    assert _at(_run(nlp, text, dt.date(2026, 6, 12)), "160,000 bpd").source is None


def test_it_after_a_report_is_the_one_that_spoke_not_the_outlet(nlp):
    text = ("Greece imported 1.1 million tonnes of crude in May, the energy regulator RAE said, state broadcaster ERT reported. "
            "Iraq supplied 40% of it, it said.")
    assert _at(_run(nlp, text, dt.date(2026, 6, 12)), "40%").source == "RAE"


@pytest.mark.parametrize(
    ("text", "span", "voice"),
    [
        ("Exports from Kuwait's Mina al-Ahmadi port slipped to 1.6 million bpd in May, the oil ministry said.", "1.6 million bpd", ("Kuwait", "KWT")),
        ("Shipments from Oman's Mina al Fahal terminal averaged 850,000 bpd in May, ministry spokeswoman Laila Rashid said.",
         "850,000 bpd", ("Oman", "OMN")),
    ],
)
def test_a_ministry_speaks_for_the_state_its_exports_leave_from(nlp, text, span, voice):
    figure = _at(_run(nlp, text, dt.date(2025, 6, 12)), span)
    assert (figure.source_actor, figure.source_country) == voice


# -- the data readers' shared precondition ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Figures compiled by the Petroleum Board showed a rise.",
    "According to the DATA, output fell.",
    "Harbour Line's loading\nplan lists six cargoes.",
    "Analysts polled in the survey expect a cut.",
    "The regulator's monthly tally put it higher.",
    "the ſurvey showed a drop",  # re.IGNORECASE takes ſ for s, ı and İ for i
    "according to the statİstics",
    "the fıgures showed a drop",
])
def test_a_sentence_any_data_reader_matches_names_data(sentence):
    from analysis.extractors.figures import source

    readers = (source._PROVIDER_BEFORE, source._PROVIDER_AFTER, source._ANAPHORA, source._UNNAMED_DATA,
               source._BODY_DATA, source._DATA_FROM_BODY, source._MEMBERS)
    assert any(reader.search(sentence) for reader in readers)
    assert source._names_data(sentence)


def test_a_sentence_without_a_data_noun_skips_the_data_readers():
    from analysis.extractors.figures import source

    assert not source._names_data("The minister said exports to Asia would rise next year.")


# -- figures12: speakers named again by title, description or head word ----------------


def test_the_official_named_again_is_the_body_he_spoke_for(nlp):
    text = (
        "Algeria sold 510,000 bpd of crude abroad in March, an official at Sonatrach said.\n\n"
        "The Sonatrach official, who asked not to be identified, said Italy bought 180,000 bpd. "
        "Spain took 90,000 bpd, the official added."
    )
    figures = _run(nlp, text)
    assert _at(figures, "180,000 bpd").source_actor == "Sonatrach"
    assert _at(figures, "90,000 bpd").source_actor == "Sonatrach"


def test_the_title_named_again_is_found_as_a_word(nlp):
    # "unofficial" between the two holds the title's letters, not the title
    text = (
        "The Sonatrach official, who asked not to be identified, said Italy bought 180,000 bpd in May. "
        "Unofficial tallies by shipbrokers had pointed lower. "
        "Spain took 90,000 bpd, the official added."
    )
    assert _at(_run(nlp, text), "90,000 bpd").source_actor == "Sonatrach"


def test_the_official_of_an_unnamed_speaker_stays_nobodys(nlp):
    text = "Algeria sold 510,000 bpd of crude abroad in March, an industry official said. Spain took 90,000 bpd, the official added."
    assert _at(_run(nlp, text), "90,000 bpd").source is None


def test_the_company_after_a_provider_is_that_provider(nlp):
    text = (
        "Colombia's crude exports slipped 9% to 420,000 bpd in June, figures from state oil company Ecopetrol showed.\n\n"
        "Cargoes bound for the United States were 61% of the total, the company said."
    )
    assert _at(_run(nlp, text), "61%").source_actor == "Ecopetrol"


def test_a_description_by_the_last_word_of_a_name(nlp):
    text = (
        "American crude imports from Mexico slid to 390,000 bpd in the week, the U.S. Energy Information "
        "Administration said. The administration said imports from Colombia were 210,000 bpd."
    )
    assert _at(_run(nlp, text), "210,000 bpd").source_actor == "EIA"


@pytest.mark.parametrize(
    ("text", "span", "state"),
    [
        # the noun before the name's "of"
        ("The Central Bank of Peru said fuel imports cost $310 million in May. Diesel made up 41% of the bill, the bank said.",
         "41%", "PER"),
        ("Chile's oil imports rose 6% in June, the Department of Energy said.\n\n"
         "Stocks held 2.1 million barrels at the end of the month, the department's figures showed.", "2.1 million barrels", "CHL"),
        # a name no mention covers whole: the source its sentence was given
        ("TASHKENT, Mar 3 - Uzbekistan shipped 0.42 million tonnes of gasoline in February, the State Customs "
         "Committee said.\n\nIn January-February, shipments reached 0.8 million tonnes, the committee said.", "0.8 million tonnes", "UZB"),
    ],
)
def test_the_noun_that_heads_a_body_name_stands_for_it(nlp, text, span, state):
    assert _at(_run(nlp, text), span).source_country == state


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        # the agency its noun heads the name of, not the last firm of the paragraph
        ("Peru's crude output fell to 38,000 bpd in May, the National Hydrocarbons Agency said.\n\n"
         "The Norperuano pipeline, run by Petroperu, moved about 12,000 bpd in the month, according to the agency.",
         "12,000 bpd", "National Hydrocarbons Agency"),
        # a description keeps its paragraph's firm over a name it heads paragraphs before
        ("The Kuwait Oil Company said on Sunday it would raise output at its northern fields.\n\n"
         "Traders expect more cargoes to reach Asia in the spring.\n\n"
         "Refiners in India bought heavily in the first quarter, brokers said.\n\n"
         "Shell sold 140,000 tonnes of jet fuel to Europe in March, up from 90,000 tonnes in February, according to the company.",
         "140,000 tonnes", "Shell"),
    ],
)
def test_according_to_a_noun_that_heads_a_name_named_near(nlp, text, span, source):
    assert _at(_run(nlp, text), span).source == source


def test_a_monitoring_service_stands_for_the_one_named_before(nlp):
    text = (
        "Venezuela's exports climbed to 880,000 bpd in August, TankerTrackers.com said.\n\n"
        "About 620,000 bpd of that sailed for China, the monitoring service said."
    )
    assert _at(_run(nlp, text), "620,000 bpd").source == "TankerTrackers.com"


@pytest.mark.parametrize(
    "text",
    [
        "Kurdistan's Ministry of Natural Resources said fields in the region produced 265,000 bpd in May.",
        "The KRG's Ministry of Natural Resources said fields in the region produced 265,000 bpd in May.",
        "The natural resources ministry of the Kurdistan Region said fields there produced 265,000 bpd in May.",
        "The Kurdistan Regional Government said fields in the region produced 265,000 bpd in May.",
    ],
)
def test_a_regional_governments_body_speaks_for_that_government(nlp, text):
    figure = _at(_run(nlp, text), "265,000 bpd")
    assert (figure.source_actor, figure.source_country) == ("Kurdistan Regional Government", "IRQ")


def test_a_provider_described_as_a_group_and_its_calculations_named_back(nlp):
    text = (
        "Norwegian gas flows to Germany averaged 142 mcm a day in March, data from the European grid "
        "group ENTSOG showed. The same flows came to 4.4 bcm for the month, the calculations showed."
    )
    figures = _run(nlp, text, published=dt.date(2025, 4, 2))
    assert _at(figures, "142 mcm a day").source == "ENTSOG"
    assert _at(figures, "4.4 bcm").source == "ENTSOG"


def test_the_regulator_is_the_organisation_described_so_before_its_name(nlp):
    text = (
        "Greece imported 1.9 bcm of gas in the first quarter, data from energy watchdog RAE showed. "
        "Pipeline gas from Russia made up 40% of the total, the watchdog said."
    )
    figure = _at(_run(nlp, text, published=dt.date(2025, 4, 10)), "40%")
    assert figure.source == "RAE"  # not an unnamed watchdog of the state named in the sentence


@pytest.mark.parametrize(
    ("text", "span", "employer"),
    [
        ("Spot LNG cargoes to Asia fell 6% in March, said Maria Lenz, an analyst at Brightwell Energy.", "6%", "Brightwell Energy"),
        ("Transgaz chief executive Radu Petrescu said Romania exported 1.2 bcm of gas in 2024.", "1.2 bcm", "Transgaz"),
    ],
)
def test_a_person_speaks_for_an_employer_the_table_does_not_know(nlp, text, span, employer):
    assert _at(_run(nlp, text, published=dt.date(2025, 4, 10)), span).source_actor == employer


def test_a_title_opening_the_sentence_is_no_employer(nlp):
    text = "Former chief executive Radu Petrescu said Romania exported 1.2 bcm of gas in 2024."
    assert _at(_run(nlp, text, published=dt.date(2025, 4, 10)), "1.2 bcm").source_actor != "Former"


def test_it_said_is_the_body_that_spoke_last_not_an_organisation_named_in_passing(nlp):
    text = (
        "Turkmenistan sold 3.1 bcm of gas to China in January, the country's energy ministry said. "
        "Volumes carried through the CNPC-run section to Xinjiang reached 2.8 bcm, it said."
    )
    figure = _at(_run(nlp, text, published=dt.date(2025, 2, 10)), "2.8 bcm")
    assert figure.source_country == "TKM"


def test_it_said_after_a_person_is_the_organisation(nlp):
    text = (
        "Equinor shipped 1.1 million bpd in March, its chief executive Anders Holm said. "
        "It said exports to Britain averaged 300,000 bpd."
    )
    assert _at(_run(nlp, text, published=dt.date(2025, 4, 10)), "300,000 bpd").source == "Equinor"


def test_its_chief_executive_speaks_for_the_organisation_named_before(nlp):
    text = "Equinor shipped 1.1 million bpd in March, its chief executive Anders Holm said."
    assert _at(_run(nlp, text, published=dt.date(2025, 4, 10)), "1.1 million bpd").source_actor == "Equinor"


def test_a_deal_to_supply_is_a_supply_to_come(nlp):
    text = "Oman LNG signed a deal to deliver 1.5 million tonnes a year of LNG to Japan from 2027, the company said."
    figure = _at(_run(nlp, text, published=dt.date(2025, 6, 4)), "1.5 million tonnes a year")
    assert figure.status == "forecast"


def test_the_company_is_not_a_place_the_gas_came_from(nlp):
    text = "Moldova's Energocom said it bought 300 mcm of gas from the European Union in May. Romania supplied 120 mcm, the company said."
    assert _at(_run(nlp, text, published=dt.date(2025, 6, 4)), "120 mcm").source != "European Union"


def test_a_body_the_table_places_in_no_state_speaks_for_itself(nlp):
    text = "Russian pipeline gas made up 11% of EU imports in 2024, figures from the European Commission showed."
    figure = _at(_run(nlp, text, published=dt.date(2025, 6, 4)), "11%")
    assert (figure.source_actor, figure.source_country) == ("European Commission", None)


def test_a_think_tank_named_after_its_description(nlp):
    text = "Imports of Norwegian gas into Germany reached 43 bcm in 2024, data from think tank Bruegel showed."
    assert _at(_run(nlp, text, published=dt.date(2025, 6, 4)), "43 bcm").source == "Bruegel"


def test_the_corporation_is_the_state_company_named_before(nlp):
    text = "Qatar exported 610,000 bpd of crude in June, according to QatarEnergy. The state-run corporation said Japan took 25% of the cargoes."
    assert _at(_run(nlp, text, published=dt.date(2025, 7, 3)), "25%").source == "QatarEnergy"


def test_a_paragraph_opened_by_a_pronoun_goes_on_with_the_one_before(nlp):
    text = (
        "Kuwait Petroleum Corporation lifted its December price for Kuwait Export Crude to Asia by 40 cents "
        "a barrel, the company said on Monday.\n\n"
        "It also trimmed the Mediterranean price by 70 cents a barrel.\n\n"
        "Traders had looked for a cut of 20 cents a barrel."
    )
    figures = _run(nlp, text)
    assert _at(figures, "70 cents a barrel").source == _at(figures, "40 cents a barrel").source is not None
    assert _at(figures, "20 cents a barrel").source is None  # a paragraph of its own


def test_the_firms_data_are_the_organisation_named_before(nlp):
    text = (
        "Pakistan's purchases of Saudi crude rose to 95,000 bpd in October, according to Vortexa. "
        "Cargoes from the UAE fell to 40,000 bpd, the firm's data showed."
    )
    figures = _run(nlp, text)
    assert _at(figures, "40,000 bpd").source == "Vortexa"


def test_an_unnamed_ministry_is_the_owners_not_the_oils_origin(nlp):
    text = "Pakistan's Saudi crude purchases slipped to 88,000 bpd in September, the energy ministry said."
    figures = _run(nlp, text)
    assert (_at(figures, "88,000 bpd").source_actor, _at(figures, "88,000 bpd").source_country) == ("Pakistan", "PAK")


@pytest.mark.parametrize("speaker", ["an official at the petroleum ministry", "a spokesman for the petroleum ministry"])
def test_an_official_of_an_unnamed_ministry_speaks_for_its_state(nlp, speaker):
    text = f"Pakistan's crude imports from Kuwait reached 60,000 bpd in August, {speaker} said."
    assert _at(_run(nlp, text), "60,000 bpd").source_country == "PAK"


def test_a_person_titled_after_the_name_speaks_for_the_employer_of_the_title(nlp):
    text = "Iraqi supplies to Spain may halve to 60,000 bpd in March, said Lena Ortiz, head of oil research at Vortexa."
    assert _at(_run(nlp, text), "60,000 bpd").source_actor == "Vortexa"


@pytest.mark.parametrize("attribution", ["Vortexa analysts said", "analysts at Vortexa wrote in a note"])
def test_a_firms_analysts_are_the_firm(nlp, attribution):
    text = f"Brazilian cargoes to China climbed to 900,000 bpd in October, {attribution}."
    assert _at(_run(nlp, text), "900,000 bpd").source == "Vortexa"


def test_a_states_analysts_are_nobody_named(nlp):
    text = "Brazilian cargoes to China climbed to 900,000 bpd in October, Chinese analysts said."
    assert _at(_run(nlp, text), "900,000 bpd").source is None


def test_a_survey_named_with_what_it_drew_on_points_back_to_its_provider(nlp):
    text = (
        "Gulf output rose by 120,000 bpd in May, a Platts survey found.\n\n"
        "The group pumped 21.3 million bpd, the survey of tanker data and company officials found."
    )
    assert _at(_run(nlp, text), "21.3 million bpd").source == "Platts"


@pytest.mark.parametrize(
    "attribution", ["the central bank said", "the central bank's figures showed", "figures from the central bank showed"]
)
def test_an_unnamed_central_bank_speaks_for_its_state(nlp, attribution):
    text = f"Angola earned $2.9 billion from crude sales in July, {attribution}."
    figure = _at(_run(nlp, text), "$2.9 billion")
    assert (figure.source_actor, figure.source_country) == ("Angola", "AGO")


def test_a_provider_owned_by_the_country_is_named_after_the_owner(nlp):
    text = "Colombia shipped 480,000 bpd in May, according to data from the country's National Hydrocarbons Agency (ANH)."
    assert _at(_run(nlp, text), "480,000 bpd").source == "ANH"


def test_a_korean_corporation_closing_a_sentence_is_not_libyas(nlp):
    text = "Imports of Qatari condensate reached 9 million barrels in May, according to Korea National Oil Corp."
    assert _at(_run(nlp, text), "9 million barrels").source == "KNOC"


def test_data_with_their_compiler_beside_them_are_the_compilers(nlp):
    text = "Venezuela sold 700,000 bpd in April, the numbers, compiled by Bloomberg from port records, showed."
    assert _at(_run(nlp, text), "700,000 bpd").source == "Bloomberg"


def test_orlen_is_polands_refiner_not_a_person(nlp):
    text = "Norwegian crude made up 40% of Orlen's intake in April, Orlen said."
    figure = _at(_run(nlp, text), "40%")
    assert (figure.source, figure.source_country, figure.importer) == ("Orlen", "POL", "POL")


@pytest.mark.parametrize(
    "apposition",
    [
        "co-founder of advisory firm Petrolytics",  # a description of the firm, then its name
        "founder of consultancy Petrolytics",
        "Petrolytics' chief oil analyst",  # the firm owns the title written after the name
        "Petrolytics's head of research",
    ],
)
def test_an_analyst_speaks_for_the_firm_the_apposition_names(nlp, apposition):
    text = f"Demand for Gulf crude in Asia will ease to 14.2 million bpd next year, said Mara Ostrova, {apposition}."
    figure = _at(_run(nlp, text), "14.2 million bpd")
    assert (figure.source_actor, figure.source_country) == ("Petrolytics", None)


def test_an_analyst_of_a_foreign_firm_gives_no_state_to_a_flow(nlp):
    # The analyst's firm is based in France; France sells nothing here.
    text = "Cargoes to India could slide to 1.1 million bpd in January, said Jonas Berg, head of crude research at Kpler."
    figure = _at(_run(nlp, text), "1.1 million bpd")
    assert (figure.exporter, figure.importer, figure.source_actor) == (None, "IND", "Kpler")


@pytest.mark.parametrize(
    ("attribution", "source"),
    [
        ("official figures showed", "Japan government"),  # the state's own, no body named
        ("according to preliminary customs data", "Japan customs"),
        ("according to official customs data", "Japan customs"),
    ],
)
def test_official_data_named_by_no_body_are_the_states(nlp, attribution, source):
    text = f"Japan's purchases of Qatari crude climbed to 160,000 bpd in August, {attribution}."
    figure = _at(_run(nlp, text), "160,000 bpd")
    assert (figure.source, figure.source_actor, figure.source_country) == (source, "Japan", "JPN")


def test_a_shipbroker_described_before_its_name_is_the_provider(nlp):
    text = "India took in 21.4 million tonnes of crude in July, according to data from shipbroker Clarksons."
    assert _at(_run(nlp, text), "21.4 million tonnes").source == "Clarksons"


@pytest.mark.parametrize(
    ("attribution", "source"),
    [
        ("Bloomberg estimates based on data from Snam showed", "Bloomberg"),  # the calculations' maker
        ("estimates using data from Snam showed", "Snam"),  # no maker named: the data's provider
    ],
)
def test_calculations_based_on_anothers_data_are_the_calculators(nlp, attribution, source):
    text = f"Algerian gas sales to Italy rose to 58 million cubic metres a day in June, {attribution}."
    assert _at(_run(nlp, text), "58 million cubic metres a day").source == source


@pytest.mark.parametrize("speaker", ["a company representative", "a company spokeswoman"])
def test_a_companys_unnamed_spokesperson_speaks_for_the_company(nlp, speaker):
    text = f"Equinor shipped 1.2 million bpd of Johan Sverdrup crude in May, {speaker} said."
    assert _at(_run(nlp, text), "1.2 million bpd").source_actor == "Equinor"


def test_a_provider_described_by_its_base_and_kind_before_its_name(nlp):
    text = (
        "Turkish refiners took 18% of Russia's seaborne crude in May, according to the Oslo-based research "
        "organisation Nordic Energy Watch."
    )
    assert _at(_run(nlp, text), "18%").source_actor == "Nordic Energy Watch"


@pytest.mark.parametrize("speaker", ["Jonas Berg of Rystad Energy", "Jonas Berg, a Rystad Energy analyst"])
def test_an_analyst_linked_to_a_firm_right_after_the_name_speaks_for_it(nlp, speaker):
    text = f"Norwegian output slipped to 1.9 million bpd in May, said {speaker}."
    figure = _at(_run(nlp, text), "1.9 million bpd")
    assert figure.source_actor == "Rystad Energy"


@pytest.mark.parametrize(
    ("description", "actor"),
    [
        ("the analytics firm", "Vortexa"),  # a provider's description: the provider cited
        ("the data firm", "Vortexa"),
        ("the consultancy", "Vortexa"),
        ("the company", "Repsol"),  # any company: still the one the data are about
    ],
)
def test_a_providers_description_is_the_provider_not_the_company_its_data_are_about(nlp, description, actor):
    text = (
        "Spanish refiners bought 310,000 bpd of Libyan crude in August, Vortexa said. "
        f"Repsol alone took 140,000 bpd, {description} estimated."
    )
    assert _at(_run(nlp, text), "140,000 bpd").source_actor == actor


def test_the_ministry_after_a_ministry_the_table_knows_by_acronym(nlp):
    text = (
        "Japanese crude imports slid 4% to 2.4 million bpd in August, the Ministry of Economy, Trade and Industry said. "
        "Kuwait supplied 9% of the total, the ministry said."
    )
    figure = _at(_run(nlp, text), "9%")
    assert (figure.source, figure.source_actor, figure.source_country) == ("METI", "Japan", "JPN")


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        # the described organisation of the paragraph before
        ("Kuwait Petroleum Corporation set its December price for Kuwait Export Crude at a premium, the company said on Monday.\n\n"
         "The supplier also raised its Kuwait Super Light price by 40 cents a barrel, a pricing document showed.",
         "40 cents a barrel", "Kuwait Petroleum Corp"),
        # the organisation the clause names
        ("Indian Oil Corporation cut its purchases of Iraqi crude to 180,000 bpd in March, an internal document showed.",
         "180,000 bpd", "Indian Oil Corp"),
    ],
)
def test_a_paper_nobody_is_named_for_is_the_organisation_it_is_about(nlp, text, span, source):
    assert _at(_run(nlp, text), span).source == source


def test_a_states_paper_is_no_organisations(nlp):
    text = "Iraq's state oil marketer SOMO sets prices monthly.\n\nIraq cut crude exports to 3.1 million bpd in May, a document showed."
    assert _at(_run(nlp, text), "3.1 million bpd").source is None


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the operator, the terminal shipped an average of 610,000 bpd last year. ",
        "The terminal shipped an average of 610,000 bpd last year, according to the company. ",
    ],
)
def test_a_description_after_according_to_is_the_organisation_named_before(nlp, sentence):
    text = (
        "Loadings at the Ras Tanura terminal eased in April, Saudi Aramco said.\n\n"
        f"{sentence}Asian buyers took about 480,000 bpd of those cargoes."
    )
    figures = _run(nlp, text)
    assert _at(figures, "610,000 bpd").source == "Saudi Aramco"
    # the paragraph's later sentence goes on with it
    assert _at(figures, "480,000 bpd").source == "Saudi Aramco"


@pytest.mark.parametrize(
    ("text", "span", "status"),
    [
        # a defining clause governs its figure as the figure's own verb does
        ("Iraq shipped 3.4 million bpd in May, well over the 3.1 million bpd it may pump under its OPEC+ allocation.",
         "3.1 million bpd", "target"),
        ("Angola sold 1.1 million bpd in June, short of the 1.3 million bpd its budget assumes.",
         "1.3 million bpd", "forecast"),
        # … a clause set off by a comma only adds to it
        ("Angola sold 1.1 million bpd in June, which the finance ministry said would lift revenue.",
         "1.1 million bpd", "reported"),
        # an import allowance or permit is a quota by another name
        ("Nigerian refiners were handed 2.1 million tonnes of the new import allowance for 2027, traders said.",
         "2.1 million tonnes", "target"),
        ("The firm shipped 85 million barrels in 2024, short of its export permit of 98 million barrels.", "98 million barrels", "target"),
        ("The firm shipped 85 million barrels in 2024, short of its export permit of 98 million barrels.", "85 million barrels", "reported"),
        ("Refiners processed 1.2 million tonnes of their allowance in May.", "1.2 million tonnes", "reported"),
        # what a budget is planned on
        ("Algeria's draft budget for next year assumes crude at $58 a barrel.", "$58 a barrel", "forecast"),
        ("Brent traded near $66 a barrel, above the $57 on which the budget is based.", "$57", "forecast"),
        ("Brent traded near $66 a barrel, above the budget benchmark of $57 a barrel.", "$57 a barrel", "forecast"),
        ("Oil export revenue fell to $4.2 billion in the first half, widening the budget deficit.", "$4.2 billion", "reported"),
        # a store's size
        ("The depot's four storage tanks can hold about 650,000 barrels of diesel.", "650,000 barrels", "capacity"),
        # a change of a capacity, its end, start and size
        ("The new pumping stations doubled the line's capacity to 600,000 bpd from 300,000 bpd.", "600,000 bpd", "capacity"),
        ("The new pumping stations doubled the line's capacity to 600,000 bpd from 300,000 bpd.", "300,000 bpd", "capacity"),
        ("The upgrade lifted the refinery's capacity by 45,000 bpd.", "45,000 bpd", "capacity"),
        ("The field raised output to 45,000 bpd, drawing on spare capacity.", "45,000 bpd", "reported"),
    ],
)
def test_statuses_of_quotas_budgets_and_stores(nlp, text, span, status):
    assert _at(_run(nlp, text, published=dt.date(2025, 7, 3)), span).status == status


def test_the_parents_data_are_not_the_news_agencys(nlp):
    text = (
        "Angola shipped 1.2 million bpd in March, according to Thomson Reuters tanker-tracking data. "
        "A Reuters survey put OPEC output at 30.1 million bpd in March."
    )
    figures = _run(nlp, text)
    assert _at(figures, "1.2 million bpd").source_actor == "Thomson Reuters"
    assert _at(figures, "30.1 million bpd").source_actor == "Reuters"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Malaysia imported 1.8 million tonnes of crude in September, down 3% from August, as plants in Kedah and "
         "Sabah took fewer African barrels, the Department of Statistics Malaysia (DOSM) said on Monday.",
         "Department of Statistics Malaysia"),
        ("Thailand imported 1.8 million tonnes of crude in September, down 3% from August, as refiners in Rayong and "
         "Chonburi took fewer African barrels, the Office of Industrial Economics (OIE) said on Monday.",
         "Office of Industrial Economics"),
    ],
)
def test_a_closing_reporting_verb_the_parser_left_without_a_subject_is_the_organisation_before_it(nlp, text, source):
    # The parser hangs the name on "barrels" and leaves "said" with no subject.
    assert _at(_run(nlp, text, dt.date(2025, 10, 6)), "1.8 million tonnes").source == source


def test_a_state_agency_keeps_its_name_placed_in_the_story_state(nlp):
    # (Issue 11: a bureau, secretariat, office or administration of a government is an
    # agency, as EIA is: itself, with its state; mentioned or only written.)
    text = (
        "LIMA, Dec 2 - Peru's crude imports climbed 8% in November to 95,000 bpd, as refiners bought more "
        "Ecuadorean barrels, figures from the External Commerce Secretariat (Secomex) showed on Tuesday. "
        "Cargoes from Brazil slipped to 30,000 bpd, the figures showed.\n\n"
        "Chile's refiners processed 180,000 bpd in October, according to the Energy Planning Office.\n\n"
        "Figures from the Hydrocarbons Administration showed that Chile bought 41,000 bpd of Argentine crude in October.\n\n"
        "U.S. crude exports rose to 4.1 million bpd last week, the U.S. Energy Information Administration said."
    )
    figures = _run(nlp, text, published=dt.date(2026, 12, 2))
    voices = {span: (_at(figures, span).source_actor, _at(figures, span).source_country)
              for span in ("95,000 bpd", "30,000 bpd", "180,000 bpd", "41,000 bpd", "4.1 million bpd")}
    assert voices == {
        "95,000 bpd": ("External Commerce Secretariat", "PER"),
        "30,000 bpd": ("External Commerce Secretariat", "PER"),
        "180,000 bpd": ("Energy Planning Office", "CHL"),
        "41,000 bpd": ("Hydrocarbons Administration", "CHL"),
        "4.1 million bpd": ("EIA", "USA"),  # the table's own agency keeps its entry
    }


@pytest.mark.parametrize(
    ("name", "agency"),
    [("Bureau of Energy", True), ("Foreign Trade Secretariat", True), ("Energy Planning Office", True),
     ("Bureau of Statistics", False), ("Customs Administration", False), ("Oil Ministry", False),
     ("International Atomic Energy Agency", False), ("World Energy Office", False)],
)
def test_a_state_agency_is_no_government_body(name, agency):
    from analysis.text.voices import is_state_agency

    assert is_state_agency(name, load_table()) is agency


def test_an_abbreviation_the_text_defines_speaks_with_the_voice_of_the_name_it_stands_for(nlp):
    # (Issue 11: "Statistics X (ABC) said", then "ABC data showed": the letters come from
    # the body's own language, so they need not spell the English name's initials.)
    text = (
        "OSLO, March 3 - Norway's crude exports rose 4% in February to 1.7 million bpd, Statistics Norway (SSB) said on Tuesday.\n\n"
        "Over the first two months, crude exports came to 12.5 million tonnes, SSB figures showed.\n\n"
        "JAKARTA, June 9 - Indonesian drillers are busier, the Indonesian Petroleum Association (IPA) said. "
        "Output from new wells reached 45,000 bpd in May, IPA data showed."
    )
    figures = _run(nlp, text, published=dt.date(2026, 3, 3))
    tonnes = _at(figures, "12.5 million tonnes")
    assert (tonnes.source, tonnes.source_actor, tonnes.source_country) == ("SSB", "Norway", "NOR")
    # An association of a state's companies is no body of the state.
    wells = _at(figures, "45,000 bpd")
    assert (wells.source, wells.source_country) == ("Indonesian Petroleum Association", None)


def test_a_body_whose_name_opens_with_a_shorter_bodys_name_is_the_source(nlp):
    # (Issue 11: the actors mention the "Department of Energy" inside the bureau's whole
    # name, which the parser reads as the subject: the bureau is the source, of the state.)
    text = (
        "MANILA, June 9 - The Philippines imported 210,000 bpd of crude in May, up 5% from April, "
        "the Department of Energy Oil Industry Management Bureau said on Tuesday."
    )
    figure = _at(_run(nlp, text, published=dt.date(2026, 6, 9)), "210,000 bpd")
    assert (figure.source, figure.source_actor, figure.source_country) == (
        "Department of Energy Oil Industry Management Bureau", "Philippines", "PHL",
    )


def test_an_international_agency_speaks_for_no_state_of_its_paragraph(nlp):
    text = "Libya's exports slipped to 950,000 bpd in July, the International Renewable Energy Agency estimated."
    figure = _at(_run(nlp, text), "950,000 bpd")
    assert (figure.source_actor, figure.source_country) == ("International Renewable Energy Agency", None)


def test_an_agency_outside_the_trades_fields_is_no_state_agency_of_the_story(nlp):
    text = ("Japan imported 2.45 million bpd in May, according to the Finance Ministry. "
            "Imports will fall to 2.3 million bpd in June, the Congressional Budget Office said.")
    assert _at(_run(nlp, text), "2.3 million bpd").source_country is None


def test_money_spent_on_export_terminals_is_no_value_of_the_flows(nlp):
    text = "Nigeria's crude exports rose to 1.6 million bpd in May. The government has spent $2 billion on export terminals."
    assert _at(_run(nlp, text, dt.date(2025, 6, 12)), "$2 billion").period is None


@pytest.mark.parametrize(
    ("text", "span", "status"),
    [
        ("Exports reached 1.1 million bpd in May, above the 1 million bpd fixed as a goal for the year.", "1 million bpd", "target"),
        ("Output held at 2.9 million bpd in May, short of the 3 million bpd set as its target in the budget.", "3 million bpd", "target"),
        # a participle naming something other than a target leaves a level
        ("Shipments hit 900,000 bpd in May, well above the 750,000 bpd seen as normal.", "750,000 bpd", "reported"),
    ],
)
def test_a_figure_set_as_a_target_is_one(nlp, text, span, status):
    assert _at(_run(nlp, text, dt.date(2025, 6, 12)), span).status == status


def test_a_state_body_the_table_cannot_place_speaks_for_the_state_its_story_or_name_gives(nlp):
    # (Issue 11: a dateline story's body named in a paragraph that names no state, a body
    # whose name ends "… of <state>", and a bank named for a state alone, its central bank,
    # an agency of the state. Placed by the story or its name only, each keeps its name.)
    story = (
        "LILONGWE, Aug 4 - Malawi imported 95,000 tonnes of diesel in July, up 4% from June, the energy regulator said on Tuesday.\n\n"
        "Petrol arrivals averaged 3,100 bpd over the month, the Fuel Import Commission said."
    )
    petrol = _at(_run(nlp, story, dt.date(2026, 8, 4)), "3,100 bpd")
    assert (petrol.source, petrol.source_actor, petrol.source_country) == ("Fuel Import Commission", "Fuel Import Commission", "MWI")
    named = "WINDHOEK, Aug 4 - Fuel deliveries by rail reached 41,000 tonnes in July, the Fuel Supply Authority of Namibia said."
    rail = _at(_run(nlp, named, dt.date(2026, 8, 4)), "41,000 tonnes")
    assert (rail.source_actor, rail.source_country) == ("Fuel Supply Authority of Namibia", "NAM")
    banks = ("Lesotho's fuel import bill rose to $180 million in the first half, Bank of Lesotho data showed. "
             "Bank of America expects Brent to average $70 a barrel next year.")
    figures = _run(nlp, banks, dt.date(2026, 8, 4))
    # the central bank keeps its name, placed in its state, as a state agency does
    assert (_at(figures, "$180 million").source_actor, _at(figures, "$180 million").source_country) == ("Bank of Lesotho", "LSO")
    # a commercial bank named for a state is its own voice
    assert (_at(figures, "$70 a barrel").source_actor, _at(figures, "$70 a barrel").source_country) == ("Bank of America", None)


def test_a_note_referred_back_to_is_its_issuers(nlp):
    # (Issue 11: a bank's or a ministry's "note" carries its source as a report does.)
    text = (
        "Morgan Hale Bank said in a note on Friday that exports from Oman would hold at 850,000 bpd in June.\n\n"
        "Chinese buyers will take about 70% of those barrels, the note said.\n\n"
        "MAPUTO, June 2 - Mozambique's fuel imports rose 5% to 0.4 million tonnes in May, the Energy Ministry said in a monthly note. "
        "Diesel arrivals averaged 9,000 bpd, the ministry's note showed."
    )
    figures = _run(nlp, text, dt.date(2026, 6, 2))
    assert _at(figures, "70%").source == _at(figures, "850,000 bpd").source == "Morgan Hale Bank"
    assert (_at(figures, "9,000 bpd").source_actor, _at(figures, "9,000 bpd").source_country) == ("Mozambique", "MOZ")


def test_data_called_its_own_are_the_subject_organisations(nlp):
    # (Issue 11: "its data showed" and "according to its … documents" name no provider
    # but the organisation the sentence is about, which a later "the data" points back to.)
    text = (
        "Algeria's state energy company Sonatrach piped about 2.1 bcm of gas to Italy in the first quarter, "
        "up from 1.8 bcm a year before, its data showed. The Transmed line can carry 32 billion cubic metres a year.\n\n"
        "Kuwait Petroleum Corp loaded 410,000 bpd of crude for Japan in May, according to its own tanker schedules."
    )
    figures = _run(nlp, text, dt.date(2026, 6, 2))
    assert _at(figures, "2.1 bcm").source == _at(figures, "1.8 bcm").source == "Sonatrach"
    assert _at(figures, "32 billion cubic metres").source == "Sonatrach"
    assert _at(figures, "410,000 bpd").source_actor == "Kuwait Petroleum Corp"


def test_the_tracking_data_point_back_to_the_tracker_named_before(nlp):
    # (Issue 11: "the ship-tracking figures" are the figures of the provider cited before;
    # tracking data with no "the" are data nobody is named for.)
    text = (
        "Angola's crude shipments to China climbed to 640,000 bpd in October, Vortexa data showed.\n\n"
        "Indian refiners bought 95,000 bpd, according to the tanker-tracking figures, while Spain took 40,000 bpd.\n\n"
        "Gabon loaded 180,000 bpd in October, according to tanker-tracking data."
    )
    figures = _run(nlp, text, dt.date(2026, 11, 5))
    assert _at(figures, "95,000 bpd").source == _at(figures, "40,000 bpd").source == "Vortexa"
    assert _at(figures, "180,000 bpd").source is None


def test_the_data_after_a_bodys_data_are_the_bodys(nlp):
    # (Issue 11: "according to ministry data" names the ministry by its noun; "the data
    # showed" after it points back to that ministry, not to data nobody is named for.)
    text = (
        "BAKU, May 6 - Azerbaijan's Ministry of Energy said crude output was steady in April.\n\n"
        "The country shipped 560,000 bpd of crude in April, according to ministry data. "
        "Italy bought 210,000 bpd of it, the data showed."
    )
    figures = _run(nlp, text, dt.date(2026, 5, 6))
    assert _at(figures, "210,000 bpd").source_country == _at(figures, "560,000 bpd").source_country == "AZE"


def test_an_agency_of_the_trades_fields_is_a_state_agency_of_its_paragraph(nlp):
    # (Issue 11: a state's agency named "… Agency" keeps its name, placed in the state its
    # paragraph is about, as a "… Administration" or "… Office" does.)
    text = (
        "TBILISI, Mar 3 - Georgia's gas imports rose in February as a cold spell lifted demand. "
        "Deliveries from Azerbaijan averaged 7.2 million cubic metres a day, the Natural Gas Supervision Agency said."
    )
    figure = _at(_run(nlp, text, dt.date(2026, 3, 3)), "7.2 million cubic metres a day")
    assert (figure.source_actor, figure.source_country) == ("Natural Gas Supervision Agency", "GEO")


def test_a_state_owning_a_share_of_anothers_trade_is_no_bodys_state(nlp):
    # (Issue 11: in "Iraq's share of Indian crude imports" Iraq supplies; a body reporting it
    # that the table cannot place is of the story's state.)
    text = (
        "India's crude imports rose in October, Kpler data showed.\n\n"
        "Data from the Petroleum Market Regulatory Authority put Iraq's share of Indian crude imports at 22% in October."
    )
    share = _at(_run(nlp, text, dt.date(2026, 11, 5)), "22%")
    assert share.source_country == "IND"
