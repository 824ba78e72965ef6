import type { DraftHost } from "./host";

/** Word: the draft is the document body's text (WordApi 1.1). */
export class WordHost implements DraftHost {
  readonly kind = "word" as const;
  readonly displayLanguage = Office.context.displayLanguage;

  async readDraft(): Promise<string> {
    return Word.run(async (context) => {
      const body = context.document.body;
      body.load("text");
      await context.sync();
      return body.text;
    });
  }
}
