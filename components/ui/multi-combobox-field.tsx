"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { exactOption, postedChoices, splitChoices, type Option } from "@/lib/choices";
import { controlBoxClass, FieldFrame } from "./field-frame";
import { ComboboxInput, OptionList, fieldKey, useEnhanced, useOptionList, type ComboboxFieldProps } from "./option-list";
import { TextField } from "./field";

/**
 * Several choices from a long list (a person's citizenships) by typing each name in the
 * interface language: ComboboxField's list popup, each pick shown as a token with its own
 * "Remove …" button. Backspace in the empty input removes the last token. The values travel
 * in one hidden input under `name`, joined by commas ("SY, SE", lib/choices.ts). Before
 * JavaScript runs it is a text field of those values, with `plainHint` saying how to type
 * them. A typed name that matches no option is sent as typed after the chosen values, so the
 * server's message comes back with the text still in the field.
 */
export function MultiComboboxField({ plainHint, ...props }: ComboboxFieldProps & { /** The hint of the plain text field shown before JavaScript runs: how to type the values. */ plainHint?: string }) {
  const { id, label, name, defaultValue, error, hint, className } = props;
  const enhanced = useEnhanced();
  if (!enhanced) return <TextField {...{ id, label, name, defaultValue, error, className }} hint={plainHint ?? hint} autoComplete="off" />;
  return <MultiCombobox key={fieldKey(props)} {...props} />;
}

function MultiCombobox({ label, name, options, defaultValue = "", error, hint, className = "", id: givenId, onValueChange }: ComboboxFieldProps) {
  const t = useTranslations("forms");
  const id = givenId ?? `field-${name}`;
  const offered = useMemo(() => options.filter((option) => option.value !== ""), [options]);
  const labelOf = (value: string) => offered.find((option) => option.value === value)?.label ?? value;

  const [values, setValues] = useState(() => splitChoices(defaultValue, offered));
  const [text, setText] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  // What is chosen already is not offered again.
  const choices = useMemo(() => offered.filter((option) => !values.includes(option.value)), [offered, values]);

  // The form is told what it would post when a token comes or goes, or the input is left: not at each key.
  const [reported, setReported] = useState(defaultValue);
  const change = (nextValues: string[], nextText: string) => {
    setValues(nextValues);
    setText(nextText);
    const posted = postedChoices(nextValues, nextText, offered);
    if (posted === reported) return;
    setReported(posted);
    onValueChange?.(posted);
  };
  const add = (option: Option) => {
    change([...values, option.value], "");
    setAnnouncement(t("comboboxAdded", { label: option.label }));
  };
  const remove = (value: string) => {
    const rest = values.filter((chosen) => chosen !== value);
    change(rest, text);
    setAnnouncement(t("comboboxRemoved", { label: labelOf(value) }));
  };
  const list = useOptionList(choices, text, add);

  /** Leaving the field: a name typed in full becomes a token; other text stays, to be sent (and refused) as typed. */
  const settle = () => {
    list.close();
    const exact = exactOption(offered, text);
    if (exact && !values.includes(exact.value)) add(exact);
    else change(values, exact ? "" : text);
  };

  /** Backspace in the empty input removes the last token; Escape with the list closed empties the input. */
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = values.at(-1);
    if (event.key === "Backspace" && text === "" && last !== undefined) {
      event.preventDefault();
      remove(last);
    } else if (event.key === "Escape" && text) {
      event.preventDefault();
      change(values, "");
    }
  };

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      <div className="relative">
        <input type="hidden" name={name} value={postedChoices(values, text, offered)} />
        {/* One box like a text field: the tokens chosen, then the input for the next; the ring shows while the input has focus. */}
        <div
          className={`flex flex-wrap items-center gap-1 bg-white p-1 has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-brand-600 ${controlBoxClass(error)}`}
        >
          {values.length > 0 ? (
            <ul aria-label={t("comboboxChosen", { label })} className="flex min-w-0 flex-wrap gap-1">
              {values.map((value) => (
                <li key={value} className="inline-flex min-h-7 max-w-full items-center gap-0.5 rounded border border-brand-100 bg-brand-50 py-0.5 pr-0.5 pl-2 text-slate-900">
                  <span className="min-w-0">{labelOf(value)}</span>
                  <button
                    type="button"
                    aria-label={t("comboboxRemove", { label: labelOf(value) })}
                    onClick={() => {
                      remove(value);
                      inputRef.current?.focus();
                    }}
                    className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded text-slate-700 hover:bg-brand-100 hover:text-slate-900"
                  >
                    {/* A drawn cross, so the token's text is the name alone. */}
                    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
                      <path d="M6 6l12 12M18 6L6 18" />
                    </svg>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <ComboboxInput {...{ list, inputRef, id, hint, error, onKey }} onText={setText} onLeave={settle} value={text} className="min-w-32 flex-1 bg-transparent px-2 py-1 outline-hidden" />
        </div>
        <OptionList list={list} label={label} query={text} inputRef={inputRef} announcement={announcement} />
      </div>
    </FieldFrame>
  );
}
