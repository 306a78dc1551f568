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
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";

/** Saves a new version of one text; a stale form is refused with what was typed kept. Bound: the kind and language codes (not the URL slug). */
export async function updateClientMaterialAction(kind: string, language: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("clientMaterial.edit");
  const textKind = boundChoice(CLIENT_MATERIAL_KINDS, kind);
  const textLanguage = boundChoice(CLIENT_LANGUAGE_CODES, language);
  return formAction(formData, ClientMaterialTextFormSchema, {
    invalid: async (state) => {
      await auditRefusedClientMaterialInput({ type: "ClientMaterialText", id: `${textKind}/${textLanguage}` }, "update.invalid");
      return state;
    },
    write: (form) => updateClientMaterialText(textKind, textLanguage, form),
    revalidate: () => revalidatePath("/admin/client-material", "layout"),
    // Reloaded from the database: a review dropped because the words changed shows as dropped.
    success: (result) => redirect(`/admin/client-material/${kindSlug(textKind)}/${textLanguage}?saved=${result.version}`),
  });
}
