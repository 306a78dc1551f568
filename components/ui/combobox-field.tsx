"use client";

import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { FieldFrame, controlClass, fieldAria } from "./field-frame";
import { SelectField } from "./select-field";

type Option = { value: string; label: string };

/** Lower case without diacritics, so "ostr" finds "Österrike" and "cote" "Côte d'Ivoire". */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();

/** Options whose name (or a word of it) starts with the query come first, then those that contain it, then a code match. */
export function matchOptions(options: Option[], query: string): Option[] {
  const q = fold(query.trim());
  if (!q) return options;
  const starts: Option[] = [];
  const words: Option[] = [];
  const contains: Option[] = [];
  for (const option of options) {
    const label = fold(option.label);
    if (label.startsWith(q)) starts.push(option);
    else if (label.split(/[\s(),-]+/).some((word) => word.startsWith(q))) words.push(option);
    else if (label.includes(q) || fold(option.value) === q) contains.push(option);
  }
  return [...starts, ...words, ...contains];
}

/**
 * A choice from a long list (countries, nationalities, languages) by typing its
 * name in the interface language: the WAI-ARIA combobox with a list popup.
 * The code travels in a hidden input under `name`. Before JavaScript runs it is
 * the plain select it replaces, so the form works without it. An option with
 * the value "" is the empty choice; a typed name that matches no option is
 * sent as typed, so the server's "choose from the list" message comes back
 * with the text still in the field.
 */
export function ComboboxField({
  label,
  name,
  options,
  defaultValue = "",
  error,
  hint,
  className = "",
  id: givenId,
  onValueChange,
}: {
  label: string;
  name: string;
  options: Option[];
  defaultValue?: string;
  error?: string;
  hint?: string;
  className?: string;
  id?: string;
  /** For a form that keeps its values in React state (the eligibility form): told each time the chosen code changes. */
  onValueChange?: (value: string) => void;
}) {
  // False on the server and while hydrating, true once this browser runs the component.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!enhanced) return <SelectField id={givenId} label={label} name={name} options={withCurrent(options, defaultValue)} defaultValue={defaultValue} error={error} hint={hint} className={className} />;
  // Keyed like SelectField: a new value from the server (after a save) starts the field afresh. A field whose form holds
  // its value in state is not: the value it reports comes straight back as its default, and a remount would take its focus.
  return <Combobox key={onValueChange ? "in-state" : defaultValue} {...{ label, name, options, defaultValue, error, hint, className, givenId, onValueChange }} />;
}

const noSubscription = () => () => {};

/** A stored value that is no longer offered still shows (as its code) instead of silently becoming another. */
function withCurrent(options: Option[], value: string): Option[] {
  return value && !options.some((option) => option.value === value) ? [...options, { value, label: value }] : options;
}

function Combobox({
  label,
  name,
  options,
  defaultValue,
  error,
  hint,
  className,
  givenId,
  onValueChange,
}: {
  label: string;
  name: string;
  options: Option[];
  defaultValue: string;
  error?: string;
  hint?: string;
  className: string;
  givenId?: string;
  onValueChange?: (value: string) => void;
}) {
  const t = useTranslations("forms");
  const id = givenId ?? `field-${name}`;
  const listId = `${useId()}-list`;
  const choices = useMemo(() => options.filter((option) => option.value !== ""), [options]);
  const emptyLabel = options.find((option) => option.value === "")?.label;
  const labelOf = (value: string) => choices.find((option) => option.value === value)?.label ?? value;

  const [value, setStoredValue] = useState(defaultValue);
  const setValue = (next: string) => {
    setStoredValue(next);
    if (next !== value) onValueChange?.(next);
  };
  const [text, setText] = useState(defaultValue ? labelOf(defaultValue) : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const matches = useMemo(() => matchOptions(choices, text).slice(0, 50), [choices, text]);

  useEffect(() => {
    if (open && active >= 0) listRef.current?.children[active]?.scrollIntoView({ block: "nearest" });
  }, [open, active]);

  const choose = (option: Option) => {
    setValue(option.value);
    setText(option.label);
    setOpen(false);
    setActive(-1);
  };

  /** What the typed text means when the user leaves the field: the exact name, nothing, or the text itself (refused by the server). */
  const settle = () => {
    setOpen(false);
    setActive(-1);
    const typed = text.trim();
    if (!typed) return setValue("");
    const exact = choices.find((option) => fold(option.label) === fold(typed) || fold(option.value) === fold(typed));
    if (exact) choose(exact);
    else setValue(typed);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (matches.length ? (current + step + matches.length) % matches.length : -1));
    } else if (event.key === "Enter" && open && active >= 0 && matches[active]) {
      // Enter picks the highlighted name; it does not submit the form.
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text) {
        event.preventDefault();
        setText("");
        setValue("");
      }
    }
  };

  const aria = fieldAria(id, { hint, error });
  const statusText = open ? (matches.length ? t("comboboxMatches", { count: matches.length }) : t("comboboxNoMatch", { query: text })) : "";

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <div className="relative">
        <input type="hidden" name={name} value={value} />
        <input
          ref={inputRef}
          {...aria}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          autoComplete="off"
          placeholder={emptyLabel}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            // A click on an option lands in the list: leave the choice to it.
            if (!listRef.current?.contains(event.relatedTarget as Node | null)) settle();
          }}
          onClick={() => setOpen(true)}
          className={`w-full bg-white ${controlClass(error)}`}
        />
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
                choose(option);
                inputRef.current?.focus();
              }}
              className={`cursor-pointer px-3 py-1.5 ${index === active ? "bg-brand-700 text-white" : option.value === value ? "font-semibold" : ""} hover:bg-brand-50 hover:text-slate-900`}
            >
              {option.label}
            </li>
          ))}
        </ul>
        <p aria-live="polite" className="sr-only">
          {statusText}
        </p>
      </div>
    </FieldFrame>
  );
}
