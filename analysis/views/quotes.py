"""Who gets to speak: summaries of the ``quotes`` table for notebook 03.

Pure functions over the pandas tables (``quotes``, ``articles``, ``actor_mentions``);
nothing here parses text. Conventions, shared with :mod:`analysis.views.frequencies`:

* copies of a syndicated story (``articles.duplicate_of`` set) are left out unless
  ``count_duplicates=True``;
* a quote counts for its speaker's **actor** (``speaker_actor``, else the speaker as
  written) and for the **state** the speaker acts for (``speaker_state``: the ``state``
  of the speaker's actor mention, as notebook 02 rolls up): the Kremlin, Mr. Lavrov and
  "Russian Foreign Ministry officials" all speak for Russia; Reuters, an analyst or a
  company speak for no state;
* **share of quoted voice** of a state is its quotes over the quotes whose speaker has a
  state; **share of mentions** is its actor mentions over the mentions that have a
  state (the same measure notebook 02 ranks states by);
* results are sorted deterministically (count descending, then name).
"""

from __future__ import annotations

import re
from typing import Iterable

import matplotlib.pyplot as plt
import pandas as pd

from analysis.views import frequencies
from analysis.text.actor_table import load_table
from analysis.views.charts import empty_note, finish, plain_label
from analysis.views.format import cut

DEFAULT_KINDS = ("direct", "partial")
QUOTE_KINDS = ("direct", "partial", "indirect")
_KIND_WORDS = {
    "direct": "direct (whole sentences in quotation marks)",
    "partial": "partial (quoted words inside the reporter's sentence)",
    "indirect": "indirect (reported speech without quotation marks)",
}
_WORD = re.compile(r"\w+")


def select_quotes(
    quotes: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    *,
    speaker: str | None = None,
    actor: str | None = None,
    keyword: str | None = None,
    kinds: Iterable[str] | None = DEFAULT_KINDS,
    count_duplicates: bool = False,
) -> pd.DataFrame:
    """The quotes in scope, with ``words``, ``speaker_kind`` (person / state /
    organisation) and ``speaker_state`` (ISO3 of the state the speaker acts for), both
    from the speaker's actor mentions, ``state`` (the name of ``speaker_state``) and the
    article's ``title``, ``source`` and ``published``.

    ``speaker`` matches the speaker as written (case-insensitive substring); ``actor``
    the speaker's actor or state (case-insensitive: "Russia", "RUS", "Sergey Lavrov");
    ``keyword`` the quoted words (case-insensitive substring); ``kinds`` keeps those
    quote kinds (``None`` keeps all).
    """
    out = quotes.copy()
    if articles is not None and len(articles):
        arts = frequencies.unique_articles(articles, count_duplicates)
        out = out[out["article_id"].isin(arts["article_id"])]
        meta = arts.set_index("article_id")[["title", "source", "published"]]
        out = out.join(meta, on="article_id")
    else:
        for column in ("title", "source", "published"):
            out[column] = None
    if kinds is not None:
        out = out[out["kind"].isin(list(kinds))]
    if speaker is not None and str(speaker):
        out = out[out["speaker"].fillna("").str.casefold().str.contains(str(speaker).casefold(), regex=False)]
    if actor is not None and str(actor):
        wanted = str(actor).casefold()
        table = load_table()
        names = out["speaker_country"].map(lambda c: (table.country_name(c) or "") if isinstance(c, str) else "")
        out = out[
            (out["speaker_actor"].fillna("").str.casefold() == wanted)
            | (out["speaker_country"].fillna("").str.casefold() == wanted)
            | (names.str.casefold() == wanted)
        ]
    if keyword is not None and str(keyword):
        out = out[out["text"].fillna("").str.casefold().str.contains(str(keyword).casefold(), regex=False)]
    out = out.copy()
    out["words"] = [len(_WORD.findall(t or "")) for t in out["text"]]
    roles = _speaker_roles(out, mentions)
    out["speaker_kind"] = [kind for kind, _ in roles]
    out["speaker_state"] = [state for _, state in roles]
    table = load_table()
    out["state"] = [table.country_name(c) or c if isinstance(c, str) and c else None for c in out["speaker_state"]]
    return out.sort_values(["article_id", "start"], kind="mergesort").reset_index(drop=True)


def quote_facts(quotes: pd.DataFrame, articles: pd.DataFrame, kinds: Iterable[str] | None = DEFAULT_KINDS) -> dict:
    """The counts that head the quote notebook, of what :func:`select_quotes` kept
    (``kinds`` as given to it: a kind left out says so rather than showing 0)."""
    kept = set(QUOTE_KINDS if kinds is None else kinds)
    return {
        "articles": len(articles),
        "quotes selected": len(quotes),
        **{
            kind: int((quotes["kind"] == kind).sum()) if kind in kept else "not counted (see kinds)"
            for kind in QUOTE_KINDS
        },
        "with a named speaker": int(quotes["speaker"].notna().sum()),
        "with a speaker acting for a state": int(quotes["speaker_state"].notna().sum()),
        "distinct speakers": quotes["speaker_actor"].fillna(quotes["speaker"]).nunique(),
    }


def _speaker_roles(quotes: pd.DataFrame, mentions: pd.DataFrame | None) -> list[tuple[str | None, str | None]]:
    """(kind, state) of each quote's speaker: person / state / organisation and the ISO3
    of the state it acts for, from the actor mention at the speaker's position, else the
    speaker's actor in the same article, else its first mention in the corpus; a speaker
    whose actor is a state ("Russia" for "the Kremlin") is that state."""
    if quotes.empty:
        return []
    by_span: dict[tuple, tuple[str, str | None]] = {}
    by_article: dict[tuple, tuple[str, str | None]] = {}
    by_actor: dict[str, tuple[str, str | None]] = {}
    if mentions is not None and len(mentions):
        kinds = frequencies.actor_kinds(mentions)
        states = mentions["state"] if "state" in mentions else pd.Series([None] * len(mentions), index=mentions.index)
        for row, kind, state in zip(mentions.itertuples(index=False), kinds, states):
            role = (kind, state if isinstance(state, str) and state else None)
            by_span[(row.article_id, row.start)] = role
            by_article.setdefault((row.article_id, row.actor), role)
            by_actor.setdefault(row.actor, role)
    table = load_table()
    result = []
    for row in quotes.itertuples(index=False):
        role = None
        if row.speaker_start is not None and not pd.isna(row.speaker_start):
            role = by_span.get((row.article_id, int(row.speaker_start)))
        if role is None and isinstance(row.speaker_actor, str):
            role = by_article.get((row.article_id, row.speaker_actor)) or by_actor.get(row.speaker_actor)
            iso3 = table.lookup_country(row.speaker_actor)
            if role is None and iso3 and iso3 == row.speaker_country:
                role = ("state", iso3)
        result.append(role or (None, None))
    return result


def top_speakers(quotes: pd.DataFrame, n: int | None = 10, kind: str | None = None) -> pd.DataFrame:
    """Speakers by number of quotes: ``speaker`` (the actor, else the name as written),
    ``kind``, ``state``, ``quotes``, ``articles``, ``words``, ``share_of_quotes``.

    ``quotes`` from :func:`select_quotes`; ``kind`` keeps one speaker kind ("person").
    """
    columns = ["speaker", "kind", "state", "quotes", "articles", "words", "share_of_quotes"]
    attributed = quotes[quotes["speaker"].notna()].copy()
    if attributed.empty:
        return pd.DataFrame(columns=columns)
    attributed["key"] = attributed["speaker_actor"].where(attributed["speaker_actor"].notna(), attributed["speaker"])
    grouped = attributed.groupby("key", sort=True)
    frame = pd.DataFrame(
        {
            "speaker": grouped["key"].first(),
            "kind": grouped["speaker_kind"].agg(frequencies.mode),
            "state": grouped["state"].agg(frequencies.mode),
            "quotes": grouped.size(),
            "articles": grouped["article_id"].nunique(),
            "words": grouped["words"].sum(),
        }
    ).reset_index(drop=True)
    frame["share_of_quotes"] = frame["quotes"] / len(quotes)
    if kind is not None:
        frame = frame[frame["kind"] == kind]
    frame = frame.sort_values(["quotes", "words", "speaker"], ascending=[False, False, True], kind="mergesort")
    frame = frame[columns].reset_index(drop=True)
    return frame.head(n).reset_index(drop=True) if n else frame


def voice_vs_mentions(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    count_duplicates: bool = False,
) -> pd.DataFrame:
    """Per state: who is talked about against who gets to talk.

    Columns: ``state``, ``country`` (ISO3), ``quotes``, ``share_of_quotes``,
    ``quoted_words``, ``share_of_words``, ``mentions``, ``share_of_mentions`` and
    ``voice_gap`` = share of quotes − share of mentions (positive: quoted more than it
    is mentioned). ``quotes`` from :func:`select_quotes`; mentions are counted over the
    same articles. Sorted by mentions, then quotes.
    """
    columns = [
        "state", "country", "quotes", "share_of_quotes", "quoted_words", "share_of_words",
        "mentions", "share_of_mentions", "voice_gap",
    ]
    states = frequencies.actor_frequencies(articles, mentions, level="state", count_duplicates=count_duplicates)
    voiced = quotes[quotes["speaker_state"].notna() & (quotes["speaker_state"] != "")]
    by_state = voiced.groupby("speaker_state", sort=True).agg(quotes=("text", "size"), quoted_words=("words", "sum"))
    frame = pd.DataFrame({"country": sorted(set(states["country"]) | set(by_state.index))})
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame = frame.join(by_state, on="country").join(
        states.set_index("country")[["mentions"]], on="country"
    )
    frame[["quotes", "quoted_words", "mentions"]] = frame[["quotes", "quoted_words", "mentions"]].fillna(0).astype("int64")
    table = load_table()
    frame["state"] = [table.country_name(c) or c for c in frame["country"]]
    frame["share_of_quotes"] = frame["quotes"] / max(int(frame["quotes"].sum()), 1)
    frame["share_of_words"] = frame["quoted_words"] / max(int(frame["quoted_words"].sum()), 1)
    frame["share_of_mentions"] = frame["mentions"] / max(int(frame["mentions"].sum()), 1)
    frame["voice_gap"] = frame["share_of_quotes"] - frame["share_of_mentions"]
    frame = frame.sort_values(["mentions", "quotes", "state"], ascending=[False, False, True], kind="mergesort")
    return frame[columns].reset_index(drop=True)


def quoted_states(voice: pd.DataFrame, n: int | None = 10) -> pd.DataFrame:
    """States by quotes of their speakers (from :func:`voice_vs_mentions`): ``state``,
    ``country``, ``quotes``, ``share_of_quotes``, ``quoted_words``."""
    columns = ["state", "country", "quotes", "share_of_quotes", "quoted_words"]
    frame = voice[voice["quotes"] > 0].sort_values(["quotes", "quoted_words", "state"], ascending=[False, False, True], kind="mergesort")
    frame = frame[columns].reset_index(drop=True)
    return frame.head(n).reset_index(drop=True) if n else frame


def plot_voice(table: pd.DataFrame, top_n: int | None = 10, title: str = "Who is talked about vs who gets to talk"):
    """Paired horizontal bars per state: share of mentions and share of quotes."""
    rows = table.head(top_n) if top_n else table
    fig, ax = plt.subplots(figsize=(7, 0.45 * max(len(rows), 3) + 1.2))
    if rows.empty:
        empty_note(ax, "no states mentioned or quoted")
    else:
        rows = rows.iloc[::-1]
        y = range(len(rows))
        height = 0.38
        ax.barh([i + height / 2 for i in y], rows["share_of_mentions"], height, label="share of mentions", color="#9db4cf")
        ax.barh([i - height / 2 for i in y], rows["share_of_quotes"], height, label="share of quotes", color="#c0504d")
        ax.set_yticks(list(y))
        ax.set_yticklabels([plain_label(s) for s in rows["state"]])
        ax.set_xlabel("share")
        ax.set_xlim(0, max(1e-9, float(max(rows["share_of_mentions"].max(), rows["share_of_quotes"].max()))) * 1.15)
        ax.legend(loc="lower right", fontsize=8)
    return finish(fig, ax, title)


def quote_table(quotes: pd.DataFrame, n: int | None = None, width: int | None = 200) -> pd.DataFrame:
    """One readable row per quote, in article and text order: ``article`` (title, else
    id), ``speaker``, ``actor``, ``state``, ``kind``, ``cue``, ``quote`` (cut at
    ``width`` characters with "…")."""
    columns = ["article", "speaker", "actor", "state", "kind", "cue", "quote"]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    titles = quotes["title"] if "title" in quotes else pd.Series([None] * len(quotes), index=quotes.index)
    frame = pd.DataFrame(
        {
            "article": [t if isinstance(t, str) and t else a for t, a in zip(titles, quotes["article_id"])],
            "speaker": quotes["speaker"],
            "actor": quotes["speaker_actor"],
            "state": quotes["state"],
            "kind": quotes["kind"],
            "cue": quotes["cue"],
            "quote": [cut(t, width) for t in quotes["text"]],
        }
    )
    frame = frame[columns].reset_index(drop=True)
    return frame.head(n) if n else frame


def counted_kinds(kinds: Iterable[str] | None) -> str:
    """One sentence saying which quote kinds the notebook's counts include and which
    it leaves out (``kinds`` as given to :func:`select_quotes`; ``None`` is all)."""
    kept = [k for k in QUOTE_KINDS if kinds is None or k in set(kinds)]
    left = [k for k in QUOTE_KINDS if k not in kept]
    line = "Counted: " + ", ".join(_KIND_WORDS[k] for k in kept) + "." if kept else "Counted: no quote kind."
    if left:
        line += " Left out: " + ", ".join(left) + " (add to `kinds` to count)."
    return line


def voice_by_kind(quotes: pd.DataFrame, kinds: Iterable[str] | None = None, n: int | None = 10) -> pd.DataFrame:
    """Per state its speakers speak for: the quotes of each kind and their total
    (``state``, ``country``, one column per kind counted, ``quotes``), with a last row
    "(no state)" for speakers who act for none or are not named (left out when there are none). ``kinds`` are the
    columns (``None``: all three). Sorted by quotes, then state; ``n`` states kept."""
    shown = [k for k in QUOTE_KINDS if kinds is None or k in set(kinds)]
    columns = ["state", "country", *shown, "quotes"]
    stated = quotes["speaker_state"].notna() & (quotes["speaker_state"] != "")
    counts = (
        quotes[stated].groupby(["speaker_state", "kind"]).size().unstack(fill_value=0)
        if stated.any() else pd.DataFrame()
    )
    counts = counts.reindex(columns=shown, fill_value=0)
    table = load_table()
    frame = counts.reset_index().rename(columns={"speaker_state": "country"}) if len(counts) else pd.DataFrame(columns=["country", *shown])
    frame["state"] = [table.country_name(c) or c for c in frame["country"]]
    frame["quotes"] = frame[shown].sum(axis=1).astype("int64") if len(frame) else pd.Series(dtype="int64")
    frame = frame.sort_values(["quotes", "state"], ascending=[False, True], kind="mergesort")
    if n:
        frame = frame.head(n)
    rest = quotes[~stated & quotes["kind"].isin(shown)]
    frame = frame[columns]
    if len(rest):  # a row of zeros would read as a finding
        none_row = {"state": "(no state)", "country": None, **{k: int((rest["kind"] == k).sum()) for k in shown}}
        none_row["quotes"] = sum(none_row[k] for k in shown)
        frame = pd.concat([frame, pd.DataFrame([none_row], columns=columns)], ignore_index=True)
    frame[[*shown, "quotes"]] = frame[[*shown, "quotes"]].astype("int64")
    return frame


def findings(quotes: pd.DataFrame, voice: pd.DataFrame, n_articles: int) -> list[str]:
    """Plain sentences stating what the tables show; each is omitted when the data
    cannot support it. Show them with ``analysis.views.notebook.show_findings``."""
    if quotes.empty:
        return [f"No quotes in the {n_articles} article(s) selected."]
    lines = []
    kinds = quotes["kind"].value_counts()
    parts = ", ".join(f"{int(kinds[k])} {k}" for k in ("direct", "partial", "indirect") if k in kinds)
    in_articles = quotes["article_id"].nunique()
    named = int(quotes["speaker"].notna().sum())
    stated = int((quotes["speaker_state"].notna() & (quotes["speaker_state"] != "")).sum())
    lines.append(
        f"{_plural(len(quotes), 'quote')} ({parts}) in {in_articles} of {n_articles} article(s); "
        f"{named} ({named / len(quotes):.0%}) name a speaker and {stated} ({stated / len(quotes):.0%}) "
        "a speaker's state."
    )
    speakers = top_speakers(quotes, n=None)
    if not speakers.empty:
        top = speakers.iloc[0]
        who = f"{top['speaker']} ({top['state']})" if isinstance(top["state"], str) else str(top["speaker"])
        line = f"The most quoted speaker is {who}: {_plural(int(top['quotes']), 'quote')}, {int(top['words'])} words"
        if len(speakers) > 1 and int(speakers.iloc[1]["quotes"]) == int(top["quotes"]):
            line += f" (tied on quotes with {speakers.iloc[1]['speaker']}, who has fewer words)"
        lines.append(line + ".")
    voiced = voice[voice["quotes"] > 0]
    if not voiced.empty:
        top = voiced.sort_values(["quotes", "state"], ascending=[False, True], kind="mergesort").iloc[0]
        lines.append(
            f"{top['state']} speaks in {int(top['quotes'])} of {int(voice['quotes'].sum())} quotes with a "
            f"state ({top['share_of_quotes']:.0%}) against {top['share_of_mentions']:.0%} of state mentions."
        )
    talked = voice[(voice["mentions"] > 0)]
    if not talked.empty:
        silent = talked.sort_values(["voice_gap", "state"], ascending=[True, True], kind="mergesort").iloc[0]
        if silent["voice_gap"] < 0:
            heard = "is never quoted" if silent["quotes"] == 0 else f"has {silent['share_of_quotes']:.0%} of the quotes"
            lines.append(
                f"{silent['state']} is talked about more than it talks: {silent['share_of_mentions']:.0%} of state "
                f"mentions, and it {heard}."
            )
    return lines


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
