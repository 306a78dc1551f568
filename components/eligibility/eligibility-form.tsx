"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type MouseEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { MEMBER_ROLES, PERMIT_GROUNDS } from "@/lib/eligibility";
import {
  FORM_FIELDS,
  INTENTS,
  MAX_FORM_ROWS,
  draftFromFormValues,
  emptyMember,
  memberField,
  removeMemberIntent,
  type EligibilityDraft,
  type EligibilityFormState,
  type MemberDraft,
  type MemberFieldName,
} from "@/lib/eligibility-form";
import { ELIGIBILITY_ERROR_MESSAGES, isEligibilityErrorKey } from "@/lib/schemas/eligibility";
import { EligibilityResults } from "./eligibility-results";
import { languageOf } from "./eligibility-result";

// The household form shared by the what-if calculator and a case's check. Plain named
// fields (lib/eligibility-form.ts), so it posts and answers before JavaScript loads: the
// add and remove buttons then go to the server, which hands the rows back. Once loaded,
// those buttons work in place and the form submits without React's automatic reset.

type Row = MemberDraft & { key: number };
type Draft = Omit<EligibilityDraft, "members"> & { members: Row[] };
type Action = (state: EligibilityFormState, formData: FormData) => Promise<EligibilityFormState>;

export type EligibilityFormProps = {
  action: Action;
  /** Field values to start from, e.g. pre-filled from a case (eligibilityInputToFormValues). */
  initialValues: Record<string, string>;
  countries: { value: string; label: string }[];
  /** Offer "save" once a result is shown (a case's check); the calculator never saves. */
  canSave?: boolean;
};

type Flag = "registeredInSweden" | "hasDebtsToCsnOrKronofogden" | "canPayOwnTravel" | "hadGrantBefore";

function flag(key: Flag, value: boolean): Partial<Pick<Draft, Flag>> {
  return { [key]: value } as Partial<Pick<Draft, Flag>>;
}

function withKeys(draft: EligibilityDraft): Draft {
  return { ...draft, members: draft.members.map((member, index) => ({ ...member, key: index })) };
}

/** HTML ids without dots, so they also work in CSS selectors and URL fragments. */
export function fieldId(name: string): string {
  return `eligibility-${name.replaceAll(".", "-")}`;
}

function describedBy(name: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${fieldId(name)}-hint` : null, hasError ? `${fieldId(name)}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

const INPUT = "rounded-md border px-3 py-2 text-sm shadow-sm";
const borderFor = (error?: string) => (error ? "border-red-700" : "border-slate-400");

function FieldError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="text-sm text-red-800">
      {error}
    </p>
  );
}

function Hint({ name, hint }: { name: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p id={`${fieldId(name)}-hint`} className="text-xs text-slate-600">
      {hint}
    </p>
  );
}

function InputField({
  name,
  label,
  value,
  onChange,
  error,
  hint,
  type = "text",
  inputMode,
  autoComplete = "off",
  className = "",
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: "text" | "date";
  inputMode?: "numeric" | "decimal" | "text";
  autoComplete?: string;
  className?: string;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId(name)} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <Hint name={name} hint={hint} />
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}
        className={`${INPUT} ${borderFor(error)}`}
      />
      <FieldError name={name} error={error} />
    </div>
  );
}

function SelectInput({
  name,
  label,
  value,
  onChange,
  options,
  error,
  className = "",
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  className?: string;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={fieldId(name)} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={fieldId(name)}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, false, Boolean(error))}
        className={`${INPUT} bg-white ${borderFor(error)}`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} error={error} />
    </div>
  );
}

function CheckboxField({
  name,
  label,
  checked,
  onChange,
  error,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input
          id={fieldId(name)}
          name={name}
          type="checkbox"
          value="true"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, false, Boolean(error))}
          className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
        />
        <label htmlFor={fieldId(name)} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      <FieldError name={name} error={error} />
    </div>
  );
}

export function EligibilityForm({ action, initialValues, countries, canSave = false }: EligibilityFormProps) {
  const t = useTranslations("eligibility");
  const language = languageOf(useLocale());
  const [state, formAction, isPending] = useActionState(action, { status: "idle" } satisfies EligibilityFormState);
  // Before JavaScript the server renders the state an action returned, so start from its values.
  const [draft, setDraft] = useState<Draft>(() => withKeys(draftFromFormValues(state.values ?? initialValues)));
  const [nextKey, setNextKey] = useState(() => draft.members.length);
  const [isStale, setIsStale] = useState(false);
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

  const errorFor = (name: string): string | undefined => {
    const key = state.fieldErrors?.[name]?.[0];
    if (!key) return undefined;
    return isEligibilityErrorKey(key) ? ELIGIBILITY_ERROR_MESSAGES[key][language] : ELIGIBILITY_ERROR_MESSAGES["eligibility.errors.invalid"][language];
  };
  const errorList = Object.entries(state.fieldErrors ?? {}).flatMap(([name, keys]) =>
    (keys ?? []).map((key) => ({
      name,
      message: isEligibilityErrorKey(key) ? ELIGIBILITY_ERROR_MESSAGES[key][language] : key,
    })),
  );

  const update = (change: Partial<Omit<Draft, "members">>) => {
    setDraft((current) => ({ ...current, ...change }));
    setIsStale(true);
  };
  const updateMember = (key: number, change: Partial<MemberDraft>) => {
    setDraft((current) => ({
      ...current,
      members: current.members.map((member) => (member.key === key ? { ...member, ...change } : member)),
    }));
    setIsStale(true);
  };

  const addMember = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    if (draft.members.length >= MAX_FORM_ROWS) return;
    const hasApplicant = draft.members.some((member) => member.role === "APPLICANT");
    const row: Row = { ...emptyMember(hasApplicant ? "CHILD" : "APPLICANT"), key: nextKey };
    setNextKey(nextKey + 1);
    setDraft({ ...draft, members: [...draft.members, row] });
    setIsStale(true);
    focusAfterRender.current = fieldId(memberField(draft.members.length, "role"));
    setAnnouncement(t("form.memberAdded", { number: draft.members.length + 1 }));
  };

  const removeMember = (event: MouseEvent<HTMLButtonElement>, key: number, position: number) => {
    event.preventDefault();
    if (draft.members.length <= 1) return;
    setDraft({ ...draft, members: draft.members.filter((member) => member.key !== key) });
    setIsStale(true);
    focusAfterRender.current = "add";
    setAnnouncement(t("form.memberRemoved", { number: position + 1 }));
  };

  // Submitted by hand so React does not reset the fields after the action; the button
  // pressed (its intent) goes along as it would in a plain post.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement ? submitter : null);
    setIsStale(false);
    setAnnouncement("");
    startTransition(() => formAction(formData));
  };

  const results = state.results ?? [];
  const resultLabels = draftFromFormValues(state.values ?? {}).members.map((member) => member.label || null);
  const shownResult = results.find((result) => result.ruleSet.inForceOnApplicationDate) ?? results[0];
  const roleOptions = MEMBER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const groundOptions = [
    { value: "", label: t("form.noPermit") },
    ...PERMIT_GROUNDS.map((ground) => ({ value: ground, label: t(`grounds.${ground}`) })),
  ];
  const countryChoices = [{ value: "", label: t("form.chooseCountry") }, ...countries];
  const field = (row: number, name: MemberFieldName) => memberField(row, name);

  return (
    <div className="flex flex-col gap-6">
      <form action={formAction} onSubmit={submit} noValidate className="flex flex-col gap-6">
        {state.status === "error" && errorList.length > 0 ? (
          <div
            ref={summaryRef}
            tabIndex={-1}
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
          >
            <p className="font-semibold">{t("form.errorSummary")}</p>
            <ul className="mt-1 list-disc pl-5">
              {errorList.map(({ name, message }, index) => (
                <li key={`${name}-${index}`}>
                  <a href={`#${fieldId(name === FORM_FIELDS.members ? "members-section" : name)}`} className="underline">
                    {message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.formError ? <Alert tone="error">{t(`form.${state.formError}`)}</Alert> : null}

        <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
          <legend className="px-1 text-base font-semibold">{t("form.applicationSection")}</legend>
          <InputField
            name={FORM_FIELDS.applicationDate}
            label={t("form.applicationDate")}
            hint={t("form.applicationDateHint")}
            type="date"
            value={draft.applicationDate}
            onChange={(value) => update({ applicationDate: value })}
            error={errorFor(FORM_FIELDS.applicationDate)}
          />
          <InputField
            name={FORM_FIELDS.travelCostSek}
            label={t("form.travelCostSek")}
            hint={t("form.travelCostHint")}
            inputMode="numeric"
            value={draft.travelCostSek}
            onChange={(value) => update({ travelCostSek: value })}
            error={errorFor(FORM_FIELDS.travelCostSek)}
          />
          <SelectInput
            name={FORM_FIELDS.destinationCountry}
            label={t("form.destinationCountry")}
            options={countryChoices}
            value={draft.destinationCountry}
            onChange={(value) => update({ destinationCountry: value })}
            error={errorFor(FORM_FIELDS.destinationCountry)}
          />
          <div className="flex items-end pb-2">
            <CheckboxField
              name={FORM_FIELDS.destinationIsHomeCountry}
              label={t("form.destinationIsHomeCountry")}
              checked={draft.destinationIsHomeCountry}
              onChange={(checked) => update({ destinationIsHomeCountry: checked })}
              error={errorFor(FORM_FIELDS.destinationIsHomeCountry)}
            />
          </div>
        </fieldset>

        <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-base font-semibold">{t("form.circumstancesSection")}</legend>
          {(
            [
              ["registeredInSweden", FORM_FIELDS.registeredInSweden],
              ["hasDebtsToCsnOrKronofogden", FORM_FIELDS.hasDebtsToCsnOrKronofogden],
              ["canPayOwnTravel", FORM_FIELDS.canPayOwnTravel],
              ["hadGrantBefore", FORM_FIELDS.hadGrantBefore],
            ] as const
          ).map(([key, name]) => (
            <CheckboxField
              key={name}
              name={name}
              label={t(`form.${key}`)}
              checked={draft[key]}
              onChange={(checked) => update(flag(key, checked))}
              error={errorFor(name)}
            />
          ))}
        </fieldset>

        <fieldset
          id={fieldId("members-section")}
          tabIndex={-1}
          aria-describedby={describedBy(FORM_FIELDS.members, true, Boolean(errorFor(FORM_FIELDS.members)))}
          className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
        >
          <legend className="px-1 text-base font-semibold">{t("form.membersSection")}</legend>
          <Hint name={FORM_FIELDS.members} hint={t("form.membersHint")} />
          <FieldError name={FORM_FIELDS.members} error={errorFor(FORM_FIELDS.members)} />
          <ol className="flex flex-col gap-4">
            {draft.members.map((member, row) => {
              const number = row + 1;
              const title = member.label ? t("form.personNamed", { number, name: member.label }) : t("form.person", { number });
              return (
                <li key={member.key}>
                  <fieldset className="grid gap-3 rounded-md border border-slate-300 p-3 sm:grid-cols-2 lg:grid-cols-3">
                    <legend className="px-1 font-medium">{title}</legend>
                    {member.label ? <input type="hidden" name={field(row, "label")} value={member.label} /> : null}
                    <SelectInput
                      name={field(row, "role")}
                      label={t("form.role")}
                      options={roleOptions}
                      value={member.role}
                      onChange={(value) => updateMember(member.key, { role: value })}
                      error={errorFor(field(row, "role"))}
                    />
                    <InputField
                      name={field(row, "birthDate")}
                      label={t("form.birthDate")}
                      type="date"
                      value={member.birthDate}
                      onChange={(value) => updateMember(member.key, { birthDate: value })}
                      error={errorFor(field(row, "birthDate"))}
                    />
                    <InputField
                      name={field(row, "citizenships")}
                      label={t("form.citizenships")}
                      hint={t("form.citizenshipsHint")}
                      value={member.citizenships}
                      onChange={(value) => updateMember(member.key, { citizenships: value })}
                      error={errorFor(field(row, "citizenships"))}
                    />
                    <SelectInput
                      name={field(row, "permit.ground")}
                      label={t("form.permitGround")}
                      options={groundOptions}
                      value={member.permitGround}
                      onChange={(value) => updateMember(member.key, { permitGround: value })}
                      error={errorFor(field(row, "permit.ground"))}
                    />
                    {member.permitGround ? (
                      <>
                        <InputField
                          name={field(row, "permit.grantedOn")}
                          label={t("form.permitGrantedOn")}
                          type="date"
                          value={member.permitGrantedOn}
                          onChange={(value) => updateMember(member.key, { permitGrantedOn: value })}
                          error={errorFor(field(row, "permit.grantedOn"))}
                        />
                        <div className="flex items-end pb-2">
                          <CheckboxField
                            name={field(row, "permit.permanent")}
                            label={t("form.permitPermanent")}
                            checked={member.permitPermanent}
                            onChange={(checked) => updateMember(member.key, { permitPermanent: checked })}
                            error={errorFor(field(row, "permit.permanent"))}
                          />
                        </div>
                      </>
                    ) : null}
                    {member.role === "APPLICANT" ? null : (
                      <div className="flex items-end pb-2">
                        <CheckboxField
                          name={field(row, "livesWithApplicant")}
                          label={t("form.livesWithApplicant")}
                          checked={member.livesWithApplicant}
                          onChange={(checked) => updateMember(member.key, { livesWithApplicant: checked })}
                          error={errorFor(field(row, "livesWithApplicant"))}
                        />
                      </div>
                    )}
                    {draft.members.length > 1 ? (
                      <div className="flex items-end sm:col-span-2 lg:col-span-3">
                        <Button
                          type="submit"
                          variant="secondary"
                          name="intent"
                          value={removeMemberIntent(row)}
                          onClick={(event) => removeMember(event, member.key, row)}
                        >
                          {t("form.removeMember", { number })}
                        </Button>
                      </div>
                    ) : null}
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <div>
            {draft.members.length < MAX_FORM_ROWS ? (
              <button
                ref={addButtonRef}
                type="submit"
                name="intent"
                value={INTENTS.addMember}
                onClick={addMember}
                className={buttonClasses("secondary")}
              >
                {t("form.addMember")}
              </button>
            ) : (
              <p className="text-sm text-slate-700">{t("form.maxMembers", { max: MAX_FORM_ROWS })}</p>
            )}
          </div>
        </fieldset>

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" name="intent" value={INTENTS.calculate} disabled={isPending}>
            {isPending ? t("form.calculating") : t("form.calculate")}
          </Button>
          {canSave && shownResult && !isStale ? (
            <Button type="submit" name="intent" value={INTENTS.save} disabled={isPending}>
              {t("form.save")}
            </Button>
          ) : null}
        </div>
        {canSave && shownResult && isStale ? <Alert tone="info">{t("form.staleResult")}</Alert> : null}
        {canSave && shownResult && !isStale ? <p className="text-sm text-slate-700">{t("form.previewNotSaved")}</p> : null}
      </form>

      <p aria-live="polite" className="sr-only">
        {announcement || (shownResult && !isStale ? t("form.resultReady", { outcome: t(`result.outcome.${shownResult.outcome}`) }) : "")}
      </p>

      {state.ruleChangeOn && results.length === 1 ? <Alert tone="info">{t("compare.ruleChangeNear", { date: state.ruleChangeOn })}</Alert> : null}
      {results.length > 0 ? (
        <div className={isStale ? "opacity-60" : undefined}>
          <EligibilityResults results={results} memberLabels={resultLabels} />
        </div>
      ) : null}
    </div>
  );
}
