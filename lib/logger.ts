// One logger: JSON lines to stdout, each carrying the request id and the user
// id of the request it belongs to. Log ids and counts, never personal data;
// the redaction below is the safety net for what slips through (an error
// message quoting a name, an e-mail in a field called something else).
//
// No "server-only": the HTTP server (server/) logs through it too.
import pino from "pino";
import { currentRequest } from "@/lib/request-store";

/** Field names whose values are personal data or secrets, wherever they sit in a log object. */
const PERSONAL_FIELDS = [
  "email",
  "userEmail",
  "name",
  "firstName",
  "lastName",
  "fullName",
  "identityNumber",
  "personalNumber",
  "phone",
  "address",
  "note",
  "notes",
  "text",
  "body",
  "description",
  "reason",
  "comment",
  "password",
  "passwordHash",
  "totpSecret",
  "token",
  "cookie",
  "authorization",
];

const REDACT_PATHS = PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);

const EMAIL = /[^\s"'<>()@,;:]+@[^\s"'<>()@,;:]+\.[a-z]{2,}/gi;
/** Swedish identity and coordination numbers, with or without century and separator, and any longer digit run. */
const LONG_NUMBER = /\b\d{6,8}[-+]?\d{4}\b|\b\d{9,}\b/g;
/** Quoted values: Prisma and Postgres quote the data they complain about. */
const QUOTED = /"(?:[^"\\\n]|\\.){1,500}"|'(?:[^'\\\n]|\\.){1,500}'/g;

/**
 * Free text that may quote personal data (error messages above all), with
 * e-mail addresses, identity numbers and every quoted value replaced. What is
 * left says what went wrong, not to whom.
 */
export function scrubText(text: string): string {
  return text.replace(QUOTED, (match) => `${match[0]}…${match[0]}`).replace(EMAIL, "[e-mail]").replace(LONG_NUMBER, "[number]");
}

/** An error as a log object: its kind, code and scrubbed message, and where it came from. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrubText(String(error)) };
  const { code } = error as { code?: unknown };
  // Prisma's "Invalid `prisma.x.y()` invocation:" messages go on to print the arguments.
  const message = scrubText(error.message.split(/\binvocation:/)[0]!.slice(0, 2000));
  return {
    type: error.name,
    ...(code !== undefined ? { code: String(code) } : {}),
    message,
    // Frames only: the stack's first lines repeat the message, unscrubbed.
    stack: error.stack?.split("\n").filter((line) => /^\s+at /.test(line)).slice(0, 10).join("\n"),
    ...(error.cause !== undefined ? { cause: serializeError(error.cause) } : {}),
  };
}

/** The app's logger; `destination` for tests (default: stdout). */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? "info",
    base: { app: "hemvag" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    messageKey: "msg",
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    serializers: { err: serializeError, error: serializeError },
    // Every line of a request says which request and whose.
    mixin() {
      const request = currentRequest();
      if (!request) return {};
      return request.userId ? { requestId: request.requestId, userId: request.userId } : { requestId: request.requestId };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

// One instance for the HTTP server and Next's bundle alike (see lib/request-store.ts).
const globalForLogger = globalThis as unknown as { hemvagLogger?: pino.Logger };
export const logger: pino.Logger = (globalForLogger.hemvagLogger ??= createLogger());
