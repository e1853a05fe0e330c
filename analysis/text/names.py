"""How names of people are written: courtesy titles, particles and suffixes.

One copy for every extractor, so "Prince X" or "Ms. Y" is read the same way in
``actor_mentions`` and ``quotes.speaker``. The words are data (``data/lexicon.yaml``).
"""

from __future__ import annotations

from analysis.text.lexicon import words

HONORIFICS = words("names", "honorifics")  # as written: "Mr.", "Ms"
HONORIFIC_TITLES = words("names", "honorific_titles")  # kept in a speaker's name
NAME_PARTICLES = words("names", "particles")
NAME_SUFFIXES = words("names", "suffixes")
OCCUPATIONS = words("names", "occupations")  # "Actor X", "Voter Y": never part of the name
