import "server-only";
import { getDb } from "@/lib/db";
import { auditActor, recordAudit } from "@/lib/audit";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";

// Refusals in the audit trail (issue 12 L6): a role asking for an action it
// may not perform (the gate's "forbidden", answered as not found) and a write
// the data layer refused (a case outside the scope). A script looping on a
// refused request must not flood the trail, so each user gets at most
// DENIALS_PER_MINUTE rows a minute; the counter lives in Postgres (the
// throttle table, key "denied:<user id>") so that it holds across instances.
// The first refusal over the limit is itself recorded, once, so the trail
// shows that more followed.

export const DENIALS_PER_MINUTE = 10;

export type Denial = {
  /** "access.denied" (the role may not) or "write.refused" (the data layer refused). */
  action: "access.denied" | "write.refused";
  /** The named action refused, or why the write was. */
  reason: string;
  resourceType?: string;
  resourceId?: string;
};

/** Counts one refusal for the user in this minute and returns the count (one statement, so instances cannot lose one). */
async function countDenial(userId: string): Promise<number> {
  const [row] = await getDb().$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "updatedAt")
    VALUES (${`denied:${userId}`}, 1, now(), now())
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" < now() - interval '1 minute' THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < now() - interval '1 minute' THEN now() ELSE "SignInThrottle"."windowStart" END,
      "updatedAt" = now()
    RETURNING "failures"`;
  return row?.failures ?? 1;
}

/**
 * Records a refusal, outside any transaction of the caller (a refused write
 * rolls back; its refusal must stay). Never throws: a refusal is answered
 * whether or not its row could be written.
 */
export async function recordDenial(user: SignedInUser, denial: Denial): Promise<void> {
  try {
    const count = await countDenial(user.id);
    if (count > DENIALS_PER_MINUTE + 1) return;
    const isLast = count === DENIALS_PER_MINUTE + 1;
    await recordAudit(getDb(), auditActor(user), {
      action: isLast ? "access.denied.throttled" : denial.action,
      resourceType: denial.resourceType,
      resourceId: denial.resourceId,
      reason: isLast ? `more than ${DENIALS_PER_MINUTE} refusals in a minute; further ones this minute are not recorded` : denial.reason,
    });
  } catch {
    // The refusal itself stands; only its record is lost.
  }
}

/**
 * The answer to a write naming a record that is not there for this user (an
 * unknown id, another case's task, a request already decided): recorded like
 * every refusal, since a probe for other people's records looks exactly like
 * this, and returned as the "notFound" the caller answers with.
 */
export async function refuseMissing(user: SignedInUser, attempted: string, resourceType: string, resourceId: string): Promise<{ ok: false; error: "notFound" }> {
  await recordDenial(user, { action: "write.refused", reason: `${attempted}.notFound`, resourceType, resourceId: resourceId.slice(0, 64) });
  return { ok: false, error: "notFound" };
}
