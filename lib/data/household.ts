import "server-only";
import { diffFields, recordAudit, auditActor } from "@/lib/audit";
import type { SignedInUser } from "@/lib/data/sign-in-sessions";
import { type HouseholdMemberForm } from "@/lib/schemas/case";
import { bumpVersion, redactPersonal, toMemberData, toMemberFields, withoutCaseVersion, MEMBER_SELECT, type MemberInput, type Tx } from "@/lib/data/case-fields";
import { writeOnOpenCase } from "@/lib/data/casework-scope";
import { refuseMissing } from "@/lib/data/denials";

// A case's household: members added, corrected or removed, each write
// bumping the case's version (an open edit form notices) and audited.

// ─────────────────────────────── Household ───────────────────────────────

export type HouseholdResult = { ok: true } | { ok: false; error: "notFound" | "conflict" | "caseClosed" | "memberHasJournalEntries" };

/** The audit row every household write leaves, filed under the member and its case. */
function auditMember(tx: Tx, user: SignedInUser, action: string, caseId: string, memberId: string, changes: Record<string, [unknown, unknown]>) {
  return recordAudit(tx, auditActor(user), { action, resourceType: "HouseholdMember", resourceId: memberId, caseId, changes });
}

/** A stored member's fields as the form has them, without the row's id: what an update compares and a removal records. */
function storedMemberFields(member: Parameters<typeof toMemberFields>[0]) {
  const { id: _id, ...fields } = toMemberFields(member);
  void _id;
  return fields;
}

// Each write runs in writeOnOpenCase (the case open and in write scope) and
// bumps the case's version itself, which also marks the case's last entry.

export async function addHouseholdMember(caseId: string, input: HouseholdMemberForm): Promise<HouseholdResult> {
  return writeOnOpenCase("case.update", caseId, async (tx, user) => {
    if (!(await bumpVersion(tx, caseId, input.caseVersion))) return { ok: false, error: "conflict" } as const;
    const member = await tx.householdMember.create({ data: { ...toMemberData(input), caseId }, select: { id: true } });
    // Every field is recorded as given or not, none of its values, as for an update: the relation too.
    const changes = redactPersonal(diffFields({} as Record<string, unknown>, withoutCaseVersion(input)));
    await auditMember(tx, user, "case.household.add", caseId, member.id, changes);
    return { ok: true } as const;
  });
}

export async function updateHouseholdMember(caseId: string, memberId: string, input: HouseholdMemberForm): Promise<HouseholdResult> {
  return writeOnOpenCase("case.update", caseId, async (tx, user) => {
    const member = await tx.householdMember.findFirst({ where: { id: memberId, caseId }, select: MEMBER_SELECT });
    if (!member) return refuseMissing(user, "household.update", "HouseholdMember", memberId);
    const changes = diffFields(storedMemberFields(member) as Record<string, unknown>, withoutCaseVersion(input) satisfies MemberInput);
    // Saving an unchanged form writes nothing: no version bump, no audit row.
    if (Object.keys(changes).length === 0) return { ok: true } as const;
    if (!(await bumpVersion(tx, caseId, input.caseVersion))) return { ok: false, error: "conflict" } as const;
    await tx.householdMember.update({ where: { id: memberId }, data: toMemberData(input), select: { id: true } });
    await auditMember(tx, user, "case.household.update", caseId, memberId, redactPersonal(changes));
    return { ok: true } as const;
  });
}

/**
 * Removes a member entered by mistake (someone who moved out stays, with
 * "lives with the applicant" unticked). What was removed stays in the audit trail.
 */
export async function removeHouseholdMember(caseId: string, memberId: string, caseVersion: number): Promise<HouseholdResult> {
  return writeOnOpenCase("case.update", caseId, async (tx, user) => {
    const member = await tx.householdMember.findFirst({ where: { id: memberId, caseId }, select: MEMBER_SELECT });
    if (!member) return refuseMissing(user, "household.remove", "HouseholdMember", memberId);
    // Journal entries about the member keep them: the record is never rewritten (decision 015).
    if (await tx.journalEntry.findFirst({ where: { householdMemberId: memberId }, select: { id: true } })) return { ok: false, error: "memberHasJournalEntries" } as const;
    if (!(await bumpVersion(tx, caseId, caseVersion))) return { ok: false, error: "conflict" } as const;
    await tx.householdMember.delete({ where: { id: memberId }, select: { id: true } });
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [key, value] of Object.entries(storedMemberFields(member))) changes[key] = [value, null];
    await auditMember(tx, user, "case.household.remove", caseId, memberId, redactPersonal(changes));
    return { ok: true } as const;
  });
}
