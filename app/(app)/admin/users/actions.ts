"use server";

import { revalidatePath } from "next/cache";
import { authorize, authorizeBound } from "@/lib/gate";
import { boundFlag, boundReturnPath } from "@/lib/action-arguments";
import { redirect } from "next/navigation";
import { CreateUserFormSchema, UpdateUserFormSchema } from "@/lib/schemas/user";
import { createUser, resetPassword, revokeSignInSessionAsAdmin, setUserActive, updateUser } from "@/lib/data/users";
import { formAction } from "@/lib/form-action";
import type { FormState } from "@/lib/form-state";

export type UserFormState = FormState & { temporaryPassword?: string; createdEmail?: string; awaitingApproval?: boolean };

export async function createUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  await authorize("user.manage");
  return formAction(formData, CreateUserFormSchema, {
    write: createUser,
    fields: { emailTaken: "email", teamRequired: "teamId" },
    revalidate: () => revalidatePath("/admin/users"),
    success: (result, _values, form) => ({ status: "success", temporaryPassword: result.temporaryPassword, createdEmail: form.email, awaitingApproval: result.awaitingApproval }),
  });
}

export async function updateUserAction(userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  [userId] = await authorizeBound("user.manage", userId);
  return formAction(formData, UpdateUserFormSchema, {
    write: (form) => updateUser(userId, form),
    fields: { teamRequired: "teamId" },
    revalidate: () => revalidatePath(`/admin/users/${userId}`),
    success: (_result, values) => ({ status: "success", values }),
  });
}

export async function setUserActiveAction(userId: string, isActive: boolean): Promise<void> {
  [userId] = await authorizeBound("user.manage", userId);
  isActive = boundFlag(isActive);
  await setUserActive(userId, isActive);
  revalidatePath(`/admin/users/${userId}`);
  redirect(`/admin/users/${userId}`);
}

export async function resetPasswordAction(userId: string, _prev: UserFormState): Promise<UserFormState> {
  [userId] = await authorizeBound("user.manage", userId);
  const password = await resetPassword(userId);
  if (!password) return { status: "error", formError: "notFound" };
  return { status: "success", temporaryPassword: password };
}

/** Bound arguments come back from the browser: only our own admin pages are valid destinations. */
const RETURN_PATH = /^\/admin\/(sign-ins|users\/[A-Za-z0-9_-]+)$/;

export async function revokeSignInSessionAction(returnTo: string, signInSessionId: string): Promise<void> {
  [signInSessionId] = await authorizeBound("signInSession.revoke", signInSessionId);
  await revokeSignInSessionAsAdmin(signInSessionId);
  const destination = boundReturnPath(returnTo, RETURN_PATH, "/admin/sign-ins");
  revalidatePath(destination);
  redirect(destination);
}
