import { FieldError } from "./field-frame";

/**
 * A group of checkboxes or radio buttons in a fieldset: the legend names the
 * group, and the hint and error are read with it.
 */
export function ChoiceGroup({
  legend,
  name,
  type,
  options,
  defaultValue,
  error,
  hint,
  idPrefix,
  className = "",
  columns = false,
}: {
  legend: string;
  name: string;
  type: "checkbox" | "radio";
  options: { value: string; label: string; description?: string }[];
  /** The checked values. */
  defaultValue?: readonly string[];
  error?: string;
  hint?: string;
  /** Keeps ids unique when the same field appears in several forms on a page. */
  idPrefix?: string;
  className?: string;
  /** Options side by side on wide screens. */
  columns?: boolean;
}) {
  const id = `${idPrefix ?? "field"}-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const checked = new Set(defaultValue ?? []);
  return (
    <fieldset
      className={`flex flex-col gap-2 ${className}`}
      aria-describedby={describedBy}
      // A radio group in error says so as a group too (checkbox options carry it one by one).
      role={type === "radio" ? "radiogroup" : undefined}
      aria-invalid={type === "radio" && error ? true : undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className={columns ? "grid gap-2 sm:grid-cols-2 lg:grid-cols-4" : "flex flex-col gap-2"}>
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-2">
              <input
                // Keyed on whether it starts checked, as SelectField is keyed on its value: React resets a form after
                // its action, which puts an option back as it was at mount; remounting on a new default makes the reset
                // land on what the server sent back (a ticked topic stays ticked after a refused save).
                key={String(checked.has(option.value))}
                id={optionId}
                type={type}
                name={name}
                value={option.value}
                defaultChecked={checked.has(option.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={[option.description ? `${optionId}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined}
                className={`mt-0.5 h-4 w-4 shrink-0 accent-brand-600 ${error ? "outline outline-1 outline-red-700" : ""}`}
              />
              <div className="flex flex-col">
                <label htmlFor={optionId} className="text-sm text-slate-900">
                  {option.label}
                </label>
                {/* Outside the label, so the option's name stays short and the meaning is read as its description. */}
                {option.description ? (
                  <span id={`${optionId}-description`} className="text-xs text-slate-600">
                    {option.description}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
