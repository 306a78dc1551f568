"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialogue; the page prints the same without it. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" className="ml-auto" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
