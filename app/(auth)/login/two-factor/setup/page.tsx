import { getTranslations } from "next-intl/server";
import { SignInStep } from "@/app/(auth)/login/_components/sign-in-card";
import { requireStep } from "@/lib/gate";
import { TotpEnrolment } from "@/components/forms/totp-enrolment";
import { enrolmentAction } from "../actions";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("twoFactor", "setupTitle");

/** Mandatory enrolment (REQUIRE_TOTP) before the rest of the app opens. */
export default async function TwoFactorSetupPage() {
  const user = await requireStep("twoFactorEnrolment", { orDone: true });
  const t = await getTranslations("twoFactor");
  return (
    <SignInStep title={t("setupTitle")} intro={t("setupIntro")} width="md">
      {user.hasTwoFactor ? <p>{t("enabled")}</p> : <TotpEnrolment action={enrolmentAction} continueHref="/" />}
    </SignInStep>
  );
}
