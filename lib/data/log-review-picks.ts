import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OFFICE_TIME_ZONE } from "@/lib/dates";
import { utcParameter } from "@/lib/data/scope";
import { monthWindow } from "@/lib/log-review/month";
import type { LogReviewRule } from "@/lib/vocabularies/protected-identity";

// The picks of a monthly access-log review (issue 13 part 2), drawn in one SQL
// statement over the month's reads: a random sample plus every rule's hits.
// The same month, seed and parameters give the same picks (the sample is
// ordered by md5(seed || id)), so a stored review can be checked by drawing
// again. Reads of cases removed since are still picked (left joins); their
// case-dependent rules simply do not fire.

/** The audit actions that are a read of a case's personal data. */
export const READ_ACTIONS = [
  "case.read",
  "case.contact.reveal",
  "case.emergencyAccess",
  "case.timeline.read",
  "case.record.print",
  "counsellingSession.read",
  "counsellingSession.print",
  "journal.read",
  "document.download",
  "document.list",
  "plan.read",
  "referral.read",
  "referral.letter.download",
  "eligibility.read",
  "eligibility.print",
] as const;

export type PickParameters = {
  sampleSize: number;
  /** Office hours in Stockholm, [start, end) in whole hours; weekends are outside. */
  officeStartHour: number;
  officeEndHour: number;
  /** "Many cases in a short time": this many different cases opened within this many minutes. */
  burstCases: number;
  burstMinutes: number;
  /** At most this many picks per rule (the rule's full count is kept in ruleTotals). */
  perRuleCap: number;
};

export type DrawnPicks = { readCount: number; picks: { auditEventId: bigint; rules: LogReviewRule[] }[]; ruleTotals: Partial<Record<LogReviewRule, number>> };

export async function drawPicks(db: Pick<Db, "$queryRaw">, month: string, seed: string, p: PickParameters): Promise<DrawnPicks> {
  const { from, to } = monthWindow(month);
  const actions = [...READ_ACTIONS];
  const rows = await db.$queryRaw<{ id: bigint; rule: LogReviewRule; total: bigint; readCount: bigint }[]>(Prisma.sql`
    WITH reads AS MATERIALIZED (
      SELECT e.id, e.at, e."userId", e."caseId", e.action
      FROM "AuditEvent" e
      WHERE e.action = ANY(${actions}::text[]) AND e.at >= ${utcParameter(from)} AND e.at < ${utcParameter(to)}
        AND e."caseId" IS NOT NULL AND e."userId" IS NOT NULL
    ),
    ctx AS MATERIALIZED (
      SELECT r.*, c."teamId" AS "caseTeamId", (c."protectedIdentity" IS NOT NULL) AS "isProtected",
             regexp_split_to_array(lower(coalesce(c."lastName", '')), '[[:space:]-]+') AS "caseSurnames",
             u."teamId" AS "userTeamId", lower(regexp_replace(btrim(coalesce(u.name, '')), '^.*[[:space:]]', '')) AS "userSurname",
             ((r.at AT TIME ZONE 'UTC') AT TIME ZONE ${OFFICE_TIME_ZONE}) AS "localAt"
      FROM reads r
      LEFT JOIN "Case" c ON c.id = r."caseId"
      LEFT JOIN "User" u ON u.id = r."userId"
    ),
    openings AS (
      SELECT id, "userId", at, lag(at) OVER (PARTITION BY "userId", "caseId" ORDER BY at, id) AS previous FROM ctx
    ),
    bursts AS (
      SELECT id, at, count(*) OVER (PARTITION BY "userId" ORDER BY at RANGE BETWEEN make_interval(mins => ${p.burstMinutes}::int) PRECEDING AND CURRENT ROW) AS opened
      FROM openings
      WHERE previous IS NULL OR previous < at - make_interval(mins => ${p.burstMinutes}::int)
    ),
    hits AS (
      (SELECT id, at, 'RANDOM_SAMPLE' AS rule FROM ctx ORDER BY md5(${seed} || id::text) LIMIT ${p.sampleSize}::int)
      UNION ALL SELECT id, at, 'PROTECTED_PERSON' FROM ctx WHERE "isProtected"
      UNION ALL SELECT id, at, 'OUTSIDE_TEAM' FROM ctx WHERE "caseTeamId" IS NOT NULL AND "caseTeamId" IS DISTINCT FROM "userTeamId"
      UNION ALL SELECT id, at, 'EMERGENCY_ACCESS' FROM ctx
        WHERE action = 'case.emergencyAccess'
           OR EXISTS (SELECT 1 FROM "EmergencyAccess" ea WHERE ea."userId" = ctx."userId" AND ea."caseId" = ctx."caseId" AND ea."createdAt" <= ctx.at AND ea."expiresAt" > ctx.at)
      UNION ALL SELECT id, at, 'OUTSIDE_OFFICE_HOURS' FROM ctx
        WHERE extract(isodow FROM "localAt") >= 6 OR extract(hour FROM "localAt") < ${p.officeStartHour}::int OR extract(hour FROM "localAt") >= ${p.officeEndHour}::int
      UNION ALL SELECT id, at, 'MANY_CASES_SHORT_TIME' FROM bursts WHERE opened >= ${p.burstCases}::int
      UNION ALL SELECT id, at, 'SAME_SURNAME' FROM ctx WHERE "userSurname" <> '' AND "userSurname" = ANY("caseSurnames")
    ),
    ranked AS (
      SELECT id, rule, row_number() OVER (PARTITION BY rule ORDER BY at, id) AS position, count(*) OVER (PARTITION BY rule) AS total FROM hits
    )
    SELECT id, rule, total, (SELECT count(*) FROM reads) AS "readCount" FROM ranked WHERE position <= ${p.perRuleCap}::int
    UNION ALL
    -- A month with reads but no hits still says how many reads it held.
    SELECT NULL, NULL, NULL, (SELECT count(*) FROM reads) WHERE NOT EXISTS (SELECT 1 FROM ranked)`);
  const byEvent = new Map<bigint, LogReviewRule[]>();
  const ruleTotals: Partial<Record<LogReviewRule, number>> = {};
  for (const row of rows) {
    if (row.id === null) continue;
    byEvent.set(row.id, [...(byEvent.get(row.id) ?? []), row.rule]);
    ruleTotals[row.rule] = Number(row.total);
  }
  const picks = [...byEvent.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([auditEventId, rules]) => ({ auditEventId, rules: rules.sort() }));
  return { readCount: Number(rows[0]?.readCount ?? 0), picks, ruleTotals };
}
