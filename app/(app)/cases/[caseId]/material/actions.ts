"use server";

import { redirect } from "next/navigation";
import { authorizeBound } from "@/lib/gate";
import { auditRefusedClientMaterialInput, giveClientMaterial } from "@/lib/data/client-material";
import { GiveClientMaterialFormSchema, readGiveClientMaterialForm } from "@/lib/schemas/client-material";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { revalidateCase } from "@/lib/revalidate-case";

/** Records the chosen text as given to the person, then opens the print view of that very version. */
export async function giveClientMaterialAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [caseId] = await authorizeBound("clientMaterial.give", caseId);
  return formAction(formData, GiveClientMaterialFormSchema, {
    read: readGiveClientMaterialForm,
    invalid: async (state) => {
      await auditRefusedClientMaterialInput({ type: "Case", id: caseId }, "give.invalid");
      return state;
    },
    write: (form) => giveClientMaterial(caseId, form),
    revalidate: () => revalidateCase(caseId),
    success: (result) => redirect(`/print/cases/${caseId}/material/${result.givenId}`),
  });
}
