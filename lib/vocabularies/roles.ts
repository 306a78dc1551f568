import { Role } from "@/lib/generated/prisma/enums";
import { enumValues } from "./enum-values";

// A user's role; what each may do is lib/permissions.ts. Labels: "roles.<ROLE>".
export const ROLES = enumValues(Role);
export type { Role };
