"""Charts for the actor-frequency notebook (matplotlib; each returns its Figure); labels
and ticks as every notebook draws them (:mod:`analysis.views.charts`).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd

from analysis.views.charts import empty_note, finish, plain_label, short_label, thousands


def bar_chart(frequencies: pd.DataFrame, title: str, value: str = "mentions"):
    """Horizontal bars, largest on top; ``frequencies`` from ``actor_frequencies``."""
    fig, ax = plt.subplots(figsize=(7, 0.35 * max(len(frequencies), 3) + 1))
    if frequencies.empty:
        empty_note(ax, "no mentions")
    else:
        rows = frequencies.iloc[::-1]
        ax.barh([plain_label(a) for a in rows["actor"]], rows[value], color="#3b6ea5")
        ax.set_xlabel(value.replace("_", " "))
        ax.xaxis.get_major_locator().set_params(integer=True)
        thousands(ax.xaxis)
        for y, v in enumerate(rows[value]):
            ax.text(v, y, f" {v:,}", va="center", fontsize=8)
    return finish(fig, ax, title)


KIND_COLOURS = {"state": "#3b6ea5", "person": "#c0504d", "organisation": "#9bbb59"}


def coverage_chart(table: pd.DataFrame, title: str = "Share of articles mentioning each actor", min_articles: int = 3):
    """Lines per actor over periods (``coverage_over_time``) on a real date axis, above
    bars of the articles each period holds. A period without articles breaks the lines
    (NaN) instead of dropping them to zero, and so does one holding fewer than
    ``min_articles`` (one article makes a share of 0% or 100%: noise, not a trend; the
    table keeps it); a single period is said in words."""
    import matplotlib.dates as mdates

    counts = table.attrs.get("articles") if len(table) else None
    freq = table.attrs.get("freq") or (table.index.name if len(table) else None) or "period"
    if table.empty:
        fig, ax = plt.subplots(figsize=(8, 3))
        empty_note(ax, "no dated articles")
        return finish(fig, ax, title)
    dated = table.dropna(how="all")
    if len(dated) == 1:  # one point on an axis says nothing a sentence would not
        fig, ax = plt.subplots(figsize=(8, 2.2))
        period = dated.index[0]
        n = int(counts.loc[period]) if counts is not None else None
        shares = ", ".join(f"{plain_label(a)} {v:.0%}" for a, v in sorted(dated.iloc[0].items(), key=lambda kv: (-kv[1], kv[0])))
        if n is None:
            head = f"one {freq}: {period}"
        else:
            head = f"the one dated article falls in {period}" if n == 1 else f"all {n:,} dated articles fall in {period}"
        empty_note(ax, f"{head}\nshare naming each: {shares}")
        return finish(fig, ax, title)
    from analysis.views.frequencies import period_start

    x = [period_start(p).to_pydatetime() for p in table.index]
    thin = (counts < min_articles) & (counts > 0) if counts is not None else pd.Series(False, index=table.index)
    drawn = table.where(~thin, float("nan"), axis=0) if thin.any() else table
    fig, (ax, bars) = plt.subplots(2, 1, figsize=(9, 5), sharex=True, gridspec_kw={"height_ratios": [3, 1]})
    for actor in table.columns:
        ax.plot(x, drawn[actor].astype(float), marker="o", markersize=3, linewidth=1.2, label=short_label(actor))
    ax.set_ylabel("share of articles")
    ax.set_ylim(0, 1.05)
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1, 1), frameon=False)
    if counts is not None:
        widths = {"day": 0.8, "week": 5.6, "month": 24, "quarter": 73, "year": 292}
        bars.bar(x, counts.values, width=widths.get(freq, 1), color="#a0aec0", align="edge")
        bars.set_ylabel(f"articles\nper {freq}", fontsize=8)
        bars.yaxis.get_major_locator().set_params(integer=True)
        if len(x) <= 40:
            for xi, c in zip(x, counts.values):
                if c:
                    bars.annotate(f"{int(c):,}", (mdates.date2num(xi) + widths.get(freq, 1) / 2, c), xytext=(0, 1),
                                  textcoords="offset points", ha="center", va="bottom", fontsize=7)
        bars.margins(y=0.3)
        empty = int((counts == 0).sum())
        notes = []
        if empty:
            notes.append(f"{empty} of {len(counts)} {freq}s hold no article")
        if thin.any():
            notes.append(f"{int(thin.sum())} hold fewer than {min_articles} (not drawn; see the table)")
        if notes:
            bars.set_xlabel("; ".join(notes) + ": the lines break there", fontsize=8)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=12)
    bars.xaxis.set_major_locator(locator)
    bars.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for axis in (ax, bars):
        axis.spines[["top", "right"]].set_visible(False)
    return finish(fig, ax, title)


def heatmap(matrix: pd.DataFrame, title: str = "Co-occurrence"):
    """Actor × actor weights (``cooccurrence_matrix``): numbers in every non-zero cell,
    white on dark cells, labels cut at 28 characters."""
    size = max(len(matrix), 3)
    cell = 0.42 if size > 20 else 0.5
    fig, ax = plt.subplots(figsize=(cell * size + 3.5, cell * size + 2.5))
    if matrix.empty:
        empty_note(ax, "no co-occurrences")
    else:
        values = matrix.values
        image = ax.imshow(values, cmap="Blues", vmin=0)
        labels = [short_label(n) for n in matrix.index]
        ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right", rotation_mode="anchor", fontsize=8)
        ax.set_yticks(range(len(labels)), labels, fontsize=8)
        top = values.max() or 1
        font = 7 if size <= 20 else 6
        for i in range(len(labels)):
            for j in range(len(labels)):
                if values[i, j]:
                    ax.text(j, i, f"{int(values[i, j]):,}", ha="center", va="center", fontsize=font,
                            color="white" if values[i, j] > 0.55 * top else "#1a202c")
        fig.colorbar(image, ax=ax, shrink=0.6, label="shared sentences")
    return finish(fig, ax, title)


def network_plot(graph: nx.Graph, title: str = "Actors named together"):
    """Node size ~ mentions, edge width ~ weight, colour = kind (with a legend);
    deterministic layout (seeded). Labels are placed one by one, largest actor first,
    beside their node where they overlap no label already drawn; a label that finds no
    free place is left off, and the chart says how many were."""
    from matplotlib.lines import Line2D

    n = graph.number_of_nodes()
    fig, ax = plt.subplots(figsize=(7, 6) if n <= 15 else (10, 8.5))
    ax.set_axis_off()
    ax.set_title(title)
    if n == 0:
        empty_note(ax, "no actors")
        plt.close(fig)
        return fig
    pos = nx.spring_layout(graph, seed=7, weight="weight", k=2.2 / max(n, 1) ** 0.5, iterations=200)
    weights = [d.get("weight", 1) for _, _, d in graph.edges(data=True)]
    heaviest = max(weights, default=1)
    nx.draw_networkx_edges(
        graph, pos, ax=ax, alpha=0.35, edge_color="#4a5568",
        width=[0.5 + 4.5 * w / heaviest for w in weights],
    )
    mentions = {node: graph.nodes[node].get("mentions", 1) for node in graph.nodes}
    most = max(mentions.values(), default=1)
    nx.draw_networkx_nodes(
        graph, pos, ax=ax,
        node_size=[60 + 900 * mentions[node] / most for node in graph.nodes],
        node_color=[KIND_COLOURS.get(graph.nodes[node].get("kind"), "#999999") for node in graph.nodes],
        edgecolors="white", linewidths=0.8,
    )
    ax.margins(0.12)
    fig.tight_layout()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()  # to measure the labels as they will be drawn
    placed, left_off = [], 0
    offsets = [(0, 12), (0, -12), (14, 0), (-14, 0), (12, 12), (-12, 12), (12, -12), (-12, -12), (0, 22), (0, -22)]
    for node in sorted(graph.nodes, key=lambda name: (-mentions[name], str(name))):
        x, y = pos[node]
        for dx, dy in offsets:
            text = ax.annotate(
                short_label(node, 24), (x, y), xytext=(dx, dy), textcoords="offset points", fontsize=8,
                ha="center" if dx == 0 else ("left" if dx > 0 else "right"),
                va="center" if dy == 0 else ("bottom" if dy > 0 else "top"),
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
            )
            box = text.get_window_extent(renderer).expanded(1.05, 1.1)
            if not any(box.overlaps(other) for other in placed):
                placed.append(box)
                break
            text.remove()
        else:
            left_off += 1
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, color=colour, label=kind)
               for kind, colour in KIND_COLOURS.items()
               if any(graph.nodes[node].get("kind") == kind for node in graph.nodes)]
    handles.append(Line2D([], [], color="#4a5568", alpha=0.5, linewidth=3, label="shared sentences (width)"))
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, -0.02), fontsize=8, frameon=False,
              title="node size: mentions", title_fontsize=8)
    if left_off:
        ax.text(1, -0.02, f"{left_off} label(s) left off where no free place was found; see the table below",
                transform=ax.transAxes, ha="right", va="bottom", fontsize=7, color="#4a5568")
    plt.close(fig)
    return fig
