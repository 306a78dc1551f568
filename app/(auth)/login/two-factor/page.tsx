import { getTranslations } from "next-intl/server";
import { SignInStep } from "@/app/(auth)/login/_components/sign-in-card";
import { requireStep } from "@/lib/gate";
import { SecondFactorForm } from "./_components/second-factor-form";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("twoFactor");

export default async function TwoFactorPage() {
  await requireStep("secondFactor");
  const t = await getTranslations("twoFactor");
  return (
    <SignInStep title={t("title")} intro={t("intro")}>
      <SecondFactorForm />
    </SignInStep>
  );
}
