// Typed client of the audit endpoints the dashboard reads (`/api/audit/*`, `/api/incidents`, `/api/charter`).
import { ApiError } from "../shared/apiClient";
import type { TokenSource } from "../shared/auth";
import type { ProblemDetails } from "../shared/wireTypes";
import type { DeclarationDetail, DeclarationRecord, Granularity, Incident, IncidentStatus, Indicators, PagedResult } from "./auditTypes";
import { declarationsQuery, indicatorsQuery, type ListFilters } from "./query";

/** The parts of the charter policy the dashboard shows (tool names, approval, checklist wording). */
export interface CharterSummary {
  version: string | number;
  tools: { id: string; name: string; approved?: boolean }[];
  checklist: { id: string; text: string }[];
}

export class AuditClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: TokenSource,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  declarations(filters: ListFilters): Promise<PagedResult<DeclarationRecord>> {
    return this.json(`/api/audit/declarations?${declarationsQuery(filters)}`);
  }

  declaration(id: string): Promise<DeclarationDetail> {
    return this.json(`/api/audit/declarations/${encodeURIComponent(id)}`);
  }

  /** The CSV export of the filtered list (every page). */
  async declarationsCsv(filters: ListFilters): Promise<Blob> {
    const response = await this.send(`/api/audit/declarations.csv?${declarationsQuery(filters, { paging: false })}`);
    return response.blob();
  }

  indicators(from: string, to: string, granularity: Granularity): Promise<Indicators> {
    return this.json(`/api/audit/indicators?${indicatorsQuery(from, to, granularity)}`);
  }

  incidents(): Promise<Incident[]> {
    return this.json<Incident[] | PagedResult<Incident>>("/api/incidents").then((r) => (Array.isArray(r) ? r : r.items));
  }

  setIncidentStatus(id: string, status: IncidentStatus): Promise<Incident> {
    return this.json(`/api/incidents/${encodeURIComponent(id)}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ status }),
    });
  }

  charter(): Promise<CharterSummary> {
    return this.json("/api/charter");
  }

  private async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    return (await (await this.send(path, init)).json()) as T;
  }

  private async send(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${await this.token()}` };
    const response = await this.fetchImpl(`${this.baseUrl}${path}`, { ...init, headers });
    if (!response.ok) {
      const problem = response.headers.get("content-type")?.includes("json")
        ? ((await response.json().catch(() => null)) as ProblemDetails | null)
        : null;
      throw new ApiError(response.status, problem);
    }
    return response;
  }
}
