// Plain HTTP(S) requests from a chosen loopback address, for tests about
// where a request comes from (sign-in throttling per client address). The
// browser cannot pick its source address; Node can (127.0.0.0/8 is all ours).
import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string; cookies: string[] };

export type RawRequest = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** The loopback address the connection comes from. */
  from: string;
};

export function request(url: string, options: RawRequest): Promise<RawResponse> {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: options.method ?? "GET",
        headers: options.headers,
        localAddress: options.from,
        // The test certificate is self-signed.
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            cookies: (res.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]!),
          }),
        );
      },
    );
    req.on("error", reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`no answer from ${url} within 60 s`)));
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** A loopback address of its own for one test run, so retries and parallel tests never share a throttle bucket. */
export function randomLoopbackAddress(): string {
  const [a, b, c] = crypto.randomBytes(3);
  return `127.${(a! % 250) + 3}.${b}.${(c! % 250) + 1}`;
}

export type SignInOutcome = "signed-in" | "invalid" | "locked";

/**
 * One password sign-in through Auth.js' own endpoint (the sign-in form's
 * action calls the same code): fetch a CSRF token, post the credentials, read
 * where the answer redirects to.
 */
export async function signInOverHttp(
  baseUrl: string,
  credentials: { email: string; password: string },
  options: { from: string; forwardedFor?: string },
): Promise<SignInOutcome> {
  const extra: Record<string, string> = options.forwardedFor ? { "X-Forwarded-For": options.forwardedFor } : {};
  const csrf = await request(`${baseUrl}/api/auth/csrf`, { from: options.from, headers: extra });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email: credentials.email, password: credentials.password, callbackUrl: `${baseUrl}/` }).toString();
  const answer = await request(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    from: options.from,
    body,
    headers: {
      ...extra,
      "Content-Type": "application/x-www-form-urlencoded",
      "Content-Length": String(Buffer.byteLength(body)),
      Cookie: csrf.cookies.join("; "),
    },
  });
  const location = answer.headers.location ?? "";
  if (answer.status >= 300 && answer.status < 400 && !/error=/.test(location)) return "signed-in";
  if (/code=locked/.test(location)) return "locked";
  if (/error=/.test(location)) return "invalid";
  throw new Error(`Unexpected answer to a sign-in: ${answer.status} ${location} ${answer.body.slice(0, 200)}`);
}
