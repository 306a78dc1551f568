import pg from "pg";

/** One query on a short-lived connection of its own, closed whatever happens. */
export async function queryOnce<T extends pg.QueryResultRow>(url: string | undefined, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
