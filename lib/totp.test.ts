import { describe, expect, it } from "vitest";
import { generate } from "otplib";
import { matchTotp, newRecoveryCodes, newTotpSecret, totpQrDataUrl, totpUri } from "./totp";

describe("totp", () => {
  it("accepts the current code and refuses another", async () => {
    const secret = newTotpSecret();
    const code = await generate({ secret });
    expect(await matchTotp(secret, code)).not.toBeNull();
    expect(await matchTotp(secret, code === "000000" ? "111111" : "000000")).toBeNull();
  });

  it("refuses malformed input without throwing", async () => {
    const secret = newTotpSecret();
    expect(await matchTotp(secret, "12345")).toBeNull();
    expect(await matchTotp(secret, "<script>")).toBeNull();
  });

  it("accepts a code from the previous 30-second step (clock drift)", async () => {
    const secret = newTotpSecret();
    const previous = await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 30 });
    expect(await matchTotp(secret, previous)).not.toBeNull();
    const old = await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 600 });
    expect(await matchTotp(secret, old)).toBeNull();
  });

  it("names the code's time step, and refuses a code of that step or an earlier one once it is remembered (issue 12 L8)", async () => {
    const secret = newTotpSecret();
    const code = await generate({ secret });
    const step = await matchTotp(secret, code);
    expect(step).toBe(Math.floor(Date.now() / 1000 / 30));
    expect(await matchTotp(secret, code, step! - 1)).toBe(step);
    expect(await matchTotp(secret, code, step)).toBeNull();
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect(await matchTotp(secret, next, step)).toBe(step! + 1);
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
