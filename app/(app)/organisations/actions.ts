"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { createOrganisation, updateOrganisation } from "@/lib/data/organisations";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { OrganisationEditFormSchema, OrganisationFormSchema } from "@/lib/schemas/organisation";

// The register's actions: parse, call the data layer (administrators only),
// back to the list. Errors are keys under "organisations.errors".

export async function createOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("organisation.manage");
  const values = formValues(formData);
  const parsed = OrganisationFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await createOrganisation(parsed.data);
  if (!result.ok) return { status: "error", fieldErrors: { name: [result.error] }, values };
  revalidatePath("/organisations");
  redirect("/organisations");
}

export async function updateOrganisationAction(organisationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("organisation.manage");
  organisationId = boundId(organisationId);
  const values = formValues(formData);
  const parsed = OrganisationEditFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await updateOrganisation(organisationId, parsed.data);
  if (!result.ok) {
    if (result.error === "nameTaken") return { status: "error", fieldErrors: { name: [result.error] }, values };
    return { status: "error", formError: result.error, values };
  }
  revalidatePath("/organisations");
  redirect("/organisations");
}
