import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { isRealIsoDate } from "@/lib/dates";

const BIGINT_MAX = 9_223_372_036_854_775_807n;

const optionalText = safeString()
  .trim()
  .max(200)
  .optional()
  .transform((value) => value || undefined);
const optionalDate = safeString()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealIsoDate)
  .optional()
  .catch(undefined);

/** The audit log's filters, read from the URL so a view can be bookmarked. Bad values are dropped. */
export const AuditFilterSchema = z.object({
  user: optionalText.catch(undefined),
  caseId: optionalText.catch(undefined),
  action: optionalText.catch(undefined),
  from: optionalDate,
  to: optionalDate,
  // Within PostgreSQL's bigint: a larger id answered 500 (issue 12 L4).
  before: z.coerce.bigint().positive().max(BIGINT_MAX).optional().catch(undefined),
});

export type AuditFilter = z.infer<typeof AuditFilterSchema>;
