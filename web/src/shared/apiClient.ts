import type { ProblemDetails, ScanRequest, ScanResponse } from "./wireTypes";
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

  private async post<T>(path: string, body: unknown): Promise<T> {
    const response = await this.fetchImpl(`${this.baseUrl}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${await this.token()}` },
      body: JSON.stringify(body),
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
