import { needsReview } from "@/lib/client-material/languages";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "source text", "reviewed by a translator on 2026-11-02 (name)" or "not reviewed by a translator", from the "clientMaterial" messages. */
export function reviewState(text: { language: string; reviewedOn: string | null; reviewedBy: string | null }, t: Translate): string {
  if (!needsReview(text.language)) return t("sourceText");
  if (text.reviewedOn) return t("reviewed", { date: text.reviewedOn, name: text.reviewedBy ?? "–" });
  return t("unreviewed");
}
