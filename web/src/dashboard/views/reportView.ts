// The printable report for the ethics committee's biannual review: headline numbers and tables, counts only.
import type { Incident, Indicators } from "../auditTypes";
import { lastDay } from "../query";
import { kpis, renderKpis, summarySentence } from "../charts";
import { h } from "../dom";
import { categoryName, formatDate, formatPeriod, labelOf, percentOf, type DashboardMessages } from "../i18n";

export interface ReportContext {
  m: DashboardMessages;
  lang: "fr" | "en";
  now: Date;
  who: string;
  scope: string;
}

function table(caption: string, headers: string[], rows: (string | number)[][], empty: string): HTMLElement {
  if (!rows.length) return h("p", {}, empty);
  return h("table", { class: "report-table" },
    h("caption", { class: "visually-hidden" }, caption),
    h("thead", {}, h("tr", {}, headers.map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, rows.map(([first, ...rest]) => h("tr", {}, h("th", { scope: "row" }, first), rest.map((c) => h("td", {}, c))))));
}

export function renderReport(ind: Indicators, incidents: Incident[], ctx: ReportContext): HTMLElement {
  const { m, lang } = ctx;
  const total = ind.totals.uses;
  const share = (n: number) => m.percent(percentOf(n, total));
  const inPeriod = incidents.filter((i) => Date.parse(i.createdAt) >= Date.parse(ind.from) && Date.parse(i.createdAt) < Date.parse(ind.to));
  const findings = Object.entries(ind.findingsByCategory ?? {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return h("article", { class: "report", id: "report", "aria-labelledby": "report-heading" },
    h("h3", { id: "report-heading" }, m.reportHeading(formatDate(m, ind.from), formatDate(m, lastDay(ind.to)))),
    h("p", {}, ctx.scope),
    h("p", { class: "summary" }, summarySentence(ind, m)),
    h("p", { class: "muted" }, m.reportGenerated(formatDate(m, ctx.now.toISOString()), ctx.who)),
    h("h4", {}, m.reportSummary),
    renderKpis(kpis(ind, m)),
    h("h4", {}, m.reportTools),
    table(m.reportTools, [m.columns.toolId, m.uses, m.share],
      [...ind.usesByTool].sort((a, b) => b.uses - a.uses)
        .map((t) => [`${t.toolName || t.toolId} (${t.approved ? m.approved : m.notApproved})`, t.uses, share(t.uses)]), m.none),
    h("h4", {}, m.reportPeriods),
    table(m.reportPeriods, [m.periodLabel, m.uses, m.approvedUses, m.completeShort, m.kpiIncidents, m.kpiNonConformities],
      ind.periods.map((p) => [formatPeriod(m, p.period), p.uses, p.approvedUses, p.checklistComplete, p.incidents, p.nonConformities]), m.none),
    h("h4", {}, m.reportUnits),
    table(m.reportUnits, [m.columns.unit, m.uses, m.share], [...ind.usesByUnit].sort((a, b) => b.uses - a.uses).map((u) => [u.unit, u.uses, share(u.uses)]), m.none),
    h("h4", {}, m.reportFindings),
    table(m.reportFindings, [m.category, m.count], findings.map(([c, n]) => [categoryName(lang, c), n]), m.none),
    h("h4", {}, m.reportIncidents),
    table(m.reportIncidents, [m.incidentColumns.createdAt, m.incidentColumns.kind, m.incidentColumns.unit, m.incidentColumns.status],
      inPeriod.map((i) => [formatDate(m, i.createdAt), labelOf(m.incidentKinds, i.kind), i.unit, labelOf(m.statuses, i.status)]), m.noIncidents),
    h("p", { class: "report-footer muted" }, m.reportFooter));
}
