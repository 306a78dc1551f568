// Guidance against a real Postgres: Swedish and English full-text search with
// stemming and safe snippets, drafts hidden from all but administrators,
// revisions and audit on every save, stale saves refused with nothing written,
// and no writes at all for anyone but administrators. Only the auth lookup is
// replaced (tests/support/as-user.ts).
import { signInAs } from "@/tests/support/as-user";
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import {
  createArticle,
  getArticle,
  getCurrentVersionSaver,
  getRevision,
  listArticles,
  listArticlesBySlug,
  listRevisions,
  markReviewed,
  searchArticles,
  setPublished,
  updateArticle,
} from "@/lib/data/guidance";
import { CreateArticleFormSchema, HIGHLIGHT_START, UpdateArticleFormSchema, type CreateArticleForm } from "@/lib/schemas/guidance";
import { GUIDANCE_ARTICLES, seedGuidance } from "@/lib/seed/guidance";
import { ARTICLE } from "@/lib/guidance/slugs";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
let world: CaseworkWorld;
const run = crypto.randomBytes(3).toString("hex");

function draft(overrides: Partial<Record<keyof CreateArticleForm, string>> = {}): CreateArticleForm {
  return CreateArticleFormSchema.parse({
    slug: `test-${run}-${crypto.randomBytes(3).toString("hex")}`,
    topic: "RETURN_GRANT",
    titleSv: "Resebidrag för familjer",
    titleEn: "Travel grants for families",
    bodySv: "Ett bidrag kan ges till den som vill återvandra.\n\n- Migrationsverket beslutar.",
    bodyEn: "A grant may be given to someone who wants to return.\n\n- Migrationsverket decides.",
    sources: "SFS 1984:890\n\n  Migrationsverket  ",
    ownerId: "",
    isPublished: "on",
    ...overrides,
  });
}

async function snapshot(articleId: string) {
  const [article, revisions, audits] = await Promise.all([
    db.guidanceArticle.findUniqueOrThrow({ where: { id: articleId } }),
    db.guidanceRevision.count({ where: { articleId } }),
    db.auditEvent.count({ where: { resourceId: articleId } }),
  ]);
  return { article, revisions, audits };
}

async function idOf(slug: string): Promise<string> {
  return (await db.guidanceArticle.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  await seedGuidance(process.env.DATABASE_URL!, { ownerEmail: world.users.a1.email });
});

describe("seed", () => {
  it("creates every article once, owned, reviewed and with sources, and can run again", async () => {
    const rows = await db.guidanceArticle.findMany({ where: { slug: { in: GUIDANCE_ARTICLES.map((a) => a.slug) } } });
    expect(rows).toHaveLength(GUIDANCE_ARTICLES.length);
    expect(GUIDANCE_ARTICLES.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      expect(row.ownerId).toBe(world.users.a1.id);
      expect(row.sources.split("\n").length).toBeGreaterThan(0);
      expect(row.bodySv.length).toBeGreaterThan(200);
      expect(row.bodyEn.length).toBeGreaterThan(200);
    }
    expect(await seedGuidance(process.env.DATABASE_URL!)).toEqual({ inserted: 0, updated: 0, unchanged: GUIDANCE_ARTICLES.length });
  });

  it("never overwrites an article an administrator has edited", async () => {
    signInAs(world.users.admin);
    const id = await idOf(ARTICLE.privacy);
    const before = await db.guidanceArticle.findUniqueOrThrow({ where: { id } });
    const edited = UpdateArticleFormSchema.parse({ ...before, sources: before.sources, ownerId: before.ownerId ?? "", isPublished: "on", titleSv: "Sekretess (egen text)", version: String(before.version) });
    expect(await updateArticle(id, edited)).toEqual({ ok: true, version: 2 });
    expect(await seedGuidance(process.env.DATABASE_URL!)).toMatchObject({ updated: 0 });
    expect((await db.guidanceArticle.findUniqueOrThrow({ where: { id } })).titleSv).toBe("Sekretess (egen text)");
  });
});

describe("search", () => {
  it("finds an article by an inflected Swedish word through Swedish stemming", async () => {
    signInAs(world.users.staff);
    // The article says "bidrag" and "återvandra"; neither query word is in it as written.
    const article = await createAsAdmin(draft({ titleSv: "Stöd vid flytt", bodySv: "Ett statligt bidrag kan ges till den som vill återvandra.\n\n- Migrationsverket beslutar." }));
    signInAs(world.users.staff);
    for (const query of ["bidragen", "återvandrade", "Bidragens"]) {
      const hits = await searchArticles(query, "sv");
      const hit = hits.find((h) => h.slug === article);
      expect(hit, query).toBeDefined();
      expect(hit!.snippet.some((part) => part.isMatch)).toBe(true);
    }
    const hit = (await searchArticles("bidragen", "sv")).find((h) => h.slug === article)!;
    expect(hit.snippet.filter((part) => part.isMatch).map((part) => part.text)).toEqual(["bidrag"]);
    expect(hit.title).toBe("Stöd vid flytt");
  });

  it("finds seeded articles in Swedish and in English with the English index", async () => {
    signInAs(world.users.a1);
    const sv = await searchArticles("återetableringsstöd avslag", "sv");
    expect(sv[0]?.slug).toBe(ARTICLE.reestablishment);
    const en = await searchArticles("rejected asylum applications", "en");
    expect(en.map((h) => h.slug)).toContain(ARTICLE.reestablishment);
    expect(en.find((h) => h.slug === ARTICLE.reestablishment)!.title).toBe("Reintegration support after an asylum refusal");
    // Swedish stemming does not apply to the English index and vice versa.
    expect((await searchArticles("bidragen", "en")).map((h) => h.slug)).not.toContain(ARTICLE.grant2026);
  });

  it("uses the GIN index the migration made", async () => {
    const plans = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT id FROM "GuidanceArticle" g WHERE to_tsvector('swedish', g."titleSv" || ' ' || g."bodySv") @@ websearch_to_tsquery('swedish', 'bidragen')`;
    });
    expect(plans.map((row) => row["QUERY PLAN"]).join("\n")).toContain("GuidanceArticle_search_sv_manual_idx");
  });

  it("stores markup as typed, leaves it out of snippets, and cannot be fooled by marker characters", async () => {
    const slug = await createAsAdmin(draft({ bodySv: `Om bidrag: <b>fet</b> <script>alert(1)</script> och ${HIGHLIGHT_START}falsk träff` }));
    signInAs(world.users.staff);
    expect((await getArticle(slug))!.bodySv).toBe("Om bidrag: <b>fet</b> <script>alert(1)</script> och falsk träff");
    const hit = (await searchArticles("bidrag", "sv")).find((h) => h.slug === slug)!;
    const text = hit.snippet.map((part) => part.text).join("");
    expect(text).not.toMatch(/[<>]/);
    expect(text).toContain("falsk träff");
    expect(hit.snippet.filter((part) => part.isMatch).map((part) => part.text)).toEqual(["bidrag"]);
  });

  it("finds Swedish definite and plural forms, compound parts and one typo, and marks what it found", async () => {
    signInAs(world.users.staff);
    const marked = async (query: string) => {
      const hits = await searchArticles(query, "sv");
      return hits.flatMap((hit) => hit.snippet.filter((part) => part.isMatch).map((part) => part.text.toLocaleLowerCase("sv")));
    };
    // The seeded guidance says "avslag", "asylansökan", "uppehållstillstånd", "bidrag", "återvandring"…
    expect(await marked("avslaget")).toContain("avslag");
    expect(await marked("bidraget")).toContain("bidrag");
    expect(await marked("asylansökningen")).toContain("asylansökan");
    expect(await marked("uppehållstillstånden")).toContain("uppehållstillstånd");
    // A part finds the compound…
    expect(await marked("bidrag")).toContain("återvandringsbidrag");
    // …and the compound finds an article that has only the part.
    const partOnly = await createAsAdmin(draft({ titleSv: "Flyttstöd", bodySv: "Ett litet bidrag för flytten." }));
    signInAs(world.users.staff);
    const compound = await searchArticles("återvandringsbidrag", "sv");
    expect(compound.map((hit) => hit.slug)).toContain(partOnly);
    expect(compound.find((hit) => hit.slug === partOnly)!.snippet.filter((part) => part.isMatch).map((part) => part.text)).toEqual(["bidrag"]);
    // One typo.
    expect(await marked("återvandrnig")).toContain("återvandring");
    // Every word must still match: a word in no article gives nothing.
    expect(await searchArticles("avslaget xylofonkvartett", "sv")).toEqual([]);
  });

  it("stems English guidance in English", async () => {
    signInAs(world.users.staff);
    const hits = await searchArticles("refusals", "en");
    expect(hits.map((hit) => hit.slug)).toContain(ARTICLE.reestablishment);
    expect(hits.flatMap((hit) => hit.snippet.filter((part) => part.isMatch).map((part) => part.text.toLowerCase()))).toContain("refusal");
  });

  it("answers nothing for an empty query or one of stop words only", async () => {
    signInAs(world.users.staff);
    expect(await searchArticles("   ", "sv")).toEqual([]);
    expect(await searchArticles("och att", "sv")).toEqual([]);
    expect(await searchArticles('"unbalanced -quote OR', "en")).toBeInstanceOf(Array);
  });
});

async function createAsAdmin(input: CreateArticleForm): Promise<string> {
  signInAs(world.users.admin);
  const result = await createArticle(input);
  if (!result.ok) throw new Error(result.error);
  return result.slug;
}

describe("drafts", () => {
  it("are seen, listed and found by administrators only", async () => {
    const slug = await createAsAdmin(draft({ isPublished: "", titleSv: "Utkast om bidrag" }));
    for (const user of [world.users.staff, world.users.a1, world.users.managerA]) {
      signInAs(user);
      expect(await getArticle(slug)).toBeNull();
      expect((await listArticles()).map((a) => a.slug)).not.toContain(slug);
      expect((await searchArticles("utkast bidrag", "sv")).map((h) => h.slug)).not.toContain(slug);
      expect(await listArticlesBySlug([slug])).toEqual([]);
    }
    signInAs(world.users.admin);
    expect((await getArticle(slug))?.isPublished).toBe(false);
    expect((await searchArticles("utkast bidrag", "sv")).map((h) => h.slug)).toContain(slug);
    expect((await listArticles("RETURN_GRANT")).map((a) => a.slug)).toContain(slug);
  });

  it("lists by topic and returns articles by slug in the order asked", async () => {
    signInAs(world.users.staff);
    const contacts = await listArticles("CONTACTS");
    expect(contacts.every((a) => a.topic === "CONTACTS")).toBe(true);
    expect(contacts.map((a) => a.slug)).toContain(ARTICLE.contacts);
    const ordered = await listArticlesBySlug([ARTICLE.contacts, "no-such-article", ARTICLE.terminology]);
    expect(ordered.map((a) => a.slug)).toEqual([ARTICLE.contacts, ARTICLE.terminology]);
  });
});

describe("editing", () => {
  it("writes a revision with the previous content and an audit event with the changed fields", async () => {
    const slug = await createAsAdmin(draft());
    const id = await idOf(slug);
    const article = (await getArticle(slug))!;
    expect(article.sources).toEqual(["SFS 1984:890", "Migrationsverket"]);
    const result = await updateArticle(id, {
      topic: "WHO_QUALIFIES",
      titleSv: "Resebidrag för hushåll",
      titleEn: article.titleEn,
      bodySv: "Ny text.",
      bodyEn: article.bodyEn,
      sources: "SFS 1984:890",
      ownerId: world.users.a2.id,
      isPublished: true,
      version: 1,
    });
    expect(result).toEqual({ ok: true, version: 2 });
    const revisions = await listRevisions(id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, savedBy: world.users.admin.name });
    // The current version names who saved it too (it showed "–").
    expect(await getCurrentVersionSaver(id)).toBe(world.users.admin.name);
    // An article only the seed wrote has no recorded writer.
    expect(await getCurrentVersionSaver(await idOf(ARTICLE.reestablishment))).toBeNull();
    const old = (await getRevision(id, 1))!;
    expect(old).toMatchObject({ titleSv: "Resebidrag för familjer", bodySv: article.bodySv, savedBy: world.users.admin.name });
    // The whole article as it stood: topic, sources, owner, review date and state too.
    expect(old).toMatchObject({
      topic: article.topic,
      sources: ["SFS 1984:890", "Migrationsverket"],
      ownerName: article.owner?.name ?? null,
      lastReviewedOn: article.lastReviewedOn,
      isPublished: article.isPublished,
    });
    expect(article.topic).not.toBe("WHO_QUALIFIES");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { resourceId: id, action: "guidance.update" } });
    expect(audit.userId).toBe(world.users.admin.id);
    expect(audit.changes).toEqual({
      topic: ["RETURN_GRANT", "WHO_QUALIFIES"],
      titleSv: ["Resebidrag för familjer", "Resebidrag för hushåll"],
      bodySv: [`${article.bodySv.length} chars`, "8 chars"],
      sources: ["29 chars", "12 chars"],
      ownerId: [null, world.users.a2.id],
    });
    const now = (await getArticle(slug))!;
    expect(now).toMatchObject({ version: 2, titleSv: "Resebidrag för hushåll", topic: "WHO_QUALIFIES", owner: { id: world.users.a2.id } });
  });

  it("refuses a stale version and changes nothing, returning the newer content", async () => {
    const slug = await createAsAdmin(draft());
    const id = await idOf(slug);
    const first = (await getArticle(slug))!;
    const base = { topic: first.topic, titleSv: first.titleSv, titleEn: first.titleEn, bodySv: first.bodySv, bodyEn: first.bodyEn, sources: first.sources.join("\n"), ownerId: null, isPublished: true };
    expect(await updateArticle(id, { ...base, titleSv: "Den första ändringen", version: 1 })).toEqual({ ok: true, version: 2 });
    const before = await snapshot(id);
    const stale = await updateArticle(id, { ...base, titleSv: "Den andra ändringen", version: 1 });
    expect(stale).toMatchObject({ ok: false, error: "conflict", version: 2, changedBy: world.users.admin.email, current: { titleSv: "Den första ändringen" } });
    expect(await snapshot(id)).toEqual(before);
    // Saving again on the version the conflict showed is a deliberate overwrite.
    expect(await updateArticle(id, { ...base, titleSv: "Den andra ändringen", version: 2 })).toEqual({ ok: true, version: 3 });
    expect((await listRevisions(id)).map((r) => r.version)).toEqual([2, 1]);
  });

  it("writes nothing for a save without changes, and refuses an unknown owner", async () => {
    const slug = await createAsAdmin(draft());
    const id = await idOf(slug);
    const a = (await getArticle(slug))!;
    const same = { topic: a.topic, titleSv: a.titleSv, titleEn: a.titleEn, bodySv: a.bodySv, bodyEn: a.bodyEn, sources: a.sources.join("\n"), ownerId: null, isPublished: true, version: 1 };
    const before = await snapshot(id);
    expect(await updateArticle(id, same)).toEqual({ ok: true, version: 1 });
    expect(await updateArticle(id, { ...same, ownerId: "nobody-with-this-id" })).toEqual({ ok: false, error: "ownerInvalid" });
    expect(await snapshot(id)).toEqual(before);
    expect(await updateArticle("no-such-article", same)).toEqual({ ok: false, error: "notFound" });
  });

  it("refuses a slug that is taken", async () => {
    const slug = await createAsAdmin(draft());
    expect(await createArticle(draft({ slug }))).toEqual({ ok: false, error: "slugTaken" });
  });

  it("publishes and withdraws with a version check, keeping a revision each time", async () => {
    const slug = await createAsAdmin(draft());
    const id = await idOf(slug);
    expect(await setPublished(id, false, 1)).toEqual({ ok: true, version: 2 });
    const before = await snapshot(id);
    expect(await setPublished(id, true, 1)).toMatchObject({ ok: false, error: "conflict", version: 2 });
    expect(await snapshot(id)).toEqual(before);
    expect(await setPublished(id, true, 2)).toEqual({ ok: true, version: 3 });
    expect(await db.auditEvent.count({ where: { resourceId: id, action: { in: ["guidance.publish", "guidance.unpublish"] } } })).toBe(2);
  });

  it("marks an article reviewed today, audited", async () => {
    const slug = await createAsAdmin(draft());
    const id = await idOf(slug);
    await db.guidanceArticle.update({ where: { id }, data: { lastReviewedOn: new Date("2024-01-01T00:00:00Z") } });
    expect(await markReviewed(id)).toBe(true);
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
    expect((await getArticle(slug))!.lastReviewedOn).toBe(today);
    expect((await db.auditEvent.findFirstOrThrow({ where: { resourceId: id, action: "guidance.review" } })).changes).toEqual({ lastReviewedOn: ["2024-01-01", today] });
  });
});

describe("who may write", () => {
  it("refuses every write and the revisions to staff, advisers and managers, changing nothing", async () => {
    const slug = await createAsAdmin(draft());
    const id = await idOf(slug);
    const before = await snapshot(id);
    const count = await db.guidanceArticle.count();
    const update = { topic: "OTHER" as const, titleSv: "x", titleEn: "x", bodySv: "x", bodyEn: "x", sources: "", ownerId: null, isPublished: true, version: 1 };
    for (const user of [world.users.staff, world.users.a1, world.users.managerA]) {
      signInAs(user);
      await expect(createArticle(draft())).rejects.toThrow(NOT_FOUND);
      await expect(updateArticle(id, update)).rejects.toThrow(NOT_FOUND);
      await expect(setPublished(id, false, 1)).rejects.toThrow(NOT_FOUND);
      await expect(markReviewed(id)).rejects.toThrow(NOT_FOUND);
      await expect(listRevisions(id)).rejects.toThrow(NOT_FOUND);
      await expect(getCurrentVersionSaver(id)).rejects.toThrow(NOT_FOUND);
      await expect(getRevision(id, 1)).rejects.toThrow(NOT_FOUND);
      // Reading is everyone's.
      expect((await getArticle(slug))?.slug).toBe(slug);
    }
    expect(await snapshot(id)).toEqual(before);
    expect(await db.guidanceArticle.count()).toBe(count);
  });

  it("refuses everything without a session", async () => {
    signInAs(null);
    await expect(listArticles()).rejects.toThrow(/No user is signed in/);
    await expect(searchArticles("bidrag", "sv")).rejects.toThrow(/No user is signed in/);
  });
});
