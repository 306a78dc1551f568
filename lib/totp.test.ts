import { describe, expect, it } from "vitest";
import { generate } from "otplib";
import { isValidTotp, newRecoveryCodes, newTotpSecret, totpQrDataUrl, totpUri } from "./totp";

describe("totp", () => {
  it("accepts the current code and refuses another", async () => {
    const secret = newTotpSecret();
    const code = await generate({ secret });
    expect(await isValidTotp(secret, code)).toBe(true);
    expect(await isValidTotp(secret, code === "000000" ? "111111" : "000000")).toBe(false);
  });

  it("refuses malformed input without throwing", async () => {
    const secret = newTotpSecret();
    expect(await isValidTotp(secret, "12345")).toBe(false);
    expect(await isValidTotp(secret, "<script>")).toBe(false);
  });

  it("accepts a code from the previous 30-second step (clock drift)", async () => {
    const secret = newTotpSecret();
    const previous = await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 30 });
    expect(await isValidTotp(secret, previous)).toBe(true);
    const old = await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 600 });
    expect(await isValidTotp(secret, old)).toBe(false);
  });

  it("builds an otpauth URI and an SVG QR code", async () => {
    const uri = totpUri("adviser@hemvag.test", newTotpSecret());
    expect(uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(await totpQrDataUrl(uri)).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it("makes ten distinct recovery codes", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
  });
});
