import type { DraftHost } from "./host";

function getAsync<T>(call: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    call((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(result.error),
    ),
  );
}

/** Outlook compose: the draft is the subject and the body as plain text (Mailbox 1.3). */
export class OutlookHost implements DraftHost {
  readonly kind = "outlook" as const;
  readonly displayLanguage = Office.context.displayLanguage;

  constructor(private readonly item: Office.MessageCompose) {}

  async readDraft(): Promise<string> {
    const subject = await getAsync<string>((cb) => this.item.subject.getAsync(cb));
    const body = await getAsync<string>((cb) => this.item.body.getAsync(Office.CoercionType.Text, cb));
    return subject ? `${subject}\n\n${body}` : body;
  }
}
