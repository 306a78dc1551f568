import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { authorize } from "@/lib/gate";
import { listNotifications } from "@/lib/data/notifications";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";
import { isoOfDbDate } from "@/lib/dates";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("workflow.notifications");

/** The user's reminders and notices (bevakning), unread first; each marked read on its own, or all at once. */
export default async function NotificationsPage() {
  await authorize("notification.read");
  const [items, t, tNav] = await Promise.all([listNotifications(), getTranslations("workflow.notifications"), getTranslations("workflow.nav")]);
  const hasUnread = items.some((item) => item.readAt === null);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={
          hasUnread ? (
            <form action={markAllNotificationsReadAction}>
              <Button type="submit" variant="secondary">
                {t("markAllRead")}
              </Button>
            </form>
          ) : null
        }
      />
      {items.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {items.map((item) => {
            const text = t(`kinds.${item.kind}`);
            const isUnread = item.readAt === null;
            return (
              <li key={item.id} className={`flex flex-wrap items-center justify-between gap-3 px-4 py-3 ${isUnread ? "bg-brand-50" : ""}`}>
                <div className="min-w-0">
                  <p className={isUnread ? "font-semibold" : ""}>
                    <span className="sr-only">{isUnread ? t("unread") : t("read")}: </span>
                    {text}
                  </p>
                  <p className="text-sm text-slate-700">
                    {isoOfDbDate(item.day)}
                    {" · "}
                    {item.case ? (
                      <Link href={`/cases/${item.case.id}`} className="font-mono text-brand-700 underline">
                        {t("forCase", { number: item.case.caseNumber })}
                      </Link>
                    ) : item.kind === "TRANSFER_REQUESTED" ? (
                      <Link href="/transfers" className="text-brand-700 underline">
                        {tNav("transfers")}
                      </Link>
                    ) : (
                      t("caseGone")
                    )}
                  </p>
                </div>
                {isUnread ? (
                  <form action={markNotificationReadAction.bind(null, item.id)}>
                    <Button type="submit" variant="ghost" aria-label={t("markReadLabel", { text })}>
                      {t("markRead")}
                    </Button>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
