import { expect, test } from "vitest";
import { AuditClient } from "../../../src/dashboard/auditClient";
import { emptyFilters } from "../../../src/dashboard/query";
import { ApiError } from "../../../src/shared/apiClient";
import { declaration, fakeFetch, incident, json, page } from "./fixtures";

const base = "https://api.example";

test("the list is read with the filters and the bearer token", async () => {
  const fake = fakeFetch({ "/api/audit/declarations": () => json(200, page([declaration()])) });
  const client = new AuditClient(base, async () => "tok", fake.fetch);

  const result = await client.declarations({ ...emptyFilters(), toolId: "chatgpt" });

  expect(result.items[0].toolId).toBe("le-chat-pro");
  expect(fake.calls[0].url).toBe(`${base}/api/audit/declarations?toolId=chatgpt&sort=-createdAt&page=1&pageSize=20`);
  expect((fake.calls[0].init.headers as Record<string, string>).Authorization).toBe("Bearer tok");
});

test("the CSV export asks for every page of the same filters", async () => {
  const fake = fakeFetch({ "/api/audit/declarations.csv": () => new Response("date;auteur\n", { headers: { "content-type": "text/csv" } }) });
  const client = new AuditClient(base, async () => "tok", fake.fetch);

  const blob = await client.declarationsCsv({ ...emptyFilters(), unit: "dgs/solidarites", page: 5 });

  expect(await blob.text()).toBe("date;auteur\n");
  expect(fake.calls[0].url).toBe(`${base}/api/audit/declarations.csv?unit=dgs%2Fsolidarites&sort=-createdAt`);
});

test("a refused audit becomes an ApiError with status 403", async () => {
  const fake = fakeFetch({
    "/api/audit/indicators": () => json(403, { title: "Forbidden", status: 403 }, "application/problem+json"),
  });
  const client = new AuditClient(base, async () => "tok", fake.fetch);

  const error = await client.indicators("2026-07-01", "2026-09-30", "month").catch((e: unknown) => e);

  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(403);
  expect(fake.calls[0].url).toContain("granularity=month");
});

test("an incident's status is changed with PATCH and a JSON body", async () => {
  const fake = fakeFetch({ "/api/incidents/i%201": (init) => json(200, { ...incident(), status: JSON.parse(String(init.body)).status }) });
  const client = new AuditClient(base, async () => "tok", fake.fetch);

  const updated = await client.setIncidentStatus("i 1", "en_cours");

  expect(updated.status).toBe("en_cours");
  expect(fake.calls[0].init.method).toBe("PATCH");
  expect((fake.calls[0].init.headers as Record<string, string>)["Content-Type"]).toBe("application/json");
});

test("incidents are read whether the API pages them or not", async () => {
  const listed = new AuditClient(base, async () => "t", fakeFetch({ "/api/incidents": () => json(200, [incident()]) }).fetch);
  const paged = new AuditClient(base, async () => "t", fakeFetch({ "/api/incidents": () => json(200, { items: [incident()], total: 1, page: 1, pageSize: 20 }) }).fetch);
  expect((await listed.incidents()).length).toBe(1);
  expect((await paged.incidents()).length).toBe(1);
});
