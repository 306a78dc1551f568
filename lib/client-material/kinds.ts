import type { ClientMaterialKind } from "@/lib/vocabularies/client-material";

// A text's kind in a URL: /admin/client-material/consent/ar,
// /print/client-material/information-sheet/ti. Browser-safe.
const SLUGS: Record<ClientMaterialKind, string> = { INFORMATION_SHEET: "information-sheet", CONSENT: "consent" };

export function kindSlug(kind: ClientMaterialKind): string {
  return SLUGS[kind];
}

export function kindOfSlug(slug: string): ClientMaterialKind | null {
  const found = (Object.entries(SLUGS) as [ClientMaterialKind, string][]).find(([, value]) => value === slug);
  return found ? found[0] : null;
}
