import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import type { SessionUser } from "@/lib/data/sessions";
import { can, type Action } from "@/lib/permissions";
import type { AuditActor } from "@/lib/audit";

/**
 * The first line of every data function: who is asking, and may their role
 * do this at all. Which records they may touch is the scope functions' job.
 */
export async function authorize(action: Action): Promise<SessionUser> {
  const user = await requireUser();
  // Forbidden looks the same as missing, so ids and pages cannot be probed.
  if (!can(user.role, action)) notFound();
  return user;
}

export function auditActor(user: SessionUser): NonNullable<AuditActor> {
  return { id: user.id, email: user.email, role: user.role };
}
