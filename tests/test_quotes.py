"""Quote extraction on parsed text: kinds, cues, speakers, pronouns, actors, the extractor."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.extractors.quotes.extractor import extract_quotes, make
from analysis.pipeline.records import ActorMention, Quote
from analysis.text.actor_table import load_table
from analysis.text.context import ExtractionContext
from corpus.article import Article
from corpus.normalize import normalize_text

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_f8ade199434cd3de.txt"


def mention(text: str, phrase: str, actor: str, actor_type: str, country: str | None, nth: int = 0) -> ActorMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return ActorMention("a", start, start + len(phrase), phrase, actor, actor_type, country, country, "test")


def rows(nlp, text: str, mentions=()) -> list[Quote]:
    return extract_quotes(nlp(text), "a", mentions, actor_table=load_table())


def brief(quotes: list[Quote]) -> list[tuple]:
    return [(q.text, q.speaker, q.kind, q.cue) for q in quotes]


@pytest.fixture(scope="module")
def seed_text():
    from corpus.loader import load

    (article,) = list(load([str(SEED)]))
    return article.text


def test_seed_article_nine_quotes_with_speakers(nlp, seed_text):
    quotes = rows(nlp, seed_text)
    assert [(q.speaker, q.kind, q.cue) for q in quotes] == [
        ("Russian Foreign Ministry officials", "direct", "say"),
        ("Russian Foreign Ministry officials", "direct", "say"),
        ("Moscow", "partial", "call"),
        ("Kremlin", "partial", "call"),
        ("Mr. Lavrov", "partial", "express"),
        ("Foreign Ministry", "direct", "say"),
        ("Chinese officials", "partial", "call"),
        ("Zhu Jingyang", "direct", "say"),
        ("Zhu Jingyang", "direct", "say"),
    ]
    assert quotes[2].text == "reconsider"
    assert [q.quote_id for q in quotes] == [f"a:q{n:03d}" for n in range(1, 10)]
    for q in quotes:
        assert seed_text[q.start : q.end] == q.text
        assert seed_text[q.speaker_start : q.speaker_end] == q.speaker


def test_speaker_actor_and_country_come_from_the_actor_mentions(nlp):
    text = (
        "Moscow backed Caracas on Sunday.\n\n"
        "“We highlight the need for dialogue,” the Foreign Ministry said."
    )
    mentions = [
        mention(text, "Moscow", "Russia", "country", "RUS"),
        mention(text, "Caracas", "Venezuela", "country", "VEN"),
        mention(text, "Foreign Ministry", "Russian Foreign Ministry", "organisation", "RUS"),
    ]
    (quote,) = rows(nlp, text, mentions)
    assert (quote.speaker, quote.speaker_actor, quote.speaker_country) == (
        "Foreign Ministry", "Russian Foreign Ministry", "RUS",
    )


def test_without_actor_mentions_a_person_is_named_by_their_full_name(nlp):
    text = "Foreign Minister Yván Gil rejected the remarks. “We sell it to whoever respects us,” Gil said."
    (quote,) = rows(nlp, text)
    assert (quote.speaker, quote.speaker_actor, quote.speaker_country) == ("Gil", "Yván Gil", None)


def test_attribution_after_before_and_in_the_middle(nlp):
    text = (
        "“The license is narrow by design,” Rubio said, “and it will stay narrow.”\n\n"
        "Gil wrote on Telegram: “Venezuela does not ask for permission. We sell it.”\n\n"
        "“That is not diplomacy,” Gil added. “That is piracy.”"
    )
    assert brief(rows(nlp, text)) == [
        ("The license is narrow by design,", "Rubio", "direct", "say"),
        ("and it will stay narrow.", "Rubio", "direct", "say"),
        ("Venezuela does not ask for permission. We sell it.", "Gil", "direct", "write"),
        ("That is not diplomacy,", "Gil", "direct", "add"),
        ("That is piracy.", "Gil", "direct", "add"),
    ]


def test_titles_and_appositions_are_not_part_of_the_speaker(nlp):
    text = (
        "“Russian oil is still reaching its buyers,” said Russian Deputy Prime Minister Alexander Novak.\n\n"
        "The UAE’s energy minister, Suhail al-Mazrouei, said the alliance was “in a good place.”\n\n"
        "“Prices are stable,” Zhu Jingyang, Beijing’s ambassador to Colombia, said on Saturday.\n\n"
        "Labour MP Ana Ruiz said, “This bill is a disgrace.”"
    )
    assert [q.speaker for q in rows(nlp, text)] == ["Alexander Novak", "Suhail al-Mazrouei", "Zhu Jingyang", "Ana Ruiz"]


def test_long_titles_with_of_for_and_commas_are_not_part_of_the_speaker(nlp):
    text = (
        "“We will not cut output,” said Minister of State for Water Resources Kofi Mensah.\n\n"
        "“Prices are too high,” said Japanese Economy, Trade and Industry Minister Ken Saito.\n\n"
        "“Asia will need more gas,” Petronas President and Group Chief Executive Officer Tengku Muhammad Taufik told delegates."
    )
    assert [q.speaker for q in rows(nlp, text)] == ["Kofi Mensah", "Ken Saito", "Tengku Muhammad Taufik"]
    # An actor mention that kept the end of the title in the name loses it too.
    phrase = "Chief Executive Officer Tengku Muhammad Taufik"
    taken = [mention(text, phrase, "Officer Tengku Muhammad Taufik", "person", "MYS")]
    assert (rows(nlp, text, taken)[-1].speaker_actor, rows(nlp, text, taken)[-1].speaker_country) == (
        "Tengku Muhammad Taufik", "MYS",
    )


def test_pronouns_never_stand_for_places(nlp):
    text = (
        "Angola’s oil minister, Diamantino Azevedo, spoke in Luanda. After the conference he flew to Soyo, "
        "where a new gas plant is due to start. Soyo is home to most of the onshore gas. "
        "“This plant will show what Angola can do,” he said.\n\n"
        "Brazilian Mines and Energy Minister Alexandre Silveira travelled to Macaé. "
        "“We will auction more blocks,” he said.\n\n"
        "The Nigerian National Petroleum Company said output rose. Its refinery in Warri was calm. "
        "“We are on track,” it said."
    )
    assert [q.speaker for q in rows(nlp, text)] == [
        "Diamantino Azevedo", "Alexandre Silveira", "Nigerian National Petroleum Company",
    ]


def test_speaker_country_from_the_title_phrase_when_the_actor_has_none(nlp):
    text = (
        "“We want partners for the long run,” Indonesian Energy and Mineral Resources Minister Bahlil Lahadalia said.\n\n"
        "“Leaving OPEC was right,” Angola’s oil minister, Diamantino Azevedo, said.\n\n"
        "Aliya Seitkali, a spokeswoman for the Kazakh state oil company, said exports rose. “We want more routes,” she said.\n\n"
        "“We are brothers,” said Ahmed Salem, the ambassador to Nigeria.\n\n"
        "“We see a glut,” said Fatih Birol, head of the Paris-based International Energy Agency.\n\n"
        "“Cargoes are cheap,” said Lim Wei, a trader in Singapore.\n\n"
        "“The market is tight,” India’s Minister of State for Petroleum and Natural Gas Suresh Gopi said."
    )
    mentions = [
        mention(text, "Bahlil Lahadalia", "Bahlil Lahadalia", "person", None),
        mention(text, "Angola", "Angola", "country", "AGO"),
        mention(text, "Nigeria", "Nigeria", "country", "NGA"),
        mention(text, "India", "India", "country", "IND"),
        mention(text, "Suresh Gopi", "Suresh Gopi", "person", "XXX"),  # the actor's own country wins
    ]
    assert [(q.speaker, q.speaker_country) for q in rows(nlp, text, mentions)] == [
        ("Bahlil Lahadalia", "IDN"),
        ("Diamantino Azevedo", "AGO"),
        ("Aliya Seitkali", "KAZ"),
        ("Ahmed Salem", None),  # the host of an ambassador is not his state
        ("Fatih Birol", None),  # nor a city that only says where
        ("Lim Wei", None),
        ("Suresh Gopi", "XXX"),
    ]


def test_pronouns_follow_gender_and_nearest_name(nlp):
    text = (
        "Chinese Foreign Ministry spokeswoman Mao Ning spoke on Wednesday.\n\n"
        "“China and Venezuela are partners,” she said.\n\n"
        "PDVSA President Héctor Obregón said contracts were signed. “Payment terms are normal,” he said.\n\n"
        "Asked about tariffs, she was defiant. “Let them try,” she said."
    )
    assert [q.speaker for q in rows(nlp, text)] == ["Mao Ning", "Héctor Obregón", "Mao Ning"]


def test_descriptions_resolve_to_the_titled_name(nlp):
    text = (
        "Russia’s ambassador to India, Denis Alipov, spoke at the conference.\n\n"
        "Anil Mehra, a joint secretary, said refiners had bought extra crude.\n\n"
        "“The sanctions are illegitimate,” the ambassador said."
    )
    assert [q.speaker for q in rows(nlp, text)] == ["Denis Alipov"]


def test_partial_quotes_and_their_cues(nlp):
    text = (
        "Secretary of State Marco Rubio urged Beijing to “stop bankrolling the regime” and warned that "
        "Washington would go after “every link in the chain,” from tankers to storage.\n\n"
        "Chinese Foreign Ministry spokesman Lin Jian described the trade as “normal cooperation.”\n\n"
        "Sanctions would hurt “only the poorest consumers,” according to the Kremlin."
    )
    assert brief(rows(nlp, text)) == [
        ("stop bankrolling the regime", "Marco Rubio", "partial", "urge"),
        ("every link in the chain,", "Marco Rubio", "partial", "warn"),
        ("normal cooperation.", "Lin Jian", "partial", "describe"),
        ("only the poorest consumers,", "Kremlin", "partial", "according to"),
    ]


def test_names_titles_and_scare_quotes_are_not_quotes(nlp):
    text = (
        "U.S. forces seized the tanker, the “Skipper,” as part of Operation “Southern Spear.”\n\n"
        "It belongs to the so-called “shadow fleet” that supplies China’s “teapot” refineries.\n\n"
        "A report titled “Dark Waters: Tracking the Tanker Trade” estimated the fleet's size.\n\n"
        "“This is the theft of Venezuelan property,” Foreign Minister Yván Gil said."
    )
    assert [q.text for q in rows(nlp, text)] == ["This is the theft of Venezuelan property,"]


def test_quote_over_paragraphs_keeps_its_speaker(nlp):
    text = (
        "Kremlin spokesman Dmitry Peskov, asked about the proposal, said:\n\n"
        "“We have seen these ideas many times.\n\n"
        "“The Russian economy adapts.”"
    )
    assert [(q.speaker, q.cue, q.kind) for q in rows(nlp, text)] == [
        ("Dmitry Peskov", "say", "direct"),
        ("Dmitry Peskov", "say", "direct"),
    ]


def test_colon_without_a_verb_of_speech_gives_a_speaker_and_no_cue(nlp):
    text = "Rubio spoke on Tuesday. Asked whether that could change, he was blunt: “Not while Maduro is in power.”"
    assert brief(rows(nlp, text)) == [("Not while Maduro is in power.", "Rubio", "direct", None)]


def test_unbalanced_marks_keep_the_other_quotes(nlp):
    text = (
        "Discounts widened to $5 a barrel” below Brent, traders said.\n\n"
        "“Our refinery runs at full capacity, the spokesman said.\n\n"
        "Petroleum Minister Hardeep Singh Puri told parliament that India had “diversified its sources.” "
        "“India will buy oil from wherever it gets the best price,” he said."
    )
    assert brief(rows(nlp, text)) == [
        ("diversified its sources.", "Hardeep Singh Puri", "partial", "tell"),
        ("India will buy oil from wherever it gets the best price,", "Hardeep Singh Puri", "direct", "say"),
    ]


def test_no_quote_marks_no_rows(nlp):
    assert rows(nlp, "Russia said it would keep supporting Venezuela.") == []


def test_registered_extractor_reads_actor_results_and_filters_kinds(nlp, seed_text):
    doc = nlp(seed_text)
    article = Article(article_id="seed", text=seed_text)
    mentions = [mention(seed_text, "Chinese officials", "China", "group", "CHN")]
    context = ExtractionContext(article=article, doc=doc, actor_table=load_table(), results={"actors": mentions})
    everything = list(make({})(context))
    quotes = [q for q in everything if q.kind != "indirect"]
    assert len(quotes) == 9 and all(q.article_id == "seed" for q in quotes)
    # the default kinds add the seed's two reported-speech clauses after the quoted rows
    reported = [(q.speaker, q.cue, q.quote_id) for q in everything if q.kind == "indirect"]
    assert reported == [("Russian government officials", "say", "seed:r001"), ("Reuters", "according to", "seed:r002")]
    assert list(make({"kinds": ["direct", "partial"]})(context)) == quotes
    chinese = [q for q in quotes if q.speaker == "Chinese officials"]
    assert [(q.speaker_actor, q.speaker_country) for q in chinese] == [("China", "CHN")]
    direct = list(make({"kinds": ["direct"]})(context))
    assert [q.kind for q in direct] == ["direct"] * 5


def test_output_is_deterministic(nlp, seed_text):
    doc = nlp(seed_text)
    assert extract_quotes(doc, "x", actor_table=load_table()) == extract_quotes(doc, "x", actor_table=load_table())


_WORDS = ["Lavrov", "said", "he", "she", "the", "ministry", "called", "it", "a", "war", "Moscow", "urged", "to",
          "“", "”", '"', "«", "»", "‘", "’", ",", ".", ":", "—", "\n\n", "Mr.", "according", "officials", "told"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60))
def test_any_text_gives_consistent_rows(nlp, words):
    text = normalize_text(" ".join(words))
    quotes = extract_quotes(nlp(text), "x", actor_table=load_table())
    assert [q.quote_id for q in quotes] == [f"x:q{n:03d}" for n in range(1, len(quotes) + 1)]
    for q in quotes:
        assert text[q.start : q.end] == q.text and q.kind in {"direct", "partial"}
        if q.speaker is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker


def test_markup_around_a_name_is_never_a_speaker(nlp):
    text = normalize_text('"We stand firm," said **Lavrov** of [Russia](javascript:alert(1)).')
    quotes = rows(nlp, text)
    assert [q.text for q in quotes] == ["We stand firm,"]
    assert quotes[0].speaker is None or "Lavrov" in quotes[0].speaker


@pytest.mark.parametrize("label", ["((NL))", "NL:"])
def test_an_interview_turn_label_is_nobody_a_pronoun_can_point_to(nlp, label):
    # A transcript names whose turn it is ("((WN))" in Wikinews interviews); "they" inside
    # the next answer is the people the interviewee talks about, never the interviewer.
    text = (
        f"{label} What did the buyers at the market ask of you?\n\n"
        "((Imran Qadir)) At first they wanted everything for nothing. They kept saying, "
        "\"Give us the whole crate for free,\" and I gave in."
    )
    found = rows(nlp, text)
    assert found, "the quote is found"
    assert all(q.speaker != label.strip("():") for q in found)


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a gendered role noun as a title: "she" skips the nearer man
        (
            "The actress Lena Varga opened the festival. Businessman Piet Oman spoke next about the budget.\n\n"
            "“It was a wonderful night,” she said.",
            "Lena Varga",
        ),
        # the same nouns in apposition
        (
            "Lena Varga, an actress, opened the festival. Piet Oman, a businessman, spoke next about the budget.\n\n"
            "“It was a wonderful night,” she said.",
            "Lena Varga",
        ),
        # a royal title
        ("Queen Hilde toured the harbour. Duke Anselm opened the new bridge.\n\n“The river is ours again,” she said.", "Queen Hilde"),
        # courtesy titles, the man named last
        ("Ms Carla Munt met Piet Oman on Monday. Mr Oman was pleased.\n\n“We agreed on a price,” she said.", "Ms Carla Munt"),
        # "he" past a woman whose role says so
        (
            "Rui Tavares, a councilman, chaired the hearing. Later the statistician Ana Roos, a businesswoman, gave evidence.\n\n"
            "“The numbers are wrong,” he said.",
            "Rui Tavares",
        ),
        # nothing says either gender: the nearest subject, as before
        ("Carla Munt met Piet Oman on Monday.\n\n“We agreed on a price,” she said.", "Carla Munt"),
        ("Rui Tavares chaired the hearing. Later Ana Roos gave evidence.\n\n“The numbers are wrong,” he said.", "Ana Roos"),
    ],
)
def test_he_or_she_skips_a_person_the_article_genders_otherwise(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'Another singer, Rosa Lind, would name Tom Baker and Kit Marlowe as her heroes. '
            'When she met them, "I could not speak," she told the crowd.',
            "Rosa Lind",
        ),
        (
            'Another dancer, Julia Berg, would list Sam Ortiz and Ben Crane as her partners. '
            'Asked about them, "I owe them everything," she said.',
            "Julia Berg",
        ),
    ],
)
def test_she_is_the_subject_named_in_apposition_not_the_people_she_names(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Soil was sampled in Gippsland, Victoria and the Riverina over the winter. The surveyors say the samples "
        'show little carbon. They call for "cover crops on every paddock."',
        "Checks of 300 clinics were made across Mahé, Victoria and Praslin in May. The inspectors say the work "
        'showed a shortage of staff. They call for "more nurses on every island."',
    ],
)
def test_they_never_points_to_a_place_listed_after_in(nlp, text):
    # "Victoria" is also a capital the actor table knows; a conjunct of "in X" only says where
    assert [q.speaker for q in rows(nlp, text)] == [None]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Broadcaster Nell Harte commented, "The man with the ladder is a Welsh roofer. Remember that next time."',
         "Nell Harte"),
        ('Commentator Ivo Brandt wrote, "The crowd stayed calm all night."', "Ivo Brandt"),
    ],
)
def test_an_occupation_opening_the_sentence_is_no_part_of_the_name(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Scientists urged patience. Remarked Center for River Studies biologist Tom Ash, "The salmon are back, '
         'but one good year proves little."', "Tom Ash"),
        ('Farmers were wary. Remarked Institute for Soil Health agronomist Ruth Kell, "One wet spring will not '
         'fix the fields."', "Ruth Kell"),
    ],
)
def test_an_inverted_cue_opening_the_sentence_is_spoken_by_the_name_ending_the_title(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "A survey of 900 pupils was carried out in New South Wales, Victoria, South Australia and Queensland "
        'last year. The authors say the results show a gap. They call for "a new subsidy for every school."',
        'The study\'s authors say fish counts fell by half last year. They call for "a ban on night trawling."',
    ],
)
def test_the_authors_of_a_study_are_whom_they_stands_for(nlp, text):
    assert [q.speaker for q in rows(nlp, text) if q.kind == "partial"] == ["authors"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Chief executive of the Northside Food Bank Tom Hale said, "Demand has risen sharply."', "Tom Hale"),
        ('Managing director of Hollow Creek Mining Peter Vance told reporters, "The seam is exhausted."',
         "Peter Vance"),
        ('The director of the museum said, "We will reopen in May."', "director"),
    ],
)
def test_a_lower_case_title_of_a_body_runs_into_the_name_that_speaks(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Painter Rosa Delgado will exhibit in Lisbon next month. The painter recalled her first show, when the "
         'critics were "polite but baffled."', "Rosa Delgado"),
        ("Veteran striker Ole Brandt scored twice on Saturday. Midfielder Tim Hale limped off. The striker said the "
         'win was "long overdue."', "Ole Brandt"),
    ],
)
def test_a_definite_role_of_sport_or_the_arts_takes_up_the_person_given_that_title(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text)] == [speaker]


def test_a_plural_role_speaks_as_a_group_not_as_the_person_named_last(nlp):
    text = ('Dr Ana Lind led the survey of the reef. Professors said the bleaching was "worse than any year on '
            'record."')
    assert [q.speaker for q in rows(nlp, text) if q.kind == "partial"] == ["Professors"]


@pytest.mark.parametrize(
    "text",
    [
        'The mayor visited the ward on Friday. Reports said both patients were showing "mild symptoms".',
        'The board met on Monday. Letters said its members had been "kept in the dark".',
        'The company unveiled its plan on Monday. The announcement also said the staff would get a "fair hearing".',
    ],
)
def test_a_text_opening_the_sentence_speaks_for_nobody_the_sentence_does_not_name(nlp, text):
    assert [(q.kind, q.speaker) for q in rows(nlp, text)] == [("partial", None)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"Stripes may confuse the insects," said study co-author and university fellow Ana Lind.', "Ana Lind"),
        ('"The samples were clean," said lab technician and part-time lecturer Joan Weir.', "Joan Weir"),
        ('"The samples were clean," said study co-author and National Science Trust Senior Fellow Joan Weir.',
         "Joan Weir"),
    ],
)
def test_two_titles_joined_by_and_belong_to_the_name_after_them(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The ministry released a statement after the blast. "No staff were hurt. We thank the fire crews," '
         "read the statement.", "ministry"),
        ('The union sent a letter to the board. "Any change to shifts needs our consent", the letter read.', "union"),
    ],
)
def test_a_text_read_out_after_its_words_is_spoken_by_whoever_issued_it_before(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text)] == [speaker]


def test_a_text_nobody_is_said_to_have_issued_speaks_for_nobody(nlp):
    text = ('One memo from June counted 40 nests on the cliffs. The same memo also noted over 90 "empty '
            'burrows" on the slope.')
    assert [q.speaker for q in rows(nlp, text)] == [None]
    # a study speaks as written (quotes31)
    text = ('One survey from June counted 40 nests on the cliffs. The same survey also noted over 90 "empty '
            'burrows" on the slope.')
    assert [q.speaker for q in rows(nlp, text)] == ["same survey"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Mara Voss took up cricket late. \"I had never held a bat, but the coach shouted, 'Swing it', and I "
         "thought, 'Well, here goes' \", she recalled in a 2010 interview.", "Mara Voss"),
        ("Omar Haddad sold his first boat in 1990. \"The buyer asked, 'Does it float?', and I answered, "
         "'Mostly' \", he told the paper.", "Omar Haddad"),
    ],
)
def test_a_comma_after_the_closing_mark_puts_the_attribution_in_the_same_sentence(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Singer Lia Moor will tour Spain in May. Tired of the part, she left the show after one season. \"It was "
         'not why I became a singer. I wanted to sing, not stand still."', "Lia Moor"),
        ('Lead actor Tom Hale talked about how the show was ignored "for years." During the first night, "I felt '
         'like a king at a feast. I had waited twenty years for that."', "Tom Hale"),
        ('Jon Pike was arrested on Friday. "He is a danger to the public."', None),
    ],
)
def test_a_quote_standing_alone_is_the_words_of_the_person_the_sentence_before_is_about(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text) if q.kind == "direct"] == [speaker]


def test_an_unattributed_quote_inherits_no_speaker_from_a_paragraph_further_off(nlp):
    text = ('Ana Ruiz spoke at the rally. "We will win," she said.\n\nThe vote is on Sunday.\n\n'
            'The rules were the usual "no phones", "no cameras", "no food", which everyone ignored.')
    # the list of quoted words is nobody's quote
    assert [(q.text, q.speaker) for q in rows(nlp, text)] == [("We will win,", "Ana Ruiz")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('((WN)) How did your family react?\n\n((Lena Ortiz)) At first they were worried. I told my father, "This '
         'is what I want to do with my life."', "Lena Ortiz"),
        ('((WN)) And what did you say?\n\n((Omar Haddad)) I said, "No, I am staying here."', "Omar Haddad"),
        ('((WN)) Did you ever tell them, "I quit"?', None),
    ],
)
def test_in_an_interview_transcript_i_is_the_person_the_turn_is_labelled_with(nlp, text, speaker):
    assert [q.speaker for q in rows(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'Crowds gathered at the bridge in London on Sunday.\n\n"I am in awe of the people who ran towards danger" '
        "tweeted Mayor of London Ana Ruiz (no relation).",
        'Crowds gathered at the bridge in Paris on Sunday.\n\n"We owe the crews a great deal" wrote Mayor of Paris '
        "Ana Ruiz.",
    ],
)
def test_a_mayor_of_a_place_is_the_name_after_it_with_or_without_a_comma_or_an_aside(nlp, text):
    assert [q.speaker for q in rows(nlp, text)] == ["Ana Ruiz"]


def test_a_quote_joined_by_and_to_the_one_before_shares_its_speaker(nlp):
    # the parse ends the sentence at the second mark, which leaves it no verb
    text = ('Mayor Lena Ortiz said she was "proud" of the crews and "...we will rebuild every road. '
            'And I will not rest until the last family is home." The storm hit on Friday.')
    got = brief(rows(nlp, text))
    assert [(t[:14], s) for t, s, _, _ in got] == [("proud", "Lena Ortiz"), ("...we will reb", "Lena Ortiz")]


def test_labels_joined_by_and_stay_labels(nlp):
    text = 'The tanker sailed with the so-called "grey fleet" and "ghost fleet" of the gulf.'
    assert rows(nlp, text) == []
