"""One evaluation run as a single HTML file: the metrics with their intervals, the judge's
calibration, and every failed or errored probe's whole conversation.

The page must open offline and from an archive years later, so everything is inline: the
CSS, and the charts as SVG drawn here. Every string from the run is escaped: answers come
from language models and may hold markup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

from osce.evals.judge import Expectation
from osce.evals.results import JudgeCalibration, Metric, ProbeResult, RunResult, TurnResult

DASH = "—"
PROBLEM_VERDICTS = frozenset({"unsupported", "contradiction", "leak", "break"})
HIGHER, LOWER = "#2b6cb0", "#c05621"  # bar colours: higher or lower is better
PALETTE = ("#2b6cb0", "#c05621", "#2f855a", "#6b46c1")  # one per run in a comparison

CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a202c;
 max-width:1100px;margin:24px auto;padding:0 20px;background:#fff}
h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:32px 0 10px;
 border-bottom:2px solid #e2e8f0;padding-bottom:4px}h3{font-size:15px;margin:18px 0 6px}
table{border-collapse:collapse;margin:8px 0 14px;font-variant-numeric:tabular-nums}
th,td{border:1px solid #e2e8f0;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f7fafc;font-weight:600}tbody tr:nth-child(even){background:#fbfcfd}
td.num{text-align:right;white-space:nowrap}tbody th{white-space:nowrap}
.scroll{overflow-x:auto}
.sub{color:#718096;font-size:12px;font-weight:400}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0}
dl.meta dt{color:#4a5568;font-weight:600}dl.meta dd{margin:0}
.note{background:#fffbea;border-left:4px solid #d69e2e;padding:6px 10px;margin:8px 0}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}
svg{display:block;margin:6px 0 12px}svg text{font:12px system-ui,sans-serif;fill:#2d3748}
details.probe{border:1px solid #e2e8f0;border-radius:4px;margin:10px 0;padding:0 10px}
details.probe>summary{cursor:pointer;padding:8px 0;font-weight:600}
.badge{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;font-weight:600}
.b-failed{background:#fed7d7;color:#822727}.b-error{background:#feebc8;color:#7b341e}
.turn{border-top:1px dashed #cbd5e0;padding:8px 0}.turn-head{color:#4a5568;font-size:12px}
.qa{display:grid;grid-template-columns:24px 1fr;margin:4px 0}.qa b{color:#718096}
.qa div{white-space:pre-wrap}ul.fail{color:#822727;margin:4px 0}
pre{background:#f7fafc;border:1px solid #e2e8f0;padding:6px;font-size:12px;
 max-height:14em;overflow:auto;white-space:pre-wrap;margin:4px 0}
pre.error{background:#fff5f5;border-color:#feb2b2}
.v{border-radius:3px;padding:0 5px;font-size:12px;font-weight:600;white-space:nowrap}
.v-supported,.v-social{background:#edf2f7;color:#4a5568}
.v-unsupported{background:#fefcbf;color:#744210}.v-contradiction{background:#fed7d7;color:#822727}
.v-leak{background:#e9d8fd;color:#44337a}.v-break{background:#fbb6ce;color:#702459}
tr.problem td{background:#fffaf0}
"""


def fmt_value(m: Metric) -> str:
    if m.value is None:
        return DASH
    return f"{m.value:.1f}%" if m.unit == "percent" else f"{m.value:.2f} per 100 sentences"


def fmt_number(m: Metric, value: float | None) -> str:
    """A bare figure in the metric's unit (for intervals and chart labels)."""
    if value is None:
        return DASH
    return f"{value:.1f}" if m.unit == "percent" else f"{value:.2f}"


def fmt_interval(m: Metric) -> str:
    if m.value is None or m.low is None or m.high is None:
        return DASH
    suffix = "%" if m.unit == "percent" else ""
    return f"{fmt_number(m, m.low)}–{fmt_number(m, m.high)}{suffix}"


def fmt_n(m: Metric) -> str:
    return f"{m.numerator}/{m.denominator}"


def scale_top(metrics: list[Metric]) -> float:
    """The axis end for a chart: 100 for percentages, a round figure above the largest
    interval for rates per 100 sentences (which are small, and vanish on a 0–100 axis)."""
    if all(m.unit == "percent" for m in metrics):
        return 100.0
    peak = max((v for m in metrics for v in (m.value, m.high) if v is not None), default=0.0)
    return next((t for t in (0.5, 1, 2, 5, 10, 20, 50) if peak <= t), 100.0)


@dataclass(frozen=True)
class Bar:
    metric: Metric
    colour: str = HIGHER
    title: str = ""  # shown on hover: which run a bar belongs to


def bar_chart(groups: list[tuple[str, list[Bar]]], top: float, unit: str = "") -> str:
    """Horizontal bars with the 95% interval as a whisker, one group of bars per label."""
    label_w, plot_w, text_w, bar_h, gap, group_gap = 260, 560, 140, 14, 4, 10
    axis_h = 22
    height = sum(len(bars) * (bar_h + gap) + group_gap for _, bars in groups) + axis_h
    width = label_w + plot_w + text_w
    out = [f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'role="img">']

    def at(v: float) -> float:
        return label_w + plot_w * min(max(v, 0.0), top) / top

    # steps a reader can add up in their head: 0.1, 0.25, 0.5, 1, 2, 5, 10, 25
    steps = {0.5: 5, 5.0: 5, 10.0: 5, 50.0: 5}.get(top, 4)
    for k in range(steps + 1):
        x = label_w + plot_w * k / steps
        tick = top * k / steps
        out.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - axis_h}" '
                   f'stroke="#e2e8f0"/>')
        out.append(f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle">'
                   f'{tick:g}{escape(unit)}</text>')
    y = 0.0
    for label, bars in groups:
        short = label if len(label) <= 38 else label[:37] + "…"
        mid = y + len(bars) * (bar_h + gap) / 2 + 2
        out.append(f'<text x="{label_w - 8}" y="{mid:.1f}" text-anchor="end">'
                   f'<title>{escape(label)}</title>{escape(short)}</text>')
        for bar in bars:
            m = bar.metric
            title = f"<title>{escape(bar.title)}</title>" if bar.title else ""
            if m.value is not None:
                out.append(f'<rect x="{label_w}" y="{y:.1f}" width="{at(m.value) - label_w:.1f}" '
                           f'height="{bar_h}" fill="{bar.colour}" opacity="0.85">{title}</rect>')
            if m.value is not None and m.low is not None and m.high is not None:
                cy, x1, x2 = y + bar_h / 2, at(m.low), at(m.high)
                out.append(f'<path d="M{x1:.1f} {cy:.1f}H{x2:.1f}M{x1:.1f} {cy - 5:.1f}v10'
                           f'M{x2:.1f} {cy - 5:.1f}v10" stroke="#1a202c" stroke-width="1.5"/>')
            text = DASH if m.value is None else f"{fmt_number(m, m.value)}{unit}"
            out.append(f'<text x="{label_w + plot_w + 8}" y="{y + bar_h - 2:.1f}">'
                       f'{escape(text)}{title}</text>')
            y += bar_h + gap
        y += group_gap
    out.append("</svg>")
    return "".join(out)


def metric_charts(metrics: list[Metric]) -> str:
    """Percentages on one 0–100 axis, rates per 100 sentences on their own."""
    out = []
    for unit, caption, suffix in (("percent", "Percentages", "%"),
                                  ("per100", "Per 100 sentences", "")):
        chosen = [m for m in metrics if m.unit == unit]
        if chosen:
            bars = [(m.label, [Bar(m, HIGHER if m.better == "higher" else LOWER)])
                    for m in chosen]
            out.append(f'<div class="sub">{caption}</div>'
                       + bar_chart(bars, scale_top(chosen), suffix))
    legend = (f'<div class="legend sub"><span style="background:{HIGHER}"></span>higher is better'
              f'<span style="background:{LOWER}"></span>lower is better · whiskers: 95% '
              f"interval</div>")
    return "".join(out) + legend


def page(title: str, body: str, css: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}{css}</style></head>"
            f"<body>{body}</body></html>\n")


def metrics_table(metrics: list[Metric]) -> str:
    rows = "".join(
        f'<tr><td>{escape(m.label)}<div class="sub">{escape(m.better)} is better</div></td>'
        f'<td class="num">{escape(fmt_value(m))}</td><td class="num">{fmt_interval(m)}</td>'
        f'<td class="num">{fmt_n(m)}</td></tr>' for m in metrics)
    return ("<table><thead><tr><th>Metric</th><th>Value</th><th>95% interval</th><th>n</th>"
            f"</tr></thead><tbody>{rows}</tbody></table>")


def _cell(m: Metric | None) -> str:
    """A value with its interval and n in small print, for tables of many metrics."""
    if m is None:
        return f"<td>{DASH}</td>"
    interval = "" if m.value is None else f'<div class="sub">{fmt_interval(m)}</div>'
    return (f'<td class="num">{escape(fmt_value(m))}{interval}'
            f'<div class="sub">n = {fmt_n(m)}</div></td>')


def _grid(groups: dict[str, list[Metric]], heading: str) -> str:
    """Groups as rows, metrics as columns: value, then interval and n in small print."""
    columns = list(dict.fromkeys((m.name, m.label) for ms in groups.values() for m in ms))
    head = "".join(f"<th>{escape(label)}</th>" for _, label in columns)
    rows = []
    for group, ms in groups.items():
        by_name = {m.name: m for m in ms}
        cells = "".join(_cell(by_name.get(name)) for name, _ in columns)
        rows.append(f"<tr><th>{escape(group)}</th>{cells}</tr>")
    return (f'<div class="scroll"><table><thead><tr><th>{escape(heading)}</th>{head}</tr>'
            f"</thead><tbody>{''.join(rows)}</tbody></table></div>")


def _pass_chart(groups: dict[str, list[Metric]]) -> str:
    bars = [(group, [Bar(m)]) for group, ms in groups.items()
            for m in ms if m.name == "probe_pass"]
    return bar_chart(bars, 100.0, "%") if bars else ""


def suites_in_short(suites: list[str]) -> str:
    """"13 files in evals/suites": the whole list, one path per file, is in result.json."""
    if not suites:
        return DASH
    folders = sorted({str(Path(s).parent) for s in suites})
    return f"{len(suites)} file(s) in {', '.join(folders)}"


def _header(run: RunResult) -> str:
    c = run.config
    failed = sum(not p.passed and p.error is None for p in run.probes)
    errored = sum(p.error is not None for p in run.probes)
    items = [("Engine", c.engine), ("Guard policy", c.guard or DASH), ("Model", c.model or DASH),
             ("Judge", c.judge), ("Suites", suites_in_short(c.suites)),
             ("Started", run.started_at or DASH), ("Finished", run.finished_at or DASH),
             ("Seconds", f"{run.seconds:.1f}"),
             ("Probes", f"{len(run.probes)} ({len(run.probes) - failed - errored} passed, "
                        f"{failed} failed, {errored} errored)")]
    meta = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in items)
    return (f"<h1>Hallucination evaluation: {escape(c.engine)}</h1>"
            f'<dl class="meta">{meta}</dl>')


def _calibration(judge: JudgeCalibration) -> str:
    shares = (f"The judge ({judge.judge}) shares code with the guard: it classes sentences "
              "with the guard's own checker, so its figures are not independent of the guard."
              if judge.shares_guard_code else
              f"The judge ({judge.judge}) shares no code with the guard.")
    rows = "".join(
        f"<tr><th>{escape(c.name)}</th>"
        + "".join(_cell(m) for m in (c.precision, c.recall))
        + "</tr>" for c in judge.classes)
    note = f"<p>{escape(judge.note)}</p>" if judge.note else ""
    return ("<h2>Judge calibration</h2>"
            f'<p class="note">{escape(shares)}</p>{note}'
            f'<dl class="meta"><dt>Labels</dt><dd>{escape(judge.labels)}</dd>'
            f"<dt>Answers</dt><dd>{judge.answers}</dd></dl>"
            "<table><thead><tr><th>Class</th><th>Precision</th><th>Recall</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def _expected(expect: Expectation) -> str:
    items = [("Kind", expect.kind.value)]
    if expect.facts:
        items.append(("Must say", ", ".join(expect.facts)))
    if expect.forbidden:
        items.append(("Must not say", ", ".join(expect.forbidden)))
    if expect.off_script:
        items.append(("Off the script", "must not answer with a finding"))
    if expect.premise:
        against = f" (against {', '.join(expect.against)})" if expect.against else ""
        items.append(("False premise", expect.premise + against))
    return '<dl class="meta">' + "".join(
        f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in items) + "</dl>"


def _turn(k: int, turn: TurnResult) -> str:
    j = turn.judgement
    state = ("setup, not judged" if turn.expect is None else
             "not judged" if j is None else "passed" if j.passed else "failed")
    out = [f'<div class="turn"><div class="turn-head">Turn {k} · {state}</div>',
           f'<div class="qa"><b>Q</b><div>{escape(turn.question)}</div></div>',
           f'<div class="qa"><b>A</b><div>{escape(turn.answer)}</div></div>']
    if turn.notice:
        out.append(f'<p class="sub">Notice: {escape(turn.notice)}</p>')
    if turn.expect is not None:
        out.append(_expected(turn.expect))
    if j is not None:
        if j.failures:
            out.append('<ul class="fail">' + "".join(f"<li>{escape(f)}</li>"
                                                     for f in j.failures) + "</ul>")
        if j.carried or j.missing:
            out.append(f'<p class="sub">Carried: {escape(", ".join(j.carried) or DASH)} · '
                       f'missing: {escape(", ".join(j.missing) or DASH)}</p>')
        rows = "".join(
            f'<tr class="{"problem" if s.verdict in PROBLEM_VERDICTS else ""}">'
            f'<td><span class="v v-{escape(s.verdict)}">{escape(s.verdict)}</span></td>'
            f"<td>{escape(s.sentence)}</td><td>{escape(', '.join(s.facts))}</td>"
            f"<td>{escape(s.reason)}</td></tr>" for s in j.sentences)
        if rows:
            out.append("<table><thead><tr><th>Verdict</th><th>Sentence</th><th>Facts</th>"
                       f"<th>Reason</th></tr></thead><tbody>{rows}</tbody></table>")
    if turn.grounding:
        # a key a line: short enough to sit beside the failure, still readable when nested
        text = "{\n" + ",\n".join(
            f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False, default=str)}"
            for k, v in turn.grounding.items()) + "\n}"
        out.append(f'<div class="sub">Engine grounding</div><pre>{escape(text)}</pre>')
    out.append("</div>")
    return "".join(out)


def _probe(p: ProbeResult, is_open: bool) -> str:
    badge = ('<span class="badge b-error">error</span>' if p.error is not None
             else '<span class="badge b-failed">failed</span>')
    attack = f" · {p.attack}" if p.attack else ""
    # an error is shown whole below; a failure's first line says what to look for
    first = p.failures[0] if p.failures and p.error is None else ""
    out = [f'<details class="probe"{" open" if is_open else ""}><summary>{badge} '
           f"{escape(p.key)} <span class=\"sub\">case {escape(p.case)} · {escape(p.kind)}"
           f"{escape(attack)} · {p.seconds:.2f} s</span>"
           f'<div class="sub">{escape(first)}</div></summary>']
    if p.error is not None:
        out.append(f'<pre class="error">{escape(p.error)}</pre>')
    if p.failures:
        out.append('<ul class="fail">' + "".join(f"<li>{escape(f)}</li>"
                                                 for f in p.failures) + "</ul>")
    out += [_turn(k, t) for k, t in enumerate(p.turns, 1)] or [
        '<p class="sub">No turn was answered.</p>']
    out.append("</details>")
    return "".join(out)


def _failures(probes: list[ProbeResult]) -> str:
    failed = [p for p in probes if not p.passed and p.error is None]
    errored = [p for p in probes if p.error is not None]
    # a handful of failures is read in full; hundreds are scanned by their summaries first
    is_open = len(failed) + len(errored) <= 12
    out = [f"<h2>Failed probes ({len(failed)})</h2>",
           f'<p class="sub">{len(probes) - len(failed) - len(errored)} passed probes are '
           "counted above, not listed.</p>"]
    out += [_probe(p, is_open) for p in failed] or ["<p>None.</p>"]
    out.append(f"<h2>Errored probes ({len(errored)})</h2>"
               '<p class="sub">The engine failed: these are not judgements of faithfulness.</p>')
    out += [_probe(p, is_open) for p in errored] or ["<p>None.</p>"]
    return "".join(out)


def render_report(run: RunResult) -> str:
    parts = [_header(run), "<h2>Metrics</h2>", metrics_table(run.metrics),
             metric_charts(run.metrics)]
    for title, groups, heading in (("By probe kind", run.per_kind, "Kind"),
                                   ("By case", run.per_case, "Case")):
        if groups:
            parts += [f"<h2>{title}</h2>", _grid(groups, heading),
                      '<div class="sub">Probes passed</div>', _pass_chart(groups)]
    if run.judge is not None:
        parts.append(_calibration(run.judge))
    if run.notes:
        parts.append("<h2>Notes</h2><ul>" + "".join(f"<li>{escape(n)}</li>"
                                                    for n in run.notes) + "</ul>")
    parts.append(_failures(run.probes))
    return page(f"osce eval: {run.config.engine}", "".join(parts))


def write_report(run: RunResult, path: Path) -> None:
    path.write_text(render_report(run), encoding="utf-8")
