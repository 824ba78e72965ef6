import { describe, expect, test } from "vitest";
import {
  declarationsQuery, emptyFilters, filtersFromHash, filtersToHash, indicatorsQuery, pageCount, parseRoute,
  lastDay, periodFor, presetOf, routeHash, toggleSort,
} from "../../../src/dashboard/query";

describe("declarationsQuery", () => {
  test("an empty filter asks for the newest first, page 1", () => {
    expect(declarationsQuery(emptyFilters()).toString()).toBe("sort=-createdAt&page=1&pageSize=20");
  });

  test("every filter maps to the API's parameter names", () => {
    const q = declarationsQuery({
      ...emptyFilters(), from: "2026-07-01", to: "2026-09-30", unit: " dgs/solidarites ", toolId: "chatgpt",
      checklist: "incomplete", conformity: "nonconforming", category: "HEALTH", author: "martin", sort: "author", page: 3,
    });
    expect(Object.fromEntries(q)).toEqual({
      from: "2026-07-01", to: "2026-09-30", unit: "dgs/solidarites", toolId: "chatgpt", checklistComplete: "false", nonConforming: "true",
      category: "HEALTH", author: "martin", sort: "author", page: "3", pageSize: "20",
    });
  });

  test("the CSV export takes the same filters without paging", () => {
    const q = declarationsQuery({ ...emptyFilters(), checklist: "complete", page: 4 }, { paging: false });
    expect(q.get("checklistComplete")).toBe("true");
    expect(q.has("page")).toBe(false);
    expect(q.has("pageSize")).toBe(false);
  });
});

test("indicators take the period and the granularity", () => {
  expect(indicatorsQuery("2026-07-01", "2026-09-30", "quarter").toString()).toBe("from=2026-07-01&to=2026-09-30&granularity=quarter");
});

describe("filters in the address", () => {
  test("round-trip, defaults left out", () => {
    const f = { ...emptyFilters(), from: "2026-01-01", unit: "dgs/solidarites", checklist: "complete" as const, conformity: "conforming" as const, page: 2 };
    const hash = filtersToHash(f);
    expect(hash).toBe("from=2026-01-01&unit=dgs%2Fsolidarites&checklistComplete=true&nonConforming=false&page=2");
    expect(filtersFromHash(hash)).toEqual(f);
  });

  test("malformed values fall back to defaults", () => {
    const f = filtersFromHash("from=hier&page=-2&pageSize=100000&sort=drop+table");
    expect(f.from).toBe("");
    expect(f.page).toBe(1);
    expect(f.pageSize).toBe(200);
    expect(f.sort).toBe("-createdAt");
  });
});

test("sorting: dates start descending, text ascending, a second click flips", () => {
  expect(toggleSort("-createdAt", "createdAt")).toBe("createdAt");
  expect(toggleSort("createdAt", "createdAt")).toBe("-createdAt");
  expect(toggleSort("-createdAt", "author")).toBe("author");
  expect(toggleSort("author", "author")).toBe("-author");
  expect(toggleSort("author", "createdAt")).toBe("-createdAt");
});

test("page count never drops below one", () => {
  expect(pageCount(0, 20)).toBe(1);
  expect(pageCount(41, 20)).toBe(3);
});

describe("periods", () => {
  const november = new Date(2026, 10, 22);
  test("last quarter of 22 November 2026 is July–September", () => {
    expect(periodFor("lastQuarter", november)).toEqual({ from: "2026-07-01", to: "2026-09-30" });
  });
  test("in January, last quarter and last month are in the previous year", () => {
    const january = new Date(2027, 0, 15);
    expect(periodFor("lastQuarter", january)).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(periodFor("lastMonth", january)).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  });
  test("the last semester is the last complete half-year (the committee's biannual review)", () => {
    expect(periodFor("lastSemester", november)).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(periodFor("lastSemester", new Date(2026, 2, 1))).toEqual({ from: "2025-07-01", to: "2025-12-31" });
  });
  test("the last six months run from the first of the month five months ago to today", () => {
    expect(periodFor("lastSixMonths", november)).toEqual({ from: "2026-06-01", to: "2026-11-22" });
    expect(periodFor("lastSixMonths", new Date(2027, 1, 3))).toEqual({ from: "2026-09-01", to: "2027-02-03" });
  });
  test("month ends are right, February of a leap year included", () => {
    expect(periodFor("thisMonth", new Date(2028, 1, 10))).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(periodFor("thisYear", november)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });
  test("a period is recognised as its preset", () => {
    expect(presetOf({ from: "2026-07-01", to: "2026-09-30" }, november)).toBe("lastQuarter");
    expect(presetOf({ from: "2026-07-02", to: "2026-09-30" }, november)).toBe("");
  });
});

test("the API's exclusive period end reads as the last day", () => {
  expect(lastDay("2026-10-01T00:00:00Z")).toBe("2026-09-30");
  expect(lastDay("2026-11-22T10:15:00Z")).toBe("2026-11-22");
});

test("routes", () => {
  expect(parseRoute("")).toEqual({ view: "liste", query: "" });
  expect(parseRoute("#/indicateurs?from=2026-07-01")).toEqual({ view: "indicateurs", query: "from=2026-07-01" });
  expect(parseRoute("#/inconnu")).toEqual({ view: "liste", query: "" });
  expect(routeHash("exports")).toBe("#/exports");
  expect(routeHash("liste", "page=2")).toBe("#/liste?page=2");
});
