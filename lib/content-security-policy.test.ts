import { describe, expect, it } from "vitest";
import { cspFor, FILE_RESPONSE_CSP } from "./content-security-policy";

describe("the policy the proxy sets", () => {
  it("keeps the download routes' own file policy instead of the page policy (issue 12 L5)", () => {
    expect(cspFor("/api/cases/c1/documents/d1", "n", false)).toBe(FILE_RESPONSE_CSP);
    expect(cspFor("/api/referrals/r1/letter", "n", false)).toBe(FILE_RESPONSE_CSP);
    expect(FILE_RESPONSE_CSP).toBe("default-src 'none'; sandbox");
  });

  it("gives pages and Auth.js' routes the nonce-based page policy", () => {
    for (const path of ["/", "/cases/c1", "/api/auth/signin", "/apiary"]) {
      expect(cspFor(path, "abc", false)).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    }
  });
});

describe("the paths the proxy lets through (issue 12 L4)", () => {
  it("refuses a NUL or another control character, and a broken %-escape", async () => {
    const { isPlausiblePath } = await import("./content-security-policy");
    expect(isPlausiblePath("/cases/cm1abc")).toBe(true);
    expect(isPlausiblePath("/cases/%C3%A5")).toBe(true);
    expect(isPlausiblePath("/cases/%00")).toBe(false);
    expect(isPlausiblePath("/api/cases/a%0Ab/documents/x")).toBe(false);
    expect(isPlausiblePath("/cases/%ZZ")).toBe(false);
    expect(isPlausiblePath("/cases/%E2%82")).toBe(false);
  });
});
