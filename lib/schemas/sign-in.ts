import { z } from "zod";
import { safeString } from "@/lib/schemas/safe-string";

// Messages are translation keys under "signIn.errors" so client and server
// show them in the user's language.
export const SignInFormSchema = z.object({
  email: safeString().trim().toLowerCase().min(1, "emailRequired").max(254, "emailInvalid").pipe(z.email("emailInvalid")),
  password: safeString().min(1, "passwordRequired").max(256, "passwordInvalid"),
});

export type SignInForm = z.infer<typeof SignInFormSchema>;
