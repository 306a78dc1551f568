import { describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { buildLetterContent, type LetterSource } from "./letter-content";
import { renderLetterPdf } from "./letter-pdf";

const SOURCE: LetterSource = {
  today: "2026-03-16",
  referral: { type: "RETURN_GRANT_APPLICATION", consentGivenOn: "2026-03-10" },
  organisation: { name: "Migrationsverket", kind: "AUTHORITY", country: "SE", address: null },
  person: { caseNumber: "2026/0042", firstName: "Åsa", lastName: "Öberg", birthDate: "1984-04-12", identityNumber: "198404129876", destinationCountry: "BA" },
  household: [{ relation: "CHILD", firstName: "Ärlig", lastName: "Öberg", birthDate: "2014-05-06", livesWithApplicant: true }],
  adviser: { name: "Sara Rådgivare", email: "sara@hemvag.test", teamName: "Team Söder" },
};

async function parse(pdf: Uint8Array) {
  const parser = new PDFParse({ data: pdf });
  try {
    const [text, info] = [await parser.getText(), await parser.getInfo()];
    return { text: text.text, pages: text.total, info: JSON.stringify(info.info ?? {}) };
  } finally {
    await parser.destroy();
  }
}

// The first parse loads pdf.js, which takes seconds on a busy machine.
describe("the referral letter PDF", { timeout: 30_000 }, () => {
  it("parses, holds the case number and Swedish letters, and keeps names out of its metadata", async () => {
    const parsed = await parse(await renderLetterPdf(buildLetterContent(SOURCE, "sv")));
    expect(parsed.pages).toBe(1);
    expect(parsed.text).toContain("2026/0042");
    expect(parsed.text).toContain("Åsa Öberg");
    expect(parsed.text).toContain("19840412-9876");
    expect(parsed.text).toContain("Bosnien och Hercegovina");
    expect(parsed.text).toContain("Sida 1 av 1");
    expect(parsed.info).toContain("Remiss");
    expect(parsed.info).not.toContain("Öberg");
    expect(parsed.info).not.toContain("2026/0042");
  });

  it("simplifies names the standard font cannot draw instead of failing, and says so", async () => {
    const source = { ...SOURCE, person: { ...SOURCE.person, firstName: "Đorđe", lastName: "Ćosić أمين" } };
    const parsed = await parse(await renderLetterPdf(buildLetterContent(source, "en")));
    expect(parsed.text).toContain("Dorde Cosic ????");
    expect(parsed.text).toContain("have been simplified");
  });

  it("flows onto more pages with page numbers when the household is large", async () => {
    const household = Array.from({ length: 60 }, (_, i) => ({ relation: "CHILD" as const, firstName: `Barn${i}`, lastName: "Öberg", birthDate: "2014-05-06", livesWithApplicant: true }));
    const parsed = await parse(await renderLetterPdf(buildLetterContent({ ...SOURCE, household }, "sv")));
    expect(parsed.pages).toBeGreaterThan(1);
    expect(parsed.text).toContain(`Sida 2 av ${parsed.pages}`);
    expect(parsed.text).toContain("Barn59");
  });
});
