"""Actor rules learned from real reporting (issue 13), on invented sentences."""

from __future__ import annotations

import pytest

from analysis.extractors.actors.extractor import resolver
from analysis.text.actor_table import load_table


@pytest.fixture(scope="module")
def extract_records(nlp):
    res = resolver(load_table())

    def run(text: str):
        out = res.mentions(nlp(text), "t")
        for m in out:
            assert text[m.start : m.end] == m.text
        return out

    return run


@pytest.fixture(scope="module")
def extract(extract_records):
    return lambda text: [(m.text, m.actor, m.country) for m in extract_records(text)]


def test_an_office_of_a_state_before_the_name_is_one_mention(extract_records):
    text = (
        "On Monday, Chief Executive of Hong Kong Grace Chow opened the session. "
        "Legislators heckled Chow for an hour. In Lima, President of Peru Jorge Villanueva "
        "signed the decree."
    )
    found = {m.text: m for m in extract_records(text)}
    chow = found["Chief Executive of Hong Kong Grace Chow"]
    assert (chow.actor, chow.country, chow.state) == ("Grace Chow", "HKG", "HKG")
    assert (found["Chow"].actor, found["Chow"].country) == ("Grace Chow", "HKG")
    peru = found["President of Peru Jorge Villanueva"]
    assert (peru.actor, peru.country, peru.state) == ("Jorge Villanueva", "PER", "PER")
    assert "Hong Kong" not in found and "Peru" not in found


def test_a_legislator_title_does_not_stay_in_the_name(extract):
    text = "Protests filled the Hong Kong chamber. Legislator Anson Ho walked out, and Ho later spoke to reporters."
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Legislator Anson Ho"] == ("Anson Ho", "HKG")
    assert found["Ho"] == ("Anson Ho", "HKG")


def test_an_untitled_name_after_a_role_noun_or_reused_alone_is_a_person(extract):
    text = (
        "Friends of columnist Tariq Almasi gathered outside the court on Friday. "
        "Almasi disappeared in March."
    )
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Tariq Almasi"] == ("Tariq Almasi", None)
    assert found["Almasi"] == ("Tariq Almasi", None)


def test_an_acronym_defined_after_a_state_body_is_that_body(extract):
    text = (
        "Officials of the Tunisian Ministry of Interior (MOI) said the ban stands. "
        "The MOI added that checks would follow."
    )
    found = [(m, actor, country) for m, actor, country in extract(text) if m == "MOI"]
    assert found == [("MOI", "Tunisian Interior Ministry", "TUN")] * 2


def test_an_acronym_the_text_defines_beats_the_tables_body_of_the_same_letters(extract):
    # The table keys KPC to Kuwait Petroleum Corp; this text spells out another body.
    text = (
        "NAIROBI, May 3 - Kenya Pipeline Company (KPC) pumped more diesel inland in April, "
        "the state-run firm said. Later in the month KPC said its depots were full."
    )
    found = [(m, actor) for m, actor, _ in extract(text) if m in ("KPC", "Kenya Pipeline Company")]
    assert found == [("Kenya Pipeline Company", "Kenya Pipeline Company")] + [("KPC", "Kenya Pipeline Company")] * 2
    # A variant spelling of the table's own name is still the table's body.
    variant = [actor for m, actor, _ in extract("Kuwait Petroleum Co (KPC) cut prices. KPC said so.") if m == "KPC"]
    assert variant == ["Kuwait Petroleum Corp"] * 2


def test_a_us_state_after_a_us_politicians_name_is_not_a_country(extract):
    text = (
        "Not everyone agreed. Republican committee member Carl Whitby of Georgia said "
        "the vote was a sham. Georgia said on Monday that talks with Russia would resume."
    )
    found = extract(text)
    assert ("Carl Whitby", "Carl Whitby", "USA") in found
    assert [m for m in found if m[0] == "Georgia"] == [("Georgia", "Georgia", "GEO")]  # the country, later


def test_an_office_in_a_state_body_after_a_name_is_its_own_mention(extract_records):
    text = (
        "On Friday, Ruth Calloway, the Speaker of the House of Representatives, said the "
        "United States would not back down. Calloway later met reporters."
    )
    found = {m.text: m for m in extract_records(text)}
    assert (found["Ruth Calloway"].country, found["Ruth Calloway"].state) == ("USA", "USA")
    office = found["Speaker of the House of Representatives"]
    assert (office.actor, office.country) == ("Ruth Calloway", "USA")
    assert found["Calloway"].country == "USA"
    assert "House of Representatives" not in found


def test_capitalised_legislatures_take_the_state_of_the_text(extract):
    text = "Brazil's president signed the bill on Monday. The Senate approved it after the National Assembly of Kenya had met."
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Senate"][1] == "BRA"
    assert found["National Assembly of Kenya"][1] == "KEN"


def test_a_state_named_after_its_body_is_absorbed(extract):
    text = "Lawyers appealed to the Supreme Court of the United Kingdom, and the Parliament of Canada debated the case."
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Supreme Court of the United Kingdom"][1] == "GBR"
    assert found["Parliament of Canada"][1] == "CAN"
    assert "United Kingdom" not in found and "Canada" not in found


def test_a_court_located_in_a_region_of_a_state_counts_toward_it(extract):
    text = "On Tuesday, the Court of Session in Scotland ruled against the plan."
    assert ("Court of Session", "Court of Session", "GBR") in extract(text)


def test_an_interviewers_label_is_not_an_actor(extract):
    text = (
        "Wikinews spoke to a candidate in the United States.\n\n"
        "((WN)) What made you run for office?\n\n"
        "((Jane Doe)) I wanted change.\n\n"
        "WN: Did the party support you?"
    )
    assert not [m for m in extract(text) if m[0] == "WN"]


def test_a_whip_title_does_not_stay_in_the_name(extract):
    text = "In Washington, Senate Minority Whip Paul Ferrell said no. Ferrell left."
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Senate Minority Whip Paul Ferrell"] == ("Paul Ferrell", "USA")


def test_officials_of_international_bodies_count_toward_the_body(extract_records):
    text = (
        "Ministers gathered in Accra. AU trade and industry commissioner Halima Osei said "
        "two more states would join. Osei spoke for an hour.\n\n"
        "Pierre Lavigne, a UN rapporteur on housing, visited the camps. Lavigne urged action."
    )
    found = [(m.text, m.actor, m.actor_type, m.country, m.state) for m in extract_records(text)]
    assert ("AU trade and industry commissioner Halima Osei", "African Union", "organisation", None, None) in found
    assert ("Osei", "African Union", "organisation", None, None) in found
    assert ("Pierre Lavigne", "United Nations", "organisation", None, None) in found
    assert ("UN", "United Nations", "organisation", None, None) in found  # its own mention too
    assert ("Lavigne", "United Nations", "organisation", None, None) in found


def test_brussels_standing_for_an_actor_is_the_eu(extract):
    text = "Brussels warned Washington that tariffs would follow. Officials met in Brussels on Monday."
    found = extract(text)
    assert ("Brussels", "European Union", None) in found
    assert [m for m in found if m[0] == "Brussels"] == [("Brussels", "European Union", None)]  # "in Brussels" is a place


def test_a_common_noun_acronym_is_no_organisation(extract):
    assert not [m for m in extract("The albums were sold without DRM protection, the label said.") if m[0] == "DRM"]


def test_a_capitalised_court_alone_is_the_court_of_the_texts_state(extract):
    text = "The British judges heard the appeal on Tuesday. The Court ruled that the suspension was unlawful."
    assert ("Court", "British Court", "GBR") in extract(text)
    assert not [m for m in extract("The court ruled on Tuesday in the British case.") if m[0] == "court"]


def test_a_person_leading_a_states_delegation_acts_for_it(extract_records):
    text = "Armenia's delegation, led by Ara Sargsyan, arrived on Monday. Sargsyan said talks went well."
    found = {m.text: m for m in extract_records(text)}
    assert (found["Ara Sargsyan"].country, found["Ara Sargsyan"].state) == ("ARM", "ARM")
    assert found["Sargsyan"].country == "ARM"


def test_a_shared_surname_later_is_the_first_person_unless_the_other_was_just_named(extract):
    text = (
        "Robert Okonjo, the former president, died on Friday. Okonjo ruled for decades. "
        "His wife Grace Okonjo was unpopular, and Okonjo's critics said she wanted power.\n\n"
        "After Okonjo fired his deputy, the army moved."
    )
    lone = [actor for m, actor, _ in extract(text) if m == "Okonjo"]
    assert lone == ["Robert Okonjo", "Grace Okonjo", "Robert Okonjo"]


def test_a_titled_person_serves_the_state_whose_officials_the_sentence_names(extract):
    text = (
        "On Monday, Prime Minister Anna Brook joined the calls by United Kingdom officials "
        "asking the United States to act. She left the UK and went to the US. The US said no. "
        "The United States agreed."
    )
    assert ("Prime Minister Anna Brook", "Anna Brook", "GBR") in extract(text)


def test_the_korean_peoples_army_is_north_koreas(extract):
    found = extract("The KPA fired shells near the border, North Korea said.")
    assert ("KPA", "Korean People's Army", "PRK") in found


def test_a_titled_surname_later_keeps_the_state_of_the_first_mention(extract):
    text = (
        "On Monday, Prime Minister Anna Brook joined the calls by United Kingdom officials "
        "asking the United States to act.\n\n"
        "Prime Minister Brook was asked about the American case in Watford. The US embassy said nothing."
    )
    found = extract(text)
    assert ("Prime Minister Brook", "Anna Brook", "GBR") in found


def test_officials_of_a_lower_case_body_with_no_state_are_no_mention(extract):
    found = extract("Senior military officials met on Monday to review the plan.")
    assert not [m for m in found if "military" in m[0]]


def test_a_lower_case_office_between_state_and_name_is_one_official(extract_records):
    text = (
        "On Tuesday, Greek prime minister Kyros Demetriou spoke. Egyptian foreign minister "
        "Samir Hanna and Niger's president Ali Moussa met. Demetriou left."
    )
    found = {m.text: (m.actor, m.country, m.state) for m in extract_records(text)}
    assert found["Greek prime minister Kyros Demetriou"] == ("Kyros Demetriou", "GRC", "GRC")
    assert found["Egyptian foreign minister Samir Hanna"] == ("Samir Hanna", "EGY", "EGY")
    assert found["Niger's president Ali Moussa"] == ("Ali Moussa", "NER", "NER")
    assert found["Demetriou"] == ("Kyros Demetriou", "GRC", "GRC")
    assert "Greek" not in found and "Niger" not in found


def test_the_home_office_is_a_state_body_of_the_texts_state(extract):
    found = extract("Britain tightened the rules. The Home Office said checks would follow.")
    assert ("Home Office", "British Home Office", "GBR") in found


def test_a_state_after_a_titled_name_is_absorbed(extract):
    text = "On Monday, President Hassan Karimi of Iran spoke, and Crown Prince Faisal bin Nayef of Saudi Arabia listened."
    found = extract(text)
    assert ("President Hassan Karimi of Iran", "Hassan Karimi", "IRN") in found
    assert ("Crown Prince Faisal bin Nayef of Saudi Arabia", "Faisal bin Nayef", "SAU") in found
    assert not [m for m in found if m[0] in ("Iran", "Saudi Arabia")]


def test_an_office_of_state_in_apposition_takes_the_texts_state(extract_records):
    text = 'Manila was shaken. "We will act," said Ramon Dizon, the Defence Secretary; he left. Dizon spoke again.'
    found = {m.text: (m.country, m.state) for m in extract_records(text)}
    assert found["Ramon Dizon"] == ("PHL", "PHL")
    assert found["Dizon"] == ("PHL", "PHL")


def test_shadow_home_and_first_minister_titles_do_not_stay_in_the_name(extract):
    text = "Britain debated the plan. Shadow Home Secretary Yvonne Carter objected, and First Minister of Scotland Moira Baird agreed."
    found = extract(text)
    assert ("Shadow Home Secretary Yvonne Carter", "Yvonne Carter", "GBR") in found
    assert ("First Minister of Scotland Moira Baird", "Moira Baird", "GBR") in found


def test_congress_is_the_legislature_of_the_state_the_text_is_about(extract):
    found = extract(
        "Chile's government asked lawmakers for more time. Congress rejected the request on Tuesday."
    )
    assert ("Congress", "Chilean Congress", "CHL") in found
    found = extract("The State Department urged Managua to free the prisoners, and Congress weighed sanctions on Nicaraguan officials.")
    assert ("Congress", "U.S. Congress", "USA") in found


def test_a_party_label_is_a_mention_of_its_party_where_it_names_the_party(extract):
    found = extract(
        "U.S. voters in Ohio went to the polls. Republican Dana Whitfield beat Democrat Luis Ortega, and the "
        "Democrats conceded before the Republican nomination was settled."
    )
    assert ("Republican", "Republican Party", "USA") in found
    assert ("Democrat", "Democratic Party", "USA") in found
    assert ("Democrats", "Democratic Party", "USA") in found
    assert ("Republican", "Republican Party", "USA") in found
    people = {m: (a, c) for m, a, c in found if a in ("Dana Whitfield", "Luis Ortega")}
    # the label is no part of the name, and the politicians serve the text's state
    assert people == {"Dana Whitfield": ("Dana Whitfield", "USA"), "Luis Ortega": ("Luis Ortega", "USA")}


def test_a_party_label_inside_another_name_or_before_a_common_noun_is_no_party(extract):
    found = extract(
        "Troops of the Republican Guard entered Goma in the Democratic Republic of the Congo. "
        "The Labour Minister of Kenya, Ruth Njoki, said conservative estimates were too low."
    )
    assert not [a for _, a, _ in found if a in ("Republican Party", "Democratic Party", "Labour Party", "Conservative Party")]


def test_a_party_in_a_politicians_descriptor_counts_apart(extract):
    found = extract(
        "Scotland's vote was close. Conservative MP Fiona Marsh and Labour Party leader Tom Reid "
        "spoke in London, and Labour later won the seat."
    )
    assert ("Conservative", "Conservative Party", "GBR") in found
    assert ("Labour Party", "Labour Party", "GBR") in found
    assert ("Labour", "Labour Party", "GBR") in found
    names = {a: c for _, a, c in found if a in ("Fiona Marsh", "Tom Reid")}
    assert names == {"Fiona Marsh": "GBR", "Tom Reid": "GBR"}


def test_a_court_of_the_european_union_is_the_union_acting(extract):
    found = extract("Judges at the Court of Justice of the European Union sided with Spain; the CJEU said the rule stands.")
    assert ("Court of Justice of the European Union", "European Union", None) in found
    assert ("CJEU", "European Union", None) in found


def test_the_kurds_are_a_group_actor_but_kurdish_oil_is_a_commodity(extract):
    found = extract("Kurdish commanders met Damascus officials, and the Kurds agreed to hand over the border. Traders bought Kurdish crude.")
    kurds = [m for m, a, _ in found if a == "Kurds"]
    assert kurds == ["Kurdish", "Kurds"]


def test_an_organisation_named_like_a_state_body_serves_the_texts_state(extract_records):
    text = (
        "Kenya's government tightened the rules. The National Fisheries Authority (NFA) "
        "closed two ports, and the NFA fined a trawler. The Lake Rowing Club protested."
    )
    found = {(m.text, m.actor): (m.country, m.state) for m in extract_records(text)}
    assert found[("National Fisheries Authority", "National Fisheries Authority")] == ("KEN", "KEN")
    assert found[("NFA", "National Fisheries Authority")] == ("KEN", "KEN")
    assert all(state is None for (t, _), (_, state) in found.items() if "Club" in t)


def test_a_lower_case_office_with_no_state_word_is_an_official_of_the_texts_state(extract):
    found = extract(
        "Canada's election campaign opened. Former prime minister Jean Tremblay endorsed the plan, "
        "and bank president Paul Girard opposed it."
    )
    assert ("Former prime minister Jean Tremblay", "Jean Tremblay", "CAN") in found
    assert ("Paul Girard", "Paul Girard", None) in found  # another body's president


def test_names_ner_gets_wrong_on_real_corpora_are_no_people(extract_records):
    found = extract_records(
        "Dutch software company Blue Owl cut prices, and Blue Owl said later that customers agreed. "
        "My advice: Make Lisbon the greenest city, the campaign urged."
    )
    assert not [m for m in found if m.actor_type == "person"]
    # the company NER later calls a person stays the company
    assert [m.actor_type for m in found if m.text == "Blue Owl"] == ["organisation", "organisation"]


def test_a_name_in_another_script_is_no_person_for_the_english_model(extract_records):
    # the English model tags Devanagari verb endings as names, even after an honorific
    found = extract_records("Dr. रहे हैं said the clinic would open. Later, Dr. Rina Das spoke.")
    assert [m.actor for m in found if m.actor_type == "person"] == ["Rina Das"]


def test_an_australian_state_is_no_actor_but_tells_its_officials_state(extract):
    found = extract("NSW Premier Jane Holt said the law in NSW would change, and Queensland followed.")
    assert found == [("NSW Premier Jane Holt", "Jane Holt", "AUS")]


def test_news_outlets_the_corpus_cites_are_organisations_with_no_state(extract_records):
    found = extract_records("Sky News and the Guardian both carried the leak; Fox News did not.")
    got = {(m.text, m.actor, m.country, m.state) for m in found}
    assert got == {
        ("Sky News", "Sky News", "GBR", None), ("Guardian", "The Guardian", "GBR", None),
        ("Fox News", "Fox News", "USA", None),
    }


def test_politicians_the_corpus_names_often_serve_their_state_untitled(extract):
    found = extract("Mitch McConnell blocked the vote, and Pelosi called it a disgrace.")
    assert found == [("Mitch McConnell", "Mitch McConnell", "USA"), ("Pelosi", "Nancy Pelosi", "USA")]


def test_regional_trade_bodies_are_international_organisations(extract):
    found = extract("Ministers at the APEC meeting said the AfCFTA would cut tariffs, and Afreximbank lent more.")
    assert found == [
        ("APEC", "Asia-Pacific Economic Cooperation", None),
        ("AfCFTA", "African Continental Free Trade Area", None),
        ("Afreximbank", "African Export–Import Bank", None),
    ]


def test_capitals_joined_by_hyphens_are_one_organisation(extract):
    found = extract(
        "Regulators fined XYZ-TV again on Friday. Lawyers for XYZ-TV said they would appeal, "
        "and XYZ-TV chairman Paolo Ressi called the fine unfair."
    )
    assert [m for m in found if m[0] == "XYZ-TV"] == [("XYZ-TV", "XYZ-TV", None)] * 2
    # the chairman is the company's officer: one mention of it (hc/hd gold)
    assert ("XYZ-TV chairman Paolo Ressi", "XYZ-TV", None) in found
    assert ("XYZ", "XYZ", None) not in found
    assert not any(m[0].startswith("TV") for m in found)


def test_a_table_name_inside_a_longer_unknown_name_is_not_that_organisation(extract):
    found = extract(
        "Japan's governing Liberal Democratic Party or LDP lost two seats, and the LDP chose a new "
        "leader. The Social Democratic Party of Norland stayed out of the talks."
    )
    assert ("Liberal Democratic Party", "Liberal Democratic Party", "JPN") in found
    assert [m for m in found if m[0] == "LDP"] == [("LDP", "Liberal Democratic Party", "JPN")] * 2
    assert not any(m[1] == "Democratic Party" for m in found)


def test_the_uns_councils_and_assembly_are_the_un(extract):
    found = extract(
        "The envoy told the UN General Assembly that the Security Council had failed, and the "
        "International Court of Justice will rule in May."
    )
    assert ("UN General Assembly", "United Nations", None) in found
    assert ("Security Council", "United Nations", None) in found
    # the UN's court too (w1 and he gold); specialised agencies keep their names
    assert ("International Court of Justice", "United Nations", None) in found


def test_armed_groups_are_one_actor_under_any_of_their_names(extract):
    found = extract(
        "Fighters of the Islamic State of Iraq and the Levant attacked a convoy; ISIL later "
        "claimed it. Kurdistan Workers' Party rebels and the PKK's allies fled."
    )
    assert {m[1] for m in found if m[0] in ("Islamic State of Iraq and the Levant", "ISIL")} == {"Islamic State"}
    assert {m[1] for m in found if m[0] in ("Kurdistan Workers' Party", "PKK")} == {"Kurdistan Workers' Party"}


def test_a_newspaper_named_by_its_masthead_word_is_an_organisation(extract):
    found = extract("The Riverton Herald reported the vote, and the Lakeside Tribune disagreed.")
    assert ("Riverton Herald", "Riverton Herald", None) in found
    assert ("Lakeside Tribune", "Lakeside Tribune", None) in found


def test_a_bracketed_gloss_is_part_of_the_office(extract):
    found = extract(
        "Britain's Labour MP (Member of Parliament) Sam Fenwick spoke first. In Canberra the "
        "Australian parliament sat late, and Member of parliament (MP) Dana Hollis voted no."
    )
    assert ("MP (Member of Parliament) Sam Fenwick", "Sam Fenwick", "GBR") in found
    assert ("Labour", "Labour Party", "GBR") in found
    assert not any(m[0] == "Parliament" for m in found)
    assert ("Member of parliament (MP) Dana Hollis", "Dana Hollis", "AUS") in found


def test_a_politician_of_a_states_party_belongs_to_that_state(extract):
    found = extract("The appeal was lodged by Ruth Calder of the Scottish National Party. Calder won.")
    assert ("Ruth Calder", "Ruth Calder", "GBR") in found
    assert ("Scottish National Party", "Scottish National Party", "GBR") in found
    assert ("Calder", "Ruth Calder", "GBR") in found


def test_a_title_only_one_body_gives_makes_its_official(extract):
    found = extract("Pope Leonard arrived in Poland on Friday and met President Marek Nowak in Warsaw.")
    assert ("Pope Leonard", "Catholic Church", None) in found
    assert ("President Marek Nowak", "Marek Nowak", "POL") in found


def test_a_party_written_with_a_lower_case_party_is_the_same_party(extract):
    found = extract(
        "The Nordic Green Left Party was banned on Monday. Judges said the Norland Green Left "
        "party had broken the law, and Finnish Green Left party members protested."
    )
    assert ("Finnish Green Left party", "Finnish Green Left Party", "FIN") in found


def test_a_name_without_its_middle_initial_is_the_same_person(extract):
    found = extract("Adviser John Q. Adams resigned on Monday. John Adams said he would write a book.")
    assert ("John Adams", "John Q. Adams", None) in found


def test_a_masthead_after_a_place_is_a_newspaper(extract):
    found = extract("The Kenya Gazette and the Norway Tribune reported the vote.")
    assert ("Kenya Gazette", "Kenya Gazette", "KEN") in found
    assert not any(m[0] == "Kenya" for m in found)


def test_a_given_name_alone_is_the_one_person_introduced_with_it(extract):
    found = extract(
        "Minister Omar Haddad resigned in Amman on Monday. Omar said the cabinet had failed, "
        "and Haddad left the building."
    )
    assert ("Omar", "Omar Haddad", "JOR") in found
    shared = extract(
        "Minister Omar Haddad met Omar Farouk, the mayor, in Amman. Omar said nothing."
    )
    assert not any(m[0] == "Omar" for m in shared)


def test_a_maker_before_a_model_number_is_a_product(extract):
    found = extract(
        "A Boeing 737-800 and an Airbus A321 collided on the runway. Boeing said it would help "
        "the inquiry, and its 2019 report was cited."
    )
    assert [m[0] for m in found if m[1] in ("Boeing", "Airbus")] == ["Boeing"]


def test_software_is_no_person(extract):
    found = extract("Version 9 of Rocky Linux shipped on Monday; the Ubuntu team said nothing.")
    assert not any(m[1] in ("Rocky Linux", "Ubuntu") for m in found)


def test_a_capitalised_house_alone_is_the_house_of_the_texts_state(extract):
    found = extract(
        "The U.S. House of Representatives met on Tuesday. Later the House sent the bill to "
        "the Senate, while the White House stayed silent."
    )
    assert ("House", "U.S. House", "USA") in found


def test_a_bare_body_word_modifying_a_noun_is_no_body(extract):
    # "House prices", "Court fees": the word only qualifies a noun; nobody acts
    found = extract("Britain's economy grew. House prices rose 5% last year, and Court fees doubled.")
    assert not any(m[0] in ("House", "Court") for m in found)


def test_the_given_name_lookup_stays_right_when_many_people_are_named(extract):
    names = [f"Tomas Vereker{i}" for i in range(30)]
    text = " ".join(f"{n} arrived on Monday." for n in names) + " Later Jamal Haddad spoke. Jamal said little."
    found = extract(text)
    assert any(m[0] == "Jamal" and m[1] == "Jamal Haddad" for m in found)


def test_a_role_set_off_before_a_name_is_evidence_of_a_person(extract):
    found = extract("The Italian foreign minister, Luigi Bianchi, joined the talks. Bianchi said little.")
    assert ("Luigi Bianchi", "Luigi Bianchi", "ITA") in found
    assert ("Bianchi", "Luigi Bianchi", "ITA") in found


def test_an_official_of_a_body_set_off_around_the_name_counts_toward_the_body(extract):
    for text in (
        "The EU's trade commissioner, Jan Novak, met officials in Nairobi. Novak said the talks were useful.",
        "Jan Novak, the EU's trade commissioner, met officials in Nairobi. Novak said the talks were useful.",
    ):
        found = extract(text)
        assert ("Jan Novak", "European Union", None) in found
        assert ("Novak", "European Union", None) in found


def test_a_full_name_with_a_table_surname_and_another_given_name_is_someone_else(extract):
    found = extract("Jan Novak, a Czech engineer, said the plant was safe. Novak lives in Brno.")
    assert not any(m[1] == "Alexander Novak" for m in found)


def test_a_state_opening_a_charitys_name_is_part_of_it(extract):
    found = extract(
        "The Norwegian Red Cross sent tents, and the Kenyan League for the Rights of Tenants "
        "protested."
    )
    assert ("Norwegian Red Cross", "Norwegian Red Cross", "NOR") in found
    assert ("Kenyan League for the Rights of Tenants", "Kenyan League for the Rights of Tenants", "KEN") in found
    assert not any(m[1] in ("Norway", "Kenya") for m in found)


def test_federal_agencies_named_alone_count_toward_their_state(extract_records):
    text = (
        "NASA said the lander was healthy. The National Transportation Safety Board sent "
        "investigators, and the NTSB later asked the Federal Aviation Administration for logs."
    )
    found = [(m.text, m.actor, m.country, m.state) for m in extract_records(text)]
    assert found == [
        ("NASA", "NASA", "USA", "USA"),
        ("National Transportation Safety Board", "NTSB", "USA", "USA"),
        ("NTSB", "NTSB", "USA", "USA"),
        ("Federal Aviation Administration", "FAA", "USA", "USA"),
    ]


def test_a_court_kind_after_a_state_prefix_is_the_states_court(extract):
    found = extract("The claim was lodged in a U.S. District Court in Ohio last week.")
    assert found == [("U.S. District Court", "U.S. District Court", "USA")]


def test_an_academic_title_is_no_part_of_the_name(extract):
    text = (
        "Emeritus Professor Karl Brandt, who chairs the panel, said the survey was open. "
        "Professor Brandt added that kits were ready."
    )
    assert [(t, a) for t, a, _ in extract(text)] == [
        ("Emeritus Professor Karl Brandt", "Karl Brandt"), ("Professor Brandt", "Karl Brandt"),
    ]


def test_a_weekday_or_a_sentence_adverb_opening_a_name_is_dropped(extract):
    found = extract(
        "Saturday Milan Kovac was sentenced in Brno. Kovac had pleaded guilty. "
        "Regarding Ostrava Alliance, its board said nothing."
    )
    assert [a for _, a, _ in found] == ["Milan Kovac", "Milan Kovac", "Ostrava Alliance"]


def test_technical_acronyms_and_law_acronyms_are_no_organisations(extract):
    text = (
        "The ROV filmed the hull while AIS data tracked the tug. Fishermen sued over the "
        "Fair Harbour Access Act (FHAA), saying the FHAA hurts them; the Harbour Workers "
        "Union (HWU) backed the suit."
    )
    assert [a for _, a, _ in extract(text)] == ["Harbour Workers Union", "Harbour Workers Union"]


def test_a_capital_opening_an_event_or_treaty_name_stands_for_no_state(extract):
    text = (
        "She won the Lisbon Marathon and praised the Paris Climate Accord. Caracas Mayor "
        "Carmen Melendez said no, and Moscow warned Kyiv."
    )
    assert [(t, c) for t, _, c in extract(text)] == [
        ("Caracas Mayor Carmen Melendez", "VEN"), ("Moscow", "RUS"), ("Kyiv", "UKR"),
    ]


def test_a_capital_opening_the_name_of_a_states_body_stands_for_that_state(extract):
    # The event and treaty rule above must leave a state's own police and courts alone.
    text = "Lusaka Police detained two traders, and the Moscow City Court fined a blogger."
    assert [(t, c) for t, _, c in extract(text)] == [("Lusaka", "ZMB"), ("Moscow", "RUS")]


def test_a_state_before_its_currency_is_no_mention(extract):
    found = extract("Bail was set at 9,000 Georgian lari, and Ruritania's bank holds ten billion US dollars.")
    assert found == []


def test_politicians_tied_to_their_state_by_a_lower_case_office(extract_records):
    text = (
        "Canada braced for the storm. Prime minister Louis Bernier said shelters were open.\n\n"
        "Later, former New Mexico governor Dale Rourke and Ohio governor Mike DeWine spoke, and "
        "Obama's national security advisor Peter Walsh backed the plan."
    )
    found = {m.actor: (m.text, m.country, m.state) for m in extract_records(text) if m.actor_type == "person"}
    assert found["Louis Bernier"] == ("Prime minister Louis Bernier", "CAN", "CAN")
    assert found["Dale Rourke"] == ("former New Mexico governor Dale Rourke", "USA", "USA")
    assert found["Mike DeWine"][1:] == ("USA", "USA")
    assert found["Peter Walsh"] == ("national security advisor Peter Walsh", "USA", "USA")
    assert found["Barack Obama"][1] == "USA"


def test_an_office_set_off_after_then_is_an_office_of_the_texts_state(extract):
    found = extract("Canada went to the polls. She acted at the request of Marc Dion, then the Prime Minister.")
    assert ("Marc Dion", "Marc Dion", "CAN") in found


def test_bodies_of_a_us_state_or_a_region_count_toward_the_state(extract_records):
    text = "The Ohio Department of Health said cases rose, the Maryland General Assembly met and Tasmania Police closed a road."
    found = [(m.text, m.country, m.state) for m in extract_records(text)]
    assert found == [
        ("Ohio Department of Health", "USA", "USA"),
        ("Maryland General Assembly", "USA", "USA"),
        ("Tasmania Police", "AUS", "AUS"),
    ]


def test_a_state_opening_an_organisations_name_is_part_of_it(extract):
    text = (
        "Fares at Indian Railways rose. The Catholic Bishops' Conference of the Philippines "
        "(CBCP) prayed, and the Russian Navy sailed."
    )
    assert [(t, a) for t, a, _ in extract(text)] == [
        ("Indian Railways", "Indian Railways"),
        ("Catholic Bishops' Conference of the Philippines", "Catholic Bishops' Conference of the Philippines"),
        ("CBCP", "Catholic Bishops' Conference of the Philippines"),
        ("Russian Navy", "Russian Navy"),
    ]


def test_two_organisations_joined_by_and_are_two_mentions(extract):
    text = "The Center for Soil Health and Center for Clean Water sued, and the Food and Drug Administration replied."
    assert [a for _, a, _ in extract(text)] == ["Center for Soil Health", "Center for Clean Water", "FDA"]


def test_capitals_after_a_model_number_are_a_product(extract):
    text = "Regulators grounded the Airbus A320 NEO fleet. The NEO flew again in May, Airbus said."
    assert [a for _, a, _ in extract(text)] == ["Airbus"]


def test_a_surname_after_another_given_name_is_someone_else(extract):
    text = (
        "Hong Kong voted on Sunday. Councillor Marcus Leung won a seat in the east. Leung thanked voters.\n\n"
        "In the west, Felicity Leung of the Unity Bloc and Leung Kai-wing of the Labour Front were re-elected."
    )
    found = extract(text)
    assert ("Councillor Marcus Leung", "Marcus Leung", "HKG") in found
    assert ("Leung", "Marcus Leung", "HKG") in found
    assert sum(a == "Marcus Leung" for _, a, _ in found) == 2


def test_a_shuttle_is_no_person(extract):
    assert extract("Space Shuttle Endeavour will fly in April.") == []


def test_a_newspaper_ner_missed_is_found_where_it_reports_or_is_cited(extract):
    text = (
        "The Baltimore Star reported the death, and the mayor told the Leeds Chronicle he was sad. "
        "According to the Daily Sun, the plan failed. They watched the Rising Sun over the hills."
    )
    assert [a for _, a, _ in extract(text)] == ["Baltimore Star", "Leeds Chronicle", "Daily Sun"]


def test_a_surname_of_several_words_is_still_the_person_learned(extract):
    text = "The party chose businessman Rocky De La Fuente in May. Later, voters backed De La Fuente in two states."
    assert [a for _, a, _ in extract(text)] == ["Rocky De La Fuente", "Rocky De La Fuente"]


def test_an_acronym_after_a_plain_number_is_still_an_organisation(extract):
    text = "The Landless Workers Movement (MST) marched. In 2019, 300 MST members marched, and MST said the farm was idle."
    assert [a for _, a, _ in extract(text)] == ["Landless Workers Movement", "MST", "MST", "MST"]


def test_an_organisation_word_alone_is_no_name(extract):
    assert extract("Visitors filled the lot of the Centre on Sunday, and the Company said sales rose.") == []


def test_an_editors_bracket_is_no_part_of_a_name(extract):
    found = extract('"[Jerry Fenwick] and I are talking to the studio," Rhys Adams said.')
    assert [t for t, _, _ in found] == ["Jerry Fenwick", "Rhys Adams"]


def test_politicians_the_table_knows_get_their_state_without_a_title(extract):
    text = "The deal was welcomed by Justin Trudeau and by Jacinda Ardern, while Bernie Sanders criticised it."
    assert [(a, c) for _, a, c in extract(text)] == [
        ("Justin Trudeau", "CAN"), ("Jacinda Ardern", "NZL"), ("Bernie Sanders", "USA"),
    ]


def test_a_role_word_opening_a_sentence_and_a_clerical_title_are_no_part_of_the_name(extract):
    text = (
        "Businessman Don Blakely ran for office. Blakely lost. "
        "Later came the death of the Most Rev. Dino Gutierrez; Gutierrez was 80."
    )
    assert [a for _, a, _ in extract(text)] == ["Don Blakely", "Don Blakely", "Dino Gutierrez", "Dino Gutierrez"]


def test_georgia_in_a_sentence_on_us_primaries_is_the_us_state(extract):
    assert [a for _, a, _ in extract("She quit before the Republican primary debate held in Georgia.")] == ["Republican Party"]
    assert [a for _, a, _ in extract("Georgia and Armenia signed a treaty.")] == ["Georgia", "Armenia"]


def test_capitals_and_seats_that_only_say_where_are_no_mentions(extract):
    text = (
        "She sang in Lisbon's Eduardo Park. Aides hid in the White House basement. "
        "He was on the plane from London to Sydney. Moscow's envoy spoke, and London said no."
    )
    assert [(t, c) for t, _, c in extract(text)] == [("Moscow", "RUS"), ("London", "GBR")]


def test_a_demonym_alone_in_a_sentence_on_languages_is_the_language(extract):
    found = extract("The app ships in these languages: Polish, Finnish, Japanese and Greek. Japanese officials approved it.")
    assert found == [("Japanese officials", "Japan", "JPN")]


def test_a_people_that_speaks_is_no_language(extract):
    # "the" before a lone demonym makes it a people, whatever verb of speech follows.
    found = extract("Chile made an offer, but the Chinese declined to speak about it.")
    assert [(t, c) for t, _, c in found] == [("Chile", "CHL"), ("Chinese", "CHN")]


def test_bases_and_facilities_are_no_actors(extract):
    assert extract("A tank left the Michoud Assembly Facility, and troops at General Bernardo Riquelme Base fell ill.") == []


def test_more_offices_tie_a_politician_to_a_state(extract_records):
    text = (
        "Oman mourned. Sultan Kamal bin Omar died on Friday.\n\n"
        "Hong Kong voted. Veteran politician Wong Kam-fai lost.\n\n"
        "Ruritania's neighbour was hosted by Taoiseach Liam Brennan."
    )
    found = {m.actor: (m.country, m.state) for m in extract_records(text) if m.actor_type == "person"}
    assert found["Kamal bin Omar"] == ("OMN", "OMN")
    assert found["Wong Kam-fai"][0] == "HKG"
    assert found["Liam Brennan"] == ("IRL", "IRL")


def test_an_office_word_inside_ners_person_span_is_cut_off(extract):
    text = "Eastern Divisional Railway Manager Ana Roe told reporters the staff were ready. Roe smiled."
    assert [a for _, a, _ in extract(text)] == ["Ana Roe", "Ana Roe"]


def test_a_religious_title_is_no_part_of_the_name(extract):
    assert [a for _, a, _ in extract("Mufti Abdul Rahim denied it, and Rahim left.")] == ["Abdul Rahim", "Abdul Rahim"]


def test_a_law_named_like_an_organisation_is_none(extract):
    found = extract("The United States Congress passed the Fair Fields Act, and the IRS said it would comply.")
    assert [a for _, a, _ in found] == ["United States Congress", "Internal Revenue Service"]


def test_an_acronym_before_act_or_law_is_a_law(extract):
    assert extract("Compliance with the FAIR-MAIL act grew, and the DMCA law was criticised.") == []


def test_a_named_organisation_before_bill_stays_an_organisation(extract):
    # Only an acronym turns into a law's name; a body's own bill is still that body's.
    assert [a for _, a, _ in extract("The Harbour Workers Union bill was rejected.")] == ["Harbour Workers Union"]


def test_a_surname_ner_calls_an_organisation_is_the_person_learned(extract):
    found = extract("The deal was shaped by adviser Jared Kushner. In August, Kushner helped broker it.")
    assert [a for _, a, _ in found] == ["Jared Kushner", "Jared Kushner"]


def test_administrators_and_sheriffs_are_offices(extract):
    text = (
        "NASA Administrator Jim Bridenstine said the launch was near.\n\n"
        "Japan's fans planned a visit. County sheriff Kerry Lee said no, and Sheriff Lee made one arrest."
    )
    found = extract(text)
    assert ("NASA Administrator Jim Bridenstine", "Jim Bridenstine", "USA") in found
    assert {c for _, a, c in found if a == "Kerry Lee"} == {"USA"}


def test_a_name_described_by_what_the_person_does_is_a_person(extract):
    text = (
        "The jury heard from locksmith Dorian Vale on Tuesday. A second witness, Mirela Oprea, "
        "spoke after him. The driver, identified as Kasim Torvald, 31, was released."
    )
    people = {a for _, a, _ in extract(text)}
    assert {"Dorian Vale", "Mirela Oprea", "Kasim Torvald"} <= people


def test_a_name_after_a_work_noun_is_no_person(extract):
    assert extract("Critics panned the film Silver Harbour and the ship Lena Marsh sank.") == []


def test_an_office_the_sentence_gives_ties_the_person_to_its_state(extract):
    cases = [
        ("Yesterday Odile Brassard, who served as President of France for nine years, died. Brassard was 88.",
         "Odile Brassard", "Brassard", "FRA"),
        ("Karel Dvorak has been re-elected as leader of the Czech Social Democratic Party. Dvorak won 71% of the vote.",
         "Karel Dvorak", "Dvorak", "CZE"),
        ("Amira Haddad died on Monday. Haddad was the Prime Minister of Jordan from 1999.",
         "Amira Haddad", "Haddad", "JOR"),
    ]
    for text, name, surname, iso3 in cases:
        found = {(m, a): c for m, a, c in extract(text)}
        assert found[(name, name)] == iso3
        assert found[(surname, name)] == iso3


def test_an_office_in_a_body_a_state_word_only_qualifies_ties_the_person_to_no_state(extract):
    # a Swedish bank, a French company, a Dutch club: no office of the state
    cases = [
        ("Lena Marsh was the head of a Swedish bank until 2019.", "Lena Marsh"),
        ("Oscar Velden, who served as chairman of a French energy company, resigned on Monday.", "Oscar Velden"),
        ("Mia Roth was a member of a Dutch rowing club until 2021.", "Mia Roth"),
    ]
    for text, name in cases:
        found = {a: c for _, a, c in extract(text)}
        assert found[name] is None, text
    found = {a: c for _, a, c in extract("Tomas Berg was sworn in as Norway's prime minister on Monday.")}
    assert found["Tomas Berg"] == "NOR"
    found = {a: c for _, a, c in extract("Arlo Fenn was the head of the Swedish delegation to the talks.")}
    assert found["Arlo Fenn"] == "SWE"


def test_names_listed_after_members_of_another_body_are_no_officials(extract):
    found = {a: c for _, a, c in extract("Norway hosted the tournament. Club members Lena Marsh and Oscar Velden won prizes.")}
    assert found["Lena Marsh"] is None and found["Oscar Velden"] is None
    found = {a: c for _, a, c in extract("Kenya's parliament met on Monday. Union members Ruth Achieng and Paul Otieno walked out.")}
    assert found["Ruth Achieng"] is None and found["Paul Otieno"] is None


def test_an_apposed_office_reaches_past_a_hyphen_and_a_place(extract):
    text = (
        "On Sunday, Rashid al-Kindi, the long-serving Emir of Qatar, opened the summit. "
        "Meanwhile Priya Menon, formerly the Chief Minister of the state of Kerala, India, retired."
    )
    found = {a: c for _, a, c in extract(text)}
    assert found["Rashid al-Kindi"] == "QAT"
    assert found["Priya Menon"] == "IND"


def test_an_ambassador_is_not_of_the_state_he_is_sent_to(extract):
    found = {a: c for _, a, c in extract("Lars Ek said so. Ek was the ambassador to Kenya until 2019.")}
    assert found["Lars Ek"] is None


def test_nouns_for_a_states_people_count_for_the_state(extract):
    found = {m: c for m, _, c in extract("Britons, a Swede, two Danes and thousands of Hongkongers marched.")}
    assert found == {"Britons": "GBR", "Swede": "SWE", "Danes": "DNK", "Hongkongers": "HKG"}


def test_territories_with_their_own_code_are_their_own_actors(extract):
    text = "Voters in American Samoa and Guam cast ballots, and the Puerto Rican legislature met."
    assert {(m, c) for m, _, c in extract(text)} >= {("American Samoa", "ASM"), ("Guam", "GUM"), ("Puerto Rican", "PRI")}


def test_a_state_inside_a_hyphenated_word_is_a_mention(extract_records):
    text = "Talks on the U.S.-Canadian border resumed, and a U.S.-brokered truce held."
    found = [(m.text, m.country, m.start) for m in extract_records(text)]
    assert [(t, c) for t, c, _ in found] == [("U.S.", "USA"), ("Canadian", "CAN"), ("U.S.", "USA")]
    assert found[1][2] == text.index("Canadian")


def test_coordinated_party_labels_each_name_their_party(extract):
    text = "Both the Democratic and Republican caucuses met, and either the Democratic or Republican Party will gain."
    assert [a for _, a, _ in extract(text)] == [
        "Democratic Party", "Republican Party", "Democratic Party", "Republican Party",
    ]


def test_a_party_letter_after_a_us_politician(extract):
    found = extract("Senator Mara Quill (D-OR) and Representative Jon Tate (R-Texas) filed the bill.")
    assert ("D", "Democratic Party", "USA") in found and ("R", "Republican Party", "USA") in found
    assert {a: c for _, a, c in found}["Mara Quill"] == "USA"


def test_a_name_before_lower_case_party_is_the_party(extract):
    found = extract("Voters backed the governing Zanu party again, while the rival Kubwa party lost. Zanu will rule.")
    assert [(m, t) for m, t, _ in found] == [("Zanu", "Zanu"), ("Kubwa", "Kubwa"), ("Zanu", "Zanu")]


def test_a_lower_case_body_with_its_level_is_the_states(extract):
    text = "Storms hit Spain. The regional government asked for help, and the central government sent troops."
    found = extract(text)
    assert [c for _, _, c in found] == ["ESP", "ESP", "ESP"]
    assert extract("Peru's central government and the state senate disagreed.") == [("Peru", "Peru", "PER")]


def test_us_states_in_a_list_and_court_districts_are_no_states(extract):
    text = "Primaries were held in Ohio, Utah and Georgia. She was tried in the Southern District of Georgia."
    assert extract(text) == []


def test_a_surname_that_is_a_capital_is_the_person(extract):
    text = "Police named the suspect as Daniel Paris, 24. Paris had travelled widely, but never to Paris."
    found = extract(text)
    assert [(m, a) for m, a, _ in found] == [("Daniel Paris", "Daniel Paris"), ("Paris", "Daniel Paris")]


def test_storms_and_modifier_titles_are_no_people(extract):
    text = "Typhoon Mirra hit the coast. Herds came from the National Elk Range. First Lady Ana Ruiz visited."
    assert [a for _, a, _ in extract(text)] == ["Ana Ruiz"]


def test_a_hyphenated_title_is_one_word_of_the_office(extract):
    found = extract("Secretary-General Ana Duarte urged restraint. Former U.S. Vice-President Tom Reese agreed.")
    assert ("Secretary-General Ana Duarte", "United Nations", None) in found
    assert ("Former U.S. Vice-President Tom Reese", "Tom Reese", "USA") in found
    assert "U.S." not in [m for m, _, _ in found]


def test_the_state_nearest_a_role_set_off_before_the_name(extract):
    found = {a: c for _, a, c in extract(
        "Protests followed the Israeli raid that wounded Syrian general, Fares Hamdan, near the border."
    )}
    assert found["Fares Hamdan"] == "SYR"


def test_a_given_name_followed_by_another_surname_is_someone_else(extract):
    text = "President Pedro Alves Correia opened the talks. Guests: Pedro Henrique Matos (Finance), and others."
    assert "Pedro" not in [m for m, _, _ in extract(text)]


def test_the_first_words_of_a_longer_name_are_that_person(extract):
    text = "Peter Deng Malual, the minister for roads, died. Peter Deng had served long. Deng was 70."
    assert [a for _, a, _ in extract(text)] == ["Peter Deng Malual"] * 3


def test_an_organisation_named_again_by_the_end_of_its_name(extract):
    text = (
        "She sat on the Joint Budget Committee for years and chaired the Budget Committee in 2010.\n\n"
        "He leads the U.S. Green Party, and the Green Party backed him."
    )
    found = extract(text)
    assert [a for m, a, _ in found if m == "Budget Committee"] == ["Joint Budget Committee"]
    assert {a for m, a, _ in found if "Green" in m} == {"Green Party"}


def test_a_one_word_name_with_a_title_is_learned(extract):
    text = "Malaysia's interior minister Sukarmo was injured on Monday. Sukarmo later left hospital."
    assert [a for m, a, _ in extract(text) if m == "Sukarmo"] == ["Sukarmo"]


def test_us_politicians_listed_after_a_plural_title(extract):
    found = {a: c for _, a, c in extract("The plan was backed by Senators Ann Roy of Ohio, Bill Fenn of Utah and Carl Dax of Georgia.")}
    assert found == {"Ann Roy": "USA", "Bill Fenn": "USA", "Carl Dax": "USA"}


def test_the_countrys_body_is_of_the_state_named_before(extract):
    text = "Votes were counted in Zambia. The country's Electoral Commission, set up after rule from Britain, announced it."
    assert {a: c for _, a, c in extract(text)}["Electoral Commission"] == "ZMB"


def test_a_verb_spelled_like_a_work_noun_does_not_block_a_name(extract):
    assert [a for _, a, _ in extract("Early counts show Maria Lindqvist leading, a spokesman said.")] == ["Maria Lindqvist"]


def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name(extract):
    found = extract("The Open Rights Foundation objected. And the Digital Liberty Foundation agreed.")
    assert [m for m, _, _ in found] == ["Open Rights Foundation", "Digital Liberty Foundation"]


def test_a_party_label_before_a_lower_case_office(extract):
    text = "Riots hit the U.S. capital. The city's Democratic mayor Lena Corso blamed the police."
    found = extract(text)
    assert ("Democratic", "Democratic Party", "USA") in found
    assert {a: c for _, a, c in found}["Lena Corso"] == "USA"


def test_a_party_named_with_a_state_before_party_is_the_party(extract):
    text = "She stood for the Progressive Canada party last year. Progressive Canada says it will run again in Canada."
    found = extract(text)
    assert [(m, a) for m, a, _ in found] == [
        ("Progressive Canada", "Progressive Canada"), ("Progressive Canada", "Progressive Canada"), ("Canada", "Canada"),
    ]


def test_a_church_named_with_a_demonym_is_one_organisation(extract):
    found = extract("The Serbian Orthodox Church objected, and the Serbian government did not reply.")
    assert [(m, a) for m, a, _ in found] == [("Serbian Orthodox Church", "Serbian Orthodox Church"), ("Serbian government", "Serbia")]


def test_a_name_a_media_noun_describes_is_an_organisation(extract):
    found = extract("Speaking to Verity magazine, she denied it; the Harbour Gazette newspaper agreed on Sunday.")
    assert [(m, t) for m, t, _ in found] == [("Verity", "Verity"), ("Harbour Gazette", "Harbour Gazette")]


def test_a_member_of_a_states_body_set_off_after_the_name(extract):
    found = {a: c for _, a, c in extract("Malawi passed the law. Grace Banda, a member of Parliament, opposed it.")}
    assert found["Grace Banda"] == "MWI"


def test_names_listed_after_a_plural_office_are_its_officials(extract):
    text = "The Senate voted on Friday. Two Republican Senators, Dana Whitfield and Owen Brandt, voted against it."
    found = {a: c for _, a, c in extract(text)}
    assert found["Dana Whitfield"] == found["Owen Brandt"] == "USA"


@pytest.mark.parametrize("text", [
    "The provincial government opened the new bridge on Monday. Alice Marlow, a councillor, "
    "welcomed it. Marlow was elected as an interim Lord Mayor in 2019 after the former mayor resigned.",
    "Talks with the federal government stalled again. Dev Ortane spoke for the city. Ortane was "
    "chosen as acting Lord Mayor last spring.",
])
def test_a_body_whose_state_is_still_open_does_not_break_an_office_in_the_predicate(extract, text):
    """A level body ("the provincial government") waits for its state with no actor name yet;
    reading an office in a later predicate must pass over it, not fail on the empty name."""
    names = {actor for _, actor, _ in extract(text)}
    assert names & {"Alice Marlow", "Dev Ortane"}


def test_names_coordinated_with_names_are_people(extract):
    text = "The quartet later recorded with Linda Marsh, Peter Okafor and Daniel Weiss."
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Linda Marsh"] == ("Linda Marsh", None)
    assert found["Peter Okafor"] == ("Peter Okafor", None)
    assert found["Daniel Weiss"] == ("Daniel Weiss", None)


def test_a_list_of_two_names_is_people_but_not_as_places_entered(extract):
    text = "Her estate went to Sarah Collins and Michael Brennan in 1990."
    found = {m for m, _, _ in extract(text)}
    assert {"Sarah Collins", "Michael Brennan"} <= found
    text = "Rebel units entered Tell Qaran and Ain Sufra at dawn."
    assert not {m for m, _, _ in extract(text)} & {"Tell Qaran", "Ain Sufra"}


def test_a_tribe_named_beside_a_person_is_no_person(extract_records):
    found = {m.text: m.actor_type for m in extract_records("The suit named Otter Tribe and Prairie Native Vote as plaintiffs.")}
    assert found.get("Otter Tribe") != "person"
    found = {m.text: m.actor_type for m in extract_records("The plaintiffs were Jane Harlow, Otter Creek Tribe and a union.")}
    assert found["Jane Harlow"] == "person" and "person" not in {t for m, t in found.items() if "Tribe" in m}


def test_a_name_after_what_befell_someone_or_a_kin_noun_is_a_person(extract):
    found = {m for m, _, _ in extract("Marches followed the killing of Daniel Okafor by a guard.")}
    assert "Daniel Okafor" in found
    found = {m for m, _, _ in extract("She visited the widow of Thomas Hale last week.")}
    assert "Thomas Hale" in found


def test_an_office_for_another_state_serves_the_state_before_it(extract):
    found = {m: (actor, country) for m, actor, country in extract(
        "On Tuesday, US Special Representative for Iran Brian Hook said the plan was political."
    )}
    assert found["US Special Representative for Iran Brian Hook"] == ("Brian Hook", "USA")
    assert found["Iran"] == ("Iran", "IRN")
    found = {m: (actor, country) for m, actor, country in extract(
        "Russian Ambassador to Turkey Andrei Karlov was shot on Monday."
    )}
    assert found["Russian Ambassador to Turkey Andrei Karlov"] == ("Andrei Karlov", "RUS")
    assert found["Turkey"][1] == "TUR"


def test_an_envoy_for_a_state_set_off_before_the_name_serves_the_state_before(extract):
    found = {m: (actor, country) for m, actor, country in extract(
        "The US special envoy for Ukraine, Kurt Volker, resigned on Friday."
    )}
    assert found["Kurt Volker"] == ("Kurt Volker", "USA")
    found = {m: (actor, country) for m, actor, country in extract("A negotiator for Iran, Ali Bagheri, left the room.")}
    assert found["Ali Bagheri"] == ("Ali Bagheri", "IRN")


def test_a_demonym_in_an_ethnic_label_names_no_state(extract):
    found = [(m, actor) for m, actor, _ in extract("She became the first African American judge on the state court.")]
    assert ("American", "United States") not in found
    found = [(m, actor) for m, actor, _ in extract(
        "Leaders of several Native American tribes met Canadian officials on Monday."
    )]
    assert ("American", "United States") not in found and ("Canadian officials", "Canada") in found
    found = {m for m, _, _ in extract("Shelling along the Syrian-Turkish border resumed.")}
    assert {"Syrian", "Turkish"} <= found


def test_a_capital_as_a_city_names_no_state(extract):
    found = [(m, actor) for m, actor, _ in extract("The mayor of Lisbon, Carla Mendes, praised the firefighters.")]
    assert ("Lisbon", "Portugal") not in found
    found = [(m, actor) for m, actor, _ in extract("The blast hit a market east of the capital, Nairobi, on Sunday.")]
    assert ("Nairobi", "Kenya") not in found
    found = [(m, actor) for m, actor, _ in extract("The freighter was bound for Manila when its engine failed.")]
    assert ("Manila", "Philippines") not in found
    found = [(m, actor) for m, actor, _ in extract("Lisbon protested to Madrid on Monday.")]
    assert ("Lisbon", "Portugal") in found


def test_a_surname_with_its_particles_is_the_person_named_in_full(extract):
    found = [(m, actor) for m, actor, _ in extract(
        "Maria Van Doren won the county vote. Later Van Doren, a lawyer, thanked her staff."
    )]
    assert ("Van Doren", "Maria Van Doren") in found
    found = [(m, actor) for m, actor, _ in extract(
        "Rocky De La Fuente won the nomination. De La Fuente, a businessman, thanked voters."
    )]
    assert ("De La Fuente", "Rocky De La Fuente") in found


def test_a_slash_ticket_is_two_people(extract):
    text = "Sam Brownlee picked Ana De Witt as running mate. De Witt/Brownlee has already won ballot access in Utah."
    found = [(m, actor) for m, actor, _ in extract(text)]
    assert not [m for m, _ in found if "/" in m]
    assert ("Brownlee", "Sam Brownlee") in found


def test_a_name_after_a_body_word_and_of_is_the_body_s_name(extract):
    found = {m for m, _, _ in extract("So I finished my degree at the University of Nevada Reno, where my advisor works.")}
    assert "Nevada Reno" not in found
    found = {m: (actor, country) for m, actor, country in extract(
        "Psychology student at University of Texas Arlington Amneh Jafari started the campaign."
    )}
    assert "Texas Arlington Amneh Jafari" not in found


def test_a_spanish_point_or_beach_is_a_place(extract):
    found = {m for m, _, _ in extract("Punta Lobos is one of the annual breeding sites for the birds.")}
    assert "Punta Lobos" not in found
    found = {m for m, _, _ in extract("The colony at Punta Delgada has declined, and Punta Delgada is now protected.")}
    assert "Punta Delgada" not in found


def test_a_capitalised_occupation_opening_a_name_is_no_part_of_it(extract):
    found = {m: actor for m, actor, _ in extract("Podcaster Rhea Lindgren joined the ticket. Lindgren spoke first.")}
    assert "Rhea Lindgren" in found.values() and not [a for a in found.values() if a.startswith("Podcaster")]
    found = {m: actor for m, actor, _ in extract("Moderator Tom Brecker lost control of the debate on Tuesday.")}
    assert not [a for a in found.values() if a.startswith("Moderator")]


def test_companies_and_bodies_named_bare_are_in_the_table(extract):
    found = [(m, actor, country) for m, actor, country in extract(
        "After the outage, Microsoft blamed a faulty update and Google said its services were unaffected."
    )]
    assert ("Microsoft", "Microsoft", "USA") in found and ("Google", "Google", "USA") in found
    found = [(m, actor, country) for m, actor, country in extract(
        "Tehran asked Interpol to issue a notice; Interpol declined the request on Friday."
    )]
    assert [m for m, actor, _ in found if actor == "Interpol"] == ["Interpol", "Interpol"]


def test_an_organisation_s_officer_is_a_mention_of_the_organisation(extract):
    # hc/hd/he gold: "Taliban spokesperson X", a company's chief officer, "X, the
    # director-general of the WHO" and their surnames later count toward the organisation.
    found = [(m, actor) for m, actor, _ in extract(
        "Airbus finance chief Lena Brandt warned of delays, and Brandt later cut the forecast."
    )]
    assert found == [("Airbus finance chief Lena Brandt", "Airbus"), ("Brandt", "Airbus")]
    found = [(m, actor) for m, actor, _ in extract(
        "Oskar Lind, the director-general of the WHO, opened the meeting. Lind asked for more tests."
    )]
    assert [a for _, a in found] == ["World Health Organization"] * 3
    found = {m: (actor, country) for m, actor, country in extract(
        "Hezbollah spokesman Karim Nasser denied the report; Nasser spoke from Beirut."
    )}
    assert found["Hezbollah spokesman Karim Nasser"] == ("Hezbollah", "LBN")
    assert found["Nasser"] == ("Hezbollah", "LBN")


def test_an_office_for_an_unlisted_organisation_makes_it_one(extract):
    found = [(m, actor) for m, actor, _ in extract(
        "A spokeswoman for Friends of the Wetlands Trust, Ida Moen, said the dam would flood the marsh."
    )]
    assert found == [("Friends of the Wetlands Trust", "Friends of the Wetlands Trust"), ("Ida Moen", "Friends of the Wetlands Trust")]
    found = [(m, actor) for m, actor, _ in extract(
        "Mira Solberg, president of the Coastal Fishers Guild, met the minister on Monday."
    )]
    assert [a for _, a in found] == ["Coastal Fishers Guild", "Coastal Fishers Guild"]


def test_an_office_at_an_organisation_in_an_apposition_makes_its_holder_its_officer(extract):
    # hp gold: "Name, a vice president at ORG" counts toward the organisation, the
    # surname later too; a customer or a student "at" a body keeps their own name, and
    # "the president at" a place outside an apposition is no office of it.
    found = [(m, actor) for m, actor, _ in extract(
        "Northwind Airlines cancelled forty flights. Tomas Berg, a vice president at Northwind Airlines, "
        "said crews were short. Berg apologised."
    )]
    assert [a for m, a in found if m in ("Tomas Berg", "Berg")] == ["Northwind Airlines"] * 2
    found = {m: actor for m, actor, _ in extract(
        "Ruth Moss, a customer at Northwind Airlines, said her flight was cancelled."
    )}
    assert found["Ruth Moss"] == "Ruth Moss"
    found = {m: actor for m, actor, _ in extract(
        "Greta Holm, a student at Uppsala University, said the fees were too high."
    )}
    assert found["Greta Holm"] == "Greta Holm"


def test_an_office_in_a_state_body_in_an_apposition_makes_its_holder_that_state_s_official(extract):
    # hd gold: "X, the chairman of the House Intelligence Committee," counts toward the
    # United States, the surname later too; a critic of the same committee keeps no state.
    found = [(m, country) for m, _, country in extract(
        "President Donald Trump criticised the House Armed Services Committee. Mark Delaney, the Republican "
        "chairman of the House Armed Services Committee, said the bill would pass. Delaney left early."
    )]
    assert [c for m, c in found if m in ("Mark Delaney", "Delaney")] == ["USA", "USA"]
    found = {m: country for m, _, country in extract(
        "President Donald Trump criticised the House Armed Services Committee. Ruth Moss, a critic of the "
        "House Armed Services Committee, said the bill would fail."
    )}
    assert found["Ruth Moss"] is None


def test_journalists_and_a_party_s_politicians_are_no_officers_of_an_organisation(extract):
    found = {m: actor for m, actor, _ in extract("BBC correspondent Alan Pryce reported the vote from the capital.")}
    assert "Alan Pryce" in found.values()
    found = {m: (actor, country) for m, actor, country in extract(
        "Labour Party leader Tom Haskins criticised the budget in the House of Commons."
    )}
    # The party is a mention of its own and its leader a politician of the party's state,
    # whose House the chamber then is.
    assert sorted(found.values()) == [
        ("British House of Commons", "GBR"), ("Labour Party", "GBR"), ("Tom Haskins", "GBR")
    ]


def test_the_un_court_is_the_united_nations(extract):
    found = [(m, actor) for m, actor, _ in extract(
        "The International Court of Justice ordered a halt; the ICJ gave Ruritania a month."
    )]
    assert [a for m, a in found if m in ("International Court of Justice", "ICJ")] == ["United Nations"] * 2
    found = [(m, actor) for m, actor, _ in extract("Judges at the ICJ heard the case against Borduria on Monday.")]
    assert ("ICJ", "United Nations") in found


def test_a_capital_before_a_common_noun_only_says_where(extract):
    # hb-hd gold: cities only locate; a capital still stands for its state before its
    # government, officials or envoy, and in "pro-Beijing".
    found = [(m, actor) for m, actor, _ in extract(
        "The suspect was arrested at a Lisbon airport; a former Lisbon lobbyist had hired him."
    )]
    assert not [m for m, _ in found if m == "Lisbon"]
    found = [(m, actor) for m, actor, _ in extract(
        "After dinner at the Tokyo restaurant, the Caracas government said Tokyo had protested."
    )]
    assert ("Caracas", "Venezuela") in found and [m for m, a in found if a == "Japan"] == ["Tokyo"]


def test_a_hispanic_name_is_later_the_father_s_surname(extract):
    found = [(m, actor) for m, actor, _ in extract(
        "Jorge Ramírez Ortega, Mexico's interior minister, resigned on Friday. Ramírez said he had no regrets."
    )]
    assert ("Ramírez", "Jorge Ramírez Ortega") in found
    found = [(m, actor, country) for m, actor, country in extract(
        "Ana Beltrán Soto, Peru's foreign minister, met reporters. Beltrán denied the claim."
    )]
    assert ("Beltrán", "Ana Beltrán Soto", "PER") in found


def test_a_surname_that_is_a_people_s_word_is_the_person(extract):
    found = [(m, actor) for m, actor, _ in extract("Greg Finn said the plan would work. Finn added that it was cheap.")]
    assert found == [("Greg Finn", "Greg Finn"), ("Finn", "Greg Finn")]
    found = [(m, actor) for m, actor, _ in extract("Coach Ola Dane praised the squad; Dane then left for Oslo.")]
    assert ("Dane", "Denmark") not in found


def test_a_party_member_in_an_apposition_belongs_to_the_party_s_state(extract):
    found = {m: (actor, country) for m, actor, country in extract("Rita Vance, a Republican, lost the race. Vance conceded.")}
    assert found["Rita Vance"] == ("Rita Vance", "USA") and found["Vance"] == ("Rita Vance", "USA")
    found = {m: (actor, country) for m, actor, country in extract("Mark Ellis, a Democrat, won the seat in November.")}
    assert found["Mark Ellis"] == ("Mark Ellis", "USA") and found["Democrat"][0] == "Democratic Party"


def test_a_capital_after_a_verb_of_giving_is_the_recipient_state(extract):
    found = [(m, actor) for m, actor, _ in extract("Moscow has sold Minsk rifles for years, officials said.")]
    assert ("Minsk", "Belarus") in found


def test_a_group_s_military_spokesman_is_the_group_s_mention(extract):
    found = {m: actor for m, actor, _ in extract("Hamas military spokesman Yusuf Odeh said the truce was over.")}
    assert found["Hamas military spokesman Yusuf Odeh"] == "Hamas"


def test_the_outlet_reporting_is_an_actor_but_not_as_an_interview_label(extract):
    text = (
        "The mayor's office declined to talk to Wikinews on Friday.\n\n"
        "((Wikinews)) Why are you standing again?\n\n"
        "((Lena Ortiz)) Because the budget is a mess."
    )
    found = [(m, actor) for m, actor, _ in extract(text)]
    assert found.count(("Wikinews", "Wikinews")) == 1


def test_a_party_politician_counts_toward_the_party_s_or_the_text_s_state(extract):
    found = {m: country for m, _, country in extract("Democratic state senator Laura Finch filed the bill on Monday.")}
    assert found["Laura Finch"] == "USA"  # the label's party is the table's, a U.S. party
    text = "Voters in the United States heard Green Party presidential nominee Rosa Delgado on Friday."
    found = {m: country for m, _, country in extract(text)}
    assert found["Rosa Delgado"] == "USA"  # a party the table lacks: the state of the text
    text = "In Taiwan, Lin Mei-hua of the New Harbour Party said the vote was fair."
    found = {m: country for m, _, country in extract(text)}
    assert found["Lin Mei-hua"] == "TWN"


def test_an_office_of_a_us_state_before_the_name_is_the_united_states_s(extract):
    found = {m: (actor, country) for m, actor, country in extract("Governor of New Jersey Paul Brandt signed it.")}
    assert found["Governor of New Jersey Paul Brandt"] == ("Paul Brandt", "USA")
    found = {m: (actor, country) for m, actor, country in extract(
        "In 2010, then-governor of Vermont Dana Whitcomb vetoed the bill."
    )}
    assert ("Dana Whitcomb", "USA") in found.values()
    found = {m: (actor, country) for m, actor, country in extract("Senator from Oregon Lena Marsh agreed with him.")}
    assert found["Senator from Oregon Lena Marsh"] == ("Lena Marsh", "USA")


def test_a_body_s_name_runs_on_over_its_for_phrase(extract):
    found = {m for m, _, _ in extract("The Lena Marsh Foundation for the Performing Arts made two gifts.")}
    assert "Lena Marsh Foundation for the Performing Arts" in found


def test_a_hong_kong_party_s_politician_counts_toward_hong_kong(extract):
    text = "In the vote, Demosisto's Mei Ling Chau won a seat, and Grace Tsang of the Civic Party lost hers."
    found = {m: country for m, _, country in extract(text)}
    assert found["Demosisto"] == "HKG" and found["Civic Party"] == "HKG"
    assert found.get("Grace Tsang") == "HKG"


def test_an_untitled_name_after_an_occupation_the_tagger_calls_an_adjective_is_a_person(extract):
    found = {m: actor for m, actor, _ in extract(
        "Tomas Verhoeven had two children, including mathematician Anneke Brandt."
    )}
    assert found.get("Anneke Brandt") == "Anneke Brandt"


def test_a_third_name_listed_after_two_is_a_person_too(extract):
    found = {m: actor for m, actor, _ in extract(
        "Fans were greeted by guests like Tomas Verhoeven, Lena Marsh, and Anneke Brandt."
    )}
    assert found.get("Anneke Brandt") == "Anneke Brandt"


def test_colleges_schools_churches_societies_museums_and_patrols_are_organisations(extract_records):
    text = (
        "Researchers from the College of Wooster took part. The Irving Independent School District "
        "declined to comment. The Church of Scientology denied it. The Royal Society praised the work. "
        "The Ohio State Highway Patrol closed the road. The Hadley Art Museum lent two prints."
    )
    found = {m.text: m.actor_type for m in extract_records(text)}
    for name in (
        "College of Wooster", "Irving Independent School District", "Church of Scientology", "Royal Society",
        "Hadley Art Museum",
    ):
        assert found.get(name) == "organisation", name
    assert any("Highway Patrol" in m and kind == "organisation" for m, kind in found.items())


def test_an_untitled_name_the_clause_gives_a_persons_part_is_a_person(extract):
    # the object of a verb, a passive's agent, company kept, what befalls someone, and a
    # surname NER tags otherwise later (all names invented)
    text = (
        "In the second half the visitors replaced Tomas Brekke with a younger forward. "
        "The evening panel was chaired by Maria Lindqvist on Sunday. "
        "Police reopened the investigation of Dario Quaglino last week. "
        "Only the local club backed Kelvin Ostrander in the final. Ostrander thanked them."
    )
    found = {m: actor for m, actor, _ in extract(text)}
    assert found["Tomas Brekke"] == "Tomas Brekke"
    assert found["Maria Lindqvist"] == "Maria Lindqvist"
    assert found["Dario Quaglino"] == "Dario Quaglino"
    assert found["Kelvin Ostrander"] == "Kelvin Ostrander"


def test_a_plural_or_mistagged_occupation_before_a_name_makes_it_a_person(extract):
    # the name shares its list with a group, not with a second person who would vouch for it
    text = (
        "The acts booked for the opening night are jugglers Ines Obuya and the Ferrow Troupe. "
        "Home side coach Daniel Brophy said little afterwards."
    )
    found = {m: actor for m, actor, _ in extract(text)}
    assert found["Ines Obuya"] == "Ines Obuya"
    assert found["Daniel Brophy"] == "Daniel Brophy"


def test_names_that_are_places_or_titles_of_works_stay_out(extract):
    text = (
        "The convoy entered Kafr Sabt before dawn. She then directed a short film titled "
        "Marla Voss, which toured widely. Festival crowds filled Greater Tarnow, and "
        "Tarnow hosted the finals."
    )
    found = {m for m, _, _ in extract(text)}
    assert not found & {"Kafr Sabt", "Marla Voss", "Greater Tarnow"}


def test_an_untitled_name_in_a_sentence_about_a_parliament_takes_the_texts_state(extract):
    text = (
        "Canada's parliament debated the measure for a week. The bill was drafted by "
        "Peter Halloran, and the parliament passed it on Friday."
    )
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Peter Halloran"] == ("Peter Halloran", "CAN")


def test_a_charity_introduced_by_its_descriptor_is_an_organisation_wherever_named(extract):
    # a hyphenated name holding a place word, an office with no possessive after it, and
    # a later occurrence NER leaves untagged (names invented)
    text = (
        "Volunteers from the seal charity Coast-Keepers counted forty pups this spring. "
        "Coast-Keepers director Joris Smit called the count a record. "
        "Since 2011 Coast-Keepers has run the only rescue station on the island."
    )
    found = [actor for m, actor, _ in extract(text) if "Coast" in m]
    assert found == ["Coast-Keepers"] * 3


def test_a_name_described_as_an_organisation_in_apposition_is_one(extract_records):
    text = (
        "Half of what the quiz night made will go to Brightwater Paws, a non-profit animal welfare "
        "organization in Leeds. Milan Kowal, a former teacher and the treasurer of the Eastgate Chess "
        "Club, chairs its board."
    )
    found = {m.text: m for m in extract_records(text)}
    paws = found["Brightwater Paws"]
    assert (paws.actor, paws.actor_type) == ("Brightwater Paws", "organisation")
    # a body inside a person's apposition does not make the person an organisation
    assert (found["Milan Kowal"].actor, found["Milan Kowal"].actor_type) == ("Milan Kowal", "person")


def test_the_body_a_named_person_is_of_is_an_organisation(extract):
    text = (
        "Forward Dean Harlow of the Lakeside Herons scored twice. "
        "Mark Olsen of the Reef Without Borders campaign disagreed."
    )
    found = {m: actor for m, actor, _ in extract(text)}
    assert found.get("Lakeside Herons") == "Lakeside Herons"
    assert "Reef" not in found  # the start of a longer name NER may cut


def test_a_judge_in_apposition_with_a_state_word_takes_that_state(extract):
    text = (
        "Lawyers for the tribe had asked for more time, and on Thursday the request was granted "
        "by Miriam Oakes, a United States District judge."
    )
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Miriam Oakes"] == ("Miriam Oakes", "USA")


def test_a_ship_named_after_an_introduced_charity_is_not_the_charity(extract):
    text = (
        "Six seals were brought ashore near Den Helder by animal charity Bay-Menders last week. "
        "Bay-Menders volunteer Joost Hart fed them for three days. "
        "Their boat, the Bay-Menders 2, has made 40 such trips this year."
    )
    found = [m for m, _, _ in extract(text) if "Bay" in m]
    assert found == ["Bay-Menders"] * 2


def test_an_organisation_ner_finds_speaking_is_an_actor(extract_records):
    # no descriptor, no office, no acronym, no organisation word: the body speaks
    text = "Greenpeace said on Monday it would appeal the ruling."
    found = {m.text: m for m in extract_records(text)}
    assert (found["Greenpeace"].actor, found["Greenpeace"].actor_type) == ("Greenpeace", "organisation")


def test_a_speaking_name_ner_calls_an_organisation_after_a_title_is_no_organisation(extract):
    text = (
        "Sea-Eye spokesperson Carlotta Weibl said the boat would sail again. "
        "Brock Tamsin toured the state. Tamsin said he opposed the plan. "
        "The court will make an Order declaring the sale void."
    )
    found = {m: actor for m, actor, _ in extract(text)}
    assert "Carlotta Weibl" not in found  # the spokesperson of Sea-Eye, not a body
    assert found["Tamsin"] == "Brock Tamsin"
    assert "Order" not in found


def test_a_police_force_named_after_its_area_is_the_state_s_body(extract):
    # a place word inside the name does not make it a place; the state is the paragraph's
    text = (
        "Two men from Norway were held by Fjord Valley Police after the theft.\n\n"
        "In Canada, a third man was arrested by Lakeshore Police on Sunday."
    )
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Fjord Valley Police"] == ("Fjord Valley Police", "NOR")
    assert found["Lakeshore Police"] == ("Lakeshore Police", "CAN")


def test_a_number_word_before_an_organisation_s_name_is_not_part_of_it(extract):
    text = "Three Northern Hockey Association referees were stood down after the match."
    found = {m: actor for m, actor, _ in extract(text)}
    assert found.get("Northern Hockey Association") == "Northern Hockey Association"
    assert "Three Northern Hockey Association" not in found


def test_a_verb_that_speaks_only_through_a_quote_is_no_evidence_of_a_body(extract):
    # "ruled", "cited" and "thanked" report speech only when they govern a quote
    text = "Ferrari ruled the race from the start. Juventus cited injuries for the loss. Greenpeace thanked the volunteers."
    assert not {m for m, _, _ in extract(text)} & {"Ferrari", "Juventus", "Greenpeace"}


def test_a_club_named_after_its_town_is_an_organisation(extract):
    # the town (named as a place elsewhere) and any place word inside a club's name
    # do not make it a place
    text = (
        "In Springfield on Sunday, the Springfield Hawks lost to the Lake City Mariners, "
        "who flew home to Lake City, Florida. Fans of Glasgow Rovers marched in Glasgow, Scotland."
    )
    found = {m: actor for m, actor, _ in extract(text)}
    assert found.get("Springfield Hawks") == "Springfield Hawks"
    assert found.get("Lake City Mariners") == "Lake City Mariners"
    assert found.get("Glasgow Rovers") == "Glasgow Rovers"


def test_a_plural_that_names_an_event_or_a_place_is_no_club(extract):
    text = "Delegates recalled the Oslo Accords. Shells fell on the Golan Heights during the Tokyo Games."
    found = {m for m, _, _ in extract(text)}
    assert not found & {"Oslo Accords", "Golan Heights", "Tokyo Games"}


def test_a_hospital_that_speaks_is_an_organisation_one_named_as_a_place_is_not(extract):
    text = (
        "The Royal Westmere Hospital said four patients were stable. "
        "A spokeswoman for Alder Park Hospital confirmed one death. "
        "A fifth victim was flown to Kingsgate General Hospital."
    )
    found = {m: actor for m, actor, _ in extract(text)}
    assert found.get("Royal Westmere Hospital") == "Royal Westmere Hospital"
    assert found.get("Alder Park Hospital") == "Alder Park Hospital"
    assert "Kingsgate General Hospital" not in found


def test_a_club_the_text_later_calls_by_its_plural_alone_is_an_organisation(extract):
    # the town is none the text places; the short name's later use is the evidence
    text = (
        "Rookie Dan Okoye signed with the Westbury Kestrels in May. "
        "In August the Kestrels sent him to the Port Adair Otters, and he stayed with the Otters for years."
    )
    found = [(m, actor) for m, actor, _ in extract(text)]
    assert ("Westbury Kestrels", "Westbury Kestrels") in found
    assert ("Kestrels", "Westbury Kestrels") in found
    assert ("Port Adair Otters", "Port Adair Otters") in found
    assert ("Otters", "Port Adair Otters") in found


def test_a_plural_used_alone_makes_no_club_of_a_body_or_a_party(extract):
    text = "Senate Liberals blocked the bill, and the Liberals said so. Envoys recalled the Lisbon Accords; the Accords lapsed."
    found = {m for m, _, _ in extract(text)}
    assert not found & {"Senate Liberals", "Lisbon Accords", "Accords"}


def test_a_name_after_an_occupation_in_capitals_is_a_person(extract):
    # NER may fold the occupation into an organisation's name or tag nothing
    text = "Coach Nina Holt said the men lied."
    assert ("Nina Holt", "Nina Holt") in [(m, actor) for m, actor, _ in extract(text)]


def test_an_occupation_after_an_article_opens_no_name(extract):
    text = "She joined a new Pilot Training Scheme in Leeds."
    assert not {m for m, _, _ in extract(text)} & {"Training Scheme", "Pilot Training Scheme"}


def test_an_occupation_opening_a_programme_s_name_opens_no_name(extract):
    # at a sentence's start no article tells the occupation is a modifier
    text = "Pilot Training Program staff said the course was full."
    assert not {m for m, _, _ in extract(text)} & {"Training Program", "Pilot Training Program staff"}


def test_a_surname_written_with_its_particle_is_the_person_named_in_full(extract):
    text = (
        "Councillor Marta van Loon opened the hearing in Utrecht. Critics said van Loon had ignored them. "
        "Van Loon replied on Friday. Candidate Rosa De La Vega lost; supporters of De La Vega wept."
    )
    found = [(m, actor) for m, actor, _ in extract(text)]
    assert ("van Loon", "Marta van Loon") in found
    assert ("Van Loon", "Marta van Loon") in found
    assert ("De La Vega", "Rosa De La Vega") in found
    assert not any(m in ("Loon", "La Vega", "Vega") for m, _ in found)


def test_a_local_office_makes_its_holder_an_official_of_the_texts_state(extract):
    text = (
        "Chile sent rescuers after the flood. Tomas Ibarra, the mayor of Valdivia, asked for more. "
        "Later, Osorno's police chief Ines Rojas said roads were shut, and Regional governor "
        "Pablo Mena said the army would help. Ibarra thanked them."
    )
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Tomas Ibarra"] == ("Tomas Ibarra", "CHL")
    assert found["Ibarra"] == ("Tomas Ibarra", "CHL")
    assert found["Osorno's police chief Ines Rojas"] == ("Ines Rojas", "CHL")
    assert found["Regional governor Pablo Mena"] == ("Pablo Mena", "CHL")


def test_a_legislator_in_an_apposition_serves_the_texts_state(extract):
    text = "Canada's audit office lost the files. Omar Pike, a Halifax Liberal MP, said it was careless."
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Omar Pike"] == ("Omar Pike", "CAN")


def test_a_local_office_of_an_international_court_serves_no_state(extract):
    text = "Kenya denied the charges. Lena Moss, a prosecutor at the International Criminal Court, said so."
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Lena Moss"][1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Norway hosted the fair. Lise Berg, the wife of the mayor of Bergen, opened it.",
        "Norway hosted the fair. Lise Berg, a critic of the mayor, stayed away.",
        "Norway hosted the fair. The club hired Lise Berg, a former prosecutor, as its lawyer.",
    ],
)
def test_someone_tied_to_an_office_without_holding_it_now_is_no_official(extract, text):
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Lise Berg"][1] is None


def test_a_company_named_by_a_word_and_its_industry_is_that_word_alone_later(extract):
    text = (
        "Spain on Friday fined Moroccan carrier Atlas Air for late flights. Atlas has denied "
        "wrongdoing. The Tokyo Gas board met in Tokyo."
    )
    found = [(m, actor) for m, actor, _ in extract(text)]
    assert ("Atlas Air", "Atlas Air") in found
    assert ("Atlas", "Atlas Air") in found
    assert not any(m == "Tokyo" and actor == "Tokyo Gas" for m, actor in found)


def test_a_first_word_two_companies_share_stands_for_neither(extract):
    text = "Regulators fined carrier Atlas Air and utility Atlas Power on Monday. Atlas denied any wrongdoing."
    found = [(m, actor) for m, actor, _ in extract(text)]
    assert not any(m == "Atlas" for m, _ in found)


def test_a_local_office_set_off_before_the_name_serves_the_texts_state(extract):
    text = "Peru flew in doctors. According to the Cusco mayor, Elena Quispe, two clinics had closed."
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Elena Quispe"] == ("Elena Quispe", "PER")


def test_an_acronym_never_defined_is_the_organisation_whose_initials_it_spells(extract):
    found = extract(
        "Farmers set up the Northern Grain Growers Association in 2004. Last year the NGGA "
        "sold seed in twelve districts, and the Kenyan Council on Water Rights asked the "
        "CWR panel to rule."
    )
    assert ("NGGA", "Northern Grain Growers Association", None) in found
    assert [m for m in found if m[0] == "CWR"] == [("CWR", "Kenyan Council on Water Rights", "KEN")]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("The International Committee of the Red Cross sent nurses to the camp. The CRC, a local charity, said food was short.", "CRC"),
        ("The Regional Council of Tea Growers met in March. Weeks later the CTG, a union of pickers, went on strike.", "CTG"),
    ],
)
def test_an_acronym_leaves_out_only_a_states_name_before_the_body(extract, text, acronym):
    assert [m for m in extract(text) if m[0] == acronym] == [(acronym, acronym, None)]


def test_a_body_s_name_goes_on_over_on_but_not_over_a_date(extract):
    found = extract(
        "The Canadian Commission on Coastal Fisheries said quotas would fall. "
        "The Kenyan Electoral Commission on Tuesday said turnout was low."
    )
    assert found[0][:2] == ("Canadian Commission on Coastal Fisheries", "Canadian Commission on Coastal Fisheries")
    assert found[0][2] == "CAN"
    assert found[1] == ("Kenyan Electoral Commission", "Kenyan Electoral Commission", "KEN")


def test_an_office_in_the_clause_of_an_apposition_gives_the_state(extract):
    found = extract(
        "On Sunday, Tomas Reyna, a retired teacher who served as President of Chile in the "
        "1990s, died. Reyna was buried in Valparaiso."
    )
    assert ("Tomas Reyna", "Tomas Reyna", "CHL") in found
    assert ("Reyna", "Tomas Reyna", "CHL") in found


def test_a_member_of_parliament_in_a_state_is_its_official(extract):
    found = extract(
        "Prof. Amina Bello received the award. Prof. Bello is a member of parliament in "
        "Ghana, and holds a degree in law."
    )
    assert [m for m in found if m[1] == "Amina Bello"] == [
        ("Prof. Amina Bello", "Amina Bello", "GHA"), ("Prof. Bello", "Amina Bello", "GHA"),
    ]


def test_a_capital_a_journey_ends_in_is_a_place(extract):
    found = extract(
        "The wounded were transported to Nairobi overnight. During a visit to Lima, the "
        "minister praised Peru. Moscow sent a warning to Kyiv."
    )
    assert [m[0] for m in found] == ["Peru", "Moscow", "Kyiv"]


def test_an_office_of_the_named_state_before_the_name_is_one_mention(extract):
    found = extract(
        "On Friday, former Prime Minister of the Netherlands Pieter Aalbers opened the fair. "
        "It was praised by the President of the Philippines Maria Santos."
    )
    assert found == [
        ("former Prime Minister of the Netherlands Pieter Aalbers", "Pieter Aalbers", "NLD"),
        ("President of the Philippines Maria Santos", "Maria Santos", "PHL"),
    ]


def test_names_listed_after_a_plural_descriptor_are_organisations(extract_records):
    text = (
        "After the embargo, Dutch carriers such as Lufthansa and Ryanair cut routes, and "
        "Swiss firms including Nestlé, Novartis, and Logitech pulled out."
    )
    found = {m.text: m.actor_type for m in extract_records(text)}
    for name in ("Lufthansa", "Ryanair", "Nestlé", "Novartis", "Logitech"):
        assert found.get(name) == "organisation", name


def test_a_descriptor_after_a_name_makes_it_an_organisation_wherever_named(extract_records):
    text = (
        "On Tuesday, Fortune magazine named the chemist its Person of the Year. Fortune said the "
        "choice was unanimous. The suspect had links to the Bandidos motorcycle gang, police said."
    )
    found = [(m.text, m.actor_type) for m in extract_records(text)]
    assert found.count(("Fortune", "organisation")) == 2
    assert ("Bandidos", "organisation") in found


def test_a_role_towards_a_product_after_a_name_is_no_descriptor(extract):
    text = "The Quarrycraft developer community met online. Many players still prefer Quarrycraft."
    assert not [m for m, _, _ in extract(text) if m == "Quarrycraft"]


def test_an_office_between_a_company_and_a_name_makes_one_mention_of_the_company(extract_records):
    text = (
        "The regulator renewed the licence. KRX-TV CEO Tomas Rell said the network would hire "
        "again. Rell thanked the senators."
    )
    found = {m.text: (m.actor, m.actor_type) for m in extract_records(text)}
    assert found["KRX-TV CEO Tomas Rell"] == ("KRX-TV", "organisation")
    assert found["Rell"] == ("KRX-TV", "organisation")
    assert "KRX-TV" not in found


def test_a_tenure_word_before_an_office_in_an_apposition_keeps_the_state(extract):
    found = extract(
        "Elena Vargas, the acting Prime Minister of Bolivia, rejected the offer. Vargas left "
        "early.\n\nFloods hit Ghana again. Kofi Mensah, the caretaker Finance Minister, "
        "promised aid."
    )
    assert ("Elena Vargas", "Elena Vargas", "BOL") in found
    assert ("Vargas", "Elena Vargas", "BOL") in found
    assert ("Kofi Mensah", "Kofi Mensah", "GHA") in found


def test_regional_blocs_and_national_legislatures_by_their_own_names(extract):
    found = extract(
        "Ministers of the Caribbean Community met envoys of the Andean Community in Lima. "
        "Anil Mehra, a member of the Lok Sabha, joined them; the Knesset sent a letter."
    )
    assert ("Caribbean Community", "CARICOM", None) in found
    assert ("Andean Community", "Andean Community", None) in found
    assert ("Lok Sabha", "Lok Sabha", "IND") in found
    assert ("Anil Mehra", "Anil Mehra", "IND") in found
    assert ("Knesset", "Knesset", "ISR") in found


def test_a_lower_case_office_in_a_body_of_state_makes_the_states_official(extract):
    text = (
        "Former FBI deputy director Carla Nunez told the panel the files were lost. "
        "NASA administrator Tomas Reyes said the launch would slip."
    )
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Former FBI deputy director Carla Nunez"] == ("Carla Nunez", "USA")
    assert found["NASA administrator Tomas Reyes"] == ("Tomas Reyes", "USA")
    assert "FBI" not in found and "NASA" not in found


def test_a_regions_possessive_before_an_office_says_the_officials_state(extract):
    text = (
        "On Monday, Scotland's education secretary, Moira Bell, closed the schools. "
        "Bell said the rule would last a week. Quebec's premier Louis Tremblay disagreed."
    )
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Moira Bell"] == ("Moira Bell", "GBR")
    assert found["Bell"] == ("Moira Bell", "GBR")
    assert found["Quebec's premier Louis Tremblay"] == ("Louis Tremblay", "CAN")


def test_a_states_name_closing_a_slogan_or_a_venue_is_no_mention_of_the_state(extract):
    text = (
        "The rally slogan Make America Healthy Again drew crowds. "
        "The band played at the Rock Festival Poland last summer. Poland later banned the band."
    )
    found = [(m, actor) for m, actor, _ in extract(text)]
    assert ("America", "United States") not in found
    assert found.count(("Poland", "Poland")) == 1  # the state in the last sentence only


def test_a_name_followed_by_of_an_international_body_is_one_mention_of_the_body(extract):
    text = (
        "Lena Ortiz of the World Bank said growth would slow. Ortiz added that prices rose. "
        "Dr. Samir Haddad of UNICEF visited the camp. Dr. Ann Wu of the University of Leeds disagreed."
    )
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Lena Ortiz of the World Bank"] == ("World Bank", None)
    assert found["Ortiz"] == ("World Bank", None)
    assert found["Dr. Samir Haddad of UNICEF"] == ("UNICEF", None)
    assert found["Dr. Ann Wu"] == ("Ann Wu", None)  # a scholar keeps her name


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("The minister reminded Anna Keller of the WHO guidance on masks.", "Anna Keller", "WHO"),
        ("Reporters asked Tom Vance of the UN's role in the talks.", "Tom Vance", "UN"),
        ("She told Ben Adler of the World Bank decision on Friday.", "Ben Adler", "World Bank"),
    ],
)
def test_a_verb_s_of_before_a_body_keeps_the_person_and_the_body_apart(extract, text, person, body):
    found = [m for m, _, _ in extract(text)]
    assert person in found and body in found


def test_an_apposition_naming_an_international_body_keeps_two_mentions(extract):
    text = "Agnes Morel, a UN rapporteur on executions, said the inquiry was blocked."
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Agnes Morel"] == ("United Nations", None)
    assert found["UN"] == ("United Nations", None)


def test_a_stateless_name_is_written_as_the_storys_state_writes_names(extract):
    china = (
        "China's health commission said the virus spread. The doctor Li Wenhao warned "
        "colleagues in Wuhan. Li died in February."
    )
    found = {m: (actor, country) for m, actor, country in extract(china)}
    assert found["Li"] == ("Li Wenhao", None)  # the family name first, not the table's Li Qiang
    puerto_rico = (
        "Puerto Rico's Senate met on Monday. Governor Ana Colón Ríos signed the bill on "
        "Tuesday. Later, Colón said the law would help."
    )
    found = {m: (actor, country) for m, actor, country in extract(puerto_rico)}
    assert found["Colón"] == ("Ana Colón Ríos", "PRI")  # the father's surname first


def test_both_surnames_written_together_are_one_mention(extract):
    text = (
        "Puerto Rico's Senate met. Senate President Tomas Rivera Vidal spoke. "
        "Later, Rivera Vidal and the governor met."
    )
    found = [(m, actor) for m, actor, _ in extract(text)]
    assert ("Rivera Vidal", "Tomas Rivera Vidal") in found
    assert ("Vidal", "Tomas Rivera Vidal") not in found and ("Rivera", "Tomas Rivera Vidal") not in found


def test_the_french_courtesy_title_is_not_part_of_the_name(extract):
    text = (
        "France's finance ministry met on Monday. Mme Claire Vautrin, the minister, spoke. "
        "Later, Mme Vautrin said the budget would pass."
    )
    found = [(m, actor) for m, actor, _ in extract(text)]
    assert all(actor == "Claire Vautrin" for m, actor in found if "Vautrin" in m), found


def test_an_organisation_told_or_cited_is_an_actor_though_named_for_its_town(extract):
    text = (
        "A deputy told Harlow Weekly that the depot would close. Turnout fell by a fifth, "
        "according to the Brackenridge Ledger. According to Harlow's mayor, the roads were clear."
    )
    found = {m: actor for m, actor, _ in extract(text)}
    assert found["Harlow Weekly"] == "Harlow Weekly"
    assert found["Brackenridge Ledger"] == "Brackenridge Ledger"
    assert "Harlow" not in found


def test_a_band_a_website_or_a_shop_chain_before_a_name_makes_it_an_organisation(extract):
    text = (
        "Fans mourned the drummer of punk band Broken Compass on Sunday. He joined Broken Compass in 1990. "
        "The gossip website CelebWire first reported it, and discount chain ValuMart pulled the records. "
        "Her cousin sang with folk band the Silver Foxes. The Silver Foxes cancelled their tour."
    )
    found = [(m, actor) for m, actor, _ in extract(text)]
    assert found.count(("Broken Compass", "Broken Compass")) == 2
    assert ("CelebWire", "CelebWire") in found and ("ValuMart", "ValuMart") in found
    assert found.count(("Silver Foxes", "Silver Foxes")) == 2


def test_a_descriptor_word_alone_in_a_listed_title_is_no_organisation(extract):
    text = (
        "Across three decades, Marsh cut 30 records and toured with swing bands, such as Artie Lane "
        "and His Band of Honor. Marsh died in 1990."
    )
    assert "Band" not in [m for m, _, _ in extract(text)]


def test_a_given_name_coordinated_with_a_full_name_shares_its_surname(extract):
    text = (
        "A court in Leeds jailed Oliver and Ruth Pemberton for fraud on Tuesday. Ruth Pemberton "
        "denied the charges. Their lawyer said Oliver would appeal. The fight goes on, Trump and Mike Pence said. "
        "The Pemberton house was sold. The party ran Ann Lowe for President and Jo Roe for Vice President."
    )
    found = extract(text)
    assert ("Oliver", "Oliver Pemberton", None) in found
    assert ("Ruth Pemberton", "Ruth Pemberton", None) in found
    assert found.count(("Oliver", "Oliver Pemberton", None)) == 2
    assert ("Trump", "Donald Trump", "USA") in found  # a surname, not a given name of a couple
    assert not any(m == "Pemberton" or m == "President" for m, _, _ in found)


def test_a_portfolio_after_of_is_part_of_the_office_not_of_the_name(extract):
    text = (
        "Portugal's cabinet met in Lisbon on Monday. Minister of Health Marta Sequeira said clinics "
        "would stay open, and Secretary of Foreign Affairs Rui Vaz agreed. Sequeira spoke again later."
    )
    found = extract(text)
    assert ("Minister of Health Marta Sequeira", "Marta Sequeira", "PRT") in found
    assert ("Secretary of Foreign Affairs Rui Vaz", "Rui Vaz", "PRT") in found
    assert ("Sequeira", "Marta Sequeira", "PRT") in found


def test_names_listed_right_after_a_plural_descriptor_are_organisations_wherever_named(extract_records):
    text = (
        "Shoppers emptied shelves at Canadian grocery chains Freshmart, Valuco and BIGSAVE on Sunday. "
        "Valuco said limits would apply, and Freshmart added staff. The firms Smith founded went bankrupt."
    )
    found = [(m.text, m.actor_type) for m in extract_records(text)]
    assert found.count(("Valuco", "organisation")) == 2
    assert found.count(("Freshmart", "organisation")) == 2
    assert ("BIGSAVE", "organisation") in found
    assert ("Smith", "organisation") not in found  # one name after the plural: a clause's subject


def test_a_name_joined_to_a_plural_descriptor_is_no_listed_organisation(extract):
    text = "Fans still follow the club's radio stations and Kestrel to hear the news."
    assert "Kestrel" not in [m for m, _, _ in extract(text)]


def test_a_tribe_nation_or_studio_named_by_its_own_kind_word_is_an_organisation(extract_records):
    text = (
        "The pact was signed by the Gros Ventre and Cree Tribes of Rocky Boy, Lummi Nation and the "
        "Nez Perce Tribe on Monday. Leaders of the Western Paiute Tribe objected. Animators at Bluefin "
        "Studios walked out. Israel calls itself the Start-Up Nation."
    )
    found = {m.text: m.actor_type for m in extract_records(text)}
    for name in ("Gros Ventre and Cree Tribes", "Lummi Nation", "Nez Perce Tribe", "Western Paiute Tribe", "Bluefin Studios"):
        assert found.get(name) == "organisation", name
    assert "Up Nation" not in found and "Rocky Boy, Lummi Nation" not in found


def test_a_place_and_a_named_kind_ner_ran_together_at_a_comma_are_two(extract_records):
    text = "Joining the suit were the Sioux Tribes of Fort Peck, Blackfeet Nation, and two other tribes."
    found = {m.text: m.actor_type for m in extract_records(text)}
    assert found.get("Blackfeet Nation") == "organisation"
    assert not any("," in m for m in found)


def test_a_surname_ner_took_for_a_body_with_a_role_after_it_is_a_person(nlp):
    # NER tags the surname alone as an organisation and leaves the given name out
    from spacy.tokens import Span

    text = "Adaeze Okonkwo, an analyst at Vortexa, said flows would ease."
    doc = nlp(text)
    surname = next(t.i for t in doc if t.text == "Okonkwo")
    assert doc[surname - 1].dep_ == "compound" and doc[surname - 1].head.i == surname
    vortexa = next(t.i for t in doc if t.text == "Vortexa")
    doc.ents = [Span(doc, surname, surname + 1, label="ORG"), Span(doc, vortexa, vortexa + 1, label="ORG")]
    found = [(m.text, m.actor_type) for m in resolver(load_table()).mentions(doc, "t")]
    assert ("Adaeze Okonkwo", "person") in found and ("Okonkwo", "organisation") not in found


def test_an_organisation_named_in_full_is_met_again_by_a_word_of_its_own_name(extract):
    text = (
        "Former members of the Church of Unification sued on Tuesday. They said Unification had "
        "hidden its accounts for a decade. Scientists at the Halvorsen Institute of Marine Biology "
        "published the survey. She returned to Halvorsen in 1990 to lead its fleet."
    )
    found = {m: actor for m, actor, _ in extract(text)}
    assert found["Unification"] == "Church of Unification"
    assert found["Halvorsen"] == "Halvorsen Institute of Marine Biology"


def test_a_word_two_organisations_names_share_stands_for_neither(extract):
    text = (
        "Former members of the Church of Unification and the Unification Institute of Ruritania "
        "sued on Tuesday. They said Unification had hidden its accounts for a decade."
    )
    assert "Unification" not in {m for m, _, _ in extract(text)}


def test_a_day_ner_joins_to_an_organisation_after_a_preposition_is_no_part_of_its_name(nlp):
    from spacy.tokens import Span

    text = "On Friday Hartwell Motor Company announced a recall of its vans."
    doc = nlp(text)
    # NER joins the day to the name at an article's start ("[On Friday X Motor Company]ORG").
    doc.ents = [Span(doc, 0, 5, "ORG")]
    found = [(m.text, m.actor) for m in resolver(load_table()).mentions(doc, "t")]
    assert found == [("Hartwell Motor Company", "Hartwell Motor Company")]


def test_a_rank_or_an_elder_before_a_name_is_no_part_of_it(extract):
    found = {m: actor for m, actor, _ in extract(
        "Ottawa police Constable Marc Belanger said the driver fled. In Ontario, provincial police "
        "Detective Constable Renee Tremblay said the border closure raised prices. The Coast Guard "
        "ended the search on Friday. USCG Captain Irene Vasquez told reporters the crew had been found. "
        "Children sang songs, Elder Martin Greywolf offered a blessing, and the horses were set loose."
    )}
    assert found["Constable Marc Belanger"] == "Marc Belanger"
    assert found["Detective Constable Renee Tremblay"] == "Renee Tremblay"
    assert found["USCG Captain Irene Vasquez"] == "Irene Vasquez"
    assert found["Elder Martin Greywolf"] == "Martin Greywolf"


def test_an_ist_noun_before_a_name_describes_the_person(extract):
    text = (
        "The group tried to remove a promotional clip featuring Scientologist Dana Whitcombe from the "
        "website. The talk was given by Evangelist Samuel Okoro in Lagos."
    )
    actors = {actor for _, actor, _ in extract(text)}
    assert {"Dana Whitcombe", "Samuel Okoro"} <= actors
    assert not any(a.startswith(("Scientologist", "Evangelist")) for a in actors)


def test_a_name_ending_like_an_ist_noun_stays_a_name():
    from analysis.text.names import agent_noun

    assert agent_noun("Scientologist") and agent_noun("Pianist")
    assert not agent_noun("Lindqvist") and not agent_noun("Gilchrist") and not agent_noun("pianist")
    assert not any(agent_noun(name) for name in ("Lindquist", "Sundquist", "Bergquist", "Kleist"))
    # A church's word before a name describes the person, like "Methodist".
    assert agent_noun("Baptist") and agent_noun("Methodist")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # initials two bodies share are not in the oil companies' table: the text's state holds
        ("Turkey's PTT said it would deliver the ballots by post.", "PTT", "TUR"),
        ("ANCAP gave the new hatchback five stars in its crash test.", "ANCAP", None),
        # a refiner named in full is its state's
        ("Idemitsu Kosan cut its runs on Monday.", "Idemitsu Kosan", "JPN"),
    ],
)
def test_oil_companies_table_keeps_shared_initials_out(extract_records, text, surface, country):
    found = {m.text: m for m in extract_records(text)}
    assert found[surface].country == country


def test_a_lower_case_office_of_state_in_an_apposition_gives_the_text_state(extract):
    text = (
        "Floods closed schools across Kerala, India, on Monday. Anil Menon, the state's water "
        "minister, said pumps were on their way. Meena Rao, undersecretary to the chief minister, "
        "promised relief. Tom Hale, the company's director, said the factory would reopen."
    )
    found = {m: (actor, country) for m, actor, country in extract(text)}
    assert found["Anil Menon"] == ("Anil Menon", "IND")
    assert found["Meena Rao"] == ("Meena Rao", "IND")
    assert found["Tom Hale"] == ("Tom Hale", None)


def test_a_university_named_with_its_campus_city_is_one_organisation(extract):
    text = (
        "Engineers at the University of Wisconsin at Milwaukee built the rover. A chemist from "
        "the University of Texas, Arlington joined them. Another team came from the University "
        "of Miami, Florida, last year."
    )
    found = [m for m, _, _ in extract(text)]
    assert "University of Wisconsin at Milwaukee" in found
    assert "University of Texas, Arlington" in found
    assert "University of Miami" in found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the dateline's state, named first, is the story's however often its buyer comes after
        ("LUANDA, June 4 - Angola's crude shipments to China rose in May as Chinese refiners bought more. "
         "China took two thirds of them, and Chinese buyers booked more for June.\n\n"
         "Output held steady, the Ministry of Energy said.", "AGO"),
        # a dateline the text never names as a state is only where the reporter was
        ("LONDON, June 4 - Iraq's crude exports rose in May as Iraqi fields recovered.\n\n"
         "Output held steady, the Ministry of Oil said.", "IRQ"),
    ],
)
def test_an_unplaced_ministry_in_a_paragraph_naming_no_state_is_the_story_s(extract_records, text, country):
    ministry = next(m for m in extract_records(text) if "ministry" in m.text.lower())
    assert ministry.country == country


@pytest.mark.parametrize("text, thing", [
    ("Police said Elder Abuse Prevention Week starts on Monday.", "Abuse Prevention Week"),
    ("The Elder Scrolls Online drew two million players.", "Scrolls Online"),
    ("Elder Dempster Lines ran ships to West Africa.", "Dempster Lines"),
    ("Captain Marvel star Brie Larson attended.", "Marvel"),
    ("Sales of Captain Morgan rum rose 5%, Diageo said.", "Morgan"),
    ("The Captain Marvel sequel opened on Friday, and Captain Haddock comics sold out.", "Haddock"),
])
def test_a_rank_before_no_persons_name_makes_no_one_a_person(extract_records, text, thing):
    # "Captain" and "Elder" also open the names of films, rum, games, campaigns and lines.
    people = {m.actor for m in extract_records(text) if m.actor_type == "person"}
    assert thing not in people and not any(thing in p for p in people if p != "Brie Larson")


def test_a_rank_before_the_surname_of_a_person_named_in_full_titles_them(extract):
    text = (
        "USCG Captain Irene Vasquez told reporters the crew had been found. Later, Captain Vasquez "
        "said the search was over."
    )
    assert ("Captain Vasquez", "Irene Vasquez") in [(m, actor) for m, actor, _ in extract(text)]


@pytest.mark.parametrize("text, word", [
    ("The Ford Foundation gave $10 million to the museum. Ford recalled 20,000 pickup trucks on Monday.", "Ford"),
    ("The Ford Foundation gave $10 million to the museum. Shares of Ford fell 3% on Monday.", "Ford"),
    ("He is a researcher at the Harvard Medical School in Boston. Harvard admitted 2,000 students this year.",
     "Harvard"),
    ("She studied at the Mayo Clinic College of Medicine. Mayo won the All-Ireland title on Sunday.", "Mayo"),
])
def test_a_bodys_namesake_acting_alone_is_not_the_body(extract, text, word):
    # "Ford", "Harvard", "Mayo" name a company, a university, a county of their own.
    assert word not in {m for m, _, _ in extract(text)}


def test_a_bodys_namesake_as_a_modifier_is_the_body(extract):
    text = "She read a piece in Liberty Magazine, a church publication. The claims in the Liberty article were false."
    assert ("Liberty", "Liberty Magazine") in [(m, actor) for m, actor, _ in extract(text)]


def test_a_namesake_word_still_stands_for_its_own_body(extract):
    text = "Researchers at Stanford University built the probe. Stanford said the launch would be in May."
    assert ("Stanford", "Stanford University") in [(m, actor) for m, actor, _ in extract(text)]


def test_a_website_named_by_its_domain_is_an_organisation(extract):
    text = (
        "According to review site FilmCritics.com, most critics liked the sequel. Other outlets "
        "such as Snark.com said they would keep the clip online. In a Daily.com.au report, a "
        "retail expert said stocks were low. By Friday the Example.org site was not loading. "
        "Donors gave through Giving.com; the rules can be found at Rules.org."
    )
    found = [(t, a) for t, a, _ in extract(text)]
    for name in ("FilmCritics.com", "Snark.com", "Daily.com.au"):
        assert (name, name) in found
    # the pages, a channel and an address, not a publisher
    assert not any(t in ("Example.org", "Giving.com", "Rules.org") for t, _ in found)


def test_a_name_its_bracketed_abbreviation_spells_across_and_is_one_organisation(extract):
    text = (
        "At noon, Canadian public utility Eastern Gas and Electric Company (EG&E) began the cuts. "
        "EG&E said on Monday that crews were ready. Customers criticised EG&E's website."
    )
    found = [(t, a) for t, a, _ in extract(text)]
    name = "Eastern Gas and Electric Company"
    assert (name, name) in found
    assert [t for t, a in found if a == name].count("EG&E") == 3
    assert not any(t in ("Eastern Gas", "Electric Company") for t, _ in found)


def test_a_lone_given_name_after_a_kin_noun_is_a_relative_of_the_familys_surname(extract):
    text = (
        "The sculptor Anton Lindqvist died on Friday aged 88. According to his wife, Greta, Lindqvist "
        "had been ill since spring. Lindqvist's devotion to his wife Greta, and children Hugo and Saga, "
        "was plain to anyone who met him. He is survived by his brother Nils."
    )
    found = extract(text)
    assert found.count(("Greta", "Greta Lindqvist", None)) == 2
    for given in ("Hugo", "Saga", "Nils"):
        assert (given, f"{given} Lindqvist", None) in found
    text = "Rosa Marquez called the clinic. Trying to reach her sister, Marquez was put through to a lawyer."
    assert ("Marquez", "Rosa Marquez", None) in extract(text)
    # an unnamed subject's "her", and a company's "parent", are no family of the article's
    text = "Mayor Dana Whitlock toured the flooded street. A neighbour said her son Teo had been rescued."
    assert not any(actor.endswith("Whitlock") and actor != "Dana Whitlock" for _, actor, _ in extract(text))
    text = "Instagram's parent Meta said revenue rose."
    assert not any(surface == "Meta" and actor != "Meta" for surface, actor, _ in extract(text))


def test_the_european_council_and_its_officers_count_toward_the_eu(extract):
    text = (
        "European Council chief Luc Vermeer said on Friday that leaders would meet again in June. "
        "The European Council has not set an agenda."
    )
    found = extract(text)
    assert ("European Council chief Luc Vermeer", "European Union", None) in found
    assert ("European Council", "European Union", None) in found


def test_a_platform_named_only_as_the_channel_is_no_actor(extract):
    text = (
        "The singer thanked her fans on Instagram. In a Facebook post on Monday, the bakery said "
        "it had sold out, and its owner used Telegram to deny the rumour. Facebook removed the page on Tuesday."
    )
    found = [(t, a) for t, a, _ in extract(text)]
    assert found.count(("Facebook", "Facebook")) == 1  # the one that acts
    assert not any(a in ("Instagram", "Telegram") for _, a in found)


@pytest.mark.parametrize("text, platform", [
    ("Engineers at Instagram fixed the fault within a day.", "Instagram"),
    ("Two moderators at Telegram resigned over the policy.", "Telegram"),
    ("The regulator called on Facebook to take the videos down.", "Facebook"),
])
def test_a_platform_after_at_or_on_acts_as_employer_or_addressee(extract, text, platform):
    assert [a for _, a, _ in extract(text)] == [platform]


def test_a_states_citizens_or_nationals_are_no_mention_of_the_state(extract):
    text = (
        "The embassy in Tbilisi told Canadian citizens to stay indoors, after two Korean nationals "
        "and several Georgian residents were hurt. Canadian officials said the advice would stand."
    )
    found = extract(text)
    assert [m for m, _, _ in found] == ["Canadian officials"]


@pytest.mark.parametrize("text, medium", [
    ("The strike followed rocket attacks on the base; Market Insider reported that the attack was planned weeks ahead.",
     "Market Insider"),
    ("Harbour Digest reported the sale on Friday.", "Harbour Digest"),
])
def test_a_name_ner_calls_an_organisation_that_reports_is_a_medium(extract, text, medium):
    assert (medium, medium, None) in extract(text)


@pytest.mark.parametrize("text, mention", [
    ("Lawyers for Scientology said the former member had taken the files.", "Scientology"),
    ("The Church of Scientology's spokeswoman declined to comment.", "Church of Scientology"),
])
def test_scientology_named_bare_is_the_church(extract, text, mention):
    assert (mention, "Church of Scientology") in [(t, a) for t, a, _ in extract(text)]


def test_a_name_ner_calls_an_organisation_paired_with_a_person_under_a_plural_role_is_a_person(extract):
    text = "The tourist said she met detectives Pascal Vautrin and Julien Marchetti near the station."
    assert ("Pascal Vautrin", "Pascal Vautrin", None) in extract(text)


def test_a_legislature_named_again_is_the_one_named_with_its_state(extract):
    text = (
        "The Parliament of Latvia voted on Monday to close the base. A State Department spokesman, Jo Roe, "
        "said the United States regretted the Parliament's vote. Russia's Foreign Ministry said it would reply; "
        "Chinese Foreign Minister Wang Yi said the Foreign Ministry would respond within days."
    )
    found = extract(text)
    assert ("Parliament", "Latvian parliament", "LVA") in found
    assert ("Foreign Ministry", "Chinese Foreign Ministry", "CHN") in found  # a ministry is still its speaker's


def test_a_state_named_as_where_a_thing_was_made_says_nothing_of_whom_the_paragraph_is_about(extract):
    text = (
        "Floods hit three provinces of Pakistan on Monday, and Pakistani officials said 40 people had died.\n\n"
        "A district official said the central government had sent no help, after a Japanese-built bridge "
        "over the river collapsed."
    )
    found = extract(text)
    assert ("central government", "Pakistani central government", "PAK") in found
    assert ("Japanese", "Japan", "JPN") in found  # still a mention


def test_a_group_of_a_body_named_without_its_state_takes_the_bodys_state(extract):
    text = (
        "Indian Navy officials met the shipbuilder on Monday. Later, senior Navy officials said "
        "the frigate order would stand."
    )
    found = extract(text)
    assert ("Navy officials", "Indian Navy", "IND") in found
    assert extract("Senior Navy officials said the order would stand.") == []  # no state to give it


def test_a_name_ner_takes_for_a_place_after_a_company_descriptor_is_the_company(extract):
    assert ("Arlesford", "Arlesford", None) in extract("The discount chain Arlesford was seen rationing pasta on Sunday.")
    assert extract("Farmers in Arlesford said the rain had ruined the harvest.") == []


def test_a_name_ner_calls_an_organisation_ending_in_a_newspapers_word_is_the_newspaper(extract):
    found = extract("According to Fiji Observer editor Jo Roe, the ban will stand.")
    assert ("Fiji Observer", "Fiji Observer", "FJI") in found
    assert not any(actor == "Fiji" for _, actor, _ in found)  # the place it is named for is part of its name


def test_a_party_of_a_state_the_text_never_names_is_one_of_the_texts_state(extract):
    text = ("Voters in Malta chose a new council on Sunday. Tom Lai of the Labour Party and "
            "Ana Chao of the Democratic Party were elected.")
    found = {m: c for m, _, c in extract(text)}
    assert (found["Tom Lai"], found["Ana Chao"]) == ("MLT", "MLT")
    # the table's state still holds where the text names it, or names no state at all
    assert ("Jo Roe", "Jo Roe", "USA") in extract("Jo Roe of the Democratic Party won the seat.")
    assert ("Al Poe", "Al Poe", "GBR") in extract("Al Poe of the Labour Party said Britain would vote in May.")


def test_a_party_keeps_its_state_in_a_story_on_a_state_without_such_a_party(extract):
    # Review finding: a home politician abroad lost their party's state whenever the text
    # named only the host state, while the party's mention kept the table's.
    found = extract("Jo Roe of the Labour Party met Emmanuel Macron in Paris.")
    assert ("Jo Roe", "Jo Roe", "GBR") in found and ("Labour Party", "Labour Party", "GBR") in found
    found = extract("Ann Vella of the Democratic Party visited Germany on Monday.")
    assert ("Ann Vella", "Ann Vella", "USA") in found


def test_an_acronym_defined_after_a_table_organisation_is_that_organisation(extract):
    text = ("The National Hurricane Center (NHC) upgraded the storm late on Friday. "
            "By Saturday the NHC had issued a warning for the coast.")
    found = extract(text)
    assert [(m, a, c) for m, a, c in found if m == "NHC"] == [("NHC", "National Hurricane Center", "USA")] * 2


def test_a_ring_or_stage_name_is_the_person_it_names(extract):
    text = ("Canadian boxer Sam Doyle, who fought for years under the ring name Iron Mike Bell, "
            "retired on Friday. Doyle said he was proud.")
    found = extract(text)
    assert {a for m, a, _ in found if m != "Canadian"} == {"Sam Doyle"}
    assert "Iron Mike Bell" in [m for m, _, _ in found]


def test_a_name_owning_or_modifying_the_phrase_after_known_as_is_someone_else(extract):
    # Review finding: the name after "known as" was merged into the person before it even
    # where it only owns or modifies the phrase ("known as Y's manager": Y is another person).
    text = "Jo Roe, best known as Ed Stone's manager, said the tour was over. Ed Stone did not comment."
    assert [(m, a) for m, a, _ in extract(text)] == [("Jo Roe", "Jo Roe"), ("Ed Stone", "Ed Stone"), ("Ed Stone", "Ed Stone")]
    text = "Ann Vella, known as Tom Gatt's rival, lost the race. Tom Gatt won."
    assert ("Tom Gatt", "Tom Gatt") in [(m, a) for m, a, _ in extract(text)]
    assert ("Tom Gatt", "Ann Vella") not in [(m, a) for m, a, _ in extract(text)]
    # the name that is the other name itself still is the person
    for text in ("Jo Roe, alias Ed Stone, was arrested in Paris.",
                 "Jo Roe, who uses the pseudonym Ed Stone, declined to comment."):
        assert ("Ed Stone", "Jo Roe") in [(m, a) for m, a, _ in extract(text)]


def test_a_nickname_quoted_inside_a_name_is_no_part_of_the_actor(extract):
    text = 'She later married film producer Giovanni "Gianni" Russo, who died in 1990. Russo was 61.'
    assert [(m, a) for m, a, _ in extract(text)] == [('Giovanni "Gianni" Russo', "Giovanni Russo"), ("Russo", "Giovanni Russo")]


def test_a_body_whose_name_ends_in_board_is_no_titled_person(extract_records):
    found = {m.text: m for m in extract_records("Pump prices will rise next month, the Energy Pricing Board said on Friday.")}
    board = found["Energy Pricing Board"]
    assert (board.actor, board.actor_type) == ("Energy Pricing Board", "organisation")


def test_a_bodys_of_phrase_coordinating_two_nouns_is_one_name(extract):
    found = extract("Grain exports will resume in May, the Ministry of Agriculture and Rural Resources said.")
    assert ("Ministry of Agriculture and Rural Resources", "Ministry of Agriculture and Rural Resources", None) in found
    assert not any(m == "Rural Resources" for m, _, _ in found)


def test_a_name_the_sentence_says_was_elected_is_a_politician_of_the_texts_state(extract):
    text = ("Voters in Malta chose a new council on Sunday. Ann Vella and Jo Borg were comfortably re-elected. "
            "In the north, newcomer Tom Gatt was elected with 5,516 votes.")
    found = {m: c for m, _, c in extract(text)}
    assert (found["Ann Vella"], found["Jo Borg"], found["Tom Gatt"]) == ("MLT",) * 3
    assert ("Jo Borg", "Jo Borg", None) in extract("Jo Borg sings in Malta. Ann Vella was elected by the club.")


def test_elected_by_someone_or_to_do_something_is_no_win_by_vote(extract):
    # Review finding: "by" after the verb was never seen, and the active "elect to" (choose) fired.
    for text in ("Jo Roe was elected by the club members to lead the Kenya Golf Club.",
                 "Jo Roe elected to retire early. She lives in Kenya.",
                 "Ann Vella was elected by her fellow residents to chair the Malta Rowing Club.",
                 "Ann Vella elected to stay home. She lives in Malta."):
        assert [c for m, _, c in extract(text) if m in ("Jo Roe", "Ann Vella")] == [None], text
    found = {m: c for m, _, c in extract("Voters in Malta went to the polls. Jo Roe was elected by a wide margin.")}
    assert found["Jo Roe"] == "MLT"  # a measure of the win is no agent
    for text in ("Voters in Malta went to the polls. Jo Roe was elected by voters in the north.",
                 "Voters in Malta went to the polls. Jo Roe was elected to serve a second term.",
                 "Voters in Malta went to the polls. Jo Roe won and was elected.",
                 "Voters in Malta went to the polls. Jo Roe got re-elected."):
        assert {m: c for m, _, c in extract(text)}["Jo Roe"] == "MLT", text
