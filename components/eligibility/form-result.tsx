import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { INTENTS, draftFromFormValues, type EligibilityFormState } from "@/lib/eligibility-form";
import { EligibilityResults } from "./eligibility-results";

// The result part of the eligibility form: the buttons that send it, what they say about
// the result shown, and the result itself with what a screen reader is told about it.

/**
 * "Calculate", and "save" once a result matches what is typed (a case's check; the
 * calculator never saves). An edit after the calculation asks for a new one first.
 */
export function FormSubmitButtons({ isPending, canSave, hasResult, isStale }: { isPending: boolean; canSave: boolean; hasResult: boolean; isStale: boolean }) {
  const t = useTranslations("eligibility.form");
  const offersSave = canSave && hasResult;
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="intent" value={INTENTS.calculate} disabled={isPending}>
          {isPending ? t("calculating") : t("calculate")}
        </Button>
        {offersSave && !isStale ? (
          <Button type="submit" name="intent" value={INTENTS.save} disabled={isPending}>
            {t("save")}
          </Button>
        ) : null}
      </div>
      {offersSave && isStale ? <Alert tone="info">{t("staleResult")}</Alert> : null}
      {offersSave && !isStale ? <p className="text-sm text-slate-700">{t("previewNotSaved")}</p> : null}
    </>
  );
}

/** The last calculation's results (dimmed once the form is edited) and the announcements. */
export function FormResults({ state, isStale, announcement }: { state: EligibilityFormState; isStale: boolean; announcement: string }) {
  const t = useTranslations("eligibility");
  const results = state.results ?? [];
  // Near a change of rules there is one result per rule set; the one in force is the answer.
  const shownResult = results.find((result) => result.ruleSet.inForceOnApplicationDate) ?? results[0];
  const memberLabels = draftFromFormValues(state.values ?? {}).members.map((member) => member.label || null);
  return (
    <>
      <p aria-live="polite" className="sr-only">
        {announcement || (shownResult && !isStale ? t("form.resultReady", { outcome: t(`result.outcome.${shownResult.outcome}`) }) : "")}
      </p>
      {state.ruleChangeOn && results.length === 1 ? <Alert tone="info">{t("compare.ruleChangeNear", { date: state.ruleChangeOn })}</Alert> : null}
      {results.length > 0 ? (
        <div className={isStale ? "opacity-60" : undefined}>
          <EligibilityResults results={results} memberLabels={memberLabels} />
        </div>
      ) : null}
    </>
  );
}
