import { describe, expect, it } from "vitest";
import { formatPhone, parsePhone } from "./phone";

describe("parsePhone", () => {
  it.each([
    ["070-123 45 67", "+46701234567"],
    ["0701234567", "+46701234567"],
    ["08-123 456 78", "+46812345678"],
    ["(08) 123 456 78", "+46812345678"],
    ["+46 70 123 45 67", "+46701234567"],
    ["0046 70 123 45 67", "+46701234567"],
    ["00387 61 234 567", "+38761234567"],
    ["+964 750 123 4567", "+9647501234567"],
    ["0771-235 235", "+46771235235"],
  ])("accepts %s as %s", (typed, e164) => {
    expect(parsePhone(typed)).toBe(e164);
  });

  it.each(["12345", "+4670123", "070-123 45 67 ring efter 9", "javascript:alert(1)", "", "0".repeat(41)])("refuses %j", (typed) => {
    expect(parsePhone(typed)).toBeNull();
  });
});

describe("formatPhone", () => {
  it("shows Swedish numbers the Swedish way and others internationally", () => {
    expect(formatPhone("+46701234567")).toBe("070-123 45 67");
    expect(formatPhone("+46812345678")).toBe("08-123 456 78");
    expect(formatPhone("+38761234567")).toBe("+387 61 234 567");
  });

  it("leaves a stored value it cannot read as it is", () => {
    expect(formatPhone("ring växeln")).toBe("ring växeln");
  });

  it("round-trips: what is shown parses back to what is stored", () => {
    for (const e164 of ["+46701234567", "+46812345678", "+38761234567", "+9647501234567"]) expect(parsePhone(formatPhone(e164))).toBe(e164);
  });
});
