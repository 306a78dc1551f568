import { describe, expect, it } from "vitest";
import { checkEligibility } from "@/lib/eligibility";
import { child, household, member, spouse } from "@/lib/eligibility/test-fixtures";
import {
  MAX_FORM_ROWS,
  applyRowIntent,
  draftFromFormValues,
  eligibilityInputToFormValues,
  fieldForIssuePath,
  formToEligibilityInput,
  parseEligibilityForm,
  removeMemberIntent,
  renumberFieldErrors,
  resultsNearRuleChange,
  splitCountryCodes,
} from "./eligibility-form";

/** A filled-in form as the browser posts it (ticked boxes only). */
function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const FILLED = {
  applicationDate: "2026-02-01",
  "destination.country": "sy",
  "destination.isHomeCountry": "true",
  registeredInSweden: "true",
  travelCostSek: "15 000",
  "members.0.role": "APPLICANT",
  "members.0.birthDate": "1985-05-05",
  "members.0.citizenships": "sy",
  "members.0.permit.ground": "REFUGEE",
  "members.0.permit.permanent": "true",
  "members.0.permit.grantedOn": "2018-03-01",
  "members.1.role": "CHILD",
  "members.1.birthDate": "2015-04-04",
  "members.1.citizenships": "SY, se",
  "members.1.permit.ground": "",
  "members.1.permit.grantedOn": "2019-01-10",
  "members.1.livesWithApplicant": "true",
};

describe("parseEligibilityForm", () => {
  it("turns indexed fields into the engine's input", () => {
    const parsed = parseEligibilityForm(formData(FILLED), "sv");
    expect(parsed).toEqual({
      success: true,
      data: {
        applicationDate: "2026-02-01",
        destination: { country: "SY", isHomeCountry: true },
        registeredInSweden: true,
        hasDebtsToCsnOrKronofogden: false,
        canPayOwnTravel: false,
        hadGrantBefore: false,
        travelCostSek: 15_000,
        members: [
          {
            role: "APPLICANT",
            birthDate: "1985-05-05",
            citizenships: ["SY"],
            permit: { ground: "REFUGEE", permanent: true, grantedOn: "2018-03-01" },
            livesWithApplicant: true,
          },
          // No ground means no permit: the stray date is ignored.
          { role: "CHILD", birthDate: "2015-04-04", citizenships: ["SY", "SE"], permit: null, livesWithApplicant: true },
        ],
      },
    });
  });

  it("reads an unticked box as no and the applicant as living with themselves", () => {
    const { input } = formToEligibilityInput(
      formData({ ...FILLED, "members.1.livesWithApplicant": "", "members.0.livesWithApplicant": "false" }),
    );
    const members = input.members as { livesWithApplicant: unknown }[];
    expect(members.map((m) => m.livesWithApplicant)).toEqual([true, false]);
    expect(input.canPayOwnTravel).toBe(false);
  });

  it("takes a plain record as well as FormData, and ignores React's own fields and files", () => {
    const data = formData(FILLED);
    data.append("$ACTION_ID_abc", "x");
    data.append("members.0.label", "Amal");
    data.append("upload", new Blob(["x"]));
    expect(parseEligibilityForm(data, "en")).toEqual(parseEligibilityForm({ ...FILLED }, "en"));
  });

  it("accepts amounts with spaces, non-breaking spaces and a decimal comma", () => {
    for (const [typed, expected] of [["12 000", 12_000], ["12\u00a0000", 12_000], ["1500,50", 1500.5], ["0", 0]] as const) {
      expect(formToEligibilityInput({ travelCostSek: typed }).input.travelCostSek).toBe(expected);
    }
  });

  it("lists every problem under the field it belongs to, in the chosen language", () => {
    const parsed = parseEligibilityForm(
      formData({
        applicationDate: "2026-02-30",
        "destination.country": "",
        travelCostSek: "tolv tusen",
        canPayOwnTravel: "kanske",
        "members.0.role": "SPOUSE",
        "members.0.birthDate": "",
        "members.0.citizenships": "SYR",
        "members.0.permit.ground": "REFUGEE",
        "members.0.permit.grantedOn": "",
      }),
      "en",
    );
    if (parsed.success) throw new Error("expected problems");
    expect(parsed.fieldErrors).toEqual({
      applicationDate: ["eligibility.errors.dateNotReal"],
      "destination.country": ["eligibility.errors.required"],
      travelCostSek: ["eligibility.errors.travelCostNumber"],
      canPayOwnTravel: ["eligibility.errors.yesNo"],
      "members.0.birthDate": ["eligibility.errors.required"],
      "members.0.citizenships": ["eligibility.errors.countryCode"],
      "members.0.permit.grantedOn": ["eligibility.errors.required"],
      members: ["eligibility.errors.oneApplicant"],
    });
    expect(parsed.issues.find((issue) => issue.field === "applicationDate")?.message).toBe(
      "That date does not exist in the calendar.",
    );
  });

  it("points issues at the row the browser sent, even with gaps in the numbering", () => {
    const parsed = parseEligibilityForm(
      formData({
        ...Object.fromEntries(Object.entries(FILLED).filter(([name]) => !name.startsWith("members.1."))),
        "members.4.role": "CHILD",
        "members.4.birthDate": "2030-01-01",
        "members.4.livesWithApplicant": "true",
      }),
      "sv",
    );
    if (parsed.success) throw new Error("expected problems");
    expect(parsed.fieldErrors).toEqual({ "members.4.birthDate": ["eligibility.errors.birthDateAfterApplication"] });
    expect(parsed.issues[0]?.message).toBe("Födelsedatumet kan inte vara efter ansökningsdatumet.");
  });

  it("says a household needs a person when no row is sent", () => {
    const parsed = parseEligibilityForm({ applicationDate: "2026-02-01", "destination.country": "SY", travelCostSek: "0" }, "sv");
    if (parsed.success) throw new Error("expected problems");
    expect(parsed.fieldErrors).toEqual({ members: ["eligibility.errors.membersMin"] });
  });
});

describe("fieldForIssuePath", () => {
  it.each([
    [[], [], "_form"],
    [["destination"], [], "destination.country"],
    [["destination", "isHomeCountry"], [], "destination.isHomeCountry"],
    [["members"], [], "members"],
    [["members", 1], [0, 3], "members.3.role"],
    [["members", 1, "permit"], [0, 3], "members.3.permit.ground"],
    [["members", 1, "permit", "grantedOn"], [0, 3], "members.3.permit.grantedOn"],
    [["members", 0, "citizenships", 2], [5], "members.5.citizenships"],
    [["members", 2, "birthDate"], [], "members.2.birthDate"],
    [["travelCostSek"], [], "travelCostSek"],
  ] as const)("%j → %s", (path, rows, expected) => {
    expect(fieldForIssuePath(path, rows)).toBe(expected);
  });
});

describe("form values and drafts", () => {
  const input = household({
    canPayOwnTravel: true,
    members: [member(), spouse({ livesWithApplicant: false }), child({ permit: null, citizenships: [] })],
  });

  it("round-trips an input through the form's fields unchanged", () => {
    const values = eligibilityInputToFormValues(input, ["Amal", null, "Sami"]);
    expect(values["members.0.label"]).toBe("Amal");
    expect(values["members.1.label"]).toBeUndefined();
    const parsed = parseEligibilityForm(values, "sv");
    expect(parsed).toEqual({ success: true, data: input });
    expect(checkEligibility(parsed.success ? parsed.data : input)).toEqual(checkEligibility(input));
  });

  it("builds the form's rows from values, closing gaps and keeping what was typed", () => {
    const draft = draftFromFormValues({
      applicationDate: "2026-1-1",
      travelCostSek: "abc",
      canPayOwnTravel: "true",
      "members.2.role": "APPLICANT",
      "members.2.label": "Amal",
      "members.7.role": "CHILD",
      "members.7.citizenships": "SY, IQ",
      "members.7.livesWithApplicant": "true",
    });
    expect(draft.applicationDate).toBe("2026-1-1");
    expect(draft.travelCostSek).toBe("abc");
    expect(draft.canPayOwnTravel).toBe(true);
    expect(draft.registeredInSweden).toBe(false);
    expect(draft.members).toEqual([
      { role: "APPLICANT", birthDate: "", citizenships: "", permitGround: "", permitPermanent: false, permitGrantedOn: "", livesWithApplicant: false, label: "Amal" },
      { role: "CHILD", birthDate: "", citizenships: "SY, IQ", permitGround: "", permitPermanent: false, permitGrantedOn: "", livesWithApplicant: true, label: "" },
    ]);
  });

  it("starts an empty form with one applicant row", () => {
    expect(draftFromFormValues({}).members).toEqual([expect.objectContaining({ role: "APPLICANT", livesWithApplicant: true })]);
  });

  it("moves errors to the rows as they are shown again", () => {
    const values = { "members.2.role": "APPLICANT", "members.7.role": "CHILD" };
    expect(renumberFieldErrors({ "members.7.birthDate": ["x"], members: ["y"], travelCostSek: ["z"] }, values)).toEqual({
      "members.1.birthDate": ["x"],
      members: ["y"],
      travelCostSek: ["z"],
    });
  });
});

describe("splitCountryCodes", () => {
  it("splits on commas and spaces, upper-cases and drops repeats", () => {
    expect(splitCountryCodes(" sy, iq;SY  ba ")).toEqual(["SY", "IQ", "BA"]);
    expect(splitCountryCodes("")).toEqual([]);
    expect(splitCountryCodes(undefined)).toEqual([]);
  });
});

describe("applyRowIntent", () => {
  const values = {
    applicationDate: "2026-02-01",
    "members.0.role": "APPLICANT",
    "members.0.label": "Amal",
    "members.1.role": "SPOUSE",
    "members.1.birthDate": "1987-07-07",
    "members.2.role": "CHILD",
  };

  it("adds a child living with the applicant, keeping everything typed", () => {
    expect(applyRowIntent("addMember", values)).toEqual({
      ...values,
      "members.3.role": "CHILD",
      "members.3.livesWithApplicant": "true",
    });
  });

  it("adds the applicant first when there is none", () => {
    expect(applyRowIntent("addMember", {})).toEqual({ "members.0.role": "APPLICANT", "members.0.livesWithApplicant": "true" });
  });

  it("removes the row by its number and renumbers the rest", () => {
    expect(applyRowIntent(removeMemberIntent(1), values)).toEqual({
      applicationDate: "2026-02-01",
      "members.0.role": "APPLICANT",
      "members.0.label": "Amal",
      "members.1.role": "CHILD",
    });
  });

  it("keeps the last row and stops at the schema's maximum", () => {
    const one = { "members.0.role": "APPLICANT" };
    expect(applyRowIntent(removeMemberIntent(0), one)).toEqual(one);
    const full = Object.fromEntries(Array.from({ length: MAX_FORM_ROWS }, (_, i) => [`members.${i}.role`, "CHILD"]));
    expect(Object.keys(applyRowIntent("addMember", full) ?? {})).toHaveLength(MAX_FORM_ROWS);
  });

  it("leaves other intents to the caller", () => {
    expect(applyRowIntent("calculate", values)).toBeNull();
    expect(applyRowIntent("save", values)).toBeNull();
    expect(applyRowIntent(null, values)).toBeNull();
  });
});

describe("resultsNearRuleChange", () => {
  const family = household({ members: [member(), spouse(), child()] });

  it("gives one result, by the rules in force, far from a change", () => {
    const near = resultsNearRuleChange({ ...family, applicationDate: "2025-06-15" });
    expect(near.ruleChangeOn).toBeNull();
    expect(near.results).toEqual([checkEligibility({ ...family, applicationDate: "2025-06-15" })]);
  });

  it("gives both rule sets, oldest first, within 60 days of 2026-01-01", () => {
    for (const date of ["2025-11-20", "2025-12-31", "2026-01-01", "2026-02-15"]) {
      const near = resultsNearRuleChange({ ...family, applicationDate: date });
      expect(near.ruleChangeOn, date).toBe("2026-01-01");
      expect(near.results.map((result) => result.ruleSet.id)).toEqual(["sfs-1984-890@2010-01-01", "sfs-1984-890@2026-01-01"]);
      expect(near.results.filter((result) => result.ruleSet.inForceOnApplicationDate)).toHaveLength(1);
    }
    const december = resultsNearRuleChange({ ...family, applicationDate: "2025-12-15" }).results;
    expect(december[0]).toEqual(checkEligibility({ ...family, applicationDate: "2025-12-15" }));
    expect(december[0]?.totalSek).toBe(25_000 + 15_000);
    expect(december[1]?.reasons.map((reason) => reason.code)).toContain("HYPOTHETICAL_RULE_SET");
    // Two adults capped together at 500 000, plus a child.
    expect(december[1]?.allowanceSek).toBe(525_000);
  });

  it("honours a narrower window", () => {
    expect(resultsNearRuleChange({ ...family, applicationDate: "2025-11-20" }, 30).results).toHaveLength(1);
  });
});
