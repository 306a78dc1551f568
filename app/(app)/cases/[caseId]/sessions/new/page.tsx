import { getLocale } from "next-intl/server";
import { getNewSessionDefaults } from "@/lib/data/counselling-sessions";
import { languageOptions } from "@/lib/languages";
import { officeDateAndTime } from "@/lib/dates";
import { SessionForm } from "../_components/session-form";
import { createSessionAction } from "../actions";
import { BackLink } from "@/components/ui/back-link";
import { pageTitle } from "@/i18n/page-title";
import { openCasePage } from "../../open-case-page";

export const generateMetadata = pageTitle("counselling", "newSession");

export default async function NewSessionPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: defaults, t } = await openCasePage(params, getNewSessionDefaults, "counselling");
  const locale = await getLocale();
  const now = officeDateAndTime(new Date());
  return (
    <section aria-labelledby="new-session-heading" className="flex flex-col gap-4">
      <BackLink href={`/cases/${caseId}/sessions`}>{t("backToList")}</BackLink>
      <h2 id="new-session-heading" className="text-xl font-semibold">
        {t("newSession")}
      </h2>
      <SessionForm
        action={createSessionAction.bind(null, caseId)}
        initial={{
          date: now.date,
          time: "",
          durationMinutes: "60",
          mode: "IN_PERSON",
          interpreterLanguage: defaults.interpreterLanguage ?? "",
          isInterpreterBooked: "",
          topics: "",
        }}
        languages={languageOptions(locale)}
        submitLabel={t("save")}
        nextStepRows={3}
      />
    </section>
  );
}
