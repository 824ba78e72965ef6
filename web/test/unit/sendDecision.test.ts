import { describe, expect, test } from "vitest";
import { cachedScan, decideSend, MAX_MESSAGE, PANE_COMMAND_ID, type ScanOutcome } from "../../src/commands/sendDecision";
import { bodyFingerprint, newGateState, type GateState } from "../../src/shared/gateState";

const MENTION = "Contenu généré avec l'aide de l'IA";
const BODY = `Bonjour,\n\nVoici la réponse préparée.\n\n${MENTION}`;
const clean: ScanOutcome = { kind: "clean" };

function declaredState(overrides: Partial<GateState> = {}): GateState {
  return {
    ...newGateState("item-1"),
    mentionText: MENTION,
    mentionInserted: true,
    declaration: { toolId: "iris", purpose: "redaction", extent: "partiel", at: "2026-11-22T10:00:00Z", reviewer: "r-1" },
    checklist: { items: ["sources", "biais"], ticked: ["sources", "biais"], bodyHash: bodyFingerprint(BODY, MENTION) },
    ...overrides,
  };
}

function blocked(decision: ReturnType<typeof decideSend>) {
  if (decision.allow) throw new Error("expected a block");
  return decision;
}

describe("decideSend", () => {
  test("a mail never declared AI-assisted, with nothing forbidden, is sent", () => {
    expect(decideSend({ state: null, body: "Bonjour", scan: clean })).toEqual({ allow: true });
  });

  test("a declared mail with mention, complete checklist and unchanged body is sent", () => {
    expect(decideSend({ state: declaredState(), body: BODY, scan: clean })).toEqual({ allow: true });
  });

  test("declared but the mention is not in the body: blocked, the pane opens on the mention step", () => {
    const d = blocked(decideSend({ state: declaredState(), body: "Bonjour,\n\nVoici la réponse préparée.", scan: clean }));
    expect(d.reason).toBe("mention-missing");
    expect(d.commandId).toBe(PANE_COMMAND_ID);
    expect(JSON.parse(d.contextData)).toEqual({ step: "mention", reason: "mention-missing" });
    expect(d.promptUser).toBe(false);
  });

  test("declared with one checklist item unticked: blocked on the checklist", () => {
    const state = declaredState({ checklist: { items: ["sources", "biais"], ticked: ["sources"], bodyHash: null } });
    expect(blocked(decideSend({ state, body: BODY, scan: clean })).reason).toBe("checklist-incomplete");
  });

  test("declared without any checklist state: blocked on the checklist", () => {
    expect(blocked(decideSend({ state: declaredState({ checklist: undefined }), body: BODY, scan: clean })).reason)
      .toBe("checklist-incomplete");
  });

  test("body edited after the checklist: blocked as changed", () => {
    const d = blocked(decideSend({ state: declaredState(), body: BODY.replace("préparée", "modifiée"), scan: clean }));
    expect(d.reason).toBe("body-changed");
  });

  test("whitespace-only differences of Outlook's reads are not a change", () => {
    const reread = BODY.replace(/\n/g, "\r\n").replace("Bonjour,", "Bonjour,\u00a0 ") + "\r\n\r\n\r\n";
    expect(decideSend({ state: declaredState(), body: reread, scan: clean })).toEqual({ allow: true });
  });

  test("forbidden data found for sending: blocked with the categories named in French", () => {
    const d = blocked(decideSend({ state: null, body: "x", scan: { kind: "blocked", categories: ["NIR", "HEALTH", "NIR"] } }));
    expect(d.reason).toBe("blocked-data");
    expect(d.message).toContain("Numéro de sécurité sociale (NIR), Donnée de santé");
    expect(JSON.parse(d.contextData).step).toBe("check");
  });

  test("service unreachable under a soft-block charter: stopped, but the agent may send anyway", () => {
    const d = blocked(decideSend({ state: null, body: "x", scan: { kind: "unavailable" } }));
    expect(d.reason).toBe("service-unavailable");
    expect(d.promptUser).toBe(true);
    expect(d.message).toMatch(/injoignable/);
  });

  test("service unreachable under a blocking charter: stopped without a way around", () => {
    const state = { ...newGateState("k"), sendMode: "block" as const };
    const d = blocked(decideSend({ state, body: "x", scan: { kind: "unavailable" } }));
    expect(d.promptUser).toBe(false);
    expect(d.message).toMatch(/impose la vérification/);
  });

  test("every message fits Outlook's limits (500 characters, cancel label 20)", () => {
    const cases = [
      decideSend({ state: declaredState(), body: "sans mention", scan: clean }),
      decideSend({ state: declaredState({ checklist: undefined }), body: BODY, scan: clean }),
      decideSend({ state: declaredState(), body: BODY + " ajout", scan: clean }),
      decideSend({ state: null, body: "", scan: { kind: "blocked", categories: Array(40).fill(0).map((_, i) => `CAT_${i}_LONG_NAME`) } }),
      decideSend({ state: null, body: "", scan: { kind: "unavailable" } }),
    ];
    for (const d of cases.map(blocked)) {
      expect(d.message.length).toBeLessThanOrEqual(MAX_MESSAGE);
      expect(d.cancelLabel.length).toBeLessThanOrEqual(20);
    }
  });
});

describe("cachedScan", () => {
  test("the pane's scan counts only for the very draft it checked", () => {
    const state = { ...newGateState("k"), scan: { draftHash: "abc", blocked: ["IBAN"], at: "" } };
    expect(cachedScan(state, "abc")).toEqual({ kind: "blocked", categories: ["IBAN"] });
    expect(cachedScan({ ...state, scan: { ...state.scan, blocked: [] } }, "abc")).toEqual({ kind: "clean" });
    expect(cachedScan(state, "other")).toBeNull();
    expect(cachedScan(null, "abc")).toBeNull();
  });
});
