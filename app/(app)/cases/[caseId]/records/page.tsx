import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { authorize } from "@/lib/gate";
import { can } from "@/lib/permissions";
import { getCase } from "@/lib/data/cases";
import { getLegalHold } from "@/lib/data/legal-hold";
import { getArchiveTransfer } from "@/lib/data/archive-export";
import { formatOfficeDay } from "@/lib/dates";
import { RecordsReasonForm } from "./_components/records-reason-form";
import { archiveTransferAction, legalHoldAction } from "./actions";
import { pageTitle } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("records");

/**
 * The case's records duties: its legal hold (retention passes a held case
 * by), a person's own data (registerutdrag, GDPR art. 15) and the case's
 * archive package. The two downloads are plain GET forms and links: they work
 * without JavaScript, and the route handlers check, audit and refuse.
 */
export default async function RecordsPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const user = await authorize("case.legalHold");
  const mayExport = can(user.role, "case.extract");
  const [found, hold, transfer] = await Promise.all([getCase(caseId), getLegalHold(caseId), mayExport ? getArchiveTransfer(caseId) : null]);
  if (!found) notFound();
  const t = await getTranslations("records");
  const tRelation = await getTranslations("householdRelation");
  const people = [
    { value: "", label: t("mainPerson", { name: `${found.fields.firstName} ${found.fields.lastName}` }) },
    ...found.household.map((member) => ({ value: member.id, label: `${member.firstName} ${member.lastName} (${tRelation(member.relation)})` })),
  ];
  return (
    <div className="flex min-w-0 flex-col gap-8">
      <Section id="hold-heading" title={t("holdTitle")} className="flex flex-col gap-3">
        <p className="max-w-prose text-sm text-slate-700">{t("holdIntro")}</p>
        {hold ? (
          <p className="max-w-prose rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950" data-testid="legal-hold">
            {t("heldSince", { date: formatOfficeDay(hold.since), by: hold.byName ?? "–" })} <span className="font-medium">{hold.reason}</span>
          </p>
        ) : (
          <p className="text-sm text-slate-800">{t("notHeld")}</p>
        )}
        <RecordsReasonForm
          action={legalHoldAction.bind(null, caseId, hold === null)}
          field="reason"
          labelKey={hold ? "releaseReason" : "holdReason"}
          hintKey={hold ? undefined : "holdReasonHint"}
          buttonKey={hold ? "releaseHold" : "setHold"}
          secondary={hold !== null}
          maxLength={500}
        />
      </Section>

      {mayExport ? (
        <Section id="extract-heading" title={t("extractTitle")} className="flex flex-col gap-3">
          <p className="max-w-prose text-sm text-slate-700">{t("extractIntro")}</p>
          <form method="get" action={`/api/cases/${caseId}/extract`} className="grid w-full max-w-xl min-w-0 gap-3 [&>*]:min-w-0 [&_select]:max-w-full">
            <SelectField label={t("person")} name="member" options={people} defaultValue="" />
            <SelectField
              label={t("language")}
              name="lang"
              options={[
                { value: "sv", label: "Svenska" },
                { value: "en", label: "English" },
              ]}
              defaultValue="sv"
            />
            <CheckboxField label={t("includeFiles")} name="files" value="1" />
            <div>
              <Button type="submit">{t("makeExtract")}</Button>
            </div>
          </form>
        </Section>
      ) : null}

      {mayExport ? (
        <Section id="archive-heading" title={t("archiveTitle")} className="flex flex-col gap-3">
          <p className="max-w-prose text-sm text-slate-700">{t("archiveIntro")}</p>
          <p>
            <a href={`/api/cases/${caseId}/archive`} className="text-brand-700 underline" download>
              {t("makeArchive")}
            </a>
          </p>
          <h3 className="text-base font-semibold">{t("transferTitle")}</h3>
          {transfer ? (
            <p className="max-w-prose text-sm text-slate-800" data-testid="archive-transfer">
              {t("transferredOn", { date: formatOfficeDay(transfer.at), by: transfer.byName ?? "–" })}
              {transfer.coversLastEntry ? null : <span className="font-medium"> {t("transferOutdated")}</span>}
            </p>
          ) : (
            <p className="max-w-prose text-sm text-slate-700">{t("transferIntro")}</p>
          )}
          {transfer?.coversLastEntry ? null : (
            <RecordsReasonForm
              action={archiveTransferAction.bind(null, caseId)}
              field="reference"
              labelKey="transferReference"
              hintKey="transferReferenceHint"
              buttonKey="recordTransfer"
              maxLength={200}
            />
          )}
        </Section>
      ) : null}
    </div>
  );
}
