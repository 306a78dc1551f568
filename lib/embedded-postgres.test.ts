import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { queryOnce } from "../tests/support/query";

// The embedded database keys its folder on HEMVAG_DATA_DIR when the module loads.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hemvag-embedded-"));
process.env.HEMVAG_DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
const { resolveDatabaseUrl } = await import("./embedded-postgres");

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("embedded database", () => {
  it("keeps its data across a clean stop and a new start", { timeout: 120_000 }, async () => {
    const first = await resolveDatabaseUrl();
    expect(first.isEmbedded).toBe(true);
    await queryOnce(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    expect(fs.existsSync(path.join(dataDir, "embedded.json"))).toBe(true);

    // A second command while the first runs reuses that server instead of opening the files twice.
    const second = await resolveDatabaseUrl();
    expect(second.url).toBe(first.url);
    await second.stop();
    expect(await queryOnce(first.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);

    await first.stop();
    expect(fs.existsSync(path.join(dataDir, "embedded.json"))).toBe(false);

    const again = await resolveDatabaseUrl();
    try {
      expect(await queryOnce(again.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
    } finally {
      await again.stop();
    }
  });

  it("uses DATABASE_URL when it is set, without starting anything", async () => {
    process.env.DATABASE_URL = "postgresql://someone@db.example.org:5432/hemvag";
    try {
      const resolved = await resolveDatabaseUrl();
      expect(resolved).toMatchObject({ url: "postgresql://someone@db.example.org:5432/hemvag", isEmbedded: false });
    } finally {
      delete process.env.DATABASE_URL;
    }
  });
});
