"use server";

import { isHttpsRequest } from "@/lib/request-context";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { authorize, requireStep } from "@/lib/gate";
import { ChangePasswordFormSchema, LanguageFormSchema } from "@/lib/schemas/profile";
import { changeOwnPassword, setOwnLocale } from "@/lib/data/profile";
import { disableTwoFactor } from "@/lib/data/two-factor";
import { TotpCodeFormSchema } from "@/lib/schemas/two-factor";
import { fieldErrorState, type FormState } from "@/lib/form-state";
import { LOCALE_COOKIE } from "@/i18n/locales";

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireStep("newPassword", { orDone: true });
  const parsed = ChangePasswordFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fieldErrorState(parsed.error, {});
  const result = await changeOwnPassword(parsed.data);
  if (!result.ok) return { status: "error", fieldErrors: { currentPassword: [result.error] } };
  return { status: "success" };
}

/** The forced change after an administrator set a temporary password. */
export async function changeInitialPasswordAction(prev: FormState, formData: FormData): Promise<FormState> {
  await requireStep("newPassword", { orDone: true });
  const state = await changePasswordAction(prev, formData);
  if (state.status === "success") redirect("/");
  return state;
}

export async function setLanguageSettingAction(formData: FormData): Promise<void> {
  await authorize();
  const parsed = LanguageFormSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  await setOwnLocale(parsed.data.locale);
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", sameSite: "lax", httpOnly: true, secure: isHttpsRequest(), maxAge: 365 * 24 * 3600 });
  revalidatePath("/", "layout");
}

export async function disableTwoFactorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await authorize();
  const parsed = TotpCodeFormSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return fieldErrorState(parsed.error, {});
  const result = await disableTwoFactor(parsed.data.code);
  if (!result.ok) return { status: "error", fieldErrors: { code: [result.error] } };
  revalidatePath("/profile");
  return { status: "success" };
}
