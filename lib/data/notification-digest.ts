import "server-only";
import { createTranslator } from "next-intl";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { mailConfigFromEnv, sendMail, type MailConfig } from "@/lib/mail";
import { loadMessages } from "@/i18n/messages";
import { dbDate, officeToday } from "@/lib/dates";
import { NOTIFICATION_KINDS } from "@/lib/vocabularies/notification-kinds";

// The daily e-mail digest (docs/decisions/023), sent by the
// "notification-digest" job after the reminders: to each active user with
// unread notifications of whom at least one is new today, how many of each
// kind wait, and a link to the notification list. Never a name, a case
// number or anything else about a person: e-mail leaves the office's
// systems. At most one per user and day (NotificationDigest), so a retried
// job does not send twice; a message the server refuses rolls its row back
// and is tried again with the job.

export type DigestContent = { subject: string; text: string };

type Counts = Partial<Record<(typeof NOTIFICATION_KINDS)[number], number>>;

/** The message itself, from counts alone. Exported for the test that checks what it may contain. */
export async function digestContent(locale: "sv" | "en", counts: Counts, appUrl: string): Promise<DigestContent> {
  // The keys are this module's own (workflow.json, "digest"), checked in both languages by i18n/messages.test.ts; untyped here.
  const translate = createTranslator({ locale, messages: (await loadMessages(locale)) as never });
  const t = (key: string, values: Record<string, string | number>) => (translate as unknown as (key: string, values: Record<string, string | number>) => string)(`workflow.digest.${key}`, values);
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const lines = NOTIFICATION_KINDS.filter((kind) => counts[kind]).map((kind) => `– ${t(`kinds.${kind}`, { count: counts[kind]! })}`);
  const link = new URL("/notifications", appUrl).toString();
  return { subject: t("subject", { count: total }), text: [t("intro", { count: total }), "", ...lines, "", t("link", { link }), "", t("footer", {})].join("\n") };
}

type DigestRow = { userId: string; email: string; locale: "sv" | "en"; kind: (typeof NOTIFICATION_KINDS)[number]; n: bigint };

/** Sends today's digests; returns how many went out. Does nothing while e-mail is off. */
export async function sendNotificationDigests({ now = new Date(), mail = mailConfigFromEnv(getEnv()) }: { now?: Date; mail?: MailConfig | null } = {}): Promise<Record<string, number>> {
  if (!mail) return { digestsSent: 0, mailOff: 1 };
  const db = getDb();
  const today = officeToday(now);
  const rows = await db.$queryRaw<DigestRow[]>(Prisma.sql`
    SELECT u.id AS "userId", u.email, u.locale::text AS locale, n.kind::text AS kind, count(*) AS n
    FROM "Notification" n JOIN "User" u ON u.id = n."userId"
    WHERE n."readAt" IS NULL AND u."isActive"
      AND EXISTS (SELECT 1 FROM "Notification" fresh WHERE fresh."userId" = u.id AND fresh.day = ${today}::date AND fresh."readAt" IS NULL)
      AND NOT EXISTS (SELECT 1 FROM "NotificationDigest" d WHERE d."userId" = u.id AND d.day = ${today}::date)
    GROUP BY u.id, u.email, u.locale, n.kind
    ORDER BY u.id`);
  const byUser = new Map<string, { email: string; locale: "sv" | "en"; counts: Counts }>();
  for (const row of rows) {
    const entry = byUser.get(row.userId) ?? { email: row.email, locale: row.locale, counts: {} };
    entry.counts[row.kind] = Number(row.n);
    byUser.set(row.userId, entry);
  }
  let sent = 0;
  for (const [userId, { email, locale, counts }] of byUser) {
    const content = await digestContent(locale, counts, mail.appUrl);
    await db.$transaction(
      async (tx) => {
        const { count } = await tx.notificationDigest.createMany({ data: [{ userId, day: dbDate(today) }], skipDuplicates: true });
        // Another instance sent it meanwhile.
        if (count === 0) return;
        await sendMail(mail, { to: email, ...content });
        sent += 1;
      },
      { timeout: 30_000 },
    );
  }
  return { digestsSent: sent };
}
