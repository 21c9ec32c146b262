"""Evaluation runs side by side: a plain-text table for the terminal and a self-contained HTML
page, each marking the best value per metric by the metric's own sense of better."""

from __future__ import annotations

import textwrap
from html import escape

from osce.evals.report import (
    DASH,
    PALETTE,
    Bar,
    bar_chart,
    fmt_interval,
    fmt_n,
    fmt_number,
    fmt_value,
    page,
    scale_top,
    suites_in_short,
)
from osce.evals.results import Metric, RunResult

Runs = list[tuple[str, RunResult]]
LABEL_WIDTH = 30  # wrapped, so four runs still fit a wide terminal
WRAP = 100


def _rows(runs: Runs) -> list[tuple[str, list[Metric | None]]]:
    """One row per metric any run has, in the order the runs give them."""
    names = list(dict.fromkeys(m.name for _, run in runs for m in run.metrics))
    return [(name, [run.metric(name) for _, run in runs]) for name in names]


def best(row: list[Metric | None]) -> set[int]:
    """The runs holding the best value; none where fewer than two have one or all tie."""
    values = {k: m.value for k, m in enumerate(row) if m is not None and m.value is not None}
    if len(values) < 2 or len(set(values.values())) == 1:
        return set()
    sense = next(m.better for m in row if m is not None)
    target = max(values.values()) if sense == "higher" else min(values.values())
    return {k for k, v in values.items() if v == target}


def _describe(run: RunResult) -> str:
    return f"{run.config.engine}/{run.config.guard or DASH}"


def suites_differ(runs: Runs) -> bool:
    return len({tuple(sorted(run.config.suites)) for _, run in runs}) > 1


def _suites_note(runs: Runs) -> str:
    return ("The runs cover different suites, so their figures are not measured on the same "
            "probes: " + "; ".join(f"{name}: {', '.join(run.config.suites) or DASH}"
                                   for name, run in runs) + ".")


def _cell(m: Metric | None) -> str:
    if m is None or m.value is None:
        return DASH
    value = f"{fmt_number(m, m.value)}{'%' if m.unit == 'percent' else ''}"
    if m.low is None or m.high is None:
        return value
    return f"{value} ({fmt_number(m, m.low)}–{fmt_number(m, m.high)})"


def compare_table(runs: Runs) -> str:
    rows = _rows(runs)
    head = [["Metric", *(name for name, _ in runs)], ["", *(_describe(r) for _, r in runs)]]
    body: list[list[str]] = []
    for _, row in rows:
        first = next(m for m in row if m is not None)
        arrow = "↑" if first.better == "higher" else "↓"
        marked = best(row)
        cells = [f"{_cell(m)}{' *' if k in marked else '  '}" for k, m in enumerate(row)]
        lines = textwrap.wrap(f"{first.label} {arrow}", LABEL_WIDTH)
        body.append([lines[0], *cells])
        body += [[line, *([""] * len(runs))] for line in lines[1:]]
    widths = [max(len(r[k]) for r in head + body) for k in range(len(runs) + 1)]

    def line(cells: list[str]) -> str:
        return "  ".join([cells[0].ljust(widths[0]),
                          *(c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))])

    rule = "  ".join("-" * w for w in widths)
    out = [line(h).rstrip() for h in head] + [rule] + [line(b).rstrip() for b in body]
    out += ["", "* best in its row; ↑ higher is better, ↓ lower is better; "
            "(low–high) is the 95% interval"]
    differ = suites_differ(runs)
    for name, run in runs:
        c = run.config
        # the suites are listed per run only where they differ; else once, below
        suites = f", suites {', '.join(c.suites) or DASH}" if differ else ""
        out.append(textwrap.fill(
            f"{name}: engine {c.engine}, guard {c.guard or DASH}, model {c.model or DASH}, "
            f"judge {c.judge}, {len(run.probes)} probes{suites}",
            WRAP, subsequent_indent="  ", break_on_hyphens=False))
    if not differ and runs:
        out.append(f"every run: the same {suites_in_short(runs[0][1].config.suites)}")
    if differ:
        out.append(textwrap.fill("Note: " + _suites_note(runs), WRAP, subsequent_indent="  ",
                                 break_on_hyphens=False))
    return "\n".join(out)


def _colour(k: int) -> str:
    return PALETTE[k % len(PALETTE)]


def _legend(runs: Runs) -> str:
    return '<div class="legend sub">' + "".join(
        f'<span style="background:{_colour(k)}"></span>{escape(name)}'
        for k, (name, _) in enumerate(runs)) + " · whiskers: 95% interval</div>"


def _metric_cell(m: Metric | None, is_best: bool) -> str:
    if m is None:
        return f"<td>{DASH}</td>"
    value = escape(fmt_value(m)) + (" *" if is_best else "")
    return (f'<td class="num{" best" if is_best else ""}">{value}'
            f'<div class="sub">{fmt_interval(m)} · {fmt_n(m)}</div></td>')


def _runs_table(runs: Runs) -> str:
    rows = []
    for k, (name, run) in enumerate(runs):
        c = run.config
        passed = sum(p.passed for p in run.probes)
        cells = [c.engine, c.guard or DASH, c.model or DASH, c.judge, suites_in_short(c.suites),
                 f"{passed}/{len(run.probes)}", run.started_at or DASH]
        rows.append(f'<tr><th><span class="swatch" style="background:{_colour(k)}"></span>'
                    f"{escape(name)}</th>" + "".join(f"<td>{escape(v)}</td>" for v in cells)
                    + "</tr>")
    return ("<table><thead><tr><th>Run</th><th>Engine</th><th>Guard</th><th>Model</th>"
            "<th>Judge</th><th>Suites</th><th>Probes passed</th><th>Started</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _metrics_table(runs: Runs) -> str:
    head = "".join(f"<th>{escape(name)}</th>" for name, _ in runs)
    rows = []
    for _, row in _rows(runs):
        first = next(m for m in row if m is not None)
        marked = best(row)
        rows.append(f'<tr><td>{escape(first.label)}<div class="sub">{escape(first.better)} '
                    "is better</div></td>"
                    + "".join(_metric_cell(m, k in marked) for k, m in enumerate(row)) + "</tr>")
    return (f"<table><thead><tr><th>Metric</th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
            '<div class="sub">* best in its row</div>')


def _bars(row: list[Metric | None], runs: Runs) -> list[Bar]:
    # a run without the metric still gets its slot, drawn as "—", so colours line up
    blank = Metric(name="", label="", value=None)
    return [Bar(m or blank, _colour(k), runs[k][0]) for k, m in enumerate(row)]


def _metric_charts(runs: Runs) -> str:
    out = []
    labelled = [(next(m for m in row if m is not None), row) for _, row in _rows(runs)]
    for unit, caption, suffix in (("percent", "Percentages", "%"),
                                  ("per100", "Per 100 sentences", "")):
        chosen = [(first.label, row) for first, row in labelled if first.unit == unit]
        if chosen:
            present = [m for _, row in chosen for m in row if m is not None]
            out.append(f"<h3>{caption}</h3>" + bar_chart(
                [(label, _bars(row, runs)) for label, row in chosen], scale_top(present),
                suffix))
    return "".join(out)


def _per_case(runs: Runs) -> str:
    cases = sorted({case for _, run in runs for case in run.per_case})
    if not cases:
        return ""
    rows = [(case, [next((m for m in run.per_case.get(case, []) if m.name == "probe_pass"),
                         None) for _, run in runs]) for case in cases]
    head = "".join(f"<th>{escape(name)}</th>" for name, _ in runs)
    body = "".join(f"<tr><th>{escape(case)}</th>"
                   + "".join(_metric_cell(m, k in best(row)) for k, m in enumerate(row))
                   + "</tr>" for case, row in rows)
    chart = bar_chart([(case, _bars(row, runs)) for case, row in rows], 100.0, "%")
    return ("<h2>Probes passed, by case</h2>"
            f"<table><thead><tr><th>Case</th>{head}</tr></thead><tbody>{body}</tbody></table>"
            f"{_legend(runs)}{chart}")


def render_comparison(runs: Runs) -> str:
    note = f'<p class="note">{escape(_suites_note(runs))}</p>' if suites_differ(runs) else ""
    body = (f"<h1>Comparison of {len(runs)} evaluation runs</h1>{_runs_table(runs)}{note}"
            f"<h2>Metrics</h2>{_metrics_table(runs)}{_legend(runs)}{_metric_charts(runs)}"
            f"{_per_case(runs)}")
    css = ("td.best{font-weight:700;background:#f0fff4}"
           ".swatch{display:inline-block;width:10px;height:10px;margin-right:6px}")
    return page(f"osce eval: {len(runs)} runs compared", body, css)
