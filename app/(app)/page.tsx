import { redirect } from "next/navigation";
import { authorize } from "@/lib/gate";
import { homePathFor } from "@/lib/permissions";

/** Each role starts where its work is: advisers on My day, staff on the guidance, and so on. */
export default async function HomePage() {
  const user = await authorize();
  redirect(homePathFor(user.role));
}
