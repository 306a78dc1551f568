"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import type { EnrolmentState } from "@/lib/schemas/two-factor";

const INITIAL: EnrolmentState = { status: "idle" };

/** Start → scan the QR code (or type the key) → confirm with a code → note the recovery codes. */
/** The enrolment action comes from the page, so this shared form imports nothing from a route. */
export function TotpEnrolment({ action: enrol, continueHref }: { action: (prev: EnrolmentState, formData: FormData) => Promise<EnrolmentState>; continueHref?: string }) {
  const t = useTranslations("twoFactor");
  const [state, action, isPending] = useActionState(enrol, INITIAL);

  if (state.recoveryCodes) {
    return (
      <div className="flex flex-col gap-3" aria-live="polite">
        <Alert tone="success">{t("enabled")}</Alert>
        <p className="text-sm">{t("recoveryIntro")}</p>
        <ul aria-label={t("recoveryCodes")} className="grid grid-cols-2 gap-1 rounded-md bg-slate-100 p-3 font-mono text-sm">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {continueHref ? (
          <a href={continueHref} className={buttonClasses("primary")}>
            {t("continue")}
          </a>
        ) : null}
      </div>
    );
  }

  if (!state.qrDataUrl) {
    return (
      <form action={action}>
        <input type="hidden" name="step" value="start" />
        <Button type="submit" disabled={isPending}>
          {t("start")}
        </Button>
      </form>
    );
  }

  const key = state.fieldErrors?.code?.[0];
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="step" value="confirm" />
      <p className="text-sm">{t("scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL generated on the server */}
      <img src={state.qrDataUrl} alt={t("qrAlt")} width={180} height={180} className="rounded border border-slate-200" />
      <p className="text-sm">
        {t("manualKey")} <code className="break-all rounded bg-slate-100 px-1 font-mono">{state.secret}</code>
      </p>
      <TextField label={t("code")} name="code" autoComplete="one-time-code" inputMode="numeric" error={key ? t(`errors.${key}`) : undefined} />
      <Button type="submit" disabled={isPending}>
        {t("confirm")}
      </Button>
    </form>
  );
}
