import { getTranslations } from "next-intl/server";
import { getReturnPlan } from "@/lib/data/plan-steps";
import { isoOfDbDate } from "@/lib/dates";
import { officeToday } from "@/lib/dates";
import { AddPlanStepForm } from "./_components/add-plan-step-form";
import { PlanStepForm } from "./_components/plan-step-form";
import { addPlanStepAction, updatePlanStepAction } from "./actions";
import { pageTitle } from "@/i18n/page-title";
import { PageSection, Panel } from "@/components/ui/section";
import { openCasePage } from "../open-case-page";
import { DefinitionList } from "@/components/ui/definition-list";

export const generateMetadata = pageTitle("plan");

const STATUS_BADGE: Record<string, string> = {
  NOT_STARTED: "border-slate-400 bg-white text-slate-800",
  IN_PROGRESS: "border-amber-600 bg-amber-50 text-amber-900",
  DONE: "border-green-700 bg-green-50 text-green-900",
  NOT_APPLICABLE: "border-slate-300 bg-slate-100 text-slate-700",
};

export default async function PlanPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: plan, t } = await openCasePage(params, getReturnPlan, "plan");
  const tc = await getTranslations("casework");
  const today = officeToday();
  const { summary } = plan;
  const day = (date: Date) => isoOfDbDate(date);
  return (
    <PageSection id="plan-heading" title={t("title")} intro={t("intro")}>
      <Panel id="plan-progress-heading" title={t("progress")}>
        {summary.total === 0 ? (
          <p className="text-sm text-slate-700">{t("noPlan")}</p>
        ) : (
          <>
            <p className="mt-1 text-sm">{t("progressText", { done: summary.done, applicable: summary.total - summary.notApplicable, percent: summary.percentDone })}</p>
            <div className="mt-2 h-3 w-full max-w-md overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
              <div className="h-full bg-green-700" style={{ width: `${summary.percentDone}%` }} />
            </div>
            <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
              <li>{t("count.IN_PROGRESS", { count: summary.inProgress })}</li>
              <li>{t("count.NOT_STARTED", { count: summary.notStarted })}</li>
              <li>{t("count.NOT_APPLICABLE", { count: summary.notApplicable })}</li>
              {summary.overdue > 0 ? <li className="font-semibold text-red-800">{t("count.overdue", { count: summary.overdue })}</li> : null}
            </ul>
          </>
        )}
      </Panel>

      {!plan.canEdit && plan.caseStatus === "CLOSED" ? <p className="text-sm text-slate-700">{tc("caseClosedReadOnly")}</p> : null}

      <ol className="flex flex-col gap-4">
        {plan.steps.map((step) => {
          const dueOn = step.dueOn ? isoOfDbDate(step.dueOn) : "";
          const isOverdue = dueOn !== "" && dueOn < today && (step.status === "NOT_STARTED" || step.status === "IN_PROGRESS");
          return (
            <li key={step.id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-3">
                <h3 className="text-base font-semibold">{t(`kinds.${step.kind}.title`)}</h3>
                <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${STATUS_BADGE[step.status]}`}>{t(`statuses.${step.status}`)}</span>
                {isOverdue ? <span className="text-xs font-semibold text-red-800">{t("overdue")}</span> : null}
              </div>
              <p className="text-sm text-slate-700">{t(`kinds.${step.kind}.description`)}</p>
              {plan.canEdit ? (
                <PlanStepForm
                  kind={step.kind}
                  action={updatePlanStepAction.bind(null, caseId, step.id)}
                  initial={{ status: step.status, dueOn, note: step.note, savedAt: step.updatedAt.toISOString() }}
                />
              ) : (
                <DefinitionList
                  className="grid gap-1 text-sm sm:grid-cols-[10rem_1fr]"
                  items={[
                    { term: t("dueOn"), value: step.dueOn ? day(step.dueOn) : "–" },
                    { term: t("note"), value: step.note || "–", valueClassName: "whitespace-pre-wrap" },
                  ]}
                />
              )}
            </li>
          );
        })}
      </ol>

      {plan.canEdit && plan.missingKinds.length > 0 ? <AddPlanStepForm action={addPlanStepAction.bind(null, caseId)} kinds={plan.missingKinds} /> : null}
    </PageSection>
  );
}
