import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RecordIdSchema } from "@/lib/schemas/record-id";

// A server action's bound arguments (the ids, flags and return paths a page
// binds into its form) come back from the browser, and a client can send any
// value in their place: a number, an object, a megabyte of text, a NUL byte.
// Each is checked here with zod before it reaches the data layer (issue 12 L3);
// a bad one reads as "not found", like an id that matches nothing. An action
// checks its ids with `authorizeBound` (lib/gate.ts), which asks the gate first.

function bound<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : notFound();
}

/** A record id bound into a form. */
export function boundId(value: unknown): string {
  return bound(RecordIdSchema, value);
}

/** A yes/no bound into a form. */
export function boundFlag(value: unknown): boolean {
  return bound(z.boolean(), value);
}

/** A page to return to, when it is one of `allowed`; otherwise `fallback`. */
export function boundReturnPath(value: unknown, allowed: RegExp, fallback: string): string {
  return typeof value === "string" && value.length <= 200 && allowed.test(value) ? value : fallback;
}

/** One of a closed set of strings bound into a form (a language code, a kind in a URL). */
export function boundChoice<const V extends string>(values: readonly [V, ...V[]], value: unknown): V {
  return bound(z.enum(values), value);
}
