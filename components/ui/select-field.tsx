import type { SelectHTMLAttributes } from "react";
import { FieldFrame, controlClass, fieldAria } from "./field-frame";

/**
 * A labelled select. Why the `key`: React applies a select's `defaultValue`
 * only when the element mounts, and React 19 resets a form after its action
 * succeeds, which puts every select back on the option chosen at mount. After
 * a save the page would show the old value again and the next save would
 * write it back. Keying the element on its default value remounts it whenever
 * the server sends a new one, so the reset lands on what was saved. Every
 * select in the app goes through here, so the fix is in one place.
 */
export function SelectField({
  label,
  name,
  error,
  hint,
  options,
  className = "",
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
  options: { value: string; label: string }[];
}) {
  const id = props.id ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <select key={String(props.defaultValue ?? "")} name={name} {...fieldAria(id, { hint, error })} className={`bg-white ${controlClass(error)}`} {...props} id={id}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
