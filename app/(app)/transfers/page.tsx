import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { authorize } from "@/lib/gate";
import { listTransfers } from "@/lib/data/team-transfers";
import { decideTransferAction } from "./actions";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("workflow.transfers");

const ERRORS = ["adviserRequired", "adviserNotInTeam", "notFound", "stale", "reasonTooLong", "selectionInvalid"] as const;

/** Transfers between teams (docs/decisions/023): those waiting for this team's decision, and the team's history both ways. */
export default async function TransfersPage({ searchParams }: { searchParams: Promise<{ error?: string; done?: string }> }) {
  await authorize("case.transfer.decide");
  const params = await searchParams;
  const error = ERRORS.find((key) => key === params.error);
  const done = params.done === "accepted" || params.done === "refused" ? params.done : null;
  const [transfers, t, tErrors] = await Promise.all([listTransfers(), getTranslations("workflow.transfers"), getTranslations("workflow.errors")]);
  const when = (date: Date) => formatOfficeDateTime(date);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div aria-live="polite" className="mb-4">
        {error ? <Alert tone="error">{tErrors(error)}</Alert> : null}
        {done ? <Alert tone="success">{t(done)}</Alert> : null}
      </div>
      <Section id="incoming-heading" title={t("incoming")} className="mb-8" headingClassName="mb-3">
        {transfers.incoming.length === 0 ? (
          <p className="text-slate-700">{t("noIncoming")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {transfers.incoming.map((request) => (
              <li key={request.id} className="rounded-lg border border-slate-300 bg-white p-4">
                <p className="font-medium">{t("request", { number: request.caseNumber, team: request.fromTeam, name: request.requesterName, date: when(request.createdAt) })}</p>
                <p className="text-sm text-slate-700">{t("requestReason", { reason: request.reason })}</p>
                {request.isOwnRequest ? (
                  <p className="mt-2 text-sm text-slate-700">{t("ownRequest")}</p>
                ) : (
                  <form action={decideTransferAction.bind(null, request.id)} className="mt-3 flex flex-wrap items-end gap-3">
                    <SelectField
                      id={`adviser-${request.id}`}
                      label={t("adviser")}
                      name="adviserId"
                      options={[{ value: "", label: "–" }, ...transfers.advisers.map((a) => ({ value: a.id, label: a.name }))]}
                    />
                    <label className="flex flex-col gap-1 text-sm font-medium text-slate-900" htmlFor={`reason-${request.id}`}>
                      {t("decisionReason")}
                      <input id={`reason-${request.id}`} name="reason" maxLength={500} className="rounded-md border border-slate-400 px-3 py-2 font-normal" />
                    </label>
                    <Button type="submit" name="decision" value="accept">
                      {t("accept")}
                    </Button>
                    <Button type="submit" name="decision" value="refuse" variant="danger">
                      {t("refuse")}
                    </Button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="history-heading" title={t("history")} headingClassName="mb-3">
        {transfers.history.length === 0 ? (
          <p className="text-slate-700">{t("noHistory")}</p>
        ) : (
          <Table caption={t("caption")} headers={[t("columns.case"), t("columns.direction"), t("columns.from"), t("columns.to"), t("columns.requested"), t("columns.state"), t("columns.decided")]}>
            {transfers.history.map((row) => (
              <tr key={row.id}>
                <RowHeader className="whitespace-nowrap font-mono font-medium">{row.caseNumber}</RowHeader>
                <Cell>{t(`directions.${row.direction}`)}</Cell>
                <Cell>{row.fromTeam}</Cell>
                <Cell>{row.toTeam}</Cell>
                <Cell>
                  {when(row.createdAt)} · {row.requesterName}
                </Cell>
                <Cell>
                  {t(`states.${row.state}`)}
                  {row.decisionReason && row.decisionReason !== "stale" ? <span className="block text-xs text-slate-700">{row.decisionReason}</span> : null}
                </Cell>
                <Cell>{row.decidedAt ? t("decidedBy", { date: when(row.decidedAt), name: row.decidedByName ?? "–" }) : "–"}</Cell>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}
