// Where the add-in learns how to sign in. `addin-config.json` sits beside the pages (written by
// build.mjs from OAIG_CLIENT_ID / OAIG_API_SCOPE / OAIG_AUTHORITY; an administrator may also edit it
// on the server). No client id means a local run: the API's development sign-in is used.

export interface AuthConfig {
  /** Entra ID application (client) id of the add-in / API registration. */
  clientId?: string;
  /** The API scope, e.g. "api://officeaiguard.example.fr/<client id>/access_as_user". */
  apiScope?: string;
  /** Authority, e.g. "https://login.microsoftonline.com/<tenant id>". */
  authority?: string;
}

export async function loadAuthConfig(baseUrl: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): Promise<AuthConfig> {
  try {
    const response = await fetchImpl(`${baseUrl}/addin-config.json`, { cache: "no-store" });
    if (!response.ok) return {};
    const value = (await response.json()) as AuthConfig;
    return typeof value === "object" && value ? value : {};
  } catch {
    return {};
  }
}

export function isEntraConfigured(config: AuthConfig): config is AuthConfig & { clientId: string; apiScope: string } {
  return !!config.clientId && !!config.apiScope;
}
