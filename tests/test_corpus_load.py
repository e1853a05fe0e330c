"""corpus.load: paths, re-iteration, fingerprint, ids, duplicates, filters, the report."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

import corpus
from corpus.ids import derive_id

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "corpus" / "good"

STORY = (
    "SINGAPORE, Jan 5 – China's imports of Venezuelan crude fell sharply in December as tankers "
    "waited off the coast, according to ship-tracking data from Kpler, traders said on Monday. "
    "Independent refiners in Shandong province, the main buyers of the heavy Merey grade, turned "
    "to Iranian and Russian barrels instead, paying higher prices for the replacement cargoes.\n\n"
    "Arrivals of Venezuelan oil in China averaged about 400,000 barrels per day last month, down from "
    "more than 600,000 bpd in November, the data showed. Several supertankers that loaded at the Jose "
    "terminal before the U.S. operation remained anchored in the Caribbean, waiting for payment to "
    "clear, two shipping sources said.\n\n"
    "\"Nobody wants to take the risk right now,\" said a trader at a Shandong refinery who declined to "
    "be named. State-owned PetroChina stopped buying Venezuelan cargoes in 2019, leaving the trade to "
    "small independent plants that process the heavy oil into asphalt and fuel oil."
)


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_corpus_is_reiterable_and_deterministic():
    loaded = corpus.load(GOOD)
    first = [a.to_row() for a in loaded]
    second = [a.to_row() for a in loaded]
    assert first == second and len(loaded) == len(first) == 12
    again = corpus.load(GOOD)
    assert json.dumps(again.report.to_dict()) == json.dumps(loaded.report.to_dict())


def test_fingerprint_is_sha256_over_sorted_ids_and_text_hashes():
    loaded = corpus.load(GOOD)
    pairs = sorted((a.article_id, hashlib.sha256(a.text.encode()).hexdigest()) for a in loaded)
    expected = hashlib.sha256("".join(f"{i}\t{h}\n" for i, h in pairs).encode()).hexdigest()
    assert loaded.fingerprint == expected == loaded.report.to_dict()["fingerprint"]
    # Independent of the order the files are given in.
    files = sorted(GOOD.iterdir(), reverse=True)
    assert corpus.load(files).fingerprint == expected


def test_fingerprint_changes_with_the_text(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": STORY}])
    before = corpus.load(tmp_path).fingerprint
    write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": STORY + " More."}])
    assert corpus.load(tmp_path).fingerprint != before


def test_report_is_built_on_first_access():
    loaded = corpus.load(GOOD)
    report = loaded.report  # no iteration yet
    assert report.articles_loaded == 12
    assert json.loads(json.dumps(report.to_dict())) == report.to_dict()
    assert list(report.to_dict()) == [
        "files_read", "records_read", "articles_loaded", "skipped", "warnings", "duplicates",
        "filtered_out", "encodings", "fingerprint", "implausible_dates",
    ]


def test_to_pandas_has_the_articles_table_columns():
    from analysis.pipeline.tables import ARTICLES

    frame = corpus.load(GOOD).to_pandas()
    assert list(frame.columns) == ARTICLES.names
    assert len(frame) == 12 and frame["article_id"].is_unique
    row = frame.set_index("article_id").loc["9001"]
    assert row["published"] == "2025-11-28" and row["n_words"] == len(row["text"].split())


def test_iteration_streams(tmp_path):
    """The first article arrives before the rest of the file has been read."""
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": STORY}])
    with path.open("a") as handle:
        handle.write("{broken\n")
    articles = iter(corpus.load(path, strict=True))
    assert next(articles).article_id == "1"
    with pytest.raises(corpus.StrictError, match=r"a\.jsonl, line 2: invalid JSON"):
        next(articles)


def test_paths_folders_globs_and_lists(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    write_jsonl(tmp_path / "b.jsonl", [{"id": "b", "text": "Story b about Brent crude futures."}])
    write_jsonl(tmp_path / "sub" / "a.jsonl", [{"id": "a", "text": "Story a about diesel cracks."}])
    write_jsonl(tmp_path / "sub" / "deeper" / "c.jsonl", [{"id": "c", "text": "Story c about jet fuel."}])
    (tmp_path / ".gitkeep").write_text("")
    (tmp_path / ".hidden").mkdir()
    write_jsonl(tmp_path / ".hidden" / "x.jsonl", [{"id": "x", "text": "hidden"}])
    # Folder: recursive, sorted by relative path, hidden files and folders left out.
    assert [a.article_id for a in corpus.load(tmp_path)] == ["b", "a", "c"]
    assert [a.article_id for a in corpus.load(f"{tmp_path}/**/*.jsonl")] == ["b", "a", "c"]
    assert [a.article_id for a in corpus.load([tmp_path / "sub", tmp_path / "b.jsonl"])] == ["a", "c", "b"]
    # The same file named twice is read once.
    loaded = corpus.load([tmp_path / "b.jsonl", tmp_path])
    assert [a.article_id for a in loaded] == ["b", "a", "c"] and loaded.report.files_read == 3


def test_missing_paths_and_bad_options_raise_corpus_error(tmp_path):
    with pytest.raises(corpus.CorpusError, match="no such file or folder"):
        corpus.load(tmp_path / "nope")
    with pytest.raises(corpus.CorpusError, match="matches no file"):
        corpus.load(f"{tmp_path}/*.jsonl")
    with pytest.raises(corpus.CorpusError, match="unknown field"):
        corpus.load(GOOD, fields={"txet": "body"})
    with pytest.raises(corpus.CorpusError, match="FIELD=COLUMN"):
        corpus.load(GOOD, fields="text")
    with pytest.raises(corpus.CorpusError, match="ISO date"):
        corpus.Filters(since="last week")


def test_empty_folder_is_an_empty_corpus(tmp_path):
    loaded = corpus.load(tmp_path)
    assert list(loaded) == [] and len(loaded) == 0
    assert loaded.fingerprint == hashlib.sha256(b"").hexdigest()


def test_ids_own_or_derived_and_stable(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [
        {"id": 12345, "text": "Own numeric id."},
        {"stories_id": " abc ", "text": "Own string id, trimmed."},
        {"id": "", "title": "A title", "text": "No usable id: derived from title and text."},
        {"id": 12.0, "text": "A spreadsheet's float id."},
    ])
    ids = [a.article_id for a in corpus.load(tmp_path)]
    derived = derive_id("No usable id: derived from title and text.", "A title")
    assert ids == ["12345", "abc", derived, "12"]
    # The derivation is fixed: same id on every machine and in every run.
    assert derived == hashlib.sha256(
        "A title\x1fNo usable id: derived from title and text.".encode()).hexdigest()[:16]
    assert derive_id("Some text.", None) == derive_id("Some text.", "")


def test_derived_id_is_a_known_constant():
    # A literal, so that a change to the derivation (which would re-key every table) shows.
    assert derive_id("Oil rose.", "Oil") == "4585ed0bd83da9fd"


def test_same_id_different_text_keeps_the_first(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [
        {"id": "x", "text": "First text of x."},
        {"id": "x", "text": "Second, different text of x."},
        {"id": "x", "text": "First text of x."},
    ])
    loaded = corpus.load(tmp_path)
    assert [a.text for a in loaded] == ["First text of x."]
    (skip,) = loaded.report.skipped
    assert skip.locator == "line 2" and "article_id 'x' already used by" in skip.reason and "a.jsonl:1" in skip.reason
    (warning,) = loaded.report.warnings
    assert warning.locator == "line 3" and "loaded once" in warning.reason


def test_exact_and_near_duplicates_are_marked_never_dropped(tmp_path):
    # What republishing outlets do: a dateline, a word changed, a sign-off added.
    near = STORY.replace("SINGAPORE, Jan 5 – ", "").replace("fell sharply", "dropped sharply")
    nearer = near + " Reporting by Chen Aizhu; editing by Tom Hogue."
    assert 0.8 < _jaccard(STORY, nearer) < _jaccard(STORY, near) < 0.95
    write_jsonl(tmp_path / "a.jsonl", [
        {"id": "orig", "text": STORY, "media_name": "Wire"},
        {"id": "copy", "text": STORY, "media_name": "Outlet A"},
        {"id": "edit", "text": near, "media_name": "Outlet B"},
        {"id": "edit2", "text": nearer, "media_name": "Outlet C"},
        {"id": "other", "text": "Brent crude futures rose 2% on Monday after OPEC+ kept output steady.",
         "media_name": "Outlet D"},
    ])
    loaded = corpus.load(tmp_path)
    got = {a.article_id: a.duplicate_of for a in loaded}
    assert got == {"orig": None, "copy": "orig", "edit": "orig", "edit2": "orig", "other": None}
    assert [d.to_dict() for d in loaded.report.duplicates] == [
        {"article_id": "copy", "duplicate_of": "orig", "kind": "exact"},
        {"article_id": "edit", "duplicate_of": "orig", "kind": "near"},
        {"article_id": "edit2", "duplicate_of": "orig", "kind": "near"},
    ]
    assert len(loaded) == 5
    assert all(a.duplicate_of is None for a in corpus.load(tmp_path, dedupe=False))


def _jaccard(a: str, b: str) -> float:
    def shingles(text):
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}

    x, y = shingles(a), shingles(b)
    return len(x & y) / len(x | y)


def test_first_copy_in_load_order_is_the_original(tmp_path):
    write_jsonl(tmp_path / "1.jsonl", [{"id": "late", "text": STORY}])
    write_jsonl(tmp_path / "0.jsonl", [{"id": "early", "text": STORY.replace("Monday", "Sunday")}])
    assert {a.article_id: a.duplicate_of for a in corpus.load(tmp_path)} == {"early": None, "late": "early"}


def test_different_stories_sharing_boilerplate_are_not_duplicates(tmp_path):
    tail = " Reporting by the energy desk; editing by the news desk. All rights reserved."
    write_jsonl(tmp_path / "a.jsonl", [
        {"id": "1", "text": STORY + tail},
        {"id": "2", "text": "Saudi Aramco raised its February official selling price for Arab Light "
                            "crude to Asia by 30 cents a barrel, the company said on Sunday." + tail},
    ])
    assert all(a.duplicate_of is None for a in corpus.load(tmp_path))


def test_filters(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [
        {"id": "1", "text": "Venezuela shipped crude to China.", "date": "2026-01-02", "source": "Wire", "lang": "en"},
        {"id": "2", "text": "Oil prices fell in Asia.", "date": "2026-01-05", "source": "wire", "lang": "EN"},
        {"id": "3", "text": "El petróleo venezolano llegó a China.", "date": "2026-01-03", "source": "Diario", "lang": "es"},
        {"id": "4", "text": "No date on this Venezuelan crude story.", "source": "Wire", "lang": "en"},
        {"id": "5", "text": "The crude shipment from Venezuela reached Qingdao.", "date": "2026-01-04",
         "source": "Wire", "lang": "en"},
    ])

    def ids(**criteria):
        loaded = corpus.load(tmp_path, filters=corpus.Filters(**criteria))
        return [a.article_id for a in loaded], loaded.report

    assert ids(since="2026-01-03")[0] == ["2", "3", "5"]
    kept, report = ids(since=dt.date(2026, 1, 2), until="2026-01-04")
    assert kept == ["1", "3", "5"] and report.filtered_out == {"date": 2}
    assert report.skipped == [] and report.articles_loaded == 3 and report.records_read == 5
    assert ids(sources=["WIRE"])[0] == ["1", "2", "4", "5"]
    assert ids(languages="es")[0] == ["3"]
    assert ids(keywords=["venezuela"])[0] == ["1", "5"]  # whole word: not "Venezuelan"
    assert ids(keywords=["crude story", "Qingdao"])[0] == ["4", "5"]
    kept, report = ids(languages=["en"], keywords=["crude"], until="2026-01-04")
    assert kept == ["1", "5"] and report.filtered_out == {"date": 2, "language": 1}


def test_filtered_out_records_are_not_originals_of_duplicates(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [
        {"id": "old", "text": STORY, "date": "2025-01-01"},
        {"id": "new", "text": STORY, "date": "2026-01-05"},
    ])
    loaded = corpus.load(tmp_path, filters=corpus.Filters(since="2026-01-01"))
    assert [(a.article_id, a.duplicate_of) for a in loaded] == [("new", None)]


def test_hidden_and_extra_fields(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": "Text.", "section": "Energy", "tags": ["oil", "gas"],
                                        "nested": {"a": 1}}])
    (article,) = list(corpus.load(tmp_path))
    assert article.extra == {"section": "Energy", "tags": ["oil", "gas"]}


def test_copies_of_the_same_folder_load_identically(tmp_path):
    shutil.copytree(GOOD, tmp_path / "copy")
    a = [(x.article_id, x.text, x.duplicate_of) for x in corpus.load(GOOD)]
    b = [(x.article_id, x.text, x.duplicate_of) for x in corpus.load(tmp_path / "copy")]
    assert a == b


def test_minhash_signatures_are_datasketchs():
    """The signature is computed for all shingles at once; it must stay what datasketch's
    MinHash gives for them (an upgrade that changed it would change which copies are
    near duplicates)."""
    import numpy as np
    from datasketch import MinHash

    from corpus import dedup

    texts = [
        "The tanker left the port on Monday with a full cargo of crude for the refinery.",
        "Ölpreise stiegen am Dienstag, während Händler auf neue Daten warteten.",
        "short text",
        "word " * 300,
    ]
    permutations = dedup._template(dedup.NUM_PERM).permutations
    for text in texts:
        minhash = MinHash(seed=dedup.SEED, num_perm=dedup.NUM_PERM, hashfunc=lambda value: value,
                          permutations=permutations, scheme=dedup.SCHEME)
        minhash.update_batch(dedup.shingle_hashes(text))
        assert np.array_equal(dedup.signature(text), minhash.hashvalues.astype(np.uint32))
    assert dedup.signature("!!! ...") is None
