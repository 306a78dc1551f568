import crypto from "node:crypto";
import pg from "pg";
import type { Role } from "../../../lib/generated/prisma/enums";
import { hashPassword } from "../../../lib/passwords";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../../../lib/seed/demo-logins";

export { DEMO_PASSWORD };

function demoEmail(role: Role): string {
  const login = DEMO_LOGINS.find((candidate) => candidate.role === role);
  if (!login) throw new Error(`The demo seed has no ${role} login`);
  return login.email;
}

/** The demo accounts the seed creates, by role. */
export const DEMO = {
  adviser: demoEmail("ADVISER"),
  manager: demoEmail("MANAGER"),
  staff: demoEmail("STAFF"),
  admin: demoEmail("ADMIN"),
} as const;

/** The display name createAccount gives an account: unique, so tests running in parallel never touch each other's. */
export function accountName(email: string): string {
  return `Testkonto ${email.slice(4, 14)}`;
}

function client() {
  return new pg.Client({ connectionString: process.env.DATABASE_URL });
}

/** A fresh account for tests that change it (lock-out, deactivation), so demo users stay usable. */
export async function createAccount(role: "ADVISER" | "STAFF" | "MANAGER" | "ADMIN" | "LOG_REVIEWER", password = DEMO_PASSWORD): Promise<string> {
  const tag = crypto.randomBytes(5).toString("hex");
  const email = `e2e-${tag}@hemvag.test`;
  const db = client();
  await db.connect();
  try {
    const team = await db.query<{ id: string }>('SELECT id FROM "Team" ORDER BY "createdAt" LIMIT 1');
    await db.query(
      `INSERT INTO "User" (id, email, name, role, "teamId", "passwordHash", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [`u${crypto.randomBytes(10).toString("hex")}`, email, accountName(email), role, team.rows[0]?.id ?? null, await hashPassword(password)],
    );
  } finally {
    await db.end();
  }
  return email;
}

export async function setAccountActive(email: string, isActive: boolean): Promise<void> {
  const db = client();
  await db.connect();
  try {
    await db.query('UPDATE "User" SET "isActive" = $2 WHERE email = $1', [email, isActive]);
  } finally {
    await db.end();
  }
}

export async function revokeSessionsOf(email: string): Promise<void> {
  const db = client();
  await db.connect();
  try {
    await db.query(
      `UPDATE "SignInSession" SET "revokedAt" = now(), "revokedReason" = 'test'
       WHERE "userId" = (SELECT id FROM "User" WHERE email = $1) AND "revokedAt" IS NULL`,
      [email],
    );
  } finally {
    await db.end();
  }
}
