// Proof that a write and its audit row commit together: while the audit trail
// refuses rows of one action, the write beside that row must roll back with it.
import type { getDb } from "@/lib/db";

type Db = ReturnType<typeof getDb>;

/** Runs `run` while inserting an audit row of `action` raises; the trigger is gone afterwards. */
export async function withAuditRefused<T>(db: Db, action: string, run: () => Promise<T>): Promise<T> {
  const literal = `'${action.replaceAll("'", "''")}'`;
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION hemvag_test_refuse_audit() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION 'audit refused for the test'; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS hemvag_test_refuse_audit ON "AuditEvent"`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER hemvag_test_refuse_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW."action" = ${literal}) EXECUTE FUNCTION hemvag_test_refuse_audit()`,
  );
  try {
    return await run();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS hemvag_test_refuse_audit ON "AuditEvent"`);
  }
}
