"""Charts for the actor-frequency notebook (matplotlib; each returns its Figure), and the
helpers other notebooks' charts share (:func:`plain_label`, :func:`empty_note`, :func:`finish`).

Labels come from article text, so they are drawn as plain text (``usetex`` off, no
mathtext: a "$" in a company name stays a dollar sign).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd


def plain_label(label) -> str:
    """A label from article text, drawn as written (a "$" is not mathtext)."""
    return str(label).replace("$", r"\$")


def empty_note(ax, note: str) -> None:
    """Say in the chart why there is nothing to draw."""
    ax.text(0.5, 0.5, note, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def finish(fig, ax, title: str):
    """Title, tight layout, and close: the notebook displays the returned Figure once."""
    ax.set_title(title)
    fig.tight_layout()
    plt.close(fig)
    return fig


def bar_chart(frequencies: pd.DataFrame, title: str, value: str = "mentions"):
    """Horizontal bars, largest on top; ``frequencies`` from ``actor_frequencies``."""
    fig, ax = plt.subplots(figsize=(7, 0.35 * max(len(frequencies), 3) + 1))
    if frequencies.empty:
        empty_note(ax, "no mentions")
    else:
        rows = frequencies.iloc[::-1]
        ax.barh([plain_label(a) for a in rows["actor"]], rows[value], color="#3b6ea5")
        ax.set_xlabel(value.replace("_", " "))
        for y, v in enumerate(rows[value]):
            ax.text(v, y, f" {v}", va="center", fontsize=8)
    return finish(fig, ax, title)


def coverage_chart(table: pd.DataFrame, title: str = "Share of articles mentioning each actor"):
    """Lines per actor over periods (``coverage_over_time``)."""
    fig, ax = plt.subplots(figsize=(8, 4))
    if table.empty:
        empty_note(ax, "no dated articles")
    else:
        for actor in table.columns:
            ax.plot(table.index.astype(str), table[actor], marker="o", label=plain_label(actor))
        ax.set_ylabel("share of articles")
        ax.set_ylim(0, 1.05)
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1, 1))
        ax.tick_params(axis="x", rotation=45)
    return finish(fig, ax, title)


def heatmap(matrix: pd.DataFrame, title: str = "Co-occurrence"):
    """Actor × actor weights (``cooccurrence_matrix``)."""
    size = max(len(matrix), 3)
    fig, ax = plt.subplots(figsize=(0.5 * size + 3, 0.5 * size + 2))
    if matrix.empty:
        empty_note(ax, "no co-occurrences")
    else:
        image = ax.imshow(matrix.values, cmap="Blues")
        labels = [plain_label(n) for n in matrix.index]
        ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right", fontsize=8)
        ax.set_yticks(range(len(labels)), labels, fontsize=8)
        for i in range(len(labels)):
            for j in range(len(labels)):
                if matrix.values[i, j]:
                    ax.text(j, i, str(matrix.values[i, j]), ha="center", va="center", fontsize=7)
        fig.colorbar(image, ax=ax, shrink=0.7, label="shared sentences")
    return finish(fig, ax, title)


def network_plot(graph: nx.Graph, title: str = "Actors named together"):
    """Node size ~ mentions, edge width ~ weight; deterministic layout (seeded)."""
    fig, ax = plt.subplots(figsize=(7, 6))
    ax.set_axis_off()
    ax.set_title(title)
    if graph.number_of_nodes() == 0:
        empty_note(ax, "no actors")
        plt.close(fig)
        return fig
    pos = nx.spring_layout(graph, seed=7, weight="weight")
    colours = {"state": "#3b6ea5", "person": "#c0504d", "organisation": "#9bbb59"}
    nx.draw_networkx_edges(
        graph, pos, ax=ax, alpha=0.4, width=[0.5 + d.get("weight", 1) for _, _, d in graph.edges(data=True)]
    )
    nx.draw_networkx_nodes(
        graph, pos, ax=ax,
        node_size=[80 + 40 * graph.nodes[n].get("mentions", 1) for n in graph.nodes],
        node_color=[colours.get(graph.nodes[n].get("kind"), "#999999") for n in graph.nodes],
    )
    nx.draw_networkx_labels(graph, pos, ax=ax, labels={n: plain_label(n) for n in graph.nodes}, font_size=8)
    fig.tight_layout()
    plt.close(fig)
    return fig
