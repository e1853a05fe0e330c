"""Report runs: papermill executes the notebooks into reproducible, browsable reports.

:func:`run_report` is the library entry point behind ``newslens report``; see
:mod:`analysis.report.runner` for the order of work and :mod:`analysis.report.publish`
for the layout of ``reports/``. Imports are lazy: notebooks import
:mod:`analysis.views.overview` without loading the runner.
"""

__all__ = ["ReportError", "ReportOptions", "ReportResult", "run_report"]


def __getattr__(name):
    if name in __all__:
        from analysis.report import runner

        return getattr(runner, name)
    raise AttributeError(f"module 'analysis.report' has no attribute {name!r}")
