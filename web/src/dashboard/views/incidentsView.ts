// The incident queue: every reported incident in scope, with a status select for the DPO and the admin.
import { incidentStatuses, type Incident, type IncidentStatus } from "../auditTypes";
import { h } from "../dom";
import { formatDate, labelOf, type DashboardMessages } from "../i18n";

export function renderIncidents(
  incidents: Incident[],
  m: DashboardMessages,
  canManage: boolean,
  toolName: (id: string) => string,
  onStatus: (incident: Incident, status: IncidentStatus) => void,
): HTMLElement {
  if (!incidents.length) return h("p", { class: "empty" }, m.noIncidents);
  const c = m.incidentColumns;
  const sorted = [...incidents].sort((a, b) =>
    incidentStatuses.indexOf(a.status) - incidentStatuses.indexOf(b.status) || b.createdAt.localeCompare(a.createdAt));
  return h("div", { class: "incidents" },
    canManage ? null : h("p", { class: "hint" }, m.statusReadOnly),
    h("div", { class: "table-wrap" }, h("table", { class: "incidents-table" },
      h("caption", {}, `${m.incidentsTitle} (${incidents.length})`),
      h("thead", {}, h("tr", {}, [c.createdAt, c.kind, c.reporter, c.unit, c.tool, c.description, c.status].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, sorted.map((i) => {
        const kind = labelOf(m.incidentKinds, i.kind);
        const date = formatDate(m, i.createdAt, true);
        const status = canManage
          ? h("select", { "aria-label": m.changeStatusFor(kind, date), "data-incident": i.id,
            onchange: (e: Event) => onStatus(i, (e.target as HTMLSelectElement).value as IncidentStatus) },
          incidentStatuses.map((s) => h("option", { value: s, selected: s === i.status }, labelOf(m.statuses, s))))
          : h("span", { class: `status status-${i.status}` }, labelOf(m.statuses, i.status));
        return h("tr", { "data-id": i.id, "data-status": i.status },
          h("td", {}, h("time", { datetime: i.createdAt }, date)),
          h("td", {}, kind),
          h("td", {}, i.reporterName),
          h("td", {}, i.unit),
          h("td", {}, i.toolId ? toolName(i.toolId) : "—"),
          h("td", { class: "description" }, i.description || "—"),
          h("td", {}, status));
      })))));
}
