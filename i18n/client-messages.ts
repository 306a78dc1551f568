import "server-only";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES } from "./client-namespaces";

// The message namespaces each part of the app hands to its client
// components. NextIntlClientProvider without `messages` serialises the whole
// catalogue (every namespace, about 70 kB) into every page's HTML and RSC
// payload; a client component only needs what it reads with
// useTranslations(). i18n/client-namespaces.test.ts fails when a component
// reads a namespace that its part does not send here.

/** The part of the current locale's catalogue that `part`'s client components read. */
export async function clientMessages(part: keyof typeof CLIENT_NAMESPACES): Promise<Record<string, unknown>> {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(CLIENT_NAMESPACES[part].filter((namespace) => namespace in all).map((namespace) => [namespace, all[namespace]]));
}
