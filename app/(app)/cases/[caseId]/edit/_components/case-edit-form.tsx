"use client";

import Link from "next/link";
import { fieldErrorText } from "@/lib/form-state";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { FormErrorAlert } from "@/components/ui/form-error-alert";
import { Button } from "@/components/ui/button";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import { EditForm } from "@/components/ui/edit-form";

import { CaseDetailFields, PersonFields, type CaseFieldOptions } from "../../../_components/case-fields";
import { updateCaseAction, type CaseEditState } from "../actions";
import { formatOfficeDateTime } from "@/lib/dates";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { CASE_FORM_FIELDS, FORM_FIELDS_OF } from "@/lib/schemas/form-constants";

const INITIAL: CaseEditState = { status: "idle" };

type Props = { caseId: string; version: number; initial: Record<string, string>; options: CaseFieldOptions };

export function CaseEditForm({ caseId, version, initial, options }: Props) {
  const t = useTranslations("cases");
  const tGround = useTranslations("permitGround");
  const tAsylum = useTranslations("asylumStatus");
  const [state, action, isPending] = useActionState(updateCaseAction.bind(null, caseId), INITIAL);
  const values = state.values ?? initial;
  const conflict = state.conflict;
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status !== "error") return;
    const invalid = conflict && !state.fieldErrors ? null : document.querySelector<HTMLElement>("#case-edit [aria-invalid='true']");
    (invalid ?? alertRef.current)?.focus();
  }, [state, conflict]);

  const error = fieldErrorText(state, t);

  const labels = new Map([...options.countries, ...options.languages].map((option) => [option.value, option.label]));
  const shown = (field: (typeof CASE_FORM_FIELDS)[number], from: Record<string, string>): string => {
    const parts = FORM_FIELDS_OF[field].map((name) => from[name] ?? "").filter(Boolean);
    if (parts.length === 0) return t("none");
    switch (field) {
      case "permitGround":
        return tGround(parts[0]!);
      case "asylumStatus":
        return tAsylum(parts[0]!);
      case "permitPermanent":
        return t(`permitKinds.${parts[0] as "PERMANENT" | "TEMPORARY"}`);
      case "isRegisteredInSweden":
      case "destinationIsHomeCountry":
        return t("yes");
      default:
        return parts.map((part) => labels.get(part) ?? part).join(", ");
    }
  };
  const changedByThem = conflict
    ? CASE_FORM_FIELDS.filter((field) => FORM_FIELDS_OF[field].some((name) => (conflict.current[name] ?? "") !== (conflict.base[name] ?? "")))
    : [];

  return (
    <EditForm state={state} id="case-edit" action={action} className="flex flex-col gap-6" noValidate>
      <div aria-live="polite" ref={alertRef} tabIndex={-1}>
        {state.status === "error" && conflict ? (
          <ConflictPanel
            heading="h3"
            title={t("conflictTitle")}
            body={t("conflictBody", { who: conflict.changedBy ?? t("conflictSomeone"), when: conflict.changedAt ? formatOfficeDateTime(new Date(conflict.changedAt)) : "" })}
          >
            {changedByThem.length ? (
              <ScrollRegion label={t("conflictTitle")} className="rounded border border-red-200 bg-white text-slate-900">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{t("conflictTitle")}</caption>
                  <thead className="bg-slate-100">
                    <tr>
                      <th scope="col" className="px-3 py-2">
                        {t("conflictColumns.field")}
                      </th>
                      <th scope="col" className="px-3 py-2">
                        {t("conflictColumns.theirs")}
                      </th>
                      <th scope="col" className="px-3 py-2">
                        {t("conflictColumns.yours")}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200">
                    {changedByThem.map((field) => (
                      <tr key={field}>
                        <th scope="row" className="px-3 py-2 font-medium">
                          {t(`fields.${field}`)}
                        </th>
                        <td className="px-3 py-2">{shown(field, conflict.current)}</td>
                        <td className="px-3 py-2">{shown(field, values)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            ) : (
              <p>{t("conflictNoFieldChanges")}</p>
            )}
          </ConflictPanel>
        ) : null}
        <FormErrorAlert state={state} namespace="cases" show={state.status === "error" && !conflict} />
        {state.status === "error" && conflict && state.fieldErrors ? <Alert tone="error">{t("formHasErrors")}</Alert> : null}
      </div>
      <input type="hidden" name="version" value={values.version ?? String(version)} />
      <input type="hidden" name="baseValues" value={JSON.stringify(conflict?.current ?? initial)} />
      <PersonFields values={values} error={error} />
      <CaseDetailFields values={values} error={error} options={options} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending}>
          {t("save")}
        </Button>
        <Link href={`/cases/${caseId}`} className="text-sm text-brand-700 underline">
          {t("cancel")}
        </Link>
      </div>
    </EditForm>
  );
}
