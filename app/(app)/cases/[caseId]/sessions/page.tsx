import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Cell, Table } from "@/components/ui/table";
import { listCounsellingSessions } from "@/lib/data/counselling-sessions";
import { languageName } from "@/lib/languages";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { PageSection } from "@/components/ui/section";
import { openCasePage } from "../open-case-page";

export const generateMetadata = pageTitle("counselling");

export default async function SessionsPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: result, t } = await openCasePage(params, listCounsellingSessions, "counselling");
  const tc = await getTranslations("casework");
  const tm = await getTranslations("clientMaterial");
  const locale = await getLocale();
  const { sessions } = result;
  const isOpen = result.case.status !== "CLOSED";
  return (
    <PageSection
      id="sessions-heading"
      title={t("title")}
      intro={t("intro")}
      gap="gap-4"
      actions={
        isOpen ? (
          <Link href={`/cases/${caseId}/sessions/new`} className={buttonClasses("primary")}>
            {t("newSession")}
          </Link>
        ) : null
      }
    >
      {!isOpen ? <p className="text-sm text-slate-700">{tc("caseClosedReadOnly")}</p> : null}
      {sessions.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <Table caption={t("title")} headers={[t("columns.when"), t("columns.length"), t("columns.mode"), t("columns.topics"), t("columns.interpreter"), t("columns.nextSteps")]}>
          {sessions.map((session) => (
            <tr key={session.id}>
              <Cell className="whitespace-nowrap">
                <Link href={`/cases/${caseId}/sessions/${session.id}`} className="text-brand-700 underline">
                  {formatOfficeDateTime(session.startsAt)}
                </Link>
              </Cell>
              <Cell>{t("minutes", { count: session.durationMinutes })}</Cell>
              <Cell>{tc(`modes.${session.mode}`)}</Cell>
              <Cell>{session.topics.map((topic) => tc(`topics.${topic}`)).join(", ")}</Cell>
              <Cell>
                {session.interpreterLanguage
                  ? `${languageName(session.interpreterLanguage, locale)}${session.interpreterDialect ? ` (${session.interpreterDialect})` : ""} (${session.isInterpreterBooked ? t("booked") : t("notBooked")}${session.interpreterMode ? `, ${tm(`interpreterModes.${session.interpreterMode}`).toLowerCase()}` : ""})`
                  : "–"}
              </Cell>
              <Cell>{session._count.tasks}</Cell>
            </tr>
          ))}
        </Table>
      )}
    </PageSection>
  );
}
