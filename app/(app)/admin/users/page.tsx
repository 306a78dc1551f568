import { ROLES } from "@/lib/vocabularies/roles";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Cell, Table } from "@/components/ui/table";
import { listTeams, listUsers } from "@/lib/data/users";
import { CreateUserForm } from "./_components/create-user-form";
import { formatOfficeDateTime } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("admin", "usersTitle");

export default async function UsersPage() {
  const [users, teams] = await Promise.all([listUsers(), listTeams()]);
  const t = await getTranslations("admin");
  const tRoles = await getTranslations("roles");
  const roles = ROLES.map((role) => ({ value: role, label: tRoles(role) }));
  return (
    <>
      <PageHeader title={t("usersTitle")} description={t("usersIntro")} />
      <div className="flex flex-col gap-6">
        <Table caption={t("usersTitle")} headers={[t("name"), t("email"), t("role"), t("team"), t("status"), t("lastSignIn")]}>
          {users.map((user) => (
            <tr key={user.id}>
              <Cell>
                <Link href={`/admin/users/${user.id}`} className="text-brand-700 underline">
                  {user.name}
                </Link>
              </Cell>
              <Cell>{user.email}</Cell>
              <Cell>{tRoles(user.role)}</Cell>
              <Cell>{user.team?.name ?? "–"}</Cell>
              <Cell>{user.isActive ? t("active") : t("inactive")}</Cell>
              <Cell>{user.lastSignInAt ? formatOfficeDateTime(user.lastSignInAt) : "–"}</Cell>
            </tr>
          ))}
        </Table>
        <CreateUserForm teams={teams} roles={roles} />
      </div>
    </>
  );
}
