import { NextIntlClientProvider } from "next-intl";
import { clientMessages } from "@/i18n/client-messages";

/** The sign-in pages' client components get only their own namespaces (i18n/client-namespaces.ts). */
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages("auth")}>{children}</NextIntlClientProvider>;
}
