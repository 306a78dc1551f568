// Counselling sessions: those a case's stages imply, with notes and topics
// that fit the stage, sometimes one planned in the coming weeks; and a single
// session for tests and the demo adviser's day.
import type { CaseStatus, CounsellingTopic } from "../generated/prisma/enums";
import { SESSION_NOTES } from "./catalog";
import type { BuildContext } from "./context";
import type { CasePlan } from "./case-plan";
import { stockholmTime, weekdayOnOrAfter, weekdayOnOrBefore } from "./days";
import type { CounsellingSessionRow } from "./rows";

/** The stages that have sessions, with the notes written in them (./catalog.ts). */
type SessionStage = keyof typeof SESSION_NOTES;

const SESSION_TOPICS: Record<SessionStage, readonly CounsellingTopic[]> = {
  INTAKE: ["GRANT", "OTHER"],
  COUNSELLING: ["GRANT", "DOCUMENTS", "HOUSING", "HEALTH", "SCHOOLING", "REINTEGRATION"],
  PLANNING: ["DOCUMENTS", "TRAVEL", "HOUSING", "REINTEGRATION", "HEALTH"],
  REFERRED: ["GRANT", "TRAVEL"],
  AWAITING_DECISION: ["TRAVEL", "DOCUMENTS", "REINTEGRATION"],
};

/** Who takes part: the client, their spouse now and then ("hustru" or "make"), and an interpreter when one is needed. */
export type SessionContext = { caseId: string; adviserId: string; interpreterLanguage: string | null; spouse: string | null };

/** The sessions a planned case has had up to `endDay` (today for an open case), oldest first. */
export function sessionsForCase(ctx: BuildContext, plan: CasePlan, context: SessionContext, endDay: number): CounsellingSessionRow[] {
  const { rng, today } = ctx;
  const { path, stageStarts } = plan;
  const openedDay = stageStarts[0] as number;
  const isOpen = plan.status !== "CLOSED";
  const sessions: CounsellingSessionRow[] = [];
  for (let i = 0; i < path.length; i++) {
    const stage = path[i] as CaseStatus;
    if (!(stage in SESSION_NOTES)) continue;
    const start = stageStarts[i] as number;
    const end = Math.min(i + 1 < stageStarts.length ? (stageStarts[i + 1] as number) : endDay, today);
    const span = Math.max(0, end - start);
    const count =
      stage === "INTAKE"
        ? rng.chance(0.8) ? 1 : 0
        : stage === "COUNSELLING"
          ? Math.min(3, 1 + Math.floor(span / 40))
          : stage === "PLANNING"
            ? Math.min(2, 1 + Math.floor(span / 30))
            : rng.int(0, 1);
    for (let k = 0; k < count; k++) {
      if (span === 0 && k > 0) break;
      const raw = start + Math.floor(((k + rng.next()) / count) * span);
      let day = weekdayOnOrBefore(raw);
      if (day < openedDay) day = raw;
      if (day > today) continue;
      sessions.push(stageSession(ctx, context, day, stage as SessionStage, false));
    }
  }
  if (isOpen && ["COUNSELLING", "PLANNING", "AWAITING_DECISION", "INTAKE"].includes(plan.status) && rng.chance(0.45)) {
    sessions.push(stageSession(ctx, context, weekdayOnOrAfter(today + rng.int(1, 14)), plan.status as SessionStage, true));
  }
  sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return sessions;
}

function stageSession(ctx: BuildContext, context: SessionContext, day: number, stage: SessionStage, isPlanned: boolean): CounsellingSessionRow {
  const { rng, newId, today, now, pastTime } = ctx;
  const startsAt = stockholmTime(day, rng.int(9, 15), rng.pick([0, 30]));
  const future = isPlanned || startsAt.getTime() > now.getTime();
  const mode = rng.weighted([["IN_PERSON", 7], ["PHONE", 2], ["VIDEO", 1]] as const);
  const first = rng.pick(SESSION_TOPICS[stage]);
  const second = rng.pick(SESSION_TOPICS[stage]);
  const createdAt = future ? pastTime(today - rng.int(1, 10), 11) : startsAt;
  let participants = "Klienten";
  if (context.spouse && rng.chance(0.5)) participants += `, ${context.spouse}`;
  if (context.interpreterLanguage) participants += ", tolk";
  return {
    id: newId(),
    caseId: context.caseId,
    startsAt,
    durationMinutes: mode === "PHONE" ? rng.pick([20, 30]) : rng.pick([45, 60, 60, 90]),
    mode,
    interpreterLanguage: context.interpreterLanguage,
    isInterpreterBooked: context.interpreterLanguage !== null && (!future || rng.chance(0.7)),
    participants,
    topics: first === second ? [first] : [first, second],
    notes: future ? "" : rng.pick(SESSION_NOTES[stage]),
    authorId: context.adviserId,
    createdAt,
    updatedAt: createdAt,
  };
}

export function buildCounsellingSession(ctx: BuildContext, input: {
  caseId: string;
  startsAt: Date;
  authorId?: string | null;
  overrides?: Partial<CounsellingSessionRow>;
}): CounsellingSessionRow {
  const { rng, newId, today, now, pastTime } = ctx;
  const isPast = input.startsAt.getTime() <= now.getTime();
  const created = isPast ? input.startsAt : pastTime(today, 8);
  return {
    id: newId(),
    caseId: input.caseId,
    startsAt: input.startsAt,
    durationMinutes: rng.pick([45, 60, 60, 90]),
    mode: rng.weighted([["IN_PERSON", 7], ["PHONE", 2], ["VIDEO", 1]] as const),
    interpreterLanguage: null,
    isInterpreterBooked: false,
    participants: "Klienten",
    topics: [rng.pick(["GRANT", "DOCUMENTS", "HOUSING", "TRAVEL", "REINTEGRATION"] as const)],
    notes: isPast ? rng.pick(SESSION_NOTES.COUNSELLING) : "",
    authorId: input.authorId ?? null,
    createdAt: created,
    updatedAt: created,
    ...input.overrides,
  };
}
