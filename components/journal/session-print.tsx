import { getLocale, getTranslations } from "next-intl/server";
import { formatOfficeDateTime } from "@/lib/dates";
import { interpreterSummary, type InterpreterFields } from "@/components/interpreter/interpreter-summary";
import { JournalEntryCard } from "@/components/journal/journal-entry";
import type { JournalEntryView } from "@/lib/data/journal";

type PrintedSession = InterpreterFields & {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  mode: string;
  participants: string;
  topics: string[];
  notes: string;
  authorName: string | null;
};

/** One counselling session in print: when, how, who recorded it, what the form holds, and its journal entries with their history open. */
export async function SessionPrint({ session, entries, headingLevel = 2 }: { session: PrintedSession; entries: JournalEntryView[]; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("journal.printView");
  const tc = await getTranslations("casework");
  const tm = await getTranslations("clientMaterial");
  const interpreter = interpreterSummary(session, tm, await getLocale());
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="flex flex-col gap-2 border-b border-slate-300 pb-4 print:break-inside-auto" data-testid="printed-session">
      <Heading className="text-lg font-semibold">{t("sessionHeading", { when: formatOfficeDateTime(session.startsAt) })}</Heading>
      <p className="text-sm">
        {t("sessionMeta", { mode: tc(`modes.${session.mode}`), minutes: session.durationMinutes })}
        {session.authorName ? ` · ${t("heldBy", { name: session.authorName })}` : ""}
      </p>
      {interpreter ? (
        <p className="text-sm" data-testid="printed-interpreter">
          {interpreter}
        </p>
      ) : null}
      <dl className="grid grid-cols-1 gap-x-3 sm:grid-cols-[10rem_1fr] gap-y-1 text-sm">
        <dt className="font-medium">{t("participants")}</dt>
        <dd className="whitespace-pre-wrap">{session.participants || "–"}</dd>
        <dt className="font-medium">{t("topics")}</dt>
        <dd>{session.topics.map((topic) => tc(`topics.${topic}`)).join(", ") || "–"}</dd>
        {session.notes ? (
          <>
            <dt className="font-medium">{t("sessionNotesLegacy")}</dt>
            <dd className="whitespace-pre-wrap">{session.notes}</dd>
          </>
        ) : null}
      </dl>
      {entries.map((entry) => (
        <JournalEntryCard key={entry.id} entry={entry} printed />
      ))}
    </section>
  );
}
