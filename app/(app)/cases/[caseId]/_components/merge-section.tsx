import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { CaseMergeState } from "@/lib/data/case-merge";
import { formatOfficeDateTime } from "@/lib/dates";
import { MergeForm } from "./merge-form";

/** On the case page: cases merged into this one, a merge waiting for a manager, or the form to propose one. */
export async function MergeSection({ caseId, state }: { caseId: string; state: CaseMergeState }) {
  const t = await getTranslations("caseRecord.merge");
  if (state.mergedFrom.length === 0 && !state.pending && !state.canPropose) return null;
  return (
    <div className="flex flex-col gap-3" data-testid="case-merges">
      {state.mergedFrom.map((merge) => (
        <Alert key={merge.caseId} tone="info">
          {t("mergedFrom", { number: merge.caseNumber, at: formatOfficeDateTime(merge.at), proposedBy: merge.proposedBy ?? "–", confirmedBy: merge.confirmedBy ?? "–" })}{" "}
          <span className="block">{t("reasonLine", { reason: merge.reason })}</span>
        </Alert>
      ))}
      {state.pending ? (
        <Alert tone="info">
          {t("pending", { name: state.pending.proposedBy, at: formatOfficeDateTime(state.pending.proposedAt), from: state.pending.fromCaseNumber, into: state.pending.intoCaseNumber })}
        </Alert>
      ) : null}
      {state.canPropose ? <MergeForm caseId={caseId} /> : null}
    </div>
  );
}
