"use client";

import { useActionState, useState } from "react";
import { fieldErrorText } from "@/lib/form-state";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { JournalFormState } from "@/lib/schemas/journal";
import { CORRECTION_REASON_MAX, JOURNAL_KINDS, JOURNAL_TEXT_MAX } from "@/lib/schemas/form-constants";

type Action = (prev: JournalFormState, formData: FormData) => Promise<JournalFormState>;
type Option = { value: string; label: string };

const INITIAL: JournalFormState = { status: "idle" };

function useJournalForm(action: Action) {
  const t = useTranslations("journal");
  const [state, formAction, isPending] = useActionState(action, INITIAL);
  const error = fieldErrorText(state, t);
  const banner =
    state.status === "error" ? (
      <Alert tone="error">
        {state.formError ? t(`errors.${state.formError}`) : t("errors.formHasErrors")}
        {state.theirs ? (
          <>
            <span className="mt-2 block font-medium">{t("theirVersion")}</span>
            <span className="block whitespace-pre-wrap" data-testid="their-version">
              {state.theirs.text}
            </span>
          </>
        ) : null}
      </Alert>
    ) : state.status === "success" && state.notice ? (
      <Alert tone="success">{t(state.notice)}</Alert>
    ) : null;
  return { t, state, formAction, isPending, error, banner };
}

/** A new draft: its kind (a session or follow-up note names which), who it is about, its text. */
export function NewJournalEntryForm({
  action,
  members,
  sessions,
  followUps,
  fixedSessionId,
}: {
  action: Action;
  members: Option[];
  sessions: Option[];
  followUps: Option[];
  /** On a session's page: the entry is a note of that session. */
  fixedSessionId?: string;
}) {
  const { t, state, formAction, isPending, error, banner } = useJournalForm(action);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const [kind, setKind] = useState(values.kind ?? (fixedSessionId ? "SESSION_NOTE" : "CASE_NOTE"));
  // React resets a form after its action: to the echoed values on an error, empty after a save.
  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <div aria-live="polite">{banner}</div>
      {fixedSessionId ? (
        <>
          <input type="hidden" name="kind" value="SESSION_NOTE" />
          <input type="hidden" name="sessionId" value={fixedSessionId} />
        </>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t("kind")}
            name="kind"
            options={JOURNAL_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
            value={kind}
            onChange={(event) => setKind(event.target.value)}
            error={error("kind")}
          />
          {kind === "SESSION_NOTE" ? (
            <SelectField label={t("session")} name="sessionId" options={[{ value: "", label: t("chooseOne") }, ...sessions]} defaultValue={values.sessionId ?? ""} error={error("sessionId")} />
          ) : null}
          {kind === "FOLLOW_UP_NOTE" ? (
            <SelectField label={t("followUp")} name="followUpId" options={[{ value: "", label: t("chooseOne") }, ...followUps]} defaultValue={values.followUpId ?? ""} error={error("followUpId")} />
          ) : null}
        </div>
      )}
      {members.length > 0 ? (
        <SelectField
          label={t("member")}
          name="householdMemberId"
          options={[{ value: "", label: t("wholeCase") }, ...members]}
          defaultValue={values.householdMemberId ?? ""}
          error={error("householdMemberId")}
        />
      ) : null}
      <TextareaField label={t("text")} name="text" hint={t("textHint", { max: JOURNAL_TEXT_MAX.toLocaleString("sv-SE") })} defaultValue={values.text ?? ""} error={error("text")} rows={5} />
      <SubmitRow pending={isPending}>{t("saveDraft")}</SubmitRow>
    </form>
  );
}

/** The author's draft: change it, or sign it. */
export function JournalDraftForm({
  saveAction,
  signAction,
  entryId,
  text,
  householdMemberId,
  savedAt,
  members,
}: {
  saveAction: Action;
  signAction: Action;
  entryId: string;
  text: string;
  householdMemberId: string | null;
  savedAt: string;
  members: Option[];
}) {
  const save = useJournalForm(saveAction);
  const sign = useJournalForm(signAction);
  const { t } = save;
  const values = save.state.status === "error" ? (save.state.values ?? {}) : {};
  return (
    <div className="flex flex-col gap-3">
      <form action={save.formAction} className="flex flex-col gap-3" noValidate aria-label={t("saveChanges")}>
        <div aria-live="polite">{save.banner}</div>
        <input type="hidden" name="savedAt" value={values.savedAt ?? savedAt} />
        {members.length > 0 ? (
          <SelectField
            id={`member-${entryId}`}
            label={t("member")}
            name="householdMemberId"
            options={[{ value: "", label: t("wholeCase") }, ...members]}
            defaultValue={values.householdMemberId ?? householdMemberId ?? ""}
          />
        ) : null}
        <TextareaField id={`text-${entryId}`} label={t("text")} name="text" defaultValue={values.text ?? text} error={save.error("text")} rows={5} />
        <SubmitRow pending={save.isPending} variant="secondary">{t("saveChanges")}</SubmitRow>
      </form>
      <form action={sign.formAction} className="flex flex-col gap-2" noValidate>
        <div aria-live="polite">{sign.banner}</div>
        <p className="text-xs text-slate-600">{t("signHint")}</p>
        <SubmitRow pending={sign.isPending}>{t("sign")}</SubmitRow>
      </form>
    </div>
  );
}

/** A correction of a signed entry: the new text and the required reason. */
export function JournalCorrectionForm({ action, entryId, text, version }: { action: Action; entryId: string; text: string; version: number }) {
  const { t, state, formAction, isPending, error, banner } = useJournalForm(action);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <details className="rounded-md border border-slate-200 p-3" open={state.status === "error" || undefined}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("correct")}</summary>
      <form action={formAction} className="mt-3 flex flex-col gap-3" noValidate>
        <div aria-live="polite">{banner}</div>
        <input type="hidden" name="version" value={values.version ?? String(version)} />
        <TextareaField id={`correction-text-${entryId}`} label={t("correctionText")} name="text" defaultValue={values.text ?? text} error={error("text")} rows={5} />
        <TextareaField
          id={`correction-reason-${entryId}`}
          label={t("correctionReason")}
          hint={t("correctionReasonHint", { max: CORRECTION_REASON_MAX })}
          name="reason"
          defaultValue={values.reason ?? ""}
          error={error("reason")}
          rows={2}
        />
        <SubmitRow pending={isPending}>{t("saveCorrection")}</SubmitRow>
      </form>
    </details>
  );
}
