import { describe, expect, it } from "vitest";
import { makeIdentityNumber } from "@/lib/identity-number";
import { officeToday } from "@/lib/dates";
import { CaseEditFormSchema, CaseFormSchema, DuplicateSearchSchema, HouseholdMemberFormSchema, StatusChangeFormSchema } from "./case";

const PNR = makeIdentityNumber("1980-05-14", 123);
const VALID = {
  firstName: "Amra",
  lastName: "Hadžić",
  birthDate: "1980-05-14",
  identityNumber: `${PNR.slice(0, 8)}-${PNR.slice(8)}`,
  citizenship1: "ba",
  citizenship2: "SE",
  countryOfOrigin: "BA",
  language1: "bs",
  language2: "",
  language3: "bs",
  interpreterLanguage: "bs",
  phone: "+46 70 123 45 67",
  email: "Amra@Example.org",
  address: "Storgatan 1, 111 22 Stockholm",
  isRegisteredInSweden: "on",
  permitGround: "REFUGEE",
  permitKind: "PERMANENT",
  permitGrantedOn: "1995-03-01",
  permitExpiresOn: "",
  asylumStatus: "NONE",
  destinationCountry: "BA",
  destinationIsHomeCountry: "on",
};

function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  // The form shows each field's first message.
  const first: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) first[issue.path.join(".")] ??= issue.message;
  return first;
}

function tomorrow(): string {
  const date = new Date(`${officeToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

describe("CaseFormSchema", () => {
  it("accepts a full intake and normalises it", () => {
    const parsed = CaseFormSchema.parse(VALID);
    expect(parsed).toMatchObject({
      firstName: "Amra",
      identityNumber: PNR,
      citizenships: ["BA", "SE"],
      languages: ["bs"],
      phone: "+46701234567",
      email: "amra@example.org",
      isRegisteredInSweden: true,
      permitGround: "REFUGEE",
      permitPermanent: true,
      permitExpiresOn: null,
      destinationIsHomeCountry: true,
    });
    expect(parsed).not.toHaveProperty("permitKind");
  });

  it("needs only the name and birth date", () => {
    const parsed = CaseFormSchema.parse({ firstName: "  Ali  ", lastName: "Al  Hassan", birthDate: "1970-01-01" });
    expect(parsed).toMatchObject({ firstName: "Ali", lastName: "Al Hassan", identityNumber: null, citizenships: [], phone: null, email: null, asylumStatus: "NONE" });
    expect(parsed.isRegisteredInSweden).toBe(false);
  });

  it("refuses empty and missing names", () => {
    expect(errors(CaseFormSchema.safeParse({ ...VALID, firstName: " ", lastName: undefined }))).toMatchObject({
      firstName: "firstNameRequired",
      lastName: "lastNameRequired",
    });
  });

  it("refuses names over 100 characters", () => {
    expect(errors(CaseFormSchema.safeParse({ ...VALID, lastName: "a".repeat(101) }))).toMatchObject({ lastName: "nameTooLong" });
    expect(CaseFormSchema.safeParse({ ...VALID, lastName: "a".repeat(100) }).success).toBe(true);
  });

  it("refuses a script tag and other markup in a name", () => {
    for (const name of ["<script>alert(1)</script>", "Amra<b>", "Robert'); DROP TABLE", "Ali 2", "-Ali", "Ali_"]) {
      expect(errors(CaseFormSchema.safeParse({ ...VALID, firstName: name })), name).toMatchObject({ firstName: "nameCharacters" });
    }
  });

  it("accepts names in other scripts and with hyphens, apostrophes and dots", () => {
    for (const name of ["Ørjan", "O'Brien", "Anna-Lena", "محمد", "J. R.", "Đurđa", "Dương"]) {
      expect(CaseFormSchema.safeParse({ ...VALID, firstName: name }).success, name).toBe(true);
    }
  });

  it("refuses impossible, future and too early birth dates", () => {
    expect(errors(CaseFormSchema.safeParse({ ...VALID, identityNumber: "", birthDate: "2026-02-30" }))).toMatchObject({ birthDate: "dateNotReal" });
    expect(errors(CaseFormSchema.safeParse({ ...VALID, identityNumber: "", birthDate: "14 maj 1980" }))).toMatchObject({ birthDate: "dateFormat" });
    // Issue 15: the ways Swedes type a date are read, and stored in ISO form.
    expect(CaseFormSchema.parse({ ...VALID, identityNumber: "", birthDate: "14/05/1980" }).birthDate).toBe("1980-05-14");
    expect(CaseFormSchema.parse({ ...VALID, identityNumber: "", birthDate: "19800514" }).birthDate).toBe("1980-05-14");
    expect(errors(CaseFormSchema.safeParse({ ...VALID, identityNumber: "", birthDate: tomorrow() }))).toMatchObject({ birthDate: "dateInFuture" });
    expect(errors(CaseFormSchema.safeParse({ ...VALID, identityNumber: "", birthDate: "1899-12-31" }))).toMatchObject({ birthDate: "dateTooEarly" });
    expect(errors(CaseFormSchema.safeParse({ ...VALID, identityNumber: "", birthDate: "" }))).toMatchObject({ birthDate: "birthDateRequired" });
  });

  it("checks the identity number's checksum and its birth date", () => {
    const wrong = `${PNR.slice(0, 11)}${(Number(PNR[11]) + 1) % 10}`;
    expect(errors(CaseFormSchema.safeParse({ ...VALID, identityNumber: wrong }))).toMatchObject({ identityNumber: "identityNumberChecksum" });
    expect(errors(CaseFormSchema.safeParse({ ...VALID, identityNumber: "12345" }))).toMatchObject({ identityNumber: "identityNumberFormat" });
    expect(errors(CaseFormSchema.safeParse({ ...VALID, identityNumber: "19800231-1234" }))).toMatchObject({ identityNumber: "identityNumberDate" });
    expect(errors(CaseFormSchema.safeParse({ ...VALID, birthDate: "1980-05-15" }))).toMatchObject({ identityNumber: "identityNumberBirthDateMismatch" });
    const coordination = makeIdentityNumber("1980-05-14", 45, { coordination: true });
    expect(CaseFormSchema.parse({ ...VALID, identityNumber: coordination }).identityNumber).toBe(coordination);
  });

  it("refuses unknown country and language codes", () => {
    expect(errors(CaseFormSchema.safeParse({ ...VALID, citizenship1: "XX", destinationCountry: "Bosnia", language1: "zz" }))).toMatchObject({
      citizenship1: "countryInvalid",
      destinationCountry: "countryInvalid",
      language1: "languageInvalid",
    });
  });

  it("normalises phone numbers to E.164 and refuses others", () => {
    expect(CaseFormSchema.parse({ ...VALID, phone: "+387 61-234 567" }).phone).toBe("+38761234567");
    // Issue 15: any Swedish or international way of writing it.
    expect(CaseFormSchema.parse({ ...VALID, phone: "070-123 45 67" }).phone).toBe("+46701234567");
    expect(CaseFormSchema.parse({ ...VALID, phone: "00387 61 234 567" }).phone).toBe("+38761234567");
    for (const phone of ["+46 12", "+0461234567", "+46 70 123 45 67 89 01 23", "+46abc1234567"]) {
      expect(errors(CaseFormSchema.safeParse({ ...VALID, phone })), phone).toMatchObject({ phone: "phoneFormat" });
    }
  });

  it("refuses a malformed e-mail and markup in the address", () => {
    expect(errors(CaseFormSchema.safeParse({ ...VALID, email: "amra@", address: "<script>x</script>" }))).toMatchObject({
      email: "emailInvalid",
      address: "addressCharacters",
    });
    expect(errors(CaseFormSchema.safeParse({ ...VALID, address: "a".repeat(301) }))).toMatchObject({ address: "addressTooLong" });
  });

  it("keeps permit details consistent", () => {
    expect(errors(CaseFormSchema.safeParse({ ...VALID, permitExpiresOn: "2030-01-01" }))).toMatchObject({ permitExpiresOn: "permitExpiryOnlyTemporary" });
    expect(
      errors(CaseFormSchema.safeParse({ ...VALID, permitKind: "TEMPORARY", permitGrantedOn: "2020-01-01", permitExpiresOn: "2019-12-31" })),
    ).toMatchObject({ permitExpiresOn: "permitExpiryBeforeGranted" });
    expect(errors(CaseFormSchema.safeParse({ ...VALID, permitKind: "" }))).toMatchObject({ permitKind: "permitKindRequired" });
    expect(errors(CaseFormSchema.safeParse({ ...VALID, permitGround: "" }))).toMatchObject({ permitGround: "permitGroundRequired" });
    expect(errors(CaseFormSchema.safeParse({ ...VALID, permitGrantedOn: tomorrow() }))).toMatchObject({ permitGrantedOn: "dateInFuture" });
    const temporary = CaseFormSchema.parse({ ...VALID, permitKind: "TEMPORARY", permitGrantedOn: "2024-01-01", permitExpiresOn: "2099-01-01" });
    expect(temporary).toMatchObject({ permitPermanent: false, permitExpiresOn: "2099-01-01" });
    expect(CaseFormSchema.parse({ ...VALID, permitGround: "", permitKind: "", permitGrantedOn: "" }).permitPermanent).toBeNull();
  });

  it("refuses an unknown permit ground or asylum status", () => {
    expect(errors(CaseFormSchema.safeParse({ ...VALID, permitGround: "BRIBE", asylumStatus: "MAYBE" }))).toMatchObject({
      permitGround: "permitGroundInvalid",
      asylumStatus: "asylumStatusInvalid",
    });
  });
});

describe("CaseEditFormSchema", () => {
  it("needs the version the user started from", () => {
    expect(CaseEditFormSchema.parse({ ...VALID, version: "3" }).version).toBe(3);
    for (const version of ["", "0", "-1", "1.5", "x"]) {
      expect(errors(CaseEditFormSchema.safeParse({ ...VALID, version })), version).toMatchObject({ version: "versionInvalid" });
    }
  });
});

describe("DuplicateSearchSchema", () => {
  it("needs a name and a birth date, and checks an identity number", () => {
    expect(errors(DuplicateSearchSchema.safeParse({}))).toMatchObject({
      firstName: "firstNameRequired",
      lastName: "lastNameRequired",
      birthDate: "birthDateRequired",
    });
    expect(DuplicateSearchSchema.parse({ firstName: "Amra", lastName: "Hadžić", birthDate: "1980-05-14", identityNumber: PNR }).identityNumber).toBe(PNR);
  });
});

describe("HouseholdMemberFormSchema", () => {
  const member = { relation: "CHILD", firstName: "Lejla", lastName: "Hadžić", birthDate: "2012-09-01", livesWithApplicant: "on", caseVersion: "2" };

  it("accepts a member with their own permit", () => {
    const parsed = HouseholdMemberFormSchema.parse({ ...member, citizenship1: "BA", permitGround: "FAMILY_TIES", permitKind: "TEMPORARY", permitExpiresOn: "2027-01-01" });
    expect(parsed).toMatchObject({ relation: "CHILD", citizenships: ["BA"], permitPermanent: false, livesWithApplicant: true, caseVersion: 2 });
  });

  it("refuses a missing relation, a script tag and an impossible date", () => {
    expect(errors(HouseholdMemberFormSchema.safeParse({ ...member, relation: "", firstName: "<script>", birthDate: "2026-02-30" }))).toMatchObject({
      relation: "relationRequired",
      firstName: "nameCharacters",
      birthDate: "dateNotReal",
    });
  });
});

describe("StatusChangeFormSchema", () => {
  const change = { toStatus: "COUNSELLING", effectiveOn: officeToday(), reason: "Första samtalet bokat", outcome: "", version: "1" };

  it("accepts a dated change with a reason", () => {
    expect(StatusChangeFormSchema.parse(change)).toMatchObject({ toStatus: "COUNSELLING", outcome: null, version: 1 });
  });

  it("refuses a missing or too long reason and a future date", () => {
    expect(errors(StatusChangeFormSchema.safeParse({ ...change, reason: " ", effectiveOn: tomorrow() }))).toMatchObject({
      reason: "reasonRequired",
      effectiveOn: "dateInFuture",
    });
    expect(errors(StatusChangeFormSchema.safeParse({ ...change, reason: "x".repeat(1001) }))).toMatchObject({ reason: "reasonTooLong" });
  });

  it("needs an outcome to close, and only then", () => {
    expect(errors(StatusChangeFormSchema.safeParse({ ...change, toStatus: "CLOSED" }))).toMatchObject({ outcome: "outcomeRequired" });
    expect(errors(StatusChangeFormSchema.safeParse({ ...change, outcome: "RETURNED" }))).toMatchObject({ outcome: "outcomeOnlyOnClose" });
    expect(StatusChangeFormSchema.parse({ ...change, toStatus: "CLOSED", outcome: "NO_CONTACT" }).outcome).toBe("NO_CONTACT");
    expect(errors(StatusChangeFormSchema.safeParse({ ...change, toStatus: "GONE" }))).toMatchObject({ toStatus: "statusRequired" });
  });
});
