import { ROLES } from "@/lib/vocabularies/roles";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { AccessChange } from "@/lib/data/approvals";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { SignInSessionTable } from "@/components/sign-in-session-table";
import { revokeSignInSessionAction } from "@/app/(app)/admin/users/actions";
import { getUser, listActiveSignInSessions, listTeams } from "@/lib/data/users";
import { EditUserForm } from "../_components/edit-user-form";
import { ResetPasswordForm } from "../_components/reset-password-form";
import { setUserActiveAction } from "../actions";
import { formatOfficeDateTime } from "@/lib/dates";

export async function generateMetadata() {
  // The user's name is not in the title: titles end up in browser history and screen recordings.
  const t = await getTranslations("nav");
  return { title: t("users") };
}

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const [user, teams, signInSessions] = await Promise.all([getUser(userId), listTeams(), listActiveSignInSessions(userId)]);
  if (!user) notFound();
  const t = await getTranslations("admin");
  const tRoles = await getTranslations("roles");
  const roles = ROLES.map((role) => ({ value: role, label: tRoles(role) }));
  return (
    <>
      <PageHeader title={user.name} description={`${user.email} · ${user.isActive ? t("active") : t("inactive")}`} />
      <div className="flex flex-col gap-8">
        {user.pendingAccessChange ? (
          <p role="status" className="rounded border border-amber-400 bg-amber-50 p-3">
            {t("awaitingApproval", {
              role: tRoles((user.pendingAccessChange.change as AccessChange).role),
              team: user.pendingAccessChange.team.name,
              at: formatOfficeDateTime(user.pendingAccessChange.createdAt),
            })}
          </p>
        ) : null}
        <EditUserForm userId={user.id} initial={{ name: user.name, role: user.role, teamId: user.team?.id ?? "" }} teams={teams} roles={roles} />
        <section className="flex flex-wrap items-start gap-6">
          <ResetPasswordForm userId={user.id} />
          <form action={setUserActiveAction.bind(null, user.id, !user.isActive)}>
            <Button type="submit" variant={user.isActive ? "danger" : "primary"}>
              {user.isActive ? t("deactivate") : t("activate")}
            </Button>
          </form>
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">{t("signInSessionsTitle")}</h2>
          <SignInSessionTable signInSessions={signInSessions} revoke={revokeSignInSessionAction.bind(null, `/admin/users/${user.id}`)} />
        </section>
      </div>
    </>
  );
}
