import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { diffFields, recordAudit, auditActor } from "@/lib/audit";
import { authorize } from "@/lib/gate";
import type { OrganisationEditForm, OrganisationForm } from "@/lib/schemas/organisation";
import { refuseMissing } from "@/lib/data/denials";

// The register of organisations people are referred to. It holds no personal
// data, so reads are not audited; every change is, in its own transaction.
// Organisations are never deleted (referrals point at them): they are made
// inactive, which keeps them out of the new-referral form.

const ORGANISATION_SELECT = {
  id: true,
  name: true,
  kind: true,
  country: true,
  phone: true,
  email: true,
  website: true,
  address: true,
  contactRoutes: true,
  isActive: true,
  updatedAt: true,
} as const satisfies Prisma.OrganisationSelect;

export type OrganisationDto = Prisma.OrganisationGetPayload<{ select: typeof ORGANISATION_SELECT }>;

export async function listOrganisations(options: { activeOnly?: boolean } = {}): Promise<OrganisationDto[]> {
  await authorize("organisation.read");
  return getDb().organisation.findMany({
    where: options.activeOnly ? { isActive: true } : {},
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: ORGANISATION_SELECT,
  });
}

export async function getOrganisation(organisationId: string): Promise<OrganisationDto | null> {
  await authorize("organisation.read");
  return getDb().organisation.findUnique({ where: { id: organisationId }, select: ORGANISATION_SELECT });
}

export type OrganisationWriteResult = { ok: true; organisationId: string } | { ok: false; error: "nameTaken" | "notFound" | "conflict" };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function createOrganisation(input: OrganisationForm): Promise<OrganisationWriteResult> {
  const user = await authorize("organisation.manage");
  try {
    return await getDb().$transaction(async (tx) => {
      const created = await tx.organisation.create({ data: input, select: { id: true } });
      await recordAudit(tx, auditActor(user), {
        action: "organisation.create",
        resourceType: "Organisation",
        resourceId: created.id,
        changes: diffFields({} as Record<string, unknown>, input),
      });
      return { ok: true, organisationId: created.id } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "nameTaken" };
    throw error;
  }
}

/**
 * Saves an edit if nobody saved the organisation since the form was loaded
 * (its updatedAt is the form's version); otherwise nothing is written.
 */
export async function updateOrganisation(organisationId: string, input: OrganisationEditForm): Promise<OrganisationWriteResult> {
  const user = await authorize("organisation.manage");
  const { savedAt, ...fields } = input;
  try {
    return await getDb().$transaction(async (tx) => {
      const before = await tx.organisation.findUnique({ where: { id: organisationId }, select: ORGANISATION_SELECT });
      if (!before) return refuseMissing(user, "organisation.update", "Organisation", organisationId);
      if (before.updatedAt.getTime() !== savedAt.getTime()) return { ok: false, error: "conflict" } as const;
      const changes = diffFields(before as unknown as Record<string, unknown>, fields);
      if (Object.keys(changes).length === 0) return { ok: true, organisationId } as const;
      const { count } = await tx.organisation.updateMany({ where: { id: organisationId, updatedAt: savedAt }, data: fields });
      if (count === 0) return { ok: false, error: "conflict" } as const;
      await recordAudit(tx, auditActor(user), { action: "organisation.update", resourceType: "Organisation", resourceId: organisationId, changes });
      return { ok: true, organisationId } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: "nameTaken" };
    throw error;
  }
}
