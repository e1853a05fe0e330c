"""The fixed draw of the twenty-second held-out set (run once; its output is the hv-NN ids).

The seventeenth set's pool (``../wikinews_heldout17/select.py``'s ``candidates()``: genre ==
"news"; 150-1200 words (str.split); at least two double quotation marks (" or “ ”,
``../wikinews_heldout2/select.py``'s QUOTES); id in no gold folder (the "id" of every json file
in tests/gold/*/ and in ../shared/gold/wikinews/articles/), so the hq-NN, hr-NN, hs-NN and ht-NN
ids are now left out). Candidates sorted by id, shuffled with random.Random(20261212), first 6
taken.
"""
import runpy
from pathlib import Path

SEVENTEENTH = runpy.run_path(str(Path(__file__).resolve().parent.parent / "wikinews_heldout17" / "select.py"))

if __name__ == "__main__":
    SEVENTEENTH["draw"](seed=20261212)
