"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize, authorizeBound } from "@/lib/gate";
import { createOrganisation, updateOrganisation } from "@/lib/data/organisations";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";
import { OrganisationEditFormSchema, OrganisationFormSchema } from "@/lib/schemas/organisation";

// The register's actions: parse, call the data layer (administrators only),
// back to the list. Errors are keys under "organisations.errors".

export async function createOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("organisation.manage");
  return formAction(formData, OrganisationFormSchema, {
    write: createOrganisation,
    fields: { nameTaken: "name", notFound: "name", conflict: "name" },
    revalidate: () => revalidatePath("/organisations"),
    success: () => redirect("/organisations"),
  });
}

export async function updateOrganisationAction(organisationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [organisationId] = await authorizeBound("organisation.manage", organisationId);
  return formAction(formData, OrganisationEditFormSchema, {
    write: (form) => updateOrganisation(organisationId, form),
    fields: { nameTaken: "name" },
    revalidate: () => revalidatePath("/organisations"),
    success: () => redirect("/organisations"),
  });
}
