import { safeString } from "@/lib/schemas/safe-string";

/** A record's id as the app makes them (cuid) and tests seed them: letters, digits, - and _, at most 64. */
export const RecordIdSchema = safeString().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Whether a value from a URL or a form can be a record id at all; one that cannot matches nothing. */
export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RecordIdSchema.safeParse(value).success && !/[\u0000-\u001F]/.test(value);
}
