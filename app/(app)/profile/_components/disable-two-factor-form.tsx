"use client";

import { useTranslations } from "next-intl";
import { OneTimeCodeForm } from "@/components/forms/one-time-code-form";
import { disableTwoFactorAction } from "../actions";

export function DisableTwoFactorForm() {
  const t = useTranslations("twoFactor");
  return (
    <OneTimeCodeForm action={disableTwoFactorAction} submitLabel={t("disable")} variant="danger" className="flex max-w-sm flex-col gap-3" field={{ id: "disable-code", inputMode: "numeric" }} />
  );
}
