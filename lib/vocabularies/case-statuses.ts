import { CaseOutcome, CaseStatus } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// A case's status and, once closed, its outcome. The Prisma enums are the lists, in
// the order a case walks them; which moves are allowed lives in lib/cases/status-machine.
// Labels: "caseStatus.<STATUS>", "caseOutcome.<OUTCOME>" (cases.json).
export const CASE_STATUSES = enumValues(CaseStatus);
export const CASE_OUTCOMES = enumValues(CaseOutcome);
export type { CaseOutcome, CaseStatus };
