import { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { safeString } from "@/lib/schemas/safe-string";
import { formInput, plainText, savedAt } from "@/lib/schemas/casework-fields";
import { CORRECTION_REASON_MAX, JOURNAL_KINDS, JOURNAL_TEXT_MAX } from "@/lib/schemas/form-constants";

/** A journal form's state: a refused save of a draft carries what the other save wrote; a success, its notice key. */
export type JournalFormState = FormState & { theirs?: { text: string }; notice?: string };

/** The household member an entry is about: empty for the case's person or the whole household. */
const memberId = formInput.transform((value) => value || null);

/** A new draft entry. A session note names its session; a follow-up note its follow-up. */
export const JournalEntryFormSchema = z
  .object({
    kind: formInput.pipe(z.enum(JOURNAL_KINDS, { error: "journalKindRequired" })),
    text: plainText(JOURNAL_TEXT_MAX, "journalTextTooLong", "journalTextRequired"),
    householdMemberId: memberId,
    sessionId: formInput.transform((value) => value || null),
    followUpId: formInput.transform((value) => value || null),
  })
  .superRefine((entry, ctx) => {
    if (entry.kind === "SESSION_NOTE" && !entry.sessionId) ctx.addIssue({ code: "custom", path: ["sessionId"], message: "journalSessionRequired" });
    if (entry.kind === "FOLLOW_UP_NOTE" && !entry.followUpId) ctx.addIssue({ code: "custom", path: ["followUpId"], message: "journalFollowUpRequired" });
  })
  .transform((entry) => ({
    ...entry,
    sessionId: entry.kind === "SESSION_NOTE" ? entry.sessionId : null,
    followUpId: entry.kind === "FOLLOW_UP_NOTE" ? entry.followUpId : null,
  }));
export type JournalEntryForm = z.output<typeof JournalEntryFormSchema>;

/** An edit of a draft: its text and member, with the time it was last saved. */
export const JournalDraftFormSchema = z.object({
  text: plainText(JOURNAL_TEXT_MAX, "journalTextTooLong", "journalTextRequired"),
  householdMemberId: memberId,
  savedAt,
});
export type JournalDraftForm = z.output<typeof JournalDraftFormSchema>;

/** A correction of a signed entry: the new text, why, and the version it corrects. */
export const JournalCorrectionFormSchema = z.object({
  text: plainText(JOURNAL_TEXT_MAX, "journalTextTooLong", "journalTextRequired"),
  reason: plainText(CORRECTION_REASON_MAX, "correctionReasonTooLong", "correctionReasonRequired"),
  // At most nine digits: a longer number is no version and must not reach the database as one (issue 12 L4).
  version: formInput.pipe(safeString().regex(/^\d{1,9}$/, "staleForm")).transform(Number),
});
export type JournalCorrectionForm = z.output<typeof JournalCorrectionFormSchema>;
