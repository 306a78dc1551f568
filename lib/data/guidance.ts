import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, diffFields, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { officeToday } from "@/lib/dates";
import { can } from "@/lib/permissions";
import type { ArticleText } from "@/lib/guidance/article";
import { parseHighlights, type SnippetPart } from "@/lib/guidance/highlight";
import { expandedTsQuery, queryWords, swedishBases } from "@/lib/guidance/search-words";
import { isoOfDbDate } from "@/lib/dates";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, type ArticleContent, type CreateArticleForm, type UpdateArticleForm } from "@/lib/schemas/guidance";
import { type GuidanceTopic } from "@/lib/vocabularies/guidance-topics";

// Guidance for city staff. Everyone signed in reads published articles;
// administrators also see drafts and are the only ones who write. Every
// content save keeps the text it replaces as a GuidanceRevision and is
// audited in the same transaction. Articles hold no personal data, so reads
// are not audited.

type Tx = Prisma.TransactionClient;
export type Locale = "sv" | "en";

/** Drafts are the editors' business. */
function seesDrafts(user: SignedInUser): boolean {
  return can(user.role, "guidance.edit");
}

function visibleTo(user: SignedInUser): Prisma.GuidanceArticleWhereInput {
  return seesDrafts(user) ? {} : { isPublished: true };
}

const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

const SUMMARY = {
  id: true,
  slug: true,
  topic: true,
  titleSv: true,
  titleEn: true,
  lastReviewedOn: true,
  isPublished: true,
  owner: { select: { name: true } },
} as const;

export type ArticleSummary = {
  id: string;
  slug: string;
  topic: GuidanceTopic;
  titleSv: string;
  titleEn: string;
  lastReviewedOn: string;
  isPublished: boolean;
  ownerName: string | null;
};

function toSummary(row: Prisma.GuidanceArticleGetPayload<{ select: typeof SUMMARY }>): ArticleSummary {
  const { owner, lastReviewedOn, ...rest } = row;
  return { ...rest, lastReviewedOn: isoOfDbDate(lastReviewedOn), ownerName: owner?.name ?? null };
}

export async function listArticles(topic?: GuidanceTopic): Promise<ArticleSummary[]> {
  const user = await authorize("guidance.read");
  const rows = await getDb().guidanceArticle.findMany({
    where: { ...visibleTo(user), ...(topic ? { topic } : {}) },
    select: SUMMARY,
    orderBy: [{ topic: "asc" }, { titleSv: "asc" }],
  });
  return rows.map(toSummary);
}

/** The articles with these slugs that the user may read, in the order asked. */
export async function listArticlesBySlug(slugs: readonly string[]): Promise<ArticleSummary[]> {
  const user = await authorize("guidance.read");
  if (slugs.length === 0) return [];
  const rows = await getDb().guidanceArticle.findMany({ where: { ...visibleTo(user), slug: { in: [...slugs] } }, select: SUMMARY });
  const bySlug = new Map(rows.map((row) => [row.slug, toSummary(row)]));
  return slugs.flatMap((slug) => bySlug.get(slug) ?? []);
}

// ───────────────────────────── Search ─────────────────────────────

export type SearchHit = {
  slug: string;
  topic: GuidanceTopic;
  title: string;
  isPublished: boolean;
  rank: number;
  /** Plain text pieces; matches flagged, to be shown as <mark>. */
  snippet: SnippetPart[];
};

const SEARCH_LIMIT = 30;
// Our own markers, not HTML: the snippet is split on them and rendered as text.
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** The body's own list and heading marks would read as noise in a one-line snippet. */
function flattenHeadline(headline: string): string {
  return headline
    .replace(/(^|\n)[ \t]*(?:#{2,3}[ \t]+|[-*•][ \t]+|\d{1,3}[.)][ \t]+)/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

type SearchRow = { slug: string; topic: GuidanceTopic; title: string; isPublished: boolean; rank: number; headline: string };

/** The columns and text-search configuration of one language: constants written into the SQL (never user input), so the expressions equal the indexed ones. */
const SEARCH_LANGUAGE = {
  sv: {
    config: Prisma.raw(`'swedish'`),
    title: Prisma.raw(`"titleSv"`),
    body: Prisma.raw(`"bodySv"`),
    words: Prisma.raw(`ts_stat($$SELECT to_tsvector('simple', "titleSv" || ' ' || "bodySv") FROM "GuidanceArticle"$$)`),
  },
  en: {
    config: Prisma.raw(`'english'`),
    title: Prisma.raw(`"titleEn"`),
    body: Prisma.raw(`"bodyEn"`),
    words: Prisma.raw(`ts_stat($$SELECT to_tsvector('simple', "titleEn" || ' ' || "bodyEn") FROM "GuidanceArticle"$$)`),
  },
} as const;

/** Trigram similarity from which a word counts as the query word with a typo ("återvandrnig"). */
const TYPO_SIMILARITY = 0.5;
/** Shorter bases and words are not matched inside compounds: "ring" would be in everything. */
const MIN_COMPOUND_PART = 5;

/**
 * Each query word's expansion to the words the guidance actually contains
 * (ts_stat over its text): the same stem in the language's configuration, a
 * Swedish base form (lib/guidance/search-words.ts) at the start of a word or
 * inside a compound, a compound query ending in a guidance word, or one typo
 * (pg_trgm similarity). Stop words drop out, as in websearch_to_tsquery; a
 * word that matches nothing keeps an empty group, so the search finds nothing.
 */
async function expandQueryWords(q: string, locale: Locale): Promise<string[][]> {
  const words = queryWords(q);
  const terms = words.flatMap((word, index) => (locale === "sv" ? swedishBases(word) : [word]).map((base) => ({ index, word, base })));
  if (terms.length === 0) return [];
  const { config, words: guidanceWords } = SEARCH_LANGUAGE[locale];
  const rows = await getDb().$queryRaw<{ isStopWord: boolean; words: string[]; typos: string[] }[]>`
    SELECT bool_or(to_tsvector(${config}, t.word) = ''::tsvector) AS "isStopWord",
           coalesce(array_agg(DISTINCT m.word) FILTER (WHERE m."isForm"), '{}') AS words,
           coalesce(array_agg(DISTINCT m.word) FILTER (WHERE NOT m."isForm"), '{}') AS typos
    FROM unnest(${terms.map((t) => t.index)}::int[], ${terms.map((t) => t.word)}::text[], ${terms.map((t) => t.base)}::text[]) AS t(index, word, base)
    LEFT JOIN LATERAL (
      SELECT c.word, f."isForm"
      FROM ${guidanceWords} AS c
      CROSS JOIN LATERAL (SELECT
           c.word = t.word
        OR to_tsvector(${config}, c.word) @@ plainto_tsquery(${config}, t.word)
        OR (t.base <> t.word AND starts_with(c.word, t.base))
        OR (length(t.base) >= ${MIN_COMPOUND_PART} AND strpos(c.word, t.base) > 0)
        OR (length(c.word) >= ${MIN_COMPOUND_PART} AND t.base LIKE '%' || c.word) AS "isForm") AS f
      WHERE f."isForm" OR (length(t.word) >= ${MIN_COMPOUND_PART} AND similarity(t.word, c.word) >= ${TYPO_SIMILARITY})
    ) AS m ON true
    GROUP BY t.index
    ORDER BY t.index`;
  // A typo is only read as one when the word has no form in the guidance: "återvandrade" means "återvandra", not also "återvandring".
  return rows.filter((row) => !row.isStopWord).map((row) => (row.words.length > 0 ? row.words : row.typos));
}

/**
 * Full-text search in the user's language that finds the words a reader
 * types: inflected forms, parts of compounds and one typo (expandQueryWords).
 * The expansion becomes a tsquery over the language's own configuration, so
 * the WHERE clause repeats the indexed expressions of the audit_and_search
 * migration exactly and the GIN indexes apply; titles weigh more in the
 * ranking; ts_headline marks the matched words with our own markers, and
 * snippets are made only for the rows shown.
 */
export async function searchArticles(q: string, locale: Locale): Promise<SearchHit[]> {
  const user = await authorize("guidance.read");
  if (!q.trim()) return [];
  const tsquery = expandedTsQuery(await expandQueryWords(q, locale));
  if (tsquery === null) return [];
  const drafts = seesDrafts(user);
  const { config, title, body } = SEARCH_LANGUAGE[locale];
  const rows = await getDb().$queryRaw<SearchRow[]>`
    SELECT a.slug, a.topic::text AS topic, a.${title} AS title, a."isPublished", hit.rank::float8 AS rank,
           ts_headline(${config}, a.${body}, hit.q, ${HEADLINE_OPTIONS}) AS headline
    FROM (
      SELECT g.id, q, ts_rank(setweight(to_tsvector(${config}, g.${title}), 'A') || to_tsvector(${config}, g.${body}), q) AS rank
      FROM "GuidanceArticle" g, to_tsquery(${config}, ${tsquery}) AS q
      WHERE to_tsvector(${config}, g.${title} || ' ' || g.${body}) @@ q AND (g."isPublished" OR ${drafts})
      ORDER BY rank DESC, g.${title}
      LIMIT ${SEARCH_LIMIT}
    ) hit
    JOIN "GuidanceArticle" a ON a.id = hit.id
    ORDER BY hit.rank DESC, a.${title}`;
  return rows.map(({ headline, ...row }) => ({ ...row, rank: Number(row.rank), snippet: parseHighlights(flattenHeadline(headline)) }));
}

// ───────────────────────────── One article ─────────────────────────────

const DETAIL = {
  id: true,
  slug: true,
  topic: true,
  titleSv: true,
  titleEn: true,
  bodySv: true,
  bodyEn: true,
  sources: true,
  ownerId: true,
  owner: { select: { id: true, name: true } },
  lastReviewedOn: true,
  isPublished: true,
  version: true,
  updatedAt: true,
} as const;

export type ArticleDetail = ArticleText & {
  id: string;
  owner: { id: string; name: string } | null;
  lastReviewedOn: string;
  isPublished: boolean;
  version: number;
  updatedAt: Date;
};

function toDetail(row: Prisma.GuidanceArticleGetPayload<{ select: typeof DETAIL }>): ArticleDetail {
  const { ownerId: _ownerId, sources, lastReviewedOn, ...rest } = row;
  void _ownerId;
  return { ...rest, sources: splitSources(sources), lastReviewedOn: isoOfDbDate(lastReviewedOn) };
}

/** Sources are stored one per line. */
const splitSources = (sources: string) => sources.split("\n").filter(Boolean);

/** The article, or null when it does not exist or is a draft the user may not see. */
export async function getArticle(slug: string): Promise<ArticleDetail | null> {
  const user = await authorize("guidance.read");
  const row = await getDb().guidanceArticle.findFirst({ where: { slug, ...visibleTo(user) }, select: DETAIL });
  return row ? toDetail(row) : null;
}

/** The article's content as the editor's fields. */
export function contentOf(article: Pick<ArticleDetail, "topic" | "titleSv" | "titleEn" | "bodySv" | "bodyEn" | "sources" | "owner" | "isPublished">): ArticleContent {
  return {
    topic: article.topic,
    titleSv: article.titleSv,
    titleEn: article.titleEn,
    bodySv: article.bodySv,
    bodyEn: article.bodyEn,
    sources: article.sources.join("\n"),
    ownerId: article.owner?.id ?? null,
    isPublished: article.isPublished,
  };
}

/** People an administrator can make responsible for an article. */
export async function listOwnerOptions(): Promise<{ id: string; name: string }[]> {
  await authorize("guidance.edit");
  return getDb().user.findMany({ where: { isActive: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

// ───────────────────────────── Writes ─────────────────────────────

const WRITE_ACTIONS = ["guidance.create", "guidance.update", "guidance.publish", "guidance.unpublish"];

/** Who saved the article's current version, from the audit trail (seeded articles have none). */
async function lastWriter(db: Tx | ReturnType<typeof getDb>, articleId: string) {
  const event = await db.auditEvent.findFirst({
    where: { resourceType: "GuidanceArticle", resourceId: articleId, action: { in: WRITE_ACTIONS } },
    orderBy: { id: "desc" },
    select: { userId: true, userEmail: true, at: true },
  });
  return { userId: event?.userId ?? null, changedBy: event?.userEmail ?? null, changedAt: event?.at ?? null };
}

/** Long texts are kept whole in the revisions; the audit trail only says they changed. */
const LONG_FIELDS = new Set(["bodySv", "bodyEn", "sources"]);

function auditChanges(before: ArticleContent, after: ArticleContent): Record<string, [unknown, unknown]> {
  const changes = diffFields(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
  for (const key of Object.keys(changes)) {
    if (LONG_FIELDS.has(key)) {
      const [a, b] = changes[key]!;
      changes[key] = [`${String(a ?? "").length} chars`, `${String(b ?? "").length} chars`];
    }
  }
  return changes;
}

async function isActiveUser(tx: Tx, userId: string | null): Promise<boolean> {
  if (!userId) return true;
  return (await tx.user.count({ where: { id: userId, isActive: true } })) === 1;
}

export type CreateArticleResult = { ok: true; slug: string } | { ok: false; error: "slugTaken" | "ownerInvalid" };

export async function createArticle(input: CreateArticleForm): Promise<CreateArticleResult> {
  const user = await authorize("guidance.edit");
  return getDb().$transaction(async (tx) => {
    if (await tx.guidanceArticle.findUnique({ where: { slug: input.slug }, select: { id: true } })) return { ok: false, error: "slugTaken" } as const;
    if (!(await isActiveUser(tx, input.ownerId))) return { ok: false, error: "ownerInvalid" } as const;
    const created = await tx.guidanceArticle.create({
      // Written now, so reviewed now.
      data: { ...input, lastReviewedOn: dayOf(officeToday()), version: 1 },
      select: { id: true, slug: true },
    });
    const { slug: _slug, ...content } = input;
    void _slug;
    await recordAudit(tx, auditActor(user), {
      action: "guidance.create",
      resourceType: "GuidanceArticle",
      resourceId: created.id,
      changes: { slug: [null, input.slug], ...auditChanges({} as ArticleContent, content) },
    });
    return { ok: true, slug: created.slug } as const;
  });
}

export type ArticleConflict = {
  ok: false;
  error: "conflict";
  current: ArticleContent;
  version: number;
  changedBy: string | null;
  changedAt: Date | null;
};
export type UpdateArticleResult = { ok: true; version: number } | { ok: false; error: "notFound" | "ownerInvalid" } | ArticleConflict;

async function conflictOf(db: Tx | ReturnType<typeof getDb>, articleId: string): Promise<ArticleConflict | { ok: false; error: "notFound" }> {
  const row = await db.guidanceArticle.findUnique({ where: { id: articleId }, select: DETAIL });
  if (!row) return { ok: false, error: "notFound" };
  const { changedBy, changedAt } = await lastWriter(db, articleId);
  return { ok: false, error: "conflict", current: contentOf(toDetail(row)), version: row.version, changedBy, changedAt };
}

/** The article as it stood before a change, whole, to keep as a revision. */
function revisionOf(articleId: string, found: Prisma.GuidanceArticleGetPayload<{ select: typeof DETAIL }>, editedById: string | null) {
  return {
    articleId,
    version: found.version,
    titleSv: found.titleSv,
    titleEn: found.titleEn,
    bodySv: found.bodySv,
    bodyEn: found.bodyEn,
    topic: found.topic,
    sources: found.sources,
    ownerId: found.ownerId,
    lastReviewedOn: found.lastReviewedOn,
    isPublished: found.isPublished,
    editedById,
  } satisfies Prisma.GuidanceRevisionUncheckedCreateInput;
}

/**
 * Saves the article if nobody saved since `input.version`. The text being
 * replaced is kept as a revision (with who wrote it); on a conflict nothing
 * is written and the newer content comes back for the editor to compare.
 */
export async function updateArticle(articleId: string, input: UpdateArticleForm): Promise<UpdateArticleResult> {
  const user = await authorize("guidance.edit");
  const { version, ...content } = input;
  const db = getDb();
  const result = await db.$transaction(async (tx) => {
    const found = await tx.guidanceArticle.findUnique({ where: { id: articleId }, select: DETAIL });
    if (!found) return { ok: false, error: "notFound" } as const;
    if (found.version !== version) return { ok: false, error: "conflict" } as const;
    const before = contentOf(toDetail(found));
    const changes = auditChanges(before, content);
    if (Object.keys(changes).length === 0) return { ok: true, version } as const;
    if ("ownerId" in changes && !(await isActiveUser(tx, content.ownerId))) return { ok: false, error: "ownerInvalid" } as const;
    // The version check and the write are one statement: a save in between makes the count 0.
    const { count } = await tx.guidanceArticle.updateMany({ where: { id: articleId, version }, data: { ...content, version: { increment: 1 } } });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    const writer = await lastWriter(tx, articleId);
    await tx.guidanceRevision.create({ data: revisionOf(articleId, found, writer.userId) });
    await recordAudit(tx, auditActor(user), { action: "guidance.update", resourceType: "GuidanceArticle", resourceId: articleId, changes });
    return { ok: true, version: version + 1 } as const;
  });
  if (result.ok || result.error !== "conflict") return result;
  return conflictOf(db, articleId);
}

/**
 * Publishes or withdraws an article. It changes what the editor's form holds,
 * so it takes the version the button was shown with and makes a new one.
 */
export async function setPublished(articleId: string, isPublished: boolean, version: number): Promise<UpdateArticleResult> {
  const user = await authorize("guidance.edit");
  const db = getDb();
  const result = await db.$transaction(async (tx) => {
    const found = await tx.guidanceArticle.findUnique({ where: { id: articleId }, select: DETAIL });
    if (!found) return { ok: false, error: "notFound" } as const;
    if (found.version !== version) return { ok: false, error: "conflict" } as const;
    if (found.isPublished === isPublished) return { ok: true, version } as const;
    const { count } = await tx.guidanceArticle.updateMany({ where: { id: articleId, version }, data: { isPublished, version: { increment: 1 } } });
    if (count === 0) return { ok: false, error: "conflict" } as const;
    const writer = await lastWriter(tx, articleId);
    await tx.guidanceRevision.create({ data: revisionOf(articleId, found, writer.userId) });
    await recordAudit(tx, auditActor(user), {
      action: isPublished ? "guidance.publish" : "guidance.unpublish",
      resourceType: "GuidanceArticle",
      resourceId: articleId,
      changes: { isPublished: [!isPublished, isPublished] },
    });
    return { ok: true, version: version + 1 } as const;
  });
  if (result.ok || result.error !== "conflict") return result;
  return conflictOf(db, articleId);
}

/**
 * Records that someone has checked the article is still correct today. The
 * editor does not touch this date, so it needs no version check.
 */
export async function markReviewed(articleId: string): Promise<boolean> {
  const user = await authorize("guidance.edit");
  const today = officeToday();
  return getDb().$transaction(async (tx) => {
    const found = await tx.guidanceArticle.findUnique({ where: { id: articleId }, select: { lastReviewedOn: true } });
    if (!found) return false;
    await tx.guidanceArticle.update({ where: { id: articleId }, data: { lastReviewedOn: dayOf(today) }, select: { id: true } });
    await recordAudit(tx, auditActor(user), {
      action: "guidance.review",
      resourceType: "GuidanceArticle",
      resourceId: articleId,
      changes: { lastReviewedOn: [isoOfDbDate(found.lastReviewedOn), today] },
    });
    return true;
  });
}

// ───────────────────────────── Revisions ─────────────────────────────

export type RevisionSummary = {
  version: number;
  /** Who saved this version (null for the seeded text or an unknown writer). */
  savedBy: string | null;
  /** When this version was saved, and when the next one replaced it. */
  savedAt: Date;
  replacedAt: Date;
};

/** Earlier versions, newest first. */
export async function listRevisions(articleId: string): Promise<RevisionSummary[]> {
  await authorize("guidance.edit");
  const db = getDb();
  const [article, rows] = await Promise.all([
    db.guidanceArticle.findUnique({ where: { id: articleId }, select: { createdAt: true } }),
    db.guidanceRevision.findMany({ where: { articleId }, select: { version: true, createdAt: true, editedById: true }, orderBy: { version: "desc" } }),
  ]);
  if (!article) return [];
  const editorIds = [...new Set(rows.flatMap((row) => (row.editedById ? [row.editedById] : [])))];
  const editors = new Map(
    editorIds.length ? (await db.user.findMany({ where: { id: { in: editorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]) : [],
  );
  // A version was saved when the one before it was replaced.
  const replacedAt = new Map(rows.map((row) => [row.version, row.createdAt]));
  return rows.map((row) => ({
    version: row.version,
    savedBy: row.editedById ? (editors.get(row.editedById) ?? null) : null,
    savedAt: replacedAt.get(row.version - 1) ?? article.createdAt,
    replacedAt: row.createdAt,
  }));
}

/**
 * Who saved the current version: the writer of the article's last write in
 * the audit trail (lastWriter), by their name today, else the e-mail the
 * trail kept. Null when no write was recorded (an article the seed made).
 */
export async function getCurrentVersionSaver(articleId: string): Promise<string | null> {
  await authorize("guidance.edit");
  const db = getDb();
  const { userId, changedBy } = await lastWriter(db, articleId);
  if (!userId) return changedBy;
  const writer = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
  return writer?.name ?? changedBy;
}

export type RevisionDetail = {
  version: number;
  titleSv: string;
  titleEn: string;
  bodySv: string;
  bodyEn: string;
  replacedAt: Date;
  savedBy: string | null;
  /** Null on revisions saved before the whole article was kept. */
  topic: GuidanceTopic | null;
  sources: string[] | null;
  ownerName: string | null;
  lastReviewedOn: string | null;
  isPublished: boolean | null;
};

export async function getRevision(articleId: string, version: number): Promise<RevisionDetail | null> {
  await authorize("guidance.edit");
  const db = getDb();
  const row = await db.guidanceRevision.findUnique({ where: { articleId_version: { articleId, version } } });
  if (!row) return null;
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: [row.editedById, row.ownerId].filter((id): id is string => id !== null) } }, select: { id: true, name: true } })).map(
      (u) => [u.id, u.name],
    ),
  );
  return {
    version: row.version,
    titleSv: row.titleSv,
    titleEn: row.titleEn,
    bodySv: row.bodySv,
    bodyEn: row.bodyEn,
    replacedAt: row.createdAt,
    savedBy: row.editedById ? (names.get(row.editedById) ?? null) : null,
    topic: row.topic,
    sources: row.sources === null ? null : splitSources(row.sources),
    ownerName: row.ownerId ? (names.get(row.ownerId) ?? null) : null,
    lastReviewedOn: row.lastReviewedOn ? isoOfDbDate(row.lastReviewedOn) : null,
    isPublished: row.isPublished,
  };
}
