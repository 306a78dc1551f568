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
import { MyDayViewSchema, type MyDaySection } from "@/lib/schemas/my-day";

export const generateMetadata = pageTitle("myDay");

/**
 * A task section lists this many at first, most pressing first; the rest are one link away. At the scale seed an
 * adviser had 167 tasks, each with its own form, and the page weighed 560 kB (issue 17).
 */
const FIRST_SHOWN = 10;

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

/** One task section: its first tasks (all of them when the URL asks), each with its "Mark done", and the link to the rest. */
async function TaskList({ section, tasks, empty, expanded, tone }: { section: MyDaySection; tasks: MyTask[]; empty?: string; expanded?: MyDaySection; tone?: "overdue" }) {
  const t = await getTranslations("myDay");
  if (tasks.length === 0) return empty ? <p className="text-sm text-slate-700">{empty}</p> : null;
  const whole = expanded === section;
  return (
    <>
      <ul className="divide-y divide-slate-200">
        {(whole ? tasks : tasks.slice(0, FIRST_SHOWN)).map((task) => (
          <li key={task.id} className="flex items-start justify-between gap-3 py-2">
            <div className="min-w-0 flex-1">
              <p className="font-medium whitespace-pre-wrap break-words">{task.title}</p>
              <p className="text-sm text-slate-700">
                {[
                  task.dueOn ? (
                    <span key="due" className={tone === "overdue" ? "font-semibold text-red-800" : undefined}>
                      {t("due", { date: isoOfDbDate(task.dueOn) })}
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
            <CompleteTaskButton action={completeTaskAction.bind(null, task.id, whole ? `/my-day?all=${section}` : "/my-day")} title={task.title} />
          </li>
        ))}
      </ul>
      {tasks.length > FIRST_SHOWN ? (
        <p className="text-sm">
          <Link href={whole ? `/my-day#my-day-${section}` : `/my-day?all=${section}#my-day-${section}`} className="text-brand-700 underline">
            {whole ? t("showFirst", { count: FIRST_SHOWN }) : t("showAll", { count: tasks.length })}
          </Link>
        </p>
      ) : null}
    </>
  );
}

export default async function MyDayPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { all: expanded } = MyDayViewSchema.parse(await searchParams);
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
          <TaskList section="overdue" tasks={day.tasks.overdue} empty={t("noOverdue")} expanded={expanded} tone="overdue" />
        </CountedPanel>

        <CountedPanel id="my-day-today" title={t("dueToday")} count={day.tasks.today.length}>
          <TaskList section="today" tasks={day.tasks.today} empty={t("noDueToday")} expanded={expanded} />
        </CountedPanel>

        <CountedPanel id="my-day-coming" title={t("comingWeek")} count={day.tasks.coming.length}>
          <TaskList section="coming" tasks={day.tasks.coming} empty={t("noComing")} expanded={expanded} />
        </CountedPanel>

        <CountedPanel id="my-day-undated" title={t("undated")} count={day.tasks.undated.length}>
          <TaskList section="undated" tasks={day.tasks.undated} empty={t("noUndated")} expanded={expanded} />
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
          <TaskList section="waiting" tasks={day.waiting.tasks} expanded={expanded} />
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
