import { ApiClient } from "../shared/apiClient";
import { loadAuthConfig } from "../shared/authConfig";
import { chooseSignIn, type SignIn } from "../shared/auth";
import { bodyFingerprint, checklistComplete, newGateState, type GateState } from "../shared/gateState";
import { messages, pickLanguage, type Messages } from "../shared/i18n";
import { loadPseudonyms, restorePlaceholders, savePseudonyms } from "../shared/pseudonyms";
import type { AiTool, Charter, Finding, IncidentKind } from "../shared/wireTypes";
import { detectHost } from "../hosts/detectHost";
import { newItemKey, type AiMarker, type DraftHost } from "../hosts/host";
import { countByCategory, renderFindings } from "./findingsView";
import { paneText, type PaneText } from "./paneText";
import { opaqueReviewerId } from "./reviewer";
import { setupTabs } from "./tabs";

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

function setText(id: string, text: string): void {
  byId(id).textContent = text;
}

function option(value: string, label: string): HTMLOptionElement {
  const o = document.createElement("option");
  o.value = value;
  o.textContent = label;
  return o;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs a button's action with the button disabled and failures reported in its status line. */
function action(button: HTMLButtonElement, status: HTMLElement, t: PaneText, run: () => Promise<void>): void {
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.className = "";
    status.textContent = t.working;
    try {
      await run();
    } catch (error) {
      status.textContent = t.failed(describe(error));
      status.className = "verdict-block";
    } finally {
      button.disabled = false;
    }
  });
}

const DEFAULT_PURPOSES = ["redaction", "reformulation", "resume", "traduction", "idees"];

interface Pane {
  host: DraftHost;
  api: ApiClient;
  signIn: SignIn;
  m: Messages;
  t: PaneText;
  charter: Charter | null;
  state: GateState;
  /** Last "send" scan: the findings (offsets into `text`) and the scanned text, kept in memory only. */
  lastScan: { text: string; findings: Finding[] } | null;
}

function approvedTools(charter: Charter | null): AiTool[] {
  return (charter?.tools ?? []).filter((tool) => tool.approved);
}

function toolDescription(pane: Pane, tool: AiTool | undefined): string {
  if (!tool) return "";
  const { t, charter } = pane;
  const classes = tool.dataClasses
    .filter((id) => id !== "public")
    .map((id) => charter?.dataClasses.find((c) => c.id === id)?.label ?? id);
  const where = [tool.vendor, tool.hosting ? t.toolHosting[tool.hosting] ?? tool.hosting : "", tool.sovereign ? t.sovereign : ""]
    .filter(Boolean)
    .join(", ");
  const receive = classes.length ? t.toolMayReceive([t.publicData, ...classes].join(", ")) : t.toolPublicOnly;
  return where ? `${tool.name} (${where}). ${receive}` : `${tool.name}. ${receive}`;
}

async function save(pane: Pane): Promise<void> {
  await pane.host.saveState(pane.state);
}

/** Re-posts the declaration (idempotent on the item key) and rewrites the marker with the current state. */
async function syncDeclaration(pane: Pane): Promise<void> {
  const { state, host, api } = pane;
  const d = state.declaration;
  if (!d) return;
  const ids = pane.charter?.checklist.map((c) => c.id) ?? state.checklist?.items ?? [];
  const checklist = Object.fromEntries(ids.map((id) => [id, !!state.checklist?.ticked.includes(id)]));
  const findings = countByCategory(pane.lastScan?.findings ?? []);
  await api.declare({
    itemKey: state.itemKey,
    host: host.kind === "word" ? "word" : "outlook",
    toolId: d.toolId,
    purpose: d.purpose,
    extent: d.extent,
    mentionInserted: !!state.mentionInserted,
    checklist,
    findings,
    policyVersion: state.policyVersion ?? 0,
  });
  const marker: AiMarker = {
    toolId: d.toolId,
    purpose: d.purpose,
    mode: d.extent,
    date: d.at,
    reviewer: d.reviewer,
    policyVersion: state.policyVersion ?? 0,
    mentionInserted: !!state.mentionInserted,
    checklistComplete: checklistComplete(state, ids),
    findings,
  };
  await host.writeMarker(marker);
}

function mountCheck(pane: Pane): void {
  const { host, api, m, t } = pane;
  const destination = byId<HTMLSelectElement>("destination");
  destination.replaceChildren(
    option("send", t.destinationSend),
    ...approvedTools(pane.charter).map((tool) => option(`tool:${tool.id}`, t.destinationTool(tool.name))),
  );
  const status = byId("status");
  const resultsTitle = byId("results-title");
  const list = byId("findings");
  action(byId<HTMLButtonElement>("check"), status, t, async () => {
    const text = await host.readDraft();
    const result = await api.scan({ text, destination: destination.value });
    const showable = host.kind !== "outlook";
    renderFindings(list, result.findings, m, {
      severityLabel: (s) => t.severity[s] ?? s,
      show: showable
        ? {
            label: t.showInDocument,
            ariaLabel: t.showInDocumentLabel,
            onShow: async (f) => {
              if (!(await host.selectText(text.slice(f.start, f.end)))) {
                status.textContent = t.notFoundInDocument;
              }
            },
          }
        : undefined,
    });
    resultsTitle.hidden = false;
    resultsTitle.textContent = result.findings.length ? m.findingsCount(result.findings.length) : m.noFindings;
    status.textContent = m.verdict[result.verdict] ?? result.verdict;
    status.className = `verdict-${result.verdict}`;
    if (destination.value === "send") {
      pane.lastScan = { text, findings: result.findings };
      pane.state.scan = {
        draftHash: bodyFingerprint(text, pane.state.mentionText),
        blocked: [...new Set(result.findings.filter((f) => f.severity === "block").map((f) => f.category))],
        at: new Date().toISOString(),
      };
      await save(pane);
    }
  });
}

function mountPrepare(pane: Pane): void {
  const { host, api, t, m } = pane;
  const tools = approvedTools(pane.charter);
  const select = byId<HTMLSelectElement>("prepare-tool");
  select.replaceChildren(...tools.map((tool) => option(tool.id, tool.name)));
  const describeTool = () => setText("prepare-tool-data", toolDescription(pane, tools.find((x) => x.id === select.value)));
  select.addEventListener("change", describeTool);
  describeTool();
  const pseudo = byId<HTMLTextAreaElement>("pseudo");
  const status = byId("prepare-status");
  action(byId<HTMLButtonElement>("pseudonymize"), status, t, async () => {
    status.textContent = t.pseudonymizing;
    const result = await api.pseudonymize(await host.readDraft());
    savePseudonyms({ itemKey: pane.state.itemKey, toolId: select.value, mapping: result.mapping });
    pseudo.value = result.text;
    const check = await api.scan({ text: result.text, destination: `tool:${select.value}` });
    status.textContent = t.pseudoReady(result.mapping.length, m.verdict[check.verdict] ?? check.verdict);
    status.className = `verdict-${check.verdict}`;
  });
  const copy = byId<HTMLButtonElement>("copy-pseudo");
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(pseudo.value);
    } catch {
      pseudo.select();
      document.execCommand("copy");
    }
    status.textContent = t.copied;
  });
  const restoreStatus = byId("restore-status");
  action(byId<HTMLButtonElement>("restore"), restoreStatus, t, async () => {
    const session = loadPseudonyms(pane.state.itemKey);
    if (!session) {
      restoreStatus.textContent = t.noMapping;
      return;
    }
    byId<HTMLTextAreaElement>("restored").value = restorePlaceholders(byId<HTMLTextAreaElement>("answer").value, session.mapping);
    restoreStatus.textContent = t.restoredDone;
  });
}

function mountDeclare(pane: Pane): void {
  const { t, charter } = pane;
  const tools = approvedTools(charter);
  byId<HTMLSelectElement>("declare-tool").replaceChildren(...tools.map((tool) => option(tool.id, tool.name)));
  const purposes = charter?.purposes?.length ? charter.purposes : DEFAULT_PURPOSES.map((id) => ({ id, label: id }));
  byId<HTMLSelectElement>("purpose").replaceChildren(...purposes.map((p) => option(p.id, p.label)));
  byId<HTMLSelectElement>("extent").replaceChildren(...(charter?.extents ?? []).map((p) => option(p.id, p.label)));
  const status = byId("declare-status");
  const d = pane.state.declaration;
  if (d) status.textContent = t.declaredAlready(tools.find((x) => x.id === d.toolId)?.name ?? d.toolId, new Date(d.at).toLocaleDateString());
  action(byId<HTMLButtonElement>("declare"), status, t, async () => {
    const toolId = byId<HTMLSelectElement>("declare-tool").value;
    pane.state.declaration = {
      toolId,
      purpose: byId<HTMLSelectElement>("purpose").value,
      extent: byId<HTMLSelectElement>("extent").value,
      at: new Date().toISOString(),
      reviewer: opaqueReviewerId(await pane.signIn.token()),
    };
    await save(pane);
    await syncDeclaration(pane);
    status.textContent = t.declared(tools.find((x) => x.id === toolId)?.name ?? toolId);
    status.className = "verdict-ok";
  });
}

function mountMention(pane: Pane): void {
  const { host, t, charter } = pane;
  const text = charter?.mention.text ?? "";
  setText("mention-text", text);
  const status = byId("mention-status");
  action(byId<HTMLButtonElement>("insert-mention"), status, t, async () => {
    const result = await host.insertMention(text, charter?.mention.position ?? "bottom");
    pane.state.mentionInserted = true;
    await save(pane);
    if (pane.state.declaration) await syncDeclaration(pane);
    status.textContent = result === "inserted" ? t.mentionInserted : t.mentionPresent;
    status.className = "verdict-ok";
  });
}

function mountChecklist(pane: Pane): void {
  const { host, t, charter } = pane;
  const items = charter?.checklist ?? [];
  const list = byId("checklist");
  const status = byId("checklist-status");
  const revalidate = byId<HTMLButtonElement>("revalidate");
  if (!items.length) status.textContent = t.checklistEmpty;
  const ticked = new Set(pane.state.checklist?.ticked ?? []);
  const report = async () => {
    const complete = items.length > 0 && items.every((i) => ticked.has(i.id));
    revalidate.hidden = !complete;
    if (!complete) {
      status.textContent = t.checklistProgress(ticked.size, items.length);
      status.className = "";
      return;
    }
    const current = bodyFingerprint(await host.readBody(), pane.state.mentionText);
    const stale = pane.state.checklist?.bodyHash !== current;
    status.textContent = stale ? t.checklistStale : t.checklistDone;
    status.className = stale ? "verdict-warn" : "verdict-ok";
  };
  const store = async (complete: boolean) => {
    pane.state.checklist = {
      items: items.map((i) => i.id),
      ticked: items.map((i) => i.id).filter((id) => ticked.has(id)),
      bodyHash: complete ? bodyFingerprint(await host.readBody(), pane.state.mentionText) : null,
      at: new Date().toISOString(),
    };
    await save(pane);
    if (complete && pane.state.declaration) await syncDeclaration(pane);
  };
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement("li");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = `check-${item.id}`;
      box.checked = ticked.has(item.id);
      const label = document.createElement("label");
      label.htmlFor = box.id;
      label.textContent = item.text;
      li.append(box, label);
      if (item.clause) {
        const clause = document.createElement("span");
        clause.className = "clause";
        clause.id = `clause-${item.id}`;
        clause.textContent = item.clause;
        box.setAttribute("aria-describedby", clause.id);
        li.append(clause);
      }
      box.addEventListener("change", async () => {
        if (box.checked) ticked.add(item.id);
        else ticked.delete(item.id);
        try {
          await store(items.every((i) => ticked.has(i.id)));
          await report();
        } catch (error) {
          status.textContent = t.failed(describe(error));
          status.className = "verdict-block";
        }
      });
      return li;
    }),
  );
  action(revalidate, status, t, async () => {
    await store(true);
    await report();
  });
  void report();
}

function mountIncident(pane: Pane): void {
  const { api, t, charter, host } = pane;
  const kinds: IncidentKind[] = ["bias", "discrimination", "error", "data_leak"];
  byId<HTMLSelectElement>("incident-kind").replaceChildren(...kinds.map((k) => option(k, t.incidentKinds[k])));
  byId<HTMLSelectElement>("incident-tool").replaceChildren(
    option("", t.incidentNoTool),
    ...(charter?.tools ?? []).map((tool) => option(tool.id, tool.name)),
  );
  const contacts = byId("contacts");
  contacts.replaceChildren(
    ...(["dpo", "rssi", "mediateur"] as const).flatMap((role) => {
      const c = charter?.contacts?.[role];
      if (!c) return [];
      const li = document.createElement("li");
      li.append(`${t.contactRoles[role]} : ${c.name} `);
      if (c.email) {
        const a = document.createElement("a");
        a.href = `mailto:${c.email}`;
        a.textContent = c.email;
        li.append(a);
      }
      return [li];
    }),
  );
  byId("contacts-title").hidden = contacts.childElementCount === 0;
  const status = byId("incident-status");
  action(byId<HTMLButtonElement>("report"), status, t, async () => {
    const description = byId<HTMLTextAreaElement>("incident-description");
    if (!description.value.trim()) {
      status.textContent = t.descriptionRequired;
      status.className = "verdict-warn";
      description.focus();
      return;
    }
    await api.reportIncident({
      kind: byId<HTMLSelectElement>("incident-kind").value as IncidentKind,
      toolId: byId<HTMLSelectElement>("incident-tool").value || null,
      description: description.value.trim(),
      host: host.kind,
      itemKey: pane.state.itemKey,
    });
    description.value = "";
    status.textContent = t.reported;
    status.className = "verdict-ok";
  });
}

function applyStaticText(t: PaneText, m: Messages, host: DraftHost): void {
  setText("subtitle", m.subtitle);
  setText("steps-label", t.steps);
  for (const [step, label] of Object.entries(t.tabs)) setText(`tab-${step}`, label);
  setText("draft-label", m.draftLabel);
  byId<HTMLTextAreaElement>("draft").placeholder = m.draftPlaceholder;
  setText("destination-label", t.destination);
  setText("check-help", t.checkHelp);
  setText("check", m.check);
  setText("prepare-tool-label", t.tool);
  setText("pseudonymize", t.pseudonymize);
  setText("pseudo-label", t.pseudoCopy);
  setText("copy-pseudo", t.copy);
  setText("mapping-note", t.mappingNote);
  setText("answer-label", t.answer);
  setText("restore", t.restore);
  setText("restored-label", t.restored);
  setText("declare-tool-label", t.tool);
  setText("purpose-label", t.purpose);
  setText("extent-label", t.extent);
  setText("declare", t.declare);
  setText("mention-intro", t.mentionIntro);
  setText("insert-mention", t.insertMention);
  setText("checklist-legend", t.checklistLegend);
  setText("revalidate", t.revalidate);
  setText("incident-kind-label", t.incidentKind);
  setText("incident-tool-label", t.incidentTool);
  setText("incident-description-label", t.incidentDescription);
  setText("incident-hint", t.incidentHint);
  setText("report", t.report);
  setText("contacts-title", t.contacts);
  byId("standalone-draft").hidden = host.kind !== "standalone";
  setText("host-kind", host.kind === "outlook" ? m.hostOutlook : host.kind === "word" ? m.hostWord : m.hostStandalone);
}

async function main(): Promise<void> {
  const host = await detectHost(byId<HTMLTextAreaElement>("draft"));
  const lang = pickLanguage(new URLSearchParams(location.search).get("lang"), host.displayLanguage);
  const m = messages(lang);
  const t = paneText(lang);
  document.documentElement.lang = lang;
  applyStaticText(t, m, host);
  const selectStep = setupTabs(byId("tabs"));

  const signIn = await chooseSignIn(location.origin, globalThis.Office, () => loadAuthConfig(location.origin));
  const api = new ApiClient(location.origin, signIn.token);
  let charter: Charter | null = null;
  try {
    charter = await api.charter();
    setText("charter-info", `${t.charterLoaded(charter.title ?? "", charter.version)} · ${signIn.mode === "dev" ? t.signInDev : t.signInEntra}`);
  } catch (error) {
    setText("charter-info", t.charterFailed(describe(error)));
  }

  const state = (await host.loadState().catch(() => null)) ?? newGateState(newItemKey());
  state.apiBase = location.origin;
  if (charter) {
    state.policyVersion = charter.version;
    state.sendMode = charter.sendMode === "block" ? "block" : "softBlock";
    state.mentionText = charter.mention.text;
  }
  if (signIn.devIdentity) state.devIdentity = signIn.devIdentity;
  else delete state.devIdentity;
  const pane: Pane = { host, api, signIn, m, t, charter, state, lastScan: null };
  await save(pane).catch(() => undefined);

  mountCheck(pane);
  mountPrepare(pane);
  mountDeclare(pane);
  mountMention(pane);
  mountChecklist(pane);
  mountIncident(pane);

  // Opened by the send gate's "Take action" button: go to the step it names and say why.
  const context = await host.initialContext();
  if (context) {
    try {
      const { step, reason } = JSON.parse(context) as { step?: string; reason?: string };
      const notice = byId("notice");
      notice.textContent = t.gateReasons[reason ?? ""] ?? "";
      notice.hidden = !notice.textContent;
      if (step) selectStep(step);
    } catch {
      // not ours
    }
  }
  document.body.dataset.ready = "true";
}

void main().catch((error) => {
  setText("charter-info", describe(error));
  document.body.dataset.ready = "error";
});
