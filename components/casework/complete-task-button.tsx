import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { completeTaskAction } from "@/app/(app)/cases/[caseId]/tasks/actions";

/** "Mark done" as a one-button form, so it works before JavaScript loads. Used on My day and a case's tasks. */
export async function CompleteTaskButton({ taskId, title, returnTo }: { taskId: string; title: string; returnTo: string }) {
  const t = await getTranslations("tasks");
  return (
    <form action={completeTaskAction.bind(null, taskId, returnTo)}>
      <Button type="submit" variant="secondary" className="px-3 py-1">
        {t("markDone")}
        <span className="sr-only">: {title}</span>
      </Button>
    </form>
  );
}
