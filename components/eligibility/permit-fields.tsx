import { useTranslations } from "next-intl";
import { PERMIT_GROUNDS } from "@/lib/eligibility";
import type { MemberDraft } from "@/lib/eligibility-form";
import { CheckboxField, InputField, SelectInput, type FieldBinder } from "./form-fields";

/**
 * What the rules ask of one person beyond who they are: the permit's ground and, when there
 * is a permit, the day it was granted and whether it is permanent; and, for anyone but the
 * applicant, whether they live with the applicant. Cells of the person's grid.
 */
export function PermitFields({ member, field }: { member: MemberDraft; field: FieldBinder<MemberDraft> }) {
  const t = useTranslations("eligibility");
  const tGround = useTranslations("permitGround");
  const groundOptions = [{ value: "", label: t("form.noPermit") }, ...PERMIT_GROUNDS.map((ground) => ({ value: ground, label: tGround(ground) }))];
  return (
    <>
      <SelectInput {...field("permitGround")} options={groundOptions} />
      {member.permitGround ? (
        <>
          <InputField {...field("permitGrantedOn")} type="date" />
          <CheckboxField {...field("permitPermanent")} alignEnd />
        </>
      ) : null}
      {member.role === "APPLICANT" ? null : <CheckboxField {...field("livesWithApplicant")} alignEnd />}
    </>
  );
}
