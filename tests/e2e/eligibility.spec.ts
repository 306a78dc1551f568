// Eligibility end to end: an adviser checks a case (pre-filled from it), adjusts, sees the
// result, saves, finds the check on the case's timeline and prints the summary; staff use
// the what-if calculator, with both rule sets side by side near 2026-01-01, store nothing
// and see no case; the form works before JavaScript; the JSON API answers signed-in users
// only and lists every problem. Each test makes the case it needs in the database.
import crypto from "node:crypto";
import { PDFDocument } from "pdf-lib";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { query } from "./support/db";
import { shot } from "./support/shots";
import { officeToday } from "../../lib/dates";

const TODAY = officeToday();

/** Signs in and waits until the app is shown, so the next navigation cannot cut the sign-in short. */
async function signInAs(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  // Password hashing is slow on purpose, and slower on a busy machine.
  await expect(page.getByRole("button", { name: "Logga ut" })).toBeVisible({ timeout: 60_000 });
}

/** A family of three on the demo adviser's caseload: the person, a spouse and a child, all with permits. */
async function familyCase(): Promise<{ id: string; caseNumber: string; lastName: string }> {
  const [adviser] = await query<{ id: string; teamId: string }>('SELECT id, "teamId" FROM "User" WHERE email = $1', [DEMO.adviser]);
  const id = `e2eel${crypto.randomBytes(8).toString("hex")}`;
  const year = Number(TODAY.slice(0, 4));
  const seq = 900_000 + crypto.randomInt(99_999);
  const caseNumber = `${year}/${seq}`;
  const lastName = `Testfamilj${seq}`;
  await query(
    `INSERT INTO "Case" (id, "caseNumber", "caseYear", "caseSeq", status, "adviserId", "teamId", "firstName", "lastName", "birthDate",
                         citizenships, "countryOfOrigin", languages, "isRegisteredInSweden", "permitGround", "permitPermanent", "permitGrantedOn",
                         "destinationCountry", "destinationIsHomeCountry", "updatedAt")
     VALUES ($1, $2, $3, $4, 'COUNSELLING', $5, $6, 'Amal', $7, '1985-05-05', '{SY}', 'SY', '{ar}', true, 'REFUGEE', true, '2018-03-01', 'SY', true, now())`,
    [id, caseNumber, year, seq, adviser!.id, adviser!.teamId, lastName],
  );
  await query(
    `INSERT INTO "HouseholdMember" (id, "caseId", relation, "firstName", "lastName", "birthDate", citizenships, "permitGround", "permitPermanent", "permitGrantedOn", "livesWithApplicant", "updatedAt")
     VALUES ($1, $3, 'SPOUSE', 'Rami', $4, '1987-07-07', '{SY}', 'FAMILY_TIES', true, '2019-01-10', true, now()),
            ($2, $3, 'CHILD', 'Sara', $4, '2015-04-04', '{SY}', 'FAMILY_TIES', false, '2019-01-10', true, now())`,
    [`${id}m1`, `${id}m2`, id, lastName],
  );
  return { id, caseNumber, lastName };
}

/** Picks a citizenship by its name (a type-ahead that holds several); each shows as a token that can be removed. */
async function pickCitizenship(person: Locator, typed: string, country: string): Promise<void> {
  await person.getByRole("combobox", { name: "Medborgarskap" }).fill(typed);
  await person.getByRole("option", { name: country, exact: true }).click();
  await expect(person.getByRole("button", { name: `Ta bort ${country}` })).toBeVisible();
  await expect(person.getByRole("combobox", { name: "Medborgarskap" })).toHaveValue("");
}

const VALID_INPUT = {
  applicationDate: "2026-06-15",
  destination: { country: "SY", isHomeCountry: true },
  registeredInSweden: true,
  hasDebtsToCsnOrKronofogden: false,
  canPayOwnTravel: false,
  hadGrantBefore: false,
  travelCostSek: 12_000,
  members: [{ role: "APPLICANT", birthDate: "1980-01-01", citizenships: ["SY"], permit: { ground: "REFUGEE", permanent: true, grantedOn: "2015-06-01" }, livesWithApplicant: true }],
};

test("an adviser checks a case, pre-filled, adjusts it, saves, and finds the check on the timeline and in print", async ({ page }, testInfo) => {
  const { id: caseId, caseNumber, lastName } = await familyCase();
  await signInAs(page, DEMO.adviser);
  await page.goto(`/cases/${caseId}/eligibility`);
  await expect(page.getByText("Ingen kontroll har sparats i ärendet.")).toBeVisible();
  await page.getByRole("link", { name: "Ny kontroll" }).click();
  await expect(page.getByRole("heading", { name: "Ny kontroll av rätt till återvandringsbidrag" })).toBeVisible();

  // Pre-filled from the case: today, the destination, and the household with its permits.
  await expect(page.getByLabel("Ansökningsdatum")).toHaveValue(TODAY);
  // The country is chosen by name (a combobox); its ISO code is what the form posts.
  await expect(page.getByRole("combobox", { name: "Land att flytta till" })).toHaveValue("Syrien");
  await expect(page.locator('input[type="hidden"][name="destination.country"]')).toHaveValue("SY");
  const people = page.getByRole("group", { name: "Personer i hushållet" });
  const amal = people.getByRole("group", { name: "Person 1: Amal" });
  const rami = people.getByRole("group", { name: "Person 2: Rami" });
  const sara = people.getByRole("group", { name: "Person 3: Sara" });
  await expect(amal.getByLabel("Roll")).toHaveValue("APPLICANT");
  await expect(amal.getByLabel("Uppehållstillstånd", { exact: true })).toHaveValue("REFUGEE");
  await expect(amal.getByLabel("Tillståndet beviljades")).toHaveValue("2018-03-01");
  await expect(rami.getByLabel("Födelsedatum")).toHaveValue("1987-07-07");
  // Citizenships from the case, shown by name; the codes are what the form posts.
  await expect(amal.getByRole("list", { name: "Valda (Medborgarskap)" }).getByRole("listitem")).toHaveText(["Syrien"]);
  await expect(amal.locator('input[type="hidden"][name="members.0.citizenships"]')).toHaveValue("SY");
  await expect(sara.getByLabel("Roll")).toHaveValue("CHILD");
  // The case holds no fare: the adviser must give one.
  await expect(page.getByLabel(/Beräknad reskostnad/)).toHaveValue("");

  // A missing fare is explained at the field and in a summary, and nothing is calculated.
  await page.getByRole("button", { name: "Beräkna" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Rätta följande" });
  await expect(summary).toContainText("Uppgiften måste fyllas i.");
  await expect(page.getByLabel(/Beräknad reskostnad/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: "Spara kontrollen" })).toHaveCount(0);

  // Adjust: the fare, and a baby born since, without a permit of her own yet.
  await page.getByLabel(/Beräknad reskostnad/).fill("24 000");
  await page.getByRole("button", { name: "Lägg till person" }).click();
  const baby = people.getByRole("group", { name: "Person 4" });
  await expect(baby.getByLabel("Roll")).toBeFocused();
  await baby.getByLabel("Födelsedatum").fill("2025-03-03");
  await pickCitizenship(baby, "syr", "Syrien");
  await expect(baby.locator('input[type="hidden"][name="members.3.citizenships"]')).toHaveValue("SY");
  await page.getByRole("button", { name: "Beräkna" }).click();

  const result = page.getByRole("region", { name: "Resultat" });
  await expect(result.getByTestId("eligibility-outcome")).toHaveText("Uppfyller villkoren för återvandringsbidrag");
  await expect(result.getByRole("rowheader", { name: "Person 4 (barn)" })).toBeVisible();
  await expect(result.getByTestId("eligibility-total")).toHaveText(/^549\s000\skr$/);
  await expect(result.getByText(/Reskostnaden gäller hela hushållet/)).toBeVisible();
  await expect(result.getByText(/Källa: SFS 1984:890/).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("case-check-preview.png"), fullPage: true });

  // Editing after the preview asks for a new calculation before saving.
  await page.getByLabel(/Beräknad reskostnad/).fill("25 000");
  await expect(page.getByRole("button", { name: "Spara kontrollen" })).toHaveCount(0);
  await page.getByRole("button", { name: "Beräkna" }).click();
  // Two adults capped together at 500 000, the child 25 000, the baby nothing yet, and the fare.
  await expect(result.getByTestId("eligibility-total")).toHaveText(/^550\s000\skr$/);
  await page.getByRole("button", { name: "Spara kontrollen" }).click();

  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/eligibility/[^/?]+\\?saved=1$`));
  await expect(page.getByText("Kontrollen är sparad.")).toBeVisible();
  const checkId = new URL(page.url()).pathname.split("/").at(-1)!;
  const [stored] = await query<{ ruleSetId: string; travel: number; members: number }>(
    `SELECT "ruleSetId", (input->>'travelCostSek')::int AS travel, jsonb_array_length(input->'members') AS members FROM "EligibilityCheck" WHERE id = $1`,
    [checkId],
  );
  expect(stored).toMatchObject({ travel: 25_000, members: 4 });
  await expect(page.getByRole("region", { name: "Uppgifter som kontrollen bygger på" })).toContainText("2025-03-03");

  // The saved check is on the case's timeline.
  await page.getByRole("link", { name: "Översikt" }).click();
  await expect(page.getByText("Resultat: Uppfyller villkoren för återvandringsbidrag")).toBeVisible();
  await page.getByRole("link", { name: "Bidragsprövning" }).click();
  await expect(page.getByRole("table", { name: "Sparade kontroller" }).getByRole("row")).toHaveCount(2);

  // The summary for the person: first names and birth years only, in the language asked for.
  await page.goto(`/cases/${caseId}/eligibility/${checkId}`);
  await page.getByRole("link", { name: "Sammanfattning på engelska" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Summary of a return grant check" })).toBeVisible();
  const sheet = page.getByRole("main");
  await expect(sheet).toHaveAttribute("lang", "en");
  await expect(sheet).toContainText(caseNumber);
  await expect(sheet.getByRole("cell", { name: "Amal" })).toBeVisible();
  await expect(sheet.getByRole("cell", { name: "1985" })).toBeVisible();
  await expect(sheet).not.toContainText(lastName);
  await expect(sheet).not.toContainText("1985-05-05");
  await expect(sheet).toContainText("Meets the conditions for a return grant");
  await expect(sheet).toContainText("0771-235 235");
  await expect(page.getByRole("navigation", { name: "Language of the printout" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Language of the printout" })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath("print-en.png"), fullPage: true });
  const pdf = await PDFDocument.load(await page.pdf({ format: "A4", printBackground: true }));
  expect(pdf.getPageCount(), "the summary fits one A4 page").toBe(1);
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("link", { name: "Svenska" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sammanfattning av bidragsprövning" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveAttribute("lang", "sv");
  await page.screenshot({ path: testInfo.outputPath("print-sv.png"), fullPage: true });

  const audit = await query<{ action: string }>(`SELECT action FROM "AuditEvent" WHERE "resourceId" = $1 ORDER BY id`, [checkId]);
  expect(audit.map((event) => event.action)).toEqual(expect.arrayContaining(["eligibility.save", "eligibility.read", "eligibility.print"]));
});

test("a staff member uses the calculator, sees both rule sets near 2026-01-01, stores nothing and sees no case", async ({ page }, testInfo) => {
  await signInAs(page, DEMO.staff);
  await page.getByRole("link", { name: "Bidragskalkyl" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bidragskalkyl" })).toBeVisible();
  await expect(page.getByText("Skriv inga namn eller personnummer.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: /namn|personnummer|identitet/i })).toHaveCount(0);

  await page.getByLabel("Ansökningsdatum").fill("2026-06-15");
  await page.getByRole("combobox", { name: "Land att flytta till" }).fill("syr");
  await page.getByRole("option", { name: "Syrien", exact: true }).click();
  await expect(page.locator('input[type="hidden"][name="destination.country"]')).toHaveValue("SY");
  await page.getByLabel(/Beräknad reskostnad/).fill("12000");
  const applicant = page.getByRole("group", { name: "Person 1" });
  await applicant.getByLabel("Födelsedatum").fill("1980-01-01");
  await pickCitizenship(applicant, "syr", "Syrien");
  await applicant.getByLabel("Uppehållstillstånd", { exact: true }).selectOption("REFUGEE");
  await applicant.getByLabel("Tillståndet beviljades").fill("2015-06-01");
  await applicant.getByLabel("Permanent uppehållstillstånd").check();
  await page.getByRole("button", { name: "Beräkna" }).click();

  const result = page.getByRole("region", { name: "Resultat" });
  await expect(result.getByTestId("eligibility-outcome")).toHaveText("Uppfyller villkoren för återvandringsbidrag");
  await expect(result.getByTestId("eligibility-total")).toHaveText(/^362\s000\skr$/);
  await expect(page.getByRole("button", { name: "Spara kontrollen" })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("calculator-result.png"), fullPage: true });

  // Near the change of rules: the same household under both, side by side.
  await page.getByLabel("Ansökningsdatum").fill("2025-12-20");
  await page.getByRole("button", { name: "Beräkna" }).click();
  const comparison = page.getByRole("region", { name: "Jämförelse mellan regelverken" });
  await expect(comparison).toContainText("2026-01-01");
  const older = comparison.getByRole("region", { name: /regler t\.o\.m\. 2025-12-31/ });
  const newer = comparison.getByRole("region", { name: /regler fr\.o\.m\. 2026-01-01/ });
  await expect(older).toContainText("Gäller på ansökningsdatumet");
  await expect(older.getByTestId("eligibility-total")).toHaveText(/^22\s000\skr$/);
  await expect(newer).toContainText("Gäller inte på ansökningsdatumet");
  await expect(newer.getByTestId("eligibility-total")).toHaveText(/^362\s000\skr$/);
  await page.screenshot({ path: testInfo.outputPath("calculator-side-by-side.png"), fullPage: true });

  // Nothing stored, nothing audited as a read of personal data.
  const [staff] = await query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [DEMO.staff]);
  expect(await query(`SELECT id FROM "EligibilityCheck" WHERE "createdById" = $1`, [staff!.id])).toEqual([]);
  expect(await query(`SELECT id FROM "AuditEvent" WHERE "userId" = $1 AND action LIKE 'eligibility.%'`, [staff!.id])).toEqual([]);

  // No case, check or printout opens for staff: they look like missing pages.
  const { id: caseId } = await familyCase();
  const [check] = await query<{ id: string }>('SELECT id FROM "EligibilityCheck" LIMIT 1');
  for (const path of [`/cases/${caseId}`, `/cases/${caseId}/eligibility`, `/cases/${caseId}/eligibility/new`, `/print/eligibility/${check?.id ?? "none"}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Sidan finns inte eller så saknar du behörighet." })).toBeVisible();
  }
});

test("citizenships are chosen by name, kept after a refused calculation, and removed with the keyboard", async ({ page }, testInfo) => {
  await signInAs(page, DEMO.staff);
  await page.goto("/calculator");
  await page.getByLabel("Ansökningsdatum").fill("2026-06-15");
  await page.getByRole("combobox", { name: "Land att flytta till" }).fill("syr");
  await page.getByRole("option", { name: "Syrien", exact: true }).click();
  const applicant = page.getByRole("group", { name: "Person 1" });
  await applicant.getByLabel("Födelsedatum").fill("1980-01-01");
  await applicant.getByLabel("Uppehållstillstånd", { exact: true }).selectOption("REFUGEE");
  await applicant.getByLabel("Tillståndet beviljades").fill("2015-06-01");
  await applicant.getByLabel("Permanent uppehållstillstånd").check();

  // The first by the keyboard: type, arrow down to the name, Enter (which picks and does not send the form).
  const citizenships = applicant.getByRole("combobox", { name: "Medborgarskap" });
  await expect(citizenships).toHaveAccessibleDescription(/Skriv landets namn och välj det i listan/);
  await citizenships.fill("syr");
  await expect(applicant.getByRole("listbox", { name: "Medborgarskap" })).toBeVisible();
  await citizenships.press("ArrowDown");
  await expect(applicant.getByRole("option", { name: "Syrien", exact: true })).toHaveAttribute("aria-selected", "true");
  await citizenships.press("Enter");
  await expect(applicant.getByRole("button", { name: "Ta bort Syrien" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Resultat" })).toHaveCount(0);
  // Escape closes the list and keeps the text; a name already chosen is not offered again.
  await citizenships.fill("sy");
  await expect(applicant.getByRole("option", { name: "Syrien", exact: true })).toHaveCount(0);
  await citizenships.press("Escape");
  await expect(applicant.getByRole("listbox", { name: "Medborgarskap" })).toBeHidden();
  await expect(citizenships).toHaveAttribute("aria-expanded", "false");
  await expect(citizenships).toHaveValue("sy");
  // The second by the mouse.
  await pickCitizenship(applicant, "sver", "Sverige");
  const chosen = applicant.getByRole("list", { name: "Valda (Medborgarskap)" }).getByRole("listitem");
  await expect(chosen).toHaveText(["Syrien", "Sverige"]);
  const posted = applicant.locator('input[type="hidden"][name="members.0.citizenships"]');
  await expect(posted).toHaveValue("SY, SE");

  // Refused (no fare): the citizenships are still there.
  await page.getByRole("button", { name: "Beräkna" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Rätta följande" })).toContainText("Uppgiften måste fyllas i.");
  await expect(chosen).toHaveText(["Syrien", "Sverige"]);
  await expect(posted).toHaveValue("SY, SE");

  // A Swedish citizen cannot have the grant.
  await page.getByLabel(/Beräknad reskostnad/).fill("12000");
  await page.getByRole("button", { name: "Beräkna" }).click();
  const result = page.getByRole("region", { name: "Resultat" });
  await expect(result.getByTestId("eligibility-outcome")).toHaveText("Uppfyller inte villkoren för återvandringsbidrag");
  await expect(result.getByText(/Svenska medborgare kan inte få återvandringsbidrag/).first()).toBeVisible();

  // The form as an adviser sees it with two citizenships, wide and on a phone (no sideways scroll).
  await page.screenshot({ path: shot(testInfo, "citizenships-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(chosen).toHaveText(["Syrien", "Sverige"]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await applicant.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot(testInfo, "citizenships-320.png"), fullPage: true });
  const axe = await new AxeBuilder({ page }).include("form").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Backspace in the empty input removes the last one; Sweden goes, and the grant with it comes back.
  await citizenships.fill("");
  await citizenships.press("Backspace");
  await expect(chosen).toHaveText(["Syrien"]);
  await expect(applicant.getByRole("button", { name: "Ta bort Sverige" })).toHaveCount(0);
  await expect(citizenships).toBeFocused();
  await expect(posted).toHaveValue("SY");
  await page.getByRole("button", { name: "Beräkna" }).click();
  await expect(result.getByTestId("eligibility-outcome")).toHaveText("Uppfyller villkoren för återvandringsbidrag");
  await expect(result.getByTestId("eligibility-total")).toHaveText(/^362\s000\skr$/);
});

test("before JavaScript loads, the calculator adds a person and calculates with plain form posts", async ({ page, browser, baseURL }) => {
  await signInAs(page, DEMO.staff);
  // The same session in a browser that runs no script at all (the shared page keeps
  // JavaScript for the accessibility check, which needs it).
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await page.context().storageState() });
  try {
    const plain = await context.newPage();
    await plain.goto("/calculator");
    await plain.getByLabel("Ansökningsdatum").fill("2026-06-15");
    await plain.getByLabel("Land att flytta till").selectOption("IQ");
    await plain.getByLabel(/Beräknad reskostnad/).fill("9 000");
    await plain.getByRole("group", { name: "Person 1" }).getByLabel("Födelsedatum").fill("1990-02-02");
    // No permit at all: an asylum application that was rejected.
    await plain.getByRole("button", { name: "Lägg till person" }).click();
    const child = plain.getByRole("group", { name: "Person 2" });
    await expect(child.getByLabel("Roll")).toHaveValue("CHILD");
    await expect(plain.getByLabel("Ansökningsdatum")).toHaveValue("2026-06-15");
    await child.getByLabel("Födelsedatum").fill("2018-08-08");
    await plain.getByRole("button", { name: "Beräkna" }).click();
    const result = plain.getByRole("region", { name: "Resultat" });
    await expect(result.getByTestId("eligibility-outcome")).toHaveText("Uppfyller inte villkoren för återvandringsbidrag");
    await expect(result.getByRole("heading", { name: "Annat stöd att hänvisa till" })).toBeVisible();
    await expect(result).toContainText(/återetableringsstöd/i);
    // And the second row goes again.
    await plain.getByRole("button", { name: "Ta bort person 2" }).click();
    await expect(plain.getByRole("group", { name: "Person 2" })).toHaveCount(0);
    await expect(plain.getByRole("group", { name: "Person 1" }).getByLabel("Födelsedatum")).toHaveValue("1990-02-02");
  } finally {
    await context.close();
  }
});

test.describe("POST /api/eligibility", () => {
  test("answers 404 to roles that may not use the calculator, as a page would", async ({ browser }) => {
    for (const account of [DEMO.manager, DEMO.admin]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signInAs(page, account);
      const response = await page.request.post("/api/eligibility", { data: VALID_INPUT });
      expect(response.status(), account).toBe(404);
      expect(await response.json()).toEqual({ errors: [{ path: "", code: "notFound", message: "Sidan finns inte." }] });
      await context.close();
    }
  });

  test("answers 401 without a session", async ({ request }) => {
    const response = await request.post("/api/eligibility", { data: VALID_INPUT });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ errors: [{ path: "", code: "unauthenticated", message: "Logga in för att använda tjänsten." }] });
  });

  test("lists every problem with 400 and answers a valid input with the result", async ({ page }) => {
    // City staff: the role that uses the calculator without ever seeing a case.
    await signInAs(page, DEMO.staff);
    const api = page.request;

    const invalid = await api.post("/api/eligibility", {
      data: { ...VALID_INPUT, applicationDate: "2026-02-30", travelCostSek: -1, destination: { country: "syr", isHomeCountry: true }, members: [{ ...VALID_INPUT.members[0], role: "SPOUSE", birthDate: "2030-01-01" }] },
      headers: { "Accept-Language": "en-GB,en;q=0.9,sv;q=0.5" },
    });
    expect(invalid.status()).toBe(400);
    const { errors } = (await invalid.json()) as { errors: { path: string; code: string; message: string }[] };
    expect(errors.map((error) => `${error.path}:${error.code}`).sort()).toEqual(
      [
        "applicationDate:eligibility.errors.dateNotReal",
        "destination.country:eligibility.errors.countryCode",
        "members:eligibility.errors.oneApplicant",
        "members.0.permit.grantedOn:eligibility.errors.permitGrantedBeforeBirth",
        "travelCostSek:eligibility.errors.travelCostNegative",
      ].sort(),
    );
    expect(errors.find((error) => error.path === "travelCostSek")?.message).toBe("The travel cost cannot be negative.");

    const notJson = await api.post("/api/eligibility", { data: Buffer.from("{ not json"), headers: { "Content-Type": "application/json", "Accept-Language": "sv" } });
    expect(notJson.status()).toBe(400);
    expect(await notJson.json()).toEqual({ errors: [{ path: "", code: "invalidJson", message: "Innehållet är inte giltig JSON." }] });

    const ok = await api.post("/api/eligibility", { data: VALID_INPUT });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toMatchObject({
      outcome: "ELIGIBLE",
      ruleSet: { id: "sfs-1984-890@2026-01-01" },
      allowanceSek: 350_000,
      travelCostSek: 12_000,
      totalSek: 362_000,
      members: [{ index: 0, eligible: true, allowanceSek: 350_000 }],
    });
  });
});
