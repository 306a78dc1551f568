import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/**
 * "Mark done" as a one-button form, so it works before JavaScript loads. Used
 * on My day and a case's tasks; the page hands in the action, bound to the task.
 */
export async function CompleteTaskButton({ action, title }: { action: () => Promise<void>; title: string }) {
  const t = await getTranslations("tasks");
  return (
    <form action={action} className="shrink-0">
      {/* The visible words start the name (WCAG 2.5.3); the task's title tells the many buttons apart. */}
      <Button type="submit" variant="secondary" className="px-3 py-1" aria-label={`${t("markDone")}: ${title}`}>
        {t("markDone")}
      </Button>
    </form>
  );
}
