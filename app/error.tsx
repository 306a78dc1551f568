"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * What a page shows when it failed after it had loaded (a server action that
 * met a database outage answers 503: server/unavailable.ts). Says so plainly
 * and offers to try again; the details are in the server log.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("app");
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="mb-4 text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mb-4" role="alert">
        {t("errorBody")}
      </p>
      <Button onClick={() => reset()}>{t("unavailableRetry")}</Button>
    </main>
  );
}
