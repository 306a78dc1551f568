"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { exactOption, type Option } from "@/lib/choices";
import { FieldFrame, controlClass } from "./field-frame";
import { ComboboxInput, OptionList, fieldKey, useEnhanced, useOptionList, type ComboboxFieldProps } from "./option-list";
import { SelectField } from "./select-field";

/**
 * A choice from a long list (countries, nationalities, languages) by typing its
 * name in the interface language: the WAI-ARIA combobox with a list popup.
 * The code travels in a hidden input under `name`. Before JavaScript runs it is
 * the plain select it replaces, so the form works without it. An option with
 * the value "" is the empty choice; a typed name that matches no option is
 * sent as typed, so the server's "choose from the list" message comes back
 * with the text still in the field.
 */
export function ComboboxField(props: ComboboxFieldProps) {
  const { id, label, name, options, defaultValue = "", error, hint, className } = props;
  const enhanced = useEnhanced();
  if (!enhanced) return <SelectField {...{ id, label, name, defaultValue, error, hint, className }} options={withCurrent(options, defaultValue)} />;
  return <Combobox key={fieldKey(props)} {...props} />;
}

/** A stored value that is no longer offered still shows (as its code) instead of silently becoming another. */
function withCurrent(options: Option[], value: string): Option[] {
  return value && !options.some((option) => option.value === value) ? [...options, { value, label: value }] : options;
}

function Combobox({ label, name, options, defaultValue = "", error, hint, className = "", id: givenId, onValueChange }: ComboboxFieldProps) {
  const id = givenId ?? `field-${name}`;
  const choices = useMemo(() => options.filter((option) => option.value !== ""), [options]);
  const emptyLabel = options.find((option) => option.value === "")?.label;
  const labelOf = (value: string) => choices.find((option) => option.value === value)?.label ?? value;

  const [value, setStoredValue] = useState(defaultValue);
  const setValue = (next: string) => {
    setStoredValue(next);
    if (next !== value) onValueChange?.(next);
  };
  const [text, setText] = useState(defaultValue ? labelOf(defaultValue) : "");
  const inputRef = useRef<HTMLInputElement>(null);

  const choose = (option: Option) => {
    setValue(option.value);
    setText(option.label);
  };
  const list = useOptionList(choices, text, choose);

  /** What the typed text means when the user leaves the field: the exact name, nothing, or the text itself (refused by the server). */
  const settle = () => {
    list.close();
    const typed = text.trim();
    if (!typed) return setValue("");
    const exact = exactOption(choices, typed);
    if (exact) choose(exact);
    else setValue(typed);
  };

  /** Escape with the list closed empties the field. */
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Escape" && text) {
      event.preventDefault();
      setText("");
      setValue("");
    }
  };

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <div className="relative">
        <input type="hidden" name={name} value={value} />
        <ComboboxInput
          {...{ list, inputRef, id, hint, error, onKey }}
          onText={setText}
          onLeave={settle}
          placeholder={emptyLabel}
          value={text}
          className={`w-full bg-white ${controlClass(error)}`}
        />
        <OptionList list={list} label={label} query={text} inputRef={inputRef} isCurrent={(option) => option === value} />
      </div>
    </FieldFrame>
  );
}
