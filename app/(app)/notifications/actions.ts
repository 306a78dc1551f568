"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/gate";
import { boundId } from "@/lib/action-arguments";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/data/notifications";

/** Marks one of the user's notifications read (the bell in the header counts one fewer). */
export async function markNotificationReadAction(notificationId: string): Promise<void> {
  await authorize("notification.read");
  await markNotificationRead(boundId(notificationId));
  revalidatePath("/", "layout");
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await authorize("notification.read");
  await markAllNotificationsRead();
  revalidatePath("/", "layout");
}
