import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { evaluateSend, NETWORK_BUDGET_MS, type GateDeps } from "../../src/commands/sendGate";
import { officeItem } from "../../src/commands/onMessageSend";
import { bodyFingerprint, GATE_STATE_KEY, newGateState, type GateState } from "../../src/shared/gateState";
import { fakeOffice, htmlToText, newMail, type FakeMail } from "./fakes/outlookFake";

const MENTION = "Contenu généré avec l'aide de l'IA";
const API = "https://ia.mairie-exemple.fr";
let mail: FakeMail;
let associations: Record<string, unknown>;

function draftOf(m: FakeMail): string {
  return `${m.subject}\n\n${htmlToText(m.html)}`;
}

/** The state the pane leaves after: declare, insert mention, scan for send, tick every item. */
function completedState(m: FakeMail, overrides: Partial<GateState> = {}): GateState {
  return {
    ...newGateState("mail-1"),
    apiBase: API,
    mentionText: MENTION,
    mentionInserted: true,
    devIdentity: { user: "agent@mairie.fr", tenant: "mairie", roles: [] },
    declaration: { toolId: "iris", purpose: "redaction", extent: "partiel", at: "2026-11-22T10:00:00Z", reviewer: "r-1" },
    checklist: { items: ["a", "b"], ticked: ["a", "b"], bodyHash: bodyFingerprint(htmlToText(m.html), MENTION) },
    scan: { draftHash: bodyFingerprint(draftOf(m), MENTION), blocked: [], at: "" },
    ...overrides,
  };
}

function deps(fetchImpl: typeof fetch = vi.fn() as unknown as typeof fetch): GateDeps {
  const item = (globalThis as unknown as { Office: { context: { mailbox: { item: Office.MessageCompose } } } }).Office.context.mailbox.item;
  return { item: officeItem(item), builtApiBase: "", fetchImpl, token: async (s) => (s?.devIdentity ? "dev-token" : null) };
}

function store(state: GateState) {
  mail.sessionData[GATE_STATE_KEY] = JSON.stringify(state);
}

beforeEach(() => {
  mail = newMail({ html: `<html><body><p>Bonjour,</p><p>Voici la réponse.</p><p>${MENTION}</p></body></html>` });
  associations = {};
  vi.stubGlobal("Office", fakeOffice(mail, associations));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("evaluateSend", () => {
  test("everything done on this very body: allowed without any network call", async () => {
    store(completedState(mail));
    const fetchImpl = vi.fn();
    const { options } = await evaluateSend(deps(fetchImpl as unknown as typeof fetch));
    expect(options).toEqual({ allowEvent: true });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  test("one checklist item unticked: send stopped, pane button named, body untouched", async () => {
    store(completedState(mail, { checklist: { items: ["a", "b"], ticked: ["a"], bodyHash: null } }));
    const before = mail.html;
    const { options } = await evaluateSend(deps());
    expect(options).toMatchObject({ allowEvent: false, cancelLabel: "Corriger", commandId: "msgComposeOpenPaneButton" });
    expect(JSON.parse(options.contextData!)).toEqual({ step: "checklist", reason: "checklist-incomplete" });
    expect(mail.html).toBe(before);
    expect(mail.calls).toEqual([]);
  });

  test("body changed since the pane's scan: scanned again through the API with an absolute URL", async () => {
    store(completedState(mail, { scan: { draftHash: "stale", blocked: [], at: "" } }));
    const fetchImpl = vi.fn(async () =>
      new Response(JSON.stringify({ verdict: "block", findings: [{ category: "NIR", severity: "block" }] }), { status: 200 }));
    const { decision } = await evaluateSend(deps(fetchImpl as unknown as typeof fetch));
    expect(decision).toMatchObject({ allow: false, reason: "blocked-data" });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${API}/api/scan`);
    expect((init.headers as Record<string, string>).Authorization).toBe("Bearer dev-token");
    expect(JSON.parse(init.body as string)).toEqual({ text: draftOf(mail), destination: "send" });
  });

  test("API unreachable under a soft-block charter: stopped with Send anyway offered", async () => {
    store(completedState(mail, { scan: undefined }));
    const fetchImpl = vi.fn(async () => {
      throw new TypeError("Network request failed");
    });
    const { options } = await evaluateSend(deps(fetchImpl as unknown as typeof fetch));
    expect(options).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
    expect(options.errorMessage).toMatch(/injoignable/);
  });

  test("API too slow under a blocking charter: stopped within the budget, no way around", async () => {
    vi.useFakeTimers();
    store(completedState(mail, { scan: undefined, sendMode: "block" }));
    const pending = evaluateSend(deps((() => new Promise(() => undefined)) as unknown as typeof fetch));
    await vi.advanceTimersByTimeAsync(NETWORK_BUDGET_MS + 1);
    const { options } = await pending;
    expect(options.allowEvent).toBe(false);
    expect(options.sendModeOverride).toBeUndefined();
  });

  test("no state and no way to get a token: the charter's send mode decides", async () => {
    const { decision } = await evaluateSend(deps());
    expect(decision).toMatchObject({ allow: false, reason: "service-unavailable", promptUser: true });
  });
});

describe("the bundled entry point", () => {
  test("associates onMessageSendHandler and completes the event", async () => {
    store(completedState(mail));
    vi.resetModules(); // evaluate the module again, now that Office exists
    await import("../../src/commands/onMessageSend");
    const handler = associations.onMessageSendHandler as (event: unknown) => void;
    expect(typeof handler).toBe("function");
    const completed = await new Promise((resolve) => handler({ completed: resolve }));
    expect(completed).toEqual({ allowEvent: true });
  });
});
