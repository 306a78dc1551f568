"use server";

import { cookies } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { OIDC_PROVIDER_ID, signIn } from "@/lib/auth";
import { SignInFormSchema } from "@/lib/schemas/sign-in";
import { fieldErrorState, formValues, type FormState } from "@/lib/form-state";
import { isAppLocale, LOCALE_COOKIE } from "@/i18n/locales";
import { isHttpsRequest } from "@/lib/request-context";
import { isDatabaseUnavailable } from "@/lib/database-errors";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password"]);
  const parsed = SignInFormSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return fieldErrorState(parsed.error, values);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { status: "error", formError: error.code === "locked" ? "locked" : "invalid", values };
    }
    // A database outage is not a wrong password: it goes on to the 503 "try again" page.
    if (error instanceof AuthError && !isDatabaseUnavailable(error)) return { status: "error", formError: "invalid", values };
    throw error; // includes Next's redirect on success
  }
  return { status: "success" };
}

/** The language switch before sign-in; afterwards the profile setting decides. */
export async function setLanguageAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isAppLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, secure: isHttpsRequest(), maxAge: 365 * 24 * 3600 });
}

export async function signInWithSsoAction(): Promise<void> {
  await signIn(OIDC_PROVIDER_ID, { redirectTo: "/" });
}
