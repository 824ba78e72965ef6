// The Liste view: filter form, the table of declarations (sortable headers, paging) — counts and states only.
import type { DeclarationRecord, PagedResult } from "../auditTypes";
import { h, inputField, selectField } from "../dom";
import { categoryName, formatDate, labelOf, type DashboardMessages } from "../i18n";
import { pageCount, toggleSort, type ListFilters, type SortKey } from "../query";
import { periodFields } from "./periodFields";

export interface ListContext {
  m: DashboardMessages;
  lang: "fr" | "en";
  now: Date;
  /** [toolId, name] pairs for the tool filter. */
  tools: [string, string][];
  categories: string[];
  /** Known services in the user's scope, offered as suggestions (the field stays free text). */
  units: string[];
}

/** The filter form; `onApply` gets the new filters (page back to 1). */
export function renderFilters(f: ListFilters, ctx: ListContext, onApply: (f: ListFilters) => void, onReset: () => void): HTMLFormElement {
  const { m } = ctx;
  const form = h("form", { class: "filters", "aria-labelledby": "filters-title" },
    h("h2", { id: "filters-title", class: "visually-hidden" }, m.filtersTitle),
    periodFields("f", { from: f.from, to: f.to }, ctx.now, m),
    inputField("f-unit", m.unit, "text", f.unit, m.unitHint),
    selectField("f-tool", m.tool, [["", m.anyTool], ...ctx.tools], f.toolId),
    selectField("f-checklist", m.checklistState, [["", m.anyState], ["complete", m.complete], ["incomplete", m.incomplete]], f.checklist),
    selectField("f-conformity", m.conformityFilter, [["", m.anyState], ["nonconforming", m.nonConforming], ["conforming", m.conformingOnly]], f.conformity),
    selectField("f-category", m.category, [["", m.anyCategory], ...ctx.categories.map((c): [string, string] => [c, categoryName(ctx.lang, c)])], f.category),
    inputField("f-author", m.author, "search", f.author, m.authorHint),
    h("div", { class: "actions" },
      h("button", { type: "submit", class: "primary" }, m.apply),
      h("button", { type: "button", onclick: onReset }, m.reset)),
  );
  if (ctx.units.length) {
    form.querySelector("#f-unit")?.setAttribute("list", "f-unit-options");
    form.append(h("datalist", { id: "f-unit-options" }, ctx.units.map((u) => h("option", { value: u }))));
  }
  const value = (id: string) => (form.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement).value;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onApply(readFilters(value, f));
  });
  return form;
}

export function readFilters(value: (id: string) => string, previous: ListFilters): ListFilters {
  return {
    ...previous,
    from: value("f-from"),
    to: value("f-to"),
    unit: value("f-unit").trim(),
    toolId: value("f-tool"),
    checklist: value("f-checklist") as ListFilters["checklist"],
    conformity: value("f-conformity") as ListFilters["conformity"],
    category: value("f-category"),
    author: value("f-author").trim(),
    page: 1,
  };
}

export interface TableHandlers {
  onSort: (sort: SortKey) => void;
  onPage: (page: number) => void;
  onDetail: (record: DeclarationRecord) => void;
}

const sortable = ["createdAt", "author", "unit", "toolId"] as const;

/** The declarations table with its caption (count, page), sortable headers and pagination. */
export function renderDeclarations(result: PagedResult<DeclarationRecord>, f: ListFilters, ctx: ListContext, handlers: TableHandlers): HTMLElement {
  const { m } = ctx;
  const pages = pageCount(result.total, result.pageSize || f.pageSize);
  const header = (key: keyof DashboardMessages["columns"]) => {
    const label = m.columns[key];
    const column = sortable.find((c) => c === key);
    if (!column) return h("th", { scope: "col" }, label);
    const direction = f.sort === column ? "ascending" : f.sort === `-${column}` ? "descending" : null;
    return h("th", { scope: "col", "aria-sort": direction ?? "none" },
      h("button", { type: "button", class: "sort", "data-sort": column, onclick: () => handlers.onSort(toggleSort(f.sort, column)) },
        label,
        h("span", { "aria-hidden": "true", class: "sort-mark" }, direction === "ascending" ? " ▲" : direction === "descending" ? " ▼" : " ↕")));
  };
  // The Graph marker state shows when the API reports it.
  const withGraph = result.items.some((r) => r.graphState);
  const columns: (keyof DashboardMessages["columns"])[] = ["createdAt", "author", "unit", "host", "toolId", "purpose", "mention",
    "checklist", "findings", "conformity", ...(withGraph ? ["graph" as const] : [])];
  const table = h("table", { class: "declarations" },
    h("caption", {}, m.listCaption(result.total, result.page, pages)),
    h("thead", {}, h("tr", {}, columns.map(header))),
    h("tbody", {}, result.items.map((r) => declarationRow(r, ctx, handlers, withGraph))));
  return h("div", { class: "list" },
    result.items.length ? h("div", { class: "table-wrap" }, table) : h("p", { class: "empty", role: "status" }, m.empty),
    pagination(result.page, pages, m, handlers.onPage));
}

function declarationRow(r: DeclarationRecord, ctx: ListContext, handlers: TableHandlers, withGraph: boolean): HTMLTableRowElement {
  const { m } = ctx;
  return h("tr", { "data-id": r.id },
    // The date opens the detail (one column fewer on a laptop screen).
    h("td", {}, h("button", { type: "button", class: "link", onclick: () => handlers.onDetail(r),
      "aria-label": `${m.show} : ${r.userName}, ${formatDate(m, r.createdAt, true)}` },
    h("time", { datetime: r.createdAt }, formatDate(m, r.createdAt, true)))),
    h("td", {}, r.userName),
    h("td", { class: "unit" }, r.unit),
    h("td", {}, labelOf(m.hosts, r.host)),
    h("td", {}, r.toolName || r.toolId, " ",
      h("span", { class: r.toolApproved ? "badge ok" : "badge warn" }, r.toolApproved ? m.approved : m.notApproved)),
    h("td", {}, labelOf(m.purposes, r.purpose)),
    h("td", {}, yesNo(r.mentionInserted, m)),
    h("td", { class: "checklist" }, h("span", { class: r.checklistComplete ? "badge ok" : "badge warn" }, r.checklistComplete ? m.complete : m.incomplete)),
    h("td", {}, findingsSummary(r.findings, ctx)),
    h("td", {}, conformity(r.nonConformities, m)),
    withGraph ? h("td", {}, labelOf(m.graphStates, r.graphState ?? "none")) : null,
  );
}

function yesNo(value: boolean, m: DashboardMessages): HTMLElement {
  return h("span", { class: value ? "badge ok" : "badge warn" }, value ? m.yes : m.no);
}

/** "Conforme", or the charter rules the use broke. */
export function conformity(codes: string[], m: DashboardMessages): HTMLElement {
  return codes.length
    ? h("span", { class: "badge warn wrap" }, codes.map((c) => labelOf(m.nonConformityKinds, c)).join(", "))
    : h("span", { class: "badge ok" }, m.conforming);
}

/** "Nom de personne : 2, IBAN : 1" — category labels and counts, never values. */
export function findingsSummary(findings: Record<string, number>, ctx: Pick<ListContext, "m" | "lang">): string {
  const entries = Object.entries(findings ?? {}).filter(([, n]) => n > 0);
  if (!entries.length) return ctx.m.none;
  return entries.map(([c, n]) => `${categoryName(ctx.lang, c)} : ${n}`).join(", ");
}

function pagination(page: number, pages: number, m: DashboardMessages, onPage: (page: number) => void): HTMLElement {
  return h("nav", { class: "pagination", "aria-label": m.pagination },
    h("button", { type: "button", disabled: page <= 1, onclick: () => onPage(page - 1) }, `‹ ${m.previous}`),
    h("span", { "aria-current": "page" }, `${page} / ${pages}`),
    h("button", { type: "button", disabled: page >= pages, onclick: () => onPage(page + 1) }, `${m.next} ›`));
}
