import { notFound } from "next/navigation";
import { ProtectedOutputWarning } from "@/components/protected-output-warning";
import { protectionBeforeOutput } from "@/lib/data/protected-identity";
import { getTranslations } from "next-intl/server";
import { JournalEntryCard } from "@/components/journal/journal-entry";
import { PrintSheet } from "@/components/journal/print-sheet";
import { SessionPrint } from "@/components/journal/session-print";
import { getCaseRecordForPrint } from "@/lib/data/journal";
import { getCaseMergeState } from "@/lib/data/case-merge";
import { formatOfficeDateTime } from "@/lib/dates";
import "@/components/print-sheet.css";
import "./print.css";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("journal", "print");

/** The whole case record on A4: sessions with their notes, then every other journal entry, signed state and corrections visible. */
export default async function CaseRecordPrintPage({ params, searchParams }: { params: Promise<{ caseId: string }>; searchParams: Promise<{ confirmProtected?: string }> }) {
  const { caseId } = await params;
  // A protected person's record is printed only after the warning (issue 13).
  const before = await protectionBeforeOutput(caseId);
  if (!before) notFound();
  if (before.protection && (await searchParams).confirmProtected !== "1") {
    return <ProtectedOutputWarning confirmHref={`/print/cases/${caseId}?confirmProtected=1`} backHref={`/cases/${caseId}`} />;
  }
  const record = await getCaseRecordForPrint(caseId);
  if (!record) notFound();
  const t = await getTranslations("journal.printView");
  const tMerge = await getTranslations("caseRecord.merge");
  const tTimeline = await getTranslations("caseRecord.timeline");
  // A merged record says so in print too, on both numbers (decision 019).
  const merges = await getCaseMergeState(caseId);
  const ofSession = (sessionId: string) => record.entries.filter((entry) => entry.sessionId === sessionId);
  const others = record.entries.filter((entry) => !entry.sessionId);
  return (
    <PrintSheet heading={record.case} title={t("recordTitle", { caseNumber: record.case.caseNumber })}>
      {merges && (merges.mergedInto || merges.mergedFrom.length) ? (
        <section className="mb-6 flex flex-col gap-1 border border-slate-400 p-3 text-sm" data-testid="printed-merges">
          {merges.mergedInto ? <p>{tTimeline("mergedInto", { number: merges.mergedInto.caseNumber })}</p> : null}
          {merges.mergedFrom.map((merge) => (
            <p key={merge.caseId}>
              {tMerge("mergedFrom", { number: merge.caseNumber, at: formatOfficeDateTime(merge.at), proposedBy: merge.proposedBy ?? "–", confirmedBy: merge.confirmedBy ?? "–" })} {tMerge("reasonLine", { reason: merge.reason })}
            </p>
          ))}
        </section>
      ) : null}
      <section className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">{t("entries")}</h2>
        {others.length === 0 ? <p className="text-sm">{t("noEntries")}</p> : others.map((entry) => <JournalEntryCard key={entry.id} entry={entry} printed />)}
      </section>
      <section className="mt-6 flex flex-col gap-4">
        <h2 className="text-xl font-semibold">{t("sessions")}</h2>
        {record.sessions.length === 0 ? <p className="text-sm">{t("noSessions")}</p> : null}
        {record.sessions.map((session) => (
          <SessionPrint key={session.id} session={session} entries={ofSession(session.id)} headingLevel={3} />
        ))}
      </section>
    </PrintSheet>
  );
}
