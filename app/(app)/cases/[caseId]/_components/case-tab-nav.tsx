"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The case's sections as a plain list of links; the current one is marked for screen readers too. */
export function CaseTabNav({ caseId, label, tabs }: { caseId: string; label: string; tabs: { suffix: string; text: string }[] }) {
  const pathname = usePathname();
  const base = `/cases/${caseId}`;
  // The longest matching suffix wins, so /sessions/new still marks "sessions".
  const current = tabs
    .filter((tab) => (tab.suffix === "" ? pathname === base || pathname === `${base}/edit` : pathname.startsWith(`${base}${tab.suffix}`)))
    .sort((a, b) => b.suffix.length - a.suffix.length)[0];
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => {
          const isCurrent = tab === current;
          return (
            <li key={tab.suffix}>
              <Link
                href={`${base}${tab.suffix}`}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-block rounded-t-md border px-4 py-2 text-sm ${
                  isCurrent ? "border-slate-300 border-b-white bg-white font-semibold text-slate-900" : "border-transparent text-brand-700 hover:bg-brand-50 hover:underline"
                }`}
              >
                {tab.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
