import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { TRANSFER_REASON_MAX } from "@/lib/schemas/form-constants";

// The forms of work moving between people (docs/decisions/023): assigning
// from the intake queue, reassigning in bulk, transferring to another team,
// putting a case back in the queue. Error strings are keys under
// `workflow.errors`.

/** The most cases one confirmation moves: one transaction, all or nothing. */
export const MAX_BATCH = 500;

const input = safeString()
  .optional()
  .transform((value) => (value ?? "").trim());

/**
 * One selected case as its checkbox sends it: "<id>:<version>". The version is
 * the one the user saw; a case changed since then makes the selection stale.
 */
const selectedCase = safeString()
  .max(100)
  .regex(/^[A-Za-z0-9_-]{1,64}:[1-9]\d{0,8}$/, "selectionInvalid")
  .transform((value) => {
    const [caseId, version] = value.split(":");
    return { caseId: caseId!, version: Number(version) };
  });

export const CaseSelectionSchema = z
  .array(selectedCase, { error: "selectionInvalid" })
  .min(1, "selectionEmpty")
  .max(MAX_BATCH, "selectionTooLarge")
  .refine((cases) => new Set(cases.map((c) => c.caseId)).size === cases.length, "selectionInvalid");
export type CaseSelection = z.infer<typeof CaseSelectionSchema>;

const adviserId = input.pipe(safeString().min(1, "adviserRequired").max(40, "adviserRequired"));

/** Assign from the queue, or reassign in bulk: the cases ticked and the adviser chosen. */
export const AssignCasesFormSchema = z.object({ cases: CaseSelectionSchema, adviserId });
export type AssignCasesForm = z.infer<typeof AssignCasesFormSchema>;

/** The bulk reassignment's list filters, from the URL. */
export const ReassignFilterSchema = z.object({
  from: input.pipe(safeString().max(40)).catch(""),
  status: input.pipe(safeString().max(40)).catch(""),
  all: input.catch(""),
});

export const TransferRequestFormSchema = z.object({
  teamId: input.pipe(safeString().min(1, "teamRequired").max(40, "teamRequired")),
  reason: input.pipe(safeString().min(1, "reasonRequired").max(TRANSFER_REASON_MAX, "reasonTooLong")),
  version: input.pipe(safeString().regex(/^[1-9]\d{0,8}$/, "versionInvalid").transform(Number)),
});
export type TransferRequestForm = z.infer<typeof TransferRequestFormSchema>;

export const TransferDecisionFormSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept"), adviserId, reason: input.pipe(safeString().max(TRANSFER_REASON_MAX, "reasonTooLong")) }),
  z.object({ decision: z.literal("refuse"), reason: input.pipe(safeString().max(TRANSFER_REASON_MAX, "reasonTooLong")) }),
]);
export type TransferDecisionForm = z.infer<typeof TransferDecisionFormSchema>;

export const ReleaseToQueueFormSchema = z.object({
  version: input.pipe(safeString().regex(/^[1-9]\d{0,8}$/, "versionInvalid").transform(Number)),
});

