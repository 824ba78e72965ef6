import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { OutlookHost, MENTION_MARKER } from "../../src/hosts/outlookHost";
import { disclosureHeader, type AiMarker } from "../../src/hosts/host";
import { GATE_STATE_KEY, newGateState } from "../../src/shared/gateState";
import { fakeOffice, htmlToText, newMail, type FakeMail } from "./fakes/outlookFake";

const MENTION = "Contenu généré avec l'aide de l'IA";
let mail: FakeMail;
let host: OutlookHost;

beforeEach(() => {
  mail = newMail();
  const office = fakeOffice(mail);
  vi.stubGlobal("Office", office);
  host = new OutlookHost(office.context.mailbox.item as unknown as Office.MessageCompose);
});
afterEach(() => vi.unstubAllGlobals());

test("the draft is the subject then the plain-text body", async () => {
  expect(await host.readDraft()).toBe("Demande de logement\n\nBonjour,\nVoici la réponse.");
});

test("inserts the mention once, as a recognisable block at the end of an HTML body", async () => {
  expect(await host.insertMention(MENTION, "bottom")).toBe("inserted");
  expect(mail.html).toContain(`data-oaig="${MENTION_MARKER}"`);
  expect(mail.html.indexOf(MENTION_MARKER)).toBeGreaterThan(mail.html.indexOf("Voici la réponse"));
  expect(mail.html).toMatch(/<\/div><\/body><\/html>$/);
  expect(await host.insertMention(MENTION, "bottom")).toBe("present");
  expect(mail.html.split(MENTION_MARKER).length - 1).toBe(2); // id + data attribute of ONE block
  expect(mail.calls).toEqual(["body.setAsync"]);
});

test("at the top, the mention is prepended; the text check also finds a mention whose markup the client dropped", async () => {
  expect(await host.insertMention(MENTION, "top")).toBe("inserted");
  expect(htmlToText(mail.html).startsWith(MENTION)).toBe(true);
  mail.html = `<html><body><p>Texte</p><p>${MENTION}</p></body></html>`;
  expect(await host.insertMention(MENTION, "top")).toBe("present");
});

test("in a plain-text body the mention is appended as text", async () => {
  mail.bodyType = "text";
  mail.html = "Bonjour,\n\nVoici la réponse.";
  expect(await host.insertMention(MENTION, "bottom")).toBe("inserted");
  expect(mail.html).toBe(`Bonjour,\n\nVoici la réponse.\n\n${MENTION}`);
});

test("writes the X-AI-Disclosure header and the custom properties, without any name", async () => {
  const marker: AiMarker = {
    toolId: "le-chat", purpose: "reformulation", mode: "partiel", date: "2026-11-22T10:00:00.000Z",
    reviewer: "r-0123456789abcdef", policyVersion: 2, mentionInserted: true, checklistComplete: true, findings: {},
  };
  await host.writeMarker(marker);
  expect(mail.headers).toEqual({
    "X-AI-Disclosure":
      "tool=le-chat; purpose=reformulation; mode=partiel; date=2026-11-22T10:00:00.000Z; reviewer=r-0123456789abcdef; policy=2",
  });
  expect(mail.customProperties).toEqual({
    "oaig.tool": "le-chat", "oaig.purpose": "reformulation", "oaig.mode": "partiel",
    "oaig.date": "2026-11-22T10:00:00.000Z", "oaig.reviewer": "r-0123456789abcdef", "oaig.policy": "2",
    "oaig.checklist": "true", "oaig.mention": "true",
  });
});

test("header values stay ASCII and cannot inject other fields", () => {
  const value = disclosureHeader({
    toolId: "outil; x=1", purpose: "résumé", mode: "m", date: "d", reviewer: "r", policyVersion: 1,
    mentionInserted: false, checklistComplete: false, findings: {},
  });
  expect(value).toBe("tool=outil- x-1; purpose=rsum; mode=m; date=d; reviewer=r; policy=1");
});

test("keeps the pane's state in sessionData; none yet reads as null", async () => {
  expect(await host.loadState()).toBeNull();
  await host.saveState(newGateState("mail-1"));
  expect(JSON.parse(mail.sessionData[GATE_STATE_KEY]).itemKey).toBe("mail-1");
  expect((await host.loadState())?.itemKey).toBe("mail-1");
});

test("hands over the send gate's context data", async () => {
  mail.initializationContext = '{"step":"checklist"}';
  expect(await host.initialContext()).toBe('{"step":"checklist"}');
  expect(await host.selectText("x")).toBe(false);
});
