import { getTranslations } from "next-intl/server";
import { Cell, Table } from "@/components/ui/table";
import { CompleteTaskButton } from "@/components/casework/complete-task-button";
import { Button } from "@/components/ui/button";
import { listCaseTasks, listTaskAssignees } from "@/lib/data/tasks";
import { isoOfDbDate } from "@/lib/dates";
import { TaskForm } from "./_components/task-form";
import { TaskEditForm } from "./_components/task-edit-form";
import { completeTaskAction, createTaskAction, reopenTaskAction, updateTaskAction } from "./actions";
import { pageTitle } from "@/i18n/page-title";
import { PageSection } from "@/components/ui/section";
import { openCasePage } from "../open-case-page";

export const generateMetadata = pageTitle("tasks");

export default async function CaseTasksPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId, found: result, t } = await openCasePage(params, listCaseTasks, "tasks");
  const tc = await getTranslations("casework");
  const isOpen = result.caseStatus !== "CLOSED";
  const assignees = isOpen ? ((await listTaskAssignees(caseId)) ?? []) : [];
  const day = (date: Date) => isoOfDbDate(date);
  return (
    <PageSection id="tasks-heading" title={t("title")} intro={t("intro")}>
      {result.tasks.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <Table caption={t("title")} headers={[t("columns.title"), t("columns.dueOn"), t("columns.waitingOn"), t("columns.assignee"), t("columns.status"), ""]}>
          {result.tasks.map((task) => (
            <tr key={task.id}>
              <Cell className="whitespace-pre-wrap">{task.title}</Cell>
              <Cell className="whitespace-nowrap">{task.dueOn ? day(task.dueOn) : "–"}</Cell>
              <Cell>{task.waitingOn ?? "–"}</Cell>
              <Cell>{task.assignee.name}</Cell>
              <Cell>
                {t(`status.${task.status}`)}
                {task.sessionId ? <span className="block text-xs text-slate-600">{t("fromSession")}</span> : null}
              </Cell>
              <Cell>
                {task.status === "OPEN" ? <CompleteTaskButton action={completeTaskAction.bind(null, task.id, `/cases/${caseId}/tasks`)} title={task.title} /> : null}
                {task.status === "DONE" && isOpen ? (
                  <form action={reopenTaskAction.bind(null, task.id, `/cases/${caseId}/tasks`)}>
                    <Button type="submit" variant="secondary" className="px-3 py-1" aria-label={`${t("reopen")}: ${task.title}`}>
                      {t("reopen")}
                    </Button>
                  </form>
                ) : null}
                {task.status === "OPEN" && isOpen ? (
                  <TaskEditForm
                    task={{
                      id: task.id,
                      title: task.title,
                      dueOn: task.dueOn ? isoOfDbDate(task.dueOn) : "",
                      waitingOn: task.waitingOn ?? "",
                      assigneeId: task.assignee.id,
                      updatedAt: task.updatedAt.toISOString(),
                    }}
                    // The current assignee stays choosable even if they could no longer be picked anew.
                    assignees={assignees.some((a) => a.id === task.assignee.id) ? assignees : [task.assignee, ...assignees]}
                    action={updateTaskAction.bind(null, caseId, task.id)}
                  />
                ) : null}
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      {isOpen ? <TaskForm action={createTaskAction.bind(null, caseId)} /> : <p className="text-sm text-slate-700">{tc("caseClosedReadOnly")}</p>}
    </PageSection>
  );
}
