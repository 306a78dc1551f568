import type { SelectHTMLAttributes } from "react";
import { controlClass, framed, type FieldProps } from "./field-frame";

/**
 * A labelled select. Why the `key`: React applies a select's `defaultValue`
 * only when the element mounts, and React 19 resets a form after its action
 * succeeds, which puts every select back on the option chosen at mount. After
 * a save the page would show the old value again and the next save would
 * write it back. Keying the element on its default value remounts it whenever
 * the server sends a new one, so the reset lands on what was saved. Every
 * select in the app goes through here, so the fix is in one place.
 */
export function SelectField({ options, ...field }: SelectHTMLAttributes<HTMLSelectElement> & FieldProps & { options: { value: string; label: string }[] }) {
  return framed(
    field,
    (error) => `bg-white ${controlClass(error)}`,
    (attributes) => (
      <select key={String(field.defaultValue ?? "")} {...attributes}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    ),
  );
}
