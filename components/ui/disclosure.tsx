"use client";

import { useState, type ReactNode } from "react";

/**
 * A section that folds away (`<details>`, so it works without JavaScript).
 * `defaultOpen` applies when it first shows: after a save re-renders the page,
 * a section the user has open stays open, even when it is no longer the one
 * that opens by default.
 */
export function Disclosure({ defaultOpen, summary, className = "", children }: { defaultOpen: boolean; summary: ReactNode; className?: string; children: ReactNode }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className={className}>
      <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">{summary}</summary>
      {children}
    </details>
  );
}
