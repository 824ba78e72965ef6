// The Outlook send gate's decision, without Office: given what the pane left on the item and the body
// as it is now, allow the send or say why not. Unit tested branch by branch (test/unit/sendDecision.test.ts).
import { bodyFingerprint, checklistComplete, containsMention, type GateState } from "../shared/gateState";
import { categoryLabel, messages } from "../shared/i18n";

/** The pane button the "Take action" button opens (Control id in the XML manifest). */
export const PANE_COMMAND_ID = "msgComposeOpenPaneButton";
/** Outlook shows at most 500 characters of the message and 20 of the cancel label. */
export const MAX_MESSAGE = 500;
export const CANCEL_LABEL = "Corriger";

export type ScanOutcome =
  | { kind: "clean" }
  | { kind: "blocked"; categories: string[] }
  | { kind: "unavailable" };

export type BlockReason =
  | "mention-missing"
  | "checklist-incomplete"
  | "body-changed"
  | "blocked-data"
  | "service-unavailable";

export type SendDecision =
  | { allow: true }
  | {
      allow: false;
      reason: BlockReason;
      /** French, at most 500 characters. */
      message: string;
      cancelLabel: string;
      commandId: string;
      /** Read by the pane through getInitializationContextAsync: which step to open. */
      contextData: string;
      /** True when the agent may still send (service unreachable under a soft-block charter). */
      promptUser: boolean;
    };

export interface SendInput {
  state: GateState | null;
  /** Body text as read now (plain text). */
  body: string;
  /** The result of checking subject + body for "send" (cached or fresh). */
  scan: ScanOutcome;
}

function block(reason: BlockReason, step: string, message: string, promptUser = false): SendDecision {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  return {
    allow: false,
    reason,
    message: text,
    cancelLabel: CANCEL_LABEL,
    commandId: PANE_COMMAND_ID,
    contextData: JSON.stringify({ step, reason }),
    promptUser,
  };
}

/** Is the cached scan of the pane still about this draft? */
export function cachedScan(state: GateState | null, draftHash: string): ScanOutcome | null {
  const scan = state?.scan;
  if (!scan || scan.draftHash !== draftHash) return null;
  return scan.blocked.length ? { kind: "blocked", categories: scan.blocked } : { kind: "clean" };
}

export function decideSend({ state, body, scan }: SendInput): SendDecision {
  const declared = !!state?.declaration;
  if (declared && state) {
    const mentionPresent = state.mentionText ? containsMention(body, state.mentionText) : !!state.mentionInserted;
    if (!mentionPresent)
      return block(
        "mention-missing",
        "mention",
        "Ce courriel est déclaré rédigé avec l'aide de l'IA, mais la mention prévue par la charte n'y figure pas. " +
          "Choisissez « Corriger » puis insérez la mention depuis le volet OfficeAiGuard.",
      );
    if (!checklistComplete(state))
      return block(
        "checklist-incomplete",
        "checklist",
        "La liste de vérification de la charte IA n'est pas entièrement cochée pour ce courriel. " +
          "Choisissez « Corriger » et terminez la vérification humaine avant l'envoi.",
      );
    if (state.checklist?.bodyHash !== bodyFingerprint(body, state.mentionText))
      return block(
        "body-changed",
        "checklist",
        "Le courriel a été modifié après la liste de vérification. " +
          "Choisissez « Corriger » pour relire le texte et valider à nouveau la liste.",
      );
  }
  if (scan.kind === "blocked") {
    const m = messages("fr");
    const labels = [...new Set(scan.categories)].map((c) => categoryLabel(m, c)).join(", ");
    return block(
      "blocked-data",
      "check",
      `La charte IA interdit d'envoyer ce courriel en l'état : il contient ${labels}. ` +
        "Choisissez « Corriger » pour voir les passages concernés et les retirer.",
    );
  }
  if (scan.kind === "unavailable") {
    const hard = state?.sendMode === "block";
    return block(
      "service-unavailable",
      "check",
      hard
        ? "Le service OfficeAiGuard est injoignable : la charte de votre organisation impose la vérification avant tout envoi. " +
            "Réessayez dans un instant ; si le problème persiste, contactez votre support informatique."
        : "Le service OfficeAiGuard est injoignable : ce courriel n'a pas pu être vérifié (données sensibles). " +
            "Vous pouvez corriger, ou l'envoyer quand même sous votre responsabilité.",
      !hard,
    );
  }
  return { allow: true };
}
