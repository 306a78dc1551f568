import type { FormState } from "@/lib/form-state";

// What the queue's and the bulk reassignment's actions answer their form
// (components/workflow/case-batch-form.tsx). Plain data: it crosses from a
// server action to a client component.

export type AccessPreview = {
  toAdviserName: string;
  cases: { id: string; caseNumber: string; fromAdviserName: string | null }[];
  losing: { adviserId: string; name: string; count: number; keepsSightThroughTeam: boolean }[];
  gains: number;
  newlyVisible: number;
  grants: { holderName: string; caseNumber: string; expiresAt: string }[];
};

export type BatchState = FormState & {
  /** After "preview": what confirming would change, for the selection in `values`. */
  preview?: AccessPreview;
  /** The selection the preview is for, sent again on confirming. */
  selection?: string[];
  /** After a move: how many, to whom. */
  done?: { count: number; adviserName: string };
};

export const INITIAL_BATCH_STATE: BatchState = { status: "idle" };
