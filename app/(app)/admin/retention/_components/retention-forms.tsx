"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitRow } from "@/components/ui/button";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import type { RetentionFormState } from "../actions";

type Action = (prev: RetentionFormState, formData: FormData) => Promise<RetentionFormState>;

/** "Make a new list now": the dry run, without waiting for the month's job. */
export function MakeListForm({ action }: { action: Action }) {
  const t = useTranslations("retention");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("makeList")}
      </Button>
      <span aria-live="polite" className="text-sm text-slate-700">
        {state.status === "success" ? t("listMade") : null}
      </span>
    </form>
  );
}

/**
 * Approves exactly the list on the page: its id is bound into the action.
 * Rendered for every list, so the result stays on screen after the list has
 * been carried out; the button only while the list waits for approval.
 */
export function ApproveForm({ action, count, canApprove }: { action: Action; count: number; canApprove: boolean }) {
  const t = useTranslations("retention");
  const [state, formAction, isPending] = useActionState<RetentionFormState, FormData>(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{t("approved", { removed: state.removed ?? 0, skipped: state.skipped ?? 0 })}</Alert> : null}
        {state.status === "error" && state.formError ? (
          <Alert tone="error">
            {t(`errors.${state.formError}`)}
            {state.staleCases?.length ? ` ${state.staleCases.join(", ")}` : ""}
          </Alert>
        ) : null}
      </div>
      {canApprove ? (
        <SubmitRow pending={isPending} variant="danger">{t("approve", { count })}</SubmitRow>
      ) : null}
    </form>
  );
}
