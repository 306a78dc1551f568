import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { clientMessages } from "@/i18n/client-messages";
import { authorize } from "@/lib/gate";
import { HeaderMenu } from "@/components/header-menu";
import { MainNav } from "@/components/main-nav";
import { NotificationBell } from "@/components/notification-bell";
import { AccessibilityLink } from "@/components/accessibility-link";
import { signOutAction } from "./actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await authorize();
  const t = await getTranslations("app");
  const tRoles = await getTranslations("roles");
  const tForms = await getTranslations("forms");
  const account = (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-slate-700">
        {t("signedInAs", { name: user.name })} · {tRoles(user.role)}
      </span>
      <form action={signOutAction}>
        <button type="submit" className="whitespace-nowrap rounded px-2 py-1 text-brand-700 hover:bg-brand-50">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
  return (
    <div className="flex min-h-screen flex-col">
      <header className="relative border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-brand-800">
            Hemväg
          </Link>
          {/* Wide screens: everything in the header row. */}
          <div className="hidden min-w-0 flex-1 flex-wrap items-center justify-between gap-4 sm:flex">
            <MainNav user={user} />
            {account}
          </div>
          {/* The bell stays in sight at every width; its count is one query, so it renders once. */}
          <NotificationBell user={user} />
          {/* Under 640 px: one menu button (components/header-menu.tsx). */}
          <HeaderMenu label={tForms("menu")}>
            <MainNav user={user} />
            {account}
          </HeaderMenu>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <NextIntlClientProvider messages={await clientMessages("app")}>{children}</NextIntlClientProvider>
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-3 text-sm">
          <AccessibilityLink />
        </div>
      </footer>
    </div>
  );
}
