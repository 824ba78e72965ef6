// Outlook OnMessageSend handler (Smart Alerts). Bundled by build.mjs into ONE self-contained script,
// commands.js: classic Outlook on Windows runs it in a JavaScript-only runtime (no DOM, no imports,
// Office.onReady not called, fetch needs absolute URLs); web, Mac and new Outlook load commands.html.
import { devTokenSource } from "../shared/auth";
import { isEntraConfigured, loadAuthConfig, type AuthConfig } from "../shared/authConfig";
import type { GateState } from "../shared/gateState";
import { evaluateSend, type GateDeps, type GateItem } from "./sendGate";

declare const __OAIG_API_BASE__: string;
declare const __OAIG_AUTH_CONFIG__: AuthConfig;

const builtApiBase = typeof __OAIG_API_BASE__ === "string" ? __OAIG_API_BASE__ : "";
const builtAuthConfig: AuthConfig = typeof __OAIG_AUTH_CONFIG__ === "object" ? __OAIG_AUTH_CONFIG__ : {};

function call<T>(invoke: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    invoke((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(result.error))),
  );
}

export function officeItem(item: Office.MessageCompose): GateItem {
  return {
    subject: () => call<string>((cb) => item.subject.getAsync(cb)),
    body: () => call<string>((cb) => item.body.getAsync(Office.CoercionType.Text, cb)),
    sessionData: (key) => call<string>((cb) => item.sessionData.getAsync(key, cb)).catch(() => null),
  };
}

/** A token without UI: the development issuer on local runs, else MSAL silently (NAA). */
async function tokenFor(state: GateState | null, apiBase: string): Promise<string | null> {
  if (state?.devIdentity) return devTokenSource(apiBase, state.devIdentity)();
  const config = isEntraConfigured(builtAuthConfig) ? builtAuthConfig : await loadAuthConfig(apiBase);
  if (!isEntraConfigured(config)) return null;
  const { msalTokenSource } = await import("../shared/naa");
  return msalTokenSource(config, "naa", false)();
}

export function officeDeps(item: Office.MessageCompose): GateDeps {
  return { item: officeItem(item), builtApiBase, fetchImpl: (...a) => fetch(...a), token: tokenFor };
}

/** The function named in the manifests (FunctionName / actionId "onMessageSendHandler"). */
export function onMessageSendHandler(event: Office.AddinCommands.Event, deps?: GateDeps): void {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  evaluateSend(deps ?? officeDeps(item))
    .then(({ options }) => event.completed(options as Office.SmartAlertsEventCompletedOptions))
    .catch(() =>
      // Reading the item failed: stop this send and say so (the agent can retry at once).
      event.completed({
        allowEvent: false,
        errorMessage: "OfficeAiGuard n'a pas pu lire ce courriel pour le vérifier. Réessayez l'envoi dans un instant.",
      } as Office.SmartAlertsEventCompletedOptions),
    );
}

if (typeof Office !== "undefined" && Office.actions) Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
