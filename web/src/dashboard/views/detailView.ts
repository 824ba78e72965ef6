// The detail of one declaration: its fields, each checklist item, the findings counts and its history.
import type { DeclarationDetail } from "../auditTypes";
import { h } from "../dom";
import { formatDate, labelOf, type DashboardMessages } from "../i18n";
import { conformity, findingsSummary } from "./listView";

export function renderDetail(d: DeclarationDetail, m: DashboardMessages, lang: "fr" | "en", checklistText: Record<string, string>,
  toolName: (id: string) => string = (id) => id): HTMLElement {
  const row = (label: string, value: Node | string) => [h("dt", {}, label), h("dd", {}, value)];
  const checklist = Object.entries(d.checklist ?? {});
  const history = d.history ?? [];
  return h("div", { class: "detail" },
    h("dl", {},
      row(m.columns.createdAt, formatDate(m, d.createdAt, true)),
      row(m.columns.author, d.userName),
      row(m.columns.unit, d.unit),
      row(m.columns.host, labelOf(m.hosts, d.host)),
      row(m.columns.toolId, `${d.toolName || d.toolId} (${d.toolApproved ? m.approved : m.notApproved})`),
      row(m.columns.purpose, labelOf(m.purposes, d.purpose)),
      row(m.extent, labelOf(m.extents, d.extent ?? "")),
      row(m.columns.mention, d.mentionInserted ? m.yes : m.no),
      row(m.columns.findings, findingsSummary(d.findings, { m, lang })),
      row(m.columns.conformity, conformity(d.nonConformities, m)),
      d.graphState ? row(m.columns.graph, labelOf(m.graphStates, d.graphState)) : [],
      row(m.policyVersion, String(d.policyVersion)),
      row(m.itemKey, h("code", {}, d.itemKey)),
      row(m.revision, String(d.revision))),
    h("h3", {}, `${m.checklistItems} — ${d.checklistComplete ? m.complete : m.incomplete}`),
    checklist.length
      ? h("ul", { class: "checklist-items" }, checklist.map(([id, ticked]) =>
        h("li", { class: ticked ? "ticked" : "not-ticked" },
          h("span", { "aria-hidden": "true" }, ticked ? "☑ " : "☐ "),
          checklistText[id] ?? id,
          h("span", { class: "visually-hidden" }, ` (${ticked ? m.ticked : m.notTicked})`))))
      : h("p", {}, m.none),
    h("h3", {}, m.history),
    history.length
      ? h("ol", { class: "history" }, history.map((e) =>
        h("li", {},
          h("time", { datetime: e.at }, formatDate(m, e.at, true)), " — ",
          `${labelOf(m.actions, e.action)} (${m.revision.toLowerCase()} ${e.revision})`,
          e.by ? `, ${e.by}` : "",
          ` — ${toolName(e.toolId)}, ${m.columns.checklist.toLowerCase()} ${(e.checklistComplete ? m.complete : m.incomplete).toLowerCase()}`,
          `, ${m.columns.mention.toLowerCase()} ${(e.mentionInserted ? m.yes : m.no).toLowerCase()}, ${m.policyVersion.toLowerCase()} ${e.policyVersion}`,
          e.hash ? h("span", { class: "hash" }, ` ${m.hash} ${e.hash.slice(0, 12)}…`) : "")))
      : h("p", {}, m.noHistory));
}
