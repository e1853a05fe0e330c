"""The actor table: every surface form newslens knows, and the actor it stands for.

Three layers, later ones overriding earlier ones surface form by surface form:

1. states from pycountry (ISO 3166-1 names, codes; LGPL-2.1, used unmodified as a
   dependency) completed by ``data/countries.yaml`` (short names, demonyms, capitals,
   seats of government — curated facts);
2. ``data/actors.yaml``: people with dated roles, organisations, state bodies and the
   vocabulary of the phrase rules;
3. the user's own alias file (YAML or CSV: alias, actor, actor_type, country).

The table is plain data; :mod:`analysis.extractors.actors.resolve` decides which form in a text
is a mention.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml

from analysis.errors import AliasFileError
from corpus.report import printable
from corpus.yamlsafe import YamlError, safe_load_bounded

DATA_DIR = Path(__file__).with_name("data")
COUNTRIES_FILE = DATA_DIR / "countries.yaml"
ACTORS_FILE = DATA_DIR / "actors.yaml"

# Kinds of surface form (what a phrase rule may do with it).
NAME = "name"  # a state's name or short form: always the state
CAPITAL = "capital"  # stands for the state only where it is not a place
SEAT = "seat"  # seat of government ("Kremlin"): like a capital
DEMONYM = "demonym"  # "Russian": part of a longer phrase, or the state on its own
DEMONYM_PLURAL = "demonym_plural"  # "Russians": a group
PERSON = "person"
ORGANISATION = "organisation"
BODY = "body"  # "Foreign Ministry": needs a state
NOT_ACTOR = "not_actor"  # "South China Sea": blocks what it contains
REGION = "region"  # "Kurdistan": says which state a title or a name belongs to, never a mention

ACTOR_TYPES = ("country", "person", "organisation", "group")
# Kinds that may sit inside an organisation's name without being their own mention.
STATE_PART_KINDS = (NAME, DEMONYM, CAPITAL, REGION)


@dataclass(slots=True, frozen=True)
class Role:
    title: str
    country: str | None
    start: dt.date | None
    end: dt.date | None

    def held_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True, frozen=True)
class Person:
    name: str
    country: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...] = ()


@dataclass(slots=True, frozen=True)
class State:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]
    prefix: str  # how its bodies are named: "Russian" Foreign Ministry, "U.S." Army
    regions: tuple[str, ...] = ()
    people: tuple[str, ...] = ()  # nouns for its people beyond the demonyms' plurals ("Britons")


@dataclass(slots=True, frozen=True)
class Entry:
    """One surface form and what it stands for."""

    alias: str
    kind: str
    actor: str
    actor_type: str
    country: str | None
    source: str = "table"  # "table" or "alias-file"


# Identity, not value, makes two tables the same: each run's table keys its own resolver.
@dataclass(slots=True, weakref_slot=True, eq=False)
class ActorTable:
    states: dict[str, State] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    entries: dict[str, Entry] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)  # alias -> canonical body kind
    titles: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    government_nouns: frozenset[str] = frozenset()
    us_states: frozenset[str] = frozenset()
    # Organisations that act for their state (actors.yaml ``state: true``): state
    # companies, armed forces, agencies; the ``state`` column of actor_mentions.
    state_actors: frozenset[str] = frozenset()
    # Social platforms (actors.yaml ``platform: true``): an actor where they act ("Facebook
    # removed the page"), not where they are only the channel ("wrote on Facebook").
    platforms: frozenset[str] = frozenset()
    # State bodies that are a legislature or one of its chambers (actors.yaml ``legislature:
    # true``): named again bare, the one the story named with its state.
    legislatures: frozenset[str] = frozenset()
    # Phrases that hold a state's name but stand for none ("Gulf of Mexico", "Russian
    # roulette"): actors.yaml ``not_actors``, without the commodities.
    not_actor_phrases: frozenset[str] = frozenset()
    _folded: dict[str, str] = field(default_factory=dict)  # folded form -> ISO3
    _places: "re.Pattern | None" = None  # the regions' names as one pattern, built on first use
    _not_actor_phrases: "re.Pattern | None" = None  # likewise
    _bodies_folded: "dict[str, str] | None" = None  # ``bodies`` by lower-cased alias, likewise

    # -- building -------------------------------------------------------------------

    def add(self, entry: Entry, *, override: bool = False) -> None:
        # Text keeps its apostrophes as written: "N’Djamena" and "N'Djamena" both match.
        variants = {entry.alias, entry.alias.replace("'", "’"), entry.alias.replace("’", "'")}
        for alias in sorted(variants):
            if override or alias not in self.entries:
                self.entries[alias] = replace(entry, alias=alias)

    def add_state(self, state: State) -> None:
        self.states[state.iso3] = state
        for alias in (state.name, *state.aliases):
            self.add(Entry(alias, NAME, state.name, "country", state.iso3))
        for demonym in state.demonyms:
            self.add(Entry(demonym, DEMONYM, state.name, "country", state.iso3))
            plural = _demonym_plural(demonym)
            if plural:
                self.add(Entry(plural, DEMONYM_PLURAL, state.name, "group", state.iso3))
        for noun in state.people:
            self.add(Entry(noun, DEMONYM_PLURAL, state.name, "group", state.iso3))
        for capital in state.capitals:
            self.add(Entry(capital, CAPITAL, state.name, "country", state.iso3))
        for seat in state.seats:
            self.add(Entry(seat, SEAT, state.name, "country", state.iso3))
        for region in state.regions:
            self.add(Entry(region, REGION, "", "", state.iso3))
        for form in (state.name, *state.aliases, *state.demonyms, *state.capitals, *state.seats):
            self._folded.setdefault(fold(form), state.iso3)
        self._folded.setdefault(fold(state.iso3), state.iso3)

    # -- queries --------------------------------------------------------------------

    def state(self, iso3: str | None) -> State | None:
        return self.states.get(iso3) if iso3 else None

    def country_name(self, iso3: str | None) -> str | None:
        state = self.state(iso3)
        return state.name if state else None

    def body_name(self, body: str, iso3: str | None) -> str:
        """Canonical name of a state body: "Russian Foreign Ministry", "U.S. Army"."""
        state = self.state(iso3)
        return f"{state.prefix} {body}" if state and state.prefix else body

    def places_in(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, ISO3) of each place inside a state the text names (a ``regions``
        entry of countries.yaml: "Shandong", "Basra"), in one scan of the text."""
        if self._places is None:
            regions = sorted((alias for alias, entry in self.entries.items() if entry.kind == REGION), key=len, reverse=True)
            self._places = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(r) for r in regions) + r")(?![\w-])") if regions else re.compile(r"(?!)")
        return [(m.start(), m.end(), self.entries[m.group(0)].country) for m in self._places.finditer(text)]

    def blank_not_actors(self, text: str) -> str:
        """The text with each ``not_actor_phrases`` name blanked to spaces (offsets kept), so
        a name scan finds no state in "Gulf of Mexico output"."""
        if self._not_actor_phrases is None:
            names = sorted(self.not_actor_phrases, key=len, reverse=True)
            self._not_actor_phrases = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])") if names else re.compile(r"(?!)")
        return self._not_actor_phrases.sub(lambda m: " " * len(m.group(0)), text)

    def body_kind(self, phrase: str) -> str | None:
        """The canonical kind of the body ``phrase`` names, in any case ("petroleum ministry")."""
        if self._bodies_folded is None:
            self._bodies_folded = {alias.lower(): kind for alias, kind in self.bodies.items()}
        return self._bodies_folded.get(phrase.lower())

    def lookup_country(self, name: str | None) -> str | None:
        """ISO3 of the state a name, short form, demonym, capital or ISO code stands for."""
        if not name:
            return None
        text = _strip_article(name.strip())
        if text.endswith(("’s", "'s")):
            text = text[:-2]
        key = fold(text)
        if key in self._folded:
            return self._folded[key]
        return _pycountry_alpha3(name.strip())

    def role_holder(self, title: str, iso3: str | None, day: dt.date | None = None) -> Person | None:
        """The person who held ``title`` for ``iso3`` on ``day`` (None: any time)."""
        wanted = fold(title)
        for person in self.people.values():
            for role in person.roles:
                if fold(role.title) == wanted and role.country == iso3 and role.held_on(day):
                    return person
        return None


# -- loading ------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _pycountry_alpha3(name: str) -> str | None:
    """pycountry's ISO3 for a name, once per name: its lookup scans every country."""
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


@lru_cache(maxsize=1 << 16)  # the same names are folded again and again
def fold(text: str) -> str:
    """Case- and accent-insensitive key ("Rodríguez" == "rodriguez")."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _strip_article(text: str) -> str:
    for article in ("the ", "The "):
        if text.startswith(article):
            return text[len(article):]
    return text


def _demonym_plural(demonym: str) -> str | None:
    # Only the regular plurals: "Russians", "Iraqis"; "Chinese", "Swiss" have none.
    if demonym.endswith(("an", "i", "ean")) and " " not in demonym:
        return demonym + "s"
    return None


def _as_tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _pycountry_names(country) -> list[str]:
    names = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        # "Korea, Republic of" and "Virgin Islands, U.S." are index forms, not text.
        if value and "," not in value and "(" not in value and value not in names:
            names.append(_strip_article(value))
    return names


def load_states(path: Path = COUNTRIES_FILE) -> list[State]:
    curated = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    states = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        extra = curated.get(country.alpha_3) or {}
        names = _pycountry_names(country)
        name = extra.get("name") or (names[0] if names else country.name)
        aliases = [a for a in (*names, *_as_tuple(extra.get("aliases"))) if a != name]
        demonyms = _as_tuple(extra.get("demonyms"))
        states.append(
            State(
                iso3=country.alpha_3,
                name=name,
                aliases=tuple(dict.fromkeys(aliases)),
                demonyms=demonyms,
                capitals=_as_tuple(extra.get("capital")),
                seats=_as_tuple(extra.get("seats")),
                prefix=str(extra.get("prefix") or (demonyms[0] if demonyms else name)),
                regions=_as_tuple(extra.get("regions")),
                people=_as_tuple(extra.get("people")),
            )
        )
    return states


def build_table(aliases_file: str | Path | None = None) -> ActorTable:
    table = ActorTable()
    for state in load_states():
        table.add_state(state)
    data = yaml.safe_load(ACTORS_FILE.read_text(encoding="utf-8"))
    # People and organisations override state forms where they collide ("Chad" stays
    # a state: nobody curated is called that; "Washington Post" is longer anyway).
    for item in data.get("people") or ():
        roles = tuple(
            Role(r["title"], r.get("country"), _date(r.get("from")), _date(r.get("to")))
            for r in item.get("roles") or ()
        )
        person = Person(item["name"], item.get("country"), _as_tuple(item.get("aliases")), roles)
        table.people[person.name] = person
        for alias in (person.name, *person.aliases):
            table.add(Entry(alias, PERSON, person.name, "person", person.country), override=True)
    organisations = {item["name"]: item for item in data.get("organisations") or ()}
    for item in organisations.values():
        # An organ folded into its polity ("European Court of Justice" → European Union):
        # its mentions are the parent's.
        parent = organisations.get(item["part_of"]) if item.get("part_of") else item
        if parent is None:
            raise ValueError(f"{ACTORS_FILE}: {item['name']!r} is part_of {item['part_of']!r}, which is no organisation listed there")
        for alias in (item["name"], *_as_tuple(item.get("aliases"))):
            table.add(
                Entry(alias, ORGANISATION, parent["name"], "organisation", parent.get("country")),
                override=True,
            )
    for item in data.get("bodies") or ():
        for alias in (item["name"], *_as_tuple(item.get("aliases"))):
            table.bodies[alias] = item["name"]
            table.add(Entry(alias, BODY, item["name"], "organisation", None))
    for phrase in (*(data.get("not_actors") or ()), *(data.get("commodities") or ())):
        table.add(Entry(phrase, NOT_ACTOR, "", "", None), override=True)
    table.not_actor_phrases = frozenset(data.get("not_actors") or ())
    table.titles = frozenset(_as_tuple(data.get("titles")))
    table.group_nouns = frozenset(_as_tuple(data.get("group_nouns")))
    table.government_nouns = frozenset(_as_tuple(data.get("government_nouns")))
    table.us_states = frozenset(_as_tuple(data.get("us_states")))
    table.state_actors = frozenset(item["name"] for item in data.get("organisations") or () if item.get("state"))
    table.platforms = frozenset(item["name"] for item in data.get("organisations") or () if item.get("platform"))
    table.legislatures = frozenset(item["name"] for item in data.get("bodies") or () if item.get("legislature"))
    if aliases_file:
        for entry in read_alias_file(aliases_file, table):
            table.add(entry, override=True)
    return table


def read_alias_file(path: str | Path, table: ActorTable | None = None) -> list[Entry]:
    """Read a user alias file: YAML (a list of mappings) or CSV with a header row.

    Columns: ``alias, actor, actor_type, country`` (country: ISO3, a state's name, or
    empty). A ``country`` alias of an existing state counts toward that state.
    """
    path = Path(path)
    shown = printable(str(path))
    if not path.is_file():
        raise AliasFileError(f"{shown}: alias file not found")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = path.read_bytes()[: err.start].count(b"\n") + 1
        raise AliasFileError(
            f"{shown}, line {line}: not UTF-8 text (byte 0x{err.object[err.start]:02x} at offset {err.start}); "
            "save the alias file as UTF-8"
        ) from None
    except OSError as err:
        raise AliasFileError(f"{shown}: cannot read the alias file: {err.strerror or err}") from None
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        rows = [(f"row {i}", row) for i, row in enumerate(reader, start=2)]
    else:
        try:  # bounded: an alias bomb is refused, not expanded
            loaded = safe_load_bounded(text, origin=shown) or []
        except YamlError as err:
            where = f"{shown}, line {err.line}" if err.line is not None else shown
            invalid = err.reason.startswith("invalid YAML: ")
            reason = f"not valid YAML: {err.reason.removeprefix('invalid YAML: ')}" if invalid else f"refused: {err.reason}"
            raise AliasFileError(f"{where}: {reason}") from None
        if isinstance(loaded, dict):
            loaded = loaded.get("aliases", [])
        if not isinstance(loaded, list):
            raise AliasFileError(f"{shown}: expected a list of aliases")
        rows = [(f"item {i}", row) for i, row in enumerate(loaded, start=1)]
    entries = []
    for where, row in rows:
        if not isinstance(row, dict):
            raise AliasFileError(f"{shown}: {where}: expected alias, actor, actor_type, country")
        alias = str(row.get("alias") or "").strip()
        actor = str(row.get("actor") or "").strip()
        actor_type = str(row.get("actor_type") or "").strip().lower() or "organisation"
        country_raw = str(row.get("country") or "").strip()
        if not alias or not actor:
            raise AliasFileError(f"{shown}: {where}: alias and actor are required")
        if actor_type not in ACTOR_TYPES:
            raise AliasFileError(
                f"{shown}: {where}: actor_type {actor_type!r} is not one of {', '.join(ACTOR_TYPES)}"
            )
        country = None
        if country_raw:
            country = (table.lookup_country(country_raw) if table else None) or (
                country_raw.upper() if len(country_raw) == 3 else None
            )
            if country is None:
                raise AliasFileError(f"{shown}: {where}: unknown country {country_raw!r}")
        kind = {"country": NAME, "person": PERSON, "group": ORGANISATION}.get(actor_type, ORGANISATION)
        entries.append(Entry(alias, kind, actor, actor_type, country, source="alias-file"))
    return entries


@lru_cache(maxsize=8)
def _cached_table(aliases_file: str | None, version: tuple | None = None) -> ActorTable:
    return build_table(aliases_file)


def load_table(aliases_file: str | Path | None = None) -> ActorTable:
    """The actor table, built once per process per alias file *as it is now*: a file
    edited in a long-lived kernel gives a new table, never results of the old one under
    the new file's cache key."""
    if not aliases_file:
        return _cached_table(None)
    path = Path(aliases_file).resolve()
    try:
        stat = path.stat()
        version = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        version = None  # build_table says what is wrong with it
    return _cached_table(str(path), version)
