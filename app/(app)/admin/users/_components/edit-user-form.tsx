"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SubmitRow } from "@/components/ui/button";
import { EditForm } from "@/components/ui/edit-form";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { Alert } from "@/components/ui/alert";
import { fieldErrorText, INITIAL_FORM_STATE } from "@/lib/form-state";
import { updateUserAction } from "../actions";
import { formField } from "@/components/ui/form-field";

type Props = {
  userId: string;
  initial: { name: string; role: string; teamId: string };
  teams: { id: string; name: string }[];
  roles: { value: string; label: string }[];
};

export function EditUserForm({ userId, initial, teams, roles }: Props) {
  const t = useTranslations("admin");
  const [state, action, isPending] = useActionState(updateUserAction.bind(null, userId), INITIAL_FORM_STATE);
  const values = state.values ?? initial;
  const error = fieldErrorText(state, t);
  return (
    <EditForm state={state} action={action} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3" noValidate>
      <div aria-live="polite" className="sm:col-span-3">
        {state.status === "success" ? <Alert tone="success">{t("saved")}</Alert> : null}
        {state.formError ? <Alert tone="error">{t(`errors.${state.formError}`)}</Alert> : null}
      </div>
      <TextField label={t("name")} name="name" defaultValue={values.name} error={error("name")} required />
      <SelectField label={t("role")} name="role" options={roles} defaultValue={values.role} error={error("role")} />
      <SelectField
        label={t("team")}
        {...formField("teamId", values, error)}
        options={[{ value: "", label: t("noTeam") }, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
      />
      <SubmitRow pending={isPending} className="sm:col-span-3">{t("save")}</SubmitRow>
    </EditForm>
  );
}
