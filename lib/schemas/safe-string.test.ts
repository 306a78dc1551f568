import { describe, expect, it } from "vitest";
import { safeString, withoutControlCharacters } from "./safe-string";
import { SignInFormSchema } from "./sign-in";
import { CaseListFilterSchema } from "./case";

describe("safeString (issue 12 L4)", () => {
  it("drops NUL and other control characters, keeps tabs and line breaks and everything printable", () => {
    expect(withoutControlCharacters("a\u0000b\u0007c\u001Fd\u007Fe")).toBe("abcde");
    expect(withoutControlCharacters("rad 1\r\nrad 2\tslut ÅÄÖ ✓")).toBe("rad 1\r\nrad 2\tslut ÅÄÖ ✓");
  });

  it("applies before the length and format rules chained after it", () => {
    expect(safeString().max(3).safeParse("ab\u0000\u0000c").success).toBe(true);
    expect(safeString().trim().min(1).safeParse("\u0000 ").success).toBe(false);
  });

  it("is what the schemas are built on: a form and a URL filter lose the NUL byte", () => {
    expect(SignInFormSchema.parse({ email: "anna@hemvag.test\u0000", password: "x" }).email).toBe("anna@hemvag.test");
    expect(CaseListFilterSchema.parse({ q: "Svens\u0000son" }).q).toBe("Svensson");
  });
});
