import type {
  Charter,
  DeclarationRecord,
  DeclarationRequest,
  IncidentRequest,
  ProblemDetails,
  PseudonymEntry,
  PseudonymizeResponse,
  ScanRequest,
  ScanResponse,
} from "./wireTypes";
import type { TokenSource } from "./auth";

/** An API error carrying the server's problem details (title, field errors). */
export class ApiError extends Error {
  constructor(public readonly status: number, public readonly problem: ProblemDetails | null) {
    super(describeProblem(status, problem));
  }
}

function describeProblem(status: number, problem: ProblemDetails | null): string {
  const fieldErrors = problem?.errors ? Object.values(problem.errors).flat() : [];
  return fieldErrors[0] ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`;
}

/** Thin typed client of the OfficeAiGuard API. */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: TokenSource,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  scan(request: ScanRequest): Promise<ScanResponse> {
    return this.post<ScanResponse>("/api/scan", request);
  }

  /** The caller's tenant's current charter policy. */
  charter(): Promise<Charter> {
    return this.request<Charter>("GET", "/api/charter");
  }

  /** Records an AI use; idempotent on the item key. */
  declare(request: DeclarationRequest): Promise<DeclarationRecord> {
    return this.post<DeclarationRecord>("/api/declarations", request);
  }

  reportIncident(request: IncidentRequest): Promise<unknown> {
    return this.post<unknown>("/api/incidents", request);
  }

  /** The text with placeholders and the mapping; the mapping must stay in the pane. */
  pseudonymize(text: string): Promise<PseudonymizeResponse> {
    return this.post<PseudonymizeResponse>("/api/pseudonymize", { text });
  }

  /** Server-side restoration (the pane restores locally by default, see shared/pseudonyms.ts). */
  restore(text: string, mapping: PseudonymEntry[]): Promise<{ text: string }> {
    return this.post<{ text: string }>("/api/restore", { text, mapping });
  }

  private post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>("POST", path, body);
  }

  private async request<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Authorization: `Bearer ${await this.token()}` };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await this.fetchImpl(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      const problem = response.headers.get("content-type")?.includes("json")
        ? ((await response.json()) as ProblemDetails)
        : null;
      throw new ApiError(response.status, problem);
    }
    return (await response.json()) as T;
  }
}
