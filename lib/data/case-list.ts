import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import { caseScopeSql, utcParameter } from "@/lib/data/scope";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { endOfOfficeDay, officeToday, startOfOfficeDay } from "@/lib/dates";
import { classifySearch, containsPattern, decodeCursor, encodeCursor, startsWithPattern, type CaseSearch, type Cursor } from "@/lib/cases/case-search";
import { NO_COUNTRY, type CaseListFilter } from "@/lib/schemas/case";
import { attentionSql } from "@/lib/data/attention";
import { hasStandingChangeSql } from "@/lib/data/figures";

// The case list: search, filters, sort and keyset pagination, all from the
// URL, in one statement. What a search means and the cursor's encoding are
// pure (lib/cases/case-search.ts); the SQL, its order, its keyset and the
// cursor of a page are here. The record scope is the same condition every
// case query uses (lib/data/scope.ts).

// ─────────────────────────────── The list ───────────────────────────────

export const CASE_PAGE_SIZE = 50;

const NAME_EXPR = (alias: string) => Prisma.raw(`lower(${alias}."firstName" || ' ' || ${alias}."lastName")`);

/**
 * Overdue: an open task, an unfinished plan step or a follow-up past its date
 * ("YYYY-MM-DD" today), on a case that is not closed (a closed case's
 * leftovers are history, not work). `alias` is the case row ("c" or "p").
 * One EXISTS over a UNION ALL, so that Postgres probes the three tables by
 * case id row by row while it walks the list's order, instead of hashing
 * every open item of the office first.
 */
function overdueSql(alias: "c" | "p", today: string): Prisma.Sql {
  const caseId = Prisma.raw(`${alias}.id`);
  return Prisma.sql`(${Prisma.raw(`${alias}.status`)} <> 'CLOSED' AND EXISTS (
      SELECT 1 FROM "Task" ot WHERE ot."caseId" = ${caseId} AND ot.status = 'OPEN' AND ot."dueOn" < ${today}::date
      UNION ALL
      SELECT 1 FROM "FollowUp" of WHERE of."caseId" = ${caseId} AND of."completedOn" IS NULL AND of."dueOn" < ${today}::date
      UNION ALL
      SELECT 1 FROM "ReturnPlanStep" op WHERE op."caseId" = ${caseId} AND op.status IN ('NOT_STARTED', 'IN_PROGRESS') AND op."dueOn" < ${today}::date))`;
}

/**
 * Which names a search matches. Each word of the search must match a word of
 * the name, by pg_trgm's word similarity (%> at 0.6): from its start with a
 * slip ("Mohammud" finds "Mohamud", "Anders" finds "Andersson", "Mohamad
 * Hasan" finds "Mohammed Hassan", "Amir Omrović" finds "Amir Omerović"); a
 * word of up to three letters also anywhere inside a name word ("mir" finds
 * "Samira").
 *
 * The similarity is worked out against the dictionary of distinct name words
 * ("NameWord", kept by triggers), and the names holding a word found are then
 * looked up exactly in the GIN index on name_words(first, last). Measured at
 * 100,000 cases: matching the trigram index of the names themselves rechecks
 * every hit of a common name ("Al-Ahmad", thousands) and took 30 ms a table
 * where this takes 10; a whole-text match (%>>) on several words rechecks
 * every "Al-…"; a LIKE on a long text tips the planner into a sequential scan.
 */
function nameCondition(alias: string, text: string): Prisma.Sql {
  const nameWords = Prisma.raw(`"name_words"(${alias}."firstName", ${alias}."lastName")`);
  const words = text.split(" ").filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  const dictionaryMatch = (word: string) =>
    word.length <= 3 ? Prisma.sql`(nw.word LIKE ${containsPattern(word)} OR nw.word %> ${word})` : Prisma.sql`nw.word %> ${word}`;
  const wordMatch = (word: string) => Prisma.sql`${nameWords} && ARRAY(SELECT nw.word FROM "NameWord" nw WHERE ${dictionaryMatch(word)})`;
  return Prisma.sql`(${Prisma.join(words.map(wordMatch), " AND ")})`;
}

/** Names have a few words; more in a search are ignored rather than each costing an index pass. */
const MAX_SEARCH_WORDS = 5;

/** How well a matched name (the lower-cased "first last") fits the search. */
function nameScore(text: string, name: Prisma.Sql): Prisma.Sql {
  return text.includes(" ") ? Prisma.sql`strict_word_similarity(${text}, ${name})` : Prisma.sql`word_similarity(${text}, ${name})`;
}

/**
 * The CTEs that end in `hits`: the cases a search hits, with a relevance
 * score for names, from the search's own index: the case number, the identity
 * number or birth date (of the person or a household member), or the names'
 * words (see nameCondition). `filters` (scope and the list's filters, on the
 * case as `c`) are applied right there, on the case row each hit has in hand,
 * so the list then orders and cuts only what may be shown; for the relevance
 * order it fetches just one page of cases.
 */
function hitsSql(search: CaseSearch, filters: Prisma.Sql): Prisma.Sql {
  const own = (match: Prisma.Sql, extra: Prisma.Sql = Prisma.sql`NULL::real AS score`) =>
    Prisma.sql`SELECT c.id AS "caseId", ${extra} FROM "Case" c WHERE ${match} AND ${filters}`;
  // Each member's case by its key (OFFSET 0 keeps Postgres from turning this into a
  // hash join that reads every case of the office first).
  const member = (match: Prisma.Sql, extra: Prisma.Sql = Prisma.sql`NULL::real`) =>
    Prisma.sql`SELECT c.id AS "caseId", ${extra}
      FROM "HouseholdMember" m CROSS JOIN LATERAL (SELECT * FROM "Case" mc WHERE mc.id = m."caseId" OFFSET 0) c
      WHERE ${match} AND ${filters}`;
  switch (search.kind) {
    case "caseNumber":
      return Prisma.sql`hits AS (${own(Prisma.sql`c."caseNumber" = ${search.caseNumber}`)})`;
    case "caseNumberPrefix":
      return Prisma.sql`hits AS (${own(Prisma.sql`c."caseYear" = ${search.year} AND c."caseNumber" LIKE ${startsWithPattern(search.prefix)}`)})`;
    case "identityNumber":
      return Prisma.sql`hits AS (${own(Prisma.sql`c."identityNumber" = ${search.identityNumber}`)}
        UNION ALL
        ${member(Prisma.sql`m."identityNumber" = ${search.identityNumber}`)})`;
    case "birthDate":
      return Prisma.sql`hits AS (${own(Prisma.sql`c."birthDate" = ${search.birthDate}::date`)}
        UNION ALL
        ${member(Prisma.sql`m."birthDate" = ${search.birthDate}::date`)})`;
    case "invalidIdentityNumber":
      return Prisma.sql`hits AS (SELECT NULL::text AS "caseId", NULL::real AS score WHERE FALSE)`;
    case "name":
      // The score is worked out once per distinct name (a common name is thousands of
      // hits, and word similarity is the costly part), and a household member's hit
      // ranks just below the same match on the case's own person.
      return Prisma.sql`named AS (${own(nameCondition("c", search.text), Prisma.sql`${NAME_EXPR("c")} AS name, 1::real AS weight`)}
          UNION ALL
          ${member(nameCondition("m", search.text), Prisma.sql`${NAME_EXPR("m")}, 0.99::real`)}),
        scored AS (SELECT name, ${nameScore(search.text, Prisma.sql`name`)} AS score FROM (SELECT DISTINCT name FROM named) names),
        hits AS (SELECT named."caseId", scored.score * named.weight AS score FROM named JOIN scored USING (name))`;
  }
}

export type ResolvedSort = "updated" | "number" | "name" | "relevance";

export function resolveSort(filter: CaseListFilter, search: CaseSearch | null): ResolvedSort {
  if (filter.sort === "relevance") return search?.kind === "name" ? "relevance" : "updated";
  return filter.sort ?? (search?.kind === "name" ? "relevance" : "updated");
}

const ORDER: Record<ResolvedSort, Prisma.Sql> = {
  updated: Prisma.sql`c."updatedAt" DESC, c.id DESC`,
  number: Prisma.sql`c."caseYear" DESC, c."caseSeq" DESC`,
  name: Prisma.sql`c."lastName" ASC, c."firstName" ASC, c.id ASC`,
  // On the hits alone, so that Postgres can sort them before it fetches their cases.
  relevance: Prisma.sql`h.score DESC, h."caseId" ASC`,
};

/** The same order on the page's rows. */
const PAGE_ORDER: Record<ResolvedSort, Prisma.Sql> = {
  updated: Prisma.sql`p."updatedAt" DESC, p.id DESC`,
  number: Prisma.sql`p."caseYear" DESC, p."caseSeq" DESC`,
  name: Prisma.sql`p."lastName" ASC, p."firstName" ASC, p.id ASC`,
  relevance: Prisma.sql`p.score DESC, p.id ASC`,
};

/** The form cursorOf writes an instant in; anything else (a year 99999) is no cursor. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** Whether PostgreSQL can hold the number as a real (single precision) without an out-of-range error. */
function isRealNumber(value: number): boolean {
  const size = Math.abs(value);
  return size === 0 || (size >= 1.2e-38 && size <= 3.4e38);
}

function keysetSql(sort: ResolvedSort, cursor: Cursor | null): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  const [a, b, c3] = cursor;
  switch (sort) {
    case "updated":
      return typeof a === "string" && typeof b === "string" && ISO_INSTANT.test(a) && !Number.isNaN(Date.parse(a))
        ? Prisma.sql`(c."updatedAt", c.id) < (${utcParameter(new Date(a))}, ${b})`
        : Prisma.sql`TRUE`;
    case "number":
      // Whole numbers only: PostgreSQL will not cast 1.5 to int (issue 12 L4).
      return Number.isInteger(a) && Number.isInteger(b) ? Prisma.sql`(c."caseYear", c."caseSeq") < (${a}::int, ${b}::int)` : Prisma.sql`TRUE`;
    case "name":
      return typeof a === "string" && typeof b === "string" && typeof c3 === "string"
        ? Prisma.sql`(c."lastName", c."firstName", c.id) > (${a}, ${b}, ${c3})`
        : Prisma.sql`TRUE`;
    case "relevance":
      // A score is a real: a made-up number outside its range (1e-298) would fail the cast.
      return typeof a === "number" && isRealNumber(a) && typeof b === "string" ? Prisma.sql`(h.score < ${a}::real OR (h.score = ${a}::real AND h."caseId" > ${b}))` : Prisma.sql`TRUE`;
  }
}

export type CaseListRow = {
  id: string;
  caseNumber: string;
  caseYear: number;
  caseSeq: number;
  firstName: string;
  lastName: string;
  birthDate: Date;
  status: CaseStatus;
  statusSince: Date;
  destinationCountry: string | null;
  updatedAt: Date;
  /** Null while the case waits in the intake queue. */
  adviserName: string | null;
  teamName: string;
  isOverdue: boolean;
  score: number | null;
};

/** The keyset cursor after a row, in the list's order (the export pages with it too). */
export function cursorOf(sort: ResolvedSort, row: CaseListRow): Cursor {
  switch (sort) {
    case "updated":
      return [row.updatedAt.toISOString(), row.id];
    case "number":
      return [row.caseYear, row.caseSeq];
    case "name":
      return [row.lastName, row.firstName, row.id];
    case "relevance":
      return [row.score ?? 0, row.id];
  }
}

/**
 * The list's SQL for a user and a view: exported so the benchmark can run the
 * very same statement directly. Name searches collect hits from cases and
 * household members (see nameCondition).
 * Scope and filters apply to the hits (or to the cases, without a search);
 * then order and cut one page more.
 */
export function buildCaseListQuery(user: SignedInUser, filter: CaseListFilter, now: Date = new Date(), pageSize: number = CASE_PAGE_SIZE) {
  const today = officeToday(now);
  const search = filter.q ? classifySearch(filter.q, today) : null;
  const sort = resolveSort(filter, search);
  const conditions: Prisma.Sql[] = [caseScopeSql(user, { now })];
  if (filter.status === "open") conditions.push(Prisma.sql`c.status <> 'CLOSED'`);
  else if (filter.status !== "all") conditions.push(Prisma.sql`c.status = ${filter.status}::"CaseStatus"`);
  if (filter.adviser) conditions.push(Prisma.sql`c."adviserId" = ${filter.adviser}`);
  if (filter.team) conditions.push(Prisma.sql`c."teamId" = ${filter.team}`);
  if (filter.country === NO_COUNTRY) conditions.push(Prisma.sql`c."destinationCountry" IS NULL`);
  else if (filter.country) conditions.push(Prisma.sql`c."destinationCountry" = ${filter.country}`);
  if (filter.dated === "departed" || filter.dated === "closed") {
    // The dashboard's bars: the cases its figure counted, by the same definition (lib/data/figures.ts).
    const period = { from: filter.from ?? "1900-01-01", to: filter.to ?? today };
    conditions.push(hasStandingChangeSql(filter.dated === "departed" ? "DEPARTED" : "CLOSED", period, filter.dated === "closed" ? filter.outcome : undefined));
  } else {
    if (filter.from) conditions.push(Prisma.sql`c."openedAt" >= ${utcParameter(startOfOfficeDay(filter.from))}`);
    if (filter.to) conditions.push(Prisma.sql`c."openedAt" < ${utcParameter(endOfOfficeDay(filter.to))}`);
  }
  if (filter.outcome && filter.dated !== "closed") conditions.push(Prisma.sql`c.outcome = ${filter.outcome}::"CaseOutcome"`);
  if (filter.needs) conditions.push(attentionSql(filter.needs, now));
  if (filter.overdue) conditions.push(overdueSql("c", today));
  const filters = Prisma.join(conditions, " AND ");
  const keyset = keysetSql(sort, filter.after ? decodeCursor(filter.after) : null);

  // A search has applied the filters to its hits already; the list only pages through them.
  const hits = search
    ? Prisma.sql`WITH ${hitsSql(search, filters)},
        h AS MATERIALIZED (SELECT "caseId", max(score)::real AS score FROM hits GROUP BY "caseId")`
    : Prisma.empty;
  // In relevance order the page is known from the hits alone: the keyset cuts the hits and
  // only that page's cases are fetched. Other orders need the cases' columns to page.
  const pagesHits = search !== null && sort === "relevance";
  const pageOfHits = pagesHits ? Prisma.sql`(SELECT * FROM h WHERE ${keyset} ORDER BY ${ORDER.relevance} LIMIT ${pageSize + 1}) h` : Prisma.sql`h`;
  const from = search ? Prisma.sql`${pageOfHits} JOIN "Case" c ON c.id = h."caseId"` : Prisma.sql`"Case" c`;
  const where = pagesHits ? Prisma.sql`TRUE` : search ? keyset : Prisma.sql`${filters} AND ${keyset}`;
  const score = search ? Prisma.sql`h.score` : Prisma.sql`NULL::real`;

  const query = Prisma.sql`${hits}
    SELECT p.*, a.name AS "adviserName", t.name AS "teamName", ${overdueSql("p", today)} AS "isOverdue"
    FROM (
      SELECT c.id, c."caseNumber", c."caseYear", c."caseSeq", c."firstName", c."lastName", c."birthDate", c.status::text AS status,
             c."statusSince", c."destinationCountry", c."updatedAt", c."adviserId", c."teamId", ${score} AS score
      FROM ${from}
      WHERE ${where}
      ORDER BY ${ORDER[sort]}
      LIMIT ${pageSize + 1}
    ) p
    LEFT JOIN "User" a ON a.id = p."adviserId"
    JOIN "Team" t ON t.id = p."teamId"
    ORDER BY ${PAGE_ORDER[sort]}`;
  return { query, sort, search };
}

export type CaseListPage = { rows: CaseListRow[]; nextCursor: string | null; sort: ResolvedSort; search: CaseSearch | null };

/**
 * The case list: search, filters, sort and keyset pagination, all from the
 * URL. Audited once per page as "case.list" with the view, not per row.
 */
export async function listCases(filter: CaseListFilter): Promise<CaseListPage> {
  const user = await authorize("case.read");
  const { query, sort, search } = buildCaseListQuery(user, filter);
  const db = getDb();
  const found = await db.$queryRaw<CaseListRow[]>(query);
  // The view, without the search text itself (a name or an identity number): only what kind of search it was.
  await recordAudit(db, auditActor(user), {
    action: "case.list",
    reason: JSON.stringify({ ...filter, q: search ? `[${search.kind}]` : undefined, count: Math.min(found.length, CASE_PAGE_SIZE) }),
  });
  const rows = found.slice(0, CASE_PAGE_SIZE);
  const last = rows.at(-1);
  return { rows, nextCursor: found.length > CASE_PAGE_SIZE && last ? encodeCursor(cursorOf(sort, last)) : null, sort, search };
}

/**
 * Choices for the list's filters: only the advisers and teams that have a case
 * the user may see. Every team used to be offered, so an adviser could pick
 * another team and get an empty list that read as "that team has no cases".
 * The scope is the list's own SQL condition: its grant look-ups run once per
 * statement, where Prisma's `some` repeated them for every case it tried
 * (90 ms a list at the scale seed, now about 30).
 */
export async function listCaseFilterOptions() {
  const user = await authorize("case.read");
  const db = getDb();
  const inScope = caseScopeSql(user);
  const [advisers, teams] = await Promise.all([
    db.$queryRaw<{ id: string; name: string }[]>`SELECT u.id, u.name FROM "User" u WHERE EXISTS (SELECT 1 FROM "Case" c WHERE c."adviserId" = u.id AND ${inScope}) ORDER BY u.name, u.id`,
    db.$queryRaw<{ id: string; name: string }[]>`SELECT t.id, t.name FROM "Team" t WHERE EXISTS (SELECT 1 FROM "Case" c WHERE c."teamId" = t.id AND ${inScope}) ORDER BY t.name, t.id`,
  ]);
  return { advisers, teams };
}
