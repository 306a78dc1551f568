import { getTranslations } from "next-intl/server";
import { requireStep } from "@/lib/gate";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { changeInitialPasswordAction } from "@/app/(app)/profile/actions";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("profile", "newPasswordTitle");

export default async function NewPasswordPage() {
  await requireStep("newPassword");
  const t = await getTranslations("profile");
  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="mb-2 text-2xl font-semibold">{t("newPasswordTitle")}</h1>
        <p className="mb-6 text-sm text-slate-700">{t("newPasswordIntro")}</p>
        <ChangePasswordForm action={changeInitialPasswordAction} />
      </div>
    </main>
  );
}
