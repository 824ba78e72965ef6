// Entry point of dashboard.html: sign-in (development issuer), routing between the four views, data loading.
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip } from "chart.js";
import { ApiError } from "../shared/apiClient";
import { devTokenSource, type DevIdentity } from "../shared/auth";
import { messages as sharedMessages, pickLanguage } from "../shared/i18n";
import { AuditClient, type CharterSummary } from "./auditClient";
import type { DeclarationDetail, DeclarationRecord, Incident, IncidentStatus } from "./auditTypes";
import { chartConfig, chartFigure, chartSpecs, kpis, renderKpis, summarySentence } from "./charts";
import { h, selectField } from "./dom";
import { dashboardMessages, labelOf } from "./i18n";
import {
  emptyFilters, filtersFromHash, filtersToHash, parseRoute, periodFor, routeHash,
  type ListFilters, type Period, type ViewId,
} from "./query";
import { abilitiesOf, claimsOf, demoUsers, devSignInAvailable, saveIdentity, savedIdentity, seedDemoData, type Abilities } from "./session";
import { renderDetail } from "./views/detailView";
import { csvFileName, describeFilters, renderFilterSummary } from "./views/exportsView";
import { renderIncidents } from "./views/incidentsView";
import { renderDeclarations, renderFilters, type ListContext } from "./views/listView";
import { periodFields, readPeriod } from "./views/periodFields";
import { renderReport } from "./views/reportView";

Chart.register(BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Tooltip, Legend);

const params = new URLSearchParams(location.search);
const lang = pickLanguage(params.get("lang"), undefined);
const m = dashboardMessages(lang);
const baseUrl = location.origin;
const categories = Object.keys(sharedMessages("fr").categories);

interface Session {
  identity: DevIdentity;
  api: AuditClient;
  abilities: Abilities;
  charter: CharterSummary | null;
  /** Services seen over the last year in the user's scope (suggestions for the service filter). */
  units: Promise<string[]>;
}

let session: Session | null = null;
/** The list's filters, kept for the CSV export. */
let listFilters: ListFilters = emptyFilters();
let charts: Chart[] = [];
let currentView: ViewId | null = null;
/** A selector to focus once the view is rendered again (sort buttons, paging). */
let focusAfterRender: string | null = null;

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

function announce(text: string): void {
  const status = byId("status");
  status.textContent = "";
  setTimeout(() => { status.textContent = text; }, 50);
}

function go(view: ViewId, query = ""): void {
  const hash = routeHash(view, query);
  if (location.hash === hash) void render();
  else location.hash = hash;
}

function toolName(id: string): string {
  return session?.charter?.tools.find((t) => t.id === id)?.name ?? id;
}

function applyStaticText(): void {
  document.documentElement.lang = lang;
  document.title = m.appTitle;
  byId("app-title").textContent = m.appTitle;
  byId("app-subtitle").textContent = m.appSubtitle;
  byId("skip-link").textContent = m.skipToContent;
  byId("nav").setAttribute("aria-label", m.navLabel);
  for (const link of byId("nav").querySelectorAll<HTMLAnchorElement>("a[data-view]")) {
    const view = link.dataset.view as ViewId;
    link.textContent = { liste: m.nav.list, indicateurs: m.nav.indicators, incidents: m.nav.incidents, exports: m.nav.exports }[view];
  }
  const other = lang === "fr" ? "en" : "fr";
  const langLink = byId<HTMLAnchorElement>("lang-switch");
  langLink.textContent = m.language;
  langLink.lang = other;
  langLink.href = `?lang=${other}${location.hash}`;
  byId("sign-out").textContent = m.signOut;
}

// ---- sign-in ----

async function showSignIn(error?: string): Promise<void> {
  session = null;
  byId("nav").hidden = true;
  byId("view").replaceChildren();
  byId("refused").hidden = true;
  byId("sign-out").hidden = true;
  byId("who-name").textContent = "";
  byId("who-scope").textContent = "";
  const section = byId("signin");
  section.hidden = false;
  const available = await devSignInAvailable(baseUrl);
  if (!available) {
    section.replaceChildren(h("h2", { id: "signin-title" }, m.signInTitle), h("p", {}, m.signInUnavailable));
    return;
  }
  const form = h("form", { class: "signin" },
    h("p", {}, m.signInIntro),
    selectField("signin-user", m.signInUser, demoUsers.map((u): [string, string] => [u.id, m.demoUsers[u.id] ?? u.identity.user]), demoUsers[0].id),
    h("button", { type: "submit", class: "primary" }, m.signIn),
    error ? h("p", { class: "error", role: "alert" }, error) : null);
  const seedStatus = h("p", { role: "status" });
  const seed = h("button", { type: "button", id: "seed-demo" }, m.seedDemo);
  seed.addEventListener("click", async () => {
    seed.setAttribute("disabled", "");
    try {
      const result = await seedDemoData(baseUrl);
      seedStatus.textContent = result.seeded ? m.seedDone(result.declarations, result.incidents) : m.seedAlready;
    } catch (e) {
      seedStatus.textContent = m.loadFailed(e instanceof Error ? e.message : String(e));
    } finally {
      seed.removeAttribute("disabled");
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = demoUsers.find((u) => u.id === (form.querySelector("#signin-user") as HTMLSelectElement).value);
    if (chosen) void startSession(chosen.identity);
  });
  section.replaceChildren(h("h2", { id: "signin-title" }, m.signInTitle), form, h("div", { class: "seed" }, seed, seedStatus));
}

async function startSession(identity: DevIdentity): Promise<void> {
  const token = devTokenSource(baseUrl, identity);
  let claims;
  try {
    claims = claimsOf(await token());
  } catch (error) {
    saveIdentity(sessionStorage, null);
    await showSignIn(m.signInFailed(error instanceof Error ? error.message : String(error)));
    return;
  }
  saveIdentity(sessionStorage, identity);
  const api = new AuditClient(baseUrl, token);
  const abilities = abilitiesOf(claims);
  const lastYear = { from: periodFor("lastYear", new Date()).from, to: new Date().toISOString().slice(0, 10) };
  const units = api.indicators(lastYear.from, lastYear.to, "quarter")
    .then((ind) => ind.usesByUnit.map((u) => u.unit).sort())
    .catch(() => []);
  session = { identity, api, abilities, charter: null, units };
  byId("signin").hidden = true;
  const roles = claims.roles.map((r) => m.roles[r] ?? r).join(", ");
  byId("who-name").textContent = m.signedInAs(roles ? `${claims.name || identity.user} (${roles})` : claims.name || identity.user);
  byId("who-scope").textContent = abilities.scope.kind === "tenant" ? m.scopeTenant
    : abilities.scope.kind === "unit" ? m.scopeUnit(abilities.scope.unit) : "";
  byId("sign-out").hidden = false;
  session.charter = await api.charter().catch(() => null);
  await render();
}

function showRefused(): void {
  byId("nav").hidden = true;
  byId("view").replaceChildren();
  const section = byId("refused");
  section.hidden = false;
  section.replaceChildren(h("h2", { id: "refused-title" }, m.refused), h("p", {}, m.refusedDetail));
}

// ---- views ----

function destroyCharts(): void {
  for (const chart of charts) chart.destroy();
  charts = [];
}

function viewTitle(view: ViewId): string {
  return { liste: m.listTitle, indicateurs: m.indicatorsTitle, incidents: m.incidentsTitle, exports: m.exportsTitle }[view];
}

async function render(): Promise<void> {
  if (!session) return;
  const { view, query } = parseRoute(location.hash);
  const container = byId("view");
  byId("nav").hidden = false;
  for (const link of byId("nav").querySelectorAll<HTMLAnchorElement>("a[data-view]")) {
    if (link.dataset.view === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const viewChanged = currentView !== null && currentView !== view;
  currentView = view;
  document.title = `${viewTitle(view)} — ${m.appTitle}`;
  container.setAttribute("aria-busy", "true");
  try {
    const content = await renderView(view, query, session);
    destroyCharts();
    byId("refused").hidden = true;
    container.replaceChildren(...content.nodes);
    content.mount?.();
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      showRefused();
      return;
    }
    container.replaceChildren(h("h2", { id: "view-title", tabindex: "-1" }, viewTitle(view)),
      h("p", { class: "error", role: "alert" }, m.loadFailed(error instanceof Error ? error.message : String(error))));
  } finally {
    container.removeAttribute("aria-busy");
  }
  if (focusAfterRender) {
    container.querySelector<HTMLElement>(focusAfterRender)?.focus();
    focusAfterRender = null;
  } else if (viewChanged) {
    container.querySelector<HTMLElement>("#view-title")?.focus();
  }
}

interface ViewContent {
  nodes: Node[];
  mount?: () => void;
}

function renderView(view: ViewId, query: string, s: Session): Promise<ViewContent> {
  switch (view) {
    case "liste": return listView(query, s);
    case "indicateurs": return indicatorsView(query, s);
    case "incidents": return incidentsView(s);
    case "exports": return exportsView(s);
  }
}

function title(view: ViewId): HTMLElement {
  return h("h2", { id: "view-title", tabindex: "-1" }, viewTitle(view));
}

function toolOptions(s: Session): [string, string][] {
  return (s.charter?.tools ?? []).map((t): [string, string] => [t.id, t.name]);
}

async function listView(query: string, s: Session): Promise<ViewContent> {
  const filters = filtersFromHash(query);
  listFilters = filters;
  const [result, units] = await Promise.all([s.api.declarations(filters), s.units]);
  const ctx: ListContext = { m, lang, now: new Date(), tools: toolOptions(s), categories, units };
  const pages = Math.max(1, Math.ceil(result.total / (result.pageSize || filters.pageSize)));
  announce(m.listCaption(result.total, result.page, pages));
  return {
    nodes: [
      title("liste"),
      renderFilters(filters, ctx, (f) => go("liste", filtersToHash(f)), () => go("liste", "")),
      renderDeclarations(result, filters, ctx, {
        onSort: (sort) => {
          focusAfterRender = `button[data-sort="${sort.replace("-", "")}"]`;
          go("liste", filtersToHash({ ...filters, sort, page: 1 }));
        },
        onPage: (page) => {
          focusAfterRender = ".pagination span";
          go("liste", filtersToHash({ ...filters, page }));
        },
        onDetail: (record) => void openDetail(record, s),
      }),
    ],
  };
}

async function openDetail(record: DeclarationRecord, s: Session): Promise<void> {
  const dialog = byId<HTMLDialogElement>("detail-dialog");
  const close = h("button", { type: "button", class: "close", onclick: () => dialog.close() }, m.close);
  const body = h("div", {}, h("p", {}, m.loading));
  dialog.replaceChildren(h("div", { class: "dialog-head" }, h("h2", { id: "detail-title" }, m.detailTitle), close), body);
  dialog.showModal();
  let detail: DeclarationDetail;
  try {
    detail = await s.api.declaration(record.id);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) {
      body.replaceChildren(h("p", { class: "error", role: "alert" }, m.loadFailed(error instanceof Error ? error.message : String(error))));
      return;
    }
    detail = { ...record, history: [] };
  }
  const checklistText = Object.fromEntries((s.charter?.checklist ?? []).map((c) => [c.id, c.text]));
  body.replaceChildren(renderDetail(detail, m, lang, checklistText, toolName));
}

function indicatorsForm(period: Period, granularity: string, onApply: (p: Period, g: string) => void): HTMLFormElement {
  const form = h("form", { class: "filters" },
    periodFields("i", period, new Date(), m),
    selectField("i-granularity", m.granularity, [["month", m.byMonth], ["quarter", m.byQuarter]], granularity),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, m.apply)));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onApply(readPeriod(form, "i"), (form.querySelector("#i-granularity") as HTMLSelectElement).value);
  });
  return form;
}

async function indicatorsView(query: string, s: Session): Promise<ViewContent> {
  const q = new URLSearchParams(query);
  const fallback = periodFor("lastQuarter", new Date());
  const period = { from: q.get("from") ?? fallback.from, to: q.get("to") ?? fallback.to };
  const granularity = q.get("granularity") === "quarter" ? "quarter" : "month";
  const indicators = await s.api.indicators(period.from, period.to, granularity);
  const specs = chartSpecs(indicators, m, lang);
  const figures = specs.map((spec) => ({ spec, ...chartFigure(spec, m) }));
  return {
    nodes: [
      title("indicateurs"),
      indicatorsForm(period, granularity, (p, g) => go("indicateurs", new URLSearchParams({ ...p, granularity: g }).toString())),
      h("section", { "aria-label": m.reportSummary }, h("p", { class: "summary", id: "summary" }, summarySentence(indicators, m)), renderKpis(kpis(indicators, m))),
      h("div", { class: "chart-grid" }, figures.map((f) => f.figure)),
    ],
    mount: () => {
      for (const f of figures) if (f.canvas) charts.push(new Chart(f.canvas, chartConfig(f.spec)));
    },
  };
}

async function incidentsView(s: Session): Promise<ViewContent> {
  const incidents = await s.api.incidents();
  const filter = selectField("inc-status", m.statusFilter, [["", m.anyStatus], ...["nouveau", "en_cours", "clos"].map((st): [string, string] => [st, labelOf(m.statuses, st)])], "");
  const holder = h("div", {});
  const draw = () => {
    const chosen = (filter.querySelector("select") as HTMLSelectElement).value;
    holder.replaceChildren(renderIncidents(chosen ? incidents.filter((i) => i.status === chosen) : incidents, m,
      s.abilities.manageIncidents, toolName, (incident, status) => void changeStatus(incident, status, s)));
  };
  filter.querySelector("select")?.addEventListener("change", draw);
  draw();
  return { nodes: [title("incidents"), h("div", { class: "filters" }, filter), holder] };
}

async function changeStatus(incident: Incident, status: IncidentStatus, s: Session): Promise<void> {
  const select = document.querySelector<HTMLSelectElement>(`select[data-incident="${CSS.escape(incident.id)}"]`);
  try {
    const updated = await s.api.setIncidentStatus(incident.id, status);
    incident.status = updated.status ?? status;
    select?.closest("tr")?.setAttribute("data-status", incident.status);
    announce(m.statusChanged(labelOf(m.statuses, incident.status)));
  } catch (error) {
    if (select) select.value = incident.status;
    announce(m.loadFailed(error instanceof Error ? error.message : String(error)));
  }
}

async function exportsView(s: Session): Promise<ViewContent> {
  const filters = listFilters;
  const csvStatus = h("p", { role: "status", class: "muted" });
  const download = h("button", { type: "button", class: "primary", id: "csv-download" }, m.csvDownload);
  download.addEventListener("click", async () => {
    download.setAttribute("disabled", "");
    try {
      const blob = await s.api.declarationsCsv(filters);
      const url = URL.createObjectURL(blob);
      const link = h("a", { href: url, download: csvFileName(filters, new Date().toISOString().slice(0, 10)) });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      csvStatus.textContent = m.csvDone;
    } catch (error) {
      csvStatus.textContent = m.loadFailed(error instanceof Error ? error.message : String(error));
    } finally {
      download.removeAttribute("disabled");
    }
  });
  const csv = h("section", { class: "screen-only export-csv", "aria-labelledby": "csv-title" },
    h("h3", { id: "csv-title" }, m.csvTitle),
    h("p", {}, m.csvIntro),
    renderFilterSummary(describeFilters(filters, m, lang, toolName), m),
    h("p", {}, h("a", { href: routeHash("liste", filtersToHash(filters)) }, m.csvEditFilters)),
    download, csvStatus);

  const reportHolder = h("div", { id: "report-holder" });
  const printButton = h("button", { type: "button", class: "primary", id: "print-report", onclick: () => window.print() }, m.print);
  const prepare = async (period: Period) => {
    reportHolder.replaceChildren(h("p", {}, m.loading));
    try {
      const [indicators, incidents] = await Promise.all([s.api.indicators(period.from, period.to, "quarter"), s.api.incidents()]);
      const scope = s.abilities.scope.kind === "unit" ? m.scopeUnit(s.abilities.scope.unit) : m.scopeTenant;
      reportHolder.replaceChildren(renderReport(indicators, incidents, { m, lang, now: new Date(), who: s.identity.user, scope }));
    } catch (error) {
      reportHolder.replaceChildren(h("p", { class: "error", role: "alert" }, m.loadFailed(error instanceof Error ? error.message : String(error))));
    }
  };
  const reportForm = h("form", { class: "filters screen-only" },
    periodFields("r", periodFor("lastSixMonths", new Date()), new Date(), m),
    h("div", { class: "actions" }, h("button", { type: "submit" }, m.reportPrepare), printButton));
  reportForm.addEventListener("submit", (event) => {
    event.preventDefault();
    void prepare(readPeriod(reportForm, "r"));
  });
  const report = h("section", { class: "export-report", "aria-labelledby": "report-title" },
    h("h3", { id: "report-title", class: "screen-only" }, m.reportTitle),
    h("p", { class: "screen-only" }, m.reportIntro),
    reportForm, reportHolder);
  const heading = title("exports");
  heading.classList.add("screen-only");
  return { nodes: [heading, csv, report], mount: () => void prepare(readPeriod(reportForm, "r")) };
}

// ---- start ----

async function main(): Promise<void> {
  applyStaticText();
  byId("sign-out").addEventListener("click", () => {
    saveIdentity(sessionStorage, null);
    destroyCharts();
    void showSignIn();
  });
  window.addEventListener("hashchange", () => void render());
  const identity = savedIdentity(sessionStorage);
  if (identity) await startSession(identity);
  else await showSignIn();
}

void main();
