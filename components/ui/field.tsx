import type { InputHTMLAttributes } from "react";
import { FieldFrame, controlClass, fieldAria } from "./field-frame";

/**
 * A labelled input with its hint and error tied to it by aria-describedby, so
 * screen readers read the message with the field.
 */
export function TextField({
  label,
  name,
  error,
  hint,
  className = "",
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string }) {
  const id = props.id ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <input name={name} {...fieldAria(id, { hint, error })} className={controlClass(error)} {...props} id={id} />
    </FieldFrame>
  );
}
