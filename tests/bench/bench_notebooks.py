"""Notebook-stage benchmark (issue 15): each notebook's code and the index page on
synthetic tables of growing size, as time per article and the ratio largest/smallest.

    PYTHONPATH=. .venv/bin/python tests/bench/bench_notebooks.py [--sizes 2000 5000 20000]
        [--seed-articles 120] [--repeat 1] [--profile NOTEBOOK]

The tables are made directly, without parsing every article: ``--seed-articles``
synthetic articles (tests/synthetic.py) are extracted once and their rows tiled
to each size, each copy with its own article ids, a shifted publication date and its
own source, so the views see as many distinct articles, days and outlets as a real
corpus of that size. Each notebook's code cells run in this process (the committed
notebooks, parameters at their defaults, ``display`` a no-op, figures closed), so the
measure is the views' own work, not kernel start-up. A linear stage gives a ratio of
time per article near 1; the issue asks that no notebook grow faster than its tables.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import io
import json
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.synthetic import write_jsonl  # noqa: E402

NOTEBOOKS = sorted((ROOT / "analysis" / "notebooks").glob("*.ipynb"))


def seed_tables(work: Path, n: int) -> Path:
    from analysis.pipeline.engine import extract

    corpus = write_jsonl(work / "seed.jsonl", n, seed=23)
    out = work / "seed-tables"
    extract([corpus], out, progress=False, use_cache=False)
    return out


def tiled_tables(seed: Path, size: int, out: Path) -> Path:
    """``seed``'s tables repeated to ``size`` articles, each copy a distinct set of articles."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis.pipeline.tables import write_table
    from analysis.pipeline.digest import sha256_file

    out.mkdir(parents=True)
    tables = {p.stem: pq.read_table(p) for p in seed.glob("*.parquet")}
    copies = -(-size // tables["articles"].num_rows)
    kept: set[str] = set()
    for name in ["articles"] + sorted(set(tables) - {"articles"}):
        tiled = []
        for copy in range(copies):
            for row in tables[name].to_pylist():
                row["article_id"] = f"{row['article_id']}-{copy:05d}"
                if name == "articles":
                    if len(tiled) == size:
                        break
                    _shift(row, copy)
                    kept.add(row["article_id"])
                elif row["article_id"] not in kept:
                    continue
                tiled.append(row)
        write_table(pa.Table.from_pylist(tiled, schema=tables[name].schema), out / f"{name}.parquet", "parquet")
    shutil.copy(seed / "load_report.json", out / "load_report.json")
    report = json.loads((out / "load_report.json").read_text())
    report["articles_loaded"] = size
    # The views refuse a folder whose files are not the ones its report lists: list the tiled ones.
    files = report.setdefault("tables", {}).setdefault("files", {})
    for name in list(files):
        if (out / name).is_file():
            files[name] = sha256_file(out / name)
    (out / "load_report.json").write_text(json.dumps(report))
    return out


def _shift(article: dict, copy: int) -> None:
    """One copy of a seed article: a later date, another outlet, its own duplicate group."""
    published = article.get("published")
    if published:  # ISO text: shift the date, keep the rest (a time, an offset)
        day = dt.date.fromisoformat(published[:10]) + dt.timedelta(days=copy % 730)
        article["published"] = day.isoformat() + published[10:]
    if article.get("source"):
        article["source"] = f"{article['source']} {copy % 50}"
    if article.get("duplicate_of"):
        article["duplicate_of"] = f"{article['duplicate_of']}-{copy:05d}"


def code_cells(notebook: Path) -> list[str]:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    return ["\n".join(line for line in cell.splitlines() if not line.startswith("%")) for cell in cells]


def run_notebook(notebook: Path, tables_dir: Path, csv_dir: Path) -> float:
    import matplotlib.pyplot as plt

    cells = code_cells(notebook)
    namespace = {"display": lambda *a, **k: None}
    exec(cells[0], namespace)  # the parameters cell: defaults
    namespace["tables_dir"] = str(tables_dir)
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # show_findings prints outside a kernel
        for cell in cells[1:]:
            exec(cell, namespace)
    elapsed = time.perf_counter() - start
    plt.close("all")
    return elapsed


def run_index(tables_dir: Path) -> float:
    import matplotlib.pyplot as plt

    from analysis.query import open_tables
    from analysis.report import index

    tables = open_tables(tables_dir)
    start = time.perf_counter()
    index.prepare(tables, tables.load_report)
    elapsed = time.perf_counter() - start
    plt.close("all")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 20000])
    parser.add_argument("--seed-articles", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", help="print a cProfile of this notebook (or 'index') at the largest size")
    args = parser.parse_args()
    import matplotlib

    matplotlib.use("Agg")
    work = Path(tempfile.mkdtemp(prefix="newslens-bench-nb-"))
    seed = seed_tables(work, args.seed_articles)
    dirs = {size: tiled_tables(seed, size, work / f"tables-{size}") for size in args.sizes}
    stages = {nb.stem: (lambda d, nb=nb: run_notebook(nb, d, work)) for nb in NOTEBOOKS}
    stages["index"] = run_index
    results: dict[str, dict] = {}
    for name, run in stages.items():
        run(dirs[args.sizes[0]])  # imports and first-use costs out of the measure
        per_article = {}
        for size in args.sizes:
            per_article[size] = statistics.median(run(dirs[size]) for _ in range(args.repeat)) / size
        small, big = args.sizes[0], args.sizes[-1]
        results[name] = {
            **{f"ms_per_article_{s}": round(1000 * t, 3) for s, t in per_article.items()},
            f"total_s_{big}": round(per_article[big] * big, 2),
            f"ratio_{big}_over_{small}": round(per_article[big] / per_article[small], 2),
        }
        print(name, json.dumps(results[name]), file=sys.stderr)
    results["all"] = {f"total_s_{args.sizes[-1]}": round(sum(r[f"total_s_{args.sizes[-1]}"] for r in results.values()), 2)}
    print(json.dumps(results, indent=2))
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        stages[args.profile](dirs[args.sizes[-1]])
        profile.disable()
        text = io.StringIO()
        pstats.Stats(profile, stream=text).sort_stats("cumulative").print_stats(40)
        print(text.getvalue())
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
