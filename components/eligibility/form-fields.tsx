import type { ReactNode } from "react";
import { ComboboxField } from "@/components/ui/combobox-field";
import { MultiComboboxField } from "@/components/ui/multi-combobox-field";

// The eligibility form's own field components: ids derived from the posted names (so the
// error summary can link to any field), hints and errors tied to their input through
// aria-describedby, and one binding shape, so a part of the form states each field once.

/** Looks up the message for the error the last post left on a field, if any. */
export type ErrorFor = (name: string) => string | undefined;

/** What ties a field to the draft: its posted name, label, value, how it changes, its error. */
export type FieldBinding<T> = { name: string; label: string; value: T; onChange: (value: T) => void; error?: string };

/** Gives the binding of one key of a part of the draft. */
export type FieldBinder<D> = <K extends keyof D & string>(key: K) => FieldBinding<D[K]>;

/**
 * Bindings for one part of the draft (the case facts, or one person): each key's value,
 * the name it is posted as, its label (the message named like the key) and its error.
 */
export function fieldBinder<D extends object>(
  values: D,
  nameOf: (key: keyof D & string) => string,
  onChange: (change: Partial<D>) => void,
  errorFor: ErrorFor,
  labelOf: (key: keyof D & string) => string,
): FieldBinder<D> {
  return <K extends keyof D & string>(key: K): FieldBinding<D[K]> => {
    const name = nameOf(key);
    return {
      name,
      label: labelOf(key),
      value: values[key],
      onChange: (value) => onChange({ [key]: value } as unknown as Partial<D>),
      error: errorFor(name),
    };
  };
}

/** HTML ids without dots, so they also work in CSS selectors and URL fragments. */
export function fieldId(name: string): string {
  return `eligibility-${name.replaceAll(".", "-")}`;
}

export function describedBy(name: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${fieldId(name)}-hint` : null, hasError ? `${fieldId(name)}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

const INPUT = "w-full min-w-0 rounded-md border px-3 py-2 text-sm shadow-sm";
const borderFor = (error?: string) => (error ? "border-red-700" : "border-slate-400");

/** A hint or an error under a field, with the id that the field's aria-describedby names. */
export function FieldNote({ name, kind, text }: { name: string; kind: "hint" | "error"; text?: string }) {
  if (!text) return null;
  return (
    <p id={`${fieldId(name)}-${kind}`} className={kind === "error" ? "text-sm text-red-800" : "text-xs text-slate-600"}>
      {text}
    </p>
  );
}

function Labelled({ name, label, hint, error, children }: { name: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    // min-w-0: a grid cell may be narrower than its longest option, so the form fits 320 px.
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={fieldId(name)} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <FieldNote name={name} kind="hint" text={hint} />
      {children}
      <FieldNote name={name} kind="error" text={error} />
    </div>
  );
}

export function InputField({
  name,
  label,
  value,
  onChange,
  error,
  hint,
  type = "text",
  inputMode,
  autoComplete = "off",
}: FieldBinding<string> & { hint?: string; type?: "text" | "date"; inputMode?: "numeric" | "decimal" | "text"; autoComplete?: string }) {
  return (
    <Labelled name={name} label={label} hint={hint} error={error}>
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, Boolean(hint), Boolean(error))}
        className={`${INPUT} ${borderFor(error)}`}
      />
    </Labelled>
  );
}

export function SelectInput({ name, label, value, onChange, options, error }: FieldBinding<string> & { options: { value: string; label: string }[] }) {
  return (
    <Labelled name={name} label={label} error={error}>
      <select
        id={fieldId(name)}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, false, Boolean(error))}
        className={`${INPUT} bg-white ${borderFor(error)}`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A country chosen by its name with a type-ahead (the app's ComboboxField), its ISO code posted and kept in the draft. */
export function CountryField({ name, label, value, onChange, options, error }: FieldBinding<string> & { options: { value: string; label: string }[] }) {
  return <ComboboxField id={fieldId(name)} name={name} label={label} options={options} defaultValue={value} onValueChange={onChange} error={error} />;
}

/**
 * Countries chosen one by one by name (the app's MultiComboboxField), their ISO codes posted
 * and kept in the draft joined by commas ("SY, SE"), as splitCountryCodes reads them; before
 * JavaScript runs, a text field for the codes, with `plainHint` saying how to type them.
 */
export function CountriesField({
  name,
  label,
  value,
  onChange,
  options,
  error,
  hint,
  plainHint,
}: FieldBinding<string> & { options: { value: string; label: string }[]; hint?: string; plainHint?: string }) {
  return <MultiComboboxField id={fieldId(name)} name={name} label={label} options={options} defaultValue={value} onValueChange={onChange} error={error} hint={hint} plainHint={plainHint} />;
}

/** A tick box; set `alignEnd` in a grid row to line it up with the inputs beside it. */
export function CheckboxField({ name, label, value, onChange, error, alignEnd = false }: FieldBinding<boolean> & { alignEnd?: boolean }) {
  const field = (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input
          id={fieldId(name)}
          name={name}
          type="checkbox"
          value="true"
          checked={value}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, false, Boolean(error))}
          className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
        />
        <label htmlFor={fieldId(name)} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      <FieldNote name={name} kind="error" text={error} />
    </div>
  );
  return alignEnd ? <div className="flex items-end pb-2">{field}</div> : field;
}
