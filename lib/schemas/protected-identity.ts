import { z } from "zod";
import { PROTECTED_IDENTITY_KINDS } from "@/lib/vocabularies/protected-identity";
import { vocabularySchema } from "@/lib/vocabularies/enum-values";
import { safeString } from "@/lib/schemas/safe-string";

// The forms of protected personal data (issue 13 part 1). Every step states a
// reason, which the audit trail keeps. Messages are keys under "protectedIdentity.errors".

const reason = safeString({ error: "reasonRequired" }).trim().min(10, "reasonTooShort").max(500, "reasonTooLong");

export const MarkProtectedFormSchema = z.object({
  kind: vocabularySchema(PROTECTED_IDENTITY_KINDS, "kindRequired"),
  reason,
});
export type MarkProtectedForm = z.infer<typeof MarkProtectedFormSchema>;

export const ReasonFormSchema = z.object({ reason });
export type ReasonForm = z.infer<typeof ReasonFormSchema>;

export const NameProtectedAccessFormSchema = z.object({
  userId: safeString().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "userRequired"),
  reason,
});
export type NameProtectedAccessForm = z.infer<typeof NameProtectedAccessFormSchema>;
