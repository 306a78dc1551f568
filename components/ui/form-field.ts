/**
 * What a field of a form takes from the form's answer: its name, the value the
 * answer echoes back (so nothing typed is lost on an error) and its error.
 */
export function formField(name: string, values: Partial<Record<string, string>>, error: (name: string) => string | undefined) {
  return { name, defaultValue: values[name], error: error(name) };
}

/** The same for a group of radios: the echoed choice, or none. */
export function formChoice(name: string, values: Partial<Record<string, string>>, error: (name: string) => string | undefined) {
  const value = values[name];
  return { name, defaultValue: value ? [value] : [], error: error(name) };
}
