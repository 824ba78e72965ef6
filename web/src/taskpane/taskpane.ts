import { ApiClient } from "../shared/apiClient";
import { defaultDevIdentity, devTokenSource } from "../shared/auth";
import { messages, pickLanguage } from "../shared/i18n";
import { detectHost } from "../hosts/detectHost";
import { renderFindings } from "./findingsView";

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

async function main(): Promise<void> {
  const host = await detectHost(byId<HTMLTextAreaElement>("draft"));
  const lang = pickLanguage(new URLSearchParams(location.search).get("lang"), host.displayLanguage);
  const m = messages(lang);
  document.documentElement.lang = lang;
  byId("subtitle").textContent = m.subtitle;
  byId("draft-label").textContent = m.draftLabel;
  const draft = byId<HTMLTextAreaElement>("draft");
  draft.placeholder = m.draftPlaceholder;
  const check = byId<HTMLButtonElement>("check");
  check.textContent = m.check;
  const status = byId("status");
  const resultsTitle = byId("results-title");
  const list = byId("findings");

  byId("standalone-draft").hidden = host.kind !== "standalone";
  byId("host-kind").textContent =
    host.kind === "outlook" ? m.hostOutlook : host.kind === "word" ? m.hostWord : m.hostStandalone;

  const api = new ApiClient(location.origin, devTokenSource(location.origin, defaultDevIdentity));

  check.addEventListener("click", async () => {
    check.disabled = true;
    status.textContent = m.checking;
    try {
      const result = await api.scan({ text: await host.readDraft(), destination: "send" });
      renderFindings(list, result.findings, m);
      resultsTitle.hidden = false;
      resultsTitle.textContent = result.findings.length ? m.findingsCount(result.findings.length) : m.noFindings;
      status.textContent = m.verdict[result.verdict] ?? result.verdict;
      status.className = `verdict-${result.verdict}`;
    } catch (error) {
      status.textContent = m.error(error instanceof Error ? error.message : String(error));
      status.className = "verdict-block";
    } finally {
      check.disabled = false;
    }
  });
}

void main();
