import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("has every Swedish text in English and the other way round", async () => {
    const sv = keyPaths(await loadMessages("sv")).sort();
    const en = keyPaths(await loadMessages("en")).sort();
    expect(sv.filter((key) => !en.includes(key))).toEqual([]);
    expect(en.filter((key) => !sv.includes(key))).toEqual([]);
  });

  it("has no empty texts", async () => {
    for (const locale of ["sv", "en"] as const) {
      const messages = await loadMessages(locale);
      const empty = keyPaths(messages).filter((path) => {
        const value = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
        return typeof value === "string" && value.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
