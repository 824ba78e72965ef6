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
