// Hand-seeded Outlook compose item with callback-style async methods (office-addin-mock switches its
// load/sync tracking off for Outlook, so the async surface is written here).

type Callback<T> = (result: { status: string; value?: T; error?: { message: string } }) => void;

export interface FakeMail {
  subject: string;
  /** The body as HTML; the text view strips the tags. */
  html: string;
  bodyType: "html" | "text";
  headers: Record<string, string>;
  customProperties: Record<string, string>;
  sessionData: Record<string, string>;
  initializationContext: string | null;
  calls: string[];
}

export function newMail(overrides: Partial<FakeMail> = {}): FakeMail {
  return {
    subject: "Demande de logement",
    html: "<html><body><p>Bonjour,</p><p>Voici la réponse.</p></body></html>",
    bodyType: "html",
    headers: {},
    customProperties: {},
    sessionData: {},
    initializationContext: null,
    calls: [],
    ...overrides,
  };
}

export function htmlToText(html: string): string {
  return html
    .replace(/<\/(p|div)>/gi, "\n")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')
    .trim();
}

function last<T>(args: unknown[]): Callback<T> {
  return args[args.length - 1] as Callback<T>;
}
const ok = <T>(cb: Callback<T>, value?: T) => cb({ status: "succeeded", value });

export function fakeItem(mail: FakeMail) {
  return {
    subject: { getAsync: (...a: unknown[]) => ok(last<string>(a), mail.subject) },
    body: {
      getTypeAsync: (...a: unknown[]) => ok(last<string>(a), mail.bodyType),
      getAsync: (type: string, ...a: unknown[]) => ok(last<string>(a), type === "html" ? mail.html : htmlToText(mail.html)),
      setAsync: (value: string, _o: unknown, cb: Callback<void>) => {
        mail.calls.push("body.setAsync");
        mail.html = value;
        ok(cb);
      },
      prependAsync: (value: string, _o: unknown, cb: Callback<void>) => {
        mail.calls.push("body.prependAsync");
        mail.html = mail.html.replace(/<body>/i, `<body>${value}`);
        ok(cb);
      },
    },
    internetHeaders: {
      setAsync: (headers: Record<string, string>, cb: Callback<void>) => {
        Object.assign(mail.headers, headers);
        ok(cb);
      },
    },
    loadCustomPropertiesAsync: (cb: Callback<unknown>) => {
      const pending: Record<string, string> = { ...mail.customProperties };
      ok(cb, {
        get: (k: string) => pending[k],
        set: (k: string, v: string) => (pending[k] = v),
        saveAsync: (done: Callback<void>) => {
          mail.customProperties = pending;
          ok(done);
        },
      });
    },
    sessionData: {
      getAsync: (key: string, cb: Callback<string>) =>
        key in mail.sessionData ? ok(cb, mail.sessionData[key]) : cb({ status: "failed", error: { message: "not found" } }),
      setAsync: (key: string, value: string, cb: Callback<void>) => {
        mail.sessionData[key] = value;
        ok(cb);
      },
    },
    getInitializationContextAsync: (cb: Callback<string | null>) => ok(cb, mail.initializationContext),
  };
}

/** The Office global, as much of it as the pane's Outlook adapter and the send handler use. */
export function fakeOffice(mail: FakeMail, associations: Record<string, unknown> = {}) {
  return {
    HostType: { Outlook: "Outlook", Word: "Word" },
    CoercionType: { Text: "text", Html: "html" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: async () => ({ host: "Outlook", platform: "OfficeOnline" }),
    context: { displayLanguage: "fr-FR", mailbox: { item: fakeItem(mail) } },
    actions: { associate: (name: string, fn: unknown) => (associations[name] = fn) },
  };
}
