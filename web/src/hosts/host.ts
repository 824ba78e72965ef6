// The small interface behind which the task pane talks to its host (Outlook, Word, or none).

export type HostKind = "outlook" | "word" | "standalone";

export interface DraftHost {
  readonly kind: HostKind;
  /** Office's display language (e.g. "fr-FR"), when there is an Office host. */
  readonly displayLanguage?: string;
  /** The text to check: subject + body in Outlook, the document in Word, the text area elsewhere. */
  readDraft(): Promise<string>;
}
