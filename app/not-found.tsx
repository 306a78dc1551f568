import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("app");
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="mb-4 text-2xl font-semibold">{t("notFound")}</h1>
      <Link href="/" className="text-brand-700 underline">
        {t("backHome")}
      </Link>
    </main>
  );
}
