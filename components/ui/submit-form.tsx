"use client";

import { useEffect, useId, useRef, useState, type FormHTMLAttributes, type ReactNode, type RefObject } from "react";
import { useTranslations } from "next-intl";

type SummaryItem = { href: string; text: string };
const NO_ITEMS: SummaryItem[] = [];

/**
 * The `<form>` of every form that answers with a state (issue 15): after an
 * answer, focus goes where the user needs it instead of dropping to `<body>`
 * (the submit button disables while saving, which takes focus away).
 * - An error: an error summary at the top of the form, whose items link to the
 *   fields in error, gets focus; without field errors, the form's own alert does.
 * - A success: the form's confirmation (its `role="status"` message) gets focus.
 * The summary is read from the fields themselves (each field in error carries
 * `aria-invalid` and its message under `<id>-error`, see field-frame.tsx), so
 * no form lists its fields twice. Values survive an error because every form
 * renders `state.values` as its defaults.
 */
export function SubmitForm({
  state,
  formRef,
  children,
  ...props
}: Omit<FormHTMLAttributes<HTMLFormElement>, "action"> & {
  action: string | ((formData: FormData) => void | Promise<void>);
  state?: { status: string };
  formRef?: RefObject<HTMLFormElement | null>;
  children: ReactNode;
}) {
  const ownRef = useRef<HTMLFormElement>(null);
  const ref = formRef ?? ownRef;
  const summary = useSubmitFocus(ref, state);
  return (
    <form ref={ref} {...props}>
      {summary.length ? <ErrorSummary items={summary} /> : null}
      {children}
    </form>
  );
}

/** Moves focus after an answer and returns the error summary's items (empty when there is none). */
export function useSubmitFocus(formRef: RefObject<HTMLFormElement | null>, state: { status: string } | undefined): SummaryItem[] {
  const [summary, setSummary] = useState<{ for: unknown; items: SummaryItem[] }>({ for: null, items: [] });

  useEffect(() => {
    const form = formRef.current;
    if (!form || !state || state.status === "idle") return;
    if (state.status === "success") {
      focusElement(form.querySelector<HTMLElement>('[role="status"]'));
      return;
    }
    if (state.status !== "error") return;
    const items = invalidFields(form);
    if (items.length === 0) {
      focusElement(form.querySelector<HTMLElement>('[role="alert"]') ?? form.querySelector<HTMLElement>("[aria-invalid='true']"));
      return;
    }
    // The summary renders first; the effect below focuses it. The state stores
    // which answer it belongs to, so a new answer never shows an old summary.
    setSummary({ for: state, items });
  }, [formRef, state]);

  const current = summary.for === state ? summary.items : NO_ITEMS;
  useEffect(() => {
    if (current.length) focusElement(formRef.current?.querySelector<HTMLElement>("[data-error-summary]") ?? null);
  }, [current, formRef]);
  return current;
}

function focusElement(element: HTMLElement | null) {
  if (!element) return;
  if (!element.matches("a, button, input, select, textarea, [tabindex]")) element.tabIndex = -1;
  element.focus();
}

/** One item per field in error: a group (radios, checkboxes) once, by its legend. */
function invalidFields(form: HTMLFormElement): SummaryItem[] {
  const items: SummaryItem[] = [];
  const seenErrors = new Set<string>();
  for (const control of form.querySelectorAll<HTMLElement>("[aria-invalid='true']")) {
    if (!control.id) continue;
    const errorId = (control.getAttribute("aria-describedby") ?? "").split(" ").find((id) => id.endsWith("-error"));
    const message = errorId ? document.getElementById(errorId)?.textContent?.trim() : undefined;
    if (!errorId || !message || seenErrors.has(errorId)) continue;
    seenErrors.add(errorId);
    // The field's name only: its message stands at the field, and is read with it when the link moves focus there.
    items.push({ href: `#${control.id}`, text: nameOf(control) });
  }
  return items;
}

function nameOf(control: HTMLElement): string {
  const group = control.closest("fieldset");
  const legend = group && (control.getAttribute("type") === "radio" || control.getAttribute("type") === "checkbox") ? group.querySelector("legend")?.textContent : null;
  if (legend) return legend.trim();
  const label = control.id ? control.ownerDocument.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent : null;
  return (label ?? control.getAttribute("aria-label") ?? "").trim();
}

/** The list of errors at the top of a form; each item moves focus to its field. */
function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const t = useTranslations("forms");
  const titleId = useId();
  return (
    <div data-error-summary tabIndex={-1} role="alert" aria-labelledby={titleId} className="mb-4 rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline focus:outline-2 focus:outline-offset-2 focus:outline-red-700">
      <h2 id={titleId} className="font-semibold">
        {t("errorSummaryTitle", { count: items.length })}
      </h2>
      <p>{t("errorSummaryIntro")}</p>
      <ul className="mt-1 list-disc pl-5">
        {items.map((item) => (
          <li key={item.href}>
            <a
              href={item.href}
              className="text-red-900 underline"
              onClick={(event) => {
                const field = document.getElementById(item.href.slice(1));
                if (!field) return;
                event.preventDefault();
                field.scrollIntoView({ block: "center" });
                field.focus();
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
