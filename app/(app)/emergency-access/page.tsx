import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { listEmergencyAccesses } from "@/lib/data/emergency-access";
import { formatOfficeDateTime } from "@/lib/dates";

export async function generateMetadata() {
  const t = await getTranslations("emergencyReview");
  return { title: t("title") };
}

/** Managers review every emergency opening of their team's cases. */
export default async function EmergencyAccessReviewPage() {
  const accesses = await listEmergencyAccesses();
  const t = await getTranslations("emergencyReview");
  const now = new Date();
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {accesses.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <Table caption={t("title")} headers={[t("when"), t("who"), t("case"), t("reason"), t("until")]}>
          {accesses.map((access) => (
            <tr key={access.id}>
              <Cell className="whitespace-nowrap">{formatOfficeDateTime(access.createdAt)}</Cell>
              <Cell>
                {access.user.name}
                <span className="block text-xs text-slate-600">{access.user.email}</span>
              </Cell>
              <Cell>
                <Link href={`/cases/${access.case.id}`} className="text-brand-700 underline">
                  {access.case.caseNumber}
                </Link>
              </Cell>
              <Cell className="max-w-md">{access.reason}</Cell>
              <Cell className="whitespace-nowrap">
                {formatOfficeDateTime(access.expiresAt)}
                {access.expiresAt > now ? <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">{t("active")}</span> : null}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
