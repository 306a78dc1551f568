import type { ReferralStatus } from "@/lib/generated/prisma/enums";

// A referral's status and its overdue flag as small labelled badges. The text
// carries the meaning; the colour only repeats it.

const TONES: Record<ReferralStatus, string> = {
  DRAFT: "border-slate-400 bg-slate-50 text-slate-900",
  SENT: "border-brand-600 bg-brand-50 text-brand-800",
  RECEIVED: "border-brand-600 bg-brand-50 text-brand-800",
  DECIDED: "border-green-700 bg-green-50 text-green-900",
  WITHDRAWN: "border-slate-400 bg-white text-slate-800",
  CLOSED: "border-slate-400 bg-white text-slate-800",
};

export function ReferralStatusBadge({ status, label }: { status: ReferralStatus; label: string }) {
  return <span className={`inline-block rounded-md border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[status]}`}>{label}</span>;
}

export function OverdueBadge({ label }: { label: string }) {
  return <span className="inline-block rounded-md border border-red-700 bg-red-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-red-900">{label}</span>;
}
