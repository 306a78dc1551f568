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
