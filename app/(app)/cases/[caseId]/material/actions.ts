"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { auditRefusedClientMaterialInput, giveClientMaterial } from "@/lib/data/client-material";
import { GiveClientMaterialFormSchema, readGiveClientMaterialForm } from "@/lib/schemas/client-material";
import { fieldErrorState, type FormState } from "@/lib/form-state";

/** Records the chosen text as given to the person, then opens the print view of that very version. */
export async function giveClientMaterialAction(caseId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("clientMaterial.give");
  caseId = boundId(caseId);
  const { input, values } = readGiveClientMaterialForm(formData);
  const parsed = GiveClientMaterialFormSchema.safeParse(input);
  if (!parsed.success) {
    await auditRefusedClientMaterialInput({ type: "Case", id: caseId }, "give.invalid");
    return fieldErrorState(parsed.error, values);
  }
  const result = await giveClientMaterial(caseId, parsed.data);
  if (!result.ok) return { status: "error", formError: result.error, values };
  revalidatePath(`/cases/${caseId}`, "layout");
  redirect(`/print/cases/${caseId}/material/${result.givenId}`);
}
