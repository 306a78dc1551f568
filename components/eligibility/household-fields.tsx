import type { MouseEvent, Ref } from "react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { FORM_FIELDS, INTENTS, MAX_FORM_ROWS, canAddRow, canRemoveRow, type DraftRow, type MemberDraft } from "@/lib/eligibility-form";
import { FieldNote, describedBy, fieldId, type ErrorFor } from "./form-fields";
import { MemberFields } from "./member-fields";

type RowButtonEvent = MouseEvent<HTMLButtonElement>;

/** The people in the household, one row each, with the buttons that add and remove rows. */
export function HouseholdFields({
  members,
  countries,
  errorFor,
  onChangeMember,
  onAdd,
  onRemove,
  addButtonRef,
}: {
  members: DraftRow[];
  countries: { value: string; label: string }[];
  errorFor: ErrorFor;
  onChangeMember: (key: number, change: Partial<MemberDraft>) => void;
  onAdd: (event: RowButtonEvent) => void;
  onRemove: (event: RowButtonEvent, key: number, position: number) => void;
  addButtonRef: Ref<HTMLButtonElement>;
}) {
  const t = useTranslations("eligibility.form");
  const householdError = errorFor(FORM_FIELDS.members);
  return (
    <fieldset
      id={fieldId("members-section")}
      tabIndex={-1}
      aria-describedby={describedBy(FORM_FIELDS.members, true, Boolean(householdError))}
      className="flex min-w-0 flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <legend className="px-1 text-base font-semibold">{t("membersSection")}</legend>
      <FieldNote name={FORM_FIELDS.members} kind="hint" text={t("membersHint")} />
      <FieldNote name={FORM_FIELDS.members} kind="error" text={householdError} />
      <ol className="flex flex-col gap-4">
        {members.map((member, row) => (
          <li key={member.key}>
            <MemberFields
              member={member}
              row={row}
              countries={countries}
              errorFor={errorFor}
              onChange={(change) => onChangeMember(member.key, change)}
              onRemove={canRemoveRow(members.length) ? (event) => onRemove(event, member.key, row) : null}
            />
          </li>
        ))}
      </ol>
      <div>
        {canAddRow(members.length) ? (
          <button ref={addButtonRef} type="submit" name="intent" value={INTENTS.addMember} onClick={onAdd} className={buttonClasses("secondary")}>
            {t("addMember")}
          </button>
        ) : (
          <p className="text-sm text-slate-700">{t("maxMembers", { max: MAX_FORM_ROWS })}</p>
        )}
      </div>
    </fieldset>
  );
}
