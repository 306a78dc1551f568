// Ranking of possible duplicates before intake. Pure: the data layer finds the
// rows (same identity number, or the same birth date and a similar name, in a
// case or a household), this module decides their order and how strong each
// match is.

/** Trigram similarity (pg_trgm) from which two names with the same birth date count as "similar". */
export const NAME_SIMILARITY_THRESHOLD = 0.3;

export type DuplicateMatchKind = "identityNumber" | "nameAndBirthDate";

export type DuplicateRow = {
  caseId: string;
  /** The person matched: the case's own person or one of its household members. */
  matchedPerson: "CASE" | "MEMBER";
  isIdentityMatch: boolean;
  /** 0…1, pg_trgm similarity of "first last" in lower case. */
  nameSimilarity: number;
  isOpen: boolean;
};

export function matchKind(row: Pick<DuplicateRow, "isIdentityMatch">): DuplicateMatchKind {
  return row.isIdentityMatch ? "identityNumber" : "nameAndBirthDate";
}

/**
 * One entry per case, strongest match first: an identity number beats a name;
 * the case's own person beats a household member; open cases before closed
 * ones (an open case is the likelier mistake); then by name similarity.
 */
export function rankDuplicates<T extends DuplicateRow>(rows: readonly T[]): T[] {
  const score = (row: T) => [row.isIdentityMatch ? 1 : 0, row.matchedPerson === "CASE" ? 1 : 0, row.isOpen ? 1 : 0, row.nameSimilarity] as const;
  const compare = (a: T, b: T) => {
    const [x, y] = [score(a), score(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (y[i] as number) - (x[i] as number);
    return a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0;
  };
  const best = new Map<string, T>();
  for (const row of [...rows].sort(compare)) if (!best.has(row.caseId)) best.set(row.caseId, row);
  return [...best.values()];
}

/** Whether the adviser has confirmed every candidate now found (new ones appear after a change of name or date). */
export function hasConfirmedAll(candidateCaseIds: readonly string[], confirmedCaseIds: readonly string[]): boolean {
  const confirmed = new Set(confirmedCaseIds);
  return candidateCaseIds.every((id) => confirmed.has(id));
}
