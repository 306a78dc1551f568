// Proof that a write commits whole or not at all: a trigger that makes some
// inserts into one table fail, installed for a test file and dropped after it.
import type { getDb } from "@/lib/db";
import { afterAll, beforeAll } from "vitest";

type Db = ReturnType<typeof getDb>;

/**
 * A BEFORE INSERT trigger `name` on `table` that raises `message` for every
 * row matching `condition` (SQL over NEW), for the whole test file: call it
 * at the top level; it installs itself in beforeAll and goes in afterAll.
 */
export function failInsertsWhere(db: Db, { name, table, condition, message }: { name: string; table: string; condition: string; message: string }): void {
  beforeAll(async () => {
    await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger AS $$
    BEGIN
      IF ${condition} THEN RAISE EXCEPTION '${message}'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name} ON "${table}"`);
    await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  });
  afterAll(async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name} ON "${table}"`);
  });
}
