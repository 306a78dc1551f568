import { describe, expect, it } from "vitest";
import { MAX_FORM_ROWS, applyRowIntent, removeMemberIntent } from "./member-rows";

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
