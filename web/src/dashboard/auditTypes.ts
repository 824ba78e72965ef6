// Wire types of the audit API (JSON, camelCase) as the dashboard reads them. The C# contracts of the
// backend are the source of truth; these follow `GET /api/audit/*` and `/api/incidents`.

/** One AI-use declaration as the audit lists it: counts and states only, never draft content. */
export interface DeclarationRecord {
  id: string;
  itemKey: string;
  host: string;
  toolId: string;
  toolName: string;
  toolApproved: boolean;
  purpose: string;
  extent: string;
  mentionInserted: boolean;
  checklist: Record<string, boolean>;
  checklistComplete: boolean;
  /** Finding category → count. */
  findings: Record<string, number>;
  author: string;
  unit: string;
  createdAt: string;
  policyVersion: string | number;
  /** State of the metadata written on the item through Microsoft Graph (e.g. pending, written, failed). */
  graphState: string;
}

/** One entry of a declaration's append-only history. */
export interface DeclarationEvent {
  at: string;
  action: string;
  by?: string;
  hash?: string;
  policyVersion?: string | number;
  checklistComplete?: boolean;
  mentionInserted?: boolean;
}

export interface DeclarationDetail extends DeclarationRecord {
  history: DeclarationEvent[];
}

export interface PagedResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type Granularity = "month" | "quarter";

export interface PeriodIndicators {
  /** "2026-07" for a month, "2026-Q3" for a quarter. */
  period: string;
  uses: number;
  approvedUses: number;
  checklistComplete: number;
  incidents: number;
  nonConformities: number;
}

export interface ToolCount {
  toolId: string;
  toolName: string;
  approved: boolean;
  count: number;
}

export interface UnitCount {
  unit: string;
  count: number;
}

export interface Indicators {
  from: string;
  to: string;
  granularity: Granularity;
  totals: PeriodIndicators;
  periods: PeriodIndicators[];
  byTool: ToolCount[];
  byUnit: UnitCount[];
  findingsByCategory: Record<string, number>;
  incidentsByStatus: Record<string, number>;
}

export type IncidentStatus = "nouveau" | "en_cours" | "clos";
export const incidentStatuses: readonly IncidentStatus[] = ["nouveau", "en_cours", "clos"];

export interface Incident {
  id: string;
  kind: string;
  status: IncidentStatus;
  createdAt: string;
  updatedAt?: string;
  reporter: string;
  unit: string;
  toolId?: string | null;
  description?: string | null;
}
