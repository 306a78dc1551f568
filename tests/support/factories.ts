// Writing the builders' rows (lib/seed) from tests, with Prisma: a few case
// graphs at a time, and the office's organisations when a test needs referral
// targets. The demo seed has its own bulk path (lib/seed/index.ts).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ORGANISATIONS } from "@/lib/seed/catalog";
import { createFactories } from "@/lib/seed/factories";
import type { CaseGraph, OrganisationIds, OrganisationRow } from "@/lib/seed/rows";

/**
 * Writes case graphs in one transaction, parents first, and raises
 * CaseNumberSequence to the highest number written.
 */
export async function insertCaseGraphs(prisma: PrismaClient, graphs: readonly CaseGraph[]): Promise<void> {
  const maxSeqByYear = new Map<number, number>();
  for (const { case: row } of graphs) maxSeqByYear.set(row.caseYear, Math.max(maxSeqByYear.get(row.caseYear) ?? 0, row.caseSeq));
  // A batch transaction: no interactive timeout to trip over on a busy machine.
  await prisma.$transaction([
    prisma.case.createMany({ data: graphs.map((graph) => graph.case) }),
    prisma.householdMember.createMany({ data: graphs.flatMap((graph) => graph.householdMembers) }),
    prisma.caseStatusChange.createMany({ data: graphs.flatMap((graph) => graph.statusChanges) }),
    prisma.counsellingSession.createMany({ data: graphs.flatMap((graph) => graph.sessions) }),
    prisma.returnPlanStep.createMany({ data: graphs.flatMap((graph) => graph.planSteps) }),
    prisma.eligibilityCheck.createMany({ data: graphs.flatMap((graph) => graph.eligibilityChecks) }),
    prisma.referral.createMany({ data: graphs.flatMap((graph) => graph.referrals) }),
    prisma.referralEvent.createMany({ data: graphs.flatMap((graph) => graph.referralEvents) }),
    prisma.task.createMany({ data: graphs.flatMap((graph) => graph.tasks) }),
    prisma.followUp.createMany({ data: graphs.flatMap((graph) => graph.followUps) }),
    ...[...maxSeqByYear].map(
      ([year, lastValue]) => prisma.$executeRaw`
        INSERT INTO "CaseNumberSequence" ("year", "lastValue", "createdAt", "updatedAt")
        VALUES (${year}, ${lastValue}, now(), now())
        ON CONFLICT ("year") DO UPDATE SET "lastValue" = GREATEST("CaseNumberSequence"."lastValue", EXCLUDED."lastValue"), "updatedAt" = now()`,
    ),
  ]);
}

/**
 * The office's organisations, created when missing (names are unique), so
 * that many test files can share a database. Returns their ids by key.
 */
export async function ensureOrganisations(prisma: PrismaClient): Promise<OrganisationIds> {
  const { rows } = createFactories().buildOrganisations();
  const ids = {} as OrganisationIds;
  for (const [index, seed] of ORGANISATIONS.entries()) {
    const row = rows[index] as OrganisationRow;
    const saved = await prisma.organisation.upsert({ where: { name: row.name }, create: row, update: {}, select: { id: true } });
    ids[seed.key] = saved.id;
  }
  return ids;
}
