import "server-only";
import { AssignCasesFormSchema } from "@/lib/schemas/workflow";
import { fieldErrorState } from "@/lib/form-state";
import type { AssignResult } from "@/lib/data/case-assignment";
import type { BatchState } from "./batch-state";

// The queue's and the bulk reassignment's form, read on the server: the
// ticked "<id>:<version>" boxes and the chosen adviser.

export function parseBatchForm(formData: FormData) {
  const cases = formData.getAll("cases");
  const adviserId = formData.get("adviserId");
  const values = { cases: cases.filter((value) => typeof value === "string").join(","), adviserId: typeof adviserId === "string" ? adviserId : "" };
  const parsed = AssignCasesFormSchema.safeParse({ cases, adviserId: adviserId ?? undefined });
  return parsed.success ? ({ ok: true, data: parsed.data, values } as const) : ({ ok: false, state: fieldErrorState(parsed.error, values) as BatchState } as const);
}

/** A refused move as the form shows it. */
export function refusedState(result: Extract<AssignResult, { ok: false }>, values: Record<string, string>): BatchState {
  if (result.error === "adviserNotInTeam") return { status: "error", fieldErrors: { adviserId: ["adviserNotInTeam"] }, values };
  return { status: "error", formError: result.error, values };
}
