import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";

// Protected persons (skyddade personuppgifter) in exports: the one place that
// knows, in SQL, how a protected case is recognised (Case."protectedIdentity"
// set; see lib/data/protected-identity.ts and decision 024). Exports warn
// before they include one.

export const PROTECTED_CASE_SQL = Prisma.sql`k."protectedIdentity" IS NOT NULL`;

/** How many of the cases `casesSql` lists (a query returning an `id` column) are protected. */
export async function countProtected(db: Db, casesSql: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${casesSql}) x JOIN "Case" k ON k.id = x.id WHERE ${PROTECTED_CASE_SQL}`;
  return Number(row?.n ?? 0);
}
