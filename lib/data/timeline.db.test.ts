// The case timeline's document entries against a real Postgres: file names
// carry personal data, so only advisers (who may open documents) see them;
// managers see that a document was added (issue 12 L9, docs/decisions/014).
import { signInAs } from "@/tests/support/as-user";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getCaseTimeline } from "@/lib/data/timeline";
import { setUpCaseworkWorld } from "@/tests/support/casework";

const db = getDb();
const world = setUpCaseworkWorld(db);

describe("documents on the case timeline", () => {
  it("show advisers the file name and description, managers only that a document was added and its size", async () => {
    const caseId = await world.newCase(world.users.a1);
    await db.document.create({
      data: { caseId, fileName: "Anna_Svensson_pass.pdf", description: "Pass för Anna", mimeType: "application/pdf", sizeBytes: 1234, sha256: "0".repeat(64), content: Buffer.from("%PDF"), uploadedById: world.users.a1.id },
    });

    signInAs(world.users.a1);
    const adviserView = (await getCaseTimeline(caseId))!.find((entry) => entry.kind === "document");
    expect(adviserView?.details).toEqual({ fileName: "Anna_Svensson_pass.pdf", description: "Pass för Anna", sizeBytes: 1234 });

    signInAs(world.users.managerA);
    const timeline = await getCaseTimeline(caseId);
    const managerView = timeline!.find((entry) => entry.kind === "document");
    expect(managerView?.details).toEqual({ sizeBytes: 1234 });
    expect(JSON.stringify(timeline)).not.toMatch(/Anna_Svensson|Pass för Anna/);
  });
});
