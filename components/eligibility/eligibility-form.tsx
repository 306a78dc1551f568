"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { CaseFactsFields } from "./case-facts-fields";
import { FormErrorSummary } from "./form-error-summary";
import { FormResults, FormSubmitButtons } from "./form-result";
import { HouseholdFields } from "./household-fields";
import { useEligibilityForm, type EligibilityFormAction } from "./use-eligibility-form";

// The household form shared by the what-if calculator and a case's check. Plain named
// fields (lib/eligibility-form), so it posts and answers before JavaScript loads: the
// add and remove buttons then go to the server, which hands the rows back. Once loaded,
// those buttons work in place and the form submits without React's automatic reset.
// Its parts: the case facts, the household (each person with their permit), the result;
// their state lives in useEligibilityForm.

export type EligibilityFormProps = {
  action: EligibilityFormAction;
  /** Field values to start from, e.g. pre-filled from a case (eligibilityInputToFormValues). */
  initialValues: Record<string, string>;
  countries: { value: string; label: string }[];
  /** Offer "save" once a result is shown (a case's check); the calculator never saves. */
  canSave?: boolean;
};

export function EligibilityForm({ action, initialValues, countries, canSave = false }: EligibilityFormProps) {
  const t = useTranslations("eligibility.form");
  const form = useEligibilityForm(action, initialValues);
  const { state, isStale, edit } = form;
  const { members, ...facts } = form.draft;

  return (
    <div className="flex flex-col gap-6">
      <form action={form.formAction} onSubmit={form.submit} noValidate className="flex flex-col gap-6">
        {state.status === "error" ? <FormErrorSummary errors={form.errors} summaryRef={form.summaryRef} /> : null}
        {state.formError ? <Alert tone="error">{t(state.formError)}</Alert> : null}
        <CaseFactsFields facts={facts} countries={countries} errorFor={form.errorFor} onChange={(change) => edit({ type: "changeFacts", change })} />
        <HouseholdFields
          members={members}
          countries={countries}
          errorFor={form.errorFor}
          onChangeMember={(key, change) => edit({ type: "changeMember", key, change })}
          onAdd={form.addMember}
          onRemove={form.removeMember}
          addButtonRef={form.addButtonRef}
        />
        <FormSubmitButtons isPending={form.isPending} canSave={canSave} hasResult={(state.results ?? []).length > 0} isStale={isStale} />
      </form>
      <FormResults state={state} isStale={isStale} announcement={form.announcement} />
    </div>
  );
}
