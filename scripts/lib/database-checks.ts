import pg from "pg";

/** Connects once; on failure says what is wrong and how to fix it, in one line. */
export async function checkDatabaseReachable(url: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true };
  } catch (error) {
    const { hostname, port, pathname } = new URL(url);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message:
        `Database unreachable at ${hostname}:${port || 5432}${pathname} (${reason}). ` +
        "Start that PostgreSQL server or fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.",
    };
  } finally {
    await client.end().catch(() => {});
  }
}

/** True when no user account exists yet: a fresh database that the demo seed may fill. */
export async function isDatabaseEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*)::text AS count FROM "User"');
    return rows[0]?.count === "0";
  } finally {
    await client.end();
  }
}
