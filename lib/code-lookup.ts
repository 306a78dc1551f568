// A closed list of codes (countries, languages) named in the reader's language
// by the runtime's own CLDR data (Intl.DisplayNames). Countries and languages
// differ only in their list, the kind of name and a few names of their own,
// so both are built here. Browser-safe.

export type CodeLookup<C extends string> = {
  isCode(value: string): value is C;
  /** The code's name in the locale; an unknown code comes back as it is. */
  name(code: string, locale: string): string;
  /** Every code as { value, label }, sorted by its name in the locale, for select fields. */
  options(locale: string): { value: C; label: string }[];
};

export function codeLookup<C extends string>(
  codes: readonly C[],
  type: "region" | "language",
  /** Names CLDR gives too vaguely, by code and then two-letter locale. */
  ownNames: Record<string, Record<string, string>> = {},
): CodeLookup<C> {
  const codeSet: ReadonlySet<string> = new Set(codes);
  const displayNames = new Map<string, Intl.DisplayNames>();
  const name = (code: string, locale: string): string => {
    const own = ownNames[code]?.[locale.slice(0, 2)];
    if (own) return own;
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type, fallback: "code" });
      displayNames.set(locale, names);
    }
    return names.of(code) ?? code;
  };
  return {
    isCode: (value): value is C => codeSet.has(value),
    name,
    options(locale) {
      const collator = new Intl.Collator(locale);
      return codes.map((code) => ({ value: code, label: name(code, locale) })).sort((a, b) => collator.compare(a.label, b.label));
    },
  };
}
