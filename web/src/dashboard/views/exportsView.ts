// The Exports view's pieces: what the CSV export will contain (the list's filters, in words) and its file name.
import { h } from "../dom";
import { categoryName, formatDate, type DashboardMessages } from "../i18n";
import type { ListFilters } from "../query";

/** The active filters as "label: value" lines, for the user to check what the CSV holds. */
export function describeFilters(f: ListFilters, m: DashboardMessages, lang: "fr" | "en", toolName: (id: string) => string): string[] {
  const lines: string[] = [];
  if (f.from) lines.push(`${m.from} : ${formatDate(m, f.from)}`);
  if (f.to) lines.push(`${m.to} : ${formatDate(m, f.to)}`);
  if (f.unit) lines.push(`${m.unit} : ${f.unit}`);
  if (f.toolId) lines.push(`${m.tool} : ${toolName(f.toolId)}`);
  if (f.checklist) lines.push(`${m.checklistState} : ${f.checklist === "complete" ? m.complete : m.incomplete}`);
  if (f.conformity) lines.push(`${m.conformityFilter} : ${f.conformity === "conforming" ? m.conformingOnly : m.nonConforming}`);
  if (f.category) lines.push(`${m.category} : ${categoryName(lang, f.category)}`);
  if (f.author) lines.push(`${m.author} : ${f.author}`);
  return lines;
}

export function renderFilterSummary(lines: string[], m: DashboardMessages): HTMLElement {
  return lines.length ? h("ul", { class: "filter-summary" }, lines.map((l) => h("li", {}, l))) : h("p", { class: "filter-summary" }, m.noFilter);
}

export function csvFileName(f: ListFilters, today: string): string {
  return `declarations-ia_${f.from || "debut"}_${f.to || today}.csv`;
}
