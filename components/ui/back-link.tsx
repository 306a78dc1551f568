import Link from "next/link";
import type { ReactNode } from "react";

/** The link back to the list a page was opened from, on a line of its own above or below the page's content. */
export function BackLink({ href, className = "", children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <p className={`text-sm ${className}`}>
      <Link href={href} className="text-brand-700 underline">
        {children}
      </Link>
    </p>
  );
}
