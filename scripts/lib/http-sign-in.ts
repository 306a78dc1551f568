// A password sign-in over plain HTTP, for the scripts that load pages as a
// signed-in user (the HTTP bench, the page-size check): Auth.js' CSRF token,
// then its credentials endpoint, which the sign-in form's action calls too.
// The demo logins have no second factor, so the cookie it returns is complete.

/** Signs in through Auth.js' credentials endpoint (the sign-in form's action calls the same code); the cookie header to send. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }).toString(),
  });
  keep(answer);
  const location = answer.headers.get("location") ?? "";
  if (answer.status < 300 || answer.status >= 400 || /error=/.test(location)) throw new Error(`${email} could not sign in (${answer.status} ${location}).`);
  // Every role's own profile page must answer 200, not send us on to a second step.
  const check = await fetch(`${baseUrl}/profile`, { headers: { cookie: header() }, redirect: "manual" });
  if (check.status !== 200) throw new Error(`${email} signed in but /profile answered ${check.status} ${check.headers.get("location") ?? ""}.`);
  return header();
}

