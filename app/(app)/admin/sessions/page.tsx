import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SessionTable } from "@/components/session-table";
import { listActiveSessions } from "@/lib/data/users";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("sessionsTitle") };
}

export default async function SessionsPage() {
  const sessions = await listActiveSessions();
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader title={t("sessionsTitle")} description={t("sessionsIntro")} />
      <SessionTable sessions={sessions} returnTo="/admin/sessions" />
    </>
  );
}
