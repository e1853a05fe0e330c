"""The fixed draw of the fifth held-out set (run once; its output is the he-NN ids).

The second set's rule (``../wikinews_heldout2/select.py``: genre, quote marks, politics
words), leaving out the ha-*, hb-*, hc-* and hd-* ids too, with the length bound raised to
1,400 words (only 3 articles of 200-900 words were left; 1,400 leaves 5), shuffled with
random.Random(20261205), all 5 taken (the whole pool).
"""
import runpy
from pathlib import Path

SECOND = runpy.run_path(str(Path(__file__).resolve().parents[1] / "wikinews_heldout2" / "select.py"))

if __name__ == "__main__":
    SECOND["draw"](20261205, (("wikinews_heldout", "ha-*.json"), ("wikinews_heldout2", "hb-*.json"),
                              ("wikinews_heldout3", "hc-*.json"), ("wikinews_heldout4", "hd-*.json")),
                   max_words=1400, argv=["5"])
