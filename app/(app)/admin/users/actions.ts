"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { boundFlag, boundId, boundReturnPath } from "@/lib/action-arguments";
import { redirect } from "next/navigation";
import { CreateUserFormSchema, UpdateUserFormSchema } from "@/lib/schemas/user";
import { createUser, resetPassword, revokeSignInSessionAsAdmin, setUserActive, updateUser } from "@/lib/data/users";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";

export type UserFormState = FormState & { temporaryPassword?: string; createdEmail?: string };

export async function createUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  await authorize("user.manage");
  const values = formValues(formData);
  const parsed = CreateUserFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  const result = await createUser(parsed.data);
  if (!result.ok) return { status: "error", fieldErrors: { email: [result.error] }, values };
  revalidatePath("/admin/users");
  return { status: "success", temporaryPassword: result.temporaryPassword, createdEmail: parsed.data.email };
}

export async function updateUserAction(userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  await authorize("user.manage");
  userId = boundId(userId);
  const values = formValues(formData);
  const parsed = UpdateUserFormSchema.safeParse(values);
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  if (!(await updateUser(userId, parsed.data))) return { status: "error", formError: "notFound", values };
  revalidatePath(`/admin/users/${userId}`);
  return { status: "success", values };
}

export async function setUserActiveAction(userId: string, isActive: boolean): Promise<void> {
  await authorize("user.manage");
  userId = boundId(userId);
  isActive = boundFlag(isActive);
  await setUserActive(userId, isActive);
  revalidatePath(`/admin/users/${userId}`);
  redirect(`/admin/users/${userId}`);
}

export async function resetPasswordAction(userId: string, _prev: UserFormState): Promise<UserFormState> {
  await authorize("user.manage");
  userId = boundId(userId);
  const password = await resetPassword(userId);
  if (!password) return { status: "error", formError: "notFound" };
  return { status: "success", temporaryPassword: password };
}

/** Bound arguments come back from the browser: only our own admin pages are valid destinations. */
const RETURN_PATH = /^\/admin\/(sign-ins|users\/[A-Za-z0-9_-]+)$/;

export async function revokeSignInSessionAction(returnTo: string, signInSessionId: string): Promise<void> {
  await authorize("signInSession.revoke");
  signInSessionId = boundId(signInSessionId);
  await revokeSignInSessionAsAdmin(signInSessionId);
  const destination = boundReturnPath(returnTo, RETURN_PATH, "/admin/sign-ins");
  revalidatePath(destination);
  redirect(destination);
}
