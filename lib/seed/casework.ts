// Casework on test and demo cases besides the counselling sessions
// (./counselling.ts): the return plan's steps with statuses that fit the
// case's stage, tasks, and the follow-ups at 1, 3 and 6 months after
// departure with IOM's three scores once done.
import type { CaseStatus, PlanStepKind, PlanStepStatus, TaskStatus } from "../generated/prisma/enums";
import { FOLLOW_UP_NOTES } from "./catalog";
import type { BuildContext } from "./context";
import { CASE_PATH, type CasePlan, type OpenStatus } from "./case-plan";
import { addMonths, dateOfDay, dayOf, type DayLike } from "./days";
import type { CounsellingSessionRow, FollowUpRow, ReturnPlanStepRow, TaskRow } from "./rows";

/** The plan steps a case has at a stage (PLANNING or later), with statuses that fit it. */
export function buildPlanStepsAt(ctx: BuildContext, input: { caseId: string; stage: OpenStatus; startDay: number; departureDay: number | null; age: number; hasChildren: boolean }): ReturnPlanStepRow[] {
  const { rng, newId, today, officeTime } = ctx;
  const kinds: PlanStepKind[] = ["IDENTITY_DOCUMENTS", "HOUSING_HOME_COUNTRY", "TRAVEL_BOOKING", "DEREGISTRATION", "RECEPTION_ON_ARRIVAL"];
  if (rng.chance(input.age >= 60 ? 0.5 : 0.2)) kinds.push("MEDICAL_NEEDS");
  if (input.age < 60 && rng.chance(0.35)) kinds.push("EMPLOYMENT");
  if (rng.chance(0.1)) kinds.push("TRAINING_IN_SWEDEN");
  if (rng.chance(0.08)) kinds.push("TRIAL_PERIOD");
  if (input.hasChildren || rng.chance(0.1)) kinds.push("OTHER_NEEDS");
  const stageIndex = CASE_PATH.indexOf(input.stage);
  const departed = stageIndex >= CASE_PATH.indexOf("DEPARTED");
  const plannedDeparture = input.departureDay ?? input.startDay + rng.int(60, 150);
  const createdAt = officeTime(input.startDay);
  return kinds.map((kind) => {
    let status: PlanStepStatus;
    if (departed) {
      status = kind === "TRIAL_PERIOD" || kind === "TRAINING_IN_SWEDEN" ? rng.pick(["DONE", "NOT_APPLICABLE"] as const) : "DONE";
    } else if (input.stage === "PLANNING") {
      status = kind === "TRAVEL_BOOKING" || kind === "DEREGISTRATION" ? "NOT_STARTED" : rng.weighted([["DONE", 25], ["IN_PROGRESS", 35], ["NOT_STARTED", 40]] as const);
    } else if (stageIndex > CASE_PATH.indexOf("PLANNING")) {
      status =
        kind === "IDENTITY_DOCUMENTS"
          ? "DONE"
          : kind === "DEREGISTRATION" || kind === "RECEPTION_ON_ARRIVAL"
            ? "NOT_STARTED"
            : rng.weighted([["DONE", 45], ["IN_PROGRESS", 45], ["NOT_STARTED", 10]] as const);
    } else {
      status = "NOT_STARTED";
    }
    const dueDay = kind === "DEREGISTRATION" || kind === "TRAVEL_BOOKING" ? plannedDeparture - (kind === "TRAVEL_BOOKING" ? 14 : 0) : input.startDay + rng.int(14, Math.max(15, plannedDeparture - input.startDay));
    const updatedDay = status === "NOT_STARTED" ? input.startDay : Math.min(today, Math.max(input.startDay, departed ? plannedDeparture : input.startDay + rng.int(0, 30)));
    return {
      id: newId(),
      caseId: input.caseId,
      kind,
      status,
      dueOn: status === "NOT_APPLICABLE" ? null : dateOfDay(dueDay),
      note: "",
      createdAt,
      updatedAt: status === "NOT_STARTED" ? createdAt : officeTime(updatedDay),
    };
  });
}

export function buildPlanSteps(ctx: BuildContext, input: { caseId: string; stage?: CaseStatus; startedOn?: DayLike; departedOn?: DayLike | null; age?: number; hasChildren?: boolean }): ReturnPlanStepRow[] {
  const { today } = ctx;
  const stage = (input.stage === "CLOSED" || input.stage === undefined ? "PLANNING" : input.stage) as OpenStatus;
  return buildPlanStepsAt(ctx, {
    caseId: input.caseId,
    stage,
    startDay: input.startedOn ? dayOf(input.startedOn) : today - 20,
    departureDay: input.departedOn ? dayOf(input.departedOn) : null,
    age: input.age ?? 40,
    hasChildren: input.hasChildren ?? false,
  });
}

/** Tasks done (or dropped) earlier in a case's life. */
const HISTORY_TASK_TITLES = ["Boka tolk till samtalet", "Skicka informationsblad om återvandringsbidraget", "Boka nytt samtal", "Kontrollera uppehållstillståndet"];

/** What an adviser has open at each stage. */
const OPEN_TASK_TITLES: Record<OpenStatus, readonly string[]> = {
  INTAKE: ["Boka första samtal", "Boka tolk till första samtalet"],
  COUNSELLING: ["Skicka information om villkoren för bidraget", "Boka uppföljande samtal", "Kontrollera uppehållstillståndet"],
  PLANNING: ["Begär kopia av giltigt pass", "Kontrollera skulder hos Kronofogden och CSN", "Ta fram reseplan och kostnadsberäkning", "Hämta skriftligt samtycke till överlämning"],
  REFERRED: ["Bevaka mottagningsbekräftelse från Migrationsverket"],
  AWAITING_DECISION: ["Bevaka beslut om återvandringsbidrag", "Förbered avregistrering hos Skatteverket"],
  DEPARTED: ["Uppföljningssamtal efter en månad"],
  FOLLOW_UP: ["Uppföljningssamtal efter tre månader", "Uppföljningssamtal efter sex månader"],
};

/** A planned case's tasks: a few from its history, and for an open case what is open at its stage (the next follow-up once departed). */
export function tasksForCase(
  ctx: BuildContext,
  input: { plan: CasePlan; caseId: string; sessions: readonly CounsellingSessionRow[]; followUps: readonly FollowUpRow[]; endDay: number },
): TaskRow[] {
  const { rng, today, now } = ctx;
  const { plan, caseId, sessions, followUps, endDay } = input;
  const { stageStarts, adviserId } = plan;
  const openedDay = stageStarts[0] as number;
  const isOpen = plan.status !== "CLOSED";
  const tasks: TaskRow[] = [];
  const lastPastSession = [...sessions].reverse().find((session) => session.startsAt.getTime() <= now.getTime());
  for (let k = rng.int(0, 2); k > 0; k--) {
    const day = Math.min(today, openedDay + rng.int(1, Math.max(1, endDay - openedDay)));
    tasks.push(buildTaskAt(ctx, { caseId, assigneeId: adviserId, title: rng.pick(HISTORY_TASK_TITLES), createdDay: Math.max(openedDay, day - rng.int(1, 14)), dueDay: day, status: rng.chance(0.9) ? "DONE" : "CANCELLED", doneDay: day }));
  }
  if (isOpen) {
    const stage = plan.status as OpenStatus;
    const count = stage === "DEPARTED" || stage === "FOLLOW_UP" || stage === "REFERRED" ? 1 : rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      let dueDay: number | null;
      let title = rng.pick(OPEN_TASK_TITLES[stage]);
      if (stage === "DEPARTED" || stage === "FOLLOW_UP") {
        const next = followUps.find((followUp) => followUp.completedOn === null);
        if (!next) break;
        dueDay = dayOf(next.dueOn);
        title = `Uppföljningssamtal efter ${next.monthsAfterReturn === 1 ? "en månad" : next.monthsAfterReturn === 3 ? "tre månader" : "sex månader"}`;
      } else {
        dueDay = rng.weighted([[today - rng.int(1, 20), 25], [today, 12], [today + rng.int(1, 21), 50], [null, 13]] as const);
      }
      tasks.push(
        buildTaskAt(ctx, {
          caseId,
          assigneeId: adviserId,
          title,
          createdDay: Math.max(stageStarts[stageStarts.length - 1] as number, Math.min(today, (dueDay ?? today) - rng.int(3, 14))),
          dueDay,
          waitingOn: stage === "REFERRED" || stage === "AWAITING_DECISION" ? (title.includes("Skatteverket") ? null : "Migrationsverket") : null,
          sessionId: lastPastSession && rng.chance(0.5) ? lastPastSession.id : null,
          status: "OPEN",
          doneDay: null,
        }),
      );
    }
  }
  return tasks;
}

function buildTaskAt(ctx: BuildContext, input: {
  caseId: string | null;
  assigneeId: string;
  title: string;
  createdDay: number;
  dueDay: number | null;
  status: TaskStatus;
  doneDay: number | null;
  waitingOn?: string | null;
  sessionId?: string | null;
}): TaskRow {
  const { newId, today, officeTime } = ctx;
  const createdAt = officeTime(Math.min(input.createdDay, today));
  const doneAt = input.status === "OPEN" || input.doneDay === null ? null : officeTime(Math.max(input.doneDay, input.createdDay));
  const finished = doneAt && doneAt.getTime() < createdAt.getTime() ? createdAt : doneAt;
  return {
    id: newId(),
    caseId: input.caseId,
    assigneeId: input.assigneeId,
    sessionId: input.sessionId ?? null,
    title: input.title,
    dueOn: input.dueDay === null ? null : dateOfDay(input.dueDay),
    waitingOn: input.waitingOn ?? null,
    status: input.status,
    doneAt: input.status === "DONE" ? finished : null,
    createdAt,
    updatedAt: finished ?? createdAt,
  };
}

export function buildTask(ctx: BuildContext, input: { assigneeId: string; caseId?: string | null; title?: string; dueOn?: DayLike | null; status?: TaskStatus; overrides?: Partial<TaskRow> }): TaskRow {
  const { rng, today } = ctx;
  const status = input.status ?? "OPEN";
  const dueDay = input.dueOn === undefined ? today + rng.int(-5, 14) : input.dueOn === null ? null : dayOf(input.dueOn);
  const row = buildTaskAt(ctx, {
    caseId: input.caseId ?? null,
    assigneeId: input.assigneeId,
    title: input.title ?? rng.pick(["Boka nytt samtal", "Begär kopia av pass", "Ring Migrationsverket om ärendet"]),
    createdDay: Math.min(today, (dueDay ?? today) - 7),
    dueDay,
    status,
    doneDay: status === "OPEN" ? null : today,
  });
  return { ...row, ...input.overrides };
}

/** Contacts at 1, 3 and 6 months after departure; done ones carry IOM's three scores (1–5). */
export function buildFollowUpsAt(ctx: BuildContext, input: { caseId: string; departureDay: number; firstDoneDay: number | null; closedDay: number | null }): FollowUpRow[] {
  const { rng, newId, today, officeTime } = ctx;
  const createdAt = officeTime(Math.min(today, input.departureDay));
  const score = (bonus: number) => Math.min(5, rng.weighted([[1, 1], [2, 2], [3, 4], [4, 4], [5, 2]] as const) + (rng.chance(bonus) ? 1 : 0));
  return [1, 3, 6].map((months) => {
    const dueDay = addMonths(input.departureDay, months);
    let completedDay: number | null = null;
    if (months === 1 && input.firstDoneDay !== null) {
      completedDay = input.firstDoneDay;
    } else if (months > 1 && input.firstDoneDay !== null) {
      const limit = input.closedDay ?? today - 2;
      const candidate = dueDay + rng.int(-3, 10);
      if (candidate <= limit && candidate > input.firstDoneDay && rng.chance(months === 3 ? 0.9 : 0.8)) completedDay = candidate;
    }
    const completedAt = completedDay === null ? null : officeTime(completedDay);
    const bonus = months === 6 ? 0.3 : months === 3 ? 0.15 : 0;
    return {
      id: newId(),
      caseId: input.caseId,
      monthsAfterReturn: months,
      dueOn: dateOfDay(dueDay),
      completedOn: completedDay === null ? null : dateOfDay(completedDay),
      economicScore: completedDay === null ? null : score(bonus),
      socialScore: completedDay === null ? null : score(bonus),
      psychosocialScore: completedDay === null ? null : score(bonus),
      notes: completedDay === null ? "" : rng.pick(FOLLOW_UP_NOTES),
      createdAt,
      updatedAt: completedAt ?? createdAt,
    };
  });
}

export function buildFollowUps(ctx: BuildContext, input: { caseId: string; departedOn: DayLike; completedUpTo?: 0 | 1 | 3 | 6 }): FollowUpRow[] {
  const { rng, officeTime } = ctx;
  const departureDay = dayOf(input.departedOn);
  const rows = buildFollowUpsAt(ctx, { caseId: input.caseId, departureDay, firstDoneDay: null, closedDay: null });
  const upTo = input.completedUpTo ?? 0;
  for (const row of rows) {
    if (row.monthsAfterReturn <= upTo) {
      row.completedOn = row.dueOn;
      row.economicScore = rng.int(1, 5);
      row.socialScore = rng.int(1, 5);
      row.psychosocialScore = rng.int(1, 5);
      row.updatedAt = officeTime(dayOf(row.dueOn));
    }
  }
  return rows;
}
