// Configuration, read and checked once. A missing or malformed variable stops
// start-up with one line naming it (see formatEnvErrors), never a stack trace
// from deep inside a request.
import { z } from "zod";
import { parseTrustedProxies } from "./client-address";

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL"),
    PORT: positiveInt(3000),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)"),
    SESSION_IDLE_MINUTES: positiveInt(30),
    SESSION_MAX_HOURS: positiveInt(12),
    /** Makes two-factor sign-in mandatory for the roles that see case data. */
    REQUIRE_TOTP: booleanFlag,
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_DISPLAY_NAME: z.string().min(1).default("Single sign-on"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Connections per app instance (the server's max_connections must cover every instance, the job queue and the migrations). */
    DB_POOL_SIZE: positiveInt(10),
    /** How long a request waits for a free connection before it is answered 503. */
    DB_POOL_TIMEOUT_MS: positiveInt(5000),
    /** How long one SQL statement may run before the database cancels it. */
    DB_STATEMENT_TIMEOUT_MS: positiveInt(15000),
    /** Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For is believed (server/client-address.ts). */
    TRUSTED_PROXIES: z.string().default(""),
    /** Bearer token for /api/metrics; without it the endpoint does not exist. */
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    /** `false` keeps this instance from running background jobs (the others still do). */
    // The e-mail digest of notifications (lib/mail.ts): off unless SMTP_HOST is set. It holds counts and a link, never personal data.
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: positiveInt(587),
    /** `true`: TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
    SMTP_SECURE: booleanFlag,
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    /** The sender, e.g. "Hemväg <noreply@kommun.se>". */
    MAIL_FROM: z.string().min(3).optional(),
    /** The app's address as users reach it, for the digest's link, e.g. https://hemvag.kommun.se. */
    APP_URL: z.url().optional(),
    JOBS_ENABLED: z
      .enum(["true", "false"])
      .default("true")
      .transform((value) => value === "true"),
  })
  .superRefine((env, ctx) => {
    try {
      parseTrustedProxies(env.TRUSTED_PROXIES);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["TRUSTED_PROXIES"], message: (error as Error).message.replace(/^TRUSTED_PROXIES: /, "") });
    }
    if (env.SMTP_HOST && (!env.MAIL_FROM || !env.APP_URL)) {
      ctx.addIssue({ code: "custom", path: ["SMTP_HOST"], message: "the e-mail digest needs MAIL_FROM and APP_URL as well" });
    }
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together",
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export function formatEnvErrors(error: z.ZodError): string {
  return error.issues
    .map((issue) => `Configuration error: ${String(issue.path[0] ?? "environment")} ${issue.message}`)
    .join("\n");
}

export function parseEnv(source: Record<string, string | undefined>): { ok: true; env: Env } | { ok: false; message: string } {
  const result = EnvSchema.safeParse(source);
  return result.success ? { ok: true, env: result.data } : { ok: false, message: formatEnvErrors(result.error) };
}

let cached: Env | undefined;

/** The checked configuration; parsed on first use so `next build` needs none of it. */
export function getEnv(): Env {
  if (cached) return cached;
  const result = parseEnv(process.env);
  if (!result.ok) throw new Error(result.message);
  cached = result.env;
  return cached;
}
