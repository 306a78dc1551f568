import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { checkEligibility, type EligibilityInput as EngineInput } from "@/lib/eligibility";
import { child, household, member, permit, spouse } from "@/lib/eligibility/test-fixtures";
import { ELIGIBILITY_ERROR_MESSAGES, EligibilityInputSchema, MAX_MEMBERS, eligibilityIssues, parseEligibilityInput, type EligibilityErrorKey, type EligibilityInput } from "./eligibility";

function keysFor(data: unknown): string[] {
  const result = EligibilityInputSchema.safeParse(data);
  if (result.success) return [];
  return eligibilityIssues(result.error, "en").map((issue) => `${issue.field}:${issue.key}`);
}

const valid = household({ members: [member(), spouse(), child()] });

describe("EligibilityInputSchema", () => {
  it("accepts a valid household and leaves it as it was", () => {
    const result = EligibilityInputSchema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(valid);
  });

  it("gives the engine exactly the type it takes", () => {
    expectTypeOf<EligibilityInput>().toExtend<EngineInput>();
    expectTypeOf<EngineInput>().toExtend<EligibilityInput>();
  });

  it("feeds checkEligibility", () => {
    const parsed = parseEligibilityInput(structuredClone(valid), "sv");
    if (!parsed.success) throw new Error("expected success");
    expect(checkEligibility(parsed.data).outcome).toBe("ELIGIBLE");
  });

  // Each row breaks one thing and names the one problem it must cause.
  const cases: { name: string; data: unknown; expected: `${string}:${EligibilityErrorKey}` }[] = [
    { name: "not an object", data: "household", expected: ":eligibility.errors.invalid" },
    { name: "missing date", data: { ...valid, applicationDate: undefined }, expected: "applicationDate:eligibility.errors.required" },
    { name: "date format", data: { ...valid, applicationDate: "2026-1-5" }, expected: "applicationDate:eligibility.errors.dateFormat" },
    { name: "date as a number", data: { ...valid, applicationDate: 20260105 }, expected: "applicationDate:eligibility.errors.dateFormat" },
    { name: "date not in the calendar", data: { ...valid, applicationDate: "2025-02-29" }, expected: "applicationDate:eligibility.errors.dateNotReal" },
    { name: "lower-case country", data: { ...valid, destination: { country: "sy", isHomeCountry: true } }, expected: "destination.country:eligibility.errors.countryCode" },
    { name: "alpha-3 country", data: { ...valid, destination: { country: "SYR", isHomeCountry: true } }, expected: "destination.country:eligibility.errors.countryCode" },
    { name: "destination missing", data: { ...valid, destination: null }, expected: "destination:eligibility.errors.invalid" },
    { name: "boolean as string", data: { ...valid, canPayOwnTravel: "false" }, expected: "canPayOwnTravel:eligibility.errors.yesNo" },
    { name: "negative travel cost", data: { ...valid, travelCostSek: -1 }, expected: "travelCostSek:eligibility.errors.travelCostNegative" },
    { name: "huge travel cost", data: { ...valid, travelCostSek: 1_000_001 }, expected: "travelCostSek:eligibility.errors.travelCostTooHigh" },
    { name: "infinite travel cost", data: { ...valid, travelCostSek: Number.POSITIVE_INFINITY }, expected: "travelCostSek:eligibility.errors.travelCostNumber" },
    { name: "NaN travel cost", data: { ...valid, travelCostSek: Number.NaN }, expected: "travelCostSek:eligibility.errors.travelCostNumber" },
    { name: "travel cost as string", data: { ...valid, travelCostSek: "12000" }, expected: "travelCostSek:eligibility.errors.travelCostNumber" },
    { name: "no members", data: { ...valid, members: [] }, expected: "members:eligibility.errors.membersMin" },
    { name: "members not a list", data: { ...valid, members: {} }, expected: "members:eligibility.errors.membersMin" },
    {
      name: "too many members",
      data: { ...valid, members: [member(), ...Array.from({ length: MAX_MEMBERS }, () => child())] },
      expected: "members:eligibility.errors.membersMax",
    },
    { name: "no applicant", data: { ...valid, members: [spouse(), child()] }, expected: "members:eligibility.errors.oneApplicant" },
    { name: "two applicants", data: { ...valid, members: [member(), member()] }, expected: "members:eligibility.errors.oneApplicant" },
    { name: "unknown role", data: { ...valid, members: [member(), { ...child(), role: "COUSIN" }] }, expected: "members.1.role:eligibility.errors.role" },
    { name: "member not an object", data: { ...valid, members: [member(), 7] }, expected: "members.1:eligibility.errors.invalid" },
    { name: "unknown ground", data: { ...valid, members: [member({ permit: { ...permit(), ground: "ASYLUM" as never } })] }, expected: "members.0.permit.ground:eligibility.errors.permitGround" },
    { name: "permit missing", data: { ...valid, members: [{ ...member(), permit: undefined }] }, expected: "members.0.permit:eligibility.errors.required" },
    { name: "permit malformed", data: { ...valid, members: [{ ...member(), permit: "yes" }] }, expected: "members.0.permit:eligibility.errors.permit" },
    { name: "citizenship lower case", data: { ...valid, members: [member({ citizenships: ["se"] })] }, expected: "members.0.citizenships.0:eligibility.errors.countryCode" },
    {
      name: "too many citizenships",
      data: { ...valid, members: [member({ citizenships: ["AA", "BB", "CC", "DD", "EE", "FF", "GG", "HH", "II", "JJ", "KK"] })] },
      expected: "members.0.citizenships:eligibility.errors.citizenshipsMax",
    },
    { name: "born before 1900", data: { ...valid, members: [member({ birthDate: "1899-12-31" })] }, expected: "members.0.birthDate:eligibility.errors.birthDateTooEarly" },
    { name: "born after the application", data: { ...valid, members: [member({ birthDate: "2026-02-02", permit: null })] }, expected: "members.0.birthDate:eligibility.errors.birthDateAfterApplication" },
    { name: "permit after the application", data: { ...valid, members: [member({ permit: permit({ grantedOn: "2026-02-02" }) })] }, expected: "members.0.permit.grantedOn:eligibility.errors.permitGrantedAfterApplication" },
    { name: "permit before birth", data: { ...valid, members: [member({ permit: permit({ grantedOn: "1985-05-04" }) })] }, expected: "members.0.permit.grantedOn:eligibility.errors.permitGrantedBeforeBirth" },
  ];

  it.each(cases)("reports $name", ({ data, expected }) => {
    expect(keysFor(data)).toEqual([expected]);
  });

  it("has a test above for every message key", () => {
    const tested = new Set(cases.map(({ expected }) => expected.split(":")[1]));
    expect([...tested].sort()).toEqual(Object.keys(ELIGIBILITY_ERROR_MESSAGES).sort());
  });

  it("accepts the boundaries", () => {
    const edges = household({
      applicationDate: "2026-02-01",
      travelCostSek: 1_000_000,
      members: [
        member({ birthDate: "2026-02-01", citizenships: [], permit: permit({ grantedOn: "2026-02-01" }) }),
        ...Array.from({ length: MAX_MEMBERS - 1 }, () => child({ birthDate: "1900-01-01", permit: null })),
      ],
    });
    expect(keysFor(edges)).toEqual([]);
  });

  it("lists every problem at once, even while other fields are wrong", () => {
    const keys = keysFor({
      ...valid,
      travelCostSek: -5,
      members: [member({ birthDate: "2030-01-01", permit: null }), member(), { ...child(), role: "COUSIN" }],
    });
    expect(keys).toEqual(
      expect.arrayContaining([
        "travelCostSek:eligibility.errors.travelCostNegative",
        "members.2.role:eligibility.errors.role",
        "members:eligibility.errors.oneApplicant",
        "members.0.birthDate:eligibility.errors.birthDateAfterApplication",
      ]),
    );
    expect(keys).toHaveLength(4);
  });

  it("does not compare dates that are themselves wrong", () => {
    expect(keysFor({ ...valid, applicationDate: "2026-02-30", members: [member({ birthDate: "2027-01-01", permit: null })] })).toEqual([
      "applicationDate:eligibility.errors.dateNotReal",
    ]);
  });
});

describe("messages", () => {
  it("has a non-empty Swedish and English text for every key", () => {
    for (const [key, text] of Object.entries(ELIGIBILITY_ERROR_MESSAGES)) {
      expect(key).toMatch(/^eligibility\.errors\.[a-zA-Z]+$/);
      expect(text.sv.length).toBeGreaterThan(5);
      expect(text.en.length).toBeGreaterThan(5);
      expect(text.sv).not.toBe(text.en);
    }
  });

  it("returns each problem in the caller's language, never zod's own text", () => {
    const parsed = parseEligibilityInput({ ...valid, travelCostSek: "x", members: [member({ birthDate: "1985-02-30" })] }, "sv");
    if (parsed.success) throw new Error("expected failure");
    expect(parsed.issues.map((issue) => issue.message)).toEqual([
      ELIGIBILITY_ERROR_MESSAGES["eligibility.errors.travelCostNumber"].sv,
      ELIGIBILITY_ERROR_MESSAGES["eligibility.errors.dateNotReal"].sv,
    ]);
    expect(parsed.issues[1]?.path).toEqual(["members", 0, "birthDate"]);
  });

  it("maps every issue of any junk input to a known key", () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const parsed = parseEligibilityInput(data, "en");
        if (parsed.success) return;
        expect(parsed.issues.length).toBeGreaterThan(0);
        for (const issue of parsed.issues) {
          expect(ELIGIBILITY_ERROR_MESSAGES[issue.key].en).toBe(issue.message);
        }
      }),
    );
  });
});
