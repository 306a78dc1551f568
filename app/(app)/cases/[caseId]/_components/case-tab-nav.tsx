"use client";

import { useEffect, useRef } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The case's sections as a plain list of links; the current one is marked for
 * screen readers too. On a narrow screen the strip scrolls sideways on its own
 * (it never wraps into rows or widens the page), with the current tab in view.
 */
export function CaseTabNav({ caseId, label, tabs }: { caseId: string; label: string; tabs: { suffix: string; text: string }[] }) {
  const pathname = usePathname();
  const base = `/cases/${caseId}`;
  // The longest matching suffix wins, so /sessions/new still marks "sessions".
  const current = tabs
    .filter((tab) => (tab.suffix === "" ? pathname === base || pathname === `${base}/edit` : pathname.startsWith(`${base}${tab.suffix}`)))
    .sort((a, b) => b.suffix.length - a.suffix.length)[0];
  const currentRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const link = currentRef.current;
    const strip = link?.closest("ul");
    if (link && strip) strip.scrollLeft += link.getBoundingClientRect().left - strip.getBoundingClientRect().left - (strip.clientWidth - link.offsetWidth) / 2;
  }, [pathname]);
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-300">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => {
          const isCurrent = tab === current;
          return (
            <li key={tab.suffix} className="shrink-0">
              <Link
                ref={isCurrent ? currentRef : undefined}
                href={`${base}${tab.suffix}`}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-block whitespace-nowrap rounded-t-md border px-3 py-2 text-sm sm:px-4 ${
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
