import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { can } from "@/lib/permissions";
import { countUnreadNotifications } from "@/lib/data/notifications";

/**
 * The bell in the header: the user's unread notifications, as one indexed
 * count on every page (lib/data/notifications.ts), linking to the list.
 */
export async function NotificationBell({ user }: { user: SignedInUser }) {
  if (!can(user.role, "notification.read")) return null;
  const [count, t] = await Promise.all([countUnreadNotifications(), getTranslations("workflow.bell")]);
  return (
    <Link
      href="/notifications"
      aria-label={t("label", { count })}
      title={t("label", { count })}
      className="relative inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-md text-brand-800 hover:bg-brand-50"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? (
        <span aria-hidden="true" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold leading-5 text-white">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
