// Nested app authentication (NAA): MSAL.js obtains the API's access token through the Office host
// (no popup, no redirect when the host supports it). Where the host lacks NestedAppAuth 1.1 (older
// clients), the standard MSAL popup flow is the fallback. msal-browser is loaded only here.
import type { AuthConfig } from "./authConfig";
import type { TokenSource } from "./auth";

export type NaaMode = "naa" | "popup";

export function naaSupported(office: typeof Office | undefined): boolean {
  try {
    return !!office?.context?.requirements?.isSetSupported("NestedAppAuth", "1.1");
  } catch {
    return false;
  }
}

/**
 * A token source for the API scope: silent first (the host's signed-in account), then interactive
 * (popup) when the pane may show UI. `interactive: false` is for the send handler, which has no UI.
 */
export function msalTokenSource(
  config: Required<Pick<AuthConfig, "clientId" | "apiScope">> & AuthConfig,
  mode: NaaMode,
  interactive: boolean,
): TokenSource {
  let appPromise: Promise<import("@azure/msal-browser").IPublicClientApplication> | null = null;
  const scopes = [config.apiScope];
  const app = () =>
    (appPromise ??= import("@azure/msal-browser").then((msal) => {
      const configuration = {
        auth: { clientId: config.clientId, authority: config.authority ?? "https://login.microsoftonline.com/organizations" },
        cache: { cacheLocation: "sessionStorage" as const },
      };
      return mode === "naa"
        ? msal.createNestablePublicClientApplication(configuration)
        : msal.createStandardPublicClientApplication(configuration);
    }));
  return async () => {
    const pca = await app();
    const account = pca.getAllAccounts()[0];
    try {
      const result = account
        ? await pca.acquireTokenSilent({ scopes, account })
        : await pca.ssoSilent({ scopes });
      return result.accessToken;
    } catch (error) {
      if (!interactive) throw error;
      return (await pca.acquireTokenPopup({ scopes })).accessToken;
    }
  };
}
