import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintSheet } from "@/components/journal/print-sheet";
import { SessionPrint } from "@/components/journal/session-print";
import { getSessionRecordForPrint } from "@/lib/data/journal";
import "../../print.css";
import { formatOfficeDateTime } from "@/lib/dates";

export async function generateMetadata() {
  const t = await getTranslations("journal.printView");
  return { title: t("print") };
}

/** One counselling session on A4, with its journal entries, signed state and corrections visible. */
export default async function SessionPrintPage({ params }: { params: Promise<{ caseId: string; sessionId: string }> }) {
  const { caseId, sessionId } = await params;
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
