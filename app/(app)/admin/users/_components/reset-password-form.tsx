"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { resetPasswordAction, type UserFormState } from "../actions";
import { SubmitForm } from "@/components/ui/submit-form";

const INITIAL: UserFormState = { status: "idle" };

export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations("admin");
  const [state, action, isPending] = useActionState(resetPasswordAction.bind(null, userId), INITIAL);
  return (
    <SubmitForm state={state} action={action} className="flex flex-col gap-2">
      <div aria-live="polite">
        {state.temporaryPassword ? (
          <Alert tone="success">
            {t("passwordReset")} <strong className="font-mono">{state.temporaryPassword}</strong>
          </Alert>
        ) : null}
      </div>
      <Button type="submit" variant="secondary" disabled={isPending}>
        {t("resetPassword")}
      </Button>
    </SubmitForm>
  );
}
