import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { SignInFormSchema } from "@/lib/schemas/sign-in";
import { signInWithPassword, signInWithSingleSignOn } from "@/lib/data/sign-in";
import { getRequestContext as requestContextFromHeaders, noteRequestUser } from "@/lib/request-context";
import { logger, scrubText } from "@/lib/logger";
import { endSignedOutSession, loadSignedInUser, type SignedInUser } from "@/lib/data/sign-in-sessions";

// Everything Auth.js lives behind this module. Its token is only a carrier for
// our own session id; the Session row in Postgres is the truth, checked on
// every request (see loadSignedInUser).

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
  interface User {
    signInSessionId?: string;
  }
}

export const OIDC_PROVIDER_ID = "oidc";

/** Whether the single sign-on button is shown. */
export function isSingleSignOnEnabled(): boolean {
  return Boolean(getEnv().OIDC_ISSUER);
}

/** One log line for an Auth.js error: its type (class names are minified in a build) and, but for failed passwords, the cause. */
function describeAuthError(error: Error): string {
  const type = (error as Error & { type?: string }).type ?? error.name;
  if (error instanceof CredentialsSignin) return `auth: ${type}`;
  // Auth.js wraps the underlying error either as the cause or as { err } in it.
  const wrapped: unknown = error.cause instanceof Error ? error.cause : (error.cause as { err?: unknown } | undefined)?.err;
  // Scrubbed: a database error's message can quote the values it choked on (issue 12 L3).
  const cause = wrapped instanceof Error ? ` (cause: ${wrapped.name}: ${scrubText(wrapped.message.split(/\binvocation:/)[0]!)})` : "";
  return `auth: ${type}${cause}`;
}

class SignInFailed extends CredentialsSignin {
  constructor(code: "invalid" | "locked") {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: env.SESSION_MAX_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    logger: {
      // Auth.js logs failed sign-ins with their input by default: never personal data in logs.
      // A failed password sign-in logs its type only; any other error (a provider that cannot be reached,
      // a rejected token) its message and cause too, which name no person, so that it can be fixed.
      error: (error) => logger.error(describeAuthError(error)),
      warn: () => {},
      debug: () => {},
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw) {
          const parsed = SignInFormSchema.safeParse(raw);
          if (!parsed.success) throw new SignInFailed("invalid");
          const context = await requestContextFromHeaders();
          const result = await signInWithPassword(parsed.data.email, parsed.data.password, context);
          if (!result.ok) throw new SignInFailed(result.reason);
          return { id: result.userId, signInSessionId: result.signInSessionId };
        },
      }),
      ...(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? [
            {
              id: OIDC_PROVIDER_ID,
              name: env.OIDC_DISPLAY_NAME,
              type: "oidc" as const,
              issuer: env.OIDC_ISSUER,
              clientId: env.OIDC_CLIENT_ID,
              clientSecret: env.OIDC_CLIENT_SECRET,
              authorization: { params: { scope: "openid email profile" } },
              checks: ["pkce", "state", "nonce"] as ("pkce" | "state" | "nonce")[],
              // The e-mail comes from the userinfo endpoint (checked against the ID token's subject):
              // a provider that follows the standard puts scope claims there, not in the ID token.
              idToken: false,
            },
          ]
        : []),
    ],
    events: {
      // Every sign-out (our sign-out action and Auth.js' own /api/auth/signout route) ends the server-side session,
      // so a copied token is worthless afterwards; clearing the cookie alone would not do that.
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await endSignedOutSession(sid);
      },
    },
    callbacks: {
      // Single sign-on: only pre-provisioned, active accounts, matched by e-mail.
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const email = typeof profile?.email === "string" ? profile.email : user.email;
        const result = await signInWithSingleSignOn(email ?? "", await requestContextFromHeaders());
        if (!result.ok) return "/login?error=sso";
        user.id = result.userId;
        user.signInSessionId = result.signInSessionId;
        return true;
      },
      jwt({ token, user }) {
        if (user?.signInSessionId) token.sid = user.signInSessionId;
        return token;
      },
      session({ session, token }) {
        return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
      },
    },
  };
});

/** The signed-in user for this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  const user = await loadSignedInUser(session.sid);
  if (user) noteRequestUser(user.id);
  return user;
});

/** Sends a caller without a session to the sign-in page (the gate's answer to "signed out"). */
export function redirectToSignIn(): never {
  redirect("/login");
}
