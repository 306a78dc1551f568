import type { TextareaHTMLAttributes } from "react";
import { FieldFrame, controlClass, fieldAria } from "./field-frame";

/** A labelled multi-line input; hint and error are tied to it by aria-describedby. */
export function TextareaField({
  label,
  name,
  error,
  hint,
  className = "",
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string; hint?: string }) {
  const id = props.id ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <textarea name={name} {...fieldAria(id, { hint, error })} className={controlClass(error)} {...props} id={id} />
    </FieldFrame>
  );
}
