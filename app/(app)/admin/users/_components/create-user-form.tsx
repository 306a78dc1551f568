"use client";

import { useActionState } from "react";
import { fieldErrorText } from "@/lib/form-state";
import { useTranslations } from "next-intl";
import { SubmitRow } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { Alert } from "@/components/ui/alert";
import { createUserAction, type UserFormState } from "../actions";
import { SubmitForm } from "@/components/ui/submit-form";

const INITIAL: UserFormState = { status: "idle" };

export function CreateUserForm({ teams, roles }: { teams: { id: string; name: string }[]; roles: { value: string; label: string }[] }) {
  const t = useTranslations("admin");
  const [state, action, isPending] = useActionState(createUserAction, INITIAL);
  const error = fieldErrorText(state, t);
  const values = state.status === "success" ? {} : (state.values ?? {});
  return (
    <SubmitForm state={state} action={action} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2" noValidate>
      <h2 className="text-lg font-semibold sm:col-span-2">{t("createUser")}</h2>
      <div aria-live="polite" className="sm:col-span-2">
        {state.status === "success" && state.temporaryPassword ? (
          <Alert tone="success">
            {t("created", { email: state.createdEmail ?? "" })} <strong className="font-mono">{state.temporaryPassword}</strong>
            {state.awaitingApproval ? <span className="block">{t("createdAwaitingApproval")}</span> : null}
          </Alert>
        ) : null}
      </div>
      <TextField key={`name-${state.status}`} label={t("name")} name="name" defaultValue={values.name} error={error("name")} required />
      <TextField key={`email-${state.status}`} label={t("email")} name="email" type="email" defaultValue={values.email} error={error("email")} required />
      <SelectField key={`role-${state.status}`} label={t("role")} name="role" options={roles} defaultValue={values.role ?? "ADVISER"} error={error("role")} />
      <SelectField
        key={`team-${state.status}`}
        label={t("team")}
        name="teamId"
        options={[{ value: "", label: t("noTeam") }, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
        defaultValue={values.teamId ?? teams[0]?.id ?? ""}
        error={error("teamId")}
      />
      <SubmitRow pending={isPending} className="sm:col-span-2">{t("createUser")}</SubmitRow>
    </SubmitForm>
  );
}
