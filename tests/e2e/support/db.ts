import pg from "pg";

/** A short-lived connection to a database: the test database the harness created, unless another URL is given. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], url = process.env.DATABASE_URL): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
