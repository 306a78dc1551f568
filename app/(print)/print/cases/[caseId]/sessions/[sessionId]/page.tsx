import { notFound } from "next/navigation";
import { ProtectedOutputWarning } from "@/components/protected-output-warning";
import { protectionBeforeOutput } from "@/lib/data/protected-identity";
import { getTranslations } from "next-intl/server";
import { formatOfficeDateTime } from "@/lib/dates";
import { PrintSheet } from "@/components/journal/print-sheet";
import { SessionPrint } from "@/components/journal/session-print";
import { getSessionRecordForPrint } from "@/lib/data/journal";
import "@/components/print-sheet.css";
import "../../print.css";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("journal.printView", "print");

/** One counselling session on A4, with its journal entries, signed state and corrections visible. */
export default async function SessionPrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string; sessionId: string }>;
  searchParams: Promise<{ confirmProtected?: string }>;
}) {
  const { caseId, sessionId } = await params;
  // A protected person's record is printed only after the warning (issue 13).
  const before = await protectionBeforeOutput(caseId);
  if (!before) notFound();
  if (before.protection && (await searchParams).confirmProtected !== "1") {
    return <ProtectedOutputWarning confirmHref={`/print/cases/${caseId}/sessions/${sessionId}?confirmProtected=1`} backHref={`/cases/${caseId}`} />;
  }
  const record = await getSessionRecordForPrint(caseId, sessionId);
  if (!record) notFound();
  const t = await getTranslations("journal.printView");
  const when = formatOfficeDateTime(record.session.startsAt);
  return (
    <PrintSheet heading={record.case} title={t("sessionTitle", { when, caseNumber: record.case.caseNumber })}>
      <SessionPrint session={record.session} entries={record.entries} />
    </PrintSheet>
  );
}
