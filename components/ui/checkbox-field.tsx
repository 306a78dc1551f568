import type { InputHTMLAttributes } from "react";
import { FieldError, fieldAria } from "./field-frame";

/** One labelled checkbox; it sends "on" when checked and nothing when not. */
export function CheckboxField({
  label,
  name,
  error,
  className = "",
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: string; name: string; error?: string }) {
  const id = props.id ?? `field-${name}`;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <div className="flex items-center gap-2">
        <input
          // Keyed on its default, as ChoiceGroup's options: a form reset after a refused save lands on what the server sent back.
          key={String(props.defaultChecked ?? "")}
          type="checkbox"
          name={name}
          {...fieldAria(id, { error })}
          className="h-4 w-4 accent-brand-600"
          {...props}
        />
        <label htmlFor={id} className="text-sm text-slate-900">
          {label}
        </label>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
