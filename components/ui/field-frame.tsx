import type { ReactNode } from "react";

/** The ids and aria attributes that tie a control to its hint and error. */
export function fieldAria(id: string, { hint, error }: { hint?: string; error?: string }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, "aria-invalid": error ? (true as const) : undefined, "aria-describedby": describedBy };
}

/** The box of a text-like control, its border red when in error. */
export const controlBoxClass = (error?: string) => `rounded-md border text-sm shadow-sm ${error ? "border-red-700" : "border-slate-400"}`;

/** A text-like control: the box, and room around the text. */
export const controlClass = (error?: string) => `px-3 py-2 ${controlBoxClass(error)}`;

/**
 * What every field around its control shares: the label, the hint under it,
 * and the error after it, with the ids `fieldAria` points the control at.
 * Text, multi-line and select fields all render through here.
 */
export function FieldFrame({ id, label, hint, error, className = "", children }: { id: string; label: string; hint?: string; error?: string; className?: string; children: ReactNode }) {
  return (
    // min-w-0: in a grid or a row of filters the field may be narrower than its longest option (reflow at 320 px).
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** What every framed field takes beside its control's own attributes. */
export type FieldProps = { label: string; name: string; error?: string; hint?: string; className?: string };

/**
 * A field whose control is one element: its frame, and the attributes to
 * spread on the control (the name, the id, from the name unless given, its
 * ties to the hint and error, its class, then the caller's own attributes).
 */
export function framed<A extends { id?: string }>(field: FieldProps & A, controlClassName: (error?: string) => string, control: (attributes: Omit<A, keyof FieldProps> & { id: string; name: string; className: string }) => ReactNode) {
  const { label, name, error, hint, className = "", ...props } = field;
  const id = props.id ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {control({ name, ...fieldAria(id, { hint, error }), className: controlClassName(error), ...props, id })}
    </FieldFrame>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="text-sm text-red-800">
      {error}
    </p>
  ) : null;
}
