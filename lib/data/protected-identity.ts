import "server-only";
import type { ProtectedIdentityKind } from "@/lib/vocabularies/protected-identity";

// Protected personal data on a case (issue 13 part 1). A case is protected while
// `protectedIdentity` is set; while it is, the record scope narrows
// (lib/data/scope.ts), contact details are hidden until revealed with a reason,
// and letters and prints leave the address out.

/** The fields that say whether, and how, a case is protected. */
export type ProtectionFields = { protectedIdentity: ProtectedIdentityKind | null };

export function isProtected(kase: ProtectionFields): boolean {
  return kase.protectedIdentity !== null;
}
