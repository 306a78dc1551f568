import { getTranslations } from "next-intl/server";
import { JournalCorrectionForm, JournalDraftForm } from "@/components/journal/journal-forms";
import type { JournalEntryView } from "@/lib/data/journal";
import { correctJournalEntryAction, signJournalEntryAction, updateJournalDraftAction } from "../actions";

/**
 * What one may do with a journal entry, on the journal tab and on a session's
 * page alike: correct it once signed, edit and sign one's own draft, or read
 * whose draft it is. Nothing on a closed case.
 */
export async function JournalEntryControls({
  caseId,
  entry,
  userId,
  isOpen,
  members,
}: {
  caseId: string;
  entry: JournalEntryView;
  userId: string;
  isOpen: boolean;
  members: { value: string; label: string }[];
}) {
  if (!isOpen) return null;
  if (entry.signedAt) {
    return <JournalCorrectionForm action={correctJournalEntryAction.bind(null, caseId, entry.id)} entryId={entry.id} text={entry.text} version={entry.version} />;
  }
  if (entry.authorId === userId) {
    return (
      <JournalDraftForm
        key={entry.updatedAt.toISOString()}
        saveAction={updateJournalDraftAction.bind(null, caseId, entry.id)}
        signAction={signJournalEntryAction.bind(null, caseId, entry.id)}
        entryId={entry.id}
        text={entry.text}
        householdMemberId={entry.householdMember?.id ?? null}
        savedAt={entry.updatedAt.toISOString()}
        members={members}
      />
    );
  }
  const t = await getTranslations("journal");
  return <p className="text-xs text-slate-600">{t("onlyAuthorMaySign", { name: entry.authorName ?? t("unknownAuthor") })}</p>;
}
