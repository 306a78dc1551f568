import { describe, expect, it } from "vitest";
import { REFERRAL_TYPES } from "./status-machine";
import { buildLetterContent, letterFields, letterPlainText, LETTER_LANGUAGES, type LetterSource } from "./letter-content";
import { toWinAnsi } from "./win-ansi";

// Values that are on the case but must never reach a receiver. The source below carries
// them too (as a careless caller might pass a whole row); none may come out.
const SECRETS = {
  phone: "070-123 45 67",
  email: "amina.private@example.org",
  address: "Bredängsvägen 12, 127 32 Skärholmen",
  sessionNotes: "Samtal om hälsa: diabetes, mår dåligt",
  health: "Diabetes typ 2",
  debts: "Skuld till Kronofogden 12 000 kr",
  referralNote: "Intern anteckning: ring först",
  consentNote: "Samtycke muntligt via tolk",
  memberIdentity: "201405069876",
  absentMember: "Karim Frånvarande",
};

function source(overrides: Partial<LetterSource["referral"]> & { kind?: LetterSource["organisation"]["kind"] } = {}): LetterSource {
  const { kind = "AUTHORITY", ...referral } = overrides;
  const wide = {
    today: "2026-03-16",
    referral: { type: "RETURN_GRANT_APPLICATION", consentGivenOn: "2026-03-10", note: SECRETS.referralNote, consentNote: SECRETS.consentNote, ...referral },
    organisation: { name: "Migrationsverket", kind, country: "SE", address: null, phone: "0771-235 235" },
    person: {
      caseNumber: "2026/0042",
      firstName: "Amina",
      lastName: "Haddad",
      birthDate: "1984-04-12",
      identityNumber: "198404129876",
      destinationCountry: "IQ",
      phone: SECRETS.phone,
      email: SECRETS.email,
      address: SECRETS.address,
      sessions: [{ notes: SECRETS.sessionNotes }],
      health: SECRETS.health,
      debts: SECRETS.debts,
    },
    household: [
      { relation: "SPOUSE", firstName: "Omar", lastName: "Haddad", birthDate: "1980-01-02", livesWithApplicant: true, identityNumber: SECRETS.memberIdentity },
      { relation: "CHILD", firstName: "Lina", lastName: "Haddad", birthDate: "2014-05-06", livesWithApplicant: true },
      { relation: "OTHER", firstName: "Karim", lastName: "Frånvarande", birthDate: "1950-01-01", livesWithApplicant: false },
    ],
    adviser: { name: "Sara Rådgivare", email: "sara.radgivare@hemvag.test", teamName: "Team Söder" },
  };
  return wide as unknown as LetterSource;
}

function text(src: LetterSource, language: "sv" | "en" = "sv"): string {
  const content = buildLetterContent(src, language);
  // Everything the renderer could draw, including anything a future block kind might carry.
  return `${letterPlainText(content)}\n${JSON.stringify(content)}`;
}

describe("which fields go to which receiver", () => {
  it("gives the identity number only to an authority, and only for a grant or re-establishment support", () => {
    expect(letterFields("RETURN_GRANT_APPLICATION", "AUTHORITY").has("identityNumber")).toBe(true);
    expect(letterFields("REESTABLISHMENT_SUPPORT", "AUTHORITY").has("identityNumber")).toBe(true);
    expect(letterFields("RETURN_GRANT_APPLICATION", "INTERNATIONAL_ORGANISATION").has("identityNumber")).toBe(false);
    expect(letterFields("INFORMATION_ONLY", "AUTHORITY").has("identityNumber")).toBe(false);
    expect(letterFields("REINTEGRATION_PROGRAMME", "AUTHORITY").has("identityNumber")).toBe(false);
    expect(letterFields("OTHER", "AUTHORITY").has("identityNumber")).toBe(false);
  });

  it("lists the household only for a grant application", () => {
    for (const type of REFERRAL_TYPES) expect(letterFields(type, "AUTHORITY").has("household"), type).toBe(type === "RETURN_GRANT_APPLICATION");
  });
});

describe("the letter's content", () => {
  it("carries what Migrationsverket needs for a grant application", () => {
    const letter = text(source());
    expect(letter).toContain("Vårt diarienummer: 2026/0042");
    expect(letter).toContain("Namn: Amina Haddad");
    expect(letter).toContain("Födelsedatum: 1984-04-12");
    expect(letter).toContain("19840412-9876");
    expect(letter).toContain("Omar Haddad | 1980-01-02 | Make/maka/sambo");
    expect(letter).toContain("Lina Haddad | 2014-05-06 | Barn");
    expect(letter).toContain("Land: Irak");
    expect(letter).toContain("samtyckte den 2026-03-10");
    expect(letter).toContain("Sara Rådgivare");
    expect(letter).toContain("sara.radgivare@hemvag.test");
    expect(letter).toContain("Enhet: Återvandringskontoret, Team Söder");
  });

  it("does not repeat the office's name when the team is named like it", () => {
    const src = source();
    const letter = text({ ...src, adviser: { ...src.adviser, teamName: "Återvandringskontoret" } });
    expect(letter).toContain("Enhet: Återvandringskontoret\n");
    expect(text({ ...src, adviser: { ...src.adviser, teamName: "Återvandringskontoret" } }, "en")).toContain("Unit: The Voluntary Return Office (Återvandringskontoret)\n");
  });

  it("never carries notes, contact details, health, debts or other people's identity numbers, whatever the type or language", () => {
    for (const type of REFERRAL_TYPES) {
      for (const kind of ["AUTHORITY", "INTERNATIONAL_ORGANISATION", "PARTNER_ABROAD"] as const) {
        for (const language of LETTER_LANGUAGES) {
          const letter = text(source({ type, kind }), language);
          for (const [what, secret] of Object.entries(SECRETS)) expect(letter, `${type}/${kind}/${language}: ${what}`).not.toContain(secret);
          expect(letter).not.toContain("0771-235 235");
        }
      }
    }
  });

  it("leaves the identity number, birth date, household and destination out of an information-only referral", () => {
    const letter = text(source({ type: "INFORMATION_ONLY" }));
    expect(letter).toContain("2026/0042");
    expect(letter).toContain("Amina Haddad");
    for (const absent of ["198404129876", "19840412-9876", "1984-04-12", "Omar", "Lina", "Irak"]) expect(letter).not.toContain(absent);
  });

  it("keeps the Swedish identity number from IOM even for a grant application", () => {
    const letter = text(source({ kind: "INTERNATIONAL_ORGANISATION" }));
    expect(letter).not.toContain("9876");
    expect(letter).toContain("1984-04-12");
  });

  it("is in English on request", () => {
    const letter = text(source(), "en");
    expect(letter).toContain("Our case number: 2026/0042");
    expect(letter).toContain("Application for a repatriation grant");
    expect(letter).toContain("Country: Iraq");
    expect(letter).toContain("Spouse or partner");
  });
});

describe("text for the standard PDF fonts", () => {
  it("keeps Swedish letters and simplifies the ones the font cannot draw", () => {
    expect(toWinAnsi("Åsa Öberg-Ängström é ü ß")).toEqual({ text: "Åsa Öberg-Ängström é ü ß", isChanged: false, hasUnknown: false });
    expect(toWinAnsi("Đorđe Ćosić, Şükrü Ağaoğlu, Łukasz")).toEqual({ text: "Dorde Cosic, Sükrü Agaoglu, Lukasz", isChanged: true, hasUnknown: false });
    expect(toWinAnsi("Zeynep Yıldız").text).toBe("Zeynep Yildiz");
  });

  it("shows characters of other scripts as question marks instead of failing", () => {
    expect(toWinAnsi("أمينة Amina")).toEqual({ text: "????? Amina", isChanged: true, hasUnknown: true });
  });
});
