"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { auditRefusedClientMaterialInput, giveClientMaterial } from "@/lib/data/client-material";
import { GiveClientMaterialFormSchema, readGiveClientMaterialForm } from "@/lib/schemas/client-material";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";

/** Records the chosen text as given to the person, then opens the print view of that very version. */
export async function giveClientMaterialAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("clientMaterial.give");
  caseId = boundId(caseId);
  return formAction(formData, GiveClientMaterialFormSchema, {
    read: readGiveClientMaterialForm,
    invalid: async (state) => {
      await auditRefusedClientMaterialInput({ type: "Case", id: caseId }, "give.invalid");
      return state;
    },
    write: (form) => giveClientMaterial(caseId, form),
    revalidate: () => revalidatePath(`/cases/${caseId}`, "layout"),
    success: (result) => redirect(`/print/cases/${caseId}/material/${result.givenId}`),
  });
}
