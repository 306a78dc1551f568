import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { TimelineEntry } from "@/lib/data/timeline";
import { formatOfficeDateTime } from "@/lib/dates";
import { clientLanguageName } from "@/lib/client-material/languages";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** The [before, after] of one field in an audit row's changes, when it changed. */
function changeOf(details: TimelineEntry["details"], field: string): [unknown, unknown] | null {
  const changes = details.changes as unknown as Record<string, [unknown, unknown]> | null;
  const pair = changes?.[field];
  return Array.isArray(pair) && pair.length === 2 ? pair : null;
}

/** An audited write: its label by action name ("task.complete" → caseTimeline.actions.task_complete), with what it was about. */
function describeActivity(entry: TimelineEntry, t: Translate): string {
  const d = entry.details;
  const action = text(d.action);
  const key = `caseTimeline.actions.${action.replaceAll(".", "_")}`;
  const recordKey = `caseRecord.timeline.actions.${action.replaceAll(".", "_")}`;
  const label = t.has(key) ? t(key) : t.has(recordKey) ? t(recordKey) : action;
  if (action.startsWith("journal.")) {
    const kind = d.journalKind ? t(`journal.kinds.${text(d.journalKind)}`) : "";
    const version = changeOf(d, "version");
    return [label, kind, version ? t("caseTimeline.version", { version: Number(version[1]) }) : ""].filter(Boolean).join(" · ");
  }
  if (action.startsWith("case.assign") || action === "case.queue" || action.startsWith("case.transfer")) {
    const names = { from: text(d.fromAdviser) || t("workflow.inQueue"), to: text(d.toAdviser) || t("workflow.inQueue"), fromTeam: text(d.fromTeam), toTeam: text(d.toTeam) };
    return t(`workflow.timeline.${action.replaceAll(".", "_")}`, names);
  }
  if (action.startsWith("task.")) {
    const parts = [label];
    if (d.title) parts.push(`”${text(d.title)}”`);
    const due = changeOf(d, "dueOn");
    if (due && due[1]) parts.push(t("caseTimeline.taskDue", { date: text(due[1]).slice(0, 10) }));
    return parts.join(" · ");
  }
  return label;
}

/** A text given to the person: which, in what language and version, whether a translator had reviewed it, and the consent answer. */
function describeClientMaterial(d: TimelineEntry["details"], t: Translate, locale: string): string {
  const parts = [
    t("clientMaterial.timeline.given", { text: t(`clientMaterial.kinds.${text(d.kind)}`), language: clientLanguageName(text(d.language), locale), version: Number(d.version) }),
  ];
  if (d.wasReviewed === false) parts.push(t("clientMaterial.unreviewed"));
  if (d.consent) {
    const recipients = Array.isArray(d.recipients) ? d.recipients.map((recipient) => t(`clientMaterial.recipients.${recipient}`)) : [];
    parts.push(d.consent === "CONSENTED" ? t("clientMaterial.timeline.consented", { recipients: recipients.join(", ") }) : t("clientMaterial.timeline.declined"));
  }
  return parts.join(" · ");
}

function describe(entry: TimelineEntry, t: Translate, formatSek: (amount: number) => string, locale: string): string {
  const d = entry.details;
  switch (entry.kind) {
    case "status": {
      if (!d.fromStatus) return t("caseTimeline.opened");
      // An undo names the change it takes back, which was the reverse of this one.
      if (d.undoes === true) return t("caseTimeline.statusUndo", { from: t(`caseStatus.${text(d.toStatus)}`), to: t(`caseStatus.${text(d.fromStatus)}`) });
      const change = t("caseTimeline.statusChange", { from: t(`caseStatus.${text(d.fromStatus)}`), to: t(`caseStatus.${text(d.toStatus)}`) });
      return d.outcome ? `${change}. ${t("caseTimeline.closedWith", { outcome: t(`caseOutcome.${text(d.outcome)}`) })}` : change;
    }
    case "session":
      return t("caseTimeline.session", { mode: t(`casework.modes.${text(d.mode)}`), minutes: Number(d.durationMinutes) });
    case "planStep": {
      const action = text(d.action);
      if (action === "plan.create") return t("caseTimeline.planCreated");
      const step = d.stepKind ? t(`plan.kinds.${text(d.stepKind)}.title`) : "";
      if (action === "plan.step.create") return t("caseTimeline.planStepAdded", { step });
      const status = changeOf(d, "status");
      const parts = [status ? t("caseTimeline.planStep", { step, status: t(`plan.statuses.${text(status[1])}`) }) : t("caseTimeline.planStepEdited", { step })];
      if (changeOf(d, "dueOn")) parts.push(t("caseTimeline.planStepDateChanged"));
      if (changeOf(d, "note")) parts.push(t("caseTimeline.planStepNoteChanged"));
      return parts.join(" · ");
    }
    case "eligibility":
      return t("caseTimeline.eligibility", { outcome: t(`eligibility.result.outcome.${text(d.outcome)}`), amount: formatSek(Number(d.totalSek)) });
    case "referral":
    case "openReferral": {
      const referral = t("caseTimeline.referral", { type: t(`referrals.types.${text(d.type)}`), organisation: text(d.organisation) });
      return entry.kind === "openReferral" ? `${referral}: ${t(`referrals.statuses.${text(d.status)}`).toLocaleLowerCase()}` : referral;
    }
    case "referralEvent": {
      const event = t("caseTimeline.referralEvent", { organisation: text(d.organisation), status: t(`referrals.statuses.${text(d.toStatus)}`).toLocaleLowerCase() });
      if (!d.decision) return event;
      const decision = t(`referrals.decisions.${text(d.decision)}`);
      const outcome =
        d.decisionAmountSek === null || d.decisionAmountSek === undefined
          ? t("caseTimeline.referralDecision", { decision })
          : t("caseTimeline.referralDecisionAmount", { decision, amount: formatSek(Number(d.decisionAmountSek)) });
      const reference = d.agencyReference ? ` (${t("caseTimeline.agencyReference", { reference: text(d.agencyReference) })})` : "";
      return `${event}: ${outcome}${reference}`;
    }
    case "document":
      // Managers get no file name (docs/decisions/014): only that a document was added or withdrawn.
      return d.fileName ? t("caseTimeline.document", { fileName: text(d.fileName) }) : t("caseTimeline.documentAdded");
    case "documentWithdrawn":
      return d.fileName ? t("caseTimeline.documentWithdrawn", { fileName: text(d.fileName) }) : t("caseTimeline.documentWithdrawnNoName");
    case "followUp":
      return d.completedOn
        ? t("caseTimeline.followUpDone", { months: Number(d.monthsAfterReturn) })
        : t("caseTimeline.followUpPlanned", { months: Number(d.monthsAfterReturn) });
    case "task":
      return [d.title ? text(d.title) : t("caseTimeline.openTask"), d.waitingOn ? t("caseTimeline.waitingOn", { who: text(d.waitingOn) }) : ""].filter(Boolean).join(" · ");
    case "activity":
      return describeActivity(entry, t);
    case "merge": {
      const number = text(d.otherCaseNumber);
      const what = d.direction === "from" ? t("caseRecord.timeline.mergedFrom", { number }) : t("caseRecord.timeline.mergedInto", { number });
      return d.proposedBy ? `${what} ${t("caseRecord.timeline.proposedBy", { name: text(d.proposedBy) })}` : what;
    }
    case "decisionCorrection": {
      const side = (value: unknown) => {
        const decision = (value ?? {}) as Record<string, unknown>;
        const parts = [t(`referrals.decisions.${text(decision.decision)}`), text(decision.decidedOn)];
        if (typeof decision.amountSek === "number") parts.push(formatSek(decision.amountSek));
        if (decision.agencyReference) parts.push(text(decision.agencyReference));
        return parts.filter(Boolean).join(", ");
      };
      return t("caseRecord.timeline.decisionCorrected", { organisation: text(d.organisation), before: side(d.before), after: side(d.after) });
    }
    case "clientMaterial":
      return describeClientMaterial(d, t, locale);
  }
}

/** Oldest first: the story in the order it happened. The query reads newest first so that its limit keeps the latest. */
const chronological = (a: TimelineEntry, b: TimelineEntry) =>
  a.occurredAt.getTime() - b.occurredAt.getTime() || a.recordedAt.getTime() - b.recordedAt.getTime() || a.id.localeCompare(b.id);

/**
 * The case's story: what happened, in the order it happened, every event with
 * who recorded it and when; then, in a section of its own below, what lies
 * ahead (planned sessions and follow-ups, open tasks and referrals).
 */
export async function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const t = (await getTranslations()) as unknown as Translate;
  const format = await getFormatter();
  const locale = await getLocale();
  const formatSek = (amount: number) => format.number(amount, { style: "currency", currency: "SEK", maximumFractionDigits: 0 });
  const past = entries.filter((entry) => !entry.upcoming).sort(chronological);
  const comingUp = entries.filter((entry) => entry.upcoming).sort(chronological);

  const list = (items: TimelineEntry[], testId: string) => (
    <ol className="flex flex-col divide-y divide-slate-200 text-sm" data-testid={testId}>
      {items.map((entry) => {
        const isOpenEnded = !Number.isFinite(entry.occurredAt.getTime()) || entry.occurredAt.getUTCFullYear() > 9000;
        // The record's dates read the same in every language: YYYY-MM-DD and a 24-hour clock (lib/dates).
        const when = entry.day ? entry.day : isOpenEnded ? t("caseTimeline.noDate") : formatOfficeDateTime(entry.occurredAt);
        const reason = entry.kind === "status" ? text(entry.details.reason) : entry.kind === "referralEvent" ? text(entry.details.note) : text(entry.details.reason);
        const recorded = formatOfficeDateTime(entry.recordedAt);
        const kindKey =
          entry.kind === "activity"
            ? `caseTimeline.kinds.${text(entry.details.action).split(".")[0]}`
            : entry.kind === "merge" || entry.kind === "decisionCorrection"
              ? `caseRecord.timeline.kinds.${entry.kind}`
              : `caseTimeline.kinds.${entry.kind}`;
        return (
          <li key={`${entry.kind}-${entry.id}`} className="grid gap-1 py-2 sm:grid-cols-[10rem_8rem_1fr]">
            <span className="text-slate-700">{isOpenEnded && !entry.day ? when : <time dateTime={entry.day ?? entry.occurredAt.toISOString()}>{when}</time>}</span>
            <span className="font-medium text-slate-800">{t.has(kindKey) ? t(kindKey) : t("caseTimeline.kinds.activity")}</span>
            <span>
              {describe(entry, t, formatSek, locale)}
              {reason ? <span className="block text-slate-700">{reason}</span> : null}
              <span className="block text-xs text-slate-600">
                {entry.upcoming && entry.kind === "task"
                  ? t("caseTimeline.assignedTo", { name: entry.byName ?? "–" })
                  : t("caseTimeline.recordedBy", { name: entry.byName ?? t("caseTimeline.unknown"), when: recorded })}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );

  return (
    <div className="flex flex-col gap-6">
      {past.length === 0 ? <p className="text-sm text-slate-700">{t("cases.timelineEmpty")}</p> : list(past, "timeline-past")}
      <section aria-labelledby="coming-up-heading" className="flex flex-col gap-2">
        <h3 id="coming-up-heading" className="text-base font-semibold">
          {t("caseTimeline.comingUp")}
        </h3>
        {comingUp.length === 0 ? <p className="text-sm text-slate-700">{t("caseTimeline.nothingComingUp")}</p> : list(comingUp, "timeline-coming-up")}
      </section>
    </div>
  );
}
