import "server-only";
import type { z } from "zod";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";

// The middle of a form action, the same in every one: the form's strings, the
// schema, the data layer's write, its refusal as a form error, the refresh and
// the success. The action keeps what is its own and must come first: the gate
// and its bound ids (`authorize`, or `authorizeBound` with ids), checked before
// anything the browser sent is parsed.

type Refused = { ok: false; error: string };
type Written = { ok: true } | Refused;
type Success<R> = Extract<R, { ok: true }>;
type Refusal<R> = Extract<R, { ok: false }>;

export type FormActionSteps<S extends z.ZodType, R extends Written, State extends FormState> = {
  /** The data layer's write, given the parsed form. */
  write: (data: z.output<S>) => Promise<R>;
  /** Refreshes the pages that show the change; after a success only, unless `revalidateAfterRefusal`. */
  revalidate?: () => void;
  /** A refusal may mean someone else changed the record first: the page then shows what is saved now. */
  revalidateAfterRefusal?: boolean;
  /** Refusals shown under a field (code → field name) instead of above the form. */
  fields?: Partial<Record<Refusal<R>["error"], string>>;
  /** Refusals shown above the form under another message key (e.g. conflict → staleForm). */
  messages?: Partial<Record<Refusal<R>["error"], string>>;
  /** `false`: a refusal above the form drops what was typed, so that the form starts again from what the page now shows (a stale version must not be sent again). */
  keepValues?: boolean;
  /** A refusal that answers with more than a message (who saved first, the saved values); `undefined` for the usual answer. */
  refused?: (result: Refusal<R>, values: Record<string, string>) => State | undefined;
  /** The answer to a success, which may redirect; `{ status: "success" }` when left out. */
  success?: (result: Success<R>, values: Record<string, string>, data: z.output<S>) => State;
  /** The answer to input the schema refuses, given the usual field errors (a stale hidden version, a refusal to audit). */
  invalid?: (state: FormState, error: z.ZodError) => State | Promise<State>;
  /** Reads a form that is more than strings: what the schema parses, and what goes back to the form. */
  read?: (formData: FormData) => { input: unknown; values: Record<string, string> };
};

/** Parses `formData` with `schema`, writes through the data layer and answers the form (see `FormActionSteps`). */
export async function formAction<S extends z.ZodType, R extends Written, State extends FormState = FormState>(
  formData: FormData,
  schema: S,
  steps: FormActionSteps<S, R, State>,
): Promise<State | FormState> {
  const read = steps.read?.(formData);
  const values = read ? read.values : formValues(formData);
  const parsed = schema.safeParse(read ? read.input : values);
  if (!parsed.success) {
    const state = fieldErrorState(parsed.error, values);
    return steps.invalid ? steps.invalid(state, parsed.error) : state;
  }
  const result = await steps.write(parsed.data);
  if (result.ok) {
    steps.revalidate?.();
    return steps.success ? steps.success(result as Success<R>, values, parsed.data) : { status: "success" };
  }
  if (steps.revalidateAfterRefusal) steps.revalidate?.();
  return refusalState(result as Refusal<R>, values, steps);
}

function refusalState<S extends z.ZodType, R extends Written, State extends FormState>(result: Refusal<R>, values: Record<string, string>, steps: FormActionSteps<S, R, State>): State | FormState {
  const code: Refusal<R>["error"] = result.error;
  const field = steps.fields?.[code];
  if (field) return { status: "error", fieldErrors: { [field]: [result.error] }, values };
  const special = steps.refused?.(result, values);
  if (special) return special;
  const formError = steps.messages?.[code] ?? result.error;
  return steps.keepValues === false ? { status: "error", formError } : { status: "error", formError, values };
}
