import { describe, expect, it } from "vitest";
import { withoutBadCallbackUrl } from "./auth-callback-url";

describe("the callbackUrl Auth.js gets (issue 12 L4)", () => {
  it("keeps a path of ours or an address on our origin", () => {
    for (const value of ["/", "/cases?x=1", "http://127.0.0.1:3000/profile"]) {
      const url = new URL(`http://127.0.0.1:3000/api/auth/session?callbackUrl=${encodeURIComponent(value)}`);
      expect(withoutBadCallbackUrl(url)).toBe(url);
    }
  });

  it("drops one that is no URL, another site, or holds a control character", () => {
    for (const value of ["u", "2147483648", "//evil.example/", "https://evil.example/", "/x\u0000", "\u00C0\u0080"]) {
      const url = new URL(`http://127.0.0.1:3000/api/auth/session?callbackUrl=${encodeURIComponent(value)}&error=x`);
      expect(withoutBadCallbackUrl(url).search).toBe("?error=x");
    }
  });
});
