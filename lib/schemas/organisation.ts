import { z } from "zod";
import { parsePhone } from "@/lib/phone";
import { safeString } from "@/lib/schemas/safe-string";
import { checkbox, formInput, plainText, savedAt } from "@/lib/schemas/casework-fields";
import { isCountryCode } from "@/lib/countries";
import { ORGANISATION_KINDS } from "@/lib/vocabularies/organisation-kinds";
import { ADDRESS_MAX, CONTACT_ROUTES_MAX, ORGANISATION_NAME_MAX } from "@/lib/schemas/form-constants";

// The organisation register's form. Messages are keys under "organisations.errors".

/** No markup or control characters in a name or address: they end up in letters. */
const NO_MARKUP = /^[^<>\p{Cc}]*$/u;

const optional = <T extends z.ZodType<string, string>>(schema: T) => formInput.pipe(z.union([z.literal(""), schema])).transform((value) => value || null);

export const OrganisationFormSchema = z.object({
  name: plainText(ORGANISATION_NAME_MAX, "nameTooLong", "nameRequired").refine((value) => NO_MARKUP.test(value), "nameCharacters"),
  kind: formInput.pipe(z.enum(ORGANISATION_KINDS, "kindRequired")),
  country: formInput.transform((value) => value.toUpperCase()).refine(isCountryCode, "countryInvalid"),
  // Any Swedish or international way of writing it; stored as E.164 (lib/phone).
  phone: optional(safeString().transform((value, ctx) => parsePhone(value) ?? (ctx.addIssue({ code: "custom", message: "phoneInvalid" }), z.NEVER))),
  email: optional(safeString().max(254, "emailInvalid").pipe(z.email("emailInvalid"))),
  // Only web addresses: a javascript: or data: link must never be offered to click.
  website: optional(safeString().max(300, "websiteInvalid").pipe(z.url({ protocol: /^https?$/, message: "websiteInvalid" }))),
  address: plainText(ADDRESS_MAX, "addressTooLong")
    .refine((value) => NO_MARKUP.test(value.replace(/\n/g, " ")), "addressCharacters")
    .transform((value) => value || null),
  contactRoutes: plainText(CONTACT_ROUTES_MAX, "contactRoutesTooLong"),
  isActive: checkbox,
});
export type OrganisationForm = z.output<typeof OrganisationFormSchema>;

export const OrganisationEditFormSchema = OrganisationFormSchema.extend({ savedAt });
export type OrganisationEditForm = z.output<typeof OrganisationEditFormSchema>;
