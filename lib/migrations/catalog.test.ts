import { describe, expect, it } from "vitest";
import { compareCatalogs, schemaForLegacyCli } from "./catalog";

describe("schemaForLegacyCli", () => {
  it("drops generator blocks and gives the datasource the url Prisma 6.19 requires", () => {
    const prisma7 = `// comment
generator client {
  provider     = "prisma-client"
  output       = "../lib/generated/prisma"
  moduleFormat = "esm"
}

datasource db {
  provider = "postgresql"
}

model A {
  id Int @id
}
`;
    const out = schemaForLegacyCli(prisma7);
    expect(out).not.toContain("generator");
    expect(out).toMatch(/datasource db \{\n  provider = "postgresql"\n  url = "postgresql:\/\/localhost:5432\/unused"\n\}/);
    expect(out).toContain("model A {\n  id Int @id\n}");
  });

  it("keeps a url that is already there", () => {
    const schema = `datasource db {\n  provider = "postgresql"\n  url = env("X")\n}\n`;
    expect(schemaForLegacyCli(schema)).toBe(schema);
  });
});

describe("compareCatalogs", () => {
  it("lists what is missing on either side and what differs, sorted by object", () => {
    const fromSchema = new Map([
      ['table "A"', "exists"],
      ['column "A"."x"', "text NOT NULL"],
      ['column "A"."y"', "integer NULL"],
    ]);
    const fromMigrations = new Map([
      ['table "A"', "exists"],
      ['column "A"."x"', "text NULL"],
      ['index "A_z_idx"', "CREATE INDEX …"],
    ]);
    expect(compareCatalogs(fromSchema, fromMigrations)).toEqual([
      'column "A"."x": schema.prisma has text NOT NULL; the migrations make text NULL',
      'column "A"."y": in schema.prisma (integer NULL) but not made by the migrations',
      'index "A_z_idx": made by the migrations (CREATE INDEX …) but not in schema.prisma',
    ]);
    expect(compareCatalogs(fromSchema, new Map(fromSchema))).toEqual([]);
  });
});
