import { getTranslations } from "next-intl/server";
import { SignInStep } from "@/app/(auth)/login/_components/sign-in-card";
import { requireStep } from "@/lib/gate";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { changeInitialPasswordAction } from "@/app/(app)/profile/actions";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("profile", "newPasswordTitle");

export default async function NewPasswordPage() {
  await requireStep("newPassword");
  const t = await getTranslations("profile");
  return (
    <SignInStep title={t("newPasswordTitle")} intro={t("newPasswordIntro")}>
      <ChangePasswordForm action={changeInitialPasswordAction} />
    </SignInStep>
  );
}
