// What a guidance search query means, word by word, before the database
// expands each word to the words of the guidance it stands for
// (lib/data/guidance.ts, searchArticles). Pure: no database.
//
// PostgreSQL's Swedish stemmer leaves definite and plural forms such as
// "avslaget", "bidraget" and "asylansökningen" as they are, so the search also
// strips those endings itself ("bases") and matches a base inside longer words
// (compounds: "bidrag" in "återvandringsbidrag"); trigram similarity takes one typo.

/** At most this many words of a query count; the rest is ignored. */
const MAX_WORDS = 8;

/** The words of a query: letters and digits, lower case, each once. */
export function queryWords(q: string): string[] {
  const words = q.toLocaleLowerCase("sv").match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS);
}

// Definite and plural endings of Swedish nouns, longest first.
const SWEDISH_ENDINGS = ["arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets", "ar", "er", "or", "en", "et", "na", "n", "t", "s"];
const MIN_BASE = 4;

/**
 * The forms a Swedish word may be an inflection of, the word itself first:
 * "avslaget" → ["avslaget", "avslag"], "asylansökningen" → [… "asylansökning",
 * "asylansökan"] (nouns in -an inflect as -ningen, -ningar).
 */
export function swedishBases(word: string): string[] {
  const bases = new Set([word]);
  for (const ending of SWEDISH_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_BASE) {
      const base = word.slice(0, -ending.length);
      bases.add(base);
      break;
    }
  }
  for (const base of [...bases]) {
    const ning = /^(.{3,})ning(ar|en|arna)?$/.exec(base);
    if (ning) bases.add(`${ning[1]}an`);
  }
  return [...bases];
}

/** One word of the guidance as a quoted tsquery operand (to_tsquery's syntax). */
function operand(word: string): string {
  return `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * The tsquery text: every query word must match (AND), each through any of the
 * guidance words it was expanded to (OR). Null when a word matched nothing.
 */
export function expandedTsQuery(groups: readonly (readonly string[])[]): string | null {
  if (groups.length === 0 || groups.some((group) => group.length === 0)) return null;
  return groups.map((group) => `(${group.map(operand).join(" | ")})`).join(" & ");
}
