import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After a change to a case: every page of it (the layout holds the overview,
 * the tabs and the timeline), and any other page that shows the change, such
 * as the adviser's day (`"/my-day"`).
 */
export function revalidateCase(caseId: string, ...alsoPaths: string[]): void {
  revalidatePath(`/cases/${caseId}`, "layout");
  for (const path of alsoPaths) revalidatePath(path);
}
