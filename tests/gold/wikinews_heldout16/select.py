"""The fixed draw of the sixteenth held-out set (run once; its output is the hp-NN ids).

The sixth to fifteenth sets' rule and pool (``../wikinews_heldout6/select.py``: hb's rule
without the politics words; genre == "news"; 200-900 words (str.split); at least six double
quotation marks (" or “ ”); id not in ../shared/gold/wikinews/articles/ nor among the ha-*,
hb-*, hc-*, hd-* and he-* ids), candidates sorted by id and shuffled with the same
random.Random(20261204); the 61st to 66th taken (the six after ho-01 … ho-06).
"""
import runpy
from pathlib import Path

SEVENTH = runpy.run_path(str(Path(__file__).resolve().parent.parent / "wikinews_heldout7" / "select.py"))

if __name__ == "__main__":
    SEVENTH["draw"](first=60)
