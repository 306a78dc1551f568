import { describe, expect, it } from "vitest";
import { checkEligibility } from "@/lib/eligibility";
import { child, household, member, spouse } from "@/lib/eligibility/test-fixtures";
import { draftFromFormValues, eligibilityInputToFormValues, renumberFieldErrors } from "./drafts";
import { parseEligibilityForm } from "./to-input";

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
