import type { AllowanceCap } from "./rule-sets";
import type { MemberRole } from "./types";

// The law caps totals (per family, per couple, per household); it says nothing about how a
// capped total splits between people. Hemväg shows a per-person split, so it scales each
// person's amount down in proportion to their uncapped amount: nobody's share is favoured,
// and the split sums to the capped total in whole kronor.

/**
 * Scales `amounts` (whole kronor, >= 0) down so they sum to exactly `maxTotal` when they
 * exceed it; otherwise returns them unchanged. Each share is rounded down; the kronor left
 * over go one each to the largest remainders, ties to the lower index (largest remainder
 * method). No share ever rises above its original amount.
 */
export function scaleDownToCap(amounts: readonly number[], maxTotal: number): number[] {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  const cap = Math.max(0, Math.floor(maxTotal));
  if (total <= cap) return [...amounts];
  // Exact integer arithmetic: amount * cap stays far below 2^53 for any real household.
  const shares = amounts.map((amount, index) => {
    const numerator = amount * cap;
    const remainder = numerator % total;
    return { index, share: (numerator - remainder) / total, remainder };
  });
  let leftover = cap - shares.reduce((sum, { share }) => sum + share, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const entry of byRemainder) {
    if (leftover <= 0) break;
    entry.share += 1;
    leftover -= 1;
  }
  return shares.map(({ share }) => share);
}

export type CapOutcome = {
  amounts: number[];
  /** Caps that lowered some amount, in the order applied. */
  applied: { cap: AllowanceCap; reducedIndexes: number[] }[];
};

/** Applies the caps in order to per-member amounts; each cap only lowers amounts. */
export function applyCaps(
  members: readonly { role: MemberRole; amountSek: number }[],
  caps: readonly AllowanceCap[],
): CapOutcome {
  const amounts = members.map((member) => member.amountSek);
  const applied: CapOutcome["applied"] = [];
  for (const cap of caps) {
    const scope = members.flatMap((member, index) =>
      cap.appliesTo === "ALL" || cap.appliesTo.includes(member.role) ? [index] : [],
    );
    const before = scope.map((index) => amounts[index] ?? 0);
    const after = scaleDownToCap(before, cap.maxSek);
    const reducedIndexes = scope.filter((_, position) => (after[position] ?? 0) < (before[position] ?? 0));
    scope.forEach((index, position) => {
      amounts[index] = after[position] ?? 0;
    });
    if (reducedIndexes.length > 0) applied.push({ cap, reducedIndexes });
  }
  return { amounts, applied };
}
