"""Speakers in interview transcripts ("((WN))" or "WN:" questions, "((Name))", "Name:" or
initials before answers) and speech told as it sounded ("she's like, “…”"). Texts written for these tests."""

from __future__ import annotations

import pytest

from analysis.text.context import (
    addressee, first_transcript_label, transcript_label, transcript_turns, turn_at, turn_label_span, turn_speaker,
)
from tests.conftest import speakers


TRANSCRIPT = (
    "((WN)) When did you open the bakery?\n\n"
    "((Lena Ortiz)) In spring. The first weeks were slow.\n\n"
    "Then one morning I told my brother, \"We should bake at night.\"\n\n"
    "((WN)) On your menu you wrote \"bread for the whole street\". What did you mean?\n\n"
    "((Lena Ortiz)) That nobody pays more than they can."
)


def test_a_turn_runs_on_over_its_unlabelled_paragraphs_to_the_next_label():
    later = TRANSCRIPT.index("Then one morning")
    question = TRANSCRIPT.index("On your menu")
    assert TRANSCRIPT[slice(*turn_speaker(TRANSCRIPT, later))] == "Lena Ortiz"
    assert turn_speaker(TRANSCRIPT, question) is None  # the interviewer's turn is nobody's
    assert turn_speaker("No transcript here. I said so.", 20) is None


def test_you_in_the_interviewers_turn_is_the_one_who_answers_next():
    question = TRANSCRIPT.index("On your menu")
    answer = TRANSCRIPT.index("That nobody")
    assert TRANSCRIPT[slice(*addressee(TRANSCRIPT, question))] == "Lena Ortiz"
    assert addressee(TRANSCRIPT, answer) is None  # "you" in an answer is the interviewer
    assert addressee("((WN)) Did you ever say \"never\"?", 12) is None  # nobody answers


def test_i_in_a_later_paragraph_of_an_answer_and_you_in_a_question_name_the_interviewee(nlp):
    assert speakers(nlp, TRANSCRIPT) == [
        ("We should bake at night.", "Lena Ortiz"),
        ("bread for the whole street", "Lena Ortiz"),
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('((WN)) Was it hard?\n\n((Omar Haddad)) At school some kids went like "Why do you talk funny?" every day.',
         "kids"),
        ('((WN)) Was it hard?\n\n((Omar Haddad)) The teachers are like, "Try harder," and I am like, "I am trying."',
         "teachers"),
    ],
)
def test_be_like_and_go_like_give_the_words_to_the_subject_of_that_verb(nlp, text, speaker):
    assert speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('The new arena is like "a cathedral of glass and steel," the architect Tom Hale said.', "Tom Hale"),
        ('Neighbours said the drilling was like "a freight train at three in the morning."', "Neighbours"),
    ],
)
def test_a_thing_that_is_like_a_quote_is_compared_not_quoted(nlp, text, speaker):
    assert speakers(nlp, text)[0][1] == speaker


def test_the_narrator_says_i_so_their_she_is_someone_the_turn_names_or_nobody(nlp):
    text = (
        "Wikinews spoke to the chemist Ana Ruiz about her prize.\n\n"
        "((WN)) How did your family take it?\n\n"
        "((Ana Ruiz)) I phoned my aunt first, and she said, \"Finally somebody noticed.\" "
        "And then I was like, \"I still cannot believe it.\""
    )
    assert speakers(nlp, text) == [("Finally somebody noticed.", None), ("I still cannot believe it.", "Ana Ruiz")]


def test_a_she_named_in_the_answer_is_that_person(nlp):
    text = (
        "((WN)) Who trained you?\n\n"
        "((Ana Ruiz)) My coach was Mara Diaz. Before every match she said, \"Breathe, then serve.\""
    )
    assert speakers(nlp, text) == [("Breathe, then serve.", "Mara Diaz")]


COLON_TRANSCRIPT = (
    "Wikinews spoke with the beekeeper Iris Vandam about the winter.\n\n"
    "WN: \"How many hives did you lose?\"\n\n"
    "Iris Vandam: \"Nine of forty. The cold came late.\"\n\n"
    "WN: Will you rebuild?\n\n"
    "IV: \"Yes. My neighbour told me, 'Split the strong ones.'\""
)


def test_colon_labels_and_initials_open_turns_of_the_person_the_text_names():
    answer = COLON_TRANSCRIPT.index("Nine of forty")
    initials = COLON_TRANSCRIPT.index("Yes. My")
    question = COLON_TRANSCRIPT.index("Will you")
    assert COLON_TRANSCRIPT[slice(*turn_speaker(COLON_TRANSCRIPT, answer))] == "Iris Vandam"
    assert COLON_TRANSCRIPT[slice(*turn_speaker(COLON_TRANSCRIPT, initials))] == "Iris Vandam"
    assert turn_speaker(COLON_TRANSCRIPT, question) is None
    assert turn_at(COLON_TRANSCRIPT, question).interviewer


def test_a_heading_with_a_colon_is_no_turn_outside_a_transcript():
    text = "The dam opened in May.\n\nUpdate: The road is closed.\n\nSource: the county office."
    assert transcript_turns(text) == ()


def test_quoted_answers_are_the_labelled_persons_and_quoted_questions_the_outlets(nlp):
    assert speakers(nlp, COLON_TRANSCRIPT) == [
        ("How many hives did you lose?", "Wikinews"),
        ("Nine of forty. The cold came late.", "Iris Vandam"),
        ("Yes. My neighbour told me, 'Split the strong ones.'", "Iris Vandam"),
    ]


def test_an_unnamed_answer_is_the_interviewee_the_lead_names(nlp):
    text = (
        "The glassblower Tomas Reyes answered questions from Wikinews.\n\n"
        "Q: \"Where did you learn?\"\n\n"
        "A: \"In my uncle's workshop.\""
    )
    assert speakers(nlp, text) == [("Where did you learn?", "Wikinews"), ("In my uncle's workshop.", "Tomas Reyes")]


def test_you_in_a_question_nobody_answers_in_the_text_is_the_interviewee(nlp):
    text = (
        "The candidate Ruth Okafor answered our questions by e-mail.\n\n"
        "((WN)) On your leaflet you promise \"a bus every ten minutes\". How?\n\n"
        "((WN)) Who funds the campaign?"
    )
    assert speakers(nlp, text) == [("a bus every ten minutes", "Ruth Okafor")]


def test_a_one_word_label_is_the_person_it_names(nlp):
    text = (
        "((WN)) Did anyone help you?\n\n"
        "((Mirela)) My sister. I told her, \"Bring the ladder.\""
    )
    assert speakers(nlp, text) == [("Bring the ladder.", "Mirela")]


def test_initials_that_only_ask_are_the_reporters_not_a_namesake_in_the_text():
    text = (
        "Reporter Kim Lund asked the geologist Rosa Sato about the quake; Ray Stone chaired.\n\n"
        "((RS)) How deep was it?\n\n"
        "((Rosa Sato)) About ten kilometres.\n\n"
        "((RS)) Will there be more?\n\n"
        "((Rosa Sato)) Smaller ones, yes."
    )
    question = text.index("How deep")
    assert turn_speaker(text, question) is None and turn_at(text, question).interviewer
    assert text[slice(*turn_speaker(text, text.index("Smaller")))] == "Rosa Sato"


def test_initials_stand_for_the_name_without_the_sentences_full_stop():
    text = "Answers came from Ann B. Cole.\n\nWN: Why now?\n\nABC: Because the river rose."
    answer = text.index("Because")
    assert text[slice(*turn_speaker(text, answer))] == "Ann B. Cole"


def test_people_who_are_like_something_in_a_told_story_say_it_not_the_narrator(nlp):
    text = (
        "((WN)) Was it hard?\n\n"
        "((Omar Haddad)) Every time I ask, people are like, \"But it is tradition.\" And I am like, \"Traditions change.\""
    )
    assert speakers(nlp, text) == [("But it is tradition.", "people"), ("Traditions change.", "Omar Haddad")]


def test_an_answers_paragraph_opening_with_unattributed_words_is_the_interviewees(nlp):
    text = (
        "((WN)) How did you introduce yourself on the forum?\n\n"
        "((Omar Haddad)) With a joke, mostly.\n\n"
        "\"Hello, I fix radios nobody else will touch.\" People liked that."
    )
    assert speakers(nlp, text) == [("Hello, I fix radios nobody else will touch.", "Omar Haddad")]


REACTIONS = (
    "Capitals answered the tribunal's ruling on the canal within hours. Russia and China had "
    "backed the claim, France had not.\n\n"
    "Russia: \"We regret the decision,\" the foreign ministry said.\n\n"
    "China: The government called the verdict \"one-sided\".\n\n"
    "France: \"A step forward.\""
)


def test_states_heading_a_list_of_reactions_take_no_turns():
    assert transcript_turns(REACTIONS) == ()


def test_a_states_reaction_is_not_the_state_speaking_as_a_person(nlp):
    found = dict(speakers(nlp, REACTIONS))
    assert found.get("We regret the decision,") != "Russia"
    assert found.get("A step forward.") != "France"


def test_one_question_paragraph_is_no_interview():
    text = "The council met on Friday.\n\nQuestion: who pays for the bridge? The minutes do not say.\n\nThe vote is in May."
    assert transcript_turns(text) == ()


def test_a_heading_inside_a_transcript_is_no_ones_turn():
    text = (
        "((WN)) When did the mill close?\n\n"
        "((Lena Ortiz)) In the winter of the flood.\n\n"
        "Update: The owners later said \"no comment\" to the question.\n\n"
        "((WN)) Thank you."
    )
    assert [turn.label for turn in transcript_turns(text)] == ["WN", "Lena Ortiz", "WN"]


def test_you_in_an_unnamed_answer_is_not_the_next_person_who_answers():
    text = (
        "((WN)) Why bread?\n\n"
        "A: You asked me that in May.\n\n"
        "((Lena Ortiz)) I agree with him."
    )
    assert addressee(text, text.index("You asked")) is None


def test_the_reporter_named_in_the_lead_is_not_the_unnamed_interviewee(nlp):
    text = (
        "Wikinews reporter Sam Cole interviewed the baker Lena Ortiz on Tuesday.\n\n"
        "Q: \"Why bread?\"\n\n"
        "A: \"Because my father baked.\""
    )
    assert speakers(nlp, text)[-1] == ("Because my father baked.", "Lena Ortiz")


@pytest.mark.parametrize(
    "lead, initials, name",
    [
        ("After Reuters broke the story, Ana Ruiz agreed to talk.", "AR", "Ana Ruiz"),
        ("Deputy Prime Minister Ana Maria Ruiz agreed to talk.", "AMR", "Ana Maria Ruiz"),
    ],
)
def test_initials_stand_for_a_name_not_a_sentences_opening_words(lead, initials, name):
    text = f"{lead}\n\nWN: Why now?\n\n{initials}: Because the river rose."
    assert text[slice(*turn_speaker(text, text.index("Because")))] == name


def test_the_label_tests_of_actors_and_quotes_agree_with_the_transcripts_turns(nlp):
    heading = nlp.make_doc("The dam opened.\n\nUpdate: The road is closed.")
    update = next(t.i for t in heading if t.text == "Update")
    assert not transcript_label(heading, update) and first_transcript_label(heading) is None
    doc = nlp.make_doc(COLON_TRANSCRIPT)
    name = next(t.i for t in doc if t.text == "Iris" and doc[t.i + 2].text == ":")
    assert turn_label_span(doc, name, name + 2) and transcript_label(doc, name + 1)
    assert first_transcript_label(doc) == next(t.i for t in doc if t.text == "WN")


def test_a_question_is_the_outlets_only_where_the_text_names_the_outlet(nlp):
    text = (
        "The Wikinewsies club met the glassblower Tomas Reyes.\n\n"
        "Q: \"Where did you learn?\"\n\n"
        "A: \"In my uncle's workshop.\""
    )
    assert speakers(nlp, text)[0] == ("Where did you learn?", None)


def test_who_speaks_with_the_outlet_is_the_interviewee_not_a_later_name(nlp):
    text = (
        "Mara Lind, a ferry captain and activist, spoke with Wikinews about the strike. Lind "
        "has campaigned against diesel and for clean harbours.\n\n"
        "((WN)) On your website you promise \"a quiet port by 2030\". How?"
    )
    assert speakers(nlp, text) == [("a quiet port by 2030", "Mara Lind")]


def test_a_text_owned_by_your_in_a_question_is_the_answering_persons(nlp):
    # "manifesto" is a text, which speaks for its owner; "your" owner is whom the question asks
    text = ('((WN)) Your manifesto also promises a "clean harbour plan" — could you say more?\n\n'
            "((Tomas Ferreira)) It means we clean the harbour.")
    assert [speaker for _, speaker in speakers(nlp, text)] == ["Tomas Ferreira"]
