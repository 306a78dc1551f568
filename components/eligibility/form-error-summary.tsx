import type { Ref } from "react";
import { useTranslations } from "next-intl";
import { FORM_FIELDS } from "@/lib/eligibility-form";
import { fieldId } from "./form-fields";

/** Every problem of the last post, each a link to its field; focused when it appears. */
export function FormErrorSummary({ errors, summaryRef }: { errors: { name: string; message: string }[]; summaryRef: Ref<HTMLDivElement> }) {
  const t = useTranslations("eligibility.form");
  if (errors.length === 0) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">{t("errorSummary")}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map(({ name, message }, index) => (
          <li key={`${name}-${index}`}>
            {/* Household-wide problems point at the household's fieldset. */}
            <a href={`#${fieldId(name === FORM_FIELDS.members ? "members-section" : name)}`} className="underline">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
