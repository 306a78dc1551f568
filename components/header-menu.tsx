"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "next/navigation";

/**
 * Under 640 px the header's navigation and "Logga ut" fold behind one menu
 * button (issue 15: the unfolded header took 55 % of a phone's screen and put
 * "Logga ut" off-screen). It is a `<details>`, so it opens without JavaScript
 * too; the script only closes it when the user moves to another page, since
 * the layout (and the open menu) outlives a client-side navigation.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className="group sm:hidden">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-brand-800 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="flex w-4 flex-col gap-[3px]">
          <span className="h-0.5 w-4 bg-current" />
          <span className="h-0.5 w-4 bg-current" />
          <span className="h-0.5 w-4 bg-current" />
        </span>
        {label}
      </summary>
      <div className="absolute inset-x-0 z-30 mt-3 flex flex-col gap-4 border-b border-slate-200 bg-white px-4 py-4 shadow-lg">{children}</div>
    </details>
  );
}
