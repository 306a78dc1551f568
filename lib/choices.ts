// Choosing from a long list by typing a name (components/ui's ComboboxField and
// MultiComboboxField): which options a typed text finds, and how several chosen values
// travel in one form field. Pure and browser-safe.

export type Option = { value: string; label: string };

/** Lower case without diacritics, so "oster" finds "Österrike" and "cote" "Côte d'Ivoire". */
export const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();

/** Options whose name (or a word of it) starts with the query come first, then those that contain it, then a code match. */
export function matchOptions(options: readonly Option[], query: string): Option[] {
  const q = fold(query.trim());
  if (!q) return [...options];
  const starts: Option[] = [];
  const words: Option[] = [];
  const contains: Option[] = [];
  for (const option of options) {
    const label = fold(option.label);
    if (label.startsWith(q)) starts.push(option);
    else if (label.split(/[\s(),-]+/).some((word) => word.startsWith(q))) words.push(option);
    else if (label.includes(q) || fold(option.value) === q) contains.push(option);
  }
  return [...starts, ...words, ...contains];
}

/** The option a typed text names exactly, by its name or its code, whatever the case and accents. */
export function exactOption(options: readonly Option[], typed: string): Option | undefined {
  const q = fold(typed.trim());
  return q ? options.find((option) => fold(option.label) === q || fold(option.value) === q) : undefined;
}

// Several choices are posted as one field, their values joined by commas ("SY, SE"): the shape
// a field of codes typed by hand had, so whoever reads the field reads both the same way.

export function joinChoices(values: readonly string[]): string {
  return values.join(", ");
}

/**
 * A stored or posted field back into its values: each piece matched to an option's value
 * whatever its case ("sy" → "SY"), a piece no option has kept as it is, duplicates dropped.
 */
export function splitChoices(text: string, options: readonly Option[]): string[] {
  const values = text
    .split(",")
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => options.find((option) => option.value !== "" && fold(option.value) === fold(piece))?.value ?? piece);
  return [...new Set(values)];
}

/**
 * What a field of several choices posts: the chosen values, then the text typed but not
 * picked, as the value of the option it names exactly (a name typed in full and the form
 * sent with Enter) or else as typed, so the server refuses it and the text stays in the field.
 */
export function postedChoices(values: readonly string[], typed: string, options: readonly Option[]): string {
  const text = typed.trim();
  const pending = text ? (exactOption(options, text)?.value ?? text) : "";
  return joinChoices(pending && !values.includes(pending) ? [...values, pending] : values);
}
