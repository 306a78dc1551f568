import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => value || undefined);
const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The audit log's filters, read from the URL so a view can be bookmarked. Bad values are dropped. */
export const AuditFilterSchema = z.object({
  user: optionalText.catch(undefined),
  caseId: optionalText.catch(undefined),
  action: optionalText.catch(undefined),
  from: optionalDate,
  to: optionalDate,
  before: z.coerce.bigint().positive().optional().catch(undefined),
});

export type AuditFilter = z.infer<typeof AuditFilterSchema>;
