import "server-only";
import { getDb } from "@/lib/db";
import { diffFields, recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { type HouseholdMemberForm } from "@/lib/schemas/case";
import { bumpVersion, findCaseForWrite, redactPersonal, toMemberData, toMemberFields, MEMBER_SELECT, type MemberInput, type Tx } from "@/lib/data/case-fields";
import { refuseMissing } from "@/lib/data/denials";

// A case's household: members added, corrected or removed, each write
// bumping the case's version (an open edit form notices) and audited.

// ─────────────────────────────── Household ───────────────────────────────

export type HouseholdResult = { ok: true } | { ok: false; error: "notFound" | "conflict" | "caseClosed" | "memberHasJournalEntries" };

/** The case for a household write: in scope, and open. */
async function householdCase(tx: Tx, user: SignedInUser, caseId: string): Promise<"notFound" | "caseClosed" | null> {
  const found = await findCaseForWrite(tx, user, caseId);
  if (!found) return "notFound";
  return found.status === "CLOSED" ? "caseClosed" : null;
}

export async function addHouseholdMember(caseId: string, input: HouseholdMemberForm): Promise<HouseholdResult> {
  const user = await authorize("case.update");
  return getDb().$transaction(async (tx) => {
    const refusal = await householdCase(tx, user, caseId);
    if (refusal) return { ok: false, error: refusal } as const;
    if (!(await bumpVersion(tx, caseId, input.caseVersion))) return { ok: false, error: "conflict" } as const;
    const member = await tx.householdMember.create({ data: { ...toMemberData(input), caseId }, select: { id: true } });
    const { caseVersion: _v, ...fields } = input;
    void _v;
    await recordAudit(tx, auditActor(user), {
      action: "case.household.add",
      resourceType: "HouseholdMember",
      resourceId: member.id,
      caseId,
      changes: { relation: [null, fields.relation], ...redactPersonal(diffFields({} as Record<string, unknown>, fields)) },
    });
    return { ok: true } as const;
  });
}

export async function updateHouseholdMember(caseId: string, memberId: string, input: HouseholdMemberForm): Promise<HouseholdResult> {
  const user = await authorize("case.update");
  return getDb().$transaction(async (tx) => {
    const refusal = await householdCase(tx, user, caseId);
    if (refusal) return { ok: false, error: refusal } as const;
    const member = await tx.householdMember.findFirst({ where: { id: memberId, caseId }, select: MEMBER_SELECT });
    if (!member) return refuseMissing(user, "household.update", "HouseholdMember", memberId);
    const { caseVersion: _v, ...fields } = input;
    void _v;
    const { id: _id, ...before } = toMemberFields(member);
    void _id;
    const changes = diffFields(before as Record<string, unknown>, fields satisfies MemberInput);
    // Saving an unchanged form writes nothing: no version bump, no audit row.
    if (Object.keys(changes).length === 0) return { ok: true } as const;
    if (!(await bumpVersion(tx, caseId, input.caseVersion))) return { ok: false, error: "conflict" } as const;
    await tx.householdMember.update({ where: { id: memberId }, data: toMemberData(input), select: { id: true } });
    await recordAudit(tx, auditActor(user), {
      action: "case.household.update",
      resourceType: "HouseholdMember",
      resourceId: memberId,
      caseId,
      changes: redactPersonal(changes),
    });
    return { ok: true } as const;
  });
}

/**
 * Removes a member entered by mistake (someone who moved out stays, with
 * "lives with the applicant" unticked). What was removed stays in the audit trail.
 */
export async function removeHouseholdMember(caseId: string, memberId: string, caseVersion: number): Promise<HouseholdResult> {
  const user = await authorize("case.update");
  return getDb().$transaction(async (tx) => {
    const refusal = await householdCase(tx, user, caseId);
    if (refusal) return { ok: false, error: refusal } as const;
    const member = await tx.householdMember.findFirst({ where: { id: memberId, caseId }, select: MEMBER_SELECT });
    if (!member) return refuseMissing(user, "household.remove", "HouseholdMember", memberId);
    // Journal entries about the member keep them: the record is never rewritten (decision 015).
    if (await tx.journalEntry.findFirst({ where: { householdMemberId: memberId }, select: { id: true } })) return { ok: false, error: "memberHasJournalEntries" } as const;
    if (!(await bumpVersion(tx, caseId, caseVersion))) return { ok: false, error: "conflict" } as const;
    await tx.householdMember.delete({ where: { id: memberId }, select: { id: true } });
    const { id: _id, ...before } = toMemberFields(member);
    void _id;
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [key, value] of Object.entries(before)) changes[key] = [value, null];
    await recordAudit(tx, auditActor(user), {
      action: "case.household.remove",
      resourceType: "HouseholdMember",
      resourceId: memberId,
      caseId,
      changes: redactPersonal(changes),
    });
    return { ok: true } as const;
  });
}
