// Protected personal data (issue 13 part 1) against a real Postgres: marking
// and unmarking with a reason (audited), contact details hidden until revealed
// (one audit row per reveal), the scope narrowed, managers naming who else may
// see the case, and the duplicate check saying nothing but "contact your manager".
import { signInAs } from "@/tests/support/as-user";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getCase, updateCase } from "@/lib/data/cases";
import { searchForDuplicates } from "@/lib/data/case-intake";
import { isProtected, listProtectedAccess, markProtected, nameProtectedAccess, removeProtectedAccess, revealContact, unmarkProtected } from "@/lib/data/protected-identity";
import { MarkProtectedFormSchema, ReasonFormSchema } from "@/lib/schemas/protected-identity";
import { caseToFormValues, CaseEditFormSchema, DuplicateSearchSchema } from "@/lib/schemas/case";
import { setUpCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
const world = setUpCaseworkWorld(db);
const REASON = "Beslut från Skatteverket om skyddad folkbokföring";

async function protectedCaseOf(owner: CaseworkWorld["users"]["a1"]) {
  const caseId = await world.newCase(owner);
  await db.case.update({ where: { id: caseId }, data: { phone: "070-1234567", email: "hemlig@example.se", address: "Hemliga gatan 1" } });
  signInAs(owner);
  expect(await markProtected(caseId, MarkProtectedFormSchema.parse({ kind: "SKYDDAD_FOLKBOKFORING", reason: REASON }))).toEqual({ ok: true });
  return caseId;
}

const events = (caseId: string, action: string) => db.auditEvent.findMany({ where: { caseId, action }, orderBy: { id: "asc" } });

describe("marking a person as protected", () => {
  it("is done by the adviser with a reason, audited in the trail, and hides the contact details", async () => {
    const caseId = await protectedCaseOf(world.users.a1);
    const row = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(isProtected(row)).toBe(true);
    expect(row.protectedIdentityMarkedById).toBe(world.users.a1.id);
    const [marked] = await events(caseId, "case.protection.mark");
    expect(marked).toMatchObject({ userId: world.users.a1.id, reason: REASON, changes: { protectedIdentity: [null, "SKYDDAD_FOLKBOKFORING"] } });

    const found = await getCase(caseId);
    expect(found?.protection?.kind).toBe("SKYDDAD_FOLKBOKFORING");
    expect(found?.fields).toMatchObject({ phone: null, email: null, address: null });
  });

  it("refuses a reason that is too short and a kind that does not exist", () => {
    expect(MarkProtectedFormSchema.safeParse({ kind: "SKYDDAD_FOLKBOKFORING", reason: "kort" }).success).toBe(false);
    expect(MarkProtectedFormSchema.safeParse({ kind: "NOPE", reason: REASON }).success).toBe(false);
  });

  it("refuses to mark a case outside the user's scope, and records the refusal", async () => {
    const caseId = await world.newCase(world.users.b1);
    signInAs(world.users.a1);
    expect(await markProtected(caseId, MarkProtectedFormSchema.parse({ kind: "SEKRETESSMARKERING", reason: REASON }))).toEqual({ ok: false, error: "notFound" });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { protectedIdentity: true } })).toEqual({ protectedIdentity: null });
    expect(await db.auditEvent.count({ where: { userId: world.users.a1.id, action: "write.refused", resourceId: caseId } })).toBe(1);
  });

  it("is lifted by the team's manager with a reason, which also removes the named users", async () => {
    const caseId = await protectedCaseOf(world.users.a1);
    signInAs(world.users.managerA);
    expect(await nameProtectedAccess(caseId, { userId: world.users.a2.id, reason: REASON })).toEqual({ ok: true });
    expect(await unmarkProtected(caseId, ReasonFormSchema.parse({ reason: "Skyddet har upphört enligt Skatteverket" }))).toEqual({ ok: true });
    expect(await db.protectedCaseAccess.count({ where: { caseId } })).toBe(0);
    const [unmarked] = await events(caseId, "case.protection.unmark");
    expect(unmarked).toMatchObject({ userId: world.users.managerA.id, reason: "Skyddet har upphört enligt Skatteverket" });
    expect(await unmarkProtected(caseId, ReasonFormSchema.parse({ reason: "Skyddet har upphört enligt Skatteverket" }))).toEqual({ ok: false, error: "notMarked" });
  });

  it("keeps the stored contact details when the (hidden) edit form is saved", async () => {
    const caseId = await protectedCaseOf(world.users.a1);
    const found = (await getCase(caseId))!;
    const form = CaseEditFormSchema.parse({ ...caseToFormValues({ ...found.fields, firstName: "Ny" }), version: String(found.version) });
    expect((await updateCase(caseId, form)).ok).toBe(true);
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { firstName: true, phone: true, address: true } })).toEqual({
      firstName: "Ny",
      phone: "070-1234567",
      address: "Hemliga gatan 1",
    });
  });
});

describe("revealing the contact details", () => {
  it("gives them only with a reason, and records every reveal as its own row with the reason", async () => {
    const caseId = await protectedCaseOf(world.users.a1);
    const first = await revealContact(caseId, ReasonFormSchema.parse({ reason: "Ringa personen inför mötet i morgon" }));
    expect(first).toEqual({ ok: true, contact: { phone: "070-1234567", email: "hemlig@example.se", address: "Hemliga gatan 1" } });
    await revealContact(caseId, ReasonFormSchema.parse({ reason: "Skicka kallelse till mötet per post" }));
    const reveals = await events(caseId, "case.contact.reveal");
    expect(reveals.map((event) => event.reason)).toEqual(["Ringa personen inför mötet i morgon", "Skicka kallelse till mötet per post"]);
    expect(ReasonFormSchema.safeParse({ reason: "" }).success).toBe(false);
  });

  it("reveals nothing to a colleague of a sharing team, and records the refusal", async () => {
    const caseId = await protectedCaseOf(world.users.a1);
    signInAs(world.users.a2);
    expect(await getCase(caseId)).toBeNull();
    expect(await revealContact(caseId, ReasonFormSchema.parse({ reason: "Vill bara se adressen" }))).toEqual({ ok: false, error: "notFound" });
    expect(await events(caseId, "case.contact.reveal")).toHaveLength(0);
    expect(await db.auditEvent.count({ where: { userId: world.users.a2.id, action: "access.denied", resourceId: caseId } })).toBe(1);
  });
});

describe("staff a manager names", () => {
  it("lets a named adviser of the team see the case, audited, and withdraws it again", async () => {
    const caseId = await protectedCaseOf(world.users.a1);
    signInAs(world.users.managerA);
    expect((await listProtectedAccess(caseId))?.candidates.map((c) => c.id)).toContain(world.users.a2.id);
    expect(await nameProtectedAccess(caseId, { userId: world.users.a2.id, reason: REASON })).toEqual({ ok: true });
    expect(await nameProtectedAccess(caseId, { userId: world.users.a2.id, reason: REASON })).toEqual({ ok: false, error: "alreadyNamed" });
    expect(await nameProtectedAccess(caseId, { userId: world.users.b1.id, reason: REASON })).toEqual({ ok: false, error: "userNotInTeam" });
    expect(await events(caseId, "case.protection.name")).toHaveLength(1);
    signInAs(world.users.a2);
    expect((await getCase(caseId))?.id).toBe(caseId);
    signInAs(world.users.managerA);
    expect(await removeProtectedAccess(caseId, world.users.a2.id)).toEqual({ ok: true });
    signInAs(world.users.a2);
    expect(await getCase(caseId)).toBeNull();
  });

  it("is a manager's action only", async () => {
    const caseId = await protectedCaseOf(world.users.a1);
    await expect(nameProtectedAccess(caseId, { userId: world.users.a2.id, reason: REASON })).rejects.toThrow(NOT_FOUND);
  });
});

describe("the duplicate check at intake", () => {
  it("shows a protected person only as 'contact your manager': no number, team, name or status — even to the own adviser", async () => {
    const caseId = await protectedCaseOf(world.users.a1);
    const person = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { firstName: true, lastName: true, birthDate: true } });
    const search = { firstName: person.firstName, lastName: person.lastName, birthDate: person.birthDate.toISOString().slice(0, 10) };
    for (const who of [world.users.a1, world.users.b1]) {
      signInAs(who);
      const found = await searchForDuplicates(DuplicateSearchSchema.parse(search));
      if (found === "throttled") throw new Error("throttled");
      const hit = found.find((candidate) => candidate.caseId === caseId);
      expect(hit).toEqual({ isInScope: false, caseId, isIdentityMatch: false, isOpen: true, isProtected: true, teamName: "" });
    }
  });
});
