import type { SelectHTMLAttributes } from "react";

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
  options,
  className = "",
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  error?: string;
  options: { value: string; label: string }[];
}) {
  const id = props.id ?? `field-${name}`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        key={String(props.defaultValue ?? "")}
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`rounded-md border bg-white px-3 py-2 text-sm shadow-sm ${error ? "border-red-700" : "border-slate-400"}`}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
