import { getFormatter, getTranslations } from "next-intl/server";
import type { TimelineEntry } from "@/lib/data/timeline";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const text = (value: unknown): string => (typeof value === "string" ? value : "");

function describe(entry: TimelineEntry, t: Translate, tRoot: Translate, formatSek: (amount: number) => string): string {
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
      return t("caseTimeline.session", { mode: tRoot(`casework.modes.${text(d.mode)}`), minutes: Number(d.durationMinutes) });
    case "planStep":
      return t("caseTimeline.planStep", { step: tRoot(`plan.kinds.${text(d.stepKind)}.title`), status: tRoot(`plan.statuses.${text(d.stepStatus)}`) });
    case "eligibility":
      return t("caseTimeline.eligibility", { outcome: tRoot(`eligibility.result.outcome.${text(d.outcome)}`), amount: formatSek(Number(d.totalSek)) });
    case "referral":
      return t("caseTimeline.referral", { type: t(`caseTimeline.referralTypes.${text(d.type)}`), organisation: text(d.organisation) });
    case "referralEvent": {
      const event = t("caseTimeline.referralEvent", { organisation: text(d.organisation), status: t(`caseTimeline.referralStatuses.${text(d.toStatus)}`) });
      if (!d.decision) return event;
      const decision = tRoot(`referrals.decisions.${text(d.decision)}`);
      const outcome =
        d.decisionAmountSek === null || d.decisionAmountSek === undefined
          ? t("caseTimeline.referralDecision", { decision })
          : t("caseTimeline.referralDecisionAmount", { decision, amount: formatSek(Number(d.decisionAmountSek)) });
      const reference = d.agencyReference ? ` (${t("caseTimeline.agencyReference", { reference: text(d.agencyReference) })})` : "";
      return `${event}: ${outcome}${reference}`;
    }
    case "document":
      return t("caseTimeline.document", { fileName: text(d.fileName) });
    case "documentWithdrawn":
      return t("caseTimeline.documentWithdrawn", { fileName: text(d.fileName) });
    case "followUp":
      return d.completedOn
        ? t("caseTimeline.followUpDone", { months: Number(d.monthsAfterReturn) })
        : t("caseTimeline.followUpPlanned", { months: Number(d.monthsAfterReturn) });
  }
}

/** Everything on the case, newest first, as an ordered list (the order carries meaning). */
export async function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const t = (await getTranslations()) as unknown as Translate;
  const format = await getFormatter();
  if (entries.length === 0) return <p className="text-sm text-slate-700">{t("cases.timelineEmpty")}</p>;
  const formatSek = (amount: number) => format.number(amount, { style: "currency", currency: "SEK", maximumFractionDigits: 0 });
  return (
    <ol className="flex flex-col divide-y divide-slate-200 text-sm">
      {entries.map((entry) => {
        const when = entry.day
          ? format.dateTime(new Date(`${entry.day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
          : format.dateTime(entry.occurredAt, { dateStyle: "medium", timeStyle: "short" });
        const reason = entry.kind === "status" || entry.kind === "documentWithdrawn" ? text(entry.details.reason) : entry.kind === "referralEvent" ? text(entry.details.note) : "";
        return (
          <li key={`${entry.kind}-${entry.id}`} className="grid gap-1 py-2 sm:grid-cols-[10rem_8rem_1fr]">
            <span className="text-slate-700">
              <time dateTime={entry.day ?? entry.occurredAt.toISOString()}>{when}</time>
            </span>
            <span className="font-medium text-slate-800">{t(`caseTimeline.kinds.${entry.kind}`)}</span>
            <span>
              {describe(entry, t, t, formatSek)}
              {reason ? <span className="block text-slate-700">{reason}</span> : null}
              {entry.byName ? <span className="block text-xs text-slate-600">{t("caseTimeline.by", { name: entry.byName })}</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
