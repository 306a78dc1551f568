import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";

// Protected persons (skyddade personuppgifter) in exports: the one place that
// knows how a protected case is recognised. Helper "protected" adds the
// nullable Case."protectedIdentity" (issue 14 part 5 names it); until that
// migration is in this database the column is missing and no case counts as
// protected. The check of the catalog is once per process. When the column is
// on main, `hasProtectedColumn` can go and the condition stays.

export const PROTECTED_CASE_SQL = Prisma.sql`k."protectedIdentity" IS NOT NULL`;

let hasColumn: Promise<boolean> | null = null;

export function hasProtectedColumn(db: Db): Promise<boolean> {
  hasColumn ??= db
    .$queryRaw<{ present: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Case' AND column_name = 'protectedIdentity') AS present`
    .then(([row]) => row?.present === true)
    .catch(() => {
      hasColumn = null;
      return false;
    });
  return hasColumn;
}

/** How many of the cases `casesSql` lists (a query returning an `id` column) are protected. */
export async function countProtected(db: Db, casesSql: Prisma.Sql): Promise<number> {
  if (!(await hasProtectedColumn(db))) return 0;
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${casesSql}) x JOIN "Case" k ON k.id = x.id WHERE ${PROTECTED_CASE_SQL}`;
  return Number(row?.n ?? 0);
}
