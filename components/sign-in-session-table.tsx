import { getFormatter, getTranslations } from "next-intl/server";
import { Cell, Table } from "@/components/ui/table";
import { Button } from "@/components/ui/button";
import type { listActiveSignInSessions } from "@/lib/data/users";

type Sessions = Awaited<ReturnType<typeof listActiveSignInSessions>>;

/** Signed-in browsers with a revoke button each; used on the sign-ins page and a user's page. */
export async function SignInSessionTable({ sessions, revoke }: { sessions: Sessions; revoke: (signInSessionId: string) => Promise<void> }) {
  const t = await getTranslations("admin");
  const format = await getFormatter();
  if (sessions.length === 0) return <p className="text-sm text-slate-700">{t("noSignInSessions")}</p>;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  return (
    <Table caption={t("signInSessionsTitle")} headers={[t("user"), t("signedInAt"), t("lastSeen"), t("address"), t("browser"), ""]}>
      {sessions.map((session) => (
        <tr key={session.id}>
          <Cell>
            {session.user.name}
            <span className="block text-xs text-slate-600">{session.user.email}</span>
          </Cell>
          <Cell>{when(session.createdAt)}</Cell>
          <Cell>{when(session.lastSeenAt)}</Cell>
          <Cell>{session.ipAddress ?? "–"}</Cell>
          <Cell className="max-w-56 truncate">{session.userAgent ?? "–"}</Cell>
          <Cell>
            <form action={revoke.bind(null, session.id)}>
              <Button type="submit" variant="danger" aria-label={t("revokeSignInSessionOf", { name: session.user.name })}>
                {t("revoke")}
              </Button>
            </form>
          </Cell>
        </tr>
      ))}
    </Table>
  );
}
