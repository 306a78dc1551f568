import type { MouseEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MEMBER_ROLES } from "@/lib/eligibility";
import { MEMBER_DRAFT_FIELDS, memberField, removeMemberIntent, type MemberDraft } from "@/lib/eligibility-form";
import { CountriesField, InputField, SelectInput, fieldBinder, type ErrorFor } from "./form-fields";
import { PermitFields } from "./permit-fields";

/**
 * One person in the household: who they are (role, birth date, citizenships), then their
 * permit. `onRemove` is null for the last row, which stays.
 */
export function MemberFields({
  member,
  row,
  countries,
  errorFor,
  onChange,
  onRemove,
}: {
  member: MemberDraft;
  /** The row's position, which its fields are posted under. */
  row: number;
  /** Every country by its name in the interface language, for the citizenships. */
  countries: { value: string; label: string }[];
  errorFor: ErrorFor;
  onChange: (change: Partial<MemberDraft>) => void;
  onRemove: ((event: MouseEvent<HTMLButtonElement>) => void) | null;
}) {
  const t = useTranslations("eligibility");
  const field = fieldBinder(member, (key) => memberField(row, MEMBER_DRAFT_FIELDS[key]), onChange, errorFor, (key) => t(`form.${key}`));
  const number = row + 1;
  const roleOptions = MEMBER_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  return (
    <fieldset className="min-w-0 grid gap-3 rounded-md border border-slate-300 p-3 sm:grid-cols-2 lg:grid-cols-3">
      <legend className="px-1 font-medium">{member.label ? t("form.personNamed", { number, name: member.label }) : t("form.person", { number })}</legend>
      {/* A first name from the case, shown in the legend and the result; never sent to the engine. */}
      {member.label ? <input type="hidden" name={memberField(row, "label")} value={member.label} /> : null}
      <SelectInput {...field("role")} options={roleOptions} />
      <InputField {...field("birthDate")} type="date" />
      <CountriesField {...field("citizenships")} options={countries} hint={t("form.citizenshipsHint")} plainHint={t("form.citizenshipsPlainHint")} />
      <PermitFields member={member} field={field} />
      {onRemove ? (
        <div className="flex items-end sm:col-span-2 lg:col-span-3">
          <Button type="submit" variant="secondary" name="intent" value={removeMemberIntent(row)} onClick={onRemove}>
            {t("form.removeMember", { number })}
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
