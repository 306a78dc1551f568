// A small OpenID Connect provider on loopback for the single sign-on tests:
// its development login form accepts any login, and the login becomes the
// e-mail claim, so a test can sign in as any pre-provisioned account.
import Provider from "oidc-provider";

export const OIDC_CLIENT_ID = "hemvag-e2e";
export const OIDC_CLIENT_SECRET = "hemvag-e2e-secret-that-is-long-enough";

export async function startOidcServer(port: number, appBaseUrls: string[]): Promise<{ issuer: string; stop: () => Promise<void> }> {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: appBaseUrls.map((url) => `${url}/api/auth/callback/oidc`),
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: true, name: id }),
    }),
    // Skip the consent screen: the test is about our side of the flow.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope("openid email profile");
      grant.addOIDCClaims(["email", "email_verified", "name"]);
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["hemvag-e2e-cookie-key"] },
  });
  // What the provider refused, and why, in the test output: the app's side only sees "error in the response body".
  const on = provider.on.bind(provider) as (event: string, listener: (ctx: unknown, error: Error & { error_detail?: string }) => void) => void;
  for (const event of ["grant.error", "server_error", "authorization.error", "userinfo.error"]) {
    on(event, (_ctx, error) => console.error(`oidc-provider ${event}: ${error.message}${error.error_detail ? ` (${error.error_detail})` : ""}`));
  }
  const server = provider.listen(port, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return { issuer, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
