// The seeds that can run on their own or inside a caller's transaction
// (guidance, client material) take either a database URL or a client.
import pg from "pg";

export type Queryable = Pick<pg.ClientBase, "query">;

/**
 * Runs `work` on the caller's client as it is; given a URL, on a connection
 * of its own in one transaction, rolled back if `work` throws.
 */
export async function inOwnTransaction<T>(target: string | Queryable, work: (db: Queryable) => Promise<T>): Promise<T> {
  if (typeof target !== "string") return work(target);
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
