// Client material against a real Postgres: every language seeded, versions
// kept as revisions, a translator's review tied to the words reviewed, stale
// saves refused, and what a person was given recorded on the case with its
// version, consent and audit. Only the auth lookup is replaced
// (tests/support/as-user.ts).
import { signInAs } from "@/tests/support/as-user";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import {
  getClientMaterialText,
  getGivenClientMaterialForPrint,
  giveClientMaterial,
  listClientMaterialRevisions,
  listClientMaterialTexts,
  listGivenClientMaterial,
  updateClientMaterialText,
} from "@/lib/data/client-material";
import { getCaseTimeline } from "@/lib/data/timeline";
import { CLIENT_LANGUAGE_CODES } from "@/lib/client-material/languages";
import { ClientMaterialTextFormSchema, GiveClientMaterialFormSchema, readGiveClientMaterialForm, type GiveClientMaterialForm } from "@/lib/schemas/client-material";
import { seedClientMaterial } from "@/lib/seed/client-material";
import { officeToday } from "@/lib/dates";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
let world: CaseworkWorld;

const textForm = (fields: Record<string, string>) => ClientMaterialTextFormSchema.parse(fields);

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  await seedClientMaterial(process.env.DATABASE_URL!);
});

beforeEach(() => signInAs(null));

describe("the seeded texts", () => {
  it("has the information sheet and the consent form in every language, none reviewed, Swedish not a translation", async () => {
    signInAs(world.users.a1);
    const texts = await listClientMaterialTexts();
    for (const kind of ["INFORMATION_SHEET", "CONSENT"] as const) {
      expect(texts.filter((text) => text.kind === kind).map((text) => text.language).sort()).toEqual([...CLIENT_LANGUAGE_CODES].sort());
    }
    expect(texts.every((text) => text.reviewedOn === null)).toBe(true);
    expect(texts.filter((text) => !text.isUnreviewedTranslation).map((text) => text.language)).toEqual(["sv", "sv"]);
    const arabic = await getClientMaterialText("INFORMATION_SHEET", "ar");
    expect(arabic?.body).toMatch(/350 000/);
    expect(arabic?.body).toMatch(/[\u0600-\u06FF]/);
    expect((await getClientMaterialText("CONSENT", "ti"))?.title).toMatch(/[\u1200-\u137F]/);
  });

  it("seeds again without changing anything", async () => {
    expect(await seedClientMaterial(process.env.DATABASE_URL!)).toEqual({ inserted: 0, updated: 0, unchanged: CLIENT_LANGUAGE_CODES.length * 2 });
  });

  it("is not for city staff or managers to read, and only administrators edit", async () => {
    signInAs(world.users.staff);
    await expect(listClientMaterialTexts()).rejects.toThrow(NOT_FOUND);
    signInAs(world.users.managerA);
    await expect(getClientMaterialText("CONSENT", "sv")).rejects.toThrow(NOT_FOUND);
    signInAs(world.users.a1);
    const before = await getClientMaterialText("CONSENT", "ru");
    await expect(updateClientMaterialText("CONSENT", "ru", textForm({ title: "x", body: "y", reviewedOn: "", reviewedBy: "", version: "1" }))).rejects.toThrow(NOT_FOUND);
    expect(await getClientMaterialText("CONSENT", "ru")).toEqual(before);
  });
});

describe("editing a text", () => {
  it("keeps the replaced version as a revision, audits the save, and marks a translator's review", async () => {
    signInAs(world.users.admin);
    const before = (await getClientMaterialText("INFORMATION_SHEET", "so"))!;
    const result = await updateClientMaterialText(
      "INFORMATION_SHEET",
      "so",
      textForm({ title: before.title, body: `${before.body}\n\nSaacadaha: 9–16.`, reviewedOn: officeToday(), reviewedBy: "Hodan Ali, Tolkförmedling Väst", version: String(before.version) }),
    );
    expect(result).toEqual({ ok: true, version: before.version + 1 });
    const after = (await getClientMaterialText("INFORMATION_SHEET", "so"))!;
    expect(after).toMatchObject({ version: before.version + 1, reviewedOn: officeToday(), reviewedBy: "Hodan Ali, Tolkförmedling Väst", isUnreviewedTranslation: false });
    const revisions = await listClientMaterialRevisions(after.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: before.version, title: before.title, reviewedOn: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "clientMaterial.update", resourceId: after.id }, orderBy: { id: "desc" } });
    expect(audit.userId).toBe(world.users.admin.id);
    // The words stay in the revision; the trail keeps only their length.
    expect(JSON.stringify(audit.changes)).not.toContain("Saacadaha");
    expect(audit.changes).toMatchObject({ version: [before.version, before.version + 1], reviewedBy: [null, "Hodan Ali, Tolkförmedling Väst"] });
  });

  it("drops the review when the words change and the review is left as it was: the translator did not check the new words", async () => {
    signInAs(world.users.admin);
    const reviewed = (await getClientMaterialText("INFORMATION_SHEET", "so"))!;
    expect(reviewed.reviewedOn).not.toBeNull();
    const result = await updateClientMaterialText(
      "INFORMATION_SHEET",
      "so",
      textForm({ title: reviewed.title, body: `${reviewed.body} Khamiista: 9–12.`, reviewedOn: reviewed.reviewedOn!, reviewedBy: reviewed.reviewedBy!, version: String(reviewed.version) }),
    );
    expect(result.ok).toBe(true);
    const after = (await getClientMaterialText("INFORMATION_SHEET", "so"))!;
    expect(after).toMatchObject({ reviewedOn: null, reviewedBy: null, isUnreviewedTranslation: true });
    // The reviewed version is still there to read, with its review.
    expect((await listClientMaterialRevisions(after.id))[0]).toMatchObject({ version: reviewed.version, reviewedBy: "Hodan Ali, Tolkförmedling Väst", editedByName: world.users.admin.name });
  });

  it("refuses a save over a newer version, writing nothing", async () => {
    signInAs(world.users.admin);
    const current = (await getClientMaterialText("CONSENT", "tr"))!;
    const stale = textForm({ title: "Eski", body: "Eski metin", reviewedOn: "", reviewedBy: "", version: String(current.version + 5) });
    expect(await updateClientMaterialText("CONSENT", "tr", stale)).toEqual({ ok: false, error: "conflict" });
    expect(await getClientMaterialText("CONSENT", "tr")).toEqual(current);
    expect(await listClientMaterialRevisions(current.id)).toEqual([]);
  });

  it("is never overwritten by a later seed once an administrator has edited it", async () => {
    signInAs(world.users.admin);
    const edited = (await getClientMaterialText("INFORMATION_SHEET", "so"))!;
    expect(edited.version).toBeGreaterThan(1);
    expect(await seedClientMaterial(process.env.DATABASE_URL!)).toMatchObject({ updated: 0 });
    expect(await getClientMaterialText("INFORMATION_SHEET", "so")).toEqual(edited);
  });

  it("asks for both the day and the translator of a review, and no review in the future", () => {
    const issues = (fields: Record<string, string>) => {
      const result = ClientMaterialTextFormSchema.safeParse({ title: "T", body: "B", version: "1", ...fields });
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    };
    expect(issues({ reviewedOn: "2026-01-10", reviewedBy: "" })).toEqual(["reviewedBy:reviewerRequired"]);
    expect(issues({ reviewedOn: "", reviewedBy: "A. Translator" })).toEqual(["reviewedOn:reviewDateRequired"]);
    expect(issues({ reviewedOn: "2999-01-01", reviewedBy: "A. Translator" })).toEqual(["reviewedOn:dateInFuture"]);
    expect(issues({ title: "", reviewedOn: "", reviewedBy: "" })).toEqual(["title:titleRequired"]);
  });
});

describe("giving a text to the person", () => {
  const giveForm = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
    return GiveClientMaterialFormSchema.safeParse(readGiveClientMaterialForm(data).input);
  };

  it("records which text, language and version was given, when and by whom; audited and on the timeline", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const sheet = (await getClientMaterialText("INFORMATION_SHEET", "ar"))!;
    const parsed = giveForm({ kind: "INFORMATION_SHEET", language: "ar", consent: "CONSENTED", recipients: ["IOM"] });
    if (!parsed.success) throw parsed.error;
    // Consent answers belong to the consent form only.
    expect(parsed.data).toEqual({ kind: "INFORMATION_SHEET", language: "ar", consent: null, recipients: [] });
    const given = await giveClientMaterial(caseId, parsed.data);
    if (!given.ok) throw new Error(given.error);
    const listed = await listGivenClientMaterial(caseId);
    expect(listed?.given).toEqual([
      expect.objectContaining({ id: given.givenId, kind: "INFORMATION_SHEET", language: "ar", version: sheet.version, wasReviewed: false, givenByName: world.users.a1.name, consent: null }),
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "clientMaterial.give", resourceId: given.givenId } });
    expect(audit).toMatchObject({ caseId, userId: world.users.a1.id });
    const timeline = await getCaseTimeline(caseId);
    expect(timeline?.find((entry) => entry.kind === "clientMaterial")).toMatchObject({ id: given.givenId, byName: world.users.a1.name, details: { kind: "INFORMATION_SHEET", language: "ar", version: sheet.version, wasReviewed: false } });
  });

  it("records the person's consent and its recipients; a refusal consents to nobody", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const consented = giveForm({ kind: "CONSENT", language: "ti", consent: "CONSENTED", recipients: ["MIGRATIONSVERKET", "IOM", "IOM"] });
    if (!consented.success) throw consented.error;
    const first = await giveClientMaterial(caseId, consented.data);
    const declined = giveForm({ kind: "CONSENT", language: "ti", consent: "DECLINED", recipients: ["IOM"] });
    if (!declined.success) throw declined.error;
    const second = await giveClientMaterial(caseId, declined.data);
    expect(first.ok && second.ok).toBe(true);
    const rows = await db.clientMaterialGiven.findMany({ where: { caseId }, orderBy: { givenAt: "asc" }, select: { consent: true, consentRecipients: true } });
    expect(rows).toEqual([
      { consent: "CONSENTED", consentRecipients: ["MIGRATIONSVERKET", "IOM"] },
      { consent: "DECLINED", consentRecipients: [] },
    ]);
    const issues = (fields: Record<string, string | string[]>) => {
      const result = giveForm(fields);
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    };
    expect(issues({ kind: "CONSENT", language: "ti" })).toEqual(["consent:consentRequired"]);
    expect(issues({ kind: "CONSENT", language: "ti", consent: "CONSENTED" })).toEqual(["recipients:recipientsRequired"]);
    expect(issues({ kind: "CONSENT", language: "tlh", consent: "DECLINED" })).toEqual(["language:languageRequired"]);
    expect(issues({ kind: "CONSENT", language: "ti", consent: "CONSENTED", recipients: ["NSA"] })).toEqual(["recipients.0:recipientInvalid"]);
  });

  it("prints the very version given, even after the text was edited", async () => {
    const caseId = await world.newCase(world.users.a1);
    signInAs(world.users.a1);
    const given = await giveClientMaterial(caseId, { kind: "CONSENT", language: "uk", consent: "DECLINED", recipients: [] });
    if (!given.ok) throw new Error(given.error);
    const original = (await getClientMaterialText("CONSENT", "uk"))!;
    signInAs(world.users.admin);
    await updateClientMaterialText("CONSENT", "uk", textForm({ title: "Нова назва", body: "Новий текст", reviewedOn: "", reviewedBy: "", version: String(original.version) }));
    signInAs(world.users.a1);
    const printed = await getGivenClientMaterialForPrint(caseId, given.givenId);
    expect(printed?.text).toMatchObject({ title: original.title, body: original.body });
    expect(printed?.given.version).toBe(original.version);
    expect(await db.auditEvent.count({ where: { action: "clientMaterial.print", resourceId: given.givenId } })).toBe(1);
  });

  it("is refused out of scope, on a closed case and for managers, writing nothing", async () => {
    const caseId = await world.newCase(world.users.a1);
    const closedId = await world.newCase(world.users.a1, "CLOSED");
    const input: GiveClientMaterialForm = { kind: "INFORMATION_SHEET", language: "sv", consent: null, recipients: [] };
    signInAs(world.users.b1);
    expect(await giveClientMaterial(caseId, input)).toEqual({ ok: false, error: "notFound" });
    expect(await listGivenClientMaterial(caseId)).toBeNull();
    signInAs(world.users.a1);
    expect(await giveClientMaterial(closedId, input)).toEqual({ ok: false, error: "caseClosed" });
    signInAs(world.users.managerA);
    await expect(giveClientMaterial(caseId, input)).rejects.toThrow(NOT_FOUND);
    expect(await db.clientMaterialGiven.count({ where: { caseId: { in: [caseId, closedId] } } })).toBe(0);
  });
});
