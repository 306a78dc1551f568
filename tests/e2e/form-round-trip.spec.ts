// Every edit form shows what was saved, saving it untouched writes nothing,
// and leaving it with unsaved changes asks first.
//
// Round trip: change each field, save, reload, and check the page shows what
// the database holds. Untouched save: no new audit row, no version bump.
// Forms covered: case edit, plan step, user administration, profile language,
// household member, task, referral decision correction, organisation,
// counselling session, follow-up, guidance article, referral consent, client
// material text. The office-wide settings have their own spec, run after all
// the others (office-settings.spec.ts).
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { DEMO, createAccount } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { query } from "./support/db";
import { newCase } from "./support/cases";
import crypto from "node:crypto";

// A due date within the plan's window: a month from today.
const DUE_ON = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

const auditCount = async (where: string, params: unknown[]) =>
  Number((await query<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEvent" WHERE ${where}`, params))[0]!.n);

test("case edit: the changed contact fields come back after a reload; an untouched save writes nothing", async ({ page }) => {
  const { id } = await newCase("COUNSELLING");
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${id}/edit`);
  await page.getByLabel("Efternamn").fill("Rundtursson");
  await page.getByLabel("Telefon").fill("+46 70 444 44 44");
  await page.getByLabel("E-postadress").fill("rundtur@example.org");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}$`));
  const row = async () =>
    (await query<{ lastName: string; phone: string; email: string; version: number }>('SELECT "lastName", phone, email, version FROM "Case" WHERE id = $1', [id]))[0]!;
  expect(await row()).toMatchObject({ lastName: "Rundtursson", phone: "+46704444444", email: "rundtur@example.org" });

  await page.goto(`/cases/${id}/edit`);
  await expect(page.getByLabel("Efternamn")).toHaveValue("Rundtursson");
  await expect(page.getByLabel("Telefon")).toHaveValue("070-444 44 44");
  await expect(page.getByLabel("E-postadress")).toHaveValue("rundtur@example.org");

  const before = await row();
  const audits = await auditCount(`"caseId" = $1 AND action = 'case.update'`, [id]);
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}$`));
  expect((await row()).version).toBe(before.version);
  expect(await auditCount(`"caseId" = $1 AND action = 'case.update'`, [id])).toBe(audits);
});

test("plan step: status, due date and note come back after a reload; an untouched save writes nothing", async ({ page }) => {
  const { id } = await newCase("PLANNING");
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${id}/plan`);
  const step = () => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Identitets- och resehandlingar", exact: true }) });
  const save = () => step().getByRole("button", { name: "Spara: Identitets- och resehandlingar" });
  await step().getByLabel("Status").selectOption({ label: "Pågår" });
  await step().getByLabel("Klart senast").fill(DUE_ON);
  await step().getByLabel("Anteckning").fill("Pass beställt.");
  await save().click();
  await expect(step().getByText("”Identitets- och resehandlingar” är sparat.")).toBeVisible();

  await page.reload();
  await expect(step().getByLabel("Status").locator("option:checked")).toHaveText("Pågår");
  await expect(step().getByLabel("Klart senast")).toHaveValue(DUE_ON);
  await expect(step().getByLabel("Anteckning")).toHaveValue("Pass beställt.");

  const audits = await auditCount(`"caseId" = $1 AND action LIKE 'plan.step.%'`, [id]);
  await save().click();
  await expect(step().getByText("”Identitets- och resehandlingar” är sparat.")).toBeVisible();
  expect(await auditCount(`"caseId" = $1 AND action LIKE 'plan.step.%'`, [id])).toBe(audits);
});

// STAFF, not a case-reading role: those wait for a manager's approval (issue 12 H2, lib/data/approvals.ts).
test("user administration: name and role come back after a reload; an untouched save writes nothing", async ({ page }) => {
  const email = await createAccount("ADVISER");
  const [target] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
  await signIn(page, DEMO.admin);
  await page.goto(`/admin/users/${target!.id}`);
  await page.getByLabel("Namn", { exact: true }).fill("Rundtur Testsson");
  await page.getByLabel("Roll", { exact: true }).selectOption("STAFF");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Namn", { exact: true })).toHaveValue("Rundtur Testsson");
  await expect(page.getByLabel("Roll", { exact: true })).toHaveValue("STAFF");

  const audits = await auditCount(`"resourceId" = $1 AND action = 'user.update'`, [target!.id]);
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();
  expect(await auditCount(`"resourceId" = $1 AND action = 'user.update'`, [target!.id])).toBe(audits);
});

test("profile: choosing the language already set writes nothing", async ({ page }) => {
  const email = await createAccount("STAFF");
  const [user] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
  await signIn(page, email);
  await page.goto("/profile");
  const audits = await auditCount(`"resourceId" = $1 AND action = 'user.update'`, [user!.id]);
  await page.getByRole("button", { name: "Spara språk" }).click();
  await expect(page.getByLabel("Språk", { exact: true })).toHaveValue("sv");
  expect(await auditCount(`"resourceId" = $1 AND action = 'user.update'`, [user!.id])).toBe(audits);
});

test("household member: every field changed comes back after a reload; an untouched save writes nothing", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const { id } = await newCase("COUNSELLING");
  const memberId = `e2ehm${crypto.randomBytes(6).toString("hex")}`;
  await query(
    `INSERT INTO "HouseholdMember" (id, "caseId", relation, "firstName", "lastName", "birthDate", citizenships, "livesWithApplicant", "updatedAt")
     VALUES ($1, $2, 'CHILD', 'Lina', 'Rundtur', '2015-03-03', '{SY}', true, now())`,
    [memberId, id],
  );
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${id}`);
  const open = () => page.getByText("Ändra Lina Rundtur").click();
  const form = () => page.locator("form").filter({ has: page.getByRole("button", { name: "Spara personen" }) }).first();
  await open();
  await form().getByLabel("Förnamn").fill("Lena");
  await form().getByLabel("Relation till den sökande").selectOption("SPOUSE");
  await form().getByLabel("Födelsedatum").fill("1990-06-07");
  await form().getByLabel("Bor med den sökande").uncheck();
  await form().getByRole("button", { name: "Spara personen" }).click();
  await expect(page.getByText("Personen är sparad i hushållet.")).toBeVisible();
  const row = async () =>
    (await query<{ firstName: string; relation: string; birthDate: string; livesWithApplicant: boolean; updatedAt: Date }>(
      `SELECT "firstName", relation, to_char("birthDate", 'YYYY-MM-DD') AS "birthDate", "livesWithApplicant", "updatedAt" FROM "HouseholdMember" WHERE id = $1`,
      [memberId],
    ))[0]!;
  expect(await row()).toMatchObject({ firstName: "Lena", relation: "SPOUSE", birthDate: "1990-06-07", livesWithApplicant: false });

  // The page afresh, without the open form's ?member=, and the form opened from its link again.
  await page.goto(`/cases/${id}`);
  await page.getByText("Ändra Lena Rundtur").click();
  await expect(form().getByLabel("Förnamn")).toHaveValue("Lena");
  await expect(form().getByLabel("Relation till den sökande")).toHaveValue("SPOUSE");
  await expect(form().getByLabel("Födelsedatum")).toHaveValue("1990-06-07");
  await expect(form().getByLabel("Bor med den sökande")).not.toBeChecked();

  const before = await row();
  const [{ version }] = (await query<{ version: number }>('SELECT version FROM "Case" WHERE id = $1', [id])) as [{ version: number }];
  const audits = await auditCount(`"caseId" = $1 AND action = 'case.household.update'`, [id]);
  await form().getByRole("button", { name: "Spara personen" }).click();
  await expect(page.getByText("Personen är sparad i hushållet.")).toBeVisible();
  expect((await row()).updatedAt).toEqual(before.updatedAt);
  expect(await query('SELECT version FROM "Case" WHERE id = $1', [id])).toEqual([{ version }]);
  expect(await auditCount(`"caseId" = $1 AND action = 'case.household.update'`, [id])).toBe(audits);
});

test("task: title, due date, waiting on and assignee come back after a reload; an untouched save writes nothing", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const { id } = await newCase("COUNSELLING");
  const [adviser] = await query<{ id: string; teamId: string }>('SELECT id, "teamId" FROM "User" WHERE email = $1', [DEMO.adviser]);
  const colleagueId = `e2etc${crypto.randomBytes(6).toString("hex")}`;
  const colleague = `Kollega ${colleagueId.slice(-6)}`;
  await query(`INSERT INTO "User" (id, email, name, role, "teamId", "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'ADVISER', $4, 'x', now())`, [colleagueId, `${colleagueId}@hemvag.test`, colleague, adviser!.teamId]);
  const taskId = `e2ett${crypto.randomBytes(6).toString("hex")}`;
  await query(`INSERT INTO "Task" (id, "caseId", "assigneeId", title, "updatedAt") VALUES ($1, $2, $3, 'Rundtursuppgift', now())`, [taskId, id, adviser!.id]);
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${id}/tasks`);
  const form = () => page.locator("form").filter({ has: page.getByRole("button", { name: "Spara uppgiften" }) }).first();
  await page.getByLabel("Ändra: Rundtursuppgift").click();
  await form().getByLabel("Uppgift", { exact: true }).fill("Rundtursuppgift ändrad");
  await form().getByLabel(/Klart senast/).fill(DUE_ON);
  await form().getByLabel(/Väntar på/).fill("Migrationsverket");
  await form().getByLabel("Ansvarig").selectOption({ label: colleague });
  await form().getByRole("button", { name: "Spara uppgiften" }).click();
  await expect(page.getByText("Uppgiften är sparad.")).toBeVisible();
  const row = async () =>
    (await query<{ title: string; dueOn: string; waitingOn: string; assigneeId: string; updatedAt: Date }>(
      `SELECT title, to_char("dueOn", 'YYYY-MM-DD') AS "dueOn", "waitingOn", "assigneeId", "updatedAt" FROM "Task" WHERE id = $1`,
      [taskId],
    ))[0]!;
  expect(await row()).toMatchObject({ title: "Rundtursuppgift ändrad", dueOn: DUE_ON, waitingOn: "Migrationsverket", assigneeId: colleagueId });

  await page.reload();
  await page.getByLabel("Ändra: Rundtursuppgift ändrad").click();
  await expect(form().getByLabel("Uppgift", { exact: true })).toHaveValue("Rundtursuppgift ändrad");
  await expect(form().getByLabel(/Klart senast/)).toHaveValue(DUE_ON);
  await expect(form().getByLabel(/Väntar på/)).toHaveValue("Migrationsverket");
  await expect(form().getByLabel("Ansvarig").locator("option:checked")).toHaveText(colleague);

  const before = await row();
  const audits = await auditCount(`"resourceId" = $1 AND action LIKE 'task.%'`, [taskId]);
  await form().getByRole("button", { name: "Spara uppgiften" }).click();
  await expect(page.getByText("Uppgiften är sparad.")).toBeVisible();
  expect((await row()).updatedAt).toEqual(before.updatedAt);
  expect(await auditCount(`"resourceId" = $1 AND action LIKE 'task.%'`, [taskId])).toBe(audits);
});

test("referral decision correction: every field comes back after a reload; an unchanged correction writes nothing", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const { id } = await newCase("AWAITING_DECISION");
  const [adviser] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [DEMO.adviser]);
  const [organisation] = await query<{ id: string }>(`SELECT id FROM "Organisation" WHERE "isActive" ORDER BY name LIMIT 1`);
  const referralId = `e2err${crypto.randomBytes(6).toString("hex")}`;
  await query(
    `INSERT INTO "Referral" (id, "caseId", "organisationId", type, status, "consentGivenOn", "sentOn", "decidedOn", decision, "decisionAmountSek", "agencyReference", "createdById", version, "updatedAt")
     VALUES ($1, $2, $3, 'RETURN_GRANT_APPLICATION', 'DECIDED', current_date - 20, current_date - 19, current_date - 2, 'GRANTED', 40000, 'MIG-1', $4, 3, now())`,
    [referralId, id, organisation!.id, adviser!.id],
  );
  const decidedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${id}/referrals/${referralId}`);
  const form = () => page.getByRole("form", { name: "Rätta beslutet" });
  await page.getByText("Rätta beslutet").click();
  await form().getByLabel("Beviljad").check();
  await form().getByLabel(/belopp/i).fill("38500");
  await form().getByLabel(/diarienummer/i).fill("MIG-2");
  await form().getByLabel("Beslutsdatum").fill(decidedOn);
  await form().getByLabel("Skäl till rättelsen").fill("Fel belopp och diarienummer");
  await form().getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(page.getByText("Beslutet är rättat.", { exact: false })).toBeVisible();
  const row = async () =>
    (await query<{ decision: string; decisionAmountSek: number; agencyReference: string; decidedOn: string; version: number }>(
      `SELECT decision, "decisionAmountSek", "agencyReference", to_char("decidedOn", 'YYYY-MM-DD') AS "decidedOn", version FROM "Referral" WHERE id = $1`,
      [referralId],
    ))[0]!;
  expect(await row()).toEqual({ decision: "GRANTED", decisionAmountSek: 38500, agencyReference: "MIG-2", decidedOn, version: 4 });

  await page.reload();
  await page.getByText("Rätta beslutet").click();
  await expect(form().getByLabel("Beviljad")).toBeChecked();
  await expect(form().getByLabel(/belopp/i)).toHaveValue("38500");
  await expect(form().getByLabel(/diarienummer/i)).toHaveValue("MIG-2");
  await expect(form().getByLabel("Beslutsdatum")).toHaveValue(decidedOn);

  const audits = await auditCount(`"resourceId" = $1 AND action = 'referral.decision.correct'`, [referralId]);
  await form().getByLabel("Skäl till rättelsen").fill("Ingen ändring");
  await form().getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(form().getByText("Rättelsen ändrar ingenting i beslutet.", { exact: false })).toBeVisible();
  expect((await row()).version).toBe(4);
  expect(await auditCount(`"resourceId" = $1 AND action = 'referral.decision.correct'`, [referralId])).toBe(audits);
});

test("organisation: the changed fields come back after a reload; an untouched save writes nothing", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const organisationId = `e2eor${crypto.randomBytes(6).toString("hex")}`;
  const name = `Rundturs organisation ${organisationId.slice(-6)}`;
  await query(`INSERT INTO "Organisation" (id, name, kind, "updatedAt") VALUES ($1, $2, 'ASSOCIATION', now())`, [organisationId, name]);
  await signIn(page, DEMO.admin);
  await page.goto(`/organisations/${organisationId}/edit`);
  await page.getByLabel("Namn", { exact: true }).fill(`${name} ändrad`);
  await page.getByLabel("Slag av organisation").selectOption("PARTNER_ABROAD");
  await page.getByLabel("Telefon").fill("+46 8 123 45 67");
  await page.getByLabel("E-post").fill("kontakt@example.org");
  await page.getByLabel("Postadress").fill("Box 1, 111 11 Stockholm");
  await page.getByLabel("Kontaktvägar för remisser").fill("Blankett på webben");
  await page.getByLabel("Används för nya remisser").uncheck();
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page).toHaveURL(/\/organisations$/);
  const row = async () =>
    (await query<{ name: string; kind: string; phone: string; email: string; address: string; contactRoutes: string; isActive: boolean; updatedAt: Date }>(
      'SELECT name, kind, phone, email, address, "contactRoutes", "isActive", "updatedAt" FROM "Organisation" WHERE id = $1',
      [organisationId],
    ))[0]!;
  expect(await row()).toMatchObject({ name: `${name} ändrad`, kind: "PARTNER_ABROAD", email: "kontakt@example.org", address: "Box 1, 111 11 Stockholm", contactRoutes: "Blankett på webben", isActive: false });

  await page.goto(`/organisations/${organisationId}/edit`);
  await expect(page.getByLabel("Namn", { exact: true })).toHaveValue(`${name} ändrad`);
  await expect(page.getByLabel("Slag av organisation")).toHaveValue("PARTNER_ABROAD");
  // Stored as E.164, shown in the form the Swedish way (issue 15).
  expect((await row()).phone).toBe("+4681234567");
  await expect(page.getByLabel("Telefon")).toHaveValue("08-123 45 67");
  await expect(page.getByLabel("E-post")).toHaveValue("kontakt@example.org");
  await expect(page.getByLabel("Postadress")).toHaveValue("Box 1, 111 11 Stockholm");
  await expect(page.getByLabel("Kontaktvägar för remisser")).toHaveValue("Blankett på webben");
  await expect(page.getByLabel("Används för nya remisser")).not.toBeChecked();

  const before = await row();
  const audits = await auditCount(`"resourceId" = $1 AND action = 'organisation.update'`, [organisationId]);
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page).toHaveURL(/\/organisations$/);
  expect((await row()).updatedAt).toEqual(before.updatedAt);
  expect(await auditCount(`"resourceId" = $1 AND action = 'organisation.update'`, [organisationId])).toBe(audits);
});

async function editWithUnsavedPhone(page: Page) {
  const { id } = await newCase("COUNSELLING");
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${id}`);
  await page.goto(`/cases/${id}/edit`);
  // A click first: Chromium asks on closing the tab only after a real user gesture.
  await page.getByLabel("Telefon").click();
  await page.getByLabel("Telefon").fill("+46 70 555 55 55");
  return id;
}

test("leaving by a link with unsaved changes asks first, and staying keeps the input", async ({ page }) => {
  const id = await editWithUnsavedPhone(page);
  const messages: string[] = [];
  page.once("dialog", async (dialog) => {
    messages.push(dialog.message());
    await dialog.dismiss();
  });
  await page.locator(`a[href="/cases/${id}"]`).first().click();
  await expect.poll(() => messages).toEqual(["Du har ändringar som inte är sparade. Vill du lämna sidan ändå?"]);
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/edit$`));
  await expect(page.getByLabel("Telefon")).toHaveValue("+46 70 555 55 55");

  // Confirming leaves.
  page.once("dialog", (dialog) => dialog.accept());
  await page.locator(`a[href="/cases/${id}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}$`));
});

test("the back button with unsaved changes asks first", async ({ page }) => {
  const id = await editWithUnsavedPhone(page);
  const messages: string[] = [];
  page.once("dialog", async (dialog) => {
    messages.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goBack({ timeout: 5_000 }).catch(() => null);
  await expect.poll(() => messages).toHaveLength(1);
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/edit$`));
  await expect(page.getByLabel("Telefon")).toHaveValue("+46 70 555 55 55");
});

test("closing the tab with unsaved changes asks first; a saved form does not", async ({ page }) => {
  await editWithUnsavedPhone(page);
  const dialogType = new Promise<string>((resolve) => page.once("dialog", async (dialog) => {
    resolve(dialog.type());
    await dialog.dismiss();
  }));
  await page.close({ runBeforeUnload: true });
  expect(await dialogType).toBe("beforeunload");
});

test("counselling session: mode, length and topics come back after a reload; an untouched save writes nothing", async ({ page }) => {
  const { id } = await newCase("COUNSELLING");
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${id}/sessions/new`);
  await page.getByLabel("Starttid").fill("10:00");
  await page.getByLabel("Längd i minuter").fill("45");
  await page.getByRole("radiogroup", { name: "Hur samtalet hölls" }).getByRole("radio", { name: "Besök" }).check();
  await page.getByRole("checkbox", { name: "Återvandringsbidrag" }).check();
  await page.getByRole("button", { name: "Spara samtalet" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${id}/sessions/(?!new)[A-Za-z0-9]+\\?saved=`));
  // The session's own address, without the "saved" notice, so a notice seen later is a later save's.
  const sessionUrl = page.url().replace(/\?.*$/, "");
  await page.goto(sessionUrl);

  // Changed on the session's own page.
  await page.getByLabel("Längd i minuter").fill("75");
  await page.getByRole("radiogroup", { name: "Hur samtalet hölls" }).getByRole("radio", { name: "Telefon" }).check();
  await page.getByRole("checkbox", { name: "Hälsa" }).check();
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByText("Samtalet är sparat.", { exact: false })).toBeVisible();
  const row = async () =>
    (await query<{ durationMinutes: number; mode: string; topics: string; updatedAt: Date }>(
      `SELECT "durationMinutes", mode::text AS mode, array_to_string(topics, ',') AS topics, "updatedAt" FROM "CounsellingSession" WHERE "caseId" = $1`,
      [id],
    ))[0]!;
  expect(await row()).toMatchObject({ durationMinutes: 75, mode: "PHONE", topics: "GRANT,HEALTH" });

  await page.goto(sessionUrl);
  await expect(page.getByLabel("Längd i minuter")).toHaveValue("75");
  await expect(page.getByRole("radiogroup", { name: "Hur samtalet hölls" }).getByRole("radio", { name: "Telefon" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Hälsa" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Återvandringsbidrag" })).toBeChecked();

  const before = await row();
  const audits = await auditCount(`"caseId" = $1 AND action = 'counsellingSession.update'`, [id]);
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByText("Samtalet är sparat.", { exact: false })).toBeVisible();
  expect((await row()).updatedAt).toEqual(before.updatedAt);
  expect(await auditCount(`"caseId" = $1 AND action = 'counsellingSession.update'`, [id])).toBe(audits);
});

test("follow-up: date, scores and notes come back after a reload; an untouched save writes nothing", async ({ page }) => {
  const { id } = await newCase("DEPARTED");
  const today = new Date().toISOString().slice(0, 10);
  await query(`INSERT INTO "FollowUp" (id, "caseId", "monthsAfterReturn", "dueOn", "updatedAt") VALUES ($1, $2, 1, current_date - 3, now())`, [`e2efu${crypto.randomBytes(8).toString("hex")}`, id]);
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${id}/follow-up`);
  const item = () => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Kontakt efter 1 månad" }) });
  const save = () => item().getByRole("button", { name: "Spara uppföljningen efter 1 månad" });
  await item().getByLabel("Datum för kontakten").fill(today);
  await item().getByRole("radiogroup", { name: "Ekonomisk", exact: true }).getByRole("radio", { name: "2 – Dåligt", exact: true }).check();
  await item().getByRole("radiogroup", { name: "Social", exact: true }).getByRole("radio", { name: "4 – Bra", exact: true }).check();
  await item().getByRole("radiogroup", { name: "Psykosocial", exact: true }).getByRole("radio", { name: "3 – Godtagbart", exact: true }).check();
  await item().getByLabel("Anteckningar").fill("Första kontakten.");
  await save().click();
  await expect(item().getByText("Uppföljningen efter 1 månad är sparad.")).toBeVisible();

  // Changed: one score and the notes.
  await item().getByRole("radiogroup", { name: "Social", exact: true }).getByRole("radio", { name: "5 – Mycket bra", exact: true }).check();
  await item().getByLabel("Anteckningar").fill("Andra kontakten, bättre.");
  await save().click();
  await expect(item().getByText("Uppföljningen efter 1 månad är sparad.")).toBeVisible();
  const row = async () =>
    (await query<{ completedOn: string; economicScore: number; socialScore: number; psychosocialScore: number; notes: string; updatedAt: Date }>(
      `SELECT "completedOn"::text AS "completedOn", "economicScore", "socialScore", "psychosocialScore", notes, "updatedAt" FROM "FollowUp" WHERE "caseId" = $1`,
      [id],
    ))[0]!;
  // The notice of the first save is still on the page: wait for the second save in the database itself.
  await expect.poll(async () => (await row()).notes).toBe("Andra kontakten, bättre.");
  expect(await row()).toMatchObject({ completedOn: today, economicScore: 2, socialScore: 5, psychosocialScore: 3, notes: "Andra kontakten, bättre." });

  await page.reload();
  // A completed follow-up's section may be folded: open it to read the form.
  if (!(await item().getByLabel("Anteckningar").isVisible())) await item().getByText("Fyll i eller ändra").click();
  await expect(item().getByLabel("Datum för kontakten")).toHaveValue(today);
  await expect(item().getByRole("radiogroup", { name: "Social", exact: true }).getByRole("radio", { name: "5 – Mycket bra", exact: true })).toBeChecked();
  await expect(item().getByRole("radiogroup", { name: "Ekonomisk", exact: true }).getByRole("radio", { name: "2 – Dåligt", exact: true })).toBeChecked();
  await expect(item().getByLabel("Anteckningar")).toHaveValue("Andra kontakten, bättre.");

  const before = await row();
  const audits = await auditCount(`"caseId" = $1 AND action IN ('followUp.record', 'followUp.update')`, [id]);
  await save().click();
  await expect(item().getByText("Uppföljningen efter 1 månad är sparad.")).toBeVisible();
  expect((await row()).updatedAt).toEqual(before.updatedAt);
  expect(await auditCount(`"caseId" = $1 AND action IN ('followUp.record', 'followUp.update')`, [id])).toBe(audits);
});

test("guidance article: titles and texts come back in the editor after a reload; an untouched save writes nothing", async ({ page }) => {
  const slug = `rundtur-${crypto.randomBytes(3).toString("hex")}`;
  const article = async () =>
    (await query<{ titleSv: string; titleEn: string; bodySv: string; bodyEn: string; version: number }>(
      'SELECT "titleSv", "titleEn", "bodySv", "bodyEn", version FROM "GuidanceArticle" WHERE slug = $1',
      [slug],
    ))[0]!;
  await signIn(page, DEMO.admin);
  await page.goto("/guidance/new");
  await page.getByLabel("Adress (slug)").fill(slug);
  await page.getByLabel("Rubrik på svenska").fill("Rundtur");
  await page.getByLabel("Rubrik på engelska").fill("Round trip");
  await page.getByLabel("Text på svenska").fill("Första texten.");
  await page.getByLabel("Text på engelska").fill("First text.");
  await page.getByRole("button", { name: "Skapa artikeln" }).click();
  await expect(page).toHaveURL(new RegExp(`/guidance/${slug}\\?notice=created$`));

  await page.goto(`/guidance/${slug}/edit`);
  await page.getByLabel("Rubrik på svenska").fill("Rundtur, ändrad");
  await page.getByLabel("Text på engelska").fill("Second text.\n\n- A list item.");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page).toHaveURL(new RegExp(`/guidance/${slug}\\?notice=saved$`));
  expect(await article()).toMatchObject({ titleSv: "Rundtur, ändrad", titleEn: "Round trip", bodySv: "Första texten.", bodyEn: "Second text.\n\n- A list item.", version: 2 });

  await page.goto(`/guidance/${slug}/edit`);
  await expect(page.getByLabel("Rubrik på svenska")).toHaveValue("Rundtur, ändrad");
  await expect(page.getByLabel("Rubrik på engelska")).toHaveValue("Round trip");
  await expect(page.getByLabel("Text på svenska")).toHaveValue("Första texten.");
  await expect(page.getByLabel("Text på engelska")).toHaveValue("Second text.\n\n- A list item.");

  const audits = await auditCount(`action = 'guidance.update' AND "resourceId" = (SELECT id FROM "GuidanceArticle" WHERE slug = $1)`, [slug]);
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page).toHaveURL(new RegExp(`/guidance/${slug}\\?notice=saved$`));
  expect((await article()).version).toBe(2);
  expect(await auditCount(`action = 'guidance.update' AND "resourceId" = (SELECT id FROM "GuidanceArticle" WHERE slug = $1)`, [slug])).toBe(audits);
});

test("referral consent: a corrected date and note come back after a reload; an untouched save writes nothing", async ({ page }) => {
  const { id: caseId } = await newCase("PLANNING");
  const referralId = `e2erf${crypto.randomBytes(8).toString("hex")}`;
  await query(
    `INSERT INTO "Referral" (id, "caseId", "organisationId", type, status, "consentGivenOn", "consentNote", "createdById", version, "updatedAt")
     SELECT $1, $2, o.id, 'RETURN_GRANT_APPLICATION', 'DRAFT', current_date - 5, 'Muntligt', u.id, 1, now()
     FROM "Organisation" o, "User" u WHERE o.name = 'Migrationsverket' AND u.email = $3 LIMIT 1`,
    [referralId, caseId, DEMO.adviser],
  );
  const row = async () =>
    (await query<{ consentGivenOn: string; consentNote: string; version: number }>('SELECT "consentGivenOn"::text AS "consentGivenOn", "consentNote", version FROM "Referral" WHERE id = $1', [referralId]))[0]!;
  const audits = () => auditCount(`"resourceId" = $1 AND action = 'referral.consent.record'`, [referralId]);
  const earlier = (await query<{ day: string }>("SELECT (current_date - 2)::text AS day"))[0]!.day;
  await signIn(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/referrals/${referralId}`);
  const consent = page.getByRole("form", { name: "Rätta samtycket" });
  await consent.getByLabel("Datum för samtycke").fill(earlier);
  await consent.getByLabel("Hur samtycket gavs").fill("Skriftligt, med tolk på dari");
  await consent.getByRole("button", { name: "Spara samtycket" }).click();
  await expect(page.getByText("Samtycket är registrerat.")).toBeVisible();
  expect(await row()).toEqual({ consentGivenOn: earlier, consentNote: "Skriftligt, med tolk på dari", version: 2 });

  // Without the "saved" notice in the address, so the next notice is the next save's.
  await page.goto(`/cases/${caseId}/referrals/${referralId}`);
  await expect(consent.getByLabel("Datum för samtycke")).toHaveValue(earlier);
  await expect(consent.getByLabel("Hur samtycket gavs")).toHaveValue("Skriftligt, med tolk på dari");
  const before = await audits();
  await consent.getByRole("button", { name: "Spara samtycket" }).click();
  await expect(page.getByText("Samtycket är registrerat.")).toBeVisible();
  expect((await row()).version).toBe(2);
  expect(await audits()).toBe(before);
});

test("client material text: a changed title comes back after a reload; an untouched save writes nothing", async ({ page }) => {
  // The Ukrainian sheet, which no other spec reads; its title is put back at the end (as a further version).
  const text = async () =>
    (await query<{ title: string; version: number }>(`SELECT title, version FROM "ClientMaterialText" WHERE kind = 'INFORMATION_SHEET' AND language = 'uk'`))[0]!;
  const audits = () => auditCount(`action = 'clientMaterial.update' AND "resourceId" = (SELECT id FROM "ClientMaterialText" WHERE kind = 'INFORMATION_SHEET' AND language = 'uk')`, []);
  const original = await text();
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, DEMO.admin);
  await page.goto("/admin/client-material/information-sheet/uk");
  const title = page.getByLabel("Rubrik", { exact: true });
  const save = page.getByRole("button", { name: "Spara ny version" });
  try {
    await title.fill(`${original.title} (rundtur)`);
    await save.click();
    await expect(page.getByText(`Sparad som version ${original.version + 1}.`)).toBeVisible();
    expect(await text()).toEqual({ title: `${original.title} (rundtur)`, version: original.version + 1 });

    // The page again without the "saved" notice in its address, so the next notice is the next save's.
    await page.goto("/admin/client-material/information-sheet/uk");
    await expect(title).toHaveValue(`${original.title} (rundtur)`);
    const before = await audits();
    await save.click();
    await expect(page).toHaveURL(/\?saved=/);
    await expect(page.getByText(`Sparad som version ${original.version + 1}.`)).toBeVisible();
    expect((await text()).version).toBe(original.version + 1);
    expect(await audits()).toBe(before);
  } finally {
    await page.goto("/admin/client-material/information-sheet/uk");
    await title.fill(original.title);
    await save.click();
    await expect(page.getByText(/Sparad som version \d+\./)).toBeVisible();
  }
});

// Not here: a referral's status and decision are new events on it, never edits
// (a recorded decision is corrected with its own form, above).
