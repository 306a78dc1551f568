import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { formInput, isoDate, plainText } from "@/lib/schemas/casework-fields";
import { CLIENT_LANGUAGE_CODES } from "@/lib/client-material/languages";
import { CLIENT_MATERIAL_KINDS, CONSENT_ANSWERS, CONSENT_RECIPIENTS } from "@/lib/vocabularies/client-material";
import { BODY_MAX, TITLE_MAX } from "@/lib/schemas/form-constants";

// The administrator's edit of one text in one language, and the adviser's
// record of a text given to the person. Messages are keys under
// "clientMaterial.errors".

export const REVIEWER_MAX = 200;

export const ClientMaterialTextFormSchema = z
  .object({
    title: plainText(TITLE_MAX, "titleTooLong", "titleRequired"),
    body: plainText(BODY_MAX, "bodyTooLong", "bodyRequired"),
    // A review cannot lie in the future; a translator's review years back is still a review.
    reviewedOn: isoDate({ notFuture: true, maxDaysBack: 365 * 30 }),
    reviewedBy: plainText(REVIEWER_MAX, "reviewerTooLong"),
    version: z.coerce.number({ error: "versionInvalid" }).int("versionInvalid").min(1, "versionInvalid").max(1_000_000, "versionInvalid"),
  })
  .superRefine((form, ctx) => {
    // A review is a day and a person: one without the other says nothing.
    if (form.reviewedOn && !form.reviewedBy) ctx.addIssue({ code: "custom", path: ["reviewedBy"], message: "reviewerRequired" });
    if (!form.reviewedOn && form.reviewedBy) ctx.addIssue({ code: "custom", path: ["reviewedOn"], message: "reviewDateRequired" });
  })
  .transform(({ reviewedBy, ...form }) => ({ ...form, reviewedBy: reviewedBy || null }));
export type ClientMaterialTextForm = z.output<typeof ClientMaterialTextFormSchema>;

export const GiveClientMaterialFormSchema = z
  .object({
    kind: formInput.pipe(z.enum(CLIENT_MATERIAL_KINDS, { error: "kindRequired" })),
    language: formInput.pipe(z.enum(CLIENT_LANGUAGE_CODES, { error: "languageRequired" })),
    consent: formInput,
    recipients: z
      .array(safeString())
      .optional()
      .transform((values) => [...new Set(values ?? [])])
      .pipe(z.array(z.enum(CONSENT_RECIPIENTS, { error: "recipientInvalid" }))),
  })
  .transform(({ consent, recipients, ...form }, ctx) => {
    if (form.kind !== "CONSENT") return { ...form, consent: null, recipients: [] };
    const answer = z.enum(CONSENT_ANSWERS).safeParse(consent);
    if (!answer.success) {
      ctx.addIssue({ code: "custom", path: ["consent"], message: "consentRequired" });
      return z.NEVER;
    }
    if (answer.data === "CONSENTED" && recipients.length === 0) {
      ctx.addIssue({ code: "custom", path: ["recipients"], message: "recipientsRequired" });
      return z.NEVER;
    }
    // A refusal consents to nobody, whatever boxes were left ticked.
    return { ...form, consent: answer.data, recipients: answer.data === "CONSENTED" ? recipients : [] };
  });
export type GiveClientMaterialForm = z.output<typeof GiveClientMaterialFormSchema>;

/** The schema's input from the form: the recipients are repeated checkboxes. */
export function readGiveClientMaterialForm(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const recipients = formData.getAll("recipients").filter((value): value is string => typeof value === "string");
  const input = { kind: text("kind"), language: text("language"), consent: text("consent"), recipients };
  const values: Record<string, string> = { recipients: recipients.join(",") };
  for (const name of ["kind", "language", "consent"] as const) {
    const value = text(name);
    if (value !== undefined) values[name] = value;
  }
  return { input, values };
}
