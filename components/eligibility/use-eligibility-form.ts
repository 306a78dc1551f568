"use client";

import { startTransition, useActionState, useEffect, useReducer, useRef, useState, type FormEvent, type MouseEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import {
  INITIAL_ELIGIBILITY_FORM_STATE,
  canAddRow,
  canRemoveRow,
  editDraft,
  initialDraftState,
  memberField,
  type EligibilityFormState,
} from "@/lib/eligibility-form";
import { ELIGIBILITY_ERROR_MESSAGES, isEligibilityErrorKey } from "@/lib/schemas/eligibility";
import { languageOf } from "./eligibility-result";
import { fieldId } from "./form-fields";

export type EligibilityFormAction = (state: EligibilityFormState, formData: FormData) => Promise<EligibilityFormState>;

/**
 * The eligibility form's state in one place: the action's answer, the draft being edited
 * (lib/eligibility-form/draft-reducer.ts), where focus goes when rows come and go, and
 * what a screen reader is told. The parts of the form only render and report edits.
 */
export function useEligibilityForm(action: EligibilityFormAction, initialValues: Record<string, string>) {
  const t = useTranslations("eligibility.form");
  const language = languageOf(useLocale());
  const [state, formAction, isPending] = useActionState(action, INITIAL_ELIGIBILITY_FORM_STATE);
  // Before JavaScript the server renders the state an action returned, so start from its values.
  const [{ draft, isStale }, edit] = useReducer(editDraft, state.values ?? initialValues, initialDraftState);
  const [announcement, setAnnouncement] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
  }, [state]);

  useEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    focusAfterRender.current = null;
    (id === "add" ? addButtonRef.current : document.getElementById(id))?.focus();
  }, [draft.members.length]);

  const message = (key: string) =>
    (isEligibilityErrorKey(key) ? ELIGIBILITY_ERROR_MESSAGES[key] : ELIGIBILITY_ERROR_MESSAGES["eligibility.errors.invalid"])[language];
  const errorFor = (name: string): string | undefined => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? message(key) : undefined;
  };
  const errors = Object.entries(state.fieldErrors ?? {}).flatMap(([name, keys]) => (keys ?? []).map((key) => ({ name, message: message(key) })));

  // The row buttons post to the server before JavaScript loads; once it has, they work in place.
  const addMember = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    const count = draft.members.length;
    if (!canAddRow(count)) return;
    edit({ type: "addMember" });
    focusAfterRender.current = fieldId(memberField(count, "role"));
    setAnnouncement(t("memberAdded", { number: count + 1 }));
  };

  const removeMember = (event: MouseEvent<HTMLButtonElement>, key: number, position: number) => {
    event.preventDefault();
    if (!canRemoveRow(draft.members.length)) return;
    edit({ type: "removeMember", key });
    focusAfterRender.current = "add";
    setAnnouncement(t("memberRemoved", { number: position + 1 }));
  };

  // Submitted by hand so React does not reset the fields after the action; the button
  // pressed (its intent) goes along as it would in a plain post.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement ? submitter : null);
    edit({ type: "sent" });
    setAnnouncement("");
    startTransition(() => formAction(formData));
  };

  return { state, formAction, isPending, draft, isStale, edit, announcement, errorFor, errors, summaryRef, addButtonRef, addMember, removeMember, submit };
}
