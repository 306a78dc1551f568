"use client";

import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type ChangeEvent, type FocusEvent, type InputHTMLAttributes, type KeyboardEvent, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { matchOptions, type Option } from "@/lib/choices";
import { fieldAria } from "./field-frame";

// The list popup that ComboboxField and MultiComboboxField share (the WAI-ARIA combobox
// with a listbox popup): the options the typed text finds, the one highlighted, the keys
// that move through them, and the list itself with its spoken count. Each field keeps its
// own input and what a pick means to it.

const noSubscription = () => () => {};

/** False on the server and while hydrating, true once this browser runs the component: until then a field is the plain control it replaces. */
export function useEnhanced(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/** What a field that chooses from a list by typing is given (ComboboxField, MultiComboboxField). */
export type ComboboxFieldProps = {
  label: string;
  name: string;
  options: Option[];
  /** The chosen value as the field posts it. */
  defaultValue?: string;
  error?: string;
  hint?: string;
  className?: string;
  id?: string;
  /** For a form that keeps its values in React state (the eligibility form): told each time the posted value changes. */
  onValueChange?: (value: string) => void;
};

/**
 * A field's default value is read when it mounts. Keyed on it, as SelectField is, a new value from the server (after a
 * save) starts the field afresh. A field whose form holds its value in state is not: the value it reports comes straight
 * back as its default, and a remount would take its focus.
 */
export const fieldKey = ({ defaultValue = "", onValueChange }: ComboboxFieldProps) => (onValueChange ? "in-state" : defaultValue);

export type OptionListState = ReturnType<typeof useOptionList>;

/** The list's state for the options `choices` offers to the text `query`; `onPick` is told the option chosen by Enter or a click. */
export function useOptionList(choices: readonly Option[], query: string, onPick: (option: Option) => void) {
  const listId = `${useId()}-list`;
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = useMemo(() => matchOptions(choices, query).slice(0, 50), [choices, query]);

  useEffect(() => {
    if (open && active >= 0) listRef.current?.children[active]?.scrollIntoView({ block: "nearest" });
  }, [open, active]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (option: Option) => {
    close();
    onPick(option);
  };

  /** The arrows move through the list, Enter picks the highlighted option (instead of sending the form), Escape closes the list. Answers whether the key was used. */
  const onListKey = (event: KeyboardEvent<HTMLInputElement>): boolean => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (matches.length ? (current + step + matches.length) % matches.length : -1));
      return true;
    }
    const highlighted = open && active >= 0 ? matches[active] : undefined;
    if (event.key === "Enter" && highlighted) {
      event.preventDefault();
      pick(highlighted);
      return true;
    }
    if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
      return true;
    }
    return false;
  };

  /**
   * What the field's text input needs to be the list's combobox: its ARIA, typing that shows the list afresh (the field
   * keeps the text: `onText`), the keys the list does not use (`onKey`), and `onLeave` when focus goes elsewhere than to
   * the list (a click on an option makes the choice itself).
   */
  const inputProps = (field: { onText: (text: string) => void; onKey: (event: KeyboardEvent<HTMLInputElement>) => void; onLeave: () => void }) =>
    ({
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": open,
      "aria-controls": listId,
      "aria-activedescendant": open && active >= 0 ? `${listId}-${active}` : undefined,
      autoComplete: "off",
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        field.onText(event.currentTarget.value);
        setOpen(true);
        setActive(-1);
      },
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        if (!onListKey(event)) field.onKey(event);
      },
      onBlur: (event: FocusEvent<HTMLInputElement>) => {
        if (!document.getElementById(listId)?.contains(event.relatedTarget as Node | null)) field.onLeave();
      },
      onClick: () => setOpen(true),
    }) as const;

  return { listId, listRef, open, active, matches, close, pick, inputProps };
}

type InputField = Parameters<OptionListState["inputProps"]>[0];

/** The field's text input as the list's combobox (`inputProps`), described by the field's hint and error. */
export function ComboboxInput({
  list,
  inputRef,
  id,
  hint,
  error,
  onText,
  onKey,
  onLeave,
  ...props
}: Pick<InputHTMLAttributes<HTMLInputElement>, "value" | "placeholder" | "className"> &
  InputField & { list: OptionListState; inputRef: RefObject<HTMLInputElement | null>; id: string; hint?: string; error?: string }) {
  return <input ref={inputRef} {...fieldAria(id, { hint, error })} {...list.inputProps({ onText, onKey, onLeave })} type="text" {...props} />;
}

/**
 * The listbox under a combobox's input, and a polite live region that says how many
 * options the text finds (or, with the list closed, the field's own `announcement`).
 */
export function OptionList({
  list,
  label,
  query,
  inputRef,
  isCurrent = () => false,
  announcement = "",
}: {
  list: OptionListState;
  label: string;
  query: string;
  inputRef: RefObject<HTMLInputElement | null>;
  isCurrent?: (value: string) => boolean;
  announcement?: string;
}) {
  const t = useTranslations("forms");
  const { listId, listRef, open, active, matches } = list;
  const status = open ? (matches.length ? t("comboboxMatches", { count: matches.length }) : t("comboboxNoMatch", { query })) : announcement;
  return (
    <>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open || matches.length === 0}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg"
      >
        {matches.map((option, index) => (
          // The keyboard works through the input (aria-activedescendant); the click is for the mouse.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={option.value}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            tabIndex={-1}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              list.pick(option);
              inputRef.current?.focus();
            }}
            className={`cursor-pointer px-3 py-1.5 ${index === active ? "bg-brand-700 text-white" : isCurrent(option.value) ? "font-semibold" : ""} hover:bg-brand-50 hover:text-slate-900`}
          >
            {option.label}
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
    </>
  );
}
