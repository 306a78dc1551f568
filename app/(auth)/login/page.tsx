import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isSingleSignOnEnabled } from "@/lib/auth";
import { checkAccess } from "@/lib/gate";
import { getEnv } from "@/lib/env";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { signInWithSsoAction } from "./actions";
import { LanguageSwitch } from "./_components/language-switch";
import { SignInForm } from "./_components/sign-in-form";
import { SignInCard } from "./_components/sign-in-card";
import { AccessibilityLink } from "@/components/accessibility-link";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("signIn");

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  // Past the password and the second factor: the app (or the step still owed) is the place to be.
  const access = await checkAccess();
  if (access.ok || (access.reason === "stepOwed" && access.step !== "secondFactor")) redirect("/");
  const t = await getTranslations("signIn");
  const locale = await getLocale();
  return (
    <SignInCard>
      <div className="mb-6 flex items-start justify-between gap-4">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Hemväg</p>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
        </div>
        <LanguageSwitch current={locale} />
      </div>
      <p className="mb-6 text-sm text-slate-700">{t("intro")}</p>
      {error ? (
        <div className="mb-4">
          <Alert tone="error">{t(error === "sso" ? "errors.sso" : "errors.invalid")}</Alert>
        </div>
      ) : null}
      <SignInForm />
      {isSingleSignOnEnabled() ? (
        <form action={signInWithSsoAction} className="mt-4 border-t border-slate-200 pt-4">
          <button type="submit" className={`${buttonClasses("secondary")} w-full`}>
            {t("withSso", { provider: getEnv().OIDC_DISPLAY_NAME })}
          </button>
        </form>
      ) : null}
      <p className="mt-6 text-center text-sm">
        <AccessibilityLink />
      </p>
    </SignInCard>
  );
}
