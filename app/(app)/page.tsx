import { redirect } from "next/navigation";
import { homePathFor, requireUser } from "@/lib/auth";

/** Each role starts where its work is: advisers on My day, staff on the guidance, and so on. */
export default async function HomePage() {
  const user = await requireUser();
  redirect(homePathFor(user.role));
}
