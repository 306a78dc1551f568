import { useTranslations } from "next-intl";
import { CIRCUMSTANCES, FORM_FIELDS, type CaseFactsDraft } from "@/lib/eligibility-form";
import { CheckboxField, CountryField, InputField, fieldBinder, type ErrorFor } from "./form-fields";

/** The application and the journey, then the household's circumstances: the facts about the case as a whole. */
export function CaseFactsFields({
  facts,
  countries,
  onChange,
  errorFor,
}: {
  facts: CaseFactsDraft;
  countries: { value: string; label: string }[];
  onChange: (change: Partial<CaseFactsDraft>) => void;
  errorFor: ErrorFor;
}) {
  const t = useTranslations("eligibility.form");
  const field = fieldBinder(facts, (key) => FORM_FIELDS[key], onChange, errorFor, (key) => t(key));
  return (
    <>
      <fieldset className="min-w-0 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold">{t("applicationSection")}</legend>
        <InputField {...field("applicationDate")} hint={t("applicationDateHint")} type="date" />
        <InputField {...field("travelCostSek")} hint={t("travelCostHint")} inputMode="numeric" />
        <CountryField {...field("destinationCountry")} options={[{ value: "", label: t("chooseCountry") }, ...countries]} />
        <CheckboxField {...field("destinationIsHomeCountry")} alignEnd />
      </fieldset>

      <fieldset className="min-w-0 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">{t("circumstancesSection")}</legend>
        {CIRCUMSTANCES.map((key) => (
          <CheckboxField key={key} {...field(key)} />
        ))}
      </fieldset>
    </>
  );
}
