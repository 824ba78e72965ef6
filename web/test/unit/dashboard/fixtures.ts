// Fake audit data shaped like the API's answers, for the dashboard's unit tests.
import type { DeclarationRecord, Incident, Indicators, PagedResult } from "../../../src/dashboard/auditTypes";

export function declaration(overrides: Partial<DeclarationRecord> = {}): DeclarationRecord {
  return {
    id: "d1",
    itemKey: "outlook:AAMkAD-1",
    revision: 1,
    host: "outlook",
    toolId: "le-chat-pro",
    toolName: "Le Chat Pro",
    toolApproved: true,
    purpose: "redaction",
    extent: "partiel",
    mentionInserted: true,
    checklist: { sources: true, faits: true },
    checklistComplete: true,
    findings: { PERSON_NAME: 2, IBAN: 1 },
    userId: "oid-claire",
    userName: "claire.martin@mairie-demo.fr",
    unit: "dgs/solidarites/ccas",
    createdAt: "2026-08-14T09:30:00Z",
    policyVersion: 3,
    nonConformities: [],
    sequence: 12,
    previousHash: "00ff",
    hash: "ab12",
    ...overrides,
  };
}

export function page(items: DeclarationRecord[], total = items.length, pageNumber = 1, pageSize = 20): PagedResult<DeclarationRecord> {
  return { items, total, page: pageNumber, pageSize };
}

export function indicators(): Indicators {
  return {
    from: "2026-07-01T00:00:00Z",
    to: "2026-10-01T00:00:00Z",
    granularity: "month",
    totals: { uses: 40, approvedUses: 30, approvedShare: 0.75, checklistComplete: 34, checklistCompletionRate: 0.85, mentionInserted: 38, incidents: 3, nonConformities: 12 },
    periods: [
      { period: "2026-07", start: "2026-07-01T00:00:00Z", end: "2026-08-01T00:00:00Z", uses: 10, approvedUses: 8, checklistComplete: 9, incidents: 1, nonConformities: 3 },
      { period: "2026-08", start: "2026-08-01T00:00:00Z", end: "2026-09-01T00:00:00Z", uses: 12, approvedUses: 9, checklistComplete: 10, incidents: 0, nonConformities: 4 },
      { period: "2026-09", start: "2026-09-01T00:00:00Z", end: "2026-10-01T00:00:00Z", uses: 18, approvedUses: 13, checklistComplete: 15, incidents: 2, nonConformities: 5 },
    ],
    usesByTool: [
      { toolId: "chatgpt", toolName: "ChatGPT", approved: false, uses: 10 },
      { toolId: "le-chat-pro", toolName: "Le Chat Pro", approved: true, uses: 30 },
    ],
    usesByUnit: [
      { unit: "dgs/solidarites", uses: 25 },
      { unit: "dgs/solidarites/ccas", uses: 15 },
    ],
    findingsByCategory: { PERSON_NAME: 14, HEALTH: 2, IBAN: 0 },
    incidentsByStatus: { nouveau: 1, en_cours: 1, clos: 1 },
  };
}

export function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: "i1",
    kind: "bias",
    status: "nouveau",
    createdAt: "2026-09-02T10:00:00Z",
    description: "Réponse biaisée",
    toolId: "chatgpt",
    itemKey: null,
    reporterId: "oid-agent",
    reporterName: "agent.demo@mairie-demo.fr",
    unit: "dgs/solidarites",
    routedTo: [{ role: "dpo", name: "DPO", email: "dpo@mairie-demo.fr" }],
    updatedAt: null,
    updatedBy: null,
    ...overrides,
  };
}

/** A fetch double answering from a table of path prefixes; records every call. */
export function fakeFetch(routes: Record<string, (init: RequestInit) => Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    const path = new URL(url).pathname;
    const handler = Object.entries(routes).find(([prefix]) => path === prefix)?.[1];
    return handler ? handler(init) : new Response(null, { status: 404 });
  };
  return { calls, fetch: impl as unknown as typeof fetch };
}

export function json(status: number, body: unknown, contentType = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": contentType } });
}
