import type { InputHTMLAttributes } from "react";
import { controlClass, framed, type FieldProps } from "./field-frame";

/**
 * A labelled input with its hint and error tied to it by aria-describedby, so
 * screen readers read the message with the field.
 */
export function TextField(field: InputHTMLAttributes<HTMLInputElement> & FieldProps) {
  return framed(field, controlClass, (attributes) => <input {...attributes} />);
}
