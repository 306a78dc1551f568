import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const valid = {
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/hemvag",
  AUTH_SECRET: "x".repeat(32),
};

describe("parseEnv", () => {
  it("accepts a minimal configuration and fills defaults", () => {
    const result = parseEnv(valid);
    expect(result.ok && result.env.PORT).toBe(3000);
    expect(result.ok && result.env.SESSION_IDLE_MINUTES).toBe(30);
    expect(result.ok && result.env.REQUIRE_TOTP).toBe(false);
  });

  it("names a missing variable in one line", () => {
    const result = parseEnv({ AUTH_SECRET: valid.AUTH_SECRET });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Configuration error: DATABASE_URL /);
    expect(!result.ok && result.message.split("\n")).toHaveLength(1);
  });

  it("names a malformed variable", () => {
    const result = parseEnv({ ...valid, PORT: "eighty" });
    expect(!result.ok && result.message).toContain("PORT");
    const url = parseEnv({ ...valid, DATABASE_URL: "mysql://x" });
    expect(!url.ok && url.message).toContain("DATABASE_URL must be a postgresql:// connection URL");
  });

  it("requires the single sign-on variables together", () => {
    const result = parseEnv({ ...valid, OIDC_ISSUER: "https://login.example.org" });
    expect(!result.ok && result.message).toContain("OIDC_ISSUER single sign-on needs");
  });
});
