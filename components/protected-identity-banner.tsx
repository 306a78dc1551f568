import { getTranslations } from "next-intl/server";
import type { ProtectedIdentityKind } from "@/lib/vocabularies/protected-identity";
import { formatOfficeDay } from "@/lib/dates";

/**
 * The mark of protected personal data (issue 13), on every page of the case
 * (the case layout) and on its print views. `print` is the paper's wording:
 * it says the address is left out.
 */
export async function ProtectedIdentityBanner({ protection, print = false }: { protection: { kind: ProtectedIdentityKind; markedAt: Date | null } | null; print?: boolean }) {
  if (!protection) return null;
  const t = await getTranslations("protectedIdentity");
  const kind = t(`kinds.${protection.kind}`);
  return (
    <div
      role="note"
      data-testid="protected-identity-banner"
      className="mb-4 rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-sm font-medium text-red-900 print:border-black print:bg-white print:text-black"
    >
      <p>{print ? t("printBanner", { kind }) : t("banner", { kind })}</p>
      {!print && protection.markedAt ? <p className="mt-1 font-normal">{t("bannerSince", { date: formatOfficeDay(protection.markedAt) })}</p> : null}
    </div>
  );
}
