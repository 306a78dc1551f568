import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";
import { ROLES } from "@/lib/vocabularies/roles";

// Messages are keys under "admin.errors".
const name = safeString().trim().min(1, "nameRequired").max(120, "nameTooLong");
const email = safeString().trim().toLowerCase().min(1, "emailRequired").max(254, "emailInvalid").pipe(z.email("emailInvalid"));
const role = z.enum(ROLES, { error: "roleRequired" });
const teamId = safeString()
  .trim()
  .max(40, "teamInvalid")
  .transform((value) => value || null);

export const CreateUserFormSchema = z.object({ name, email, role, teamId });
export type CreateUserForm = z.infer<typeof CreateUserFormSchema>;

export const UpdateUserFormSchema = z.object({ name, role, teamId });
export type UpdateUserForm = z.infer<typeof UpdateUserFormSchema>;
