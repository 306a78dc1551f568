import { describe, expect, it } from "vitest";
import { previousWorkingDay } from "@/lib/journal/working-days";
import { wordDiff } from "@/lib/journal/word-diff";

describe("previousWorkingDay", () => {
  it("skips the weekend", () => {
    expect(previousWorkingDay("2026-12-08")).toBe("2026-12-07"); // Tuesday → Monday
    expect(previousWorkingDay("2026-12-07")).toBe("2026-12-04"); // Monday → Friday
    expect(previousWorkingDay("2026-12-06")).toBe("2026-12-04"); // Sunday → Friday
  });
});

describe("wordDiff", () => {
  it("marks the words removed and added, keeping the rest", () => {
    const parts = wordDiff("Klienten vill resa i maj", "Klienten vill resa i juni");
    expect(parts.filter((p) => p.change === "removed").map((p) => p.text)).toEqual(["maj"]);
    expect(parts.filter((p) => p.change === "added").map((p) => p.text)).toEqual(["juni"]);
    expect(parts.map((p) => (p.change === "removed" ? "" : p.text)).join("")).toBe("Klienten vill resa i juni");
  });
});
