"""What every notebook's charts share (matplotlib).

Labels come from article text, so they are drawn as plain text (``usetex`` off, no
mathtext: a "$" in a company name stays a dollar sign); tick labels are numbers as
people write them.
"""

from __future__ import annotations

from analysis.views.format import number


def plain_label(label) -> str:
    """A label from article text, drawn as written (a "$" is not mathtext)."""
    return str(label).replace("$", r"\$")


def short_label(label, width: int = 28) -> str:
    """A plain label cut at ``width`` characters: long names do not eat the chart."""
    text = str(label)
    return plain_label(text if len(text) <= width else text[: width - 1] + "…")


def thousands(axis) -> None:
    """Tick labels of ``axis`` (``ax.xaxis``, ``ax.yaxis``) as people write numbers: 20,000, not 20000 or 2e4."""
    from matplotlib.ticker import FuncFormatter  # lazily: importing the views stays light

    axis.set_major_formatter(FuncFormatter(lambda v, _: number(v)))


def empty_note(ax, note: str) -> None:
    """Say in the chart why there is nothing to draw."""
    ax.text(0.5, 0.5, note, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def finish(fig, ax, title: str):
    """Title, tight layout, and close: the notebook displays the returned Figure once."""
    import matplotlib.pyplot as plt

    ax.set_title(title)
    fig.tight_layout()
    plt.close(fig)
    return fig
