"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The success message of a form that moved on to another page (a saved
 * session, referral step or eligibility check): it takes focus when it
 * appears, so keyboard and screen-reader users land on what just happened
 * instead of at the top of the page (issue 15).
 */
export function Confirmation({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900 focus:outline focus:outline-2 focus:outline-offset-2 focus:outline-green-700">
      {children}
    </div>
  );
}
