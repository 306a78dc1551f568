"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

import { ASYLUM_STATUSES } from "@/lib/vocabularies/asylum-statuses";
import { GENDER_NOT_STATED, GENDERS } from "@/lib/vocabularies/genders";
import { PERMIT_GROUNDS, type PermitGround } from "@/lib/vocabularies/permit-grounds";
import { DateField } from "@/components/ui/date-field";
import { ComboboxField } from "@/components/ui/combobox-field";
import { MULTI_FIELD_COUNT } from "@/lib/schemas/form-constants";
import { formField } from "@/components/ui/form-field";

export type Option = { value: string; label: string };

/** Choices computed on the server (country and language names come from its Intl data, so they hydrate identically). */
export type CaseFieldOptions = { countries: Option[]; languages: Option[] };

type FieldProps = {
  values: Record<string, string>;
  /** The translated first error of a field, if any. */
  error: (name: string) => string | undefined;
};

const FIELDSET = "grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2";
const LEGEND = "px-1 text-lg font-semibold";

/** Name, birth date and identity number: what the duplicate search needs. */
export function PersonFields({ values, error }: FieldProps) {
  const t = useTranslations("cases");
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{t("fieldsets.person")}</legend>
      <TextField label={t("fields.firstName")} name="firstName" defaultValue={values.firstName} error={error("firstName")} hint={t("hints.name")} autoComplete="off" maxLength={200} required />
      <TextField label={t("fields.lastName")} name="lastName" defaultValue={values.lastName} error={error("lastName")} autoComplete="off" maxLength={200} required />
      <DateField label={t("fields.birthDate")} name="birthDate" defaultValue={values.birthDate} error={error("birthDate")} hint={t("hints.date")} required />
      <TextField
        label={t("fields.identityNumber")}
        {...formField("identityNumber", values, error)}
        hint={t("hints.identityNumber")}
        inputMode="numeric"
        autoComplete="off"
      />
    </fieldset>
  );
}

/** Woman, man, or other/not stated, for the person and every household member (the yearly report counts them). */
export function GenderField({ id, value, error }: { id?: string; value: string | undefined; error: string | undefined }) {
  const t = useTranslations("cases");
  const tGender = useTranslations("gender");
  const selected = value || GENDER_NOT_STATED;
  return (
    <SelectField
      id={id}
      label={t("fields.gender")}
      name="gender"
      options={GENDERS.map((gender) => ({ value: gender, label: tGender(gender) }))}
      defaultValue={selected}
      error={error}
    />
  );
}

function withEmpty(options: Option[], label: string): Option[] {
  return [{ value: "", label }, ...options];
}

/** Everything else about the person: origin, languages, contact, permit, asylum and destination. */
export function CaseDetailFields({ values, error, options }: FieldProps & { options: CaseFieldOptions }) {
  const t = useTranslations("cases");
  const tGround = useTranslations("permitGround");
  const tAsylum = useTranslations("asylumStatus");
  const countries = withEmpty(options.countries, t("noneSelected"));
  const languages = withEmpty(options.languages, t("noneSelected"));
  // Keys carry the default: React never updates an uncontrolled select's
  // selection when its defaultValue changes, and resets the form to it after
  // every action, so a select must remount to keep what the action returned.
  const slots = Array.from({ length: MULTI_FIELD_COUNT }, (_, i) => i + 1);
  return (
    <>
      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t("fieldsets.origin")}</legend>
        {/* Gender is asked with the details, not among the four fields intake searches for duplicates with. */}
        <GenderField value={values.gender} error={error("gender")} />
        {slots.map((slot) => (
          <ComboboxField
            key={`citizenship${slot}:${values[`citizenship${slot}`] ?? ""}`}
            label={t(`fields.citizenship${slot}`)}
            name={`citizenship${slot}`}
            options={countries}
            defaultValue={values[`citizenship${slot}`] ?? ""}
            error={error(`citizenship${slot}`)}
          />
        ))}
        <ComboboxField
          key={`countryOfOrigin:${values.countryOfOrigin ?? ""}`}
          label={t("fields.countryOfOrigin")}
          name="countryOfOrigin" options={countries} defaultValue={values.countryOfOrigin ?? ""} error={error("countryOfOrigin")} />
        {slots.map((slot) => (
          <ComboboxField
            key={`language${slot}:${values[`language${slot}`] ?? ""}`}
            label={t(`fields.language${slot}`)}
            name={`language${slot}`}
            options={languages}
            defaultValue={values[`language${slot}`] ?? ""}
            error={error(`language${slot}`)}
          />
        ))}
        <ComboboxField
          key={`interpreterLanguage:${values.interpreterLanguage ?? ""}`}
          label={t("fields.interpreterLanguage")}
          name="interpreterLanguage"
          options={withEmpty(options.languages, t("noInterpreter"))}
          defaultValue={values.interpreterLanguage ?? ""}
          error={error("interpreterLanguage")}
        />
      </fieldset>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t("fieldsets.contact")}</legend>
        <TextField label={t("fields.phone")} name="phone" type="tel" defaultValue={values.phone} error={error("phone")} hint={t("hints.phone")} autoComplete="off" />
        <TextField label={t("fields.email")} name="email" type="email" defaultValue={values.email} error={error("email")} autoComplete="off" />
        <TextField label={t("fields.address")} name="address" defaultValue={values.address} error={error("address")} autoComplete="off" className="sm:col-span-2" />
        <CheckboxField
          label={t("fields.isRegisteredInSweden")}
          name="isRegisteredInSweden"
          defaultChecked={values.isRegisteredInSweden === "on"}
          error={error("isRegisteredInSweden")}
        />
      </fieldset>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t("fieldsets.permit")}</legend>
        <PermitFields values={values} error={error} groundLabel={(ground) => tGround(ground)} />
        <SelectField
          key={`asylumStatus:${values.asylumStatus ?? "NONE"}`}
          label={t("fields.asylumStatus")}
          name="asylumStatus"
          options={ASYLUM_STATUSES.map((status) => ({ value: status, label: tAsylum(status) }))}
          defaultValue={values.asylumStatus ?? "NONE"}
          error={error("asylumStatus")}
        />
      </fieldset>

      <fieldset className={FIELDSET}>
        <legend className={LEGEND}>{t("fieldsets.destination")}</legend>
        <ComboboxField
          key={`destinationCountry:${values.destinationCountry ?? ""}`}
          label={t("fields.destinationCountry")}
          name="destinationCountry" options={countries} defaultValue={values.destinationCountry ?? ""} error={error("destinationCountry")} />
        <CheckboxField
          label={t("fields.destinationIsHomeCountry")}
          name="destinationIsHomeCountry"
          defaultChecked={values.destinationIsHomeCountry === "on"}
          error={error("destinationIsHomeCountry")}
          className="sm:self-end"
        />
      </fieldset>
    </>
  );
}

/** The permit's ground, validity and dates; shared with the household member form. */
export function PermitFields({
  values,
  error,
  groundLabel,
  idPrefix = "field",
}: FieldProps & { groundLabel: (ground: PermitGround) => string; idPrefix?: string }) {
  const t = useTranslations("cases");
  return (
    <>
      <SelectField
        key={`permitGround:${values.permitGround ?? ""}`}
        id={`${idPrefix}-permitGround`}
        label={t("fields.permitGround")}
        name="permitGround"
        options={[{ value: "", label: t("noPermit") }, ...PERMIT_GROUNDS.map((ground) => ({ value: ground, label: groundLabel(ground) }))]}
        defaultValue={values.permitGround ?? ""}
        error={error("permitGround")}
      />
      <SelectField
        key={`permitKind:${values.permitKind ?? ""}`}
        id={`${idPrefix}-permitKind`}
        label={t("fields.permitKind")}
        name="permitKind"
        options={[
          { value: "", label: t("noneSelected") },
          { value: "PERMANENT", label: t("permitKinds.PERMANENT") },
          { value: "TEMPORARY", label: t("permitKinds.TEMPORARY") },
        ]}
        defaultValue={values.permitKind ?? ""}
        error={error("permitKind")}
      />
      <DateField
        id={`${idPrefix}-permitGrantedOn`}
        label={t("fields.permitGrantedOn")}
        {...formField("permitGrantedOn", values, error)}
        hint={t("hints.date")}
      />
      <DateField
        id={`${idPrefix}-permitExpiresOn`}
        label={t("fields.permitExpiresOn")}
        {...formField("permitExpiresOn", values, error)}
        hint={`${t("hints.date")}. ${t("hints.permitExpiresOn")}`}
      />
    </>
  );
}
