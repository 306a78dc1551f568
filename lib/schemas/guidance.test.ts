import { describe, expect, it } from "vitest";
import { CreateArticleFormSchema, GuidanceQuerySchema, HIGHLIGHT_START, UpdateArticleFormSchema } from "./guidance";
import { BODY_MAX, TITLE_MAX } from "@/lib/schemas/form-constants";

const VALID = { slug: "om-bidrag", topic: "RETURN_GRANT", titleSv: "Titel", titleEn: "Title", bodySv: "Text", bodyEn: "Text", sources: "", ownerId: "", isPublished: "on" };

function errors(input: Record<string, string>): Record<string, string[]> {
  const result = CreateArticleFormSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), [issue.message]]));
}

describe("article form", () => {
  it("accepts a valid article and tidies it", () => {
    const parsed = CreateArticleFormSchema.parse({ ...VALID, slug: " Om-Bidrag ", bodySv: "Rad 1\r\nRad 2 ", sources: " a \n\n b ", isPublished: undefined as never });
    expect(parsed).toMatchObject({ slug: "om-bidrag", bodySv: "Rad 1\nRad 2", sources: "a\nb", ownerId: null, isPublished: false });
  });

  it("names what is missing or too long", () => {
    expect(errors({ ...VALID, titleSv: " ", bodyEn: "" })).toEqual({ titleSv: ["titleSvRequired"], bodyEn: ["bodyEnRequired"] });
    expect(errors({ ...VALID, titleEn: "x".repeat(TITLE_MAX + 1), bodySv: "x".repeat(BODY_MAX + 1) })).toEqual({ titleEn: ["titleTooLong"], bodySv: ["bodyTooLong"] });
    expect(errors({ ...VALID, slug: "Not a slug!" })).toEqual({ slug: ["slugInvalid"] });
    expect(errors({ ...VALID, slug: "wizard" })).toEqual({ slug: ["slugReserved"] });
    expect(errors({ ...VALID, topic: "NOPE" })).toEqual({ topic: ["topicRequired"] });
  });

  it("keeps markup as typed but strips control and marker characters", () => {
    const parsed = CreateArticleFormSchema.parse({ ...VALID, bodySv: `<script>alert(1)</script>\u0007${HIGHLIGHT_START}` });
    expect(parsed.bodySv).toBe("<script>alert(1)</script>");
  });

  it("needs a version to update", () => {
    expect(UpdateArticleFormSchema.safeParse({ ...VALID, version: "x" }).success).toBe(false);
    expect(UpdateArticleFormSchema.parse({ ...VALID, version: "3" }).version).toBe(3);
  });
});

describe("search query", () => {
  it("reads q and topic, ignoring what it cannot use", () => {
    expect(GuidanceQuerySchema.parse({ q: ["  bidragen ", "x"], topic: "CONTACTS" })).toEqual({ q: "bidragen", topic: "CONTACTS" });
    expect(GuidanceQuerySchema.parse({ topic: "DROP TABLE" })).toEqual({ q: "", topic: undefined });
    expect(GuidanceQuerySchema.parse({ q: "x".repeat(500) }).q).toHaveLength(200);
  });
});
