import Link from "next/link";
import { JournalEntryCard, memberName } from "@/components/journal/journal-entry";
import { NewJournalEntryForm } from "@/components/journal/journal-forms";
import { getCaseJournal } from "@/lib/data/journal";
import { createJournalEntryAction } from "./actions";
import { JournalEntryControls } from "./_components/entry-controls";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { PageSection, Section } from "@/components/ui/section";
import { openCasePage } from "../open-case-page";

export const generateMetadata = pageTitle("journal");

/** The case journal: every entry oldest first, drafts with their forms, signed entries with correction and history. */
export default async function JournalPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: journal, t } = await openCasePage(params, getCaseJournal, "journal");
  const isOpen = journal.case.status !== "CLOSED";
  const members = journal.case.householdMembers.map((m) => ({ value: m.id, label: memberName(m) }));
  const sessions = journal.case.sessions.map((s) => ({ value: s.id, label: t("sessionOption", { when: formatOfficeDateTime(s.startsAt) }) }));
  const followUps = journal.case.followUps.map((f) => ({ value: f.id, label: t("followUpOption", { months: f.monthsAfterReturn }) }));

  return (
    <PageSection
      id="journal-heading"
      title={t("title")}
      intro={t("intro")}
      actions={
        <Link href={`/print/cases/${caseId}`} className="text-sm text-brand-700 underline" target="_blank">
          {t("print")}
        </Link>
      }
    >
      {journal.entries.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {journal.entries.map((entry) => (
            <li key={entry.id}>
              <JournalEntryCard entry={entry}>
                <JournalEntryControls caseId={caseId} entry={entry} userId={journal.userId} isOpen={isOpen} members={members} />
              </JournalEntryCard>
            </li>
          ))}
        </ol>
      )}

      {isOpen ? (
        <Section id="new-entry-heading" title={t("newEntry")} level={3} className="flex flex-col gap-2">
          <NewJournalEntryForm action={createJournalEntryAction.bind(null, caseId)} members={members} sessions={sessions} followUps={followUps} />
        </Section>
      ) : null}
    </PageSection>
  );
}
