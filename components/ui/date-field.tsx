"use client";

import { useRef, type InputHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { controlClass, framed, type FieldProps } from "./field-frame";

/**
 * A date typed the way the adviser types it ("2026-12-05", "5/12",
 * "20261205"; lib/schemas/date-field reads every one), with the browser's own
 * calendar beside it. The text input is the field the form sends, so the form
 * works without JavaScript; the calendar only writes an ISO day into it.
 */
export function DateField(field: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & FieldProps) {
  const t = useTranslations("forms");
  const textRef = useRef<HTMLInputElement>(null);
  const pick = (iso: string) => {
    const input = textRef.current;
    if (!input || !iso) return;
    // Through the native setter and an input event, so the form sees a change (unsaved-changes mark, React).
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, iso);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  };
  return framed(
    field,
    (error) => `min-w-0 flex-1 ${controlClass(error)}`,
    (attributes) => (
      <div className="flex items-stretch gap-2">
        <input ref={textRef} inputMode="numeric" autoComplete="off" {...attributes} />
        {/* Out of the tab order: the text field takes every typed form, so a keyboard user never needs the
            calendar, and its three segments would sit between the date and the next field. */}
        <input
          type="date"
          tabIndex={-1}
          aria-label={t("pickDate")}
          title={t("pickDate")}
          className="w-11 shrink-0 cursor-pointer rounded-md border border-slate-400 bg-white px-1 text-sm text-transparent [&::-webkit-calendar-picker-indicator]:m-0 [&::-webkit-calendar-picker-indicator]:cursor-pointer"
          onChange={(event) => pick(event.currentTarget.value)}
        />
      </div>
    ),
  );
}
