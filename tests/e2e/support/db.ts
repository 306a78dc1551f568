import type pg from "pg";
import { queryOnce } from "../../support/query";

/** A short-lived connection to a database: the test database the harness created, unless another URL is given. */
export function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], url = process.env.DATABASE_URL): Promise<T[]> {
  return queryOnce<T>(url, sql, params);
}
