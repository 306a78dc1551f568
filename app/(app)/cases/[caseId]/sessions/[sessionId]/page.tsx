import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { JournalEntryCard, memberName } from "@/components/journal/journal-entry";
import { NewJournalEntryForm } from "@/components/journal/journal-forms";
import { getCounsellingSession } from "@/lib/data/counselling-sessions";
import { getSessionJournal } from "@/lib/data/journal";
import { languageOptions } from "@/lib/languages";
import { formatOfficeDateTime, isoOfDbDate, officeDateAndTime } from "@/lib/dates";
import { interpreterSummary } from "@/components/interpreter/interpreter-summary";
import { SessionForm } from "../_components/session-form";
import { updateSessionAction } from "../actions";
import { createJournalEntryAction } from "../../journal/actions";
import { JournalEntryControls } from "../../journal/_components/entry-controls";
import { Confirmation } from "@/components/ui/confirmation";
import { BackLink } from "@/components/ui/back-link";
import { pageTitle } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";
import { DefinitionList } from "@/components/ui/definition-list";

export const generateMetadata = pageTitle("counselling", "editSession");

export default async function SessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string; sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { caseId, sessionId } = await params;
  const session = await getCounsellingSession(caseId, sessionId);
  if (!session) notFound();
  const journal = await getSessionJournal(caseId, sessionId);
  if (!journal) notFound();
  const tj = await getTranslations("journal");
  const members = journal.members.map((m) => ({ value: m.id, label: memberName(m) }));
  const saved = (await searchParams).saved;
  const tasksCreated = typeof saved === "string" && /^\d+$/.test(saved) ? Number(saved) : null;
  const t = await getTranslations("counselling");
  const tc = await getTranslations("casework");
  const tm = await getTranslations("clientMaterial");
  const tTasks = await getTranslations("tasks");
  const locale = await getLocale();
  const when = officeDateAndTime(session.startsAt);
  const isOpen = session.case.status !== "CLOSED";
  return (
    <section aria-labelledby="session-heading" className="flex flex-col gap-4">
      <BackLink href={`/cases/${caseId}/sessions`}>{t("backToList")}</BackLink>
      <h2 id="session-heading" className="text-xl font-semibold">
        {t("sessionOf", { when: formatOfficeDateTime(session.startsAt) })}
      </h2>
      <p className="text-sm text-slate-700" data-testid="session-interpreter">
        {interpreterSummary(session, tm, locale) ?? tm("interpreter.none")}
      </p>
      <div aria-live="polite">{tasksCreated !== null ? <Confirmation>{t("saved", { count: tasksCreated })}</Confirmation> : null}</div>

      <Section id="next-steps-heading" title={t("tasksFromSession")} level={3} className="flex flex-col gap-2">
        {session.tasks.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noTasksFromSession")}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {session.tasks.map((task) => (
              <li key={task.id} className="flex flex-wrap gap-x-2">
                <span className={task.status === "DONE" ? "line-through" : undefined}>{task.title}</span>
                <span className="text-slate-700">
                  · {task.dueOn ? tTasks("dueOn", { date: isoOfDbDate(task.dueOn) }) : tTasks("noDueDate")} ·{" "}
                  {tTasks(`status.${task.status}`)} · {task.assignee.name}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <section aria-labelledby="session-journal-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id="session-journal-heading" className="text-lg font-semibold">
            {tj("sessionNotes")}
          </h3>
          <Link href={`/print/cases/${caseId}/sessions/${sessionId}`} className="text-sm text-brand-700 underline" target="_blank">
            {t("printSession")}
          </Link>
        </div>
        {journal.entries.length === 0 ? <p className="text-sm text-slate-700">{tj("empty")}</p> : null}
        {journal.entries.map((entry) => (
          <JournalEntryCard key={entry.id} entry={entry}>
            <JournalEntryControls caseId={caseId} entry={entry} userId={journal.userId} isOpen={isOpen} members={members} />
          </JournalEntryCard>
        ))}
        {isOpen ? (
          <details className="rounded-md border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{tj("addSessionNote")}</summary>
            <div className="mt-3">
              <NewJournalEntryForm action={createJournalEntryAction.bind(null, caseId)} members={members} sessions={[]} followUps={[]} fixedSessionId={sessionId} />
            </div>
          </details>
        ) : null}
      </section>

      {isOpen ? (
        <SessionForm
          key={session.updatedAt.toISOString()}
          action={updateSessionAction.bind(null, caseId, sessionId)}
          initial={{
            date: when.date,
            time: when.time,
            durationMinutes: String(session.durationMinutes),
            mode: session.mode,
            interpreterLanguage: session.interpreterLanguage ?? "",
            isInterpreterBooked: session.isInterpreterBooked ? "on" : "",
            interpreterDialect: session.interpreterDialect ?? "",
            interpreterAgency: session.interpreterAgency ?? "",
            interpreterMode: session.interpreterMode ?? "",
            interpreterIdNumber: session.interpreterIdNumber ?? "",
            participants: session.participants,
            topics: session.topics.join(","),
            notes: session.notes,
            savedAt: session.updatedAt.toISOString(),
          }}
          languages={languageOptions(locale)}
          submitLabel={t("saveChanges")}
          nextStepRows={1}
        />
      ) : (
        <>
          <p className="text-sm text-slate-700">{tc("caseClosedReadOnly")}</p>
          <DefinitionList
            className="grid gap-2 text-sm sm:grid-cols-[12rem_1fr]"
            items={[
              { term: t("participants"), value: session.participants || "–", valueClassName: "whitespace-pre-wrap" },
              { term: t("topics"), value: session.topics.map((topic) => tc(`topics.${topic}`)).join(", ") },
              { term: t("notes"), value: session.notes || "–", valueClassName: "whitespace-pre-wrap" },
            ]}
          />
        </>
      )}
    </section>
  );
}
