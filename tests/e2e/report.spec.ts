// The yearly report and the exports end to end (issue 14 parts 4 and 5): a
// manager opens the report from the menu for last year, reads a figure that the
// database confirms (or its suppressed range), downloads the PDF (its text read
// with pdftotext, its pages drawn as PNG), the CSV and the XLSX (parsed), and an
// adviser's case list export shows progress and neutralises a formula in a name.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { test, expect } from "./support/fixtures";
import { DEMO } from "./support/accounts";
import { signIn } from "./support/sign-in";
import { query } from "./support/db";
import { officeToday, startOfOfficeDay } from "../../lib/dates";

// Parked (session 6): written while the machine ran at load 25–55, this spec was never seen green by its
// author, and the lead could not run it after the merges before the session ended. Every test in it is

const LAST_YEAR = Number(officeToday().slice(0, 4)) - 1;
const SHOTS = "/work/notes/shots/report";

/** How the report shows a count with the default threshold 5. */
const shownAs = (n: number) => (n >= 1 && n < 5 ? "1–4" : new Intl.NumberFormat("sv-SE").format(n));

async function openedLastYear(): Promise<number> {
  const [row] = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "Case" WHERE "teamId" = (SELECT "teamId" FROM "User" WHERE email = $1) AND "openedAt" >= $2 AND "openedAt" < $3`,
    [DEMO.manager, startOfOfficeDay(`${LAST_YEAR}-01-01`), startOfOfficeDay(`${LAST_YEAR + 1}-01-01`)],
  );
  return Number(row!.n);
}

test("a manager reads last year's report on screen, at 1280 and 320 px", async ({ page }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const opened = await openedLastYear();
  await signIn(page, DEMO.manager);
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Årsrapport" }).click();
  await page.getByLabel("År", { exact: true }).selectOption(String(LAST_YEAR));
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page.getByRole("heading", { name: `Årsrapport ${LAST_YEAR}`, level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "Öppnade ärenden" });
  await expect(table.getByRole("row").nth(1).getByRole("cell").first()).toHaveText(shownAs(opened));
  for (const title of ["Personer som fått rådgivning, efter ålder och kön", "Hushåll som fått rådgivning, efter storlek", "Återvändanden efter medborgarskap", "Handläggningstider i dagar"])
    await expect(page.getByRole("table", { name: title })).toBeVisible();
  await expect(page.getByTestId("suppression-note")).toContainText("1–4");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SHOTS, "report-1280.png"), fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  await page.screenshot({ path: path.join(SHOTS, "report-320.png"), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no sideways scroll of the page at 320 px (tables scroll in their own box)").toBeLessThanOrEqual(0);
});

test("the report downloads as PDF, CSV and XLSX with the same figures", async ({ page }) => {
  const opened = await openedLastYear();
  await signIn(page, DEMO.manager);
  await page.goto(`/statistics/report?year=${LAST_YEAR}`);

  const pdf = await page.request.get(`/api/statistics/report/${LAST_YEAR}?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const pdfPath = test.info().outputPath("report.pdf");
  fs.writeFileSync(pdfPath, await pdf.body());
  const text = execFileSync("pdftotext", ["-layout", pdfPath, "-"]).toString();
  expect(text).toContain(`Årsrapport ${LAST_YEAR}`);
  for (const title of ["Öppnade ärenden", "Personer som fått rådgivning", "Återvändanden efter resmål", "Beslut om återvandringsbidrag", "Uppföljning efter återvändande"]) expect(text).toContain(title);
  expect(text).toMatch(new RegExp(`Öppnade\\s+${shownAs(opened).replace(/\s/g, "\\s")}\\b`));
  execFileSync("pdftoppm", ["-png", "-r", "60", pdfPath, path.join(SHOTS, "report-pdf")]);

  const csv = await page.request.get(`/api/statistics/report/${LAST_YEAR}?format=csv`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
  const openedRow = lines.find((line) => line.startsWith("Öppnade,"));
  expect(openedRow?.split(",")[1]).toBe(opened >= 1 && opened < 5 ? "1–4" : String(opened));

  const xlsx = await page.request.get(`/api/statistics/report/${LAST_YEAR}?format=xlsx`);
  expect(xlsx.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toHaveLength(9);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(2).getCell(1).value).toBe("Öppnade");
  expect(sheet.getRow(2).getCell(2).value).toBe(opened >= 1 && opened < 5 ? "1–4" : opened);
  const [audit] = await query<{ reason: string }>(
    `SELECT reason FROM "AuditEvent" WHERE action = 'statistics.export' AND "userId" = (SELECT id FROM "User" WHERE email = $1) ORDER BY "createdAt" DESC LIMIT 1`,
    [DEMO.manager],
  );
  expect(JSON.parse(audit!.reason)).toMatchObject({ format: "xlsx", filter: { year: LAST_YEAR } });
});

test("an adviser exports the case list with progress, and a formula in a name arrives as text", async ({ page }) => {
  const [own] = await query<{ id: string; lastName: string; caseNumber: string }>(
    `SELECT c.id, c."lastName", c."caseNumber" FROM "Case" c JOIN "User" u ON u.id = c."adviserId" WHERE u.email = $1 AND c.status = 'FOLLOW_UP' ORDER BY c."caseNumber" LIMIT 1`,
    [DEMO.adviser],
  );
  expect(own, "the demo adviser needs a case in follow-up").toBeDefined();
  await query(`UPDATE "Case" SET "lastName" = $2 WHERE id = $1`, [own!.id, "=HYPERLINK(\"http://example.invalid\")"]);
  try {
    await signIn(page, DEMO.adviser);
    await page.goto("/cases?status=FOLLOW_UP");
    await page.getByRole("link", { name: "Exportera listan" }).click();
    await expect(page.getByRole("heading", { name: "Exportera ärendelistan", level: 1 })).toBeVisible();
    await expect(page.getByTestId("export-fields")).toContainText("Personnummer");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Ladda ner CSV" }).click();
    const file = await (await download).path();
    await expect(page.getByText(/^Klart: \d+ rader\.$/)).toBeVisible();
    const content = fs.readFileSync(file, "utf8");
    expect(content).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    expect(content).toContain(own!.caseNumber);
    const rows = content.trim().split("\r\n").length - 1;
    const [count] = await query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "Case" c JOIN "User" u ON u.id = c."adviserId" WHERE u.email = $1 AND c.status = 'FOLLOW_UP'`,
      [DEMO.adviser],
    );
    expect(rows).toBeGreaterThanOrEqual(Number(count!.n));
    const [audit] = await query<{ reason: string }>(
      `SELECT reason FROM "AuditEvent" WHERE action = 'case.export' AND "userId" = (SELECT id FROM "User" WHERE email = $1) ORDER BY "createdAt" DESC LIMIT 1`,
      [DEMO.adviser],
    );
    expect(JSON.parse(audit!.reason)).toMatchObject({ format: "csv", rows, filter: { status: "FOLLOW_UP" } });
  } finally {
    await query(`UPDATE "Case" SET "lastName" = $2 WHERE id = $1`, [own!.id, own!.lastName]);
  }
});
