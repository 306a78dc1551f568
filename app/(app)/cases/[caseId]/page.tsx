import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Cell, Table } from "@/components/ui/table";
import { authorize } from "@/lib/gate";
import { listCaseAccess } from "@/lib/data/audit-log";
import { getCase, listAssignableAdvisers } from "@/lib/data/cases";
import { emergencyGrantBehind } from "@/lib/data/emergency-access";
import { getCaseTimeline } from "@/lib/data/timeline";
import { getCaseMergeState } from "@/lib/data/case-merge";
import { countryName, countryOptions } from "@/lib/countries";
import { formatOfficeDateTime, formatOfficeDay, officeToday } from "@/lib/dates";
import { formatIdentityNumber } from "@/lib/identity-number";
import { languageName } from "@/lib/languages";
import { can } from "@/lib/permissions";
import { allowedOutcomes, nextStatuses } from "@/lib/cases/status-machine";
import { memberToFormValues } from "@/lib/schemas/case";
import { addMemberAction, removeMemberAction, updateMemberAction } from "./actions";
import { MemberForm, RemoveMemberForm } from "./_components/household-forms";
import { ReassignForm } from "./_components/reassign-form";
import { ReleaseToQueueForm, TransferRequestForm } from "./_components/handover-forms";
import { listTransferTargets } from "@/lib/data/team-transfers";
import { StatusForm } from "./_components/status-form";
import { UndoStatusForm } from "./_components/undo-status-form";
import { Timeline } from "./_components/timeline";
import { listEveryAccess, listProtectedAccess } from "@/lib/data/protected-identity";
import { MarkProtectedForm, NameProtectedAccessForm, RemoveProtectedAccessForm, RevealContactForm, UnmarkProtectedForm } from "./protection/protection-forms";
import { MergeSection } from "./_components/merge-section";
import { formatPhone } from "@/lib/phone";
import { DefinitionList } from "@/components/ui/definition-list";

export async function generateMetadata({ params }: { params: Promise<{ caseId: string }> }) {
  const found = await getCase((await params).caseId);
  const t = await getTranslations("cases");
  // The case layout's title template adds the case number.
  return { title: found ? (await getTranslations("caseTabs"))("overview") : t("title") };
}

function Section({ id, title, intro, children, actions }: { id: string; title: string; intro?: string; children: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={id} className="text-xl font-semibold">
            {title}
          </h2>
          {intro ? <p className="mt-1 max-w-prose text-sm text-slate-700">{intro}</p> : null}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Where a household form is opened: the overview with that form rendered, scrolled to it. */
const memberFormHref = (caseId: string, member: string) => `/cases/${caseId}?member=${member}#member-${member}`;

/** Stands in for a folded household form until it is asked for; it looks like the form's own folded summary. */
function FormLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="block rounded-md border border-slate-200 p-3 text-sm font-medium text-brand-700 hover:underline">
      {children}
    </Link>
  );
}

/** The overview's facts, term and value, in the layout every card of the overview shares. */
function Facts({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <DefinitionList
      className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]"
      termClassName="font-medium text-slate-700"
      valueClassName="text-slate-900"
      items={items.map(([term, value]) => ({ term, value }))}
    />
  );
}

/**
 * The overview. A household form is rendered only when asked for (`?member=<id>` or `?member=new`,
 * from the link that stands in for it): each holds three country lists, which as plain selects
 * before hydration made up about 100 kB of the page (decision 017).
 */
export default async function CaseOverviewPage({ params, searchParams }: { params: Promise<{ caseId: string }>; searchParams: Promise<{ member?: string | string[] }> }) {
  const [{ caseId }, { member: memberAsked }] = await Promise.all([params, searchParams]);
  const [found, user] = await Promise.all([getCase(caseId), authorize()]);
  if (!found) notFound();
  const protection = found.protection;
  const [timeline, access, emergency, advisers, merges, everyAccess, named] = await Promise.all([
    getCaseTimeline(caseId),
    can(user.role, "case.accessLog.read") ? listCaseAccess(caseId) : Promise.resolve(null),
    emergencyGrantBehind(caseId),
    can(user.role, "case.assign") ? listAssignableAdvisers(caseId) : Promise.resolve(null),
    getCaseMergeState(caseId),
    // A protected case lists every read, one row each (issue 13).
    protection && can(user.role, "case.accessLog.read") ? listEveryAccess(caseId) : Promise.resolve(null),
    protection && can(user.role, "case.protectedAccess.manage") ? listProtectedAccess(caseId) : Promise.resolve(null),
  ]);
  const tProtected = await getTranslations("protectedIdentity");
  // Offering the case to another team (docs/decisions/023): for those who may write to it, while it is open.
  const transferTargets = can(user.role, "case.transfer.request") && found.status !== "CLOSED" ? await listTransferTargets(caseId) : null;
  const t = await getTranslations("cases");
  const tStatus = await getTranslations("caseStatus");
  const tOutcome = await getTranslations("caseOutcome");
  const tGround = await getTranslations("permitGround");
  const tAsylum = await getTranslations("asylumStatus");
  const tRelation = await getTranslations("householdRelation");
  const tRoles = await getTranslations("roles");
  const locale = await getLocale();

  const { fields } = found;
  const isOpen = found.status !== "CLOSED";
  const canEdit = can(user.role, "case.update") && isOpen;
  const canChangeStatus = can(user.role, "case.update");
  const none = t("none");
  const country = (code: string | null) => (code ? countryName(code, locale) : none);
  const day = (iso: string | null) => iso ?? none;
  const countries = countryOptions(locale);
  const permitText = (ground: string | null, permanent: boolean | null) =>
    ground ? `${tGround(ground)}${permanent === null ? "" : `, ${permanent ? t("permitKinds.PERMANENT") : t("permitKinds.TEMPORARY")}`}` : t("noPermit");
  const statuses = nextStatuses(found.status);
  // The household form asked for: a member of this case, or a new one; anything else opens none.
  const editing = typeof memberAsked === "string" && (memberAsked === "new" || found.household.some((member) => member.id === memberAsked)) ? memberAsked : null;

  return (
    <div className="flex flex-col gap-6">
      {emergency ? (
        <Alert tone="error">
          {t("emergencyBanner", { until: formatOfficeDateTime(emergency.expiresAt), reason: emergency.reason })}
        </Alert>
      ) : null}

      <Section
        id="person-heading"
        title={t("person")}
        actions={
          canEdit ? (
            <Link href={`/cases/${caseId}/edit`} className={buttonClasses("secondary")}>
              {t("editCase")}
            </Link>
          ) : null
        }
      >
        <Facts
          items={[
            [t("fields.firstName"), fields.firstName],
            [t("fields.lastName"), fields.lastName],
            [t("fields.birthDate"), fields.birthDate],
            [t("fields.identityNumber"), fields.identityNumber ? formatIdentityNumber(fields.identityNumber) : none],
            [t("fields.citizenships"), fields.citizenships.length ? fields.citizenships.map((code) => countryName(code, locale)).join(", ") : none],
            [t("fields.countryOfOrigin"), country(fields.countryOfOrigin)],
            [t("fields.languages"), fields.languages.length ? fields.languages.map((code) => languageName(code, locale)).join(", ") : none],
            [t("fields.interpreterLanguage"), fields.interpreterLanguage ? languageName(fields.interpreterLanguage, locale) : t("noInterpreter")],
            [t("fields.phone"), protection ? tProtected("hiddenContact") : (fields.phone ? formatPhone(fields.phone) : none)],
            [t("fields.email"), protection ? tProtected("hiddenContact") : (fields.email ?? none)],
            [t("fields.address"), protection ? tProtected("hiddenContact") : (fields.address ?? none)],
            [t("fields.isRegisteredInSweden"), fields.isRegisteredInSweden ? t("yes") : t("no")],
          ]}
        />
      </Section>

      {protection ? (
        <RevealContactForm caseId={caseId} labels={{ phone: t("fields.phone"), email: t("fields.email"), address: t("fields.address"), none }} />
      ) : null}

      <Section id="protection-heading" title={tProtected("sectionTitle")} intro={tProtected("sectionIntro")}>
        <p className="text-sm">
          {protection
            ? tProtected("markedLine", {
                kind: tProtected(`kinds.${protection.kind}`),
                date: protection.markedAt ? formatOfficeDay(protection.markedAt) : none,
                reason: protection.reason ?? none,
              })
            : tProtected("notMarked")}
        </p>
        {can(user.role, "case.protect") ? protection ? <UnmarkProtectedForm caseId={caseId} /> : <MarkProtectedForm caseId={caseId} /> : null}
        {named ? (
          <div className="flex flex-col gap-3">
            <h3 className="text-lg font-semibold">{tProtected("namedTitle")}</h3>
            <p className="max-w-prose text-sm text-slate-700">{tProtected("namedIntro")}</p>
            {named.named.length === 0 ? (
              <p className="text-sm">{tProtected("namedNone")}</p>
            ) : (
              <Table caption={tProtected("namedTitle")} headers={[tProtected("namedColumns.user"), tProtected("namedColumns.reason"), tProtected("namedColumns.since"), ""]}>
                {named.named.map((row) => (
                  <tr key={row.userId}>
                    <Cell>{row.user.name}</Cell>
                    <Cell>{row.reason}</Cell>
                    <Cell className="whitespace-nowrap">{formatOfficeDay(row.createdAt)}</Cell>
                    <Cell>
                      <RemoveProtectedAccessForm caseId={caseId} userId={row.userId} name={row.user.name} />
                    </Cell>
                  </tr>
                ))}
              </Table>
            )}
            {named.candidates.length ? <NameProtectedAccessForm caseId={caseId} candidates={named.candidates} /> : null}
          </div>
        ) : null}
      </Section>

      <div className="grid gap-6 md:grid-cols-2">
        <Section id="permit-heading" title={t("permit")}>
          <Facts
            items={[
              [t("fields.permitGround"), permitText(fields.permitGround, fields.permitPermanent)],
              [t("fields.permitGrantedOn"), day(fields.permitGrantedOn)],
              [t("fields.permitExpiresOn"), day(fields.permitExpiresOn)],
              [t("fields.asylumStatus"), tAsylum(fields.asylumStatus)],
            ]}
          />
        </Section>
        <Section id="destination-heading" title={t("destination")}>
          {fields.destinationCountry ? (
            <Facts
              items={[
                [t("fields.destinationCountry"), country(fields.destinationCountry)],
                [t("fields.destinationIsHomeCountry"), fields.destinationIsHomeCountry ? t("yes") : t("no")],
              ]}
            />
          ) : (
            <p className="text-sm text-slate-700">{t("noDestination")}</p>
          )}
        </Section>
      </div>

      <Section id="household-heading" title={t("household")} intro={t("householdIntro")}>
        {found.household.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noHousehold")}</p>
        ) : (
          <Table
            caption={t("household")}
            headers={[t("householdColumns.name"), t("householdColumns.relation"), t("householdColumns.birthDate"), t("householdColumns.permit"), t("householdColumns.livesWith")]}
          >
            {found.household.map((member) => (
              <tr key={member.id}>
                <Cell>
                  {member.firstName} {member.lastName}
                  {member.identityNumber ? <span className="block text-xs text-slate-600">{formatIdentityNumber(member.identityNumber)}</span> : null}
                </Cell>
                <Cell>{tRelation(member.relation)}</Cell>
                <Cell className="whitespace-nowrap">{member.birthDate}</Cell>
                <Cell>
                  {permitText(member.permitGround, member.permitPermanent)}
                  {member.permitExpiresOn ? <span className="block text-xs text-slate-600">{member.permitExpiresOn}</span> : null}
                </Cell>
                <Cell>{member.livesWithApplicant ? t("yes") : t("no")}</Cell>
              </tr>
            ))}
          </Table>
        )}
        {canEdit
          ? found.household.map((member) => {
              const name = `${member.firstName} ${member.lastName}`;
              return editing === member.id ? (
                <MemberForm
                  key={member.id}
                  action={updateMemberAction.bind(null, caseId, member.id)}
                  idPrefix={`member-${member.id}`}
                  caseVersion={found.version}
                  initial={memberToFormValues(member)}
                  countries={countries}
                  submitLabel={t("saveMember")}
                  summary={t("editMember", { name })}
                >
                  <RemoveMemberForm action={removeMemberAction.bind(null, caseId, member.id)} caseVersion={found.version} label={t("removeMember", { name })} />
                </MemberForm>
              ) : (
                <FormLink key={member.id} href={memberFormHref(caseId, member.id)}>
                  {t("editMember", { name })}
                </FormLink>
              );
            })
          : null}
        {canEdit ? (
          editing === "new" ? (
            <MemberForm
              action={addMemberAction.bind(null, caseId)}
              idPrefix="member-new"
              caseVersion={found.version}
              initial={{ livesWithApplicant: "on" }}
              countries={countries}
              submitLabel={t("saveMember")}
              summary={t("addMember")}
            />
          ) : (
            <FormLink href={memberFormHref(caseId, "new")}>{t("addMember")}</FormLink>
          )
        ) : null}
      </Section>

      <Section id="status-heading" title={t("status")}>
        <p className="text-sm">
          {t("currentStatus", { status: tStatus(found.status), date: formatOfficeDay(found.statusSince) })}
          {found.outcome ? <span className="block">{t("outcomeLine", { outcome: tOutcome(found.outcome) })}</span> : null}
        </p>
        {canChangeStatus && statuses.length ? (
          <StatusForm caseId={caseId} version={found.version} today={officeToday()} nextStatuses={statuses} outcomes={allowedOutcomes(found.status)} />
        ) : null}
        {canChangeStatus && found.undoableChange ? (
          <UndoStatusForm caseId={caseId} version={found.version} from={found.undoableChange.from} to={found.undoableChange.to} />
        ) : null}
        {advisers && advisers.length ? <ReassignForm caseId={caseId} version={found.version} advisers={advisers} /> : null}
        {merges ? <MergeSection caseId={caseId} state={merges} /> : null}
        {isOpen && found.adviser?.id === user.id && can(user.role, "queue.release") ? <ReleaseToQueueForm caseId={caseId} version={found.version} /> : null}
        {transferTargets ? (
          <TransferRequestForm
            caseId={caseId}
            version={transferTargets.version}
            teams={transferTargets.teams}
            pending={transferTargets.pending ? { teamName: transferTargets.pending.team.name, createdAt: transferTargets.pending.createdAt } : null}
          />
        ) : null}
      </Section>

      <Section id="timeline-heading" title={t("timeline")} intro={t("timelineIntro")}>
        <Timeline entries={timeline ?? []} />
      </Section>

      {access ? (
        <Section id="access-heading" title={t("access")} intro={t("accessIntro")}>
          <Table
            caption={t("access")}
            headers={[t("accessColumns.user"), t("accessColumns.role"), t("accessColumns.first"), t("accessColumns.last"), t("accessColumns.count"), t("accessColumns.emergency")]}
          >
            {access.map((row) => (
              <tr key={`${row.userId}-${row.userEmail}-${row.role}`}>
                <Cell>{row.userEmail ?? none}</Cell>
                <Cell>{row.role ? tRoles(row.role) : none}</Cell>
                <Cell className="whitespace-nowrap">{formatOfficeDateTime(row.first)}</Cell>
                <Cell className="whitespace-nowrap">{formatOfficeDateTime(row.last)}</Cell>
                <Cell>{row.count}</Cell>
                <Cell>{row.emergency ? t("yes") : t("no")}</Cell>
              </tr>
            ))}
          </Table>
        </Section>
      ) : null}

      {everyAccess ? (
        <Section id="every-access-heading" title={tProtected("accessEveryTitle")} intro={tProtected("accessEveryIntro")}>
          <Table
            caption={tProtected("accessEveryTitle")}
            headers={[tProtected("accessColumns.at"), tProtected("accessColumns.user"), tProtected("accessColumns.action"), tProtected("accessColumns.ip"), tProtected("accessColumns.reason")]}
          >
            {everyAccess.map((row) => (
              <tr key={String(row.id)}>
                <Cell className="whitespace-nowrap">{formatOfficeDateTime(row.at, { seconds: true })}</Cell>
                <Cell>
                  {row.userEmail ?? none}
                  {row.role ? <span className="block text-xs text-slate-600">{tRoles(row.role)}</span> : null}
                </Cell>
                <Cell className="font-mono text-xs">{row.action}</Cell>
                <Cell className="font-mono text-xs">{row.ipAddress ?? none}</Cell>
                <Cell>{row.reason ?? ""}</Cell>
              </tr>
            ))}
          </Table>
        </Section>
      ) : null}
    </div>
  );
}
