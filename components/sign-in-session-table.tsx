import { getTranslations } from "next-intl/server";
import { Cell, Table } from "@/components/ui/table";
import { Button } from "@/components/ui/button";
import type { listActiveSignInSessions } from "@/lib/data/users";
import { formatOfficeDateTime } from "@/lib/dates";

type SignInSessions = Awaited<ReturnType<typeof listActiveSignInSessions>>;

/** Live sign-in sessions with a revoke button each; used on the sign-ins page and a user's page. */
export async function SignInSessionTable({ signInSessions, revoke }: { signInSessions: SignInSessions; revoke: (signInSessionId: string) => Promise<void> }) {
  const t = await getTranslations("admin");
  if (signInSessions.length === 0) return <p className="text-sm text-slate-700">{t("noSignInSessions")}</p>;
  const when = (date: Date) => formatOfficeDateTime(date);
  return (
    <Table caption={t("signInSessionsTitle")} headers={[t("user"), t("signedInAt"), t("lastSeen"), t("address"), t("browser"), ""]}>
      {signInSessions.map((signIn) => (
        <tr key={signIn.id}>
          <Cell>
            {signIn.user.name}
            <span className="block text-xs text-slate-600">{signIn.user.email}</span>
          </Cell>
          <Cell>{when(signIn.createdAt)}</Cell>
          <Cell>{when(signIn.lastSeenAt)}</Cell>
          <Cell>{signIn.ipAddress ?? "–"}</Cell>
          <Cell className="max-w-56 truncate">{signIn.userAgent ?? "–"}</Cell>
          <Cell>
            <form action={revoke.bind(null, signIn.id)}>
              <Button type="submit" variant="danger" aria-label={t("revokeSignInSessionOf", { name: signIn.user.name })}>
                {t("revoke")}
              </Button>
            </form>
          </Cell>
        </tr>
      ))}
    </Table>
  );
}
