// The Office glue of the send gate: reads the item, gets a scan when the pane's one is stale, and turns
// the decision into event.completed(). Never modifies the body. Dependencies are injected for tests.
import { bodyFingerprint, GATE_STATE_KEY, parseGateState, type GateState } from "../shared/gateState";
import type { ScanResponse } from "../shared/wireTypes";
import { cachedScan, decideSend, type ScanOutcome, type SendDecision } from "./sendDecision";

/** Outlook shows "taking longer than expected" after 5 s: the network gets at most this. */
export const NETWORK_BUDGET_MS = 3500;

export interface GateItem {
  subject(): Promise<string>;
  body(): Promise<string>;
  sessionData(key: string): Promise<string | null>;
}

export interface GateDeps {
  item: GateItem;
  /** The API origin baked at build time ("" when not set). */
  builtApiBase: string;
  fetchImpl: typeof fetch;
  /** A bearer token for the API, or null when none can be had without UI. */
  token(state: GateState | null, apiBase: string): Promise<string | null>;
}

export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

export function toCompletedOptions(decision: SendDecision): CompletedOptions {
  if (decision.allow) return { allowEvent: true };
  const options: CompletedOptions = {
    allowEvent: false,
    errorMessage: decision.message,
    cancelLabel: decision.cancelLabel,
    commandId: decision.commandId,
    contextData: decision.contextData,
  };
  // Mailbox 1.14: "Send anyway" stays possible when only the service is missing under a soft charter.
  if (decision.promptUser) options.sendModeOverride = "promptUser";
  return options;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

async function freshScan(deps: GateDeps, state: GateState | null, draft: string): Promise<ScanOutcome> {
  const apiBase = deps.builtApiBase || state?.apiBase || "";
  if (!/^https?:\/\//.test(apiBase)) return { kind: "unavailable" };
  try {
    return await withTimeout(
      (async (): Promise<ScanOutcome> => {
        const token = await deps.token(state, apiBase);
        if (!token) return { kind: "unavailable" };
        const response = await deps.fetchImpl(`${apiBase}/api/scan`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
          body: JSON.stringify({ text: draft, destination: "send" }),
        });
        if (!response.ok) return { kind: "unavailable" };
        const result = (await response.json()) as ScanResponse;
        const blocked = result.findings.filter((f) => f.severity === "block").map((f) => f.category);
        return blocked.length || result.verdict === "block" ? { kind: "blocked", categories: blocked } : { kind: "clean" };
      })(),
      NETWORK_BUDGET_MS,
    );
  } catch {
    return { kind: "unavailable" };
  }
}

/** Reads the item, decides, and returns the options for event.completed(). */
export async function evaluateSend(deps: GateDeps): Promise<{ decision: SendDecision; options: CompletedOptions }> {
  const [subject, body, raw] = await Promise.all([
    deps.item.subject(),
    deps.item.body(),
    deps.item.sessionData(GATE_STATE_KEY).catch(() => null),
  ]);
  const state = parseGateState(raw);
  const draft = subject ? `${subject}\n\n${body}` : body;
  const scan = cachedScan(state, bodyFingerprint(draft, state?.mentionText)) ?? (await freshScan(deps, state, draft));
  const decision = decideSend({ state, body, scan });
  return { decision, options: toCompletedOptions(decision) };
}
