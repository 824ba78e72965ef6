import { expect, test, vi } from "vitest";
import { ApiClient, ApiError } from "../../src/shared/apiClient";

function jsonResponse(status: number, body: unknown, contentType = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": contentType } });
}

test("scan posts the draft with the bearer token", async () => {
  const fetchImpl = vi.fn(async () => jsonResponse(200, { verdict: "ok", findings: [] }));
  const client = new ApiClient("https://api.example", async () => "tok", fetchImpl as unknown as typeof fetch);

  await client.scan({ text: "bonjour", destination: "send" });

  const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
  expect(url).toBe("https://api.example/api/scan");
  expect((init.headers as Record<string, string>).Authorization).toBe("Bearer tok");
  expect(JSON.parse(init.body as string)).toEqual({ text: "bonjour", destination: "send" });
});

test("a problem response becomes an ApiError carrying the server's field message", async () => {
  const fetchImpl = async () =>
    jsonResponse(400, { title: "One or more validation errors occurred.", errors: { text: ["Le texte à vérifier est obligatoire."] } },
      "application/problem+json");
  const client = new ApiClient("", async () => "tok", fetchImpl as unknown as typeof fetch);

  const error = await client.scan({ text: "", destination: "send" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(400);
  expect((error as ApiError).message).toBe("Le texte à vérifier est obligatoire.");
});
