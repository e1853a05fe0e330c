"""How names of people are written: courtesy titles, particles and suffixes.

One copy for every extractor, so "Prince X" or "Ms. Y" is read the same way in
``actor_mentions`` and ``quotes.speaker``. The words are data (``data/lexicon.yaml``).
"""

from __future__ import annotations

import re

from analysis.text.lexicon import words

HONORIFICS = words("names", "honorifics")  # as written: "Mr.", "Ms"
HONORIFIC_TITLES = words("names", "honorific_titles")  # kept in a speaker's name
NAME_PARTICLES = words("names", "particles")
NAME_SUFFIXES = words("names", "suffixes")
OCCUPATIONS = words("names", "occupations")  # "Actor X", "Voter Y": never part of the name
OFFICER_ROLES = words("names", "officer_roles")  # "chief executive", "spokesperson": an organisation's officer

FEMALE_KIN = words("names", "female_kin")  # lemmas: "wife", "daughter"
MALE_KIN = words("names", "male_kin")
KIN_NOUNS = FEMALE_KIN | MALE_KIN | words("names", "kin_without_sex")

_NAMES_LIKE_AGENTS = tuple(words("names", "names_like_agents"))  # "Lindqvist", "Gilchrist"
_WEB_PAGE_NOUNS = words("names", "web_page_nouns")
_WEB_ADDRESS_BEFORE = words("names", "web_address_before")
_STAFF = words("names", "staff_nouns") | OFFICER_ROLES | OCCUPATIONS
_ADDRESSING_ON = words("names", "addressing_on")
# A capitalised domain name with one or two lower-case endings ("RottenTomatoes.com",
# "News.com.au"); a full address ("www.x.com", "http://…") does not start with a capital.
_DOMAIN = re.compile(r"[A-Z][A-Za-z0-9-]*[A-Za-z0-9](?:\.[a-z]{2,6}){1,2}")


def agent_noun(word: str) -> bool:
    """A capitalised "-ist" noun for what someone practises or believes ("Scientologist
    Jo Roe", "Pianist Al Poe"): like an occupation, a description before a name and never
    a word of it, whether the occupations list holds it or not."""
    low = word.lower()
    return word.istitle() and len(low) >= 6 and low.endswith("ist") and not low.endswith(_NAMES_LIKE_AGENTS)


_ROLE_REACH = 5  # words of an office ("chief financial officer", "director - general")


def _role_words(tokens) -> bool:
    """Whether a run of words is an office: words and hyphens only, one of them a role."""
    tokens = list(tokens)
    return bool(tokens) and all(t.is_alpha or t.text == "-" for t in tokens) and any(
        t.lower_ in OFFICER_ROLES for t in tokens
    )


def officer_role_before(doc, start: int, *, at: bool = False) -> int:
    """Where an office "of" or "for" an organisation opens when the organisation's name
    starts at ``start`` ("a spokesman for [Amnesty]", "the director-general of the
    [WHO]"): the office's first word (after its article), else -1. With ``at``, an office
    "at" one too ("Jo Roe, a vice president at [Apex],"): in an apposition to a name the
    "at" is the employer, elsewhere as often the place ("met the president at [the
    Kremlin]")."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in (("of", "for", "at") if at else ("of", "for")):
        return -1
    k = i
    while k - 1 >= 0 and i - (k - 1) <= _ROLE_REACH and (doc[k - 1].is_alpha or doc[k - 1].text == "-") \
            and doc[k - 1].lower_ not in ("a", "an", "the"):
        k -= 1
    return k if k < i and _role_words(doc[k:i]) else -1


def officer_role_after(doc, end: int, *, possessive: bool = True) -> int:
    """Where an office after an organisation's name ends ("[Greenpeace]'s policy director",
    or without the possessive "[Airbus] finance chief"; ``end`` the name's end): the token
    after the office, else -1."""
    has = end < len(doc) and doc[end].text in ("’s", "'s")
    if possessive and not has:
        return -1
    j = end + has
    while j < len(doc) and j - end <= _ROLE_REACH and (
        doc[j].text == "-" or doc[j].is_alpha and (doc[j].is_lower or doc[j].lower_ in OFFICER_ROLES)
    ):
        j += 1
    return j if _role_words(doc[end + has : j]) else -1


def site_name(doc, i: int) -> bool:
    """Whether token ``i`` names a website by its domain ("according to review site
    FilmCritics.com", "Snark.com said", "in a Daily.com.au report"): a publisher, an
    organisation like a newspaper; not when a noun after it makes it the pages ("the
    Example.org site was down"), nor a word before it an address or a channel ("found at
    Example.com", "donated through Example.com")."""
    return bool(_DOMAIN.fullmatch(doc[i].text)) and not as_channel(doc, i, i + 1)


def as_channel(doc, start: int, end: int) -> bool:
    """Whether a website's or a platform's name (tokens ``start``–``end``) is only the
    channel or the pages, not the publisher acting: a word before it says an address or a
    channel ("found at Example.com", "wrote on Facebook"), a noun after it the pages ("the
    Example.org site", "a Facebook post"), or it is what someone used ("used Instagram to
    thank fans"); not after people who work there ("executives at Facebook") nor a verb
    that addresses it ("called on Facebook to …")."""
    if start > 0 and doc[start - 1].lower_ in _WEB_ADDRESS_BEFORE:
        return not _addressed_or_employer(doc, start - 1)
    if end < len(doc) and doc[end].lower_ in _WEB_PAGE_NOUNS:
        return True
    last = doc[end - 1]
    return last.dep_ == "dobj" and last.head.lemma_ == "use"


def _addressed_or_employer(doc, prep: int) -> bool:
    """Whether the "at"/"on" at ``prep`` makes the name after it an actor: "at" after a
    noun for its staff ("engineers at Instagram"), "on" after a verb of addressing
    ("called on Facebook")."""
    if prep == 0:
        return False
    before = doc[prep - 1]
    if doc[prep].lower_ == "at":
        return before.pos_ in ("NOUN", "PROPN") and before.lemma_.lower() in _STAFF
    return doc[prep].lower_ == "on" and before.pos_ == "VERB" and before.lemma_ in _ADDRESSING_ON
