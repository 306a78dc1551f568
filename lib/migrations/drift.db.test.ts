// The drift check end to end: the Prisma 6.19 CLI on PGlite plus catalog
// comparison. Needs no server (it runs in the db project for its timeouts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_SCHEMA_PATH, checkDrift } from "./catalog";
import { DEFAULT_MIGRATIONS_DIR } from "./runner";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hemvag-drift-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SLOW = 240_000;

describe.concurrent("checkDrift", () => {
  it("finds no drift between prisma/schema.prisma and prisma/migrations", { timeout: SLOW }, async () => {
    const { differences } = await checkDrift();
    expect(differences).toEqual([]);
  });

  it("reports a schema that the migrations do not build", { timeout: SLOW }, async () => {
    const schema = fs
      .readFileSync(DEFAULT_SCHEMA_PATH, "utf8")
      // an extra column
      .replace(/(model Team \{\n)/, `$1  motto String?\n`)
      // a new enum value
      .replace(/(enum Locale \{\n\s*sv\n\s*en\n)/, "$1  fi\n")
      // a changed referential action
      .replace(
        `team         Team?     @relation(fields: [teamId], references: [id], onDelete: SetNull)`,
        `team         Team?     @relation(fields: [teamId], references: [id], onDelete: Cascade)`,
      );
    const schemaPath = path.join(tmp, "drifted.prisma");
    fs.writeFileSync(schemaPath, schema);

    const { differences } = await checkDrift({ schemaPath });
    expect(differences).toEqual([
      `column "Team"."motto": in schema.prisma (text NULL) but not made by the migrations`,
      expect.stringMatching(/^constraint "User_teamId_fkey" on "User": schema.prisma has .*ON DELETE CASCADE.*; the migrations make .*ON DELETE SET NULL/),
      `enum "Locale": schema.prisma has ('sv', 'en', 'fi'); the migrations make ('sv', 'en')`,
    ]);
  });

  it("reports a hand-edited migration, but not the *_manual_idx indexes", { timeout: SLOW }, async () => {
    const dir = path.join(tmp, "migrations");
    fs.cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    const extra = path.join(dir, "29990101000000_hand_edit");
    fs.mkdirSync(extra);
    fs.writeFileSync(
      path.join(extra, "migration.sql"),
      `DROP INDEX "Case_birthDate_idx";\nALTER TABLE "Setting" ALTER COLUMN "value" DROP NOT NULL;\nCREATE INDEX "Setting_key_manual_idx" ON "Setting" (lower("key"));\n`,
    );

    const { differences } = await checkDrift({ migrationsDir: dir });
    expect(differences).toEqual([
      `column "Setting"."value": schema.prisma has jsonb NOT NULL; the migrations make jsonb NULL`,
      expect.stringMatching(/^index "Case_birthDate_idx": in schema.prisma \(CREATE INDEX "Case_birthDate_idx" ON public."Case" USING btree \("birthDate"\)\) but not made by the migrations$/),
    ]);
  });
});
