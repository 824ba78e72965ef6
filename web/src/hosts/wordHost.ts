import { GATE_STATE_KEY, parseGateState, type GateState } from "../shared/gateState";
import type { MentionPosition } from "../shared/wireTypes";
import { MARKER_KEYS, type AiMarker, type DraftHost, type MentionResult } from "./host";

/** Content control tag of the mention (same as OfficeAiGuard.Documents' DocxMention.Tag). */
export const MENTION_TAG = "oaig-ai-mention";
export const MENTION_TITLE = "Mention IA";

/** Word.search accepts at most 255 characters. */
const MAX_SEARCH = 255;

function settingsSave(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Failed ? reject(r.error) : resolve())),
  );
}

/** Word: the document body (WordApi 1.1), content controls, custom properties (1.3). */
export class WordHost implements DraftHost {
  readonly kind = "word" as const;
  readonly displayLanguage = Office.context.displayLanguage;

  async readDraft(): Promise<string> {
    return this.readBody();
  }

  async readBody(): Promise<string> {
    return Word.run(async (context) => {
      const body = context.document.body;
      body.load("text");
      await context.sync();
      return body.text;
    });
  }

  async hasMention(): Promise<boolean> {
    return Word.run(async (context) => {
      const controls = context.document.contentControls.getByTag(MENTION_TAG);
      controls.load("items");
      await context.sync();
      return controls.items.length > 0;
    });
  }

  async insertMention(text: string, position: MentionPosition): Promise<MentionResult> {
    return Word.run(async (context) => {
      const controls = context.document.contentControls.getByTag(MENTION_TAG);
      controls.load("items");
      await context.sync();
      if (controls.items.length > 0) return "present" as const;
      const paragraph = context.document.body.insertParagraph(text, position === "top" ? "Start" : "End");
      const control = paragraph.insertContentControl();
      control.tag = MENTION_TAG;
      control.title = MENTION_TITLE;
      await context.sync();
      return "inserted" as const;
    });
  }

  async writeMarker(marker: AiMarker): Promise<void> {
    await Word.run(async (context) => {
      const props = context.document.properties.customProperties;
      const k = MARKER_KEYS;
      props.add(k.version, 1);
      props.add(k.tool, marker.toolId);
      props.add(k.purpose, marker.purpose);
      props.add(k.mode, marker.mode);
      props.add(k.date, new Date(marker.date));
      props.add(k.reviewer, marker.reviewer);
      props.add(k.policy, String(marker.policyVersion));
      props.add(k.checklist, marker.checklistComplete);
      props.add(k.mention, marker.mentionInserted);
      for (const [category, count] of Object.entries(marker.findings))
        if (count > 0) props.add(`${k.findingPrefix}${category}`, count);
      await context.sync();
    });
  }

  async loadState(): Promise<GateState | null> {
    const value = Office.context.document.settings.get(GATE_STATE_KEY) as string | null;
    return parseGateState(value);
  }

  async saveState(state: GateState): Promise<void> {
    Office.context.document.settings.set(GATE_STATE_KEY, JSON.stringify(state));
    await settingsSave(Office.context.document.settings);
  }

  async selectText(text: string): Promise<boolean> {
    const needle = text.trim().slice(0, MAX_SEARCH);
    if (!needle) return false;
    return Word.run(async (context) => {
      const results = context.document.body.search(needle, { matchCase: true });
      results.load("items");
      await context.sync();
      const first = results.items[0];
      if (!first) return false;
      first.select();
      await context.sync();
      return true;
    });
  }

  async initialContext(): Promise<string | null> {
    return null;
  }
}
