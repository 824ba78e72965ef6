// Chart specifications built from the indicators (pure, unit-tested), their Chart.js configuration, and
// the accessible figure each chart sits in (caption, text alternative, and the numbers as a table).
import type { ChartConfiguration } from "chart.js";
import type { Indicators } from "./auditTypes";
import { lastDay } from "./query";
import { h } from "./dom";
import { categoryName, formatDate, formatPeriod, labelOf, percentOf, type DashboardMessages } from "./i18n";

export interface ChartSeries {
  label: string;
  data: number[];
  /** One colour for the series, or one per label (doughnut). */
  color: string | string[];
}

export interface ChartSpec {
  id: string;
  title: string;
  kind: "bar" | "doughnut";
  horizontal?: boolean;
  stacked?: boolean;
  labels: string[];
  series: ChartSeries[];
}

// Colours with at least 3:1 contrast on white (WCAG non-text contrast), distinguishable in greyscale order.
export const palette = { blue: "#0f6cbd", green: "#0e700e", orange: "#bc4b09", red: "#b10e1c", purple: "#5c2e91", grey: "#616161", teal: "#00666d" };
const statusColors: Record<string, string> = { nouveau: palette.red, en_cours: palette.orange, clos: palette.green };

const byUsesDesc = <T extends { uses: number }>(a: T, b: T) => b.uses - a.uses;

export function chartSpecs(ind: Indicators, m: DashboardMessages, lang: "fr" | "en"): ChartSpec[] {
  const tools = [...ind.usesByTool].sort(byUsesDesc);
  const units = [...ind.usesByUnit].sort(byUsesDesc);
  const findings = Object.entries(ind.findingsByCategory ?? {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const statuses = ["nouveau", "en_cours", "clos", ...Object.keys(ind.incidentsByStatus ?? {}).filter((s) => !["nouveau", "en_cours", "clos"].includes(s))];
  const periods = ind.periods;
  return [
    {
      id: "uses-by-tool", title: m.chartUsesByTool, kind: "bar", horizontal: true,
      labels: tools.map((t) => `${t.toolName || t.toolId} (${t.approved ? m.approved : m.notApproved})`),
      series: [{ label: m.uses, data: tools.map((t) => t.uses), color: tools.map((t) => (t.approved ? palette.green : palette.orange)) }],
    },
    {
      id: "approved-share", title: m.chartApprovedShare, kind: "bar", stacked: true,
      labels: periods.map((p) => formatPeriod(m, p.period)),
      series: [
        { label: m.approvedUses, data: periods.map((p) => p.approvedUses), color: palette.green },
        { label: m.otherUses, data: periods.map((p) => p.uses - p.approvedUses), color: palette.orange },
      ],
    },
    {
      id: "checklist", title: m.chartChecklist, kind: "bar", stacked: true,
      labels: periods.map((p) => formatPeriod(m, p.period)),
      series: [
        { label: m.completeShort, data: periods.map((p) => p.checklistComplete), color: palette.teal },
        { label: m.incompleteShort, data: periods.map((p) => p.uses - p.checklistComplete), color: palette.red },
      ],
    },
    {
      id: "incidents-by-status", title: m.chartIncidents, kind: "doughnut",
      labels: statuses.map((s) => labelOf(m.statuses, s)),
      series: [{ label: m.count, data: statuses.map((s) => ind.incidentsByStatus?.[s] ?? 0), color: statuses.map((s) => statusColors[s] ?? palette.grey) }],
    },
    {
      id: "findings-by-category", title: m.chartFindings, kind: "bar", horizontal: true,
      labels: findings.map(([c]) => categoryName(lang, c)),
      series: [{ label: m.count, data: findings.map(([, n]) => n), color: palette.purple }],
    },
    {
      id: "uses-by-unit", title: m.chartUnits, kind: "bar", horizontal: true,
      labels: units.map((u) => u.unit),
      series: [{ label: m.uses, data: units.map((u) => u.uses), color: palette.blue }],
    },
  ];
}

/** Splits a long axis label into lines of about `width` characters (Chart.js draws an array as lines). */
export function wrapLabel(label: string, width = 24): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Chart.js configuration of a spec: no animation (screenshots, print), integer ticks. */
export function chartConfig(spec: ChartSpec): ChartConfiguration {
  if (spec.kind === "doughnut") {
    return {
      type: "doughnut",
      data: { labels: spec.labels, datasets: spec.series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color })) },
      options: { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { position: "right" } } },
    };
  }
  const axis = { stacked: !!spec.stacked, ticks: { precision: 0, autoSkip: false }, beginAtZero: true };
  return {
    type: "bar",
    data: {
      labels: spec.horizontal ? spec.labels.map((l) => wrapLabel(l)) : spec.labels,
      datasets: spec.series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color })),
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      indexAxis: spec.horizontal ? "y" : "x",
      scales: { x: axis, y: axis },
      plugins: { legend: { display: spec.series.length > 1, position: "bottom" } },
    },
  };
}

/** Room for every label of a ranking (horizontal bars), at least the grid's usual height. */
export function chartHeight(spec: ChartSpec): number {
  return spec.horizontal ? Math.max(240, 60 + 34 * spec.labels.length) : 240;
}

/** A short text alternative: "Usages par outil : Mistral (approuvé) 12, ChatGPT (non approuvé) 3." */
export function chartSummary(spec: ChartSpec, m: DashboardMessages): string {
  if (!spec.labels.length) return `${spec.title} : ${m.noData}`;
  const parts = spec.labels.map((label, i) => `${label} ${spec.series.map((s) => s.data[i]).join(" / ")}`);
  return `${spec.title} : ${parts.join(", ")}.`;
}

/** The figure of a chart: caption, canvas (role img, text alternative) and a table of the same numbers. */
export function chartFigure(spec: ChartSpec, m: DashboardMessages): { figure: HTMLElement; canvas: HTMLCanvasElement | null } {
  const titleId = `chart-${spec.id}-title`;
  if (!spec.labels.length) {
    return { figure: h("figure", { class: "chart", id: `chart-${spec.id}`, "aria-labelledby": titleId },
      h("figcaption", { id: titleId }, spec.title), h("p", { class: "empty" }, m.noData)), canvas: null };
  }
  const canvas = h("canvas", { role: "img", "aria-label": chartSummary(spec, m) });
  const box = h("div", { class: "canvas-box" }, canvas);
  box.style.height = `${chartHeight(spec)}px`; // through CSSOM: allowed under a strict style-src policy
  const table = h("table", { class: "chart-data" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, spec.title), spec.series.map((s) => h("th", { scope: "col" }, s.label)))),
    h("tbody", {}, spec.labels.map((label, i) => h("tr", {}, h("th", { scope: "row" }, label), spec.series.map((s) => h("td", {}, s.data[i]))))));
  const figure = h("figure", { class: "chart", id: `chart-${spec.id}`, "aria-labelledby": titleId },
    h("figcaption", { id: titleId }, spec.title),
    box,
    h("details", {}, h("summary", {}, m.dataTable), table));
  return { figure, canvas };
}

export interface Kpi {
  id: string;
  label: string;
  value: string;
}

/** The headline numbers: uses, share through approved tools, checklist completion, incidents, non-conformities. */
export function kpis(ind: Indicators, m: DashboardMessages): Kpi[] {
  const t = ind.totals;
  const incidents = Object.values(ind.incidentsByStatus ?? {}).reduce((a, b) => a + b, 0) || t.incidents;
  return [
    { id: "uses", label: m.kpiUses, value: String(t.uses) },
    { id: "approved-share", label: m.kpiApprovedShare, value: m.percent(percentOf(t.approvedUses, t.uses)) },
    { id: "checklist", label: m.kpiChecklist, value: m.percent(percentOf(t.checklistComplete, t.uses)) },
    { id: "incidents", label: m.kpiIncidents, value: String(incidents) },
    { id: "non-conformities", label: m.kpiNonConformities, value: String(t.nonConformities) },
  ];
}

/** The answer in one sentence: how much AI over the period, through which tools, with how many incidents. */
export function summarySentence(ind: Indicators, m: DashboardMessages): string {
  const t = ind.totals;
  const tools = [...ind.usesByTool].filter((x) => x.uses > 0).sort(byUsesDesc).map((x) => `${x.toolName || x.toolId} ${x.uses}`).join(", ");
  const incidents = Object.values(ind.incidentsByStatus ?? {}).reduce((a, b) => a + b, 0) || t.incidents;
  return m.summary(formatDate(m, ind.from), formatDate(m, lastDay(ind.to)), t.uses, m.percent(percentOf(t.approvedUses, t.uses)), tools, incidents);
}

export function renderKpis(items: Kpi[]): HTMLElement {
  return h("dl", { class: "kpis" }, items.map((k) => h("div", { class: "kpi", "data-kpi": k.id }, h("dt", {}, k.label), h("dd", {}, k.value))));
}
