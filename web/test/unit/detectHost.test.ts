import { afterEach, expect, test, vi } from "vitest";
import { detectHost } from "../../src/hosts/detectHost";

const textArea = { value: "texte saisi" } as HTMLTextAreaElement;

function fakeOffice(host: string | null, item?: object) {
  return {
    HostType: { Outlook: "Outlook", Word: "Word" },
    CoercionType: { Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: async () => ({ host, platform: null }),
    context: { displayLanguage: "fr-FR", mailbox: item ? { item } : undefined },
  } as unknown as typeof Office;
}

afterEach(() => vi.unstubAllGlobals());

test("without Office.js the pane reads its text area", async () => {
  const host = await detectHost(textArea, undefined);
  expect(host.kind).toBe("standalone");
  expect(await host.readDraft()).toBe("texte saisi");
});

test("in a browser where Office reports no host, the pane reads its text area", async () => {
  expect((await detectHost(textArea, fakeOffice(null))).kind).toBe("standalone");
});

test("in Outlook compose the draft is the subject then the plain-text body", async () => {
  const reply = (value: string) => (...args: unknown[]) =>
    (args[args.length - 1] as (r: unknown) => void)({ status: "succeeded", value });
  const item = { subject: { getAsync: reply("Demande d'aide") }, body: { getAsync: reply("Corps du message") } };
  const office = fakeOffice("Outlook", item);
  vi.stubGlobal("Office", office);

  const host = await detectHost(textArea, office);

  expect(host.kind).toBe("outlook");
  expect(host.displayLanguage).toBe("fr-FR");
  expect(await host.readDraft()).toBe("Demande d'aide\n\nCorps du message");
});
