"""Run one notebook with papermill and render it to HTML (in a worker process).

A notebook that raises is still written, executed up to the failing cell with the
error shown (papermill's behaviour), and still rendered: the index links to it.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

KERNEL = "python3"
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# HTML that notebook outputs may keep (pandas tables, papermill's error banner); anything
# else is escaped, and scripts and unknown MIME types are dropped.
ALLOWED_TAGS = [
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "div", "dl",
    "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "small",
    "span", "strong", "style", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]
ALLOWED_ATTRIBUTES = {
    "*": ["class", "id", "title"],
    "a": ["href", "title"],
    "span": ["style"],
    "table": ["border"],
    "td": ["colspan", "rowspan", "style"],
    "th": ["colspan", "rowspan", "style"],
    "tr": ["style"],
    "col": ["span"],
}
# What the notebook helpers import on first use rather than at the top.
LAZY_IMPORTS = ("analysis.query", "matplotlib.figure", "matplotlib.backends.backend_agg", "IPython.display")
ALLOWED_STYLES = ["color", "background-color", "font-family", "font-size", "font-weight", "text-align"]


@dataclass(slots=True, frozen=True)
class NotebookTask:
    name: str
    source: str  # the committed notebook
    output: str  # the executed .ipynb
    html: str
    parameters: dict
    cwd: str
    show_code: bool = False
    progress: bool = False
    start_timeout: int = 120


@dataclass(slots=True)
class NotebookResult:
    name: str
    status: str  # "ok" | "failed"
    seconds: float
    error: str | None = None  # one line: exception type and message
    failed_cell: int | None = None  # execution count ("In [n]") of the cell that raised
    html_error: str | None = None
    log: list[str] = field(default_factory=list)


def init_worker(
    log_path: str | None, warm: int = 0, modules: tuple[str, ...] = (), cwd: str | None = None,
    parent: int | None = None,
) -> None:
    """Worker start, while the parent extracts the corpus.

    First, when ``parent`` (the report process's pid) is given, a watchdog thread ends
    this worker and the kernels it started as soon as the report process is gone: a
    SIGKILLed parent cannot shut its pool down. Kernels' stderr (warnings, crashes) goes to the run log, not the terminal. Then
    ``warm`` kernels are started and the modules the notebooks import are imported in
    them, silently (no execution count, no history, no output): kernel start-up and
    imports — most of a small notebook's time — overlap the extraction.
    """
    import os
    import sys

    if parent is not None:
        watch_parent(parent)
    if log_path:
        fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        sys.stderr.flush()
        os.dup2(fd, 2)
        os.close(fd)
    started = time.perf_counter()
    warm_up()
    if warm > 0:
        from multiprocessing import util

        try:
            _WARM.extend(_start_kernels(warm, tuple(modules), cwd))
            print(f"newslens worker {os.getpid()}: {warm} kernel(s) ready in {time.perf_counter() - started:.1f} s",
                  file=sys.stderr, flush=True)
        except Exception as err:  # cold kernels then: slower, same results
            print(f"newslens worker {os.getpid()}: could not pre-start kernels: {type(err).__name__}: {err}",
                  file=sys.stderr, flush=True)
        # Worker processes skip atexit; multiprocessing runs its finalizers.
        util.Finalize(None, _shutdown_warm, exitpriority=10)


PARENT_POLL = 0.5  # seconds between two looks at the parent


def watch_parent(parent: int, interval: float = PARENT_POLL) -> None:
    """End this process (and its children) when ``parent`` is no longer its parent.

    A daemon thread polls ``os.getppid()``: portable, and unlike Linux's
    ``PR_SET_PDEATHSIG`` it does not depend on which thread of the parent started the
    worker. When the parent is already gone (it died while this worker was starting),
    the worker ends at once.
    """
    import os
    import threading

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                _orphaned()
            time.sleep(interval)

    threading.Thread(target=watch, name="newslens-watch-parent", daemon=True).start()


def _orphaned() -> None:
    """The report process died: stop our kernels (and what they started), then exit."""
    import os
    import signal

    doomed = _descendants(os.getpid())
    for sig, wait in ((signal.SIGTERM, 2.0), (signal.SIGKILL, 1.0)):
        for pid in doomed:
            try:
                os.kill(pid, sig)
            except OSError:
                pass
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and any(_running(pid) for pid in doomed):
            time.sleep(0.05)
        doomed = [pid for pid in doomed if _running(pid)]
        if not doomed:
            break
    os._exit(1)


def _descendants(pid: int) -> list[int]:
    """Children, grandchildren ... of ``pid``, from /proc (Linux); empty elsewhere."""
    import os

    parents: dict[int, list[int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return _warm_pids()
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            if child not in found:
                found.append(child)
                todo.append(child)
    return found


def _warm_pids() -> list[int]:
    pids = []
    for km in _WARM:
        process = getattr(getattr(km, "provisioner", None), "process", None)
        if getattr(process, "pid", None):
            pids.append(process.pid)
    return pids


def _running(pid: int) -> bool:
    """Alive and not a zombie (a dead child of ours stays a zombie until we exit)."""
    import os

    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True


# Kernels this worker started ahead of time; each runs exactly one notebook.
_WARM: list = []
_WARM_CODE = """
def _newslens_warm(names):
    import importlib
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:
            pass
_newslens_warm({modules!r})
del _newslens_warm
"""


def kernel_manager():
    """A kernel manager over IPC sockets in a private folder: a local kernel needs no TCP
    port, and ipykernel warns (into the run log) about every unencrypted TCP kernel."""
    import tempfile

    from jupyter_client.manager import AsyncKernelManager

    sockets = tempfile.mkdtemp(prefix="newslens-kernel-")  # mode 0700: this user's only
    return AsyncKernelManager(kernel_name=KERNEL, transport="ipc", ip=os.path.join(sockets, "kernel"))


def _start_kernels(n: int, modules: tuple[str, ...], cwd: str | None) -> list:
    import asyncio

    async def start_one():
        km = kernel_manager()
        # The same arguments nbclient would start it with.
        await km.start_kernel(extra_arguments=["--HistoryManager.hist_file=:memory:"], cwd=cwd)
        kc = km.client()
        kc.start_channels()
        try:
            await kc.wait_for_ready(timeout=120)
            if modules:
                msg_id = kc.execute(_WARM_CODE.format(modules=list(modules)), silent=True, store_history=False)
                while True:
                    reply = await kc.get_shell_msg(timeout=120)
                    if reply["parent_header"].get("msg_id") == msg_id:
                        break
        except BaseException:
            await km.shutdown_kernel(now=True)  # a kernel that never became ready is no use
            shutil.rmtree(os.path.dirname(km.ip), ignore_errors=True)
            raise
        finally:
            kc.stop_channels()
        return km

    async def start_all():
        return await asyncio.gather(*(start_one() for _ in range(n)))

    return list(asyncio.run(start_all()))


def _take_warm():
    from jupyter_core.utils import run_sync

    while _WARM:
        km = _WARM.pop(0)
        try:
            if run_sync(km.is_alive)():
                return km
        except Exception:
            pass
        _shutdown(km)  # its socket folder too
    return None


def _shutdown(km) -> None:
    from jupyter_core.utils import run_sync

    try:
        run_sync(km.shutdown_kernel)(now=True)
    except Exception:
        pass
    if getattr(km, "transport", None) == "ipc":  # the private socket folder of kernel_manager()
        shutil.rmtree(os.path.dirname(km.ip), ignore_errors=True)


def _shutdown_warm() -> None:
    while _WARM:
        _shutdown(_WARM.pop())


def notebook_imports(paths) -> tuple[str, ...]:
    """Modules the code cells of these notebooks import (what a warm kernel pre-imports)."""
    import ast

    import nbformat

    found: set[str] = set()
    for path in paths:
        try:
            nb = nbformat.read(path, as_version=4)
        except Exception:
            continue
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            # IPython magics and shell escapes are not Python.
            source = "\n".join(
                "" if line.lstrip().startswith(("%", "!")) else line for line in cell.source.splitlines()
            )
            try:
                tree = ast.parse(source)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module)
                    # ``from analysis.views import overview`` imports a submodule
                    found.update(f"{node.module}.{alias.name}" for alias in node.names if alias.name != "*")
    return tuple(sorted(found | set(LAZY_IMPORTS)))


def warm_up() -> bool:
    """Import what a task needs, so the first notebook does not pay for it."""
    import nbconvert  # noqa: F401
    import papermill  # noqa: F401
    from nbconvert.preprocessors.sanitize import SanitizeHTML  # noqa: F401

    exporter(False)
    return True


def run_notebook(task: NotebookTask) -> NotebookResult:
    import papermill
    from papermill.exceptions import PapermillExecutionError

    logging.getLogger("papermill").setLevel(logging.WARNING)
    started = time.perf_counter()
    result = NotebookResult(task.name, "ok", 0.0)
    km = _take_warm() or kernel_manager()
    try:
        papermill.execute_notebook(
            # papermill formats both paths with the parameters (str.format): braces in
            # a folder name ("reports {x}/") are escaped so that they stay as written.
            _format_literal(task.source),
            _format_literal(task.output),
            parameters=task.parameters,
            kernel_name=KERNEL,
            cwd=task.cwd,
            progress_bar=task.progress,
            log_output=False,
            start_timeout=task.start_timeout,
            km=km,
        )
    except PapermillExecutionError as err:
        result.status = "failed"
        result.error = f"{err.ename}: {err.evalue}".strip()
        result.failed_cell = err.exec_count
    except Exception as err:  # kernel died, notebook unreadable, ...: still a failed notebook
        result.status = "failed"
        result.error = f"{type(err).__name__}: {err}".strip()
        result.log.append(traceback.format_exc())
    finally:
        if km is not None:  # a kernel runs one notebook only
            _shutdown(km)
    if Path(task.output).exists():
        try:
            render_html(Path(task.output), Path(task.html), show_code=task.show_code)
        except Exception as err:
            result.html_error = f"{type(err).__name__}: {err}"
            result.status = "failed"
            result.error = result.error or f"HTML rendering failed: {result.html_error}"
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def _format_literal(path: str) -> str:
    return path.replace("{", "{{").replace("}", "}}")


@functools.lru_cache(maxsize=2)
def exporter(show_code: bool):
    """One exporter per worker and setting: loading the templates is the slow part."""
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors.sanitize import SanitizeHTML

    html = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES / "nbconvert")],
        template_name="newslens",
        exclude_input=not show_code,
        exclude_input_prompt=not show_code,
        exclude_output_prompt=not show_code,
        embed_images=True,
    )
    sanitizer = SanitizeHTML(
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        styles=ALLOWED_STYLES,
        strip=False,
        strip_comments=True,
    )
    sanitizer.enabled = True
    html.register_preprocessor(sanitizer, enabled=True)
    return html


def render_html(notebook: Path, target: Path, *, show_code: bool) -> Path:
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    # The page title is the notebook's name, not whatever the first heading says.
    body, _ = exporter(show_code).from_notebook_node(nb, resources={"metadata": {"name": notebook.stem}})
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(target)
    return target
