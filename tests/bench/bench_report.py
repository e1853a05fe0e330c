"""Report benchmark (issue 7): `newslens report` on seeds/ against bare papermill.

    .venv/bin/python tests/bench/bench_report.py [--repeat 3] [--jobs N]

Measured in one run, on one machine, each as a fresh process (what a user waits for):

* baseline: papermill executing as many *empty* notebooks (a parameters cell only,
  python3 kernel) as notebooks/ holds, one after another — kernel start-up and
  papermill's own cost, nothing of ours;
* report: `python -m analysis.cli report seeds/` — extraction (spaCy load, parse
  cache cold for the first repeat, warm after), every notebook, HTML, index, manifest.

Prints the medians and report/baseline; the target is at most 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = 1.5


def empty_notebook(path: Path) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell('corpus = "seeds/"\ntables_dir = None', metadata={"tags": ["parameters"]})],
        metadata={"kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"}},
    )
    nbformat.write(nb, path)
    return path


def timed(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stdout}\n{done.stderr}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None, help="passed to newslens report --jobs")
    args = parser.parse_args()

    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    n = len(notebooks)
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        tmp = Path(tmp)
        env = {**os.environ, "NEWSLENS_CACHE_DIR": str(tmp / "cache")}
        empty = empty_notebook(tmp / "empty.ipynb")
        baseline_code = (
            "import papermill\n"
            f"for i in range({n}):\n"
            f"    papermill.execute_notebook({str(empty)!r}, {str(tmp)!r} + f'/empty-{{i}}.ipynb', "
            f"kernel_name='python3', progress_bar=False, cwd={str(ROOT)!r})\n"
        )
        baseline_cmd = [sys.executable, "-c", baseline_code]
        report_cmd = [sys.executable, "-m", "analysis.cli", "report", "seeds/", "--out", str(tmp / "reports")]
        if args.jobs:
            report_cmd += ["--jobs", str(args.jobs)]

        baseline, reports = [], []
        for i in range(args.repeat):  # interleaved, so machine load affects both alike
            baseline.append(timed(baseline_cmd, env))
            reports.append(timed(report_cmd, env))
            print(f"repeat {i + 1}: baseline {baseline[-1]:.2f} s, report {reports[-1]:.2f} s"
                  + (" (cold parse cache)" if i == 0 else ""), file=sys.stderr)
    base, rep = statistics.median(baseline), statistics.median(reports)
    result = {
        "notebooks": n,
        "cpus": os.cpu_count(),
        "baseline_s": [round(x, 2) for x in baseline],
        "report_s": [round(x, 2) for x in reports],
        "baseline_median_s": round(base, 2),
        "report_median_s": round(rep, 2),
        "ratio": round(rep / base, 2),
        "target": TARGET,
        "ok": rep / base <= TARGET,
    }
    print(json.dumps(result, indent=2))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
