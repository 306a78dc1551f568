import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

// The one Prisma client. Only lib/data/* and lib/health.ts import this module.
function createClient() {
  const adapter = new PrismaPg({ connectionString: getEnv().DATABASE_URL, max: 10 });
  return new PrismaClient({
    adapter,
    // Secrets never leave the data layer by accident; code that needs them selects them explicitly.
    omit: { user: { passwordHash: true, totpSecret: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

// Kept on globalThis: in development the module is re-evaluated on every
// change and would otherwise open a new pool each time. Created on first use
// so that `next build` needs no database configuration.
const globalForDb = globalThis as unknown as { hemvagDb?: Db };

export function getDb(): Db {
  globalForDb.hemvagDb ??= createClient();
  return globalForDb.hemvagDb;
}
