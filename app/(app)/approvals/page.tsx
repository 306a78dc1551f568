import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { authorize } from "@/lib/gate";
import { describeDecidedRequest, listPendingApprovals, type AccessChange } from "@/lib/data/approvals";
import { MERGE_KIND, type MergeChange } from "@/lib/data/case-merge";
import { formatOfficeDateTime } from "@/lib/dates";
import { decideApprovalAction } from "./actions";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("approvals");

const MERGE_REFUSALS = ["notFound", "targetNotFound", "sameCase", "alreadyMerged", "targetMerged", "otherTeam", "targetClosed"] as const;

type SearchParams = { error?: string; decided?: string; mergeRefused?: string; done?: string };

/**
 * The team's managers approve or refuse what needs a second person: changes
 * that would let someone read its cases (issue 12 H2), and merges of a person
 * registered twice (decision 019).
 */
export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await authorize("approval.decide");
  const { error, decided, mergeRefused } = await searchParams;
  const [pending, t, tRecord, tMerge, tRoles] = await Promise.all([
    listPendingApprovals(),
    getTranslations("approvals"),
    getTranslations("caseRecord.approvals"),
    getTranslations("caseRecord.merge"),
    getTranslations("roles"),
  ]);
  const decidedBefore = typeof decided === "string" ? await describeDecidedRequest(decided.slice(0, 64)) : null;
  const refusal = MERGE_REFUSALS.find((key) => key === mergeRefused);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div aria-live="polite" className="mb-4 flex flex-col gap-2">
        {error ? <Alert tone="error">{t("notFound")}</Alert> : null}
        {decidedBefore ? (
          <Alert tone="error">
            {tRecord("alreadyDecided", {
              name: decidedBefore.decidedBy ?? tRecord("someone"),
              decision: decidedBefore.approved ? tRecord("approved") : tRecord("refused"),
              at: decidedBefore.decidedAt ? formatOfficeDateTime(decidedBefore.decidedAt) : "–",
            })}
          </Alert>
        ) : null}
        {refusal ? <Alert tone="error">{tRecord("mergeRefused", { reason: tMerge(`errors.${refusal}`) })}</Alert> : null}
      </div>
      {pending.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {pending.map((request) => {
            const isMerge = request.kind === MERGE_KIND;
            const merge = request.change as MergeChange;
            const access = request.change as AccessChange;
            return (
              <li key={request.id} className="rounded border border-slate-300 p-4" data-kind={request.kind}>
                {isMerge ? (
                  <>
                    <p>{tRecord("caseMerge", { from: merge.fromCaseNumber, into: merge.intoCaseNumber })}</p>
                    <p className="mt-1 text-sm whitespace-pre-wrap">{tRecord("reasonLine", { reason: merge.reason })}</p>
                    <p className="mt-1 flex flex-wrap gap-4 text-sm">
                      <Link href={`/cases/${merge.fromCaseId}`} className="text-brand-700 underline">
                        {tRecord("openCase", { number: merge.fromCaseNumber })}
                      </Link>
                      <Link href={`/cases/${merge.intoCaseId}`} className="text-brand-700 underline">
                        {tRecord("openCase", { number: merge.intoCaseNumber })}
                      </Link>
                    </p>
                  </>
                ) : (
                  <p>{t("userAccess", { name: request.targetUser?.name ?? "–", email: request.targetUser?.email ?? "–", role: tRoles(access.role) })}</p>
                )}
                <p className="text-sm text-slate-600">{t("requestedBy", { name: request.requester.name, at: formatOfficeDateTime(request.createdAt) })}</p>
                <form action={decideApprovalAction.bind(null, request.id)} className="mt-3 flex flex-wrap items-end gap-3">
                  <label className="flex flex-col text-sm">
                    {t("reason")}
                    <input name="reason" maxLength={500} className="rounded border border-slate-400 px-2 py-1" />
                  </label>
                  <Button type="submit" name="decision" value="approve">{t("approve")}</Button>
                  <Button type="submit" name="decision" value="refuse" variant="danger">{t("refuse")}</Button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
