import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CompleteTaskButton } from "@/components/casework/complete-task-button";
import { completeTaskAction } from "@/app/(app)/cases/[caseId]/tasks/actions";
import { getMyDay, type MyDay } from "@/lib/data/my-day";
import { listMyLateDrafts } from "@/lib/data/journal";
import { languageName } from "@/lib/languages";
import { dbDate, formatOfficeDay, formatOfficeTime, isoOfDbDate } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { Panel } from "@/components/ui/section";

export const generateMetadata = pageTitle("myDay");

type CaseLabel = { id: string; caseNumber: string; firstName: string; lastName: string };
type MyTask = MyDay["tasks"]["today"][number];

function caseLabel(c: CaseLabel): string {
  return `${c.caseNumber} · ${c.firstName} ${c.lastName}`;
}

function CountedPanel({ id, title, count, children }: { id: string; title: string; count: number; children: React.ReactNode }) {
  return (
    <Panel id={id} title={<>{title} <span className="text-sm font-normal text-slate-700">({count})</span></>} level={2} className="flex flex-col gap-3">
      {children}
    </Panel>
  );
}

export default async function MyDayPage() {
  const day = await getMyDay();
  const lateDrafts = await listMyLateDrafts();
  const tj = await getTranslations("journal");
  const t = await getTranslations("myDay");
  const tc = await getTranslations("casework");
  const tCases = await getTranslations("caseStatus");
  const locale = await getLocale();
  // Calendar days (@db.Date) are stored at UTC midnight; instants are shown in Stockholm time.
  const date = (value: Date) => isoOfDbDate(value);
  const dateOf = (instant: Date) => formatOfficeDay(instant);
  const time = (value: Date) => formatOfficeTime(value);

  const taskList = (tasks: MyTask[], empty: string, tone?: "overdue") =>
    tasks.length === 0 ? (
      <p className="text-sm text-slate-700">{empty}</p>
    ) : (
      <ul className="divide-y divide-slate-200">
        {tasks.map((task) => (
          <li key={task.id} className="flex items-start justify-between gap-3 py-2">
            <div className="min-w-0 flex-1">
              <p className="font-medium whitespace-pre-wrap break-words">{task.title}</p>
              <p className="text-sm text-slate-700">
                {[
                  task.dueOn ? (
                    <span key="due" className={tone === "overdue" ? "font-semibold text-red-800" : undefined}>
                      {t("due", { date: date(task.dueOn) })}
                    </span>
                  ) : null,
                  task.waitingOn ? <span key="waiting">{t("waitingOnWho", { who: task.waitingOn })}</span> : null,
                  task.case ? (
                    <Link key="case" href={`/cases/${task.case.id}/tasks`} className="text-brand-700 underline">
                      {caseLabel(task.case)}
                    </Link>
                  ) : null,
                ]
                  .filter(Boolean)
                  .flatMap((part, index) => (index === 0 ? [part] : [" · ", part]))}
              </p>
            </div>
            <CompleteTaskButton action={completeTaskAction.bind(null, task.id, "/my-day")} title={task.title} />
          </li>
        ))}
      </ul>
    );

  return (
    <>
      <PageHeader title={t("title")} description={t("intro", { date: date(dbDate(day.today)) })} />
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <CountedPanel id="my-day-sessions" title={t("sessions")} count={day.sessions.length}>
          {day.sessions.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noSessions")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {day.sessions.map((session) => (
                <li key={session.id} className="py-2">
                  <p className="font-medium">
                    <Link href={`/cases/${session.case.id}/sessions/${session.id}`} className="text-brand-700 underline">
                      {time(session.startsAt)} · {caseLabel(session.case)}
                    </Link>
                  </p>
                  <p className="text-sm text-slate-700">
                    {t("sessionDetails", { minutes: session.durationMinutes, mode: tc(`modes.${session.mode}`) })}
                    {session.interpreterLanguage
                      ? ` · ${t(session.isInterpreterBooked ? "interpreterBooked" : "interpreterNotBooked", { language: languageName(session.interpreterLanguage, locale) })}`
                      : ""}
                  </p>
                  <p className="text-sm text-slate-700">{session.topics.map((topic) => tc(`topics.${topic}`)).join(", ")}</p>
                </li>
              ))}
            </ul>
          )}
        </CountedPanel>

        <CountedPanel id="my-day-late-drafts" title={tj("lateDrafts")} count={lateDrafts.length}>
          <p className="text-sm text-slate-700">{tj("lateDraftsHint")}</p>
          {lateDrafts.length > 0 ? (
            <ul className="divide-y divide-slate-200">
              {lateDrafts.map((draft) => (
                <li key={draft.id} className="py-2">
                  <Link href={`/cases/${draft.case.id}/journal`} className="font-medium text-brand-700 underline">
                    {tj("lateDraft", { kind: tj(`kinds.${draft.kind}`), caseNumber: caseLabel(draft.case), when: dateOf(draft.createdAt) })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </CountedPanel>

        <CountedPanel id="my-day-overdue" title={t("overdue")} count={day.tasks.overdue.length}>
          {taskList(day.tasks.overdue, t("noOverdue"), "overdue")}
        </CountedPanel>

        <CountedPanel id="my-day-today" title={t("dueToday")} count={day.tasks.today.length}>
          {taskList(day.tasks.today, t("noDueToday"))}
        </CountedPanel>

        <CountedPanel id="my-day-coming" title={t("comingWeek")} count={day.tasks.coming.length}>
          {taskList(day.tasks.coming, t("noComing"))}
        </CountedPanel>

        <CountedPanel id="my-day-undated" title={t("undated")} count={day.tasks.undated.length}>
          {taskList(day.tasks.undated, t("noUndated"))}
        </CountedPanel>

        <CountedPanel id="my-day-waiting" title={t("waiting")} count={day.waiting.tasks.length + day.waiting.cases.length}>
          {day.waiting.cases.length === 0 && day.waiting.tasks.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noWaiting")}</p>
          ) : null}
          {day.waiting.cases.length > 0 ? (
            <ul className="divide-y divide-slate-200">
              {day.waiting.cases.map((c) => (
                <li key={c.id} className="py-2">
                  <Link href={`/cases/${c.id}`} className="font-medium text-brand-700 underline">
                    {caseLabel(c)}
                  </Link>
                  <p className="text-sm text-slate-700">{t("caseWaiting", { status: tCases(c.status), since: dateOf(c.statusSince) })}</p>
                </li>
              ))}
            </ul>
          ) : null}
          {day.waiting.tasks.length > 0 ? taskList(day.waiting.tasks, "") : null}
        </CountedPanel>

        <CountedPanel id="my-day-follow-ups" title={t("followUps")} count={day.followUps.length}>
          {day.followUps.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noFollowUps")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {day.followUps.map((followUp) => (
                <li key={followUp.id} className="py-2">
                  <Link href={`/cases/${followUp.case.id}/follow-up`} className="font-medium text-brand-700 underline">
                    {caseLabel(followUp.case)}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {t("followUpDue", { months: followUp.monthsAfterReturn, date: date(followUp.dueOn) })}
                    {followUp.isOverdue ? <span className="font-semibold text-red-800"> · {t("late")}</span> : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </CountedPanel>
      </div>
    </>
  );
}
