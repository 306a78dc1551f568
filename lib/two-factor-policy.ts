// When two-factor sign-in is mandatory: REQUIRE_TOTP makes it so for the roles
// that see case data. Pure, so that the rule is tested on its own; the callers
// pass the setting from lib/env.
import type { Role } from "@/lib/generated/prisma/enums";

/** Roles that see case data. */
export const CASE_DATA_ROLES: readonly Role[] = ["ADVISER", "MANAGER"];

/** Whether the role must have two-factor sign-in (and may not turn it off). */
export function isTwoFactorRequired(role: Role, requireTotp: boolean): boolean {
  return requireTotp && CASE_DATA_ROLES.includes(role);
}

/** Whether the user must enrol before anything else opens. */
export function needsTwoFactorEnrolment(user: { role: Role; hasTwoFactor: boolean }, requireTotp: boolean): boolean {
  return isTwoFactorRequired(user.role, requireTotp) && !user.hasTwoFactor;
}
