import type { TextareaHTMLAttributes } from "react";
import { controlClass, framed, type FieldProps } from "./field-frame";

/** A labelled multi-line input; hint and error are tied to it by aria-describedby. */
export function TextareaField(field: TextareaHTMLAttributes<HTMLTextAreaElement> & FieldProps) {
  return framed(field, controlClass, (attributes) => <textarea {...attributes} />);
}
