// Reminders (bevakning), the notification list and the e-mail digest against
// a real Postgres and a real SMTP server (docs/decisions/023): the reminders
// job raises one notification per user, thing and day however often it runs;
// the bell counts the unread; the list marks one or all read; the digest
// carries counts and a link, never a name or a case number.
import { signInAs } from "@/tests/support/as-user";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { getDb } from "@/lib/db";
import { dbDate, officeToday, addDays } from "@/lib/dates";
import { countUnreadNotifications, listNotifications, markAllNotificationsRead, markNotificationRead } from "@/lib/data/notifications";
import { raiseReminders } from "@/lib/data/reminders";
import { sendNotificationDigests } from "@/lib/data/notification-digest";
import { JOB_HANDLERS } from "@/lib/jobs/handlers";
import { JOBS } from "@/lib/jobs/catalog";
import { createCaseworkWorld, NOT_FOUND, type CaseworkWorld } from "@/tests/support/casework";

const db = getDb();
let world: CaseworkWorld;
const today = officeToday();
const day = (offset: number) => dbDate(addDays(today, offset));

/** A case of a1 with one of each thing a reminder is about, all due. */
async function dueThings() {
  const caseId = await world.newCase(world.users.a1, "FOLLOW_UP");
  const task = await db.task.create({ data: { caseId, assigneeId: world.users.a1.id, title: "Ring Migrationsverket", dueOn: day(-1) }, select: { id: true } });
  const notYet = await db.task.create({ data: { caseId, assigneeId: world.users.a1.id, title: "Senare", dueOn: day(5) }, select: { id: true } });
  const followUp = await db.followUp.create({ data: { caseId, monthsAfterReturn: 1, dueOn: day(0) }, select: { id: true } });
  const organisation = await db.organisation.create({ data: { name: `Migrationsverket ${caseId}`, kind: "AUTHORITY" }, select: { id: true } });
  const referral = await db.referral.create({
    data: { caseId, organisationId: organisation.id, type: "RETURN_GRANT_APPLICATION", status: "SENT", sentOn: day(-60), expectedDecisionOn: day(-2), consentGivenOn: day(-61) },
    select: { id: true },
  });
  const onTime = await db.referral.create({
    data: { caseId, organisationId: organisation.id, type: "REESTABLISHMENT_SUPPORT", status: "SENT", sentOn: day(-3), expectedDecisionOn: day(20), consentGivenOn: day(-4) },
    select: { id: true },
  });
  const draft = await db.journalEntry.create({ data: { caseId, kind: "CASE_NOTE", authorId: world.users.a2.id, text: "utkast", createdAt: new Date(Date.now() - 5 * 86_400_000) }, select: { id: true } });
  const freshDraft = await db.journalEntry.create({ data: { caseId, kind: "CASE_NOTE", authorId: world.users.a2.id, text: "nytt utkast" }, select: { id: true } });
  return { caseId, task, notYet, followUp, referral, onTime, draft, freshDraft };
}

let smtp: SMTPServer;
let smtpPort = 0;
const received: { to: string[]; raw: string }[] = [];

beforeAll(async () => {
  world = await createCaseworkWorld(db);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

beforeEach(() => signInAs(null));

describe("reminders", () => {
  it("raise one notification per thing due, to the right person, and never twice a day however often the job runs", async () => {
    const things = await dueThings();
    const first = await raiseReminders();
    expect(first.TASK_DUE).toBeGreaterThanOrEqual(1);
    const mine = (userId: string) => db.notification.findMany({ where: { userId, caseId: things.caseId }, select: { kind: true, subjectId: true } });
    expect(await mine(world.users.a1.id)).toEqual(
      expect.arrayContaining([
        { kind: "TASK_DUE", subjectId: things.task.id },
        { kind: "FOLLOW_UP_DUE", subjectId: things.followUp.id },
        { kind: "REFERRAL_DECISION_OVERDUE", subjectId: things.referral.id },
      ]),
    );
    expect(await mine(world.users.a1.id)).toHaveLength(3);
    expect(await mine(world.users.a2.id)).toEqual([{ kind: "UNSIGNED_NOTE", subjectId: things.draft.id }]);

    // Run again (a retry, a second instance, through the job's own handler): nothing new.
    const again = await JOB_HANDLERS.reminders();
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    expect(await db.notification.count({ where: { caseId: things.caseId } })).toBe(4);
    expect(JOBS.find((job) => job.name === "reminders")?.cron).toBeDefined();

    // Read today: the same thing is not raised again today, but is tomorrow while still due.
    await db.notification.updateMany({ where: { caseId: things.caseId }, data: { readAt: new Date() } });
    await raiseReminders();
    expect(await db.notification.count({ where: { caseId: things.caseId } })).toBe(4);
    const tomorrow = new Date(Date.now() + 86_400_000);
    await raiseReminders(tomorrow);
    expect(await db.notification.count({ where: { caseId: things.caseId } })).toBe(8);
    // Done things are not reminded of.
    await db.task.update({ where: { id: things.task.id }, data: { status: "DONE" } });
    await raiseReminders(new Date(Date.now() + 2 * 86_400_000));
    expect(await db.notification.count({ where: { subjectId: things.task.id } })).toBe(2);
  });

  it("takes the office's response time for a referral sent without an expected date", async () => {
    const caseId = await world.newCase(world.users.b1, "REFERRED");
    const organisation = await db.organisation.create({ data: { name: `IOM ${caseId}`, kind: "INTERNATIONAL_ORGANISATION" }, select: { id: true } });
    const old = await db.referral.create({ data: { caseId, organisationId: organisation.id, type: "REINTEGRATION_PROGRAMME", status: "RECEIVED", sentOn: day(-400), consentGivenOn: day(-401) }, select: { id: true } });
    const recent = await db.referral.create({ data: { caseId, organisationId: organisation.id, type: "REINTEGRATION_PROGRAMME", status: "SENT", sentOn: day(-1), consentGivenOn: day(-2) }, select: { id: true } });
    await raiseReminders();
    expect(await db.notification.count({ where: { subjectId: old.id, userId: world.users.b1.id } })).toBe(1);
    expect(await db.notification.count({ where: { subjectId: recent.id } })).toBe(0);
  });

  it("gives no reminder for a case in the intake queue (it has no adviser) or a closed one", async () => {
    const caseId = await world.newCase(world.users.b1, "FOLLOW_UP");
    await db.case.update({ where: { id: caseId }, data: { adviserId: null } });
    await db.followUp.create({ data: { caseId, monthsAfterReturn: 3, dueOn: day(-1) } });
    await raiseReminders();
    expect(await db.notification.count({ where: { caseId } })).toBe(0);
  });
});

describe("the notification list and the bell", () => {
  it("counts the unread, lists them with their case, marks one or all read, and only the user's own", async () => {
    const things = await dueThings();
    await raiseReminders();
    signInAs(world.users.a1);
    const unread = await countUnreadNotifications();
    expect(unread).toBeGreaterThanOrEqual(3);
    const list = await listNotifications();
    const taskNotice = list.find((n) => n.kind === "TASK_DUE" && n.case?.id === things.caseId);
    expect(taskNotice).toMatchObject({ readAt: null, case: { id: things.caseId, caseNumber: expect.any(String) } });
    expect(await db.auditEvent.count({ where: { userId: world.users.a1.id, action: "notification.list" } })).toBeGreaterThanOrEqual(1);

    // Someone else's notification reads as missing.
    signInAs(world.users.a2);
    expect(await markNotificationRead(taskNotice!.id)).toEqual({ ok: false });
    signInAs(world.users.a1);
    expect(await markNotificationRead(taskNotice!.id)).toEqual({ ok: true });
    expect(await countUnreadNotifications()).toBe(unread - 1);
    expect(await markAllNotificationsRead()).toEqual({ count: unread - 1 });
    expect(await countUnreadNotifications()).toBe(0);
    expect((await listNotifications()).every((n) => n.readAt !== null)).toBe(true);

    signInAs(world.users.staff);
    await expect(countUnreadNotifications()).rejects.toThrow(NOT_FOUND);
  });
});

describe("the e-mail digest", () => {
  const mail = () => ({ host: "127.0.0.1", port: smtpPort, secure: false, from: "Hemväg <noreply@hemvag.test>", appUrl: "https://hemvag.example.se" });

  it("is off unless SMTP is configured", async () => {
    expect(await sendNotificationDigests({ mail: null })).toEqual({ digestsSent: 0, mailOff: 1 });
  });

  it("sends each user with new unread notifications one message a day, with counts and a link and nothing personal", async () => {
    const things = await dueThings();
    await raiseReminders();
    const { caseNumber, firstName, lastName } = await db.case.findUniqueOrThrow({ where: { id: things.caseId }, select: { caseNumber: true, firstName: true, lastName: true } });
    received.length = 0;
    const first = await sendNotificationDigests({ mail: mail() });
    expect(first.digestsSent).toBeGreaterThanOrEqual(2);
    const toA1 = received.find((m) => m.to.includes(world.users.a1.email));
    expect(toA1).toBeDefined();
    const body = decodeQuotedPrintable(toA1!.raw);
    expect(body).toContain("https://hemvag.example.se/notifications");
    expect(body).toMatch(/olästa aviseringar/);
    expect(body).toMatch(/1 uppgift att göra/);
    for (const personal of [caseNumber, firstName, lastName, world.users.a1.name, "Ring Migrationsverket", things.caseId]) expect(body).not.toContain(personal);

    // Again the same day (a retry): nothing more is sent.
    received.length = 0;
    expect((await sendNotificationDigests({ mail: mail() })).digestsSent).toBe(0);
    expect(received).toHaveLength(0);
  });
});

/** The message as a reader sees it: soft line breaks joined, =XX bytes decoded. */
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, "");
  return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
}
