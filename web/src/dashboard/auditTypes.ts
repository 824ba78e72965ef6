// Wire types of the audit API (JSON, camelCase) as the dashboard reads them. The C# contracts of the
// backend are the source of truth; these follow `GET /api/audit/*` and `/api/incidents`.

/** One AI-use declaration as the audit lists it (latest revision of an item): counts and states only, never draft content. */
export interface DeclarationRecord {
  id: string;
  itemKey: string;
  revision: number;
  host: string;
  toolId: string;
  toolName: string | null;
  toolApproved: boolean;
  purpose: string;
  extent: string;
  mentionInserted: boolean;
  checklist: Record<string, boolean>;
  checklistComplete: boolean;
  /** Finding category → count. */
  findings: Record<string, number>;
  policyVersion: number;
  userId: string;
  userName: string;
  unit: string;
  createdAt: string;
  /** Codes: tool_not_approved, checklist_incomplete, mention_missing; empty when conforming. */
  nonConformities: string[];
  sequence: number;
  previousHash: string;
  hash: string;
  /** State of the metadata written on the item through Microsoft Graph, when the API reports it. */
  graphState?: string | null;
}

/** One revision of an item's declaration: "declared" (first) or "revised". */
export interface DeclarationEvent {
  revision: number;
  action: string;
  at: string;
  by: string;
  toolId: string;
  checklistComplete: boolean;
  mentionInserted: boolean;
  policyVersion: number;
  hash: string;
}

export interface DeclarationDetail extends DeclarationRecord {
  /** Oldest first. */
  history: DeclarationEvent[];
}

export interface PagedResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type Granularity = "month" | "quarter";

export interface IndicatorTotals {
  uses: number;
  approvedUses: number;
  approvedShare: number | null;
  checklistComplete: number;
  checklistCompletionRate: number | null;
  mentionInserted: number;
  nonConformities: number;
  incidents: number;
}

export interface PeriodIndicators {
  /** "2026-07" for a month, "2026-Q3" for a quarter. */
  period: string;
  start: string;
  end: string;
  uses: number;
  approvedUses: number;
  checklistComplete: number;
  nonConformities: number;
  incidents: number;
}

export interface ToolUses {
  toolId: string;
  toolName: string | null;
  approved: boolean;
  sovereign?: boolean | null;
  uses: number;
}

export interface UnitUses {
  unit: string;
  uses: number;
}

/** `GET /api/audit/indicators`: over [from, to) — `to` is the instant after the last day. */
export interface Indicators {
  from: string;
  to: string;
  granularity: Granularity;
  unit?: string | null;
  totals: IndicatorTotals;
  periods: PeriodIndicators[];
  usesByTool: ToolUses[];
  usesByUnit: UnitUses[];
  usesByPurpose?: Record<string, number>;
  findingsByCategory: Record<string, number>;
  nonConformitiesByKind?: Record<string, number>;
  incidentsByStatus: Record<string, number>;
  incidentsByKind?: Record<string, number>;
}

export type IncidentStatus = "nouveau" | "en_cours" | "clos";
export const incidentStatuses: readonly IncidentStatus[] = ["nouveau", "en_cours", "clos"];

export interface IncidentContact {
  role: string;
  name: string;
  email: string;
}

export interface Incident {
  id: string;
  kind: string;
  /** The agent's words, sensitive values already replaced by their category by the API. */
  description: string;
  toolId: string | null;
  itemKey: string | null;
  reporterId: string;
  reporterName: string;
  unit: string;
  status: IncidentStatus;
  routedTo: IncidentContact[];
  createdAt: string;
  updatedAt: string | null;
  updatedBy: string | null;
}
