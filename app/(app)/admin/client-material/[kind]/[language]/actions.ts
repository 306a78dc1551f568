"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { boundChoice } from "@/lib/action-arguments";
import { auditRefusedClientMaterialInput, updateClientMaterialText } from "@/lib/data/client-material";
import { CLIENT_LANGUAGE_CODES } from "@/lib/client-material/languages";
import { ClientMaterialTextFormSchema } from "@/lib/schemas/client-material";
import { kindSlug } from "@/lib/client-material/kinds";
import { CLIENT_MATERIAL_KINDS } from "@/lib/vocabularies/client-material";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";

/** Saves a new version of one text; a stale form is refused with what was typed kept. Bound: the kind and language codes (not the URL slug). */
export async function updateClientMaterialAction(kind: string, language: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("clientMaterial.edit");
  const textKind = boundChoice(CLIENT_MATERIAL_KINDS, kind);
  const textLanguage = boundChoice(CLIENT_LANGUAGE_CODES, language);
  const values = formValues(formData);
  const parsed = ClientMaterialTextFormSchema.safeParse(values);
  if (!parsed.success) {
    await auditRefusedClientMaterialInput({ type: "ClientMaterialText", id: `${textKind}/${textLanguage}` }, "update.invalid");
    return fieldErrorState(parsed.error, values);
  }
  const result = await updateClientMaterialText(textKind, textLanguage, parsed.data);
  if (!result.ok) return { status: "error", formError: result.error, values };
  revalidatePath("/admin/client-material", "layout");
  // Reloaded from the database: a review dropped because the words changed shows as dropped.
  redirect(`/admin/client-material/${kindSlug(textKind)}/${textLanguage}?saved=${result.version}`);
}
