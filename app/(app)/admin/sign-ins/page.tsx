import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SignInSessionTable } from "@/components/sign-in-session-table";
import { revokeSignInSessionAction } from "@/app/(app)/admin/users/actions";
import { listActiveSignInSessions } from "@/lib/data/users";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("admin", "signInSessionsTitle");

export default async function SignInSessionsPage() {
  const signInSessions = await listActiveSignInSessions();
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader title={t("signInSessionsTitle")} description={t("signInSessionsIntro")} />
      <SignInSessionTable signInSessions={signInSessions} revoke={revokeSignInSessionAction.bind(null, "/admin/sign-ins")} />
    </>
  );
}
