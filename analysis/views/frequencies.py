"""Actor frequencies: who the coverage is about, how much, where and when.

Pure functions over the pandas tables ``articles`` and ``actor_mentions`` (DESIGN.md
"Tables"); nothing here parses text with spaCy or reads files. Conventions:

* **duplicates** (``articles.duplicate_of`` set) are left out unless
  ``count_duplicates=True``: a story syndicated five times is one story;
* **level** ``"actor"`` counts canonical actors (Russia, Sergey Lavrov, Rosneft);
  ``"state"`` counts states by the ``state`` column: every mention of an actor that acts
  or stands for a state counts toward it ("Mr. Lavrov", "the Kremlin", "Rosneft" and
  "Russian Foreign Ministry officials" all count for Russia), while news agencies, data
  firms, private companies and people, platforms and international bodies count for no
  state ("according to Reuters" is not the United Kingdom);
* **kind** of an actor: ``state``, ``person`` or ``organisation`` (a group counts for
  the state or body it names: "Chinese officials" → China, a state);
* **mentions** are phrases; **articles** are the articles mentioning the actor at least
  once; **share of coverage** is articles mentioning / articles in the same group.

Every result is sorted deterministically (count descending, then name).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from typing import Iterable

import networkx as nx
import pandas as pd

from analysis.text.actor_table import load_table
from analysis.text.lexicon import words

LEVELS = ("actor", "state")
GROUP_BY = ("article", "source", "day", "week", "month")
SCOPES = ("sentence", "article")
_PERIOD = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}  # weeks run Monday to Sunday
TIME_FREQS = ("auto", "day", "week", "month", "quarter", "year")  # coverage_over_time

# Sentence ends: ., ! or ? (optionally closed by a quote or bracket) before a space and
# an upper-case letter or opening quote; abbreviations ("U.S. Army", "Mr. Lavrov",
# "Jan. 4") do not end sentences.
_SENTENCE_END = re.compile(r"[.!?][”’\"')\]]*\s+(?=[“\"‘'(\[]?[A-Z0-9À-Þ])")
_ABBREVIATIONS = words("sentences", "abbreviations")


# -- selection ------------------------------------------------------------------------


def select(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    actor_types: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    sources: Iterable[str] | None = None,
    count_duplicates: bool = False,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles and mentions in scope; mentions gain ``source``, ``published``
    (datetime or NaT) and ``kind`` columns.

    A date range keeps only dated articles inside it (bounds inclusive).
    """
    arts = unique_articles(articles, count_duplicates).copy()
    arts["published"] = pd.to_datetime(arts["published"], errors="coerce")
    if date_from is not None:
        arts = arts[arts["published"] >= pd.Timestamp(date_from)]
    if date_to is not None:
        arts = arts[arts["published"] <= pd.Timestamp(date_to)]
    if sources is not None:
        arts = arts[arts["source"].isin(list(sources))]
    ments = mentions[mentions["article_id"].isin(arts["article_id"])].copy()
    ments["kind"] = actor_kinds(ments)
    if actor_types is not None:
        ments = ments[ments["actor_type"].isin(list(actor_types))]
    if kinds is not None:
        ments = ments[ments["kind"].isin(list(kinds))]
    meta = arts.set_index("article_id")[["source", "published"]]
    ments = ments.join(meta, on="article_id")
    order = ["article_id", "start", "end"] if "start" in ments else ["article_id"]
    return arts.sort_values("article_id").reset_index(drop=True), ments.sort_values(order).reset_index(drop=True)


def selection_facts(articles: pd.DataFrame, mentions: pd.DataFrame, *, count_duplicates: bool = False) -> dict:
    """The counts that head the actor notebook, of what :func:`select` kept."""
    return {
        "articles selected": len(articles),
        "actor mentions": len(mentions),
        "distinct actors": mentions["actor"].nunique(),
        "duplicates counted": count_duplicates,
    }


def unique_articles(articles: pd.DataFrame, count_duplicates: bool = False) -> pd.DataFrame:
    """The articles, without the copies of a syndicated story unless ``count_duplicates``."""
    if count_duplicates or "duplicate_of" not in articles:
        return articles
    return articles[articles["duplicate_of"].isna() | (articles["duplicate_of"] == "")]


def actor_kinds(mentions: pd.DataFrame) -> pd.Series:
    """``state``/``person``/``organisation`` per mention; a group takes the kind of the
    actor it names ("Chinese officials" → China → state; "OPEC+ delegates" → OPEC+ →
    organisation)."""
    if mentions.empty:
        return pd.Series([], dtype="object", index=mentions.index)
    table = load_table()
    state_names = {s.name for s in table.states.values()}

    def kind(actor_type: str, actor: str) -> str:
        if actor_type == "person":
            return "person"
        if actor_type == "country" or (actor_type == "group" and actor in state_names):
            return "state"
        return "organisation"

    return pd.Series(
        [kind(t, a) for t, a in zip(mentions["actor_type"], mentions["actor"])],
        index=mentions.index,
        dtype="object",
    )


def _keyed(mentions: pd.DataFrame, level: str) -> pd.DataFrame:
    """Mentions with ``key`` (what is counted), ``name`` and ``kind`` for a level."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    out = mentions.copy()
    if level == "actor":
        out["key"] = out["actor"]
        out["name"] = out["actor"]
    else:
        table = load_table()
        out = out[out["state"].notna() & (out["state"] != "")].copy()
        out["key"] = out["state"]
        out["name"] = [table.country_name(c) or c for c in out["state"]]
        out["country"] = out["state"]
        out["kind"] = "state"
    return out


def _sort(frame: pd.DataFrame, by: list[str], ascending: list[bool]) -> pd.DataFrame:
    return frame.sort_values(by, ascending=ascending, kind="mergesort").reset_index(drop=True)


# -- frequencies ------------------------------------------------------------------------


def actor_frequencies(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    level: str = "actor",
    min_mentions: int = 1,
    top_n: int | None = None,
    **selection,
) -> pd.DataFrame:
    """One row per actor (or state): mentions, articles mentioning, and shares.

    Columns: ``actor, kind, country, mentions, articles, share_of_articles,
    share_of_mentions`` (shares in [0, 1]; ``country`` is the ISO3 the actor belongs to).
    """
    arts, ments = select(articles, mentions, **selection)
    columns = ["actor", "kind", "country", "mentions", "articles", "share_of_articles", "share_of_mentions"]
    keyed = _keyed(ments, level)
    if keyed.empty:
        return pd.DataFrame(columns=columns)
    grouped = keyed.groupby("key", sort=True)
    frame = pd.DataFrame(
        {
            "actor": grouped["name"].first(),
            "kind": grouped["kind"].agg(mode),
            "country": grouped["country"].agg(mode) if level == "actor" else grouped["key"].first(),
            "mentions": grouped.size(),
            "articles": grouped["article_id"].nunique(),
        }
    ).reset_index(drop=True)
    frame["share_of_articles"] = frame["articles"] / max(len(arts), 1)
    frame["share_of_mentions"] = frame["mentions"] / max(len(keyed), 1)
    frame = frame[frame["mentions"] >= min_mentions]
    frame = _sort(frame, ["mentions", "articles", "actor"], [False, False, True])
    frame = frame[columns]
    return frame.head(top_n).reset_index(drop=True) if top_n else frame


def mode(values: pd.Series):
    """The most frequent value, ties to the first in sort order (deterministic); None if all missing."""
    values = values.dropna()
    if values.empty:
        return None
    counts = values.value_counts()
    return sorted(counts.index[counts == counts.max()])[0]


def per_article(articles: pd.DataFrame, mentions: pd.DataFrame, *, level: str = "actor", **selection) -> pd.DataFrame:
    """Mentions of each actor in each article: ``article_id, actor, kind, mentions``."""
    _, ments = select(articles, mentions, **selection)
    keyed = _keyed(ments, level)
    if keyed.empty:
        return pd.DataFrame(columns=["article_id", "actor", "kind", "mentions"])
    frame = keyed.groupby(["article_id", "name", "kind"], sort=True).size().rename("mentions").reset_index()
    frame = frame.rename(columns={"name": "actor"})
    return _sort(frame, ["article_id", "mentions", "actor"], [True, False, True])


def grouped_frequencies(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    group_by: str = "source",
    level: str = "actor",
    **selection,
) -> pd.DataFrame:
    """Frequencies per source, article or period (day, week, month).

    Columns: ``group, actor, kind, mentions, articles, articles_in_group,
    share_of_coverage`` (articles mentioning the actor / articles in the group). Undated
    articles are left out of a time grouping; a missing source is "(unknown)".
    """
    if group_by not in GROUP_BY:
        raise ValueError(f"group_by must be one of {GROUP_BY}, not {group_by!r}")
    return _grouped(articles, mentions, group_by, level, **selection)


def coverage_by_source(
    articles: pd.DataFrame, mentions: pd.DataFrame, *, actors: Iterable[str], level: str = "state", **selection
) -> pd.DataFrame:
    """Each source's share of articles naming each of ``actors``: a ``source`` column, then
    one column per actor (0 where a source never names it)."""
    by_source = grouped_frequencies(articles, mentions, group_by="source", level=level, **selection)
    shares = by_source[by_source["actor"].isin(list(actors))].pivot_table(
        index="group", columns="actor", values="share_of_coverage", fill_value=0
    )
    return shares.reset_index().rename(columns={"group": "source"}).rename_axis(columns=None)


def _grouped(articles, mentions, group_by: str, level: str, **selection) -> pd.DataFrame:
    arts, ments = select(articles, mentions, **selection)
    columns = ["group", "actor", "kind", "mentions", "articles", "articles_in_group", "share_of_coverage"]
    arts = arts.assign(group=_groups(arts, group_by))
    arts = arts[arts["group"].notna()]
    keyed = _keyed(ments, level)
    keyed = keyed.join(arts.set_index("article_id")["group"], on="article_id")
    keyed = keyed[keyed["group"].notna()]
    if keyed.empty:
        return pd.DataFrame(columns=columns)
    sizes = arts.groupby("group").size()
    grouped = keyed.groupby(["group", "name"], sort=True)
    frame = pd.DataFrame(
        {
            "kind": grouped["kind"].agg(mode),
            "mentions": grouped.size(),
            "articles": grouped["article_id"].nunique(),
        }
    ).reset_index().rename(columns={"name": "actor"})
    frame["articles_in_group"] = frame["group"].map(sizes).astype("int64")
    frame["share_of_coverage"] = frame["articles"] / frame["articles_in_group"]
    return _sort(frame, ["group", "mentions", "actor"], [True, False, True])[columns]


def _groups(arts: pd.DataFrame, group_by: str) -> pd.Series:
    if group_by == "article":
        return arts["article_id"]
    if group_by == "source":
        return arts["source"].fillna("(unknown)").replace("", "(unknown)")
    periods = arts["published"].dt.to_period(_PERIOD[group_by])
    return periods.map(lambda p: None if pd.isna(p) else _period_label(p, group_by))


def _period_label(period: pd.Period, unit: str) -> str:
    """"2025-12-29" (a day, a week's Monday), "2025-11", "2025-Q4", "2025"."""
    if unit == "month":
        return str(period)
    if unit == "quarter":
        return f"{period.year:04d}-Q{period.quarter}"
    if unit == "year":
        return f"{period.year:04d}"
    return str(period.start_time.date())


def period_start(label: str) -> pd.Timestamp:
    """The first day of a period label of :func:`coverage_over_time` ("2025-Q4" → 2025-10-01)."""
    text = str(label)
    if "-Q" in text:
        year, quarter = text.split("-Q")
        return pd.Timestamp(int(year), 3 * int(quarter) - 2, 1)
    if len(text) == 4:
        return pd.Timestamp(int(text), 1, 1)
    if len(text) == 7:
        return pd.Timestamp(int(text[:4]), int(text[5:7]), 1)
    return pd.Timestamp(text)


def choose_freq(articles: pd.DataFrame, mentions: pd.DataFrame, freq: str = "auto", **selection) -> str:
    """The period of a coverage timeline: ``freq`` itself, or for ``"auto"`` the one the
    corpus overview chooses for the selected dated articles (enough articles per period:
    years for two decades of sparse coverage, days for a week of news)."""
    if freq not in TIME_FREQS:
        raise ValueError(f"freq must be one of {TIME_FREQS}, not {freq!r}")
    if freq != "auto":
        return freq
    from analysis.views.overview import choose_unit

    arts, _ = select(articles, mentions, **selection)
    dates = arts["published"].dropna()
    if dates.empty:
        return "month"
    return choose_unit(dates.min().date().isoformat(), dates.max().date().isoformat(), "auto", len(dates))


def coverage_over_time(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    freq: str = "month",
    actors: Iterable[str] | None = None,
    value: str = "share_of_coverage",
    level: str = "actor",
    **selection,
) -> pd.DataFrame:
    """A period × actor table of ``value`` (``share_of_coverage``, ``mentions`` or
    ``articles``), zeros where an actor is absent; empty when no article is dated.

    ``freq`` is day, week, month, quarter, year or ``"auto"`` (:func:`choose_freq`).
    Every period between the first and the last is a row: one without any article holds
    NaN (no share can be computed, and a chart's line breaks there rather than dropping
    to zero). ``attrs["articles"]`` counts the articles of each period and
    ``attrs["freq"]`` names the period used.
    """
    freq = choose_freq(articles, mentions, freq, **selection)
    frame = _grouped(articles, mentions, freq, level, **selection)
    if frame.empty:
        return pd.DataFrame()
    arts, _ = select(articles, mentions, **selection)
    groups = _groups(arts, freq)
    sizes = groups.dropna().value_counts()
    if actors is not None:
        frame = frame[frame["actor"].isin(list(actors))]
    table = frame.pivot_table(index="group", columns="actor", values=value, aggfunc="sum", fill_value=0)
    table = table.reindex(sorted(set(table.index) | set(sizes.index)), fill_value=0)
    if freq in ("month", "quarter", "year"):  # the empty periods in between, as NaN rows
        first, last = period_start(min(sizes.index)), period_start(max(sizes.index))
        every = pd.period_range(first, last, freq=_PERIOD[freq])
        table = table.reindex([_period_label(p, freq) for p in every])
    elif freq in ("day", "week"):
        step = "D" if freq == "day" else "7D"
        every = pd.date_range(period_start(min(sizes.index)), period_start(max(sizes.index)), freq=step)
        table = table.reindex([str(d.date()) for d in every])
    table.index.name = freq
    table = table.sort_index().reindex(sorted(table.columns), axis=1)
    table.columns.name = "actor"
    table.attrs["articles"] = sizes.reindex(table.index, fill_value=0).astype("int64")
    table.attrs["freq"] = freq
    return table


def coverage_table(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`coverage_over_time` for display: the period, the articles it holds, then
    each actor's share (NaN, shown "—", where the period holds no article)."""
    if table.empty:
        return pd.DataFrame(columns=["period", "articles"])
    counts = table.attrs.get("articles")
    out = table.reset_index().rename(columns={table.index.name or "index": "period"})
    out.columns.name = None
    out.insert(1, "articles", list(counts) if counts is not None else None)
    return out


# -- co-occurrence ----------------------------------------------------------------------


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a normalised article text (paragraph breaks
    always end a sentence; abbreviations such as "U.S." and "Mr." do not)."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text or ""):
        start = para.start()
        for match in _SENTENCE_END.finditer(text, para.start(), para.end()):
            word = text[text.rfind(" ", para.start(), match.start()) + 1 : match.start() + 1]
            if word.lower().lstrip("(“\"") in _ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", word):
                continue
            end = match.start() + len(match.group().rstrip())
            spans.append((start, end))
            start = match.end()
        if start < para.end():
            spans.append((start, para.end()))
    return spans


def _with_sentences(arts: pd.DataFrame, ments: pd.DataFrame) -> pd.DataFrame:
    texts = dict(zip(arts["article_id"], arts["text"]))
    # Each article split once, and each mention's sentence found by bisection over the
    # article's sentence starts (sentences are in order and do not overlap).
    cache: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}
    sent_ids, sentences = [], []
    for article_id, start in zip(ments["article_id"], ments["start"]):
        if article_id not in cache:
            spans = sentence_spans(texts.get(article_id) or "")
            cache[article_id] = (spans, [s for s, _ in spans])
        spans, starts = cache[article_id]
        index = bisect.bisect_right(starts, start) - 1
        if index >= 0 and not start < spans[index][1]:
            index = -1
        sent_ids.append(index)
        sentences.append(texts[article_id][spans[index][0] : spans[index][1]] if index >= 0 else "")
    return ments.assign(sentence_id=sent_ids, sentence=sentences)


def cooccurrence_graph(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    scope: str = "sentence",
    level: str = "actor",
    min_weight: int = 1,
    actors: Iterable[str] | None = None,
    **selection,
) -> nx.Graph:
    """Actors as nodes (``kind``, ``country``, ``mentions``), an edge where two actors
    appear in the same sentence or article; ``weight`` counts those sentences/articles.
    """
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, not {scope!r}")
    arts, ments = select(articles, mentions, **selection)
    keyed = _keyed(ments, level)
    if actors is not None:
        keyed = keyed[keyed["name"].isin(list(actors))]
    graph = nx.Graph(scope=scope, level=level)
    if keyed.empty:
        return graph
    for name, rows in keyed.groupby("name", sort=True):
        graph.add_node(name, kind=mode(rows["kind"]), country=mode(rows["country"]), mentions=len(rows))
    if scope == "sentence":
        keyed = _with_sentences(arts, keyed)
        units = keyed.groupby(["article_id", "sentence_id"], sort=True)["name"]
    else:
        units = keyed.groupby("article_id", sort=True)["name"]
    weights: dict[tuple[str, str], int] = {}
    for _, names in units:
        for a, b in itertools.combinations(sorted(set(names)), 2):
            weights[(a, b)] = weights.get((a, b), 0) + 1
    for (a, b), weight in sorted(weights.items()):
        if weight >= min_weight:
            graph.add_edge(a, b, weight=weight)
    return graph


def cooccurrence_matrix(graph: nx.Graph, nodes: Iterable[str] | None = None) -> pd.DataFrame:
    """Symmetric actor × actor table of edge weights (diagonal 0) for a heatmap."""
    names = sorted(graph.nodes) if nodes is None else [n for n in nodes if n in graph]
    matrix = pd.DataFrame(0, index=names, columns=names, dtype="int64")
    for a, b, data in graph.edges(data=True):
        if a in matrix.index and b in matrix.index:
            matrix.loc[a, b] = matrix.loc[b, a] = data.get("weight", 1)
    return matrix


def strongest_pairs(graph: nx.Graph, n: int = 10) -> pd.DataFrame:
    """The ``n`` heaviest edges: ``actor_a, actor_b, weight``."""
    rows = sorted(((d["weight"], a, b) for a, b, d in graph.edges(data=True)), key=lambda r: (-r[0], r[1], r[2]))
    return pd.DataFrame([(a, b, w) for w, a, b in rows[:n]], columns=["actor_a", "actor_b", "weight"])


def strong_ties(graph: nx.Graph) -> tuple[nx.Graph, int]:
    """The pairs worth drawing in a network and the least weight kept: every pair, or on
    a dense graph (more than three edges a node, a hairball) those named together at
    least twice."""
    strong = 2 if graph.number_of_edges() > 3 * max(graph.number_of_nodes(), 1) else 1
    kept = [(a, b) for a, b, data in graph.edges(data=True) if data["weight"] >= strong]
    return graph.edge_subgraph(kept), strong


# -- checking and findings ----------------------------------------------------------------


def mention_sentences(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    actors: Iterable[str] | None = None,
    limit: int | None = None,
    **selection,
) -> pd.DataFrame:
    """Each mention with the sentence it stands in, for checking by eye.

    Columns: ``article_id, source, published, mention, actor, kind, country, method,
    sentence`` (in article order).
    """
    arts, ments = select(articles, mentions, **selection)
    if actors is not None:
        ments = ments[ments["actor"].isin(list(actors))]
    columns = ["article_id", "source", "published", "mention", "actor", "kind", "country", "method", "sentence"]
    if ments.empty:
        return pd.DataFrame(columns=columns)
    ments = _with_sentences(arts, ments).rename(columns={"text": "mention"})
    ments["published"] = ments["published"].dt.date
    ments = ments[columns]
    return ments.head(limit).reset_index(drop=True) if limit else ments


def mention_contexts(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    actors: Iterable[str] | None = None,
    window: int = 60,
    limit: int | None = None,
    **selection,
) -> pd.DataFrame:
    """Each mention in keyword-in-context form, for checking by eye: ``left`` (the
    ``window`` characters before it), ``mention``, ``right`` (the ``window`` after).

    The contexts are cut at the mention's own offsets, so a name written twice shows each
    occurrence in its own place (textacy's ``keyword_in_context`` searches the text for
    the word again and imports spaCy into the views, for the same slices). Columns:
    ``article_id, published, left, mention, right, actor, kind, country, method``, in
    article order.
    """
    arts, ments = select(articles, mentions, **selection)
    if actors is not None:
        ments = ments[ments["actor"].isin(list(actors))]
    columns = ["article_id", "published", "left", "mention", "right", "actor", "kind", "country", "method"]
    if ments.empty:
        return pd.DataFrame(columns=columns)
    if limit:
        ments = ments.head(limit)
    texts = dict(zip(arts["article_id"], arts["text"]))
    lefts, rights, shown = [], [], []
    for article_id, start, end in zip(ments["article_id"], ments["start"], ments["end"]):
        text = texts.get(article_id) or ""
        start, end = int(start), int(end)
        pre, match, post = text[max(0, start - window) : start], text[start:end], text[end : end + window]
        lefts.append(" ".join(pre.split()) if not pre[-1:].isspace() else " ".join(pre.split()) + " ")
        shown.append(match)
        rights.append((" " if post[:1].isspace() else "") + " ".join(post.split()))
    out = ments.assign(left=lefts, mention=shown, right=rights)
    out["published"] = out["published"].dt.date
    return out[columns].reset_index(drop=True)


def findings(articles: pd.DataFrame, mentions: pd.DataFrame, **selection) -> list[str]:
    """Two or three plain sentences that say what the numbers show (no boilerplate:
    each line is built from the data and omitted when the data cannot support it).
    Show them with ``analysis.views.notebook.show_findings`` (escapes article text)."""
    arts, _ = select(articles, mentions, **selection)
    n_articles = len(arts)
    states = actor_frequencies(articles, mentions, level="state", **selection)
    actors = actor_frequencies(articles, mentions, level="actor", **selection)
    if states.empty and actors.empty:
        return [f"No actor mentions in the {n_articles} article(s) selected."]
    lines = []
    if not states.empty:
        top = states.iloc[0]
        direct = actors[(actors["actor"] == top["actor"]) & (actors["kind"] == "state")]
        direct_n = int(direct["mentions"].sum()) if not direct.empty else 0
        line = (
            f"{top['actor']} is the state the coverage is most about: {int(top['mentions'])} mentions "
            f"in {int(top['articles'])} of {n_articles} article(s) ({top['share_of_articles']:.0%})"
        )
        if int(top["mentions"]) > direct_n:
            line += f", {int(top['mentions']) - direct_n} of them through its people and bodies"
        if len(states) > 1:
            second = states.iloc[1]
            line += f"; next comes {second['actor']} ({int(second['mentions'])})"
        lines.append(line + ".")
    people = actors[actors["kind"] == "person"]
    if not people.empty:
        top = people.iloc[0]
        country = load_table().country_name(top["country"]) if top["country"] else None
        who = f"{top['actor']} ({country})" if country else top["actor"]
        lines.append(
            f"The most-mentioned person is {who}: {int(top['mentions'])} mentions in "
            f"{int(top['articles'])} article(s)."
        )
    pairs = strongest_pairs(cooccurrence_graph(articles, mentions, scope="sentence", level="state", **selection), 1)
    if not pairs.empty and pairs.iloc[0]["weight"] > 1:
        a, b, w = pairs.iloc[0]
        lines.append(
            f"{a} and {b} are named together most often, counting their people and bodies: "
            f"in {int(w)} sentences."
        )
    return lines
