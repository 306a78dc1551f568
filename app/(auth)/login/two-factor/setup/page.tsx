import { getTranslations } from "next-intl/server";
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
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="mb-2 text-2xl font-semibold">{t("setupTitle")}</h1>
        <p className="mb-6 text-sm text-slate-700">{t("setupIntro")}</p>
        {user.hasTwoFactor ? <p>{t("enabled")}</p> : <TotpEnrolment action={enrolmentAction} continueHref="/" />}
      </div>
    </main>
  );
}
