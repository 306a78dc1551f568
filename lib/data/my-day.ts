import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { taskScope } from "@/lib/data/tasks";
import { endOfOfficeDay, officeToday, startOfOfficeDay } from "@/lib/dates";
import { addDays, dbDate, isoOfDbDate } from "@/lib/dates";

/** How far ahead "coming up" looks, in days after today. */
export const MY_DAY_HORIZON_DAYS = 7;
/** A start page, not a report: each list is capped. */
const LIST_LIMIT = 100;

const CASE_LABEL = { id: true, caseNumber: true, firstName: true, lastName: true } as const;

const MY_TASK_FIELDS = {
  id: true,
  title: true,
  dueOn: true,
  waitingOn: true,
  case: { select: CASE_LABEL },
} as const;

/**
 * An adviser's start page: today's sessions on their cases; their open tasks
 * that are overdue, due today or due in the coming week; what waits on
 * someone else (tasks with "waiting on" set, cases referred or awaiting a
 * decision); and follow-ups after return that are due.
 *
 * Every query starts from an index: tasks from (assigneeId, status, dueOn),
 * sessions from (startsAt) joined to the case's adviser, cases from
 * (adviserId, status, updatedAt), follow-ups from their case's adviser and
 * status or from (dueOn, completedOn), whichever the planner finds cheaper.
 */
export async function getMyDay(now: Date = new Date()) {
  const user = await authorize("myDay.read");
  const db = getDb();
  const today = officeToday(now);
  const horizon = addDays(today, MY_DAY_HORIZON_DAYS);
  const inScope = taskScope(user, now);

  const openTasksDue = (dueOn: { lt?: Date; equals?: Date; gt?: Date; lte?: Date } | null) =>
    db.task.findMany({
      // A task waiting on someone else is listed under "waiting" only, never twice.
      where: { assigneeId: user.id, status: "OPEN", dueOn, waitingOn: null, ...inScope },
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      select: MY_TASK_FIELDS,
      take: LIST_LIMIT,
    });

  const [sessions, overdueTasks, todayTasks, comingTasks, undatedTasks, waitingTasks, waitingCases, followUps] = await Promise.all([
    db.counsellingSession.findMany({
      where: { startsAt: { gte: startOfOfficeDay(today), lt: endOfOfficeDay(today) }, case: { adviserId: user.id } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        startsAt: true,
        durationMinutes: true,
        mode: true,
        interpreterLanguage: true,
        isInterpreterBooked: true,
        topics: true,
        case: { select: CASE_LABEL },
      },
      take: LIST_LIMIT,
    }),
    openTasksDue({ lt: dbDate(today) }),
    openTasksDue({ equals: dbDate(today) }),
    openTasksDue({ gt: dbDate(today), lte: dbDate(horizon) }),
    // Undated tasks used to appear nowhere; they are listed on their own, after the dated ones.
    openTasksDue(null),
    db.task.findMany({
      where: { assigneeId: user.id, status: "OPEN", waitingOn: { not: null }, ...inScope },
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      select: MY_TASK_FIELDS,
      take: LIST_LIMIT,
    }),
    db.case.findMany({
      where: { adviserId: user.id, status: { in: ["REFERRED", "AWAITING_DECISION"] } },
      orderBy: [{ statusSince: "asc" }, { id: "asc" }],
      select: { ...CASE_LABEL, status: true, statusSince: true },
      take: LIST_LIMIT,
    }),
    db.followUp.findMany({
      where: { completedOn: null, dueOn: { lte: dbDate(horizon) }, case: { adviserId: user.id, status: { in: ["DEPARTED", "FOLLOW_UP"] } } },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      select: { id: true, monthsAfterReturn: true, dueOn: true, case: { select: CASE_LABEL } },
      take: LIST_LIMIT,
    }),
  ]);

  await recordAudit(db, auditActor(user), { action: "myDay.read", resourceType: "User", resourceId: user.id });

  return {
    today,
    horizon,
    sessions,
    tasks: { overdue: overdueTasks, today: todayTasks, coming: comingTasks, undated: undatedTasks },
    waiting: { tasks: waitingTasks, cases: waitingCases },
    followUps: followUps.map((followUp) => ({ ...followUp, isOverdue: isoOfDbDate(followUp.dueOn) < today })),
  };
}

export type MyDay = Awaited<ReturnType<typeof getMyDay>>;
