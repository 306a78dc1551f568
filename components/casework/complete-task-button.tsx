import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { completeTaskAction } from "@/app/(app)/cases/[caseId]/tasks/actions";

/** "Mark done" as a one-button form, so it works before JavaScript loads. Used on My day and a case's tasks. */
export async function CompleteTaskButton({ taskId, title, returnTo }: { taskId: string; title: string; returnTo: string }) {
  const t = await getTranslations("tasks");
  return (
    <form action={completeTaskAction.bind(null, taskId, returnTo)} className="shrink-0">
      {/* The visible words start the name (WCAG 2.5.3); the task's title tells the many buttons apart. */}
      <Button type="submit" variant="secondary" className="px-3 py-1" aria-label={`${t("markDone")}: ${title}`}>
        {t("markDone")}
      </Button>
    </form>
  );
}
