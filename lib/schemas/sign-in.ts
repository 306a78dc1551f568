import { z } from "zod";

// Messages are translation keys under "signIn.errors" so client and server
// show them in the user's language.
export const SignInFormSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "emailRequired").max(254, "emailInvalid").pipe(z.email("emailInvalid")),
  password: z.string().min(1, "passwordRequired").max(256, "passwordInvalid"),
});

export type SignInForm = z.infer<typeof SignInFormSchema>;
