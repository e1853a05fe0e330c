"""The fixed draw of the fourth held-out set (run once; its output is the hd-NN ids).

The second set's rule (``../wikinews_heldout2/select.py``: genre, quote marks, politics
words), leaving out the ha-*, hb-* and hc-* ids too, with the length bound raised from 650 to
900 words (only 8 articles of 200-650 words were left), shuffled with random.Random(20261204),
first 10 taken.
"""
import runpy
from pathlib import Path

SECOND = runpy.run_path(str(Path(__file__).resolve().parents[1] / "wikinews_heldout2" / "select.py"))

if __name__ == "__main__":
    SECOND["draw"](20261204, (("wikinews_heldout", "ha-*.json"), ("wikinews_heldout2", "hb-*.json"),
                              ("wikinews_heldout3", "hc-*.json")), max_words=900)
