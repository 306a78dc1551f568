"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { fieldErrorText } from "@/lib/form-state";
import { INITIAL_BATCH_STATE, type BatchState } from "./batch-state";
import { formatOfficeDateTime } from "@/lib/dates";

type BatchAction = (prev: BatchState, formData: FormData) => Promise<BatchState>;

export type BatchRow = { id: string; version: number; caseNumber: string; cells: string[] };

/**
 * A table of cases to tick, an adviser to choose and a button: the intake
 * queue's "assign" and the bulk reassignment's "preview, then confirm"
 * (with `previewAction`). Each checkbox sends "<id>:<version>", so a case
 * changed since the list was shown is refused, never moved half-known.
 * Works without JavaScript; with it, one box ticks or clears them all.
 */
export function CaseBatchForm({
  rows,
  headers,
  caption,
  advisers,
  action,
  previewAction,
  submitLabel,
  adviserLabel,
  allChecked = false,
  emptyText,
}: {
  rows: BatchRow[];
  headers: string[];
  caption: string;
  advisers: { id: string; name: string }[];
  action: BatchAction;
  previewAction?: BatchAction;
  submitLabel: string;
  adviserLabel: string;
  allChecked?: boolean;
  /** Shown instead of the table when no case is left: the confirmation of the move that emptied it stays above it. */
  emptyText: string;
}) {
  const t = useTranslations("workflow");
  const [state, submit, isPending] = useActionState(previewAction ?? action, INITIAL_BATCH_STATE);
  const [confirmState, confirm, isConfirming] = useActionState(action, INITIAL_BATCH_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  const error = fieldErrorText(state, t);
  const shown = previewAction ? confirmState : state;
  const chosen = new Set(state.values?.cases?.split(",") ?? []);

  const toggleAll = (checked: boolean) => {
    formRef.current?.querySelectorAll<HTMLInputElement>('input[name="cases"]').forEach((box) => (box.checked = checked));
  };

  return (
    <div className="flex flex-col gap-6">
      <div aria-live="polite">
        {shown.done ? <Alert tone="success">{previewAction ? t("reassign.done", { count: shown.done.count, name: shown.done.adviserName }) : t("queue.assigned", { count: shown.done.count })}</Alert> : null}
        {shown.formError ? <Alert tone="error">{t(`errors.${shown.formError}`)}</Alert> : null}
        {!previewAction && state.fieldErrors?.cases ? <Alert tone="error">{t(`errors.${state.fieldErrors.cases[0]}`)}</Alert> : null}
        {previewAction && state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
        {previewAction && state.fieldErrors?.cases ? <Alert tone="error">{t(`errors.${state.fieldErrors.cases[0]}`)}</Alert> : null}
      </div>
      {/* With no case left the form goes, its state (the confirmation of the move that emptied the list) stays. */}
      {rows.length === 0 ? (
        <p className="text-slate-700">{emptyText}</p>
      ) : (
        <form ref={formRef} action={submit} className="flex flex-col gap-4" noValidate>
          <Table
            caption={caption}
            headers={[
              <label key="all" className="flex items-center gap-2">
                <input type="checkbox" className="h-4 w-4 accent-brand-600" defaultChecked={allChecked} onChange={(event) => toggleAll(event.currentTarget.checked)} />
                <span>{t("reassign.selectAll")}</span>
              </label>,
              ...headers,
            ]}
          >
            {rows.map((row) => {
              const value = `${row.id}:${row.version}`;
              return (
                <tr key={row.id}>
                  <Cell>
                    <input
                      type="checkbox"
                      name="cases"
                      value={value}
                      aria-label={t("queue.selectCase", { number: row.caseNumber })}
                      defaultChecked={allChecked || chosen.has(value)}
                      className="h-4 w-4 accent-brand-600"
                    />
                  </Cell>
                  <RowHeader className="whitespace-nowrap font-mono font-medium">{row.caseNumber}</RowHeader>
                  {row.cells.map((cell, index) => (
                    <Cell key={index}>{cell}</Cell>
                  ))}
                </tr>
              );
            })}
          </Table>
          <div className="flex flex-wrap items-end gap-4">
            <SelectField
              id="batch-adviserId"
              label={adviserLabel}
              name="adviserId"
              defaultValue={state.values?.adviserId ?? ""}
              options={[{ value: "", label: "–" }, ...advisers.map((adviser) => ({ value: adviser.id, label: adviser.name }))]}
              error={error("adviserId")}
            />
            <Button type="submit" variant={previewAction ? "secondary" : "primary"} disabled={isPending}>
              {submitLabel}
            </Button>
          </div>
        </form>
      )}

      {previewAction && state.preview && state.selection && !(confirmState.done && confirmState.selection?.join() === state.selection.join()) ? (
        <section aria-labelledby="preview-heading" className="flex flex-col gap-3 rounded-lg border border-brand-600 bg-white p-4">
          <h2 id="preview-heading" className="text-lg font-semibold">
            {t("reassign.previewHeading")}
          </h2>
          <ul className="list-disc pl-5 text-sm">
            <li>{t("reassign.gains", { name: state.preview.toAdviserName, count: state.preview.gains })}</li>
            <li>
              {state.preview.newlyVisible
                ? t("reassign.newlyVisible", { name: state.preview.toAdviserName, count: state.preview.newlyVisible })
                : t("reassign.alreadyVisible", { name: state.preview.toAdviserName })}
            </li>
            {state.preview.losing.map((from) => (
              <li key={from.adviserId}>{t(from.keepsSightThroughTeam ? "reassign.losesKeeps" : "reassign.losesSight", { name: from.name, count: from.count })}</li>
            ))}
          </ul>
          <h3 className="font-semibold">{t("reassign.grantsHeading")}</h3>
          <p className="text-sm text-slate-700">{t("reassign.grantsNote")}</p>
          {state.preview.grants.length ? (
            <ul className="list-disc pl-5 text-sm">
              {state.preview.grants.map((grant, index) => (
                <li key={index}>
                  {t("reassign.grant", { holder: grant.holderName, number: grant.caseNumber, until: formatOfficeDateTime(new Date(grant.expiresAt)) })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">{t("reassign.noGrants")}</p>
          )}
          <h3 className="font-semibold">{t("reassign.casesHeading")}</h3>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {state.preview.cases.map((row) => (
              <li key={row.id} className="font-mono">
                {t("reassign.caseLine", { number: row.caseNumber, from: row.fromAdviserName ?? t("inQueue") })}
              </li>
            ))}
          </ul>
          <form action={confirm}>
            {state.selection.map((value) => (
              <input key={value} type="hidden" name="cases" value={value} />
            ))}
            <input type="hidden" name="adviserId" value={state.values?.adviserId ?? ""} />
            <Button type="submit" disabled={isConfirming}>
              {t("reassign.confirm")}
            </Button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
