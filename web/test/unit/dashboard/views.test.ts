// @vitest-environment happy-dom
import { describe, expect, test, vi } from "vitest";
import { chartConfig, chartFigure, chartHeight, chartSpecs, kpis, summarySentence, wrapLabel } from "../../../src/dashboard/charts";
import { dashboardMessages, formatPeriod } from "../../../src/dashboard/i18n";
import { emptyFilters } from "../../../src/dashboard/query";
import { renderDetail } from "../../../src/dashboard/views/detailView";
import { csvFileName, describeFilters } from "../../../src/dashboard/views/exportsView";
import { renderIncidents } from "../../../src/dashboard/views/incidentsView";
import { renderDeclarations, renderFilters, type ListContext } from "../../../src/dashboard/views/listView";
import { renderReport } from "../../../src/dashboard/views/reportView";
import { declaration, incident, indicators, page } from "./fixtures";

const m = dashboardMessages("fr");
const ctx: ListContext = { m, lang: "fr", now: new Date(2026, 10, 22), tools: [["chatgpt", "ChatGPT"], ["le-chat-pro", "Le Chat Pro"]], categories: ["PERSON_NAME", "HEALTH"], units: ["dgs/solidarites"] };
const noop = { onSort: () => {}, onPage: () => {}, onDetail: () => {} };
const cellTexts = (row: Element) => [...row.querySelectorAll("td")].map((td) => td.textContent?.trim());

describe("declarations table", () => {
  test("a row shows who, where, which tool, the states and the findings as counts", () => {
    const view = renderDeclarations(page([declaration({ toolId: "chatgpt", toolName: "ChatGPT", toolApproved: false, checklistComplete: false,
      nonConformities: ["tool_not_approved", "checklist_incomplete"] })]), emptyFilters(), ctx, noop);
    const cells = cellTexts(view.querySelector("tbody tr")!);
    expect(cells[1]).toBe("claire.martin@mairie-demo.fr");
    expect(cells[2]).toBe("dgs/solidarites/ccas");
    expect(cells[3]).toBe("Outlook");
    expect(cells[4]).toBe("ChatGPT non approuvé");
    expect(cells[5]).toBe("Rédaction");
    expect(cells[6]).toBe("Oui");
    expect(cells[7]).toBe("Incomplète");
    expect(cells[8]).toBe("Nom de personne : 2, Coordonnées bancaires (IBAN) : 1");
    expect(cells[9]).toBe("outil non approuvé, vérification incomplète");
    expect(cells.length).toBe(10);
    expect(view.querySelectorAll("thead th").length).toBe(10);
    expect(view.querySelector("tbody button")?.getAttribute("aria-label")).toMatch(/^Voir le détail : claire\.martin@mairie-demo\.fr, 14\/08\/2026/);
  });

  test("the caption counts the declarations; headers are column headers; the sorted column says so", () => {
    const view = renderDeclarations(page([declaration()], 45, 2), { ...emptyFilters(), sort: "author", page: 2 }, ctx, noop);
    expect(view.querySelector("caption")?.textContent).toBe("45 déclarations d'usage de l'IA — page 2 sur 3");
    expect([...view.querySelectorAll("thead th")].every((th) => th.getAttribute("scope") === "col")).toBe(true);
    expect(view.querySelector("th[aria-sort='ascending']")?.textContent).toContain("Auteur");
    expect(view.querySelectorAll("th[aria-sort='descending']").length).toBe(0);
  });

  test("clicking a header asks for the flipped sort; paging buttons are disabled at the ends", () => {
    const onSort = vi.fn();
    const onPage = vi.fn();
    const view = renderDeclarations(page([declaration()], 45, 1), emptyFilters(), ctx, { ...noop, onSort, onPage });
    (view.querySelector("button[data-sort='createdAt']") as HTMLButtonElement).click();
    expect(onSort).toHaveBeenCalledWith("createdAt");
    const [previous, next] = view.querySelectorAll<HTMLButtonElement>(".pagination button");
    expect(previous.disabled).toBe(true);
    next.click();
    expect(onPage).toHaveBeenCalledWith(2);
  });

  test("no declaration: a message instead of an empty table", () => {
    const view = renderDeclarations(page([]), emptyFilters(), ctx, noop);
    expect(view.querySelector("table")).toBeNull();
    expect(view.querySelector(".empty")?.textContent).toBe(m.empty);
  });
});

test("the filter form hands back the typed filters, page reset to 1", () => {
  const onApply = vi.fn();
  const form = renderFilters({ ...emptyFilters(), page: 3 }, ctx, onApply, () => {});
  document.body.append(form);
  const set = (id: string, value: string) => { (form.querySelector(`#${id}`) as HTMLInputElement).value = value; };
  const preset = form.querySelector("#f-period") as HTMLSelectElement;
  preset.value = "lastQuarter";
  preset.dispatchEvent(new Event("change"));
  set("f-unit", " dgs/solidarites ");
  set("f-tool", "chatgpt");
  set("f-checklist", "incomplete");
  set("f-author", "martin");
  form.dispatchEvent(new Event("submit", { cancelable: true }));
  expect(onApply).toHaveBeenCalledWith({
    ...emptyFilters(), from: "2026-07-01", to: "2026-09-30", unit: "dgs/solidarites", toolId: "chatgpt", checklist: "incomplete", author: "martin", page: 1,
  });
  expect([...form.querySelectorAll("#f-unit-options option")].map((o) => o.getAttribute("value"))).toEqual(["dgs/solidarites"]);
  for (const control of form.querySelectorAll("input, select")) {
    expect(form.querySelector(`label[for='${control.id}']`), control.id).not.toBeNull();
  }
  form.remove();
});

test("the detail lists each checklist item in the charter's words and the history", () => {
  const event = { revision: 1, action: "declared", at: "2026-08-14T09:30:00Z", by: "claire.martin@mairie-demo.fr", toolId: "chatgpt",
    checklistComplete: false, mentionInserted: true, policyVersion: 3, hash: "ab12cd34ef56ab12cd34" };
  const view = renderDetail({ ...declaration({ checklist: { sources: true, biais: false }, checklistComplete: false }),
    history: [event, { ...event, revision: 2, action: "revised", toolId: "le-chat-pro", checklistComplete: true }] },
  m, "fr", { sources: "Les sources ont été vérifiées" }, (id) => id.toUpperCase());
  const items = [...view.querySelectorAll(".checklist-items li")].map((li) => li.textContent);
  expect(items).toEqual(["☑ Les sources ont été vérifiées (coché)", "☐ biais (non coché)"]);
  const history = [...view.querySelectorAll(".history li")].map((li) => li.textContent ?? "");
  expect(history[0]).toContain("Déclarée (révision 1), claire.martin@mairie-demo.fr — CHATGPT, vérification incomplète, mention oui, version de la charte 3");
  expect(history[0]).toContain("Empreinte ab12cd34ef56…");
  expect(history[1]).toContain("Révisée (révision 2)");
  expect(history[1]).toContain("LE-CHAT-PRO, vérification complète");
});

describe("incidents", () => {
  const list = [incident(), incident({ id: "i2", status: "clos", createdAt: "2026-09-10T10:00:00Z", kind: "data_leak" }),
    incident({ id: "i3", status: "en_cours", kind: "error" })];

  test("open incidents first, with a labelled status select for the DPO", () => {
    const onStatus = vi.fn();
    const view = renderIncidents(list, m, true, (id) => id.toUpperCase(), onStatus);
    expect([...view.querySelectorAll("tbody tr")].map((tr) => tr.getAttribute("data-status"))).toEqual(["nouveau", "en_cours", "clos"]);
    const select = view.querySelector("select[data-incident='i1']") as HTMLSelectElement;
    expect(select.getAttribute("aria-label")).toMatch(/^Statut de l'incident « Biais » du /);
    select.value = "en_cours";
    select.dispatchEvent(new Event("change"));
    expect(onStatus).toHaveBeenCalledWith(list[0], "en_cours");
    expect(cellTexts(view.querySelector("tbody tr")!)[4]).toBe("CHATGPT");
    expect(cellTexts(view.querySelector("tbody tr")!)[5]).toBe("Réponse biaisée");
  });

  test("a manager reads the statuses without a control", () => {
    const view = renderIncidents(list, m, false, (id) => id, () => {});
    expect(view.querySelector("select")).toBeNull();
    expect(view.querySelector(".hint")?.textContent).toBe(m.statusReadOnly);
    expect(view.querySelector(".status-clos")?.textContent).toBe("Clos");
  });
});

describe("indicators", () => {
  test("headline numbers answer: how much AI, through which tools, how many incidents", () => {
    expect(kpis(indicators(), m).map((k) => [k.id, k.value])).toEqual([
      ["uses", "40"], ["approved-share", "75 %"], ["checklist", "85 %"], ["incidents", "3"], ["non-conformities", "12"],
    ]);
  });

  test("one sentence answers it for the period", () => {
    expect(summarySentence(indicators(), m)).toBe("Du 01/07/2026 au 30/09/2026 : 40 usages de l'IA déclarés, dont 75 % via des outils approuvés"
      + " (Le Chat Pro 30, ChatGPT 10) ; 3 incidents signalés.");
  });

  test("the six charts the charter's indicators need, tools sorted by use, empty categories left out", () => {
    const specs = chartSpecs(indicators(), m, "fr");
    expect(specs.map((s) => s.id)).toEqual(["uses-by-tool", "approved-share", "checklist", "incidents-by-status", "findings-by-category", "uses-by-unit"]);
    expect(specs[0].labels).toEqual(["Le Chat Pro (approuvé)", "ChatGPT (non approuvé)"]);
    expect(specs[0].series[0].data).toEqual([30, 10]);
    expect(specs[0].series[0].color).toEqual(["#0e700e", "#bc4b09"]);
    expect(specs[1].series.map((s) => s.data)).toEqual([[8, 9, 13], [2, 3, 5]]);
    expect(specs[2].series[1].data).toEqual([1, 2, 3]);
    expect(specs[3].labels).toEqual(["Nouveau", "En cours", "Clos"]);
    expect(specs[4].labels).toEqual(["Nom de personne", "Donnée de santé"]);
  });

  test("Chart.js configurations: no animation, stacked periods, horizontal rankings", () => {
    const [byTool, share] = chartSpecs(indicators(), m, "fr").map(chartConfig);
    expect(byTool.options?.animation).toBe(false);
    expect((byTool.options as { indexAxis?: string }).indexAxis).toBe("y");
    expect((share.options as { scales: { x: { stacked: boolean } } }).scales.x.stacked).toBe(true);
  });

  test("rankings grow with their labels so none is skipped", () => {
    const findings = { ...chartSpecs(indicators(), m, "fr")[4], labels: Array.from({ length: 10 }, (_, i) => `c${i}`) };
    expect(chartHeight(findings)).toBe(400);
    expect(chartHeight(chartSpecs(indicators(), m, "fr")[1])).toBe(240);
    expect((chartConfig(findings).options as { scales: { y: { ticks: { autoSkip: boolean } } } }).scales.y.ticks.autoSkip).toBe(false);
  });

  test("long axis labels are drawn on several lines", () => {
    expect(wrapLabel("ChatGPT (version grand public) (non approuvé)")).toEqual(["ChatGPT (version grand", "public) (non approuvé)"]);
    expect(wrapLabel("Le Chat Pro")).toBe("Le Chat Pro");
  });

  test("each chart has a caption, a text alternative and its numbers as a table", () => {
    const { figure, canvas } = chartFigure(chartSpecs(indicators(), m, "fr")[0], m);
    expect(figure.querySelector("figcaption")?.textContent).toBe("Usages par outil");
    expect(canvas?.getAttribute("role")).toBe("img");
    expect(canvas?.getAttribute("aria-label")).toBe("Usages par outil : Le Chat Pro (approuvé) 30, ChatGPT (non approuvé) 10.");
    expect([...figure.querySelectorAll("tbody th")].map((th) => th.textContent)).toEqual(["Le Chat Pro (approuvé)", "ChatGPT (non approuvé)"]);
  });

  test("no data: a message, no canvas", () => {
    const empty = { ...indicators(), usesByTool: [] };
    const { figure, canvas } = chartFigure(chartSpecs(empty, m, "fr")[0], m);
    expect(canvas).toBeNull();
    expect(figure.textContent).toContain(m.noData);
  });
});

test("the committee report: period, headline numbers, tools with shares, incidents of the period only", () => {
  const report = renderReport(indicators(), [incident(), incident({ id: "old", createdAt: "2026-03-01T08:00:00Z" })],
    { m, lang: "fr", now: new Date(2026, 10, 22), who: "dpo@mairie-demo.fr", scope: m.scopeTenant });
  expect(report.querySelector("h3")?.textContent).toBe("Usages de l'IA générative du 01/07/2026 au 30/09/2026");
  expect(report.querySelector("[data-kpi='uses'] dd")?.textContent).toBe("40");
  const toolRows = [...report.querySelectorAll("table")[0].querySelectorAll("tbody tr")].map((tr) => tr.textContent);
  expect(toolRows).toEqual(["Le Chat Pro (approuvé)3075 %", "ChatGPT (non approuvé)1025 %"]);
  const incidentTable = [...report.querySelectorAll("table")].at(-1)!;
  expect(incidentTable.querySelectorAll("tbody tr").length).toBe(1);
});

test("an empty period reads as such in the report, not as empty tables", () => {
  const empty = { ...indicators(), totals: { ...indicators().totals, uses: 0 }, usesByTool: [], usesByUnit: [], findingsByCategory: {} };
  const report = renderReport(empty, [], { m, lang: "fr", now: new Date(2026, 10, 22), who: "dpo", scope: m.scopeTenant });
  expect(report.querySelectorAll("table").length).toBe(1); // the periods, with their zeros
  expect([...report.querySelectorAll("p")].map((p) => p.textContent)).toContain(m.noIncidents);
});

test("the CSV section says which filters the file holds", () => {
  const f = { ...emptyFilters(), from: "2026-07-01", toolId: "chatgpt", checklist: "complete" as const, conformity: "nonconforming" as const };
  expect(describeFilters(f, m, "fr", () => "ChatGPT")).toEqual(["Du : 01/07/2026", "Outil d'IA : ChatGPT", "Liste de vérification : Complète",
    "Conformité à la charte : Non conformes"]);
  expect(csvFileName(f, "2026-11-22")).toBe("declarations-ia_2026-07-01_2026-11-22.csv");
});

test("periods read as months or quarters in the chosen language", () => {
  expect(formatPeriod(m, "2026-07")).toBe("juil. 2026");
  expect(formatPeriod(m, "2026-Q3")).toBe("T3 2026");
  expect(formatPeriod(dashboardMessages("en"), "2026-Q3")).toBe("Q3 2026");
  expect(formatPeriod(m, "2026")).toBe("2026");
});
