"use server";

import { revalidatePath } from "next/cache";
import { authorize, authorizeBound } from "@/lib/gate";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/data/notifications";

/** Marks one of the user's notifications read (the bell in the header counts one fewer). */
export async function markNotificationReadAction(notificationId: string): Promise<void> {
  [notificationId] = await authorizeBound("notification.read", notificationId);
  await markNotificationRead(notificationId);
  revalidatePath("/", "layout");
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await authorize("notification.read");
  await markAllNotificationsRead();
  revalidatePath("/", "layout");
}
