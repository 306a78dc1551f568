import { getTranslations } from "next-intl/server";
import { requireStep } from "@/lib/gate";
import { SecondFactorForm } from "./_components/second-factor-form";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("twoFactor");

export default async function TwoFactorPage() {
  await requireStep("secondFactor");
  const t = await getTranslations("twoFactor");
  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
        <p className="mb-6 text-sm text-slate-700">{t("intro")}</p>
        <SecondFactorForm />
      </div>
    </main>
  );
}
