import { OfficeMockObject } from "office-addin-mock";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { WordHost, MENTION_TAG } from "../../src/hosts/wordHost";
import { GATE_STATE_KEY, newGateState } from "../../src/shared/gateState";
import type { AiMarker } from "../../src/hosts/host";

// Word.run against office-addin-mock: reading a property that was not loaded and synced throws, as in Word.

interface Inserted { text: string; location: string; control?: { tag: string; title: string } }

let inserted: Inserted[];
let properties: Record<string, unknown>;
let selected: string[];
let settings: Map<string, unknown>;
let word: OfficeMockObject;

function seed(bodyText: string, existingMentions: number) {
  inserted = [];
  properties = {};
  selected = [];
  const data = {
    context: {
      document: {
        body: {
          text: bodyText,
          insertParagraph(text: string, location: string) {
            const paragraph: Inserted = { text, location };
            inserted.push(paragraph);
            return {
              insertContentControl() {
                paragraph.control = { tag: "", title: "" };
                return paragraph.control;
              },
            };
          },
          search(text: string) {
            return word.context.document.searchResults[bodyText.includes(text) ? "found" : "none"];
          },
        },
        searchResults: {
          found: { items: [{ select: () => selected.push("first") }] },
          none: { items: [] },
        },
        contentControls: {
          byTag: { items: Array.from({ length: existingMentions }, () => ({ tag: MENTION_TAG })) },
          getByTag(tag: string) {
            expect(tag).toBe(MENTION_TAG);
            return word.context.document.contentControls.byTag;
          },
        },
        properties: { customProperties: { add: (key: string, value: unknown) => (properties[key] = value) } },
      },
    },
    run: async (callback: (context: unknown) => Promise<unknown>) => callback(word.context),
  };
  word = new OfficeMockObject(data);
}

beforeEach(() => {
  settings = new Map();
  vi.stubGlobal("Office", {
    context: {
      displayLanguage: "fr-FR",
      document: {
        settings: {
          get: (k: string) => settings.get(k) ?? null,
          set: (k: string, v: unknown) => settings.set(k, v),
          saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
        },
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  });
});
afterEach(() => vi.unstubAllGlobals());

test("reads the document body's text", async () => {
  seed("Rapport annuel du CCAS", 0);
  vi.stubGlobal("Word", word);
  expect(await new WordHost().readDraft()).toBe("Rapport annuel du CCAS");
});

test("inserts the mention once, as a content control with the fixed tag, at the charter's position", async () => {
  seed("Rapport", 0);
  vi.stubGlobal("Word", word);
  const host = new WordHost();
  expect(await host.insertMention("Contenu généré avec l'aide de l'IA", "bottom")).toBe("inserted");
  expect(inserted).toEqual([
    { text: "Contenu généré avec l'aide de l'IA", location: "End", control: { tag: MENTION_TAG, title: "Mention IA" } },
  ]);
});

test("does not insert the mention again when a tagged content control is already there", async () => {
  seed("Rapport\nContenu généré avec l'aide de l'IA", 1);
  vi.stubGlobal("Word", word);
  const host = new WordHost();
  expect(await host.hasMention()).toBe(true);
  expect(await host.insertMention("Contenu généré avec l'aide de l'IA", "top")).toBe("present");
  expect(inserted).toEqual([]);
});

test("writes the declaration as custom document properties with the Documents library's keys", async () => {
  seed("Rapport", 0);
  vi.stubGlobal("Word", word);
  const marker: AiMarker = {
    toolId: "iris", purpose: "resume", mode: "partiel", date: "2026-11-22T10:00:00.000Z", reviewer: "r-0123456789abcdef",
    policyVersion: 3, mentionInserted: true, checklistComplete: false, findings: { PERSON_NAME: 2, EMAIL: 0 },
  };
  await new WordHost().writeMarker(marker);
  expect(properties).toEqual({
    "oaig.v": 1,
    "oaig.tool": "iris",
    "oaig.purpose": "resume",
    "oaig.mode": "partiel",
    "oaig.date": new Date("2026-11-22T10:00:00.000Z"),
    "oaig.reviewer": "r-0123456789abcdef",
    "oaig.policy": "3",
    "oaig.checklist": false,
    "oaig.mention": true,
    "oaig.f.PERSON_NAME": 2,
  });
});

test("selects a finding in the document through body.search", async () => {
  seed("Madame Jeanne Martin demande une aide.", 0);
  vi.stubGlobal("Word", word);
  const host = new WordHost();
  expect(await host.selectText("Jeanne Martin")).toBe(true);
  expect(selected).toEqual(["first"]);
  expect(await host.selectText("Paul Durand")).toBe(false);
});

test("keeps the pane's state in the document settings", async () => {
  seed("x", 0);
  vi.stubGlobal("Word", word);
  const host = new WordHost();
  expect(await host.loadState()).toBeNull();
  await host.saveState(newGateState("doc-1"));
  expect(JSON.parse(settings.get(GATE_STATE_KEY) as string).itemKey).toBe("doc-1");
  expect((await host.loadState())?.itemKey).toBe("doc-1");
});
