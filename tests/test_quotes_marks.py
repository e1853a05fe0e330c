"""Quote-mark scanning (no parsing): pairing, nesting, unbalanced marks, paragraphs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.extractors.quotes.attribution import classify
from analysis.text.marks import find_quote_spans


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_curly_quotes_keep_inner_punctuation():
    text = "“We will respond,” he said. “This is war.”"
    assert quoted(text) == ["We will respond,", "This is war."]


def test_straight_quotes_with_apostrophes_and_nested_single_quotes():
    text = "\"Iran's oil will flow,\" he said. \"As he said, 'you cannot negotiate.'\" Tehran's view."
    assert quoted(text) == ["Iran's oil will flow,", "As he said, 'you cannot negotiate.'"]


def test_guillemets_drop_padding_and_outer_punctuation_and_keep_nested_curly_quotes():
    text = "« Russia will help in the energy sphere », Lavrov said. « Washington calls it “the fight”. We do not. »"
    assert quoted(text) == ["Russia will help in the energy sphere", "Washington calls it “the fight”. We do not."]


def test_adjacent_quotes_close_then_open():
    text = "Supplies would continue “in one form or another.” “The sanctions are illegitimate,” he said."
    assert quoted(text) == ["in one form or another.", "The sanctions are illegitimate,"]


def test_stray_marks_yield_nothing_and_lose_no_other_quote():
    text = (
        "“We are buying,” Rao said.\n\n"
        "Discounts widened to about $5 a barrel” below Brent, traders said.\n\n"
        "The oil goes through a 42\" pipeline.\n\n"
        "“Our refinery runs at full capacity, the spokesman said.\n\n"
        "Puri spoke later. “India will buy oil,” he said."
    )
    assert quoted(text) == ["We are buying,", "India will buy oil,"]


def test_an_unclosed_paragraph_before_a_quoted_one_reads_as_a_continuation():
    # The convention for quotes over several paragraphs; the writer's missing mark
    # cannot be told apart from it.
    text = "“Our refinery runs normally, the spokesman said.\n\n“India will buy oil,” he said."
    assert quoted(text) == ["Our refinery runs normally, the spokesman said.", "India will buy oil,"]


def test_an_unclosed_mark_does_not_swallow_the_rest_of_its_paragraph():
    text = "“Never closed, she said. Then Gil said “we will stay” and left."
    assert quoted(text) == ["we will stay"]


def test_multi_paragraph_quote_gives_one_span_per_paragraph():
    text = "“They were wrong,” Putin said. “Our oil is sold.\n\n“I will say more.\n\n“We did not close the door.”"
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "They were wrong,",
        "Our oil is sold.",
        "I will say more.",
        "We did not close the door.",
    ]
    assert [s.continues for s in spans] == [False, True, True, False]
    assert [s.paragraph for s in spans] == [0, 0, 1, 2]


def test_continuation_needs_the_same_family_of_mark():
    text = "“An open quote.\n\n\"A straight one.\""
    assert quoted(text) == ["A straight one."]


def test_misdirected_curly_mark_is_read_from_context():
    assert quoted("”We ask the United States to respect the law,” he said.") == [
        "We ask the United States to respect the law,"
    ]


def test_single_quotes_are_marks_only_without_double_quotes():
    british = "‘We will not yield,’ the minister said, and Russia’s envoy called it ‘absurd’."
    assert quoted(british) == ["We will not yield,", "absurd"]
    assert quoted("Venezuela’s oil and the countries’ exports") == []


def test_classify_direct_and_partial():
    def kind(text):
        return classify(text, find_quote_spans(text)[0], 0)

    assert kind("“We will fight,” he said.") == "direct"
    assert kind("He said: “We will fight.”") == "direct"
    assert kind("Lavrov said, “We will fight.”") == "direct"
    assert kind("He called it a “flagrant use of force.”") == "partial"
    assert kind("Moscow urged Washington to “reconsider” its position.") == "partial"
    assert kind("The measures were “a political show,” Paknejad told television.") == "partial"
    assert kind("It went on. “Another sentence.” X said.") == "direct"
    assert kind("He was blunt: “not one more barrel.”") == "partial"


_paragraph = st.text(alphabet="ab .,“”\"«»'’", min_size=0, max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(_paragraph, min_size=1, max_size=5))
def test_spans_are_ordered_inside_their_paragraph_and_hold_words(paragraphs):
    text = "\n\n".join(p.strip() or "x" for p in paragraphs)
    spans = find_quote_spans(text)
    previous_end = -1
    for span in spans:
        assert span.open_mark < span.start <= span.end
        assert span.start > previous_end
        assert "\n\n" not in text[span.start : span.end]
        assert any(ch.isalnum() for ch in text[span.start : span.end])
        previous_end = span.end


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .“”\"«»", max_size=30), st.sampled_from(["“", "”", '"', "«", "»"]))
def test_a_stray_mark_never_changes_other_paragraphs(noise, mark):
    good = "“We will respond,” he said.\n\n“Russia will keep supporting Venezuela.”"
    text = f"{noise.strip() or 'x'} {mark}\n\n{good}"
    offset = text.index(good)
    spans = [(s.start - offset, s.end - offset) for s in find_quote_spans(text) if s.start >= offset]
    expected = [(s.start, s.end) for s in find_quote_spans(good)]
    assert spans == expected


def test_a_straight_mark_typed_against_a_comma_before_a_capital_opens_the_quote():
    text = 'She also said the kits were ready," For example, schools can vote on their own". Then she left.'
    assert quoted(text) == ["For example, schools can vote on their own"]


def test_a_quote_marked_only_at_its_first_and_last_paragraph_runs_over_the_middle_ones():
    # Some copy opens a long quote once and closes it once, with bare paragraphs between.
    text = ('The goalkeeper said, "We gave everything tonight.\n\n'
            'Nobody expected the rain to last.\n\n'
            'Next week will be better."\n\nThe league resumes in May.')
    assert quoted(text) == ["We gave everything tonight.", "Nobody expected the rain to last.",
                            "Next week will be better."]


def test_an_unclosed_mark_runs_on_only_to_a_mark_that_can_only_close_it():
    # a mark that opens again, or a lowercase start, is a typo, not a long quote
    assert quoted('A river (locally "Old Vey) floods.\n\nIt rose "fast" last year.') == ["fast"]
    assert quoted('Mira wrote: "The bridge is shut.\n\nIt will reopen "soon", she added.') == ["soon"]


def test_a_quote_inside_a_quote_in_the_same_straight_marks_stays_in_the_outer_one():
    text = 'Ines wrote, "The memo calls it "temporary" but nobody believes that." Then she left.'
    assert quoted(text) == ['The memo calls it "temporary" but nobody believes that.']


def test_a_mark_typed_against_the_comma_opens_a_quote_that_starts_with_an_editors_bracket():
    text = 'Okafor said," [The gallery] kept every print she made". It closed in May.'
    assert quoted(text) == ["[The gallery] kept every print she made"]
