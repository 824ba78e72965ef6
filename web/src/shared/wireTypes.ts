// Wire types of the OfficeAiGuard API (JSON, camelCase). The C# contracts are the source of truth:
// src/OfficeAiGuard.Api/Contracts/.

export type Verdict = "ok" | "warn" | "block";
export type Severity = "info" | "warn" | "block";
export type ConfidenceLevel = "low" | "medium" | "high";

export interface ScanRequest {
  text: string;
  /** "send", or "tool:<id>" for a paste into an AI tool. */
  destination: string;
}

export interface Finding {
  category: string;
  start: number;
  end: number;
  confidence: ConfidenceLevel;
  recognizer: string;
  evidence: string[];
  explanation: string;
  severity: Severity;
  clause: string | null;
}

export interface ScanResponse {
  verdict: Verdict;
  findings: Finding[];
}

/** RFC 9457 problem details, as the API returns for every error. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

// ---- Charter policy (GET /api/charter). Mirrors OfficeAiGuard.Charters.CharterPolicy (camelCase). ----

export type SendMode = "softBlock" | "block";
export type MentionPosition = "top" | "bottom";

export interface MentionRule {
  text: string;
  position: MentionPosition;
  clause?: string | null;
}

export interface DataClass {
  id: string;
  label: string;
  categories: string[];
  clause?: string | null;
}

export interface AiTool {
  id: string;
  name: string;
  vendor?: string;
  /** "internal", "france", "eu", "outside-eu". */
  hosting?: string;
  sovereign?: boolean;
  approved: boolean;
  /** Data classes the tool may receive ("public" always implied). */
  dataClasses: string[];
  trustScore?: number | null;
  notes?: string | null;
}

export interface ChecklistItem {
  id: string;
  text: string;
  clause?: string | null;
}

export interface Contact {
  name: string;
  email: string;
}

export interface Choice {
  id: string;
  label: string;
}

export interface Charter {
  version: number;
  presetId?: string | null;
  title?: string;
  organisation?: string;
  mention: MentionRule;
  dataClasses: DataClass[];
  tools: AiTool[];
  checklist: ChecklistItem[];
  sendMode: SendMode;
  contacts: { dpo?: Contact | null; rssi?: Contact | null; mediateur?: Contact | null };
  purposes: Choice[];
  extents: Choice[];
}

// ---- AI-use declarations (POST /api/declarations) ----

export type HostName = "outlook" | "word";

export interface DeclarationRequest {
  itemKey: string;
  host: HostName;
  toolId: string;
  purpose: string;
  extent: string;
  mentionInserted: boolean;
  checklist: Record<string, boolean>;
  /** Finding counts per category, never values. */
  findings: Record<string, number>;
  policyVersion: number;
}

/** The stored record; only the fields the pane uses are typed. */
export interface DeclarationRecord {
  id?: string | number;
  itemKey?: string;
  [key: string]: unknown;
}

// ---- Incidents (POST /api/incidents) ----

export type IncidentKind = "bias" | "discrimination" | "error" | "data_leak";

export interface IncidentRequest {
  kind: IncidentKind;
  toolId: string | null;
  description: string;
  host: HostName | "standalone";
  itemKey: string | null;
}

// ---- Pseudonymisation (POST /api/pseudonymize, POST /api/restore) ----

export interface PseudonymEntry {
  placeholder: string;
  value: string;
  category: string;
}

export interface PseudonymizeResponse {
  text: string;
  mapping: PseudonymEntry[];
}
