import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("accessibility");

/** Tillgänglighetsredogörelse, required by lagen (2018:1937) om tillgänglighet till digital offentlig service. */
export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  const sections = ["scope", "status", "testing", "feedback", "enforcement"] as const;
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      {sections.map((section) => (
        <section key={section} className="mb-6">
          <h2 className="mb-2 text-lg font-semibold">{t(`${section}.heading`)}</h2>
          <p className="text-slate-800">{t(`${section}.body`)}</p>
        </section>
      ))}
      <Link href="/" className="text-brand-700 underline">
        {t("back")}
      </Link>
    </main>
  );
}
