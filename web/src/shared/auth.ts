// Access tokens for the OfficeAiGuard API.
// In production the add-in uses nested app authentication (MSAL.js) — see the add-in issue; when the API
// runs locally in Development, its built-in issuer signs tokens for demo users (POST /dev/token).

export interface DevIdentity {
  user: string;
  tenant: string;
  roles: string[];
  unit?: string;
}

export const defaultDevIdentity: DevIdentity = {
  user: "agent.demo@mairie-demo.fr",
  tenant: "mairie-demo",
  roles: [],
  unit: "dgs/accueil",
};

export type TokenSource = () => Promise<string>;

/** A token source backed by the API's development issuer; the token is reused until it is refused. */
export function devTokenSource(baseUrl: string, identity: DevIdentity, fetchImpl: typeof fetch = fetch): TokenSource {
  let cached: string | null = null;
  return async () => {
    if (cached) return cached;
    const response = await fetchImpl(`${baseUrl}/dev/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(identity),
    });
    if (!response.ok) throw new Error(`dev sign-in refused (${response.status})`);
    cached = ((await response.json()) as { accessToken: string }).accessToken;
    return cached;
  };
}

export type SignInMode = "naa" | "popup" | "dev";

export interface SignIn {
  mode: SignInMode;
  token: TokenSource;
  /** Set for the development sign-in only. */
  devIdentity?: DevIdentity;
}

/**
 * Picks how the pane signs in: Entra ID through nested app authentication when a client id is
 * configured (MSAL popup where the host lacks NAA), else the API's development issuer (local runs).
 */
export async function chooseSignIn(
  baseUrl: string,
  office: typeof Office | undefined,
  loadConfig: () => Promise<import("./authConfig").AuthConfig>,
  devIdentity: DevIdentity = defaultDevIdentity,
): Promise<SignIn> {
  const { isEntraConfigured } = await import("./authConfig");
  const config = await loadConfig();
  if (isEntraConfigured(config)) {
    const { msalTokenSource, naaSupported } = await import("./naa");
    const mode = naaSupported(office) ? "naa" : "popup";
    return { mode, token: msalTokenSource(config, mode, true) };
  }
  return { mode: "dev", token: devTokenSource(baseUrl, devIdentity), devIdentity };
}
