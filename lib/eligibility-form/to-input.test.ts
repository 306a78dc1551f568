import { describe, expect, it } from "vitest";
import { child, household, member } from "@/lib/eligibility/test-fixtures";
import { fieldForIssuePath, formToEligibilityInput, parseEligibilityForm, splitCountryCodes } from "./to-input";

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
      // FILLED is the engine's test household (2026-02-01, to Syria, 15 000 kr), as typed.
      data: household({
        members: [
          member(),
          // No ground means no permit: the stray date is ignored.
          child({ citizenships: ["SY", "SE"], permit: null }),
        ],
      }),
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

describe("splitCountryCodes", () => {
  it("splits on commas and spaces, upper-cases and drops repeats", () => {
    expect(splitCountryCodes(" sy, iq;SY  ba ")).toEqual(["SY", "IQ", "BA"]);
    expect(splitCountryCodes("")).toEqual([]);
    expect(splitCountryCodes(undefined)).toEqual([]);
  });
});
