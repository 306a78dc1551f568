import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { authorize } from "@/lib/gate";
import { listPendingApprovals, type AccessChange } from "@/lib/data/approvals";
import { decideApprovalAction } from "./actions";
import { formatOfficeDateTime } from "@/lib/dates";

export async function generateMetadata() {
  const t = await getTranslations("approvals");
  return { title: t("title") };
}

/** The team's managers approve or refuse changes that would let someone read its cases (issue 12 H2). */
export default async function ApprovalsPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  await authorize("approval.decide");
  const { error } = await searchParams;
  const [pending, t, tRoles] = await Promise.all([listPendingApprovals(), getTranslations("approvals"), getTranslations("roles")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {error ? <p role="alert" className="mb-4 text-red-700">{t("notFound")}</p> : null}
      {pending.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {pending.map((request) => {
            const change = request.change as AccessChange;
            return (
              <li key={request.id} className="rounded border border-slate-300 p-4">
                <p>{t("userAccess", { name: request.targetUser?.name ?? "–", email: request.targetUser?.email ?? "–", role: tRoles(change.role) })}</p>
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
