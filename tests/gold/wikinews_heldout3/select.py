"""The fixed draw of the third held-out set (run once; its output is the hc-NN ids).

The second set's rule (``../wikinews_heldout2/select.py``: genre, length, quote marks,
politics words), leaving out the ha-* and hb-* ids too, shuffled with
random.Random(20261203), first 10 taken.
"""
import runpy
from pathlib import Path

SECOND = runpy.run_path(str(Path(__file__).resolve().parents[1] / "wikinews_heldout2" / "select.py"))

if __name__ == "__main__":
    SECOND["draw"](20261203, (("wikinews_heldout", "ha-*.json"), ("wikinews_heldout2", "hb-*.json")))
