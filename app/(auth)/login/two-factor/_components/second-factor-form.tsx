"use client";

import { useTranslations } from "next-intl";
import { OneTimeCodeForm } from "@/components/forms/one-time-code-form";
import { verifySecondFactorAction } from "../actions";

export function SecondFactorForm() {
  const t = useTranslations("twoFactor");
  return <OneTimeCodeForm action={verifySecondFactorAction} submitLabel={t("verify")} className="flex flex-col gap-4" field={{ inputMode: "text", hint: t("codeHint") }} />;
}
