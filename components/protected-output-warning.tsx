import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";

/**
 * Before a print of a protected person's record is made (issue 13): the
 * warning, and a link to the same print with `confirmProtected=1`. Nothing of
 * the record is read until the user goes on.
 */
export async function ProtectedOutputWarning({ confirmHref, backHref }: { confirmHref: string; backHref: string }) {
  const t = await getTranslations("protectedIdentity");
  const tJournal = await getTranslations("journal.printView");
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 p-6">
      <h1 className="text-2xl font-semibold">{t("sectionTitle")}</h1>
      <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
        {t("printWarning")}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Link href={confirmHref} className={buttonClasses("danger")}>
          {t("printConfirm")}
        </Link>
        <Link href={backHref} className="text-brand-700 underline">
          {tJournal("back")}
        </Link>
      </div>
    </main>
  );
}
