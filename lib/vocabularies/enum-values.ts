import { z } from "zod";

/**
 * The values of a Prisma enum, in the schema's order, as the non-empty tuple that
 * z.enum and `.map` over options need. The database schema is the one list: a value
 * added to an enum in prisma/schema.prisma reaches every form, filter and check here.
 */
export function enumValues<const T extends Record<string, string>>(prismaEnum: T): readonly [T[keyof T], ...T[keyof T][]] {
  const values = Object.values(prismaEnum) as T[keyof T][];
  if (values.length === 0) throw new Error("An enum without values is not a vocabulary.");
  return values as [T[keyof T], ...T[keyof T][]];
}

/** Whether a string (from a form, a query string, a JSON body) is one of a vocabulary's values. */
export function isOneOf<const V extends string>(values: readonly V[], value: unknown): value is V {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/** The zod schema of a vocabulary, with the caller's message for anything else. */
export function vocabularySchema<const V extends string>(values: readonly [V, ...V[]], message: string) {
  return z.enum(values, { error: message });
}
