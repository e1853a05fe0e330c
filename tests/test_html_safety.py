"""Article text is data: hostile markup in an article shows as text and runs nowhere.

The multi-article fixture holds an article whose title, source and text carry
``<script>``, ``<img onerror=…>``, ``<svg onload=…>``, an ``<iframe srcdoc>``,
``javascript:`` links, Markdown emphasis and template syntax. Every page the report
writes is loaded in headless Chromium and the DOM *after* scripts had their chance is
checked: the payloads would set ``document.title`` or a ``data-xss`` attribute.
A control page with the same payload unescaped proves the check sees it when it runs.
"""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests import _report_runs as runs

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.chromium,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (make test installs it)"),
]
MARKER = "XSS-RAN"
HOSTILE_SOURCE = "<img src=x onerror="


class Dom(HTMLParser):
    """Elements, attributes and text of a dumped DOM."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.title = ""
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        self._stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def handle_data(self, data):
        current = self._stack[-1] if self._stack else ""
        if current == "title":
            self.title += data
        elif current not in ("script", "style"):
            self.text.append(data)

    def problems(self) -> list[str]:
        found = []
        if MARKER in self.title:
            found.append(f"a script set the title: {self.title!r}")
        for tag, attrs in self.elements:
            if "data-xss" in attrs:
                found.append(f"a script ran and marked <{tag} data-xss={attrs['data-xss']!r}>")
            handlers = [name for name in attrs if name.startswith("on")]
            if handlers:
                found.append(f"<{tag}> carries event handler(s) {handlers}")
            if tag == "script" and attrs.get("type", "text/javascript") in ("", "text/javascript", "module"):
                found.append("a <script> element is on the page")
            if tag in ("iframe", "object", "embed", "svg", "math", "form"):
                found.append(f"an <{tag}> element is on the page")
            if tag == "img" and not attrs.get("src", "").startswith("data:image/png;base64,"):
                found.append(f"<img src={attrs.get('src')!r}> is not an embedded chart")
            for name in ("href", "src", "action", "formaction"):
                if attrs.get(name, "").strip().lower().startswith("javascript:"):
                    found.append(f"<{tag} {name}=javascript:…>")
        return found


def dump_dom(page: Path, profile: Path) -> Dom:
    done = subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", "--virtual-time-budget=2000", "--dump-dom", page.resolve().as_uri(),
        ],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<html" in done.stdout, done.stderr[-2000:]
    dom = Dom()
    dom.feed(done.stdout)
    return dom


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    path = tmp_path_factory.mktemp("chromium-profile")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_the_check_catches_a_payload_that_runs(tmp_path, profile):
    hostile = (runs.MULTI / "hostile.jsonl").read_text(encoding="utf-8")
    import json

    article = json.loads(hostile)
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><html><head><title>t</title></head><body>{article['title']}"
                       f"{article['text']}</body></html>", encoding="utf-8")
    problems = dump_dom(control, profile).problems()
    assert any("set the title" in p for p in problems), problems
    assert any("data-xss" in p for p in problems), problems


def test_every_report_page_shows_hostile_article_text_as_text(profile):
    run = runs.multi_run()
    assert run.code == 0, run.stdout + run.stderr
    pages = sorted(run.run_dir.glob("*.html"))
    assert {p.name for p in pages} >= {"index.html", "01_corpus_overview.html"}
    for page in pages:
        dom = dump_dom(page, profile)
        assert dom.problems() == [], f"{page.name}: {dom.problems()}"
    # Where the hostile article is shown, it is text (notebook tables cut long cells).
    index = "".join(dump_dom(run.run_dir / "index.html", profile).text)
    assert HOSTILE_SOURCE in index and "Evil **Times** [x](javascript:alert(1))" in index
    overview = "".join(dump_dom(run.run_dir / "01_corpus_overview.html", profile).text)
    assert HOSTILE_SOURCE in overview
    assert "<script>document.title=" in overview


def test_failed_notebook_page_and_index_are_safe_too(profile):
    run, _, _ = runs.failing_run()
    for page in sorted(run.run_dir.glob("*.html")):
        dom = dump_dom(page, profile)
        assert dom.problems() == [], f"{page.name}: {dom.problems()}"
