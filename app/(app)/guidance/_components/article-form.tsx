"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConflictPanel } from "@/components/ui/conflict-panel";
import { EditForm } from "@/components/ui/edit-form";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";

import { ARTICLE_FIELDS, type ArticleFormState } from "./form-state";
import { formatOfficeDateTime } from "@/lib/dates";
import { BODY_MAX, SLUG_MAX, SOURCES_MAX, TITLE_MAX } from "@/lib/schemas/form-constants";
import { formField } from "@/components/ui/form-field";

type Props = {
  action: (prev: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
  /** The form's starting values as strings; `version` only when editing. */
  initial: Record<string, string>;
  isNew: boolean;
  cancelHref: string;
  owners: { id: string; name: string }[];
  topics: { value: string; label: string }[];
};

const INITIAL: ArticleFormState = { status: "idle" };

/**
 * The administrators' editor, with and without JavaScript. Errors come back
 * from the server tied to their fields; everything typed is kept, and on a
 * conflict the newer saved text is shown above the form to compare with.
 */
export function ArticleForm({ action, initial, isNew, cancelHref, owners, topics }: Props) {
  const t = useTranslations("guidance.editor");
  const tErrors = useTranslations("guidance.errors");
  const [state, formAction, isPending] = useActionState(action, INITIAL);
  const values = state.values ?? initial;
  const conflict = state.conflict;
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status !== "error") return;
    const invalid = state.fieldErrors ? document.querySelector<HTMLElement>("#article-form [aria-invalid='true']") : null;
    (invalid ?? alertRef.current)?.focus();
  }, [state]);

  const error = (name: string) => {
    const key = state.fieldErrors?.[name]?.[0];
    return key ? tErrors(key) : undefined;
  };
  const errorCount = Object.values(state.fieldErrors ?? {}).filter((messages) => messages?.length).length;

  const ownerName = (id: string) => owners.find((owner) => owner.id === id)?.name ?? t("noOwner");
  const shown = (field: (typeof ARTICLE_FIELDS)[number], from: Record<string, string>): string => {
    const value = from[field] ?? "";
    if (field === "topic") return topics.find((topic) => topic.value === value)?.label ?? value;
    if (field === "ownerId") return ownerName(value);
    if (field === "isPublished") return value === "on" ? t("published") : t("notPublished");
    return value || t("empty");
  };
  const changedByThem = conflict ? ARTICLE_FIELDS.filter((field) => (conflict.current[field] ?? "") !== (values[field] ?? "")) : [];

  return (
    <EditForm state={state} id="article-form" action={formAction} className="flex flex-col gap-6" noValidate>
      <div aria-live="polite" ref={alertRef} tabIndex={-1} className="flex flex-col gap-3 focus:outline-none">
        {state.status === "error" && conflict ? (
          <ConflictPanel
            title={t("conflictTitle")}
            body={t("conflictBody", { who: conflict.changedBy ?? t("conflictSomeone"), when: conflict.changedAt ? formatOfficeDateTime(new Date(conflict.changedAt)) : "" })}
          >
            {changedByThem.length ? (
              <div className="flex flex-col gap-3">
                <p>{t("conflictCompare")}</p>
                {changedByThem.map((field) => (
                  <div key={field} className="rounded border border-red-200 bg-white p-3 text-slate-900">
                    <h3 className="font-semibold">{t(`fields.${field}`)}</h3>
                    <p className="mt-1 text-xs font-medium text-slate-700">{t("conflictTheirs")}</p>
                    <p className="whitespace-pre-wrap break-words" data-testid={`conflict-${field}`}>
                      {shown(field, conflict.current)}
                    </p>
                  </div>
                ))}
              </div>
            ) : (
              <p>{t("conflictSame")}</p>
            )}
            <p>{t("conflictKept")}</p>
          </ConflictPanel>
        ) : null}
        {state.status === "error" && state.formError && !conflict ? <Alert tone="error">{tErrors(state.formError)}</Alert> : null}
        {state.status === "error" && errorCount ? <Alert tone="error">{t("formHasErrors", { count: errorCount })}</Alert> : null}
      </div>

      {values.version !== undefined ? <input type="hidden" name="version" value={values.version} /> : null}

      <div className="grid gap-4 sm:grid-cols-2">
        {isNew ? (
          <TextField label={t("fields.slug")} name="slug" defaultValue={values.slug} error={error("slug")} hint={t("slugHint", { max: SLUG_MAX })} required />
        ) : null}
        <SelectField label={t("fields.topic")} name="topic" options={topics} defaultValue={values.topic} error={error("topic")} />
        <TextField label={t("fields.titleSv")} name="titleSv" lang="sv" defaultValue={values.titleSv} error={error("titleSv")} hint={t("titleHint", { max: TITLE_MAX })} required />
        <TextField label={t("fields.titleEn")} name="titleEn" lang="en" defaultValue={values.titleEn} error={error("titleEn")} hint={t("titleHint", { max: TITLE_MAX })} required />
      </div>
      <TextareaField
        label={t("fields.bodySv")}
        {...formField("bodySv", values, error)}
        lang="sv"
        rows={14}
        hint={t("bodyHint", { max: BODY_MAX })}
        required
      />
      <TextareaField
        label={t("fields.bodyEn")}
        {...formField("bodyEn", values, error)}
        lang="en"
        rows={14}
        hint={t("bodyHint", { max: BODY_MAX })}
        required
      />
      <TextareaField label={t("fields.sources")} name="sources" rows={4} defaultValue={values.sources} error={error("sources")} hint={t("sourcesHint", { max: SOURCES_MAX })} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.ownerId")}
          name="ownerId"
          options={[{ value: "", label: t("noOwner") }, ...owners.map((owner) => ({ value: owner.id, label: owner.name }))]}
          defaultValue={values.ownerId ?? ""}
          error={error("ownerId")}
        />
        <CheckboxField label={t("fields.isPublished")} name="isPublished" defaultChecked={values.isPublished === "on"} error={error("isPublished")} className="self-end" />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending}>
          {isNew ? t("create") : t("save")}
        </Button>
        <Link href={cancelHref} className="text-sm text-brand-700 underline">
          {t("cancel")}
        </Link>
      </div>
    </EditForm>
  );
}
