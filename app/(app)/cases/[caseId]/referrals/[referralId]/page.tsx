import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { OverdueBadge, ReferralStatusBadge } from "@/components/referrals/referral-badges";
import { getReferral } from "@/lib/data/referrals";
import { getCase } from "@/lib/data/cases";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { listDecisionCorrections } from "@/lib/data/referral-decisions";
import { decisionStatusPath } from "@/lib/cases/decision-status";
import { REFERRAL_DECISIONS } from "@/lib/referrals/status-machine";
import { countryName } from "@/lib/countries";
import { formatOfficeDay, formatOfficeDateTime, officeToday } from "@/lib/dates";
import { ConsentForm, DecisionForm, StatusChangeForm } from "../_components/referral-forms";
import { DecisionCorrectionForm } from "../_components/decision-correction-form";
import { changeReferralStatusAction, recordConsentAction } from "../actions";
import { correctDecisionAction } from "../decision-actions";
import { formatPhone } from "@/lib/phone";
import { Confirmation } from "@/components/ui/confirmation";
import { SelectField } from "@/components/ui/select-field";
import { Alert } from "@/components/ui/alert";
import { BackLink } from "@/components/ui/back-link";
import { pageTitle } from "@/i18n/page-title";
import { PageSection, Panel, Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("referrals", "detailTitle");


function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
      <dt className="text-sm font-medium text-slate-800">{term}</dt>
      <dd className="text-sm whitespace-pre-wrap">{children}</dd>
    </div>
  );
}

/** What the last save was, from the address a saving form redirects to. */
const SAVED_MESSAGES = { consent: "consentSaved", status: "statusChanged", decision: "decisionSaved" } as const;

type Props = { params: Promise<{ caseId: string; referralId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReferralPage({ params, searchParams }: Props) {
  const { caseId, referralId } = await params;
  const { saved, caseStatus: movedTo } = await searchParams;
  const savedMessage = typeof saved === "string" && saved in SAVED_MESSAGES ? SAVED_MESSAGES[saved as keyof typeof SAVED_MESSAGES] : null;
  const [referral, kase] = await Promise.all([getReferral(referralId), getCase(caseId)]);
  const tProtected = await getTranslations("protectedIdentity");
  // A referral reached through another case's address is as missing as one out of scope.
  if (!referral || referral.caseId !== caseId) notFound();
  const format = await getFormatter();
  const t = await getTranslations("referrals");
  const tRecord = await getTranslations("caseRecord.decision");
  const tCaseStatus = await getTranslations("caseStatus");
  const corrections = await listDecisionCorrections(referralId);
  const statusOffers = REFERRAL_DECISIONS.map((decision) => ({ decision, path: decisionStatusPath(referral.caseStatus, decision) })).filter((offer) => offer.path.length > 0);
  const describeDecision = (decision: { decision: string; decidedOn: string; decisionAmountSek: number | null; agencyReference: string | null }) =>
    [
      t(`decisions.${decision.decision}`),
      decision.decidedOn,
      decision.decisionAmountSek === null ? null : format.number(decision.decisionAmountSek, { style: "currency", currency: "SEK", maximumFractionDigits: 0 }),
      decision.agencyReference ? tRecord("reference", { reference: decision.agencyReference }) : null,
    ]
      .filter(Boolean)
      .join(", ");
  const tOrganisations = await getTranslations("organisations");
  const locale = await getLocale();
  // Days arrive as ISO strings, which is how the office writes them.
  const formatDay = (iso: string | null) => iso ?? "–";
  const today = officeToday();
  const statusAction = changeReferralStatusAction.bind(null, caseId, referralId);
  const organisation = referral.organisation;

  return (
    <PageSection
      id="referral-heading"
      title={t("typeTo", { type: t(`types.${referral.type}`), organisation: organisation.name })}
      back={<BackLink href={`/cases/${caseId}/referrals`}>{t("backToList")}</BackLink>}
      extra={
        <>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <ReferralStatusBadge status={referral.status} label={t(`statuses.${referral.status}`)} />
            <span className="text-slate-700">{t("statusSince", { date: formatOfficeDay(referral.statusSince) })}</span>
            {referral.isOverdue ? <OverdueBadge label={t("overdueFor", { days: referral.daysWaiting ?? 0, limit: referral.responseDays })} /> : null}
          </p>
          <div aria-live="polite" className="mt-3">
            {savedMessage ? <Confirmation>{t(savedMessage)}</Confirmation> : null}
            {saved === "correction" ? <Alert tone="success">{tRecord("saved")}</Alert> : null}
            {saved === "decision" && typeof movedTo === "string" && tCaseStatus.has(movedTo) ? <Alert tone="success">{tRecord("statusChanged", { status: tCaseStatus(movedTo) })}</Alert> : null}
          </div>
        </>
      }
    >
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4">
        <Fact term={t("fields.organisation")}>{organisation.name}</Fact>
        <Fact term={t("fields.type")}>{t(`types.${referral.type}`)}</Fact>
        <Fact term={t("fields.consent")}>
          {referral.consentGivenOn ? t("consentGiven", { date: formatDay(referral.consentGivenOn) }) : <strong>{t("consentMissing")}</strong>}
          {referral.consentNote ? <span className="block text-slate-700">{referral.consentNote}</span> : null}
        </Fact>
        <Fact term={t("fields.sentOn")}>{formatDay(referral.sentOn)}</Fact>
        {referral.dueOn ? <Fact term={t("fields.dueOn")}>{formatDay(referral.dueOn)}</Fact> : null}
        {referral.decision ? (
          <Fact term={t("fields.decision")}>
            {corrections.length ? <span className="mr-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">{tRecord("corrected")}</span> : null}
            {t(`decisions.${referral.decision}`)}
            {referral.decidedOn ? `, ${referral.decidedOn}` : null}
            {referral.decisionAmountSek !== null
              ? ` · ${format.number(referral.decisionAmountSek, { style: "currency", currency: "SEK", maximumFractionDigits: 0 })}`
              : null}
          </Fact>
        ) : null}
        {referral.agencyReference ? <Fact term={t("fields.agencyReference")}>{referral.agencyReference}</Fact> : null}
        {referral.eligibilityCheck ? (
          <Fact term={t("fields.eligibilityCheck")}>
            <Link href={`/cases/${caseId}/eligibility/${referral.eligibilityCheck.id}`} className="text-brand-700 underline">
              {t("eligibilityCheckLink", { date: formatOfficeDay(referral.eligibilityCheck.createdAt) })}
            </Link>
          </Fact>
        ) : null}
        <Fact term={t("fields.note")}>{referral.note || "–"}</Fact>
        <Fact term={t("fields.createdBy")}>
          {t("createdByLine", { name: referral.createdByName ?? "–", date: formatOfficeDay(referral.createdAt) })}
        </Fact>
      </dl>

      <Panel id="receiver-heading" title={t("receiverTitle")}>
        <p className="mt-1 text-sm whitespace-pre-wrap">{organisation.contactRoutes || tOrganisations("noContactRoutes")}</p>
        <ul className="mt-2 text-sm text-slate-800">
          <li>
            {tOrganisations("fields.country")}: {countryName(organisation.country, locale)}
          </li>
          {organisation.phone ? (
            <li>
              {tOrganisations("fields.phone")}: {formatPhone(organisation.phone)}
            </li>
          ) : null}
          {organisation.email ? (
            <li>
              {tOrganisations("fields.email")}: {organisation.email}
            </li>
          ) : null}
          {organisation.website ? (
            <li>
              <a href={organisation.website} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
                {tOrganisations("websiteLink", { name: organisation.name })}
              </a>
            </li>
          ) : null}
        </ul>
      </Panel>

      <Panel id="letter-heading" title={t("letterTitle")}>
        <p className="mt-1 max-w-prose text-sm text-slate-700">{t("letterIntro")}</p>
        {referral.canDownloadLetter ? (
          // A plain GET form: works before JavaScript, and the response is an attachment the browser saves.
          <form method="get" action={`/api/referrals/${referralId}/letter`} className="mt-3 flex flex-wrap items-end gap-3">
            {kase?.protection ? (
              // Protected personal data (issue 13): warned before the letter is made; the route refuses without the tick.
              <div className="flex basis-full flex-col gap-2">
                <Alert tone="error">{tProtected("letterWarning")}</Alert>
                <CheckboxField label={tProtected("letterConfirm")} name="confirmProtected" value="1" required />
              </div>
            ) : null}
            <SelectField
              id="letter-lang"
              label={t("letterLanguage")}
              name="lang"
              defaultValue="sv"
              options={[
                { value: "sv", label: t("languages.sv") },
                { value: "en", label: t("languages.en") },
              ]}
            />
            <button type="submit" className={buttonClasses("secondary")}>
              {t("downloadLetter")}
            </button>
          </form>
        ) : (
          <p className="mt-2 text-sm font-medium text-slate-900">
            {!referral.consentGivenOn ? t("letterNeedsConsent") : referral.canWrite ? t("letterNotAvailable") : t("letterAdvisersOnly")}
          </p>
        )}
      </Panel>

      {referral.canWrite && referral.status === "DRAFT" ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <ConsentForm
            key={referral.version}
            action={recordConsentAction.bind(null, caseId, referralId)}
            version={referral.version}
            consentGivenOn={referral.consentGivenOn}
            consentNote={referral.consentNote}
          />
        </div>
      ) : null}

      {referral.nextStatuses.length > 0 ? (
        <div className="grid gap-6 rounded-lg border border-slate-200 bg-white p-4">
          <StatusChangeForm key={`status-${referral.version}`} action={statusAction} version={referral.version} today={today} nextStatuses={referral.nextStatuses} hasConsent={referral.consentGivenOn !== null} />
          {referral.nextStatuses.includes("DECIDED") ? (
            <DecisionForm
              key={`decision-${referral.version}`}
              action={statusAction}
              version={referral.version}
              today={today}
              statusOffers={statusOffers.map((offer) => ({ decision: t(`decisions.${offer.decision}`), path: offer.path.map((status) => tCaseStatus(status)).join(" → ") }))}
            />
          ) : null}
        </div>
      ) : null}

      {referral.canWrite && referral.decision && referral.decidedOn ? (
        <DecisionCorrectionForm
          key={`fix-${referral.version}`}
          action={correctDecisionAction.bind(null, caseId, referralId)}
          version={referral.version}
          current={{ decision: referral.decision, decidedOn: referral.decidedOn, decisionAmountSek: referral.decisionAmountSek, agencyReference: referral.agencyReference }}
        />
      ) : null}

      {corrections.length ? (
        <Section id="corrections-heading" title={tRecord("historyTitle")} level={3}>
          <ol className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4 text-sm" data-testid="decision-corrections">
            {corrections.map((correction) => (
              <li key={correction.id} className="py-2">
                {tRecord("historyEntry", { at: formatOfficeDateTime(correction.at), name: correction.byName ?? "–", before: describeDecision(correction.before), after: describeDecision(correction.after) })}
                <span className="block whitespace-pre-wrap text-slate-700">{tRecord("reasonLine", { reason: correction.reason })}</span>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}

      <Section id="history-heading" title={t("historyTitle")} level={3}>
        <ol className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4 text-sm">
          {referral.events.map((event) => (
            <li key={event.id} className="grid gap-1 py-2 sm:grid-cols-[10rem_1fr]">
              <time dateTime={event.occurredOn} className="text-slate-700">
                {event.occurredOn}
              </time>
              <span>
                {event.fromStatus
                  ? t("historyChange", { from: t(`statuses.${event.fromStatus}`), to: t(`statuses.${event.toStatus}`) })
                  : t("historyCreated")}
                {event.note ? <span className="block whitespace-pre-wrap text-slate-700">{event.note}</span> : null}
                {event.byName ? <span className="block text-xs text-slate-600">{t("by", { name: event.byName })} · {formatOfficeDateTime(event.createdAt)}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      </Section>
    </PageSection>
  );
}
