"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitRow } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { PROTECTED_IDENTITY_KINDS } from "@/lib/vocabularies/protected-identity";
import { markProtectedAction, nameProtectedAccessAction, removeProtectedAccessAction, revealContactAction, unmarkProtectedAction, type RevealState } from "./actions";

// The forms of protected personal data on the case overview (issue 13 part 1).
// Each asks for a reason; each is folded away until asked for.

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

function useProtectionForm(action: (prev: RevealState, formData: FormData) => Promise<RevealState>) {
  const t = useTranslations("protectedIdentity");
  const [state, formAction, isPending] = useActionState(action, INITIAL_FORM_STATE as RevealState);
  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? t(`errors.${key}`) : undefined;
  };
  const banner =
    state.status === "error" ? <Alert tone="error">{state.formError ? t(`errors.${state.formError}`) : t("errors.reasonRequired")}</Alert> : null;
  return { t, state, formAction, isPending, error, banner };
}

function ReasonField({ id, label, error, defaultValue }: { id: string; label?: string; error?: string; defaultValue?: string }) {
  const t = useTranslations("protectedIdentity");
  return <TextareaField id={id} label={label ?? t("reason")} name="reason" hint={t("reasonHint")} rows={2} maxLength={500} defaultValue={defaultValue} error={error} />;
}

export function MarkProtectedForm({ caseId }: { caseId: string }) {
  const { t, state, formAction, isPending, error, banner } = useProtectionForm(markProtectedAction.bind(null, caseId) as Action);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm" open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer font-medium text-brand-700">{t("markSummary")}</summary>
      <form action={formAction} className="mt-2 grid gap-3" noValidate>
        <div aria-live="polite">{banner}</div>
        <SelectField
          id="protection-kind"
          label={t("kind")}
          name="kind"
          defaultValue={state.values?.kind ?? ""}
          error={error("kind")}
          options={[{ value: "", label: "" }, ...PROTECTED_IDENTITY_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))]}
        />
        <ReasonField id="protection-reason" error={error("reason")} defaultValue={state.values?.reason} />
        <SubmitRow pending={isPending} variant="danger">{t("mark")}</SubmitRow>
      </form>
    </details>
  );
}

export function UnmarkProtectedForm({ caseId }: { caseId: string }) {
  const { t, state, formAction, isPending, error, banner } = useProtectionForm(unmarkProtectedAction.bind(null, caseId) as Action);
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm" open={state.status === "error" ? true : undefined}>
      <summary className="cursor-pointer font-medium text-brand-700">{t("unmarkSummary")}</summary>
      <form action={formAction} className="mt-2 grid gap-3" noValidate>
        <div aria-live="polite">{banner}</div>
        <ReasonField id="unprotect-reason" error={error("reason")} defaultValue={state.values?.reason} />
        <SubmitRow pending={isPending} variant="secondary">{t("unmark")}</SubmitRow>
      </form>
    </details>
  );
}

export function RevealContactForm({ caseId, labels }: { caseId: string; labels: { phone: string; email: string; address: string; none: string } }) {
  const { t, state, formAction, isPending, error, banner } = useProtectionForm(revealContactAction.bind(null, caseId));
  const contact = state.status === "success" ? state.contact : undefined;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm" open={state.status !== "idle" ? true : undefined}>
      <summary className="cursor-pointer font-medium text-brand-700">{t("revealSummary")}</summary>
      <form action={formAction} className="mt-2 grid gap-3" noValidate>
        <div aria-live="polite">
          {banner}
          {contact ? (
            <div className="grid gap-2">
              <Alert tone="info">{t("revealed")}</Alert>
              <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="revealed-contact">
                <dt className="font-medium text-slate-700">{labels.phone}</dt>
                <dd>{contact.phone ?? labels.none}</dd>
                <dt className="font-medium text-slate-700">{labels.email}</dt>
                <dd className="break-all">{contact.email ?? labels.none}</dd>
                <dt className="font-medium text-slate-700">{labels.address}</dt>
                <dd>{contact.address ?? labels.none}</dd>
              </dl>
            </div>
          ) : null}
        </div>
        <ReasonField id="reveal-reason" label={t("revealReason")} error={error("reason")} />
        <SubmitRow pending={isPending} variant="secondary">{t("reveal")}</SubmitRow>
      </form>
    </details>
  );
}

export function NameProtectedAccessForm({ caseId, candidates }: { caseId: string; candidates: { id: string; name: string }[] }) {
  const { t, state, formAction, isPending, error, banner } = useProtectionForm(nameProtectedAccessAction.bind(null, caseId) as Action);
  return (
    <form action={formAction} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm" noValidate>
      <div aria-live="polite">{banner}</div>
      <SelectField
        id="named-user"
        label={t("nameUser")}
        name="userId"
        defaultValue={state.values?.userId ?? ""}
        error={error("userId")}
        options={[{ value: "", label: t("nameUserPlaceholder") }, ...candidates.map((candidate) => ({ value: candidate.id, label: candidate.name }))]}
      />
      <ReasonField id="named-reason" error={error("reason")} defaultValue={state.values?.reason} />
      <SubmitRow pending={isPending} variant="secondary">{t("name")}</SubmitRow>
    </form>
  );
}

export function RemoveProtectedAccessForm({ caseId, userId, name }: { caseId: string; userId: string; name: string }) {
  const { t, formAction, isPending, banner } = useProtectionForm(removeProtectedAccessAction.bind(null, caseId, userId) as Action);
  return (
    <form action={formAction}>
      <div aria-live="polite">{banner}</div>
      <Button type="submit" variant="ghost" disabled={isPending}>
        {t("removeNamed", { name })}
      </Button>
    </form>
  );
}
