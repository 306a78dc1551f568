import { getTranslations } from "next-intl/server";
import { formatOfficeDateTime } from "@/lib/dates";
import type { JournalEntryView } from "@/lib/data/journal";
import { wordDiff } from "@/lib/journal/word-diff";

/** "Förnamn Efternamn" of the member an entry is about. */
export function memberName(member: { firstName: string; lastName: string }): string {
  return `${member.firstName} ${member.lastName}`;
}

/**
 * One journal entry as the record shows it: kind, who it is about, author and
 * time, draft or signed, the "corrected" mark, the current text, and for a
 * corrected entry its full history, each version with author, time, reason
 * and the words changed from the version before. `children` are the forms the
 * page offers (edit and sign a draft, correct a signed entry); the print view
 * passes none and opens the history.
 */
export async function JournalEntryCard({ entry, printed = false, children }: { entry: JournalEntryView; printed?: boolean; children?: React.ReactNode }) {
  const t = await getTranslations("journal");
  // The record's times read the same in every language and in print: YYYY-MM-DD HH:mm (lib/dates).
  const when = formatOfficeDateTime;
  const author = entry.authorName ?? t("unknownAuthor");
  const isCorrected = entry.versions.length > 1;
  return (
    <article className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 print:break-inside-avoid print:rounded-none print:border-x-0 print:border-t-0 print:px-0" data-testid="journal-entry" aria-label={t(`kinds.${entry.kind}`)}>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <span className="font-semibold">{t(`kinds.${entry.kind}`)}</span>
        {entry.signedAt ? (
          <span className="rounded bg-green-50 px-2 py-0.5 text-xs font-medium text-green-900 print:border print:border-green-800">{t("signed", { when: when(entry.signedAt) })}</span>
        ) : (
          <span className="rounded bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 print:border print:border-amber-800">{t("draft")}</span>
        )}
        {isCorrected ? (
          <span className="rounded bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900 print:border print:border-sky-800" data-testid="corrected-mark">
            {t("corrected")}
          </span>
        ) : null}
        {entry.householdMember ? <span className="text-slate-700">{t("about", { name: memberName(entry.householdMember) })}</span> : null}
      </header>
      <p className="text-xs text-slate-600">{t("writtenBy", { name: author, when: when(entry.createdAt) })}</p>
      <p className="whitespace-pre-wrap text-sm" data-testid="journal-text">
        {entry.text}
      </p>
      {isCorrected ? (
        <details className="text-sm" open={printed || undefined}>
          <summary className="cursor-pointer font-medium text-brand-700 print:list-none">{t("history", { count: entry.versions.length })}</summary>
          <ol className="mt-2 flex flex-col gap-3 border-l-2 border-slate-200 pl-3" data-testid="journal-history">
            {entry.versions.map((version, index) => {
              const previous = entry.versions[index - 1];
              const name = version.authorName ?? t("unknownAuthor");
              return (
                <li key={version.id} className="flex flex-col gap-1">
                  <span className="text-xs font-medium text-slate-700">
                    {previous
                      ? t("versionCorrected", { version: version.version, name, when: when(version.createdAt) })
                      : t("versionSigned", { version: version.version, name, when: when(version.createdAt) })}
                  </span>
                  {version.reason ? <span className="text-xs text-slate-800">{t("reason", { reason: version.reason })}</span> : null}
                  <p className="whitespace-pre-wrap">
                    {previous
                      ? wordDiff(previous.text, version.text).map((part, i) =>
                          part.change === "added" ? (
                            <ins key={i} className="bg-green-100 text-green-950 no-underline print:underline" title={t("added")}>
                              {part.text}
                            </ins>
                          ) : part.change === "removed" ? (
                            <del key={i} className="bg-red-100 text-red-900" title={t("removed")}>
                              {part.text}
                            </del>
                          ) : (
                            <span key={i}>{part.text}</span>
                          ),
                        )
                      : version.text}
                  </p>
                </li>
              );
            })}
          </ol>
        </details>
      ) : null}
      {children}
    </article>
  );
}
