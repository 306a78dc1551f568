import { z } from "zod";

// The one string schema of every form, URL parameter and action argument
// (issue 12 L4). PostgreSQL refuses a NUL byte in text, so one typed or sent
// by hand used to reach the database and answer 500; other control characters
// are never meaningful in a form either. They are dropped here, before any
// length or format rule, so every schema built on it gets the same treatment.
// ESLint refuses a bare z.string() in lib/schemas.

/** C0 controls and DEL, but tab, line feed and carriage return, which text areas send. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function withoutControlCharacters(value: string): string {
  return value.replace(CONTROL_CHARACTERS, "");
}

/** z.string() without control characters; chain .trim(), .max() and the rest as usual. */
export function safeString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite(withoutControlCharacters);
}
