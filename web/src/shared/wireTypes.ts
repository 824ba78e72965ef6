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
