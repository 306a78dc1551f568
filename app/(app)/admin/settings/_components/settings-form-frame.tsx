"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import type { FormState } from "@/lib/form-state";

/**
 * One section of the settings page: its heading (which names the form), the
 * answer to the last save, the fields, and the save button. Each settings form
 * brings only its fields and its words.
 */
export function SettingsFormFrame({
  id,
  title,
  intro,
  state,
  formAction,
  isPending,
  text,
  children,
}: {
  /** Unique on the page: the heading's id is derived from it. */
  id: string;
  title: string;
  intro?: string;
  state: FormState;
  formAction: (formData: FormData) => void;
  isPending: boolean;
  text: { saved: string; hasErrors: string; save: string };
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <EditForm state={state} action={formAction} className="grid gap-4" noValidate aria-labelledby={headingId}>
      <div>
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        {intro ? <p className="mt-1 text-sm text-slate-700">{intro}</p> : null}
      </div>
      <div aria-live="polite">
        {state.status === "success" ? <Alert tone="success">{text.saved}</Alert> : null}
        {state.status === "error" ? <Alert tone="error">{text.hasErrors}</Alert> : null}
      </div>
      {children}
      <SubmitRow pending={isPending}>{text.save}</SubmitRow>
    </EditForm>
  );
}
