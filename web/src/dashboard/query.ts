// Filter state of the audit list and the query strings the API receives. Pure functions: no DOM, no fetch.
import type { Granularity } from "./auditTypes";

export type ChecklistState = "" | "complete" | "incomplete";
export type ConformityState = "" | "conforming" | "nonconforming";
export type SortKey = "createdAt" | "-createdAt" | "author" | "-author" | "unit" | "-unit" | "toolId" | "-toolId";

export interface ListFilters {
  /** Inclusive dates, YYYY-MM-DD; empty for no bound. */
  from: string;
  to: string;
  unit: string;
  toolId: string;
  checklist: ChecklistState;
  conformity: ConformityState;
  category: string;
  author: string;
  sort: SortKey;
  page: number;
  pageSize: number;
}

export const defaultPageSize = 20;

export function emptyFilters(): ListFilters {
  return { from: "", to: "", unit: "", toolId: "", checklist: "", conformity: "", category: "", author: "", sort: "-createdAt", page: 1, pageSize: defaultPageSize };
}

const sortKeys: readonly SortKey[] = ["createdAt", "-createdAt", "author", "-author", "unit", "-unit", "toolId", "-toolId"];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Query parameters of `GET /api/audit/declarations` (and `.csv`, which ignores paging). Empty filters are left out. */
export function declarationsQuery(f: ListFilters, opts: { paging: boolean } = { paging: true }): URLSearchParams {
  const q = new URLSearchParams();
  if (f.from) q.set("from", f.from);
  if (f.to) q.set("to", f.to);
  if (f.toolId) q.set("toolId", f.toolId);
  if (f.unit.trim()) q.set("unit", f.unit.trim());
  if (f.checklist) q.set("checklistComplete", String(f.checklist === "complete"));
  if (f.conformity) q.set("nonConforming", String(f.conformity === "nonconforming"));
  if (f.category) q.set("category", f.category);
  if (f.author.trim()) q.set("author", f.author.trim());
  q.set("sort", f.sort);
  if (opts.paging) {
    q.set("page", String(f.page));
    q.set("pageSize", String(f.pageSize));
  }
  return q;
}

export function indicatorsQuery(from: string, to: string, granularity: Granularity): URLSearchParams {
  const q = new URLSearchParams();
  if (from) q.set("from", from);
  if (to) q.set("to", to);
  q.set("granularity", granularity);
  return q;
}

/** Filters kept in the page's address (hash), so a view can be bookmarked and reloaded. */
export function filtersToHash(f: ListFilters): string {
  const q = declarationsQuery(f);
  if (f.sort === "-createdAt") q.delete("sort");
  if (f.page === 1) q.delete("page");
  if (f.pageSize === defaultPageSize) q.delete("pageSize");
  return q.toString();
}

export function filtersFromHash(query: string): ListFilters {
  const q = new URLSearchParams(query);
  const f = emptyFilters();
  const date = (v: string | null) => (v && isoDate.test(v) ? v : "");
  f.from = date(q.get("from"));
  f.to = date(q.get("to"));
  f.toolId = q.get("toolId") ?? "";
  f.unit = q.get("unit") ?? "";
  const complete = q.get("checklistComplete");
  f.checklist = complete === "true" ? "complete" : complete === "false" ? "incomplete" : "";
  const nonConforming = q.get("nonConforming");
  f.conformity = nonConforming === "true" ? "nonconforming" : nonConforming === "false" ? "conforming" : "";
  f.category = q.get("category") ?? "";
  f.author = q.get("author") ?? "";
  const sort = q.get("sort") as SortKey | null;
  if (sort && sortKeys.includes(sort)) f.sort = sort;
  f.page = positiveInt(q.get("page"), 1);
  f.pageSize = Math.min(positiveInt(q.get("pageSize"), defaultPageSize), 200);
  return f;
}

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Clicking a column header: first ascending for text, descending for dates; a second click flips. */
export function toggleSort(current: SortKey, column: "createdAt" | "author" | "unit" | "toolId"): SortKey {
  if (current === column) return `-${column}` as SortKey;
  if (current === `-${column}`) return column;
  return column === "createdAt" ? "-createdAt" : column;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

// ---- periods ----

/** The last day (YYYY-MM-DD) of a period the API gives as [from, to): an end at midnight means the day before. */
export function lastDay(exclusiveEnd: string): string {
  const end = new Date(exclusiveEnd);
  if (Number.isNaN(end.getTime())) return exclusiveEnd;
  const midnight = end.getUTCHours() === 0 && end.getUTCMinutes() === 0 && end.getUTCSeconds() === 0 && end.getUTCMilliseconds() === 0;
  return new Date(end.getTime() - (midnight ? 86_400_000 : 0)).toISOString().slice(0, 10);
}

export type PeriodPreset = "thisMonth" | "lastMonth" | "thisQuarter" | "lastQuarter" | "lastSixMonths" | "lastSemester" | "thisYear" | "lastYear";
export const periodPresets: readonly PeriodPreset[] = [
  "lastQuarter", "thisQuarter", "lastMonth", "thisMonth", "lastSixMonths", "lastSemester", "thisYear", "lastYear",
];

export interface Period {
  from: string;
  to: string;
}

function ymd(year: number, monthIndex: number, day: number): string {
  const d = new Date(Date.UTC(year, monthIndex, day));
  return d.toISOString().slice(0, 10);
}

/** First and last day (inclusive) of a span of `months` months starting at (year, monthIndex). */
function span(year: number, monthIndex: number, months: number): Period {
  return { from: ymd(year, monthIndex, 1), to: ymd(year, monthIndex + months, 0) };
}

/**
 * A named period relative to `now` (local calendar). "lastSemester" is the last complete half-year (the committee's
 * biannual review); "lastSixMonths" runs from the first day of the month five months ago to today.
 */
export function periodFor(preset: PeriodPreset, now: Date): Period {
  const y = now.getFullYear();
  const m = now.getMonth();
  const q = Math.floor(m / 3) * 3;
  const h = m < 6 ? 0 : 6;
  switch (preset) {
    case "thisMonth": return span(y, m, 1);
    case "lastMonth": return span(y, m - 1, 1);
    case "thisQuarter": return span(y, q, 3);
    case "lastQuarter": return span(y, q - 3, 3);
    case "lastSixMonths": return { from: ymd(y, m - 5, 1), to: ymd(y, m, now.getDate()) };
    case "lastSemester": return span(y, h - 6, 6);
    case "thisYear": return span(y, 0, 12);
    case "lastYear": return span(y - 1, 0, 12);
  }
}

/** Which preset, if any, a period matches (to show it selected). */
export function presetOf(period: Period, now: Date): PeriodPreset | "" {
  return periodPresets.find((p) => {
    const candidate = periodFor(p, now);
    return candidate.from === period.from && candidate.to === period.to;
  }) ?? "";
}

// ---- routes: "#/liste?from=…" ----

export type ViewId = "liste" | "indicateurs" | "incidents" | "exports";
export const viewIds: readonly ViewId[] = ["liste", "indicateurs", "incidents", "exports"];

export function parseRoute(hash: string): { view: ViewId; query: string } {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const view = viewIds.find((v) => v === path) ?? "liste";
  return { view, query };
}

export function routeHash(view: ViewId, query = ""): string {
  return `#/${view}${query ? `?${query}` : ""}`;
}
